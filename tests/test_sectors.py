"""Long section headings → the short sectors officials filter by (data/sectors.csv)."""

import pytest

from etl.sectors import OTHER, heading_to_sector, load_sectors


@pytest.mark.parametrize(
    "heading,sector",
    [
        ("五、协同推进降碳减污扩绿增长，推动人与自然和谐共生", "生态环保"),
        ("九、凝心聚力抓好绿色转型,厚植高质量发展生态优势", "生态环保"),
        ("第十一篇 绘就绿色发展新画卷", "生态环保"),
        ("二、凝心聚力建设制造业强市,筑牢高质量发展产业根基", "产业发展"),
        ("三、凝心聚力实施创新驱动,打造高质量发展强力引擎", "科技创新"),
        ("第四篇 发展数字经济新引擎", "数字经济"),
        ("七、推动农业农村现代化，全面推进乡村振兴", "乡村振兴"),
        ("十、扎实推进共同富裕，创造幸福美好新生活", "民生保障"),
        ("统筹发展和安全，建设更高水平平安开发区", "安全发展"),
        ("一、主要预期目标", "经济发展"),
        ("四、凝心聚力强化基础设施建设,夯实高质量发展重大支撑", "基础设施"),
        ("八、加快体制机制改革，建设对外开放新高地", "改革开放"),
        ("绿色生态", "生态环保"),  # the 类别 cell of a 主要指标 table
    ],
)
def test_heading_to_sector(heading, sector):
    assert heading_to_sector(heading) == sector


def test_a_title_says_nothing_so_the_sentence_decides():
    title = "冠县深化新旧动能转换推动绿色低碳高质量发展三年行动计划（2023—2025年）责任清单（指标事项）"
    assert heading_to_sector(title, "空气质量优良天数比率达到65.8%") == "生态环保"
    assert heading_to_sector(title, "人均预期寿命达到80岁左右") == OTHER


def test_every_sector_has_an_english_name_and_keywords():
    rules = load_sectors()
    assert len({r.sector for r in rules}) == len(rules) >= 12
    assert all(r.name_en and r.keywords for r in rules)
