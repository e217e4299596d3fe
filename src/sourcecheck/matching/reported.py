"""Where a clause of reported speech begins in English: before "that" after a verb of saying.

German and Russian set a reported clause off by a comma (", dass so etwas noch nie
vorgekommen sei", ", что такого ещё не бывало"); English does not ("and said that such a
thing had never happened before"). The negation check compares a negation with the clauses
aligned with its own (:mod:`.negation`), so an English passage read as one clause put the
"never" of a reported clause that the quote leaves out against the quote ("Генерал Гофман
ударил кулаком по столу."), while the German rendering of the same passage raised nothing.
Cut before such a "that" too, as before the English conjunctions the clause marks hold
("because", "although"), and both read alike. The verbs are the reporting frames'
(:mod:`sourcecheck.extract.framewords`): "that" after another word ("but that was") is no
reported clause.
"""

from __future__ import annotations

import re

from ..extract.framewords import FRAMES, alternation

_EN = FRAMES["en"]
_REPORTED = re.compile(
    rf"(?i)\b(?:{alternation(_EN.reporting + _EN.saying)}|"
    rf"(?:{alternation(_EN.addressed)})\s+(?:him|her|them|us|me))(\s+)that\b"
)


def clause_cuts(text: str, marks: re.Pattern[str]) -> list[int]:
    """Where the clauses of ``text`` begin and where it ends: at each match of ``marks``
    (punctuation...) and before the "that" of a reported clause, from 0 to its length.

    >>> t = "He struck the table and said that it had never happened."
    >>> cuts = clause_cuts(t, re.compile(r"[.]"))
    >>> [t[a:b] for a, b in zip(cuts, cuts[1:])]
    ['He struck the table and said', ' that it had never happened', '.']
    """
    starts = [m.start() for m in marks.finditer(text)]
    if "that" in text.lower():  # (a cheap test first: the pattern is long, most text has none)
        starts += [m.start(1) for m in _REPORTED.finditer(text)]
    return sorted({0, *starts, len(text)})
