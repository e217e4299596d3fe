"""Words a crowd says: "“Traitors!” cried voices from the benches", "“...” came from various
sides of the crowd", "“...” voices in the crowd were heard saying", "the mob were saying",
"“Right!” said several voices". The speaker is the crowd as the text says it ("voices", "the
crowd"), never one person of the text, nor a voice carried over from an earlier quotation.

And a voice that the text says whose it is: "exclaimed the timid yet theatrical voice of
Vereshchágin", "they heard behind them the voice of Mávra Kuzmínichna": the person it names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import excerpt
from ..texts.paragraphs import Paragraph
from .persons import People
from .verbs import SPEECH_VERBS

if TYPE_CHECKING:
    from .speakers import Said

_CROWD_NOUNS = ("voices", "crowd", "mob", "throng", "multitude", "benches", "all sides")
_CROWD = re.compile(
    r"\b(?:(?:several|many|other|some|a few|angry|loud|excited|numerous|a hundred) )*"
    r"(?:voices|crowd|mob|throng|multitude|benches|(?:all|various|every|different) sides)\b"
)
_ARRIVING = frozenset("came rose went rang burst broke sounded resounded".split())
_AFTER_MARK = re.compile(r"[”\"’]\s*,?\s*")
_VOICE_OF = re.compile(
    r"\bvoice of ((?:(?:Mr|Mrs|Miss|Dr|Count|Prince|Princess|General)\.? )?"
    r"[A-ZÀ-ÖØ-ÞА-Я][\w’'-]+(?:\s[A-ZÀ-ÖØ-ÞА-Я][\w’'-]+)*)"
)
MAX_CLAUSE = 90
"""Characters of the clause after a closing mark read for its speaker."""


def clause_after(text: str, end: int, limit: int) -> str:
    """The words after the closing mark at ``end`` up to the end of their sentence, an opening
    mark or ``limit``: "cried voices from the benches of the Bolsheviki"."""
    m = _AFTER_MARK.match(text, end)
    if m is None:
        return ""
    stop = min(limit, m.end() + MAX_CLAUSE)
    found = re.search(r"[.!?;:“\"]|\n\s*\n", text[m.end() : stop])
    return text[m.end() : m.end() + found.start()] if found else text[m.end() : stop]


def crowd_speaker(clause: str) -> str | None:
    """The crowd a clause after a quotation says spoke: a verb of saying (or "came", "rose")
    with a crowd as its subject, in either order.

    >>> crowd_speaker("cried voices from the benches of the Bolsheviki")
    'voices'
    >>> crowd_speaker("came from various sides of the crowd")
    'the crowd'
    >>> crowd_speaker("voices in the crowd were heard saying") is None, crowd_speaker("he said")
    (False, None)
    """
    words = clause.split()
    if not words or len(words) > 14:
        return None
    crowd = _CROWD.search(clause)
    if crowd is None:
        return None
    lowered = [w.strip(",").lower() for w in words]
    verb = next(
        (k for k, w in enumerate(lowered) if w in SPEECH_VERBS or w in _ARRIVING or w == "heard"),
        None,
    )
    if verb is None:
        return None
    before = len(clause[: crowd.start()].split())
    if before > verb + 4 or (before < verb and before > 1):
        return None  # ("said he to the crowd": the crowd is spoken to)
    if before > verb and lowered[verb] not in _ARRIVING and "to" in lowered[verb:before]:
        return None
    noun = crowd.group(0).split()[-1]
    return (
        "voices" if noun in ("voices", "benches") else "the crowd" if noun != "mob" else "the mob"
    )


def voice_owner(clause: str, people: People) -> str | None:
    """The person a voice belongs to in a clause: "the voice of Vereshchágin" -> Vereshchágin."""
    found = _VOICE_OF.search(clause)
    if found is None:
        return None
    person = people.resolve(found.group(1))
    return person.name if person is not None else found.group(1)


_NOISE = re.compile(r"\b(?:voices|shouts|cries|roar|murmur|clamou?r)\b")


def _drowned(text: str, paras: Sequence[Paragraph], said: Said) -> bool:
    """Whether the narration right before a quotation that nothing attributes ends with a
    sentence of a crowd's voices ("But her voice was drowned by the voices of the crowd.")."""
    para = paras[said.paragraph - 1]
    before = text[para.start : said.first_mark]
    if not before.strip() and para.number > 1:
        before = text[paras[para.number - 2].start : paras[para.number - 2].end]
        if "“" in before or '"' in before:
            return False
    sentence = re.split(r"(?<=[.!?])\s+", before.strip())[-1]
    return sentence.endswith(".") and bool(_NOISE.search(sentence) and _CROWD.search(sentence))


def crowds(
    text: str, paras: Sequence[Paragraph], said_list: Sequence[Said], people: People
) -> None:
    """Give the words of a crowd to the crowd, and a voice's words to the person it names."""

    for said in said_list:
        piece = said.quote.pieces[0]
        if piece.close is None:
            continue
        para = paras[piece.paragraph - 1]
        clause = clause_after(text, piece.close, para.end)
        lead = text[max(para.start, said.first_mark - MAX_CLAUSE) : said.first_mark]
        lead = re.split(r"[.!?”]\s", lead)[-1]
        owner = voice_owner(clause, people) or voice_owner(lead, people)
        crowd = crowd_speaker(clause)
        if owner is not None and owner != said.speaker:
            said.speaker, said.words, said.person = owner, f"the voice of {owner}", True
            said.evidence = f"'{excerpt(clause or lead)}': the voice of {owner}"
            said.speaker_confidence, said.sieve = 0.7, "voice of"
        elif crowd is None and said.cue is None and _drowned(text, paras, said):
            said.speaker, said.speaker_key, said.words, said.person = "voices", "", "voices", False
            said.evidence = "the narration before it tells of the voices of a crowd"
            said.speaker_confidence, said.sieve = 0.5, "crowd"
        elif crowd is not None and (said.cue is None or said.cue.kind != "name"):
            said.speaker, said.speaker_key, said.words, said.person = crowd, "", crowd, False
            said.evidence = f"'{excerpt(clause)}' beside the quote: a crowd speaks"
            said.speaker_confidence, said.sieve = 0.7, "crowd"
