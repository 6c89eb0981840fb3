"""``python -m etl``: the product's command line, kept at this name for the README's commands.

The program itself lives in :mod:`cli.main`, above every package; this file is only the door
(the layering contract in ``pyproject.toml`` allows this one import upwards).
"""

import sys

from cli.main import main

sys.exit(main())
