"""The canned queries on sourcecheck's database page in Datasette: the usual questions about
claims and sources, and the form that records a review (a writable query). Pure data."""

from __future__ import annotations

from ..store.reviews import RECORD_REVIEW_SQL
from .tables import Metadata

REVIEW_GATE = "review_from"
"""The magic parameter (``:_sourcecheck_review_from``) the plugin answers for a request."""
REVIEW_ACTOR_KEY = "sourcecheck"
REVIEW_ACTOR_VALUE = "reviewer"
REVIEW_ALLOW = {REVIEW_ACTOR_KEY: REVIEW_ACTOR_VALUE}
"""Who may record a review from Datasette: the actor sourcecheck's plugin gives a request from
an allowed address (127.0.0.1 unless `serve --allow-review-from` says otherwise)."""

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
  count(case when r.status = 'reworded' then 1 end) as reworded,
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
    "reworded": {
        "title": "Claims said in other words, with the evidence",
        "description": "Claims the source says in other words (status reworded: another "
        "translation, a paraphrase or the original in another language), found by meaning, "
        "or, when flagged (negation, number, date, name, roles, opposite), tells of in other "
        "words but not as the claim says it; "
        "with what a person needs to judge each: the alarms in words and the flags, the "
        "quote's words the passage has no counterpart for and the names it lacks (what it "
        "may not say), the words paired. "
        "Flagged ones first, then the least similar. The reason: claim_report.",
        "sql": """\
select r.claim_id as claim,
  (select group_concat('⚠ ' || a.value, '; ') from json_each(r.alarms) a) as alarms,
  replace(trim(r.flags, '[]'), '"', '') as flags, c.quote, r.passage,
  (select group_concat(value, ', ') from json_each(r.evidence, '$.unmatched_words'))
    as no_counterpart,
  (select group_concat(value, ', ') from json_each(r.evidence, '$.missing_names'))
    as names_missing,
  (select group_concat(value, ', ') from json_each(r.evidence, '$.shared_words'))
    as words_paired,
  round(r.similarity, 1) as similarity, r.language, r.source_id as source
from latest_results r
join claims c on c.id = r.claim_id
where r.status = 'reworded'
order by r.flags = '[]', r.similarity, r.claim_id
""",
    },
    "numbers_and_negations": {
        "title": "Numbers and negations that differ",
        "description": "Differences that change the meaning, which similarity scores hide: a "
        "number, or a not/no/never present on one side only (latest results), in passages "
        "found by words and in passages said in other words (reworded, flagged number or "
        "negation: the numbers or negations of each side).",
        "sql": """\
select claim, status, score, kind, in_quote, in_source, quote, passage, source from (
select r.claim_id as claim, r.status, r.score,
  json_extract(d.value, '$.kind') as kind,
  json_extract(d.value, '$.quote') as in_quote,
  json_extract(d.value, '$.source') as in_source,
  c.quote, r.passage, r.source_id as source, cast(d.key as integer) as place
from latest_results r
join claims c on c.id = r.claim_id
join json_each(r.differences) d
where json_extract(d.value, '$.kind') in ('number', 'negation')
union all
select r.claim_id, r.status, r.score, f.value,
  (select group_concat(q.value, ', ')
   from json_each(r.evidence, '$.quote_' || (case f.value when 'number' then 'numbers'
                                              else 'negations' end)) q),
  (select coalesce(group_concat(p.value, ', '), '')
   from json_each(r.evidence, '$.passage_' || (case f.value when 'number' then 'numbers'
                                                else 'negations' end)) p),
  c.quote, r.passage, r.source_id, -1
from latest_results r
join claims c on c.id = r.claim_id
join json_each(r.flags) f
where r.status = 'reworded' and f.value in ('number', 'negation')
) order by claim, place
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
  values ('verbatim', 1), ('close', 2), ('reworded', 3), ('partial', 4), ('not_found', 5),
    ('no_text', 6)
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
    "speakers_to_check": {
        "title": "Speakers to check, the least sure first",
        "description": "The speakers extract gave, the least sure first (speaker_confidence, "
        "0-1); then the speakers a person gave or confirmed (no confidence); then, apart, the "
        "quotations, paraphrases and oral remarks with no speaker at all: who said them is "
        "still to find. Figures, dates and events without a speaker are not listed: they have "
        "none to check. claim_report sorted by speaker_confidence puts those without one "
        "first, as SQLite sorts an empty value.",
        # "is null" first in the ORDER BY: an ascending sort alone puts the empty ones first
        "sql": """\
select case
    when speaker is null then 'no speaker: who said it?'
    when speaker_confidence is null then 'given by a person'
    else 'proposed by extract'
  end as to_check,
  claim_id as claim, speaker, speaker_confidence, quote, kind, status,
  source_id as source, document_id as document, paragraph
from claim_report
where speaker is not null or kind in ('quotation', 'paraphrase', 'oral')
order by speaker is null, speaker_confidence is null, speaker_confidence, claim_rowid
""",
    },
    "claim_history": {
        "title": "History of a claim's results",
        "description": "Every result of one claim, newest run first (enter the claim's id).",
        "sql": """\
select r.run_id as run, runs.started_at, r.tool_version, r.source_id as source,
  r.text_id as text, r.cited, r.best, r.status, r.score, r.start, r."end", r.passage,
  r.reason, r.flags, r.similarity, r.language, r.parameters
from results r
join runs on runs.id = r.run_id
where r.claim_id = :claim
order by r.run_id desc, r.best desc, r.id
""",
    },
    "search_texts": {
        "title": "Search the source texts",
        "description": "Words anywhere in the stored texts, with the passage around them "
        "(type them in the box and run the query).",
        "sql": """\
select t.id as text, t.source_id as source, t.label,
  snippet(texts_fts, 1, '⟦', '⟧', '…', 24) as passage
from texts_fts
join texts t on t.id = texts_fts.rowid
where texts_fts match case when trim(:words) = '' then '""' else escape_fts(:words) end
order by rank
limit 50
""",
    },
    "record_review": {
        "title": "Record a review of a claim",
        "description": "Your verdict on a claim, with a note: accurate, minor_differences, "
        "partly_supported, misquoted, misattributed, unsupported or unverifiable. It is bound "
        "to the claim's quote and its latest result (a later verify that changes them marks "
        "it stale) and kept with the claim's history of reviews. The link in each row of "
        "claim_report fills in the claim.",
        # the WHERE asks sourcecheck's plugin (a magic parameter nobody can post) whether the
        # request comes from an allowed address: Datasette 1.0a19 runs a canned query's POST
        # without checking its allow block, which 0.65 does
        "sql": RECORD_REVIEW_SQL + f"where :_sourcecheck_{REVIEW_GATE} = 'allowed'\n",
        "params": ["claim", "verdict", "note", "reviewer"],
        "write": True,
        "allow": REVIEW_ALLOW,
        "on_success_message": "Review recorded: claim_report shows it.",
    },
}
