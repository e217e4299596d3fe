"""Sentences of a whole text, in any script, as spans: the units the meaning stage embeds.

A sentence ends at ".", "!", "?" or "…" (with any closing quotes or brackets) followed by
space and a capital, digit or opening quote (English, German or Russian quotation marks), in
any script ("Он ушёл. Через час..."), except after an abbreviation, an initial or an ordinal
("Gen. Hoffmann", "V. I. Lenin", "z. B.", "т. е.", "21. Dezember"); a blank line always ends
one. A sentence longer than ``max_words`` is cut at its ";", ":" or dashes, then at commas, so
that a unit stays about the size of a quotation.
"""

from __future__ import annotations

import re
from functools import lru_cache

ABBREVIATIONS = frozenset(
    """mr mrs dr st gen col capt prof vol no p pp cf ibid etc vs jr sr lt sgt rev hon ch
    nr bzw vgl ca usw hr fr dr str abs bd jh
    т е г гг см стр тов им др пр ср""".split()
)
# Quotation marks close or open a sentence in any of the conventions: “English”, »German«
# (and „German“), «French/Russian»; a dialogue dash opens one in Russian ("— Нет").
_BOUNDARY = re.compile(
    r"[.!?…]+[”\"’»«“)\]_]*\s+(?=(?:[—–]\s)?[“\"‘«»„(\[_]*[^\W_a-zа-яё])|\n[ \t]*\n\s*"
)
_CLAUSE = re.compile(r"[;:]\s+|\s*(?:—|--|–)\s*")
_COMMA = re.compile(r",\s+")
_WORD = re.compile(r"[^\W_]+")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]``, as (start, end) spans without surrounding space.

    >>> t = "Gen. Hoffmann spoke. V. I. Lenin wrote it.\\n\\nНо мир не подписан. Я ушёл."
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['Gen. Hoffmann spoke.', 'V. I. Lenin wrote it.', 'Но мир не подписан.', 'Я ушёл.']
    """
    end = len(text) if end is None else end
    spans, cur = [], start
    for m in _BOUNDARY.finditer(text, start, end):
        if m.group()[0] == "." and _abbreviation_before(text, m.start()):
            continue
        stop = m.start() + len(m.group().rstrip())
        spans.append((cur, stop))
        cur = m.end()
    spans.append((cur, end))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def text_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`sentence_spans` of a whole text; a long one's read once per process: a book's
    units and its sentence-opening names both start from them (0.4 s each for War and
    Peace), while the many quotes and passages read between them would push a book out."""
    return _long_text_sentences(text) if len(text) > 20_000 else tuple(sentence_spans(text))


@lru_cache(maxsize=4)
def _long_text_sentences(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(sentence_spans(text))


def _abbreviation_before(text: str, dot: int) -> bool:
    if re.search(r"(?<![\w.,])\d{1,2}$", text[max(0, dot - 4) : dot]):
        return True  # an ordinal: "am 21. Dezember", "der 2. Band"
    word = re.search(r"([^\W\d_]+)$", text[max(0, dot - 12) : dot])
    if not word:
        return False
    w = word.group(1)
    return w.lower() in ABBREVIATIONS or (len(w) == 1 and w.isupper())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def unit_spans(text: str, *, max_words: int = 60) -> list[tuple[int, int]]:
    """Sentences of the whole text, long ones cut at clause marks, then at commas.

    >>> t = "One; two three. And " + ", ".join(["a b c"] * 30) + "."
    >>> [len(t[s:e].split()) for s, e in unit_spans(t, max_words=40)]
    [3, 40, 39, 12]
    """
    units: list[tuple[int, int]] = []
    for s, e in text_sentences(text):
        units += _cut(text, s, e, max_words, (_CLAUSE, _COMMA))
    return units


def _cut(
    text: str, start: int, end: int, max_words: int, marks: tuple[re.Pattern[str], ...]
) -> list[tuple[int, int]]:
    """Cut a span at ``marks[0]`` into pieces of at most about ``max_words`` words."""
    if not marks or len(_WORD.findall(text, start, end)) <= max_words:
        return [(start, end)]
    return _merge(text, start, end, max_words, marks)


def _merge(
    text: str, start: int, end: int, max_words: int, marks: tuple[re.Pattern[str], ...]
) -> list[tuple[int, int]]:
    """Greedy: clauses joined while they fit; a clause too long is cut at the next mark."""
    cuts = [m.end() for m in marks[0].finditer(text, start, end)] + [end]
    out: list[tuple[int, int]] = []
    cur, prev = start, start
    for cut in cuts:
        if len(_WORD.findall(text, cur, cut)) > max_words and prev > cur:
            out.append(_trim(text, cur, prev))
            cur = prev
        prev = cut
    out.append(_trim(text, cur, end))
    result: list[tuple[int, int]] = []
    for s, e in out:
        result += _cut(text, s, e, max_words, marks[1:]) if e > s else []
    return result
