"""etl.rx: the build's patterns compiled once each, with ``re``'s signatures and ``re``'s answers."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import ROOT
from hypothesis import given
from hypothesis import strategies as st

from etl import rx

SENTENCE = "到2025年，力争高新技术企业达到80家，新建5G基站3000个以上。"


def test_each_function_answers_as_re_does():
    year = r"(20\d\d)年"
    assert rx.search(year, SENTENCE).group(1) == re.search(year, SENTENCE).group(1) == "2025"
    assert rx.match(r"到", SENTENCE) and not rx.match(r"力争", SENTENCE)
    assert rx.fullmatch(r"\d+", "3000") and not rx.fullmatch(r"\d+", "3000个")
    assert rx.findall(r"\d+", SENTENCE) == re.findall(r"\d+", SENTENCE) == ["2025", "80", "5", "3000"]
    assert [m.span() for m in rx.finditer(r"\d+", SENTENCE)] == [m.span() for m in re.finditer(r"\d+", SENTENCE)]
    assert rx.sub(r"\d", "#", SENTENCE, 2) == re.sub(r"\d", "#", SENTENCE, count=2)
    assert rx.subn(r"\d", "#", SENTENCE) == re.subn(r"\d", "#", SENTENCE)
    assert rx.split(r"[，。]", SENTENCE, maxsplit=1) == re.split(r"[，。]", SENTENCE, maxsplit=1)
    assert rx.search(r"5g", SENTENCE, flags=re.IGNORECASE) and not rx.search(r"5g", SENTENCE)
    assert rx.sub(r"(\d+)家", lambda m: m.group(1) + "户", SENTENCE).count("80户") == 1


def test_a_rule_stays_compiled_however_many_other_patterns_are_used():
    """The standard library keeps 512 compiled patterns; the build has more rules than that, so with ``re``'s
    cache each sentence recompiled most of them (three quarters of the build's time, bench/build_speed.py)."""
    rx.compiled.cache_clear()
    rule = r"(?:到|至)20\d\d年"
    assert rx.search(rule, SENTENCE)
    for n in range(1500):
        rx.search(rf"第{n}条", SENTENCE)
    before = rx.compiled.cache_info().misses
    assert rx.search(rule, SENTENCE)
    assert rx.compiled.cache_info().misses == before == 1501  # the rule was not compiled again


@given(st.text(alphabet="到年2025，达80家%个以上 \n", max_size=40), st.sampled_from([r"\d+", r"(\d)(\d)?", r"[，\s]", r"年|家"]))
def test_sub_split_and_findall_agree_with_re_for_any_text(text, pattern):
    assert rx.sub(pattern, "-", text) == re.sub(pattern, "-", text)
    assert rx.split(pattern, text) == re.split(pattern, text)
    assert rx.findall(pattern, text) == re.findall(pattern, text)


def test_no_module_of_the_build_calls_re_by_a_patterns_text():
    """A rule written as ``re.search(r"…", s)`` would go back to ``re``'s small cache: the build calls ``rx``
    (``re.compile`` for a named pattern, ``re.escape`` and the rest stay ``re``'s)."""
    direct = re.compile(r"\bre\.(?:search|match|fullmatch|findall|finditer|sub|subn|split)\(")
    found = [f"{path.relative_to(ROOT)}:{n}" for path in sorted(Path(ROOT, "etl").glob("*.py")) if path.name != "rx.py"
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if direct.search(line)]
    assert not found, found
