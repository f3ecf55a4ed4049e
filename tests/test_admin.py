"""Staff keep the library current through the admin's own forms."""

import re
from datetime import date

import pytest
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.forms.renderers import DjangoTemplates
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from laws.models import Law
from network_site.pages.models import HelpLine
from network_site.records.models import Status
from network_site.records.registry import record_kinds
from network_site.templating import FormRenderer
from network_site.vocabulary.models import Topic
from protocols.models import Protocol

pytestmark = pytest.mark.django_db


def law_form(**overrides) -> dict:
    data = {
        "title": "Human trafficking offense definition",
        "slug": "human-trafficking-offense-definition",
        "status": Status.DRAFT,
        "jurisdiction": "maine",
        "citation": "5 M.R.S. § 4701(1)(C)",
        "other_names": "",
        "summary": "## What it covers\n\nThe offenses that count.",
        "official_url": "https://legislature.maine.gov/statutes/5/title5sec4701.html",
        "session_law": "P.L. 2017, c. 416",
        "legal_status": "in_force",
        "reader_group": 3,  # victims' rights
        "source_words": "4701. Civil action for human trafficking ...",
        "last_checked": "2026-11-01",
        "enacted_on": "",
        "effective_on": "",
        "amended_on": "",
        "last_reviewed": "2026-11-01",
        "topics": [Topic.objects.get(slug="labor-trafficking").pk],
        "related_laws": [],
        # The penalty tiers' inline, with no rows.
        "penalties-TOTAL_FORMS": "0",
        "penalties-INITIAL_FORMS": "0",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def protocol_form(**overrides) -> dict:
    data = {
        "title": "Child welfare screening protocol",
        "slug": "child-welfare-screening",
        "status": Status.DRAFT,
        "document_type": "protocol",
        "summary": "For caseworkers.",
        "body": "## Screening\n\nAsk privately.\n\n## Referral\n\nCall an advocate.",
        "issued_by": "Example County Child Welfare Office",
        "standing": "sample",
        "source_url": "",
        "adopted_on": "",
        "version_label": "1.0",
        "effective_date": "2026-12-01",
        "last_reviewed": "",
        "disciplines": [],
        "topics": [],
        "related_laws": [],
        "related_resources": [],
    }
    data.update(overrides)
    return data


def test_staff_create_edit_and_publish_a_law(admin_client):
    public = Client()
    add_url = reverse("admin:laws_law_add")
    response = admin_client.post(add_url, law_form())
    assert response.status_code == 302, response.context["adminform"].form.errors
    law = Law.objects.get(slug="human-trafficking-offense-definition")
    assert law.status == Status.DRAFT
    assert '<h2 id="what-it-covers">' in law.summary_html

    change_url = reverse("admin:laws_law_change", args=[law.pk])
    response = admin_client.post(
        change_url, law_form(title="Human trafficking offenses", status=Status.PUBLISHED)
    )
    assert response.status_code == 302
    page = public.get(law.get_absolute_url())
    assert page.status_code == 200
    assert "Human trafficking offenses" in page.content.decode()


def test_publish_action_publishes_selected(admin_client):
    law = Law.objects.create(
        title="Draft", slug="draft-law", jurisdiction="maine", citation="1 M.R.S. § 1",
        summary="x", official_url="https://legislature.maine.gov/statutes/1/title1sec1.html",
        source_words="§1. ...", last_checked=date(2026, 12, 1),
    )  # fmt: skip
    response = admin_client.post(
        reverse("admin:laws_law_changelist"),
        {"action": "publish", "_selected_action": [law.pk]},
    )
    assert response.status_code == 302
    law.refresh_from_db()
    assert law.is_published


@pytest.mark.parametrize(
    "bad, field",
    [
        ({"citation": ""}, "citation"),
        ({"official_url": "not a url"}, "official_url"),
        ({"slug": "maine-sex-trafficking"}, "slug"),  # taken by the demo content
        ({"citation": "17-A M.R.S. § 852"}, "citation"),  # duplicate citation
        ({"jurisdiction": "mars"}, "jurisdiction"),
    ],
)
def test_bad_law_form_shows_an_error_and_saves_nothing(admin_client, bad, field):
    before = Law.objects.count()
    response = admin_client.post(reverse("admin:laws_law_add"), law_form(**bad))
    assert response.status_code == 200
    assert field in response.context["adminform"].form.errors
    assert "Please correct the error" in response.content.decode()
    assert Law.objects.count() == before


def test_staff_create_edit_and_publish_a_protocol_with_a_pdf(admin_client):
    public = Client()
    pdf = SimpleUploadedFile("Protocol.PDF", b"%PDF-1.7\n%test\n", content_type="application/pdf")
    response = admin_client.post(
        reverse("admin:protocols_protocol_add"), {**protocol_form(), "attachment": pdf}
    )
    assert response.status_code == 302
    protocol = Protocol.objects.get(slug="child-welfare-screening")
    assert public.get(protocol.get_absolute_url()).status_code == 404  # still a draft

    admin_client.post(
        reverse("admin:protocols_protocol_change", args=[protocol.pk]),
        protocol_form(status=Status.PUBLISHED, version_label="1.1"),
    )
    protocol.refresh_from_db()
    assert protocol.is_published and protocol.version_label == "1.1"
    assert protocol.attachment  # kept when the form does not send a new file
    assert [entry["id"] for entry in protocol.toc] == ["screening", "referral"]
    assert protocol.attachment.name.startswith("protocol-attachments/")
    assert "Protocol" not in protocol.attachment.name  # our name, not the uploader's

    download = public.get(protocol.get_attachment_url())
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert download["X-Content-Type-Options"] == "nosniff"
    assert download["Content-Disposition"].startswith("attachment;")
    assert b"".join(download.streaming_content).startswith(b"%PDF-")


@pytest.mark.parametrize(
    "upload, message",
    [
        (
            SimpleUploadedFile("evil.pdf", b"<html><script>x</script>", "application/pdf"),
            "not a PDF",
        ),
        (SimpleUploadedFile("notes.docx", b"%PDF-1.4 but named docx", "application/pdf"), "PDF"),
    ],
)
def test_protocol_attachment_must_be_a_real_pdf(admin_client, upload, message):
    response = admin_client.post(
        reverse("admin:protocols_protocol_add"), {**protocol_form(), "attachment": upload}
    )
    assert response.status_code == 200
    assert message in str(response.context["adminform"].form.errors["attachment"])
    assert not Protocol.objects.filter(slug="child-welfare-screening").exists()


def test_protocol_attachment_size_is_capped(admin_client, settings):
    settings.ATTACHMENT_MAX_BYTES = 1024
    big = SimpleUploadedFile("big.pdf", b"%PDF-" + b"0" * 2048, "application/pdf")
    response = admin_client.post(
        reverse("admin:protocols_protocol_add"), {**protocol_form(), "attachment": big}
    )
    assert response.status_code == 200
    assert "at most" in str(response.context["adminform"].form.errors["attachment"])


def test_admin_pages_answer_for_staff(admin_client):
    law = Law.objects.first()
    for url in (
        reverse("admin:index"),
        reverse("admin:laws_law_changelist") + "?jurisdiction__exact=maine&q=852",
        reverse("admin:laws_law_change", args=[law.pk]),
        reverse("admin:laws_law_history", args=[law.pk]),
        reverse("admin:protocols_protocol_changelist") + "?document_type__exact=model_policy",
        reverse("admin:resources_resource_changelist") + "?resource_type__exact=hotline",
        reverse("admin:pages_helpline_changelist"),
        reverse("admin:pages_sitepage_changelist"),
    ):
        assert admin_client.get(url).status_code == 200, url


def test_admin_search_finds_by_citation(admin_client):
    response = admin_client.get(reverse("admin:laws_law_changelist"), {"q": "1591"})
    results = list(response.context["cl"].result_list)
    assert [law.citation for law in results] == ["18 U.S.C. § 1591"]


def test_admin_needs_login(client):
    response = client.get(reverse("admin:laws_law_changelist"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_the_old_admin_addresses_of_help_numbers_and_pages_redirect(admin_client):
    response = admin_client.get("/admin/network_site/helpline/")
    assert response.status_code == 301
    assert response["Location"] == "/admin/pages/helpline/"
    line = HelpLine.objects.first()
    response = admin_client.get(f"/admin/network_site/helpline/{line.pk}/change/")
    assert response["Location"] == f"/admin/pages/helpline/{line.pk}/change/"
    assert admin_client.get(response["Location"]).status_code == 200


def test_a_record_is_named_from_its_link_fields_alone(django_assert_num_queries):
    """A record's form offers other records by name, each read with only its link_fields
    (history_admin.by_name_only): naming one must read nothing else, or each of a
    thousand options would cost a query of its own."""
    named = 0
    for kind in record_kinds():
        record = kind.objects.only(*kind.link_fields).first()
        if record is None:
            continue
        with django_assert_num_queries(0):
            assert str(record)
        named += 1
    assert named == len(record_kinds())


def test_a_laws_form_reads_the_laws_it_offers_by_name_only(admin_client):
    """Where a law may be replaced by, or related to, any other law, the form reads those
    laws' titles and citations, not a thousand summaries."""
    law = Law.objects.published().first()
    with CaptureQueriesContext(connection) as captured:
        response = admin_client.get(reverse("admin:laws_law_change", args=[law.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    others = Law.objects.exclude(pk=law.pk)
    assert all(f'value="{other.pk}"' in html for other in others)  # every law offered
    # This law and its own related laws are read whole; the laws offered, by name only.
    whole = [q["sql"] for q in captured if '"laws_law"."summary"' in q["sql"]]
    assert whole
    for sql in whole:
        assert re.search(rf" = {law.pk}\b", sql.split(" WHERE ")[-1]), sql.split(" FROM ")[-1]


@pytest.mark.parametrize(
    "widget",
    [
        forms.Select,
        forms.SelectMultiple,
        forms.NullBooleanSelect,
        forms.CheckboxSelectMultiple,
        forms.RadioSelect,
    ],
)
def test_choice_widgets_render_exactly_as_djangos_own_templates(widget):
    """network_site/templates/django/forms/widgets/ writes the stock options in place of
    an include per option: the HTML is Django's, to the character."""
    choices = [("", "---------"), (1, "One & <two>"), ("Group", [(2, "Two"), (3, "Three")])]
    multiple = widget in (forms.SelectMultiple, forms.CheckboxSelectMultiple)
    for attrs in ({}, {"id": "id_choice", "class": "wide", "disabled": True}):
        rendered = (
            widget(attrs=attrs)
            if widget is forms.NullBooleanSelect
            else widget(choices=choices, attrs=attrs)
        )
        for value in ([1, 3] if multiple else "3", None, 2):
            ours = rendered.render("choice", value, renderer=FormRenderer())
            assert ours == rendered.render("choice", value, renderer=DjangoTemplates())
