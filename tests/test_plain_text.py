"""Control characters (issue 25, item 1 and 3): every text typed in the admin refuses
them with a clear error, titles take no line break, stored ones never break a feed
or a mail header, and the data migration cleaned the rows stored before."""

import defusedxml.minidom
import pytest
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import connection, models
from django.db.migrations.executor import MigrationExecutor
from django.test import Client, RequestFactory
from django.urls import reverse

from network_site.alerts.models import OutgoingMail
from network_site.records import publishing
from network_site.records.models import Update
from network_site.records.registry import record_kinds
from network_site.vocabulary.models import Audience, Topic
from resources.models import Resource
from tests.admin_forms import form_fields
from tests.factories import make_resource

# Every control character a text column can hold (PostgreSQL refuses NUL itself), C1
# too, and the two noncharacters XML forbids.
CONTROL = "".join(chr(n) for n in (*range(1, 32), *range(0x7F, 0xA0)) if chr(n) not in "\t\n\r")
EVERYTHING = CONTROL + "\ufffe\uffff"


def text_fields(model) -> list[models.Field]:
    """The fields a person types in: text, not a slug, a choice, or an address."""
    return [
        field
        for field in model._meta.concrete_fields
        if isinstance(field, models.CharField | models.TextField)
        and not isinstance(field, models.SlugField | models.URLField | models.EmailField)
        and not field.choices
        and field.editable
    ]


@pytest.mark.django_db
def test_every_text_field_of_every_admin_form_refuses_control_characters(admin_user):
    request = RequestFactory().get("/admin/")
    request.user = admin_user
    checked = []
    for model_admin in admin.site._registry.values():
        forms = [model_admin.get_form(request)]
        forms += [i.get_formset(request).form for i in model_admin.get_inline_instances(request)]
        for form in forms:
            for db_field in text_fields(form._meta.model):
                field = form.base_fields.get(db_field.name)
                if field is None:
                    continue  # not on this form (read-only, or left out)
                for typed in ("a\x0bb", "a\x00b", "a\x1bb", "a\x85b"):
                    with pytest.raises(ValidationError):
                        field.clean(typed)
                checked.append(f"{form._meta.model.__name__}.{db_field.name}")
                if isinstance(db_field, models.TextField):
                    assert field.clean("one\r\ntwo\tthree") == "one\r\ntwo\tthree"
                elif not db_field.blank:
                    with pytest.raises(ValidationError, match="one line"):
                        field.clean("one\ntwo")
    assert {"Protocol.title", "Law.summary", "Resource.description", "HelpLine.name"} <= set(
        checked
    )


@pytest.mark.django_db
def test_a_pasted_line_break_in_a_title_is_a_clear_error_and_saves_nothing(publisher):
    page = publisher.get(reverse("admin:resources_resource_add")).content.decode()
    fields = form_fields(page)
    fields.update(
        title="Hotline\x0bwallet card",
        slug="hotline-wallet-card",
        description="Line one\nline\x0c two",
        url="https://example.org/card",
        status="draft",
    )
    answer = publisher.post(reverse("admin:resources_resource_add"), fields)
    page = answer.content.decode()
    assert answer.status_code == 200
    assert "This must be one line: remove the line break." in page
    assert "hidden control character (U+000C)" in page
    assert not Resource.objects.filter(slug="hotline-wallet-card").exists()


@pytest.mark.django_db
def test_every_feed_carries_every_control_character_stored_in_every_kind():
    """As a script or an old row would leave them: stored without a form, published,
    frozen into the change notes. Every feed still answers, as well-formed XML."""
    feeds = ["/updates/feed/"]
    for kind in record_kinds():
        record = kind.objects.published().first()
        if record is None:
            assert kind._meta.app_label == "recordkind", f"no published {kind.__name__}"
            continue  # the test suite's own sample kind
        for field in text_fields(kind):
            value = getattr(record, field.attname) or ""
            setattr(record, field.attname, f"{value[:20]}{EVERYTHING}end"[: field.max_length])
        record.change_note = f"Changed{EVERYTHING}"
        publishing.save(record)
        feeds.append(reverse("record-feed", args=[kind._meta.model_name, record.slug]))
    Update.objects.update(title=f"Frozen{EVERYTHING}title", note=f"Frozen{EVERYTHING}note")
    for vocabulary, feed in ((Topic, "topic-feed"), (Audience, "discipline-feed")):
        for term in vocabulary.objects.all():
            vocabulary.objects.filter(pk=term.pk).update(name=f"{term.name}{EVERYTHING}")
            feeds.append(reverse(feed, args=[term.slug]))
    for url in feeds:
        response = Client().get(url)
        assert response.status_code == 200, url
        defusedxml.minidom.parseString(response.content)  # raises on anything XML refuses


@pytest.mark.django_db
def test_an_alert_about_a_title_with_a_line_break_goes_with_the_title_on_one_line(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    from django.core import mail
    from django.core.management import call_command

    from tests.alerts.test_follow_by_email import follow_and_confirm

    resource = make_resource(title="Wallet card", slug="wallet-card")
    follow_and_confirm(f"/alerts/follow/resource/{resource.slug}/")
    call_command("send_alerts", verbosity=0)
    mail.outbox.clear()
    resource.title = "Wallet card\nBcc: everyone@example.org"  # a script's save
    resource.change_note = "Reprinted."
    publishing.save(resource)
    call_command("send_alerts", verbosity=0)
    (alert,) = mail.outbox
    assert alert.subject == "Updated: Wallet card Bcc: everyone@example.org"
    assert alert.message()["Bcc"] is None and alert.recipients() == ["partner@example.org"]
    assert not OutgoingMail.objects.failed().exists()


@pytest.mark.django_db(transaction=True)
def test_the_migration_cleans_rows_stored_before_forms_refused_them():
    before = ("records", "0004_rejection_reason")
    executor = MigrationExecutor(connection)
    executor.migrate([before])
    try:
        # Stored as an old form or a script would have, with the models of that time.
        executor.loader.build_graph()
        old = executor.loader.project_state(list(executor.loader.applied_migrations)).apps
        resource = old.get_model("resources", "Resource").objects.create(
            title="Wallet\x0bcard\ncut",
            slug="wallet-card",
            url="https://example.org/card",
            description="First line\x0bsecond line\x1b",
        )
        old.get_model("records", "Update").objects.create(
            content_type=old.get_model("contenttypes", "ContentType").objects.get(
                app_label="resources", model="resource"
            ),
            object_id=resource.pk,
            kind="updated",
            title="Frozen\ntitle",
            note="Frozen\x0bnote",
        )
        stuck = old.get_model("alerts", "Subscriber").objects.create(
            email='"x\x0bx-injected:\\ yes"@example.org', token="stuck-token"
        )
        old.get_model("alerts", "OutgoingMail").objects.create(
            subscriber=stuck, purpose="notice", subject="s", body="b", message_id="<stuck@x>"
        )
        executor.loader.build_graph()
        executor.migrate([("records", "0005_clean_control_characters")])
        check_cleaned(old, resource.pk, stuck.pk)
    finally:
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())  # the schema as it is now


def check_cleaned(old, resource_pk: int, stuck_pk: int) -> None:
    resource = old.get_model("resources", "Resource").objects.get(pk=resource_pk)
    assert resource.title == "Wallet card cut"
    assert resource.description == "First line\nsecond line "
    update = old.get_model("records", "Update").objects.get(title__startswith="Frozen")
    assert (update.title, update.note) == ("Frozen title", "Frozen\nnote")
    assert not old.get_model("alerts", "Subscriber").objects.filter(pk=stuck_pk).exists()
    assert (
        not old.get_model("alerts", "OutgoingMail").objects.filter(subscriber_id=stuck_pk).exists()
    )
