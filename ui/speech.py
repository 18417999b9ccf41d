"""Read-aloud for the UI: one speaker, owned by the task runner's speech lane.

Everything is read as a list of sentences, one job per sentence, so an article
can be paused and resumed between sentences and the reader can highlight the
sentence being read (:attr:`SpeechController.sentenceIndex`). "Read this screen"
is the one-sentence case.

The engine is created on the speech lane's thread and used only there.
``Speaker.stop`` is safe from the GUI thread: a new request, Pause or Stop cuts
the sentence in progress short, and a generation counter makes sure a sentence
that finishes late never moves a newer reading along.

The engine's code (:mod:`kiosk.speech`) is imported on the speech lane, the first
time something is read: the first frame needs only the table of voices.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk import voices
from ui import registry
from ui.properties import qt_property

if TYPE_CHECKING:
    from kiosk import speech
    from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

QML_IMPORT_NAME = registry.QML_IMPORT_NAME
QML_IMPORT_MAJOR_VERSION = registry.QML_IMPORT_MAJOR_VERSION


@QmlElement
@QmlSingleton
class SpeechController(QObject):
    create = registry.singleton("speech")

    speakingChanged = Signal()
    pausedChanged = Signal()
    sentenceIndexChanged = Signal()
    availableChanged = Signal()
    languageChanged = Signal()

    def __init__(self, runner: TaskRunner, enabled: bool, language: str, rate: int | None = None,
                 record_to: Path | None = None) -> None:
        """``rate`` in words a minute (None: the speaker's own); ``record_to``: write each sentence
        to a WAV file there instead of the sound card."""
        super().__init__()
        self._runner = runner
        self._available = enabled
        self._language = language
        self._rate = rate
        self._record_to = record_to
        if record_to is not None:
            record_to.mkdir(parents=True, exist_ok=True)
        self._recorded = 0
        self._speaker: speech.Speaker | None = None
        self._sentences: list[str] = []
        self._index = -1
        self._paused = False
        self._generation = 0

    # --- state seen by QML -------------------------------------------------------------------

    @qt_property(bool, notify=speakingChanged)
    def speaking(self) -> bool:
        return self._index >= 0 and not self._paused

    @qt_property(bool, notify=pausedChanged)
    def paused(self) -> bool:
        return self._paused

    @qt_property(int, notify=sentenceIndexChanged)
    def sentenceIndex(self) -> int:
        """The sentence being read (or paused at), -1 when not reading."""
        return self._index

    @qt_property(bool, notify=availableChanged)
    def available(self) -> bool:
        return self._available

    @qt_property(bool, notify=languageChanged)
    def voiceIsNative(self) -> bool:
        return voices.voice_for(self._language).is_native

    def set_language(self, language: str) -> None:
        self.stop()
        self._language = language
        self.languageChanged.emit()

    # --- requests ---------------------------------------------------------------------------

    def sentences(self) -> list[str]:
        """What is being read (or was last read), sentence by sentence."""
        return list(self._sentences)

    @Slot(str)
    def speak(self, text: str) -> None:
        self.speakSentences([text] if text.strip() else [])

    @Slot(list)
    def speakSentences(self, sentences: list[str]) -> None:
        """Read ``sentences`` from the first, replacing whatever is being read."""
        self._interrupt()
        self._sentences = [s for s in (str(s).strip() for s in sentences)]
        if not self._available or not any(self._sentences):
            self._set_state(-1, paused=False)
            return
        self._set_state(0, paused=False)
        self._read_current()

    @Slot()
    def pause(self) -> None:
        if self.speaking:
            self._interrupt()
            self._set_state(self._index, paused=True)

    @Slot()
    def resume(self) -> None:
        if self._paused and 0 <= self._index < len(self._sentences):
            self._set_state(self._index, paused=False)
            self._read_current()

    @Slot()
    def stop(self) -> None:
        self._interrupt()
        self._sentences = []
        self._set_state(-1, paused=False)

    def wipe(self) -> None:
        self.stop()

    # --- the reading loop -------------------------------------------------------------------

    def _interrupt(self) -> None:
        self._generation += 1
        if self._speaker is not None:
            self._speaker.stop()

    def _read_current(self) -> None:
        generation, text, language = self._generation, self._sentences[self._index], self._language
        self._runner.submit(
            "speech",
            lambda: self._say(text, language),
            lambda _: self._sentence_done(generation),
            lambda error: self._failed(generation, error),
        )

    def _say(self, text: str, language: str) -> None:
        # Runs on the speech lane: the only thread that ever touches the engine.
        if not text:
            return
        if self._speaker is None:
            from kiosk import speech

            self._speaker = speech.Speaker() if self._rate is None else speech.Speaker(rate=self._rate)
        if self._record_to is None:
            self._speaker.say(text, language)
        else:
            self._recorded += 1
            self._speaker.save(text, language, self._record_to / f"utterance-{self._recorded:03d}.wav")

    def _sentence_done(self, generation: int) -> None:
        if generation != self._generation:
            return  # paused, stopped or replaced while this sentence was being read
        if self._index + 1 < len(self._sentences):
            self._set_state(self._index + 1, paused=False)
            self._read_current()
        else:
            self._sentences = []
            self._set_state(-1, paused=False)

    def _failed(self, generation: int, error: BaseException) -> None:
        from kiosk import speech  # loaded already: only what it raised gets here

        if isinstance(error, speech.SpeechInterrupted):
            return  # a newer request, Pause or Stop cut this sentence short, as asked
        if generation == self._generation:
            self._sentences = []
            self._set_state(-1, paused=False)
        if isinstance(error, speech.SpeechUnavailable):
            log.warning("read-aloud unavailable: %s", error)
            self._available = False
            self.availableChanged.emit()
        else:
            log.error("read-aloud failed", exc_info=error)

    def _set_state(self, index: int, paused: bool) -> None:
        was_speaking, was_paused, was_index = self.speaking, self._paused, self._index
        self._index, self._paused = index, paused
        if self._index != was_index:
            self.sentenceIndexChanged.emit()
        if self._paused != was_paused:
            self.pausedChanged.emit()
        if self.speaking != was_speaking:
            self.speakingChanged.emit()

    def close(self) -> None:
        """Stop and release the engine on its own thread."""
        self.stop()
        speaker, self._speaker = self._speaker, None
        if speaker is not None:
            self._runner.call_in_lane("speech", speaker.close, timeout=10)
