"""The evidence of a rendering across languages does not list a date's words among the
words without a counterpart when the passage states a date: "March" of "March 24" is shown
in the dates' row ("11 (24) марта"), not as something the passage may not say (issue 10,
walk78 finding 12). The minutes are ours, written for this test.
"""

from __future__ import annotations

from sourcecheck.matching.meaning import REWORDED, match_meaning

MINUTES_RU = (
    "Протокол заседания совета гильдии.\n\n"
    "Заседание открылось в полдень. Председательствовал старшина Кордес.\n\n"
    "Совет решил починить крышу склада.\n\n"
    "Следующее заседание назначили на 11 (24) марта.\n"
)


def test_a_date_word_is_no_word_without_a_counterpart_where_the_passage_has_a_date() -> None:
    r = match_meaning("The next session was set for March 24.", MINUTES_RU, language="en",
                      text_language="ru")  # fmt: skip
    assert r.status == REWORDED, r.reason
    assert r.evidence is not None and "March" not in r.evidence.unmatched_words
    assert "March 24" in r.evidence.quote_dates and "no counterpart: “March”" not in r.reason
