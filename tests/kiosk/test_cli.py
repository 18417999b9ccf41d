import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import cli, staff

ROOT = Path(__file__).resolve().parents[2]


def kiosk(*args: str, env: dict[str, str] | None = None, stdin: str = "") -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    return subprocess.run([sys.executable, "-m", "kiosk", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**base, **(env or {})}, input=stdin, timeout=120)


def subcommands() -> list[str]:
    parser = cli.build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return sorted(action.choices)  # type: ignore[arg-type]


def leaf_commands() -> list[tuple[str, ...]]:
    """Every runnable command, with the words that reach it (`content check`)."""
    parser = cli.build_parser()
    found: list[tuple[str, ...]] = []

    def walk(sub: object, words: tuple[str, ...]) -> None:
        nested = [a for a in sub._actions if a.__class__.__name__ == "_SubParsersAction"]  # type: ignore[attr-defined]
        if not nested:
            found.append(words)
        for action in nested:
            for name, child in action.choices.items():
                walk(child, (*words, name))

    walk(parser, ())
    return sorted(found)


def test_the_command_set_is_the_documented_one() -> None:
    assert subcommands() == sorted(cli.COMMANDS)
    assert {"run", "screenshot", "doctor"} <= set(subcommands())
    assert ("content", "check") in leaf_commands()


@pytest.mark.parametrize("command", leaf_commands(), ids=" ".join)
def test_every_command_has_help_and_takes_config_and_data_dir(command: tuple[str, ...]) -> None:
    result = kiosk(*command, "--help")
    assert result.returncode == 0
    assert "--config FILE" in result.stdout
    assert "--data-dir DIR" in result.stdout


def test_run_without_a_display_says_so_in_one_sentence(tmp_path: Path) -> None:
    env = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    result = kiosk("run", "--data-dir", str(tmp_path), env=env)
    assert result.returncode == cli.EXIT_NO_DISPLAY
    assert result.stderr.strip() == cli.NO_DISPLAY_MESSAGE
    assert "xvfb-run" in result.stderr and "kiosk screenshot" in result.stderr
    assert "Traceback" not in result.stderr


def test_staff_without_a_display_says_so_in_one_sentence(tmp_path: Path) -> None:
    env = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    result = kiosk("staff", "--data-dir", str(tmp_path), env=env)
    assert result.returncode == cli.EXIT_NO_DISPLAY
    assert result.stderr.strip() == cli.NO_DISPLAY_MESSAGE


def test_staff_opens_a_laptop_sized_window_unless_told() -> None:
    assert cli.build_parser().parse_args(["staff"]).size == (1366, 768)
    assert cli.build_parser().parse_args(["staff", "--size", "1280x800"]).size == (1280, 800)


def test_a_wrong_config_value_stops_with_the_key_named(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text("[idle]\ncountdown_seconds = 0\n")
    result = kiosk("config", "--config", str(config))
    assert result.returncode == cli.EXIT_USAGE
    assert "idle.countdown_seconds" in result.stderr
    assert "from 5 to 300" in result.stderr
    assert "Traceback" not in result.stderr


def test_config_prints_effective_values_with_environment_overrides(tmp_path: Path) -> None:
    result = kiosk("config", "--data-dir", str(tmp_path), env={"KIOSK_IDLE_TIMEOUT_SECONDS": "75"})
    assert result.returncode == 0
    assert "timeout_seconds = 75" in result.stdout
    assert f'data_dir = "{tmp_path}"' in result.stdout


def test_staff_pin_prints_a_config_line_that_verifies() -> None:
    result = kiosk("staff-pin", "--stdin", stdin="482915\n")
    assert result.returncode == 0
    line = next(line for line in result.stdout.splitlines() if line.startswith("pin_hash"))
    pin_hash = line.split('"')[1]
    assert staff.verify_pin("482915", pin_hash)
    assert "482915" not in result.stdout


def test_staff_pin_refuses_a_pin_that_is_too_short() -> None:
    result = kiosk("staff-pin", "--stdin", stdin="12\n")
    assert result.returncode == cli.EXIT_USAGE
    assert "4 to 12 digits" in result.stderr


def test_screenshot_lists_its_screens() -> None:
    result = kiosk("screenshot", "--list")
    assert result.returncode == 0
    names = [line.split()[0] for line in result.stdout.splitlines()]
    assert {"welcome", "home", "help", "staff-pin", "idle-warning", "staff-desk", "staff-summary"} <= set(names)


def test_screenshot_rejects_an_unknown_screen(tmp_path: Path) -> None:
    result = kiosk("screenshot", "nowhere", str(tmp_path / "x.png"))
    assert result.returncode == cli.EXIT_USAGE
    assert "unknown screen 'nowhere'" in result.stderr
