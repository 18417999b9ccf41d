"""Just enough of the Internet Printing Protocol (RFC 8010/8011) to read a CUPS queue's and a job's state.

:mod:`kiosk.printing` submits and cancels jobs with the CUPS command-line tools, which deal with
authentication and the client configuration. It reads state over IPP instead of parsing ``lpstat``
because ``lpstat`` cannot say how a job ended: CUPS 2.4 reports a completed and an aborted job with the
same ``job-state-reasons`` (``processing-to-stop-point``) and ``lpstat`` never prints ``job-state``. It
also prints sentences, where IPP gives keywords (``media-empty-error``) that do not change with releases.

Only what reading needs is here: a request with operation attributes, and a response decoded into
``{name: [values]}``. Collections are skipped whole (nothing the kiosk reads is one). What it raises
(:class:`~kiosk.printing.errors.IppError` and its subclasses) is in :mod:`kiosk.printing.errors`.
"""

from __future__ import annotations

import http.client
import itertools
import socket
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote

from kiosk.printing.errors import IppError, IppStatusError, Unreachable

IPP_VERSION = (2, 0)
DEFAULT_PORT = 631

GET_PRINTER_ATTRIBUTES = 0x000B
GET_JOB_ATTRIBUTES = 0x0009

STATUS_NOT_FOUND = 0x0406

# Delimiter tags (RFC 8010 §3.5.1).
_OPERATION_ATTRIBUTES = 0x01
_END_OF_ATTRIBUTES = 0x03
# Value tags used in requests and decoded in responses (RFC 8010 §3.5.2).
_INTEGER = 0x21
_BOOLEAN = 0x22
_ENUM = 0x23
_BEGIN_COLLECTION = 0x34
_TEXT_WITH_LANGUAGE = 0x35
_NAME_WITH_LANGUAGE = 0x36
_END_COLLECTION = 0x37
_NAME = 0x42
_KEYWORD = 0x44
_URI = 0x45
_CHARSET = 0x47
_NATURAL_LANGUAGE = 0x48
_STRING_TAGS = range(0x40, 0x60)  # text, name, keyword, uri, charset, language, mime type, ...

Value = int | bool | str | bytes | None
Attributes = dict[str, list[Value]]

_request_ids = itertools.count(1)


@dataclass(frozen=True)
class Server:
    """Where a CUPS scheduler listens: a host and port, or a Unix domain socket."""

    host: str  # "127.0.0.1", "::1", "localhost"; empty for a socket
    port: int
    socket_path: str  # empty for TCP

    @classmethod
    def parse(cls, text: str) -> Server:
        """Read an address the way the CUPS tools take it: ``host``, ``host:port``, ``[v6]:port`` or ``/socket``."""
        text = text.strip().split("/version=")[0]  # CUPS_SERVER may pin a protocol version; irrelevant here
        if not text:
            raise ValueError("empty CUPS server address")
        if text.startswith("/"):
            return cls("", 0, text)
        if text.startswith("["):
            host, _, rest = text[1:].partition("]")
            port = rest.removeprefix(":")
        elif text.count(":") == 1:
            host, _, port = text.partition(":")
            if not port:
                raise ValueError(f"no port after ':' in CUPS server address {text!r}")
        else:  # a bare host name, or an IPv6 address without brackets and so without a port
            host, port = text, ""
        if port and not port.isdigit():
            raise ValueError(f"bad port in CUPS server address {text!r}")
        return cls(host, int(port) if port else DEFAULT_PORT, "")

    def __str__(self) -> str:
        if self.socket_path:
            return self.socket_path
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def uri_host(self) -> str:
        # CUPS matches printer and job URIs by their path; the host part only has to be well formed.
        return "localhost" if self.socket_path else f"[{self.host}]" if ":" in self.host else self.host


class _UnixHTTPConnection(http.client.HTTPConnection):
    def __init__(self, path: str, timeout: float) -> None:
        super().__init__("localhost", timeout=timeout)
        self._path = path

    def connect(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        try:
            sock.connect(self._path)
        except OSError:
            sock.close()
            raise
        self.sock = sock


def _attribute(tag: int, name: str, values: Sequence[str | int]) -> bytes:
    out = bytearray()
    for index, value in enumerate(values):
        encoded = struct.pack(">i", value) if isinstance(value, int) else value.encode("utf-8")
        key = name.encode("ascii") if index == 0 else b""  # further values of a 1setOf have no name
        out += struct.pack(">BH", tag, len(key)) + key + struct.pack(">H", len(encoded)) + encoded
    return bytes(out)


def encode_request(operation: int, attributes: Sequence[tuple[int, str, Sequence[str | int]]]) -> bytes:
    """An IPP request with ``attributes-charset`` and ``-natural-language`` first, as RFC 8011 requires."""
    body = bytearray(struct.pack(">BBHI", *IPP_VERSION, operation, next(_request_ids)))
    body.append(_OPERATION_ATTRIBUTES)
    body += _attribute(_CHARSET, "attributes-charset", ["utf-8"])
    body += _attribute(_NATURAL_LANGUAGE, "attributes-natural-language", ["en"])
    for tag, name, values in attributes:
        body += _attribute(tag, name, values)
    body.append(_END_OF_ATTRIBUTES)
    return bytes(body)


def _value(tag: int, raw: bytes) -> Value:
    if tag in (_INTEGER, _ENUM) and len(raw) == 4:
        return int(struct.unpack(">i", raw)[0])
    if tag == _BOOLEAN and len(raw) == 1:
        return raw != b"\x00"
    if tag in (_TEXT_WITH_LANGUAGE, _NAME_WITH_LANGUAGE) and len(raw) >= 4:
        language_length = struct.unpack(">H", raw[:2])[0]
        text = raw[4 + language_length:]
        return text.decode("utf-8", errors="replace")
    if tag in _STRING_TAGS:
        return raw.decode("utf-8", errors="replace")
    if tag < 0x20:  # out-of-band: unsupported, unknown, no-value
        return None
    return raw


def decode_response(data: bytes) -> tuple[int, Attributes, Attributes]:
    """``(status, operation attributes, other attributes)`` from an IPP response.

    The other groups (printer, job) are merged: the kiosk asks about one object at a time.
    """
    if len(data) < 9:
        raise IppError(f"IPP response too short ({len(data)} bytes)")
    status = struct.unpack(">H", data[2:4])[0]
    operation: Attributes = {}
    others: Attributes = {}
    group = operation
    last_name = ""
    depth = 0  # inside a collection, whose members are skipped
    position = 8
    try:
        while position < len(data):
            tag = data[position]
            position += 1
            if tag == _END_OF_ATTRIBUTES:
                break
            if tag < 0x10:  # a delimiter: the next attribute group starts
                group = operation if tag == _OPERATION_ATTRIBUTES else others
                continue
            (name_length,) = struct.unpack(">H", data[position:position + 2])
            name = data[position + 2:position + 2 + name_length].decode("ascii", errors="replace")
            position += 2 + name_length
            (value_length,) = struct.unpack(">H", data[position:position + 2])
            raw = data[position + 2:position + 2 + value_length]
            position += 2 + value_length
            if tag == _BEGIN_COLLECTION:
                if depth == 0:
                    group.setdefault(name or last_name, []).append(None)
                    last_name = name or last_name
                depth += 1
                continue
            if tag == _END_COLLECTION:
                depth -= 1
                continue
            if depth:
                continue
            if name:
                last_name = name
                group[name] = [_value(tag, raw)]
            elif last_name:
                group.setdefault(last_name, []).append(_value(tag, raw))
    except struct.error as error:
        raise IppError(f"IPP response cut short: {error}") from None
    return status, operation, others


def request(server: Server, operation: int, attributes: Sequence[tuple[int, str, Sequence[str | int]]],
            *, timeout: float) -> Attributes:
    """Send one IPP request and return the response's printer or job attributes.

    Raises :class:`Unreachable` when nothing answers (refused, no socket, timed out), :class:`IppStatusError`
    when the scheduler refuses, and :class:`IppError` when what answered does not speak IPP.
    """
    body = encode_request(operation, attributes)
    connection: http.client.HTTPConnection
    if server.socket_path:
        connection = _UnixHTTPConnection(server.socket_path, timeout)
    else:
        connection = http.client.HTTPConnection(server.host, server.port, timeout=timeout)
    try:
        connection.request("POST", "/", body=body, headers={"Content-Type": "application/ipp"})
        response = connection.getresponse()
        data = response.read()
    except TimeoutError:
        raise Unreachable(f"no answer from {server} within {timeout:g} s") from None
    except (ConnectionError, FileNotFoundError) as error:
        raise Unreachable(f"nothing is listening at {server} ({error.strerror or error})") from None
    except (http.client.HTTPException, OSError) as error:
        raise Unreachable(f"could not talk to {server}: {error}") from None
    finally:
        connection.close()
    if response.status != 200:
        raise IppError(f"{server} answered HTTP {response.status} {response.reason}")
    if response.getheader("Content-Type", "").split(";")[0].strip() != "application/ipp":
        raise IppError(f"{server} did not answer in IPP (Content-Type {response.getheader('Content-Type')!r})")
    status, operation_attributes, others = decode_response(data)
    if status >= 0x0100:
        message = operation_attributes.get("status-message", [""])[0]
        raise IppStatusError(status, message if isinstance(message, str) else "")
    return others


def printer_uri(server: Server, queue: str) -> str:
    return f"ipp://{server.uri_host}/printers/{quote(queue, safe='')}"


def get_printer_attributes(server: Server, queue: str, names: Sequence[str], *, timeout: float) -> Attributes:
    return request(server, GET_PRINTER_ATTRIBUTES, [
        (_URI, "printer-uri", [printer_uri(server, queue)]),
        (_KEYWORD, "requested-attributes", list(names)),
    ], timeout=timeout)


def get_job_attributes(server: Server, job_id: int, user: str, names: Sequence[str], *,
                       timeout: float) -> Attributes:
    return request(server, GET_JOB_ATTRIBUTES, [
        (_URI, "job-uri", [f"ipp://{server.uri_host}/jobs/{job_id}"]),
        (_NAME, "requesting-user-name", [user]),
        (_KEYWORD, "requested-attributes", list(names)),
    ], timeout=timeout)
