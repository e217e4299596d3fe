"""Names spelled the German and the French way compared with their Russian spelling (task
speakers115): German "ö"/"ä" are the "ё"/"е" of a Russian spelling ("Löbe" / "Лёбе"), and
the French transliteration of Russian names in English and French texts of the 1900s-1930s
("Pourichkevitch" / "Пуришкевич": "ou", "ch", "tch", "-itch") is the English one. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from sourcecheck.matching.anchors import compare_anchors, name_key, read_anchors, same_name
from sourcecheck.matching.labelspeaker import label_verdict
from sourcecheck.matching.transcripts import transcript_turns


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Löbe", "Лёбе"), ("Löbe", "Лебе"), ("Loebe", "Лёбе"), ("Löbe", "Loebe"),
        ("Göring", "Геринг"), ("Goebbels", "Геббельс"), ("Hänisch", "Хениш"),
        ("Pourichkevitch", "Пуришкевич"), ("Pourichkevitch", "Purishkevich"),
        ("Pourichkevitch", "Purischkewitsch"), ("Milioukov", "Милюков"),
        ("Goutchkov", "Гучков"), ("Tchitchérine", "Чичерин"), ("Boukharine", "Бухарина"),
        ("Kühlmann", "Кюльман"), ("Fyodor", "Фёдор"),
    ],
)  # fmt: skip
def test_one_name_in_two_transliterations(one: str, other: str) -> None:
    assert same_name(name_key(one), name_key(other)), (name_key(one), name_key(other))
    assert same_name(name_key(other), name_key(one))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Pourichkevitch", "Милюков"), ("Goutchkov", "Шульгин"),
        ("Löbe", "Вельс"), ("Chamberlain", "Churchill"),
        ("Tchernov", "Чхеидзе"), ("Boucher", "Бурже"),
    ],
)  # fmt: skip
def test_two_names_stay_two(one: str, other: str) -> None:
    assert not same_name(name_key(one), name_key(other)), (name_key(one), name_key(other))


def test_a_french_spelling_changes_no_english_name() -> None:
    # "ch" is English "ch" where no French mark is: the key of Chamberlain as before
    assert name_key("Chamberlain") == name_key("CHAMBERLAIN") == "hamberlain"
    assert name_key("Pourichkevitch") == name_key("Пуришкевич") == name_key("Purishkevich")


def test_a_rendering_naming_the_person_the_french_way_shares_the_name() -> None:
    passage = read_anchors("Пуришкевич сказал, что правительство не справляется.", "ru")
    quote = read_anchors("In the Duma, Pourichkevitch said the government was not coping.", "en")
    comparison = compare_anchors(quote, passage)
    assert "name" not in comparison.flags and comparison.shared_names == ("Pourichkevitch",)
    other = compare_anchors(
        read_anchors("In the Duma, Milioukov said the government was not coping.", "en"), passage
    )
    assert "name" in other.flags


TRANSCRIPTS = {
    "de": "Präsident Dr. Löbe: Ich eröffne die Sitzung.\n\n"
    "Abg. Breitscheid (Soz.): Wir stimmen zu.\n\nAbg. Westarp (DNVP): Wir lehnen ab.\n",
    "ru": "Председатель (Родзянко): Слово Милюкову.\n\nМилюков: Что это, глупость или измена?"
    "\n\nПуришкевич: Правительство бессильно.\n",
}


@pytest.mark.parametrize(
    ("language", "phrase", "speaker", "same"),
    [
        ("de", "Ich eröffne", "Лёбе", True), ("de", "Ich eröffne", "Paul Loebe", True),
        ("de", "Wir lehnen", "Лёбе", False), ("ru", "Правительство", "Pourichkevitch", True),
        ("ru", "Что это", "Pourichkevitch", False), ("ru", "Что это", "Milioukov", True),
    ],
)  # fmt: skip
def test_a_claims_speaker_in_another_spelling_against_the_label(
    language: str, phrase: str, speaker: str, same: bool
) -> None:
    text = TRANSCRIPTS[language]
    turns = transcript_turns(text)
    turn = next(t for t in turns if t.body <= text.index(phrase) < t.end)
    verdict = label_verdict(speaker, turns, turn)
    assert verdict is not None and verdict.same is same
