"""The Jinja2 environment the public pages render with; the admin keeps Django's templates.

Jinja2 compiles each template to Python once, where Django's engine walks a node
tree on every render. The public pages' frame (header, navigation, help box and
footer) is drawn on every request, so that difference is paid on every page.
"""

import json
from datetime import datetime
from functools import cache, lru_cache
from urllib.parse import urlencode

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.core.signals import setting_changed
from django.db import DatabaseError
from django.dispatch import receiver
from django.template import defaultfilters
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from jinja2 import Environment

from network_site import reads
from network_site.models import HelpLine
from network_site.pagecache import watcher
from network_site.site_content import DEFAULT_HELP_LINES


@cache
def _fixed_url(name: str) -> str:
    return reverse(name)


def url(name: str, *args) -> str:
    """reverse(); an address with no arguments is worked out once per process."""
    return reverse(name, args=args) if args else _fixed_url(name)


HELP_LINE_FIELDS = ("id", "name", "phone", "text_number", "description")
HELP_LINES_SQL = (
    "SELECT id, name, phone, text_number, description FROM network_site_helpline"
    " WHERE is_active = %s ORDER BY position, name"
)


_static_urls: dict[str, str] = {}


def static_url(path: str) -> str:
    """static(), once per path: collectstatic's hashed names are fixed for the life of
    a process. Forgotten when a setting it depends on changes (tests do that)."""
    try:
        return _static_urls[path]
    except KeyError:
        _static_urls[path] = found = static(path)
        return found


@receiver(setting_changed)
def _forget_static_urls(*, setting: str, **kwargs) -> None:
    if setting in ("STORAGES", "STATIC_URL", "STATIC_ROOT"):
        _static_urls.clear()


_help_lines_by_version: dict[str, list[HelpLine]] = {}
# Shown when the database cannot answer (the 503 page, say) and nothing is kept yet.
DEFAULT_LINES = [HelpLine(**line) for line in DEFAULT_HELP_LINES]


def help_lines() -> list[HelpLine]:
    """The help numbers on every page: read once per content version, where every
    process hears of each new version at once (network_site.pagecache), else each time.

    Site-wide settings, as django.contrib.sites keeps the current Site, but forgotten
    in every worker on every host the moment staff change anything: the help box stays
    right and costs no round trip to the database."""
    version = watcher.shared()  # taken first: a change during the read gives a new one
    if version is None:
        return read_help_lines()
    lines = _help_lines_by_version.get(version)
    if lines is None:
        lines = read_help_lines()
        if lines is not DEFAULT_LINES:  # the built-in numbers are for an outage only
            _help_lines_by_version.clear()
            _help_lines_by_version[version] = lines
    return lines


def read_help_lines() -> list[HelpLine]:
    """The help numbers, from the database; the built-in ones if it cannot answer."""
    try:
        # Plain SQL, as the busiest pages read (see network_site/reads.py).
        rows = reads.fetch(HELP_LINES_SQL, [True])
        return [reads.build(HelpLine, HELP_LINE_FIELDS, row) for row in rows]
    except DatabaseError:
        return DEFAULT_LINES


def filter_url(request, param: str, value: str = "") -> str:
    """This list's URL with one filter set (or cleared), other filters kept, back to page 1."""
    # Built from pairs rather than a copied QueryDict: a list page makes a dozen or more.
    pairs = []
    for name, values in request.GET.lists():
        if name == param:
            if value:
                pairs.append((name, value))
                value = ""
        elif name != "page":
            pairs.extend((name, each) for each in values)
    if value:
        pairs.append((param, value))
    return f"{request.path}?{urlencode(pairs)}" if pairs else request.path


def querystring(request, **changes) -> str:
    """This page's query string with some parameters changed, as Django's {% querystring %}."""
    query = request.GET.copy()
    for name, value in changes.items():
        query[name] = value
    return f"?{query.urlencode()}"


def admin_change_url(record) -> str:
    meta = record._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[record.pk])


def quick_exit_url() -> str:
    return settings.QUICK_EXIT_URL


def today(format_string: str) -> str:
    return formatted_date(timezone.localdate(), format_string)


def date(value, format_string: str = settings.DATE_FORMAT) -> str:
    """Django's date filter; like Django's templates, shows times in the site's time zone."""
    if isinstance(value, datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return formatted_date(value, format_string)


@lru_cache(maxsize=4096)
def formatted_date(value, format_string: str) -> str:
    """Django's date filter, once per date and format: a record page shows a handful of
    dates, and formatting one cost as much as a database read. Public pages are in the
    site's one language (there is no LocaleMiddleware), so the language is no part of it."""
    return defaultfilters.date(value, format_string)


_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def ld_json(data: dict) -> str:
    """JSON for a <script type="application/ld+json"> block, safe inside HTML."""
    return mark_safe(json.dumps(data, cls=DjangoJSONEncoder).translate(_JSON_ESCAPES))  # noqa: S308


def environment(**options) -> Environment:
    # Always escaped, whatever the settings say: staff text reaches these pages.
    options.pop("autoescape", None)
    env = Environment(autoescape=True, **options)
    env.globals.update(
        url=url,
        static=static_url,
        help_lines=help_lines,
        filter_url=filter_url,
        querystring=querystring,
        admin_change_url=admin_change_url,
        quick_exit_url=quick_exit_url,
        today=today,
    )
    env.filters.update(
        date=date,
        ld_json=ld_json,
        pluralize=defaultfilters.pluralize,
        # Once per text: a record's description is cut twice per page (meta and og),
        # and Django's Truncator costs as much as a database read.
        truncatechars=lru_cache(maxsize=1024)(defaultfilters.truncatechars),
        truncatewords=lru_cache(maxsize=1024)(defaultfilters.truncatewords),
        linebreaks=lambda text: defaultfilters.linebreaks_filter(text, autoescape=True),
        # The help box's heading id, on every page: the same few headings each time.
        slugify=lru_cache(maxsize=64)(defaultfilters.slugify),
    )
    return env
