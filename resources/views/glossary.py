"""The glossary, A to Z, and each term's page."""

from network_site.records.views import (
    RecordDetailView,
    RecordListView,
)
from network_site.words import gettext_lazy as _
from resources.models import Term


class GlossaryView(RecordListView):
    """Every term, A to Z, with a link for each letter: one page, no pagination."""

    model = Term
    template_name = "resources/glossary.html"
    paginate_by = None
    heading = _("Glossary")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        letters: dict[str, list[Term]] = {}
        for term in context["object_list"]:
            letters.setdefault(term.letter, []).append(term)
        context["letters"] = letters
        context["alphabet"] = [chr(code) for code in range(ord("A"), ord("Z") + 1)]
        return context


class TermDetailView(RecordDetailView):
    model = Term
    template_name = "resources/term_detail.html"
