"""The HTML of one claim's card, built in Python: the report's template calls it per card.

Rendered by Jinja2, a card cost some 40 escaped substitutions, attribute look-ups and filter
calls, most of the time of a report of 20,000 claims; here every value is escaped with
markupsafe as the template's autoescape did, and the page is the same byte for byte (the
whitespace is the one the template's trim_blocks and lstrip_blocks left).
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from ..gone import GONE_LABEL
from ..models import counted
from .alarms import SHOWN_LOUD, shown_differences
from .data import (
    FACT_LABELS,
    STATUS_LABELS,
    Card,
    Item,
    Piece,
    evidence_rows,
    reworded_summary,
)
from .links import safe_url
from .review import VERDICT_LABELS, VERDICT_MEANINGS
from .statusmeaning import said_label, status_meaning


def card_html(card: Card) -> Markup:
    """The ``<article>`` of one card, indented as in the page, ending with a newline."""
    item, key = card.item, card.status_key
    review = item.get("review")
    out = [
        f'  <article class="card s-{_e(key)}" id="claim-{_e(item["claim"])}" '
        f'data-status="{_e(key)}" data-review="{_e(review["verdict"] if review else "none")}" '
        f'data-source="{_e(item["source"] or "")}">\n'
        '    <div class="card-head">\n'
        f'      <span class="badge s-{_e(key)}">{_e(STATUS_LABELS[key])}</span>\n'
    ]
    if card.scored:
        score = f"{item['score']:g}"
        out.append(f'<span class="score" title="score on a 0-100 scale">score {_e(score)}</span>')
    if review:
        verdict = review["verdict"]
        out.append(
            f'<span class="review r-{_e(verdict)}" title="{_e(VERDICT_MEANINGS[verdict])}">'
            f"reviewer: {_e(VERDICT_LABELS[verdict])}</span>"
        )
        if review["stale"]:
            out.append('<span class="stale">review stale</span>')
    out += [f'<span class="alarm">⚠ {_e(alarm)}</span>' for alarm in card.alarms]
    out.append(
        f'      <a class="claim-id" href="#claim-{_e(item["claim"])}">{_e(item["claim"])}</a>\n'
        "    </div>\n"
        f'    <blockquote class="quote">{marked(card.quote_pieces)}</blockquote>\n'
        f'    <p class="cite">{_cite(card)}    </p>\n'
        f'    <p class="reason"><strong>Why {_e(STATUS_LABELS[key])}:</strong> '
        f"{_e(item['reason'])}</p>\n"
    )
    if item["status"] == "reworded":
        out.append(_reworded(item))
    if review:
        out.append(_review_note(review))
    if item["flags"]:
        flags = "".join(f"<li>{_e(flag)}</li>" for flag in item["flags"])
        out.append(f'    <ul class="flags" aria-label="flags">{flags}</ul>\n')
    if card.source_pieces:
        out.append(_excerpt(card))
    if item["differences"]:
        out.append(_differences(shown_differences(item)))
    if item.get("facts"):
        out.append(_facts(item["facts"]))
    out.append(_where(card) + "  </article>\n")
    return Markup("".join(out))


KIND_TITLES = {
    "changed": "changed: the quote and the source have different words here",
    "spelling": "a spelling or transliteration variant",
    "missing": "in the source, left out of the quote",
    "extra": "in the quote, not in the source",
    "number": "a NUMBER differs between the quote and the source",
    "negation": "a NEGATION differs between the quote and the source",
    "name": "a NAME differs: the quote names another person, place or nation than the source",
}


def marked(pieces: list[Piece]) -> str:
    """Pieces as HTML: each differing run in a ``<mark>`` of its kind (titled), all escaped."""
    out = []
    for p in pieces:
        if p.kind:
            title = _e(KIND_TITLES[p.kind])
            out.append(f'<mark class="d d-{_e(p.kind)}" title="{title}">{_e(p.text)}</mark>')
        else:
            out.append(_e(p.text))
    return "".join(out)


def excerpt(pieces: list[Piece]) -> str:
    """The passage and its context, each run (consecutive pieces inside the passage, or not)
    in a ``<span>`` of its class, marked."""
    out, run = [], []
    for n, piece in enumerate(pieces):
        run.append(piece)
        if n + 1 == len(pieces) or pieces[n + 1].passage != piece.passage:
            out.append(f'<span class="{"passage" if piece.passage else "context"}">')
            out += [marked(run), "</span>"]
            run = []
    return "".join(out)


def _e(value: Any) -> str:
    """``value`` escaped as markupsafe's ``escape`` (and so Jinja2's autoescape) writes it,
    as a plain string: five replacements cost less than a Markup object per value."""
    if type(value) is not str:
        return str(escape(value))  # numbers, None, and Markup (kept as it is)
    if "&" in value:
        value = value.replace("&", "&amp;")
    return (
        value.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;").replace("'", "&#39;")
    )


def _cite(card: Card) -> str:
    """Who said it, where and when, and the cited source."""
    item, out = card.item, []
    if item["speaker"]:
        out.append(f"Attributed to {_e(item['speaker'])}")
    if item["locator"]:
        out.append(f"{', ' if item['speaker'] else ''}{_e(item['locator'])}")
    if item["date"]:
        lead = ", dated " if item["speaker"] or item["locator"] else "Dated "
        out.append(f"{lead}<time>{_e(item['date'])}</time>")
    if item["speaker"] or item["locator"] or item["date"]:
        out.append(". ")
    source = card.source
    if source is None:
        return "".join(out) + f"No source cited ({_e(item['kind'])})."
    url = safe_url(source.url)
    title = _e(source.title)
    cited = f'<a href="{_e(url)}" rel="noopener noreferrer">{title}</a>' if url else title
    out.append(f"Cited source: <cite>{cited}</cite>")
    byline = [value for value in (source.author, source.issued) if value]
    if byline:
        out.append(f" ({', '.join(map(_e, byline))})")
    return "".join(out) + "."


def _reworded(item: Item) -> str:
    """A ``reworded`` result's passage in a line (language, similarity, what the status means)
    and the evidence a person judges it by."""
    meaning = status_meaning(item).capitalize()
    out = [
        '    <div class="reworded">\n'
        f"      <p><strong>{_e(said_label(item))}:</strong> {_e(reworded_summary(item))}. "
        f"{_e(meaning)}.</p>\n"
    ]
    rows = evidence_rows(item["evidence"])
    if rows:
        terms = "".join(f"<dt>{_e(label)}</dt><dd>{_e(value)}</dd>" for label, value in rows)
        out.append(f'      <dl class="evidence" aria-label="evidence">{terms}</dl>\n')
    return "".join(out) + "    </div>\n"


def _review_note(review: dict[str, Any]) -> str:
    out = [
        f'    <p class="review-note"><strong>Reviewer\'s verdict: '
        f"{_e(VERDICT_LABELS[review['verdict']])}</strong>\n"
        f"      ({_e(review['by'])}, <time>{_e(review['at'])}</time>)"
    ]
    if review["note"]:
        out.append(f": {_e(review['note'])}")
    if review["stale"]:
        out.append(
            f' <em class="stale-why">Stale: {_e(review["stale_reason"])} since the review; '
            "look again.</em>"
        )
    return "".join(out) + "</p>\n"


def _excerpt(card: Card) -> str:
    item = card.item
    return (
        '    <figure class="excerpt">\n'
        f"      <figcaption>Passage in {_e(card.text_label or 'the text')} · text "
        f"{_e(item['text'])}, characters {_e(item['span']['start'])}–{_e(item['span']['end'])}"
        "</figcaption>\n"
        f"      <p>{excerpt(card.source_pieces)}</p>\n"
        "    </figure>\n"
    )


def _differences(differences: list[Item]) -> str:
    n = len(differences)
    rows = "".join(
        f'      <tr class="{"loud" if d["kind"] in SHOWN_LOUD else ""}"><td><mark class="d '
        f'd-{_e(d["kind"])}">{_e(d["kind"])}</mark></td><td>{_e(d["quote"] or "—")}</td>'
        f"<td>{_e(d['source'] or '—')}</td></tr>\n"
        for d in differences
    )
    return (
        '    <div class="table-wrap">\n    <table class="diffs">\n'
        f"      <caption>{counted(n, 'difference')}</caption>\n"
        '      <thead><tr><th scope="col">kind</th><th scope="col">the quote has</th>'
        '<th scope="col">the source has</th></tr></thead>\n'
        f"      <tbody>\n{rows}      </tbody>\n    </table>\n    </div>\n"
    )


def _facts(facts: list[Item]) -> str:
    rows = []
    for f in facts:
        differs = f["verdict"] == "differs"
        verdict = (
            '<mark class="d d-number">differs</mark>' if differs else _e(FACT_LABELS[f["verdict"]])
        )
        rows.append(
            f'      <tr class="{"loud" if differs else ""}"><td data-label="fact">'
            f'{_e(f["kind"])}</td><td data-label="the claim says">{_e(f["claim"])}</td>'
            f'<td data-label="the source says">{_e(f["source"] or "—")}</td>'
            f'<td data-label="verdict">{verdict}<br><small>{_e(f["detail"])}</small></td></tr>\n'
        )
    return (
        '    <div class="table-wrap">\n    <table class="diffs facts">\n'
        "      <caption>Facts checked as facts</caption>\n"
        '      <thead><tr><th scope="col">fact</th><th scope="col">the claim says</th>'
        '<th scope="col">the source says</th><th scope="col">verdict</th></tr></thead>\n'
        f"      <tbody>\n{''.join(rows)}      </tbody>\n    </table>\n    </div>\n"
    )


def _where(card: Card) -> str:
    """The claim's place in its document (a link when it can be) and when it was verified."""
    item, out = card.item, ['    <p class="where">\n']
    if card.document or card.location_label:
        document = card.document
        where = str(document.title or document.id) if document else "the document"
        where += f", {card.location_label}" if card.location_label else ""
        link = card.location_url
        shown = (
            f'<a href="{_e(link)}" rel="noopener noreferrer">{_e(where)}</a>' if link else _e(where)
        )
        if item.get("gone"):  # its result is not the corrected document's problem
            shown = (
                f"<strong>{GONE_LABEL}</strong>: extract --merge found its quote gone from {shown}"
            )
        out.append(f"        <span>In the document: {shown}</span>\n")
    if item["verified_at"]:
        out.append(
            f'<span class="when">verified {_e(item["verified_at"])} (run {_e(item["run"])})</span>'
        )
    return "".join(out) + "    </p>\n"
