"""A quote of two sentences whose passage candidate is one unit: grown by the unit before or
after it (matching/bounds.py, task retrans115). A translation keeps most sentence ends, and
a short, general first sentence ("The inspector could not find any remaining defects.") is
far from the quote by itself: the units' vectors put the unit of the second sentence first,
and the two that render the quote were never embedded together (walk114, xc-en-ru-06).
Texts written for these tests: a warehouse's inspection rules in Russian, German and
English."""

from __future__ import annotations

import numpy as np
import pytest

from sourcecheck.matching.bounds import rebounded
from sourcecheck.matching.embed import default_embedder
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.passages import Passage
from sourcecheck.matching.vectors import text_units
from sourcecheck.models import Span

QUOTE = (
    "The inspector could not find any remaining defects. He seals the crate, labels it and "
    "sends it to the port."
)
TEXTS = {
    "ru": (
        "Каждый ящик с товаром проходит проверку на складе. Инспектор открывает ящик и сверяет "
        "его содержимое с накладной. Если будут найдены какие-либо недостатки, он сообщает о "
        "них поставщику и просит их устранить. Поставщик присылает недостающие детали в "
        "течение недели. Инспектор не обнаружил оставшихся недостатков. Он запечатывает ящик, "
        "наклеивает ярлык и отправляет его в порт. В порту ящики грузят на суда по вторникам "
        "и пятницам. Ярлык содержит номер заказа и адрес получателя."
    ),
    "de": (
        "Jede Kiste mit Waren wird im Lager geprüft. Der Prüfer öffnet die Kiste und vergleicht "
        "ihren Inhalt mit dem Lieferschein. Werden Mängel gefunden, teilt er sie dem "
        "Lieferanten mit und bittet ihn, sie zu beheben. Der Lieferant schickt fehlende Teile "
        "innerhalb einer Woche. Der Prüfer fand keine verbleibenden Mängel. Er versiegelt die "
        "Kiste, klebt ein Etikett auf und schickt sie zum Hafen. Im Hafen werden die Kisten "
        "dienstags und freitags auf Schiffe verladen. Das Etikett enthält die Auftragsnummer."
    ),
    "en": (
        "Every crate of goods is checked in the warehouse. The checker opens the crate and "
        "compares what it holds with the delivery note. If faults turn up, he tells the "
        "supplier and asks him to put them right. The supplier sends missing parts within a "
        "week. No faults were left for the checker to find. He closes the crate with a seal, "
        "puts a label on it and ships it to the harbour. At the harbour the crates are loaded "
        "on Tuesdays and Fridays. The label gives the order number."
    ),
}
WORDS = 16
"""The quote's words as the test counts them: each second sentence has more than half of
them (9 to 14), so none is too short by its words alone."""
SECOND = {"ru": "Он запечатывает", "de": "Er versiegelt", "en": "He closes"}
FIRST = {"ru": "Инспектор не обнаружил", "de": "Der Prüfer fand", "en": "No faults were"}


def _unit_at(text: str, language: str, words: str) -> Passage:
    units = text_units(text, language)
    start = text.index(words)
    i = int(np.searchsorted(units.spans[:, 0], start, side="right")) - 1
    span = Span(int(units.spans[i, 0]), int(units.spans[i, 1]))
    embedder = default_embedder()
    similarity = float(embedder([QUOTE])[0] @ embedder([span.slice(text)])[0])
    return Passage(span, similarity, (i, i))


@pytest.mark.parametrize("language", ["ru", "de", "en"])
def test_a_unit_is_grown_when_the_quote_has_more_sentences(language: str) -> None:
    text, embedder = TEXTS[language], default_embedder()
    units, query = text_units(text, language), embedder([QUOTE])
    second = _unit_at(text, language, SECOND[language])
    grown = rebounded(text, units, [second], WORDS, query, embedder, sentences=2)
    assert grown[0].span.slice(text).startswith(FIRST[language]), grown[0]
    assert grown[0].window == (second.window[0] - 1, second.window[1])
    assert second not in grown  # the grown passage takes its place
    # a quote of one sentence (and as many words) leaves it as it is
    assert rebounded(text, units, [second], WORDS, query, embedder, sentences=1) == [second]
    # a passage another candidate holds is weighed there already: not grown
    both = Passage(Span(second.span.start - 40, second.span.end), 0.5, second.window)
    kept = rebounded(text, units, [second, both], WORDS, query, embedder, sentences=2)
    assert second in kept


@pytest.mark.parametrize("language", ["ru", "de"])
def test_the_two_sentences_are_found_across_languages(language: str) -> None:
    text = TEXTS[language]
    result = match_meaning(QUOTE, text, language="en", text_language=language)
    assert result.status == REWORDED, result.reason
    assert result.span is not None
    passage = result.span.slice(text)
    assert passage.startswith(FIRST[language]) and SECOND[language] in passage
