"""URLs and feeds as inputs (kg.ingest.web), against a news site the tests run on 127.0.0.1:
pages, RSS and Atom feeds, redirects, a 404, a slow page, a huge body, a non-HTML type, robots.txt,
conditional requests on a second run, a changed page, the per-host rate limit."""

from __future__ import annotations

import logging
import socket

import pytest

from kg.errors import InputNotFound
from kg.ingest.web import FetchOptions, Fetcher, iter_url_documents, read_url_list, split_inputs
from kg.types import Document, Skipped
from website import Route, Site, article, atom, rss, serve

FAST = FetchOptions(delay=0.0, timeout=5.0)

TALKS = [
    "BEIJING — Chinese Foreign Minister Wang Yi met Japanese Foreign Minister Takeshi Iwaya in Beijing on Tuesday.",
    "Wang urged Japan to retract remarks on Taiwan made by Prime Minister Sanae Takaichi earlier this month.",
    "Iwaya told reporters after the meeting that both sides agreed to keep talking about the dispute.",
]
SUMMONS = [
    "TOKYO — Japan summoned China's ambassador Wu Jianghao on Wednesday over a post by a Chinese diplomat.",
    "The Foreign Ministry said the post was deeply inappropriate and lodged a strong protest with Beijing.",
    "China rejected the protest and accused Japan of interfering in its internal affairs.",
]
CALL = [
    "WASHINGTON — President Donald Trump spoke with Chinese President Xi Jinping by phone on Monday.",
    "Xi told Trump that the return of Taiwan to China was an important part of the post-war order.",
    "The White House said the two leaders discussed trade, fentanyl and the war in Ukraine.",
]


@pytest.fixture
def site():
    site = Site()
    server, thread = serve(site)
    site.routes.update(
        {
            "/robots.txt": Route(b"User-agent: *\nDisallow: /private/\n", "text/plain"),
            "/world/talks.html": Route(article("Wang Yi meets Takeshi Iwaya", "2025-11-25", TALKS, canonical=site.url("/world/talks"))),
            "/world/summons.html": Route(article("Japan summons Chinese envoy", None, SUMMONS)),
            "/world/call.html": Route(article("Trump and Xi speak by phone", "2025-11-24", CALL)),
            "/feed.xml": Route(
                rss([("Japan summons Chinese envoy", "/world/summons.html", "Wed, 26 Nov 2025 08:00:00 GMT"),
                     ("Trump and Xi speak by phone", site.url("/world/call.html"), "Mon, 24 Nov 2025 22:00:00 GMT")]),
                "application/rss+xml",
            ),
            "/atom": Route(atom([("Wang Yi meets Takeshi Iwaya", site.url("/world/talks.html"), "2025-11-25T09:00:00Z")]), "text/xml"),
            "/old-talks": Route(status=301, location="/world/talks.html"),
            "/loop-a": Route(status=302, location="/loop-b"),
            "/loop-b": Route(status=302, location="/loop-a"),
            "/missing.html": Route(status=404, body=b"gone"),
            "/photo.png": Route(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png"),
            "/slow.html": Route(article("Slow", None, TALKS), delay=3.0),
            "/huge.html": Route(b"<p>" + b"x" * 65536 + b"</p>", chunk_repeat=40),  # 2.6 MB, no Content-Length
            "/declared.html": Route(article("Big", None, TALKS), declared_length=50_000_000),
            "/private/memo.html": Route(article("Memo", None, TALKS)),
        }
    )  # fmt: skip
    yield site
    server.shutdown()
    server.server_close()


def read(urls, cache=None, options=FAST):
    with Fetcher(cache, options) as fetcher:
        return list(iter_url_documents(urls, fetcher)), fetcher


def test_a_page_is_read_with_its_title_date_and_canonical_url(site):
    (doc,), _ = read([site.url("/world/talks.html")])
    assert isinstance(doc, Document)
    assert doc.source == site.url("/world/talks.html")
    assert doc.title == "Wang Yi meets Takeshi Iwaya"
    assert doc.date == "2025-11-25"
    assert doc.url == site.url("/world/talks")  # <link rel="canonical">
    assert doc.format == "html"
    assert "Wang Yi met Japanese Foreign Minister Takeshi Iwaya" in doc.text
    assert "Copyright" not in doc.text and "Politics" not in doc.text  # site furniture is not the article
    assert doc.id.startswith("127.0.0.1-") and "world-talks.html" in doc.id


def test_every_request_names_kg_in_its_user_agent(site):
    read([site.url("/world/talks.html")])
    assert site.log and all(r.headers["user-agent"].startswith("kg/") for r in site.log)


def test_a_feed_stands_for_the_articles_it_lists_in_order(site):
    docs, _ = read([site.url("/feed.xml")])
    assert [d.source for d in docs] == [site.url("/world/summons.html"), site.url("/world/call.html")]  # relative link resolved
    summons, call = docs
    assert summons.date == "2025-11-26"  # the page has no date: the feed's
    assert call.date == "2025-11-24"
    assert "Japan summoned China's ambassador" in summons.text


def test_an_atom_feed_served_as_text_xml_is_known_by_its_content(site):
    docs, _ = read([site.url("/atom")])
    assert [d.title for d in docs] == ["Wang Yi meets Takeshi Iwaya"]


def test_an_article_given_and_listed_is_read_once(site):
    docs, _ = read([site.url("/world/call.html"), site.url("/feed.xml")])
    assert [d.source for d in docs] == [site.url("/world/call.html"), site.url("/world/summons.html")]
    assert len(site.requests_to("/world/call.html")) == 1


def test_redirects_are_followed_and_a_loop_is_named(site):
    docs, _ = read([site.url("/old-talks"), site.url("/loop-a")])
    talks, loop = docs
    assert isinstance(talks, Document) and talks.source == site.url("/old-talks") and talks.title == "Wang Yi meets Takeshi Iwaya"
    assert isinstance(loop, Skipped) and loop.source == site.url("/loop-a")
    assert loop.reason.startswith("more than 5 redirects") and "may loop" in loop.reason


def test_each_failure_is_named_with_its_reason_and_the_rest_goes_on(site, caplog):
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}/news.html"
    urls = [site.url(p) for p in ("/missing.html", "/photo.png", "/slow.html", "/huge.html", "/declared.html", "/private/memo.html")]
    options = FetchOptions(delay=0.0, timeout=0.5, max_bytes=1_000_000)
    with caplog.at_level(logging.WARNING, logger="kg.ingest.web"):
        docs, _ = read([*urls, closed, site.url("/world/call.html")], options=options)
    reasons = {d.source: d.reason for d in docs if isinstance(d, Skipped)}
    assert reasons[site.url("/missing.html")] == "HTTP 404 Not Found (check the URL)"
    assert reasons[site.url("/photo.png")] == "unsupported content type 'image/png': kg reads HTML pages, plain text and RSS/Atom feeds"
    assert reasons[site.url("/slow.html")].startswith("timed out after 0.5 s")
    assert reasons[site.url("/huge.html")].startswith("too large: the body over the 1,000,000-byte limit")
    assert reasons[site.url("/declared.html")].startswith("too large: 50,000,000 bytes over the 1,000,000-byte limit")
    assert reasons[site.url("/private/memo.html")] == (
        f"refused by {site.base}/robots.txt: the site asks robots like kg not to fetch this page"
    )
    assert reasons[closed].startswith("cannot connect:") and reasons[closed].endswith("(check the URL and the network)")
    assert [d.source for d in docs if isinstance(d, Document)] == [site.url("/world/call.html")]
    assert not site.requests_to("/private/memo.html")  # refused before any request
    for source in reasons:  # each one said on the log, with its URL
        assert any(source in record.getMessage() for record in caplog.records)


def test_a_second_run_sends_conditional_requests_only(site, tmp_path):
    urls = [site.url("/feed.xml"), site.url("/old-talks")]
    first, _ = read(urls, tmp_path / "http")
    site.log.clear()
    second, fetcher = read(urls, tmp_path / "http")
    assert second == first
    assert {r.path for r in site.log} == {"/robots.txt", "/feed.xml", "/world/summons.html", "/world/call.html", "/world/talks.html"}
    assert all(r.conditional for r in site.log)  # the permanent redirect was remembered: no request for /old-talks
    assert fetcher.not_modified == fetcher.requests == len(site.log)


def test_a_changed_page_is_fetched_again(site, tmp_path):
    (before,), _ = read([site.url("/world/call.html")], tmp_path / "http")
    site.routes["/world/call.html"] = Route(article("Trump and Xi speak by phone", "2025-11-24", [*CALL, "Xi later spoke with Prime Minister Sanae Takaichi."]))
    (after,), fetcher = read([site.url("/world/call.html")], tmp_path / "http")
    assert "Takaichi" not in before.text and "Xi later spoke with Prime Minister Sanae Takaichi." in after.text
    assert after.id == before.id  # the same document, changed
    assert fetcher.not_modified == 1  # robots.txt unchanged; the page was not


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.now += seconds


def test_one_host_is_asked_at_most_once_per_delay(site):
    clock = FakeClock()
    with Fetcher(None, FetchOptions(delay=2.0)) as fetcher:
        fetcher.clock, fetcher.sleep = clock, clock.sleep
        docs = list(iter_url_documents([site.url("/world/talks.html"), site.url("/world/call.html")], fetcher))
    assert all(isinstance(d, Document) for d in docs)
    assert [r.path for r in site.log] == ["/robots.txt", "/world/talks.html", "/world/call.html"]
    assert clock.sleeps == [2.0, 2.0]  # before each request after the first, the clock never moving otherwise


def test_a_crawl_delay_in_robots_txt_is_kept(site):
    site.routes["/robots.txt"] = Route(b"User-agent: kg\nCrawl-delay: 5\nDisallow:\n", "text/plain")
    clock = FakeClock()
    with Fetcher(None, FetchOptions(delay=1.0)) as fetcher:
        fetcher.clock, fetcher.sleep = clock, clock.sleep
        list(iter_url_documents([site.url("/world/talks.html"), site.url("/world/call.html")], fetcher))
    assert clock.sleeps == [1.0, 5.0]  # robots.txt itself under --delay; the site's pages under its Crawl-delay


def test_a_site_whose_robots_txt_fails_is_not_fetched(site):
    site.routes["/robots.txt"] = Route(status=503, body=b"down")
    (doc,), _ = read([site.url("/world/talks.html")])
    assert isinstance(doc, Skipped) and doc.reason.startswith(f"{site.base}/robots.txt could not be read (HTTP 503")
    assert [r.path for r in site.log] == ["/robots.txt"]


def test_an_unwritable_page_cache_is_reported_once_and_the_run_goes_on(site, tmp_path, caplog):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be")
    with caplog.at_level(logging.WARNING, logger="kg.ingest.web"):
        docs, _ = read([site.url("/feed.xml")], blocker / "http")
    assert [type(d) for d in docs] == [Document, Document]
    warnings = [r.getMessage() for r in caplog.records if "page cache" in r.getMessage()]
    assert len(warnings) == 1 and str(blocker / "http") in warnings[0] and "--no-cache" in warnings[0]


def test_a_url_list_skips_what_is_not_a_url(tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text("# morning sources\nhttps://example.org/feed.xml\n\n  http://example.com/a.html  \nexample.net/b\n")
    urls, skipped = read_url_list(listing)
    assert urls == ["https://example.org/feed.xml", "http://example.com/a.html"]
    assert skipped == [Skipped(f"{listing}:5", "not an http(s) URL: 'example.net/b' (one URL per line; # starts a comment)")]
    with pytest.raises(InputNotFound, match="URL list not found: .*nope.txt"):
        read_url_list(tmp_path / "nope.txt")


def test_inputs_are_split_into_paths_and_urls(tmp_path):
    assert split_inputs(["a.txt", "https://x.org/f", "-", tmp_path]) == (["a.txt", "-", tmp_path], ["https://x.org/f"])


@pytest.mark.slow
def test_kg_build_reads_feeds_pages_and_a_url_list(site, tmp_path):
    """The real command: a feed and a page as arguments, more URLs in --urls; one 404 named."""
    import json
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    import pyoxigraph as ox

    kg = str(Path(sys.executable).parent / "kg") if (Path(sys.executable).parent / "kg").exists() else shutil.which("kg")
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# more\n{site.url('/old-talks')}\n{site.url('/missing.html')}\n")
    out = tmp_path / "out"
    done = subprocess.run(
        [kg, "build", site.url("/feed.xml"), "--urls", str(listing), "--delay", "0", "--out", str(out), "--jobs", "1"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    flat = " ".join(done.stderr.split())
    assert f"skipping {site.url('/missing.html')}: HTTP 404 Not Found (check the URL)" in flat
    assert "web requests" in flat
    rows = [json.loads(line) for line in (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()]
    docs = {row["doc"] for row in rows}
    assert len(docs) == 3  # the feed's two articles and the redirected page
    assert any(row["relation"]["lemma"] == "summon" and row["subject"]["label"] == "Japan" for row in rows)
    talks = [row for row in rows if "Iwaya" in row["sentence"]]
    assert talks and all(row["doc_date"] == "2025-11-25" for row in talks)
    store = ox.Store.read_only(str(out / "store"))
    query = "SELECT ?url WHERE { ?d <https://schema.org/url> ?url ; <https://schema.org/headline> 'Wang Yi meets Takeshi Iwaya' }"
    assert [s["url"].value for s in store.query(query)] == [site.url("/world/talks")]  # the canonical URL
    assert (out / ".cache" / "http").is_dir()  # pages are cached with the parses


@pytest.mark.slow
def test_a_build_of_urls_only_does_not_read_the_sample_corpus(site, nlp, tmp_path):
    from kg.pipeline import build

    result = build([site.url("/world/call.html")], nlp=nlp, cache_dir=tmp_path / "cache", fetch=FAST)
    assert [d.source for d in result.documents] == [site.url("/world/call.html")]
    assert any(s.subject.actor.label == "Xi Jinping" and s.object.actor.label == "Donald Trump" for s in result.statements)
    assert result.requests == 2 and result.not_modified == 0  # robots.txt and the page
