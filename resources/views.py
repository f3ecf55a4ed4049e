from django.views.generic import DetailView

from network_site.listing import Filter, FilteredListView
from resources.models import Audience, Resource, Topic


class ResourceListView(FilteredListView):
    template_name = "resources/resource_list.html"

    def get_filters(self):
        audiences = Audience.objects.filter(resources__status="published").distinct()
        topics = Topic.objects.filter(resources__status="published").distinct()
        return [
            Filter("audience", "Audience", [(a.slug, a.name) for a in audiences]),
            Filter("type", "Type", Resource.Kind.choices),
            Filter("topic", "Topic", [(t.slug, t.name) for t in topics]),
        ]

    def base_queryset(self):
        return Resource.objects.published().prefetch_related("audiences", "topics")

    def apply_filters(self, queryset, selected):
        if "audience" in selected:
            queryset = queryset.filter(audiences__slug=selected["audience"])
        if "type" in selected:
            queryset = queryset.filter(resource_type=selected["type"])
        if "topic" in selected:
            queryset = queryset.filter(topics__slug=selected["topic"])
        return queryset


class ResourceDetailView(DetailView):
    template_name = "resources/resource_detail.html"

    def get_queryset(self):
        return Resource.objects.visible_to(self.request.user).prefetch_related(
            "audiences", "topics"
        )
