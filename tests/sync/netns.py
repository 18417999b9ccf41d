"""Kiosk links the tests can cut for real: a network namespace per kiosk, or a proxy where that cannot be made.

As root (CI and the development machines), each kiosk runs in a network
namespace of its own, joined to the test's host side by a veth pair on a bridge
the test makes (``10.77.0.1`` is the centre's address on it). Cutting a kiosk's
link takes its host-side veth down: its packets go nowhere, as when a visa
office's mobile link drops. Without root, each kiosk gets a
:class:`~tests.sync.faultproxy.FaultProxy` on loopback that resets every
connection while cut.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from tests.sync.faultproxy import Fault, FaultProxy, always

BRIDGE = "kchaosbr0"
CENTRE_ADDRESS = "10.77.0.1"


def _ip(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["ip", *args], check=check, capture_output=True, text=True)


class Links:
    """Where the centre listens, how each kiosk's process starts, and its link's switch."""

    host = "127.0.0.1"
    namespaced = False

    def __init__(self, count: int) -> None:
        self.count = count
        self._proxies: dict[int, FaultProxy] = {}

    def url(self, kiosk: int, port: int) -> str:
        if kiosk not in self._proxies:
            self._proxies[kiosk] = FaultProxy(port).start()
        return self._proxies[kiosk].url

    def command(self, kiosk: int, argv: list[str]) -> list[str]:
        return argv

    def cut(self, kiosk: int) -> None:
        self._proxies[kiosk].plan = always(Fault.reset())

    def restore(self, kiosk: int) -> None:
        self._proxies[kiosk].plan = always(Fault.none())

    def close(self) -> None:
        for proxy in self._proxies.values():
            proxy.stop()


class NamespaceLinks(Links):
    host = CENTRE_ADDRESS
    namespaced = True

    def url(self, kiosk: int, port: int) -> str:
        return f"http://{CENTRE_ADDRESS}:{port}"

    def command(self, kiosk: int, argv: list[str]) -> list[str]:
        return ["ip", "netns", "exec", _namespace(kiosk), *argv]

    def cut(self, kiosk: int) -> None:
        _ip("link", "set", _host_end(kiosk), "down")

    def restore(self, kiosk: int) -> None:
        _ip("link", "set", _host_end(kiosk), "up")

    def close(self) -> None:
        for kiosk in range(self.count):
            _ip("netns", "del", _namespace(kiosk), check=False)
            _ip("link", "del", _host_end(kiosk), check=False)
        _ip("link", "del", BRIDGE, check=False)


def namespaces_possible() -> bool:
    return os.geteuid() == 0 and shutil.which("ip") is not None and \
        _ip("netns", "list", check=False).returncode == 0


@contextmanager
def kiosk_links(count: int) -> Iterator[Links]:
    """``count`` kiosk links, in namespaces when this machine allows it."""
    links: Links = NamespaceLinks(count) if namespaces_possible() else Links(count)
    try:
        if links.namespaced:
            links.close()  # what an interrupted earlier run may have left
            try:
                _make(count)
            except subprocess.CalledProcessError as error:
                links.close()
                if "Operation not permitted" not in (error.stderr or ""):
                    raise
                links = Links(count)  # a container without CAP_NET_ADMIN: proxies it is
        yield links
    finally:
        with suppress(Exception):
            links.close()


def _make(count: int) -> None:
    _ip("link", "add", BRIDGE, "type", "bridge")
    _ip("addr", "add", f"{CENTRE_ADDRESS}/24", "dev", BRIDGE)
    _ip("link", "set", BRIDGE, "up")
    for kiosk in range(count):
        namespace, host_end, kiosk_end = _namespace(kiosk), _host_end(kiosk), f"kchaosk{kiosk}"
        _ip("netns", "add", namespace)
        _ip("link", "add", host_end, "type", "veth", "peer", "name", kiosk_end)
        _ip("link", "set", kiosk_end, "netns", namespace)
        _ip("link", "set", host_end, "master", BRIDGE)
        _ip("link", "set", host_end, "up")
        _ip("netns", "exec", namespace, "ip", "addr", "add", f"10.77.0.{10 + kiosk}/24", "dev", kiosk_end)
        _ip("netns", "exec", namespace, "ip", "link", "set", kiosk_end, "up")
        _ip("netns", "exec", namespace, "ip", "link", "set", "lo", "up")


def _namespace(kiosk: int) -> str:
    return f"kchaos{kiosk}"


def _host_end(kiosk: int) -> str:
    return f"kchaosh{kiosk}"


__all__ = ["CENTRE_ADDRESS", "Links", "NamespaceLinks", "kiosk_links", "namespaces_possible"]
