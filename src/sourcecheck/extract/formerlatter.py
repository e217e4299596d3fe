"""Who "the former" and "the latter" are: the first and the second of the two persons the
narration named last before them ("Mrs. Weston and Miss Bates met them at the door. / “My
dear,” said the latter": Miss Bates; "which Elizabeth considered certain, and Jane could not
assert impossible; the former continued, by saying,": Elizabeth).

A pronoun or a description names someone the reader must find; these two words say which of
a pair the text has just named, and reading them as any other role ("the other", resolved
through the conversation's turns) gave the pair's wrong half, which then spread through the
turns after it (after Muzny et al., EACL 2017, who resolve them so).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .descriptions import description_gender
from .facts import sentence_spans
from .people import NAME_RE, Person

if TYPE_CHECKING:
    from .resolve import Referents

_PAIRED = re.compile(r"the (former|latter)\b(?:\s+([a-z]+))?", re.I)
""""the former", "the latter", "the latter gentleman" (the noun may say the gender)."""
PAIR_SENTENCES = 3
"""How many sentences of narration before the words are read for the pair."""


def is_paired(words: str) -> bool:
    """Whether ``words`` are "the former" or "the latter" (with or without a noun).

    >>> is_paired("the latter"), is_paired("The former lady"), is_paired("the other")
    (True, True, False)
    """
    return _PAIRED.fullmatch(words.strip()) is not None


def paired(referents: Referents, at: int, before: int) -> Person | None:
    """The person "the former" or "the latter" at ``at`` names: the first or the second of
    the last two persons the narration names before ``before`` (in that paragraph and the
    one before, up to :data:`PAIR_SENTENCES` sentences back, never inside a quotation), of
    the gender the noun after it says ("the latter gentleman"). None when the words at
    ``at`` are not these or the narration does not name two.

    >>> from sourcecheck.extract.people import people_of
    >>> from sourcecheck.extract.resolve import Referents
    >>> from sourcecheck.texts.paragraphs import Paragraph
    >>> t = "Mr. Hale met Mrs. Dale and Miss Vane at the gate. The latter said"
    >>> r = Referents(t, people_of(t), quoted=[], paras=[Paragraph(1, 0, len(t))])
    >>> at = t.index("The latter")
    >>> paired(r, at, at).name
    'Miss Vane'
    >>> t = t.replace("Mrs. Dale", "Mr. Dale").replace("latter said", "former gentleman said")
    >>> r = Referents(t, people_of(t), quoted=[], paras=[Paragraph(1, 0, len(t))])
    >>> paired(r, t.index("The former"), t.index("The former")).name
    'Mr. Hale'
    """
    m = _PAIRED.match(referents.text, at)
    if m is None:
        return None
    gender = description_gender(f"the {m.group(2)}") if m.group(2) else None
    floor = referents.paragraph_floor(before, 1)
    spans = sentence_spans(referents.text, floor, before)[-PAIR_SENTENCES:]
    if not spans:
        return None
    found: list[Person] = []
    for n in NAME_RE.finditer(referents.text, spans[0][0], before):
        if referents.inside_quote(n.start()):
            continue
        person = referents.people.resolve(re.sub(r"[’']s$", "", n.group()))
        if person is None or (gender is not None and person.gender not in (None, gender)):
            continue
        found = [f for f in found if f.name != person.name]  # named again: the later counts
        found.append(person)
    if len(found) < 2:
        return None
    first, second = found[-2:]
    return first if m.group(1).lower() == "former" else second
