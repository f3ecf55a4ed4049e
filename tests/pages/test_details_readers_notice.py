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
    from network_site.vocabulary.models import Topic

    description = Topic.objects.get(slug="sex-trafficking").description
    assert "through force, fraud or coercion" not in description
    assert "no force is needed" in description


def test_a_protocol_says_plainly_whose_it_is_and_versions_read_one_way():
    from protocols.models import Protocol

    demo = Protocol.objects.get(slug="law-enforcement-suspected-minor-victim")
    page = Client().get(demo.get_absolute_url()).content.decode()
    assert "A sample for adaptation" in page and "not an agency" in page
    assert "Version 1" in page and "Version 1 (" not in page
    model = Protocol.objects.get(
        document_type="model_policy", slug="model-school-policy-child-trafficking"
    )
    assert "A model policy" in Client().get(model.get_absolute_url()).content.decode()
    adopted = make_protocol(
        title="Adopted by an agency",
        issued_by="Example County Sheriff's Office",
        standing=Protocol.Standing.ADOPTED,
        adopted_on=date(2025, 5, 1),
        source_url="https://example.org/policy.pdf",
    )
    page = Client().get(adopted.get_absolute_url()).content.decode()
    assert "Adopted by Example County Sheriff&#39;s Office</strong> on" in page
    assert "May 1, 2025" in page and 'href="https://example.org/policy.pdf"' in page
    api = Client().get(f"/api/protocols/{adopted.slug}/").json()
    assert api["official_status"] == "adopted" and api["adopted_on"] == "2025-05-01"


def test_an_adopted_protocol_needs_its_adoption_date(admin_client):
    from protocols.models import Protocol
    from tests.test_admin import protocol_form

    response = admin_client.post(
        "/admin/protocols/protocol/add/", protocol_form(standing="adopted", adopted_on="")
    )
    assert response.status_code == 200  # the form again, nothing saved
    assert "An adopted protocol needs the date the agency adopted it." in response.content.decode()
    assert not Protocol.objects.filter(slug="child-welfare-screening").exists()


def test_the_federal_civil_remedy_names_the_law_that_last_amended_it():
    remedy = Law.objects.get(citation="18 U.S.C. § 1595")
    assert remedy.session_law == "Pub. L. 117-347"
    assert remedy.amended_on == date(2023, 1, 5)


def test_the_sealing_and_compensation_laws_the_guides_explain_are_in_the_library():
    sealing = Law.objects.get(citation="15 M.R.S. § 2262-A")
    assert sealing.session_law == "P.L. 2023, c. 409" and sealing.enacted_on == date(2023, 7, 10)
    guide = Client().get("/guides/clearing-your-record/").content.decode()
    assert sealing.get_absolute_url() in guide
    rules = Law.objects.get(citation="5 M.R.S. § 3360-C")
    assert "within 5 days" in rules.summary and "within 3 years" in rules.summary
    assert rules.get_absolute_url() in Client().get("/guides/what-help-can-i-get/").content.decode()
