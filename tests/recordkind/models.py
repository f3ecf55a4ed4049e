from django.db import models

from network_site.records.models import Record
from network_site.vocabulary.models import Topic


class Bulletin(Record):
    """A short notice: a title and a few plain sentences."""

    body = models.TextField()
    # Indexed by its topics' names too: a kind declares relations to index.
    topics = models.ManyToManyField(Topic, blank=True, related_name="bulletins")
    # Fields named as other kinds' are, with none of their declarations: shared code
    # must leave them alone (search filters, citations, the link check's date).
    jurisdiction = models.CharField(max_length=20, blank=True)
    citation_keys = models.CharField(max_length=200, blank=True)
    last_checked = models.DateField(null=True, blank=True)

    detail_route = "recordkind:detail"
    list_route = "recordkind:list"
    list_description = "Short notices from the Network."
    api_name = "bulletins"
    api_fields = ("body",)
    search_columns = {"A": ["title"], "B": ["search_document", "topics"]}

    class Meta(Record.Meta):
        pass

    def build_search_document(self) -> str:
        return self.body

    def search_kicker(self) -> str:
        return "Notice from the Network"
