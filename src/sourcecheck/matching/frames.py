"""A claim's own reporting frame: "according to Czernin", "Czernin wrote that ...".

A paraphrase of a source often says who said it before what was said: "In a letter to one of
his friends, Czernin wrote that if they had been strong enough, they would have sent their
troops against Petrograd". The source (Czernin's own book) has only what was said; the frame
is the claim's citation, not part of the statement, and a sentence vector of the whole claim
is pulled towards the passages that talk of letters and friends: its best candidate was a
passage on another subject. So the meaning stage looks for the *reported content*:
:func:`reported_content` takes off a leading frame ending in a verb of saying or writing and
"that" ("Czernin wrote that", "In his diary, Hoffmann noted that"), and an "according to
NAME" (or "laut NAME", "по словам NAME") or an "as NAME wrote in his diary" wherever it
stands, set off by commas. The words
are extraction's too (:mod:`sourcecheck.extract.framewords`, one table per language).

The frame is taken off only when it is short (at most :data:`FRAME_WORDS` words, none of
them a verb of the content: a frame is a citation, not a story) and the content keeps at
least :data:`CONTENT_WORDS` words; otherwise the claim is compared whole, as before.
"""

from __future__ import annotations

import math
import re
from typing import TypeVar

from ..extract.framewords import FRAMES, alternation, in_account
from ..models import MatchResult

R = TypeVar("R", bound=MatchResult)

FRAME_WORDS = 14
"""The most words a frame may have (before "that"): a longer lead is part of the statement."""
CONTENT_WORDS = 6
"""The fewest words the reported content must keep for the frame to be taken off."""

_SAYING = {
    lang: "|".join(
        [
            f"(?:{alternation(words.reporting + words.saying)}){in_account(words)}",
            *(rf"{verb}\s+[\w\s.'’]{{1,40}}?" for verb in words.addressed),  # told (whom)
        ]
    )
    for lang, words in FRAMES.items()
}
"""The verbs that end a frame before "that", of each language (:mod:`.framewords`), and where
the words were written ("noted in his diary")."""
_AS = {
    lang: rf"(?:{alternation(words.as_)})\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w.'’\-]*"
    rf"(?:\s+[\w.'’\-]+){{0,2}}?\s+(?:{alternation(words.reporting + words.saying)})"
    rf"{in_account(words)}"
    for lang, words in FRAMES.items()
}
"""An "as NAME wrote (in his diary)" frame: the name capitalised ("as it happened" is none)."""
_THAT = {lang: f"(?:{alternation(words.that)})" for lang, words in FRAMES.items()}
_ACCORDING = {
    lang: f"(?:{alternation(words.according + words.set_off)})" for lang, words in FRAMES.items()
}
"""The phrases before a name set off by commas ("nach" is left out: "nach Berlin")."""
_NAME = r"(?:[^\W\d_][\w.'’\-]*\s+){0,3}?[^\W\d_][\w.'’\-]*"
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_ADVERB = r"(?:(?:later|then|also|once|afterwards|\w+ly)\s+)?"  # "Czernin later wrote"
_CONJUNCTIONS = frozenset("and or nor und oder и или а".split())
_PARTICLES = frozenset("von van de der di da du la le ten ter zu".split())
"""Lowercase words inside a name ("Richard von Kühlmann")."""
_FUNCTION_OPENERS = frozenset(
    "the a an his her their its my our this that der die das sein seine ihr ihre "
    "его её их мой этот".split()
)
"""A frame's first words that open a noun phrase, not a name ("The father", "Sein Vater")."""
_CONTENT_VERB = re.compile(r"\b(?:had|was|were|would|did|went|came|took|made)\b", re.I)


def reported_content(quote: str, language: str) -> tuple[str, str] | None:
    """``(content, frame)``: ``quote`` without its reporting frame, and the frame as printed;
    None when it has none (or when taking it off would leave too little, see the module).

    >>> reported_content("In a letter to one of his friends, Czernin wrote that if they had "
    ...                  "been strong enough, they would have marched on Petrograd.", "en")[0]
    'If they had been strong enough, they would have marched on Petrograd.'
    >>> reported_content("At the last sitting, according to Czernin, Kühlmann spoke of the "
    ...                  "necessity of accepting the peace.", "en")[0]
    'At the last sitting, Kühlmann spoke of the necessity of accepting the peace.'
    >>> reported_content("He said that he would come.", "en") is None  # too little content
    True
    """
    lang = language if language in _SAYING else "en"
    for strip in (_leading_frame, _according):
        found = strip(quote, lang)
        if found is not None and len(_WORD.findall(found[0])) >= CONTENT_WORDS:
            return found
    return None


def statement(quote: str, language: str) -> str:
    """``quote`` without its reporting frame (:func:`reported_content`), or as it is."""
    found = reported_content(quote, language)
    return found[0] if found else quote


def frame_speaker(frame: str, language: str) -> str | None:
    """Who a frame of :func:`reported_content` says spoke or wrote, as printed ("Gregor's
    father" of "Gregor's father told him that"; "Czernin" of "according to Czernin").

    >>> frame_speaker("In a letter to a friend, Czernin wrote that", "en")
    'Czernin'
    >>> frame_speaker("Gregor's father told him that", "en")
    "Gregor's father"
    >>> frame_speaker("Czernin later wrote that", "en")
    'Czernin'
    >>> frame_speaker("Lenin spoke first and said that", "en")  # the subject, not its deeds
    'Lenin'
    """
    lang = language if language in _SAYING else "en"
    leading = re.match(
        rf"^(?:[^,;:]{{1,80}},\s*)?(?P<name>{_NAME})\s+{_ADVERB}(?:{_SAYING[lang]})",
        frame, re.I,
    )  # fmt: skip
    if leading is not None:
        return _named_subject(leading.group("name"))
    according = re.match(rf"^{_ACCORDING[lang]}\s+(?P<name>{_NAME})$", frame, re.I)
    return according.group("name") if according is not None else None


def _named_subject(words: str) -> str:
    """The name opening ``words`` (a frame's words before its verb of saying) when they open
    with one: its capitalised words, a particle before one ("von", "de") and a noun after a
    possessive ("Gregor's father"); the words after it are what the speaker did first ("Lenin
    spoke first and said that"). Words opening with a function word ("The father") as they are.
    """
    parts = words.split()
    if not parts[0][:1].isupper() or parts[0].casefold() in _FUNCTION_OPENERS:
        return words
    kept = [parts[0]]
    for i, word in enumerate(parts[1:], 1):
        particle = word in _PARTICLES and i + 1 < len(parts) and parts[i + 1][:1].isupper()
        if not (word[:1].isupper() or particle or re.search(r"['’]s?$", kept[-1])
                or _title_before_name(parts, i)):  # fmt: skip
            break
        kept.append(word)
    return " ".join(kept)


def _title_before_name(parts: list[str], at: int) -> bool:
    """Whether the lowercase words from ``at`` on are a title between a name's capitalised
    words ("Presiding judge Weber", "Former minister Czernin"): one or two of them, no
    conjunction ("Lenin and Trotsky" are two), then a capitalised word.

    >>> _named_subject("Presiding judge Weber"), _named_subject("Lenin spoke first and")
    ('Presiding judge Weber', 'Lenin')
    >>> _named_subject("Lenin and Trotsky")
    'Lenin'
    """
    for word in parts[at : at + 2]:
        if word[:1].isupper():
            return True
        if word.casefold() in _CONJUNCTIONS:
            return False
    return False


def better_of(whole: R, content: R, frame: str) -> R:
    """Of a framed claim's results, whole and without its frame (``frame``), the better:
    ``reworded`` first, then the higher decision score (the whole claim on a tie). A frame
    is either the claim's citation ("according to Czernin": the source has only what
    follows) or part of what the source says ("Gregor told his father that ...": who told
    whom is checked there, roles-1 of the labelled set), and only the passage tells which."""
    content.reason += f" (compared without the claim's reporting frame “{frame}”)"

    def rank(r: R) -> tuple[bool, float]:
        signals = getattr(r, "signals", None)  # a MeaningResult's decision (verdict.py)
        return r.status == "reworded", signals.score if signals is not None else -math.inf

    return max((whole, content), key=rank)


_LEADING = {
    lang: re.compile(
        rf"^(?P<frame>(?:[^,;:]{{1,80}},\s*)?{_NAME}\s+(?:\w+\s+)?(?:{_SAYING[lang]}),?\s+"
        rf"{_THAT[lang]}\b,?)\s*(?P<content>\S.*)$",
        re.S | re.I,
    )
    for lang in FRAMES
}
"""A leading frame per language, compiled once: compiled per claim, it was compiled again
whenever the re module's cache (512 patterns) had dropped it, about a millisecond each time."""

_SET_OFF = {
    lang: re.compile(
        rf"(?P<lead>^|,\s*)(?P<frame>(?P<as>{_AS[lang]})|{_ACCORDING[lang]}\s+{_NAME})"
        r"(?P<end>\s*,\s*|\s*(?=[.!?]$))",
        re.I,
    )
    for lang in FRAMES
}
"""An "according to NAME" or "as NAME wrote" per language, compiled once (as :data:`_LEADING`)."""


def _leading_frame(quote: str, lang: str) -> tuple[str, str] | None:
    """A frame before the content: "[lead,] NAME (later) wrote (to X) that CONTENT"."""
    m = _LEADING[lang].match(quote) or _reported_speech(quote, lang)
    if m is None:
        return None
    frame = m.group("frame")
    if len(_WORD.findall(frame)) > FRAME_WORDS or _CONTENT_VERB.search(frame):
        return None
    return _capital(m.group("content")), frame.strip()


_SUBJUNCTIVE = re.compile(
    r"\b(?:sei|seien|habe|werde|werden|könne|müsse|solle|wolle|dürfe|gebe|wisse|bleibe|stehe"
    r"|wäre|wären|hätte|hätten|würde|würden|könnte|müsste|sollte|dürfte)\b"
)
"""German verbs of reported speech (Konjunktiv I, and II standing for it): "Er sagte, die
Regierung sei ..." reports with no "dass"."""


def _reported_speech(quote: str, lang: str) -> re.Match[str] | None:
    """A German frame without "dass" before reported speech: "Purischkewitsch sagte, die
    Regierung sei der Lage nicht gewachsen" (the content's verb in the subjunctive)."""
    if lang != "de":
        return None
    m = re.match(
        rf"^(?P<frame>{_NAME}\s+(?:\w+\s+)?(?:{_SAYING[lang]}),)\s*(?P<content>\S.*)$",
        quote, re.S | re.I,
    )  # fmt: skip
    return m if m is not None and _SUBJUNCTIVE.search(m.group("content")) else None


def _according(quote: str, lang: str) -> tuple[str, str] | None:
    """An "according to NAME" or "as NAME wrote" set off by commas (or leading the quote),
    taken out."""
    for m in _SET_OFF[lang].finditer(quote):
        name = m.group("frame").split()[-1]
        if not m.group("as") and not name[:1].isupper():
            continue  # "according to plan": no one is cited
        lead, end = m.group("lead"), m.group("end")
        joint = ", " if lead and end.strip() == "," else ""
        content = quote[: m.start()] + joint + quote[m.end() :]
        if not lead:
            content = _capital(content)
        return content.strip(), m.group("frame").strip()
    return None


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
