"""What ``verify --anywhere`` found in other sources' texts than the cited one: the places a
report shows beside a claim (a misattribution?), and the rows a later run that does not search
them again carries (a routine re-run must not quietly drop a misattribution) while the claim
still says the same words and the text is still stored."""

from __future__ import annotations

from collections import defaultdict

from sqlite_utils import Database

from sourcecheck.store.db import Row

_EARLIER_ELSEWHERE = """
select r.*, u.started_at as run_started
from results r
join runs u on u.id = r.run_id
join claims c on c.id = r.claim_id and c.quote is r.quote
join texts t on t.id = r.text_id
where r.cited = 0 and r.claim_id in ({marks})
  and r.run_id = (
    select max(r2.run_id) from results r2 join runs u2 on u2.id = r2.run_id
    where r2.claim_id = r.claim_id and u2.anywhere = 1
  )
order by r.claim_id, r.id
"""


def earlier_elsewhere(db: Database, claim_ids: list[str]) -> dict[str, list[Row]]:
    """Per claim id, the rows the latest ``--anywhere`` run that verified it stored for other
    sources' texts (``run_started`` added), if the claim's quote is the one searched then and
    the text is still there; claims without such a run are left out."""
    found: dict[str, list[Row]] = defaultdict(list)
    for start in range(0, len(claim_ids), 500):  # SQLite's limit on parameters
        chunk = claim_ids[start : start + 500]
        sql = _EARLIER_ELSEWHERE.format(marks=", ".join("?" * len(chunk)))
        for row in db.query(sql, chunk):
            found[row["claim_id"]].append(row)
    return dict(found)


_FOUND_ELSEWHERE = """
select r.claim_id, r.source_id, r.text_id, r.status, r.score, r.start, r."end", r.passage,
  r.verified_at
from results r
where r.cited = 0 and r.status in ('verbatim', 'close')
  and r.run_id = (select max(r2.run_id) from results r2 where r2.claim_id = r.claim_id)
order by r.claim_id, r.status = 'close', r.score desc, r.id
"""


def found_elsewhere(db: Database) -> dict[str, list[Row]]:
    """Per claim id, the other sources' texts where its latest run found the quote (verbatim
    or close), the best first."""
    found: dict[str, list[Row]] = defaultdict(list)
    for row in db.query(_FOUND_ELSEWHERE):
        found[row["claim_id"]].append(row)
    return dict(found)
