"""The person a paragraph of prose is about, for the "he" of a written quotation in it.

In an article or a history, a paragraph has a subject: "Four centuries earlier, Niccolò
Machiavelli had asked ... Machiavelli also argued that ... “Fortune is the master of half our
actions,” he warned." The "he" is Machiavelli, the person the sentence before names as its
subject, not Czernin, who spoke last two paragraphs before and is not named in this one. A
pronoun resolved to someone the quotation's paragraph never names, while the sentence right
before the quotation opens with another named person, has changed subject with the paragraph.

Only quotations of written works and public words (kind ``quotation``) are read so: in a
dialogue (``oral``) the speaker of a "he said" is often the one the paragraph does not name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..normalize import WORD_RE, fold
from ..texts.paragraphs import Paragraph
from . import attribution as attr
from .facts import sentence_spans
from .kinds import narration
from .surnames import surname
from .verbs import SUBJECT_PRONOUNS, language

SUBJECT_WORDS = 3
"""Words at most before the subject's name in the sentence before ("Machiavelli also
argued", "Later, Machiavelli argued")."""


@dataclass(frozen=True, slots=True)
class WrittenPronoun:
    """The "he" or "she" (``words``) a written quotation opening at ``first_mark`` in ``para``
    was given to, resolved to the person of key ``speaker_key``; ``quoted``: the spans of the
    text's quotations; ``gender_of``: the gender the text shows for a name, if any."""

    text: str
    para: Paragraph
    first_mark: int
    speaker_key: str
    words: str | None
    quoted: Sequence[tuple[int, int]]
    gender_of: Callable[[str], str | None]

    def subject(self, evidence: attr.NameEvidence) -> attr.Mention | None:
        """The named person the pronoun stands for when the speaker it was resolved to is
        not named in the quotation's paragraph and the narration's sentence right before
        the quotation opens with another person's name, of no other gender; None when the
        speaker stands (see the module docstring).

        >>> from sourcecheck.texts.paragraphs import Paragraph
        >>> t = "Niccolò Machiavelli wrote. Machiavelli argued that a prince is a fox. “Fortune"
        >>> t += " rules,” he warned."
        >>> p = WrittenPronoun(t, Paragraph(1, 0, len(t)), 70, "czernin", "he", [(71, 84)],
        ...                    lambda name: None)
        >>> p.subject(attr.NameEvidence(t)).text
        'Machiavelli'
        """
        if not self._absent():
            return None
        text = self.text
        before = [
            (s, e)
            for s, e in sentence_spans(text, self.para.start, self.first_mark)
            if e <= self.first_mark
        ]
        if not before:
            return None
        s, e = before[-1]
        if any(a < e and s < b for a, b in self.quoted):
            return None  # the sentence before is (or holds) a quotation: no narration's subject
        agent = attr.clause_agent(text, s, e, evidence)
        if agent is None or agent.mention.kind != "name" or not agent.mention.person:
            return None
        last = agent.mention.text.split()[-1]
        if last not in evidence.mid_sentence or last.lower() in evidence.lowercase:
            return None  # "Just as she turned": a capital only where sentences open
        opening = re.findall(r"\w+", text[s : agent.mention.start])
        if len(opening) > SUBJECT_WORDS or agent.mention.key == self.speaker_key:
            return None
        return agent.mention if self._fits(agent.mention.text) else None

    def author(self, authors: Sequence[str]) -> str | None:
        """The author (one of ``authors``, those of the work the paragraph names) the
        pronoun stands for, when the speaker it was resolved to is not named in the
        paragraph and that author is, alone of them: the speaker must not contradict the
        source ("In The Prince, Machiavelli is blunt ... “...,” he warned": not Czernin).

        >>> from sourcecheck.texts.paragraphs import Paragraph
        >>> t = "In The Prince, Machiavelli is blunt. “Fortune rules,” he warned."
        >>> p = WrittenPronoun(t, Paragraph(1, 0, len(t)), 37, "czernin", "he", [(38, 51)],
        ...                    lambda name: None)
        >>> p.author(["Niccolò Machiavelli"])
        'Niccolò Machiavelli'
        """
        if not self._absent():
            return None
        here = self._named_here()
        named = [a for a in authors if surname(a) in here and surname(a) != self.speaker_key]
        return named[0] if len(named) == 1 and self._fits(named[0]) else None

    def speaker_absent(self) -> bool:
        """Whether the speaker was given by "he" or "she" and is not named in the
        paragraph's narration (resolved across a paragraph break)."""
        return self._absent()

    def _absent(self) -> bool:
        """Whether the speaker was given by "he" or "she" and is not named in the
        paragraph's narration."""
        return self._gender() is not None and self.speaker_key not in self._named_here()

    def _gender(self) -> str | None:
        pronouns = SUBJECT_PRONOUNS.get(language(), SUBJECT_PRONOUNS["en"])
        gender = pronouns.get((self.words or "").lower())
        return gender if gender in ("M", "F") and self.speaker_key else None

    def _named_here(self) -> set[str]:
        here = narration(self.text, self.para.start, self.para.end, self.quoted)
        return {fold(w) for w in WORD_RE.findall(here)}

    def _fits(self, name: str) -> bool:
        """Whether the text shows no other gender for ``name`` than the pronoun's ("she"
        is never Pyotr)."""
        shown = self.gender_of(name)
        return shown is None or shown == self._gender()
