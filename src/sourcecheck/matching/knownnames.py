"""A quote's word that the cited text names is a name of the quote (walk115 ch-nam-01).

A quote is read alone (:func:`~.prepared.prepare_quote`, cached per quote), and two kinds of
its names have nothing in it to show them:

- a word opening the quote: "Reuben remembered the dreams ..." opens with a capital that any
  sentence has. A quote naming the wrong person in its first word ("Reuben" where the source
  says "And Joseph remembered") had no name to compare: the word was listed as having no
  counterpart, and the rendering passed unflagged;
- a name a language writes in lower case: Russian writes its parties so ("большевики",
  "меньшевики", "эсеры"), and "В ночь на 7 ноября меньшевики захватили Зимний дворец" of
  "the Bolsheviks seized the Winter Palace" passed unflagged, its true rendering with the
  party listed as no counterpart.

The cited text knows better: it prints "Reuben" and "the Mensheviks" inside its sentences and
never in lower case (:func:`.openers.source_names`, read once per text and stored), and the
passage prints "Bolsheviks". Such a word is a name of the quote when its passage is weighed
(:func:`with_known_names`): an opening word named by the text (same script or another: name
keys, "Троцкий" / "Trotsky"), a lower-case word of a quote in another language than the text
that spells one of the text's or the passage's names. A word the text also prints in lower
case ("Contains", "Users"), a function word, a short word stay common. :mod:`.nameslots` then
flags such a name ``name`` only where the passage names another one in its place.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from functools import lru_cache

from ..normalize import fold
from .anchors import Anchors, name_key, same_name
from .openers import SourceNames, source_names
from .stems import STOPWORDS

KEY_LETTERS = 4
"""A lower-case word is read as a name only when its key has at least this many letters
("мира" / "Mir" are too short to tell a word from a name)."""


def with_known_names(quote: Anchors, text: str, text_language: str, passage: Anchors) -> Anchors:
    """``quote``'s anchors with the words that ``text`` (in ``text_language``) or the
    ``passage`` shows to be names read as names, after the quote's own (see the module).

    >>> from sourcecheck.matching.anchors import read_anchors
    >>> q = read_anchors("Reuben remembered the dreams.", "en")
    >>> text = "Then Reuben answered them. And Joseph remembered the dreams."
    >>> p = read_anchors("And Joseph remembered the dreams.", "en")
    >>> q.names, with_known_names(q, text, "en", p).names
    ((), ('Reuben',))
    >>> with_known_names(q, "Reuben slept. The reuben was eaten.", "en", p).names
    ()
    >>> q = read_anchors("В ту ночь меньшевики ушли со съезда.", "ru")
    >>> text = "That night the Mensheviks walked out. The Bolsheviks stayed."
    >>> with_known_names(q, text, "en", read_anchors("The Bolsheviks stayed.", "en")).names
    ('меньшевики',)
    """
    opening = [w for w in quote.opening if w not in quote.names and len(w) > 1]
    lower = _lower_words(quote) if quote.language != text_language else []
    if not opening and not lower:
        return quote  # most quotes in the text's language: nothing to read in the text
    known = source_names(text, text_language)
    found = [w for w in opening
             if fold(w).lower() not in known.lower and name_key(w) in known.keys]  # fmt: skip
    passage_keys = {name_key(n) for n in passage.names}
    for word in lower:
        key = name_key(word)
        if any(same_name(key, k) for k in passage_keys) or _known_key(key, known):
            found.append(word)
    return replace(quote, names=(*quote.names, *dict.fromkeys(found))) if found else quote


def _lower_words(quote: Anchors) -> list[str]:
    """The quote's lower-case words that may be names: no function word, no short key."""
    stop = STOPWORDS.get(quote.language, frozenset())
    return [
        w for w in dict.fromkeys(quote.words)
        if w[:1].islower() and w.isalpha() and fold(w) not in stop
        and len(name_key(w)) >= KEY_LETTERS
    ]  # fmt: skip


def _known_key(key: str, known: SourceNames) -> bool:
    """Whether ``key`` names one of the text's names (``known``), compared with those that
    begin as it does (a book has thousands)."""
    near = _by_start(known.keys).get(key[:3], ())
    return key in known.keys or any(same_name(key, k) for k in near)


@lru_cache(maxsize=16)
def _by_start(keys: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """A text's name keys by their first three letters (kept for 16 texts)."""
    buckets: defaultdict[str, list[str]] = defaultdict(list)
    for k in keys:
        buckets[k[:3]].append(k)
    return {start: tuple(ks) for start, ks in buckets.items()}
