"""On a phone: every number can be tapped, is a finger's height, and never breaks
across lines; the keyboard-only quick-exit hint stays out of the way."""

import pytest

# Read only: the shared demo site (conftest.demo_server).
pytestmark = pytest.mark.django_db

PAGES = ["/", "/get-help/", "/about/", "/for/health-care/", "/for/schools/", "/resources/",
         "/protocols/health-care-trafficking-response/", "/accessibility/",
         "/guides/what-help-can-i-get/", "/guides/worried-about-someone/"]  # fmt: skip

# Each tel: link's size and line count, and any phone number in text outside one.
MEASURE = r"""() => {
  const links = [...document.querySelectorAll('a[href^="tel:"]')].filter(a => a.offsetParent);
  const number = /(?:1[-. ])?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}/;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const untappable = [];
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (number.test(node.textContent) && !node.parentElement.closest('a[href^="tel:"]')
        && node.parentElement.offsetParent) {
      untappable.push(node.textContent.trim());
    }
  }
  return {
    links: links.map(a => ({text: a.textContent.trim(), height: a.getBoundingClientRect().height,
                            lines: a.getClientRects().length})),
    untappable,
  };
}"""


def test_every_number_is_tappable_tall_enough_and_on_one_line(browser, site):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    problems = []
    for path in PAGES:
        page.goto(f"{site}{path}")
        found = page.evaluate(MEASURE)
        assert found["links"], path
        for link in found["links"]:
            if link["height"] < 44 or link["lines"] != 1:
                problems.append((path, link))
        problems += [(path, text) for text in found["untappable"]]
    context.close()
    assert not problems, problems


def test_the_shift_hint_shows_with_a_keyboard_and_mouse_not_on_a_touch_phone(browser, site):
    phone = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    page = phone.new_page()
    page.goto(f"{site}/")
    assert page.locator("[data-quick-exit-hint]").is_hidden()
    phone.close()
    desktop = browser.new_context(viewport={"width": 1280, "height": 900})
    page = desktop.new_page()
    page.goto(f"{site}/")
    assert page.locator("[data-quick-exit-hint]").is_visible()
    desktop.close()
