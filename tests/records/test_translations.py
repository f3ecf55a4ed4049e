"""Records' words in other languages (records.models.Translation): drafted by an editor,
published by a publisher through the gate, shown on the record's page in that
language with its facts from the record, and flagged when the English moves on."""

import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from network_site.records import publishing
from network_site.records.models import PendingRevision, Translation
from resources.models import Guide, Term
from tests.admin_forms import form_fields

pytestmark = pytest.mark.django_db

SPANISH = [("en", "English"), ("es", "Español")]
SLUG = "is-this-trafficking"
SPANISH_TITLE = "¿Esto es trata de personas?"
SPANISH_SUMMARY = "Qué es la trata de personas y qué no es, en palabras sencillas."
SPANISH_BODY = "## ¿Qué es la trata?\n\nAlguien la obliga a **trabajar** o a vender sexo."


@pytest.fixture
def spanish(settings):
    settings.LANGUAGES = SPANISH


@pytest.fixture(autouse=True)
def untranslated():
    """These tests translate the guides themselves: the demo's Spanish guides go."""
    Translation.objects.all().delete()


def guide() -> Guide:
    return Guide.objects.get(slug=SLUG)


def spanish_words(record) -> dict:
    """A whole translation of the guide: every translated field the English fills."""
    words = {"title": SPANISH_TITLE, "summary": SPANISH_SUMMARY, "body": SPANISH_BODY}
    for name in record.translated_fields:
        if name not in words and getattr(record, name):
            words[name] = f"(es) {name}"
    return words


def published_translation(record, **fields) -> Translation:
    translation = Translation(
        record=record,
        language="es",
        text=spanish_words(record),
        status=Translation.State.PUBLISHED,
        **fields,
    )
    return publishing.save_translation(translation)


def page(path: str) -> str:
    response = Client().get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def add_url(record) -> str:
    content_type = ContentType.objects.get_for_model(record)
    return (
        f"/admin/records/translation/add/?content_type={content_type.pk}"
        f"&object_id={record.pk}&language=es"
    )


def change_in_admin(client, translation: Translation, **fields):
    """Open the translation's admin page as `client`, change these fields, save."""
    url = f"/admin/records/translation/{translation.pk}/change/"
    form = form_fields(client.get(url).content.decode())
    form.update(fields)
    return client.post(url, form, follow=True)


def test_an_editor_drafts_a_translation_and_only_a_publisher_publishes_it(
    spanish, editor, publisher
):
    record = guide()
    # The record's admin page offers a translation into each language.
    change_page = editor.get(f"/admin/resources/guide/{record.pk}/change/").content.decode()
    assert "Not translated: start a translation" in change_page
    assert add_url(record).replace("&", "&amp;") in change_page

    form = form_fields(editor.get(add_url(record)).content.decode())
    # The boxes are the kind's translated words, the English shown under each.
    assert {"text_title", "text_summary", "text_body"} <= set(form)
    assert not {"text_slug", "text_laws", "text_position"} & set(form)
    # An editor is offered no "Published", and a crafted one is refused.
    form.update({f"text_{name}": words for name, words in spanish_words(record).items()})
    form.update(status="published")
    refused = editor.post(add_url(record), form)
    assert refused.status_code == 200 and not Translation.objects.exists()
    form.update(status="draft")
    assert editor.post(add_url(record), form).status_code == 302
    draft = Translation.objects.get()
    assert draft.text["title"] == SPANISH_TITLE and draft.made_from["title"] == record.title

    # A draft is nobody's page: the Spanish page shows the English, said and marked so.
    spanish_page = page(f"/es/guides/{SLUG}/")
    assert SPANISH_TITLE not in spanish_page
    assert "todavía no está traducida" in spanish_page
    assert f'<h1 lang="en">{record.title}</h1>' in spanish_page

    # An editor cannot publish the draft; a publisher can.
    url = f"/admin/records/translation/{draft.pk}/change/"
    form = form_fields(editor.get(url).content.decode())
    form["status"] = "published"
    assert editor.post(url, form).status_code == 200
    assert Translation.objects.get().status == "draft"
    form = form_fields(publisher.get(url).content.decode())
    form.update(status="published", change_note="First Spanish version.")
    # Every part is translated before it is published: one left in English is named.
    form["text_sources"] = ""
    response = publisher.post(url, form)
    assert "Still in English: sources" in response.content.decode()
    form["text_sources"] = spanish_words(record)["sources"]
    assert publisher.post(url, form).status_code == 302

    spanish_page = page(f"/es/guides/{SLUG}/")
    assert f"<h1>{SPANISH_TITLE}</h1>" in spanish_page
    assert "<strong>trabajar</strong>" in spanish_page and SPANISH_SUMMARY in spanish_page
    assert "un traductor calificado aún no la ha revisado" in spanish_page
    assert '<a href="/guides/is-this-trafficking/" hreflang="en">' in spanish_page
    # Facts stay the record's: the laws it explains, linked as on the English page.
    for law in record.stored_links("laws"):
        assert law["url"] in spanish_page
    english_page = page(f"/guides/{SLUG}/")
    assert SPANISH_TITLE not in english_page and "translation-notice" not in english_page

    # Once published, an editor's change waits for a publisher and changes nothing yet.
    form = form_fields(editor.get(url).content.decode())
    assert "status" not in form
    form["text_title"] = "Otro título"
    response = editor.post(url, form, follow=True)
    assert "Your change is waiting for a publisher" in response.content.decode()
    assert Translation.objects.get().text["title"] == SPANISH_TITLE
    assert "Otro título" not in page(f"/es/guides/{SLUG}/")
    # Its history keeps each version and its change note.
    versions = Translation.objects.get().history.order_by("history_date")
    assert [v.status for v in versions] == ["draft", "published"]
    assert versions.last().change_note == "First Spanish version."
    history = publisher.get(f"{url.removesuffix('change/')}history/")
    assert history.status_code == 200 and "pat" in history.content.decode()


def test_an_editors_change_to_a_published_translation_is_reviewed_like_a_records(
    spanish, editor, publisher
):
    translation = published_translation(guide())
    summary = "Qué es la trata y qué no es, dicho con palabras claras."
    change_in_admin(editor, translation, text_summary=summary, change_note="Un resumen más claro.")
    held = PendingRevision.objects.get()
    assert held.record == translation and held.author.username == "eddie"
    # Saved as it was: no new version in its history, the page unchanged.
    translation.refresh_from_db()
    assert translation.text["summary"] == SPANISH_SUMMARY
    assert translation.history.count() == 1
    assert SPANISH_SUMMARY in page(f"/es/guides/{SLUG}/")
    # Saving it unchanged holds nothing; unpublishing is not an editor's to do.
    response = change_in_admin(editor, translation)
    assert "Nothing changed: nothing was sent for review." in response.content.decode()
    assert PendingRevision.objects.count() == 1
    translation.status = Translation.State.DRAFT
    with pytest.raises(publishing.NotAllowed, match="Only a publisher can take"):
        publishing.submit_translation(translation, by=held.author)
    translation.refresh_from_db()
    assert translation.is_published

    # The publisher finds it in the queue, reads what changes in Spanish, approves it.
    queue = publisher.get(reverse("admin:review-queue")).content.decode()
    review = reverse("admin:review-revision", args=[held.pk])
    assert review in queue
    assert "Approve and publish" not in editor.get(review).content.decode()
    assert editor.post(review, {"approve": "Approve"}).status_code == 403
    shown = publisher.get(review).content.decode()
    assert "Text: summary" in shown and '<td lang="es" dir="auto">' in shown
    assert "<del>sencillas.</del> <ins>claras.</ins>" in shown  # word by word
    assert f'href="/es/guides/{SLUG}/"' in shown
    assert publisher.post(review, {"approve": "Approve"}).status_code == 302
    held.refresh_from_db()
    translation.refresh_from_db()
    assert held.state == "approved" and held.decided_by.username == "pat"
    assert translation.text["summary"].startswith("Qué es la trata y qué no es, dicho")
    assert translation.change_note == "Un resumen más claro."
    assert translation.history.count() == 2
    assert "dicho con palabras claras" in page(f"/es/guides/{SLUG}/")


def test_an_editors_revert_of_a_published_translation_through_history_is_held(
    spanish, editor, publisher
):
    record = guide()
    translation = published_translation(record)
    first = translation.history.latest()
    translation.text = {**translation.text, "title": "Título nuevo"}
    publishing.save_translation(translation, by=None)
    revert = reverse("admin:records_translation_simple_history", args=[translation.pk, first.pk])
    form = form_fields(editor.get(revert).content.decode())
    assert form["text_title"] == SPANISH_TITLE  # the old version, ready to save again
    response = editor.post(revert, form, follow=True)
    assert "Your change is waiting for a publisher" in response.content.decode()
    translation.refresh_from_db()
    assert translation.text["title"] == "Título nuevo"
    assert "Título nuevo" in page(f"/es/guides/{SLUG}/")
    held = PendingRevision.objects.get()
    assert held.data["text"]["title"] == SPANISH_TITLE


def test_a_held_translation_change_that_would_undo_a_later_one_is_refused(
    spanish, editor, publisher
):
    translation = published_translation(guide())
    change_in_admin(editor, translation, text_title="Título del editor")
    held = PendingRevision.objects.get()
    # Meanwhile a publisher changes the words themselves.
    change_in_admin(publisher, translation, text_title="Título de la editora")
    review = reverse("admin:review-revision", args=[held.pk])
    response = publisher.post(review, {"approve": "Approve"}, follow=True)
    assert "Not approved" in response.content.decode()
    translation.refresh_from_db()
    assert translation.text["title"] == "Título de la editora"
    assert "Título de la editora" in page(f"/es/guides/{SLUG}/")


def test_a_new_english_version_is_flagged_on_the_translated_page_and_listed_for_staff(
    spanish, publisher
):
    record = guide()
    translation = published_translation(record)
    assert "The English version of this page was updated" not in page(f"/es/guides/{SLUG}/")
    assert "La versión en inglés" not in page(f"/es/guides/{SLUG}/")

    # A fact changing (its position in the list) is no new English to translate.
    record.position += 1
    publishing.save(record, by=None)
    translation.refresh_from_db()
    assert translation.english_changed_at is None

    # The publisher publishes a new English version of the guide through the admin.
    url = f"/admin/resources/guide/{record.pk}/change/"
    form = form_fields(publisher.get(url).content.decode())
    form["body"] = record.body + "\n\nA new paragraph on help in other languages."
    form["change_note"] = "Added a paragraph."
    assert publisher.post(url, form).status_code == 302

    translation.refresh_from_db()
    assert translation.english_changed_at is not None
    spanish_page = page(f"/es/guides/{SLUG}/")
    notice = re.search(
        r'<div class="notice notice--warning translation-notice">.*?</div>', spanish_page, re.S
    )
    assert notice is not None
    assert "La versión en inglés de esta página se actualizó el" in notice.group(0)
    assert (
        f'datetime="{timezone.localtime(translation.english_changed_at):%Y-%m-%d}'
        in notice.group(0)
    )
    assert 'href="/guides/is-this-trafficking/"' in notice.group(0)

    # Staff see it in the list of translations behind, and on the record's page.
    behind = publisher.get("/admin/records/translation/?english=changed").content.decode()
    assert SPANISH_TITLE in behind or record.title in behind
    assert "1 translation" in behind
    assert "the English has changed since" in publisher.get(url).content.decode()

    # Translated afresh: the notice goes, and the list empties.
    translation.text = {**translation.text, "body": SPANISH_BODY + "\n\nUn párrafo nuevo."}
    publishing.save_translation(translation, by=None)
    assert "La versión en inglés" not in page(f"/es/guides/{SLUG}/")
    behind = publisher.get("/admin/records/translation/?english=changed").content.decode()
    assert "0 translations" in behind


def test_a_translation_holds_words_never_facts(spanish):
    record = guide()
    with pytest.raises(ValidationError, match="facts come from the record"):
        publishing.save_translation(
            Translation(record=record, language="es", text={"slug": "otra", "title": "x"})
        )
    with pytest.raises(ValidationError, match="not translated into this language"):
        publishing.save_translation(Translation(record=record, language="xx", text={}))
    # Published with a part left in English: refused, nothing saved.
    with pytest.raises(ValidationError, match="Still in English"):
        publishing.save_translation(
            Translation(
                record=record,
                language="es",
                text={"title": SPANISH_TITLE},
                status=Translation.State.PUBLISHED,
            )
        )
    assert not Translation.objects.exists()


def test_a_draft_translation_never_reaches_a_page(spanish):
    record = guide()
    translation = published_translation(record)
    assert SPANISH_TITLE in page(f"/es/guides/{SLUG}/")
    translation.status = Translation.State.DRAFT
    publishing.save_translation(translation)
    assert SPANISH_TITLE not in page(f"/es/guides/{SLUG}/")


def test_translated_words_are_escaped_and_their_markdown_cleaned(spanish):
    record = guide()
    words = spanish_words(record)
    words["title"] = "<script>alert(1)</script> Título"
    words["body"] = 'Texto <script>alert(2)</script> <a href="javascript:alert(3)">enlace</a>'
    publishing.save_translation(
        Translation(record=record, language="es", text=words, status="published")
    )
    spanish_page = page(f"/es/guides/{SLUG}/")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Título" in spanish_page
    assert "alert(2)" not in spanish_page and "javascript:" not in spanish_page


def test_the_spanish_glossary_links_spanish_words_to_spanish_pages(spanish):
    term = Term.objects.published().first()
    term_words = {name: f"(es) {name}" for name in term.translated_fields if getattr(term, name)}
    term_words["title"] = "coacción"
    publishing.save_translation(
        Translation(record=term, language="es", text=term_words, status="published")
    )
    record = guide()
    words = spanish_words(record)
    words["body"] = "La coacción es una forma de obligar a alguien."
    publishing.save_translation(
        Translation(record=record, language="es", text=words, status="published")
    )
    spanish_page = page(f"/es/guides/{SLUG}/")
    assert f'<a class="term-link" href="/es/glossary/{term.slug}/"' in spanish_page or (
        f'href="/es/glossary/{term.slug}/"' in spanish_page and ">coacción</a>" in spanish_page
    )
    assert "<h1>coacción</h1>" in page(f"/es/glossary/{term.slug}/")


def test_the_gate_lets_only_a_publisher_publish_or_change_a_published_translation():
    """Whatever form or command asks: the gate checks who is acting."""
    from django.contrib.auth.models import Group

    from tests.factories import make_staff

    eddie, pat = make_staff("eddie"), make_staff("pat")
    eddie.groups.add(Group.objects.get(name="Editor"))
    pat.groups.add(Group.objects.get(name="Publisher"))
    record = guide()
    translation = Translation(record=record, language="es", text=spanish_words(record))
    translation.status = Translation.State.PUBLISHED
    with pytest.raises(publishing.NotAllowed):
        publishing.save_translation(translation, by=eddie)
    assert not Translation.objects.exists()
    translation.status = Translation.State.IN_REVIEW
    publishing.save_translation(translation, by=eddie)
    translation.status = Translation.State.PUBLISHED
    publishing.save_translation(translation, by=pat)
    assert translation.published_by == pat
    translation.text = {**translation.text, "title": "Otro"}
    with pytest.raises(publishing.NotAllowed):
        publishing.save_translation(translation, by=eddie)
    assert Translation.objects.get().text["title"] == SPANISH_TITLE


def test_lists_show_each_record_in_the_readers_language_and_mark_the_rest(spanish):
    record = guide()
    published_translation(record)
    other = Guide.objects.published().exclude(pk=record.pk).first()
    for listing in (page("/es/guides/"), page("/es/")):
        assert f'<a href="/es/guides/{SLUG}/">{SPANISH_TITLE}</a>' in listing
        assert SPANISH_SUMMARY in listing
        assert f'<a href="/es/guides/{other.slug}/" lang="en">{other.title}</a>' in listing
    english = page("/guides/")
    assert f'<a href="/guides/{SLUG}/">{record.title}</a>' in english
    assert SPANISH_TITLE not in english
    # A Spanish page's links to records with no translation say they are English.
    law_page = page("/es/laws/maine-sex-trafficking/")
    assert re.search(r'<a href="/es/laws/[^"]+" lang="en">', law_page)


FACT = re.compile(r"\d[\d,.-]*\d|§+ ?[\dA-Z-]+|\$[\d,]+|P\.L\. \d+|\b911\b|\b711\b")


def test_the_demos_translations_carry_every_fact_of_the_english(spanish, settings):
    """The demo's translations (in Spanish the guides, the glossary terms they use, the
    help numbers and Get help; in Portuguese, Somali, Arabic and French the help
    numbers, Get help and "Is this trafficking?") say every number, date, citation and
    amount the English says; each page says a qualified translator has not reviewed
    it; the Spanish guides link the Spanish glossary's words to its Spanish pages."""
    from django.core.management import call_command

    call_command("load_demo_content", verbosity=0)
    translations = list(Translation.objects.published())
    kinds = {(t.language, type(t.record).__name__) for t in translations}
    assert {("es", "Term")} | {
        (language, kind)
        for language, _name in settings.TRANSLATION_LANGUAGES
        for kind in ("Guide", "HelpLine", "SitePage")
    } <= kinds
    for language, _name in settings.TRANSLATION_LANGUAGES:
        guide = Guide.objects.get(slug="is-this-trafficking")
        assert Translation.objects.published().of(guide).filter(language=language).exists()
    for translation in translations:
        record = translation.record
        assert not translation.reviewed_by_translator
        for name, words in translation.text.items():
            english = set(FACT.findall(str(getattr(record, name) or "")))
            missing = {fact for fact in english if fact not in words}
            assert not missing, (str(record), name, missing)
    listing = page("/es/guides/")
    for record in Guide.objects.published():
        translation = Translation.objects.published().of(record).get(language="es")
        shown = page(f"/es/guides/{record.slug}/")
        assert f"<h1>{translation.text['title']}</h1>" in shown
        assert "un traductor calificado aún no la ha revisado" in shown
        assert f">{translation.text['title']}</a>" in listing
    assert 'lang="en">' not in listing.split("<main")[1].split("</main>")[0]
    trafficking = page("/es/guides/is-this-trafficking/")
    assert 'class="glossary-link" href="/es/glossary/sex-trafficking/"' in trafficking


def test_a_help_numbers_words_are_translated_through_the_gate_and_flagged_when_they_change(
    spanish, publisher
):
    """A help number's words (not its numbers) are translated like a record's; when a
    publisher changes its English words, staff find its translation behind."""
    from network_site.pages.models import HelpLine

    line = HelpLine.objects.get(name="Maine Sexual Assault Crisis and Support Line")
    url = f"/admin/pages/helpline/{line.pk}/change/"
    assert "Not translated: start a translation" in publisher.get(url).content.decode()
    form = form_fields(publisher.get(add_url(line)).content.decode())
    assert set(name for name in form if name.startswith("text_")) == {
        "text_name",
        "text_description",
    }
    form.update(text_name="Línea de apoyo", text_description="Gratis, a cualquier hora.")
    form["status"] = "published"
    assert publisher.post(add_url(line), form).status_code == 302
    assert '<span class="help-line__name">Línea de apoyo</span>' in page("/es/")
    assert "Línea de apoyo" not in page("/")

    form = form_fields(publisher.get(url).content.decode())
    form["description"] = "Free and private, any day, any time, anywhere in Maine. New words."
    assert publisher.post(url, form).status_code == 302
    assert Translation.objects.of(line).get().english_changed_at is not None
    behind = publisher.get("/admin/records/translation/?english=changed").content.decode()
    assert "1 translation" in behind


def test_the_glossarys_other_names_are_searched_in_the_readers_language(spanish):
    """A Spanish term's "also called" words find what its Spanish title finds, on
    Spanish pages only: "chulo" is searched as "promover la prostitución"."""
    from django.utils import translation as i18n

    from network_site.search import engine

    term = Term.objects.published().get(also_called__contains="pimp")
    words = {name: f"(es) {name}" for name in term.translated_fields if getattr(term, name)}
    words.update(title="promover la prostitución", also_called="chulo\nproxeneta")
    publishing.save_translation(
        Translation(record=term, language="es", text=words, status="published")
    )
    with i18n.override("es"):
        found = engine.search("chulo", language="es")
    assert found.also_searched == ["promover la prostitución"]
    assert engine.search("chulo").also_searched == []
    assert engine.search("pimp").also_searched == [term.title]
