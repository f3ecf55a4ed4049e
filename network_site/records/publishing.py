"""The one gate for what the public sees.

Every change the public can see comes through here, with the staff member making it
(`by`; None for the site's own commands: the demo content, imports, the daily
timeline run): a record and its parts (a law's penalties, a session law's changes),
its review date and link health, and the content beside the records (topics,
audiences, help numbers, fixed pages, the contact, legislative sessions). The gate
refuses what `by` may not do, and does what the change means for the public in the
same transaction: first-publication and withdrawal times, the entry on the updates
page and feed (and, through the public_change signal, the email alerts), the search
index and its vocabulary, old addresses, and the facts other records derive from
this one (a law's status from its published session laws). The page cache goes stale
when it commits.

Saving a record is plain (Record.save() derives its own columns and nothing else);
no signal and no bulk update elsewhere writes what the public sees
(tests/records/test_one_gate.py walks every admin path to prove it).
"""

import re
import threading
from collections.abc import Callable
from contextlib import contextmanager
from copy import copy
from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import default_storage
from django.db import models, transaction
from django.db.models.fields.files import FieldFile
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import override
from markdownx.models import MarkdownxField

from network_site.markup import render, with_citation_links, with_term_links
from network_site.records import page_cache
from network_site.records.models import (
    NOTHING,
    CitedRecord,
    PendingRevision,
    Record,
    SlugHistory,
    Status,
    Translatable,
    Translation,
    Update,
    english_words,
)
from network_site.records.registry import glossary_kind, record_kinds, tagged_kinds
from network_site.records.sources import Sourced
from network_site.search.index import index_everything, index_record, uses_postgres
from network_site.search.models import SearchEntry, SearchTerm

# Sent with `record` and `update` when a change is listed on the updates page, inside
# the publishing transaction: whatever a receiver writes (email alerts) commits with it.
public_change = Signal()


class NotAllowed(PermissionDenied):
    """The acting staff member may not make this change; nothing was saved."""


# --- Who may do what ------------------------------------------------------------------


def _perm(model, verb: str) -> str:
    return f"{model._meta.app_label}.{verb}_{model._meta.model_name}"


def can_publish(user, model: type[Record]) -> bool:
    """May publish, unpublish and withdraw records of this kind, and change them once
    they are live (the Publisher role)."""
    return user.has_perm(_perm(model, "publish"))


def can_approve(user, obj: models.Model) -> bool:
    """May decide an editor's change held for review (PendingRevision) to obj."""
    if isinstance(obj, Translation):
        return can_publish_translations(user)
    return can_publish(user, type(obj))


def _check_record(record: Record, stored: Record | None, by) -> None:
    if by is None:
        return  # the site's own commands
    kind = type(record)
    if not by.has_perm(_perm(kind, "change" if stored else "add")):
        raise NotAllowed(f"You may not {'change' if stored else 'add'} {kind._meta.verbose_name}.")
    if can_publish(by, kind):
        return
    if stored is not None and stored.is_public:
        raise NotAllowed(
            f"“{stored}” is on the public site: only a publisher can change it. "
            "Propose the change for review instead."
        )
    if record.status not in (Status.DRAFT, Status.IN_REVIEW):
        raise NotAllowed("Only a publisher can publish or withdraw.")


def check_sources(obj: models.Model) -> None:
    """Facts go public only with their source (ValidationError naming what is missing;
    the admin's forms say it first, beside the fields)."""
    if isinstance(obj, Sourced):
        obj.check_source()


def _check_shared(obj: models.Model, verb: str, by) -> None:
    if by is not None and not by.has_perm(_perm(type(obj), verb)):
        raise NotAllowed(
            f"Only a publisher can {verb} {type(obj)._meta.verbose_name}: its words show on "
            "public pages as soon as they are saved."
        )


# --- Records --------------------------------------------------------------------------


@transaction.atomic
def save(record: Record, *, by=None, parts: Callable[[], None] | None = None) -> Record:
    """Save the record as it stands, with its parts (`parts` saves them: the admin's
    many-to-many choices and inline rows), and do what the change means for the public.

    `by` is the staff member making the change: refused (NotAllowed, nothing saved) when
    they may not make it, and named as publisher when it publishes."""
    stored = type(record).objects.filter(pk=record.pk).first() if record.pk else None
    _check_record(record, stored, by)
    if by is not None:
        check_sources(record)
    check_address(record)
    if stored is not None:
        # Counted from the stored record: a restored old version is a new revision.
        record.revision = stored.revision
    status_before = stored.status if stored else None
    was_public = stored is not None and stored.is_published
    following = record.derived_records() if was_public else []
    first_publication = record.is_published and record.published_at is None
    if first_publication:
        record.published_at = timezone.now()
    if record.is_published and status_before != Status.PUBLISHED and by is not None:
        record.published_by = by
    if record.is_withdrawn and record.withdrawn_at is None:
        record.withdrawn_at = timezone.now()
    elif not record.is_withdrawn:
        record.withdrawn_at = None
    record.derive_from_published()
    # The pages listing it before the change (its relations may change with its parts);
    # pages list published records only.
    listed_on = _pages_listing(record) if was_public and not _held.active else []
    record.save()
    if parts is not None:
        parts()
    if by is not None:
        for part in record.sourced_parts():
            check_sources(part)
    index(record)  # after the parts: a kind may index words of its relations
    if not _held.active:
        store_page_state(record)
        now_listed = _pages_listing(record) if record.is_published else []
        for page in {*listed_on, *now_listed}:
            store_page_state(page)
        face_changed = stored is None or _face(stored) != _face(record)
        if record.is_glossary and face_changed:
            _link_glossary_everywhere()
        if record.citation_pattern is not None and face_changed:
            _link_citations_of(record, stored)
    if was_public and not record.is_published:
        relearn_vocabulary()  # its words may no longer be any published record's
    if record.is_public:
        SlugHistory.objects.remember(record, stored.slug if stored else None)
    _list_public_change(record, status_before, first_publication)
    if record.is_published:
        _note_english_changes(record)
        record.after_publication()
        following += record.derived_records()
    _follow(record, following, newly_published=record.is_published and not was_public)
    transaction.on_commit(page_cache.bump_content_version)
    return record


class Outcome:
    """What became of an edit submitted through submit()."""

    SAVED = "saved"
    SAVED_UNPUBLISHED = "saved, not published"  # an editor's publish, kept as a draft
    HELD = "held for review"
    UNCHANGED = "unchanged"


def submit(record: Record, *, by, proposed: Callable[[], dict], parts=None) -> str:
    """An edit from a form (the admin's change form, History -> Revert): saved when `by`
    may make it; held for a publisher's review when it changes a live record and `by`
    may not publish (`proposed` gives the form's values; nothing is held when nothing
    changes); an editor's publish of a draft is saved as a draft. Returns an Outcome."""
    stored = type(record).objects.filter(pk=record.pk).first() if record.pk else None
    outcome = Outcome.SAVED
    if not can_publish(by, type(record)):
        if stored is not None and stored.is_public:
            held = propose(stored, proposed(), author=by)
            return Outcome.HELD if held else Outcome.UNCHANGED
        if record.status not in (Status.DRAFT, Status.IN_REVIEW):
            record.status = stored.status if stored is not None else Status.DRAFT
            outcome = Outcome.SAVED_UNPUBLISHED
    save(record, by=by, parts=parts)
    return outcome


def move(record: Record, status: str, *, by=None) -> Record:
    """Publish, unpublish (back to draft), submit for review or withdraw: a new status."""
    record.status = status
    return save(record, by=by)


@transaction.atomic
def delete(record: Record, *, by=None) -> None:
    """Delete a draft (superusers only): a record that was ever public is withdrawn
    instead, so its address says so."""
    if by is not None and not by.is_superuser:
        raise NotAllowed("Only an administrator can delete a record: withdraw it instead.")
    stored = type(record).objects.get(pk=record.pk)
    if stored.status != Status.DRAFT:
        raise NotAllowed("Only a draft can be deleted: withdraw a published record instead.")
    SearchEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(record), object_id=record.pk
    ).delete()
    record.delete()
    transaction.on_commit(page_cache.bump_content_version)


def check_address(record: Record) -> None:
    """A record may not take another record's old address: it answers for that record
    forever. Raises ValidationError naming the record that holds it."""
    holder = SlugHistory.objects.find(type(record).objects.exclude(pk=record.pk), record.slug)
    if holder is not None:
        raise ValidationError(
            {
                "slug": f"This address was “{holder}”’s and still leads to it "
                f"({holder.get_absolute_url()}). Choose another address."
            }
        )


@transaction.atomic
def mark_reviewed(record: Record, *, by=None) -> str:
    """Record that staff checked the record today. A publisher's word, or an editor's on a
    record not yet public, changes it; an editor's on a live record is held for review.
    Returns "reviewed" or "proposed"."""
    today = timezone.localdate().isoformat()
    if by is not None and record.is_public and not can_publish(by, type(record)):
        propose(record, {"last_reviewed": today}, author=by)
        return "proposed"
    record.last_reviewed = timezone.localdate()
    save(record, by=by)
    return "reviewed"


def propose(record: Record | Translation, values: dict, *, author) -> PendingRevision | None:
    """Hold a change to a live record (or published translation) for a publisher: the
    fields that differ from it as it is now, with their current values. None when
    nothing would change."""
    now = current_values(record, values)
    changed = {
        name: value
        for name, value in values.items()
        if not same_value(record._meta.get_field(name), value, now[name])
    }
    if not changed:
        return None
    return PendingRevision.objects.create(
        record=record,
        data=changed,
        base={name: now[name] for name in changed},
        base_revision=getattr(record, "revision", 0),  # a translation has none
        author=author,
    )


def json_value(field, value, instance):
    if field.many_to_many:
        return sorted(item.pk for item in value)
    if field.is_relation:
        return value.pk if value is not None else None
    if isinstance(field, models.FileField):
        if value is False or not value:
            return ""
        if isinstance(value, FieldFile):
            return value.name
        # A new upload waiting for review: keep the file now, under our own name.
        return default_storage.save(field.generate_filename(instance, value.name), value)
    if isinstance(value, datetime) and timezone.is_aware(value):
        value = value.astimezone(UTC)  # a form's local time and the stored UTC alike
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def same_value(field, one, other) -> bool:
    """Whether two of a field's values (as json_value gives them) say the same to a
    reader: Markdown as rendered, text whatever whitespace ends it."""
    if isinstance(one, str) and isinstance(other, str):
        if isinstance(field, MarkdownxField):
            return render(one).html == render(other).html
        return one.rstrip() == other.rstrip()
    return one == other


def current_values(record: Record, names) -> dict:
    values = {}
    for name in names:
        field = record._meta.get_field(name)
        value = getattr(record, name) if not field.many_to_many else getattr(record, name).all()
        values[name] = json_value(field, value, record)
    return values


@transaction.atomic
def record_link_health(record: Record, status: str, checked_at) -> None:
    """What the link check found for the record's links: its health for staff, and, when
    every link works, the date its kind shows as "link last checked" (if it shows one).
    Not a revision: the record's content is unchanged."""
    changes = {"link_status": status, "links_checked_at": checked_at}
    if status == "ok" and record.link_check_date_field:
        changes[record.link_check_date_field] = timezone.localdate(checked_at)
        transaction.on_commit(page_cache.bump_content_version)
    type(record).objects.filter(pk=record.pk).update(**changes)


def follow_due_changes() -> int:
    """Re-derive every record whose derived facts have a change whose day has come (a
    session law taking effect today): run daily. Returns how many changed."""
    changed = 0
    for kind in record_kinds():
        for record in kind.due_for_rederiving():
            changed += _follow(None, [record], newly_published=False)
    return changed


def _follow(cause: Record | None, records: list[Record], *, newly_published: bool) -> int:
    """Re-derive the records whose facts follow `cause` (the laws a session law changed),
    from published inputs only, through this gate: a changed published record is a
    public change, listed and sent to its followers."""
    count = 0
    for key in dict.fromkeys((type(r), r.pk) for r in records):
        record = key[0].objects.get(pk=key[1])
        changed = record.derive_from_published()
        announced = newly_published and cause.changes_record(record)
        if not changed and not announced:
            continue
        if record.is_published:
            record.change_note = (
                cause.change_note_for(record) if cause else record.due_change_note()
            )
        save(record)
        count += 1
    return count


def index(record: Record) -> None:
    """Bring the record's search entry up to date (none unless it is published)."""
    index_record(record)


@transaction.atomic
def reindex_everything() -> None:
    """Every published record's search entry and the "did you mean" words, afresh:
    after an upgrade that changes what is indexed, or a restore."""
    index_everything()
    relearn_vocabulary()
    restore_page_states()


class _Held(threading.local):
    active = False


_held = _Held()


@contextmanager
def page_states_at_the_end():
    """Store every record's page state once, when the block ends, instead of at each
    save: for the site's own loads of many records (the demo content), where each save
    would store again every page that shows what it saved."""
    _held.active = True
    try:
        yield
    finally:
        _held.active = False
    restore_page_states()


@dataclass
class Linking:
    """What records' text links to: the published glossary's words, and the published
    records citations name, for each kind that has citations."""

    glossary: list[tuple[str, str]] = field(default_factory=list)
    citations: list[tuple[re.Pattern, Callable]] = field(default_factory=list)


def _linking(language: str = "") -> Linking:
    """What text in this language links to (the site's own language by default): call
    with that language active, so the addresses are its pages'."""
    glossary = glossary_kind()
    if glossary is None:
        terms = []
    elif language and language != settings.LANGUAGE_CODE:
        terms = _translated_terms(glossary, language)
    else:
        terms = glossary.for_linking()
    return Linking(
        glossary=terms,
        citations=[
            (kind.citation_pattern, kind.cited_records())
            for kind in record_kinds()
            if kind.citation_pattern is not None
        ],
    )


def store_page_state(record: Record, linking: Linking | None = None) -> None:
    """Store what the record's page shows that other records decide (Record.page_state):
    its Markdown with the published glossary's words and the citations of published
    records linked, the records its text cites (its cited_relation), its links to
    published related records and terms, and facts from its parts. Not a revision: the
    record itself is unchanged."""
    if linking is None:
        linking = _linking() if record.glossary_linked else Linking()
    html = _keep_cited(record, linking)
    state = {
        "links": record.page_links(),
        "html": html,
        "facts": record.page_facts(),
        "languages": _translated_into(record),
    }
    record.page_state = state
    type(record).objects.filter(pk=record.pk).update(page_state=state)


def _translated_into(record: Record) -> list[str]:
    """The languages of the record's published translations (its page's alternates)."""
    published = Translation.objects.published().of(record)
    return sorted(published.values_list("language", flat=True))


def _keep_cited(record: Record, linking: Linking) -> dict[str, str]:
    """Its text with citations and terms linked; the records cited kept in its
    cited_relation, if it has one."""
    html, cited = _linked_html(record, linking)
    if record.cited_relation:
        relation = getattr(record, record.cited_relation)
        relation.set({found.pk for found in cited if found.kind is relation.model})
    return html


def _linked_html(record: Record, linking: Linking) -> tuple[dict[str, str], list[CitedRecord]]:
    """Its rendered Markdown columns with citations and glossary words linked, and the
    published records those citations name."""
    cited: list[CitedRecord] = []

    def address_of(find: Callable) -> Callable[[str], str | None]:
        def address(citation: str) -> str | None:
            found = find(citation)
            if found is None:
                return None
            cited.append(found)
            return found.url

        return address

    html = {}
    for column in record.glossary_linked:
        text = getattr(record, column)
        for pattern, find in linking.citations:
            text = with_citation_links(text, pattern, address_of(find))
        html[column] = with_term_links(text, linking.glossary)
    return html, cited


def _cites(record: Record, linking: Linking, changed: Record) -> bool:
    """Whether the record's text cites `changed`, as published now."""
    for column in record.glossary_linked:
        for pattern, find in linking.citations:
            for match in pattern.finditer(getattr(record, column) or ""):
                found = find(match.group(0))
                if found is not None and (found.kind, found.pk) == (type(changed), changed.pk):
                    return True
    return False


def _links_to(record: Record, address: str) -> bool:
    """Whether the record's stored text links to this address."""
    return any(f'href="{address}"' in html for html in record.page_state.get("html", {}).values())


def _pages_listing(changed: models.Model) -> list[Record]:
    """The records whose pages list `changed` (a record, a topic, an audience)."""
    pages = []
    for kind in record_kinds():
        if kind.shows(changed) != NOTHING:  # no query for a kind that cannot show it
            pages += [page for page in kind.showing(changed) if page != changed]
    return pages


def _link_glossary_everywhere() -> None:
    """A glossary term published, renamed or taken back: every page linking its words."""
    linking = _linking()
    for kind in record_kinds():
        if kind.glossary_linked:
            records = list(kind.objects.only("page_state", *kind.glossary_linked))
            for record in records:
                record.page_state = {**record.page_state, "html": _linked_html(record, linking)[0]}
            kind.objects.bulk_update(records, ["page_state"], batch_size=200)
    _store_translation_states(Translation.objects.all())


def _link_citations_of(changed: Record, before: Record | None) -> None:
    """A record that has citations published, re-cited or taken back: the pages whose
    text cites it now, or linked it before, link it (and list it) afresh."""
    linking = _linking()
    old_address = before.get_absolute_url() if before is not None and before.is_published else ""
    for kind in record_kinds():
        if kind.glossary_linked:
            for record in kind.objects.all():
                if _cites(record, linking, changed) or (
                    old_address and _links_to(record, old_address)
                ):
                    store_page_state(record, linking)


def restore_page_states() -> None:
    """Every record's page state afresh (after an upgrade or a restore)."""
    linking = _linking()
    # First what records' text cites: other kinds' pages list the records citing them.
    for kind in record_kinds():
        if kind.cited_relation:
            for record in kind.objects.iterator():
                _keep_cited(record, linking)
    for kind in record_kinds():
        for record in kind.objects.iterator():
            store_page_state(record, linking)
    _store_translation_states(Translation.objects.all())


def _face(record: Record) -> tuple:
    """What pages listing the record show of it, and whether they may."""
    return record.is_published, record.as_link()


def relearn_vocabulary() -> None:
    """The words "did you mean" offers, afresh from every published record: a word of
    an unpublished or withdrawn record must never be suggested."""
    if not uses_postgres():
        return  # SQLite has no suggestions
    SearchTerm.objects.all().delete()
    for kind in record_kinds():
        for title, text in kind.objects.published().values_list("title", "search_document"):
            SearchTerm.objects.add_words(f"{title} {text}")


def _list_public_change(record: Record, status_before: str | None, first: bool) -> None:
    """List a publication, a noted change or a withdrawal on the updates page and feed."""
    note = record.change_note.strip()
    if record.is_published and status_before != Status.PUBLISHED:
        change = Update.Change.PUBLISHED
        note = note or ("First published." if first else "Published again.")
    elif record.is_published and note:
        change = Update.Change.UPDATED
    elif record.is_public and record.is_withdrawn and status_before != Status.WITHDRAWN:
        # (A draft withdrawn before anyone saw it has nothing to announce.)
        change, note = Update.Change.WITHDRAWN, note or "Withdrawn from the site."
    else:
        return
    version_number = record.on_public_change(change, note)
    update = Update.objects.create(
        record=record, change=change, title=record.title, note=note, version_number=version_number
    )
    public_change.send(sender=type(record), record=record, update=update)
    # The note belongs to this change only; the next edit starts blank. What the change
    # derived (a protocol's new version number) is kept with the record.
    record.change_note = ""
    derived = {name: getattr(record, name) for name in record.derived_fields}
    type(record).objects.filter(pk=record.pk).update(change_note="", **derived)


# --- The content beside the records ---------------------------------------------------


@transaction.atomic
def save_shared(obj: models.Model, *, by=None, parts: Callable[[], None] | None = None):
    """Save a topic, an audience, a help number, a fixed page, the contact or a
    legislative session: words that show on public pages as soon as they are saved, so
    only those allowed to change them (publishers) may."""
    _check_shared(obj, "change" if obj.pk else "add", by)
    if by is not None:
        check_sources(obj)
    obj.save()
    if parts is not None:
        parts()
    if isinstance(obj, Translatable):
        _note_english_changes(obj)
    # Records tagged with a term are found by its slug (the search page's topic filter),
    # and list it by name and address.
    for kind, relation in tagged_kinds(type(obj)):
        for record in kind.objects.published().filter(**{relation: obj}):
            index(record)
    for page in _pages_listing(obj):
        store_page_state(page)
    transaction.on_commit(page_cache.bump_content_version)
    return obj


@transaction.atomic
def delete_shared(obj: models.Model, *, by=None) -> None:
    _check_shared(obj, "delete", by)
    showing = _pages_listing(obj)
    obj.delete()
    for page in showing:
        store_page_state(page)
    transaction.on_commit(page_cache.bump_content_version)


# --- Translations ---------------------------------------------------------------------


def can_publish_translations(user) -> bool:
    """May publish translations, and change them once they are live (the Publisher role)."""
    return user is not None and user.has_perm(_perm(Translation, "publish"))


# What an editor's change to a published translation may propose: its words, and what
# is said of them. Whether it is published stays the publisher's choice.
PROPOSED_IN_A_TRANSLATION = ("text", "reviewed_by_translator", "change_note")


def submit_translation(translation: Translation, *, by) -> str:
    """A translation from a form, as submit() for records: saved when `by` may make the
    change; held for a publisher's review when it changes a published translation
    and `by` may not publish. Refused (NotAllowed) as may_submit_translation() says.
    Returns an Outcome."""
    may_submit_translation(translation, by=by)
    if not _held_for_review(translation, by):
        save_translation(translation, by=by)
        return Outcome.SAVED
    check_translation(translation)
    stored = Translation.objects.get(pk=translation.pk)
    proposed = current_values(translation, PROPOSED_IN_A_TRANSLATION)
    held = propose(stored, proposed, author=by)
    return Outcome.HELD if held else Outcome.UNCHANGED


def may_submit_translation(translation: Translation, *, by) -> None:
    """Refuses (NotAllowed) what `by` may not submit: an editor may propose a change to
    a published translation (held for review), and otherwise save what the gate lets
    them save (may_save_translation)."""
    if not _held_for_review(translation, by):
        may_save_translation(translation, by=by)
    elif not by.has_perm(_perm(Translation, "change")):
        raise NotAllowed("You may not change translations.")
    elif not translation.is_published:
        raise NotAllowed("Only a publisher can take a translation off the public site.")


def _held_for_review(translation: Translation, by) -> bool:
    if by is None or not translation.pk or can_publish_translations(by):
        return False
    return Translation.objects.published().filter(pk=translation.pk).exists()


def may_save_translation(translation: Translation, *, by) -> None:
    """Refuses (NotAllowed) a change `by` may not make: an editor drafts and submits
    for review; only a publisher publishes, or changes a published translation."""
    if by is None:
        return  # the site's own commands
    stored = Translation.objects.filter(pk=translation.pk).first() if translation.pk else None
    if not by.has_perm(_perm(Translation, "change" if stored else "add")):
        raise NotAllowed(f"You may not {'change' if stored else 'add'} translations.")
    if can_publish_translations(by):
        return
    if stored is not None and stored.is_published:
        raise NotAllowed(
            f"“{stored}” is on the public site: only a publisher can change it. Ask a "
            "publisher, or suggest your change to them."
        )
    if translation.is_published:
        raise NotAllowed("Only a publisher can publish a translation.")


def check_translation(translation: Translation) -> None:
    """A translation that cannot be saved: of no record, into a language staff do not
    translate into, of a kind whose words are not translated, with words for a field
    the kind does not translate (facts are never copied), or published with a part
    left in English. Raises ValidationError saying which."""
    record = translation.record
    if record is None:
        raise ValidationError("The record this would translate does not exist.")
    if translation.language not in dict(settings.TRANSLATION_LANGUAGES):
        raise ValidationError({"language": "The site is not translated into this language."})
    kind = type(record)
    if not kind.translated_fields:
        raise ValidationError(
            f"{str(kind._meta.verbose_name_plural).capitalize()} are not translated."
        )
    others = sorted(set(translation.text) - set(kind.translated_fields))
    if others:
        raise ValidationError(
            f"Only the words are translated; facts come from the record. Not translated: "
            f"{', '.join(others)}."
        )
    if translation.is_published:
        missing = [
            str(kind._meta.get_field(name).verbose_name)
            for name in kind.translated_fields
            if str(getattr(record, name) or "").strip()
            and not str(translation.text.get(name) or "").strip()
        ]
        if missing:
            raise ValidationError(
                f"Translate every part before publishing. Still in English: {', '.join(missing)}."
            )


@transaction.atomic
def save_translation(translation: Translation, *, by=None) -> Translation:
    """Save a translation of a record's words (or a help number's, a fixed page's),
    refused (NotAllowed, nothing saved) when `by` may not make the change: an editor
    drafts, a publisher publishes. When its
    words change it is taken as made from the English as it is now; the gate stores
    what its page shows in its language."""
    may_save_translation(translation, by=by)
    check_translation(translation)
    stored = Translation.objects.filter(pk=translation.pk).first() if translation.pk else None
    record = translation.record
    english = english_words(record)
    if stored is None or stored.text != translation.text:
        translation.made_from = english
        translation.made_from_revision = getattr(record, "revision", 0)
    if translation.made_from == english:
        translation.english_changed_at = None
    elif translation.english_changed_at is None:
        translation.english_changed_at = getattr(record, "updated_at", None) or timezone.now()
    if translation.is_published and (stored is None or not stored.is_published):
        translation.published_by = by
        translation.published_at = translation.published_at or timezone.now()
    translation.save()
    if getattr(record, "is_glossary", False):
        _store_translation_states(Translation.objects.filter(language=translation.language))
    else:
        store_translation_state(translation, record)
    if isinstance(record, Record):
        index(record)  # its entry in the translation's language (from that state), or none
        # Its page's alternates: only the state's languages change, not its links or HTML.
        record.page_state = {**record.page_state, "languages": _translated_into(record)}
        type(record).objects.filter(pk=record.pk).update(page_state=record.page_state)
    # The pages linking to it name it in each language it is published in.
    for page in _pages_listing(record):
        store_page_state(page)
    transaction.on_commit(page_cache.bump_content_version)
    return translation


def _note_english_changes(record: Record) -> None:
    """The record's published English changed, or not: each translation of it says
    whether the English still says what it was made from (and since when not)."""
    english = english_words(record)
    for made in Translation.objects.of(record):
        behind = made.made_from != english
        if behind and made.english_changed_at is None:
            Translation.objects.filter(pk=made.pk).update(english_changed_at=timezone.now())
        elif not behind and made.english_changed_at is not None:
            Translation.objects.filter(pk=made.pk).update(english_changed_at=None)


def store_translation_state(
    translation: Translation, record: Record, linking: Linking | None = None
) -> None:
    """Store what a translated page shows (Translation.page_state): the record's
    translated words, what the kind renders of them, with the glossary's words of that
    language and the citations of published records linked to their pages in it."""
    shown = copy(record)  # the record itself keeps its English
    for name in record.translated_fields:
        words = str(translation.text.get(name) or "")
        if words.strip():
            setattr(shown, name, words)
    shown.render_prose()
    search_document = shown.build_search_document() if isinstance(shown, Record) else ""
    with translation_language(translation.language):
        if linking is None:
            linking = _linking(translation.language) if record.glossary_linked else Linking()
        html = _linked_html(shown, linking)[0]
    columns = {
        name: getattr(shown, name) for name in (*record.translated_fields, *record.rendered_prose)
    }
    state = {"columns": columns, "html": html, "search_document": search_document}
    translation.page_state = state
    Translation.objects.filter(pk=translation.pk).update(page_state=state)


def translation_language(language: str):
    """The language whose addresses, words and glossary a translation's page has."""
    return override(language)


def _store_translation_states(translations) -> None:
    """Translations' page states afresh (after the glossary, or a cited record, changed)."""
    linkings: dict[str, Linking] = {}
    for made in translations.select_related("content_type"):
        record = made.record
        if record is None:
            continue
        if made.language not in linkings:
            with translation_language(made.language):
                linkings[made.language] = _linking(made.language)
        store_translation_state(made, record, linkings[made.language])


def _translated_terms(glossary: type[Record], language: str) -> list[tuple[str, str]]:
    """(term, address) of each published glossary term published in `language`."""
    terms = {term.pk: term for term in glossary.objects.published().only("slug")}
    found = Translation.objects.published().filter(
        content_type=ContentType.objects.get_for_model(glossary),
        language=language,
        object_id__in=list(terms),
    )
    return [
        (made.text["title"], terms[made.object_id].get_absolute_url())
        for made in found
        if str(made.text.get("title") or "").strip()
    ]
