"""Headers, cookies and logs: what a reader's browser and our servers keep."""

import runpy

import pytest
from django.urls import reverse

from laws.models import Law
from protocols.models import Protocol
from tests.support import ROOT, current_database_url, run_python

pytestmark = pytest.mark.django_db


def public_urls() -> list[str]:
    urls = ["/", "/laws/", "/protocols/", "/resources/", "/topics/", "/get-help/", "/about/",
            "/privacy/", "/accessibility/", "/search/", "/search/?q=trafficking",
            "/laws/?jurisdiction=maine", "/topics/sex-trafficking/", "/no-such-page/"]  # fmt: skip
    urls.append(Law.objects.published().first().get_absolute_url())
    urls.append(Protocol.objects.published().first().get_absolute_url())
    return urls


def csp_directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in policy.split(";") if part.strip())
    }


def test_no_public_page_sets_a_cookie(client):
    for url in public_urls():
        response = client.get(url)
        assert "Set-Cookie" not in response.headers, url
        assert not response.cookies, url


def test_content_security_policy_allows_only_this_site(client):
    for url in public_urls():
        directives = csp_directives(client.get(url))
        assert directives["default-src"] == ["'self'"]
        assert directives["script-src"] == ["'self'"]
        assert directives["object-src"] == ["'none'"]
        assert directives["frame-ancestors"] == ["'none'"]
        assert directives["base-uri"] == ["'self'"]
        assert directives["form-action"] == ["'self'"]
        for values in directives.values():
            assert "'unsafe-inline'" not in values and "'unsafe-eval'" not in values


def test_the_admin_is_under_the_same_policy(admin_client):
    response = admin_client.get(reverse("admin:laws_law_add"))
    assert csp_directives(response)["script-src"] == ["'self'"]


def test_security_headers_on_public_pages(client):
    for url in public_urls():
        response = client.get(url)
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["X-Frame-Options"] == "DENY"
        assert response["Referrer-Policy"] == "no-referrer"
        assert response["Cross-Origin-Opener-Policy"] == "same-origin"
        permissions = response["Permissions-Policy"]
        for feature in ("camera=()", "microphone=()", "geolocation=()"):
            assert feature in permissions


def test_hsts_of_a_year_on_https(client):
    response = client.get("/", secure=True)
    hsts = dict(
        (part.strip().split("=") + [""])[:2]
        for part in response["Strict-Transport-Security"].split(";")
    )
    assert int(hsts["max-age"]) >= 31_536_000
    assert "includeSubDomains" in hsts


def observatory_score(response) -> int:
    """The MDN HTTP Observatory's score for the tests these headers decide.

    Starts from 100; modifiers as the Observatory documents them. A+ needs 100 or more
    with no failing test (a failing test carries a negative modifier).
    """
    score = 100
    directives = csp_directives(response)
    unsafe = any(
        v in ("'unsafe-inline'", "'unsafe-eval'", "data:", "https:", "http:", "*")
        for name in ("default-src", "script-src", "object-src")
        for v in directives.get(name, [])
    )
    if unsafe or "default-src" not in directives:
        score -= 20
    if directives.get("default-src") == ["'none'"]:
        score += 10
    if response.get("Referrer-Policy") in {"no-referrer", "same-origin", "strict-origin"}:
        score += 5
    if response.get("X-Content-Type-Options") != "nosniff":
        score -= 5
    if directives.get("frame-ancestors") in (["'none'"], ["'self'"]):
        score += 5
    elif response.get("X-Frame-Options") not in {"DENY", "SAMEORIGIN"}:
        score -= 20
    hsts = response.get("Strict-Transport-Security", "")
    if "max-age=" not in hsts or int(hsts.split("max-age=")[1].split(";")[0]) < 15_768_000:
        score -= 20
    if "Set-Cookie" in response.headers:
        score -= 40  # no cookie is safer than any cookie, on a public page
    return score


def test_headers_earn_an_a_plus(client):
    for url in public_urls():
        assert observatory_score(client.get(url, secure=True)) >= 100, url


def test_check_deploy_is_clean_with_production_settings():
    result = run_python(
        "import django, sys\n"
        "django.setup()\n"
        "from django.core.management import call_command\n"
        "call_command('check', deploy=True, fail_level='WARNING')\n",
        DEBUG="0",
        SECRET_KEY="a-long-random-production-secret-" + "x7Qp2Lm9" * 6,
        ALLOWED_HOSTS="www.example.org",
        SECURE_SSL_REDIRECT="1",
    )
    assert result.returncode == 0, result.stderr[-2000:]


def test_production_redirects_to_https_but_not_health_checks():
    result = run_python(
        "import django\n"
        "django.setup()\n"
        "from django.test import Client\n"
        "page, health = Client().get('/laws/'), Client().get('/healthz')\n"
        "print(page.status_code, page['Location'], health.status_code)\n",
        SECURE_SSL_REDIRECT="1",
        ALLOWED_HOSTS="testserver",
        DATABASE_URL=current_database_url(),
    )
    assert result.stdout.split() == ["301", "https://testserver/laws/", "200"], result.stderr


def test_access_log_records_no_address_and_no_query_string():
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    log_format = config["access_log_format"]
    for field in ("%(h)s", "%(q)s", "%(r)s", "%(u)s", "{x-forwarded-for}i", "%(f)s"):
        assert field not in log_format
    assert "%(U)s" in log_format  # the path, without its query string


def test_the_privacy_page_explains_browsing_safety(client):
    html = client.get("/privacy/").content.decode()
    for phrase in ("private", "history", "safer device", "Shift", "Esc"):
        assert phrase in html


def test_the_policy_is_built_once_yet_follows_its_setting(client, settings):
    assert csp_directives(client.get("/"))["img-src"] == ["'self'"]
    policy = settings.CONTENT_SECURITY_POLICY
    settings.CONTENT_SECURITY_POLICY = {
        "DIRECTIVES": {**policy["DIRECTIVES"], "img-src": ["'self'", "data:"]}
    }
    assert csp_directives(client.get("/"))["img-src"] == ["'self'", "data:"]
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": {"default-src": ["'none'"]}}
    assert client.get("/")["Content-Security-Policy-Report-Only"] == "default-src 'none'"
