"""Read-aloud for the UI: one speaker, owned by the task runner's speech lane.

The engine is created on the speech lane's thread and used only there. A new
request stops the utterance in progress (``Speaker.stop`` is safe to call from
the GUI thread) and queues behind it, so the newest request is what is heard.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk import speech
from ui import registry
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

QML_IMPORT_NAME = registry.QML_IMPORT_NAME
QML_IMPORT_MAJOR_VERSION = registry.QML_IMPORT_MAJOR_VERSION


@QmlElement
@QmlSingleton
class SpeechController(QObject):
    create = registry.singleton("speech")

    speakingChanged = Signal()
    availableChanged = Signal()
    languageChanged = Signal()

    def __init__(self, runner: TaskRunner, enabled: bool, language: str, rate: int = speech.DEFAULT_RATE,
                 record_to: Path | None = None) -> None:
        """``record_to``: write each utterance to a WAV file there instead of the sound card."""
        super().__init__()
        self._record_to = record_to
        if record_to is not None:
            record_to.mkdir(parents=True, exist_ok=True)
        self._rate = rate
        self._recorded = 0
        self._runner = runner
        self._enabled = enabled
        self._available = enabled
        self._language = language
        self._speaker: speech.Speaker | None = None
        self._generation = 0  # which request is current; older completions are ignored
        self._speaking = False

    @Property(bool, notify=speakingChanged)
    def speaking(self) -> bool:
        return self._speaking

    @Property(bool, notify=availableChanged)
    def available(self) -> bool:
        return self._available

    @Property(bool, notify=languageChanged)
    def voiceIsNative(self) -> bool:
        return speech.voice_for(self._language).is_native

    def set_language(self, language: str) -> None:
        self.stop()
        self._language = language
        self.languageChanged.emit()

    @Slot(str)
    def speak(self, text: str) -> None:
        if not self._available or not text.strip():
            return
        self.stop()
        self._generation += 1
        generation, language = self._generation, self._language
        self._set_speaking(True)
        self._runner.submit(
            "speech",
            lambda: self._say(text, language),
            lambda _: self._finished(generation),
            lambda error: self._failed(generation, error),
        )

    def _say(self, text: str, language: str) -> None:
        # Runs on the speech lane: the only thread that ever touches the engine.
        if self._speaker is None:
            self._speaker = speech.Speaker(rate=self._rate)
        if self._record_to is None:
            self._speaker.say(text, language)
        else:
            self._recorded += 1
            self._speaker.save(text, language, self._record_to / f"utterance-{self._recorded:03d}.wav")

    @Slot()
    def stop(self) -> None:
        if self._speaker is not None:
            self._speaker.stop()
        self._set_speaking(False)

    def wipe(self) -> None:
        self.stop()

    def _finished(self, generation: int) -> None:
        if generation == self._generation:
            self._set_speaking(False)

    def _failed(self, generation: int, error: BaseException) -> None:
        self._finished(generation)
        if isinstance(error, speech.SpeechInterrupted):
            return  # a newer request (or Stop) cut this one short, as asked
        if isinstance(error, speech.SpeechUnavailable):
            log.warning("read-aloud unavailable: %s", error)
            self._available = False
            self.availableChanged.emit()
        else:
            log.error("read-aloud failed", exc_info=error)

    def _set_speaking(self, speaking: bool) -> None:
        if speaking != self._speaking:
            self._speaking = speaking
            self.speakingChanged.emit()

    def close(self) -> None:
        """Stop and release the engine on its own thread."""
        self.stop()
        speaker, self._speaker = self._speaker, None
        if speaker is not None:
            self._runner.call_in_lane("speech", speaker.close, timeout=10)
