"""What a claim not found by meaning should say about its source's texts that have no
sentence vectors: a verify embeds the texts it needs only up to
:data:`~sourcecheck.store.vectors.EMBED_CHARS` (a big book, a corpus of many files is left),
and such a text is searched by meaning only around the places where the word search found the
quote's words, names, numbers or dates. A rewording elsewhere in it is not seen, and the
reader must be told so, and how to build the vectors, not just "not found".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .models import MatchResult, counted
from .store.vectors import EMBED_CHARS


def note_unembedded(
    result: MatchResult,
    texts: Sequence[int],
    missing: Mapping[int, int],
    searched_whole: set[int],
) -> None:
    """Add to the reason of ``result`` (a claim's meaning-stage answer over ``texts``, its
    source's) which of them have no sentence vectors (``missing``: their lengths) and were not
    searched whole (``searched_whole``), unless it is a rendering found.

    >>> r = MatchResult("not_found", 0.0, reason="no passage says this in other words")
    >>> note_unembedded(r, (1, 2), {2: 195_000_000}, set())
    >>> r.reason.split("; ")[1]
    'text 2 (195,000,000 characters) has no sentence vectors'
    """
    if result.status == "reworded":
        return
    left = [t for t in texts if t in missing and t not in searched_whole]
    if not left:
        return
    named = ", ".join(f"text {t} ({missing[t]:,} characters)" for t in left[:3])
    more = f" and {counted(len(left) - 3, 'other')}" if len(left) > 3 else ""
    result.reason += (
        f"; {named}{more} {'has' if len(left) == 1 else 'have'} no sentence vectors; "
        f"a verify builds them for at most {EMBED_CHARS:,} characters of texts, so "
        f"{'it was' if len(left) == 1 else 'they were'} searched by meaning only around the "
        "quote's words, names, numbers and dates: `sourcecheck index --meaning` builds them "
        "(a rewording elsewhere there is not seen until then)"
    )
