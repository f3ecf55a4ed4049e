from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.shortcuts import redirect
from django.urls import path, re_path, reverse


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
            re_path(
                r"^network_site/(?P<model>helpline|sitepage)/(?P<rest>.*)$",
                self.admin_view(self.moved_to_pages),
            )
        ]
        return extra + moved + super().get_urls()

    def moved_to_pages(self, request, model: str, rest: str):
        return redirect(f"{reverse('admin:index')}pages/{model}/{rest}", permanent=True)


class NetworkAdminConfig(AdminConfig):
    default_site = "network_site.admin_site.NetworkAdminSite"
