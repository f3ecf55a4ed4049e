"""Contracts with the people who run the site: demo content, settings, health, make run."""

import os
import subprocess
import time
import urllib.request

import pytest
from django.core.management import call_command

from laws.models import Law
from network_site.pages.models import HelpLine, SitePage
from network_site.vocabulary.models import Audience, Topic
from protocols.models import Protocol
from resources.models import Resource
from tests.support import ROOT, free_port, run_python

MODELS = [Law, Protocol, Resource, Topic, Audience, HelpLine, SitePage]


@pytest.mark.django_db
def test_demo_content_is_a_real_library_and_safe_to_load_twice():
    counts = {model: model.objects.count() for model in MODELS}
    assert counts[Law] >= 12 and counts[Protocol] >= 4 and counts[Resource] >= 20
    assert Protocol.objects.filter(document_type="model_policy").exists()
    call_command("load_demo_content", verbosity=0)
    assert {model: model.objects.count() for model in MODELS} == counts


@pytest.mark.django_db
def test_every_demo_law_cites_an_official_source():
    official_hosts = ("https://legislature.maine.gov/", "https://uscode.house.gov/")
    for law in Law.objects.all():
        assert law.official_url.startswith(official_hosts), law.citation
        assert law.citation and law.summary_html


def test_refuses_to_start_without_secret_key_when_debug_is_off():
    result = run_python("import django; django.setup()", DEBUG="0", SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_refuses_to_start_without_allowed_hosts_when_debug_is_off():
    result = run_python("import django; django.setup()", DEBUG="false", ALLOWED_HOSTS="")
    assert result.returncode != 0
    assert "ALLOWED_HOSTS is not set" in result.stderr


def test_healthz_is_503_when_the_database_does_not_answer():
    # A real server address with nothing listening: the database is down.
    dead_port = free_port()
    code = (
        "import django; django.setup()\n"
        "from django.test import Client\n"
        "r = Client().get('/healthz')\n"
        "print(r.status_code)\n"
    )
    result = run_python(code, DATABASE_URL=f"postgres://postgres@127.0.0.1:{dead_port}/none")
    assert result.stdout.strip() == "503", result.stderr


@pytest.mark.slow
def test_make_run_serves_the_home_page(tmp_path):
    """`make run` migrates an SQLite file, loads the demo content and serves the site."""
    port = free_port()
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "DEBUG", "SECRET_KEY", "ALLOWED_HOSTS"}
    }
    environment["DATABASE_URL"] = f"sqlite:///{tmp_path / 'trial.sqlite3'}"
    process = subprocess.Popen(
        ["make", "run", f"PORT={port}"],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 180
        body = ""
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
                    body = response.read().decode()
                    break
            except OSError:
                assert process.poll() is None, process.stdout.read().decode()
                time.sleep(1)
        assert "Need help now?" in body
        assert "1-888-373-7888" in body
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/laws/", timeout=5) as response:
            assert "18 U.S.C. § 1591" in response.read().decode()
    finally:
        os.killpg(process.pid, 15)
        process.wait(timeout=30)
