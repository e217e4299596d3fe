"""Two phrases of a sentence exchanged, as the word matcher reports them (walk111 ch-roles-01).

"In the visual interface it only shows the actions ...; in command-line mode it runs
read-only" where the source says it the other way round ("In command-line mode it only shows
...; in the visual interface it runs read-only") keeps every word of the source. The word
matcher places the quote at the passage from its second word on and reports an extra phrase
(the quote's first "the visual interface", whose counterpart stands before the span) and a
changed one ("command-line mode" -> "visual interface"): ``close``, ``word_changed``, and
what the quote says of one thing the source says of the other.

Two differences exchange their phrases (:func:`exchanged_phrases`) when the content words
one says in the quote are the content words the other has in the source, and the other's
quote words are the source's words where the first stands (its source words), or stand in the
sentences of the passage outside what the passage's alignment used (a phrase the word matcher
left out of the span). Flagged ``roles`` (:data:`.changedfacts.ROLES`), as two pronouns
exchanged are (:mod:`.swappedpronouns`): who or what the statement is about differs.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Difference, Span
from ..normalize import WORD_RE, fold
from ..texts.sentences import sentence_spans
from .stems import content_words

_REACH = 300  # characters read around the passage for its sentences


def _content(words: str, language: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in content_words(WORD_RE.findall(words), language))


def _sentences_around(text: str, span: Span) -> str:
    """The sentences of ``text`` that hold ``span``, less the span itself (the words the
    passage's alignment left out: "В режиме командной строки" before a span)."""
    lo, hi = max(0, span.start - _REACH), min(len(text), span.end + _REACH)
    held = [(s, e) for s, e in sentence_spans(text, lo, hi) if s < span.end and e > span.start]
    if not held:
        return ""
    return text[held[0][0] : span.start] + " " + text[span.end : held[-1][1]]


def _says(words: tuple[str, ...], text: str, language: str) -> bool:
    """Whether ``text`` says the content ``words`` one after another."""
    said = _content(text, language)
    n = len(words)
    return any(said[i : i + n] == words for i in range(len(said) - n + 1))


def exchange_note(mine: str, theirs: str) -> str:
    """What a person should check when two phrases are exchanged (without "CHECK: ")."""
    said = f"it says “{mine}” where the source says “{theirs}”"
    return f"two phrases exchanged: {said}, and the other way round"


def exchanged_phrases(
    differences: Sequence[Difference], text: str, span: Span | None, language: str
) -> tuple[str, str] | None:
    """The two phrases (the quote's, as printed) that a word matcher's ``differences`` at
    ``span`` of ``text`` show exchanged (see the module), or None.

    >>> text = "Im Textmodus zeigt es nur die Aktionen; im Grafikmodus startet es schreibgeschützt."
    >>> ds = [Difference("extra", "Im Grafikmodus", "", Span(0, 14)),
    ...       Difference("changed", "Textmodus", "Grafikmodus", Span(43, 52), Span(43, 54))]
    >>> exchanged_phrases(ds, text, Span(13, len(text)), "de")
    ('Im Grafikmodus', 'Textmodus')
    """
    for a in differences:
        mine = _content(a.quote, language)
        if not mine:
            continue
        for b in differences:
            if b is a or b.kind != "changed" or _content(b.source, language) != mine:
                continue
            theirs = _content(b.quote, language)
            if not theirs or theirs == mine:
                continue
            if a.source and _content(a.source, language) == theirs:
                return a.quote.strip(), b.quote.strip()  # each in the other's place
            if (
                not a.source
                and span is not None
                and _says(theirs, _sentences_around(text, span), language)
            ):
                return a.quote.strip(), b.quote.strip()  # the other left out of the span
    return None
