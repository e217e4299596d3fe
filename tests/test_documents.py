"""Quoted documents in memoir and history prose: diary entries under a document heading, the
dates at the head of each entry, dates that stop where the narration resumes, the
source's publication year against a printed date, kinds in every language, and the text's
own author never cited from the text itself. Passages written for these tests, in the style
of Czernin's *In the World War* and Trotsky's *My Life*."""

from __future__ import annotations

from collections.abc import Sequence

from builders import CZERNIN_BOOK as CZERNIN

from sourcecheck.extract.claims import extract
from sourcecheck.models import Claim, Source

MY_LIFE = Source(id="my-life", title="My Life", author="Leon Trotsky", issued="1930", kind="book")
TELEGRAM = Source(
    id="trotsky-telegram-1918-01-31",
    title="Telegram to Lenin from Brest-Litovsk",
    author="Leon Trotsky",
    issued="1918-01-31",
    kind="telegram",
)

# Three entries, each closed with its own quotation marks; a German official is named after
# the diary, in the narration.
ENTRIES = (
    "We reached the fortress late in the evening, and the talks began at once.\n\n"
    "_Extract from my Diary._\n\n"
    "“Brest-Litovsk, January 9, 1918.\n\n"
    "“We drove to the conference early in the morning. The weather was bitter and the roads "
    "were very bad.”\n\n"
    "“_January 10._\n\n"
    "“The Russians kept us waiting for an hour, and then their leader read out a long "
    "declaration about peace.”\n\n"
    "“January 11. The negotiations were broken off at noon, and everybody went home angry "
    "and tired.”\n\n"
    "When I came back to Vienna, a German official of high standing wrote to me: “Nothing can "
    "be done with these people; the army must decide the matter now.”\n\n"
    "“The army will decide nothing,” I answered him, “until the Emperor has spoken.”"
)


def _quotes(
    text: str,
    *,
    author: str | None = None,
    sources: Sequence[Source] = (),
    document_id: str | None = None,
    title: str | None = None,
) -> list[Claim]:
    found = extract(text, author=author, sources=sources, document_id=document_id, title=title)
    return [c for c in found.claims if c.kind in ("quotation", "oral")]


def _starting(claims: list[Claim], words: str) -> Claim:
    return next(c for c in claims if c.quote.startswith(words))


def test_every_entry_under_a_document_heading_is_the_documents() -> None:
    claims = _quotes(ENTRIES, author="Ottokar Czernin")
    entries = [_starting(claims, w) for w in ("We drove", "The Russians", "January 11")]
    assert [(c.speaker, c.kind) for c in entries] == [("Ottokar Czernin", "quotation")] * 3
    assert all("document heading" in c.notes for c in entries)
    assert "'_Extract from my Diary._'" in entries[1].notes
    # The narration resumes: the official's letter is his, not the diary's.
    letter = _starting(claims, "Nothing can")
    assert (letter.speaker or "").startswith("a German official")


def test_an_entry_after_the_narration_resumes_is_not_the_documents() -> None:
    text = (
        "_Extract from my Diary._\n\n"
        "“We drove to the conference early in the morning, and the roads were very bad.”\n\n"
        "Hoffmann met us at the station and led us to the hall without a word.\n\n"
        "“You are late, gentlemen, and the Russians have been waiting since nine o’clock.”"
    )
    claims = _quotes(text, author="Ottokar Czernin")
    assert _starting(claims, "We drove").speaker == "Ottokar Czernin"
    assert "document heading" not in _starting(claims, "You are late").notes


def test_an_entry_takes_the_date_at_its_head_and_dateline_headings_are_no_claims() -> None:
    claims = _quotes(ENTRIES, author="Ottokar Czernin")
    dates = [_starting(claims, w).date for w in ("We drove", "The Russians", "January 11")]
    assert dates == ["1918-01-09", "1918-01-10", "1918-01-11"]
    assert "at the head of its diary entry" in _starting(claims, "We drove").notes
    # "Brest-Litovsk, January 9, 1918." is the entry's dateline, like "_January 10._".
    assert not any(c.quote.startswith(("Brest-Litovsk", "_January")) for c in claims)


def test_an_entry_opening_with_its_place_and_year_takes_that_year() -> None:
    text = (
        "Early in September, 1917, the Emperor wrote to his ally about the Italian front.\n\n"
        "_Extract from my Diary._\n\n"
        "“On the Western front, 1916. We drove to the camp in detachments, in order not to "
        "attract the attention of the enemy artillery to our cars.”"
    )
    claim = _starting(_quotes(text, author="Ottokar Czernin"), "On the Western")
    assert claim.date == "1916"
    assert "at the head of its diary entry" in claim.notes


def test_the_narration_after_a_diary_does_not_take_its_date() -> None:
    claims = _quotes(ENTRIES, author="Ottokar Czernin")
    letter = _starting(claims, "Nothing can")
    assert letter.date is None or not letter.date.startswith("1918-01-1")
    assert "diary entry" not in letter.notes


def test_a_date_printed_at_the_entry_beats_the_sources_publication_year() -> None:
    claims = _quotes(ENTRIES, author="Ottokar Czernin", sources=[CZERNIN, MY_LIFE])
    dates = [_starting(claims, w).date for w in ("We drove", "The Russians", "January 11")]
    assert dates == ["1918-01-09", "1918-01-10", "1918-01-11"]
    # The quoted diary opens without a date: its later entry still takes its own.
    text = (
        "With regard to the negotiations, I will leave my diary to speak for itself:\n\n"
        "“Departure from Vienna on a cold morning, the whole party assembled at the station.\n\n"
        "“_December 20, 1917._--Arrived at Brest a few minutes past five, and went at once to "
        "see the general.”"
    )
    claims = _quotes(text, author="Ottokar Czernin", sources=[CZERNIN])
    arrived = next(c for c in claims if "Arrived at Brest" in c.quote)
    assert (arrived.date, arrived.source_id) == ("1917-12-20", "czernin-in-the-world-war")


GERMAN = (
    "Der Vater kam spät am Abend nach Hause, und die Mutter wartete schon an der Tür.\n\n"
    "„Wo bist du so lange gewesen?“ fragte sie ihn leise.\n\n"
    "„Ich war noch bei dem Prokuristen im Geschäft“, antwortete er müde.\n\n"
    "„Dann iss jetzt, das Essen ist schon lange kalt geworden“, sagte sie."
)
RUSSIAN = (
    "Отец пришёл домой поздно вечером, и мать уже ждала его у двери.\n\n"
    "— Где ты был так долго? — тихо спросила она.\n\n"
    "— Я ещё был у управляющего в конторе, — устало ответил он.\n\n"
    "— Тогда ешь, обед давно остыл, — сказала она."
)
ENGLISH = (
    "The father came home late in the evening, and the mother was waiting at the door.\n\n"
    "“Where have you been so long?” she asked him quietly.\n\n"
    "“I was still with the chief clerk at the office,” he answered wearily.\n\n"
    "“Then eat now, the dinner has long gone cold,” she said."
)


def test_dialogue_is_oral_in_every_language() -> None:
    for text in (ENGLISH, GERMAN, RUSSIAN):
        claims = _quotes(text)
        assert len(claims) == 3, text[:20]
        assert [(c.kind, c.source_id) for c in claims] == [("oral", None)] * 3, text[:20]


def test_a_german_letter_is_still_a_quotation() -> None:
    text = (
        "Am nächsten Morgen kam ein Brief aus Berlin.\n\n"
        "Der Kanzler schrieb mir: „Die Lage ist ernst, aber nicht hoffnungslos, wenn wir "
        "jetzt einig bleiben.“"
    )
    assert [c.kind for c in _quotes(text)] == ["quotation"]


MEMOIR = (
    "At the session of February 10, Kühlmann spoke at length about the frontier, and the "
    "delegates listened in silence.\n\n"
    "When he had finished, I rose and declared: “We are going out of the war, but we refuse "
    "to sign the peace treaty.”\n\n"
    "That night I telegraphed to Lenin on January 31, 1918: “The Germans will not attack; "
    "we can hold out for some weeks yet.”"
)


def test_the_text_being_extracted_is_never_the_source_of_its_authors_words() -> None:
    claims = _quotes(
        MEMOIR,
        author="Leon Trotsky",
        document_id="my-life-brest-litovsk",
        sources=[MY_LIFE, TELEGRAM],
    )
    declared = _starting(claims, "We are going")
    assert declared.speaker == "Leon Trotsky"
    assert declared.source_id != "my-life" and declared.date != "1930"
    # A document of the author's own that the text cites is still found.
    telegram = _starting(claims, "The Germans will")
    assert telegram.source_id == "trotsky-telegram-1918-01-31"


def test_the_text_itself_is_known_by_its_title_too() -> None:
    claims = _quotes(
        MEMOIR, author="Leon Trotsky", title="My Life, chapter XXXII: Peace", sources=[MY_LIFE]
    )
    assert _starting(claims, "We are going").source_id != "my-life"


def test_a_russian_adverb_before_the_verb_of_saying_is_passed_over() -> None:
    first = _quotes(RUSSIAN)[0]
    assert "'тихо спросила она.' beside the quote" in first.notes


def test_words_said_to_the_narrator_or_remarked_in_the_scene_are_oral() -> None:
    text = (
        "The Chancellor received me in his study late in the evening.\n\n"
        "A German official of high standing said to me in the spring of 1918: “We shall have "
        "to make peace with the Russians whatever the generals may think of it.”\n\n"
        "The Emperor listened to the report, and he remarked with a smile: “The generals will "
        "never forgive me for this peace, but the people will.”\n\n"
        "He trusted flatterers, and how often have I heard him say: “Nobody in this country "
        "tells me the truth except my own servants.”\n\n"
        "The German prince, who mistook him for someone else, said to him during dinner: “You "
        "must come and hunt with us in the autumn, when the stags are out.”\n\n"
        "A week later the Chancellor wrote to me: “The Russians have refused our terms, and "
        "the army will march again on Monday.”"
    )
    claims = _quotes(text, author="Ottokar Czernin")
    starts = ("We shall", "The generals", "Nobody", "You must", "The Rus")
    kinds = [_starting(claims, w).kind for w in starts]
    assert kinds == ["oral", "oral", "oral", "oral", "quotation"]  # the letter stays a document


def test_the_following_noted_in_my_diary_is_the_authors_diary() -> None:
    text = (
        "We passed three weeks in Bucharest before the train could leave.\n\n"
        "I find the following noted in my diary:\n\n"
        "“The Roumanians have declared war on my wife and daughter too, and a deputation came "
        "to the villa at night.”"
    )
    claim = _quotes(text, author="Ottokar Czernin")[0]
    assert (claim.speaker, claim.kind) == ("Ottokar Czernin", "quotation")


def test_a_letter_printed_as_an_indented_block_is_a_quotation() -> None:
    text = (
        "On my return the Emperor wrote him a letter, drawn up by me, which contained the "
        "following passage:\n\n"
        "  My Minister for Foreign Affairs has informed me of the interesting\n"
        "  conversation he had the honour to have with you, and of your views.\n\n"
        "The answer came a fortnight later."
    )
    claims = _quotes(text, author="Ottokar Czernin")
    assert [c.kind for c in claims] == ["quotation"]
