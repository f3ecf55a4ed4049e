"""On paper: no navigation or quick-exit chrome; title, version, permanent link, date."""

import pytest
from playwright.sync_api import expect

from protocols.models import Protocol

# Read only: the shared demo site (conftest.demo_server).
pytestmark = pytest.mark.django_db


def test_print_stylesheet_hides_the_chrome_and_shows_where_it_came_from(site, page):
    protocol = Protocol.objects.get(slug="law-enforcement-suspected-minor-victim")
    page.goto(f"{site}{protocol.get_absolute_url()}")
    assert page.locator(".print-header").is_hidden()
    page.emulate_media(media="print")
    for chrome in (".site-nav", ".quick-exit", ".search-form--header", ".site-footer", ".toc"):
        assert page.locator(chrome).first.is_hidden(), chrome
    header = page.locator(".print-header")
    assert header.is_visible()
    assert f"/p/protocol/{protocol.pk}/" in header.inner_text()
    assert "Printed" in header.inner_text()
    assert page.get_by_role("heading", level=1).is_visible()
    assert page.locator(".version").is_visible()


def test_the_print_button_appears_with_javascript(site, page):
    page.goto(f"{site}/laws/")
    page.get_by_role("link", name="Aggravated sex trafficking").click()
    expect(page.get_by_role("button", name="Print")).to_be_visible()  # once the script runs
    expect(page.get_by_text("use your browser's Print command")).to_be_hidden()


def test_on_paper_links_show_full_addresses_and_the_official_text(site, page):
    from laws.models import Law

    law = Law.objects.get(slug="maine-aggravated-sex-trafficking")
    page.goto(f"{site}{law.get_absolute_url()}")
    page.emulate_media(media="print")
    assert (
        f"Official text of {law.citation}: {law.official_url}"
        in page.locator(".print-header").inner_text()
    )

    def printed_after(selector: str) -> str:
        return page.eval_on_selector(selector, "link => getComputedStyle(link, '::after').content")

    related = printed_after(".link-list a[href^='/laws/']")
    assert related.startswith(f'" ({site}/laws/'), related  # this site's, in full
    resource = printed_after(".link-list a[href^='/resources/']")
    assert '" (https://' in resource and site not in resource, resource  # the publisher's
