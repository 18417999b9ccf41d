"""The Speaker, with real espeak-ng: real voices, real WAV files, real players."""

from __future__ import annotations

import array
import math
import os
import shutil
import sys
import threading
import time
import wave
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk import languages
from kiosk.speech import (
    Speaker,
    SpeechError,
    SpeechInterrupted,
    SpeechUnavailable,
    Voice,
    prepare_text,
    voice_for,
)

SAMPLES = {
    "uz-Latn": "Mehnat muhojirlarining huquqlari. Pasportingizni hech kimga bermang.",
    "uz-Cyrl": "Меҳнат муҳожирларининг ҳуқуқлари. Паспортингизни ҳеч кимга берманг.",
    "ru": "Права трудовых мигрантов. Не отдавайте никому свой паспорт.",
    "ky": "Эмгек мигранттарынын укуктары. Паспортуңузду эч кимге бербеңиз.",
    "tg": "Ҳуқуқҳои муҳоҷирони меҳнатӣ. Шиносномаи худро ба ҳеҷ кас надиҳед.",
    "en": "The rights of labour migrants. Do not give your passport to anyone.",
}
# About 45 minutes of speech: espeak-ng needs seconds to synthesise it, so a stop()
# issued a moment after the request starts lands in the middle of the work.
LONG_TEXT = "Это длинный текст для проверки того, что чтение можно остановить. " * 700
GENEROUS = 10.0  # seconds; a bound for "it returned", not a performance claim


@pytest.fixture
def speaker() -> Iterator[Speaker]:
    with Speaker() as speaker:
        yield speaker


def audio(path: Path) -> tuple[float, float]:
    """Seconds and RMS amplitude of a 16-bit mono WAV."""
    with wave.open(str(path)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        samples = array.array("h", wav.readframes(wav.getnframes()))
        seconds = wav.getnframes() / wav.getframerate()
    rms = math.sqrt(sum(s * s for s in samples) / len(samples)) if samples else 0.0
    return seconds, rms


class Call:
    """Run a blocking call on another thread, as the UI's speech lane does."""

    def __init__(self, function: Callable[[], Any]) -> None:
        self.result: Any = None
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(function,), daemon=True)
        self._thread.start()

    def _run(self, function: Callable[[], Any]) -> None:
        try:
            self.result = function()
        except BaseException as error:
            self.error = error

    def join(self, timeout: float = GENEROUS) -> None:
        self._thread.join(timeout)
        assert not self._thread.is_alive(), f"the call did not return within {timeout} s"


def wait_until(condition: Callable[[], bool], timeout: float = GENEROUS) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.005)


def start_and_stop(speaker: Speaker, function: Callable[[], Any]) -> Call:
    call = Call(function)
    wait_until(lambda: speaker.speaking)
    time.sleep(0.2)  # into the synthesis, which takes seconds for LONG_TEXT
    speaker.stop()
    call.join()
    return call


def audio_output_expected() -> bool:
    """Whether this machine has both a player and somewhere for it to send sound."""
    player = any(shutil.which(name) for name in ("aplay", "paplay", "pw-play", "play"))
    runtime = Path(os.environ.get("XDG_RUNTIME_DIR", f"/run/user/{os.getuid()}"))
    device = (
        any(Path("/dev/snd").glob("pcmC*D*p"))
        or bool(os.environ.get("PULSE_SERVER"))
        or (runtime / "pulse" / "native").exists()
        or (runtime / "pipewire-0").exists()
    )
    return player and device


# --- Voices ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "espeak_name", "is_native"),
    [
        ("uz-Latn", "uz", True),
        ("uz-Cyrl", "uz", True),
        ("ru", "ru", True),
        ("ky", "ky", True),
        ("tg", "fa-latn", False),
        ("en", "en", True),
    ],
)
def test_voice_for_each_language(language: str, espeak_name: str, is_native: bool) -> None:
    voice = voice_for(language)
    assert voice == Voice(espeak_name, language, is_native, voice.note)
    assert voice.note


def test_every_kiosk_language_has_a_voice() -> None:
    assert {voice_for(tag).language for tag in languages.TAGS} == set(languages.TAGS)


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(languages.UnknownLanguage):
        voice_for("fa")
    with pytest.raises(languages.UnknownLanguage):
        prepare_text("salom", "tg-Latn")


def test_tajik_is_honest_about_its_stand_in_voice() -> None:
    voice = voice_for("tg")
    assert not voice.is_native
    assert "no Tajik voice" in voice.note
    assert "Persian" in voice.note


# --- Saving to a file -----------------------------------------------------------------


@pytest.mark.parametrize("language", list(SAMPLES))
def test_save_writes_real_speech(speaker: Speaker, language: str, tmp_path: Path) -> None:
    path = speaker.save(SAMPLES[language], language, tmp_path / f"{language}.wav")
    seconds, rms = audio(path)
    assert seconds > 0.3
    assert rms > 500  # espeak-ng speech is ~2000-3000; silence is 0
    assert list(tmp_path.iterdir()) == [path]


def test_empty_text_is_not_saved(speaker: Speaker, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="nothing to say"):
        speaker.save("** ## **", "en", tmp_path / "empty.wav")


def test_stop_interrupts_a_long_save(speaker: Speaker, tmp_path: Path) -> None:
    target = tmp_path / "long.wav"
    call = start_and_stop(speaker, lambda: speaker.save(LONG_TEXT, "ru", target))
    assert isinstance(call.error, SpeechInterrupted)
    assert list(tmp_path.iterdir()) == []


def test_a_request_after_stop_runs_in_full(speaker: Speaker, tmp_path: Path) -> None:
    before, _ = audio(speaker.save(SAMPLES["ru"], "ru", tmp_path / "before.wav"))
    start_and_stop(speaker, lambda: speaker.save(LONG_TEXT, "ru", tmp_path / "long.wav"))
    after, rms = audio(speaker.save(SAMPLES["ru"], "ru", tmp_path / "after.wav"))
    assert after == pytest.approx(before, rel=0.05)
    assert rms > 500


def test_stop_with_nothing_in_progress_does_not_cancel_the_next_request(
    speaker: Speaker, tmp_path: Path
) -> None:
    speaker.stop()
    seconds, _ = audio(speaker.save(SAMPLES["en"], "en", tmp_path / "next.wav"))
    assert seconds > 0.3


def test_a_stalled_synthesis_times_out_instead_of_hanging(tmp_path: Path) -> None:
    with Speaker(timeout=0.05) as impatient:
        call = Call(lambda: impatient.save(LONG_TEXT, "ru", tmp_path / "long.wav"))
        call.join()
        assert isinstance(call.error, SpeechUnavailable)
        assert "did not finish" in str(call.error)
        # The engine is usable again straight away.
        impatient.save("Да.", "ru", tmp_path / "short.wav")


def test_a_closed_speaker_refuses_requests(tmp_path: Path) -> None:
    speaker = Speaker()
    speaker.close()
    with pytest.raises(SpeechError, match="closed"):
        speaker.save(SAMPLES["en"], "en", tmp_path / "closed.wav")


# --- Speaking through the audio device ------------------------------------------------


def test_say_uses_the_audio_device_or_says_it_cannot(speaker: Speaker) -> None:
    call = Call(lambda: speaker.say(SAMPLES["en"], "en"))
    call.join(30)
    if audio_output_expected():
        assert call.error is None
    else:
        assert isinstance(call.error, SpeechUnavailable)
        assert "sound card" in str(call.error)


def test_say_with_no_player_installed_is_unavailable() -> None:
    with Speaker(player=["/nonexistent/kiosk-player"]) as speaker:
        with pytest.raises(SpeechUnavailable, match="install"):
            speaker.say(SAMPLES["ru"], "ru")


def test_say_with_empty_text_does_nothing(speaker: Speaker) -> None:
    # Even with no audio device: nothing is synthesised and no player is started.
    speaker.say("  \n\n---\n", "ru")
    assert not speaker.speaking


def test_stop_interrupts_say_and_the_next_say_starts(speaker: Speaker) -> None:
    # Uninterrupted, this would play for 45 minutes, or (with no audio device) raise
    # SpeechUnavailable once synthesised; interrupted, it just returns.
    call = start_and_stop(speaker, lambda: speaker.say(LONG_TEXT, "ru"))
    assert call.error is None
    # The next request is not swallowed by the old stop: it reaches the device.
    call = Call(lambda: speaker.say(SAMPLES["ru"], "ru"))
    call.join(30)
    if audio_output_expected():
        assert call.error is None
    else:
        assert isinstance(call.error, SpeechUnavailable)


def real_time_player(finished_mark: Path) -> list[str]:
    """Plays a WAV the way a sound card does, in real time but into nothing, and leaves
    ``finished_mark`` only if it got to the end: a stand-in for aplay on machines (like
    CI) with no audio device."""
    program = (
        "import sys, time, wave; w = wave.open(sys.argv[1]);"
        " time.sleep(w.getnframes() / w.getframerate());"
        f" open({str(finished_mark)!r}, 'w').close()"
    )
    return [sys.executable, "-c", program]


def test_stop_interrupts_playback(tmp_path: Path) -> None:
    finished = tmp_path / "played-to-the-end"
    speaker = Speaker(player=real_time_player(finished))
    call = Call(lambda: speaker.say(SAMPLES["en"] * 20, "en"))  # about a minute of audio
    wait_until(lambda: speaker.speaking)
    time.sleep(2)  # synthesis is done by now; the player is playing
    speaker.stop()
    call.join()
    assert call.error is None
    assert not finished.exists()  # the player was stopped, not waited for

    short = Call(lambda: speaker.say(SAMPLES["en"], "en"))
    short.join()
    assert short.error is None
    assert finished.exists()  # the next request plays in full
    speaker.close()
