"""Obligation negated two ways and a time as a bound (task modal112): "must not" (forbidden)
against "need not" (not required) is an ``opposite`` in English, German and Russian, and
their true renderings ("must not" / "darf nicht" / "нельзя" / "не должен"; "need not" /
"muss nicht" / "не обязан") carry none; "only in 1996" = "not until 1996" = "erst 1996" =
"лишь в 1996 году", "before 1996" / "vor 1996" / "до 1996 года" its opposite; "not just" is
"not only" in the word stage. Passages written for these tests, in the manner of Debian's
documentation."""

from __future__ import annotations

import pytest

from sourcecheck.matching.incontext import read_in_context, same_focus
from sourcecheck.matching.match import match_quote
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.obligations import (
    FORBIDDEN,
    UNNEEDED,
    obligation_agrees,
    obligation_opposite,
    obligation_readings,
)
from sourcecheck.matching.timebounds import BEFORE, FROM, opposed_bounds, time_bounds
from sourcecheck.matching.untilnot import until_reading
from sourcecheck.models import Difference, Span

SIGNING = {
    ("en", FORBIDDEN): "Every package has a developer. Developers must not sign the packages "
    "of other groups. The archive software checks every upload.",
    ("en", UNNEEDED): "Every package has a developer. Developers need not sign the packages "
    "of other groups. The archive software checks every upload.",
    ("de", FORBIDDEN): "Jedes Paket hat einen Entwickler. Entwickler dürfen die Pakete anderer "
    "Gruppen nicht signieren. Die Archivsoftware prüft jedes hochgeladene Paket.",
    ("de", UNNEEDED): "Jedes Paket hat einen Entwickler. Entwickler müssen die Pakete anderer "
    "Gruppen nicht signieren. Die Archivsoftware prüft jedes hochgeladene Paket.",
    ("ru", FORBIDDEN): "У каждого пакета есть разработчик. Разработчикам нельзя "
    "подписывать пакеты других групп. Программа архива проверяет каждую загрузку.",
    ("ru", UNNEEDED): "У каждого пакета есть разработчик. Разработчики не обязаны "
    "подписывать пакеты других групп. Программа архива проверяет каждую загрузку.",
}
SIGNING_CLAIMS = {
    ("en", FORBIDDEN): "Developers must not sign the packages of other groups.",
    ("en", UNNEEDED): "Developers do not have to sign the packages of other groups.",
    ("de", FORBIDDEN): "Entwickler dürfen keine Pakete anderer Gruppen signieren.",
    ("de", UNNEEDED): "Entwickler brauchen die Pakete anderer Gruppen nicht zu signieren.",
    ("ru", FORBIDDEN): "Разработчики не должны подписывать пакеты других групп.",
    ("ru", UNNEEDED): "Разработчикам необязательно подписывать пакеты других групп.",
}
CROSSED = [
    (claim, passage) for claim in SIGNING_CLAIMS for passage in SIGNING if claim[0] != passage[0]
]


@pytest.mark.parametrize(("claim", "passage"), CROSSED, ids=lambda k: "-".join(k))
def test_must_not_against_need_not_across_languages(
    claim: tuple[str, str], passage: tuple[str, str]
) -> None:
    result = match_meaning(
        SIGNING_CLAIMS[claim], SIGNING[passage], language=claim[0], text_language=passage[0]
    )
    assert result.status == "reworded", result.reason
    changed = claim[1] != passage[1]
    assert ("opposite" in result.flags) is changed, result.reason
    assert "negation" not in result.flags, result.reason
    if changed:
        assert "where the source says the opposite" in result.reason


ONE_LANGUAGE = {
    "en": ("Developers must not sign the packages of other groups.", SIGNING["en", UNNEEDED]),
    "de": ("Entwickler dürfen die Pakete anderer Gruppen nicht signieren.",
           SIGNING["de", UNNEEDED]),
    "ru": ("Разработчики не должны подписывать пакеты других групп в основном архиве.",
           "У каждого пакета есть разработчик. Разработчики не обязаны подписывать пакеты "
           "других групп в основном архиве. Программа проверяет каждую загрузку."),
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "de", "ru"])
def test_must_not_against_need_not_in_one_language(language: str) -> None:
    claim, unneeded = ONE_LANGUAGE[language]
    changed = match_quote(claim, unneeded, language=language)
    assert changed.status in ("close", "partial"), changed.reason
    assert "opposite" in changed.flags, changed.reason
    forbidden = unneeded.replace("не обязаны", "не должны").replace("need", "must")
    forbidden = forbidden.replace("müssen", "dürfen")
    assert "opposite" not in match_quote(claim, forbidden, language=language).flags


def test_may_not_is_must_not_in_the_word_stage() -> None:
    text = "Every package has a developer. Developers may not sign the packages of other " \
        "groups. The archive software checks every upload."  # fmt: skip
    result = match_quote("Developers must not sign the packages of other groups.", text)
    assert result.status == "close"
    assert "opposite" not in result.flags, result.reason


@pytest.mark.parametrize(
    ("text", "language", "reading"),
    [
        ("Members must not bring guests.", "en", FORBIDDEN),
        ("Members mustn't bring guests.", "en", FORBIDDEN),
        ("Members need not bring guests.", "en", UNNEEDED),
        ("Members don't need to bring guests.", "en", UNNEEDED),
        ("Bringing guests is optional.", "en", UNNEEDED),
        ("Mitglieder dürfen keine Gäste mitbringen.", "de", FORBIDDEN),
        ("Er sagt, dass Mitglieder keine Gäste mitbringen dürfen.", "de", FORBIDDEN),
        ("Mitglieder müssen keine Gäste mitbringen.", "de", UNNEEDED),
        ("Mitglieder brauchen keine Gäste mitzubringen.", "de", UNNEEDED),
        ("Es ist nicht nötig, Gäste mitzubringen.", "de", UNNEEDED),
        ("Членам клуба нельзя приводить гостей.", "ru", FORBIDDEN),
        ("Член клуба не должен приводить гостей.", "ru", FORBIDDEN),
        ("Член клуба не обязан приводить гостей.", "ru", UNNEEDED),
        ("Приводить гостей не нужно.", "ru", UNNEEDED),
        ("Приводить гостей необязательно.", "ru", UNNEEDED),
    ],
)
def test_obligation_readings(text: str, language: str, reading: str) -> None:
    assert list(obligation_readings(text, language)) == [reading]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Members must bring guests.", "en"),
        ("The build may not work on every architecture.", "en"),  # a doubt
        ("Members must not only bring guests but also pay for them.", "en"),
        ("Mitglieder müssen nicht nur Gäste mitbringen, sondern auch zahlen.", "de"),
        ("Wer nicht zahlt, muss gehen.", "de"),  # the negation is another clause's
        ("Нельзя не признать, что гостей много.", "ru"),  # "cannot but": no prohibition
        ("Члены клуба должны приводить гостей.", "ru"),
        ("Das Werkzeug ist nicht brauchbar.", "de"),
        ("The command takes an optional argument.", "en"),  # said of a thing, not of the act
        ("Команда принимает необязательный параметр.", "ru"),
        ("Fügen Sie die Zeile auth optional pam_group.so hinzu.", "de"),
    ],
)
def test_no_negated_obligation(text: str, language: str) -> None:
    assert obligation_readings(text, language) == {}


def test_obligation_opposite_and_agreement() -> None:
    must_not = "Members must not bring guests."
    assert obligation_opposite(must_not, "en", "Членам не нужно приводить гостей.", "ru") == (
        "must not",
        "не нужно",
    )
    assert obligation_opposite(must_not, "en", "Members must not bring guests.", "en") is None
    # "may not" may only doubt: a prohibition where the other side says one, not against
    # "need not" ("it may not work" / "it need not work")
    assert obligation_agrees(must_not, "en", "Members may not bring guests.", "en")
    assert obligation_opposite("It may not work.", "en", "It need not work.", "en") is None
    assert obligation_agrees(must_not, "en", "Mitglieder dürfen keine Gäste mitbringen.", "de")
    assert not obligation_agrees(must_not, "en", "Mitglieder dürfen Gäste mitbringen.", "de")
    # a side that says both says neither against the other
    both = "Members need not bring guests, but they must not bring children."
    assert obligation_opposite(must_not, "en", both, "en") is None


SPLIT = {
    ("en", FROM): "The project was founded in 1993. The archive was split into main and "
    "contrib only in 1996. Non-free followed soon after.",
    ("en", "not until"): "The project was founded in 1993. The archive was not split into "
    "main and contrib until 1996. Non-free followed soon after.",
    ("en", BEFORE): "The project was founded in 1993. The archive was split into main and "
    "contrib before 1996. Non-free followed soon after.",
    ("de", FROM): "Das Projekt wurde 1993 gegründet. Das Archiv wurde erst 1996 in main und "
    "contrib aufgeteilt. Non-free folgte bald danach.",
    ("de", BEFORE): "Das Projekt wurde 1993 gegründet. Das Archiv wurde vor 1996 in main und "
    "contrib aufgeteilt. Non-free folgte bald danach.",
    ("ru", FROM): "Проект основан в 1993 году. Архив разделили на main и contrib лишь в 1996 "
    "году. Вскоре за ними последовал non-free.",
    ("ru", BEFORE): "Проект основан в 1993 году. Архив разделили на main и contrib до 1996 "
    "года. Вскоре за ними последовал non-free.",
}
SPLIT_CLAIMS = {
    ("en", FROM): "The archive was split into main and contrib only in 1996.",
    ("en", "not until"): "The archive was not split into main and contrib until 1996.",
    ("en", BEFORE): "The archive was split into main and contrib before 1996.",
    ("de", FROM): "Das Archiv wurde nicht vor 1996 in main und contrib aufgeteilt.",
    ("de", BEFORE): "Das Archiv wurde vor 1996 in main und contrib aufgeteilt.",
    ("ru", FROM): "Архив разделили на main и contrib только в 1996 году.",
    ("ru", BEFORE): "Архив разделили на main и contrib до 1996 года.",
}


def _bound(kind: str) -> str:
    return BEFORE if kind == BEFORE else FROM


@pytest.mark.parametrize(
    ("claim", "passage"),
    [(c, p) for c in SPLIT_CLAIMS for p in SPLIT if c[0] != p[0]],
    ids=lambda k: "-".join(k),
)
def test_only_in_a_year_against_before_it(claim: tuple[str, str], passage: tuple[str, str]) -> None:
    result = match_meaning(
        SPLIT_CLAIMS[claim], SPLIT[passage], language=claim[0], text_language=passage[0]
    )
    assert result.status == "reworded", result.reason
    changed = _bound(claim[1]) != _bound(passage[1])
    assert ("opposite" in result.flags) is changed, result.reason
    assert "negation" not in result.flags, result.reason


def test_only_in_a_year_is_not_until_it_in_one_language() -> None:
    claim = SPLIT_CLAIMS["en", FROM]
    result = match_meaning(claim, SPLIT["en", "not until"], language="en", text_language="en")
    assert result.status == "reworded" and result.flags == [], result.reason
    words = match_quote(claim, SPLIT["en", "not until"], language="en")
    assert "negation" not in words.flags and "opposite" not in words.flags, words.reason
    before = match_quote(SPLIT_CLAIMS["en", BEFORE], SPLIT["en", FROM], language="en")
    assert "opposite" in before.flags and "before 1996" in before.reason, before.reason
    german = match_quote(SPLIT_CLAIMS["de", BEFORE], SPLIT["de", FROM], language="de")
    assert "opposite" in german.flags, german.reason


def test_not_until_a_year_against_a_plain_year_stays_a_negation() -> None:
    plain = "The project was founded in 1993. The archive was split into main and contrib in " \
        "1996. Non-free followed soon after."  # fmt: skip
    result = match_meaning(SPLIT_CLAIMS["en", "not until"], plain, language="en",
                           text_language="en")  # fmt: skip
    assert "negation" in result.flags, result.reason


@pytest.mark.parametrize(
    ("text", "language", "bounds"),
    [
        ("It was not built until May 3, 1925.", "en", [(FROM, "3")]),
        ("It wasn't built before 1925.", "en", [(FROM, "1925")]),
        ("It was built only in March.", "en", [(FROM, "month 3")]),
        ("It was built before 1925.", "en", [(BEFORE, "1925")]),
        ("It was built before the war, in 1925.", "en", []),
        ("Es wurde erst im März gebaut.", "de", [(FROM, "month 3")]),
        ("Es wurde nicht vor dem 3. Mai 1925 gebaut.", "de", [(FROM, "3")]),
        ("Es wurde vor 1925 gebaut.", "de", [(BEFORE, "1925")]),
        ("Er kam vor drei Jahren, vor 3 Jahren.", "de", []),  # a span of time: "ago"
        ("Его построили не раньше 1925 года.", "ru", [(FROM, "1925")]),
        ("Его построили только в марте.", "ru", [(FROM, "month 3")]),
        ("Его построили до 1925 года.", "ru", [(BEFORE, "1925")]),
        ("Он пришёл до 3 часов.", "ru", []),
        ("Буфер не заполняется до 64 килобайт.", "ru", []),  # up to 64 kilobytes: no time
        ("He left before 10 o'clock.", "en", [(BEFORE, "10")]),
    ],
)
def test_time_bounds(text: str, language: str, bounds: list[tuple[str, str]]) -> None:
    assert [(b.reading, b.key) for b in time_bounds(text, language)] == bounds


def test_opposed_bounds_need_the_same_time() -> None:
    assert opposed_bounds("Built before 1925.", "en", "Erst 1926 gebaut.", "de") is None
    assert opposed_bounds("Built before March.", "en", "Erst im März gebaut.", "de") == (
        "before March",
        "Erst im März",
    )
    # a side that bounds the time both ways says neither against the other
    both = "Planned before 1925, it was built only in 1925."
    assert opposed_bounds("Built before 1925.", "en", both, "en") is None


def test_until_reading_keeps_the_bounded_negations() -> None:
    text = "The archive was not split until 1996."
    reading = until_reading(text, "en")
    assert reading.bounded == ((text.index("not"), "1996"),)
    assert reading.bounds == frozenset({"1996"})


def test_a_modal_pair_read_in_context() -> None:
    may = Difference("changed", "must", "may")
    assert read_in_context(may, "You must not go.", "You may not go.", "en") is None
    assert read_in_context(may, "You must go.", "You may go.", "en") is may
    found = read_in_context(None, "Du darfst nicht gehen.", "Du musst nicht gehen.", "de")
    assert found is not None and (found.quote, found.source) == ("darfst nicht", "musst nicht")
    found = read_in_context(None, "Du darfst es nicht.", "Du musst es nicht.", "de")
    assert found is not None and found.quote == "darfst … nicht"


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        ("Debian is not just an operating system but a community of developers.",
         "Debian runs everywhere. Debian is not only an operating system but a community of "
         "developers. It began in 1993.", "en"),
        ("Debian ist nicht nur ein Betriebssystem, sondern eine Gemeinschaft von Entwicklern.",
         "Debian läuft überall. Debian ist nicht bloß ein Betriebssystem, sondern eine "
         "Gemeinschaft von Entwicklern. Es begann 1993.", "de"),
        ("Debian — это не только операционная система, но и сообщество разработчиков.",
         "Debian работает везде. Debian — это не просто операционная система, но и сообщество "
         "разработчиков. Проект начат в 1993.", "ru"),
    ],
)  # fmt: skip
def test_not_just_is_not_only_in_the_word_stage(claim: str, text: str, language: str) -> None:
    result = match_quote(claim, text, language=language)
    assert result.status == "close", result.reason
    assert result.flags == [], result.reason


def test_just_for_only_without_the_negation_is_another_word() -> None:
    changed = Difference("changed", "only", "just", Span(3, 7), Span(3, 7))
    assert not same_focus(changed, "It only works.", "It just works.", "en")
