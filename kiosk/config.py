"""Kiosk configuration: one TOML file, environment overrides, checked defaults.

Precedence, lowest first: built-in defaults, the TOML file, then ``KIOSK_*``
environment variables, then command-line flags (``--data-dir``). Every key is
declared once in ``SETTINGS`` with its default, its type and what is allowed, so
the README table, the checks and the error messages cannot drift apart.

A wrong value stops start-up with :class:`ConfigError`, which names the key,
the value, where it came from and what is allowed.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from kiosk import languages, paths, staff


class ConfigError(Exception):
    """A configuration value is missing, malformed or out of range."""

    def __init__(self, key: str, message: str, source: str = "") -> None:
        self.key = key
        self.source = source
        where = f" (from {source})" if source else ""
        super().__init__(f"config error: {key}{where}: {message}")


Check = Callable[[Any], str | None]

#: ``Config.source`` when no file was read.
DEFAULTS_SOURCE = "built-in defaults"


def _int_between(low: int, high: int) -> Check:
    def check(value: Any) -> str | None:
        ok = isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
        return None if ok else f"must be a whole number from {low} to {high}"

    return check


def _fraction_below(high: float) -> Check:
    def check(value: Any) -> str | None:
        ok = isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= high
        return None if ok else f"must be a number from 0 to {high}"

    return check


def _is_bool(value: Any) -> str | None:
    return None if isinstance(value, bool) else "must be true or false"


def _is_str(value: Any) -> str | None:
    return None if isinstance(value, str) else "must be a string"


def _language_list(value: Any) -> str | None:
    allowed = ", ".join(languages.TAGS)
    if not isinstance(value, list) or not value:
        return f"must be a non-empty list of language tags from: {allowed}"
    unknown = [tag for tag in value if tag not in languages.TAGS]
    if unknown:
        return f"unknown language {unknown[0]!r}; allowed: {allowed}"
    if len(set(value)) != len(value):
        return "lists a language twice"
    return None


def _language(value: Any) -> str | None:
    if value in languages.TAGS:
        return None
    return f"must be one of: {', '.join(languages.TAGS)}"


def _pin_hash(value: Any) -> str | None:
    if value == "" or (isinstance(value, str) and staff.is_pin_hash(value)):
        return None
    return "must be empty or a hash made by `kiosk staff-pin`"


def _http_url(value: Any) -> str | None:
    if value == "":
        return None
    parsed = urlparse(value) if isinstance(value, str) else None
    if parsed and parsed.scheme in ("http", "https") and parsed.netloc:
        return None
    return "must be empty (no central service) or an http(s):// URL"


def _url_template(value: Any) -> str | None:
    if value == "":
        return None
    if _http_url(value) is None and isinstance(value, str) and "{id}" in value:
        return None
    return "must be empty or an http(s):// address containing {id} (and optionally {language})"


def _queue_name(value: Any) -> str | None:
    # CUPS queue names: printable, no spaces, slashes or '#'.
    if isinstance(value, str) and value and all(c.isprintable() and c not in " /#" for c in value):
        return None
    return "must be a CUPS queue name (no spaces, '/' or '#')"


def _print_server(value: Any) -> str | None:
    if isinstance(value, str) and all(c.isprintable() and c not in " #" for c in value):
        return None
    return "must be empty, host:port, or the path of the CUPS socket"


def _paper(value: Any) -> str | None:
    return None if value in ("roll", "a4") else "must be 'roll' or 'a4'"


def _path(value: Any) -> str | None:
    return None if isinstance(value, str) and value else "must be a path"


@dataclass(frozen=True)
class Setting:
    section: str
    key: str
    default: Any
    check: Check
    help: str

    @property
    def name(self) -> str:
        return f"{self.section}.{self.key}"

    @property
    def env_var(self) -> str:
        prefix = "KIOSK_" if self.section == "kiosk" else f"KIOSK_{self.section.upper()}_"
        return prefix + self.key.upper()

    @property
    def attribute(self) -> str:
        return f"{self.section}_{self.key}" if self.section != "kiosk" else self.key


SETTINGS: tuple[Setting, ...] = (
    Setting("kiosk", "data_dir", "", _is_str,
            "Directory for the database, device key and logs. Empty: $XDG_DATA_HOME/migrant-kiosk."),
    Setting("kiosk", "content_dir", "", _is_str,
            "Bundled content loaded on first start. Empty: the content/ folder shipped with the kiosk."),
    Setting("kiosk", "languages", list(languages.TAGS), _language_list,
            "Languages offered, in the order shown."),
    Setting("kiosk", "default_language", "uz-Latn", _language,
            "Language of the welcome screen and after every session wipe."),
    Setting("kiosk", "demo", True, _is_bool,
            "Demo mode: bundled fictional data is marked as such on screen, [[FILL: ...]] placeholders show as "
            "'to be filled in by the kiosk operator', and the demo staff PIN works. Off: `kiosk run` refuses "
            "to start while any placeholder is left."),
    Setting("idle", "timeout_seconds", 60, _int_between(10, 3600),
            "Seconds without a touch before the 'Do you need more time?' countdown."),
    Setting("idle", "countdown_seconds", 20, _int_between(5, 300),
            "Length of that visible countdown before everything typed is wiped."),
    Setting("staff", "pin_hash", "", _pin_hash,
            "Hash of the staff PIN (`kiosk staff-pin`). Required when kiosk.demo is false."),
    Setting("staff", "max_attempts", 5, _int_between(1, 20),
            "Wrong PINs in a row before the staff menu locks."),
    Setting("staff", "lockout_seconds", 300, _int_between(10, 86400),
            "How long the staff menu stays locked."),
    Setting("staff", "session_idle_seconds", 300, _int_between(30, 86400),
            "Seconds without a staff action before a signed-in staff member is signed out."),
    Setting("staff", "undo_seconds", 120, _int_between(0, 3600),
            "How long after marking a visit served or a no-show staff can undo it."),
    Setting("printer", "queue", "kiosk-receipts", _queue_name,
            "CUPS queue that prints receipts."),
    Setting("printer", "server", "", _print_server,
            "CUPS server as host:port or a socket path. Empty: this machine's default (the local scheduler)."),
    Setting("printer", "paper", "roll", _paper,
            "Receipt layout: 'roll' (80 mm receipt printer) or 'a4'."),
    Setting("sync", "central_url", "", _http_url,
            "Base URL of the central service. Empty: the one given to `kiosk enroll` (a kiosk never enrolled "
            "works offline on bundled data)."),
    Setting("sync", "files_url", "", _http_url,
            "Where release files are fetched from (any static host or CDN). Empty: the central service."),
    Setting("sync", "interval_s", 300, _int_between(30, 86400),
            "Seconds between checks for a new release (each followed by a heartbeat)."),
    Setting("sync", "jitter", 0.2, _fraction_below(0.9),
            "Each wait is the interval give or take this share of it, so a fleet does not call at once."),
    Setting("sync", "outbox_interval_s", 60, _int_between(5, 86400),
            "Seconds between sends of the outbox (bookings, reports), apart from the release checks."),
    Setting("content", "public_url", "", _url_template,
            "Public web address of an article, for the reader's QR code: {language} and {id} are filled in. "
            "Empty: no QR code."),
    Setting("agencies", "max_age_days", 30, _int_between(1, 3650),
            "A registry older than this many days is shown with a plain warning that it may be out of date."),
    Setting("booking", "window_days", 30, _int_between(1, 365),
            "How far ahead appointments can be booked: from now to the end of the day this many days from today."),
    Setting("speech", "enabled", True, _is_bool,
            "Offer read-aloud."),
    Setting("speech", "rate", 150, _int_between(80, 300),
            "Speaking rate in words per minute; slower helps listeners who read little."),
)


@dataclass(frozen=True)
class Config:
    data_dir: Path
    content_dir: Path
    languages: tuple[str, ...]
    default_language: str
    demo: bool
    idle_timeout_seconds: int
    idle_countdown_seconds: int
    staff_pin_hash: str
    staff_max_attempts: int
    staff_lockout_seconds: int
    staff_session_idle_seconds: int
    staff_undo_seconds: int
    printer_queue: str
    printer_server: str
    printer_paper: str
    sync_central_url: str
    sync_files_url: str
    sync_interval_s: int
    sync_jitter: float
    sync_outbox_interval_s: int
    content_public_url: str
    agencies_max_age_days: int
    booking_window_days: int
    speech_enabled: bool
    speech_rate: int
    source: str = DEFAULTS_SOURCE

    @property
    def data_paths(self) -> paths.DataPaths:
        return paths.DataPaths(self.data_dir)


def _from_env(setting: Setting, raw: str) -> Any:
    """Environment values are strings; read them as the type of the default."""
    default = setting.default
    if isinstance(default, bool):
        lowered = raw.strip().lower()
        if lowered in ("1", "true", "yes", "on"):
            return True
        if lowered in ("0", "false", "no", "off"):
            return False
        return raw
    if isinstance(default, int):
        try:
            return int(raw)
        except ValueError:
            return raw
    if isinstance(default, float):
        try:
            return float(raw)
        except ValueError:
            return raw
    if isinstance(default, list):
        return [item.strip() for item in raw.split(",") if item.strip()]
    return raw


# A configuration file is a few dozen lines; anything this large is the wrong file.
MAX_CONFIG_BYTES = 1 << 20


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_CONFIG_BYTES + 1)
    except FileNotFoundError:
        raise ConfigError("--config", f"no such file: {path}") from None
    except IsADirectoryError:
        raise ConfigError("--config", f"{path} is a folder; give the kiosk.toml file in it") from None
    except OSError as error:
        raise ConfigError("--config", f"cannot read {path}: {error.strerror or error}") from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise ConfigError("--config", f"{path} is larger than {MAX_CONFIG_BYTES >> 20} MiB: not a kiosk.toml")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise ConfigError("--config", f"line {line} is not UTF-8 text; save the file as UTF-8",
                          str(path)) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # tomllib's message already carries "(at line N, column M)".
        raise ConfigError("--config", f"not valid TOML: {error}", str(path)) from None
    except RecursionError:
        raise ConfigError("--config", "not valid TOML: nested too deeply", str(path)) from None
    except ValueError as error:  # a number with more digits than Python will read
        raise ConfigError("--config", f"not valid TOML: {error}", str(path)) from None


def _shown(value: Any) -> str:
    """A wrong value as an error message quotes it: short, whatever it is."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**30:
        return "a number of about " + str(value.bit_length() * 3 // 10) + " digits"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _folder(key: str, text: str, source: str) -> Path:
    """A configured folder as a path: ``~`` expanded; refused if it cannot name a folder."""
    if "\x00" in text:
        raise ConfigError(key, f"{text!r} contains a NUL character, which no path can hold", source)
    try:
        path = Path(text).expanduser()
    except RuntimeError:  # ~user for a user this machine does not have
        raise ConfigError(key, f"{text!r}: there is no user {text.split('/')[0][1:]!r} on this machine, "
                               "so ~ cannot be expanded", source) from None
    try:
        os.fsencode(path)
    except UnicodeEncodeError:
        raise ConfigError(key, f"{text!r} holds characters no file name can", source) from None
    return path


def load(
    config_file: Path | None = None,
    environ: Mapping[str, str] | None = None,
    data_dir: Path | None = None,
) -> Config:
    """Read the configuration; raise :class:`ConfigError` on the first wrong value.

    ``config_file`` None means the default search (``paths.default_config_file``).
    """
    environ = os.environ if environ is None else environ
    config_file = config_file or (Path(environ["KIOSK_CONFIG"]) if environ.get("KIOSK_CONFIG") else None)
    config_file = config_file or paths.default_config_file(environ)
    table: dict[str, Any] = _read_toml(config_file) if config_file else {}
    file_source = str(config_file) if config_file else ""

    known = {(s.section, s.key) for s in SETTINGS}
    for section, entries in table.items():
        if not isinstance(entries, dict):
            raise ConfigError(section, "must be a [section] of keys", file_source)
        for key in entries:
            if (section, key) not in known:
                names = ", ".join(s.name for s in SETTINGS)
                raise ConfigError(f"{section}.{key}", f"unknown key; known keys: {names}", file_source)

    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for setting in SETTINGS:
        value, source = setting.default, "default"
        if setting.key in table.get(setting.section, {}):
            value, source = table[setting.section][setting.key], file_source
        if setting.env_var in environ:
            value, source = _from_env(setting, environ[setting.env_var]), setting.env_var
        problem = setting.check(value)
        if problem:
            raise ConfigError(setting.name, f"{_shown(value)} {problem}", source)
        values[setting.attribute] = tuple(value) if isinstance(value, list) else value
        sources[setting.attribute] = source

    if values["default_language"] not in values["languages"]:
        raise ConfigError("kiosk.default_language", "must be one of kiosk.languages")
    if not values["demo"] and not values["staff_pin_hash"]:
        raise ConfigError(
            "staff.pin_hash",
            "is required when kiosk.demo is false (set it with `kiosk staff-pin`)",
        )
    if data_dir is not None:
        values["data_dir"] = _folder("--data-dir", str(data_dir), "the command line")
    elif values["data_dir"]:
        values["data_dir"] = _folder("kiosk.data_dir", values["data_dir"], sources["data_dir"])
    else:
        values["data_dir"] = paths.default_data_dir(environ)
    values["content_dir"] = (
        _folder("kiosk.content_dir", values["content_dir"], sources["content_dir"])
        if values["content_dir"] else paths.BUNDLED_CONTENT_DIR
    )
    expected = {f.name for f in fields(Config)} - {"source"}
    assert expected == set(values), expected ^ set(values)  # SETTINGS and Config must agree
    return Config(**values, source=file_source or DEFAULTS_SOURCE)


def defaults_as_toml() -> str:
    """A commented TOML file with every key at its default, for docs and `kiosk config`."""
    lines: list[str] = []
    section = ""
    for setting in SETTINGS:
        if setting.section != section:
            section = setting.section
            lines.append(f"\n[{section}]")
        lines.append(f"# {setting.help}  (env: {setting.env_var})")
        lines.append(f"{setting.key} = {_toml_value(setting.default)}")
    return "\n".join(lines).lstrip() + "\n"


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(f'"{item}"' for item in value) + "]"
    return f'"{value}"'


def as_toml(settings: Config) -> str:
    """The effective values of ``settings`` as TOML, one section per table."""
    lines: list[str] = []
    section = ""
    for setting in SETTINGS:
        if setting.section != section:
            section = setting.section
            lines.append(f"\n[{section}]")
        value = getattr(settings, setting.attribute)
        value = list(value) if isinstance(value, tuple) else value
        value = str(value) if isinstance(value, Path) else value
        if setting.key == "pin_hash" and value:
            value = "<set>"  # a hash is not a secret, but it has no business in a support log
        lines.append(f"{setting.key} = {_toml_value(value)}")
    return "\n".join(lines).lstrip() + "\n"
