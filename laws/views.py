from laws.models import Law
from network_site import reads
from network_site.listing import Filter, FilteredListView, Tagging
from network_site.records import RecordDetailView
from protocols.models import Protocol

RESOURCES_ON_SAME_TOPICS = 6

# What a law page lists beside the law, read with it: its topics, the published laws
# related to it, the published protocols that apply it, and the first published
# resources on any of its topics. Each part in the order its model's list uses.
LAW_PAGE_PARTS = (
    Tagging(Law, "topics").terms_part(),
    reads.Part(
        "laws",
        "SELECT l.title, l.slug, l.citation FROM laws_law l"
        " JOIN laws_law_related_laws r ON r.to_law_id = l.id"
        f" WHERE r.from_law_id = record.id AND {reads.published('l')}"
        " ORDER BY l.jurisdiction DESC, l.citation",
        ("title", "slug", "citation"),
    ),
    reads.Part(
        "protocols",
        "SELECT p.title, p.slug, p.kind FROM protocols_protocol p"
        " JOIN protocols_protocol_related_laws pl ON pl.protocol_id = p.id"
        f" WHERE pl.law_id = record.id AND {reads.published('p')} ORDER BY p.title",
        ("title", "slug", "kind"),
    ),
    reads.Part(
        "resources",
        "SELECT res.title, res.slug, res.publisher FROM resources_resource res"
        f" WHERE {reads.published('res')} AND EXISTS ("
        " SELECT 1 FROM resources_resource_topics rt"
        " JOIN laws_law_topics lt ON lt.topic_id = rt.topic_id"
        " WHERE rt.resource_id = res.id AND lt.law_id = record.id)"
        f" ORDER BY res.title LIMIT {RESOURCES_ON_SAME_TOPICS}",
        ("title", "slug", "publisher"),
    ),
)


class LawListView(FilteredListView):
    model = Law
    template_name = "laws/law_list.html"
    fields = ("title", "slug", "citation", "jurisdiction", "legal_status", "other_names")
    order = ("jurisdiction DESC", "citation")
    tags = "topics"
    term_filters = ("topics",)

    def get_filters(self, terms):
        return [
            Filter(
                "jurisdiction", "Jurisdiction", Law.Jurisdiction.choices, "record.jurisdiction = %s"
            ),
            Filter("topic", "Topic", terms["topics"], Tagging(Law, "topics").tagged_with_slug()),
            Filter("status", "Status", Law.LegalStatus.choices, "record.legal_status = %s"),
        ]


class LawDetailView(RecordDetailView):
    model = Law
    template_name = "laws/law_detail.html"

    def read_record(self, slug):
        # The page shows the summary's HTML; the search text gives the structured data's abstract.
        return reads.record_by_slug(Law, slug, LAW_PAGE_PARTS, unread=("summary", "citation_keys"))

    def get_context_data(self, **kwargs):
        parts = self.object.parts
        reads.prefetched_terms(self.object, "topics")
        context = super().get_context_data(**kwargs)
        context["related_laws"] = reads.listed("laws:detail", parts["laws"])
        context["protocols"] = reads.listed(
            "protocols:detail", parts["protocols"], note=lambda kind: Protocol.Kind(kind).label
        )
        context["resources"] = reads.listed("resources:detail", parts["resources"])
        return context
