"""Who said it, by a transcript's label: a claim's speaker against the label that owns its
passage (:mod:`.transcripts`).

A claim names its speaker in its ``speaker`` field (a quotation's) or in its reporting frame
("Purishkevich said that ...", :mod:`.frames`). Where the passage found lies in a labelled
speaker's stretch, the label says who said it: the same person (a name in any script and
spelling, :func:`~.anchors.name_key`; "Бонар Лоу" is "Mr. BONAR LAW" as Russian spells it,
:func:`~.englishnames.english_name`; an office, "the chairman" of "Председатель (Родзянко):",
or the person the transcript gives it) is confirmed; another person is the wrong speaker, and
the result is flagged ``speaker`` with the label that says who did. A voice from the floor, an
office no label gives a name, a speaker named by a common noun ("his father") or a pronoun:
the label cannot tell, and the claim is checked as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..normalize import WORD_RE
from .anchors import name_key, same_name
from .englishnames import english_name
from .officeholders import offices_agree, qualifier
from .transcripts import Turn, common_word, label_words, office_holders

_PAREN = re.compile(r"\([^()]*\)")
_ARTICLES = frozenset("the a an der die das ein eine".split())
"""A speaker opened by an article is described, not named ("The Government", "Die
Regierung"), unless an office follows ("the Speaker", "der Präsident")."""
_CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’\-]+")
_OPENS_QUOTE = re.compile(r"[:«“„\"‘‹]")
_CLOSERS = {"«": "»", "“": "”", "„": "“”", '"': '"', "‘": "’", "‹": "›"}
QUOTED_FROM = 300
"""How far before a passage a speaker's quoting another person is looked for (characters)."""


@dataclass(frozen=True, slots=True)
class LabelVerdict:
    """Whether the claim's ``speaker`` is the one the ``turn``'s label names (``same``); None
    when one names an office and the other a person the transcript does not say held it, or
    two offices in words that cannot be compared: the label is shown, nothing is flagged."""

    same: bool | None
    speaker: str
    turn: Turn


def label_verdict(
    speaker: str, turns: tuple[Turn, ...], turn: Turn, before: str = "",
    stated: tuple[Turn, ...] = (),
) -> LabelVerdict | None:  # fmt: skip
    """Whether the person ``speaker`` (a claim's: "Milyukov", "the chairman") is the one the
    transcript's ``turn`` (among ``turns``) gives its words to; None when the label cannot tell
    (a voice, a description), or when the labelled speaker names the claim's one in ``before``
    (the turn's words before the passage): "Милюков: ... Штюрмер сказал: «...»" quotes
    Stürmer's words. An office and a person are compared through the holders the labels and
    the transcript's statements (``stated``, :func:`~.transcripts.stated_holders`) give it:
    with none, the verdict's ``same`` is None ("said Lloyd George" at "The CHANCELLOR of the
    EXCHEQUER:", "said the Speaker" at "Mr. Lowther:").

    >>> from sourcecheck.matching.transcripts import transcript_turns
    >>> turns = transcript_turns("Председатель (Родзянко): Слово Милюкову.\\n\\n"
    ...     "Милюков: Что это, глупость или измена?\\n\\nПуришкевич: Правительство бессильно.")
    >>> [label_verdict(who, turns, turns[1]).same for who in ("Milyukov", "Purishkevich")]
    [True, False]
    >>> label_verdict("the chairman", turns, turns[1]).same  # the chair is Rodzianko
    False
    >>> print(label_verdict("his father", turns, turns[1]))
    None
    >>> print(label_verdict("Stürmer", turns, turns[1], "Штюрмер сказал нам:"))
    None
    >>> print(label_verdict("Lloyd George", (), Turn("The CHANCELLOR", 0, 16, 40, (),
    ...     (6, False), False, True)).same)
    None
    """
    names, office = label_words(speaker)
    words = WORD_RE.findall(speaker) or [""]
    described = words[0][:1].islower() or words[-1][:1].islower()  # "a deputy from Kursk"
    described = described or words[0].casefold() in _ARTICLES or _institution(words)
    if turn.voice or (not names and office is None) or (described and office is None):
        return None  # no one named, or a description ("his father"): the label cannot tell
    if names:
        if not turn.names:
            return LabelVerdict(None, speaker, turn)  # an office no one is said to hold
        same = _same_person(names[-1], turn.names)
        if not same and _quoting(names[-1], before):
            return None  # the speaker quoting the claim's person
        return LabelVerdict(same, speaker, turn)
    assert office is not None
    narrowed = qualifier(_PAREN.sub(" ", speaker))
    holders = office_holders(turns, office, narrowed, stated)
    held = bool(turn.names) and any(_same_person(h, turn.names) for h in holders)
    if turn.office is not None:
        agree = offices_agree(narrowed, turn.qualifier) if turn.office == office else False
        return LabelVerdict(True if held else agree, speaker, turn)  # one holding both
    if not holders:
        return LabelVerdict(None, speaker, turn)  # a person the transcript gives no office
    return LabelVerdict(held, speaker, turn)


def _institution(words: list[str]) -> bool:
    """Whether a one-word Russian speaker is a common noun ("Правительство", "Дума"): an
    institution or a description, no person's name (an article says so in English and German:
    "The Government", "Die Regierung")."""
    word = words[0] if len(words) == 1 else ""
    return any("\u0400" <= c <= "\u04ff" for c in word) and common_word(word)


def _quoting(name: str, before: str) -> bool:
    """Whether the words just before a passage (at most :data:`QUOTED_FROM` characters) name
    ``name`` and then open a quotation (a mark or a colon): "Штюрмер сказал нам: «...»",
    "as Stürmer put it: ..." (not a name merely mentioned: "Herr Koenen, I call you to order").
    """
    tail = before[-QUOTED_FROM:]
    for m in reversed(list(_CAPITALISED.finditer(tail))):
        if _same_person(name, (m.group(),)):
            return _still_open(tail[m.end() :])
    return False


def _still_open(after: str) -> bool:
    """Whether a quotation opened in ``after`` (the words from a name to a passage) is still
    open at its end: a mark not closed, or a colon with no sentence ended since."""
    opened = _OPENS_QUOTE.search(after)
    if opened is None:
        return False
    rest = after[opened.end() :].lstrip()
    mark = opened.group() if opened.group() != ":" else rest[:1]
    if mark in _CLOSERS:
        return not any(c in rest[1 if opened.group() == ":" else 0 :] for c in _CLOSERS[mark])
    return re.search(r"[.!?]\s", rest) is None  # a colon: the sentence it opens


def _same_person(name: str, names: tuple[str, ...]) -> bool:
    """Whether the surname ``name`` is one of a label's ``names``, in any script or spelling."""
    key = name_key(name)
    for other in names:
        if same_name(key, name_key(other)):
            return True
        cyrillic = [w for w in (name, other) if any("\u0400" <= c <= "\u04ff" for c in w)]
        if len(cyrillic) == 1:
            latin = other if cyrillic[0] == name else name
            if english_name(cyrillic[0], latin):
                return True
    return False


def label_note(verdict: LabelVerdict) -> str:
    """What the result's reason says of the label: who says the words there, and where.

    >>> t = Turn("Милюков", 0, 8, 40, ("Милюков",), None, False, True, line=5)
    >>> print(label_note(LabelVerdict(False, "Purishkevich", t)).split(", but ")[1])
    the transcript gives these words to Милюков (the transcript's label “Милюков:” at line 5)
    """
    turn = verdict.turn
    where = f"the transcript's label “{turn.label}:” at line {turn.line}"
    if verdict.same is None:
        return (
            f"; said there by {turn.display()} ({where}): whether that is the claim's speaker, "
            f"{verdict.speaker}, the transcript does not say (an office it names no holder "
            "of, or two offices named in other words): not checked"
        )
    if verdict.same:
        return f"; said there by {turn.display()}, the claim's speaker ({where})"
    return (
        f"; check who said it: the claim says {verdict.speaker} did, but the transcript gives "
        f"these words to {turn.display()} ({where})"
    )
