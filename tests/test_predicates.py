"""A claim's predicate words and the rule that reads them (matching/predicates.py): across
languages, a passage that has a claim's names and nouns, nothing for what it says of them, and
differs from it checkably is no rendering (issue 10)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import REPO

from sourcecheck.matching.anchors import AnchorComparison, read_anchors
from sourcecheck.matching.evidence import Weighing
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.predicates import predicate_positions, unsaid_predicates, unsaid_reason
from sourcecheck.matching.verdict import CLEAR_SCORE, Signals
from sourcecheck.matching.wordnet import available
from sourcecheck.matching.wordpairs import Alignment, WordPair

needs_wordnet = pytest.mark.skipif(not available(), reason="WordNet not installed")


def _words(text: str, language: str) -> list[str]:
    return [w for _, w in predicate_positions(text, language)]


@needs_wordnet
def test_english_verbs_are_read_by_wordnet_and_their_context():
    text = (
        "The Centaur Chiron taught Achilles to ride and to hunt, so that a prince should "
        "know how to use horses in war."
    )
    # "taught": a form only a verb has; "ride", "hunt", "use": after "to"; "horses" and "war"
    # are nouns (WordNet's tagged senses), "Centaur", "Chiron" names
    assert _words(text, "en") == ["taught", "ride", "hunt", "use"]
    assert _words("Vienna would send its own troops into the Ukraine to fetch the grain.",
                  "en") == ["send", "fetch"]  # fmt: skip
    # after an article or a preposition a verb's form is a noun: "the ride", "in use"
    assert _words("The ride to the harbour was in use for years.", "en") == []


def test_german_predicate_words_are_its_lower_case_words_not_after_an_article():
    assert _words("Die Schwester brachte Gregor jeden Morgen frische Milch.", "de") == [
        "brachte", "frische"
    ]  # fmt: skip
    # an adjective after its article is its noun's: "die frische Milch"
    assert _words("Der Vater trug die frische Milch in sein Zimmer.", "de") == ["trug"]


def test_russian_predicate_words_are_read_by_pymorphy():
    text = "Отец каждое воскресенье водил Грегора в банк и показывал ему, как считать деньги."
    assert _words(text, "ru") == ["водил", "показывал", "считать"]
    assert _words("Комната была пуста, а дверь закрыта.", "ru") == ["пуста", "закрыта"]


def test_the_predicate_is_unsaid_only_when_none_of_its_words_has_a_counterpart():
    quote = "Вена пошлёт войска на Украину и заберёт зерно."
    grain = WordPair("зерно", quote.index("зерно"), "Getreide", 30, 0.9)
    assert unsaid_predicates(quote, "ru", Alignment(5, (grain,))) == ("пошлёт", "заберёт")
    # one predicate word paired, however loosely, is enough
    sent = WordPair("пошлёт", quote.index("пошлёт"), "schickt", 5, 0.61)
    assert unsaid_predicates(quote, "ru", Alignment(5, (grain, sent))) == ()
    # a claim without a predicate word has nothing unsaid
    assert unsaid_predicates("Вена и Украина.", "ru", Alignment(2, ())) == ()


SPEECH = "Vienna would send its own troops into the Ukraine to fetch the grain."
PASSAGE = "Er fürchtete, daß Wien ohne Getreide aus der Ukraine den Winter nicht überstehen werde."


def _weighed(signals: Signals, pairs: tuple[WordPair, ...], flags: tuple[str, ...]) -> Weighing:
    """speech-14 at its passage, as the stage weighed it: "Vienna"/"Wien", "Ukraine",
    "grain"/"Getreide" paired, nothing for "send", "fetch"; a negation only there."""
    anchors = read_anchors(PASSAGE, "de")
    comparison = AnchorComparison(("Vienna", "Ukraine"), (), (), None, None, flags)
    return Weighing(signals, Alignment(6, pairs), anchors, comparison)


SIGNALS = Signals(0.639, 0.181, 0.5, cross=True, content_words=6, counterparts=3, names=1,
                  strong=1, topic=0)  # fmt: skip
PAIRS = (
    WordPair("Vienna", SPEECH.index("Vienna"), "Wien", PASSAGE.index("Wien"), 0.92),
    WordPair("Ukraine", SPEECH.index("Ukraine"), "Ukraine", PASSAGE.index("Ukraine"), 1.0),
    WordPair("grain", SPEECH.index("grain"), "Getreide", PASSAGE.index("Getreide"), 0.77),
)


def _reason(
    signals: Signals = SIGNALS, pairs: tuple[WordPair, ...] = PAIRS,
    flags: tuple[str, ...] = ("negation",), passage: str = PASSAGE,
) -> str | None:  # fmt: skip
    return unsaid_reason(SPEECH, "en", passage, "de", _weighed(signals, pairs, flags))


@needs_wordnet
def test_names_and_nouns_without_the_predicate_and_a_difference_are_no_rendering():
    assert 0 <= SIGNALS.score < CLEAR_SCORE
    why = _reason() or ""
    assert "nothing for what it says of them (“send”, “fetch”: no counterpart)" in why
    assert "differs from it (negation; score +1.7)" in why


@needs_wordnet
def test_the_predicate_rule_asks_every_one_of_its_conditions():
    send = WordPair("send", SPEECH.index("send"), "überstehen", PASSAGE.index("überstehen"), 0.6)
    for kept in (
        _reason(flags=()),  # no checkable difference: a verb rendered freely (r106-w-1)
        _reason(pairs=(*PAIRS, send)),  # a predicate word paired, however loosely
        _reason(signals=replace(SIGNALS, names=0)),  # no name paired
        _reason(signals=replace(SIGNALS, names=3)),  # nothing but names paired (changed-21)
        _reason(signals=replace(SIGNALS, cross=False)),  # one language: a paraphrase's verbs
        _reason(signals=replace(SIGNALS, similarity=0.8, margin=0.3)),  # a clear score
        _reason(signals=replace(SIGNALS, margin=0.0)),  # rejected already (score under 0)
    ):
        assert kept is None


def test_a_predicate_said_by_its_contrary_is_a_changed_meaning_not_another_statement():
    # lk75-18: "unterstützte" at "opposed" (contraries: not paired), "Brandt", "Vorschlag"
    quote = "Nur Stadtrat Brandt unterstützte den Vorschlag des Bürgermeisters."
    passage = "Only Councillor Brandt opposed the proposal."
    pairs = (
        WordPair("Brandt", quote.index("Brandt"), "Brandt", passage.index("Brandt"), 1.0),
        WordPair("Vorschlag", quote.index("Vorschlag"), "proposal", passage.index("proposal"),
                 0.73),
    )  # fmt: skip
    signals = replace(SIGNALS, content_words=5, counterparts=2, names=1, coverage=0.5)
    comparison = AnchorComparison(("Brandt",), ("Stadtrat",), ("Councillor",), None, None,
                                  ("name",))  # fmt: skip
    weighed = Weighing(signals, Alignment(5, pairs), read_anchors(passage, "en"), comparison)
    assert unsaid_predicates(quote, "de", weighed.alignment) == ("unterstützte",)
    assert unsaid_reason(quote, "de", passage, "en", weighed) is None
    other = passage.replace("opposed", "read")  # another verb: says something else of them
    assert "“unterstützte”" in (unsaid_reason(quote, "de", other, "en", weighed) or "")


MINUTES_DE = REPO / "bench" / "data" / "minutes-de-ours.txt"
MINUTES_RU = REPO / "bench" / "data" / "minutes-ru-ours.txt"


@pytest.mark.parametrize(
    "claim",
    [
        "Vienna would send its own troops into the Ukraine to fetch the grain.",
        "Вена пошлёт войска на Украину и заберёт зерно до зимы.",
    ],
)
def test_a_claim_on_the_same_names_saying_something_else_is_not_found(claim):
    text = MINUTES_DE.read_text(encoding="utf-8")
    r = match_meaning(claim, text, text_language="de")
    assert r.status == "not_found", r.reason
    assert "but nothing for what it says of them" in r.reason
    assert r.candidate is not None and r.candidate.slice(text).startswith("Er fürchtete")


@pytest.mark.parametrize(
    "claim",
    [
        "Czernin feared that without grain from the Ukraine Vienna would not survive the winter.",
        "Он боялся, что без украинского зерна Вена не переживёт зиму.",
    ],
)
def test_a_free_rendering_of_that_passage_stays_reworded(claim):
    text = MINUTES_DE.read_text(encoding="utf-8")
    r = match_meaning(claim, text, text_language="de")
    assert r.status == REWORDED and r.span is not None, r.reason
    assert r.span.slice(text).startswith("Er fürchtete")


MINUTES_EN = """\
The session began only in the afternoon, because the train from Berlin was late. Kühlmann opened \
it with a short speech on the situation at the eastern front.

After the session I walked in the park with Count Czernin. "The Russians will not sign," said \
Count Czernin. He feared that without grain from the Ukraine Vienna would not survive the winter.

General Hoffmann was in a bad mood. At dinner he told me that these gentlemen must at last be \
shown who had won the war. I did not contradict him, for he had been drinking.

In the night the peace with the Ukraine was signed. The Ukrainians promised us a million tons of \
grain by the summer. Czernin was relieved and telegraphed to Vienna at once.
"""


def test_a_russian_claim_on_an_english_passage_is_judged_by_its_predicate_too():
    absent = "Вена пошлёт войска на Украину и заберёт зерно до зимы."
    r = match_meaning(absent, MINUTES_EN, text_language="en")
    assert r.status == "not_found" and "“пошлёт”, “заберёт”" in r.reason, r.reason
    true = "Он боялся, что без украинского зерна Вена не переживёт зиму."
    r = match_meaning(true, MINUTES_EN, text_language="en")
    assert r.status == REWORDED and r.span is not None, r.reason
    assert r.span.slice(MINUTES_EN).startswith("He feared")


def test_a_changed_meaning_whose_predicate_is_rendered_stays_reworded_and_flagged():
    text = MINUTES_RU.read_text(encoding="utf-8")
    r = match_meaning("Trotsky did not vote with Lenin this time.", text, text_language="ru")
    assert r.status == REWORDED and "negation" in r.flags, r.reason
    assert r.span is not None and r.span.slice(text).startswith("Троцкий в этот раз")
