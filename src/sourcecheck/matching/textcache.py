"""What the meaning stage reads once from a whole text, kept per process for a few texts, and
given by the store when it has it (:mod:`sourcecheck.store.textwords`).

A text's units and their stems (:func:`.vectors.text_units`), the names it prints
(:func:`.openers.source_names`) and the names it may name (:mod:`.missingname`) take a few
seconds together for a 3 MB book: every ``verify`` process used to read them again. A
:class:`TextCache` keeps them for its last few texts, as ``functools.lru_cache`` did, and takes
them from the store (:meth:`TextCache.remember`) as well as from its builder.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class TextCache(Generic[T]):
    """``build(text, language)`` for the last ``size`` texts and languages asked for.

    >>> lengths = TextCache(lambda text, language: len(text), 2)
    >>> lengths("abc", "en"), lengths.remember("abcd", "en", 99), lengths("abcd", "en")
    (3, None, 99)
    """

    def __init__(self, build: Callable[[str, str], T], size: int) -> None:
        self.build, self.size = build, size
        self._kept: OrderedDict[tuple[str, str], T] = OrderedDict()

    def __call__(self, text: str, language: str) -> T:
        key = (text, language)
        found = self._kept.get(key)
        if found is None:
            found = self.build(text, language)
            self.remember(text, language, found)
        else:
            self._kept.move_to_end(key)
        return found

    def remember(self, text: str, language: str, value: T) -> None:
        """Keep ``value`` as what ``text`` read in ``language`` gives (read from the store)."""
        self._kept[(text, language)] = value
        self._kept.move_to_end((text, language))
        while len(self._kept) > self.size:
            self._kept.popitem(last=False)

    def clear(self) -> None:
        """Keep nothing (as ``functools.lru_cache``'s ``cache_clear``)."""
        self._kept.clear()

    def kept(self, text: str, language: str) -> T | None:
        """What is kept for ``text`` in ``language``, if anything (nothing is built)."""
        return self._kept.get((text, language))
