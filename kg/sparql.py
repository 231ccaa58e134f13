"""SPARQL text helpers shared by ``kg query`` and ``kg serve``: kg's prefixes, and telling an
update from a query before a parser says something unhelpful about it.

Both read only the query's prologue (``PREFIX`` / ``BASE`` declarations and comments) and the
keyword after it; neither parses SPARQL (Oxigraph does that).
"""

from __future__ import annotations

import re

from kg.namespaces import PREFIXES

UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")

# The prologue: whitespace, comments, PREFIX p: <iri> and BASE <iri>, in any order and number.
_PROLOGUE = re.compile(
    r"(?:\s+|\#[^\n]*(?:\n|$)|PREFIX\s*[A-Za-z_]?[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)*",
    re.IGNORECASE,
)
_DECLARED = re.compile(r"PREFIX\s*([A-Za-z_]?[\w.-]*):\s*<", re.IGNORECASE)
_FIRST_WORD = re.compile(r"[A-Za-z]+")


def first_keyword(sparql: str) -> str:
    """The first keyword after the prologue, upper-cased ("" when there is none).

    >>> first_keyword("PREFIX ex: <http://ex.org/#a> # note\\nBASE <http://x/>\\n insert data { }")
    'INSERT'
    >>> first_keyword("SELECT * WHERE { ?s ?p ?o }")
    'SELECT'
    """
    rest = sparql[_PROLOGUE.match(sparql).end():]  # type: ignore[union-attr]  # the pattern matches "" at worst
    word = _FIRST_WORD.match(rest)
    return word.group(0).upper() if word else ""


def update_operation(sparql: str) -> str | None:
    """The update operation ``sparql`` starts with (``INSERT``, ``DROP``, ...), or None for a
    query (or text that is neither).

    >>> update_operation("PREFIX kg: <https://w3id.org/newskg/ontology#> INSERT DATA { }")
    'INSERT'
    >>> update_operation("SELECT ?insert WHERE { ?insert ?p ?o }") is None
    True
    """
    keyword = first_keyword(sparql)
    return keyword if keyword in UPDATE_KEYWORDS else None


def declared_prefixes(sparql: str) -> set[str]:
    """The prefix names ``sparql`` declares itself (``PREFIX kg: <...>`` gives ``kg``)."""
    return {match.group(1) for match in _DECLARED.finditer(sparql)}


def prefix_line(sparql: str) -> str:
    """One line declaring kg's prefixes (:data:`kg.namespaces.PREFIXES`) that ``sparql`` does not
    declare itself, ending in a newline ("" when it declares them all). Put before a query, it lets
    the query use ``kg:``, ``actor:``, ``rdfs:``... as ``kg query`` does; every position in the
    query moves down exactly one line.

    >>> prefix_line("PREFIX kg: <x:> SELECT * {}").startswith("PREFIX rel: <https://w3id.org/newskg/rel/> ")
    True
    >>> prefix_line("".join(f"PREFIX {p}: <{iri}> " for p, iri in PREFIXES.items()))
    ''
    """
    declared = declared_prefixes(sparql)
    missing = [f"PREFIX {name}: <{iri}>" for name, iri in PREFIXES.items() if name not in declared]
    return " ".join(missing) + "\n" if missing else ""


def prologue(names: list[str] | None = None) -> str:
    """kg's prefixes as PREFIX lines, one a line (all of them, or ``names``), for a query page or a file."""
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items() if names is None or name in names)


_POSITION = re.compile(r"^error at (\d+):(\d+): ")
_PREFIXED_NAME_END = re.compile(r"([A-Za-z_][\w.-]*)?:[\w.%-]*$")


def explain_error(message: str, sparql: str, shift: int = 0) -> str:
    """Oxigraph's parse error for ``sparql``, its line moved up by ``shift`` (the lines put before
    the query, see :func:`prefix_line`), and an unknown prefix said in words instead of the
    parser's list of the characters it expected.

    >>> explain_error("error at 2:15: expected one of Prefix not found, ['%'], ['-']", "SELECT ?x WHERE {\\n ?x ?y foo:bar\\n}")
    "error at 2:15: unknown prefix 'foo:' (declare it with PREFIX foo: <...>; predefined: kg: rel: actor: stmt: doc: event: plover: schema: prov: skos: rdfs: rdf: owl: xsd: wd:)"
    >>> explain_error("error at 2:10: expected CONSTRUCT", "INSERT DATA { }", shift=1)
    'error at 1:10: expected CONSTRUCT'
    """
    found = _POSITION.match(message)
    if not found:
        return message
    line, column = int(found.group(1)) - shift, int(found.group(2))
    detail = message[found.end():]
    if "Prefix not found" in detail:
        lines = sparql.splitlines()
        text = lines[line - 1][:column].rstrip() if 0 < line <= len(lines) else ""
        name = _PREFIXED_NAME_END.search(text)
        prefix = (name.group(1) or "") if name else "..."
        detail = (
            f"unknown prefix '{prefix}:' (declare it with PREFIX {prefix}: <...>; "
            f"predefined: {' '.join(p + ':' for p in PREFIXES)})"
        )
    return f"error at {line}:{column}: {detail}"
