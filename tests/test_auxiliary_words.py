"""Auxiliaries, modals and copulas in all their forms are no content words
(matching/auxiliaries.py, read by wordpairs.content_positions): a German subjunctive
("sei", "müsse") or a Russian "являлся" has no counterpart to find in a rendering that says
"was" or "must" (function words there).

walk86 F8: a true German rendering had "sei" and "müsse" among its five content words with
no counterpart, and ClaimReview published it as only partly supported.
"""

from __future__ import annotations

import pymorphy3
import pytest

from sourcecheck.matching.auxiliaries import auxiliaries
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.wordpairs import content_positions
from sourcecheck.normalize import fold

GERMAN = {
    "sein": "bin bist ist sind seid war warst waren wart sei seist seien wäre wärst wären "
    "wäret gewesen",
    "haben": "habe hast hat haben habt hatte hattest hatten hattet hätte hättest hätten "
    "hättet gehabt",
    "werden": "werde wirst wird werden werdet wurde wurden würde würdest würden worden geworden",
    "können": "kann kannst können könnt konnte konnten könne könnte könnten gekonnt",
    "müssen": "muss muß musst müssen müsst musste mussten müsse müsste müssten gemusst",
    "sollen": "soll sollst sollen sollt sollte sollten solle gesollt",
    "wollen": "will willst wollen wollt wollte wollten wolle gewollt",
    "dürfen": "darf darfst dürfen dürft durfte durften dürfe dürfte dürften gedurft",
    "mögen": "mag magst mögen mögt mochte mochten möge möchte möchten gemocht",
}
"""Each verb's present, preterite, Konjunktiv I and II and participle, as a grammar prints
them."""


@pytest.mark.parametrize(("verb", "forms"), GERMAN.items())
def test_every_form_of_a_german_auxiliary_or_modal_is_no_content_word(verb, forms):
    sentence = f"Der Gesandte {' und '.join(forms.split())} den Frieden"
    words = [w for _, w in content_positions(sentence, "de")]
    assert words == ["Gesandte", "Frieden"], verb


RUSSIAN = {"быть": "INFN", "являться": "INFN", "мочь": "INFN", "хотеть": "INFN", "должный": "ADJF"}
RARE = {"есмь", "суть", "е", "бывши", "хошь", "хочем", "хочете", "хочим", "хочите", "хочут",
        "хотя"}  # fmt: skip
"""Archaic and dialect forms the dictionary lists, and "хотя" ("although") far more often a
conjunction than the gerund of "хотеть"."""


@pytest.mark.parametrize(("lemma", "pos"), RUSSIAN.items())
def test_every_form_of_a_russian_copula_or_modal_is_no_content_word(lemma, pos):
    analyzer = pymorphy3.MorphAnalyzer(lang="ru")
    parse = next(p for p in analyzer.parse(lemma) if p.normal_form == lemma and pos == p.tag.POS)
    forms = {f.word for f in parse.lexeme if f.tag.POS in ("INFN", "VERB", "GRND", "ADJS")} - RARE
    assert len(forms) >= 4
    assert sorted(f for f in forms if fold(f) not in auxiliaries("ru")) == []
    sentence = "Министр " + " и ".join(sorted(forms)) + " председателем"
    assert [w for _, w in content_positions(sentence, "ru")] == ["Министр", "председателем"]


def test_english_auxiliaries_and_modals_are_no_content_words():
    sentence = "The envoy am is being having been ought must might shall signing the treaty"
    assert [w for _, w in content_positions(sentence, "en")] == ["envoy", "signing", "treaty"]


def test_content_verbs_stay_content_words():
    """Only the auxiliaries: "gemacht", "стал", "signed" say something."""
    assert [w for _, w in content_positions("Er sei gereist und habe unterzeichnet", "de")] == [
        "gereist",
        "unterzeichnet",
    ]
    assert [w for _, w in content_positions("Он был министром и стал послом", "ru")] == [
        "министром",
        "стал",
        "послом",
    ]


SOURCE = (
    "The conference sat late into the night. The old general insisted that the garrison "
    "was too weak to hold the fortress and that the town must be given up at once. Nobody "
    "answered him, and the delegates went home in silence."
)


def test_a_german_rendering_in_the_subjunctive_has_no_auxiliary_without_counterpart():
    quote = (
        "Der alte General bestand darauf, die Garnison sei zu schwach, um die Festung zu "
        "halten, und die Stadt müsse sofort aufgegeben werden."
    )
    result = match_meaning(quote, SOURCE, language="de", text_language="en")
    assert result.status == "reworded"
    missing = {fold(w) for w in result.evidence.unmatched_words}
    assert not missing & {"sei", "musse", "werden"}
