"""Names in German and Russian texts: a capitalized function word ("Aber", "Ja", "Так") or a
German noun ("die Mutter", "im Zimmer") is nobody; Russian dash dialogue keeps both pieces of
an interrupted speech as one quotation of its speaker. Passages written for the tests."""

from __future__ import annotations

from sourcecheck.extract import verbs
from sourcecheck.extract.claims import extract
from sourcecheck.extract.lexicon import common_nouns, function_words
from sourcecheck.extract.people import people_of
from sourcecheck.extract.quotes import find_quotations

GERMAN = (
    "Gregor lag im Bett und sah zum Fenster. Die Mutter klopfte an die Tür. »Gregor,« rief "
    "die Mutter, »es ist spät.« »Ja, ja,« sagte Gregor. »Aber ich stehe schon auf.«\n\n"
    "Aber der Vater kam aus dem Zimmer. »Grete!« rief der Vater. Grete lief in die Küche. "
    "Nein, dachte Gregor, die Mutter weiß nichts. Im Zimmer war es still. Grete kam zurück. "
    "Ja, Gregor wartete. Der Prokurist stand im Vorzimmer. Grete sah den Prokuristen an. "
    "Die Mutter weinte. Aber Gregor schwieg, und der Prokurist ging. Zimmer und Küche "
    "waren leer.\n"
)
RUSSIAN = """Анна вошла в комнату. Борис стоял у окна и не обернулся.

— Ты уезжаешь? — спросила Анна.

— Да, — ответил Борис. — Утром.

— Так скоро? Ты же обещал остаться до субботы.

— Так вышло. Меня ждут в полку.

Так прошло несколько минут. Вошёл Пётр Иванович и снял шляпу.

— Здравствуйте, — сказал Пётр Иванович. — Я не помешал?

— Нисколько, — сказала Анна. — Мы говорили о поездке.

Пётр Иванович сел и сказал: «Дорога теперь трудная, но за неделю доедете».

— Спасибо, — ответил Борис. — Так и сделаю.

Так они просидели до вечера. Анна молчала, Борис смотрел в окно.
"""


def names(text: str) -> set[str]:
    with verbs.reading(text):
        return {f for p in people_of(text).persons for f in p.forms}


def test_german_function_words_and_nouns_are_nobody() -> None:
    found = names(GERMAN)
    assert {"Gregor", "Grete"} <= found
    assert not found & {"Aber", "Ja", "Nein", "Mutter", "Vater", "Zimmer", "Prokurist", "Küche"}


def test_a_german_noun_is_told_by_its_articles_not_by_its_capital() -> None:
    nouns = common_nouns(GERMAN)
    assert {"Mutter", "Vater", "Zimmer", "Prokuristen", "Küche"} <= nouns
    assert not nouns & {"Gregor", "Grete"}  # never after an article
    assert common_nouns("Der alte Fritz kam. Fritz lachte. Fritz ging. Fritz schlief.") == set()
    assert common_nouns("Im ganzen beurteilt Mérey die Lage gut. Mérey lachte.") == {"Lage"}


def test_english_keeps_its_own_rules() -> None:
    text = "The Mother Superior came. Ja was his dog. Ja barked, and Ja ran; Ja slept."
    assert function_words("en") == frozenset()
    assert "Ja" in names(text)  # a German word is a name in an English text


def test_russian_sentence_openers_are_nobody() -> None:
    found = names(RUSSIAN)
    assert {"Анна", "Борис", "Пётр Иванович"} <= found
    assert not found & {"Так", "Да", "Спасибо", "Нисколько"}
    speakers = {c.speaker for c in extract(RUSSIAN).claims}
    assert "Так" not in speakers


def test_russian_dash_dialogue_keeps_both_pieces_of_one_speech() -> None:
    pieces = [[p.span.slice(RUSSIAN) for p in q.pieces] for q in find_quotations(RUSSIAN)]
    assert ["Да,", "Утром."] in pieces
    assert ["Здравствуйте,", "Я не помешал?"] in pieces
    assert ["Дорога теперь трудная, но за неделю доедете"] in pieces  # «» in the narration
    assert len(pieces) == 8


def test_russian_dash_dialogue_speakers() -> None:
    claims = {c.quote: c for c in extract(RUSSIAN).claims}
    said = {q: c.speaker for q, c in claims.items()}
    assert said["Ты уезжаешь?"] == "Анна"
    assert said["Утром."] == "Борис"
    assert "other pieces: 'Да,'" in (claims["Утром."].notes or "")  # the short piece is named
    assert said["Так скоро? Ты же обещал остаться до субботы."] == "Анна"  # turns, not "Так"
    assert said["Так вышло. Меня ждут в полку."] == "Борис"
    assert said["Так и сделаю."] == "Борис"
    assert said["Мы говорили о поездке."] == "Анна"
    assert said["Дорога теперь трудная, но за неделю доедете"] == "Пётр Иванович"


TITLE_PAGE = (
    "K U R T  W O L F F  V E R L A G\n\nDie Geschichte\n\n"
    "Als Gregor Samsa eines Morgens erwachte, fand er sich in seinem Bett verwandelt. Er lag "
    "auf dem Rücken. »Was ist mit mir geschehen?« dachte er.\n\n"
    "Grete brachte ihre Milch und stellte sie hin. Dann kam Grete zurück, und sie lachte. "
    "Gregor sah seine Schwester an. Herr Samsa "
    "las die Zeitung. Gregor drehte seinen Kopf. »Ich muss aufstehen,« dachte er.\n"
)


def test_a_german_name_takes_the_gender_of_the_pronouns_after_it() -> None:
    with verbs.reading(TITLE_PAGE):
        people = people_of(TITLE_PAGE)
        assert people.resolve("Als Gregor Samsa") is people.resolve("Gregor")  # "Als" opens
    assert people.gender("Gregor") == "M" and people.gender("Grete") == "F"
    assert not {f for p in people.persons for f in p.forms} & {"K", "U", "R", "T", "W"}


def test_er_after_a_thought_is_the_man_the_narration_is_about() -> None:
    said = {c.quote: c.speaker for c in extract(TITLE_PAGE).claims}
    assert said["Was ist mit mir geschehen?"] == "Gregor"  # was a letter of the title page
