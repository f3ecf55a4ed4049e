"""The trial database (SQLite, `make run`): every public page, and a forgiving search.

The busiest pages read with hand-written SQL (network_site/reads.py), so they are
checked here on SQLite as well as, everywhere else, on PostgreSQL."""

import json
import re

import pytest

from laws.demo.laws import LAWS as DEMO_LAWS
from tests.support import run_python

pytestmark = pytest.mark.slow

SCRIPT = """
import html, json, re, django
django.setup()
from django.core.management import call_command
from django.test import Client
call_command("migrate", verbosity=0)
call_command("load_demo_content", verbosity=0)
client = Client()
answers = {}
for query in QUERIES:
    response = client.get("/search/", {"q": query})
    titles = re.findall(r'<h2 class="record__title"><a href="[^"]*">([^<]*)</a>', response.text)
    answers[query] = [response.status_code, [html.unescape(title) for title in titles]]
pages = {url: [client.get(url).status_code, client.get(url).text] for url in PAGES}
print(json.dumps({"answers": answers, "pages": pages}))
"""
QUERIES = ["trafficking", "TRAFFICKING", "17-A MRSA 852", "18 USC 1591", "Mann Act", "",
           "'&|!:*()", "a" * 2000, "торговля", "xylophone"]  # fmt: skip
LAW = "/laws/maine-aggravated-sex-trafficking/"
PROTOCOL = "/protocols/law-enforcement-suspected-minor-victim/"
RESOURCE = "/resources/national-human-trafficking-hotline/"
LAWS = len(DEMO_LAWS)
PAGES = ["/", "/laws/", "/laws/?jurisdiction=federal", "/laws/?page=2", "/laws/?page=9",
         "/protocols/", "/protocols/?discipline=law-enforcement", "/resources/",
         "/resources/?topic=screening", LAW, PROTOCOL, RESOURCE, "/laws/no-such-law/", "/glossary/",
         "/search/?q=pimp", "/search/?q=help"]  # fmt: skip


@pytest.fixture(scope="module")
def trial_site(tmp_path_factory):
    database = tmp_path_factory.mktemp("sqlite") / "trial.sqlite3"
    result = run_python(
        f"QUERIES = {QUERIES!r}\nPAGES = {PAGES!r}\n{SCRIPT}",
        DATABASE_URL=f"sqlite:///{database}",
        DEBUG="1",
        ALLOWED_HOSTS="testserver",
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def answers(trial_site):
    return trial_site["answers"]


@pytest.fixture(scope="module")
def pages(trial_site):
    return {url: html for url, (status, html) in trial_site["pages"].items() if status == 200}


def test_every_public_page_answers(trial_site):
    statuses = {url: status for url, (status, _) in trial_site["pages"].items()}
    assert statuses.pop("/laws/?page=9") == 404  # past the last page
    assert statuses.pop("/laws/no-such-law/") == 404
    assert set(statuses.values()) == {200}, statuses


def test_lists_count_filter_and_tag(pages):
    assert f"{LAWS} laws" in pages["/laws/"]
    federal = re.search(r"(\d+) laws?: Federal", pages["/laws/?jurisdiction=federal"])
    assert federal and 0 < int(federal.group(1)) < LAWS
    assert 'aria-label="Topics"><li>' in pages["/laws/"]  # each row's topics
    assert ": Law enforcement" in pages["/protocols/?discipline=law-enforcement"]
    assert 'aria-label="For"><li>' in pages["/resources/"]
    assert "effective January 15, 2025" in pages["/protocols/"]  # dates read as dates


def test_home_shows_counts_and_dated_updates(pages):
    home = pages["/"]
    assert f"{LAWS} law summaries" in home
    # Times read outside the ORM still carry their zone.
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT[\d:.]+[+-]\d\d:\d\d">', home)


def test_record_pages_show_what_they_list(pages):
    law = pages[LAW]
    assert "17-A M.R.S. § 852" in law
    assert 'href="/topics/' in law  # its topics
    assert "Related laws" in law
    protocol = pages[PROTOCOL]
    assert "Version 1" in protocol
    assert "For: " in protocol  # its disciplines
    assert "Laws it relies on" in protocol
    resource = pages[RESOURCE]
    assert "<dt>For</dt>" in resource and "<dt>Topics</dt>" in resource


def test_every_query_answers_a_normal_page(answers):
    assert {status for status, _ in answers.values()} == {200}


def test_words_match_case_insensitively(answers):
    assert answers["trafficking"][1]
    assert answers["trafficking"][1] == answers["TRAFFICKING"][1]


def test_citations_find_their_law_first(answers):
    assert answers["17-A MRSA 852"][1][0] == "Aggravated sex trafficking"
    assert (
        answers["18 USC 1591"][1][0]
        == "Sex trafficking of children or by force, fraud, or coercion"
    )
    assert (
        answers["Mann Act"][1][0] == "Transportation for prostitution or criminal sexual activity"
    )


def test_nothing_found_is_an_empty_list(answers):
    assert answers["xylophone"][1] == []
    assert answers[""][1] == []


def test_the_glossary_and_its_synonyms_and_the_fixed_pages_work_here_too(pages):
    assert "Promotes prostitution" in pages["/glossary/"]
    pimp = pages["/search/?q=pimp"]
    assert "Also searched, from the glossary: “Promotes prostitution”" in pimp
    assert "/glossary/promotes-prostitution/" in pimp
    help_box = pages["/search/?q=help"].split('id="search-pages-heading"')[1]
    assert help_box.split("</section>")[0].index('href="/get-help/"') >= 0
