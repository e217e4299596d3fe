"""Verify claims: match each claim's quote in the texts of its cited source (and, with
``anywhere``, in every text), pick the best, and store one result row per claim and text."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from . import __version__
from .facts.check import FactCheck, TextFacts, check_date, check_numbers
from .matching.index import (
    INDEX_VERSION,
    CorpusIndex,
    TextIndex,
    build_corpus_index,
    build_index,
    index_from_row,
    index_to_row,
    texts_with_candidates,
)
from .matching.match import MatchParams, best_of, match_quote
from .matching.quote import ParsedQuote, parse_quote
from .models import STATUSES, Claim, Difference, MatchResult, Review, Span, now_iso, status_rank
from .store import db as dbm
from .store import reviews
from .store.db import Database

SELECTOR_CONTEXT = 32  # characters of prefix/suffix in a W3C TextQuoteSelector

Progress = Callable[[Claim], None]


@dataclass
class Verdict:
    """The outcome for one claim: the reported result and every result examined."""

    claim: Claim
    result: MatchResult
    source_id: str | None
    examined: list[tuple[str, MatchResult]] = field(default_factory=list)  # (source, result)
    facts: list[tuple[int, FactCheck]] = field(default_factory=list)  # (text id, check)


@dataclass
class VerifyRun:
    run_id: int
    verdicts: list[Verdict]
    stale_reviews: list[Review] = field(default_factory=list)
    """Reviews this run made stale: their claim's passage or status is not the one reviewed."""

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for v in self.verdicts:
            counts[v.result.status] += 1
        return counts


class TextCache:
    """Texts and their indexes, loaded (or built and stored) once per run."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.texts: dict[int, str] = {}
        self.languages: dict[int, str | None] = {}
        self.indexes: dict[int, TextIndex] = {}
        self.facts: dict[int, TextFacts] = {}

    def text_facts(self, text_id: int) -> TextFacts:
        if text_id not in self.facts:
            text = self.text(text_id)  # its numbers are read as its language writes them
            self.facts[text_id] = TextFacts(text, language=self.languages[text_id])
        return self.facts[text_id]

    def text(self, text_id: int) -> str:
        if text_id not in self.texts:
            stored = dbm.get_text(self.db, text_id)
            self.texts[text_id], self.languages[text_id] = stored.text, stored.language
        return self.texts[text_id]

    def index(self, text_id: int) -> TextIndex:
        if text_id not in self.indexes:
            row = dbm.load_index(self.db, text_id, INDEX_VERSION)
            if row is None:
                index = build_index(self.text(text_id))
                row = {**index_to_row(index), "built_at": now_iso()}
                dbm.save_index(self.db, text_id, row)
            self.indexes[text_id] = index_from_row(row)
        return self.indexes[text_id]


def verify(
    db: Database,
    *,
    claim_ids: list[str] | None = None,
    source_id: str | None = None,
    anywhere: bool = False,
    params: MatchParams = MatchParams(),  # noqa: B008 - frozen
    progress: Progress | None = None,
) -> VerifyRun:
    """Verify claims (all, some ids, or those citing ``source_id``) and store the results.

    Returns the run with one :class:`Verdict` per claim. Unknown ids raise NotFoundError.
    ``anywhere``: also look in the texts of every other source (a better match there is
    flagged ``found_elsewhere``); ``progress`` is called after each claim.

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
    for claim_id in claim_ids or []:
        dbm.get_claim(db, claim_id)
    if source_id:
        dbm.get_source(db, source_id)
    started = now_iso()  # runs.started_at: before the matching, which is what takes time
    stale_before = set(reviews.current_reviews(db, stale_only=True))
    claims = dbm.list_claims(db, source_id=source_id, claim_ids=claim_ids)
    cache = TextCache(db)
    corpus = None
    if anywhere:
        sources = dict(dbm.all_text_ids(db))
        corpus = Corpus(build_corpus_index({t: cache.index(t) for t in sources}), sources)
    verdicts = []
    for claim in claims:
        verdicts.append(_verify_claim(db, claim, cache, corpus, params))
        if progress:
            progress(claim)
    run_id = _store_run(db, verdicts, cache, params, anywhere=anywhere, started=started)
    return VerifyRun(run_id, verdicts, _reviews_made_stale(db, stale_before))


def _reviews_made_stale(db: Database, before: set[str]) -> list[Review]:
    """The reviews that were not stale before this run and are now (their claim's passage or
    status changed): the run's summary names them."""
    now = reviews.current_reviews(db, stale_only=True)
    return [review for claim_id, review in now.items() if claim_id not in before]


def _store_run(
    db: Database,
    verdicts: list[Verdict],
    cache: TextCache,
    params: MatchParams,
    *,
    anywhere: bool,
    started: str,
) -> int:
    """Store a run that began at ``started``, its results and fact checks in one transaction;
    return the run id."""
    parameters = json.dumps({**params.as_dict(), "anywhere": anywhere}, sort_keys=True)
    with dbm.transaction(db):
        run_id = dbm.start_run(
            db,
            started_at=started,
            tool_version=__version__,
            parameters=parameters,
            anywhere=anywhere,
        )
        rows = [
            _row(run_id, v, source, result, cache, parameters)
            for v in verdicts
            for source, result in _stored(v)
        ]
        dbm.insert_results(db, rows)
        dbm.insert_fact_checks(db, _fact_rows(run_id, verdicts))
        dbm.finish_run(db, run_id, finished_at=now_iso(), claims=len(verdicts))
    return run_id


def _stored(verdict: Verdict) -> list[tuple[str | None, MatchResult]]:
    """The (source, result) pairs to store for a verdict: every result examined, else the
    reported one alone (a claim that cites no source)."""
    if verdict.examined:
        return list(verdict.examined)
    return [(verdict.source_id, verdict.result)]


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


@dataclass
class Corpus:
    """Every text of the database for ``--anywhere``: one merged index, and each text's source."""

    index: CorpusIndex
    sources: dict[int, str]

    def elsewhere(self, parsed: ParsedQuote, cited: str) -> list[tuple[int, str]]:
        """Texts of other sources where one of the quote's three longest segments has
        candidates (an elided quote may have no long segment: look at several)."""
        found: list[int] = []
        for segment in sorted(parsed.segments, key=len, reverse=True)[:3]:
            found += [t for t in texts_with_candidates(self.index, segment) if t not in found]
        return [(t, self.sources[t]) for t in found if self.sources[t] != cited]


def _verify_claim(
    db: Database,
    claim: Claim,
    cache: TextCache,
    corpus: Corpus | None,
    params: MatchParams,
) -> Verdict:
    if claim.source_id is None:
        why = "an oral remark: no document is cited" if claim.kind == "oral" else "no source cited"
        return Verdict(claim, MatchResult("no_text", 0.0, reason=f"nothing checked: {why}"), None)
    text_ids = dbm.texts_of_source(db, claim.source_id)
    parsed = parse_quote(claim.quote)
    examined = [(claim.source_id, _match(parsed, t, cache, params)) for t in text_ids]
    cited = best_of([r for _, r in examined])
    if cited is not None and cited.status == "not_found" and claim.kind != "quotation":
        cited.reason += (
            f"; this claim is {with_article(claim.kind)}: its words are the document's own, not "
            "the source's, so its facts (numbers, dates) are what to check"
        )
    if cited is None:
        cited = MatchResult(
            "no_text",
            0.0,
            reason=f"nothing checked: source {claim.source_id} has no text yet "
            f"(sourcecheck source text {claim.source_id} FILE)",
        )
    elsewhere = [
        (source, _match(parsed, t, cache, params))
        for t, source in (corpus.elsewhere(parsed, claim.source_id) if corpus else [])
    ]
    found = best_of([r for _, r in elsewhere])
    if found is not None and _better(found, cited):
        source = next(s for s, r in elsewhere if r is found)
        cited.flags.append("found_elsewhere")
        cited.reason += (
            f"; a better match ({found.status}, score {found.score:g}) is in source "
            f"{source}, text {found.text_id}: a misattribution?"
        )
    verdict = Verdict(claim, cited, claim.source_id, examined + elsewhere)
    if not text_ids:
        verdict.examined.insert(0, (claim.source_id, cited))
    verdict.facts = check_claim_facts(claim, cited, text_ids, cache)
    return verdict


def with_article(word: str) -> str:
    """``word`` after its indefinite article: "an event", "a figure"."""
    return f"{'an' if word[:1].lower() in 'aeiou' else 'a'} {word}"


FACT_RANK = ("agrees", "agrees_old_style", "differs", "not_found")


def check_claim_facts(
    claim: Claim, result: MatchResult, text_ids: list[int], cache: TextCache
) -> list[tuple[int, FactCheck]]:
    """The claim's numbers and date checked against the texts of its source.

    With a found passage, its numbers and the date printed at it are compared; a ``figure``
    claim's numbers, and the date of a figure, date or event claim whose wording was not
    found, are looked for by value near the claim's key terms (best text wins).
    """
    checks: list[tuple[int, FactCheck]] = []
    passage = result.span if result.status in ("verbatim", "close", "partial") else None
    if passage is not None and result.text_id is not None:
        facts = cache.text_facts(result.text_id)
        numbers = check_numbers(claim.quote, facts, passage=passage, figure=claim.kind == "figure")
        if numbers:
            checks.append((result.text_id, numbers))
        if claim.date:
            checks.append(
                (result.text_id, check_date(claim.date, claim.quote, facts, passage=passage))
            )
        return checks
    if claim.kind not in ("figure", "date", "event") or not text_ids:
        return checks
    candidates: list[tuple[int, FactCheck]] = []
    for text_id in text_ids:
        facts = cache.text_facts(text_id)
        numbers = check_numbers(claim.quote, facts, figure=True) if claim.kind == "figure" else None
        if numbers:
            candidates.append((text_id, numbers))
        if claim.date:
            # a figure's date is the one printed where its numbers are stated
            where = numbers.span if numbers and numbers.verdict != "not_found" else None
            candidates.append((text_id, check_date(claim.date, claim.quote, facts, passage=where)))
    for kind in ("number", "date"):
        of_kind = [c for c in candidates if c[1].kind == kind]
        if of_kind:
            checks.append(min(of_kind, key=lambda c: FACT_RANK.index(c[1].verdict)))
    return checks


def _better(a: MatchResult, b: MatchResult) -> bool:
    """``a`` found the quote (verbatim or close) and ranks above ``b``."""
    return a.status in ("verbatim", "close") and status_rank(a) < status_rank(b)


def _match(parsed: ParsedQuote, text_id: int, cache: TextCache, params: MatchParams) -> MatchResult:
    """``parsed`` matched in one text, through the text's index."""
    return match_quote(
        parsed, cache.text(text_id), index=cache.index(text_id), text_id=text_id, params=params
    )


def _row(
    run_id: int,
    verdict: Verdict,
    source_id: str | None,
    result: MatchResult,
    cache: TextCache,
    parameters: str,
) -> dict[str, object]:
    span = result.span
    text = cache.text(result.text_id) if result.text_id is not None and span else None
    return {
        "run_id": run_id,
        "claim_id": verdict.claim.id,
        "source_id": source_id,
        "text_id": result.text_id,
        "cited": int(source_id == verdict.claim.source_id),
        "best": int(result is verdict.result),
        "status": result.status,
        "score": result.score,
        "start": span.start if span else None,
        "end": span.end if span else None,
        "passage": text[span.start : span.end] if text and span else None,
        "prefix": text[max(0, span.start - SELECTOR_CONTEXT) : span.start]
        if text and span
        else None,
        "suffix": text[span.end : span.end + SELECTOR_CONTEXT] if text and span else None,
        "differences": json.dumps(
            [difference_json(d) for d in result.differences], ensure_ascii=False
        ),
        "flags": json.dumps(result.flags),
        "alternatives": json.dumps([{"start": s.start, "end": s.end} for s in result.alternatives]),
        "reason": result.reason,
        "verified_at": now_iso(),
        "tool_version": __version__,
        "parameters": parameters,
    }


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
