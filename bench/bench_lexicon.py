"""How many Russian and German content words the bilingual dictionaries translate into English.

For each language, the content words of the labelled set's sides in that language (a quote
written in it, the true passage of a text in it: ``bench/data/meaning.yaml``) and of any
``--texts`` given (files of that language, named ``*-ru.txt`` / ``*-de.txt``) are counted,
each distinct word once ("types") and every occurrence ("tokens"); a word counts as covered
when :func:`sourcecheck.matching.bilingual.translated_words` gives it at least one English
word. Run as ``PYTHONPATH=src .venv/bin/python bench/bench_lexicon.py [--texts FILE...]``.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from pathlib import Path

import yaml
from meaning_set import text_path

from sourcecheck.matching import bilingual
from sourcecheck.matching.stems import content_words

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def _words(text: str, language: str) -> list[str]:
    """The content words of ``text`` in ``language`` (Cyrillic ones for Russian, others for
    German), each occurrence."""
    found = [w for w in WORD.findall(text) if bool(CYRILLIC.search(w)) == (language == "ru")]
    kept = set(content_words(found, language))
    return [w for w in found if w in kept]


def labelled(path: Path) -> dict[str, Counter[str]]:
    """The content words of each language's sides of the labelled set."""
    counts: dict[str, Counter[str]] = {"ru": Counter(), "de": Counter()}
    texts: dict[str, str] = {}
    for case in yaml.safe_load(path.read_text(encoding="utf-8")):
        quote_language, text_language = case["pair"].split(">")
        if quote_language in counts:
            counts[quote_language].update(_words(case["quote"], quote_language))
        if text_language in counts and case.get("span"):
            if case["text"] not in texts:
                texts[case["text"]] = text_path(case["text"]).read_text(encoding="utf-8")
            start, end = case["span"]
            counts[text_language].update(_words(texts[case["text"]][start:end], text_language))
    return counts


def coverage(counts: Counter[str], language: str) -> str:
    """Covered types and tokens of ``counts``."""
    covered = [w for w in counts if bilingual.translated_words(w, language, "en")]
    tokens, total = sum(counts[w] for w in covered), sum(counts.values())
    return (
        f"types {len(covered)}/{len(counts)} = {100 * len(covered) / max(len(counts), 1):.1f}%, "
        f"tokens {tokens}/{total} = {100 * tokens / max(total, 1):.1f}%"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", default=str(ROOT / "bench" / "data" / "meaning.yaml"))
    parser.add_argument("--texts", nargs="*", default=[], help="*-ru.txt / *-de.txt files")
    args = parser.parse_args()
    started = time.process_time()
    print("dictionaries:", bilingual.dictionaries())
    for language, counts in labelled(Path(args.set)).items():
        print(f"{language} labelled set: {coverage(counts, language)}")
    for language in ("ru", "de"):
        counts = Counter[str]()
        for name in (t for t in args.texts if t.endswith(f"-{language}.txt")):
            counts.update(_words(Path(name).read_text(encoding="utf-8"), language))
        if counts:
            print(f"{language} texts: {coverage(counts, language)}")
    print(f"CPU {time.process_time() - started:.1f} s")


if __name__ == "__main__":
    main()
