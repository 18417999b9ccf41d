"""Reading text aloud with espeak-ng, without Qt.

A :class:`Speaker` turns text in one of the kiosk's six languages into speech. The UI
runs it on the task runner's speech lane (see :mod:`kiosk.speech.speaker` for how
``stop`` cuts an utterance short).

- :mod:`kiosk.speech.text`: what a voice is given (:func:`prepare_text`,
  :func:`tajik_to_pinglish`);
- :mod:`kiosk.speech.synthesiser`: libespeak-ng, one per process, and why it is
  driven directly and not through ``pyttsx3.Engine``;
- :mod:`kiosk.speech.player`: the audio player process that plays the WAV;
- :mod:`kiosk.speech.speaker`: the :class:`Speaker` that puts them together;
- :mod:`kiosk.speech.errors`: what it raises.

No audio device: espeak-ng itself needs none. ``say`` raises
:class:`SpeechUnavailable` when no player is installed or the player cannot open
a device (it exits with an error at once), so the UI can say "reading aloud is not
available" instead of pretending. Every wait has a timeout: synthesis
(``timeout``, default 60 s) and playback (the audio's length plus a grace period).

Exceptions::

    SpeechError              the base: everything this package raises on purpose
    +-- SpeechUnavailable    the machine cannot speak right now: libespeak-ng or a voice
    |                        is missing, no audio player, no audio device, or the
    |                        synthesiser or player stalled. The message says what to fix.
    +-- SpeechInterrupted    stop() ended a save() before the file was complete

An unknown language tag raises :class:`kiosk.languages.UnknownLanguage` (a
``ValueError``), and an empty text given to ``save`` a ``ValueError``: both are bugs
in the caller, not states of the machine.

Tajik has no espeak-ng voice. It is read by the Persian voice (``fa-latn``) from a
Latin transliteration; see :func:`kiosk.voices.voice_for` and ``docs/speech.md`` for why this
beats the Russian voice, and ``Voice.is_native`` for how the UI stays honest about it.
Importing this package does not load libespeak-ng: the first :class:`Speaker` does.
"""

from kiosk.speech.errors import SpeechError, SpeechInterrupted, SpeechUnavailable
from kiosk.speech.speaker import DEFAULT_RATE, DEFAULT_TIMEOUT, Speaker
from kiosk.speech.text import prepare_text, tajik_to_pinglish

# Still this package's to offer: they live apart only so the UI can show a voice notice
# without loading the engine (see kiosk.voices).
from kiosk.voices import Voice, voice_for

__all__ = [
    "DEFAULT_RATE",
    "DEFAULT_TIMEOUT",
    "Speaker",
    "SpeechError",
    "SpeechInterrupted",
    "SpeechUnavailable",
    "Voice",
    "prepare_text",
    "tajik_to_pinglish",
    "voice_for",
]
