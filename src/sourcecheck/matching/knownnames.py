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
keys, "Троцкий" / "Trotsky"), a lower-case Cyrillic word of a Russian quote of a text in
another language whose key is one of the text's or the passage's name keys, whole (a plural's
"s" aside: a key near another, "системе" / "SystemV", is no evidence). A word the text also
prints in lower case ("Contains", "Users"), a function word, a short word stay common.
:mod:`.nameslots` then flags such a name ``name`` only where the passage names another one in
its place.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..normalize import WORD_RE, fold
from . import bilingual
from .anchors import AnchorComparison, Anchors, compare_anchors, name_key
from .frames import reported_content
from .openers import source_names
from .stems import STOPWORDS
from .wordpairs import Alignment

NAME = "name"

KEY_LETTERS = 6
"""A lower-case word is read as a name only when its key has at least this many letters
("войны" / a "Voin..." of the text are too short to tell a word from a name)."""
_CYRILLIC = re.compile(r"[\u0400-\u04ff]+")


def compared_with_known_names(
    quote_text: str, quote: Anchors, text: str, text_language: str, passage: Anchors,
    alignment: Alignment,
) -> AnchorComparison:  # fmt: skip
    """The anchors of ``quote`` (of ``quote_text``) compared with the ``passage``'s
    (:func:`~.anchors.compare_anchors`), and again with the names the text shows
    (:func:`with_known_names`) when the first comparison flags no name: an opening word that
    is no name to the quote alone keeps what :mod:`.openers` makes of it ("Sverdlov" paired
    with "Урицкий" is another person there, where a name paired with a word is rendered). A
    reporting frame's speaker ("Czernin recalled that ...") is compared by :mod:`.framenames`,
    at the passage and beside it, not here: the passage of one's own memoir does not name him.
    """
    comparison = compare_anchors(quote, passage, alignment=alignment)
    if NAME in comparison.flags or not (_openers(quote) or _lower(quote, text_language)):
        return comparison  # most quotes: nothing the text could show to be a name
    frame = _frame_words(quote_text, quote.language)
    read = with_known_names(quote, text, text_language, passage, frame=frame)
    return comparison if read is quote else compare_anchors(read, passage, alignment=alignment)


@lru_cache(maxsize=1024)
def _frame_words(quote: str, language: str) -> frozenset[str]:
    """The words of ``quote``'s reporting frame ("Czernin recalled that"), none without one."""
    framed = reported_content(quote, language)
    return frozenset(WORD_RE.findall(framed[1])) if framed is not None else frozenset()


def _openers(quote: Anchors, frame: frozenset[str] = frozenset()) -> list[str]:
    """The quote's opening words that are no name to it alone (nor its frame's words)."""
    return [w for w in quote.opening if w not in quote.names and w not in frame and len(w) > 1]


def _lower(quote: Anchors, text_language: str) -> list[str]:
    """A Russian quote's lower-case words that may be names, read against a text in another
    language (:func:`_lower_words`)."""
    return _lower_words(quote) if quote.language == "ru" and text_language != "ru" else []


def with_known_names(
    quote: Anchors, text: str, text_language: str, passage: Anchors,
    *, frame: frozenset[str] = frozenset(),
) -> Anchors:  # fmt: skip
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
    opening, lower = _openers(quote, frame), _lower(quote, text_language)
    if not opening and not lower:
        return quote  # most quotes: nothing to read in the text
    known = source_names(text, text_language)
    found = [w for w in opening
             if fold(w).lower() not in known.lower and name_key(w) in known.keys]  # fmt: skip
    if lower:
        names = _singular(frozenset(name_key(n) for n in passage.names)) | _singular(known.keys)
        found += [w for w in lower if name_key(w) in names and not _cognate(w, known.lower)]
    return replace(quote, names=(*quote.names, *dict.fromkeys(found))) if found else quote


def _lower_words(quote: Anchors) -> list[str]:
    """The Russian quote's lower-case words in Cyrillic that may be names: no function word,
    no short key."""
    stop = STOPWORDS.get(quote.language, frozenset())
    return [
        w for w in dict.fromkeys(quote.words)
        if w[:1].islower() and _CYRILLIC.fullmatch(w) and fold(w) not in stop
        and len(name_key(w)) >= KEY_LETTERS
    ]  # fmt: skip


def _cognate(word: str, lower: frozenset[str]) -> bool:
    """Whether the dictionary renders the Russian ``word`` by a word of its key that the text
    prints in lower case (``lower``): "системы" / "system", a common word however the
    passage capitalises it ("the Continental System"); "меньшевики" has no such rendering, and
    "большевики" / "bolshevik" is one no English text prints in lower case."""
    key = name_key(word)
    return any(fold(w).lower() in lower and name_key(w) == key
               for w in bilingual.translated_words(word, "ru", "en"))  # fmt: skip


@lru_cache(maxsize=64)
def _singular(keys: frozenset[str]) -> frozenset[str]:
    """Name keys and, for a plural in "s", the singular's: "mensheviks" is "menshevik", as
    a Russian plural's key ("меньшевики") is. Matched whole: a key that only begins another
    or is near it ("системе" / "SystemV") names no one (kept for 64 sets: the texts' and
    the passages')."""
    return keys | {k[:-1] for k in keys if k.endswith("s") and len(k) > KEY_LETTERS}
