"""Content that administrators author in ``content/`` and the kiosk loads.

Errors::

    ContentError    a file in the content tree is malformed; carries file and line
"""

from kiosk.content.errors import ContentError

__all__ = ["ContentError"]
