"""German compounds paired with their parts, between a German quote and a German passage.

German writes in one word what a paraphrase says in two ("Stiefelsohlen" / "Sohlen seiner
Stiefel", "Gartentür" / "Tür zum Garten"): the word vectors do not pair a compound with its
head or its first part, so a faithful paraphrase in the text's own language lost two of its
five content words and was rejected as a mere topic. A content word of one side whose stem
opens or closes a longer content word of the other (a part of at least :data:`MIN_PART`
letters, the rest at least :data:`MIN_REST`) is paired with it: both parts of a compound may
pair with it, each once. Only German: English and Russian write such compounds apart.
"""

from __future__ import annotations

from .stems import content_stems
from .wordpairs import Alignment, WordPair, content_positions

MIN_PART = 4
"""The least letters of a stem read as a compound's part ("sohl" of "Stiefelsohlen"):
shorter ones ("tag", "mal") open or close too many unrelated words."""
MIN_REST = 3
"""The least letters the compound has beside the part: a longer inflection is no compound."""
PART = 0.8
"""The similarity a compound's part is given as a counterpart (under a same stem's 1.0)."""


def is_part(part: str, whole: str) -> bool:
    """Whether stem ``part`` opens or closes stem ``whole`` as one of its parts.

    >>> is_part("sohl", "stiefelsohl"), is_part("stiefel", "stiefelsohl"), is_part("mal", "einmal")
    (True, True, False)
    """
    if len(part) < MIN_PART or len(whole) < len(part) + MIN_REST:
        return False
    return whole.startswith(part) or whole.endswith(part)


def with_compounds(
    alignment: Alignment, quote: str, language: str, passage: str, passage_language: str
) -> Alignment:
    """``alignment`` with each German content word of the quote that has no counterpart
    paired with a passage word it is a part of, or that is a part of it (see the module).

    >>> from sourcecheck.matching.wordpairs import WordPair
    >>> vectors = Alignment(3, (WordPair("Stiefel", 18, "Stiefelsohlen", 23, 0.7),))
    >>> a = with_compounds(vectors, "die Sohlen seiner Stiefel", "de",
    ...                    "die Riesengröße seiner Stiefelsohlen", "de")
    >>> [(p.quote, p.passage) for p in a.pairs]
    [('Stiefel', 'Stiefelsohlen'), ('Sohlen', 'Stiefelsohlen')]
    >>> a = with_compounds(Alignment(3, ()), "Sie liefen mehrmals herum", "de",
    ...                    "Mehrere Male liefen sie", "de")
    >>> [(p.quote, p.passage) for p in a.pairs]
    [('mehrmals', 'Mehrere')]
    """
    if language != "de" or passage_language != "de":
        return alignment
    paired = {p.quote_at for p in alignment.pairs}
    words = [(at, w) for at, w in content_positions(quote, language) if at not in paired]
    if not words:
        return alignment
    taken = {p.passage_at for p in alignment.pairs}
    theirs = [
        (at, w, stem[0])
        for at, w in content_positions(passage, passage_language)
        if (stem := content_stems([w], passage_language))
    ]
    added: list[WordPair] = []
    for at, word in words:
        mine = content_stems([word], language)
        if not mine:
            continue
        there = next(
            ((p_at, p_word) for p_at, p_word, stem in theirs
             if is_part(mine[0], stem)  # a compound's part: each of its parts pairs with it
             or (p_at not in taken and is_part(stem, mine[0]))),
            None,
        )  # fmt: skip
        taken.update(() if there is None else (there[0],))
        if there is not None:
            added.append(WordPair(word, at, there[1], there[0], PART))
    return alignment.with_pairs(added) if added else alignment
