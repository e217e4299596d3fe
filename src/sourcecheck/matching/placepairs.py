"""The older English "without" and "within" of place as counterparts of the meaning stage.

:mod:`.outside` reads "without the gate" and "standest thou without?" as "outside" (and
"within" as "inside") for the flags, but the counterparts were paired on the printed words,
where "without" is a function word: against "The guard stood without the gate", a claim's
"outside" was shown with "no counterpart" (fresh109), as if the passage did not say it.
:func:`with_place_words` pairs a claim's word without a counterpart with the passage's
"without" or "within" of place, read as "outside" or "inside": the same word in English, or
in another language a word as near to it as the alignment's counterparts are ("draußen",
"außerhalb", "снаружи"). A "without" of lack ("without the consent") is read as printed and
pairs with nothing.
"""

from __future__ import annotations

import re

from ..normalize import fold
from .embed import Embedder
from .outside import place_reading
from .persons import PAIRED
from .wordpairs import Alignment, WordPair, content_positions, word_vectors

_READ = re.compile(r"\b(?:outside|inside)\b", re.IGNORECASE)
_OLD = frozenset({"without", "within"})


def place_words(passage: str, language: str) -> list[tuple[int, str, str]]:
    """(offset, the word as printed, as read) of each "without" / "within" of place in an
    English ``passage`` (:func:`.outside.place_reading`), none in another language.

    >>> place_words("The guard stood without the gate, without the consent of the king.", "en")
    [(16, 'without', 'outside')]
    """
    if language != "en":
        return []
    reading = place_reading(passage, "en")
    if reading == passage:
        return []
    return [
        (m.start(), passage[m.start() : m.end()], m.group().casefold())
        for m in _READ.finditer(reading)
        if fold(passage[m.start() : m.end()]) in _OLD
    ]


def with_place_words(
    alignment: Alignment,
    quote: str,
    language: str,
    passage: str,
    passage_language: str,
    *,
    embedder: Embedder,
    minimum: float,
) -> Alignment:
    """``alignment`` with each content word of the quote that has no counterpart paired with
    the passage's first free "without" / "within" of place that says it (see the module):
    "outside" itself in English, else a word at least ``minimum`` (0-1) near to "outside" /
    "inside" as word vectors go.

    >>> a = with_place_words(Alignment(2, ()), "The guard stood outside", "en",
    ...                      "The guard stood without the gate", "en", embedder=None,
    ...                      minimum=0.6)  # type: ignore[arg-type]
    >>> [(p.quote, p.passage) for p in a.pairs]
    [('outside', 'without')]
    """
    places = place_words(passage, passage_language)
    if not places:
        return alignment
    paired = {p.quote_at for p in alignment.pairs}
    taken = {p.passage_at for p in alignment.pairs}
    added: list[WordPair] = []
    for at, word in content_positions(quote, language):
        if at in paired:
            continue
        for p_at, printed, read in places:
            if p_at not in taken and _says(word, language, read, embedder, minimum):
                taken.add(p_at)
                added.append(WordPair(word, at, printed, p_at, PAIRED))
                break
    return alignment.with_pairs(added) if added else alignment


def _says(word: str, language: str, read: str, embedder: Embedder, minimum: float) -> bool:
    """Whether a quote's ``word`` says ``read`` ("outside" / "inside")."""
    if language == "en":
        return fold(word) == read
    vectors = word_vectors([word.lower(), read], embedder)
    return float(vectors[0] @ vectors[1]) >= minimum
