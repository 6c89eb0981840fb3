"""Write deploy/nginx.conf.template with its placeholders filled, to standard output.

    python deploy/render_nginx.py --listen 8080 --upstream 127.0.0.1:8502 [--run /var/run/dashboard]

``{static}`` is found from the installed Streamlit package, so the file matches the version the
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


def render(listen: str, upstream: str, run: Path, static: Path | None = None) -> str:
    """The template with {listen}, {upstream}, {run}, {static} and {csp} filled in (nginx's own
    braces are left alone: only these names are replaced)."""
    text = TEMPLATE.read_text(encoding="utf-8")
    static = static or streamlit_static_folder()
    for name, value in (("listen", listen), ("upstream", upstream), ("run", str(run)),
                        ("static", str(static)), ("csp", content_security_policy(static))):
        text = text.replace("{" + name + "}", value)
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--listen", default="8080", help="address:port or port nginx listens on")
    parser.add_argument("--upstream", default="127.0.0.1:8502", help="where streamlit run app.py listens")
    parser.add_argument("--run", type=Path, default=Path("/tmp/dashboard-nginx"),
                        help="writable folder for nginx's pid, log and temp files (created)")
    args = parser.parse_args(argv)
    args.run.mkdir(parents=True, exist_ok=True)
    sys.stdout.write(render(args.listen, args.upstream, args.run.resolve()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
