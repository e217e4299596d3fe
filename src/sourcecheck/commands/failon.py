"""``verify --fail-on``: the statuses that fail a run, and ``flagged``, any result a report
marks ⚠ whatever its status (a ``close`` quote whose source says the opposite passes
``--fail-on partial,not_found``: its status is close)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import typer

from ..errors import EXIT_BAD_INPUT
from ..models import STATUSES, Status, counted
from .common import err_console, visible

if TYPE_CHECKING:
    from ..verify import Verdict

FLAGGED = "flagged"
FAIL_ON_HELP = (
    "Exit 1 if a claim ends with one of these statuses, comma-separated, e.g. "
    f"not_found,partial (statuses: {', '.join(STATUSES)}); {FLAGGED}: any result the reports "
    "mark ⚠ (a negation, number, date, name or roles flag, the opposite, a fact that "
    "differs, a word changed, another speaker, found in another source), whatever its status."
)


@dataclass(frozen=True, slots=True)
class FailOn:
    """What ``--fail-on`` fails a run on: these statuses, and a flagged result if asked."""

    statuses: tuple[Status, ...] = ()
    flagged: bool = False

    def failed(self, verdicts: list[Verdict]) -> list[Verdict]:
        """The verdicts that fail the run."""
        return [
            v for v in verdicts if v.result.status in self.statuses or (self.flagged and v.alarms())
        ]

    def say_failed(self, failed: list[Verdict]) -> None:
        """The ``error:`` line naming the claims that failed the run and why (on stderr, so
        that a CI log that keeps only errors still says why it failed)."""
        ids = ", ".join(visible(v.claim.id) for v in failed[:10])
        more = f" and {len(failed) - 10} more" if len(failed) > 10 else ""
        said = sorted(
            {
                v.result.status
                if v.result.status in self.statuses
                else f"{v.result.status} ⚠ {FLAGGED}"
                for v in failed
            }
        )
        err_console.print(
            f"error: {counted(len(failed), 'claim')} ended {', '.join(said)} (--fail-on): "
            f"{ids}{more} (why: sourcecheck show ID)"
        )


def fail_on(value: str | None, *, meaning: bool) -> FailOn:
    """``not_found,partial,flagged`` -> what fails the run; an unknown word is bad input
    (exit 3); a warning when a value can never fire (reworded with the stage that gives it
    off)."""
    words = [s.strip() for s in (value or "").split(",") if s.strip()]
    unknown = [w for w in words if w != FLAGGED and w not in STATUSES]
    if unknown:
        err_console.print(
            f"error: unknown --fail-on value {unknown[0]!r} (choose from: "
            f"{', '.join([*STATUSES, FLAGGED])})"
        )
        raise typer.Exit(EXIT_BAD_INPUT)
    statuses = tuple(Status(w) for w in words if w != FLAGGED)
    if not meaning and Status.REWORDED in statuses:
        err_console.print(
            "warning: --fail-on reworded cannot fire with --no-meaning: only the meaning stage "
            "gives that status (a claim it would find reworded ends not_found)"
        )
    return FailOn(statuses, FLAGGED in words)
