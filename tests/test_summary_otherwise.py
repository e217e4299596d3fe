"""The report summary counts a faithful rendering apart (a new user's finding, walk99 F15): a
`reworded` result with no alarm and most of its words rendered is "said in other words", not
"need a look", so a set of faithful translations no longer reads "0 supported, all need a
look"; a flagged one, or one leaving much of the quote without counterpart, still needs a look.
"""

from __future__ import annotations

from sourcecheck.report import render
from sourcecheck.report.data import VERDICTS, Card, Report


def _card(claim: str, flags: list[str], shared: list[str], unmatched: list[str]) -> Card:
    item = {
        "claim": claim, "source": "s", "status": "reworded", "score": 80.0, "text": 1,
        "span": {"start": 0, "end": 5}, "passage": "words", "selector": None, "differences": [],
        "flags": flags, "reason": "the source says this in other words", "alternatives": [],
        "quote": "q", "kind": "quotation", "speaker": None, "date": None, "locator": None,
        "document": None, "location": {"start": None, "end": None, "paragraph": None},
        "verified_at": None, "run": 1, "facts": [], "similarity": 80.0, "language": "de",
        "evidence": {"shared_words": shared, "unmatched_words": unmatched,
                     "quote_language": "en"},
    }  # fmt: skip
    return Card(item, None, None, [], [])


def test_faithful_renderings_are_counted_apart_from_those_to_look_at() -> None:
    faithful = _card("ok", [], ["a/b", "c/d", "e/f", "g/h"], ["x"])
    flagged = _card("neg", ["negation"], ["a/b", "c/d", "e/f", "g/h"], [])
    thin = _card("thin", [], ["Wien", "grain/Getreide"], ["send", "troops", "fetch"])
    report = Report("Report", "now", "db", "0", [faithful, flagged, thin])
    assert [c.verdict for c in report.cards] == ["otherwise", "look", "look"]
    assert report.verdicts() == {"look": 2, "otherwise": 1, "supported": 0, "unchecked": 0}
    markdown = render(report, fmt="markdown")
    assert f"- **1** {VERDICTS['otherwise']}" in markdown and f"- **2** {VERDICTS['look']}" in (
        markdown
    )
    assert 'class="verdict v-otherwise"><span class="n">1<' in render(report, fmt="html")
