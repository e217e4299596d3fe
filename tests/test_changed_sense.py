"""The word matcher's ``close`` must not hide a changed meaning (walk86 F1, F2, F5, F6).

A quote of 8 to 12 words found with one word changed scores ``close``; when that word is a
preposition of absence on one side only ("after signing" where the source says "without
signing"), another name in a name's place (a person, a place, a nation), or the opposite of
the source's word shown as a "spelling variant", the result carries the flag that says so
(``negation``, ``name``, ``opposite``), its reason names the pair, and every report rates it
misquoted. A spelling variant stays one. Passages written for these tests.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from pathlib import Path

from sourcecheck import match_quote

DISPATCH = (
    "Report of the fourth day. The envoys left Vilna without signing the armistice, as their "
    "orders required. Kamenev argued that the regiments could no longer hold the front. Seven "
    "days later the Hungarian cavalry crossed the river at dawn. The council refused to ratify "
    "the annexationist treaty of the northern provinces. The envoys hoped for an honourable "
    "settlement of the border question.\n"
)
AFTER = "The envoys left Vilna after signing the armistice, as their orders required."
BEFORE = "The envoys left Vilna before signing the armistice"
RADEK = "Radek argued that the regiments could no longer hold the front."
KAMENJEW = "Kamenjew argued that the regiments could no longer hold the front."
BULGARIAN = "Seven days later the Bulgarian cavalry crossed the river at dawn."
AGREED = "The council agreed to ratify the annexationist treaty of the northern provinces."
SHAMEFUL = "The envoys hoped for a shameful settlement of the border question."
COLOUR = "The council refused to ratifie the annexationist treaty of the northern provinces."
MONTH = "Seven days later the Hungarian cavalry crossed the river at dusk."


def _kinds(result) -> list[tuple[str, str, str]]:
    return [(d.kind, d.quote, d.source) for d in result.differences]


def test_a_preposition_of_absence_on_one_side_is_a_negation() -> None:
    """ "after signing" / "before signing" where the source says "without signing": the word
    matcher counted all three as function words, close 86.9 with no flag at all."""
    for quote, word in ((AFTER, "after"), (BEFORE, "before")):
        r = match_quote(quote, DISPATCH)
        assert r.status == "close"
        assert "negation" in r.flags
        assert ("negation", word, "without") in _kinds(r)
        assert f"it says “{word}” where the source says “without”" in r.reason
    same = match_quote("The envoys left Vilna without signing the armistice", DISPATCH)
    assert same.status == "verbatim" and "negation" not in same.flags
    # "with" differs from "without" by three letters: a "spelling variant", close 98.1 and
    # rated accurately quoted, before it was read as what it is (a fresh clone's finding)
    spelled = match_quote("The envoys left Vilna with signing the armistice, as their", DISPATCH)
    assert "negation" in spelled.flags, spelled.reason
    assert ("negation", "with", "without") in _kinds(spelled)


def test_a_preposition_of_absence_read_in_german_and_russian() -> None:
    german = "Die Gesandten verließen Wilna ohne den Vertrag zu unterzeichnen, wie befohlen."
    quote = "Die Gesandten verließen Wilna nach dem Vertrag zu unterzeichnen, wie befohlen."
    r = match_quote(quote, german, language="de")
    assert "negation" in r.flags and r.differences[0].kind == "negation"
    russian = "Послы покинули Вильну без подписания перемирия, как требовал приказ."
    quote = "Послы покинули Вильну после подписания перемирия, как требовал приказ."
    r = match_quote(quote, russian, language="ru")
    assert "negation" in r.flags and ("negation", "после", "без") in _kinds(r)


def test_another_person_in_the_source_person_s_place_is_a_name() -> None:
    """ "Radek argued" where the source says "Kamenev argued": close with word_changed only,
    rated 3; a name is a fact: ``name``. The same name transliterated is no other name."""
    r = match_quote(RADEK, DISPATCH)
    assert r.status == "close" and "name" in r.flags
    assert "it names “Radek” where the source names “Kamenev”" in r.reason
    spelled = match_quote(KAMENJEW, DISPATCH)
    assert spelled.status == "close" and "name" not in spelled.flags
    assert [d.kind for d in spelled.differences] == ["spelling"]


def test_another_place_or_nation_is_a_name_in_three_languages() -> None:
    r = match_quote(BULGARIAN, DISPATCH)
    assert "name" in r.flags and ("changed", "Bulgarian", "Hungarian") in _kinds(r)
    german = "Sieben Tage später überschritt die ungarische Reiterei den Fluss bei Tagesanbruch."
    quote = "Sieben Tage später überschritt die bulgarische Reiterei den Fluss bei Tagesanbruch."
    assert "name" in match_quote(quote, german, language="de").flags
    soviet = "Der Vorsitzende verlas den Brief des Kiewer Sowjets an die Versammlung."
    quote = "Der Vorsitzende verlas den Brief des Odessaer Sowjets an die Versammlung."
    assert "name" in match_quote(quote, soviet, language="de").flags
    russian = "Через неделю конница без боя заняла Псков и двинулась дальше на север."
    quote = "Через неделю конница без боя заняла Нарву и двинулась дальше на север."
    r = match_quote(quote, russian, language="ru")
    assert r.status == "close" and "name" in r.flags


def test_nations_spelled_alike_are_two_names() -> None:
    """ "Australian" for "Austrian", "Swiss" for "Swedish": a few letters apart, they were
    spelling variants, close 97-99 rated accurately quoted (a fresh clone's finding)."""
    source = "In the spring the Austrian delegates left the conference before the final vote."
    for nation, other in (("Australian", "Austrian"), ("Swedish", "Swiss")):
        text = source.replace("Austrian", other)
        quote = text.replace(other, nation)
        r = match_quote(quote, text)
        assert "name" in r.flags, r.reason
        assert ("changed", nation, other) in _kinds(r)
    german = "Im Frühjahr verließen die estnischen Gesandten die Konferenz vor der Abstimmung."
    quote = german.replace("estnischen", "finnischen")
    assert "name" in match_quote(quote, german, language="de").flags


def test_a_changed_common_word_is_no_name() -> None:
    """ "dusk" for "dawn", a German noun for another: word_changed, not a name."""
    r = match_quote(MONTH, DISPATCH)
    assert r.status == "close" and "word_changed" in r.flags and "name" not in r.flags
    german = "Der Vorsitzende verlas den Brief der Arbeiter an die Versammlung im Saal."
    quote = "Der Vorsitzende verlas den Bericht der Arbeiter an die Versammlung im Saal."
    r = match_quote(quote, german, language="de")
    assert "word_changed" in r.flags and "name" not in r.flags


def test_an_opposite_is_no_spelling_variant() -> None:
    """ "agreed" / "refused" share enough letters for the aligner's variant threshold: it was
    listed as a spelling variant at 96.8; now a changed word, scored as one."""
    r = match_quote(AGREED, DISPATCH)
    assert ("changed", "agreed", "refused") in _kinds(r)
    assert "opposite" in r.flags and "spelling" not in r.reason
    assert r.score < 92  # one word in 12 changed, not 0.4 of a word
    misspelt = match_quote(COLOUR, DISPATCH)
    assert [d.kind for d in misspelt.differences] == ["spelling"] and not misspelt.flags


def test_an_evaluative_opposite_is_flagged() -> None:
    r = match_quote(SHAMEFUL, DISPATCH)
    assert "opposite" in r.flags and "“shameful” where the source says the opposite" in r.reason
    german = "Bucharin erklärte, die Partei werde nie einem schmachvollen Frieden zustimmen."
    quote = "Bucharin erklärte, die Partei werde nie einem ehrenvollen Frieden zustimmen."
    assert "opposite" in match_quote(quote, german, language="de").flags


def test_every_report_says_the_meaning_differs(cli, tmp_path: Path, db_path: Path) -> None:
    """End to end: verify's look column, the JSON flags, ClaimReview's rating (2, not 4 or
    3), the Markdown alarm and Datasette's attention (1) for each changed meaning."""
    text = tmp_path / "dispatch.txt"
    text.write_text(DISPATCH)
    cli("source", "add", "dispatch", "--title", "Dispatch", "--kind", "report")
    assert cli("source", "text", "dispatch", text).exit_code == 0
    claims = {"after": AFTER, "radek": RADEK, "bulgarian": BULGARIAN, "agreed": AGREED,
              "kamenjew": KAMENJEW}  # fmt: skip
    for claim_id, quote in claims.items():
        cli("claim", "add", quote, "--source", "dispatch", "--id", claim_id)
    run = cli("verify", "--no-meaning")
    assert run.exit_code == 0
    rows = {cells[1].strip(): cells for line in run.stdout.splitlines()
            if len(cells := line.split("│")) > 4}  # fmt: skip
    assert "negation" in rows["after"][4] and "name" in rows["radek"][4]
    assert "name" in rows["bulgarian"][4] and "opposite" in rows["agreed"][4]
    shown = {c["claim"]: c for c in json.loads(cli("report", "--format", "json").stdout)}
    assert "negation" in shown["after"]["flags"] and "name" in shown["radek"]["flags"]
    assert shown["kamenjew"]["flags"] == []
    reviews = {r["identifier"]: r["reviewRating"]
               for r in json.loads(cli("report", "--format", "claimreview").stdout)}  # fmt: skip
    for claim_id in ("after", "radek", "bulgarian", "agreed"):
        assert reviews[claim_id]["ratingValue"] == 2, claim_id
        assert "Misquoted" in reviews[claim_id]["alternateName"]
    assert reviews["kamenjew"]["ratingValue"] == 4
    markdown = cli("report", "--format", "markdown").stdout
    assert "**⚠ a name differs from the source**" in markdown
    conn = sqlite3.connect(db_path)
    attention = dict(conn.execute("SELECT claim_id, attention FROM claim_report"))
    conn.close()
    assert attention["radek"] == attention["after"] == attention["bulgarian"] == 1
    assert attention["kamenjew"] == 4


def test_a_changed_name_is_shown_loud_in_every_format(cli, tmp_path: Path) -> None:
    """ "Radek" for "Kamenev" (flag name) is marked as a name that differs, as loud as a number,
    in the quote, the passage and the differences of every format, not as an ordinary changed
    word (bold only in Markdown's pieces); "Bulgarian" for "Hungarian" alike; the JSON keeps
    the matcher's kind ``changed``."""
    text = tmp_path / "dispatch.txt"
    text.write_text(DISPATCH)
    cli("source", "add", "dispatch", "--title", "Dispatch", "--kind", "report")
    assert cli("source", "text", "dispatch", text).exit_code == 0
    for claim_id, quote in {"radek": RADEK, "bulgarian": BULGARIAN}.items():
        assert cli("claim", "add", quote, "--source", "dispatch", "--id", claim_id).exit_code == 0
    assert cli("verify", "--no-meaning").exit_code == 0
    items = {c["claim"]: c for c in json.loads(cli("report", "--format", "json").stdout)}
    assert [d["kind"] for d in items["radek"]["differences"]] == ["changed"]
    markdown = cli("report", "--format", "markdown").stdout
    radek = markdown.split("radek: close")[1].split("###")[0]
    assert "**⚠ NAME: Radek**" in radek and "**⚠ NAME: Kamenev**" in radek
    assert "| **⚠ name** | Radek | Kamenev |" in radek
    assert "**⚠ NAME: Bulgarian**" in markdown.split("bulgarian: close")[1]
    html = cli("report", "--format", "html").stdout
    card = html.split('id="claim-radek"')[1].split("</article>")[0]
    assert '<mark class="d d-name" title="a NAME differs' in card
    assert '<tr class="loud"><td><mark class="d d-name">name</mark></td><td>Radek</td>' in card
    rows = {
        r["claim"]: r for r in csv.DictReader(io.StringIO(cli("report", "--format", "csv").stdout))
    }
    assert rows["radek"]["differences"] == "name: Radek → Kamenev"
    assert re.search(r"⚠ name +Radek → Kamenev", cli("show", "radek").stdout)
