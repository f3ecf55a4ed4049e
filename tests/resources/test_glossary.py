"""The glossary explains the words, feeds search its synonyms, and links a term's first
use on law, protocol and guide pages to its definition."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from network_site.records import publishing
from network_site.records.models import Status
from resources.models import Term
from tests.factories import make_law

pytestmark = pytest.mark.django_db


def found(query: str) -> set[tuple[str, int]]:
    results = Client().get(reverse("search"), {"q": query}).context["results"]
    return {(hit.source.key, hit.pk) for hit in results.hits}


def test_the_a_to_z_page_links_each_letter_and_each_term():
    assert Term.objects.published().count() >= 25
    page = Client().get("/glossary/").content.decode()
    letters = re.findall(r'<a href="#letter-([A-Z])">', page)
    assert letters == sorted({term.letter for term in Term.objects.published()})
    for letter in letters:
        assert f'id="letter-{letter}"' in page
    term = Term.objects.get(slug="promotes-prostitution")
    assert term.get_absolute_url() in page
    detail = Client().get(term.get_absolute_url()).content.decode()
    assert "Also called: pimp; pimping; pimps" in detail
    assert "In Maine law" in detail and "17-A M.R.S. § 851" in detail


def test_an_everyday_word_finds_what_the_laws_word_finds_and_the_term_itself():
    pimp = found("pimp")
    assert found('"promotes prostitution"') <= pimp
    assert ("term", Term.objects.get(slug="promotes-prostitution").pk) in pimp
    csec = found("CSEC")
    assert found('"commercial sexual exploitation of children"') <= csec
    assert ("term", Term.objects.get(slug="commercial-sexual-exploitation-of-children").pk) in csec
    page = Client().get(reverse("search"), {"q": "pimp"}).content.decode()
    assert "Also searched, from the glossary: “Promotes prostitution”" in page


def test_staff_add_a_synonym_by_editing_a_term_no_deploy():
    assert not found("wombatting")
    term = Term.objects.get(slug="debt-bondage")
    term.also_called += "\nwombatting"
    publishing.save(term)
    assert found('"debt bondage"') <= found("wombatting")
    publishing.move(term, Status.DRAFT)
    assert not found("wombatting"), "a draft term's words are not synonyms"


def test_a_terms_first_use_on_a_law_page_links_to_its_definition():
    law = make_law(
        title="Glossary link test",
        summary="## Debt bondage here\n\nIt covers debt bondage, and debt bondage again; "
        "[debt bondage](https://example.org/) in a link stays.",
    )
    html = Client().get(law.get_absolute_url()).content.decode()
    link = '<a class="glossary-link" href="/glossary/debt-bondage/">debt bondage</a>'
    assert html.count(link) == 1, "the first use only"
    assert "<h2" in html and "Debt bondage here" in html
    assert 'id="debt-bondage-here">Debt bondage here' in html, "headings are left alone"


def test_a_term_inside_a_longer_name_is_not_linked_and_its_next_use_is():
    law = make_law(
        title="Names test",
        summary="Call the National Human Trafficking Hotline. A Survivor Support Fund "
        "helps. Human trafficking takes many forms. Survivors, and a survivor, decide.",
    )
    html = Client().get(law.get_absolute_url()).content.decode()
    assert "National Human Trafficking Hotline" in html
    assert "Survivor Support Fund" in html
    term = '<a class="glossary-link" href="/glossary/human-trafficking/">Human trafficking</a>'
    assert f"{term} takes" in html
    assert '<a class="glossary-link" href="/glossary/survivor/">survivor</a>, decide' in html


def test_csec_is_any_sexual_exploitation_of_a_child_for_value_not_only_buying_sex():
    """Resolve 2023, c. 112's meaning; the § 855 crime is a narrower term of its own."""
    csec = Term.objects.get(slug="commercial-sexual-exploitation-of-children")
    assert "anything of value" in csec.definition and "CSEC" in csec.also_called
    crime = Term.objects.get(slug="commercial-sexual-exploitation-of-a-minor")
    assert "CSEC" not in crime.also_called.split("\n")


def test_a_mandated_reporter_is_told_where_a_report_goes_when_no_caregiver_is_involved():
    """22 M.R.S. § 4011-A: abuse by someone not responsible for the child (a buyer, a
    trafficker) is reported to the district attorney's office, not DHHS alone."""
    term = Term.objects.get(slug="mandated-reporter")
    assert "district attorney" in term.maine_note and "4011-A" in term.maine_note
    page = Client().get(reverse("laws:detail", args=["maine-cse-minor"])).content.decode()
    assert "district attorney" in page


def test_pages_follow_the_glossary_as_terms_are_published_renamed_and_taken_back():
    """Glossary links are stored with each page by the publishing gate: a term's change
    reaches every page that uses its words, at once."""
    law = make_law(title="Okapi law", summary="Says okapi herding is regulated.")
    link = 'class="glossary-link" href="/glossary/okapi-herding/">okapi herding</a>'

    def page():
        return Client().get(law.get_absolute_url()).content.decode()

    term = publishing.save(
        Term(title="Okapi herding", slug="okapi-herding", definition="Herding okapis.",
             status=Status.DRAFT)
    )  # fmt: skip
    assert link not in page(), "a draft term links nothing"
    publishing.move(term, Status.PUBLISHED)
    assert link in page()
    term.slug = "okapi-herds"
    publishing.save(term)
    assert 'href="/glossary/okapi-herds/">okapi herding</a>' in page()
    publishing.move(term, Status.WITHDRAWN)
    assert "glossary/okapi-herd" not in page()


def test_the_glossary_is_in_the_sitemap_and_the_api():
    assert "/glossary/sealing/</loc>" in Client().get("/sitemap.xml").content.decode()
    data = Client().get("/api/glossary/sealing/").json()
    assert "expungement" in data["also_called"]
    assert data["definition_html"].startswith("<p>")


def test_a_terms_snippet_is_its_definition_not_its_list_of_other_names():
    """ "pimp" still finds the term by its other names; its snippet reads as sentences."""
    html = Client().get(reverse("search"), {"q": "pimp"}).content.decode()
    result = html.split('href="/glossary/promotes-prostitution/"')[1].split("</li>")[0]
    snippet = re.search(r'<p class="snippet">(.*?)</p>', result, re.S).group(1)
    assert snippet.startswith("Any of the ways") and "pimping" not in snippet
