"""Task reach56: a speech quoted inside the sentence that attributes it is compared without its
marks and its tag (matching/quoted.py), and words two languages share are counterparts across
scripts (matching/cognates.py); a passage that stands out clearly is not rejected for few
word pairs (matching/verdict.py ``CLEAR_SCORE``). Passages written for these tests."""

from __future__ import annotations

from dataclasses import replace

from sourcecheck.matching.cognates import cognate, with_cognates
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.quoted import unmarked
from sourcecheck.matching.verdict import CLEAR_SCORE, Signals, judge
from sourcecheck.matching.wordpairs import Alignment, WordPair

PROTOKOLL = (
    "Protokoll einer Gemeinderatssitzung (für diesen Test geschrieben).\n\n"
    "Der Bürgermeister eröffnete die Sitzung um sieben Uhr und las den Bericht über die "
    "Brücke vor. Die Räte stritten lange über die Kosten der neuen Schule.\n\n"
    "„Wir können die Steuern in diesem Jahr nicht noch einmal erhöhen, die Bürger sind schon "
    "wütend genug“, sagte der Kämmerer zum Bürgermeister, der ihm schweigend zuhörte und "
    "dabei aus dem Fenster sah.\n\n"
    "Danach wurde über den Hafen abgestimmt. Sieben Räte stimmten dafür, zwei dagegen.\n\n"
    "Am Ende des Abends dankte der Bürgermeister allen Anwesenden und schloss die Sitzung."
)
SPEECH = "We cannot raise the taxes once more this year: the citizens are angry enough already."


def test_the_quoted_words_of_a_sentence_are_the_passage():
    r = match_meaning(SPEECH, PROTOKOLL, language="en", text_language="de")
    assert r.status == REWORDED, r.reason
    found = r.span.slice(PROTOKOLL)
    # the quotation with its marks, without "sagte der Kämmerer zum Bürgermeister..."
    assert found.startswith("„Wir können die Steuern") and found.endswith("wütend genug“"), found
    assert "Kämmerer" not in found
    # compared without its marks, as a sentence (not a clause): far above the other passages
    assert r.signals is not None and not r.signals.clause and r.signals.margin > 0.1


def test_a_quotation_is_compared_without_its_marks():
    assert unmarked("«Мы не подпишем этот мир».") == "Мы не подпишем этот мир."
    assert unmarked("„Der Krieg ist aus“, sagte er") == "Der Krieg ist aus“, sagte er"  # inside
    assert unmarked("»Ich gehe nicht!«") == "Ich gehe nicht!"


def test_cognates_across_scripts_and_false_friends():
    assert cognate("revolution", "революции") and cognate("Delegation", "делегацию")
    assert cognate("telegram", "Telegramm") and cognate("proletariat", "пролетариата")
    assert not cognate("become", "bekommen") and not cognate("later", "Laterne")
    assert not cognate("army", "Armee")  # too short a key to be sure: left to the vectors


def test_a_cognate_is_paired_and_a_weak_cognate_pair_raised_but_names_are_not():
    quote = "the delegation sent a telegram to Petersburg"
    passage = "делегация отправила телеграмму в Петербург"
    weak = WordPair("telegram", quote.index("telegram"), "телеграмму",
                    passage.index("телеграмму"), 0.65)  # fmt: skip
    a = with_cognates(Alignment(4, (weak,)), quote, "en", passage, "ru", names=["Petersburg"])
    pairs = {p.quote: (p.passage, p.similarity) for p in a.pairs}
    assert pairs["telegram"] == ("телеграмму", 0.9)  # raised: the same word
    assert pairs["delegation"] == ("делегация", 0.9)  # made: neither had a counterpart
    assert "Petersburg" not in pairs  # a name is compared as a name, not as a word
    assert a.rendered[0][quote.index("delegation")] is True
    # in one language nothing changes: stems pair the same words there
    same = Alignment(2, ())
    assert with_cognates(same, quote, "en", "the delegations", "en") is same


def test_a_passage_that_stands_out_clearly_needs_no_strong_pair_nor_three_counterparts():
    # few counterparts at a passage barely above the text's others: a chance (kafka-en-21, +1.0)
    chance = Signals(0.728, 0.141, 0.4, cross=True, content_words=5, counterparts=2, names=1,
                     strong=0)  # fmt: skip
    assert 0 <= chance.score < CLEAR_SCORE
    assert "paired under" in (judge(chance, short=False, missing_stems=[]) or "")
    # "The Russians will not sign." at „Die Russen werden nicht unterschreiben“: far above
    # the text's other passages, its verb not the nearest of its counterpart's words
    clear = replace(chance, similarity=0.70, margin=0.25, coverage=0.5, content_words=2,
                    counterparts=1)  # fmt: skip
    assert clear.score >= CLEAR_SCORE
    assert judge(clear, short=False, missing_stems=[]) is None
    # in one language: two counterparts are too few under the clear score, not above it
    few = Signals(0.737, 0.137, 0.5, cross=False, content_words=4, counterparts=2)  # invented-30
    assert 0 <= few.score < CLEAR_SCORE
    assert "at least 3 needed" in (judge(few, short=False, missing_stems=[], minimum=3) or "")
    clear_few = replace(few, similarity=0.77, margin=0.32)  # prince-free-20: +2.4
    assert judge(clear_few, short=False, missing_stems=[], minimum=3) is None
