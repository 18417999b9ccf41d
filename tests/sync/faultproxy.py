"""A TCP proxy on 127.0.0.1 that breaks connections the way a kiosk's network does.

It sits between a client and a real server and, per accepted connection, either
passes bytes through or injects one fault:

- ``cut(n)``: the request goes through; the reply is cut after ``n`` bytes (a
  mobile link that died mid-download);
- ``drop_reply()``: the request reaches the server, which acts on it, but its
  reply never reaches the client (the worst case for anything not idempotent);
- ``delay(s)``: the reply is held back ``s`` seconds, then passed on;
- ``reset()``: the connection is reset before anything is forwarded.

What each connection gets comes from a *plan*: a function from the connection's
number (0, 1, 2, ...) to a :class:`Fault`. Faults act on whole connections, so a
client that keeps connections alive meets a fault on whatever request the
connection is carrying when it strikes, as it would on a real network.

The proxy counts the bytes it passed to clients, so a test can prove a resumed
download fetched less than the whole file.
"""

from __future__ import annotations

import random
import selectors
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType


@dataclass(frozen=True)
class Fault:
    kind: str  # "pass", "cut", "drop_reply", "delay", "reset"
    after_bytes: int = 0
    seconds: float = 0.0

    @staticmethod
    def none() -> Fault:
        return Fault("pass")

    @staticmethod
    def cut(after_bytes: int) -> Fault:
        return Fault("cut", after_bytes=after_bytes)

    @staticmethod
    def drop_reply() -> Fault:
        return Fault("drop_reply")

    @staticmethod
    def delay(seconds: float) -> Fault:
        return Fault("delay", seconds=seconds)

    @staticmethod
    def reset() -> Fault:
        return Fault("reset")


Plan = Callable[[int], Fault]


def always(fault: Fault) -> Plan:
    return lambda _number: fault


def first(faults: list[Fault], then: Fault | None = None) -> Plan:
    """These faults for the first connections, in order, then ``then`` (passing by default)."""
    after = then or Fault.none()
    return lambda number: faults[number] if number < len(faults) else after


def lossy(seed: int, *, cut: float = 0.1, drop_reply: float = 0.1, reset: float = 0.05,
          max_cut_bytes: int = 400) -> Plan:
    """A seeded mix: each connection is cut, loses its reply, is reset, or passes."""
    rng = random.Random(seed)
    lock = threading.Lock()

    def plan(_number: int) -> Fault:
        with lock:
            roll = rng.random()
            if roll < cut:
                return Fault.cut(rng.randrange(0, max_cut_bytes))
            if roll < cut + drop_reply:
                return Fault.drop_reply()
            if roll < cut + drop_reply + reset:
                return Fault.reset()
            return Fault.none()

    return plan


@dataclass
class ProxyStats:
    connections: int = 0
    faults: dict[str, int] = field(default_factory=dict)
    bytes_to_clients: int = 0


class FaultProxy:
    """``with FaultProxy(upstream_port, plan) as proxy: ... proxy.url ...``"""

    def __init__(self, upstream_port: int, plan: Plan | None = None, upstream_host: str = "127.0.0.1") -> None:
        self.upstream = (upstream_host, upstream_port)
        self.plan: Plan = plan or always(Fault.none())
        self.stats = ProxyStats()
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._open: set[socket.socket] = set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        thread = threading.Thread(target=self._accept, name="faultproxy-accept", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def stop(self) -> None:
        self._stopping.set()
        try:
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() a close alone would leave waiting
        except OSError:
            pass
        self._listener.close()
        with self._lock:
            for sock in list(self._open):
                _close(sock)
        for thread in list(self._threads):
            thread.join(timeout=5)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.stop()

    # --- inside ------------------------------------------------------------------------------------

    def _accept(self) -> None:
        number = 0
        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return  # the listener was closed: stopping
            fault = self.plan(number)
            number += 1
            with self._lock:
                self.stats.connections += 1
                self.stats.faults[fault.kind] = self.stats.faults.get(fault.kind, 0) + 1
                self._open.add(client)
            thread = threading.Thread(target=self._serve, args=(client, fault), name=f"faultproxy-{number}",
                                      daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, client: socket.socket, fault: Fault) -> None:
        upstream: socket.socket | None = None
        try:
            if fault.kind == "reset":
                _reset(client)
                return
            upstream = socket.create_connection(self.upstream)
            with self._lock:
                self._open.add(upstream)
            self._pump(client, upstream, fault)
        except OSError:
            pass
        finally:
            with self._lock:
                self._open.discard(client)
                if upstream is not None:
                    self._open.discard(upstream)
            _close(client)
            if upstream is not None:
                _close(upstream)

    def _pump(self, client: socket.socket, upstream: socket.socket, fault: Fault) -> None:
        passed = 0  # reply bytes given to the client on this connection
        delayed = fault.kind != "delay"
        with selectors.DefaultSelector() as selector:
            selector.register(client, selectors.EVENT_READ, upstream)
            selector.register(upstream, selectors.EVENT_READ, client)
            while not self._stopping.is_set():
                for key, _ in selector.select(timeout=0.2):
                    source: socket.socket = key.fileobj  # type: ignore[assignment]
                    data = source.recv(65536)
                    if not data:
                        return
                    if source is client:
                        upstream.sendall(data)
                        continue
                    # Bytes of the reply.
                    if fault.kind == "drop_reply":
                        # The server has acted on the request and answered: the answer is lost.
                        _reset(client)
                        return
                    if not delayed:
                        time.sleep(fault.seconds)
                        delayed = True
                    if fault.kind == "cut":
                        data = data[:max(0, fault.after_bytes - passed)]
                    if data:
                        client.sendall(data)
                        passed += len(data)
                        with self._lock:
                            self.stats.bytes_to_clients += len(data)
                    if fault.kind == "cut" and passed >= fault.after_bytes:
                        return  # closed by _serve: the client sees the reply end early


def _reset(sock: socket.socket) -> None:
    """Close with RST rather than FIN, as a dying NAT or a pulled cable looks."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    _close(sock)


def _close(sock: socket.socket) -> None:
    try:
        sock.close()
    except OSError:
        pass
