"""A passage rejected on its similarity alone is still aligned when the quote states a
figure, so that a changed figure is named at it (issue 10: a changed number moves the
sentence vector so far that the passage quoted looks like a topic match). Passages written
for these tests."""

from __future__ import annotations

from sourcecheck.matching.embed import default_embedder
from sourcecheck.matching.evidence import Weighing
from sourcecheck.matching.meaning import Candidate, choose
from sourcecheck.matching.passages import Passage
from sourcecheck.matching.prepared import prepare_quote
from sourcecheck.models import Span

TEXT = (
    "Im Herbst lebten wir in der alten Mühle. Da man zwei Zimmer des Hauses an drei "
    "Gärtner vermietet hatte, war es in der Küche eng."
)


def _weighed(quote: str) -> Weighing:
    embedder = default_embedder()
    q = prepare_quote(quote, "en", "de", embedder)
    at = TEXT.index("Da man")
    hopeless = Candidate(Passage(Span(at, len(TEXT)), 0.30, (1, 1)), -0.05)  # no contender
    return choose(q, TEXT, "de", [hopeless], embedder)[1]


def test_a_hopeless_passage_is_aligned_only_for_a_quote_with_a_figure() -> None:
    figure = _weighed("Two rooms of the house had been let to five gardeners.")
    assert figure.signals.coverage is not None and figure.signals.coverage > 0.5
    assert "number" in figure.comparison.flags  # five / drei: named at the candidate
    plain = _weighed("Rooms of the house had been let to gardeners.")
    assert plain.signals.coverage is None  # nothing to name: not aligned (its cost spared)
