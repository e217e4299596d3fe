"""What an earlier ``verify --anywhere`` found in other sources' texts, for a run that does not
search them again: a routine re-run must not quietly drop a misattribution. Its rows are carried
into the new run while the claim still says the same words and the text is still stored."""

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
