"""Silent turns: a short narration paragraph between two turns of a conversation that tells
how someone answered without a quotation ("Elizabeth smiled.", "He made no answer.", "Sikes
nodded.", "She replied in the affirmative.") or reports what someone asked or said ("Mr.
John Knightley here asked Emma quietly whether ...", "She explained what its effect on her
had been.") is that person's turn. The conversation's alternation counts it
(:mod:`~sourcecheck.extract.turns`): after "Elizabeth smiled.", the next quotation is not
Elizabeth's but the other's, who goes on.
"""

from __future__ import annotations

import re

from ..texts.paragraphs import Paragraph
from .people import People

MAX_WORDS = 25
"""A silent answer is told in a few words; a longer paragraph is narration of its own."""
_SUBJECT = re.compile(
    r"(?:(?:But|And|Then|Here|For\s+a\s+moment),?\s+)?"
    r"(?P<who>He|She|I|(?:(?:Mr|Mrs|Miss|Dr|Lady|Lord|Sir|Colonel|Captain)\.?\s+)?"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b"
)
"""The subject a paragraph opens with: a pronoun, or a name with its title."""
_MARKS = re.compile(r"[“”\"‘’«»„]|(?:^|\s)'")
_ANSWER = re.compile(
    r"\s*(?:(?:\w+ly|here|then|now|again|presently)\s+)?"
    r"(?:(?:could|did|would)\s+(?:not\s+|hardly\s+|only\s+)?"
    r"(?:but\s+|help\s+)?)?"
    r"(?:nodd|bow|smil|laugh|shook|shak|shrug|sigh|colou?r|blush|frown|"
    r"made\s+no|gave\s+no|was\s+silent|said\s+nothing|repli|answer|assur|declar|assent|"
    r"agree|promis|obey|did\s+as|play|sat\s+down|rose|relaps|hesitat|"
    r"ask|inquir|enquir|begg|remark|observ|explain|told)"
)
"""The verbs of an answer without a quotation, right after the subject ("Jane shook her
head", "Elizabeth could hardly help smiling", "Mr. Bennet replied that he had not") or of a
question or words told, not quoted ("Mr. Knightley here asked whether"); a state ("Mrs.
Weston was disappointed"), a look or a turn ("Elizabeth looked with astonishment", "turned
to her sister") tells of the next speaker more often than of an answer."""


def silent_answer(text: str, para: Paragraph, people: People) -> str | None:
    """Who answers without a quotation in narration paragraph ``para``: a person's name, or
    "he", "she", "I" as the paragraph says it; None when it tells no silent answer (it holds
    a quotation, is long, introduces the next quotation, or its subject does not answer).

    >>> from sourcecheck.extract.people import people_of
    >>> from sourcecheck.texts.paragraphs import paragraphs
    >>> t = "Mr. Darcy came. Mr. Darcy sat.\\n\\nMr. Darcy bowed.\\n\\nShe made no answer."
    >>> ps, people = paragraphs(t), people_of(t)
    >>> [silent_answer(t, p, people) for p in ps]  # 'came': no answer
    [None, 'Mr. Darcy', 'she']
    """
    body = text[para.start : para.end].strip()
    if _MARKS.search(body) or body.endswith((":", ",", "--", "—")):
        return None
    if len(body.split()) > MAX_WORDS:
        return None
    m = _SUBJECT.match(body)
    if m is None or not _ANSWER.match(body, m.end()):
        return None
    who = " ".join(m.group("who").split())
    if who in ("He", "She", "I"):
        return who if who == "I" else who.lower()
    person = people.resolve(who)
    return person.name if person is not None else None
