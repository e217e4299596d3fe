"""What Datasette shows about sourcecheck's database: a title and a description for every
table, view and column, the table options (label columns, sorts, facets, full-text search,
the plugin's settings) and the canned queries. Pure data; :mod:`sourcecheck.browse.datasette` turns
it into the metadata and configuration files of each Datasette version."""

from __future__ import annotations

from typing import Any

PLUGIN = "sourcecheck"
EXCERPT_CHARS = 400

Metadata = dict[str, Any]

_RESULT_COLUMNS = {
    "id": "Row id.",
    "run_id": "The verification run that produced this row.",
    "claim_id": "The claim checked.",
    "source_id": "The source whose text was searched (the cited one, or another with --anywhere).",
    "text_id": "The text searched (null when the source had none).",
    "cited": "1 when this text belongs to the claim's cited source, 0 when found by --anywhere.",
    "best": "1 for the result reported for the claim in this run (the best of its cited texts).",
    "status": "verbatim, close, partial, not_found or no_text (definitions in the README).",
    "score": "Similarity of quote and passage, 0-100.",
    "start": "Start of the passage: a character offset into the text (Python str index).",
    "end": "End of the passage (exclusive): text[start:end] is exactly the passage.",
    "passage": "The words of the text that support the claim, exactly as stored.",
    "prefix": "Up to 32 characters before the passage (W3C TextQuoteSelector prefix).",
    "suffix": "Up to 32 characters after the passage (W3C TextQuoteSelector suffix).",
    "differences": "JSON list of typed differences: kind (changed, missing, extra, spelling, "
    "number, negation), the words on each side and their spans.",
    "flags": "JSON list: elided, interpolated, negation, number, ambiguous, gap_too_long, "
    "found_elsewhere.",
    "alternatives": "JSON list of other spans that match equally well (an ambiguous quote).",
    "reason": "Why the claim got its status, in one sentence for a person.",
    "verified_at": "When this result was computed (UTC, ISO 8601).",
    "tool_version": "The sourcecheck version that computed it.",
    "parameters": "JSON of the matching thresholds used.",
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
        "description": "The latest result of every claim with its cited source and document. "
        "Sorted by attention: 1 = not found, or a negation or number that differs, or a better "
        "match in another source; 2 partial; 3 close; 4 no text; 5 not verified; 6 verbatim. "
        "Facet by status or source; search the quotes.",
        "sort": "attention",
        # No array facet on flags here: SQLite 3.40 returns no rows for Datasette's array-facet
        # query over this view (json_each before a join with a view); results has one.
        "facets": ["status", "source_id", "kind", "speaker"],
        "fts_table": "claims_fts",
        "fts_pk": "claim_rowid",
        "plugins": {
            PLUGIN: {
                "link_columns": {
                    "claim_id": "claims",
                    "source_id": "sources",
                    "document_id": "documents",
                    "text_id": "texts",
                }
            }
        },
        "columns": {
            "claim_id": "The claim's id (a slug).",
            "attention": "1 = look first (not found, a negation or number differs, or "
            "misattributed); 2 partial; 3 close; 4 no text; 5 not verified; 6 verbatim.",
            "status": _RESULT_COLUMNS["status"] + " Empty: not verified yet.",
            "score": _RESULT_COLUMNS["score"],
            "quote": "The claim as the document prints it.",
            "passage": _RESULT_COLUMNS["passage"],
            "reason": _RESULT_COLUMNS["reason"],
            "flags": _RESULT_COLUMNS["flags"],
            "source_id": "The cited source (a slug).",
            "source_title": "Title of the cited source.",
            "speaker": "Who the words are attributed to.",
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
            "kind": "diary, minutes, speech, letter, telegram, book, article, newspaper or other.",
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
            "language": "Language code.",
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
            "parameters": "JSON of the matching thresholds.",
            "anywhere": "1 when every text was searched (--anywhere), not only the cited ones.",
            "claims": "Number of claims verified.",
        },
    },
    "results": {
        "title": "Results (every text examined, every run)",
        "description": "One row per claim, text and run. The reported result of a claim in a "
        "run has best = 1; rows with cited = 0 come from other sources (--anywhere).",
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
            "offset), differs or not_found.",
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
    "text_index": {
        "title": "Search index of each text (internal)",
        "description": "Compact word-bigram index built once per text, used to find candidate "
        "passages quickly. Binary; hidden.",
        "hidden": True,
        "columns": {
            "text_id": "The text indexed.",
            "version": "Index format version (rebuilt when it changes).",
            "n_words": "Words in the text.",
            "keys": "Sorted n-gram hashes (binary).",
            "positions": "Word positions per key (binary).",
            "position_bytes": "Bytes per stored position.",
            "built_at": "When it was built.",
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

# -- canned queries ---------------------------------------------------------------------------

QUERIES: dict[str, Metadata] = {
    "not_verbatim": {
        "title": "Claims not verbatim, with their passage and score",
        "description": "Every claim whose latest status is not verbatim (or that is not "
        "verified yet), the worst first.",
        "sql": """\
select claim_id as claim, status, score, quote, passage, reason, source_id as source,
  source_title
from claim_report
where status is null or status != 'verbatim'
order by attention, score desc, claim_id
""",
    },
    "claims_by_source": {
        "title": "Claims by source, with counts per status",
        "description": "For each cited source: its claims, how many ended with each status, "
        "and how many texts it has.",
        "sql": """\
select c.source_id as source, coalesce(s.title, '(no source cited)') as title,
  count(*) as claims,
  count(case when r.status = 'verbatim' then 1 end) as verbatim,
  count(case when r.status = 'close' then 1 end) as close,
  count(case when r.status = 'partial' then 1 end) as partial,
  count(case when r.status = 'not_found' then 1 end) as not_found,
  count(case when r.status = 'no_text' then 1 end) as no_text,
  count(case when r.status is null then 1 end) as not_verified,
  (select count(*) from texts t where t.source_id = c.source_id) as texts
from claims c
left join latest_results r on r.claim_id = c.id
left join sources s on s.id = c.source_id
group by c.source_id
order by claims desc, c.source_id
""",
    },
    "numbers_and_negations": {
        "title": "Numbers and negations that differ",
        "description": "Differences that change the meaning, which similarity scores hide: a "
        "number, or a not/no/never present on one side only (latest results).",
        "sql": """\
select r.claim_id as claim, r.status, r.score,
  json_extract(d.value, '$.kind') as kind,
  json_extract(d.value, '$.quote') as in_quote,
  json_extract(d.value, '$.source') as in_source,
  c.quote, r.passage, r.source_id as source
from latest_results r
join claims c on c.id = r.claim_id
join json_each(r.differences) d
where json_extract(d.value, '$.kind') in ('number', 'negation')
order by r.claim_id, cast(d.key as integer)
""",
    },
    "facts": {
        "title": "Figures and dates checked as facts",
        "description": "The numbers and dates of each claim compared with its source's text "
        "(latest run): agrees, agrees across the Old Style/New Style calendars, differs "
        "(which value, and what the source says), or not found. Differences first.",
        "sql": """\
select f.claim_id as claim, f.kind, f.claim_value as claim_says,
  f.source_value as source_says, f.verdict, f.detail, c.quote, c.source_id as source,
  f.text_id as text, f.start, f."end"
from fact_checks f
join claims c on c.id = f.claim_id
where f.run_id = (select max(r.run_id) from results r where r.claim_id = f.claim_id)
order by case f.verdict when 'differs' then 0 when 'not_found' then 1 else 2 end, f.claim_id
""",
    },
    "sources_without_text": {
        "title": "Claims whose cited source has no text",
        "description": "Nothing was checked for these: add a text with `sourcecheck source "
        "text SOURCE FILE` (or a url in the sources file) and verify again.",
        "sql": """\
select c.id as claim, c.quote, c.source_id as source, s.title, s.url
from claims c
join sources s on s.id = c.source_id
where not exists (select 1 from texts t where t.source_id = c.source_id)
order by c.source_id, c.id
""",
    },
    "misattributions": {
        "title": "Misattributions: a better match in another source",
        "description": "From `sourcecheck verify --anywhere`: texts of other sources than the "
        "cited one where the quote is found verbatim or close, better than in the cited "
        "source (latest run of each claim).",
        "sql": """\
with latest as (
  select claim_id, max(run_id) as run_id from results group by claim_id
),
ranks(status, n) as (
  values ('verbatim', 1), ('close', 2), ('partial', 3), ('not_found', 4), ('no_text', 5)
),
cited as (
  select r.* from results r
  join latest l on l.claim_id = r.claim_id and l.run_id = r.run_id
  where r.best = 1
)
select o.claim_id as claim, c.quote,
  cited.source_id as cited_source, cited.status as cited_status, cited.score as cited_score,
  o.source_id as found_in, o.text_id as text, o.status, o.score, o.passage
from results o
join latest l on l.claim_id = o.claim_id and l.run_id = o.run_id
join cited on cited.claim_id = o.claim_id
join claims c on c.id = o.claim_id
join ranks ro on ro.status = o.status
join ranks rc on rc.status = cited.status
where o.cited = 0 and o.status in ('verbatim', 'close')
  and (ro.n < rc.n or (ro.n = rc.n and o.score > cited.score))
order by o.claim_id, ro.n, o.score desc
""",
    },
    "claim_history": {
        "title": "History of a claim's results",
        "description": "Every result of one claim, newest run first (enter the claim's id).",
        "sql": """\
select r.run_id as run, runs.started_at, r.tool_version, r.source_id as source,
  r.text_id as text, r.cited, r.best, r.status, r.score, r.start, r."end", r.passage,
  r.reason, r.flags, r.parameters
from results r
join runs on runs.id = r.run_id
where r.claim_id = :claim
order by r.run_id desc, r.best desc, r.id
""",
    },
    "search_texts": {
        "title": "Search the source texts",
        "description": "Words anywhere in the stored texts, with the passage around them.",
        "sql": """\
select t.id as text, t.source_id as source, t.label,
  snippet(texts_fts, 1, '»', '«', '…', 24) as passage
from texts_fts
join texts t on t.id = texts_fts.rowid
where texts_fts match escape_fts(:words)
order by rank
limit 50
""",
    },
}

# Keys that Datasette 1.0 reads from datasette.yaml rather than from the metadata.
CONFIG_TABLE_KEYS = frozenset(
    {"sort", "sort_desc", "size", "sortable_columns", "label_column", "hidden", "facets",
     "facet_size", "fts_table", "fts_pk", "searchmode", "plugins", "allow", "column_types"}
)  # fmt: skip
