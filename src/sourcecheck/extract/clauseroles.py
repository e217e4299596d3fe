"""Where a person's mention stands in its clause, for :mod:`~sourcecheck.extract.resolve`:
a participle's object ("getting Harriet into the house": not who the narration goes on
about), or the subject of a main clause after a fronted subordinate one ("before she had been
three minutes in her room, her mother followed her": her mother, though "she" comes first),
a name in a phrase fronted before a pronoun subject ("When alone with Elizabeth, she said":
not Elizabeth), and the clauses of a sentence (a semicolon before "and turned to her" leaves
the subject before it in the same clause).
"""

from __future__ import annotations

import re

_PAST = frozenset(
    "came became went gave took made said rose sat stood ran spoke began saw met left found "
    "got put brought thought felt knew told kept held led drew threw shook struck fell bent "
    "sprang hung broke heard grew sank strode swung tore wrote lent sent spent bought caught "
    "sought taught laid paid lay wore bore swore stole woke rode drove chose hid bit shot lit "
    "cut shut let set sped fled fed sold understood withdrew flew blew ate drank sang rang "
    "won flung clung stuck dug crept wept slept swept meant dealt built".split()
)
"""Irregular past tenses a main clause's subject is followed by (regular ones end in -ed)."""


def past_tense(word: str) -> bool:
    """Whether ``word`` is a lower-case past tense ("followed", "rose"): what follows a
    clause's subject in narration.

    >>> past_tense("followed"), past_tense("drew"), past_tense("Drew"), past_tense("her")
    (True, True, False, False)
    """
    return word.islower() and (word.endswith("ed") or word in _PAST)


def participle_object(text: str, at: int) -> bool:
    """Whether the name at ``at`` is a participle's object ("getting Harriet into the house";
    not "the brain of Fagin", "in Emma's opinion": who the narration is about, often).

    >>> t = "a wish of getting Harriet in"
    >>> participle_object(t, t.index("Harriet")), participle_object("Then Harriet", 5)
    (True, False)
    """
    before = text[max(0, at - 20) : at].split()
    return bool(before) and before[-1].endswith("ing") and before[-1].islower()


def main_subject(text: str, at: int, words: str) -> bool:
    """Whether ``words`` at ``at`` open a main clause after a fronted subordinate clause and
    a comma, followed by a past tense: its subject.

    >>> t = "But before she had been three minutes in her room, her mother followed her."
    >>> main_subject(t, t.index("her mother"), "her mother")
    True
    >>> t = "She thought of her mother, her mother's letter and the ball."
    >>> main_subject(t, t.rindex("her mother"), "her mother")
    False
    """
    after = text[at + len(words) : at + len(words) + 30].split(maxsplit=1)
    if not after or not text[:at].rstrip().endswith(","):
        return False
    return past_tense(after[0].rstrip(",.;"))


_FRONTING = frozenset(
    "when whenever while whilst as after before since until till though although if once "
    "on upon in at with without by from for during having being".split()
)
"""Words that open a fronted adverbial phrase or clause ("When Mr. Bumble had examined the
coins, he went on", "on Mrs. Bennet's leaving them, she could not help saying")."""
_NOT_PARTICIPLES = frozenset("nothing something anything everything thing king".split())
_LEADING = re.compile(r"[\s\"“”'‘’(\-—–]*(?:(?:and|but|then|so|yet|now|or)\b[\s,]*)*", re.I)
_PRONOUN_SUBJECT = {
    "M": re.compile(r",\s*(?:[a-z]+ly,?\s+)?(he)\s+[a-z]"),
    "F": re.compile(r",\s*(?:[a-z]+ly,?\s+)?(she)\s+[a-z]"),
}
MAX_FRONTED = 240
"""The longest fronted phrase read as one (in characters): longer, it is narration of its own."""


def fronted_subject(text: str, start: int, end: int, gender: str) -> int:
    """Where the main clause of ``text[start:end]`` starts when the clause opens with a
    fronted phrase and a comma and its subject is the pronoun of ``gender`` ("When alone with
    Elizabeth afterwards, she spoke": the offset of "she"), else ``start``. A person the
    fronted phrase names other than as its clause's subject (:func:`subordinate_subject`) is
    not who the pronoun is: a writer who meant them would have left them out of it ("When
    alone with her afterwards, Mrs. Gardiner spoke"; "on Mrs. Bennet's leaving them together,
    she could not help saying": Jane, of the clause before). The subject of a fronted clause
    may well be ("When Mrs. Bennet was told of this, she did not express ...").

    >>> t = "He went out. When Mr. Bumble had counted the coins, he went on:"
    >>> at = fronted_subject(t, 13, len(t), "M"); t[at:at + 7]
    'he went'
    >>> fronted_subject(t, 0, 12, "M"), fronted_subject("Emma came in, and she said", 0, 26, "F")
    (0, 0)
    """
    lead = _LEADING.match(text, start, end)
    opening = lead.end() if lead is not None else start
    first = re.match(r"[A-Za-z]+", text[opening:end])
    if first is None:
        return start
    word = first.group().lower()
    participle = word.endswith("ing") and word not in _NOT_PARTICIPLES
    if word not in _FRONTING and not participle:
        return start
    subject = _PRONOUN_SUBJECT[gender].search(text, opening, min(end, opening + MAX_FRONTED))
    if subject is None or ";" in text[opening : subject.start()]:
        return start
    return subject.start(1)


_SUBORDINATE_SUBJECT = re.compile(
    r"\b(?:when|whenever|while|whilst|as|after|before|since|until|till|though|although|if|"
    r"once)\s+(?:(?:at last|at length|then|again|now|soon)\s+)?"
    r"(?:(?:[A-Z][\w.’']*\s+)+and\s+)?$",
    re.I,
)


_PASSIVE_AGENT = re.compile(r"[a-z](?:ed|en)\s+by\s+$")
"""A passive's agent, its subject in meaning ("as nothing was discerned by Mr. Knightley")."""
_OWNER = re.compile(r"[^’'\s]+(?:\s+[^’'\s]+)*[’']s\b")
_GERUND = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+ing\b")


def subordinate_subject(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is the subject of a subordinate clause ("when
    at last Kitty did", "as Jane and Elizabeth were walking", "as it was seen by Kitty"),
    not its object or an owner
    ("when alone with Elizabeth", "on Mrs. Bennet's leaving"). An owner of a thing is kept
    ("a suspicion entering Emma's brain, she said": Emma), not of an act ("on Emma's turning
    her head, she added": someone else).

    >>> t = "When at last Kitty did, on Kitty's leaving, entering Kitty's brain"
    >>> [subordinate_subject(t, m.start(), m.end()) for m in re.finditer("Kitty", t)]
    [True, False, True]
    """
    owner = _OWNER.match(text, start, end + 2)  # ("Emma's" with its 's or without)
    if owner is not None:
        return _GERUND.match(text, owner.end()) is None
    before = max(0, start - 60)
    return any(p.search(text, before, start) for p in (_SUBORDINATE_SUBJECT, _PASSIVE_AGENT))


_SUBJECTLESS = re.compile(r"\s*(?:--|—)?\s*(?:and|but|or|yet)\s+(?:then\s+|,\s*)?([a-z]+)\b")
_FINITE = frozenset("was were had could would did should might".split())


def continues_subject(text: str, at: int) -> bool:
    """Whether the clause at ``at`` (after a semicolon) has no subject of its own and goes on
    with the one before ("Miss Hale bowed; and finding nothing more to be learned of Mrs.
    Cole's, turned to Frank": Miss Hale's clause, not one about Mrs. Cole).

    >>> t = "Anne bowed; and finding nothing, turned away; and Kitty laughed; but was silent"
    >>> [continues_subject(t, m.end()) for m in re.finditer(";", t)]
    [True, False, True]
    """
    m = _SUBJECTLESS.match(text, at)
    if m is None:
        return False
    word = m.group(1)
    return word.endswith("ing") or past_tense(word) or word in _FINITE


def named_in_fronted(text: str, start: int, end: int, gender: str, name: re.Match[str]) -> bool:
    """Whether the ``name`` of the clause ``text[start:end]`` stands in a phrase fronted
    before its pronoun subject of ``gender`` (:func:`fronted_subject`), other than as that
    phrase's subject (:func:`subordinate_subject`): not who the pronoun is."""
    if name.start() >= fronted_subject(text, start, end, gender):
        return False
    return not subordinate_subject(text, name.start(), name.end())


def clause_cuts(text: str, start: int, end: int) -> list[int]:
    """Where the clauses of the sentence ``text[start:end]`` start and end: at its
    semicolons, except before a clause that goes on with the subject before it
    (:func:`continues_subject`)."""
    semis = (start + m.end() for m in re.finditer(";", text[start:end]))
    return [start, *(c for c in semis if not continues_subject(text, c)), end]
