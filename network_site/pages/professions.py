"""What a profession's page lists, for the page and the JSON API alike: a section for
each kind of record that declares one (Record.profession_section), in its position."""

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from network_site.records.models import ProfessionSection, Record
from network_site.records.registry import record_kinds, tagged_kinds
from network_site.vocabulary.models import Audience


@dataclass
class Found:
    kind: type[Record]
    section: ProfessionSection
    records: QuerySet

    @property
    def name(self) -> str:
        """Its name in the page's ids: "protocols", "events"."""
        return self.kind.api_name or self.kind._meta.model_name

    @property
    def key(self) -> str:
        """Its name in the JSON API: "protocols", "upcoming_events"."""
        return f"upcoming_{self.name}" if self.section.upcoming else self.name


def records_for(profession: Audience) -> list[Found]:
    """Published records only: a kind listed `through` another shows the records that
    the other kind's published, tagged records point at."""
    kinds = [kind for kind in record_kinds() if kind.profession_section]
    tagged = dict(tagged_kinds(Audience))
    found = []
    for kind in sorted(kinds, key=lambda kind: kind.profession_section.position):
        section = kind.profession_section
        if section.through:
            reached = Q(pk__in=[])
            for relation in section.through:
                other = kind._meta.get_field(relation).related_model
                pointing = other.in_library().filter(**{tagged[other]: profession})
                reached |= Q(**{f"{relation}__in": pointing.values("pk")})
            records = kind.in_library().filter(pk__in=kind.objects.filter(reached).values("pk"))
        else:
            records = kind.in_library().filter(**{tagged[kind]: profession})
        found.append(Found(kind, section, records))
    return found
