"""Who said it, by a paraphrase's reporting frame: "Gregor's father told him that his legs
were thin" names a speaker the source may not give.

The meaning stage compares a framed claim without its frame (:mod:`.frames`: the frame is
usually the claim's citation, "Czernin wrote that ..." of Czernin's own book), so a passage
that says what follows the frame is "said in other words" whoever the frame names. When the
frame's speaker is neither the cited source's author nor named at the passage (or just
around it), the passage does not show that this person said it: the result is flagged
``speaker`` and its reason says what to check. A pronoun ("He said that") names no one to
look for. The speaker is looked for by its last word ("father" of "Gregor's father",
"Czernin" of "Count Czernin"); a name in any script and spelling (:func:`~.anchors.name_key`:
"Trotsky" is named by "Trotzki" and "Троцкий"), a common noun as printed or, in another
language than the passage's, rendered (:func:`_rendered`: "The secretary reported that ..." at
"Секретарь сообщил, что ..." or "Der Sekretär teilte mit, dass ..." names the same person by
the word the two languages share, a dictionary's translation or a household's noun).
"""

from __future__ import annotations

from ..models import MatchResult
from ..normalize import WORD_RE, tokenize
from . import bilingual
from .anchors import name_key, same_name
from .cognates import cognate
from .frames import frame_speaker, reported_content
from .persons import person_of
from .stems import content_words

SPEAKER = "speaker"
"""The flag of a result whose claim names a speaker (in its frame) the passage does not show."""


def unshown_speaker(
    quote: str, language: str, around: str, author: str | None, around_language: str | None = None
) -> str | None:
    """The speaker named by ``quote``'s reporting frame when neither ``author`` (the cited
    source's) nor ``around`` (the passage with its context, in ``around_language``: the
    quote's when None) names them, else None.

    >>> unshown_speaker("Gregor's father told him that his legs were thin and weak.", "en",
    ...                 "His many legs, pitifully thin, waved about.", "Franz Kafka")
    "Gregor's father"
    >>> unshown_speaker("Kafka wrote that his many legs were pitifully thin and weak.", "en",
    ...                 "His many legs, pitifully thin, waved about.", "Franz Kafka") is None
    True
    >>> print(unshown_speaker("The secretary reported that the roof leaked.", "en",
    ...                       "Секретарь сообщил, что крыша протекала.", None, "ru"))
    None
    """
    framed = reported_content(quote, language)
    speaker = frame_speaker(framed[1], language) if framed else None
    words = tokenize(speaker).words if speaker else ()
    if speaker is None or not words or not content_words(words, language):
        return None  # no frame, or a pronoun: no one to look for
    head = words[-1]  # "father" of "Gregor's father"
    named = set(tokenize(author or "").words) | set(tokenize(around).words)
    if any(w.startswith(head) and len(w) - len(head) <= 2 for w in named):  # "father's"
        return None
    printed = WORD_RE.findall(speaker)[-1]
    if printed[:1].isupper():  # a name: in any script and spelling (Trotsky / Trotzki / Троцкий)
        key = name_key(printed)
        capitals = {w for w in WORD_RE.findall(f"{author or ''} {around}") if w[:1].isupper()}
        if any(same_name(key, name_key(w)) for w in capitals):
            return None
    other = around_language or language
    if other != language and _rendered(printed, language, WORD_RE.findall(around), other):
        return None
    return speaker


def _rendered(word: str, language: str, words: list[str], other: str) -> bool:
    """Whether one of ``words`` (of ``other``, another language) renders the speaker's noun
    ``word``: the word both languages share ("secretary" / "Секретарь" / "Sekretär"), a
    translation in the dictionaries of both directions, or a household's same noun."""
    person = person_of(word.casefold(), language)
    for w in dict.fromkeys(words):
        if cognate(word, w) or (person is not None and person_of(w.casefold(), other) == person):
            return True
        if bilingual.translate_each_other(word, language, w, other, both=True):
            return True
    return False


def flag_unshown_speaker(result: MatchResult, quote: str, around: str, author: str | None) -> None:
    """Flag a ``reworded`` ``result`` :data:`SPEAKER` and say why when its claim's frame
    names a speaker the passage does not show (:func:`unshown_speaker`); the quote is read
    in its language as the meaning stage found it."""
    evidence = getattr(result, "evidence", None)  # a MeaningResult's
    language = evidence.quote_language if evidence is not None else "en"
    passage_language = evidence.language if evidence is not None else None
    speaker = unshown_speaker(quote, language, around, author, passage_language)
    if speaker is None or SPEAKER in result.flags:
        return
    result.flags.append(SPEAKER)
    result.reason += (
        f"; check who said it: the claim says {speaker} did, but {speaker} is not the "
        "source's author and is not named at the passage"
    )
