"""A claim's predicate words, and a passage that has its things but not its predicate
(issue 10).

A passage on the same things as a claim shares its nouns and names: the people, the places,
the objects of a text come back in many of its sentences. What the claim says of them is in its
predicate: its verbs (finite, infinitive, participle), and the adjectives a clause predicates
("was closed", "пуста"). An invented claim on a text's topic pairs its names and nouns and
leaves its predicate without a counterpart: "Czernin told me that Vienna would send its own
troops into the Ukraine to fetch the grain." was ``reworded`` (score +1.7) at "Er fürchtete,
daß Wien ohne Getreide aus der Ukraine den Winter nicht überstehen werde." on "Wien",
"Ukraine" and "Getreide", with nothing for "send" or "fetch", and flagged ``negation``: the
passage differs from it checkably too (speech-14; f44-absent-1, "Berlin would ship its own
grain to Vienna before the winter.", there as well).

Across languages a verb rendered freely is often left without a counterpart (single-word
vectors pair verbs badly: "approached", "hear", "express" at "kam ... heran", r106-w-1; a
Russian "говорят" at "tell us", r101-w-ru-3), so a predicate without a counterpart alone is no
evidence: on the labelled set (bench_meaning --detect) four true renderings under
:data:`~.verdict.CLEAR_SCORE` leave every predicate word unpaired while pairing a name (twice
as many as the absent claims that do), and so do many meaning-changed claims at their right
passage. What the two absent claims have besides is a checkable difference there: a passage
that pairs the claim's names and other words, renders none of its predicate and differs from
it in a negation, a number, a date, a name or who does what, says something else of the same
things; a claim whose meaning was changed in one word keeps the rest of what it says, its
predicate paired ("would not survive" / "nicht überstehen") or said by its contrary
("unterstützte" / "opposed", lk75-18: not asked). A passage that pairs only names is not asked
either: "On December 25 I went with all my party to lunch at noon with the Prince of Bavaria."
at "Mittags fuhr ich mit meinem ganzen Gefolge zum Prinzen von Bayern zum Essen." is the
passage, its date changed (changed-21). Such a passage is no rendering under the clear score,
across languages (:func:`unsaid_reason`); in one language a passage is judged by its words'
stems, and a paraphrase changes its verbs. On the labelled set the rule moved no other case.
Its limits: a German claim's names are found less often (a capitalized noun is no name), and
a claim whose reporting frame is taken off is judged again without it (:mod:`.lookagain`).

Here each content word of a claim is read as a predicate word or not, by its part of speech
in the claim's language (:func:`predicate_positions`):

- English: WordNet (:mod:`.wordnet`) lists the word as a verb, and its context does not make
  it a noun (after an article, an owner or a preposition): after "to", a modal or a subject
  pronoun it is a verb; an inflected form only a verb has ("taught", "begged") is one; else
  the part of speech WordNet's tagged corpus gives more senses ("ride" a verb, "horses" a
  noun);
- German: a word written in lower case, but after an article or an owner ("die frische
  Milch"): nouns and names are capitalized (an adverb is read as a predicate word too: a
  claim is then less often found to leave its predicate unsaid, never more);
- Russian: pymorphy3's likeliest reading (:func:`~.morph_ru.predicate_word`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..normalize import WORD_RE, fold
from .contrary import contrary
from .morph_ru import predicate_word
from .verdict import CLEAR_SCORE
from .wordnet import base_forms, tagged
from .wordpairs import Alignment, content_positions

if TYPE_CHECKING:
    from .evidence import Weighing

_EN_VERB_AFTER = frozenset(
    """to will would shall should can could may might must did does do didn't doesn't
    don't i he she they we you who which not never also then had has have was were is are
    be been being""".split()
)
"""English words after which a word WordNet lists as a verb is one ("to ride", "would send",
"they refused", "had taught"; after "was" a participle or an adjective: a predicate too)."""
_EN_NOUN_AFTER = frozenset(
    """the a an his her its their my your our this these those that every each some any no
    of in on at by for from with into onto over under upon about through without within
    between among against towards toward before after during 's""".split()
)
"""English words after which a word is a noun's or an adjective's ("the ride", "in war",
"his house")."""
_DE_ARTICLES = frozenset(
    """der die das den dem des ein eine einen einem einer eines kein keine keinen keinem
    keiner keines mein meine meinen meinem meiner sein seine seinen seinem seiner ihr ihre
    ihren ihrem ihrer unser unsere dein deine jeder jede jedes jeden jedem dieser diese
    dieses diesen diesem alle allen""".split()
)
_BREAK = re.compile(r"[,;:.!?()—–\"“”„«»]")


def predicate_positions(text: str, language: str) -> list[tuple[int, str]]:
    """(offset, word) of the content words of ``text`` (:func:`.wordpairs.content_positions`)
    read as predicate words in ``language`` (see the module); [] in another language.

    >>> [w for _, w in predicate_positions("Stefano begged Castruccio to give it back.", "en")]
    ['begged', 'give']
    >>> [w for _, w in predicate_positions("Der Vater trug die frische Milch.", "de")]
    ['trug']
    >>> [w for _, w in predicate_positions("Отец водил Грегора в банк.", "ru")]
    ['водил']
    """
    if language not in ("en", "de", "ru"):
        return []
    return [
        (at, w) for at, w in content_positions(text, language) if _predicate(text, at, w, language)
    ]


def _predicate(text: str, at: int, word: str, language: str) -> bool:
    if language == "ru":
        return not word[:1].isupper() and predicate_word(word)
    before = _word_before(text, at)
    if language == "de":
        return _german(word, before)
    return _english(word, before)


def _word_before(text: str, at: int) -> str | None:
    """The word just before ``at`` in its clause (folded), None at a clause's start."""
    start = max(0, at - 40)
    words = list(WORD_RE.finditer(text, start, at))
    if not words or _BREAK.search(text, words[-1].end(), at):
        return None
    return fold(words[-1].group())


def _english(word: str, before: str | None) -> bool:
    verbs = base_forms(word, "v")
    if not verbs or (word[:1].isupper() and before is not None):
        return False  # no verb, or a capitalized word within a clause: a name
    if before in _EN_NOUN_AFTER:
        return False
    if before in _EN_VERB_AFTER:
        return True
    nouns, adjectives = base_forms(word, "n"), base_forms(word, "a")
    if word.casefold() not in verbs and not nouns and not adjectives:
        return True  # an inflected form only a verb has: "taught", "begged"
    as_verb = max(tagged(v, "v") for v in verbs)
    as_other = [tagged(n, "n") for n in nouns] + [tagged(a, "a") for a in adjectives]
    return as_verb > max(as_other, default=-1)  # the commoner reading: "ride", not "horses"


def _german(word: str, before: str | None) -> bool:
    if word[:1].isupper():
        return False  # a noun or a name (or a clause's first word: read as one)
    return before not in _DE_ARTICLES  # "die frische Milch": an adjective of a noun


def unsaid_predicates(quote: str, language: str, alignment: Alignment) -> tuple[str, ...]:
    """The predicate words of ``quote`` (:func:`predicate_positions`) when none of them has a
    counterpart in ``alignment`` (at any similarity), else (): the passage renders none of
    what the quote says of its things.

    >>> from sourcecheck.matching.wordpairs import WordPair
    >>> unsaid_predicates("Vienna would send troops to fetch the grain.", "en",
    ...                   Alignment(4, (WordPair("grain", 38, "Getreide", 20, 0.9),)))
    ('send', 'fetch')
    >>> unsaid_predicates("Vienna would send troops to fetch the grain.", "en",
    ...                   Alignment(4, (WordPair("send", 13, "schicken", 20, 0.62),)))
    ()
    """
    paired = {p.quote_at for p in alignment.pairs}
    words = predicate_positions(quote, language)
    if any(at in paired for at, _ in words):
        return ()
    return tuple(w for _, w in words)


def unsaid_reason(quote: str, language: str, passage: str, passage_language: str,
                  weighed: Weighing) -> str | None:  # fmt: skip
    """Why ``passage`` (in another language than the ``quote``'s) is no rendering of it: its
    counterparts there include a name of the quote and another word, none of its predicate
    words has one nor its contrary there, the passage differs from it checkably (a flag) and
    its score is under :data:`~.verdict.CLEAR_SCORE` (see the module); else None."""
    signals, flags = weighed.signals, weighed.comparison.flags
    if not signals.cross or signals.coverage is None or not flags:
        return None
    if not 0 <= signals.score < CLEAR_SCORE or not 1 <= signals.names < signals.counterparts:
        return None
    unsaid = unsaid_predicates(quote, language, weighed.alignment)
    theirs = [w for _, w in content_positions(passage, passage_language)]
    if not unsaid or any(
        contrary(w, language, t, passage_language) for w in unsaid for t in theirs
    ):
        return None  # none, or one said by its contrary: the meaning changed (flagged there)
    listed = ", ".join(f"“{w}”" for w in unsaid[:3])
    return (
        f"has the quote's names and {signals.counterparts} of its {signals.content_words} "
        f"content words but nothing for what it says of them ({listed}: no counterpart) and "
        f"differs from it ({', '.join(flags)}; score {signals.score:+.1f}): across languages, "
        "a passage on the same people and things that says something else of them"
    )
