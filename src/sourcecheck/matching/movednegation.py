"""A negation moved within its clause: "that he not die" against the King James Version's
"that he die not", "damit er nicht stirbt" / "damit er stirbt nicht", a negation said after
its verb in one text and before it in the other.

The aligner pairs the words both sides share and leaves the negation without a partner on
each side: the word matcher typed each lone "not" a ``negation`` (one side negates, the
other not), and the true rendering was flagged (walk115 rt-web-kjv-09). When the passage
ends at the verb, the source's "not" even stands just outside it. Here a lone negation
particle of one side answers the same particle of the other side when both stand in one
clause and only the verb they negate (at most :data:`MAX_CROSSED` words, no mark between)
separates their places: the same count of negations, attached to the same verb. Such a
pair is an ``extra`` / ``missing`` word order, no ``negation``.

Not when the words crossed carry a scope of their own: a quantifier ("not all" / "all
... not"), a modal ("cannot say" / "can not-say", "не может" / "может не"), a conjunction or a
complementizer ("did not say that" / "said that ... not"), a number. Not in Russian: its "не"
stands before the word it negates, and the aligner keeps "не знал" together however the
clause's other words move ("я не знал этого" / "я этого не знал": no lone negation); a "не"
before another word negates that word ("не пришёл вчера" / "пришёл не вчера", "не хотел
продать" / "хотел не продать"): a change, still flagged.

And a quote that ends at the verb whose negation the source says right after it, closing the
clause ("so that he dies." against "that he die not.", "damit er stirbt." against "... stirbt
nicht."), leaves that negation out (:func:`cut_negation`): the mirror of a negation opening
the clause before the passage (:mod:`.leadnegation`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..facts.numbers import is_number_word
from ..models import Difference, Span
from ..normalize import Tokens, fold, tokenize
from .align import Alignment, Op

MAX_CROSSED = 2
"""At most this many words stand between a negation's place on one side and on the other."""

_PARTICLES = {
    "en": frozenset({"not", "never"}),
    "de": frozenset({"nicht", "nie", "niemals"}),
}
"""The negation particles that move with word order (a negative pronoun or "kein" does not)."""

_SCOPED = frozenset(
    fold(w)
    for w in (
        "all every each both always only just even also too much many very quite any some "
        "want wanted wants "
        "can could may might must should shall will would need dare ought "
        "and or but that because if when so "
        "alle allen aller alles jeder jede jedes jeden beide immer nur erst auch sehr viel "
        "viele ganz kann können konnte muss müssen musste darf dürfen soll sollen will wollen "
        "und oder aber dass weil wenn ob "
        "все всё весь вся каждый оба всегда только лишь даже тоже очень много может могу "
        "можно должен должна должны нужно надо хочет хотел и или но что чтобы потому если"
    ).split()
)
"""Crossed words whose own scope a moved negation changes: quantifiers, focus and degree
words, modals, conjunctions and complementizers in the three languages."""
_LOOK_AHEAD = 24  # characters read after the passage for the source's particle
_MARK = re.compile(r"[,;:.!?()\[\]—–\"“”„«»]")


def moved_negations(
    diffs: Sequence[Difference],
    quote: str,
    segment: Tokens,
    text: str,
    window: Tokens,
    alignment: Alignment,
    language: str | None,
) -> list[Difference]:
    """``diffs`` with each lone negation particle that the other side says in the same clause
    a word or two away (see the module) typed ``extra`` (``missing``) instead of
    ``negation``; the source's particle just outside the passage counts too."""
    particles = _PARTICLES.get((language or "en")[:2])
    if not particles:
        return list(diffs)
    ops = alignment.ops
    lone_q = {op.q: i for i, op in enumerate(ops) if op.t is None and op.q is not None}
    lone_t = {op.t: i for i, op in enumerate(ops) if op.q is None and op.t is not None}
    out = list(diffs)
    for n, d in enumerate(diffs):
        if d.kind != "negation" or bool(d.quote_span) == bool(d.source_span):
            continue
        if d.quote_span is not None:
            at = _index(segment, d.quote_span)
            i = lone_q.get(at) if at is not None else None
            word, side = segment.words[at] if at is not None else "", "q"
        else:
            assert d.source_span is not None
            at = _index(window, d.source_span)
            i = lone_t.get(at) if at is not None else None
            word, side = window.words[at] if at is not None else "", "t"
        if i is None or word not in particles:
            continue
        sides = (quote, segment, text, window)
        partner = _partner(i, side, word, (lone_q, lone_t), ops, sides)
        if partner is None and side == "q":
            partner = _outside(i, word, ops, sides)
        if partner is None:
            continue
        crossed, gap = partner
        if _crossable(crossed, gap):
            out[n] = replace(d, kind="extra" if side == "q" else "missing")
    return out


def _index(tokens: Tokens, span: Span) -> int | None:
    """The token of ``tokens`` that ``span`` covers exactly (a one-word run), else None."""
    for k, (a, b) in enumerate(zip(tokens.starts, tokens.ends, strict=True)):
        if a == span.start:
            return k if b == span.end else None
    return None


def _partner(
    i: int,
    side: str,
    word: str,
    lone: tuple[dict[int, int], dict[int, int]],
    ops: Sequence[Op],
    sides: tuple[str, Tokens, str, Tokens],
) -> tuple[list[str], str] | None:
    """The words crossed between the lone particle at step ``i`` and the other side's lone
    same particle within :data:`MAX_CROSSED` aligned steps, with the text of both sides
    between them; None without such a partner."""
    quote, segment, text, window = sides
    others = lone[1] if side == "q" else lone[0]
    tokens = window if side == "q" else segment
    for j in sorted(others.values(), key=lambda j: abs(j - i)):
        if abs(j - i) > MAX_CROSSED + 1:
            break
        k = ops[j].t if side == "q" else ops[j].q
        if k is None or tokens.words[k] != word:
            continue
        lo, hi = min(i, j), max(i, j)
        between = ops[lo + 1 : hi]
        if any(b.q is None or b.t is None for b in between):
            continue
        q_at = [op.q for op in ops[lo : hi + 1] if op.q is not None]
        t_at = [op.t for op in ops[lo : hi + 1] if op.t is not None]
        gap = quote[segment.starts[q_at[0]] : segment.ends[q_at[-1]]]
        gap += " " + text[window.starts[t_at[0]] : window.ends[t_at[-1]]]
        return [segment.words[b.q] for b in between if b.q is not None], gap
    return None


def _outside(
    i: int, word: str, ops: Sequence[Op], sides: tuple[str, Tokens, str, Tokens]
) -> tuple[list[str], str] | None:
    """The words crossed when the source's same particle stands right after the passage
    ("that he not die" / "that he die not."), the quote's particle among its last aligned
    words; None otherwise."""
    quote, segment, text, window = sides
    after = ops[i + 1 :]
    if not 0 < len(after) <= MAX_CROSSED or any(b.q is None or b.t is None for b in after):
        return None
    last, q_last = after[-1].t, after[-1].q
    if last is None or q_last is None:
        return None
    end = window.ends[last]
    following = tokenize(text, end, min(len(text), end + _LOOK_AHEAD))
    if not following.words or following.words[0] != word:
        return None
    q_first = ops[i].q
    assert q_first is not None
    gap = quote[segment.starts[q_first] : segment.ends[q_last]]
    gap += " " + text[window.starts[after[0].t or last] : following.starts[0]]
    return [segment.words[b.q] for b in after if b.q is not None], gap


def _crossable(words: list[str], gap: str) -> bool:
    """Whether a negation may move over ``words`` without changing what it negates."""
    if not words or _MARK.search(gap):
        return False
    return not any(w in _SCOPED or is_number_word(w) for w in words)


_CLOSES = re.compile(r"\s*(?:[.,;:!?]|$)")


def cut_negation(
    segment: Tokens, text: str, window: Tokens, alignment: Alignment, language: str | None
) -> Difference | None:
    """A ``negation`` difference for the source's particle that closes the clause right after
    the passage where the quote's last word ends it (see the module); None otherwise (none
    in Russian, whose "не" stands before its verb)."""
    particles = _PARTICLES.get((language or "en")[:2])
    ops = alignment.ops
    if not particles or not ops or not len(segment):
        return None
    last = ops[-1]
    if last.q != len(segment) - 1 or last.t is None or last.t != alignment.last:
        return None
    end = window.ends[last.t]
    following = tokenize(text, end, min(len(text), end + _LOOK_AHEAD))
    if not following.words or following.words[0] not in particles:
        return None
    a, b = following.starts[0], following.ends[0]
    if text[end:a].strip() or not _CLOSES.match(text, b):
        return None
    if any(w in particles for w in segment.words[-MAX_CROSSED - 1 :]):
        return None  # the quote says its own negation there (a moved one, read above)
    return Difference("negation", "", text[a:b], source_span=Span(a, b))
