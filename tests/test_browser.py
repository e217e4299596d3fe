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
import subprocess
import sys
import time
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import httpx
import pytest
from builders import EXPECTED, REVIEWS, XSS_QUOTE, add_reviews, build_database
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
    page.tap('button[data-filter="verbatim"]')
    assert visible_statuses(page) == ["verbatim"]
    assert watched.errors == []
    watched.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def served(built: Path) -> Iterator[str]:
    """`sourcecheck serve` in a subprocess on a free port; its base URL; stopped after."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "sourcecheck", "serve", "--db", str(built), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base}/-/versions.json", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                output = process.stdout.read() if process.stdout else ""
                pytest.fail(f"sourcecheck serve did not start: {output}")
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


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
