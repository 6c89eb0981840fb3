"""Officials' review (issue 14): the store of target reviews and document records, the step that
applies them to every build, documents added from the command line, and the Excel round trip.
Real DuckDB files, real PDFs and DOCX made by tests/docgen.py, the real command line."""

from __future__ import annotations

import io
from pathlib import Path

import duckdb
import openpyxl
import pytest
from conftest import store_arg, write_sample_db
from docgen import make_docx, make_encrypted_pdf, make_pdf
from hypothesis import given, settings
from hypothesis import strategies as st

from cli.main import main
from tracking import corrections, documents, review, review_import

PM25 = ("t-pm25-gx", "004_732dde5a7dac0490.txt", "到2025年，PM2.5浓度控制在42微克/立方米以内。")
GDP = ("t-gdp", "002_dc670c26961e53f5.txt", "生产总值增长6%左右。")
GX_FILE = "004_732dde5a7dac0490.txt"


def edit(target, action, fields=None, based_on=None, extracted=None):
    return review.TargetEdit(*target, action, fields or {}, based_on or {}, extracted or {})


def rows(db, sql, params=None):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


@pytest.fixture
def stores(tmp_path, store):
    """indicators.duckdb and the officials' store, on each back end (conftest's ``store``)."""
    return write_sample_db(tmp_path / "indicators.duckdb"), store


# --- the store ---------------------------------------------------------------------------------

def test_a_correction_is_kept_with_who_when_old_and_new_in_the_audit_log(stores):
    _, rep = stores
    result = review.review_target(rep, edit(PM25, "edit", {"value": "40"}, {"value": 42.0}, {"value": 42.0}),
                                  account="gx")
    assert result.states == {"t-pm25-gx": "corrected"}
    now = review.target_reviews(rep).iloc[0]
    assert now["fields"] == {"value": 40.0} and now["extracted"] == {"value": 42.0}
    audit = review.review_audit(rep)
    value = audit[audit["field"] == "value"].iloc[0]
    assert (value["account"], value["old_value"], value["new_value"]) == ("gx", "42.0", "40.0")
    assert value["at"] is not None and set(audit["field"]) == {"value", "state"}


def test_a_stale_edit_is_refused_with_the_value_now_in_force(stores):
    _, rep = stores
    review.review_target(rep, edit(PM25, "edit", {"value": 40}, {"value": 42.0}, {"value": 42.0}), account="a")
    with pytest.raises(review.StaleEdit) as caught:
        review.review_target(rep, edit(PM25, "edit", {"value": 41}, {"value": 42.0}, {"value": 42.0}), account="b")
    assert caught.value.current == 40.0 and caught.value.by == "a" and "40" in str(caught.value)
    assert review.target_reviews(rep).iloc[0]["fields"] == {"value": 40.0}  # b's edit not written
    # based on the value in force, the same edit goes through
    review.review_target(rep, edit(PM25, "edit", {"value": 41}, {"value": 40.0}), account="b")
    assert review.target_reviews(rep).iloc[0]["fields"] == {"value": 41.0}


def test_setting_a_field_back_to_what_was_read_leaves_a_confirmed_target(stores):
    _, rep = stores
    review.review_target(rep, edit(PM25, "edit", {"value": 40}, {}, {"value": 42.0}), account="a")
    review.review_target(rep, edit(PM25, "edit", {"value": 42}), account="a")
    now = review.target_reviews(rep).iloc[0]
    assert now["state"] == "confirmed" and now["fields"] == {}


def test_a_bad_value_is_refused_naming_the_field_and_nothing_is_written(stores):
    _, rep = stores
    with pytest.raises(review.ReviewError, match="comparator"):
        review.review_target(rep, edit(PM25, "edit", {"comparator": "about"}), account="a")
    assert review.target_reviews(rep).empty


@settings(max_examples=60, deadline=None)
@given(st.one_of(st.integers(-10**9, 10**9), st.floats(allow_nan=False, allow_infinity=False, width=32)))
def test_every_number_written_in_a_cell_reads_back_as_that_number(number):
    assert review.clean_target_field("value", f"{number}") == float(f"{number}")
    assert review.same_value(review.clean_target_field("value", number), float(number))


def test_document_records_keep_metadata_corrections_and_a_stale_one_is_refused(stores):
    _, rep = stores
    review.record_document(rep, GX_FILE, account="a", how="form", fields={"jurisdiction": "冠县"},
                           inferred={"jurisdiction": "冠县"})
    assert review.document_records(rep).iloc[0]["fields"] == {}  # equal to what was read: no correction
    review.record_document(rep, GX_FILE, account="a", how="form", fields={"jurisdiction": "莘县"},
                           based_on={"jurisdiction": "冠县"}, inferred={"jurisdiction": "冠县"})
    with pytest.raises(review.StaleEdit):
        review.record_document(rep, GX_FILE, account="b", how="form", fields={"jurisdiction": "阳谷县"},
                               based_on={"jurisdiction": "冠县"}, inferred={"jurisdiction": "冠县"})
    assert review.document_records(rep).iloc[0]["fields"] == {"jurisdiction": "莘县"}


# --- applying ----------------------------------------------------------------------------------

def test_corrections_are_applied_and_applying_twice_changes_nothing(stores):
    db, rep = stores
    review.review_target(rep, edit(PM25, "edit", {"value": 40, "lead_departments": "县生态环境局、县林业局"},
                                   extracted={"value": 42.0}), account="a")
    review.review_target(rep, edit(GDP, "reject"), account="a")
    added = review.added_target_id(GX_FILE, "新增绿地10公顷")
    review.review_target(rep, review.TargetEdit(added, GX_FILE, "新增绿地10公顷", "add", {
        "indicator_name": "城市绿地", "value": 10, "unit": "公顷", "comparator": ">=", "kind": "increment",
        "target_year": 2025}), account="a")
    review.record_document(rep, GX_FILE, account="a", how="form", fields={"jurisdiction": "莘县",
                                                                          "jurisdiction_level": "county",
                                                                          "parent_jurisdiction": "聊城市"})
    first = corrections.republish(db, rep)
    second = corrections.republish(db, rep)
    assert (first.applied, first.added, first.hidden) == (2, 1, {"rejected": 1}) == (second.applied, second.added,
                                                                                      second.hidden)
    assert rows(db, "SELECT value, lead_departments, review_state, jurisdiction FROM targets WHERE target_id = ?",
                ["t-pm25-gx"]) == [(40.0, ["县生态环境局", "县林业局"], "corrected", "莘县")]
    assert rows(db, "SELECT hidden_reason FROM hidden_targets WHERE target_id = 't-gdp'") == [("rejected",)]
    assert rows(db, "SELECT count(*) FROM targets WHERE target_id = 't-gdp'") == [(0,)]
    assert rows(db, "SELECT indicator_name, jurisdiction, review_state FROM targets WHERE target_id = ?", [added]) \
        == [("城市绿地", "莘县", "added")]
    assert rows(db, "SELECT level, parent FROM jurisdictions WHERE name = '莘县'") == [("county", "聊城市")]
    assert rows(db, "SELECT count(*) FROM jurisdictions WHERE name = '冠县'") == [(0,)]  # nobody names it now
    # the machine's reading is kept untouched beside
    assert rows(db, "SELECT value FROM extracted_targets WHERE target_id = 't-pm25-gx'") == [(42.0,)]


def test_a_review_whose_target_vanished_is_matched_by_its_sentence_or_kept_and_listed(stores):
    db, rep = stores
    # the id the target had before a rebuild renamed its indicator; the sentence is still there
    review.review_target(rep, review.TargetEdit("T-old-id", PM25[1], PM25[2], "edit", {"value": 39},
                                                {}, {"value": 42.0, "indicator_name": "PM2.5浓度"}), account="a")
    review.review_target(rep, review.TargetEdit("T-gone", GX_FILE, "这句话已不在文件中。", "edit", {"value": 1},
                                                {}, {"value": 2.0}), account="a")
    report = corrections.republish(db, rep)
    assert report.moved == {"T-old-id": "t-pm25-gx"}
    assert rows(db, "SELECT value FROM targets WHERE target_id = 't-pm25-gx'") == [(39.0,)]
    assert [u.key for u in report.unmatched] == ["T-gone"]
    assert [u.key for u in corrections.unmatched(db)] == ["T-gone"]
    assert "T-gone" in set(review.target_reviews(rep)["target_id"])  # kept, never dropped


def test_reviewed_only_hides_the_unreviewed(stores):
    db, rep = stores
    review.review_target(rep, edit(PM25, "confirm"), account="a")
    report = corrections.republish(db, rep, reviewed_only=True)
    assert rows(db, "SELECT target_id, review_state FROM targets") == [("t-pm25-gx", "confirmed")]
    assert report.hidden == {"unreviewed": 7}
    corrections.republish(db, rep)  # the setting off again: every target not rejected is back
    assert rows(db, "SELECT count(*) FROM targets") == [(8,)]


def test_a_failed_publication_leaves_the_live_database_as_it_was(stores, monkeypatch):
    db, rep = stores
    before = db.read_bytes()
    review.review_target(rep, edit(PM25, "edit", {"value": 1}), account="a")

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(corrections, "apply_corrections", broken)
    with pytest.raises(RuntimeError):
        corrections.republish(db, rep)
    assert db.read_bytes() == before
    assert not list(db.parent.glob("*.publishing*"))


# --- documents from the command line and a rebuild -------------------------------------------

GREEN = ["冠县城乡绿化三年行动方案（2024—2026年）", "冠县人民政府", "一、主要目标",
         "到2026年，全县森林覆盖率达到22%以上。", "新增城市绿地面积120公顷。", "建成口袋公园30个。",
         "二、保障措施", "加强组织领导，确保各项任务落实。"]
SCHOOLS = ["东阿县教育发展行动计划（2024—2026年）", "一、主要目标", "到2026年，新建改扩建中小学校12所。",
           "学前教育普惠率达到90%以上。", "全县义务教育巩固率保持在99%。"]


@pytest.fixture
def corpus(tmp_path, monkeypatch, store):
    """A sources folder with one text document, built; paths in the environment (the officials'
    store a DuckDB file, or a PostgreSQL database through DATABASE_URL)."""
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "plan.txt").write_text("\n".join(GREEN).replace("冠县", "莘县"), encoding="utf-8")
    db, rep = tmp_path / "indicators.duckdb", store
    for name, value in {"SOURCES_DIR": sources, "INDICATORS_DB": db}.items():
        monkeypatch.setenv(name, str(value))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("REPORTED_DB", str(tmp_path / "reported.duckdb"))
    if not isinstance(store, Path):
        monkeypatch.setenv("DATABASE_URL", store_arg(store))
    monkeypatch.delenv("REVIEWED_ONLY", raising=False)
    assert main(["build", "--sources", str(sources), "--db", str(db), "--quiet"]) == 0
    return {"sources": sources, "db": db, "rep": rep, "tmp": tmp_path}


def test_documents_add_list_withdraw_and_a_rebuild_keeps_every_correction(corpus, capsys):
    tmp, db, rep = corpus["tmp"], corpus["db"], corpus["rep"]
    pdf = make_pdf(tmp / "冠县 “绿化” 方案 v1.pdf", GREEN, header="冠县城乡绿化三年行动方案")
    docx = make_docx(tmp / "plan two.docx", SCHOOLS)
    assert main(["documents", "add", str(pdf), str(docx), "--user", "admin"]) == 0
    assert "冠县 “绿化” 方案 v1.pdf：已载入，3 个目标" in capsys.readouterr().out
    assert (corpus["sources"] / pdf.name).exists()
    school_targets = rows(db, "SELECT t.target_id, t.indicator_name FROM targets t JOIN documents d USING (document_id)"
                              " WHERE d.source_file = 'plan two.docx' ORDER BY position")
    assert len(school_targets) == 3
    review.record_document(rep, "plan two.docx", account="admin", how="form", fields={"jurisdiction": "东阿县"})
    first, second = school_targets[0][0], school_targets[1][0]
    review.review_target(rep, review.TargetEdit(first, "plan two.docx", "到2026年，新建改扩建中小学校12所。", "edit",
                                                {"value": 15}), account="admin")
    review.review_target(rep, review.TargetEdit(second, "plan two.docx", "学前教育普惠率达到90%以上。", "reject"),
                         account="admin")
    assert main(["build", "--quiet"]) == 0  # from scratch: the machine reads everything again
    assert rows(db, "SELECT value, jurisdiction, review_state FROM targets WHERE target_id = ?", [first]) \
        == [(15.0, "东阿县", "corrected")]
    assert rows(db, "SELECT count(*) FROM targets WHERE target_id = ?", [second]) == [(0,)]
    assert main(["documents", "withdraw", pdf.name]) == 0
    assert rows(db, "SELECT count(*) FROM targets t JOIN documents d USING (document_id)"
                    " WHERE d.source_file = ?", [pdf.name]) == [(0,)]
    capsys.readouterr()
    assert main(["documents", "list"]) == 0
    listing = capsys.readouterr().out
    assert "东阿县" in listing and "（已撤回）" in listing and pdf.name in listing


@pytest.mark.parametrize("make, message", [
    (lambda p: (p.write_bytes(b""), p)[1], "文件为空"),
    (lambda p: (p.write_bytes(b"just some bytes, not a PDF"), p)[1], "不是 PDF"),
    (lambda p: make_encrypted_pdf(p, ["到2025年，森林覆盖率达到20%。"]), "无法读取"),
    (lambda p: (p.write_bytes(b"%PDF-1.4\n" + b"0" * 3 * 1024 * 1024), p)[1], "文件过大"),
])
def test_a_bad_file_gets_one_clear_line_and_changes_nothing(corpus, capsys, monkeypatch, make, message):
    monkeypatch.setenv("MAX_DOCUMENT_MB", "2")
    before = (corpus["db"].read_bytes(), sorted(p.name for p in corpus["sources"].iterdir()))
    bad = make(corpus["tmp"] / "坏 文件 'x'.pdf")
    assert main(["documents", "add", str(bad)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0] and "坏 文件 'x'.pdf" in err[0]
    assert (corpus["db"].read_bytes(), sorted(p.name for p in corpus["sources"].iterdir())) == before
    staging = corpus["sources"] / documents.STAGING
    assert not staging.exists() or not list(staging.iterdir())


def test_the_same_bytes_under_another_name_are_refused(corpus, capsys):
    copy = corpus["tmp"] / "副本.txt"
    copy.write_bytes((corpus["sources"] / "plan.txt").read_bytes())
    assert main(["documents", "add", str(copy)]) == 1
    assert "与已载入的文件 plan.txt 内容完全相同" in capsys.readouterr().err


def test_a_new_version_keeps_target_ids_and_lists_those_that_disappeared(corpus, capsys):
    sources = corpus["sources"]
    before = set(r[0] for r in rows(corpus["db"], "SELECT target_id FROM targets"))
    new = corpus["tmp"] / "plan.txt"
    new.write_text("\n".join(GREEN[:5] + GREEN[6:]).replace("冠县", "莘县"), encoding="utf-8")  # 口袋公园 dropped
    assert main(["documents", "add", str(new)]) == 0
    out = capsys.readouterr().out
    after = set(r[0] for r in rows(corpus["db"], "SELECT target_id FROM targets"))
    assert len(after) == 2 and after < before
    assert "新版本中不再有" in out and "口袋公园" in out
    assert (sources / "plan.txt").read_text(encoding="utf-8") == new.read_text(encoding="utf-8")


# --- the Excel round trip --------------------------------------------------------------------

def _fill(path: Path, changes: dict[str, dict], add: dict | None = None) -> bytes:
    """Edit the review workbook as a person in Excel would: by header, per target id."""
    book = openpyxl.load_workbook(path)
    sheet = book["审核"]
    headers = {cell.value: cell.column for cell in sheet[1]}
    for row in sheet.iter_rows(min_row=2):
        tid = row[headers[review_import.HEADERS["target_id"]] - 1].value
        for key, value in changes.get(tid, {}).items():
            row[headers[review_import.HEADERS[key]] - 1].value = value
    if add:
        n = sheet.max_row + 1
        for key, value in add.items():
            sheet.cell(n, headers[review_import.HEADERS[key]], value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_the_review_workbook_round_trip_and_a_bad_row_changes_nothing(corpus, capsys):
    db, rep, tmp = corpus["db"], corpus["rep"], corpus["tmp"]
    out = tmp / "审核 plan.xlsx"
    assert main(["review", "export", "--document", "plan.txt", "--out", str(out)]) == 0
    ids = [r[0] for r in rows(db, "SELECT target_id FROM targets ORDER BY position")]
    assert len(ids) == 3
    missed = {"action": "补充", "indicator_name": "古树名木保护率", "value": 100, "unit": "%", "comparator": "=",
              "kind": "level", "source_text": "加强组织领导"}
    bad = _fill(out, {ids[0]: {"action": "确认"}, ids[1]: {"value": "很多"}, ids[2]: {"action": "驳回"}}, missed)
    (tmp / "bad.xlsx").write_bytes(bad)
    audit_before, db_before = len(review.review_audit(rep)), db.read_bytes()
    assert main(["review", "import", str(tmp / "bad.xlsx")]) == 1
    err = capsys.readouterr().err
    assert "未导入任何审核" in err and "第 3 行 目标值(value)" in err and "很多" in err
    assert len(review.review_audit(rep)) == audit_before and db.read_bytes() == db_before

    good = _fill(out, {ids[0]: {"action": "确认"}, ids[1]: {"value": 150}, ids[2]: {"action": "驳回"}}, missed)
    (tmp / "good.xlsx").write_bytes(good)
    assert main(["review", "import", str(tmp / "good.xlsx"), "--user", "林业局"]) == 0
    assert "已保存 4 条审核" in capsys.readouterr().out
    states = dict(rows(db, "SELECT target_id, review_state FROM targets"))
    assert states[ids[0]] == "confirmed" and states[ids[1]] == "corrected" and ids[2] not in states
    assert rows(db, "SELECT value FROM targets WHERE target_id = ?", [ids[1]]) == [(150.0,)]
    assert rows(db, "SELECT indicator_name FROM targets WHERE review_state = 'added'") == [("古树名木保护率",)]
    assert set(review.review_audit(rep)["account"]) == {"林业局"}

    # the same workbook again, after someone else changed the value: refused, value in force shown
    review.review_target(rep, review.TargetEdit(ids[1], "plan.txt", "新增城市绿地面积120公顷。", "edit", {"value": 130}),
                         account="other")
    again = _fill(out, {ids[1]: {"value": 140}})
    (tmp / "stale.xlsx").write_bytes(again)
    assert main(["review", "import", str(tmp / "stale.xlsx")]) == 1
    assert "导出后已被 other 修改" in capsys.readouterr().err


def test_a_quote_that_is_not_in_the_document_is_refused(corpus, capsys):
    out = corpus["tmp"] / "r.xlsx"
    assert main(["review", "export", "--document", "plan.txt", "--out", str(out)]) == 0
    data = _fill(out, {}, {"action": "补充", "indicator_name": "x", "value": 1, "comparator": "=", "kind": "level",
                           "source_text": "文件里没有这句话"})
    (corpus["tmp"] / "q.xlsx").write_bytes(data)
    assert main(["review", "import", str(corpus["tmp"] / "q.xlsx")]) == 1
    assert "不在文件中" in capsys.readouterr().err



def test_reviews_travel_with_the_reported_values_in_a_backup(stores, tmp_path, capsys):
    _, rep = stores
    review.review_target(rep, edit(PM25, "edit", {"value": 40}, {}, {"value": 42.0}), account="a")
    review.record_document(rep, GX_FILE, account="a", how="cli", fields={"jurisdiction": "莘县"})
    assert main(["backup-reported", "--out", str(tmp_path / "bk"), "--reported-db", store_arg(rep)]) == 0
    copy = tmp_path / "copy.duckdb"
    assert main(["restore-reported", str(tmp_path / "bk"), "--reported-db", str(copy)]) == 0
    assert review.target_reviews(copy).iloc[0]["fields"] == {"value": 40.0}
    assert review.document_records(copy).iloc[0]["fields"] == {"jurisdiction": "莘县"}
    assert len(review.review_audit(copy)) == len(review.review_audit(rep))


def test_an_added_target_rejected_again_is_gone_and_not_listed_as_unmatched(stores):
    db, rep = stores
    added = review.added_target_id(GX_FILE, "新增绿地10公顷")
    new = {"indicator_name": "城市绿地", "value": 10, "comparator": ">=", "kind": "increment"}
    review.review_target(rep, review.TargetEdit(added, GX_FILE, "新增绿地10公顷", "add", new), account="a")
    review.review_target(rep, review.TargetEdit(added, GX_FILE, "新增绿地10公顷", "reject"), account="a")
    report = corrections.republish(db, rep)
    assert report.unmatched == [] and rows(db, "SELECT count(*) FROM targets WHERE target_id = ?", [added]) == [(0,)]


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=60))
def test_an_uploaded_name_never_leaves_the_sources_folder(name):
    clean = documents.safe_name(name)
    assert "/" not in clean and "\\" not in clean and not clean.startswith(".")
    assert not any(ord(ch) < 32 for ch in clean)


def test_spaces_quotes_and_chinese_survive_in_a_name():
    assert documents.safe_name("C:\\Users\\李四\\冠县 “绿化” 'v2' 方案.pdf") == "冠县 “绿化” 'v2' 方案.pdf"


def test_unknown_documents_get_one_clear_line(corpus, capsys):
    assert main(["review", "export", "--document", "没有这个.pdf", "--out", str(corpus["tmp"] / "x.xlsx")]) == 1
    assert main(["documents", "withdraw", "没有这个.pdf"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all("没有这个.pdf" in line for line in err)


def test_two_people_saving_and_publishing_at_once_lose_nothing(stores):
    """Two threads (two sessions of the app) each confirm their own targets and republish after
    every save: every review is stored and the published file carries all of them."""
    from concurrent.futures import ThreadPoolExecutor

    db, rep = stores
    halves = [["t-gdp", "t-5g-city", "t-5g-zone", "t-pm25-zone"], ["t-pm25-gx", "t-hitech-gx", "t-income-gx",
                                                                   "t-talent-jb"]]

    def person(name: str, ids: list[str]) -> None:
        for tid in ids:
            review.review_target(rep, review.TargetEdit(tid, "f.txt", f"{tid} 的原文", "confirm"), account=name)
            corrections.republish(db, rep)

    with ThreadPoolExecutor(2) as pool:
        list(pool.map(person, ["a", "b"], halves))
    assert len(review.target_reviews(rep)) == 8
    # the last publication began after both people's last save, under the publish lock
    assert rows(db, "SELECT count(*) FROM targets WHERE review_state = 'confirmed'") == [(8,)]
