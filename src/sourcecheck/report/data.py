"""What every report format shows: the JSON contract items, and the cards made of them.

``report_items`` is the JSON contract (one dict per claim, see the README). A :class:`Card`
adds what a person reading a report needs and the contract leaves out (``build_report`` in
build.py makes them): the cited source's title and date, the document and a link to the
claim's place in it, the passage with some context, and both sides cut into pieces so each
differing word can be highlighted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..gone import GONE_LABEL, gone_from
from ..models import STATUSES, Document, Review, Source
from ..store import db as dbm
from ..store import reviews as stored_reviews
from ..store.db import Database, Row
from ..store.elsewhere import found_elsewhere
from ..store.sourcefilter import SourceIds
from ..texts.language import LANGUAGE_NAMES
from ..texts.languageclash import stored_language
from .alarms import item_alarms
from .review import REVIEW_SUMMARY, Publication

Item = dict[str, Any]

UNVERIFIED = "unverified"
"""The status key of a claim that has no result yet (``status`` is null in the contract)."""

STATUS_KEYS = (*STATUSES, UNVERIFIED)

STATUS_LABELS = {
    "verbatim": "verbatim",
    "close": "close",
    "reworded": "reworded",
    "partial": "partial",
    "not_found": "not found",
    "no_text": "no text",
    UNVERIFIED: "not verified",
}

STATUS_MEANINGS = {
    "verbatim": "found word for word (ignoring case, punctuation, typography, marked elisions "
    "and editorial brackets)",
    "close": "found, with a few words different; every difference is listed",
    "reworded": "the source says this in other words (another translation, a paraphrase, or "
    "the original in another language): judge the passage and the evidence shown",
    "partial": "only part of the quote is supported, or its passage has too many words "
    "changed to be close (and the source does not say it in other words)",
    "not_found": "no passage of the cited source's texts supports the quote",
    "no_text": "the cited source has no text yet: nothing was checked",
    UNVERIFIED: "not verified yet: run `sourcecheck verify`",
}

UNRENDERED_WORDS = 3
"""A ``reworded`` passage is only a partial support of the quote when at least this many of
the quote's content words have no counterpart there, and at least as many as have one
(:func:`unrendered`). On the labelled set (bench_meaning --detect, 2026-11-27) that is 63 of
329 true renderings (9 of 103 in the quote's language, 54 of 226 across languages, where
single words pair badly), rated "Partly supported by the cited source" rather than
"Supported in other words" in ClaimReview (the same value, 3); of the wrong ``reworded``
results it meets two (speech-14, an absent quote: "no counterpart: send, troops, fetch";
distorted-1), both already rated lower by their ``negation`` flag."""

CONTEXT_CHARS = 200

VERDICTS = {
    "look": "need a look: not found, partial, reworded with a flag or much of the quote without "
    "a counterpart, a negation or number differs, a content word changed, or misattributed; or "
    "a reviewer found a problem, or their review is stale",
    "otherwise": "said in other words: another translation, a paraphrase or the original "
    "language, with nothing checkable differing (no negation, number, date, name or roles); "
    "judge the passage shown",
    "gone": f"{GONE_LABEL}: extract --merge found the quote gone from the corrected "
    "text; its result is not the document's (not counted above, not published in ClaimReview)",
    "supported": "supported by the cited source: verbatim, or close with no content word "
    "changed and no negation or number differing; "
    "or a reviewer found it accurate (a reviewer's verdict counts first)",
    "unchecked": "not checked: the source has no text, or not verified yet; or the reviewer "
    "could not check it",
}


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text with one look: a difference kind (or None), inside the passage or not."""

    text: str
    kind: str | None = None
    passage: bool = False


@dataclass(slots=True)
class Card:
    """One claim as a report shows it."""

    item: Item
    source: Source | None
    document: Document | None
    quote_pieces: list[Piece]
    source_pieces: list[Piece]
    text_label: str | None = None
    location_url: str | None = None
    location_label: str = ""
    _alarms: list[str] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def status_key(self) -> str:
        return self.item["status"] or UNVERIFIED

    @property
    def scored(self) -> bool:
        """Whether the score means something (a passage was compared: the score is stored)."""
        return self.item["score"] is not None

    @property
    def alarms(self) -> list[str]:
        """What must catch the eye, in the words of every format (:mod:`.alarms`): a
        negation, number, date or name that differs, a changed word, another speaker, a better
        match in another source than the cited one."""
        if self._alarms is None:  # asked for by every format and by the verdict: made once
            item = self.item  # the contract's, made by report_items; a synthetic item's here
            self._alarms = item["alarms"] if "alarms" in item else item_alarms(item)
        return self._alarms

    @property
    def verdict(self) -> str:
        """``look`` (not found, partial, an alarm, or a reworded passage leaving much of the
        quote without a counterpart), ``otherwise`` (reworded with none of those: said in other
        words), ``supported`` or ``unchecked``;
        the reviewer's verdict where there is one (a stale review: ``look`` again); ``gone``
        first: a claim no longer in its document's text is none of its document's problems."""
        if self.item.get("gone"):
            return "gone"
        review = self.item.get("review")
        if review:
            return "look" if review["stale"] else REVIEW_SUMMARY[review["verdict"]]
        if self.status_key in ("no_text", UNVERIFIED):
            return "unchecked"
        if self.status_key in ("not_found", "partial") or self.alarms:
            return "look"
        if self.status_key == "reworded":  # a faithful translation is no problem to look for
            return "look" if unrendered(self.item) else "otherwise"
        return "supported"


@dataclass(slots=True)
class SourceCounts:
    """Claims citing one source, counted per status."""

    source_id: str | None
    title: str
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(slots=True)
class Report:
    """Everything a report format renders."""

    title: str
    generated_at: str
    database: str
    tool_version: str
    cards: list[Card]
    filters: dict[str, Any] = field(default_factory=dict)
    documents: list[Document] = field(default_factory=list)
    texts: dict[int, dict[str, Any]] = field(default_factory=dict)
    publication: Publication = field(default_factory=Publication)

    @property
    def items(self) -> list[Item]:
        return [card.item for card in self.cards]

    def counts(self) -> dict[str, int]:
        """Claims per status key, in :data:`STATUS_KEYS` order (zeros included)."""
        counts = dict.fromkeys(STATUS_KEYS, 0)
        for card in self.cards:
            counts[card.status_key] += 1
        return counts

    def verdicts(self) -> dict[str, int]:
        """Claims that need a look, that their source supports, that nobody checked."""
        counts = dict.fromkeys(VERDICTS, 0)
        for card in self.cards:
            counts[card.verdict] += 1
        for rare in ("gone", "otherwise"):  # most reports have none: no line saying 0
            if not counts[rare]:
                del counts[rare]
        return counts

    def by_source(self) -> list[SourceCounts]:
        """Per cited source, in order of first appearance; claims citing nothing last."""
        rows: dict[str | None, SourceCounts] = {}
        for card in self.cards:
            slug = card.item["source"]
            if slug not in rows:
                title = card.source.title if card.source else "(no source cited)"
                rows[slug] = SourceCounts(slug, title, dict.fromkeys(STATUS_KEYS, 0))
            rows[slug].counts[card.status_key] += 1
        return sorted(rows.values(), key=lambda r: r.source_id is None)


def report_items(
    db: Database,
    *,
    claim_ids: list[str] | None = None,
    source_id: SourceIds = None,
    statuses: list[str] | None = None,
) -> list[Item]:
    """One object per claim in the JSON contract (see the README), in document order.

    ``span`` always slices the stored text to exactly ``passage``. Claims not verified yet
    have status ``None``.
    """
    facts = dbm.latest_fact_checks(db)
    elsewhere = found_elsewhere(db)
    items = [
        _item(row, facts.get(row["claim"], []), elsewhere.get(row["claim"], []))
        for row in dbm.latest_results(db, claim_ids=claim_ids, source_id=source_id)
        if not statuses or row["status"] in statuses
    ]
    for item in items:  # what a person must not miss, in the words of every format
        item["alarms"] = item_alarms(item)
    return add_reviews(db, items)


# -- the reviewer's verdict (a separate step: the items above are the machine's) -------------


def add_reviews(db: Database, items: list[Item]) -> list[Item]:
    """Give each item its ``review``: the person's current verdict, or None."""
    reviews = stored_reviews.current_reviews(db)
    for item in items:
        item["review"] = review_json(reviews.get(item["claim"]))
    return items


def review_json(review: Review | None) -> Item | None:
    """A review in the contract: ``{"verdict", "note", "by", "at", "stale", "stale_reason"}``."""
    if review is None:
        return None
    return {
        "verdict": review.verdict,
        "note": review.note,
        "by": review.by,
        "at": review.at,
        "stale": review.stale,
        "stale_reason": review.stale_reason,
    }


def _item(row: dict[str, Any], facts: list[dict[str, Any]], elsewhere: list[Row]) -> Item:
    """A claim's latest result (a row of ``latest_results``), its fact checks and where
    ``--anywhere`` found it in other sources, in the contract."""
    has_span = row["start"] is not None
    return {
        "claim": row["claim"],
        "source": row["cited_source"],
        "status": row["status"],
        "score": row["score"],  # null: nothing was compared (no text, or nothing resembled)
        "text": row["text_id"],
        "span": {"start": row["start"], "end": row["end"]} if has_span else None,
        "passage": row["passage"],
        "selector": {
            "type": "TextQuoteSelector",
            "exact": row["passage"],
            "prefix": row["prefix"],
            "suffix": row["suffix"],
        }
        if has_span
        else None,
        "differences": _json_list(row["differences"]),
        "flags": _json_list(row["flags"]),
        "reason": row["reason"] or "not verified yet: run `sourcecheck verify`",
        "alternatives": _json_list(row["alternatives"]),
        "quote": row["quote"],
        "kind": row["kind"],
        "speaker": row["speaker"],
        "speaker_confidence": row["speaker_confidence"],
        "date": row["date"],
        "locator": row["locator"],
        "notes": row["claim_notes"],
        "gone": gone_from(row["claim_notes"], row["claim_start"]),
        "document": row["document_id"],
        "location": {
            "start": row["claim_start"],
            "end": row["claim_end"],
            "paragraph": row["paragraph"],
        },
        "verified_at": row["verified_at"],
        "run": row["run_id"],
        "facts": [fact_json(f) for f in facts],
        "elsewhere": [_elsewhere_json(e) for e in elsewhere],
        "similarity": row["similarity"],
        "language": row["language"],
        "evidence": json.loads(row["evidence"]) if row["evidence"] else None,
    }


def _elsewhere_json(row: Row) -> Item:
    """A text of another source where ``--anywhere`` found the quote, in the contract."""
    span = {"start": row["start"], "end": row["end"]}
    keys = ("text_id", "status", "score", "passage", "verified_at")
    return {
        "source": row["source_id"],
        "span": span,
        **{k.removesuffix("_id"): row[k] for k in keys},
    }


def _json_list(value: str | None) -> list[Any]:
    """A stored JSON list (most are empty: no parsing for those, 20,000 claims make 60,000)."""
    return json.loads(value) if value and value != "[]" else []


FACT_LABELS = {
    "agrees": "agrees",
    "agrees_old_style": "agrees (Old Style/New Style)",
    "differs": "differs",
    "not_found": "not found",
}


def differing_facts(item: Item) -> list[str]:
    """The kinds of the item's fact checks (date, number) whose value differs at the passage:
    every format counts them against the claim (an alarm, "need a look", a lower rating), as
    Datasette's ``attention`` does (m017)."""
    return [f["kind"] for f in item.get("facts", []) if f["verdict"] == "differs"]


def fact_json(row: dict[str, Any]) -> Item:
    """A stored fact check in the contract: ``{"kind", "claim", "source", "verdict", ...}``."""
    has_span = row["start"] is not None
    return {
        "kind": row["kind"],
        "claim": row["claim_value"],
        "source": row["source_value"],
        "verdict": row["verdict"],
        "text": row["text_id"],
        "span": {"start": row["start"], "end": row["end"]} if has_span else None,
        "detail": row["detail"],
    }


EVIDENCE_ROWS = (
    ("shared words", "shared_words"),
    ("opposite (quote/passage)", "opposite_words"),
    ("no counterpart", "unmatched_words"),
    ("names", "shared_names"),
    ("names not there", "missing_names"),
    ("numbers", ("quote_numbers", "passage_numbers")),
    ("dates", ("quote_dates", "passage_dates")),
    ("negations", ("quote_negations", "passage_negations")),
)


def evidence_rows(evidence: Item | None) -> list[tuple[str, str]]:
    """The evidence of a ``reworded`` result as (what, in words) rows for a person: the words
    and names both share, and what the numbers, dates and negations are on each side ("the
    quote / the passage"); rows with nothing on either side are left out.

    >>> for row in evidence_rows({"shared_words": ["Bett", "found/fand"], "shared_names": [],
    ...     "missing_names": [], "quote_numbers": ["15"], "passage_numbers": ["5"],
    ...     "quote_dates": [], "passage_dates": [], "quote_negations": [],
    ...     "passage_negations": ["nicht"]}):
    ...     print(*row, sep=": ")
    shared words: Bett, found/fand
    numbers (quote / passage): 15 / 5
    negations (quote / passage): — / nicht
    """
    if not evidence:
        return []
    rows = []
    for label, keys in EVIDENCE_ROWS:
        if isinstance(keys, str):
            if evidence.get(keys):
                rows.append((label, ", ".join(evidence[keys])))
        elif evidence.get(keys[0]) or evidence.get(keys[1]):
            quote, there = (", ".join(evidence.get(k) or []) or "—" for k in keys)
            rows.append((f"{label} (quote / passage)", f"{quote} / {there}"))
    return rows


def unrendered(item: Item) -> list[str]:
    """The quote's content words with no counterpart at a ``reworded`` passage, when they say
    as much as those with one (:data:`UNRENDERED_WORDS` or more, and at least half): the
    passage renders part of the quote, and the rest, which may be what the quote adds ("no
    counterpart: send, troops, fetch"), is not supported there. Else empty.

    >>> unrendered({"status": "reworded", "evidence": {"shared_words": ["Wien", "grain/Getreide"],
    ...     "unmatched_words": ["send", "troops", "fetch"]}})
    ['send', 'troops', 'fetch']
    >>> unrendered({"status": "reworded", "evidence": {"shared_words": ["a", "b", "c", "d"],
    ...     "unmatched_words": ["send", "troops", "fetch"]}})
    []
    """
    evidence = item.get("evidence") or {}
    if item["status"] != "reworded":
        return []
    missing = list(evidence.get("unmatched_words") or [])
    shared = evidence.get("shared_words") or []
    return missing if len(missing) >= max(UNRENDERED_WORDS, len(shared)) else []


def reworded_summary(item: Item) -> str:
    """The language and similarity of a ``reworded`` result's passage, for a report.

    >>> print(reworded_summary({"similarity": 84.0, "language": "de",
    ...                         "evidence": {"quote_language": "en"}}))
    the passage is in German (the quote in English), similarity 84 of 100
    """
    language = LANGUAGE_NAMES.get(item["language"] or "", item["language"] or "an unknown language")
    evidence = item.get("evidence") or {}
    quote = evidence.get("quote_language")
    across = ""
    if quote and quote != item["language"]:
        across = f" (the quote in {LANGUAGE_NAMES.get(quote, quote)})"
    said = f"the passage is in {language}{across}, similarity {item['similarity'] or 0:g} of 100"
    stored = stored_language(item.get("passage") or "", item["language"], language)
    return f"{said}; {stored}" if stored else said
