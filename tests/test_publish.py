"""deploy/publish.py (issue 17): a new build of indicators.duckdb put in every app server's folder
by copy, fsync and one rename each; a reader of the old file keeps working, the app's caches
see the new one, and a failure replaces nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from conftest import write_sample_db

from deploy import publish
from tracking import db

ROOT = Path(__file__).resolve().parent.parent


def new_build(folder: Path, name: str) -> Path:
    """The sample database with one target renamed to ``name``: a build that differs."""
    folder.mkdir(parents=True, exist_ok=True)
    build = write_sample_db(folder / "indicators.duckdb")
    with duckdb.connect(str(build)) as con:
        con.execute("UPDATE targets SET indicator_name = ? WHERE target_id = 't-pm25-gx'", [name])
        con.execute("CHECKPOINT")
    return build


def pm25_name(con) -> str:
    return con.execute("SELECT indicator_name FROM indicators.targets WHERE target_id = 't-pm25-gx'").fetchone()[0]


def test_every_folder_gets_the_build_and_an_open_reader_keeps_the_old_one(tmp_path):
    servers = [tmp_path / "app1", tmp_path / "app2"]
    for server in servers:
        new_build(server, "old PM2.5")
    reader = db.attach_indicators(servers[0] / "indicators.duckdb")  # as the app's cached connection
    before = db.file_identity(servers[0] / "indicators.duckdb")
    assert pm25_name(reader) == "old PM2.5"

    build = new_build(tmp_path / "build", "new PM2.5")
    published = publish.publish(build, servers)

    assert published.paths == [s.resolve() / "indicators.duckdb" for s in servers]
    assert published.targets == 8
    for server in servers:
        assert (server / "indicators.duckdb").read_bytes() == build.read_bytes()
        assert sorted(p.name for p in server.iterdir()) == ["indicators.duckdb", "indicators.duckdb.publish.lock"]
    assert pm25_name(reader) == "old PM2.5", "the open connection still reads the file it opened"
    assert db.file_identity(servers[0] / "indicators.duckdb") != before, "the app's cache key changes"
    fresh = db.attach_indicators(servers[0] / "indicators.duckdb")
    assert pm25_name(fresh) == "new PM2.5"
    reader.close()
    fresh.close()


def test_a_folder_that_cannot_take_it_replaces_nothing_anywhere(tmp_path):
    good = tmp_path / "app1"
    new_build(good, "old PM2.5")
    before = (good / "indicators.duckdb").read_bytes()
    build = new_build(tmp_path / "build", "new PM2.5")
    with pytest.raises(publish.PublishError, match="app2: not a folder"):
        publish.publish(build, [good, tmp_path / "app2"])
    assert (good / "indicators.duckdb").read_bytes() == before
    assert [p.name for p in good.iterdir()] == ["indicators.duckdb"]


def test_a_copy_that_fails_half_way_leaves_the_live_files_and_no_temporary(tmp_path, monkeypatch):
    servers = [tmp_path / "app1", tmp_path / "app2"]
    for server in servers:
        new_build(server, "old PM2.5")
    before = [(s / "indicators.duckdb").read_bytes() for s in servers]
    build = new_build(tmp_path / "build", "new PM2.5")
    real_copy = publish._copy_durably

    def second_disk_full(src, tmp):
        if tmp.parent == servers[1].resolve():
            tmp.write_bytes(b"partial")
            raise OSError(28, "No space left on device")
        real_copy(src, tmp)

    monkeypatch.setattr(publish, "_copy_durably", second_disk_full)
    with pytest.raises(publish.PublishError, match="No space left on device.*nothing was replaced"):
        publish.publish(build, servers)
    assert [(s / "indicators.duckdb").read_bytes() for s in servers] == before
    assert all(sorted(p.name for p in s.iterdir()) == ["indicators.duckdb", "indicators.duckdb.publish.lock"]
               for s in servers), "no temporary left (the lock file stays, as after any publication)"


def test_a_folder_whose_lock_is_held_replaces_nothing_anywhere_and_is_named(tmp_path):
    """A build (or a 文件管理 republication) holds the second folder's publish lock: renaming
    folder by folder replaced the first, then gave up on the second — servers with mixed builds.
    Every lock is taken before anything is copied or replaced."""
    from tracking.corrections import publish_lock

    servers = [tmp_path / "app1", tmp_path / "app2"]
    for server in servers:
        new_build(server, "old PM2.5")
    before = [(s / "indicators.duckdb").read_bytes() for s in servers]
    build = new_build(tmp_path / "build", "new PM2.5")
    held = r"app2: a build or another publication holds its publish lock .*nothing was replaced"
    with publish_lock(servers[1] / "indicators.duckdb"), pytest.raises(publish.PublishError, match=held):
        publish.publish(build, servers, lock_timeout=0.2)
    assert [(s / "indicators.duckdb").read_bytes() for s in servers] == before
    assert all(not list(s.glob(".indicators.duckdb.publishing-*")) for s in servers), "no temporary left"
    with publish_lock(servers[0] / "indicators.duckdb", timeout=0.2):
        pass  # the first folder's lock, taken before the second's failed, was released
    assert publish.publish(build, servers).paths  # and once free, it goes through


def test_the_locks_are_taken_in_one_order_whatever_the_order_of_the_folders(tmp_path, monkeypatch):
    """Two publications naming the same folders in different orders would each hold one lock and
    wait for the other's: both take them sorted."""
    from tracking import corrections

    servers = [tmp_path / "b", tmp_path / "a", tmp_path / "c"]
    for server in servers:
        server.mkdir()
    taken: list[str] = []
    real_lock = corrections.publish_lock

    def noted(path, timeout=corrections.PUBLISH_TIMEOUT):
        taken.append(Path(path).parent.name)
        return real_lock(path, timeout)

    monkeypatch.setattr(corrections, "publish_lock", noted)
    build = new_build(tmp_path / "build", "new PM2.5")
    publish.publish(build, servers)
    publish.publish(build, list(reversed(servers)))
    assert taken == ["a", "b", "c", "a", "b", "c"]


def test_a_rename_failing_part_way_says_in_one_line_which_folders_have_the_new_build(tmp_path, monkeypatch):
    servers = [tmp_path / "app1", tmp_path / "app2", tmp_path / "app3"]
    for server in servers:
        new_build(server, "old PM2.5")
    old = [(s / "indicators.duckdb").read_bytes() for s in servers]
    build = new_build(tmp_path / "build", "new PM2.5")
    real_put = publish._put_in_place

    def second_fails(tmp, live):
        if live.parent == servers[1].resolve():
            raise OSError(5, "Input/output error")
        real_put(tmp, live)

    monkeypatch.setattr(publish, "_put_in_place", second_fails)
    with pytest.raises(publish.PartlyPublished) as failed:
        publish.publish(build, servers)
    live = [s.resolve() / "indicators.duckdb" for s in servers]
    assert failed.value.published == [live[0]] and failed.value.old == live[1:]
    said = str(failed.value)
    assert "\n" not in said
    assert said == (f"partly published: the new build is in {live[0]}; the old one is still in {live[1]}, "
                    f"{live[2]} (the rename failed in {servers[1].resolve()} (Input/output error)); "
                    "publish again to finish")
    assert live[0].read_bytes() == build.read_bytes()
    assert [live[1].read_bytes(), live[2].read_bytes()] == old[1:]
    assert all(not list(s.glob(".indicators.duckdb.publishing-*")) for s in servers), "no temporary left"


def test_a_folder_named_twice_is_refused(tmp_path):
    build = new_build(tmp_path / "build", "new PM2.5")
    app = tmp_path / "app"
    app.mkdir()
    with pytest.raises(publish.PublishError, match="named twice"):
        publish.publish(build, [app, tmp_path / "." / "app"])
    assert list(app.iterdir()) == []


@pytest.mark.parametrize("problem, said", [
    ("missing", "no such file"), ("not_duckdb", "not a database the app can read"),
    ("wal", "write-ahead log is beside it"),
])
def test_a_build_that_is_not_finished_is_refused_by_name(tmp_path, problem, said):
    build = tmp_path / "build" / "indicators.duckdb"
    build.parent.mkdir()
    if problem == "not_duckdb":
        build.write_text("not a database")
    elif problem == "wal":
        new_build(build.parent, "x")
        Path(str(build) + ".wal").write_bytes(b"")
    app = tmp_path / "app"
    app.mkdir()
    with pytest.raises(publish.PublishError, match=said):
        publish.publish(build, [app])
    assert list(app.iterdir()) == []


def test_the_command_publishes_and_says_where(tmp_path):
    build = new_build(tmp_path / "build", "new PM2.5")
    apps = [tmp_path / "a", tmp_path / "b"]
    for app in apps:
        app.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(ROOT / "deploy" / "publish.py"), str(build),
                           "--to", str(apps[0]), "--to", str(apps[1])],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("(8 targets)") == 2
    shutil.rmtree(apps[1])
    done = subprocess.run([sys.executable, str(ROOT / "deploy" / "publish.py"), str(build), "--to", str(apps[1])],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 1 and done.stderr.startswith("publish: ") and "Traceback" not in done.stderr


def test_the_running_app_shows_the_published_build_without_a_restart(tmp_path, monkeypatch):
    """The app's caches are keyed on the file's identity (tracking.db.file_identity): the next
    run of a page after a publication reads the new build, in the same server process."""
    from streamlit.testing.v1 import AppTest

    from outputs import i18n

    live = tmp_path / "app"
    new_build(live, "old PM2.5")
    monkeypatch.setenv("INDICATORS_DB", str(live / "indicators.duckdb"))
    monkeypatch.setenv("REPORTED_DB", str(tmp_path / "reported.duckdb"))
    count = lambda at: next(m.value for m in at.metric if m.label == i18n.t("overview.n_targets"))  # noqa: E731
    session = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert count(session) == "8"

    build = new_build(tmp_path / "build", "new PM2.5")
    with duckdb.connect(str(build)) as con:
        con.execute("DELETE FROM targets WHERE target_id = 't-talent-jb'")
        con.execute("CHECKPOINT")
    publish.publish(build, [live])

    assert count(session.run()) == "7", "an open session's next run"
    assert count(AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()) == "7", "a new session"
