"""The meaning stage: a quote the words did not find, looked for as a rendering.

A retranslation, a paraphrase or the original in another language says the same thing in
other words. For one quote and one text:

1. the quote is embedded (one sentence vector, and one of each of its readings without its
   dates of a day or its names, :mod:`.readings`) and compared with every unit of the text
   (one matrix-vector product over the text's stored vectors, :mod:`.vectors`);
2. a few candidate windows are taken (:mod:`.candidates`: the nearest runs of units; in the
   same language also the units richest in the quote's rare content stems; for a text
   without vectors, the units holding its names, numbers or dates);
3. the best windows, and clause runs inside long ones, are embedded and compared with the
   quote (:mod:`.passages`); the best is the candidate passage (when the claim gives a date
   that is not found there, a passage nearly as similar where it agrees: :mod:`.contenders`);
4. its signals are weighed (:mod:`.verdict`): similarity, margin over the rest of the text,
   share of the quote's content words with a counterpart there (:mod:`.wordpairs`);
5. its names, numbers, dates and negations are compared with the quote's (:mod:`.anchors`)
   and a difference flagged (``negation``, ``number``, ``date``, ``name``).

The result is ``reworded`` (with the passage, its language, the evidence and the flags) or
``not_found`` with the best candidate and why it was rejected. The word matcher's statuses
(``verbatim``, ``close``, ``partial``) never come from here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial

import numpy as np

from ..linebreaks import unbroken
from ..models import MatchResult, Span
from ..texts.language import language_of
from . import wordpairs
from .candidates import Window, topic_pairs
from .contenders import dated_choice
from .contrary import contrary_reason, opposite_candidate
from .counterparts import counterparts
from .doers import another_doer
from .elsewhere import RenderedElsewhere, elsewhere_reason, look_elsewhere
from .embed import Embedder, RememberingEmbedder, default_embedder, one_blas_thread, remembering
from .evidence import (
    Evidence,
    Weighing,
    candidate_notes,
    evidence,
    flag_opposed,
    found_reason,
    nothing_reason,
    rejected_reason,
    strangers,
)
from .extend import Uncovered, extend_passage, uncovered_note, uncovered_reason
from .factflags import fact_flags
from .following import following_sentence, over_following
from .knownnames import compared_with_known_names
from .leftout import left_out_negation
from .lookagain import looked_again
from .lookalike import quoted_kind
from .match import _where
from .meaning_params import MeaningParams
from .measures import flag_measure, measure_reason
from .namedrival import named_rival
from .nameslots import slot_substituted
from .negprefix import prefixed
from .nounnames import named_pairs
from .opposites import not_as_quoted, opposite_words
from .otherpersons import persons_differ
from .passages import Passage, nearest_reading
from .placed import at_placed, placed_passage
from .predicates import unsaid_reason
from .prepared import PreparedQuote, passage_anchors, prepare_quote, quote_language
from .pronounroles import pronoun_swap
from .quantifiers import changed_count, flag_count
from .quote import ParsedQuote, parse_quote
from .ranking import Candidate, rank_passages
from .readings import plain_quote
from .reversal import exchanged_reason, read_reversal
from .roles import ROLES, RolesReading, people, read_roles
from .siblings import preferred
from .slotopposites import slot_opposite
from .soleword import missing_words
from .statedalike import counted_minimum
from .technames import identifier_substituted
from .topicmargin import loose_pairs, topic_match
from .uniquecode import at_entry, entry_hint, placed_at
from .unsaid import brief_unsaid
from .untranslated import skipped_units, translated_instead
from .vectors import TextVectors, cached_vectors, flat_text, text_units
from .verdict import BRIEF_WORDS, SHORT_WORDS, STRONG_PAIR, Signals, best_possible, judge
from .wordorder import scrambled_reason, word_order
from .wordpairs import Alignment, content_positions

REWORDED = "reworded"
"""The status of this stage: between ``close`` and ``partial``."""


@dataclass(slots=True)
class MeaningResult(MatchResult):
    """A :class:`MatchResult` with the passage's language, the evidence and the signals."""

    language: str | None = None
    evidence: Evidence | None = None
    signals: Signals | None = None
    model_id: str | None = None
    candidate: Span | None = None  # not_found: the best candidate, rejected (see the reason)
    candidate_flags: list[str] = field(default_factory=list)  # if it may be the passage


def match_meaning(
    quote: str | ParsedQuote,
    text: str,
    *,
    language: str | None = None,
    text_language: str | None = None,
    vectors: TextVectors | None = None,
    embedder: Embedder | None = None,
    text_id: int | None = None,
    params: MeaningParams = MeaningParams(),
    where: Callable[[Span], str] | None = None,
    hints: Sequence[tuple[int, int]] = (),
    claim_date: str | None = None,
    frames: bool = True,
    kind: str | None = None,
    swaps: bool = True,
    placed: Span | None = None,
    skip_language: str | None = None,
) -> MeaningResult:
    """Find a rendering of ``quote`` in ``text``: ``reworded`` or ``not_found``, explained.

    ``language``/``text_language``: ISO 639-1 codes, detected when None. ``vectors``: the
    text's stored sentence vectors (built once per process for a text up to
    ``params.whole_text_chars`` when absent). ``embedder``: any :class:`~.embed.Embedder`
    (default: multilingual USE), of the stored vectors' model. ``result.score``: the passage's
    similarity (0-100); ``result.signals``: what was weighed. ``where``: how the reason names a
    place (default: line and characters). ``hints``: character ranges to try as candidates.
    ``claim_date``: the claim's ISO date: a passage where it agrees may be chosen over a
    nearer one where it is not found (:mod:`.contenders`). ``frames``, ``swaps``: a framed quote
    ("Czernin wrote that ...") also looked for without its frame, the better result kept; a
    rejected one with a name swapped (:mod:`.lookagain`). ``kind``: the claim's (:mod:`.lookalike`).
    ``placed``: a word ``partial``'s place, judged there when the best fails (:mod:`.placed`).
    ``skip_language``: the text's paragraphs in this language are left out (:mod:`.untranslated`:
    a passage left untranslated, rejected or flagged, makes the search look again without).

    >>> src = ("Because this is to be asserted in general of men, that they are ungrateful, "
    ...        "fickle, false. The Spartans held Athens and Thebes; nevertheless they lost them.")
    >>> r = match_meaning("For it may be said of men in general that they are ungrateful.", src)
    >>> r.status, r.span.slice(src)[:40]
    ('reworded', 'Because this is to be asserted in genera')
    """
    parsed = quote if isinstance(quote, ParsedQuote) else parse_quote(quote)
    # one memory for the claim's calls of the model: what one step defers goes with the next
    # step's call, and a sentence met twice (a second look's quote) is embedded once
    embedder = remembering(embedder or default_embedder())
    plain = plain_quote(parsed)
    t_lang = language_of(text, text_language)
    result = MeaningResult("not_found", 0.0, text_id, language=t_lang, model_id=embedder.model_id)
    if not parsed.segments or not text or text.isspace():  # strip() would copy a book
        result.reason = "the quote has no words" if not parsed.segments else "the text is empty"
        return result
    if vectors is not None and vectors.model_id != embedder.model_id:
        raise ValueError(f"vectors of {vectors.model_id!r}, embedder {embedder.model_id!r}")
    q_lang = language or quote_language(plain, t_lang)
    search = partial(
        match_meaning, text=text, language=q_lang, text_language=t_lang, vectors=vectors,
        embedder=embedder, text_id=text_id, params=params, where=where, hints=hints,
        claim_date=claim_date, frames=frames, kind=kind, swaps=False, placed=placed,
        skip_language=skip_language,
    )  # fmt: skip
    if (again := looked_again(parsed, plain, (q_lang, t_lang), text, search, embedder,
                              frames=frames, swaps=swaps)) is not None:  # fmt: skip
        return again  # "Czernin wrote that X": X too; a name swapped (.lookagain)
    q = prepare_quote(plain, q_lang, t_lang, embedder, quoted=quoted_kind(kind))
    if vectors is None and len(text) <= params.whole_text_chars:
        # the model's own (the key of the vectors kept), not the claim's memory
        vectors = cached_vectors(text, embedder.inner)  # type: ignore[arg-type]  # hashable
    with one_blas_thread():  # a second thread only spins on these products (embed.py)
        chosen = _chosen(
            q, text, t_lang, vectors, embedder, params, hints=hints, claim_date=claim_date,
            placed=placed, skip_language=skip_language,
        )  # fmt: skip
    if chosen is None:
        result.reason = nothing_reason(q.language == t_lang, t_lang)
        return result
    found = _decided(result, q, text, chosen.span, chosen.weighed, params, where,
                     chosen.missing, chosen.elsewhere)  # fmt: skip
    if placed is not None and not chosen.placed and found.status != REWORDED:
        with one_blas_thread():  # rejected by a rule on its words: judged at the words' place
            found = _at_words_place(q, text, t_lang, placed, chosen.sims, embedder, params,
                                    where, found) or found  # fmt: skip
    if chosen.placed or skip_language is not None:  # decided at the words' place, or this is
        return found  # the search without the paragraphs in the quote's language
    without = partial(search, parsed, skip_language=q.language)  # without those paragraphs
    return translated_instead(found, q.language, text, without, where or partial(_where, text))


@dataclass(frozen=True, slots=True)
class _Chosen:
    """The passage a quote is decided on, weighed, with what looking at it again found;
    ``placed``: at a word ``partial``'s place (:mod:`.placed`), decided as it is."""

    span: Span
    weighed: Weighing
    missing: Uncovered | None = None
    elsewhere: RenderedElsewhere | None = None
    placed: bool = False
    sims: np.ndarray | None = None  # the quote's similarity with each unit, if vectors are had


def _chosen(q: PreparedQuote, text: str, t_lang: str, vectors: TextVectors | None,
            embedder: Embedder, params: MeaningParams, *, hints: Sequence[tuple[int, int]],
            claim_date: str | None, placed: Span | None, skip_language: str | None,
            ) -> _Chosen | None:  # fmt: skip
    """The passage to decide on (:func:`match_meaning`'s arguments): of the candidates ranked
    (:mod:`.ranking`), the one :func:`choose` weighs best, or one nearly as near where the
    claim's date agrees; at the words' place when it fails; looked at again. None without
    candidates."""
    # the quote's similarity with every unit: one product, shared with the dated contenders
    sims = nearest_reading(vectors.dense(), q.readings) if vectors is not None else None
    skip = skipped_units(text, t_lang, skip_language) if skip_language else None
    candidates = rank_passages(q, text, t_lang, vectors, embedder, params, sims=sims, skip=skip,
                               hints=(*entry_hint(q.text, text), *hints))  # fmt: skip
    candidates = at_entry(q.text, text, candidates)  # an entry's options (.uniquecode)
    if not candidates:
        return None
    chosen, weighed = choose(q, text, t_lang, candidates, embedder, params)
    if claim_date and sims is not None:  # a passage where the claim's date agrees
        chosen, weighed = _dated(q, text, t_lang, (chosen, weighed), claim_date, sims,
                                 embedder, params)  # fmt: skip
    if placed is not None and weighed.signals.score < 0:  # the words' place (.placed)
        here = at_placed(placed_passage(text, t_lang, placed, q.readings, sims, embedder),
                         partial(_weighed_at, q, text, t_lang, embedder, params))  # fmt: skip
        if here is not None:
            return _Chosen(here[0].span, here[1], placed=True, sims=sims)
    passage, weighed, missing, elsewhere = _looked_again(
        q, text, t_lang, chosen, weighed, candidates, embedder, params
    )
    return _Chosen(passage.span, weighed, missing, elsewhere, sims=sims)


def _at_words_place(q: PreparedQuote, text: str, t_lang: str, placed: Span,
                    sims: np.ndarray | None, embedder: Embedder, params: MeaningParams,
                    where: Callable[[Span], str] | None,
                    result: MeaningResult) -> MeaningResult | None:  # fmt: skip
    """The decision at the word matcher's ``partial`` (:mod:`.placed`) if ``reworded`` there:
    when a rule rejected the stage's best after its score passed (a topic match at the very
    passage the words placed, walk115 rt-ru-en-11; a best under 0 is judged by :func:`_chosen`)."""
    here = at_placed(placed_passage(text, t_lang, placed, q.readings, sims, embedder),
                     partial(_weighed_at, q, text, t_lang, embedder, params))  # fmt: skip
    if here is None:
        return None
    # decided on a fresh result: ``result`` stands when this is no ``reworded``
    fresh = MeaningResult("not_found", 0.0, result.text_id, language=result.language,
                          model_id=result.model_id)  # fmt: skip
    decided = _decided(fresh, q, text, here[0].span, here[1], params, where)
    return decided if decided.status == REWORDED else None


def _weighed_at(q: PreparedQuote, text: str, t_lang: str, embedder: Embedder,
                params: MeaningParams, passage: Passage, above: float) -> Weighing:  # fmt: skip
    return weigh(q, text, t_lang, Candidate(passage, above), embedder, params)


def _dated(q: PreparedQuote, text: str, t_lang: str, chosen: tuple[Candidate, Weighing],
           claim_date: str, sims: np.ndarray, embedder: Embedder, params: MeaningParams,
           ) -> tuple[Candidate, Weighing]:  # fmt: skip
    """The chosen passage, or one nearly as similar where the claim's date agrees
    (:mod:`.contenders`)."""
    candidate, weighed = chosen
    dated = dated_choice(
        text, t_lang, candidate.passage, claim_date, sims, q.readings, q.anchors, embedder,
        words=q.words, gap=params.rerank_gap / 100, score=weighed.signals.score,
        weigh=partial(_weighed_at, q, text, t_lang, embedder, params),
    )  # fmt: skip
    if dated is None:
        return chosen
    return Candidate(dated[0].passage, dated[0].margin), dated[1]


def _looked_again(q: PreparedQuote, text: str, t_lang: str, chosen: Candidate,
                  weighed: Weighing, candidates: list[Candidate], embedder: Embedder,
                  params: MeaningParams,
                  ) -> tuple[Passage, Weighing, Uncovered, RenderedElsewhere | None]:  # fmt: skip
    """The chosen passage looked at again: the quote's words it pairs weakly or not at all,
    rendered by another passage (:mod:`.elsewhere`), and its sentences it leaves without a
    counterpart, rendered by the next units (:mod:`.extend`)."""
    chosen, weighed, elsewhere = look_elsewhere(
        q.text, q.language, chosen, weighed, candidates,
        lambda c: weigh(q, text, t_lang, c, embedder, params), text,
        ahead=partial(_weighed_next, q, text, t_lang, embedder),
    )  # fmt: skip
    passage, weighed, missing = _widened(q, text, t_lang, chosen, weighed, embedder, params)
    return passage, weighed, missing, elsewhere


def _widened(q: PreparedQuote, text: str, t_lang: str, chosen: Candidate, weighed: Weighing,
             embedder: Embedder, params: MeaningParams,
             ) -> tuple[Passage, Weighing, Uncovered]:  # fmt: skip
    """The chosen passage over the text's next (or previous) units when they render the
    quote's sentences it leaves without a counterpart (:mod:`.extend`); its margin moves
    with its similarity (the text's other passages stay as near)."""
    if weighed.signals.coverage is None:  # rejected unaligned: nothing to widen
        return chosen.passage, weighed, Uncovered((), (), ())
    base = chosen.passage.similarity

    def similarity(span: Span) -> float:
        vector = embedder([flat_text(text, span.start, span.end)])
        return float(nearest_reading(vector, q.readings)[0])

    def weighed_at(p: Passage) -> Weighing:
        moved = Candidate(p, chosen.margin + p.similarity - base)
        return weigh(q, text, t_lang, moved, embedder, params)

    return extend_passage(
        q.text, q.language, text_units(text, t_lang), chosen.passage, weighed,
        similarity=similarity, weigh=weighed_at, text=text,
    )  # fmt: skip


def _decided(result: MeaningResult, q: PreparedQuote, text: str, span: Span, weighed: Weighing,
             params: MeaningParams, where: Callable[[Span], str] | None,
             missing: Uncovered | None = None, elsewhere: RenderedElsewhere | None = None,
             ) -> MeaningResult:  # fmt: skip
    """``result`` with the decision on the chosen passage: ``reworded`` there, or
    ``not_found`` with it as the rejected candidate; explained either way. ``missing``: the
    quote's sentences without a counterpart there (:mod:`.extend`); ``elsewhere``: its weak
    counterparts rendered by another passage, not counted (:mod:`.elsewhere`)."""
    t_lang, signals = result.language or "", weighed.signals
    brief = q.words < BRIEF_WORDS and q.language != t_lang  # "morning" at "Abend" (.contrary)
    verdict = contrary_reason(q.text, q.language, span.slice(text), t_lang) if brief else None
    verdict = verdict or _judged(q, span.slice(text), t_lang, weighed, params)
    verdict = verdict or brief_unsaid(
        q.text, q.words, q.language, span.slice(text), t_lang, weighed
    )
    verdict = verdict or another_doer(q, text, span, t_lang, weighed)  # .doers
    verdict = verdict or unsaid_reason(q.text, q.language, span.slice(text), t_lang, weighed)
    verdict = verdict or measure_reason(q.text, q.language, span.slice(text), t_lang,
                                        weighed.alignment)  # fmt: skip
    if elsewhere is not None and signals.score < 0:  # it passed on words rendered elsewhere
        other = where(elsewhere.span) if where is not None else _where(text, elsewhere.span)
        verdict = elsewhere_reason(elsewhere, other, signals.score)
    if verdict is None and q.language == t_lang:  # the quote's words, shuffled: no rewording
        order = word_order(q.text, span.slice(text))
        verdict = scrambled_reason(order) if order.scrambled else None
    if verdict is None and q.language == t_lang and weighed.comparison.roles_note:
        verdict = exchanged_reason(q.text, span.slice(text), weighed.comparison.roles_note)
    if verdict is None and missing is not None:  # a sentence of the quote not rendered there
        verdict = uncovered_reason(q.text, missing, signals.content_words)
    if verdict is None and ROLES in weighed.comparison.flags:  # reversed in the next sentence?
        span = over_following(q.text, q.language, text, t_lang, span, weighed.alignment)
    result.score, result.signals = signals.percent, signals  # as the reason says it
    result.evidence = evidence(q.language, t_lang, q.anchors, weighed, q.text)
    place = where(span) if where is not None else _where(text, span)
    if verdict is not None:
        found = candidate_notes(signals, result.evidence, weighed.comparison)
        flags, notes = opposite_candidate(found, signals, q, (span.slice(text), t_lang))
        result.candidate, result.candidate_flags = span, flags
        result.reason = rejected_reason(place, result.score, (text, span), verdict, notes)
        return result
    result.flags = list(weighed.comparison.flags)
    result.reason = found_reason(place, signals, result.evidence, weighed.comparison, (text, span))
    left = left_out_negation(q.text, q.language, text, t_lang, text_units(text, t_lang), span,
                             weighed.alignment, q.anchors.names)  # fmt: skip
    if left is not None:  # a sentence it leaves out, where the text says the opposite
        span, result.reason = left.span, f"{not_as_quoted(result.reason)}; {left.note()}"
        result.flags += [] if "negation" in result.flags else ["negation"]
    said = (q.text, q.language, span.slice(text), t_lang, weighed.alignment)
    flag_opposed(result, opposite_words(*said) or slot_opposite(*said))  # .slotopposites
    flag_count(result, changed_count(q.text, q.language, span.slice(text), t_lang,
                                     weighed.alignment))  # fmt: skip
    flag_measure(result, q.text, q.language, span.slice(text), t_lang)
    result.status, result.span, result.segments = REWORDED, span, [span]
    note = uncovered_note(q.text, missing) if missing is not None else None
    result.reason += f"; {note}" if note else ""
    return result


def choose(
    quote: PreparedQuote,
    text: str,
    text_language: str,
    candidates: list[Candidate],
    embedder: Embedder,
    params: MeaningParams = MeaningParams(),
) -> tuple[Candidate, Weighing]:
    """The candidate to judge: of the best passages of different windows whose similarity is
    within ``params.rerank_gap`` of the best and that could pass with every content word
    matched (at most ``params.rerank``), the one the decision rule scores highest. The
    sentence vectors alone put a wrong passage first now and then ("She had hardly turned
    her back" nearest "sie hatte schon geweint"); the share of words with a counterpart tells
    them apart. (A hopeless passage takes no place: it kept changed-10's unit out.)"""
    top = candidates[0].passage.similarity
    cross = quote.language != text_language
    contenders: dict[tuple[Window, bool], Candidate] = {}  # a window's clauses apart
    for c in candidates:
        near = top - c.passage.similarity <= params.rerank_gap / 100
        if (
            near
            and len(contenders) < params.rerank
            and best_possible(c.passage.similarity, c.margin, cross, clause=c.passage.clause) >= 0
        ):
            contenders.setdefault((c.passage.window, c.passage.clause), c)
    hopeful = list(contenders.values())
    if not hopeful:  # rejected on similarity and margin: aligned only to name a changed figure
        return candidates[0], weigh(quote, text, text_language, candidates[0], embedder, params,
                                    align=bool(quote.anchors.numbers))  # fmt: skip
    memo = remembering(embedder)  # the contenders' words to the model in one call
    _weighed_next(quote, text, text_language, memo, hopeful)
    weighed = [(c, weigh(quote, text, text_language, c, memo, params)) for c in hopeful]
    chosen = preferred(quote, text, text_language, weighed)  # a sibling's word (.siblings)
    return named_rival(chosen, weighed)  # the quote's name said by a near one (.namedrival)


def _weighed_next(quote: PreparedQuote, text: str, text_language: str, embedder: Embedder,
                  candidates: Sequence[Candidate]) -> None:  # fmt: skip
    """The words that aligning ``candidates`` with the quote will embed, deferred to the
    claim's memo (when ``embedder`` is one), so that the first alignment sends them all to the
    model in one call (each alignment was a call: about 1.5 ms besides its words)."""
    if isinstance(embedder, RememberingEmbedder):
        passages = [c.passage.span.slice(text) for c in candidates[1:]]  # the first's: its call
        wordpairs.defer_alignments(embedder, quote.text, quote.language, passages, text_language)


def weigh(
    quote: PreparedQuote,
    text: str,
    text_language: str,
    candidate: Candidate,
    embedder: Embedder,
    params: MeaningParams = MeaningParams(),
    *,
    align: bool = True,
) -> Weighing:
    """The signals of one candidate passage, its words aligned with the quote's (unless
    ``align`` is False: coverage is then not measured) and its anchors compared
    (:mod:`.verdict` decides on the signals)."""
    passage, passage_end = unbroken(candidate.passage.span.slice(text)), candidate.passage.span.end
    anchors = passage_anchors(text, candidate.passage.span, text_language, quote.anchors)
    cross = quote.language != text_language  # a placed passage is always aligned (.uniquecode)
    align = (placed := placed_at(quote.text, text, candidate.passage.span, cross=cross)) or align
    if align:
        alignment = counterparts(quote, passage, anchors, text_language, embedder, params.word_min)
    else:
        alignment = Alignment(len(content_positions(quote.text, quote.language)), ())
    topic = topic_pairs(alignment, text, text_language, quote.anchors.names)
    comparison = compared_with_known_names(quote.text, quote.anchors, text, text_language, anchors,
                                           alignment)  # "Reuben remembered", "эсеры"  # fmt: skip
    comparison, negated = prefixed(comparison, quote, passage, text_language, alignment, embedder)
    if align:  # a name the passage fills with another ("to Vienna" / "в Берлин"): .nameslots
        comparison = slot_substituted(comparison, quote.text, passage, alignment)
    who = people(alignment, (quote.anchors.names, anchors.names), (quote.language, text_language))
    roles = read_roles(
        quote.text, quote.language, passage, text_language, alignment, who,
        absent=comparison.missing_names, others=comparison.other_names,
    ) if align else RolesReading(swapped=False, demoted=False)  # fmt: skip
    signals = Signals(
        similarity=candidate.passage.similarity,
        margin=candidate.margin,
        coverage=alignment.coverage if align else None,
        cross=cross,
        content_words=alignment.content,
        counterparts=alignment.counterparts,
        clause=candidate.passage.clause,
        names=len(named := named_pairs(alignment, quote.anchors.names)),  # .nounnames
        strong=sum(p not in named and p.similarity >= STRONG_PAIR for p in alignment.pairs),
        topic=len(topic),
        demoted=roles.demoted,  # another one acts there
        strangers=strangers(comparison),  # none of the quote's names, but others
        unnamed=bool(comparison.missing_names) and not comparison.shared_names,  # LONE_PAIR
        loose=loose_pairs(alignment, cross),  # .topicmargin
        placed=placed,  # a code or an entry's options printed once in the text (.uniquecode)
        alone=text_units(text, text_language).alone(candidate.passage.span.start, passage_end),
    )
    following = following_sentence(text, candidate.passage.span.end)  # "Far less ..."
    reversal = read_reversal(quote.text, quote.language, passage, text_language, alignment,
                             following)  # fmt: skip
    swap = pronoun_swap(quote.text, quote.language, passage, text_language, alignment)
    if roles.swapped or (align and (reversal or swap) is not None):  # roles exchanged: a flag
        note = next((r.note for r in (reversal, swap) if align and r is not None), "")
        comparison = replace(comparison, flags=(*comparison.flags, ROLES), roles_note=note)
    comparison = persons_differ(comparison, alignment)  # .otherpersons
    comparison = identifier_substituted(comparison, quote, passage, text_language, alignment)
    comparison = fact_flags(comparison, quote.text, quote.language, passage, text_language,
                            alignment)  # fmt: skip
    return Weighing(signals, alignment, anchors, comparison, negated)


def _judged(
    q: PreparedQuote, passage: str, language: str, weighed: Weighing, params: MeaningParams
) -> str | None:
    """The decision rules on a passage (:func:`.verdict.judge`, :mod:`.topicmargin`): None, why."""
    short = q.quoted and bool(q.stems) and q.words < SHORT_WORDS  # a quotation's rule
    missing = missing_words(q.text, passage, language) if q.stems else []
    signals = weighed.signals  # a number or date stated alike counts toward the minimum
    minimum = counted_minimum(params.min_counterparts, weighed.comparison)  # .statedalike
    why = judge(signals, short=short, missing_stems=missing, minimum=minimum, words=q.words)
    return why or topic_match(signals)  # under the topic margin, its topic only (.topicmargin)
