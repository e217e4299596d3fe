"""A plain description that is the scene's one tradesman: "“Your father walks rather too quick
for you, don't he, my man?” inquired the driver. ... “...,” said the man." The man is the
driver: the narration calls someone new by a plain noun ("the man", "the gentleman") as often
as by what they do ("the driver", "the book-stall keeper", "the doctor"), and a reader asked
who spoke answers with the more telling of the two.

Read once every quotation has a speaker, after every rule that names a description
(:mod:`~sourcecheck.extract.selfnamed`): only a quotation whose speaker is still a plain
description as written ("the man", "the young lady", "the new comer") changes, to the one
description by a trade or an agent noun that speaks as written within
:data:`SCENE_PARAGRAPHS` of it in its chapter, when there is exactly one such (two tradesmen
may be either) of no other gender. Not when the plain description answers that tradesman or
is answered by them, turn on turn (nobody answers themselves: "“Is the prisoner here?” said
the turnkey. / “Yes,” replied the man" are two people).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .descriptions import (
    UNKNOWN_PERSONS,
    description_gender,
    description_key,
    head_noun,
    is_group,
    is_role,
    is_trade,
)
from .gender import gender_after
from .headings import heading_starts
from .people import People
from .surnames import surname

if TYPE_CHECKING:
    from .speakers import Said

SCENE_PARAGRAPHS = 12
"""How many paragraphs apart the plain description and the tradesman's quotation may be."""
CONFIDENCE = 0.55
"""The speaker confidence of a plain description given the scene's tradesman (a guess)."""
_AGES = frozenset("old young elderly aged little".split())
"""Modifiers that tell nobody apart: "the old gentleman" is as plain as "the gentleman"."""
_INTRODUCTION_WORDS = 3
"""How many words may stand between "a" and a description it introduces."""
_NOT_AGENTS = frozenset("other former latter elder younger older speaker questioner".split())
"""Words ending as an agent noun that name no trade ("the other", "the elder")."""


def to_scene_trade(text: str, said_list: Sequence[Said], people: People) -> None:
    """Give each quotation whose speaker is a plain description as written the one trade
    description speaking near it in its chapter (see the module docstring), in place."""
    chapters = heading_starts(text)
    chapter = [bisect.bisect_right(chapters, s.quote.first_mark) for s in said_list]
    trades = {i: w for i, s in enumerate(said_list) if (w := _trade_words(s, people))}
    written = {description_key(w): w for ws in trades.values() for w in ws}
    for i, said in enumerate(said_list):
        if not _plain(text, said.speaker, people):
            continue
        gender = description_gender(said.speaker or "")
        near = {
            description_key(words): j
            for j, found in trades.items()
            for words in found
            if chapter[j] == chapter[i]
            and abs(said_list[j].paragraph - said.paragraph) <= SCENE_PARAGRAPHS
            and _trade_gender(text, said_list[j], words) in (gender, None)
        }
        if len(near) != 1:
            continue
        key, j = next(iter(near.items()))
        if _conversing(said_list, i, key) or _arrives_after(text, said, said_list[j], key):
            continue
        said.evidence += f" ({description_key(said.speaker or '')} = {written[key]}: the scene's)"
        said.speaker, said.speaker_key = written[key], surname(written[key])
        said.speaker_confidence = CONFIDENCE


def _plain(text: str, speaker: str | None, people: People) -> bool:
    """Whether a speaker is a plain description of a person as written: "the man", "the
    young lady", "the new comer"; not one the narration introduced with its own modifiers
    ("said a little ugly hump-backed man": "the hump-backed man" is the text's name for
    him), nor one told apart by a phrase ("the man with the keys")."""
    if not speaker or not speaker.startswith("the ") or people.resolve(speaker) is not None:
        return False
    parts = description_key(speaker).split()
    if not parts or is_group(speaker) or is_role(speaker) or len(parts) > 3:
        return False
    last = parts[-1]
    if last not in UNKNOWN_PERSONS and (head_noun(speaker) != last or is_trade(speaker)):
        return False
    modifiers = [w for w in parts[:-1] if w not in _AGES]
    return not modifiers or not _introduced(text, parts)


def _introduced(text: str, parts: Sequence[str]) -> bool:
    """Whether the text writes the description's words after "a" or "an" and at most
    :data:`_INTRODUCTION_WORDS` other words ("a little ugly hump-backed man")."""
    words = r"\s+".join(map(re.escape, parts))
    for m in re.finditer(rf"(?<![\w-]){words}(?![\w-])", text, re.I):
        before = text[max(0, m.start() - 60) : m.start()].lower().split()
        if {"a", "an"} & set(before[-1 - _INTRODUCTION_WORDS :]):
            return True
    return False


def _trade_gender(text: str, said: Said, words: str) -> str | None:
    """The gender of a tradesman's description: its noun's ("the landlady": F), else "M" for
    an agent noun no pronoun after it says otherwise (English marks a woman of a trade:
    "the washerwoman", "the landlady"; "the driver" of these texts is a man)."""
    gender = description_gender(words)
    if gender is None and said.cue is not None:
        gender = gender_after(text, said.cue.start, said.cue.end)
    return gender or "M"


def _trade_words(said: Said, people: People) -> list[str]:
    """The descriptions by a trade a quotation is said by: its speaker, and the words beside
    it when the conversation's turns gave it another description ("inquired the carter",
    carried to "the man" of the turns around it)."""
    speaker = said.speaker or ""
    found = [speaker] if _trade(speaker, people) else []
    beside = said.words if said.cue is not None and said.cue.kind == "description" else None
    if _trade(beside, people) and speaker.startswith("the ") and people.resolve(speaker) is None:
        found.append(beside or "")
    return found


def _trade(speaker: str | None, people: People) -> bool:
    """Whether a speaker is a description by a trade or an agent noun as written: "the
    doctor", "the driver", "the book-stall keeper"."""
    if not speaker or not speaker.startswith("the ") or people.resolve(speaker) is not None:
        return False
    if is_group(speaker) or is_role(speaker) or not speaker[4:5].isalpha():
        return False
    last = description_key(speaker).split()[-1]
    if last in UNKNOWN_PERSONS or last in _NOT_AGENTS or not last.isalpha():
        return False
    return is_trade(speaker) or (head_noun(speaker) is None and last.endswith(("er", "or")))


def _conversing(said_list: Sequence[Said], i: int, key: str) -> bool:
    """Whether quotation ``i`` and one of the tradesman ``key`` are turns of one
    conversation, one right after the other in paragraphs that follow each other."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(said_list):
            other = said_list[j]
            apart = abs(other.paragraph - said_list[i].paragraph)
            said_as = {description_key(w) for w in (other.speaker, other.words) if w}
            if apart == 1 and key in said_as:
                return True
    return False


def _arrives_after(text: str, said: Said, trade: Said, key: str) -> bool:
    """Whether the narration introduces the tradesman after the plain description spoke
    ("“Don't,” said the gentleman. ... had not a police officer at that moment made his
    way through the crowd": the officer is someone new, not the gentleman)."""
    start, end = said.quote.first_mark, trade.quote.first_mark
    noun = re.escape(key.split()[-1])
    pattern = rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,{_INTRODUCTION_WORDS}}}{noun}(?![\w-])"
    return start < end and re.search(pattern, text[start:end], re.I) is not None
