"""A compound negated by a hyphenated prefix, "non-Debian-specific", "Nicht-Mitglieder",
"un-American", "не-Debian": that side says "not" of the words after the prefix.

"Users should post non-Debian-specific questions to one of the Linux USENET groups" was
rendered "Пользователи могут отправлять вопросы, относящиеся к Debian, в одну из групп":
the Russian "не" of "не относящиеся к Debian" was dropped, and nothing was flagged (walk115
ch-neg-ru-en-16). The compound is one content word with no counterpart, a word negated by an
affix that answers a negation of the other side but never raises a difference itself
(:data:`.negation._AFFIXED`: "unusual" / "seltsam" would be a false one), and the prefix
checks of :mod:`.negprefix` compare a word with its counterpart only. A hyphen, though, sets
the prefix apart beyond doubt and names what it denies: here a part of such a compound that
the other side says (the same word or name, the same stem, a dictionary's translation) must
be negated there too, by an explicit negation or an affixed word in its clause ("не
относящиеся к Debian", "Fragen, die Debian nicht betreffen"); said affirmed, the two sides
differ in polarity (:func:`compound_pair`). Not when the compound itself stands under a
negation ("not a non-member"), when the other side prints the compound too ("non-free", a
section's name), or says otherness before the word ("a language other than English",
"außer", "кроме").
"""

from __future__ import annotations

import re

from ..normalize import fold
from . import bilingual
from .negation import Negations, clause_of, read_negations
from .stems import content_stems
from .wordpairs import Alignment, WordPair, content_positions

_COMPOUND = {
    "en": re.compile(r"(?:non|un)-(\w[\w-]*)", re.IGNORECASE),
    "de": re.compile(r"(?:nicht|un)-(\w[\w-]*)", re.IGNORECASE),
    "ru": re.compile(r"(?:не|без)-(\w[\w-]*)", re.IGNORECASE),
}
"""A compound negated by a prefix the hyphen sets apart, and what follows the prefix."""
_SEEN = {
    language: re.compile(r"(?<![\w-])" + pattern.pattern.split(")")[0] + r")-\w", re.IGNORECASE)
    for language, pattern in _COMPOUND.items()
}
"""The prefix and its hyphen anywhere in a text: most texts have none, and are read no further."""
_OTHER_THAN = re.compile(
    r"(?:\b(?:other|else)\s+than|\bexcept|\bexcluding|\bbesides|\bapart\s+from|\boutside"
    r"|\banders\s+als|\bandere[nmrs]?\s+als|\bau(?:ß|ss)er|\bausgenommen"
    r"|кроме|помимо|исключением|отличн[а-яё]+\s+от|\bвне)\W+(?:\w+\W+)?$",
    re.IGNORECASE,
)
"""Words of otherness just before a word: "a language other than English" says what
"non-English" says, as do "außer Englisch", "кроме английского"."""
_PART_MIN = 3  # letters of a compound's part compared ("non-EU" stays compared: two are not)


def negated_compound(word: str, language: str) -> str | None:
    """What the hyphenated negating prefix of ``word`` denies ("non-Debian-specific" ->
    "Debian-specific"), or None when ``word`` is no such compound.

    >>> negated_compound("non-Debian-specific", "en"), negated_compound("nonsense", "en")
    ('Debian-specific', None)
    """
    pattern = _COMPOUND.get(language)
    m = pattern.fullmatch(word) if pattern is not None else None
    return m.group(1) if m else None


def compound_pair(
    quote: str, quote_language: str, passage: str, passage_language: str, alignment: Alignment
) -> WordPair | None:
    """The first negated compound of one side (see the module) with the other side's word
    that says a part of it affirmed, as a pair (quote's word, passage's word); None when
    there is none or every such word is negated in its clause too."""
    del alignment  # the compound has no counterpart: its parts are looked for directly
    sides = ((quote, quote_language), (passage, passage_language))
    read: dict[int, Negations] = {}
    for k in (0, 1):
        text, language = sides[k]
        seen = _SEEN.get(language)
        if seen is None or seen.search(text) is None:
            continue
        for at, word in content_positions(text, language):
            rest = negated_compound(word, language)
            if rest is None:
                continue
            if negated_in_clause(read, k, sides, at, exclude=at):
                continue  # "not a non-member": the compound is affirmed
            found = _said(rest, language, *sides[1 - k])
            if found is None:
                continue
            there, other = found
            if any(negated_compound(other, lang) for lang in _COMPOUND):
                continue  # "non-free" on both sides: a section's name, said alike
            if _OTHER_THAN.search(sides[1 - k][0][max(0, there - 40) : there]):
                continue  # "a language other than English" / "non-English"
            if negated_in_clause(read, 1 - k, sides, there, exclude=-1):
                continue
            pair = (word, at, other, there) if k == 0 else (other, there, word, at)
            return WordPair(*pair, similarity=0.0)
    return None


def _said(rest: str, language: str, other: str, other_language: str) -> tuple[int, str] | None:
    """The first word of ``other`` that says a part of ``rest``: the same folded word or
    stem (a name: "Debian"), or a dictionary's translation across languages."""
    parts = [p for p in rest.split("-") if len(p) >= _PART_MIN]
    stems = {s for p in parts for s in content_stems([p], language)}
    folded = {fold(p) for p in parts}
    for there, word in content_positions(other, other_language):
        pieces = [word, *word.split("-")] if "-" in word else [word]  # "Debian-Paketen"
        for piece in pieces:
            if fold(piece) in folded or (
                other_language == language and set(content_stems([piece], language)) & stems
            ):
                return there, word
            if other_language != language and any(
                bilingual.translate_each_other(p, language, piece, other_language) for p in parts
            ):
                return there, word
    return None


def negated_in_clause(
    read: dict[int, Negations],
    k: int,
    sides: tuple[tuple[str, str], ...],
    at: int,
    *,
    exclude: int,
) -> bool:
    """Whether side ``k`` of ``sides`` (text, language) negates in the clause holding ``at``:
    an explicit negation or a word negated by an affix or of lack, other than the word at
    ``exclude``; each side's negations are read once into ``read``."""
    if k not in read:
        read[k] = read_negations(*sides[k])
    n = read[k]
    clause = clause_of(n.clauses, at)
    return any(
        start != exclude and clause_of(n.clauses, start) == clause
        for start, _ in (*n.explicit, *n.affixed)
    )
