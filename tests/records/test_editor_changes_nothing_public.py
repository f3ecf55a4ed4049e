"""The promise, proved by walking every door: an editor posts a change to every admin URL
that accepts a POST (add, change, delete, History -> Revert, every action, the list's
own edits, every inline with its form), found from the admin site's own registry; the
public site (every page reached from the sitemap, the JSON API, the feeds, the
calendars, the help box on each page) reads exactly as before.

A new model, admin, action or inline is walked with no edit here.
"""

import re
import xml.etree.ElementTree as ET
from collections import Counter

import pytest
from django.conf import settings
from django.contrib import admin
from django.test import Client, RequestFactory
from django.urls import NoReverseMatch, reverse

from network_site.records.models import Record
from network_site.records.registry import record_kinds
from tests.admin_forms import form_fields
from tests.records.test_staff_roles_review_and_sign_in import staff

pytestmark = pytest.mark.django_db

NOT_PUBLIC = ("/admin/", "/search/", "/alerts/", "/static/", "/media/", "/markdownx/")
MAX_PAGES = 2000
HREF = re.compile(r'(?:href|src)="(/[^"#?]*)"')
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
DTSTAMP = re.compile(rb"DTSTAMP:\d{8}T\d{6}Z")


def public_snapshot() -> dict[str, tuple[int, bytes]]:
    """Every public address reachable from the sitemap, the API, the feeds and the
    calendars, following links, with its status and body."""
    client = Client()
    sitemap = client.get("/sitemap.xml").content
    seeds = ["/", "/sitemap.xml", "/robots.txt", "/updates/", "/updates/feed/"]
    seeds += [urlpath(loc.text) for loc in ET.fromstring(sitemap).iter(f"{SITEMAP_NS}loc")]
    seeds += ["/api/professions/", reverse("resources:calendar")]
    for kind in record_kinds():
        if kind.api_name:
            seeds.append(reverse("api:list", args=[kind.api_name]))
        for slug in kind.objects.public().values_list("slug", flat=True):
            if kind.api_name:
                seeds.append(reverse("api:detail", args=[kind.api_name, slug]))
            seeds.append(reverse("record-feed", args=[kind._meta.model_name, slug]))
    # English and Spanish: the other languages' pages are the same views and templates
    # with other words (tests/pages/test_languages.py walks them).
    skipped = NOT_PUBLIC + tuple(
        f"/{code}/" for code, _name in settings.LANGUAGES if code not in ("en", "es")
    )
    seen: dict[str, tuple[int, bytes]] = {}
    queue = list(dict.fromkeys(seeds))
    while queue and len(seen) < MAX_PAGES:
        path = queue.pop(0)
        if path in seen or path.startswith(skipped):
            continue
        response = client.get(path)
        body = b"".join(response) if response.streaming else response.content
        # A calendar's DTSTAMP is the moment it was generated, not a change.
        body = DTSTAMP.sub(b"DTSTAMP:(when generated)", body)
        seen[path] = (response.status_code, body)
        if response.status_code in (301, 302):
            queue.append(urlpath(response["Location"]))
        if "html" in response.get("Content-Type", "") or "xml" in response.get("Content-Type", ""):
            queue += [p for p in HREF.findall(body.decode()) if p not in seen]
    return seen


def urlpath(address: str) -> str:
    return re.sub(r"^https?://[^/]+", "", address)


def sample_objects(model, model_admin, request) -> list:
    """Up to two objects the admin lists: public records first, as they matter most."""
    queryset = model_admin.get_queryset(request)
    if issubclass(model, Record):
        public = list(queryset.filter(pk__in=model.objects.public().values("pk"))[:2])
        return public or list(queryset[:2])
    return list(queryset[:2])


def admin_name(model, view: str) -> str:
    return f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}"


def walk_admin(superuser_client, editor_client, superuser) -> Counter:
    """Post, as the editor, a change to every admin URL that takes a POST. Returns the
    statuses answered, by kind of path."""
    request = RequestFactory().get("/admin/")
    request.user = superuser
    answered = Counter()

    def post(label: str, url: str, data: dict):
        response = editor_client.post(url, data)
        answered[label, response.status_code] += 1
        return response

    for model, model_admin in admin.site._registry.items():
        objects = sample_objects(model, model_admin, request)
        add = reverse(admin_name(model, "add"))
        page = superuser_client.get(add)
        if page.status_code == 200:
            # The add form filled from an existing object's values, each retyped, its
            # rows as new rows.
            filled = form_fields(page.content.decode())
            if objects:
                change_page = superuser_client.get(
                    reverse(admin_name(model, "change"), args=[objects[0].pk])
                )
                found = form_fields(change_page.content.decode())
                filled.update(found)
                filled.typed = found.typed
            # Its rows as new rows: no ids, and no key of the record they came from.
            parent_keys = [
                (formset.get_default_prefix(), formset.fk.name)
                for formset in (
                    inline.get_formset(request)
                    for inline in model_admin.get_inline_instances(request)
                )
            ]
            for name in list(filled):
                if name.endswith("-INITIAL_FORMS"):
                    filled[name] = "0"
                elif re.search(r"-\d+-id$", name) or any(
                    re.fullmatch(rf"{prefix}-\d+-{fk}", name) for prefix, fk in parent_keys
                ):
                    del filled[name]
            if "status" in filled:
                filled["status"] = "draft"  # what an editor may choose
            post("add", add, filled.retyped("added"))
        for obj in objects:
            change = reverse(admin_name(model, "change"), args=[obj.pk])
            data = form_fields(superuser_client.get(change).content.decode())
            post("change", change, {**data.retyped("edited"), "_save": "Save"})
            if hasattr(model, "history") and hasattr(model_admin, "history_form_view"):
                for version in obj.history.order_by("history_date")[:2]:
                    try:
                        revert = reverse(
                            admin_name(model, "simple_history"), args=[obj.pk, version.history_id]
                        )
                    except NoReverseMatch:
                        continue
                    form = form_fields(superuser_client.get(revert).content.decode())
                    post("revert", revert, form)
                    post("revert", revert, form.retyped("reverted"))
            post("delete", reverse(admin_name(model, "delete"), args=[obj.pk]), {"post": "yes"})
        changelist = reverse(admin_name(model, "changelist"))
        listed = superuser_client.get(changelist)
        if listed.status_code == 200 and "changelist-form" in listed.content.decode():
            # The list's own edits (list_editable), as the editor would save them.
            rows = form_fields(listed.content.decode(), "changelist-form")
            if any(key.startswith("form-") for key in rows):
                post("list edit", changelist, {**rows.retyped("listed"), "_save": "Save"})
        for action in model_admin.get_actions(request):
            post(
                f"action {action}",
                changelist,
                {
                    "action": action,
                    "_selected_action": [obj.pk for obj in objects],
                    "index": "0",
                    "post": "yes",  # past delete_selected's confirmation page
                },
            )
    return answered


def test_nothing_an_editor_posts_in_the_admin_changes_the_public_site(admin_user):
    before = public_snapshot()
    assert len(before) > 300, "the snapshot reaches the demo library"
    editor_client = Client()
    editor_client.force_login(staff("eddie", "Editor"))
    superuser_client = Client()
    superuser_client.force_login(admin_user)
    answered = walk_admin(superuser_client, editor_client, admin_user)
    # The walk did real work: edits saved or held for review, and refusals.
    statuses = Counter(status for (_, status) in answered.elements())
    assert statuses[302] > 20 and statuses[403] > 20, answered
    assert not statuses[500], answered
    after = public_snapshot()
    differences = [
        path for path in sorted(before.keys() | after.keys()) if before.get(path) != after.get(path)
    ]
    assert differences == [], f"public pages changed by an editor: {differences[:20]}"
