"""Progress displays on stderr: a live bar on a terminal, a plain line now and then elsewhere.

A long run (embedding an 800 KB book, verifying thousands of claims) written to a log or a
pipe must not look hung: off a terminal, each task prints "what: done/total (N s)" at most
every :data:`LOG_EVERY_S` seconds instead of a bar (a live bar would fill the log with
redraws).
"""

from __future__ import annotations

import sys
import time
from typing import Any

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from .common import err_console

LOG_EVERY_S = 20.0
"""Seconds between two lines of one task off a terminal."""


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
        if task.total and task.completed != int(task.completed):  # a share of one long text
            done = f"{task.completed / task.total:.0%}"
        else:
            done = f"{task.completed:g}" + (f"/{task.total:g}" if task.total else "")
        err_console.print(f"{task.description}: {done} ({now - first:.0f} s)")


def progress_bars() -> LoggedProgress:
    """Bars of tasks counted in items (claims, texts, sentences) on stderr: live on a terminal
    and gone when done; elsewhere a line per task now and then."""
    return LoggedProgress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err_console, disable=not sys.stderr.isatty(), transient=True,
    )  # fmt: skip
