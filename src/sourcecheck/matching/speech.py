"""Words reported inside a narrated sentence: quotations and what follows a colon.

Minutes, speeches reported in newspapers and memoirs quote inside their own sentences:
"Ленин выступил первым и сказал: «Мы должны подписать мир немедленно, иначе немцы возьмут
Петроград»." A claim renders the quoted words, and the sentence's vector is diluted by the
attribution (a rendering of Lenin's words: 0.51 with the whole sentence, 0.76 with the quoted
words alone). So the stored units of a text (:mod:`.vectors`) are cut at the ends of such
speech, whatever the sentence's length: :func:`speech_pieces` splits a sentence into its quoted
pieces (any language's marks, :mod:`sourcecheck.extract.quotemarks`': “”, „“, «», »«, ‹›, ‚‘,
‘’, straight ones), the words after a colon, and the narration between them.

A mark opens a quotation where it follows a space (or a bracket, a dash, another mark) and
precedes a word, and closes one where it follows a word or punctuation and precedes a space or
punctuation: an apostrophe between letters ("Lenin's", "Germans' army") does neither. A
double quotation left open at the sentence's end (speech of several sentences) runs to its
end, and one closed without an opener starts at the sentence's start. Quoted words under
:data:`SPEECH_WORDS` (a title, a scare-quoted term: 'the so-called “peace party”') are part of
the narration, not speech.
"""

from __future__ import annotations

import itertools
import re

from ..extract.quotemarks import CLOSES_BEFORE, DOUBLE_MARKS, OPENS_AFTER, SINGLE_MARKS
from ..linebreaks import LINE_HYPHEN

SPEECH_WORDS = 3
"""A quotation (or what follows a colon) of fewer words is no piece of its own."""
_CLOSERS = {
    "“": "”“", "„": "“”", "«": "»", "»": "«", "‹": "›", "›": "‹", '"': '"', "”": "”",
    "‚": "‘’", "‘": "’", "'": "'",
}  # fmt: skip
"""What closes a quotation each mark opens."""
_SINGLE = frozenset(SINGLE_MARKS)
"""Marks that are also apostrophes (or rarely quote speech): only a pair of them quotes."""
_MARK = re.compile("[" + re.escape(DOUBLE_MARKS + SINGLE_MARKS) + "]")
_OPENS_AFTER = OPENS_AFTER + "".join(_CLOSERS)
_CLOSES_BEFORE = CLOSES_BEFORE + "…" + "".join(_CLOSERS) + "’"
_COLON = re.compile(r":\s+")
WORD = re.compile(rf"[^\W_]+(?:(?:{LINE_HYPHEN}|['’\-‐‑])[^\W_]+)*")
"""A word as the stored units count them (:mod:`.vectors`)."""


def speech_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` (a sentence) cut where reported speech begins and ends: its
    quotations and what follows a colon, and the narration between them, in order, each
    stripped (:func:`strip_span`); ``[]`` when the sentence has no such speech beside
    narration (none, or it is all quoted).

    >>> t = "Ленин сказал: «Мы должны подписать мир немедленно». Бухарин возразил."
    >>> [t[s:e] for s, e in speech_pieces(t, 0, 51)]
    ['Ленин сказал', '«Мы должны подписать мир немедленно».']
    >>> t = "„Die Russen werden nicht unterschreiben“, sagte Graf Czernin."
    >>> [t[s:e] for s, e in speech_pieces(t, 0, len(t))]
    ['„Die Russen werden nicht unterschreiben“', 'sagte Graf Czernin.']
    >>> t = "The so-called “peace party” met at Lenin's flat."
    >>> speech_pieces(t, 0, len(t))
    []
    """
    quoted = quotations(text, start, end)
    cuts = {start, end}
    for a, b in quoted:
        cuts |= {a, b}
    at = start
    for a, b in [*quoted, (end, end)]:
        for colon in _COLON.finditer(text, at, a):
            if _words(text, at, colon.start()) and _words(text, colon.end(), a) >= SPEECH_WORDS:
                cuts.add(colon.end())
        at = b
    ordered = sorted(cuts)
    pieces = [strip_span(text, a, b) for a, b in itertools.pairwise(ordered)]
    pieces = [(a, b) for a, b in pieces if _words(text, a, b)]
    return pieces if len(pieces) > 1 else []


def quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quotations of ``text[start:end]`` (a sentence) of at least :data:`SPEECH_WORDS`
    words, their marks included (and the sentence mark right after a closing one).

    >>> t = "„Die Russen werden nicht unterschreiben“, sagte Graf Czernin."
    >>> [t[s:e] for s, e in quotations(t, 0, len(t))]
    ['„Die Russen werden nicht unterschreiben“,']
    """
    return [q for q in _quotations(text, start, end) if _words(text, *q) >= SPEECH_WORDS]


def _quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The outermost quotations of ``text[start:end]``, their marks included (and the
    sentence mark right after a closing one: "Петроград»." ends there)."""
    found: list[tuple[int, int]] = []
    opened: tuple[int, str] | None = None  # where the open quotation starts, and its mark
    for m in _MARK.finditer(text, start, end):
        i, mark = m.start(), m.group()
        if opened is None:
            if mark in _CLOSERS and _opens(text, i, start, end):
                opened = (i, mark)
            elif not found and mark not in _SINGLE and _closes(text, i, start, end):
                found.append((start, _after(text, i + 1, end)))  # the tail of earlier speech
        elif mark in _CLOSERS[opened[1]] and _closes(text, i, start, end):
            found.append((opened[0], _after(text, i + 1, end)))
            opened = None
    if opened is not None and opened[1] not in _SINGLE:
        found.append((opened[0], end))  # speech going on in the next sentence
    return found


def _opens(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return (before.isspace() or before in _OPENS_AFTER) and not after.isspace()


def _closes(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return not before.isspace() and (after.isspace() or after in _CLOSES_BEFORE)


def _after(text: str, i: int, end: int) -> int:
    """``i``, past a comma or sentence mark that follows a closing quotation mark."""
    while i < end and text[i] in ".,;:!?…":
        i += 1
    return i


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the spaces, and the trailing commas, dashes or bracket, at its ends."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-("):
        end -= 1
    while start < end and (text[start].isspace() or text[start] in "—–-"):
        start += 1
    return start, end


def _words(text: str, start: int, end: int) -> int:
    return len(WORD.findall(text, start, end))
