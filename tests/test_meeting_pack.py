"""The meeting pack (会议材料): 冠县's slides and workbook, built from the real sources and real
reported values, opened again with python-pptx and openpyxl and read like a person would.

The story: 冠县's departments reported their 2023 figures in March 2024 and the third quarter of
2024 in October; the meeting on 2024-11-15 wants what changed since the last meeting (1 September).

    高新技术企业 (=80家):   2023: 50, 2024Q3: 52   → 严重滞后 (6.7 % done, 37.5 % of the time gone)
    PM2.5 浓度 (=43):       2023: 48, 2024Q3: 47   → 进度滞后 (20 %)
    建成5G基站 (=1500个):   2023: 600, 2024Q3: 500 → 正常推进 (1100 of 1500 added)
    研发经费投入强度 (≥3%): 2023: 2.5              → 正常推进, but its report is overdue

PNG export drives Chromium, so the packs here are kept small (two or three indicator slides).
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import date, datetime
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook
from PIL import Image
from pptx import Presentation
from pptx.util import Inches

from etl.extract import is_not_a_noun
from etl.load import build_database
from outputs import export, i18n
from outputs import pack as P
from outputs.pack_data import (
    EmptySelection,
    PackOptions,
    UnknownJurisdiction,
    by_department,
    changed_periods,
    headline_rows,
    load_pack_data,
    no_data_rows,
    sheet_groups,
    slide_rows,
)
from tracking import db as tdb
from tracking import departments
from tracking import queries as Q
from tracking import reported as rep
from tracking.queries import Filters
from tracking.status import STATUS_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "data" / "sources"
MEETING = date(2024, 11, 15)
LAST_MEETING = date(2024, 9, 1)
GUANXIAN = Filters(jurisdiction="冠县")
LEDGER_HEADERS = ["地区", "领域", "指标", "目标值", "目标年份", "基期值", "最新值", "报告期", "新报期次", "进度状态",
                  "完成度", "牵头部门", "完成时限", "属性", "文件", "文号", "条款", "原文", "目标编号"]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """indicators.duckdb built from data/sources, as `python -m etl build` does."""
    path = tmp_path_factory.mktemp("pack") / "indicators.duckdb"
    build_database(SOURCES, path)
    return path


@pytest.fixture(scope="module")
def ids(db) -> dict[str, str]:
    """冠县's target ids by catalogue code (ids are stable, but looking them up keeps the test
    about the indicators, not the hashes)."""
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT indicator_code, target_id FROM targets WHERE jurisdiction = '冠县'"
                           " AND indicator_code IS NOT NULL").fetchall()
    return dict(rows)


@pytest.fixture(scope="module")
def store(db, ids, tmp_path_factory) -> Path:
    """reported.duckdb with the values of the story above, saved through tracking.reported."""
    path = tmp_path_factory.mktemp("reported") / "reported.duckdb"

    def save(rows, at):
        frame = pd.DataFrame([(ids[code], period, value) for code, period, value in rows],
                             columns=["target_id", "period", "value"])
        rep.save_values(path, frame, account="guanxian_fgj", how="form", at=at)

    save([("high_tech_enterprises", "2023", 50), ("pm25", "2023", 48), ("5g_base_stations", "2023", 600),
          ("rd_intensity", "2023", 2.5)], datetime(2024, 3, 1, 9, 0))
    save([("high_tech_enterprises", "2024Q3", 52), ("pm25", "2024Q3", 47), ("5g_base_stations", "2024Q3", 500)],
         datetime(2024, 10, 10, 9, 0))
    return path


@pytest.fixture(scope="module")
def n_guanxian(db) -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT count(*) FROM targets WHERE jurisdiction = '冠县'").fetchone()[0]


@pytest.fixture(scope="module")
def built(db, store):
    """冠县's pack for the meeting, three indicator slides, changes since the last meeting."""
    seen: list[tuple[float, str]] = []
    result = P.make_meeting_pack(GUANXIAN, PackOptions(max_slides=3, since=LAST_MEETING), indicators_db=db,
                                 reported_db=store, today=MEETING, progress=lambda f, m: seen.append((f, m)))
    yield result, seen
    export.stop_server()


@pytest.fixture(scope="module")
def slides(built):
    return list(Presentation(io.BytesIO(built[0].pptx_bytes)).slides)


@pytest.fixture(scope="module")
def workbook(built):
    return load_workbook(io.BytesIO(built[0].xlsx_bytes))


def texts(slide) -> str:
    """Every piece of text on a slide, tables included, one line each."""
    out = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            out.append(shape.text_frame.text)
        if shape.has_table:
            out += [cell.text for row in shape.table.rows for cell in row.cells]
    return "\n".join(out)


def facts(slide) -> dict[str, object]:
    """The label → value-cell table beside an indicator chart."""
    table = next(s.table for s in slide.shapes if s.has_table)
    return {row.cells[0].text: row.cells[1] for row in table.rows}


def pictures(slide):
    return [s for s in slide.shapes if s.shape_type == 13]


def fill_of(cell) -> str:
    return str(cell.fill.fore_color.rgb)


# --- the ZIP ------------------------------------------------------------------------------------

def test_the_zip_is_named_with_jurisdiction_and_date_and_holds_slides_and_workbook(built):
    pack, _ = built
    assert pack.file_name == "冠县_会议材料_2024-11-15.zip"
    with zipfile.ZipFile(io.BytesIO(pack.zip_bytes)) as zf:
        assert zf.namelist() == ["冠县_汇报幻灯片_2024-11-15.pptx", "冠县_目标台账_2024-11-15.xlsx"]
        assert zf.read(zf.namelist()[0]) == pack.pptx_bytes
        assert zf.read(zf.namelist()[1]) == pack.xlsx_bytes


def test_progress_is_reported_from_start_to_done(built):
    _, seen = built
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[0] < 0.1 and fractions[-1] == 1.0
    assert "正在生成指标页 2/3：细颗粒物（PM2.5）浓度" in [m for _, m in seen]


# --- the slides ---------------------------------------------------------------------------------

def test_slides_are_cover_summary_three_indicators_the_no_data_slide_then_departments(built, slides, n_guanxian):
    pack, _ = built
    titles = [s.shapes.title.text for s in slides]
    assert titles[:6] == ["冠县目标任务推进情况", "冠县 · 进度概况", "冠县 · 高新技术企业",
                          "冠县 · 细颗粒物（PM2.5）浓度", "冠县 · 全社会研发经费投入强度",
                          f"尚无填报数值的目标（{n_guanxian - 4} 项）"]
    closing = titles[6:]
    assert closing[0] == "各牵头部门目标情况（逾期、滞后在前）"
    assert all(t == "各牵头部门目标情况（逾期、滞后在前）（续）" for t in closing[1:])
    assert len(slides) == pack.n_slides == 6 + len(closing)
    assert Presentation(io.BytesIO(pack.pptx_bytes)).slide_width == Inches(13.333)  # 16:9


def test_cover_says_scope_date_count_and_what_is_new(slides, n_guanxian):
    cover = texts(slides[0])
    assert "数据截至2024年11月15日" in cover
    assert f"共 {n_guanxian} 项目标，其中 4 项已有填报数值。" in cover
    assert "黄色标注：2024年9月1日以来新报送的数值（共 3 项目标）。" in cover


def test_summary_counts_every_status_and_shows_two_charts(slides, n_guanxian):
    summary = slides[1]
    cards = {s.text_frame.text.split("\n")[1]: int(s.text_frame.text.split("\n")[0])
             for s in summary.shapes if s.shape_type == 1}
    # Every target without a value was due by November 2024: 逾期未报, as the pages count it.
    assert cards == {"目标总数": n_guanxian, "已完成": 0, "正常推进": 2, "进度滞后": 1, "严重滞后": 1,
                     "逾期未报": n_guanxian - 4, "暂无数据": 0}
    assert len(pictures(summary)) == 2
    assert "进度滞后、严重滞后共 2 项。" in texts(summary)


@pytest.mark.parametrize("index, code, status, target, latest, baseline, pace, lead", [
    (2, "high_tech_enterprises", "严重滞后", "80家（2025）", "52家（2024Q3）", "50家（首次填报）", "剩余 28家", "县工业和信息化局"),
    (3, "pm25", "进度滞后", "43微克/立方米（2025）", "47微克/立方米（2024Q3）", "48微克/立方米（首次填报）", "剩余 4微克/立方米",
     "市生态环境局冠县分局"),
    (4, "rd_intensity", "正常推进（逾期未报）", "≥3%（2025）", "2.5%（2023）", "2.5%（首次填报）", "剩余 0.5个百分点",
     "县工业和信息化局"),
])
def test_an_indicator_slide_has_its_chart_and_the_numbers(slides, db, ids, index, code, status, target, latest,
                                                          baseline, pace, lead):
    slide = slides[index]
    [picture] = pictures(slide)
    assert (picture.width, picture.height) == (Inches(8.0), Inches(4.5))
    assert picture.image.content_type == "image/png" and picture.image.size == P.CHART_PX
    f = facts(slide)
    assert f["进度状态"].text == status
    assert f["目标"].text == target
    assert f["最新值"].text.split("\n")[0] == latest
    assert f["基期值"].text == baseline
    assert pace in f["所需进度"].text.split("\n")
    assert f["牵头单位"].text == lead
    assert fill_of(f["进度状态"]) == P.STATUS_FILLS[{"严": "off_track", "进": "at_risk", "正": "on_track"}[status[0]]]
    # Traceable: the document, its number, the clause and the sentence the target came from.
    with duckdb.connect(str(db), read_only=True) as con:
        title, number, clause, sentence = con.execute(
            "SELECT d.title, d.doc_number, t.clause_ref, t.source_text FROM targets t JOIN documents d"
            " USING (document_id) WHERE t.target_id = ?", [ids[code]]).fetchone()
    source = next(s.text_frame.text for s in slide.shapes if s.has_text_frame and s.text_frame.text.startswith("出处："))
    assert source.startswith(f"出处：{title} {number} ")
    assert (f"第 {clause} 条" if clause.replace("-", "").isdigit() else clause) in source
    assert f"“{sentence}”" in source


def test_closing_slides_list_overdue_and_lagging_targets_by_lead_department(slides):
    rows = [row for s in slides[6:] for row in next(x.table for x in s.shapes if x.has_table).rows]
    header = [c.text for c in rows[0].cells]
    assert header == ["牵头部门", "逾期未报", "严重滞后", "进度滞后", "其余目标"]
    by_dept = {r.cells[0].text.split("\n")[0]: [c.text for c in list(r.cells)[1:]] for r in rows
               if r.cells[0].text != "牵头部门"}
    assert by_dept["县工业和信息化局"][1] == "1项：高新技术企业"
    assert by_dept["县工业和信息化局"][3] == "1项：建成5G基站"  # 正常推进 and reported: the rest
    assert by_dept["市生态环境局冠县分局"][2] == "1项：细颗粒物（PM2.5）浓度"
    assert re.match(r"\d+项：全社会研发经费投入强度、", by_dept["县工业和信息化局"][0])  # reported 2023 only
    assert list(by_dept)[-1] == "未明确牵头单位"


# --- a pack worth presenting (issue 12 item 5) --------------------------------------------------
# No slide of indicators without data, names that are nouns, overdue and lagging first by department,
# 逾期未报 counted as the pages count it.

BAD_NAMES = {"至少", "达到国家推荐标准", "学生掌握", "养老", "按服务覆盖"}
NO_VALUE = ("暂无数据", "逾期未报")


def indicator_slides(slides) -> list:
    """The slides that present one indicator (a chart and its fact table)."""
    return [s for s in slides if any(x.has_table and x.table.cell(0, 0).text == "进度状态" for x in s.shapes)]


def cell_names(text: str) -> list[str]:
    """The names listed in a department cell: "3项：甲、乙等1项" → ["甲", "乙"]."""
    if text == "—":
        return []
    listed = re.sub(r"等\d+项$", "", text.split("：", 1)[1])
    return re.split(r"、(?![^“]*”)", listed)  # a quoted phrase may hold a 、 of its own


def names_on(slide) -> list[str]:
    """Every indicator name a slide shows: an indicator slide's title, the no-data slide's list,
    the department tables' cells."""
    title = slide.shapes.title.text
    if title.startswith("冠县 · ") and title != "冠县 · 进度概况":
        return [title.split(" · ", 1)[1]]
    names = []
    for shape in slide.shapes:
        if shape.has_table and shape.table.cell(0, 0).text == "牵头部门":
            names += [n for row in list(shape.table.rows)[1:] for c in list(row.cells)[1:] for n in cell_names(c.text)]
        elif shape.has_text_frame and shape.text_frame.text.startswith("目标清单"):
            names += [line.split("  ", 1)[1].rsplit(" · ", 1)[0] for line in shape.text_frame.text.split("\n")[1:]
                      if "  " in line]
    return names


def department_rows(slides, title: str = "各牵头部门目标情况") -> list[list[str]]:
    """The department slides' rows (department cell first), in slide order, without headers."""
    return [[c.text for c in row.cells] for s in slides
            if s.shapes.title.text.startswith(title)
            for row in list(next(x.table for x in s.shapes if x.has_table).rows)[1:]]


def test_no_indicator_slide_shows_a_target_without_a_value(built, slides, db, store):
    shown = indicator_slides(slides)
    assert len(shown) == 3
    for slide in shown:
        f = facts(slide)
        assert f["最新值"].text != "暂无数据" and not f["进度状态"].text.startswith(NO_VALUE)
    # With room for twelve, still only the four reported targets get a slide (it was twelve, eight
    # of them 暂无数据), and the summary's gauges are of reported targets only.
    data = load_pack_data(GUANXIAN, PackOptions(), indicators_db=db, reported_db=store, today=MEETING)
    assert len(slide_rows(data.ledger, 12)) == 4 and slide_rows(data.ledger, 12)["latest_value"].notna().all()
    assert headline_rows(data.ledger, P.GAUGES)["latest_value"].notna().all()


def test_targets_without_a_value_are_summed_up_on_one_slide_overdue_first(slides, db, store, n_guanxian):
    [slide] = [s for s in slides if s.shapes.title.text.startswith("尚无填报数值的目标")]
    text = texts(slide)
    assert f"逾期未报 {n_guanxian - 4} 项（报送期已过仍未填报），暂无数据 0 项" in text
    # The table by department gives the 部门 page's own counts (tracking.queries, canonical names).
    table = next(x.table for x in slide.shapes if x.has_table)
    assert [c.text for c in table.rows[0].cells] == ["按牵头部门", "逾期未报", "暂无数据"]
    on_slide = {r.cells[0].text: int(r.cells[1].text) for r in list(table.rows)[1:] if not r.cells[0].text.startswith("其余")}
    statuses = rep.current_statuses(db, store, MEETING)[STATUS_COLUMNS]
    aliases = departments.read_aliases(ROOT / "data" / "department_aliases.csv")
    con = tdb.attach_indicators(db)
    try:
        page = tdb.run(con, Q.department_breakdown_sql(GUANXIAN, aliases), statuses)
    finally:
        con.close()
    owed = page[page["display_status"] == "overdue"].groupby("department")["n"].sum().to_dict()
    assert on_slide and all(owed[d] == n for d, n in on_slide.items())
    assert list(on_slide.values()) == sorted(on_slide.values(), reverse=True)
    lines = text.split("目标清单（逾期未报在前）\n")[1].split("\n")
    assert all(line.startswith("逾期未报") for line in lines[:10]) and lines[10] == f"另有 {n_guanxian - 14} 项，见目标台账。"


def test_the_no_data_list_puts_the_overdue_before_those_not_yet_due():
    ledger = pd.DataFrame({"target_id": list("abcde"), "latest_value": [None, 1.0, None, None, None],
                           "status": ["no_data", "on_track", "no_data", "no_data", "no_data"],
                           "display_status": ["no_data", "on_track", "overdue", "no_data", "overdue"]})
    assert list(no_data_rows(ledger)["target_id"]) == ["c", "e", "a", "d"]


def test_no_slide_names_an_indicator_by_a_fragment(slides):
    names = [n for s in slides for n in names_on(s)]
    assert len(names) > 20
    assert not BAD_NAMES & set(names)
    assert all(n.startswith("“") or not is_not_a_noun(n) for n in names)


def test_names_of_an_older_build_become_the_clauses_phrase_on_the_slides(db, store, tmp_path):
    """A database whose extractor named targets "学生掌握" and "养老" (issue 13's finding) still gives
    slides that name what is measured: the clause's phrase, quoted and explained."""
    older = tmp_path / "indicators.duckdb"
    shutil.copy(db, older)
    with duckdb.connect(str(older)) as con:
        con.execute("UPDATE targets SET indicator_name = '学生掌握' WHERE indicator_name = '学生掌握体育技能'")
        con.execute("UPDATE targets SET indicator_name = '养老' WHERE indicator_name = '养老保险参保率'")
    data = load_pack_data(GUANXIAN, PackOptions(), indicators_db=older, reported_db=store, today=MEETING)
    shown = dict(zip(data.ledger["indicator_name"], (P.name_text(r, "zh") for r in data.ledger.to_dict("records"))))
    assert shown["学生掌握"] == "“保证学生掌握1—2项体育技能”"
    assert shown["养老"] == "“基本养老、医疗保险参保率分别达到96%”"
    assert shown["达到国家推荐标准"] == "“乡镇卫生院、社区卫生服务中心…25%以上达到国家推荐标准”"  # the real build's one
    prs = Presentation()
    P.no_data_slide(prs, data, "zh")
    P.closing_slides(prs, data, "zh")
    names = [n for s in prs.slides for n in names_on(s)]
    assert "“基本养老、医疗保险参保率分别达到96%”" in names and not BAD_NAMES & set(names)
    assert any("引号内为原文摘句" in texts(s) for s in prs.slides)


def test_department_slides_put_overdue_and_lagging_first_each_department_once(slides):
    rows = department_rows(slides)
    main_names = [r[0].split("\n")[0] for r in rows]
    assert len(main_names) == len(set(main_names))  # one department, one row
    assert "县工业信息化局" not in main_names  # the alias table's other name …
    [it] = [r for r in rows if r[0].startswith("县工业和信息化局")]
    assert it[0] == "县工业和信息化局\n（文件中也写作：县工业信息化局）"  # … shown as written
    assert it[1].startswith("22项：") and it[2] == "1项：高新技术企业" and it[4] == "1项：建成5G基站"
    # Departments with overdue or lagging targets, the most first, then the rest; no lead last.
    problems = [sum(int(c.split("项")[0]) for c in r[1:4] if c != "—") for r in rows[:-1]]
    assert problems == sorted(problems, reverse=True) and problems[0] == 23
    assert main_names[-1] == "未明确牵头单位"


def test_departments_with_nothing_owed_or_lagging_come_after_the_others(db, store, tmp_path):
    """县医保局 leads two targets; once both are reported for the quarter due (and on track), its row
    moves below every department that owes a report or lags."""
    calm = tmp_path / "reported.duckdb"
    shutil.copy(store, calm)
    with duckdb.connect(str(db), read_only=True) as con:  # 养老保险参保率 96 %, 医疗保险参保率 97 %
        owed = con.execute("SELECT target_id, value FROM targets WHERE jurisdiction = '冠县'"
                           " AND list_contains(lead_departments, '县医保局')").fetchall()
    assert len(owed) == 2
    rep.save_values(calm, pd.DataFrame({"target_id": [t for t, _ in owed], "period": ["2024Q3"] * 2,
                                        "value": [v for _, v in owed]}),
                    account="guanxian_ybj", how="form", at=datetime(2024, 10, 20, 9, 0))
    data = load_pack_data(GUANXIAN, PackOptions(), indicators_db=db, reported_db=calm, today=MEETING)
    prs = Presentation()
    P.closing_slides(prs, data, "zh")
    rows = department_rows(prs.slides)
    owing = [r[1:4] != ["—", "—", "—"] for r in rows[:-1]]
    assert owing == sorted(owing, reverse=True) and not all(owing)  # True…True, then False…False
    [medical] = [r for r in rows if r[0] == "县医保局"]
    assert medical[1:4] == ["—", "—", "—"] and medical[4] == "2项：养老保险参保率、医疗保险参保率"


def test_the_summary_says_overdue_with_the_count_tracking_gives(slides, db, store):
    statuses = rep.current_statuses(db, store, MEETING)[STATUS_COLUMNS]
    con = tdb.attach_indicators(db)
    try:
        counts = tdb.run(con, Q.status_counts_sql(GUANXIAN), statuses)  # the overview's own query
    finally:
        con.close()
    by_status = dict(zip(counts["status"], counts["n"]))
    n_overdue, never = int(counts["n_overdue"].sum()), int(by_status["overdue"])
    summary = slides[1]
    cards = {s.text_frame.text.split("\n")[1]: int(s.text_frame.text.split("\n")[0])
             for s in summary.shapes if s.shape_type == 1}
    assert cards["逾期未报"] == never == 91 and cards["暂无数据"] == by_status.get("no_data", 0) == 0
    assert f"逾期未报共 {n_overdue} 项：{never} 项从未填报，{n_overdue - never} 项已有填报但最近一期未报。" in texts(summary)


def test_the_new_slides_in_english_write_english(db, store):
    data = load_pack_data(GUANXIAN, PackOptions(), indicators_db=db, reported_db=store, today=MEETING)
    prs = Presentation()
    P.no_data_slide(prs, data, "en")
    P.closing_slides(prs, data, "en")
    no_data, first = prs.slides[0], prs.slides[1]
    assert no_data.shapes.title.text == "Targets with no reported value (91)"
    assert "91 overdue (a report was due and none came), 0 not yet due." in texts(no_data)
    header = [c.text for c in next(x.table for x in first.shapes if x.has_table).rows[0].cells]
    assert header == ["Lead department", "Overdue reports", "Off track", "At risk", "Other targets"]
    rows = department_rows(prs.slides, "Targets by lead department")
    assert rows[0][0] == "县工业和信息化局\n(also written: 县工业信息化局)"
    assert rows[0][1].startswith("22: ") and rows[0][2] == "1: 高新技术企业"
    assert re.fullmatch(r"\d+: [^、]+(, [^、]+)*( and \d+ more)?", rows[1][1])  # English list separators
    note = P.summary_note(data, "en")
    assert note == "2 targets lagging. 92 targets have an overdue report: 91 never reported, 1 not reported for the last period due."
    full_width = "（）：，。；"
    ours = [no_data.shapes.title.text, note, *header, *(c.split("\n")[1] for c in (r[0] for r in rows) if "\n" in c)]
    assert not [t for t in ours if any(ch in t for ch in full_width)]


def test_a_bad_alias_table_is_one_clear_error(db, store, tmp_path, monkeypatch):
    bad = tmp_path / "department_aliases.csv"
    bad.write_text("alias,canonical\n县工业信息化局,\n", encoding="utf-8")
    monkeypatch.setenv("DEPARTMENT_ALIASES", str(bad))
    with pytest.raises(departments.TableError) as err:
        P.make_meeting_pack(GUANXIAN, PackOptions(), indicators_db=db, reported_db=store, today=MEETING)
    assert P.describe(err.value) == "部门表有误：department_aliases.csv 第 2 行 canonical：为空"


# --- the workbook -------------------------------------------------------------------------------

def test_workbook_has_the_ledger_with_chinese_headers_frozen_and_fitted(workbook, n_guanxian):
    assert workbook.sheetnames == ["冠县"]
    ws = workbook["冠县"]
    assert [c.value for c in ws[1]] == LEDGER_HEADERS
    assert ws.max_row - 1 == n_guanxian
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:S{n_guanxian + 1}"
    widths = {c.value: ws.column_dimensions[c.column_letter].width for c in ws[1]}
    assert widths["地区"] == 6 and widths["指标"] >= 2 * len("高新技术企业") + 2
    assert widths["原文"] == 50 and all(6 <= w <= 50 for w in widths.values())


def test_workbook_status_cells_are_coloured_by_status(workbook):
    ws = workbook["冠县"]
    col = LEDGER_HEADERS.index("进度状态")
    label_to_code = {i18n.status_label(s): s for s in i18n.DISPLAY_STATUSES}
    seen = set()
    for row in ws.iter_rows(min_row=2):
        code = label_to_code[row[col].value]
        assert row[col].fill.fgColor.rgb == "00" + P.STATUS_FILLS[code]
        seen.add(code)
    assert seen == {"off_track", "at_risk", "on_track", "overdue"}  # 逾期未报, as the 目标台账 page shows it


def test_sheets_by_department_list_a_jointly_led_target_under_each_lead(db, store):
    data = load_pack_data(GUANXIAN, PackOptions(sheets_by="department"), indicators_db=db, reported_db=store,
                          today=MEETING)
    xlsx, names = P.build_workbook(data, "zh")
    wb = load_workbook(io.BytesIO(xlsx))
    assert wb.sheetnames == names and names[-1] == "未明确牵头单位"
    expected = sum(max(1, len(list(d))) for d in data.ledger["lead_departments"])
    assert sum(wb[n].max_row - 1 for n in names) == expected > len(data.ledger)
    assert "新报期次" not in [c.value for c in wb[names[0]][1]]  # no "since" date, no column


# --- changes since the last meeting -------------------------------------------------------------

def test_values_reported_since_the_date_are_highlighted_in_workbook_and_slides(workbook, slides):
    ws = workbook["冠县"]
    h = {name: i for i, name in enumerate(LEDGER_HEADERS)}
    rows = {r[h["指标"]].value: r for r in ws.iter_rows(min_row=2)}
    for name in ("高新技术企业", "细颗粒物（PM2.5）浓度", "建成5G基站"):
        assert rows[name][h["新报期次"]].value == "2024Q3"
        assert rows[name][h["最新值"]].fill.fgColor.rgb == "00" + P.NEW_FILL
    old = rows["全社会研发经费投入强度"]  # reported in March, before the last meeting
    assert old[h["新报期次"]].value is None and old[h["最新值"]].fill.fgColor.rgb != "00" + P.NEW_FILL
    new, old = facts(slides[2])["最新值"], facts(slides[4])["最新值"]
    assert fill_of(new) == P.NEW_FILL and "2024Q3 为2024年9月1日以来新报" in new.text
    assert fill_of(old) != P.NEW_FILL and "新报" not in old.text


def test_changed_periods_compares_the_report_time_with_the_start_of_the_day():
    reported = pd.DataFrame({"target_id": ["a", "a", "b", "c"], "period": ["2024Q3", "2024Q2", "2024Q3", "2023"],
                             "reported_at": pd.to_datetime(["2024-09-01 00:00", "2024-10-02 08:00", "2024-08-31 23:59",
                                                            "2024-12-01 08:00"])})
    assert changed_periods(pd.Series(["a", "b", "c", "d"]), reported, date(2024, 9, 1)) == [
        "2024Q2、2024Q3", "", "2023", ""]
    assert changed_periods(pd.Series(["a"]), reported, None) == [""]


# --- one chart, rendered ------------------------------------------------------------------------

def test_a_slide_chart_renders_as_a_png_in_the_status_colour(db, store):
    data = load_pack_data(GUANXIAN, PackOptions(), indicators_db=db, reported_db=store, today=MEETING)
    row = slide_rows(data.ledger, 2).iloc[1].to_dict()
    assert row["indicator_name"] == "细颗粒物（PM2.5）浓度" and row["status"] == "at_risk"
    png = export.figure_to_png(P.indicator_figure(data, row, "zh"), *P.CHART_PX)
    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert image.size == (1200, 675)
    amber = (0xF9, 0xA8, 0x25)  # charts.STATUS_COLORS["at_risk"]: the reported line
    near = (np.abs(np.asarray(image, dtype=int) - amber) < 20).all(axis=2).sum()
    assert near > 200


# --- choosing what goes in ----------------------------------------------------------------------

def test_only_lagging_statuses_give_only_lagging_slides(db, store):
    data = load_pack_data(GUANXIAN, PackOptions(statuses=("at_risk", "off_track")), indicators_db=db,
                          reported_db=store, today=MEETING)
    assert list(data.ledger["indicator_name"]) == ["高新技术企业", "细颗粒物（PM2.5）浓度"]
    assert list(slide_rows(data.ledger, 1)["indicator_name"]) == ["高新技术企业"]
    assert set(by_department(data.ledger)["department"]) == {"县工业和信息化局", "市生态环境局冠县分局"}


def test_picking_jurisdictions_out_of_the_city_view(db, store):
    data = load_pack_data(Filters(jurisdiction="聊城市"), PackOptions(jurisdictions=("冠县", "江北水城旅游度假区")),
                          indicators_db=db, reported_db=store, today=MEETING)
    assert data.jurisdictions == ["冠县", "江北水城旅游度假区"]
    assert [name for name, _ in sheet_groups(data.ledger, "jurisdiction")] == ["冠县", "江北水城旅游度假区"]
    assert P.scope_name(data, "zh") == "冠县等2个地区"
    whole = load_pack_data(Filters(jurisdiction="聊城市"), PackOptions(), indicators_db=db, reported_db=store,
                           today=MEETING)
    assert P.scope_name(whole, "zh") == "聊城市" and len(whole.jurisdictions) == 4


def test_an_empty_selection_is_a_clear_error(db, store):
    with pytest.raises(EmptySelection) as err:
        P.make_meeting_pack(GUANXIAN, PackOptions(statuses=("achieved",)), indicators_db=db, reported_db=store,
                            today=MEETING)
    assert P.describe(err.value) == i18n.t("pack.empty")
    with pytest.raises(UnknownJurisdiction) as err:
        load_pack_data(Filters(jurisdiction="莘县"), PackOptions(), indicators_db=db, reported_db=store, today=MEETING)
    assert P.describe(err.value).startswith("找不到地区「莘县」。可选地区：冠县、")


@pytest.mark.parametrize("title, taken, expected", [
    ("冠县", set(), "冠县"),
    ("经济发展部/综合办", set(), "经济发展部_综合办"),
    ("聊城市" + "很长的部门名称" * 6, set(), ("聊城市" + "很长的部门名称" * 6)[:31]),
    ("冠县", {"冠县"}, "冠县(2)"),
])
def test_sheet_names_are_valid_and_unique(title, taken, expected):
    assert P.sheet_name(title, set(taken)) == expected


# --- the command line and the button give the same pack -----------------------------------------

def pack_content(zip_bytes: bytes) -> dict:
    """What a reader sees in a pack: file names, each slide's text and picture sizes, each sheet's
    cells and fills (ZIP and PNG bytes may differ in timestamps and anti-aliasing)."""
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as zf:
        pptx_name, xlsx_name = zf.namelist()
        prs = Presentation(io.BytesIO(zf.read(pptx_name)))
        wb = load_workbook(io.BytesIO(zf.read(xlsx_name)))
    return {
        "files": [pptx_name, xlsx_name],
        "slides": [(texts(s), [(p.width, p.height, p.image.size) for p in pictures(s)]) for s in prs.slides],
        "sheets": {ws.title: [[(c.value, c.fill.fgColor.rgb) for c in row] for row in ws.iter_rows()] for ws in wb},
    }


def _button_app(jurisdiction: str, q: str) -> None:
    from dashboard.pack_ui import render_meeting_pack
    from tracking.queries import Filters

    render_meeting_pack(Filters(jurisdiction=jurisdiction, q=q), "zh")


@pytest.fixture
def app_env(db, store, monkeypatch):
    monkeypatch.setenv("INDICATORS_DB", str(db))
    monkeypatch.setenv("REPORTED_DB", str(store))


def test_cli_and_button_make_the_same_pack(db, store, tmp_path, app_env):
    from streamlit.testing.v1 import AppTest

    run = subprocess.run(
        [sys.executable, "-m", "etl", "meeting-pack", "--jurisdiction", "冠县", "--status", "at_risk",
         "--status", "off_track", "--max-slides", "2", "--db", str(db), "--reported-db", str(store),
         "--out", str(tmp_path), "--quiet"],
        cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stderr
    [cli_zip] = tmp_path.glob("*.zip")
    assert cli_zip.name == f"冠县_会议材料_{date.today().isoformat()}.zip"
    assert "5 页幻灯片，2 项目标，1 个工作表" in run.stdout

    at = AppTest.from_function(_button_app, args=("冠县", ""), default_timeout=240)
    at.run()
    assert not at.exception
    at.multiselect(key="meeting_pack_statuses").set_value(["at_risk", "off_track"])
    at.number_input(key="meeting_pack_max_slides").set_value(2)
    [submit] = [b for b in at.button if b.label == "生成会议材料"]
    submit.click()
    at.run()
    assert not at.exception and not at.error
    button_pack = at.session_state["meeting_pack_result"]["pack"]
    assert [b.label for b in at.get("download_button")] == ["下载会议材料（ZIP）"]
    assert button_pack.file_name == cli_zip.name
    cli, button = pack_content(cli_zip.read_bytes()), pack_content(button_pack.zip_bytes)
    assert cli == button
    assert len(cli["slides"]) == 5 and len(cli["sheets"]["冠县"]) == 3


def test_the_button_says_so_when_the_selection_is_empty(app_env):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_button_app, args=("冠县", "没有这个指标"), default_timeout=60)
    at.run()
    assert not at.exception
    assert [i.value for i in at.info] == [i18n.t("pack.empty")]
    assert not at.button


def test_the_cli_fails_with_one_clear_line(db, store):
    run = subprocess.run(
        [sys.executable, "-m", "etl", "meeting-pack", "--jurisdiction", "冠县", "--status", "achieved",
         "--db", str(db), "--reported-db", str(store), "--out", os.devnull, "--quiet"],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert run.stderr.strip() == "错误：" + i18n.t("pack.empty")


def test_the_command_is_registered_with_help():
    from cli.main import make_parser

    parser = make_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert "meeting-pack" in sub.choices and sub.choices["meeting-pack"].description
    assert all(flag in sub.choices["meeting-pack"].format_help()
               for flag in ("--jurisdiction", "--status", "--max-slides", "--since", "--db", "--reported-db", "--out"))
