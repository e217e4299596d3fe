"""Lead-ins whose verb of saying has its subject somewhere :func:`sieves.cue_before` does not
look: a name heard saying ("she heard Harriet say,"), a relative clause ("Lydia, who, flying to
her, cried"), a participle between name and verb ("Jane taking out the letter, said,"), a
passive ("when thus accosted by Miss Bingley,"), an infinitive with "for" ("for Frank
Churchill to draw near her and say,") and a chain of auxiliaries ("that Emma could not help
saying,"). Each names the speaker more surely than the clause's first pronoun or noun, so
:mod:`beside` asks these first."""

from __future__ import annotations

import re

from . import lexicon, verbs
from .attribution import STOP_CAPS
from .clauses import ADVERBS, MAX_ADVERBIAL, adverbial, is_noun_use, tail_ok
from .cue import Cue, Token, tokenize
from .leadsubject import relative_who
from .mentions import mention_at, names_one
from .verbs import is_finite, is_speech_verb

PERCEIVING = frozenset(
    "hear heard hears hearing overheard saw see sees seeing let lets made make makes bid bade "
    "watched felt".split()
)
"""Verbs whose object is the subject of the bare verb after it: "heard Harriet say"."""
CHAIN = frozenset(
    "could would should might must can will shall did do does not never help only just then "
    "also once ventured began begin begins proceeded continued to".split()
)
"""Words between a subject and its verb of saying in one verb chain: "could not help saying"."""
CLAUSE_AFTER = frozenset("um damit dass daß als weil ohne indem wobei während чтобы когда".split())
"""Words opening a clause of purpose or time after the speaker: "flüsterte die Schwester, um"."""
_PLACES = frozenset("in at on into onto near inside outside across through".split())
"""Prepositions of place: the description after one is where, not who ("in the landing
place, who")."""
MAX_OWNED_GERUND = 8
"""Words between an owner's first gerund and the one of saying: "Mr. Woodhouse's giving a
gentle sigh, and saying"."""
_BETWEEN = frozenset("next then again now suddenly presently".split())
"""Adverbs between a heard person and the verb: "heard Frank Churchill next say"."""
MAX_FOR = 14
"""Words between "for X to" and the verb: "for Darcy to leave her, or to refrain from saying"."""
_ENDED = re.compile(r"[.!?…][”\"’)\]]*\s*$")


def cue_in_leadin(text: str, start: int, end: int) -> Cue | None:
    """The speaker of the verb of saying that ends ``text[start:end]``, when one of the
    structures of this module names it.

    >>> t = "till after a minute's silence she heard Harriet say in a very serious tone, “"
    >>> cue_in_leadin(t, 0, len(t) - 1).words
    'Harriet'
    """
    if _ENDED.search(text[start:end]):
        return None
    tokens = tokenize(text, start, end)
    while tokens and tokens[-1].kind == "p":
        tokens.pop()
    last = len(tokens) - 1
    for v in range(last, max(-1, last - 4 - MAX_ADVERBIAL), -1):
        if not is_speech_verb(tokens, v) or is_noun_use(tokens, v) or _after_article(tokens, v):
            continue
        found = _passive(tokens, v) or _before_purpose(tokens, v) or _russian_subject(tokens, v)
        if found is None and not (tail_ok(tokens, v + 1) or adverbial(tokens[v + 1 :])):
            return None  # ("say in a very serious tone,": a phrase of manner, no comma)
        rules = (_perceived, _relative, _participle, _infinitive_for, _chain_subject, _owner)
        for rule in rules:
            found = found or rule(tokens, v)
        if found is None:
            return None
        m, (kind, after) = found
        stop = tokens[after - 1].end - 2 * tokens[after - 1].text.endswith(("’s", "'s"))
        words = text[tokens[m].start : stop]  # (without the owner's "'s")
        return Cue(words, kind, tokens[m].start, stop, tokens[v].text, (start, end))
    return None


Found = tuple[int, tuple[str, int]]


def _after_article(tokens: list[Token], v: int) -> bool:
    """ "in a half whisper": a noun after an article and one more word (not a name: "heard
    the Rabbit say")."""
    named = tokens[v - 1].text[:1].isupper() if v else False
    return v >= 2 and tokens[v - 2].text.lower() in ("a", "an", "the") and not named


def _person_ending(tokens: list[Token], end: int, *, reach: int = 6) -> Found | None:
    """A name or description that ends right before token ``end``."""
    for m in range(max(0, end - reach), end):  # the longest first: "Frank Churchill"
        found = mention_at(tokens, m)
        if found is not None and found[1] == end and found[0] in ("name", "description"):
            return m, found
    return None


def _perceived(tokens: list[Token], v: int) -> Found | None:
    """ "heard Harriet say", "heard Frank Churchill almost immediately afterwards say": the
    verb right after a person who is the object of a verb of perceiving (not "heard her
    say": who "her" is, the resolver of a subject pronoun does not know)."""
    end = v
    while end > max(0, v - 4) and _between(tokens[end - 1].text.lower()):
        end -= 1
    found = _person_ending(tokens, end)
    if found is None or not found[0] or tokens[found[0] - 1].text.lower() not in PERCEIVING:
        return None
    return found


def _between(word: str) -> bool:
    """An adverb between a heard person and the verb ("next", "almost immediately")."""
    return word in _BETWEEN or word in ADVERBS or word.endswith("ly")


def _relative(tokens: list[Token], v: int) -> Found | None:
    """ "Lydia, who, flying to her, cried": the name before ", who" (a phrase of place may
    stand between: "met Maria in the landing place, who ... cried out"), or a description
    right before it that is no place ("met by the butler, who said"; "to the satisfaction of
    the public character: who ... said"), when the verb is the relative clause's however long
    (:func:`~.leadsubject.relative_who`)."""
    who = relative_who(tokens, v)
    if who is None or who < 2 or tokens[who - 1].text not in ",:":
        return None
    for end in range(who - 1, max(0, who - 6), -1):
        found = _person_ending(tokens, end)
        if found is None:
            continue
        person = end == who - 1 and tokens[found[0] - 1].text.lower() not in _PLACES
        if found[1][0] == "name" or names_one(tokens, *found) or person:
            return found  # ("at the White Rabbit, who said": a description used as a name)
    return None


def _participle(tokens: list[Token], v: int) -> Found | None:
    """ "Jane taking out the letter, said,": a name opening its clause, a participle phrase,
    a comma, the finite verb."""
    if not v or tokens[v - 1].text != "," or not is_finite(tokens, v):
        return None
    for m in range(v - 2, max(-1, v - 10), -1):
        found = mention_at(tokens, m)
        if found is None or found[0] != "name" or found[1] >= v - 1:
            continue
        opens = m == 0 or tokens[m - 1].kind == "p"
        if opens and tokens[found[1]].text.endswith("ing"):
            return m, found
    return None


def _passive(tokens: list[Token], v: int) -> Found | None:
    """ "when thus accosted by Miss Bingley,": the agent of a passive verb of saying."""
    if v + 2 >= len(tokens) or tokens[v + 1].text != "by" or not tokens[v].text.endswith("ed"):
        return None
    found = mention_at(tokens, v + 2)
    return (v + 2, found) if found is not None and found[1] == len(tokens) else None


def _infinitive_for(tokens: list[Token], v: int) -> Found | None:
    """ "for Frank Churchill to draw near her and say,": the person after "for" whose
    infinitive the verb goes on."""
    if tokens[v - 1].text.lower() not in ("to", "and") and not tokens[v].text.endswith("ing"):
        return None
    for k in range(v - 2, max(0, v - 2 - MAX_FOR), -1):
        if tokens[k].text.lower() != "for":
            continue
        found = mention_at(tokens, k + 1)
        if found is not None and found[0] == "name" and tokens[found[1]].text == "to":
            return k + 1, found
        return None
    return None


def _owner(tokens: list[Token], v: int) -> Found | None:
    """ "without Mr. Woodhouse's giving a gentle sigh, and saying,": the possessive name before
    the first of two gerunds joined by "and"."""
    if not tokens[v].text.endswith("ing") or tokens[v - 1].text.lower() != "and":
        return None
    for k in range(v - 2, max(0, v - 2 - MAX_OWNED_GERUND), -1):
        word = tokens[k].text
        if word.endswith("ing") and tokens[k - 1].text.endswith(("’s", "'s")):
            end = k - 1
            m = end
            while m > 0 and (tokens[m - 1].kind == "title" or tokens[m - 1].text[:1].isupper()):
                m -= 1
            named = tokens[m].kind == "title" or tokens[m].text not in STOP_CAPS
            return (m, ("name", end + 1)) if named and tokens[m].text[:1].isupper() else None
    return None


def _chain_subject(tokens: list[Token], v: int) -> Found | None:
    """ "that Emma could not help saying,": the name right before the verb's chain of
    auxiliaries; in German, the subject before "aber", "nun", "leise" ("die Schwester aber
    flüsterte:")."""
    german = lexicon.between_verb_and_subject("de") if verbs.language() == "de" else frozenset()
    k = v - 1
    while k >= 0 and (tokens[k].text.lower() in CHAIN or tokens[k].text.lower() in german):
        k -= 1
    if k == v - 1:
        return None
    found = _person_ending(tokens, k + 1)
    kinds = ("name", "description") if german else ("name",)
    return found if found is not None and found[1][0] in kinds else None


def _russian_subject(tokens: list[Token], v: int) -> Found | None:
    """ "Андрей сказал Пьеру:": in Russian the name opening the clause before the verb is its
    subject; a name after the verb there is whom it was said to (a dative, "Пьеру")."""
    if verbs.language() != "ru":
        return None
    found = _person_ending(tokens, v)
    if found is None or found[1][0] != "name":
        return None
    m = found[0]
    return found if m == 0 or tokens[m - 1].kind == "p" else None


def _before_purpose(tokens: list[Token], v: int) -> Found | None:
    """ "flüsterte die Schwester, um Gregor zu verständigen:": the subject after the verb, then
    a clause of purpose or time after a comma (its "Gregor" is nobody's speaker)."""
    j = v + 1
    while j < len(tokens) and tokens[j].text.lower() in lexicon.between_verb_and_subject(
        verbs.language()
    ):
        j += 1  # "flüsterte nun die Schwester", "cried poor Oliver"
    found = mention_at(tokens, j)
    if found is None or found[0] not in ("name", "description") or found[1] + 1 >= len(tokens):
        return None
    after = tokens[found[1]].text == "," and tokens[found[1] + 1].text.lower() in CLAUSE_AFTER
    return (j, found) if after and is_finite(tokens, v) else None


def cue_with_epithet(text: str, start: int, end: int) -> Cue | None:
    """ "” inquired poor Oliver.": a verb of saying after the quotation, a lower-case epithet
    (:data:`lexicon.EPITHETS`), then the speaker's name (:func:`sieves.cue_after` reads a
    lower-case word there as no speaker).

    >>> t = "” inquired poor Oliver."
    >>> cue_with_epithet(t, 1, len(t)).words
    'Oliver'
    """
    tokens = tokenize(text, start, min(end, start + 200))
    i = 0
    while i < len(tokens) and tokens[i].kind == "p" and tokens[i].text in ",—–-;":
        i += 1
    if not is_speech_verb(tokens, i) or not is_finite(tokens, i):
        return None
    if i + 2 >= len(tokens) or tokens[i + 1].text not in lexicon.EPITHETS:
        return None
    found = mention_at(tokens, i + 2)
    if found is None or found[0] != "name":
        return None
    first, last = tokens[i + 2], tokens[found[1] - 1]
    words = text[first.start : last.end]
    return Cue(words, "name", first.start, last.end, tokens[i].text, (start, end))
