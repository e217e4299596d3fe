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
"Trotsky" is named by "Trotzki" and "Троцкий"), a common noun as printed: a frame in another
language than the passage is flagged unless it names the author or a name printed there.
"""

from __future__ import annotations

from ..models import MatchResult
from ..normalize import WORD_RE, tokenize
from .anchors import name_key, same_name
from .frames import frame_speaker, reported_content
from .stems import content_words

SPEAKER = "speaker"
"""The flag of a result whose claim names a speaker (in its frame) the passage does not show."""


def unshown_speaker(quote: str, language: str, around: str, author: str | None) -> str | None:
    """The speaker named by ``quote``'s reporting frame when neither ``author`` (the cited
    source's) nor ``around`` (the passage with its context) names them, else None.

    >>> unshown_speaker("Gregor's father told him that his legs were thin and weak.", "en",
    ...                 "His many legs, pitifully thin, waved about.", "Franz Kafka")
    "Gregor's father"
    >>> unshown_speaker("Kafka wrote that his many legs were pitifully thin and weak.", "en",
    ...                 "His many legs, pitifully thin, waved about.", "Franz Kafka") is None
    True
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
    return speaker


def flag_unshown_speaker(result: MatchResult, quote: str, around: str, author: str | None) -> None:
    """Flag a ``reworded`` ``result`` :data:`SPEAKER` and say why when its claim's frame
    names a speaker the passage does not show (:func:`unshown_speaker`); the quote is read
    in its language as the meaning stage found it."""
    evidence = getattr(result, "evidence", None)  # a MeaningResult's
    language = evidence.quote_language if evidence is not None else "en"
    speaker = unshown_speaker(quote, language, around, author)
    if speaker is None or SPEAKER in result.flags:
        return
    result.flags.append(SPEAKER)
    result.reason += (
        f"; check who said it: the claim says {speaker} did, but {speaker} is not the "
        "source's author and is not named at the passage"
    )
