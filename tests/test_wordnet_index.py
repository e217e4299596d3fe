"""WordNet's index lines found by a binary search over the file's lines split once
(:func:`sourcecheck.matching.wordnet._index_line`): the line of every lemma asked, none for a
word the index lacks, whether it sorts before, between or after its lemmas (cost114: the
search used to walk the mapped file from Python)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sourcecheck.matching import wordnet

INDEX = (
    "  1 This software and database is being provided to you, the LICENSEE, by\n"
    "  2 Princeton University under the following license.\n"
    "'hood n 1 1 @ 1 0 08641944\n"
    "abandon v 5 3 @ ~ + 5 2 02228031 02227741 02076676 00614057 00613393\n"
    "abandoned a 2 2 & = 2 0 01314440 00090408\n"
    "win v 4 4 @ ~ * + 4 2 01100145 01065094 02288295 02287789\n"
    "win_over v 1 2 @ + 1 0 00769553\n"
    "winner n 4 3 @ ~ ; 4 2 10782940 10782791 10782635 10782471\n"
)


@pytest.fixture
def index_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    for pos in ("noun", "verb", "adj", "adv"):
        (tmp_path / f"index.{pos}").write_text(INDEX)
    monkeypatch.setenv("WNSEARCHDIR", str(tmp_path))
    wordnet._mapped.cache_clear()
    yield tmp_path
    wordnet._mapped.cache_clear()


def test_every_lemma_found_and_nothing_else(index_folder: Path) -> None:
    lines = [line for line in INDEX.splitlines() if not line.startswith(" ")]
    for line in lines:
        lemma = line.split(" ")[0]
        assert wordnet._index_line("v", lemma) == line.encode()
    for missing in ("", "a", "abandons", "wi", "winn", "win over", "zebra", "ändern", "слово"):
        assert wordnet._index_line("v", missing) is None
    # a lemma that is another's beginning finds its own line, not its neighbour's
    assert (wordnet._index_line("n", "win") or b"").startswith(b"win v ")


def test_senses_read_from_the_found_line(index_folder: Path) -> None:
    assert wordnet._index_line("r", "win_over") == b"win_over v 1 2 @ + 1 0 00769553"
    fields = (wordnet._index_line("v", "winner") or b"").split()
    assert fields[6 + int(fields[3]) :] == [b"10782940", b"10782791", b"10782635", b"10782471"]


def test_a_folder_mapped_afresh_is_read_afresh(index_folder: Path) -> None:
    assert wordnet._index_line("v", "abandoned") is not None
    (index_folder / "index.verb").write_text(INDEX.replace("abandoned", "abandonee"))
    wordnet._mapped.cache_clear()
    assert wordnet._index_line("v", "abandoned") is None
    assert wordnet._index_line("v", "abandonee") is not None


@pytest.mark.skipif(not wordnet.available(), reason="WordNet is not installed")
def test_the_installed_index() -> None:
    assert (wordnet._index_line("v", "win") or b"").startswith(b"win v ")
    assert (wordnet._index_line("n", "horse") or b"").startswith(b"horse n ")
    assert wordnet._index_line("n", "horsez") is None
