from network_site import reads
from network_site.listing import Filter, FilteredListView, Tagging
from network_site.records import RecordDetailView
from resources.models import Audience, Resource, Topic

# The audiences and topics a resource page lists, in one statement.
RESOURCE_PAGE_PARTS = """
SELECT 'audience', a.id, a.name, a.slug FROM resources_audience a
  JOIN resources_resource_audiences ra ON ra.audience_id = a.id WHERE ra.resource_id = %(resource)s
UNION ALL
SELECT 'topic', t.id, t.name, t.slug FROM resources_topic t
  JOIN resources_resource_topics rt ON rt.topic_id = t.id WHERE rt.resource_id = %(resource)s
ORDER BY 1, 3
"""


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
        return reads.record_by_slug(Resource, slug)

    def get_context_data(self, **kwargs):
        parts = reads.by_part(reads.fetch(RESOURCE_PAGE_PARTS, {"resource": self.object.pk}))
        for relation, model, part in (
            ("audiences", Audience, "audience"),
            ("topics", Topic, "topic"),
        ):
            reads.prefetched(
                self.object,
                relation,
                [reads.build(model, ("id", "name", "slug"), row) for row in parts[part]],
            )
        return super().get_context_data(**kwargs)
