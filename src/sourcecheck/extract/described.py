"""The description that is the subject of the sentence before a pronoun: "Die Kaiserin schrieb
an ihren Bruder. „...“, sagte sie." (sie = die Kaiserin); "The old woman put down her cup.
“...,” she said."

A pronoun's referent is most often the subject of the sentence before it. When that subject
is a description (an article and a noun of a person, not a name), the pronoun of its gender is
the person the description names when the text says who (:meth:`Referents.description
<sourcecheck.extract.resolve.Referents.description>`), else the description itself: German
texts name their people so ("die Mutter", "der Prokurist"), as "the student" of "the student
replied" is the speaker when no person is named. The gender of a German description comes from
its noun, or from its article and a feminine "-in" ("die Kaiserin", "die Gräfin") with a
singular verb ("schrieb", not "schrieben").

A relation the last clause of narration names first is the pronoun's referent as a name would
be (:func:`clause_description`: "she was met by her father, who came out of his library.
“Lizzy,” said he").
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from typing import TYPE_CHECKING

from . import lexicon
from .descriptions import description_gender, head_noun, is_group, is_role
from .facts import sentence_spans
from .people import NAME_RE
from .titles import FEMALE_TITLES, MALE_TITLES

if TYPE_CHECKING:
    from .resolve import Referents, Turn

_OPENINGS = [
    re.compile(
        r"(?:(?P<adverb>[A-Z][a-z]+),\s+)?(?P<article>(?(adverb)the|(?:The|Der|Die|Das)))\s+"
        rf"(?P<adjectives>(?:[a-zäöüß][\w-]*\s+){{{k}}})(?P<noun>[\w-]+)\s+"
        r"(?P<verb>[a-zäöüß]\w*)\b"
    )
    for k in range(3)
]
"""A sentence opening with a definite description (with no, one or two adjectives) and its
verb: "The woman put", "The old woman put", "Die Kaiserin schrieb", "Der alte General sagte";
after an adverb and a comma too ("Meanwhile, the doctor walked")."""
_MARKS = re.compile(r"[“”„«»\"]")
_MALE = frozenset(t.lower() for t in MALE_TITLES)
_FEMALE = frozenset(t.lower() for t in FEMALE_TITLES)


def described_subject(
    referents: Referents,
    offset: int,
    gender: str,
    *,
    turns: Sequence[Turn] = (),
    exclude: Set[str] = frozenset(),
) -> str | None:
    """The name (or the words) of the description of ``gender`` that opens a full sentence of
    narration before ``offset`` (in its paragraph or the one before, no quotation between),
    if one does: the last sentence, or an earlier one when the sentences after it name
    nobody of ``gender`` ("Die Mutter kam an die Tür. Gregor wartete. »...«, sagte sie": the
    mother; Gregor is a man). A sentence naming a person of ``gender``, or of a gender the
    text does not show, ends the search: the pronoun may be them."""
    text = referents.text
    floor = referents.paragraph_floor(offset, 1)
    sentences = [
        (s, e) for s, e in sentence_spans(text, floor, offset) if text[s:e].rstrip()[-1:] in ".!?"
    ]
    if not sentences or _MARKS.search(text, sentences[-1][0], offset):
        return None  # someone spoke since: the sentence is not the one before the pronoun
    for start, end in reversed(sentences[-BACK_SENTENCES:]):
        if _MARKS.search(text, start, end) or referents.inside_quote(start):
            return None
        m = _opening(text, start, end)
        if m is not None and _gender(m) == gender:
            words = m.group("article").lower() + " " + m.group("adjectives") + m.group("noun")
            person = referents.description(words, offset, turns=turns, exclude=exclude)
            if person is not None:
                return person.name
            return None if words in exclude else words
        if not _names_only_others(referents, start, end, gender):
            return None
    return None


BACK_SENTENCES = 3
"""How many sentences before a pronoun are searched for the description it goes on about."""


_GOES_ON = {"F": re.compile(r"(?:She|Sie)\b"), "M": re.compile(r"(?:He|Er)\b")}
"""A sentence that opens with the pronoun itself goes on about the same person ("The old woman
put down her cup. She sighed. “...,” she said.")."""


def _names_only_others(referents: Referents, start: int, end: int, gender: str) -> bool:
    """Whether the sentence ``start:end`` names persons, all of another gender than
    ``gender`` (as the text shows them), or opens with the pronoun of ``gender`` and names
    nobody of it: the pronoun goes past it to the sentence before."""
    found = _GOES_ON[gender].match(referents.text, start, end) is not None
    for m in NAME_RE.finditer(referents.text, start, end):
        person = referents.people.resolve(m.group())
        if person is None:
            continue
        shown = person.gender or referents.shown.get(id(person))
        if shown in (None, gender):
            return False
        found = True
    return found


def _opening(text: str, start: int, end: int) -> re.Match[str] | None:
    """The description that opens the sentence ``text[start:end]``, the adjectives read up to
    a noun of a person ("the old woman", not "the old"), else a capitalized German noun."""
    found = None
    for pattern in _OPENINGS:
        m = pattern.match(text, start, end)
        if m is None:
            continue
        found = found or m
        if head_noun(m.group("noun")) is not None or m.group("noun")[:1].isupper():
            return m
    return found


def _gender(m: re.Match[str]) -> str | None:
    """The gender of a matched description: its noun's ("woman", "Mutter", "General"), else
    in German a feminine "-in" after "die" with a singular verb ("Die Kaiserin schrieb")."""
    noun, article = m.group("noun"), m.group("article").replace("the", "The")
    words = f"{article} {noun}"
    if head_noun(words) is not None and not is_group(words):
        return description_gender(words)
    if article == "The":
        return words_gender(words)  # "The Empress wrote": a title used as a description
    if not noun[:1].isupper():
        return None
    lower = noun.lower()
    if lower in _MALE and article == "Der":
        return "M"
    if lower in _FEMALE and article == "Die":
        return "F"
    singular = not m.group("verb").endswith("en")
    if article == "Die" and singular and len(lower) > 4 and lower.endswith("in"):
        return "F"  # "die Kaiserin", "die Gräfin", "die Lehrerin"
    return None


def words_gender(words: str) -> str | None:
    """The gender words that name a person without a name say: a description's noun ("the
    old lady"), a title alone, with or without its article ("the Empress", "Empress", "der
    General"), a German feminine "-in" after "die" ("die Kaiserin"). None for a name.

    >>> [words_gender(w) for w in ("the Empress", "die Kaiserin", "Count", "Lenin", "Berlin")]
    ['F', 'F', 'M', None, None]
    """
    gender = description_gender(words)
    parts = words.split()
    if gender is not None or not parts or len(parts) > 2:
        return gender
    article = parts[0].lower() if len(parts) == 2 else ""
    if article not in ("", "the", "der", "die"):
        return None
    lower = parts[-1].lower().rstrip(".")
    if lower in _MALE and article != "die":
        return "M"
    if lower in _FEMALE and article != "der":
        return "F"
    feminine = len(lower) > 4 and lower.endswith("in") and parts[-1][:1].isupper()
    return "F" if article == "die" and feminine else None


_RELATION = re.compile(r"\b(?=((?:[Hh]is|[Hh]er)(?:\s+[a-z][\w-]*){1,3}))")
"""A person named by their relation to someone: "her father", "his old friend", "her
brother-in-law" (overlapping: "the time her father" holds "her father")."""
_QUALIFIER = re.compile(r"\s+(?:in|of|at|on|from|with|by)\s")


def clause_description(text: str, start: int, stop: int, gender: str) -> tuple[int, str] | None:
    """The first person of ``gender`` that ``text[start:stop]`` (a clause of narration) names
    by a relation, and where: "she was met by her father, who came out of his library" gives
    "her father"; not an owner ("her father's library"), a group, a role ("his companion")
    nor one told apart by what follows ("her friend in the country"). A description with
    "the" ("the old gentleman") is left out: who it is, the text often says by name nearby.

    >>> t = "The next morning she was met by her father, who came out."
    >>> clause_description(t, 0, len(t), "M"), clause_description(t, 0, len(t), "F")
    ((32, 'her father'), None)
    >>> t = "It was the time her mother's letter came."
    >>> clause_description(t, 0, len(t), "F") is None
    True
    """
    function_words = lexicon.words_of("en")
    for m in _RELATION.finditer(text, start, stop):
        words = m.group(1).split()
        noun = next((k for k in range(1, len(words)) if head_noun(words[k]) is not None), None)
        if noun is None or any(w in function_words for w in words[1:noun]):
            continue
        phrase = " ".join(words[: noun + 1])
        end = m.start() + [w.end() for w in re.finditer(r"\S+", m.group(1))][noun]
        if (
            end > stop
            or text.startswith(("’s", "'s"), end)
            or _QUALIFIER.match(text, end)
            or is_group(phrase)
            or is_role(phrase)
            or description_gender(phrase) != gender
        ):
            continue
        return m.start(), phrase[0].lower() + phrase[1:]
    return None
