"""Offices as speakers: which office a speaker's words name, to the words that tell one
minister from another, and whether two such offices are one.

Minutes and Hansard-style transcripts label speeches by office ("Mr. SPEAKER:", "The
CHANCELLOR of the EXCHEQUER:", "Der Präsident:", "Председатель Совета министров Столыпин:")
and a claim may name the office ("said the Speaker") or the person. :data:`.offices.OFFICES`
files an office by its kind (a chair, a minister, a chancellor), which is too coarse for a
speaker: "the Prime Minister" and "The MINISTER of LABOUR" are two persons, "Председатель
Совета министров" is not the Duma's "Председатель". The words beside the office word
(:func:`qualifier`: "prime", "labour", "совета министров") tell them apart, compared only
when both sides are written in one language (:func:`offices_agree`): "the Minister of Labour"
and "Reichsminister für Arbeit" may be one office, and the words cannot tell.
"""

from __future__ import annotations

from ..normalize import WORD_RE
from . import germancommon, wordnet
from .offices import office_words
from .stems import content_stems

Qualifier = tuple[str, frozenset[str]]
"""The words that narrow an office, stemmed, with their language ("" when not known)."""
NO_QUALIFIER: Qualifier = ("", frozenset())

_GERMAN = frozenset("für des der die das den dem im vom von und".split())
_ENGLISH = frozenset("of for the and to".split())
_TITLES = frozenset(
    "mr mrs ms miss dr sir lord lady dame herr frau abg hon rt right honourable honorable "
    "prof graf count baron член депутат господин г гр товарищ князь граф барон".split()
)
"""Titles, which say nothing of the office (a label's "Mr. SPEAKER", "The Rt. Hon.")."""
_CHAIR_WORDS = frozenset("speaker deputy vice товарищ заместитель".split())
"""The chair's English word and a deputy's (:mod:`.transcripts` reads a deputy apart)."""


def qualifier(words: str, names: tuple[str, ...] = ()) -> Qualifier:
    """The words of an office's label or mention (outside brackets) that narrow the office,
    stemmed: no office word, title, name or function word.

    >>> qualifier("The PRIME MINISTER")
    ('en', frozenset({'prime'}))
    >>> qualifier("The CHANCELLOR of the EXCHEQUER")
    ('en', frozenset({'exchequ'}))
    >>> language, stems = qualifier("Председатель Совета министров Столыпин", ("Столыпин",))
    >>> language, sorted(stems)
    ('ru', ['министр', 'совет'])
    >>> qualifier("Mr. SPEAKER"), qualifier("Der Präsident")
    (('', frozenset()), ('', frozenset()))
    """
    found = office_words(words, "en")
    offices = {w for w, _ in found}
    other = {w for w, m in found if found and not m & found[0][1]}  # "Совета министров"
    skipped = offices | set(names)
    tokens = [
        w
        for w in WORD_RE.findall(words)
        if w not in skipped
        and w.rstrip(".").casefold() not in _TITLES | _CHAIR_WORDS
        and len(w.rstrip(".")) > 1
    ]
    if any("\u0400" <= c <= "\u04ff" for w in tokens for c in w):
        language = "ru"
        tokens += sorted(other, key=words.find)
    else:
        language = _latin_language(tokens)
    stems = frozenset(content_stems(tokens, language or "en"))
    return (language if stems else "", stems)


def _latin_language(tokens: list[str]) -> str:
    """English or German by the words ("" when neither shows): a German function word or
    noun, else English words WordNet knows."""
    folded = [t.casefold() for t in tokens]
    if _GERMAN & set(folded) or any(c in "äöüß" for f in folded for c in f):
        return "de"
    content = [t for t, f in zip(tokens, folded, strict=True) if f not in _ENGLISH]
    if content and all(wordnet.common_word(t.casefold()) for t in content):
        return "en"
    if content and all(germancommon.common_noun(t) for t in content):
        return "de"
    return ""


def offices_agree(one: Qualifier, other: Qualifier) -> bool | None:
    """Whether two mentions of one kind of office (:data:`.offices.OFFICES`' member) name
    the same office: yes when one says no more than the office ("the Minister", "Der
    Präsident"), no when both narrow it differently in one language ("Prime" / "of Labour"),
    None when their languages differ or are not known (the words cannot tell).

    >>> labour = qualifier("The MINISTER of LABOUR")
    >>> offices_agree(qualifier("the Minister of Labour"), labour)
    True
    >>> offices_agree(qualifier("the Prime Minister"), labour)
    False
    >>> print(offices_agree(qualifier("Reichsminister für Arbeit"), labour))
    None
    >>> offices_agree(qualifier("the Minister"), labour)
    True
    """
    if not one[1] or not other[1]:
        return True
    if one[0] and one[0] == other[0]:
        return one[1] == other[1]
    return None


def without_body(narrowed: Qualifier, heading: str) -> Qualifier:
    """``narrowed`` without the words of a transcript's ``heading``: the body whose record it
    is ("Председатель Государственной думы" in "Государственная дума. Стенографический
    отчёт", "Präsident des Reichstags") narrows no office of its own record.

    >>> without_body(qualifier("Präsident des Reichstags"), "Reichstag. 45. Sitzung.")
    ('', frozenset())
    >>> sorted(without_body(qualifier("Председатель Совета министров"), "Государственная дума.")[1])
    ['министр', 'совет']
    """
    if not narrowed[1]:
        return narrowed
    words = WORD_RE.findall(heading)
    stems = {s for language in ("en", "de", "ru") for s in content_stems(words, language)}
    kept = narrowed[1] - stems
    return (narrowed[0], kept) if kept else NO_QUALIFIER
