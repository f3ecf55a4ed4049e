"""The directory's pages: services by county and need, each county's page, the
organizations and regional teams, and the whole directory as Open Referral HSDS 3.0."""

from django.db.models import Q
from django.http import JsonResponse
from django.views.generic import DetailView

from network_site.languages import language_name
from network_site.records.page_cache import for_this_version
from network_site.records.views import (
    Filter,
    RecordDetailView,
    RecordListView,
    terms_in_use,
)
from network_site.words import gettext_lazy as _
from resources.hsds import HSDS_VERSION, export
from resources.models import County, Organization, RegionalTeam, Service
from resources.models.directory import serving

AGES = {
    "children": (_("Children and teens"), Q(minimum_age__isnull=True) | Q(minimum_age__lt=18)),
    "adults": (_("Adults"), Q(maximum_age__isnull=True) | Q(maximum_age__gte=18)),
}


def counties() -> list[tuple[str, str]]:
    return for_this_version(
        "directory-counties", lambda: list(County.objects.values_list("slug", "name"))
    )


class DirectoryView(RecordListView):
    """/directory/: every published service, filtered by place and need, results first."""

    model = Service
    template_name = "resources/directory.html"
    heading = _("Directory of services")
    paginate_by = 30

    def get_filters(self):
        places = counties()
        return [
            Filter(
                "county",
                _("County"),
                places,
                conditions={slug: Q(counties__slug=slug) | Q(statewide=True) for slug, _ in places},
            ),
            Filter("help", _("Kind of help"), Service.Help.choices, "help_type"),
            Filter(
                "language",
                _("Language"),
                [
                    (code, language_name(code) or name)
                    for code, name, _in in terms_in_use(Service, "languages")
                ],
                "languages__slug",
            ),
            Filter(
                "ages",
                _("Ages"),
                [(value, label) for value, (label, _) in AGES.items()],
                conditions={value: condition for value, (_, condition) in AGES.items()},
            ),
            Filter("cost", _("Cost"), [("free", "Free")], conditions={"free": Q(free=True)}),
            Filter(
                "hours",
                _("Hours"),
                [("24-7", "Open 24/7")],
                conditions={"24-7": Q(open_all_hours=True)},
            ),
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(counties=counties(), **kwargs)


class ServiceDetailView(RecordDetailView):
    model = Service
    template_name = "resources/service_detail.html"


class OrganizationListView(RecordListView):
    model = Organization
    template_name = "resources/organization_list.html"
    heading = _("Organizations in the directory")
    paginate_by = 50


class OrganizationDetailView(RecordDetailView):
    model = Organization
    template_name = "resources/organization_detail.html"


class RegionalTeamListView(RecordListView):
    model = RegionalTeam
    template_name = "resources/team_list.html"
    heading = _("Regional teams")
    paginate_by = 50


class RegionalTeamDetailView(RecordDetailView):
    model = RegionalTeam
    template_name = "resources/team_detail.html"


class CountyView(DetailView):
    """/directory/counties/<slug>/: who serves one county, statewide services included."""

    model = County
    template_name = "resources/county_detail.html"
    context_object_name = "county"

    def get_context_data(self, **kwargs):
        county = self.object
        services = serving(county, Service).order_by("help_type", "title")
        local = [s for s in services if not s.statewide]
        statewide = [s for s in services if s.statewide]
        return super().get_context_data(
            local_services=local,
            statewide_services=statewide,
            teams=list(serving(county, RegionalTeam).order_by("title")),
            counties=counties(),
            **kwargs,
        )


def hsds_export(request):
    """/directory/hsds.json: the whole directory as Open Referral HSDS 3.0."""
    data = {"hsds_version": HSDS_VERSION, **export(request.build_absolute_uri)}
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Access-Control-Allow-Origin"] = "*"  # public data, read-only
    response["Content-Disposition"] = 'inline; filename="maine-sten-directory-hsds.json"'
    return response
