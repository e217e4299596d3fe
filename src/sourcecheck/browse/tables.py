"""What Datasette shows about sourcecheck's database: a title and a description for every
table, view and column, and the table options (label columns, sorts, facets, full-text
search, the plugin's settings). Pure data, like the canned queries (:mod:`.queries`);
:mod:`sourcecheck.browse.datasette` turns both into the metadata and configuration files of
each Datasette version."""

from __future__ import annotations

from typing import Any

from ..models import speaker_bands_said
from .columns import FLAGS_DESCRIPTION

PLUGIN = "sourcecheck"
EXCERPT_CHARS = 400

Metadata = dict[str, Any]

SPEAKER_CONFIDENCE = (
    f"How sure `extract` was of the speaker (0-1; on novels {speaker_bands_said()}). "
    "Empty: a person gave or confirmed the speaker, or it was not "
    "extracted; an ascending sort lists the empty ones first, the query speakers_to_check "
    "the doubtful ones first and the empty ones last."
)

_RESULT_COLUMNS = {
    "id": "Row id.",
    "run_id": "The verification run that produced this row.",
    "claim_id": "The claim checked.",
    "source_id": "The source whose text was searched (the cited one, or another with --anywhere).",
    "text_id": "The text searched (null when the source had none).",
    "cited": "1 when this text belongs to the claim's cited source, 0 when found by --anywhere.",
    "best": "1 for the result reported for the claim in this run (the best of its cited texts).",
    "status": "verbatim, close, reworded, partial, not_found or no_text (definitions in the "
    "README; reworded: the source says it in other words, found by meaning; flagged negation, "
    "number, date, name, roles or opposite: the source tells of it in other words, but not as "
    "the claim says it).",
    "score": "Similarity of quote and passage, 0-100 (of words; for reworded, of meaning; for "
    "not_found, of the candidate its reason names first: the meaning stage's when it has one); "
    "empty for no_text: no text was searched.",
    "start": "Start of the passage: a character offset into the text (Python str index).",
    "end": "End of the passage (exclusive): text[start:end] is exactly the passage.",
    "passage": "The words of the text that support the claim, exactly as stored.",
    "prefix": "Up to 32 characters before the passage (W3C TextQuoteSelector prefix).",
    "suffix": "Up to 32 characters after the passage (W3C TextQuoteSelector suffix).",
    "differences": "JSON list of typed differences: kind (changed, missing, extra, spelling, "
    "number, negation), the words on each side and their spans.",
    "flags": FLAGS_DESCRIPTION,
    "alarms": "JSON list of what a person must not miss in the result, in the words every "
    "report uses (a negation, number, date, name or roles that differs, the opposite, a fact "
    "that differs, a word changed, another speaker, found in another source); [] none.",
    "alternatives": "JSON list of other places, {text, start, end}: in the same text, equally "
    "good (an ambiguous quote); in other texts of the cited source, found verbatim or close.",
    "reason": "Why the claim got its status, in one sentence for a person.",
    "verified_at": "When this result was computed (UTC, ISO 8601).",
    "quote": "The claim's quote this result was found for (null before m014): latest_results "
    "holds a claim's result only while the claim's quote is still this one.",
    "tool_version": "The sourcecheck version that computed it.",
    "parameters": "JSON of the matching thresholds used (and the meaning stage's model and "
    "limits, or meaning: false).",
    "similarity": "reworded only: how close in meaning quote and passage are, 0-100 (cosine "
    "of their sentence vectors).",
    "language": "reworded only: the language of the passage (ISO 639-1).",
    "evidence": "reworded only: JSON of what a person needs to judge it: the shared words "
    "(quote/passage) and names, and the numbers, dates and negations on each side.",
}

_REVIEW_COLUMNS = {
    "verdict": "A person's verdict: accurate, minor_differences, partly_supported, misquoted, "
    "misattributed, unsupported or unverifiable (`sourcecheck review`).",
    "note": "The reviewer's note.",
    "reviewer": "Who reviewed.",
    "reviewed_at": "When (UTC, ISO 8601).",
    "stale": "1 when the claim's quote, or its latest result's status or passage, is no longer "
    "the one reviewed: review it again.",
    "stale_reason": "What changed since the review.",
}

TABLES: dict[str, Metadata] = {
    "claim_report": {
        "title": "What is wrong in this text? One row per claim, the worst first",
        "description": "The latest result of every claim, sorted by attention: 1 look first "
        "(not found, a flag that changes the meaning, a reviewer's problem), 2 partial, "
        "3 reworded, 4 close, 5 no text, 6 not verified, 7 verbatim or accurate, 8 no longer "
        "in the document. Facet by status or source; search the quotes.",
        "sort": "attention",
        # No array facet on flags here: SQLite 3.40 returns no rows for Datasette's array-facet
        # query over this view (json_each before a join with a view); results has one.
        "facets": ["status", "verdict", "review_stale", "source_id", "kind", "speaker"],
        "fts_table": "claims_fts",
        "fts_pk": "claim_rowid",
        "plugins": {
            PLUGIN: {
                "review_column": "verdict",
                "link_columns": {
                    "claim_id": "claims",
                    "source_id": "sources",
                    "document_id": "documents",
                    "text_id": "texts",
                },
            }
        },
        "columns": {
            "claim_id": "The claim's id (a slug).",
            "in_document": "'no longer in the document' for a claim `extract --merge` found "
            "gone from the corrected text (notes 'gone: ...', no offsets): its result is not "
            "the document's problem. Empty: in the document.",
            "attention": "1 = look first (not found, a negation, number, date, name or roles "
            "differ, the source says the opposite (flag opposite), or a fact checked at the "
            "passage differs, or misattributed; or a reviewer "
            "found a problem, or their review is stale); "
            "2 partial; 3 reworded, or close with a content word changed (flag word_changed); "
            "4 close; 5 no text; 6 not verified; 7 verbatim or reviewed "
            "accurate; 8 no longer in the document (in_document). "
            "A reviewer's verdict counts first, as in the reports.",
            "status": _RESULT_COLUMNS["status"] + " Empty: not verified yet.",
            "score": _RESULT_COLUMNS["score"],
            "alarms": "What a person must not miss in the result, in the words of the "
            "reports (each after ⚠): what differs from the source and needs a look. Empty: "
            "nothing.",
            "quote": "The claim as the document prints it.",
            "passage": _RESULT_COLUMNS["passage"],
            "reason": _RESULT_COLUMNS["reason"],
            "flags": _RESULT_COLUMNS["flags"],
            "similarity": _RESULT_COLUMNS["similarity"],
            "language": _RESULT_COLUMNS["language"],
            "source_id": "The cited source (a slug).",
            "source_title": "Title of the cited source.",
            "speaker": "Who the words are attributed to.",
            "speaker_confidence": SPEAKER_CONFIDENCE,
            "date": "The date the document gives for the cited words or event.",
            "locator": "Where in the source, as the document cites it.",
            "kind": "quotation, paraphrase, figure, date, event or oral.",
            "document_id": "The document that makes the claim.",
            "paragraph": "Paragraph of the document (1-based) where the claim is printed.",
            "text_id": "The text where the passage was found.",
            "verified_at": _RESULT_COLUMNS["verified_at"],
            "verdict": _REVIEW_COLUMNS["verdict"] + " Empty: not reviewed.",
            "review_stale": _REVIEW_COLUMNS["stale"],
            "reviewer": _REVIEW_COLUMNS["reviewer"],
            "reviewed_at": _REVIEW_COLUMNS["reviewed_at"],
            "review_note": _REVIEW_COLUMNS["note"],
            "review_stale_reason": _REVIEW_COLUMNS["stale_reason"],
            "claim_rowid": "Internal: links the row to the claims' full-text index.",
        },
    },
    "claims": {
        "title": "Claims",
        "description": "Each factual assertion of a document, linked to the source it cites. "
        "Search the quotes, speakers, locators and notes.",
        "label_column": "quote",
        "sort": "start",
        "facets": ["kind", "source_id", "speaker", "document_id"],
        "fts_table": "claims_fts",
        "columns": {
            "id": "A slug: <source>-<date>, or given in the claims file.",
            "document_id": "The document that makes the claim.",
            "start": "Start of the quote in the document's text (character offset).",
            "end": "End of the quote: the document's text[start:end] is the quote.",
            "paragraph": "Paragraph of the document (1-based; runs of non-blank lines).",
            "quote": "The exact words claimed, as the document prints them (editorial marks "
            "such as [!] and ... included).",
            "kind": "quotation, paraphrase, figure, date, event or oral (spoken words no "
            "document records: never verifiable).",
            "speaker": "Who the words are attributed to.",
            "speaker_confidence": SPEAKER_CONFIDENCE,
            "date": "The date of the cited words or event as the document gives it (ISO).",
            "locator": "Where in the source, as cited (page, entry, session).",
            "source_id": "The cited source (null for oral remarks).",
            "notes": "Anything a reviewer should know about this claim.",
        },
    },
    "sources": {
        "title": "Sources",
        "description": "The works the documents cite. Field names follow CSL-JSON.",
        "label_column": "title",
        "facets": ["kind", "language"],
        "columns": {
            "id": "A slug, used by claims and texts.",
            "title": "Title of the work.",
            "author": "Author (CSL author).",
            "issued": "When it was issued (ISO date: YYYY, YYYY-MM or YYYY-MM-DD).",
            "kind": "diary, minutes, speech, letter, telegram, book, article, newspaper, memoir, "
            "report, pamphlet or other.",
            "language": "Language code, e.g. en.",
            "translator": "Translator, for a translation.",
            "edition": "Edition.",
            "publisher": "Publisher.",
            "container_title": "The book or collection a speech or article appears in.",
            "url": "A public copy.",
            "note": "Free note.",
        },
    },
    "texts": {
        "title": "Source texts",
        "description": "The texts supplied for each source, keyed by the sha256 of their "
        "bytes. Tables show only the opening of each text; search finds words in all of it "
        "(the 'Search the source texts' query shows the passages).",
        "label_column": "label",
        "sort": "source_id",
        "facets": ["source_id", "language", "extraction"],
        "fts_table": "texts_fts",
        "plugins": {PLUGIN: {"excerpt_columns": ["text"], "excerpt_chars": EXCERPT_CHARS}},
        "columns": {
            "id": "Text id, used by results.",
            "source_id": "The source this is a text of.",
            "label": "Which text this is (edition, translation).",
            "language": "Language code (ISO 639-1): given, or detected when it arrived.",
            "language_detected": "1 when the language was detected, not given (digits are then "
            "read without it: 30.000 is read as 30000).",
            "origin": "The file path or URL it was read from.",
            "retrieved_at": "When it was read or downloaded (UTC).",
            "sha256": "sha256 of the raw bytes: the same bytes are stored once.",
            "encoding": "The character encoding the bytes were decoded with.",
            "encoding_source": "How that encoding was known (declared, detected, given).",
            "extraction": "How the text was taken from the file (plain, html, pdf).",
            "length": "Length of the stored text in characters.",
            "text": "The text itself (only its opening is shown in tables).",
            "extractor": "The library (and version) that extracted the text.",
            "extraction_notes": "Notes from extraction, e.g. pages without text.",
            "byte_length": "Size of the raw file or download in bytes.",
            "final_url": "For a download: the URL after redirects.",
            "redirects": "For a download: the redirect chain (JSON).",
            "http_status": "For a download: the HTTP status.",
            "content_type": "For a download: the Content-Type header.",
        },
    },
    "documents": {
        "title": "Documents",
        "description": "The texts that make claims, such as a memoir chapter.",
        "label_column": "title",
        "columns": {
            "id": "A slug.",
            "title": "Title.",
            "author": "Author: who makes the claims.",
            "issued": "When it was issued (ISO date).",
            "url": "A public copy.",
            "sha256": "sha256 of the document's text file (claims' offsets point into it).",
            "note": "Free note.",
        },
    },
    "runs": {
        "title": "Verification runs",
        "description": "Each `sourcecheck verify`: when, with which version and parameters.",
        "label_column": "started_at",
        "sort_desc": "id",
        "facets": ["tool_version", "anywhere"],
        "columns": {
            "id": "Run id.",
            "started_at": "When the run started (UTC).",
            "finished_at": "When it finished.",
            "tool_version": "sourcecheck version.",
            "parameters": "JSON of the matching thresholds, and of the meaning stage: the "
            "embedding model's id, its limits and the decision rule's constants (or false "
            "with --no-meaning).",
            "anywhere": "1 when every text was searched (--anywhere), not only the cited ones.",
            "claims": "Number of claims verified.",
        },
    },
    "results": {
        "title": "Results (every run)",
        "description": "The reported result of each claim in each run (best = 1; its "
        "alternatives list the other texts of the source where the quote is found), and with "
        "--anywhere the best match in each other source where it is found (cited = 0).",
        "sort_desc": "id",
        "facets": ["status", "source_id", "cited", "best", {"array": "flags"}],
        "columns": _RESULT_COLUMNS,
    },
    "latest_results": {
        "title": "Latest results",
        "description": "The reported result of each claim in its latest run (see claim_report "
        "for the same joined with claims and sources).",
        "facets": ["status", "source_id"],
        "columns": _RESULT_COLUMNS,
    },
    "fact_checks": {
        "title": "Numbers and dates checked",
        "description": "Each number or date of a claim compared with what the source says "
        "there, in the run that checked it.",
        "sort_desc": "id",
        "facets": ["verdict", "kind"],
        "columns": {
            "id": "Row id.",
            "run_id": "The verification run.",
            "claim_id": "The claim.",
            "text_id": "The text compared.",
            "kind": "number or date.",
            "claim_value": "The claim's value (numbers, or an ISO date).",
            "source_value": "What the source says there, as printed.",
            "verdict": "agrees, agrees_old_style (the dates differ by the Julian calendar's "
            "offset, and the source may print Old Style dates: a Russian text before February "
            "1918, or a double date), differs or not_found.",
            "start": "Where the source says it (character offset).",
            "end": "End of that mention.",
            "detail": "The comparison, in words.",
        },
    },
    "reviews": {
        "title": "Reviews (every verdict, every clearing)",
        "description": "A person's verdicts on claims, with their history: who, when, the "
        "verdict (empty: the review was cleared) and a note, bound to what was reviewed: the "
        "claim's quote and the result of its latest run then.",
        "sort_desc": "id",
        "facets": ["verdict", "reviewer"],
        "columns": {
            "id": "Row id.",
            "claim_id": "The claim reviewed.",
            "verdict": _REVIEW_COLUMNS["verdict"] + " Empty: the review was cleared.",
            "note": _REVIEW_COLUMNS["note"],
            "reviewer": _REVIEW_COLUMNS["reviewer"],
            "reviewed_at": _REVIEW_COLUMNS["reviewed_at"],
            "quote": "The claim's quote when it was reviewed.",
            "run_id": "The run whose result was reviewed (empty: not verified then).",
            "status": "The status the reviewer saw.",
            "text_id": "The text of the passage the reviewer saw.",
            "start": "Start of that passage.",
            "end": "End of that passage.",
        },
    },
    "current_reviews": {
        "title": "Current reviews",
        "description": "Each claim's latest review unless cleared, and whether it is stale.",
        "facets": ["verdict", "reviewer", "stale"],
        "columns": {
            "review_id": "The row of reviews.",
            "claim_id": "The claim.",
            "verdict": _REVIEW_COLUMNS["verdict"],
            "note": _REVIEW_COLUMNS["note"],
            "reviewer": _REVIEW_COLUMNS["reviewer"],
            "reviewed_at": _REVIEW_COLUMNS["reviewed_at"],
            "reviewed_run": "The run whose result was reviewed.",
            "reviewed_status": "The status the reviewer saw.",
            "reviewed_text": "The text of the passage the reviewer saw.",
            "reviewed_start": "Start of that passage.",
            "reviewed_end": "End of that passage.",
            "stale_reason": _REVIEW_COLUMNS["stale_reason"],
            "stale": _REVIEW_COLUMNS["stale"],
        },
    },
    "text_urls": {
        "title": "Text URLs listed in sources files",
        "description": "The texts: - url: entries of the sources files, fetched or not yet.",
        "facets": ["source_id"],
        "columns": {
            "source_id": "The source.",
            "url": "The URL to fetch.",
            "label": "Label for the text.",
            "language": "Language code.",
            "encoding": "Encoding to decode it with, when given.",
            "position": "Order in the sources file.",
        },
    },
    "index_shards": {
        "title": "Search index shards (internal)",
        "description": "Texts grouped for one candidate search over all of them; a shard is "
        "sealed once full. Built when texts arrive (sourcecheck index rebuilds). Hidden.",
        "hidden": True,
        "columns": {
            "id": "Shard id.",
            "sealed": "1 once full: its one run is final.",
            "texts": "Texts in the shard.",
            "words": "Words in the shard.",
            "end": "Where the next text would start (characters, shard coordinates).",
        },
    },
    "index_texts": {
        "title": "Where each text is indexed (internal)",
        "description": "The shard of each indexed text and where the text starts in it. Hidden.",
        "hidden": True,
        "columns": {
            "text_id": "The text indexed.",
            "shard_id": "Its shard.",
            "base": "Where the text starts in the shard (characters).",
            "length": "Characters of the text.",
            "words": "Words of the text.",
            "version": "Index format version (rebuilt when it changes).",
            "built_at": "When it was indexed.",
        },
    },
    "index_runs": {
        "title": "Sorted word-pair runs of each shard (internal)",
        "description": "A shard's sorted word pairs, merged as texts arrive; the arrays are "
        "in index_run_parts. Hidden.",
        "hidden": True,
        "columns": {
            "id": "Run id.",
            "shard_id": "The shard.",
            "pairs": "Word pairs in the run.",
            "position_bytes": "Bytes per stored position (4, or 8 beyond 4 G characters).",
        },
    },
    "index_run_parts": {
        "title": "The arrays of each run (internal)",
        "description": "Sorted 64-bit hashes of consecutive word pairs and their positions, "
        "raw little-endian arrays of at most a million pairs per row. Binary; hidden.",
        "hidden": True,
        "columns": {
            "run_id": "The run.",
            "part": "Part number within the run.",
            "keys": "Sorted pair hashes (binary, 8 bytes each).",
            "positions": "Shard position of each pair (binary).",
        },
    },
    "text_vectors": {
        "title": "Sentence vectors of each text (internal)",
        "description": "Which texts have sentence vectors for the meaning stage, of which "
        "embedding model (another model's are rebuilt). Built at import for small imports, by "
        "sourcecheck index --meaning, or by verify for the texts it needs. Hidden.",
        "hidden": True,
        "columns": {
            "text_id": "The text.",
            "model_id": "The embedding model (package, version and model).",
            "units": "Units embedded (sentences; long ones cut at clauses).",
            "dim": "Dimensions of each vector.",
            "built_at": "When they were built.",
            "clauses": "Clauses of long units embedded too (stored after the units).",
            "scheme": "How the text was cut into units and clauses (another scheme's are rebuilt).",
        },
    },
    "text_vector_parts": {
        "title": "The arrays of each text's vectors (internal)",
        "description": "Unit spans (int64 start, end) and vectors (float16), raw little-endian "
        "arrays of at most 65,536 units per row. Binary; hidden.",
        "hidden": True,
        "columns": {
            "text_id": "The text.",
            "part": "Part number.",
            "spans": "Character spans of the units (binary).",
            "matrix": "Their unit vectors (binary).",
        },
    },
    "text_words": {
        "title": "The words of each text with vectors (internal)",
        "description": "A text's units, their content stems and the names it prints, as the "
        "meaning stage reads them, stored with its sentence vectors so that verify does not read "
        "them again; rebuilt when the code that reads them changes. Binary; hidden.",
        "hidden": True,
        "columns": {
            "text_id": "The text.",
            "language": "The language it was read in.",
            "scheme": "A fingerprint of the code that read it (other code's are rebuilt).",
            "length": "The text's length in characters when it was read.",
            "spans": "Character spans of the units (binary).",
            "words": "Words per unit (binary).",
            "stems": "Its content stems (JSON list).",
            "unit_stems": "Each unit's stems, as numbers into that list (binary).",
            "unit_ends": "Where each unit's numbers end (binary).",
            "names": "The names it prints inside sentences (JSON list of name keys).",
            "lower": "The words it prints in lower case (JSON list).",
            "text_names": "The names it may name, sentence openers too (JSON list of keys).",
            "built_at": "When they were read.",
        },
    },
    "_sqlite_migrations": {
        "title": "Schema migrations applied (internal)",
        "description": "Named migrations of src/sourcecheck/migrations.py and when they ran.",
        "hidden": True,
        "columns": {
            "id": "Row id.",
            "migration_set": "Always sourcecheck.",
            "name": "Migration name.",
            "applied_at": "When it was applied.",
        },
    },
    "claims_fts": {
        "title": "Full-text index of claims",
        "description": "SQLite FTS5 index of claims (quote, speaker, locator, notes).",
        "columns": {
            "quote": "Indexed.",
            "speaker": "Indexed.",
            "locator": "Indexed.",
            "notes": "Indexed.",
        },
    },
    "texts_fts": {
        "title": "Full-text index of source texts",
        "description": "SQLite FTS5 index of texts (label and text).",
        "columns": {"label": "Indexed.", "text": "Indexed."},
    },
}

# Keys that Datasette 1.0 reads from datasette.yaml rather than from the metadata.
CONFIG_TABLE_KEYS = frozenset(
    {"sort", "sort_desc", "size", "sortable_columns", "label_column", "hidden", "facets",
     "facet_size", "fts_table", "fts_pk", "searchmode", "plugins", "allow", "column_types"}
)  # fmt: skip
