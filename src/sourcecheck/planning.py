"""The work of a verify run: claims made into queries, the shards searched, the windows found
made into jobs (one per claim and text), and the jobs run; see :mod:`sourcecheck.verify`."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .facts.check import FactCheck, TextFacts, check_date, check_numbers
from .matching.index import Candidate
from .matching.match import NOTHING_RESEMBLES, candidate_window
from .matching.params import MatchParams
from .matching.quote import ParsedQuote, parse_quote
from .matching.search import Found, SearchParams, choose
from .matching.shards import EXCEPT, ONLY, make_queries
from .models import Claim, MatchResult
from .normalize import Tokens
from .store import db as dbm
from .store.db import Database
from .store.indexes import TextPlace
from .workers import Executor, Job, JobOutcome, default_workers, match_task, search_task

FOUND = ("verbatim", "close")
ELSEWHERE_TOP = 5
"""Candidates per segment among the texts of other sources (``--anywhere``)."""
SMALL_RUN = (100, 2_000_000)
"""At most this many claims against at most this many words run in this process when the
number of workers is left to verify: starting worker processes would cost more."""
QUERIES_PER_TASK = 64  # at least, in a search task (fewer would not pay for the task)
JOBS_PER_TASK = 16  # at least, in a match task


@dataclass(frozen=True, slots=True)
class JobOf:
    """Whose a job is: the claim's number, whether the text is of the cited source, its source."""

    claim: int
    cited: bool
    source: str


@dataclass
class Plan:
    """The queries of a run's claims, and the jobs made of what the search found."""

    claims: list[Claim]
    places: dict[int, TextPlace]
    anywhere: bool = False
    params: MatchParams = field(default_factory=MatchParams)
    parsed: list[ParsedQuote | None] = field(init=False)
    cited: list[list[int]] = field(init=False)  # per claim: query number of each segment
    other: list[list[int]] = field(init=False)  # the same, over other sources' texts
    tops: list[int] = field(init=False)  # per query: how many candidates to keep
    jobs: list[Job] = field(init=False, default_factory=list)
    owners: list[JobOf] = field(init=False, default_factory=list)
    by_claim: list[list[int]] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        self.by_source: dict[str, list[int]] = {}
        self.words: dict[str, int] = {}  # words of a source, once asked
        for place in self.places.values():
            self.by_source.setdefault(place.source_id, []).append(place.text_id)
        segments: list[Tokens] = []
        sources: list[str] = []
        modes: list[int] = []
        self.tops = []
        self.parsed, self.cited, self.other = [], [], []
        for claim in self.claims:
            source = claim.source_id
            parsed = parse_quote(claim.quote) if source and source in self.by_source else None
            self.parsed.append(parsed)
            groups: list[list[int]] = [[], []]
            wanted = [(ONLY, self.params.candidates, groups[0])]
            if self.anywhere and parsed and len(self.by_source) > 1:
                wanted.append((EXCEPT, ELSEWHERE_TOP, groups[1]))
            for mode, top, numbers in wanted:
                for segment in parsed.segments if parsed else ():
                    numbers.append(len(segments))
                    segments.append(segment)
                    sources.append(source or "")
                    modes.append(mode)
                    self.tops.append(top)
            self.cited.append(groups[0])
            self.other.append(groups[1])
        self.queries = make_queries(segments, sources, modes)

    def texts_of(self, source_id: str) -> list[int]:
        return self.by_source.get(source_id, [])

    def shards(self) -> list[int]:
        """The shards that hold a text some query looks at."""
        cited = {c.source_id for c, p in zip(self.claims, self.parsed, strict=True) if p}
        return sorted(
            {p.shard_id for p in self.places.values() if self.anywhere or p.source_id in cited}
        )

    def auto_workers(self) -> int:
        words = sum(p.words for p in self.places.values())
        if len(self.claims) <= SMALL_RUN[0] and words <= SMALL_RUN[1]:
            return 1
        return default_workers()

    def make_jobs(self, chosen: list[list[Candidate]]) -> None:
        """One job per claim and text where a segment of its quote has candidates."""
        for n, parsed in enumerate(self.parsed):
            if parsed is None:
                continue
            for cited, numbers in ((True, self.cited[n]), (False, self.other[n])):
                windows = self._windows(parsed, numbers, chosen, self.claims[n], cited)
                for text_id in sorted(windows):
                    claim = self.claims[n]
                    self.jobs.append(
                        Job(claim.quote, text_id, tuple(map(tuple, windows[text_id])),
                            kind=claim.kind, date=claim.date,
                            text_language=self.places[text_id].text_language)
                    )  # fmt: skip
                    self.owners.append(JobOf(n, cited, self.places[text_id].source_id))

    def _windows(
        self,
        parsed: ParsedQuote,
        numbers: list[int],
        chosen: list[list[Candidate]],
        claim: Claim,
        cited: bool,
    ) -> dict[int, list[list[tuple[int, int]]]]:
        """Per text, the windows of each segment; a short cited source is searched whole for
        a segment with no candidate (a word pair too common, or a one-word segment)."""
        by_text: dict[int, list[list[tuple[int, int]]]] = {}
        blank: list[list[tuple[int, int]]] = [[] for _ in parsed.segments]
        for k, query in enumerate(numbers):
            segment = parsed.segments[k]
            for c in chosen[query]:
                windows = by_text.setdefault(c.text_id, [list(w) for w in blank])
                windows[k].append(candidate_window(segment, c.start))
            texts = self.texts_of(claim.source_id or "")
            if cited and not chosen[query] and self._small(claim.source_id or ""):
                for t in texts:
                    by_text.setdefault(t, [list(w) for w in blank])[k].append(
                        (0, self.places[t].length)
                    )
        return by_text

    def _small(self, source_id: str) -> bool:
        """Whether a source is short enough to be searched whole (its words are summed once)."""
        if source_id not in self.words:
            texts = self.texts_of(source_id)
            self.words[source_id] = sum(self.places[t].words for t in texts)
        return self.words[source_id] <= self.params.whole_text_words

    def jobs_of(self, n: int) -> list[int]:
        """The numbers of claim ``n``'s jobs (grouped once for all claims)."""
        if len(self.by_claim) != len(self.claims):
            self.by_claim = [[] for _ in self.claims]
            for j, owner in enumerate(self.owners):
                self.by_claim[owner.claim].append(j)
        return self.by_claim[n]

    def cited_outcomes(self, n: int, outcomes: Sequence[JobOutcome]) -> list[JobOutcome]:
        return [outcomes[j] for j in self.jobs_of(n) if self.owners[j].cited]

    def elsewhere_outcomes(
        self, n: int, outcomes: Sequence[JobOutcome]
    ) -> list[tuple[str, JobOutcome]]:
        """The best outcome in each other source where the quote is found (verbatim, close),
        by source."""
        best: dict[str, JobOutcome] = {}
        for j in self.jobs_of(n):
            outcome, owner = outcomes[j], self.owners[j]
            if owner.cited or outcome.result.status not in FOUND:
                continue
            held = best.get(owner.source)
            if held is None or _rank(outcome.result) < _rank(held.result):
                best[owner.source] = outcome
        return sorted(best.items())

    def nothing_found(self, texts: list[int]) -> MatchResult:
        """The result when no text of the source holds two consecutive words of the quote."""
        reason = NOTHING_RESEMBLES
        if len(texts) > 1:
            reason = reason.replace("in the text", f"in the source's {len(texts)} texts")
        return MatchResult("not_found", 0.0, texts[0], reason=reason)


def _rank(result: MatchResult) -> tuple[int, float, int]:
    from .models import status_rank

    return (*status_rank(result), result.text_id or 0)


def run_plan(
    plan: Plan, run: Executor, progress: Callable[[Claim], None] | None = None
) -> list[JobOutcome]:
    """Search the shards, make the jobs, run them; outcomes in job order."""
    found = _search(plan, run)
    plan.make_jobs(choose(found, plan.queries, top=plan.tops))
    pending = Counter(owner.claim for owner in plan.owners)
    if progress:
        for n, claim in enumerate(plan.claims):
            if not pending[n]:
                progress(claim)
    outcomes: list[JobOutcome | None] = [None] * len(plan.jobs)
    tasks, members = _match_tasks(plan, run)
    for t, results in run.submit(tasks):
        for j, outcome in zip(members[t], results, strict=True):
            outcomes[j] = outcome
            owner = plan.owners[j].claim
            pending[owner] -= 1
            if progress and not pending[owner]:
                progress(plan.claims[owner])
    assert all(o is not None for o in outcomes)
    return [o for o in outcomes if o is not None]


def _search(plan: Plan, run: Executor) -> Found:
    """Every shard searched for every query (in batches when shards are fewer than workers)."""
    shards, n = plan.shards(), len(plan.queries)
    if not shards or not n:
        return Found.concat([])
    pieces = max(1, min(math.ceil(2 * run.workers / len(shards)), n // QUERIES_PER_TASK))
    size = math.ceil(n / pieces)
    params = SearchParams(top=max(plan.tops))
    tasks, firsts = [], []
    for shard_id in shards:
        for first in range(0, n, size):
            queries = plan.queries.slice(first, min(n, first + size))
            tasks.append((search_task, (run.ref, shard_id, queries, params)))
            firsts.append(first)
    parts: list[Found | None] = [None] * len(tasks)
    for t, part in run.submit(tasks):
        parts[t] = Found(part.query + firsts[t], part.votes, part.text_id, part.start)
    return Found.concat([p for p in parts if p is not None])


def _match_tasks(plan: Plan, run: Executor) -> tuple[list[tuple], list[list[int]]]:
    """Jobs grouped by shard (a worker reads the texts of few shards), in tasks."""
    by_shard: dict[int, list[int]] = {}
    for j, job in enumerate(plan.jobs):
        by_shard.setdefault(plan.places[job.text_id].shard_id, []).append(j)
    size = max(JOBS_PER_TASK, math.ceil(len(plan.jobs) / (4 * run.workers)))
    tasks, members = [], []
    for _, numbers in sorted(by_shard.items()):
        numbers.sort(key=lambda j: plan.jobs[j].text_id)  # a task reads few texts
        for first in range(0, len(numbers), size):
            chunk = numbers[first : first + size]
            tasks.append((match_task, (run.ref, [plan.jobs[j] for j in chunk], plan.params)))
            members.append(chunk)
    return tasks, members


FACT_RANK = ("agrees", "agrees_old_style", "differs", "not_found")


def check_claim_facts(
    db: Database, claim: Claim, text_ids: list[int], read: dict[int, TextFacts] | None = None
) -> list[tuple[int, FactCheck]]:
    """The numbers and date of a ``figure``, ``date`` or ``event`` claim whose wording was not
    found, looked for by value near the claim's key terms in each text of its source (the
    best text wins). Found passages are checked where they are found (see workers).
    ``read``: the texts' facts read so far in this run (each text is read once)."""
    if claim.kind not in ("figure", "date", "event") or not text_ids:
        return []
    candidates: list[tuple[int, FactCheck]] = []
    read = {} if read is None else read  # the texts already read, kept for the run
    for text_id in text_ids:
        if text_id not in read:
            # read in its language, given or detected, as the word matcher reads its words
            stored = dbm.get_text(db, text_id)
            read[text_id] = TextFacts(stored.text, language=stored.language)
        facts = read[text_id]
        numbers = check_numbers(claim.quote, facts, figure=True) if claim.kind == "figure" else None
        if numbers:
            candidates.append((text_id, numbers))
        if claim.date:
            # a figure's date is the one printed where its numbers are stated
            where = numbers.span if numbers and numbers.verdict != "not_found" else None
            candidates.append((text_id, check_date(claim.date, claim.quote, facts, passage=where)))
    checks = []
    for kind in ("number", "date"):
        of_kind = [c for c in candidates if c[1].kind == kind]
        if of_kind:
            checks.append(min(of_kind, key=lambda c: FACT_RANK.index(c[1].verdict)))
    return checks
