"""The people of a text: the persons it names, their aliases and their gender.

:func:`people_of` reads every name a text prints, with its title kept ("Mrs. Miller", "Miss
Daisy", "Comrade Lenin"), and groups the forms that name one person: "Frank Churchill",
"Mr. Frank Churchill", "Frank" and "Mr. Churchill" are one entry when nobody else is called
Frank or Mr. Churchill; "Mr. Bennet", "Mrs. Bennet" and "Miss Bennet" stay three. A person's
**name** is the form the text uses most; its **gender** comes from its titles (Mr., Sir,
Lord: male; Mrs., Miss, Lady: female), else from the pronouns that follow its mentions in the
narration ("Emma ... she"). The authors of the sources in the database join the list, so that
"Lenin" resolves to "Vladimir Lenin".

Rules, not a model: a capitalized word is a name when the text also writes it mid-sentence
or never in lower case, and a person (not a place: "at Hartfield", "in London") when it has a
title, speaks ("said Emma"), or is rarely after "in"/"at".
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass, field

from ..normalize import fold
from . import lexicon
from .attribution import PARTICLES, STOP_CAPS, NameEvidence
from .gender import decide_gender, gender_after
from .persons import People as People
from .persons import Person as Person
from .persons import compatible
from .subjects import named_again
from .surnames import same_surname
from .titles import DECLINED, DOTTED, EPITHETS, HONORIFICS, title_gender
from .titles import TITLE_WORDS as TITLE_WORDS  # re-exported: where sieves look for them
from .titles import split_title as _split_title
from .verbs import language

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĽŁŃŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽА-ЯЁ"
_WORD = rf"[{_UPPER}][^\W\d_]*(?:[’'\-][^\W\d_]+)*"
_SPACE = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"
"""Between a name's words: spaces and at most one line break (a blank line ends a paragraph:
"... of the Case\n\nMiss Morstan entered" is two names)."""
NAME_RE = re.compile(
    rf"(?<![\w’'])(?:(?P<title>{'|'.join(sorted(TITLE_WORDS, key=len, reverse=True))})"
    rf"\.?\s+)?(?P<name>{_WORD}(?:{_SPACE}(?:(?:{'|'.join(PARTICLES)}){_SPACE})?{_WORD})*)"
)
_PLACE_BEFORE = frozenset("in at into near towards toward from inside".split())
_GOING = frozenset(
    "go goes going gone went been come comes coming came return returned returning "
    "travel travelled travelling journey removed".split()
)
"""Verbs of going: "going to South End", "been to Bath" name a place after "to"."""
_THITHER = frozenset("over across back".split())
"""Adverbs of going somewhere: "walked over to Camberwell", "drove back to Hartfield"."""
_PLACE_NOUNS = frozenset(
    "Street Bridge Square Road Terrace Avenue Gardens Island Theatre Yard Office Station "
    "Cathedral Inn Tavern".split()
)
"""The last words of a place's name: a person's name never ends so ("London Bridge"; not
"Lane", "Row", "Abbey", "Chapel", "Place": surnames as well, "Edith Lane")."""
_LOOKING = frozenset(
    "look looks looked looking stare stared staring glance glanced glancing gaze gazed gazing "
    "smile smiled smiling laugh laughed laughing frown frowned frowning nod nodded".split()
)
"""Verbs whose "at" points at a person: "looked at the Footman" is no place."""
MERGE_SHARE = 10
"""A full name used this many times less than the bare form it held is that form's person."""
COMMON = 10
"""A one-word name the text writes this many times as often in lower case is a common word."""
PLACE_SHARE = 0.3
"""A name this often after "in"/"at" (and never with a title) is a place, not a person."""


@dataclass(slots=True)
class _Form:
    title: str  # "" when none
    words: tuple[str, ...]
    count: int = 0
    after_place: float = 0
    exclaimed: int = 0  # followed by "!" ("Ha!"): an interjection when always
    pronouns: Counter[str] = field(default_factory=Counter)
    named_again: bool = False  # "Smith was silent. Then he said": a person, named once

    @property
    def text(self) -> str:
        """The form as written: "Mr. Knightley", "Lady Catherine", "Emma"."""
        if not self.title:
            return " ".join(self.words)
        return f"{self.title}{'.' if self.title in DOTTED else ''} " + " ".join(self.words)


def people_of(
    text: str,
    *,
    evidence: NameEvidence | None = None,
    quoted: Sequence[tuple[int, int]] = (),
    known: Iterable[str] = (),
) -> People:
    """The persons ``text`` names, merged with the ``known`` names (sources' authors).

    >>> p = people_of("Mrs. Miller smiled. “Yes,” said Mr. Miller. Miss Daisy Miller left; "
    ...               "she was late. Daisy laughed.")
    >>> [(x.name, x.gender) for x in p.persons]
    [('Miss Daisy Miller', 'F'), ('Mrs. Miller', 'F'), ('Mr. Miller', 'M')]
    """
    evidence = evidence or NameEvidence(text)
    forms = _read_forms(text, evidence, quoted)
    lower = Counter(re.findall(r"(?<![\w’'])[a-z]+(?![\w’'])", text))
    forms = {  # "Come", "Upon", "For": a word capitalized at the head of a sentence
        key: form
        for key, form in forms.items()
        if form.title
        or len(form.words) > 1
        or (
            len(form.words[0]) > 1  # "K U R T  W O L F F": a spaced title page, an initial
            and lower[form.words[0].lower()] < COMMON * form.count
            and (form.exclaimed < form.count or form.pronouns)  # "Ha!", "Humph!"
        )
    }
    if language() == "de":  # "der Vater", "im Nebenzimmer": German nouns, not names
        nouns = lexicon.common_nouns(text)
        forms = {k: f for k, f in forms.items() if f.title or not nouns.intersection(f.words)}
    persons = _group(forms)
    names = {f for p in persons for f in p.forms}
    persons = [  # "the Mr. Eltons", "the Knightleys": a family, not a person
        p for p in persons if not all(f.endswith("s") and f[:-1] in names for f in p.forms)
    ]
    for name in known:
        surname = _split_title(name)[1][-1:]
        match = [p for p in persons if any(_split_title(f)[1][-1:] == surname for f in p.forms)]
        if len(match) == 1:
            match[0].known = name
    persons.sort(key=lambda p: -sum(p.forms.values()))
    return People(persons)


def _read_forms(
    text: str, evidence: NameEvidence, quoted: Sequence[tuple[int, int]]
) -> dict[tuple[str, tuple[str, ...]], _Form]:
    """Every name form the text prints, with counts, place contexts and following pronouns."""
    forms: dict[tuple[str, tuple[str, ...]], _Form] = {}
    bounds = sorted(quoted)
    stops = STOP_CAPS | lexicon.function_words(language())  # "Aber", "Так" open sentences
    for m in NAME_RE.finditer(text):
        title = (m.group("title") or "").capitalize()  # "князь Андрей" is "Князь Андрей"
        title = DECLINED.get(title, title)  # "Herrn Lanski" is "Herr Lanski"
        start = not title and _starts_sentence(text, m)  # "Mr. Knightley came": a name
        words = _name_words(m.group("name"), evidence, sentence_start=start, stops=stops)
        again = None
        if not words and start and not _inside(bounds, m.start()):
            words = _name_words(m.group("name"), evidence, sentence_start=False, stops=stops)
            words = again = (
                words if named_again(text, m.start(), m.end(), words, evidence) else None
            )
        if not words:
            continue
        form = forms.setdefault((title, words), _Form(title, words))
        form.named_again |= again is not None
        form.count += 1
        form.exclaimed += text.startswith("!", m.end())
        before = text[max(0, m.start() - 24) : m.start()].lower().split()
        form.after_place += _place_before(before)
        if not title and words[0] in evidence.after_the:
            form.after_place += 1 / 4  # "the Germans", "the Hall": a thing more than a person
        if not _inside(bounds, m.start()):
            first = text.index(words[0], m.start("name"))  # after "What", "Dear"...
            gender = gender_after(text, first, m.end())
            if gender:
                form.pronouns[gender] += 1
    return forms


def _place_before(before: Sequence[str]) -> int:
    """1 when the words ``before`` a name end as before a place: a preposition of place ("at
    Hartfield"), with an article too ("inside the Vicarage", where "the Vicarage" alone may be
    a title's or a thing's), or "to" after a verb or an adverb of going ("going to South
    End", "ran over to Camberwell")."""
    article = bool(before) and before[-1] == "the"
    if article:
        before = before[:-1]
    if not before:
        return 0
    if before[-1] == "at":  # (not "looked at Emma"; nor "threw it at the Lizard")
        return int(not article and (len(before) < 2 or before[-2] not in _LOOKING))
    if before[-1] in _PLACE_BEFORE:
        return 1
    return int(before[-1] == "to" and len(before) > 1 and before[-2] in _GOING | _THITHER)


def _inside(bounds: Sequence[tuple[int, int]], offset: int) -> bool:
    i = bisect.bisect_right(bounds, (offset, 1 << 62)) - 1
    return i >= 0 and bounds[i][0] <= offset < bounds[i][1]


def _starts_sentence(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 3) : m.start()].rstrip(" \t")
    return not before or before[-1] in '.!?“”"‘’:\n(—-_'


def _name_words(
    name: str, evidence: NameEvidence, *, sentence_start: bool, stops: Set[str] = STOP_CAPS
) -> tuple[str, ...] | None:
    """The words of a matched name, without stop words at its ends, or None if not a name."""
    words = [w.removesuffix("’s").removesuffix("'s") for w in name.split()]
    while words and words[0].isupper() and len(words[0]) > 1:
        words, sentence_start = words[1:], True  # a heading: "CHAPTER IV Harriet Smith"
    while words and (words[0] in stops or words[0] in EPITHETS):
        words, sentence_start = words[1:], False
    while words and words[-1] in stops:
        words = words[:-1]
    if not words or any(_not_a_name_word(w, stops) for w in words):
        return None
    first = words[0]
    if (
        sentence_start
        and len(words) == 1
        and (first not in evidence.mid_sentence or first.lower() in evidence.lowercase)
    ):
        return None
    return tuple(words)


def _not_a_name_word(word: str, stops: Set[str] = STOP_CAPS) -> bool:
    """A stop word, a title, a word of address, or a contraction of one ("I'll", "I'm")."""
    base = re.split(r"[’']", word)[0]
    return word in stops or word in TITLE_WORDS or word in HONORIFICS or base in stops


def _group(forms: dict[tuple[str, tuple[str, ...]], _Form]) -> list[Person]:
    """Persons from name forms: full forms first, then the short forms that fit one of them."""
    people: list[Person] = []
    lone: list[_Form] = []  # forms used once, placed when the persons are known
    votes: dict[int, Counter[str]] = defaultdict(Counter)
    ordered = sorted(
        forms.values(), key=lambda f: (-len(f.words) - bool(f.title), -len(f.words), -f.count)
    )
    # (a full name before a titled surname as long: "Teddy Henfrey" joins "Mr. Teddy Henfrey"
    # first, so that "Mr. Henfrey" is weighed against all of that person's uses)
    titled = {f.words[-1] for f in forms.values() if f.title}
    for form in ordered:
        if _is_place(form, titled):
            continue
        candidates = [
            p
            for p in people
            if compatible(p, form.title, list(form.words))
            and not (form.title and len(form.words) == 1 and form.count > p.forms.total())
            and title_gender(form.title) in (None, decide_gender(votes[id(p)]) or "any")
        ]  # "Mr. Knightley" (289 times) is not "Mr. John Knightley" (28 times)
        if len(candidates) > 1 and not form.title and len(form.words) == 1:
            men = [p for p in candidates if decide_gender(votes[id(p)]) == "M"]
            candidates = men if len(men) == 1 else candidates  # "Bingley" is Mr. Bingley
        if not candidates and not form.title:
            candidates = _titled_alone(people, form, votes)
        exact = [p for p in people if _exact_extension(p, form)]
        target = exact[0] if len(exact) == 1 else candidates[0] if len(candidates) == 1 else None
        if target is None:
            named_again = form.named_again and form.pronouns and not candidates
            if not form.title and (len(candidates) > 1 or (form.count < 2 and not named_again)):
                lone.append(form)
                continue  # ambiguous ("Knightley" when two are) or a lone mention (but
                # "Smith was silent. Then he said": one the narration goes on calling "he")
            target = Person()
            people.append(target)
        target.forms[form.text] += form.count
        gender = title_gender(form.title)
        if gender:
            votes[id(target)][gender] += 5 * form.count
        votes[id(target)].update(form.pronouns)
    for form in lone:  # "Emma Woodhouse", once, is Emma's full name ("Lenin Brest-Litovsk" not;
        # nor "John Abdy" John's when John's full name is "John Knightley")
        last = forms.get(("", form.words[-1:]))
        if len(form.words) < 2 or (last is not None and _is_place(last)):
            continue
        owners = [p for p in people if form.words[0] in p.forms]
        if len(owners) == 1 and form.words[-1] in (owners[0].surnames or {form.words[-1]}):
            owners[0].forms[form.text] += form.count
    _to_dominant(people, [f for f in lone if len(f.words) == 1 and f.count > 1], votes)
    for person in people:
        person.gender = decide_gender(votes[id(person)])
    _bare_to_titled(people)
    _borrow_title_gender(people)
    _join_misspelt(people)
    return [p for p in people if p.forms]


MISSPELT_SHARE = 10
"""How many times more often than a titled form printed once a person's form differing by a
letter must be used for the one to be a misprint of the other ("Mrs. Maylies", "Mr. Browlow")."""


def _join_misspelt(people: list[Person]) -> None:
    """A titled name printed once that differs from a much more used one of the same title by
    a letter or two in its last word is a misprint of it: its person's."""
    for person in [p for p in people if p.forms.total() == 1]:
        title, words = _split_title(next(iter(person.forms)))
        if not title:
            continue
        fits = {
            id(other): other
            for other in people
            for form, n in other.forms.items()
            if other is not person
            and n >= MISSPELT_SHARE
            and (t := _split_title(form))[0] == title
            and t[1][:-1] == words[:-1]
            and same_surname(fold(t[1][-1]), fold(words[-1]))
        }
        if len(fits) == 1:
            next(iter(fits.values())).forms.update(person.forms)
            person.forms.clear()


DOMINANT = 5
"""How many times more often than any other person the one a shared bare name goes to is named."""


def _to_dominant(people: list[Person], forms: list[_Form], votes: dict[int, Counter[str]]) -> None:
    """ "Sikes" (350 times) is Bill Sikes (80 times), not Mr. William Sikes (4 times): a bare
    name that fits several persons goes to the one the text names :data:`DOMINANT` times as
    often as any other of its gender."""
    for form in forms:
        gender = decide_gender(form.pronouns)
        fits = sorted(
            (
                p
                for p in people
                if compatible(p, "", list(form.words))
                and (gender is None or decide_gender(votes[id(p)]) in (gender, None))
            ),
            key=lambda p: -p.forms.total(),
        )
        if len(fits) > 1 and fits[0].forms.total() >= DOMINANT * fits[1].forms.total():
            fits[0].forms[form.text] += form.count
            votes[id(fits[0])].update(form.pronouns)


def _bare_to_titled(people: list[Person]) -> None:
    """ "Darcy" goes to "Mr. Darcy" when that person uses the word with a title far more than
    anyone else of its gender (the bare form had joined "Mr. Fitzwilliam Darcy", used once;
    "Uncle Knightley", once, does not keep "Knightley" from Mr. Knightley); the full name
    goes along when the bare form was nearly all its uses (:data:`MERGE_SHARE`). A first
    name stays with its full name ("Harry" of "Harry Maylie", not "Mr. Harry", said once)."""
    titled: dict[str, Counter[int]] = defaultdict(Counter)
    by_id = {id(p): p for p in people}
    for person in people:
        for form, count in person.forms.items():
            title, words = _split_title(form)
            if title and len(words) == 1:
                titled[words[0]][id(person)] += count
    for person in people:
        firsts = {w[0] for f, w in _full_forms(person) if person.forms[f] > 1}
        for form in [f for f in person.forms if " " not in f and f in titled]:
            if form not in person.forms or (form in firsts and form not in person.surnames):
                continue  # (gone with its full name; "Harry" of "Harry Maylie" beside "Mr. Harry")
            same = [
                (n, by_id[i])
                for i, n in titled[form].most_common()
                if by_id[i].gender == person.gender or not person.gender
            ]
            if not same or same[0][1] is person:
                continue
            if len(same) == 1 or same[0][0] >= 5 * same[1][0]:
                moved = person.forms.pop(form)
                same[0][1].forms[form] += moved
                if person.forms.total() * MERGE_SHARE <= moved:  # "Miss Elizabeth Bennet"
                    same[0][1].forms.update(person.forms)  # (7 times) is Elizabeth's full name
                    person.forms.clear()


def _borrow_title_gender(people: list[Person]) -> None:
    """ "Wickham" is a man when every titled form of that surname is a man's ("Mr. Wickham"):
    a person of unknown gender takes the gender its bare surname has with a title elsewhere."""
    by_surname: dict[str, set[str | None]] = defaultdict(set)
    for person in people:
        for form in person.forms:
            title, words = _split_title(form)
            if title:
                by_surname[words[-1]].add(title_gender(title))
    for person in people:
        if person.gender is None:
            shown = {g for f in person.forms for g in by_surname.get(_split_title(f)[1][-1], ())}
            if len(shown) == 1:
                person.gender = shown.pop()


def _full_forms(person: Person) -> list[tuple[str, list[str]]]:
    """Its forms of two words or more, with their words (title aside)."""
    return [(f, w) for f in person.forms if len(w := _split_title(f)[1]) > 1]


def _titled_alone(
    people: list[Person], form: _Form, votes: dict[int, Counter[str]]
) -> list[Person]:
    """ "Fang" is "Mr. Fang" when only titled forms use the word: the one person so named, or
    the one man of them ("Bennet" is Mr. Bennet beside Mrs. and Miss Bennet)."""
    titled = [
        p
        for p in people
        if any(_split_title(f)[0] and tuple(_split_title(f)[1]) == form.words for f in p.forms)
    ]
    men = [p for p in titled if decide_gender(votes[id(p)]) == "M"]
    return titled if len(titled) == 1 else men if len(men) == 1 else []


def _exact_extension(person: Person, form: _Form) -> bool:
    """ "Miss Harriet Smith" and "Harriet Smith": the same words, a title added or dropped."""
    for other in person.forms:
        title, words = _split_title(other)
        if tuple(words) == form.words and (not title or not form.title or title == form.title):
            return len(form.words) > 1
    return False


def _is_place(form: _Form, titled: Set[str] = frozenset()) -> bool:
    """A name mostly after "in"/"at", unless it ends with a family name the text gives with
    a title ("in Emma Woodhouse" beside "Miss Woodhouse"; not "at Donwell Abbey"); a name
    ending with the noun of a street or a building is one wherever it stands ("London
    Bridge", "Craven Street", "the General Post Office")."""
    if len(form.words) > 1 and form.words[-1] in titled:
        return False
    if not form.title and form.words[-1] in _PLACE_NOUNS:  # (and "the Yard" alone)
        return True
    return not form.title and form.after_place > PLACE_SHARE * form.count
