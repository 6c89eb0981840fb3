"""Write deploy/nginx.conf.template with its placeholders filled, to standard output.

    python deploy/render_nginx.py --listen 8080 --upstream 127.0.0.1:8502 [--run /var/run/dashboard]
    python deploy/render_nginx.py --listen 80 --upstream 10.0.0.5:8502 --upstream 10.0.0.6:8502

Several ``--upstream`` (several Streamlit processes, on this machine or others) add session
affinity by cookie (:func:`replica_routing`; docs/scaling.md). ``{static}`` is found from the installed Streamlit package, so the file matches the version the
app runs with; re-render after upgrading Streamlit.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import re
import sys
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parent / "nginx.conf.template"


def streamlit_static_folder() -> Path:
    """The folder Streamlit serves at /static/ (inside the installed package)."""
    import streamlit

    folder = Path(streamlit.__file__).resolve().parent / "static" / "static"
    if not folder.is_dir():
        raise SystemExit(f"Streamlit's static folder is not where expected: {folder}")
    return folder


def inline_script_hashes(index_html: str) -> list[str]:
    """CSP source expressions (``'sha256-…'``) for each inline ``<script>`` of Streamlit's
    index.html, so the page's one inline script runs without allowing every inline script."""
    bodies = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", index_html, flags=re.S)
    return [f"'sha256-{base64.b64encode(hashlib.sha256(b.encode('utf-8')).digest()).decode()}'" for b in bodies]


def content_security_policy(static: Path) -> str:
    """The Content-Security-Policy the dashboard is served with (issue 15). Streamlit's front end
    needs: its own scripts, the hash of index.html's inline script and ``'wasm-unsafe-eval'``
    (it compiles WebAssembly; JavaScript ``eval`` stays forbidden); inline styles (its CSS-in-JS); images and
    fonts from data: and blob: URLs (charts, downloads); its websocket on the same host; its
    component iframes (srcdoc, same origin). Nothing is loaded from anywhere else, the page may
    only be framed by itself, and no plugin or foreign form target is allowed."""
    index = static.parent / "index.html"
    hashes = inline_script_hashes(index.read_text(encoding="utf-8")) if index.is_file() else []
    return "; ".join([
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval' " + " ".join(hashes),
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "media-src 'self' data: blob:",
        "connect-src 'self' ws://$http_host wss://$http_host",
        "frame-src 'self' blob: data:",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]).replace("  ", " ")


ROUTE_COOKIE = "dashboard_route"
_ADDRESS = re.compile(r"^(\d{1,3}(\.\d{1,3}){3}|\[[0-9A-Fa-f:.]+\]):\d{1,5}$")


class RoutingError(ValueError):
    """An upstream address nginx could not pin sessions to; the message names it."""


def replica_routing(upstreams: list[str]) -> tuple[str, str, str]:
    """``(upstream blocks, cookie line, proxy_pass target)`` for several Streamlit processes.

    A Streamlit session is a websocket bound to one process, and that process alone holds the
    session's uploads and media files, so every request of a browser must reach the same one.
    Open-source nginx has no ``sticky`` directive; this is sticky-by-cookie built from what it has:
    a browser without the cookie goes to the process with the fewest connections (``least_conn``:
    websockets are long-lived, so that is the one with the fewest sessions); the answer sets the
    cookie ``dashboard_route=rI`` naming the process that actually answered (``$upstream_addr``);
    a browser with ``rI`` goes to group ``dashboard_rI``, process I first and the others as
    ``backup``. When process I dies, nginx's connect fails, ``proxy_next_upstream`` tries a backup,
    the reconnecting browser's websocket lands there and the cookie moves to it — so it stays there
    even after process I is back.

    Process I is ``max_fails=0`` in its own group: nginx tries it on every request of its
    browsers and passes on only the request whose connect failed. With ``max_fails=1
    fail_timeout=10s`` one failed connect set it aside for 10 s for all of them, so their uploads
    and downloads went to a backup while their websockets stayed on I, and failed. In
    ``dashboard_any`` (new browsers, not pinned yet) setting a process aside for 10 s is harmless
    and spares them the wait, so it stays there.

    Addresses must be ``IPv4:port`` or ``[IPv6]:port``: nginx reports the address it connected to,
    and a host name would never match it.
    ``replica_routing(["127.0.0.1:8502", "127.0.0.1:8503"])[2]`` → ``"$dashboard_upstream"``.
    """
    for address in upstreams:
        if not _ADDRESS.match(address):
            raise RoutingError(f"upstream {address!r} is not IPv4:port or [IPv6]:port: with several "
                               "Streamlit processes nginx pins sessions by the address it connects to")
    if len(set(upstreams)) != len(upstreams):
        raise RoutingError(f"an upstream is named twice: {' '.join(upstreams)}")
    server = "        server {} max_fails=1 fail_timeout=10s;"
    pinned = "        server {} max_fails=0;   # tried on every request: never set aside for its browsers"
    lines = ["    # Several Streamlit processes with session affinity (render_nginx.replica_routing).",
             "    proxy_next_upstream error timeout;   # a process that is down: try the next",
             "    proxy_connect_timeout 3s;            # a machine that is down (no refusal) is left after 3 s",
             "    upstream dashboard_any {             # browsers without the cookie",
             "        least_conn;",
             *(server.format(a) for a in upstreams), "    }"]
    for i, address in enumerate(upstreams):
        lines += [f"    upstream dashboard_r{i} {{", pinned.format(address),
                  *(f"        server {other} backup;" for other in upstreams if other != address), "    }"]
    lines += [f"    map $cookie_{ROUTE_COOKIE} $dashboard_upstream {{", "        default dashboard_any;",
              *(f"        r{i} dashboard_r{i};" for i in range(len(upstreams))), "    }",
              "    map $upstream_addr $dashboard_served {   # the last process tried is the one that answered",
              '        default "";',
              *(f'        "~(^|[ ,]){re.escape(a)}$" r{i};' for i, a in enumerate(upstreams)), "    }",
              f'    map "$cookie_{ROUTE_COOKIE}|$dashboard_served" $dashboard_set_route {{',
              f'        default "{ROUTE_COOKIE}=$dashboard_served; Path=/; HttpOnly; SameSite=Lax";',
              '        "~^[^|]*\\|$" "";      # nothing proxied (nginx answered itself)',
              '        "~^([^|]+)\\|\\1$" "";   # already pinned to the process that answered',
              "    }", ""]
    cookie = ("        add_header Set-Cookie $dashboard_set_route always;   "
              "# session affinity (empty: not sent)\n")
    return "\n".join(lines), cookie, "$dashboard_upstream"


def render(listen: str, upstream: str | list[str], run: Path, static: Path | None = None) -> str:
    """The template with {listen}, {upstream}, {upstreams}, {route_cookie}, {run}, {static} and
    {csp} filled in (nginx's own braces are left alone: only these names are replaced). One
    ``upstream`` (a string or a list of one) is passed to directly, as `make run` always has; several
    get :func:`replica_routing`."""
    upstreams = [upstream] if isinstance(upstream, str) else list(upstream)
    if len(upstreams) == 1:
        blocks, cookie, target = "", "", upstreams[0]
    else:
        blocks, cookie, target = replica_routing(upstreams)
    text = TEMPLATE.read_text(encoding="utf-8")
    static = static or streamlit_static_folder()
    for name, value in (("listen", listen), ("upstreams", blocks), ("upstream", target), ("route_cookie", cookie),
                        ("run", str(run)), ("static", str(static)), ("csp", content_security_policy(static))):
        text = text.replace("{" + name + "}", value)
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--listen", default="8080", help="address:port or port nginx listens on")
    parser.add_argument("--upstream", action="append",
                        help="where streamlit run app.py listens (default 127.0.0.1:8502); repeat for several")
    parser.add_argument("--run", type=Path, default=Path("/tmp/dashboard-nginx"),
                        help="writable folder for nginx's pid, log and temp files (created)")
    args = parser.parse_args(argv)
    args.run.mkdir(parents=True, exist_ok=True)
    try:
        sys.stdout.write(render(args.listen, args.upstream or ["127.0.0.1:8502"], args.run.resolve()))
    except RoutingError as exc:
        print(f"render_nginx: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
