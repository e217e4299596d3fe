"""Ordinal numbers read as numbers: "second war" / "first war", "the third battle" / "der
dritten Schlacht", and regnal numbers, which name a ruler by a name and an ordinal ("Julius the
Second", "Julius II.", "Карл Восьмой", "Karl VIII.").

A translator writes a regnal number in words or in Roman numerals, as his edition prints it:
"Julius the Second" and "Julius II." are one name and one number, not two names, so the
ordinal of a regnal number is no name (:func:`regnal_numbers`, read by :mod:`.anchors`). Two
ordinals are compared by value: where the alignment pairs an ordinal of the quote with one of
the passage ("second/first", "Seventh/VIII"), or where the same ruler (his name paired, or the
same name) carries a regnal number on both sides, a different value is a changed number
("Charles VIII." / "Charles the Seventh"). An ordinal on one side only ("he first smiled" /
"lächelte") is no difference, as a cardinal number on one side only is none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..facts.identifiers import differing_identifiers
from ..facts.ordinalwords import ordinal_value, regnal_numbers
from ..normalize import fold

if TYPE_CHECKING:
    from .anchors import Anchors
    from .wordpairs import Alignment


def ordinals_differ(quote: Anchors, passage: Anchors, alignment: Alignment | None) -> bool:
    """Whether an ordinal of the quote and its counterpart in the passage differ in value:
    paired by the alignment, or the regnal numbers of one ruler (see the module)."""
    return bool(differing_ordinals(quote, passage, alignment)[0])


def differing_ordinals(
    quote: Anchors, passage: Anchors, alignment: Alignment | None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The quote's and the passage's ordinals (as printed) that differ from their
    counterparts: those the alignment pairs, and the regnal numbers of a ruler both name; and
    the identifiers each prints that the other lacks (versions compared as printed, not by
    value: :func:`~sourcecheck.facts.identifiers.differing_identifiers`)."""
    if alignment is None:
        return (), ()
    ql, pl = quote.language, passage.language
    q_words, p_words = [], []
    for pair in alignment.pairs:
        a, b = ordinal_value(pair.quote, ql), ordinal_value(pair.passage, pl)
        if a is not None and b is not None and a != b:
            q_words.append(pair.quote)
            p_words.append(pair.passage)
    named = {(fold(p.quote), fold(p.passage)) for p in alignment.pairs}
    for _, a, name in _regnal_of(quote):  # one ruler: the same name, or his name paired
        for _, b, other in _regnal_of(passage):
            same = fold(name) == fold(other) or (fold(name), fold(other)) in named
            if same and a != b:
                q_words.append(_printed(quote, name, a))
                p_words.append(_printed(passage, other, b))
    codes = differing_identifiers(quote.words, passage.words)  # "2.4.20" / "2.6.32"
    q_words += codes[0]
    p_words += codes[1]
    return tuple(dict.fromkeys(q_words)), tuple(dict.fromkeys(p_words))


def _regnal_of(anchors: Anchors) -> list[tuple[int, int, str]]:
    return regnal_numbers(list(zip(anchors.words, range(len(anchors.words)), strict=True)),
                          anchors.language)  # fmt: skip


def _printed(anchors: Anchors, name: str, value: int) -> str:
    words = anchors.words
    for i, word in enumerate(words):
        if word == name and i + 1 < len(words):
            after = words[i + 1 : i + 3]
            return next((w for w in after if ordinal_value(w, anchors.language) == value), name)
    return name


def ordinal_changed(quote_words: Sequence[str], source_words: Sequence[str], language: str) -> bool:
    """Whether a changed run of the word matcher sets one ordinal for another ("first" →
    "second"): a changed number."""
    q = sorted(v for w in quote_words if (v := ordinal_value(w, language)) is not None)
    s = sorted(v for w in source_words if (v := ordinal_value(w, language)) is not None)
    return bool(q) and bool(s) and q != s


def same_ordinals(quote: str, source: str, language: str) -> bool:
    """Whether two printings state the same ordinals and nothing else apart: "the Second" /
    "II" (a regnal number in words and in numerals), not "second" / "first".

    >>> same_ordinals("the Second", "II", "en"), same_ordinals("the Seventh", "VIII", "en")
    (True, False)
    """
    q = [v for w in re.findall(r"\w+", quote) if (v := ordinal_value(w, language)) is not None]
    s = [v for w in re.findall(r"\w+", source) if (v := ordinal_value(w, language)) is not None]
    return bool(q) and sorted(q) == sorted(s)
