"""The kiosk's Qt-free core.

Everything a kiosk knows and does without a screen lives here: configuration and
paths, the local SQLite cache, text handling, speech, and the ``kiosk`` command
line. ``ui/`` draws on it; nothing here imports Qt, so the CLI, the tests and the
sync agent can use it on a machine with no display.
"""

__version__ = "0.1.0"
