"""A word matcher's changed word that is another person, another day, another member of a
closed set: a changed fact, flagged (words97, issue 10).

"The secretary read the letter aloud" where the source says "the chairman read it", "in the
morning" where it says "in the evening", "the sailors refused" for "the soldiers refused":
one word in ten changed, ``close`` and ``word_changed``, rated 3 ("a person must look") as a
synonym would be. Each says another thing happened, and is flagged as the meaning stage
flags what it reads (the flags of :data:`.report.data.MEANING_FLAGS`, rated misquoted):

- another person (``roles``: who does what differs): two different person nouns, an office
  or rank (:data:`.extract.titles.OFFICE_TITLES`, "Chairman", "Secretary", "Oberst"), a
  household's person (:func:`.persons.person_of`), or two members of the closed sets of
  people (:data:`.closedsets.KINDS`: sexes, kin, military ranks and services), or any two
  nouns of two kinds of person by WordNet (:func:`.offices.other_office`: "treasurer" /
  "secretary") or by the closed class of offices in three languages
  (:func:`.offices.different_offices`: "секретарь" / "казначей"), wherever the noun stands:
  the doer, a passive's agent ("by the secretary"), the one acted upon;
- another time (``date``): a weekday, month, season or time of day for another;
- another count (``number``): a quantifier for one of a kind that excludes it, "several" /
  "all", "only one" / "every" (:func:`.quantifiers.bare_counts`), a vote carried otherwise,
  "mehrheitlich" / "einstimmig" (:mod:`.voteshares`); a multiple or a fraction in words for
  another number ("тройной" / "двойной", "triple" / "double", "Hälfte" / "Viertel", "twice" /
  "three": :func:`..facts.multiples.multiple_value`);
- another member of another closed set (``name``: it names another thing of a set whose
  members exclude each other): a compass point, a colour, a feeling, a material. Nations were
  flagged ``name`` already (:mod:`.changedsense`);
- another unit, span of time or currency (``number``: "inches" / "centimetres", "month" /
  "year": :mod:`.unitsets`).

An antonym that is no such member ("small" / "large") is an opposite (:mod:`.opposites`).
A person noun in its other form ("father" / "fathers") or a word of no set stays
``word_changed`` only.
"""

from __future__ import annotations

from ..extract.titles import OFFICE_TITLES
from ..facts.languages import read_word_numbers
from ..facts.multiples import multiple_value
from ..models import Difference
from ..normalize import WORD_RE, fold
from .closedsets import same_kind
from .offices import different_offices, other_office
from .persons import person_of
from .quantifiers import NUMBER, bare_counts, count_note
from .unitsets import NAME_SETS, unit_kind
from .voteshares import other_vote_share

ROLES = "roles"
DATE = "date"
NAME = "name"
PEOPLE_KINDS = frozenset({"sexes", "kin", "ranks", "services"})
TIME_KINDS = {
    "weekdays": "day",
    "months": "month",
    "seasons": "season",
    "times of day": "time of day",
}
_OTHER_KINDS = {"compass points": "direction", "colours": "colour", "feelings": "feeling"}
_OFFICES = frozenset(fold(t) for t in OFFICE_TITLES)
_MULTIPLE_RUN = 3
"""A changed run of at most this many words is read for a multiple ("die Hälfte")."""


def changed_fact(d: Difference, language: str) -> tuple[str, str] | None:
    """The flag and the reason's note for a changed word ``d`` that puts another person,
    time or closed set's member in the source word's place (see the module), or None.

    >>> changed_fact(Difference("changed", "secretary", "chairman"), "en")[0]
    'roles'
    >>> changed_fact(Difference("changed", "morning", "evening"), "en")[1]
    'CHECK: it says “morning” where the source says “evening”: another time of day'
    >>> print(changed_fact(Difference("changed", "fathers", "father"), "en"))
    None
    """
    if d.kind != "changed":
        return None
    q, s = d.quote.strip(), d.source.strip()
    counts = bare_counts(q, s, language)  # "several" / "all" (.quantifiers)
    if counts is not None:
        return NUMBER, count_note(counts)
    said = f"CHECK: it says “{q}” where the source says “{s}”"
    if other_vote_share(q, language, s, language) is not None:  # "mehrheitlich" / "einstimmig"
        return NUMBER, f"{said}: the vote told otherwise"
    if _other_multiple(q, s, language):  # "тройной" / "двойной" (..facts.multiples)
        return NUMBER, f"{said}: another number"
    if len(WORD_RE.findall(q)) != 1 or len(WORD_RE.findall(s)) != 1:
        return None
    kind = same_kind(q, s)
    if kind in TIME_KINDS:
        return DATE, f"{said}: another {TIME_KINDS[kind]}"
    other = kind is None and (
        _other_person(q, s, language)
        or other_office(q, s, language)
        or different_offices(q, s, language)  # "секретарь" / "казначей": the closed class
    )
    if kind in PEOPLE_KINDS or other:  # other_office: "treasurer" / "secretary"
        return ROLES, f"{said}: another person"
    if kind in _OTHER_KINDS:
        return NAME, f"{said}: another {_OTHER_KINDS[kind]}"
    unit = unit_kind(q, s)  # "inches" / "centimetres", "copper" / "lead" (.unitsets)
    if unit is not None:
        return (NAME if unit in NAME_SETS else NUMBER), f"{said}: another of the {unit}"
    return None


def _other_multiple(words: str, other: str, language: str) -> bool:
    """Whether two changed words say two numbers, one of them at least a multiple or a
    fraction in words ("тройной" / "двойной", "die Hälfte" / "ein Viertel", "double" /
    "three"): each side a run of a few words with one number word, the other side's may be a
    cardinal in words.

    >>> _other_multiple("тройной", "двойной", "ru"), _other_multiple("double", "two", "en")
    (True, False)
    >>> _other_multiple("die Hälfte", "ein Viertel", "de")
    True
    """
    sides = [WORD_RE.findall(w) for w in (words, other)]
    if not all(0 < len(side) <= _MULTIPLE_RUN for side in sides):
        return False
    read = [[(m, _cardinal(w, language) if m is None else m)
             for w in side for m in (multiple_value(w, language),)] for side in sides]  # fmt: skip
    said = [[(m, v) for m, v in side if v is not None] for side in read]
    if any(len(side) != 1 for side in said):
        return False
    (mine, value), (theirs, other_value) = said[0][0], said[1][0]
    return (mine is not None or theirs is not None) and value != other_value


def _cardinal(word: str, language: str) -> float | None:
    """The value of one number word ("three", "drei", "три"), or None."""
    found = read_word_numbers([fold(word)], language)
    return found[0].value if len(found) == 1 and not word.strip().isdigit() else None


def _other_person(word: str, other: str, language: str) -> bool:
    """Whether two words are nouns of two different people: offices, ranks or a household's
    people ("secretary" / "chairman", "clerk" / "mother"), not one in two forms."""
    if fold(word) == fold(other):
        return False
    rows = person_of(word, language), person_of(other, language)
    if rows[0] is not None and rows[0] == rows[1]:
        return False  # "father" / "fathers"
    return all(
        row is not None or fold(w) in _OFFICES for row, w in zip(rows, (word, other), strict=True)
    )
