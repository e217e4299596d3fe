"""Opposites of quantity, frequency, order in time, obligation and degree, across languages
(issue 10, task scalar111): "Few users run" for "Viele Benutzer verwenden", "sometimes asks"
for "всегда спрашивает", "after it has partitioned the disk" for "bevor es die Festplatte
partitioniert", "is optional" for "обязательна", "muss ... hochladen" for "may upload",
"understate" for "преувеличивают" are flagged ``opposite``; a faithful rendering whose words
differ in strength a little ("often" / "häufig", "may" / "kann", "many" / "многие") is not, nor
a converse ("the sun went down after the keeper lit the lamp" for "he lit the lamp before the
sun went down"). The passages are ours, written for these tests in the manner of the Debian
documentation and of a narrative.
"""

from __future__ import annotations

import pytest

from sourcecheck.matching.crossquantities import crossed_quantity
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.opposites import OPPOSITE, opposite_change, opposite_words
from sourcecheck.matching.quantities import amounts, opposed
from sourcecheck.matching.wordpairs import Alignment, WordPair
from sourcecheck.models import Difference


def _aligned(quote: str, passage: str, *pairs: tuple[str, str]) -> Alignment:
    """An alignment pairing each (quote word, passage word), found whole in each text."""
    found = []
    for q, p in pairs:
        at, there = quote.index(q), passage.index(p)
        found.append(WordPair(q, at, p, there, 0.9))
    return Alignment(len(pairs), tuple(found))


def test_frequency_words_are_opposed_two_steps_apart_only() -> None:
    (_, scale, always), (_, _, sometimes) = (
        amounts("it always works", "en")[0], amounts("it sometimes works", "en")[0])  # fmt: skip
    assert opposed("en", scale, always, sometimes)
    (_, _, often), (_, _, rarely) = amounts("often", "en")[0], amounts("rarely", "en")[0]
    assert opposed("en", scale, often, rarely)
    assert not opposed("en", scale, always, often)  # a little weaker: no opposite
    assert not opposed("en", scale, often, sometimes)
    (_, de_scale, immer), (_, _, oft) = amounts("immer", "de")[0], amounts("oft", "de")[0]
    assert de_scale == scale and not opposed("de", scale, immer, oft)
    (_, ru_scale, vsegda), (_, _, inogda) = amounts("всегда", "ru")[0], amounts("иногда", "ru")[0]
    assert ru_scale == scale and opposed("ru", scale, vsegda, inogda)


def test_without_does_not_keep_a_quantity_word_from_being_read() -> None:
    assert amounts("Many users run it without serious problems.", "en")
    assert amounts("Viele Benutzer verwenden sie ohne ernsthafte Probleme.", "de")
    assert not amounts("Not many users run it.", "en")  # the negation check's


@pytest.mark.parametrize(
    ("quote", "q_lang", "passage", "p_lang", "pairs", "expected"),
    [
        ("Few users run the unstable distribution without serious problems.", "en",
         "Viele Benutzer verwenden die Unstable-Distribution ohne ernsthafte Probleme.", "de",
         [("users", "Benutzer"), ("unstable", "Unstable"), ("problems", "Probleme")],
         ("Few", "Viele")),
        ("The installer sometimes asks for the root password.", "en",
         "Программа установки всегда спрашивает пароль root.", "ru",
         [("installer", "установки"), ("asks", "спрашивает"), ("password", "пароль")],
         ("sometimes", "всегда")),
        ("Das Basissystem braucht reichlich Plattenplatz.", "de",
         "The base system needs little disk space.", "en",
         [("Basissystem", "system"), ("braucht", "needs"), ("Plattenplatz", "space")],
         ("reichlich", "little")),
        ("Его дочь редко ходила на лодке к скалам.", "ru",
         "His daughter often rowed out to the rocks.", "en",
         [("дочь", "daughter"), ("ходила", "rowed"), ("скалам", "rocks")],
         ("редко", "often")),
        ("In den letzten Jahren verbrannte die Lampe weniger Öl.", "de",
         "In the last years the lamp burned more oil.", "en",
         [("Jahren", "years"), ("verbrannte", "burned"), ("Lampe", "lamp")], ("weniger", "more")),
    ],
)  # fmt: skip
def test_a_quantity_or_frequency_turned_round_across_languages(
    quote: str, q_lang: str, passage: str, p_lang: str, pairs, expected
) -> None:
    alignment = _aligned(quote, passage, *pairs)
    assert crossed_quantity(quote, q_lang, passage, p_lang, alignment) == expected
    assert opposite_words(quote, q_lang, passage, p_lang, alignment) == expected


@pytest.mark.parametrize(
    ("quote", "q_lang", "passage", "p_lang", "pairs"),
    [
        ("Seine Tochter ruderte häufig zu den Felsen hinaus.", "de",
         "His daughter often rowed out to the rocks.", "en",
         [("Tochter", "daughter"), ("ruderte", "rowed"), ("Felsen", "rocks")]),
        ("Many users run the unstable distribution.", "en",
         "Многие пользователи работают с нестабильным дистрибутивом.", "ru",
         [("users", "пользователи"), ("run", "работают"), ("unstable", "нестабильным")]),
        ("The installer always asks for the root password.", "en",
         "Das Installationsprogramm fragt oft nach dem Root-Passwort.", "de",
         [("installer", "Installationsprogramm"), ("asks", "fragt"), ("password", "Passwort")]),
        ("В последние годы лампа сжигала больше масла.", "ru",
         "In the last years the lamp burned more oil.", "en",
         [("годы", "years"), ("лампа", "lamp"), ("сжигала", "burned")]),
        # the two sides say both ends, each of one thing: no opposite
        ("Он редко покидал остров, но часто ездил в город.", "ru",
         "He seldom left the island, but he often went to the town.", "en",
         [("покидал", "left"), ("остров", "island"), ("ездил", "went"), ("город", "town")]),
    ],
)  # fmt: skip
def test_a_faithful_rendering_differing_a_little_in_strength_is_no_opposite(
    quote: str, q_lang: str, passage: str, p_lang: str, pairs
) -> None:
    alignment = _aligned(quote, passage, *pairs)
    assert opposite_words(quote, q_lang, passage, p_lang, alignment) is None


def test_two_bare_words_of_a_scale_are_read_as_they_are() -> None:
    assert crossed_quantity("редко", "ru", "often", "en", None) == ("редко", "often")
    assert crossed_quantity("häufig", "de", "often", "en", None) is None
    assert opposite_change([Difference("changed", "rarely", "always")], "en") is not None
    assert opposite_change([Difference("changed", "manchmal", "immer")], "de") is not None
    assert opposite_change([Difference("changed", "usually", "always")], "en") is None


@pytest.mark.parametrize(
    ("quote", "q_lang", "passage", "p_lang", "pairs", "expected"),
    [
        ("Das Installationsprogramm fragt nach dem Passwort, bevor es die Festplatte "
         "partitioniert.", "de",
         "The installer asks for the password after it has partitioned the disk.", "en",
         [("Installationsprogramm", "installer"), ("Passwort", "password"),
          ("Festplatte", "disk"), ("partitioniert", "partitioned")], ("bevor", "after")),
        ("Его дочь возвращалась домой до наступления темноты.", "ru",
         "His daughter came home after dark.", "en",
         [("дочь", "daughter"), ("домой", "home"), ("темноты", "dark")], ("до", "after")),
        ("Der Inspektor kam zuletzt, im Frühling.", "de",
         "The inspector came first, in the spring.", "en",
         [("Inspektor", "inspector"), ("kam", "came"), ("Frühling", "spring")],
         ("zuletzt", "first")),
        ("Установка рекомендуемых пакетов обязательна.", "ru",
         "Installing the recommended packages is optional.", "en",
         [("Установка", "Installing"), ("рекомендуемых", "recommended"),
          ("пакетов", "packages")], ("обязательна", "optional")),
        ("Der Betreuer muss jederzeit eine neue Version hochladen.", "de",
         "The maintainer may upload a new version at any time.", "en",
         [("Betreuer", "maintainer"), ("jederzeit", "time"), ("neue", "new"),
          ("Version", "version"), ("hochladen", "upload")], ("muss", "may")),
    ],
)  # fmt: skip
def test_order_and_obligation_turned_round_across_languages(
    quote: str, q_lang: str, passage: str, p_lang: str, pairs, expected
) -> None:
    alignment = _aligned(quote, passage, *pairs)
    assert opposite_words(quote, q_lang, passage, p_lang, alignment) == expected
    if expected[0] in ("bevor", "muss"):  # small words: only through their counterparts
        assert opposite_words(quote, q_lang, passage, p_lang) is None


@pytest.mark.parametrize(
    ("quote", "q_lang", "passage", "p_lang", "pairs"),
    [
        # a converse: the objects exchanged with the word
        ("The sun went down after the keeper had lit the lamp.", "en",
         "Der Wärter zündete die Lampe an, bevor die Sonne unterging.", "de",
         [("sun", "Sonne"), ("keeper", "Wärter"), ("lamp", "Lampe"), ("lit", "unterging")]),
        ("Солнце заходило после того, как смотритель зажигал лампу.", "ru",
         "The keeper lit the lamp before the sun went down.", "en",
         [("Солнце", "sun"), ("смотритель", "keeper"), ("зажигал", "lit"), ("лампу", "lamp")]),
        ("The maintainer can upload a new version at any time.", "en",
         "Der Betreuer kann jederzeit eine neue Version hochladen.", "de",
         [("maintainer", "Betreuer"), ("upload", "hochladen"), ("new", "neue"),
          ("version", "Version"), ("time", "jederzeit")]),
        ("Прежде чем обновлять систему, сделайте резервную копию.", "ru",
         "Before you upgrade the system, make a backup.", "en",
         [("обновлять", "upgrade"), ("систему", "system"), ("копию", "backup")]),
    ],
)  # fmt: skip
def test_a_converse_or_a_faithful_rendering_of_order_or_obligation_is_no_opposite(
    quote: str, q_lang: str, passage: str, p_lang: str, pairs
) -> None:
    alignment = _aligned(quote, passage, *pairs)
    assert opposite_words(quote, q_lang, passage, p_lang, alignment) is None


def test_overstate_and_understate_are_opposites_in_every_language() -> None:
    assert opposite_words(
        "The release notes often understate the risk.", "en",
        "Примечания к выпуску часто преувеличивают риск.", "ru",
    ) == ("understate", "преувеличивают")  # fmt: skip
    assert opposite_words(
        "Die Hinweise übertreiben oft das Risiko.", "de", "The notes often understate the risk.",
        "en",
    ) == ("übertreiben", "understate")  # fmt: skip
    assert opposite_words(  # each says both, of two people: none
        "The sailors exaggerated the danger, but the keeper understated it.", "en",
        "Моряки преувеличивали опасность, а смотритель её преуменьшал.", "ru",
    ) is None  # fmt: skip


GUIDE_DE = (
    "Aktualisierung eines Debian-Systems\n\n"
    "Bevor Sie das System aktualisieren, sichern Sie die Konfigurationsdateien in /etc und die "
    "Liste der installierten Pakete. Das Installationsprogramm fragt immer nach dem "
    "Root-Passwort, nachdem es die Festplatte partitioniert hat. Viele Benutzer verwenden die "
    "Unstable-Distribution auf ihren Arbeitsplatzrechnern ohne ernsthafte Probleme. Die "
    "Installation der empfohlenen Pakete ist optional, und die meisten Server brauchen nur "
    "einen kleinen Teil davon.\n"
)
MAYAK_RU = (
    "Маяк на мысу\n\n"
    "Смотритель всегда зажигал лампу до захода солнца, даже в летние месяцы. Его дочь часто "
    "ходила на лодке к скалам и возвращалась домой после наступления темноты. Жалованье "
    "смотрителя было небольшим, и правительство повысило его лишь один раз за двадцать лет.\n"
)


@pytest.mark.parametrize(
    ("quote", "text", "t_lang", "flagged"),
    [
        ("Few users run the unstable distribution on their desktop machines without serious "
         "problems.", GUIDE_DE, "de", True),
        ("Many users run the unstable distribution on their desktop machines without serious "
         "problems.", GUIDE_DE, "de", False),
        ("The installer always asks for the root password before it partitions the disk.",
         GUIDE_DE, "de", True),
        ("The installer always asks for the root password after it has partitioned the disk.",
         GUIDE_DE, "de", False),
        ("His daughter rarely rowed out to the rocks and came home after dark.", MAYAK_RU,
         "ru", True),
        ("His daughter often rowed out to the rocks and came home after dark.", MAYAK_RU, "ru",
         False),
        ("The keeper's pay was small, and the government raised it only once in twenty years.",
         MAYAK_RU, "ru", False),
    ],
)  # fmt: skip
def test_end_to_end_a_scalar_word_turned_round_is_flagged_at_its_passage(
    quote: str, text: str, t_lang: str, flagged: bool
) -> None:
    result = match_meaning(quote, text, language="en", text_language=t_lang)
    assert result.status == REWORDED, result.reason
    assert (OPPOSITE in result.flags) == flagged, result.reason
    anchor = {"users": "Benutzer", "installer": "Installationsprogramm", "daughter": "дочь",
              "keeper's": "Жалованье"}[quote.split()[1]]  # fmt: skip
    assert result.span is not None and anchor in result.span.slice(text)


@pytest.mark.parametrize(
    ("quote", "q_lang", "passage", "p_lang", "pairs"),
    [
        ("Je länger die Belagerung dauerte, desto weniger Deserteure flohen.", "de",
         "The longer the siege lasted, the more deserters fled.", "en",
         [("Belagerung", "siege"), ("Deserteure", "deserters"), ("flohen", "fled")]),
        ("Управляющий боится арендаторов менее, чем пристава.", "ru",
         "The steward fears his tenants more than the bailiff.", "en",
         [("Управляющий", "steward"), ("боится", "fears"), ("арендаторов", "tenants")]),
    ],
)  # fmt: skip
def test_a_comparison_s_degree_word_is_left_to_the_comparison_check(
    quote: str, q_lang: str, passage: str, p_lang: str, pairs
) -> None:
    alignment = _aligned(quote, passage, *pairs)
    assert crossed_quantity(quote, q_lang, passage, p_lang, alignment) is None
