"""Fetching http(s) URLs safely for `eventwire ingest` and `eventwire watch`.

A URL a user (or a feed, or a redirect) names may point inside the network the machine sits in:
`http://169.254.169.254/` (cloud metadata), `http://localhost:8001/`, a router's admin page. So
every hop is checked: the scheme must be http or https, and every address the host resolves to
must be a public one (not loopback, private, link-local, unspecified, multicast, reserved or
shared, in IPv4 or IPv6, including IPv4 addresses embedded in IPv6 ones) unless the caller allows
private addresses. The socket then connects to the address that was checked, never resolving the
name again, so a DNS answer that changes between the check and the connection (DNS rebinding)
cannot slip through; TLS still verifies the certificate against the host name.

Redirects are followed by hand, at most `max_redirects` of them, each re-checked like the first
URL. The body is read in chunks and dropped past `max_bytes`; the whole fetch (every hop, headers
and body) has one deadline, enforced by closing the socket when it passes, so a server that
trickles bytes cannot hold a fetch open. Proxies from the environment are not used: the check is
only meaningful on a direct connection.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from ..errors import FetchFailed, FetchRefused

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

MAX_FETCH_BYTES = 5_000_000
FETCH_TIMEOUT_S = 30.0
MAX_REDIRECTS = 5
USER_AGENT = "eventwire"
SCHEMES = frozenset({"http", "https"})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
# Well-known NAT64 prefix (RFC 6052): its last 32 bits are an IPv4 address a NAT64 gateway reaches.
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
# Shared address space (RFC 6598, carrier-grade NAT): not global, and not "private" to Python 3.11.
_SHARED = ipaddress.IPv4Network("100.64.0.0/10")


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """How far a fetch may go: bytes of body, seconds in all, redirects followed."""

    max_bytes: int = MAX_FETCH_BYTES
    timeout_s: float = FETCH_TIMEOUT_S
    max_redirects: int = MAX_REDIRECTS


DEFAULT_LIMITS = FetchLimits()


@dataclass(slots=True)
class Fetched:
    """A fetched URL: the final URL after redirects, its status and headers, and the body (None on 304)."""

    url: str
    status: int
    body: bytes | None
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def content_type(self) -> str:
        """The media type without parameters, lower case ("" when the server sent none)."""
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def address_refusal(address: IPAddress) -> str | None:
    """Why a fetch may not connect to `address` (e.g. "loopback"), or None for a public address."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            reason = address_refusal(embedded)
            return f"{reason} (IPv4 {embedded} inside IPv6)" if reason else None
    # The order matters only for the reason's wording: the most specific name first.
    checks = (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("shared (carrier-grade NAT)", isinstance(address, ipaddress.IPv4Address) and address in _SHARED),
        ("reserved", address.is_reserved),
        ("private", address.is_private),
        ("site-local", isinstance(address, ipaddress.IPv6Address) and address.is_site_local),
    )
    for reason, hit in checks:
        if hit:
            return reason
    # Anything else the registries do not list as globally reachable (documentation ranges, ...).
    return None if address.is_global else "not globally routable"


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for: mapped, 6to4, Teredo client, NAT64, or compatible."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    # Deprecated IPv4-compatible form ::a.b.c.d (but not :: and ::1, which are IPv6's own).
    if int(address) >> 32 == 0 and int(address) > 1:
        return ipaddress.IPv4Address(int(address))
    return None


def check_url(url: str) -> tuple[str, str, int]:
    """The scheme, host and port of a URL a fetch may request; FetchRefused for other schemes or no host."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise FetchRefused(f"only http(s) URLs are fetched, not {scheme or 'a relative'} URL {url!r}")
    try:
        port = parts.port
    except ValueError as error:
        raise FetchRefused(f"bad port in {url!r}") from error
    host = parts.hostname
    if not host:
        raise FetchRefused(f"no host in {url!r}")
    return scheme, host, port or (443 if scheme == "https" else 80)


def resolve_checked(host: str, port: int, allow_private: bool = False) -> list[tuple[int, tuple[str, int]]]:
    """The (family, sockaddr) pairs to connect to for host:port; FetchRefused if any address is not public.

    Every address is checked, not only the first: a name that resolves to one public and one
    private address is refused, since which one a retry would use is out of our hands.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchFailed(f"cannot resolve {host}: {error}") from error
    targets: list[tuple[int, tuple[str, int]]] = []
    for family, _, _, _, sockaddr in infos:
        # Drop an IPv6 zone ("fe80::1%eth0"); it is link-local anyway.
        address = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
        reason = address_refusal(address)
        if reason and not allow_private:
            shown = host if host == str(address) else f"{host} ({address})"
            raise FetchRefused(f"{shown} is a {reason} address (pass --allow-private to fetch it)")
        targets.append((family, (str(sockaddr[0]), int(sockaddr[1]))))
    if not targets:
        raise FetchFailed(f"cannot resolve {host}: no addresses")
    return targets


def _connect(targets: list[tuple[int, tuple[str, int]]], timeout: float) -> socket.socket:
    last: OSError | None = None
    for family, sockaddr in targets:
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.settimeout(timeout)
            sock.connect(sockaddr)
            return sock
        except OSError as error:
            sock.close()
            last = error
    assert last is not None
    raise last


class _CheckedHTTPConnection(http.client.HTTPConnection):
    """An HTTPConnection whose socket goes to an address checked before connecting."""

    def __init__(self, host: str, port: int, timeout: float, allow_private: bool) -> None:
        super().__init__(host, port, timeout=timeout)
        self.allow_private = allow_private

    def connect(self) -> None:
        self.sock = _connect(resolve_checked(self.host, self.port, self.allow_private), float(self.timeout or 1))


class _CheckedHTTPSConnection(http.client.HTTPSConnection):
    """As `_CheckedHTTPConnection`, then TLS with the certificate checked against the host name."""

    def __init__(self, host: str, port: int, timeout: float, allow_private: bool, context: ssl.SSLContext) -> None:
        super().__init__(host, port, timeout=timeout, context=context)
        self.allow_private = allow_private
        self.tls = context

    def connect(self) -> None:
        sock = _connect(resolve_checked(self.host, self.port, self.allow_private), float(self.timeout or 1))
        try:
            self.sock = self.tls.wrap_socket(sock, server_hostname=self.host)
        except BaseException:
            sock.close()
            raise


class _Deadline:
    """Closes the connection's socket when the fetch's time is up, ending any blocked read."""

    def __init__(self, at: float) -> None:
        self.at = at
        self.expired = False
        self._timer: threading.Timer | None = None

    def remaining(self, url: str, limit: float) -> float:
        left = self.at - time.monotonic()
        if left <= 0:
            raise FetchFailed(f"{url}: no answer within the time limit ({limit:g} s)")
        return left

    def arm(self, connection: http.client.HTTPConnection, limit: float) -> None:
        def expire() -> None:
            self.expired = True
            sock = connection.sock
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

        self._timer = threading.Timer(max(0.0, self.at - time.monotonic()), expire)
        self._timer.daemon = True
        self._timer.start()

    def disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None


def fetch_url(
    url: str,
    *,
    allow_private: bool = False,
    limits: FetchLimits = DEFAULT_LIMITS,
    headers: Mapping[str, str] | None = None,
) -> Fetched:
    """GET an http(s) URL, following checked redirects; FetchRefused or FetchFailed with a one-line reason.

    A 304 answer (to a conditional GET, see `headers`) returns a Fetched whose body is None.
    """
    deadline = _Deadline(time.monotonic() + limits.timeout_s)
    context = ssl.create_default_context()
    current = url.strip()
    for _ in range(limits.max_redirects + 1):
        scheme, host, port = check_url(current)
        timeout = deadline.remaining(current, limits.timeout_s)
        connection: http.client.HTTPConnection = (
            _CheckedHTTPSConnection(host, port, timeout, allow_private, context)
            if scheme == "https"
            else _CheckedHTTPConnection(host, port, timeout, allow_private)
        )
        deadline.arm(connection, limits.timeout_s)
        try:
            fetched = _get_once(connection, current, headers or {}, limits, deadline)
        except (OSError, http.client.HTTPException) as error:
            # The socket's own timeout (set to the time left) and the deadline's timer race at the limit.
            if deadline.expired or isinstance(error, TimeoutError) or time.monotonic() >= deadline.at:
                raise FetchFailed(f"{current}: no answer within the time limit ({limits.timeout_s:g} s)") from error
            raise FetchFailed(f"{current}: {_reason(error)}") from error
        finally:
            deadline.disarm()
            connection.close()
        if fetched.status not in REDIRECT_STATUSES:
            return fetched
        location = fetched.headers.get("location")
        if not location:
            raise FetchFailed(f"{current}: HTTP {fetched.status} without a Location")
        current = urljoin(current, location.strip())
    raise FetchFailed(f"{url}: more than {limits.max_redirects} redirects")


def _get_once(
    connection: http.client.HTTPConnection,
    url: str,
    headers: Mapping[str, str],
    limits: FetchLimits,
    deadline: _Deadline,
) -> Fetched:
    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    # No compression asked for: the size limit then bounds what we hold, not what we would inflate.
    sent = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity", **headers}
    connection.request("GET", target, headers=sent)
    response = connection.getresponse()
    got = {name.lower(): value for name, value in response.getheaders()}
    status = response.status
    if status in REDIRECT_STATUSES or status == 304:
        return Fetched(url, status, None, got)
    if not 200 <= status < 300:
        raise FetchFailed(f"{url}: HTTP {status} {response.reason}".rstrip())
    declared = got.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise FetchFailed(f"{url}: over size limit ({declared} bytes > {limits.max_bytes})")
    body = bytearray()
    while chunk := response.read(_CHUNK):
        body += chunk
        if len(body) > limits.max_bytes:
            raise FetchFailed(f"{url}: over size limit (more than {limits.max_bytes} bytes)")
        deadline.remaining(url, limits.timeout_s)
    if deadline.expired:  # the socket was shut under a read, which then looks like a clean end
        raise FetchFailed(f"{url}: no answer within the time limit ({limits.timeout_s:g} s)")
    if declared.isdigit() and len(body) != int(declared):
        # The connection closed early: what came is part of a page, and storing it would make the
        # whole one a "duplicate" of it later (ids come from the URL).
        raise FetchFailed(f"{url}: truncated download ({len(body)} of {declared} bytes)")
    return Fetched(url, status, bytes(body), got)


def _reason(error: BaseException) -> str:
    if isinstance(error, ssl.SSLCertVerificationError):
        return f"TLS certificate not valid ({error.verify_message})"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__
