"""The trial database (SQLite, `make run`) still has a working, forgiving search."""

import json

import pytest

from tests.support import run_python

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
print(json.dumps(answers))
"""
QUERIES = ["trafficking", "TRAFFICKING", "17-A MRSA 852", "18 USC 1591", "Mann Act", "",
           "'&|!:*()", "a" * 2000, "торговля", "xylophone"]  # fmt: skip


@pytest.fixture(scope="module")
def answers(tmp_path_factory):
    database = tmp_path_factory.mktemp("sqlite") / "trial.sqlite3"
    result = run_python(
        f"QUERIES = {QUERIES!r}\n{SCRIPT}",
        DATABASE_URL=f"sqlite:///{database}",
        DEBUG="1",
        ALLOWED_HOSTS="testserver",
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


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
