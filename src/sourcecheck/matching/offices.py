"""Two nouns of two kinds of person: the word matcher's changed word "treasurer" where the
source prints "secretary" names another person (a fresh-clone finding of 2026-11-28).

:mod:`.changedfacts` flags a changed word that is another person (``roles``) when both are
offices before a name ("Secretary", "Chairman") or a household's people ("clerk" / "mother"):
"thanked the clerk" was flagged, "thanked the treasurer" / "the secretary" only
``word_changed``, a wording for a person to judge. Here two nouns name two persons when
WordNet files the first sense of each among the nouns of people
(:func:`.personnouns.person_noun`: in German through the dictionary's English) and they are
not two names of one kind of person: WordNet's synonyms and near senses
(:func:`.kindred.kindred`: "author" / "writer"), one a kind of the other (a hypernym of its
first senses, :func:`_above`: "guest" is a "visitor"; or a compound of the other: "blacksmith"
/ "smith", the labelled set's ro108-19), or a noun for anyone (:data:`GENERAL`:
"the man" may be the clerk). Read for one word replaced by another only: the meaning stage
does not read such nouns as people everywhere (:mod:`.personnouns` says why).

Across languages the dictionary and WordNet read too little ("Schriftführerin", "губернатора"
are no headwords, and Russian has no dictionary into English): "The chairwoman opened the
meeting" at "Die Schriftführerin eröffnete die Sitzung", "the mayor" at "губернатор" passed as
true renderings (a fresh-clone finding). The offices of meetings, towns, states and courts are a
closed class written in the three languages (:data:`OFFICES`): :func:`other_office_named` finds
the quote's office that the passage does not say while it says another (``roles`` at the
meaning stage, :mod:`.factflags`). Offices one language names with one word are one member:
the chair and the president ("Vorsitzender" is a society's president, "председатель" both),
the secretary and the clerk ("секретарь суда" is the court's clerk); a German office is a
capitalized noun, its compounds named by their last part ("Stadtkämmerer", "Oberbürgermeister").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..normalize import WORD_RE, fold
from . import bilingual, wordnet
from .kindred import kindred
from .personnouns import person_noun

GENERAL = frozenset(
    "man men woman women person persons people individual human someone somebody one "
    "child children boy boys girl girls adult fellow guy lady ladies gentleman gentlemen "
    "member members stranger".split()
)
"""Nouns for anyone: "the man" may be the clerk, "a stranger" anyone not known."""
OFFICES: tuple[str, ...] = (
    "chair|chairs|chairm[ae]n|chairwom[ae]n|chairpersons?|presidents?|presid(?:e|es|ed|ing)"
    "|\\w*vorsitzende[nmrs]?|\\w*präsident(?:en|in|innen)?|председател\\w*|президент\\w*",
    "secretar(?:y|ies)|clerks?|\\w*sekretär(?:s|e|en|in|innen)?|\\w*schriftführer(?:s|n|in|innen)?"
    "|protokollführer(?:s|n|in|innen)?|секретар[яюеьи]\\w*|делопроизводител\\w*",
    "treasurers?|cashiers?|\\w*kassenwart(?:s|e|en|in|innen)?|\\w*schatzmeister(?:s|n|in|innen)?"
    "|\\w*kämmerer(?:s|n|in|innen)?|kassierer(?:s|n|in|innen)?|казначе\\w*|кассир\\w*",
    "mayors?|\\w*bürgermeister(?:s|n|in|innen)?|мэр|мэра|мэру|мэром|мэре|мэры|мэров"
    "|градоначальник\\w*|бургомистр\\w*",
    "governors?|gouverneur(?:s|e|en|in|innen)?|statthalter(?:s|n|in|innen)?|губернатор\\w*",
    "ministers?|\\w*minister(?:s|n|in|innen)?|\\w*ministerpräsident(?:en|in|innen)?"
    "|(?:премьер-)?министр(?:а|у|ом|е|ы|ов|ам|ами|ах)?",
    "chancellors?|\\w*kanzler(?:s|n|in|innen)?|канцлер\\w*",
    "judges?|(?!trichter)\\w*richter(?:s|n|in|innen)?|суд(?:ья|ьи|ье|ью|ьёй|ьей|ей|ьям|ьями|ьях)",
    "prosecutors?|\\w*staatsanw[aä]lt(?:s|e|en|in|innen|schaft)?|ankläger(?:s|n|in|innen)?"
    "|прокурор\\w*|обвинител(?:ь|я|ю|ем|е|и|ей|ям|ями|ях)",
    "defendants?|angeklagte[nmrs]?|beklagte[nmrs]?|обвиняем\\w*|подсудим\\w*|ответчик\\w*",
    "plaintiffs?|claimants?|kläger(?:s|n|in|innen)?|истец|истц\\w*",
    "witness(?:es)?|zeug(?:e|en|in|innen)|свидетел(?:ь|я|ю|ем|е|и|ей|ям|ями|ях)|свидетельниц\\w*",
    "lawyers?|attorneys?|counsel|(?!staats)\\w*anw[aä]lt(?:s|e|en|in|innen)?|verteidiger(?:s|n|in|innen)?"
    "|адвокат\\w*|защитник\\w*",
)  # fmt: skip
"""The offices of meetings, towns, states and courts, one member each in English, German and
Russian (German read capitalized only: "beklagte" is "complained"); two members name two
persons. "Ministerpräsident" is a minister and a president; "presiding" says the chair
("the presiding judge" / "председатель суда")."""
_CLIMB = 8
"""Hypernyms climbed from each of a noun's first senses when reading whether one noun is a
kind of the other (WordNet's chains of person nouns are 3 to 7 deep under "person")."""


def other_office(word: str, other: str, language: str) -> bool:
    """Whether ``word`` and ``other`` (one word each, in ``language``) name two different
    persons by what they do or are (see the module).

    >>> other_office("treasurer", "secretary", "en"), other_office("writer", "author", "en")
    (True, False)
    >>> other_office("guest", "visitor", "en"), other_office("man", "clerk", "en")
    (False, False)
    >>> other_office("smith", "blacksmith", "en"), other_office("metalworker", "blacksmith", "en")
    (False, False)
    """
    if fold(word) == fold(other):
        return False
    if not (person_noun(word, language) and person_noun(other, language)):
        return False
    mine, theirs = _english(word, language), _english(other, language)
    if not mine or not theirs or {mine, theirs} & GENERAL:
        return False
    if mine == theirs or kindred(mine, theirs) or mine.endswith(theirs) or theirs.endswith(mine):
        return False  # one kind of person, or a compound of the other ("blacksmith" / "smith")
    return not (_above(mine, theirs) or _above(theirs, mine))


def _english(word: str, language: str) -> str | None:
    """The English noun ``word`` is read as: its WordNet base form, or a German word's first
    translation that WordNet knows as a noun."""
    if language == "en":
        forms = wordnet.base_forms(fold(word), "n")
        return forms[0] if forms else None
    english = bilingual.entry_words(word, language, "en") or bilingual.translated_words(
        word, language, "en"
    )
    return next((wordnet.base_forms(w, "n")[0] for w in english if wordnet.base_forms(w, "n")),
                None)  # fmt: skip


@lru_cache(maxsize=1 << 12)
def _above(word: str, other: str) -> bool:
    """Whether a sense of ``word`` (any: "smith" lists people named Smith first) is a
    hypernym, up to :data:`_CLIMB` steps, of one of ``other``'s first senses (its synsets, as
    :mod:`.kindred` reads them)."""
    mine = set(wordnet.senses(word, "n"))
    level = [("n", o) for o in wordnet.senses(other, "n")[:3]]
    for _ in range(_CLIMB):
        found = [wordnet.synset(*s) for s in level]
        level = [t for f in found if f is not None for t in f.targets("@")]
        if any(o in mine for _, o in level):
            return True
    return False


_POSSESSIVE = re.compile(r"['’ʼ]s?$")


@cache
def _office(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{pattern})", re.IGNORECASE)


def office_words(text: str, language: str) -> list[tuple[str, frozenset[int]]]:
    """The words of ``text`` that name an office of :data:`OFFICES`, with their members.

    >>> office_words("Die Schriftführerin dankte dem Vorsitzenden.", "de")[0][0]
    'Schriftführerin'
    >>> [w for w, _ in office_words("Губернатор поблагодарил секретаря суда.", "ru")]
    ['Губернатор', 'секретаря']
    >>> [w for w, _ in office_words("The mayor read the governor's telegram.", "en")]
    ['mayor', "governor's"]
    """
    found = []
    for m in WORD_RE.finditer(text):
        word = m.group()
        if language == "de" and not word[:1].isupper():
            continue  # a German office is a noun ("beklagte": complained; "vorsitzende Richter")
        noun = _POSSESSIVE.sub("", word)  # "the governor's telegram"
        members = frozenset(i for i, p in enumerate(OFFICES) if _office(p).fullmatch(noun))
        if members:
            found.append((word, members))
    return found


def different_offices(word: str, other: str, language: str) -> bool:
    """Whether two words (one each, in ``language``) name two offices of :data:`OFFICES`, no
    member shared: the word matcher's changed word ("секретарь" / "казначей", which WordNet
    does not read).

    >>> different_offices("секретарь", "казначей", "ru"), different_offices("мэр", "мэра", "ru")
    (True, False)
    """
    mine, theirs = office_words(word, language), office_words(other, language)
    return len(mine) == len(theirs) == 1 and not mine[0][1] & theirs[0][1]


def other_office_named(
    quote: str, quote_language: str, passage: str, language: str
) -> tuple[str, str] | None:
    """An office the quote names that the passage does not, and an office the passage names
    that the quote does not ("chairwoman" / "Schriftführerin"), or None (see the module).

    >>> other_office_named("The mayor criticised the plan.", "en",
    ...                    "Губернатор раскритиковал план.", "ru")
    ('mayor', 'Губернатор')
    >>> print(other_office_named("The mayor criticised the plan.", "en",
    ...                          "Der Bürgermeister kritisierte den Plan.", "de"))
    None
    """
    mine = office_words(quote, quote_language)  # the quote first: most name no office
    if not mine:
        return None
    theirs = office_words(passage, language)
    if not theirs:
        return None
    said = frozenset().union(*(m for _, m in mine)) if mine else frozenset()
    there = frozenset().union(*(m for _, m in theirs))
    word = next((w for w, m in mine if not m & there), None)
    other = next((w for w, m in theirs if not m & said), None)
    return None if word is None or other is None else (word, other)
