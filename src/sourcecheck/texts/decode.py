"""Bytes to text, strictly: a wrongly decoded source looks exactly like a misquotation.

The order of evidence, first that applies wins:

1. an encoding the user gave (``--encoding``, or ``encoding:`` in a sources file);
2. a byte-order mark (UTF-8, UTF-16, UTF-32);
3. strict UTF-8: bytes that decode as UTF-8 are UTF-8, whatever a declaration says (text in
   another encoding is never valid UTF-8 by accident, while declarations go stale: Gutenberg
   files converted to UTF-8 keep their "ISO-8859-1" header, servers send a default charset);
4. declarations, in the order the caller gives them: the HTTP ``Content-Type`` charset, an
   HTML ``<meta charset>``, an XML declaration, a Project Gutenberg ``Character set
   encoding:`` line;
5. detection by charset-normalizer, accepted only when it is sure: enough non-ASCII bytes to
   tell, and no other candidate that fits about as well but reads differently (cp1251,
   KOI8-R and MacCyrillic often do). Otherwise the error shows how the text reads under each
   candidate and asks for ``--encoding``.

Nothing is ever decoded with replacement characters: a byte that is not valid in the chosen
encoding is an error naming its offset.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.metadata import version

from ..errors import InputError

# Fewer non-ASCII bytes than this and detection is a guess: a one-line Russian text reads as
# Russian under several Cyrillic code pages (they differ in a few letters only).
MIN_EVIDENCE_BYTES = 120
# Another candidate this close to the best (in charset-normalizer's "chaos", 0-1, and
# "coherence", 0-1) that reads differently makes detection unsure.
CLOSE_CHAOS = 0.02
CLOSE_COHERENCE = 0.1
# Encodings shown beside the detected ones when the evidence is thin: the usual confusions.
USUAL_SUSPECTS = ("cp1252", "cp1251", "koi8-r", "mac-cyrillic", "iso8859-5", "cp1250")
MAX_CANDIDATES = 5

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"<meta\s[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.+-]+)", re.I)
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9_.+-]+)[\"']")
_GUTENBERG = re.compile(rb"^Character set encoding:[ \t]*([^\r\n]+)", re.M | re.I)
_C1 = re.compile(rb"[\x80-\x9f]")
_HIGH_BYTES = bytes(range(0x80, 0x100))


@dataclass(frozen=True, slots=True)
class Decoded:
    """A decoded text, the codec that decoded it, and where that choice came from."""

    text: str
    encoding: str
    source: str


def codec_name(label: str) -> str | None:
    """Python's canonical name for an encoding label, or None if there is no such codec.

    >>> codec_name("KOI8-R"), codec_name("latin-1"), codec_name("ISO Latin-1"), codec_name("x")
    ('koi8-r', 'iso8859-1', 'iso8859-1', None)
    """
    cleaned = label.strip().strip("\"'").lower()
    cleaned = re.sub(r"\s*\(.*\)$", "", cleaned)  # "ISO-8859-1 (Latin-1)"
    cleaned = {"iso latin-1": "latin-1", "iso-latin-1": "latin-1"}.get(cleaned, cleaned)
    try:
        return codecs.lookup(cleaned).name
    except LookupError:
        return None


def html_declared_encoding(raw: bytes) -> str | None:
    """The charset an HTML ``<meta>`` declares in the first 4 KB, if any.

    >>> html_declared_encoding(b'<head><meta http-equiv="Content-Type" '
    ...     b'content="text/html; charset=windows-1251"></head>')
    'windows-1251'
    """
    match = _META_CHARSET.search(raw[:4096])
    return match.group(1).decode("ascii") if match else None


def xml_declared_encoding(raw: bytes) -> str | None:
    """The encoding an XML declaration (``<?xml ... encoding="..."?>``) names, if any."""
    match = _XML_DECL.search(raw[:1024])
    return match.group(1).decode("ascii") if match else None


def gutenberg_declared_encoding(raw: bytes) -> str | None:
    """The ``Character set encoding:`` of a Project Gutenberg header (first 8 KB), if any.

    >>> gutenberg_declared_encoding(b"Language: English\\nCharacter set encoding: ISO-8859-1\\r\\n")
    'ISO-8859-1'
    """
    match = _GUTENBERG.search(raw[:8192])
    return match.group(1).decode("ascii", "replace").strip() if match else None


def decode_bytes(
    raw: bytes,
    *,
    where: str,
    declared: Sequence[tuple[str | None, str]] = (),
    encoding: str | None = None,
    encoding_source: str = "given by the user",
) -> Decoded:
    """Decode ``raw`` strictly, choosing the encoding as the module docstring says.

    ``declared``: (label, where the label came from) pairs, strongest first; None labels are
    skipped. ``encoding``: the user's choice, which overrides everything.

    >>> decode_bytes("Чернин".encode("koi8-r"), where="x", encoding="koi8-r").text
    'Чернин'
    >>> decode_bytes(b"\\xef\\xbb\\xbfplain", where="x")
    Decoded(text='plain', encoding='utf-8', source='BOM')
    """
    if encoding:
        name = codec_name(encoding)
        if name is None:
            raise InputError(f"unknown encoding {encoding!r} (try utf-8, cp1251, koi8-r, latin-1)")
        if name.startswith("utf-8") and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        return Decoded(_strict(raw, name, where, why=encoding_source), name, encoding_source)
    for bom, name in BOMS:
        if raw.startswith(bom):
            return Decoded(_strict(raw[len(bom) :], name, where, why="its BOM"), name, "BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        not_utf8 = f"not valid UTF-8 at byte {exc.start}"
    else:
        overruled = [
            f"{source} says {label}"
            for label, source in declared
            if label and codec_name(label) not in (None, "utf-8", "ascii")
        ]
        how = "strict UTF-8"
        if overruled and not text.isascii():
            how += f", though {overruled[0]}"
        return Decoded(text, "utf-8", how)
    for label, source in declared:
        name = codec_name(label) if label else None
        if name is None:
            continue  # an unknown or absent label decides nothing; later evidence does
        if name.startswith("utf-16") or name.startswith("utf-32"):
            name = "utf-8"  # without a BOM these declarations are wrong (WHATWG does the same)
        if (name == "ascii" and not raw.isascii()) or (name == "iso8859-1" and _C1.search(raw)):
            # C1 control characters are never meant: browsers read these labels as
            # windows-1252, which prints curly quotes and dashes at 0x80-0x9F.
            name, source = "cp1252", f"{source}, read as windows-1252 as browsers do"
        return Decoded(_strict(raw, name, where, why=f"{source} says {label}"), name, source)
    return detect(raw, where=where, not_utf8=not_utf8)


def detect(raw: bytes, *, where: str, not_utf8: str = "not UTF-8") -> Decoded:
    """Detect the encoding of bytes that are not UTF-8; refuse when detection is unsure.

    ``not_utf8`` says why UTF-8 was ruled out, to begin the error message.
    """
    import charset_normalizer

    results = charset_normalizer.from_bytes(raw)
    best = results.best()
    detector = f"charset-normalizer {version('charset-normalizer')}"
    if best is None:
        raise InputError(
            f"{not_utf8}, and no known encoding fits these bytes: is it text? "
            "If it is, give its encoding",
            location=where,
            option="encoding",
        )
    best_name = codec_name(best.encoding) or best.encoding
    best_text = str(best)
    readings: dict[str, str] = {best_name: best_text}
    for match in results:
        name = codec_name(match.encoding) or match.encoding
        close = (
            match.chaos - best.chaos <= CLOSE_CHAOS
            and best.coherence - match.coherence <= CLOSE_COHERENCE
        )
        if close and name not in readings:
            text = str(match)
            if text != best_text:
                readings[name] = text
    evidence = len(raw) - len(raw.translate(None, _HIGH_BYTES))
    thin = evidence < MIN_EVIDENCE_BYTES or best.coherence == 0
    alike: list[str] = []  # usual encodings that read as the best does (cp1252 as cp1250)
    if thin:
        for name in USUAL_SUSPECTS:
            if name in readings:
                continue
            try:
                text = raw.decode(name)
            except UnicodeDecodeError:
                continue
            if text == best_text:
                alike.append(name)
            elif len(readings) < MAX_CANDIDATES:
                readings[name] = text
    if len(readings) == 1:
        return Decoded(best_text, best_name, detector)
    why = (
        f"too little text to tell ({evidence} non-ASCII bytes)"
        if thin
        else "several encodings fit about equally well"
    )
    raise InputError(
        f"{not_utf8}, and {detector} cannot tell its encoding for sure: {why}. "
        f"It reads as {_previews(raw, [best_name, *alike, *list(readings)[1:MAX_CANDIDATES]])}. "
        "Give the right encoding",
        location=where,
        option="encoding",
    )


def _strict(raw: bytes, name: str, where: str, *, why: str) -> str:
    try:
        return raw.decode(name)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid {name} at byte {exc.start} ({raw[exc.start : exc.start + 4]!r}), "
            f"though {why}; give the right encoding",
            location=where,
            option="encoding",
        ) from exc


def _previews(raw: bytes, names: list[str], *, width: int = 48) -> str:
    """How the candidates read the line (of the first megabyte) where they differ most, the
    window starting near the first difference; candidates that read it alike are grouped."""
    best_line, best_count = raw[:200], 0
    for line in raw[: 1 << 20].split(b"\n"):
        if line.isascii():
            continue
        count = len({line.decode(n, "replace") for n in names})
        if count > best_count:
            best_line, best_count = line, count
            if count == len(names):
                break
    readings = [best_line.decode(n, "replace").strip() for n in names]
    first = readings[0]
    differing = sorted(
        {
            i
            for other in readings[1:]
            for i, (a, b) in enumerate(zip(first, other, strict=False))
            if a != b
        }
    )

    def shown(start: int) -> list[str]:
        return [" ".join(text[start : start + width].split()) for text in readings]

    # The window that tells the most candidates apart, starting a little before a difference.
    start = max(
        (max(0, i - width // 3) for i in differing[:64]),
        key=lambda start: len(set(shown(start))),
        default=0,
    )
    grouped: dict[str, list[str]] = {}
    for name, snippet in zip(names, shown(start), strict=True):
        grouped.setdefault(f"'{'…' if start else ''}{snippet}…'", []).append(name)
    return "; ".join(f"{', '.join(group)}: {snippet}" for snippet, group in grouped.items())
