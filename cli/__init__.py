"""The one command line (``python -m etl …``), assembled from each package's command module.

``etl.commands`` (build, evaluate), ``tracking.commands`` (reported values, accounts) and
``outputs.commands`` (the meeting pack) each add their subcommands through ``register``; this
package sits above all three, so none of them imports another's front end.
"""
