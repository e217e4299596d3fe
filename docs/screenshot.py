"""Make docs/report.png, the README's picture of the HTML report.

Builds a small database from tests/fixtures through the CLI (a close quotation, a verbatim one,
a flipped negation, a changed number, a partial elision, a misattribution found by --anywhere,
a source with no text), writes the HTML report and photographs its top in Debian's Chromium.

    .venv/bin/python docs/screenshot.py
"""

from __future__ import annotations

import sys
import tempfile
from io import BytesIO
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright
from typer.testing import CliRunner

from sourcecheck.cli import app

DOCS = Path(__file__).resolve().parent
FIXTURES = DOCS.parent / "tests" / "fixtures"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip

SOURCES = """\
sources:
  - {id: czernin, title: In the World War, author: Ottokar Czernin, issued: "1919", kind: book,
     url: "https://www.gutenberg.org/cache/epub/18160/pg18160.txt",
     texts: [{path: czernin.txt, label: Cassell 1919 translation}]}
  - {id: minutes, title: Minutes of the Central Committee, issued: "1918", kind: minutes,
     texts: [{path: minutes.txt}]}
  - {id: letters, title: Letters, kind: letter, texts: [{path: letters.txt}]}
  - {id: speech, title: Speech at the Soviet, kind: speech}
"""

CLAIMS = """\
document: {id: memoir, title: "My Life, chapter XXXII: Peace", author: Leon Trotsky,
           issued: "1930", url: "https://example.org/my-life/peace.htm"}
claims:
  - {id: czernin-diary-1918-02-11, source: czernin,
     quote: "Trotsky refuses to sign. War is over, but there is no peace.",
     speaker: Ottokar Czernin, date: "1918-02-11",
     locator: "diary, February 11, 1918", start: 23890, end: 23950, paragraph: 43}
  - {id: czernin-diary-declines, quote: "Trotski declines to sign.", source: czernin,
     speaker: Ottokar Czernin, start: 24400, end: 24425, paragraph: 45}
  - {id: war-not-over, quote: "The war is not over, but there is no peace.", source: czernin,
     speaker: Ottokar Czernin, start: 23960, end: 24003, paragraph: 43}
  - {id: central-committee-vote, kind: figure, source: minutes, start: 24100, end: 24194,
     quote: "The Central Committee voted on the German terms: seven for, five against,
       and four abstaining.",
     date: "1918-02-23", paragraph: 47}
  - {id: brest-conference, source: czernin, start: 26000, end: 26090, paragraph: 50,
     quote: "The peace conference at Brest went on all day ... and the emperor wept at the news"}
  - {id: letter-brest, quote: "The peace conference at Brest went on all day.", source: letters,
     start: 27000, end: 27046, paragraph: 52}
  - {id: soviet-speech, quote: "We shall never sign.", source: speech, start: 28000, end: 28020,
     paragraph: 55}
"""


def build(directory: Path) -> Path:
    (directory / "czernin.txt").write_text((FIXTURES / "diary.txt").read_text())
    filler = " ".join(["The delegates argued about the terms of the treaty until late."] * 3)
    (directory / "minutes.txt").write_text(
        f"{filler}\n\nThe Central Committee voted on the German terms: seven for, four against,"
        f" and four abstaining.\n\n{filler}\n"
    )
    (directory / "letters.txt").write_text("My dear friend, the war is over, but not the peace.\n")
    (directory / "sources.yaml").write_text(SOURCES)
    (directory / "claims.yaml").write_text(CLAIMS)
    db = directory / "sourcecheck.db"
    runner = CliRunner()
    steps = [
        ["import", str(directory / "claims.yaml"), str(directory / "sources.yaml")],
        ["verify", "--anywhere"],
        ["report", "-o", str(directory / "report.html")],
    ]
    for args in steps:
        result = runner.invoke(app, [*args, "--db", str(db)])
        if result.exit_code != 0:
            sys.exit(f"{args[0]} failed: {result.output}")
    return directory / "report.html"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        report = build(Path(tmp))
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 960, "height": 2100})
            page.goto(report.as_uri())
            page.wait_for_selector("#controls:not([hidden])")
            png = page.screenshot(clip={"x": 0, "y": 0, "width": 960, "height": 2100})
            browser.close()
    image = Image.open(BytesIO(png)).convert("RGB")
    image = image.quantize(colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    out = DOCS / "report.png"
    image.save(out, optimize=True)
    print(f"wrote {out} ({out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
