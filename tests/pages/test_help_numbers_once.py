"""The help numbers where a reader needs them: a compact strip at the top of a
survivor's page (the full list at its end), and each number once per page."""

import re
from collections import Counter

import pytest
from django.test import Client

from network_site.pages.models import HelpLine

pytestmark = pytest.mark.django_db

# The numbers of the help strip and help boxes (page text's own tel: links aside).
HELP_NUMBER = re.compile(r'class="help-(?:line|strip)__number" href="(tel:[^"]+|sms:[^"]+)"')


def page(url: str) -> str:
    response = Client().get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/guides/is-this-trafficking/",
        "/guides/what-help-can-i-get/",
        "/for/health-care/",
        "/for/law-enforcement/",
        "/laws/",
        "/get-help/",
        "/search/?q=my+boyfriend+makes+me+sell+sex",
        "/search/?q=trafficking",
        "/search/?q=xylophone",
    ],
)
def test_each_help_number_is_on_the_page_once_and_every_number_is_there(url):
    html = page(url)
    shown = Counter(HELP_NUMBER.findall(html))
    lines = HelpLine.objects.filter(is_active=True)
    # A number several lines share (711, Maine Relay) is shown once for each.
    sharing = Counter(
        href
        for line in lines
        for href, number in ((line.phone_href, line.phone), (line.text_href, line.text_number),
                             (line.tty_href, line.tty))
        if number
    )  # fmt: skip
    twice = [href for href, count in shown.items() if count > sharing[href]]
    assert shown and not twice, twice
    for line in lines:
        assert line.phone_href in shown, (url, line.name)


def test_a_guide_starts_with_a_compact_strip_and_ends_with_the_other_numbers():
    html = page("/guides/is-this-trafficking/")
    strip = html.split('class="help-strip"')[1].split("</aside>")[0]
    first_answer = html.index('id="sex-trafficking"')
    assert html.index('class="help-strip"') < first_answer
    assert 'href="tel:911"' in strip and 'href="tel:18883737888"' in strip
    assert 'href="sms:233733"' in strip and 'href="#help-numbers"' in strip
    # The crisis lines come after the answers, in the box the strip points to.
    box = html.split('id="help-numbers"')[1]
    assert html.index('id="help-numbers"') > first_answer
    assert 'href="tel:18008717741"' in box and 'href="tel:18883737888"' not in box
