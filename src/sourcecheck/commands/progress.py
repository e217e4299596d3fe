"""Progress displays on stderr: a live bar on a terminal, a plain line now and then elsewhere.

A long run (embedding an 800 KB book, verifying thousands of claims) written to a log or a
pipe must not look hung: off a terminal, each task prints "what: done/total (N s)" at most
every :data:`LOG_EVERY_S` seconds instead of a bar (a live bar would fill the log with
redraws). Both say how long is left once the rate is known, and the embedding of sentences
is counted in characters (a 3 MB book is one text: "0/1" for two minutes said nothing).
"""

from __future__ import annotations

import sys
import time
from typing import Any

from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from .common import err_console

LOG_EVERY_S = 20.0
"""Seconds between two lines of one task off a terminal."""
ETA_AFTER_S = 10.0
"""Seconds of work before a log line says how long is left (a rate over less is noise)."""
IN_CHARACTERS = frozenset({"embedding sentences"})
"""Tasks counted in characters (the sentences of texts of any size), not in items."""


def amount(task: Task) -> str:
    """How far a task is: "3/20" items, or "1.2/3.4 M characters".

    >>> embedding = Task(TaskID(0), "embedding sentences", 3_400_000, 1_200_000, _get_time=len)
    >>> amount(embedding), amount(Task(TaskID(1), "verifying", 20, 3, _get_time=len))
    ('1.2/3.4 M characters', '3/20')
    """
    total = task.total or 0
    if task.description not in IN_CHARACTERS:
        return f"{task.completed:g}" + (f"/{total:g}" if total else "")
    scale, unit = (1e6, " M") if total >= 1e6 else (1e3, " k")
    return f"{task.completed / scale:.1f}/{total / scale:.1f}{unit} characters"


class AmountColumn(ProgressColumn):
    """:func:`amount` as a column."""

    def render(self, task: Task) -> Text:
        return Text(amount(task), style="progress.download")


class LoggedProgress(Progress):
    """rich's :class:`~rich.progress.Progress`, which, made disabled (stderr is not a
    terminal), writes a line per task every :data:`LOG_EVERY_S` seconds of work instead."""

    def __init__(self, *columns: str | ProgressColumn, **options: Any) -> None:
        super().__init__(*columns, **options)
        # decided once: a bar switched off later (another display is live) stays silent
        self._logs = self.disable
        self._first_report: dict[TaskID, float] = {}
        self._last_line: dict[TaskID, float] = {}

    def update(self, task_id: TaskID, **changes: Any) -> None:
        super().update(task_id, **changes)
        self._log(task_id)

    def advance(self, task_id: TaskID, advance: float = 1) -> None:
        super().advance(task_id, advance)
        self._log(task_id)

    def _log(self, task_id: TaskID) -> None:
        if not self._logs:
            return
        now = time.monotonic()
        first = self._first_report.setdefault(task_id, now)  # a task's clock starts at its
        if now - self._last_line.get(task_id, first) < LOG_EVERY_S:  # first report
            return
        self._last_line[task_id] = now
        task = self._tasks[task_id]
        done = amount(task)
        if task.total and task.description in IN_CHARACTERS:
            done = f"{task.completed / task.total:.0%} of {done.split('/')[1]}"
        elif task.total and task.completed != int(task.completed):  # a share of one long text
            done = f"{task.completed / task.total:.0%}"
        elapsed = now - first
        left = ""
        if task.total and 0 < task.completed < task.total and elapsed >= ETA_AFTER_S:
            rest = elapsed * (task.total - task.completed) / task.completed
            left = f", about {rest:.0f} s left"
        err_console.print(f"{task.description}: {done} ({elapsed:.0f} s{left})")


def progress_bars() -> LoggedProgress:
    """Bars of tasks counted in items (claims, texts, sentences) on stderr: live on a terminal
    and gone when done; elsewhere a line per task now and then."""
    return LoggedProgress(
        TextColumn("{task.description}"), BarColumn(), AmountColumn(), TimeElapsedColumn(),
        TimeRemainingColumn(), console=err_console, disable=not sys.stderr.isatty(),
        transient=True,
    )  # fmt: skip
