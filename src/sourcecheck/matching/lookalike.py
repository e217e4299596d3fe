"""Short quotations held to a higher standard by the word matcher (issue 10).

Under ``short_words`` words, a lookalike with a changed content word says something else:
"the prince must be feared" is not a close match of "the prince must be loved". The word
matcher's score cannot see it (one word in six costs 17 points, still ``close``), so the rule
is applied to its result: a ``close`` or ``partial`` match of a short quote whose differences
change or add a content word (not a spelling variant, unless it is another word: "mother" /
"father", or another verb, :func:`.synonyms.other_verbs`: "продал" / "подарил"; not a function
word) becomes
``not_found``, flagged ``lookalike``, and the reason shows the word; a ``close`` one whose
number or negation differs is its passage, flagged, and ``partial``, never ``close``.
:func:`~.match.match_in_text` applies it to every result.
"""

from __future__ import annotations

import dataclasses

from ..facts.languages import negated_by_prefix
from ..models import MatchResult
from ..normalize import tokenize
from .stems import STOPWORDS
from .synonyms import other_verbs

SHORT_WORDS = 8
"""Quotes with fewer words than this are short."""
QUOTED_KINDS = ("quotation", "oral")
"""The claim kinds that give a person's words: held to the short-quotation rule. A claim of
another kind (an event, a date, a figure, a paraphrase) says in its writer's words what the
source says: a word changed in it is a rewording, not a lookalike."""
LOOKALIKE = "lookalike"
"""The flag of a short quote found with a content word changed (so ``not_found``): the words
found its passage, and the meaning stage does not look further."""


def _other_word(quote: str, source: str) -> bool:
    """Whether a "spelling variant" is another word: both in lower case (not a name's
    transliteration, "Trotsky" / "Trotski") and differing in their first letter, where
    spelling variants and OCR damage rarely fall ("mother" / "father", "night" / "light")."""
    q, s = quote.strip(), source.strip()
    return bool(q and s) and q.islower() and s.islower() and q[0] != s[0]


def quoted_kind(kind: str | None) -> bool:
    """Whether a claim of ``kind`` (None: unknown, held to the rule) quotes words.

    >>> quoted_kind("quotation"), quoted_kind(None), quoted_kind("event")
    (True, True, False)
    """
    return kind is None or kind in QUOTED_KINDS


def guard_short_quote(
    result: MatchResult, quote_words: int, *, short_words: int = SHORT_WORDS
) -> MatchResult:
    """``result`` unchanged, or ``not_found`` when a short quote differs in a content word.

    >>> from sourcecheck.models import Difference
    >>> close = MatchResult("close", 85.0, differences=[Difference("changed", "loved", "feared")])
    >>> guard_short_quote(close, 7).status, guard_short_quote(close, 8).status
    ('not_found', 'close')
    >>> from sourcecheck.matching.match import match_quote  # which applies it
    >>> r = match_quote("It is much safer to be loved.", "It is much safer to be feared.")
    >>> r.status
    'not_found'
    >>> for part in r.reason.split("; "):
    ...     print(part)
    a short quotation (7 words) must match every content word
    it says “loved” where the source has “feared” (score 85)
    """
    if quote_words >= short_words or result.status not in ("close", "partial"):
        return result
    stop = STOPWORDS["en"]
    changed = [
        d
        for d in result.differences
        if (
            d.kind in ("changed", "extra")
            or negated_by_prefix(d.quote, d.source)
            or (
                d.kind == "spelling"
                and (_other_word(d.quote, d.source) or other_verbs(d.quote, d.source))
            )
        )
        and any(w not in stop and len(w) > 2 for w in tokenize(d.quote).words)
    ]
    facts = [d for d in result.differences if d.kind in ("number", "negation")]
    if facts and not changed and result.status == "close":
        # its passage, with a number or a negation that differs ("three ways" for "two
        # ways"): never close, but found, its flag and the words shown
        return dataclasses.replace(
            result,
            status="partial",
            reason=f"a short quotation ({quote_words} words) found with its {facts[0].kind} "
            f"changed: {result.reason}",
        )
    quote_chars = sum(len(d.quote) for d in result.differences) + 8 * quote_words
    sprawling = result.span is not None and len(result.span) > 3 * max(quote_chars, 40)
    if not changed and not sprawling:
        return result
    if not changed:
        return MatchResult(
            "not_found", result.score, result.text_id,
            reason=f"a short quotation ({quote_words} words) matched only by words scattered "
            f"over {len(result.span or ())} characters (score {result.score:g})",
        )  # fmt: skip
    d = changed[0]
    # an extra word beside a missing one is a word changed ("loved" for "feared")
    there = d.source or next((m.source for m in result.differences if m.kind == "missing"), "")
    kind = "changed" if there else d.kind  # an added word is no change to ""
    kept = [dataclasses.replace(d, kind=kind, source=there), *changed[1:]]
    where = f"where the source has “{there}”" if there else "which the source does not have"
    return MatchResult(
        "not_found",
        result.score,
        result.text_id,
        flags=[*(f for f in result.flags if f in ("elided", "interpolated")), LOOKALIKE],
        differences=kept,  # the words changed: a claim in its writer's words is judged on them
        reason=(
            f"a short quotation ({quote_words} words) must match every content word; "
            f"it says “{d.quote}” {where} (score {result.score:g})"
        ),
    )
