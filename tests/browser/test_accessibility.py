"""WCAG 2.2 AA, checked with axe-core in Debian's chromium at desktop and phone widths."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from laws.models import Law
from protocols.models import Protocol

# Read only: the shared demo site (conftest.demo_server).
pytestmark = pytest.mark.django_db

AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}
PAGES = ["/", "/laws/", "/protocols/", "/resources/", "/topics/", "/search/?q=trafficking",
         "/search/?q=xylophone", "/get-help/", "/privacy/", "/accessibility/", "/about/",
         "/no-such-page/", "/updates/", "/events/", "/events/past/",
         "/events/sample-health-care-session-1/", "/events/sample-schools-training-cancelled/",
         "/protocols/law-enforcement-suspected-minor-victim/history/",
         "/protocols/law-enforcement-suspected-minor-victim/v/1/",
         "/protocols/law-enforcement-suspected-minor-victim/compare/",
         "/for/", "/for/health-care/", "/alerts/", "/guides/", "/guides/what-help-can-i-get/",
         "/glossary/", "/glossary/sealing/", "/session-laws/", "/session-laws/pl-2023-c-316/",
         "/sessions/maine-131st-legislature/", "/laws/maine-commercial-sexual-exploitation/",
         "/laws/maine-engaging-in-prostitution-repealed/",
         "/alerts/follow/protocol/law-enforcement-suspected-minor-victim/",
         "/charge-table/", "/who-to-report-to/?who=unsure&as=health-care",
         "/laws/maine-sex-trafficking/", "/directory/", "/directory/?county=kennebec",
         "/directory/counties/kennebec/", "/directory/services/pine-tree-legal-civil-legal-help/",
         "/directory/services/preble-street-survivor-rapid-rehousing/",
         "/directory/organizations/", "/directory/organizations/preble-street/",
         "/directory/teams/",
         "/directory/teams/kennebec-somerset-childrens-advocacy-center/"]  # fmt: skip


@pytest.fixture(scope="module")
def axe():
    return Axe()


@pytest.mark.parametrize("width", [1280, 390])
def test_no_axe_violations(browser, site, axe, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    paths = PAGES + [
        Law.objects.published().first().get_absolute_url(),
        Protocol.objects.get(slug="law-enforcement-suspected-minor-victim").get_absolute_url(),
        "/topics/sex-trafficking/",
        f"/corrections/law/{Law.objects.published().first().pk}/",
    ]
    failures = {}
    for path in paths:
        page.goto(f"{site}{path}")
        results = axe.run(page, options=AXE_OPTIONS)
        if results.violations_count:
            failures[path] = results.generate_report()
    context.close()
    assert not failures, "\n\n".join(f"{path}\n{report}" for path, report in failures.items())


def test_each_page_has_one_h1_and_landmarks(site, page):
    for path in PAGES:
        page.goto(f"{site}{path}")
        assert page.locator("h1").count() == 1, path
        assert page.locator("main#main").count() == 1, path
        assert page.locator("header").count() >= 1 and page.locator("footer").count() >= 1
        assert page.locator("html").get_attribute("lang") == "en"


def test_focus_is_visible(site, page):
    page.goto(f"{site}/")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
