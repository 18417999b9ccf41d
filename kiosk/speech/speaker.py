"""The :class:`Speaker`: text in one of the kiosk's languages, spoken or saved as a WAV file.

The UI runs it on the task runner's speech lane: ``say`` and ``save`` block that one
worker thread, and ``stop`` may be called from any other thread to cut the current
utterance short. The UI calls ``stop`` before each new request, so the lane never
waits for an old text to finish.

- ``save`` synthesises the text and writes a WAV (``.part`` file renamed into place).
- ``say`` synthesises the whole text (about a thousand times faster than real
  time) and plays it with an audio player process (:mod:`kiosk.speech.player`).

Stop semantics: ``stop()`` interrupts the utterance in progress, whether it is
being synthesised (the callback tells espeak to abort) or played (the player is
killed), and returns at once. It never affects a request that starts after it, so
``stop(); say(...)`` speaks the new text promptly. ``stop()`` with nothing in
progress does nothing; requests that are queued but not started belong to the task
runner, which drops them itself. An interrupted ``say`` returns normally (the
listener asked for silence, which is not an error); an interrupted ``save`` raises
:class:`SpeechInterrupted` and leaves no file behind.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Final

from kiosk.speech.errors import SpeechError, SpeechInterrupted
from kiosk.speech.player import Utterance, play, player_command, write_wav
from kiosk.speech.synthesiser import synthesiser
from kiosk.speech.text import prepare_text
from kiosk.voices import voice_for

# espeak-ng's default is 175 words a minute; a little slower suits listeners in a
# noisy hall, many of whom read along slowly or not at all.
DEFAULT_RATE: Final = 160
DEFAULT_TIMEOUT: Final = 60.0


class Speaker:
    """Speaks text in the kiosk's languages; driven from one worker thread.

    ``say`` and ``save`` block the calling thread; ``stop`` and ``close`` may be
    called from any thread. Raises :class:`SpeechUnavailable` if libespeak-ng cannot
    be loaded. ``player`` is the command that plays a WAV file (its path is
    appended), e.g. ``["aplay", "-q", "-D", "plughw:1,0"]`` for a given device.
    Synthesis may take ``timeout`` seconds before it is called stalled.
    """

    def __init__(
        self,
        *,
        player: Sequence[str] | None = None,
        rate: int = DEFAULT_RATE,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self._engine = synthesiser()
        self._player = tuple(player) if player is not None else None
        self._rate = rate
        self._timeout = timeout
        self._lock = threading.Lock()
        self._current: Utterance | None = None
        self._closed = False

    @property
    def speaking(self) -> bool:
        """True while a ``say`` or ``save`` is in progress."""
        return self._current is not None

    def say(self, text: str, language: str) -> None:
        """Speak ``text`` through the audio device and return when it is done or stopped."""
        voice = voice_for(language)
        prepared = prepare_text(text, language)
        if not prepared:
            return
        with self._utterance() as utterance:
            pcm = self._engine.synthesize(
                prepared, voice.espeak_name, self._rate, utterance.cancelled, self._timeout
            )
            if pcm is not None:
                play(pcm, self._engine.sample_rate, player_command(self._player), utterance)

    def save(self, text: str, language: str, path: Path) -> Path:
        """Write ``text`` spoken as a WAV file at ``path``; raise SpeechInterrupted if stopped."""
        voice = voice_for(language)
        prepared = prepare_text(text, language)
        if not prepared:
            raise ValueError("nothing to say: the text is empty once markup is removed")
        with self._utterance() as utterance:
            pcm = self._engine.synthesize(
                prepared, voice.espeak_name, self._rate, utterance.cancelled, self._timeout
            )
            if pcm is None:
                raise SpeechInterrupted(f"stopped before {path.name} was complete")
            write_wav(path, pcm, self._engine.sample_rate)
        return path

    def stop(self) -> None:
        """Interrupt the utterance in progress, if any; later requests are not affected."""
        with self._lock:
            utterance = self._current
        if utterance is not None:
            utterance.cancel()

    def close(self) -> None:
        """Stop speaking and refuse further requests. The process keeps libespeak-ng."""
        with self._lock:
            self._closed = True
        self.stop()

    def __enter__(self) -> Speaker:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def _utterance(self) -> Iterator[Utterance]:
        utterance = Utterance()
        with self._lock:
            if self._closed:
                raise SpeechError("this Speaker is closed")
            if self._current is not None:
                raise RuntimeError("a Speaker is driven from one thread, one request at a time")
            self._current = utterance
        try:
            yield utterance
        finally:
            with self._lock:
                self._current = None
