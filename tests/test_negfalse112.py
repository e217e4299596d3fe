"""True renderings flagged `negation` where one side words a negation otherwise (task
negfalse112, from walk112's manual pages): a negation word printed as a value ("--color=never",
"none (-U)"), "unless" against "if none of", "rather than" / "statt" against "а не" / ", not",
a negated word against its opposite ("not convenient" / "awkward"), a German litotes with its
subject after the verb ("Scheuen Sie sich nicht"). Each with a change of the same shape, which
stays flagged. Passages written for these tests."""

from __future__ import annotations

import pytest
from conftest import rendering_pairs

from sourcecheck.matching import bilingual, wordnet
from sourcecheck.matching.listedvalues import in_gloss, listed_value
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.negatedopposite import opposite
from sourcecheck.matching.negation import affix_negated, explicit_negations, read_negations
from sourcecheck.matching.wordedotherwise import negation_kind

PACK_EN = (
    "pack - store files in an archive\n\n"
    "--compress=METHOD\n    compress the archive with METHOD: none (store only), gzip (-z), "
    "xz (-J), zstd (-Z)\n\n"
    "--order=KEY\n    order the members by KEY, not by their path: none (-U), size (-S), "
    "date (-t), owner (-o)\n\n"
    "Members are listed alphabetically if none of -USto nor --order is given.\n\n"
    "--follow\n    when packing a symbolic link, store the file it points to, not the link "
    "itself\n\n"
    "Do not shy away from the older manuals, and do not rely solely on this page, as you would "
    "miss much useful advice.\n\n"
    "Since it is not convenient to edit each member by hand, the archive keeps a list of rules "
    "that actually decide what is stored.\n\n"
    "The colour of the listing is switched off by default and with --colour=never.\n\n"
    "The index of a small archive is read at once."
)
PACK_DE = (
    "pack - Dateien in einem Archiv speichern\n\n"
    "--compress=METHODE\n    das Archiv mit METHODE komprimieren: »none« (nur speichern), "
    "»gzip« (-z), »xz« (-J), »zstd« (-Z)\n\n"
    "--order=SCHLÜSSEL\n    die Einträge nach SCHLÜSSEL statt nach ihrem Pfad ordnen: none "
    "(-U), size (-S), date (-t), owner (-o)\n\n"
    "Die Einträge werden alphabetisch aufgeführt, es sei denn, -USto oder --order ist "
    "angegeben.\n\n"
    "--follow\n    beim Packen eines symbolischen Links die Datei speichern, auf die er zeigt, "
    "statt des Links selbst\n\n"
    "Scheuen Sie sich nicht, die älteren Handbücher zu lesen, und verlassen Sie sich nicht "
    "allein auf diese Seite, da Ihnen sonst viele nützliche Ratschläge entgehen würden.\n\n"
    "Da es schwierig wäre, jeden Eintrag von Hand zu bearbeiten, führt das Archiv eine Liste "
    "von Regeln, die tatsächlich entscheiden, was gespeichert wird."
)
PACK_RU = (
    "pack — сохранение файлов в архиве\n\n"
    "--order=КЛЮЧ\n    упорядочивать элементы по КЛЮЧУ, а не по пути: none (-U, не "
    "упорядочивать), size (-S, по размеру), date (-t, по дате), owner (-o, по владельцу)\n\n"
    "Элементы перечисляются по алфавиту, если не задан ни один из ключей -USto и --order.\n\n"
    "--follow\n    при упаковке символической ссылки сохранять файл, на который она "
    "указывает, а не саму ссылку\n\n"
    "Индекс архива не большой, поэтому он читается сразу."
)
TEXTS = {"PACK_EN": PACK_EN, "PACK_DE": PACK_DE, "PACK_RU": PACK_RU}

PAIRS = """
PACK_DE en>de: --compress=METHOD compress the archive with METHOD: none (store only), gzip (-z),
    xz (-J), zstd (-Z)
  | --compress=METHOD never compress the archive with METHOD: gzip (-z), xz (-J), zstd (-Z)
PACK_EN de>en: --compress=METHODE das Archiv mit METHODE komprimieren: »none« (nur speichern),
    »gzip« (-z), »xz« (-J), »zstd« (-Z)
  | --compress=METHODE das Archiv mit METHODE nicht komprimieren: »gzip« (-z), »xz« (-J),
    »zstd« (-Z)
PACK_RU en>ru: --order=KEY order the members by KEY instead of by path: none (-U), size (-S),
    date (-t), owner (-o)
  | --order=KEY order the members by KEY and by path: none (-U), size (-S), date (-t), owner
    (-o)
PACK_EN de>en: Die Einträge werden alphabetisch aufgeführt, es sei denn, -USto oder --order ist
    angegeben.
  | Die Einträge werden nicht alphabetisch aufgeführt, es sei denn, -USto oder --order ist
    angegeben.
PACK_EN en>en: Members are sorted alphabetically unless -USto or --order is given.
  | Members are not sorted alphabetically unless -USto or --order is given.
PACK_DE ru>de: Элементы перечисляются по алфавиту, если не задан ни один из ключей -USto и
    --order.
  | Элементы не перечисляются по алфавиту, если задан один из ключей -USto и --order.
PACK_RU en>ru: --follow when packing a symbolic link, store the file it points to rather than
    the link itself
  | --follow when packing a symbolic link, store the file it points to and the link itself
PACK_EN de>en: --follow beim Packen eines symbolischen Links die Datei speichern, auf die er
    zeigt, anstatt des Links selbst
  | --follow beim Packen eines symbolischen Links die Datei nicht speichern, auf die er zeigt,
    anstatt des Links selbst
PACK_DE en>de: --follow when packing a symbolic link, store the file it points to rather than
    the link itself
  | --follow when packing a symbolic link, never store the file it points to, only the link
    itself
PACK_EN de>en: Scheuen Sie sich nicht, die älteren Handbücher zu lesen, und verlassen Sie sich
    nicht allein auf diese Seite, da Ihnen sonst viele nützliche Ratschläge entgehen würden.
  | Scheuen Sie sich, die älteren Handbücher zu lesen, und verlassen Sie sich nicht allein auf
    diese Seite, da Ihnen sonst viele nützliche Ratschläge entgehen würden.
PACK_EN en>en: Editing each member by hand would be awkward, so the archive keeps a list of
    rules that actually decide what is stored.
  | Editing each member by hand would be convenient, so the archive keeps a list of rules
    that actually decide what is stored.
PACK_DE en>de: Since it is not easy to edit each member by hand, the archive keeps a list of
    rules that actually decide what is stored.
  | Since it is easy to edit each member by hand, the archive keeps a list of rules that
    actually decide what is stored.
PACK_RU en>ru: The index of the archive is small, so it is read at once.
  | The index of the archive is large, so it is read at once.
"""
"""A pair a case (indented lines go on): the text, the languages, a faithful rendering, and
after "|" the same shape with a negation added or removed, the other side's negation
answered by nothing, or the opposite word affirmed (flagged `opposite`)."""


@pytest.mark.parametrize(("text", "true", "changed", "languages"), rendering_pairs(PAIRS, TEXTS))
def test_negations_worded_otherwise_are_not_flagged_and_the_same_shapes_changed_are(
    text: str, true: str, changed: str, languages: tuple[str, str]
) -> None:
    r = match_meaning(true, text, language=languages[0], text_language=languages[1])
    assert r.status == "reworded", r.reason
    assert "negation" not in r.flags, r.reason
    r = match_meaning(changed, text, language=languages[0], text_language=languages[1])
    assert r.status == "not_found" or {"negation", "opposite"} & set(r.flags), r.reason


def _value(text: str, word: str, language: str) -> bool:
    at = text.index(word)
    return listed_value(text, at, at + len(word), explicit_negations(language))


def test_a_negation_word_printed_as_a_value_is_one_and_negates_nothing() -> None:
    assert _value("--indicator-style=none", "none", "en")
    assert _value("--color=never", "never", "en")
    assert _value("Stil WORT anhängen: »keine« (Standard), »slash« (-p)", "keine", "de")
    assert _value("по КРИТЕРИЮ: нет (-U), размер (-S), время (-t)", "нет", "ru")
    assert _value("sort by WORD: size, time, none", "none", "en")  # the list's last item
    assert _value("WHEN: never, always, auto", "never", "en")
    # a negation of its clause, an answer, a list of negations: negations
    assert not _value("Sort entries if none of -U nor --sort is given.", "none", "en")
    assert not _value("No, thanks.", "No", "en")
    assert not _value("He asked: no, never.", "no", "en")
    assert not _value("He had friends: none, he said, could stay.", "none", "en")
    assert not _value("He had friends: none, however, stayed with him.", "none", "en")
    assert not _value("Sie hatte Freunde: keine, sagte sie, blieb.", "keine", "de")
    assert not _value("Die Datei wird nicht, wie sonst, gelöscht.", "nicht", "de")
    assert not _value("Ответ: нет, он не пришёл вовремя к началу.", "нет", "ru")
    text = "Use WHEN: never (no colour), always, auto. It never stops."
    assert read_negations(text, "en").words == ("never",)  # the second one only
    assert read_negations("Using color is disabled with --color=never.", "en").words == ()


def test_a_negation_in_a_listed_values_gloss_answers_and_raises_nothing() -> None:
    text = "упорядочивать: none (-U, не упорядочивать), size (-S, по размеру)"
    assert in_gloss(text, text.index("не "), explicit_negations("ru"))
    assert [w for _, w in read_negations(text, "ru").affixed] == ["не"]
    text = "Er kam nicht (wie sonst nicht), und sie ging."
    assert not in_gloss(text, text.index("nicht)"), explicit_negations("de"))
    assert read_negations(text, "de").words == ("nicht", "nicht")


def test_a_conditional_or_contrast_negation_is_told_by_its_clause() -> None:
    cases = (
        ("Sort entries alphabetically if none of -U nor --sort is given.", "none", "en",
         "condition"),
        ("Die Einträge werden sortiert, wenn keine Option angegeben ist.", "keine", "de",
         "condition"),
        ("Элементы сортируются, если не задан ключ.", "не", "ru", "condition"),
        ("store the file it points to, not the link itself", "not", "en", "contrast"),
        ("die Datei speichern und nicht den Link selbst", "nicht", "de", "contrast"),
        ("die Datei nicht speichern, sondern den Link", "nicht", "de", "contrast"),
        ("сохранять файл, а не саму ссылку", "не", "ru", "contrast"),
        ("when packing a link, never store the file it points to", "never", "en", None),
        ("Er kam nicht, weil es regnete.", "nicht", "de", None),
        ("Он не пришёл домой.", "не", "ru", None),
    )  # fmt: skip
    for text, word, language, kind in cases:
        assert negation_kind(read_negations(text, language), text.index(word)) == kind, text


@pytest.mark.skipif(not wordnet.available(), reason="WordNet's files are not installed")
def test_opposites_in_one_language_and_across_two() -> None:
    assert opposite("convenient", "en", "awkward", "en")
    assert not opposite("convenient", "en", "handy", "en")
    assert not opposite("convenient", "en", "Awkward", "en")  # a name has no opposite
    if bilingual.available():
        assert opposite("easy", "en", "schwierig", "de")
        assert opposite("leicht", "de", "schwierig", "de")
        assert opposite("большой", "ru", "small", "en")
        assert not opposite("easy", "en", "leicht", "de")


def test_a_german_litotes_with_its_subject_after_the_verb_is_doubled() -> None:
    for text in ("Scheuen Sie sich nicht, die Handbücher zu lesen.",
                 "Damals scheute er sich nicht, die Handbücher zu lesen.",
                 "Er scheute nicht die Mühe."):  # fmt: skip
        assert all(d >= 0 for d in read_negations(text, "de").doubled), text
    assert read_negations("Sie lesen nicht die Handbücher.", "de").doubled == (-1,)


def test_unix_and_university_are_no_words_negated_by_un() -> None:
    assert not any(affix_negated(w, "de") for w in ("Unix-orientierte", "Universität", "Uniform"))
    assert all(affix_negated(w, "de") for w in ("uninteressant", "unzufrieden", "nutzlos"))


@pytest.mark.parametrize(
    ("passage", "language"),
    [
        ("Hinweise zur Pflege. Wenn Sie nur die alten Einstellungen behalten wollen, führen Sie "
         "diesen Befehl nicht aus, sondern bearbeiten Sie stattdessen die Datei von Hand. Danach "
         "starten Sie den Dienst neu.", "de"),
        ("Советы по обслуживанию. Если вы только хотите сохранить старые настройки, не "
         "запускайте эту команду, а отредактируйте файл вручную. После этого перезапустите "
         "службу.", "ru"),
    ],
)  # fmt: skip
def test_a_contrast_negated_on_both_sides_is_no_negation_elsewhere(
    passage: str, language: str
) -> None:
    """Both sides negate the first term, "do not run X, but edit Y instead" / "не запускайте X,
    а отредактируйте Y": the "instead" of one side must not take the other's negation away
    (walk113's kind: a false "negation in another place")."""
    quote = (
        "If you only want to keep the old settings, do not run this command, but edit the "
        "file by hand instead."
    )
    result = match_meaning(quote, passage, language="en", text_language=language)
    assert result.status == "reworded", result.reason
    assert "negation" not in result.flags, result.reason
