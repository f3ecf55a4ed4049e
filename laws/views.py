from datetime import date, datetime, time

from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from laws import timeline
from laws.models import Law, LegislativeSession, SessionLaw
from network_site.records.page_cache import keep_until
from network_site.records.views import (
    Filter,
    RecordDetailView,
    RecordListView,
    vocabulary_filter,
)
from network_site.words import gettext
from network_site.words import gettext_lazy as _


class LawListView(RecordListView):
    model = Law
    template_name = "laws/law_list.html"
    heading = _("Maine and federal law")

    def filtered_heading(self, chosen):
        # "Maine laws on labor trafficking, repealed"
        jurisdiction, topic, status = (chosen.get(p) for p in ("jurisdiction", "topic", "status"))
        heading = (
            gettext("%(jurisdiction)s laws") % {"jurisdiction": jurisdiction.selected_label}
            if jurisdiction
            else gettext("Laws")
        )
        if topic:
            topic_name = topic.selected_label.lower()
            heading = gettext("%(laws)s on %(topic)s") % {"laws": heading, "topic": topic_name}
        if status:
            status_name = status.selected_label.lower()
            heading = gettext("%(laws)s, %(status)s") % {"laws": heading, "status": status_name}
        return heading

    def get_filters(self):
        return [
            Filter("jurisdiction", _("Jurisdiction"), Law.Jurisdiction.choices, "jurisdiction"),
            vocabulary_filter("topic", _("Topic"), Law, "topics"),
            Filter("status", _("Status"), Law.LegalStatus.choices, "legal_status"),
        ]


def charge_table(request):
    """/charge-table/: for police and prosecutors, each crime in force (the laws listed
    under Crimes) with its conduct, class, penalty and assessment, from the penalty facts
    the gate stored with each law; Maine first, each in legal order. One printable page."""
    crimes = (
        Law.objects.published()
        .filter(reader_group=Law.ReaderGroup.CRIMES, legal_status=Law.LegalStatus.IN_FORCE)
        .only(*Law.link_fields, "legal_order", "reader_group", "page_state")
    )
    # By jurisdiction: its value (the section's id, the same in every language) and name.
    jurisdictions = {}
    for law in crimes:
        key = (law.jurisdiction, law.get_jurisdiction_display())
        jurisdictions.setdefault(key, []).append(law)
    return render(
        request,
        "laws/charge_table.html",
        {"jurisdictions": jurisdictions},
    )


class LawDetailView(RecordDetailView):
    model = Law
    template_name = "laws/law_detail.html"

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        # A coming change flips the page on its day: cache it no longer than that.
        today = timezone.localdate().isoformat()
        coming = [c["takes_effect"] for c in self.object.stored_facts("timeline")]
        coming = [day for day in coming if day > today]
        if coming:
            first = date.fromisoformat(min(coming))
            keep_until(response, timezone.make_aware(datetime.combine(first, time())))
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        law = self.object
        if law.legal_status == Law.LegalStatus.REPEALED and law.replaced_by_id:
            context["replacement"] = (
                Law.objects.published().only(*Law.link_fields).filter(pk=law.replaced_by_id).first()
            )
        return context


class SessionLawListView(RecordListView):
    """Every published session law, grouped by the session that passed it."""

    model = SessionLaw
    template_name = "laws/sessionlaw_list.html"
    heading = _("Changes to the law, session by session")

    def filtered_heading(self, chosen):
        jurisdiction = chosen["jurisdiction"].selected_label
        return gettext("Changes to %(jurisdiction)s law, session by session") % {
            "jurisdiction": jurisdiction
        }

    def get_filters(self):
        return [Filter("jurisdiction", _("Jurisdiction"), Law.Jurisdiction.choices, "jurisdiction")]


class SessionLawDetailView(RecordDetailView):
    model = SessionLaw
    template_name = "laws/sessionlaw_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["affected"] = timeline.affected(list(self.object.changes.all()))
        return context


def session_detail(request, slug: str):
    """A session at a glance: what its published session laws changed, what that
    affects, and what has not been reviewed since the change took effect."""
    # A session is public through its published session laws: one an editor has just
    # added, with none published yet, is not.
    session = get_object_or_404(
        LegislativeSession.objects.filter(
            session_laws__in=SessionLaw.objects.published()
        ).distinct(),
        slug=slug,
    )
    session_laws = list(
        SessionLaw.read_for_page(SessionLaw.objects.published().filter(session=session))
    )
    changes = [change for session_law in session_laws for change in session_law.changes.all()]
    affected = timeline.affected(changes)
    return render(
        request,
        "laws/session_detail.html",
        {
            "session": session,
            "session_laws": session_laws,
            "affected": affected,
            "to_review": [entry for entry in affected if not entry.reviewed_since],
            "other_sessions": LegislativeSession.objects.exclude(pk=session.pk)
            .filter(session_laws__in=SessionLaw.objects.published())
            .distinct(),
        },
    )
