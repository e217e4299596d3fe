"""Interrupted quotations: when the words between two quotations of one paragraph attribute
one quotation ("“A,” he said, “B.”": its two pieces, the clause kept as a gap) rather than
separate two, and when a second attribution names another speaker ("“Yes,” said Anna. “No,”
he replied.": two quotations). Read by :func:`sourcecheck.extract.quotes.find_quotations`.
"""

from __future__ import annotations

import re

from ..models import Span
from ..normalize import WORD_RE
from .quotation import Piece, Quotation
from .sieves import cue_after
from .verbs import CONTINUING

INTERRUPTION_MAX_WORDS = 14
"""A stretch between two quotations of one paragraph this short, with an attribution verb or
in parentheses, interrupts one quotation ("“A,” he said, “B.”") rather than separating two."""

ATTRIBUTION_VERBS = frozenset(
    "said says say saying declared declares wrote writes writing written replied replies "
    "answered answers asked asks asking questioned added adds remarked remarks reported "
    "reports exclaimed rejoined told tells averred stated states announced observed cried "
    "shouted whispered insisted continued explained noted notes read reads telegraphed wired "
    "cabled dictated protested objected retorted responded concluded argued admitted warned "
    "called nod nodded spoke speaks muttered murmured began mentioned proclaimed interrupted "
    "laughed repeated went".split()
)


_SPEAKER_WORDS = frozenset("i he she we they".split())
_AUXILIARIES = frozenset("would had has was then himself herself again also".split())


def is_attribution(clause: str) -> bool:
    """Whether a short clause attributes words: a speech verb next to its speaker ("he said",
    "said Lenin", "Lenin himself added", "I told Lenin").

    >>> is_attribution(" Lenin questioned me."), is_attribution(" For several days, that was")
    (True, False)
    """
    raw = WORD_RE.findall(clause)
    words = [w.lower() for w in raw]
    if not words or len(words) > INTERRUPTION_MAX_WORDS:
        return False
    for i, word in enumerate(words):
        if word not in ATTRIBUTION_VERBS:
            continue
        j = i - 1
        while j >= 0 and words[j] in _AUXILIARIES:
            j -= 1
        neighbours = [k for k in (j, i + 1) if 0 <= k < len(words)]
        if any(words[k] in _SPEAKER_WORDS or raw[k][0].isupper() for k in neighbours):
            return True
    return False


def _is_interruption(text: str, start: int, end: int) -> bool:
    """Whether the text between two quotations interrupts one quotation: parenthetical, or an
    attribution (:func:`is_attribution`, or any verb of saying beside its speaker: "”
    Winterbourne inquired, “"); not a new lead-in ending with "that"."""
    gap = text[start:end]
    words = WORD_RE.findall(gap)
    if not words or len(words) > INTERRUPTION_MAX_WORDS or words[-1].lower() == "that":
        return False
    if gap.rstrip().endswith(":"):
        return False  # a new lead-in: "” In 1812, Kutúzov said: “"
    stripped = gap.strip().rstrip(",.:;")
    if stripped.startswith("(") and stripped.endswith(")"):
        return True
    if is_attribution(gap):
        return True
    return cue_after(text, start, end) is not None and not re.search(r"[.!?]\s*$", gap)


def _has_leadin(text: str, piece: Piece) -> bool:
    """Whether an attribution of its own ("Zinoviev declared:") precedes the piece's opening
    mark in its sentence: then a clause after the piece attributes the next quotation."""
    if piece.open is None:
        return True
    before = text[max(0, piece.open - 200) : piece.open]
    line_break = before.rfind("\n\n")
    if line_break >= 0:
        before = before[line_break:]
    tail = re.split(r"[.!?…][”\"’)\]]*\s+", before)[-1]
    return any(w.lower() in ATTRIBUTION_VERBS for w in WORD_RE.findall(tail))


def _another_speaker(text: str, quote: Quotation, gap: Span) -> bool:
    """Whether a second attribution of an interrupted quotation names another speaker than
    its first ("“Yes,” said Anna. “No,” he replied. “...”"): then the piece before it opens
    another speaker's quotation (see :func:`names_another`); "“A,” said X. “B.”" has one
    attribution only."""
    if not quote.gaps or quote.gaps[-1].end != quote.pieces[-1].open or len(quote.pieces) < 2:
        return False
    return names_another(text, quote.gaps[0], gap)


def _answers_after(text: str, prev: Quotation, q: Quotation, gap: Span) -> bool:
    """Whether the clause right after the second of two quotations of one paragraph names
    another speaker than the clause between them ("“Yes,” said Anna. “No,” he replied."):
    two speakers, not one quotation interrupted."""
    close = q.pieces[-1].close
    if prev.gaps or len(q.pieces) > 1 or close is None:
        return False
    after = re.split(r"[\n“„«\"]", text[close + 1 : close + 160])[0]
    return names_another(text, gap, Span(close + 1, close + 1 + len(after)))


def names_another(text: str, first: Span, second: Span) -> bool:
    """Whether the attribution in ``second`` names another speaker than the one in ``first``.
    Not so for a verb that goes on ("she added"), the same name, or a description (mostly the
    first speaker's epithet: "“A,” returned Mr. Bumble. “B,” said the beadle.")."""
    cue1 = cue_after(text, first.start, first.end)
    cue2 = cue_after(text, second.start, second.end)
    if cue1 is None or cue2 is None or cue2.verb.lower() in CONTINUING:
        return False
    if cue2.kind == "description":
        return False  # "returned Mr. Bumble, ... said the beadle": an epithet of the first
    return cue1.words.lower() != cue2.words.lower()


def group_interrupted(text: str, quotes: list[Quotation]) -> list[Quotation]:
    out: list[Quotation] = []
    for q in quotes:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.style == q.style
            and prev.pieces[-1].close is not None
            and q.pieces[0].open is not None
            and prev.pieces[-1].paragraph == q.pieces[0].paragraph
            and not _has_leadin(text, prev.pieces[-1])
            and _is_interruption(text, prev.pieces[-1].close + 1, q.pieces[0].open)
        ):
            gap = Span(prev.pieces[-1].close + 1, q.pieces[0].open)
            if _answers_after(text, prev, q, gap):
                out.append(q)  # "“Yes,” said Anna. “No,” he replied.": two speakers
                continue
            if _another_speaker(text, prev, gap):
                # The piece before the second attribution opens the other speaker's quotation.
                last = prev.pieces.pop()
                prev.gaps.pop()
                out.append(Quotation([last, *q.pieces], q.style, gaps=[gap, *q.gaps]))
                out[-1].flags.extend(q.flags)
                continue
            prev.gaps.append(gap)
            prev.pieces.extend(q.pieces)
            prev.flags.extend(q.flags)
            continue
        out.append(q)
    return out
