"""The restore drill: exactly what the README says, as commands, into a new database.

A backup that has never been restored is not a backup."""

import json
import shutil
import subprocess
import sys
import uuid

import psycopg
import pytest
from django.contrib.auth.models import Group, User

from network_site.records import publishing
from network_site.records.models import PendingRevision, Status
from tests.factories import make_law
from tests.support import ROOT, current_database_url

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

PAGES = ["/", "/laws/", "/laws/maine-aggravated-sex-trafficking/", "/laws/renamed-for-the-drill/",
         "/laws/drill-law/", "/protocols/", "/protocols/law-enforcement-suspected-minor-victim/",
         "/protocols/law-enforcement-suspected-minor-victim/history/", "/resources/", "/events/",
         "/events/past/", "/topics/sex-trafficking/", "/updates/", "/updates/feed/",
         "/sitemap.xml", "/api/laws/", "/api/events/", "/get-help/",
         "/search/?q=trafficking", "/es/guides/is-this-trafficking/", "/ar/get-help/",
         "/es/search/?q=trata+de+personas"]  # fmt: skip
READ = """
import hashlib, json, sys, django
django.setup()
from django.test import Client
from network_site.records.backup import export_content
client = Client()
pages = {}
for url in sys.argv[1:]:
    response = client.get(url)
    if response.streaming:  # an uploaded file: compared by its bytes
        body = hashlib.sha256(b"".join(response.streaming_content)).hexdigest()
    else:
        body = response.content.decode()
    pages[url] = [response.status_code, body]
print(json.dumps({"pages": pages, "content": export_content()}, default=str))
"""


IMAGE = "images/" + "ab" * 16 + ".png"
UPLOADS = [f"/media/{IMAGE}", "/protocols/law-enforcement-suspected-minor-victim/attachment.pdf"]


def run(arguments: list[str], database_url: str, media: str = "") -> str:
    """A Python process of the site's, on this database (and media folder): its output."""
    import os

    # The test settings: the site plus the test kind, whose demo rows the database holds.
    environment = {**os.environ, "DATABASE_URL": database_url, "PAGE_CACHE": "0",
                   "DJANGO_SETTINGS_MODULE": "tests.settings",
                   **({"MEDIA_ROOT": media} if media else {})}  # fmt: skip
    result = subprocess.run(
        [sys.executable, *arguments],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def manage(database_url: str, *args: str, media: str = "") -> str:
    return run(["manage.py", *args], database_url, media)


def read_site(database_url: str, media: str = "") -> dict:
    pages = [*PAGES, *(UPLOADS if media else [])]
    return json.loads(run(["-c", READ, *pages], database_url, media))


@pytest.fixture
def new_database():
    """An empty database on the same server, dropped afterwards."""
    source = current_database_url()
    server, name = source.rsplit("/", 1)[0], f"restore_drill_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield f"{server}/{name}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def library_in_use(django_db_setup, media_root):
    """The demo library plus what a working site has: staff, attribution, a rename,
    a held edit, an uploaded image and a protocol's PDF."""
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage
    from django.core.management import call_command

    from protocols.models import Protocol

    call_command("load_demo_content", verbosity=0)
    default_storage.save(IMAGE, ContentFile(b"\x89PNG\r\n\x1a\n not really an image"))
    protocol = Protocol.objects.get(slug="law-enforcement-suspected-minor-victim")
    protocol.attachment.save("x.pdf", ContentFile(b"%PDF-1.7\n%drill\n"), save=False)
    publishing.save(protocol)
    pat = User.objects.create_user("pat", password="a-long-test-password", is_staff=True)
    pat.groups.add(Group.objects.get(name="Publisher"))
    eddie = User.objects.create_user("eddie", password="a-long-test-password", is_staff=True)
    law = make_law(title="Drill law", slug="drill-law", status=Status.DRAFT)
    publishing.move(law, Status.PUBLISHED, by=pat)
    renamed = make_law(title="Renamed for the drill", slug="before-the-rename")
    renamed.slug = "renamed-for-the-drill"
    publishing.save(renamed)
    PendingRevision.objects.create(
        record=law, data={"title": "Held title"}, base={"title": law.title},
        base_revision=law.revision, author=eddie,
    )  # fmt: skip


def test_the_readmes_restore_brings_back_every_page_and_record(
    library_in_use, new_database, tmp_path, media_root
):
    source = current_database_url()
    before = read_site(source, str(media_root))
    backup = tmp_path / "content.json"
    said = manage(source, "export_content", str(backup), media=str(media_root))
    assert "passwords" in said and "MEDIA_ROOT" in said  # what is left out, said
    restored_media = tmp_path / "restored-media"
    shutil.copytree(media_root, restored_media)  # "copy MEDIA_ROOT back"
    manage(new_database, "migrate", "--noinput")
    said = manage(new_database, "import_content", str(backup))
    assert "passwords" in said
    after = read_site(new_database, str(restored_media))
    for url in UPLOADS:
        assert before["pages"][url][0] == 200, url
    assert after["content"] == before["content"]  # every field, relation, held edit...
    for url in [*PAGES, *UPLOADS]:
        assert after["pages"][url] == before["pages"][url], url
    assert before["pages"]["/laws/drill-law/"][0] == 200


@pytest.mark.skipif(not shutil.which("pg_dump"), reason="pg_dump is not installed")
def test_a_whole_server_comes_back_from_pg_dump(library_in_use, new_database, tmp_path):
    source = current_database_url()
    before = read_site(source)
    dump = tmp_path / "site.dump"
    subprocess.run(["pg_dump", "--format=custom", f"--file={dump}", source], check=True)
    subprocess.run(["pg_restore", "--no-owner", f"--dbname={new_database}", str(dump)], check=True)
    after = read_site(new_database)
    assert after == before
