"""A citation in any record's text links to the law's page when the site publishes it,
and a protocol lists (and its professions' pages list) every law its text cites."""

import pytest
from django.test import Client

from laws.models import Law
from network_site.records import publishing
from network_site.records.models import Status
from network_site.vocabulary.models import Audience
from protocols.models import Protocol
from tests.factories import make_law, make_protocol

pytestmark = pytest.mark.django_db

FORENSIC = "/laws/maine-forensic-examination-payment/"


def page(url: str) -> str:
    response = Client().get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def laws_listed(html: str) -> str:
    """The page's list of the laws it relies on."""
    return html.split('id="related-laws-heading"')[1].split("</section>")[0]


def test_a_nurse_reaches_the_forensic_exam_law_from_the_health_care_protocol():
    html = page("/protocols/health-care-trafficking-response/")
    assert f'<a class="citation-link" href="{FORENSIC}">5 M.R.S. § 3360-M</a>' in html
    assert FORENSIC in laws_listed(html)
    assert FORENSIC in page("/for/health-care/")
    # ... and the law's page names the protocol that cites it.
    assert "/protocols/health-care-trafficking-response/" in page(FORENSIC)


def test_only_published_laws_are_linked_and_listed_following_the_gate():
    law = make_law(title="Cited later", citation="98 M.R.S. § 7001", status=Status.DRAFT)
    protocol = make_protocol(body="## Steps\n\nFollow 98 M.R.S. § 7001 and 98 M.R.S. § 7002.")
    html = page(protocol.get_absolute_url())
    assert law.get_absolute_url() not in html and 'class="citation-link"' not in html
    law.status = Status.PUBLISHED
    publishing.save(law)
    html = page(protocol.get_absolute_url())
    assert f'href="{law.get_absolute_url()}">98 M.R.S. § 7001</a>' in html
    assert law.get_absolute_url() in laws_listed(html)
    assert "98 M.R.S. § 7002" in html and html.count('class="citation-link"') == 1
    law.status = Status.DRAFT
    publishing.save(law)
    html = page(protocol.get_absolute_url())
    assert law.get_absolute_url() not in html
    assert list(Protocol.objects.get(pk=protocol.pk).cited_laws.all()) == []


def test_a_subsection_links_its_own_page_or_else_its_sections_and_headings_are_left_alone():
    protocol = make_protocol(
        body="## Under 17-A M.R.S. § 853\n\nThe defense in 17-A M.R.S. § 853(3) applies; "
        "so may 17-A M.R.S. § 852(1)(B)."
    )
    html = page(protocol.get_absolute_url())
    defense = Law.objects.get(citation="17-A M.R.S. § 853(3)").get_absolute_url()
    aggravated = Law.objects.get(citation="17-A M.R.S. § 852").get_absolute_url()
    assert f'href="{defense}">17-A M.R.S. § 853(3)</a>' in html
    assert f'href="{aggravated}">17-A M.R.S. § 852(1)(B)</a>' in html
    assert 'class="citation-link"' not in html.split("<h2")[1].split("</h2>")[0]


def test_a_profession_page_lists_the_laws_its_protocols_cite_in_their_text():
    law = make_law(title="Only cited", citation="97 M.R.S. § 11")
    protocol = make_protocol(body="## Steps\n\nSee 97 M.R.S. § 11.")
    protocol.disciplines.add(Audience.objects.get(slug="schools"))
    publishing.save(protocol)
    assert law.get_absolute_url() in page("/for/schools/")
