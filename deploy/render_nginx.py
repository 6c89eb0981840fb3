"""Write deploy/nginx.conf.template with its placeholders filled, to standard output.

    python deploy/render_nginx.py --listen 8080 --upstream 127.0.0.1:8502 [--run /var/run/dashboard]

``{static}`` is found from the installed Streamlit package, so the file matches the version the
app runs with; re-render after upgrading Streamlit.
"""

from __future__ import annotations

import argparse
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


def render(listen: str, upstream: str, run: Path, static: Path | None = None) -> str:
    """The template with {listen}, {upstream}, {run} and {static} filled in (nginx's own braces
    are left alone: only these four names are replaced)."""
    text = TEMPLATE.read_text(encoding="utf-8")
    for name, value in (("listen", listen), ("upstream", upstream), ("run", str(run)),
                        ("static", str(static or streamlit_static_folder()))):
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
