from datetime import date, datetime, time

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from laws.models import Law, LawChange, LegislativeSession, Penalty, SessionLaw
from network_site import demo_content
from network_site.demo_content.events import demo_events
from network_site.pages.apps import seed_site_content
from network_site.pages.models import HelpLine
from network_site.pages.site_content import DEFAULT_HELP_LINES
from network_site.records import publishing
from network_site.records.models import Record, Status
from network_site.vocabulary.models import Audience, Topic
from protocols.models import Protocol
from resources.models import Event, EventSeries, Guide, Resource, Term

DEMO_AUTHOR = "this site's editors, as demo text (not an agency's)"
# The date the demo summaries were last checked against the official texts.
REVIEWED = date(2026, 11, 30)


def demo_protocol_slugs() -> list[str]:
    return [entry["slug"] for entry in demo_content.PROTOCOLS]


def publish(model: type[Record], slug: str, fields: dict, relations=None, rows=None) -> Record:
    """The record at this slug with these fields, published (created if new), through the
    one publishing gate so that it is indexed and listed as any publication is. Its
    many-to-many `relations` ({"topics": [...]}) and `rows` (a function given the record,
    saving its parts) are set inside the gate, before it indexes and derives from them."""
    record = model.objects.filter(slug=slug).first() or model(slug=slug)
    for name, value in {**fields, "status": Status.PUBLISHED}.items():
        setattr(record, name, value)

    def parts():
        for name, values in (relations or {}).items():
            getattr(record, name).set(values)
        if rows is not None:
            rows(record)

    return publishing.save(record, parts=parts)


def shared(model, lookup: dict, values: dict):
    """A topic, audience, session or series with these values (created if new), saved
    through the gate like any content beside the records."""
    obj = model.objects.filter(**lookup).first() or model(**lookup)
    for name, value in values.items():
        setattr(obj, name, value)
    return publishing.save_shared(obj)


class Command(BaseCommand):
    help = "Load the starting library (laws, protocols, resources, topics). Safe to run again."

    @staticmethod
    def load_session_laws(laws: dict[str, Law]) -> dict[str, SessionLaw]:
        """The sessions and session laws, each with what it did to the laws: the laws'
        status, dates and former names follow from these."""
        sessions = {
            slug: shared(
                LegislativeSession,
                {"slug": slug},
                {
                    "jurisdiction": jurisdiction,
                    "name": name,
                    "first_year": first,
                    "last_year": last,
                },
            )
            for slug, jurisdiction, name, first, last in demo_content.SESSIONS
        }
        # The demo's changes were recorded when its summaries were checked.
        recorded = timezone.make_aware(datetime.combine(REVIEWED, time()))
        session_laws = {}
        for entry in demo_content.SESSION_LAWS:
            fields = dict(entry)
            slug = fields.pop("slug")
            changes = fields.pop("changes")
            fields["session"] = sessions[fields["session"]]

            def record_changes(session_law, changes=changes):
                for law_slug, action, former_name, sections, note in changes:
                    LawChange.objects.update_or_create(
                        session_law=session_law,
                        law=laws[law_slug],
                        action=action,
                        defaults={
                            "former_name": former_name,
                            "sections": sections,
                            "note": note,
                            "published_at": recorded,
                        },
                    )

            session_laws[slug] = publish(
                SessionLaw, slug, {**fields, "last_reviewed": REVIEWED}, rows=record_changes
            )
        return session_laws

    @transaction.atomic
    def handle(self, *args, **options):
        seed_site_content()
        topics = {
            slug: shared(Topic, {"slug": slug}, {"name": name, "description": description})
            for slug, name, description in demo_content.TOPICS
        }
        professions = list(demo_content.PROFESSIONS)
        audiences = {
            slug: shared(
                Audience,
                {"slug": slug},
                {
                    "name": name,
                    "is_profession": slug in professions,
                    "introduction": demo_content.PROFESSIONS.get(slug, ""),
                    "position": professions.index(slug) if slug in professions else 0,
                },
            )
            for slug, name in demo_content.AUDIENCES
        }
        for line in DEFAULT_HELP_LINES:
            # Numbers (and ways to reach them) added to the defaults since this site's
            # help box was first seeded; what staff have filled in is kept.
            found = HelpLine.objects.filter(name=line["name"]).first()
            if found is None:
                publishing.save_shared(HelpLine(**line))
                continue
            blanks = {name: value for name, value in line.items() if not getattr(found, name)}
            if blanks:
                shared(HelpLine, {"pk": found.pk}, blanks)
        for name, slugs in demo_content.PROFESSION_NUMBERS.items():
            for line in HelpLine.objects.filter(name=name):
                publishing.save_shared(
                    line,
                    parts=lambda line=line, slugs=slugs: line.professions.set(
                        [audiences[slug] for slug in slugs]
                    ),
                )

        resources = {}
        for entry in demo_content.RESOURCES:
            fields = dict(entry)
            slug = fields.pop("slug")
            resource_audiences = [audiences[s] for s in fields.pop("audiences")]
            resource_topics = [topics[s] for s in fields.pop("topics")]
            resources[slug] = publish(
                Resource,
                slug,
                fields,
                {"audiences": resource_audiences, "topics": resource_topics},
            )

        laws, related = {}, {}
        for entry in demo_content.LAWS:
            fields = dict(entry)
            slug = fields.pop("slug")
            law_topics = [topics[s] for s in fields.pop("topics")]
            related[slug] = fields.pop("related", [])
            laws[slug] = publish(
                Law,
                slug,
                {**fields, "last_reviewed": REVIEWED, "last_checked": REVIEWED},
                {"topics": law_topics},
            )
        for slug, others in related.items():
            publish(Law, slug, {}, {"related_laws": [laws[other] for other in others]})
        session_laws = self.load_session_laws(laws)
        for slug, tiers in demo_content.PENALTIES.items():

            def set_penalties(law, tiers=tiers):
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
                    )

            publish(Law, slug, {}, rows=set_penalties)

        for entry in demo_content.PROTOCOLS:
            fields = dict(entry)
            slug = fields.pop("slug")
            disciplines = [audiences[s] for s in fields.pop("disciplines")]
            protocol_topics = [topics[s] for s in fields.pop("topics")]
            protocol_laws = [laws[s] for s in fields.pop("laws")]
            protocol_resources = [resources[s] for s in fields.pop("resources")]
            # The demo's protocols are this site's own sample text, and say so: never an
            # agency's adopted protocol.
            standing = (
                Protocol.Standing.MODEL
                if fields.get("kind") == Protocol.Kind.MODEL_POLICY
                else Protocol.Standing.SAMPLE
            )
            provenance = {"issued_by": DEMO_AUTHOR, "standing": standing}
            publish(
                Protocol,
                slug,
                {**provenance, **fields, "last_reviewed": REVIEWED},
                {
                    "disciplines": disciplines,
                    "topics": protocol_topics,
                    "related_laws": protocol_laws,
                    "related_resources": protocol_resources,
                },
            )

        protocols = {p.slug: p for p in Protocol.objects.filter(slug__in=demo_protocol_slugs())}
        for entry in demo_content.TERMS:
            fields = dict(entry)
            slug = fields.pop("slug")
            term_laws = [laws[s] for s in fields.pop("laws")]
            term_protocols = [protocols[s] for s in fields.pop("protocols")]
            publish(
                Term,
                slug,
                {**fields, "last_reviewed": REVIEWED},
                {"laws": term_laws, "protocols": term_protocols},
            )

        for entry in demo_content.GUIDES:
            fields = dict(entry)
            slug = fields.pop("slug")
            guide_laws = [laws[s] for s in fields.pop("laws")]
            guide_audiences = [audiences[s] for s in fields.pop("audiences")]
            guide_topics = [topics[s] for s in fields.pop("topics")]
            publish(
                Guide,
                slug,
                {**fields, "last_reviewed": REVIEWED},
                {"laws": guide_laws, "audiences": guide_audiences, "topics": guide_topics},
            )

        events = demo_events(timezone.localdate())
        for entry in events:
            fields = {"event_status": Event.EventStatus.SCHEDULED, **entry}
            slug = fields.pop("slug")
            event_audiences = [audiences[s] for s in fields.pop("audiences")]
            event_topics = [topics[s] for s in fields.pop("topics")]
            series = fields.pop("series", None)
            if series:
                name, series_slug = series
                fields["series"] = shared(EventSeries, {"slug": series_slug}, {"name": name})
            publish(
                Event,
                slug,
                fields,
                {"audiences": event_audiences, "topics": event_topics},
            )

        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content loaded: {len(laws)} laws, "
                f"{len(demo_content.SESSION_LAWS)} session laws, {len(demo_content.PROTOCOLS)} "
                f"protocols and policies, {len(resources)} resources, "
                f"{len(demo_content.GUIDES)} guides, {len(demo_content.TERMS)} glossary terms, "
                f"{len(topics)} topics, "
                f"{len(events)} sample events."
            )
        )
