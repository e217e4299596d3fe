"""A malfunction said by a negation of manner (issue 10, task polarity114): "causes a
malfunction" renders "работает не так, как старая" and "funktioniert nicht richtig" (walk113
xc-en-ru-07 was flagged ``opposite``: WordNet's "malfunction" / "work"); a passage that says
the program works ("работает исправно", "funktioniert einwandfrei") is still the opposite.
The passages are ours, in the manner of a system administrator's handbook.
"""

from __future__ import annotations

import pytest

from sourcecheck.matching.antonyms import scoped_words
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.privative import lacking


@pytest.mark.parametrize(
    ("text", "language", "word", "scoped"),
    [
        ("Die neue Version funktioniert nach dem Update nicht richtig.", "de", "funktioniert",
         True),
        ("Новая версия работает не так, как старая.", "ru", "работает", True),
        ("Die neue Version funktioniert, das alte Modul nicht richtig.", "de", "funktioniert",
         False),  # another clause's negation
        ("Новая версия работает, но не быстро.", "ru", "работает", False),
        ("Die neue Version funktioniert nach dem Update nicht.", "de", "funktioniert", False),
    ],
)  # fmt: skip
def test_a_negation_of_manner_reaches_back_to_its_verb(
    text: str, language: str, word: str, scoped: bool
) -> None:
    assert (text.index(word) in scoped_words(text, language)) == scoped


def test_a_malfunction_is_a_word_of_lack() -> None:
    assert lacking("malfunctions", "en") and lacking("fehlfunktion", "de")
    assert lacking("сбою", "ru") and not lacking("сбор", "ru")


_HANDBOOK_RU = (
    "Обновления. Подобные ситуации могут возникнуть в случае обновления без обратной "
    "совместимости: это происходит, если новая версия работает не так, как старая, что "
    "приводит к сбою в другой программе. Поэтому следует читать примечания к выпуску."
)
_HANDBOOK_DE = (
    "Aktualisierungen. Nach dem Update funktioniert die neue Version des Programms nicht "
    "richtig, und andere Programme stürzen ab. Deshalb sollten Sie die Hinweise lesen."
)
_WORKING_DE = (
    "Aktualisierungen. Nach dem Update funktioniert die neue Version des Programms "
    "einwandfrei, und andere Programme laufen weiter. Deshalb sollten Sie die Hinweise lesen."
)


@pytest.mark.parametrize(
    ("quote", "text", "t_lang", "flags"),
    [
        ("This happens if the new version no longer functions like the old one, which causes "
         "a malfunction in another program.", _HANDBOOK_RU, "ru", []),
        ("After the update the new version of the program malfunctions, and other programs "
         "crash.", _HANDBOOK_DE, "de", []),
        ("After the update the new version of the program malfunctions, and other programs "
         "keep running.", _WORKING_DE, "de", ["opposite"]),
    ],
)  # fmt: skip
def test_match_meaning_reads_a_malfunction(
    quote: str, text: str, t_lang: str, flags: list[str]
) -> None:
    result = match_meaning(quote, text, language="en", text_language=t_lang)
    assert result.status == REWORDED, result.reason
    assert result.flags == flags, result.reason
