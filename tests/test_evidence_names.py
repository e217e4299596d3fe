"""Words that are no one's name stay out of a passage's names (matching/openers.py,
matching/demonyms.py): a Russian noun opening a sentence whose folded form looks like a
surname ("Война" folded is "воина", the -ина of "Ленина"), a sentence's first word after its
opening quotation mark or dialogue dash, and an English adjective of a nation ("the German
delegates": German and Russian write it in lower case). Evidence showed "names: Война",
"names: German". Passages written for these tests."""

from __future__ import annotations

import pytest

from sourcecheck.matching.anchors import read_anchors
from sourcecheck.matching.meaning import match_meaning


@pytest.mark.parametrize(
    "text",
    ["Война окончена, но мир ещё не подписан.",
     "«Война окончена», — сказал Карпов.",
     "— Война окончена, — сказал Карпов."],
)  # fmt: skip
def test_a_common_noun_opening_a_russian_sentence_is_no_name(text):
    assert "Война" not in read_anchors(text, "ru").names


@pytest.mark.parametrize(
    ("text", "name"),
    [("Троцкий ответил не сразу.", "Троцкий"),  # -ий of a surname, read unfolded
     ("Калинина встретили на вокзале.", "Калинина"),
     ("«Карпов уехал», — сказала она.", "Карпов")],  # after the mark, as at a start
)  # fmt: skip
def test_a_surname_opening_a_russian_sentence_is_still_a_name(text, name):
    assert name in read_anchors(text, "ru").names


def test_a_name_inside_a_sentence_after_a_quotation_mark_stays_a_name():
    # a capital opening speech inside a sentence is a name as often as not ("Gregor, ...")
    names = read_anchors('At the door his sister whispered: "Martin, open up."', "en").names
    assert names == ("Martin",)


@pytest.mark.parametrize(
    ("text", "names"),
    [("The German delegates refused to sign.", ()),
     ("Their Russian allies and the French army left Paris.", ("Paris",)),
     ("The Church and the Samsa family stayed.", ("Church", "Samsa")),  # no nation's ending
     ("The Germans and the Russians never agreed.", ("Germans", "Russians"))],  # peoples
)  # fmt: skip
def test_an_english_adjective_of_a_nation_is_no_name(text, names):
    assert read_anchors(text, "en").names == names


GERMAN = (
    "Die Verhandlungen begannen am Morgen. Die deutschen Delegierten lehnten den Vorschlag "
    "der Russen ab und verlangten eine Pause bis zum nächsten Tag. Am Abend ging man "
    "auseinander, ohne etwas beschlossen zu haben."
)


def test_a_rendering_naming_a_nation_has_no_missing_name():
    r = match_meaning(
        "The German delegates rejected the Russians' proposal and asked for a break until the "
        "next day.", GERMAN, language="en", text_language="de",
    )  # fmt: skip
    assert r.status == "reworded", r.reason
    assert "names: German" not in r.reason and "name" not in r.flags


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [("Only Councillor Brandt supported the proposal.", "en", ("Brandt",)),
     ("At noon Minister Vogel and Alderman Ames met Mayor Lind.", "en",
      ("Vogel", "Ames", "Lind")),
     ("Then Colonel Ward spoke to Count Orsini and Herr Falk.", "en",
      ("Ward", "Orsini", "Falk")),
     ("Gestern sprach Stadtrat Brandt mit Botschafter Vogel.", "de", ("Brandt", "Vogel")),
     ("Вечером Министр Фогель принял Брандта.", "ru", ("Фогель", "Брандта"))],
)  # fmt: skip
def test_an_office_or_rank_before_a_name_is_no_name(text, language, names):
    # "Councillor" of "Councillor Brandt" is his office: the evidence listed it among the
    # names, and a rendering saying "Brandt" alone would have lacked a name
    assert read_anchors(text, language).names == names


MINUTES = (
    "Minutes of the parish meeting, kept by the verger.\n\n"
    "When the chairman proposed to pave the lane behind the mill, only Brandt spoke for the "
    "proposal. The meeting adjourned until the harvest.\n"
)


def test_a_rendering_without_the_office_lacks_no_name():
    # read as a name, "Councillor" was "not named there", and a second person whose roles
    # the passage did not keep (flag roles)
    r = match_meaning(
        "Only Councillor Brandt spoke for the chairman's proposal to pave the lane behind the "
        "mill.", MINUTES, language="en", text_language="en",
    )  # fmt: skip
    assert r.status == "reworded", r.reason
    assert r.evidence is not None and r.evidence.shared_names == ("Brandt",), r.reason
    assert r.evidence.missing_names == () and r.flags == [], r.reason
