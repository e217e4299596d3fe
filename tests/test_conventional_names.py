"""Names each language spells by its own convention are one name, and a common word opening a
Russian sentence is none (task names109; walk108 br-03, ur-01). "Иаков" / "Jacob", "Фома" /
"Thomas", "Марфа" / "Martha" were compared as two people ("names differ"), the ``name`` flag on
a faithful rendering; "Каждый ..." was a name missing, "State" one in its place. Another
person named in the place of one must still be flagged. Passages written for these tests."""

from __future__ import annotations

from sourcecheck.matching.anchors import name_key, same_name
from sourcecheck.matching.conventional import conventional_name
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.namewords import mere_word

FARM = (
    "Notes from the Farm. At dawn Jacob led the cows to the upper meadow, and Thomas mended "
    "the fence behind the barn. Towards noon Martha carried soup to the field, while Ruth "
    "milked the goats in the yard. Every labourer has the right to a meal and a rest in "
    "accordance with the customs of each Parish. In the evening the rain came and nobody "
    "went out again."
)


def test_names_spelled_by_convention_are_one_name() -> None:
    pairs = [("Иакова", "Jacob"), ("Фоме", "Thomas"), ("Марфа", "Martha"), ("Руфь", "Ruth"),
             ("Моисея", "Moses"), ("Ефрем", "Ephraim")]  # fmt: skip
    for russian, english in pairs:
        assert not same_name(name_key(russian), name_key(english))  # not by transliteration
        assert conventional_name(russian, english), (russian, english)
    for russian, english in [("Исаак", "Jacob"), ("Мария", "Ruth"), ("Пётр", "Thomas"),
                             ("Аарон", "Moses"), ("Ян", "Anna")]:  # fmt: skip
        assert not conventional_name(russian, english), (russian, english)
    assert not conventional_name("Jakob", "Jacob")  # one script: the key's business


def test_a_rendering_with_conventional_names_is_not_flagged() -> None:
    quote = "На рассвете Иаков повёл коров на верхний луг, а Фома чинил забор за сараем."
    result = match_meaning(quote, FARM, language="ru", text_language="en")
    assert result.status == "reworded" and result.span is not None, result.reason
    assert "Jacob" in result.span.slice(FARM)
    assert "name" not in result.flags, result.reason
    swapped = match_meaning(quote.replace("Иаков", "Исаак"), FARM, language="ru",
                            text_language="en")  # fmt: skip
    assert swapped.status == "reworded" and "name" in swapped.flags, swapped.reason


def test_a_name_by_convention_paired_by_its_vector_is_no_swap() -> None:
    quote = "Около полудня Марфа понесла суп в поле, а Руфь доила коз во дворе."
    result = match_meaning(quote, FARM, language="ru", text_language="en")
    assert result.status == "reworded", result.reason
    assert "name" not in result.flags, result.reason


def test_a_common_russian_word_opening_a_sentence_is_no_name() -> None:
    assert mere_word("Каждый", "ru", "Каждый работник имеет право на обед.")
    assert not mere_word("Никита", "ru", "Никита имеет право на обед.")
    assert not mere_word("Рыбаков", "ru", "Рыбаков имеет право на обед.")  # also a surname
    quote = ("Каждый работник имеет право на еду и отдых в соответствии с обычаями каждого "
             "прихода.")  # fmt: skip
    result = match_meaning(quote, FARM, language="ru", text_language="en")
    assert result.status == "reworded", result.reason
    assert "name" not in result.flags, result.reason
