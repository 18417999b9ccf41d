"""The synthesiser: libespeak-ng, driven through pyttsx3's ctypes binding, one per process.

Why not through ``pyttsx3.Engine``
----------------------------------
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

So :class:`Synthesiser` drives libespeak-ng itself, through the same binding, in the
mode pyttsx3 uses (``AUDIO_OUTPUT_RETRIEVAL``: espeak synthesises on its own
thread and hands us PCM through a callback). libespeak-ng is one synthesiser per
process; it is initialised once (:func:`synthesiser`) and every message is
synthesised under one lock. Setting the ``cancelled`` event makes the callback tell
espeak to abort, so a stop lands within a tenth of a second of audio.
"""

from __future__ import annotations

import ctypes
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from kiosk.speech.errors import SpeechUnavailable

_POLL = 0.05
_INSTALL_ESPEAK = "install espeak-ng (Debian/Ubuntu: apt install espeak-ng libespeak-ng1)"


@dataclass
class _Job:
    """One message being synthesised; filled in from espeak's thread."""

    cancelled: threading.Event
    # Messages are told apart by espeak's unique identifier, which Synth() hands
    # back only after espeak's thread may already have called us.
    chunks: list[tuple[int, bytes]] = field(default_factory=list)
    terminated: set[int] = field(default_factory=set)
    wake: threading.Event = field(default_factory=threading.Event)


class Synthesiser:
    """libespeak-ng, which is one synthesiser per process, behind one lock. Use :func:`synthesiser`."""

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


_synthesiser: Synthesiser | None = None
_synthesiser_lock = threading.Lock()


def synthesiser() -> Synthesiser:
    """The process's one synthesiser, started the first time it is asked for.

    Raises :class:`SpeechUnavailable` when libespeak-ng or its voice data cannot be loaded.
    """
    global _synthesiser
    with _synthesiser_lock:
        if _synthesiser is None:
            _synthesiser = Synthesiser()
        return _synthesiser
