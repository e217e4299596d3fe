"""Who does what, read where a clause's shape misleads (task roles106, walkthrough walk106):
a person after a verb of perception, a title before a name, another person named in a clause
the quote's doer also acts in; and contrasts whose terms are exchanged: a negated comparison,
a preference, two ordinals. Passages written for these tests."""

from __future__ import annotations

from pathlib import Path

from sourcecheck.matching.comparisons import comparisons, reversed_comparison
from sourcecheck.matching.contrasts import exchanged_ordinals, turned_preference
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.negation import clause_spans
from sourcecheck.matching.roles import ROLES, clause_people, read_roles
from sourcecheck.matching.wordpairs import Alignment, WordPair, content_positions

DATA = Path(__file__).resolve().parents[1] / "bench" / "data"


def _doers(text: str, people: list[str]) -> list[tuple[str, bool | None]]:
    found = clause_people(text, "en", clause_spans(text)[0], [text.index(w) for w in people])
    return [(text[p.at :].split()[0], p.doer) for p in found or []]


def _pairs(quote: str, passage: str, words: list[tuple[str, str]]) -> Alignment:
    pairs = tuple(WordPair(q, quote.index(q), p, passage.index(p), 0.9) for q, p in words)
    return Alignment(len(content_positions(quote, "en")), pairs)


def test_a_person_perceived_doing_the_next_verb_is_not_the_one_acted_upon():
    assert _doers("Martin could hear Anna cry out with joy", ["Martin", "Anna"]) == [
        ("Martin", True), ("Anna", None)]  # fmt: skip
    # no verb after the person: the one seen undergoes, as before
    assert _doers("Martin saw Anna at the door", ["Martin", "Anna"]) == [
        ("Martin", True), ("Anna", False)]  # fmt: skip
    quote = "As she came down, Martin could hear Anna cry out with joy."
    passage = "Mit lauten Rufen der Freude kam Anna herab, vor Martins Zimmer."
    people = [("Martin", "Martins"), ("Anna", "Anna")]
    alignment = _pairs(quote, passage, [("joy", "Freude"), *people])
    assert not read_roles(quote, "en", passage, "de", alignment, people).swapped


def test_a_name_after_a_title_is_the_titled_person_not_a_second_one():
    quote = "Herr Berger an seinen Bruder, Frau Berger an ihre Base, und Anna an ihre Lehrerin."
    passage = "Mr. Berger to his brother, Mrs. Berger to her cousin, and Anna to her teacher."
    people = [("Frau", "Mrs"), ("Berger", "Berger"), ("Anna", "Anna")]
    words = [("Bruder", "brother"), ("Base", "cousin"), ("Lehrerin", "teacher"), *people]
    alignment = _pairs(quote, passage, words)
    assert not read_roles(quote, "de", passage, "en", alignment, people).swapped


def test_another_named_where_the_quotes_doer_acts_too_is_no_swap():
    quote = "The maid stood smiling in the kitchen as if she had great news to report."
    passage = "Die Magd stand lächelnd in der Küche, als habe sie der Familie Neues zu melden."
    people = [("maid", "Magd")]
    words = [("stood", "stand"), ("kitchen", "Küche"), ("news", "Neues"), ("report", "melden")]
    assert not read_roles(quote, "en", passage, "de", _pairs(quote, passage, words), people).swapped
    # where no clause has the maid act, the family acting is another doing it
    alone = "Die Familie hatte Neues zu melden."
    moved = [("news", "Neues"), ("report", "melden")]
    assert read_roles(quote, "en", alone, "de", _pairs(quote, alone, moved), people).swapped


def test_a_denied_comparison_goes_the_other_way():
    (denied,) = comparisons("the old mill had no more water than the new one", "en")
    assert denied.direction == -1 and denied.shown == "no more water"
    (nicht,) = comparisons("die alte Mühle hatte nicht mehr Wasser als die neue", "de")
    assert nicht.direction == -1
    passage = "the old mill had no more water than the new one"
    counterparts = {w: frozenset({w}) for w in ("old", "mill", "water", "new")}
    less = "the old mill had less water than the new one"
    assert reversed_comparison(less, "en", passage, "en", counterparts) is None
    more = "the old mill had more water than the new one"
    turned = reversed_comparison(more, "en", passage, "en", counterparts)
    assert turned is not None and "“no more water” in the source" in turned.note


def test_before_is_no_than():
    passage = "Полковник пролежал в госпитале больше трёх месяцев, прежде чем смог сесть в седло."
    assert comparisons(passage, "ru") == []
    (than,) = comparisons("Полковник пролежал в госпитале больше, чем сержант.", "ru")
    assert than.direction == 1 and than.second == {"сержант"}


def test_a_preference_word_without_a_counterpart_is_linked_by_its_terms():
    passage = "lieber wollte er in der Mühle bleiben, als in die Stadt zurückzugehen"
    counterparts = {"town": frozenset({"stadt"}), "stay": frozenset({"bleiben"}),
                    "mill": frozenset({"muhle"}), "go": frozenset({"zuruckzugehen"})}  # fmt: skip
    swapped = "he would rather go back to the town than stay at the mill"
    assert reversed_comparison(swapped, "en", passage, "de", counterparts) is not None
    same = "he would rather stay at the mill than go back to the town"
    assert reversed_comparison(same, "en", passage, "de", counterparts) is None


def test_a_preference_rendered_without_its_second_term_is_read_from_its_clause():
    passage = (
        "Den Mut wollte Martin um keinen Preis verlieren; lieber wollte er in der Mühle bleiben."
    )
    counterparts = {"lose": frozenset({"verlieren"}), "heart": frozenset({"mut"}),
                    "stay": frozenset({"bleiben"}), "mill": frozenset({"muhle"})}  # fmt: skip
    turned = "Martin would not lose heart; better to lose heart than stay at the mill."
    note = turned_preference(turned, "en", passage, "de", counterparts)
    assert note is not None and "in der Mühle bleiben" in note
    kept = "Martin would not lose heart; better to stay at the mill than lose heart."
    assert turned_preference(kept, "en", passage, "de", counterparts) is None


def test_two_ordinals_that_change_places_exchange_the_terms_of_a_contrast():
    passage = "In company a man usually listens to the first voice, but alone to the second."
    words = [("человек", "man"), ("обычно", "usually"), ("слушается", "listens"),
             ("голоса", "voice")]  # fmt: skip
    swapped = "На людях человек обычно слушается второго голоса, а наедине — первого."
    note = exchanged_ordinals(swapped, "ru", passage, "en", _pairs(swapped, passage, words))
    assert note is not None and "“второго” in the quote, “first”" in note
    same = "На людях человек обычно слушается первого голоса, а наедине — второго."
    assert exchanged_ordinals(same, "ru", passage, "en", _pairs(same, passage, words)) is None


def test_walk106s_false_roles_are_gone_and_the_swapped_contrast_is_flagged():
    german = (DATA / "r106-mill-de-ours.txt").read_text(encoding="utf-8")
    english = (DATA / "r106-mill-en-ours.txt").read_text(encoding="utf-8")
    heard = match_meaning(
        "As she came down the stairs, Martin could hear Anna cry out with joy, but at the door "
        "of his room she fell silent.", german, text_language="de",
    )  # fmt: skip
    assert heard.status == REWORDED and ROLES not in heard.flags
    swapped = match_meaning(
        "На людях человек обычно слушается второго голоса, а наедине с собой — первого.",
        english, text_language="en",
    )  # fmt: skip
    assert swapped.status == REWORDED and ROLES in swapped.flags
    assert "In company a man" in swapped.span.slice(english)
