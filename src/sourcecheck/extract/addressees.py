"""The person a quotation is spoken to, as its narration says: "she said to Jane", "turning
to Paul, he said", "asked Mr. Hale, in a low voice, of Mr. Ward". The speaker is never the
one addressed (the addressee sieve of Muzny et al., EACL 2017), and the one addressed is the
one who answers (“...?” asked Mr. Hale of Mr. Ward. / “Yes,” he replied.: Mr. Ward).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set
from typing import TYPE_CHECKING

from ..texts.sentences import sentence_spans
from .people import NAME_RE, People, Person
from .verbs import NOT_SPEECH_ALONE, SPEECH_VERBS
from .vocatives import vocatives

if TYPE_CHECKING:
    from .resolve import Referents, Turn

_TURNING = frozenset("turn turns turned turning".split())
"""Words that make "to X" the one spoken to without a verb of saying ("turning to Paul")."""
_NOT_TOWARDS = NOT_SPEECH_ALONE | frozenset(
    "return returns returned returning think thinks thought thinking".split()
)
"""Verbs of saying only in a sense that goes somewhere else ("went to Mr. Hale", "returned to
Bath"), or of a thought nobody hears ("a new idea to Alice, and she thought it over")."""
_ASKING_OF = frozenset("asked inquired enquired demanded begged".split())
"""Verbs whose "of X" is the one asked ("asked Mr. Brownlow, in a low voice, of Monks")."""
_TELLING = frozenset(
    "asked told addressed addressing answered questioned wanted begged entreated assured "
    "informed reminded bade".split()
)
"""Verbs whose object is the one spoken to ("asked Harriet", "wanted Mr. Darcy to account")."""

_CLAUSE_BEFORE = re.compile(r"(?:Mrs?\.|Dr\.|[^.;:!?“”\"\n]){0,80}$")
_VERB_AFTER = re.compile(r",?\s*(?:and\s+)?(?:(?:he|she)\s+)?([a-z]+)")
_POSSESSIVE = re.compile(r"['’]s\b")


def addressed(
    text: str,
    start: int,
    end: int,
    people: People,
    *,
    inside_quote: Callable[[int], bool] = lambda at: False,
) -> set[str]:
    """The persons the narration of ``text[start:end]`` (outside quotation marks) says are
    spoken to, by the names the people of the text give them: "to X" beside a verb of saying
    or of turning ("said to Jane", "turning to Paul", "walking up to Oliver, said"), "of X"
    after a verb of asking in its clause ("asked Mr. Hale, in a low voice, of Mr. Ward"), a
    verb's object ("asked Harriet", "told Mr. Darcy"). An owner is not one ("went to Mr.
    Hale's house"), nor a name inside a quotation, nor the speaker of an inverted attribution
    ("“Why?” asked Harriet").

    >>> from sourcecheck.extract.people import people_of
    >>> t = "Mr. Tom Hale met Paul Grey. Paul smiled. Then, turning to Paul, he said,"
    >>> sorted(addressed(t, t.index("Then"), len(t), people_of(t)))
    ['Paul']
    >>> t = "Mr. Tom Hale met Paul Grey. Paul smiled. Then he went to Paul's house and said,"
    >>> addressed(t, t.index("Then"), len(t), people_of(t))
    set()
    """
    found = set()
    for m in NAME_RE.finditer(text, start, end):
        if m.group().endswith(("’s", "'s")) or _POSSESSIVE.match(text, m.end()):
            continue
        if not inside_quote(m.start()) and _is_spoken_to(text, m):
            person = people.resolve(m.group())
            if person is not None:
                found.add(person.name)
    return found


def _is_spoken_to(text: str, m: re.Match[str]) -> bool:
    """Whether the name ``m`` is the one spoken to, by the words of its clause before it
    and the verb right after it."""
    clause = _CLAUSE_BEFORE.search(text, max(0, m.start() - 80), m.start())
    before = clause.group() if clause else ""
    words = re.findall(r"[a-z]+", before)
    if not words:
        return False
    if words[-1] in ("to", "towards"):  # "she said to Jane", "walking up to Oliver, said"
        after = _VERB_AFTER.match(text, m.end())
        verbs = words + ([after.group(1)] if after is not None else [])
        return any(w in _TURNING or (w in SPEECH_VERBS and w not in _NOT_TOWARDS) for w in verbs)
    if words[-1] == "of":
        return any(w in _ASKING_OF for w in words)
    inverted = clause is not None and clause.start() > 0 and text[clause.start() - 1] in '”"'
    return words[-1] in _TELLING and before.endswith(" ") and not inverted


def addressee(
    referents: Referents, answered: Turn, gender: str, exclude: Set[str]
) -> Person | None:
    """The one person of ``gender`` the quotation ``answered`` calls by name ("I am afraid,
    Mr. Darcy, ..." / "Not at all," he replied: Mr. Darcy) or its paragraph's narration says
    it is spoken to (“...?” asked Mr. Hale of Mr. Ward. / “Yes,” he replied.: Mr. Ward), if
    it is one person. Every piece of its paragraph from the quotation on is read ("I am
    astonished," said Miss Bingley, "... What a library you have, Mr. Darcy!")."""
    paras = referents.paras
    para = paras[answered.paragraph - 1] if 0 < answered.paragraph <= len(paras) else None
    pieces = referents.pieces(answered.at, para.end if para else answered.at + 3)
    if not pieces or pieces[0][0] - answered.at > 2:
        return None
    text, people = referents.text, referents.people
    names = set().union(*(vocatives(text[s:e], people) for s, e in pieces))
    if para is not None:
        names |= addressed(text, para.start, para.end, people, inside_quote=referents.inside_quote)
    found = {
        id(p): p
        for name in names - exclude - {answered.name or ""}
        if (p := referents.people.resolve(name)) is not None and p.gender == gender
    }
    return next(iter(found.values())) if len(found) == 1 else None


PARTNER_TURN_PARAGRAPHS = 2
"""How far before the turn it answers the conversation's previous turn may be (one paragraph
of narration between them)."""


def answering(
    answered: Turn,
    gender: str | None,
    turns: Sequence[Turn],
    *,
    any_gender: bool = False,
    reach: int = PARTNER_TURN_PARAGRAPHS,
) -> str | None:
    """The one the speaker of ``answered`` was answering: the speaker of the turn right
    before it (at most ``reach`` paragraphs before), when someone else and of ``gender`` (or
    of a gender the text does not show); of any gender with ``any_gender`` ("his
    companion", "the other": a role, not a pronoun)."""
    before = [t for t in turns if t.at < answered.at]
    if not before or (gender is None and not any_gender):
        return None
    turn = max(before, key=lambda t: t.at)
    if (
        turn.name == answered.name
        or answered.paragraph - turn.paragraph > reach
        or not (any_gender or (turn.person is not None and turn.person.gender in (gender, None)))
    ):
        return None
    return turn.person.name if turn.person is not None else turn.name


def narrated_addressees(narration: str, people: People) -> set[str]:
    """The one person the last sentence of ``narration`` (the lead-in of a quotation, or the
    narration paragraph right before a paragraph that opens with one) says the words are
    spoken to ("turned to Frank Churchill", "asked Harriet"); empty when none or several.

    >>> from sourcecheck.extract.people import people_of
    >>> p = people_of("Emma sat. Frank Churchill came. Emma smiled. Frank Churchill sat.")
    >>> narrated_addressees("Emma was silent a while, and then turned to Frank Churchill.", p)
    {'Frank Churchill'}
    >>> narrated_addressees("Emma went to Frank Churchill's house.", p)
    set()
    """
    found = set()
    for block in narration.split("\n\n"):  # (each read on its own: a lead-in, a clause after)
        found |= _toward_in_last_sentence(block, people)
    return found if len(found) == 1 else set()


def _toward_in_last_sentence(narration: str, people: People) -> set[str]:
    """The persons the last sentence of ``narration`` says the words go to."""
    spans = sentence_spans(narration)
    return addressed(narration, spans[-1][0], len(narration), people) if spans else set()
