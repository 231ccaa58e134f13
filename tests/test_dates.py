"""Date resolution: sentence + document date -> (date, precision), or unknown. Never the clock."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.events.dates import (
    DateValue,
    document_date,
    find_date,
    find_date_in,
    find_date_in_page_year,
    find_date_near,
    latest_named_day,
    lead_date,
    named_weekdays,
    parse_date_value,
    reference_before,
    statement_date,
)
from kg.events.grouping import corpus_anchors

WED_2025_11_26 = "2025-11-26"  # a Wednesday
SAT_2026_01_03 = "2026-01-03"


@pytest.mark.parametrize(
    "sentence, doc_date, expected",
    [
        # absolute, with a year: no document date needed
        ("The treaty was signed on 24 November 2025 in Tokyo.", None, ("2025-11-24", "day")),
        ("Putin sent troops into Ukraine in February 2022.", None, ("2022-02", "month")),
        ("The two sides last held such talks in 2020.", None, ("2020", "year")),
        ("Officials met on Nov. 7, 2025, in Beijing.", None, ("2025-11-07", "day")),
        ("The ministry said on 2025-11-14 that it protested.", None, ("2025-11-14", "day")),
        ("On Monday, November 24, 2025 the leaders spoke.", None, ("2025-11-24", "day")),
        # day and month: the year nearest the document date
        ("Xi told Trump in a November 24 phone call.", WED_2025_11_26, ("2025-11-24", "day")),
        ("Japan protested on Oct. 30.", WED_2025_11_26, ("2025-10-30", "day")),
        ("Japan protested on Nov. 7.", WED_2025_11_26, ("2025-11-07", "day")),
        ("The envoy was summoned on December 30.", SAT_2026_01_03, ("2025-12-30", "day")),
        ("The leaders will meet on January 20.", "2025-12-28", ("2026-01-20", "day")),
        ("They spoke on 24 November.", WED_2025_11_26, ("2025-11-24", "day")),
        # relative to the document's day
        ("China summoned the ambassador on Thursday.", WED_2025_11_26, ("2025-11-20", "day")),
        ("The call took place on Monday (24) night.", WED_2025_11_26, ("2025-11-24", "day")),
        ("The ministers met on Tuesday.", WED_2025_11_26, ("2025-11-25", "day")),
        ("Beijing protested yesterday.", WED_2025_11_26, ("2025-11-25", "day")),
        ("Tokyo lodged a protest last month.", WED_2025_11_26, ("2025-10", "month")),
        ("Tokyo lodged a protest last year.", WED_2025_11_26, ("2024", "year")),
        ("Seoul and Tokyo met last week.", WED_2025_11_26, ("2025-11", "month")),  # Nov 17-23
        ("Seoul and Tokyo met last week.", "2025-10-08", ("2025", "year")),  # Sep 29 - Oct 5: month unknown
        ("Seoul and Tokyo met last week.", "2026-01-07", None),  # Dec 29 - Jan 4: straddles years
        # a distance back from the page's date ("ago"), at the precision its unit has (dev
        # niger-us-military-accord-2024 "a year ago"; 29 dev stories write "ago"), never another act's
        ("Quito recalled its envoy three days ago.", WED_2025_11_26, ("2025-11-23", "day")),
        ("Quito recalled its envoy two weeks ago.", WED_2025_11_26, ("2025-11", "month")),  # Nov 10-16
        ("Quito recalled its envoy a month ago.", WED_2025_11_26, ("2025-10", "month")),
        ("Lima paid a rare visit to Quito a year ago.", WED_2025_11_26, ("2024-11", "month")),
        ("Lima paid a rare visit to Quito a year ago.", "2025", None),  # the page's year says too little
        ("Ending a feud that began ten years ago, Lima and Quito met.", WED_2025_11_26, None),  # the feud's time
        ("Quito recalled its envoy three days ago.", None, None),
        # a year's middle ("in mid-2017": dev saudi-qatar-al-ula-reconciliation-2021) is the year
        ("Riyadh cut ties with Doha in mid-2017.", WED_2025_11_26, ("2017", "year")),
        ("Riyadh cut ties with Doha mid-2017.", WED_2025_11_26, ("2017", "year")),
        # a month named without a year: the last such month, counting from the document's
        ("Lima and Quito held talks in October.", WED_2025_11_26, ("2025-10", "month")),
        ("Lima and Quito held talks in December.", WED_2025_11_26, ("2024-12", "month")),
        # "since November" says when a state began, not when an act happened
        ("Quito has protested since November.", WED_2025_11_26, None),
        ("Troops seized the envoy, who had sheltered at the mission since March.", WED_2025_11_26, None),
        ("Troops seized the envoy on Friday, who had sheltered at the mission since March.", WED_2025_11_26, ("2025-11-21", "day")),
        ("Troops seized the envoy in March, who had sheltered at the mission since January.", WED_2025_11_26, ("2025-03", "month")),
        # a month or day with "last / this / next year" counts its year from the document's (news-dev: 17
        # such dates in 12 dev stories; before, "in March last year" was the March of the page's year)
        ("Lima and Quito held talks in March last year.", WED_2025_11_26, ("2024-03", "month")),
        ("Lima and Quito held talks in October of last year.", WED_2025_11_26, ("2024-10", "month")),
        ("Lima expelled Quito's envoy on 20 November last year.", WED_2025_11_26, ("2024-11-20", "day")),
        ("Lima expelled Quito's envoy on 4 June this year.", WED_2025_11_26, ("2025-06-04", "day")),
        ("Lima and Quito will hold talks on November 30 next year.", WED_2025_11_26, ("2026-11-30", "day")),
        ("Lima and Quito held talks in March last year.", None, None),  # no anchor, no guess
        # "last March" is the last March before the page's month, never its own; "last Friday" never the
        # page's own day; "over the weekend" the Saturday and Sunday before it (news-dev: 14, 13 and 6 such
        # phrases in 12, 10 and 6 dev stories)
        ("Lima expelled Quito's envoy last March.", WED_2025_11_26, ("2025-03", "month")),
        ("Lima expelled Quito's envoy last November.", WED_2025_11_26, ("2024-11", "month")),
        ("Lima expelled Quito's envoy last Wednesday.", WED_2025_11_26, ("2025-11-19", "day")),
        ("Lima will expel Quito's envoy next Wednesday.", WED_2025_11_26, ("2025-12-03", "day")),
        ("Lima and Quito held talks over the weekend.", WED_2025_11_26, ("2025-11", "month")),
        ("Lima and Quito held talks over the weekend.", "2025-06-02", ("2025", "year")),  # 31 May and 1 June
        ("Lima and Quito held talks in October 2023.", WED_2025_11_26, ("2023-10", "month")),
        ("Lima and Quito held talks in October.", None, None),  # no anchor, no guess
        # unknown: no anchor for a relative or year-less date; no date at all
        ("Officials met in Beijing on Tuesday.", None, None),
        ("Xi told Trump in a November 24 phone call.", None, None),
        ("Xi told Trump in a November 24 phone call.", "2025", None),  # a year is too coarse
        ("China urged Japan to retract the remarks.", WED_2025_11_26, None),
        ("Beijing protested last week.", "2025-11", None),  # a month-precise document date
        ("Monday (31) talks", WED_2025_11_26, None),  # no Monday the 31st within three weeks
        # words that only look like dates
        ("China may 2 times reconsider.", WED_2025_11_26, None),
        ("The march 20 kilometres long ended.", WED_2025_11_26, None),
        ("Relations have been strained since 2020.", None, None),
        ("The deal of February 30, 2025 was signed on March 2, 2025.", None, ("2025-03-02", "day")),  # no such day: the next
        # the page's date line glued to its first sentence gives way to the sentence's own date, and
        # dates nothing when the sentence states none: a lead's act is often the day before its page
        ("date 2025-11-26 Lima summoned the Chilean envoy on Monday.", WED_2025_11_26, ("2025-11-24", "day")),
        ("date 2025-11-26 Lima summoned the Chilean envoy.", WED_2025_11_26, None),  # none of its own
        ("date 2025-11-26 Quito has expelled two Peruvian consuls.", WED_2025_11_26, None),
        ("date 2025-11-26 Quito expelled two Peruvian consuls yesterday.", WED_2025_11_26, ("2025-11-25", "day")),
        ("The update date 2025-11-26 was set on Monday.", WED_2025_11_26, ("2025-11-26", "day")),  # mid-sentence: an ISO date
        # "today"/"yesterday" glossed by a full date: the page's own reading of the day wins over a
        # stamp of the next morning (dev tunisia-eu-migration-deal-2023, duterte-icc-arrest-2025)
        ("The ministers signed the accord today, 24 November 2025, in Lima.", WED_2025_11_26, ("2025-11-24", "day")),
        ("Yesterday, November 23, 2025, the envoy flew home.", WED_2025_11_26, ("2025-11-23", "day")),
        ("The ministers signed the accord today, in Lima.", WED_2025_11_26, ("2025-11-26", "day")),
    ],
)
def test_statement_dates(sentence: str, doc_date: str | None, expected: tuple[str, str] | None) -> None:
    value = find_date(sentence, parse_date_value(doc_date))
    assert (None if value is None else (value.iso, value.precision)) == expected


@pytest.mark.parametrize(
    "sentence, relation, doc_date, expected",
    [
        # an act placed a number of days before or after another: the main clause's date, moved
        ("The siege began on 12 March 2024, one day after the rebels attacked the garrison.", "attacked", None, ("2024-03-11", "day")),
        ("The siege began on 12 March 2024, one day after the rebels attacked the garrison.", "began", None, ("2024-03-12", "day")),
        ("Kenya reopened the border on Friday, three days after Somalia closed it.", "closed", WED_2025_11_26, ("2025-11-18", "day")),
        ("Kenya reopened the border on Friday, three days after Somalia closed it.", "reopened", WED_2025_11_26, ("2025-11-21", "day")),
        ("Talks resumed on 2 June 2025, two days before Chile recalled its envoy.", "recalled", None, ("2025-06-04", "day")),
        # a week's distance is only as precise as the month (or year) that week lies in
        ("The envoy returned on 20 May 2025, a week after Quito recalled him.", "recalled", None, ("2025-05", "month")),
        ("The envoy returned on 8 May 2025, a week after Quito recalled him.", "recalled", None, ("2025", "year")),
        # a vague distance, or a month's, gives the inner act no date; the main clause keeps its own
        ("The envoy returned on Monday, weeks after Quito recalled him.", "recalled", WED_2025_11_26, None),
        ("The envoy returned on Monday, weeks after Quito recalled him.", "returned", WED_2025_11_26, ("2025-11-24", "day")),
        ("The envoy returned in May 2025, two months after Quito recalled him.", "recalled", None, None),
        ("The envoy returned in May 2025, one day after Quito recalled him.", "recalled", None, None),  # a month minus a day
        # a date said inside the phrase is the inner act's, not the main clause's
        ("The envoy returned weeks after Quito recalled him on 2 May 2025.", "recalled", None, ("2025-05-02", "day")),
        ("The envoy returned weeks after Quito recalled him on 2 May 2025.", "returned", None, None),
        # a plain "after"/"before" says no distance: the act inside it is not given the main clause's
        # day (a month or year still holds), nor a weekday; the main clause keeps its date, and a date
        # the phrase says is its own act's
        ("Peru and Chile met on 4 June 2025 after Bolivia called for talks.", "called", None, None),
        ("Peru and Chile met on 4 June 2025 after Bolivia called for talks.", "met", None, ("2025-06-04", "day")),
        ("A van carries the envoy away after guards stormed the mission to seize him, Friday, May 2, 2025.", "seize", None, None),
        ("A van carries the envoy away after guards stormed the mission to seize him, Friday, May 2, 2025.", "carries", None, ("2025-05-02", "day")),
        ("Chile cut ties on Friday after Peru expelled its consul.", "expelled", WED_2025_11_26, None),
        ("The fighting stopped in June 2025 following a ceasefire brokered by Qatar.", "brokered", None, ("2025-06", "month")),
        ("Lima protested after Quito detained the consul on 3 May 2025.", "detained", None, ("2025-05-03", "day")),
        ("Talks resumed on 4 June 2025 following the president's 2019 visit to Quito.", "visit", None, ("2019", "year")),
        # a first or ranked act measured from a dated one is after it, by an unsaid distance; an act
        # that is not counted keeps the phrase's date (the same day, most often)
        ("It was the first summit between Peru and Chile after their border clash on 2 May 2025.", "summit", None, None),
        ("It was the worst fighting between Peru and Chile after the border clash on 2 May 2025.", "fighting", None, None),
        ("Crowds tried to storm the palace after the vote on 2 May 2025.", "storm", None, ("2025-05-02", "day")),
        # a phrase with a subject and verb of its own is another act: its date is that act's, and the
        # act outside it came after, by an unsaid distance; a date of its own stays
        ("Lima expelled two envoys after police tied them to a blast near Cusco on 3 March 2019.", "expelled", None, None),
        ("Lima expelled two envoys after police tied them to a blast near Cusco on March 3, 2019.", "expelled", None, None),
        ("Lima expelled two envoys after police tied them to a blast near Cusco on 3 March 2019.", "tied", None, ("2019-03-03", "day")),
        ("Lima expelled two envoys on 4 June 2025 after police tied them to a 2019 blast.", "expelled", None, ("2025-06-04", "day")),
        ("Lima recalled its envoy after the talks were suspended on 2 May 2025.", "recalled", None, None),
        ("Lima cut ties after Bolivian police stormed its embassy on Friday.", "cut", WED_2025_11_26, ("2025-11-21", "day")),
        ("Lima recalled its envoy following the detained sailors' release on 2 May 2025.", "recalled", None, ("2025-05-02", "day")),
        # a "when" clause set off after a date: that date is its act's, whatever "since" says of the clause before
        ("The summit was their first since 2017, when they met in Lusaka.", "met", None, ("2017", "year")),
        ("The summit was their first since 2017, when they met in Lusaka.", "summit", None, None),
        ("Ties soured in March 2024, when Lima expelled the consul.", "expelled", None, ("2024-03", "month")),
        ("Lima recalled its envoy on Friday, when Quito expelled the consul.", "expelled", WED_2025_11_26, ("2025-11-21", "day")),
        # a relative clause set off by commas is a side remark: its date is its own act's
        ("Ruiz, who delayed a planned visit in May, was the first envoy to visit Quito.", "visit", None, None),
        ("Ruiz, who delayed a planned visit in May 2024, was the first envoy to visit Quito.", "delayed", None, ("2024-05", "month")),
        # "since" then words before a year: when a state began, never the date of an act outside it
        ("She was the first envoy to visit Quito since Ana Ruiz took office in 2021.", "visit", None, None),
        ("Peru and Chile have shared the river since the treaty was signed in 1929.", "shared", None, None),
        ("Relations soured since Lima in 2023 accused Quito of spying.", "accused", None, ("2023", "year")),
        ("Lima has listed the group as hostile since 1997.", "listed", None, ("1997", "year")),
        # ... and so is a that-clause: "over claims that ..." says why, not when
        ("Lima is expelling two envoys over claims that Bolivian agents were involved in a blast in 2019.", "expelling", None, None),
        ("Lima expelled two envoys on 4 June 2025 over claims that Bolivian agents planned a 2019 blast.", "expelled", None, ("2025-06-04", "day")),
        # a distance in hours keeps both acts on the main clause's day (or month); with no date there, none
        ("Chile shut its consulate on Friday, hours after a crowd burned the flag outside it.", "burned", WED_2025_11_26, ("2025-11-21", "day")),
        ("Chile shut its consulate on Friday, hours after a crowd burned the flag outside it.", "shut", WED_2025_11_26, ("2025-11-21", "day")),
        ("The quarrel flared in May 2025, two hours before the envoys sat down together.", "sat", None, ("2025-05", "month")),
        ("The quarrel flared hours after Bolivia withdrew its envoy.", "withdrew", WED_2025_11_26, None),
        # "since" and a year after the act's own verb in a perfect form: the year the state began
        ("Chile has formally listed the militia as a terrorist group since 2004.", "listed", None, ("2004", "year")),
        ("The consul, who had been detained since 2021, walked free.", "detained", None, ("2021", "year")),
        # must not fire: a first or counted act since a year, another verb's "since", a month, no perfect form
        ("The two premiers have held their first summit since 2018 in Lima.", "held", None, None),
        ("Peru has beaten Chile three times at the polls since 2015.", "beaten", None, None),
        ("Police seized the envoy, who had hidden at the mission since 2022.", "seized", None, None),
        ("Quito has protested against the fence since November.", "protested", WED_2025_11_26, None),
        ("Rebels seized the port, held since 2019 by the army.", "seized", None, None),
        # must not fire: a word on both sides keeps the whole sentence
        ("Lima met Quito on 4 June 2025, a day after Quito met Bogota.", "met", None, ("2025-06-04", "day")),
        ("Lima met Quito on 4 June 2025.", "met", None, ("2025-06-04", "day")),
        # a year that modifies the act's own noun, or a "during" phrase's, dates it (the year it began)
        ("The deal followed the president's 2019 visit to Quito.", "visit", None, ("2019", "year")),
        ("During the 2016-2018 border war, Chile backed Peru.", "backed", None, ("2016", "year")),
        # a date inside a quotation is the quoted act's, not the act of saying it
        ("\u201cThe bloc failed us in 2019,\u201d the premier said, accusing Quito of neglect.", "accusing", None, None),
        ("Lima \u201caccused Quito on 2 May 2025\u201d, the paper wrote.", "accused", None, ("2025-05-02", "day")),
        # must not fire: a year before another noun belongs to that noun's act
        ("Peru ended talks over an ad quoting Reagan's 1987 speech.", "ended", None, None),
        # a time that owns another noun dates that noun, not the act (session 46: "in advance of this
        # week's summit", saudi-qatar-al-ula-reconciliation-2021); one that owns the act's own noun dates it
        ("Peru criticised last year's decision by Chile.", "criticised", WED_2025_11_26, None),
        ("Peru met Chile ahead of next week's summit.", "met", WED_2025_11_26, None),
        ("Peru met Chile on Monday ahead of this week's summit.", "met", WED_2025_11_26, ("2025-11-24", "day")),
        ("Monday's meeting between Peru and Chile was tense.", "meeting", WED_2025_11_26, ("2025-11-24", "day")),
    ],
)
def test_acts_placed_by_their_distance(sentence: str, relation: str, doc_date: str | None, expected: tuple[str, str] | None) -> None:
    value = statement_date(sentence, relation, parse_date_value(doc_date))
    assert (None if value is None else (value.iso, value.precision)) == expected


def test_future_statements_count_weekdays_forward() -> None:
    doc = parse_date_value(WED_2025_11_26)
    assert find_date("The ministers will meet on Friday.", doc, future=True).iso == "2025-11-28"
    assert find_date("The ministers met on Friday.", doc).iso == "2025-11-21"
    assert find_date("The ministers will meet in January.", doc, future=True).iso == "2026-01"
    # the page's own weekday in a future sentence is that day, not a week on ("On Tuesday, Xi will also
    # meet ..." on a Tuesday's page: dev xi-putin-moscow-visit-2023, israel-turkey-ties-restored-2022)
    assert find_date("The ministers will meet on Wednesday.", doc, future=True).iso == "2025-11-26"


@pytest.mark.parametrize(
    "sentence, relation, future, expected",
    [
        # a that-clause reported on a day: its own time is the act's, its weekday counted from the day it was said
        ("Ghana announced on Thursday that it will reopen the border on Friday.", "reopen", True, ("2025-11-21", "day")),
        ("Ghana said on Monday that it will expel the envoy on Friday.", "expel", True, ("2025-11-28", "day")),
        ("Ghana said on Monday that it expelled the envoy on Sunday.", "expelled", False, ("2025-11-23", "day")),
        # a plan with no time of its own is not of the day it was announced, nor of that weekday a week on
        ("Ghana said on Monday that it would expel the envoy.", "expel", True, None),
        # a done act with no time of its own keeps the day it was told (as before)
        ("Ghana said on Monday that it expelled the envoy.", "expelled", False, ("2025-11-24", "day")),
    ],
)
def test_a_reported_clause_counts_from_when_it_was_said(sentence: str, relation: str, future: bool, expected: tuple[str, str] | None) -> None:
    value = statement_date(sentence, relation, parse_date_value(WED_2025_11_26), future=future)
    assert ((value.iso, value.precision) if value else None) == expected


@pytest.mark.parametrize(
    "metadata, text, expected",
    [
        ("2025-11-14", "Text.", ("2025-11-14", "day")),
        ("2025-11-14T23:30:00-05:00", "Text.", ("2025-11-14", "day")),  # the local date as written
        ("Wed, 26 Nov 2025 08:00:00 GMT", "Text.", ("2025-11-26", "day")),
        ("November 2025", "Text.", ("2025-11", "month")),
        ("Monday, November 24, 2025", "Text.", ("2025-11-24", "day")),
        ("Sept. 3, 2024", "Text.", ("2024-09-03", "day")),
        ("2025/11/26", "Text.", ("2025-11-26", "day")),  # other forms: dateparser
        ("26th of November, 2025", "Text.", ("2025-11-26", "day")),
        ("2025", "Text.", ("2025", "year")),
        (None, "BEIJING, Nov 26, 2025 – China said it would respond.", ("2025-11-26", "day")),
        (None, "TOKYO, November 3, 2025 (Kyodo) - Japan said ...", ("2025-11-03", "day")),
        (None, "date 2025-11-14\nTokyo protested.", ("2025-11-14", "day")),
        (None, "BEIJING, Nov 26 – China said it would respond.", None),  # a dateline without a year
        ("not a date", "China and Japan held talks.", None),
        ("2025-13-45", "Text.", None),
        (None, "", None),
    ],
)
def test_document_dates(metadata: str | None, text: str, expected: tuple[str, str] | None) -> None:
    value = document_date(metadata, text)
    assert (None if value is None else (value.iso, value.precision)) == expected


def test_compatibility_at_the_coarser_precision() -> None:
    day = DateValue(dt.date(2025, 11, 24), "day")
    assert day.compatible(DateValue(dt.date(2025, 11, 1), "month"))
    assert day.compatible(DateValue(dt.date(2025, 1, 1), "year"))
    assert not day.compatible(DateValue(dt.date(2025, 10, 1), "month"))
    assert not day.compatible(DateValue(dt.date(2025, 11, 25), "day"))


@pytest.mark.parametrize(
    "sentence, anchors, expected",
    [
        # a year-less day or month in an undated page: the year from other reports of its event
        ("The envoy reached Accra on July 11 for talks.", ["2025-07-11", "2025-07-12"], ("2025-07-11", "day")),
        ("Ghana's June 17 visit to Lome was praised.", ["2025-07-11"], ("2025-06-17", "day")),
        ("Talks opened on 30 December in Lome.", ["2026-01-02"], ("2025-12-30", "day")),  # across new year
        ("Lome and Accra held talks in October.", ["2025-11-26"], ("2025-10", "month")),
        ("The envoys met on January 1.", ["2025-07-03", "2025-06-28"], None),  # the anchors disagree on the year
        # only the year is borrowed: days counted from a page's own date stay unknown
        ("The envoys met on Saturday.", ["2025-07-12"], None),
        ("The envoys met yesterday.", ["2025-07-12"], None),
        ("The envoys met last week.", ["2025-07-12"], None),
        ("The envoys met on July 11.", ["2025-07"], None),  # a month is no anchor for a day's year
        ("The envoys met on July 11.", [], None),
    ],
)
def test_year_from_other_reports(sentence: str, anchors: list[str], expected: tuple[str, str] | None) -> None:
    value = find_date_near(sentence, [parse_date_value(a) for a in anchors])
    assert (None if value is None else (value.iso, value.precision)) == expected


@pytest.mark.parametrize(
    "sentence, pages, expected",
    [
        # an event with no dated report: the corpus's page days lend the year when they all agree
        # (dev: south-korea-yoon-impeachment "(Dec 5)", north-korea-russia "June 17")
        ("Deputies moved to censure the cabinet before dawn on Thursday (Mar 6).", ["2025-03-12", "2025-03-13", None], ("2025-03-06", "day")),
        ("The envoy's April 2 trip to Lome was cut short.", ["2025-05-10", "2025-05-10"], ("2025-04-02", "day")),
        ("The envoy's April 2 trip to Lome was cut short.", ["2023-05-10", "2025-05-10"], None),  # pages years apart
        ("The envoy's April 2 trip to Lome was cut short.", ["2025-05", "--05-10"], None),  # no page gives a full day
        ("The envoys met on Saturday.", ["2025-05-10"], None),  # a weekday needs the page's own day
        ("The envoys will meet next month.", ["2025-05-10"], None),  # so does "next month"
    ],
)
def test_year_from_the_corpus_pages(sentence: str, pages: list[str | None], expected: tuple[str, str] | None) -> None:
    anchors = corpus_anchors(parse_date_value(p) for p in pages)
    value = find_date_near(sentence, anchors)
    assert (None if value is None else (value.iso, value.precision)) == expected


@pytest.mark.parametrize(
    "sentence, relation, expected",
    [
        # a time said by reference to an earlier one of its sentence counts from it (dev:
        # albanese-xi-beijing-visit-2023, iran-us-prisoner-swap-2023, belarus-prisoner-release)
        ("The envoy will visit Lome on November 3 and meet the president the following day.", "meet", ("2025-11-04", "day")),
        ("The envoy will visit Lome on November 3 and meet the president the following day.", "visit", ("2025-11-03", "day")),
        ("Kofi Mensah was jailed in 2019 and freed by Ghana the next year.", "freed", ("2020", "year")),
        ("After the contested 2021 vote, Ama Owusu, who was detained that year, sued the state.", "sued", ("2021", "year")),
        ("Talks opened on 2 November; two days later Togo walked out.", "walked", ("2025-11-04", "day")),
        ("Ghana recalled its envoy in October and Togo expelled Ghana's the following month.", "expelled", ("2025-11", "month")),
        ("Talks opened in May and Togo walked out a day later.", "walked", None),  # days are not counted from a month
        ("Togo walked out the following day.", "walked", None),  # nothing in the sentence to count from
        # the year counted from may sit in a phrase that dates another act ("protests that followed the 2021 vote")
        ("Freed were Ama Owusu, who led protests that followed the 2021 vote, and Kofi Mensah, who was jailed that year as he prepared to challenge Kwame Boateng.",
         "challenge", ("2021", "year")),
    ],
)
def test_a_time_said_by_reference_counts_from_the_earlier_one(sentence: str, relation: str, expected: tuple[str, str] | None) -> None:
    value = statement_date(sentence, relation, parse_date_value(WED_2025_11_26))
    assert (None if value is None else (value.iso, value.precision)) == expected


@pytest.mark.parametrize(
    "page, relation, expected",
    [
        # a reference whose sentence names nothing to count from counts from the last time named in
        # its paragraph or the one before (dev: kazakhstan-unrest-csto-2022, iran-us-prisoner-swap-2023)
        ("On November 20 Togo appealed to ECOWAS.\n\nThe next day, Ghana sent troops to Togo.", "sent", ("2025-11-21", "day")),
        ("Kofi Mensah moved to Accra in 2017. He was detained by Ghana the following year.", "detained", ("2018", "year")),
        ("On November 20 Togo appealed to ECOWAS.\n\nEarlier in the day, Ghana had warned Togo.", "warned", ("2025-11-20", "day")),
        ("Ghana recalled its envoy on November 20. Togo expelled Ghana's envoy on the same day.", "expelled", ("2025-11-20", "day")),
        # "hours later" may be the next day: no reference (dev iraq-sweden-quran-ambassador)
        ("On November 20 Togo warned Ghana.\n\nHours later, Ghana expelled the envoy.", "expelled", None),
        ("Talks were held in Lome.\n\nThe next day, Ghana sent troops to Togo.", "sent", None),  # no time before it
        ("On November 20 Togo appealed to ECOWAS.\n\nGhana agreed.\n\nThe next day, Ghana sent troops to Togo.", "sent", None),  # two paragraphs back
        ("On November 20 Togo appealed to ECOWAS.\n\nGhana sent troops to Togo.", "sent", None),  # no reference: not this rule's
        # "earlier/later in the day" with no day named before it is the page's own day (dev:
        # us-russia-griner-bout-swap-2022, india-china-galwan-2020); "that day" needs a day before it
        ("Talks were held in Lome.\n\nEarlier in the day, Ghana had warned Togo.", "warned", ("2025-11-26", "day")),
        ("Ghana sent a note to Togo later in the day.", "sent", ("2025-11-26", "day")),
        ("Talks were held in Lome.\n\nLater that day, Ghana warned Togo.", "warned", None),
    ],
)
def test_a_reference_with_nothing_to_count_from_in_its_sentence_looks_back(page: str, relation: str, expected: tuple[str, str] | None) -> None:
    sentence = page.rsplit("\n", 1)[-1].split(". ")[-1]
    value = reference_before(page, page.rindex(sentence), sentence, relation, parse_date_value(WED_2025_11_26))
    assert (None if value is None else (value.iso, value.precision)) == expected


@pytest.mark.parametrize(
    "page, sentence, expected",
    [
        # an undated page: a year-less day takes the year of the latest day the page names in full
        # (dev: nigeria-us-threat "on Nov. 1" under a caption of February, solomon-islands-china-pact-2022
        # "on Wednesday (April 20)" beside "April 13, 2022", ethiopia-eritrea-peace-2018 "the July 9 deal")
        ("The envoy, pictured in Accra on March 4, 2024.", "The envoy visited Lome on Oct. 2.", ("2024-10-02", "day")),
        ("Togo's leader (left) in Lome, 3 May 2019.", "Lawmakers summoned the envoy on Friday (June 7).", ("2019-06-07", "day")),
        ("Signed on 2 January 2020 and again on 5 September 2021.", "The pact they sealed on July 9 holds.", ("2021-07-09", "day")),
        ("Talks resumed on January 3, 2019.", "The envoys had met on Dec. 28 in Lome.", ("2018-12-28", "day")),  # across new year
        ("Talks collapsed on December 30, 2018.", "The envoys meet again on Jan. 4.", ("2019-01-04", "day")),
        ("Talks resumed on January 3, 2019.", "The envoys met in November.", ("2018-11", "month")),
        ("Talks resumed on January 3, 2019.", "The envoys met on Friday.", None),  # a weekday needs the page's own day
        ("Talks resumed in January 2019.", "The envoys met on March 2.", None),  # no whole day named
        ("No date here at all.", "The envoys met on March 2.", None),
    ],
)
def test_year_from_the_days_the_page_names(page: str, sentence: str, expected: tuple[str, str] | None) -> None:
    value = find_date_in_page_year(sentence, latest_named_day(f"{page}\n{sentence}"))
    assert (None if value is None else (value.iso, value.precision)) == expected


@pytest.mark.parametrize(
    "sentence, known, expected",
    [
        # a year-less month or day that names the month of a date its event is known by takes that year
        ("The accord the two capitals signed in June still holds.", ["2024-06", "2024"], ("2024-06", "month")),
        ("The envoys first met on March 3 in Lome.", ["2023-03"], ("2023-03-03", "day")),
        ("The envoys first met on March 3 in Lome.", ["2023-03-03"], ("2023-03-03", "day")),
        ("The envoys first met on March 4 in Lome.", ["2023-03-03"], None),  # another day of that month
        ("Talks were held in April.", ["2023-03", "2024-03"], None),  # no known date in April
        ("Talks were held in March.", ["2023-03", "2024-03"], None),  # two known Marches: which year is unknown
        ("Talks were held in March 2022.", ["2023-03"], None),  # a year of its own needs nothing borrowed
        ("The envoys met on Friday.", ["2023-03-03"], None),  # a weekday counts from the page's own day
        ("Talks were held in March.", ["2023"], None),  # a year alone names no month
    ],
)
def test_year_from_the_events_own_date(sentence: str, known: list[str], expected: tuple[str, str] | None) -> None:
    value = find_date_in(sentence, [parse_date_value(k) for k in known])
    assert (None if value is None else (value.iso, value.precision)) == expected


@pytest.mark.parametrize(
    "sentence, relation, expected",
    [
        # the weekday the statement's own clause names, even when no page date resolves it
        ("The minister spoke to journalists Thursday before flying home.", "spoke to", {"Thursday"}),
        ("The mediator met the general on Monday and Tuesday in the capital.", "met", {"Monday", "Tuesday"}),
        ("Delegates signed the accord late Sunday.", "signed", {"Sunday"}),
        # a weekday of another clause, a weekday moved by a distance, or none at all: nothing
        ("Rebels shelled the port on Friday, ending months of talks with the army.", "talks with", set()),
        ("The army withdrew on Wednesday, two days after the rebels attacked the port.", "attacked", set()),
        ("The army withdrew on Wednesday after the rebels attacked the port.", "attacked", set()),
        ("The army withdrew on Wednesday after the rebels attacked the port.", "withdrew", {"Wednesday"}),
        ("The two leaders spoke by phone about the border.", "spoke", set()),
    ],
)
def test_weekdays_a_statement_names(sentence: str, relation: str, expected: set[str]) -> None:
    import calendar

    assert {calendar.day_name[d] for d in named_weekdays(sentence, relation)} == expected


# The news day a page's lead states (a weekday, "yesterday") dates the undated statements of its first
# twelve paragraphs; the page's own date never does. Page dated Wednesday 2025-11-26.
_LEAD_PAGE = (
    "The port authority of Velmar on Monday turned away a cargo ship flying the flag of Ostria.\n\n"
    "Ostria has recalled its consul from Velmar, the foreign office said.\n\n"
    "The minister said she had phoned the Ostrian envoy.\n\n"
    "The harbour master told reporters that the ship carried no papers.\n\n"
    "The two states had fallen out earlier over fishing rights.\n\n"
    "The consul met the port authority.\n\n"
    "Velmar first recognised Ostria in 1821.\n\n"
    "Velmar signed a fisheries pact with Ostria in March.\n\n"
    "Ostria will ask the regional court to rule on the dispute.\n\n"
    + "".join(f"Background paragraph {n} tells of the port.\n\n" for n in range(1, 5))
    + "A later paragraph says the consul thanked his staff."
)


@pytest.mark.parametrize(
    "sentence, relation, expected",
    [
        ("Ostria has recalled its consul from Velmar, the foreign office said.", "recalled", ("2025-11-24", "day")),
        ("The harbour master told reporters that the ship carried no papers.", "told", ("2025-11-24", "day")),
        # set apart from the news by a word of its own: not the lead's day
        ("The two states had fallen out earlier over fishing rights.", "fallen out", None),
        # an act in the pluperfect came before the news, by how much is not said
        ("The minister said she had phoned the Ostrian envoy.", "phoned", None),
        ("The minister said she had phoned the Ostrian envoy.", "said", ("2025-11-24", "day")),
        # a time of its own ("in March") is the statement's, not the lead's
        ("Velmar signed a fisheries pact with Ostria in March.", "signed", None),
        # deep in the story (its sixth paragraph) and set apart by nothing: the news day (session 32:
        # the first four paragraphs only, before)
        ("The consul met the port authority.", "met", ("2025-11-24", "day")),
        # a year of long ago sets it apart, though no page's year reads so
        ("Velmar first recognised Ostria in 1821.", "recognised", None),
        # below the story's first twelve paragraphs: no longer the lead's news
        ("A later paragraph says the consul thanked his staff.", "thanked", None),
    ],
)
def test_lead_day_dates_the_first_paragraphs(sentence: str, relation: str, expected: tuple[str, str] | None) -> None:
    assert _lead_day(_LEAD_PAGE, sentence, relation) == expected


def _lead_day(page: str, sentence: str, relation: str) -> tuple[str, str] | None:
    """The lead's day for ``sentence`` of ``page`` (dated Wednesday 2025-11-26), as (iso, precision)."""
    value = lead_date(page, page.index(sentence), sentence, relation, parse_date_value(WED_2025_11_26))
    return (value.iso, value.precision) if value else None


# Once the story names another time (a year, a month or a day that does not hold the news day), the
# sentences after it tell of that time, not of the news, until the news day is named again. Page dated
# Wednesday 2025-11-26; the news day is Tuesday 2025-11-25.
_MOVED_PAGE = (
    "Dravia on Tuesday lifted the duties it had set on grain from Kestan.\n\n"
    "Kestan's trade minister welcomed the decision. Talks ran during November. The silos reopened.\n\n"
    "Dravia set the duties in 2019. In reply, Kestan took the quarrel to an arbiter.\n\n"
    "A \"Sunday\" vote was recalled. The envoys spoke on Tuesday. The arbiter closed the file."
)


@pytest.mark.parametrize(
    "sentence, relation, expected",
    [
        ("Kestan's trade minister welcomed the decision.", "welcomed", ("2025-11-25", "day")),
        # a month that holds the news day keeps the story at the news
        ("The silos reopened.", "reopened", ("2025-11-25", "day")),
        # after a year the story tells of that year: no news day, whatever the connective
        ("In reply, Kestan took the quarrel to an arbiter.", "took", None),
        # the news day named again brings the story back; a day inside quotation marks set no frame
        ("The arbiter closed the file.", "closed", ("2025-11-25", "day")),
    ],
)
def test_lead_day_stops_where_the_story_moves_to_another_time(sentence: str, relation: str, expected: tuple[str, str] | None) -> None:
    assert _lead_day(_MOVED_PAGE, sentence, relation) == expected


def test_a_year_of_long_ago_is_no_news_day() -> None:
    # "in 1777" is no page's year, yet it sets the act apart from the news (dev israel-morocco-normalisation-2020)
    page = "Velmar on Monday recognised Ostria's claim.\n\nOstria recognised Velmar in 1777."
    sentence = "Ostria recognised Velmar in 1777."
    assert lead_date(page, page.index(sentence), sentence, "recognised", parse_date_value(WED_2025_11_26)) is None


def test_a_quoted_time_sets_no_frame() -> None:
    # the quoted "yesterday" is the speaker's: it does not bring the story back from the year
    page = "Envoys met the host yesterday.\n\nThey had talked in 2019. \"We met yesterday,\" one said. The host thanked them."
    sentence = "The host thanked them."
    assert lead_date(page, page.index(sentence), sentence, "thanked", parse_date_value(WED_2025_11_26)) is None


@pytest.mark.parametrize(
    "page, doc_date",
    [
        # a lead naming two days gives no news day
        ("Envoys arrived on Monday and met the host on Tuesday.\nThe host thanked them.", WED_2025_11_26),
        # a lead naming only a week gives no day
        ("Envoys arrived last week.\nThe host thanked them.", WED_2025_11_26),
        # the page's date alone is not the news day
        ("Envoys arrived in the capital.\nThe host thanked them.", WED_2025_11_26),
        # without a page day the weekday counts from nothing
        ("Envoys arrived on Monday.\nThe host thanked them.", None),
    ],
)
def test_no_lead_day(page: str, doc_date: str | None) -> None:
    assert lead_date(page, page.index("The host"), "The host thanked them.", "thanked", parse_date_value(doc_date)) is None


# A headline's act on a page whose lead names no day is of the page's day (dev russia-georgia-war-2008:
# "Sarkozy Arrives in Moscow to Mediate Crisis" above a dateline "Aug. 12, 2008" and a lead in the present).
@pytest.mark.parametrize(
    "page, expected",
    [
        ("Envoy arrives in Lima for border talks\nLIMA -- The envoy says the talks will go on.", ("2025-11-26", "day")),
        # the lead names a day: the headline's act is of that day (the news day)
        ("Envoy arrives in Lima for border talks\nThe envoy arrived on Monday and met the host.", ("2025-11-24", "day")),
        # a first line that is a sentence is the story's lead, not a headline
        ("Envoy arrives in Lima for border talks.\nThe envoy says the talks will go on.", None),
        # a lead glued to the page's date line is no headline either: its act may be the day before
        ("date 2025-11-26 Envoy arrives in Lima for border talks\nThe envoy says the talks will go on.", None),
    ],
)
def test_a_headline_is_of_the_page_day(page: str, expected: tuple[str, str] | None) -> None:
    sentence = page.split("\n", 1)[0]
    value = lead_date(page, 0, sentence, "arrives", parse_date_value(WED_2025_11_26))
    assert ((value.iso, value.precision) if value else None) == expected
