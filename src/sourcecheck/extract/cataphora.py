"""A pronoun looks back, never ahead: "“...,” he said." is never said by a person the text
first names in a later paragraph ("Mr. Hallam came in"), whatever sieve proposed them (the
conversation's turns may: the person speaks two turns on)."""

from __future__ import annotations

import re

from ..texts.paragraphs import Paragraph
from .speakers import Said


def forget_named_later(text: str, said: Said, paras: list[Paragraph]) -> None:
    """Drop the speaker of a pronoun's quotation when first named in a later paragraph: the
    speaker becomes unknown ("he = ?") and the evidence says whom it was not, and why.

    >>> from sourcecheck.extract.speakers import Speakers, read_text
    >>> t = "Anna sat.\\n\\n“It is true,” he said.\\n\\n“Is it?”\\n\\n“Yes,” said Mr. Hallam."
    >>> reading = read_text(t)
    >>> said = Speakers(reading).attribute_all()[0]
    >>> said.speaker
    'Mr. Hallam'
    >>> forget_named_later(t, said, reading.paras); said.speaker, said.evidence[-57:]
    (None, '(he = ?; not Mr. Hallam: first named after the quotation)')
    """
    if not (said.speaker and _named_after(text, said, paras)):
        return
    why = f"not {said.speaker}: first named after the quotation"
    said.evidence, n = re.subn(r"\((\w+) = [^)]*\)", rf"(\1 = ?; {why})", said.evidence)
    said.evidence += "" if n else f" ({why})"
    said.speaker, said.speaker_key, said.speaker_confidence = None, "", 0.2


def _named_after(text: str, said: Said, paras: list[Paragraph]) -> bool:
    """Whether the person a pronoun's quotation ("he said") was given is first named in a
    later paragraph: nothing up to the end of its paragraph names them (narration or
    quotation; the paragraph may name them after it: "“Come,” he said, and Mr. Hallam rose")."""
    if said.cue is None or said.cue.kind != "pronoun" or not said.speaker:
        return False
    key = said.speaker.split()[-1]  # "Mr. Hall": "Mrs. Hall" before names a Hall
    end = paras[said.quote.pieces[-1].paragraph - 1].end
    # Searched in place, not in a copy of the text up to there (once per pronoun quotation).
    return re.compile(rf"(?<!\w){re.escape(key)}(?!\w)").search(text, 0, end) is None
