"""The gender a text shows for a person beyond the pronouns after its name.

- A relation in apposition (:func:`kin_gender`): "her brother Ivan", "his sister Anna",
  "Ivan, her brother," (German "ihr Bruder Iwan" too, where the people of the text read the
  name apart from the noun before it). A noun of a person or a
  relation next to a name says who the name is (a brother is a man), however the pronouns
  around it read: in "Anna and her brother Ivan" the "her" is Anna, and the brother is Ivan. A
  trade ("her doctor Ivan") says nothing of the gender. One of the votes
  :func:`~sourcecheck.extract.gender.gender_after` gives a mention of a name.
- A pronoun the attribution itself resolved to a person of unknown gender
  (:func:`shown_by_pronoun`): "“No,” he replied." given to Ivan shows Ivan a man, so a later
  "she said" is not Ivan; so for a name the people of the text do not know (named once).
- For such a name, :func:`name_shown`: the pronoun memory, the words themselves ("the
  Empress", "die Kaiserin"), else the votes of its mentions before (a relation in apposition,
  a Russian past verb: "Ленин вошёл", "сказал Ленин").
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .people import Person
    from .resolve import Referents

_OWNERS = (
    r"his|her|their|my|our|your|the|[A-Z][\w-]*['’]s|"
    r"sein(?:e[mnrs]?)?|ihr(?:e[mnrs]?)?|mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?|"
    r"dein(?:e[mnrs]?)?|der|die|den|dem"
)
_BEFORE = re.compile(
    rf"(?<![\w’'])(?:{_OWNERS})\s+(?:[a-zäöüß][\w-]*\s+){{0,2}}?(?P<noun>[\w-]+)\s+$", re.I
)
"""A relation right before a name: "her brother ", "his younger sister ", "ihrem Bruder "."""
_AFTER = re.compile(
    rf",\s+(?:{_OWNERS})\s+(?:[a-zäöüß][\w-]*\s+){{0,2}}?(?P<noun>[\w-]+)\s*[,.;:!?]", re.I
)
"""A relation right after a name, between commas: "Ivan, her brother, ..."."""


def kin_gender(text: str, start: int, end: int) -> str | None:
    """The gender ("M" or "F") a person noun in apposition to the name at ``start:end``
    gives it, if one is there.

    >>> t = "Anna and her brother Ivan sat down. Marta, his sister, wrote."
    >>> kin_gender(t, 21, 25), kin_gender(t, 36, 41), kin_gender(t, 0, 4)
    ('M', 'F', None)
    >>> t = "Sie schrieb an ihren Bruder Iwan und an ihren Arzt Peter."
    >>> kin_gender(t, 28, 32), kin_gender(t, 51, 56)
    ('M', None)
    """
    # (imported here: descriptions -> sieves -> people -> gender -> this module)
    from .descriptions import description_gender, head_noun, is_trade

    before = _BEFORE.search(text, max(0, start - 40), start)
    after = _AFTER.match(text, end, end + 40)
    for found in (before, after):
        if found is not None and "\n\n" not in found.group():  # (not across paragraphs)
            noun = found.group("noun")
            if head_noun(noun) is not None and not is_trade(noun):
                return description_gender(noun)
    return None


def shown_by_pronoun(referents: Referents, name: str, gender: str | None) -> None:
    """Note the gender (``"M"`` or ``"F"``) of a pronoun the attribution resolved to the
    person ``name``, when the text shows none: a later pronoun of the other gender is then
    never theirs (:meth:`~sourcecheck.extract.resolve.Referents.pronoun` takes a person of
    unknown gender as a weaker guess for either; a name the people of the text do not know is
    kept by name, :func:`name_shown`). Only that: a guess made once does not make them a
    person of that gender whom later pronouns prefer."""
    if gender not in ("M", "F"):
        return
    person: Person | None = referents.people.resolve(name)
    if person is None:
        referents.shown_names.setdefault(name, gender)
    elif person.gender is None:
        referents.shown.setdefault(id(person), gender)


def name_shown(referents: Referents, name: str, end: int) -> str | None:
    """The gender ("M", "F") the text before ``end`` shows for ``name``, a name or words the
    people of the text do not know: a pronoun the attribution gave them
    (:func:`shown_by_pronoun`), the words' own (:func:`~sourcecheck.extract.described.
    words_gender`: "the Empress"), else the votes of its mentions in the narration
    (:func:`~sourcecheck.extract.gender.gender_after`: "his sister Anna", "Ленин вошёл").

    >>> from sourcecheck.extract.people import people_of
    >>> from sourcecheck.extract.resolve import Referents
    >>> from sourcecheck.texts.paragraphs import Paragraph
    >>> t = "Ivan sat with his sister Anna. The Empress came."
    >>> r = Referents(t, people_of(t), quoted=[], paras=[Paragraph(1, 0, len(t))])
    >>> name_shown(r, "Anna", len(t)), name_shown(r, "Empress", len(t)), name_shown(r, "Ivan", 9)
    ('F', 'F', None)
    """
    from .described import words_gender
    from .gender import decide_gender, gender_after

    shown = referents.shown_names.get(name) or words_gender(name)
    if shown is not None:
        return shown
    votes: Counter[str] = Counter()
    for m in re.finditer(rf"(?<![\w’']){re.escape(name)}(?![\w’'])", referents.text[:end]):
        if not referents.inside_quote(m.start()):  # (the narration's mentions only)
            gender = gender_after(referents.text, m.start(), m.end())
            votes.update([gender] if gender else [])
    return decide_gender(votes)
