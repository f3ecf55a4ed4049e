from datetime import date

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
from protocols.models import Protocol
from resources.models import Audience, Event, EventSeries, Guide, Resource, Term, Topic

DEMO_AUTHOR = "this site's editors, as demo text (not an agency's)"
# The date the demo summaries were last checked against the official texts.
REVIEWED = date(2026, 11, 30)


def demo_protocol_slugs() -> list[str]:
    return [entry["slug"] for entry in demo_content.PROTOCOLS]


def publish(model: type[Record], slug: str, fields: dict) -> Record:
    """The record at this slug with these fields, published (created if new), through the
    one publishing service so that it is indexed and listed as any publication is."""
    record = model.objects.filter(slug=slug).first() or model(slug=slug)
    for name, value in {**fields, "status": Status.PUBLISHED}.items():
        setattr(record, name, value)
    return publishing.save(record)


class Command(BaseCommand):
    help = "Load the starting library (laws, protocols, resources, topics). Safe to run again."

    @staticmethod
    def load_session_laws(laws: dict[str, Law]) -> dict[str, SessionLaw]:
        """The sessions and session laws, each with what it did to the laws: the laws'
        status, dates and former names follow from these."""
        sessions = {
            slug: LegislativeSession.objects.update_or_create(
                slug=slug,
                defaults={
                    "jurisdiction": jurisdiction,
                    "name": name,
                    "first_year": first,
                    "last_year": last,
                },
            )[0]
            for slug, jurisdiction, name, first, last in demo_content.SESSIONS
        }
        session_laws = {}
        for entry in demo_content.SESSION_LAWS:
            fields = dict(entry)
            slug = fields.pop("slug")
            changes = fields.pop("changes")
            fields["session"] = sessions[fields["session"]]
            session_law = publish(SessionLaw, slug, {**fields, "last_reviewed": REVIEWED})
            for law_slug, action, former_name, sections, note in changes:
                LawChange.objects.update_or_create(
                    session_law=session_law,
                    law=laws[law_slug],
                    action=action,
                    defaults={"former_name": former_name, "sections": sections, "note": note},
                )
            session_laws[slug] = session_law
        return session_laws

    @transaction.atomic
    def handle(self, *args, **options):
        seed_site_content()
        topics = {
            slug: Topic.objects.update_or_create(
                slug=slug, defaults={"name": name, "description": description}
            )[0]
            for slug, name, description in demo_content.TOPICS
        }
        professions = list(demo_content.PROFESSIONS)
        audiences = {
            slug: Audience.objects.update_or_create(
                slug=slug,
                defaults={
                    "name": name,
                    "is_profession": slug in professions,
                    "introduction": demo_content.PROFESSIONS.get(slug, ""),
                    "position": professions.index(slug) if slug in professions else 0,
                },
            )[0]
            for slug, name in demo_content.AUDIENCES
        }
        for line in DEFAULT_HELP_LINES:
            # Numbers (and ways to reach them) added to the defaults since this site's
            # help box was first seeded; what staff have filled in is kept.
            found = HelpLine.objects.filter(name=line["name"]).first()
            if found is None:
                HelpLine.objects.create(**line)
                continue
            blanks = {name: value for name, value in line.items() if not getattr(found, name)}
            if blanks:
                for name, value in blanks.items():
                    setattr(found, name, value)
                found.save(update_fields=list(blanks))
        for name, slugs in demo_content.PROFESSION_NUMBERS.items():
            for line in HelpLine.objects.filter(name=name):
                line.professions.set([audiences[slug] for slug in slugs])

        resources = {}
        for entry in demo_content.RESOURCES:
            fields = dict(entry)
            slug = fields.pop("slug")
            resource_audiences = [audiences[s] for s in fields.pop("audiences")]
            resource_topics = [topics[s] for s in fields.pop("topics")]
            resource = publish(Resource, slug, fields)
            resource.audiences.set(resource_audiences)
            resource.topics.set(resource_topics)
            resources[slug] = resource

        laws, related = {}, {}
        for entry in demo_content.LAWS:
            fields = dict(entry)
            slug = fields.pop("slug")
            law_topics = [topics[s] for s in fields.pop("topics")]
            related[slug] = fields.pop("related", [])
            law = publish(
                Law, slug, {**fields, "last_reviewed": REVIEWED, "last_checked": REVIEWED}
            )
            law.topics.set(law_topics)
            laws[slug] = law
        for slug, others in related.items():
            laws[slug].related_laws.set([laws[other] for other in others])
        session_laws = self.load_session_laws(laws)
        for slug, tiers in demo_content.PENALTIES.items():
            laws[slug].penalties.all().delete()
            for position, tier in enumerate(tiers):
                condition, crime_class, minimum, maximum, fine, assessment, set_by = tier
                Penalty.objects.create(
                    law=laws[slug],
                    position=position,
                    condition=condition,
                    crime_class=crime_class,
                    minimum_imprisonment=minimum,
                    maximum_imprisonment=maximum,
                    maximum_fine=fine,
                    assessment=assessment,
                    set_by=session_laws.get(set_by),
                )

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
            protocol = publish(Protocol, slug, {**provenance, **fields, "last_reviewed": REVIEWED})
            protocol.disciplines.set(disciplines)
            protocol.topics.set(protocol_topics)
            protocol.related_laws.set(protocol_laws)
            protocol.related_resources.set(protocol_resources)

        protocols = {p.slug: p for p in Protocol.objects.filter(slug__in=demo_protocol_slugs())}
        for entry in demo_content.TERMS:
            fields = dict(entry)
            slug = fields.pop("slug")
            term_laws = [laws[s] for s in fields.pop("laws")]
            term_protocols = [protocols[s] for s in fields.pop("protocols")]
            term = publish(Term, slug, {**fields, "last_reviewed": REVIEWED})
            term.laws.set(term_laws)
            term.protocols.set(term_protocols)

        for entry in demo_content.GUIDES:
            fields = dict(entry)
            slug = fields.pop("slug")
            guide_laws = [laws[s] for s in fields.pop("laws")]
            guide_audiences = [audiences[s] for s in fields.pop("audiences")]
            guide_topics = [topics[s] for s in fields.pop("topics")]
            guide = publish(Guide, slug, {**fields, "last_reviewed": REVIEWED})
            guide.laws.set(guide_laws)
            guide.audiences.set(guide_audiences)
            guide.topics.set(guide_topics)

        events = demo_events(timezone.localdate())
        for entry in events:
            fields = {"event_status": Event.EventStatus.SCHEDULED, **entry}
            slug = fields.pop("slug")
            event_audiences = [audiences[s] for s in fields.pop("audiences")]
            event_topics = [topics[s] for s in fields.pop("topics")]
            series = fields.pop("series", None)
            if series:
                name, series_slug = series
                fields["series"] = EventSeries.objects.update_or_create(
                    slug=series_slug, defaults={"name": name}
                )[0]
            event = publish(Event, slug, fields)
            event.audiences.set(event_audiences)
            event.topics.set(event_topics)

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
