"""A figure of several dotted parts changed is a number, not a spelling variant: a kernel
version ("2.6.26" / "2.6.32"), an address, a date printed with dots ("12.03.1918" /
"12.03.1919"). The number readers read "1.2" but not "2.6.26", and the word matcher typed
the change a spelling variant, unflagged. The passages are ours.
"""

from __future__ import annotations

import pytest

from sourcecheck.matching.match import match_quote

PASSAGES = {
    "en": "The release shipped with the Linux kernel 2.6.32 and the new installer, and it was "
    "signed on 12.03.2010 by the whole release team after a long freeze.",
    "de": "Die Ausgabe enthielt den Linux-Kernel 2.6.32 und das neue Installationsprogramm und "
    "wurde am 12.03.2010 vom ganzen Release-Team nach langem Freeze signiert.",
    "ru": "Выпуск включал ядро Linux 2.6.32 и новый установщик и был подписан всей командой "
    "выпуска 12.03.2010 после долгой заморозки.",
}
CHANGED = {
    "en": [
        "The release shipped with the Linux kernel 2.6.26 and the new installer",
        "it was signed on 12.03.2011 by the whole release team after a long freeze",
    ],
    "de": [
        "Die Ausgabe enthielt den Linux-Kernel 2.6.26 und das neue Installationsprogramm",
        "wurde am 12.03.2011 vom ganzen Release-Team nach langem Freeze signiert",
    ],
    "ru": [
        "Выпуск включал ядро Linux 2.6.26 и новый установщик и был подписан",
        "был подписан всей командой выпуска 12.03.2011 после долгой заморозки",
    ],
}


@pytest.mark.parametrize(("language", "quote"), [(k, q) for k, qs in CHANGED.items() for q in qs])
def test_a_changed_dotted_figure_is_flagged_number(language: str, quote: str) -> None:
    result = match_quote(quote, PASSAGES[language], language=language)
    assert result.status == "close", result.reason
    assert "number" in result.flags, result.reason
    assert [d.kind for d in result.differences] == ["number"], result.reason


@pytest.mark.parametrize("language", list(PASSAGES))
def test_the_same_dotted_figures_are_found_word_for_word(language: str) -> None:
    quote = PASSAGES[language].rstrip(".")
    result = match_quote(quote, PASSAGES[language], language=language)
    assert result.status == "verbatim", result.reason
    assert "number" not in result.flags
