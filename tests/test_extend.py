"""A quote of several sentences whose nearest passage renders only the first
(matching/extend.py): the passage is widened over the next sentences when they render the
others, so a change there is compared; else the sentences left out count against it."""

from __future__ import annotations

import numpy as np

from sourcecheck.matching.evidence import Weighing
from sourcecheck.matching.extend import Uncovered, extended, uncovered, uncovered_reason
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.vectors import text_units
from sourcecheck.matching.verdict import Signals
from sourcecheck.matching.wordpairs import Alignment, WordPair
from sourcecheck.models import Span

MINUTES = (  # our own text
    "The council met in the old town hall on Monday morning. "
    "Kamenev said that the peace with the Germans had to be signed at once. "
    "Bukharin agreed with him. "
    "Then the members voted by a show of hands and the chairman closed the meeting. "
    "Outside, the snow had covered the square and the sentries stamped their feet."
)


def test_a_span_widens_by_whole_units():
    units = text_units(MINUTES, "en")
    second = Span(int(units.spans[1, 0]), int(units.spans[1, 1]))
    wider = extended(units, second, 0, 1)
    assert wider is not None and wider.slice(MINUTES).endswith("Bukharin agreed with him.")
    wider = extended(units, second, 1, 0)
    assert wider is not None and wider.slice(MINUTES).startswith("The council met")
    last = Span(int(units.spans[-1, 0]), int(units.spans[-1, 1]))
    assert extended(units, last, 0, 1) is None  # no unit after the last
    assert np.all(units.spans[:, 0][1:] >= units.spans[:, 1][:-1])


DIARY = (
    "Aus einem Tagebuch (für die Prüfung geschrieben).\n\n3. März 1918.\n\n"
    "Der Zug aus Wien kam erst am Abend an, weil die Strecke verschneit war. "
    "Nach dem Essen sagte Hoffmann zu mir: „Die Russen haben keine Armee mehr, wir können bis "
    "Petersburg marschieren.“ Keiner lachte.\n\n"
    "4. März 1918.\n\nDer Zug nach Berlin fuhr um sieben Uhr ab. Es regnete den ganzen Tag, "
    "und Czernin schrieb Briefe an seine Frau.\n"
)
SAID = (
    'After dinner Hoffmann said to me: "The Russians no longer have an army, we can march as '
    'far as Petersburg."'
)


def test_a_changed_second_sentence_is_compared_at_the_next_sentence():
    # the nearest passage is Hoffmann's sentence alone; "Keiner lachte." is the next one
    r = match_meaning(f"{SAID} Everyone laughed.", DIARY, language="en", text_language="de")
    assert r.status == REWORDED, r.reason
    assert r.span.slice(DIARY).endswith("Keiner lachte.")
    assert "negation" in r.flags


def test_a_sentence_the_text_does_not_have_rejects_the_passage():
    quote = f"{SAID} Then he ordered champagne and cigars for the whole staff."
    r = match_meaning(quote, DIARY, language="en", text_language="de")
    assert r.status == "not_found", r.reason
    assert "renders only part of the quote" in r.reason
    assert "“Then he ordered champagne and cigars for the whole staff.”" in r.reason


def test_a_short_sentence_left_out_is_only_named():
    missing = Uncovered((), (Span(0, 10),), (2,))
    assert uncovered_reason("He agreed. More words here.", missing, 10) is None
    missing = Uncovered((), (Span(0, 10),), (4,))
    assert "4 of its 10 content words" in (uncovered_reason("He agreed. More.", missing, 10) or "")
    # a third of the quote's content words is not enough (neg-4: 3 of 10)
    assert uncovered_reason("He agreed. More.", Uncovered((Span(0, 10),), (), (3,)), 9) is None


def _weighed(quote: str, words: list[str]) -> Weighing:
    pairs = tuple(WordPair(w, quote.index(w), w, 0, 0.9) for w in words)
    signals = Signals(0.7, 0.2, 0.5, cross=True, content_words=12, counterparts=len(pairs))
    return Weighing(signals, Alignment(12, pairs), None, None)  # type: ignore[arg-type]


def test_a_sentence_with_one_counterpart_of_many_is_uncovered():
    quote = (
        "Kamenev said that peace must be signed. Afterwards the members went to the theatre "
        "together and applauded the new opera until midnight."
    )
    one = uncovered(quote, "en", _weighed(quote, ["Kamenev", "peace", "signed", "members"]))
    assert [s.slice(quote)[:10] for s in one.after] == ["Afterwards"] and not one.before
    two = uncovered(quote, "en", _weighed(quote, ["Kamenev", "peace", "members", "theatre"]))
    assert not two.sentences
    # a sentence before the first covered one
    first = uncovered(quote, "en", _weighed(quote, ["members", "theatre", "opera"]))
    assert [s.slice(quote)[:7] for s in first.before] == ["Kamenev"] and not first.after
