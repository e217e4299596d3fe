"""JSON-LD for other tools: schema.org ClaimReview (fact-check markup) and W3C Web
Annotations (anchoring each claim's passage in its source text, for Hypothesis-style tools)."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

from ..models import Document
from .data import LOUD_KINDS, Card, Report
from .links import safe_url

HOMEPAGE = "https://github.com/sourcecheck/sourcecheck"
BEST_RATING, WORST_RATING = 5, 1


@dataclass(frozen=True, slots=True)
class Rating:
    """A schema.org Rating: a value on the 1-5 scale and the verdict in words."""

    value: int
    name: str


RATINGS: dict[str, Rating] = {
    "verbatim": Rating(5, "Accurately quoted"),
    "close": Rating(4, "Accurately quoted, with minor differences in wording"),
    "partial": Rating(3, "Partly supported by the cited source"),
    "misquoted": Rating(2, "Misquoted: a negation or a number differs from the source"),
    "misattributed": Rating(1, "Misattributed: not in the cited source, found in another"),
    "not_found": Rating(1, "Not found in the cited source"),
}
"""The documented mapping from a result to ClaimReview's ``reviewRating`` (see the README).

Claims with status ``no_text`` or not verified yet were not checked and get no ClaimReview.
"""


def rating_key(item: dict[str, Any]) -> str | None:
    """Which :data:`RATINGS` entry a contract item gets; None when nothing was checked.

    >>> rating_key({"status": "close", "flags": [], "differences": [{"kind": "number"}]})
    'misquoted'
    """
    status = item["status"]
    if status in (None, "no_text"):
        return None
    if status in ("partial", "not_found") and "found_elsewhere" in item["flags"]:
        return "misattributed"
    if status != "not_found" and any(d["kind"] in LOUD_KINDS for d in item["differences"]):
        return "misquoted"
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


def claim_review(card: Card, *, reviewer: str = "sourcecheck") -> dict[str, Any] | None:
    """The ClaimReview of one card, or None when the claim was not checked."""
    item = card.item
    key = rating_key(item)
    if key is None:
        return None
    rating = RATINGS[key]
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
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": item["claim"],
        "claimReviewed": item["quote"],
        "datePublished": (item["verified_at"] or "")[:10] or None,
        "author": {"@type": "Organization", "name": reviewer, "url": HOMEPAGE},
        "itemReviewed": {k: v for k, v in item_reviewed.items() if v is not None},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": rating.value,
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": rating.name,
            "ratingExplanation": item["reason"],
        },
        "reviewBody": item["reason"],
    }
    if card.source is not None:
        source = card.source
        review["citation"] = _creative_work(
            name=source.title, author=source.author, issued=source.issued, url=safe_url(source.url)
        )
    return {k: v for k, v in review.items() if v is not None}


def render_claimreview(report: Report) -> str:
    """A JSON array of ClaimReview objects, one per checked claim, in document order."""
    reviews = [r for r in (claim_review(card) for card in report.cards) if r is not None]
    return json.dumps(reviews, indent=2, ensure_ascii=False) + "\n"


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
                "value": f"{item['status']} (score {item['score']:g}): {item['reason']}",
            },
            {"type": "TextualBody", "purpose": "tagging", "value": item["status"]},
            {"type": "TextualBody", "purpose": "describing", "value": described},
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


def render_annotations(report: Report) -> str:
    """A W3C AnnotationCollection (JSON-LD) with one Annotation per claim with a passage."""
    items = [
        a
        for a in (annotation(card, report.texts.get(card.item["text"])) for card in report.cards)
        if a is not None
    ]
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
