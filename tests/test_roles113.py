"""Role and direction swaps across languages (walk113, fresh-clone trial): two coordinated
parts of a sentence that exchange what they say ("full backups copy the whole disk, and
incremental backups copy the changed files" / "... vollständige Sicherungen nur die geänderten
Dateien, und inkrementelle Sicherungen die ganze Festplatte"), a link's direction ("from
/var/run to /run" / "von /run nach /var/run"), who arrests whom read by Russian cases (active
and passive, one language or two) and by German particles; in English, German and Russian;
and the true renderings that keep them (the parts in the other order, the same direction, a
passive, Russian free order). Passages written for these tests."""

from __future__ import annotations

import pytest

from sourcecheck.matching.caseroles import ACTS, UNDERGOES, case_relations, marked
from sourcecheck.matching.crossedmembers import exchanged_members, members
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.morph_ru import passive_participle
from sourcecheck.matching.reversal import relations
from sourcecheck.matching.roles import ROLES
from sourcecheck.matching.technames import exchanged_identifiers
from sourcecheck.matching.wordpairs import Alignment, WordPair

BACKUP = {
    "en": "Backups\n\nThe server is backed up every night. During the nightly run, full backups "
    "copy the whole disk to the tape, and incremental backups copy only the changed files to "
    "the second disk. The tapes are kept for a year.",
    "de": "Sicherungen\n\nDer Server wird jede Nacht gesichert. Während des nächtlichen Laufs "
    "kopieren vollständige Sicherungen die ganze Festplatte auf das Band, und inkrementelle "
    "Sicherungen kopieren nur die geänderten Dateien auf die zweite Festplatte. Die Bänder "
    "werden ein Jahr lang aufbewahrt.",
    "ru": "Резервные копии\n\nСервер копируется каждую ночь. Во время ночного запуска полные "
    "копии переносят весь диск на ленту, а инкрементные копии переносят только изменённые "
    "файлы на второй диск. Ленты хранятся год.",
}
BACKUP_SWAPPED = {
    "en": "During the nightly run, full backups copy only the changed files to the second "
    "disk, and incremental backups copy the whole disk to the tape.",
    "de": "Während des nächtlichen Laufs kopieren vollständige Sicherungen nur die geänderten "
    "Dateien auf die zweite Festplatte, und inkrementelle Sicherungen kopieren die ganze "
    "Festplatte auf das Band.",
    "ru": "Во время ночного запуска полные копии переносят только изменённые файлы на второй "
    "диск, а инкрементные копии переносят весь диск на ленту.",
}
BACKUP_REORDERED = {  # the same pairs, the other part first
    "en": "During the nightly run, incremental backups copy only the changed files to the "
    "second disk, and full backups copy the whole disk to the tape.",
    "de": "Während des nächtlichen Laufs kopieren inkrementelle Sicherungen nur die geänderten "
    "Dateien auf die zweite Festplatte, und vollständige Sicherungen kopieren die ganze "
    "Festplatte auf das Band.",
    "ru": "Во время ночного запуска инкрементные копии переносят только изменённые файлы на "
    "второй диск, а полные копии переносят весь диск на ленту.",
}
LINKS = {
    "en": "Upgrades\n\nDuring the upgrade the installer creates a link from /var/run to /run, so "
    "that old programs still find their files. The old directory is then emptied.",
    "de": "Aktualisierungen\n\nWährend der Aktualisierung legt das Installationsprogramm einen "
    "Link von /var/run nach /run an, damit alte Programme ihre Dateien weiterhin finden. Das "
    "alte Verzeichnis wird dann geleert.",
    "ru": "Обновления\n\nВо время обновления установщик создаёт ссылку с /var/run на /run, "
    "чтобы старые программы по-прежнему находили свои файлы. Затем старый каталог очищается.",
}
LINKS_SWAPPED = {
    "en": "During the upgrade the installer creates a link from /run to /var/run, so that old "
    "programs still find their files.",
    "de": "Während der Aktualisierung legt das Installationsprogramm einen Link von /run nach "
    "/var/run an, damit alte Programme ihre Dateien weiterhin finden.",
    "ru": "Во время обновления установщик создаёт ссылку с /run на /var/run, чтобы старые "
    "программы по-прежнему находили свои файлы.",
}
LINKS_TRUE = {
    "en": "During the upgrade the installer creates a link from /var/run to /run, so that old "
    "programs still find their files.",
    "de": "Während der Aktualisierung legt das Installationsprogramm einen Link von /var/run "
    "nach /run an, damit alte Programme ihre Dateien weiterhin finden.",
    "ru": "Во время обновления установщик создаёт ссылку с /var/run на /run, чтобы старые "
    "программы по-прежнему находили свои файлы.",
}
_PAIRS = [("en", "de"), ("en", "ru"), ("de", "en"), ("ru", "en"), ("ru", "ru"), ("de", "de")]


def _pairs(quote: str, passage: str, words: list[tuple[str, str]]) -> Alignment:
    found = [WordPair(q, quote.index(q), p, passage.index(p), 1.0) for q, p in words]
    return Alignment(len(found), tuple(found))


def test_a_sentence_is_cut_into_members_before_its_coordinators() -> None:
    text = "Full backups copy the disk, and incremental ones copy files; the tapes stay. Done."
    assert [(k, text[a:b].strip()) for k, a, b in members(text, "en")] == [
        (0, "Full backups copy the disk,"),
        (0, "and incremental ones copy files;"),
        (0, "the tapes stay."),
        (1, "Done."),
    ]
    text = "Полные копии переносят диск, а инкрементные переносят файлы."
    assert len(members(text, "ru")) == 2
    assert len(members("Vollständige Sicherungen kopieren alles und schnell.", "de")) == 2


def test_members_exchanging_a_part_crosswise_are_read_and_one_misplaced_word_is_not() -> None:
    quote = "Full backups copy the disk, and incremental backups copy the files."
    passage = "Vollständige Sicherungen kopieren Dateien, und inkrementelle kopieren die Platte."
    words = [("Full", "Vollständige"), ("disk", "Platte"), ("incremental", "inkrementelle"),
             ("files", "Dateien"), ("copy", "kopieren")]  # fmt: skip
    found = exchanged_members(quote, "en", passage, "de", _pairs(quote, passage, words))
    assert found is not None and "“Full” with “disk”" in found, found
    # no head said in both parts ("copy" / "kopieren"): no parallel parts, nothing read
    assert exchanged_members(quote, "en", passage, "de", _pairs(quote, passage, words[:4])) is None
    # "disk" alone in the other part: one crossing, not two (a word paired wrongly)
    words = [("Full", "Vollständige"), ("disk", "Platte"), ("incremental", "inkrementelle"),
             ("copy", "kopieren")]  # fmt: skip
    assert exchanged_members(quote, "en", passage, "de", _pairs(quote, passage, words)) is None
    # each part's words kept together, the parts in the other order
    passage = "Inkrementelle kopieren die Dateien, und vollständige kopieren die Platte."
    words = [("Full", "vollständige"), ("disk", "Platte"), ("incremental", "Inkrementelle"),
             ("files", "Dateien"), ("copy", "kopieren")]  # fmt: skip
    assert exchanged_members(quote, "en", passage, "de", _pairs(quote, passage, words)) is None


def test_identifiers_after_one_word_are_placed_in_their_order() -> None:
    quote = "The installer creates a link from /var/run to /run."
    passage = "Das Installationsprogramm legt einen Link von /run nach /var/run an."
    alignment = _pairs(quote, passage, [("link", "Link")])
    assert exchanged_identifiers(quote, "en", passage, "de", alignment) == ("/var/run", "/run")
    passage = "Das Installationsprogramm legt einen Link von /var/run nach /run an."
    alignment = _pairs(quote, passage, [("link", "Link")])
    assert exchanged_identifiers(quote, "en", passage, "de", alignment) is None


@pytest.mark.parametrize(
    ("quote", "language", "passage", "text_language", "word"),
    [
        ("The script replaces /etc/old.conf with /etc/new.conf.", "en",
         "Das Skript ersetzt /etc/new.conf durch /etc/old.conf.", "de", ("replaces", "ersetzt")),
        ("Скрипт заменяет /etc/old.conf на /etc/new.conf.", "ru",
         "The script replaces /etc/new.conf with /etc/old.conf.", "en", ("заменяет", "replaces")),
    ],
)  # fmt: skip
def test_what_replaces_what_exchanged_is_read(
    quote: str, language: str, passage: str, text_language: str, word: tuple[str, str]
) -> None:
    alignment = _pairs(quote, passage, [word])
    found = exchanged_identifiers(quote, language, passage, text_language, alignment)
    assert found == ("/etc/old.conf", "/etc/new.conf")
    kept = passage.replace("new.conf", "X").replace("old.conf", "new.conf").replace("X", "old.conf")
    alignment = _pairs(quote, kept, [word])
    assert exchanged_identifiers(quote, language, kept, text_language, alignment) is None


def test_a_repeated_word_places_an_identifier_where_it_is_said_again() -> None:
    # "Links" twice on each side: the second occurrence is the word before "/bin"
    quote = "Einige sind Links. Beispielsweise sind /usr/bin nun Links zu /bin."
    passage = "Some are links. For instance, /bin is now links to /usr/bin."
    links = WordPair("Links", quote.index("Links"), "links", passage.index("links"), 1.0)
    instance = WordPair("Beispielsweise", quote.index("Beispielsweise"), "instance",
                        passage.index("instance"), 0.9)  # fmt: skip
    again = ((links.quote_at, links.passage_at),
             (quote.index("Links zu"), passage.index("links to")))  # fmt: skip
    alignment = Alignment(2, (links, instance), repeated={0: again})
    assert exchanged_identifiers(quote, "de", passage, "en", alignment) == ("/usr/bin", "/bin")
    passage = "Some are links. For instance, /usr/bin is now links to /bin."
    links = WordPair("Links", quote.index("Links"), "links", passage.index("links"), 1.0)
    instance = WordPair("Beispielsweise", quote.index("Beispielsweise"), "instance",
                        passage.index("instance"), 0.9)  # fmt: skip
    again = ((links.quote_at, links.passage_at),
             (quote.index("Links zu"), passage.index("links to")))  # fmt: skip
    alignment = Alignment(2, (links, instance), repeated={0: again})
    assert exchanged_identifiers(quote, "de", passage, "en", alignment) is None


@pytest.mark.parametrize(("language", "text_language"), _PAIRS)
def test_two_parts_exchanging_their_objects_are_flagged(language: str, text_language: str) -> None:
    r = match_meaning(BACKUP_SWAPPED[language], BACKUP[text_language], language=language,
                      text_language=text_language)  # fmt: skip
    flags = r.flags if r.status == "reworded" else r.candidate_flags
    assert ROLES in flags, r.reason
    assert r.status != "reworded" or "coordinated parts" in r.reason or "reversed" in r.reason


@pytest.mark.parametrize(("language", "text_language"), [p for p in _PAIRS if p != ("ru", "ru")])
def test_two_parts_in_the_other_order_are_no_swap(language: str, text_language: str) -> None:
    # Russian to Russian (left out): .halves reads the "а" of "..., а инкрементные копии"
    # as a contrast whose halves, in the other order and sharing "Во время ночного запуска",
    # exchange "полные" and "инкрементные" (its repeated words paired first with first)
    r = match_meaning(BACKUP_REORDERED[language], BACKUP[text_language], language=language,
                      text_language=text_language)  # fmt: skip
    assert r.status in ("reworded", "close", "verbatim") and ROLES not in r.flags, r.reason


@pytest.mark.parametrize(("language", "text_language"), _PAIRS)
def test_a_link_the_other_way_round_is_flagged(language: str, text_language: str) -> None:
    r = match_meaning(LINKS_SWAPPED[language], LINKS[text_language], language=language,
                      text_language=text_language)  # fmt: skip
    flags = r.flags if r.status == "reworded" else r.candidate_flags
    assert ROLES in flags, r.reason


@pytest.mark.parametrize(("language", "text_language"), _PAIRS)
def test_a_link_the_same_way_round_is_no_swap(language: str, text_language: str) -> None:
    r = match_meaning(LINKS_TRUE[language], LINKS[text_language], language=language,
                      text_language=text_language)  # fmt: skip
    assert ROLES not in r.flags, r.reason


ARREST = {
    "en": "Unrest\n\nOn Monday evening the police arrested the protesters near the station. The "
    "city council met the next morning to discuss the events.",
    "de": "Unruhen\n\nAm Montagabend nahm die Polizei die Demonstranten in der Nähe des Bahnhofs "
    "fest. Der Stadtrat trat am nächsten Morgen zusammen, um die Ereignisse zu besprechen.",
    "ru": "Беспорядки\n\nВ понедельник вечером полиция задержала протестующих возле вокзала. На "
    "следующее утро городской совет собрался, чтобы обсудить события.",
}


@pytest.mark.parametrize(
    ("quote", "language", "text_language"),
    [
        ("Протестующие задержали полицейских возле вокзала в понедельник вечером.", "ru", "en"),
        ("В понедельник вечером полиция была задержана протестующими возле вокзала.", "ru", "en"),
        ("В понедельник вечером протестующие задержали полицию возле вокзала.", "ru", "ru"),
        ("В понедельник вечером полиция была задержана протестующими возле вокзала.", "ru", "ru"),
        ("On Monday evening the protesters arrested the police near the station.", "en", "ru"),
        ("On Monday evening the police were arrested by the protesters near the station.", "en",
         "ru"),
        ("On Monday evening the protesters arrested the police near the station.", "en", "de"),
        ("Am Montagabend nahmen die Demonstranten die Polizei in der Nähe des Bahnhofs fest.", "de",
         "en"),
        ("Am Montagabend nahmen die Demonstranten die Polizei in der Nähe des Bahnhofs fest.", "de",
         "de"),
        ("Am Montagabend wurde die Polizei von den Demonstranten in der Nähe des Bahnhofs "
         "festgenommen.", "de", "ru"),
    ],
)  # fmt: skip
def test_the_arrested_and_the_arresting_exchanged_are_flagged(
    quote: str, language: str, text_language: str
) -> None:
    r = match_meaning(quote, ARREST[text_language], language=language, text_language=text_language)
    flags = r.flags if r.status == "reworded" else r.candidate_flags
    assert ROLES in flags, r.reason


@pytest.mark.parametrize(
    ("quote", "language", "text_language"),
    [
        ("Протестующих задержали полицейские возле вокзала в понедельник вечером.", "ru", "en"),
        ("В понедельник вечером протестующие были задержаны полицией возле вокзала.", "ru", "en"),
        ("В понедельник вечером протестующих задержала полиция возле вокзала.", "ru", "ru"),
        ("В понедельник вечером протестующие были задержаны полицией возле вокзала.", "ru", "ru"),
        ("On Monday evening the protesters were arrested by the police near the station.", "en",
         "ru"),
        ("On Monday evening the police arrested the protesters near the station.", "en", "de"),
        ("Am Montagabend wurden die Demonstranten von der Polizei in der Nähe des Bahnhofs "
         "festgenommen.", "de", "en"),
        ("Am Montagabend wurden die Demonstranten von der Polizei in der Nähe des Bahnhofs "
         "festgenommen.", "de", "ru"),
        ("В понедельник вечером полиция задержала протестующих возле вокзала.", "ru", "de"),
    ],
)  # fmt: skip
def test_the_same_arrest_in_free_order_or_the_passive_is_no_swap(
    quote: str, language: str, text_language: str
) -> None:
    r = match_meaning(quote, ARREST[text_language], language=language, text_language=text_language)
    assert r.status == "reworded" and ROLES not in r.flags, r.reason


def test_a_russian_passive_has_its_instrumental_act_and_its_nominative_undergo() -> None:
    assert passive_participle("избрана") and passive_participle("задержаны")
    assert not passive_participle("избрал") and not passive_participle("задержанные")
    assert marked(["мария"], passive=True) == UNDERGOES and marked(["советом"], True) == ACTS
    assert marked(["мария"]) == ACTS and marked(["советом"]) is None
    assert [r[2] for r in case_relations("Вечером Мария была избрана советом.")] == [
        ("советом", "Мария")]  # fmt: skip
    # "вечером" is an instrumental of time, no doer; the verb's agreement tells the subject
    assert [r[2] for r in case_relations("Вечером протестующие задержали полицию.")] == [
        ("протестующие", "полицию")]  # fmt: skip
    assert case_relations("Вечером протестующие и полиция стояли у вокзала.") == []


@pytest.mark.parametrize(
    ("text", "language", "doer", "undergoer"),
    [
        ("At its spring meeting the board elected Maria Keller as chair.", "en", "board",
         "keller"),
        ("At its spring meeting Maria Keller elected the board.", "en", "keller", "board"),
        ("Am Montag nahm die Polizei die Demonstranten am Bahnhof fest.", "de", "polizei",
         "demonstranten"),
        ("Auf der Sitzung wurde der Vorstand von Maria Keller gewählt.", "de", "keller",
         "vorstand"),
    ],
)  # fmt: skip
def test_a_verb_between_a_noun_and_a_name_or_a_german_particle_ends_a_phrase(
    text: str, language: str, doer: str, undergoer: str
) -> None:
    found = relations(text, language)
    assert [(doer in r.doer, undergoer in r.undergoer) for r in found] == [(True, True)], found
    assert relations("The new Debian package is ready.", "en") == []


INIT = {
    "en": "Init\n\nIn the new release the service manager replaced the old init scripts on every "
    "machine. Administrators had asked for this change for years.",
    "de": "Init\n\nIn der neuen Version wurden die alten Init-Skripte auf jedem Rechner vom "
    "Dienstverwalter ersetzt. Administratoren hatten diese Änderung seit Jahren gefordert.",
    "ru": "Инициализация\n\nВ новом выпуске диспетчер служб заменил старые сценарии "
    "инициализации на каждой машине. Администраторы годами просили об этом изменении.",
}


@pytest.mark.parametrize(
    ("quote", "swapped"),
    [
        ("В новом выпуске старые сценарии инициализации были заменены диспетчером служб на "
         "каждой машине.", False),
        ("В новом выпуске диспетчер служб был заменён старыми сценариями инициализации на "
         "каждой машине.", True),
    ],
)  # fmt: skip
def test_a_russian_passive_replacement_is_read_by_its_instrumental(
    quote: str, swapped: bool
) -> None:
    r = match_meaning(quote, INIT["en"], language="ru", text_language="en")
    assert r.status == "reworded" and (ROLES in r.flags) == swapped, r.reason
