"""The meaning stage's calls of the model: one memory per claim (matching/meaning.py), so a
claim's second looks (its frame taken off, a name swapped) embed nothing twice, and the words
of the candidates a claim weighs one after the other go to the model in one call.

The passages are ours (written for these tests), in English, German and Russian.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from sourcecheck.matching import wordpairs
from sourcecheck.matching.elsewhere import look_elsewhere
from sourcecheck.matching.embed import default_embedder, remembering
from sourcecheck.matching.evidence import Weighing
from sourcecheck.matching.meaning import REWORDED, _weighed_next, match_meaning, weigh
from sourcecheck.matching.passages import Passage
from sourcecheck.matching.prepared import prepare_quote
from sourcecheck.matching.ranking import Candidate
from sourcecheck.matching.verdict import Signals
from sourcecheck.matching.wordpairs import Alignment, WordPair
from sourcecheck.models import Span


class Counting:
    """The default model, with every call's sentences written down."""

    def __init__(self) -> None:
        self.inner = default_embedder()
        self.model_id = self.inner.model_id
        self.calls: list[list[str]] = []

    def __call__(self, sentences: Sequence[str]) -> np.ndarray:
        self.calls.append(list(sentences))
        return self.inner(sentences)

    def sent(self) -> list[str]:
        return [s for call in self.calls for s in call]


TEXT = """The winter of that year was hard for everyone in the town. Bread was short, the \
trams stopped running after dark, and the papers printed little but rumours from the front.

In the spring the council met again in the old school house. The mayor read out the letters \
from the villages one by one, and nobody said a word until he had finished.

After the meeting I walked home along the river with the old doctor. He told me that the \
hospital had run out of soap in February and that the nurses now washed the sheets in ashes.

We left for the coast by the night train on the third of May. The journey took two days, \
because the bridge near the lake had been washed away and we waited for the engineers."""

FRAMED = [
    ("en", "In a letter to her cousin, Anna Berg wrote that the hospital had no soap left in "
           "February and the nurses washed the sheets with ashes."),
    ("de", "In einem Brief an ihren Vetter schrieb Anna Berg, dass dem Krankenhaus im Februar "
           "die Seife ausgegangen war und die Schwestern die Laken mit Asche wuschen."),
    ("ru", "В письме к двоюродному брату Анна Берг писала, что в феврале в больнице кончилось "
           "мыло и сёстры стирали простыни золой."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "claim"), FRAMED)
def test_a_framed_claims_second_looks_embed_no_sentence_twice(language: str, claim: str) -> None:
    # the claim is looked for whole and without its frame: the same windows of the text are
    # the nearest both times, and the claim's memory embeds each once
    model = Counting()
    r = match_meaning(claim, TEXT, language=language, text_language="en", embedder=model)
    assert r.status == REWORDED and r.span is not None, r.reason
    assert "soap" in r.span.slice(TEXT)
    sent = [s for s in model.sent() if " " in s]  # sentences (single words are kept anyway)
    assert len(sent) > 3  # the windows were embedded here, not remembered from elsewhere
    assert len(sent) == len(set(sent)), [s for s in sent if sent.count(s) > 1][:3]


def test_the_candidates_looked_at_elsewhere_are_announced_before_any_is_weighed() -> None:
    text = "Der Vater warf mit Äpfeln. Es war ein Apfel; gleich flog ihm ein zweiter nach."
    quote = "The father pelted Gregor with apples."
    pairs = (WordPair("father", 4, "Vater", 4, 0.93), WordPair("pelted", 11, "warf", 10, 0.61))
    signals = Signals(0.7, 0.15, 0.5, cross=True, content_words=4, counterparts=2)
    weighed = Weighing(signals, Alignment(4, pairs), None, None)  # type: ignore[arg-type]
    chosen = Candidate(Passage(Span(0, 25), 0.7, (0, 0)), 0.15)
    others = [Candidate(Passage(Span(26, 46), 0.68, (1, 1)), 0.1),
              Candidate(Passage(Span(47, 79), 0.66, (2, 2)), 0.1)]  # fmt: skip
    order: list[object] = []

    def weighing(c: Candidate) -> Weighing:
        order.append(c)
        return weighed

    look_elsewhere(quote, "en", chosen, weighed, [chosen, *others], weighing, text,
                   ahead=lambda cs: order.append(list(cs)))  # fmt: skip
    assert order == [others, *others]  # told them all first, then weighed each


PASSAGES = {
    "de": (
        "Am Morgen brannte die Mühle am Fluss nieder. Der Müller rettete nur seine Ziege. "
        "Im Dorf sprach man wochenlang vom Feuer.",
        "The mill by the river burned down in the morning.",
    ),
    "ru": (
        "Утром сгорела мельница у реки. Мельник спас только свою козу. В деревне долго "
        "говорили о пожаре.",
        "The miller saved nothing but his goat.",
    ),
    "en": (
        "In the morning the mill by the river burned down. The miller rescued only his goat. "
        "For weeks the village spoke of the fire.",
        "The mill on the river was destroyed by fire one morning.",
    ),
}


@pytest.mark.parametrize("language", ["de", "ru", "en"])
def test_the_words_of_candidates_weighed_in_turn_go_to_the_model_in_one_call(
    language: str,
) -> None:
    text, quote = PASSAGES[language]
    spans = [Span(0, text.index(".") + 1)]
    spans.append(Span(spans[0].end + 1, text.index(".", spans[0].end) + 1))
    spans.append(Span(spans[1].end + 1, len(text)))
    candidates = [Candidate(Passage(s, 0.6, (i, i)), 0.1) for i, s in enumerate(spans)]

    def calls_weighing(ahead: bool) -> int:
        wordpairs._VECTORS.clear()  # the process's word vectors: none kept yet
        model = Counting()
        memo = remembering(model)
        q = prepare_quote(quote, "en", language, memo)
        before = len(model.calls)
        if ahead:
            _weighed_next(q, text, language, memo, candidates)
        for c in candidates:
            weigh(q, text, language, c, memo)
        return len(model.calls) - before

    assert calls_weighing(ahead=True) == 1
    assert calls_weighing(ahead=False) >= 2  # each candidate's own call
