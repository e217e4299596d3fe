"""A description the narration keeps for one person: "the girl" for Nancy, "the matron" for
Mrs. Corney. When the earlier quotations a description is beside were given, nearly every
time, to one person, a later quotation it is beside that no rule resolved (a chapter that
opens "The girl was lying, half-dressed, upon the bed" and names nobody before "“It is you,
Bill!” said the girl") is that person's: the description is the narration's standing name
for them.

Read once every quotation has a speaker (as :mod:`~sourcecheck.extract.namedlater`): only
the quotations whose speaker is no person of the text change (still the description as
written, or another description the turns gave it: "the robber" for "said the girl"). Not when that
person speaks, by name, the turn just before or after (nobody answers themselves), nor for a
group, a role ("the other") or a description of another gender.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .descriptions import description_gender, description_key, is_group, is_role
from .namedlater import bind_described
from .people import People, Person

if TYPE_CHECKING:
    from .speakers import Said

EPITHET_USES = 5
"""How many quotations a description must have given one person to be that person's epithet."""
EPITHET_SHARE = 0.8
"""The share of the quotations it was resolved at that person must have (not "the man")."""
CONFIDENCE = 0.6
"""The speaker confidence of a description resolved so (a guess the whole text supports)."""


def name_by_epithet(said_list: Sequence[Said], people: People) -> None:
    """Give each quotation whose speaker is a description as written the person that
    description named nearly every time before (see the module docstring), in place."""
    given: dict[str, Counter[int]] = defaultdict(Counter)
    persons: dict[int, Person] = {}
    for i, said in enumerate(said_list):
        key = _described(said)
        if not key:
            continue
        person = people.resolve(said.speaker) if said.speaker else None
        if person is not None and description_key(said.speaker or "") != key:
            given[key][id(person)] += 1  # (the epithet holds from its earlier uses on)
            persons[id(person)] = person
        elif person is None and given[key]:  # (or another description the turns gave it)
            pid, n = given[key].most_common(1)[0]
            holder = persons[pid]
            if n < EPITHET_USES or n < EPITHET_SHARE * given[key].total():
                continue
            if holder.gender in (description_gender(key), None) and not _answers(
                said_list, i, holder
            ):
                bind_described(said, holder, key, "the text's name for them", CONFIDENCE)


def _described(said: Said) -> str:
    """The description beside a quotation ("girl" of "said the girl"), or ""."""
    cue = said.cue
    if cue is None or cue.kind != "description" or not cue.words.lower().startswith("the "):
        return ""
    words = cue.words
    if is_group(words) or is_role(words) or description_gender(words) is None:
        return ""
    return description_key(words)


def _answers(said_list: Sequence[Said], i: int, person: Person) -> bool:
    """Whether ``person`` speaks the quotation just before or after quotation ``i``, in the
    paragraph next to it."""
    here = said_list[i]
    return any(
        0 <= j < len(said_list)
        and abs(said_list[j].paragraph - here.paragraph) <= 1
        and said_list[j].speaker == person.name
        for j in (i - 1, i + 1)
    )
