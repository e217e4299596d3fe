"""The gender the narration shows for a name: the pronouns that follow it.

:func:`gender_after` reads, after one mention of a name outside quotations, the pronoun that
says who the name is: one its own clause owns ("Frank took his hat", "Emma found herself"),
else the first subject pronoun of its sentence or the next when the name opens a clause and no
other name comes between ("Kitty walked off, and as she went"). :func:`decide_gender` turns
the votes of every mention into a gender, or none when they disagree.
"""

from __future__ import annotations

import re
from collections import Counter

from .attribution import PREPOSITIONS, STOP_CAPS
from .gender_shown import kin_gender
from .verbs import RUSSIAN_VERBS, language

# What a name's own clause says of its gender: "Frank took his hat", "Emma found herself",
# "Emma shook her head" ("her" only before a word it owns: alone it is mostly an object, "he"
# and "she" mostly start a reported clause about someone else).
_OWN = (
    "own|head|hands?|eyes|face|voice|father|mother|sister|brother|aunt|uncle|husband|friends?|"
    "heart|mind|feelings|way|seat|work|hat|daughter|son|lips|arm|breath|cheeks?|spirits|side|"
    "place|room|letter|shoulders?|knees?|dress|bonnet"
)
_PRONOUN = re.compile(rf"\b(his|himself|herself|her (?:{_OWN}))\b")
_CLAUSE_END = re.compile(r"[,;:.!?“”\"]|\b(?:that|who|whom|which|if|when|as|but|and|to)\b")


def _clause_gender(text: str, end: int) -> str | None:
    """The gender a pronoun of the clause after a name shows, if one does (see _PRONOUN)."""
    window = text[end : end + 70]
    stop = _CLAUSE_END.search(window)
    clause = window[: stop.start()] if stop else window
    pronoun = _PRONOUN.search(clause)
    if pronoun is None:
        return None
    before = clause[: pronoun.start()]
    if re.search(r"\b[A-Z]", before) or _not_the_subject(before, pronoun.group()):
        return None  # another name may own it
    return _gender_of(pronoun.group())


def _not_the_subject(before: str, pronoun: str) -> bool:
    """Whether a pronoun after a name may well be someone else: a comparison ("more
    distressed than herself"), "his" after a preposition ("struck with his deference")."""
    last = before.split()[-1:]
    return last == ["than"] or (pronoun.lower() == "his" and bool(last) and last[0] in PREPOSITIONS)


def _gender_of(pronoun: str) -> str:
    return "M" if pronoun.lower() in ("he", "his", "himself") else "F"


_SUBJECT_PRONOUN = re.compile(rf"\b(?:[Hh]e|[Ss]he|[Hh]is|himself|herself|her (?:{_OWN}))\b")
_CLAUSE_OPENING = frozenset("and but when while as then though till until so".split())


def opens_clause(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a clause (after a sentence's end, a comma, "and",
    "when"...): where a subject stands ("Kitty walked off, and as she went")."""
    before = text[max(0, start - 12) : start]
    words = before.split()
    return (
        not before.strip()
        or before.rstrip()[-1] in ".!?;,:\n"
        or bool(words and words[-1] in _CLAUSE_OPENING)
    )


def _next_subject_gender(text: str, start: int, end: int) -> str | None:
    """The gender of the first "he", "she", "his" or "herself" after a name that opens a
    clause, in its sentence or the next, when no other name comes between ("Kitty walked off,
    and as she went"; "Bukharin overtook me in the corridor of the Smolny, threw his arms"):
    who goes on being the subject. Not for an owner ("Kitty's"), nor "with his" (whose?)."""
    if (
        not opens_clause(text, start)
        or text[:end].endswith(("’s", "'s"))
        or text.startswith(("’s", "'s"), end)
    ):
        return None
    window = re.split(r"[“”\"]|\n\s*\n", text[end : end + 200])[0]
    ends = [e.end() for e in re.finditer(r"[.!?](?=\s)", window)]
    window = window[: ends[1]] if len(ends) > 1 else window
    for pronoun in _SUBJECT_PRONOUN.finditer(window):
        between = window[: pronoun.start()]
        if any(w not in STOP_CAPS for w in re.findall(r"(?<!the )\b[A-Z][\w’']*", between)):
            return None  # another name ("the Smolny" is a place): "he" may be that person
        if not _not_the_subject(between, pronoun.group()):
            return _gender_of(pronoun.group())
    return None


def decide_gender(votes: Counter[str]) -> str | None:
    """The gender most votes say, if at least twice as many as the other."""
    if not votes:
        return None
    (top, n), *rest = votes.most_common()
    return top if not rest or n >= 2 * rest[0][1] else None


def gender_after(text: str, start: int, end: int) -> str | None:
    """The gender ("M" or "F") the pronouns after the name at ``start:end`` show, if any (or
    in Russian, the ending of its own past-tense verb: :func:`verb_gender`; in German, the
    pronouns of its sentence: :func:`german_gender`). A relation in apposition says it first
    ("her brother Ivan": :func:`~sourcecheck.extract.gender_shown.kin_gender`)."""
    kin = kin_gender(text, start, end)
    if kin is not None:
        return kin
    if language() == "de":
        if opens_clause(text, start) and text[end : end + 1] == " ":
            return german_gender(text, end) or german_next_gender(text, end)
        return german_gender(text, end)
    return (
        verb_gender(text, start, end)
        or _clause_gender(text, end)
        or _next_subject_gender(text, start, end)
    )


_DE_PRONOUN = re.compile(r"\b(er|sein(?:e[mnrs]?)?|sie|ihre[mnrs]?)\b")
_DE_SENTENCE = re.compile(r"[.!?;:»«“„\"]|\n\s*\n")


def german_gender(text: str, end: int) -> str | None:
    """The gender the first third-person pronoun of the German sentence after a name says,
    when no other person is joined to the name ("Gregor ... fand er sich", "Grete nahm ihre
    Schürze"): "er", "sein..." a man; "sie", "ihre..." a woman (or a plural: the votes of
    all mentions decide, :func:`decide_gender`). "ihr" alone is left out (to her, or you
    all), and so are "ihn" and "ihm": an object in the name's own clause is someone else
    (German says "sich" for oneself): "Anna sah ihn an" shows nothing of Anna.

    >>> t = "Als Gregor erwachte, fand er sich verwandelt. Grete nahm ihre Schürze."
    >>> german_gender(t, t.index("Gregor") + 6), german_gender(t, t.index("Grete") + 5)
    ('M', 'F')
    >>> german_gender("Gregor und Grete sahen sie an.", 6) is None
    True
    """
    window = text[end : end + 160]
    stop = _DE_SENTENCE.search(window)
    window = window[: stop.start()] if stop else window
    if re.match(r"\s*(?:und|oder|mit|,)\s", window):
        return None  # "Gregor und Grete ... sie": several people
    pronoun = _DE_PRONOUN.search(window)
    if pronoun is None:
        return None
    return "F" if pronoun.group(1).startswith(("sie", "ihr")) else "M"


def german_next_gender(text: str, end: int) -> str | None:
    """The gender the subject pronoun of the German sentence after the one a name opens
    says, when only function words come before it ("Kühlmann schwieg lange. Dann meinte er:")
    or it opens the sentence with a singular verb ("Gregor lag im Bett. Er hörte"): the name
    goes on being the subject. None if another capitalized word comes between."""
    stop = re.compile(r"[.!?;]\s").search(text, end, end + 200)
    if stop is None:
        return None
    rest = text[stop.end() - 1 :]
    opening = re.match(r"\s*(Er|Sie)\s+[a-zäöüß]+[^n\W]\b", rest)  # "Er hörte", not "Sie sahen"
    if opening is not None:
        return "M" if opening.group(1) == "Er" else "F"
    m = re.match(r"\s*((?:[A-ZÄÖÜ]?[a-zäöüß]+\s+){1,3}?)(er|sie)\b", rest)
    if m is None or any(w[0].isupper() and w not in _DE_OPENERS for w in m.group(1).split()):
        return None
    return "M" if m.group(2) == "er" else "F"


_DE_OPENERS = frozenset("Dann Da Nun Darauf Danach Endlich Schließlich Jetzt Plötzlich So".split())
"""Adverbs that open a German sentence before its verb and subject ("Dann meinte er")."""

_RU_VERB_AFTER = re.compile(r"[ \t\n]+(?:[а-яё]+[ \t\n]+)?([а-яё]+(?:л|ла|лся|лась))\b")
_RU_VERB_BEFORE = re.compile(r"\b([а-яё]+)[ \t]+$")


def verb_gender(text: str, start: int, end: int) -> str | None:
    """The gender a Russian past-tense verb of the name at ``start:end`` shows: the verb
    right after it, an adverb allowed between ("Анна встала", "Борис тихо ответил"), or a
    verb of saying right before it ("сказала Анна"): "-л" is a man, "-ла" a woman.

    >>> t = "Анна встала. — Да, — ответил Борис."
    >>> verb_gender(t, 0, 4), verb_gender(t, t.index("Борис"), len(t) - 1)
    ('F', 'M')
    """
    after = _RU_VERB_AFTER.match(text, end)
    if after is not None:
        return _ending_gender(after.group(1))
    before = _RU_VERB_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and before.group(1) in RUSSIAN_VERBS:
        return _ending_gender(before.group(1))
    return None


_RU_VERB_NEXT = re.compile(r"[\s,.!?…—–\-“”«»\"]*([а-яё]+)")


def verb_after_gender(text: str, end: int) -> str | None:
    """The gender a Russian verb of saying right after a quotation's words shows, whoever
    its subject ("— Это я, — ответила старушка.": a woman, even unnamed).

    >>> t = "— Это я, — ответила старушка."
    >>> verb_after_gender(t, t.index(",")), verb_after_gender("“Yes,” said Tom.", 5)
    ('F', None)
    """
    m = _RU_VERB_NEXT.match(text, end)
    if m is None or m.group(1) not in RUSSIAN_VERBS:
        return None
    return _ending_gender(m.group(1))


def _ending_gender(verb: str) -> str | None:
    if verb.endswith(("ла", "лась")):
        return "F"
    return "M" if verb.endswith(("л", "лся")) else None
