"""The demo's protocols and model policies: this site's own sample text, and saying so,
never an agency's adopted protocol."""

from network_site.records.demo_loader import DEMO_AUTHOR, REVIEWED, publish
from protocols.demo.protocols import PROTOCOLS
from protocols.models import Protocol


def load(library) -> None:
    topics, audiences, laws = library["topics"], library["audiences"], library["laws"]
    for entry in PROTOCOLS:
        fields = dict(entry)
        slug = fields.pop("slug")
        fields.pop("resources")  # linked once the resources are loaded (link, below)
        standing = (
            Protocol.Standing.MODEL
            if fields.get("document_type") == Protocol.DocumentType.MODEL_POLICY
            else Protocol.Standing.SAMPLE
        )
        relations = {
            "disciplines": [audiences[s] for s in fields.pop("disciplines")],
            "topics": [topics[s] for s in fields.pop("topics")],
            "related_laws": [laws[s] for s in fields.pop("laws")],
        }
        library["protocols"][slug] = publish(
            Protocol,
            slug,
            {"issued_by": DEMO_AUTHOR, "standing": standing, **fields, "last_reviewed": REVIEWED},
            relations,
        )


def link(library) -> None:
    for entry in PROTOCOLS:
        resources = [library["resources"][s] for s in entry["resources"]]
        publish(Protocol, entry["slug"], {}, {"related_resources": resources})
