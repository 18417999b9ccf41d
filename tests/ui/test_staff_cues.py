"""The check-in sound cues: tones made at first use as WAV files, and no audio device is no problem."""

from __future__ import annotations

import wave
from pathlib import Path

from ui.staffmode.cues import CUES, OUTCOME_CUES, RATE, CuePlayer, audio_output_present, tone_frames, write_cue
from ui.tasks import TaskRunner


def test_every_outcome_has_a_cue_and_the_cues_sound_different() -> None:
    from kiosk.staff.checkin import CheckInOutcome

    assert set(OUTCOME_CUES) == {outcome.value for outcome in CheckInOutcome}
    assert set(OUTCOME_CUES.values()) == set(CUES)
    frames = {name: tone_frames(parts) for name, parts in CUES.items()}
    assert len(set(frames.values())) == len(CUES)
    assert all(0.2 <= len(data) / 2 / RATE <= 0.6 for data in frames.values())  # short: a blip, not a tune


def test_a_cue_is_a_wav_file_made_once(tmp_path: Path) -> None:
    path = write_cue(tmp_path / "cues", "admit")
    with wave.open(str(path)) as sound:
        assert (sound.getnchannels(), sound.getsampwidth(), sound.getframerate()) == (1, 2, RATE)
        assert sound.getnframes() == len(tone_frames(CUES["admit"])) // 2
    made = path.stat().st_mtime_ns
    assert write_cue(tmp_path / "cues", "admit").stat().st_mtime_ns == made
    path.write_bytes(b"RIFF")  # a damaged file is made again
    with wave.open(str(write_cue(tmp_path / "cues", "admit"))) as sound:
        assert sound.getnframes() > 0
    assert not list((tmp_path / "cues").glob("*.part"))


def test_without_an_audio_device_a_cue_is_only_remembered(qtbot, tmp_path: Path) -> None:
    runner = TaskRunner()
    try:
        player = CuePlayer(runner, lambda: tmp_path / "cues", can_play=lambda: False)
        heard: list[str] = []
        player.play("alarm", heard.append)
        qtbot.waitUntil(lambda: heard == ["alarm"], timeout=5000)
        assert player.last == "alarm"
        assert player.file("alarm") == tmp_path / "cues" / "alarm.wav"
        player.play("alarm", heard.append)  # made already: played (here, not) at once
        assert heard == ["alarm", "alarm"]
    finally:
        runner.shutdown()


def test_an_audio_output_is_found_from_what_a_sound_system_leaves(tmp_path: Path) -> None:
    (tmp_path / "pulse").mkdir()
    (tmp_path / "pulse" / "native").touch()
    assert audio_output_present({"XDG_RUNTIME_DIR": str(tmp_path)})
    assert audio_output_present({"PULSE_SERVER": "tcp:localhost"})
    if not Path("/dev/snd").is_dir():
        assert not audio_output_present({"XDG_RUNTIME_DIR": str(tmp_path / "none")})
