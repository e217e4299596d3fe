"""Reading a quote as the document prints it: elisions split it into segments, editorial
interpolations in square brackets are set aside, the rest is tokenized."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..normalize import Tokens, tokenize

# "[...]", "[…]", "...", "…", ". . ." (an elision), checked before other brackets.
ELISION_RE = re.compile(r"\[\s*(?:…|(?:\.\s*){3,})\s*\]|…|\.(?:\s*\.){2,}")
BRACKET_RE = re.compile(r"\[[^\[\]]*\]")


@dataclass(frozen=True, slots=True)
class ParsedQuote:
    """A quote split at its elisions; token offsets point into the original quote."""

    quote: str
    segments: tuple[Tokens, ...]
    interpolations: tuple[str, ...]
    elided: bool

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(w for s in self.segments for w in s.words)


def parse_quote(quote: str) -> ParsedQuote:
    """Split ``quote`` at elisions ("...", "…", "[...]") and set bracketed interpolations
    aside; each segment's words are folded (see :mod:`sourcecheck.normalize`), with their
    offsets into ``quote``.

    >>> q = parse_quote("It was agreed between us [that is, Lenin and me] that we hold ... out")
    >>> [" ".join(s.words) for s in q.segments], q.interpolations, q.elided
    (['it was agreed between us that we hold', 'out'], ('[that is, Lenin and me]',), True)
    """
    elisions = [m.span() for m in ELISION_RE.finditer(quote)]
    brackets = [
        m.span()
        for m in BRACKET_RE.finditer(quote)
        if not any(s <= m.start() < e for s, e in elisions)
    ]
    cuts = [0] + [p for span in elisions for p in span] + [len(quote)]
    segments = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=True):
        tokens = tokenize(quote, start, end)
        keep = [
            i for i, s in enumerate(tokens.starts) if not any(bs <= s < be for bs, be in brackets)
        ]
        if keep:
            segments.append(
                Tokens(
                    tuple(tokens.words[i] for i in keep),
                    tuple(tokens.starts[i] for i in keep),
                    tuple(tokens.ends[i] for i in keep),
                )
            )
    return ParsedQuote(
        quote=quote,
        segments=tuple(segments),
        interpolations=tuple(quote[s:e] for s, e in brackets),
        elided=bool(elisions),
    )
