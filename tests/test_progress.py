"""Progress off a terminal: a long run written to a log or a pipe says now and then how far it
is (a plain line per task), and a short one prints nothing but its result."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcecheck.commands import progress

SOURCES = """\
sources:
  - id: minutes
    title: Minutes
    kind: minutes
    texts:
      - path: minutes.txt
claims:
  - id: vote
    quote: "The Committee voted: seven for, five against."
    source: minutes
  - id: signed
    quote: "The delegates argued about the terms until late."
    source: minutes
"""
MINUTES = "Session of 23 February 1918. The delegates argued about the terms until late.\n\n" + (
    "The Committee voted: seven for, four against.\n"
)


@pytest.fixture
def imported(cli, tmp_path: Path) -> None:
    (tmp_path / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    assert cli("import", tmp_path / "sources.yaml").exit_code == 0


def test_off_a_terminal_each_task_prints_how_far_it_is(cli, imported, monkeypatch) -> None:
    monkeypatch.setattr(progress, "LOG_EVERY_S", 0.0)  # every report is "long enough"
    result = cli("verify", "--no-meaning")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("verifying:")]
    assert [line.split(" (")[0] for line in lines] == ["verifying: 1/2", "verifying: 2/2"]
    assert all(line.endswith(" s)") for line in lines)
    assert "vote" in result.stdout  # the result table is still the output


def test_a_run_shorter_than_the_interval_prints_no_progress(cli, imported) -> None:
    result = cli("verify", "--no-meaning")
    assert result.exit_code == 0, result.output
    assert "verifying:" not in result.stderr


def test_a_share_of_one_long_text_is_a_percentage(monkeypatch, capsys) -> None:
    monkeypatch.setattr(progress, "LOG_EVERY_S", 0.0)
    bars = progress.LoggedProgress(disable=True)
    task = bars.add_task("verifying", total=1)
    bars.update(task, completed=0.25, total=1)
    bars.advance(task, 0.5)
    lines = capsys.readouterr().err.splitlines()
    assert [line.split(" (")[0] for line in lines] == ["verifying: 25%", "verifying: 75%"]


def test_embedding_says_its_size_and_what_is_left(monkeypatch, capsys) -> None:
    """A 3.4 MB book is one text: its sentences are counted in characters, with the time left
    once the rate is known."""
    monkeypatch.setattr(progress, "LOG_EVERY_S", 0.0)
    clock = iter([100.0, 130.0])  # the first report, then 30 s later
    monkeypatch.setattr(progress.time, "monotonic", lambda: next(clock, 130.0))
    bars = progress.LoggedProgress(disable=True)
    task = bars.add_task("embedding sentences", total=3_400_000)
    bars.update(task, completed=340_000)
    bars.update(task, completed=1_020_000)
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        "embedding sentences: 10% of 3.4 M characters (0 s)",
        "embedding sentences: 30% of 3.4 M characters (30 s, about 70 s left)",
    ]


def test_the_terminal_bar_shows_size_and_time_left() -> None:
    bars = progress.progress_bars()
    assert any(isinstance(c, progress.TimeRemainingColumn) for c in bars.columns)
    task = bars.add_task("embedding sentences", total=3_400_000, completed=1_200_000)
    assert progress.amount(bars._tasks[task]) == "1.2/3.4 M characters"
