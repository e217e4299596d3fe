"""JSON-LD for other tools: schema.org ClaimReview (fact-check markup) and W3C Web
Annotations (anchoring each claim's passage in its source text, for Hypothesis-style tools)."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

from ..matching.differences import WORD_CHANGED
from ..matching.framespeaker import SPEAKER
from ..models import Document
from .alarms import LOUD_KINDS, MEANING_FLAGS, alarms_said
from .data import (
    Card,
    Report,
    differing_facts,
    evidence_rows,
    reworded_summary,
)
from .links import safe_url
from .review import VERDICT_LABELS, Publication
from .statusmeaning import partly_said, said_label, status_meaning

HOMEPAGE = "https://github.com/sourcecheck/sourcecheck"
DEFAULT_PUBLICATION = Publication()
BEST_RATING, WORST_RATING = 5, 1


@dataclass(frozen=True, slots=True)
class Rating:
    """A schema.org Rating: a value on the 1-5 scale and the verdict in words."""

    value: int | None
    name: str


RATINGS: dict[str, Rating] = {
    "verbatim": Rating(5, "Accurately quoted"),
    "close": Rating(4, "Accurately quoted, with minor differences in wording"),
    "close_word_changed": Rating(
        3, "Quoted with a word changed: the cited source has another word in its place"
    ),
    "reworded": Rating(
        3, "Supported in other words: another translation, a paraphrase or the original language"
    ),
    "partial": Rating(3, "Partly supported by the cited source"),
    "misquoted": Rating(
        2,
        "Misquoted: a negation, a number, a date, a name or who did what differs from the "
        "source, or it says the opposite",
    ),
    "misattributed": Rating(1, "Misattributed: not in the cited source, found in another"),
    "not_found": Rating(1, "Not found in the cited source"),
}
"""The documented mapping from a result to ClaimReview's ``reviewRating`` (see the README).

Claims with status ``no_text`` or not verified yet were not checked and get no ClaimReview.
"""

REVIEW_RATINGS: dict[str, Rating] = {
    "accurate": Rating(5, "Accurate: the cited source says it"),
    "minor_differences": Rating(4, "Accurate, with minor differences in wording"),
    "partly_supported": Rating(3, "Partly supported by the cited source"),
    "misquoted": Rating(2, "Misquoted: the source says something else"),
    "misattributed": Rating(1, "Misattributed: not the cited source's words"),
    "unsupported": Rating(1, "Not supported by the cited source"),
    "unverifiable": Rating(None, "Unverifiable: could not be checked against the source"),
}
"""A reviewer's verdict as ClaimReview's ``reviewRating`` (see the README); it replaces the
machine's rating. ``unverifiable`` has no place on the scale: its rating has only a name."""


def rating_key(item: dict[str, Any]) -> str | None:
    """Which :data:`RATINGS` entry a contract item gets; None when nothing was checked.

    >>> rating_key({"status": "close", "flags": [], "differences": [{"kind": "number"}]})
    'misquoted'
    >>> rating_key({"status": "reworded", "flags": [], "differences": []})
    'reworded'
    >>> rating_key({"status": "reworded", "flags": ["date"], "differences": []})
    'misquoted'
    >>> rating_key({"status": "close", "flags": ["word_changed"], "differences": []})
    'close_word_changed'
    >>> rating_key({"status": "close", "flags": ["word_changed", "opposite"], "differences": []})
    'misquoted'
    >>> rating_key({"status": "close", "flags": ["word_changed", "name"], "differences": []})
    'misquoted'
    >>> rating_key({"status": "reworded", "flags": ["opposite"], "differences": []})
    'misquoted'
    >>> rating_key({"status": "verbatim", "flags": [], "differences": [],
    ...             "facts": [{"kind": "date", "verdict": "differs"}]})
    'misquoted'
    >>> rating_key({"status": "reworded", "flags": ["speaker"], "differences": []})
    'partial'
    >>> rating_key({"status": "verbatim", "flags": ["speaker"], "differences": []})  # another's
    'partial'
    >>> rating_key({"status": "reworded", "flags": [], "differences": [], "evidence": {
    ...     "shared_words": ["grain"], "unmatched_words": ["separate", "meant", "bring"]}})
    'partial'
    """
    status = item["status"]
    if status in (None, "no_text"):
        return None
    if status in ("partial", "not_found") and "found_elsewhere" in item["flags"]:
        return "misattributed"
    if status != "not_found" and any(d["kind"] in LOUD_KINDS for d in item["differences"]):
        return "misquoted"
    if status != "not_found" and any(flag in MEANING_FLAGS for flag in item["flags"]):
        return "misquoted"  # found, but a checkable fact differs: "Lenin" for "Trotsky"
    if status != "not_found" and differing_facts(item):
        return "misquoted"  # the claim's date or figure, checked at the passage, differs
    if status == "close" and WORD_CHANGED in item["flags"]:
        return "close_word_changed"  # "agrees" for "declines" is no minor difference
    if partly_said(item) or (status in ("verbatim", "close") and SPEAKER in item["flags"]):
        return "partial"  # not who said it, or only part of it: what it adds may not be there
    return status


def _person(name: str | None) -> dict[str, str] | None:
    return {"@type": "Person", "name": name} if name else None


def _creative_work(
    *, name: str | None, author: str | None, issued: str | None, url: str | None
) -> dict[str, Any]:
    work = {
        "@type": "CreativeWork",
        "name": name,
        "author": _person(author),
        "datePublished": issued,
        "url": url,
    }
    return {k: v for k, v in work.items() if v is not None}


def _current_review(item: dict[str, Any]) -> dict[str, Any] | None:
    """The person's review, unless stale: a stale one judged another quote or result, and
    publishing its rating for the claim as it is now would misstate what the person said."""
    review = item.get("review")
    return review if review and not review["stale"] else None


def _rating(item: dict[str, Any]) -> Rating | None:
    """The reviewer's verdict's rating, else the machine's (None: nothing was checked)."""
    review = _current_review(item)
    if review:
        return REVIEW_RATINGS[review["verdict"]]
    key = rating_key(item)
    return RATINGS[key] if key is not None else None


def _review_rating(rating: Rating, explanation: str) -> dict[str, Any]:
    scale: dict[str, Any] = {}
    if rating.value is not None:
        scale = {"ratingValue": rating.value, "bestRating": BEST_RATING,
                 "worstRating": WORST_RATING}  # fmt: skip
    return {"@type": "Rating", **scale, "alternateName": rating.name,
            "ratingExplanation": explanation}  # fmt: skip


def _authors(item: dict[str, Any], publication: Publication) -> dict[str, Any]:
    """``author`` (the person who reviewed, else the organization named for the machine's
    verdicts) and ``publisher`` (when one is named) of a ClaimReview."""
    review = _current_review(item)
    if review:
        author: dict[str, Any] = {"@type": "Person", "name": review["by"]}
    elif publication.reviewer == DEFAULT_PUBLICATION.reviewer:
        author = {"@type": "Organization", "name": publication.reviewer, "url": HOMEPAGE}
    else:
        author = {"@type": "Organization", "name": publication.reviewer}
    out = {"author": author}
    if publication.publisher:
        out["publisher"] = {"@type": "Organization", "name": publication.publisher}
    return out


def claim_review(
    card: Card, publication: Publication = DEFAULT_PUBLICATION
) -> dict[str, Any] | None:
    """The ClaimReview of one card, or None when nobody checked the claim (no person, and
    no text for the machine). A reviewer's verdict, note and name replace the machine's,
    unless the review is stale."""
    item = card.item
    rating = _rating(item)
    if rating is None:
        return None
    review = _current_review(item)
    explanation = (review and review["note"]) or alarms_said(card.alarms) + item["reason"]
    document: Document | None = card.document
    # The claim is made by the document's author (the speaker is whom it quotes).
    claim_author = document.author if document else None
    item_reviewed: dict[str, Any] = {"@type": "Claim", "author": _person(claim_author)}
    if document is not None:
        item_reviewed["datePublished"] = document.issued
        item_reviewed["appearance"] = _creative_work(
            name=document.title,
            author=document.author,
            issued=document.issued,
            url=card.location_url,
        )
    published = review["at"] if review else item["verified_at"]
    result: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": item["claim"],
        "claimReviewed": item["quote"],
        "datePublished": (published or "")[:10] or None,
        **_authors(item, publication),
        "itemReviewed": {k: v for k, v in item_reviewed.items() if v is not None},
        "reviewRating": _review_rating(rating, explanation),
        "reviewBody": explanation,
    }
    if card.source is not None:
        source = card.source
        result["citation"] = _creative_work(
            name=source.title, author=source.author, issued=source.issued, url=safe_url(source.url)
        )
    return {k: v for k, v in result.items() if v is not None}


def claim_reviews(report: Report) -> list[dict[str, Any]]:
    """The ClaimReview of each claim a person or the machine checked, in document order; none
    for a claim gone from its document's text (the document no longer says it)."""
    made = (
        claim_review(card, report.publication) for card in report.cards if not card.item.get("gone")
    )
    return [r for r in made if r is not None]


def render_claimreview(report: Report) -> str:
    """A JSON array of ClaimReview objects, one per checked claim, in document order."""
    return json.dumps(claim_reviews(report), indent=2, ensure_ascii=False) + "\n"


def text_iri(text: dict[str, Any] | None) -> str:
    """The IRI of a stored text: its URL when it was fetched, else an RFC 6920 ``ni:`` name
    of its bytes' sha256 (a local file has no public address).

    >>> text_iri({"origin": "notes.txt", "sha256": "00" * 32})
    'ni:///sha-256;AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'
    """
    if text is None:
        return "urn:sourcecheck:unknown-text"
    url = safe_url(text["origin"])
    if url:
        return url
    digest = base64.urlsafe_b64encode(bytes.fromhex(text["sha256"])).rstrip(b"=").decode()
    return f"ni:///sha-256;{digest}"


def annotation(card: Card, text: dict[str, Any] | None) -> dict[str, Any] | None:
    """The Web Annotation anchoring a claim's passage in its source text, or None when no
    passage was found (nothing to anchor)."""
    item = card.item
    if not item["span"] or not item["selector"]:
        return None
    selector = item["selector"]
    described = f"claim {item['claim']}: “{item['quote']}”"
    if item["speaker"]:
        described += f", attributed to {item['speaker']}"
    if card.document is not None and card.document.title:
        described += f", in {card.document.title}"
    return {
        "id": f"urn:sourcecheck:claim:{item['claim']}:run:{item['run']}",
        "type": "Annotation",
        "motivation": "assessing",
        "created": item["verified_at"],
        "body": [
            {
                "type": "TextualBody",
                "purpose": "assessing",
                "format": "text/plain",
                "value": f"{item['status']} (score {item['score']:g}): "
                f"{alarms_said(card.alarms)}{item['reason']}",
            },
            {"type": "TextualBody", "purpose": "tagging", "value": item["status"]},
            {"type": "TextualBody", "purpose": "describing", "value": described},
            *_reworded_bodies(item),
            *_review_bodies(item.get("review")),
        ],
        "target": {
            "source": text_iri(text),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": selector["exact"],
                    "prefix": selector["prefix"],
                    "suffix": selector["suffix"],
                },
                {
                    "type": "TextPositionSelector",
                    "start": item["span"]["start"],
                    "end": item["span"]["end"],
                },
            ],
        },
    }


def _reworded_bodies(item: dict[str, Any]) -> list[dict[str, Any]]:
    """A ``reworded`` passage described: its language, similarity and the evidence."""
    if item["status"] != "reworded":
        return []
    evidence = "; ".join(f"{k}: {v}" for k, v in evidence_rows(item["evidence"]))
    said = f"{said_label(item).lower()}: {reworded_summary(item)}: {status_meaning(item)}"
    value = said + (f"; {evidence}" if evidence else "")
    return [{"type": "TextualBody", "purpose": "describing", "format": "text/plain",
             "value": value}]  # fmt: skip


def _review_bodies(review: dict[str, Any] | None) -> list[dict[str, Any]]:
    """A reviewer's verdict (tagging) and note (commenting), by them, when they reviewed."""
    if not review:
        return []
    creator = {"type": "Person", "name": review["by"]}
    verdict = VERDICT_LABELS[review["verdict"]]
    if review["stale"]:
        verdict += f" (stale: {review['stale_reason']})"
    bodies: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "tagging", "value": f"reviewer: {verdict}",
         "creator": creator, "created": review["at"]},
    ]  # fmt: skip
    if review["note"]:
        bodies.append(
            {"type": "TextualBody", "purpose": "commenting", "format": "text/plain",
             "value": review["note"], "creator": creator, "created": review["at"]}
        )  # fmt: skip
    return bodies


def found_annotations(report: Report) -> list[dict[str, Any]]:
    """The Annotation of each claim whose passage was found, in document order."""
    made = (annotation(card, report.texts.get(card.item["text"])) for card in report.cards)
    return [a for a in made if a is not None]


def render_annotations(report: Report) -> str:
    """A W3C AnnotationCollection (JSON-LD) with one Annotation per claim with a passage."""
    items = found_annotations(report)
    collection = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "label": report.title,
        "generator": {
            "id": HOMEPAGE,
            "type": "Software",
            "name": f"sourcecheck {report.tool_version}",
        },
        "generated": report.generated_at,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    return json.dumps(collection, indent=2, ensure_ascii=False) + "\n"
