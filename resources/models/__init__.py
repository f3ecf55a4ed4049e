"""The resources app's kinds, one module each: best-practice links, events, guides and
the glossary."""

# isort: skip_file
# Imported in the order the libraries appear (the registry lists kinds in the order
# their models are defined): links, events, guides, the glossary, then the directory.
from resources.models.links import Resource, web_address
from resources.models.events import Event, EventQuerySet, EventSeries
from resources.models.guides import Guide
from resources.models.glossary import Term
from resources.models.directory import County, Language, Organization, RegionalTeam, Service

__all__ = [
    "County",
    "Event",
    "EventQuerySet",
    "EventSeries",
    "Guide",
    "Language",
    "Organization",
    "RegionalTeam",
    "Resource",
    "Service",
    "Term",
    "web_address",
]
