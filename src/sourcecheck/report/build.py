"""``build_report``: the contract items of the latest verification, made into cards."""

from __future__ import annotations

from typing import Any

from .. import __version__
from ..models import Document, now_iso
from ..store import db as dbm
from ..store.db import Database
from ..store.indexes import text_slices
from ..store.sourcefilter import SourceIds, source_slugs
from .data import CONTEXT_CHARS, Card, Item, Report, report_items
from .links import location_label, location_url, text_label
from .marks import excerpt_window, quote_pieces, source_pieces
from .review import Publication, verdict_key


def build_report(
    db: Database,
    *,
    source_id: SourceIds = None,
    statuses: list[str] | None = None,
    verdicts: list[str] | None = None,
    context: int = CONTEXT_CHARS,
    database_name: str = "",
    publication: Publication | None = None,
    marks: bool = True,
) -> Report:
    """The latest result of every claim (optionally of one source, some statuses, some
    reviewers' verdicts: ``none`` for claims not reviewed), as cards.

    ``context`` characters of the stored text are kept on each side of a passage;
    ``publication`` says who publishes the ClaimReviews; without ``marks`` the cards have
    no pieces (the quote and the passage cut at each difference: only the formats that
    show them need them, and the passages are then not read).
    """
    items = report_items(db, source_id=source_id, statuses=statuses)
    if verdicts:
        items = [item for item in items if verdict_key(item) in verdicts]
    documents = {d.id: d for d in dbm.list_documents(db)}
    texts = {t["id"]: t for t in dbm.list_texts(db)}
    used = [documents[d] for d in dict.fromkeys(i["document"] for i in items) if d in documents]
    return Report(
        title=_title(used),
        generated_at=now_iso(),
        database=database_name,
        tool_version=__version__,
        cards=_cards(db, items, documents, texts, context=context, marks=marks),
        filters={
            "source": ", ".join(source_slugs(source_id)) or None,
            "statuses": list(statuses or []),
            "verdicts": list(verdicts or []),
        },
        documents=used,
        texts=texts,
        publication=publication or Publication(),
    )


def _cards(
    db: Database,
    items: list[Item],
    documents: dict[str, Document],
    texts: dict[int, dict[str, Any]],
    *,
    context: int,
    marks: bool,
) -> list[Card]:
    """One card per item, with its source, document and text; with ``marks``, the quote and
    the passage cut at each difference."""
    sources = {s.id: s for s in dbm.list_sources(db)}
    wanted = [w for w in (excerpt_window(item, context) for item in items) if w is not None]
    excerpts = text_slices(db, wanted) if marks else {}  # each text read once, not per claim
    cards = []
    for item in items:
        document = documents.get(item["document"]) if item["document"] else None
        text = texts.get(item["text"]) if item["text"] is not None else None
        cards.append(
            Card(
                item=item,
                source=sources.get(item["source"]) if item["source"] else None,
                document=document,
                quote_pieces=quote_pieces(item) if marks else [],
                source_pieces=(
                    source_pieces(db, item, context=context, excerpts=excerpts) if marks else []
                ),
                text_label=text_label(text) if text else None,
                location_url=location_url(document.url if document else None, item["quote"]),
                location_label=location_label(item),
            )
        )
    return cards


def _title(documents: list[Document]) -> str:
    """The report's title: with the document's, when every claim is of one document."""
    title = "Verification report"
    if len(documents) == 1 and documents[0].title:
        title += f": {documents[0].title}"
    return title
