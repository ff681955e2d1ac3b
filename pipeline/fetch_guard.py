"""Which addresses the fetcher may connect to: public unicast only, unless a host or CIDR is allow-listed."""

from __future__ import annotations

import functools
import ipaddress
import os
import socket
from collections.abc import Mapping

from pipeline.errors import FetchError

ENV_ALLOW_HOSTS = "SUMMITWATCH_ALLOW_HOSTS"
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
# Cloud instance-metadata endpoints (AWS, AWS IPv6, Alibaba): refused even when allow-listed.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200")
)


def allow_hosts_from_env(environ: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """Return the host names and CIDRs listed in SUMMITWATCH_ALLOW_HOSTS (comma-separated)."""
    raw = (os.environ if environ is None else environ).get(ENV_ALLOW_HOSTS, "")
    return tuple(part.strip().lower() for part in raw.split(",") if part.strip())


@functools.lru_cache(maxsize=64)
def _parse_allow(entries: tuple[str, ...]) -> tuple[frozenset[str], tuple[IPNetwork, ...]]:
    """Split allow-list entries into host names and networks."""
    names: set[str] = set()
    networks: list[IPNetwork] = []
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError:
            names.add(entry.strip().lower().rstrip("."))
    return frozenset(names), tuple(networks)


def _unmapped(ip: IPAddress) -> IPAddress:
    """Return the IPv4 address inside an IPv4-mapped IPv6 address, else `ip`."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


def is_public_address(ip: IPAddress) -> bool:
    """Whether `ip` is globally routable unicast and not a cloud metadata endpoint."""
    ip = _unmapped(ip)
    return ip.is_global and not ip.is_multicast and ip not in METADATA_ADDRESSES


def check_address(host: str, ip: IPAddress, allow_hosts: tuple[str, ...] = ()) -> None:
    """Raise FetchError("refused_address") unless `ip` is public or `host`/`ip` is allow-listed.

    Metadata endpoints are refused even when allow-listed.
    """
    if _unmapped(ip) in METADATA_ADDRESSES:
        raise FetchError("refused_address", f"{host} resolves to a metadata address {ip}", host)
    if is_public_address(ip):
        return
    names, networks = _parse_allow(allow_hosts)
    if host.lower().rstrip(".") in names or any(_unmapped(ip) in net or ip in net for net in networks):
        return
    raise FetchError("refused_address", f"{host} resolves to non-public address {ip}", host)


def resolve_host(host: str, port: int) -> list[IPAddress]:
    """Resolve `host` to its distinct addresses, in resolver order."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise FetchError("unresolvable", f"cannot resolve {host}: {exc}", host) from exc
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    return list(dict.fromkeys(addresses))


