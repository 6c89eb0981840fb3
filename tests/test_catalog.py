"""The indicator catalog and the name → code match, with phrasings taken from the five sources."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

import settings
from etl.catalog import (
    DEFAULT_CATALOG,
    CatalogEntry,
    CatalogError,
    CatalogIndex,
    indicator_name_to_key,
    load_catalog,
    match_indicator,
    units_compatible,
)
from etl.model import KINDS

READINGS = settings.READINGS_DIR
HEADER = "code,name_zh,name_en,unit,higher_is_better,kind,aliases\n"


@pytest.fixture(scope="module")
def catalog() -> list[CatalogEntry]:
    return load_catalog()


# (indicator name as extracted or hand-read, unit, kind) → code; the source each comes from.
MATCHES = [
    # 002 一、主要预期目标
    ("生产总值增速", "%", "growth_rate", "gdp_growth"),
    ("一般公共预算收入增速", "%", "growth_rate", "general_budget_revenue_growth"),
    ("社会消费品零售总额增速", "%", "growth_rate", "retail_sales_growth"),
    ("居民人均可支配收入增速", "%", "growth_rate", "disposable_income_growth"),
    ("居民消费价格涨幅", "%", "growth_rate", "cpi_growth"),
    ("规上工业增加值增速", "%", "growth_rate", "industrial_value_added_growth"),
    ("固定资产投资增速", "%", "growth_rate", "fixed_asset_investment_growth"),
    ("数字经济核心产业增加值增速", "%", "growth_rate", "digital_economy_core_growth"),
    ("研发投入增速", "%", "growth_rate", "rd_expenditure_growth"),
    ("新增高新技术企业", "家", "increment", "high_tech_enterprises"),
    ("科技型中小企业入库数量", "家", "increment", "tech_smes"),
    ("新增省级以上专精特新企业", "家", "increment", "specialized_smes"),
    ("5G基站", "个", "increment", "5g_base_stations"),
    ("新建高标准农田", "万亩", "increment", "high_standard_farmland"),
    ("城镇新增就业", "万人", "increment", "urban_new_jobs"),
    ("新增绿色建筑", "万平方米", "increment", "new_green_building_area"),
    ("金融业增加值", "亿元", "level", "financial_value_added"),
    # 001 主要指标 table rows, units in brackets as the table writes them
    ("地区生产总值增速(%)", "%", "growth_rate", "gdp_growth"),
    ("财政收入增长速度(%)", "%", "growth_rate", "fiscal_revenue_growth"),
    ("固定资产投资增长速度", "%", "growth_rate", "fixed_asset_investment_growth"),
    ("研发经费投入增长(%)", "%", "growth_rate", "rd_expenditure_growth"),
    ("研发支出与生产总值之比(%)", "%", "level", "rd_intensity"),
    ("每万人口高价值发明专利拥有量(个)", "个", "level", "high_value_patents_per_10k"),
    ("单位地区生产总值能源消耗降低(%)", "%", "growth_rate", "energy_intensity_reduction"),
    ("单位地区生产总值二氧化碳排放量降低(%)", "%", "growth_rate", "carbon_intensity_reduction"),
    ("空气质量优良天数比率(%)", "%", "level", "good_air_days_ratio"),
    ("地表水达到或好于Ⅲ类水体比例(%)", "%", "level", "surface_water_good_ratio"),
    ("森林覆盖率(%)", "%", "level", "forest_coverage"),
    ("劳动年龄人口平均受教育年限(年)", "年", "level", "schooling_years"),
    ("每千人口拥有执业(助理)医师数(人)", "人", "level", "doctors_per_1000"),
    ("基本养老保险参保人数(万人)", "万人", "level", "basic_pension_insured"),
    ("每千人口拥有3岁以下婴幼儿托位数(个)", "个", "level", "childcare_places_per_1000"),
    ("人均预期寿命(年)", "年", "level", "life_expectancy"),
    # 000 责任清单
    ("高新技术企业数量", "家", "level", "high_tech_enterprises"),
    ("省级以上“专精特新”企业数量", "家", "level", "specialized_smes"),
    ("科技型中小企业数量", "家", "level", "tech_smes"),
    ("PM2.5浓度", "微克/立方米", "level", "pm25"),
    ("城市公共供水管网漏损率", "%", "level", "water_leakage_rate"),
    ("农村自来水普及率", "%", "level", "rural_tap_water_coverage"),
    ("常住人口城镇化率", "%", "level", "urbanization_rate"),
    ("每千人口3岁以下婴幼儿托位数", "个", "level", "childcare_places_per_1000"),
    ("服务业增加值年均增速", "%", "growth_rate", "service_value_added_growth"),
    # 003 度假区 2023 tasks
    ("新建成开通5G基站", "个", "increment", "5g_base_stations"),
    ("国家级“专精特新”小巨人企业", "家", "increment", "little_giant_enterprises"),
    ("城镇新建民用建筑中绿色建筑占比", "%", "level", "green_building_share"),
    ("新增高技能人才", "人", "increment", "new_high_skilled_talent"),
    ("粮食产能", "亿斤", "level", "grain_output"),
    # 004 冠县 three-year plan
    ("全社会研发经费投入强度", "%", "level", "rd_intensity"),
    ("制造业增加值占全县GDP的比重", "%", "level", "manufacturing_value_added_share"),
    ("高新技术产业产值占规模以上工业总产值比重", "%", "level", "high_tech_output_share"),
    ("社会消费品零售总额", "亿元", "level", "retail_sales"),
    ("非化石能源消费占比", "%", "level", "non_fossil_energy_share"),
    ("细颗粒物（PM_{2.5}）浓度", "微克/立方米", "level", "pm25"),
    ("全县累计建成高标准农田", "万亩", "level", "high_standard_farmland"),
    ("粮食综合生产能力", "亿斤", "level", "grain_output"),
    ("人均预期寿命", "岁", "level", "life_expectancy"),
    ("城乡居民收入比", "", "level", "urban_rural_income_ratio"),
    ("培育高级工以上高技能人才", "名", "increment", "new_high_skilled_talent"),
    ("基本养老保险参保率", "%", "level", "basic_pension_coverage_rate"),
    # a growth target whose extracted name stops before 增长 ("固定资产投资增长9%左右")
    ("固定资产投资", "%", "growth_rate", "fixed_asset_investment_growth"),
    ("居民人均可支配收入", "%", "growth_rate", "disposable_income_growth"),
    # full-width and spacing from PDF conversions
    ("规上工业 增加值增长", "％", "growth_rate", "industrial_value_added_growth"),
    ("ＰＭ２.５浓度", "μg/m³", "level", "pm25"),
]


@pytest.mark.parametrize("name, unit, kind, code", MATCHES)
def test_real_phrasings_map_to_their_code(catalog, name, unit, kind, code):
    assert match_indicator(name, unit, kind, catalog) == code


NO_MATCH = [
    # the right phrase with a unit at another scale or of another quantity
    ("5G基站", "万元", "level"),
    ("城镇新增就业", "人", "increment"),  # 冠县 writes 4500人; the code counts 万人
    ("高标准农田", "亩", "level"),
    ("粮食综合生产能力", "万吨", "level"),  # 亿斤 is the canonical unit here
    # a growth rate never takes a level code, nor a level a growth-rate code
    ("高新技术企业", "%", "growth_rate"),
    ("万人高价值发明专利拥有量增幅", "%", "growth_rate"),
    ("“四新”增加值占GDP比重年增幅", "%", "growth_rate"),
    ("社会消费品零售总额增速", "亿元", "level"),
    # names that contain a catalogued phrase but measure something else
    ("营业收入过100亿元企业数量", "家", "level"),
    ("推荐专精特新中小企业职称申报人数", "人", "increment"),
    ("新能源汽车产业规上企业数量", "家", "level"),
    ("行政村5G网络通达率", "%", "level"),
    ("制造业使用外资增幅", "%", "growth_rate"),
    ("单位GDP能耗", "%", "level"),
    # nothing catalogued at all
    ("10千伏线路建设投运", "条", "increment"),
    ("一网通办率", "%", "level"),
    ("", "%", "level"),
]


@pytest.mark.parametrize("name, unit, kind", NO_MATCH)
def test_no_code_rather_than_a_wrong_one(catalog, name, unit, kind):
    assert match_indicator(name, unit, kind, catalog) is None


SIBLINGS = [
    # the longest phrasing wins over a shorter one it contains
    ("户籍人口城镇化率", "%", "level", "registered_urbanization_rate"),
    ("城镇化率", "%", "level", "urbanization_rate"),
    ("市属重点制造业企业研发投入强度", "%", "level", "enterprise_rd_intensity"),
    ("引进高层次高技能人才", "名", "increment", "high_level_talent_attracted"),
    ("城镇居民人均可支配收入增长", "%", "growth_rate", "urban_disposable_income_growth"),
    ("农村居民人均可支配收入增长", "%", "growth_rate", "rural_disposable_income_growth"),
    ("人均GDP", "元", "level", "gdp_per_capita"),
    ("数字经济占生产总值的比重", "%", "level", "digital_economy_share"),
    ("数字经济核心产业增加值占地区生产总值比重(%)", "%", "level", "digital_economy_core_share"),
]


@pytest.mark.parametrize("name, unit, kind, code", SIBLINGS)
def test_longest_phrasing_decides_between_siblings(catalog, name, unit, kind, code):
    assert match_indicator(name, unit, kind, catalog) == code


@pytest.mark.parametrize("name, key", [
    ("高新技术企业数量", "高新技术企业"),
    ("市级以上创新平台（新增申报）", "市级以上创新平台"),
    ("地区生产总值增速(%)", "生产总值增速"),
    ("规模以上工业增加值年均增长", "规上工业增加值增速"),
    ("细颗粒物（PM_{2.5}）浓度", "细颗粒物浓度"),
    ("省级以上“专精特新”企业", "省级以上专精特新企业"),
    ("单位GDP能源消耗降低", "单位生产总值能耗降低"),
    ("生产总值增长 6%", "生产总值增长6%"),  # only a trailing growth word is unified
])
def test_indicator_name_to_key(name, key):
    assert indicator_name_to_key(name) == key


@pytest.mark.parametrize("a, b, ok", [
    ("%", "％", True),
    ("名", "人", True),
    ("岁", "年", True),
    ("处", "个", True),
    ("μg/m³", "微克/立方米", True),
    ("万人", "人", False),
    ("亿元", "万元", False),
    ("万亩", "亩", False),
    ("人次", "人", False),
    ("", "%", False),
])
def test_units_compatible(a, b, ok):
    assert units_compatible(a, b) is ok


# --- the shipped catalog ---------------------------------------------------------------------

def test_shipped_catalog_has_at_least_40_entries_with_both_names(catalog):
    complete = [e for e in catalog if e.name_zh.strip() and e.name_en.strip()]
    assert len(complete) >= 40, len(complete)
    assert all(e.kind in KINDS for e in catalog)
    assert DEFAULT_CATALOG.name == "indicator_catalog.csv"


def test_recurring_indicators_of_the_brief_are_catalogued(catalog):
    codes = {e.code for e in catalog}
    wanted = {"gdp", "gdp_growth", "general_budget_revenue", "general_budget_revenue_growth",
              "industrial_value_added_growth", "fixed_asset_investment_growth", "retail_sales",
              "retail_sales_growth", "disposable_income_growth", "rd_intensity",
              "high_tech_enterprises", "specialized_smes", "tech_smes", "5g_base_stations", "pm25",
              "good_air_days_ratio", "forest_coverage", "urban_new_jobs", "high_standard_farmland",
              "grain_output", "green_building_share"}
    assert wanted <= codes, wanted - codes


def test_lower_is_better_where_it_should_be(catalog):
    by_code = {e.code: e for e in catalog}
    for code in ("pm25", "energy_intensity", "urban_surveyed_unemployment", "water_leakage_rate",
                 "cpi_growth"):
        assert by_code[code].higher_is_better is False, code
    assert by_code["gdp_growth"].higher_is_better is True


def test_level_and_growth_of_one_concept_are_separate_codes(catalog):
    by_code = {e.code: e for e in catalog}
    assert (by_code["gdp"].unit, by_code["gdp"].kind) == ("亿元", "level")
    assert (by_code["gdp_growth"].unit, by_code["gdp_growth"].kind) == ("%", "growth_rate")


def test_every_alias_maps_back_to_its_own_code(catalog):
    shadowed = [(e.code, phrase, match_indicator(phrase, e.unit, e.kind, catalog))
                for e in catalog for phrase in (e.name_zh, *e.aliases)
                if match_indicator(phrase, e.unit, e.kind, catalog) != e.code]
    assert not shadowed


def test_hand_read_targets_get_only_plausible_codes(catalog):
    """Over every hand-read target of the five sources: each code given has the target's unit
    family and a compatible kind, and the headline indicators are found."""
    rows = [json.loads(line) for path in sorted(READINGS.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) > 300
    by_code = {e.code: e for e in catalog}
    matched = {}
    for r in rows:
        code = match_indicator(r["indicator"], r["unit"], r["kind"], catalog)
        if code is None:
            continue
        matched.setdefault(code, set()).add(r["doc"][:3])
        entry = by_code[code]
        assert units_compatible(r["unit"], entry.unit), (r["indicator"], r["unit"], code)
        assert (r["kind"] == "growth_rate") == (entry.kind == "growth_rate"), (r["indicator"], code)
    # the same indicator found in several documents: what makes comparison possible
    assert len(matched["5g_base_stations"]) >= 3
    assert len(matched["high_tech_enterprises"]) >= 3
    assert len(matched["pm25"]) >= 2


def test_matching_tens_of_thousands_of_targets_is_fast(catalog):
    names = [(name, unit, kind) for name, unit, kind, _ in MATCHES] + list(NO_MATCH)
    batch = names * (20_000 // len(names) + 1)
    started = time.perf_counter()
    for name, unit, kind in batch:
        match_indicator(name, unit, kind, catalog)
    assert time.perf_counter() - started < 3.0  # about 0.15 s on the dev machine


def test_a_prebuilt_index_gives_the_same_answers(catalog):
    index = CatalogIndex(catalog)
    for name, unit, kind, code in MATCHES:
        assert match_indicator(name, unit, kind, index) == code


# --- small catalogs written for the test ----------------------------------------------------

def write_catalog(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "catalog.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def test_two_codes_tied_on_the_longest_phrasing_give_none(tmp_path):
    catalog = load_catalog(write_catalog(tmp_path, (
        "a_count,甲企业,A firms,家,true,level,甲企业\n"
        "b_count,乙企业,B firms,家,true,level,乙企业\n")))
    assert match_indicator("甲企业", "家", "level", catalog) == "a_count"
    assert match_indicator("甲企业乙企业", "家", "level", catalog) is None


def test_broken_catalog_reports_every_problem_with_row_and_field(tmp_path):
    path = write_catalog(tmp_path, (
        "gdp,地区生产总值,GDP,亿元,true,level,生产总值\n"                 # row 2: fine
        "gdp,地区生产总值增速,GDP growth,%,true,growth_rate,生产总值增长\n"  # row 3: duplicate code
        "pm25,PM2.5浓度,PM2.5,微克/立方米,maybe,level,PM2.5浓度\n"          # row 4: bad boolean
        "fx,,Forex,亿美元,true,stock,实际使用外资\n"                        # row 5: empty name, bad kind
        "Bad Code,某指标,Some indicator,个,false,level,某指标\n"             # row 6: code not snake_case
        "tech,科技企业,Tech firms,家,true,level,地区生产总值\n"              # row 7: alias of gdp
    ))
    with pytest.raises(CatalogError) as caught:
        load_catalog(path)
    err = caught.value
    found = {(p.row, p.field) for p in err.problems}
    assert found == {(3, "code"), (4, "higher_is_better"), (5, "name_zh"), (5, "kind"),
                     (6, "code"), (7, "aliases")}
    message = str(err)
    assert "catalog.csv" in message
    assert "row 3, field 'code'" in message and "duplicate code" in message
    assert "row 4, field 'higher_is_better' ('maybe')" in message


def test_catalog_missing_a_column_names_the_column(tmp_path):
    path = tmp_path / "catalog.csv"
    path.write_text("code,name_zh,name_en,unit,kind,aliases\ngdp,地区生产总值,GDP,亿元,level,\n",
                    encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        load_catalog(path)
    assert [(p.row, p.field) for p in caught.value.problems] == [(1, "higher_is_better")]


def test_missing_catalog_file_is_a_catalog_error(tmp_path):
    with pytest.raises(CatalogError, match="nowhere.csv"):
        load_catalog(tmp_path / "nowhere.csv")
