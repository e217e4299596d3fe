"""The subject of a Russian clause, read by its verb's agreement (for :mod:`.caseroles`).

A Russian clause's roles are read by its nouns' cases, and a noun's case is often ambiguous
("сторожа": the watchman's accusative or genitive, or watchmen in the nominative), or the
noun has no counterpart on the other side to read at all ("Медсестра разбудила сторожа" for
"The watchman woke the nurse": "сторожа" pairs with nothing). The verb says more: a past
tense agrees with its subject in number and, in the singular, in gender (a noun of either
gender, "сирота", with both) ("разбудила": a
feminine singular subject), a present tense in number. The nouns that can be nominatives
(:func:`.morph_ru.cases`) and agree with the clause's finite verb are its subject, those that
can only be nominatives first: so "медсестра", not "сторожа", acts in the clause above, and
"сторож" (a nominative or an inanimate reading's accusative), not "медсестру", in "Сторож
разбудил медсестру".

A participle or an adjective that stands for a noun ("Сопровождающий загружает пакет": the
maintainer), with no nominal after it that it could qualify, is read as that noun
(:func:`_nominal`).

Limits: only finite active verbs are read (a participle "разбужена", a reflexive in "-ся",
which is often passive, and a first or second person are not); a subject of two nouns joined
by "и" asks a plural the nouns do not show, and is not read.
"""

from __future__ import annotations

from collections.abc import Sequence

from .morph_ru import cases, finite_verb, nominatives, substantive_nominatives


def clause_subjects(words: Sequence[str], verbs: Sequence[int]) -> frozenset[int] | None:
    """The positions of ``words`` (a clause's, lower case, as written) that may be its
    subject: the nominatives agreeing with the first of ``verbs`` (positions of the words
    that may be its verb) read as a finite active verb, those that can be no other case if
    any; None when no verb is read.

    >>> words = "медсестра разбудила сторожа на рассвете".split()
    >>> sorted(clause_subjects(words, [1]))
    [0]
    >>> sorted(clause_subjects("пассажиры предупредили начальника станции".split(), [1]))
    [0]
    >>> clause_subjects(words, [4]) is None  # "рассвете" is no verb
    True
    """
    verb = next((v for v in (finite_verb(words[k]) for k in verbs) if v is not None), None)
    if verb is None:
        return None
    number, gender = verb
    agreeing = [
        k
        for k in range(len(words))
        if any(
            n == number and (gender is None or g in (gender, None)) for n, g in _nominal(words, k)
        )
    ]
    only = [k for k in agreeing if cases(words[k]) - {"gent"} == {"nomn"}]  # gent: qualifies
    return frozenset(only or agreeing)


def _nominal(words: Sequence[str], k: int) -> frozenset[tuple[str, str | None]]:
    """The nominative readings of ``words[k]`` as a noun, or as an adjective or participle
    standing for one: no word after it that may be a nominative it qualifies."""
    found = nominatives(words[k])
    if found or (k + 1 < len(words) and "nomn" in cases(words[k + 1])):
        return found
    return substantive_nominatives(words[k])
