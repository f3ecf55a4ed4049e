from network_site.listing import Filter, FilteredListView, terms_in_use
from network_site.records import RecordDetailView
from resources.models import Resource


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
    prefetch = ("audiences", "topics")
