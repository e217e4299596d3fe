"""Attributions that are not in the quotation's own sentence: the narration's sentence right
before it, when that sentence is a whole attribution and ended ("She went on.\\n\\n“I never
...”", "At length she spoke again. “I have ...”", "exclaimed, in a growling voice.\\n\\n“Look
here!”"), and a lead-in that names the words with a noun of saying ("and his next words
were,", "her parting words, “Oh! ...”", "the evasive reply of “I don't know”").

:mod:`~sourcecheck.extract.beside` asks these only when no verb of saying stands beside the
quotation: the narration that ends with a verb of saying and nothing after it but a manner
("spoke again", "went on", "added, in a half whisper") says the next words are that
speaker's. Verbs of sound or gesture without words ("She smiled.", "He nodded.") are no
attribution: the next words are as often the other person's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .cue import Cue, tokenize
from .facts import sentence_spans
from .sieves import clause_subject, cue_before
from .verbs import WORDLESS

MAX_SENTENCE = 300
"""Characters of narration read back from the opening mark."""
_MARKS = " \n”\"’'),;:—–-!?."
MAX_WITH = 4
"""Words between the subject and "with": a verb and its object ("cut her short with")."""
_REPORTED = re.compile(r"\b(?:that|whether|what|how|if)\b|\b(?:be|been|being|was|were|is)\s+\w+$")
"""A sentence that reports what was said ("replied that he was"), or a passive."""
_MANNER_ONLY = re.compile(
    r"(?:\s+(?:on|out|up|forth|in|again|aloud|then|\w+ly))*\s*(?:[,;—-].*)?", re.S
)
"""What may follow the verb: particles and adverbs ("went on", "spoke again"), or a phrase
of manner set off by a comma ("exclaimed, in a growling voice"); not a complement ("replied
in the affirmative": the reply is told)."""
_OWNED_WORDS = re.compile(
    r"(?:^|[\s,;(—-])(?P<owner>his|her|(?:(?:Mr|Mrs|Miss|Dr|Lady|Sir|Lord)\.?\s+)?"
    r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?[’']s)"
    r"\s+(?:[\w-]+,?\s+){0,3}?(?P<noun>words|reply|answer|question|exclamation|inquiry|"
    r"enquiry|rejoinder|retort|response|greeting|salutation|remark|observation|cry)"
    r"(?:\s+(?:was|were|of|being))?\s*[,:]?[\s—-]*$"
)
"""A lead-in ending with its owner's noun of saying: "his prompt reply was,", "and his next
words were,", "Miss Bates's answer," ("his" and "her" are "he" and "she")."""


def cue_one_sentence_before(
    text: str, quoted: Sequence[tuple[int, int]], anchor: int
) -> Cue | None:
    """The cue of the narration's last sentence before the opening mark at ``anchor`` when it
    ended with a verb of saying (:func:`~.sieves.cue_before` reads it without its period),
    in the quotation's paragraph or closing the previous one; never the clause of a quotation
    just before (“It is,” said Tom. “...” is the next sentence of Tom's words, read as such).

    >>> t = "Mary looked at him. She went on.\\n\\n“I never thought so.”"
    >>> cue = cue_one_sentence_before(t, [(len(t) - 20, len(t) - 1)], len(t) - 21)
    >>> (cue.words, cue.verb)
    ('She', 'went')
    >>> t = "Mary looked at him. She smiled.\\n\\n“I never thought so.”"
    >>> cue_one_sentence_before(t, [(len(t) - 20, len(t) - 1)], len(t) - 21) is None
    True
    """
    floor = max(0, anchor - MAX_SENTENCE)
    ends = [e for s, e in quoted if floor <= e <= anchor and s < anchor]
    after_quote = bool(ends)
    if ends:
        floor = ends[-1]
    body = text[floor:anchor].rstrip()
    if not body.endswith(".") or body.endswith(".."):
        return None
    end = floor + len(body) - 1  # (the period left out)
    spans = sentence_spans(text, floor, end + 1)
    start = _past_marks(text, spans[-1][0]) if spans else end
    gap = text.rfind("\n\n", start, end)
    start = _past_marks(text, gap) if gap >= 0 else start
    between = text[floor:start]
    if after_quote and "\n\n" not in between and not between.strip(_MARKS):
        return None  # '” said Tom.': the clause of the quotation before
    if start >= end or text.count("\n\n", start, anchor) > 1:
        return None  # (a paragraph of narration between)
    sentence = text[start:end]
    if _REPORTED.search(sentence):
        return None  # "assured her that whatever she wished should be said.": told, not said
    cue = cue_before(text, start, end)
    if cue is None or cue.verb.lower() in WORDLESS or cue.kind not in ("name", "pronoun"):
        return None
    tail = sentence[sentence.rfind(cue.verb) + len(cue.verb) :]
    return cue if _MANNER_ONLY.fullmatch(tail) else None


def _past_marks(text: str, at: int) -> int:
    """The offset of the first word at or after ``at`` (past closing marks and spaces)."""
    while at < len(text) and not text[at].isalnum():
        at += 1
    return at


def cue_words_noun(text: str, start: int, end: int) -> Cue | None:
    """The owner of a noun of saying ending the lead-in ``text[start:end]``: "and his next
    words were," (he), "her parting words," (she), "Miss Bates's answer was" (Miss Bates).

    >>> t = "and his next words were,"
    >>> c = cue_words_noun(t, 0, len(t)); (c.words, c.kind, c.verb)
    ('he', 'pronoun', 'words')
    >>> cue_words_noun("and his next words were", 0, 12) is None
    True
    """
    m = _OWNED_WORDS.search(text, start, end)
    if m is None or m.end() != end:
        return None
    owner = m.group("owner")
    a, b = m.span("owner")
    if owner in ("his", "her"):
        return Cue("he" if owner == "his" else "she", "pronoun", a, b, m["noun"], (start, end))
    name = re.sub(r"[’']s$", "", owner)
    return Cue(name, "name", a, a + len(name), m["noun"], (start, end))


def cue_ending_with(text: str, start: int, end: int) -> Cue | None:
    """The subject of a lead-in ending with "with", whatever its verb: the words that follow
    are what the subject said ("He cut her short with,", "and still he ended with,").

    >>> t = "He cut her short with,"
    >>> c = cue_ending_with(t, 0, len(t)); (c.words, c.verb)
    ('He', 'with')
    """
    tokens = tokenize(text, start, end)
    while tokens and tokens[-1].kind == "p":
        tokens.pop()
    if not tokens or tokens[-1].text.lower() != "with":
        return None
    found = clause_subject(tokens, len(tokens) - 1)
    if found is None or found[1][0] not in ("name", "pronoun"):
        return None
    between = tokens[found[1][1] : len(tokens) - 1]
    if len(between) > MAX_WITH or any(t.kind != "w" for t in between):
        return None  # ("Mrs. Weston's accounting for it with": the subject of no verb)
    m, (_, after) = found
    a, b = tokens[m].start, tokens[after - 1].end
    return Cue(text[a:b], found[1][0], a, b, "with", (start, end))
