"""A new kind of record needs nothing outside its own app.

tests/recordkind holds a tiny kind, Bulletin: a model, its admin, views, urls and
templates, and nothing else anywhere. Everything below finds it through the registry.
"""

import json

import pytest
from django.contrib.auth.models import Group, User
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from network_site.records import publishing
from network_site.records.models import Status
from network_site.records.registry import kinds_in_words, record_kinds
from tests.recordkind.models import Bulletin

pytestmark = pytest.mark.django_db


def make_bulletin(**fields) -> Bulletin:
    defaults = {
        "title": "Office closed on Friday",
        "slug": "office-closed",
        "body": "The office is closed; the zanzibarite hotline stays open.",
        "status": Status.PUBLISHED,
    }
    return publishing.save(Bulletin(**{**defaults, **fields}))


def test_the_registry_finds_every_kind_of_record():
    """The project's kinds and the test kind, each once (a kind added later in its own
    app is found with them: this test needs no edit for it)."""
    labels = [kind._meta.label for kind in record_kinds()]
    assert len(labels) == len(set(labels))
    assert set(labels) >= {
        "laws.Law",
        "laws.SessionLaw",
        "protocols.Protocol",
        "resources.Resource",
        "resources.Event",
        "resources.Guide",
        "resources.Term",
        "recordkind.Bulletin",
    }


def test_it_is_published_and_listed(client):
    bulletin = make_bulletin()
    draft = make_bulletin(title="Unannounced closure", slug="unannounced", status=Status.DRAFT)
    assert client.get("/bulletins/office-closed/").status_code == 200
    assert client.get(draft.get_absolute_url()).status_code == 404
    listing = client.get("/bulletins/").content.decode()
    assert bulletin.title in listing and draft.title not in listing
    home = client.get("/").content.decode()
    assert "Short notices from the Network." in home and bulletin.title in home


def test_a_rename_redirects_and_a_withdrawal_answers_410(client):
    bulletin = make_bulletin()
    bulletin.slug = "office-closed-friday"
    publishing.save(bulletin)
    response = client.get("/bulletins/office-closed/")
    assert response.status_code == 301
    assert response["Location"] == "/bulletins/office-closed-friday/"
    publishing.move(bulletin, Status.WITHDRAWN)
    assert client.get("/bulletins/office-closed-friday/").status_code == 410


def test_it_has_a_permanent_link(client):
    bulletin = make_bulletin()
    response = client.get(f"/p/bulletin/{bulletin.pk}/")
    assert response.status_code == 302
    assert response["Location"] == bulletin.get_absolute_url()


def test_its_pages_are_cached_and_made_stale_by_a_publish(
    client, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE = True
    cache.clear()
    with django_capture_on_commit_callbacks(execute=True):
        make_bulletin()
    assert "Office closed" in client.get("/bulletins/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        make_bulletin(title="Training moved online", slug="moved-online")
    assert "Training moved online" in client.get("/bulletins/").content.decode()
    cache.clear()


def test_it_is_searched(client):
    make_bulletin()
    results = client.get("/search/", {"q": "zanzibarite"}).context["results"]
    assert [hit.title for hit in results.hits] == ["Office closed on Friday"]
    assert results.counts["bulletin"] == 1
    filtered = client.get("/search/", {"q": "zanzibarite", "type": "bulletin"})
    assert filtered.context["chosen_type"] == "bulletin"


def test_it_is_in_the_sitemap_the_api_and_the_feed(client):
    bulletin = make_bulletin(change_note="Closed for the holiday.")
    assert bulletin.get_absolute_url() in client.get("/sitemap.xml").content.decode()
    api = client.get("/api/bulletins/").json()
    assert bulletin.body in [row["body"] for row in api["results"]]
    assert client.get("/api/bulletins/office-closed/").json()["title"] == bulletin.title
    assert "Closed for the holiday." in client.get("/updates/feed/").content.decode()


def test_it_is_exported_and_imported(tmp_path):
    make_bulletin()
    path = tmp_path / "content.json"
    call_command("export_content", str(path), verbosity=0)
    assert "recordkind.Bulletin" in json.loads(path.read_text())["models"]
    Bulletin.objects.all().delete()
    from django.apps import apps

    from network_site.records.backup import exported_models

    for label in reversed(exported_models()):
        apps.get_model(label).objects.all().delete()
    call_command("import_content", str(path), verbosity=0)
    assert Bulletin.objects.get(slug="office-closed").title == "Office closed on Friday"
    assert Client().get("/search/", {"q": "zanzibarite"}).context["results"].total == 1


def test_the_roles_cover_it_and_it_waits_in_the_review_queue():
    editor = {p.codename for p in Group.objects.get(name="Editor").permissions.all()}
    publisher = {p.codename for p in Group.objects.get(name="Publisher").permissions.all()}
    assert {"add_bulletin", "change_bulletin", "view_bulletin"} <= editor
    assert "publish_bulletin" not in editor
    assert "publish_bulletin" in publisher
    make_bulletin(title="Waiting bulletin", status=Status.IN_REVIEW)
    pat = User.objects.create_user("pat", password="a-long-test-password", is_staff=True)
    pat.groups.add(Group.objects.get(name="Publisher"))
    client = Client()
    client.force_login(pat)
    assert "Waiting bulletin" in client.get(reverse("admin:review-queue")).content.decode()
    assert "Waiting bulletin" in client.get(reverse("admin:stale")).content.decode()


def test_a_field_named_like_another_kinds_does_nothing_undeclared(client):
    """Bulletin has a `jurisdiction` and `citation_keys` but declares no search filter
    and no citations: the search neither narrows it by jurisdiction nor treats it as
    cited."""
    make_bulletin(title="Zanzibarite notice", jurisdiction="federal", citation_keys=" 17-a:852 ")
    found = client.get(reverse("search"), {"q": "zanzibarite"}).context["results"]
    assert [hit.source.model for hit in found.hits] == [Bulletin]
    narrowed = client.get(reverse("search"), {"q": "zanzibarite", "jurisdiction": "federal"})
    assert narrowed.context["results"].hits == [], "a kind without the filter is left out"
    cited = client.get(reverse("search"), {"q": "17-A M.R.S. § 852"}).context["results"]
    assert Bulletin not in {hit.source.model for hit in cited.hits}


def test_a_kind_brings_its_demo_content_and_the_check_warns_without_it(monkeypatch):
    assert Bulletin.objects.published().filter(slug="demo-bulletin").exists()
    from network_site.records import checks

    assert checks.every_record_app_brings_demo_content() == []
    real_find_spec = checks.importlib.util.find_spec

    def no_demo_for_bulletins(name):
        return None if name == "tests.recordkind.demo" else real_find_spec(name)

    monkeypatch.setattr(checks.importlib.util, "find_spec", no_demo_for_bulletins)
    (warning,) = checks.every_record_app_brings_demo_content()
    assert warning.id == "records.W001" and "recordkind" in warning.msg


def test_a_field_missing_from_its_admin_form_fails_the_check(monkeypatch):
    from django.contrib import admin

    from laws.models import Law
    from network_site.records import checks

    assert checks.every_field_is_in_its_admin_form() == []
    law_admin = type(admin.site._registry[Law])
    fieldsets = [
        (name, {**options, "fields": [f for f in options["fields"] if f != "other_names"]})
        for name, options in law_admin.fieldsets
    ]
    monkeypatch.setattr(law_admin, "fieldsets", fieldsets)
    (error,) = checks.every_field_is_in_its_admin_form()
    assert error.id == "records.E001" and "laws.Law.other_names" in error.msg
    monkeypatch.setattr(Law, "not_edited_in_admin", ("other_names",), raising=False)
    assert checks.every_field_is_in_its_admin_form() == []


def test_the_system_checks_pass():
    """What `manage.py check` runs at every start: the registry's checks among them."""
    call_command("check", fail_level="WARNING")


def test_copy_that_lists_the_kinds_names_a_new_one(client):
    """The test kind among the kinds the feed and search name, from the registry."""
    named = kinds_in_words()
    assert "glossary terms" in named and "bulletins" in named
    feed = client.get("/updates/feed/").content.decode()
    assert f"{named.capitalize()}, published or changed." in feed
    search = client.get("/search/").content.decode()
    assert f"Search all the {named}. Your searches" in search


def test_a_kind_says_what_its_search_results_show_above_their_titles(client):
    make_bulletin(title="Zanzibarite notice")
    page = client.get(reverse("search"), {"q": "zanzibarite"}).content.decode()
    assert "Notice from the Network" in page and "Zanzibarite notice" in page
    law = client.get(reverse("search"), {"q": "17-A 852"}).content.decode()
    assert "Law · Maine · 17-A M.R.S. § 852" in law  # a law's: its citation


def test_a_kind_without_the_index_of_its_published_ids_fails_the_check(monkeypatch):
    from network_site.records.checks import every_kind_indexes_its_published_ids
    from protocols.models import Protocol

    assert every_kind_indexes_its_published_ids() == []
    own = [index for index in Protocol._meta.indexes if index.fields != ["id"]]
    monkeypatch.setattr(Protocol._meta, "indexes", own)
    errors = every_kind_indexes_its_published_ids()
    assert [(error.id, error.obj) for error in errors] == [("records.E002", Protocol)]
