"""The older English "without" of place, read as "outside" (walk108, task archaic109).

Before the 19th century "without" was also the contrary of "within": "wherefore standest thou
without?" (why do you stand outside?), "without the camp", "the men that stood without the
city". Read as the preposition of absence, it was a negation on one side only against a modern
"outside" and no opposite of "within": the faithful rendering was flagged and the changed one
passed. Here "without" is read as "outside" (:func:`place_reading`) where it can only say a
place:

- as an adverb closing its clause ("standest thou without?", "the noise without."), unless a
  verb before it makes it one verb of lack with it ("we must do without.", "they went
  without.");
- before a definite noun phrase ("the", "this", "his" ...) whose noun's first sense in WordNet
  is a place or a construction: a location ("city", "town", "field") or a structure ("gate",
  "wall", "camp", "house", "temple"); "without the consent", "without the chest", "without his
  sword" keep the preposition of absence.

"within" is "inside" (one synset of WordNet's), so a quote's "within" is read against the
other side's "outside" as the opposite it is. Both words keep their length ("without" and
"outside" have seven letters, "within" and "inside" six), so the reading's offsets are the
text's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from ..models import Difference, Span
from . import wordnet
from .boundabsence import doing_without

_WITHOUT = re.compile(r"\b([Ww]ithout|WITHOUT)\b")
_WITHIN = re.compile(r"\b([Ww]ithin|WITHIN)\b")
_CLOSING = re.compile(r"\s*(?:[.,;:?!)\]”’\"']|$)")
_PHRASE = re.compile(r"\s+(the|this|that|these|those|his|her|its|our|their|my|your|thy)\s+"
                     r"([^\W\d_]+)(?:\s+([^\W\d_]+))?", re.IGNORECASE)  # fmt: skip
_BEFORE = re.compile(r"([^\W\d_]+)\s*$")
_GOING = frozenset({"go", "goes", "went", "gone", "going"})
"""Verbs after which a closing "without" says a lack ("they went without."), not a place."""
_AROUND = 60  # characters read on each side of a difference
_DEPTH = 12  # hypernyms climbed from a noun's first sense


def place_reading(text: str, language: str) -> str:
    """``text`` with each "without" of place written "outside" and each "within" "inside" (of
    the same lengths: offsets unchanged); English only, other texts as they are.

    >>> place_reading("Wherefore standest thou without? Come in.", "en")
    'Wherefore standest thou outside? Come in.'
    >>> place_reading("He left without the consent of the council.", "en")
    'He left without the consent of the council.'
    """
    if language != "en":
        return text
    low = text.casefold()
    if "within" not in low and "without" not in low:
        return text
    text = _WITHIN.sub(lambda m: _cased(m.group(), "inside"), text)
    return _WITHOUT.sub(lambda m: _outside(text, m), text)


def read_difference(d: Difference, quote: str, text: str, language: str) -> Difference:
    """A word matcher's difference ``d`` (of ``quote`` against ``text``) with its two sides
    as :func:`place_reading` reads them where they stand: "without" before "the city" is
    "outside" (read with the words after it, which the difference does not hold)."""
    if language != "en" or "with" not in (d.quote + d.source).casefold():
        return d
    return replace(
        d,
        quote=_read_at(quote, d.quote_span, d.quote),
        source=_read_at(text, d.source_span, d.source),
    )


def _read_at(text: str, span: Span | None, printed: str) -> str:
    if span is None:
        return printed
    lo, hi = max(0, span.start - _AROUND), min(len(text), span.end + _AROUND)
    return place_reading(text[lo:hi], "en")[span.start - lo : span.end - lo]


def as_printed(
    words: tuple[str, str], texts: tuple[str, str], readings: tuple[str, str]
) -> tuple[str, str]:
    """Each of two ``words`` found in its ``readings`` (of :func:`place_reading`) as its text
    prints it: "within", not the "inside" it was read as."""
    out = []
    for word, text, reading in zip(words, texts, readings, strict=True):
        at = re.search(rf"\b{re.escape(word)}\b", reading)
        out.append(word if at is None else text[at.start() : at.end()])
    return out[0], out[1]


def _outside(text: str, m: re.Match[str]) -> str:
    word = m.group()
    if _CLOSING.match(text, m.end()):
        before = _BEFORE.search(text, max(0, m.start() - 30), m.start())
        verb = before.group(1).casefold() if before is not None else ""
        if not doing_without(verb, "en") and verb not in _GOING:
            return _cased(word, "outside")  # "standest thou without?"
        return word  # "we must do without."
    phrase = _PHRASE.match(text, m.end())
    if phrase is None:
        return word
    first, second = phrase.group(2).casefold(), (phrase.group(3) or "").casefold()
    if _place(first) or (second and not wordnet.base_forms(first, "n") and _place(second)):
        return _cased(word, "outside")  # "without the camp", "without the holy city"
    return word


def _cased(old: str, new: str) -> str:
    if old.isupper():
        return new.upper()
    return new.capitalize() if old[:1].isupper() else new


@lru_cache(maxsize=1 << 12)
def _place(noun: str) -> bool:
    """Whether a noun's first sense (of any of its base forms) is a location or a structure
    in WordNet's hypernyms."""
    for lemma in wordnet.base_forms(noun, "n"):
        senses = wordnet.senses(lemma, "n")
        if senses and _below(senses[0], _anchors()):
            return True
    return False


@cache
def _anchors() -> frozenset[int]:
    """The offsets of "location" and "structure" (first senses): what a place is."""
    return frozenset(s[0] for s in (wordnet.senses(w, "n") for w in ("location", "structure")) if s)


def _below(offset: int, anchors: frozenset[int]) -> bool:
    seen, frontier = set(), [offset]
    for _ in range(_DEPTH):
        nxt = []
        for o in frontier:
            if o in anchors:
                return True
            s = wordnet.synset("n", o)
            if s is not None and o not in seen:
                seen.add(o)
                nxt += [t for _, t in s.targets("@")]
        if not nxt:
            return False
        frontier = nxt
    return False
