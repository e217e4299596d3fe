"""The subject of the verb of saying that ends a lead-in, where the mention nearest the verb is
not it (for :func:`~sourcecheck.extract.sieves.cue_before`):

- the relative "who" whose clause holds the verb, however long ("Mr. Woodhouse, who being,
  according to his custom ..., said"): the phrase before it is the subject
  (:mod:`~sourcecheck.extract.leadins`), whatever the clause names;
- a description of a person that acts as its clause's subject, followed by a past tense: "the
  boy crossed over; and walking close up to Oliver, said," (the boy, not Oliver); "and his
  father gave his hearty support by calling out," (his father, not the "he" of a clause
  before); "His wife gave him a look ...; and, while he was coming round, added," (his wife:
  "he" is the subject of the subordinate clause only);
- never a name or a description governed by a preposition or a participle: "and turning to
  Emma, said," is said to Emma, by someone else;
- and a subordinate clause of time after the verb is left out of the lead-in: "called out as
  she entered the library," "saying to herself, while Harriet was puzzling over the paper,"
  (:func:`before_trailing_clause`): the verb's subject is before it, not in it.
"""

from __future__ import annotations

import re

from .attribution import PREPOSITIONS, SUBORDINATORS
from .clauseroles import past_tense
from .cue import Token
from .descriptions import head_noun
from .mentions import mention_at

RELATIVE_REACH = 40
"""How many tokens before the verb of saying its relative pronoun may stand (an aside or two:
"Mr. Woodhouse, who being, according to his custom ..., was ending with her--and ... said")."""
_SUBJECTS = frozenset("he she i we they".split())
_ACTING_DETERMINERS = frozenset("the a an his her".split())
_AUXILIARIES = frozenset("was were had".split())
MAX_ASIDE = 8
"""Words of an aside between commas after a subject ("His son, too well bred to hear the
hint, rose")."""


def relative_who(tokens: list[Token], v: int) -> int | None:
    """The index of the relative "who" whose clause holds the verb at ``v``: no subject
    pronoun, clause break nor subordinate clause with a subject of its own stands between
    them ("Mr. Woodhouse, who being, according to his custom ..., said"; not "Jane, who was
    not so light, lagged behind, while her sister ... cried out").

    >>> from sourcecheck.extract.cue import tokenize
    >>> t = "they were met by the butler, who said,"
    >>> relative_who(tokenize(t, 0, len(t)), 8)
    7
    """
    reach = range(v - 1, max(-1, v - RELATIVE_REACH), -1)
    r = next((k for k in reach if _stops(tokens[k]) or _subordinate(tokens, k)), None)
    return r if r is not None and tokens[r].text.lower() == "who" else None


def _stops(token: Token) -> bool:
    """A relative pronoun, a subject pronoun, a subordinating word or a clause break: where
    looking back for the relative clause of a verb ends ("Jane, who was not so light, soon
    lagged behind, while her sister ... cried out,": the relative clause ended before)."""
    word = token.text.lower()
    return word in _SUBJECTS or word in (";", ".", "!", "?", "who")


def _subordinate(tokens: list[Token], k: int) -> bool:
    """Whether a subordinate clause with a person for subject opens at ``k`` ("while her
    sister, panting for breath, came up": the relative clause before it has ended; not
    "which though it spoke compassion")."""
    if tokens[k].text.lower() not in SUBORDINATORS or k + 1 >= len(tokens):
        return False
    found = mention_at(tokens, k + 1)
    if found is None:
        return False
    return found[0] == "name" or head_noun(tokens[found[1] - 1].text) is not None


def acting_end(tokens: list[Token], m: int, end: int) -> int | None:
    """Where the description at ``m`` (read by :func:`~.mentions.mention_at` up to ``end``)
    ends when it names a person and acts as its clause's subject: a determiner ("the",
    "his"...), a person's noun, then (past adverbs and an aside between commas) a past tense
    ("the boy crossed over": "the boy"; "His son, too well bred ..., rose"); else None.

    >>> from sourcecheck.extract.cue import tokenize
    >>> t = "and the boy crossed over"
    >>> acting_end(tokenize(t, 0, len(t)), 1, 5)
    3
    >>> t = "and her mutterings were low"
    >>> acting_end(tokenize(t, 0, len(t)), 1, 3) is None
    True
    """
    if tokens[m].text.lower() not in _ACTING_DETERMINERS:
        return None
    noun = next((k for k in range(m + 1, end) if head_noun(tokens[k].text) is not None), None)
    if noun is None:
        return None
    after = _past_aside(tokens, noun + 1)
    if after >= len(tokens) or tokens[after].kind != "w":
        return None
    word = tokens[after].text
    return noun + 1 if past_tense(word) or word in _AUXILIARIES else None


def _past_aside(tokens: list[Token], j: int) -> int:
    """The index past adverbs in -ly and an aside between commas from ``j``."""
    if j < len(tokens) and tokens[j].text == ",":
        close = next(
            (k for k in range(j + 1, min(len(tokens), j + MAX_ASIDE + 2)) if tokens[k].text == ","),
            None,
        )
        if close is not None and all(t.kind == "w" for t in tokens[j + 1 : close]):
            j = close + 1
    while j < len(tokens) and tokens[j].text.endswith("ly") and tokens[j].kind == "w":
        j += 1
    return j


def governed(tokens: list[Token], m: int) -> bool:
    """Whether the mention at ``m`` is a preposition's or a participle's object ("turning to
    Emma", "taking Harriet's hand"), not a subject."""
    before = tokens[m - 1].text.lower() if m else ""
    participle = before.endswith("ing") and tokens[m - 1].kind == "w"
    return before in PREPOSITIONS or (participle and not _noun_in_ing(tokens, m - 1))


_NOUN_OPENERS = frozenset("the a an this that his her its their our my your every each".split())
MAX_NOUN_WORDS = 3
"""Words from a determiner to the word in -ing it makes a noun ("the third sitting")."""


def _noun_in_ing(tokens: list[Token], i: int) -> bool:
    """Whether the word in -ing at ``i`` is a noun its determiner opens ("At the third sitting
    the chief delegate said:", "In the evening the mayor said:"), not a participle whose
    object follows ("taking Harriet's hand")."""
    for k in range(i - 1, max(-1, i - 1 - MAX_NOUN_WORDS), -1):
        if tokens[k].kind != "w":
            return False
        if tokens[k].text.lower() in _NOUN_OPENERS:
            return True
    return False


_TRAILING = re.compile(
    r"(?:,\s*|\s+)(?:as|while|whilst|when|till|until)\s+(?:he|she|they|I|we|the\s+\w+|[A-Z]\w+)"
    r"\b[^,;:“”\"]{1,120},?\s*$"
)


def before_trailing_clause(text: str, start: int, end: int) -> int | None:
    """Where the lead-in ``text[start:end]`` ends without the subordinate clause of time that
    follows its verb of saying ("called out as she entered the library,"; "saying, as she
    quitted the room,"), if one does.

    >>> t = "and hurrying to her husband, called out as she entered the library, "
    >>> t[: before_trailing_clause(t, 0, len(t))]
    'and hurrying to her husband, called out'
    """
    m = _TRAILING.search(text, start, end)
    return m.start() if m is not None else None
