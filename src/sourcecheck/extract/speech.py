"""Quoted words that are speech however short, never a term quoted in passing, which
:mod:`~sourcecheck.extract.claims` proposes without an attribution of their own: a full
sentence (:func:`~sourcecheck.extract.quotemarks.is_sentence`, with its English verbs), and
the speech going on, a sentence right after a sentence that attributes the quotation before
it in its paragraph ("„Das ist falsch“, antwortete der General. „In fünf Tagen marschieren
wir.“"), whatever verbs its language has.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..facts.languages import negation_words, read_word_numbers
from ..normalize import tokenize
from .quotemarks import OPENING, is_sentence
from .quotes import Piece, Quotation, word_count
from .sieves import cue_after
from .verbs import language, languages

_LINE_NAMED = re.compile(
    r"\b(?:line|lines|verse|slogan|motto|saying|maxim|quotation|quote)(?:\s+as)?\s*[:,]?\s*$",
    re.IGNORECASE,
)
"""A noun of quoted words before the opening mark ("the line as", "the slogan:"): the
sentence after it is quoted, not a title or a term (:meth:`Speech._a_line_quoted`)."""


def worth_alone(words: str, min_words: int) -> bool:
    """Whether a piece of an interrupted quotation is proposed on its own: it has
    ``min_words`` words, or it holds a number, or a negation in three words or more, a fact
    to check however short
    ("„In fünf Tagen“, antwortete der General, „wenn das Wetter es erlaubt.“"; "„Ich werde
    nicht unterschreiben“, sagte Trotzki, „aber ich werde mich der Stimme enthalten.“": the
    word a misquotation drops or adds).

    >>> [worth_alone(w, 8) for w in ("In five days", "if the weather holds", "One could")]
    [True, False, False]
    >>> worth_alone("I will not sign", 8), worth_alone("I will sign", 8)
    (True, False)
    """
    if word_count(words) >= min_words:
        return True
    tokens = tokenize(words).words
    if len(tokens) >= 3 and any(w in negation_words(lang) for lang in languages() for w in tokens):
        return True  # (a bare "No," before the speech goes on is no statement)
    numbers = read_word_numbers(tokens, language())
    return any(n.value != 1 for n in numbers)  # "One could want nothing better": a pronoun


def attributes_only(text: str, start: int, end: int) -> bool:
    """Whether the words between two quotations of a paragraph only attribute the first: a
    verb of saying beside its speaker, and after it nothing but a stop ("”, antwortete der
    General. „", "” answered the general. “").

    >>> t = "“No,” answered the general. “Never.” The “Times” agreed."
    >>> attributes_only(t, 5, 28), attributes_only(t, 37, 42)
    (True, False)
    """
    cue = cue_after(text, start, end)
    return cue is not None and not text[cue.clause[1] : end].strip(" \t\n.!?")


class Speech:
    """Tells, for the quotations of a text, which are speech however short (module docstring).

    >>> from sourcecheck.extract.quotes import find_quotations
    >>> t = "“No,” answered the general. “Never again.” The “Times” agreed."
    >>> speech = Speech(t, quotes := find_quotations(t))
    >>> [speech(q) for q in quotes]
    [False, True, False]
    """

    def __init__(self, text: str, quotes: Sequence[Quotation]) -> None:
        self.text = text
        ends = sorted((p.close, p.paragraph) for q in quotes for p in q.pieces if p.close)
        self._closes = [c for c, _ in ends]  # the closing marks, in order
        self._paragraphs = [n for _, n in ends]

    def __call__(self, quote: Quotation) -> bool:
        """Whether ``quote`` opens with a full sentence, stands as a sentence of the narration
        (see :meth:`_stands_as_a_sentence`), or is a sentence (a capital first, a stop last)
        right after a sentence that only attributes the quotation before it in its
        paragraph."""
        piece = quote.pieces[0]
        if is_sentence(self.text, piece.span) or self._stands_as_a_sentence(piece):
            return True
        if self._a_line_quoted(piece):
            return True
        words = piece.span.slice(self.text).rstrip('”"“«» ')
        i = bisect.bisect_left(self._closes, piece.open or 0) - 1
        if piece.open is None or i < 0 or not words[:1].isupper() or words[-1] not in ".!?…":
            return False
        close = self._closes[i]
        return self._paragraphs[i] == piece.paragraph and attributes_only(
            self.text, close + 1, piece.open
        )

    def _a_line_quoted(self, piece: Piece) -> bool:
        """Whether quoted words are a sentence (a capital first, a stop last, three words at
        least) that a noun of quoted words introduces ("know the line as «Война окончена,
        но мира нет.»", "the slogan: “Bread and peace for all!”"): a quotation in whatever
        language, whose verbs the English reading of a sentence does not know.

        >>> from sourcecheck.extract.quotes import find_quotations
        >>> t = "They know the line as «Война окончена, но мира нет.» The “Times.” agreed."
        >>> speech = Speech(t, quotes := find_quotations(t))
        >>> [speech._a_line_quoted(q.pieces[0]) for q in quotes]
        [True, False]
        """
        if piece.open is None:
            return False
        words = piece.span.slice(self.text).strip().rstrip('”"“«»’ ')
        if (
            word_count(words) < 3
            or not words[:1].isupper()
            or words[-1:] not in (".", "!", "?", "…")
        ):
            return False
        return _LINE_NAMED.search(self.text, max(0, piece.open - 40), piece.open) is not None

    def _stands_as_a_sentence(self, piece: Piece) -> bool:
        """Whether quoted words (a capital first, a stop last, two words at least) stand
        where a sentence of the narration would: after a sentence's stop and before the end
        of the paragraph or the next sentence. A verbless line is speech there ("The doctor
        set down his bag. “Thirty drops of the tincture, no more.”"); a term quoted in
        passing sits inside a sentence ("the “Times.” said").

        >>> from sourcecheck.extract.quotes import find_quotations
        >>> t = "He set down his bag. “Thirty drops, no more.” The “Times.” agreed."
        >>> speech = Speech(t, quotes := find_quotations(t))
        >>> [speech._stands_as_a_sentence(q.pieces[0]) for q in quotes]
        [True, False]
        """
        if piece.open is None or piece.close is None:
            return False
        words = piece.span.slice(self.text).strip()
        if word_count(words) < 2 or not words[:1].isupper() or words[-1] not in ".!?…":
            return False
        before = self.text[: piece.open].rstrip(" \t")
        after = self.text[piece.close + 1 :].lstrip(" \t")
        return before[-1:] in (".", "!", "?") and (
            after[:1] in ("", "\n", "\r") or after[:1].isupper() or after[:1] in OPENING
        )
