"""A file name, a path or a version the quote prints that the text prints once: it places
the quote there.

A rendering stands out from the text's other passages by its sentence vector (the margin,
:mod:`.verdict`); a passage hardly above them is a topic match unless its words say
otherwise. In a manual the passages around one example are all alike: the Debian New
Maintainers' Guide names "gentoo-0.9.12" on page after page, and "Иногда бывает, что автор
выпускает предварительную версию gentoo-0.9.12.tar.gz с именем
gentoo-0.9.12-ReleaseCandidate-99.tar.gz." was rejected at its own passage ("One tricky case
occurs when upstream releases gentoo-0.9.12-ReleaseCandidate-99.tar.gz as the pre-release of
gentoo-0.9.12.tar.gz.") as a topic match, +0.06 above the others with 4 of its 9 words paired
(walkthrough walk111, xc-ru-en-03). But a name no language translates, printed nowhere else
in the text, says which passage the quote renders, as the word matcher's place does
(:mod:`.placed`, :attr:`~.verdict.Signals.placed`): there the margin counts as at least the
topic margin, and the rest of the rule still weighs the words.

Such a *code* is a run of the quote between spaces (its marks at the ends off) of at least
:data:`CODE_CHARS` characters with a digit, or a dot, slash or underscore inside it, and a
letter ("gentoo-0.9.12-ReleaseCandidate-99.tar.gz", "/usr/share/doc", "dh_auto_configure");
it places the quote only where the text prints it once, as the quote does, inside the
passage. A code the text prints twice or more is its topic, not a place.

An *entry* is a manual's or a glossary's terse line: its options, then what they do ("-s,
--squeeze-blank  suppress repeated empty output lines", "--color[=WHEN]  color the output
WHEN"). The options are the entry's name, printed nowhere else at a line's start; the words
after them are few and often rendered freely ("never print more than one blank line when
several come in a row"), and the entries around are all alike, so the sentence vectors do not
tell the entry quoted from its neighbours: "-s, --squeeze-blank: never print more than one
blank line ..." was rejected at its own entry as a topic match (+0.09 above the others), and
"--color[=WANN] Steuerung, wann Farbe zum Unterscheiden der Dateitypen eingesetzt wird" was
placed at another paragraph that names colors and file types (walkthrough walk112,
rt-ru-en-06, xc-de-en-03). A quote that opens with options (each bare, or with a placeholder
in capitals: "--width=COLS", "--sort=WORD", "--quoting-style=СЛОВО"; never a value, which a
sentence about the option prints: "--color=auto") renders the text's entry of those options
when the text has exactly one: that entry is then the quote's only candidate
(:func:`at_entry`) and places it (:func:`entry_placed`), in any language; the rule still
weighs its words there. A text with two entries of the options (two manual pages with "-s")
places nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol, TypeVar

from ..models import Span

CODE_CHARS = 8
"""The fewest characters of a code ("0.9.12" or "a/b" are too common to place a quote)."""

_CHUNK = re.compile(r"\S+")
_ENDS = "\"'“”„«»‘’()[]{}<>.,;:!?"
_INSIDE = re.compile(r"[\d./_]")
_LETTER = re.compile(r"[^\W\d_]")


def codes(text: str) -> list[str]:
    """The codes of ``text`` (see the module).

    >>> codes("Иногда автор выпускает gentoo-0.9.12.tar.gz с именем «dh_auto_configure».")
    ['gentoo-0.9.12.tar.gz', 'dh_auto_configure']
    >>> codes("Version 0.9.12 of a/b, in 1918.")
    []
    """
    found = []
    for m in _CHUNK.finditer(text):
        chunk = m.group().strip(_ENDS)
        inside = _INSIDE.search(chunk[1:-1]) is not None
        if len(chunk) >= CODE_CHARS and inside and _LETTER.search(chunk):
            found.append(chunk)
    return list(dict.fromkeys(found))


def code_placed(quote: str, text: str, span: Span) -> bool:
    """Whether a code of ``quote`` is printed once in ``text``, inside ``span``.

    >>> text = ("Use gentoo-0.9.12.tar.gz. Rename gentoo-0.9.12-rc99.tar.gz. "
    ...         "Use gentoo-0.9.12.tar.gz.")
    >>> at = text.index("Rename")
    >>> code_placed("переименуйте gentoo-0.9.12-rc99.tar.gz", text, Span(at, at + 34))
    True
    >>> code_placed("используйте gentoo-0.9.12.tar.gz", text, Span(0, 25))
    False
    """
    for code in codes(quote):
        first = text.find(code)
        if first < 0 or text.find(code, first + 1) >= 0:
            continue  # not there, or printed twice or more: the text's topic
        if span.start <= first and first + len(code) <= span.end:
            return True
    return False


_OPTION = r"-{1,2}[^\W\d_][\w-]*(?:\[?=[^\W\d_]+\]?)?"
_OPTIONS = rf"{_OPTION}(?:,[ \t]*{_OPTION})*"
_QUOTE_ENTRY = re.compile(rf"\s*({_OPTIONS})(?=[:\s]|$)")
_TEXT_ENTRY = re.compile(rf"^[ \t]*({_OPTIONS})(?=[ \t]*$|[ \t]{{2}}|\t)", re.MULTILINE)
_ENTRY_END = re.compile(r"\n[ \t]*\n")
_NAME = re.compile(r"(-{1,2}[^\W\d_][\w-]*)(\[?=([^\W\d_]+)\]?)?")


def _names(options: str) -> frozenset[str] | None:
    """The option names of an entry's options ("-s", "--squeeze-blank"), or None when one of
    them prints a value rather than a placeholder in capitals ("--color=auto")."""
    names = set()
    for m in _NAME.finditer(options):
        if m.group(3) is not None and not m.group(3).isupper():
            return None
        names.add(m.group(1))
    return frozenset(names)


def entry_names(quote: str) -> frozenset[str]:
    """The options a quote opens with, when it is an entry (see the module), else none.

    >>> sorted(entry_names("-s, --squeeze-blank: never print more than one blank line"))
    ['--squeeze-blank', '-s']
    >>> sorted(entry_names("--quoting-style=СЛОВО использовать стиль")), entry_names(
    ...     "--color=auto makes ls color its output")
    (['--quoting-style'], frozenset())
    """
    m = _QUOTE_ENTRY.match(quote)
    return (_names(m.group(1)) or frozenset()) if m else frozenset()


@lru_cache(maxsize=64)  # asked for each candidate a claim weighs, over the whole text
def entry_span(quote: str, text: str) -> Span | None:
    """The text's one entry of the options ``quote`` opens with (its line and the lines
    after it, to the next blank line or entry), or None: the quote is no entry, or the text
    has no such entry, or two.

    >>> text = "  -n, --number\\n      number all lines\\n\\n  -s, --squeeze-blank\\n      suppress"
    >>> entry_span("-s, --squeeze-blank: never print two blank lines", text).slice(text)
    '  -s, --squeeze-blank\\n      suppress'
    """
    wanted = entry_names(quote)
    if not wanted:
        return None
    found = [m for m in _TEXT_ENTRY.finditer(text) if wanted <= (_names(m.group(1)) or set())]
    if len(found) != 1:
        return None
    start = found[0].start()
    ends = [m.start() for m in (_ENTRY_END.search(text, found[0].end()),
                                _TEXT_ENTRY.search(text, found[0].end() + 1)) if m]  # fmt: skip
    return Span(start, min(ends, default=len(text)))


def entry_placed(quote: str, text: str, span: Span) -> bool:
    """Whether ``span`` overlaps the text's one entry of the options ``quote`` opens with."""
    entry = entry_span(quote, text)
    return entry is not None and span.start < entry.end and entry.start < span.end


class _Placed(Protocol):
    @property
    def span(self) -> Span: ...


class _Candidate(Protocol):
    @property
    def passage(self) -> _Placed: ...


C = TypeVar("C", bound=_Candidate)


def entry_hint(quote: str, text: str) -> list[tuple[int, int]]:
    """The character range of the text's one entry of the quote's options, to try as a
    candidate (:func:`entry_span`), or none."""
    entry = entry_span(quote, text)
    return [] if entry is None else [(entry.start, entry.end)]


def at_entry(quote: str, text: str, candidates: Sequence[C]) -> list[C]:
    """Of ``candidates``, those at the text's one entry of the options ``quote`` opens with
    (the quote renders that entry or nothing); all of them when the quote is no entry, the
    text has none or several, or no candidate is there."""
    entry = entry_span(quote, text)
    if entry is None:
        return list(candidates)
    there = [
        c
        for c in candidates
        if c.passage.span.start < entry.end and entry.start < c.passage.span.end
    ]
    return there or list(candidates)


def placed_at(quote: str, text: str, span: Span, *, cross: bool) -> bool:
    """Whether ``span`` is where the text prints once a name of ``quote``: across languages
    (``cross``) a code (:func:`code_placed`), in any language an entry's options
    (:func:`entry_placed`)."""
    return (cross and code_placed(quote, text, span)) or entry_placed(quote, text, span)
