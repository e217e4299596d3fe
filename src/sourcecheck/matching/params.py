"""The thresholds and limits of the word matcher: plain values, imported without the matcher
(numpy, rapidfuzz, the text indexes), since the command line shows their defaults in --help."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError


@dataclass(frozen=True, slots=True)
class MatchParams:
    """Thresholds and limits of matching. Scores are on a 0-100 scale."""

    close_min: float = 80.0
    """Lowest score of a ``close`` match (and of a segment that counts as found)."""
    partial_min: float = 60.0
    """Lowest score of a ``partial`` match; below it the quote is ``not_found``."""
    max_gap_words: int = 300
    """Elided segments must follow each other within this many words."""
    hidden_negation_words: int = 6
    """An elided stretch this short that holds a negation is reported as a negation."""
    min_partial_words: int = 4
    """A partial match needs at least this many quote words found unchanged: a short quote
    is either found or not, never "partly" matched by a lookalike."""
    ambiguity_margin: float = 1.0
    """Two places whose scores differ by at most this much are equally good."""
    candidates: int = 3
    """Candidate windows aligned per quote and text."""
    whole_text_words: int = 20_000
    """Texts this short are searched whole when the index finds no candidate."""

    def __post_init__(self) -> None:
        if not 0 <= self.partial_min <= self.close_min <= 100:
            raise InputError(
                "thresholds must satisfy 0 <= partial_min <= close_min <= 100 "
                f"(partial_min={self.partial_min:g}, close_min={self.close_min:g})"
            )

    def as_dict(self) -> dict[str, float | int]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}
