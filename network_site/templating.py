"""The Jinja2 environment the public pages render with; the admin keeps Django's templates.

Jinja2 compiles each template to Python once, where Django's engine walks a node
tree on every render; the public pages' frame (header, navigation, help box and
footer) is drawn on every request. The environment stays plain: Django's own
functions and filters. There is one environment per language, whose templates have
their words compiled in (WordsInPlace): the same page in another language is
another compiled template.
"""

import functools
import json
import re
from datetime import date as datetime_date
from datetime import datetime
from functools import cached_property
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import django.forms
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.forms.renderers import DjangoTemplates
from django.template import defaultfilters
from django.templatetags import static as django_static
from django.urls import get_script_prefix, get_urlconf, reverse, translate_url
from django.utils import timezone, translation
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from jinja2 import Environment, TemplateSyntaxError, nodes, pass_environment
from jinja2.ext import InternationalizationExtension
from jinja2.lexer import Token
from markupsafe import Markup, escape

from network_site import words
from network_site.addresses import route_url
from network_site.languages import in_a_list, language_name
from network_site.markup import with_phone_links
from network_site.pages.help import help_lines, help_strip_lines
from network_site.records.registry import kinds_in_words, listed_kinds


def url(name: str, *args) -> str:
    return reverse(name, args=args) if args else route_url(name)


def libraries() -> list[dict]:
    """Each library list (its kind, address, name and navigation label), for the
    navigation and the pages that point to all of them: worked out once per language,
    URLconf and script prefix, as every page shows them."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    return _libraries(translation.get_language(), urlconf, get_script_prefix())


@functools.cache
def _libraries(language: str | None, urlconf: str, prefix: str) -> list[dict]:
    return [
        {
            "url": route_url(kind.list_route),
            "name": str(kind._meta.verbose_name_plural),
            "nav_label": str(kind.nav_label or kind.library_title()),
        }
        for kind in listed_kinds()
        if kind.in_navigation
    ]


@pass_environment
def interface_words(environment, message: str, **variables) -> Markup:
    """_("…") and {% trans %} in a template, as Jinja2's "newstyle" gettext does them
    (the words as written in the template, safe; what is put into them, escaped), each
    message translated once per language and process: a page asks for some 100, and
    Django's gettext behind Jinja2's wrapper made the uncached home page 40% slower
    (bench/serve.py)."""
    language = environment.words_language
    if variables:
        return _translated(language, message) % variables
    return _translated_alone(language, message)


@pass_environment
def lang_of(environment, shown) -> Markup:
    """lang="…" for a record's words, or a stored link's, on a page in another
    language than theirs (an English title in a Spanish list); nothing where they are
    the page's. A record shown in a translation says so (Translation.apply_to); a
    link may carry its "language"; all else is in the site's own language."""
    page = environment.words_language
    if page == settings.LANGUAGE_CODE:
        return Markup("")
    if isinstance(shown, dict):
        words = shown.get("language")
    else:
        words = getattr(shown, "words_language", None)
    return language_attributes(words or settings.LANGUAGE_CODE, page)


@pass_environment
def in_english(environment, words) -> Markup:
    """Words staff record in English only (a penalty's parts, a law's other names) as
    the page shows them: marked English on another language's page, plain on English's."""
    mark = lang_of(environment, {"language": settings.LANGUAGE_CODE})
    return Markup("<span{}>{}</span>").format(mark, words) if mark else escape(words)


@pass_environment
def named(environment, link: dict) -> Markup:
    """A stored link's name (a discipline, a topic) as text, marked with its language
    where it is not the page's (lang_of)."""
    mark = lang_of(environment, link)
    return (
        Markup("<span{}>{}</span>").format(mark, link["title"]) if mark else escape(link["title"])
    )


@pass_environment
def linked(environment, link: dict) -> Markup:
    """A stored link as a link to its page in the page's language, its name marked with
    its language where it is not the page's."""
    return Markup('<a href="{}"{}>{}</a>').format(
        in_language(environment, link["url"]), lang_of(environment, link), link["title"]
    )


def as_citation(text) -> Markup:
    """A citation (17-A M.R.S. § 852, P.L. 2023, c. 412) kept in its own order inside
    right-to-left text (the stylesheet's .citation)."""
    return Markup('<span class="citation">{}</span>').format(text)


def language_attributes(words: str, page: str) -> Markup:
    """lang="…" for words in another language than the page's, and dir="…" too where
    they run the other way (English inside an Arabic page)."""
    if words == page:
        return Markup("")
    direction = _direction(words)
    if direction == _direction(page):
        return Markup(' lang="{}"').format(words)
    return Markup(' lang="{}" dir="{}"').format(words, direction)


def _direction(language: str) -> str:
    return "rtl" if language.split("-")[0] in settings.LANGUAGES_BIDI else "ltr"


@pass_environment
def in_language(environment, address: str) -> str:
    """A page's address as stored (in the site's own language: a record's links, a
    search result), for a page in another language: the same page in that one."""
    page = environment.words_language
    if page == settings.LANGUAGE_CODE:
        return address
    return _address_in(page, address, get_urlconf() or settings.ROOT_URLCONF)


@functools.lru_cache(maxsize=10_000)
def _address_in(language: str, address: str, urlconf: str) -> str:
    with translation.override(settings.LANGUAGE_CODE):  # read as the address it is
        return translate_url(address, language)


@functools.lru_cache(maxsize=10_000)
def _translated(language: str | None, message: str) -> Markup:
    # The catalogue's words, written like the template's own text: safe as it is.
    return Markup(words.translated(language, message))  # noqa: S704


@functools.lru_cache(maxsize=10_000)
def _translated_alone(language: str | None, message: str) -> Markup:
    """With nothing put into it: "%%" read as "%", as newstyle gettext does."""
    return _translated(language, message) % {}


@receiver(setting_changed)
def _forget_what_settings_decided(*, setting, **kwargs):
    # What this module remembers is true while the settings stay as they are (a test
    # may change them, as Django's own caches expect).
    if setting in ("LANGUAGES", "LANGUAGE_CODE", "LOCALE_PATHS"):
        _translated.cache_clear()
        _translated_alone.cache_clear()
        _libraries.cache_clear()
        _address_in.cache_clear()
        _formatted.cache_clear()
    if setting in ("STORAGES", "STATIC_URL", "STATIC_ROOT"):
        static.cache_clear()


def languages(request) -> list[dict]:
    """Each language the site is offered in: its code, its name in itself, and this
    page in it (the same address under that language's code). None while the site is
    offered in one language only."""
    if len(settings.LANGUAGES) < 2:
        return []
    here = request.get_full_path() if request else "/"
    page = translation.get_language()
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    return [
        {"code": code, "name": name, "url": _same_page_in(code, here, page, urlconf)}
        for code, name in settings.LANGUAGES
    ]


@functools.lru_cache(maxsize=10_000)
def _same_page_in(language: str, address: str, page: str, urlconf: str) -> str:
    # Every page names itself in each language: resolved once per address, not per view.
    with translation.override(page):
        return translate_url(address, language)


def interface_reviewed() -> bool:
    """Whether a qualified translator reviewed the interface in the page's language
    (English is the original)."""
    language = translation.get_language()
    return language == settings.LANGUAGE_CODE or language in settings.REVIEWED_INTERFACE_LANGUAGES


def filter_url(request, param: str, value: str = "") -> str:
    """This list's URL with one filter set (or cleared), other filters kept, back to page 1.

    Parameters in one order, whatever order they were chosen in: one address per list."""
    query = {name: request.GET.getlist(name) for name in request.GET if name not in (param, "page")}
    if value:
        query[param] = [value]
    ordered = sorted((name, v) for name, values in query.items() for v in values)
    return f"{request.path}?{urlencode(ordered)}" if ordered else request.path


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
    return defaultfilters.date(timezone.localdate(), format_string)


def date(value, format_string: str = settings.DATE_FORMAT) -> str:
    """Django's date filter; like Django's templates, shows times in the site's time zone.
    Takes a day as ISO text too, as stored page state holds it ("2026-07-01")."""
    if isinstance(value, str):
        value = datetime_date.fromisoformat(value)
    if isinstance(value, datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return _formatted(value, format_string, translation.get_language())


@functools.lru_cache(maxsize=10_000)
def _formatted(value, format_string: str, language: str | None) -> str:
    # Remembered: lists show the same few dates page after page (an event's start and
    # end, four ways), and Django's formatting looks up the names of months and days in
    # the catalogue every time (a sixth of the events list's time). The same value,
    # format and language always give the same words.
    return defaultfilters.date(value, format_string)


def machine_time(value: datetime) -> str:
    """A time for a <time datetime> attribute: the site's zone, whole seconds (HTML
    allows at most three digits of a fraction)."""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.isoformat(timespec="seconds")


_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def ld_json(data: dict) -> str:
    """JSON for a <script type="application/ld+json"> block, safe inside HTML."""
    return mark_safe(json.dumps(data, cls=DjangoJSONEncoder).translate(_JSON_ESCAPES))  # noqa: S308


def tappable(text) -> str:
    """Text (escaped, unless it is already safe HTML) with its phone numbers as tel:
    links, as rendered Markdown has them."""
    return mark_safe(with_phone_links(str(conditional_escape(text))))  # noqa: S308


def label(instance, field_name: str):
    """What instance.get_FOO_display() shows: the label of the field's chosen value.
    Django's, to find one label, hashes the field's whole list of choices, translating
    each label as it goes: some 20 µs a call, two a row on a list of protocols."""
    field = instance._meta.get_field(field_name)
    value = getattr(instance, field.attname)
    return dict(field.flatchoices).get(value, value)


@functools.lru_cache(maxsize=256)
def static(path: str) -> str:
    """Django's static(): a file's address, which stays the same while the process runs
    (the manifest of hashed names is read when it starts). Worked out once per file."""
    return django_static.static(path)


def site_name(url: str) -> str:
    """https://www.maine.gov/dhhs/… as "maine.gov": where a source link goes."""
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


def dollars(amount: int | None) -> str:
    """12000 as "$12,000"."""
    return "" if amount is None else f"${amount:,}"


# Where a translated sentence takes a value ("%(name)s"), or a per cent sign ("%%").
PLACEHOLDER = re.compile(r"%\((\w+)\)s|%%")


class WordsInPlace(InternationalizationExtension):
    """{% trans %} and _("…") with their words put in when the template is compiled,
    for the environment's language (`words_language`): the words are constants, so a
    page's hundred of them cost nothing at render (looked up at render, they made the
    uncached home page some 30% slower). What is put into them is escaped at render,
    as newstyle gettext does; plural forms and contexts are looked up at render."""

    def filter_stream(self, stream):
        language = self.environment.words_language
        tokens = list(stream)
        i = 0
        while i < len(tokens):
            found = tokens[i : i + 4]
            if (
                [token.type for token in found] == ["name", "lparen", "string", "rparen"]
                and found[0].value in ("_", "gettext")
                and (i == 0 or tokens[i - 1].type != "dot")
            ):
                # _("words") as the words themselves, safe: "…"|safe, folded at compile.
                line = found[0].lineno
                yield Token(line, "string", str(_translated_alone(language, found[2].value)))
                yield Token(line, "pipe", "|")
                yield Token(line, "name", "safe")
                i += 4
                continue
            yield tokens[i]
            i += 1

    def _make_node(self, singular, plural, context, variables, plural_expr, *flags):
        if plural_expr is not None or context is not None:
            return super()._make_node(singular, plural, context, variables, plural_expr, *flags)
        # The words as the template's own text, each %(name)s the value put into it,
        # escaped as any output: what newstyle's Markup % values gives, at no cost.
        words = str(_translated(self.environment.words_language, singular))
        parts: list[nodes.Node] = []
        start = 0
        for placeholder in PLACEHOLDER.finditer(words):
            parts.append(nodes.TemplateData(words[start : placeholder.start()]))
            name = placeholder.group(1)
            if name is None:
                parts.append(nodes.TemplateData("%"))
            elif name in variables:
                parts.append(variables[name])
            else:
                raise TemplateSyntaxError(f"The translation of {singular!r} names {name!r}.", 1)
            start = placeholder.end()
        parts.append(nodes.TemplateData(words[start:]))
        return nodes.Output(parts)


class InEachLanguage:
    """What Django's Jinja2 backend takes for its environment: one Jinja2 environment
    per language, each with its words compiled in (WordsInPlace), chosen by the
    language of the page being drawn."""

    def __init__(self, **options):
        self.options = options
        self.environments: dict[str, Environment] = {}

    def current(self) -> Environment:
        language = translation.get_language() or settings.LANGUAGE_CODE
        env = self.environments.get(language)
        if env is None:
            env = self.environments[language] = language_environment(language, **self.options)
        return env

    def get_template(self, name, *args, **kwargs):
        return self.current().get_template(name, *args, **kwargs)

    def from_string(self, source, *args, **kwargs):
        return self.current().from_string(source, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.current(), name)


def environment(**options) -> InEachLanguage:
    return InEachLanguage(**options)


def language_environment(language: str, **options) -> Environment:
    # Always escaped, whatever the settings say: staff text reaches these pages.
    options.pop("autoescape", None)
    env = Environment(autoescape=True, **options)
    # {% trans %} and _() with Django's catalogues (locale/), this environment's
    # language put in as it compiles; "newstyle" escapes what a translated string is
    # formatted with, like any output.
    env.add_extension(WordsInPlace)
    # The page's language, for the functions below that mark or link words in it: they
    # take it from their environment (pass_environment). Taken from the context, Jinja2
    # copies the whole context for every such call made in a loop or a block.
    env.extend(words_language=language)
    env.install_gettext_callables(
        translation.gettext,
        translation.ngettext,
        newstyle=True,
        pgettext=translation.pgettext,
        npgettext=translation.npgettext,
    )
    env.globals.update(gettext=interface_words, _=interface_words)
    env.globals.update(
        language=translation.get_language,
        language_is_rtl=translation.get_language_bidi,
        languages=languages,
        interface_reviewed=interface_reviewed,
        url=url,
        static=static,
        help_lines=help_lines,
        help_strip_lines=help_strip_lines,
        libraries=libraries,
        kinds_in_words=kinds_in_words,
        filter_url=filter_url,
        querystring=querystring,
        admin_change_url=admin_change_url,
        quick_exit_url=quick_exit_url,
        today=today,
        # A record's page in another language marks its words lang="en" while they are
        # not translated (records.views.RecordDetailView); empty everywhere else.
        prose_lang="",
        lang_of=lang_of,
        in_english=in_english,
        in_language=in_language,
        language_name=language_name,
    )
    env.filters.update(
        date=date,
        machine_time=machine_time,
        ld_json=ld_json,
        pluralize=defaultfilters.pluralize,
        truncatechars=defaultfilters.truncatechars,
        truncatewords=defaultfilters.truncatewords,
        linebreaks=lambda text: defaultfilters.linebreaks_filter(text, autoescape=True),
        slugify=defaultfilters.slugify,
        tappable=tappable,
        label=label,
        dollars=dollars,
        site_name=site_name,
        in_a_list=in_a_list,
        citation=as_citation,
        named=named,
        linked=linked,
    )
    return env


class FormRenderer(DjangoTemplates):
    """Django's default form renderer, with network_site/templates/ searched first (for
    the admin's widgets; the public pages have no forms that use it)."""

    @cached_property
    def engine(self):
        return self.backend(
            {
                "APP_DIRS": True,
                "DIRS": [
                    settings.BASE_DIR / "network_site" / "templates",
                    Path(django.forms.__file__).parent / self.backend.app_dirname,
                ],
                "NAME": "djangoforms",
                "OPTIONS": {},
            }
        )
