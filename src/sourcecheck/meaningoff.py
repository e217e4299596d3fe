"""What a verify run without the meaning stage (``--no-meaning``) says of the claims it did
not find: "not found" by the words alone is not "not there".

Each such claim's reason says that the stage was off: for a text in another language than the
quote, that it is the stage which finds renderings in other languages; for any other, that it
finds paraphrases and other translations, and, when the claim's latest result before this run
was ``reworded``, that it was (the run replaces that result, and every report shows the new
one). The run's summary counts those claims (:attr:`~sourcecheck.verify.VerifyRun.unmet`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .matching.meaning import REWORDED, quote_language
from .matching.uncomparable import ACROSS_LANGUAGES, VARIANTS
from .planning import Plan
from .store import db as dbm
from .store.db import Database
from .texts.language import LANGUAGE_NAMES

if TYPE_CHECKING:
    from .verify import Verdict

OFF = "the meaning stage (which finds paraphrases and other translations) was off (--no-meaning)"
"""What a claim not found by its words, in a text of its own language, adds to its reason."""


def meaning_was_off(db: Database, plan: Plan, verdicts: Sequence[Verdict]) -> list[str]:
    """Say in each not-found claim's reason that the meaning stage was off; the ids of those
    whose latest result before this run was ``reworded`` (read before the run is stored)."""
    missed = [v for v in verdicts if v.result.status == "not_found" and v.source_id is not None]
    if not missed:
        return []
    named = [v.claim.id for v in missed]
    before = {row["claim"]: row["status"] for row in dbm.latest_results(db, claim_ids=named)}
    unmet = []
    for verdict in missed:
        across = _across_languages(plan, verdict)
        if across:  # "and" / "und" are two languages' words, not one's spelling variants
            verdict.result.reason = verdict.result.reason.replace(VARIANTS, ACROSS_LANGUAGES, 1)
        verdict.result.reason += across or f"; {OFF}"
        if before.get(verdict.claim.id) == REWORDED:
            verdict.result.reason += ": the latest run with it found this claim reworded"
            unmet.append(verdict.claim.id)
    return unmet


def _across_languages(plan: Plan, verdict: Verdict) -> str:
    """For a claim whose source's texts are in another language than its quote (as the
    meaning stage tells them), what its reason adds: the stage that finds renderings in other
    languages did not run. "" when every text is in the quote's language."""
    assert verdict.source_id is not None
    others: dict[str, list[int]] = {}
    quote = ""
    for text_id in plan.texts_of(verdict.source_id):
        language = plan.places[text_id].text_language
        if language is None:
            continue
        quote = quote_language(verdict.claim.quote, language)
        if quote != language:
            others.setdefault(language, []).append(text_id)
    if not others:
        return ""
    texts = ", ".join(
        f"{'texts' if len(ids) > 1 else 'text'} {', '.join(map(str, ids))} in {_name(language)}"
        for language, ids in sorted(others.items())
    )
    return (
        f"; the quote is in {_name(quote)} and the source's {texts}: the meaning stage (which "
        "finds renderings in other languages) was off"
    )


def _name(language: str) -> str:
    return LANGUAGE_NAMES.get(language, language)
