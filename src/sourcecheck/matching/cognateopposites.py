"""An opposite the dictionary does not know, spelled as the English opposite: "горизонтальное"
for "horizontal" against "vertical".

Opposites across languages are read through a bilingual dictionary (:mod:`.crossantonyms`):
WordNet knows that "vertical" and "horizontal" are opposites, and the dictionary says which
English words a German or Russian word translates into. The small English-Russian dictionary
read backwards knows neither "горизонтальный" nor "вертикальный", so "extra vertical space"
was rendered by "дополнительное горизонтальное пространство" with every word paired (the
vectors pair "vertical" / "горизонтальное" at 0.74) and no flag, at the sibling sentence of
the one that renders it (walkthrough walk111, xc-en-ru-07: aptitude's ColExpand against
RowExpand). Learned words cross languages as one word ("positive" / "позитивный",
"aktiv" / "active": :mod:`.cognates`), their opposites too: a word of the other language
that is the same word as one of WordNet's opposites of the English word says that opposite.
The Russian "г" writes a Latin or Greek "h" ("горизонт", "гипотеза", "гармония"), so the
two are compared with "h" read as "g".
"""

from __future__ import annotations

from functools import lru_cache

from . import wordnet
from .antonyms import antonym_heads
from .cognates import cognate


@lru_cache(maxsize=1 << 12)
def _opposite_lemmas(english: str) -> tuple[str, ...]:
    """The one-word lemmas of WordNet's opposites of ``english`` (its most frequent senses)."""
    found: list[str] = []
    for pos, offset in sorted(antonym_heads(english)):
        s = wordnet.synset(pos, offset)
        found += [lemma for lemma in (s.lemmas if s is not None else ()) if "_" not in lemma]
    return tuple(dict.fromkeys(found))


def cognate_opposite(english: str, word: str, language: str) -> str | None:
    """The English opposite of ``english`` that ``word`` (in ``language``) is the same word
    as, or None.

    >>> cognate_opposite("vertical", "горизонтальное", "ru") if wordnet.available() else (
    ...     "horizontal")
    'horizontal'
    >>> print(cognate_opposite("vertical", "вертикали", "ru"))
    None
    """
    if language == "en" or not wordnet.available():
        return None
    spelled = word.casefold()
    for lemma in _opposite_lemmas(english.casefold()):
        if cognate(lemma, spelled) or (
            language == "ru" and cognate(lemma.replace("h", "g"), spelled)
        ):
            return lemma
    return None
