"""Opposites across English, German and Russian (issue 10, task opposites112): "Few farms"
for "Die meisten Betriebe" and "Most members" for "Лишь немногие члены" are flagged
``opposite`` (the scale of "most" read with that of "many" / "few" across languages); so are
the concepts of reports, judgments and abstracts the dictionary into Russian does not know
("contradict" / "согласуются", "convicted" / "оправдал", "surplus" / "дефицит") and a verb
turned round beside a noun of its own concept ("Raising the temperature increased yields" /
"Die Erhöhung der Temperatur senkte die Erträge"). A faithful rendering ("Most farms" / "Die
meisten Betriebe", "many" / "most", "agree" / "согласуются") is not. The passages are ours,
written for these tests in the manner of news, minutes, a judgment and a scientific abstract.
"""

from __future__ import annotations

import re

import pytest

from sourcecheck.matching.crossquantities import crossed_quantity
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.oppositeconcepts import nounal, turned_verb
from sourcecheck.matching.opposites import OPPOSITE, opposite_words
from sourcecheck.matching.wordpairs import Alignment, WordPair


def _aligned(quote: str, passage: str, *pairs: tuple[str, str]) -> Alignment:
    """An alignment pairing each (quote word, passage word), found whole in each text."""
    found = [WordPair(q, quote.index(q), p, passage.index(p), 0.9) for q, p in pairs]
    return Alignment(len(pairs), tuple(found))


@pytest.mark.parametrize(
    ("quote", "q_lang", "passage", "p_lang", "pair", "expected"),
    [
        ("Few farms reported losses.", "en", "Die meisten Betriebe meldeten Verluste.", "de",
         ("reported", "meldeten"), ("Few", "meisten")),
        ("Most members voted for the motion.", "en",
         "Nur wenige Mitglieder stimmten für den Antrag.", "de", ("members", "Mitglieder"),
         ("Most", "wenige")),
        ("Most farms reported losses.", "en", "Лишь немногие хозяйства сообщили об убытках.",
         "ru", ("farms", "хозяйства"), ("Most", "немногие")),
        ("Большинство членов проголосовало за предложение.", "ru",
         "Few members voted for the motion.", "en", ("членов", "members"),
         ("Большинство", "Few")),
        ("Die meisten Mitglieder stimmten dafür.", "de", "Лишь немногие члены голосовали за.",
         "ru", ("Mitglieder", "члены"), ("meisten", "немногие")),
    ],
)  # fmt: skip
def test_most_and_few_are_opposed_across_languages(
    quote: str, q_lang: str, passage: str, p_lang: str, pair: tuple[str, str],
    expected: tuple[str, str],
) -> None:  # fmt: skip
    alignment = _aligned(quote, passage, pair)
    assert crossed_quantity(quote, q_lang, passage, p_lang, alignment) == expected


@pytest.mark.parametrize(
    ("quote", "q_lang", "passage", "p_lang", "pair"),
    [
        ("Most farms reported losses.", "en", "Die meisten Betriebe meldeten Verluste.", "de",
         ("reported", "meldeten")),
        ("Many members voted for the motion.", "en",
         "Die meisten Mitglieder stimmten für den Antrag.", "de", ("members", "Mitglieder")),
        ("Few farms reported losses.", "en", "Лишь немногие хозяйства сообщили об убытках.",
         "ru", ("farms", "хозяйства")),
    ],
)  # fmt: skip
def test_most_and_many_or_a_faithful_rendering_are_no_opposite(
    quote: str, q_lang: str, passage: str, p_lang: str, pair: tuple[str, str]
) -> None:
    alignment = _aligned(quote, passage, pair)
    assert crossed_quantity(quote, q_lang, passage, p_lang, alignment) is None


@pytest.mark.parametrize(
    ("quote", "passage", "flagged"),
    [
        ("Few farms reported losses.",
         "Einleitung. Die meisten Betriebe meldeten Verluste. Der Rest machte Gewinn.", True),
        ("Few members voted for the motion.",
         "Protokoll. Die meisten Mitglieder stimmten für den Antrag. Danach war Pause.", True),
        ("Most farms reported losses.",
         "Введение. Лишь немногие хозяйства сообщили об убытках. Остальные получили прибыль.",
         True),
        ("Most farms reported losses.",
         "Einleitung. Die meisten Betriebe meldeten Verluste. Der Rest machte Gewinn.", False),
        ("Few members voted for the motion.",
         "Protokoll. Nur wenige Mitglieder stimmten für den Antrag. Danach war Pause.", False),
    ],
)  # fmt: skip
def test_end_to_end_most_for_few_is_flagged(quote: str, passage: str, flagged: bool) -> None:
    result = match_meaning(quote, passage)
    assert result.status == REWORDED
    assert (OPPOSITE in result.flags) == flagged


@pytest.mark.parametrize(
    ("quote", "q_lang", "passage", "p_lang", "expected"),
    [
        ("The results contradict earlier studies.", "en",
         "Результаты согласуются с предыдущими исследованиями.", "ru",
         ("contradict", "согласуются")),
        ("Результаты противоречат прежним данным.", "ru",
         "The results are consistent with earlier data.", "en", ("противоречат", "consistent")),
        ("Die Ergebnisse bestätigen frühere Studien.", "de",
         "Результаты опровергают прежние исследования.", "ru", ("bestätigen", "опровергают")),
        ("Residents praised the quiet.", "en", "Жители жаловались на шум.", "ru",
         ("praised", "жаловались")),
        ("Die Anwohner lobten die Ruhe.", "de", "Residents complained about the noise.", "en",
         ("lobten", "complained")),
        ("The drug reduced mortality.", "en", "Препарат увеличивал смертность.", "ru",
         ("reduced", "увеличивал")),
        ("The authors recommend expanding the trial.", "en",
         "Die Autoren empfehlen, die Studie zu reduzieren.", "de", ("expanding", "reduzieren")),
        ("Side effects were frequent.", "en", "Побочные эффекты были редкими.", "ru",
         ("frequent", "редкими")),
        ("Nebenwirkungen waren selten.", "de", "Side effects were common.", "en",
         ("selten", "common")),
        ("The difference was statistically significant.", "en",
         "Разница была статистически незначимой.", "ru", ("significant", "незначимой")),
        ("The defendant was convicted on all counts.", "en",
         "Суд оправдал обвиняемого по всем пунктам.", "ru", ("convicted", "оправдал")),
        ("Суд осудил обвиняемого.", "ru", "The court acquitted the defendant.", "en",
         ("осудил", "acquitted")),
        ("Der Angeklagte wurde verurteilt.", "de", "Обвиняемый был оправдан.", "ru",
         ("verurteilt", "оправдан")),
        ("The budget showed a surplus.", "en", "Бюджет показал дефицит.", "ru",
         ("surplus", "дефицит")),
        ("Der Haushalt wies ein Defizit aus.", "de", "The budget showed a surplus.", "en",
         ("Defizit", "surplus")),
        ("The contract was invalid.", "en", "Der Vertrag war wirksam.", "de",
         ("invalid", "wirksam")),
        ("Договор был недействителен.", "ru", "The contract was valid.", "en",
         ("недействителен", "valid")),
        ("The new line would double the travel time.", "en",
         "Новая линия сократит время в пути вдвое.", "ru", ("would double", "сократит")),
    ],
)  # fmt: skip
def test_concepts_of_reports_judgments_and_abstracts_are_opposed_across_languages(
    quote: str, q_lang: str, passage: str, p_lang: str, expected: tuple[str, str]
) -> None:
    assert opposite_words(quote, q_lang, passage, p_lang) == expected


@pytest.mark.parametrize(
    ("quote", "q_lang", "passage", "p_lang"),
    [
        ("The results agree with earlier studies.", "en",
         "Результаты согласуются с предыдущими исследованиями.", "ru"),
        ("Residents complained about the noise.", "en", "Жители жаловались на шум.", "ru"),
        ("The drug reduced mortality.", "en", "Препарат снижал смертность.", "ru"),
        ("Side effects were rare.", "en", "Nebenwirkungen waren selten.", "de"),
        ("The defendant was acquitted.", "en", "Суд оправдал обвиняемого.", "ru"),
        ("Der Angeklagte wurde verurteilt.", "de", "The defendant was convicted.", "en"),
        ("The budget showed a deficit.", "en", "Бюджет показал дефицит.", "ru"),
        ("The contract was void.", "en", "Der Vertrag war nichtig.", "de"),
        ("The effect was significant.", "en", "Эффект был значимым.", "ru"),
        ("The results correspond to earlier data.", "en",
         "Der Lärm der Straße stört die Anwohner.", "de"),
    ],
)  # fmt: skip
def test_a_faithful_rendering_of_those_concepts_is_no_opposite(
    quote: str, q_lang: str, passage: str, p_lang: str
) -> None:
    assert opposite_words(quote, q_lang, passage, p_lang) is None


@pytest.mark.parametrize(
    ("text", "language", "word", "noun"),
    [
        ("Die Erhöhung der Temperatur senkte die Erträge.", "de", "Erhöhung", True),
        ("Die Erhöhung der Temperatur senkte die Erträge.", "de", "senkte", False),
        ("Erhöhung der Temperatur senkte die Erträge.", "de", "Erhöhung", True),
        ("Повышение температуры снижало урожайность.", "ru", "Повышение", True),
        ("Повышение температуры снижало урожайность.", "ru", "снижало", False),
        ("A rise in temperature increased yields.", "en", "rise", True),
        ("A rise in temperature increased yields.", "en", "increased", False),
        ("Raising the temperature increased yields.", "en", "Raising", True),
        ("Raising the temperature increased yields.", "en", "increased", False),
        ("The farmers were raising the temperature.", "en", "raising", False),
    ],
)  # fmt: skip
def test_nounal_tells_a_noun_of_the_table_from_a_verb(
    text: str, language: str, word: str, noun: bool
) -> None:
    match = re.search(re.escape(word), text)
    assert match is not None
    assert nounal(match, text, language) is noun


def _matches(pattern: str, text: str) -> list[re.Match[str]]:
    return list(re.finditer(pattern, text, re.IGNORECASE))


def test_turned_verb_reads_the_verb_beside_a_noun_of_its_concept() -> None:
    quote = "Raising the temperature by two degrees increased wheat yields."
    passage = "Die Erhöhung der Temperatur um zwei Grad senkte die Weizenerträge."
    said, also = _matches(r"raising|increased", quote), _matches(r"erhöhung", passage)
    against = _matches(r"senkte", passage)
    assert turned_verb((quote, "en"), (passage, "de"), said, also, against) == (
        "increased", "senkte")  # fmt: skip
    once = "Temperatures increased by two degrees."
    assert turned_verb((once, "en"), (passage, "de"), _matches("increased", once), also,
                       against) is None  # the passage says the rise too  # fmt: skip
    verbs = "Preise und Löhne stiegen, die Gewinne fielen."
    both = "Prices rose and wages rose."
    assert turned_verb((both, "en"), (verbs, "de"), _matches("rose", both),
                       _matches("stiegen", verbs), _matches("fielen", verbs)) is None  # fmt: skip


@pytest.mark.parametrize(
    ("quote", "passage", "flagged"),
    [
        ("Raising the average temperature by two degrees increased wheat yields by 12 percent.",
         "Einleitung. Die Erhöhung der mittleren Temperatur um zwei Grad senkte die "
         "Weizenerträge um 12 Prozent. Bewässerung half kaum.", True),
        ("A rise in the average temperature of two degrees increased wheat yields by 12 "
         "percent.", "Введение. Повышение средней температуры на два градуса снижало "
         "урожайность пшеницы на 12 процентов. Полив почти не помогал.", True),
        ("Повышение средней температуры на два градуса увеличивало урожайность пшеницы.",
         "Introduction. A rise in the average temperature of two degrees reduced wheat yields. "
         "Irrigation hardly helped.", True),
        ("Повышение средней температуры на два градуса увеличивало урожайность пшеницы.",
         "Introduction. Raising the average temperature by two degrees lowered wheat yields. "
         "Irrigation hardly helped.", True),
        ("A rise in the average temperature of two degrees reduced wheat yields by 12 percent.",
         "Введение. Повышение средней температуры на два градуса снижало урожайность пшеницы "
         "на 12 процентов. Полив почти не помогал.", False),
        ("The defendant was convicted on all counts.",
         "Заседание. Суд оправдал обвиняемого по всем пунктам обвинения. Защита промолчала.",
         True),
        ("The budget showed a surplus.", "Отчёт. Бюджет показал дефицит. Казначей доложил.",
         True),
        ("The budget showed a deficit.", "Отчёт. Бюджет показал дефицит. Казначей доложил.",
         False),
    ],
)  # fmt: skip
def test_end_to_end_opposites_across_languages_are_flagged(
    quote: str, passage: str, flagged: bool
) -> None:
    result = match_meaning(quote, passage)
    assert result.status == REWORDED
    assert (OPPOSITE in result.flags) == flagged
