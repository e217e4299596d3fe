"""Who a passage's "he" or "she" is: the person the words before it name as a doer.

:mod:`.doers` reads a personal pronoun of the quote doer's gender as "may be that person", and
gives no verdict: "Мать спокойно приготовила всё" at "his sister with the violin. She calmly
prepared everything". The pronoun stands for someone the text has just named, and who, the
text before it says, as the speakers' resolver reads it
(:meth:`sourcecheck.extract.resolve.Referents.narration_subject`: the person of the pronoun's
gender the last clause before it names, going back past clauses about "she"). That resolver
knows a novel's named people; here the people are the household's nouns of :mod:`.persons`
in three languages, and a name is anyone.

Going back from the pronoun, clause by clause (a clause cut again where "and", "when", "that"
open another, as :func:`.roles.clause_people` cuts), over the pronoun's sentence and the two
before it: a clause that names no person who may be "she" (a noun of another gender, the
lodgers, a pronoun going on about her) is passed; the first that names one decides. Only a
sure reading counts: one person noun of the pronoun's gender, its clause's subject (the
first person of the clause, as :func:`.roles.clause_people` reads an unmarked one; not after
a preposition or an object's article nor, in Russian, in an object's case: "Meanwhile
Gregor's sister had overcome the despair she had fallen into"), and no other person of that
gender, name or owner ("his mother's attention") in the clause. Anything else, no referent:
the caller keeps "may be".
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..normalize import WORD_RE, fold
from .caseroles import UNDERGOES, marked
from .negation import clause_spans
from .persons import person_of
from .roles import _PERSON_NOUNS, _SUBJECT_PRONOUNS, _SUBORDINATORS, _marked, _words

_OPENING = {
    "en": "as while until before after since though although",
    "de": "während bevor nachdem bis obwohl",
    "ru": "пока хотя прежде после",
}
"""Words that open a clause within a clause besides :data:`.roles._SUBORDINATORS` ("he
watched as his sister took a broom"); "as a clerk", "as an owner" are no clause."""
_ROLE_AFTER = frozenset({"a", "an"})
_JOINED_WORDS = 3
"""At most this many words before "and": a person joined to the next ("Then Anna and")."""
PASSED = -1
"""A clause that names nobody the pronoun may be: the one before it is read."""


def antecedent(
    text: str,
    language: str,
    at: int,
    gender: str,
    genders: dict[int, str | None],
    names: Sequence[str] = (),
) -> tuple[int, str] | None:
    """The person the pronoun at ``at`` of ``text`` (of ``gender``, "m" or "f") stands for:
    (its row of :mod:`.persons`, the noun naming it), or None when the text before it does
    not say surely (see the module). ``genders``: each row's natural gender (None: several
    people, or either); ``names``: words that name someone, who may be anyone.

    >>> g = {0: "m", 1: "f", 2: "f"}
    >>> t = "Later his sister took a broom, as he watched. She carried it out."
    >>> antecedent(t, "en", t.index("She"), "f", g)
    (2, 'sister')
    >>> t = "It drew his mother's attention. She stood still."
    >>> antecedent(t, "en", t.index("She"), "f", g) is None
    True
    """
    for a, b in reversed(clause_spans(text[:at])):
        parts = _parts(text, language, a, b)
        for k in range(len(parts) - 1, -1, -1):
            found = _told(text, language, parts[k], gender, genders, names)
            if found == PASSED:
                continue
            if k and _joined(text, language, parts[k - 1], gender, genders, names):
                return None  # "Anna and the maid swept the floor": either
            return found if isinstance(found, tuple) else None
    return None


def _joined(
    text: str,
    language: str,
    part: tuple[int, int],
    gender: str,
    genders: dict[int, str | None],
    names: Sequence[str],
) -> bool:
    """Whether ``part`` is a person joined to the next part's by "and" (a few words, one of
    them a person the pronoun may be): two subjects of one verb."""
    short = len(WORD_RE.findall(text, *part)) <= _JOINED_WORDS
    return short and _told(text, language, part, gender, genders, names) != PASSED


def _parts(text: str, language: str, a: int, b: int) -> list[tuple[int, int]]:
    """The clause ``a:b`` cut before each word that opens another ("and", "when", "которая")."""
    opening = _words(_SUBORDINATORS, language) | _words(_OPENING, language)
    words = list(WORD_RE.finditer(text, a, b))
    cuts = [m.start() for i, m in enumerate(words) if fold(m.group()) in opening
            and not (i + 1 < len(words) and fold(words[i + 1].group()) in _ROLE_AFTER)]  # fmt: skip
    bounds = [a, *(c for c in cuts if c > a), b]
    return [(lo, hi) for lo, hi in pairwise(bounds) if lo < hi]


def _told(
    text: str,
    language: str,
    part: tuple[int, int],
    gender: str,
    genders: dict[int, str | None],
    names: Sequence[str],
) -> tuple[int, str] | int | None:
    """The person a part of a clause surely names as the one the pronoun may be; None when it
    names such a person unsurely; :data:`PASSED` when it names none."""
    nouns = _words(_PERSON_NOUNS, language)
    words = [(m.start(), m.group()) for m in WORD_RE.finditer(text, *part)]
    people = [at for at, w in words if person_of(w, language) is not None
              or fold(w) in nouns or w in names]  # fmt: skip
    fits = [(at, w) for at, w in words if at in people and _may_be(w, language, gender, genders)]
    if not fits:
        return PASSED
    owned = [f for f in fits if not f[1].endswith(("'s", "’s"))]  # not "Gregor's father"
    if len(owned) != 1:
        return None  # two of them, or an owner only ("his mother's attention")
    at, word = owned[0]
    row = person_of(word, language)
    if row is None or genders.get(row) != gender:
        return None  # a name, "the girl": who, the text says elsewhere
    if language == "ru" and marked([word.lower()]) == UNDERGOES:
        return None
    subjects = _words(_SUBJECT_PRONOUNS, language)
    first = next(i for i, (w_at, w) in enumerate(words) if w_at == at or fold(w) in subjects
                 or (w_at in people and not w.endswith(("'s", "’s"))))  # fmt: skip
    if words[first][0] != at or _marked(words, first, language) not in (None, True):
        return None  # not its clause's subject: "he watched her mother", "to his sister"
    return row, word


def _may_be(word: str, language: str, gender: str, genders: dict[int, str | None]) -> bool:
    """Whether a person word may be the pronoun of ``gender``: a name, a noun that names no
    one of :mod:`.persons` ("the girl") or one of that gender or either ("the servant")."""
    row = person_of(word, language)
    if row is None:
        return True
    return genders.get(row, gender) in (gender, None) and row in genders
