"""English "one" that is a pronoun, not a count: "the one that most users prefer", "this one",
"the best one"; and "one" against the article that says the same count ("one reason" / "a
reason").

The word matcher reads every "one" in words as the number 1, so "The one that most users
prefer is called apt" against "The tool that most users prefer ..." was flagged ``number``
("one" -> "tool"), and "The best mirror is the one in your country" against "... the mirror in
your country" too: a reader sees a changed figure where there is none. After a determiner
("the", "this", "that", "which", "each", "every", "any", "such", "another", "other") or after
one with an adjective between ("the best one", "the new one"), "one" stands for a noun named
before, as German "der eine" and Russian "тот" do (neither is read as a number). A count is
"one" alone or with its noun ("one disk"), or after an adjective that counts ("the only one").
A lone "one" against "a" or "an" ("one reason" / "a reason") is the same count. "one" against
"two" still differs, as does "the one" against "the two", whose "two" is a count.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..facts.languages import read_word_numbers

_DETERMINERS = frozenset("the this that which each every any such another other".split())
"""Words after which "one" is a pronoun ("the one", "which one", "the other one")."""
_COUNTING = frozenset("only single sole lone".split())
"""Adjectives that count: "the only one" says that there is one."""
_ARTICLES = frozenset({"a", "an"})


def pronoun_one(words: Sequence[str], i: int) -> bool:
    """Whether the folded token ``words[i]`` is English "one" as a pronoun (see the module).

    >>> w = "the best one is the one that works".split()
    >>> pronoun_one(w, 2), pronoun_one(w, 5)
    (True, True)
    >>> w = "the only one and one disk".split()
    >>> pronoun_one(w, 2), pronoun_one(w, 4)
    (False, False)
    """
    if words[i] != "one" or not i:
        return False
    before = words[i - 1]
    if before in _DETERMINERS:
        return True
    return (
        i >= 2
        and words[i - 2] in _DETERMINERS
        and before not in _COUNTING
        and not read_word_numbers([before], "en")
    )


def counted(
    words: Sequence[str],
    ids: Sequence[int],
    other: Sequence[str],
    language: str | None,
) -> list[float]:
    """The values of the numbers the words ``words[i]`` for ``i`` in ``ids`` (a run of the
    alignment) state, in ``language``: without an English pronoun "one", nor a lone "one"
    where the other side's run (``other``) says "a" or "an" instead."""
    run = [words[i] for i in ids]
    numbers = read_word_numbers(run, language)
    if language not in (None, "en"):
        return [float(n.value) for n in numbers]
    article = bool(_ARTICLES & set(other)) and "one" not in other
    return [
        float(n.value)
        for n in numbers
        if not (
            n.first == n.last
            and run[n.first] == "one"
            and (pronoun_one(words, ids[n.first]) or article)
        )
    ]
