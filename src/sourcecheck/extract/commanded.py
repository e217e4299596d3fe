"""The persons a pronoun beside a quotation cannot be because its own clause names them after
it: "he said, handing Mr. Bumble's empty tumbler to the landlord" is not Mr. Bumble, "he
added, noticing Oliver's look of surprise" is not Oliver. The subject pronoun governs the
rest of its clause (it c-commands it), and a name it governs is never the person the pronoun
stands for (binding theory's Principle C: "he_i said, handing Bumble_i's glass" cannot
mean that Bumble said it; a writer who meant it would write "said Mr. Bumble, handing his
glass").

Only names *after* the pronoun count: a phrase before it ("Turning to Paul, he said") is
not governed by it, and its names are excluded only when spoken to
(:func:`~sourcecheck.extract.addressees.addressed`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .cue import Cue
from .people import NAME_RE, People

_QUOTE_MARKS = '“”"‘«»„'


def governed_names(
    text: str, cue: Cue, people: People, inside_quote: Callable[[int], bool]
) -> set[str]:
    """The persons named in ``cue``'s clause after its pronoun, outside quotation marks and
    before the clause's next quotation mark, by the names the people of the text give them.

    >>> from sourcecheck.extract.people import people_of
    >>> t = ("Mr. Bumble sat. Monks came. Mr. Bumble drank. Monks sat. “Fill it,” he said, "
    ...      "handing Mr. Bumble's glass to the landlord.")
    >>> at = t.index("he said")
    >>> cue = Cue("he", "pronoun", at, at + 2, "said", (at, len(t)))
    >>> governed_names(t, cue, people_of(t), lambda at: False)
    {'Mr. Bumble'}
    """
    verb = _verb_beside(text, cue)
    if cue.kind != "pronoun" or verb is None:
        return set()  # (a verb far from the pronoun may be another's: "by her questions")
    start, end = max(cue.end, verb), cue.clause[1]
    mark = next((i for i in range(start, end) if text[i] in _QUOTE_MARKS), end)
    found = set()
    for m in NAME_RE.finditer(text, start, mark):
        if inside_quote(m.start()):
            continue
        person = people.resolve(re.sub(r"[’']s$", "", m.group()))
        if person is not None:
            found.add(person.name)
    return found


VERB_REACH = 24
"""How far (in characters) the verb of saying may be from its pronoun ("he added, with a
smile", "said she", "he presently added") for the clause to be the pronoun's."""


def _verb_beside(text: str, cue: Cue) -> int | None:
    """Where the cue's verb of saying ends, when it stands right beside the pronoun."""
    lo, hi = max(cue.clause[0], cue.start - VERB_REACH), min(cue.clause[1], cue.end + VERB_REACH)
    for m in re.finditer(rf"\b{re.escape(cue.verb)}\b", text[lo:hi]):
        return lo + m.end()
    return None
