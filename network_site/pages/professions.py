"""What a profession's page lists, for the page and the JSON API alike."""

from dataclasses import dataclass

from django.db.models import QuerySet

from laws.models import Law
from network_site.vocabulary.models import Audience
from protocols.models import Protocol
from resources.models import Event, Resource


@dataclass
class ProfessionRecords:
    protocols: QuerySet  # its protocols and model policies, first
    laws: QuerySet  # the laws those rely on
    resources: QuerySet  # best practices for it
    events: QuerySet  # its upcoming trainings, soonest first


def records_for(profession: Audience) -> ProfessionRecords:
    """Published records only: a law is listed when a published protocol relies on it."""
    protocols = Protocol.in_library().filter(disciplines=profession)
    relied_on = Law.objects.filter(protocols__in=protocols.values("pk")).values("pk")
    return ProfessionRecords(
        protocols=protocols,
        laws=Law.in_library().filter(pk__in=relied_on),
        resources=Resource.in_library().filter(audiences=profession),
        events=Event.in_library().filter(audiences=profession),
    )
