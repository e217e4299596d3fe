"""Who acts in a Russian clause, read from its nouns' endings, against an English or German
rendering's doer and undergoer.

Russian has no articles and a free order ("Почтальона укусила собака" says what "Собака
укусила почтальона" says), so :mod:`.reversal` reads no Russian relation of its own and
:mod:`.roles` reads only pronouns: "Мэр раскритиковал газету" for "The mayor was criticised by
the newspaper" was ``reworded`` with every word paired and no flag. Here the other side's
relation (:func:`.reversal.relations`) is carried over by the word pairs, and the Russian
counterparts of its doer and undergoer, in one clause and neither after a preposition, are
read by their case endings where these are unambiguous: the accusative (and the animate
accusative, which is the genitive) of "газету", "инженеров", "портовых рабочих", the
nominative of "мэр", "капитаны", "рабочие". When the Russian counterpart of the doer is
marked as an object and the undergoer's as a subject, the Russian clause has the roles the
other way round; one marked alone is not enough: "-у"/"-ю" is also a dative, which is the
subject of "Грегору пришлось ..." ("Gregor had to ..."), and a phrase read into a doer may
hold its verb.

Limits: "-а"/"-я" is both a feminine nominative ("собака") and a masculine accusative
("почтальона"), so a clause whose two nouns both end so is not read (word order decides
nothing: either order is usual); nor is a noun whose nominative and accusative are the same
("мост"); the reading is of endings, not of a dictionary, so an adverb or a short form paired
as a noun's counterpart may be misread: a Russian clause that agrees with the relation (the
same people, the same way round) cancels a disagreeing one.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from ..normalize import WORD_RE, fold
from .roles import _PREPOSITIONS, _words
from .stems import content_stems

_OBJECT = re.compile(r"(?:у|ю|ую|юю|ого|его|ов|ев|ых|их)$")
"""Endings of a noun or adjective in the accusative (an animate one's is the genitive's)."""
_SUBJECT = re.compile(r"(?:[бвгдзклмнпрстфхцчшщ]|ы|и|ые|ие|ый|ий)$")
"""Endings of a masculine nominative singular (no ending) or a nominative plural."""
_OTHER = re.compile(r"(?:ам|ям|ом|ем|ём|ым|им|ах|ях|ой|ей|ми)$")
"""Endings of the dative, instrumental and prepositional (which end in a consonant too):
neither a subject's nor an object's."""

ACTS, UNDERGOES = "acts", "undergoes"


def marked(words: Sequence[str]) -> str | None:
    """The role the endings of a Russian noun phrase's ``words`` (folded) mark: ``ACTS``
    (nominative), ``UNDERGOES`` (accusative) or None when they are ambiguous or disagree.

    >>> marked(["газету"]), marked(["портовых", "рабочих"]), marked(["мэр"])
    ('undergoes', 'undergoes', 'acts')
    >>> marked(["собака"]), marked(["почтальона"]), marked(["поварам"])
    (None, None, None)
    """
    roles = {
        None if _OTHER.search(w) else UNDERGOES if _OBJECT.search(w) else
        ACTS if _SUBJECT.search(w) else None
        for w in words if len(w) > 2
    }  # fmt: skip
    roles.discard(None)
    return roles.pop() if len(roles) == 1 else None


def russian_order(
    doer: frozenset[str],
    undergoer: frozenset[str],
    text: str,
    clauses: Sequence[tuple[int, int]],
    counterparts: Mapping[str, frozenset[str]],
    linked: Collection[str] = (),
) -> bool | None:
    """Whether the Russian ``text`` has the relation of ``doer`` on ``undergoer`` (folded
    words of the other language; ``counterparts``: each to its folded Russian renderings) the
    same way round (True), reversed (False), or says nothing readable of it (None). Each
    clause holding renderings of both, neither after a preposition, is read
    (:func:`marked`); one the same way round outweighs one reversed. When a clause holds a
    Russian word of ``linked`` (the renderings of the relation's other words: its verb),
    only such clauses are read: "the workers trained the engineers" is said by the clause
    with "обучили", not by the one with "хвалили" after it."""
    # by stem: a word pair stands for its first forms ("инженеров"), the clause may say
    # another ("Инженеры обучили ..., и рабочие хвалили инженеров")
    doers = set(content_stems([r for w in doer for r in counterparts.get(w, ())], "ru"))
    undergoers = set(content_stems([r for w in undergoer for r in counterparts.get(w, ())], "ru"))
    undergoers -= doers
    if not doers or not undergoers:
        return None
    linked = set(content_stems(linked, "ru"))
    prepositions = _words(_PREPOSITIONS, "ru")
    found: dict[bool, set[bool]] = {True: set(), False: set()}  # linked -> readings
    said = [[fold(m.group()) for m in WORD_RE.finditer(text, a, b)] for a, b in clauses]
    stems = {w: next(iter(content_stems([w], "ru")), None) for words in said for w in words}
    verb = any(stems[w] in linked for words in said for w in words)
    for words in said:
        bare = [w for k, w in enumerate(words) if k == 0 or words[k - 1] not in prepositions]
        d = marked([w for w in bare if stems[w] in doers])
        u = marked([w for w in bare if stems[w] in undergoers])
        if not any(stems[w] in doers for w in bare) or not any(
            stems[w] in undergoers for w in bare
        ):
            continue
        link = any(stems[w] in linked for w in words)
        if d == UNDERGOES and u == ACTS:
            found[link].add(False)
        elif (d == ACTS and u != ACTS) or (u == UNDERGOES and d != UNDERGOES):
            found[link].add(True)
    read = found[True] if verb else found[False]
    return True if True in read else False if read else None
