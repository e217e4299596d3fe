"""What may stand between a verb of saying and the quotation it introduces: a phrase of
manner ("added, with an air of grave reflection,"), an object ("asked her"), "to" someone
("said to Emma"); and when the verb is a noun ("in reply", "a whisper"). :mod:`sieves` and
:mod:`leadins` both ask these before taking a lead-in's verb for the quotation's."""

from __future__ import annotations

from ..facts.dates import MONTHS
from .attribution import PREPOSITIONS
from .cue import Token
from .mentions import DETERMINERS, OBJECTS, mention_at, names_one
from .verbs import PARTICLES, PAST

ADVERBS = frozenset(
    "then again now soon still just only even at once last length thus afterwards afterward "
    "presently aloud yesterday today".split()
)


REFLEXIVES = frozenset("myself yourself himself herself itself ourselves themselves".split())
_TO_WHOM = REFLEXIVES | {"him", "her", "them"}
"""Whom "to" may name after a verb of saying ("said to her,"); "wrote to me:" is left to the
lead-ins before a colon (colonleads.py), which find the subject a subordinate clause hides
("When I came back, a German official of high standing wrote to me:")."""


def tail_ok(tokens: list[Token], i: int) -> bool:
    """Whether what follows a verb of saying up to the opening mark may end its clause: an
    adverb, a particle, an object pronoun, "to" someone ("asked her", "said to Emma")."""
    j = i
    while j < len(tokens):
        tok, word = tokens[j], tokens[j].text.lower()
        if j == i and word in DETERMINERS and 2 <= len(tokens) - j <= 3:
            return True  # "scolding her guest:", "told the company:"
        if word in PREPOSITIONS and 2 <= len(tokens) - j <= 4 and word != "to":
            return True  # "said in reply,", "added with a smile:"
        if word in PREPOSITIONS and word != "to" and then_manner(tokens, j):
            return True  # "said in reply, with a good-humoured smile,"
        if j and tokens[j - 1].text.lower() in ("on", "in") and _a_date(tokens[j:]):
            return True  # "said on May 4, 2025, that “" ("on" read as a particle or not)
        if word in ("with", "by") and j == len(tokens) - 1:
            return True  # "he began with,"
        if j > i and tokens[j - 1].kind == "p" and adverbial(tokens[j:]):
            return True  # "added, with an air of grave reflection,"
        if (
            tok.kind == "p"
            or word in PARTICLES
            or word in OBJECTS
            or word in ADVERBS
            or word.endswith("ly")
            or word in ("very", "quite", "rather", "most")
        ):
            j += 1
        elif word == "to" and j + 1 < len(tokens) and tokens[j + 1].text.lower() in _TO_WHOM:
            j += 2  # "say to itself,", "said to her,"
        elif word == "to" and j + 1 < len(tokens) and mention_at(tokens, j + 1) is not None:
            found = mention_at(tokens, j + 1) or ("", j + 2)
            if found[0] == "description" and not names_one(tokens, j + 1, found):
                return False  # (but "said to the Knave":)
            after = found[1]
            j = after
        else:
            return False
    return True


def then_manner(tokens: list[Token], j: int) -> bool:
    """A short phrase from ``j`` ("in reply"), a comma, then a phrase of manner."""
    comma = next((k for k in range(j + 1, min(j + 4, len(tokens))) if tokens[k].text == ","), 0)
    return comma > 0 and adverbial(tokens[comma + 1 :])


INTENSIFIERS = frozenset("very quite rather so too most".split())
"""Adverbs before the adverb or phrase they strengthen: "very nearly in the same words"."""
MAX_ADVERBIAL = 10
"""Words of a phrase of manner between a verb of saying and the quotation."""


def adverbial(tokens: list[Token]) -> bool:
    """Whether the words after a comma or a dash up to the quotation are a phrase of manner:
    "with a smile", "as if quite another subject", "in the same half-whisper to Jane" (a
    preposition first, no pronoun subject of a new clause after it)."""
    words = [t.text.lower() for t in tokens if t.kind != "p"]
    while len(words) > 1 and (words[0].endswith("ly") or words[0] in INTENSIFIERS):
        words = words[1:]  # "very nearly in the same words as before"
    if not words or len(words) > MAX_ADVERBIAL:
        return False
    starts = words[0] in PREPOSITIONS or words[:2] in (["as", "if"], ["as", "though"])
    return starts and not any(w in ("he", "she", "i", "they", "we") for w in words[1:])


def is_noun_use(tokens: list[Token], v: int) -> bool:
    """ "in reply", "a whisper": a verb of saying used as a noun."""
    before = tokens[v - 1].text.lower() if v else ""
    if tokens[v].text.endswith("ing") and before not in DETERMINERS:
        return False  # "of whispering,": a gerund that says someone spoke
    if before == "to":
        return False  # "he proceeded to say,": an infinitive
    article = v >= 3 and tokens[v - 2].text.lower() in ("a", "an", "the")
    finite = tokens[v].text.lower() in PAST or tokens[v].text.endswith("ed")
    if article and tokens[v - 3].text.lower() in PREPOSITIONS and not finite:
        return True  # "in a half whisper", "with a low cry" (not "of the delegates wrote")
    if v >= 2 and tokens[v - 2].text.lower() in ("a", "an"):  # "a good-humoured smile"
        return "-" in before or before.endswith(("ed", "ful", "ous", "ish"))
    return before in PREPOSITIONS or before in DETERMINERS


def _a_date(tokens: list[Token]) -> bool:
    """Whether ``tokens`` are a date and nothing else: a month name, then only punctuation
    (the day and year are numbers, which are no tokens: "May 4, 2025")."""
    return (
        bool(tokens) and tokens[0].text.lower() in MONTHS and all(t.kind == "p" for t in tokens[1:])
    )
