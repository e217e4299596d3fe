"""A legal provision cited two ways, compared by value (matching/citations.py): "section 573
of the Civil Code" / "§ 573 BGB" / "статья 573 ГК" render each other; another number is a
``number`` flag, another code a ``name`` flag."""

from __future__ import annotations

import pytest

from sourcecheck.matching.citations import (
    citations,
    cited_alike,
    other_code,
    same_provision,
    with_citations,
)
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.wordpairs import Alignment

# A judgment's reasons, our own writing, in the three languages
JUDGMENT = {
    "de": (
        "Gründe. Das Gericht stützte sich auf § 573 Abs. 2 BGB. Die Mieterin hatte die Miete "
        "drei Monate lang nicht gezahlt. Die Revision wurde nicht zugelassen."
    ),
    "en": (
        "Reasons. The court relied on section 573(2) of the Civil Code. The tenant had not paid "
        "the rent for three months. Leave to appeal was refused."
    ),
    "ru": (
        "Мотивы. Суд сослался на статью 573 ГК РФ. Арендатор не вносил арендную плату три "
        "месяца. Апелляция не была допущена."
    ),
}
CLAIM = {
    "en": "The court based its decision on section 573 of the Civil Code.",
    "de": "Das Gericht stützte seine Entscheidung auf § 573 BGB.",
    "ru": "Суд основал своё решение на статье 573 Гражданского кодекса.",
}


@pytest.mark.parametrize(
    ("text", "number", "code"),
    [
        ("under section 573 of the Civil Code", "573", "civil"),
        ("Art. 12 of the Basic Law", "12", "constitution"),
        ("nach § 573 Abs. 2 BGB", "573", "civil"),
        ("gemäß Artikel 1 des Grundgesetzes", "1", "constitution"),
        ("§ 242 StGB", "242", "criminal"),
        ("по ч. 1 ст. 105 УК РФ", "105", "criminal"),
        ("на статье 573 Гражданского кодекса", "573", "civil"),
        ("согласно статье 6 Конвенции", "6", "human rights convention"),
        ("Article 6 of the Convention", "6", "human rights convention"),
        ("section 12", "12", None),
    ],
)
def test_a_citation_is_read_as_its_number_and_code(text, number, code):
    (cited,) = citations(text)
    assert (cited.number, cited.code) == (number, code)


def test_no_citation_in_plain_numbers_or_words():
    assert citations("The court met on 12 March in section B of the building.") == []
    assert citations("Das Gericht tagte 3 Tage; Artikel über das BGB erschienen.") == []
    assert citations("Суд заседал 5 дней, статья в газете вышла 12 марта.") == []


def test_one_code_two_writings_is_one_provision_another_code_is_not():
    civil_en, civil_ru, criminal_de = (
        citations(t)[0] for t in ("section 543 of the Civil Code", "статья 573 ГК", "§ 573 StGB")
    )
    assert same_provision(civil_en, civil_ru)  # the same code: its number is the number check's
    assert not same_provision(civil_ru, criminal_de)
    assert other_code("§ 573 StGB", "статья 573 ГК") == ("StGB", "ГК")
    assert other_code("§ 573 BGB", "статья 573 ГК") is None
    assert other_code("§ 573 StGB", "статья 574 ГК") is None  # another number: not this check


def test_the_quotes_citation_words_are_paired_with_the_passages():
    quote = "Суд сослался на статью 573 Гражданского кодекса."
    a = with_citations(Alignment(5, ()), quote, "ru", "The court relied on § 573 BGB.")
    assert [(p.quote, p.passage) for p in a.pairs] == [
        ("статью", "§"), ("Гражданского", "BGB"), ("кодекса", "BGB"),
    ]  # fmt: skip
    other = with_citations(Alignment(5, ()), quote, "ru", "The court relied on § 573 StGB.")
    assert other.pairs == ()
    assert cited_alike(quote, "under § 573 StGB") == set()


@pytest.mark.parametrize(
    ("claim", "text"),
    [("en", "de"), ("de", "en"), ("ru", "de"), ("en", "ru"), ("de", "ru"), ("ru", "en")],
)
def test_a_provision_cited_in_another_language_is_found_unflagged(claim, text):
    r = match_meaning(CLAIM[claim], JUDGMENT[text], language=claim, text_language=text)
    assert r.status == REWORDED, r.reason
    assert "573" in r.span.slice(JUDGMENT[text])
    assert r.flags == [], r.reason


@pytest.mark.parametrize(("claim", "text"), [("en", "de"), ("ru", "en")])
def test_another_section_of_the_same_code_is_flagged_number(claim, text):
    changed = CLAIM[claim].replace("573", "543")
    r = match_meaning(changed, JUDGMENT[text], language=claim, text_language=text)
    assert r.status == REWORDED, r.reason
    assert "number" in r.flags and "name" not in r.flags, r.reason


@pytest.mark.parametrize(
    ("claim", "text", "code"),
    [("en", "de", "Criminal Code"), ("de", "en", "StGB"), ("ru", "de", "УК")],
)
def test_the_same_number_of_another_code_is_no_rendering_unflagged(claim, text, code):
    changed = CLAIM[claim]
    for civil in ("Civil Code", "BGB", "Гражданского кодекса"):
        changed = changed.replace(civil, code)
    r = match_meaning(changed, JUDGMENT[text], language=claim, text_language=text)
    assert r.status == "not_found" or "name" in r.flags, r.reason
