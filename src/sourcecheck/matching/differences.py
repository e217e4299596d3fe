"""Typed differences between a quote segment and the passage it was aligned with.

Each run of unequal alignment steps becomes one :class:`~sourcecheck.models.Difference`: a
negation or a number that differs first (they change the meaning), then a spelling variant,
words the quote adds (``extra``), words it leaves out (``missing``), or other ``changed`` words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..facts.duals import duals_answer
from ..facts.footnotes import is_footnote_mark
from ..facts.languages import negated_by_prefix, negation_words, read_word_numbers
from ..models import Difference, Span
from ..normalize import Tokens, tokenize
from .align import VARIANT_SIMILARITY, Alignment, Op
from .archaic import do_periphrasis, forms_of_one, same_form
from .contractions import contractions_spelled
from .elidednor import elided_nor
from .movednegation import cut_negation, moved_negations
from .onething import one_thing
from .ordinals import ordinal_changed
from .pronounone import counted
from .quote import ParsedQuote
from .referents import personal_pronoun
from .regnaltokens import printed_otherwise
from .runpolarity import lack_turned, prefix_answers, prefix_cancelled
from .stems import content_words

_WORD = re.compile(r"\w+")
_DOTTED = re.compile(r"\d+(?:\.\d+){2,}")  # a version, an address, a date: "2.6.32", "12.03.1918"
WORD_CHANGED = "word_changed"
"""The flag of a ``close`` result where a content word of the source is replaced by another
(:func:`changed_wording`): a synonym or an opposite, which only a person can tell (an
opposite of :mod:`.opposites`'s table is flagged ``opposite`` as well)."""


def quote_differences(
    parsed: ParsedQuote,
    text: str,
    placed: Sequence[tuple[Tokens, Alignment] | None],
    gaps: Sequence[tuple[int, int, int]],
    *,
    hidden_negation_words: int,
    language: str | None = None,
) -> list[Difference]:
    """Typed differences of every placed segment (its window and alignment; None: not found,
    the whole segment is ``extra``), and a negation hidden in an elided gap (``start, end,
    words``) of at most ``hidden_negation_words`` words. Words are read in ``language``."""
    diffs: list[Difference] = []
    for segment, place in zip(parsed.segments, placed, strict=True):
        if place is None:
            at = Span(segment.starts[0], segment.ends[-1])
            diffs.append(Difference("extra", at.slice(parsed.quote), "", quote_span=at))
            continue
        window, alignment = place
        diffs += segment_differences(parsed.quote, segment, text, window, alignment, language)
    negations = negation_words(language)
    for start, end, n_words in gaps:
        if n_words <= hidden_negation_words:
            hidden = tokenize(text, start, end)
            if any(w in negations for w in hidden.words):
                a, b = hidden.span(0, len(hidden) - 1)
                diffs.append(Difference("negation", "…", text[a:b], source_span=Span(a, b)))
    return diffs


def segment_differences(
    quote: str,
    segment: Tokens,
    text: str,
    window: Tokens,
    alignment: Alignment,
    language: str | None = None,
) -> list[Difference]:
    """Runs of unequal alignment steps between a quote ``segment`` and the ``window`` of
    ``text`` it was aligned with, each typed. Spelling variants stay one word each. Negations
    and number words are those of ``language`` (English when None): "nicht", "fünf",
    "hundertmal", "не", "двадцать".

    >>> from sourcecheck.matching.align import align
    >>> from sourcecheck.normalize import tokenize
    >>> quote, text = "Trotsky will not sign", "Trotski declines to sign the treaty"
    >>> q, t = tokenize(quote), tokenize(text)
    >>> diffs = segment_differences(quote, q, text, t, align(q.words, t.words))
    >>> [(d.kind, d.quote, d.source) for d in diffs]
    [('spelling', 'Trotsky', 'Trotski'), ('negation', 'will not', 'declines to')]
    """
    diffs = []
    negations = negation_words(language)
    for variant, ops in _runs(alignment, segment.words, window.words, language):
        q_ids = [op.q for op in ops if op.q is not None]
        t_ids = [op.t for op in ops if op.t is not None]
        q_words = [segment.words[i] for i in q_ids]
        t_words = [window.words[j] for j in t_ids]
        q_span = Span(segment.starts[q_ids[0]], segment.ends[q_ids[-1]]) if q_ids else None
        t_span = Span(window.starts[t_ids[0]], window.ends[t_ids[-1]]) if t_ids else None
        kept = [j for j in t_ids if not is_footnote_mark(text, window.starts[j], window.ends[j])]
        q_numbers = counted(segment.words, q_ids, t_words, language)  # not "the one": .pronounone
        t_numbers = counted(window.words, kept, q_words, language)  # no "[56]": .footnotes
        negated = q_ids and any(
            w in negations for w in segment.words[max(0, q_ids[0] - 2) : q_ids[0]]
        )
        before = (
            segment.words[: q_ids[0] if q_ids else 0],
            window.words[: t_ids[0] if t_ids else 0],
        )
        if (
            _polarity_differs(q_words, t_words, negations, language or "en", bool(negated))
            and not elided_nor((q_words, t_words), before, negations, language or "en")
        ) or (len(q_words) == len(t_words) == 1 and negated_by_prefix(q_words[0], t_words[0])):
            kind = "negation"  # "not possible" / "possible", "impossible" / "possible"
        elif duals_answer((q_words, t_words), (q_numbers, t_numbers), language):
            kind = "spelling"  # "The two" / "Both": one number (.duals)
        elif (
            sorted(q_numbers) != sorted(t_numbers)
            or _dotted_differ(q_words, t_words)
            or ordinal_changed(
                _WORD.findall(q_span.slice(quote)) if q_span else [],
                _WORD.findall(t_span.slice(text)) if t_span else [],
                language or "en",
            )
        ):  # as printed: "VIII" / "the Seventh" (.regnaltokens)
            kind = "number"  # "second" / "first" too
        elif variant or (q_numbers and q_numbers == t_numbers):  # "thirty-two" for "32"
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
    return _read_together(diffs, quote, segment, text, window, alignment, language)


def _read_together(
    diffs: list[Difference],
    quote: str,
    segment: Tokens,
    text: str,
    window: Tokens,
    alignment: Alignment,
    language: str | None,
) -> list[Difference]:
    """The typed runs of :func:`segment_differences` read with their neighbours: a negation
    answered by a prefix, moved over its verb or cut off at the passage's end; a contraction;
    a regnal number spelled otherwise."""
    diffs = prefix_cancelled(diffs, negation_words(language))  # "not satisfied" / "dissatisfied"
    diffs = moved_negations(diffs, quote, segment, text, window, alignment, language)
    if (cut := cut_negation(segment, text, window, alignment, language)) is not None:
        diffs.append(cut)  # "so that he dies" / "that he die not"
    if (language or "en") == "en":
        diffs = contractions_spelled(diffs, quote, text)  # "do not" / "don't"
    return diffs + _regnal_spellings(quote, segment, text, window, alignment)


def _dotted_differ(q_words: list[str], t_words: list[str]) -> bool:
    """Whether both sides print figures of several dotted parts ("2.6.26", "12.03.1918"),
    which the number readers do not read, and they differ: a ``number`` difference, not a
    spelling variant ("12.03.1918" / "12. März 1918" is the date's other writing: left)."""
    q, t = ([w for w in words if _DOTTED.fullmatch(w)] for words in (q_words, t_words))
    return bool(q) and bool(t) and q != t


def _polarity_differs(
    q_words: list[str],
    t_words: list[str],
    negations: frozenset[str],
    language: str,
    negated: bool,
) -> bool:
    """Whether a run's two sides differ in polarity: in their number of negation words, unless
    a negating prefix answers the one more ("dissatisfied" / "not satisfied"), or, right after
    a negation both sides share (``negated``), a word of lack on one side only ("did not go
    to" / "did not shy away from": :mod:`.runpolarity`; "agrees" / "declines" is an opposite)."""
    counts = [sum(w in negations for w in words) for words in (q_words, t_words)]
    if counts[0] == counts[1]:
        return negated and lack_turned(q_words, t_words, language)
    fewer, more = (q_words, t_words) if counts[0] < counts[1] else (t_words, q_words)
    return abs(counts[0] - counts[1]) != 1 or not prefix_answers(fewer, more, language)


def _regnal_spellings(
    quote: str, segment: Tokens, text: str, window: Tokens, alignment: Alignment
) -> list[Difference]:
    """The equal steps whose words are printed otherwise: a regnal number in words against
    its numeral ("the Second" / "II", :mod:`.regnaltokens`), a ``spelling`` difference."""
    out = []
    for op in alignment.ops:
        if op.cost or op.q is None or op.t is None:
            continue
        q_at, t_at = segment.span(op.q, op.q), window.span(op.t, op.t)
        if printed_otherwise(quote, q_at, text, t_at):
            q_span, t_span = Span(*q_at), Span(*t_at)
            out.append(Difference("spelling", q_span.slice(quote), t_span.slice(text),
                                  quote_span=q_span, source_span=t_span))  # fmt: skip
    return out


def changed_wording(differences: Sequence[Difference], language: str | None) -> list[Difference]:
    """The ``changed`` differences that put another content word in the source's place
    ("agrees" → "declines", "won" → "lost"): the word matcher cannot tell a synonym from an
    opposite, so a person must look; a changed small word ("the" → "a") is no such change.

    >>> from sourcecheck.models import Difference
    >>> diffs = [Difference("changed", "agrees", "declines"), Difference("changed", "the", "a")]
    >>> [d.quote for d in changed_wording(diffs, "en")]
    ['agrees']
    """
    lang = language or "en"
    missing = [w for d in differences if d.kind == "missing" for w in _WORD.findall(d.source)]

    def content(words: str) -> set[str]:
        return {w.casefold() for w in content_words(_WORD.findall(words), lang)}

    return [
        d
        for d in differences
        if d.kind == "changed"
        and content(d.quote)
        and content(d.quote) != content(d.source)
        and not (lang == "en" and forms_of_one(_WORD.findall(d.quote), _WORD.findall(d.source)))
        and not (lang == "en" and do_periphrasis(d.quote, d.source, missing))  # "standest"/"do"
        and not one_thing(d.quote, d.source, lang)  # "WWW" / "web", "Image" / "Abbild"
    ]


def _runs(
    alignment: Alignment, q_words: Sequence[str], t_words: Sequence[str], language: str | None
) -> list[tuple[bool, list[Op]]]:
    """The unequal steps of an alignment in runs, each ``(is a spelling variant, steps)``:
    a variant is a run of its own; other consecutive unequal steps form one run. Two words
    alike in letters that read as different numbers are no variant ("twice" / "times" of
    "three times": one number, "twice" → "three times", not "three" apart), nor is a
    personal pronoun and another word ("The" / "He", "he" / "she": a pronoun is no spelling
    of an article nor of another person, :func:`.referents.personal_pronoun`), unless one is
    the other's older form ("thee" / "you", :func:`.archaic.same_form`)."""
    runs: list[tuple[bool, list[Op]]] = []
    joinable = False  # the last step was unequal and not a variant: the next may join its run
    for op in alignment.ops:
        if op.cost == 0.0:
            joinable = False
            continue
        variant = (
            op.q is not None
            and op.t is not None
            and op.cost <= 1 - VARIANT_SIMILARITY
            and _same_numbers(q_words[op.q], t_words[op.t], language)
            and (
                same_form(q_words[op.q], t_words[op.t])  # "thee" / "you": .archaic
                or not (
                    personal_pronoun(q_words[op.q], language)
                    or personal_pronoun(t_words[op.t], language)
                )
            )
        )
        if variant or not joinable:
            runs.append((variant, [op]))
        else:
            runs[-1][1].append(op)
        joinable = not variant
    return runs


def _same_numbers(q_word: str, t_word: str, language: str | None) -> bool:
    """Whether two words state the same numbers (none, mostly)."""
    q, t = read_word_numbers([q_word], language), read_word_numbers([t_word], language)
    return [n.value for n in q] == [n.value for n in t]


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
