"""Could a cheap gate skip the meaning stage's excerpts? Measured on the labelled set.

``verify`` searches a large library's texts without vectors only in excerpts around the word
search's windows (``MeaningParams.excerpt_chars`` each side). A gate would skip an excerpt
that cannot hold a rendering: one sharing fewer than N content stems with the quote (same
language), or no name, number or date (across languages). For every case that the stage
finds ``reworded`` (as ``bench_meaning.py`` runs it), this prints what the rendering shares
with the quote: content stems in the units that hold the passage (the least a gate could
look at) and in the excerpt around it; across languages, anchors (names, numbers, dates
compared as :func:`~sourcecheck.matching.anchors.compare_anchors` does) in the excerpt.
A gate at N keeps every rendering only if no row's minimum is under N.

Run: ``.venv/bin/python bench/meaning_gate.py``.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import yaml
from bench_match import table
from meaning_set import stored_vectors, text_path

from sourcecheck.matching.anchors import compare_anchors, read_anchors
from sourcecheck.matching.match import match_quote
from sourcecheck.matching.meaning import MeaningParams, match_meaning
from sourcecheck.matching.quote import parse_quote
from sourcecheck.matching.readings import plain_quote
from sourcecheck.matching.stems import content_stems
from sourcecheck.matching.vectors import raw_words, text_units
from sourcecheck.models import Span
from sourcecheck.rewording import wants_meaning

ROOT = Path(__file__).resolve().parent.parent
PAD = MeaningParams().excerpt_chars


def shared(case: dict, text: str, span: Span) -> tuple[int, int]:
    """(in the units holding the passage, in the excerpt around it): content stems shared
    with the quote in the same language, anchors across languages (then the first is -1)."""
    q_lang, t_lang = case["pair"].split(">")
    quote = plain_quote(parse_quote(case["quote"]))
    excerpt = text[max(0, span.start - PAD) : span.end + PAD]
    if q_lang != t_lang:
        c = compare_anchors(read_anchors(quote, q_lang), read_anchors(excerpt, t_lang))
        return -1, len(c.shared_names) + (c.numbers_agree is not None) + (c.dates_agree is not None)
    stems = set(content_stems(raw_words(quote), t_lang))
    units = text_units(text, t_lang)
    held = [
        units.stems[i]
        for i, (a, b) in enumerate(units.spans.tolist())
        if a < span.end and b > span.start
    ]
    around = set(content_stems(raw_words(excerpt), t_lang))
    return len(stems & frozenset().union(*held)), len(stems & around)


def main() -> None:
    cases = yaml.safe_load((ROOT / "bench" / "data" / "meaning.yaml").read_text("utf-8"))
    texts: dict[str, str] = {}
    rows: dict[tuple[str, str], list[tuple[int, int, str]]] = defaultdict(list)
    for case in cases:
        name = case["text"]
        if name not in texts:
            texts[name] = text_path(name).read_text(encoding="utf-8")
        text, parsed = texts[name], parse_quote(case["quote"])
        if not wants_meaning(match_quote(parsed, text), parsed):
            continue
        q_lang, t_lang = case["pair"].split(">")
        found = match_meaning(
            parsed, text, language=q_lang, text_language=t_lang, vectors=stored_vectors(name)
        )
        if found.status == "reworded" and found.span is not None:
            units, around = shared(case, text, found.span)
            rows[(case["category"], case["pair"])].append((units, around, case["id"]))
    out = []
    for (category, pair), found in sorted(rows.items()):
        cross = found[0][0] < 0
        least = min(found, key=lambda r: (r[0], r[1]))
        out.append([
            category, pair, len(found),
            "-" if cross else min(r[0] for r in found),
            "-" if cross else sum(r[0] < 2 for r in found),
            min(r[1] for r in found),
            sum(r[1] == 0 for r in found) if cross else "-",
            least[2],
        ])  # fmt: skip
    headers = ["category", "pair", "found reworded", "least stems in its units",
               "under 2 there", f"least in the excerpt (±{PAD})",
               "no anchor in the excerpt", "least case"]  # fmt: skip
    print(table(headers, out))


if __name__ == "__main__":
    main()
