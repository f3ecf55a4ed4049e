import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError
from django.urls import reverse
from django.utils.safestring import mark_safe

from network_site.models import HelpLine
from network_site.site_content import DEFAULT_HELP_LINES

register = template.Library()


@register.inclusion_tag("includes/help_box.html")
def help_box(heading: str = "Need help now?"):
    """The help numbers, from the database; the built-in ones if it cannot answer."""
    try:
        lines = list(HelpLine.objects.filter(is_active=True))
    except DatabaseError:
        lines = [HelpLine(**line) for line in DEFAULT_HELP_LINES]
    return {"lines": lines, "heading": heading}


@register.simple_tag
def quick_exit_url() -> str:
    return settings.QUICK_EXIT_URL


@register.simple_tag(takes_context=True)
def filter_url(context, param: str, value: str = "") -> str:
    """This list's URL with one filter set (or cleared), other filters kept, back to page 1."""
    request = context["request"]
    query = request.GET.copy()
    query.pop("page", None)
    if value:
        query[param] = value
    else:
        query.pop(param, None)
    return f"{request.path}?{query.urlencode()}" if query else request.path


@register.simple_tag
def admin_change_url(record) -> str:
    meta = record._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[record.pk])


_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def ld_json(data: dict) -> str:
    """JSON for a <script type="application/ld+json"> block, safe inside HTML."""
    return mark_safe(json.dumps(data, cls=DjangoJSONEncoder).translate(_JSON_ESCAPES))  # noqa: S308


@register.simple_tag(takes_context=True)
def canonical_url(context) -> str:
    """The page's one address: a record's current URL, else this path without its query."""
    if context.get("canonical_url"):
        return context["canonical_url"]
    request = context["request"]
    return request.build_absolute_uri(request.path)


@register.filter
def admin_change_name(record) -> str:
    meta = record._meta
    return f"admin:{meta.app_label}_{meta.model_name}_change"
