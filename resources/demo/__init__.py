"""The demo's best-practice resources (real links), sample events (said to be samples),
guides and glossary terms."""

from django.utils import timezone

from network_site.records.demo_loader import REVIEWED, publish, shared
from resources.demo.events import demo_events
from resources.demo.glossary import TERMS
from resources.demo.guides import GUIDES
from resources.demo.resources import RESOURCES
from resources.models import Event, EventSeries, Guide, Resource, Term


def load(library) -> None:
    topics, audiences = library["topics"], library["audiences"]
    for entry in RESOURCES:
        fields = dict(entry)
        slug = fields.pop("slug")
        relations = {
            "audiences": [audiences[s] for s in fields.pop("audiences")],
            "topics": [topics[s] for s in fields.pop("topics")],
        }
        library["resources"][slug] = publish(Resource, slug, fields, relations)
    for entry in demo_events(timezone.localdate()):
        fields = {"event_status": Event.EventStatus.SCHEDULED, **entry}
        slug = fields.pop("slug")
        relations = {
            "audiences": [audiences[s] for s in fields.pop("audiences")],
            "topics": [topics[s] for s in fields.pop("topics")],
        }
        series = fields.pop("series", None)
        if series:
            name, series_slug = series
            fields["series"] = shared(EventSeries, {"slug": series_slug}, {"name": name})
        library["events"][slug] = publish(Event, slug, fields, relations)


def link(library) -> None:
    """The glossary and the guides, which point at laws and protocols."""
    laws, protocols = library["laws"], library["protocols"]
    for entry in TERMS:
        fields = dict(entry)
        slug = fields.pop("slug")
        relations = {
            "laws": [laws[s] for s in fields.pop("laws")],
            "protocols": [protocols[s] for s in fields.pop("protocols")],
        }
        library["terms"][slug] = publish(
            Term, slug, {**fields, "last_reviewed": REVIEWED}, relations
        )
    for entry in GUIDES:
        fields = dict(entry)
        slug = fields.pop("slug")
        relations = {
            "laws": [laws[s] for s in fields.pop("laws")],
            "audiences": [library["audiences"][s] for s in fields.pop("audiences")],
            "topics": [library["topics"][s] for s in fields.pop("topics")],
        }
        library["guides"][slug] = publish(
            Guide, slug, {**fields, "last_reviewed": REVIEWED}, relations
        )
