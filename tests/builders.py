"""Data that several test modules build on (not a test module): the report database that the
report, Datasette and browser tests read, a Russian text, a German diary, and real PDFs made
with reportlab."""

from __future__ import annotations

import io
import json
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from conftest import FIXTURES
from typer.testing import CliRunner

from sourcecheck.cli import app
from sourcecheck.models import Claim, Source

DIARY = (
    "Tagebuch des Gesandten (für die Prüfung geschrieben)\n\n"
    "3. März. Heute fuhren wir mit der Bahn nach Lemberg, die Fahrt dauerte den ganzen Tag. "
    "Im Speisewagen sprach der Minister lange mit dem Bankier über die neuen Zölle auf "
    "Kohle und Eisen. Niemand widersprach ihm.\n\n"
    "4. März. Am Morgen besichtigten wir die Fabriken am Fluss und die alte Brücke. Der "
    "Bürgermeister zeigte uns das Rathaus und den Markt. Am Abend gab es ein Konzert im "
    "Theater, das bis Mitternacht dauerte.\n\n"
    "5. März. Schnee fiel auf die Felder, und der Zug blieb zwei Stunden vor Tarnopol stehen."
)
"""A German diary written for the tests of the meaning stage: three dated paragraphs."""

CZERNIN_BOOK = Source(
    id="czernin-in-the-world-war",
    title="In the World War",
    author="Ottokar Czernin",
    issued="1919",
    kind="book",
)
"""Czernin's book as a source record, for extraction tests that resolve a claim's source."""

XSS_QUOTE = "<script>alert('x')</script> The Austrians danced a waltz at midnight"
FORMULA_QUOTE = '=HYPERLINK("http://evil.example") [click](javascript:alert(1)) | *bold* # heading'

EXPECTED = {
    "unverified": None,
    "diary": "close",
    "exact": "verbatim",
    "negated": "close",
    "vote": "close",
    "elided": "partial",
    "xss": "not_found",
    "formula": "not_found",
    "notext": "no_text",
    "oral": "no_text",
    "misattributed": "not_found",
}

SOURCES_YAML = """\
sources:
  - id: czernin
    title: In the World War
    author: Ottokar Czernin
    issued: "1919"
    kind: book
    url: https://www.gutenberg.org/cache/epub/18160/pg18160.txt
    texts:
      - path: texts/czernin.txt
        label: Cassell 1919 translation
  - id: minutes
    title: Minutes of the Central Committee
    issued: "1918"
    kind: minutes
    texts:
      - path: texts/minutes.txt
  - id: letters
    title: Letters
    kind: letter
    texts:
      - path: texts/letters.txt
  - id: speech
    title: A speech with no text yet
    kind: speech
"""

CLAIMS_YAML = f"""\
document:
  id: memoir
  title: "My Life, chapter XXXII: Peace"
  author: Leon Trotsky
  issued: "1930"
  url: https://example.org/my-life/peace.htm
claims:
  - id: diary
    quote: "Trotsky refuses to sign. War is over, but there is no peace."
    source: czernin
    speaker: Ottokar Czernin
    date: "1918-02-11"
    locator: diary, February 11, 1918
    start: 100
    end: 160
    paragraph: 4
  - id: exact
    quote: "Trotski declines to sign."
    source: czernin
    speaker: Ottokar Czernin
    start: 200
    end: 225
    paragraph: 5
  - id: negated
    quote: "The war is not over, but there is no peace."
    source: czernin
    start: 300
    end: 343
  - id: vote
    quote: "The Central Committee voted on the German terms: seven for, five against,
      and four abstaining."
    source: minutes
    kind: figure
    start: 400
    end: 494
  - id: elided
    quote: "The peace conference at Brest went on all day ... and the emperor wept bitterly
      at the news"
    source: czernin
    start: 500
    end: 591
  - id: xss
    quote: {json.dumps(XSS_QUOTE)}
    source: czernin
    start: 600
    end: 668
  - id: formula
    quote: {json.dumps(FORMULA_QUOTE)}
    source: czernin
    start: 700
    end: 781
  - id: notext
    quote: "We shall never sign."
    source: speech
    start: 800
    end: 820
  - id: oral
    quote: "What are we doing?"
    kind: oral
    speaker: Lenin
    start: 900
    end: 918
  - id: misattributed
    quote: "The peace conference at Brest went on all day."
    source: letters
    start: 1000
    end: 1046
"""

FILLER = " ".join(["The delegates argued about the terms of the treaty until late."] * 12)
MINUTES = (
    f"Session of 23 February 1918.\n\n{FILLER}\n\nThe Central Committee voted on the German "
    f"terms: seven for, four against, and four abstaining.\n\n{FILLER}\nEND-OF-MINUTES\n"
)


def build_database(directory: Path) -> Path:
    """Import, verify (--anywhere) and add a claim after the run, all through the CLI."""
    texts = directory / "texts"
    texts.mkdir(parents=True)
    (texts / "czernin.txt").write_text((FIXTURES / "diary.txt").read_text(encoding="utf-8"))
    (texts / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    (texts / "letters.txt").write_text(
        "My dear friend, the war is over, but there is no peace at all.\n", encoding="utf-8"
    )
    (directory / "sources.yaml").write_text(SOURCES_YAML, encoding="utf-8")
    (directory / "claims.yaml").write_text(CLAIMS_YAML, encoding="utf-8")
    db_path = directory / "sourcecheck.db"
    runner = CliRunner()

    def run(*args: str) -> None:
        result = runner.invoke(app, [*args, "--db", str(db_path)])
        assert result.exit_code == 0, result.output

    run("import", str(directory / "claims.yaml"), str(directory / "sources.yaml"))
    run("verify", "--anywhere")
    run("claim", "add", "Added after the last run.", "--source", "czernin", "--id", "unverified")
    return db_path


XSS_NOTE = "<img src=x onerror=alert(1)> *not* [a](javascript:x) | =SUM(A1)"
REVIEWS = {  # claim -> (verdict, reviewer, note)
    "diary": ("misquoted", "Ann Lee", XSS_NOTE),
    "exact": ("accurate", "Bob Roe", None),
    "notext": ("unverifiable", "Ann Lee", "the speech is in an archive we cannot reach"),
    "vote": ("minor_differences", "Bob Roe", "five or four: the minutes say four"),
}


def add_reviews(db_path: Path) -> None:
    """Review four claims through the CLI, then verify ``vote`` more strictly so that its
    review goes stale (its status changes from close to reworded: partial by its words, the
    same in other words by meaning)."""
    runner = CliRunner()

    def run(*args: str) -> None:
        result = runner.invoke(app, [*args, "--db", str(db_path)])
        assert result.exit_code == 0, result.output

    for claim, (verdict, by, note) in REVIEWS.items():
        run("review", claim, "--verdict", verdict, "--by", by, *(["--note", note] if note else []))
    run("verify", "vote", "--close-min", "99", "--partial-min", "50")


RUSSIAN = """\
Переговоры в Брест-Литовске начались в декабре, когда зима уже легла на разорённые
местности западного края. Делегация ехала долго: поезд часто останавливался, и на каждой
станции солдаты спрашивали, скоро ли будет мир.

Троцкий приехал в начале января и сразу изменил тон переговоров. Он говорил длинно,
обращаясь не столько к генералу Гофману, сколько к рабочим Европы, которые читали газеты.
Кюльман отвечал вежливо, но холодно; Чернин записывал в дневник свои сомнения.

Десятого февраля советская делегация объявила, что Россия выходит из войны, но мирного
договора не подпишет. "Ни мира, ни войны", - повторяли потом в Петрограде, и одни видели в
этой формуле смелость, а другие - опасную игру с противником, который был сильнее.

Через неделю немецкие войска перешли в наступление. Города сдавались почти без боя, и в
Смольном до глубокой ночи спорили о том, что делать дальше. Ленин настаивал на немедленном
подписании мира, каким бы тяжёлым он ни был.

Решение далось нелегко. Центральный комитет голосовал несколько раз, и большинство менялось
от заседания к заседанию. Телеграммы в Берлин уходили ночью, ответы приходили через сутки.

Третьего марта договор был подписан. Россия теряла Польшу, Литву, часть Латвии, Финляндию и
Украину; газеты называли его похабным миром, но армия больше не могла воевать.
"""


def make_pdf(lines: list[str], *, blank_pages: int = 0) -> bytes:
    """A real PDF made with reportlab: the lines on page 1, then ``blank_pages`` without text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    if lines:
        text = pdf.beginText(72, 770)
        for line in lines:
            text.textLine(line)
        pdf.drawText(text)
        pdf.showPage()
    for _ in range(blank_pages):
        pdf.rect(100, 100, 300, 400, fill=1)  # a picture, as a scan is: no text layer
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def free_port() -> int:
    """A port of 127.0.0.1 nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving(
    db: Path, *args: str, host: str = "127.0.0.1", output: list[str] | None = None
) -> Iterator[str]:
    """`sourcecheck serve` in a subprocess on a free port; its base URL; stopped after (what
    it printed, stdout and stderr, then appended to ``output``). What it prints goes to a
    file, not a pipe, which a server printing much would fill and block on."""
    port = free_port()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as printed:
        process = subprocess.Popen(
            [sys.executable, "-m", "sourcecheck", "serve", "--db", str(db), "--port", str(port),
             "--host", host, *args],
            stdout=printed,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
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
                    printed.seek(0)
                    pytest.fail(f"sourcecheck serve did not start: {printed.read()}")
                time.sleep(0.1)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            if output is not None:
                printed.seek(0)
                output.append(printed.read())


def speaker_of(claims: list[Claim], start: str) -> str | None:
    """The speaker of the claim whose quote opens with ``start`` (attribution tests)."""
    return claim_of(claims, start).speaker


def claim_of(claims: list[Claim], start: str) -> Claim:
    """The claim whose quote opens with ``start`` (attribution tests)."""
    return next(c for c in claims if c.quote.startswith(start))


def extracted(cli, folder: Path, text: str) -> tuple[Path, Path]:
    """``folder/article.txt`` holding ``text`` and ``folder/claims.yaml`` extracted from it
    (``cli`` runs the command line)."""
    article = folder / "article.txt"
    article.write_text(text, encoding="utf-8")
    claims = folder / "claims.yaml"
    assert cli("extract", article, "-o", claims).exit_code == 0
    return article, claims


def diary_cited(cli, folder: Path, claims: dict[str, str]) -> None:
    """The German :data:`DIARY` stored as source "diary" (``folder/diary.txt``) and
    ``claims`` (id: quote) citing it, not verified yet (``cli`` runs the command line)."""
    text = folder / "diary.txt"
    text.write_text(DIARY, encoding="utf-8")
    cli("source", "add", "diary", "--title", "Diary", "--kind", "diary")
    assert cli("source", "text", "diary", text, "--language", "de").exit_code == 0
    for claim_id, quote in claims.items():
        assert cli("claim", "add", quote, "--source", "diary", "--id", claim_id).exit_code == 0
