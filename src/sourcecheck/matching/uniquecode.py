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
"""

from __future__ import annotations

import re

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
