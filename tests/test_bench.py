"""How bench/run.py judges the ten-sessions budget: each person's browser runs on their own machine,
so "overview drawn" = the server's share (measured with N protocol clients at once) + one
browser's own drawing time (a real browser's time less the server's share for one visitor)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import run  # noqa: E402  (bench/run.py, a script folder)

MEASURED = {  # seconds, shaped like bench/measure.py's browser result
    "n1": {"gauges": [2.0], "metric": [1.9], "server_cpu": 0.4, "browser_cpu": 3.0},
    "returning_n1": {"gauges": [0.8], "metric": [0.8], "server_cpu": 0.1, "browser_cpu": 1.5},
    "server_n1": {"gauges": [0.5], "server_cpu": 0.4},
    "server_return_n1": {"gauges": [0.2], "server_cpu": 0.1},
    "server_n10": {"gauges": [2.9, 3.3], "server_cpu": 3.4},
    "server_return_n10": {"gauges": [1.0, 1.2], "server_cpu": 1.2},
}


def test_a_browsers_own_share_is_its_time_less_the_servers_share():
    assert run.client_seconds(MEASURED, "server_n10") == pytest.approx(1.5)
    assert run.client_seconds(MEASURED, "server_return_n10") == pytest.approx(0.6)
    assert run.client_seconds({"n1": MEASURED["n1"]}, "server_n10") is None


def test_the_budget_is_the_slowest_server_share_plus_the_browsers_own():
    rows = {r.what: r for r in run.browser_rows(None, MEASURED) if r.group == "Sessions"}
    returning = next(r for w, r in rows.items() if "returning" in w)
    first = next(r for w, r in rows.items() if w.startswith("N=10 first-time visitors, each"))
    assert next(r for w, r in rows.items() if "nginx" in w).result == "", "not measured: no verdict"
    assert returning.prov.startswith("1.80 s") and returning.result == "PASS"   # 1.2 + 0.6
    assert first.prov.startswith("4.80 s") and first.result == "**MISS**"       # 3.3 + 1.5
