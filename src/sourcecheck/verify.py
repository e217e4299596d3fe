"""Verify claims: one candidate search over all the texts of each claim's cited source (and,
with ``anywhere``, over every other text), alignment of the best windows only, wherever they
are, and one stored result per claim with the other places the quote was found.

1. Each quote is parsed; each of its segments becomes a query over the texts of its cited
   source (and one over the texts of every other source, with ``anywhere``).
2. Every shard is searched for every query at once (:func:`~sourcecheck.workers.search_task`);
   the vote buckets of all shards are merged into each query's candidates.
3. Each claim is placed in each text that holds candidates of its segments
   (:func:`~sourcecheck.workers.match_task`): the per-text matcher of
   :func:`~sourcecheck.matching.match.match_in_text`.
4. The most supportive text (status, then score; the first text on a tie) gives the reported
   result; the other texts where the quote is found become its ``alternatives``.
5. The claims the words did not find are looked for by meaning in the texts of their cited
   source (:mod:`sourcecheck.rewording`): a passage found says the claim in other words
   (``reworded``), and its facts are checked there.
6. With ``anywhere``, the best match in each other source where the quote is found is kept
   too; the facts of the claims without a passage are looked for in their source's texts.

Steps 2 and 3 run in this process, on local worker processes or on a Dask cluster
(:mod:`sourcecheck.workers`), with the same results; step 5 runs in this process.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from . import __version__
from .facts.check import FactCheck, TextFacts
from .matching import bilingual, wordnet
from .matching.embed import Embedder
from .matching.match import best_of
from .matching.meaning_params import MeaningParams
from .matching.params import MatchParams
from .matching.verdict import rule_constants
from .misattributions import FOUND_ELSEWHERE, carry_earlier_findings
from .models import (
    CLUSTER_TIMEOUT_S,
    STATUSES,
    Claim,
    Difference,
    MatchResult,
    Review,
    Span,
    Status,
    counted,
    now_iso,
    status_rank,
    with_article,
)
from .planning import FOUND, Plan, check_claim_facts, run_plan
from .report.alarms import result_alarms
from .store import db as dbm
from .store import reviews
from .store import vectors as stored_vectors
from .store.db import Database
from .store.indexes import checkpoint, database_path, index_texts, text_places
from .store.sourcefilter import SourceIds
from .verify_scope import check_scope, claims_in_scope
from .verifymeaning import by_meaning
from .whosaid import WhoSaid
from .workers import JobOutcome, executor

if TYPE_CHECKING:
    from .matching.evidence import Evidence

Progress = Callable[[Claim], None]
StageProgress = Callable[[str, float, int], None]
"""stage_progress(stage, done, total) of the meaning stage (see :func:`verify`)."""
PASSAGE_STATUSES = ("verbatim", "close", "reworded", "partial")
"""Statuses whose passage is the claim's: its facts are checked there."""
REWORDED = Status.REWORDED.value


@dataclass
class Verdict:
    """The outcome for one claim: the reported result, where else the quote is found, and the
    facts checked."""

    claim: Claim
    result: MatchResult
    source_id: str | None
    context: JobOutcome | None = None  # the reported result's passage and its context
    also_found: list[MatchResult] = field(default_factory=list)  # other texts of the source
    elsewhere: list[tuple[str, JobOutcome]] = field(default_factory=list)  # other sources
    facts: list[tuple[int, FactCheck]] = field(default_factory=list)  # (text id, check)

    def alarms(self) -> list[str]:
        """What a person must not miss in the reported result, in the words of every report."""
        return result_alarms(self.result, (check for _, check in self.facts))


@dataclass
class VerifyRun:
    run_id: int
    verdicts: list[Verdict]
    stale_reviews: list[Review] = field(default_factory=list)
    """Reviews this run made stale: their claim's passage or status is not the one reviewed."""
    gone: list[str] = field(default_factory=list)  # gone claims left out (:mod:`.verify_scope`)
    unmet: list[str] = field(default_factory=list)
    """Claims reworded by the latest run before, not found now: the meaning stage was off."""

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for v in self.verdicts:
            counts[v.result.status] += 1
        return counts


def verify(
    db: Database,
    *,
    claim_ids: list[str] | None = None,
    source_id: SourceIds = None,
    anywhere: bool = False,
    params: MatchParams = MatchParams(),
    progress: Progress | None = None,
    workers: int | None = 1,
    cluster: str | None = None,
    cluster_timeout: float = CLUSTER_TIMEOUT_S,
    meaning: MeaningParams | None = MeaningParams(),
    embedder: Embedder | None = None,
    stage_progress: StageProgress | None = None,
    include_gone: bool = False,
) -> VerifyRun:
    """Verify claims (all, some ids, or those citing ``source_id``: one slug or several),
    store and return the run (one :class:`Verdict` per claim; unknown ids raise NotFoundError).
    ``anywhere``: also look in every other source's texts (a better one: ``found_elsewhere``);
    ``progress`` is called as each claim's words are matched. ``workers``: local processes to
    search with (None: the cores, or this process for a small run); ``cluster``: a Dask
    scheduler's address, whose workers reach the database at the same path (a ClusterError
    when it has had no worker for ``cluster_timeout`` seconds): the same results wherever the
    search runs. ``meaning``: the meaning stage's limits (None: words only), with
    ``embedder`` (default: multilingual USE); ``stage_progress(stage, done, total)`` follows
    its vectors built (``"embedding sentences"``) and claims (``"by meaning"``). A claim gone
    from its document is left out unless named or ``include_gone`` (:mod:`.verify_scope`).

    >>> import pathlib, tempfile
    >>> from sourcecheck import Claim, Source, add_claim, add_source, add_text, open_db
    >>> db = open_db(":memory:")
    >>> _ = add_source(db, Source("czernin-diary", "Diary", kind="diary"))
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     diary = pathlib.Path(folder, "diary.txt")
    ...     _ = diary.write_text("_Feb. 11._--Trotski declines to sign. The war is over.")
    ...     _ = add_text(db, "czernin-diary", diary)
    >>> _ = add_claim(db, Claim("c1", "Trotsky declines to sign.", source_id="czernin-diary"))
    >>> [verdict] = verify(db).verdicts
    >>> verdict.claim.id, verdict.result.status, verdict.result.span
    ('c1', 'close', Span(start=12, end=36))
    >>> print(verdict.result.reason)
    found at line 1 (characters 12-36) with 1 difference: spelling “Trotsky” → “Trotski”
    """
    check_scope(db, claim_ids, source_id)
    started = now_iso()  # runs.started_at: before the matching, which is what takes time
    stale_before = set(reviews.current_reviews(db, stale_only=True))
    listed = dbm.list_claims(db, source_id=source_id, claim_ids=claim_ids)
    claims, gone = claims_in_scope(listed, named=claim_ids, include_gone=include_gone)
    index_texts(db)
    plan = Plan(claims, text_places(db), anywhere=anywhere, params=params)
    outcomes = _by_words(db, plan, progress, workers, cluster, cluster_timeout)
    unmet: list[str] = []  # claims reworded before, not found with the meaning stage off
    verdicts = [_cited(plan, n, outcomes) for n in range(len(claims))]
    if meaning is not None:
        embedder = by_meaning(db, plan, outcomes, verdicts, meaning, embedder, stage_progress)
    else:
        from .meaningoff import meaning_was_off  # the meaning stage's modules: when it is off

        unmet = meaning_was_off(db, plan, verdicts)
    read: dict[int, TextFacts] = {}  # texts whose facts were read for a claim not found
    said = WhoSaid(db)  # the speaker checks: each text's transcript read once
    for n, verdict in enumerate(verdicts):
        _complete(db, plan, n, outcomes, verdict, read, said)
    carried = {} if anywhere else carry_earlier_findings(db, verdicts)
    settings = _parameters(params, meaning, embedder, anywhere=anywhere)
    run_id = _store_run(db, verdicts, settings, carried, anywhere=anywhere, started=started)
    return VerifyRun(run_id, verdicts, _reviews_made_stale(db, stale_before), gone, unmet)


def _reviews_made_stale(db: Database, before: set[str]) -> list[Review]:
    """The reviews that were not stale before this run and are now (their claim's passage or
    status changed): the run's summary names them."""
    now = reviews.current_reviews(db, stale_only=True)
    return [review for claim_id, review in now.items() if claim_id not in before]


def _cited(plan: Plan, n: int, outcomes: Sequence[JobOutcome]) -> Verdict:
    """A claim's verdict from the words, in the texts of its cited source (the most supportive
    text's result, and the other texts where the quote is found too)."""
    claim = plan.claims[n]
    if claim.source_id is None:
        why = "an oral remark: no document is cited" if claim.kind == "oral" else "no source cited"
        return Verdict(claim, MatchResult("no_text", 0.0, reason=f"nothing checked: {why}"), None)
    texts = plan.texts_of(claim.source_id)
    if not texts:
        reason = (
            f"nothing checked: source {claim.source_id} has no text yet "
            f"(sourcecheck source text {claim.source_id} FILE)"
        )
        return Verdict(claim, MatchResult("no_text", 0.0, reason=reason), claim.source_id)
    cited = sorted(plan.cited_outcomes(n, outcomes), key=lambda o: o.result.text_id or 0)
    best = min(cited, key=lambda o: status_rank(o.result)) if cited else None
    if best is None:
        best = JobOutcome(plan.nothing_found(texts))
    result = best.result
    verdict = Verdict(claim, result, claim.source_id, context=best)
    verdict.also_found = [o.result for o in cited if o is not best and o.result.status in FOUND]
    if verdict.also_found:
        ids = ", ".join(str(r.text_id) for r in verdict.also_found[:5])
        more = " …" if len(verdict.also_found) > 5 else ""
        result.reason += (
            f"; also found in {counted(len(verdict.also_found), 'other text')} of the source: "
            f"{ids}{more}"
        )
    return verdict


def _by_words(
    db: Database,
    plan: Plan,
    progress: Progress | None,
    workers: int | None,
    cluster: str | None,
    cluster_timeout: float,
) -> list[JobOutcome]:
    """The word matcher's outcome of each job of ``plan``, wherever the search runs."""
    if cluster:
        checkpoint(db)  # readers on other machines do not see the WAL
    chosen = workers if workers is not None else plan.auto_workers()
    path = database_path(db)
    with executor(
        db, path, workers=chosen, cluster=cluster, cluster_timeout=cluster_timeout
    ) as run:
        return run_plan(plan, run, progress)


def _complete(
    db: Database,
    plan: Plan,
    n: int,
    outcomes: Sequence[JobOutcome],
    verdict: Verdict,
    read: dict[int, TextFacts],
    said: WhoSaid,
) -> None:
    """What the verdict adds to its result: a better match in another source, what a claim
    not found is, who said it (:mod:`.whosaid`), and the facts checked (at the passage found,
    else in the whole texts)."""
    result, claim = verdict.result, verdict.claim
    if result.status == "no_text" or claim.source_id is None:
        return
    if result.status == "not_found" and claim.kind != "quotation":
        result.reason += (
            f"; this claim is {with_article(claim.kind)}: its words are the document's own, not "
            "the source's, so its facts (numbers, dates) are what to check"
        )
    verdict.elsewhere = plan.elsewhere_outcomes(n, outcomes)
    found = best_of([o.result for _, o in verdict.elsewhere])
    if found is not None and _better(found, result):
        source = next(s for s, o in verdict.elsewhere if o.result is found)
        result.flags.append(FOUND_ELSEWHERE)
        result.reason += (
            f"; a better match ({found.status}, score {found.score:g}) is in source "
            f"{source}, text {found.text_id}: a misattribution?"
        )
    said.check(claim, result, verdict.context)  # who said it: a transcript's label, a frame
    if result.span is not None and result.status in PASSAGE_STATUSES and verdict.context:
        verdict.facts = [(result.text_id or 0, check) for check in verdict.context.facts]
    else:
        verdict.facts = check_claim_facts(db, claim, plan.texts_of(claim.source_id), read)


def _better(a: MatchResult, b: MatchResult) -> bool:
    """``a`` found the quote (verbatim or close) and ranks above ``b``."""
    return a.status in FOUND and status_rank(a) < status_rank(b)


# -- storing ----------------------------------------------------------------------------------


def _parameters(
    params: MatchParams, meaning: MeaningParams | None, embedder: Embedder | None, *, anywhere: bool
) -> str:
    """A run's parameters as stored (JSON): the word matcher's, ``anywhere``, and the meaning
    stage's (its model and limits, the decision rule's constants) or ``"meaning": false``."""
    settings: dict[str, object] = {**params.as_dict(), "anywhere": anywhere}
    settings["opposites"] = "table and WordNet" if wordnet.available() else "table only"
    settings["dictionaries"] = bilingual.dictionaries()  # pairs and opposites across languages
    settings["meaning"] = (
        {
            "model_id": embedder.model_id if embedder else None, **meaning.as_dict(),
            "rule": rule_constants(),
            "embed_chars": stored_vectors.EMBED_CHARS,
        }
        if meaning is not None
        else False
    )  # fmt: skip
    return json.dumps(settings, sort_keys=True)


def _store_run(
    db: Database,
    verdicts: list[Verdict],
    parameters: str,
    carried: dict[str, list[dbm.Row]],
    *,
    anywhere: bool,
    started: str,
) -> int:
    """Store a run that began at ``started``, its results (with the ``carried`` rows of an
    earlier ``--anywhere`` run) and fact checks in one transaction; return the run id."""
    with dbm.transaction(db):
        run_id = dbm.start_run(
            db,
            started_at=started,
            tool_version=__version__,
            parameters=parameters,
            anywhere=anywhere,
        )
        rows = []
        for v in verdicts:
            alternatives = [*_places(v.result), *(p for r in v.also_found for p in _here(r))]
            rows.append(_row(run_id, v, v.source_id, v.context, parameters, alternatives))
            rows += [
                _row(run_id, v, source, outcome, parameters, _places(outcome.result), best=False)
                for source, outcome in v.elsewhere
            ]
            rows += [{**row, "run_id": run_id} for row in carried.get(v.claim.id, [])]
        dbm.insert_results(db, rows)
        dbm.insert_fact_checks(db, _fact_rows(run_id, verdicts))
        dbm.finish_run(db, run_id, finished_at=now_iso(), claims=len(verdicts))
    return run_id


def _places(result: MatchResult) -> list[dict[str, int | None]]:
    """The other places of a result's own text that match equally well."""
    return [{"text": result.text_id, "start": s.start, "end": s.end} for s in result.alternatives]


def _here(result: MatchResult) -> list[dict[str, int | None]]:
    span = result.span
    return [{"text": result.text_id, "start": span.start, "end": span.end}] if span else []


def _fact_rows(run_id: int, verdicts: list[Verdict]) -> list[dict[str, object]]:
    """The fact checks of a run as database rows."""
    return [
        {
            "run_id": run_id,
            "claim_id": v.claim.id,
            "text_id": text_id,
            "kind": check.kind,
            "claim_value": check.claim,
            "source_value": check.source,
            "verdict": check.verdict,
            "start": check.span.start if check.span else None,
            "end": check.span.end if check.span else None,
            "detail": check.detail,
        }
        for v in verdicts
        for text_id, check in v.facts
    ]


def _row(
    run_id: int,
    verdict: Verdict,
    source_id: str | None,
    outcome: JobOutcome | None,
    parameters: str,
    alternatives: list[dict[str, int | None]],
    *,
    best: bool = True,
) -> dict[str, object]:
    result = outcome.result if outcome is not None else verdict.result
    span = result.span
    return {
        "run_id": run_id,
        "claim_id": verdict.claim.id,
        "source_id": source_id,
        "text_id": result.text_id,
        "cited": int(source_id == verdict.claim.source_id),
        "best": int(best),
        "status": result.status,
        "score": result.score if result.scored else None,  # null: nothing was compared
        "start": span.start if span else None,
        "end": span.end if span else None,
        "passage": outcome.passage if outcome else None,
        "prefix": outcome.prefix if outcome else None,
        "suffix": outcome.suffix if outcome else None,
        "differences": json.dumps(
            [difference_json(d) for d in result.differences], ensure_ascii=False
        ),
        "flags": json.dumps(result.flags),
        # (the facts were checked at the reported result's passage only)
        "alarms": json.dumps(
            verdict.alarms() if best else result_alarms(result, ()), ensure_ascii=False
        ),
        "alternatives": json.dumps(alternatives),
        "reason": result.reason,
        "verified_at": now_iso(),
        "quote": verdict.claim.quote,  # (latest_results: only while the claim still says it)
        "tool_version": __version__,
        "parameters": parameters,
        **_meaning_columns(result),
    }


def _meaning_columns(result: MatchResult) -> dict[str, object]:
    """A ``reworded`` result's similarity (0-100), passage language and evidence (JSON)."""
    if result.status != REWORDED:
        return {"similarity": None, "language": None, "evidence": None}
    from .matching.meaning import MeaningResult  # imported when the stage found one

    if not isinstance(result, MeaningResult):
        return {"similarity": None, "language": None, "evidence": None}
    evidence = evidence_json(result.evidence) if result.evidence else None
    return {
        "similarity": result.score,
        "language": result.language,
        "evidence": json.dumps(evidence, ensure_ascii=False) if evidence else None,
    }


def evidence_json(evidence: Evidence) -> dict[str, object]:
    """The evidence of a ``reworded`` passage in the JSON contract (see the README)."""
    return {name: (list(v) if isinstance(v, tuple) else v) for name, v in asdict(evidence).items()}


def _span_json(span: Span | None) -> dict[str, int] | None:
    return {"start": span.start, "end": span.end} if span else None


def difference_json(d: Difference) -> dict[str, object]:
    return {
        "kind": d.kind,
        "quote": d.quote,
        "source": d.source,
        "quote_span": _span_json(d.quote_span),
        "source_span": _span_json(d.source_span),
    }
