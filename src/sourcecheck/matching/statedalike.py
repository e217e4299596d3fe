"""A number or a date both sides state alike: evidence toward a short rendering's minimum.

A rendering in the quote's own language needs a counterpart for at least
:attr:`~.meaning_params.MeaningParams.min_counterparts` of the quote's content words (two
shared words are no evidence, whatever the sentence vectors say). A short sentence rendered
freely can fall one short while it states the quote's year: "Since it was founded in 1993,
Debian has had a good number of project leaders." and "Debian has had several leaders since
its beginnings in 1993." pair "Debian" and "leaders" ("founded" / "beginnings", "a good
number" / "several" are no word pairs), 2 of the 3 needed, at similarity 0.83 and +0.25
above the text's other passages (walk114 rt-de-en-03). The year is no content word, but a
figure or a date that both state alike is as much evidence as a shared word, and more than a
common one: it counts toward the minimum, once. A passage stating another number or date is
flagged, not helped; one stating none is not helped either.
"""

from __future__ import annotations

from .anchors import AnchorComparison


def counted_minimum(minimum: int, comparison: AnchorComparison) -> int:
    """The content words that must have a counterpart: ``minimum``, less one when the
    passage states the quote's number or date alike.

    >>> from dataclasses import replace
    >>> agree = AnchorComparison((), (), (), numbers_agree=True, dates_agree=None, flags=())
    >>> counted_minimum(3, agree), counted_minimum(3, replace(agree, numbers_agree=False))
    (2, 3)
    """
    alike = comparison.numbers_agree is True or comparison.dates_agree is True
    return max(0, minimum - 1) if alike else minimum
