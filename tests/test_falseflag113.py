"""True renderings flagged `negation` where one side words a negation by a verb or an adjective
of exclusion, indifference or release (task falseflag113, from walk113's handbook and manual
pages): "cannot be combined" / "are mutually exclusive" / "schließen sich gegenseitig aus" /
"взаимоисключающие", "do not distinguish upper and lower case" / "ignore case" /
"ignorieren" / "игнорировать", "is not bound by the limitations" / "overcomes the
limitations" / "überwindet" / "преодолевает". Each with a change of the same shape (the
lexical negative negated in its turn, or the other side's negation answered by nothing),
which stays flagged. Passages written for these tests."""

from __future__ import annotations

import pytest
from conftest import rendering_pairs

from sourcecheck.matching.clauseorder import uncrossed
from sourcecheck.matching.lackphrases import lack_phrase_at
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.negation import affix_negated, read_negations
from sourcecheck.matching.privative import lacking

TIDY_EN = (
    "tidy - clean up old log files\n\n"
    "-i, --ignore-case\n    Ignore case when matching file name patterns. This is the "
    "default.\n\n"
    "--keep, --drop, --rotate\n    Choose what happens to an old file. The options --keep, "
    "--drop and --rotate are mutually exclusive.\n\n"
    "tidy should be seen as a tool closer to the user, which overcomes the limitations of "
    "logrotate; the two work together.\n\n"
    "Old entries are removed after seven days unless --keep is given."
)
TIDY_DE = (
    "tidy - alte Protokolldateien aufräumen\n\n"
    "-i, --ignore-case\n    Groß-/Kleinschreibung beim Vergleich der Dateinamenmuster "
    "ignorieren. Dies ist die Vorgabe.\n\n"
    "--keep, --drop, --rotate\n    Legt fest, was mit einer alten Datei geschieht. Die Optionen "
    "--keep, --drop und --rotate schließen sich gegenseitig aus.\n\n"
    "tidy ist als ein Werkzeug näher am Benutzer zu sehen, das die Einschränkungen von "
    "logrotate überwindet; beide arbeiten zusammen.\n\n"
    "Alte Einträge werden nach sieben Tagen entfernt, es sei denn, --keep ist angegeben."
)
TIDY_RU = (
    "tidy — очистка старых файлов журналов\n\n"
    "-i, --ignore-case\n    Игнорировать регистр символов при сравнении шаблонов имён "
    "файлов. Это поведение по умолчанию.\n\n"
    "--keep, --drop, --rotate\n    Задают, что происходит со старым файлом. Параметры --keep, "
    "--drop и --rotate взаимоисключающие.\n\n"
    "tidy следует рассматривать как инструмент, более близкий к пользователю, который "
    "преодолевает ограничения logrotate; оба работают вместе.\n\n"
    "Старые записи удаляются через семь дней, если не задан --keep."
)
TEXTS = {"TIDY_EN": TIDY_EN, "TIDY_DE": TIDY_DE, "TIDY_RU": TIDY_RU}

PAIRS = """
TIDY_EN en>en: -i, --ignore-case: when matching file name patterns, do not distinguish upper and
    lower case; this is the default.
  | -i, --ignore-case: when matching file name patterns, do not ignore upper and lower case;
    this is the default.
TIDY_EN de>en: Die Optionen --keep, --drop und --rotate können nicht miteinander kombiniert
    werden.
  | Die Optionen --keep, --drop und --rotate schließen sich nicht gegenseitig aus.
TIDY_EN ru>en: Параметры --keep, --drop и --rotate нельзя сочетать друг с другом.
  | Параметры --keep, --drop и --rotate не исключают друг друга.
TIDY_EN de>en: tidy ist als ein Werkzeug näher am Benutzer zu sehen, das nicht an die
    Einschränkungen von logrotate gebunden ist; beide arbeiten zusammen.
  | tidy ist als ein Werkzeug näher am Benutzer zu sehen, das die Einschränkungen von logrotate
    nicht überwindet; beide arbeiten zusammen.
TIDY_DE en>de: -i, --ignore-case: when comparing file name patterns, do not distinguish between
    upper and lower case. This is the default.
  | -i, --ignore-case: when comparing file name patterns, do not ignore upper and lower case.
    This is the default.
TIDY_DE en>de: The options --keep, --drop and --rotate cannot be combined with one another.
  | The options --keep, --drop and --rotate are not mutually exclusive.
TIDY_DE en>de: tidy should be seen as a tool closer to the user that is not bound by the
    limitations of logrotate; the two work together.
  | tidy should be seen as a tool closer to the user that does not overcome the limitations of
    logrotate; the two work together.
TIDY_RU en>ru: -i, --ignore-case: when comparing file name patterns, do not distinguish the case
    of characters. This is the default behaviour.
  | -i, --ignore-case: when comparing file name patterns, do not ignore the case of characters.
    This is the default behaviour.
TIDY_EN ru>en: -i, --ignore-case: при сравнении шаблонов имён файлов не различать регистр
    символов. Это поведение по умолчанию.
  | -i, --ignore-case: при сравнении шаблонов имён файлов не игнорировать регистр символов. Это
    поведение по умолчанию.
TIDY_RU en>ru: The options --keep, --drop and --rotate cannot be combined with one another.
  | The options --keep, --drop and --rotate do not exclude one another.
TIDY_RU de>ru: tidy ist als ein Werkzeug näher am Benutzer zu sehen, das nicht an die
    Einschränkungen von logrotate gebunden ist; beide arbeiten zusammen.
  | tidy ist als ein Werkzeug näher am Benutzer zu sehen, das die Einschränkungen von logrotate
    nicht überwindet; beide arbeiten zusammen.
"""
"""A pair a case (indented lines go on): the text, the languages, a faithful rendering that
negates where the text says a word of exclusion, indifference or release, and after "|" the
same shape with that word negated in its turn (a change: flagged)."""


@pytest.mark.parametrize(("text", "true", "changed", "languages"), rendering_pairs(PAIRS, TEXTS))
def test_a_negation_worded_by_exclusion_or_indifference_is_no_flag_and_its_denial_is(
    text: str, true: str, changed: str, languages: tuple[str, str]
) -> None:
    r = match_meaning(true, text, language=languages[0], text_language=languages[1])
    assert r.status == "reworded", r.reason
    assert "negation" not in r.flags, r.reason
    r = match_meaning(changed, text, language=languages[0], text_language=languages[1])
    assert r.status == "not_found" or {"negation", "opposite"} & set(r.flags), r.reason


def test_words_of_exclusion_indifference_and_release_answer_a_negation() -> None:
    for word, language in (("ignores", "en"), ("disregarded", "en"), ("exclusive", "en"),
                           ("excludes", "en"), ("overcomes", "en"), ("ignoriert", "de"),
                           ("ausgeschlossen", "de"), ("uberwindet", "de"),
                           ("игнорировать", "ru"), ("взаимоисключающие", "ru"),
                           ("исключают", "ru"), ("преодолевает", "ru")):  # fmt: skip
        assert lacking(word, language), word
    # "only", "exception", "remote": no lack
    for word, language in (("exclusively", "en"), ("ausschliesslich", "de"),
                           ("исключительно", "ru"), ("исключением", "ru")):  # fmt: skip
        assert not lacking(word, language), word
    assert affix_negated("incompatible", "en") and affix_negated("inkompatibel", "de")


def test_a_german_verb_of_exclusion_is_read_with_its_separated_particle() -> None:
    words = "die optionen schliessen sich gegenseitig aus".split()
    assert lack_phrase_at(words, 2, "de")
    assert lack_phrase_at("sie lasst diese angabe weg".split(), 1, "de")
    assert not lack_phrase_at("er schliesst die tur".split(), 1, "de")
    assert not lack_phrase_at("er schliesst die datei aus dem archiv".split(), 1, "de")


def test_a_negated_word_of_exclusion_is_a_double_negation() -> None:
    cases = (("The options are not mutually exclusive.", "en", "exclusive"),
             ("Die Optionen schließen sich nicht gegenseitig aus.", "de", "schließen"),
             ("Параметры не исключают друг друга.", "ru", "исключают"))  # fmt: skip
    for text, language, word in cases:
        assert read_negations(text, language).doubled == (text.index(word),), text
    assert read_negations("The options are not mutually known.", "en").doubled == (-1,)


PURGE_EN = (
    "Purging a package. Given the definitive nature of such data removals, a purge should not "
    "be taken lightly. The configuration files are gone afterwards."
)
PURGE_DE = (
    "Ein Paket vollständig entfernen. Angesichts der Endgültigkeit einer solchen Löschung von "
    "Daten sollte man purge nicht leichtfertig verwenden. Die Konfigurationsdateien sind "
    "danach verschwunden."
)
PURGE_RU = (
    "Полное удаление пакета. Учитывая окончательный характер такого удаления данных, к очистке "
    "не следует прибегать легкомысленно. Файлы настроек после этого исчезают."
)
LITOTES = """
PURGE_EN en>en: Because deleting data this way cannot be undone, purge should not be used lightly.
  | Because deleting data this way cannot be undone, purge should be used lightly.
PURGE_DE en>de: Because deleting data this way cannot be undone, purge should not be used lightly.
  | Because deleting data this way cannot be undone, purge should be used lightly.
PURGE_RU en>ru: Because deleting data this way cannot be undone, purge should not be used lightly.
  | Because deleting data this way cannot be undone, purge should be used lightly.
"""
"""A litotes in one clause ("cannot be undone": final) rendered without a negation
("definitive"), the next clause negated on both sides; after "|" that clause's negation
left out (a change: flagged)."""


@pytest.mark.parametrize(
    ("text", "true", "changed", "languages"),
    rendering_pairs(LITOTES, {"PURGE_EN": PURGE_EN, "PURGE_DE": PURGE_DE, "PURGE_RU": PURGE_RU}),
)
def test_a_litotes_is_compared_with_the_clauses_rendering_its_own(
    text: str, true: str, changed: str, languages: tuple[str, str]
) -> None:
    """The other side's negation of the next clause is no negation of the litotes' clause
    (walk113: "purge should not be taken lightly" made "cannot be undone" a negation)."""
    r = match_meaning(true, text, language=languages[0], text_language=languages[1])
    assert r.status == "reworded", r.reason
    assert "negation" not in r.flags, r.reason
    r = match_meaning(changed, text, language=languages[0], text_language=languages[1])
    assert r.status == "not_found" or "negation" in r.flags, r.reason


def test_a_single_pair_between_clauses_linked_elsewhere_is_a_stray() -> None:
    quote = ((0, 10), (10, 20))
    passage = ((0, 10), (10, 20))
    pairs = [(1, 2), (3, 4), (5, 14), (12, 15), (14, 17)]  # (5, 14): clause 0 with clause 1
    assert uncrossed(pairs, (quote, passage)) == [(1, 2), (3, 4), (12, 15), (14, 17)]
    pairs = [(1, 2), (3, 4), (5, 14), (12, 15)]  # clause 1 linked by one pair: kept
    assert uncrossed(pairs, (quote, passage)) == pairs


YEAR_RU = (
    "Хлебный год\n\nЗимой в уездном городе не хватало хлеба, и купцы поднимали цены на муку "
    "каждую неделю. Бедные семьи продавали последнее."
)
YEAR_DE = (
    "Ein Hungerjahr\n\nIm Winter fehlte es in der Kreisstadt an Brot, und die Kaufleute "
    "erhöhten jede Woche den Mehlpreis. Arme Familien verkauften ihr Letztes."
)
YEAR_EN = (
    "A hungry year\n\nIn winter the district town had no bread to spare, and the merchants "
    "raised the price of flour every week. Poor families sold their last belongings."
)
SHORT = """
YEAR_RU en>ru: In winter the district town was short of bread, and the merchants raised the price
    of flour every week.
  | In winter the district town was not short of bread, and the merchants raised the price of
    flour every week.
YEAR_DE en>de: In winter the district town was short of bread, and the merchants raised the price
    of flour every week.
  | In winter the district town was not short of bread, and the merchants raised the price of
    flour every week.
YEAR_EN en>en: In winter the district town was short of bread, and the merchants raised the price
    of flour every week.
  | In winter the district town was not short of bread, and the merchants raised the price of
    flour every week.
"""
""""was short of bread" for "не хватало хлеба" / "fehlte es an Brot" / "had no bread": a lack;
after "|" "not short of" (plenty: a change, flagged)."""


@pytest.mark.parametrize(
    ("text", "true", "changed", "languages"),
    rendering_pairs(SHORT, {"YEAR_RU": YEAR_RU, "YEAR_DE": YEAR_DE, "YEAR_EN": YEAR_EN}),
)
def test_short_of_says_a_lack_and_not_short_of_plenty(
    text: str, true: str, changed: str, languages: tuple[str, str]
) -> None:
    r = match_meaning(true, text, language=languages[0], text_language=languages[1])
    assert r.status == "reworded", r.reason
    assert "negation" not in r.flags, r.reason
    r = match_meaning(changed, text, language=languages[0], text_language=languages[1])
    assert r.status == "not_found" or "negation" in r.flags, r.reason
    assert lack_phrase_at("the plan fell short".split(), 3, "en")
    assert not lack_phrase_at("a short walk in the park".split(), 1, "en")
