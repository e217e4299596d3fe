"""The matcher: statuses, typed differences, spans, ambiguity, elisions, interpolations."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sourcecheck.matching.align import align, align_reference, warm_kernels
from sourcecheck.matching.index import build_index, find_candidates
from sourcecheck.matching.match import best_of, match_quote
from sourcecheck.matching.params import MatchParams
from sourcecheck.normalize import tokenize

DIARY = (
    "_February 10, 1918._--The negotiations went on all day and nothing was settled.\n\n"
    "_February 11, 1918._--Trotski declines to sign. The war is over, but there\n"
    "is no peace. The Germans were furious, and Kühlmann spoke of the de facto peace\n"
    "with complete assurance. The first standpoint received 15 votes, the second 32\n"
    "and the third 16. We did not sign the treaty at Brest.\n"
)

PROSE = (
    "It was a bright cold day in April and the clocks were striking thirteen. Winston Smith, "
    "his chin nuzzled into his breast in an effort to escape the vile wind, slipped quickly "
    "through the glass doors of Victory Mansions, though not quickly enough to prevent a swirl "
    "of gritty dust from entering along with him. The hallway smelt of boiled cabbage and old "
    "rag mats. At one end of it a coloured poster, too large for indoor display, had been "
    "tacked to the wall. It depicted simply an enormous face, more than a metre wide: the face "
    "of a man of about forty-five, with a heavy black moustache and ruggedly handsome features."
)


def kinds(result) -> list[str]:
    return [d.kind for d in result.differences]


def test_verbatim_through_typography_and_line_breaks() -> None:
    r = match_quote("“Trotski declines to sign. The war is over, but there is no peace.”", DIARY)
    assert r.status == "verbatim" and r.score == 100
    assert (
        r.span.slice(DIARY) == "Trotski declines to sign. The war is over, but there\nis no peace"
    )


def test_memoir_quote_is_close_with_every_difference_listed() -> None:
    r = match_quote("Trotsky refuses to sign. War is over, but there is no peace.", DIARY)
    assert r.status == "close"
    assert [(d.kind, d.quote, d.source) for d in r.differences] == [
        ("spelling", "Trotsky", "Trotski"),
        ("changed", "refuses", "declines"),
        ("missing", "", "The"),
    ]
    assert "February" not in r.span.slice(DIARY)


def test_negation_flip_is_never_verbatim() -> None:
    r = match_quote("We did sign the treaty at Brest.", DIARY)  # short: partial, never close
    assert r.status == "partial" and "negation" in kinds(r) and "negation" in r.flags
    r = match_quote("The war is over, but there is peace.", DIARY)
    assert r.status != "verbatim" and "negation" in kinds(r)


@pytest.mark.parametrize(
    ("said", "printed", "language"),
    [
        ("possible", "impossible", "en"),
        ("fair", "unfair", "en"),
        ("agreeable", "disagreeable", "en"),
        ("ruhigen", "unruhigen", "de"),
        ("вероятным", "невероятным", "ru"),
    ],
)
def test_a_negating_prefix_is_a_negation_not_a_spelling_variant(
    said: str, printed: str, language: str
) -> None:
    # a long quote: found, but the word that says the opposite is flagged, never "spelling"
    frame = (
        "In the evening the delegates agreed that it would be {} to sign the treaty before "
        "the army reached the line drawn at the last session of the conference."
    )
    r = match_quote(frame.format(said), frame.format(printed), language=language)
    assert r.status == "close" and "negation" in r.flags
    assert [(d.kind, d.quote, d.source) for d in r.differences] == [("negation", said, printed)]
    # a prefix that makes another word, not an opposite, stays what the alignment says
    r = match_quote(frame.format("form"), frame.format("inform"))
    assert "negation" not in r.flags


def test_number_change_is_never_verbatim_and_words_equal_digits() -> None:
    r = match_quote("the first standpoint received 15 votes, the second 33 and the third 16", DIARY)
    assert r.status != "verbatim" and "number" in kinds(r) and "number" in r.flags
    same = match_quote(
        "the first standpoint received fifteen votes, the second thirty-two and the third 16",
        DIARY,
    )
    assert same.status == "close" and "number" not in kinds(same)
    assert {d.kind for d in same.differences} == {"spelling"}


MINUTES = (
    "In the morning the delegates of the Central Powers accepted the proposal of the Soviet "
    "side without debate. The Ukrainians are very different from the Russian delegates. Far "
    "less revolutionary, and with far more interest in their own country."
)


@pytest.mark.parametrize(
    ("quote", "changed", "passage_starts", "passage_ends"),
    [
        ("rejected the proposal of the Soviet side without debate", ("rejected", "accepted"),
         "accepted the", "debate"),
        ("the delegates of the Central Powers accepted the plan", ("plan", "proposal"),
         "the delegates", "the proposal"),
        ("much less revolutionary, and with far more interest in their own country",
         ("much", "Far"), "Far less", "own country"),
        ("the delegates of the Central Powers refused the proposal", ("refused", "accepted"),
         "the delegates", "the proposal"),
    ],
)  # fmt: skip
def test_a_changed_word_at_the_edge_is_changed_not_extra(
    quote: str, changed: tuple[str, str], passage_starts: str, passage_ends: str
) -> None:
    """The quote's first or last word replaced: the passage reaches the source's word in its
    place, and the difference says so (an "extra" word would read as a harmless addition)."""
    r = match_quote(quote, MINUTES)
    assert r.span is not None and r.status in ("close", "partial")
    passage = MINUTES[r.span.start : r.span.end]
    assert passage.startswith(passage_starts) and passage.endswith(passage_ends), passage
    assert ("changed", *changed) in [(d.kind, d.quote, d.source) for d in r.differences]
    assert "extra" not in kinds(r)


@pytest.mark.parametrize(
    ("quote", "edge"),
    [
        ("And the delegates of the Central Powers accepted the proposal", 0),  # joining word
        ("Comrades, the delegates of the Central Powers accepted the proposal", 0),  # a mark
        ("very different from the Russian delegates, he said", -1),  # another sentence
    ],
)
def test_a_word_the_writer_added_at_the_edge_stays_extra(quote: str, edge: int) -> None:
    r = match_quote(quote, MINUTES)
    assert r.span is not None and kinds(r)[edge] == "extra"
    assert "changed" not in kinds(r)


def test_ellipsis_hiding_a_negation_is_not_verbatim() -> None:
    r = match_quote("We did ... sign the treaty at Brest.", DIARY)
    assert r.status != "verbatim"
    assert ("negation", "not") in [(d.kind, d.source) for d in r.differences]


def test_elided_segments_in_order_are_verbatim() -> None:
    r = match_quote("Trotski declines to sign ... Kühlmann spoke of the de facto peace", DIARY)
    assert r.status == "verbatim" and "elided" in r.flags and len(r.segments) == 2
    assert r.span.slice(DIARY).startswith("Trotski") and r.span.slice(DIARY).endswith("peace")


def test_elided_segment_missing_is_partial() -> None:
    r = match_quote("Trotski declines to sign ... the Austrians danced a waltz at midnight", DIARY)
    assert r.status == "partial" and "only 1 of 2 elided segments" in r.reason


def test_elided_segments_out_of_order_are_not_verbatim() -> None:
    r = match_quote("Kühlmann spoke of the de facto peace ... Trotski declines to sign", DIARY)
    assert r.status != "verbatim"


def test_interpolation_is_ignored_and_flagged() -> None:
    r = match_quote("Trotski [that is, Trotsky] declines to sign. The war [!] is over", DIARY)
    assert r.status == "verbatim" and "interpolated" in r.flags


def test_absent_quote_is_not_found_with_a_reason() -> None:
    r = match_quote("The hallway smelt of boiled cabbage and old rag mats.", DIARY)
    assert r.status == "not_found" and r.span is None
    assert r.reason


def test_sharing_common_words_is_not_close() -> None:
    # shares "the", "was", "and", "of", "the" with PROSE but is not there
    r = match_quote("the peace was signed and the war of the Allies was over at last", PROSE)
    assert r.status == "not_found"


def test_short_quote_does_not_match_a_lookalike() -> None:
    assert match_quote("rag rugs", PROSE).status == "not_found"
    assert match_quote("old rag mats", PROSE).status == "verbatim"
    assert match_quote("bright hot day", PROSE).status == "not_found"


@pytest.mark.parametrize(
    ("quote", "source", "kind", "shown"),
    [  # found by the index, as verify finds them; each was close
        ("This knowledge is useful in three ways.", "This knowledge is useful in two ways.",
         "number", "number “three” → “two”"),
        ("It is much safer to be loved.", "It is not much safer to be loved. Here.",
         "negation", "negation “not” (not in the quote)"),
    ],
)  # fmt: skip
def test_a_short_quote_whose_number_or_negation_differs_is_partial_not_close(
    quote: str, source: str, kind: str, shown: str
) -> None:
    r = match_quote(quote, source, index=build_index(source))
    assert r.status == "partial" and kind in r.flags and shown in r.reason
    assert r.reason.startswith(f"a short quotation (7 words) found with its {kind} changed")


def test_a_short_quote_with_another_word_for_a_spelling_variant_is_not_found() -> None:
    source = "The father came in at once."
    r = match_quote("The mother came in at once.", source, index=build_index(source))
    assert r.status == "not_found" and "lookalike" in r.flags
    assert "it says “mother” where the source has “father”" in r.reason


def test_a_short_quote_keeps_a_name_spelled_another_way() -> None:
    r = match_quote("Trotsky declines to sign it.", "Trotski declines to sign it.")
    assert r.status == "close"


def test_ambiguous_when_two_places_are_equally_good() -> None:
    text = PROSE + "\n\nLater: " + PROSE
    r = match_quote("the clocks were striking thirteen", text, index=build_index(text))
    assert r.status == "verbatim" and "ambiguous" in r.flags and len(r.alternatives) == 1
    assert r.alternatives[0].slice(text) == r.span.slice(text)


def test_index_and_whole_text_agree() -> None:
    """The fast path (index) and the reference (whole-text alignment) give one answer."""
    index = build_index(PROSE)
    for quote in (
        "slipped quickly through the glass doors of Victory Mansions",
        "a coloured poster, too large for indoor display",
        "a heavy black moustache and rugedly handsome features",
    ):
        fast = match_quote(quote, PROSE, index=index)
        reference = match_quote(quote, PROSE, params=MatchParams(), index=None)
        assert (fast.status, fast.span) == (reference.status, reference.span)


def test_candidates_find_the_right_region() -> None:
    text = "filler words here. " * 2000 + PROSE + " more filler words." * 2000
    index = build_index(text)
    best = find_candidates(index, tokenize("an effort to escape the vile wind"))[0]
    assert abs(best.start - text.index("an effort to escape")) < 50


words = st.lists(st.sampled_from(PROSE.split()), min_size=1, max_size=3)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.integers(0, len(PROSE) - 1), st.integers(6, 25))
def test_any_exact_stretch_is_found_verbatim_at_its_offsets(start: int, n_words: int) -> None:
    tokens = tokenize(PROSE)
    first = next((i for i, s in enumerate(tokens.starts) if s >= start), 0)
    last = min(first + n_words, len(tokens)) - 1
    a, b = tokens.span(first, last)
    r = match_quote(PROSE[a:b], PROSE, index=build_index(PROSE))
    assert r.status == "verbatim"
    assert r.span.slice(PROSE) == PROSE[a:b] or "ambiguous" in r.flags
    assert (r.span.start, r.span.end) == (a, b) or "ambiguous" in r.flags


def test_extra_word_in_quote_and_ocr_damage_are_close() -> None:
    r = match_quote(
        "It was a very bright cold day in April and the clocks were striking thirteen", PROSE
    )
    assert r.status == "close" and [(d.kind, d.quote) for d in r.differences] == [("extra", "very")]
    r = match_quote("a swirl of grifty dust from cntering along with him", PROSE)
    assert r.status == "close" and {d.kind for d in r.differences} == {"spelling"}
    assert [d.source for d in r.differences] == ["gritty", "entering"]


def test_a_shard_of_several_texts_names_the_text_that_holds_a_quote() -> None:
    from sourcecheck.matching.search import choose, search
    from sourcecheck.matching.shards import ALL, EXCEPT, ONLY, Shard, make_queries, text_run

    texts = {7: DIARY * 3, 9: PROSE, 12: "nothing to see here at all " * 50}
    bases = [0, len(texts[7]) + 1, len(texts[7]) + len(PROSE) + 2]
    shard = Shard(
        shard_id=1,
        text_ids=np.array(list(texts), dtype=np.int64),
        bases=np.array(bases, dtype=np.int64),
        sources=np.array([0, 1, 1], dtype=np.int64),
        source_names=("diary", "novel"),
        runs=tuple(text_run(build_index(t), b) for t, b in zip(texts.values(), bases, strict=True)),
    )
    quotes = ["the vile wind, slipped quickly", "Kühlmann spoke of the de facto peace",
              "entirely absent words appear", "the vile wind, slipped quickly"]  # fmt: skip
    queries = make_queries(
        [tokenize(q) for q in quotes], ["novel", "novel", "novel", "novel"], [ALL, ALL, ALL, EXCEPT]
    )
    chosen = choose(search(shard, queries), queries)
    assert chosen[0][0].text_id == 9 and chosen[1][0].text_id == 7
    assert chosen[2] == [] and all(c.text_id == 7 for c in chosen[3])
    only = make_queries([tokenize(quotes[1])], ["novel"], [ONLY])
    assert all(c.text_id != 7 for c in choose(search(shard, only), only)[0])
    # the place within the text is the one find_candidates gives on the text alone
    alone = find_candidates(build_index(PROSE), tokenize(quotes[0]))
    assert [(c.start, c.votes) for c in chosen[0]] == [(c.start, c.votes) for c in alone]


def test_repeated_common_pairs_do_not_outvote_the_true_place() -> None:
    decoy = (
        "Was the will of the people the expression of the will of the army? "
        "Was the will of the nation the expression of the will of the crowd?\n"
    )
    filler = " ".join(f"w{i}" for i in range(200)) + "\n"
    text = (decoy + filler) * 3 + "Only the expression of the will of the Deity, not dependent.\n"
    r = match_quote(
        "Only the expression of the will of the Deity, not", text, index=build_index(text)
    )
    assert r.status == "verbatim" and r.span.slice(text).startswith("Only the expression")


def test_a_common_elided_segment_is_placed_next_to_the_rare_one() -> None:
    filler = " ".join(f"w{i}" for i in range(60))
    text = "".join(f"The President of the Council spoke. {filler}\n" for _ in range(5))
    text += "The President of the Central Executive Committee of Soldiers' Deputies arrived."
    for index in (build_index(text), None):
        r = match_quote("The President of the [...] Soldiers' Deputies", text, index=index)
        assert r.status == "verbatim" and r.span.slice(text).startswith("The President of the C")


def test_scale_words_and_contracted_negations_are_typed() -> None:
    r = match_quote(
        "he had three thousand serfs and two mills", "he had three hundred serfs and two mills"
    )
    assert [(d.kind, d.quote, d.source) for d in r.differences] == [
        ("number", "thousand", "hundred")
    ]
    r = match_quote("You shall go there with him tomorrow", "You shan’t go there with him tomorrow")
    assert r.status != "verbatim" and [d.kind for d in r.differences] == ["negation"]


def test_not_found_carries_no_loud_flags() -> None:
    r = match_quote("one of his friends wrote that they would have sent troops", PROSE)
    assert r.status == "not_found" and "number" not in r.flags and "negation" not in r.flags


def test_best_of_prefers_the_better_status_then_the_higher_score() -> None:
    """Status first: a partial match beats a not_found candidate of higher score."""
    verbatim = match_quote("The war is over, but there is no peace.", DIARY)
    close = match_quote("Trotsky declines to sign. War is over, but there is no peace.", DIARY)
    worse = match_quote("Trotsky declined to sign. War is over, but there is no peace.", DIARY)
    partial = match_quote("Trotski declines to sign ... the Austrians danced a waltz", DIARY)
    missing = match_quote("The Germans were happy, and everyone danced", DIARY)
    statuses = [r.status for r in (verbatim, close, worse, partial, missing)]
    assert statuses == ["verbatim", "close", "close", "partial", "not_found"]
    assert missing.score > partial.score and close.score > worse.score
    assert best_of([missing, partial, close, verbatim]) is verbatim
    assert best_of([missing, partial]) is partial
    assert best_of([worse, close]) is close and best_of([close, worse]) is close
    assert best_of([]) is None


# -- the alignment: the fast path (word-for-word occurrences) and the reference DP ----------

ALIGNERS = [align, align_reference]


@pytest.fixture(scope="module", autouse=True)
def compiled() -> None:
    """The compiled kernels loaded, so that align and search_text run them (a process loads
    them only once it has aligned a lot, see use_compiled) against their references."""
    warm_kernels()


def test_a_small_run_does_not_load_the_compiled_code_and_a_large_one_does() -> None:
    code = """
import sys
from sourcecheck.matching import align as a
from sourcecheck.matching.index import build_index
from sourcecheck.matching.match import match_quote
text = "It rained. Trotski declines to sign. The war is over, but there is no peace. " * 50
result = match_quote("Trotsky declines to sign", text, index=build_index(text))
assert result.status == "close", result
assert "numba" not in sys.modules and 0 < a._runs_without < a.COMPILED_AFTER  # numpy's
for _ in range(a.COMPILED_AFTER):
    a.align(("trotsky", "declines"), ("trotski", "declines", "to"))
assert "sourcecheck.matching.kernel" in sys.modules and "numba" in sys.modules
"""
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


@pytest.mark.parametrize("aligner", ALIGNERS)
def test_alignment_places_the_quote_with_its_gaps(aligner) -> None:
    text = ("the", "war", "is", "now", "over", "but", "the", "war", "is", "over")
    exact = aligner(("war", "is", "over"), text)
    assert (exact.first, exact.last, exact.cost) == (7, 9, 0.0)
    assert [(op.q, op.t) for op in exact.ops] == [(0, 7), (1, 8), (2, 9)]
    last = aligner(("the", "war", "is"), text, prefer_last=True)
    assert (last.first, last.last, last.cost) == (6, 8, 0.0)
    first = aligner(("the", "war", "is"), text)
    assert (first.first, first.last) == (0, 2)
    gapped = aligner(("war", "is", "over", "but"), text)
    assert (gapped.first, gapped.last, gapped.cost) == (1, 5, 1.0)
    variant = aligner(("trotsky", "declines"), ("trotski", "declines", "to", "sign"))
    assert variant.first == 0 and 0 < variant.cost < 0.5
    assert aligner((), text) is None and aligner(("war",), ()) is None


@pytest.mark.parametrize("aligner", ALIGNERS)
def test_a_passage_deep_in_a_long_window_is_placed_on_its_own_words(aligner) -> None:
    # past some 16,000 words float32 lost the hundredths the trace back compares, and a
    # quote placed in a whole book (match_quote without an index) spanned 14,000 words
    filler = tuple(f"w{i % 997}" for i in range(40_000))
    passage = ("here", "there", "is", "great", "valour", "in", "the", "limbs", "whilst", "it",
               "fails", "in", "the", "head")  # fmt: skip
    quote = ("here", "there", "is", "great", "virtue", "in", "the", "members", "if", "it",
             "were", "not", "wanting", "in", "the", "heads")  # fmt: skip
    placed = aligner(quote, filler + passage + filler[:50])
    assert (placed.first, placed.last) == (40_000, 40_000 + len(passage) - 1)
    assert placed.cost < 8


vocabulary = st.sampled_from(["war", "peace", "is", "over", "the", "not", "wars", "piece"])


@settings(max_examples=300, deadline=None)
@given(st.lists(vocabulary, min_size=1, max_size=6), st.lists(vocabulary, max_size=14),
       st.booleans())  # fmt: skip
def test_the_fast_path_agrees_with_the_reference(quote, text, prefer_last) -> None:
    assert align(tuple(quote), tuple(text), prefer_last=prefer_last) == align_reference(
        tuple(quote), tuple(text), prefer_last=prefer_last
    )


@settings(max_examples=200, deadline=None)
@given(st.lists(vocabulary, min_size=1, max_size=5), st.lists(vocabulary, max_size=8),
       st.lists(vocabulary, max_size=8), st.booleans())  # fmt: skip
def test_a_quote_present_word_for_word_takes_the_fast_path(quote, before, after, last) -> None:
    text = tuple(before + quote + after)
    fast = align(tuple(quote), text, prefer_last=last)
    assert fast == align_reference(tuple(quote), text, prefer_last=last)
    assert fast.cost == 0.0


def test_the_index_is_the_same_whatever_the_chunks_it_is_read_in(monkeypatch) -> None:
    from sourcecheck.matching import index as index_module

    whole = build_index(DIARY + PROSE)
    monkeypatch.setattr(index_module, "CHUNK_WORDS", 7)
    chunked = build_index(DIARY + PROSE)
    assert whole.n_words == chunked.n_words == len(tokenize(DIARY + PROSE))
    assert np.array_equal(whole.keys, chunked.keys)
    assert np.array_equal(whole.positions, chunked.positions)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 4000), st.integers(4, 40)), min_size=1, max_size=12))
def test_pruned_votes_give_the_candidates_every_hit_gives(stretches) -> None:
    """The search counts the common seeds' votes only where they can matter; letting every
    hit vote (the reference) gives the same candidates, and so does the compiled search of
    one text (match_quote's), with the default limits and with tight ones."""
    from sourcecheck.matching.search import SearchParams, choose, search, search_text
    from sourcecheck.matching.shards import ALL, make_queries, single_text_shard

    text = (DIARY + PROSE) * 6 + "the war is over " * 300
    tokens, shard = tokenize(text), single_text_shard(build_index(text))
    segments = []
    for start, n in stretches:
        words = tokens.words[start : start + n]
        segments.append(tokenize(" ".join(w if i % 7 else "zebra" for i, w in enumerate(words))))
    queries = make_queries(segments, [""] * len(segments), [ALL] * len(segments))
    pruned = choose(search(shard, queries), queries)
    reference = choose(search(shard, queries, params=SearchParams(prune=False)), queries)
    assert pruned == reference
    assert choose(search_text(build_index(text), queries), queries) == reference
    tight = SearchParams(max_seeds=5, max_occurrences=40, max_hits=90, top=2)
    assert choose(search_text(build_index(text), queries, params=tight), queries, top=2) == choose(
        search(shard, queries, params=tight), queries, top=2
    )


def test_a_not_found_reason_names_the_rule_that_refused_the_candidate() -> None:
    # scores 70.2, above partial_min, but only "to sign" is found unchanged
    r = match_quote("Trotsky refuses to sign", "He said: Trotski declines to sign. Fine.")
    assert r.status == "not_found" and r.score > MatchParams().partial_min
    assert "below" not in r.reason
    assert "only 2 words of the quote found unchanged there (a partial match needs 4)" in r.reason
    low = match_quote("the peace was signed and the war of the Allies was over at last", PROSE)
    assert low.score < 60 and "its score is below 60" in low.reason


def test_a_candidate_of_function_words_only_is_no_candidate() -> None:
    """An absent quote whose nearest words in the text are "upon the" got a score (26.9)
    from them, as if a passage had been compared: it is "nothing comparable", unscored."""
    text = "He sat upon the bench and waited for the evening train to reach the station."
    result = match_quote("The Emperor rode upon the white horse of Mars.", text)
    assert result.status == "not_found" and result.score == 0 and not result.scored
    assert "function words only (“the upon”)" in result.reason or (
        "function words only (“upon the”)" in result.reason
    ), result.reason
    # one shared content word is a candidate, with its score
    near = match_quote("The Emperor sat upon the white horse of Mars.", text)
    assert near.status == "not_found" and near.scored and near.score > 0, near.reason


def test_a_number_is_not_called_a_function_word() -> None:
    """A claim whose only word the text has is a figure ("8") was said to share "function
    words only (“8”)" (walk78, --no-meaning)."""
    text = "Die Versammlung begann am 8. Mai im großen Saal des Rathauses."
    result = match_quote("The assembly of 8 fishermen sang loudly in the harbour.", text)
    assert result.status == "not_found" and result.score == 0
    assert "function words" not in result.reason
    assert "number" in result.reason and "“8”" in result.reason


def test_a_candidate_with_no_word_unchanged_is_not_named() -> None:
    """A candidate that shares no word of the quote as printed, only a name spelled otherwise
    ("Trotzki in" for "Trotsky ... in"), was named with "only 0 words of the quote found
    unchanged" (walk78, --no-meaning): it is no candidate."""
    text = "Gestern sprach Kowalski in der Schule über den langen Winter am Meer."
    result = match_quote("Kowalsky spoke about wolves and the forests of the north.", text)
    assert result.status == "not_found" and result.score == 0
    assert "only 0 words" not in result.reason and "best candidate" not in result.reason
    assert "spelling variants" in result.reason
