"""The safe URL fetcher: http(s) only, public addresses only (unless allowed), checked redirects, limits."""

from __future__ import annotations

import ipaddress
import shutil
import socket
import ssl
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from http_support import ARTICLE, PAGE, LocalServer, Route
from hypothesis import given
from hypothesis import strategies as st

from eventwire.errors import BadInput, FetchFailed, FetchRefused
from eventwire.ingest import fetch as fetch_module
from eventwire.ingest.fetch import FetchLimits, address_refusal, check_url, fetch_url
from eventwire.ingest.sources import iter_sources, url_kind
from eventwire.records import Article, Skip


@pytest.fixture
def server() -> Iterator[LocalServer]:
    local = LocalServer()
    local.routes["/article.txt"] = Route(body=ARTICLE.encode(), headers={"Content-Type": "text/plain; charset=utf-8"})
    with local.running():
        yield local


@pytest.fixture
def loopback_is_public(monkeypatch: pytest.MonkeyPatch) -> None:
    """Treat 127.0.0.1 (the test server) as a public address, so that a redirect from it can be checked."""
    real = fetch_module.address_refusal

    def refusal(address: Any) -> str | None:
        return None if str(address) == "127.0.0.1" else real(address)

    monkeypatch.setattr(fetch_module, "address_refusal", refusal)


def _ipv4(text: str) -> ipaddress.IPv4Address:
    return ipaddress.IPv4Address(text)


# Addresses ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("127.255.0.9", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("fd00::1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("100.64.0.1", "shared"),
        ("240.0.0.1", "reserved"),
        ("::ffff:127.0.0.1", "loopback (IPv4 127.0.0.1 inside IPv6)"),
        ("::ffff:169.254.169.254", "link-local"),
        ("2002:c0a8:0101::1", "private (IPv4 192.168.1.1 inside IPv6)"),
        ("64:ff9b::a00:1", "private (IPv4 10.0.0.1 inside IPv6)"),
        ("::127.0.0.1", "loopback"),
    ],
)
def test_non_public_addresses_are_refused_with_their_kind(address: str, reason: str) -> None:
    refusal = address_refusal(ipaddress.ip_address(address))
    assert refusal is not None and refusal.startswith(reason)


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses_are_allowed(address: str) -> None:
    assert address_refusal(ipaddress.ip_address(address)) is None


NON_PUBLIC_NETWORKS = [
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8",
        "10.0.0.0/8",
        "100.64.0.0/10",
        "127.0.0.0/8",
        "169.254.0.0/16",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "224.0.0.0/4",
        "240.0.0.0/4",
        "::1/128",
        "fc00::/7",
        "fe80::/10",
        "ff00::/8",
        "::ffff:0:0/96",  # mapped: every one is refused unless its IPv4 address is public, see below
    )
]


@given(st.sampled_from(NON_PUBLIC_NETWORKS[:-1]), st.integers(min_value=0))
def test_every_address_of_a_non_public_network_is_refused(network: Any, offset: int) -> None:
    address = network[offset % network.num_addresses]
    assert address_refusal(address) is not None


@given(st.ip_addresses(v=4))
def test_an_ipv4_address_is_allowed_only_when_global_and_unicast(address: ipaddress.IPv4Address) -> None:
    allowed = address_refusal(address) is None
    assert allowed == (address.is_global and not address.is_multicast and not address.is_reserved)


@given(st.ip_addresses(v=4))
def test_ipv4_inside_ipv6_gets_the_verdict_of_the_ipv4_address(address: ipaddress.IPv4Address) -> None:
    verdict = address_refusal(address) is None
    mapped = ipaddress.IPv6Address(f"::ffff:{address}")
    six_to_four = ipaddress.IPv6Address((0x2002 << 112) | (int(address) << 80) | 1)
    nat64 = ipaddress.IPv6Address(int(ipaddress.IPv6Address("64:ff9b::")) | int(address))
    assert (address_refusal(mapped) is None) == verdict
    assert (address_refusal(six_to_four) is None) == verdict
    assert (address_refusal(nat64) is None) == verdict


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


@given(st.ip_addresses(v=6))
def test_an_allowed_ipv6_address_is_global_unicast(address: ipaddress.IPv6Address) -> None:
    if address.ipv4_mapped is not None or address.sixtofour is not None or address in _NAT64:
        # an IPv4 address carried in IPv6 gets its IPv4 verdict (the test above); the standard
        # library's is_global for 2002::/16 differs between Python patch releases (3.11.2 calls
        # all of it private)
        return
    if address_refusal(address) is None:
        assert address.is_global and not address.is_multicast and not address.is_loopback
        assert not address.is_link_local and not address.is_private


# URLs -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://example.org/feed.xml", "gopher://example.org/", "javascript:alert(1)", "/relative"],
)
def test_only_http_and_https_urls_are_fetched(url: str) -> None:
    with pytest.raises(FetchRefused, match="only http"):
        fetch_url(url, allow_private=True)


def test_url_without_host_is_refused() -> None:
    with pytest.raises(FetchRefused, match="no host"):
        check_url("http:///path")


def test_local_server_is_refused_by_default_and_never_contacted(server: LocalServer) -> None:
    port = server.port
    for url in (
        server.url("/article.txt"),
        f"http://localhost:{port}/article.txt",
        f"http://[::1]:{port}/article.txt",
        f"http://2130706433:{port}/article.txt",  # 127.0.0.1 as one decimal number
        f"http://127.1:{port}/article.txt",
        f"http://[::ffff:127.0.0.1]:{port}/article.txt",
    ):
        with pytest.raises(FetchRefused, match="loopback"):
            fetch_url(url)
    assert server.hits == []


def test_local_server_is_fetched_with_allow_private(server: LocalServer) -> None:
    fetched = fetch_url(server.url("/article.txt"), allow_private=True)
    assert fetched.status == 200 and fetched.body == ARTICLE.encode()
    assert fetched.content_type == "text/plain"


@pytest.mark.usefixtures("loopback_is_public")
@pytest.mark.parametrize(
    ("location", "reason"),
    [
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://10.0.0.7/admin", "private"),
        ("http://127.0.0.2/", "loopback"),
        ("http://[::1]/", "loopback"),
        ("file:///etc/passwd", "only http"),
        ("ftp://example.org/x", "only http"),
    ],
)
def test_redirect_to_a_private_address_or_other_scheme_is_refused(
    server: LocalServer, location: str, reason: str
) -> None:
    server.routes["/go"] = Route(302, headers={"Location": location})
    with pytest.raises(FetchRefused, match=reason):
        fetch_url(server.url("/go"))
    assert server.hits == ["/go"]


@pytest.mark.usefixtures("loopback_is_public")
def test_redirects_are_followed_up_to_the_limit(server: LocalServer) -> None:
    server.routes["/hop3"] = Route(301, headers={"Location": "/hop2"})
    server.routes["/hop2"] = Route(302, headers={"Location": server.url("/hop1")})
    server.routes["/hop1"] = Route(307, headers={"Location": "article.txt"})
    fetched = fetch_url(server.url("/hop3"), limits=FetchLimits(max_redirects=3))
    assert fetched.url == server.url("/article.txt") and fetched.body == ARTICLE.encode()
    with pytest.raises(FetchFailed, match="more than 2 redirects"):
        fetch_url(server.url("/hop3"), limits=FetchLimits(max_redirects=2))


def test_redirect_loop_is_bounded(server: LocalServer) -> None:
    server.routes["/loop"] = Route(302, headers={"Location": "/loop"})
    with pytest.raises(FetchFailed, match="more than 5 redirects"):
        fetch_url(server.url("/loop"), allow_private=True)
    assert server.hits == ["/loop"] * 6


@pytest.mark.parametrize("length", [True, False])
def test_oversize_body_is_cut_with_a_reason(server: LocalServer, length: bool) -> None:
    server.routes["/big"] = Route(body=b"x" * 200_000, length=length)
    started = time.monotonic()
    with pytest.raises(FetchFailed, match=r"over size limit .*1000"):
        fetch_url(server.url("/big"), allow_private=True, limits=FetchLimits(max_bytes=1000))
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("route", [Route(body=b"y" * 1000, trickle_s=0.05), Route(body=b"late", delay_s=8.0)])
def test_slow_server_hits_the_time_limit(server: LocalServer, route: Route) -> None:
    server.routes["/slow"] = route
    started = time.monotonic()
    with pytest.raises(FetchFailed, match="time limit"):
        fetch_url(server.url("/slow"), allow_private=True, limits=FetchLimits(timeout_s=1.0))
    assert time.monotonic() - started < 5  # the server would take 8 s (headers) or 50 s (body)


def test_http_error_is_a_failure_with_the_status(server: LocalServer) -> None:
    with pytest.raises(FetchFailed, match="HTTP 404"):
        fetch_url(server.url("/missing"), allow_private=True)


def test_unreachable_port_is_a_failure() -> None:
    with pytest.raises(FetchFailed):
        fetch_url("http://127.0.0.1:9/", allow_private=True, limits=FetchLimits(timeout_s=5))


def test_refusals_and_failures_are_bad_inputs() -> None:
    # The readers and `watch` turn any BadInput into a one-line skip reason.
    assert issubclass(FetchRefused, BadInput) and issubclass(FetchFailed, BadInput)


# DNS: one resolution, every address checked, the checked one connected to -----------------------------------


def _fake_resolver(answers: list[list[str]], port: int, calls: list[str]) -> Any:
    def getaddrinfo(host: str, *args: Any, **kwargs: Any) -> list[Any]:
        calls.append(host)
        addresses = answers[min(len(calls), len(answers)) - 1]
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in addresses]

    return getaddrinfo


@pytest.mark.usefixtures("loopback_is_public")
def test_name_is_resolved_once_and_the_checked_address_is_the_one_connected(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A rebinding name: public (here: 127.0.0.1, treated as public) when checked, private afterwards.
    calls: list[str] = []
    monkeypatch.setattr(socket, "getaddrinfo", _fake_resolver([["127.0.0.1"], ["10.0.0.1"]], server.port, calls))
    fetched = fetch_url(f"http://news.example:{server.port}/article.txt")
    assert fetched.body == ARTICLE.encode()
    assert calls == ["news.example"]


@pytest.mark.usefixtures("loopback_is_public")
def test_name_with_any_private_address_is_refused(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(socket, "getaddrinfo", _fake_resolver([["127.0.0.1", "10.0.0.1"]], server.port, calls))
    with pytest.raises(FetchRefused, match=r"news.example \(10.0.0.1\) is a private address"):
        fetch_url(f"http://news.example:{server.port}/article.txt")
    assert server.hits == []


# Reading fetched URLs as inputs ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "content_type", "kind"),
    [
        ("http://x.org/a", "text/html", "html"),
        ("http://x.org/feed", "application/rss+xml", "feed"),
        ("http://x.org/items.jsonl", "", "jsonl"),
        ("http://x.org/story.txt", "application/octet-stream", "text"),
        ("http://x.org/story", "", None),
    ],
)
def test_kind_of_a_url_comes_from_its_media_type_then_its_suffix(url: str, content_type: str, kind: str) -> None:
    assert url_kind(url, content_type) == kind


def test_sources_mix_paths_and_urls_in_order(server: LocalServer, tmp_path: Any) -> None:
    server.routes["/story"] = Route(body=PAGE.encode(), headers={"Content-Type": "text/html"})
    local = tmp_path / "local.txt"
    local.write_text(ARTICLE.replace("Kandahar", "Helmand"), encoding="utf-8")
    items = list(iter_sources([server.url("/story"), str(local), "ftp://example.org/x.txt"], allow_private=True))
    assert [type(i) for i in items] == [Article, Article, Skip]
    page, text, refused = items
    assert isinstance(page, Article) and "Kandahar" in page.text and page.url == server.url("/story")
    assert isinstance(text, Article) and "Helmand" in text.text and text.doc == str(local)
    assert isinstance(refused, Skip) and "only http(s)" in refused.reason


def test_sources_skip_a_private_url_without_allow_private(server: LocalServer) -> None:
    (skip,) = list(iter_sources([server.url("/article.txt")]))
    assert isinstance(skip, Skip) and "loopback" in skip.reason and "--allow-private" in skip.reason
    assert server.hits == []


# TLS: the connection goes to the checked address, the certificate is checked against the name ------------------


@pytest.fixture(scope="module")
def tls_cert(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A self-signed certificate (and key, in one PEM file) for news.example."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl not found")
    pem = tmp_path_factory.mktemp("tls") / "news.pem"
    request = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=news.example"]
    subprocess.run(
        ["openssl", *request, "-addext", "subjectAltName=DNS:news.example", "-keyout", str(pem), "-out", str(pem)],
        check=True,
        capture_output=True,
    )
    return pem


@pytest.fixture
def tls_server(server: LocalServer, tls_cert: Path) -> LocalServer:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tls_cert)
    server.wrap_tls(context)
    return server


@pytest.mark.usefixtures("loopback_is_public")
def test_https_verifies_the_name_while_connecting_to_the_checked_address(
    tls_server: LocalServer, tls_cert: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(socket, "getaddrinfo", _fake_resolver([["127.0.0.1"]], tls_server.port, calls))
    url = f"https://news.example:{tls_server.port}/article.txt"
    # Not trusted: refused however well the name matches.
    with pytest.raises(FetchFailed, match="certificate"):
        fetch_url(url)
    # Trusted: fetched from 127.0.0.1, verified as news.example.
    trusted = ssl.create_default_context(cafile=str(tls_cert))
    monkeypatch.setattr(fetch_module.ssl, "create_default_context", lambda: trusted)
    assert fetch_url(url).body == ARTICLE.encode()
    # The same server under a name the certificate does not carry fails the check.
    with pytest.raises(FetchFailed, match="certificate"):
        fetch_url(f"https://other.example:{tls_server.port}/article.txt")
