from django.db import models

from network_site.records.models import Record


class Bulletin(Record):
    """A short notice: a title and a few plain sentences."""

    body = models.TextField()

    detail_route = "recordkind:detail"
    list_route = "recordkind:list"
    list_description = "Short notices from the Network."
    api_name = "bulletins"
    api_fields = ("body",)

    class Meta(Record.Meta):
        pass

    def build_search_document(self) -> str:
        return self.body
