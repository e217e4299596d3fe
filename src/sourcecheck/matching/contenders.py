"""Contenders chosen by what the claim itself says: its date.

The sentence vectors rank passages by what they are about, and a person is the subject of
many passages of a book: "Only General Hoffmann opposed it." (claimed for February 10, 1918)
is nearer to "while General Hoffmann most vehemently opposed any further concession" (an
earlier compromise, no date printed near it) than to the passage that says it, "The one
dissentient vote--that of General Hoffmann--", a clause of a long sentence that follows "At
a meeting on February 10". A claim's date tells them apart, so when a claim has one:

1. the units of the text whose date agrees with it (in the Old or New Style calendar: the
   date printed in the unit, else the last one printed shortly before it, as the facts check
   reads a passage's date, :func:`~sourcecheck.facts.rendering.date_check`) and that hold
   one of the quote's names are its *dated units*;
2. the nearest of them (stored vectors), and runs of their clauses about as long as the
   quote (cut at dashes too: a Gutenberg text's "--" parts a clause), are the dated
   contenders (the shortest run is often the nearest, the name and little else, so the
   decision rule chooses among them);
3. a dated contender's margin is taken over the text's other dated units (the passages the
   claim could be at, given its date) rather than over the whole text, where every passage
   naming the person competes;
4. a dated contender beats the chosen passage when the claim's date is not found or differs
   there and the contender is nearly as similar (``gap``: the stage's ``rerank_gap``, within
   which it weighs several passages anyway); of several, the one the
   decision rule scores highest, which then judges it.

A claim whose passage prints no date and is near no dated passage of its person is chosen as
before; so is one whose chosen passage's date agrees and that the decision rule accepts. But a
date that agrees must never make a claim lose its passage: the quote's date words draw its
vector to the sentence that prints the date ("8 (21) января 1918 года в Смольном состоялось
совещание." for "Lenin spoke first at the meeting of January 8, 1918.", 0.58), which says
nothing else of the claim and is rejected, while the sentence after it, the one that says it,
is less near (0.38) and the two together (0.58) were never a candidate (one sentence's pull
is diluted by the next). So when the chosen passage's date agrees and it is rejected, the
dated contenders are weighed as well, with each named dated unit joined to the dated unit
before it (the date's sentence and the one that follows it), and the best replaces the chosen
passage if the decision rule scores it higher.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..facts.check import DATE_CONTEXT_CHARS
from ..facts.dates import DateMention, compare_date
from ..facts.monthdates import read_dates
from ..facts.rendering import date_check
from ..models import Span
from .anchors import Anchors, name_key
from .embed import Embedder
from .evidence import Weighing
from .passages import Passage, clause_cuts, nearest_reading
from .vectors import TextUnits, flat_text, raw_words, strip_span, text_units
from .verdict import NEIGHBOUR_FLOOR, NEIGHBOURS

AGREES = ("agrees", "agrees_old_style")
"""Date verdicts that place a claim at a passage."""
DATED_UNITS = 2
"""Dated units, nearest the quote, whose pieces are embedded (at most)."""
PIECES = 3
"""Runs of a dated unit's clauses weighed (the nearest the quote), beside the whole unit."""
_DASH = re.compile(r"\s*(?:--|—)\s*")


@dataclass(frozen=True, slots=True)
class Dated:
    """A dated contender: its passage and its margin over the text's other dated units."""

    passage: Passage
    margin: float


def dated_contenders(
    text: str,
    units: TextUnits,
    sims: np.ndarray,
    readings: np.ndarray,
    anchors: Anchors,
    claim_date: str,
    embedder: Embedder,
    *,
    words: int,
    joined: bool = False,
) -> list[Dated]:
    """The pieces (:func:`_pieces`) of the :data:`DATED_UNITS` dated units nearest the quote
    (``sims``: its similarity with each unit, from the stored vectors; ``readings``: its
    vectors, the nearest counting) that name one of its names, each with its margin over the
    other dated units; with ``joined``, also each of those units with the dated unit before
    it; the most similar first."""
    dated = dated_units(text, units, claim_date)
    if not dated:
        return []
    keys = {name_key(n) for n in anchors.names}
    named = [u for u in dated if not keys or keys & _unit_keys(text, units, u)]
    chosen = sorted(named, key=lambda u: -float(sims[u]))[:DATED_UNITS]
    found = []
    for u in chosen:
        pieces = _pieces(text, units, u, float(sims[u]), readings, embedder, words)
        if joined and u - 1 in dated:
            pieces.append(_joined(text, units, u, readings, embedder))
        for passage in pieces:
            found.append(Dated(passage, _dated_margin(passage.similarity, u, dated, sims)))
    return sorted(found, key=lambda d: -d.passage.similarity)


def dated_units(text: str, units: TextUnits, claim_date: str) -> list[int]:
    """The units whose date agrees with ``claim_date`` (ISO), read as the facts check reads
    a passage's: the first date printed in it, else the last printed at most
    :data:`~sourcecheck.facts.check.DATE_CONTEXT_CHARS` before it."""
    if len(claim_date) < len("YYYY-MM-DD"):
        return []  # a year or a month places a claim nowhere in particular
    starts = units.spans[:, 0]
    found: list[int] = []
    for mention in _day_dates(text, units.language):
        if compare_date(claim_date, mention, language=units.language) not in AGREES:
            continue
        first = int(np.searchsorted(starts, mention.start, side="right")) - 1
        last = int(np.searchsorted(starts, mention.end + DATE_CONTEXT_CHARS, side="left"))
        for u in range(max(first, 0), min(last, len(starts))):
            span = Span(int(units.spans[u, 0]), int(units.spans[u, 1]))
            if u not in found and passage_date(text, span, units.language, claim_date):
                found.append(u)
    return found


def passage_date(text: str, span: Span, language: str, claim_date: str) -> bool:
    """Whether the claim's date agrees at ``span``, as its facts are checked there."""
    return date_check(claim_date, text, span, language, entry_heads=False).verdict in AGREES


def dated_choice(
    text: str,
    language: str,
    chosen: Passage,
    claim_date: str,
    sims: np.ndarray,
    readings: np.ndarray,
    anchors: Anchors,
    embedder: Embedder,
    *,
    words: int,
    gap: float,
    weigh: Callable[[Passage, float], Weighing],
    score: float | None = None,
) -> tuple[Dated, Weighing] | None:
    """The dated contender that replaces the ``chosen`` passage, if any, weighed: none when the
    claim's date agrees there and the decision rule accepts it (``score``: its score, under 0
    rejected; None: accepted); else the one the decision rule scores highest (``weigh``: a
    passage and its margin weighed) of those at most ``gap`` less similar (cosine), where the
    date agrees only if it scores higher than the chosen passage, and where the date is not
    printed near an accepted passage, only if the rule accepts it too (a diary entry's
    heading may stand far before the sentence: "no choice save between going back with a
    bad peace" lost its passage to a rejected contender nearer the heading). ``sims``: the quote's
    similarity with each unit, from the text's stored vectors (the stage's ranking computed
    it: not again)."""
    # a date printed near: an entry's heading far before decides nothing between passages
    verdict = date_check(claim_date, text, chosen.span, language, entry_heads=False).verdict
    agrees = verdict in AGREES
    accepted = score is None or score >= 0
    if agrees and accepted:
        return None
    units = text_units(text, language)
    dated = dated_contenders(
        text, units, sims, readings, anchors, claim_date, embedder, words=words, joined=agrees
    )
    near = [d for d in dated if d.passage.similarity >= chosen.similarity - gap]
    if agrees:  # the chosen passage itself is no contender of its own
        near = [d for d in near if d.passage.span != chosen.span]
    if not near:
        return None
    weighed = [(d, weigh(d.passage, d.margin)) for d in near]
    best = max(weighed, key=lambda dw: dw[1].signals.score)
    if agrees and score is not None and best[1].signals.score <= score:
        return None
    if verdict == "not_found" and accepted and best[1].signals.score < 0:
        return None  # a date not printed near an accepted passage is no case against it
    return best


@lru_cache(maxsize=8)
def _day_dates(text: str, language: str) -> tuple[DateMention, ...]:
    """Every date with a day printed in the text (read once per text)."""
    return tuple(d for d in read_dates(text, language) if d.day)


def _unit_keys(text: str, units: TextUnits, u: int) -> set[str]:
    s, e = int(units.spans[u, 0]), int(units.spans[u, 1])
    return {name_key(w) for w in raw_words(text[s:e]) if w[:1].isupper()}


def _pieces(
    text: str,
    units: TextUnits,
    u: int,
    similarity: float,
    readings: np.ndarray,
    embedder: Embedder,
    words: int,
) -> list[Passage]:
    """The unit, and the :data:`PIECES` runs of its clauses about as long as the quote
    nearest it (the nearest is often the shortest, the name and little else: the decision
    rule chooses among them)."""
    span = Span(*strip_span(text, int(units.spans[u, 0]), int(units.spans[u, 1])))
    found = [Passage(span, similarity, (u, u))]
    runs = _runs(text, span, words)
    if runs:
        sims = nearest_reading(embedder([flat_text(text, s, e) for s, e in runs]), readings)
        for i in np.argsort(-sims)[:PIECES].tolist():
            found.append(Passage(Span(*runs[i]), float(sims[i]), (u, u), clause=True))
    return found


def _joined(
    text: str, units: TextUnits, u: int, readings: np.ndarray, embedder: Embedder
) -> Passage:
    """Unit ``u`` with the unit before it (the sentence that prints the date), embedded."""
    span = Span(*strip_span(text, int(units.spans[u - 1, 0]), int(units.spans[u, 1])))
    vector = embedder([flat_text(text, span.start, span.end)])
    similarity = float(nearest_reading(vector, readings)[0])
    return Passage(span, similarity, (u - 1, u))


def _runs(text: str, span: Span, words: int) -> list[tuple[int, int]]:
    """Runs of consecutive clauses of ``span`` (cut at punctuation and dashes) of about the
    quote's ``words``, the whole span left out."""
    cuts = [span.start] + [m.end() for m in _DASH.finditer(text, span.start, span.end)]
    pieces = [(a, b) for a, b in zip(cuts, [*cuts[1:], span.end], strict=True) if b > a]
    clauses = [c for a, b in pieces for c in clause_cuts(text, a, b)]
    lo, hi = max(3.0, 0.6 * words), 1.5 * words + 4
    runs = []
    for i in range(len(clauses)):
        for j in range(i, len(clauses)):
            n = len(raw_words(text[clauses[i][0] : clauses[j][1]]))
            if n > hi:
                break
            if n >= lo and (clauses[i][0], clauses[j][1]) != (span.start, span.end):
                runs.append(strip_span(text, clauses[i][0], clauses[j][1]))
    return list(dict.fromkeys(runs))


def _dated_margin(similarity: float, u: int, dated: list[int], sims: np.ndarray) -> float:
    """The similarity minus the mean of the :data:`~.verdict.NEIGHBOURS` dated units nearest
    the quote away from unit ``u`` (the floor when fewer, or less near)."""
    away = sorted((float(sims[v]) for v in dated if abs(v - u) > 2), reverse=True)
    mean = float(np.mean(away[:NEIGHBOURS])) if len(away) >= NEIGHBOURS else NEIGHBOUR_FLOOR
    return round(similarity - max(mean, NEIGHBOUR_FLOOR), 4)
