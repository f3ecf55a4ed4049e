"""The charge table: for police and prosecutors, each crime in force with its conduct,
law, class, penalty and assessment, from the penalty facts, at one printable address."""

import re

import pytest
from django.test import Client

from laws.models import Law, Penalty
from network_site.records import publishing
from network_site.records.models import Status
from tests.factories import make_law

pytestmark = pytest.mark.django_db


def rows(html: str) -> list[list[str]]:
    found = []
    for row in re.findall(r"<tr>(.*?)</tr>", html, re.S):
        cells = re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
        found.append([re.sub(r"<[^>]+>", " ", cell).split() and " ".join(
            re.sub(r"<[^>]+>", " ", cell).split()) for cell in cells])  # fmt: skip
    return found


def test_the_charge_table_lists_each_crimes_class_penalty_and_assessment():
    response = Client().get("/charge-table/")
    assert response.status_code == 200
    html = response.content.decode()
    table = rows(html)
    by_citation = {}
    for row in table:
        if len(row) == 6:
            by_citation.setdefault(row[1], row)  # a crime's first tier: the ordinary one
    sex_trafficking = by_citation["17-A M.R.S. § 853"]
    assert sex_trafficking[2] == "Class D crime" and "$3,000" in sex_trafficking[5]
    for citation in ("17-A M.R.S. § 852", "17-A M.R.S. § 853-B", "17-A M.R.S. § 855",
                     "18 U.S.C. § 1591", "18 U.S.C. § 2421A"):  # fmt: skip
        assert citation in html, citation
    # Maine first; a repealed crime and laws that are no crimes are not listed.
    assert html.index("Maine crimes") < html.index("Federal crimes")
    assert "17-A M.R.S. § 853-A" not in html and "5 M.R.S. § 4701" not in html
    assert 'href="/laws/maine-sex-trafficking/"' in html
    assert "data-print" in html


def test_the_table_follows_the_penalties_and_shows_only_published_crimes():
    law = make_law(title="Wombat smuggling", citation="96 M.R.S. § 5", status=Status.DRAFT)
    Penalty.objects.create(law=law, condition="Any conviction", crime_class="Class C crime",
                           maximum_imprisonment="5 years", maximum_fine=5000)  # fmt: skip
    assert "Wombat smuggling" not in Client().get("/charge-table/").content.decode()
    law.status = Status.PUBLISHED
    publishing.save(law)
    html = Client().get("/charge-table/").content.decode()
    row = next(row for row in rows(html) if row and row[0].startswith("Wombat smuggling"))
    assert row[1:5] == ["96 M.R.S. § 5", "Class C crime", "Up to 5 years", "$5,000"]
    law.reader_group = Law.ReaderGroup.CIVIL_REMEDIES
    publishing.save(law)
    assert "Wombat smuggling" not in Client().get("/charge-table/").content.decode()


def test_each_jurisdictions_table_has_its_own_id_in_every_language(settings):
    """An id from the jurisdiction's code, never from its name: an Arabic name slugifies
    to nothing, and the two tables would share one id and one label."""
    settings.LANGUAGES = [("en", "English"), ("ar", "العربية")]
    for prefix in ("", "/ar"):
        html = Client().get(f"{prefix}/charge-table/").content.decode()
        ids = re.findall(r'<h2 id="(charges-[^"]*)"', html)
        assert ids == ["charges-maine", "charges-federal"], prefix
        for table_id in ids:
            assert html.count(f'aria-labelledby="{table_id}"') == 1, prefix
