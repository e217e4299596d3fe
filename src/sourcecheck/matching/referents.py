"""A quote that names whom the source's pronoun stands for: "The old clerk searched the
shelves" where the source says "He searched the shelves" just after naming the old clerk.

A quotation may put the person (or the thing) a pronoun stands for in the pronoun's place, as
an editor prints "[The old clerk] searched"; the word matcher sees the quote's words changed
for the pronoun ("changed “The old clerk” → “He”"), which is true, but no word of the source's
statement is changed. When the source's side of a changed run is one third-person pronoun
and every content word of the quote's side is printed in the source just before it (the
pronoun's sentence and the two before it, where its antecedent is), the quote names whom the
pronoun stands for: no changed word for a person to check. Another person in its place
("Lenin searched" where the sentences before "He" name only the clerk) stays a changed word.
"""

from __future__ import annotations

from ..models import Difference
from ..normalize import WORD_RE, fold
from ..texts.sentences import sentence_spans
from .stems import content_words

_PRONOUNS = {
    "en": "he she it they him her them",
    "de": "er sie es ihn ihm ihnen",
    "ru": "он она оно они его него ему нему её ее ей ней их них им ним",
}
_OTHER_PERSONS = {
    "en": "i me we us you",
    "de": "ich mich mir wir uns du dich dir",
    "ru": "я меня мне мы нас нам ты тебя тебе",
}
_THIRD_PERSON = {
    lang: frozenset(fold(w) for w in words.split()) for lang, words in _PRONOUNS.items()
}
_PERSONAL = {
    lang: third | {fold(w) for w in _OTHER_PERSONS[lang].split()}
    for lang, third in _THIRD_PERSON.items()
}
SENTENCES_BEFORE = 2
"""The sentences before the pronoun's own where its antecedent is looked for."""
_REACH = 800  # characters read back for those sentences


def personal_pronoun(word: str, language: str | None) -> bool:
    """Whether a folded word is a personal pronoun of ``language`` ("he", "sie", "они")."""
    return word in _PERSONAL.get(language or "en", frozenset())


def names_the_referent(difference: Difference, text: str, language: str | None) -> bool:
    """Whether a changed run puts, in the place of the source's third-person pronoun, words
    the source prints just before it (see the module)."""
    lang = language or "en"
    at = difference.source_span
    if difference.kind != "changed" or at is None:
        return False
    said = WORD_RE.findall(difference.source)
    if len(said) != 1 or fold(said[0]) not in _THIRD_PERSON.get(lang, frozenset()):
        return False
    named = content_words(WORD_RE.findall(difference.quote), lang)
    if not named:
        return False
    spans = [s for s in sentence_spans(text, max(0, at.start - _REACH), at.end) if s[0] <= at.start]
    if not spans:
        return False
    before = text[spans[max(0, len(spans) - 1 - SENTENCES_BEFORE)][0] : at.start]
    printed = {fold(w) for w in WORD_RE.findall(before)}
    return all(fold(w) in printed for w in named)
