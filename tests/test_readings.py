"""The readings a passage is compared with (matching/readings.py): the quote, undated,
unnamed."""

from __future__ import annotations

import pytest
from conftest import shared_excerpt

from sourcecheck.matching.anchors import read_anchors
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.readings import reading_texts, timed, unnamed


def test_a_quote_is_also_read_without_its_names():
    q = "On December 25, 1917 Gregor's father went with Grete to lunch at noon."
    readings = reading_texts(q, read_anchors(q, "en"))
    assert readings == [
        q,
        "Gregor's father went with Grete to lunch at noon.",
        "Father went with to lunch at noon.",
    ]
    # too few words would remain: the quote is its only reading
    q = "Grete and Gregor Samsa left."
    assert unnamed(q, read_anchors(q, "en")) == q
    assert reading_texts(q, read_anchors(q, "en")) == [q]


@pytest.mark.shared
def test_a_name_the_translator_added_does_not_pull_the_quote_elsewhere():
    # Wyllie names Gregor where Kafka writes "Der Vater"; with the name, passages about
    # Gregor and his father came nearer than the original
    text = shared_excerpt("kafka-die-verwandlung-de.txt", "\nIII.", "»Weg muß es,«")
    quote = (
        "Gregor's father seemed so obsessed with what he was doing that he forgot all the "
        "respect he owed to his tenants."
    )
    r = match_meaning(quote, text, language="en", text_language="de")
    assert r.status == REWORDED, r.reason
    assert "Eigensinn" in r.span.slice(text)


def test_a_quotes_times_of_day_are_also_read_as_figures():
    q = "Было половина пятого, и стрелки шли вперёд, дело шло уже к без четверти пять."
    readings = reading_texts(q, read_anchors(q, "ru"))
    assert readings == [q, "Было 4:30, и стрелки шли вперёд, дело шло уже к 4:45."]
    q = "It was half past six; soon a quarter to seven."
    assert timed(q, read_anchors(q, "en")) == "It was 6:30; soon 6:45."
    q = "Es war spät, die Zeiger gingen ruhig vorwärts."  # no time: no other reading
    assert reading_texts(q, read_anchors(q, "de")) == [q]
