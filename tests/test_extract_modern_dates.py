"""What a new user's walkthrough of ``extract`` on a journalist's article found (years72),
each on a passage written for the test: a printed 21st-century year replaced by another date's
year, and whole quotations left out as short quoted terms (a sentence in another language
after "the line as", a that-clause quoted after a date)."""

from __future__ import annotations

from sourcecheck.extract.claims import extract


def _dates(text: str) -> dict[str, str | None]:
    return {c.quote: c.date for c in extract(text).claims}


def test_a_printed_modern_year_is_kept_beside_an_older_date() -> None:
    text = (
        "The diary entry of February 11, 1918, is famous in the town.\n\n"
        "LINZ, March 3, 2026. The museum opened its new wing on Tuesday.\n\n"
        "This article was corrected on March 5, 2026.\n"
    )
    dates = _dates(text)
    assert dates["LINZ, March 3, 2026."] == "2026-03-03"
    assert dates["This article was corrected on March 5, 2026."] == "2026-03-05"
    assert dates["The diary entry of February 11, 1918, is famous in the town."] == "1918-02-11"


def test_a_quotations_modern_date_is_read() -> None:
    text = "The mayor said on May 4, 2025: “The archive will reopen after the summer.”\n"
    (claim,) = extract(text).claims
    assert (claim.speaker, claim.date) == ("the mayor", "2025-05-04")


def test_a_release_dates_label_keeps_it_off_the_narrations_clock() -> None:
    # a Gutenberg header's date is the record's, not the year of the story's "February 24"
    text = (
        "Release Date: April 12, 2006\n\n"
        "On February 24 the general said: “We march at dawn and not an hour later.”\n\n"
        "The treaty of March 3, 1918, ended the war; on March 14, 1918, it was ratified.\n"
    )
    (quote,) = [c for c in extract(text).claims if c.kind == "quotation"]
    assert quote.date == "1918-02-24"


def test_a_sentence_in_another_language_after_the_line_as_is_a_quotation() -> None:
    text = "Her Russian students know the line as «Война окончена, но мира нет.»\n"
    extraction = extract(text)
    assert [c.quote for c in extraction.claims] == ["Война окончена, но мира нет."]
    assert not extraction.skipped


def test_a_that_clause_quoted_after_a_date_is_the_speakers() -> None:
    text = "The mayor said on May 4, 2025, that “the archive will reopen”.\n"
    (claim,) = extract(text).claims
    assert (claim.quote, claim.speaker, claim.date) == (
        "the archive will reopen",
        "the mayor",
        "2025-05-04",
    )


def test_a_term_after_the_same_words_is_still_left_out() -> None:
    # no sentence (no capital, no stop): a name for the plan, not words anyone said
    text = "Critics in the council know the plan as the “new course” and mock it.\n"
    extraction = extract(text)
    assert not extraction.claims and len(extraction.skipped) == 1
