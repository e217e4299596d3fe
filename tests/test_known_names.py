"""A name changed is a ``name`` flag, a word that is no name is never one (task names115:
walk115's misses and the fresh-clone trial's parties):

- a claim's first word that the cited text names elsewhere is a name ("Reuben remembered the
  dreams ..." where the text says "And Joseph remembered": matching/knownnames.py), and so is
  a word Russian writes in lower case that spells a name of the text or the passage (a party:
  "меньшевики" where the passage says "the Bolsheviks");
- a field's English name kept in quotation marks in a German claim ("Die »Section« zeigt")
  is a name the passage must print (unnamedterms);
- a program's name that is also a word ("apt") is one when the text names its manual page,
  "apt(8)" (namedthings);
- no false flag on true translations: a compound of a name ("GNU/Linux-Systems") against
  the name broken at a line end ("GNU\\n /Linux": linebreaks, technames, anchors); a German
  verb opening a manual's path entry ("/etc Enthält ...": layoutstarts);
- a claim rejected at a passage naming one other person is not found again with that name
  swapped in when the passage says none of its numbers or years (swapped).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcecheck.linebreaks import joined_at_slash
from sourcecheck.matching import bilingual
from sourcecheck.matching.anchors import compare_anchors, read_anchors
from sourcecheck.matching.evidence import Evidence
from sourcecheck.matching.knownnames import with_known_names
from sourcecheck.matching.layoutstarts import layout_starts
from sourcecheck.matching.match import match_quote
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.namedthings import typed_name
from sourcecheck.matching.swapped import _facts_unsaid
from sourcecheck.matching.technames import identifiers, other_identifier

needs_dictionary = pytest.mark.skipif(
    not bilingual.available(), reason="FreeDict's dictionaries tell German words from terms"
)
DATA = Path(__file__).resolve().parents[1] / "bench" / "data"


def _text(language: str) -> str:
    return (DATA / f"n115-mill-{language}-ours.txt").read_text(encoding="utf-8")


# --- names known to the text ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "language", "text", "text_language", "name"),
    [
        ("Reuben remembered the dreams.", "en",
         "Then Reuben answered them. And Joseph remembered the dreams.", "en", "Reuben"),
        ("Brandt erinnerte sich an die Versprechen.", "de",
         "Damals schrieb Paul Brandt an den Verband. Keller erinnerte sich daran.", "de",
         "Brandt"),
        ("Brandt remembered the promises.", "en",
         "Протокол вёл Пауль Брандт. Келлер вспомнила обещания.", "ru", "Brandt"),
        ("Вендт продал фабрику.", "ru",
         "The mill of Paul Wendt was old. Keller sold the mill.", "en", "Вендт"),
    ],
)  # fmt: skip
def test_an_opening_word_the_text_names_is_a_name(
    quote: str, language: str, text: str, text_language: str, name: str
) -> None:
    anchors = read_anchors(quote, language)
    assert name not in anchors.names  # alone, a sentence's capital
    passage = read_anchors(text, text_language)
    assert name in with_known_names(anchors, text, text_language, passage).names


@pytest.mark.parametrize(
    ("quote", "language", "text", "text_language"),
    [
        # the text prints it in lower case: a common word
        ("Contains the files.", "en", "Here Contains nothing. It contains the files.", "en"),
        # the text does not name it
        ("Reuben remembered the dreams.", "en", "And Joseph remembered the dreams.", "en"),
        ("Движение по каналу утроилось.", "ru", "Traffic on the canal trebled.", "en"),
    ],
)
def test_an_opening_word_the_text_does_not_name_stays_common(
    quote: str, language: str, text: str, text_language: str
) -> None:
    anchors = read_anchors(quote, language)
    passage = read_anchors(text, text_language)
    assert with_known_names(anchors, text, text_language, passage).names == anchors.names


def test_a_reporting_frames_speaker_is_left_to_the_frame() -> None:
    quote = read_anchors("Czernin recalled that he left the Emperor at Lwów.", "en")
    text = "The diary of Count Czernin. I left the Emperor at Lemberg and rode on."
    passage = read_anchors("I left the Emperor at Lemberg and rode on.", "en")
    assert "Czernin" in with_known_names(quote, text, "en", passage).names
    frame = frozenset({"Czernin", "recalled", "that"})
    framed = with_known_names(quote, text, "en", passage, frame=frame)
    assert "Czernin" not in framed.names


@needs_dictionary
def test_a_common_word_the_text_prints_in_lower_case_is_no_name() -> None:
    russian = read_anchors("Историки называют причиной несоблюдение континентальной системы.", "ru")
    text = "The historians name the Continental System. Every system fails."
    passage = read_anchors("The historians name the Continental System.", "en")
    assert "системы" not in with_known_names(russian, text, "en", passage).names
    # the same key, no rendering printed in lower case: a name
    other = "The historians name the Continental System. Every method fails."
    assert "системы" in with_known_names(russian, other, "en", passage).names


def test_a_party_written_in_lower_case_is_a_name_across_languages() -> None:
    text = "That night the Mensheviks walked out. The Bolsheviks stayed in the hall."
    passage = read_anchors("The Bolsheviks stayed in the hall.", "en")
    quote = read_anchors("В ту ночь меньшевики остались в зале.", "ru")
    assert "меньшевики" in with_known_names(quote, text, "en", passage).names
    ours = read_anchors("В ту ночь большевики остались в зале.", "ru")
    assert "большевики" in with_known_names(ours, text, "en", passage).names
    # in its own language a lower-case word is the language's: never read so
    russian = "Меньшевики ушли. В ту ночь большевики остались в зале."
    read = with_known_names(ours, russian, "ru", read_anchors(russian, "ru"))
    assert read.names == ours.names
    # a word that spells no name of the text stays common, and one only near a name too
    plain = read_anchors("В ту ночь рабочие остались в зале.", "ru")
    assert with_known_names(plain, text, "en", passage).names == plain.names
    system = read_anchors("Сведения о вашей системе добавьте вручную.", "ru")
    unix = "It ran on Unix SystemV. Add the details about your system by hand."
    assert with_known_names(system, unix, "en", read_anchors(unix, "en")).names == system.names
    # an English claim's lower-case words are not read against a German text's nouns
    project = read_anchors("The project publishes a list.", "en")
    german = "Das Projekt veröffentlicht eine Liste. Es gibt ein Projekt."
    assert with_known_names(project, german, "de", read_anchors(german, "de")).names == ()


# --- compounds, line breaks, layout ----------------------------------------------------------


def test_a_compound_of_a_name_shares_the_name() -> None:
    quote = read_anchors("Das Archiv liegt auf einem Debian GNU/Linux-System.", "de")
    passage = read_anchors("The archive is kept on a Debian GNU\n    /Linux system.", "en")
    comparison = compare_anchors(quote, passage)
    assert "name" not in comparison.flags
    assert "Linux" not in comparison.other_names
    other = read_anchors("Das Archiv liegt auf einem Debian GNU/Hurd-System.", "de")
    assert "Hurd-System" in compare_anchors(other, passage).missing_names


def test_a_token_broken_at_its_slash_is_joined_where_the_quote_prints_it() -> None:
    passage = "kept on a Debian GNU\n        /Linux system, see\n   /usr/share/doc."
    assert joined_at_slash(passage, "auf einem Debian GNU/Linux-System") == (
        "kept on a Debian GNU/Linux system, see\n   /usr/share/doc."
    )
    assert joined_at_slash("the GNU/\nLinux system", "GNU/Linux") == "the GNU/Linux system"
    assert joined_at_slash("stored in\n  /usr/bin", "stored in /usr/bin") == "stored in\n  /usr/bin"


@needs_dictionary
def test_a_german_compound_of_an_identifier_is_the_identifier() -> None:
    quote = "Das Archiv liegt auf einem Debian GNU/Linux-Systems."
    assert [i.text for i in identifiers(quote, "de")] == ["GNU/Linux"]
    passage = "The archive is kept on a Debian GNU\n   /Linux system."
    assert other_identifier(quote, "de", joined_at_slash(passage, quote), "en") is None
    assert other_identifier(quote, "de", passage, "en") is not None  # "/Linux": a path


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("/etc Enthält lokale Konfigurationsdateien.", "Enthält"),
        ("/dev Содержит файлы устройств.", "Содержит"),
        ("       /srv   Contains the scanned minutes.", "Contains"),
        ("  ~/.config Holds the settings.", "Holds"),
    ],
)
def test_a_path_entrys_description_opens_with_its_capital(text: str, first: str) -> None:
    assert [text[at : at + len(first)] for at in layout_starts(text)] == [first]


def test_a_path_inside_a_sentence_opens_nothing() -> None:
    assert layout_starts("Files in /etc Berlin keeps apart.") == set()


def test_a_manual_page_names_a_program() -> None:
    assert typed_name("apt", "The commands are listed in apt(8).")
    assert typed_name("ls", "Siehe ls(1) für die Optionen.")
    assert not typed_name("apt", "An apt remark (8 words) was made.")


def test_a_swapped_claim_needs_its_numbers_said() -> None:
    assert _facts_unsaid(Evidence("de", "de", quote_numbers=("1998",)))
    assert _facts_unsaid(Evidence("ru", "en", quote_dates=("3 июня",)))
    assert not _facts_unsaid(Evidence("de", "de", quote_numbers=("1998",),
                                      passage_numbers=("1993",)))  # fmt: skip
    assert not _facts_unsaid(Evidence("de", "de"))


# --- end to end: the mill's committee and its archive in three languages ---------------------


@pytest.mark.parametrize(
    ("quote", "language", "text_language"),
    [
        ("В ночь на 3 июня большевики заняли контору фабрики.", "ru", "en"),
        ("Keller remembered the promises which the owners had made to them, and said that the "
         "committee would not wait any longer.", "en", "ru"),
        ("Keller erinnerte sich an die Versprechen, die ihnen die Besitzer gegeben hatten, und "
         "sagte, dass das Komitee nicht länger warten werde.", "de", "en"),
        ("Die gescannten Protokolle des Komitees liegen auf einem Debian GNU/Linux-System im "
         "Lesesaal der Stadtbibliothek.", "de", "en"),
        ("/srv Enthält die gescannten Protokolle, ein Verzeichnis für jedes Jahr.", "de", "en"),
        ("Die »Priority« zeigt, wie wichtig das Paket für die Installation ist.", "de", "en"),
        ("Поле Priority показывает, насколько пакет важен для установки.", "ru", "en"),
    ],
)  # fmt: skip
def test_true_renderings_are_not_flagged(quote: str, language: str, text_language: str) -> None:
    result = match_meaning(quote, _text(text_language), language=language,
                           text_language=text_language)  # fmt: skip
    assert result.status == "reworded", result.reason
    assert "name" not in result.flags, result.reason


@pytest.mark.parametrize(
    ("quote", "language", "text_language", "named"),
    [
        ("В ночь на 3 июня меньшевики заняли контору фабрики.", "ru", "en", "Bolsheviks"),
        ("Brandt remembered the promises which the owners had made to them, and said that the "
         "committee would not wait any longer.", "en", "ru", "Келлер"),
        ("Brandt erinnerte sich an die Versprechen, die ihnen die Besitzer gegeben hatten, und "
         "sagte, dass das Komitee nicht länger warten werde.", "de", "en", "Keller"),
        ("Brandt recalled the promises the owners had made to them and said the committee "
         "would wait no longer.", "en", "en", "Keller"),
        ("Келлер отнесла письмо в ратушу пешком.", "ru", "en", "Brandt"),
        ("Die »Section« zeigt, wie wichtig das Paket für die Installation ist.", "de", "en",
         "Priority"),
    ],
)  # fmt: skip
def test_a_name_in_another_ones_place_is_flagged(
    quote: str, language: str, text_language: str, named: str
) -> None:
    result = match_meaning(quote, _text(text_language), language=language,
                           text_language=text_language)  # fmt: skip
    assert result.status == "reworded", result.reason
    assert "name" in result.flags, result.reason
    assert f"it names {named}" in result.reason


def test_a_program_named_where_the_text_names_another_is_flagged() -> None:
    text = _text("en")
    quote = (
        "The viewer is a frontend to the apt package management infrastructure, and it is "
        "updated with the apt package tools; see apt(8) for the commands that apt knows."
    )
    result = match_quote(quote, text, language="en")
    assert result.status == "close"
    assert "name" in result.flags, result.reason
    assert "“apt” where the source names “dpkg”" in result.reason
    same = quote.replace("the apt package management", "the dpkg package management")
    assert "name" not in match_quote(same, text, language="en").flags
