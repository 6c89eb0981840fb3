"""Cleanup of every format's lines: headlines, news lists, hard-wrapped texts."""

from itertools import accumulate
from pathlib import Path

import pytest
from docgen import full_width_digits, hard_wrapped
from hypothesis import given, settings
from hypothesis import strategies as st


def test_a_news_pages_headline_is_not_joined_to_its_lede():
    from etl.clean import clean_lines, is_headline

    head = "山西省工信厅敲定“十四五”工业工作目标工业增加值占GDP比重要达到42%,规上工业企业要突破1万家"
    lines = clean_lines([head, "", "", "  省工信厅近日确定“十四五”工作目标,力争到2025年,工业增加值占GDP比重达到42%。"])
    assert lines[0] == head and len(lines) == 2
    assert is_headline(head)
    assert not is_headline("为认真贯彻落实州人民政府安排,切实抓好2023年全县烟叶工作,确保实现烟叶产业提质增效,特提出如下意见:")


def test_short_points_of_a_news_list_are_not_one_sentence():
    """河南's report digest (round 39): short points set a line each are not joined into the one before, and a
    「2024年主要目标」 section title is never swallowed by the last point of the review above it."""
    from etl.clean import clean_lines

    head = ["启动河南电子科技大学等高校建设!2024年河南省政府定下这些目标→", "", "今日", "", "河南省十四届人大二次会议开幕", "",
            "省长王凯作政府工作报告", "", "带你读懂报告", "", "2023年工作回顾", ""]
    points = ["济郑高铁全线贯通,率先在全国建成米字形高铁网", "", "常俊标、康相涛等6位科学家当选“两院”院士", "",
              "获批设立中国现代农业联合研究生院、郑州美术学院、信阳师范大学,高校总数达到168所", "", "2024年主要目标", "",
              "经济增长目标确定为5.5%"]
    lines = clean_lines(head + points)
    assert "常俊标、康相涛等6位科学家当选“两院”院士" in lines and "2024年主要目标" in lines
    # a sentence broken across a blank line, its first part ending in a comma, is still joined (002)
    body = ["一、加强督查", "各级各部门要落实责任。", "二、强化考核", "三、严肃问责", "四、总结经验", "五、抓好落实",
            "采取明查暗访等方式,", "", "深入一线查看推进落实情况,确保各项任务落到实处。"]
    assert clean_lines(body)[-1] == "采取明查暗访等方式,深入一线查看推进落实情况,确保各项任务落到实处。"


# ---- a text hard-wrapped at a fixed width (a 公文 copied out of a PDF sets 28 characters to a line) ------------

def _list_of_public_works() -> list[str]:
    """缙云's list of 2021 public works (round 37): a notice over ten points, each a line of prose."""
    path = Path(__file__).parent / "fixtures" / "unseen" / "dev37" / "ai07.txt"
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_width_a_hard_wrapped_text_fills():
    from etl.clean import classify_line, fill_width

    paragraphs = _list_of_public_works()
    as_lines = lambda raw: [line for r in raw if (line := classify_line(r))]  # noqa: E731
    assert fill_width(as_lines(hard_wrapped(paragraphs, 28))) == 28
    assert fill_width(as_lines(hard_wrapped(paragraphs, 40))) == 40
    assert fill_width(as_lines(paragraphs)) is None  # a web page's paragraphs vary in length


def test_a_line_that_fills_the_width_goes_on_even_without_prose():
    """漾濞's report (round 17) wrapped at 28: its targets' lead and a numbered point each go on to the next line."""
    from etl.clean import clean_lines

    lead = "2023年经济社会发展的主要预期目标建议为:地区生产总值增长8%以上;一般公共预算收入增长20%以上。"
    point = "三、加强学前教育资源供给,新建成使用幼儿园2所,新开工建设2所,新增学位450个。"
    prose = "围绕上述目标,我们将着重抓好以下六个方面的工作,全力以赴推动全县经济社会高质量发展。"
    lines = clean_lines(hard_wrapped([prose, lead, point, prose], 28))
    assert lead in lines and point in lines
    # the same lead on a page that is not wrapped stays apart from a line it does not fill
    assert clean_lines(["2023年经济社会发展的主要预期目标建议为:地区生产总值", "增长8%以上;"]) == [
        "2023年经济社会发展的主要预期目标建议为:地区生产总值", "增长8%以上;"]


@settings(max_examples=40, deadline=None)
@given(width=st.integers(min_value=22, max_value=44))
def test_a_hard_wrapped_text_is_read_as_its_paragraphs_at_any_width(width):
    """Whatever width a text is wrapped at, a line of the cleaned text ends where a paragraph or a sentence
    ends, never mid-sentence, and no character is lost."""
    from etl.clean import SENTENCE_END, clean_lines

    paragraphs = _list_of_public_works()
    whole = clean_lines(paragraphs)
    wrapped = clean_lines(hard_wrapped(paragraphs, width))
    assert "".join(wrapped) == "".join(whole)
    ends = {len(text) for text in accumulate(whole)}
    at = 0
    for line in wrapped:
        at += len(line)
        assert at in ends or line[-1] in SENTENCE_END, (width, line)


@pytest.mark.parametrize("page", ["dev35/ag13.txt", "dev25/a09.txt", "dev32/ad07.txt", "dev18/h07.txt"])
def test_a_page_in_full_width_digits_reads_as_in_ascii(page):
    """Tables told by their numbers — a 专栏 set in runs of spaces (浙江's 倍增计划), an indicator table printed a
    cell per line (round 25) — are found whatever width their digits are typed in: 「９９％」 is 99%."""
    from etl.clean import clean_lines

    raw = (Path(__file__).parent / "fixtures" / "unseen" / page).read_text(encoding="utf-8").splitlines()
    assert clean_lines([full_width_digits(line) for line in raw]) == clean_lines(raw)


@pytest.mark.parametrize("page", ["heldout17/j06.txt", "heldout14/k16.txt", "dev14/k15.txt"])
def test_a_page_with_a_blank_line_after_every_line_reads_as_without(page):
    """A web page copied with a blank line after every line: its tables printed a cell per line (黑龙江's 乡村产业
    indicators, cells ending in 「|」) are found as on the page without them."""
    from etl.clean import clean_lines, double_spaced

    raw = [line for line in (Path(__file__).parent / "fixtures" / "unseen" / page).read_text(encoding="utf-8").splitlines() if line.strip()]
    spaced = [part for line in raw for part in (line, "")]
    assert double_spaced(spaced) and not double_spaced(raw)
    assert clean_lines(spaced) == clean_lines(raw)


def test_a_quotation_closed_after_its_sentence_ends_the_line():
    """兰州新区 (round 52): the quoted aims end 「……”」; the next paragraph (「兰州新区位于…」) is another sentence."""
    from etl.clean import clean_lines, should_join

    assert not should_join("税收收入确保增长20%、力争增长36%……”", "兰州新区位于兰州市北部秦王川盆地,")
    assert not should_join("他说:“今年要办好十件实事。”", "会议还部署了其他工作。")
    assert should_join("他说:“今年,要办好十件", "实事。”")
    lines = clean_lines(["地区生产总值确保增长22%;税收收入确保增长20%、力争增长36%……”", "", "兰州新区位于兰州市北部,总面积1744平方公里。"])
    assert len(lines) == 2


def test_a_newspapers_date_line_stands_alone():
    from etl.clean import clean_lines

    lines = clean_lines(["完成3所幼儿园改造工程,新增780个学位", "", "2015年03月18日 星期三 新京报", "", "新京报讯 今年新增停车位600个。"])
    assert lines[1] == "2015年03月18日星期三新京报"


@pytest.mark.parametrize("date_line", [
    "2018-04-14 01:15:38 来源:河北新闻网",  # 沧州 (round 95): as long as the wrapped lines around it
    "来源:未知     点击数:2387     日期:2019-02-14 10:57:31",  # 盐城 (round 93)
    "热度119票  浏览23次 【共0条评论】 时间:2016年7月08日 20:12",  # 泰和 (round 95)
])
def test_a_web_pages_date_line_stands_alone_in_a_hard_wrapped_text(date_line):
    """A page's date line, its day with a clock time, goes on into nothing, even where it fills the width a text is
    wrapped at: the lede below it is a paragraph of its own, and the date line is read as one."""
    from etl.clean import clean_lines

    page = ["沧州市区今年升级改造新建13个便民菜市场", date_line, "河北新闻网4月13日讯(记者戴绍志)从今天召开的沧州市阳",
            "光政务新闻发布会上获悉,为进一步提升沧州市中心城区菜市场", "建设质量和水平,改善购物环境,满足群众需要,切实保障中心",
            "城区农产品市场供应,今年,沧州市重点对已建成的全部11家", "菜市场进行升级改造。"]
    lines = clean_lines(page)
    assert lines[1].replace(" ", "") == date_line.replace(" ", "") and lines[2].startswith("河北新闻网4月13日讯")


def test_a_news_paragraph_does_not_continue_the_subheading_above_it():
    """湛江's 十件民生实事 (round 52): 「开展粤菜师傅培训1000人次以上,完成家政服务类培训1万人次以上」 / 「过去一年,湛江市…」."""
    from etl.clean import should_join

    assert not should_join("开展粤菜师傅培训1000人次以上,完成家政服务类培训1万人次以上", "过去一年,湛江市各级人社系统加强部门沟通。")
    assert should_join("开展粤菜师傅培训1000人次以上,完成家政服务类培训1万人次以上", "过去一年,湛江市…", filled=True)


def test_a_bulleted_point_opens_its_own_line():
    """上海's list of the year's major works (round 135): each 「■」 point is its own line, though the one above ends on no
    sentence mark; the points are not run into one paragraph."""
    from etl.clean import clean_lines, should_join

    above = "■ 科技产业类安排正式项目62项,预备项目7项,重点围绕国家重点部署和本市重大战略,促进三大先导产业发展"
    assert not should_join(above, "■ 社会民生类安排正式项目29项,预备项目1项")
    assert should_join(above, "社会民生类安排正式项目29项,预备项目1项")  # no bullet: the wrapped line goes on
    assert len(clean_lines(["今年排定的市重大工程项目", above, "■ 社会民生类安排正式项目29项,预备项目1项"])) == 3



def test_a_date_line_may_bracket_its_date_and_clock_after_the_site():
    """四川在线 (round 212) sets the date and clock in brackets after the site; its line stands alone and dates the page."""
    from etl.clean import is_standalone, web_date_line

    line = "www.scol.com.cn (2019-01-30 15:07:49) 来源:四川在线"
    assert web_date_line(line) == "2019-01-30" and is_standalone(line)
    assert web_date_line("(2019-01-30 15:07:49)") == "2019-01-30"
    assert web_date_line("(2019年新都区目标)") == ""


@pytest.mark.parametrize("line, day", [("来源:新选择网 2018-05-17 10:24:24", "2018-05-17"), ("来源:柳州晚报 2020-04-10 10:42   https://www.yybnet.net/", "2020-04-10"),
                                       ("2016-03-30 来源:交通部", "")])
def test_a_date_line_with_its_outlet_first_or_no_clock_stands_alone(line, day):
    """洛阳's and 柳州's pages (rounds 161–162) open on 「来源:<outlet> <date> <clock>」 with no bar, 达州's (round 162) on a date with
    no clock before its source: each is a date line, never the start of the paragraph under it, also when the page comes
    hard-wrapped and the line looks full."""
    from etl.clean import clean_lines, is_standalone, web_date_line

    assert is_standalone(line)
    assert web_date_line(line) == day
    page = ["洛阳市“四好农村路”建设推进会在新安县召开", line, "今年,洛阳市将实施农村公路道路工程456项660公里、桥梁33座2031延米。5月16日,洛阳市“四好农村路”建设推进会在新安县召开。"]
    cleaned = clean_lines(hard_wrapped(page, 28))
    assert "今年" not in cleaned[1] and cleaned[2].startswith("今年,洛阳市")


def test_a_date_line_opening_on_the_sites_bare_host_stands_alone():
    """永春's page (round 183): 「qz.fjsen.com 2013-01-31 10:14  苏福彬 谢玉妹 来源:东南网    我来说两句」 is the page's date line; in a
    text wrapped at 28 to a line it is not run into the headline above it or the lede below."""
    from etl.clean import clean_lines, web_date_line

    line = "qz.fjsen.com 2013-01-31 10:14  苏福彬 谢玉妹 来源:东南网    我来说两句"
    assert web_date_line(line) == "2013-01-31"
    raw = ["永春拟投资4262万元进行冬春农田水利基本建设", "", line, "",
           "东南网1月31日讯(通讯员 苏福彬 本网记者 谢玉妹) 近日,在永春一都镇河道治理工程现场,5支工程队100多人正在紧张地进行施工。"
           "据悉,该项主体工程预计将于今年3月份完成。全县今冬明春计划投入资金4262万元,修复水利水毁工程28处。"]
    cleaned = clean_lines(hard_wrapped(raw, 28))
    assert cleaned[0] == "永春拟投资4262万元进行冬春农田水利基本建设" and web_date_line(cleaned[1]) == "2013-01-31"


def test_a_date_line_written_month_first_with_slashes_gives_its_day():
    """山东's mines page (round 199) is dated 「中国市场调查网  时间:12/08/2010 09:04:12」: 8 December 2010, as such sites print
    it; dots keep the day first ("08.04.2014 23:09" → 8 April)."""
    from etl.clean import web_date_line

    assert web_date_line("中国市场调查网  时间:12/08/2010 09:04:12   来源:大众日报") == "2010-12-08"
    assert web_date_line("08.04.2014 23:09") == "2014-04-08"
    assert web_date_line("时间:13/25/2010 09:04:12") == ""
