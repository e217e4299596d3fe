"""The meaning stage: its pieces, and end to end on small real passages (Prince, Kafka).

The passages are a few sentences of the Gutenberg texts in ../shared/translations (public
domain), quoted here as test inputs.
"""

from __future__ import annotations

import numpy as np
import pytest

from sourcecheck.facts.languages import german_number, read_dates, read_numbers_in
from sourcecheck.matching.anchors import compare_anchors, name_key, read_anchors, same_name
from sourcecheck.matching.embed import default_embedder
from sourcecheck.matching.lookalike import guard_short_quote
from sourcecheck.matching.match import match_quote
from sourcecheck.matching.meaning import REWORDED, MeaningParams, match_meaning
from sourcecheck.matching.stems import content_stems
from sourcecheck.matching.vectors import build_text_vectors
from sourcecheck.texts.language import detect_language

RICCI = (
    "It may be answered that one should wish to be both, but, because it is difficult to "
    "unite them in one person, it is much safer to be feared than loved, if one of the two has "
    "to be wanting. For it may be said of men in general that they are ungrateful, voluble, "
    "dissemblers, anxious to avoid danger, and covetous of gain. The Spartans held Athens and "
    "Thebes by creating within them a state of a few people; nevertheless they lost them. "
    "A prince who fears his own people more than foreigners ought to build fortresses."
)
MARRIOTT = (
    "it is much safer to be feared than loved, when, of the two, either must be dispensed "
    "with. Because this is to be asserted in general of men, that they are ungrateful, fickle, "
    "false, cowardly, covetous"
)
KAFKA_DE = (
    "Als Gregor Samsa eines Morgens aus unruhigen Träumen erwachte, fand er sich in seinem Bett "
    "zu einem ungeheueren Ungeziefer verwandelt. Er lag auf seinem panzerartig harten Rücken. "
    "In den ersten vierzehn Tagen konnten es die Eltern nicht über sich bringen, zu ihm "
    "hereinzukommen. Die Schwester begann zu spielen; Vater und Mutter verfolgten, jeder von "
    "seiner Seite, aufmerksam die Bewegungen ihrer Hände."
)


def test_stems_join_inflections_per_language():
    assert content_stems(["feared", "Fear", "the"], "en") == ["fear", "fear"]
    assert content_stems(["Träumen", "Traum", "und"], "de") == ["traum", "traum"]
    assert content_stems(["января", "январь", "не"], "ru") == ["январ", "январ"]


@pytest.mark.parametrize(
    "a, b", [("Троцкий", "Trotsky"), ("Троцкого", "Trotzki"), ("Trotski", "Trotsky"),
             ("Кюльман", "Kühlmann"), ("Чернин", "Czernin"), ("Иоффе", "Joffe")],
)  # fmt: skip
def test_names_across_scripts(a, b):
    assert same_name(name_key(a), name_key(b))


def test_different_names_stay_different():
    assert not same_name(name_key("Trotsky"), name_key("Lenin"))
    assert not same_name(name_key("Спартанцы"), name_key("Romans"))


def test_russian_and_german_dates():
    (d,) = read_dates("8 (21) января 1918 г.", "ru")
    assert (d.year, d.month, d.day, d.alt_day) == (1918, 1, 8, 21)
    (d,) = read_dates("Brest-Litowsk, 11. Februar 1918", "de")
    assert d.iso() == "1918-02-11"
    assert [x.iso() for x in read_dates("в марте 1917 года и 3 мая", "ru")] == [
        "1917-03",
        "????-05-03",
    ]
    assert read_dates("der Mai ist gekommen", "de") == []  # a month alone is no date


def test_numbers_by_value_in_words_and_digits():
    assert german_number("einundzwanzig") == 21
    assert [n.value for n in read_numbers_in("1.500 Mann, 2,5 km", "de")] == [1500.0, 2.5]
    assert [n.value for n in read_numbers_in("пятнадцать голосов и 32", "ru")] == [15.0, 32.0]
    assert [n.value for n in read_numbers_in("1,500 men", "en")] == [1500.0]


def test_negations_per_language_flag_one_side_only():
    q = read_anchors("True, he had slept peacefully.", "en")
    p = read_anchors("Nun, ruhig hatte er ja nicht geschlafen.", "de")
    assert p.negations == ("nicht",)
    assert "negation" in compare_anchors(q, p).flags
    ru = read_anchors("Мира не будет, и никогда не было.", "ru")
    assert ru.negations == ("не", "никогда", "не")


def test_dates_compare_across_calendars_and_languages():
    q = read_anchors("On January 21, 1918 Trotsky spoke.", "en")
    same = read_anchors("8 (21) января 1918 г. Троцкий говорил.", "ru")
    other = read_anchors("5 февраля 1918 г. Троцкий говорил.", "ru")  # 3 Feb NS = 21 Jan OS
    assert compare_anchors(q, same).dates_agree is True
    assert "date" in compare_anchors(q, other).flags


def test_language_detection():
    assert detect_language(KAFKA_DE).code == "de"
    assert detect_language(RICCI).code == "en"
    assert detect_language("Однажды утром Грегор Замза проснулся.").code == "ru"


def test_embedder_gives_unit_vectors_and_a_model_id():
    e = default_embedder()
    v = e(["it is much safer to be feared than loved", "Es ist viel sicherer."])
    assert v.dtype == np.float32 and v.shape == (2, 512)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert e.model_id.startswith("usem3-")


def test_retranslation_is_reworded_at_the_right_passage():
    assert match_quote(MARRIOTT, RICCI).status == "not_found"  # the words do not find it
    r = match_meaning(MARRIOTT, RICCI)
    assert r.status == REWORDED
    assert r.span.start <= RICCI.index("it is much safer") < r.span.end
    assert r.span.end <= RICCI.index("The Spartans")
    assert "“feared”" in r.reason and r.language == "en"
    assert r.flags == []


def test_cross_language_english_quote_in_german_text():
    quote = (
        "His sister began to play; father and mother paid close attention, one on each side, "
        "to the movements of her hands."
    )
    r = match_meaning(quote, KAFKA_DE, text_language="de")
    assert r.status == REWORDED
    assert "Bewegungen ihrer Hände" in r.span.slice(KAFKA_DE)
    assert r.evidence is not None and r.evidence.language == "de"


def test_changed_number_across_languages_is_flagged():
    quote = "For the first four days, Gregor's parents could not bring themselves to come in."
    r = match_meaning(quote, KAFKA_DE, text_language="de")
    assert "vierzehn" in r.span.slice(KAFKA_DE) if r.span else True
    if r.status == REWORDED:
        assert "number" in r.flags


def test_topic_match_is_not_reworded():
    quote = "A prince should build fortresses on every hill so that his people stay obedient."
    r = match_meaning(quote, RICCI)
    assert r.status == "not_found"
    assert "best candidate" in r.reason and r.span is None


def test_stored_vectors_are_used_and_checked(tmp_path):
    vectors = build_text_vectors(KAFKA_DE)
    assert vectors.matrix.dtype == np.float16 and len(vectors.spans) == 4
    r = match_meaning("his sister began to play", KAFKA_DE, text_language="de", vectors=vectors)
    assert r.model_id == vectors.model_id

    class Other:
        model_id = "other"

        def __call__(self, sentences):
            return np.ones((len(sentences), 512), dtype=np.float32) / np.sqrt(512)

    with pytest.raises(ValueError, match="other"):
        match_meaning("x y z", KAFKA_DE, vectors=vectors, embedder=Other())


def test_stricter_thresholds_reject():
    strict = MeaningParams(same_min=99.0)
    assert match_meaning(MARRIOTT, RICCI, params=strict).status == "not_found"


def test_short_lookalike_is_not_close():
    source = "The Spartans held Athens and Thebes."
    r = match_quote("The Romans held Athens and Thebes.", source)
    guarded = guard_short_quote(r, 6)
    assert guarded.status == "not_found" and "Romans" in guarded.reason
    assert match_meaning("The Romans held Athens and Thebes.", source).status == "not_found"
    same = match_quote("The Spartans held Athens and Thebes.", source)
    assert guard_short_quote(same, 6).status == "verbatim"
