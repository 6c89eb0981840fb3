"""The extractor against careful hand readings of the five sources (data/readings):
every document must reach 0.9 precision and 0.9 recall. The table is printed (pytest -s)."""

from conftest import FIXTURES, SOURCES

import settings
from etl.evaluate import evaluate_folder

THRESHOLD = 0.9


def test_precision_and_recall_against_hand_readings(capsys):
    scores = evaluate_folder(SOURCES, settings.READINGS_DIR)
    assert len(scores) == 5
    with capsys.disabled():
        print()
        for s in scores:
            print(f"  {s.doc}: gold {s.gold:3d}  extracted {s.predicted:3d}  precision {s.precision:.3f}  recall {s.recall:.3f}")
    low = [(s.doc, round(s.precision, 3), round(s.recall, 3)) for s in scores if min(s.precision, s.recall) < THRESHOLD]
    assert not low, low


def test_a_broken_extractor_would_fail_this_check():
    """The check itself can fail: scoring the readings against an empty extraction gives recall 0."""
    from etl.evaluate import read_gold, score_document

    gold = read_gold(settings.READINGS_DIR / "002_dc670c26961e53f5.jsonl")
    assert score_document("002", gold, []).recall == 0


def test_documents_of_other_jurisdictions_and_layouts():
    """东阿县 (items closed by （牵头单位：…） or by 牵头单位： lines) and 临清市 (markdown with a
    pipe table restating its targets), written and hand-read apart from the extractor."""
    unseen = FIXTURES / "unseen"
    scores = evaluate_folder(unseen, unseen)
    assert len(scores) == 2
    low = [(s.doc, round(s.precision, 3), round(s.recall, 3)) for s in scores if min(s.precision, s.recall) < THRESHOLD]
    assert not low, low


def test_a_row_of_a_two_line_cell_matches_the_passage_its_reading_quotes():
    """A reading quotes a two-line cell whole, its values column by column; the row's name cell (or, for
    a name composed from the cell above, its 「其中」 part) and its value cell lie in that passage."""
    from etl.evaluate import score_document
    from etl.model import Target

    passage = "1.幼儿教师专科及以上学历比例(%)\n其中:本科及以上学历比例(%)\n97.74%\n49.85%\n100%\n50%"
    gold = [{"value": 50, "unit": "%", "text": passage}]
    row = Target(indicator_name="幼儿教师专科及以上学历比例：其中本科及以上学历比例", value=50, unit="%",
                 span_text="幼儿教师专科及以上学历比例：其中本科及以上学历比例(%) 50%", clause_ref="table",
                 source_text="幼儿教师专科及以上学历比例：其中本科及以上学历比例(%)\t49.85%\t50%")
    assert score_document("a09", gold, [row]).matched == 1
    elsewhere = Target(indicator_name="小学教师本科及以上学历比例", value=50, unit="%", clause_ref="table",
                       span_text="小学教师本科及以上学历比例(%) 50%", source_text="小学教师本科及以上学历比例(%)\t50%")
    assert score_document("a09", gold, [elsewhere]).matched == 0


def test_a_target_restated_from_the_headline_matches_whichever_copy_each_side_kept():
    """四川's report news page (round 35): the build keeps the headline's copy (the first statement), the reading
    kept the body's; one target either way. Another value, or a copy of no headline, is no match."""
    from etl.evaluate import score_document
    from etl.model import Target

    headline = "四川省政府工作报告丨2024年四川地区生产总值预期增长6%左右"
    ours = Target(indicator_name="地区生产总值预期增速", value=6, unit="%", kind="growth_rate", source_text=headline)
    gold = {"value": 6, "unit": "%", "kind": "growth_rate", "text": "地区生产总值增长6%左右"}
    assert score_document("d.txt", [gold], [ours], headline=headline).matched == 1
    assert score_document("d.txt", [gold], [ours]).matched == 0  # no headline given: the passages differ
    assert score_document("d.txt", [dict(gold, value=7)], [ours], headline=headline).matched == 0
