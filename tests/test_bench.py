"""How bench/run.py judges the ten-sessions budget: each person's browser runs on their own machine,
so "overview drawn" = the server's share (measured with N protocol clients at once) + one
browser's own drawing time (a real browser's time less the server's share for one visitor)."""

from __future__ import annotations

import pytest
import run  # bench/run.py (pytest.ini puts bench/ on the path)

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
    rows = {r.what.split(", each")[0]: r for r in run.browser_rows(None, MEASURED) if r.group == "Sessions"}
    alone_returning = rows["N=10 returning visitors, Streamlit alone"]
    alone_first = rows["N=10 first-time visitors, Streamlit alone"]
    assert alone_returning.prov.startswith("1.80 s")                    # 1.2 + 0.6
    assert alone_first.prov.startswith("4.80 s")                        # 3.3 + 1.5
    assert alone_first.result == alone_returning.result == "", "Streamlit alone is shown, not judged"
    assert rows["N=10 first-time visitors, make run"].result == "", "not measured: no verdict"


def test_the_budget_is_judged_as_make_run_serves_it():
    """`make run` puts nginx in front (deploy/serve.py): those rows carry the verdict."""
    measured = {**MEASURED,
                "proxy_n1": {"gauges": [1.9], "metric": [1.8], "server_cpu": 0.1, "browser_cpu": 3.0},
                "proxy_server_n1": {"gauges": [0.1], "server_cpu": 0.1},
                "proxy_server_n10": {"gauges": [0.5, 1.3], "server_cpu": 0.5, "client_cpu": 0.2},
                "proxy_server_return_n10": {"gauges": [0.3, 0.4], "server_cpu": 0.3}}
    rows = {r.what.split(", each")[0]: r for r in run.browser_rows(None, measured) if r.group == "Sessions"}
    first, returning = rows["N=10 first-time visitors, make run"], rows["N=10 returning visitors, make run"]
    assert first.prov.startswith("3.10 s") and first.result == "**MISS**"      # 1.3 + (1.9 - 0.1)
    assert returning.prov.startswith("1.00 s") and returning.result == "PASS"  # 0.4 + (0.8 - 0.2)
    measured["proxy_server_n10"]["gauges"] = [0.5, 1.1]
    first = next(r for r in run.browser_rows(None, measured) if r.what.startswith("N=10 first-time visitors, make run"))
    assert first.prov.startswith("2.90 s") and first.result == "PASS"
    server_row = next(r for r in run.browser_rows(None, measured)
                      if r.group.startswith("make run") and r.what.startswith("N=10 first-time visitors at once"))
    assert "the clients' own 0.2 s" in server_row.prov


def test_the_protocol_client_reads_plain_and_chunked_answers_on_one_connection():
    """bench/measure.py's fetch_lane is a browser's connection: several GETs on one kept-alive
    connection, bodies sized by Content-Length or sent in chunks."""
    import asyncio

    import measure

    seen = []

    async def answer(reader, writer):
        seen.append("connection")
        for body, chunked in ((b"x" * 10, False), (b"hello world", True)):
            request = await reader.readuntil(b"\r\n\r\n")
            seen.append(request.split(b" ")[1].decode())
            if chunked:
                writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                             b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
            else:
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n" + body)
            await writer.drain()
        writer.close()

    async def main() -> int:
        server = await asyncio.start_server(answer, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        async with server:
            return await measure.fetch_lane([f"http://127.0.0.1:{port}/a.js", f"http://127.0.0.1:{port}/b?v=1"])

    assert asyncio.run(main()) == 10 + len(b"hello world")
    assert seen == ["connection", "/a.js", "/b?v=1"]
