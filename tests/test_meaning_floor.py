"""The margin's floor (matching/verdict.py ``neighbour_floor``): a short text has too few
passages to show how near a topic-only passage comes, so the margin subtracts at least
``NEIGHBOUR_FLOOR``; a book has enough, and across languages every similarity is lower, so
there the floor is ``LONG_TEXT_FLOOR`` (whole units only: clause runs keep the short text's)."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import shared_file

from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.passages import Neighbours, Passage, margin
from sourcecheck.matching.verdict import (
    LONG_TEXT_FLOOR,
    LONG_TEXT_UNITS,
    NEIGHBOUR_FLOOR,
    neighbour_floor,
)
from sourcecheck.models import Span


def _sims(units: int, passage: float, others: float) -> np.ndarray:
    """A quote's similarity with each unit: ``passage`` at unit 10, ``others`` elsewhere."""
    sims = np.full(units, others)
    sims[10] = passage
    return sims


def test_a_book_subtracts_its_own_nearest_units_under_the_short_texts_floor():
    assert LONG_TEXT_FLOOR < NEIGHBOUR_FLOOR
    p = Passage(Span(0, 10), 0.52, (10, 10))
    book = Neighbours(_sims(LONG_TEXT_UNITS, 0.52, 0.31))
    assert margin(p, [p], book) == round(0.52 - 0.31, 4)  # +0.21: it stands out
    letter = Neighbours(_sims(60, 0.52, 0.31))
    assert margin(p, [p], letter) == round(0.52 - NEIGHBOUR_FLOOR, 4)  # +0.07: the floor


def test_the_books_floor_still_holds_for_a_quote_near_nothing_and_for_clause_runs():
    book = Neighbours(_sims(2 * LONG_TEXT_UNITS, 0.40, 0.12))
    p = Passage(Span(0, 10), 0.40, (10, 10))
    assert margin(p, [p], book) == round(0.40 - LONG_TEXT_FLOOR, 4)
    clause = Passage(Span(0, 10), 0.40, (10, 10), clause=True)
    assert margin(clause, [clause], book) == round(0.40 - NEIGHBOUR_FLOOR, 4)


def test_the_floor_by_the_texts_length():
    assert neighbour_floor(LONG_TEXT_UNITS - 1) == NEIGHBOUR_FLOOR
    assert neighbour_floor(LONG_TEXT_UNITS) == LONG_TEXT_FLOOR
    assert neighbour_floor(LONG_TEXT_UNITS, clause=True) == NEIGHBOUR_FLOOR


@pytest.mark.shared
def test_a_russian_rendering_stands_out_from_the_english_book_by_its_own_neighbours():
    # our rendering of "His idea of relaxation is working with his fretsaw." (Wyllie): the
    # book's other sentences are far from a Russian quote, under the short text's floor
    book = shared_file("translations", "kafka-metamorphosis-en.txt").read_text("utf-8")
    r = match_meaning("Его отдых — это работа с лобзиком.", book, text_language="en")
    assert r.status == REWORDED and "fretsaw" in r.span.slice(book)
    assert r.signals is not None
    assert r.signals.margin > r.signals.similarity - NEIGHBOUR_FLOOR + 0.1
