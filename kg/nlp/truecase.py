"""Headlines In Title Case, parsed as if they were written in sentence case.

en_core_web_sm learnt its tags, parse and entities mostly from sentence-case text: in a line
written In Title Case every word looks like a name, so "Trump Meets Xi In Busan" or "Israel
Strikes Lebanon Again" get no verb, and their statements are lost, although the same words in
sentence case are read correctly (dev stories us-china-trade, north-korea-russia,
india-pakistan-2025, armenia-azerbaijan-peace). Such a line is headline or section style, a line
of its own, so the fix is per line:

* :func:`sentence_cased` finds the Title Case lines of a text (:func:`is_title_case`) and gives
  the text with the first letter of their ordinary words lower-cased. A word stays capitalised
  when it starts the line or a sentence in it, is written in capitals ("US", "NATO"), is part of
  a gazetteer name written in the line ("North Korea", "Xi", "Tokyo"), or is written capitalised
  in mid-sentence elsewhere in the text at least as often as in lower case (the names of this
  story: "White House", "Nobel Committee"): truecasing from the document itself. A word the
  text never writes in lower case is lower-cased only when it is an English word the pipeline's
  lemmatizer knows (:func:`english_words`): "Strikes" is, "Telangana" is not.
* Only the case of a first letter changes, and only where that keeps the length: the text has
  the same length and the same character offsets, so sentences, mentions and provenance stay
  where they were. :func:`restored` then gives the parse back its original words
  (:mod:`kg.nlp.parallel` parses the sentence-cased text and extracts from the restored doc).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import numpy
from spacy.attrs import (
    DEP,
    ENT_ID,
    ENT_IOB,
    ENT_KB_ID,
    ENT_TYPE,
    HEAD,
    LEMMA,
    MORPH,
    POS,
    TAG,
)
from spacy.language import Language
from spacy.parts_of_speech import IDS as _POS_IDS
from spacy.tokens import Doc

from kg.lexicon import demonym_patterns, entity_ruler_patterns, load_gazetteer

TITLE_CASE_MIN_WORDS = 3
"""Capitalised words of 4+ letters a Title Case line has: "Xi Meets Putin" is too short to tell."""

TITLE_CASE_MAX_WORDS = 30
"""A longer line is body text, whatever its capitals."""

SMALL_WORDS = frozenset({
    "a", "an", "the", "and", "but", "or", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "via", "into", "onto", "over", "per", "up", "off", "out", "amid", "than",
})  # fmt: skip
"""The words Title Case leaves in lower case (articles, conjunctions, short prepositions)."""

_WORD = re.compile(r"[^\W\d_]+")
_LINE = re.compile(r"[^\n]+")
_OPENERS = frozenset(" \t\n\"'\u201c\u2018([\u00a0")
_ENDERS = frozenset(".!?:;|\n\u2013\u2014")

_POS_X = _POS_IDS["X"]

_ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]


@cache
def _gazetteer_names() -> re.Pattern[str]:
    """The gazetteer's names, demonyms and capitals as written ("North Korea", "Xi", "Chinese", "Tokyo")."""
    names = {p["pattern"] for p in (*entity_ruler_patterns(), *demonym_patterns()) if isinstance(p["pattern"], str)}
    names.update(capital.title() for capital in load_gazetteer().capitals)
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _capitalised(word: str) -> bool:
    return word[0].isupper() and (len(word) == 1 or word[1:].islower())


def _starts_sentence(text: str, index: int, floor: int) -> bool:
    """The word at ``index`` starts the text from ``floor`` on, a sentence or a headline's part
    ("Operation Sindoor: PM ...", "Talks End - Both Sides ..."): opening quotes and brackets skipped."""
    i = index - 1
    while i >= floor and text[i] in _OPENERS:
        if text[i] == "\n":
            return True
        i -= 1
    return i < floor or text[i] in _ENDERS or (text[i] == "-" and i > floor and text[i - 1] == " ")


_DATE_STAMP = re.compile(r"^\s*date[:\s]+\d{4}-[01]\d-[0-3]\d\s+(?=\S)")
"""The page's own date line glued to the line it opens ("date 2023-05-08 Canada Expels ..."; as
kg.events.dates reads it)."""


def _stamp_length(line: str) -> int:
    """How much of ``line`` is a date stamp glued before a headline: the headline after it is
    judged and cased as a line of its own ("date 2021-02-01 Myanmar's Military Stages Coup,
    Detains ...": myanmar-coup-2021; "date 2023-05-08 Canada Expels Chinese Diplomat Over ...":
    canada-china-diplomat-expulsion). 0 when there is none.

    >>> _stamp_length(" date 2023-05-08 Ghana Recalls Its Envoy"), _stamp_length("Ghana Recalls Its Envoy")
    (17, 0)
    """
    stamp = _DATE_STAMP.match(line)
    return stamp.end() if stamp else 0


def is_title_case(line: str) -> bool:
    """A line in headline capitals: every word in lower case is a small word (or of 1-2 letters:
    "8 pm"), and 3+ words of 4+ letters are capitalised.

    >>> is_title_case("Trump Hosts Aliyev and Pashinyan at White House")
    True
    >>> is_title_case("Trump hosts Aliyev and Pashinyan at the White House")
    False
    >>> is_title_case("Trump and Xi met in Busan on Thursday.")
    False
    """
    words = _WORD.findall(line)
    if len(words) > TITLE_CASE_MAX_WORDS or any(w.islower() and len(w) > 2 and w not in SMALL_WORDS for w in words):
        return False
    return sum(len(w) >= 4 and w[0].isupper() for w in words) >= TITLE_CASE_MIN_WORDS


def _usage(text: str, skip: list[tuple[int, int]]) -> tuple[Counter[str], Counter[str]]:
    """How often each word is written capitalised in mid-sentence, and in lower case, outside ``skip``."""
    mid: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for match in _WORD.finditer(text):
        if any(start <= match.start() < end for start, end in skip):
            continue
        word = match.group()
        if word.islower():
            lower[word] += 1
        elif _capitalised(word) and not _starts_sentence(text, match.start(), 0):
            mid[word.lower()] += 1
    return mid, lower


_SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


def english_words(nlp: Language) -> frozenset[str] | None:
    """The lower-case English words the pipeline's rule lemmatizer knows (its WordNet word lists
    and irregular forms: "strike", "struck", "tariff"), or None when it has no such tables."""
    try:
        tables = nlp.get_pipe("lemmatizer").lookups
        index, exceptions = tables.get_table("lemma_index"), tables.get_table("lemma_exc")
    except (KeyError, AttributeError, ValueError):
        return None
    words = {w for entries in index.values() for w in entries}
    words.update(w for entries in exceptions.values() for w in entries)
    return frozenset(words)


_FUNCTION_WORDS = SMALL_WORDS | frozenset({
    "about", "above", "after", "against", "along", "among", "around", "before", "behind", "below", "beneath",
    "beside", "between", "beyond", "despite", "during", "inside", "near", "since", "through", "toward",
    "towards", "under", "until", "upon", "while", "within", "without", "is", "are", "was", "were", "be",
    "has", "have", "had", "does", "did", "not", "will", "would", "can", "could", "may", "might", "must",
    "should", "its", "his", "her", "their", "our", "this", "that", "these", "those", "who", "what", "how",
})  # fmt: skip
"""Words the lemmatizer's lists (nouns, verbs, adjectives, adverbs) leave out, or know only as rarer words."""


def _known(word: str, english: frozenset[str]) -> bool:
    """``word`` (lower case) or a regular inflection of it is an English word: "strikes", "sealed", "marking"."""
    return word in _FUNCTION_WORDS or word in english or any(
        word.endswith(suffix) and len(word) > len(suffix) + 2 and word[: -len(suffix)] + ending in english
        for suffix, ending in _SUFFIXES
    )


def sentence_cased(text: str, english: frozenset[str] | None = None) -> str:
    """``text`` with the ordinary words of its Title Case lines lower-cased; the same length.

    >>> sentence_cased("Trump Meets Xi In Busan As Talks Resume\\n\\nTrump and Xi met in Busan on Thursday.")
    'Trump meets Xi in Busan as talks resume\\n\\nTrump and Xi met in Busan on Thursday.'
    >>> sentence_cased("Lavrov Opens Strategic Dialogue\\n\\nThe Strategic Dialogue began on Friday.")
    'Lavrov opens Strategic Dialogue\\n\\nThe Strategic Dialogue began on Friday.'
    """
    lines = [(m.start() + _stamp_length(m.group()), m.end()) for m in _LINE.finditer(text)]
    lines = [(start, end) for start, end in lines if is_title_case(text[start:end])]
    if not lines:
        return text
    mid, lower = _usage(text, lines)
    chars = list(text)
    for start, end in lines:
        names = {i for m in _gazetteer_names().finditer(text, start, end) for i in range(m.start(), m.end())}
        for match in _WORD.finditer(text, start, end):
            word = match.group()
            if not _capitalised(word) or match.start() in names or (len(word) < 3 and word.lower() not in SMALL_WORDS):
                continue  # "Xi", "Un": a short word is a name unless a small word ("In", "At")
            if _starts_sentence(text, match.start(), start):
                continue
            key = word.lower()
            if mid[key] and mid[key] >= lower[key]:
                continue  # written as a name in this text
            if english is not None and not lower[key] and not _known(key, english):
                continue  # no common word this text or the lexicon knows: a name ("Telangana")
            first = word[0].lower()
            if len(first) == 1:
                chars[match.start()] = first
    return "".join(chars)


HEADING_MIN_WORDS = 3
_HEADING_END = re.compile(r"[.!?:;,\u2026]$")


def stopped_headings(text: str) -> str:
    """``text`` with a full stop where each heading line ends: the first of the two line breaks
    after a line of 3+ words (at most :data:`TITLE_CASE_MAX_WORDS`) that no punctuation closes.
    en_core_web_sm learnt from sentences that end with a stop: without one, a headline's last
    noun is read as a verb ("Somalia hails ICJ ruling": "ICJ ruling" as "the ICJ is ruling"),
    and its statement is lost. Same length, same offsets (:func:`restored` gives the line break back).

    >>> stopped_headings("Somalia hails ICJ ruling\\n\\nThe court ruled on Tuesday.\\n\\nMore text")
    'Somalia hails ICJ ruling.\\nThe court ruled on Tuesday.\\n\\nMore text'
    """
    chars = list(text)
    for match in _LINE.finditer(text):
        line, end = match.group().rstrip(), match.end()
        if not text.startswith("\n\n", end) or _HEADING_END.search(line):
            continue
        if HEADING_MIN_WORDS <= len(_WORD.findall(line)) <= TITLE_CASE_MAX_WORDS and line == match.group():
            chars[end] = "."
    return "".join(chars)


# a list item's bullet at the start of a line ("• Kim and Moon have signed ..."): page layout
_BULLET = re.compile(r"(?m)^[ \t]*([\u2022\u25cf\u25aa\u25e6\u2023\u00b7])(?=[ \t]+\S)")


def blank_bullets(text: str) -> str:
    """``text`` with each line's leading bullet replaced by a line break: the parser read "•" as a
    word of the sentence (a subject beside the real one, dev moon-kim-panmunjom-summit-2018: "•
    Kim Jong Un and Moon Jae-in have jointly signed" gave no statement) and, one line break above
    it, ran the item into the line before. Same length, same offsets (:func:`restored` gives the
    bullet back as a word of no role).

    >>> blank_bullets("Leaders meet.\\n• Kim and Moon signed a deal.")
    'Leaders meet.\\n\\n Kim and Moon signed a deal.'
    """
    return _BULLET.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + "\n", text)


def restored(doc: Doc, text: str) -> Doc:
    """``doc`` (a parse of a sentence-cased ``text``) with the words of ``text`` and the same analysis.

    A whitespace token that covers a blanked wire dateline (:mod:`kg.nlp.dateline`) gets the
    dateline's words back as words of no role (tagged ``X``, ``dep`` of the root of the sentence
    that follows), so the lead sentence begins at its dateline, as in the text.
    """
    if doc.text == text:
        return doc
    array = doc.to_array(_ATTRS)
    if not any(t.is_space and not text[t.idx : t.idx + len(t.text_with_ws)].isspace() for t in doc):
        words = [text[t.idx : t.idx + len(t)] for t in doc]
        original = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
        original.from_array(_ATTRS, array)
        return original
    return _restored_datelines(doc, text, array)


def _restored_datelines(doc: Doc, text: str, array: numpy.ndarray) -> Doc:
    strings = doc.vocab.strings
    words: list[str] = []
    spaces: list[bool] = []
    rows: list[numpy.ndarray] = []
    heads: list[int | tuple[str, int]] = []  # new index of each head; ("old", i) until known
    new_of: dict[int, int] = {}
    head_col = _ATTRS.index(HEAD)
    for t in doc:
        chunk = text[t.idx : t.idx + len(t.text_with_ws)]
        if not t.is_space or chunk.isspace():
            new_of[t.i] = len(words)
            words.append(text[t.idx : t.idx + len(t)])
            spaces.append(bool(t.whitespace_))
            rows.append(array[t.i].copy())
            heads.append(("old", t.head.i))
            continue
        after = next((u for u in doc[t.i + 1 :] if not u.is_space), None)
        anchor = ("old", after.sent.root.i) if after is not None else ("old", t.head.i)
        first = True
        for word, space in _pieces(chunk):
            row = array[t.i].copy()
            if first and word.isspace():  # the line break before the dateline: the token it was
                head = ("old", t.head.i)
            elif word.isspace():
                head = anchor
            else:
                row[_ATTRS.index(TAG)] = strings.add("XX")
                row[_ATTRS.index(POS)] = _POS_X
                row[_ATTRS.index(LEMMA)] = strings.add(word)
                row[_ATTRS.index(DEP)] = strings.add("dep")
                row[_ATTRS.index(ENT_IOB)] = 2  # O
                row[_ATTRS.index(ENT_TYPE)] = 0
                head = anchor
            if first:
                new_of[t.i] = len(words)
            first = False
            words.append(word)
            spaces.append(space)
            rows.append(row)
            heads.append(head)
    for index, head in enumerate(heads):
        target = new_of[head[1]] if isinstance(head, tuple) else head
        rows[index][head_col] = numpy.uint64(target - index) if target >= index else numpy.uint64(2**64 + target - index)
    original = Doc(doc.vocab, words=words, spaces=spaces)
    original.from_array(_ATTRS, numpy.array(rows, dtype=numpy.uint64))
    return original


def _pieces(chunk: str) -> list[tuple[str, bool]]:
    """``chunk`` (a token's text and its trailing space) as spaCy words: (word, trailing space)."""
    pieces: list[tuple[str, bool]] = []
    for match in re.finditer(r"\S+|\s+", chunk):
        part = match.group()
        if part.isspace() and pieces and not pieces[-1][1] and not pieces[-1][0].isspace() and part[0] == " ":
            pieces[-1] = (pieces[-1][0], True)
            part = part[1:]
        if part:
            pieces.append((part, False))
    return pieces
