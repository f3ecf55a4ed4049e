"""The small things a careful reader notices: an icon, numbers that can be tapped, a
withdrawn or repealed law that says what happened, a way to reach the Network."""

from datetime import date

import pytest
from django.test import Client

from laws.models import Law
from network_site.pages.models import Contact
from network_site.records import publishing
from network_site.records.models import Status
from tests.factories import make_law, make_protocol

pytestmark = pytest.mark.django_db


def test_the_favicon_and_touch_icon_answer():
    favicon = Client().get("/favicon.ico")
    assert favicon.status_code == 200
    assert favicon["Content-Type"] == "image/x-icon"
    page = Client().get("/").content.decode()
    assert 'rel="icon" href="/favicon.ico"' in page
    assert 'rel="apple-touch-icon"' in page


def test_a_phone_number_in_page_text_is_a_tel_link_that_never_wraps():
    protocol = make_protocol(
        slug="numbers",
        body="## Call\n\nCall 1-800-452-1999 or (207) 626-0034; "
        "not [1-888-373-7888](https://humantraffickinghotline.org/) twice, nor 17-A § 852.",
    )
    html = Client().get(protocol.get_absolute_url()).content.decode()
    assert '<a class="phone" href="tel:+18004521999">1-800-452-1999</a>' in html
    assert '<a class="phone" href="tel:+12076260034">(207) 626-0034</a>' in html
    assert (
        'href="https://humantraffickinghotline.org/" rel="noopener noreferrer">1-888-373-7888'
        in html
    )
    assert "tel:+1852" not in html


def test_the_410_page_names_the_record_its_citation_when_why_and_what_replaced_it():
    current = make_law(title="Current law", citation="99 M.R.S. § 1852")
    old = make_law(title="Old federal law", citation="18 U.S.C. § 9999", jurisdiction="federal")
    old.replaced_by = current
    old.change_note = "Folded into the current law."
    old.status = Status.WITHDRAWN
    publishing.save(old)
    page = Client().get(old.get_absolute_url())
    html = page.content.decode()
    assert page.status_code == 410
    assert "Old federal law has been withdrawn" in html
    assert "18 U.S.C. § 9999" in html
    assert "This law summary was withdrawn" in html
    assert "Law · federal" not in html.split("<h1")[1]
    assert "Folded into the current law." in html
    assert current.get_absolute_url() in html


def test_a_repealed_law_says_since_when_and_what_replaced_it():
    new = make_law(title="The law that replaced it", citation="99 M.R.S. § 853-B")
    repealed = make_law(
        title="Repealed offense",
        legal_status=Law.LegalStatus.REPEALED,
        repealed_on=date(2023, 10, 25),
        replaced_by=new,
    )
    banner = Client().get(repealed.get_absolute_url()).content.decode()
    banner = banner.split('class="notice notice--warning"')[1].split("</p>")[0]
    assert "repealed since" in banner and "October 25, 2023" in banner
    assert new.get_absolute_url() in banner and "99 M.R.S. § 853-B" in banner
    publishing.move(new, Status.DRAFT)
    banner = Client().get(repealed.get_absolute_url()).content.decode()
    assert "The law that replaced it" not in banner, "public only"


def test_the_demo_repealed_law_shows_its_repeal_not_an_enactment_date():
    law = Law.objects.get(slug="maine-engaging-in-prostitution-repealed")
    assert law.enacted_on is None and law.repealed_on == date(2023, 10, 25)


def test_about_and_every_footer_say_how_to_reach_the_network():
    contact = Contact.objects.get()
    contact.email = "info@example.org"
    contact.save()
    about = Client().get("/about/").content.decode()
    assert 'id="contact"' in about
    assert 'href="tel:2076260034"' in about and "mailto:info@example.org" in about
    for url in ("/", "/laws/", "/no-such-page/"):
        assert 'href="/about/#contact"' in Client().get(url).content.decode(), url


def test_the_demo_laws_carry_the_2023_names_and_the_2025_assessments():
    buying = Law.objects.get(citation="17-A M.R.S. § 853-B")
    assert buying.title == "Engaging a person for prostitution"  # P.L. 2023, c. 316
    assert buying.enacted_on is None, "the renaming law's date is not this crime's enactment"
    assessments = Law.objects.get(citation="5 M.R.S. § 3360-I")
    assert assessments.session_law == "P.L. 2025, c. 387"
    assert "$6,000 for aggravated sex trafficking" in assessments.summary
    assert "$3,000 for sex trafficking" in assessments.summary


def test_the_sex_trafficking_topic_does_not_say_maine_requires_force():
    from resources.models import Topic

    description = Topic.objects.get(slug="sex-trafficking").description
    assert "through force, fraud or coercion" not in description
    assert "no force is needed" in description
