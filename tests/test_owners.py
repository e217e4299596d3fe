"""A claim's doer that the passage names only as an owner ("her mother's complaints", "der
Mutter", "матери") has no counterpart there: where another person does what the claim says,
it is not found (issue 10, :mod:`sourcecheck.matching.owners`); an owner of an event the claim
tells with a verb ("the daughter's sighs" for "дочь вздыхала") stays its doer.

The weaver's family notes are ours, written for these tests, in English, German and Russian.
"""

from __future__ import annotations

import pytest

from sourcecheck.matching.doers import doer_reason
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.owners import owner_at, owner_only
from sourcecheck.matching.wordpairs import Alignment, WordPair

WEAVER_EN = (
    "Notes of the weaver's family, kept by the eldest son.\n\n"
    "In the autumn the daughter swept the whole yard every morning and ignored her mother's "
    "complaints about the dust. The weaver counted the bolts of linen in the shed.\n\n"
    "In the afternoon the son carried the heavy loom into the barn and laid his tools on his "
    "father's bench.\n\n"
    "At night the grandmother heard the daughter's sighs through the thin wall of the kitchen.\n"
)
WEAVER_DE = (
    "Aufzeichnungen der Weberfamilie, geführt vom ältesten Sohn.\n\n"
    "Im Herbst fegte die Tochter jeden Morgen den ganzen Hof und überhörte die Klagen der "
    "Mutter über den Staub. Der Weber zählte die Leinenballen im Schuppen.\n\n"
    "Am Nachmittag trug der Sohn den schweren Webstuhl in die Scheune und legte sein Werkzeug "
    "auf die Bank seines Vaters.\n"
)
WEAVER_RU = (
    "Записки семьи ткача, которые вёл старший сын.\n\n"
    "Осенью дочь каждое утро подметала весь двор и не слушала жалоб матери на пыль. Ткач "
    "пересчитывал рулоны полотна в сарае.\n\n"
    "После обеда сын отнёс тяжёлый ткацкий станок в амбар и положил инструменты на скамью отца.\n"
)


def _event(quote: str, language: str, text: str, text_language: str):
    return match_meaning(quote, text, language=language, text_language=text_language,
                         kind="event")  # fmt: skip


@pytest.mark.parametrize(
    ("quote", "language", "text", "text_language", "doer", "owner"),
    [
        ("Осенью мать каждое утро подметала весь двор и не обращала внимания на жалобы на пыль.",
         "ru", WEAVER_EN, "en", "daughter", "мать"),
        ("Der Vater trug am Nachmittag den schweren Webstuhl in die Scheune und legte sein "
         "Werkzeug auf die Bank.", "de", WEAVER_EN, "en", "son", "Vater"),
        ("In the autumn the mother swept the whole yard every morning and ignored the "
         "complaints about the dust.", "en", WEAVER_DE, "de", "Tochter", "mother"),
        ("Die Mutter fegte im Herbst jeden Morgen den ganzen Hof und überhörte alle Klagen über "
         "den Staub.", "de", WEAVER_RU, "ru", "дочь", "Mutter"),
        ("In the afternoon the father carried the heavy loom into the barn and laid his tools "
         "on the bench.", "en", WEAVER_RU, "ru", "сын", "father"),
    ],
)  # fmt: skip
def test_a_doer_named_there_only_as_an_owner_is_not_found(
    quote: str, language: str, text: str, text_language: str, doer: str, owner: str
) -> None:
    found = _event(quote, language, text, text_language)
    assert found.status == "not_found", found.reason
    assert f"“{doer}” do this, not “{owner}”" in found.reason


@pytest.mark.parametrize(
    ("quote", "language", "text", "text_language"),
    [
        ("Осенью дочь каждое утро подметала весь двор и не слушала жалоб матери на пыль.", "ru",
         WEAVER_EN, "en"),
        ("In the autumn the daughter swept the whole yard every morning and ignored her "
         "mother's complaints about the dust.", "en", WEAVER_RU, "ru"),
        ("Am Nachmittag trug der Sohn den schweren Webstuhl in die Scheune und legte sein "
         "Werkzeug auf die Bank seines Vaters.", "de", WEAVER_EN, "en"),
        ("Ночью дочь тяжело вздыхала за тонкой стеной кухни.", "ru", WEAVER_EN, "en"),
    ],
)  # fmt: skip
def test_the_doer_there_as_the_doer_or_as_an_event_s_owner_stays_a_rendering(
    quote: str, language: str, text: str, text_language: str
) -> None:
    found = _event(quote, language, text, text_language)
    assert found.status == REWORDED, found.reason


def test_an_owner_is_read_in_each_language() -> None:
    for text, language, word, owner in [
        ("She laid the violin on her mother's lap.", "en", "mother", True),
        ("He ignored the warnings of his mother.", "en", "mother", True),
        ("Her mother laid the violin down.", "en", "mother", False),
        ("Sie legte die Geige auf den Schoß der Mutter.", "de", "Mutter", True),
        ("Er legte die Hände an des Vaters Kopf.", "de", "Vaters", True),
        ("Er hörte die Klagen seiner alten Mutter.", "de", "Mutter", True),
        ("Darüber schrie der Vater laut auf.", "de", "Vater", False),
        ("Dann kam ihre Mutter herein.", "de", "Mutter", False),
        ("Er gab der Mutter den Brief.", "de", "Mutter", False),  # a dative: an object
        ("Она положила скрипку на колени матери.", "ru", "матери", True),
        ("Он не слышал голоса сестры.", "ru", "сестры", True),
        ("Мать положила скрипку.", "ru", "Мать", False),
        ("Она сидела у матери.", "ru", "матери", False),  # a place, not an owner
        ("Она увидела отца.", "ru", "отца", False),  # an object
    ]:
        assert owner_at(text, language, text.index(word)) is owner, (text, word)


def test_an_owner_s_counterpart_leaves_the_doer_unpaired() -> None:
    quote, passage = "Мать подмела двор.", "His sister swept the yard, to her mother's dismay."
    pairs = (
        WordPair("Мать", 0, "mother's", passage.index("mother"), 0.9),
        WordPair("подмела", 5, "swept", passage.index("swept"), 0.8),
        WordPair("двор", 13, "yard", passage.index("yard"), 0.9),
    )
    reason = doer_reason(quote, "ru", (), passage, "en", Alignment(3, pairs))
    assert reason is not None and "“sister” do this, not “Мать”" in reason
    # the same owner of the event the claim tells with its verb: the doer's counterpart
    quote, passage = "Мать вздыхала.", "He heard his mother's sighs."
    pairs = (
        WordPair("Мать", 0, "mother's", passage.index("mother"), 0.9),
        WordPair("вздыхала", 5, "sighs", passage.index("sighs"), 0.7),
    )
    assert doer_reason(quote, "ru", (), passage, "en", Alignment(2, pairs)) is None


def test_what_an_owner_owns_stays_in_its_phrase() -> None:
    # "beg" follows "sister's feet and": no thing she owns, though a verb of the quote renders
    # it; and "ignoring" before "her mother's" is not owned by her (an English possessive's
    # thing follows it). A dictionary pairing "bitten" / "beg" made the sister a doer's
    # counterpart (task xdict106).
    quote = "Die Schwester wollte sich ihm zu Füßen werfen und ihn um Essen bitten."
    passage = "He would throw himself at his sister's feet and beg her for food."
    at = passage.index("sister's")
    pairs = (
        WordPair("Schwester", 4, "sister's", at, 0.87),
        WordPair("bitten", quote.index("bitten"), "beg", passage.index("beg"), 0.9),
    )
    assert owner_only(quote, "de", passage, "en", at, Alignment(2, pairs))
    sighs = "He heard his sister's sighs."
    sighed = Alignment(2, (WordPair("Schwester", 4, "sister's", 13, 0.9),
                           WordPair("seufzte", 14, "sighs", 22, 0.7)))  # fmt: skip
    assert not owner_only("Die Schwester seufzte.", "de", sighs, "en", 13, sighed)
    quote = "Die Mutter überhörte alle Warnungen."
    passage = "She was ignoring her mother's warnings."
    at = passage.index("mother's")
    ignoring = Alignment(2, (WordPair("Mutter", 4, "mother's", at, 0.9),
                             WordPair("überhörte", 11, "ignoring", 8, 0.9)))  # fmt: skip
    assert owner_only(quote, "de", passage, "en", at, ignoring)
