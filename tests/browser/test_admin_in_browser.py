"""What only a real browser shows: staff can log in and the editor previews safely."""

import pytest

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


def test_the_admin_pages_break_no_content_security_policy(live_server, page):
    from django.urls import reverse

    from laws.models import Law
    from network_site.records import publishing

    log_in(page, live_server.url)
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
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("load")
        found = page.evaluate("window.__csp")
        if found:
            violations[path] = found
    assert not violations, violations
