"""The real ``kiosk`` command, misused the ways people misuse it: a message and a status, never a traceback.

Each row is one ordinary problem: a wrong path, a file in the wrong encoding or
too large or too deep, an argument no file name can hold, a file that would empty
the registry, a reader that goes away mid-output. Every one must end with a
sentence naming the problem, and no Python traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kiosk import cli, config
from kiosk.bootstrap import open_local_cache

KIOSK = Path(sys.executable).with_name("kiosk")
HEADER = "id,name,licence_number,status,status_since,issued,expires,countries,reason\n"


@dataclass(frozen=True)
class Misuse:
    name: str
    args: tuple[str | bytes, ...]  # "{work}" and "{data}" are filled in
    status: int  # the exit status expected
    says: str  # a piece of the one sentence expected on stderr (or stdout, for import problems)
    env: dict[str, str] = field(default_factory=dict)
    stdin: str = ""


MISUSES = (
    Misuse("config is a folder", ("config", "--config", "{work}"), cli.EXIT_USAGE, "is a folder"),
    Misuse("config in cp1251", ("config", "--config", "{work}/cp1251.toml"), cli.EXIT_USAGE,
           "line 1 is not UTF-8 text"),
    Misuse("config too large", ("config", "--config", "{work}/huge.toml"), cli.EXIT_USAGE, "larger than 1 MiB"),
    Misuse("config nested too deeply", ("config", "--config", "{work}/deep.toml"), cli.EXIT_USAGE,
           "nested too deeply"),
    Misuse("config with a 5,000-digit number", ("config", "--config", "{work}/digits.toml"), cli.EXIT_USAGE,
           "not valid TOML"),
    Misuse("config file missing", ("config", "--config", "{work}/none.toml"), cli.EXIT_USAGE, "no such file"),
    Misuse("data_dir of an unknown user", ("config", "--config", "{work}/nosuchuser.toml"), cli.EXIT_USAGE,
           "there is no user 'nosuchuser'"),
    Misuse("data_dir holding NUL", ("config", "--config", "{work}/nul.toml"), cli.EXIT_USAGE,
           "contains a NUL character"),
    Misuse("--data-dir of an unknown user", ("config", "--data-dir", "~nosuchuser/x"), cli.EXIT_USAGE,
           "there is no user 'nosuchuser'"),
    Misuse("--data-dir is a file", ("content", "search", "pasport", "--data-dir", "{work}/cp1251.toml"),
           cli.EXIT_FAILED, "cannot be made a folder"),
    Misuse("--data-dir under a file", ("doctor", "--data-dir", "{work}/cp1251.toml/data"), cli.EXIT_FAILED,
           "cannot be made a folder"),
    Misuse("KIOSK_LOG_LEVEL that is no level", ("config", "--data-dir", "{data}"), cli.EXIT_OK,
           "is not a log level", env={"KIOSK_LOG_LEVEL": "LOUD"}),
    Misuse("content build to a folder", ("content", "build", "{work}"), cli.EXIT_USAGE, "is a folder"),
    Misuse("content folder missing on first start", ("content", "search", "x", "--data-dir", "{work}/fresh"),
           cli.EXIT_FAILED, "the content folder does not exist", env={"KIOSK_CONTENT_DIR": "{work}/no-content"}),
    Misuse("content check of a missing folder", ("content", "check", "{work}/no-content"), cli.EXIT_FAILED,
           "topics.toml"),
    Misuse("a CSV cell over 131,072 characters", ("agencies", "import", "{work}/long-cell.csv",
                                                  "--data-dir", "{data}"),
           cli.EXIT_FAILED, "has a cell longer than 131,072 characters"),
    Misuse("JSON nested 100,000 deep", ("agencies", "import", "{work}/deep.json", "--data-dir", "{data}"),
           cli.EXIT_FAILED, "nested too deeply"),
    Misuse("JSON with a 5,000-digit number", ("agencies", "import", "{work}/digits.json", "--data-dir", "{data}"),
           cli.EXIT_FAILED, "a number too long to read"),
    Misuse("a header-only CSV", ("agencies", "import", "{work}/header-only.csv", "--data-dir", "{data}"),
           cli.EXIT_FAILED, "would remove 320 of the 320 agencies stored (all)"),
    Misuse("an import file that is missing", ("agencies", "import", "{work}/none.csv", "--data-dir", "{data}"),
           cli.EXIT_FAILED, "cannot be read"),
    Misuse("an import file that is a folder", ("agencies", "import", "{work}", "--data-dir", "{data}"),
           cli.EXIT_FAILED, "cannot be read"),
    Misuse("a mapping file that is a folder", ("agencies", "import", "{work}/header-only.csv", "--mapping",
                                               "{work}", "--data-dir", "{data}"),
           cli.EXIT_FAILED, "mapping file"),
    Misuse("a removal share over 100%", ("agencies", "import", "{work}/header-only.csv", "--max-removals", "500"),
           cli.EXIT_USAGE, "a percentage is from 0 to 100"),
    Misuse("a lookup with an undecodable byte", ("agencies", "lookup", b"12\xff", "--data-dir", "{data}"),
           cli.EXIT_OK, "12\\udcff"),
    # One argument may be at most 128 KiB (Linux's MAX_ARG_STRLEN): this is near that.
    Misuse("a lookup of 60,000 characters", ("agencies", "lookup", "Ж" * 60_000, "--data-dir", "{data}"),
           cli.EXIT_OK, "matched by name"),
    # Its words are searched as typed ("pa", "sport"): Pasportingizni... comes first, and no traceback.
    Misuse("a search with an undecodable byte", ("content", "search", b"pa\xffsport", "--data-dir", "{data}"),
           cli.EXIT_OK, "keep-your-passport"),
    Misuse("a receipt token that is not one", ("receipt", "verify", "KQ1.\udcff", "--data-dir", "{data}"),
           cli.EXIT_FAILED, "malformed"),
    Misuse("a sample receipt into a missing folder", ("receipt", "sample", "{work}/no/such/folder/out.pdf",
                                                      "--data-dir", "{data}"),
           cli.EXIT_FAILED, "No such file or directory"),
    Misuse("a staff PIN of letters", ("staff-pin", "--stdin"), cli.EXIT_USAGE, "digits", stdin="abcd\n"),
    Misuse("a day summary into a missing folder", ("staff-audit", "summary", "--day", "2027-01-11", "--location",
                                                   "sample-visa-centre", "--csv", "{work}/no/such/folder/day.csv",
                                                   "--data-dir", "{data}"),
           cli.EXIT_FAILED, "No such file or directory"),
    Misuse("a day summary of a day that is no date", ("staff-audit", "summary", "--day", "2027-02-30",
                                                      "--location", "x", "--data-dir", "{data}"),
           cli.EXIT_USAGE, "is not a date"),
)


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The files the misuses point at, and a seeded data folder."""
    folder = tmp_path_factory.mktemp("misuse")
    (folder / "cp1251.toml").write_bytes("# настройки\n[kiosk]\ndata_dir = \"Папка\"\n".encode("cp1251"))
    (folder / "huge.toml").write_text("# x\n" * 300_000, encoding="utf-8")
    (folder / "deep.toml").write_text("a = " + "[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (folder / "digits.toml").write_text("[idle]\ntimeout_seconds = " + "7" * 5000 + "\n", encoding="utf-8")
    (folder / "nosuchuser.toml").write_text('[kiosk]\ndata_dir = "~nosuchuser/x"\n', encoding="utf-8")
    (folder / "nul.toml").write_text('[kiosk]\ndata_dir = "/tmp/a\\u0000b"\n', encoding="utf-8")
    (folder / "long-cell.csv").write_text(HEADER + 'a1,"' + "x" * 131_073 + '",UZ-1,active,,2025-01-01,,,\n',
                                          encoding="utf-8")
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (folder / "digits.json").write_text('[{"name": "X", "licence_number": ' + "7" * 5000 + ', "status": "active"}]',
                                        encoding="utf-8")
    (folder / "header-only.csv").write_text(HEADER, encoding="utf-8")
    open_local_cache(config.load(data_dir=folder / "data", environ={})).close()
    return folder


def command(args: tuple[str | bytes, ...], work: Path) -> list[bytes]:
    filled = [arg.replace("{work}", str(work)).replace("{data}", str(work / "data")) if isinstance(arg, str)
              else arg for arg in args]
    return [os.fsencode(KIOSK), *(os.fsencode(arg) if isinstance(arg, str) else arg for arg in filled)]


def environment(work: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    return {**base, **{k: v.replace("{work}", str(work)) for k, v in (extra or {}).items()}}


@pytest.mark.parametrize("misuse", MISUSES, ids=lambda m: m.name)
def test_each_misuse_ends_with_a_message_and_no_traceback(work: Path, misuse: Misuse) -> None:
    result = subprocess.run(command(misuse.args, work), env=environment(work, misuse.env), capture_output=True,
                            input=misuse.stdin.encode(), timeout=300, check=False)
    said = (result.stderr + result.stdout).decode("utf-8", "replace")
    assert "Traceback" not in said, said
    assert result.returncode == misuse.status, said
    assert misuse.says in said, said
    if misuse.status != cli.EXIT_OK:
        assert result.stderr.strip() or result.stdout.strip()


READERS_THAT_LEAVE = (
    ("content", "search", "pasport", "--data-dir", "{data}"),
    ("agencies", "lookup", "a", "--json", "--data-dir", "{data}"),
    ("config", "--defaults"),
)


@pytest.mark.parametrize("args", READERS_THAT_LEAVE, ids=" ".join)
def test_a_closed_pipe_exits_quietly(work: Path, args: tuple[str, ...]) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will read: every write meets a closed pipe, as after `| head` has left
    try:
        result = subprocess.run(command(args, work), env=environment(work), stdout=write_end,
                                stderr=subprocess.PIPE, timeout=300, check=False)
    finally:
        os.close(write_end)
    assert result.stderr.decode("utf-8", "replace") == ""
    assert result.returncode == cli.EXIT_PIPE_CLOSED


def test_head_reading_part_of_the_output_leaves_no_traceback(work: Path) -> None:
    filled = " ".join(arg.replace("{data}", str(work / "data")) for arg in READERS_THAT_LEAVE[1])
    for _ in range(10):
        result = subprocess.run(["bash", "-c", f"'{KIOSK}' {filled} | head -c 10"], capture_output=True,
                                text=True, timeout=300, check=False)
        assert result.stderr == ""
        assert len(result.stdout) == 10
