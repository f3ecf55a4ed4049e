"""Quick exit, keyboard use, and nothing loaded from anyone else, in a real browser."""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from laws.models import Law
from protocols.models import Protocol

# Read only: the shared demo site (conftest.demo_server).
pytestmark = pytest.mark.django_db

PUBLIC_PATHS = ["/", "/laws/", "/protocols/", "/resources/", "/topics/", "/get-help/",
                "/about/", "/privacy/", "/accessibility/", "/search/?q=trafficking",
                "/no-such-page/"]  # fmt: skip


def detail_paths() -> list[str]:
    return [
        Law.objects.published().first().get_absolute_url(),
        # The widest: a penalty table and a timeline.
        Law.objects.published().filter(penalties__isnull=False).first().get_absolute_url(),
        Protocol.objects.published().first().get_absolute_url(),
        "/session-laws/pl-2023-c-316/",
        "/sessions/maine-131st-legislature/",
    ]


def test_shift_three_times_leaves_for_the_neutral_site(site, page, neutral_site):
    page.goto(f"{site}/get-help/")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(neutral_site)
    page.go_back()
    assert not page.url.startswith(site)  # the help page was replaced in history


def test_the_button_leaves_and_back_does_not_return(site, page, neutral_site):
    page.goto(f"{site}/privacy/")
    page.get_by_role("link", name="Leave this site").click()
    page.wait_for_url(neutral_site)
    page.go_back()
    assert not page.url.startswith(site)


def test_typing_capitals_is_not_a_request_to_leave(site, page):
    page.goto(f"{site}/")
    page.get_by_role("searchbox", name="Search the library").press_sequentially("ABC Maine LAW")
    page.wait_for_timeout(300)
    assert page.url.startswith(site)


def test_without_javascript_the_button_is_a_plain_link(browser, site, neutral_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site}/")
    assert page.get_by_role("heading", level=1).is_visible()  # the page reads without JS
    page.get_by_role("link", name="Leave this site").click()
    page.wait_for_url(neutral_site)
    context.close()


def test_the_shortcut_is_explained_next_to_the_button(site, page):
    page.goto(f"{site}/")
    expect(page.get_by_text("Or press Shift 3 times")).to_be_visible()


def test_tab_reaches_the_skip_link_then_quick_exit(site, page):
    page.goto(f"{site}/laws/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.quickExit") == ""
    assert page.evaluate("document.activeElement.textContent").startswith("Leave this site")


def test_every_link_on_the_home_page_is_reachable_by_keyboard(site, page):
    page.goto(f"{site}/")
    links = page.eval_on_selector_all(
        "a[href]", "links => links.filter(a => a.offsetParent !== null).map(a => a.href)"
    )
    reached = set()
    for _ in range(len(links) + 10):
        page.keyboard.press("Tab")
        href = page.evaluate("document.activeElement.href || ''")
        if href:
            reached.add(href)
    assert set(links) <= reached


def test_the_skip_link_moves_focus_to_the_content(site, page):
    page.goto(f"{site}/laws/")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_no_request_leaves_this_machine(site, page):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    for path in PUBLIC_PATHS + detail_paths():
        page.goto(f"{site}{path}")
        page.wait_for_load_state("networkidle")
    hosts = {urlsplit(url).hostname for url in requested if not url.startswith("data:")}
    assert hosts <= {"127.0.0.1", "localhost"}, hosts
    assert len(requested) >= len(PUBLIC_PATHS) * 3  # page, stylesheet and script each time


@pytest.mark.parametrize("width", [320, 390])
def test_pages_reflow_without_sideways_scrolling(browser, site, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    for path in PUBLIC_PATHS + detail_paths():
        page.goto(f"{site}{path}")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at {width}px"
    context.close()


def test_text_at_200_percent_still_fits(browser, site):
    # 200% zoom on a 1280px window lays the page out as a 640px one with doubled pixels.
    context = browser.new_context(viewport={"width": 640, "height": 800}, device_scale_factor=2)
    page = context.new_page()
    for path in PUBLIC_PATHS:
        page.goto(f"{site}{path}")
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), path
    context.close()
