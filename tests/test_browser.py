"""What a person sees, in real headless Chromium (Debian's /usr/bin/chromium, which `make test`
installs) driven by Playwright: the HTML report on a desktop and a phone screen, its status
filter and search, no console errors (a CSP violation is one), printable; and a Datasette page
served by `sourcecheck serve` on 127.0.0.1.

Set SOURCECHECK_SCREENSHOTS=DIR to keep the screenshots.
"""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import httpx
import pytest
from builders import EXPECTED, REVIEWS, XSS_QUOTE, add_reviews, build_database, serving
from PIL import Image, ImageStat
from playwright.sync_api import Browser, ConsoleMessage, Page, sync_playwright
from typer.testing import CliRunner

from sourcecheck.cli import app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"{CHROMIUM} missing: `make test` installs Debian's chromium"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_database(tmp_path_factory.mktemp("browser"))


@pytest.fixture(scope="module")
def report_html(built: Path, runner: CliRunner) -> Path:
    output = built.parent / "report.html"
    result = runner.invoke(app, ["report", "-o", str(output), "--db", str(built)])
    assert result.exit_code == 0, result.output
    return output


class Watched:
    """A page with every console error, uncaught exception and dialog recorded."""

    def __init__(self, browser: Browser, **context: object) -> None:
        self.context = browser.new_context(**context)
        self.page: Page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        self.page.on("dialog", lambda dialog: self.errors.append(f"dialog: {dialog.message}"))

    def _console(self, message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            self.errors.append(f"{message.type}: {message.text}")

    def close(self) -> None:
        self.context.close()


def screenshot(page: Page, name: str, tmp_path: Path) -> Image.Image:
    """A full-page PNG, checked not blank; kept in $SOURCECHECK_SCREENSHOTS if set."""
    png = page.screenshot(full_page=True)
    path = tmp_path / name
    path.write_bytes(png)
    if os.environ.get("SOURCECHECK_SCREENSHOTS"):
        keep = Path(os.environ["SOURCECHECK_SCREENSHOTS"])
        keep.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, keep / name)
    image = Image.open(BytesIO(png)).convert("RGB")
    stddev = ImageStat.Stat(image).stddev
    assert max(stddev) > 20, f"{name} looks blank (stddev {stddev})"
    assert len(image.getcolors(maxcolors=1 << 20) or []) > 50, f"{name} has almost no colours"
    return image


def visible_statuses(page: Page) -> list[str]:
    return page.eval_on_selector_all(
        "article.card", "cards => cards.filter(c => !c.hidden).map(c => c.dataset.status)"
    )


def test_html_report_in_chromium(browser: Browser, report_html: Path, tmp_path: Path) -> None:
    watched = Watched(browser, viewport={"width": 1100, "height": 900})
    page = watched.page
    page.goto(report_html.as_uri())
    # the script ran under the CSP (its hash matched): it revealed the controls
    page.wait_for_selector("#controls:not([hidden])")
    image = screenshot(page, "report.png", tmp_path)
    assert image.width == 1100 and image.height > 2000
    everything = sorted(v or "unverified" for v in EXPECTED.values())
    assert sorted(visible_statuses(page)) == everything

    page.click('button[data-filter="close"]')
    assert visible_statuses(page) == ["close"] * 3
    assert page.inner_text("#shown") == "3"
    assert page.get_attribute('button[data-filter="close"]', "aria-pressed") == "true"
    page.click('button[data-filter="not_found"]')
    assert visible_statuses(page) == ["not_found"] * 3
    screenshot(page, "report-not-found.png", tmp_path)
    page.click('button[data-filter="all"]')
    assert len(visible_statuses(page)) == len(EXPECTED)

    page.fill("#search", "waltz")
    assert page.eval_on_selector_all(
        "article.card", "cards => cards.filter(c => !c.hidden).map(c => c.id)"
    ) == ["claim-xss"]
    assert XSS_QUOTE in page.inner_text("#claim-xss .quote")  # shown as text, never run
    page.fill("#search", "no such words anywhere")
    assert visible_statuses(page) == [] and page.is_visible("#none")
    page.fill("#search", "")

    # a filtered view is a link: reloading with #status=partial shows only partial claims
    page.goto(report_html.as_uri() + "#status=partial")
    page.reload()
    assert visible_statuses(page) == ["partial"]

    # a count of three or more digits keeps its own box: it is never drawn over its label
    boxes = page.evaluate("""() => [...document.querySelectorAll('.verdict')].map(v => {
        v.querySelector('.n').textContent = '1110';
        const n = v.querySelector('.n').getBoundingClientRect();
        const what = v.querySelector('.what').getBoundingClientRect();
        return [n.right, what.left, v.querySelector('.n').scrollWidth, n.width]; })""")
    assert boxes, "the summary shows no counts"
    for n_right, what_left, needed, width in boxes:
        assert n_right <= what_left and needed <= width + 0.5, boxes

    page.emulate_media(media="print")
    assert not page.is_visible("#controls")
    assert page.pdf()[:5] == b"%PDF-"
    assert watched.errors == []
    watched.close()


def test_html_report_filters_by_the_reviewers_verdict(
    browser: Browser, tmp_path_factory: pytest.TempPathFactory, runner: CliRunner, tmp_path: Path
) -> None:
    reviewed = build_database(tmp_path_factory.mktemp("reviewed"))
    add_reviews(reviewed)
    output = reviewed.parent / "report.html"
    result = runner.invoke(app, ["report", "-o", str(output), "--db", str(reviewed)])
    assert result.exit_code == 0, result.output
    watched = Watched(browser, viewport={"width": 1100, "height": 900})
    page = watched.page
    page.goto(output.as_uri())
    page.wait_for_selector("#controls:not([hidden])")

    def shown() -> list[str]:
        return page.eval_on_selector_all(
            "article.card", "cards => cards.filter(c => !c.hidden).map(c => c.id.slice(6))"
        )

    page.click('button[data-review-filter="misquoted"]')
    assert shown() == ["diary"]
    assert page.is_visible("#claim-diary .review-note")
    assert "Reviewer's verdict: misquoted" in page.inner_text("#claim-diary .review-note")
    # both filters at once: the status and the reviewer's verdict
    page.click('button[data-review-filter="none"]')
    assert len(shown()) == len(EXPECTED) - len(REVIEWS)
    page.click('button[data-filter="not_found"]')
    assert sorted(shown()) == ["formula", "misattributed", "xss"]
    assert page.evaluate("window.location.hash") == "#status=not_found&review=none"
    screenshot(page, "report-review-filter.png", tmp_path)
    # a filtered view is a link
    page.goto(output.as_uri() + "#review=minor_differences")
    page.reload()
    assert shown() == ["vote"]
    assert page.is_visible("#claim-vote .stale")
    # vote is reworded now, its number differing: its card says so in plain words (not
    # "said in other words", which the flag contradicts), the evidence beside it
    page.goto(output.as_uri() + "#status=reworded")
    page.reload()
    assert shown() == ["vote"]
    assert page.inner_text("#claim-vote .badge") == "reworded"
    summary = page.inner_text("#claim-vote .reworded p")
    assert summary.startswith("Found in other words, but it differs: the passage is in English")
    assert "not as the claim says it: a number differs from the source" in summary
    assert page.is_visible("#claim-vote dl.evidence")
    assert page.inner_text("#claim-vote dl.evidence dt") == "shared words"
    assert watched.errors == []
    watched.close()


def test_html_report_fits_a_phone(browser: Browser, report_html: Path, tmp_path: Path) -> None:
    watched = Watched(browser, viewport={"width": 390, "height": 844}, device_scale_factor=2,
                      is_mobile=True, has_touch=True)  # fmt: skip
    page = watched.page
    page.goto(report_html.as_uri())
    page.wait_for_selector("#controls:not([hidden])")
    screenshot(page, "report-phone.png", tmp_path)
    # a mobile browser widens its layout viewport to fit a page that is too wide: compare
    # with the screen, not with window.innerWidth
    width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width == [390, 390], f"the page is {width[0]}px wide on a 390px phone screen"
    # the facts table stacks: each cell, the verdict and its detail too, gets the whole width
    facts = page.evaluate("""() => [...document.querySelectorAll('table.facts')].map(t => ({
        wrap: t.parentElement.clientWidth, scroll: t.parentElement.scrollWidth,
        verdict: t.querySelector('tbody td:last-child').getBoundingClientRect().width}))""")
    assert facts, "the report shows no facts table"
    for table in facts:
        assert table["scroll"] <= table["wrap"] and table["verdict"] >= 0.9 * table["wrap"], table
    # the search field's placeholder is read whole, not cut
    search = page.evaluate("""() => { const s = document.getElementById('search');
        const css = getComputedStyle(s), ctx = document.createElement('canvas').getContext('2d');
        ctx.font = css.font;
        return [ctx.measureText(s.placeholder).width,
                s.clientWidth - parseFloat(css.paddingLeft) - parseFloat(css.paddingRight)]; }""")
    assert search[0] <= search[1], f"the placeholder needs {search[0]:.0f}px of {search[1]:.0f}"
    page.tap('button[data-filter="verbatim"]')
    assert visible_statuses(page) == ["verbatim"]
    assert watched.errors == []
    watched.close()


@pytest.fixture
def served(built: Path) -> Iterator[str]:
    with serving(built) as base:
        yield base


def test_served_datasette_page_in_chromium(
    browser: Browser, served: str, built: Path, tmp_path: Path
) -> None:
    name = built.stem
    watched = Watched(browser, viewport={"width": 1280, "height": 900})
    page = watched.page
    page.goto(f"{served}/{name}/claim_report")
    assert "What is wrong in this text?" in page.inner_text("h1")
    screenshot(page, "datasette-claim-report.png", tmp_path)
    assert XSS_QUOTE in page.inner_text("table.rows-and-columns")
    page.locator('a[href*="status=not_found"]').first.click()  # the status facet
    page.wait_for_url("**status=not_found**")
    statuses = page.eval_on_selector_all("td.col-status", "cells => cells.map(c => c.innerText)")
    assert statuses == ["not_found"] * 3
    page.goto(f"{served}/{name}")
    page.click("text=Numbers and negations that differ")
    page.wait_for_url("**/numbers_and_negations")
    assert {"vote", "negated"} <= set(
        page.eval_on_selector_all("td.col-claim", "cells => cells.map(c => c.innerText)")
    )
    screenshot(page, "datasette-query.png", tmp_path)
    assert watched.errors == []
    watched.close()


def _own_address() -> str | None:
    """An address of this machine that is not loopback (the source of a datagram socket's
    route), or None when there is none."""
    for target in ("10.255.255.255", "192.0.2.1"):  # connecting a datagram socket sends nothing
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            try:
                probe.connect((target, 9))
            except OSError:
                continue
            address = str(probe.getsockname()[0])
            if not address.startswith("127."):
                return address
    return None


def test_a_review_recorded_in_the_browser(
    browser: Browser, tmp_path_factory: pytest.TempPathFactory, runner: CliRunner, tmp_path: Path
) -> None:
    """claim_report's link opens the form with the claim filled in; submitting it (with
    Datasette's CSRF token, as a browser does) records the review; the row shows it."""
    db = build_database(tmp_path_factory.mktemp("review-browser"))
    watched = Watched(browser, viewport={"width": 1280, "height": 900})
    page = watched.page
    with serving(db) as base:
        page.goto(f"{base}/{db.stem}/claim_report?claim_id=exact")
        page.click("td.col-verdict a.sourcecheck-review")
        page.wait_for_url("**/record_review?claim=exact**")
        assert page.input_value('[name="claim"]') == "exact"
        page.fill('[name="verdict"]', "misattributed")
        page.fill('[name="note"]', "Czernin quotes Kühlmann here <b>not</b> Trotsky")
        page.fill('[name="reviewer"]', "Browser Person")
        screenshot(page, "datasette-review-form.png", tmp_path)
        page.click('input[type="submit"]')
        page.wait_for_url("**/claim_report")
        assert "Review recorded" in page.inner_text("body")
        page.goto(f"{base}/{db.stem}/claim_report?claim_id=exact")
        assert page.inner_text("td.col-verdict").startswith("misattributed")
        screenshot(page, "datasette-reviewed.png", tmp_path)
        # a bad verdict is shown as an error on the form, and nothing is stored
        page.goto(f"{base}/{db.stem}/record_review?claim=diary")
        page.fill('[name="verdict"]', "looks fine")
        page.fill('[name="reviewer"]', "Browser Person")
        page.click('input[type="submit"]')
        # The form posts and Datasette redirects: wait for the message instead of reading the
        # page while it is still the form (that raced on a loaded machine).
        page.wait_for_selector("text=unknown verdict")
        assert "unknown verdict" in page.inner_text("body")
    review = runner.invoke(app, ["show", "exact", "--json", "--db", str(db)]).stdout
    assert '"by": "Browser Person"' in review and "<b>not</b> Trotsky" in review
    assert (
        '"review": null' in runner.invoke(app, ["show", "diary", "--json", "--db", str(db)]).stdout
    )
    assert watched.errors == [], watched.errors
    watched.close()


def test_reviews_are_refused_from_another_address_unless_allowed(
    built: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A served instance reached through this machine's own non-loopback address: the
    request comes from that address, not 127.0.0.1."""
    address = _own_address()
    if address is None:
        pytest.skip("this machine has no address but loopback")
    db = build_database(tmp_path_factory.mktemp("review-remote"))
    body = {"claim": "exact", "verdict": "accurate", "note": "", "reviewer": "R"}
    headers = {"accept": "application/json"}
    with serving(db, host="0.0.0.0") as base:
        remote = base.replace("127.0.0.1", address)
        assert httpx.get(f"{remote}/{db.stem}/claim_report").status_code == 200
        refused = httpx.post(f"{remote}/{db.stem}/record_review", json=body, headers=headers)
        assert refused.status_code == 403
        local = httpx.post(f"{base}/{db.stem}/record_review", json=body, headers=headers)
        assert local.json()["ok"] is True
    with serving(db, "--allow-review-from", address, host="0.0.0.0") as base:
        remote = base.replace("127.0.0.1", address)
        allowed = httpx.post(f"{remote}/{db.stem}/record_review", json=body, headers=headers)
        assert allowed.status_code == 200 and allowed.json()["ok"] is True
