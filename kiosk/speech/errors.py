"""Everything read-aloud raises on purpose.

::

    SpeechError              the base: everything kiosk.speech raises on purpose
    +-- SpeechUnavailable    the machine cannot speak right now: libespeak-ng or a voice
    |                        is missing, no audio player, no audio device, or the
    |                        synthesiser or player stalled. The message says what to fix.
    +-- SpeechInterrupted    stop() ended a save() before the file was complete
"""

from __future__ import annotations


class SpeechError(Exception):
    """Base class for everything kiosk.speech raises on purpose."""


class SpeechUnavailable(SpeechError):
    """The machine cannot speak right now; the message says what to fix."""


class SpeechInterrupted(SpeechError):
    """``stop()`` ended a ``save()`` before the file was complete."""
