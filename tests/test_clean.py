

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
