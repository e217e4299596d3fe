"""Normalization: offsets map back to the exact original; folding is idempotent."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sourcecheck.matching.quote import parse_quote
from sourcecheck.normalize import fold, normalize, tokenize

TYPOGRAPHY = st.sampled_from(
    list("abcdeéfghijklmnopqrstuvwxyzÆøß0123456789 ,.;:!?-–—'’“”\"()\n\tﬁﬂ")
)
texts = st.text(TYPOGRAPHY, max_size=300)


@given(texts)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(texts)
def test_every_token_span_slices_to_a_word_that_folds_to_it(text: str) -> None:
    tokens = tokenize(text)
    for word, start, end in zip(tokens.words, tokens.starts, tokens.ends, strict=True):
        assert fold(text[start:end]) == word
        assert start < end
    assert list(tokens.starts) == sorted(tokens.starts)


# the joiners of a word ("Bol-\nsheviks", "30 000"), a combining mark, a word that folds to
# nothing (U+02BC alone), so that windows' edges fall inside words
WINDOWED = st.text(st.sampled_from([*"ab1 ,.-\n", "\u0301", "\u00a0", "\u02bc"]))


@settings(max_examples=300)
@given(WINDOWED, st.integers(0, 60), st.integers(0, 60))
def test_a_window_sliced_from_the_spans_is_the_window_scanned(text: str, a: int, b: int) -> None:
    """Matching takes a window's words from the spans of the whole text (built with its
    index): the same tokens as a scan of the window, wherever its edges fall."""
    from sourcecheck.matching.index import build_index

    spans = build_index(text).spans
    start, end = min(a, b), max(a, b)
    assert tokenize(text, start, end, spans=spans) == tokenize(text, start, end)
    assert tokenize(text, spans=spans) == tokenize(text)


def test_typography_is_ignored() -> None:
    assert normalize("“Trotsky’s ﬁrst—reply,” KÜHLMANN said") == normalize(
        '"Trotsky\'s first -- reply," Kuhlmann said'
    )
    assert normalize("the Bol-\nsheviks") == normalize("the Bolsheviks")
    assert normalize("dung-heap") == "dungheap"


def test_quote_parsing_elisions_and_interpolations() -> None:
    parsed = parse_quote("those happy by-gone days [!] and to think . . . of all [...] the misery…")
    assert [" ".join(s.words) for s in parsed.segments] == [
        "those happy bygone days and to think",
        "of all",
        "the misery",
    ]
    assert parsed.interpolations == ("[!]",)
    assert parsed.elided
    # offsets of segment words point into the quote as printed
    first = parsed.segments[0]
    assert parsed.quote[first.starts[2] : first.ends[2]] == "by-gone"
