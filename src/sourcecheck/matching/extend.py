"""A quote of several sentences whose passage renders only some of them.

The candidate passages are windows of the text's units, and the nearest by sentence vectors
is often the one sentence that renders the quote's first: "Stalin remarked that there was no
revolutionary movement in the West, only a possibility. Zinoviev did not agree with him."
was ``reworded`` at "Сталин заметил, что ... есть только возможность." alone, so the second
sentence, where the meaning was changed ("Зиновьев с ним согласился."), was never compared.

A sentence of the quote with a counterpart in the passage for none of its content words, or
for one of many (:data:`COVERED_SHARE`), is *uncovered*. The passage is then extended by the text's
next units (or the previous ones, for uncovered sentences before the covered ones), as many
as the quote has uncovered sentences there, and the extension is weighed: when it gives the
uncovered sentences counterparts, it is the passage (its anchors and negations are then
compared too). Else the passage renders only part of the quote: when its uncovered sentences
hold enough of its content words (:data:`UNCOVERED_WORDS`, :data:`UNCOVERED_SHARE`) they
reject it (the quote says more than the source says there), and the reason names them;
fewer are named in the ``reworded`` reason as a CHECK.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..models import Span, excerpt
from ..texts.sentences import sentence_spans
from .anchors import name_key, same_name
from .candidates import common_stem
from .evidence import Weighing
from .passages import Passage
from .stems import content_stems
from .vectors import TextUnits, raw_words
from .verdict import CLEAR_SCORE
from .wordpairs import content_positions

COVERED_SHARE = 0.25
"""A sentence of the quote is uncovered when none of its content words has a counterpart in
the passage, or one only and that is under this share of them: "Afterwards the members went
to the theatre together and applauded the new opera until midnight." has one, "members", in
"Присутствовали шестнадцать членов комитета." (m23-multi-6). Two are enough: across
languages a true rendering of a long sentence pairs few of its words now and then (3 of 14,
kafka-en-46, was rejected when a quarter was asked of every sentence)."""
UNCOVERED_WORDS = 3
"""Content words from which the quote's sentences without any counterpart in the passage
reject it (a shorter one, "He agreed.", may be rendered by a word the pairing misses)..."""
UNCOVERED_SHARE = 1 / 3
"""...when they are more than this share of the quote's content words: across languages a
short first sentence goes unpaired now and then at its true passage ("Неужели будильник не
звонил?" at "Sollte der Wecker nicht geläutet haben?", neg-4: 3 of 10). A reworded passage
says which of the quote's sentences have no counterpart found there (a CHECK in its reason)."""


@dataclass(frozen=True, slots=True)
class Uncovered:
    """The quote's sentences (spans into it) without a counterpart in a passage, those before
    the first covered one and those after the last, and their content words."""

    before: tuple[Span, ...]
    after: tuple[Span, ...]
    words: tuple[int, ...]  # content words of each, before then after

    @property
    def sentences(self) -> tuple[Span, ...]:
        return self.before + self.after


def uncovered(quote: str, language: str, weighed: Weighing) -> Uncovered:
    """The quote's sentences with content words but no counterpart in the weighed passage."""
    spans = [Span(s, e) for s, e in sentence_spans(quote)]
    if len(spans) < 2:
        return Uncovered((), (), ())
    paired = {p.quote_at for p in weighed.alignment.pairs}
    content = [at for at, _ in content_positions(quote, language)]
    words = [sum(s.start <= at < s.end for at in content) for s in spans]
    found = [sum(s.start <= at < s.end for at in paired) for s in spans]
    covered = [
        n > 1 or (n == 1 and n >= COVERED_SHARE * w) for n, w in zip(found, words, strict=True)
    ]
    if not any(covered):
        return Uncovered((), (), ())
    first, last = covered.index(True), len(covered) - 1 - covered[::-1].index(True)
    before = [i for i in range(first) if words[i]]
    after = [i for i in range(last + 1, len(spans)) if words[i]]
    return Uncovered(
        tuple(spans[i] for i in before),
        tuple(spans[i] for i in after),
        tuple(words[i] for i in before + after),
    )


def extended(units: TextUnits, span: Span, before: int, after: int) -> Span | None:
    """``span`` widened by ``before`` whole units before it and ``after`` after it (None when
    the text has no such units)."""
    starts, ends = units.spans[:, 0], units.spans[:, 1]
    start, end = span.start, span.end
    if after:
        nxt = int(np.searchsorted(starts, span.end))  # the first unit starting at or after
        if nxt + after - 1 >= len(starts):
            return None
        end = int(ends[nxt + after - 1])
    if before:
        prev = int(np.searchsorted(ends, span.start, side="right")) - 1  # last ending before
        if prev - before + 1 < 0:
            return None
        start = int(starts[prev - before + 1])
    return Span(start, end)


def extend_passage(
    quote: str,
    language: str,
    units: TextUnits,
    passage: Passage,
    weighed: Weighing,
    *,
    similarity: Callable[[Span], float],
    weigh: Callable[[Passage], Weighing],
    text: str | None = None,
) -> tuple[Passage, Weighing, Uncovered]:
    """The passage, widened over the text's next (or previous) units when they render the
    quote's uncovered sentences; with what stays uncovered. ``similarity``: a span's cosine
    with the quote; ``weigh``: a passage's signals (its margin moved by its similarity).
    ``text``: the text of ``units``; given, a passage rendering the whole quote but for a
    name is also tried with the sentences before it that name it (:func:`named_before`)."""
    missing = uncovered(quote, language, weighed)
    if not missing.sentences:
        if text is None:
            return passage, weighed, missing
        wider, wider_weighed = named_before(
            text, units, (passage, weighed), similarity=similarity, weigh=weigh
        )
        return wider, wider_weighed, uncovered(quote, language, wider_weighed)
    span = extended(units, passage.span, len(missing.before), len(missing.after))
    if span is None:
        return passage, weighed, missing
    wider = Passage(span, similarity(span), passage.window, clause=False)
    wider_weighed = weigh(wider)
    still = uncovered(quote, language, wider_weighed)
    if len(still.sentences) < len(missing.sentences):
        return wider, wider_weighed, still
    return passage, weighed, missing


def uncovered_reason(quote: str, missing: Uncovered, content_words: int) -> str | None:
    """Why a passage rendering only part of the quote is rejected: None unless its sentences
    without a counterpart hold :data:`UNCOVERED_WORDS` content words or more and more than
    :data:`UNCOVERED_SHARE` of the quote's ``content_words``."""
    words = sum(missing.words)
    if not missing.sentences or words < UNCOVERED_WORDS or words <= UNCOVERED_SHARE * content_words:
        return None
    return (
        f"renders only part of the quote: nothing there or in the sentences next to it "
        f"answers {_listed(quote, missing)} ({words} of its {content_words} content words)"
    )


def uncovered_note(quote: str, missing: Uncovered) -> str | None:
    """What a ``reworded`` reason says of the quote's sentences without a counterpart."""
    if not missing.sentences:
        return None
    return f"CHECK: no counterpart found there or next to it for {_listed(quote, missing)}"


def _listed(quote: str, missing: Uncovered) -> str:
    return ", ".join(f"“{excerpt(quote, 120, s.start, s.end)}”" for s in missing.sentences)


NAMED_BEFORE = 2
"""Units before a passage looked at for a name of the quote that the passage lacks."""


def named_before(
    text: str, units: TextUnits, found: tuple[Passage, Weighing], *,
    similarity: Callable[[Span], float], weigh: Callable[[Passage], Weighing],
) -> tuple[Passage, Weighing]:  # fmt: skip
    """The passage with the units before it up to the nearest of :data:`NAMED_BEFORE` that
    names a person the quote names and the passage does not, when that weighs better. A
    text names someone once and goes on with "she"; a paraphrase names her in the sentence
    that tells what she did: "Madame Bizenko ... had assassinated General Sakharov" renders
    "Twelve years ago she murdered General Sacharow", two sentences after "The third delegate
    is Madame Bizenko" (bench/RESULTS.md). Not for a name common in the text (its hero,
    :func:`~.candidates.common_stem`), and not when a difference found at the passage (a
    flag: who did what to whom, read on one sentence) would be lost in the wider one."""
    passage, weighed = found
    names = [  # the text's hero is named everywhere: a unit naming him shows nothing
        name_key(n)
        for n in weighed.comparison.missing_names
        if not any(common_stem(units, s) for s in content_stems([n], units.language))
    ]
    if not names:
        return passage, weighed
    before = int(np.searchsorted(units.spans[:, 1], passage.span.start, side="right")) - 1
    for k in range(1, NAMED_BEFORE + 1):
        if before - k + 1 < 0:
            break
        s, e = (int(x) for x in units.spans[before - k + 1])
        keys = {name_key(w) for w in raw_words(text[s:e]) if w[:1].isupper() and len(w) > 2}
        if not any(same_name(n, k2) for n in names for k2 in keys):
            continue
        span = extended(units, passage.span, k, 0)
        if span is None:
            break
        wider = Passage(span, similarity(span), passage.window, clause=False)
        wider_weighed = weigh(wider)
        fewer = len(wider_weighed.comparison.missing_names) < len(weighed.comparison.missing_names)
        kept = set(weighed.comparison.flags) <= set(wider_weighed.comparison.flags)
        # the start of the passage's own sentence (a long one is cut into units: "Pursued by
        # the French army ... of Bonaparte, ..., the Russian army ... was retreating") need
        # only stand out clearly still, being longer than the quote; sentences before it
        # must weigh better
        own = k == 1 and not _SENTENCE_END.search(text[s:e])
        floor = min(weighed.signals.score, CLEAR_SCORE) if own else weighed.signals.score
        if fewer and kept and wider_weighed.signals.score > floor:
            return wider, wider_weighed
        break
    return passage, weighed


_SENTENCE_END = re.compile(r"[.!?…][\"”’»)\]]*\s*$")
