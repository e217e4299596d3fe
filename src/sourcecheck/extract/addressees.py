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

_TO = re.compile(rf"\b(?:to|towards)\s+(?P<who>{NAME_RE.pattern})")
"""A name the narration turns or speaks to: "said to Jane", "turning to Mr. Darcy"."""
_ASKED_OF = re.compile(
    rf"\b(?:asked|inquired|enquired|demanded|begged)\b(?:Mrs?\.|Dr\.|[^.;:!?“”\"\n]){{0,80}}?"
    rf"\bof\s+(?P<who>{NAME_RE.pattern})"
)
"""A name a question is asked of: "asked Mr. Brownlow, in a low voice, of Monks"."""


def addressed(
    text: str,
    start: int,
    end: int,
    people: People,
    *,
    inside_quote: Callable[[int], bool] = lambda at: False,
) -> set[str]:
    """The persons the narration of ``text[start:end]`` (outside quotation marks) says are
    spoken to, by the names the people of the text give them. An owner is not one ("went to
    Mr. Hale's house"), nor a name inside a quotation.

    >>> from sourcecheck.extract.people import people_of
    >>> t = "Mr. Tom Hale met Paul Grey. Paul smiled. Then, turning to Paul, he said,"
    >>> sorted(addressed(t, t.index("Then"), len(t), people_of(t)))
    ['Paul']
    >>> t = "Mr. Tom Hale met Paul Grey. Paul smiled. Then he went to Paul's house and said,"
    >>> addressed(t, t.index("Then"), len(t), people_of(t))
    set()
    """
    found = set()
    for pattern in (_TO, _ASKED_OF):
        for m in pattern.finditer(text, start, end):
            name = m["who"]
            if name.endswith(("’s", "'s")) or text.startswith(("’s", "'s"), m.end()):
                continue
            if inside_quote(m.start("who")) or (pattern is _TO and not _spoken_to(text, m)):
                continue
            person = people.resolve(name)
            if person is not None:
                found.add(person.name)
    return found


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


_TOWARDS = frozenset("turn turns turned turning".split())
"""Words that make "to X" the one spoken to without a verb of saying ("turning to Paul")."""
_NOT_TOWARDS = NOT_SPEECH_ALONE | frozenset("return returns returned returning".split())
"""Verbs of saying only in a sense that goes somewhere else ("went to Mr. Hale", "returned to
Bath")."""
_CLAUSE_BEFORE = re.compile(r"(?:Mrs?\.|Dr\.|[^.;:!?“”\"\n])*$")
_VERB_AFTER = re.compile(r",?\s*(?:and\s+)?(?:(?:he|she)\s+)?([a-z]+)")


def _spoken_to(text: str, m: re.Match[str]) -> bool:
    """Whether "to X" of ``m`` names the one spoken to: a verb of saying or of turning comes
    before it in its clause ("she said to Jane", "whispered that gentleman to Mr. Brownlow",
    "turning to Paul") or right after it ("walking up to Oliver, said"), not "it had occurred
    to Elizabeth" nor "he went to Paul"."""
    lo = max(0, m.start() - 80)
    clause = _CLAUSE_BEFORE.search(text, lo, m.start())
    words = re.findall(r"[a-z]+", clause.group() if clause else "")
    after = _VERB_AFTER.match(text, m.end("who"))
    if after is not None:
        words.append(after.group(1))
    return any(w in _TOWARDS or (w in SPEECH_VERBS and w not in _NOT_TOWARDS) for w in words)


PARTNER_TURN_PARAGRAPHS = 2
"""How far before the turn it answers the conversation's previous turn may be (one paragraph
of narration between them)."""


def answering(answered: Turn, gender: str | None, turns: Sequence[Turn]) -> str | None:
    """The one the speaker of ``answered`` was answering: the speaker of the turn right
    before it (at most :data:`PARTNER_TURN_PARAGRAPHS` paragraphs before), when someone
    else and of ``gender`` (or of a gender the text does not show)."""
    before = [t for t in turns if t.at < answered.at]
    if not before or gender is None:
        return None
    turn = max(before, key=lambda t: t.at)
    if (
        turn.name == answered.name
        or turn.person is None
        or answered.paragraph - turn.paragraph > PARTNER_TURN_PARAGRAPHS
        or turn.person.gender not in (gender, None)
    ):
        return None
    return turn.person.name


# -- whom the narration before a turn says it goes to (the conversation's view) -------------
# (e36's reading, beside :func:`addressed`: "asked Harriet", "wanted Mr. Darcy to account"
# without "to"; the two readings of "spoken to" are one concept to unify, measured on PDNC.)

_TOWARD = re.compile(
    r"\b(?:(?:turn|said|say|spoke|speak|repl|whisper|call|cried|exclaim|observ|remark|add)\w*"
    r"\s+to|asked|told|addressed|addressing|answered|questioned|wanted|begged|entreated"
    r"|assured|informed|reminded|bade)\s+$"
)
"""The words right before the person a clause says the words go to ("turned to", "said to",
"asked", "wanted ... to account"); not any "to" ("It was most convenient to Emma", "while he
talked to Isabella": someone else's conversation)."""
_POSSESSIVE = re.compile(r"['’]s\b")


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
    last = narration[spans[-1][0] :] if spans else ""
    found = set()
    for m in NAME_RE.finditer(last):
        if not _TOWARD.search(last[max(0, m.start() - 20) : m.start()]):
            continue
        if _POSSESSIVE.match(last, m.end()):
            continue  # "went to Frank Churchill's house": a place, nobody spoken to
        person = people.resolve(m.group())
        if person is not None:
            found.add(person.name)
    return found
