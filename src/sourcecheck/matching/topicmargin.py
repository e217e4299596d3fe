"""A passage hardly above the text's other passages, that passes on its topic's words only.

The decision rule (:mod:`.verdict`) weighs the margin, the similarity and the share of the
quote's content words with a counterpart together: a passage may pass with a margin under
:data:`~.verdict.TOPIC_MARGIN` (the reason's own measure of a topic match: "the same subject
but not the same statement") when enough of the quote's words have a counterpart there. Under
that margin the counterparts must then be evidence of a rendering, not of the topic:

- across languages, a passage where at most half the quote's content words
  (:data:`~.verdict.TOPIC_COVERAGE`) have a counterpart, or whose counterparts are mostly
  words found throughout the text (its people, its rooms: :func:`~.candidates.topic_pairs`),
  shares the subject and not the statement. Above the margin the two must come together
  (:func:`~.verdict.judge`'s topic rule); under it either is enough. "Der Vater warf sich ihr
  entgegen, umarmte sie und bat, die Hände an ihrem Hinterkopf, um Schonung von Gregors Leben."
  was ``reworded`` (+0.2, +0.08 above the text) at "... his father ... lifted ... towards ...
  head ..." on 5 of its 10 words (a96-absent-5), and "Сестра каждый вечер играла Грегору на
  скрипке в его комнате, чтобы он скорее заснул." (+0.4, +0.08) on "sister", "Gregor's",
  "room" (words of every page), "violin" and "soon" (x77-absent-13);
- in the quote's own language, where a rendering keeps the quote's words or puts near
  synonyms for them, a pair of two different words under :data:`~.verdict.STRONG_PAIR` (a
  *loose pair*: word vectors put many words of a topic near 0.6) is no evidence: the passage
  must pass without it. "A prince who is with his army must above all keep the friendship of
  the senate, for without it his soldiers will never be paid." was ``reworded`` (+0.1, +0.09)
  at a passage on princes, armies and soldiers with "paid"/"duties" (0.61) its fifth
  counterpart (b106-14).

On the labelled set (bench_meaning --detect) no true rendering passes under the margin with
either sign: the true renderings across languages found there have at least 0.56 of their
words rendered and at most as many topic words as others, and those in one language with a
loose pair all stand above the margin.
"""

from __future__ import annotations

from .verdict import ALONE, COVERAGE, STRONG_PAIR, TOPIC_COVERAGE, TOPIC_MARGIN, Signals
from .wordpairs import Alignment


def loose_pairs(alignment: Alignment, cross: bool) -> int:
    """In one language, the counterparts that are two different words paired under
    :data:`~.verdict.STRONG_PAIR` (a word's own stem pairs at 1); across languages 0 (a
    translation's pairs are often that loose: "geschlafen"/"slept" 0.65)."""
    if cross:
        return 0
    return sum(p.similarity < STRONG_PAIR for p in alignment.pairs)


def topic_match(signals: Signals) -> str | None:
    """Why a passage that passes (a score of 0 or more) under the topic margin is a topic
    match (see the module), else None."""
    if signals.score < 0 or signals.counted_margin >= TOPIC_MARGIN or signals.coverage is None:
        return None
    above = (
        f"is not close enough in meaning ({ALONE})"
        if signals.alone
        else "is hardly closer to the quote than the text's other passages are "
        f"({signals.margin:+.2f} above them)"
    )
    after = (
        f"(score {signals.score:+.1f}): a topic match, the same subject but not the same statement"
    )
    if signals.cross and signals.coverage <= TOPIC_COVERAGE:
        return (
            f"{above} and has a counterpart for only {signals.counterparts} of the quote's "
            f"{signals.content_words} content words {after}"
        )
    topic = signals.topic or 0
    if signals.cross and topic > signals.counterparts - topic:
        return (
            f"{above} and {topic} of its {signals.counterparts} counterparts are words found "
            f"throughout the text {after}"
        )
    loose = signals.loose
    if loose and signals.score - COVERAGE * loose / max(1, signals.content_words) < 0:
        pairs = "a loose pair" if loose == 1 else f"{loose} loose pairs"
        return (
            f"{above} and passes only with {pairs} of two different words (word vectors under "
            f"{STRONG_PAIR:.2f}) among its counterparts {after}"
        )
    return None
