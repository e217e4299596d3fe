"""Numbers in words and digits, dates in both calendars, and facts checked as facts."""

from __future__ import annotations

import pytest

from sourcecheck.facts.check import TextFacts, check_date, check_numbers
from sourcecheck.facts.dates import compare_date, parse_dates
from sourcecheck.facts.monthdates import read_dates
from sourcecheck.facts.numbers import read_numbers
from sourcecheck.facts.rendering import date_check
from sourcecheck.models import Span, excerpt
from sourcecheck.normalize import tokenize

MINUTES = (
    "Minutes of the meeting of active party workers, January 8 (21), 1918.\n\n"
    "Three standpoints were put to the vote. The first standpoint received 15 votes,\n"
    "the second 32 and the third 16.\n\n"
    "Session of February 22. The resolution was adopted by six votes against five.\n\n"
    "Replies came from over two hundred local Soviets."
)


@pytest.mark.parametrize(
    ("words", "values"),
    [
        ("thirty-two votes, Lenin fifteen, and I sixteen", [32, 15, 16]),
        ("over two hundred local Soviets", [200]),
        ("six votes against five", [6, 5]),
        ("two hundred and five", [205]),
        ("one thousand nine hundred and eighteen", [1918]),
        ("the year 1918", [1918]),
        ("thirty two", [32]),
        ("no number here", []),
    ],
)
def test_number_words(words: str, values: list[int]) -> None:
    assert [n.value for n in read_numbers(tokenize(words).words)] == values


@pytest.mark.parametrize(
    ("text", "iso", "alt"),
    [
        ("February 11, 1918", "1918-02-11", None),
        ("11 Feb. 1918", "1918-02-11", None),
        ("January 8 (21), 1918", "1918-01-08", 21),
        ("11 (24) Jan 1918", "1918-01-11", 24),
        ("_February 11, 1918._--Trotski", "1918-02-11", None),
        ("the twenty-second of February, 1918", "1918-02-22", None),
        ("in March, 1918", "1918-03", None),
    ],
)
def test_date_parsing(text: str, iso: str, alt: int | None) -> None:
    [mention] = parse_dates(text)
    assert (mention.iso(), mention.alt_day) == (iso, alt)


def test_dates_take_year_and_month_from_context() -> None:
    found = parse_dates("On February 10, 1918, and on the 14th; 11 Feb.")
    assert [d.iso() for d in found] == ["1918-02-10", "1918-02-14", "1918-02-11"]


@pytest.mark.parametrize(
    ("claim", "printed", "verdict"),
    [
        ("1918-02-11", "February 11, 1918", "agrees"),
        ("1918-01-21", "January 8 (21), 1918", "agrees"),
        ("1918-01-08", "January 8 (21), 1918", "agrees_old_style"),
        ("1918-01-24", "January 11, 1918", "agrees_old_style"),  # NS claim, OS source
        ("1918-02-13", "January 31, 1918", "agrees_old_style"),  # across a month
        ("1918-01-11", "January 24, 1918", "agrees_old_style"),  # OS claim, NS source
        ("1918-02-22", "February 23, 1918", "differs"),
        ("1918-01-22", "January 8 (21), 1918", "differs"),
        ("1917-11", "November 17, 1917", "agrees"),
    ],
)
def test_old_style_new_style(claim: str, printed: str, verdict: str) -> None:
    assert compare_date(claim, parse_dates(printed)[0]) == verdict


@pytest.mark.parametrize(
    ("claim", "printed", "language", "verdict"),
    [
        # a Gregorian source (German, Austrian, English): the Old Style offset is no agreement
        ("1918-02-11", "February 24, 1918", "en", "differs"),  # Czernin's diary, the demo's
        ("1918-02-11", "24. Februar 1918", "de", "differs"),
        ("1918-01-24", "January 11, 1918", "en", "differs"),
        ("1918-02-24", "February 24, 1918", "en", "agrees"),
        # a Russian source up to the switch (31 January 1918) may print Old Style dates
        ("1918-01-24", "11 января 1918", "ru", "agrees_old_style"),
        ("1918-01-11", "24 января 1918", "ru", "agrees_old_style"),
        ("1917-11-07", "25 октября 1917", "ru", "agrees_old_style"),
        ("1918-02-11", "24 февраля 1918", "ru", "differs"),  # after the switch: New Style
        # a double date is both calendars, in any language
        ("1918-01-08", "January 8 (21), 1918", "en", "agrees_old_style"),
        ("1918-01-21", "8. (21.) Januar 1918", "de", "agrees"),
    ],
)
def test_the_old_style_is_the_calendar_of_russian_sources(
    claim: str, printed: str, language: str, verdict: str
) -> None:
    mention = read_dates(printed, language)[0]
    assert compare_date(claim, mention, language=language) == verdict


def test_an_old_style_claim_against_a_gregorian_diary_differs_and_says_why() -> None:
    diary = "February 24, 1918.--Trotski declines to sign. The war is over."
    passage = Span(diary.index("Trotski"), len(diary))
    check = check_date("1918-02-11", "", TextFacts(diary, language="en"), passage=passage)
    assert check.verdict == "differs", check
    assert "1918-02-11 Old Style (Julian) is 1918-02-24" in check.detail
    assert "Russian Old Style date" in check.detail
    # the other way round: the source's date read as Old Style is the claim's
    later = check_date("1918-03-09", "", TextFacts(diary, language="en"), passage=passage)
    assert later.verdict == "differs" and "read as Old Style (Julian), is 1918-03-09" in (
        later.detail
    )
    unrelated = check_date("1918-02-12", "", TextFacts(diary, language="en"), passage=passage)
    assert unrelated.verdict == "differs" and "Old Style" not in unrelated.detail
    russian = "11 января 1918 г. Троцкий отказывается подписать."
    at = Span(russian.index("Троцкий"), len(russian))
    old = date_check("1918-01-24", russian, at, "ru")  # the facts of a rendering
    assert old.verdict == "agrees_old_style", old
    assert date_check("1918-01-24", russian.replace("января", "January"), at, "en").verdict == (
        "differs"
    )


def test_vote_count_confirmed_by_minutes_that_share_no_wording() -> None:
    facts = TextFacts(MINUTES)
    check = check_numbers(
        "The supporters of revolutionary war obtained thirty-two votes, Lenin fifteen, "
        "and I sixteen.",
        facts,
        figure=True,
    )
    assert check.verdict == "agrees" and check.claim == "15, 16, 32"
    assert "received 15 votes" in check.span.slice(MINUTES)


def test_a_changed_number_differs_and_says_which() -> None:
    check = check_numbers(
        "revolutionary war obtained thirty-one votes, Lenin fifteen",
        TextFacts(MINUTES),
        figure=True,
    )
    assert check.verdict == "differs" and "not 31" in check.detail and "32" in check.source


def test_six_against_five_and_two_hundred() -> None:
    facts = TextFacts(MINUTES)
    assert (
        check_numbers("adopted my resolution by six votes against five", facts, figure=True).verdict
        == "agrees"
    )
    check = check_numbers("Over two hundred local Soviets stated their views", facts, figure=True)
    assert check.verdict == "agrees" and "two hundred" in check.span.slice(MINUTES)
    assert check_numbers("Seventeen cruisers sailed", facts, figure=True).verdict == "not_found"


def test_numbers_of_a_found_passage() -> None:
    facts = TextFacts(MINUTES)
    start = MINUTES.index("The first standpoint")
    passage = Span(start, MINUTES.index("the third 16") + len("the third 16"))
    same = check_numbers(
        "The first standpoint received fifteen votes, the second 32 and the third sixteen.",
        facts,
        passage=passage,
    )
    assert same.verdict == "agrees"
    changed = check_numbers(
        "received 15 votes, the second 33 and the third 16", facts, passage=passage
    )
    assert changed.verdict == "differs" and changed.source == "15, 16, 32"
    assert check_numbers("no numbers at all", facts, passage=passage) is None


def test_the_day_and_year_of_a_quoted_date_are_not_its_numbers() -> None:
    """The date's parts are the date check's: the number line compares only the figures,
    on both sides (it said "5, 26, 1916 → 4" for a changed "five days")."""
    text = "On December 26, 1916--four days after entering upon office--I received him."
    facts = TextFacts(text)
    passage = Span(0, len(text))
    changed = check_numbers(
        "On December 26, 1916--five days after entering", facts, passage=passage
    )
    assert changed is not None and (changed.claim, changed.source) == ("5", "4")
    assert check_numbers("On December 26, 1916, I received him", facts, passage=passage) is None
    year_alone = check_numbers("in 1916 I received him", facts, passage=passage)
    assert year_alone is not None and year_alone.claim == "1916"  # a bare year may be a figure


def test_date_printed_before_a_passage() -> None:
    facts = TextFacts(MINUTES)
    passage = Span(MINUTES.index("Three standpoints"), MINUTES.index("the third 16"))
    assert check_date("1918-01-21", "", facts, passage=passage).verdict == "agrees"
    old = check_date("1918-01-08", "", facts, passage=passage)
    assert old.verdict == "agrees_old_style" and "Old and New Style" in old.detail
    assert check_date("1918-01-25", "", facts, passage=passage).verdict == "differs"


def test_the_date_at_a_passage_is_the_nearest_heading_before_it() -> None:
    # Two entries' headings before the passage and a date inside it: the passage's date is the
    # heading right before it. (check_date took the first date of its window, January 7,
    # whenever the passage itself printed a date.)
    text = (
        "January 7, 1918. We waited for the answer.\n\n"
        "January 8, 1918. The vote was taken; the next session is on the 10th."
    )
    facts = TextFacts(text)
    passage = Span(text.index("The vote"), len(text))
    check = check_date("1918-01-08", "", facts, passage=passage)
    assert (check.verdict, check.source) == ("agrees", "January 8, 1918")
    # With no date before it, the first date printed in the passage is its date.
    minutes = "The vote was taken on January 10, 1918, and again on January 12, 1918."
    first_in = check_date("1918-01-10", "", TextFacts(minutes), passage=Span(0, len(minutes)))
    assert (first_in.verdict, first_in.source) == ("agrees", "January 10, 1918")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the heading before the passage, not the day alone in it ("the 10th" is another day's)
        ("January 8, 1918. The vote was taken; the next session is on the 10th.", "en"),
        # a date printed in the passage with its month wins over the heading before it
        ("January 7, 1918. Minutes. The vote was taken on January 8; they left.", "en"),
        ("7. Januar 1918. Protokoll. Am 8. Januar wurde abgestimmt; sie gingen.", "de"),
        # a year printed earlier in the stretch is the passage's date's year
        ("Januar 1918. Protokoll. Am 8. Januar wurde abgestimmt; sie gingen.", "de"),
    ],
)
def test_a_passage_found_by_meaning_has_the_date_a_passage_found_by_words_has(
    text: str, language: str
) -> None:
    # One rule (facts.check.date_at) for both paths: a reworded passage's facts are checked
    # against the date check_date would compare a passage found by words with. (The meaning
    # path took the day alone in the passage and read no year from before it.)
    passage = Span(text.index("The vote" if language == "en" else "Am"), len(text))
    for claim in ("1918-01-08", "1918-01-10", "1917-01-08"):
        by_words = check_date(claim, "", TextFacts(text, language=language), passage=passage)
        by_meaning = date_check(claim, text, passage, language)
        assert (by_meaning.verdict, by_meaning.source) == (by_words.verdict, by_words.source)
    assert date_check("1918-01-08", text, passage, language).verdict == "agrees"
    assert date_check("1918-01-10", text, passage, language).verdict == "differs"
    assert date_check("1917-01-08", text, passage, language).verdict == "differs"


def test_a_date_that_differs_needs_strong_evidence() -> None:
    text = (
        "On December 20, 1917, General Hoffmann spoke at length about the frontier.\n\n"
        + "Many other things happened in the weeks between, far from Brest. " * 8
        + "\n\nOn February 10, 1918, the delegations met and the general opposed the resolution."
    )
    facts = TextFacts(text)
    weak = check_date("1918-02-11", "Only General Hoffmann opposed it.", facts)
    assert weak.verdict == "not_found" and "too weak" in weak.detail
    agrees = check_date("1918-02-10", "the delegations met; only the general opposed it", facts)
    assert agrees.verdict == "agrees" and agrees.source == "February 10, 1918"
    strong = check_date("1918-02-12", "the delegations met and the general opposed it", facts)
    assert strong.verdict == "differs" and strong.source == "February 10, 1918"


def test_dates_without_context_and_outside_the_years_wanted() -> None:
    text = "Release Date: April 12, 2006. Early in May he spoke; you may go. In 1916 and 1800 men."
    found = parse_dates(text, context=False, years=range(1500, 2000))
    assert [(d.year, d.month, d.day) for d in found] == [
        (None, 4, 12),  # 2006 is not one of this text's years
        (None, 5, None),  # "Early in May" is a month; "may go" is a verb
        (1916, None, None),
        (1800, None, None),
    ]
    assert text[found[1].start : found[1].end] == "May"
    assert [d.iso() for d in parse_dates("in deceiving him, on the 14th")] == []


def test_impossible_days_are_not_dates() -> None:
    assert parse_dates("on February 30, 1918 and March 3, 1918")[0].iso() == "1918-03-03"


@pytest.mark.parametrize(
    ("language", "text", "claim_date", "verdict"),
    [
        # a Russian diary: its heading's double date, the year carried to the next entry
        (
            "ru",
            "8 (21) января 1918 г.\n\nЗаседание. Мир подписан не будет.\n\n"
            "11 (24) января.\n\nЛенин говорил о мире.",
            "1918-01-24",
            "agrees",
        ),
        (
            "ru",
            "8 (21) января 1918 г.\n\nЗаседание. Мир подписан не будет.\n\n"
            "11 (24) января.\n\nЛенин говорил о мире.",
            "1918-01-11",
            "agrees_old_style",
        ),
        (
            "de",
            "Brest-Litowsk, den 11. Februar 1918.\n\nTrotzki lehnt ab.\n\n14. Februar.\n\n"
            "Kühlmann sprach lange.",
            "1918-02-14",
            "agrees",
        ),
        (
            "de",
            "Brest-Litowsk, den 11. Februar 1918.\n\nTrotzki lehnt ab.\n\n14. Februar.\n\n"
            "Kühlmann sprach lange.",
            "1918-02-15",
            "differs",
        ),
    ],
)
def test_the_word_path_reads_the_dates_of_a_text_in_its_language(
    language: str, text: str, claim_date: str, verdict: str
) -> None:
    """A quote found word for word in a Russian or German text has its date checked there
    (the word path read English dates only: such a date was always 'not_found')."""
    facts = TextFacts(text, language=language)
    last = text.rsplit("\n\n", 1)[1]
    passage = Span(text.index(last), len(text))
    assert check_date(claim_date, last, facts, passage=passage).verdict == verdict


def test_a_year_printed_far_back_is_not_a_dates_year() -> None:
    """A letter quoted with its date of 1916, then the narration's "On February 24" of 1918
    thousands of characters later (Czernin's book): carrying 1916 made a right claim's date
    'differ'. Beyond YEAR_REACH the year is unknown and the claim is compared without it."""
    from sourcecheck.facts.dates import YEAR_REACH

    filler = "The negotiations went on without end. " * (YEAR_REACH // 38 + 10)
    text = f"_February 27, 1916._\n\n{filler}\n\nOn February 24 Kühlmann and I met Avarescu."
    near = "On February 27, 1916, we left.\n\nOn March 2 Kühlmann and I met Avarescu."
    far, close = TextFacts(text).dates, TextFacts(near).dates
    assert [d.iso() for d in far] == ["1916-02-27", "????-02-24"]
    assert [d.iso() for d in close] == ["1916-02-27", "1916-03-02"]  # a diary's next entry
    passage = Span(text.index("On February 24"), len(text))
    fact = check_date("1918-02-24", "Kühlmann and I met Avarescu", TextFacts(text), passage=passage)
    assert fact.verdict == "agrees" and "no year printed near it" in fact.detail


def test_a_passage_printing_its_own_date_is_checked_against_it_not_the_heading() -> None:
    """A Russian minutes text: the heading's "8 (21) января 1918" and, two paragraphs on, a
    passage saying "Совещание открылось 15 января": the claim quoting that passage is checked
    against its own date (the heading made a right Old Style date 'differ'). A day alone in the
    passage ("the 10th") stays another day's, and the heading before it is the passage's."""
    text = (
        "8 (21) января 1918 г. на совещании партийных работников Ленин огласил тезисы.\n\n"
        "Совещание открылось 15 января в Смольном."
    )
    facts = TextFacts(text, language="ru")
    passage = Span(text.index("Совещание"), len(text))
    fact = check_date("1918-01-28", "", facts, passage=passage)
    assert (fact.verdict, fact.source) == ("agrees_old_style", "15 января")
    english = "January 8, 1918. Minutes.\n\nThe session of January 9 opened at noon."
    passage = Span(english.index("The session"), len(english))
    fact = check_date("1918-01-09", "", TextFacts(english), passage=passage)
    assert (fact.verdict, fact.source) == ("agrees", "January 9")


def test_a_russian_texts_year_reaches_as_far_as_an_english_ones() -> None:
    """text_dates carries a printed year as parse_dates does: up to YEAR_REACH characters."""
    from sourcecheck.facts.dates import YEAR_REACH

    filler = "Переговоры шли долго. " * (YEAR_REACH // 22 + 10)
    text = f"27 февраля 1916 г.\n\n{filler}\n\n24 февраля Кюльман и я встретились."
    near = "27 февраля 1916 г.\n\nЗатем 2 марта мы встретились."
    assert [d.iso() for d in TextFacts(text, language="ru").dates] == ["1916-02-27", "????-02-24"]
    assert [d.iso() for d in TextFacts(near, language="ru").dates] == ["1916-02-27", "1916-03-02"]


def test_the_other_day_of_a_range_of_days_is_no_number() -> None:
    """A range of days ("the night of February 8-9") is read as its first; its "9" is no
    figure of the claim (a new user's walkthrough: "number 9 → ∅ differs")."""
    text = "The peace with the Ukraine was signed at Brest on February 9, 1918, at two."
    facts = TextFacts(text)
    passage = Span(0, len(text))
    for claim in (
        "The peace with the Ukraine was signed on the night of February 8-9, 1918",
        "The peace with the Ukraine was signed on the night of 8–9 February 1918",
    ):
        assert check_numbers(claim, facts, passage=passage) is None


def test_a_window_cut_inside_a_word_reads_the_whole_word() -> None:
    # The facts around a found passage are read in a window of the text; its edge falls
    # where it falls: inside "30,000" it read 0, inside "January" it read 7 and 1918 as
    # figures and lost the date.
    text = "The congress of January 7, 1918 had 30,000 delegates from every province."
    inside_number = TextFacts(text, language="en", start=text.index(",000") - 1)
    assert [n.value for n in inside_number.numbers] == [30000]
    inside_month = TextFacts(text, language="en", start=text.index("uary 7"))
    assert [text[d.start : d.end] for d in inside_month.dates] == ["January 7, 1918"]
    assert [n.value for n in inside_month.numbers] == [30000]


def test_an_excerpt_of_a_span_begins_and_ends_on_whole_words() -> None:
    text = "Das Deutsche Reich zahlte dreißig Millionen Mark an die Ukraine."
    start, end = text.index("sche Reich"), text.index("Mark") + 2
    assert excerpt(text, 80, start, end) == "Deutsche Reich zahlte dreißig Millionen Mark"
    assert excerpt(text, 25, start, end) == "Deutsche Reich zahlte…"


@pytest.mark.parametrize(
    ("quote", "same", "other", "language"),
    [
        ("They met at half past six.", "They met at half past six.", "at six o'clock", "en"),
        ("Sie kamen um halb sieben.", "Sie kamen um halb sieben.", "um sieben Uhr", "de"),
        ("Пришли в половине седьмого.", "Пришли в половине седьмого.", "в семь часов", "ru"),
    ],
)
def test_a_time_of_day_is_checked_as_a_time(quote, same, other, language) -> None:
    # Word by word "half past six" was 6 and agreed with "six o'clock"; "halb sieben" was 7
    # and agreed with "sieben Uhr"; "в половине седьмого" was no number at all.
    def verdict(text: str) -> tuple[str, str | None]:
        check = check_numbers(quote, TextFacts(text, language=language), passage=Span(0, len(text)))
        assert check is not None
        return check.verdict, check.source

    assert verdict(same) == ("agrees", "6.5")
    assert verdict(other) == ("differs", "7" if language != "en" else "6")


LONG_ENTRY = (
    "“_March 3, 1921._--The storm came in the night and the harbour was closed.\n\n"
    + "We counted the boats and mended the nets while the wind held. " * 14
    + "\n\nThe pier is not yet lost, though the sea has taken the lamps.\n\n"
    "“_March 4, 1921._--Calm at last.\n"
)


@pytest.mark.parametrize("by", ["words", "meaning"])
def test_a_long_diary_entry_is_dated_by_its_heading_however_far_back(by: str) -> None:
    # The entry's heading is more than DATE_CONTEXT_CHARS before the passage, and no other
    # date is near it: the heading governs the entry until the next one. (The date was "not
    # found": only 600 characters before a passage were read.)
    passage = Span(LONG_ENTRY.index("The pier"), LONG_ENTRY.index(" lamps.") + 7)
    assert passage.start - LONG_ENTRY.index("March 3") > 600

    def check(claim: str):
        if by == "words":
            return check_date(claim, "", TextFacts(LONG_ENTRY, language="en"), passage=passage)
        return date_check(claim, LONG_ENTRY, passage, "en")

    assert (check("1921-03-03").verdict, check("1921-03-03").source) == ("agrees", "March 3, 1921")
    assert check("1921-03-04").verdict == "differs"  # the next entry's date is not this one's
    # a date in a sentence opening a paragraph is no heading: nothing governs the passage
    sentence = LONG_ENTRY.replace("“_March 3, 1921._--The storm", "On March 3, 1921, the storm")
    facts = TextFacts(sentence, language="en")
    far = Span(sentence.index("The pier"), sentence.index(" lamps.") + 7)
    assert check_date("1921-03-03", "", facts, passage=far).verdict == "not_found"
