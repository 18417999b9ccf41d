"""The README documents every command, and its set-up commands are the real ones."""

import re
from pathlib import Path

import pytest

from kiosk import cli, config

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def command_options() -> list[tuple[str, str]]:
    """(command words, flag) for every option of every runnable command."""
    pairs = []

    def walk(sub: object, words: str) -> None:
        for option in sub._actions:  # type: ignore[attr-defined]
            if option.__class__.__name__ == "_SubParsersAction":
                for name, child in option.choices.items():
                    walk(child, f"{words} {name}".strip())
            for flag in option.option_strings:
                if flag.startswith("--") and flag not in ("--help", "--version"):
                    pairs.append((words, flag))

    walk(cli.build_parser(), "")
    return pairs


@pytest.mark.parametrize("command", sorted(cli.COMMANDS))
def test_every_command_is_documented(command: str) -> None:
    assert f"kiosk {command}" in README, f"README does not document `kiosk {command}`"


COMMON_FLAGS = ("--config", "--data-dir")


def test_the_options_every_command_takes_are_documented_once() -> None:
    intro = README.split("## Commands", 1)[1].split("### ", 1)[0]
    for flag in COMMON_FLAGS:
        assert flag in intro


@pytest.mark.parametrize(("command", "flag"), [p for p in command_options() if p[1] not in COMMON_FLAGS])
def test_every_option_is_documented(command: str, flag: str) -> None:
    section = README.split(f"### `kiosk {command}", 1)
    assert len(section) == 2, f"README has no section for kiosk {command}"
    body = section[1].split("\n### ", 1)[0]
    assert flag in body, f"README's kiosk {command} section does not mention {flag}"


@pytest.mark.parametrize("setting", config.SETTINGS, ids=lambda s: s.name)
def test_every_configuration_key_is_documented(setting: config.Setting) -> None:
    assert f"`{setting.name}`" in README
    assert setting.env_var in README


def test_the_two_setup_commands_are_the_project_script() -> None:
    commands = re.findall(r"^\s*(bash packaging/setup\.sh (?:run|test))\s*$", README, flags=re.M)
    assert commands[:2] == ["bash packaging/setup.sh run", "bash packaging/setup.sh test"]
    ci = (ROOT / ".ci" / "run").read_text()
    assert "bash packaging/setup.sh test" in ci


def test_readme_screenshots_exist() -> None:
    images = re.findall(r"!\[[^\]]*\]\(([^)]+\.png)\)", README)
    assert images, "the README shows no screenshots"
    for image in images:
        assert (ROOT / image).is_file(), f"README shows {image}, which does not exist"


def admin_commands() -> list[str]:
    """``kiosk-admin``'s commands as typed: "publish", "keys init", "staff reset-pin", ..."""
    from sync.central.admin.cli import build_parser

    found: list[str] = []

    def walk(sub: object, words: str) -> None:
        actions = [a for a in sub._actions if a.__class__.__name__ == "_SubParsersAction"]  # type: ignore[attr-defined]
        if not actions and words:
            found.append(words)
        for action in actions:
            for name, child in action.choices.items():
                walk(child, f"{words} {name}".strip())

    walk(build_parser(), "")
    return found


@pytest.mark.parametrize("command", admin_commands())
def test_every_admin_command_is_documented_where_the_central_service_is(command: str) -> None:
    section = README.split("## Operating the central service", 1)[1].split("\n## ", 1)[0]
    assert f"`{command}" in section, f"README's central service section does not document `kiosk-admin {command}`"


def test_the_staff_options_of_the_central_service_are_documented() -> None:
    section = README.split("## Operating the central service", 1)[1].split("\n## ", 1)[0]
    assert "--people-days" in section
