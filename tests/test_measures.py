"""A measure the claim gives that its passage lacks entirely (matching/measures.py): "when the
FIFO fills up by more than 64 kilobytes" at a passage with no figure nor size (walk112's
ab-ru-05), in English, German and Russian: ``not_found`` when another word of the claim has no
counterpart either, the ``number`` flag when the rest is all there; and renderings that give
the span in another unit or in words, untouched."""

from __future__ import annotations

import pytest

from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.measures import measures, unstated_measure

AROUND = {
    "en": ("FIFO special files can be created by mkfifo. ",
           " Opening the FIFO blocks normally until the other end is opened also."),
    "de": ("Spezielle FIFO-Dateien können mit mkfifo erstellt werden. ",
           " Das Öffnen des FIFOs blockiert normalerweise, bis auch das andere Ende geöffnet ist."),
    "ru": ("Специальные файлы FIFO можно создать с помощью mkfifo. ",
           " Открытие FIFO обычно блокируется, пока не будет открыт и другой конец."),
}  # fmt: skip
SIGPIPE = {
    "en": "If a process tries to write to a FIFO that is not open for reading, the process is "
    "sent a SIGPIPE signal.",
    "de": "Wenn ein Prozess versucht, in ein FIFO zu schreiben, das nicht zum Lesen geöffnet "
    "ist, wird dem Prozess ein SIGPIPE-Signal gesendet.",
    "ru": "Если процесс попытается записать данные в FIFO, который не открыт для чтения, то "
    "ему посылается сигнал SIGPIPE.",
}
FILLS = {
    "en": "A SIGPIPE signal is sent to the process when the FIFO fills up beyond 64 kilobytes.",
    "de": "Ein SIGPIPE-Signal wird an den Prozess gesendet, wenn das FIFO mehr als 64 Kilobyte "
    "fasst.",
    "ru": "Сигнал SIGPIPE посылается процессу, когда FIFO заполняется более чем на 64 килобайта.",
}


def _found(quote: str, language: str, passage_language: str, passage: str):
    before, after = AROUND[passage_language]
    return match_meaning(
        quote, before + passage + after, language=language, text_language=passage_language
    )


@pytest.mark.parametrize(
    ("text", "language", "printed"),
    [("the buffer holds 64 KiB of data", "en", ["64 KiB"]),
     ("nach drei Tagen und 5 Minuten", "de", ["drei Tagen", "5 Minuten"]),
     ("в течение пяти минут и 10 процентов", "ru", ["пяти минут", "10 процентов"]),
     ("at six o'clock 20 men came in 1918", "en", []),
     ("в 1918 году было 63 человека", "ru", [])],
)  # fmt: skip
def test_a_figure_with_its_unit_is_a_measure(text: str, language: str, printed: list[str]) -> None:
    assert [m[1] for m in measures(text, language)] == printed


def test_a_measure_the_passage_lacks_with_a_word_unsaid_is_not_found() -> None:
    r = _found(FILLS["ru"], "ru", "ru", SIGPIPE["ru"])
    assert r.status == "not_found", r.reason
    assert (
        "it gives “64 килобайта”, and the passage states no figure nor anything of that "
        "measure, and has nothing for “заполняется” either"
    ) in r.reason


@pytest.mark.parametrize(
    ("language", "passage_language"), [("en", "en"), ("de", "de"), ("ru", "en"), ("de", "ru")]
)
def test_a_measure_the_passage_lacks_is_never_plain_reworded(
    language: str, passage_language: str
) -> None:
    r = _found(FILLS[language], language, passage_language, SIGPIPE[passage_language])
    assert r.status == "not_found" or "number" in r.flags, r.reason


def test_a_measure_the_passage_lacks_with_the_rest_all_there_is_flagged_number() -> None:
    passage = "The pipe buffer fills up and the writer blocks."
    r = _found("The pipe buffer fills up after 64 kilobytes and the writer blocks.", "en", "en",
               passage)  # fmt: skip
    assert r.status == "reworded" and "number" in r.flags, r.reason
    assert "CHECK: a measure the passage does not give (“64 kilobytes” in the quote" in r.reason


@pytest.mark.parametrize(
    ("quote", "language", "passage", "passage_language"),
    [("Seven days later the printing house was closed by the Cossacks.", "en",
      "Через неделю казаки закрыли типографию.", "ru"),
     ("Der Puffer fasst 64 Kilobyte.", "de", "The buffer holds sixty-four kilobytes.", "en"),
     ("He waited for two hours at the gate.", "en", "Er wartete stundenlang am Tor.", "de"),
     ("The buffer holds 64 KB.", "en", "Буфер вмещает несколько килобайт.", "ru")],
)  # fmt: skip
def test_a_measure_said_in_another_unit_or_in_words_is_no_lack(
    quote: str, language: str, passage: str, passage_language: str
) -> None:
    assert unstated_measure(quote, language, passage, passage_language) == ""
