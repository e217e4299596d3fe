"""The people of a clause in the passive voice: the one after "by" acts, the others undergo.

:mod:`.roles` reads who acts in an active clause (a pronoun's case, an article's, a
preposition, the order) and left a passive clause unread, so a swap told in the passive went
unflagged: "In the spring the letters were sent by Boris to Anna" against "Im Frühling schickt
Anna die Briefe an Boris" (fresh111). A passive clause names its doer after the agent's
preposition ("by", "von", "durch") or, in Russian, in the instrumental case ("отправлены
Анной"); every other person of the clause undergoes (its subject: "Anna was told by Boris")
or is a preposition's object ("to Anna"). A passive clause that names no doer so ("the
letters were sent to Anna") is not read, as before.
"""

from __future__ import annotations

from collections.abc import Collection

from ..normalize import fold
from .morph_ru import cases

AGENT = {"en": frozenset({"by"}), "de": frozenset({"von", "vom", "durch"})}
"""The prepositions before a passive clause's doer."""
_DETERMINERS = frozenset(
    "the a an his her their my our your its der die das des dem den ein eine einem einen einer "
    "seinem seinen seiner ihrem ihren ihrer".split()
)
_OBJECT_PRONOUNS = {
    "en": frozenset("him her them me us".split()),
    "de": frozenset("ihm ihr ihnen mir uns ihn mich".split()),
}
"""Pronouns read after the agent's preposition ("by him", "von ihm"): the doer."""
_SUBJECT_PRONOUNS = {
    "en": frozenset("he she they i we".split()),
    "de": frozenset("er sie ich wir".split()),
    "ru": frozenset("он она они я мы".split()),
}
"""A passive clause's subject pronouns: they undergo."""


def passive_people(
    text: str, language: str, words: list[tuple[int, str]], people: Collection[int]
) -> list[tuple[int, bool]] | None:
    """(offset, doer) of the people of a passive clause (``words``: its (offset, word);
    ``people``: offsets of the words naming people): the doer after the agent's preposition
    (or a Russian instrumental), the rest undergoing; None when no doer is named so.

    >>> from sourcecheck.normalize import WORD_RE
    >>> t = "the letters were sent by Boris to Anna"
    >>> w = [(m.start(), m.group()) for m in WORD_RE.finditer(t)]
    >>> passive_people(t, "en", w, [t.index("Boris"), t.index("Anna")])
    [(25, True), (34, False)]
    >>> passive_people(t, "en", w[:4] + w[6:], [t.index("Anna")]) is None
    True
    """
    agents = AGENT.get(language, frozenset())
    pronouns = _OBJECT_PRONOUNS.get(language, frozenset())
    subjects = _SUBJECT_PRONOUNS.get(language, frozenset())
    found: list[tuple[int, bool]] = []
    for i, (at, word) in enumerate(words):
        key = fold(word)
        if (
            at not in people
            and key not in subjects
            and (
                key not in pronouns
                or not _after_agent(words, i, agents)
                or (i + 1 < len(words) and words[i + 1][0] in people)
            )
        ):
            continue  # "her letters", "by her brother": no person, unless "by her"
        if key in subjects:
            found.append((at, False))
        elif language == "ru":
            found.append((at, at in people and cases(word.lower()) == {"ablt"}))
        else:
            found.append((at, _after_agent(words, i, agents)))
    return found if any(doer for _, doer in found) else None


def _after_agent(words: list[tuple[int, str]], i: int, agents: frozenset[str]) -> bool:
    """Whether ``words[i]`` follows the agent's preposition, past its determiners."""
    j = i - 1
    while j >= 0 and fold(words[j][1]) in _DETERMINERS:
        j -= 1
    return j >= 0 and fold(words[j][1]) in agents
