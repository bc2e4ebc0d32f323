"""Where the backend may fetch task images from: the rule against server-side request forgery.

A task's image URL is written by whoever can create tasks or call ``/predict``. Fetched blindly,
it would make the backend a proxy into the network it sits in (services on loopback, the
cloud's metadata endpoint, the office LAN), and its answers would tell open ports from closed
ones. So a URL is fetched only when its host is

- Label Studio's own (the scheme, host and port of ``LABEL_STUDIO_URL``, or of the hostname
  that ``/setup`` carried with its token and pinned the project to);
- named in ``GRIDCLIP_LS_ALLOW_HOSTS`` (host names, IP addresses or CIDR networks, separated
  by commas or spaces), for teams that serve pictures from an internal host;
- else public: every address its name resolves to is checked, and one that is loopback,
  private, link-local, multicast, reserved, unspecified, shared (carrier-grade NAT) or a cloud
  metadata endpoint refuses the URL.

The connection then goes to an address that was checked (:func:`checked_session`), not to a
second lookup of the name, so a name that resolves to a public address once and to a private
one the next time cannot slip through; each redirect hop is checked the same way by the
caller. (Behind an HTTP proxy set in the environment the proxy makes the connection: the
addresses are still checked first, but only the proxy can pin them.)

>>> rule = FetchRule(label_studio_urls=("http://127.0.0.1:8080",), allow=AllowList.parse("10.1.0.0/16, pics.lan"))
>>> rule.addresses_to_connect("http", "127.0.0.1", 8080) is None  # Label Studio itself
True
>>> rule.addresses_to_connect("http", "pics.lan", 80) is None  # allow-listed by name
True
>>> rule.addresses_to_connect("http", "10.1.2.3", 80)[0][4][0]  # allow-listed by network
'10.1.2.3'
>>> rule.addresses_to_connect("http", "127.0.0.1", 22)
Traceback (most recent call last):
...
backends.fetch_rule.AddressRefused: 127.0.0.1 is a loopback address; image URLs may only point at Label Studio (http://127.0.0.1:8080), public hosts, or hosts named in GRIDCLIP_LS_ALLOW_HOSTS
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError
from urllib3.poolmanager import PoolManager
from urllib3.util.connection import create_connection

ALLOW_HOSTS_ENV = "GRIDCLIP_LS_ALLOW_HOSTS"
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

#: Cloud metadata endpoints. Most sit in ranges refused anyway (link-local, private, shared),
#: but Azure's wire server and Oracle's endpoint are in ranges Python calls global.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a)
    for a in ("169.254.169.254", "169.254.170.2", "100.100.100.200", "168.63.129.16", "192.0.0.192", "fd00:ec2::254")
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_HOST_NAME = re.compile(r"^(?=.{1,253}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*$")
_DEFAULT_PORTS = {"http": 80, "https": 443}


class AddressRefused(Exception):
    """A URL whose host this backend must not fetch from; the message says which address and why."""


def _embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries (mapped, 6to4, NAT64), which is where it really leads."""
    if isinstance(ip, ipaddress.IPv4Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def refused_kind(ip: IPAddress) -> str | None:
    """Why ``ip`` is not a public address a picture may come from, or None when it is.

    >>> [refused_kind(ipaddress.ip_address(a)) for a in ("8.8.8.8", "10.0.0.1", "::ffff:127.0.0.1", "169.254.169.254")]
    [None, 'private', 'loopback', 'cloud metadata']
    """
    ip = _embedded_ipv4(ip) or ip
    if ip in METADATA_ADDRESSES:
        return "cloud metadata"
    checks = (("loopback", ip.is_loopback), ("link-local", ip.is_link_local), ("multicast", ip.is_multicast),
              ("unspecified", ip.is_unspecified), ("reserved", ip.is_reserved), ("private", ip.is_private))
    for kind, hit in checks:
        if hit:
            return kind
    return None if ip.is_global else "non-public"


@dataclass(frozen=True)
class AllowList:
    """Hosts (by name) and networks the team serves pictures from, though they are not public."""

    hosts: frozenset[str] = frozenset()
    networks: tuple[IPNetwork, ...] = ()

    @classmethod
    def parse(cls, text: str | None) -> AllowList:
        """``"pics.lan, 10.20.0.0/16 192.168.1.7"``; ``ValueError`` naming an entry that is neither.

        >>> AllowList.parse("Pics.LAN. 10.0.0.0/8").hosts
        frozenset({'pics.lan'})
        """
        hosts: set[str] = set()
        networks: list[IPNetwork] = []
        for entry in re.split(r"[,\s]+", text or ""):
            if not entry:
                continue
            try:
                networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
                continue
            except ValueError:
                pass
            name = entry.lower().rstrip(".")
            if not _HOST_NAME.match(name):
                raise ValueError(f"{ALLOW_HOSTS_ENV}: {entry!r} is not a host name, an IP address or a CIDR network "
                                 "(write hosts without scheme or port, e.g. pics.lan, 10.20.0.0/16)")
            hosts.add(name)
        return cls(frozenset(hosts), tuple(networks))

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> AllowList:
        return cls.parse(env.get(ALLOW_HOSTS_ENV))

    def admits_address(self, ip: IPAddress) -> bool:
        return any(ip in network for network in self.networks if network.version == ip.version)


def origin_of(url: str) -> tuple[str, str, int] | None:
    """``(scheme, host, port)`` with the default port filled in; None for a URL that has none.

    >>> origin_of("HTTP://LS:8080/x"), origin_of("https://ls.example.com")
    (('http', 'ls', 8080), ('https', 'ls.example.com', 443))
    """
    try:
        parsed = urlparse(url)
        port = parsed.port
    except ValueError:
        return None
    scheme, host = parsed.scheme.lower(), (parsed.hostname or "").rstrip(".")
    if scheme not in _DEFAULT_PORTS or not host:
        return None
    return scheme, host, port or _DEFAULT_PORTS[scheme]


@dataclass(frozen=True)
class FetchRule:
    """The hosts an :class:`backends.images.ImageFetcher` may fetch from (the module's rule)."""

    label_studio_urls: Sequence[str] = ()
    allow: AllowList = field(default_factory=AllowList)

    def _label_studio_origins(self) -> set[tuple[str, str, int]]:
        return {o for o in map(origin_of, self.label_studio_urls) if o is not None}

    def addresses_to_connect(self, scheme: str, host: str, port: int) -> list[tuple[Any, ...]] | None:
        """The checked ``getaddrinfo`` entries to connect to, or None for a host trusted by name
        (Label Studio's, an allow-listed one: connect as usual). ``AddressRefused`` when any
        address the name resolves to is refused; ``socket.gaierror`` when it resolves to none."""
        host = host.strip("[]").lower().rstrip(".")
        if (scheme.lower(), host, port) in self._label_studio_origins() or host in self.allow.hosts:
            return None
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        for entry in found:
            ip = ipaddress.ip_address(str(entry[4][0]).split("%", 1)[0])
            kind = refused_kind(ip)
            if kind is not None and not self.allow.admits_address(ip):
                named = f"{host} resolves to {ip}, a" if host != str(ip) else f"{ip} is a"
                where = ", ".join(sorted({u.rstrip("/") for u in self.label_studio_urls})) or "none known"
                raise AddressRefused(
                    f"{named} {kind} address; image URLs may only point at Label Studio ({where}), public hosts, "
                    f"or hosts named in {ALLOW_HOSTS_ENV}"
                )
        return found

    def check_url(self, url: str) -> None:
        """Refuse (``AddressRefused``) a URL this rule does not let the backend fetch."""
        origin = origin_of(url)
        if origin is None:
            raise AddressRefused(f"{url!r} is not an http(s) URL with a host")
        self.addresses_to_connect(*origin)


class _CheckedConnect:
    """Connects to an address :meth:`FetchRule.addresses_to_connect` checked, never to a second
    lookup of the name (urllib3 otherwise resolves the name again when it connects)."""

    fetch_rule: FetchRule
    default_scheme: str

    def __init__(self, *args: Any, fetch_rule: FetchRule, **kwargs: Any) -> None:
        self.fetch_rule = fetch_rule
        super().__init__(*args, **kwargs)

    def _new_conn(self) -> socket.socket:
        host, port = self.host, self.port  # type: ignore[attr-defined]
        checked = self.fetch_rule.addresses_to_connect(self.default_scheme, host, port)
        if checked is None:
            return super()._new_conn()  # type: ignore[misc]
        error: OSError | None = None
        for entry in checked:
            try:
                return create_connection((entry[4][0], port), self.timeout,  # type: ignore[attr-defined]
                                         source_address=self.source_address,  # type: ignore[attr-defined]
                                         socket_options=self.socket_options)  # type: ignore[attr-defined]
            except TimeoutError as exc:
                raise ConnectTimeoutError(self, f"Connection to {host} timed out") from exc
            except OSError as exc:
                error = exc
        raise NewConnectionError(self, f"Failed to establish a new connection: {error}")  # type: ignore[arg-type]


class _CheckedHTTPConnection(_CheckedConnect, HTTPConnection):
    default_scheme = "http"


class _CheckedHTTPSConnection(_CheckedConnect, HTTPSConnection):
    default_scheme = "https"


class _CheckedPoolManager(PoolManager):
    def __init__(self, fetch_rule: FetchRule, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.fetch_rule = fetch_rule

    def _new_pool(self, scheme: str, host: str, port: int, request_context: dict[str, Any] | None = None) -> Any:
        pool = super()._new_pool(scheme, host, port, request_context)
        pool.ConnectionCls = _CheckedHTTPSConnection if scheme == "https" else _CheckedHTTPConnection
        pool.conn_kw["fetch_rule"] = self.fetch_rule
        return pool


class _CheckedAdapter(HTTPAdapter):
    def __init__(self, fetch_rule: FetchRule) -> None:
        self.fetch_rule = fetch_rule
        super().__init__()

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any) -> None:
        self._pool_connections, self._pool_maxsize, self._pool_block = connections, maxsize, block
        self.poolmanager = _CheckedPoolManager(self.fetch_rule, num_pools=connections, maxsize=maxsize, block=block,
                                               **pool_kwargs)


def checked_session(rule: FetchRule) -> requests.Session:
    """A session whose every connection goes to an address ``rule`` checked."""
    session = requests.Session()
    adapter = _CheckedAdapter(rule)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
