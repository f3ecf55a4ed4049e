"""What only a real browser shows in the admin: staff can log in, the editor previews
safely, no page breaks the content security policy, and the pages staff work in pass
axe. Each test has a database of its own: they change it."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse

from laws.models import Law, LegislativeSession, SessionLaw
from network_site.pages.models import HelpLine
from network_site.records import publishing
from network_site.records.models import PendingRevision
from resources.models import Event, Resource
from tests.browser.test_accessibility import AXE_OPTIONS
from tests.factories import make_staff

pytestmark = pytest.mark.django_db(transaction=True)


def log_in(page, base_url: str) -> None:
    make_staff("writer", superuser=True)
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", "writer")
    page.fill("#id_password", "a-long-test-password")
    page.click("input[type=submit]")
    page.wait_for_url(f"{base_url}/admin/")


def test_staff_can_log_in_despite_the_strict_referrer_policy(live_server, page):
    # A no-referrer admin page makes browsers post "Origin: null", which CSRF refuses.
    log_in(page, live_server.url)
    assert page.locator("#site-name").is_visible()


def test_markdown_editor_previews_sanitized_html(live_server, page):
    log_in(page, live_server.url)
    page.goto(f"{live_server.url}/admin/laws/law/add/")
    page.fill("#id_summary", "## Who it covers\n\n<script>window.hacked = 1</script>**bold**")
    preview = page.locator(".markdownx-preview")
    preview.locator("h2#who-it-covers").wait_for()
    assert "<strong>bold</strong>" in preview.inner_html()
    assert "script" not in preview.inner_html()
    assert page.evaluate("window.hacked") is None


CSP_WATCH = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""


def test_the_admin_pages_break_no_content_security_policy(site_to_change, page):
    log_in(page, site_to_change)
    law = Law.objects.get(slug="maine-sex-trafficking")
    law.title = f"{law.title} (edited)"
    publishing.save(law)  # so its history has two versions to compare
    page.add_init_script(CSP_WATCH)
    paths = [
        reverse("admin:laws_law_changelist"),
        reverse("admin:laws_law_change", args=[law.pk]),
        reverse("admin:laws_law_history", args=[law.pk]),
        reverse("admin:laws_law_add"),
        reverse("admin:review-queue"),
        reverse("admin:stale"),
        reverse("admin:links"),
        reverse("admin:resources_event_add"),
    ]
    violations = {}
    for path in paths:
        page.goto(f"{site_to_change}{path}")
        page.wait_for_load_state("load")
        found = page.evaluate("window.__csp")
        if found:
            violations[path] = found
    assert not violations, violations


def test_the_markdown_editor_breaks_no_content_security_policy(live_server, page):
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(f"{page.url}: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    log_in(page, live_server.url)
    page.goto(f"{live_server.url}/admin/protocols/protocol/add/")
    page.fill("#id_body", "## Checked\n\nUnder the policy.")
    page.locator(".markdownx-preview h2#checked").wait_for()
    for path in ("/admin/", "/admin/laws/law/", "/admin/review/", "/admin/stale/", "/admin/links/"):
        page.goto(f"{live_server.url}{path}")
    assert violations == []


SERIOUS = ("serious", "critical")


@pytest.mark.parametrize("width", [1280, 390])
def test_the_staff_pages_have_no_serious_axe_violations(browser, site_to_change, width):
    """The admin pages staff work in: add, change, history, review, link health."""
    line = HelpLine.objects.first()
    law = Law.objects.published().first()
    law.title = f"{law.title} (edited)"
    publishing.save(law)
    held = PendingRevision.objects.create(
        record=law, data={"title": "Proposed"}, base={"title": law.title},
        base_revision=law.revision,
    )  # fmt: skip
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    log_in(page, site_to_change)
    paths = [
        reverse("admin:index"),
        reverse("admin:laws_law_changelist"),
        reverse("admin:laws_law_add"),
        reverse("admin:laws_law_change", args=[law.pk]),
        reverse("admin:laws_law_history", args=[law.pk]),
        reverse("admin:review-queue"),
        reverse("admin:review-revision", args=[held.pk]),
        reverse("admin:links"),
        reverse("admin:stale"),
        reverse("admin:laws_sessionlaw_change", args=[SessionLaw.objects.first().pk]),
        reverse(
            "admin:laws_legislativesession_change", args=[LegislativeSession.objects.first().pk]
        ),
        # Date and time inputs, checkbox lists, site content and a revert form.
        reverse("admin:resources_event_add"),
        reverse("admin:resources_event_change", args=[Event.objects.first().pk]),
        reverse("admin:resources_resource_change", args=[Resource.objects.first().pk]),
        reverse("admin:pages_helpline_change", args=[line.pk]),
        reverse(
            "admin:pages_helpline_simple_history",
            args=[line.pk, line.history.first().history_id],
        ),
        reverse("admin:laws_law_simple_history", args=[law.pk, law.history.first().history_id]),
    ]
    axe = Axe()
    failures = {}
    for path in paths:
        page.goto(f"{site_to_change}{path}")
        results = axe.run(page, options=AXE_OPTIONS)
        serious = [v for v in results.response["violations"] if v["impact"] in SERIOUS]
        if serious:
            failures[path] = [
                (v["id"], v["impact"], [node["target"] for node in v["nodes"][:3]]) for v in serious
            ]
    context.close()
    assert not failures, failures
