"""A request the site refuses is answered in its design, with the quick exit and the
help numbers, whatever refused it: Django's own 400, 403 and CSRF pages, a method a
page does not take (405). The JSON API answers in JSON."""

import json

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client

pytestmark = pytest.mark.django_db

HOTLINE = "1-888-373-7888"


def assert_in_the_sites_design(response, status: int, heading: str) -> str:
    assert response.status_code == status
    html = response.content.decode()
    assert f"<h1>{heading}</h1>" in html
    assert 'class="quick-exit"' in html and HOTLINE in html
    return html


def test_a_request_with_too_many_parts_is_a_400_page(client):
    too_many = "&".join(f"a{n}=1" for n in range(1_100))  # DATA_UPLOAD_MAX_NUMBER_FIELDS
    response = client.get(f"/search/?q=trafficking&{too_many}")
    assert_in_the_sites_design(response, 400, "We couldn't read that request")


def test_an_unknown_host_is_a_400_page(client):
    response = client.get("/laws/", HTTP_HOST="not-this-site.example")
    html = assert_in_the_sites_design(response, 400, "We couldn't read that request")
    assert "not-this-site" not in html  # no address built from the refused host


def test_a_form_without_its_token_is_a_403_page_that_says_what_to_do():
    staff_login = Client(enforce_csrf_checks=True).post(
        "/admin/login/", {"username": "someone", "password": "secret"}
    )
    html = assert_in_the_sites_design(staff_login, 403, "We couldn't accept that form")
    assert "reload the page and send the form again" in html


def test_a_page_staff_may_not_open_is_a_403_page(rf):
    from django.views.defaults import permission_denied

    response = permission_denied(rf.get("/"), PermissionDenied())
    assert_in_the_sites_design(response, 403, "You can't open this page")


def test_a_method_a_page_does_not_take_is_a_405_page_that_keeps_its_allow_header():
    client = Client(enforce_csrf_checks=True)
    for path in ("/alerts/", "/es/alerts/"):  # a page whose forms need no token
        response = client.put(path)
        assert response["Allow"] == "GET, HEAD, POST"  # the view's own
        assert response["Content-Security-Policy"] and response["X-Frame-Options"] == "DENY"
    assert_in_the_sites_design(client.put("/alerts/"), 405, "This page can't take that request")
    spanish = client.put("/es/alerts/").content.decode()
    assert '<html lang="es"' in spanish


def test_the_api_answers_every_method_and_unknown_list_in_json():
    client = Client(enforce_csrf_checks=True)
    for method, path, status in [
        ("post", "/api/laws/", 405),
        ("delete", "/api/laws/maine-aggravated-sex-trafficking/", 405),
        ("put", "/api/professions/", 405),
        ("get", "/api/no-such-list/", 404),
        ("get", "/api/laws/no-such-law/", 404),
    ]:
        response = getattr(client, method)(path)
        assert response.status_code == status, (method, path)
        assert response["Content-Type"] == "application/json"
        assert json.loads(response.content)["error"], (method, path)
        if status == 405:
            assert response["Allow"] == "GET, HEAD, OPTIONS"
    options = client.options("/api/laws/")
    assert options.status_code == 200 and options["Allow"] == "GET, HEAD, OPTIONS"
    assert client.get("/api/laws/").status_code == 200
