from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.urls import path
from django.views.generic import RedirectView


class NetworkAdminSite(admin.AdminSite):
    site_header = "Maine Sex Trafficking and Exploitation Network: staff"
    site_title = "Network staff"
    index_title = "Keep the library current"
    index_template = "admin/network_index.html"
    login_template = "admin/staff_login.html"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Imported here: this module is loaded before the models are.
        from network_site.signin import StaffLoginForm

        self.login_form = StaffLoginForm

    def has_permission(self, request):
        """Staff who set up two-factor sign-in must have used it for this session."""
        from django_otp import user_has_device

        user = request.user
        if not super().has_permission(request):
            return False
        return not user_has_device(user) or user.is_verified()

    def get_urls(self):
        from network_site.linkcheck.urls import staff_urlpatterns as link_pages
        from network_site.records.urls import staff_urlpatterns as record_pages

        # The staff pages each app keeps beside its views, behind the admin's sign-in.
        extra = [
            path(str(route.pattern), self.admin_view(route.callback), name=route.name)
            for route in (*record_pages, *link_pages)
        ]
        # The help numbers and fixed pages moved from network_site to the pages app:
        # staff bookmarks to their old admin addresses still arrive.
        moved = [
            path(
                f"network_site/{model}/<path:rest>",
                RedirectView.as_view(url=f"../../../pages/{model}/%(rest)s", permanent=True),
            )
            for model in ("helpline", "sitepage")
        ]
        return extra + moved + super().get_urls()


class NetworkAdminConfig(AdminConfig):
    default_site = "network_site.admin_site.NetworkAdminSite"
