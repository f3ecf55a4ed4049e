"""Who a mandated reporter reports a child to: DHHS when the person suspected is
responsible for the child, the district attorney when not, both when unsure; by
profession, as 22 M.R.S. § 4011-A names them; each answer with its source."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db
URL = "/who-to-report-to/"
STATUTE = "https://legislature.maine.gov/statutes/22/title22sec4011-A.html"


def answer(**query) -> str:
    response = Client().get(URL, query)
    assert response.status_code == 200
    html = response.content.decode()
    return html.split('id="answer"')[1].split("</section>")[0] if 'id="answer"' in html else ""


def test_the_question_comes_first_and_no_answer_is_guessed():
    html = Client().get(URL).content.decode()
    assert "Who do you suspect of harming the child?" in html
    assert 'id="answer"' not in html
    assert "call 911" in html


def test_abuse_by_someone_responsible_for_the_child_goes_to_dhhs():
    found = answer(who="responsible")
    assert "Report to DHHS" in found and 'href="tel:18004521999"' in found
    assert f'href="{STATUTE}"' in found and "checked <time" in found
    assert "district attorney's office" not in found


def test_the_intake_number_is_on_the_page_once():
    html = Client().get(URL, {"who": "responsible"}).content.decode()
    assert html.count('href="tel:18004521999"') == 1
    assert Client().get(URL).content.decode().count('href="tel:18004521999"') == 1


def test_abuse_by_a_trafficker_or_buyer_goes_to_the_district_attorney():
    found = answer(who="not-responsible")
    assert "Report to the district attorney" in found
    assert "Child Protective Intake" not in found
    assert f'href="{STATUTE}"' in found


def test_when_unsure_the_reporter_reports_to_both():
    found = answer(who="unsure")
    assert "Report to both" in found
    assert "Child Protective Intake" in found and "district attorney's office" in found


def test_each_profession_learns_whether_the_law_names_it():
    schools = Client().get(URL, {"who": "responsible", "as": "schools"}).content.decode()
    assert "a teacher; a guidance counselor" in schools
    prosecution = Client().get(URL, {"as": "prosecution"}).content.decode()
    assert "does not name this work" in prosecution


@pytest.mark.parametrize("query", [{"who": "<script>"}, {"as": "nobody"}, {"who": ""}])
def test_unknown_choices_show_the_question_again(query):
    response = Client().get(URL, query)
    assert response.status_code == 200
    assert 'id="answer"' not in response.content.decode()
    assert "<script>" not in response.content.decode()


def test_profession_pages_and_the_sitemap_lead_to_it_and_to_the_charge_table():
    page = Client().get("/for/health-care/").content.decode()
    assert f'href="{URL}?as=health-care"' in page
    sitemap = Client().get("/sitemap.xml").content.decode()
    assert f"{URL}</loc>" in sitemap and "/charge-table/</loc>" in sitemap


def test_each_answer_has_a_title_of_its_own():
    def title(**query) -> str:
        html = Client().get(URL, query).content.decode()
        return html.split("<title>")[1].split("</title>")[0]

    titles = {title(who=who, **{"as": work}) for who in ("responsible", "not-responsible")
              for work in ("schools", "health-care")}  # fmt: skip
    assert len(titles) == 4
    assert title(who="unsure").startswith("Report to DHHS and the district attorney")
    assert title().startswith("Who do I report to?")
