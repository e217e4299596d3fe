"""A passage's numbers are read once (facts/languages.py: ``read_numbers_in`` remembers them for
a quote or a passage, which a weighing's readers each read again), with the same answer as a
fresh reading, a new list for each caller, and a whole text not kept by the cache.

The passages are ours (written for these tests)."""

from __future__ import annotations

import pytest

from sourcecheck.facts.languages import (
    REMEMBERED_CHARS,
    _numbers_in,
    _remembered_numbers,
    read_numbers_in,
)

PASSAGES = [
    (
        "en",
        "On 3 May 1,500 men and thirty-two guns crossed the river; twelve were lost.",
        [3, 1500, 32, 12],
    ),
    (
        "de",
        "Am 3. Mai setzten über 1.500 Mann und zweiundzwanzig Kanonen über den Fluss.",
        [3, 1500, 22],
    ),
    ("ru", "Третьего мая через реку переправились двести солдат и 15 000 лошадей.", [200, 15000]),
]


@pytest.mark.parametrize(("language", "passage", "values"), PASSAGES)
def test_a_passages_numbers_are_read_once_and_as_a_fresh_reading_reads_them(
    language: str, passage: str, values: list[float]
) -> None:
    _remembered_numbers.cache_clear()
    first = read_numbers_in(passage, language)
    assert [n.value for n in first] == values
    assert first == list(_numbers_in(passage, language))  # what a fresh reading gives
    first.clear()  # a caller's list is its own: the remembered numbers stay
    again = read_numbers_in(passage, language)
    assert again == list(_numbers_in(passage, language)) and again
    info = _remembered_numbers.cache_info()
    assert (info.misses, info.hits) == (1, 1)


def test_a_whole_text_is_read_without_being_remembered() -> None:
    _remembered_numbers.cache_clear()
    text = "In 1918 there were 300 delegates. " * (REMEMBERED_CHARS // 30)
    assert len(text) > REMEMBERED_CHARS
    numbers = read_numbers_in(text, "en")
    assert [n.value for n in numbers[:2]] == [1918.0, 300.0]
    assert _remembered_numbers.cache_info().currsize == 0
