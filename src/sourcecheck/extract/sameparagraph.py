"""The same paragraph's speaker: a quotation nobody names, in the paragraph of a quotation
someone is named beside, is that person's ("“Yes,” said Emma. “I shall go.”") unless its own
lead-in says someone else speaks it: "“...,” said Five. Two began in a low voice, “...”",
"... and a Canary called out to its children, “...”", "... and it said in a low voice, “...”"
(the sentence sieves read no attribution there: a number, a newcomer, "it"). The lead-in is
the narration between the quotation before it in the paragraph and its opening mark, when it
ends as a lead-in does (a comma, a colon, a dash); its subject is the person or pronoun that
opens its last clause and a verb of saying follows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .alternation import SaidLike, set_speaker
from .descriptions import description_gender
from .people import People
from .verbs import speech_verbs, subject_pronouns

SAME_PARAGRAPH = 0.55
SAME_PARAGRAPH_SIEVE = "the attributed quotation of its paragraph"
_LEADIN_END = re.compile(r"[,:\-—–]\s*$")
_CLAUSES = re.compile(r"[.!?;:()“”\"]\s*|,\s+(?=(?:and|but|when|while)\s)")
_OPENERS = re.compile(r"^(?:(?:and|but|then|so|when|while|as|now|presently)\s+)+", re.I)
_SUBJECT = re.compile(r"((?:(?:the|a|an|one)\s+)?(?:[A-Z][\w'-]*\s+)*[A-Z][\w'-]*|\w+)\s+(.*)")
_ARTICLE = re.compile(r"^(?:the|a|an|one)\s+", re.I)
_OBJECTS = frozenset("him her them me us".split())


def leadin_subject(leadin: str) -> str | None:
    """The subject of a lead-in's last clause when a verb of saying follows it ("Two began in
    a low voice," → "Two"; "and it said," → "it"), None when it opens with no name or pronoun
    ("Then turning to Isabella--") or someone else's words are heard ("Emma heard him add").

    >>> leadin_subject("They looked at Two. Two began in a low voice, ")
    'Two'
    >>> leadin_subject("its face was pale, and it said in a low voice,") is None
    False
    >>> leadin_subject("Then turning to Isabella, who had not been attending--") is None
    True
    >>> leadin_subject("And Emma distinctly heard him add, in a lower tone,--") is None
    True
    """
    if not _LEADIN_END.search(leadin):
        return None
    clause = _OPENERS.sub("", _CLAUSES.split(leadin.strip())[-1].strip())
    m = _SUBJECT.match(clause)
    if m is None:
        return None
    subject, rest = m.group(1), m.group(2)
    bare = _ARTICLE.sub("", subject)
    if not bare[:1].isupper() and subject.lower() not in (*subject_pronouns(), "it"):
        return None
    for word in re.findall(r"[a-z]+", rest):
        if word in _OBJECTS:
            return None  # ("heard him add": the words are his)
        if word in speech_verbs():
            return subject
    return None


def someone_else(subject: str, speaker: str, people: People) -> bool:
    """Whether a lead-in's ``subject`` is not ``speaker``: a pronoun of another gender ("it"
    for a man or a woman, "they"), a name of another person."""
    pronoun = subject.lower()
    wanted = people.gender(speaker) or description_gender(speaker)
    if pronoun in ("it", "they"):  # (a group; a thing or an animal, for a man or a woman)
        return pronoun == "they" or wanted in ("M", "F")
    if pronoun in subject_pronouns():
        said = subject_pronouns()[pronoun]
        return said in ("M", "F") and wanted in ("M", "F") and said != wanted
    bare = _ARTICLE.sub("", subject)
    mine, theirs = people.resolve(speaker), people.resolve(bare)
    if mine is not None and theirs is not None:
        return mine is not theirs
    return bare.lower() not in speaker.lower()


def same_paragraph(
    said: Sequence[SaidLike],
    people: People,
    *,
    may_take: Callable[[SaidLike], bool],
    leadin: Callable[[int], str] = lambda i: "",
) -> None:
    """Give the quotations ``may_take`` allows the speaker of their paragraph's attributed
    quotations (when one person), unless their lead-in (``leadin(i)``, the narration before
    quotation ``i`` since the last quotation of its paragraph) says someone else speaks."""
    by_para: dict[int, list[int]] = {}
    for i, s in enumerate(said):
        by_para.setdefault(s.paragraph, []).append(i)
    for group in by_para.values():
        named = {s.speaker for i in group if (s := said[i]).attributed and s.speaker}
        if len(named) != 1:
            continue
        (speaker,) = named
        for i in group:
            s = said[i]
            if s.attributed or not may_take(s):
                continue
            subject = leadin_subject(leadin(i))
            if subject is not None and someone_else(subject, speaker, people):
                continue
            set_speaker(s, speaker, SAME_PARAGRAPH_SIEVE, SAME_PARAGRAPH)
