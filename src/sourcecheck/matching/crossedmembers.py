"""Two coordinated members of a sentence that exchange what they say of their terms.

"If no FILE is given, recursive searches examine the working directory, and nonrecursive
searches read standard input" against "werden rekursive Suchen die Standardeingabe lesen und
nichtrekursive Suchen das aktuelle Verzeichnis prüfen" (walk113): every word has a counterpart,
the sentence vectors are nearly the same, and no person acts, so :mod:`.roles` and
:mod:`.reversal` read nothing; yet what the recursive searches do, the German has the
nonrecursive ones do. So "the prerm script contained in the old version ... and the postinst
script contained in the new version" against "сценарий prerm, содержавшийся в новой версии, и
сценарий postinst, содержащийся в старой версии".

A sentence is cut into its members before a coordinator (:func:`.conjuncts.joins_in`: "and",
"or", "und", "oder", "и", "или", "а"...) and at a semicolon. A true rendering keeps each
member's words together: the counterparts of one member of the quote are said in one member of
the passage (the members may come in the other order). When each of the two members of a
quote's sentence (one cut in exactly two) has its counterparts in both members of a passage
sentence cut in two, crosswise (a word of the first member with one of the second in one
passage member, and another of each in the other), the members exchanged a part: the
``roles`` flag. One word paired with the wrong member makes one such crossing, not two: the
four places must all hold a counterpart. And the members must be parallel on both sides, a
counterpart said in both of them ("searches" / "Suchen", "script" / "сценарий": the head each
member repeats); two verbs or two clauses of a long sentence joined by "and" ("that have held
and hold rule over men") are none: a loose alignment of a literary sentence crossed them
often (78 rows of the labelled set without this and the cut in two). A word said twice on
either side (its place there is not known) is not read; the weak pairs count
(:attr:`.wordpairs.Alignment.weak`: "nichtrekursive" / "nonrecursive"), as they do for who
does what to whom. :mod:`.halves` reads a contrast's halves ("but", "а") by their majorities.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable

from ..normalize import WORD_RE, fold
from .conjuncts import joins_in
from .technames import identifiers
from .wordpairs import Alignment

_SENTENCE_END = re.compile(r"[.!?…]+(?=\s+\S|\s*$)")


def members(text: str, language: str) -> list[tuple[int, int, int]]:
    """(sentence index, start, end) of each member of each sentence of ``text``: cut before a
    coordinator (:func:`.conjuncts.joins_in`) and at a semicolon.

    >>> t = "Recursive searches read input, and others examine files. Done."
    >>> [(s, t[a:b].strip()) for s, a, b in members(t, "en")]
    [(0, 'Recursive searches read input,'), (0, 'and others examine files.'), (1, 'Done.')]
    """
    found: list[tuple[int, int, int]] = []
    joins = set(joins_in(text, language))
    start = 0
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    if not ends or ends[-1] < len(text):
        ends.append(len(text))
    for k, end in enumerate(ends):
        a = start
        for at in sorted(j for j in joins if start < j < end):
            if at > a:
                found.append((k, a, at))
                a = at
        for part in _semicolons(text, a, end):
            found.append((k, *part))
        start = end
    return [(k, a, b) for k, a, b in found if WORD_RE.search(text, a, b)]


def _semicolons(text: str, a: int, b: int) -> list[tuple[int, int]]:
    cuts = [a, *(a + m.end() for m in re.finditer(";", text[a:b])), b]
    return [(x, y) for x, y in itertools.pairwise(cuts) if y > x]


def _member_of(spans: list[tuple[int, int, int]], at: int) -> int | None:
    return next((i for i, (_, a, b) in enumerate(spans) if a <= at < b), None)


def _once(text: str) -> set[int]:
    """Offsets of the words said once in ``text`` (by their folded form)."""
    words = [(m.start(), fold(m.group())) for m in WORD_RE.finditer(text)]
    count = Counter(w for _, w in words)
    return {at for at, w in words if count[w] == 1}


def _links(
    alignment: Alignment, quote: str, quote_language: str, passage: str, passage_language: str
) -> Iterable[tuple[int, int]]:
    """(quote offset, passage offset) of the counterparts whose words each side says once
    (and the weak pairs'), but a word of an identifier ("bin" of "/usr/local/bin"): two
    identifiers exchanged are read as such (:func:`.technames.exchanged_identifiers`)."""
    q_once, p_once = _once(quote), _once(passage)
    q_once -= _inside_identifiers(quote, quote_language)
    p_once -= _inside_identifiers(passage, passage_language)
    for p in (*alignment.pairs, *alignment.weak):
        if p.quote_at in q_once and p.passage_at in p_once:
            yield p.quote_at, p.passage_at


def _inside_identifiers(text: str, language: str) -> set[int]:
    """Offsets of the words inside the identifiers of ``text``."""
    return {
        m.start()
        for i in identifiers(text, language)
        for m in WORD_RE.finditer(text, i.start, i.end)
    }


def exchanged_members(
    quote: str, quote_language: str, passage: str, passage_language: str, alignment: Alignment
) -> str | None:
    """What two members of a quote's sentence exchange in the passage (:mod:`this module
    <.conjuncts>`), in words; None when no two do.

    >>> from sourcecheck.matching.wordpairs import WordPair
    >>> q = "the old script runs first, and the new script runs last"
    >>> p = "the old script runs last, and the new script runs first"
    >>> pairs = [WordPair(w, q.index(w), w, p.index(w), 1.0) for w in ("old", "new")]
    >>> pairs += [WordPair("first", q.index("first"), "first", p.index("first"), 1.0)]
    >>> pairs += [WordPair("last", q.index("last"), "last", p.index("last"), 1.0)]
    >>> pairs += [WordPair("script", q.index("script"), "script", p.index("script"), 1.0)]
    >>> exchanged_members(q, "en", p, "en", Alignment(4, tuple(pairs)))[:60]
    'the quote has “old” with “first”, the source with the counte'
    """
    q_members, p_members = members(quote, quote_language), members(passage, passage_language)
    if len(q_members) < 2 or len(p_members) < 2:
        return None
    cells: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for q_at, p_at in _links(alignment, quote, quote_language, passage, passage_language):
        qm, pm = _member_of(q_members, q_at), _member_of(p_members, p_at)
        if qm is not None and pm is not None:
            cells.setdefault((qm, pm), []).append((q_at, p_at))
    q_two, p_two = _two_members(q_members), _two_members(p_members)
    heads = _heads(alignment, quote, passage, q_members, p_members)
    for (a, b), (c, d) in ((q, p) for q in q_two for p in p_two):
        if all(cell in cells for cell in ((a, c), (a, d), (b, c), (b, d))) and any(
            (a, b) == q and {c, d} == p for q, p in heads
        ):
            return _note(quote, cells[(a, c)][0][0], cells[(a, d)][0][0], cells[(b, c)][0][0])
    return None


def _two_members(spans: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """The (first, second) members of each sentence cut in exactly two."""
    by_sentence: dict[int, list[int]] = {}
    for i, (k, _, _) in enumerate(spans):
        by_sentence.setdefault(k, []).append(i)
    return [(m[0], m[1]) for m in by_sentence.values() if len(m) == 2]


def _heads(
    alignment: Alignment,
    quote: str,
    passage: str,
    q_members: list[tuple[int, int, int]],
    p_members: list[tuple[int, int, int]],
) -> set[tuple[tuple[int, int], frozenset[int]]]:
    """The pairs of members that a counterpart said in both of them on each side makes
    parallel ("recursive searches ... and nonrecursive searches" / "rekursive Suchen ... und
    nichtrekursive Suchen"): ((quote member, quote member), passage members)."""
    found = set()
    for p in alignment.pairs:
        mine = _members_saying(quote, p.quote, q_members)
        theirs = _members_saying(passage, p.passage, p_members)
        if len(mine) == 2 and len(theirs) == 2:
            a, b = sorted(mine)
            found.add(((a, b), frozenset(theirs)))
    return found


def _members_saying(text: str, word: str, spans: list[tuple[int, int, int]]) -> set[int]:
    key = fold(word)
    return {
        i
        for m in WORD_RE.finditer(text)
        if fold(m.group()) == key and (i := _member_of(spans, m.start())) is not None
    }


def _note(quote: str, word: int, partner: int, other: int) -> str:
    """The plain words of the flag: ``word`` said with ``partner`` in the quote, with the
    counterpart of ``other`` (of the other member) in the source."""
    said = [m.group() for at in (word, partner, other) if (m := WORD_RE.match(quote, at))]
    return (
        f"the quote has “{said[0]}” with “{said[1]}”, the source with the counterpart of "
        f"“{said[2]}”: two coordinated parts exchange what they say"
    )
