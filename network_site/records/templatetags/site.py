from django import template

register = template.Library()


@register.filter
def admin_change_name(record) -> str:
    meta = record._meta
    return f"admin:{meta.app_label}_{meta.model_name}_change"
