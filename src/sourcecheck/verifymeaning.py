"""Step 5 of a verify run: the claims the words did not find, looked for by meaning.

Taken out of :mod:`sourcecheck.verify` (its module had reached the project's 500 lines). The
meaning stage itself is :mod:`sourcecheck.rewording`; this module picks the claims it looks
for, hands them over with the places the word search found, and puts what it finds in the
verdicts: a rendering replaces a word result it ranks above, and a ``close`` word result at a
paragraph a translation left in the quote's language, with another number or name, gives way
to the translation that agrees (:mod:`.matching.untranslated`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .matching.embed import Embedder, default_embedder
from .matching.meaning_params import MeaningParams
from .models import Status
from .planning import Plan
from .store.db import Database
from .workers import JobOutcome

if TYPE_CHECKING:
    from .verify import StageProgress, Verdict

REWORDED = Status.REWORDED.value
_WANTS_MEANING = ("not_found", "partial")
"""The word results the meaning stage may look again for (:func:`.rewording.wants_meaning`
says which of them it does)."""


def by_meaning(
    db: Database,
    plan: Plan,
    outcomes: Sequence[JobOutcome],
    verdicts: list[Verdict],
    params: MeaningParams,
    embedder: Embedder | None,
    progress: StageProgress | None,
) -> Embedder:
    """The meaning stage (:mod:`sourcecheck.rewording`) for the claims the words found only
    in part or not at all, or ``close`` at a passage left untranslated (see the module): a
    rendering found replaces the word result; else a ``not_found`` says why the stage's best
    candidate was rejected. Returns the embedder used. Its modules
    are imported when a claim may need it (a claim the words found is verified without them:
    about half the time of a one-claim run)."""
    embedder, requests = embedder or default_embedder(), []
    untranslated = [n for n, v in enumerate(verdicts) if _untranslated_close(plan, v)]
    if not untranslated and not any(v.result.status in _WANTS_MEANING for v in verdicts):
        return embedder
    from .matching.untranslated import replaces_close
    from .rewording import Request, explain_not_found, find_renderings, wants_meaning

    for n, verdict in enumerate(verdicts):
        wanted = wants_meaning(verdict.result, plan.parsed[n], verdict.claim.kind)
        wanted = wanted or n in untranslated
        if verdict.source_id is None or not wanted:
            continue
        windows: dict[int, list[tuple[int, int]]] = {}
        scores: dict[int, float] = {}
        for j in plan.jobs_of(n):
            job = plan.jobs[j]
            if plan.owners[j].cited:
                windows.setdefault(job.text_id, []).extend(w for seg in job.windows for w in seg)
                scores[job.text_id] = outcomes[j].result.score
        texts = tuple(plan.texts_of(verdict.source_id))
        requests.append(Request(n, verdict.claim, texts, windows, scores, verdict.result))
    renderings = find_renderings(
        db, requests, plan.places, params=params, embedder=embedder,
        vector_progress=_stage(progress, "embedding sentences"),
        progress=_stage(progress, "by meaning"),
    )  # fmt: skip
    for n, rendering in renderings.items():
        verdict = verdicts[n]
        if verdict.result.status == "close" and not replaces_close(
            verdict.result, rendering.result
        ):
            continue  # found by words; by meaning only the translation that agrees replaces it
        if rendering.result.status == REWORDED:
            verdict.result, verdict.context = rendering.result, rendering.outcome
        elif verdict.result.status == "not_found":
            explain_not_found(verdict.result, rendering.result)
    return embedder


def _untranslated_close(plan: Plan, verdict: Verdict) -> bool:
    """Whether the words found the claim ``close`` with a checkable difference at a passage
    in another language than its text's (:func:`.matching.untranslated.untranslated_close`)."""
    result, context = verdict.result, verdict.context
    if result.status != "close" or not result.flags or context is None or result.text_id is None:
        return False  # (the check's modules are imported only for such a result)
    from .matching.untranslated import untranslated_close

    place = plan.places.get(result.text_id)
    language = place.text_language if place is not None else None
    return untranslated_close(result, context.passage, language)


def _stage(progress: StageProgress | None, stage: str) -> Callable[[float, int], None] | None:
    if progress is None:
        return None
    return lambda done, total: progress(stage, done, total)
