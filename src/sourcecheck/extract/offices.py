"""A description by office or trade beside a verb of saying ("“...,” the mayor said.", "said
the old clerk"): the person the text gives that office, else the description as written, as
sure as any speaker a verb of saying names.

Reporting and history name a person once with their office and then by the office alone:
"Mayor Thomas Brandt opened the session ... “...,” the mayor said." (the office as a title
before the name), "Thomas Brandt, the mayor, ..." and "the city's mayor, Thomas Brandt," (in
apposition). When the narration before the quotation gives the office so to one person, the
description names them (:func:`office_holder`); to several, it names no one of them.

When it names nobody, the description is the speaker the text states: "the old clerk" said
it, whoever the clerk is, as surely as "Thomas Brandt said" says Brandt did. A description
by a kind of person ("the old gentleman", "the young lady", "the child") stands in a story
for someone it names, and a conversation's turns say who; those keep the confidence measured
for them (:mod:`~sourcecheck.extract.confidences`). :mod:`~sourcecheck.extract.officetags`
gives the speakers left as a description by office at the end the confidence of an explicit
tag.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from .attribution import PREPOSITIONS, STOP_CAPS
from .descriptions import UNKNOWN_PERSONS, capitalized_tail, head_noun, is_group, is_role, is_trade
from .persons import People

if TYPE_CHECKING:
    from .resolve import Referents

OFFICE_GIVEN = "the office the text gives"
"""The words of a note that says a description was resolved by the office the text gives a
person ("the mayor = Thomas Brandt, the office the text gives 'Mayor Thomas Brandt'")."""
EXPLICIT_DESCRIPTION = 0.85
"""The confidence of a description by office beside a verb of saying, as written or resolved
to the one person the text gives that office: the confidence the sieves give a description
that introduces the words ("the secretary wrote:", "a soldier said:")."""
NOT_OFFICES = frozenset(
    "voice voices tone tones cry figure face form shape person persons people creature thing "
    "one first second third fourth fifth last rest worthy party child infant baby".split()
)
"""Nouns of a description beside a verb that tell no office nor trade: a voice, a figure, a
place in a row ("the second"), a person as such ("the person", "the child")."""
_AFTER_NOUN = frozenset("of in at on from with by for who whom whose which that".split())
_DEFINITE = frozenset("the this that".split())
_INDEFINITE = frozenset("a an".split())
_SPACE = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"  # (a name may run over a line break, not a paragraph)
_NAME = rf"(?:(?:[A-Z][a-z]{{0,2}}\.|[A-Z][\w’'\-]+){_SPACE}){{0,2}}[A-Z][\w’'\-]+"
"""A name of up to three capitalized words, an abbreviated title or an initial among them
("Mr. Pinchbeck", "J. Smith"); not over a full stop ("Doctor Pinchbeck. CHAPTER II")."""
MAX_NAME_WORDS = 3


def office_noun(words: str, *, indefinite: bool = False) -> str | None:
    """The noun of a definite description by office or trade ("the mayor", "the old clerk",
    "the surgeon"), None for any other ("the old gentleman", "his sister", "the voice", "the
    crowd", "the other", "the apothecary's deputy"); ``indefinite``: "a clerk", "an official"
    too (a newcomer, whom no office given before names).

    >>> [office_noun(w) for w in ("the mayor", "the old\\nclerk", "the old gentleman", "a clerk")]
    ['mayor', 'clerk', None, None]
    >>> office_noun("a police spokesman", indefinite=True)
    'spokesman'
    """
    parts = words.split()
    articles = _DEFINITE | (_INDEFINITE if indefinite else frozenset())
    if len(parts) < 2 or parts[0].lower() not in articles or "’s" in words or "'s" in words:
        return None
    for k, word in enumerate(parts[1:], 1):
        if word.lower() in _AFTER_NOUN:
            parts = parts[:k]  # "the mayor of the town": its noun is "mayor"
            break
    noun, phrase = parts[-1].lower(), " ".join(parts)
    if len(parts) < 2 or not noun.isalpha() or not parts[-1][0].islower():
        return None  # ("the Hatter": a name the text gives with its article)
    if noun in NOT_OFFICES or noun in UNKNOWN_PERSONS or is_role(phrase) or is_group(phrase):
        return None
    if head_noun(phrase) is not None and not is_trade(phrase):
        return None  # "the old gentleman", "the young lady": a kind of person
    return noun


def office_holder(
    text: str,
    words: str,
    offset: int,
    *,
    people: People,
    inside_quote: Callable[[int], bool],
) -> tuple[str, str] | None:
    """The one person the narration before ``offset`` gives the office of the description
    ``words`` (as a title, "Mayor Thomas Brandt"; in apposition, "Thomas Brandt, the mayor",
    "the mayor, Thomas Brandt"), with how it gives it; None when it gives it to nobody or to
    several persons. A name is the person of the text it names (as the text calls them), or
    else its printed words if they are a name ("Thomas Brandt", not "Yesterday, the mayor").

    >>> t = "Mayor Thomas Brandt opened the session. “We wait,” the mayor said."
    >>> office_holder(t, "the mayor", t.index("the mayor"), people=People([]),
    ...               inside_quote=lambda at: False)
    ('Thomas Brandt', 'Mayor Thomas Brandt')
    """
    noun = office_noun(words)
    if noun is None:
        return None
    found: dict[str, tuple[str, str]] = {}
    for at, printed, shown in _holders(text, noun):
        if at >= offset:
            break
        if inside_quote(at):
            continue
        person = people.resolve(printed)
        name = person.name if person is not None else printed if _names_person(printed) else None
        if name is not None:
            found[name.split()[-1]] = (name, shown)
    return next(iter(found.values())) if len(found) == 1 else None


def by_office(referents: Referents, words: str, offset: int) -> tuple[str, float, str] | None:
    """The speaker a description by office at ``offset`` names: the name it ends with ("the
    engineer Mara Quist", one the people of the text do not know; anaphora resolves the
    others), else the one person the narration gives that office to
    (:func:`office_holder`); their name, the confidence of an explicit tag and the note that
    says so; None else."""
    written = words[0].lower() + words[1:]
    tail = capitalized_tail(words)
    lead = words[: len(words) - len(tail)]
    named = (  # (not "the secretary of the Congress": what the secretary belongs to)
        len(lead.split()) >= 2
        and office_noun(lead) == lead.split()[-1].lower()
        and referents.people.resolve(tail) is None  # (a person the text knows: anaphora's)
        and _names_person(tail)
    )
    if named:
        return tail, EXPLICIT_DESCRIPTION, f" ({written} = {tail})"
    held = office_holder(
        referents.text,
        words,
        offset,
        people=referents.people,
        inside_quote=referents.inside_quote,
    )
    if held is None:
        return None
    return held[0], EXPLICIT_DESCRIPTION, f" ({written} = {held[0]}, {OFFICE_GIVEN} {held[1]!r})"


def _names_person(printed: str) -> bool:
    """Whether words the people of the text do not know are a name all the same: two or
    three capitalized words, none a word that opens sentences ("Thomas Brandt", not "Later")."""
    words = printed.split()
    return 2 <= len(words) <= MAX_NAME_WORDS and not any(w in STOP_CAPS for w in words)


@lru_cache(maxsize=64)
def _holders(text: str, noun: str) -> tuple[tuple[int, str, str], ...]:
    """Every place ``text`` gives the office ``noun`` to a name, in order: where, the name
    printed (on one line) and the words that give it."""
    office = re.escape(noun)
    title = re.escape(noun.capitalize())
    patterns = (
        rf"(?<![\w’'])(?:{title}|{office})\s+(?P<name>{_NAME})",  # Mayor Thomas Brandt
        rf"(?P<name>{_NAME}),\s+(?:the|a|an)\s+(?:[\w’'\-]+\s+){{0,3}}?{office}\b",
        # the city's mayor, Thomas Brandt, (not "On their way to the magistrate, Mr. Bumble")
        rf"(?P<lead>\w+\s+)?\bthe\s+(?:[\w’'\-]+\s+){{0,3}}?{office},\s+(?P<name>{_NAME}),",
        rf"(?P<name>{_NAME}),\s+{office}\s+(?:of|at|in)\b",  # Thomas Brandt, mayor of Ulm
    )
    found = []
    for pattern in patterns:
        for m in re.finditer(pattern, text):
            if m.groupdict().get("lead") and m.group("lead").strip().lower() in PREPOSITIONS:
                continue  # "On their way to the magistrate, Mr. Bumble, ...": not his office
            words = m.group("name").split()
            while len(words) > 1 and words[0] in STOP_CAPS:
                words = words[1:]  # "Later Thomas Brandt, the mayor": not "Later"
            printed = " ".join(words)
            found.append((m.start(), printed, " ".join(m.group().split())))
    return tuple(sorted(found))
