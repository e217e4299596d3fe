"""Stage 2 of attribution: the person a speaker mention names.

The sieves (:mod:`sourcecheck.extract.sieves`) link a quotation to a *mention*: a name, a
pronoun ("said she") or a description ("said the old gentleman", "cried her mother"). This
module resolves a pronoun or a description to a person of the text (after Muzny et al., EACL
2017, stage 2):

- a **pronoun** is, in this order: the person of its gender the turn it answers calls by
  name ("I am afraid, Mr. Darcy, ..." / "Not at all," he replied) or is said to ("asked Mr.
  Hale of Mr. Ward", :mod:`~sourcecheck.extract.addressees`); the first person of its
  gender the narration's last clause before it names, going back past clauses that open
  with "he" or "she" (the subject more than the last one named: "Lady Mary watched Miss
  Price ... She disliked the manners of Miss Price ... said she"), or a relation it names
  first when the text says who ("she was met by her father ... said he": Mr. Bennet); else the
  person most recently named in the narration (never inside quotation marks) or speaking,
  of its gender and present in the scene (:mod:`~sourcecheck.extract.presence`), but not one
  named in a sentence that opens with "she" ("She read Jane's letter ...": the sentence is
  about someone else); over that person, the text's main person of that gender when the last
  paragraphs name them as often, else one who spoke in them over one merely mentioned.
  The people the quotation addresses ("..., Miss Bennet?", "turning to Paul, he said") and,
  in a conversation, the speaker of the turn it answers are not candidates;
- a **description** is a person of its gender ("the girl", "the old gentleman", "her mother")
  from the last paragraphs, preferring the one the text names most often around that
  description (who "the doctor" is, the whole text says), then the most recent;
- a role in the conversation ("the other", "the person addressed", "his companion") is the
  other participant: the speaker of the turn before the one it answers.

When no candidate fits, the mention stays unresolved and the caller keeps the words.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence, Set
from dataclasses import dataclass
from itertools import pairwise

from ..texts.paragraphs import Paragraph
from .addressees import addressee, answering
from .association import MIN_LIFT, Associations
from .attribution import PREPOSITIONS, phrase_mentions
from .bindings import Bindings
from .clauseroles import clause_cuts, main_subject, named_in_fronted, participle_object
from .described import clause_description, described_subject
from .descriptions import (
    description_gender,
    description_key,
    head_noun,
    is_role,
    is_trade,
)
from .facts import sentence_spans
from .kin import SCENE_PARAGRAPHS, kin_of
from .namescan import names_in
from .people import People, Person
from .presence import present
from .scene import scene_of
from .titlenouns import TitleHolders
from .titles import is_organisation

PRONOUN_PARAGRAPHS = 8
"""How many paragraphs before a pronoun's own are searched for its referent."""
DESCRIPTION_PARAGRAPHS = 12
"""How many paragraphs before a description's own are searched for its referent."""
PARTNER_PARAGRAPHS = 6
"""How far back the speakers of a conversation are looked for."""
REUSE_CHARS = 5000
"""A description names the person it named last if that was at most this far back."""
OTHER_DESCRIPTION_CHARS = 3000
"""How far back the person another description named is not the one a description names."""


@dataclass(frozen=True, slots=True)
class Turn:
    """A quotation already attributed: where it starts, its paragraph, who speaks it."""

    at: int
    paragraph: int
    person: Person | None
    name: str | None


class Referents:
    """The persons named in a text's narration, in order, and the resolution of pronouns and
    descriptions against them and against the speakers of earlier quotations."""

    def __init__(
        self,
        text: str,
        people: People,
        *,
        quoted: Sequence[tuple[int, int]],
        paras: Sequence[Paragraph],
    ) -> None:
        self.text, self.people, self.paras = text, people, paras
        self._para_starts = [p.start for p in paras]
        bounds = sorted(quoted)
        self._q_starts = [s for s, _ in bounds]
        self._q_ends = [e for _, e in bounds]
        self.named: list[tuple[int, Person]] = []
        self._governed: set[int] = set()  # names after a preposition ("to Emma")
        for m in names_in(text, 0, len(text), people):
            if self.inside_quote(m.start()) or not _subject_like(text, m):
                continue
            person = _named(people, m.group())
            if person is not None:
                self.named.append((m.start(), person))
                if _after_preposition(text, m.start()):
                    self._governed.add(m.start())
        self._named_at = [at for at, _ in self.named]
        self.associations = Associations(text, self.named, self.inside_quote)
        self.bindings = Bindings(text, people, bounds)
        self.titles = TitleHolders(text, people)
        self._resolved: dict[str, tuple[int, Person]] = {}  # each description's last referent
        self._described: dict[str, tuple[int, Person]] = {}  # ... and its last use
        self.newcomers: dict[str, tuple[int, str, str]] = {}  # a description's unnamed one
        self.main: dict[str, Person | None] = {}  # the text's main person of each gender
        self.shown: dict[int, str] = {}  # by id: the gender a pronoun given them showed
        self.shown_names: dict[str, str] = {}  # ... and by name, those the people do not know
        self._describing = False  # resolving a description named before a pronoun

    def inside_quote(self, offset: int) -> bool:
        """Whether ``offset`` is inside a quotation's piece."""
        i = bisect.bisect_right(self._q_starts, offset) - 1
        return i >= 0 and offset < self._q_ends[i]

    def pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        """The quotations' pieces that start in ``start:end``, in order."""
        i, j = (bisect.bisect_left(self._q_starts, at) for at in (start, end))
        return list(zip(self._q_starts[i:j], self._q_ends[i:j], strict=True))

    def named_between(self, first: int, last: int) -> Counter[str]:
        """The persons the narration names in the paragraphs strictly between paragraph
        numbers ``first`` and ``last``, with how often."""
        if last - first < 2:
            return Counter()
        lo = bisect.bisect_left(self._named_at, self.paras[first].start)
        hi = bisect.bisect_left(self._named_at, self.paras[last - 1].start)
        return Counter(p.name for _, p in self.named[lo:hi])

    def paragraph_floor(self, offset: int, back: int) -> int:
        """The start of the paragraph ``back`` paragraphs before the one holding ``offset``."""
        i = max(0, bisect.bisect_right(self._para_starts, offset) - 1 - back)
        return self._para_starts[i] if self._para_starts else 0

    def candidates(self, offset: int, back: int, turns: Sequence[Turn]) -> list[tuple[int, Person]]:
        """The persons named in the narration or speaking in the ``back`` paragraphs before
        ``offset``, most recent first."""
        floor = self.paragraph_floor(offset, back)
        lo = bisect.bisect_left(self._named_at, floor)
        hi = bisect.bisect_left(self._named_at, offset)
        found = list(self.named[lo:hi])
        found += [(t.at, t.person) for t in turns if t.person and floor <= t.at < offset]
        found.sort(key=lambda x: -x[0])
        return found

    def pronoun(
        self,
        offset: int,
        gender: str | None,
        *,
        turns: Sequence[Turn],
        exclude: Set[str] = frozenset(),
        answered: Turn | None = None,
    ) -> tuple[str | None, bool]:
        """The name of the person "he" or "she" at ``offset`` refers to, and whether the
        gender was known to match; an unnamed person more recent than any candidate is the
        referent. When the quotation ``answered`` a turn of a conversation of two
        (:func:`~sourcecheck.extract.addressees.answering`), its other participant wins.

        >>> from sourcecheck.extract.people import people_of
        >>> t = "Mr. Knightley saw Emma. Emma smiled at Mr. Knightley, and she said"
        >>> r = Referents(t, people_of(t), quoted=[], paras=[Paragraph(1, 0, len(t))])
        >>> r.pronoun(len(t), "F", turns=[])[0], r.pronoun(len(t), "M", turns=[])[0]
        ('Emma', 'Mr. Knightley')
        """
        since = answered.at if answered is not None else 0
        if gender is not None:
            called = addressee(self, answered, gender, exclude) if answered is not None else None
            described = None if called else described_subject(self, offset, gender, turns=turns)
            if described is not None and described not in exclude:  # "Die Kaiserin schrieb."
                return described, True
            subject = called or self.narration_subject(
                offset, gender, since=since, exclude=exclude, turns=turns
            )
            if subject is not None:
                return subject.name, True
        floor = self.paragraph_floor(offset, PRONOUN_PARAGRAPHS)
        unnamed = [
            (m.start, m.text)
            for m in phrase_mentions(self.text, max(floor, offset - 600), offset)
            if m.kind == "unnamed"
            and not m.governed
            and not self.inside_quote(m.start)
            and not (gender and self._under_pronoun(m.start, gender, anywhere=True))
        ]
        unnamed += self.introduced(max(floor, offset - 600), offset, gender)
        unnamed.sort()
        unknown: Person | None = None
        governed: Person | None = None  # "his deference for Lady Catherine": a weaker referent
        near = self.paragraph_floor(offset, 1)
        partner = answering(answered, gender, turns) if answered is not None else None
        here = present(self, offset, gender, turns, exclude)  # (None: nobody known there)
        scene = scene_of(self, offset, gender, turns, exclude, here)
        for at, person in self.candidates(offset, PRONOUN_PARAGRAPHS, turns):
            if (unnamed and unnamed[-1][0] > at) or (governed is not None and at < near):
                break
            if person.name in exclude or is_organisation(person.name):
                continue  # "the Central Executive Committee" is never "he"
            if partner is not None and at < since and person.name not in exclude:
                return partner, True  # the conversation's other participant
            if gender is None or person.gender == gender:
                if here is not None and person.name not in here:
                    continue  # named paragraphs ago, not in this scene
                if gender is not None and self._under_pronoun(at, gender):
                    continue  # "She read Jane's letter, which proved that Jane ...": not Jane
                other = scene.instead(at, person, governed=at in self._governed)
                if other is not None:  # present in the scene, or the text's main person
                    return other.name, True
                if at not in self._governed:
                    return person.name, True
                governed = governed or person
            elif (
                person.gender is None
                and unknown is None
                and governed is None
                and self.shown.get(id(person), gender) == gender  # ("he replied": not "she")
            ):
                if _starts_sentence(self.text, at):
                    return person.name, False  # "Liebknecht was like a general ... he"
                unknown = person
        if governed is not None:
            return governed.name, True
        if unnamed and unknown is None:
            return unnamed[-1][1], False
        return (unknown.name if unknown else None), False

    def _under_pronoun(self, at: int, gender: str, *, anywhere: bool = False) -> bool:
        """Whether the name at ``at`` is in a sentence of the narration whose subject is a
        pronoun of ``gender`` ("She was engaged in re-perusing Jane's last letter, ... that
        Jane had not written"): someone else, the one the pronoun goes on about, is its
        subject. ``anywhere``: the pronoun may come anywhere before it ("Just as she said
        this, she noticed that one of the trees had a door": not one of the trees)."""
        start = max(self.text.rfind("\n\n", 0, at), *(self.text.rfind(p, 0, at) for p in _ENDS))
        opening = self.text[start:at].lstrip(".!?\n ")
        pattern = (_SUBJECT_ANYWHERE if anywhere else _SUBJECT_OPENING)[gender]
        return (pattern.search if anywhere else pattern.match)(opening) is not None

    def narration_subject(
        self,
        offset: int,
        gender: str,
        *,
        since: int = 0,
        exclude: Set[str] = frozenset(),
        turns: Sequence[Turn] = (),
    ) -> Person | None:
        """The person of ``gender`` the narration right before ``offset`` is about: the first
        person of that gender its last clause names (after the last quotation, in the
        paragraph of ``offset`` or the two before, up to :data:`MAX_SENTENCES` sentences
        back), the subject more often than the last one named ("Elizabeth smiled at Jane.
        “No,” said she."); a clause where "he" or "she" comes first goes on about someone
        named before it ("Miss Bingley saw it. She tried to provoke Darcy. “I hope,” said
        she": Miss Bingley). A relation of that gender named first is a person as a name is,
        when the text says who ("she was met by her father, who came out. “Lizzy,” said he":
        Mr. Bennet, Elizabeth Bennet's father).

        >>> from sourcecheck.extract.people import people_of
        >>> t = ("Miss Bates saw Mr. Elton. Mrs. Weston spoke to Miss Bates. Later she smiled "
        ...      "at Miss Bates. “No,” said she.")
        >>> r = Referents(t, people_of(t), quoted=[(t.index("No"), t.index(",”"))],
        ...               paras=[Paragraph(1, 0, len(t))])
        >>> r.narration_subject(t.index("“No"), "F").name
        'Mrs. Weston'
        """
        floor = max(self.paragraph_floor(offset, NARRATION_PARAGRAPHS), since)
        i = bisect.bisect_left(self._q_ends, offset) - 1
        while i >= 0 and self._q_ends[i] > floor:
            if not _INSIDE_SENTENCE.match(self.text, self._q_ends[i]):
                floor = self._q_ends[i] + 1  # someone spoke: the narration starts after
                break
            i -= 1  # the “policy of Lenin-Trotsky,” quite reasonably ...: narration goes on
        goes_on = False  # past a clause about "she": her antecedent is a subject, not an object
        for start, end in reversed(sentence_spans(self.text, floor, offset)[-MAX_SENTENCES:]):
            cuts = clause_cuts(self.text, start, end)  # (not before "; and turned to her")
            for lo, hi in reversed(list(pairwise(cuts))):
                first = self._first_of_gender(lo, hi, gender, offset, turns, exclude, goes_on)
                if first is not None:
                    return None if first.name in exclude else first
                opening = _SUBJECT_OPENING[gender].match(self.text[lo:hi].lstrip())
                goes_on = goes_on or opening is not None
        return None

    def _first_of_gender(
        self,
        start: int,
        end: int,
        gender: str,
        offset: int,
        turns: Sequence[Turn],
        exclude: Set[str],
        goes_on: bool = False,
    ) -> Person | None:
        """The person of ``gender`` a clause names before any pronoun of that gender, or as
        the subject of its main clause after a fronted one ("before she had gone far, her
        mother followed her"), by name or by a relation the text says who is (resolved at
        ``offset``). ``goes_on``: a later
        clause opens with the pronoun ("..., of getting Harriet into the house, made her find
        ... She then broke the lace"): a participle's object ("getting Harriet") is not who
        the narration goes on about."""
        pronoun = _SUBJECT_PRONOUNS[gender].search(self.text, start, end)
        stop = pronoun.start() if pronoun is not None else end
        found: tuple[int, Person] | None = None
        for m in names_in(self.text, start, end, self.people):
            fronted = named_in_fronted(self.text, start, end, gender, m)  # ("With Emma, she")
            if fronted or (goes_on and participle_object(self.text, m.start())):
                continue
            if m.start() >= stop and not main_subject(self.text, m.start(), m.group()):
                continue  # (but "before she had gone far, Mrs. Lane followed her")
            person = _named(self.people, re.sub(r"[’']s$", "", m.group()))
            if person is not None and person.gender == gender:
                found = (m.start(), person)
                break
        described = None if self._describing else clause_description(self.text, start, end, gender)
        if described is None:
            return found[1] if found else None
        late = described[0] > min(stop, found[0] if found else stop)
        if late and not (found is None and main_subject(self.text, *described)):
            return found[1] if found else None  # (not "before she ..., her mother followed")
        self._describing = True  # "her father": whose, a pronoun says (without descriptions)
        try:
            person = self.description(described[1], offset, turns=turns, exclude=exclude)
        finally:
            self._describing = False
        if person is None:  # "Her sister had left": who, the text does not say; the names may
            return found[1] if found else None
        return person

    def introduced(self, start: int, end: int, gender: str | None) -> list[tuple[int, str]]:
        """The persons a sentence of the narration introduces as its subject without a name
        ("A soldier climbed on the tribune."), of ``gender``: a later "he" may be them."""
        found = []
        for m in _INTRODUCED.finditer(self.text, start, end):
            parts = m.group(1).split()
            nouns = [k for k in range(1, len(parts)) if head_noun(parts[k]) is not None]
            if not nouns or self.inside_quote(m.start()):
                continue
            words = " ".join(parts[: nouns[0] + 1])  # "A soldier" of "A soldier climbed on"
            if gender is None or description_gender(words) == gender:
                found.append((m.start(1), words[0].lower() + words[1:]))
        return found

    def description(
        self,
        words: str,
        offset: int,
        *,
        turns: Sequence[Turn],
        exclude: Set[str] = frozenset(),
        answered: Turn | None = None,
    ) -> Person | None:
        """The person a description at ``offset`` names: the one it named last time, if
        recent; else, of its gender and among the persons of the last paragraphs, the one the
        text names around that description far more often than elsewhere (a *lift* of at
        least :data:`~sourcecheck.extract.association.MIN_LIFT`: "the doctor" is Mr.
        Losberne; "the man" is nobody in particular)."""
        key = description_key(words)
        gender = description_gender(words)
        if gender is None and not is_role(words):
            return None  # "the stranger", "the voice": who, the text may not yet say
        kin = kin_of(self, words, offset, turns=turns, exclude=exclude, answered=answered)
        kin = kin or self.titles.person(self, words, offset, turns=turns, exclude=exclude)
        if kin is not None:  # (or "the doctor": Doctor Losberne)
            return kin
        bound = self.bindings.bound(words, offset)
        if bound is not None and bound.name not in exclude:  # the narration says who
            self._resolved[key] = self._described[key] = (offset, bound)
            return bound
        otherwise = self._described_otherwise(words, offset)
        exclude = exclude | otherwise
        last = self._resolved.get(key)
        if last is not None and offset - last[0] < REUSE_CHARS and last[1].name not in exclude:
            self._described[key] = (offset, last[1])
            return last[1]
        lifts = self.associations.lifts(key)
        best: tuple[float, int, Person] | None = None
        for rank, (_, person) in enumerate(self.candidates(offset, DESCRIPTION_PARAGRAPHS, turns)):
            if person.name in exclude or (gender and person.gender != gender):
                continue
            lift = lifts.get(id(person), 0.0)
            if lift >= MIN_LIFT and (best is None or lift > best[0]):
                best = (lift, -rank, person)
        found = best[2] if best is not None else None
        if found is None and not is_trade(words):  # "the surgeon": someone of that trade
            found = self._partner(offset, gender, turns, exclude)
            if found is None and otherwise:  # "the young lady", not "the girl": who else spoke
                found = self._partner(offset, gender, turns, exclude, back=SCENE_PARAGRAPHS)
        if found is not None:
            self._resolved[key] = self._described[key] = (offset, found)
        return found

    def _described_otherwise(self, words: str, offset: int) -> set[str]:
        """The persons another description of the same gender and another kind of person
        named in the last :data:`OTHER_DESCRIPTION_CHARS` ("the girl" is Nancy: "the young
        lady" of the same scene is someone else)."""
        head, gender = head_noun(words), description_gender(words)
        if head is None or is_trade(words) or is_role(words):
            return set()
        return {
            person.name
            for other, (at, person) in self._described.items()
            if offset - at < OTHER_DESCRIPTION_CHARS
            and head_noun(other) not in (None, head)
            and description_gender(other) == gender
            and not is_trade(other)
            and not is_role(other)
        }

    def _partner(
        self,
        offset: int,
        gender: str | None,
        turns: Sequence[Turn],
        exclude: Set[str],
        *,
        back: int = 0,
    ) -> Person | None:
        """The one person of the description's gender who spoke in the last ``back``
        (:data:`PARTNER_PARAGRAPHS`) paragraphs and is not excluded (the speaker it answers):
        the other participant of the conversation."""
        floor = self.paragraph_floor(offset, back or PARTNER_PARAGRAPHS)
        found = {
            id(t.person): t.person
            for t in turns
            if t.person is not None
            and floor <= t.at < offset
            and t.person.name not in exclude
            and (gender is None or t.person.gender == gender)
        }
        return next(iter(found.values())) if len(found) == 1 else None


def _named(people: People, words: str) -> Person | None:
    """The person a name names, read without the article that opens a sentence with it ("The
    Invisible Man was silent", of the Invisible Man)."""
    person = people.resolve(words)
    return people.resolve(words[4:]) if person is None and words.startswith("The ") else person


def _starts_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 3) : at].rstrip()
    return not before or before[-1] in ".!?"


def _subject_like(text: str, m: re.Match[str]) -> bool:
    """Whether a name may be the referent of a later "he": not an owner ("Lenin's stand") nor
    governed by a preposition ("the experiments of Buchanan and Kerensky")."""
    if m.group().endswith(("’s", "'s")) or text.startswith(("’s", "'s"), m.end()):
        return False
    before = text[max(0, m.start() - 60) : m.start()].split()
    if before and before[-1] in ("and", "or"):  # "of Buchanan and Kerensky"
        before.pop()
        while before and before[-1][:1].isupper():
            before.pop()
    return not (before and before[-1].lower() in _OWNING)


def _after_preposition(text: str, at: int) -> bool:
    before = text[max(0, at - 20) : at].split()
    return bool(before) and before[-1].lower() in PREPOSITIONS


MAX_SENTENCES = 3
"""How many sentences of narration before a pronoun are read for its subject."""
_INSIDE_SENTENCE = re.compile(r"[^\w\n]{0,4}\s*[a-z]")
"""After a quotation's words: the narration's sentence goes on (a term quoted in passing)."""
NARRATION_PARAGRAPHS = 2
"""How many paragraphs before a pronoun's own its narration subject may be in."""
_SUBJECT_PRONOUNS = {
    "M": re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|himself)\b"),
    "F": re.compile(r"\b(?:[Ss]he|[Hh]er|herself)\b"),
}
_ENDS = (". ", "! ", "? ", ".\n", "!\n", "?\n")
_SUBJECT_OPENING = {"M": re.compile(r"He\b"), "F": re.compile(r"She\b")}
_SUBJECT_ANYWHERE = {"M": re.compile(r"\b[Hh]e\b"), "F": re.compile(r"\b[Ss]he\b")}
"""A sentence whose subject is "he" or "she": it opens with it."""
_INTRODUCED = re.compile(
    r"(?:^|(?<=[.!?;] )|(?<=\n))((?:A|An) (?:[a-z][\w\-]* ){0,2}[a-z]+)\b", re.M
)
"""An indefinite noun phrase opening a sentence: "A soldier climbed", "An old man rose"."""
_OWNING = frozenset("of between about".split())
"""Prepositions whose object is a topic more than an actor ("the policy of Lenin")."""
NARRATOR = "the narrator"
"""The speaker of "I said" when the text's author is not given and no name is found for the
narrator."""
