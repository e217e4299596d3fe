"""Who does what to whom around a relative clause ("All those who helped ... would like to
thank the authors", walkthrough walk115), the two members of a choice exchanged ("instead of",
"statt", "вместо", "rather than", "а не": the fresh-clone trial of session 22), and a passive
with an irregular participle ("The dam was built to stop the river ...": no exchange against
"Плотину построили, чтобы река не затопляла город"). Passages written for these tests, in
English, German and Russian."""

from __future__ import annotations

import pytest

from sourcecheck.matching.caseroles import ACTS, UNDERGOES
from sourcecheck.matching.choices import choice_ends, sole_links
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.participles import passive_at
from sourcecheck.matching.relativeroles import parties, relative_reversal, units
from sourcecheck.matching.reversal import relations
from sourcecheck.matching.roles import ROLES
from sourcecheck.matching.wordpairs import Alignment

FILL = {
    "en": "The weather that spring was cold and wet. Many farmers lost their harvest. ",
    "de": "Das Wetter war in jenem Frühjahr kalt und nass. Viele Bauern verloren ihre Ernte. ",
    "ru": "Весна в тот год была холодной и сырой. Многие крестьяне потеряли урожай. ",
}
THANKS = {
    "en": "The editors would like to thank all those who helped make this handbook possible.",
    "de": "Die Herausgeber möchten allen danken, die geholfen haben, dieses Handbuch möglich "
    "zu machen.",
    "ru": "Редакторы хотели бы поблагодарить всех, кто помог сделать этот справочник возможным.",
}
THANKED = {  # the same words, the roles exchanged
    "en": "All those who helped make this handbook possible would like to thank the editors.",
    "de": "Alle, die geholfen haben, dieses Handbuch möglich zu machen, möchten den "
    "Herausgebern danken.",
    "ru": "Все, кто помог сделать этот справочник возможным, хотели бы поблагодарить редакторов.",
}
BRIDGE = {
    "en": "The workers who built the bridge thanked the engineers.",
    "de": "Die Arbeiter, die die Brücke bauten, dankten den Ingenieuren.",
    "ru": "Рабочие, которые строили мост, благодарили инженеров.",
}
BRIDGE_SWAPPED = {
    "en": "The engineers thanked the workers who built the bridge.",
    "de": "Die Ingenieure dankten den Arbeitern, die die Brücke bauten.",
    "ru": "Инженеры благодарили рабочих, которые строили мост.",
}
TRAIN = {
    "en": "The delegation travelled to Berlin by train instead of by ship.",
    "de": "Die Delegation reiste mit dem Zug statt mit dem Schiff nach Berlin.",
    "ru": "Делегация поехала в Берлин поездом вместо парохода.",
}
SHIP = {
    "en": "The delegation travelled to Berlin by ship instead of by train.",
    "de": "Die Delegation reiste mit dem Schiff statt mit dem Zug nach Berlin.",
    "ru": "Делегация поехала в Берлин пароходом вместо поезда.",
}
TULA = {  # the choice opens the sentence, no comma after its phrase
    "en": "Instead of Moscow I shall go to Tula.",
    "de": "Statt nach Moskau werde ich nach Tula fahren.",
    "ru": "Вместо Москвы я поеду в Тулу.",
}
MOSCOW = {
    "en": "Instead of Tula I shall go to Moscow.",
    "de": "Statt nach Tula werde ich nach Moskau fahren.",
    "ru": "Вместо Тулы я поеду в Москву.",
}
DAM = {
    "en": "The dam was built to stop the river from flooding the town.",
    "ru": "Плотину построили, чтобы река не затопляла город.",
}


def _match(quote: str, quote_language: str, sentence: str, text_language: str):  # type: ignore[no-untyped-def]
    text = FILL[text_language] + sentence + " " + FILL[text_language]
    return match_meaning(quote, text, language=quote_language, text_language=text_language)


def _exchanged(result) -> bool:  # type: ignore[no-untyped-def]
    """Flagged `roles`, or not found with the roles reversed in its reason (a quote of the
    passage's own words in one language)."""
    if result.status == "reworded":
        return ROLES in result.flags
    return result.status == "not_found" and "who does what to whom is reversed" in result.reason


def test_a_relative_clause_is_joined_to_its_head_in_each_language() -> None:
    t = THANKED["en"]
    assert [(t[slice(*h)], t[slice(*r)]) for h, r in units(t, "en")] == [
        ("All those", "who helped make this handbook possible")
    ]
    t = THANKS["de"]  # placed after the verb: the pronoun before it is its head
    assert [(t[slice(*h)], t[slice(*r)]) for h, r in units(t, "de")] == [
        ("allen", "die geholfen haben, dieses Handbuch möglich zu machen")
    ]
    t = THANKED["ru"]
    assert [(t[slice(*h)], t[slice(*r)]) for h, r in units(t, "ru")] == [
        ("Все", "кто помог сделать этот справочник возможным")
    ]
    assert units("Die Herausgeber dankten, die Autoren lobten.", "de") == []  # an article


@pytest.mark.parametrize("language", ["en", "de", "ru"])
def test_the_parties_of_the_main_clause_get_their_roles(language: str) -> None:
    found = parties(THANKED[language], language)
    assert found is not None and [p.role for p in found] == [ACTS, UNDERGOES]
    assert "helped" in found[0].shown or "geholfen" in found[0].shown or "помог" in found[0].shown
    found = parties(THANKS[language], language)
    assert found is not None and [p.role for p in found] == [ACTS, UNDERGOES]
    assert found[1].spans[-1][1] > found[1].spans[0][1]  # the relative clause is the undergoer's


def test_a_copula_or_a_symmetric_verb_reads_no_roles() -> None:
    assert parties("Those who came to the meeting were the delegates.", "en") is None
    assert parties("All those who signed the petition met the mayor.", "en") is None
    assert (
        parties("Alle, die die Petition unterschrieben haben, trafen den Bürgermeister.", "de")
        is None
    )
    assert parties("Все, кто подписал петицию, встретились с мэром.", "ru") is None


@pytest.mark.parametrize("language", ["en", "de"])
def test_parties_exchanged_in_one_language_are_read_by_their_own_words(language: str) -> None:
    nothing = Alignment(0, ())
    note = relative_reversal(THANKED[language], language, THANKS[language], language, nothing)
    assert note is not None and "who does what to whom is reversed" in note
    assert (
        relative_reversal(THANKS[language], language, THANKS[language], language, nothing) is None
    )


@pytest.mark.parametrize(
    ("quote_language", "text_language"),
    [("en", "en"), ("de", "en"), ("ru", "en"), ("en", "de"), ("en", "ru"), ("ru", "ru")],
)
def test_a_swap_around_a_relative_clause_is_flagged_and_the_true_rendering_is_not(
    quote_language: str, text_language: str
) -> None:
    swapped = _match(THANKED[quote_language], quote_language, THANKS[text_language], text_language)
    assert _exchanged(swapped), swapped.reason
    right = _match(THANKS[quote_language], quote_language, THANKS[text_language], text_language)
    assert right.status == "reworded" and ROLES not in right.flags


@pytest.mark.parametrize(
    ("quote_language", "text_language"), [("en", "ru"), ("de", "ru"), ("ru", "en"), ("ru", "ru")]
)
def test_a_swap_of_a_noun_with_its_relative_clause_is_flagged(
    quote_language: str, text_language: str
) -> None:
    swapped = _match(BRIDGE_SWAPPED[quote_language], quote_language, BRIDGE[text_language],
                     text_language)  # fmt: skip
    assert _exchanged(swapped), swapped.reason
    right = _match(BRIDGE[quote_language], quote_language, BRIDGE[text_language], text_language)
    assert right.status == "reworded" and ROLES not in right.flags


def test_where_a_choice_opening_a_sentence_ends_its_phrase() -> None:
    assert [TULA["en"][:e] for e in choice_ends(TULA["en"], "en")] == ["Instead of Moscow"]
    assert [TULA["de"][:e] for e in choice_ends(TULA["de"], "de")] == ["Statt nach Moskau"]
    assert [TULA["ru"][:e] for e in choice_ends(TULA["ru"], "ru")] == ["Вместо Москвы"]
    t = "Instead of the old bridge the engineers built a new one."
    assert [t[:e] for e in choice_ends(t, "en")] == ["Instead of the old bridge"]
    assert choice_ends("Instead of resigning, he attacked his critics.", "en") == []  # a comma
    assert choice_ends("He went by train instead of by ship to Berlin.", "en") == []
    assert choice_ends("Он поехал в Москву, а не в Тулу.", "ru") == []
    assert choice_ends("Вместо того чтобы уйти, он остался.", "ru") == []
    t = "Мельнице приказали молоть 400 мешков в день вместо прежних 250."
    assert choice_ends(t, "ru") == []  # the figure is the genitives' own (pv114-14)


def test_a_lone_word_of_a_rejected_member_counts_as_sure() -> None:
    links = [(0, 0, "Делегация", True), (0, 1, "пароходом", False), (1, 0, "поезда", True)]
    assert sole_links(links, [1], [1]) == [
        (0, 0, "Делегация", True), (0, 1, "пароходом", True), (1, 0, "поезда", True)
    ]  # fmt: skip
    two = [(1, 0, "поезда", False), (1, 0, "вагона", False), (0, 1, "ship", False)]
    assert [sure for *_, sure in sole_links(two, [1], [1])] == [False, False, True]


@pytest.mark.parametrize(
    ("quote_language", "text_language"),
    [("ru", "en"), ("de", "en"), ("en", "en"), ("en", "ru"), ("en", "de")],
)
def test_the_members_of_a_choice_exchanged_are_flagged(
    quote_language: str, text_language: str
) -> None:
    for changed, true in ((SHIP, TRAIN), (MOSCOW, TULA)):
        swapped = _match(changed[quote_language], quote_language, true[text_language],
                         text_language)  # fmt: skip
        assert _exchanged(swapped), (changed[quote_language], swapped.reason)
        right = _match(true[quote_language], quote_language, true[text_language], text_language)
        assert right.status == "reworded" and not right.flags, true[quote_language]


def test_rather_than_and_a_ne_exchanged_are_flagged() -> None:
    text = "Он поехал в Москву, а не в Тулу."
    swapped = _match("He went to Tula rather than to Moscow.", "en", text, "ru")
    assert _exchanged(swapped), swapped.reason
    right = _match("He went to Moscow rather than to Tula.", "en", text, "ru")
    assert right.status == "reworded" and ROLES not in right.flags


def test_an_irregular_participle_makes_a_passive() -> None:
    assert passive_at(DAM["en"], 0, len(DAM["en"]), "en") == DAM["en"].index("was")
    assert passive_at("The guns were put in the cellar.", 0, 32, "en") is not None
    assert passive_at("He was lying in the cellar.", 0, 27, "en") is None
    assert passive_at("The gun was ready.", 0, 18, "en") is None
    assert relations(DAM["en"], "en") == []  # a passive without its doer: no relation


@pytest.mark.parametrize(("quote_language", "text_language"), [("ru", "en"), ("en", "ru")])
def test_a_purpose_clause_is_no_exchange(quote_language: str, text_language: str) -> None:
    right = _match(DAM[quote_language], quote_language, DAM[text_language], text_language)
    assert right.status == "reworded" and ROLES not in right.flags
