from network_site import reads
from network_site.listing import Filter, FilteredListView, Tagging
from network_site.records import RecordDetailView
from resources.models import Audience, Resource, Topic

# The audiences and topics a resource page lists, read with the resource.
RESOURCE_PAGE_PARTS = (
    reads.Part(
        "audiences",
        "SELECT a.id, a.name, a.slug FROM resources_audience a"
        " JOIN resources_resource_audiences ra ON ra.audience_id = a.id"
        " WHERE ra.resource_id = record.id ORDER BY a.name",
        ("id", "name", "slug"),
    ),
    reads.Part(
        "topics",
        "SELECT t.id, t.name, t.slug FROM resources_topic t"
        " JOIN resources_resource_topics rt ON rt.topic_id = t.id"
        " WHERE rt.resource_id = record.id ORDER BY t.name",
        ("id", "name", "slug"),
    ),
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
        for relation, model in (("audiences", Audience), ("topics", Topic)):
            reads.prefetched(
                self.object,
                relation,
                [
                    reads.build(model, ("id", "name", "slug"), row)
                    for row in self.object.parts[relation]
                ],
            )
        return super().get_context_data(**kwargs)
