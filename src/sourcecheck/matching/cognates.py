"""Words two languages share, written in each one's way: counterparts a word vector misses.

Political and learned vocabulary crosses languages as one word: "revolution" / "Revolution" /
"революция", "delegation" / "Delegierte" / "делегация", "proletariat" / "пролетариат",
"telegram" / "телеграмма". A single-word vector often places them less near than a common
word and its translation: "proletariat" / "пролетариат" is 0.69, under the strong-pair level
of the decision rule (:data:`.verdict.STRONG_PAIR`), and an inflected form may not be the
other's nearest neighbour at all. So "To sign such a peace would mean betraying the German
proletariat." was rejected at «Подписать такой мир значит предать германский пролетариат» as
sharing only words paired by chance. Across languages, a quote word and a passage word whose
spelling-neutral keys (:func:`.anchors.name_key`: transliterated, case endings off) open with
the same :data:`PREFIX` letters or more (and most of the shorter one) are the same word: such
a pair is made when neither has a counterpart, and a weaker pair of them is given
:data:`PAIRED` (:func:`with_cognates`).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from .anchors import name_key
from .wordpairs import Alignment, WordPair, content_positions

PREFIX = 6
"""Letters the two keys must share from their start ("revolu", "delega", "telegr"): with five,
"become" / "bekommen" and "later" / "Laterne" (keys "bekom", "later") were cognates..."""
SHARE = 0.75
"""...and at least this share of the shorter key ("generalstab" is not "generation")."""
PAIRED = 0.9
"""The similarity a cognate pair is given (the same word, not a vector's guess)."""


def cognate(a: str, b: str) -> bool:
    """Whether two words of different languages are the same word in each one's spelling.

    >>> cognate("proletariat", "пролетариата"), cognate("revolution", "революции")
    (True, True)
    >>> cognate("Delegation", "делегация"), cognate("become", "bekommen")
    (True, False)
    >>> cognate("German", "germanisch"), cognate("later", "Laterne"), cognate("army", "Armee")
    (True, False, False)
    """
    ka, kb = name_key(a), name_key(b)
    shorter = min(len(ka), len(kb))
    if shorter < PREFIX:
        return False
    common = next((i for i, (x, y) in enumerate(zip(ka, kb, strict=False)) if x != y), shorter)
    return common >= PREFIX and common >= SHARE * shorter


def with_cognates(
    alignment: Alignment,
    quote: str,
    language: str,
    passage: str,
    passage_language: str,
    names: Collection[str] = (),
) -> Alignment:
    """``alignment`` with the quote's content words that have a cognate among the passage's
    content words paired with it (:func:`cognate`; across languages only): a word without a
    counterpart with a cognate that has none, and a pair under :data:`PAIRED` that is one
    raised to it. ``names``: the names of either side, left out: names are compared as
    names (:mod:`.anchors`), and one shared is the text's topic, not a rendering of the quote
    ("Petersburg" in "Trotsky said that Petersburg would never give the Ukraine to the
    Germans." and in "eher fahre ich nach Petersburg zurück", rief Trotzki: speech-20).

    >>> a = with_cognates(Alignment(2, ()), "the revolution won", "en",
    ...                   "революция победила", "ru")
    >>> [(p.quote, p.passage, p.similarity) for p in a.pairs]
    [('revolution', 'революция', 0.9)]
    """
    if language == passage_language:
        return alignment
    named = {name_key(n) for n in names}
    theirs = [(at, w) for at, w in content_positions(passage, passage_language)
              if name_key(w) not in named]  # fmt: skip
    pairs = [
        replace(p, similarity=PAIRED)
        if p.similarity < PAIRED and name_key(p.quote) not in named and cognate(p.quote, p.passage)
        else p
        for p in alignment.pairs
    ]
    taken = {p.passage_at for p in pairs}
    paired = {p.quote_at for p in pairs}
    added = []
    for at, word in content_positions(quote, language):
        if at in paired or name_key(word) in named:
            continue
        found = next(((p_at, w) for p_at, w in theirs if p_at not in taken and cognate(word, w)),
                     None)  # fmt: skip
        if found is not None:
            taken.add(found[0])
            added.append(WordPair(word, at, found[1], found[0], PAIRED))
    if not added and pairs == list(alignment.pairs):
        return alignment
    return alignment.with_pairs(added, pairs)
