"""Library scale: shards built as texts arrive, one search over every text of a source, and
the same results in one process, on worker processes and on a Dask cluster."""

from __future__ import annotations

import contextlib
import json
import random
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import shared_file

from sourcecheck.matching.params import MatchParams
from sourcecheck.models import Claim, Source
from sourcecheck.records.catalog import add_claim, add_source, attach_text
from sourcecheck.store import db as dbm
from sourcecheck.store import indexes
from sourcecheck.store import vectors as stored_vectors
from sourcecheck.verify import verify

pytestmark = pytest.mark.shared  # Czernin's book and War and Peace, from ../shared

VOLUMES = 6


def _stretch(rng: random.Random, text: str, words: int) -> str:
    """``words`` words of ``text`` from a random place, starting at a word."""
    start = text.index(" ", rng.randrange(0, len(text) - 5000)) + 1
    return " ".join(text[start:].split()[:words])


def _perturb(rng: random.Random, quote: str) -> str:
    words = quote.split()
    kind = rng.choice(["exact", "changed", "elided", "missing"])
    if kind == "changed":
        words[len(words) // 2] = "elephant"
    elif kind == "elided":
        words = [*words[:5], "...", *words[9:]]
    elif kind == "missing":
        del words[len(words) // 3]
    return " ".join(words)


@pytest.fixture
def corpus(db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Czernin's book in six volumes of one source, two chunks of War and Peace in another,
    claims drawn from both (some citing the wrong source, some absent), in several shards."""
    monkeypatch.setattr(indexes, "SHARD_WORDS", 60_000)
    monkeypatch.setattr(indexes, "PART_PAIRS", 25_000)  # runs stored in several parts
    # no sentence vectors (20 s of embedding per test): the meaning stage searches these texts
    # by stems, in the driver, whatever the workers
    monkeypatch.setattr(stored_vectors, "ARRIVAL_CHARS", 0)
    monkeypatch.setattr(stored_vectors, "EMBED_CHARS", 0)
    book = shared_file("sources", "czernin-in-the-world-war.txt").read_text(encoding="utf-8")
    novel = shared_file("sources", "tolstoy-war-and-peace.txt").read_text(encoding="utf-8")
    db = dbm.open_db(db_path)
    add_source(db, Source("czernin", "In the World War", kind="book"))
    add_source(db, Source("tolstoy", "War and Peace", kind="book"))
    size = len(book) // VOLUMES
    volumes = [book[i * size : (i + 1) * size] for i in range(VOLUMES)]
    volumes[4] += volumes[1][1000:3000]  # a passage printed twice, in volumes 2 and 5
    for n, volume in enumerate(volumes):
        path = tmp_path / f"volume-{n}.txt"
        path.write_text(volume, encoding="utf-8")
        attach_text(db, "czernin", path)
    for n in range(2):
        path = tmp_path / f"novel-{n}.txt"
        path.write_text(novel[n * 200_000 : (n + 1) * 200_000], encoding="utf-8")
        attach_text(db, "tolstoy", path)
    rng = random.Random(11)
    for n in range(36):
        quote = _perturb(rng, _stretch(rng, book, rng.randint(10, 30)))
        cited = "tolstoy" if n % 9 == 0 else "czernin"  # a misattribution now and then
        add_claim(db, Claim(f"c{n:02d}", quote, source_id=cited))
    for n in range(6):
        add_claim(db, Claim(f"t{n}", _stretch(rng, novel[:400_000], 15), source_id="tolstoy"))
    add_claim(
        db, Claim("twice", " ".join(volumes[1][1500:2200].split()[1:-1]), source_id="czernin")
    )
    add_claim(
        db, Claim("absent", "The elephants of Brest danced a slow waltz", source_id="czernin")
    )
    add_claim(db, Claim("figure", "He counted 32 votes for the war", source_id="czernin",
                        kind="figure"))  # fmt: skip
    add_claim(db, Claim("reworded", "Trotsky refuses to put his name to the treaty: the war "
                        "has ended, and yet there is no peace.", source_id="czernin"))  # fmt: skip
    return db_path


def results(db_path: Path) -> list[tuple]:
    """The latest run's results and fact checks, without ids and times."""
    db = dbm.open_db(db_path)
    run = db.execute("SELECT max(id) FROM runs").fetchone()[0]
    rows = db.execute(
        """SELECT claim_id, source_id, text_id, cited, best, status, score, start, "end",
                  passage, prefix, suffix, differences, flags, alternatives, reason,
                  similarity, language, evidence
           FROM results WHERE run_id = ? ORDER BY claim_id, best DESC, source_id""",
        [run],
    ).fetchall()
    facts = db.execute(
        """SELECT claim_id, text_id, kind, claim_value, source_value, verdict, start, "end",
                  detail FROM fact_checks WHERE run_id = ? ORDER BY claim_id, id""",
        [run],
    ).fetchall()
    return rows + facts


def test_texts_are_indexed_into_shards_as_they_arrive(corpus: Path) -> None:
    db = dbm.open_db(corpus)
    assert indexes.pending_texts(db) == []
    shards = db.execute("SELECT id, sealed, words FROM index_shards ORDER BY id").fetchall()
    assert len(shards) >= 3 and all(s[1] for s in shards[:-1])  # full shards are sealed
    for shard_id, sealed, _ in shards:
        runs = db.execute("SELECT count(*) FROM index_runs WHERE shard_id = ?", [shard_id])
        assert runs.fetchone()[0] == 1 if sealed else 1 <= runs.fetchone()[0] <= 3
    total = db.execute("SELECT sum(pairs) FROM index_runs").fetchone()[0]
    words = db.execute("SELECT sum(words), count(*) FROM index_texts").fetchone()
    assert total == words[0] - words[1]  # one pair per word but the last of each text
    sealed = """SELECT p.run_id, p.part, p.keys, p.positions FROM index_run_parts p
                JOIN index_runs r ON r.id = p.run_id JOIN index_shards s ON s.id = r.shard_id
                WHERE s.sealed = 1 ORDER BY p.run_id, p.part"""
    before = db.execute(sealed).fetchall()
    path = corpus.parent / "late.txt"
    path.write_text("A late text arrives: the peace of Brest was signed at last.\n")
    attach_text(db, "czernin", path)
    assert before and db.execute(sealed).fetchall() == before  # full shards are never rebuilt
    assert max(part for _, part, _, _ in before) >= 1
    assert indexes.pending_texts(db) == []


def test_one_search_over_the_texts_of_a_source(corpus: Path) -> None:
    db = dbm.open_db(corpus)
    run = {v.claim.id: v for v in verify(db).verdicts}
    twice = run["twice"]
    assert twice.result.status == "verbatim" and twice.result.text_id == 2
    assert [r.text_id for r in twice.also_found] == [5]
    assert "also found in 1 other text of the source: 5" in twice.result.reason
    [row] = db.execute("SELECT alternatives FROM latest_results WHERE claim_id = 'twice'")
    assert {"text": 5}.items() <= json.loads(row[0])[0].items()
    assert run["absent"].result.status == "not_found"
    found = [v for k, v in run.items() if k.startswith("c") and v.source_id == "czernin"]
    assert sum(v.result.status in ("verbatim", "close") for v in found) >= len(found) - 2
    # one result row per claim (no row per text examined)
    rows = db.execute("SELECT claim_id, count(*) FROM results GROUP BY claim_id").fetchall()
    assert all(n == 1 for _, n in rows)


def test_anywhere_keeps_the_other_sources_where_the_quote_is_found(corpus: Path) -> None:
    db = dbm.open_db(corpus)
    run = {v.claim.id: v for v in verify(db, anywhere=True).verdicts}
    misattributed = [run[f"c{n:02d}"] for n in range(0, 36, 9)]
    for verdict in misattributed:
        assert "found_elsewhere" in verdict.result.flags, verdict.result.reason
        assert [source for source, _ in verdict.elsewhere] == ["czernin"]
    elsewhere = db.execute("SELECT claim_id, source_id, status FROM results WHERE cited = 0")
    rows = elsewhere.fetchall()
    assert {r[0] for r in rows} >= {v.claim.id for v in misattributed}
    assert all(status in ("verbatim", "close") for _, _, status in rows)


def test_results_are_the_same_with_one_worker_or_several(corpus: Path) -> None:
    db = dbm.open_db(corpus)
    for anywhere in (False, True):
        verify(db, anywhere=anywhere, workers=1)
        one = results(corpus)
        verify(db, anywhere=anywhere, workers=2)
        assert results(corpus) == one
        # the meaning stage (in the driver) took part: a rewording found by stems
        assert ("reworded", "reworded") in {(r[0], r[5]) for r in one}


VERIFY_ALONE = """
import sys
from sourcecheck.matching import align
from sourcecheck.store import db as dbm
from sourcecheck.verify import verify
path, kernels = sys.argv[1:]
if kernels == "compiled":
    align.COMPILED_AFTER = 1  # as if the run's alignments repaid loading numba
verify(dbm.open_db(path), anywhere=True, workers=1)
assert ("numba" in sys.modules) == (kernels == "compiled"), sys.modules.keys()
"""


def test_a_small_run_aligns_with_numpy_a_large_one_compiled_with_the_same_results(
    corpus: Path,
) -> None:
    """Loading numba costs more than a small run's alignments: such a run aligns with numpy's
    reference and never loads it; a run with enough alignments loads the compiled code first.
    Each in a fresh process (this one may have loaded it already)."""
    runs = []
    for kernels in ("numpy", "compiled"):
        alone = [sys.executable, "-c", VERIFY_ALONE, str(corpus), kernels]
        subprocess.run(alone, check=True, timeout=300)
        runs.append(results(corpus))
    assert runs[0] == runs[1]
    assert sum(row[5] == "close" for row in runs[0]) >= 5  # alignments did run


def test_a_cluster_in_this_process_gives_the_local_results(corpus: Path) -> None:
    distributed = pytest.importorskip("distributed")
    db = dbm.open_db(corpus)
    verify(db, anywhere=True, workers=1)
    local = results(corpus)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster:
        verify(db, anywhere=True, cluster=cluster.scheduler_address)
    assert results(corpus) == local


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def _cluster(workers: int, *, nanny: bool = True) -> Iterator[tuple[str, list[subprocess.Popen]]]:
    """A scheduler and ``workers`` worker processes on 127.0.0.1 (``dask scheduler``,
    ``dask worker``), ready: the address and the worker processes."""
    distributed = pytest.importorskip("distributed")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    scheduler = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    worker = [sys.executable, "-m", "distributed.cli.dask_worker", address]
    quiet = {"stderr": subprocess.DEVNULL}
    options = ["--host", "127.0.0.1"]
    procs = [
        subprocess.Popen([*scheduler, *options, "--port", str(port), "--no-dashboard"], **quiet)
    ]
    try:
        worker_options = [*options, "--nthreads", "1", "--no-dashboard"]
        worker_options += [] if nanny else ["--no-nanny"]
        for _ in range(workers):
            procs.append(subprocess.Popen([*worker, *worker_options], **quiet))
        deadline = time.monotonic() + 60
        while True:
            try:
                with distributed.Client(address, timeout="5s") as client:
                    client.wait_for_workers(workers, timeout=60)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        yield address, procs[1:]
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=30)


def test_a_scheduler_and_two_worker_processes_give_the_local_results(cli, corpus: Path) -> None:
    with _cluster(2) as (address, _):
        assert cli("verify", "--anywhere", "--workers", "1").exit_code == 0
        local = results(corpus)
        result = cli("verify", "--anywhere", "--cluster", address)
        assert result.exit_code == 0, result.output
        assert results(corpus) == local


def test_a_cluster_whose_workers_all_died_is_a_clear_error(cli, corpus: Path) -> None:
    """Its workers killed (as they would die in a run), a cluster runs none of the run's
    tasks: verify gives up after --cluster-timeout seconds (exit 7) and stores nothing."""
    distributed = pytest.importorskip("distributed")
    runs = dbm.open_db(corpus).execute("SELECT count(*) FROM runs").fetchone()[0]
    with _cluster(2, nanny=False) as (address, workers):
        for worker in workers:
            worker.kill()
            worker.wait(timeout=30)
        with distributed.Client(address, timeout="5s") as client:
            deadline = time.monotonic() + 60
            while client.nthreads() and time.monotonic() < deadline:
                time.sleep(0.2)  # the scheduler sees them gone
            assert not client.nthreads()
        started = time.monotonic()
        result = cli("verify", "--cluster", address, "--cluster-timeout", "2")
        assert result.exit_code == 7, result.output
        assert f"the Dask cluster at {address} has had no worker for 2 s" in result.stderr
        assert time.monotonic() - started < 60
    assert dbm.open_db(corpus).execute("SELECT count(*) FROM runs").fetchone()[0] == runs


def test_an_unreachable_cluster_is_a_clear_error(cli, corpus: Path) -> None:
    pytest.importorskip("distributed")
    result = cli("verify", "--cluster", f"tcp://127.0.0.1:{_free_port()}")
    assert result.exit_code == 7
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:" in result.stderr


def test_index_command(cli, corpus: Path) -> None:
    assert "every text is indexed" in cli("index").output
    out = cli("index", "--rebuild").output
    assert f"rebuilt {VOLUMES + 2} texts" in out
    db = dbm.open_db(corpus)
    assert indexes.pending_texts(db) == []
    assert verify(db, claim_ids=["twice"], params=MatchParams()).verdicts[0].result.text_id == 2


def test_removing_a_source_drops_its_shards_and_the_others_are_indexed_again(corpus) -> None:
    from sourcecheck.store import remove

    db = dbm.open_db(corpus)
    with dbm.transaction(db):
        remove.delete_claims(db, remove.claims_citing(db, "tolstoy"))
        removed = remove.delete_source(db, "tolstoy")
    assert removed["index_texts"] == 2 and removed["texts"] == 2
    czernin = [r[0] for r in db.execute("SELECT id FROM texts ORDER BY id")]
    assert set(indexes.pending_texts(db)) <= set(czernin)  # only texts of dropped shards
    run = {v.claim.id: v for v in verify(db).verdicts}  # indexes what is pending first
    assert indexes.pending_texts(db) == []
    assert run["twice"].result.status == "verbatim" and run["twice"].result.text_id == 2
    stray = db.execute(
        "SELECT count(*) FROM index_texts WHERE text_id NOT IN (SELECT id FROM texts)"
    )
    assert stray.fetchone()[0] == 0
