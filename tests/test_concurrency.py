"""Two people saving at the same moment both get their values stored; a crash mid-save leaves
nothing half-written. Real files, real threads, real processes — and the same on a real PostgreSQL
server (conftest's ``store``, marker ``postgres``) where the test is not about the file's lock."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import threading
import time
import types

import pandas as pd
import pytest
from conftest import store_arg

from tracking import reported as rep

SPAWN = mp.get_context("spawn")  # a fresh interpreter per writer, like a second app or the CLI


@pytest.fixture(autouse=True)
def main_without_a_script(monkeypatch):
    """A spawned child first re-runs its parent's ``__main__`` file. After an AppTest in the same
    pytest process that is the last page it ran (Streamlit leaves it as ``__main__``), so every
    writer would run pages/entry.py and die before writing: give the children no script to run."""
    monkeypatch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))


def one_row(target_id: str, period: str, value: float) -> pd.DataFrame:
    return pd.DataFrame({"target_id": [target_id], "period": [period], "value": [value]})


def write_many(db: str, writer: int, n: int, start) -> None:
    """A writer process: wait for the start signal, then save n values one transaction each."""
    start.wait()
    for i in range(n):
        rep.save_values(db, one_row(f"t-{writer}", f"20{20 + i % 6}", float(i)), account=f"w{writer}",
                        how="cli")
        rep.latest_reported(db)  # readers too take the file briefly


def hold_file(db: str, seconds: float, ready) -> None:
    """Keep the store open read-write (as a long import in another process would)."""
    with rep.connect(db):
        ready.set()
        time.sleep(seconds)


def save_batches_forever(db: str, ready) -> None:
    """Save batches of 50 rows until killed; each batch is one transaction."""
    batch = 0
    while True:
        rows = pd.DataFrame({"target_id": [f"t{batch}-{i}" for i in range(50)], "period": "2024",
                             "value": [float(i) for i in range(50)]})
        rep.save_values(db, rows, account="crash", how="import")
        batch += 1
        if batch == 3:
            ready.set()


def test_threads_saving_at_once_all_get_stored(store):
    db = store
    n_threads, n_each = 8, 10
    barrier = threading.Barrier(n_threads)
    errors = []

    def worker(k):
        try:
            barrier.wait()
            for i in range(n_each):
                rep.save_values(db, one_row(f"t-{k}", f"2024Q{1 + i % 4}" if i < 4 else f"20{10 + i}", i),
                                account=f"user{k}", how="form")
        except Exception as e:  # collected and asserted below: a thread's exception is otherwise lost
            errors.append(e)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(rep.latest_reported(db)) == n_threads * n_each
    assert len(rep.audit_log(db)) == n_threads * n_each
    assert rep.audit_log(db)["audit_id"].is_unique
    assert rep.verify_audit(db).ok


def test_threads_correcting_the_same_value_keep_every_revision(store):
    db = store
    barrier = threading.Barrier(6)

    def worker(k):
        barrier.wait()
        rep.save_values(db, one_row("t-gdp", "2022", 6.0 + k / 10), account=f"user{k}", how="form")

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(rep.history(db)["revision"]) == [1, 2, 3, 4, 5, 6]
    assert sorted(rep.history(db)["reported_by"]) == [f"user{k}" for k in range(6)]
    assert len(rep.latest_reported(db)) == 1


@pytest.mark.timeout(120)
def test_processes_saving_at_once_all_get_stored(store):
    db = store_arg(store)  # the file, or the PostgreSQL URL
    rep.ensure_store(db)
    n_procs, n_each = 4, 6
    start = SPAWN.Event()
    procs = [SPAWN.Process(target=write_many, args=(db, k, n_each, start)) for k in range(n_procs)]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(90)
    assert [p.exitcode for p in procs] == [0] * n_procs
    latest = rep.latest_reported(db)
    assert len(latest) == n_procs * n_each
    assert sorted(set(latest["reported_by"])) == [f"w{k}" for k in range(n_procs)]
    assert len(rep.audit_log(db)) == n_procs * n_each
    assert rep.verify_audit(db).ok


def held_store(tmp_path, seconds: float):
    """A store that another process holds open for writing for ``seconds`` (started, and holding
    it, when this returns): the store's path and that process."""
    db = str(tmp_path / "reported.duckdb")
    rep.ensure_store(db)
    ready = SPAWN.Event()
    holder = SPAWN.Process(target=hold_file, args=(db, seconds, ready))
    holder.start()
    assert ready.wait(30)
    return db, holder


@pytest.mark.timeout(60)
def test_a_writer_waits_for_another_process_then_succeeds(tmp_path):
    db, holder = held_store(tmp_path, seconds=2.0)
    started = time.monotonic()
    rep.save_values(db, one_row("t-gdp", "2022", 6.1), account="patient", how="form")
    assert time.monotonic() - started > 0.5          # it did have to wait
    holder.join(10)
    assert rep.latest_reported(db)["value"].tolist() == [6.1]


@pytest.mark.timeout(60)
def test_a_file_held_too_long_gives_a_clear_error(tmp_path):
    db, holder = held_store(tmp_path, seconds=4.0)
    with pytest.raises(rep.StoreBusy, match="占用"):
        rep.save_values(db, one_row("t-gdp", "2022", 6.1), account="hasty", how="form", timeout=0.5)
    holder.join(10)
    assert rep.latest_reported(db).empty


@pytest.mark.timeout(60)
def test_a_crash_mid_save_leaves_whole_transactions_only(store):
    db = store_arg(store)  # the file, or the PostgreSQL URL
    ready = SPAWN.Event()
    proc = SPAWN.Process(target=save_batches_forever, args=(db, ready))
    proc.start()
    assert ready.wait(30)
    time.sleep(0.15)
    os.kill(proc.pid, signal.SIGKILL)                 # no cleanup, no rollback: a real crash
    proc.join(10)
    values, log = rep.history(db), rep.audit_log(db)
    assert len(values) >= 150 and len(values) % 50 == 0   # whole batches only
    assert len(log) == len(values)                        # every value has its audit entry
    assert rep.verify_audit(db).ok                        # and its hash
    # the store still works after the crash
    rep.save_values(db, one_row("after", "2024", 1.0), account="a", how="form")
    assert len(rep.history(db)) == len(values) + 1
