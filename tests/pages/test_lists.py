"""Lists a reader can use: options with their counts (none that lead nowhere), a title
that says what the filtered page shows, laws with a line of summary under Maine and
federal headings."""

import html as html_text
import re

import pytest
from django.test import Client
from django.urls import reverse

from laws.models import Law
from network_site.records.models import Status
from network_site.vocabulary.models import Topic
from tests.factories import make_law

pytestmark = pytest.mark.django_db


def options(html: str, param: str) -> dict[str, str]:
    """{label: count} of one filter's links."""
    found = re.findall(
        rf'href="[^"]*{param}=([^"&]+)[^"]*"[^>]*>([^<]+) <span class="count">\((\d+)\)', html
    )
    return {label.strip(): int(count) for _, label, count in found}


def test_each_option_shows_its_count_given_the_other_filters_and_empty_ones_are_hidden():
    lonely = Topic.objects.create(name="Only federal", slug="only-federal")
    make_law(jurisdiction="federal").topics.add(lonely)
    make_law(jurisdiction="federal", status=Status.DRAFT).topics.add(lonely)  # never counted
    html = Client().get("/laws/").content.decode()
    jurisdictions = options(html, "jurisdiction")
    assert jurisdictions["Maine"] == Law.objects.published().filter(jurisdiction="maine").count()
    assert options(html, "topic")["Only federal"] == 1
    # With Maine chosen, the topic that only a federal law has leads nowhere: hidden.
    maine = Client().get("/laws/?jurisdiction=maine").content.decode()
    assert "Only federal" not in options(maine, "topic")
    # ... while the other jurisdiction is still offered, with its own count.
    assert options(maine, "jurisdiction")["Federal"] >= 1


def test_a_filtered_list_says_what_it_shows_in_its_title():
    page = Client().get("/laws/?jurisdiction=maine&topic=labor-trafficking").content.decode()
    assert "<title>Maine laws on labor trafficking ·" in page
    assert "<h1>Maine laws on labor trafficking</h1>" in page
    assert "<h1>Maine and federal law</h1>" in Client().get("/laws/").content.decode()
    protocols = Client().get("/protocols/?discipline=health-care").content.decode()
    assert "<h1>Protocols and model policies: Health care</h1>" in protocols


def test_the_laws_list_groups_maine_then_federal_with_a_line_of_summary():
    html = Client().get("/laws/").content.decode()
    groups = re.findall(r'<h2 class="records__group">([^<]+)</h2>', html)
    assert groups == ["Maine law", "Federal law"]
    law = Law.objects.get(slug="maine-criminal-forced-labor")
    assert law.teaser == "Maine's labor-trafficking crime."
    assert '<p class="record__teaser">Maine&#x27;s labor-trafficking crime.</p>' in html


def test_a_filtered_list_has_one_address_whatever_order_filters_were_chosen_in(client):
    one = client.get("/laws/?topic=sex-trafficking&jurisdiction=federal").content.decode()
    other = client.get("/laws/?jurisdiction=federal&topic=sex-trafficking").content.decode()
    link = 'href="/laws/?jurisdiction=federal&amp;status=in_force&amp;topic=sex-trafficking"'
    assert link in one and link in other


def test_a_later_page_of_a_list_says_which_page_in_its_title(client):
    page = client.get("/resources/?page=2").content.decode()
    assert "<title>Best-practice resources (page 2)" in page


def test_the_protocol_lists_old_kind_filter_address_leads_to_its_type_filter(client):
    """Partners' manuals may hold /protocols/?kind=model_policy from before the filter
    was named "type": the address still leads to the same list, other filters kept."""
    old = client.get("/protocols/?kind=model_policy&discipline=schools")
    assert old.status_code == 301
    assert old["Location"] == "/protocols/?discipline=schools&type=model_policy"
    page = client.get(old["Location"])
    kinds = {record.document_type for record in page.context["object_list"]}
    assert kinds == {"model_policy"}


def test_an_amended_law_is_in_force_in_the_list_and_on_its_page(client):
    """Amendment is a law's history, not its standing: the "In force" filter keeps
    amended laws, and their pages say they are in force."""
    from laws.models import Law
    from tests.factories import make_law
    from tests.laws.test_session_laws import make_session_law

    amended = make_law(title="An amended okapi law")
    make_session_law((amended, "amended", ""))
    in_force = client.get("/laws/?status=in_force")
    shown = {law.pk for law in in_force.context["paginator"].object_list}
    assert amended.pk in shown
    published = Law.objects.published()
    assert len(shown) == published.filter(legal_status=Law.LegalStatus.IN_FORCE).count()
    assert not published.filter(pk__in=shown, legal_status="repealed").exists()
    assert {value for value, _ in Law.LegalStatus.choices} == {
        "in_force", "not_yet_in_effect", "repealed"}  # fmt: skip
    page = client.get(amended.get_absolute_url()).content.decode()
    assert "<dt>Status</dt><dd>In force</dd>" in page


@pytest.mark.parametrize("url", ["/laws/", "/protocols/", "/resources/", "/events/"])
def test_each_filters_all_option_reads_as_words(url):
    """Its list is labelled by the filter's heading: "All", never "All statuss"."""
    html = Client().get(url).content.decode()
    links = [re.sub(r"<[^>]+>", "", text) for text in re.findall(r'">(All\b.*?)</a>', html)]
    alls = [re.sub(r"\(\d+\)", "", text).strip() for text in links]
    assert alls and set(alls) == {"All"}, alls


def test_laws_are_listed_in_readers_groups_each_in_legal_order():
    html = Client().get("/laws/").content.decode() + Client().get("/laws/?page=2").content.decode()
    maine = html.split('<h2 class="records__group">Maine law</h2>')[1].split("records__group")[0]
    groups = [html_text.unescape(group) for group in
              re.findall(r'<h3 class="records__subgroup">([^<]+)</h3>', maine)]  # fmt: skip
    assert groups == ["Crimes", "Defenses and record relief", "Victims' rights and compensation",
                      "Civil remedies"]  # fmt: skip
    crimes = maine.split("Defenses and record relief")[0]
    citations = re.findall(r'<span class="citation">([^<]+)</span>', crimes)
    # Legal order: § 304 before § 852, never the citation's letters' order.
    assert citations.index("17-A M.R.S. § 304") < citations.index("17-A M.R.S. § 852")
    victims = maine.split("Victims&#39; rights and compensation")[1].split("Civil remedies")[0]
    found = re.findall(r'<span class="citation">([^<]+)</span>', victims)
    assert found == sorted(found, key=lambda c: int(re.search(r"§ (\d+)", c)[1]))


def test_a_new_law_takes_its_place_in_legal_order_by_its_citation():
    make_law(citation="17-A M.R.S. § 1", title="Aardvark first by number")
    make_law(citation="17-A M.R.S. § 9999", title="Last by number")
    html = Client().get("/laws/").content.decode()
    crimes = html.split('<h3 class="records__subgroup">Crimes</h3>')[1]
    titles = re.findall(r'class="record__title"><a href="[^"]+">([^<]+)</a>', crimes)
    assert titles[0] == "Aardvark first by number"
    assert titles.index("Last by number") > titles.index("Sex trafficking")


@pytest.mark.parametrize("query", ["", "?topic=sex-trafficking&audience=schools"])
def test_every_lists_count_is_the_number_of_records_it_lists(
    client, hears_every_change, django_capture_on_commit_callbacks, query
):
    """A list's count is kept with its filters' counts, per content version, in place of a
    count query: it must be the number of records the list holds, for every kind's list
    (and the past events, which list other records), filtered or not, and follow a
    publish."""
    from network_site.records.registry import record_kinds

    urls = [reverse(kind.list_route) for kind in record_kinds() if kind.list_route]
    for url in [*urls, reverse("resources:past-events")]:
        client.get(url + query)  # kept
        paginator = client.get(url + query).context["paginator"]
        if paginator is not None:  # (a list shown whole, as the glossary, has no count)
            assert paginator.count == paginator.object_list.count(), url
    before = client.get("/laws/").context["paginator"].count
    with django_capture_on_commit_callbacks(execute=True):
        make_law(title="Late-breaking statute")
    assert client.get("/laws/").context["paginator"].count == before + 1


def test_a_rows_labels_are_what_django_would_display_in_each_language():
    """Lists show a choice's label with the `label` filter, not get_FOO_display(): the
    same words, in the page's language, for every choice of every kind of record."""
    from django.utils import translation

    from network_site.records.registry import record_kinds
    from network_site.templating import label

    checked = 0
    for kind in record_kinds():
        for field in kind._meta.fields:
            for value, _ in field.flatchoices if field.choices else []:
                record = kind(**{field.attname: value})
                for language in ("en", "es"):
                    with translation.override(language):
                        shown = getattr(record, f"get_{field.name}_display")()
                        assert str(label(record, field.name)) == shown, (kind, value)
                checked += 1
    assert checked > 20
