"""Capitalised words that are no names: a word capitalised only because it opens a sentence or
a quotation, and that the dictionary knows only as a common word.

A name is read from its capital, and every sentence's first word, and a quoted speech's
("called out "Cheerio then, everyone""), is capitalised too. Read as names, such words
were compared as people: "Hearing the yell the officer turned round" / "Услыхав крик,
офицер обернулся" came out "names differ (Hearing not there; it names Услыхав)", "Master,
not here" / "Барин нету" the same, "Numberless instances might be given" was compared with
"Testament" in "Numberless"'s place, and "Cheerio" was missing where the German passage has
"Eile" (walk106: rs-02, rs-00, ap-01, ke-19). An English word at such a place is no name
when WordNet has it in one sense or more and as nobody's and no place's name in none (an
instance, ``@i``: "Pierre", "Lenin", "Bush" keep theirs): :func:`mere_word`. Without
WordNet every such word stays a possible name, as before. A Russian word at such a place is
no name when pymorphy3 reads it as a common word and as a name in none of its readings
("Каждый", walk108 ur-01; "Рыбаков", fishermen's, is also a surname and stays a name).
A German word at such a place is no name when FreeDict's dictionary lists it in lower case
only (a verb, an adverb, a conjunction: "Sobald alle Dateien", walk113 ab-de-05) or it is a
noun's plural (:mod:`.germancommon`); a singular noun is left alone: German capitalises every
noun, and "Müller" is a miller and a surname.

A question word is never a name, wherever its capital comes from: "He asked the captain, Why
have the ships not sailed?" opens a speech after a comma, unmarked, and "Why" was shown among
the names (fresh109): :data:`QUESTION_WORDS`, read with the stop words (:func:`no_names`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..extract.titles import TITLE_WORDS
from ..facts.dates import MONTHS as ENGLISH_MONTHS
from ..facts.monthdates import MONTHS
from ..normalize import WORD_RE, fold
from . import wordnet
from .embed import default_embedder
from .germancommon import inflected_noun, no_noun
from .morph_ru import common_word, may_be_name
from .openers import opening_starts
from .stems import STOPWORDS

QUESTION_WORDS: dict[str, frozenset[str]] = {
    language: frozenset(fold(w) for w in words.split())
    for language, words in {
        "en": "why whom whose wherefore",
        "de": "warum wieso weshalb weswegen wann wer wen wem wessen woher wohin womit wofür "
        "worum wozu",
        "ru": "почему отчего зачем кого кому кем чей чья чьё чьи какой какая какое какие "
        "откуда куда сколько",
    }.items()
}
"""Question words not among the stop words (:data:`.stems.STOPWORDS` has "what", "who",
"wie", "кто"): capitalised after a comma or a colon that opens a speech, never a name."""


def no_names(language: str) -> frozenset[str]:
    """The folded words of ``language`` that are never names, however capitalised: its stop
    words, month names and question words (:data:`QUESTION_WORDS`).

    >>> "why" in no_names("en"), "warum" in no_names("de"), "lenin" in no_names("en")
    (True, True, False)
    """
    months = MONTHS.get(language, ENGLISH_MONTHS).keys()
    return STOPWORDS.get(language, frozenset()) | months | QUESTION_WORDS.get(language, frozenset())


_QUOTATION_OPENS = re.compile(r"[«„“‘\"'‹»]\s*$")
"""A quotation mark just before a word: the word opens a quoted speech."""


@lru_cache(maxsize=256)
def opening_places(text: str) -> dict[int, str]:
    """Where the words of ``text`` that open a sentence or a quoted speech start -> the word
    (cached: one passage is asked of each of its capitalised words; never changed)."""
    words = [(m.group(), m.start()) for m in WORD_RE.finditer(text)]
    starts = opening_starts(text, words)
    return {
        at: w for w, at in words
        if at in starts or _QUOTATION_OPENS.search(text, max(0, at - 3), at)
    }  # fmt: skip


def mere_word(word: str, language: str, text: str) -> bool:
    """Whether ``word`` (capitalised, of ``text`` in ``language``) is no name: every
    capitalised occurrence of it in ``text`` opening a sentence or a quotation, and a common
    word of its language's dictionary (:func:`_common`; see the module): "Каждый человек
    имеет право" names nobody (walk108 ur-01 was flagged ``name``, "Каждый" against "State").

    >>> mere_word("Hearing", "en", "Hearing the yell, Pierre turned.") if wordnet.available() \
else True
    True
    >>> mere_word("Pierre", "en", "Pierre turned round.")
    False
    >>> mere_word("Каждый", "ru", "Каждый имеет право."), mere_word("Пётр", "ru", "Пётр ушёл.")
    (True, False)
    """
    if not word[:1].isupper() or not _common(word, language):
        return False
    places = opening_places(text)
    found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
    return bool(found) and all(at in places for at in found)


def _common(word: str, language: str) -> bool:
    """Whether the dictionary of ``language`` knows ``word`` as a common word and as no name:
    English by WordNet (:func:`~.wordnet.common_word`), Russian by pymorphy3's readings
    ("Каждый", "Утром"; not "Рыбаков", also a surname, nor a word it does not know:
    :func:`~.morph_ru.common_word`), German by FreeDict's headwords (no noun, "Sobald", or a
    noun's plural, "Gründen": :mod:`.germancommon`; a singular noun may be a surname, "Müller").
    Other languages: never."""
    if language == "ru":
        return common_word(word)
    if language == "de":  # no noun ("Sobald", "Zeigt"), or a noun's plural ("Gründen")
        return no_noun(word) or inflected_noun(word)
    return language == "en" and wordnet.common_word(word)


def mere_pair(pair: tuple[str, str], languages: tuple[str, str], texts: tuple[str, str]) -> bool:
    """Whether either word of a quote/passage word ``pair`` is no name in its own text (the
    quote, the passage: :func:`mere_word`): "Hearing/Услыхав" is a word rendered."""
    return any(mere_word(*side) for side in zip(pair, languages, texts, strict=True))


def quoted_common(text: str, words: list[tuple[str, int]]) -> set[int]:
    """Where the words of ``text`` (word, start) that open a quoted speech and are common
    words (:func:`~.wordnet.common_word`) start: 'called out "Cheerio then, everyone"' names nobody.

    >>> t = 'She called out "Cheerio then" and "Gregor, come".'
    >>> w = [(m.group(), m.start()) for m in WORD_RE.finditer(t)]
    >>> sorted(t[at:at + 7] for at in quoted_common(t, w)) if wordnet.available() else ["Cheerio"]
    ['Cheerio']
    """
    return {
        at for word, at in words
        if word[:1].isupper() and _QUOTATION_OPENS.search(text, max(0, at - 3), at)
        and wordnet.common_word(word)
    }  # fmt: skip


def plural_title(word: str) -> bool:
    """Whether ``word`` is a title in the plural ("Emperors", "Princes", "Generals"): a
    class of people, a common noun capitalized by the writer's habit, not anyone's name.

    >>> plural_title("Emperors"), plural_title("Princesses"), plural_title("Emperor")
    (True, True, False)
    """
    return word[:1].isupper() and any(
        word.endswith(ending) and word[: -len(ending)] in TITLE_WORDS for ending in ("s", "es")
    )


NICKNAME_MEANING = 0.5
"""The least word-vector similarity of a nickname's two renderings, in lower case (their
meaning as words): "вислым"/"flabby" 0.54, "сонной"/"sleepy" 0.59, "серым"/"gray" 0.80; a
surname the dictionary reads as an adjective and a common word measured 0.39-0.42
("урицкий"/"committee"), two nicknames of one horse 0.31-0.48 ("ленивой"/"sleepy")."""


def nicknames(pair: tuple[str, str], languages: tuple[str, str]) -> bool:
    """Whether a quote/passage ``pair`` of capitalised words is a nickname translated
    ("Вислым"/"Flabby", "Сонной"/"Sleepy": a horse's names, adjectives on both sides), not two
    people's names: both common words of their language (Russian by pymorphy3's dictionary,
    known and no name: :func:`~.morph_ru.may_be_name`; English by WordNet) and near in
    meaning as words (:data:`NICKNAME_MEANING`). A name in a nickname's place
    ("Машкой"/"Greedy") stays a name, and so does a word of another language.

    >>> nicknames(("Вислым", "Flabby"), ("ru", "en")) if wordnet.available() else True
    True
    >>> nicknames(("Машкой", "Greedy"), ("ru", "en")), nicknames(("Соня", "Natasha"), ("ru", "en"))
    (False, False)
    """
    for word, language in zip(pair, languages, strict=True):
        if not word[:1].isupper() or (language == "ru" and may_be_name(word)):
            return False
        if language not in ("ru", "en") or (language == "en" and not wordnet.common_word(word)):
            return False
    vectors = default_embedder()([word.lower() for word in pair])
    return float(vectors[0] @ vectors[1]) >= NICKNAME_MEANING
