"""The small IPP reader kiosk.printing reads state with, against the real private cupsd where it can be."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pytest

from kiosk.printing import ipp
from kiosk.printing.errors import IppError, IppStatusError
from tests.kiosk.printing.cups_server import CupsServer

# cups_server (session) and pdf_queue.
pytest_plugins = ["tests.kiosk.printing.cups_fixtures"]


@pytest.mark.parametrize(
    ("text", "host", "port", "socket_path"),
    [
        ("127.0.0.1:8631", "127.0.0.1", 8631, ""),
        ("localhost", "localhost", 631, ""),
        ("[::1]:8631", "::1", 8631, ""),
        ("::1", "::1", 631, ""),
        ("/run/cups/cups.sock", "", 0, "/run/cups/cups.sock"),
        ("printhost:631/version=1.1", "printhost", 631, ""),  # CUPS_SERVER may pin a protocol version
    ],
)
def test_a_server_address_is_read_as_the_cups_tools_read_it(text: str, host: str, port: int, socket_path: str) -> None:
    assert ipp.Server.parse(text) == ipp.Server(host, port, socket_path)


def test_an_address_is_shown_as_it_can_be_given_back() -> None:
    assert [str(ipp.Server.parse(text)) for text in ("localhost", "[::1]:8631", "/tmp/c.sock")] == [
        "localhost:631", "[::1]:8631", "/tmp/c.sock"]


@pytest.mark.parametrize("text", ["", "  ", "host:port", "127.0.0.1:"])
def test_what_is_not_an_address_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError, match="CUPS server address"):
        ipp.Server.parse(text)


def test_every_attribute_of_a_real_printer_decodes_collections_and_all(cups_server: CupsServer, pdf_queue: str) -> None:
    # Without requested-attributes CUPS sends everything, collections (media-col-default) included;
    # what follows a collection must still come out right.
    server = ipp.Server.parse(cups_server.address)
    everything = ipp.request(server, ipp.GET_PRINTER_ATTRIBUTES,
                             [(0x45, "printer-uri", [ipp.printer_uri(server, pdf_queue)])], timeout=10)

    assert everything["printer-name"] == [pdf_queue]
    assert everything["printer-state"] == [3]  # idle
    assert everything["printer-is-accepting-jobs"] == [True]
    assert "application/pdf" in everything["document-format-supported"]
    assert everything["media-col-default"] == [None]  # a collection: present, not decoded
    assert everything["printer-uri-supported"][0] == f"ipp://{cups_server.address}/printers/{pdf_queue}"


def test_a_queue_the_scheduler_does_not_have_is_status_not_found(cups_server: CupsServer) -> None:
    with pytest.raises(IppStatusError) as refused:
        ipp.get_printer_attributes(ipp.Server.parse(cups_server.address), "no-such-queue", ["printer-state"],
                                   timeout=10)
    assert refused.value.status == ipp.STATUS_NOT_FOUND
    assert refused.value.status_message == "The printer or class does not exist."


def test_a_response_cut_short_is_an_error_not_a_crash() -> None:
    whole = bytes([2, 0, 0, 0, 0, 0, 0, 1, 0x04, 0x21, 0, 13]) + b"printer-state" + bytes([0, 4, 0, 0, 0, 3, 3])
    assert ipp.decode_response(whole) == (0, {}, {"printer-state": [3]})
    with pytest.raises(IppError, match="cut short"):
        ipp.decode_response(whole[:20])
    with pytest.raises(IppError, match="too short"):
        ipp.decode_response(whole[:6])


class _NotCups(http.server.BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = b"<html>a web server, not a print server</html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture
def web_server() -> Iterator[str]:
    """A real HTTP server on loopback that is not CUPS."""
    server = http.server.HTTPServer(("127.0.0.1", 0), _NotCups)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_a_web_server_that_is_not_cups_is_told_apart(web_server: str) -> None:
    with pytest.raises(IppError, match="did not answer in IPP"):
        ipp.get_printer_attributes(ipp.Server.parse(web_server), "kiosk-receipts", ["printer-state"], timeout=10)
