"""Lead-ins ending in a colon in memoir and history prose, whose speaker stands where the
sieves beside a quotation (:mod:`sourcecheck.extract.sieves`) do not look:

- the agent of a passive: "was characterised by the satirical Kiderlen-Waechter in the
  following terms:";
- the sentence's subject, with words between the verb and the colon ("A German official of
  high standing said to me in the spring of 1918:"), a relative clause or a first verb between
  subject and verb ("The German prince, who mistook X for someone else, said to him during
  dinner:", "the Emperor hesitated a moment and then said:", "made the following remark:");
- the subject again for a pronoun opening the sentence's second clause ("A professor from the
  University had warmly praised the book to me, but he went on to say:": he is the professor);
- the keeper of the document a lead-in names when its words are "the following" ("I find the
  following noted in my diary:": the author, whose diary it is; "in Hoffmann's notes").

A colon announces the words that follow, so these hold in prose where a novel's dialogue rarely
puts one; they are asked only for a lead-in ending in a colon.
"""

from __future__ import annotations

import re

from ..models import Span
from . import verbs
from .attribution import DETERMINERS, DOCUMENT_NOUNS, PREPOSITIONS
from .clauses import is_noun_use
from .cue import Cue, Token, tokenize
from .mentions import mention_at
from .verbs import is_speech_verb

# "in the following terms", "as follows", "thus", "in these words": what a passive's agent
# may be followed by before the colon.
_AGENT_TAIL = re.compile(
    r"(?:in\s+(?:the\s+following|these|those|such)\s+(?:terms|words|manner|way)|as\s+follows"
    r"|thus|so)?",
    re.IGNORECASE,
)
# "made the following characteristic remark:": a verb giving words that follow.
_FOLLOWING = re.compile(
    r"(?:remark|remarks|words|statement|observation|answer|reply|comment|declaration)",
    re.IGNORECASE,
)
_AUXILIARIES = frozenset("was were is are had has have".split())
_RELATIVE = frozenset("who whom whose which".split())
_SECOND_CLAUSE = frozenset("but and ,".split())
_SUBJECT_PRONOUNS = frozenset("he she".split())
_MAX_TAIL = 10  # words between the verb and the colon ("to me in the spring of 1918")
_MAX_ADJECTIVES = 3
_PARTICLES = frozenset("up out down forth".split())


def colon_cue(text: str, leadin: Span | None, cue: Cue | None) -> Cue | None:
    """The cue for a lead-in ending in a colon: ``cue`` (the sieves' own, or None) unless it
    misses the speaker, reads as a pronoun what the sentence's subject explains, or stands in
    a relative clause between the subject and its verb or names "the following remark".

    >>> t = "An official of high standing said to me in the spring of 1918:"
    >>> colon_cue(t, Span(0, len(t)), None).words
    'An official'
    >>> t = "It was characterised by the satirical Kiderlen-Waechter in the following terms:"
    >>> colon_cue(t, Span(0, len(t)), None).words
    'Kiderlen-Waechter'
    """
    if verbs.language() != "en":  # its words (who, by, he, "the following") are English
        return cue
    if leadin is None or not leadin.slice(text).rstrip().endswith(":"):
        return cue
    tokens = tokenize(text, leadin.start, leadin.end)
    while tokens and tokens[-1].kind == "p":
        tokens.pop()
    if len(tokens) < 2:
        return cue
    better = _passive_agent(text, tokens, leadin) if cue is None else None
    found = better or _subject(text, tokens, leadin, cue) or cue
    if found is not None and found.words.lower().startswith("the following"):
        return _document_keeper(text, leadin, found) or found  # "the following" is no one
    return found


# "my diary", "our minutes", "Hoffmann's notes": a document and whose it is.
_OWN_DOCUMENT = re.compile(
    r"\b(?:(?P<my>[Mm]y|[Oo]ur)|(?P<name>[A-Z][\w\-]+)[’']s)\s+(?:[a-z]+\s+){0,2}?"
    rf"(?:{DOCUMENT_NOUNS})\b"
)


def _document_keeper(text: str, leadin: Span, cue: Cue) -> Cue | None:
    """Whose document the lead-in names, when what it says is quoted is no one ("I find the
    following noted in my diary:"): "my" is the author (a cue of kind ``first``), "X's" is X.

    >>> t = "I find the following noted in my diary:"
    >>> cue = Cue("the following", "description", 7, 20, "noted", (0, len(t)))
    >>> c = _document_keeper(t, Span(0, len(t)), cue); (c.words, c.kind)
    ('my', 'first')
    """
    m = _OWN_DOCUMENT.search(text, leadin.start, leadin.end)
    if m is None:
        return None
    group = "my" if m.group("my") else "name"
    kind = "first" if group == "my" else "name"
    clause = (leadin.start, leadin.end)
    return Cue(m.group(group), kind, m.start(group), m.end(group), cue.verb, clause)


def _passive_agent(text: str, tokens: list[Token], leadin: Span) -> Cue | None:
    """ "characterised by the satirical Kiderlen-Waechter in the following terms": the name
    after "by", a past participle before it, nothing but a manner of words after it."""
    by = max((i for i, t in enumerate(tokens) if t.text.lower() == "by"), default=None)
    if by is None or by < 2:
        return None
    p = by - 1 - (tokens[by - 1].text.lower() in _PARTICLES)  # "summed up by"
    if not tokens[p].text.lower().endswith(("ed", "en")):
        return None
    k = by + 1
    if k < len(tokens) and tokens[k].text.lower() == "the":
        k += 1
        while k < by + 2 + _MAX_ADJECTIVES and k < len(tokens) and tokens[k].text.islower():
            k += 1
    found = mention_at(tokens, k)
    if found is None or found[0] != "name":
        return None
    tail = text[tokens[found[1] - 1].end : leadin.end].strip().rstrip(":").strip()
    if not _AGENT_TAIL.fullmatch(tail):
        return None
    words = text[tokens[k].start : tokens[found[1] - 1].end]
    verb = tokens[p].text
    return Cue(
        words, "name", tokens[k].start, tokens[found[1] - 1].end, verb, (leadin.start, leadin.end)
    )


def _verb(tokens: list[Token]) -> int | None:
    """The verb of saying the lead-in ends with: its last one, with at most :data:`_MAX_TAIL`
    words after it; or the verb before "the following remark"."""
    last = len(tokens) - 1
    for v in range(last, max(-1, last - _MAX_TAIL - 1), -1):
        if is_speech_verb(tokens, v) and not is_noun_use(tokens, v):
            return v
        if (
            _FOLLOWING.fullmatch(tokens[v].text)
            and v == last
            and any(t.text.lower() == "following" for t in tokens[max(0, v - 3) : v])
        ):
            f = next(i for i in range(v - 1, -1, -1) if tokens[i].text.lower() == "following")
            return f - 2 if f >= 2 and tokens[f - 1].text.lower() == "the" else None
    return None


def _subject(text: str, tokens: list[Token], leadin: Span, cue: Cue | None) -> Cue | None:
    """The mention opening the lead-in's sentence (or its clause after a comma), when nothing
    between it and the verb names someone else (a relative clause aside)."""
    v = _verb(tokens)
    if v is None:
        return None
    starts = [0] + [i + 1 for i, t in enumerate(tokens[:v]) if t.text == ","]
    for m in starts:
        found = mention_at(tokens, m)
        if found is None or found[0] not in ("name", "description"):
            continue
        aux = [k for k in range(m + 1, found[1]) if tokens[k].text.lower() in _AUXILIARIES]
        found = (found[0], aux[0]) if aux else found  # "The old gentleman was very angry"
        pronoun = _between_ok(tokens, found[1], v)
        end = tokens[found[1] - 1].end
        if pronoun is None or not _replaces(cue, pronoun, end, tokens[v].start):
            continue
        words = text[tokens[m].start : end]
        return Cue(
            words, found[0], tokens[m].start, end, tokens[v].text, (leadin.start, leadin.end)
        )
    return None


def _replaces(cue: Cue | None, pronoun: int, subject_end: int, verb_start: int) -> bool:
    """Whether the subject found replaces the sieves' ``cue``: there is none; it is the
    pronoun opening the second clause; it stands between subject and verb (in a relative
    clause: "The German prince, who mistook the Archduke for someone else, said"); it names
    "the following remark", no person."""
    if cue is None:
        return True
    if cue.kind == "pronoun":
        return pronoun == cue.start
    return subject_end <= cue.start < verb_start or cue.words.lower().startswith("the following")


def _between_ok(tokens: list[Token], i: int, v: int) -> int | None:
    """Whether no one else is the subject between a mention ending at ``i`` and the verb at
    ``v``: a relative clause (", who ... ,") is skipped; a "he"/"she" opening a second clause
    ("..., but he went on to say") is the subject again. The offset of that pronoun (-1 when
    there is none), or None."""
    pronoun = -1
    j = i
    while j < v:
        tok = tokens[j]
        if tok.text == "," and j + 1 < v and tokens[j + 1].text.lower() in _RELATIVE:
            close = next((k for k in range(j + 1, v) if tokens[k].text == ","), None)
            if close is None:
                return None
            j = close + 1
            continue
        low = tok.text.lower()
        if low in _SUBJECT_PRONOUNS and tokens[j - 1].text.lower() in _SECOND_CLAUSE:
            if pronoun != -1:
                return None
            pronoun = tok.start
        elif tok.text == "I" or low in ("we", "they", "it") or _free_name(tokens, j):
            return None  # another subject, or a name: not sure whose verb it is
        j += 1
    return pronoun


def _free_name(tokens: list[Token], j: int) -> bool:
    """Whether token ``j`` is a capitalized word not governed by a preposition or a
    determiner ("from the University", "to Bethmann" are not a subject)."""
    tok = tokens[j]
    if tok.kind == "p" or not tok.text[0].isupper():
        return False
    k = j - 1
    while k >= 0 and tokens[k].kind != "p" and tokens[k].text[0].isupper():
        k -= 1  # the first word of the name
    before = tokens[k].text.lower() if k >= 0 else ""
    return before not in PREPOSITIONS and before not in DETERMINERS
