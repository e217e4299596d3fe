"""A name of several words printed so on both sides is one person for the roles reader
(matching/onename.py): "which the Debian Installer uses" / "used by the Debian Installer" is
no swap of "Debian" and "Installer"; a swap of two-word names' people is still one."""

from __future__ import annotations

import pytest

from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.onename import adjacent_people, one_name_each
from sourcecheck.matching.roles import ROLES


def test_adjacent_people_are_read_after_a_name_not_after_an_owner():
    text = "Grete Samsa told Gregor's sister"
    people = {0: 0, 6: 1, 17: 2, 26: 3}
    assert adjacent_people(text, people) == {(0, 1): [6]}


def test_a_name_is_one_person_only_where_both_sides_print_its_words_together():
    quote = ("Am Mittag hörte Greta Tobias’ Lied.", {16: 0, 22: 1})  # doer, then the owner
    passage = ("At noon Tobias heard Greta’s song.", {8: 1, 21: 0})
    assert one_name_each(quote, passage) == (quote[1], passage[1])
    quote = ("увидела Грета Тобиаса", {8: 0, 14: 1})  # doer, then the one seen
    passage = ("Грета Тобиаса увидела", {0: 0, 6: 1})  # the same order: no name's parts
    assert one_name_each(quote, passage) == ({8: 0}, {0: 0})  # (a swap reads as before)
    quote = ("which the Debian Installer uses", {10: 0, 17: 1})
    passage = ("(или в формате .udeb, который используется Debian Installer)", {43: 0, 50: 1})
    assert one_name_each(quote, passage) == ({10: 0}, {43: 0})


CONTEXT = (
    "Before you start, read the policy manual. The upstream tarball must be unpacked first. "
    "Each package needs a changelog entry. "
)
ACTIVE = {
    "en": "The tool builds binary packages, which are ordinary installable package files in .deb "
    "format (or .udeb format, which the Debian Installer uses), from the source package.",
    "de": "Das Werkzeug baut Binärpakete, also gewöhnliche installierbare Paketdateien im Format "
    ".deb (oder im vom Debian Installer verwendeten Format .udeb), aus dem Quellpaket.",
    "ru": "Инструмент собирает двоичные пакеты, то есть обычные файлы пакетов для установки в "
    "формате .deb (или в формате .udeb, который используется установщиком Debian Installer), "
    "из пакета с исходным кодом.",
}
PASSIVE_EN = (
    "The tool builds binary packages, which are ordinary installable package files in .deb "
    "format (or .udeb format, used by the Debian Installer), from the source package."
)


@pytest.mark.parametrize(
    ("quote_language", "quote", "text_language", "text"),
    [
        ("en", ACTIVE["en"], "en", PASSIVE_EN),  # walk111 rt-ru-01
        ("en", PASSIVE_EN, "en", ACTIVE["en"]),
        ("ru", ACTIVE["ru"], "en", PASSIVE_EN),
        ("de", ACTIVE["de"], "en", ACTIVE["en"]),
        ("en", ACTIVE["en"], "de", ACTIVE["de"]),
        ("ru", ACTIVE["ru"], "de", ACTIVE["de"]),
        ("en", PASSIVE_EN, "ru", ACTIVE["ru"]),
        ("de", ACTIVE["de"], "ru", ACTIVE["ru"]),
    ],
)
def test_a_thing_named_in_two_words_used_actively_or_passively_is_no_roles_swap(
    quote_language, quote, text_language, text
):
    r = match_meaning(quote, f"{CONTEXT}{text} {CONTEXT}", language=quote_language,
                      text_language=text_language)  # fmt: skip
    assert r.status == REWORDED, r.reason
    assert ROLES not in r.flags, r.reason


@pytest.mark.parametrize(
    ("language", "quote"),
    [
        ("en", "Late that evening, Grete Samsa scolded her father in the kitchen."),
        ("de", "Spät an jenem Abend schimpfte Grete Samsa in der Küche mit ihrem Vater."),
    ],
)
def test_a_person_named_in_two_words_who_acts_where_she_is_acted_upon_is_still_flagged(
    language, quote
):
    context = "The rain had not stopped for three days. The shop closed early that week. "
    text = f"{context}Late that evening, her father scolded Grete Samsa in the kitchen. {context}"
    r = match_meaning(quote, text, language=language, text_language="en")
    # in one language the passage's own words with the roles exchanged are no rendering (the
    # verb between "father" and "Grete Samsa" read: .reversal), its flag on the candidate
    flags = r.flags if r.status == REWORDED else r.candidate_flags
    assert r.status == (REWORDED if language == "de" else "not_found"), r.reason
    assert ROLES in flags, r.reason
