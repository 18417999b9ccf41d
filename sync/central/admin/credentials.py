"""Where the admin token comes from: ``--token``, else ``KIOSK_ADMIN_TOKEN``, else a token file.

A token is a password: one in a file must be readable by its owner only (mode 0600), as ssh insists
for private keys, so a token left in a shared folder is refused rather than used.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path

from sync.central.admin.errors import CredentialProblem, UsageProblem

TOKEN_VARIABLE = "KIOSK_ADMIN_TOKEN"
TOKEN_FILE_VARIABLE = "KIOSK_ADMIN_TOKEN_FILE"
URL_VARIABLE = "KIOSK_ADMIN_URL"


def default_token_file(environ: Mapping[str, str]) -> Path:
    config = environ.get("XDG_CONFIG_HOME") or str(Path(environ.get("HOME", "~")).expanduser() / ".config")
    return Path(config) / "kiosk-admin" / "token"


def read_secret_file(path: Path, what: str) -> str:
    """The text of a file only its owner may read, stripped; CredentialProblem otherwise."""
    try:
        mode = path.stat().st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise CredentialProblem(f"{what} {path} can be read by others (mode {stat.S_IMODE(mode):04o}); "
                                    f"make it private with: chmod 600 {path}")
        text = path.read_text(encoding="utf-8").strip()
    except CredentialProblem:
        raise
    except OSError as error:
        raise CredentialProblem(f"cannot read {what} {path}: {error.strerror or error}") from error
    except UnicodeDecodeError as error:
        raise CredentialProblem(f"{what} {path} is not text") from error
    if not text:
        raise CredentialProblem(f"{what} {path} is empty")
    return text


def resolve_token(given: str | None, token_file: Path | None, environ: Mapping[str, str]) -> str:
    """The token to call with, from the first place that has one."""
    if given:
        return given
    if environ.get(TOKEN_VARIABLE):
        return environ[TOKEN_VARIABLE].strip()
    named = token_file or (Path(environ[TOKEN_FILE_VARIABLE]) if environ.get(TOKEN_FILE_VARIABLE) else None)
    if named is not None:
        return read_secret_file(named, "the token file")
    fallback = default_token_file(environ)
    if fallback.exists():
        return read_secret_file(fallback, "the token file")
    raise UsageProblem(f"no admin token: give --token, set {TOKEN_VARIABLE}, or put it in a 0600 file "
                       f"named by --token-file (default {fallback})")


def resolve_url(given: str | None, environ: Mapping[str, str]) -> str:
    url = given or environ.get(URL_VARIABLE, "")
    if not url:
        raise UsageProblem(f"no central service URL: give --url or set {URL_VARIABLE}")
    if not url.startswith(("http://", "https://")):
        raise UsageProblem(f"--url must start with http:// or https://, not {url!r}")
    return url


def write_token_file(path: Path, token: str) -> None:
    """Write ``token`` to a new file that only its owner can read (no moment when others could)."""
    os.makedirs(path.parent, mode=0o700, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(token + "\n")
