"""One search over everything published: PostgreSQL full text, citations, misspellings."""

import re

import pytest
from django.urls import reverse

from laws.citations import citation_key
from laws.models import Law
from network_site.records import publishing
from network_site.records.models import Status
from network_site.search.engine import MAX_QUERY_LENGTH
from tests.factories import make_law, make_protocol, make_resource

pytestmark = pytest.mark.django_db


def titles(client, query: str, **params) -> list[str]:
    response = client.get(reverse("search"), {"q": query, **params})
    assert response.status_code == 200
    return [hit.title for hit in response.context["page_obj"].object_list]


def top(client, query: str, **params) -> str:
    found = titles(client, query, **params)
    assert found, f"nothing found for {query!r}"
    return found[0]


@pytest.mark.parametrize(
    "query",
    ["17-A 852", "17-A § 852", "17-A M.R.S. § 852", "17-A MRSA 852", "§852",
     "17‑A M.R.S. § 852", "17-A\u00a0§\u00a0852", "17-a sec. 852", "17A section 852"],
)  # fmt: skip
def test_a_maine_citation_finds_its_law_first_however_typed(client, query):
    assert top(client, query) == "Aggravated sex trafficking"


@pytest.mark.parametrize("query", ["18 USC 1591", "18 U.S.C. 1591", "18 U.S.C. § 1591", "1591"])
def test_a_federal_citation_finds_its_law_first(client, query):
    assert top(client, query) == "Sex trafficking of children or by force, fraud, or coercion"


@pytest.mark.parametrize("query", ["22 USC 7101", "22 U.S.C. § 7101 et seq.", "Pub. L. 106-386"])
def test_the_tvpa_is_found_by_code_section_and_public_law(client, query):
    assert top(client, query) == "Trafficking Victims Protection Act of 2000"


@pytest.mark.parametrize("query", ["17-A 853-B", "17-A 853 B", "17-A 853B", "17–A § 853‑B"])
def test_letter_suffixes_and_odd_dashes_fold(client, query):
    assert top(client, query) == "Engaging a person for prostitution"


def test_a_law_staff_add_is_found_by_its_citation_too(client):
    make_law(title="Obstructing report of crime", citation="17-A M.R.S. § 758")
    assert top(client, "17-A MRSA 758") == "Obstructing report of crime"
    assert top(client, "§ 758") == "Obstructing report of crime"


def test_citation_keys():
    assert citation_key("8 U.S.C. § 1101(a)(15)(T)") == citation_key("8 USC 1101 (a)(15)(T)")
    assert citation_key("Public Law 106-386") == "pl:106-386"
    assert citation_key("trafficking") == ""


def test_stemming_finds_other_forms_of_a_word(client):
    found = titles(client, "trafficked")
    assert "Sex trafficking" in found


def test_phrases_in_quotes_match_the_phrase(client):
    make_resource(title="Defense lawyers and affirmative action", description="Unrelated.")
    found = titles(client, '"affirmative defense"')
    # The glossary's entry for the phrase, then the law that provides it.
    assert found[:2] == [
        "Affirmative defense",
        "Affirmative defense for people compelled into trafficking",
    ]
    assert "Defense lawyers and affirmative action" not in found


def test_minus_excludes_and_or_widens(client):
    assert "Forced labor" in titles(client, "forced labor")
    assert "Forced labor" not in titles(client, "forced labor -federal")
    either = titles(client, "Mann OR FOSTA")
    assert "Transportation for prostitution or criminal sexual activity" in either
    assert (
        "Promotion or facilitation of prostitution and reckless disregard of sex trafficking"
        in either
    )


@pytest.mark.parametrize(
    "typo, fixed, expected",
    [
        ("trafficing", "trafficking", "Sex trafficking"),
        ("afirmative", "affirmative", "Affirmative defense for people compelled into trafficking"),
    ],
)
def test_misspellings_still_find_records_and_suggest_a_spelling(client, typo, fixed, expected):
    response = client.get(reverse("search"), {"q": typo})
    assert response.context["results"].suggestion == fixed
    found = {(hit.source.model, hit.pk) for hit in response.context["results"].hits}
    assert (Law, Law.objects.get(title=expected).pk) in found
    assert f'href="/search/?q={fixed}"' in response.content.decode()


def test_a_worry_in_plain_words_finds_something(client):
    assert titles(client, "my boyfriend takes my money")


def test_a_title_hit_ranks_above_a_body_only_hit(client):
    make_protocol(title="Zebrafish protocol", body="## Steps\n\nNothing here.")
    make_protocol(title="Other protocol", body="## Steps\n\nMentions zebrafish once.")
    assert titles(client, "zebrafish")[:2] == ["Zebrafish protocol", "Other protocol"]


def test_drafts_never_appear(client):
    make_law(title="Quokka statute draft", status=Status.DRAFT, citation="99 M.R.S. § 4242")
    assert "Quokka statute draft" not in titles(client, "quokka")
    assert "Quokka statute draft" not in titles(client, "99 MRSA 4242")


def test_results_page_labels_snippets_counts_and_keeps_the_query(client):
    response = client.get(reverse("search"), {"q": "compelled"})
    html = response.content.decode()
    assert 'value="compelled"' in html
    assert "<mark>compelled</mark>" in html
    assert "Law · Maine" in html
    assert "17-A M.R.S. § 853(3)" in html
    counts = response.context["results"].counts
    assert counts["law"] >= 2 and {"law", "protocol", "model_policy", "resource"} <= set(counts)


def test_filters_by_type_jurisdiction_and_topic(client):
    response = client.get(reverse("search"), {"q": "trafficking", "type": "resource"})
    assert all(hit.source.key == "resource" for hit in response.context["page_obj"].object_list)
    response = client.get(reverse("search"), {"q": "trafficking", "jurisdiction": "federal"})
    hits = response.context["page_obj"].object_list
    assert hits and all(hit.record.jurisdiction == "federal" for hit in hits)
    response = client.get(reverse("search"), {"q": "trafficking", "topic": "immigration-relief"})
    for hit in response.context["page_obj"].object_list:
        assert hit.record.topics.filter(slug="immigration-relief").exists()


def test_a_topic_whose_address_changes_still_filters_search(client):
    """Entries hold their topics' slugs: the gate rewrites them when a topic changes."""
    from network_site.records import publishing
    from network_site.vocabulary.models import Topic

    topic = Topic.objects.get(slug="immigration-relief")
    before = len(titles(client, "trafficking", topic=topic.slug))
    assert before
    topic.slug = "immigration-help"
    publishing.save_shared(topic)
    assert len(titles(client, "trafficking", topic="immigration-help")) == before


def test_no_results_says_so_and_shows_the_help_box(client):
    html = client.get(reverse("search"), {"q": "xylophone"}).content.decode()
    assert "Nothing matched" in html
    assert "broader" in html
    assert "1-888-373-7888" in html


def test_snippets_are_escaped(client):
    make_resource(
        title="Escaping check", description="Use <b>bold</b> & <script>x()</script> here."
    )
    html = client.get(reverse("search"), {"q": "escaping check"}).content.decode()
    snippet = re.search(r'<p class="snippet">(.*?)</p>', html, re.S).group(1)
    assert "<script>" not in snippet and "<b>" not in snippet
    assert "&lt;script&gt;" in snippet


def test_search_box_is_on_every_page(client):
    for url in ("/", "/laws/", "/get-help/", "/laws/nope/"):
        assert 'role="search"' in client.get(url).content.decode()


def test_empty_query_shows_the_search_page(client):
    response = client.get(reverse("search"))
    assert response.status_code == 200
    assert "Search the library" in response.content.decode()
    assert not response.context["results"].hits


@pytest.mark.parametrize(
    "query",
    [
        "a" * 2000,
        "traffick\x00ing\x07\x1b",
        "'",
        '"',
        '"unclosed phrase',
        "-",
        "OR",
        "& | ! : * ( )",
        "'&|!:*()",
        "trafficking:* & !(x",
        "'; DROP TABLE laws_law; --",
        "торговля людьми",
        "人身贩卖",
        "الاتجار بالبشر",
        "😀",
        "%",
        "\\",
    ],
)
def test_bad_input_gives_a_normal_page(client, query):
    response = client.get(reverse("search"), {"q": query})
    assert response.status_code == 200
    assert len(response.context["query"]) <= MAX_QUERY_LENGTH


def test_long_queries_are_cut_at_the_stated_limit(client):
    response = client.get(reverse("search"), {"q": "trafficking " * 100})
    assert len(response.context["query"]) <= MAX_QUERY_LENGTH
    assert f"first {MAX_QUERY_LENGTH} characters" in response.content.decode()


def test_bad_filters_and_pages_are_ignored(client):
    response = client.get(
        reverse("search"),
        {"q": "trafficking", "type": "x", "jurisdiction": "y", "topic": "z", "page": "q"},
    )
    assert response.status_code == 200
    assert response.context["page_obj"].number == 1


def test_results_are_never_stored_in_shared_caches(client):
    response = client.get(reverse("search"), {"q": "am I being trafficked"})
    assert response["Cache-Control"] == "no-store"
    assert 'name="robots" content="noindex"' in response.content.decode()


def test_queries_are_not_logged(client, caplog):
    caplog.set_level("DEBUG")
    client.get(reverse("search"), {"q": "secretword"})
    assert "secretword" not in caplog.text


def test_the_page_says_when_search_hit_the_ranking_limit(client, monkeypatch):
    found = client.get(reverse("search"), {"q": "sealing"}).context["results"]
    every = len(found.hits)
    assert every > 1 and not found.truncated
    monkeypatch.setattr("network_site.search.engine.RESULT_LIMIT", every)
    assert not client.get(reverse("search"), {"q": "sealing"}).context["results"].truncated
    monkeypatch.setattr("network_site.search.engine.RESULT_LIMIT", every - 1)
    cut = client.get(reverse("search"), {"q": "sealing"})
    assert cut.context["results"].truncated and len(cut.context["results"].hits) == every - 1
    assert f"showing the best {every - 1}" in cut.content.decode()


@pytest.mark.django_db
def test_the_one_index_is_read_through_its_full_text_and_citation_indexes():
    """Search reads one table for every kind: its vector through a GIN index and its
    citations through a trigram index, so no kind is read row by row (guides and
    glossary terms were, when each kind kept its own index)."""
    from django.db import connection

    from network_site.search.models import SearchEntry

    with connection.cursor() as cursor:
        table = SearchEntry._meta.db_table
        constraints = connection.introspection.get_constraints(cursor, table)
    gin = [c["columns"] for c in constraints.values() if c.get("type") == "gin"]
    assert ["vector"] in gin and ["keys"] in gin


@pytest.mark.parametrize("query", ["trafficking", "17-A 852", "pimp", "T-visa"])
def test_a_search_costs_a_few_queries_whatever_the_number_of_kinds(query):
    """The reader's words, the glossary's and a hyphen's other wordings, the counts per
    kind and the ranking are one query over the one index; a page of results one more."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from network_site.records.registry import record_kinds
    from network_site.search import engine

    engine.load_page(engine.search("warm").hits, "warm")  # content types, cached once
    with CaptureQueriesContext(connection) as queries:
        results = engine.search(query)
        engine.load_page(results.hits[:20], query)
    assert results.hits, query
    assert len(queries) <= 4 < len(record_kinds()), [q["sql"][:80] for q in queries]


def test_a_misspelled_search_costs_the_same_few_queries_however_many_words(monkeypatch):
    """ "Did you mean" looks up every word in one query. One misspelled word costs four:
    the words, the spellings, the suggested spelling and the page of results; more
    words one more (any of the words), never one more a word."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from network_site.search import engine

    # The glossary's synonyms kept, as a live site keeps them per content version (tests
    # read them every time).
    kept = {}

    def for_this_version(key, compute):
        if key not in kept:
            kept[key] = compute()
        return kept[key]

    monkeypatch.setattr(engine, "for_this_version", for_this_version)
    engine.load_page(engine.search("warm").hits, "warm")  # content types, cached once
    counts = {}
    for query in ("traffiking", "labour traffiking", "scool advocat polise explotation survivr"):
        with CaptureQueriesContext(connection) as queries:
            results = engine.search(query)
            engine.load_page(results.hits[:20], query)
        assert results.exact == 0, query  # the words as typed find nothing: fallbacks ran
        counts[query] = len(queries)
        if query == "traffiking":
            assert results.suggestion == "trafficking" and results.hits
    assert counts["traffiking"] <= 4 and max(counts.values()) <= 5, counts


def test_published_takes_nothing_from_the_clock_as_search_keeps_what_it_builds():
    """Search builds its filter of public entries from each kind's published() once per
    process (engine._public_entries): a published() that read the clock would be frozen."""
    from datetime import timedelta

    import time_machine
    from django.utils import timezone

    from network_site.records.registry import record_kinds

    for kind in record_kinds():
        now = str(kind.objects.published().query)
        with time_machine.travel(timezone.now() + timedelta(days=400, hours=5)):
            assert str(kind.objects.published().query) == now, kind


def test_every_kind_is_in_the_one_index_and_found_by_its_title(client):
    """From the registry: a published record of every kind has its entry, written by the
    gate, and its exact title finds it (a new kind needs no step of its own)."""
    from network_site.records.registry import record_kinds
    from network_site.search.models import SearchEntry

    for kind in record_kinds():
        record = kind.objects.published().order_by("pk").first()
        assert record is not None, kind._meta.label
        assert SearchEntry.objects.filter(object_id=record.pk, title=record.title).exists()
        hits = client.get(reverse("search"), {"q": f'"{record.title}"'}).context["results"].hits
        assert any(hit.source.model is kind and hit.pk == record.pk for hit in hits), kind


def test_a_kind_indexes_the_relations_it_declares(client):
    """The test kind declares its topics among its search columns: a word of a topic's
    name finds a bulletin whose own text lacks it, and retagging it follows."""
    from network_site.vocabulary.models import Topic
    from tests.factories import relate
    from tests.recordkind.models import Bulletin

    topic = Topic.objects.create(name="Okapi welfare", slug="okapi-welfare")
    bulletin = relate(
        publishing.save(
            Bulletin(title="Office hours", slug="office-hours", body="Open daily.",
                     status=Status.PUBLISHED)
        ),
        topics=[topic],
    )  # fmt: skip
    assert "Office hours" in titles(client, "okapi welfare")
    publishing.save(bulletin, parts=lambda: bulletin.topics.clear())
    assert "Office hours" not in titles(client, "okapi welfare")


@pytest.mark.django_db
def test_search_statements_are_planned_with_the_readers_words():
    """A prepared statement's one plan for any words parses them again for every entry
    (three times slower on a common word): search's statements are never prepared,
    while the site's others still are."""
    from django.db import connection

    from network_site.search import engine

    def prepared_statements() -> list[str]:
        with connection.cursor() as cursor:
            cursor.execute("SELECT statement FROM pg_prepared_statements")
            return [statement for (statement,) in cursor.fetchall()]

    for _ in range(8):
        engine.load_page(engine.search("trafficking").hits[:20], "trafficking")
        list(Law.objects.published().values_list("slug", flat=True))
    prepared = prepared_statements()
    assert not [statement for statement in prepared if "tsquery" in statement]
    assert any('"laws_law"' in statement for statement in prepared)
