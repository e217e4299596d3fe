"""Where a person's mention stands in its clause, for :mod:`~sourcecheck.extract.resolve`:
a participle's object ("getting Harriet into the house": not who the narration goes on
about), or the subject of a main clause after a fronted subordinate one ("before she had been
three minutes in her room, her mother followed her": her mother, though "she" comes first).
"""

from __future__ import annotations

_PAST = frozenset(
    "came went gave took made said rose sat stood ran spoke began saw met left found got "
    "put brought thought felt knew told kept held led".split()
)
"""Irregular past tenses a main clause's subject is followed by (regular ones end in -ed)."""


def participle_object(text: str, at: int) -> bool:
    """Whether the name at ``at`` is a participle's object ("getting Harriet into the house";
    not "the brain of Fagin", "in Emma's opinion": who the narration is about, often).

    >>> t = "a wish of getting Harriet in"
    >>> participle_object(t, t.index("Harriet")), participle_object("Then Harriet", 5)
    (True, False)
    """
    before = text[max(0, at - 20) : at].split()
    return bool(before) and before[-1].endswith("ing") and before[-1].islower()


def main_subject(text: str, at: int, words: str) -> bool:
    """Whether ``words`` at ``at`` open a main clause after a fronted subordinate clause and
    a comma, followed by a past tense: its subject.

    >>> t = "But before she had been three minutes in her room, her mother followed her."
    >>> main_subject(t, t.index("her mother"), "her mother")
    True
    >>> t = "She thought of her mother, her mother's letter and the ball."
    >>> main_subject(t, t.rindex("her mother"), "her mother")
    False
    """
    after = text[at + len(words) : at + len(words) + 30].split(maxsplit=1)
    if not after or not text[:at].rstrip().endswith(","):
        return False
    verb = after[0].rstrip(",.;")
    return verb.islower() and (verb.endswith("ed") or verb in _PAST)
