"""Findings of a new user's trial (fresh109): an archaic verb of a light word ("tellest" /
"tell") left without a counterpart, a question word opening a speech after a comma read as a
name, a changed ordinal shown twice in the numbers row, a version both sides print left out
of it, a claim's "outside" shown with no counterpart against the older "without the gate",
German comparatives of antonyms ("länger" / "kürzer") not read as opposites in one language,
"The two reports" against "Both reports" flagged a changed number. Passages written for these
tests."""

from __future__ import annotations

import pytest

from sourcecheck.facts.duals import duals_answer
from sourcecheck.facts.identifiers import shared_identifiers
from sourcecheck.matching import bilingual, wordnet
from sourcecheck.matching.anchors import read_anchors
from sourcecheck.matching.archaic import do_periphrasis
from sourcecheck.matching.dictantonyms import opposed_in, translated_antonyms
from sourcecheck.matching.match import match_quote
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.namewords import no_names
from sourcecheck.matching.opposites import OPPOSITE
from sourcecheck.matching.placepairs import place_words
from sourcecheck.matching.stems import plain_word
from sourcecheck.matching.wordpairs import content_positions

needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet not installed")

MESSENGER = (
    "The Messenger\n\n"
    "The king rose from his chair and looked at the messenger a long while. Why do you tell "
    "me this? said the king. I have heard it from the captain of the guard, and he knows the "
    "roads better than any man in the country.\n\n"
    "The queen sent for the physician at dawn, for the prince had a fever."
)
WATCH = (
    "The Watch\n\n"
    "The guard stood all night without the gate of the city, and watched the road that led to "
    "the river. No merchant passed without the consent of the captain.\n\n"
    "In the morning the bells of the cathedral rang for the feast of the harvest."
)


@needs_wordnet
def test_an_archaic_form_of_a_light_verb_is_light() -> None:
    assert plain_word("tellest", "en") == "tell"
    assert plain_word("Saith", "en") == "says"
    assert plain_word("forest", "en") == "forest"  # WordNet's own word: kept
    words = [w for _, w in content_positions("Why tellest thou me this?", "en")]
    assert "tellest" not in words  # as "tell" is not a content word of the passage
    assert [w for _, w in content_positions("Why do you tell me this?", "en")] == ["Why"]
    # a content verb keeps its place: "standest" is "stand"
    assert "standest" in [w for _, w in content_positions("Why standest thou here?", "en")]


@needs_wordnet
@pytest.mark.parametrize(
    "quote",
    ["Why tellest thou me this?", "Why tellest thou me this? said the king."],
)
def test_a_quote_in_older_english_finds_its_modern_passage(quote: str) -> None:
    r = match_meaning(quote, MESSENGER, language="en", text_language="en")
    assert r.status == "reworded", r.reason
    assert "tellest" not in (r.evidence.unmatched_words if r.evidence else ())
    assert r.span is not None and "Why do you tell me this" in r.span.slice(MESSENGER)


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("He asked the captain, Why have the ships not sailed this morning?", "en", "Why"),
        ("Er fragte den Kapitän: Warum sind die Schiffe nicht ausgelaufen?", "de", "Warum"),
        ("Он спросил капитана: Почему корабли не вышли из гавани?", "ru", "Почему"),
        ("Sie rief dem Jungen zu, Wohin gehst du mit dem Korb?", "de", "Wohin"),
    ],
)
def test_a_question_word_opening_a_speech_is_no_name(text: str, language: str, word: str) -> None:
    assert word not in read_anchors(text, language).names


def test_a_name_after_a_comma_stays_a_name() -> None:
    names = read_anchors("He wrote to Bukharin, Zinoviev and Kamenev that evening.", "en").names
    assert names == ("Bukharin", "Zinoviev", "Kamenev")
    assert "lenin" not in no_names("en") and "why" in no_names("en")


def test_a_question_word_after_a_comma_is_no_name_in_the_evidence() -> None:
    text = (
        "Hafen\n\nEr fragte den Kapitän: Warum sind die Schiffe heute morgen nicht aus dem "
        "Hafen ausgelaufen? Der Kapitän schwieg und sah auf das Meer."
    )
    r = match_meaning(
        "He asked the captain, Why have the ships not sailed from the harbour this morning?",
        text, language="en", text_language="de",
    )  # fmt: skip
    assert r.status == "reworded" and r.evidence is not None, r.reason
    assert "Why" not in r.evidence.shared_names and "names: Why" not in r.reason


def test_shared_identifiers_each_as_printed() -> None:
    assert shared_identifiers(["Kernel", "2.6.32"], ["Kernel", "2.6.32"]) == (
        ("2.6.32",),
        ("2.6.32",),
    )
    assert shared_identifiers(["i386", "2.6.32"], ["I386", "2.4.20"]) == (("i386",), ("I386",))
    assert shared_identifiers(["2.4.20"], ["2.6.32"]) == ((), ())


@pytest.mark.parametrize(
    ("quote", "text", "numbers"),
    [
        (
            "The server of the project ran the kernel 2.6.32 and was moved to the new hall in "
            "the spring.",
            "Server\n\nDer Server des Projekts lief mit dem Kernel 2.6.32 und wurde im Frühjahr "
            "in den neuen Saal gebracht.",
            (("2.6.32",), ("2.6.32",)),
        ),
        (
            "Сервер проекта работал на ядре 2.6.32 и весной был перенесён в новый зал.",
            "Server\n\nThe server of the project ran the kernel 2.6.32 and was moved to the new "
            "hall in the spring.",
            (("2.6.32",), ("2.6.32",)),
        ),
        (
            "The committee met for the third time in the old hall and approved the new rules "
            "for the archive.",
            "Sitzung\n\nDer Ausschuss trat zum zweiten Mal im alten Saal zusammen und billigte "
            "die neuen Regeln für das Archiv.",
            (("third",), ("zweiten",)),
        ),
    ],
)
def test_the_numbers_row_shows_each_number_once_and_versions_both_print(
    quote: str, text: str, numbers: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    r = match_meaning(quote, text)
    assert r.status == "reworded" and r.evidence is not None, r.reason
    assert (r.evidence.quote_numbers, r.evidence.passage_numbers) == numbers


@needs_wordnet
def test_place_words_reads_only_the_without_of_place() -> None:
    assert place_words(WATCH, "en") == [(WATCH.index("without"), "without", "outside")]
    assert place_words("Er stand ohne Mantel vor dem Tor.", "de") == []


@needs_wordnet
@pytest.mark.parametrize(
    ("quote", "word"),
    [
        ("The guard stood outside the gate of the city all night and watched the road to the "
         "river.", "outside/without"),
        ("Die Wache stand die ganze Nacht außerhalb des Tores der Stadt und beobachtete die "
         "Straße zum Fluss.", "außerhalb/without"),
        ("Стража всю ночь стояла снаружи у ворот города и следила за дорогой к реке.",
         "снаружи/without"),
    ],
)  # fmt: skip
def test_outside_has_the_older_without_of_place_for_counterpart(quote: str, word: str) -> None:
    r = match_meaning(quote, WATCH)
    assert r.status == "reworded" and r.evidence is not None, r.reason
    assert word in r.evidence.shared_words
    assert not {"outside", "außerhalb", "снаружи"} & set(r.evidence.unmatched_words)


@needs_wordnet
def test_without_of_lack_is_no_counterpart_of_outside() -> None:
    text = "The Toll\n\nNo merchant passed the bridge without the consent of the captain."
    r = match_meaning("No merchant passed the bridge outside the consent of the captain.", text)
    shared = r.evidence.shared_words if r.evidence else ()
    assert not any(w.endswith("/without") for w in shared)


needs_dictionaries = pytest.mark.skipif(
    not (wordnet.available() and bilingual.available()), reason="WordNet or dictionaries missing"
)


@needs_dictionaries
def test_german_comparatives_of_antonyms_are_opposites_in_one_language() -> None:
    assert opposed_in("länger", "kürzer", "de") and opposed_in("kürzer", "länger", "de")
    assert opposed_in("schneller", "langsamer", "de")
    assert opposed_in("быстрее", "медленнее", "ru")  # read as their lemmas (pymorphy3)
    assert not opposed_in("länger", "größer", "de") and not opposed_in("länger", "länger", "de")
    assert not opposed_in("kürzer", "knapper", "de")  # near in sense: no opposites


@needs_dictionaries
def test_a_comparison_told_from_its_other_term_is_no_opposite() -> None:
    assert translated_antonyms("Der Pfad am Fluss ist kürzer als die Straße.",
                               "Der Pfad am Fluss ist länger als die Straße.", "de") == (
        "kürzer", "länger")  # fmt: skip
    assert (
        translated_antonyms(
            "Der Pfad am Fluss ist kürzer als die Straße.",
            "Die Straße ist länger als der Pfad am Fluss.",
            "de",
        )
        is None
    )
    # a negation before one only is the negation check's
    assert (
        translated_antonyms(
            "Der Zug fuhr nicht schneller als gestern.", "Der Zug fuhr langsamer als gestern.", "de"
        )
        is None
    )


WEG = (
    "Der Weg\n\nDer Weg durch den Wald ist länger als der Weg über den Berg, sagte der Bauer. "
    "Am Abend kamen die Kinder aus der Schule zurück."
)


@needs_dictionaries
@pytest.mark.parametrize(
    "quote",
    [
        "Der Weg durch den Wald ist kürzer als der Weg über den Berg.",
        "Der Weg durch den Wald ist kürzer als der Weg über den Berg, sagte der Bauer.",
    ],
)
def test_a_german_comparative_turned_into_its_antonym_is_flagged(quote: str) -> None:
    r = match_quote(quote, WEG, language="de")
    assert r.status in ("close", "partial") and OPPOSITE in r.flags, r.reason
    r = match_quote(quote.replace("kürzer", "länger"), WEG, language="de")
    assert OPPOSITE not in r.flags


@needs_dictionaries
def test_a_german_paraphrase_keeps_no_opposite() -> None:
    r = match_meaning(
        "Der Bauer sagte, dass der Weg über den Berg kürzer sei als der durch den Wald.",
        WEG, language="de", text_language="de",
    )  # fmt: skip
    assert OPPOSITE not in r.flags, r.reason


AUDIT = {
    "en": "The Audit\n\nBoth reports were sent to the committee on Monday, and the committee read "
    "them before the vote.",
    "de": "Bericht\n\nBeide Berichte wurden am Montag an den Ausschuss geschickt, und der "
    "Ausschuss las sie vor der Abstimmung.",
    "ru": "Доклад\n\nОба доклада были отправлены в комиссию в понедельник, и комиссия прочла "
    "их до голосования.",
}


def test_duals_answer_a_two_on_the_other_side_only() -> None:
    assert duals_answer((["the", "two"], ["both"]), ([2], []), "en")
    assert duals_answer((["die", "zwei"], ["beide"]), ([2], []), "de")
    assert duals_answer((["два"], ["оба"]), ([2], []), "ru")
    assert not duals_answer((["three"], ["both"]), ([3], []), "en")
    assert not duals_answer((["both"], []), ([], []), "en")  # no number on either side


@pytest.mark.parametrize(
    ("quote", "language"),
    [
        ("The two reports were sent to the committee on Monday, and the committee read them "
         "before the vote.", "en"),
        ("Two reports were sent to the committee on Monday, and the committee read them before "
         "the vote.", "en"),
        ("Два доклада были отправлены в комиссию в понедельник.", "ru"),
        ("Der Minister las die zwei Berichte am Montag im Ausschuss vor.", "de"),
    ],
)  # fmt: skip
def test_two_against_both_is_no_changed_number(quote: str, language: str) -> None:
    text = AUDIT[language] if "Minister" not in quote else (
        "Bericht\n\nDer Minister las beide Berichte am Montag im Ausschuss vor, und der "
        "Ausschuss stimmte ab."
    )  # fmt: skip
    r = match_quote(quote, text, language=language)
    assert r.status == "close", r.reason
    assert "number" not in r.flags and "name" not in r.flags and "word_changed" not in r.flags


@pytest.mark.parametrize(
    ("quote", "language"),
    [
        ("Three reports were sent to the committee on Monday, and the committee read them "
         "before the vote.", "en"),
        ("Три доклада были отправлены в комиссию в понедельник.", "ru"),
    ],
)  # fmt: skip
def test_three_against_both_is_a_changed_number(quote: str, language: str) -> None:
    r = match_quote(quote, AUDIT[language], language=language)
    assert "number" in r.flags, r.reason


GARDEN = (
    "The Garden\n\nThe keeper saw the stranger at the gate and cried: Why do you stand outside "
    "the garden? Come in, for the house is ready and the table is laid."
)


@needs_wordnet
def test_an_old_verb_form_against_do_and_its_verb_is_no_changed_word() -> None:
    quote = "Why standest thou outside the garden? Come in, for the house is ready."
    r = match_quote(quote, GARDEN, language="en")
    assert r.status in ("close", "partial") and "word_changed" not in r.flags, r.reason
    # another verb after "do" is a changed word still
    r = match_quote("Why sittest thou outside the garden? Come in, for the house is ready.",
                    GARDEN, language="en")  # fmt: skip
    assert "word_changed" in r.flags, r.reason
    assert do_periphrasis("tellest", "do", ["tell"]) and not do_periphrasis("tellest", "do", [])
