"""A name of the claim whose place the passage fills with another name: "sent to Vienna" /
"отправлена в Берлин", "opened ... in Moscow" / "открылось ... в Петрограде".

:func:`~.anchors.compare_anchors` calls a name substituted when word vectors put the quote's
name near the passage's other name ("Romans" / "Spartans"); across languages and scripts two
places or two people rarely embed close as single words ("Moscow" / "Петрограде"), so a
passage naming another city in the very place of the quote's city read as a rendering whose
name was merely left out. Here the place is found by the words around the name: the quote's
content words nearest to it, before and after, have counterparts in the passage, and a name of
the passage between those counterparts (or just after the one before, just before the one
after, within :data:`REACH` words of its sentence) that renders none of the quote's words stands
in its place: the ``name`` flag, unless the rest of the quote's full name is rendered there
("John Hawkwood" / "Giovanni Acuto": one man's names in two languages). A name that is only
absent (nothing named in its place: "in Moscow" / "там") is no substitution; the reason
lists it as not there.
"""

from __future__ import annotations

from dataclasses import replace

from ..normalize import WORD_RE
from ..texts.sentences import sentence_spans
from .anchors import AnchorComparison
from .wordpairs import Alignment

NAME = "name"
REACH = 6
"""How many words (figures not counted) past a neighbour's counterpart a name may stand in
the quote's name's place: "opened on January 8, 1918, in Moscow" / "открылось 8 (21) января
1918 года в Петрограде" (4 words)."""


def slot_substituted(
    comparison: AnchorComparison, quote: str, passage: str, alignment: Alignment
) -> AnchorComparison:
    """``comparison`` with the ``name`` flag when a name the quote has and the passage lacks
    (``missing_names``) has one of the passage's other names (``other_names``) in its place
    (see the module); else as it is.

    >>> from sourcecheck.matching.wordpairs import WordPair
    >>> q, p = "The radiogram was sent to Vienna at night.", "Ночью радиограмму отправили в Берлин."
    >>> pairs = (WordPair("radiogram", 4, "радиограмму", 6, 0.8),
    ...          WordPair("sent", 18, "отправили", 18, 0.7), WordPair("night", 36, "Ночью", 0, 0.7))
    >>> c = AnchorComparison((), ("Vienna",), ("Берлин",), None, None, ())
    >>> slot_substituted(c, q, p, Alignment(3, pairs)).flags
    ('name',)
    >>> slot_substituted(c, q, "Ночью радиограмму отправили. Берлин молчал.",
    ...                  Alignment(3, pairs)).flags
    ()
    """
    if NAME in comparison.flags or not comparison.missing_names or not comparison.other_names:
        return comparison
    counterpart = {p.quote_at: p.passage_at for p in alignment.pairs}
    taken = set(counterpart.values())
    others = set(comparison.other_names)
    words = [
        (m.start(), m.group()) for m in WORD_RE.finditer(passage) if not m.group()[0].isdigit()
    ]
    sentence = _sentence_of(passage, [s for s, _ in words])
    q_words = [(m.start(), m.group()) for m in WORD_RE.finditer(quote)]
    for name in comparison.missing_names:
        k = next((i for i, (_, w) in enumerate(q_words) if w == name), None)
        if k is None or _full_name_rendered(q_words, k, counterpart, comparison.shared_names):
            continue
        at = q_words[k][0]
        before = max((a for a in counterpart if a < at), default=None)
        after = min((a for a in counterpart if a > at), default=None)
        ends = [None if a is None else _index(words, counterpart[a]) for a in (before, after)]
        for i in _slot(ends, sentence):
            if words[i][1] in others and words[i][0] not in taken:
                return replace(comparison, flags=(*comparison.flags, NAME))
    return comparison


def _full_name_rendered(
    q_words: list[tuple[int, str]], k: int, counterpart: dict[int, int], shared: tuple[str, ...]
) -> bool:
    """Whether the quote's name ``q_words[k]`` is part of a full name whose other part is
    rendered by a name of the passage ("Sir John Hawkwood" / "Giovanni Acuto": the same man
    under his Italian name): the word in its place is that person's other name."""
    near = [q_words[i] for i in (k - 1, k + 1) if 0 <= i < len(q_words)]
    return any(at in counterpart and word in shared for at, word in near)


def _slot(ends: list[int | None], sentence: list[int]) -> list[int]:
    """The indexes of the passage words in the quote's name's place: between the counterparts
    of its neighbours (``ends``: before, after), or within :data:`REACH` words of one, in the
    same sentence (the other side's order may differ: "sent to Vienna at night" / "Ночью
    ... отправили в Берлин")."""
    lo, hi = ends
    if lo is not None and hi is not None and lo < hi <= lo + 2 * REACH:  # in the quote's order
        return [i for i in range(lo + 1, hi) if sentence[i] == sentence[lo]]
    near: list[int] = []
    if lo is not None:
        near += [i for i in range(lo + 1, min(lo + 1 + REACH, len(sentence)))
                 if sentence[i] == sentence[lo]]  # fmt: skip
    if hi is not None:
        near += [i for i in range(max(0, hi - REACH), hi) if sentence[i] == sentence[hi]]
    return near


def _index(words: list[tuple[int, str]], offset: int) -> int | None:
    """The index of the word starting at ``offset`` (a counterpart), None for a figure's."""
    return next((i for i, (s, _) in enumerate(words) if s == offset), None)


def _sentence_of(text: str, starts: list[int]) -> list[int]:
    """The sentence index of each word start."""
    spans = sentence_spans(text)
    return [next((k for k, (_, e) in enumerate(spans) if s < e), len(spans)) for s in starts]
