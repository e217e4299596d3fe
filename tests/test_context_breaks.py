"""A passage's context keeps its paragraph breaks where a person reads it (``show``, the HTML
report): a title line is not run into the paragraph after it ("March 1918 Comrades, on..."),
while a hard-wrapped line still runs on. Passages written for these tests."""

from __future__ import annotations

from pathlib import Path

from test_printed_edges import verified

from sourcecheck.report.marks import paragraphs_kept

SPEECH = (
    "Speech of the Chairman to the Congress, March 1918\n\n"
    "Comrades, on the eighth of January the Committee met in the small hall.\n"
    "Lenin argued that the army could no longer fight, and nobody answered him.\n"
)
QUOTE = "Comrades, on the eighth of January the Committee met in the small hall."


def test_show_and_the_html_report_keep_the_title_line_apart(cli, tmp_path: Path) -> None:
    assert verified(cli, tmp_path, SPEECH, QUOTE)["status"] == "verbatim"
    shown = cli("show", "quoted").stdout
    assert "Congress, March 1918\n⟦Comrades, on the eighth" in shown
    assert "hall⟧. Lenin argued that the army" in shown  # a wrapped line runs on
    page = tmp_path / "report.html"
    assert cli("report", "--format", "html", "-o", page).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert "Congress, March 1918\n</span>" in html and "white-space: pre-line" in html


def test_only_a_blank_line_is_a_break() -> None:
    assert paragraphs_kept("a\n \n\tb\nc  d") == "a\nb c d"
