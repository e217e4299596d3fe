"""The two members of a choice ("instead of", "rather than", "statt", "вместо", "а не"): where
the member a sentence does not choose ends, and its pairing across a rendering.

:mod:`.parallelvalues` flags two members of a choice exchanged (``roles``: "by train instead
of by ship" / "mit dem Schiff statt mit dem Zug"), reading the rejected member from the choice
word to a comma or, in mid-sentence, to the sentence's end. Two renderings of the fresh-clone
trial of session 22 went unflagged:

- a choice opening a sentence without a comma ("Instead of Tula I shall go to Moscow",
  "Statt nach Tula werde ich nach Moskau fahren", "Вместо Москвы я поеду в Тулу") made one
  member of the whole sentence: nothing to exchange. The rejected member is the choice's
  own phrase, whose end each language shows: in English the subject after it (a pronoun,
  an article after its words: "Instead of the old bridge the engineers built"), in German
  its noun (capitalised: "statt nach Tula | werde ich", "statt mit dem Zug | nach Berlin"),
  in Russian its genitives ("вместо" governs the genitive: "Вместо Москвы | я поеду",
  "вместо поезда | в Берлин");
- "пароходом" / "ship" pair at 0.62, under the sureness a moved word needs
  (:data:`.parallelvalues.SURE`), so "Делегация поехала в Берлин пароходом вместо поезда"
  against "by train instead of by ship" crossed one way only. A member a choice rejects is
  short; where one word alone links it with the other side, that word is what the choice
  rejects there (:func:`sole_links`): it counts as sure, whether it crosses (an exchange) or
  stays (no exchange: "поездом вместо парохода" is the true rendering).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..normalize import WORD_RE, fold
from .morph_ru import cases

CHOICES = {
    "en": ("instead of", "rather than"),
    "de": ("statt", "anstatt", "anstelle", "an stelle"),
    "ru": ("вместо", "а не"),
}
"""The words that open the member a sentence does not choose."""
_SUBJECTS = frozenset("i he she we they you it".split())
_DETERMINERS = frozenset("the a an his her their my our your its this that these those".split())
_LONG = 6
"""Words a choice's own phrase takes at most."""


def openers(text: str, phrases: Iterable[str]) -> list[int]:
    """Where a phrase of ``phrases`` starts in ``text`` (whole words, any case)."""
    words = [(m.start(), fold(m.group())) for m in WORD_RE.finditer(text)]
    folded = [w for _, w in words]
    found = []
    for phrase in phrases:
        key = [fold(w) for w in phrase.split()]
        found += [words[i][0] for i in range(len(words) - len(key) + 1)
                  if folded[i : i + len(key)] == key]  # fmt: skip
    return found


def choice_ends(text: str, language: str) -> list[int]:
    """Where the phrase of each choice of ``text`` ends, when the language shows it before a
    comma (see the module): an English choice only where it opens a sentence.

    >>> t = "Instead of Tula I shall go to Moscow."
    >>> [t[:e] for e in choice_ends(t, "en")]
    ['Instead of Tula']
    >>> t = "Die Delegation reiste mit dem Schiff statt mit dem Zug nach Berlin."
    >>> [t[:e] for e in choice_ends(t, "de")]
    ['Die Delegation reiste mit dem Schiff statt mit dem Zug']
    >>> t = "Вместо Москвы я поеду в Тулу."
    >>> [t[:e] for e in choice_ends(t, "ru")]
    ['Вместо Москвы']
    """
    words = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
    folded = [fold(w) for *_, w in words]
    found = []
    for phrase in CHOICES.get(language, ()):
        key = [fold(w) for w in phrase.split()]
        for k in range(len(words) - len(key) + 1):
            if folded[k : k + len(key)] != key:
                continue
            at = words[k][0]
            opens = not text[:at].strip() or text[:at].rstrip()[-1:] in ".!?…;:"
            if language == "en" and not opens:
                continue  # "by train instead of by ship to Berlin": no end shown
            end = _end(text, words, k + len(key), language if phrase != "а не" else "")
            if end is not None:
                found.append(end)
    return found


def _end(text: str, words: Sequence[tuple[int, int, str]], k: int, language: str) -> int | None:
    """The end of a choice's phrase whose first word is ``words[k]`` (None: not shown before a
    comma or the sentence's end, or not within :data:`_LONG` words; nor after "а не", whose
    member runs to the clause's end in any case: "в Москву, а не в Тулу")."""
    content = False
    for i in range(k, min(len(words), k + _LONG)):
        at, end, word = words[i]
        if i > k and text[words[i - 1][1] : at].strip():
            return None  # a comma first: the member is cut there already
        key = fold(word)
        if language == "en":
            if key in _SUBJECTS or (content and key in _DETERMINERS):
                return words[i - 1][1] if content else None
            content = content or key not in _DETERMINERS
        elif language == "de":
            if word[:1].isupper():
                return end  # "statt nach Tula", "statt mit dem Zug"
        elif language == "ru":
            if key == "того":
                return None  # "вместо того чтобы ...": to its comma
            if not word.isdigit() and "gent" not in cases(word.lower()):  # "прежних 250"
                return words[i - 1][1] if i > k else None
    return None


def sole_links(
    links: Sequence[tuple[int, int, str, bool]],
    quote_mark: Iterable[int],
    passage_mark: Iterable[int],
) -> list[tuple[int, int, str, bool]]:
    """``links`` ((quote segment, passage segment, word, sure)), the one link of a side's
    rejected segments (``quote_mark``, ``passage_mark``) with the other side counted as sure:
    what the choice rejects there (see the module)."""
    mine, theirs = set(quote_mark), set(passage_mark)
    alone = [
        next(iter(found))
        for found in ([k for k, (q, *_) in enumerate(links) if q in mine],
                      [k for k, (_, s, *_) in enumerate(links) if s in theirs])
        if len(found) == 1
    ]  # fmt: skip
    return [(q, s, w, sure or k in alone) for k, (q, s, w, sure) in enumerate(links)]
