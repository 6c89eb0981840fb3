"""A synthetic Shandong province built from the five real Liaocheng sources, for benchmarks.

``python bench/make_province.py --out /tmp/province [--seed 1] [--scale 1.0]`` writes

    /tmp/province/sources/      ~166 documents (.txt, ~10 % as real PDFs) + manifest.csv
    /tmp/province/indicators.duckdb   built with ``python -m etl build --workers <nproc>``
    /tmp/province/reported.duckdb     quarterly values 2021Q1–2025Q4 for every target

Each of the 16 cities gets the plan outline and the task division, each county the county action
plan, each city's two zones the responsibility list and the annual task list — the real texts with
the jurisdiction's names (聊城/冠县/聊城经济技术开发区/江北水城旅游度假区 and Liaocheng's other counties)
replaced, department names swapped for common synonyms, and target-like numbers (digits directly
followed by a unit: "新建幼儿园28所", "达到40%") multiplied by a per-document factor. Years, item
numbers, dates and document numbers stay as they are, so the real readers and parser do the same
work they do on the real files. Same seed and scale → byte-identical text files and the same
target ids and values.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import math
import os
import random
import re
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL_SOURCES = ROOT / "data" / "sources"
PYTHON = sys.executable

# The five real documents, by role (file names in data/sources).
ZONE_LIST = "000_4e7d5761cb5f53ec.txt"      # 聊城经济技术开发区 responsibility list
CITY_OUTLINE = "001_1e4891dfb3b720f9.txt"   # 聊城市 14th five-year plan outline
CITY_TASKS = "002_dc670c26961e53f5.txt"     # 聊城市 task division
ZONE_TASKS = "003_80b71f251b8369b3.txt"     # 江北水城旅游度假区 annual tasks
COUNTY_PLAN = "004_732dde5a7dac0490.txt"    # 冠县 action plan

LIAOCHENG_COUNTIES = ["东昌府区", "茌平区", "临清市", "阳谷县", "莘县", "东阿县", "冠县", "高唐县"]

# (city, short name, document-number prefix, scenic name of its resort zone, counties)
CITIES: list[tuple[str, str, str, str, list[str]]] = [
    ("济南市", "济南", "济", "泉城", ["历下区", "市中区", "槐荫区", "天桥区", "历城区", "长清区", "章丘区", "济阳区", "莱芜区", "钢城区", "平阴县", "商河县"]),
    ("青岛市", "青岛", "青", "崂山湾", ["市南区", "市北区", "黄岛区", "崂山区", "李沧区", "城阳区", "即墨区", "胶州市", "平度市", "莱西市"]),
    ("淄博市", "淄博", "淄", "齐文化", ["淄川区", "张店区", "博山区", "临淄区", "周村区", "桓台县", "高青县", "沂源县"]),
    ("枣庄市", "枣庄", "枣", "微山湖", ["薛城区", "峄城区", "台儿庄区", "山亭区", "滕州市", "枣庄市中区"]),
    ("东营市", "东营", "东", "黄河口", ["东营区", "河口区", "垦利区", "利津县", "广饶县"]),
    ("烟台市", "烟台", "烟", "养马岛", ["芝罘区", "福山区", "牟平区", "莱山区", "蓬莱区", "龙口市", "莱阳市", "莱州市", "招远市", "栖霞市", "海阳市"]),
    ("潍坊市", "潍坊", "潍", "白浪河", ["潍城区", "寒亭区", "坊子区", "奎文区", "青州市", "诸城市", "寿光市", "安丘市", "高密市", "昌邑市", "临朐县", "昌乐县"]),
    ("济宁市", "济宁", "济宁", "南阳湖", ["任城区", "兖州区", "曲阜市", "邹城市", "微山县", "鱼台县", "金乡县", "嘉祥县", "汶上县", "泗水县", "梁山县"]),
    ("泰安市", "泰安", "泰", "泰山", ["泰山区", "岱岳区", "新泰市", "肥城市", "宁阳县", "东平县"]),
    ("威海市", "威海", "威", "刘公岛", ["环翠区", "文登区", "荣成市", "乳山市"]),
    ("日照市", "日照", "日", "山海天", ["东港区", "岚山区", "五莲县", "莒县"]),
    ("临沂市", "临沂", "临", "沂河", ["兰山区", "罗庄区", "河东区", "沂南县", "郯城县", "沂水县", "兰陵县", "费县", "平邑县", "莒南县", "蒙阴县", "临沭县"]),
    ("德州市", "德州", "德", "减河", ["德城区", "陵城区", "乐陵市", "禹城市", "宁津县", "庆云县", "临邑县", "齐河县", "平原县", "夏津县", "武城县"]),
    ("聊城市", "聊城", "聊", "江北水城", LIAOCHENG_COUNTIES),
    ("滨州市", "滨州", "滨", "秦皇河", ["滨城区", "沾化区", "邹平市", "惠民县", "阳信县", "无棣县", "博兴县"]),
    ("菏泽市", "菏泽", "菏", "牡丹", ["牡丹区", "定陶区", "曹县", "单县", "成武县", "巨野县", "郓城县", "鄄城县", "东明县"]),
]
COUNTY_SHARE = 0.75  # counties kept per city at scale 1.0: 16 + 102 + 32 zones = 150 jurisdictions

# Department names and the synonyms other jurisdictions use for the same office.
DEPARTMENT_SYNONYMS = {
    "发展改革局": ["发展改革局", "发展和改革局", "发改局"],
    "工业和信息化局": ["工业和信息化局", "工信局", "工业信息化局"],
    "商务投资促进局": ["商务投资促进局", "商务局", "投资促进局"],
    "住房城乡建设局": ["住房城乡建设局", "住建局"],
    "住房和城乡建设局": ["住房和城乡建设局", "住建局"],
    "人力资源社会保障局": ["人力资源社会保障局", "人社局", "人力资源和社会保障局"],
    "教育体育局": ["教育体育局", "教育局", "教体局"],
    "文化和旅游局": ["文化和旅游局", "文旅局", "文化旅游局"],
    "市场监管局": ["市场监管局", "市场监督管理局"],
    "经济发展局": ["经济发展局", "经济发展部", "经济运行局"],
    "综合行政执法局": ["综合行政执法局", "城市管理局"],
    "自然资源和规划局": ["自然资源和规划局", "自然资源局"],
    "大数据局": ["大数据局", "大数据中心"],
    "科技局": ["科技局", "科学技术局", "科创局"],
    "卫生健康局": ["卫生健康局", "卫健局"],
}

# A number directly followed by one of these is a quantity (a target, a baseline); anything else
# (年/月/日/号/）/ item numbers) is left alone.
UNIT_START = ("%", "％", "个百分点", "万", "亿", "千", "个", "家", "项", "公里", "米", "平方", "亩", "吨",
              "人", "名", "座", "所", "张", "台", "块", "场", "次", "辆", "处", "户", "套", "床", "间",
              "公顷", "条", "元", "斤", "立方", "栋", "部", "支", "批", "头", "倍")
NUMBER = re.compile(r"(?<![\d.第〔])(\d+(?:\.\d+)?)(?=\s?(?:" + "|".join(map(re.escape, UNIT_START)) + "))")


@dataclass
class Jurisdiction:
    name: str
    level: str            # city / county / zone
    parent: str
    city: tuple           # the CITIES entry it belongs to
    short: str = ""       # zone: name without the city prefix (江北水城旅游度假区)
    siblings: list[str] = field(default_factory=list)


@dataclass
class DocSpec:
    file: str
    template: str
    jurisdiction: Jurisdiction
    seed: int
    as_pdf: bool


def province_jurisdictions(scale: float = 1.0) -> list[Jurisdiction]:
    """Cities, then each city's counties and its two zones, in a fixed order."""
    n_cities = max(1, min(len(CITIES), math.ceil(len(CITIES) * min(scale, 1.0))))
    share = min(1.0, COUNTY_SHARE * max(scale, 1.0))
    out: list[Jurisdiction] = []
    for entry in CITIES[:n_cities]:
        city, short, _, scenic, counties = entry
        kept = counties[: max(1, round(len(counties) * share))]
        out.append(Jurisdiction(city, "city", "山东省", entry, siblings=counties))
        for county in kept:
            out.append(Jurisdiction(county, "county", city, entry, siblings=counties))
        out.append(Jurisdiction(f"{short}经济技术开发区", "zone", city, entry, siblings=counties))
        out.append(Jurisdiction(f"{scenic}旅游度假区", "zone", city, entry, short=f"{scenic}旅游度假区", siblings=counties))
    return out


def templates_for(j: Jurisdiction) -> list[str]:
    if j.level == "city":
        return [CITY_OUTLINE, CITY_TASKS]
    if j.level == "county":
        return [COUNTY_PLAN]
    return [ZONE_TASKS if j.short else ZONE_LIST]


def name_map(j: Jurisdiction, template: str, rng: random.Random) -> dict[str, str]:
    """Every Liaocheng name (and department name) in ``template`` → its counterpart for ``j``."""
    city, short, prefix, scenic, counties = j.city
    m = {"聊城市": city, "聊城": short, "聊政发": f"{prefix}政发", "聊政办发": f"{prefix}政办发", "聊发": f"{prefix}发",
         "聊城经济技术开发区": f"{short}经济技术开发区", "聊城江北水城旅游度假区": f"{short}{scenic}旅游度假区",
         "江北水城旅游度假区": f"{scenic}旅游度假区", "江北水城": scenic, "聊江管办发": f"{prefix}{scenic[0]}管办发"}
    others = [c for c in counties if c != j.name] or counties
    for i, old in enumerate(LIAOCHENG_COUNTIES):
        m[old] = others[i % len(others)]
    if template == COUNTY_PLAN:
        m["冠县县委"] = f"{j.name}{j.name[-1]}委"  # 寿光市市委, 历下区区委
        m["冠县"] = j.name
        m["冠发"] = f"{j.name[0]}发"
        m["驻冠"] = f"驻{j.name[0]}"
    for old, choices in DEPARTMENT_SYNONYMS.items():
        m[old] = rng.choice(choices)
    return {k: v for k, v in m.items() if k != v}


def replace_names(text: str, mapping: dict[str, str]) -> str:
    """One pass, longest name first, so 聊城经济技术开发区 is not first cut down by 聊城."""
    if not mapping:
        return text
    pattern = re.compile("|".join(map(re.escape, sorted(mapping, key=len, reverse=True))))
    return pattern.sub(lambda m: mapping[m.group(0)], text)


def vary_number(text: str, factor: float, rng: random.Random) -> str:
    """Multiply quantities by ``factor`` (±5 % jitter each), keeping their decimals; percentages of
    95 and more (全覆盖, 100%) stay, and no percentage is pushed past 100."""
    def one(m: re.Match) -> str:
        raw = m.group(1)
        value = float(raw)
        after = text[m.end():m.end() + 2].lstrip()
        is_share = after[:1] in ("%", "％")
        if value == 0 or (is_share and value >= 95):
            return raw
        new = value * factor * rng.uniform(0.95, 1.05)
        if is_share:
            new = min(new, 99.0)
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        if decimals == 0:
            return str(max(1, round(new)))
        return f"{new:.{decimals}f}"
    return NUMBER.sub(one, text)


def document_text(spec: DocSpec) -> str:
    rng = random.Random(spec.seed)
    text = (REAL_SOURCES / spec.template).read_text(encoding="utf-8")
    text = replace_names(text, name_map(spec.jurisdiction, spec.template, rng))
    return vary_number(text, rng.uniform(0.7, 1.4), rng)


def manifest_row(spec: DocSpec, real: dict[str, str]) -> dict[str, str]:
    rng = random.Random(spec.seed)
    mapping = name_map(spec.jurisdiction, spec.template, rng)
    row = {k: replace_names(v, mapping) for k, v in real.items()}
    row["file"] = spec.file
    row["jurisdiction"] = spec.jurisdiction.name
    row["jurisdiction_level"] = spec.jurisdiction.level
    row["parent_jurisdiction"] = spec.jurisdiction.parent
    return row


def _docgen():
    """tests/docgen.py, imported by path (tests/ is not a package). reportlab's invariant mode
    leaves out the creation time and random file id, so the same seed gives byte-identical PDFs."""
    from reportlab import rl_config

    rl_config.invariant = 1
    spec = importlib.util.spec_from_file_location("docgen", ROOT / "tests" / "docgen.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_document(spec: DocSpec, folder: Path, title: str) -> int:
    """Write one document; returns its size in bytes."""
    text = document_text(spec)
    path = folder / spec.file
    if spec.as_pdf:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        _docgen().make_pdf(path, lines, header=title[:40])
    else:
        path.write_text(text, encoding="utf-8")
    return path.stat().st_size


def plan_documents(seed: int, scale: float, pdf_share: float) -> list[DocSpec]:
    rng = random.Random(seed)
    specs: list[DocSpec] = []
    for j in province_jurisdictions(scale):
        for template in templates_for(j):
            n = len(specs)
            tag = hashlib.sha1(f"{j.name}|{template}".encode()).hexdigest()[:8]
            as_pdf = rng.random() < pdf_share
            stem = f"{n:04d}_{template[:3]}_{tag}"
            specs.append(DocSpec(stem + (".pdf" if as_pdf else ".txt"), template, j, rng.randrange(2**31), as_pdf))
    return specs


def write_sources(out: Path, seed: int, scale: float, pdf_share: float, workers: int) -> list[DocSpec]:
    folder = out / "sources"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    with open(REAL_SOURCES / "manifest.csv", encoding="utf-8-sig", newline="") as fh:
        real_rows = {r["file"]: r for r in csv.DictReader(fh)}
        columns = list(real_rows[ZONE_LIST].keys())
    specs = plan_documents(seed, scale, pdf_share)
    rows = [manifest_row(s, real_rows[s.template]) for s in specs]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(write_document, specs, [folder] * len(specs), [r["title"] for r in rows]))
    with open(folder / "manifest.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    return specs


def build_indicators(out: Path, workers: int) -> Path:
    db = out / "indicators.duckdb"
    cmd = [PYTHON, "-m", "etl", "build", "--sources", str(out / "sources"), "--db", str(db), "--quiet",
           "--workers", str(workers)]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if done.returncode not in (0, 1) or not db.exists():  # 1 = some files failed, the rest loaded
        raise SystemExit(f"build failed ({done.returncode}): {done.stderr[-2000:]}")
    return db


QUARTERS = [f"{y}Q{q}" for y in range(2021, 2026) for q in range(1, 5)]


def reported_rows(targets, seed: int):
    """Quarterly values 2021Q1–2025Q4 for every target, inside the target's plan span (the store
    refuses periods outside it). Each target gets its own pace (some ahead, most on track, some
    behind); values move from the baseline towards the target along that pace, with noise."""
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(seed)
    quarters = pd.DataFrame({"period": QUARTERS, "year": [int(p[:4]) for p in QUARTERS],
                             "q": [int(p[-1]) for p in QUARTERS]})
    t = targets[["target_id", "value", "kind", "baseline_value", "span_start_year", "span_end_year"]].copy()
    t["pace"] = rng.choice([0.5, 0.8, 1.0, 1.0, 1.1, 1.3], size=len(t)) * rng.uniform(0.9, 1.1, size=len(t))
    t["start_value"] = t["baseline_value"].fillna(t["value"] * rng.uniform(0.5, 0.85, size=len(t)))
    grid = t.merge(quarters, how="cross")
    grid = grid[(grid["year"] >= grid["span_start_year"].clip(lower=2021))
                & (grid["year"] <= grid["span_end_year"].fillna(2025).clip(upper=2025))]
    length = (grid["span_end_year"] - grid["span_start_year"]).clip(lower=1).fillna(1)
    share = ((grid["year"] - grid["span_start_year"] - 1 + grid["q"] / 4) / length).clip(0, 1.2)
    noise = rng.normal(1.0, 0.03, size=len(grid))
    value = grid["value"].astype(float)
    start = grid["start_value"].astype(float)
    level = start + (value - start) * share * grid["pace"]
    cumulative = value * share * grid["pace"]
    rate = value * grid["pace"]
    kind = grid["kind"]
    v = np.where(kind == "increment", cumulative, np.where(kind == "growth_rate", rate, level)) * noise
    rows = pd.DataFrame({"target_id": grid["target_id"].to_numpy(), "period": grid["period"].to_numpy(),
                         "value": np.round(v, 2), "source": "统计月报（合成）"})
    return rows[np.isfinite(rows["value"])].reset_index(drop=True)


def write_reported(out: Path, indicators_db: Path, seed: int) -> tuple[Path, int]:
    from tracking import reported

    db = out / "reported.duckdb"
    for leftover in (db, Path(str(db) + ".wal")):
        leftover.unlink(missing_ok=True)
    rows = reported_rows(reported.read_targets(indicators_db), seed)
    reported.save_values(db, rows, account="bench", how="import")
    return db, len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/province"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 ≈ 150 jurisdictions, 166 documents")
    parser.add_argument("--pdf-share", type=float, default=0.10)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--sources-only", action="store_true", help="write the documents, build nothing")
    args = parser.parse_args(argv)
    out = args.out.resolve()
    if out == ROOT or ROOT in out.parents:
        parser.error("--out must be outside the repository")
    t0 = time.perf_counter()
    specs = write_sources(out, args.seed, args.scale, args.pdf_share, args.workers)
    n_pdf = sum(s.as_pdf for s in specs)
    jurisdictions = len({s.jurisdiction.name for s in specs})
    print(f"{len(specs)} documents ({n_pdf} PDF) for {jurisdictions} jurisdictions in {out / 'sources'}"
          f" ({time.perf_counter() - t0:.1f} s)")
    if args.sources_only:
        return 0
    t1 = time.perf_counter()
    db = build_indicators(out, args.workers)
    print(f"built {db} ({time.perf_counter() - t1:.1f} s)")
    t2 = time.perf_counter()
    reported_db, n = write_reported(out, db, args.seed)
    print(f"{n} reported values in {reported_db} ({time.perf_counter() - t2:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
