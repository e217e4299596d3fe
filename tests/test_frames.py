"""A claim's reporting frame is taken off before it is compared (matching/frames.py), and a
place's names in other times and languages are one name (matching/places.py).

The passage is ours (written for these tests): a memoir-like text whose statements a claim
reports in other words, framed ("In one of his letters ..., X wrote that ...") or naming a
town as another time named it (Petrograd for the text's Petersburg)."""

from __future__ import annotations

import pytest

from sourcecheck.matching.anchors import name_key, read_anchors, same_name, with_names
from sourcecheck.matching.frames import better_of, reported_content
from sourcecheck.matching.meaning import REWORDED, MeaningResult, match_meaning
from sourcecheck.matching.places import same_place
from sourcecheck.matching.verdict import Signals
from sourcecheck.matching.wordpairs import Alignment

TEXT = """The winter of that year was hard for everyone in the capital. Bread was short, the \
trams stopped running after dark, and the newspapers printed little but rumours from the front.

My brother wrote to me every week from the regiment. He complained of the cold, of the lice, \
and of the officers who never left their warm quarters behind the lines.

In the spring the committee met again in the old school house. The chairman read out the \
telegrams from the provinces one by one, and nobody said a word until he had finished.

After the meeting I walked home along the river with the old doctor. He told me that the \
hospitals had run out of chloroform in February and that the surgeons now operated on wounded \
soldiers without it.

We left for Petersburg by the night train on the third of May. The journey took two days, \
because the line had been cut near Pskov and we had to wait for the engineers to mend it.

Nobody in the village believed that the war would end before the harvest. The women went on \
sowing the fields as if the men were coming back the next week."""


@pytest.mark.parametrize(
    ("claim", "content", "frame"),
    [
        (
            "In a letter to one of his friends, Czernin wrote that if they had been strong "
            "enough, they would have marched on Petrograd.",
            "If they had been strong enough, they would have marched on Petrograd.",
            "In a letter to one of his friends, Czernin wrote that",
        ),
        (
            "At their concluding conference next day, according to Czernin, Kühlmann spoke of "
            "the necessity of accepting the de facto peace.",
            "At their concluding conference next day, Kühlmann spoke of the necessity of "
            "accepting the de facto peace.",
            "according to Czernin",
        ),
        (
            "According to Czernin, the relations between the two governments were worse "
            "than before.",
            "The relations between the two governments were worse than before.",
            "According to Czernin",
        ),
        (
            "The relations between the two governments were worse than before, according to "
            "Czernin.",
            "The relations between the two governments were worse than before.",
            "according to Czernin",
        ),
        (
            "Hoffmann told the Austrian delegates that the army would march on Petersburg "
            "within a week.",
            "The army would march on Petersburg within a week.",
            "Hoffmann told the Austrian delegates that",
        ),
        (
            "Czernin noted in his diary that the relations between the two governments were "
            "worse than before.",
            "The relations between the two governments were worse than before.",
            "Czernin noted in his diary that",
        ),
        (
            "As Czernin wrote in his diary, the relations between the two governments were "
            "worse than before.",
            "The relations between the two governments were worse than before.",
            "As Czernin wrote in his diary",
        ),
        (
            "The relations between the two governments were worse than before, as Czernin "
            "observed.",
            "The relations between the two governments were worse than before.",
            "as Czernin observed",
        ),
        (
            "Czernin schrieb, daß die Beziehungen zwischen Petersburg und Kiew schlechter "
            "geworden seien.",
            "Die Beziehungen zwischen Petersburg und Kiew schlechter geworden seien.",
            "Czernin schrieb, daß",
        ),
        (
            "По словам Чернина, отношения между Петроградом и Киевом стали намного хуже.",
            "Отношения между Петроградом и Киевом стали намного хуже.",
            "По словам Чернина",
        ),
    ],
)
def test_a_reporting_frame_is_taken_off(claim, content, frame):
    language = "de" if "schrieb" in claim else "ru" if "Чернин" in claim else "en"
    assert reported_content(claim, language) == (content, frame)


@pytest.mark.parametrize(
    "claim",
    [
        "He said that he would come.",  # the content is too short to stand alone
        "The armistice was signed according to plan, and the delegates went home at once.",
        "The general had said that the army would march within a week.",  # a story, not a frame
        "The relations between Petersburg and Kieff are considerably worse than before.",
        "As it happened, the relations between the two governments were worse than before.",
        "The delegates, as the secretary noted, left the hall in silence after the sitting.",
    ],
)
def test_no_frame_no_change(claim):
    assert reported_content(claim, "en") is None


def test_a_framed_claim_is_compared_without_its_frame():
    """The frame's words ("letters", "colleague", "wrote") have no counterpart in the passage:
    with them, 6 of the claim's 14 content words had one; without them, 6 of 8."""
    claim = (
        "In one of his letters to the author, the old doctor's colleague wrote that by "
        "February the hospitals had no chloroform left, so the surgeons had to operate on "
        "wounded men without it."
    )
    r = match_meaning(claim, TEXT, language="en", text_language="en")
    assert r.status == REWORDED
    assert "run out of chloroform" in r.span.slice(TEXT)
    assert r.signals.content_words <= 9 and r.signals.coverage >= 0.7
    assert "reporting frame “In one of his letters to the author," in r.reason


@pytest.mark.parametrize(
    ("a", "b"),
    [("Petrograd", "Petersburg"), ("Petrograd", "Петербург"), ("Kieff", "Kyiv"),
     ("Kiev", "Київ"), ("Lemberg", "Lwów"), ("Reval", "Tallinn"), ("Danzig", "Gdańsk"),
     ("Petersburgers", "Petrograd")],
)  # fmt: skip
def test_a_place_by_another_name_is_the_same_name(a, b):
    assert same_place(name_key(a), name_key(b))
    assert same_name(name_key(a), name_key(b))


@pytest.mark.parametrize(
    ("a", "b"), [("Petrograd", "Moscow"), ("Kiev", "Riga"), ("Reval", "Peter")]
)
def test_other_places_stay_other(a, b):
    assert not same_name(name_key(a), name_key(b))


def test_a_place_named_otherwise_is_a_counterpart_and_no_name_difference():
    """ "Petrograd" for the text's "Petersburg" was a name the passage lacked beside one it
    has: flagged ``name``, as if the claim had put the train into another town."""
    pairs = with_names(Alignment(3, ()), "They went to Petrograd by train.", ("Petrograd",),
                       "We left for Petersburg by the night train.", "en")  # fmt: skip
    assert [(p.quote, p.passage) for p in pairs.pairs] == [("Petrograd", "Petersburg")]
    claim = (
        "They took the night train to Petrograd on May 3, and the trip lasted two days "
        "because the railway had been cut near Pskov."
    )
    r = match_meaning(claim, TEXT, language="en", text_language="en")
    assert r.status == REWORDED and r.flags == []
    assert "Petrograd" in r.evidence.shared_names and not r.evidence.missing_names
    assert "Petersburg" in read_anchors(r.span.slice(TEXT), "en").names


def test_the_whole_claim_is_kept_when_its_frame_is_what_the_source_says():
    """ "Gregor told his father that ..." in Kafka: who told whom is the source's too, and the
    claim without its frame lost the passage that shows it (roles-1 of the labelled set).
    Of the two results, the better is kept: reworded first, then the decision score."""
    whole = MeaningResult("reworded", 66.0, None, reason="whole")
    whole.signals = Signals(0.66, 0.2, 0.8, False, content_words=5, counterparts=4)
    content = MeaningResult("not_found", 54.0, None, reason="content")
    content.signals = Signals(0.54, 0.05, 0.3, False, content_words=3, counterparts=1)
    assert better_of(whole, content, "Gregor told his father that") is whole
    stronger = MeaningResult("reworded", 80.0, None, reason="content")
    stronger.signals = Signals(0.8, 0.3, 0.9, False, content_words=10, counterparts=9)
    assert content.signals.score < 0 < whole.signals.score < stronger.signals.score
    kept = better_of(whole, stronger, "Czernin wrote that")
    assert kept is stronger and kept.reason.endswith("reporting frame “Czernin wrote that”)")


INTERRUPTED = (
    TEXT
    + """

The famine in the south is a danger to us all, and if we had the strength, besides feeding \
our own towns and the army at the front, to force the other provinces into a state of law and \
order, then it would be wiser to have nothing to do with such men as these, but to march on \
Petersburg and settle matters there. But we have not the strength, and the winter is coming."""
)


def test_a_statement_a_long_sentence_interrupts_is_found_past_the_interruption():
    """The nearest clause, "and if we had the strength" (0.73), cannot carry the claim (1 of
    its 4 content words); its condition and consequence, the three clauses between left out,
    do (matching/gapped.py): the passage spans both, and Petrograd is Petersburg."""
    claim = "if we had the strength, we would march on Petrograd and put things in order there"
    r = match_meaning(claim, INTERRUPTED, language="en", text_language="en")
    assert r.status == REWORDED and r.flags == []
    passage = r.span.slice(INTERRUPTED)
    assert passage.startswith("and if we had the strength") and passage.endswith("there.")
    assert r.signals.clause and r.signals.coverage == 1.0
