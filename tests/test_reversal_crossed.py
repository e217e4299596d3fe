"""Roles exchanged across languages and through a preposition (issue 10): a Russian clause's
nouns read by their endings against an English rendering, a doer put after the same
preposition, and words paired weakly for the roles only. Passages written for these tests."""

from __future__ import annotations

import numpy as np

from sourcecheck import match_meaning
from sourcecheck.matching.caseroles import marked
from sourcecheck.matching.reversal import crossed_cases, read_reversal, relations
from sourcecheck.matching.wordpairs import Alignment, WordPair, weak_pairs

GARDEN = "The gardeners praised the cooks in the kitchen."


def _pairs(quote: str, passage: str, words: dict[str, str]) -> Alignment:
    """An alignment of the quote's words in ``words`` with their given renderings."""
    pairs = tuple(WordPair(q, quote.index(q), p, passage.index(p), 0.8) for q, p in words.items())
    return Alignment(len(words), pairs)


def _crossed(russian: str, english: str = GARDEN) -> str | None:
    """What the English passage reverses of the Russian quote, its nouns paired by hand."""
    words = {
        w: "cooks" if w.lower().startswith(("повар", "кухар")) else "gardeners"
        for w in russian.replace(",", " ").replace(".", " ").split()
        if w.lower().startswith(("повар", "кухар", "садовник"))
    }
    return crossed_cases(russian, "ru", english, "en", _pairs(russian, english, words))


def test_russian_cases_mark_who_acts() -> None:
    assert marked(["садовников"]) == "undergoes" and marked(["садовники"]) == "acts"
    # "-а": a feminine nominative, a masculine animate accusative; the dictionary tells
    assert marked(["кухарка"]) == "acts" and marked(["садовника"]) == "undergoes"
    # "повара" is the cooks (nominative) or the cook's (accusative): not read
    assert marked(["повара"]) is None


def test_a_russian_clause_with_the_roles_the_other_way_round_is_flagged() -> None:
    reversed_ = _crossed("Кухарки похвалили садовников на кухне.")
    assert reversed_ is not None and "“gardeners” act on “cooks”" in reversed_
    # one side marked is not enough: "-ам" marks neither ("Поварам пришлось": a dative may
    # be the subject), and "повара" is a nominative plural or an accusative singular
    assert _crossed("Поварам пришлось похвалить садовников на кухне.") is None
    assert _crossed("Повара похвалили садовников на кухне.") is None
    # the same roles in the usual order, and with the object put first: no flag
    assert _crossed("Садовники похвалили поваров на кухне.") is None
    assert _crossed("Поваров на кухне похвалили садовники.") is None
    # the quote in English, the passage in Russian: the same reading
    swapped = "The cooks praised the gardeners in the kitchen."
    russian = "Садовники похвалили поваров на кухне."
    words = {"cooks": "поваров", "gardeners": "Садовники"}
    assert crossed_cases(swapped, "en", russian, "ru", _pairs(swapped, russian, words))


def test_a_clause_that_says_it_the_same_way_round_outweighs_another() -> None:
    both = "The gardeners praised the cooks, and the cooks thanked the gardeners."
    assert _crossed("Садовники похвалили поваров, и повара поблагодарили садовников.",
                    both) is None  # fmt: skip


def test_a_doer_put_after_the_same_preposition_is_a_reversal() -> None:
    source = "The baker bought the flour from a miller in the valley."
    found = read_reversal("The miller bought the flour from the baker.", "en", source, "en",
                          Alignment(0, ()))  # fmt: skip
    assert found is not None and "“baker” act and “from miller”" in found.note
    # the converse verb with its own preposition says the same: no flag
    assert read_reversal("The miller sold the flour to the baker.", "en", source, "en",
                         Alignment(0, ())) is None  # fmt: skip
    assert read_reversal("The baker bought the flour from the miller.", "en", source, "en",
                         Alignment(0, ())) is None  # fmt: skip


def test_weak_pairs_take_the_most_similar_first_and_count_for_no_coverage() -> None:
    sims = np.array([[0.50, 0.30], [0.47, 0.20]], dtype=np.float32)
    mine, theirs = [(0, "Bäcker"), (7, "rief")], [(0, "baker"), (6, "called")]
    weak = weak_pairs(sims, mine, theirs, {}, [0, 1])
    assert [(p.quote, p.passage) for p in weak] == [("Bäcker", "baker")]  # 0.20 is too weak
    assert Alignment(2, (), weak=weak).coverage == 0.0


def test_the_russian_clause_with_the_verb_says_the_relation() -> None:
    english = "The cooks trained the gardeners, and the gardeners praised the cooks."
    russian = "Садовники обучили поваров, и повара хвалили садовников."
    verbs = {"trained": "обучили", "praised": "хвалили"}
    words = {"cooks": "поваров", "gardeners": "Садовники", **verbs}
    found = crossed_cases(english, "en", russian, "ru", _pairs(english, russian, words))
    assert found is not None and "“cooks” act on “gardeners”" in found
    # without the verbs paired, the clause after it ("повара хвалили садовников", read by
    # the stems of the pairs' words) says it the same way round: no flag
    nouns = {"cooks": "поваров", "gardeners": "Садовники"}
    assert crossed_cases(english, "en", russian, "ru", _pairs(english, russian, nouns)) is None
    true = "Кухарки обучили садовников, и садовники хвалили кухарок."
    words = {"cooks": "Кухарки", "gardeners": "садовников", **verbs}
    assert crossed_cases(english, "en", true, "ru", _pairs(english, true, words)) is None


def test_two_nouns_in_a_are_read_by_the_dictionary() -> None:
    # "кухарка" (a feminine nominative) and "садовника" (a masculine animate accusative) both
    # end in "-а": endings could not tell who praised whom, the dictionary can
    english = "The gardener praised the cook in the kitchen."
    for russian, flagged in (
        ("Кухарка похвалила садовника на кухне.", True),
        ("Садовника на кухне похвалила кухарка.", True),
        ("Садовник похвалил кухарку на кухне.", False),
    ):
        words = {"gardener": "садовник", "cook": "кухар"}
        words = {e: next(w.strip(".") for w in russian.split() if w.lower().startswith(r))
                 for e, r in words.items()}  # fmt: skip
        found = crossed_cases(english, "en", russian, "ru", _pairs(english, russian, words))
        assert (found is not None) is flagged, russian
    # an object qualified by a genitive ("начальника кухни"): the genitive marks no role
    english = "The head of the kitchen warned the gardeners."
    russian = "Садовники предупредили начальника кухни."
    words = {"head": "начальника", "kitchen": "кухни", "gardeners": "Садовники"}
    found = crossed_cases(english, "en", russian, "ru", _pairs(english, russian, words))
    assert found is not None and "act on “gardeners”" in found


def test_a_german_clause_opening_with_an_adverb_of_time_has_its_doer_after_the_verb() -> None:
    """ "Heute hat Trotzki erklärt": the adverb first, the verb second, the doer third; read as
    a noun phrase, "Heute" acted on "Trotzki" and a faithful Russian rendering was flagged
    `roles` (a lead's check of a diary entry)."""
    read = relations("Heute hat der Kanzler den Minister entlassen.", "de")
    assert [(sorted(r.doer), sorted(r.undergoer)) for r in read] == [(["kanzler"], ["minister"])]
    diary = (
        "Brest-Litowsk, 21. Januar 1918.\nHeute hat Trotzki erklärt, dass Russland den Krieg "
        "nicht fortsetzen werde. Die Delegation reiste am Abend ab.\n\nBrest-Litowsk, 25. "
        "Januar 1918.\nDas Wetter war kalt. Wir warteten auf Nachrichten aus Wien.\n"
    )
    said = "Сегодня Троцкий заявил, что Россия не будет продолжать войну."
    result = match_meaning(said, diary, language="ru", text_language="de")
    assert result.status == "reworded" and "roles" not in result.flags, result.reason
