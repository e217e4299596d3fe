"""Markdown: the HTML report's content for a repository, an issue or an email.

Every piece of data goes through :func:`md_text`: markup characters are backslash-escaped, so
a quote containing ``<script>``, ``*`` or ``[x](javascript:...)`` renders as the text it is,
and table cells also escape ``|``. Links are only ever http(s).
"""

from __future__ import annotations

import re
from typing import Any

from ..gone import GONE_LABEL
from ..models import counted
from .alarms import SHOWN_LOUD, shown_differences
from .data import (
    FACT_LABELS,
    STATUS_KEYS,
    STATUS_LABELS,
    STATUS_MEANINGS,
    VERDICTS,
    Card,
    Item,
    Piece,
    Report,
    evidence_rows,
    reworded_summary,
)
from .links import safe_url
from .review import NOT_REVIEWED, VERDICT_LABELS, VERDICT_MEANINGS, stale_count, verdict_counts
from .statusmeaning import said_label, status_meaning

# Characters that start markup anywhere in a line (CommonMark, GitHub tables, strikethrough
# and math); a backslash makes each one literal. Kept short so the raw text stays readable.
_ESCAPES = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|&~#$"})
_SPECIAL = re.compile(r"[\\`*_\[\]<>|&~#$]")
# What starts a list, a heading underline or a numbered item at the beginning of a line.
_LEADING_MARKS = ("-", "+", "=")
_LEADING_NUMBER = re.compile(r"(\d+)([.)])")
_SPACES = re.compile(r" {2,}")


def md_text(value: Any) -> str:
    """``value`` as Markdown text: one line, every markup character escaped.

    >>> print(md_text("<b>*not*</b> | x"), md_text("1918. Then"), md_text("- no"))
    \\<b\\>\\*not\\*\\</b\\> \\| x 1918\\. Then \\- no
    """
    if value is None:
        return ""
    text = " ".join(str(value).split())
    if _SPECIAL.search(text):  # most text has none: translating it all costs more
        text = text.translate(_ESCAPES)
    if text[:1] in _LEADING_MARKS:
        return "\\" + text
    number = _LEADING_NUMBER.match(text) if text[:1].isdecimal() else None  # \d: decimal
    if number:
        return f"{number[1]}\\{number[2]}{text[number.end() :]}"
    return text


def md_link(label: str, url: str | None) -> str:
    """A link whose target is already an http(s) URL; ``(``, ``)`` and spaces are encoded."""
    if not url:
        return label
    target = url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C")
    return f"[{label}]({target.replace('>', '%3E')})"


def md_pieces(pieces: list[Piece]) -> str:
    """Pieces as Markdown: differing words in bold, negation/number flagged in words too,
    the passage inside its context between ⟦ and ⟧ (as ``sourcecheck show`` prints it; » « are
    quotation marks in German and French texts)."""
    out = []
    for previous, piece in zip([None, *pieces], pieces, strict=False):
        if piece.passage and not (previous and previous.passage):
            out.append("⟦")
        elif previous and previous.passage and not piece.passage:
            out.append("⟧")
        text = md_text(piece.text)
        if not text:
            out.append(" " if piece.text else "")
            continue
        lead = " " if piece.text[:1].isspace() else ""
        trail = " " if piece.text[-1:].isspace() else ""
        if piece.kind in SHOWN_LOUD:
            text = f"**⚠ {piece.kind.upper()}: {text}**"
        elif piece.kind:
            text = f"**{text}**"
        out.append(lead + text + trail)
    if pieces and pieces[-1].passage and any(not p.passage for p in pieces):
        out.append("⟧")
    return _SPACES.sub(" ", "".join(out)).strip()


def _cell(value: Any) -> str:
    return md_text(value) or " "


def _card(number: int, card: Card) -> list[str]:
    item = card.item
    status = STATUS_LABELS[card.status_key]
    score = f" (score {item['score']:g})" if card.scored else ""
    review = item.get("review")
    reviewed = f" · reviewer: {md_text(VERDICT_LABELS[review['verdict']])}" if review else ""
    if review and review["stale"]:
        reviewed += " (stale)"
    lines = [f"### {number}. {md_text(item['claim'])}: {md_text(status)}{score}{reviewed}", ""]
    if card.alarms:  # the HTML card's, in its words (alarms.py)
        lines += [" · ".join(f"**⚠ {md_text(alarm)}**" for alarm in card.alarms), ""]
    lines += [f"> {md_pieces(card.quote_pieces)}", ""]
    lines.append(_cited_source(card))
    lines.append(f"- **Status:** {md_text(status)}{score}: {md_text(item['reason'])}")
    if item["status"] == "reworded":
        lines.append(
            f"- **{said_label(item)}:** {md_text(reworded_summary(item))}; "
            f"{md_text(status_meaning(item))}"
        )
        lines += [
            f"  - {md_text(label)}: {md_text(value)}"
            for label, value in evidence_rows(item["evidence"])
        ]
    if review:
        lines.append(_review_line(review))
    if item["flags"]:
        lines.append(f"- **Flags:** {md_text(', '.join(item['flags']))}")
    if card.document is not None or card.location_label:
        where = md_text(card.document.title or card.document.id) if card.document else "document"
        label = where + (f", {md_text(card.location_label)}" if card.location_label else "")
        if item.get("gone"):  # its result is not the corrected document's problem
            label = f"**{GONE_LABEL}**: `extract --merge` found its quote gone from {where}"
        lines.append(f"- **In the document:** {md_link(label, card.location_url)}")
    if card.source_pieces:
        span = item["span"]
        lines += [
            f"- **Passage** in {md_text(card.text_label or 'text')} (text {item['text']}, "
            f"characters {span['start']}–{span['end']}):",
            "",
            f"  > {md_pieces(card.source_pieces)}",
        ]
    return [*lines, *_tables(item), ""]


def _review_line(review: dict[str, Any]) -> str:
    """ "- **Reviewer's verdict:** misquoted (Ann Lee, 2024-...): the note" (and stale)."""
    line = (
        f"- **Reviewer's verdict:** {md_text(VERDICT_LABELS[review['verdict']])} "
        f"({md_text(review['by'])}, {md_text(review['at'])})"
    )
    if review["note"]:
        line += f": {md_text(review['note'])}"
    if review["stale"]:
        line += f" **Stale:** {md_text(review['stale_reason'])} since the review; look again."
    return line


def _review_summary(report: Report) -> list[str]:
    """The reviewers' verdicts counted, when any claim was reviewed."""
    counts = verdict_counts(report.items)
    if counts[NOT_REVIEWED] == len(report.cards):
        return []
    lines = ["", "### Reviewers' verdicts", "", "| verdict | claims | meaning |", "|---|---:|---|"]
    for key, n in counts.items():
        if n:
            lines.append(f"| {md_text(VERDICT_LABELS[key])} | {n} | "
                         f"{md_text(VERDICT_MEANINGS[key])} |")  # fmt: skip
    stale = stale_count(report.items)
    if stale:
        lines += [
            "",
            f"**{counted(stale, 'review')} stale:** the claim's quote or result changed since "
            "the review; look again.",
        ]
    return lines


def _cited_source(card: Card) -> str:
    """The card's "Cited source" line: the work, then who said it, where and when."""
    item = card.item
    cited = ", ".join(md_text(x) for x in (item["speaker"], item["locator"]) if x)
    cited = f"attributed to {cited}" if item["speaker"] else cited
    if item["date"]:
        cited += f" (dated {md_text(item['date'])})" if cited else f"dated {md_text(item['date'])}"
    source = card.source
    if source is None:
        return "- **Cited source:** none" + (f"; {cited}" if cited else "")
    work = f"_{md_text(source.title)}_"
    byline = ", ".join(md_text(x) for x in (source.author, source.issued) if x)
    work = md_link(work, safe_url(source.url)) + (f" ({byline})" if byline else "")
    return f"- **Cited source:** {work}" + (f"; {cited}" if cited else "")


def _tables(item: Item) -> list[str]:
    """The tables of a card: its differences and its fact checks (none when empty)."""
    lines = []
    if item["differences"]:
        lines += ["", "| difference | in the quote | in the source |", "|---|---|---|"]
        for d in shown_differences(item):
            kind = md_text(d["kind"])
            if d["kind"] in SHOWN_LOUD:
                kind = f"**⚠ {kind}**"
            lines.append(f"| {kind} | {_cell(d['quote'])} | {_cell(d['source'])} |")
    if item.get("facts"):
        lines += ["", "| fact | the claim says | the source says | verdict |", "|---|---|---|---|"]
        for f in item["facts"]:
            verdict = md_text(FACT_LABELS[f["verdict"]])
            if f["verdict"] == "differs":
                verdict = f"**⚠ {verdict}**"
            lines.append(
                f"| {md_text(f['kind'])} | {_cell(f['claim'])} | {_cell(f['source'] or '')} "
                f"| {verdict}: {_cell(f['detail'])} |"
            )
    return lines


def _filters(report: Report) -> list[str]:
    """ "Only claims citing x with status y, reviewed z." when the report was filtered."""
    source, statuses = report.filters.get("source"), report.filters.get("statuses")
    verdicts = report.filters.get("verdicts")
    if not (source or statuses or verdicts):
        return []
    only = "Only claims"
    if source:
        only += f" citing {md_text(source)}"
    if statuses:
        only += " with status " + ", ".join(md_text(s) for s in statuses)
    if verdicts:
        only += " with the reviewer's verdict " + ", ".join(
            md_text(VERDICT_LABELS[v]) for v in verdicts
        )
    return [only + ".", ""]


def render_markdown(report: Report) -> str:
    """The report as CommonMark with GitHub tables."""
    counts = report.counts()
    lines = [f"# {md_text(report.title)}", ""]
    generated = f"Generated {md_text(report.generated_at)} by sourcecheck {report.tool_version}"
    if report.database:
        generated += f" from {md_text(report.database)}"
    lines += [generated + f": {counted(len(report.cards), 'claim')}.", ""]
    lines += _filters(report)
    lines += ["## Summary", ""]
    lines += [f"- **{n}** {VERDICTS[key]}" for key, n in report.verdicts().items()]
    lines += ["", "| status | claims | meaning |", "|---|---:|---|"]
    for key in STATUS_KEYS:
        if counts[key] or key != "unverified":
            lines.append(f"| {md_text(STATUS_LABELS[key])} | {counts[key]} | "
                         f"{md_text(STATUS_MEANINGS[key])} |")  # fmt: skip
    keys = [k for k in STATUS_KEYS if counts[k]]
    lines += ["", "### By source", ""]
    lines.append(
        "| source | claims | " + " | ".join(md_text(STATUS_LABELS[k]) for k in keys) + " |"
    )
    lines.append("|---|---:|" + "---:|" * len(keys))
    for row in report.by_source():
        name = md_text(row.title) + (f" ({md_text(row.source_id)})" if row.source_id else "")
        cells = " | ".join(str(row.counts[k]) for k in keys)
        lines.append(f"| {name} | {row.total} | {cells} |")
    lines += _review_summary(report)
    lines += ["", "## Claims", ""]
    for number, card in enumerate(report.cards, 1):
        lines += _card(number, card)
    return "\n".join(lines).rstrip() + "\n"
