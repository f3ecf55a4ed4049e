from network_site import reads
from network_site.listing import Filter, FilteredListView, Tagging
from network_site.records import RecordDetailView
from resources.models import Resource

# The audiences and topics a resource page lists, read with the resource.
RESOURCE_PAGE_PARTS = (
    Tagging(Resource, "audiences").terms_part(),
    Tagging(Resource, "topics").terms_part(),
)


class ResourceListView(FilteredListView):
    model = Resource
    template_name = "resources/resource_list.html"
    fields = ("title", "slug", "resource_type", "publisher", "description")
    order = ("title",)
    tags = "audiences"
    term_filters = ("audiences", "topics")

    def get_filters(self, terms):
        return [
            Filter(
                "audience",
                "Audience",
                terms["audiences"],
                Tagging(Resource, "audiences").tagged_with_slug(),
            ),
            Filter("type", "Type", Resource.Kind.choices, "record.resource_type = %s"),
            Filter(
                "topic", "Topic", terms["topics"], Tagging(Resource, "topics").tagged_with_slug()
            ),
        ]


class ResourceDetailView(RecordDetailView):
    model = Resource
    template_name = "resources/resource_detail.html"

    def read_record(self, slug):
        return reads.record_by_slug(
            Resource, slug, RESOURCE_PAGE_PARTS, unread=("search_document",)
        )

    def get_context_data(self, **kwargs):
        for relation in ("audiences", "topics"):
            reads.prefetched_terms(self.object, relation)
        return super().get_context_data(**kwargs)
