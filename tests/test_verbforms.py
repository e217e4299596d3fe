"""German verb forms read as their infinitives for the dictionary lookup (issue 10): a strong
verb's past ("hob") by the infinitive its FreeDict entry names ("heben"), a weak verb's past
with its particle ("aufhörte") by the infinitive of its ending's stem ("aufhören"); and what
the opposites across languages read with them. Passages are ours, written for the tests.
"""

from __future__ import annotations

import pytest

from sourcecheck.matching import bilingual, wordnet
from sourcecheck.matching.crossantonyms import translated_opposite, vouched
from sourcecheck.matching.opposites import opposite_words
from sourcecheck.matching.verbforms import infinitive_of
from sourcecheck.matching.wordpairs import Alignment, WordPair

debian = pytest.mark.skipif(
    not bilingual.available() or not wordnet.available(),
    reason="FreeDict's dictionaries or WordNet missing (make test installs them)",
)


def test_an_inflected_form_names_its_infinitive_first_on_its_see_line() -> None:
    entry = (
        "hob /hˈoːp/\nheaved\n   Synonym: {hob hoch}\n\n see: {etw. heben}, {hochheben}, "
        "{hebend}, {hochhebend}, {gehoben}, {hebt}\n"
    )
    assert infinitive_of(entry) == "heben"
    # a lemma's own entry (a part of speech after it) names other words: none is its lemma
    assert infinitive_of("aufhören /ˈaʊf/ <v, intr>\nquit <v>\n   Synonym: {aufgeben}") is None
    assert infinitive_of("stieg /ʃ/\nwent up\n see: {steigend}, {gestiegen}") is None
    assert infinitive_of("x /x/\nheaved\n") is None


@debian
def test_past_forms_are_looked_up_as_their_infinitives() -> None:
    assert "raise" in bilingual.translated_words("hob", "de", "en")  # heben
    assert "raise" in bilingual.translated_words("hebt", "de", "en")
    assert "raise" in bilingual.translated_words("hoben", "de", "en")  # hob's person ending
    assert "stop" in bilingual.translated_words("aufhörte", "de", "en")  # aufhören: no entry
    assert "compared" in bilingual.translated_words("verglich", "de", "en")


@debian
def test_a_strong_verbs_past_is_read_against_its_opposite() -> None:
    quote = "Im Frühjahr hob der Müller die Preise für das Mehl noch einmal."
    lowered = "In spring the miller lowered the prices of flour once again."
    assert opposite_words(quote, "de", lowered, "en") == ("hob", "lowered")
    assert opposite_words(lowered, "en", quote, "de") == ("lowered", "hob")
    raised = lowered.replace("lowered", "raised")
    assert opposite_words(quote, "de", raised, "en") is None


@debian
def test_a_word_the_vectors_paired_with_no_translation_of_it_may_still_oppose() -> None:
    quote = "Als die Orgel zu spielen aufhörte, standen die Gäste auf und gingen leise hinaus."
    passage = (
        "When the organ began playing, the guests rose from their benches and, after a while, "
        "went out quietly, pressed close together."
    )
    pressed = WordPair("aufhörte", quote.index("aufhörte"), "pressed", passage.index("pressed"),
                       0.64)  # fmt: skip
    assert translated_opposite(quote, "de", passage, "en", Alignment(6, (pressed,))) == (
        "aufhörte",
        "began",
    )
    # a pair the dictionary vouches for is a rendering; one the vectors made alone is not,
    # of a word the dictionary lists (or its verb) even where the two stand at one place
    lengths = (len(quote), len(passage))
    stopped = WordPair("aufhörte", 15, "stopped", 70, 0.64)
    assert vouched(stopped, True, "de", lengths) and not vouched(pressed, True, "de", lengths)
    assert not vouched(WordPair("aufhörte", 15, "pressed", 15, 0.64), True, "de", lengths)
    # a word paired elsewhere is read only against an opposite where it stands
    late = passage.replace("When the organ began playing", "When the organ played")
    late = late.replace("a while", "the choir began")
    pressed = WordPair("aufhörte", quote.index("aufhörte"), "pressed", late.index("pressed"),
                       0.64)  # fmt: skip
    assert translated_opposite(quote, "de", late, "en", Alignment(6, (pressed,))) is None
