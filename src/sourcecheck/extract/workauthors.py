"""A written quotation's "he" beside a work's title ("“...,” he wrote in The Prince"), when the
person it was resolved to is not named in the quotation's paragraph.

Resolving the pronoun across a paragraph break gave it to whoever spoke last before: in an
article that moves from Czernin's diary to Machiavelli's book, that is Czernin. A work named
beside the words says whose they are: its author, when the text names it anywhere
("Machiavelli's The Prince", "The Prince by Machiavelli") or the database knows the source
whose title it is. Without an author, the speaker stands but is no longer confident
(:data:`ACROSS_CONFIDENCE`): a person must look.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..texts.paragraphs import Paragraph
from .surnames import full_name, split_authors, surname
from .topics import WrittenPronoun

if TYPE_CHECKING:
    from .speakers import Said, Speakers

ACROSS_CONFIDENCE = 0.4
"""Speaker confidence of a pronoun resolved to someone its paragraph never names while a work
is named beside the words and its author is not known: a guess to review."""
AUTHOR_CONFIDENCE = 0.6
"""Speaker confidence of the author of the work named beside a pronoun's words: the text
or the database says who wrote it, not who "he" is."""

_WORDS = r"[A-Z][\w’'-]*(?:\s+(?:(?:of|and|the)\s+)?[A-Z][\w’'-]*)*"
_NAME = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
# A title opens with an article or is set off (_Faust_, “Faust”): "in French", "in Paris"
# are no works.
_IN_WORK = re.compile(
    rf"\b(?:in|im)\s+(?:(?:his|her)\s+)?(?:[_*“\"]({_WORDS})|((?:The|A|An|Der|Die|Das)\s+{_WORDS}))"
)


def work_named_beside(text: str, said: Said) -> str | None:
    """The title of a work the quotation's attribution names ("he wrote in The Prince"): the
    database's source the paragraph names, or capitalised words after "in".

    >>> from types import SimpleNamespace as S
    >>> from sourcecheck.models import Span
    >>> t = "“Men are fickle,” he wrote in The Prince. Men, he added, “are false.”"
    >>> work_named_beside(t, S(work=None, contexts=[Span(17, 41)]))
    'The Prince'
    >>> work_named_beside("“No,” he wrote in his diary.", S(work=None, contexts=[Span(5, 27)]))
    >>> work_named_beside("“No,” he said in French.", S(work=None, contexts=[Span(5, 24)]))
    """
    if said.work is not None:
        return said.work.title
    for context in said.contexts:
        m = _IN_WORK.search(text, context.start, context.end)
        if m is not None:
            return m.group(1) or m.group(2)
    return None


def author_in_text(text: str, title: str) -> str | None:
    """The author the text gives the work titled ``title`` anywhere: "Machiavelli's The
    Prince", "The Prince by Niccolò Machiavelli" (one author only).

    >>> author_in_text("Every student of Machiavelli's The Prince knows it.", "The Prince")
    'Machiavelli'
    >>> author_in_text("The Prince, by Niccolò Machiavelli, was printed in 1532.", "The Prince")
    'Niccolò Machiavelli'
    >>> author_in_text("The Prince was printed in 1532.", "The Prince") is None
    True
    """
    escaped = re.escape(title)
    found = {m.group(1) for m in re.finditer(rf"\b({_NAME})[’']s\s+{escaped}\b", text)}
    found |= {m.group(1) for m in re.finditer(rf"\b{escaped},?\s+by\s+({_NAME})", text)}
    keys = {surname(name) for name in found}
    return max(found, key=len) if len(keys) == 1 else None


def by_work_named(
    said: Said,
    text: str,
    para: Paragraph,
    quoted: Sequence[tuple[int, int]],
    speakers: Speakers,
) -> None:
    """Give a written quotation's "he", resolved to someone its paragraph does not name, to the
    author of the work named beside it, or lower its confidence when no author is known; the
    evidence says so."""
    pronoun = WrittenPronoun(
        text, para, said.first_mark, said.speaker_key, said.words, quoted, speakers.people.gender
    )
    if not pronoun.speaker_absent():
        return
    title = work_named_beside(text, said)
    if title is None:
        return
    authors = split_authors(said.work.author) if said.work is not None else []
    author = authors[0] if len(authors) == 1 else author_in_text(text, title)
    if author is not None and surname(author) != said.speaker_key:
        name = full_name(author, speakers.known) or author
        said.evidence += (
            f"; {said.speaker} is not named in the paragraph and {title} is {name}'s: "
            f"{said.words} = {name}"
        )
        said.speaker, said.speaker_key = name, surname(name)
        said.speaker_confidence, said.sieve = AUTHOR_CONFIDENCE, "the author of the work named"
    elif author is None and said.speaker_confidence > ACROSS_CONFIDENCE:
        said.evidence += (
            f"; {said.speaker} is not named in the paragraph, and {title} is named beside "
            "the words (whose work is it?)"
        )
        said.speaker_confidence = ACROSS_CONFIDENCE
