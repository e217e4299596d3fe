"""German titles of persons, on passages written for the test: "Graf" and "Gräfin" are
titles that say a gender, and a declined title ("den alten Herrn Lanski") names the same
person as its nominative ("Herr Lanski")."""

from __future__ import annotations

from sourcecheck.extract.claims import extract_claims
from sourcecheck.extract.people import people_of
from sourcecheck.extract.verbs import reading

LANSKI = (
    "Am Morgen traf Herr Weber den alten Herrn Lanski im Garten des Hotels.\n\n"
    "„Haben Sie den Brief aus Berlin schon gelesen?“, fragte Herr Weber.\n\n"
    "„Noch nicht“, sagte Herr Lanski.\n"
)


def test_a_declined_title_names_the_same_person() -> None:
    with reading(LANSKI):
        people = people_of(LANSKI)
    lanski = [p for p in people.persons if any("Lanski" in f for f in p.forms)]
    assert len(lanski) == 1 and lanski[0].name == "Herr Lanski"
    assert people.resolve("Herrn Lanski") is lanski[0]


def test_graf_and_graefin_are_titles_with_a_gender() -> None:
    text = (
        "Graf Czernin kam spät in das Hotel. Die Gräfin Thun wartete schon im Salon.\n\n"
        "„Guten Abend“, sagte Graf Czernin.\n\n„Sie kommen spät“, sagte Gräfin Thun.\n"
    )
    with reading(text):
        people = people_of(text)
    assert people.gender("Graf Czernin") == "M"
    assert people.gender("Gräfin Thun") == "F"
    claims = [c for c in extract_claims(text) if c.kind in ("quotation", "oral")]
    assert [c.speaker for c in claims] == ["Graf Czernin", "Gräfin Thun"]
