"""Facts an outside check found wrong in the demo stay right: § 3360-I's timeline
names the budget law that doubled the assessments, the $70 tier names murder, and the
crimes' assessments are credited to the laws that set them."""

import pytest
from django.test import Client

from laws.models import Law

pytestmark = pytest.mark.django_db


def page_of(citation: str) -> str:
    return Client().get(Law.objects.get(citation=citation).get_absolute_url()).content.decode()


def test_the_assessments_timeline_names_each_law_that_changed_the_amounts():
    page = page_of("5 M.R.S. § 3360-I")
    timeline = page.split('id="timeline-heading"')[1]
    found = [c for c in ("P.L. 2025, c. 387", "P.L. 2023, c. 412", "P.L. 2023, c. 316")
             if c in timeline]  # fmt: skip
    assert found == ["P.L. 2025, c. 387", "P.L. 2023, c. 412", "P.L. 2023, c. 316"]
    assert timeline.index("P.L. 2025, c. 387") < timeline.index("P.L. 2023, c. 412")
    assert "$70 for murder or a Class A, B or C crime" in page


def test_buying_sex_assessments_are_credited_to_the_law_that_set_them():
    page = page_of("17-A M.R.S. § 853-B")
    assert "P.L. 2025, c. 387" not in page
    penalties = page.split('id="penalties-heading"')[1].split("</table>")[0]
    assert penalties.count("P.L. 2023, c. 412") == 2
