"""Wire datelines kept out of the parse of the lead sentence they open.

A story's first paragraph often opens with the wire dateline glued to its first sentence:
"MOSCOW (Reuters) – Armenia's prime minister criticised Russia", "PORT-AU-PRINCE, Haiti (AP) — An
armoured vehicle ...", "TORONTO — Canada expelled ...". The parser reads the place as a second
subject or as the subject itself ("TORONTO expel ..."), and the lead sentence, which carries the
story's core statements, is lost or wrong. The page cleaner (:mod:`kg.ingest.clean`, rule 6) cuts
a spaced dateline from the first body paragraph of a page it reads; this module covers the rest
without changing the text: a dateline below a standfirst or a kept headline ("TORONTO  —" in
india-canada-diplomat-row, "QUITO, Ecuador (AP) —" in ecuador-mexico-embassy-raid), one whose
hyphen is glued to the sentence ("NIAMEY (Reuters) -Niger's" in niger-coup-france-ambassador), and
any text handed to the pipeline as it is (:func:`kg.pipeline.extract_text`; raw dev pages of
armenia-russia-rift, haiti-kenya-police-mission, nepal-genz-protests, us-china-trade,
canada-china-diplomat-expulsion open the same way).

:func:`blank_datelines` gives the text with each such dateline replaced by line breaks, the
same length, so the parser sees the sentence alone; everything else reads the original text: the
offsets are the same, :func:`kg.nlp.truecase.restored` gives the parse its original words back
(the dateline's words as words of no role, in the sentence they open), and document dates
(:mod:`kg.events.dates`) read the dateline from the text as before.

Only a dateline at the start of a line, or right after the page's own date stamp there ("date
2021-02-01 PRISTINA, Kosovo (AP) — ...": kosovo-israel-recognition-2021): perhaps an agency first
("(ANSA) – ROME, JUL 14 –", tunisia-eu-migration-deal-2023), a place written in capitals ("MOSCOW", "PORT-AU-PRINCE"),
perhaps its region after a comma (", Haiti", ", EC"), perhaps the day ("WASHINGTON, Nov 26
(Reuters) –", issue 18's wire forms), perhaps the agency in brackets ("(Reuters)"),
then a dash (or, after the agency, a colon: "MOSCOW, March 20 (Xinhua): ...", xi-putin-moscow-visit-2023,
as :mod:`kg.events.dates` already reads such a dateline), then the sentence, starting with a capital, a digit or a quote. Without an agency or
a region the dash must be a long one ("—", "–", "--") or a hyphen between spaces; without an
agency the place must have three letters or more ("UN —" is no dateline); "US — and its allies" (lower case after the dash) and a Title
Case headline word ("Breaking — ...") are not datelines.
"""

from __future__ import annotations

import re

_PLACE_WORD = r"[A-Z][A-Z'’.]*(?:-[A-Z][A-Z'’.]*)*"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[A-Za-z]{0,6}\.?"
_DATELINE = re.compile(
    rf"""(?m)^[ \t]*(?:date[: \t]+\d{{4}}-[01]\d(?:-[0-3]\d)?[ \t]+)?  # the page's own date stamp may come first
    (?P<dateline>
      (?P<lead>\([A-Z][A-Za-z]{{1,12}}\)[ \t]*(?:--|[–—]|-)[ \t]*)?
      (?P<place>{_PLACE_WORD}(?:[ /]{_PLACE_WORD}){{0,3}})
      (?P<region>,[ \t]*(?!(?i:{_MONTH})[ \t]*\d)[A-Z][A-Za-z.'’]*(?:[ \t][A-Z][A-Za-z.'’]*){{0,2}})?
      (?P<date>,[ \t]*(?i:{_MONTH})[ \t]*\d{{1,2}}(?:,[ \t]*\d{{4}})?)?
      (?P<agency>[ \t]*\([A-Z][A-Za-z .&/'’-]{{0,28}}\))?
      [ \t]*(?P<dash>--|[–—]|-|:)
    )
    (?=[ \t]*["“‘'(\d\w])""",
    re.VERBOSE,
)


_DATE_STAMP = re.compile(r"(?m)^[ \t]*(?P<stamp>date[: \t]+\d{4}-[01]\d-[0-3]\d)(?=[ \t]+\S)")
"""A page's own date stamp glued to the line it opens, a headline or the lead sentence ("date
2021-02-01 Myanmar's Military Stages Coup, ...": myanmar-coup-2021; "date 2023-05-08 Canada Expels
Chinese Diplomat ...": canada-china-diplomat-expulsion): the parser took "date" for the subject or
the head of the line. Blanked like a wire dateline; the document's date is read from the text
(:mod:`kg.events.dates`)."""


_AGENCY_TAG = re.compile(
    r"(?m)^[ \t]*(?:date[: \t]+\d{4}-[01]\d-[0-3]\d[ \t]+)?"
    r"(?P<tag>\([A-Z][\w.&'’-]*(?:[ \t][A-Z][\w.&'’-]*){0,2}\)[ \t]*(?:--|[–—]|-)?)(?=[ \t]*[\"“‘A-Z])"
)
"""An agency alone in brackets opening a line, with or without a dash: "(MENAFN) On Tuesday,
Azerbaijan's Foreign Ministry ..." (news-dev azerbaijan-france-diplomat-expulsions-2023, after the
page's date stamp), "(RT) – Turkey backstabbed Russia ..." (turkey-russia-jet-shootdown-2015): the
parser made the agency a subject or an apposition of it. Blanked like a wire dateline."""


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each wire dateline opening a line of ``text``, dash included."""
    spans = []
    for match in _DATELINE.finditer(text):
        place, dash = match.group("place"), match.group("dash")
        after = text[match.end() :].lstrip(" \t")
        if not after or not (after[0].isupper() or after[0].isdigit() or after[0] in "\"“‘'("):
            continue  # "US — and its allies": the sentence goes on, no dateline
        if dash == ":" and not match.group("agency"):
            continue  # "MOSCOW, March 20 (Xinhua): Xi met ...": a colon ends a dateline only after its agency
        if sum(c.isalpha() for c in place) < 3 and not (match.group("agency") or match.group("lead")):
            continue  # "US —", "UN —": a short name in capitals is no wire place without its agency
        if dash == "-" and not (match.group("agency") or match.group("region") or match.group("date")):
            if not text[match.end() : match.end() + 1].isspace() or not text[match.start("dash") - 1].isspace():
                continue  # "BREAK-Through": a hyphen is a dateline's dash only between spaces
        spans.append((match.start("dateline"), match.end("dateline")))
    spans += [(m.start("stamp"), m.end("stamp")) for m in _DATE_STAMP.finditer(text)]
    taken = {start for start, _ in spans}
    spans += [(m.start("tag"), m.end("tag")) for m in _AGENCY_TAG.finditer(text) if m.start("tag") not in taken]
    return sorted(spans)


def blank_datelines(text: str, spans: list[tuple[int, int]] | None = None) -> str:
    """``text`` with its wire datelines replaced by line breaks: the same length and offsets.

    Line breaks, not spaces: a blank line ends a sentence (:func:`kg.nlp.model.paragraph_breaks`),
    so the lead sentence starts after the dateline even when only one line break separates it
    from the headline above, which the parser would otherwise run into it.

    >>> blank_datelines("Headline\\nMOSCOW (Reuters) – Russia said on Friday ...")
    'Headline\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n Russia said on Friday ...'
    """
    spans = dateline_spans(text) if spans is None else spans  # ``spans``: found in the text this is a copy of
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = "\n" * (end - start)
    return "".join(chars)
