"""The report formats, each parsed back: JSON and CSV round-trip the statuses, ClaimReview and
Web Annotations carry their required fields, Markdown renders with no raw HTML from the data,
the HTML page escapes everything and allows only its own hashed style and script.

``build_database`` makes the database the Datasette and browser tests read too: every status,
a claim not verified yet, a misattribution found by --anywhere, a number and a negation that
differ, and claims whose quotes try HTML, Markdown and spreadsheet-formula injection.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from builders import EXPECTED, FORMULA_QUOTE, XSS_QUOTE, build_database
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from sourcecheck.cli import app
from sourcecheck.report import RATINGS, build_report, render
from sourcecheck.report.csvfile import COLUMNS
from sourcecheck.report.data import Card, Piece, Report
from sourcecheck.report.html import csp_hash
from sourcecheck.report.links import location_url
from sourcecheck.report.marks import cut, quote_pieces
from sourcecheck.store import db as dbm


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_database(tmp_path_factory.mktemp("report"))


@pytest.fixture(scope="module")
def report_of(built: Path, runner: CliRunner):
    """Render the built database's report in a format through the CLI; returns the text."""

    def run(fmt: str, *args: str) -> str:
        result = runner.invoke(app, ["report", "--format", fmt, *args, "--db", str(built)])
        assert result.exit_code == 0, result.output
        return result.stdout

    return run


# -- json and csv ----------------------------------------------------------------------------


def test_json_round_trips_the_statuses_in_document_order(report_of) -> None:
    items = json.loads(report_of("json"))
    assert {i["claim"]: i["status"] for i in items} == EXPECTED
    starts = [i["location"]["start"] for i in items if i["document"] == "memoir"]
    assert starts == sorted(starts) and len(starts) == 10
    assert set(items[1]) >= {"claim", "source", "status", "score", "text", "span", "passage",
                             "selector", "differences", "flags", "reason"}  # fmt: skip


def test_csv_round_trips_statuses_and_neutralizes_formulas(report_of) -> None:
    content = report_of("csv")
    rows = list(csv.DictReader(io.StringIO(content)))
    assert tuple(rows[0]) == COLUMNS
    assert {r["claim"]: r["status"] or None for r in rows} == EXPECTED
    formula = next(r for r in rows if r["claim"] == "formula")
    assert formula["quote"] == "'" + FORMULA_QUOTE
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    vote = next(r for r in rows if r["claim"] == "vote")
    assert vote["differences"] == "number: five → four" and vote["flags"] == "number"
    assert float(vote["score"]) > 80 and vote["passage"].startswith("The Central Committee")


# -- claimreview and annotations -------------------------------------------------------------


def test_claimreview_has_the_required_fields_and_the_documented_ratings(report_of) -> None:
    reviews = json.loads(report_of("claimreview"))
    by_id = {r["identifier"]: r for r in reviews}
    # Claims that were not checked get no review: nothing was rated.
    assert set(by_id) == {k for k, v in EXPECTED.items() if v not in (None, "no_text")}
    for review in reviews:
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["claimReviewed"] and review["datePublished"]
        assert review["author"]["@type"] == "Organization" and review["author"]["name"]
        item = review["itemReviewed"]
        assert item["@type"] == "Claim"
        assert item["author"] == {"@type": "Person", "name": "Leon Trotsky"}
        assert item["datePublished"] == "1930"
        appearance = item["appearance"]
        assert appearance["@type"] == "CreativeWork" and appearance["name"].startswith("My Life")
        assert appearance["url"].startswith("https://example.org/my-life/peace.htm#:~:text=")
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["alternateName"]
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    ratings = {k: (r["reviewRating"]["ratingValue"], r["reviewRating"]["alternateName"])
               for k, r in by_id.items()}  # fmt: skip
    expected = {"exact": "verbatim", "diary": "close_word_changed", "elided": "partial",
                "vote": "misquoted", "negated": "misquoted", "xss": "not_found",
                "formula": "not_found", "misattributed": "misattributed"}  # fmt: skip
    assert ratings == {k: (RATINGS[v].value, RATINGS[v].name) for k, v in expected.items()}
    assert by_id["diary"]["citation"]["name"] == "In the World War"
    assert by_id["xss"]["claimReviewed"] == XSS_QUOTE  # JSON carries the text as it is


def test_annotations_anchor_each_passage_in_its_source_text(report_of, built: Path) -> None:
    collection = json.loads(report_of("annotations"))
    assert collection["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert collection["type"] == "AnnotationCollection"
    page = collection["first"]
    assert page["type"] == "AnnotationPage"
    annotations = page["items"]
    anchored = {k for k, v in EXPECTED.items() if v in ("verbatim", "close", "partial")}
    assert collection["total"] == len(annotations) == len(anchored)
    db = dbm.open_db(built)
    texts = {t["source_id"]: t for t in dbm.list_texts(db)}
    for annotation in annotations:
        assert annotation["type"] == "Annotation" and annotation["id"].startswith("urn:")
        assert annotation["motivation"] == "assessing"
        purposes = {b["purpose"] for b in annotation["body"]}
        assert purposes == {"assessing", "tagging", "describing"}
        assert all(b["type"] == "TextualBody" and b["value"] for b in annotation["body"])
        quote_sel, position = annotation["target"]["selector"]
        assert quote_sel["type"] == "TextQuoteSelector"
        assert position["type"] == "TextPositionSelector"
        source = annotation["target"]["source"]
        assert source.startswith("ni:///sha-256;")
        text = next(t for t in texts.values() if source.endswith(_b64(t["sha256"])))
        body = dbm.get_text(db, text["id"]).text
        start, end = position["start"], position["end"]
        assert body[start:end] == quote_sel["exact"]
        assert body[:start].endswith(quote_sel["prefix"])
        assert body[end:].startswith(quote_sel["suffix"])
    claimed = {a["id"].split(":")[3] for a in annotations}
    assert claimed == anchored


def _b64(hex_digest: str) -> str:
    return base64.urlsafe_b64encode(bytes.fromhex(hex_digest)).rstrip(b"=").decode()


# -- markdown --------------------------------------------------------------------------------


def _render_markdown(text: str) -> str:
    """CommonMark with raw HTML allowed, so that any HTML the report let through would show."""
    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).render(text)


def test_markdown_renders_with_no_raw_html_from_the_data(report_of) -> None:
    content = report_of("markdown")
    html = _render_markdown(content)
    assert "<script" not in html
    assert "&lt;script&gt;alert('x')&lt;/script&gt; The Austrians danced" in html
    assert re.findall(r'href="([^"]+)"', html)  # links there are ...
    for href in re.findall(r'href="([^"]+)"', html):  # ... and are all http(s)
        assert href.startswith("https://"), href
    # the formula claim's Markdown did not become a link, emphasis or a heading
    assert "[click](javascript:alert(1)) | *bold* # heading" in html
    assert "<em>bold</em>" not in html and "<h1>heading" not in html
    # every table row of a differences table has its three cells
    for table in re.findall(r"<table>.*?</table>", html, flags=re.S):
        if "<th>difference</th>" in table:
            for row in re.findall(r"<tr>(.*?)</tr>", table, flags=re.S)[1:]:
                assert len(re.findall(r"<td>", row)) == 3
    vote = content.split("vote: close")[1].split("###")[0]
    assert "**⚠ NUMBER: five**" in vote and "**⚠ NUMBER: four**" in vote
    assert "**⚠ a number differs from the source**" in vote
    assert "| close | 3 |" in content and "| partial | 1 |" in content
    link = "[My Life, chapter XXXII: Peace, paragraph 4, characters 100–160]"
    assert link + "(https://example.org/my-life/peace.htm#:~:text=" in content


# -- html ------------------------------------------------------------------------------------


class _Page(HTMLParser):
    """Tags, inline <script>/<style> contents, marks and text of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.inline: dict[str, list[str]] = {"script": [], "style": []}
        self.marks: list[tuple[str, str]] = []
        self.text: list[str] = []
        self._open: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._open.append((tag, dict(attrs)))
        if tag in self.inline:
            self.inline[tag].append("")

    def handle_endtag(self, tag: str) -> None:
        while self._open and self._open[-1][0] != tag:
            self._open.pop()
        if self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._open and self._open[-1][0] in self.inline:
            self.inline[self._open[-1][0]][-1] += data
        if self._open and self._open[-1][0] == "mark":
            self.marks.append((self._open[-1][1].get("class") or "", data))


def parse_page(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


def test_html_is_escaped_self_contained_and_locked_down(report_of) -> None:
    html = report_of("html")
    page = parse_page(html)
    assert page.tags.count("script") == 1 and page.tags.count("style") == 1
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert XSS_QUOTE in "".join(page.text)
    # nothing is fetched: no external stylesheet, script, image or font
    assert not re.search(r"<(link|img|iframe|object|embed)\b", html)
    assert " src=" not in html and "url(" not in page.inline["style"][0]
    # the CSP allows exactly the inline style and script, by their sha256
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp
    assert f"style-src {csp_hash(page.inline['style'][0])}" in csp
    assert f"script-src {csp_hash(page.inline['script'][0])}" in csp
    # links go only to http(s) addresses or to the page itself
    for href in re.findall(r'href="([^"]*)"', html):
        assert href.startswith(("https://", "#")), href
    cards = re.findall(r'<article class="card s-(\w+)" id="claim-([\w-]+)"', html)
    assert {c: s for s, c in cards} == {k: v or "unverified" for k, v in EXPECTED.items()}


def test_html_marks_every_difference_word_by_word(report_of) -> None:
    html = report_of("html")

    def card_marks(claim: str) -> list[tuple[str, str]]:
        card = html.split(f'id="claim-{claim}"')[1].split("</article>")[0]
        return parse_page(card).marks

    diary = card_marks("diary")
    assert ("d d-spelling", "Trotsky") in diary and ("d d-spelling", "Trotski") in diary
    assert ("d d-changed", "refuses") in diary and ("d d-changed", "declines") in diary
    assert ("d d-missing", "The") in diary
    vote = card_marks("vote")
    assert ("d d-number", "five") in vote and ("d d-number", "four") in vote
    assert ("d d-negation", "not") in card_marks("negated")
    assert card_marks("exact") == []
    negated = html.split('id="claim-negated"')[1].split("</article>")[0]
    assert "⚠ a negation differs from the source" in negated
    # the passage sits in its context, and the document link points at the quote
    diary_card = html.split('id="claim-diary"')[1].split("</article>")[0]
    assert '<span class="passage">' in diary_card and "February 10, 1918" in diary_card
    fragment = "#:~:text=Trotsky%20refuses%20to%20sign.,there%20is%20no%20peace."
    assert f"peace.htm{fragment}" in diary_card


# -- the CLI: files, filters, errors ---------------------------------------------------------


def test_report_files_are_written_whole_and_filters_apply(
    built: Path, tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:

    def run(*args: str):
        return runner.invoke(app, ["report", *args, "--db", str(built)])

    html, md = tmp_path / "report.html", tmp_path / "report.md"
    result = run("-o", str(html))
    assert result.exit_code == 0 and str(html) in result.stderr
    assert html.read_text().startswith("<!DOCTYPE html>")
    assert run("-o", str(md)).exit_code == 0 and md.read_text().startswith("# Verification")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html", "report.md"]
    html.write_text("old")
    assert run("-o", str(html), "--source", "nope").exit_code == 4
    assert run("-o", str(html), "--format", "pdf").exit_code == 3
    assert run("-o", str(html), "--status", "wrong").exit_code == 3
    assert html.read_text() == "old"  # a refused report leaves the file alone
    assert run("-o", str(tmp_path / "missing" / "r.html")).exit_code == 4
    monkeypatch.chdir(tmp_path)  # "-o -" prints the report: no file named "-"
    assert run("-o", "-").stdout == run().stdout  # JSON: no time of writing in it
    assert not (tmp_path / "-").exists()
    only = json.loads(run("--status", "close", "--status", "partial").stdout)
    assert sorted(i["claim"] for i in only) == ["diary", "elided", "negated", "vote"]
    minutes = json.loads(run("--source", "minutes").stdout)
    assert [i["claim"] for i in minutes] == ["vote"]
    filtered = run("--format", "html", "--status", "not_found").stdout
    assert "Only claims with status not_found" in " ".join(filtered.split())
    assert filtered.count('<article class="card') == 3


def test_text_fragment_links_and_cut() -> None:
    assert location_url("javascript:alert(1)", "x") is None
    assert location_url("https://e.org/a#old", "one-two, three") == (
        "https://e.org/a#:~:text=one%2Dtwo%2C%20three"
    )
    pieces = cut("abcdef", 10, [(11, 13, "number"), (12, 15, "changed")], passage=(12, 16))
    assert [(p.text, p.kind, p.passage) for p in pieces] == [
        ("a", None, False), ("b", "number", False), ("c", "number", True),
        ("de", "changed", True), ("f", None, True),
    ]  # fmt: skip


# -- property: whatever the data, the rendering only ever shows it as text --------------------

TEXT = st.text(
    alphabet=st.characters(categories=("L", "N", "P", "S"), codec="utf-8") | st.just(" "),
    min_size=1,
    max_size=60,
).filter(lambda s: s.strip())


def _synthetic_report(quote: str, reason: str, word: str) -> Report:
    item = {
        "claim": "c", "source": "s", "status": "close", "score": 90.0, "text": 1,
        "span": {"start": 0, "end": 5}, "passage": "words", "selector": None,
        "differences": [{"kind": "changed", "quote": word, "source": "words",
                         "quote_span": {"start": 0, "end": len(quote)}, "source_span": None}],
        "flags": [], "reason": reason, "alternatives": [], "quote": quote, "kind": "quotation",
        "speaker": word, "date": None, "locator": None, "document": None,
        "location": {"start": None, "end": None, "paragraph": None},
        "verified_at": None, "run": 1,
    }  # fmt: skip
    card = Card(item, None, None, quote_pieces(item), [Piece("before "), Piece(word, None, True)])
    return Report("Report", "now", "db", "0", [card])


@settings(max_examples=60, deadline=None)
@given(quote=TEXT, reason=TEXT, word=TEXT)
def test_rendered_html_never_contains_unescaped_data(quote: str, reason: str, word: str) -> None:
    benign = parse_page(render(_synthetic_report("q", "r", "w"), fmt="html"))
    page = parse_page(render(_synthetic_report(quote, reason, word), fmt="html"))
    assert page.tags == benign.tags  # the data added no element
    assert (("d d-changed", quote) in page.marks) and reason in "".join(page.text)


@settings(max_examples=60, deadline=None)
@given(quote=TEXT, word=TEXT)
def test_rendered_markdown_shows_the_data_as_text(quote: str, word: str) -> None:
    html = _render_markdown(render(_synthetic_report(quote, "r", word), fmt="markdown"))
    page = parse_page(html)
    expected = " ".join(quote.split())
    blockquote = html.split("<blockquote>", 1)[1].split("</blockquote>", 1)[0]
    assert "".join(parse_page(blockquote).text).strip() == expected
    assert set(page.tags) <= {"h1", "h2", "h3", "p", "table", "thead", "tbody", "tr", "th", "td",
                              "blockquote", "ul", "li", "strong", "em"}  # fmt: skip
    row = re.findall(r"<tr>(.*?)</tr>", html.split("<th>difference</th>")[1], flags=re.S)[0]
    cells = ["".join(parse_page(c).text).strip() for c in re.findall(r"<td>(.*?)</td>", row)]
    assert cells == ["changed", " ".join(word.split()), "words"]


def test_build_report_counts(built: Path) -> None:
    report = build_report(dbm.open_db(built))
    counts = report.counts()
    assert counts == {"verbatim": 1, "close": 3, "reworded": 0, "partial": 1, "not_found": 3,
                      "no_text": 2, "unverified": 1}  # fmt: skip
    rows = {r.source_id: r for r in report.by_source()}
    assert rows["czernin"].total == 7 and rows["czernin"].counts["not_found"] == 2
    assert list(rows)[-1] is None  # claims citing nothing come last


def test_csp_hash_matches_a_known_value() -> None:
    digest = base64.b64encode(hashlib.sha256(b"x").digest()).decode()
    assert csp_hash("x") == f"'sha256-{digest}'"


def test_the_readme_shows_the_report_and_its_ratings() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    assert "(docs/report.png)" in readme
    assert (Path(__file__).resolve().parents[1] / "docs" / "report.png").stat().st_size < 300_000
    for rating in RATINGS.values():
        assert f"| {rating.value} | {rating.name} |" in readme


def test_the_written_line_counts_what_the_file_holds(
    built: Path, tmp_path: Path, runner: CliRunner
) -> None:
    def said(fmt: str, name: str) -> str:
        out = tmp_path / name
        result = runner.invoke(app, ["report", "--format", fmt, "-o", str(out), "--db", str(built)])
        assert result.exit_code == 0, result.output
        return " ".join(result.stderr.split())

    total = len(EXPECTED)
    reviews = json.loads(render(build_report(dbm.open_db(built)), fmt="claimreview"))
    line = said("claimreview", "r.cr")
    assert f"{len(reviews)} ClaimReviews of {total} claims" in line
    assert f"(the other {total - len(reviews)}: no text checked, no review)" in line
    assert len(json.loads((tmp_path / "r.cr").read_text())) == len(reviews) < total
    annotated = said("annotations", "r.ann")
    anno_total = json.loads((tmp_path / "r.ann").read_text())["total"]
    assert f"{anno_total} annotations of {total} claims" in annotated and anno_total < total
    assert said("json", "r.json").endswith(f"r.json: {total} claims")


def test_every_suffix_of_an_output_file_is_also_a_format_name(
    built: Path, tmp_path: Path, runner: CliRunner
) -> None:
    refused = runner.invoke(app, ["report", "-o", str(tmp_path / "r.txt"), "--db", str(built)])
    named = refused.stderr.split("names none (", 1)[1].split(" do)")[0].split(", ")
    assert ".htm" in named and ".markdown" in named
    for suffix in named:
        out = tmp_path / f"by-name{suffix}"
        args = ["report", "--format", suffix[1:], "-o", str(out), "--db", str(built)]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (suffix, result.output)
        by_suffix = tmp_path / f"by-suffix{suffix}"
        assert (
            runner.invoke(app, ["report", "-o", str(by_suffix), "--db", str(built)]).exit_code == 0
        )
        assert out.read_text()[:40] == by_suffix.read_text()[:40], suffix  # before any time


def test_claims_without_offsets_are_reported_in_the_order_they_were_added(cli) -> None:
    """Claims typed in by hand have no place in a document: the report and `claim list` keep
    the order the user gave them (a claims file's order), not the alphabetical order of ids."""
    cli("source", "add", "diary", "--title", "Diary")
    for claim_id in ("zeta", "alpha", "mu"):
        assert cli("claim", "add", f"words of {claim_id}", "--source", "diary",
                   "--id", claim_id).exit_code == 0  # fmt: skip
    items = json.loads(cli("report", "--format", "json").stdout)
    assert [i["claim"] for i in items] == ["zeta", "alpha", "mu"]
    listed = cli("claim", "list").stdout
    assert listed.index("zeta") < listed.index("alpha") < listed.index("mu")


def test_a_changed_word_judged_opposite_or_a_name_is_no_open_question() -> None:
    """A close result flagged opposite (or name) said both "the source says the opposite" and
    "a word changed: same meaning or not?" on one card (a fresh clone's finding)."""
    asked = "a word changed: same meaning or not? check it"
    card = _synthetic_report("agreed", "r", "agreed").cards[0]
    card.item["flags"] = ["word_changed"]
    assert asked in card.alarms
    for judged in ("opposite", "name"):
        card = _synthetic_report("agreed", "r", "agreed").cards[0]
        card.item["flags"] = ["word_changed", judged]
        assert asked not in card.alarms and card.alarms, card.alarms
