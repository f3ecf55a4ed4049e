from django.db.models import Exists, OuterRef

from laws.models import Law
from network_site.listing import Filter, FilteredListView, terms_in_use
from network_site.records import RecordDetailView
from resources.models import Resource


class LawListView(FilteredListView):
    template_name = "laws/law_list.html"

    def get_filters(self):
        topics = terms_in_use(Law, "topics")
        return [
            Filter("jurisdiction", "Jurisdiction", Law.Jurisdiction.choices, "jurisdiction"),
            Filter("topic", "Topic", [(t.slug, t.name) for t in topics], "topics__slug"),
            Filter("status", "Status", Law.LegalStatus.choices, "legal_status"),
        ]

    def base_queryset(self):
        return Law.objects.published().prefetch_related("topics")


class LawDetailView(RecordDetailView):
    model = Law
    template_name = "laws/law_detail.html"
    prefetch = ("topics",)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        law = self.object
        context["related_laws"] = law.related_laws.published()
        context["protocols"] = law.protocols.published()
        topic_ids = [topic.pk for topic in law.topics.all()]  # prefetched
        on_same_topics = Resource.topics.through.objects.filter(
            resource=OuterRef("pk"), topic__in=topic_ids
        )
        context["resources"] = (
            Resource.objects.published().filter(Exists(on_same_topics)).order_by("title")[:6]
            if topic_ids
            else []
        )
        return context
