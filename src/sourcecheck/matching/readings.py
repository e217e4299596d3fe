"""The sentences a passage is compared with: the quote as embedded, and the same without what
a rendering may say elsewhere or otherwise (its dates of a day, its names).

A passage's similarity with a quote is that of the nearest of these *readings*
(:mod:`.meaning`, and the ranking of a source's texts in :mod:`sourcecheck.rewording`); the
dates and names left out are compared as anchors (:mod:`.anchors`) all the same.
"""

from __future__ import annotations

import re

from ..facts.times import read_times
from ..normalize import WORD_RE, fold
from .anchors import Anchors
from .quote import ELISION_RE, ParsedQuote
from .stems import STOPWORDS

UNNAMED_WORDS = 4
"""A quote without its names is a reading only when at least this many words remain."""
_POSSESSIVE = re.compile(r"[^\W\d_]+['’]s$")


def plain_quote(parsed: ParsedQuote) -> str:
    """The quote as a sentence to embed: elisions and bracketed interpolations taken out,
    punctuation kept (a final full stop moves a sentence vector by as much as 0.04), the
    quotation marks around it dropped.

    >>> from sourcecheck.matching.quote import parse_quote
    >>> plain_quote(parse_quote("“It was agreed [by us] ... that we hold out.”"))
    'It was agreed that we hold out.'
    """
    text = ELISION_RE.sub(" ", parsed.quote)
    for interpolation in parsed.interpolations:
        text = text.replace(interpolation, " ")
    return " ".join(text.split()).strip(" \"'“”‘’«»„")


def reading_texts(quote: str, anchors: Anchors) -> list[str]:
    """The sentences a passage is compared with: the quote, :func:`undated` when it has a
    date of a day, and that without its names (:func:`unnamed`), each once (a passage's
    similarity is that of the nearest)."""
    bare = undated(quote, anchors)
    return list(dict.fromkeys([quote, bare, unnamed(bare, anchors), timed(quote, anchors)]))


def timed(quote: str, anchors: Anchors) -> str:
    """The quote with its times of day written as figures ("половина пятого" -> "4:30"), or
    the quote itself when it tells no time.

    A time's words weigh on a sentence vector by their language's idiom more than by the
    hour: Kafka's "Es war halb sieben Uhr, und die Zeiger gingen ruhig vorwärts" is 0.56 from
    its Russian rendering "Было половина седьмого, и стрелки спокойно шли вперёд", 0.61 with
    "4:30" for a changed time, 0.47 with "половина пятого": a changed time lost the very
    passage it changes, rejected as a topic match instead of flagged. The times are compared
    by value as anchors all the same (:mod:`sourcecheck.facts.times`).

    >>> from sourcecheck.matching.anchors import read_anchors
    >>> q = "Было половина пятого, дело шло к без четверти пять."
    >>> timed(q, read_anchors(q, "ru"))
    'Было 4:30, дело шло к 4:45.'
    """
    out = quote
    for hour, start, end in reversed(read_times(quote, anchors.language)):
        h, minutes = int(hour), round(60 * (hour - int(hour)))
        out = f"{out[:start]}{h}:{minutes:02d}{out[end:]}"
    return out


def unnamed(quote: str, anchors: Anchors) -> str:
    """The quote without its names (and an English possessive's, "Gregor's", wherever it
    stands), or the quote itself when fewer than :data:`UNNAMED_WORDS` words would remain.

    A translator names a person where the original says "he" or "the father" (Wyllie's
    "Gregor's father seemed so obsessed" for Kafka's "Der Vater schien ... ergriffen"), and a
    rare name weighs so much in a sentence vector that it pulls the quote to any passage
    naming him: 0.55 from its German original, 0.64 from an unrelated sentence about Gregor
    and his father; without the name, 0.69 and 0.37.

    >>> from sourcecheck.matching.anchors import read_anchors
    >>> q = "Gregor's mother would tug at his sleeve, and Grete would not."
    >>> unnamed(q, read_anchors(q, "en"))
    'Mother would tug at his sleeve, and would not.'
    """
    names = {fold(n) for n in anchors.names}
    cuts = [
        m.span()
        for m in WORD_RE.finditer(quote)
        if fold(m.group()) in names or (m.group()[:1].isupper() and _POSSESSIVE.match(m.group()))
    ]
    if not cuts:
        return quote
    out = quote
    for start, end in reversed(cuts):
        out = out[:start] + " " + out[end:]
    out = _tidied(out, quote)
    return out if len(WORD_RE.findall(out)) >= UNNAMED_WORDS else quote


def undated(quote: str, anchors: Anchors) -> str:
    """The quote without its dates of a day (and the preposition before each): what a
    passage dated elsewhere says. A diary's entry is dated by its heading, not in its
    sentences, and a date in the quote alone pulls its sentence vector away from the entry's
    ("On December 21 I went with all my party to lunch" / "Mittags fuhr ich mit meinem
    ganzen Gefolge": 0.52; without the date, 0.67). The dates are compared as anchors
    (:mod:`.anchors`), the heading's included.

    >>> from sourcecheck.matching.anchors import read_anchors
    >>> q = "On December 25, 1917 we went to lunch at noon."
    >>> undated(q, read_anchors(q, "en"))
    'We went to lunch at noon.'
    """
    out = quote
    stop = STOPWORDS.get(anchors.language, frozenset())
    for d in sorted((d for d in anchors.dates if d.day), key=lambda d: -d.start):
        before = re.search(r"(\w+)\s+$", out[: d.start])
        start = d.start
        if before is not None and len(before.group(1)) <= 4 and fold(before.group(1)) in stop:
            start = before.start()
        out = out[:start] + " " + out[d.end :].lstrip(",;: ")
    return _tidied(out, quote)


def _tidied(out: str, quote: str) -> str:
    """``out``, cut from ``quote``: spaces closed up, no punctuation left first, and its first
    letter a capital where the quote's was."""
    out = re.sub(r"\s+([,.;:!?])", r"\1", " ".join(out.split())).lstrip("_.,;:-–— ")
    return out[:1].upper() + out[1:] if out[:1].islower() and quote[:1].isupper() else out
