"""Printed forms that drew a rendering's vector away, and names printed in one word or two.

A plain-text book marks italics with underscores and types a dash as two hyphens; a diary
opens each entry with its date; a place named in two English words is one word in Russian,
often an adjective ("Моонзундские острова"). The passages here are written for these tests.
"""

from __future__ import annotations

import numpy as np

from sourcecheck.matching.anchors import AnchorComparison, compare_anchors, read_anchors, with_names
from sourcecheck.matching.compoundnames import adjective_stem, name_runs
from sourcecheck.matching.embed import default_embedder, model_input
from sourcecheck.matching.evidence import Weighing
from sourcecheck.matching.extend import named_before
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.passages import Passage, heading_end
from sourcecheck.matching.vectors import text_units
from sourcecheck.matching.verdict import Signals
from sourcecheck.matching.wordpairs import Alignment
from sourcecheck.models import Span

DIARY = """\
"_March 2, 1917._--Left Vienna in the evening with my secretary and two officers. The train
was cold and crowded, and we reached the frontier only after midnight.

"_March 3, 1917._--The talks with the Swiss envoy lasted the whole morning. He thinks the
harvest in his country will be poor and that grain prices will rise before the summer.

"_March 4, 1917._--Snow fell all day, and the roads to the mountains were closed. I spent
the afternoon writing letters and reading the newspapers from Berlin.

"_March 5, 1917._--The ambassador came to lunch. He told me that the king's health is
failing and that the court is already speaking of a regency.

"_March 6, 1917._--A telegram from home: the miners in the north have gone on strike, and
the minister asks me to return at once. I leave to-morrow with the early train.
"""


def test_the_model_is_given_a_book_s_typewriter_marks_in_print_s_form() -> None:
    assert model_input('"_March 4, 1917._--Snow fell all day.') == (
        '"March 4, 1917. — Snow fell all day.'
    )
    assert model_input("a file_name, a range 3--4 and c---d") == (
        "a file_name, a range 3 — 4 and c---d"
    )  # a word's own underscore and a run of three hyphens stay
    embedder = default_embedder()
    marked, printed = embedder(["_Snow_ fell--all day.", "Snow fell — all day."])
    assert np.allclose(marked, printed, atol=1e-6)  # the embedder applies it
    assert embedder.model_id.endswith("+typography1")  # stored vectors of the old input rebuilt


def test_a_dated_heading_is_found_and_a_dated_sentence_is_not() -> None:
    entry = DIARY.index('"_March 4')
    start = heading_end(DIARY, entry, entry + 200, "en")
    assert start is not None and DIARY[start:].startswith("Snow fell all day")
    ru = "4 марта 1917 года. Весь день шёл снег."
    assert ru[heading_end(ru, 0, len(ru), "ru") :] == "Весь день шёл снег."  # type: ignore[misc]
    said = "On March 4, 1917, snow fell all day."
    assert heading_end(said, 0, len(said), "en") is None


def test_an_entry_rendered_without_its_date_is_found_without_its_heading() -> None:
    quote = (
        "Пришла телеграмма из дома: шахтёры на севере забастовали, и министр просит меня "
        "немедленно вернуться."
    )
    r = match_meaning(quote, DIARY, language="ru", text_language="en")
    assert r.status == REWORDED, r.reason
    assert DIARY[r.span.start :].startswith("A telegram from home")  # the heading left out


def test_a_russian_adjective_of_a_name_is_the_name_of_two_english_words() -> None:
    assert adjective_stem("Моонзундские") == "Моонзунд" and adjective_stem("Троцкий") is None
    quote = "Only the Moon Sound Islands seemed too much for him."
    passage = "Только Моонзундские острова казались ему слишком большим куском."
    c = compare_anchors(read_anchors(quote, "en"), read_anchors(passage, "ru"))
    assert {"Moon", "Sound"} <= set(c.shared_names) and c.other_names == ()
    assert "name" not in c.flags
    runs = name_runs(quote, {"Moon", "Sound", "Islands"})
    assert ((9, 14), "MoonSound") in runs
    a = with_names(Alignment(5, ()), quote, ("Moon", "Sound", "Islands"), passage, "en")
    assert {(p.quote, p.passage) for p in a.pairs} >= {
        ("Moon", "Моонзундские"),
        ("Sound", "Моонзундские"),
    }


def test_a_name_opening_the_quote_is_paired_with_its_spelling_in_the_passage() -> None:
    quote = "Зайдлер снова телеграфирует из Вены."
    passage = "Seidler again wires from Vienna."
    a = with_names(Alignment(4, ()), quote, (), passage, "ru")
    assert [(p.quote, p.passage) for p in a.pairs] == [("Зайдлер", "Seidler")]
    common = with_names(Alignment(4, ()), "Снова телеграмма из Вены.", (), passage, "ru")
    assert common.pairs == ()  # a capitalized opener that spells no word of the passage


DELEGATES = """\
The delegation arrived on the Tuesday. Its secretary was a quiet man who spoke little and
wrote everything down. The second delegate is Madame Orlova, a teacher from the provinces.
Her brother is a railway clerk; she herself joined the movement young. Nine years ago she shot
the prefect of her town, who had ordered the strikers to be flogged. She spent seven years in
prison. Madame Orlova at dinner said nothing and left before the coffee.
"""


def _weighing(text: str, span: Span, flags: tuple[str, ...] = ()) -> Weighing:
    """A stand-in for the meaning stage's weighing: the passage lacks "Orlova" unless it
    holds it, and scores better with it (coverage)."""
    named = "Orlova" in span.slice(text)
    signals = Signals(0.6, 0.15, 1.0 if named else 0.8, False, 10, 10 if named else 8)
    missing = () if named else ("Orlova",)
    comparison = AnchorComparison((), missing, (), None, None, flags)
    return Weighing(signals, Alignment(10, ()), read_anchors("", "en"), comparison)


def test_a_passage_takes_in_the_sentence_before_it_that_names_the_quote_s_person() -> None:
    units = text_units(DELEGATES, "en")
    u = int(np.searchsorted(units.spans[:, 0], DELEGATES.index("Nine years"), side="right")) - 1
    passage = Passage(Span(*(int(x) for x in units.spans[u])), 0.6, (u, u))
    wider, weighed = named_before(
        DELEGATES, units, (passage, _weighing(DELEGATES, passage.span)),
        similarity=lambda s: 0.6, weigh=lambda p: _weighing(DELEGATES, p.span),
    )  # fmt: skip
    assert wider.span.slice(DELEGATES).startswith("The second delegate is Madame Orlova")
    assert weighed.comparison.missing_names == ()
    # a difference found at the passage is not given up for the wider one
    flagged = _weighing(DELEGATES, passage.span, ("roles",))
    same, _ = named_before(DELEGATES, units, (passage, flagged), similarity=lambda s: 0.6,
                           weigh=lambda p: _weighing(DELEGATES, p.span))  # fmt: skip
    assert same == passage
