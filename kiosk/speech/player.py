"""Playing synthesised speech: a WAV file handed to an audio player process.

``aplay``, ``paplay``, ``pw-play`` or sox's ``play`` (the first one installed), or the
command a :class:`~kiosk.speech.Speaker` was given. A process can be killed, timed out
and asked for its exit status, which an in-process audio library cannot. With no
player or no audio device it raises :class:`SpeechUnavailable`, so the UI can say
"reading aloud is not available" instead of pretending. Playback may take the
audio's length plus a grace period before it is called stalled.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
import wave
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import Final

from kiosk.speech.errors import SpeechUnavailable

# How long past the audio's own length a player may take before we call it stalled.
_PLAYER_GRACE = 10.0
# Players tried in order; the WAV file's path is appended to the command.
_PLAYERS: Final[tuple[tuple[str, ...], ...]] = (
    ("aplay", "-q"),
    ("paplay",),
    ("pw-play",),
    ("play", "-q"),
)


class Utterance:
    """One say or save in progress, which another thread may cancel."""

    def __init__(self) -> None:
        self.cancelled = threading.Event()
        self._lock = threading.Lock()
        self._player: subprocess.Popen[bytes] | None = None

    def cancel(self) -> None:
        with self._lock:
            self.cancelled.set()
            if self._player is not None and self._player.poll() is None:
                self._player.kill()

    def start_player(self, command: Sequence[str]) -> subprocess.Popen[bytes] | None:
        """Start the player, unless the utterance was cancelled already."""
        with self._lock:
            if self.cancelled.is_set():
                return None
            try:
                self._player = subprocess.Popen(
                    command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
                )
            except OSError as error:
                raise SpeechUnavailable(
                    f"could not start the audio player {command[0]!r} ({error}); install it, or one of"
                    " aplay (alsa-utils), paplay, pw-play or play (sox)"
                ) from error
            return self._player


def player_command(configured: tuple[str, ...] | None) -> tuple[str, ...]:
    """The command that plays a WAV file: ``configured``, else the first player installed."""
    if configured is not None:
        return configured
    for command in _PLAYERS:
        if shutil.which(command[0]):
            return command
    raise SpeechUnavailable(
        "no audio player is installed; install alsa-utils (aplay), pulseaudio-utils (paplay),"
        " pipewire-bin (pw-play) or sox (play)"
    )


def play(pcm: bytes, sample_rate: int, command: Sequence[str], utterance: Utterance) -> None:
    """Play 16-bit mono ``pcm`` with ``command``; return when it is done or ``utterance`` was cancelled."""
    seconds = len(pcm) / 2 / sample_rate
    with tempfile.TemporaryDirectory(prefix="kiosk-speech-") as folder:
        wav = Path(folder) / "utterance.wav"
        write_wav(wav, pcm, sample_rate)
        player = utterance.start_player([*command, str(wav)])
        if player is None:
            return
        try:
            _, errors = player.communicate(timeout=seconds + _PLAYER_GRACE)
        except subprocess.TimeoutExpired:
            player.kill()
            with suppress(subprocess.TimeoutExpired):
                player.communicate(timeout=_PLAYER_GRACE)
            raise SpeechUnavailable(
                f"{command[0]} did not finish {seconds:.0f} s of audio in time; check the audio device"
            ) from None
    if utterance.cancelled.is_set() or player.returncode == 0:
        return
    lines = errors.decode("utf-8", "replace").strip().splitlines()
    reason = lines[-1] if lines else f"exit status {player.returncode}"
    raise SpeechUnavailable(
        f"could not play audio with {command[0]}: {reason}. Connect a speaker and check that a"
        " sound card (or PulseAudio/PipeWire) is available"
    )


def write_wav(path: Path, pcm: bytes, sample_rate: int) -> None:
    """Write 16-bit mono ``pcm`` as a WAV file, through a ``.part`` file renamed into place."""
    part = path.with_name(path.name + ".part")
    try:
        with wave.open(str(part), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(sample_rate)
            out.writeframes(pcm)
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
