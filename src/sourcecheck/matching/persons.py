"""The nouns that name a household's people, and their renderings in each language.

A single-word vector pairs "father" with "Vater" (0.93) but not "chief clerk" with
"Prokurist" (0.46) or "управляющий" with "Prokurist" (0.40): the words of a two-word title, or
a title a language says otherwise, are no nearest neighbours. So a quote that swaps who said
what to whom ("sagte der Prokurist zur Mutter" for "said his mother to the chief clerk") had
no counterpart for one of its two people: its roles could not be compared, and the passage,
with a counterpart for only half the quote's words, was rejected as a topic match. A person
noun without a counterpart is paired with the passage's noun for the same person, when the
passage has one and that one has no counterpart either (:func:`with_people`).
"""

from __future__ import annotations

from ..normalize import WORD_RE, fold
from .wordpairs import Alignment, WordPair, content_positions

_RENDERINGS = (
    # en | de | ru: the forms of one person's noun (folded: ё is е)
    ("father fathers", "vater vaters", "отец отца отцу отцом отце"),
    ("mother mothers", "mutter", "мать матери матерью"),
    ("sister sisters", "schwester schwestern", "сестра сестры сестре сестру сестрой"),
    ("brother brothers", "bruder brüder", "брат брата брату братом брате"),
    ("son sons", "sohn sohnes söhne", "сын сына сыну сыном сыне"),
    ("daughter daughters", "tochter töchter", "дочь дочери дочерью"),
    ("parents", "eltern", "родители родителей родителям родителями"),
    (
        "clerk manager",
        "prokurist prokuristen",
        "управляющий управляющего управляющему управляющим управляющем",
    ),
    (
        "maid servant charwoman cleaner",
        "dienstmädchen bedienerin magd",
        "служанка служанки служанке служанку прислуга",
    ),
    ("lodger lodgers", "zimmerherr zimmerherren", "жилец жильца жильцы жильцов жильцам"),
)
_LANGUAGES = ("en", "de", "ru")
PERSON: dict[str, dict[str, int]] = {
    lang: {fold(w): i for i, row in enumerate(_RENDERINGS) for w in row[k].split()}
    for k, lang in enumerate(_LANGUAGES)
}
"""Language -> folded person noun -> the person it names (a row of the table)."""
PAIRED = 0.9
"""The similarity a counterpart from the table is given (a sure rendering, not a vector's)."""


def person_of(word: str, language: str) -> int | None:
    """The person a noun names (a row of the table), or None.

    >>> person_of("Prokuristen", "de") == person_of("clerk", "en") == person_of("управляющий", "ru")
    True
    """
    return PERSON.get(language, {}).get(fold(word))


def with_people(
    alignment: Alignment, quote: str, language: str, passage: str, passage_language: str
) -> Alignment:
    """``alignment`` with each person noun of the quote that has no counterpart paired with
    the passage's noun for the same person (its first, when it has no counterpart either).

    >>> a = with_people(Alignment(2, ()), "der Prokurist sagte", "de", "said the clerk", "en")
    >>> [(p.quote, p.passage) for p in a.pairs]
    [('Prokurist', 'clerk')]
    """
    if language not in PERSON or passage_language not in PERSON:
        return alignment
    taken = {p.passage_at for p in alignment.pairs}
    paired = {p.quote_at for p in alignment.pairs}
    free: dict[int, tuple[int, str]] = {}
    for m in WORD_RE.finditer(passage):
        who = person_of(m.group(), passage_language)
        if who is not None and m.start() not in taken:
            free.setdefault(who, (m.start(), m.group()))
    added = []
    for at, word in content_positions(quote, language):
        who = person_of(word, language)
        if at in paired or who is None or who not in free:
            continue
        p_at, p_word = free.pop(who)
        added.append(WordPair(word, at, p_word, p_at, PAIRED))
    if not added:
        return alignment
    return alignment.with_pairs(added)
