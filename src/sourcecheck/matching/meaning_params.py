"""The limits of the meaning stage (:mod:`.meaning`): plain values, apart from the stage so
that the stage's module stays under the style guide's size (the decision rule's constants are
in :mod:`.verdict`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class MeaningParams:
    """Limits of the meaning stage (the decision rule's constants are in :mod:`.verdict`)."""

    candidates: int = 6
    """Windows taken per way of finding them (vectors, stems, anchors)."""
    embed_windows: int = 3
    """Windows embedded whole per quote (the best by their summed unit vectors; a window of
    one unit has its stored vector)."""
    refine: int = 1
    """Of those, the best long ones searched for clause runs as long as the quote (4 windows
    and 2 searched found the same passages on the labelled set, at twice the words embedded)."""
    longer: float = 2.5
    """...those more than this many times the quote's words (plus 4)."""
    word_min: float = 60.0
    """Two words at least this similar (0-100, word vectors) render each other."""
    clause_runs: int = 4
    """Runs of long units' clauses taken per quote, nearest by their summed stored vectors..."""
    embed_runs: int = 2
    """...of which those of several clauses are embedded whole, at most this many."""
    near_units: int = 3
    """Units nearest by their stored vectors, taken beside the windows (nothing to embed)."""
    rerank: int = 3
    """Passages (of different windows) weighed for the decision, at most."""
    rerank_gap: float = 8.0
    """...those whose similarity is within this (0-100) of the best."""
    whole_text_chars: int = 4_000_000
    """A text up to this size gets sentence vectors when none are given (built once per
    process); a larger one is searched by stems and anchors only. (``verify`` never builds
    them here: it stores them, see :mod:`sourcecheck.store.vectors`.)"""
    min_counterparts: int = 3
    """A rendering in the quote's own language has a counterpart for at least this many of its
    content words: word salad sharing two words with a passage came out reworded (across
    languages it cost 10 of 192 true renderings on the labelled set, so it is not asked)."""
    texts: int = 3
    """``verify``: of a source's texts searched whole, at most this many nearest a claim by
    sentence vectors, as many by content stems or anchors (texts without vectors), and the
    one where the word search scored best are searched (see :mod:`sourcecheck.rewording`);
    the others are only ranked, so a claim costs the same whatever the number of texts."""
    scan_chars: int = 4_000_000
    """``verify``: a source's texts without vectors are searched whole, by stems and anchors,
    when together at most this many characters (building their units costs about 0.5 s a
    MB, once per run); beyond, only around the places the word search found (see
    :mod:`sourcecheck.rewording`)."""
    excerpt_chars: int = 1_500
    """...that many characters on either side of each such place."""

    def as_dict(self) -> dict[str, float | int]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}
