"""At 390 px, each list's first record is above the fold: the filters fold behind one
control, and the header takes little room."""

import pytest

# Read only: the shared demo site (conftest.demo_server).
pytestmark = pytest.mark.django_db

LISTS = ["/laws/", "/protocols/", "/resources/", "/events/", "/guides/",
         "/laws/?jurisdiction=federal", "/directory/", "/directory/?county=kennebec",
         "/directory/teams/", "/directory/organizations/"]  # fmt: skip
FOLD = 844  # an everyday phone's screen height, in CSS pixels


def test_the_first_record_of_each_list_is_above_the_fold(browser, site):
    context = browser.new_context(
        viewport={"width": 390, "height": FOLD}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    for path in LISTS:
        page.goto(f"{site}{path}")
        first = page.locator(".record__title a").first.bounding_box()
        assert first["y"] + first["height"] <= FOLD, (path, first)
        filters = page.locator("details.filters")  # (a list without filters has none)
        assert not filters.count() or filters.get_attribute("open") is None, path
        header = page.locator("main").bounding_box()["y"]
        assert header <= 135, (path, header)
    # The filters open with one tap, and the menu too.
    page.goto(f"{site}/laws/")
    page.get_by_text("Filter", exact=True).click()
    assert page.get_by_role("link", name="Federal").first.is_visible()
    page.get_by_text("Menu").click()
    assert page.get_by_role("searchbox").is_visible()
    context.close()


def test_on_a_wide_screen_the_filters_and_menu_are_open(browser, site):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{site}/laws/")
    assert page.locator("details.filters").get_attribute("open") is not None
    assert page.get_by_role("searchbox").is_visible()
    assert page.get_by_role("link", name="Protocols & policies").is_visible()
    context.close()


def test_pages_use_the_width_they_have(browser, site):
    """At 1280 px: a list without filters is not squeezed into the filters' column, a
    law's facts sit under their names rather than in a narrow column, and the home
    page's doors and library cards fill their rows."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{site}/guides/")
    assert page.locator(".listing__results").bounding_box()["width"] >= 600
    page.goto(f"{site}/laws/maine-sex-trafficking/")
    facts = page.locator(".document__facts dd").first.bounding_box()
    assert facts["width"] >= 200, facts
    page.goto(f"{site}/")
    for selector in (".doors > li", ".cards--fill > .card"):
        boxes = [item.bounding_box() for item in page.locator(selector).all()]
        row_ends = {}
        for box in boxes:
            row = round(box["y"])
            row_ends[row] = max(row_ends.get(row, 0), box["x"] + box["width"])
        # Every row ends where the first does: none is left half empty.
        assert len(set(map(round, row_ends.values()))) == 1, (selector, row_ends)
    context.close()
