"""Actor names -> country codes (ISO-3166 alpha-3, or the classes IGO / NGO / IMG), as the
PLOVER and PETRARCH-2 benchmarks code actors.

The name table is ``kg/data/actor_codes.json``: names from the MIT-licensed CAMEO / PETRARCH
dictionaries (made by ``scripts/build_actor_codes.py``), the legacy-code table, and a hand
table (``hand``: people after the dictionaries' 2014 cut-off, kg's gazetteer organizations),
which wins over the dictionaries.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import cache, cached_property
from importlib import resources
from typing import Any
from urllib.parse import unquote

from kg.lexicon import normalise_name, spelling_variant

GROUP_CODES = frozenset({"IGO", "NGO", "IMG"})
"""Non-state classes that PLOVER and CAMEO code instead of a country."""


@cache
def code_table() -> dict[str, Any]:
    """``kg/data/actor_codes.json``: ``legacy_codes``, ``hand``, ``country_names``, ``other_names``."""
    return json.loads((resources.files("kg") / "data" / "actor_codes.json").read_text(encoding="utf-8"))


def normalise_code(code: str | None) -> str | None:
    """The country level of a CAMEO / PLOVER actor code, as ISO-3166 alpha-3 (or IGO/NGO/IMG).

    >>> normalise_code("USAGOV"), normalise_code("IGOEUREEC"), normalise_code("JAP"), normalise_code("---LEG")
    ('USA', 'IGO', 'JPN', None)
    """
    if not code:
        return None
    prefix = code.strip().upper()[:3]
    if len(prefix) < 3 or not prefix.isalpha():
        return None
    return code_table()["legacy_codes"].get(prefix, prefix)


_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")


def _words(text: str) -> list[str]:
    """Words of a surface text, possessive endings removed: "Israel's Cabinet" -> Israel, Cabinet."""
    out = []
    for word in _WORD.findall(text):
        word = re.sub(r"['’]s?$", "", word).rstrip(".-")
        if word:
            out.append(word)
    return out


def _capitalised(word: str) -> bool:
    """A name-like word: "Israel", "U.N.", "al-Qaeda" (not "us", "forces")."""
    return any(ch.isupper() for ch in word)


@cache
def _gazetteer_codes() -> dict[str, str]:
    """Names of kg's gazetteer (countries with aliases, demonyms, capitals; people) -> code."""
    raw = json.loads((resources.files("kg") / "data" / "actors.json").read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    country_of: dict[str, str] = {}
    for country in raw.get("countries", []):
        code = (country.get("iso3166") or {}).get("alpha3")
        if not code:
            continue
        country_of[country["label"]] = code
        for name in [country["label"], *country.get("aliases", []), *country.get("demonyms", []), *country.get("capitals", [])]:
            out.setdefault(normalise_name(name, loose=True), code)
    for person in raw.get("people", []):
        code = country_of.get(person.get("affiliation") or "") or code_table()["hand"].get(person.get("affiliation") or "")
        if code:
            for name in [person["label"], *person.get("aliases", [])]:
                out.setdefault(normalise_name(name, loose=True), code)
    return out


class CodeMapper:
    """Actor names -> country codes (ISO-3166 alpha-3, or IGO / NGO / IMG).

    Lookup order for a name: the hand table, kg's gazetteer, then the CAMEO / PETRARCH names of
    ``kg/data/actor_codes.json``.

    >>> mapper = CodeMapper()
    >>> [mapper.code(n) for n in ("China", "Beijing", "Chinese", "the U.S.", "Israelis", "Xi Jinping")]
    ['CHN', 'CHN', 'CHN', 'USA', 'ISR', 'CHN']
    >>> mapper.text_code("Moroccan diplomats"), mapper.text_code("Liberation Tigers")
    ('MAR', None)
    """

    def __init__(self, table: dict[str, Any] | None = None, strict: bool = False) -> None:
        """``strict``: only the dictionaries' own names, spelled as they are (plus the hand table):
        no kg gazetteer, no actor affiliation, no surname or one-letter matches. It shares nothing
        with kg's actor resolution, so its figure says how much the lenient default adds."""
        table = table if table is not None else code_table()
        self.strict = strict
        self.names: dict[str, str] = {}  # every name
        self.place_names: dict[str, str] = {}  # countries, their adjectives and cities; gazetteer; hand
        for key, target in (("country_names", self.place_names), ("other_names", self.names)):
            for code, names in table.get(key, {}).items():
                for name in names:
                    target.setdefault(name, code)
        preferred = {} if strict else dict(_gazetteer_codes())
        hand = {**code_table()["hand"], **table.get("hand", {})}
        preferred.update({normalise_name(name, loose=True): code for name, code in hand.items()})
        self.place_names.update(preferred)
        self.names = {**self.names, **self.place_names}

    def code(self, name: str | None, places_only: bool = False) -> str | None:
        """The code of a whole name ("China", "Beijing", "Chinese", "the U.S.", "Xi Jinping")."""
        if not name:
            return None
        names = self.place_names if places_only else self.names
        key = normalise_name(name, loose=True)
        code = names.get(key)
        if code is None and len(key) > 4 and key.endswith("s"):  # "Israelis", "Serbs", "Palestinians"
            code = names.get(key[:-1])
        return code

    def text_code(self, text: str | None, max_words: int = 5) -> str | None:
        """The code of the longest, then leftmost, capitalised run of words in ``text`` that is a
        known name ("Moroccan diplomats" -> MAR; "Israel's Cabinet" -> ISR)."""
        if not text:
            return None
        words = _words(text)
        for size in range(min(max_words, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                run = words[start : start + size]
                if not (_capitalised(run[0]) and _capitalised(run[-1])):
                    continue
                if size == 1 and len(run[0]) < 3 and not run[0].isupper():
                    continue
                code = self.code(" ".join(run), places_only=size == 1 and len(words) > 1)
                if code:
                    return code
        return None

    def actor_code(self, argument: Any) -> str | None:
        """The code of a statement argument: its label, then its affiliation, then its words.

        A group (a people, rebels, students) has the country the graph affiliates it with ("the
        Albanians of Serbia": Serbia); an ethnic group without one has none, as the graph says:
        "ethnic Albanians" names who its members are, not the state.
        """
        actor = argument.actor
        if actor.type == "Group" and (actor.affiliation or "ethnic" in actor.label.split()[:2]):  # "three ethnic Albanians" too
            return self.code(_label_of_iri(actor.affiliation)) if actor.affiliation else None
        code = self.code(actor.label)
        if code is None and actor.affiliation and not self.strict:
            code = self.code(_label_of_iri(actor.affiliation))
        if code is None and actor.type == "Person" and not self.strict:
            code = self.person_code(actor.label)
        if code is None:
            code = self.text_code(argument.text) or self.text_code(actor.label)
        return code

    def person_code(self, name: str) -> str | None:
        """A person the dictionaries spell differently or name in full: the same first name and a
        surname one letter off ("Francois Mitterand", "Laurent Gbago"), or a surname alone
        ("Kagame"), taken only when every dictionary person it fits has the same code.

        >>> m = CodeMapper({"other_names": {"FRA": ["francois mitterrand"], "RWA": ["paul kagame"]}})
        >>> m.person_code("Francois Mitterand"), m.person_code("Kagame"), m.person_code("Francis Mitterand")
        ('FRA', 'RWA', None)
        """
        words = normalise_name(name, loose=True).split()
        if not words or len(words[-1]) < 5:
            return None
        first, surname = (words[0] if len(words) > 1 else None), words[-1]
        codes = {
            code
            for full, code in self._people.get(surname[:2], ())
            if (first is None and full[-1] == surname) or (first is not None and full[0] == first and spelling_variant(full[-1], surname, edits=1))
        }
        return codes.pop() if len(codes) == 1 else None

    @cached_property
    def _people(self) -> dict[str, list[tuple[list[str], str]]]:
        """Dictionary names of two or more words, by the first two letters of the surname."""
        index: dict[str, list[tuple[list[str], str]]] = defaultdict(list)
        for full, code in self.names.items():
            words = full.split()
            if len(words) > 1:
                index[words[-1][:2]].append((words, code))
        return index


def _label_of_iri(iri: str) -> str:
    """``https://w3id.org/newskg/actor/Xi_Jinping`` -> ``Xi Jinping``."""
    return unquote(iri.rstrip("/").rsplit("/", 1)[-1]).replace("_", " ")


@cache
def code_mapper(strict: bool = False) -> CodeMapper:
    return CodeMapper(strict=strict)
