from pathlib import Path

import pytest

from kiosk import config, staff


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_are_sane_without_any_file(tmp_path: Path) -> None:
    settings = config.load(None, environ={"XDG_CONFIG_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)})
    assert settings.languages == ("uz-Latn", "uz-Cyrl", "ru", "ky", "tg", "en")
    assert settings.default_language == "uz-Latn"
    assert settings.idle_timeout_seconds == 60
    assert settings.idle_countdown_seconds == 20
    assert settings.staff_max_attempts == 5
    assert settings.printer_queue == "kiosk-receipts"
    assert settings.sync_central_url == ""
    assert settings.data_dir == tmp_path / "migrant-kiosk"


def test_file_values_override_defaults(tmp_path: Path) -> None:
    path = write(tmp_path, '[kiosk]\nlanguages = ["ky", "ru"]\ndefault_language = "ky"\n[idle]\ntimeout_seconds = 90\n')
    settings = config.load(path, environ={})
    assert settings.languages == ("ky", "ru")
    assert settings.default_language == "ky"
    assert settings.idle_timeout_seconds == 90
    assert settings.source == str(path)


def test_environment_overrides_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "[idle]\ntimeout_seconds = 90\n")
    settings = config.load(path, environ={
        "KIOSK_IDLE_TIMEOUT_SECONDS": "45",
        "KIOSK_LANGUAGES": "tg, en",
        "KIOSK_DEFAULT_LANGUAGE": "tg",
        "KIOSK_DEMO": "yes",
    })
    assert settings.idle_timeout_seconds == 45
    assert settings.languages == ("tg", "en")


def test_data_dir_flag_beats_everything(tmp_path: Path) -> None:
    path = write(tmp_path, '[kiosk]\ndata_dir = "/somewhere/else"\n')
    settings = config.load(path, environ={"KIOSK_DATA_DIR": "/elsewhere"}, data_dir=tmp_path / "flag")
    assert settings.data_dir == tmp_path / "flag"


@pytest.mark.parametrize(
    ("toml", "key", "allowed"),
    [
        ("[idle]\ntimeout_seconds = 2\n", "idle.timeout_seconds", "from 10 to 3600"),
        ("[idle]\ntimeout_seconds = \"soon\"\n", "idle.timeout_seconds", "whole number"),
        ('[kiosk]\nlanguages = ["uz-Latn", "fr"]\n', "kiosk.languages", "unknown language 'fr'"),
        ('[kiosk]\ndefault_language = "uz"\n', "kiosk.default_language", "must be one of: uz-Latn"),
        ('[kiosk]\ndemo = "no"\n', "kiosk.demo", "true or false"),
        ('[staff]\npin_hash = "1234"\n', "staff.pin_hash", "kiosk staff-pin"),
        ('[sync]\ncentral_url = "ftp://x"\n', "sync.central_url", "http(s)://"),
        ('[printer]\nqueue = "my printer"\n', "printer.queue", "CUPS queue name"),
        ("[idle]\ntimout_seconds = 30\n", "idle.timout_seconds", "unknown key"),
    ],
)
def test_a_wrong_value_names_the_key_and_what_is_allowed(tmp_path: Path, toml: str, key: str,
                                                          allowed: str) -> None:
    path = write(tmp_path, toml)
    with pytest.raises(config.ConfigError) as caught:
        config.load(path, environ={})
    assert caught.value.key == key
    assert allowed in str(caught.value)
    assert str(path) in str(caught.value)


def test_a_wrong_environment_value_names_the_variable() -> None:
    with pytest.raises(config.ConfigError, match="KIOSK_IDLE_COUNTDOWN_SECONDS"):
        config.load(None, environ={"KIOSK_IDLE_COUNTDOWN_SECONDS": "lots", "XDG_CONFIG_HOME": "/nonexistent"})


def test_malformed_toml_is_reported_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "[idle]\ntimeout_seconds = 60\ncountdown_seconds = = 3\n")
    with pytest.raises(config.ConfigError, match=r"line 3"):
        config.load(path, environ={})


def test_a_missing_config_file_is_an_error_not_a_silent_default(tmp_path: Path) -> None:
    with pytest.raises(config.ConfigError, match="no such file"):
        config.load(tmp_path / "absent.toml", environ={})


def test_production_kiosk_requires_a_staff_pin(tmp_path: Path) -> None:
    with pytest.raises(config.ConfigError, match=r"staff\.pin_hash.*required"):
        config.load(write(tmp_path, "[kiosk]\ndemo = false\n"), environ={})
    pin_hash = staff.hash_pin("482915")
    settings = config.load(write(tmp_path, f'[kiosk]\ndemo = false\n[staff]\npin_hash = "{pin_hash}"\n'),
                           environ={})
    assert settings.staff_pin_hash == pin_hash


def test_default_language_must_be_offered(tmp_path: Path) -> None:
    path = write(tmp_path, '[kiosk]\nlanguages = ["ru", "en"]\n')
    with pytest.raises(config.ConfigError, match="default_language"):
        config.load(path, environ={})


def test_documented_defaults_load_back_unchanged(tmp_path: Path) -> None:
    path = write(tmp_path, config.defaults_as_toml())
    from_file = config.load(path, environ={}, data_dir=tmp_path)
    built_in = config.load(None, environ={"XDG_CONFIG_HOME": str(tmp_path / "none")}, data_dir=tmp_path)
    assert from_file.languages == built_in.languages
    assert from_file.idle_timeout_seconds == built_in.idle_timeout_seconds
    assert "KIOSK_IDLE_TIMEOUT_SECONDS" in config.defaults_as_toml()
