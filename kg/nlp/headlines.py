"""A second reading of a headline the parser could not read.

Headlines drop articles and join their subjects with commas ("U.S., Taliban sign deal to end war",
"Ethiopian government, TPLF reach deal"), and en_core_web_sm, trained on running text, reads the
bare verb as a noun ("sign deal" as a compound): the page's main statement is lost. When a heading
(a line :func:`kg.nlp.truecase.stopped_headings` gave a stop) yields no statement, it is parsed once
more as running text would write it, the comma read as "and" and the bare object noun given an
article ("U.S. and Taliban sign a deal to end war"), and what that reading finds is placed back on
the heading's own characters (the added words are never part of a mention's name).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.truecase import restored
from kg.types import Mention, ParsedDocument, RawStatement

HEADING_SENTENCES = 4
"""Only the first sentences of a page can be its headline."""
VERB_WORDS = 6
"""At most this many words before a headline's bare verb: its subject's ("Mozambique president, Renamo leader sign")."""

# "U.S., Taliban sign ...", "Trump, Xi seal ...": a short name, a comma, a capitalised name, then a lower-case word
_COMMA_PAIR = re.compile(r"^(?P<a>[^,\s][^,]{0,40}?), (?=[A-Z])(?P<b>[^,]{1,40}?) (?=[a-z])")
# a bare present-tense verb and the bare noun after it: "sign deal", "reach deal"; or a name or
# demonym before that noun: "rejects ICJ ruling", "expel Turkish minister"
_BARE_OBJECT = re.compile(r"\b(?P<verb>[a-z]+) (?=(?:(?P<name>[A-Z][\w.’'-]*) )?(?P<noun>[a-z][a-z'’-]+)\b)")
_NOT_NOUNS = frozenset(
    "a an the to of in on at for with from by as and or but that this these those their its his her our "
    "not no new after over amid into out up down off back than more most".split()
)

Edits = tuple[dict[int, str], frozenset[int]]
"""Text to add before some characters, and characters to leave out."""


def headline_edits(text: str, verbs: frozenset[str], titles: frozenset[str] = frozenset()) -> Edits | None:
    """How running text would write the heading ``text`` (a comma between its two leading names
    read as "and"; an article before the bare noun a known verb takes), or None when neither applies.
    A name set off by a title is no pair ("Tobias Ellwood, Minister for the Middle East welcomes":
    re3d dev): ``titles`` are the words that begin one.

    >>> headline_edits("U.S., Taliban sign deal to end war", frozenset({"sign"}))
    ({4: ' and', 19: 'a '}, frozenset({4}))
    >>> headline_edits("Tobias Ellwood, Minister for the Middle East welcomes", frozenset(), frozenset({"minister"})) is None
    True
    >>> apply_edits("Kenya rejects ICJ ruling over border", headline_edits("Kenya rejects ICJ ruling over border", frozenset({"rejects"})))[0]
    'Kenya rejects the ICJ ruling over border'
    """
    inserts: dict[int, str] = {}
    drop: set[int] = set()
    comma = _COMMA_PAIR.match(text)
    if comma is not None and len(comma.group("a").split()) <= 4 and comma.group("b").split()[0].lower() not in titles:
        inserts[comma.end("a")] = " and"
        drop.add(comma.end("a"))
    for match in _BARE_OBJECT.finditer(text):
        verb, noun = match.group("verb"), match.group("noun")
        if len(text[: match.start()].split()) > VERB_WORDS:
            break  # the headline's verb comes after its subject, in its first words
        if verb in verbs and noun not in _NOT_NOUNS and noun not in verbs:
            named = match.group("name") is not None
            inserts[match.start("name") if named else match.start("noun")] = "the " if named else "a "
            break
    return (inserts, frozenset(drop)) if inserts else None


def apply_edits(text: str, edits: Edits) -> tuple[str, list[int]]:
    """``text`` with ``edits`` made, and for each character of the result the index in ``text`` of
    the character it stands on (an added one stands on the character it was added before).

    >>> apply_edits("U.S., Taliban sign deal", ({4: " and", 19: "a "}, frozenset({4})))[0]
    'U.S. and Taliban sign a deal'
    """
    inserts, drop = edits
    out: list[str] = []
    source: list[int] = []
    for index, char in enumerate(text):
        if index in inserts:
            out.append(inserts[index])
            source.extend([index] * len(inserts[index]))
        if index not in drop:
            out.append(char)
            source.append(index)
    return "".join(out), source


def verb_forms(verbs: frozenset[str]) -> frozenset[str]:
    """The base and third-person forms of one-word relation verbs ("sign", "signs", "reaches")."""
    single = {v for v in verbs if " " not in v}
    return frozenset({*single, *(v + "s" for v in single), *(v + "es" for v in single if v.endswith(("s", "sh", "ch", "x")))})


def reread_headlines(
    doc: Doc,
    parsed: ParsedDocument,
    cased: str,
    parse: Callable[[str, str], ParsedDocument],
    offset: int,
    sentence_base: int,
    verbs: frozenset[str],
    titles: frozenset[str] = frozenset(),
) -> ParsedDocument:
    """``parsed`` (the extraction of the piece ``doc`` starting at ``offset``) with the statements
    of its statement-less headings read a second time. ``cased`` is what the parser was given for
    the piece (sentence case, a stop after each heading; the same offsets as ``doc.text``);
    ``parse(cased_text, text)`` parses and extracts one rewritten heading as sentence
    ``sentence_base + i`` would be."""
    said = {s.sentence for s in parsed.statements}
    page = doc.text  # built anew at each access: read once
    statements: list[RawStatement] = []
    mentions: list[Mention] = []
    for index, sent in enumerate(doc.sents):
        if index >= HEADING_SENTENCES:
            break
        number = sentence_base + index
        start = sent.start_char
        stop = next((i for i in range(start, sent.end_char) if page[i] == "\n" and cased[i] == "."), None)
        if stop is None or number in said:
            continue  # no heading, or one already read
        heading = page[start:stop]
        edits = headline_edits(cased[start:stop], verbs, titles)
        if edits is None:
            continue
        cased_text, source = apply_edits(cased[start:stop], edits)
        text, _ = apply_edits(heading, edits)
        second = parse(cased_text + ".", text + ".")
        position = offset + start
        for statement in second.statements:
            ends = (statement.subject.start, statement.subject.end, statement.object.start, statement.object.end)
            if statement.sentence != 0 or max(ends) > len(source) or min(ends) < 0:
                continue
            subject, obj = (_placed(m, heading, source, position, number) for m in (statement.subject, statement.object))
            statements.append(replace(statement, subject=subject, object=obj, sentence=number, sentence_start=position, sentence_end=offset + stop))
            mentions += [subject, obj]
    if not statements:
        return parsed
    known = {m.key for m in parsed.mentions}
    new = [m for m in {m.key: m for m in mentions}.values() if m.key not in known]
    return replace(parsed, mentions=tuple(sorted([*parsed.mentions, *new], key=lambda m: m.key)), statements=parsed.statements + tuple(statements))


def _placed(mention: Mention, heading: str, source: list[int], position: int, number: int) -> Mention:
    """A mention of the rewritten heading on the heading's own characters."""
    begin, finish = source[mention.start], source[mention.end - 1] + 1
    binder = position + source[mention.binder] if 0 <= mention.binder < len(source) else -1
    binder_end = position + source[mention.binder_end - 1] + 1 if 0 < mention.binder_end <= len(source) else -1
    return replace(mention, text=heading[begin:finish], start=position + begin, end=position + finish, sentence=number,
                   binder=binder, binder_end=binder_end, speaker=None)  # fmt: skip


def parser_for(nlp: Language, extract: Callable[..., ParsedDocument]) -> Callable[[str, str], ParsedDocument]:
    """``parse(cased_text, text)`` for :func:`reread_headlines`: parse the sentence-cased text, give
    the words their original case back, extract."""

    def parse(cased_text: str, text: str) -> ParsedDocument:
        return extract(restored(nlp(cased_text), text))

    return parse
