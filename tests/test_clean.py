

def test_a_news_pages_headline_is_not_joined_to_its_lede():
    from etl.clean import clean_lines, is_headline

    head = "山西省工信厅敲定“十四五”工业工作目标工业增加值占GDP比重要达到42%,规上工业企业要突破1万家"
    lines = clean_lines([head, "", "", "  省工信厅近日确定“十四五”工作目标,力争到2025年,工业增加值占GDP比重达到42%。"])
    assert lines[0] == head and len(lines) == 2
    assert is_headline(head)
    assert not is_headline("为认真贯彻落实州人民政府安排,切实抓好2023年全县烟叶工作,确保实现烟叶产业提质增效,特提出如下意见:")
