"""Commands that verify claims and show and report the results."""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.progress import Progress, TaskID

from ..errors import EXIT_CHECK_FAILED
from ..matching.params import MatchParams
from ..models import CLUSTER_TIMEOUT_S, Status, counted, excerpt
from ..report import ALIASES, SUFFIXES, Publication, format_for, write_report, written
from ..report.review import VERDICT_KEYS, VERDICT_LABELS, stale_count
from .common import (
    DEFAULT_DB,
    DbOption,
    SourcesOption,
    choice,
    cli_errors,
    console,
    err_console,
    open_database,
    or_stdout,
    print_json,
    print_table,
    visible,
)
from .failon import FAIL_ON_HELP
from .failon import fail_on as parse_fail_on
from .progress import progress_bars

if TYPE_CHECKING:
    from ..models import Claim
    from ..store.db import Database
    from ..verify import Verdict, VerifyRun

DEFAULTS = MatchParams()
_ONE_SPACE = re.compile(r"\s+")


class ReportFormat(StrEnum):
    """The formats of ``report --format`` (report.FORMATS, as an Enum for typer)."""

    MARKDOWN = "markdown"
    HTML = "html"
    JSON = "json"
    CSV = "csv"
    CLAIMREVIEW = "claimreview"
    ANNOTATIONS = "annotations"


_status = choice(Status, "status")

WorkersOption = Annotated[
    int | None,
    typer.Option(
        min=1,
        help="Processes to search with. Default: the machine's cores (a small run stays "
        "in this process). The results are the same whatever the number.",
        show_default=False,
    ),
]
ClusterOption = Annotated[
    str | None,
    typer.Option(
        help="Search on the Dask cluster whose scheduler is at this address "
        "(tcp://host:8786); its workers must reach the database at the same path.",
    ),
]
ClusterTimeoutOption = Annotated[
    float,
    typer.Option(
        min=0,
        help="With --cluster: give up (exit 7) when the cluster has had no worker for "
        "this many seconds (they died or left).",
    ),
]
MeaningOption = Annotated[
    bool,
    typer.Option(
        help="Look for the claims the words do not find by meaning (another translation, "
        "a paraphrase, the original language): status reworded. --no-meaning: words only.",
    ),
]


def verify_command(
    claim_ids: Annotated[list[str] | None, typer.Argument(help="Claim ids (default: all).")] = None,
    source: SourcesOption = None,
    anywhere: Annotated[
        bool, typer.Option(help="Also search every other text (finds misattributions).")
    ] = False,
    fail_on: Annotated[
        str | None,
        typer.Option(
            help=FAIL_ON_HELP,
            show_default=False,
        ),
    ] = None,
    close_min: Annotated[
        float, typer.Option(help="Lowest score of a close match (0-100).")
    ] = DEFAULTS.close_min,
    partial_min: Annotated[
        float, typer.Option(help="Lowest score of a partial match (0-100).")
    ] = DEFAULTS.partial_min,
    max_gap_words: Annotated[
        int, typer.Option(help="Elided segments must lie within this many words.")
    ] = DEFAULTS.max_gap_words,
    workers: WorkersOption = None,
    cluster: ClusterOption = None,
    cluster_timeout: ClusterTimeoutOption = CLUSTER_TIMEOUT_S,
    meaning: MeaningOption = True,
    include_gone: Annotated[
        bool,
        typer.Option(
            help="Also check the claims extract --merge found gone from their document's text "
            "(notes 'gone: ...'; left out by default, their earlier results kept)."
        ),
    ] = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Find each claim's passage in its source's texts and store its status."""
    # The matching and meaning stages are imported here, when a command verifies.
    from ..matching.bilingual import missing_note as missing_dictionaries
    from ..matching.meaning_params import MeaningParams
    from ..matching.wordnet import missing_note
    from ..verify import verify
    from ..verify_scope import count_in_scope as in_scope

    with cli_errors():
        failing = parse_fail_on(fail_on, meaning=meaning)
        params = MatchParams(
            close_min=close_min, partial_min=partial_min, max_gap_words=max_gap_words
        )
        database = open_database(db)
        for note in (missing_note(), missing_dictionaries()):
            if note:
                err_console.print(f"warning: {note}")
        with progress_bars() as bar:
            task = bar.add_task(
                "verifying",
                total=in_scope(database, source, claim_ids, include_gone=include_gone),
            )
            run = verify(
                database,
                claim_ids=claim_ids,
                source_id=source,
                anywhere=anywhere,
                params=params,
                progress=lambda _claim: bar.advance(task),
                workers=workers,
                cluster=cluster,
                cluster_timeout=cluster_timeout,
                meaning=MeaningParams() if meaning else None,
                stage_progress=_stages(bar),
                include_gone=include_gone,
            )
        _print_run(run)
        _say_unmet(run.unmet)
        failed = failing.failed(run.verdicts)
        if failed:
            failing.say_failed(failed)
            raise typer.Exit(EXIT_CHECK_FAILED)


def _say_unmet(claim_ids: list[str]) -> None:
    """The claims found reworded by the latest run with the meaning stage, not found now."""
    if not claim_ids:
        return
    shown = ", ".join(visible(i) for i in claim_ids[:10]) + (", …" if len(claim_ids) > 10 else "")
    console.print(
        f"{counted(len(claim_ids), 'claim')} found reworded by the latest run with the meaning "
        f"stage {'is' if len(claim_ids) == 1 else 'are'} not_found now: the stage was off "
        f"(--no-meaning); verify without it to find them again: {shown}"
    )


def _stages(bar: Progress) -> Callable[[str, float, int], None]:
    """Progress of the meaning stage: one more bar per stage, on the same display."""
    stages: dict[str, TaskID] = {}

    def stage(name: str, done: float, total: int) -> None:
        if name not in stages:
            stages[name] = bar.add_task(name, total=total)
        bar.update(stages[name], completed=done, total=total)

    return stage


def _print_run(run: VerifyRun) -> None:
    """A row per claim checked, the claims without a text summarized by source, the counts."""
    rows = []
    unchecked: Counter[str] = Counter()
    unknown: list[Claim] = []  # claims whose source is unknown, to attach one
    for v in run.verdicts:
        if v.result.status == "no_text":  # summarized below, not one row each
            if v.source_id is None and v.claim.kind != "oral":
                unknown.append(v.claim)
            oral = v.claim.kind == "oral"
            unchecked[v.source_id or ("(no source: oral remarks)" if oral else f"({UNKNOWN})")] += 1
            continue
        # a verbatim claim's reason says where it is; any other reason is read whole
        reason = v.result.reason
        if v.result.status == "verbatim":
            reason = excerpt(reason, 160)
        score = f"{v.result.score:g}" if v.result.scored else "—"  # nothing compared
        rows.append([v.claim.id, v.result.status, score, _alarms(v), reason])
    if rows:  # an empty frame says nothing when no claim had a text
        print_table(f"run {run.run_id}", ["claim", "status", "score", "look", "reason"], rows)
    else:
        console.print(f"run {run.run_id}: no claim has a text to check")
    if unchecked:
        console.print(f"not checked (no text): {counted(unchecked.total(), 'claim')}, citing:")
        for source, n in sorted(unchecked.items()):
            console.print(f"  {source}: {n}")
        if any(v.source_id for v in run.verdicts if v.result.status == "no_text"):
            console.print("  attach a text: sourcecheck source text SLUG FILE-OR-URL")
        if unknown:
            console.print(_unknown_sources(unknown))
    console.print("  ".join(f"{s}: {n}" for s, n in run.counts().items()))
    if run.gone:
        console.print(
            f"{counted(len(run.gone), 'gone claim')} not checked (no longer in the document: "
            f"{'its' if len(run.gone) == 1 else 'their'} earlier results kept; "
            f"--include-gone checks {'it' if len(run.gone) == 1 else 'them'}): "
            + ", ".join(visible(i) for i in run.gone[:10])
            + (", …" if len(run.gone) > 10 else "")
        )
    if run.stale_reviews:
        console.print(
            f"{counted(len(run.stale_reviews), 'review')} now stale: review them again "
            "(sourcecheck review --list --stale)"
        )
        for r in run.stale_reviews:
            console.print(f"  {r.claim_id}: {r.verdict} by {visible(r.by)}: {r.stale_reason}")


UNKNOWN = "source unknown"
"""A claim that cites no source and is no oral remark (``source: unidentified`` in its claims
file: extract writes it for words it attributes to no one, a person for a source unknown)."""


def _unknown_sources(claims: list[Claim]) -> str:
    """What a claim whose source is unknown means, how it came to have none (extract proposed
    it, its ``speaker_confidence`` says, or a person wrote it so), and how to give it one."""
    shown = ", ".join(visible(c.id) for c in claims[:10]) + (", …" if len(claims) > 10 else "")
    one = len(claims) == 1
    them = "it" if one else "them"
    from ..records.rules import proposed_by_extract  # not at import: --help stays light

    proposed = sum(proposed_by_extract(c) for c in claims)
    cited = "`source: unidentified` in the claims file"
    if proposed == len(claims):
        how = f"extract attributed {them} to no source: {cited}"
    elif not proposed:
        how = f"{cited}, not proposed by extract: {'its' if one else 'their'} author gave none"
    else:
        how = f"{cited}; extract proposed {proposed} of them and attributed them to no source"
    return (
        f"    {'its' if one else 'their'} source is unknown ({how}), so nothing was "
        f"checked: {shown}. Give {'it' if one else 'each'} "
        "the source it quotes: sourcecheck claim edit ID --source SLUG (a source not stored "
        "yet: sourcecheck source add SLUG --title TITLE first)"
    )


def _alarms(verdict: Verdict) -> str:
    """What a person must not miss in a result, in the words of every report (alarms.py)."""
    return "\n".join(f"⚠ {alarm}" for alarm in verdict.alarms())


def show_command(
    claim_id: Annotated[str, typer.Argument(help="The claim's id.")],
    context: Annotated[int, typer.Option(help="Characters of context around the passage.")] = 200,
    json_output: Annotated[
        bool, typer.Option("--json", help="Print the report item as JSON.")
    ] = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Show a claim, its latest status, its review, the passage in context, what differs and
    the facts checked."""
    from ..report.data import report_items
    from ..store import db as dbm

    with cli_errors():
        database = open_database(db)
        claim = dbm.get_claim(database, claim_id)
        [item] = report_items(database, claim_ids=[claim.id])
        if json_output:
            print_json(item)
            return
        console.print(f"claim     {claim.id} ({claim.kind})")
        console.print(f"quote     {visible(claim.quote)}")
        cited = ", ".join(x for x in (claim.speaker, claim.locator, claim.date) if x)
        console.print(
            f"cites     {claim.source_id or '-'}" + (f" ({visible(cited)})" if cited else "")
        )
        score = f"  score {item['score']:g}" if item["score"] is not None else ""
        console.print(f"status    {item['status'] or 'not verified'}{score}")
        if item["flags"]:
            console.print(f"flags     {', '.join(item['flags'])}")
        console.print(f"reason    {visible(item['reason'])}")
        _show_alarms(item)
        _show_review(item["review"])
        if item["status"] == "reworded":
            from ..report.data import evidence_rows, reworded_summary
            from ..report.statusmeaning import status_meaning

            console.print(f"reworded  {status_meaning(item)}")
            console.print(f"          {reworded_summary(item)}; the evidence:")
            for label, value in evidence_rows(item["evidence"]):
                console.print(f"  {label}: {visible(value)}")
        if item["span"]:
            _show_passage(database, item, context)
        _show_differences(item)
        _show_facts(item["facts"])


def _show_differences(item: dict[str, Any]) -> None:
    """What differs, a negation, a number or another name loud (⚠) as in every report."""
    from ..report.alarms import SHOWN_LOUD, shown_differences

    if not item["differences"]:
        return
    console.print("\ndifferences (quote → source):")
    for d in shown_differences(item):
        quote, source = visible(d["quote"] or "∅"), visible(d["source"] or "∅")
        kind = f"⚠ {d['kind']}" if d["kind"] in SHOWN_LOUD else d["kind"]
        console.print(f"  {kind:<10} {quote:>30} → {source}")


def _show_alarms(item: dict[str, Any]) -> None:
    """What the report's card asks a person to check, in its words (alarms.py)."""
    from ..report.alarms import item_alarms

    for n, alarm in enumerate(item_alarms(item)):
        console.print(f"{'check' if n == 0 else '':<9} ⚠ {alarm}")


def _show_review(review: dict[str, Any] | None) -> None:
    """The reviewer's verdict, so that whoever reviews next reads it first."""
    if review is None:
        console.print("review    not reviewed")
        return
    console.print(
        f"review    {VERDICT_LABELS[review['verdict']]} by {visible(review['by'])}, "
        f"{review['at']}" + (f": {visible(review['note'])}" if review["note"] else "")
    )
    if review["stale"]:
        console.print(f"          stale: {visible(review['stale_reason'])} since the review")


def _show_passage(database: Database, item: dict[str, Any], context: int) -> None:
    from ..report.marks import paragraphs_kept, whole_words
    from ..store import db as dbm

    start, end = item["span"]["start"], item["span"]["end"]
    lo = max(0, start - context)
    window = dbm.text_excerpt(database, item["text"], lo, end + context)
    starts_text, ends_text = lo == 0, len(window) < end + context - lo
    before, after = whole_words(
        window[: start - lo], window[end - lo :], starts_text=starts_text, ends_text=ends_text
    )
    # Runs of whitespace become one space, kept where the text has them: "⟧," not "⟧ ,"; the
    # context's paragraph breaks stay line breaks (a title line is not the paragraph's start)
    before, after = paragraphs_kept(before), paragraphs_kept(after)
    passage = _ONE_SPACE.sub(" ", window[start - lo : end - lo])
    console.print(f"\npassage   text {item['text']}, characters {start}-{end}:\n")
    # ⟦ ⟧ and not » «: those are quotation marks in German and French texts; "…" where the
    # context is cut, at a word boundary
    opened, closed = ("" if starts_text else "…"), ("" if ends_text else "…")
    shown = f"{opened}{before.lstrip()}⟦{passage}⟧{after.rstrip()}{closed}"
    console.print("\n".join(visible(line) for line in shown.split("\n")))  # breaks kept


def _show_facts(facts: list[dict[str, Any]]) -> None:
    """The claim's numbers and dates as checked against the passage (``⚠`` when they differ)."""
    if not facts:
        return
    from ..report.data import FACT_LABELS

    console.print("\nfacts checked (the claim says → the source says):")
    for f in facts:
        mark = "⚠ " if f["verdict"] == "differs" else ""
        said = f"{visible(f['claim'])} → {visible(f['source'] or '∅')}"
        console.print(
            f"  {f['kind']:<7} {said}: {mark}{FACT_LABELS[f['verdict']]} ({visible(f['detail'])})"
        )


FormatOption = Annotated[
    ReportFormat | None,
    typer.Option(
        "--format",
        help="md is markdown, htm html. Default: from the -o suffix "
        f"({' '.join(SUFFIXES)}), else json.",
        show_default=False,
        parser=choice(ReportFormat, "report format", ALIASES),
    ),
]
VerdictOption = Annotated[
    list[str] | None,
    typer.Option(
        help="Only claims a reviewer gave this verdict (repeatable; none: not reviewed): "
        f"{', '.join(VERDICT_KEYS)}.",
        show_default=False,
    ),
]


def report_command(
    fmt: FormatOption = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="File to write (atomically); - prints it.")
    ] = None,
    status: Annotated[
        list[Status] | None,
        typer.Option(help="Only claims with this status (repeatable).", parser=_status),
    ] = None,
    source: SourcesOption = None,
    verdict: VerdictOption = None,
    reviewer: Annotated[
        str,
        typer.Option(help="claimreview: the author named on claims no person reviewed."),
    ] = Publication().reviewer,
    publisher: Annotated[
        str | None,
        typer.Option(help="claimreview: the organization that publishes the reviews."),
    ] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write the latest result of every claim as a report (html, markdown, json, csv, ...),
    with the reviewer's verdict beside the machine's status."""
    output = or_stdout(output)
    with cli_errors():
        database = open_database(db)
        report_format = format_for(fmt.value if fmt else None, output)
        content, report = write_report(
            database,
            output,
            fmt=report_format,
            source_id=source,
            statuses=[s.value for s in status or []],
            verdicts=verdict,
            database_name=db.name,
            publication=Publication(reviewer=reviewer, publisher=publisher),
        )
        if output is None:
            sys.stdout.write(content)
        else:
            err_console.print(f"wrote {output.resolve()}: {written(report, report_format)}")
        stale = stale_count(report.items)
        if stale:
            err_console.print(
                f"note: {counted(stale, 'review')} in this report stale (the claim's quote or "
                "result changed since the review): sourcecheck review --list --stale"
            )
