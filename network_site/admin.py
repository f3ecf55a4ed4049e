"""Staff accounts: deactivated, never deleted."""

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User


@admin.action(description="Deactivate the selected accounts")
def deactivate(modeladmin, request, queryset):
    count = queryset.exclude(pk=request.user.pk).update(is_active=False)
    modeladmin.message_user(request, f"Deactivated {count} account(s).", messages.SUCCESS)


admin.site.unregister(User)


@admin.register(User)
class StaffAdmin(UserAdmin):
    """Deleting a user would cascade away their part of the admin log: deactivate instead."""

    actions = [deactivate]

    def has_delete_permission(self, request, obj=None):
        return False
