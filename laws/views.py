from laws.models import Law
from network_site import reads
from network_site.listing import Filter, FilteredListView, Tagging
from network_site.records import RecordDetailView
from protocols.models import Protocol
from resources.models import Topic

RESOURCES_ON_SAME_TOPICS = 6

# What a law page lists beside the law, in one statement: its topics, the published
# laws related to it, the published protocols that apply it, and the first published
# resources on any of its topics. Each part keeps the order its model's list uses.
LAW_PAGE_PARTS = f"""
SELECT 'topic', t.id, t.name, t.slug, '', ROW_NUMBER() OVER (ORDER BY t.name)
  FROM resources_topic t JOIN laws_law_topics lt ON lt.topic_id = t.id
 WHERE lt.law_id = %(law)s
UNION ALL
SELECT 'law', l.id, l.title, l.slug, l.citation,
       ROW_NUMBER() OVER (ORDER BY l.jurisdiction DESC, l.citation)
  FROM laws_law l JOIN laws_law_related_laws r ON r.to_law_id = l.id
 WHERE r.from_law_id = %(law)s AND {reads.published("l")}
UNION ALL
SELECT 'protocol', p.id, p.title, p.slug, p.kind, ROW_NUMBER() OVER (ORDER BY p.title)
  FROM protocols_protocol p JOIN protocols_protocol_related_laws pl ON pl.protocol_id = p.id
 WHERE pl.law_id = %(law)s AND {reads.published("p")}
UNION ALL
SELECT * FROM (
  SELECT 'resource', res.id, res.title, res.slug, res.publisher,
         ROW_NUMBER() OVER (ORDER BY res.title)
    FROM resources_resource res
   WHERE {reads.published("res")} AND EXISTS (
         SELECT 1 FROM resources_resource_topics rt
           JOIN laws_law_topics lt ON lt.topic_id = rt.topic_id
          WHERE rt.resource_id = res.id AND lt.law_id = %(law)s)
   ORDER BY res.title
   LIMIT {RESOURCES_ON_SAME_TOPICS}
) resources_on_same_topics
ORDER BY 1, 6
"""


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
        return reads.record_by_slug(Law, slug)

    def get_context_data(self, **kwargs):
        parts = reads.by_part(reads.fetch(LAW_PAGE_PARTS, {"law": self.object.pk}))
        reads.prefetched(
            self.object,
            "topics",
            [reads.build(Topic, ("id", "name", "slug"), row[:3]) for row in parts["topic"]],
        )
        context = super().get_context_data(**kwargs)
        context["related_laws"] = reads.listed("laws:detail", parts["law"])
        context["protocols"] = reads.listed(
            "protocols:detail", parts["protocol"], note=lambda kind: Protocol.Kind(kind).label
        )
        context["resources"] = reads.listed("resources:detail", parts["resource"])
        return context
