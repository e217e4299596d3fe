"""Two readings of a quotation's speaker that journalism and history prose need, applied to
an attribution before its claim is written (:mod:`~sourcecheck.extract.claims`):

- a lead-in that says whose words follow without a verb of saying beside them ("As he put
  it in the same book,", "In Lenin's words,", "To quote the surveyor,":
  :mod:`~sourcecheck.extract.asquoted`), over a weaker attribution;
- a written quotation's "he" given to someone its paragraph never names, when the paragraph
  is about another person or names a work of another author
  (:mod:`~sourcecheck.extract.topics`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..texts.paragraphs import Paragraph
from .asquoted import as_quoted
from .surnames import split_authors, surname
from .topics import WrittenPronoun

if TYPE_CHECKING:
    from .speakers import Said, Speakers

AS_QUOTED_CONFIDENCE = 0.75
"""Speaker confidence of a lead-in that says whose words follow ("As he put it,"): as sure
as an attribution clause; a weaker attribution gives way to it."""
PARAGRAPH_SUBJECT_CONFIDENCE = 0.5
"""Speaker confidence of a pronoun given to the person its paragraph is about: a reading of
the topic, less sure than a name beside the words."""


def by_lead_in(said: Said, text: str, para: Paragraph, speakers: Speakers) -> None:
    """Give ``said`` to the person a lead-in such as "As he put it," quotes, when its
    attribution is weaker; the evidence says so."""
    if said.speaker_confidence >= AS_QUOTED_CONFIDENCE:
        return
    found = as_quoted(text, said.first_mark, speakers.evidence, floor=para.start)
    if found is None:
        return
    name, key = speakers.display(found.mention, found.mention.start)
    if name:
        words = found.mention.text
        said.evidence = f"{found.phrase!r} before the quote" + (
            f" ({words} = {name})" if words != name else ""
        )
        said.speaker, said.speaker_key, said.words = name, key, words
        said.speaker_confidence, said.sieve = AS_QUOTED_CONFIDENCE, "as X put it"
        said.attributed = True


def by_paragraph_subject(
    said: Said,
    text: str,
    para: Paragraph,
    quoted: Sequence[tuple[int, int]],
    speakers: Speakers,
) -> None:
    """Give a written quotation's "he" to the person its paragraph is about, or to the
    author of the work it names (:class:`~sourcecheck.extract.topics.WrittenPronoun`),
    saying so in its evidence."""
    pronoun = WrittenPronoun(
        text, para, said.first_mark, said.speaker_key, said.words, quoted, speakers.people.gender
    )
    mention = pronoun.subject(speakers.evidence)
    if mention is not None:
        name, key = speakers.display(mention, mention.start)
    elif said.work is not None:  # the speaker must not contradict the work's author
        name = pronoun.author(split_authors(said.work.author))
        key = surname(name or "")
    else:
        return
    if name:
        said.evidence += (
            f"; the paragraph is about {name} ({said.speaker} is not named in it): "
            f"{said.words} = {name}"
        )
        said.speaker, said.speaker_key = name, key
        said.speaker_confidence = PARAGRAPH_SUBJECT_CONFIDENCE
        said.sieve = "the paragraph's subject"
