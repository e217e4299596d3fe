"""What a new user's walkthrough of ``extract`` found (walk57), each on a passage written for
the test: a cited book's publication year given as a quotation's date, a pronoun resolved
across a paragraph to a person when a written work is named beside it, a diary entry's date
lost far from its heading, and the wording of the notes."""

from __future__ import annotations

from sourcecheck.extract.claims import extract
from sourcecheck.models import Source

GRAIN_BOOK = Source(
    id="voss-grain-winter", title="The Grain Winter", author="Albrecht Voss", issued="1923",
    kind="book",
)  # fmt: skip
HARBOUR_SPEECH = Source(
    id="voss-harbour-speech", title="Speech at the harbour", author="Albrecht Voss",
    issued="1921-03-02", kind="speech",
)  # fmt: skip


def test_a_books_year_dates_its_own_words_not_the_diary_it_prints() -> None:
    text = (
        "The minister looked back on the winter of the blockade. Count Albrecht Voss wrote in "
        "his diary: “The grain will not last until the thaw.” Nobody believed him.\n\n"
        "Years later, he wrote in The Grain Winter: “We ate the seed corn and hoped.”\n"
    )
    claims = [c for c in extract(text, sources=[GRAIN_BOOK]).claims if c.kind == "quotation"]
    assert [c.source_id for c in claims] == ["voss-grain-winter"] * 2
    # the diary was written before the book printed it; "years later" he wrote the book
    assert [c.date for c in claims] == [None, "1923"]
    assert "from the source's date" not in (claims[0].notes or "")


def test_a_speech_is_dated_by_its_own_date() -> None:
    # a speech (a letter, minutes...) is dated when its words were said: that date stays
    text = "At the harbour Albrecht Voss declared: “The pier will stand by the autumn.”\n"
    (claim,) = extract(text, sources=[HARBOUR_SPEECH]).claims
    assert (claim.source_id, claim.date) == ("voss-harbour-speech", "1921-03-02")


HARBOUR_BOOK = Source(
    id="marlow-harbour-book", title="The Harbour Book", author="Tomas Marlow", issued="1890",
    kind="book",
)  # fmt: skip
LOG = "Count Albrecht Voss kept a log at the harbour. He wrote: “The pier is lost.”\n\n"
WORK = "The dilemma is old. “It is safer to be feared than loved,” he wrote in The Harbour Book.\n"


def _feared(text: str, sources: list[Source] | None = None):
    claims = extract(text, sources=sources or []).claims
    return next(c for c in claims if c.quote.startswith("It is safer"))


def test_a_pronoun_from_another_paragraph_beside_a_works_title_is_not_confident() -> None:
    claim = _feared(LOG + WORK)
    assert claim.speaker_confidence is not None and claim.speaker_confidence < 0.6
    assert "The Harbour Book is named beside the words" in claim.notes


def test_the_works_author_wins_when_the_text_or_the_database_names_them() -> None:
    named = _feared(LOG + WORK + "\nEvery sailor knows Tomas Marlow's The Harbour Book.\n")
    assert named.speaker == "Tomas Marlow"
    assert "The Harbour Book is Tomas Marlow's" in named.notes
    from_db = _feared(LOG + WORK, sources=[HARBOUR_BOOK])
    assert from_db.speaker == "Tomas Marlow" and from_db.source_id == "marlow-harbour-book"


def test_a_pronoun_whose_person_the_paragraph_names_is_left_to_that_reading() -> None:
    text = LOG + "Tomas Marlow knew the sea. " + WORK.removeprefix("The dilemma is old. ")
    here = _feared(text)
    assert (here.speaker, here.speaker_confidence) == ("Tomas Marlow", 0.5)
    assert "is named beside the words" not in here.notes
    # "in French" is no work's title: the pronoun's reading is left as it was
    claims = extract(LOG + "The dilemma is old. “Rien ne va plus,” he wrote in French.\n").claims
    french = next(c for c in claims if c.quote.startswith("Rien"))
    assert french.speaker_confidence >= 0.6 and "named beside" not in french.notes


def test_in_his_words_is_said_as_the_phrase_not_as_a_verb() -> None:
    text = (
        "Count Albrecht Voss came back from the pier at dawn. In the evening he noted that the "
        "harbour was empty; in his words, “the boats are gone and the lamps are out.”\n"
    )
    (claim,) = extract(text).claims
    assert claim.speaker == "Count Albrecht Voss"
    assert "(the words 'in his words' next to it)" in claim.notes
    assert "the verb 'words'" not in claim.notes


def test_a_figure_sentence_before_a_quotation_is_still_a_figure() -> None:
    # the sentence is read as the quotation's context (who, when), and it is a claim of its
    # own: its figure was dropped with it
    text = (
        "At the harbour the council counted forty-two boats lost in the storm. “We shall "
        "rebuild them all by the spring,” Mara Quist wrote.\n"
    )
    claims = extract(text).claims
    assert sorted(c.kind for c in claims) == ["figure", "quotation"]
    figure = next(c for c in claims if c.kind == "figure")
    assert figure.quote == "At the harbour the council counted forty-two boats lost in the storm."
    assert "42" in figure.notes
