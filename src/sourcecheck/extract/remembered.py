"""The memory of a claims file: the claims ``extract`` proposed into it, remembered by their
words, so that a claim a person removed in review is not proposed again by the next merge,
even after an edit of the text moved it.

Each entry of the file's ``proposed:`` list (a :class:`~sourcecheck.models.Proposal`) keeps
the claim's place (``start-end``), a digest of its words (the quote, normalised) and a digest
of the words around it. While the text is the one the file was made from, a proposal at a
remembered place is the removed claim (as before words were remembered). Once the text was
edited, places no longer hold: a proposal is the removed claim when its words are the
remembered ones, and, when several proposals have those words (a "Yes." said twice), when
the words around it are the remembered ones too. An entry written before words were
remembered (``start-end`` alone) is taken only at exactly its place.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from ..models import Claim, Proposal, Span
from ..normalize import normalize
from .edited import claim_span

CONTEXT_WORDS = 4
"""Words on each side of a quotation that tell apart two proposals with the same words."""
_REACH = 200  # characters read on each side for those words

OVERLAP_MIN = 0.5
"""A proposal overlapping an existing claim by this share of the shorter span is that claim."""


def overlaps(a: Span | None, b: Span | None) -> bool:
    """Whether both spans are given and overlap by OVERLAP_MIN of the shorter one."""
    if a is None or b is None:
        return False
    overlap = min(a.end, b.end) - max(a.start, b.start)
    return overlap > 0 and overlap >= OVERLAP_MIN * min(len(a), len(b))


def proposal(claim: Claim, text: str) -> Proposal | None:
    """How the file remembers ``claim`` (its offsets into ``text``), if it has offsets."""
    span = claim_span(claim)
    if span is None:
        return None
    return Proposal(span, _digest(normalize(claim.quote), 4), _digest(_context(text, span), 2))


def _context(text: str, span: Span) -> str:
    """The last words before ``span`` and the first words after it, normalised."""
    before = normalize(text[max(0, span.start - _REACH) : span.start]).split()
    after = normalize(text[span.end : span.end + _REACH]).split()
    return " ".join([*before[-CONTEXT_WORDS:], "|", *after[:CONTEXT_WORDS]])


def _digest(words: str, size: int) -> str:
    return hashlib.blake2s(words.encode("utf-8"), digest_size=size).hexdigest()


def removed_again(
    proposals: list[Claim], memory: list[Proposal], text: str, *, edited: bool
) -> tuple[list[Claim], list[Proposal]]:
    """The ``proposals`` (new to the file) that the file's ``memory`` says a person removed,
    and the memory entries to keep for them: after an edit, each at its new place; else the
    memory as it was, an entry without words given them."""
    fresh = [proposal(c, text) for c in proposals]
    same_words = Counter(p.words for p in fresh if p is not None)
    removed: list[Claim] = []
    kept: dict[Proposal, Proposal] = {}  # a memory entry -> the entry to write for it
    for claim, new in zip(proposals, fresh, strict=True):
        if new is None:
            continue
        for old in memory:
            if _is_removed(new, old, edited=edited, alone=same_words[new.words] == 1):
                removed.append(claim)
                kept[old] = new
                break
    if edited:
        return removed, list(kept.values())
    return removed, [kept.get(old, old) for old in memory]


def _is_removed(new: Proposal, old: Proposal, *, edited: bool, alone: bool) -> bool:
    """Whether the proposal ``new`` is the claim the memory entry ``old`` remembers."""
    if not edited:
        return overlaps(new.span, old.span)
    if old.words is None:
        return new.span == old.span  # no words remembered: only exactly that place
    if new.words != old.words:
        return False
    return alone or new.context == old.context
