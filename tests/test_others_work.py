"""A quotation attributed to a person with a work of their own in the database cites that work,
not a title its paragraph names as another person's ("Czernin himself confided to his diary
that “...”" beside The Prince): checked against the title's book, Machiavelli's words in
Czernin's mouth were "verbatim", accurately quoted (a new user's walkthrough)."""

from __future__ import annotations

from pathlib import Path

from sourcecheck.records.formats import parse_file

SOURCES = """\
sources:
- id: varga-meditations
  title: Meditations on the Harbour
  author: Lorenz Varga
  kind: book
- id: holm-letters
  title: Letters from the Front
  author: Agathe Holm
  kind: book
"""
# written for the tests: Varga's sentence, then Holm said to have written it in her letters
ARTICLE = (
    "Critics still read Meditations on the Harbour. Lorenz Varga wrote that “the sea keeps "
    "no promises, and the harbour keeps them all.” Agathe Holm herself wrote in her letters "
    "that “the sea keeps no promises.”\n"
)


def test_the_speakers_own_work_is_the_source_not_the_title_named(cli, tmp_path: Path) -> None:
    (tmp_path / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    assert cli("import", tmp_path / "sources.yaml").exit_code == 0
    article, claims = tmp_path / "article.txt", tmp_path / "claims.yaml"
    article.write_text(ARTICLE, encoding="utf-8")
    result = cli("extract", article, "-o", claims)
    assert result.exit_code == 0, result.output
    by_quote = {c.quote: c for c in parse_file(claims).claims}
    varga = by_quote["the sea keeps no promises, and the harbour keeps them all"]
    holm = by_quote["the sea keeps no promises"]
    assert (varga.speaker, varga.source_id) == ("Lorenz Varga", "varga-meditations")
    assert (holm.speaker, holm.source_id) == ("Agathe Holm", "holm-letters")
    assert "its paragraph names its title" not in (holm.notes or "")
