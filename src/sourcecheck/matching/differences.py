"""Typed differences between a quote segment and the passage it was aligned with.

Each run of unequal alignment steps becomes one :class:`~sourcecheck.models.Difference`: a
negation or a number that differs first (they change the meaning), then a spelling variant,
words the quote adds (``extra``), words it leaves out (``missing``), or other ``changed`` words.
"""

from __future__ import annotations

from ..facts.numbers import read_numbers
from ..models import Difference, Span
from ..normalize import Tokens
from .align import VARIANT_SIMILARITY, Alignment, Op

# Folded forms: "don't" folds to "dont". Checked on both sides of every difference.
NEGATIONS = frozenset(
    """not no never neither nor none nobody nothing nowhere cannot cant dont doesnt didnt
    isnt arent wasnt werent wont wouldnt shouldnt couldnt hasnt havent hadnt mustnt neednt
    aint shant mightnt oughtnt darent""".split()
)


def segment_differences(
    quote: str, segment: Tokens, text: str, window: Tokens, alignment: Alignment
) -> list[Difference]:
    """Runs of unequal alignment steps between a quote ``segment`` and the ``window`` of
    ``text`` it was aligned with, each typed. Spelling variants stay one word each.

    >>> from sourcecheck.matching.align import align
    >>> from sourcecheck.normalize import tokenize
    >>> quote, text = "Trotsky will not sign", "Trotski declines to sign the treaty"
    >>> q, t = tokenize(quote), tokenize(text)
    >>> diffs = segment_differences(quote, q, text, t, align(q.words, t.words))
    >>> [(d.kind, d.quote, d.source) for d in diffs]
    [('spelling', 'Trotsky', 'Trotski'), ('negation', 'will not', 'declines to')]
    """
    diffs = []
    for variant, ops in _runs(alignment):
        q_ids = [op.q for op in ops if op.q is not None]
        t_ids = [op.t for op in ops if op.t is not None]
        q_words = [segment.words[i] for i in q_ids]
        t_words = [window.words[j] for j in t_ids]
        q_span = Span(segment.starts[q_ids[0]], segment.ends[q_ids[-1]]) if q_ids else None
        t_span = Span(window.starts[t_ids[0]], window.ends[t_ids[-1]]) if t_ids else None
        if sum(w in NEGATIONS for w in q_words) != sum(w in NEGATIONS for w in t_words):
            kind = "negation"
        elif sorted(n.value for n in read_numbers(q_words)) != sorted(
            n.value for n in read_numbers(t_words)
        ):
            kind = "number"
        elif variant or (q_words and t_words and _same_number(q_words, t_words)):
            kind = "spelling"
        elif not t_ids:
            kind = "extra"  # words of the quote that the source does not have
        elif not q_ids:
            kind = "missing"  # words of the source that the quote leaves out
        else:
            kind = "changed"
        diffs.append(
            Difference(
                kind,
                q_span.slice(quote) if q_span else "",
                t_span.slice(text) if t_span else "",
                quote_span=q_span,
                source_span=t_span,
            )
        )
    return diffs


def _runs(alignment: Alignment) -> list[tuple[bool, list[Op]]]:
    """The unequal steps of an alignment in runs, each ``(is a spelling variant, steps)``:
    a variant is a run of its own; other consecutive unequal steps form one run."""
    runs: list[tuple[bool, list[Op]]] = []
    joinable = False  # the last step was unequal and not a variant: the next may join its run
    for op in alignment.ops:
        if op.cost == 0.0:
            joinable = False
            continue
        variant = op.q is not None and op.t is not None and op.cost <= 1 - VARIANT_SIMILARITY
        if variant or not joinable:
            runs.append((variant, [op]))
        else:
            runs[-1][1].append(op)
        joinable = not variant
    return runs


def _same_number(q_words: list[str], t_words: list[str]) -> bool:
    """ "thirty-two" against "32": the same numbers written differently."""
    q, t = read_numbers(q_words), read_numbers(t_words)
    return bool(q) and [n.value for n in q] == [n.value for n in t]


def summary(differences: list[Difference], limit: int = 6) -> str:
    """The first ``limit`` differences in words, for a reason."""
    parts = []
    for d in differences[:limit]:
        if d.quote and d.source:
            parts.append(f"{d.kind} “{d.quote}” → “{d.source}”")
        elif d.quote:
            parts.append(f"{d.kind} “{d.quote}” (not in the source)")
        else:
            parts.append(f"{d.kind} “{d.source}” (not in the quote)")
    if len(differences) > limit:
        parts.append(f"and {len(differences) - limit} more")
    return "; ".join(parts) if parts else "no word differs"
