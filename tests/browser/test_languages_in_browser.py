"""Pages in another language, in Debian's chromium: accessible at desktop and phone
widths (axe-core), right to left in Arabic, and the quick exit as in English."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.test_accessibility import AXE_OPTIONS

# Read only: the shared demo site (conftest.demo_server).
pytestmark = pytest.mark.django_db

# One page of each kind (a list, a record, search, a form, a 404): the English pages'
# own test (test_accessibility) covers every page.
PAGES = ["/", "/laws/", "/laws/maine-sex-trafficking/",
         "/protocols/law-enforcement-suspected-minor-victim/", "/search/?q=trafficking",
         "/get-help/", "/guides/what-help-can-i-get/", "/directory/?county=kennebec",
         "/events/", "/alerts/", "/who-to-report-to/?who=unsure&as=health-care",
         "/no-such-page/"]  # fmt: skip


# In the other languages, the pages whose words they translate beyond the interface
# (the help box, Get help, "Is this trafficking?") and the pages every reader passes.
SOME_PAGES = ["/", "/laws/", "/get-help/", "/guides/is-this-trafficking/",
              "/search/?q=trafficking", "/topics/"]  # fmt: skip


@pytest.fixture
def offered(settings) -> list[str]:
    """The languages the site offers besides English (settings.LANGUAGES): all five."""
    offered = [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    assert offered == ["es", "pt", "so", "ar", "fr"]
    return offered


@pytest.mark.parametrize("width", [1280, 390])
def test_no_axe_violations_in_any_language(browser, site, offered, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    axe = Axe()
    failures = {}
    for language in offered:
        paths = PAGES if language in ("es", "ar") else SOME_PAGES
        for path in paths:
            page.goto(f"{site}/{language}{path}")
            results = axe.run(page, options=AXE_OPTIONS)
            if results.violations_count:
                failures[f"/{language}{path}"] = results.generate_report()
    context.close()
    assert not failures, "\n\n".join(f"{path}\n{report}" for path, report in failures.items())


def test_arabic_pages_read_from_the_right(site, page, offered):
    page.goto(f"{site}/ar/laws/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    heading = page.locator("h1").bounding_box()
    # The heading starts at the right edge of the page, as the page's text does.
    assert heading["x"] + heading["width"] > page.viewport_size["width"] * 0.6


def test_the_quick_exit_works_the_same_in_spanish(site, page, offered, neutral_site):
    page.goto(f"{site}/es/get-help/")
    assert page.locator("html").get_attribute("lang") == "es"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Ir al contenido"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent").startswith("Salir de este sitio")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(neutral_site)
    page.go_back()
    assert not page.url.startswith(site)  # the help page was replaced in history


def test_the_language_menu_takes_the_reader_to_the_same_page(site, page, offered):
    page.goto(f"{site}/laws/maine-sex-trafficking/")
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Español").click()
    page.wait_for_url(f"{site}/es/laws/maine-sex-trafficking/")
    assert page.locator("html").get_attribute("lang") == "es"
    page.get_by_role("navigation", name="Idioma").get_by_role("link", name="English").click()
    page.wait_for_url(f"{site}/laws/maine-sex-trafficking/")
