"""The ``review`` command: a person's verdict on a claim, its history, and the list of reviews."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import InputError
from ..models import REVIEW_VERDICTS, Review, ReviewVerdict, counted
from .common import (
    DEFAULT_DB,
    DataTable,
    DbOption,
    JsonOption,
    choice,
    cli_errors,
    console,
    open_database,
    print_json,
    visible,
)

if TYPE_CHECKING:
    from ..store.db import Database


def review_command(
    claim_id: Annotated[
        str | None, typer.Argument(help="The claim reviewed (alone: its review and history).")
    ] = None,
    verdict: Annotated[
        ReviewVerdict | None,
        typer.Option(
            help="Your verdict on the claim.",
            parser=choice(ReviewVerdict, "verdict"),
            show_default=False,
        ),
    ] = None,
    note: Annotated[
        str | None, typer.Option(help="Why: what a reader of the review should know.")
    ] = None,
    by: Annotated[
        str | None,
        typer.Option(
            "--by",
            envvar="SOURCECHECK_REVIEWER",
            help="Your name. Default: $SOURCECHECK_REVIEWER, else `reviewer` in the config "
            "file ($XDG_CONFIG_HOME/sourcecheck/config.toml).",
            show_default=False,
            show_envvar=False,
        ),
    ] = None,
    clear: Annotated[bool, typer.Option("--clear", help="Clear the claim's review.")] = False,
    list_reviews: Annotated[
        bool, typer.Option("--list", help="List the current review of every reviewed claim.")
    ] = False,
    stale: Annotated[
        bool,
        typer.Option(help="With --list: only reviews whose claim's passage or status changed."),
    ] = False,
    json_output: JsonOption = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Record your verdict on a claim (with a note), clear it, or list the reviews.

    Verdicts: accurate, minor_differences, partly_supported, misquoted, misattributed,
    unsupported, unverifiable. A review is bound to the claim's quote and its latest result;
    a later verify that changes the passage or the status marks it stale.
    """
    from ..records import review as reviews  # here: the command line starts without it

    with cli_errors():
        _check_options(claim_id, verdict, note, clear, list_reviews, stale)
        database = open_database(db)
        if list_reviews:
            _print_list(reviews.list_reviews(database, stale_only=stale), json_output, stale)
        elif verdict is not None or clear:
            assert claim_id is not None
            _record(database, claim_id, verdict, note, by, json_output=json_output)
        else:
            assert claim_id is not None
            _print_history(database, claim_id, json_output)


def _check_options(
    claim_id: str | None,
    verdict: ReviewVerdict | None,
    note: str | None,
    clear: bool,
    list_reviews: bool,
    stale: bool,
) -> None:
    """The combinations of options that mean something; anything else is bad input."""
    if list_reviews:
        if claim_id or verdict or clear or note:
            raise InputError("--list takes no claim id, --verdict, --note or --clear")
        return
    if stale:
        raise InputError("--stale goes with --list")
    if claim_id is None:
        raise InputError(f"give a claim id and --verdict ({', '.join(REVIEW_VERDICTS)}), or --list")
    if verdict is not None and clear:
        raise InputError("give --verdict or --clear, not both")
    if note is not None and verdict is None:
        raise InputError("--note goes with --verdict")


def _reviewer(by: str | None) -> str:
    from ..records import review as reviews

    name = (by or "").strip() or reviews.configured_reviewer()
    if not name:
        raise InputError(
            "who is reviewing? Give --by NAME, or set SOURCECHECK_REVIEWER, or write "
            f'reviewer = "NAME" in {reviews.config_path()}'
        )
    return name


def _record(
    database: Database,
    claim_id: str,
    verdict: ReviewVerdict | None,
    note: str | None,
    by: str | None,
    *,
    json_output: bool,
) -> None:
    from ..records import review as reviews

    name = _reviewer(by)
    if verdict is None:
        cleared = reviews.clear_review(database, claim_id, by=name)
        if json_output:
            print_json({"claim": claim_id, "cleared": cleared})
        elif cleared is None:
            console.print(f"claim {claim_id}: no review to clear; nothing changed")
        else:
            console.print(
                f"claim {claim_id}: review cleared by {visible(name)} (was {cleared.verdict} by "
                f"{visible(cleared.by)}, {cleared.at})"
            )
        return
    review = reviews.record_review(database, claim_id, verdict.value, by=name, note=note)
    if json_output:
        print_json(review)
        return
    console.print(
        f"claim {claim_id}: {review.verdict} (reviewed by {visible(review.by)}, {review.at})"
    )


def _print_list(found: list[Review], json_output: bool, stale_only: bool) -> None:
    if json_output:
        print_json(found)
        return
    if not found:  # a line, not an empty frame
        console.print("no stale reviews" if stale_only else "no reviews yet")
        return
    table = DataTable("claim", "verdict", "by", "at", "stale", "note")
    for r in found:
        table.add_row(r.claim_id, r.verdict, r.by, r.at, r.stale_reason or "", r.note or "")
    console.print(table)
    stale = sum(r.stale for r in found)
    console.print(counted(len(found), "reviewed claim") + (f", {stale} stale" if stale else ""))


def _print_history(database: Database, claim_id: str, json_output: bool) -> None:
    from ..records import review as reviews

    current, history = reviews.review_of(database, claim_id)
    if json_output:
        print_json({"claim": claim_id, "review": current, "history": history})
        return
    if current is None:
        console.print(f"claim {claim_id}: not reviewed")
    else:
        stale = f"; stale: {current.stale_reason}" if current.stale else ""
        by = visible(current.by)
        console.print(f"claim {claim_id}: {current.verdict} by {by}, {current.at}{stale}")
        if current.note:
            console.print(f"note: {visible(current.note)}")
    for row in history:
        what = row["verdict"] or "cleared"
        seen = f"{row['status'] or 'not verified'}" + (
            f", text {row['text_id']} {row['start']}-{row['end']}" if row["text_id"] else ""
        )
        by = visible(row["reviewer"])
        console.print(f"  {row['reviewed_at']}  {what:<18} {by}  (reviewed: {seen})")
