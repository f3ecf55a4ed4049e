"""The test kind's demo content: what a new kind brings in its own app."""

from network_site.records.demo_loader import REVIEWED, publish
from tests.recordkind.models import Bulletin


def load(library) -> None:
    library["bulletins"]["demo-bulletin"] = publish(
        Bulletin,
        "demo-bulletin",
        {
            "title": "Demo bulletin",
            "body": "A short notice that the demo content brings with the test kind.",
            "last_reviewed": REVIEWED,
        },
    )
