"""Reading text aloud with espeak-ng, without Qt.

A :class:`Speaker` turns text in one of the kiosk's six languages into speech. The UI
runs it on the task runner's speech lane: ``say`` and ``save`` block that one worker
thread, and ``stop`` may be called from any other thread to cut the current
utterance short. The UI calls ``stop`` before each new request, so the lane never
waits for an old text to finish.

How it speaks, and why not through ``pyttsx3.Engine``
------------------------------------------------------
pyttsx3 (2.99) is the dependency that finds and binds libespeak-ng, and this module
uses its ctypes binding, ``pyttsx3.drivers._espeak``. It does not use pyttsx3's
espeak *driver* (``Engine.say``/``save_to_file``/``runAndWait``), because on this
platform that driver cannot do what a kiosk needs. Checked with espeak-ng 1.51:

- ``runAndWait()`` returns before the audio exists: the ``endLoop`` it queues ends
  the loop on the first pump, so ``save_to_file`` writes its WAV later, from
  espeak's thread, and there is nothing left for ``stop()`` to interrupt.
- ``say`` plays through ``os.system("aplay ...")`` inside espeak's callback. The
  player cannot be stopped, and with no ``aplay`` or no sound card the failure is
  printed and swallowed: ``say`` "succeeds" in silence.
- After one ``save_to_file``, every later ``say`` writes into that file again
  (``_save_file`` is never reset).
- Its ``Synth`` wrapper passes ``len(text) * 10`` as the buffer size, and
  espeak-ng copies that many bytes: long Russian texts crash the process.
- ``runAndWait`` has no timeout.

So the :class:`Speaker` drives libespeak-ng itself, through the same binding, in the
mode pyttsx3 uses (``AUDIO_OUTPUT_RETRIEVAL``: espeak synthesises on its own
thread and hands us PCM through a callback). libespeak-ng is one synthesiser per
process; it is initialised once and every message is synthesised under one lock.

- ``save`` collects the PCM and writes a WAV (``.part`` file renamed into place).
- ``say`` synthesises the whole text (about a thousand times faster than real
  time), writes a temporary WAV and plays it with an audio player process:
  ``aplay``, ``paplay``, ``pw-play`` or sox's ``play``, the first one installed,
  or the command given as ``Speaker(player=...)``. A process can be killed, timed
  out and asked for its exit status, which an in-process audio library cannot.

Stop semantics: ``stop()`` interrupts the utterance in progress, whether it is
being synthesised (the callback tells espeak to abort) or played (the player is
killed), and returns at once. It never affects a request that starts after it, so
``stop(); say(...)`` speaks the new text promptly. ``stop()`` with nothing in
progress does nothing; requests that are queued but not started belong to the task
runner, which drops them itself. An interrupted ``say`` returns normally (the
listener asked for silence, which is not an error); an interrupted ``save`` raises
:class:`SpeechInterrupted` and leaves no file behind.

No audio device: espeak-ng itself needs none. ``say`` raises
:class:`SpeechUnavailable` when no player is installed or the player cannot open
a device (it exits with an error at once), so the UI can say "reading aloud is not
available" instead of pretending. Every wait has a timeout: synthesis
(``timeout``, default 60 s) and playback (the audio's length plus a grace period).

Exceptions::

    SpeechError              the base: everything this module raises on purpose
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
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
import wave
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Final

# Still this module's to offer: they live apart only so the UI can show a voice notice
# without loading the engine (see kiosk.voices).
from kiosk.voices import Voice as Voice
from kiosk.voices import voice_for as voice_for

# espeak-ng's default is 175 words a minute; a little slower suits listeners in a
# noisy hall, many of whom read along slowly or not at all.
DEFAULT_RATE: Final = 160
DEFAULT_TIMEOUT: Final = 60.0
# How long past the audio's own length a player may take before we call it stalled.
_PLAYER_GRACE = 10.0
_POLL = 0.05
# Players tried in order; the WAV file's path is appended to the command.
_PLAYERS: Final[tuple[tuple[str, ...], ...]] = (
    ("aplay", "-q"),
    ("paplay",),
    ("pw-play",),
    ("play", "-q"),
)
_INSTALL_ESPEAK = "install espeak-ng (Debian/Ubuntu: apt install espeak-ng libespeak-ng1)"


class SpeechError(Exception):
    """Base class for everything this module raises on purpose."""


class SpeechUnavailable(SpeechError):
    """The machine cannot speak right now; the message says what to fix."""


class SpeechInterrupted(SpeechError):
    """``stop()`` ended a ``save()`` before the file was complete."""


# --- Text preparation -----------------------------------------------------------------

# A heading, quotation or bullet mark opens a new spoken unit and is dropped; a
# numbered item opens one too, but its number is worth saying.
_MARK = re.compile(r"\s*(?:#{1,6}\s+|>\s?|[-*+•]\s+)")
_NUMBERED = re.compile(r"\s*\d{1,3}[.)]\s+")
_RULE = re.compile(r"[-*_=|:\s]{3,}")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_INLINE = re.compile(r"<[^<>\n]*>|[*_`~|#]+")
_WHITESPACE = re.compile(r"\s+")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([.,!?:;…])")
_ENDS_UNIT = tuple(".!?:;,…")
# Uzbek's oʻ, gʻ and tutuq belgisi come in many apostrophes; espeak's uz voice
# reads U+0027 for all of them but spells out words that contain U+02BC.
_APOSTROPHES = str.maketrans(dict.fromkeys("\u2018\u2019\u02bb\u02bc\u02b9\u0060\u00b4\u2032", "'"))


def prepare_text(text: str, language: str) -> str:
    """Turn on-screen text into what the language's voice should be given.

    Drops Markdown-ish markup, ends headings and list items with a full stop so they
    are read as units, unifies apostrophes and collapses whitespace. ``uz-Cyrl`` is
    transliterated to Latin and ``tg`` to the Latin spelling the Persian voice reads.
    """
    voice_for(language)
    units: list[list[str]] = []
    current: list[str] = []
    for line in text.splitlines():
        if not line.strip() or _RULE.fullmatch(line):
            current = []
            continue
        mark = _MARK.match(line)
        if mark or _NUMBERED.match(line) or not current:
            current = []
            units.append(current)
        current.append(line[mark.end() :] if mark else line)
    spoken: list[str] = []
    for unit in units:
        words = _INLINE.sub(" ", _LINK.sub(r"\1", " ".join(unit)))
        words = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", _WHITESPACE.sub(" ", words)).strip()
        if words:
            spoken.append(words if words.endswith(_ENDS_UNIT) else words + ".")
    prepared = " ".join(spoken)
    if language == "uz-Cyrl":
        from kiosk.text.uzbek import cyrillic_to_latin

        prepared = cyrillic_to_latin(prepared)
    elif language == "tg":
        prepared = tajik_to_pinglish(prepared)
    return _WHITESPACE.sub(" ", prepared.translate(_APOSTROPHES)).strip()


# Tajik Cyrillic in the Latin spelling ("Pinglish") espeak-ng's fa-latn voice reads.
# Tajik о is Persian â (written aa) and ӯ is nearest Persian o; ҳ, қ, ғ, ҷ keep
# their own sounds (h, q, gh, j) instead of Russian х, к, г, дж.
_PINGLISH: Final[dict[str, str]] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ғ": "gh", "д": "d", "е": "e", "ё": "yo",
    "ж": "zh", "з": "z", "и": "i", "ӣ": "i", "й": "y", "к": "k", "қ": "q", "л": "l",
    "м": "m", "н": "n", "о": "aa", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ӯ": "o", "ф": "f", "х": "kh", "ҳ": "h", "ч": "ch", "ҷ": "j", "ш": "sh", "ъ": "",
    "э": "e", "ю": "yu", "я": "ya",
    # Russian letters that turn up in loanwords.
    "ц": "ts", "щ": "sh", "ы": "i", "ь": "",
}  # fmt: skip
# Alone, these letters are spelt out by name ("u" as "you"); spelt so, they are vowels.
_LONE_VOWEL = re.compile(r"\b([uie])\b")
_LONE_VOWEL_SPELLING: Final = {"u": "oo", "i": "ee", "e": "eh"}
# The voice reads "9:30" as "nine colon thirty".
_CLOCK = re.compile(r"(\d):(\d\d)\b")


def tajik_to_pinglish(text: str) -> str:
    """Tajik Cyrillic to the lower-case Latin spelling espeak-ng's fa-latn voice reads."""
    out: list[str] = []
    for char in text.lower():
        latin = _PINGLISH.get(char, char)
        # ҳ after s, k, z, g or c would make sh, kh, zh, gh, ch (дарсҳо is dars-ho,
        # not darsho); an apostrophe keeps them apart without changing the vowels.
        if char == "ҳ" and out and out[-1][-1:] in ("s", "k", "z", "g", "c"):
            latin = "'h"
        out.append(latin)
    pinglish = _CLOCK.sub(r"\1 \2", "".join(out))
    return _LONE_VOWEL.sub(lambda m: _LONE_VOWEL_SPELLING[m.group(1)], pinglish)


# --- The synthesiser ------------------------------------------------------------------


@dataclass
class _Job:
    """One message being synthesised; filled in from espeak's thread."""

    cancelled: threading.Event
    # Messages are told apart by espeak's unique identifier, which Synth() hands
    # back only after espeak's thread may already have called us.
    chunks: list[tuple[int, bytes]] = field(default_factory=list)
    terminated: set[int] = field(default_factory=set)
    wake: threading.Event = field(default_factory=threading.Event)


class _Engine:
    """libespeak-ng, which is one synthesiser per process, behind one lock."""

    def __init__(self) -> None:
        try:
            from pyttsx3.drivers import _espeak
            from pyttsx3.drivers.espeak import EspeakDriver
        except (ImportError, OSError, RuntimeError) as error:
            raise SpeechUnavailable(
                f"libespeak-ng could not be loaded ({error}); {_INSTALL_ESPEAK}"
            ) from error
        self._espeak: Any = _espeak
        self.sample_rate = self._initialize(EspeakDriver)
        self.lock = threading.Lock()
        self._job: _Job | None = None
        # Kept here for the life of the process: espeak calls it from its own thread.
        self._callback: Any = _espeak.t_espeak_callback(self._on_synth)

    def _initialize(self, driver: Any) -> int:
        # espeak may be initialised only once per process, and pyttsx3's driver
        # keeps count on its class. If it got there first it chose the same mode;
        # espeak-ng's own voices all run at 22050 Hz.
        if getattr(driver, "_moduleInitialized", False):
            return 22050
        # 100 ms buffers: the callback, and so stop(), gets a say ten times a second of audio.
        rate = int(self._espeak.Initialize(self._espeak.AUDIO_OUTPUT_RETRIEVAL, 100))
        if rate <= 0:
            raise SpeechUnavailable(
                f"espeak-ng could not start (its voice data is missing?); {_INSTALL_ESPEAK}"
            )
        driver._moduleInitialized = True
        return rate

    def _on_synth(self, wav: Any, numsamples: int, events: Any) -> int:
        job = self._job
        if job is None:
            return 1  # a leftover of a cancelled message: nobody is listening
        uid = int(events[0].unique_identifier)
        if wav and numsamples > 0:
            job.chunks.append((uid, ctypes.string_at(wav, numsamples * 2)))
        i = 0
        while events[i].type != self._espeak.EVENT_LIST_TERMINATED:
            if events[i].type == self._espeak.EVENT_MSG_TERMINATED:
                job.terminated.add(uid)
                job.wake.set()
            i += 1
        return 1 if job.cancelled.is_set() else 0

    def synthesize(
        self, text: str, espeak_name: str, rate: int, cancelled: threading.Event, timeout: float
    ) -> bytes | None:
        """16-bit mono PCM at ``sample_rate``, or None if ``cancelled`` was set first."""
        if not self.lock.acquire(timeout=timeout):
            raise SpeechUnavailable(f"the speech engine stayed busy for {timeout:g} s; restart the kiosk app")
        job = _Job(cancelled)
        uid = ctypes.c_uint(0)
        try:
            if cancelled.is_set():
                return None
            if self._espeak.SetVoiceByName(espeak_name.encode()) != self._espeak.EE_OK:
                raise SpeechUnavailable(f"espeak-ng has no voice {espeak_name!r}; {_INSTALL_ESPEAK}")
            self._espeak.SetParameter(self._espeak.RATE, rate, 0)
            self._espeak.cSetSynthCallback(self._callback)
            self._job = job
            data = text.encode("utf-8")
            # Not pyttsx3's Synth(): it claims len(text) * 10 bytes and espeak copies
            # that many. The +1 is the NUL that ends every Python bytes object.
            status = self._espeak.cSynth(
                data,
                len(data) + 1,
                0,
                self._espeak.POS_CHARACTER,
                0,
                self._espeak.CHARS_UTF8 | self._espeak.ENDPAUSE,
                ctypes.byref(uid),
                None,
            )
            if status != self._espeak.EE_OK:
                raise SpeechUnavailable(
                    f"espeak-ng refused the text (status {status}); restart the kiosk app"
                )
            deadline = time.monotonic() + timeout
            while uid.value not in job.terminated:
                if cancelled.is_set():
                    return None
                if time.monotonic() > deadline:
                    raise SpeechUnavailable(
                        f"espeak-ng did not finish within {timeout:g} s; restart the kiosk app"
                    )
                job.wake.wait(_POLL)
                job.wake.clear()
            if cancelled.is_set():
                return None
            return b"".join(chunk for owner, chunk in job.chunks if owner == uid.value)
        finally:
            if uid.value not in job.terminated:
                # Stops espeak's thread before the next message may start.
                self._espeak.Cancel()
            self._job = None
            self.lock.release()


_engine: _Engine | None = None
_engine_lock = threading.Lock()


def _get_engine() -> _Engine:
    global _engine
    with _engine_lock:
        if _engine is None:
            _engine = _Engine()
        return _engine


# --- The speaker ----------------------------------------------------------------------


class _Utterance:
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


class Speaker:
    """Speaks text in the kiosk's languages; driven from one worker thread.

    ``say`` and ``save`` block the calling thread; ``stop`` and ``close`` may be
    called from any thread. Raises :class:`SpeechUnavailable` if libespeak-ng cannot
    be loaded. ``player`` is the command that plays a WAV file (its path is
    appended), e.g. ``["aplay", "-q", "-D", "plughw:1,0"]`` for a given device.
    """

    def __init__(
        self,
        *,
        player: Sequence[str] | None = None,
        rate: int = DEFAULT_RATE,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self._engine = _get_engine()
        self._player = tuple(player) if player is not None else None
        self._rate = rate
        self._timeout = timeout
        self._lock = threading.Lock()
        self._current: _Utterance | None = None
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
                self._play(pcm, utterance)

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
            _write_wav(path, pcm, self._engine.sample_rate)
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
    def _utterance(self) -> Iterator[_Utterance]:
        utterance = _Utterance()
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

    def _player_command(self) -> tuple[str, ...]:
        if self._player is not None:
            return self._player
        for command in _PLAYERS:
            if shutil.which(command[0]):
                return command
        raise SpeechUnavailable(
            "no audio player is installed; install alsa-utils (aplay), pulseaudio-utils (paplay),"
            " pipewire-bin (pw-play) or sox (play)"
        )

    def _play(self, pcm: bytes, utterance: _Utterance) -> None:
        command = self._player_command()
        seconds = len(pcm) / 2 / self._engine.sample_rate
        with tempfile.TemporaryDirectory(prefix="kiosk-speech-") as folder:
            wav = Path(folder) / "utterance.wav"
            _write_wav(wav, pcm, self._engine.sample_rate)
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


def _write_wav(path: Path, pcm: bytes, sample_rate: int) -> None:
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
