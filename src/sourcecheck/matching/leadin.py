"""Who the source says spoke a passage's words, when it says so beside them: a lead-in
("Иоффе сообщал: «...»", "Kühlmann meinte nur: „...“", "Lenin said: ..."), an attribution
after them ("«...», — сказал Ленин", "„...“, rief Trotzki", '"...," said Lenin') or a frame
opening their sentence ("Ленин сказал, что ...").

A claim framed "Lenin reported that X" is compared without its frame (:mod:`.frames`), and the
passage found for X is often the quoted words alone: the speaker the source gives stands
outside them, so no comparison of the passage sees the frame's name against the source's
(:mod:`.framenames` compares the names inside the passage). Here the frame's speaker is
compared with the speaker given in the passage's own sentences, across scripts by
transliteration (:func:`~.anchors.name_key`): another person there is the ``name`` flag.

The given speaker is the name next to a verb of saying outside the quoted words: just before
it ("Иоффе сообщал", "Ленин и сказал") or after it, past an object pronoun ("sagte mir
Kühlmann", "сказал Ленин"). A pronoun ("— сказал он") or a noun after an article ("sagte der
Vater") gives no name, and then nothing is compared. A frame naming a person the claim's
content also names ("Czernin wrote that Kühlmann said ...") cites a report of what that person
said, and its own name is not the speaker's.
"""

from __future__ import annotations

import re
from typing import TypeVar

from ..extract.framewords import FRAMES
from ..extract.verbs import GERMAN_VERBS, RUSSIAN_VERBS, SPEECH_VERBS
from ..models import MatchResult, Span
from ..normalize import fold
from ..texts.sentences import sentence_spans
from .anchors import name_key, same_name
from .frames import frame_speaker, reported_content
from .spaced import between_spaces
from .stems import STOPWORDS

R = TypeVar("R", bound=MatchResult)

NAME = "name"
_VERBS = {"en": SPEECH_VERBS, "de": GERMAN_VERBS, "ru": RUSSIAN_VERBS}
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_QUOTED = re.compile(r"[«„“\"‘»][^«»„“”\"]*[»“”\"’«]")  # the quoted words, in any convention
_SKIPPED = frozenset(
    "и а and then also only nur dann auch mir ihm ihr uns me him her us мне ему ей нам им".split()
)
"""Words between a verb of saying and its speaker ("Ленин и сказал", "sagte mir Kühlmann")."""
ARTICLES = frozenset(
    "der die das dem den des ein eine einem einen eines am im vom zum zur beim the a an".split()
)
"""Before a capitalised German noun ("am Abend", "der Vater"): it is no name."""
_AROUND = 600
"""How far around a passage its sentences are looked for (characters)."""


def given_speakers(text: str, span: Span, language: str) -> tuple[str, ...]:
    """The names next to a verb of saying in the sentences of ``text`` that hold ``span``,
    outside their quoted words: who the source says spoke them.

    >>> t = "Совещание было коротким. Иоффе сообщал: «Немцы требуют ответа»."
    >>> given_speakers(t, Span(41, 64), "ru")
    ('Иоффе',)
    >>> t = "„Diesen Frieden unterschreibe ich nie“, rief Trotzki. Dann ging er."
    >>> given_speakers(t, Span(0, 39), "de")
    ('Trotzki',)
    """
    start, end = _sentences(text, span)
    outside = _QUOTED.sub(" ", text[start:end])
    words = _WORD.findall(outside)
    verbs = _VERBS.get(language, frozenset()) | _frame_verbs(language)
    stop = STOPWORDS.get(language, frozenset())
    found: list[str] = []
    for i, word in enumerate(words):
        if not _saying(word.casefold(), verbs, language):
            continue
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(words) and words[j].casefold() in _SKIPPED:
                j += step
            if 0 <= j < len(words) and _name_like(words, j, (stop, verbs), language, text):
                found.append(words[j])
    return tuple(dict.fromkeys(found))


def flag_given_speaker(result: R, quote: str, q_lang: str, text: str, t_lang: str) -> R:
    """``result`` (a ``reworded`` one of a framed ``quote``) with the ``name`` flag when the
    frame's speaker is not the speaker the source gives beside the passage
    (:func:`given_speakers`), and the reason saying so; else as it is."""
    framed = reported_content(quote, q_lang)
    if result.status != "reworded" or result.span is None or framed is None:
        return result
    speaker = frame_speaker(framed[1], q_lang)
    named = _WORD.findall(speaker or "")
    if (
        not named
        or not all(w[:1].isupper() for w in named)
        or named[-1].casefold() in STOPWORDS.get(q_lang, ())
    ):
        return result  # no one named ("He said that", "his father said that")
    key = name_key(named[-1])
    given = given_speakers(text, result.span, t_lang)
    content_keys = {name_key(w) for w in _WORD.findall(framed[0]) if w[:1].isupper()}
    if not given or any(same_name(key, name_key(g)) for g in given):
        return result
    if any(same_name(name_key(g), k) for g in given for k in content_keys):
        return result  # "Czernin wrote that Kühlmann said ...": a report of the speaker's words
    if NAME not in result.flags:
        result.flags = [*result.flags, NAME]
    result.reason += (
        f"; CHECK: who said it: the claim says {speaker} did, the source gives "
        f"{', '.join(given)} as the speaker"
    )
    return result


def _sentences(text: str, span: Span) -> tuple[int, int]:
    """The start of the sentence holding ``span.start`` and the end of the one holding its
    end (the passage itself when none is found)."""
    lo, hi = max(0, span.start - _AROUND), min(len(text), span.end + _AROUND)
    spans = sentence_spans(text, lo, hi)
    start = max((s for s, e in spans if s <= span.start), default=span.start)
    end = min((e for s, e in spans if e >= span.end), default=span.end)
    return min(start, span.start), max(end, span.end)


def _frame_verbs(language: str) -> frozenset[str]:
    words = FRAMES.get(language)
    if words is None:
        return frozenset()
    return frozenset(v for v in words.reporting + words.saying if " " not in v)


def _saying(word: str, verbs: frozenset[str], language: str) -> bool:
    """A verb of saying; in Russian also an imperfective past beside its perfective
    ("сообщал" of "сообщил")."""
    if word in verbs:
        return True
    if language == "ru" and re.search(r"ал[аи]?$", word):
        return re.sub(r"ал([аи]?)$", r"ил\1", word) in verbs
    return False


def _name_like(words: list[str], j: int, lists: tuple[frozenset[str], frozenset[str]],
               language: str, text: str) -> bool:  # fmt: skip
    """Whether ``words[j]`` may be a person's name: capitalised, no function word, no verb of
    saying (``lists``), not a word ``text`` prints in lower case, and in German no noun after
    an article ("sagte der Vater")."""
    stop, verbs = lists
    word = words[j]
    if between_spaces(word.casefold(), text):  # a common word opening a sentence: "Now they said"
        return False
    if not word[:1].isupper() or word.casefold() in stop or _saying(word.casefold(), verbs,
                                                                       language):  # fmt: skip
        return False
    return not (j > 0 and fold(words[j - 1]).casefold() in ARTICLES)
