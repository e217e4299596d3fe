"""Who a stretch of history prose says it is reporting: "according to Czernin".

"according to X", "X reports/records/noted that", "in X's account", "as X wrote in his diary",
"nach X", "по словам X"
(the words of :mod:`.framewords`, which matching's frames read too) name the *source* of a
reported fact or paraphrase; the speaker is who spoke in it ("according to Czernin, Kühlmann
spoke with complete assurance": Kühlmann speaks, Czernin's book is cited). When X is the
author of a source in the database, that source is the one cited: in the sentence that names
it, always; elsewhere in its paragraph ("according to X" only), for a claim whose own words
name no author or title of a source (see :func:`~sourcecheck.extract.sources.resolve_source`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Source
from ..normalize import fold, latin
from .framewords import FRAMES, FrameWords, alternation, every_language, in_account
from .surnames import same_surname, split_authors, surname

_NAME = r"((?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'\-]+\s+){0,2}[A-ZÀ-ÖØ-ÞА-ЯЁ][\w\-]+?)"
_CITING = every_language("according") + every_language("known_author")


def _account(words: FrameWords) -> str:
    """A verb of an account and where it was written: "noted in his diary"."""
    return rf"(?:{alternation(words.reporting)}){in_account(words)}"


_ACCOUNTS = "|".join(_account(words) for words in FRAMES.values())
_REPORTER_RES = (
    re.compile(r"\b(?:" + alternation(_CITING, first_either_case=True) + r")\s+" + _NAME + r"\b"),
    re.compile(
        _NAME + r"\s+(?:" + _ACCOUNTS + r")"
        r",?\s+(?:" + alternation(every_language("that")) + r")\b"
    ),
    re.compile(
        r"\b[Ii]n\s+" + _NAME + r"(?:’s|'s)\s+(?:own\s+)?"
        r"(?:" + alternation(FRAMES["en"].accounts) + r")\b"
    ),
    re.compile(
        rf"\b(?:{alternation(every_language('as_'), first_either_case=True)})\s+{_NAME}\s+"
        rf"(?:{_ACCOUNTS})(?=\s*[,.;])"
    ),
)
""""according to X" (the phrases before a name of every language, :mod:`.framewords`), "X
records (in his diary) that" (the verbs of an account), "in X's account", "as X wrote (in his
diary),"."""
_RUSSIAN_CASE = re.compile(r"(?:а|я|у|ю|ым|ом)$")


@dataclass(frozen=True, slots=True)
class Reporter:
    """A source named as the reporter of a stretch: ``words`` at ``[start, end)``."""

    source: Source
    words: str
    start: int
    end: int
    carries: bool
    """"according to X" covers the facts around it in its paragraph; "In X's diary ... we
    read:" and "X records that" only their own sentence (the diary's words follow it)."""


def _keys(name: str) -> list[str]:
    """The folded surnames ``name`` may stand for: "Czernin's" is "czernin", "Чернина" is
    "chernin" (the genitive the preposition governs)."""
    last = re.sub(r"(?:’s|'s)$", "", name.split()[-1])
    keys = [fold(latin(last))]
    bare = _RUSSIAN_CASE.sub("", last)
    if bare != last:
        keys.append(fold(latin(bare)))
    return keys


def reporters(text: str, start: int, end: int, sources: Sequence[Source]) -> list[Reporter]:
    """The reporters named in ``text[start:end]`` that are authors of ``sources``, in text
    order.

    >>> s = [Source(id="cz", title="In the World War", author="Ottokar Czernin")]
    >>> t = "Next day, according to Czernin, Kühlmann spoke of peace."
    >>> [(r.source.id, r.words) for r in reporters(t, 0, len(t), s)]
    [('cz', 'according to Czernin')]
    """
    found = []
    for n, pattern in enumerate(_REPORTER_RES):
        for m in pattern.finditer(text, start, end):
            keys = _keys(m.group(1))
            for source in sources:
                authors = [surname(a) for a in split_authors(source.author)]
                if any(same_surname(k, a) for k in keys for a in authors):
                    found.append(Reporter(source, m.group().strip(), m.start(), m.end(), n == 0))
                    break
    return sorted(found, key=lambda r: r.start)
