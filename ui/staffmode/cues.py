"""The sound a check-in makes: a short tone per kind of outcome, heard while eyes are on the person.

Four cues, not one per outcome: staff at a busy desk learn four sounds, not nine.
``admit`` rises (come in), ``again`` is two equal beeps (seen before), ``refuse``
falls (not here, not today, not now) and ``alarm`` is three low beeps (not a
genuine receipt). The word, the icon and the colour on screen say which outcome
exactly; the sound says whether to look up.

The tones are made at first use with :mod:`wave` into the data directory's
cache (``cues/<name>.wav``, on the io lane), so no sound file is shipped and a
damaged one is made again. They are played with Qt Multimedia's ``QSoundEffect``
only when the machine has somewhere to play them: asking Qt about audio on a
machine with none (a build server, a kiosk without speakers) fills the log with
its probing, so a missing audio device is found here first, from the files an
audio system leaves, and then the cue is only remembered (:attr:`CuePlayer.last`).
"""

from __future__ import annotations

import logging
import math
import os
import struct
import wave
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

RATE = 44100  # 16-bit mono PCM at CD rate: what every audio device plays
VOLUME = 0.45
#: cue -> (frequency in Hz, 0 for silence; seconds) one after another.
CUES: dict[str, tuple[tuple[float, float], ...]] = {
    "admit": ((784.0, 0.09), (1175.0, 0.18)),
    "again": ((988.0, 0.08), (0.0, 0.06), (988.0, 0.08)),
    "refuse": ((587.0, 0.12), (392.0, 0.24)),
    "alarm": ((262.0, 0.12), (0.0, 0.05), (262.0, 0.12), (0.0, 0.05), (262.0, 0.12)),
}
#: check-in outcome (kiosk.staff.checkin.CheckInOutcome's value) -> cue.
OUTCOME_CUES: dict[str, str] = {
    "valid": "admit",
    "already_checked_in": "again",
    "cancelled": "refuse",
    "wrong_day": "refuse",
    "wrong_place": "refuse",
    "marked_no_show": "refuse",
    "not_found": "refuse",
    "unknown_kiosk": "alarm",
    "forged": "alarm",
}


def tone_frames(parts: tuple[tuple[float, float], ...], rate: int = RATE) -> bytes:
    """16-bit little-endian samples of ``parts``, each note faded in and out so it does not click."""
    samples: list[int] = []
    for frequency, seconds in parts:
        count = int(rate * seconds)
        fade = max(1, min(count // 4, int(rate * 0.01)))
        for n in range(count):
            envelope = min(1.0, n / fade, (count - n) / fade)
            value = math.sin(2 * math.pi * frequency * n / rate) if frequency else 0.0
            samples.append(int(32767 * VOLUME * envelope * value))
    return struct.pack(f"<{len(samples)}h", *samples)


def write_cue(folder: Path, name: str) -> Path:
    """``folder/<name>.wav``, made now unless a whole one is there; a ``.part`` file is renamed into place."""
    path = folder / f"{name}.wav"
    frames = tone_frames(CUES[name])
    if path.is_file() and path.stat().st_size == 44 + len(frames):  # the RIFF header is 44 bytes
        return path
    folder.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    with wave.open(str(partial), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)
    partial.replace(path)
    return path


def audio_output_present(environ: Mapping[str, str] = os.environ) -> bool:
    """Whether this machine seems to have somewhere to play a sound: a sound card, or a sound server."""
    cards = Path("/dev/snd")
    if cards.is_dir() and any(entry.name.startswith("pcm") for entry in cards.iterdir()):
        return True
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if environ.get("PULSE_SERVER"):
        return True
    return bool(runtime) and any((Path(runtime) / socket).exists()
                                 for socket in ("pulse/native", "pipewire-0"))


class CuePlayer:
    """Plays cues on the GUI thread; makes their files on the io lane the first time each is wanted."""

    def __init__(self, runner: TaskRunner, folder: Callable[[], Path],
                 can_play: Callable[[], bool] = audio_output_present) -> None:
        self._runner = runner
        self._folder = folder
        self._can_play = can_play
        self._effects: dict[str, Any] = {}  # cue -> QSoundEffect, made on the GUI thread
        self._files: dict[str, Path] = {}
        self._playing: bool | None = None  # decided at the first cue
        self.last = ""

    def play(self, name: str, done: Callable[[str], None] | None = None) -> None:
        """Remember ``name`` as the last cue and play it (once its file exists). Never raises."""
        if name not in CUES:
            raise ValueError(f"no sound cue {name!r}")
        self.last = name
        if name in self._files:
            self._sound(name)
            if done is not None:
                done(name)
            return
        folder = self._folder()

        def made(path: Path) -> None:
            self._files[name] = path
            self._sound(name)
            if done is not None:
                done(name)

        def failed(error: BaseException) -> None:  # a full disk: the screen still says it all
            log.warning("the %s sound cue could not be made: %s", name, error)

        self._runner.submit("io", lambda: write_cue(folder, name), made, failed)

    def file(self, name: str) -> Path | None:
        return self._files.get(name)

    def _sound(self, name: str) -> None:
        if self._playing is None:
            self._playing = self._can_play()
            if not self._playing:
                log.info("no audio output found: check-in outcomes are shown, not heard")
        if not self._playing:
            return
        try:
            effect = self._effects.get(name)
            if effect is None:
                # Imported at the first cue heard: Qt Multimedia costs start-up time no screen needs.
                from PySide6.QtCore import QUrl
                from PySide6.QtMultimedia import QSoundEffect

                effect = QSoundEffect()
                effect.setSource(QUrl.fromLocalFile(str(self._files[name])))
                effect.setVolume(0.8)
                self._effects[name] = effect
            effect.play()
        except Exception as error:  # an audio stack that fails in its own way must not stop check-in
            log.warning("the %s sound cue could not be played: %s", name, error)
            self._playing = False
