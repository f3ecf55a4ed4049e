"""The demo's laws, their sessions and session laws, and their penalties: real Maine
and federal law, each checked against the official text (sources beside each fact)."""

from datetime import datetime, time

from django.utils import timezone

from laws.demo.laws import LAWS
from laws.demo.session_laws import PENALTIES, PENALTIES_CHECKED, SESSION_LAWS, SESSIONS
from laws.models import Law, LawChange, LegislativeSession, Penalty, SessionLaw
from network_site.records.demo_loader import REVIEWED, publish, shared


def load(library) -> None:
    topics, laws = library["topics"], library["laws"]
    related = {}
    for entry in LAWS:
        fields = dict(entry)
        slug = fields.pop("slug")
        law_topics = [topics[s] for s in fields.pop("topics")]
        related[slug] = fields.pop("related", [])
        laws[slug] = publish(
            Law,
            slug,
            {**fields, **checked(fields)},
            {"topics": law_topics},
        )
    for slug, others in related.items():
        publish(Law, slug, {}, {"related_laws": [laws[other] for other in others]})
    load_session_laws(library)
    for slug, (tiers, source) in PENALTIES.items():
        setter = penalties_setter(tiers, source, library["session_laws"])
        publish(Law, slug, {}, rows=setter)


def load_session_laws(library) -> None:
    """The sessions and session laws, each with what it did to the laws: the laws'
    status, dates and former names follow from these."""
    sessions = {
        slug: shared(
            LegislativeSession,
            {"slug": slug},
            {"jurisdiction": jurisdiction, "name": name, "first_year": first, "last_year": last},
        )
        for slug, jurisdiction, name, first, last in SESSIONS
    }
    # The demo's changes were recorded when its summaries were checked.
    recorded = timezone.make_aware(datetime.combine(REVIEWED, time()))
    for entry in SESSION_LAWS:
        fields = dict(entry)
        slug = fields.pop("slug")
        changes = fields.pop("changes")
        fields["session"] = sessions[fields["session"]]

        def record_changes(session_law, changes=changes):
            for law_slug, action, former_name, sections, note in changes:
                LawChange.objects.update_or_create(
                    session_law=session_law,
                    law=library["laws"][law_slug],
                    action=action,
                    defaults={
                        "former_name": former_name,
                        "sections": sections,
                        "note": note,
                        "published_at": recorded,
                    },
                )

        library["session_laws"][slug] = publish(
            SessionLaw, slug, {**fields, **checked(fields)}, rows=record_changes
        )


def checked(fields: dict) -> dict:
    """Reviewed when the demo was written; checked against the official text on the day
    its source words were recorded, and only then."""
    dates = {"last_reviewed": REVIEWED}
    if fields.get("source_words"):
        dates["last_checked"] = PENALTIES_CHECKED
    return dates


def penalties_setter(tiers, source, session_laws):
    source_url, source_words = source

    def set_penalties(law):
        law.penalties.all().delete()
        for position, tier in enumerate(tiers):
            condition, crime_class, minimum, maximum, fine, assessment, set_by = tier
            Penalty.objects.create(
                law=law,
                position=position,
                condition=condition,
                crime_class=crime_class,
                minimum_imprisonment=minimum,
                maximum_imprisonment=maximum,
                maximum_fine=fine,
                assessment=assessment,
                set_by=session_laws.get(set_by),
                source_url=source_url,
                source_words=source_words,
                source_checked_on=PENALTIES_CHECKED,
            )

    return set_penalties
