"""Scoring kg's extractor against public actor-event-actor benchmarks.

Three benchmarks (data under ``shared/benchmarks/``, see its ``README.md`` for the recipe):

``plover``
    PLOVER gold-standard records (215 news-style sentences, ISO-3166 actor codes, PLOVER class).
``petrarch2-gsr``
    PETRARCH-2 validation records (78 sentences, CAMEO actor and event codes).
``re3d``
    Dstl re3d (Syria/Iraq documents with typed relations between entity spans).

How a run scores (all choices are made here, once, and reported in the result's ``scoring``):

* **Actors -> codes** (plover, petrarch2-gsr): a statement's subject and object are mapped to a
  country code (ISO-3166 alpha-3, or the classes ``IGO`` / ``NGO`` / ``IMG``) by :class:`CodeMapper`:
  the actor label first, then the label of the actor's affiliation, then the words of the surface
  text (longest, leftmost capitalised n-gram: "Moroccan diplomats" -> MAR). The name table is
  ``kg/data/actor_codes.json`` (built by :func:`build_actor_codes` from the MIT-licensed CAMEO /
  PETRARCH dictionaries, plus a hand table and kg's own gazetteer). A statement with an end that
  does not map is not a prediction; such ends are counted in ``unmapped_actors``.
* **Dyads.** Per sentence, the gold set and the predicted set of (source, target) dyads, each
  deduplicated. A dyad is *undirected* when its class is symmetric (CONSULT / AGREE / COOPERATE,
  CAMEO roots 03 / 04 / 06), when the predicted verb is symmetric ("meet", "clash": kg's lexicon),
  or when a PLOVER record names two sources and no target ("Jordan and Britain have agreed").
  A (A, B) and (B, A) pair where either is undirected is one undirected dyad. A gold dyad and a
  predicted dyad match when they name the same two codes, in the same direction unless one of
  them is undirected. Precision = matched predictions / predictions, recall = matched gold /
  gold, micro-averaged over sentences; ``ci95`` is a sentence-bootstrap interval for F1.
* **Classes.** ``class_accuracy`` = among gold dyads that matched, the fraction where one of the
  matching predictions has the gold class (PLOVER: ``relation.event`` with the 2016 class names
  renamed; petrarch2-gsr: CAMEO root ``relation.cameo[:2]``). ``with_class`` scores dyad + class.
* **re3d** has no codes: a predicted statement matches a gold relation when the subject and the
  object each match the gold source / target text (the actor label or the surface text equals it,
  or one's words are a contiguous part of the other's, case-insensitive), per document.

The module doubles as a small CLI: ``python -m kg.benchmarks plover [--data DIR]`` prints the
result as JSON; ``python -m kg.benchmarks --build-codes [CODEBOOK_DIR]`` regenerates the code table.
"""

from __future__ import annotations

import json
import random
import re
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from itertools import combinations
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import kg

BENCHMARKS = ("plover", "petrarch2-gsr", "re3d")

DATA_FILES = {
    "plover": "PLOVER_GSR_CAMEO.txt",
    "petrarch2-gsr": "PETR2_GSR_validation.xml",
}

PLOVER_RENAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
"""PLOVER 0.5b1 (2016) class names -> the 2021 names kg uses (``kg.events.PLOVER_CLASSES``)."""

SYMMETRIC_EVENTS = frozenset({"CONSULT", "AGREE", "COOPERATE"})
SYMMETRIC_CAMEO_ROOTS = frozenset({"03", "04", "06"})

GROUP_CODES = frozenset({"IGO", "NGO", "IMG"})
"""Non-state classes that PLOVER and CAMEO code instead of a country."""

LEGACY_CODES = {
    # PLOVER gold slips
    "JAP": "JPN", "ITL": "ITA", "VTN": "VNM",
    # CAMEO / Correlates-of-War style codes
    "GMY": "DEU", "MOR": "MAR", "ALG": "DZA", "ROM": "ROU", "ZAR": "COD", "BUR": "MMR",
    "TMP": "TLS", "ANT": "ATA", "KSV": "XKX", "FRN": "FRA",
    # states that no longer exist -> their successor
    "USR": "RUS", "SUN": "RUS", "YUG": "SRB", "FRY": "SRB", "SCG": "SRB", "CSK": "CZE", "DDR": "DEU",
    "SRP": "BIH", "KRJ": "HRV",
}  # fmt: skip
"""Legacy 3-letter codes (CAMEO dictionaries, the PLOVER records) -> ISO-3166 alpha-3."""

HAND_CODES = {
    # people after the dictionaries' 2014 cut-off (and kg's gazetteer people)
    "Xi Jinping": "CHN", "Li Qiang": "CHN", "Wang Yi": "CHN", "Mao Ning": "CHN", "Lin Jian": "CHN",
    "Dong Jun": "CHN", "Donald Trump": "USA", "Trump": "USA", "Joe Biden": "USA", "Biden": "USA",
    "Barack Obama": "USA", "Obama": "USA", "George W. Bush": "USA", "Bill Clinton": "USA",
    "Marco Rubio": "USA", "Antony Blinken": "USA", "Pete Hegseth": "USA", "Vladimir Putin": "RUS",
    "Putin": "RUS", "Sergei Lavrov": "RUS", "Sergei Shoigu": "RUS", "Dmitry Peskov": "RUS",
    "Maria Zakharova": "RUS", "Andrei Belousov": "RUS", "Sanae Takaichi": "JPN", "Takaichi": "JPN",
    "Fumio Kishida": "JPN", "Shigeru Ishiba": "JPN", "Lai Ching-te": "TWN", "Tsai Ing-wen": "TWN",
    "Volodymyr Zelensky": "UKR", "Zelensky": "UKR", "Lee Jae-myung": "KOR", "Yoon Suk Yeol": "KOR",
    "Kim Jong Un": "PRK", "Kim Jong-un": "PRK", "Antonio Guterres": "IGO", "Emmanuel Macron": "FRA",
    "Olaf Scholz": "DEU", "Friedrich Merz": "DEU", "Keir Starmer": "GBR", "Rishi Sunak": "GBR",
    "Benjamin Netanyahu": "ISR", "Netanyahu": "ISR", "Mahmoud Abbas": "PSE",
    "Recep Tayyip Erdogan": "TUR", "Erdogan": "TUR", "Narendra Modi": "IND", "Modi": "IND",
    "Bashar al-Assad": "SYR", "Assad": "SYR", "Ahmed al-Sharaa": "SYR", "Ali Khamenei": "IRN",
    "Masoud Pezeshkian": "IRN", "Mohammed bin Salman": "SAU", "Yasser Arafat": "PSE", "Arafat": "PSE",
    "Slobodan Milosevic": "SRB", "Milosevic": "SRB", "Kofi Annan": "IGO", "Serb": "SRB",
    # kg's gazetteer organizations (media are no actors here: PETRARCH codes them MED, no country)
    "United Nations": "IGO", "UN Security Council": "IGO", "Security Council": "IGO",
    "European Union": "IGO", "European Community": "IGO", "NATO": "IGO", "Group of Seven": "IGO",
    "Group of Twenty": "IGO", "ASEAN": "IGO", "World Health Organization": "IGO",
    "World Trade Organization": "IGO", "International Monetary Fund": "IGO",
    "People's Liberation Army": "CHN", "Chinese Foreign Ministry": "CHN", "Japanese Foreign Ministry": "JPN",
    "Japan Self-Defense Forces": "JPN", "Communist Party of China": "CHN", "State Department": "USA",
    "Pentagon": "USA", "Hamas": "PSE", "Hezbollah": "LBN", "Hizbollah": "LBN", "Taliban": "AFG",
    "Islamic State": "IMG", "ISIS": "IMG", "ISIL": "IMG", "Daesh": "IMG", "al-Qaeda": "IMG",
}  # fmt: skip
"""Names the CAMEO dictionaries lack (or code differently from the benchmarks); they win."""

RE3D_TYPES = ("CommWith", "Likes", "Dislikes", "AlliesOf", "FightingAgainst", "InChargeOf")
RE3D_SYMMETRIC = frozenset({"CommWith", "AlliesOf"})
RE3D_MIN_CONFIDENCE = 0.5

RE3D_CLASS_OF_EVENT = {
    "CONSULT": "CommWith", "REQUEST": "CommWith",
    "SUPPORT": "Likes", "AGREE": "Likes", "AID": "Likes", "CONCEDE": "Likes",
    "COOPERATE": "AlliesOf",
    "ACCUSE": "Dislikes", "REJECT": "Dislikes", "THREATEN": "Dislikes", "PROTEST": "Dislikes",
    "SANCTION": "Dislikes", "RETREAT": "Dislikes",
    "ASSAULT": "FightingAgainst", "COERCE": "FightingAgainst", "MOBILIZE": "FightingAgainst",
}  # fmt: skip
"""Rough PLOVER class -> re3d relation type (speech acts, CAMEO 01, count as CommWith)."""

BOOTSTRAP_SAMPLES = 1000
MAX_EXAMPLES = 20


# --------------------------------------------------------------------------- data location


def _benchmark_roots() -> list[Path]:
    roots: list[Path] = []
    cwd = Path.cwd().resolve()
    package = Path(kg.__file__).resolve().parent
    for base in (cwd, *cwd.parents, package, *package.parents):
        candidate = base / "shared" / "benchmarks"
        if candidate not in roots:
            roots.append(candidate)
    return roots


def default_data_path(name: str) -> Path:
    """The folder of benchmark ``name``: ``shared/benchmarks/<name>`` above the current directory
    or above the kg package (``/work/shared/benchmarks`` for a checkout at ``/work/main``)."""
    if name not in BENCHMARKS and name != "cameo-codebook":
        raise ValueError(f"unknown benchmark {name!r}; choose one of {', '.join(BENCHMARKS)}")
    roots = _benchmark_roots()
    for root in roots:
        if (root / name).is_dir():
            return root / name
    raise FileNotFoundError(
        f"benchmark data {name!r} not found: looked for shared/benchmarks/{name} above {Path.cwd()} "
        f"and above the kg package ({roots[-1].parent.parent}); pass its folder with --data PATH"
    )


def _data_file(name: str, data: Path | None) -> Path:
    path = Path(data) if data is not None else default_data_path(name)
    if path.is_dir():
        path = path / DATA_FILES[name]
    if not path.is_file():
        raise FileNotFoundError(f"benchmark file for {name!r} not found: {path}; pass its folder with --data PATH")
    return path


# --------------------------------------------------------------------------- codes


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
    return LEGACY_CODES.get(prefix, prefix)


def _norm(name: str) -> str:
    """Lookup form of a name: ASCII-folded, lower case, no dots, single spaces, no leading "the".

    >>> _norm("the U.S."), _norm("PEOPLE'S_REPUBLIC_OF_CHINA"), _norm("Erdoğan")
    ('us', "people's republic of china", 'erdogan')
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("_", " ").replace("’", "'").replace(".", "")
    text = " ".join(text.split()).strip(" ,;:!?\"'()")
    if text.startswith("the "):
        text = text[4:]
    return text


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
def _code_table() -> dict[str, Any]:
    return json.loads((resources.files("kg") / "data" / "actor_codes.json").read_text(encoding="utf-8"))


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
            out.setdefault(_norm(name), code)
    for person in raw.get("people", []):
        code = country_of.get(person.get("affiliation") or "") or HAND_CODES.get(person.get("affiliation") or "")
        if code:
            for name in [person["label"], *person.get("aliases", [])]:
                out.setdefault(_norm(name), code)
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

    def __init__(self, table: dict[str, Any] | None = None) -> None:
        table = table if table is not None else _code_table()
        self.names: dict[str, str] = {}  # every name
        self.place_names: dict[str, str] = {}  # countries, their adjectives and cities; gazetteer; hand
        for key, target in (("country_names", self.place_names), ("other_names", self.names)):
            for code, names in table.get(key, {}).items():
                for name in names:
                    target.setdefault(name, code)
        preferred = dict(_gazetteer_codes())
        preferred.update({_norm(name): code for name, code in {**HAND_CODES, **table.get("hand", {})}.items()})
        self.place_names.update(preferred)
        self.names = {**self.names, **self.place_names}

    def code(self, name: str | None, places_only: bool = False) -> str | None:
        """The code of a whole name ("China", "Beijing", "Chinese", "the U.S.", "Xi Jinping")."""
        if not name:
            return None
        names = self.place_names if places_only else self.names
        key = _norm(name)
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
        if actor.type == "Group" and (actor.affiliation or actor.label.startswith("ethnic ")):
            return self.code(_label_of_iri(actor.affiliation)) if actor.affiliation else None
        code = self.code(actor.label)
        if code is None and actor.affiliation:
            code = self.code(_label_of_iri(actor.affiliation))
        if code is None and actor.type == "Person":
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
        words = _norm(name).split()
        if not words or len(words[-1]) < 5:
            return None
        first, surname = (words[0] if len(words) > 1 else None), words[-1]
        codes = {
            code
            for full, code in self._people.get(surname[:2], ())
            if (first is None and full[-1] == surname) or (first is not None and full[0] == first and _one_edit(full[-1], surname))
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


def _one_edit(a: str, b: str) -> bool:
    """Equal, or one letter inserted, deleted or replaced."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]
    return True


def _label_of_iri(iri: str) -> str:
    """``https://w3id.org/newskg/actor/Xi_Jinping`` -> ``Xi Jinping``."""
    return unquote(iri.rstrip("/").rsplit("/", 1)[-1]).replace("_", " ")


@cache
def code_mapper() -> CodeMapper:
    return CodeMapper()


# --------------------------------------------------------------------------- building the code table


def _dictionary_entries(path: Path) -> Iterable[tuple[list[str], list[str], bool]]:
    """(names, codes, whether the first line has a bare country code) of each entry of a TABARI
    actor dictionary ("SERBIA [SRB]" is a country entry; "VLADIMIR_PUTIN_" with "[RUSGOV ...]" lines
    is not)."""
    entry: tuple[list[str], list[str], bool] | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        codes = [c.split()[0] for c in re.findall(r"\[([^\]]*)\]", line) if c.split()]
        body = re.sub(r"\[[^\]]*\]", "", line).strip()
        if raw[0] not in " \t+" and body:
            if entry:
                yield entry
            entry = ([body], [], any(len(code) == 3 for code in codes))
        elif raw.startswith("+") and entry and body[1:].strip():
            entry[0].append(body[1:].strip())
        if entry is not None:
            entry[1].extend(codes)
    if entry:
        yield entry


def build_actor_codes(codebook: Path) -> dict[str, Any]:
    """The name -> code table, from ``countrynames.txt`` and the ``Phoenix.{Countries,
    International,MilNonState}.actors.txt`` dictionaries of the CAMEO codebook folder.

    An entry's code is the last of its (date-bounded) codes whose country part is a country or
    IGO / NGO / IMG (MNC, MED and regional codes are left out); names keep the first code seen,
    in the order: country names, country entries (names, adjectives, cities), other entries
    (people, organizations, groups). The first two tiers are ``country_names``, the third
    ``other_names``: a single word found inside a longer text is only looked up among the former
    (the dictionaries have entries such as "TIGERS_ [SWZREB]").
    """
    codebook = Path(codebook)
    valid = set(GROUP_CODES)
    country_rows = []
    for line in (codebook / "countrynames.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[1] != "---":
            code = normalise_code(parts[1])
            if code:
                valid.add(code)
                country_rows.append((parts[0], code))
    valid.update(LEGACY_CODES.values())

    tiers: list[list[tuple[str, str]]] = [country_rows, [], []]
    for file in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        for names, codes, primary in _dictionary_entries(codebook / file):
            usable = [c for c in (normalise_code(code) for code in codes) if c in valid]
            if not usable:
                continue
            for name in names:
                tiers[1 if primary else 2].append((name, usable[-1]))

    chosen: dict[str, tuple[str, bool]] = {}
    for number, tier in enumerate(tiers):
        for name, code in tier:
            # "LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_" is also known without its parenthesis
            for variant in dict.fromkeys([name, re.sub(r"\([^)]*\)", " ", name)]):
                key = _norm(variant)
                if len(key) >= 2 and not key.isdigit():
                    chosen.setdefault(key, (code, number < 2))
    grouped: dict[bool, dict[str, list[str]]] = {True: defaultdict(list), False: defaultdict(list)}
    for name, (code, country_level) in chosen.items():
        grouped[country_level][code].append(name)
    return {
        "_source": (
            "Generated by kg.benchmarks.build_actor_codes from shared/benchmarks/cameo-codebook: "
            "countrynames.txt (openeventdata/text_to_CAMEO @6d7b3ab, MIT, (c) 2014 Philip Schrodt) and "
            "Phoenix.Countries / Phoenix.International / Phoenix.MilNonState .actors.txt "
            "(openeventdata/petrarch2 @676801c, MIT, (c) 2014 Open Event Data Alliance). Only names -> "
            "country-level code are kept (lower case, dots removed); legacy codes converted to ISO-3166 "
            "alpha-3 with the legacy_codes table; MNC/MED/regional codes dropped. 'hand' is kg's own table "
            "for people after 2014 and for kg's gazetteer organizations; it wins over the dictionaries."
        ),
        "legacy_codes": dict(LEGACY_CODES),
        "hand": dict(HAND_CODES),
        "country_names": {code: sorted(names) for code, names in sorted(grouped[True].items())},
        "other_names": {code: sorted(names) for code, names in sorted(grouped[False].items())},
    }


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class Dyad:
    """One (source, target) pair of a sentence, with its class and whether direction matters."""

    source: Hashable
    target: Hashable
    cls: str | None = None
    symmetric: bool = False


@dataclass
class _Item:
    source: Hashable
    target: Hashable
    undirected: bool
    classes: set = field(default_factory=set)
    cls: str | None = None  # the class that is part of the key (with_class scoring)


def collapse(dyads: Iterable[Dyad], with_class: bool = False) -> list[_Item]:
    """Deduplicate the dyads of one sentence; (A, B) and (B, A) where either is symmetric become one
    undirected item.

    >>> [(i.source, i.target, i.undirected) for i in collapse([Dyad("A", "B", "AGREE", True), Dyad("B", "A", "AGREE")])]
    [('A', 'B', True)]
    """
    items: list[_Item] = []
    for dyad in dyads:
        key_cls = dyad.cls if with_class else None
        for item in items:
            if item.cls != key_cls:
                continue
            same = (item.source, item.target) == (dyad.source, dyad.target)
            reverse = (item.source, item.target) == (dyad.target, dyad.source)
            if same or (reverse and (item.undirected or dyad.symmetric)):
                item.undirected = item.undirected or dyad.symmetric
                if dyad.cls is not None:
                    item.classes.add(dyad.cls)
                break
        else:
            items.append(_Item(dyad.source, dyad.target, dyad.symmetric, {dyad.cls} - {None}, key_cls))
    return items


def _equal(gold: Hashable, pred: Hashable) -> bool:
    return gold == pred


def _items_match(gold: _Item, pred: _Item, same: Callable[[Hashable, Hashable], bool]) -> bool:
    if gold.cls != pred.cls:
        return False
    if same(gold.source, pred.source) and same(gold.target, pred.target):
        return True
    return (gold.undirected or pred.undirected) and same(gold.source, pred.target) and same(gold.target, pred.source)


@dataclass
class UnitScore:
    """Matching of one sentence (or document): which gold and which predicted items matched."""

    gold: list[_Item]
    pred: list[_Item]
    gold_hit: list[list[int]]  # for each gold item, the indices of the predicted items matching it
    pred_hit: list[bool]

    @property
    def counts(self) -> tuple[int, int, int, int]:
        return (sum(1 for h in self.gold_hit if h), len(self.gold), sum(self.pred_hit), len(self.pred))


def match_unit(
    gold: Iterable[Dyad],
    pred: Iterable[Dyad],
    with_class: bool = False,
    same: Callable[[Hashable, Hashable], bool] = _equal,
) -> UnitScore:
    """Match the gold and predicted dyads of one unit. A gold item is found when any prediction
    matches it; a prediction is correct when it matches any gold item."""
    gold_items, pred_items = collapse(gold, with_class), collapse(pred, with_class)
    gold_hit = [[j for j, p in enumerate(pred_items) if _items_match(g, p, same)] for g in gold_items]
    pred_hit = [any(j in hits for hits in gold_hit) for j in range(len(pred_items))]
    return UnitScore(gold_items, pred_items, gold_hit, pred_hit)


def prf(counts: Iterable[tuple[int, int, int, int]]) -> dict[str, float | int]:
    """Micro precision / recall / F1 of per-unit (gold found, gold, predictions correct, predictions).

    >>> prf([(1, 2, 1, 1), (0, 1, 0, 1)])
    {'precision': 0.5, 'recall': 0.3333, 'f1': 0.4, 'gold_found': 1, 'n_gold': 3, 'pred_correct': 1, 'n_pred': 2}
    """
    found = gold = correct = predicted = 0
    for f, g, c, p in counts:
        found, gold, correct, predicted = found + f, gold + g, correct + c, predicted + p
    precision = correct / predicted if predicted else 0.0
    recall = found / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "gold_found": found,
        "n_gold": gold,
        "pred_correct": correct,
        "n_pred": predicted,
    }


def bootstrap_f1(units: Sequence[tuple[int, int, int, int]], samples: int = BOOTSTRAP_SAMPLES, seed: int = 0) -> list[float] | None:
    """95% percentile interval of micro F1 over ``samples`` resamplings of the units."""
    if not units:
        return None
    rng = random.Random(seed)
    scores = sorted(prf(rng.choices(units, k=len(units)))["f1"] for _ in range(samples))
    return [round(scores[int(0.025 * samples)], 4), round(scores[min(samples - 1, int(0.975 * samples))], 4)]


def class_accuracy(units: Iterable[UnitScore]) -> tuple[float | None, int, int]:
    """Among found gold items, the fraction where a matching prediction carries a gold class."""
    found = correct = 0
    for unit in units:
        for gold, hits in zip(unit.gold, unit.gold_hit, strict=True):
            if not hits:
                continue
            found += 1
            predicted = set().union(*(unit.pred[j].classes for j in hits))
            correct += bool(predicted & gold.classes)
    return (round(correct / found, 4) if found else None), correct, found


# --------------------------------------------------------------------------- loaders


@dataclass(frozen=True)
class PloverRecord:
    id: str
    text: str
    event: str  # renamed to the 2021 class names
    sources: tuple[str, ...]  # normalised codes
    targets: tuple[str, ...]

    @property
    def reciprocal(self) -> bool:
        """Two or more sources and no target: "Jordan and Britain have agreed"."""
        return not self.targets and len(self.sources) > 1

    def dyads(self) -> list[Dyad]:
        if self.targets:
            symmetric = self.event in SYMMETRIC_EVENTS
            return [Dyad(s, t, self.event, symmetric) for s in self.sources for t in self.targets]
        return [Dyad(a, b, self.event, True) for a, b in combinations(self.sources, 2)]


def _actor_codes(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):  # missing, "" or a stray string ("diplomatic")
        return ()
    codes = (normalise_code(actor.get("code")) for actor in value if isinstance(actor, dict))
    return tuple(dict.fromkeys(c for c in codes if c))


def load_plover(data: Path | None = None) -> list[PloverRecord]:
    """The PLOVER gold records (the header record skipped), classes renamed to 2021 names."""
    raw = json.loads(_data_file("plover", data).read_text(encoding="utf-8"))
    records = []
    for rec in raw:
        if not isinstance(rec, dict) or rec.get("event") in (None, "DOCUMENT") or not rec.get("text"):
            continue
        event = PLOVER_RENAMES.get(rec["event"], rec["event"])
        records.append(PloverRecord(rec["id"], " ".join(rec["text"].split()), event, _actor_codes(rec.get("source")), _actor_codes(rec.get("target"))))
    return records


@dataclass(frozen=True)
class PetrarchSentence:
    id: str
    category: str
    text: str
    events: tuple[tuple[str, str, str], ...]  # (sourcecode, targetcode, eventcode) as in the file
    noevents: bool


_SENTENCE = re.compile(r"<Sentence\s([^>]*?)/?>(.*?)</Sentence>", re.S)
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')


def load_petrarch(data: Path | None = None) -> list[PetrarchSentence]:
    """The sentences of ``PETR2_GSR_validation.xml``, read with regular expressions (the file is
    not well-formed XML: self-closed ``<Sentence .../>`` start tags still have an end tag)."""
    source = _data_file("petrarch2-gsr", data).read_text(encoding="utf-8")
    sentences = []
    for match in _SENTENCE.finditer(source):
        attrs = dict(_ATTR.findall(match.group(1)))
        body = match.group(2)
        events, noevents = [], False
        for coding in re.finditer(r"<EventCoding\s([^>]*?)/?>", body):
            values = dict(_ATTR.findall(coding.group(1)))
            if values.get("noevents", "").lower() == "true":
                noevents = True
            elif "eventcode" in values:
                events.append((values.get("sourcecode", ""), values.get("targetcode", ""), values["eventcode"]))
        text = re.search(r"<Text>(.*?)</Text>", body, re.S)
        sentences.append(
            PetrarchSentence(attrs.get("id", ""), attrs.get("category", ""), " ".join(text.group(1).split()) if text else "", tuple(events), noevents)
        )
    return sentences


@dataclass(frozen=True)
class Re3dDocument:
    id: str
    folder: str
    title: str
    text: str
    relations: tuple[dict[str, Any], ...]  # actor-actor relations, confidence >= RE3D_MIN_CONFIDENCE


def _json_lines(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_re3d(data: Path | None = None) -> list[Re3dDocument]:
    """The re3d documents of every sub-folder with their actor-actor relations (types
    :data:`RE3D_TYPES`, confidence >= 0.5)."""
    root = Path(data) if data is not None else default_data_path("re3d")
    folders = sorted(p.parent for p in root.glob("*/documents.json")) or ([root] if (root / "documents.json").is_file() else [])
    if not folders:
        raise FileNotFoundError(f"no re3d documents.json under {root}; pass the re3d folder with --data PATH")
    documents = []
    for folder in folders:
        relations: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for rel in _json_lines(folder / "relations.json"):
            if rel.get("type") in RE3D_TYPES and float(rel.get("confidence", 1)) >= RE3D_MIN_CONFIDENCE:
                relations[rel["documentId"]].append(rel)
        for doc in _json_lines(folder / "documents.json"):
            documents.append(Re3dDocument(doc["_id"], folder.name, doc.get("title", ""), doc["text"], tuple(relations.get(doc["_id"], ()))))
    return documents


# --------------------------------------------------------------------------- predictions


@cache
def _symmetric_words() -> frozenset[str]:
    from kg.lexicon import load_lexicon

    lex = load_lexicon()
    return frozenset(lex.symmetric_verbs | lex.symmetric_nouns)


def _symmetric_relation(statement: Any) -> bool:
    relation = statement.relation
    if relation.event in SYMMETRIC_EVENTS or (relation.cameo or "")[:2] in SYMMETRIC_CAMEO_ROOTS:
        return True
    words = relation.lemma.lower().split()
    return relation.lemma.lower() in _symmetric_words() or bool(words and words[-1] in _symmetric_words())


def _describe(statement: Any) -> str:
    r = statement.relation
    return f"{statement.subject.actor.label} -[{r.lemma}: {r.event or r.cameo or '-'}]-> {statement.object.actor.label}"


def _extract(nlp: Any, text: str, doc_id: str, failures: list[dict[str, str]]) -> list[Any]:
    """``extract_text`` of one unit; an extractor exception is recorded (and the unit has no
    statements) instead of ending the whole run."""
    from kg.pipeline import extract_text

    if not text:
        return []
    try:
        return extract_text(nlp, text, doc_id=doc_id)
    except Exception as exc:  # noqa: BLE001 - a benchmark reports extractor failures, it does not stop
        failures.append({"id": doc_id, "error": f"{type(exc).__name__}: {exc}"})
        return []


@dataclass
class _Coded:
    dyads: list[Dyad]
    unmapped: list[str]
    statements: list[str]


def _coded_predictions(statements: Sequence[Any], mapper: CodeMapper, cls_of: Callable[[Any], str | None]) -> _Coded:
    dyads, unmapped = [], []
    for st in statements:
        src, tgt = mapper.actor_code(st.subject), mapper.actor_code(st.object)
        if src is None:
            unmapped.append(st.subject.actor.label)
        if tgt is None:
            unmapped.append(st.object.actor.label)
        if src and tgt:
            dyads.append(Dyad(src, tgt, cls_of(st), _symmetric_relation(st)))
    return _Coded(dyads, unmapped, [_describe(st) for st in statements])


def _fmt(item: _Item) -> str:
    arrow = "<->" if item.undirected else "->"
    classes = "/".join(sorted(item.classes)) or "-"
    return f"{item.source}{arrow}{item.target} {classes}"


def _miss_kind(gold: _Item, unit: UnitScore, coded: _Coded) -> str:
    """Why a gold dyad was missed: no statement in the sentence (extraction), a statement whose
    actor did not map to a code (mapping), the reverse direction only, or other actors."""
    if not coded.statements:
        return "missed_no_statement"
    if any({p.source, p.target} == {gold.source, gold.target} for p in unit.pred):
        return "missed_wrong_direction"
    if coded.unmapped:
        return "missed_unmapped_actor"
    return "missed_other_dyad"


def _wrong_class(gold: _Item, hits: list[int], unit: UnitScore) -> bool:
    return bool(hits) and not gold.classes & set().union(*(unit.pred[j].classes for j in hits))


def _error_kinds(unit: UnitScore, coded: _Coded) -> Counter[str]:
    """Why gold items were missed / predictions were wrong, for one sentence."""
    kinds: Counter[str] = Counter()
    for gold, hits in zip(unit.gold, unit.gold_hit, strict=True):
        if not hits:
            kinds[_miss_kind(gold, unit, coded)] += 1
        elif _wrong_class(gold, hits, unit):
            kinds["wrong_class"] += 1
    kinds["false_positive"] += sum(1 for hit in unit.pred_hit if not hit)
    return kinds


def _examples(rows: list[dict[str, Any]], limit: int = MAX_EXAMPLES) -> list[dict[str, Any]]:
    """Up to ``limit`` error examples, round-robin over the error kinds."""
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_kind[row["kind"]].append(row)
    out: list[dict[str, Any]] = []
    while len(out) < limit and any(by_kind.values()):
        for kind in list(by_kind):
            if by_kind[kind] and len(out) < limit:
                out.append(by_kind[kind].pop(0))
    return out


def _unit_examples(unit_id: str, text: str, unit: UnitScore, coded: _Coded) -> list[dict[str, Any]]:
    rows = []
    predicted = [_fmt(p) for p in unit.pred]
    base = {"id": unit_id, "sentence": text, "predicted": predicted, "statements": coded.statements}
    for gold, hits in zip(unit.gold, unit.gold_hit, strict=True):
        if not hits:
            rows.append({"kind": _miss_kind(gold, unit, coded), "gold": _fmt(gold), **base, "unmapped": coded.unmapped})
        elif _wrong_class(gold, hits, unit):
            rows.append({"kind": "wrong_class", "gold": _fmt(gold), **base})
    for pred, hit in zip(unit.pred, unit.pred_hit, strict=True):
        if not hit:
            rows.append({"kind": "false_positive", "gold": [_fmt(g) for g in unit.gold], **base, "wrong": _fmt(pred)})
    return rows


def _coded_report(
    name: str,
    units: list[tuple[str, str, list[Dyad]]],
    nlp: Any,
    cls_of: Callable[[Any], str | None],
) -> tuple[dict[str, Any], list[tuple[UnitScore, UnitScore, _Coded]]]:
    """Run the extractor on each (id, text, gold dyads) unit and score dyads, dyads + class."""
    mapper = code_mapper()
    failures: list[dict[str, str]] = []
    scored = []
    typed: list[tuple[int, int, int, int]] = []  # dyads of statements with an event class only
    unmapped: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    example_rows: list[dict[str, Any]] = []
    n_statements = 0
    for unit_id, text, gold in units:
        statements = _extract(nlp, text, unit_id, failures)
        n_statements += len(statements)
        coded = _coded_predictions(statements, mapper, cls_of)
        unmapped.update(coded.unmapped)
        dyad_unit = match_unit(gold, coded.dyads)
        class_unit = match_unit(gold, coded.dyads, with_class=True)
        typed.append(match_unit(gold, [d for d in coded.dyads if d.cls]).counts)
        scored.append((dyad_unit, class_unit, coded))
        kinds.update(_error_kinds(dyad_unit, coded))
        example_rows.extend(_unit_examples(unit_id, text, dyad_unit, coded))

    dyad = prf(u.counts for u, _, _ in scored)
    with_class = prf(u.counts for _, u, _ in scored)
    accuracy, correct, found = class_accuracy(u for u, _, _ in scored)
    per_class: dict[str, dict[str, int]] = defaultdict(lambda: {"gold": 0, "found": 0, "class_correct": 0, "predicted": 0})
    for unit, _, _ in scored:
        for gold, hits in zip(unit.gold, unit.gold_hit, strict=True):
            for cls in gold.classes or {"-"}:
                row = per_class[cls]
                row["gold"] += 1
                row["found"] += bool(hits)
                row["class_correct"] += bool(hits and cls in set().union(*(unit.pred[j].classes for j in hits)))
        for pred in unit.pred:
            for cls in pred.classes or {"-"}:
                per_class[cls]["predicted"] += 1
    result = {
        "benchmark": name,
        "precision": dyad["precision"],
        "recall": dyad["recall"],
        "f1": dyad["f1"],
        "ci95": bootstrap_f1([u.counts for u, _, _ in scored]),
        "class_accuracy": accuracy,
        "class_correct": correct,
        "class_scored": found,
        "n_gold": dyad["n_gold"],
        "n_pred": dyad["n_pred"],
        "gold_found": dyad["gold_found"],
        "pred_correct": dyad["pred_correct"],
        "with_class": {**with_class, "ci95": bootstrap_f1([u.counts for _, u, _ in scored])},
        "typed_only": prf(typed),
        "n_sentences": len(units),
        "n_statements": n_statements,
        "unmapped_actors": sum(unmapped.values()),
        "unmapped_top": unmapped.most_common(15),
        "per_class": dict(sorted(per_class.items())),
        "error_kinds": dict(kinds.most_common()),
        "errors": _examples(example_rows),
        "extraction_failures": len(failures),
        "extraction_failure_examples": failures[:5],
    }
    return result, scored


# --------------------------------------------------------------------------- the benchmarks


def _scoring_note(name: str) -> str:
    common = (
        "Actors mapped to country codes (label, then affiliation, then surface words; kg/data/actor_codes.json); "
        "statements with an unmapped end are no prediction (counted in unmapped_actors). Per sentence, gold and "
        "predicted (source, target) dyads are deduplicated; a dyad is undirected when its class is "
        "CONSULT/AGREE/COOPERATE (CAMEO 03/04/06) or its verb is symmetric; matches need the same codes, in the "
        "same direction unless either side is undirected. P = correct predictions / predictions, "
        "R = found gold / gold, micro over sentences; ci95 = sentence bootstrap (1000) of F1. typed_only: the same "
        "with only statements whose relation has a class (speech acts and unknown verbs left out). "
    )
    if name == "plover":
        return common + (
            "Gold: source x target codes of each record (2016 classes renamed DEMAND->REQUEST, DISAPPROVE/INVESTIGATE->"
            "ACCUSE, FIGHT->ASSAULT); a record with two or more sources and no target is reciprocal (undirected pairs "
            "of its sources); a record with one source and no target has no gold dyad. Records sharing a sentence "
            "are merged. class_accuracy: predicted relation.event equals the gold PLOVER class."
        )
    return common + (
        "Gold: sourcecode[:3] x targetcode[:3] (legacy codes -> ISO), class = CAMEO root (eventcode[:2]); gold "
        "dyads with an unknown country ('---') are skipped; noevents sentences contribute only false positives; "
        "the record with an empty text is skipped. with_class = dyad + CAMEO root (predicted relation.cameo[:2])."
    )


def run_plover(nlp: Any, data: Path | None = None) -> dict[str, Any]:
    records = load_plover(data)
    by_text: dict[str, list[PloverRecord]] = defaultdict(list)
    for rec in records:
        by_text[rec.text].append(rec)
    units = [(recs[0].id, text, [d for rec in recs for d in rec.dyads()]) for text, recs in by_text.items()]
    result, _ = _coded_report("plover", units, nlp, lambda st: st.relation.event)
    result["n_records"] = len(records)
    result["records_without_gold_dyad"] = sum(1 for rec in records if not rec.dyads())
    result["scoring"] = _scoring_note("plover")
    return result


def run_petrarch(nlp: Any, data: Path | None = None) -> dict[str, Any]:
    sentences = load_petrarch(data)
    units, skipped = [], 0
    for sentence in sentences:
        if not sentence.text:
            continue
        gold = []
        for src, tgt, code in sentence.events:
            s, t = normalise_code(src), normalise_code(tgt)
            if s is None or t is None:
                skipped += 1
                continue
            gold.append(Dyad(s, t, code[:2], code[:2] in SYMMETRIC_CAMEO_ROOTS))
        units.append((sentence.id, sentence.text, gold))
    result, _ = _coded_report("petrarch2-gsr", units, nlp, lambda st: (st.relation.cameo or "")[:2] or None)
    result["cameo_root"] = result["with_class"]
    result["n_records"] = len(sentences)
    result["n_events"] = sum(len(s.events) for s in sentences)
    result["n_noevents"] = sum(1 for s in sentences if s.noevents)
    result["skipped_unknown_country_gold"] = skipped
    result["skipped_empty_text"] = sum(1 for s in sentences if not s.text)
    result["anchor_f1"] = None
    result["anchor_note"] = (
        "no anchor: the file holds only the (hand-corrected) gold codings, which were built from PETRARCH-2's own "
        "output (SOURCE.md); PETRARCH-2's raw output is not in the file."
    )
    result["scoring"] = _scoring_note("petrarch2-gsr")
    return result


def _name_tokens(name: str) -> tuple[str, ...]:
    return tuple(_norm(name).replace("-", " ").split())


def names_match(gold: str, names: Iterable[str]) -> bool:
    """Whether a gold entity text matches one of a predicted actor's names: equal, or one's words
    a contiguous part of the other's (case-insensitive).

    >>> names_match("Russian Foreign Minister Sergei Lavrov", ["Sergei Lavrov"]), names_match("Syria", ["Russia"])
    (True, False)
    """
    g = _name_tokens(gold)
    if not g:
        return False
    for name in names:
        p = _name_tokens(name)
        if not p:
            continue
        short, long_ = (g, p) if len(g) <= len(p) else (p, g)
        if any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1)):
            return True
    return False


def _surface(text: str) -> str:
    """A gold entity text for deduplication: single spaces, lower case ("We" = "we")."""
    return " ".join(text.split()).lower()


def _re3d_same(gold: Hashable, pred: Hashable) -> bool:
    return names_match(str(gold), pred)  # type: ignore[arg-type]


def run_re3d(nlp: Any, data: Path | None = None) -> dict[str, Any]:
    documents = load_re3d(data)
    failures: list[dict[str, str]] = []
    scored: list[UnitScore] = []
    example_rows: list[dict[str, Any]] = []
    per_type: dict[str, dict[str, int]] = defaultdict(lambda: {"gold": 0, "found": 0})
    n_statements = 0
    for document in documents:
        gold = [
            Dyad(_surface(rel["source"]), _surface(rel["target"]), rel["type"], rel["type"] in RE3D_SYMMETRIC)
            for rel in document.relations
        ]
        statements = _extract(nlp, document.text, document.id, failures)
        n_statements += len(statements)
        names: dict[str, set[str]] = defaultdict(set)
        for st in statements:
            for arg in (st.subject, st.object):
                names[arg.actor.label].update({arg.actor.label, arg.text})
        pred = []
        for st in statements:
            key = (st.subject.actor.label, st.object.actor.label)
            cls = RE3D_CLASS_OF_EVENT.get(st.relation.event or "") or ("CommWith" if (st.relation.cameo or "").startswith("01") else None)
            ends = tuple((label, *sorted(names[label] - {label})) for label in key)  # label first: shown in errors
            pred.append(Dyad(ends[0], ends[1], cls, _symmetric_relation(st)))
        unit = match_unit(gold, pred, same=_re3d_same)
        scored.append(unit)
        for item, hits in zip(unit.gold, unit.gold_hit, strict=True):
            for cls in item.classes:
                per_type[cls]["gold"] += 1
                per_type[cls]["found"] += bool(hits)
            if not hits:
                example_rows.append({"kind": "missed", "id": document.id, "gold": f"{item.source} -{'/'.join(sorted(item.classes))}-> {item.target}"})
        for item, hit in zip(unit.pred, unit.pred_hit, strict=True):
            if not hit:
                example_rows.append({"kind": "false_positive", "id": document.id, "wrong": f"{item.source[0]} -> {item.target[0]}"})
    dyad = prf(u.counts for u in scored)
    accuracy, correct, found = class_accuracy(scored)
    return {
        "benchmark": "re3d",
        "precision": dyad["precision"],
        "recall": dyad["recall"],
        "f1": dyad["f1"],
        "ci95": bootstrap_f1([u.counts for u in scored]),
        "class_accuracy": accuracy,
        "class_correct": correct,
        "class_scored": found,
        "n_gold": dyad["n_gold"],
        "n_pred": dyad["n_pred"],
        "gold_found": dyad["gold_found"],
        "pred_correct": dyad["pred_correct"],
        "n_documents": len(documents),
        "n_statements": n_statements,
        "n_relations": sum(len(d.relations) for d in documents),
        "per_type": dict(sorted(per_type.items())),
        "errors": _examples(example_rows),
        "extraction_failures": len(failures),
        "extraction_failure_examples": failures[:5],
        "scoring": (
            f"Gold: relations of types {', '.join(RE3D_TYPES)} with confidence >= {RE3D_MIN_CONFIDENCE}, as "
            "(source text, target text) pairs per document, deduplicated; CommWith and AlliesOf are undirected. "
            "Predictions: each statement's (subject, object), deduplicated; an end matches a gold text when the "
            "actor label or one of its surface texts in the document equals it or one's words are a contiguous "
            "part of the other's (case-insensitive). P = predictions matching some gold / predictions, "
            "R = gold matched by some prediction / gold, micro over documents; ci95 = document bootstrap. "
            "class_accuracy maps the PLOVER class to a re3d type (RE3D_CLASS_OF_EVENT; CAMEO 01 -> CommWith)."
        ),
    }


def run_benchmark(name: str, nlp: Any, data: Path | None = None) -> dict[str, Any]:
    """Score kg's extractor (with the loaded spaCy pipeline ``nlp``) on benchmark ``name``; returns
    a JSON-able dict with at least precision, recall, f1, class_accuracy, n_gold and n_pred."""
    runners = {"plover": run_plover, "petrarch2-gsr": run_petrarch, "re3d": run_re3d}
    if name not in runners:
        raise ValueError(f"unknown benchmark {name!r}; choose one of {', '.join(BENCHMARKS)}")
    started = time.perf_counter()
    result = runners[name](nlp, Path(data) if data is not None else None)
    result["seconds"] = round(time.perf_counter() - started, 2)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m kg.benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help=f"benchmarks to run ({', '.join(BENCHMARKS)}; default all)")
    parser.add_argument("--data", type=Path, help="the benchmark's folder (only with one benchmark)")
    parser.add_argument("--model", help="spaCy pipeline to load")
    parser.add_argument("--build-codes", nargs="?", const="", metavar="CODEBOOK_DIR", help="regenerate kg/data/actor_codes.json and exit")
    args = parser.parse_args(argv)
    if args.build_codes is not None:
        codebook = Path(args.build_codes) if args.build_codes else default_data_path("cameo-codebook")
        out = Path(kg.__file__).resolve().parent / "data" / "actor_codes.json"
        out.write_text(json.dumps(build_actor_codes(codebook), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {out} ({out.stat().st_size:,} bytes)")
        return 0
    names = args.names or list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    if args.data and len(names) != 1:
        parser.error("--data needs exactly one benchmark name")
    from kg.nlp import load_pipeline

    nlp = load_pipeline(args.model)
    results = {name: run_benchmark(name, nlp, args.data) for name in names}
    print(json.dumps(results if len(results) > 1 else results[names[0]], indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
