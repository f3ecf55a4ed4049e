from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.urls import path


class NetworkAdminSite(admin.AdminSite):
    site_header = "Maine Sex Trafficking and Exploitation Network: staff"
    site_title = "Network staff"
    index_title = "Keep the library current"
    index_template = "admin/network_index.html"
    login_template = "admin/staff_login.html"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Imported here: this module is loaded before the models are.
        from network_site.security import StaffLoginForm

        self.login_form = StaffLoginForm

    def has_permission(self, request):
        """Staff who set up two-factor sign-in must have used it for this session."""
        from django_otp import user_has_device

        user = request.user
        if not super().has_permission(request):
            return False
        return not user_has_device(user) or user.is_verified()

    def get_urls(self):
        from network_site import admin as staff_views

        extra = [
            path("review/", self.admin_view(staff_views.review_queue), name="review-queue"),
            path(
                "review/<int:pk>/",
                self.admin_view(staff_views.review_revision),
                name="review-revision",
            ),
            path("stale/", self.admin_view(staff_views.stale_records), name="stale"),
            path("links/", self.admin_view(staff_views.link_report), name="links"),
        ]
        return extra + super().get_urls()


class NetworkAdminConfig(AdminConfig):
    default_site = "network_site.admin_site.NetworkAdminSite"
