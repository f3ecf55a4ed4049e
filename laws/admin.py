from django.contrib import admin
from django.utils.html import format_html, format_html_join

from laws import timeline
from laws.models import Law, LawChange, LegislativeSession, Penalty, SessionLaw
from network_site.records.admin import (
    RecordAdmin,
    RecordPartInline,
    SharedContentAdmin,
    publishing_fieldsets,
)
from network_site.templating import admin_change_url


class PenaltyInline(RecordPartInline):
    model = Penalty
    fields = (
        "position",
        "condition",
        "crime_class",
        "minimum_imprisonment",
        "maximum_imprisonment",
        "maximum_fine",
        "assessment",
        "set_by",
        *("source_url", "source_words", "source_checked_on"),
    )


class LawChangeInline(RecordPartInline):
    model = LawChange
    fields = ("law", "action", "sections", "former_name", "note", "effective_on")
    verbose_name = "law it changed"
    verbose_name_plural = "laws it changed"


@admin.register(Law)
class LawAdmin(RecordAdmin):
    list_display = ("citation", "title", "jurisdiction", "legal_status", "status", "last_reviewed")
    list_display_links = ("citation", "title")
    list_filter = ("jurisdiction", "reader_group", "status", "legal_status", "topics")
    search_fields = ("citation", "title", "other_names", "former_names")
    inlines = [PenaltyInline]
    fieldsets = (
        (
            None,
            {
                "fields": (
                    *("title", "slug", "status", "jurisdiction", "citation", "other_names"),
                    "reader_group",
                )
            },
        ),
        ("Summary", {"fields": ("summary",)}),
        (
            "Source and dates",
            {
                "fields": (
                    "official_url",
                    "timeline_entries",
                    "session_law",
                    "legal_status",
                    ("enacted_on", "effective_on", "amended_on", "repealed_on"),
                    "source_words",
                    "last_checked",
                    "last_reviewed",
                ),
                "description": "The official text is the source of its facts: quote the "
                "words each rests on (the class, the history note) and the day you checked "
                "them. A law with a timeline takes its status, dates and session law "
                "from it: add a change to the session law that made it, and they follow.",
            },
        ),
        ("Connections", {"fields": ("topics", "related_laws")}),
        *publishing_fieldsets(
            "A change note lists this change on the updates page and feed. "
            "When withdrawing, or for a repealed law, choose where readers should go "
            "instead."
        ),
    )

    def get_readonly_fields(self, request, obj=None):
        fields = [*super().get_readonly_fields(request, obj), "timeline_entries"]
        if (
            obj is not None
            and LawChange.objects.of_published_session_laws().filter(law=obj).exists()
        ):
            fields += [name for name in Law.timeline_fields if name != "former_names"]
        return fields

    @admin.display(description="Timeline")
    def timeline_entries(self, law):
        changes = law.timeline.select_related("session_law") if law.pk else []
        if not changes:
            return "None yet: changes are added on a session law's page."
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                '<li>{} by <a href="{}">{}</a>, {} {}{}</li>',
                (
                    (
                        change.get_action_display(),
                        admin_change_url(change.session_law),
                        change.session_law.citation,
                        change.date_kind,
                        change.takes_effect.strftime("%B %-d, %Y"),
                        "" if change.session_law.is_published else " (session law not published)",
                    )
                    for change in changes
                ),
            ),
        )


@admin.register(SessionLaw)
class SessionLawAdmin(RecordAdmin):
    list_display = ("citation", "title", "session", "approved_on", "status")
    list_display_links = ("citation", "title")
    list_filter = ("jurisdiction", "session", "status")
    search_fields = ("citation", "bill", "title")
    inlines = [LawChangeInline]
    fieldsets = (
        (
            None,
            {"fields": ("title", "slug", "status", "jurisdiction", "session", "citation", "bill")},
        ),
        (
            "Dates and text",
            {
                "fields": (
                    *("approved_on", "effective_on", "official_url"),
                    *("source_words", "last_checked"),
                ),
                "description": "The chaptered law is the source of its chapter and dates: "
                "quote the words they rest on and the day you checked them.",
            },
        ),
        ("Summary", {"fields": ("summary",)}),
        ("Upkeep", {"fields": ("last_reviewed",)}),
        *publishing_fieldsets(),
    )


@admin.register(LegislativeSession)
class LegislativeSessionAdmin(SharedContentAdmin):
    list_display = ("name", "jurisdiction", "first_year", "last_year")
    list_filter = ("jurisdiction",)
    prepopulated_fields = {"slug": ("name",)}
    readonly_fields = ("review_checklist",)
    fields = ("jurisdiction", "name", "slug", "first_year", "last_year", "review_checklist")

    @admin.display(description="To review after this session")
    def review_checklist(self, session):
        """The staff report: each published record its published session laws affect
        that nobody has reviewed since the change took effect."""
        if session.pk is None:
            return "Save the session, then add its session laws."
        changes = LawChange.objects.published().filter(session_law__session=session)
        waiting = [
            entry
            for entry in timeline.affected(list(changes.select_related("law", "session_law")))
            if not entry.reviewed_since
        ]
        if not waiting:
            return "Everything this session's changes affect has been reviewed since."
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                '<li><a href="{}">{}</a> ({}): {} by {}, {} {}; last reviewed {}</li>',
                (
                    (
                        admin_change_url(entry.record),
                        entry.record.title,
                        entry.record.kind_label,
                        entry.change.get_action_display().lower(),
                        entry.change.session_law.citation,
                        entry.change.date_kind,
                        entry.change.takes_effect.strftime("%B %-d, %Y"),
                        entry.record.last_reviewed.strftime("%B %-d, %Y")
                        if entry.record.last_reviewed
                        else "never",
                    )
                    for entry in waiting
                ),
            ),
        )
