"""History prose that names the source of what it reports ("according to Czernin", "Czernin
records that", "nach Czernin", "по словам Чернина"): the source is cited, the speaker is who
spoke in it. Passages written for these tests, in the style of Trotsky's *My Life*."""

from __future__ import annotations

from builders import CZERNIN_BOOK as CZERNIN

from sourcecheck.extract.claims import extract
from sourcecheck.models import Claim, Source

DECLARATION = Source(
    id="trotsky-declaration-brest-1918-02-10",
    title="Declaration of the Russian delegation at Brest-Litovsk",
    author="Leon Trotsky",
    issued="1918-02-10",
    kind="speech",
)
SOURCES = [CZERNIN, DECLARATION]


def _claim(text: str, words: str, sources: list[Source] = SOURCES) -> Claim:
    claims = extract(text, author="Leon Trotsky", sources=sources).claims
    return next(c for c in claims if words in c.quote)


PARAGRAPH = (
    "On March 3, 1918, the delegations of the Central Powers at Brest-Litovsk agreed that “the "
    "conditions put forward in the Russian declaration could not be refused.” Only the Bavarian "
    "general opposed it. At their last meeting next day, according to Czernin, Kühlmann "
    "spoke with great confidence of the need to accept the peace as it stood.\n"
)


def test_according_to_names_the_source_not_the_speaker() -> None:
    claim = _claim(PARAGRAPH, "according to Czernin")
    assert claim.kind == "paraphrase"
    assert claim.speaker == "Kühlmann"
    assert claim.source_id == "czernin-in-the-world-war"
    assert "according to Czernin" in (claim.notes or "")


def test_according_to_covers_its_paragraph_over_title_words() -> None:
    # "Brest-Litovsk", "declaration" and the date made the delegation's declaration the
    # source of the delegations' words; the paragraph says whose account they come from.
    claim = _claim(PARAGRAPH, "conditions put forward")
    assert claim.source_id == "czernin-in-the-world-war"
    event = _claim(PARAGRAPH, "Bavarian general")
    assert event.source_id == "czernin-in-the-world-war"


def test_reporting_verbs_and_accounts_in_the_sentence() -> None:
    for lead in ("Czernin records that", "In Czernin’s account,", "Czernin tells us that"):
        text = f"On March 4, {lead} Kühlmann said that the peace would hold for a year.\n"
        claim = _claim(text, "peace would hold")
        assert claim.source_id == "czernin-in-the-world-war", lead
        assert claim.speaker == "Kühlmann", lead


def test_verbs_of_writing_and_as_frames_cite_the_source() -> None:
    # A historian's verbs of writing ("noted", "observed", "jotted down", "recorded in his
    # diary") and "as X wrote in his diary," name the source cited; Kühlmann still speaks.
    for lead in (
        "Czernin noted that",
        "Czernin observed that",
        "Czernin remarked that",
        "Czernin jotted down that",
        "Czernin recorded in his diary that",
        "as Czernin wrote in his diary,",
        "as Czernin noted,",
    ):
        text = f"On March 4, {lead} Kühlmann said that the peace would hold for a year.\n"
        claim = _claim(text, "peace would hold")
        assert claim.source_id == "czernin-in-the-world-war", lead
        assert claim.speaker == "Kühlmann", lead
    russian = "Как Чернин записал в своём дневнике, 11 февраля 1918 года мир был заключён.\n"
    assert _claim(russian, "мир").source_id == "czernin-in-the-world-war"


def test_a_verb_of_writing_without_a_frame_cites_nothing() -> None:
    # Narration with the same verbs ("Czernin observed the Russians", "as everyone noted")
    # names no source: without "that" or a known author after "as", nothing is cited.
    for text in (
        "On March 4, 1918, Czernin observed the delegates closely and noted the hour.\n",
        "On March 4, 1918, as everyone noted, the delegates left the hall in silence.\n",
    ):
        claim = _claim(text, "March 4")
        assert claim.source_id != "czernin-in-the-world-war", text
        assert claim.kind != "paraphrase", text


def test_a_speakers_own_source_beats_the_paragraphs_reporter() -> None:
    text = (
        "According to Czernin, the talks were broken off on February 10. That day Trotsky "
        "declared: “We end the war, we demobilize the army, but we do not sign the peace.”\n"
    )
    claim = _claim(text, "demobilize")
    assert claim.source_id == "trotsky-declaration-brest-1918-02-10"


def test_a_reporter_with_no_source_is_no_source() -> None:
    text = "According to Hoffmann, Kühlmann said that the army would march within a week.\n"
    claim = _claim(text, "march within a week")
    assert claim.source_id != "czernin-in-the-world-war"


def test_german_and_russian_reporters() -> None:
    german = "Nach Czernin sagte Kühlmann am 11. Februar 1918, dass der Friede gesichert sei.\n"
    assert _claim(german, "Friede").source_id == "czernin-in-the-world-war"
    russian = "По словам Чернина, Кюльман 11 февраля 1918 года сказал, что мир заключён.\n"
    assert _claim(russian, "мир").source_id == "czernin-in-the-world-war"


# -- relative dates move the narration's running date -------------------------------------


def test_next_day_moves_the_running_date() -> None:
    claim = _claim(PARAGRAPH, "according to Czernin")
    assert claim.date == "1918-03-04"
    assert "'next day' after March 3" in (claim.notes or "")


def test_relative_dates_chain_and_count() -> None:
    text = (
        "On February 17, 1918, the committee met again and nothing was decided.\n\n"
        "The following day I voted against the despatch of the telegram.\n\n"
        "That evening I voted for the telegram to Berlin.\n\n"
        "Two days later the delegation signed the peace treaty at last.\n"
    )
    claims = extract(text, author="Leon Trotsky").claims
    dated = {c.quote.split()[0]: c for c in claims if c.kind == "event"}
    assert dated["The"].date == "1918-02-18"
    assert dated["That"].date == "1918-02-18"
    assert dated["Two"].date == "1918-02-20"
    assert dated["The"].kind == "event"  # "the following day" is no printed date


def test_relative_dates_in_german_and_russian() -> None:
    german = (
        "Am 10. Februar 1918 trafen sich die Delegationen. Am nächsten Tag erklärte Kühlmann: "
        "„Der Friede ist gesichert, und wir fahren morgen nach Berlin zurück.“\n"
    )
    claim = _claim(german, "Friede")
    assert claim.date == "1918-02-11"
    assert "'Am nächsten Tag' after 10. Februar 1918" in (claim.notes or "")
    russian = (
        "10 февраля 1918 года делегации встретились. На следующий день Кюльман сказал: "
        "«Мир заключён, и завтра мы едем обратно в Берлин.»\n"
    )
    assert _claim(russian, "Мир").date == "1918-02-11"


def test_a_relative_date_inside_a_quotation_is_the_speakers() -> None:
    text = (
        "On February 10, 1918, Hoffmann said: “We shall march the next day, and nothing "
        "will stop us.” Nobody believed him.\n\n"
        "“Perhaps they will deceive us?” Lenin asked.\n"
    )
    claim = _claim(text, "deceive")
    assert claim.date != "1918-02-11"


def test_a_printed_date_beats_a_relative_one_beside_it() -> None:
    text = (
        "On February 10, 1918, the talks were broken off.\n\n"
        "That night I telegraphed to Lenin on January 31, 1918: “The Germans will not attack; "
        "we can hold out for some weeks yet.”\n"
    )
    assert _claim(text, "Germans will not").date == "1918-01-31"
