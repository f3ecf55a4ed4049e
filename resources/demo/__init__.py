"""The demo's best-practice resources (real links), sample events (said to be samples),
guides and glossary terms, and the directory (real organizations, from their own pages)."""

from django.utils import timezone

from network_site.records.demo_loader import REVIEWED, publish, publish_translation, shared
from resources.demo import directory
from resources.demo.events import demo_events
from resources.demo.glossary import TERMS
from resources.demo.glossary_es import GLOSSARY_ES
from resources.demo.guides import GUIDES
from resources.demo.guides_ar import GUIDES_AR
from resources.demo.guides_es import GUIDES_ES
from resources.demo.guides_fr import GUIDES_FR
from resources.demo.guides_pt import GUIDES_PT
from resources.demo.guides_so import GUIDES_SO
from resources.demo.resources import RESOURCES
from resources.models import (
    County,
    Event,
    EventSeries,
    Guide,
    Language,
    Organization,
    RegionalTeam,
    Resource,
    Service,
    Term,
)
from resources.places import COUNTIES

# The guides in each language (the Network's own translations): all five in Spanish,
# "Is this trafficking?" in the others.
GUIDES_IN_EACH_LANGUAGE = {
    "es": GUIDES_ES,
    "pt": GUIDES_PT,
    "so": GUIDES_SO,
    "ar": GUIDES_AR,
    "fr": GUIDES_FR,
}


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
    load_directory(library)


def load_directory(library) -> None:
    # The counties come with a migration; a database emptied by a test has lost them.
    for slug, (name, _) in COUNTIES.items():
        County.objects.get_or_create(slug=slug, defaults={"name": name})
    counties = {county.slug: county for county in County.objects.all()}
    for name, code in directory.LANGUAGES:
        library["languages"][code] = shared(Language, {"slug": code}, {"name": name})
    sourced = {"source_checked_on": directory.CHECKED, "last_reviewed": REVIEWED}
    kinds = (
        (Organization, directory.ORGANIZATIONS, "organizations"),
        (Service, directory.SERVICES, "services"),
        (RegionalTeam, directory.TEAMS, "teams"),
    )
    for kind, entries, name in kinds:
        for entry in entries:
            fields = {**entry, **sourced}
            slug = fields.pop("slug")
            relations = {"counties": [counties[c] for c in fields.pop("counties", [])]}
            if "audiences" in fields:
                audiences = fields.pop("audiences")
                relations["audiences"] = [library["audiences"][a] for a in audiences]
            if "languages" in fields:
                relations["languages"] = [library["languages"][c] for c in fields.pop("languages")]
            if "organization" in fields:
                fields["organization"] = library["organizations"][fields["organization"]]
            library[name][slug] = publish(kind, slug, fields, relations)


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
    # The terms the guides use, in Spanish before the guides: their pages link them.
    for slug, words in GLOSSARY_ES.items():
        publish_translation(library["terms"][slug], "es", words)
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
    for language, guides in GUIDES_IN_EACH_LANGUAGE.items():
        for slug, words in guides.items():
            publish_translation(library["guides"][slug], language, words)
