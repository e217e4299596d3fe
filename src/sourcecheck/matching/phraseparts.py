"""The parts of a clause that are no party to what it relates: a noun phrase's owner and a
German passive's "von" that stands for a genitive.

:mod:`.reversal` reads who acts on whom by noun phrases and :mod:`.caseroles` carries that
reading over to Russian. A true translation restructures freely, and two readings made those
readers raise ``roles`` on faithful renderings (walkthrough walk114, Kafka's renderings):

- an owner read as a party: "Gregor's father seized the chief clerk's stick" had "chief
  clerk's stick" undergo, and the Russian "Господин Замза схватил ... трость управляющего"
  paired "chief" with "Господин", a nominative: the roles read as reversed. The phrase's
  party is its head, what follows the owner ("the stick"; "Debians Archiv": the archive);
- a German "von" that is no agent: "Dieses Konzept der Verwaltung von Debians Archiv ...
  wurde erstmalig von Bdale Garbee ... eingeführt" had "Debians Archiv" introduce the
  concept. In a main clause the passive's doer follows the auxiliary, so a "von" phrase
  before it is an attribute when another follows it; where two remain, none is read.
"""

from __future__ import annotations

from collections.abc import Sequence

from .genitives import german_s_owner

_OWNER_ENDS = ("'s", "’s", "s'", "s’")


def head(run: Sequence[int], words: Sequence[tuple[int, str]], language: str) -> list[int]:
    """A noun phrase's ``run`` (indices into ``words``: a clause's (offset, word)) without
    its owner.

    >>> words = list(enumerate("the chief clerk's stick".split()))
    >>> head([1, 2, 3], words, "en")
    [3]
    >>> head([1, 2], list(enumerate("die Debians Archiv".split())), "de")
    [2]
    >>> head([1, 2], list(enumerate("the chief clerk".split())), "en")
    [1, 2]
    """
    owners = [k for k, j in enumerate(run[:-1])
              if words[j][1].endswith(_OWNER_ENDS)
              or (language == "de" and words[run[k + 1]][1][:1].isupper()
                  and german_s_owner(words, j))]  # fmt: skip
    return list(run[owners[-1] + 1 :] if owners else run)


def passive_agents(starts: Sequence[int], auxiliary: int, language: str) -> list[int]:
    """Which of a passive clause's phrases after the agent's preposition (``starts``: their
    offsets) may be its doer (indices into ``starts``), the auxiliary at ``auxiliary``: in
    German the one after the auxiliary where one is, and none of two or more.

    >>> passive_agents([30, 60], 45, "de"), passive_agents([30, 60], 80, "de")
    ([1], [])
    >>> passive_agents([30, 60], 45, "en")
    [0, 1]
    """
    found = list(range(len(starts)))
    if language != "de":
        return found
    after = [k for k in found if starts[k] > auxiliary]
    found = after or found
    return found if len(found) == 1 else []
