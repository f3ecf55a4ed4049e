"""Search as readers type it: quotes, the site's own pages, results that say which
words were searched, and a "did you mean" only when it helps."""

import pytest
from django.test import Client
from django.urls import reverse

from laws.models import Law

pytestmark = pytest.mark.django_db


def first_titles(query: str, n: int = 3) -> list[str]:
    response = Client().get(reverse("search"), {"q": query})
    return [hit.title for hit in response.context["results"].hits[:n]]


def test_a_quoted_citation_is_a_citation():
    law = Law.objects.get(citation="17-A M.R.S. § 852")
    assert first_titles('"17-A 852"', 1) == [law.title]
    assert first_titles("“17-A 852”", 1) == [law.title]


def test_a_quoted_phrase_is_a_phrase():
    found = first_titles('"criminal forced labor"', 5)
    assert "Criminal forced labor" in found


def test_the_fixed_pages_are_found_and_get_help_comes_first_for_help():
    for query in ("help", "hotline", "get help"):
        page = Client().get(reverse("search"), {"q": query}).content.decode()
        box = page.split('id="search-pages-heading"')[1].split("</section>")[0]
        assert box.index('href="/get-help/"') == box.index('href="/'), query
    page = Client().get(reverse("search"), {"q": "clear history"}).content.decode()
    assert 'href="/privacy/"' in page.split('id="search-pages-heading"')[1].split("</section>")[0]


def test_a_misspelling_says_which_word_was_searched():
    page = Client().get(reverse("search"), {"q": "trafficing"}).content.decode()
    line = page.split('class="result-count"')[1].split("</p>")[0]
    results = Client().get(reverse("search"), {"q": "trafficing"}).context["results"]
    # The line counts what the reader's own word found apart from the corrected one's.
    assert f"{results.exact} result" in line and "more for" in line
    assert 'href="/search/?q=trafficking"' in line
    assert f"{results.total} results for “trafficing”" not in line


def test_did_you_mean_only_when_it_finds_more_than_the_readers_word():
    # "sealing" is the reader's own word (the record-clearing guide uses it): no
    # look-alike is offered in its place.
    response = Client().get(reverse("search"), {"q": "sealing"})
    assert response.context["results"].suggestion == ""
    assert response.context["results"].exact >= 1


def test_the_search_page_has_one_search_box_and_no_results_one_help_box():
    page = Client().get(reverse("search"), {"q": "zanzibarite"}).content.decode()
    assert page.count('role="search"') == 1
    assert page.count('class="help-box"') == 1


def test_when_the_readers_word_finds_nothing_the_line_says_so():
    response = Client().get(reverse("search"), {"q": "afirmative"})
    assert response.context["results"].exact == 0
    line = response.content.decode().split('class="result-count"')[1].split("</p>")[0]
    assert "Showing results for" in line and "no results for “afirmative”" in line


def test_no_did_you_mean_for_a_look_alike_that_finds_nothing_more():
    from tests.factories import make_protocol

    for n in range(2):
        make_protocol(title=f"Marsupial protocol {n}", body="## Who\n\nFor the wallabies on duty.")
    response = Client().get(reverse("search"), {"q": "wallaby"})
    results = response.context["results"]
    assert results.exact >= 2  # the stem finds them
    assert results.suggestion == "", "wallabies finds nothing more than wallaby did"
    assert "Did you mean" not in response.content.decode()


def test_a_snippet_starts_where_its_sentence_starts_with_the_words_marked():
    from tests.factories import make_protocol

    make_protocol(
        title="Okapi protocol",
        body="## Steps\n\nFirst a long opening sentence that says nothing much at all here. "
        "Then the okapis are counted by the rangers every morning.",
    )
    response = Client().get(reverse("search"), {"q": "okapi"})
    hit = next(h for h in response.context["results"].hits if h.title == "Okapi protocol")
    assert str(hit.snippet).startswith("Then the <mark>okapis</mark> are counted")


def ranked_titles(query: str) -> list[str]:
    response = Client().get(reverse("search"), {"q": query})
    return [hit.title for hit in response.context["page_obj"].object_list]


def test_trafficking_puts_the_crimes_before_the_civil_remedies():
    order = ranked_titles("trafficking")
    crimes = [order.index(t) for t in ("Sex trafficking", "Aggravated sex trafficking")]
    remedies = [
        order.index(t) if t in order else len(order)
        for t in ("Civil remedies for human trafficking", "Civil remedy for trafficking victims")
    ]
    assert max(crimes) < min(remedies), order


def test_hospital_protocol_ranks_the_health_care_protocol_first():
    assert ranked_titles("hospital protocol")[0] == (
        "Health care response to patients who may be trafficked"
    )
    assert ranked_titles("police protocol")[0].startswith("Law enforcement response")


def test_nurse_finds_the_health_care_protocol_and_offers_no_look_alike():
    response = Client().get(reverse("search"), {"q": "nurse"})
    titles = [hit.title for hit in response.context["page_obj"].object_list]
    assert "Health care response to patients who may be trafficked" in titles[:3]
    assert response.context["results"].suggestion == ""
    assert 'href="/for/health-care/"' in response.content.decode()


def test_a_hyphenated_name_finds_the_words_written_apart():
    from tests.factories import make_protocol

    make_protocol(title="Quagga work", body="## What\n\nThe anti quagga team meets weekly.")
    assert "Quagga work" in ranked_titles("anti-quagga")
    assert "T nonimmigrant status (T visa) for trafficking survivors" in ranked_titles("T-visa")


def test_a_section_letter_typed_as_a_look_alike_digit_finds_the_section():
    assert ranked_titles("17-A 853-8")[0] == Law.objects.get(citation="17-A M.R.S. § 853-B").title
    assert ranked_titles("5 MRSA 3360-1")[0] == Law.objects.get(citation="5 M.R.S. § 3360-I").title


def test_help_numbers_are_found_with_a_number_to_tap():
    page = Client().get(reverse("search"), {"q": "domestic abuse helpline"}).content.decode()
    box = page.split('id="search-pages-heading"')[1].split("</section>")[0]
    assert "Maine Domestic Abuse Helpline" in box and 'href="tel:18668344357"' in box


def pages_box(query: str) -> str:
    """The "Pages on this site" box above the results, or "" when there is none."""
    page = Client().get(reverse("search"), {"q": query}).content.decode()
    if 'id="search-pages-heading"' not in page:
        return ""
    return page.split('id="search-pages-heading"')[1].split("</section>")[0]


@pytest.mark.parametrize(
    "typed", ["888-373-7888", "(888) 373-7888", "1 888 373 7888", "+1.888.373.7888", "8883737888"]
)
def test_a_help_number_typed_in_any_format_finds_its_help_line(typed):
    box = pages_box(typed)
    assert "National Human Trafficking Hotline" in box and 'href="tel:18883737888"' in box


def test_a_text_number_finds_its_line_and_a_section_number_finds_none():
    assert "National Human Trafficking Hotline" in pages_box("233733")
    assert "Hotline" not in pages_box("852")
    assert "Hotline" not in pages_box("373")


def test_a_survivors_words_lead_with_the_help_numbers_and_the_guide_that_answers():
    response = Client().get(reverse("search"), {"q": "my boyfriend makes me sell sex"})
    assert response.context["results"].hits[0].title == "Is this trafficking?"
    html = response.content.decode()
    strip, results = html.index('class="help-strip"'), html.index('class="records search-results"')
    assert strip < results and 'href="tel:18883737888"' in html[strip:results]
    # The other numbers at the end, in the box the strip points to.
    assert html.index('id="help-numbers"') > results


@pytest.mark.parametrize("query", ["I was forced to work and my boss keeps my passport",
                                   "can I be arrested for selling sex"])  # fmt: skip
def test_any_first_person_question_lists_guides_first(query):
    hits = Client().get(reverse("search"), {"q": query}).context["results"].hits
    assert hits and hits[0].source.key == "guide", [hit.title for hit in hits[:3]]


def test_a_question_not_in_the_first_person_ranks_by_its_words_alone():
    response = Client().get(reverse("search"), {"q": "sex trafficking"})
    assert response.context["results"].hits[0].source.key != "guide"
    assert not response.context["results"].in_own_words
    assert (
        Client().get(reverse("search"), {"q": "Form I-192"}).context["results"].in_own_words
        is False
    )
