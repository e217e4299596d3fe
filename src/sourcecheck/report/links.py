"""Links and names a report shows: only http(s) links, a link to the quoted words in the
document (a text fragment), where a claim is in its document, what a text is called."""

from __future__ import annotations

import urllib.parse
from typing import Any

from .data import Item


def location_label(item: Item) -> str:
    """ "paragraph 43, characters 23890-23950" (whatever of it is known)."""
    loc = item["location"]
    parts = []
    if loc["paragraph"] is not None:
        parts.append(f"paragraph {loc['paragraph']}")
    if loc["start"] is not None and loc["end"] is not None:
        parts.append(f"characters {loc['start']}–{loc['end']}")
    return ", ".join(parts)


def safe_url(url: str | None) -> str | None:
    """``url`` if it is http(s); anything else (``javascript:``, ``data:``) is dropped.

    >>> safe_url("javascript:alert(1)") is None, safe_url("https://example.org/a")
    (True, 'https://example.org/a')
    """
    if not url:
        return None
    parsed = urllib.parse.urlsplit(url.strip())
    if parsed.scheme.lower() not in ("http", "https") or not parsed.netloc:
        return None
    return urllib.parse.urlunsplit(parsed)


def location_url(document_url: str | None, quote: str, *, edge_words: int = 4) -> str | None:
    """A link to the quote in the document: its URL with a text fragment (``#:~:text=``).

    Browsers that support text fragments scroll to and highlight the quoted words; others
    open the document. Long quotes are addressed by their first and last words.

    >>> location_url("https://example.org/ch32", "The war is over, but there is no peace yet")
    'https://example.org/ch32#:~:text=The%20war%20is%20over%2C,is%20no%20peace%20yet'
    """
    url = safe_url(document_url)
    if url is None:
        return None
    words = quote.split()
    if not words:
        return url
    encode = _fragment_encode
    if len(words) <= 2 * edge_words:
        directive = encode(" ".join(words))
    else:
        directive = (
            encode(" ".join(words[:edge_words])) + "," + encode(" ".join(words[-edge_words:]))
        )
    return url.split("#", 1)[0] + "#:~:text=" + directive


def _fragment_encode(text: str) -> str:
    # "-", "," and "&" are text-fragment syntax: percent-encode them along with the rest.
    return text.translate(_PERCENT_ENCODED)


class _PercentEncoded(dict[int, str]):
    """Each character as ``urllib.parse.quote(c, safe="")`` writes it (and "-" as "%2D"),
    worked out once per character: a text's encoding is that of its characters, one after
    the other, and ``str.translate`` looks them up in C (urllib took 20 µs a quote)."""

    def __missing__(self, code: int) -> str:
        self[code] = urllib.parse.quote(chr(code), safe="").replace("-", "%2D")
        return self[code]


_PERCENT_ENCODED = _PercentEncoded()


def text_label(text: dict[str, Any]) -> str:
    """A text's label, else the file name or URL it came from (never a local directory).

    >>> text_label({"label": None, "origin": "/home/me/texts/diary.txt"})
    'diary.txt'
    """
    if text.get("label"):
        return str(text["label"])
    origin = str(text.get("origin") or "")
    return origin if safe_url(origin) else origin.replace("\\", "/").rsplit("/", 1)[-1]
