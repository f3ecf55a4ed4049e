"""Staff accounts: deactivated, never deleted; their two-factor devices."""

from django.contrib import admin, messages
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, User
from django.shortcuts import get_object_or_404
from django_otp.plugins.otp_totp.admin import TOTPDeviceAdmin
from django_otp.plugins.otp_totp.models import TOTPDevice

from network_site.markup.plain_text import PlainTextAdminMixin


@admin.action(description="Deactivate the selected accounts")
def deactivate(modeladmin, request, queryset):
    count = queryset.exclude(pk=request.user.pk).update(is_active=False)
    modeladmin.message_user(request, f"Deactivated {count} account(s).", messages.SUCCESS)


admin.site.unregister(User)
admin.site.unregister(Group)


@admin.register(Group)
class RoleAdmin(PlainTextAdminMixin, GroupAdmin):
    pass


@admin.register(User)
class StaffAdmin(PlainTextAdminMixin, UserAdmin):
    """Deleting a user would cascade away their part of the admin log: deactivate instead."""

    actions = [deactivate]

    def has_delete_permission(self, request, obj=None):
        return False


# --- Two-factor devices: a missing device is a 404, never a 500 ----------------------


admin.site.unregister(TOTPDevice)


@admin.register(TOTPDevice)
class DeviceAdmin(PlainTextAdminMixin, TOTPDeviceAdmin):
    def config_view(self, request, pk):
        get_object_or_404(TOTPDevice, pk=pk)
        return super().config_view(request, pk)

    def qrcode_view(self, request, pk):
        get_object_or_404(TOTPDevice, pk=pk)
        return super().qrcode_view(request, pk)
