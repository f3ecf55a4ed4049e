from network_site import reads
from network_site.listing import Filter, FilteredListView, terms_in_use
from network_site.records import RecordDetailView
from resources.models import Audience, Resource, Topic

RESOURCE_COLUMNS, _ = reads.columns(Resource, "resource")
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
    template_name = "resources/resource_list.html"

    def get_filters(self):
        audiences = terms_in_use(Resource, "audiences")
        topics = terms_in_use(Resource, "topics")
        return [
            Filter(
                "audience", "Audience", [(a.slug, a.name) for a in audiences], "audiences__slug"
            ),
            Filter("type", "Type", Resource.Kind.choices, "resource_type"),
            Filter("topic", "Topic", [(t.slug, t.name) for t in topics], "topics__slug"),
        ]

    def base_queryset(self):
        return Resource.objects.published().prefetch_related("audiences", "topics")


class ResourceDetailView(RecordDetailView):
    model = Resource
    template_name = "resources/resource_detail.html"

    def read_record(self, slug):
        return reads.one(
            Resource,
            f"SELECT {RESOURCE_COLUMNS} FROM resources_resource resource WHERE resource.slug = %s",  # noqa: S608
            [slug],
        )

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
