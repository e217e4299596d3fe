"""A person noun that names an owner ("her mother's lap", "der Schoß der Mutter", "колени
матери"): who has something, not who does anything.

:mod:`.doers` asks whether the doer of a claim's clause has a counterpart in the passage. A
single-word vector pairs "Мать" with "mother's" as surely as with "mother", so "Мать опустила
руки" at "She had let her hands drop ... lay the instrument on her mother's lap" (the sister,
who let her hands drop) had its doer's counterpart, and no verdict. An owner is not its
clause's doer (the doer of "her mother's lap" is "she"), and so no counterpart of a doer.

Each language marks it:

- English: "'s" ("mother's") or "of" before the noun's determiners ("the lap of
  his mother");
- German: a capitalized "-s" ("Vaters", "des Vaters Hand", as :func:`.roles._marked` reads
  it), a genitive determiner ("des", "seines", "eines"), or one in "-er" after a noun that
  cannot be a masculine noun's nominative ("die Warnungen der Mutter", "die Hand seiner
  Schwester", "das Haus der Eltern"; "der Vater" is a nominative, "gab der Mutter" a dative:
  an object, left to :mod:`.roles`);
- Russian: a singular genitive that is no singular nominative, after a noun ("колени
  матери", "голос сестры", "скамья отца"; the plural nominative "сестры" is no counterpart of
  one person; "увидела отца" is an object, "у матери" a place).

An owner of an event is its doer, though: "his sister's sighs" is "his sister sighed", and
"Сестра вздыхала" renders it. So an owner stays a counterpart when a word next to it (what it
owns) is paired with a verb of the quote (:func:`owner_only`); "her mother's warnings" for
"не слушала никаких предостережений" (a noun: the quote's doer does not warn) does not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..normalize import WORD_RE, fold
from .morph_ru import _CASES, _analyzer
from .persons import person_of
from .roles import _DETERMINERS, OWNER, _marked, _words
from .wordpairs import Alignment

_GENITIVE_DE = re.compile(r"(?:des|(?:ein|kein|sein|ihr|mein|dein|unser|eur)es)$")
"""German determiners only a genitive has ("des Vaters", "seines Sohnes")."""
_OBLIQUE_DE = re.compile(r"(?:d|ein|kein|sein|ihr|mein|dein|unser|unsr|eur|dies|jen)er$")
"""German determiners in "-er": a feminine or plural noun's genitive or dative ("der Mutter",
"seiner Schwester", "der Eltern"), or a masculine noun's nominative ("der Vater")."""
_MASCULINE_DE = frozenset({"vater", "bruder", "sohn", "prokurist", "zimmerherr", "herr", "chef",
                           "mann", "junge"})  # fmt: skip
"""German person nouns whose singular is masculine: "der Vater" is a nominative."""
_NOMINATIVE_DE = frozenset({"der", "dieser", "jener"})
"""German determiners in "-er" that are also a masculine noun's nominative."""
_OWNED = 3
"""How many words on either side of an owner may be what it owns ("die Warnungen der Mutter",
"the warnings of his mother", "his sister's sighs")."""
_VERBS_RU = frozenset({"VERB", "INFN", "GRND", "PRTS"})
"""The parts of speech of a Russian verb form (a finite verb, an infinitive, a gerund, a short
participle)."""
_NOUN_BEFORE_EN = frozenset({"the", "a", "an", "his", "her", "their", "my", "our", "your", "its",
                             "this", "that", "of", "any", "no", "some"})  # fmt: skip
"""English words after which a word is a noun, not a verb."""
_ADJECTIVE_DE = re.compile(r"[a-zäöüß]+en$")
"""A German adjective after a genitive's determiner ("der alten Mutter")."""


def owner_only(
    quote: str, language: str, passage: str, passage_language: str, at: int, alignment: Alignment
) -> bool:
    """Whether the passage's word at ``at`` is a person's noun (:func:`.persons.person_of`)
    naming an owner (:func:`owner_at`), and nothing it owns is paired with a verb of the
    quote: no counterpart of the quote's doer.

    >>> from sourcecheck.matching.wordpairs import WordPair
    >>> p = "He heard his sister's sighs."
    >>> a = Alignment(2, (WordPair("Сестра", 0, "sister's", 13, 0.9),
    ...                   WordPair("вздыхала", 7, "sighs", 22, 0.7)))
    >>> owner_only("Сестра вздыхала.", "ru", p, "en", 13, a)
    False
    >>> a = Alignment(2, (WordPair("Сестра", 0, "sister's", 13, 0.9),))
    >>> owner_only("Сестра вздыхала.", "ru", p, "en", 13, a)
    True
    """
    word = WORD_RE.match(passage, at)
    if word is None or person_of(word.group(), passage_language) is None:
        return False  # only a person's noun may be a doer's counterpart
    if not owner_at(passage, passage_language, at):
        return False
    words = [m.start() for m in WORD_RE.finditer(passage)]
    i = words.index(at) if at in words else None
    if i is None:
        return True
    possessive = word.group().endswith(("'s", "’s"))  # "sister's feet": what it owns follows
    near = set(
        _phrase(passage, words, i, 1) + ([] if possessive else _phrase(passage, words, i, -1))
    )
    return not any(p.passage_at in near and _verb(quote, language, p.quote_at, p.quote)
                   for p in alignment.pairs)  # fmt: skip


def _phrase(text: str, words: list[int], i: int, step: int) -> list[int]:
    """Up to :data:`_OWNED` word offsets on one side (``step``: 1 after, -1 before) of the
    ``i``-th word, within its phrase: not past a punctuation mark or a conjunction ("his
    sister's feet and beg her": "beg" is no thing she owns)."""
    out: list[int] = []
    k = i + step
    while 0 <= k < len(words) and len(out) < _OWNED:
        a, b = sorted((words[k - step], words[k]))
        word = WORD_RE.match(text, words[k])
        if _BREAK.search(text, a, b) or (word is not None and fold(word.group()) in _JOINS):
            break
        out.append(words[k])
        k += step
    return out


_BREAK = re.compile(r"[,;:.!?()—–]")
_JOINS = frozenset("and or but und oder aber sondern и или но а".split())
"""Conjunctions: an owner's phrase ends there."""


def _verb(text: str, language: str, at: int, word: str) -> bool:
    """Whether the ``word`` at ``at`` of ``text`` reads as a verb: in Russian, by the
    dictionary; in German, not capitalized (a noun is); in English, not after a determiner,
    an owner or "of"."""
    if language == "ru":
        parses = _analyzer().parse(word.lower())
        return bool(parses) and parses[0].tag.POS in _VERBS_RU
    if language == "de":
        return word[:1].islower()
    before = WORD_RE.findall(text[max(0, at - 30) : at])
    return not before or not (fold(before[-1]) in _NOUN_BEFORE_EN
                              or before[-1].endswith(("'s", "’s")))  # fmt: skip


def owner_at(text: str, language: str, at: int) -> bool:
    """Whether the person word at ``at`` of ``text`` (in ``language``) names an owner (see
    the module), so is not its clause's doer.

    >>> t = "She lay the instrument on her mother's lap."
    >>> owner_at(t, "en", t.index("mother")), owner_at(t, "en", t.index("She"))
    (True, False)
    >>> t = "Sie hörte nicht auf die Warnungen der Mutter, und der Vater schwieg."
    >>> owner_at(t, "de", t.index("Mutter")), owner_at(t, "de", t.index("Vater"))
    (True, False)
    """
    words = [(m.start(), m.group()) for m in WORD_RE.finditer(text, max(0, at - 60), at + 40)]
    i = next((k for k, (w_at, _) in enumerate(words) if w_at == at), None)
    if i is None:
        return False
    if language in ("en", "de") and _marked(words, i, language) == OWNER:
        return True
    before = [w for _, w in words[max(0, i - 3) : i]]
    if language == "ru":
        return _genitive_ru(words[i][1].lower()) and bool(before) and _noun_ru(before[-1].lower())
    if language == "en":
        while before and fold(before[-1]) in _words(_DETERMINERS, language):
            before.pop()
        return bool(before) and fold(before[-1]) == "of"  # "the lap of his mother"
    return language == "de" and _genitive_de(before, fold(words[i][1]))


@lru_cache(maxsize=4096)
def _genitive_ru(word: str) -> bool:
    """Whether a Russian person noun (lower case) is a singular genitive and no singular
    nominative: "матери", "сестры" (their plural nominative, "mothers", "sisters", is no
    counterpart of one person), "отца"; not "мать", "сестра"."""
    singular = {_CASES.get(p.tag.case, p.tag.case) for p in _analyzer().parse(word)
                if p.tag.POS == "NOUN" and p.tag.number == "sing"}  # fmt: skip
    return "gent" in singular and "nomn" not in singular


@lru_cache(maxsize=4096)
def _noun_ru(word: str) -> bool:
    """Whether a Russian word (lower case) reads as a noun: one a genitive after it qualifies
    ("колени матери"; "увидела отца" is an object, "у матери" a place)."""
    parses = _analyzer().parse(word)
    return bool(parses) and parses[0].tag.POS == "NOUN"


def _genitive_de(before: list[str], noun: str) -> bool:
    """Whether the German words ``before`` a person ``noun`` (folded) mark it as a genitive:
    "des", "seines"; "der", "seiner" before no masculine noun and after a noun ("die
    Warnungen der Mutter"; "gab der Mutter" is a dative, an object)."""
    if len(before) > 1 and _ADJECTIVE_DE.fullmatch(before[-1]):
        before = before[:-1]  # "der alten Mutter"
    if not before:
        return False
    determiner = fold(before[-1])
    if _GENITIVE_DE.fullmatch(determiner):
        return True
    if not _OBLIQUE_DE.fullmatch(determiner) or len(before) < 2 or not before[-2][:1].isupper():
        return False
    return determiner not in _NOMINATIVE_DE or noun not in _MASCULINE_DE
