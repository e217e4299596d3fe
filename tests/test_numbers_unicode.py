"""Numbers are values whatever their writing ("30,000" = "thirty thousand" = 30000, "1.5
million", "30.000" where the text's language writes it so), and Unicode is compared after
canonical composition: an NFD quote of an NFC text is verbatim, and "ё" and "е" fold together
for matching and for full-text search (Datasette's search box and canned query too)."""

from __future__ import annotations

import asyncio
import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sourcecheck import match_quote
from sourcecheck.facts.numbers import read_numbers, word_value
from sourcecheck.normalize import tokenize


@pytest.mark.parametrize(
    ("words", "language", "values"),
    [
        ("30,000 men", None, [30000]),
        ("thirty thousand men", None, [30000]),
        ("30 thousand men", None, [30000]),
        ("1,500,000 roubles", None, [1500000]),
        ("1.5 million roubles", None, [1500000]),
        ("a million roubles", None, [1000000]),
        ("30.000 Mann", "de", [30000]),
        ("1.500.000 Mann", "de", [1500000]),
        ("1,5 Millionen", "de", [1.5]),
        ("30.000 men", "en", [30]),
        ("2.5 men", "en", [2.5]),
        ("30.000 men", None, [30000]),
        ("1918 200 men", None, [1918, 200]),
        ("1,500.5 pounds", "en", [1500.5]),
        ("1.500,5 Pfund", "de", [1500.5]),
    ],
)
def test_numbers_are_read_as_their_language_writes_them(
    words: str, language: str | None, values: list[float]
) -> None:
    tokens = tokenize(words.replace(" 000", "\u00a0000")).words
    assert [n.value for n in read_numbers(tokens, language=language)] == values


def test_a_no_break_space_groups_thousands() -> None:
    assert tokenize("30\u00a0000 men").words[0] == "30000"
    assert word_value("30000") == 30000


def test_a_thousands_figure_that_differs_is_named_whole() -> None:
    text = "In the spring the army had 50,000 men under arms and 1,500,000 in reserve."
    result = match_quote("the army had 30,000 men under arms and 1.5 million in reserve", text)
    assert [(d.kind, d.quote, d.source) for d in result.differences] == [
        ("number", "30,000", "50,000"),
        ("spelling", "1.5 million", "1,500,000"),
    ]
    assert "number" in result.flags
    same = match_quote("the army had thirty thousand men under arms", text.replace("50", "30"))
    assert [(d.kind, d.quote, d.source) for d in same.differences] == [
        ("spelling", "thirty thousand", "30,000")
    ]


SOURCES = """\
sources:
  - {id: report, title: Report, language: en, texts: [{path: report.txt}]}
  - {id: bericht, title: Bericht, language: de, texts: [{path: bericht.txt}]}
claims:
  - {id: army, quote: "the army had 30,000 men and 10,000 horses", source: report}
  - {id: words, quote: "the navy had thirty thousand sailors", source: report}
  - {id: german, quote: "Damals standen 30.000 Mann an der Grenze", source: bericht}
  - {id: dotted, quote: "the guard had 30,000 men at the gate", source: report}
"""


def test_facts_compare_values_not_digit_groups(cli, tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_text(
        "By March the army had 50,000 men and 10,000 horses. The navy had 30,000 sailors. "
        "Then the guard had 30.000 men at the gate.\n",
        encoding="utf-8",
    )
    (tmp_path / "bericht.txt").write_text(
        "Im Frühjahr 1918. Damals standen 30.000 Mann an der Grenze.\n", encoding="utf-8"
    )
    (tmp_path / "s.yaml").write_text(SOURCES, encoding="utf-8")
    assert cli("import", tmp_path / "s.yaml").exit_code == 0
    assert cli("verify").exit_code == 0
    items = {i["claim"]: i for i in json.loads(cli("report", "--format", "json").stdout)}
    facts = {claim: [(f["claim"], f["source"], f["verdict"]) for f in i["facts"]]
             for claim, i in items.items()}  # fmt: skip
    assert facts["army"] == [("10000, 30000", "10000, 50000", "differs")]
    assert facts["words"] == [("30000", "30000", "agrees")]
    assert facts["german"] == [("30000", "30000", "agrees")]
    # in an English text "30.000" is thirty, whatever the quote says
    assert facts["dotted"] == [("30000", "30", "differs")]


RUSSIAN = "Он сказал, что ещё найдётся выход из этого положения, и все замолчали."


@pytest.mark.parametrize(("quote_form", "text_form"), [("NFD", "NFC"), ("NFC", "NFD")])
def test_a_decomposed_quote_or_text_is_still_verbatim(quote_form: str, text_form: str) -> None:
    quote = unicodedata.normalize(quote_form, "сказал, что ещё найдётся выход")
    text = unicodedata.normalize(text_form, RUSSIAN)
    result = match_quote(quote, text)
    assert (result.status, result.score) == ("verbatim", 100.0)
    assert result.span is not None
    assert unicodedata.normalize("NFC", text[result.span.start : result.span.end]) == (
        "сказал, что ещё найдётся выход"
    )


def test_yo_and_ye_fold_together_for_matching() -> None:
    result = match_quote("сказал, что еще найдется выход", RUSSIAN)
    assert (result.status, result.score) == ("verbatim", 100.0)


@given(st.text(alphabet="аеёийкнотьщЁЙ äöüéñ", min_size=1, max_size=40))
def test_nfc_and_nfd_fold_to_the_same_words(text: str) -> None:
    composed, decomposed = (unicodedata.normalize(f, text) for f in ("NFC", "NFD"))
    assert tokenize(composed).words == tokenize(decomposed).words
    tokens = tokenize(decomposed)
    for end in tokens.ends:  # a word's span takes its last letter's marks with it
        assert end == len(decomposed) or not unicodedata.combining(decomposed[end])


def test_full_text_search_folds_yo_in_datasette(cli, tmp_path: Path) -> None:
    from sourcecheck.browse import datasette as browse

    (tmp_path / "ru.txt").write_text("Он еще придет. Ёлка стоит.\n", encoding="utf-8")
    (tmp_path / "s.yaml").write_text(
        "sources:\n  - {id: ru, title: R, language: ru, texts: [{path: ru.txt}]}\nclaims:\n"
        "  - {id: c1, quote: Он ещё придёт, source: ru}\n  - {id: c2, quote: Ёлка, source: ru}\n",
        encoding="utf-8",
    )
    assert cli("import", tmp_path / "s.yaml").exit_code == 0
    db = tmp_path / "test.db"
    ds = browse.make_datasette(db)

    async def search() -> dict[str, list[str]]:
        found = {}
        for term in ("ещё", "еще", "ЕЩЕ", "елка"):
            rows = (await ds.client.get(f"/test/claims.json?_search={term}&_shape=objects")).json()
            texts = await ds.client.get(f"/test/search_texts.json?words={term}&_shape=objects")
            found[term] = [r["id"] for r in rows["rows"]] + [
                f"text {r['text']}" for r in texts.json()["rows"]
            ]
        return found

    found = asyncio.run(search())
    assert found == {
        "ещё": ["c1", "text 1"],
        "еще": ["c1", "text 1"],
        "ЕЩЕ": ["c1", "text 1"],
        "елка": ["c2", "text 1"],
    }
    # the index follows edits and removals
    assert cli("claim", "edit", "c2", "--quote", "Ещё ёлка").exit_code == 0
    assert asyncio.run(search())["ещё"] == ["c1", "c2", "text 1"]
    assert cli("claim", "remove", "c1").exit_code == 0
    assert asyncio.run(search())["еще"] == ["c2", "text 1"]
