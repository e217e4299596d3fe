"""Role swaps of two named or noun doers (fresh111): "the maintainer uploads the package for the
sponsor" where the source has the sponsor upload it for the maintainer, "A sends B to C" where
it has C send B to A, in English, German and Russian, one language or two; and the true
renderings that keep who does what to whom, in a passive, a German clause opening with its
object, a Russian clause in free order. Passages written for these tests."""

from __future__ import annotations

import pytest

from sourcecheck.matching import bilingual, wordnet
from sourcecheck.matching.genitives import german_s_owner
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.negation import clause_spans
from sourcecheck.matching.passiveroles import passive_people
from sourcecheck.matching.personnouns import person_noun
from sourcecheck.matching.roles import ROLES, clause_people
from sourcecheck.normalize import WORD_RE

needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet not installed")

UPLOAD = {
    "en": "Uploading\n\nWhen a new package is ready, the sponsor uploads the package for the "
    "maintainer, because the maintainer has no upload rights yet. The archive then builds it "
    "for every architecture.",
    "de": "Hochladen\n\nWenn ein neues Paket fertig ist, lädt der Sponsor das Paket für den "
    "Betreuer hoch, weil der Betreuer noch keine Rechte zum Hochladen hat. Das Archiv baut es "
    "dann für jede Architektur.",
    "ru": "Загрузка\n\nКогда новый пакет готов, спонсор загружает пакет для сопровождающего, "
    "потому что у сопровождающего ещё нет прав на загрузку. Затем архив собирает его для "
    "каждой архитектуры.",
}
LETTERS = {
    "en": "Letters\n\nIn the spring Anna sends the letters to Boris, and Boris answers them in "
    "the autumn. Their friendship lasted twenty years.",
    "de": "Briefe\n\nIm Frühling schickt Anna die Briefe an Boris, und Boris beantwortet sie im "
    "Herbst. Ihre Freundschaft dauerte zwanzig Jahre.",
    "ru": "Письма\n\nВесной Анна отправляет письма Борису, а Борис отвечает на них осенью. Их "
    "дружба длилась двадцать лет.",
}


def _roles(text: str, language: str, people: list[str]) -> list[tuple[str, bool | None]]:
    at = [text.index(w) for w in people]
    found = clause_people(text, language, clause_spans(text)[0], at) or []
    return [(text[p.at :].split()[0].strip(".,"), p.doer) for p in found]


def test_a_german_name_in_s_is_an_owner_only_beside_its_noun() -> None:
    def owner(text: str, word: str) -> bool:
        words = [(m.start(), m.group()) for m in WORD_RE.finditer(text)]
        return german_s_owner(words, next(i for i, (_, w) in enumerate(words) if w == word))

    assert owner("Dann rief Gregors Vater laut.", "Gregors")
    assert owner("Die Hand des Vaters zitterte.", "Vaters")
    assert not owner("Im Frühling schickt Boris die Briefe an Anna.", "Boris")
    assert not owner("Die Briefe schickte Hans.", "Hans")
    assert _roles("Im Frühling schickt Boris die Briefe an Anna.", "de", ["Boris", "Anna"]) == [
        ("Boris", True), ("Anna", False)]  # fmt: skip


def test_a_russian_noun_case_tells_the_doer_in_free_order() -> None:
    text = "Весной письма Борису отправляет Анна."
    assert _roles(text, "ru", ["Борису", "Анна"]) == [("Борису", False), ("Анна", True)]
    text = "Почтальона укусила собака."
    assert _roles(text, "ru", ["Почтальона", "собака"]) == [("Почтальона", False),
                                                            ("собака", True)]  # fmt: skip
    # a dative may be the one who must act: "отцу пришлось успокаивать Грегора"
    text = "Поэтому отцу пришлось успокаивать Грегора."
    assert _roles(text, "ru", ["отцу", "Грегора"]) == [("отцу", True), ("Грегора", False)]


@pytest.mark.parametrize(
    ("text", "language", "people", "roles"),
    [
        ("the letters were sent by Boris to Anna", "en", ["Boris", "Anna"],
         [("Boris", True), ("Anna", False)]),
        ("Anna was warned by her brother about the storm", "en", ["Anna", "brother"],
         [("Anna", False), ("brother", True)]),
        ("die Briefe wurden von Boris an Anna geschickt", "de", ["Boris", "Anna"],
         [("Boris", True), ("Anna", False)]),
        ("письма были отправлены Анной Борису", "ru", ["Анной", "Борису"],
         [("Анной", True), ("Борису", False)]),
    ],
)  # fmt: skip
def test_a_passive_clause_has_its_doer_after_by(
    text: str, language: str, people: list[str], roles: list[tuple[str, bool]]
) -> None:
    assert _roles(text, language, people) == roles


def test_a_passive_clause_naming_no_doer_is_not_read() -> None:
    text = "the letters were sent to Anna"
    words = [(m.start(), m.group()) for m in WORD_RE.finditer(text)]
    assert passive_people(text, "en", words, [text.index("Anna")]) is None


@needs_wordnet
def test_nouns_of_an_office_name_people() -> None:
    # read as people only where both sides show an exchange (.personnouns.office_swap)
    assert person_noun("sponsor", "en") and person_noun("maintainers", "en")
    assert not person_noun("package", "en") and not person_noun("archive", "en")
    if bilingual.available():
        assert person_noun("Betreuer", "de") and not person_noun("Paket", "de")


@needs_wordnet
@pytest.mark.skipif(not bilingual.available(), reason="dictionaries missing")
@pytest.mark.parametrize("language", ["de"])  # Russian: "сопровождающего" has no English here
def test_two_office_nouns_swapped_across_languages_are_flagged(language: str) -> None:
    text = UPLOAD[language]
    swapped = "When a new package is ready, the maintainer uploads the package for the sponsor."
    r = match_meaning(swapped, text, language="en", text_language=language)
    assert r.status == "reworded" and ROLES in r.flags, r.reason
    true = "When a new package is ready, the sponsor uploads the package for the maintainer."
    r = match_meaning(true, text, language="en", text_language=language)
    assert r.status == "reworded" and ROLES not in r.flags, r.reason


@pytest.mark.parametrize(
    ("quote", "language", "text_language"),
    [
        ("In the spring Boris sends the letters to Anna.", "en", "de"),
        ("In the spring Boris sends the letters to Anna.", "en", "ru"),
        ("Im Frühling schickt Boris die Briefe an Anna.", "de", "en"),
        ("Весной письма Анне отправляет Борис.", "ru", "en"),
        ("Весной письма Анне отправляет Борис.", "ru", "ru"),
        ("In the spring the letters were sent by Boris to Anna.", "en", "de"),
    ],
)
def test_a_sends_b_to_c_against_c_sends_b_to_a_is_flagged(
    quote: str, language: str, text_language: str
) -> None:
    text = LETTERS[text_language]
    r = match_meaning(quote, text, language=language, text_language=text_language)
    flags = r.flags if r.status == "reworded" else r.candidate_flags
    assert ROLES in flags, r.reason


@pytest.mark.parametrize(
    ("quote", "language", "text_language"),
    [
        ("In the spring Anna sends the letters to Boris.", "en", "de"),
        ("In the spring Anna sends the letters to Boris.", "en", "ru"),
        ("Im Frühling schickt Anna die Briefe an Boris.", "de", "en"),
        ("Die Briefe schickt Anna im Frühling an Boris.", "de", "de"),
        ("Весной письма Борису отправляет Анна.", "ru", "en"),
        ("Весной письма Борису отправляет Анна.", "ru", "ru"),
        ("In the spring the letters were sent by Anna to Boris.", "en", "de"),
        ("In the spring the letters are sent by Anna to Boris.", "en", "en"),
    ],
)
def test_true_renderings_keep_their_roles(quote: str, language: str, text_language: str) -> None:
    text = LETTERS[text_language]
    r = match_meaning(quote, text, language=language, text_language=text_language)
    assert r.status == "reworded" and ROLES not in r.flags, r.reason


@needs_wordnet
def test_an_office_noun_alone_is_no_swap() -> None:
    # one person noun with no counterpart on one side only: no exchange both sides show
    text = (
        "Hochladen\n\nWenn ein neues Paket fertig ist, lädt der Sponsor das Paket hoch, und "
        "das Archiv baut es dann für jede Architektur."
    )
    quote = "When a new package is ready, the maintainer uploads the package for the sponsor."
    r = match_meaning(quote, text, language="en", text_language="de")
    assert ROLES not in r.flags and ROLES not in r.candidate_flags, r.reason
