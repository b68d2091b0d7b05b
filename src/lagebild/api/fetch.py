"""Fetching an article by URL for analysis, without letting the server reach its own network.

Every hop is checked before it is requested: the scheme must be http(s) and every address
the host name resolves to must be public (no private, loopback, link-local, multicast,
reserved or unspecified address) unless private addresses are allowed. Redirects are
followed by hand so each target is checked the same way. The check and the connection
resolve the name separately, so a DNS server that answers differently the second time
(DNS rebinding) is not covered; run the server behind an egress proxy where that matters.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

import httpx

from lagebild.errors import LagebildError
from lagebild.model import Article

MAX_REDIRECTS = 5
TIMEOUT = 10.0
Resolver = Callable[[str], list[str]]


class FetchError(LagebildError):
    """The URL could not be fetched (refused, unreachable, not HTML, too large)."""

    code = "E040"


class UrlRefused(FetchError):
    code = "E041"


def resolve(host: str) -> list[str]:
    """Every address the host name resolves to."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve {host!r}: {exc}") from None
    return sorted({str(info[4][0]) for info in infos})


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_url(url: str, allow_private: bool, resolver: Resolver = resolve) -> None:
    """Raise `UrlRefused` unless the URL is http(s) and (when required) its host is public."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UrlRefused(f"only http and https URLs with a host can be fetched, not {url[:200]!r}")
    if allow_private:
        return
    private = [a for a in resolver(parts.hostname) if not is_public(a)]
    if private:
        raise UrlRefused(f"{parts.hostname} resolves to a non-public address ({', '.join(private)}); "
                         "start the server with --allow-private-urls to fetch such URLs")


def fetch(url: str, max_bytes: int, allow_private: bool = False, resolver: Resolver = resolve,
          transport: httpx.BaseTransport | None = None) -> tuple[str, bytes, str | None]:
    """(final url, body, declared charset) of a page, each hop checked, at most `max_bytes` read."""
    with httpx.Client(timeout=TIMEOUT, follow_redirects=False, transport=transport,
                      headers={"User-Agent": "lagebild"}) as client:
        for _ in range(MAX_REDIRECTS + 1):
            check_url(url, allow_private, resolver)
            try:
                with client.stream("GET", url) as response:
                    if response.is_redirect and "location" in response.headers:
                        url = urljoin(url, response.headers["location"])
                        continue
                    if response.status_code != 200:
                        raise FetchError(f"{url[:200]} answered HTTP {response.status_code}")
                    return url, _read(response, max_bytes, url), response.charset_encoding
            except httpx.HTTPError as exc:
                raise FetchError(f"cannot fetch {url[:200]}: {type(exc).__name__}") from None
    raise FetchError(f"more than {MAX_REDIRECTS} redirects from {url[:200]}")


def _read(response: httpx.Response, max_bytes: int, url: str) -> bytes:
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > max_bytes:
            raise FetchError(f"{url[:200]} is larger than {max_bytes} bytes")
    return bytes(body)


def fetch_article(url: str, max_bytes: int, allow_private: bool = False, resolver: Resolver = resolve,
                  transport: httpx.BaseTransport | None = None) -> Article:
    """The article of an HTML page (main text, title and date found by trafilatura), with the URL fetched."""
    from lagebild.ingest.decode import decode_bytes
    from lagebild.ingest.html import html_to_article

    final_url, body, charset = fetch(url, max_bytes, allow_private, resolver, transport)
    article = html_to_article(decode_bytes(body, source=final_url, declared=charset), source=final_url)
    article.url = final_url
    return article
