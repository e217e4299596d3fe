"""German words looked up in the dictionary by the forms their Snowball stem does not reach
(issue 10, walk107 ke-05): a weak verb's past ("wartete": warten) and a noun made of an
adjective ("einem Fremden": der Fremde). Sentences written for these tests."""

from __future__ import annotations

import pytest

from sourcecheck.matching import bilingual
from sourcecheck.matching.dictpairs import with_translations
from sourcecheck.matching.germanforms import german_forms
from sourcecheck.matching.wordpairs import Alignment


@pytest.mark.parametrize(
    ("word", "forms"),
    [("wartete", ["warten"]), ("arbeiteten", ["arbeiten"]), ("lachten", ["lachen"]),
     ("Fremden", ["fremde"]), ("Kranken", ["kranke"]), ("Hut", []), ("heute", [])],
)  # fmt: skip
def test_a_weak_past_and_an_adjective_noun_have_their_dictionary_forms(word, forms) -> None:
    assert german_forms(word) == forms


@pytest.mark.skipif(not bilingual.available(), reason="FreeDict missing (make test installs it)")
def test_the_dictionary_pairs_a_weak_past_and_an_adjective_noun() -> None:
    quote = "The old woman waited at the gate for a stranger."
    passage = "Die alte Frau wartete am Tor auf einen Fremden."
    pairs = {(p.quote, p.passage) for p in with_translations(Alignment(6, ()), quote, "en",
                                                            passage, "de").pairs}  # fmt: skip
    assert {("waited", "wartete"), ("stranger", "Fremden")} <= pairs
