"""Names that differ where the comparison did not see them: the speaker a source gives beside
the words it quotes (:mod:`.matching.leadin`), a claim rejected where the passage says the
same of another person (:mod:`.matching.swapped`), two people's names paired as counterparts
(:mod:`.matching.pairednames`), and a passage that only shares one topic word with a claim
naming someone it does not name (:data:`.matching.verdict.LONE_PAIR`).

The minutes are ours, written for these tests: a harbour board's meeting, in Russian and in
German (the speakers outside the quotation marks, before or after them).
"""

from __future__ import annotations

from sourcecheck.matching.leadin import given_speakers
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.verdict import Signals, judge
from sourcecheck.models import Span

MINUTES_RU = (
    "Протокол заседания портового совета (наш текст, написанный для проверки).\n\n"
    "Заседание открылось в девять часов утра. Секретарь прочёл письмо капитанов. "
    "Белозёров сообщал: «Лёд в заливе ещё держится, и суда не смогут выйти раньше мая».\n\n"
    "«Новый причал надо строить из камня, а не из дерева», — сказал Голубев. "
    "Спорить с ним никто не стал.\n\n"
    "Урицкий предложил продать старый буксир и купить два новых катера.\n\n"
    "Рыбаков с ним не согласился.\n"
)
MINUTES_DE = (
    "Protokoll der Hafenkommission (unser Text, für die Prüfung geschrieben).\n\n"
    "Am Abend sagte mir Brandt beim Essen: „Das Eis im Hafen wird noch zwei Wochen halten, "
    "bis dahin fährt kein Schiff aus.“ Niemand widersprach.\n\n"
    "„Die Fischer bekommen ihr Geld erst im Sommer“, rief Lorenz. Dann ging er hinaus.\n"
)


def test_the_speaker_given_before_or_after_the_quoted_words_is_read() -> None:
    start = MINUTES_RU.index("«Лёд")
    span = Span(start, MINUTES_RU.index("».", start) + 1)
    assert given_speakers(MINUTES_RU, span, "ru") == ("Белозёров",)
    start = MINUTES_RU.index("«Новый")
    assert given_speakers(MINUTES_RU, Span(start, start + 50), "ru") == ("Голубев",)
    start = MINUTES_DE.index("„Die Fischer")
    assert given_speakers(MINUTES_DE, Span(start, start + 40), "de") == ("Lorenz",)
    start = MINUTES_DE.index("„Das Eis")
    assert given_speakers(MINUTES_DE, Span(start, start + 40), "de") == ("Brandt",)


def test_a_pronoun_or_a_sentence_before_gives_no_speaker() -> None:
    # "Спорить с ним никто не стал." names no one; the sentence before names Голубев, but
    # the speaker is read in the passage's own sentences only
    start = MINUTES_RU.index("Спорить")
    assert given_speakers(MINUTES_RU, Span(start, start + 27), "ru") == ()


def flagged_then_kept(claim: str, text: str, language: str, at: str, check: str,
                      right: tuple[str, str]) -> None:  # fmt: skip
    """``claim`` is ``reworded`` at the passage holding ``at`` with the ``name`` flag and
    ``check`` in its reason; with its name replaced by the right one (``right``: the claim's
    name and the right one) it is ``reworded`` with no name flag."""
    r = match_meaning(claim, text, language="en", text_language=language)
    assert r.status == REWORDED, r.reason
    assert r.span is not None and at in r.span.slice(text)
    assert "name" in r.flags and check in r.reason, r.reason
    r = match_meaning(claim.replace(*right), text, language="en", text_language=language)
    assert r.status == REWORDED and "name" not in r.flags, r.reason


def test_a_frames_speaker_against_the_speaker_given_outside_the_passage() -> None:
    claim = (
        "Klimov reported that the ice in the bay was still holding and the ships could not "
        "sail before May."
    )
    check = "the claim says Klimov did, the source gives Белозёров as the speaker"
    flagged_then_kept(claim, MINUTES_RU, "ru", "Лёд в заливе", check, ("Klimov", "Belozyorov"))


def test_a_speaker_named_after_the_quoted_words_in_german() -> None:
    claim = "Brandt said that the fishermen would only get their money in the summer."
    check = "the source gives Lorenz as the speaker"
    flagged_then_kept(claim, MINUTES_DE, "de", "Die Fischer", check, ("Brandt", "Lorenz"))


def test_a_short_claim_with_its_one_name_swapped_is_flagged_at_the_passage() -> None:
    check = "Klimov not there; it names Рыбаков"
    flagged_then_kept("Klimov did not agree with him.", MINUTES_RU, "ru",
                      "Рыбаков с ним не согласился.", check, ("Klimov", "Rybakov"))  # fmt: skip


def test_two_peoples_names_paired_as_counterparts_are_flagged() -> None:
    # "Урицкий" opens its sentence and is named nowhere else: the anchors do not read it as
    # a name, and "Sverdlov" (an opener too) is paired with it as a word
    claim = "Sverdlov proposed to sell the old tugboat and to buy two new launches."
    check = "Sverdlov not there; it names Урицкий"
    flagged_then_kept(claim, MINUTES_RU, "ru", "Урицкий предложил", check, ("Sverdlov", "Uritsky"))


def test_one_topic_word_is_no_rendering_of_a_claim_naming_someone_absent() -> None:
    lone = Signals(similarity=0.6, margin=0.14, coverage=1 / 3, cross=True, content_words=3,
                   counterparts=1, strong=1, names=0, unnamed=True)  # fmt: skip
    assert 0 <= lone.score < 2
    why = judge(lone, short=False, missing_stems=[])
    assert why is not None and "none of its names" in why
    unnamed = Signals(similarity=0.6, margin=0.14, coverage=1 / 3, cross=True,
                      content_words=3, counterparts=1, strong=1, names=0)  # fmt: skip
    assert judge(unnamed, short=False, missing_stems=[]) is None  # it names no one: kept


def test_a_name_in_anothers_place_without_a_counterpart_is_flagged() -> None:
    # "Мейер" opens its sentence, has no surname's shape and is named nowhere else, and
    # "Rybakov" is paired with nothing: one name on each side, across scripts
    text = MINUTES_RU.replace("Урицкий предложил", "Мейер предложил")
    claim = "Rybakov proposed to sell the old tugboat and to buy two new launches."
    check = "Rybakov not there; it names Мейер in its place"
    flagged_then_kept(claim, text, "ru", "Мейер предложил", check, ("Rybakov", "Meyer"))
