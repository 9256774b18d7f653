"""Which Host headers the room answers: its own address, or this laptop by name (DNS rebinding).

A web page on the internet can make a phone's browser send requests to the
room if its own domain name suddenly resolves to the room's address (DNS
rebinding); the browser then treats the room as that site and lets the page
read the answers. Such requests still carry the foreign name in ``Host``, so
the room answers only requests that name the address it serves, with or
without its port, or ``localhost``/127.0.0.1 on the laptop itself.
"""

from __future__ import annotations

from app.room import network

LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})
WILDCARDS = frozenset({"", "0.0.0.0", "::"})


def allowed_hosts(bound: str) -> frozenset[str]:
    """Return the host names a request may give for a server bound to ``bound``.

    A server bound to every address (0.0.0.0) answers to each of this laptop's addresses.
    """
    names = {bound.lower(), *LOOPBACK}
    if bound in WILDCARDS:
        names.update(network.local_addresses())
    return frozenset(names - WILDCARDS)


def split_host(header: str) -> tuple[str, str] | None:
    """Return (host, port) of a Host header (port '' when absent), or None if malformed."""
    value = header.strip().lower()
    if value.startswith("["):  # an IPv6 literal: [::1]:8080
        host, bracket, rest = value[1:].partition("]")
        if not bracket or (rest and not rest.startswith(":")):
            return None
        return host, rest[1:]
    host, _colon, port = value.partition(":")
    return (host, port) if ":" not in port else None


def host_allowed(header: str | None, hosts: frozenset[str], port: int) -> bool:
    """Return whether ``header`` (a request's Host) names this room's server."""
    if header is None:
        return False
    parts = split_host(header)
    if parts is None:
        return False
    host, given_port = parts
    return host in hosts and given_port in ("", str(port))
