"""The speaker a cue beside a quotation names, when it is a pronoun or a description: the
entry point of stage 2 of attribution (:class:`~sourcecheck.extract.resolve.Referents` holds
the persons it is resolved against).

A description resolved to nobody is the speaker as written ("the student", "a soldier": an
indefinite one always is; so is a group, "the crowd"); one the turn it answers explains ("...,
Mr. Losberne?" / "...," replied the doctor) is the person called by name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from .addressees import addressed, addressee, answering
from .alternation import CALLED
from .commanded import governed_names
from .cue import Cue
from .descriptions import (
    COUPLES,
    HONORIFIC_TITLES,
    KIN_GENDERS,
    KIN_TITLES,
    capitalized_tail,
    description_gender,
    description_key,
    is_group,
    is_role,
    is_trade,
)
from .formerlatter import is_paired, paired
from .gender import verb_after_gender
from .introductions import INTRODUCTION_PARAGRAPHS, as_introduced, introduced_as, newcomer
from .kin import titled_kin
from .offices import by_office
from .people import NAME_RE, People, Person
from .resolve import REUSE_CHARS, Referents, Turn
from .sieves import INDEFINITE_PERSONS, PRONOUNS
from .titles import is_organisation
from .verbs import GERMAN_VERBS

_INDEFINITE = frozenset("a an one some another any".split()) | INDEFINITE_PERSONS


def resolve_cue(
    cue: Cue,
    at: int,
    referents: Referents,
    *,
    turns: Sequence[Turn],
    exclude: Set[str],
    answered: Turn | None = None,
) -> tuple[str | None, float, str]:
    """The speaker a cue's pronoun or description names, the confidence, and a note on how
    it was resolved (names and "I" are the caller's: they need the sources' authors).

    A description resolved to nobody is the speaker as written ("the student", "a soldier":
    an indefinite one always is, it introduces someone new; so is a group, "the crowd", and
    a description in a lead-in before a colon, "the secretary wrote:")."""
    words = cue.words
    exclude = exclude | named_beside(referents, cue)
    if cue.kind == "pronoun":
        return _pronoun(cue, at, referents, turns=turns, exclude=exclude, answered=answered)
    if cue.kind != "description":
        return words, 0.95, ""
    if is_paired(words):  # "the latter": of the two persons just named
        pair = paired(referents, cue.start, min(cue.start, at))
        if pair is not None:
            return pair.name, 0.8, f" ({words} = {pair.name})"
    owned = _POSSESSIVE.fullmatch(words)
    if owned is not None and owned.group(1)[:1].isupper():
        # "Mr. Bumble's good lady": the person described, not its owner ("the undertaker's
        # wife", "a man's voice" are descriptions as any other)
        person = _owned(referents, owned.group(1), owned.group(2), exclude)
        if person is not None:
            return person.name, 0.8, f" ({words} = {person.name})"
        return words, 0.75, ""
    written = words[0].lower() + words[1:]
    if written.split()[0] in _INDEFINITE or is_group(words):
        return written, 0.85, ""  # "a soldier", "somebody", "the crowd", "the sailors"
    introduces = re.fullmatch(r"[^“”\"\n]*:\s*", referents.text[cue.end : at]) is not None
    whose = _voice_owner(referents, written) or by_office(referents, words, cue.start)
    if whose is not None:  # "the voice of the Dodger"; "the mayor" (Mayor Thomas Brandt)
        return whose
    if re.search(r"\s(?:in|of|at|on|from|with) the\s", words):
        # "the gentleman in the white waistcoat", "the man with the black beard": told apart
        # so; "the correspondent of the Times wrote:" (the capitalized words are what it
        # belongs to, not who speaks)
        return written, 0.85 if introduces else 0.75, ""
    if words.split()[-1][:1].isupper() and words.split()[-1].lower() not in HONORIFIC_TITLES:
        person = referents.people.resolve(capitalized_tail(words))
        if person is not None:  # "the wary Jones", "the Dodger" (as the text calls him)
            return person.name, 0.9, f" ({written} = {person.name})"
        return written, 0.85, ""  # "the Hatter", "the Jew": a title used as a name
    gender = description_gender(words)
    called = None  # (not "her mother": the one called is "her")
    if answered is not None and gender is not None and written.startswith("the "):
        called = addressee(referents, answered, gender, exclude)
    if called is not None:  # "..., Mr. Brownlow?" / "...," replied the old gentleman
        return called.name, 0.8, f" ({written} = {called.name}, {CALLED})"
    if is_trade(words):  # "a German prince came ... The German prince said": not one named
        floor = referents.paragraph_floor(cue.start, INTRODUCTION_PARAGRAPHS)
        new = introduced_as(referents.text, written, cue.start, floor, referents.inside_quote)
        if new is not None:  # ("the officer" after "a police officer": the police officer)
            return as_introduced(written, new), 0.75, f" ({written}: {new} of the narration)"
    else:  # "a stout man came ... said the man": the stout man, not who spoke before
        found = _newcomer(referents, cue, written)
        if found is not None:
            return found[0], 0.75, f" ({written}: {found[1]} of the narration)"
    partner = _role_partner(words, answered, turns, exclude)
    if partner is not None:  # "“...,” inquired Toby. / “All right,” rejoined his companion."
        return partner, 0.7, f" ({written} = {partner}, the other of the conversation)"
    # "His wife gave him a look ..., added, “": whose wife, the narration before it says
    kin = cue.end <= at and written.split()[0] in ("his", "her") and _kin(written)
    where = cue.start if kin else at
    person = referents.description(words, where, turns=turns, exclude=exclude, answered=answered)
    if person is None and is_trade(words):
        return written, 0.75, ""  # "the surgeon": the speaker, whom the text may never name
    if person is None and introduces:
        return written, 0.85, ""  # "the secretary wrote:": as sure as "a soldier said:"
    if person is None:
        return written, 0.4, ""  # the conversation may tell who (turns.py)
    return person.name, 0.7, f" ({written} = {person.name})"


def _voice_owner(referents: Referents, written: str) -> tuple[str, float, str] | None:
    """Whose voice a description of a voice names ("the voice of the Dodger"), if a person's."""
    owner = re.fullmatch(r"(?:the|a|his|her) (?:voice|voices|tones?|words|cry) of (.+)", written)
    person = referents.people.resolve(capitalized_tail(written)) if owner else None
    return (person.name, 0.9, f" ({written} = {person.name})") if person is not None else None


def _newcomer(referents: Referents, cue: Cue, written: str) -> tuple[str, str] | None:
    """The newcomer a person noun's description names (:func:`~.introductions.newcomer`)
    and their introduction; the same description later in the scene (within
    :data:`~.resolve.REUSE_CHARS`) names them still. Not a description a relative clause
    tells apart ("the man who had Oliver in charge": someone else; not ", who seemed tipsy")."""
    if not written.startswith("the ") or _RELATIVE.match(referents.text, cue.end):
        return None
    key = description_key(written)
    floor = referents.paragraph_floor(cue.start, INTRODUCTION_PARAGRAPHS)
    found = newcomer(referents.text, written, cue.start, floor, referents.inside_quote)
    if found is not None:
        referents.newcomers[key] = (cue.start, *found)
        return found
    at, speaker, intro = referents.newcomers.get(key, (-REUSE_CHARS, "", ""))
    return (speaker, intro) if cue.start - at < REUSE_CHARS else None


def _role_partner(
    words: str, answered: Turn | None, turns: Sequence[Turn], exclude: Set[str]
) -> str | None:
    """Who a role in the conversation ("his companion", "the other") answering a turn is:
    the one that turn answered in the paragraph right before it, the conversation's other
    participant (not "the latter"; not after narration, where the scene may have changed)."""
    if answered is None or not is_role(words) or is_paired(words):
        return None
    partner = answering(answered, None, turns, any_gender=True, reach=1)  # (no narration between)
    return partner if partner is not None and partner not in exclude else None


def _kin(words: str) -> bool:
    """Whether a description names a relation of its owner ("his wife", "her sister")."""
    last = words.split()[-1]
    return last in KIN_TITLES or last in KIN_GENDERS or last in COUPLES


_RELATIVE = re.compile(r"\s+(?:who|whom|whose|that)\b")
"""A restrictive relative clause right after the description (no comma before it)."""


def _pronoun(
    cue: Cue,
    at: int,
    referents: Referents,
    *,
    turns: Sequence[Turn],
    exclude: Set[str],
    answered: Turn | None,
) -> tuple[str | None, float, str]:
    """The person a pronoun cue names, the confidence and the note; the note says when the
    turn it answers called them by name, which the conversation's alternation then keeps."""
    words, gender = cue.words, pronoun_gender(cue)
    if gender == PLURAL:
        return None, 0.2, f" ({words} = several)"  # "antworteten sie", "they replied"
    name, exact = referents.pronoun(at, gender, turns=turns, exclude=exclude, answered=answered)
    if name is None:
        return None, 0.2, f" ({words} = ?)"
    called = None
    if answered is not None and gender in ("M", "F"):
        called = addressee(referents, answered, gender, exclude)
    how = f", {CALLED}" if called is not None and called.name == name else ""
    return name, 0.8 if exact else 0.6, f" ({words} = {name}{how})"


def named_beside(referents: Referents, cue: Cue) -> set[str]:
    """The persons the attribution's own clause names beside its description, whom the
    description therefore does not name: "said the doctor, as Harry Maylie joined him",
    "rejoined the man, seizing Oliver", "The German prince, who mistook the Archduke ...,
    said". Not a name in apposition ("the doctor, Mr. Losberne, said"). (Not for a pronoun:
    "he said, seeing Mr. Henfrey's hesitation" then fell on "Teddy Henfrey", the same man
    under another form, and The Invisible Man lost a speaker; a pronoun's clause excludes
    the one it is spoken to, "turning to Paul, he said", "she said to Jane", and a name the
    pronoun governs, after it: "he said, handing Mr. Bumble's glass",
    :mod:`~sourcecheck.extract.commanded`.)"""
    if cue.kind == "pronoun":
        text, people = referents.text, referents.people
        spoken_to = addressed(text, *cue.clause, people)
        return spoken_to | governed_names(text, cue, people, referents.inside_quote)
    if cue.kind != "description":
        return set()
    lo = cue.clause[0]
    if cue.words.split()[0].lower() in ("his", "her"):
        lo = cue.start  # "Jane, ... as Elizabeth, lagged behind, while her sister": not those
    found = set()
    for m in NAME_RE.finditer(referents.text, lo, cue.clause[1]):
        if cue.start <= m.start() < cue.end or _apposition(referents.text, cue.end, m):
            continue
        person = referents.people.resolve(re.sub(r"[’']s$", "", m.group()))
        if person is not None:
            found.add(person.name)
    return found


def _apposition(text: str, end: int, m: re.Match[str]) -> bool:
    """Whether the name ``m`` stands in apposition right after the words ending at ``end``
    ("the doctor, Mr. Losberne,")."""
    return re.fullmatch(r",\s*", text[end : m.start()]) is not None and (
        text[m.end() : m.end() + 1] in (",", "")
    )


def narrated_as(referents: Referents, at: int, cue: Cue, name: str, turns: Sequence[Turn]) -> bool:
    """Whether the narration since the last quotation names first nobody of the gender of the
    pronoun ``cue`` at ``at`` but ``name``: "she added" goes on with the last speaker, "said
    she" is the conversation's turn, unless the narration is about another (“...,” said Miss
    Bingley. / Mrs. Bennet was profuse in her thanks. / “I am sure,” she added: Mrs. Bennet)."""
    gender = pronoun_gender(cue)
    if gender not in ("M", "F") or cue.clause[0] < at:
        return True  # a lead-in ("Monks bit his lips; then he resumed:") said who itself
    subject = referents.narration_subject(at, gender, turns=turns)
    return subject is None or subject.name == name


_POSSESSIVE = re.compile(r"(.+?)[’']s (.+)")


def _owned(referents: Referents, owner: str, noun: str, exclude: Set[str]) -> Person | None:
    """The person a relation to a named owner is, when the text names them: Mr. Bumble's
    wife (or "good lady") is the one Mrs. Bumble of the text."""
    person = referents.people.resolve(owner)
    title = KIN_TITLES.get(noun.split()[-1]) or _SPOUSES.get(noun.split()[-1])
    if person is None or title is None:
        return None
    family = titled_kin(referents.people, person, title, exclude)
    return family[0] if len(family) == 1 else None


_SPOUSES = {"lady": "Mrs", "gentleman": "Mr", "spouse": "Mrs", "better-half": "Mrs"}
"""What else a married owner's partner is called ("Mr. Bumble's good lady")."""


PLURAL = "plural"
"""The gender :func:`pronoun_gender` gives a pronoun that names several people."""
_PLURALS = frozenset("they они".split())


def pronoun_gender(cue: Cue) -> str | None:
    """The gender a pronoun cue says: "M", "F", "I" (the narrator), :data:`PLURAL` ("they",
    "они", and German "sie" after a plural verb: "sagten sie"), or None. German "sie" after
    a singular verb is "she" ("sagte sie"); Russian "он", "она" say it themselves.

    >>> c = Cue("sie", "pronoun", 0, 3, "sagten", (0, 10))
    >>> pronoun_gender(c), pronoun_gender(Cue("sie", "pronoun", 0, 3, "sagte", (0, 10)))
    ('plural', 'F')
    """
    words = cue.words.lower()
    if words in _PLURALS or (words == "sie" and _german_plural(cue.verb)):
        return PLURAL
    return PRONOUNS.get(words)


def _german_plural(verb: str) -> bool:
    """Whether a German finite verb of saying is plural ("sagten", "riefen", "antworteten"):
    the 3rd person plural ends in -en, the singular never does."""
    return verb.lower() in GERMAN_VERBS and verb.lower().endswith("en")


def cue_gender(cue: Cue) -> str | None:
    """The gender ("M", "F") or number (:data:`PLURAL`) a pronoun or a description beside a
    quotation says, if any."""
    if cue.kind == "pronoun":
        return pronoun_gender(cue)
    return description_gender(cue.words) if cue.kind == "description" else None


def contradicts(
    cue: Cue | None,
    name: str,
    people: People,
    *,
    text: str = "",
    after: int | None = None,
    shown: str | None = None,
) -> bool:
    """Whether the pronoun or description of ``cue`` cannot name the person ``name``: the
    text shows them of the other gender ("“Yes,” said Anna. “No,” he replied.": whoever "he"
    is, not Anna), or it names several ("they", "antworteten sie"). Without a cue, the
    gender of a Russian verb of saying right after the quotation's words (at ``after`` in
    ``text``) says it ("— Это я, — ответила старушка.": not Борис); "he" or "she" never
    names an organisation ("the Central Executive Committee"). ``shown`` is the gender the
    text shows for a name the people of the text do not know
    (:func:`~sourcecheck.extract.gender_shown.name_shown`). A guess (the person last named)
    is never kept against it."""
    if cue is None:
        said = verb_after_gender(text, after) if after is not None else None
    else:
        said = cue_gender(cue)
    if said == PLURAL:
        return True
    if said in ("M", "F") and cue is not None and cue.kind == "pronoun" and is_organisation(name):
        return True
    known = people.gender(name) or description_gender(name) or shown  # "the mother", "die Mutter"
    return said in ("M", "F") and known in ("M", "F") and said != known
