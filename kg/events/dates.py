"""When did it happen? Dates for documents and statements, with the precision the text gives.

A date is resolved only from the text and the document's own date, never from the clock: a
build run next year gives the same dates. Expressions are found by the rules below (tested in
``tests/test_dates.py``) and turned into calendar dates here (``dateparser`` is only the last
resort, for metadata dates in other forms: "2025/11/26", "26th of November, 2025"):

- absolute with a year ("24 November 2025", "Nov. 7, 2025", "2025-11-14", "February 2022",
  "in 2022", "in mid-2017") need no document date;
- a day and month without a year ("November 24", "on Oct. 30") take the year that puts them
  nearest to the document date; without a document date they stay unknown;
- relative expressions ("on Thursday", "Monday (24) night", "yesterday", "last week",
  "last month", "three days ago") are counted from the document date and need it to the day (a
  weekday in a sentence about the future counts forward; "a month ago", "a year ago" need its month);
- a week is reported at the precision it really has: the month when the whole week lies in one
  month, else the year, else unknown. Precision is one of ``day``, ``month``, ``year``.

The document date comes from its metadata (JSONL ``date``, HTML metadata) or, failing that, a
dateline at the top of the text ("BEIJING, Nov 26, 2025 –", "date 2025-11-14").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

PRECISIONS = ("day", "month", "year")
GMONTHDAY = re.compile(r"--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")
"""A month-day with no year ("--11-26", xsd:gMonthDay): a wire dateline's date when the page gives no year."""

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

# Longest, most specific patterns first: at one position the first alternative that matches wins.
# Month and weekday names are matched capitalised only ("may", "march" are verbs too). "since
# December" dates nothing: it says when a state began ("had been sheltering there since December"),
# not when the sentence's act happened; on news-dev (session 14) it dated 4 rows, all wrong, an
# arrest and a breaking of ties in April given the December of a relative clause
# (ecuador-mexico-embassy-raid, four pages); no right date came from it ("since 2020" never did).
_EXPRESSIONS = re.compile(
    rf"""
    (?P<iso>\b{_YEAR}-[01]\d-[0-3]\d\b)
  | (?:\b{_WEEKDAY},?\s+)?(?P<mdy>\b{_MONTH}\s+{_DAY}\b(?:,?\s+(?P<mdy_year>{_YEAR})\b)?)
  | (?:\b{_WEEKDAY},?\s+)?(?P<dmy>\b{_DAY}\s+{_MONTH}(?:,?\s+(?P<dmy_year>{_YEAR})\b)?)
  | (?P<my>\b{_MONTH}\s+(?P<my_year>{_YEAR})\b)
  | (?P<weekday>\b{_WEEKDAY}\b(?:\s*\(?(?P<weekday_day>{_DAY})\)?)?)
  | (?P<relative>\b(?i:yesterday|today|the\s+day\s+before|(?:last|this|next|past)\s+(?:week|month|year)|(?:over|at)\s+the\s+weekend|(?:last|past)\s+weekend)\b)
  | (?P<ago>\b(?i:(?P<ago_count>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+(?P<ago_unit>day|week|month|year)s?\s+ago)\b)
  | (?P<in_year>\b(?:(?i:in|during|early|late|mid)\s+|(?i:(?:in\s+)?mid)-)(?P<in_year_year>{_YEAR})\b)
  | (?P<during_year>\b(?i:during)\s+(?:(?:the|an?|its|his|her|their|[A-Z][\w.-]*['’]s)\s+){{1,2}}(?P<during_year_year>{_YEAR})(?:\s*[-–]\s*(?:{_YEAR}|\d\d))?\b)
  | (?P<in_month>\b(?i:in|during|early|late|mid-?|last)\s+(?P<in_month_month>{_MONTH})(?![A-Za-z])(?!\s*(?:{_DAY}|{_YEAR})\b))
    """,
    re.VERBOSE,
)
_DATELINE = re.compile(
    rf"^\s*(?:date[:\s]+(?P<iso>{_YEAR}-[01]\d-[0-3]\d)|[A-Z][A-Za-z .'-]{{1,40}},\s*(?P<md>{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?)\s*[-–—(/])",
)


@dataclass(frozen=True)
class DateValue:
    """A calendar date and how much of it the text gave: ``2025-11`` is month precision."""

    date: dt.date
    precision: str  # "day" | "month" | "year"

    @property
    def iso(self) -> str:
        """The public form: ``2025-11-24``, ``2025-11`` or ``2025`` (xsd:date / gYearMonth / gYear)."""
        if self.precision == "day":
            return self.date.isoformat()
        if self.precision == "month":
            return f"{self.date.year:04d}-{self.date.month:02d}"
        return f"{self.date.year:04d}"

    def compatible(self, other: DateValue) -> bool:
        """Could both name the same day? Compared at the coarser of the two precisions.

        >>> DateValue(dt.date(2025, 11, 24), "day").compatible(DateValue(dt.date(2025, 11, 1), "month"))
        True
        >>> DateValue(dt.date(2025, 11, 24), "day").compatible(DateValue(dt.date(2025, 11, 25), "day"))
        False
        """
        coarse = max(PRECISIONS.index(self.precision), PRECISIONS.index(other.precision))
        return _truncate(self.date, coarse) == _truncate(other.date, coarse)


def parse_date_value(text: str | None) -> DateValue | None:
    """A date as documents give it (metadata, datelines): ISO forms or plain English, with a year.

    >>> parse_date_value("2025-11-14").iso
    '2025-11-14'
    >>> parse_date_value("2025-11-14T08:30:00+09:00").iso
    '2025-11-14'
    >>> parse_date_value("Nov 26, 2025").iso
    '2025-11-26'
    >>> parse_date_value("May 2024").iso
    '2024-05'
    >>> parse_date_value("Nov 26") is None  # no year: a document date must be absolute
    True
    """
    if not text or not (text := " ".join(text.split())[:100]):
        return None
    match = re.fullmatch(rf"({_YEAR})(?:-([01]\d)(?:-([0-3]\d))?)?(?:[T ].*)?", text)
    if match:
        year, month, day = match.groups()
        try:
            if day:
                return DateValue(dt.date(int(year), int(month), int(day)), "day")
            if month:
                return DateValue(dt.date(int(year), int(month), 1), "month")
            return DateValue(dt.date(int(year), 1, 1), "year")
        except ValueError:
            return None
    if not re.search(_YEAR, text):
        return None
    return _calendar_value(text) or _rfc2822_value(text) or _dateparser_value(text, None)


def document_date(metadata_date: str | None, text: str) -> DateValue | None:
    """The document's own date: its metadata, else a dateline in the first line of the text.

    >>> document_date(None, "BEIJING, Nov 26, 2025 – China said ...").iso
    '2025-11-26'
    >>> document_date(None, "date 2025-11-14\\nTokyo protested ...").iso
    '2025-11-14'
    >>> document_date("2024-05-02", "BEIJING, Nov 26, 2025 – ...").iso  # metadata wins
    '2024-05-02'
    >>> document_date(None, "China and Japan held talks.") is None
    True
    """
    value = parse_date_value(metadata_date)
    if value is not None:
        return value
    match = _DATELINE.match(text[:200])
    if match:
        return parse_date_value(match.group("iso") or match.group("md"))
    return None


# "Originally published by Citizen Digital October 19, 2025", "First published on ..." (news-dev madagascar-genz-coup)
# "Published Date: 12:00 | 17 June 2018" (dev greece-macedonia-prespa-deal-2018: A News); not the "Modified
# Date:" below it, which is no publication date
_PUBLISHING_LABEL = r"(?:(?:originally|first)\s+(?:published|posted)|published|posted|updated|update|last\s+updated)(?:\s+date)?"
_STAMP_LABEL = rf"(?:{_PUBLISHING_LABEL}|date)"
_WEEKDAY_SHORT = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?"
# a time, also after a comma, and its zone ("5:04 PM", ", 16:58", "23:47, UK", "10:39 EST", "08:02 (UTC +04:00)"),
# perhaps with its seconds ("4:20:08 AM PDT", "8:02:25 PM": survey for issue 18, ABC7 New York and The Star TV)
# and a zone with its offset ("08:52 UTC+8": survey for issue 18, dates14: Shine); "@" stands for "at"
# ("Published: Thursday, June 15, 2017 @ 7:23 AM": session 51, dev otto-warmbier-release-2017); a wire's
# four-digit time, with its zone ("Published: 0139 GMT April 29, 2022", "BNA 0740 GMT 2018/10/03": session 53,
# dev erdogan-saudi-visit-2022, france-iran-bomb-plot-2018)
_TIME = (
    r"(?:,?\s*(?:at\s+|@\s*)?(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:,?\s*[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?|\s*\((?:UTC|GMT)[^)]{0,8}\))?"
    r"|(?:[01]\d|2[0-3])[0-5]\d\s+(?:GMT|UTC)))"
)
# a reading time before the stamp: "2 min read Last Updated : Jun 18 2020" (news-dev india-china-galwan-2020)
_READING = r"(?:\d{1,2}\s*min(?:ute)?s?\s+read\s*[|•·–—-]?\s*)"
# a byline or outlet before the stamp: "By - ", "By Jane Doe | ", "MEMO | ", "Site Admin | "
_BYLINE = r"(?:By\b[^|•·–—/-]{0,40}[|•·–—/-]\s*|[^|•·/\d]{1,40}[|/]\s*)"
# a dateline's place, with its country or state after a comma ("SEOUL, South Korea,"); never a weekday; the
# apostrophe may be the typographic one ("N’DJAMENA, Chad, Dec 17, 2004 (AP) —": survey for issue 18, dates14)
_PLACE = rf"(?!{_WEEKDAY}\b)[A-Z][A-Za-z .'’/-]{{1,40}}(?:,\s*[A-Z][A-Za-z .'’-]{{1,30}})?"
# a dateline's place in capitals, perhaps with its country ("KUCHING", "SEOUL, South Korea"); never a weekday
_CAPITALS = rf"(?!(?i:{_WEEKDAY})\b)[A-Z][A-Z .'’/-]{{1,40}}(?:,\s*[A-Z][A-Za-z .'’-]{{1,30}})?"
_STAMPS = [
    # "date 2025-11-14", "Published: 2025-11-14T08:30:00Z", a timestamp opening the page
    # also after a time ("08:52 UTC+8, 2025-02-26")
    re.compile(rf"^(?:.{{0,40}}?\b{_STAMP_LABEL}\b\s*:?\s*|{_TIME},?\s*)?(?P<iso>{_YEAR}-[01]\d-[0-3]\d)(?:[T ][\d:.+Z-]+)?\b", re.I),
    # "2024.08.05 / 11:25", "2024/08/05": the year first, with dots or slashes (dev mali-ukraine-ties-cut-2024:
    # Axar's stamp); never ambiguous, as a year-first date is always year, month, day
    re.compile(rf"^(?:.{{0,40}}?\b{_STAMP_LABEL}\b\s*:?\s*|{_TIME},?\s*)?(?P<ymd>{_YEAR}([./])[01]\d\2[0-3]\d)\b(?:\s*/)?{_TIME}?", re.I),
    # "14.11.2025 - Update : 14.11.2025", also after a time ("14:06 18.09.2023 - Voice of America":
    # news-dev iran-us-prisoner-swap-2023)
    re.compile(rf"^(?:.{{0,40}}?\b{_STAMP_LABEL}\b\s*:?\s*|{_TIME},?\s*)?(?P<dotted>[0-3]?\d\.[01]?\d\.{_YEAR})\b", re.I),
    # "21-05-2025", "27/01/2024", also glued to the outlet's name ("The Hindu21-05-2025"): day and
    # month are told apart only when one of them is over 12 (see _numeric); else no date is taken
    re.compile(rf"^[^\d|]{{0,40}}?(?P<numeric>[0-3]?\d([/-])[0-3]?\d\2{_YEAR}){_TIME}?\s*(?:$|[|•·–—-])"),
    # "Published: 3 December 2025", "Fri Nov 14 2025", "Nov 26, 2025 5:04 PM", "07:00 PM, Oct 10, 2025",
    # "Sunday 30 November 2025 23:47, UK", "27 November 2024, 16:58", "By - Feb 27,2025 - Last updated ...",
    # "MEMO | December 2, 2025", "Posted by Desk on January 20, 2025 - 9:49 am", "Published by: Friday, 16 May, 2025",
    # "On Wed, 13 Oct, 2021 09:52 | 2 mins read" (a weekday after "On": dev kenya-somalia-icj-maritime-2021, K24)
    # "Fri 10 Mar 2023 11.59 ESTFirst published on Fri 10 Mar 2023 04.31 EST": the page's two stamps run
    # together, the last edit's first (dev uk-france-small-boats-deal-2023: The Guardian's live pages)
    # "Posted on: July 29, 2017 | views: 37", "Posted at Jan 08 2020 04:32 PM" (dev sri-lanka-china-hambantota-lease-2017:
    # topnepalnews; indonesia-china-natuna-standoff-2020: ABS-CBN)
    re.compile(
        rf"^{_READING}?{_BYLINE}?(?:{_STAMP_LABEL}(?:\s+(?:on|at)\b)?(?:\s+by\b[^|:]{{0,40}}?)?\s*:?\s*(?:on\s+)?|on\s+(?=(?:{_WEEKDAY}|{_WEEKDAY_SHORT})\b))?{_TIME}?(?:,|\s*\|)?\s*(?:{_WEEKDAY}|{_WEEKDAY_SHORT})?,?\s*"
        rf"(?P<text>{_MONTH}\s+{_DAY}(?:,\s*|\s+){_YEAR}|{_DAY}\s+{_MONTH},?\s+{_YEAR}){_TIME}?\s*(?:$|[|•·–—-]|(?={_PUBLISHING_LABEL}\b))",
        re.I,
    ),
    # a stamp with a label or a time, then the page's furniture to the end of its line ("4 June 2018 10:06 am Views - 12",
    # "Published on 12 Jun 2011 View Original": survey for issue 18, dates14: Daily Mirror (Sri Lanka), ReliefWeb);
    # without a label or a time, a date and a few words ("4 June 2018 Kim met Moon") may be a headline: not taken
    re.compile(
        rf"^(?:(?P<label>(?i:{_STAMP_LABEL}))\s*(?:on\b)?\s*:?\s*)?(?P<tailed>{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+{_MONTH},?\s+{_YEAR})"
        rf"(?P<time>{_TIME})?\s+(?=[A-Z\d])[^.!?]{{1,20}}$"
    ),
    # a stamp with the outlet or agency credited after it, and perhaps a staff byline before it: "May 16, 2019
    # The Canadian Press", "CNA Staff, Sep 20, 2023 / 13:00 pm (CNA)." (dev canada-china-meng-wanzhou-arrest-2018,
    # armenia-karabakh-offensive-2023); the credit is a name, capitalised word by word, or a name in brackets,
    # and ends the line: "4 June 2018 Kim met Moon" is a headline
    re.compile(
        rf"^(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,3}}\s+Staff,?\s+)?(?P<credited>{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+{_MONTH},?\s+{_YEAR})"
        rf"(?:\s*/)?{_TIME}?\s+(?:\([A-Z][\w.&/ -]{{1,30}}\)\.?|(?:The\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,3}})$"
    ),
    # a wire dateline with a year: "BEIJING, Nov 26, 2025 (Reuters) –", "SEOUL, South Korea, Jan. 3, 2018 (UPI) --";
    # also day before month ("Prague, 10 October 2005 (RFE/RL) --") and a dash between the place and the date,
    # perhaps with the weekday ("Apia, Samoa – 6 March 2025 –", "Juno Beach - Thursday March 16, 2023:"):
    # surveys for issue 18, survey16: RFE/RL; survey17: WQCS; survey18: Talamua
    # Alone on its line too, perhaps with the time and the agency after it: "Juba - 13 Apr 2012", "Vatican City,
    # Mar 12, 2022 / 05:10 am (CNA)." (session 52: dev sudan-south-sudan-heglig-2012, nicaragua-vatican-nuncio-expulsion-2022:
    # Radio Tamazuj, CNA's copy on Becoming Catholic)
    re.compile(
        rf"^{_PLACE}(?:,\s*|\s+[-–—]\s+)(?:{_WEEKDAY},?\s+)?(?P<dateline>{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+{_MONTH},?\s+{_YEAR})"
        rf"(?:\s*(?:\([^)]{{1,30}}\))?\s*[-–—:]|(?:\s*/)?{_TIME}?\s*(?:\([^)]{{1,30}}\))?\.?$)"
    ),
    # the place's country, then the date with no comma between: "TBILISI, Georgia Aug. 12, 2008— --" (dev
    # russia-georgia-war-2008: ABC News)
    re.compile(rf"^{_CAPITALS}\s+(?P<dateline>{_MONTH}\s+{_DAY},?\s+{_YEAR})\s*(?:\([^)]{{1,30}}\))?\s*[-–—:]"),
    # the Russian agencies' dateline ends with a full stop: "MOSCOW, March 10, 2004. (RIA Novosti) -"
    re.compile(rf"^{_CAPITALS},\s*(?P<dateline>{_MONTH}\s+{_DAY},?\s+{_YEAR})\.\s"),
    # the agency and the date in brackets after the place: "BRUSSELS (Pakistan Point News / Sputnik - 01st October,
    # 2018)", "ISLAMABAD, (UrduPoint / Pakistan Point News - 1st Oct, 2018)" (dev chile-bolivia-icj-sea-access-2018)
    re.compile(
        rf"^{_CAPITALS},?\s*\([^()]{{1,60}}?\s[-–—]\s*(?P<dateline>{_DAY}\s+{_MONTH},?\s+{_YEAR}|{_MONTH}\s+{_DAY},?\s+{_YEAR})\s*\)"
    ),
    # the date first, then the place in brackets and a dash: "October 5, 2007 (N’DJAMENA) —", "July 23,
    # 2010 (Geneva) —" (survey for issue 18, dates14: Sudan Tribune; survey18: South Sudan News Agency)
    re.compile(rf"^(?P<dateline>{_MONTH}\s+{_DAY},?\s+{_YEAR})\s*\([A-Z][^()]{{1,40}}\)\s*[-–—]"),
    # a byline stamp, alone on its line: who wrote the page (or no one: the template's "By" left bare), then
    # when: "By 29 June 2017", "By Jane Roe, The Weekly Ledger | March 3, 2024", "Jane Roe 7 minutes ago Wed
    # 16th June 2021 | 05:30 PM"; or "On" and a date with its time ("On 12 July 2019 at 08:38"), which no
    # sentence is. Session 51: dev slovenia-croatia-border-arbitration-2017, panama-us-canal-rubio-visit-2025,
    # biden-putin-geneva-summit-2021, uganda-rwanda-border-closure-2019 (Total Croatia News, the Daily
    # Caller's copy, UrduPoint, IGIHE)
    re.compile(
        rf"^(?:By\b(?:[^|•·–—\d]{{1,60}}?\s*[|•·–—]\s*|\s+)|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}\s+\d{{1,2}}\s+(?:minutes?|mins?|hours?|hrs?)\s+ago\s+|On\s+(?=[^|]{{6,40}}\d[:.]\d\d))"
        rf"(?:(?:{_WEEKDAY}|{_WEEKDAY_SHORT}),?\s+)?(?P<byline>{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+{_MONTH},?\s+{_YEAR})(?:\s*\|)?{_TIME}?\s*$"
    ),
]
_STAMP_GROUPS = ("iso", "ymd", "dotted", "numeric", "text", "tailed", "credited", "dateline", "byline")
_BULLET = re.compile(r"^[-–]\s+(?=\S)")
# "Published: ...", "2 min read Last Updated : ...": a publishing label (not a bare "date", which a sentence may open)
_LABELLED = re.compile(rf"^{_READING}?{_BYLINE}?{_PUBLISHING_LABEL}\b", re.I)
STAMP_LINES = 3  # a publication stamp is in the first lines of a page, before the story
# Below a headline, a standfirst, a byline ("By Desk Staff") and menu words, a stamp alone on its
# line ("Posted May 4, 2014 5:20 AM CDT", "October 2, 2018 11:11 am", "2026-06-08") or a wire
# dateline ("MOSCOW, November 30. /TASS/.") still dates the page, down to line 8; below the story's
# first paragraph (or two sentences in a row) a date is the story's, or a reader comment's. Survey
# of outlets' pages for issue 18: Newser, AP on a radio station's site, Newsweeks Live, TASS.
DEEP_STAMP_LINES = 8
# A stamp with a publishing label ("Updated: 9:26pm, 14 Apr, 2023") names itself the page's, so it is read a
# little deeper: below a caption repeated twice, section words, a headline, a standfirst's bullets and a
# byline repeated (dev lula-xi-beijing-visit-2023: SCMP's stamp is the tenth line)
LABELLED_STAMP_LINES = 12
PARAGRAPH_CHARS = 200  # a line this long is the story's text: a date below it (a comment's, a caption's) is not the page's
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")
_STAMP_END = re.compile(r"\s*(?:$|[|•·–—-])")  # what may follow a stamp that stands alone on its line
_YEARLESS_DATELINES = [
    # "WASHINGTON, Nov 26 (Reuters) -", "Washington/Beijing, Nov. 24 (Jiji Press)--", "SEOUL, South Korea,
    # Jan. 3 (UPI) --": the agency makes it a dateline
    re.compile(rf"^{_PLACE},\s*(?P<md>{_MONTH}\s+{_DAY})\s*\([^)]{{1,30}}\)\s*[-–—:]"),
    # "MOSCOW, November 20. /TASS/", "MOSCOW, November 20. The talks ...": capitals and a full stop
    re.compile(rf"^{_CAPITALS},\s*(?P<md>{_MONTH}\s+{_DAY})\.\s"),
    # "June 19 (Reuters) - ": an agency's dateline that names no place
    re.compile(rf"^(?P<md>{_MONTH}\s+{_DAY})\s*\([A-Z][^)]{{1,30}}\)\s*[-–—]"),
    # "BEIJING, Dec. 4 -- ", "KUCHING, Aug 17 — ": no agency, but the place in capitals and a dash make it one
    re.compile(rf"^{_CAPITALS},\s*(?P<md>{_MONTH}\s+{_DAY})\s*(?:--|[–—-])(?!\d)"),
    # "BEIJING: China said on Friday (Nov 14) that ...": a capitalised place, a colon, the day in brackets
    re.compile(rf"^[A-Z][A-Z .'/-]{{2,40}}:\s[^.]{{0,160}}?\((?P<md>{_MONTH}\s+{_DAY})\)"),
    # a place not in capitals is a dateline's when what follows the day is a dateline's too: the agency's
    # initials between a comma and a dash ("Accra, July 31, GNA - ...") or a colon that opens the story's
    # first paragraph ("New Delhi, Feb 26: Opposition MPs walked out ..."); survey16 for issue 18: GhanaWeb
    # (GNA copy) and Daijiworld (IANS copy). A short line after the colon may be a headline: not taken.
    re.compile(rf"^{_PLACE},\s*(?P<md>{_MONTH}\s+{_DAY}),\s*[A-Z]{{2,6}}\s*[-–—]\s"),
    re.compile(rf"^{_PLACE},\s*(?P<md>{_MONTH}\s+{_DAY}):\s+[A-Z][^\n]{{60,}}$"),
]
# A site's date for the day a page was fetched, set above its masthead: a weekday and a full date, alone on the
# page's first line ("Tuesday, July 22, 2014"). When a stamp of the story's own stands alone further down, before
# the story begins ("LAST UPDATED: 02:15 p.m. HST, Jun 06, 2014", "September 26, 2017"), that stamp is the page's.
# survey16 for issue 18: the Honolulu Star-Advertiser and 92 News (Pakistan) both gave the visit date otherwise.
_WRITTEN_DATE = rf"(?:{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+{_MONTH},?\s+{_YEAR})"  # "Nov 26, 2025", "26 November 2025"
_MASTHEAD = re.compile(rf"^{_WEEKDAY},?\s+{_WRITTEN_DATE}$")
_BARE_DATE_LINE = re.compile(rf"^{_WRITTEN_DATE}$")
# a full date anywhere in the page, which lends its year to a dateline without one; the year first with
# slashes too ("BNA 0740 GMT 2018/10/03" closing a wire's copy: session 53, dev france-iran-bomb-plot-2018,
# as the stamp "2024/08/05" is read above: mali-ukraine-ties-cut-2024)
_FULL_DATE = re.compile(rf"\b(?:{_MONTH}\s+{_DAY},?\s+(?P<y1>{_YEAR})|{_DAY}\s+{_MONTH},?\s+(?P<y2>{_YEAR})|(?P<y3>{_YEAR})(?:-[01]\d-|/[01]\d/)[0-3]\d)\b")


def stated_date(raw: str) -> str | None:
    """The publication date a page states at its top, before any furniture is removed: a date
    line ("date 2025-11-14", also glued to the first sentence), a byline stamp ("Published: 3
    December 2025", "14.11.2025 - Update : 14.11.2025", "Nov 26, 2025 5:04 PM") or a wire dateline
    with a year ("BEIJING, Nov 26, 2025 (Reuters) -"), in the first three lines; below them, before
    the story begins, only a stamp alone on its line or a dateline. ISO form, or None: a date in
    the story itself ("On May 6, 2025, India ...") is not the page's.

    >>> stated_date(" date 2025-07-12 Russian Foreign Minister Sergey Lavrov arrived ...")
    '2025-07-12'
    >>> stated_date("Headline\\n14.11.2025 - Update : 14.11.2025\\nTokyo said ...")
    '2025-11-14'
    >>> stated_date("Published: 3 December 2025\\nThe talks ...")
    '2025-12-03'
    >>> stated_date("Kenya should respect the ruling\\nBy Desk\\nOn Wed, 13 Oct, 2021 09:52 | 2 mins read\\nThe court ruled ...")
    '2021-10-13'
    >>> stated_date("Envoys meet in Lima\\nMay 6, 2025  The Andean Press\\nPeru and Chile met on Monday ...")  # the agency credited
    '2025-05-06'
    >>> stated_date("On May 6, 2025, India launched strikes.") is None
    True
    >>> stated_date("WASHINGTON, Nov 26 (Reuters) - Talks resumed. A deal of March 3, 2025 holds.")
    '2025-11-26'
    >>> stated_date("Washington/Beijing, Nov. 24 (Jiji Press)--The leaders spoke.")  # no year anywhere
    '--11-24'
    """
    # a stamp may sit behind a bullet or hash mark ("• Fri Mar 29 2024", "# 15 April 2024 08:02")
    # ... or a list's dash ("- Published Date: 12:00 | 17 June 2018")
    labelled_lines = _month_lines_joined(
        [text for line in raw.splitlines() if (text := _BULLET.sub("", line.strip().lstrip("#•·*").strip()))][: LABELLED_STAMP_LINES + 1]
    )[:LABELLED_STAMP_LINES]
    lines = labelled_lines[:DEEP_STAMP_LINES]
    found = _stamp(lines[:STAMP_LINES], raw, alone=False)
    if found is not None and lines and _MASTHEAD.match(lines[0]):
        below = _stamp(lines[1:_story_start(lines)], raw, alone=True, yearless=False)
        if below is not None:
            return below
    if found is None:  # after a headline, a standfirst, a byline and a caption, up to the story's first paragraph
        start = _story_start(lines)
        found = _stamp(lines[STAMP_LINES:start], raw, alone=True)
        if found is None and STAMP_LINES <= start < len(lines):
            # a wire dateline opens the story's first paragraph: that line is the story, but its dateline
            # is still the page's ("MANILA, Feb. 15 (Agency) -- ...", below a headline, a "Source:" line and
            # a player's label; survey for issue 18: Xinhua's copy on two other sites)
            found = _dateline(lines[start], raw)
        # a labelled stamp alone on its line still dates the page below a long caption taken for the
        # story's start ("... Photo: PTI" / "Press Trust of India" / "2 min read Last Updated : Jun 18
        # 2020 | 3:36 PM IST": news-dev india-china-galwan-2020); a label names it the page's own
        for line in labelled_lines[max(start, STAMP_LINES) :] if found is None else ():
            if _LABELLED.match(line) and (found := _stamp([line], raw, alone=True, yearless=False)) is not None:
                break
        # a full date that is the whole of its line, below a standfirst and a photo credit taken for the
        # story's start ("... / AP" / "April 15, 2025" / "France's President ...": dev algeria-france-expulsions-2025)
        for line in lines[max(start, 1) :] if found is None else ():
            if _BARE_DATE_LINE.match(line) and (found := _stamp([line], raw, alone=True, yearless=False)) is not None:
                break
    return found


def _dateline(line: str, raw: str) -> str | None:
    """The wire dateline ``line`` opens with, with its year or the page's (see _yearless), else None."""
    for pattern in _STAMPS:
        if "dateline" in pattern.groupindex and (match := pattern.match(line)) is not None:
            value = parse_date_value(match.group("dateline"))
            if value is not None and value.precision == "day":
                return value.iso
    for pattern in _YEARLESS_DATELINES:
        if (match := pattern.match(line)) is not None:
            return _yearless(match.group("md"), raw)
    return None


def _story_start(lines: list[str]) -> int:
    """Where the story's text begins among ``lines``: a paragraph (a long line) or two sentences in a
    row; a headline, a standfirst, a byline and menu words come before it.

    >>> _story_start(["Envoys meet", "Why it matters.", "By Desk", "Peru met Chile.", "They spoke.", "Maps"])
    3
    """
    ends = [bool(_SENTENCE_END.search(line)) for line in lines]
    for i, line in enumerate(lines):
        if len(line) >= PARAGRAPH_CHARS or (ends[i] and i + 1 < len(lines) and ends[i + 1]):
            return i
    return len(lines)


_MONTH_LINE = re.compile(rf"^{_MONTH}$")
_DAY_YEAR_LINE = re.compile(rf"^{_DAY},?\s+{_YEAR}$")


def _month_lines_joined(lines: list[str]) -> list[str]:
    """A stamp a page's template sets on two lines, the month above the day and year ("August" /
    "12, 2008": dev russia-georgia-war-2008), read as the one line it is."""
    joined: list[str] = []
    for line in lines:
        if joined and _DAY_YEAR_LINE.match(line) and _MONTH_LINE.match(joined[-1]):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _stamp(lines: list[str], raw: str, *, alone: bool, yearless: bool = True) -> str | None:
    """The first stamp of ``lines`` (ISO form), else (with ``yearless``) their first wire dateline; with
    ``alone``, a bare date glued to the words of a sentence ("2025-11-14 China summons ...") is not taken."""
    for line in lines:
        for pattern in _STAMPS:
            match = pattern.match(line)
            if match is None:
                continue
            found = match.groupdict()
            if alone and (found.get("iso") or found.get("ymd") or found.get("dotted")) and not _STAMP_END.match(line, match.end()):
                continue
            if found.get("ymd"):
                found["ymd"] = re.sub(r"[./]", "-", found["ymd"])
            if found.get("tailed") and not (found.get("label") or found.get("time")):
                continue
            if found.get("dotted"):
                day, month, year = map(int, found["dotted"].split("."))
                found["dotted"] = f"{year:04d}-{month:02d}-{day:02d}"
            if found.get("numeric"):
                found = {"numeric": _numeric(found["numeric"])}
                if found["numeric"] is None:
                    continue
            value = parse_date_value(next(v for k, v in found.items() if v and k in _STAMP_GROUPS))
            if value is not None and value.precision == "day":
                return value.iso
    for line in lines if yearless else ():  # a dateline may follow the headline and a byline
        for pattern in _YEARLESS_DATELINES:
            if (match := pattern.match(line)) is not None:
                return _yearless(match.group("md"), raw)
    return None


def _numeric(text: str) -> str | None:
    """"21-05-2025" or "05/21/2025" as an ISO date when the order is certain (one number over 12,
    or both the same); "05/06/2025" could be either day: no date rather than a guess.

    >>> _numeric("21-05-2025"), _numeric("05/21/2025"), _numeric("05/06/2025"), _numeric("02-02-2024")
    ('2025-05-21', '2025-05-21', None, '2024-02-02')
    """
    first, second, year = map(int, re.split(r"[/-]", text))
    if first != second and (first > 12) == (second > 12):
        return None
    day, month = (first, second) if first > 12 else (second, first)
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _yearless(month_day: str, raw: str) -> str | None:
    """A dateline's "Nov 26" with the year of the full dates the page gives ("Nov 24, 2025",
    the most common year, the latest on a tie), else month-day only ("--11-26", an xsd:gMonthDay):
    never a year guessed from the build date."""
    years = Counter(next(y for y in m.groups() if y) for m in _FULL_DATE.finditer(raw))
    if years:
        year = max(years, key=lambda y: (years[y], y))
        value = parse_date_value(f"{month_day} {year}")
        return value.iso if value is not None and value.precision == "day" else None
    value = parse_date_value(f"{month_day} 2000")  # a leap year: Feb 29 stays a valid month-day
    return f"--{value.date.month:02d}-{value.date.day:02d}" if value is not None and value.precision == "day" else None


@lru_cache(maxsize=4096)  # several statements share a sentence
def find_date(sentence: str, document: DateValue | None, *, future: bool = False) -> DateValue | None:
    """The first date expression in ``sentence`` that can be resolved, or None.

    >>> doc = DateValue(dt.date(2025, 11, 26), "day")  # a Wednesday
    >>> find_date("Xi told Trump in a November 24 phone call.", doc).iso
    '2025-11-24'
    >>> find_date("The call took place on Monday (24) night.", doc).iso
    '2025-11-24'
    >>> find_date("Officials met in Beijing on Tuesday.", None) is None  # no anchor, no guess
    True
    >>> find_date("They held talks in October.", doc).iso, find_date("They will meet in March.", doc, future=True).iso
    ('2025-10', '2026-03')
    >>> find_date("date 2025-11-26 Ghana summoned the envoy on Monday.", doc).iso  # the page's date line glued on
    '2025-11-24'
    >>> find_date("date 2025-11-26 Ghana has summoned the envoy.", doc) is None  # the page's date is not the act's
    True
    >>> find_date("The pact was signed today, 24 November 2025, in Oslo.", doc).iso  # the day the page says it means
    '2025-11-24'
    """
    text = _without_date_line(sentence)
    for match in _EXPRESSIONS.finditer(text):
        if _gloss_of(match, text) is not None:
            continue  # "today, 16 July 2023": the date the page itself gives the day
        value = _resolve(match, document, future)
        if value is not None:
            return value
    return None


# A relative day glossed by the date it stands for ("signed today, 16 July 2023, by ...", dev
# tunisia-eu-migration-deal-2023; "Yesterday, 11 March 2024, he returned", dev
# duterte-icc-arrest-2025): the stated date is the page's own reading of "today", which a page
# date from elsewhere (a stamp of the next morning) would move.
_GLOSS = re.compile(rf",?\s*(?:{_DAY}\s+{_MONTH},?\s+{_YEAR}\b|{_MONTH}\s+{_DAY},?\s+{_YEAR}\b|{_YEAR}-[01]\d-[0-3]\d\b)")


def _gloss_of(match: re.Match[str], text: str) -> re.Match[str] | None:
    """The full date right after the relative day ``match`` of ``text`` that glosses it, if any."""
    return _GLOSS.match(text, match.end()) if match.group("relative") else None


# "one day after Hamas attacked", "three days after taking control", "a week after the strikes",
# "weeks after raising its bounty": an act placed by its distance from the main clause's date.
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}  # fmt: skip
_OFFSET = re.compile(
    r"(?:\b(?:just|only|barely)\s+)?\b(?:(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+|(?:(?:a\s+)?few|several|some|many)\s+)?"
    r"(?P<unit>hour|day|week|month|year)s?\s+(?P<way>after|before)\b",
    re.I,
)
_CLAUSE_END = re.compile(r"[,;:]|\s[-–—]\s|[–—]")


@dataclass(frozen=True)
class ClauseView:
    """The words of a sentence whose dates are one statement's (``text``), and how far its act lies
    from the date they give (``shift``, days: -1 for "one day after", None for none); ``unknown``
    when the sentence places the act only vaguely ("weeks after"), so that no date is right."""

    text: str
    shift: int | None = None
    weeks: bool = False
    unknown: bool = False
    coarse: bool = False  # an act before or after the dated one by an unsaid distance: its day is unknown


def word_places(text: str, first: str) -> list[int]:
    """Where the relation's first word stands in ``text`` as a word of its own."""
    return [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(first)}(?![\w-])", text, re.I)]


def _phrase_end(sentence: str, start: int) -> int:
    """Where a phrase opened at ``start`` ends: the next comma, semicolon, colon or dash, else the sentence's end."""
    end_match = _CLAUSE_END.search(sentence, start)
    return end_match.start() if end_match else len(sentence)


def clause_view(sentence: str, relation: str | None) -> ClauseView:
    """Which date expressions of ``sentence`` belong to the statement whose relation words are
    ``relation``, when the sentence places one act a distance before or after another ("The war
    began on 8 May, one day after the militia attacked the port"): the act inside the "one day
    after ..." phrase (up to the next comma) is the day before the main clause's date, not that
    date; the main clause's act does not take a date said inside the phrase. A vague distance
    ("weeks after", "days before") leaves the inner act undated. The phrase's act is found by the
    first word of its relation; a relation whose word is on both sides keeps the whole sentence.
    Dev stories: israel-hezbollah-lebanon ("one day after"), madagascar-genz-coup ("three days after
    taking control"), india-pakistan-2025 ("a week after"), venezuela-us ("weeks after"). A distance
    in hours ("hours after", "two hours before") puts both acts on one day: the inner act takes the
    main clause's date as it is (iraq-sweden-quran-ambassador: "the blowup Thursday came hours after
    protesters stormed the embassy", the storming that Thursday; niger-coup-france-ambassador:
    "ousted the president on July 26, hours after he was held").

    >>> clause_view("The war began on 8 May, one day after the militia attacked the port.", "attacked")
    ClauseView(text='The war began on 8 May', shift=-1, weeks=False, unknown=False, coarse=False)
    >>> clause_view("The war began on 8 May, one day after the militia attacked the port.", "began").text
    'The war began on 8 May'
    >>> clause_view("The envoy arrived weeks after Lima recalled him on May 2.", "recalled").text
    ' Lima recalled him on May 2.'
    >>> clause_view("The envoy arrived on Monday, weeks after Lima recalled him.", "recalled").unknown
    True
    >>> clause_view("Lima recalled the envoy on Monday.", "recalled").text
    'Lima recalled the envoy on Monday.'
    >>> clause_view("Lima cut ties on Monday, hours after Quito recalled its envoy.", "recalled")
    ClauseView(text='Lima cut ties on Monday', shift=None, weeks=False, unknown=False, coarse=False)
    """
    marker = _OFFSET.search(sentence)
    first = relation.split()[0].lower() if relation and relation.split() else ""
    if not first:
        return ClauseView(sentence)
    if (when := _when_view(sentence, first)) is not None:
        return when
    if marker is None:
        return _bare_view(sentence, first)
    end = _phrase_end(sentence, marker.end())
    places = word_places(sentence, first)
    inside = [marker.end() <= at < end for at in places]
    outside = sentence[: marker.start()].rstrip(" ,") + sentence[end:]
    if not places or not any(inside):
        return ClauseView(outside)
    if not all(inside):
        return ClauseView(sentence)
    clause = sentence[marker.end() : end]
    if _EXPRESSIONS.search(clause):
        return ClauseView(clause)  # the phrase says its own date ("weeks after Lima recalled him on May 2")
    count, unit = marker.group("count"), marker.group("unit").lower()
    if unit == "hour":  # "hours after": the same day as the main clause's act (its month, its year)
        return ClauseView(outside)
    if count is None or unit not in ("day", "week"):
        return ClauseView(outside, unknown=True)
    days = _count(count) * (7 if unit == "week" else 1)
    return ClauseView(outside, shift=-days if marker.group("way").lower() == "after" else days, weeks=unit == "week")


_BARE = re.compile(r"\b(?:after|before|following)\b", re.I)

# "after police linked agents to a blast on 20 October 2014": a phrase with a subject and a verb of
# its own is another act, and a date with its year there is that act's, most often a past one told
# as background; the act outside it came later, by an unsaid distance. A weekday there ("after
# police stormed the embassy on Friday") is the news of the page's own days, where the act outside
# it most often lies too: it stays.
# (a participle after a determiner is no verb: "following the detained ministers' release")
_OWN_CLAUSE = re.compile(
    r"\s*(?:[\w'’.-]+\s+){0,3}?(?!(?:the|a|an|its|their|his|her|our|this|that|these|those)\s)[\w'’.-]+\s+"
    r"(?:was|were|had|has|have|is|are|did|\w+ed)\b(?!\s+by\b)",
    re.I,
)


# an act counted or ranked against others ("the first talks", "the third meeting", "the biggest
# clash"): what follows "after" is the earlier act it is measured from, not its time (an ordinal
# like "first": dev cuba-us-thaw-obama-visit-2016, "the third meeting between both men, after they
# met in April 2015 in Panama City" had dated the Havana meeting, and with it its whole event, 2015)
_FIRST_SINCE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|only|biggest|worst|largest|deadliest|highest|most\s+\w+)\b[^,;:]*$",
    re.I,
)


# a relative clause set off by commas (", who ... ,") is a side remark with an act of its own: a
# date there is that act's, not that of the main clause's act, even when the two acts share a word
# (dev blinken-beijing-visit-2023: "Mr Blinken, who postponed a planned visit in February ..., is
# the most senior US figure to visit China")
_SIDE_RELATIVE = re.compile(r",\s+(?:who|which)\b", re.I)

# "since" then other words before a year: the time a state began, told by another act or thing
# ("since Joe Biden took office in 2021", "since NATO's creation in 1949"), never the date of an act
# outside it (dev blinken-beijing-visit-2023, three pages; sudan-coup-2021 "sharing power since ...
# Bashir was ousted in 2019"). "since 1997" right after the word is _since_year's (a perfect verb's state).
_SINCE_PHRASE = re.compile(rf"\bsince\b(?!\s+(?:(?:early|late|mid-?)\s+)?(?:{_MONTH}\s+)?{_YEAR}\b)", re.I)


def _bare_view(sentence: str, first: str) -> ClauseView:
    """The words dating an act told inside a plain "after ..." or "before ..." phrase (up to the
    next comma), which gives no distance: when the phrase says no date of its own, the date outside
    it is the main clause's act's, and the inner act lies before (after) it by an unsaid distance,
    so a day from there is not its day (``coarse``); a month or a year still holds. Dev stories:
    ecuador-mexico-embassy-raid (a caption "transports Glas ... after police broke into the embassy
    to arrest him in Quito, Saturday, April 6, 2024": the arrest was the Friday night; the event's
    date then reached the same arrest on another page), israel-hezbollah-lebanon (a month kept: "the
    conflict concluded in November 2024 following a truce facilitated by the United States").

    >>> _bare_view("Lima met Quito on 4 June 2025 after Bolivia called for talks.", "called").coarse
    True
    >>> _bare_view("Lima met Quito on 4 June 2025 after Bolivia called for talks.", "met").coarse
    False
    >>> _bare_view("Lima met Quito after Bolivia called for talks on 2 June 2025.", "called").text
    ' Bolivia called for talks on 2 June 2025.'

    An act counted or ranked against others ("the first talks ... after", "the biggest clash ...
    after") does not take the date said inside the phrase: that is the earlier act it is measured
    from, which it follows by an unsaid distance (dev india-china-galwan-2020: "the first
    high-level engagement between the two sides after the standoff ... began on May 5"). Neither
    does an act told beside a phrase with a subject and verb of its own (``_OWN_CLAUSE``), or a
    that-clause, whose date names its year: that date is the other act's (dev czech-russia-vrbetice-expulsions-2021: "ordered
    18 Russian diplomats to leave ... after Czech intelligence linked Russian military agents to a
    ... explosion ... on October 20, 2014", "expelling ... over suspicions that Russian intelligence
    services were involved in an ammunition explosion in 2014", two pages; india-china-galwan-2020
    above). Otherwise the phrase's date stays ("were threatening to storm Congress after the delay
    Sunday morning": the same day, guatemala-arevalo-inauguration).

    >>> _bare_view("It was the first meeting of Lima and Quito after Bolivia called for talks on 2 June 2025.", "meeting").text
    'It was the first meeting of Lima and Quito '
    >>> _bare_view("It was the third meeting of Lima and Quito, after they met in Oslo in May 2019.", "meeting").text
    'It was the third meeting of Lima and Quito, '
    >>> _bare_view("Lima met Quito after Bolivia called for talks on 2 June 2025.", "met").text
    'Lima met Quito '
    >>> _bare_view("Lima met Quito after the vote on 2 June 2025.", "met").text
    'Lima met Quito after the vote on 2 June 2025.'
    >>> _bare_view("Lima met Quito on the following Monday.", "met").text
    'Lima met Quito on the following Monday.'
    >>> _bare_view("She is the first minister to visit Quito since Ana Ruiz took office in 2021.", "visit").text
    'She is the first minister to visit Quito '
    """
    places = word_places(sentence, first)
    apart: list[tuple[int, int]] = []  # phrases of other acts, whose dates are theirs
    for marker in _BARE.finditer(sentence):
        if re.search(r"\b(?:the|a)\s*$", sentence[: marker.start()], re.I):
            continue  # "the following Monday", "the day after": a time, no other act
        end = _phrase_end(sentence, marker.end())
        clause = sentence[marker.end() : end]
        dated = bool(_EXPRESSIONS.search(clause) or re.search(rf"\b{_YEAR}\b", clause))
        if places and all(marker.end() <= at < end for at in places):
            if dated:
                return ClauseView(clause)  # the phrase says its own date ("following Putin's 2023 visit")
            return ClauseView(sentence[: marker.start()].rstrip(" ,") + sentence[end:], coarse=True)
        if places and dated and not any(marker.end() <= at < end for at in places) and (
            _FIRST_SINCE.search(sentence[: marker.start()].rstrip(" ,")) or (_OWN_CLAUSE.match(clause) and _names_year(sentence, marker.end(), end))
        ):
            apart.append((marker.start(), end))
    for marker in _SIDE_RELATIVE.finditer(sentence):  # "Blinken, who postponed a visit in February, is the first to visit"
        end = _phrase_end(sentence, marker.end())
        if any(not marker.start() <= at < end for at in places) and _EXPRESSIONS.search(sentence, marker.end(), end):
            apart.append((marker.start(), end))
    for marker in _SINCE_PHRASE.finditer(sentence):  # "the first to visit since Biden took office in 2021"
        end = _phrase_end(sentence, marker.end())
        if places and not any(marker.start() <= at < end for at in places) and _names_year(sentence, marker.end(), end):
            apart.append((marker.start(), end))
    for marker in re.finditer(r"\bthat\b", sentence, re.I):  # "expelled envoys over suspicions that agents were involved in 2014"
        end = _phrase_end(sentence, marker.end())
        clause = sentence[marker.end() : end]
        if places and _names_year(sentence, marker.end(), end) and not any(marker.end() <= at < end for at in places) and _OWN_CLAUSE.match(clause):
            apart.append((marker.start(), end))
    apart.sort()
    if apart:  # "the first meeting after the standoff began on May 5": later than May 5, by how much is not said
        kept, at = [], 0
        for start, end in apart:
            kept.append(sentence[at:start])
            at = max(at, end)  # phrases may overlap ("after ... that ...")
        return ClauseView("".join(kept) + sentence[at:])
    return ClauseView(sentence)


_WHEN = re.compile(r",\s+when\b", re.I)


def _when_view(sentence: str, first: str) -> ClauseView | None:
    """An act told in a "when" clause set off after a date ("the first encounter since 2019, when
    they met in Osaka"; "in March 2021, when the envoys met"): that date is its own, whatever the
    clause before says of it ("since" a year is when a state began, not an act's date). The clause
    runs to the sentence's end. Dev: us-china-trade ("since 2019, when they met during the G20
    summit"), argentina-spain-milei-row ("in May, when Spanish Transport Minister Oscar Puente
    suggested ..."), australia-china-barley-wine-tariffs ("on Monday, when Australia raised the
    issue"), us-taliban-doha-agreement-2020 ("in 2020, when the US military started reducing ...").

    >>> _when_view("Their first talks since 2019, when they met in Osaka.", "met").text
    'in 2019 when they met in Osaka.'
    >>> _when_view("Their first talks since 2019, when they met in Osaka.", "talks") is None
    True
    """
    markers = list(_WHEN.finditer(sentence))
    places = word_places(sentence, first) if markers else []
    for marker in markers:
        if not places or not all(at > marker.end() for at in places):
            continue
        before = sentence[: marker.start()]
        dates = [m for m in (*_EXPRESSIONS.finditer(before), *re.finditer(rf"\b{_YEAR}\b", before)) if m.end() == len(before)]
        if dates:
            said = max(dates, key=lambda m: m.end() - m.start())
            when = said.group(0) if not re.fullmatch(_YEAR, said.group(0)) else f"in {said.group(0)}"  # a bare year is read after "in"
            return ClauseView(f"{when} {sentence[marker.end() - len('when') :]}")
    return None


def _names_year(sentence: str, start: int, end: int) -> bool:
    """Whether a phrase names a year, one a comma sets off after its last day included ("on October 20, 2014")."""
    return bool(re.search(rf"\b{_YEAR}\b", sentence[start:end]) or re.match(rf",\s*{_YEAR}\b", sentence[end:]))


def shifted(value: DateValue | None, view: ClauseView) -> DateValue | None:
    """A date found in a :func:`clause_view`'s text, moved by its shift: a day's distance from a
    day is a day; a week's distance ("a week after") is told at the month, or the year, its week
    lies in (:func:`_week`); from a month or a year, a distance leaves the day unknown.

    >>> day = DateValue(dt.date(2025, 5, 20), "day")
    >>> shifted(day, ClauseView("", -1)).iso, shifted(day, ClauseView("", -7, weeks=True)).iso
    ('2025-05-19', '2025-05')
    >>> shifted(DateValue(dt.date(2025, 5, 8), "day"), ClauseView("", -7, weeks=True)).iso  # Apr 28 - May 4
    '2025'
    >>> shifted(DateValue(dt.date(2025, 5, 1), "month"), ClauseView("", -1)) is None
    True
    """
    if value is None or view.unknown or (view.coarse and value.precision == "day"):
        return None
    if view.shift is None:
        return value
    if value.precision != "day":
        return None
    moved = value.date + dt.timedelta(days=view.shift)
    if not view.weeks:
        return DateValue(moved, "day")
    return _week(moved - dt.timedelta(days=3))  # "a week after": within three days either side


# No default from the page's own date: a sentence that states no time gets none, even a past-tense
# headline or lead on a dated page. Measured on news-dev (session 12, issue 18): of 7 found gold
# records on dated pages with no time expression, 4 were on the page's day (all poland-russia-drones),
# 1 in its month, 2 two days before (venezuela-us): 71 %, one story, under the 85 % in two stories
# such a default would need.
def statement_date(sentence: str, relation: str | None, document: DateValue | None, *, future: bool = False) -> DateValue | None:
    """:func:`find_date` over the words of ``sentence`` that date the statement with relation words
    ``relation`` (:func:`clause_view`), moved by the distance the sentence puts between them; a
    time said by reference to an earlier one of the sentence ("the following day") counts from
    that one (:func:`time_reference`, :func:`counted_from`). The page's date line glued to the
    sentence is no date of it (:func:`_without_date_line`)."""
    sentence = _without_owned_times(_without_date_line(sentence), relation)
    reported = reported_clause(sentence, relation)
    if reported is not None:  # "said on Monday that it will expel the envoy on Friday"
        said, clause = reported
        if _EXPRESSIONS.search(clause):
            spoken = find_date(said, document)  # the clause's weekdays count from when it was said
            return find_date(clause, spoken if spoken is not None and spoken.precision == "day" else document, future=future)
        if future:
            return None  # a plan reported on a day is not an act of that day, nor of its weekday a week on
    view = clause_view(_outside_quotes(sentence, relation), relation)
    if view.unknown:
        return None
    reference = time_reference(view.text, relation)
    if reference is not None:
        return counted_from(reference, reference_anchor(reference, lambda m: _resolve(m, document, future), sentence))
    return shifted(find_date(view.text, document, future=future), view) or _year_of_noun(view.text, relation) or _since_year(view.text, relation)


# A that-clause reported by a verb of saying ("Kenya said on Monday that it will expel the envoy on
# Friday"): the time said before "that" is when it was said, the clause's own time is the act's, and
# a weekday there counts from the day it was said ("announced on Thursday that he will release the
# pilot on Friday": the next day). Dev india-pakistan-balakot-2019, where the release took the
# announcement's Thursday, counted a week forward.
_REPORTED = re.compile(r"\b(?:said|says|announced|announces|told\s+\w+(?:\s+\w+)?|stated|added|warned|declared|confirmed)\b[^.;:]{0,80}?\bthat\b", re.I)


def reported_clause(sentence: str, relation: str | None) -> tuple[str, str] | None:
    """(the words up to the reported clause, the clause) when the relation's first word is in a
    that-clause of a verb of saying and a date is said before the clause, else None.

    >>> reported_clause("Kenya said on Monday that it will expel the envoy on Friday.", "expel")
    ('Kenya said on Monday that', ' it will expel the envoy on Friday.')
    >>> reported_clause("Kenya expelled the envoy on Monday, officials said.", "expelled") is None
    True
    """
    first = relation.split()[0].lower() if relation and relation.split() else ""
    match = _REPORTED.search(sentence) if first else None
    if match is None or not _EXPRESSIONS.search(sentence[: match.end()]):
        return None
    places = word_places(sentence, first)
    if not places or not all(at >= match.end() for at in places):
        return None
    return sentence[: match.end()], sentence[match.end() :]


# A time said by reference to one the sentence named before: "arrested in 2015 and sentenced the
# following year", "meet Xi on November 6th and hold talks with Li the following day", "the disputed 2020
# election, and Babaryka, who was arrested that year" (dev: iran-us-prisoner-swap-2023,
# albanese-xi-beijing-visit-2023, belarus-prisoner-release, ethiopia-eritrea-sea-access); the same
# day, said as "earlier in the day", "later that night", "on the same day" (dev: north-korea-russia,
# turkey-imamoglu-arrest, india-china-galwan-2020, russia-georgia-war-2008, azerbaijan-france-diplomat-
# expulsions-2023, georgia-eu-protests, israel-hezbollah-lebanon, and more). Not "hours later": hours
# after a Wednesday message, an expulsion of the Thursday (dev iraq-sweden-quran-ambassador). ("The day
# before" stays the day before the page's date: _EXPRESSIONS.)
_ANAPHORIC = re.compile(
    r"\b(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+(?P<same>year|month)\b"
    r"|\b(?:the\s+(?:following|next)\s+(?P<next>day|month|year)|(?P<count>a|one|two|three)\s+(?P<later>day|month|year)s?\s+later)\b"
    r"|\b(?P<sameday>(?:later|earlier)\s+(?:in\s+the\s+day|that\s+(?:day|evening|night|morning|afternoon))|(?:that|the)\s+same\s+day)\b",
    re.I,
)
_BARE_YEAR = re.compile(rf"\b{_YEAR}\b")


def time_reference(sentence: str, relation: str | None) -> re.Match[str] | None:
    """The time said by reference to an earlier one ("the following day", "that year", "a year
    later") that dates the statement with relation words ``relation``: the nearest time to the
    relation's first word (the first one after it, else the last one before it), when that is such
    a reference; else None (the statement is dated as usual).

    >>> page = "He will meet Xi on November 6th and hold talks with Li the following day."
    >>> time_reference(page, "hold talks").group(0), time_reference(page, "meet")
    ('the following day', None)
    """
    first = _first_word(relation).lower()
    places = word_places(sentence, first) if first else []
    if not places:
        return None
    text = _without_date_line(sentence)
    times = sorted([(m.start(), m.end(), None) for m in _EXPRESSIONS.finditer(text)] + [(m.start(), m.end(), m) for m in _ANAPHORIC.finditer(text)],
                   key=lambda t: t[0])  # fmt: skip
    after = [t for t in times if t[0] > places[0]]
    before = [t for t in times if t[1] <= places[0]]
    nearest = after[0] if after else (before[-1] if before else None)
    return nearest[2] if nearest is not None else None


def reference_anchor(reference: re.Match[str], resolve: Callable[[re.Match[str]], DateValue | None], sentence: str | None = None) -> DateValue | None:
    """The time ``reference`` counts from: the last date expression before it in its sentence that
    ``resolve`` dates, else the last year written there ("the protests that followed the disputed
    2020 election, and Babaryka, who was arrested that year": the whole ``sentence``'s words, also
    those its clause view leaves out, when given)."""
    before = _before_reference(reference, sentence)
    if (value := _last_date(before, resolve)) is not None:
        return value
    years = _BARE_YEAR.findall(before)
    return DateValue(dt.date(int(years[-1]), 1, 1), "year") if years else None


def _last_date(text: str, resolve: Callable[[re.Match[str]], DateValue | None]) -> DateValue | None:
    """The last date expression of ``text`` that ``resolve`` dates."""
    for match in reversed(list(_EXPRESSIONS.finditer(text))):
        if (value := resolve(match)) is not None:
            return value
    return None


def _before_reference(reference: re.Match[str], sentence: str | None) -> str:
    """The words of the sentence before ``reference`` (of ``sentence`` when given, else of the text it was found in)."""
    at = sentence.find(reference.group(0)) if sentence is not None else -1
    return _without_date_line(sentence[:at] if at >= 0 else reference.string[: reference.start()])


def reference_before(
    text: str, start: int, sentence: str, relation: str | None, document: DateValue | None, *, future: bool = False
) -> DateValue | None:
    """A statement whose time is said by reference ("The next day, the CSTO agreed ...") and whose
    sentence names nothing to count from: it counts from the last time the text names before the
    sentence, in its paragraph or the one before ("On January 5 Tokayev appealed to the CSTO.";
    dev: kazakhstan-unrest-csto-2022, argentina-spain-milei-row). None when there is none.

    >>> doc = DateValue(dt.date(2022, 1, 10), "day")
    >>> page = "On January 5 Tokayev appealed to the alliance.\\nThe next day, the alliance agreed to send troops."
    >>> reference_before(page, page.index("The next"), "The next day, the alliance agreed to send troops.", "agreed", doc).iso
    '2022-01-06'
    """
    view = clause_view(_outside_quotes(sentence, relation), relation)
    reference = None if view.unknown else time_reference(view.text, relation)
    if reference is None:
        return None
    own = _before_reference(reference, sentence)
    if _EXPRESSIONS.search(own) or _BARE_YEAR.search(own):
        return None  # the sentence names a time to count from, resolvable or not (a year-less day on an undated page)
    lines = text[:start].split("\n")  # the sentence's paragraph up to it, and the paragraph before
    previous = next((line for line in reversed(lines[:-1]) if line.strip()), "")
    before = _QUOTED.sub(lambda q: " " * len(q.group(0)), _without_date_line(f"{previous}\n{lines[-1]}"))
    anchor = _last_date(before, lambda m: _resolve(m, document, False))
    if anchor is None and not future and _of_the_day(reference) and document is not None and document.precision == "day":
        anchor = document  # "earlier in the day" with no day named before it: the day the page reports
        # (not for a plan: "earlier in the day it emerged that Spain was planning to recall ..." dates
        # when the plan emerged, not the recall; dev argentina-spain-milei-row)
    return counted_from(reference, anchor)


def _of_the_day(reference: re.Match[str]) -> bool:
    """Whether ``reference`` is "earlier in the day" or "later in the day": said of the page's own day
    when the text names no day before it ("After speaking with her earlier in the day, the president
    thanked ..."; dev: us-russia-griner-bout-swap-2022, india-china-galwan-2020), unlike "that day"."""
    same_day = reference.group("sameday")
    return same_day is not None and same_day.lower().split()[-2:] == ["the", "day"]


def counted_from(reference: re.Match[str], anchor: DateValue | None) -> DateValue | None:
    """``anchor`` moved as ``reference`` says (see :func:`time_reference`); None without an anchor,
    or when days are counted from a month or a year.

    >>> doc = DateValue(dt.date(2023, 11, 4), "day")
    >>> def date_of(text, relation):
    ...     reference = time_reference(text, relation)
    ...     return counted_from(reference, reference_anchor(reference, lambda m: _resolve(m, doc, False)))
    >>> date_of("He was arrested in 2015 and sentenced the following year to ten years.", "sentenced").iso
    '2016'
    >>> date_of("He will meet Xi on November 6th and hold talks with Li the following day.", "hold talks").iso
    '2023-11-07'
    >>> date_of("After the disputed 2020 vote, Babaryka, who was arrested that year, challenged Lukashenko.", "challenged").iso
    '2020'
    >>> date_of("Talks began in March and the envoy returned a day later.", "returned") is None  # no day to count from
    True
    """
    if anchor is None:
        return None
    unit = "day" if reference.group("sameday") else (reference.group("same") or reference.group("next") or reference.group("later")).lower()
    steps = 0 if reference.group("same") or reference.group("sameday") else _COUNTS.get((reference.group("count") or "one").lower(), 1)
    if unit == "day":
        return DateValue(anchor.date + dt.timedelta(days=steps), "day") if anchor.precision == "day" else None
    if unit == "month":
        if anchor.precision == "year":
            return None
        index = anchor.date.year * 12 + anchor.date.month - 1 + steps
        return DateValue(dt.date(index // 12, index % 12 + 1, 1), "month")
    return DateValue(dt.date(anchor.date.year + steps, 1, 1), "year")



# The news day a page's lead states. A report opens with the day of its news, named by a weekday or
# "yesterday" ("The Kremlin on Wednesday declined to comment", "said the press statement on Friday"),
# and the sentences of its first paragraphs that state no time of their own report that day's acts:
# "Peskov told journalists ... in a briefing call", "Ordash was summoned by Polish authorities" below a
# lead of Wednesday (dev poland-russia-drones, two pages); "Niger's junta has ordered the ambassador to
# leave" above "said the press statement on Friday" (niger-coup-france-ambassador); "Iraq's prime
# minister has ordered the expulsion" above "Thursday's diplomatic blowup" (iraq-sweden-quran-ambassador);
# "Mexico is breaking diplomatic ties ... after police raided its embassy" above "on Friday"
# (ecuador-mexico-embassy-raid). This is not the page's date as a default (see the note above
# statement_date): the day is the one the lead states, often the day before the page's ("has ordered"
# on a Saturday page, the statement of Friday), and a lead naming two days, or none, dates nothing.
# A sentence with a time of its own (a month, a year, any date expression) or a word that sets it
# apart from the news ("earlier", "later", "previously", "ago", "since"), or an act in the pluperfect
# ("said he had held talks"), keeps its own date or none; so does a sentence that the story has moved
# to another time before ("In 2020, China imposed tariffs ... In response, Australia initiated a
# case": :func:`_moved_on`).
LEAD_PARAGRAPHS = 2  # the paragraphs whose weekdays state the news day
NEWS_PARAGRAPHS = 12  # the paragraphs whose undated statements take it (4 until session 32: see docs/quality.md)
# A line this long is not a paragraph but a page whose paragraphs were run together (dev
# north-korea-russia: a whole story on one line, its fifth sentence a meeting the lead's "arrived
# on Saturday" does not date): where the paragraphs are unknown, so is the lead, and no news day is taken.
LEAD_PARAGRAPH_CHARS = 1000
_NEWS_DAY_KINDS = ("weekday", "relative")
# ... also an old year _YEAR does not read as a page's ("Morocco recognized the United States in 1777":
# dev israel-morocco-normalisation-2020, three pages)
_APART = re.compile(rf"\b(?i:earlier|later|previously|formerly|ago|since|once|{_YEAR})\b|\b{_MONTH}(?![A-Za-z])|\b(?i:in|since|from|until)\s+1\d{{3}}\b")


def _lead(text: str) -> tuple[list[str], int]:
    """The page's lines (not blank) and where its story begins among them (:func:`_story_start`: below a
    headline, a masthead's date, a byline, a caption), or 0 when the first lines show no beginning.

    >>> _lead("Envoys meet\\n\\nBy Desk\\nPeru met Chile on Monday.\\nThey spoke.")[1]
    2
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    start = _story_start(lines[:DEEP_STAMP_LINES])
    return lines, 0 if start >= min(len(lines), DEEP_STAMP_LINES) else start


def news_day(text: str, document: DateValue | None) -> DateValue | None:
    """The one day that the weekdays, "yesterday" and "today" of the story's first :data:`LEAD_PARAGRAPHS`
    paragraphs (lines of ``text`` from :func:`_lead`'s start) name, counted from the page's date; None without a page day, or
    when they name no day or two.

    >>> doc = DateValue(dt.date(2025, 11, 26), "day")  # a Wednesday
    >>> news_day("Envoys met on Monday in Oslo.\\n\\nThey spoke for an hour.", doc).iso
    '2025-11-24'
    >>> news_day("Envoys met on Monday.\\nThey met again on Tuesday.", doc) is None  # two days
    True
    >>> news_day("Envoys met last week.", doc) is None  # not a day
    True
    """
    days = _lead_days(text, document)
    return days.pop() if days is not None and len(days) == 1 else None


def _lead_days(text: str, document: DateValue | None) -> set[DateValue] | None:
    """The days the weekdays, "yesterday" and "today" of the story's lead name (see :func:`news_day`);
    None without a page day."""
    if document is None or document.precision != "day":
        return None
    lines, start = _lead(text)
    days = set()
    for line in lines[start : start + LEAD_PARAGRAPHS]:
        text = _without_date_line(line)
        for match in _EXPRESSIONS.finditer(text):
            if any(match.group(kind) for kind in _NEWS_DAY_KINDS):
                # "today, 24 November 2025": the day the page glosses it with (as find_date reads it)
                gloss = _gloss_of(match, text)
                value = find_date(gloss.group(0).lstrip(", "), document) if gloss else _resolve(match, document, False)
                if value is not None and value.precision == "day":
                    days.add(value)
    return days


def lead_date(text: str, start: int, sentence: str, relation: str | None, document: DateValue | None) -> DateValue | None:
    """The news day (:func:`news_day`) for a statement whose sentence begins at ``start`` in ``text``,
    when that sentence lies in the first :data:`NEWS_PARAGRAPHS` paragraphs, states no time of its
    own and is not set apart from the news (:data:`_APART`); else None.

    >>> doc = DateValue(dt.date(2025, 11, 26), "day")
    >>> page = "Envoys met on Monday in Oslo.\\nThe host thanked the guests.\\nThe host had visited in May."
    >>> lead_date(page, page.index("The host t"), "The host thanked the guests.", "thanked", doc).iso
    '2025-11-24'
    >>> lead_date(page, page.index("The host h"), "The host had visited in May.", "visited", doc) is None
    True
    >>> flat = "Envoys met on Monday in Oslo. " + "They spoke. " * 90 + "The host thanked the guests."
    >>> lead_date(flat, flat.index("The host"), "The host thanked the guests.", "thanked", doc) is None  # no paragraphs
    True

    A headline's act, on a page whose lead names no day, is of the page's day (dev russia-georgia-war-2008:
    "Sarkozy Arrives in Moscow to Mediate Crisis" above "TBILISI, Georgia Aug. 12, 2008 -- ..."):

    >>> head = "Envoy arrives in Oslo\\nLIMA, Nov. 26, 2025 -- The envoy says talks will go on."
    >>> lead_date(head, 0, "Envoy arrives in Oslo", "arrives", doc).iso
    '2025-11-26'
    >>> stamped = "Wednesday, November 26, 2025\\n\\nEnvoy arrives in Oslo\\n\\nThe envoy says talks will go on."
    >>> lead_date(stamped, stamped.index("Envoy"), "Envoy arrives in Oslo", "arrives", doc).iso  # below the page's stamp
    '2025-11-26'
    >>> below = "Envoy arrives in Oslo\\n\\nThe envoy says talks will go on.\\n\\nHost thanks guests"
    >>> lead_date(below, below.index("Host"), "Host thanks guests", "thanks", doc) is None  # below the story's lines
    True
    >>> glued = "date 2025-11-26 The envoy arrived in Oslo for talks"  # a lead glued to a date line: not a headline
    >>> lead_date(glued, 0, glued, "arrived", doc) is None
    True
    """
    end = text.find("\n", start)  # the lines up to the statement's own
    above = [line for line in (text if end < 0 else text[:end]).split("\n") if line.strip()]
    if len(above) > _lead(text)[1] + NEWS_PARAGRAPHS or any(len(line) > LEAD_PARAGRAPH_CHARS for line in above):
        return None
    bare = _without_date_line(sentence)
    if _APART.search(bare) or _EXPRESSIONS.search(bare) or _ANAPHORIC.search(bare):  # "the next day": not the news day
        return None
    # an act in the pluperfect ("said he had held talks with ...") came before the news, by how much is not said
    if (first := _first_word(relation)) and re.search(rf"\bhad\s+(?:been\s+)?(?:[a-z]+ly\s+)?{re.escape(first)}\b", bare, re.I):
        return None
    view = clause_view(_outside_quotes(sentence, relation), relation)
    if view.unknown or view.shift:
        return None
    day = news_day(text, document)
    if day is None and _headline(text, start) and _lead_days(text, document) == set():
        return document  # a headline's act, on a page whose lead names no day: the page's day
    if day is None or _moved_on(text, start, day, document):
        return None
    return day


HEADLINE_CHARS = 150


def _headline(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` is in the page's headline: its first line, or the first below
    the page's stamp alone on its line or a section word ("Tuesday, August 12, 2008" / "Russia 'ends
    Georgia operation'"; "Politics" / "Lula arrives in China ...": dev russia-georgia-war-2008,
    lula-xi-beijing-visit-2023), short, with no full stop at its end and no date line glued to it (a
    lead glued to the page's date line is the story's first sentence, whose act may be the day before)."""
    if start >= len(text):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    above = [line.strip() for line in text[:line_start].split("\n") if line.strip()]
    if not all(_STAMP_ALONE.match(line) or _SECTION_WORD.match(line) for line in above):
        return False  # below the story's own lines
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    return 0 < len(line) <= HEADLINE_CHARS and not _SENTENCE_END.search(line) and not _DATE_LINE_START.match(line)


# what may stand above a headline: the page's date alone on its line (a weekday before it, a time
# after it: "Tuesday, August 12, 2008", "Fri, 28 Jul 2017 12:27:53 GMT"), or one or two section words
_STAMP_ALONE = re.compile(rf"^(?:(?:{_WEEKDAY}|{_WEEKDAY_SHORT}),?\s+)?{_WRITTEN_DATE}{_TIME}?(?:\s+GMT)?$")
_SECTION_WORD = re.compile(r"^[A-Z][A-Za-z&]*(?:\s+[A-Z&][A-Za-z&]*)?$")


def _moved_on(text: str, start: int, day: DateValue, document: DateValue) -> bool:
    """Whether the story, between its beginning and ``start``, last named a time other than the news
    ``day`` (a year, a month or another day that does not hold it): the sentences after such a time
    tell of that time ("In 2020, China imposed tariffs ... In response, Australia initiated a case"),
    not of the news, until the story names the news day (or a month or year holding it) again. Times
    said inside quotation marks are the speaker's and set no frame ('"what happened today"' in a
    lead). Issue 18, news-dev: it leaves undated four statements of three pages, three of them dated
    wrong by the news day: australia-china-barley-wine-tariffs (a WTO case of 2020 after "In 2020";
    an accusation of 2020 after "in May 2020", two pages) and brazil-january-8-riots-2023 (a removal
    of January 9 after "on Monday, January 9", the news day coming from a quoted "today"); the fourth,
    a "currently urging" after that "In 2020", lost a day that the gold holds only to its month.

    >>> doc = DateValue(dt.date(2025, 11, 26), "day")
    >>> page = "Lima on Monday lifted duties.\\n\\nLima set them in 2019. So Quito sued.\\n\\nThey met on Monday. Quito wept."
    >>> day = DateValue(dt.date(2025, 11, 24), "day")
    >>> _moved_on(page, page.index("So Quito"), day, doc), _moved_on(page, page.index("Quito wept"), day, doc)
    (True, False)
    """
    lines, first = _lead(text)
    begin = text.find(lines[first]) if lines else 0
    moved = False
    for match in _EXPRESSIONS.finditer(_QUOTED.sub(lambda q: " " * len(q.group(0)), _without_date_line(text[begin:start]))):
        value = _resolve(match, document, False)
        if value is None:
            continue
        moved = not _holds(value, day)
    return moved


def _holds(value: DateValue, day: DateValue) -> bool:
    """Whether ``value`` (a day, a month, a year) holds ``day``."""
    width = {"day": 10, "month": 7, "year": 4}[value.precision]
    return value.iso[:width] == day.iso[:width]


# "has designated ... since 1997", "had been imprisoned since 2020": a perfect form of the act's own
# verb, then "since" and a year in the same clause, says the state the act made began that year.
_PERFECT = r"\b(?:has|have|had|having)\s+(?:been\s+)?(?:[a-z]+ly\s+)?"
_COUNTED = re.compile(r"\b(?:first|last|only|times?|again|twice|once|ever|every|each)\b", re.I)


def _first_word(relation: str | None) -> str:
    """The first word of a relation's words ("hold talks" -> "hold"), or "" when there are none."""
    words = relation.split() if relation else []
    return words[0] if words else ""


def _since_year(text: str, relation: str | None) -> DateValue | None:
    """The year a state began, when the statement's own verb is in a perfect form and "since" with
    a year follows it in its clause ("which Lima has designated a terrorist group since 1997"; "who
    had been jailed since 2020"). Not "since" with a month (the month's year is not said), not a
    "since" another verb's clause carries ("seized the envoy, who had sheltered there since 2020":
    a comma, or a relative word, lies between), and not a counted or a first act ("their first
    meeting since 2019", "has won four times since 2019"), which happened after that year. Dev
    stories: israel-hezbollah-lebanon ("designated ... since 1997"), belarus-prisoner-release
    ("imprisoned since 2020", two pages); on news-dev (session 15) the us-china-trade "first talks
    since 2019" stays undated.

    >>> _since_year("Lima has officially listed the group as hostile since 1997.", "listed").iso
    '1997'
    >>> _since_year("Troops seized the envoy, who had sheltered there since 2020.", "seized") is None
    True
    >>> _since_year("They held their first talks since 2019.", "held talks") is None
    True
    """
    first = _first_word(relation)
    if not first:
        return None
    match = re.search(rf"{_PERFECT}{re.escape(first)}\b(?P<between>[^,;:–—()]*?)\bsince\s+(?P<year>{_YEAR})\b", text, re.I)
    if match is None or _COUNTED.search(match.group("between")) or re.search(r"\b(?:who|which|that|whom|where|when)\b", match.group("between"), re.I):
        return None
    return DateValue(dt.date(int(match.group("year")), 1, 1), "year")


_QUOTED = re.compile(r"\u201c[^\u201c\u201d]*\u201d|\"[^\"]*\"")


def _outside_quotes(sentence: str, relation: str | None) -> str:
    """The sentence without its quotations when the statement's act is outside them: a date said
    inside a quote is the quoted act's ('"The bloc failed us in 2021," the premier said, accusing
    Moscow' leaves the accusation undated), not the act of saying it.

    >>> _outside_quotes('"The bloc failed us in 2021," Lima said, accusing Quito.', "accusing")
    ' Lima said, accusing Quito.'
    >>> _outside_quotes('Lima "accused Quito on Monday", the paper said.', "accused")
    'Lima "accused Quito on Monday", the paper said.'
    """
    first = _first_word(relation)
    quotes = list(_QUOTED.finditer(sentence))
    if not quotes or not first or any(re.search(rf"\b{re.escape(first)}\b", q.group(0), re.I) for q in quotes):
        return sentence
    return _QUOTED.sub("", sentence).replace(" ,", ",").replace(",,", ",")


def _year_of_noun(text: str, relation: str | None) -> DateValue | None:
    """The year that modifies the statement's own event noun ("Putin's 2023 visit to Pyongyang" for
    the visit, "the 2020-2022 war" for the fighting): a year before another noun dates that noun's
    act, not this one ("an ad quoting Reagan's 1987 speech" leaves the ad's row undated). Dev stories:
    north-korea-russia ("'s 2023 visit"), ethiopia-eritrea-sea-access ("'s 2020-2022 civil war").

    >>> _year_of_noun("It followed Putin's 2023 visit to Hanoi.", "visit").iso
    '2023'
    >>> _year_of_noun("Lima ended talks over an ad quoting Reagan's 1987 speech.", "end talks") is None
    True
    """
    first = _first_word(relation)
    if not first:
        return None
    match = re.search(rf"\b(?P<year>{_YEAR})(?:\s*[-–]\s*(?:{_YEAR}|\d\d))?\s+(?:[a-z]+\s+)?{re.escape(first)}\b", text, re.I)
    return DateValue(dt.date(int(match.group("year")), 1, 1), "year") if match else None


def named_weekdays(sentence: str, relation: str | None) -> frozenset[int]:
    """The weekdays (0 = Monday) that the words dating the statement with relation words
    ``relation`` name on their own (:func:`clause_view`; "told reporters Friday", "met on Friday and
    Saturday"), whether or not a document date resolves them: a report undated for want of its
    page's day still says which day of the week its act fell on. Only a weekday in the relation's
    own clause counts (no comma, colon or dash between them: "struck on Sunday, ending a year of
    fighting" does not date the fighting), and a weekday shifted by a distance ("a day after
    Monday's strike") names none.

    >>> sorted(named_weekdays("The envoy met the president Friday and Saturday in Minsk.", "met"))
    [4, 5]
    >>> named_weekdays("Lima recalled its envoy on Monday, two days after the vote.", "recalled")
    frozenset({0})
    >>> named_weekdays("Lima recalled its envoy on Monday, a day after Quito expelled him.", "expelled")
    frozenset()
    >>> named_weekdays("Troops shelled the town on Sunday, ending a year of fighting with the rebels.", "fighting with")
    frozenset()
    """
    view = clause_view(sentence, relation)
    first = _first_word(relation)
    if view.unknown or view.shift is not None or view.coarse or not first:
        return frozenset()
    text = _without_date_line(view.text)
    verbs = word_places(text, first)
    return frozenset(
        list(calendar.day_name).index(match.group("weekday").split()[0].capitalize())
        for match in _EXPRESSIONS.finditer(text)
        if match.group("weekday")
        and any(not _CLAUSE_END.search(text, min(at, match.start()), max(at, match.start())) for at in verbs)
    )


_DATE_LINE_START = re.compile(rf"^\s*date[:\s]+{_YEAR}\b", re.I)  # also a month's ("date 2024-12 ...")
_DATE_LINE = re.compile(rf"^\s*date[:\s]+{_YEAR}-[01]\d(?:-[0-3]\d)?\b(?!-)")  # also a month's ("date 2024-06 ...")


_OWNED_TIME = re.compile(
    r"\b(?:(?:last|this|next|past)\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tomorrow|week|month|year|weekend)['’]s\s+((?:[\w-]+\s+){0,3}[\w-]+)",
    re.I,
)


def _without_owned_times(sentence: str, relation: str | None) -> str:
    """A time that owns a noun ("ahead of this week's summit", "criticised Monday's decision", "last
    year's election") dates that noun, not the statement: it is blanked out (its length kept), unless
    the noun it owns is the statement's own act ("Monday's meeting between X and Y")."""
    first = relation.split()[0].lower() if relation and relation.split() else None

    def blank(match: re.Match[str]) -> str:
        owned = match.group(1).lower().split()
        if first is not None and any(word == first or word.startswith(first[:5]) for word in owned):
            return match.group(0)
        start = match.start(1) - match.start(0)
        return " " * start + match.group(0)[start:]

    return _OWNED_TIME.sub(blank, sentence)


def _without_date_line(sentence: str) -> str:
    """The page's own date line glued to its first sentence ("date 2025-07-12 Lavrov arrived on
    Saturday", seen on dev pages of north-korea-russia and venezuela-us) gives way to the date the
    sentence states itself ("on Saturday"); a sentence that states none gets none, like every other
    sentence of the page (see :func:`statement_date`): the page's date is when it was published, not
    when the lead's act happened. On news-dev (session 14) the glued line dated 6 found records, 2
    right (argentina-spain-milei-row, "has called on", the page's day) and 4 wrong, the act being the
    day before the page (niger-coup-france-ambassador "has ordered", india-canada-diplomat-row "has
    accused", "told reporters")."""
    return _DATE_LINE.sub("", sentence, count=1)


_YEAR_ONLY_KINDS = ("mdy", "dmy", "in_month")


def find_date_near(sentence: str, anchors: Iterable[DateValue], *, future: bool = False) -> DateValue | None:
    """A year-less day or month of ``sentence`` ("on July 11", "24 November", "in October") given
    the year by other days known to be near it: the publication dates of other reports of the
    same event, the event's own day. Every anchor must give the same answer, else it stays
    unknown. Only the year is borrowed: a weekday, "yesterday" or "last week" count from the
    report's own document date, which a neighbour's cannot stand in for.

    >>> near = [DateValue(dt.date(2025, 7, 11), "day"), DateValue(dt.date(2025, 7, 12), "day")]
    >>> find_date_near("The minister arrived on July 11 for talks.", near).iso
    '2025-07-11'
    >>> find_date_near("The minister arrived on Saturday.", near) is None  # needs the document's own day
    True
    >>> find_date_near("Talks began on December 30.", [DateValue(dt.date(2026, 1, 2), "day"), DateValue(dt.date(2025, 12, 31), "day")]).iso
    '2025-12-30'
    >>> find_date_near("They met on January 1.", [DateValue(dt.date(2025, 7, 3), "day"), DateValue(dt.date(2025, 6, 28), "day")]) is None  # half a year away: the anchors disagree
    True
    """
    anchors = [a for a in anchors if a.precision == "day"]
    if not anchors:
        return None
    for match, kind in _year_less_expressions(sentence):
        values = {_resolve(match, anchor, future) for anchor in anchors}
        return values.pop() if len(values) == 1 else None  # the first such expression decides, as in find_date
    return None


def _year_less_expressions(sentence: str) -> Iterator[tuple[re.Match[str], str]]:
    """The date expressions of ``sentence`` that name a day or month without its year, with their kind."""
    for match in _EXPRESSIONS.finditer(_without_date_line(sentence)):
        kind = next(k for k in _KINDS if match.group(k))
        if kind in _YEAR_ONLY_KINDS and (kind == "in_month" or not match.group(f"{kind}_year")) and _said_year(match, kind) is None:
            yield match, kind  # not "in March last year": its year is counted from the page's own date


def find_date_in(sentence: str, known: Iterable[DateValue]) -> DateValue | None:
    """A year-less day or month of ``sentence`` ("signed in June", "on October 11") that names the
    month (and day) of a date its event is already known by: it takes that date's year. The
    event's own dates decide before the publication dates of its other reports
    (:func:`find_date_near`), which may come a year after it ("signed in June" on an undated page,
    the deal dated June 2024 by another page, reports published in July 2025). Every known date
    that names that month must give the same year, else it stays unknown.

    >>> known = [DateValue(dt.date(2024, 6, 1), "month"), DateValue(dt.date(2024, 1, 1), "year")]
    >>> find_date_in("The pact the two leaders signed in June binds them.", known).iso
    '2024-06'
    >>> find_date_in("They met on June 19 in the capital.", known).iso
    '2024-06-19'
    >>> find_date_in("They met in March.", known) is None  # no known date in March
    True
    >>> find_date_in("They met on Friday.", known) is None  # only the year is borrowed
    True
    """
    known = [k for k in known if k.precision in ("day", "month")]
    if not known:
        return None
    for match, kind in _year_less_expressions(sentence):
        text = match.group("in_month_month") if kind == "in_month" else match.group(kind)
        values = set()
        for date in known:
            value = _calendar_value(f"{text} {date.date.year}")
            if value is not None and value.compatible(date):
                values.add(value)
        return values.pop() if len(values) == 1 else None  # the first such expression decides
    return None


def latest_named_day(text: str) -> DateValue | None:
    """The latest day a page names in full, year included ("a meeting on April 13, 2022" in a photo
    caption, "signed on 9 July 2018"): the page was written on or after it, so its year is the
    year a careful reader gives the page's year-less days (:func:`find_date_in_page_year`) when the
    page states no date of its own.

    >>> latest_named_day("Leaders met on April 13, 2022. The 2019 deal of 4 May 2019 holds.").iso
    '2022-04-13'
    >>> latest_named_day("They met in March 2022 and on Friday.") is None  # no whole day
    True
    """
    days = []
    for match in _EXPRESSIONS.finditer(text):
        kind = next(k for k in _KINDS if match.group(k))
        if kind == "iso" or (kind in ("mdy", "dmy") and match.group(f"{kind}_year")):
            value = _resolve(match, None, False)
            if value is not None and value.precision == "day":
                days.append(value)
    return max(days, key=lambda value: value.date, default=None)


_YEAR_WRAP_DAYS = 300
"""How far from the page's latest whole day its year-less days may fall in that day's year: "on
Dec. 28" on a page whose latest day is 2 January 2019 is 2018-12-28, not eleven months ahead."""


def find_date_in_page_year(sentence: str, latest: DateValue | None) -> DateValue | None:
    """A year-less day or month of ``sentence`` ("on Nov. 1", "told Parliament on Wednesday (April
    20)", "in October") on a page that states no date of its own, in the year of ``latest``, the
    latest day that page names in full (:func:`latest_named_day`), or the year next to it when that
    puts it over ``_YEAR_WRAP_DAYS`` days away. Not the nearest such day: a page naming "Feb. 11,
    2025" in a photo caption and "threatened action on Nov. 1" was written in November 2025, not
    before February. Weekdays and "yesterday" stay unknown: they need the page's own day.

    >>> caption = DateValue(dt.date(2025, 2, 11), "day")
    >>> find_date_in_page_year("Trump on Nov. 1 threatened action.", caption).iso
    '2025-11-01'
    >>> find_date_in_page_year("Talks began on Dec. 28.", DateValue(dt.date(2019, 1, 2), "day")).iso
    '2018-12-28'
    >>> find_date_in_page_year("They met in October.", caption).iso
    '2025-10'
    >>> find_date_in_page_year("They met on Friday.", caption) is None
    True
    """
    if latest is None or latest.precision != "day":
        return None
    for match, kind in _year_less_expressions(sentence):
        text = match.group("in_month_month") if kind == "in_month" else match.group(kind)
        value = _calendar_value(f"{text} {latest.date.year}")
        if value is None:
            return None
        gap = (value.date - latest.date).days
        if abs(gap) > _YEAR_WRAP_DAYS:
            value = _calendar_value(f"{text} {latest.date.year + (1 if gap < 0 else -1)}")
        return value  # the first such expression decides, as in find_date
    return None


def month_day_near(month_day: str, anchors: Iterable[DateValue]) -> DateValue | None:
    """A page's year-less date ("--11-24", from a wire dateline) in the year that puts it nearest
    the anchors (the dates of other reports of the same event), when they all agree.

    >>> month_day_near("--11-24", [DateValue(dt.date(2025, 11, 26), "day")]).iso
    '2025-11-24'
    >>> month_day_near("--12-30", [DateValue(dt.date(2026, 1, 2), "day"), DateValue(dt.date(2025, 12, 29), "day")]).iso
    '2025-12-30'
    >>> month_day_near("--06-01", [DateValue(dt.date(2025, 12, 3), "day"), DateValue(dt.date(2025, 11, 29), "day")]) is None
    True
    """
    match = GMONTHDAY.fullmatch(month_day or "")
    if match is None:
        return None
    values = set()
    for anchor in (a for a in anchors if a.precision == "day"):
        candidates = []
        for year in (anchor.date.year - 1, anchor.date.year, anchor.date.year + 1):
            try:
                candidates.append(dt.date(year, int(match.group(1)), int(match.group(2))))
            except ValueError:  # 29 February
                continue
        if candidates:
            values.add(min(candidates, key=lambda day: abs((day - anchor.date).days)))
    return DateValue(values.pop(), "day") if len(values) == 1 else None


def _resolve(match: re.Match[str], document: DateValue | None, future: bool) -> DateValue | None:
    kind = next(k for k in _KINDS if match.group(k))
    text = match.group(kind)
    if kind == "iso":
        return parse_date_value(text)
    if kind in ("in_year", "during_year"):  # "during the 2020-2022 war": the year it began
        return DateValue(dt.date(int(match.group(f"{kind}_year")), 1, 1), "year")
    if kind == "my":
        return _calendar_value(text)
    if (said_year := _said_year(match, kind)) is not None:  # "in March last year", "on 3 May this year"
        if document is None:
            return None
        text = match.group("in_month_month") if kind == "in_month" else match.group(kind)
        return _calendar_value(f"{text} {document.date.year + said_year}")
    if kind == "in_month":  # "in October": the nearest October before the document (after, for a plan)
        if document is None or document.precision == "year":
            return None
        last = match.group("in_month").lower().startswith("last")  # "last March": never the page's own month
        return _nearest_month(match.group("in_month_month"), document, future and not last, own_month=not last)
    if kind in ("mdy", "dmy"):
        if match.group(f"{kind}_year"):
            return _calendar_value(text)
        if document is None or document.precision == "year":
            return None
        return _nearest_year(text, document)
    if kind == "ago":
        return _ago(match, document)
    # weekday and relative expressions count from the document's day
    if document is None or document.precision != "day":
        return None
    if kind == "weekday":
        return _weekday(match, document.date, future)
    return _relative(" ".join(text.lower().split()), document.date)


_KINDS = ("iso", "mdy", "dmy", "my", "weekday", "relative", "ago", "in_year", "during_year", "in_month")
_SAID_YEAR = re.compile(r",?\s+(?:of\s+)?(last|this|next)\s+year\b", re.I)
_YEAR_SHIFTS = {"last": -1, "this": 0, "next": 1}


def _said_year(match: re.Match[str], kind: str) -> int | None:
    """A year-less month or day followed by "last / this / next year" ("in March last year", "on 3 May
    this year", "in October of last year"): how many years from the document's that year is; None else."""
    if kind not in _YEAR_ONLY_KINDS or (kind != "in_month" and match.group(f"{kind}_year")):
        return None
    said = _SAID_YEAR.match(match.string, match.end())
    return _YEAR_SHIFTS[said.group(1).lower()] if said else None


def _nearest_month(name: str, document: DateValue, future: bool, own_month: bool = True) -> DateValue | None:
    """'in October' in a document of 2025-11-02 is 2025-10; in one of 2025-09-02, 2024-10 (or
    2025-10 for a statement about the future): a month named without a year is the last one
    (the next one) counting from the document's month, that month included unless ``own_month``
    is False ("last November" in a November page is the November before)."""
    month = _calendar_value(f"{name} 2000")
    if month is None:
        return None
    year = document.date.year
    if future:
        year += month.date.month < document.date.month
    else:
        year -= month.date.month > document.date.month or (not own_month and month.date.month == document.date.month)
    return DateValue(dt.date(year, month.date.month, 1), "month")


def _nearest_year(text: str, document: DateValue) -> DateValue | None:
    """'November 24' in a document of 2026-01-03 is 2025-11-24: the nearest such day."""
    candidates = []
    for year in (document.date.year - 1, document.date.year, document.date.year + 1):
        value = _calendar_value(f"{text} {year}")
        if value is not None and value.precision == "day":
            candidates.append(value)
    if not candidates:
        return None
    return min(candidates, key=lambda value: abs((value.date - document.date).days))


_LAST_OR_NEXT = re.compile(r"\b(last|next)\s+$", re.I)


def _weekday(match: re.Match[str], anchor: dt.date, future: bool) -> DateValue | None:
    """The weekday nearest the document date (before it, or after for future statements), the
    document's own day included either way ("On Tuesday, Xi will also meet ..." on a Tuesday's page
    is that day: dev xi-putin-moscow-visit-2023, israel-turkey-ties-restored-2022).

    "Monday (24)" must also fall on the 24th; if none within three weeks does, it is unknown.
    """
    target = list(calendar.day_name).index(match.group("weekday").split()[0].capitalize())
    day = match.group("weekday_day")
    day_number = int(re.match(r"\d+", day).group()) if day else None
    # "last Thursday", "next Thursday": never the page's own day, and "next" counts forward
    said = _LAST_OR_NEXT.search(match.string, max(0, match.start("weekday") - 8), match.start("weekday"))
    step = 1 if future or (said and said.group(1).lower() == "next") else -1
    first = 1 if said else 0
    for offset in range(first, 22):
        candidate = anchor + dt.timedelta(days=step * offset)
        if candidate.weekday() == target and (day_number is None or candidate.day == day_number):
            return DateValue(candidate, "day")
    return None


# a relative or "since" clause just before a distance back in time: the distance dates that clause's
# act (dev greece-macedonia-prespa-deal-2018 "Ending a dispute that began 27 years ago, ... met";
# peru-castillo-ouster-2022 "since he arrived the office, 16 months ago"), not the sentence's
_ANOTHER_ACT = re.compile(r"\b(?:that|which|who|since)\b", re.I)


def _ago(match: re.Match[str], document: DateValue | None) -> DateValue | None:
    """"three days ago" (a day), "two weeks ago" (its week's month, as "last week"), "a month ago",
    "a year ago" (the month: a year before the page's month), counted back from the page's date at
    the precision the unit needs; unknown without it.

    >>> doc = DateValue(dt.date(2024, 3, 20), "day")
    >>> [find_date(f"They met {when}.", doc).iso for when in ("three days ago", "two weeks ago", "a month ago", "a year ago")]
    ['2024-03-17', '2024-03', '2024-02', '2023-03']
    >>> find_date("They met a year ago.", DateValue(dt.date(2024, 1, 1), "year")) is None
    True
    >>> find_date("Ending a feud that began ten years ago, they met.", doc) is None  # the feud's time
    True
    """
    if _ANOTHER_ACT.search(match.string[max(0, match.start() - 60) : match.start()]):
        return None  # "a dispute that began 27 years ago", "since he took office, 16 months ago": another act's time
    n = _count(match.group("ago_count"))
    unit = match.group("ago_unit").lower()
    if document is None or (unit in ("day", "week") and document.precision != "day") or document.precision == "year":
        return None
    if unit == "day":
        return DateValue(document.date - dt.timedelta(days=n), "day")
    if unit == "week":
        day = document.date - dt.timedelta(weeks=n)
        return _week(day - dt.timedelta(days=day.weekday()))
    return _months_from(document.date, -(n if unit == "month" else 12 * n))


def _count(word: str) -> int:
    """"a", "three" or "3" as a number."""
    return _COUNTS.get(word.lower()) or int(word)


def _months_from(day: dt.date, shift: int) -> DateValue:
    """The month ``shift`` months from ``day``'s (back when negative), at month precision."""
    index = day.year * 12 + day.month - 1 + shift
    return DateValue(dt.date(index // 12, index % 12 + 1, 1), "month")


def _relative(text: str, anchor: dt.date) -> DateValue | None:
    words = text.split()
    if words[-1] == "weekend":  # "over the weekend": the Saturday and Sunday before the page's day
        return _weekend(anchor, strictly_before=words[0] in ("last", "past"))
    if text == "today":
        return DateValue(anchor, "day")
    if text in ("yesterday", "the day before"):
        return DateValue(anchor - dt.timedelta(days=1), "day")
    which, unit = words[0].lower(), words[-1].lower()
    shift = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
    if unit == "year":
        return DateValue(dt.date(anchor.year + shift, 1, 1), "year")
    if unit == "month":
        return _months_from(anchor, shift)
    monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=shift)
    return _week(monday)


def _weekend(anchor: dt.date, strictly_before: bool) -> DateValue | None:
    """The weekend that ends on or before ``anchor`` (the one ending before it, for "last weekend"
    written on a Saturday or Sunday), at the precision two days have: their month, else their year."""
    saturday = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
    if strictly_before and anchor - saturday < dt.timedelta(days=2):
        saturday -= dt.timedelta(weeks=1)
    sunday = saturday + dt.timedelta(days=1)
    if (saturday.year, saturday.month) == (sunday.year, sunday.month):
        return DateValue(saturday.replace(day=1), "month")
    return DateValue(dt.date(saturday.year, 1, 1), "year") if saturday.year == sunday.year else None


def _week(monday: dt.date) -> DateValue | None:
    """A week said at the precision it has: its month, else its year (weeks straddle both)."""
    sunday = monday + dt.timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return DateValue(monday.replace(day=1), "month")
    if monday.year == sunday.year:
        return DateValue(dt.date(monday.year, 1, 1), "year")
    return None


_MONTH_NUMBERS = {name[:3].lower(): number for number, name in enumerate(calendar.month_name) if name}
_CALENDAR = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?(?:(?P<month>{_MONTH})\s+(?:(?P<day>{_DAY})\b,?\s*)?|(?P<day2>{_DAY})\s+(?P<month2>{_MONTH})(?:,?\s+|$))"
    rf"(?P<year>{_YEAR})?"
)


def _calendar_value(text: str) -> DateValue | None:
    """"Nov. 7, 2025", "24 November 2025", "February 2022", "Monday, November 24, 2025": the
    forms the expressions above find, as written in English, whole; a day needs its year here.

    >>> _calendar_value("Nov. 7, 2025").iso, _calendar_value("February 2022").iso
    ('2025-11-07', '2022-02')
    >>> _calendar_value("February 30, 2025") is None  # no such day
    True
    """
    match = _CALENDAR.fullmatch(" ".join(text.split()))
    if match is None or match.group("year") is None:
        return None
    month = _MONTH_NUMBERS[(match.group("month") or match.group("month2"))[:3].lower()]
    day, year = match.group("day") or match.group("day2"), int(match.group("year"))
    try:
        if day is None:
            return DateValue(dt.date(year, month, 1), "month")
        return DateValue(dt.date(year, month, int(re.match(r"\d+", day).group())), "day")
    except ValueError:
        return None


def _rfc2822_value(text: str) -> DateValue | None:
    """E-mail and RSS dates ("Wed, 26 Nov 2025 08:00:00 GMT"): the date as written."""
    from email.utils import parsedate

    parts = parsedate(text)
    try:
        return DateValue(dt.date(*parts[:3]), "day") if parts else None
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _dateparser_value(text: str, anchor: dt.date | None) -> DateValue | None:
    settings = {"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False}
    if anchor is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(anchor, dt.time())
    data = _parser(tuple(sorted(settings.items(), key=str))).get_date_data(text.replace(".", ""))
    if data.date_obj is None or data.period not in ("day", "month", "year"):
        return None
    value = data.date_obj.date()
    if data.period == "month":
        value = value.replace(day=1)
    elif data.period == "year":
        value = value.replace(month=1, day=1)
    return DateValue(value, data.period)


@lru_cache(maxsize=8)
def _parser(settings: tuple[tuple[str, object], ...]):
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings=dict(settings))


def _truncate(date: dt.date, level: int) -> tuple[int, ...]:
    return (date.year, date.month, date.day)[: 3 - level]
