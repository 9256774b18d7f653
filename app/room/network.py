"""This laptop's IPv4 addresses, to offer the address the room's Wi-Fi reaches."""

from __future__ import annotations

import contextlib
import socket


def local_addresses() -> list[str]:
    """Return this machine's IPv4 addresses, private LAN ones first, loopback last.

    Uses only the socket module: the names the host resolves to, and the
    address a UDP socket would leave from (no packet is sent).
    """
    found: set[str] = set()
    with contextlib.suppress(OSError):
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.add(str(info[4][0]))
    for probe in ("192.168.0.1", "10.0.0.1", "172.16.0.1"):
        with contextlib.suppress(OSError), socket.socket(socket.AF_INET,
                                                         socket.SOCK_DGRAM) as sock:
            sock.connect((probe, 9))
            found.add(str(sock.getsockname()[0]))
    found.discard("0.0.0.0")
    found.add("127.0.0.1")
    return sorted(found, key=_rank)


def _rank(address: str) -> tuple[int, str]:
    if address.startswith("127."):
        return 3, address
    private = address.startswith(("192.168.", "10.")) or _in_172(address)
    return (0 if private else 1), address


def _in_172(address: str) -> bool:
    parts = address.split(".")
    return parts[0] == "172" and 16 <= int(parts[1]) <= 31
