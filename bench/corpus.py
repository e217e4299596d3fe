"""Synthetic corpora of 1, 10 and 100 MB built from the two real texts, for the scale runs.

Copy 0 is the real prose (the Gutenberg bodies of both books, about 4 MB); every further copy
is the same prose with a *frequency-preserving word substitution*: the vocabulary is sorted by
frequency, cut into bands of 32 words of similar frequency, and shuffled within each band, with
a different shuffle per copy. A copy therefore keeps the word-frequency profile, line lengths
and punctuation of real prose, but not its word pairs, so a quotation from one copy is not
found verbatim in every other (plain repeats would make every quotation ambiguous). Each copy
is cut into chunks of about 32 KB of whole paragraphs, shuffled, and the stream of chunks is
cut into texts of about 3.3 MB; a corpus is the first texts of that stream. The files go to a
work directory outside the repository and are reused by later runs with the same seed.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from quotegen import gutenberg_body

CORPUS_VERSION = 1
BAND = 32
CHUNK_CHARS = 32_000
TEXT_BYTES = 3_333_334  # 3 texts make 10 MB, 30 make 100 MB
LETTERS = re.compile(r"[^\W\d_]+")


def read_bodies(paths: list[Path]) -> list[str]:
    """The Gutenberg bodies (no licence or header) of the texts."""
    bodies = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        start, end = gutenberg_body(text)
        bodies.append(text[start:end])
    return bodies


def chunks_of(body: str) -> list[str]:
    """Runs of whole paragraphs of about ``CHUNK_CHARS`` characters."""
    paragraphs = re.split(r"\n\s*\n", body)
    chunks, current, size = [], [], 0
    for paragraph in paragraphs:
        current.append(paragraph)
        size += len(paragraph) + 2
        if size >= CHUNK_CHARS:
            chunks.append("\n\n".join(current) + "\n\n")
            current, size = [], 0
    if current:
        chunks.append("\n\n".join(current) + "\n\n")
    return chunks


class Substitution:
    """Frequency-preserving word maps of one prose, one per copy number."""

    def __init__(self, prose: str) -> None:
        counts = Counter(w.lower() for w in LETTERS.findall(prose))
        self.by_frequency = [w for w, _ in counts.most_common()]

    def mapping(self, copy: int) -> dict[str, str]:
        rng = random.Random(f"substitution-{copy}")
        mapping: dict[str, str] = {}
        for i in range(0, len(self.by_frequency), BAND):
            band = self.by_frequency[i : i + BAND]
            shuffled = band[:]
            rng.shuffle(shuffled)
            mapping.update(zip(band, shuffled, strict=True))
        return mapping

    def apply(self, text: str, copy: int) -> str:
        """``text`` with every word replaced by its substitute, capitalization kept."""
        if copy == 0:
            return text
        mapping = self.mapping(copy)

        def substitute(m: re.Match[str]) -> str:
            word = m.group()
            new = mapping.get(word.lower(), word)
            if word[:1].isupper():
                return (
                    new.upper() if word.isupper() and len(word) > 1 else new[:1].upper() + new[1:]
                )
            return new

        return LETTERS.sub(substitute, text)


def copies(bodies: list[str], seed: int) -> Iterator[list[str]]:
    """Chunks of copy 0, 1, 2, ... each shuffled with its own generator."""
    substitution = Substitution("".join(bodies))
    base = [c for body in bodies for c in chunks_of(body)]
    copy = 0
    while True:
        order = base[:]
        random.Random(f"{seed}-order-{copy}").shuffle(order)
        yield [substitution.apply(c, copy) for c in order]
        copy += 1


def build_corpus(paths: list[Path], size_mb: float, workdir: Path, *, seed: int) -> list[Path]:
    """The texts of a ``size_mb`` MB corpus (UTF-8 bytes), written once and reused.

    Corpora are nested: the 10 MB corpus is the first 3 texts of the 100 MB one, and a corpus
    smaller than one text is a prefix of the first text (cut at a paragraph end), so a
    quotation drawn from the 1 MB corpus is at the same place in every larger one.
    """
    folder = workdir / f"corpus-seed{seed}-v{CORPUS_VERSION}"
    folder.mkdir(parents=True, exist_ok=True)
    target = int(size_mb * 1_000_000)
    if target < TEXT_BYTES:
        return [_prefix(folder, paths, target, seed=seed)]
    n_texts = round(target / TEXT_BYTES)
    wanted = [folder / f"text-{i:03d}.txt" for i in range(n_texts)]
    if not all(p.exists() for p in wanted):
        _write_texts(folder, paths, n_texts, seed=seed)
    return wanted


def _write_texts(folder: Path, paths: list[Path], n_texts: int, *, seed: int) -> None:
    """Write ``text-000.txt`` ... until ``n_texts`` texts of about ``TEXT_BYTES`` exist."""
    current: list[str] = []
    size = written = 0
    for chunks in copies(read_bodies(paths), seed):
        for chunk in chunks:
            current.append(chunk)
            size += len(chunk.encode("utf-8"))
            if size >= TEXT_BYTES:
                path = folder / f"text-{written:03d}.txt"
                path.write_text("".join(current), encoding="utf-8")
                current, size = [], 0
                written += 1
                if written == n_texts:
                    return


def _prefix(folder: Path, paths: list[Path], target: int, *, seed: int) -> Path:
    """The start of ``text-000.txt``: about ``target`` bytes, up to a paragraph end."""
    path = folder / f"text-000-prefix-{target}.txt"
    if not path.exists():
        first = build_corpus(paths, TEXT_BYTES / 1e6, folder.parent, seed=seed)[0]
        text = first.read_text(encoding="utf-8")
        chars = len(text.encode("utf-8")[:target].decode("utf-8", "ignore"))
        cut = text.find("\n\n", chars)
        path.write_text(text[: cut + 2 if cut >= 0 else len(text)], encoding="utf-8")
    return path


def absent_prose(paths: list[Path], *, copy: int = 999) -> str:
    """Prose from a substitution copy that no corpus contains (for absent quotations)."""
    bodies = read_bodies(paths)
    substitution = Substitution("".join(bodies))
    return substitution.apply("".join(bodies), copy)
