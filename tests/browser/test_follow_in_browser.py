"""Following a protocol by email in a real browser: by keyboard, with no cookie, and
every page of the way accessible at desktop and phone widths."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from network_site.alerts.follow import take_requests
from network_site.alerts.models import Subscription
from tests.browser.test_accessibility import AXE_OPTIONS

pytestmark = pytest.mark.django_db(transaction=True)
PROTOCOL = "/protocols/law-enforcement-suspected-minor-victim/"


def assert_accessible(page, axe, label: str) -> None:
    results = axe.run(page, options=AXE_OPTIONS)
    assert not results.violations_count, f"{label}\n{results.generate_report()}"


@pytest.mark.parametrize("width", [1280, 390])
def test_follow_by_keyboard_confirm_and_manage(browser, site_to_change, width):
    axe = Axe()
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(f"{site_to_change}{PROTOCOL}")
    page.get_by_label("Your email address").focus()
    page.keyboard.type("a@b")  # passes the browser's check, not the server's
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("#follow-email-error").is_visible()
    assert page.locator("#follow-email").input_value() == "a@b"
    assert_accessible(page, axe, "follow page with an error")

    page.locator("#follow-email").fill("partner@example.org")
    page.get_by_label("A weekly summary").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Follow by email").press("Enter")
    assert page.locator("h1").inner_text() == "Check your email"
    assert_accessible(page, axe, "check your email")
    assert context.cookies() == [], "following sets no cookie"

    take_requests()  # what the next send_alerts run does first
    subscription = Subscription.objects.get()
    assert subscription.frequency == "weekly"
    page.goto(f"{site_to_change}/alerts/confirm/{subscription.confirm_token}/")
    assert_accessible(page, axe, "confirm")
    with page.expect_navigation():
        page.get_by_role("button", name="Confirm").click()
    assert page.locator("h1").inner_text() == "You are following this"
    with page.expect_navigation():
        page.get_by_role("link", name="Manage what you follow").click()
    assert_accessible(page, axe, "manage")
    for path in ("/alerts/", f"/alerts/unsubscribe/{subscription.subscriber.token}/"):
        page.goto(f"{site_to_change}{path}")
        assert_accessible(page, axe, path)
    context.close()
