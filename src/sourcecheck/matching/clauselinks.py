"""Where the roles reader (:mod:`.roles`) finds each person's words, and which clause of a
passage it reads against which clause of the quote.

A person is found wherever its side says it: a name capitalised (its lower-case namesake is
another word, "the Free Software Foundation" / "a free Unix-like operating system"), in
Russian in any of its cases ("Борис" / "Борису"). Clauses are linked through what is said
of the people (a counterpart that is no person, a verb of saying) or through the same two
people.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from functools import cache

from ..normalize import WORD_RE, fold
from .negation import clause_of
from .stems import content_stems
from .wordpairs import Alignment

_SAYING = {
    "en": "say says said saying tell tells told telling",
    "de": "sagen sagte sagten gesagt sagt erzählte erzählt",
    "ru": "сказал сказала сказали сказать говорил говорила говорили рассказал рассказала",
}


@cache
def _saying_words(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in _SAYING.get(language, "").split())


def occurrences(
    text: str, words: Sequence[str], language: str = "", nouns: Collection[str] = ()
) -> dict[int, int]:
    """Offset of each occurrence of each of ``words`` in ``text`` -> the word's index. A
    capitalised word that is no person's noun (``nouns``, folded) is a name: its
    occurrences in lower case are another word ("the Free Software Foundation" / "a free
    operating system"); in Russian its other cases are the name too ("Борис" / "Борису", by
    their stems)."""
    keys = {fold(w): i for i, w in enumerate(words)}
    named = {fold(w) for w in words if w[:1].isupper() and fold(w) not in nouns}
    stems = {_name_stem(w, language): keys[fold(w)] for w in words if fold(w) in named}
    stems.pop(None, None)
    found = {}
    for m in WORD_RE.finditer(text):
        key, upper = fold(m.group()), m.group()[:1].isupper()
        if key in keys and (key not in named or upper):
            found[m.start()] = keys[key]
        elif upper and stems and (stem := _name_stem(m.group(), language)) in stems:
            found[m.start()] = stems[stem]
    return found


def _name_stem(word: str, language: str) -> str | None:
    """The stem a Russian name's cases share ("Борис", "Борису"); None in other languages
    (a German name's "s" makes an owner, read as such: :func:`.roles._marked`)."""
    return next(iter(content_stems([word], "ru")), None) if language == "ru" else None


def linked_clauses(
    quote: str,
    quote_language: str,
    passage: str,
    passage_language: str,
    alignment: Alignment,
    q_clauses: tuple[tuple[int, int], ...],
    p_clauses: tuple[tuple[int, int], ...],
    people: Mapping[int, int],
    theirs: Mapping[int, int],
) -> list[tuple[int, int]]:
    """(quote clause, passage clause) linked by a counterpart, a verb of saying, or the same
    two people (``people``, ``theirs``: offset of each person's word on each side -> the
    person)."""
    links = {
        (clause_of(q_clauses, q), clause_of(p_clauses, p))
        for q, p in alignment.offsets
        if q not in people
    }  # a person is in both clauses whatever its role: the link is what is said of them
    q_say = saying(quote, quote_language)
    p_say = saying(passage, passage_language)
    links |= {(clause_of(q_clauses, q), clause_of(p_clauses, p)) for q in q_say for p in p_say}
    shared = _shared_people(
        q_clauses, p_clauses, _one_word_each(quote, people), _one_word_each(passage, theirs)
    )
    return sorted(links | shared)


def _one_word_each(text: str, people: Mapping[int, int]) -> dict[int, int]:
    """``people`` (offset -> person) without a word right after another person's: "Francesco
    Sforza", "chief clerk" are one person each, not two."""
    ends = {at + len(m.group()) for at in people if (m := WORD_RE.match(text, at))}
    return {
        at: who
        for at, who in people.items()
        if not any(text[end:at].isspace() for end in ends if end < at)
    }


def _shared_people(
    q_clauses: tuple[tuple[int, int], ...],
    p_clauses: tuple[tuple[int, int], ...],
    mine: Mapping[int, int],
    theirs: Mapping[int, int],
) -> set[tuple[int, int]]:
    """(quote clause, passage clause) that name the same two people or more (``mine``,
    ``theirs``: offset of each person's word -> the person): a clause relating them is
    rendered by one relating them, though its verb has no counterpart ("his father had to
    try to calm Gregor down" / "mußte Gregor den Vater jetzt zu besänftigen suchen":
    "calm" / "besänftigen" are no nearest neighbours)."""
    named: dict[int, set[int]] = {}
    for at, who in mine.items():
        named.setdefault(clause_of(q_clauses, at), set()).add(who)
    there: dict[int, set[int]] = {}
    for at, who in theirs.items():
        if who >= 0:
            there.setdefault(clause_of(p_clauses, at), set()).add(who)
    return {(q, p) for q, a in named.items() for p, b in there.items() if len(a & b) >= 2}


def saying(text: str, language: str) -> list[int]:
    """Where ``text`` says a verb of saying (a light word: no counterpart of its own)."""
    said = _saying_words(language)
    return [m.start() for m in WORD_RE.finditer(text) if fold(m.group()) in said]
