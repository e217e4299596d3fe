"""verify's survey of a source's many texts (rewording._survey) ranks them by the readings the
passage ranking uses: a dated quote also undated. Diary days written for the test."""

from __future__ import annotations

from pathlib import Path

from sourcecheck.matching.meaning import MeaningParams
from sourcecheck.models import Claim, Source
from sourcecheck.records.catalog import add_claim, add_source, attach_text
from sourcecheck.verify import verify

DAYS = {
    "entry": """22. März 1916. — Abends aß ich mit dem ganzen Stab beim Bürgermeister der Stadt.
Er klagte über die Requisitionen und bat um Brot für die Schulen.
""",
    "decoy": """24. März 1916. — Den ganzen 24. März verbrachte ich im Hause. Es regnete ohne
Unterlass, und die Straßen der Stadt standen unter Wasser.
""",
    "front": """20. März 1916. — Wir erreichten die Grenzstadt am frühen Morgen. Der Bahnhof war
voller Flüchtlinge, und die Züge fuhren nicht.
""",
    "letter": """23. März 1916. — Ein Brief meiner Frau kam an; zu Hause ist alles ruhig. Der Zug
nach der Hauptstadt fährt erst übermorgen.
""",
}
QUOTE = "On 24 March, in the evening, I dined with the whole staff at the mayor's house."


def test_a_dated_quote_ranks_a_source_s_texts_by_its_undated_reading_too(
    db, tmp_path: Path, monkeypatch
) -> None:
    """The quote's date pulls its vector towards the day that prints '24. März' (0.61 against
    the entry's 0.48); undated, the entry is nearest (0.69). With one text searched per
    claim (and the word search's best text, the decoy, for its '24'), the survey must rank
    the entry first, as the passage ranking would."""
    from sourcecheck import rewording

    add_source(db, Source("diary", "Diary", kind="diary"))
    ids = {}
    for name, day in DAYS.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(day, encoding="utf-8")
        ids[name], _ = attach_text(db, "diary", path, language="de")
    add_claim(db, Claim("dinner", QUOTE, source_id="diary"))
    searched: set[int] = set()
    inner = rewording.match_meaning

    def counted(quote, text, **kwargs):  # type: ignore[no-untyped-def]
        searched.add(kwargs["text_id"])
        return inner(quote, text, **kwargs)

    monkeypatch.setattr(rewording, "match_meaning", counted)
    (verdict,) = verify(db, meaning=MeaningParams(texts=1)).verdicts
    assert ids["entry"] in searched  # the survey's first (the decoy: the word search's best)
    assert not searched & {ids["front"], ids["letter"]}
    assert verdict.result.status == "reworded", verdict.result.reason
    assert verdict.result.text_id == ids["entry"] and "date" in verdict.result.flags
