"""A person of the text and the list of them: the forms that name each one (with counts),
the name to write, the gender shown, and how a mention ("Mr. Churchill", "Frank") resolves to
one of them. :func:`~sourcecheck.extract.people.people_of` reads them from a text."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from . import lexicon
from .titles import split_title as _split_title
from .titles import title_gender
from .verbs import language


@dataclass(slots=True)
class Person:
    """One person of the text: the forms that name them, with counts; the gender shown."""

    forms: Counter[str] = field(default_factory=Counter)
    gender: str | None = None  # "M" | "F" | None
    known: str | None = None  # the full name of a source's author, when one matches
    shared: frozenset[str] = frozenset()  # its one-word forms that other persons' forms use

    @property
    def name(self) -> str:
        """The name to write: a source author's full name, else the form used most (not a
        word another person's name also has, "Knightley", when a longer form is used)."""
        if self.known:
            return self.known
        top = max(
            self.forms.items(),
            key=lambda kv: (kv[1] / (4 if kv[0] in self.shared else 1), len(kv[0])),
        )[0]
        return _fuller(top, self.forms)

    @property
    def surnames(self) -> set[str]:
        """The family names its forms show: the last word of a titled or a full form."""
        return {w[-1] for t, w in map(_split_title, self.forms) if w and (t or len(w) > 1)}

    def has_title(self, title: str) -> bool:
        """Whether a form of it has ``title`` ("Mrs" of "Mrs. Bennet")."""
        return any(_split_title(f)[0] == title for f in self.forms)

    def titled(self, title: str, surname: str) -> bool:
        """Whether a form of it is ``title`` + ``surname`` ("Mrs." "Bennet")."""
        return any(_split_title(f) == (title, [surname]) for f in self.forms)

    @property
    def aliases(self) -> list[str]:
        """Every form, most used first."""
        return [f for f, _ in self.forms.most_common()]


def _fuller(top: str, forms: Counter[str]) -> str:
    """The full name of a person whose most used form is a part of it, when the text uses it
    at least half as often ("Jonathan Small", 17 times, for "Small", 19): the speaker is
    written whole (a title is not added: "Haase" stays "Haase")."""
    words = top.split()
    longer = [
        (n, f)
        for f, n in forms.items()
        if len(f.split()) > len(words)
        and f.split()[-len(words) :] == words
        and not _split_title(f)[0]  # (a first name, not a title: "Haase" stays "Haase")
    ]
    best = max(longer, default=(0, top), key=lambda nf: (nf[0], len(nf[1])))
    return best[1] if 2 * best[0] >= forms[top] else top


class People:
    """The persons of a text and how to resolve a mention to one of them."""

    def __init__(self, persons: list[Person]) -> None:
        self.persons = persons
        surnames: dict[str, set[int]] = defaultdict(set)  # "Knightley" of "Mr. Knightley"
        for person in persons:
            for form in person.forms:
                title, words = _split_title(form)
                if title:
                    surnames[words[-1]].add(id(person))
        for person in persons:
            if len(person.forms) > 1:
                person.shared = frozenset(f for f in person.forms if surnames[f] - {id(person)})
        self._by_form: dict[str, Person] = {}
        for person in persons:
            for form in person.forms:
                self._by_form[_key(form)] = person

    def resolve(self, mention: str) -> Person | None:
        """The person a name names ("Mr. Knightley", "Emma"), or None.

        >>> from sourcecheck.extract.people import people_of
        >>> people = people_of("Mr. Frank Churchill came. Frank said so; Frank laughed.")
        >>> people.resolve("Frank").name, people.resolve("Mr. Churchill").name
        ('Frank', 'Frank')
        """
        words = mention.split()
        stops = lexicon.function_words(language())  # "Als Gregor Samsa", "Так Борис"
        if len(words) > 1 and words[0] in stops:
            mention = " ".join(words[1:])
        key = _key(mention)
        if key in self._by_form:
            return self._by_form[key]
        title, words = _split_title(mention)
        if not words:
            return None
        matches = [p for p in self.persons if compatible(p, title, words)]
        return matches[0] if len(matches) == 1 else None

    def gender(self, mention: str) -> str | None:
        """The gender of the person a name names, or of its title."""
        person = self.resolve(mention)
        if person is not None and person.gender:
            return person.gender
        return title_gender(_split_title(mention)[0])

    def __len__(self) -> int:
        return len(self.persons)


def _key(form: str) -> str:
    title, words = _split_title(form)
    return " ".join([title, *words]).lower()


def compatible(person: Person, title: str, words: list[str]) -> bool:
    """Whether a form with ``title`` and ``words`` may name ``person``."""
    gender = title_gender(title)
    titles = {title_gender(_split_title(f)[0]) for f in person.forms} - {None}
    if gender and (titles - {gender} or (person.gender and gender != person.gender)):
        return False
    for form in person.forms:
        other_title, other = _split_title(form)
        if len(words) == 1 and len(other) > 1 and words[0] in (other[0], other[-1]):
            if title and title != other_title and not _title_fits(title, other_title, person):
                continue  # "Mrs. Wickham" is not "George Wickham"; "Mr. Churchill" may be
            if title and words[0] == other[0] and words[0] != other[-1]:
                continue  # "Mr. Frank" is not "Frank Churchill"'s surname form
            return True
    return False


def _title_fits(title: str, other_title: str, person: Person) -> bool:
    """ "Miss Woodhouse" may be "Emma Woodhouse": a title of the gender the text shows for a
    person named without one."""
    return not other_title and person.gender is not None and title_gender(title) == person.gender
