"""Times, days and ordinals told in words, read by value in English, German and Russian
(task facts115, from a fresh-clone trial's misses).

"2.15 p.m." against the Reichstag's "2 Uhr 15 Minuten nachmittags" was flagged `number` (2
and 15 against 2.25); a Russian minute's Old Style date in words, "восьмого (двадцать
первого) января", was read as a month only, so a claim of January 9 agreed with it; "на
двадцать первом съезде" read as 20. The passages are ours, in the manner of parliamentary
minutes, protocols and diaries.
"""

from __future__ import annotations

import pytest

from sourcecheck.facts.clockwords import clock_count
from sourcecheck.facts.dates import compare_date, parse_dates
from sourcecheck.facts.entries import entry_head_before
from sourcecheck.facts.languages import figures_in
from sourcecheck.facts.monthdates import read_dates
from sourcecheck.facts.ordinalwords import day_ordinal, ordinal_value
from sourcecheck.facts.rendering import rendering_facts
from sourcecheck.facts.times import read_clock
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.models import Span

# -- times of day ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "hour", "day_hour"),
    [
        ("The President opened the sitting at 2.15 p.m.", "en", 2.25, 14.25),
        ("The sitting opened at a quarter past two in the afternoon.", "en", 2.25, 14.25),
        ("The sitting opened at two fifteen in the afternoon.", "en", 2.25, 14.25),
        ("The sitting opened at ten minutes past two.", "en", 2 + 10 / 60, None),
        ("The sitting opened at twenty to three.", "en", 2 + 40 / 60, None),
        ("The sitting opened at 2.15, after the prayers.", "en", 2.25, None),
        ("Ich eröffne die Sitzung um 2 Uhr 15 Minuten nachmittags.", "de", 2.25, 14.25),
        ("Die Sitzung beginnt um vierzehn Uhr fünfzehn.", "de", 2.25, 14.25),
        ("Die Sitzung beginnt um Viertel nach zwei Uhr nachmittags.", "de", 2.25, 14.25),
        ("Die Sitzung beginnt um zehn nach zwei.", "de", 2 + 10 / 60, None),
        ("Die Sitzung beginnt um fünf vor halb drei.", "de", 2 + 25 / 60, None),
        ("Объявляю заседание открытым в 2 часа 15 минут дня.", "ru", 2.25, 14.25),
        ("Заседание открылось в два часа пятнадцать минут дня.", "ru", 2.25, 14.25),
        ("Заседание открылось в десять минут третьего.", "ru", 2 + 10 / 60, None),
        ("Заседание открылось без двадцати три.", "ru", 2 + 40 / 60, None),
        ("Заседание открылось в двадцать три часа.", "ru", 11.0, 23.0),
        ("Заседание открылось в 14.15.", "ru", 2.25, 14.25),
    ],
)
def test_a_time_told_with_its_minutes_in_words_or_unit_words_is_one_time(
    text: str, language: str, hour: float, day_hour: float | None
) -> None:
    [time] = read_clock(text, language)
    assert time.hour == pytest.approx(hour)
    assert time.day_hour == (None if day_hour is None else pytest.approx(day_hour))
    assert [n.value for n in figures_in(text, language)] == [pytest.approx(hour)]


@pytest.mark.parametrize(
    ("text", "language", "figures"),
    [
        ("The flight lasted 24 hours.", "en", [24]),
        ("Полёт длился 24 часа.", "ru", [24]),  # a duration, no 12 o'clock
        ("Ответ пришёл в течение 24 часов.", "ru", [24]),
        ("Ответ пришёл за двадцать четыре часа.", "ru", [24]),
        ("Полёт длился 2 часа 15 минут.", "ru", [2, 15]),  # no preposition of time
        ("Prices rose from ten to three hundred.", "en", [10, 300]),  # a range
        ("Er verkaufte die Anleihe zu 2.15 Prozent.", "de", [2.15]),
        ("The loan was placed at 2.15 per cent.", "en", [2.15]),
        ("Um 2 Uhr kamen 30 Soldaten.", "de", [2, 30]),
        ("Um 2 Uhr 30 Soldaten und ein paar Offiziere.", "de", [2, 30]),
    ],
)
def test_a_duration_an_amount_or_a_range_is_no_time_with_minutes(
    text: str, language: str, figures: list[float]
) -> None:
    assert [n.value for n in figures_in(text, language)] == [pytest.approx(f) for f in figures]


def test_the_minutes_of_a_clock_are_read_in_each_languages_words() -> None:
    assert clock_count("twenty-five", "en") == clock_count("fünfundzwanzig", "de") == 25
    assert clock_count("двадцати пяти", "ru") == clock_count("двадцать пять", "ru") == 25
    assert clock_count("ein", "de") is None  # an article ("um 2 Uhr ein paar Leute")
    assert clock_count("sixty", "en") is None  # no minute
    assert clock_count("пять двадцать", "ru") is None  # two numbers, no count


# -- ordinals -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("the twenty-first congress", "en", 21),
        ("the twenty first congress", "en", 21),
        ("der einundzwanzigste Parteitag", "de", 21),
        ("на двадцать первом съезде", "ru", 21),
        ("the thirtieth anniversary", "en", 30),
        ("der dreißigste Jahrestag", "de", 30),
        ("тридцатая годовщина", "ru", 30),
        ("the hundredth anniversary", "en", 100),
        ("der hundertste Jahrestag", "de", 100),
        ("сотая годовщина", "ru", 100),
    ],
)
def test_an_ordinal_of_tens_hundreds_or_two_words_is_read_by_its_value(
    text: str, language: str, value: int
) -> None:
    assert [n.value for n in figures_in(text, language)] == [value]


def test_a_decade_and_a_word_ending_like_an_ordinal_state_no_figure() -> None:
    assert figures_in("в двадцатых годах прошлого века", "ru") == []
    assert figures_in("die meisten Leute, der Ernste", "de") == []
    assert ordinal_value("einunddreißigsten", "de") == 31
    assert ordinal_value("Ernste", "de") is None


# -- dates in words -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "iso", "alt"),
    [
        ("Собрание открылось восьмого (двадцать первого) января 1918 года.", "ru",
         "1918-01-08", 21),
        ("Письмо пришло двадцать первого января 1918 года.", "ru", "1918-01-21", None),
        ("Die Konferenz begann am achten (einundzwanzigsten) Januar 1918.", "de",
         "1918-01-08", 21),
        ("Brest-Litowsk, den einundzwanzigsten Januar 1918.", "de", "1918-01-21", None),
        ("The meeting opened on the eighth (twenty-first) of January 1918.", "en",
         "1918-01-08", 21),
        ("The meeting opened on January the eighth, 1918.", "en", "1918-01-08", None),
        ("The meeting opened on January 8th (21st), 1918.", "en", "1918-01-08", 21),
    ],
)  # fmt: skip
def test_a_day_in_ordinal_words_and_its_new_style_day_are_read(
    text: str, language: str, iso: str, alt: int | None
) -> None:
    [date] = read_dates(text, language)
    assert (date.iso(), date.alt_day) == (iso, alt)


def test_a_word_before_a_month_that_is_no_day_is_no_date_of_a_day() -> None:
    assert [d.iso() for d in read_dates("в конце января 1918 года", "ru")] == ["1918-01"]
    assert read_dates("Wir achten Januar und Februar gleich.", "de") == []  # a verb
    assert [d.iso() for d in parse_dates("In March the second attack began.")] == ["????-03"]
    assert day_ordinal("VIII", "en") is None  # a Roman numeral is no day


def test_an_old_style_date_in_words_agrees_in_both_calendars_and_another_day_differs() -> None:
    [date] = read_dates("восьмого (двадцать первого) января 1918 г.", "ru")
    assert compare_date("1918-01-21", date, language="ru") == "agrees"
    assert compare_date("1918-01-08", date, language="ru") == "agrees_old_style"
    assert compare_date("1918-01-09", date, language="ru") == "differs"


# -- end to end -----------------------------------------------------------------------------

REICHSTAG = (
    "Reichstag. 12. Sitzung.\n\n"
    "Präsident Löbe: Ich eröffne die Sitzung um 2 Uhr 15 Minuten nachmittags. Das Protokoll "
    "der letzten Sitzung liegt zur Einsicht auf.\n\n"
    "Abgeordneter Dr. Breitscheid: Meine Damen und Herren, die Regierung hat die Vorlage erst "
    "gestern eingebracht.\n"
)
DUMA = (
    "Заседание двенадцатое.\n\n"
    "Председатель: Объявляю заседание открытым в 2 часа 15 минут дня. Протокол прошлого "
    "заседания лежит для ознакомления.\n\n"
    "Депутат Брейтшейд: Господа, правительство внесло законопроект только вчера.\n"
)
COMMONS = (
    "Sitting of the twelfth.\n\n"
    "The PRESIDENT: I open the sitting at a quarter past two in the afternoon. The minutes "
    "of the last sitting are available for inspection.\n\n"
    "Dr. BREITSCHEID: Ladies and gentlemen, the government introduced the bill only "
    "yesterday.\n"
)


@pytest.mark.parametrize(
    ("quote", "text", "flags"),
    [
        ("The President opened the sitting at 2.15 p.m.", REICHSTAG, []),
        ("The President opened the sitting at 3.15 p.m.", REICHSTAG, ["number"]),
        ("The President opened the sitting at 2.15 p.m.", DUMA, []),
        ("The President opened the sitting at 2.45 p.m.", DUMA, ["number"]),
        ("Der Präsident eröffnete die Sitzung um viertel nach zwei.", COMMONS, []),
        ("Der Präsident eröffnete die Sitzung um halb drei.", COMMONS, ["number"]),
        ("Председатель открыл заседание в четверть третьего.", COMMONS, []),
        ("Председатель открыл заседание в половине третьего.", COMMONS, ["number"]),
    ],
)
def test_a_time_in_words_agrees_with_its_rendering_and_a_changed_one_is_flagged(
    quote: str, text: str, flags: list[str]
) -> None:
    result = match_meaning(quote, text)
    assert result.status == REWORDED, result.reason
    assert result.span is not None  # the opening sentence, in the second paragraph
    assert text.index("\n\n") < result.span.start < text.rindex("\n\n")
    assert result.flags == flags, result.reason


PROTOCOL = (
    "Протокол заседания.\n\n"
    "Собрание открылось восьмого (двадцать первого) января 1918 года. Товарищ Ленин выступил "
    "с тезисами о немедленном заключении сепаратного мира и призвал собрание поддержать их. "
    "Большинство присутствующих высказалось за революционную войну.\n"
)


@pytest.mark.parametrize(
    ("date", "verdict", "flags"),
    [
        ("1918-01-21", "agrees", []),
        ("1918-01-08", "agrees_old_style", []),
        ("1918-01-09", "differs", ["date"]),
    ],
)
def test_an_old_style_date_in_words_is_checked_at_the_passage_found(
    date: str, verdict: str, flags: list[str]
) -> None:
    day = int(date[-2:])
    quote = (
        f"At the meeting on January {day} Lenin presented his theses on the immediate "
        "conclusion of a separate peace."
    )
    result = match_meaning(quote, PROTOCOL, claim_date=date)
    assert result.status == REWORDED, result.reason
    assert result.flags == flags, result.reason
    assert result.span is not None
    checks = rendering_facts(
        quote, PROTOCOL, result.span, quote_language="en", language="ru", claim_date=date
    )
    assert [(c.kind, c.verdict, c.source) for c in checks] == [
        ("date", verdict, "восьмого (двадцать первого) января 1918")
    ]


def test_a_claim_of_the_diary_heading_s_day_agrees_under_its_heading() -> None:
    text = (
        "Tagebuch.\n\nBrest-Litowsk, den einundzwanzigsten Januar 1918.\n\n"
        "Trotzki ist heute nach Petersburg abgereist, um die Meinung seiner Regierung "
        "einzuholen. Ich fürchte, dass die Russen nur Zeit gewinnen wollen.\n"
    )
    start = text.index("Trotzki")
    span = Span(start, len(text))
    quote = "On January 21 Czernin wrote that the Russians only wanted to gain time."
    [check] = rendering_facts(
        quote, text, span, quote_language="en", language="de", claim_date="1918-01-21"
    )
    assert (check.kind, check.verdict) == ("date", "agrees")
    [wrong] = rendering_facts(
        quote, text, span, quote_language="en", language="de", claim_date="1918-01-20"
    )
    assert wrong.verdict == "differs"


@pytest.mark.parametrize(
    ("heading", "language", "iso", "alt"),
    [
        ("Brest-Litowsk, den 21. Januar 1918.", "de", "1918-01-21", None),
        ("Am einundzwanzigsten Januar 1918.", "de", "1918-01-21", None),
        ("Петербург, 5 (17) марта 1861 года.", "ru", "1861-03-05", 17),
        ("Брест-Литовск, восьмого (двадцать первого) января 1918 г.", "ru", "1918-01-08", 21),
        ("Simla, the eighth of May 1911.", "en", "1911-05-08", None),
    ],
)
def test_a_diary_heading_with_an_article_a_place_in_any_script_or_words_dates_its_entry(
    heading: str, language: str, iso: str, alt: int | None
) -> None:
    entry = " ".join(["Wir sprachen lange über die Lage."] * 40)  # past the 600 characters
    text = f"{heading}\n\n{entry}\n\nEnde."
    head = entry_head_before(text, len(text) - 3, language)
    assert head is not None and (head.iso(), head.alt_day) == (iso, alt)
    assert entry_head_before(f"Ich sah ihn {heading}\n\n{entry}", 700, language) is None


_TALK = "Wir sprachen lange über die Lage an der Front, über Getreide, Kohle und die Städte. "
DIARY = (
    "Tagebuch des Grafen Czernin.\n\n"
    "Brest-Litowsk, den 20. Januar 1918.\n\n"
    f"Die Verhandlungen ziehen sich hin. {_TALK * 12}\n\n"
    "Brest-Litowsk, den 21. Januar 1918.\n\n"
    f"{_TALK * 12}\n\n"
    "Trotzki ist heute nach Petersburg abgereist, um die Meinung seiner Regierung einzuholen. "
    "Ich fürchte, dass die Russen nur Zeit gewinnen wollen und dass wir ohne Frieden nach Wien "
    "zurückkehren müssen. Die Lebensmittellage in Wien ist verzweifelt.\n\n"
    "Brest-Litowsk, den 22. Januar 1918.\n\n"
    "Ein ruhiger Tag. Kühlmann schreibt lange Berichte nach Berlin.\n"
)
_FEAR = (
    "that the Russians only wanted to gain time and that they would return to Vienna without peace"
)
_RU_FEAR = "русские хотят лишь выиграть время и что придётся вернуться в Вену без мира"


@pytest.mark.parametrize(
    ("quote", "flags"),
    [
        (f"On January 21 Czernin wrote {_FEAR}.", []),
        (f"On January 20 Czernin wrote {_FEAR}.", ["date"]),
        (f"Двадцать первого января Чернин записал, что {_RU_FEAR}.", []),
        (f"Десятого января Чернин записал, что {_RU_FEAR}.", ["date"]),
    ],
)
def test_a_passage_far_below_its_entry_s_heading_is_dated_by_it(
    quote: str, flags: list[str]
) -> None:
    # the entry's heading is some 1,000 characters up: no date is printed near the passage
    result = match_meaning(quote, DIARY)
    assert result.status == REWORDED, result.reason
    assert result.span is not None and "Trotzki" in DIARY[result.span.start - 200 : result.span.end]
    assert result.flags == flags, result.reason


HARRIS = (
    "The Diary of Colonel Harris.\n\n"
    "Simla, the eighth of May 1911.\n\n"
    "This forenoon the Viceroy received the delegation from the hill states. He told them "
    "that the new road would not be built before the rains, because the treasury had no "
    "money left.\n\n"
    "Simla, the ninth of May 1911.\n\n"
    "A quiet day. I wrote letters to the residents of the northern districts.\n"
)
_ROAD = (
    "мая 1911 года вице-король принял делегацию горных княжеств и сказал им, что новую дорогу "
    "не построят до дождей, потому что в казне не осталось денег."
)


@pytest.mark.parametrize(("day", "flags"), [("Восьмого", []), ("Девятого", ["date"])])
def test_the_next_entry_s_heading_closing_a_passage_does_not_date_it(
    day: str, flags: list[str]
) -> None:
    result = match_meaning(f"{day} {_ROAD}", HARRIS)
    assert result.status == REWORDED, result.reason
    assert result.flags == flags, result.reason
