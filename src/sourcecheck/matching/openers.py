"""Names that open a sentence: a capitalized first word is a name when the evidence says so.

Every sentence's first word is capitalized, so :func:`~.anchors.read_anchors` reads names
among the words that do not open one. But a short quote or passage often opens with its
subject ("Зиновьев с ним согласился." / "Sverdlov agreed with him."): both names were lost,
and a claim naming the wrong person came out ``reworded`` with nothing to compare. An
opening word is a name (:func:`opening_names`) when the same name (:func:`~.anchors.name_key`,
any case form) stands capitalized inside a sentence of the same text or of the whole source
(:func:`source_names`), or when it has a Russian surname's shape (-ов, -ев, -ин, -ский...)
or the dictionary calls it a name (:mod:`.dictnames`), and the text never uses it in lower
case. An opening word without such evidence (an English
"Sverdlov" alone in a one-sentence quote) is still a name's place: when no passage word
spells it and its nearest passage word is a name that opens a sentence of the passage and
the quote lacks, another person stands in its place (:func:`opener_substituted`). A Russian
one the dictionary knows as a common word only ("Движение по каналу") is no one's place, and
a thing it knows is no surname for its ending ("Выпуск": :func:`~.morph_ru.common_thing`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..extract.titles import TITLE_WORDS
from ..facts.numberwords import is_number_word_in
from ..normalize import WORD_RE, fold
from ..texts.sentences import text_sentences
from .dictnames import opening_name
from .layoutstarts import layout_starts
from .morph_ru import common_thing, common_word
from .stems import STOPWORDS
from .textcache import TextCache

if TYPE_CHECKING:
    from .anchors import Anchors

_SURNAME = {
    "ru": re.compile(
        r"[^\W\d_]{2}(?:ов|ёв|ев|ин|ын|ск|цк)(?:ий|ой|ого|ому|им|ом|ая|ую|а|у|ым|е|ы)?$"
    ),
}
"""A surname's shape, per language (folded, lower case): Свердлов, Зиновьева, Бухариным,
Дзержинский. German and English names have no such ending (German capitalizes every noun)."""
_GENITIVE = re.compile(r"[^\W\d_]+s\s+[A-ZÄÖÜ]")
"""A German name in the genitive before its noun ("Gregors Blick richtete sich..."): the
noun's owner, not the clause's doer, and the roles reader would read it as the doer."""
_FEW_OPENING_WORDS = frozenset(fold(w) for w in TITLE_WORDS) | frozenset(
    "господин госпожа товарищ".split()
)


_SENTENCE_OPENS = re.compile(r"[\s«„“\"‘‹»—–(\[-]*")
"""What may stand between a sentence's start and its first word: quotation marks, brackets
and a dialogue dash ("«Война окончена», — сказал он", "— Война окончена"): the first word's
capital is the sentence's, not a name's. (A capital opening quoted speech inside a sentence,
'she whispered: "Gregor, open the door"', is still read as a name: there it is one as often
as not, and a quote has no source to tell.)"""


def opening_starts(text: str, words: Iterable[tuple[str, int]]) -> set[int]:
    """Where the words of ``text`` that open a sentence start, past its opening marks, or
    that its layout capitalises (an option's description, a table's cell: :mod:`.layoutstarts`).

    >>> t = '«Война окончена», — сказал он. "Peace" came, said "Gregor" — and Trotsky.'
    >>> w = [(m.group(), m.start()) for m in WORD_RE.finditer(t)]
    >>> [word for word, at in w if at in opening_starts(t, w)]
    ['Война', 'Peace']
    """
    words = list(words)
    heads = sorted(s for s, _ in text_sentences(text))
    found = layout_starts(text, words)
    previous, head, sentence = 0, -1, 0
    for word, at in words:
        while sentence < len(heads) and heads[sentence] <= at:
            head = heads[sentence]
            sentence += 1
        if head >= previous and _SENTENCE_OPENS.fullmatch(text, head, at):
            found.add(at)
        previous = at + len(word)
    return found


def _key(word: str) -> str:
    from .anchors import name_key  # anchors calls this module: imported when used

    return name_key(word)


def _openers(text: str, words: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    """The capitalized words of ``text`` that open a sentence (as (word, start))."""
    words = list(words)
    starts = opening_starts(text, words)
    return [(w, at) for w, at in words if at in starts and w[:1].isupper() and len(w) > 1]


def opening_words(
    text: str, language: str, words: list[tuple[str, int]], stop: frozenset[str]
) -> tuple[str, ...]:
    """The capitalized words opening ``text``'s sentences that are no function word, title,
    month, number word ("Fifteen of them voted") or first person ("I'd"): the places where a
    sentence may name its subject.

    >>> opening_words("Sverdlov agreed. He left.", "en", [("Sverdlov", 0), ("agreed", 9),
    ...               ("He", 17), ("left", 20)], frozenset({"he"}))
    ('Sverdlov',)
    """
    return tuple(
        w
        for w, _ in _openers(text, words)
        if fold(w) not in stop
        and fold(w) not in _FEW_OPENING_WORDS
        and w[:2] not in ("I'", "I’")
        and not is_number_word_in(w, language)
    )


@dataclass(frozen=True, slots=True)
class SourceNames:
    """What a whole source says of its words' case: the name keys (:func:`~.anchors.name_key`)
    of its capitalized words inside a sentence, never printed in lower case, and the folded
    words it prints in lower case (a passage's opening "Большевиков" is no surname when the
    source says "большевиков" elsewhere)."""

    keys: frozenset[str] = frozenset()
    lower: frozenset[str] = frozenset()


def read_source_names(text: str, language: str) -> SourceNames:
    """The names of a whole text that its sentence-opening words are checked against
    (German: only those :func:`~.anchors.german_names` keeps, as every German noun is
    capitalized), and its lower-case words: read once per text (a book's take a second or
    two), its passages' own (:func:`opening_names`) apart, so that they do not push the
    texts out (the labelled set's 17 texts were read again for most of its 800 claims).

    >>> sorted(source_names("Председательствовал Свердлов. Он ушёл.", "ru").keys)
    ['sverdlov']
    """
    from .anchors import german_common_nouns

    return _names(text, language, german_common_nouns(text) if language == "de" else frozenset())


source_names = TextCache(read_source_names, 16)
"""The names of a whole text (:func:`read_source_names`), kept for 16 texts, or read from the
store (:mod:`sourcecheck.store.textwords`)."""


def _names(text: str, language: str, common: frozenset[str]) -> SourceNames:
    """:func:`source_names` of any text, ``common``: its German common nouns."""
    from .anchors import german_names

    stop = STOPWORDS.get(language, frozenset())
    every = [(m.group(), m.start()) for m in WORD_RE.finditer(text)]
    starts = opening_starts(text, every)
    lower = _lower_case(every)
    words = [
        w
        for w, at in every
        if w[:1].isupper() and at not in starts and fold(w) not in stop and _unused(w, lower)
    ]
    if language == "de":
        words = list(german_names(text, tuple(words), common=common))
    keys = frozenset(_key(w) for w in words if len(w) > 1 and fold(w) not in _FEW_OPENING_WORDS)
    return SourceNames(keys, lower)


def _lower_case(words: Iterable[tuple[str, int]]) -> frozenset[str]:
    """The folded words a text prints in lower case (each word folded once: a book prints
    half a million)."""
    return frozenset(fold(w) for w in {w for w, _ in words if w[:1].islower()})


def _unused(word: str, lower: frozenset[str]) -> bool:
    """Whether a capitalized word is never printed in lower case (``lower``): a name, where
    "Now", "Please", "Therefore" inside a sentence open quoted speech."""
    return fold(word).lower() not in lower


def opening_names(
    text: str,
    language: str,
    words: list[tuple[str, int]],
    stop: frozenset[str],
    known: SourceNames | None = None,
) -> set[int]:
    """Where the sentence-opening words of ``text`` that are names start: never printed in
    lower case (in the text or the whole source, ``known``: :func:`source_names`), and the
    same name stands inside a sentence of this text or of the source, or the word has a
    surname's shape in ``language``.

    >>> t = "Зиновьев с ним согласился. Сталин молчал."
    >>> w = [(m.group(), m.start()) for m in WORD_RE.finditer(t)]
    >>> sorted(t[at:].split()[0] for at in opening_names(t, "ru", w, frozenset(),
    ...                                                  SourceNames(frozenset({"stalin"}))))
    ['Зиновьев', 'Сталин']
    """
    opening = set(opening_words(text, language, words, stop))
    known = known or SourceNames()
    # looked up in the text's own and the source's sets apart: their union copied the
    # source's (a book's 17,000 lower-case words) for every passage read (1 ms)
    mine = _names(text, language, _german_nouns(text) if language == "de" else frozenset()).keys
    lower = _lower_case(words)
    shape = _SURNAME.get(language)
    return {
        at
        for w, at in _openers(text, words)
        if w in opening
        and _unused(w, lower)
        and _unused(w, known.lower)
        and not (language == "de" and _GENITIVE.match(text, at))
        and (
            _key(w) in mine
            or _key(w) in known.keys
            # unfolded: folding reads "Война" as "воина", a surname's -ина ("Ленина")
            or (shape is not None and shape.search(w.lower()) and not common_thing(w))
            or opening_name(w, language)  # by the dictionary: "Пьер повернул назад"
        )
    }


def _german_nouns(passage: str) -> frozenset[str]:
    """:func:`~.anchors.german_common_nouns` of a passage, not kept: the whole texts' are."""
    from .anchors import german_common_nouns

    return german_common_nouns.__wrapped__(passage)


def opener_substituted(
    quote: Anchors,
    passage: Anchors,
    passage_keys: set[str],
    other: Iterable[str],
    nearest: dict[str, tuple[str, float]],
    similar: tuple[float, float],
) -> tuple[str, ...]:
    """The quote's opening words read as no name that stand where the passage names another
    person: no passage word spells one (``passage_keys``), and its nearest passage name
    (``nearest``, of the alignment) is one the quote lacks (``other``), opens a sentence of
    the passage too, and is similar as a word within ``similar`` (a substitution, not the
    same name).

    >>> from sourcecheck.matching.anchors import read_anchors
    >>> q, p = read_anchors("Sverdlov agreed.", "en"), read_anchors("Зиновьев согласился.", "ru")
    >>> opener_substituted(q, p, {"sinovev"}, ["Зиновьев"], {"Sverdlov": ("Зиновьев", 0.5)},
    ...                    (0.3, 0.7))
    ('Sverdlov',)
    """
    from .anchors import same_name

    candidates = set(other) & set(passage.opening)
    found = []
    for word in (w for w in quote.opening if w not in quote.names):  # a name's place, still
        if quote.language == "ru" and common_word(word):  # "Движение по каналу": no one's place
            continue
        key = _key(word)
        if any(same_name(key, k) for k in passage_keys):
            continue
        near, sim = nearest.get(word, ("", 0.0))
        if near in candidates and similar[0] <= sim < similar[1]:
            found.append(word)
    return tuple(found)
