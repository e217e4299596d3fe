"""Person words that a clause names without giving them the role their place suggests: the
one perceived or caused to act ("Gregor could hear his mother express her joy"), and a name
after a title ("Frau Samsa"), who is the titled person, not a second one.

"Gregor could hear his mother express her joy" tells what the mother did: she is the doer of
"express", not undergoing what Gregor does, and a rendering that has her act ("Mit Ausrufen
erregter Freude kam die Mutter auch heran") says what the quote says. A person after a verb
of perception or of causing ("hear", "see", "watch", "let", "make") and before another verb
is read as neither doer nor undergoer of the clause (:func:`.roles.clause_people`). A person
word right after a title that is a person word itself ("Frau Samsa", "Mrs. Samsa") is the
same person: read as two, the second, unmarked, would be taken for the one undergoing.

Limits: the titles are forms of address ("Mr.", "Frau", "господин"), not ranks or offices
("General Hoffmann", "King Charles": the other side often names that person by the name
alone, and a name read away would lose them; :mod:`..extract.titles` has those); perception
in English only (a German "hörte die Mutter rufen" has the infinitive at the clause's end,
the accusative marking the mother as no doer, as a plain object); the word after the person
is not checked to be a verb, only to be no preposition, determiner or conjunction, and to be
there ("Gregor saw his father." keeps the father undergoing).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from ..normalize import WORD_RE, fold

_PERCEIVING = {
    "en": frozenset(
        "hear hears heard hearing see sees saw seen seeing watch watches watched watching "
        "feel feels felt feeling notice notices noticed noticing let lets letting make makes "
        "made making".split()
    )
}
_TITLES = {  # forms of address before a name
    "en": frozenset("mr mrs miss ms dr sir madam lady lord".split()),
    "de": frozenset("herr herrn frau fraulein dr".split()),
    "ru": frozenset("господин господина госпожа госпожи".split()),
}


def perceived(
    words: list[tuple[int, str]],
    i: int,
    language: str,
    skipped: Collection[str],
    closing: Collection[str],
) -> bool:
    """Whether the person word ``words[i]`` follows a verb of perception or causing (past the
    folded determiners ``skipped``, "his") and comes before another word of its clause that is
    none of ``closing`` (prepositions, conjunctions): "hear his mother express her joy"."""
    verbs = _PERCEIVING.get(language)
    if verbs is None or i + 1 >= len(words) or fold(words[i + 1][1]) in closing:
        return False
    j = i - 1
    while j >= 0 and fold(words[j][1]) in skipped:
        j -= 1
    return j >= 0 and fold(words[j][1]) in verbs


def untitled(text: str, people: Mapping[int, int], language: str) -> dict[int, int]:
    """``people`` (offset of a person word -> the person) without the words right after a
    title that is a person word itself ("Frau Samsa", "Mrs. Samsa": one person, read at the
    title)."""
    titles = _TITLES.get(language, frozenset())
    ends = {
        m.end(): at
        for at in people
        if (m := WORD_RE.match(text, at)) is not None and fold(m.group()) in titles
    }
    return {
        at: who
        for at, who in people.items()
        if not any(text[end:at].replace(".", " ").isspace() for end in ends if end < at)
    }
