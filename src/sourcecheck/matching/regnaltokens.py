"""A regnal number in words read by the word matcher as the Roman numeral it stands for.

"Julius the Second" and "Julius II." name one pope: a translator writes a regnal number in
words or in Roman numerals, as his edition prints it (:mod:`.ordinals`). The word matcher
compares words one by one, so "the Second" against "II" was a changed word (a close quote
flagged ``word_changed``) or two extra words (a partial one). Here the article and the ordinal
of a regnal number become one token, the Roman numeral's folded form ("ii"), spanning both
words: it aligns with the other side's numeral (or its contracted words) at no cost. The
difference stays visible: a token whose two sides are printed otherwise is a ``spelling``
difference (:func:`printed_otherwise`), as "thirty-two" for "32" is, and another value
("Charles the Seventh" / "Charles VIII.") is a changed number.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from typing import TYPE_CHECKING

from ..normalize import Tokens, fold
from .ordinals import ordinal_value, regnal_numbers

if TYPE_CHECKING:
    from .quote import ParsedQuote

_ROMAN_DIGITS = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
    (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def _roman(value: int) -> str:
    out = []
    for size, digits in _ROMAN_DIGITS:
        count, value = divmod(value, size)
        out.append(digits * count)
    return "".join(out)


@lru_cache(maxsize=4096)
def _ordinal_word(word: str, language: str) -> bool:
    return ordinal_value(word, language) is not None


def regnal_tokens(tokens: Tokens, text: str, language: str | None) -> Tokens:
    """``tokens`` of ``text`` with each regnal number in words ("the Second", "der Achte",
    "Второй" after a capitalized name) made one token, its Roman numeral folded ("ii").

    >>> from sourcecheck.normalize import tokenize
    >>> text = "Pope Julius the Second died."
    >>> t = regnal_tokens(tokenize(text), text, "en")
    >>> t.words, text[t.starts[2] : t.ends[2]]
    (('pope', 'julius', 'ii', 'died'), 'the Second')
    """
    lang = language or "en"
    if not any(_ordinal_word(w, lang) for w in tokens.words):
        return tokens  # the common case: no ordinal word at all
    printed = [(text[a:b], a) for a, b in zip(tokens.starts, tokens.ends, strict=True)]
    regnal = {at: value for at, value, _ in regnal_numbers(printed, lang)}
    words, starts, ends = list(tokens.words), list(tokens.starts), list(tokens.ends)
    for i in range(len(words) - 1, -1, -1):
        value = regnal.get(starts[i])
        if value is None or not _ordinal_word(words[i], lang):
            continue  # a Roman numeral is one token already
        words[i] = _roman(value)
        if i > 0 and not printed[i - 1][0][:1].isupper():  # not the name: its article
            starts[i] = starts[i - 1]  # the article joins its ordinal ("the Second")
            del words[i - 1], starts[i - 1], ends[i - 1]
    return Tokens(tuple(words), tuple(starts), tuple(ends))


def regnal_quote(parsed: ParsedQuote, language: str | None) -> ParsedQuote:
    """``parsed`` with each segment's regnal numbers in words made one token
    (:func:`regnal_tokens`)."""
    segments = tuple(regnal_tokens(s, parsed.quote, language) for s in parsed.segments)
    if segments == parsed.segments:
        return parsed
    return dataclasses.replace(parsed, segments=segments)


def printed_otherwise(quote: str, q_at: tuple[int, int], text: str, t_at: tuple[int, int]) -> bool:
    """Whether two tokens aligned as equal are printed otherwise: a contracted regnal number
    ("the Second", "Второй") against its numeral ("II"). Any other token is its printed word
    folded, so two equal tokens fold alike."""
    return fold(quote[q_at[0] : q_at[1]]) != fold(text[t_at[0] : t_at[1]])
