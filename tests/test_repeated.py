"""A sentence the text prints more than once (matching/repeated.py): the passage's own
repetitions are not the "other passages" its margin is taken over."""

from __future__ import annotations

import numpy as np
import pytest

from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.passages import Neighbours, Passage, margin
from sourcecheck.matching.repeated import repetition, unit_words
from sourcecheck.models import Span

NOTICE = (
    "A revised edition of this handbook, with current material and many more worked "
    "examples, is published as the Field Guide for Beekeepers."
)
CHAPTERS = [
    "Choosing a site for the hive. Bees need shelter from the wind and morning sun on the "
    "entrance. Keep the hive away from paths where people walk.",
    "Inspecting the colony. Open the hive on a warm, still afternoon when most foragers are "
    "out. Look for eggs, larvae and capped brood on the middle frames.",
    "Feeding in autumn. A colony going into winter needs about twenty kilograms of stored "
    "honey. Feed thick sugar syrup if the stores are light.",
    "Swarming. A crowded colony raises new queens and half the bees leave with the old queen. "
    "Give the bees more room before the swarming season starts.",
    "Harvesting honey. Take only the frames whose cells are capped with wax. Extract the honey "
    "in a clean room and strain it before bottling.",
    "Diseases and pests. Varroa mites weaken the brood and spread viruses. Count the mites that "
    "fall on a sticky board and treat the colony in late summer.",
]
HANDBOOK = "\n\n".join(f"Chapter {i + 1}\n\n{NOTICE}\n\n{c}" for i, c in enumerate(CHAPTERS))
"""A handbook whose notice heads each of its six chapters (the Debian New Maintainers' Guide
prints its notice of the rewrite on eleven pages: walk111, rt-de-05)."""


def _spans(text: str, sentences: list[str]) -> np.ndarray:
    spans, at = [], 0
    for s in sentences:
        at = text.index(s, at)
        spans.append((at, at + len(s)))
        at += len(s)
    return np.array(spans, dtype=np.int64)


def test_a_unit_repeats_another_by_its_words_whatever_their_case_and_marks():
    sentences = [
        "Die Überarbeitung dieser Anleitung ist als „Guide for Debian Maintainers“ verfügbar.",
        "Siehe Kapitel drei.",
        "Die Überarbeitung dieser Anleitung ist als Guide for Debian Maintainers verfügbar.",
        "Die Überarbeitung jener Anleitung ist als Guide for Debian Maintainers verfügbar.",
        "Siehe Kapitel drei.",
    ]
    text = " ".join(sentences)
    again = repetition(unit_words(text, _spans(text, sentences)), 0, 0)
    assert again(2)  # the same words, without the quotation marks
    assert not again(3)  # one word differs: another sentence, a competitor
    short = repetition(unit_words(text, _spans(text, sentences)), 1, 1)
    assert not short(4)  # too short to be the passage's own (a heading, a formula)


def test_russian_repetitions_are_read_by_their_casefolded_words():
    sentences = [
        "Переработанная версия этого руководства доступна как Guide for Debian Maintainers.",
        "Пожалуйста, используйте новое руководство.",
        "ПЕРЕРАБОТАННАЯ версия этого руководства доступна как «Guide for Debian Maintainers».",
    ]
    text = " ".join(sentences)
    assert repetition(unit_words(text, _spans(text, sentences)), 0, 0)(2)


def _repeated(n: int) -> tuple[np.ndarray, list[str]]:
    """Twenty units: the passage at unit 10 (0.83), repeated at ``n`` far units, 0.40 and
    less elsewhere."""
    sims = np.linspace(0.40, 0.20, 20)
    texts = [f"unit number {i} says something else" for i in range(20)]
    copies = [0, 3, 6, 14, 17, 19][:n]
    for u in [10, *copies]:
        sims[u], texts[u] = 0.83, "the notice of the rewrite of this guide"
    return sims, texts


def test_the_margin_leaves_out_the_passages_own_repetitions():
    sims, texts = _repeated(5)
    p = Passage(Span(0, 10), 0.83, (10, 10))
    bare = Neighbours(sims)
    assert margin(p, [p], bare) == 0.0  # its copies are its neighbours: no margin
    words = Neighbours(sims, lambda u: tuple(texts[u].split()))
    rest = sorted(s for i, s in enumerate(sims) if texts[i] != texts[10])[-4:]
    assert margin(p, [p], words) == round(0.83 - max(np.mean(rest), 0.45), 4)
    assert margin(p, [p], words) > 0.3


def test_only_repetitions_are_left_out_when_they_fill_the_nearest_units():
    # the copies take the nearest places (more than the spare ones): the neighbours are
    # then the next units down the whole text, not the copies and not None
    sims = np.full(40, 0.30)
    sims[:16] = 0.83
    texts = ["the notice of the rewrite of this guide"] * 16 + [
        f"unit {i} is about something else" for i in range(24)
    ]
    sims[30] = 0.50
    near = Neighbours(sims, lambda u: tuple(texts[u].split()))
    assert near.away(0, 0) == pytest.approx((0.50 + 3 * 0.30) / 4)


@pytest.mark.parametrize(
    ("language", "quote"),
    [
        (
            "de",
            "Eine überarbeitete Ausgabe dieses Handbuchs mit aktuellem Stoff und viel mehr "
            "durchgerechneten Beispielen ist als Field Guide for Beekeepers erschienen.",
        ),
        (
            "ru",
            "Переработанное издание этого руководства, с актуальным материалом и гораздо "
            "большим числом разобранных примеров, вышло под названием Field Guide for "
            "Beekeepers.",
        ),
        (
            "en",
            "An updated version of this manual, with up-to-date content and plenty of "
            "additional practical examples, has appeared as the Field Guide for Beekeepers.",
        ),
    ],
)
def test_a_rendering_of_a_sentence_printed_on_every_chapter_stands_out(language, quote):
    r = match_meaning(quote, HANDBOOK, language=language, text_language="en")
    assert r.status == REWORDED, r.reason
    assert r.span is not None and r.span.slice(HANDBOOK) == NOTICE
    assert r.signals is not None and r.signals.margin > 0.2  # was +0.00: its copies
    assert "+0.00" not in r.reason


def test_a_statement_the_handbook_does_not_make_stays_unfound_beside_the_notice():
    quote = "The handbook is no longer maintained and its examples were removed."
    r = match_meaning(quote, HANDBOOK, language="en", text_language="en")
    assert r.status == "not_found", r.reason
