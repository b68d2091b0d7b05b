"""URL analysis refuses the server's own network; the server refuses to listen openly without a key."""

from __future__ import annotations

import httpx
import pytest
import typer
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from lagebild.api.app import create_app
from lagebild.api.cli import serve_command
from lagebild.api.fetch import FetchError, UrlRefused, check_url, fetch, fetch_article, is_public
from lagebild.api.security import check_serve_options
from lagebild.pipeline import Pipeline, text_stages
from test_api_support import build_store

PUBLIC = "93.184.215.14"
HOSTS = {"news.example": [PUBLIC], "intranet.example": ["10.1.2.3"], "mixed.example": [PUBLIC, "127.0.0.1"],
         "v6.example": ["2606:4700::1111"], "mapped.example": ["::ffff:127.0.0.1"]}
PAGE = ("<html><head><title>Landtag beschließt Haushalt</title></head><body><article><h1>Landtag beschließt "
        "Haushalt</h1><p>Der Landtag in Stuttgart hat am Mittwoch den Doppelhaushalt für die kommenden zwei Jahre "
        "beschlossen. Die Opposition kritisierte die hohe Neuverschuldung scharf.</p><p>Der Finanzminister "
        "verteidigte die Pläne als notwendig für Investitionen in Schulen und Straßen.</p></article></body></html>")


def resolver(host: str) -> list[str]:
    if host in HOSTS:
        return HOSTS[host]
    import ipaddress

    ipaddress.ip_address(host)  # literal addresses resolve to themselves
    return [host]


@pytest.mark.parametrize("address", ["127.0.0.1", "10.0.0.8", "172.16.5.4", "192.168.1.1", "169.254.169.254",
                                     "::1", "fe80::1", "fc00::1", "0.0.0.0", "224.0.0.1", "::ffff:10.0.0.1"])
def test_non_public_addresses(address):
    assert not is_public(address)


@pytest.mark.parametrize("address", [PUBLIC, "2606:4700::1111", "8.8.8.8"])
def test_public_addresses(address):
    assert is_public(address)


@pytest.mark.parametrize("url", ["http://127.0.0.1/", "http://[::1]:8000/x", "http://169.254.169.254/latest/meta-data",
                                 "https://intranet.example/", "http://mixed.example/", "http://mapped.example/",
                                 "http://10.0.0.1:8080/admin"])
def test_private_urls_are_refused(url):
    with pytest.raises(UrlRefused):
        check_url(url, allow_private=False, resolver=resolver)
    check_url(url, allow_private=True, resolver=resolver)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://news.example/", "gopher://news.example/", "http:///x",
                                 "javascript:alert(1)"])
def test_other_schemes_are_refused_always(url):
    with pytest.raises(UrlRefused):
        check_url(url, allow_private=True, resolver=resolver)


def test_localhost_by_name_is_refused():
    with pytest.raises(UrlRefused):
        check_url("http://localhost:8000/", allow_private=False)


def _site(routes: dict[str, httpx.Response]) -> httpx.MockTransport:
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return routes.get(str(request.url), httpx.Response(404))

    transport = httpx.MockTransport(handler)
    transport.seen = seen  # type: ignore[attr-defined]
    return transport


@pytest.mark.parametrize("target", ["http://127.0.0.1/admin", "http://intranet.example/", "http://[::1]/",
                                    "/../../", "file:///etc/passwd"])
def test_redirects_are_checked_at_every_hop(target):
    site = _site({"http://news.example/a": httpx.Response(302, headers={"location": target}),
                  "http://news.example/": httpx.Response(302, headers={"location": "http://10.9.9.9/"})})
    with pytest.raises(UrlRefused):
        fetch("http://news.example/a", 10_000, resolver=resolver, transport=site)
    assert all("news.example" in url for url in site.seen)  # the refused hop was never requested


def test_fetch_follows_public_redirects_and_reads_the_article():
    site = _site({"http://news.example/old": httpx.Response(301, headers={"location": "/neu"}),
                  "http://news.example/neu": httpx.Response(200, text=PAGE, headers={"content-type": "text/html"})})
    article = fetch_article("http://news.example/old", 100_000, resolver=resolver, transport=site)
    assert article.url == "http://news.example/neu" and "Doppelhaushalt" in article.text
    assert article.title == "Landtag beschließt Haushalt"


def test_fetch_limits_size_and_redirects():
    big = _site({"http://news.example/": httpx.Response(200, content=b"x" * 5000)})
    with pytest.raises(FetchError, match="larger"):
        fetch("http://news.example/", 1000, resolver=resolver, transport=big)
    loop = _site({"http://news.example/": httpx.Response(302, headers={"location": "http://news.example/"})})
    with pytest.raises(FetchError, match="redirects"):
        fetch("http://news.example/", 1000, resolver=resolver, transport=loop)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = build_store(tmp_path_factory.mktemp("sec") / "s.duckdb", with_xss=False)
    with TestClient(create_app(path, pipeline=Pipeline(stages=text_stages()))) as client:
        yield client


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/", "http://localhost/", "http://[::1]/",
                                 "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/"])
@pytest.mark.parametrize("route", ["/api/analyze", "/api/articles"])
def test_api_refuses_private_urls(client, route, url):
    response = client.post(route, json={"url": url})
    assert response.status_code == 403 and response.json()["error"]["code"] == "url_refused"


def test_serve_options():
    assert check_serve_options("127.0.0.1", None) == []
    assert check_serve_options("::1", None) == [] and check_serve_options("localhost", None) == []
    assert "API key" in check_serve_options("0.0.0.0", None)[0]
    assert check_serve_options("0.0.0.0", "a-long-enough-secret-key") == []
    assert "16 characters" in check_serve_options("127.0.0.1", "short")[0]


def test_serve_refuses_to_listen_openly_without_a_key(tmp_path):
    app = typer.Typer()
    app.command()(serve_command)
    result = CliRunner().invoke(app, ["--store", str(tmp_path / "s.duckdb"), "--host", "0.0.0.0"],
                                env={"LAGEBILD_API_KEY": ""})
    assert result.exit_code != 0 and "API key" in str(result.exception)
    assert not (tmp_path / "s.duckdb").exists()
