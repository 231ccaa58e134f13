"""Page furniture removal: scraped news carries share buttons, cookie notices, related-article
lists and headlines that would turn into bogus statements. :func:`clean_text` works line by line
(a line is a paragraph), with the phrase lists of ``kg/data/furniture.json``. In this order, it:

0. joins a line that does not end a sentence with the next when that one goes on in lower case
   (a paragraph broken in mid-sentence);
1. ends the article at a "related articles" marker line (the whole line, punctuation ignored:
   "Related News", "Read more", "Mga Kaugnay na Artikulo") once a body paragraph was kept: the
   marker and all after it go, unless the story goes on after a few teaser lines (two paragraphs
   in a row within ten lines: a box set inside the story, whose marker and teasers alone go).
   Before any body paragraph a marker line is just dropped. A box that says where it ends (the
   marker, then "list of 3 items" ... "end of list", as screen readers are told on Al Jazeera
   pages) ends only itself: the article goes on after it;
2. drops share / follow / subscribe / cookie lines: those starting with a furniture prefix
   ("Share this", "We use cookies", "©") or containing a cookie/legal phrase, and lines without
   sentence-final punctuation made only of widget words ("Share & Engage Share", "Accept all")
   or naming a channel ("Join ... WhatsApp group");
3. drops lines in another language: mostly non-Latin letters, or 4+ words (8+ for a line that
   ends like a sentence) of which under 10% are English function words and a quarter (two at
   least) are function words of one other Latin-script language (spaCy's stop-word lists). A
   headline has few function words of any language ("Canada expels Chinese diplomat accused of
   bullying lawmaker", "Gabon officers declare military coup"): it is English text, kept;
4. drops a repeat (case and punctuation ignored) of the title or of a kept paragraph;
5. drops headings: lines of under 25 words that do not end in ``. ! ? …`` (closing quotes or
   brackets after it allowed; ``:`` is not an end). The first one before any body paragraph
   becomes the title, or the first one of 4+ words when the first is shorter (a site or section
   name: "Middle East", then the headline). A section heading of 4+ words (not ending in ``:``)
   between body paragraphs is kept: the gold reads subheadings as statements ("US reduces tariff
   rate on China": us-china-trade; "Aliyev Does Not Rule Out Joint Appeal ...":
   armenia-azerbaijan-peace); one after the last body paragraph is not (a related list's
   headlines). The page's last line is no heading when it has 8+ words and follows body text:
   the page was cut in mid-sentence (excerpts; seven news-dev pages with statements in that
   line, in india-pakistan-2025, north-korea-russia, venezuela-us, israel-hezbollah-lebanon).
   A text with no body paragraph at all (a list of headlines) keeps them. A photo caption (a line
   ending with its credit, "... Photo: Reuters") is kept but begins no body: the headline and
   standfirst below captions are still the lead;
6. cuts a dateline or headline glued before the first body sentence: 1-4 capitalised words,
   an optional ", Nov 26" and "(Reuters)", then ``:`` or a spaced dash ("BEIJING, Nov 26 -",
   "China: Despite ...").

Kept lines lose surrounding whitespace, control characters, terminal colour codes and invisible
format characters (zero-width spaces, bidi overrides), are otherwise unchanged, and are joined
with one blank line (``"\\n\\n"``) whatever the spacing of the input.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.util import find_spec, module_from_spec, spec_from_file_location
from pathlib import Path
from types import ModuleType

PARAGRAPH_SEPARATOR = "\n\n"

# Control characters (text lines keep their tabs), terminal colour codes ("\x1b[31m"), and the
# invisible format characters that glue or flip words: zero-width spaces and joiners, bidi
# overrides and isolates, word joiners, BOMs, soft hyphens.
_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)

# A photo's caption ends with its credit ("... in Vancouver in March. Photo: Reuters"): it is kept, but a
# page that opens with captions has not begun its story, so the headline and standfirst after them are
# still its lead (session 47: dev canada-china-meng-wanzhou-arrest-2018 and lula-xi-beijing-visit-2023,
# South China Morning Post pages that had lost their headline and standfirst, each with core statements).
_CAPTION = re.compile(r"\b(?:Photo|Photos|Image|Picture|File photo|Photograph)(?:\s+credit)?\s*:\s*[A-Z][^.!?:]{0,40}$")

_OPENING_QUOTES = "\"\u201c\u2018'"
QUOTE_INTRO_MIN_WORDS = 2  # "Coale said:" before a quotation is a clause; "READ:" is a label

HEADLINE_MIN_WORDS = 4  # "Trump hosts Aliyev" is a headline to read; "World News" is not
HEADING_MAX_WORDS = 25

CUT_MIN_WORDS = 8
"""A page's last line of this many words, after the body, is a paragraph the page cut short
("... Lavrov arrived from Malaysia where he attended ASEAN meetings and will next"), not a heading."""

FOREIGN_MIN_WORDS = 4  # a heading-like line

FOREIGN_MIN_WORDS_SENTENCE = 8  # a short English sentence may have no function word

FOREIGN_MAX_STOPWORD_SHARE = 0.10

FOREIGN_MIN_OTHER_SHARE = 0.25
"""Share of a line's words that must be function words of one other language for it to be read as
that language (a Tagalog or Spanish sentence runs at 30-50 %; an English headline has almost none)."""

OTHER_LANGUAGES = ("tl", "es", "fr", "de", "pt", "it", "nl", "id", "tr", "pl", "ro", "sv", "da", "nb", "cs", "hu", "ca", "hr")
"""Latin-script languages whose spaCy stop-word lists tell a foreign line from an English headline
(the sample corpus has a Filipino site frame). Lists of over 1,000 words (Lithuanian) are left out:
they take English-looking words and names for function words."""

_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019\u00bb)\]]*$")

_DATELINE = re.compile(
    r"^[A-Z][\w.'\u2019/-]*(?:\s+[A-Z][\w.'\u2019/-]*){0,3}"  # 1-4 capitalised words ("Washington/Beijing")
    r"(?:\s*,\s*[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}(?=\s*[,(\u2013\u2014-]))?"  # optional ", South Korea"
    r"(?:\s*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"  # optional ", Nov 26, 2025"
    r"(?:\s*\([^)]{1,40}\))?"  # optional "(Reuters)"
    r"(?::\s+|\s*[\u2013\u2014]\s*|\s+-{1,2}\s+|\s*--\s*)(?=[A-Z\"\u201c])"
)

# A box a screen reader announces and closes ("Recommended Stories" / "list of 3 items" ... "end of
# list", as on Al Jazeera pages): the article goes on after its end.
_LIST_START = re.compile(r"list of \d+ items?", re.IGNORECASE)
_LIST_END = re.compile(r"end of list$", re.IGNORECASE)

_BEYOND_LATIN = re.compile("[\u0250-\U0010ffff]")

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


@dataclass(frozen=True)
class _Furniture:
    related_markers: frozenset[str]
    widget_words: frozenset[str]
    prefixes: re.Pattern[str]
    phrases: re.Pattern[str]
    heading_phrases: re.Pattern[str]
    stopwords: frozenset[str]
    other_stopwords: tuple[frozenset[str], ...]  # one per language of OTHER_LANGUAGES


def _phrase_pattern(phrases: Sequence[str], *, anchored: bool) -> re.Pattern[str]:
    """One regex for a phrase list; a phrase ending in a letter or digit must end a word."""
    if not phrases:
        return re.compile(r"(?!)")
    alternatives = "|".join(re.escape(p) + (r"(?!\w)" if p[-1].isalnum() else "") for p in phrases)
    return re.compile(("^" if anchored else r"(?<!\w)") + f"(?:{alternatives})", re.IGNORECASE)


@cache
def _furniture() -> _Furniture:
    """The phrase lists of ``kg/data/furniture.json``, read once, on first use."""
    raw = json.loads((resources.files("kg") / "data" / "furniture.json").read_text(encoding="utf-8"))
    lists = {key: value["phrases"] for key, value in raw.items() if not key.startswith("_")}
    return _Furniture(
        related_markers=frozenset(_key(p) for p in lists["related_markers"]),
        widget_words=frozenset(p.lower() for p in lists["widget_words"]),
        prefixes=_phrase_pattern(lists["furniture_prefixes"], anchored=True),
        phrases=_phrase_pattern(lists["furniture_phrases"], anchored=False),
        heading_phrases=_phrase_pattern(lists["heading_furniture"], anchored=False),
        stopwords=(english := frozenset(p.lower() for p in lists["english_stopwords"])),
        other_stopwords=tuple(_stop_words(code, english) for code in OTHER_LANGUAGES),
    )


def _stop_words(language: str, english: frozenset[str]) -> frozenset[str]:
    """spaCy's stop words of a language, less English ones and one-letter words ("a", "i", "e").

    Only the ``stop_words.py`` file of each language is loaded: importing ``spacy.lang.<code>``
    runs the whole language package (tokenizer exceptions, lemmatiser tables), two seconds for the
    eighteen languages at every start."""
    words = _stop_word_module(language).STOP_WORDS - _stop_word_module("en").STOP_WORDS
    return frozenset(w.lower() for w in words if len(w) > 1) - english


@cache
def _stop_word_module(language: str) -> ModuleType:
    path = Path(find_spec("spacy").origin).parent / "lang" / language / "stop_words.py"
    spec = spec_from_file_location(f"_kg_stop_words_{language}", path)
    module = module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _key(line: str) -> str:
    """A line compared case- and punctuation-blind (for markers and repeats)."""
    return " ".join(re.sub(r"[^\w&]+", " ", line.lower()).split())


def _is_furniture(line: str, sentence: bool, rules: _Furniture) -> bool:
    if rules.prefixes.search(line) or rules.phrases.search(line):
        return True
    if sentence:
        return False
    words = re.findall(r"\w+|&", line.lower())
    return all(w in rules.widget_words for w in words) or bool(rules.heading_phrases.search(line))


def _is_foreign(line: str, sentence: bool, rules: _Furniture) -> bool:
    """Mostly non-Latin letters, or few English function words and many of one other language.

    >>> rules = _furniture()
    >>> _is_foreign("Sinabi ng pamahalaan na dapat bawiin ng Hapon ang kanyang mga pahayag.", True, rules)
    True
    >>> _is_foreign("Velmar officers declare military coup, President Ostrov detained", False, rules)
    False
    """
    if _mostly_non_latin(line):
        return True
    words = _WORD.findall(line.lower().replace("\u2019", "'"))
    if len(words) < (FOREIGN_MIN_WORDS_SENTENCE if sentence else FOREIGN_MIN_WORDS):
        return False
    if sum(w in rules.stopwords for w in words) >= FOREIGN_MAX_STOPWORD_SHARE * len(words):
        return False
    other = max(sum(w in language for w in words) for language in rules.other_stopwords)
    return other >= max(2, FOREIGN_MIN_OTHER_SHARE * len(words))


def _mostly_non_latin(line: str) -> bool:
    """More than half the letters are beyond Latin script (U+024F).

    Only the characters past U+024F are looked at one by one (a regex finds them), and the
    letters are counted only when there are some: a per-character loop over every line was a
    quarter of a cached re-build's time.

    >>> _mostly_non_latin("Китай призвал Японию"), _mostly_non_latin("Tokyo’s “reply” — 東京"), _mostly_non_latin("2025")
    (True, False, False)
    """
    beyond = sum(c.isalpha() for c in _BEYOND_LATIN.findall(line))
    return beyond > 0 and beyond * 2 > sum(c.isalpha() for c in line)


def clean_text(raw: str) -> tuple[str, str | None]:
    """(body text with page furniture removed, title or None). The rules: the module docstring.

    >>> clean_text("Big Headline\\nShare this\\nBEIJING - China urged Japan to act.\\nRelated News\\nOther story")
    ('China urged Japan to act.', 'Big Headline')
    """
    body, title, _ = clean_paragraphs(raw)
    return body, title


def _breadcrumb_of(first: str, heading: str) -> bool:
    """Whether ``first`` is ``heading`` behind a site's navigation trail ("Home World Asia News",
    "Home »", "•"): a page that repeats its headline under such a line gives the headline twice,
    and the parser reads the trail into the headline's sentence (nine of session 24's 573 dev pages,
    each in a story of its own). A prefix with a digit may be the page's date stamp, which stays
    where it is."""
    if _short(heading) or not first.endswith(heading) or first == heading:
        return False
    trail = first[: -len(heading)]
    return trail[-1:].isspace() and not any(ch.isdigit() for ch in trail)


def clean_paragraphs(raw: str) -> tuple[str, str | None, int]:
    """:func:`clean_text`, plus how many lines were dropped as another language."""
    rules = _furniture()
    foreign = 0
    title: str | None = None
    kept: list[str] = []
    headings: list[str] = []
    seen: set[str] = set()
    section: list[str] = []  # headings of 4+ words since the last body paragraph
    lead: list[str] = []  # headings of 4+ words before the body (the headline among them)
    lines = _joined_lines(_CONTROL.sub("", original).strip() for original in raw.splitlines())
    closed_box = False
    body = False  # a body paragraph was kept (a photo caption is kept but starts no body)
    resume = 0  # the line a story goes on at after a related-articles box inside it
    for index, line in enumerate(lines):
        if closed_box:
            closed_box = not _LIST_END.search(line)
            continue
        if index < resume:
            continue  # the teasers of a related-articles box set inside the story
        key = _key(line)
        if key in rules.related_markers:
            if body and (resume := _story_resumes(lines, index, rules)) > index:
                continue
            if body and not _LIST_START.match(lines[index + 1] if index + 1 < len(lines) else ""):
                break
            closed_box = body
            continue
        sentence = bool(_SENTENCE_END.search(line)) or _introduces_list(line)
        if _is_furniture(line, sentence, rules) or key in seen:
            continue
        if _is_foreign(line, sentence, rules):
            foreign += 1
            continue
        seen.add(key)
        if _CAPTION.search(line):
            kept.append(line)
            continue
        cut = body and index == len(lines) - 1 and len(line.split()) >= CUT_MIN_WORDS  # the page stops mid-sentence
        if not sentence and not cut and len(line.split()) < HEADING_MAX_WORDS:
            if not body and title is not None and _breadcrumb_of(title, line):
                lead = [line if heading == title else heading for heading in lead]
                title = line  # "Home World News Talks Resume in Doha", then "Talks Resume in Doha": the headline itself
            if not body and (title is None or _short(title) and not _short(line)):
                title = line  # the first heading before the body, or its first of 4+ words ("Middle East", then the headline)
            if not body and not _short(line) and line not in lead and (line == title or _sentence_case(line, rules.stopwords)):
                lead.append(line)
            headings.append(line)
            if body and not _short(line) and not line.endswith(":"):
                section.append(line)
            continue
        kept.extend(section)  # section headings go in with the body that follows them
        section.clear()
        kept.append(_DATELINE.sub("", line, count=1) if not body else line)
        body = True
    if body or kept:
        # the headline is the story's first statement (news/GUIDELINES.md: not furniture), and so is
        # every heading of 4+ words in sentence case before the body, in page order: a headline below
        # a line taken for the title (the page's date stamp line, india-canada-diplomat-row) or a
        # standfirst (niger-coup-france-ambassador, madagascar-genz-coup): each carries a core
        # statement of the dev gold. A Title Case kicker ("Diplomatic Discussions in Beijing") is not read.
        kept[:0] = lead
    return PARAGRAPH_SEPARATOR.join(kept or headings), title, foreign


INLINE_BOX_LINES = 10  # lines after a related-articles marker searched for the story going on
STORY_PARAGRAPH_WORDS = 12


def _story_resumes(lines: Sequence[str], marker: int, rules: _Furniture) -> int:
    """The line at which the story goes on after a related-articles marker set inside it ("Also
    read", "READ MORE:", "RECOMMENDED" and a few teaser headlines, then the story's next paragraphs),
    or -1 when the marker ends the article. The story goes on where two paragraphs in a row follow
    within :data:`INLINE_BOX_LINES` lines and no line before them is page furniture or another
    language: a list of related stories is headlines, or a headline and a one-paragraph summary
    each, and its items carry their widgets (the sample corpus's Filipino frame: "Larawang ginawa ng
    AI" between the summaries). Session 47: dev armenia-russia-rift, hong-kong-extradition-protests-2019,
    ethiopia-eritrea-sea-access and canada-china-diplomat-expulsion pages lost the rest of the story
    at such a box.

    >>> rules = _furniture()
    >>> page = ["Talks began in Accra on Monday with both delegations present.", "Also read",
    ...         "Togo recalls envoy", "The two sides met again on Tuesday for a second round of talks in Accra.",
    ...         "Officials said a draft text had been agreed by both teams late on Tuesday night."]
    >>> _story_resumes(page, 1, rules), _story_resumes(page[:4], 1, rules)
    (3, -1)
    """
    ahead = list(enumerate(lines[marker + 1 : marker + 1 + INLINE_BOX_LINES], start=marker + 1))
    for (at, line), (_, following) in zip(ahead, ahead[1:]):
        sentence = bool(_SENTENCE_END.search(line))
        if _is_furniture(line, sentence, rules) or _is_foreign(line, sentence, rules):
            return -1
        if _story_paragraph(line) and _story_paragraph(following):
            return at
    return -1


LIST_INTRO_MIN_WORDS = 12


def _introduces_list(line: str) -> bool:
    """A sentence that ends in a colon to introduce a list ("At the end of the visit, the two
    leaders signed a five-point agreement, the summaries read as follows:"): a sentence of the
    story, where a short line ending so ("Other measures include:") is a heading (session 47: dev
    ethiopia-eritrea-peace-2018, whose gold reads that sentence).

    >>> _introduces_list("After the talks, the two ministers signed a three-point plan, which reads as follows:")
    True
    >>> _introduces_list("Other measures include:")
    False
    """
    return line.endswith(":") and len(line.split()) >= LIST_INTRO_MIN_WORDS


def _story_paragraph(line: str) -> bool:
    """A line that reads as a paragraph of the story: a sentence of some length, not a list item."""
    return bool(_SENTENCE_END.search(line)) and len(line.split()) >= STORY_PARAGRAPH_WORDS and line[:1] not in "*•-"


def _sentence_case(heading: str, stopwords: frozenset[str]) -> bool:
    """A heading written as a sentence: some word of 3+ letters, no function word, in lower case
    ("Canada expels Indian diplomat as ..."), unlike a Title Case kicker or section name."""
    return any(w[0].islower() and len(w) > 2 and w not in stopwords for w in _WORD.findall(heading))


def _short(heading: str) -> bool:
    """Too short to be a headline: a section or site name ("Middle East", "Particle.news")."""
    return len(heading.split()) < HEADLINE_MIN_WORDS


def _joined_lines(lines: Iterable[str]) -> list[str]:
    """The non-empty lines, a line that does not end a sentence joined with the next when that one
    goes on in lower case: one paragraph broken in mid-sentence, which would otherwise be read as a
    heading (and dropped) and a fragment. A next line in capitals stays apart: a heading can be
    followed by a sentence, and a name by a cut cannot be told from a new paragraph.

    So is a line that ends in a colon before a line that opens a quotation: "Bialiatski said:" and
    the words he said are one sentence, which would otherwise lose its speaker to the heading rule
    (session 47: dev belarus-prisoner-release, uk-eu-windsor-framework-2023, serbia-student-protests).
    A short label ("READ:") is no clause and stays apart.

    >>> _joined_lines(["Officials said the talks", "would resume in May.", "", "Next Steps", "follow"])
    ['Officials said the talks would resume in May.', 'Next Steps follow']
    >>> _joined_lines(["After the vote, Mensah said:", "\u201cWe will appeal.\u201d", "READ:", '"Ghana votes"'])
    ['After the vote, Mensah said: \u201cWe will appeal.\u201d', 'READ:', '"Ghana votes"']
    """
    joined: list[str] = []
    for line in lines:
        if not line:
            continue
        if joined and line[0].islower() and not _SENTENCE_END.search(joined[-1]) and not _LIST_START.match(line):
            joined[-1] = f"{joined[-1]} {line}"
        elif joined and line[0] in _OPENING_QUOTES and joined[-1].endswith(":") and len(joined[-1].split()) >= QUOTE_INTRO_MIN_WORDS:
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def empty_reason(foreign: int) -> str:
    if foreign:
        return (f"not English: {foreign} paragraph(s) in another language and no English text "
                "(kg's pipeline reads English only)")  # fmt: skip
    return "empty: no text after removing page furniture"

_MD_RULES = [
    (re.compile(r"^ {0,3}(`{3,}|~{3,}).*?^ {0,3}\1[ \t]*$", re.MULTILINE | re.DOTALL), ""),  # code fences
    (re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S.*$", re.MULTILINE), ""),  # link reference definitions
    (re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])"), ""),  # images
    (re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])"), r"\1"),  # links -> their text
    (re.compile(r"^ {0,3}(?:[-*_][ \t]*){3,}$|^ {0,3}=+[ \t]*$", re.MULTILINE), ""),  # rules, setext underlines
    (re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE), r"\1"),  # headings
    (re.compile(r"^ {0,3}>[ \t]?", re.MULTILINE), ""),  # block quotes
    (re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.MULTILINE), ""),  # list markers
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])"), r"\2"),  # emphasis
    (re.compile(r"`([^`]+)`"), r"\1"),  # inline code
]


def markdown_to_text(markdown: str) -> tuple[str, str | None]:
    """Markdown -> plain text, and the title when the text opens with a ``# Title`` heading."""
    text = markdown
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    if not re.match(r"\s*#[ \t]", markdown):
        return text, None
    return text, next(line.strip() for line in text.splitlines() if line.strip())
