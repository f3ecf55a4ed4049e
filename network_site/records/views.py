"""The public pages every kind of record shares: its page, its library list, its
permanent link, and what changed.

A published address answers forever: a renamed slug redirects (301) to the current
one, a withdrawn record answers 410 with a pointer, a draft is 404 except to staff.
Every page reads its records through published() (or public(), for the addresses
that answer 410), and lists related records through published_related().
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.prefetch import GenericPrefetch
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import redirect, render
from django.urls import reverse, translate_url
from django.utils.translation import get_language
from django.views.generic import DetailView, ListView

from network_site.records.models import (
    Record,
    SlugHistory,
    Translatable,
    Update,
    in_readers_language,
    in_readers_language_all,
    named_in_readers_language,
)
from network_site.records.page_cache import for_this_version
from network_site.records.registry import kind_named, record_kinds
from network_site.templating import language_attributes
from network_site.words import gettext

T = TypeVar("T")


def is_staff(user) -> bool:
    return user.is_active and user.is_staff


def visible_records(request, model: type[Record]) -> QuerySet:
    """The records of this kind whose address answers this reader: public ones (a
    withdrawn one with 410), and for staff drafts too, to preview them."""
    return model.objects.all() if is_staff(request.user) else model.objects.public()


def published_related(model: type, *relations: str) -> list[Prefetch]:
    """Prefetches for these relations, keeping only published records where a relation
    leads to a kind of record (topics and audiences have no drafts). Related records
    are read as links (their link_fields only), terms by name and slug."""
    prefetches = []
    for name in relations:
        related = model._meta.get_field(name).related_model
        if issubclass(related, Record):
            queryset = related.objects.published().only(*related.link_fields)
        else:
            queryset = related.objects.only("name", "slug")  # a term, as tags show it
        prefetches.append(Prefetch(name, queryset=queryset))
    return prefetches


def find_record(request, records: QuerySet, slug: str) -> Record | HttpResponse:
    """The record to show at this slug, or the response its address gives instead.

    `records` are those this reader may open (visible_records()), with what the page
    shows beside them prefetched."""
    try:
        # get(), not first(): a slug is unique, and ordering the one row by the kind's
        # list order cost a record page 7% of its time (compiling the ORDER BY).
        record = records.get(slug=slug)
    except records.model.DoesNotExist:
        moved = SlugHistory.objects.find(records, slug)
        if moved is None:
            raise Http404("No such record.") from None
        match = request.resolver_match
        url = reverse(match.view_name, kwargs={**match.kwargs, "slug": moved.slug})
        query = request.META.get("QUERY_STRING")
        return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)
    if record.is_withdrawn:
        return withdrawn(request, record)
    return record


def in_other_language(request, translation) -> dict:
    """What a page of translated words (a record's, a fixed page's) adds in another
    language than English: its translation, if published (shown in place of the English
    already: in_readers_language), the address of the English page, and, without one,
    lang="en" for its words (prose_lang), shown in English and said so
    (templates/includes/translation_notice.html)."""
    if get_language() == settings.LANGUAGE_CODE:
        return {}
    context = {"translation": translation, "english_url": english_address(request)}
    if translation is None:
        context["prose_lang"] = language_attributes(settings.LANGUAGE_CODE, get_language())
    return context


def english_address(request) -> str:
    """This page's address in English."""
    return translate_url(request.path, settings.LANGUAGE_CODE)


def withdrawn(request, record: Record) -> HttpResponse:
    """410 Gone, in the site's design: what it was, when it went, where to go instead."""
    note = (
        Update.objects.filter(
            content_type=ContentType.objects.get_for_model(record),
            object_id=record.pk,
            change=Update.Change.WITHDRAWN,
        )
        .values_list("note", flat=True)
        .first()
    )
    replacement = (
        type(record).objects.published().filter(pk=record.replaced_by_id).first()
        if record.replaced_by_id
        else None
    )
    return render(
        request,
        "withdrawn.html",
        {"record": record, "note": note, "replacement": replacement},
        status=410,
    )


class RecordDetailView(DetailView):
    """A record's public page: the record, with what other records decide of it (its
    links, its glossary words) as the publishing gate stored it (Record.page_state)."""

    def get_queryset(self):
        return self.model.read_for_page(visible_records(self.request, self.model))

    def get(self, request, *args, **kwargs):
        found = find_record(request, self.get_queryset(), kwargs["slug"])
        if isinstance(found, HttpResponse):
            return found
        self.object = found
        self.translation = in_readers_language(found)
        return self.render_to_response(self.get_context_data(object=found))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        record, request = self.object, self.request
        canonical = request.build_absolute_uri(record.get_absolute_url())
        context["canonical"] = canonical
        context["permanent_path"] = record.get_permanent_url()
        context["permanent_url"] = request.build_absolute_uri(context["permanent_path"])
        context["structured_data"] = record.structured_data(canonical)
        context.update(in_other_language(request, self.translation))
        # Its alternates in <head>: only the languages it is written in.
        context["written_in"] = record.written_in()
        if self.translation is not None:
            context["structured_data"]["inLanguage"] = self.translation.language
        context["feed_url"] = reverse(
            "record-feed", kwargs={"kind": record._meta.model_name, "slug": record.slug}
        )
        context["feed_title"] = gettext("Changes to %(title)s") % {"title": record.title}
        context["follow_url"] = reverse(
            "alerts:follow", kwargs={"subject": record._meta.model_name, "slug": record.slug}
        )
        context["follow_discreetly"] = record.discreet_in_email
        context["correction_url"] = reverse(
            "corrections:suggest", kwargs={"kind": record._meta.model_name, "pk": record.pk}
        )
        return context


@dataclass
class Filter:
    """One GET parameter that narrows a list, shown as a row of plain links."""

    param: str
    label: str
    options: list[tuple[str, str]]  # (value, label)
    lookup: str = ""  # the field lookup the chosen value is matched with, e.g. "topics__slug"
    # Or, where a value is no single field's: the condition each value stands for.
    conditions: dict[str, Q] = field(default_factory=dict)
    selected: str = ""
    # The options' labels are data in this language (a vocabulary's names), not the
    # interface's words: marked so on pages in another language.
    words_language: str = ""
    # Where some labels are in another language (a term translated): value -> language.
    option_languages: dict[str, str] = field(default_factory=dict)
    selected_label: str = field(default="", init=False)
    # How many records each option would show, the other filters as chosen (and "All").
    counts: dict[str, int] = field(default_factory=dict, init=False)
    all_count: int = field(default=0, init=False)

    def bind(self, query) -> "Filter":
        value = query.get(self.param, "")
        labels = dict(self.options)
        # Unknown values are ignored rather than answered with an error page:
        # an old bookmarked filter should still show the list.
        if value in labels:
            self.selected, self.selected_label = value, labels[value]
        return self

    def words_language_of(self, value: str) -> str:
        """The language of one option's label."""
        return self.option_languages.get(value, self.words_language)

    @property
    def condition(self) -> Q:
        return self.condition_for(self.selected)

    def condition_for(self, value: str) -> Q:
        return self.conditions.get(value) or Q(**{self.lookup: value})

    @property
    def shown_options(self) -> list[tuple[str, str, int]]:
        """(value, label, count) of the options worth offering: those that would show
        something, and the one chosen."""
        return [
            (value, label, self.counts.get(value, 0))
            for value, label in self.options
            if self.counts.get(value) or value == self.selected
        ]


def kept_for_library(model: type[Record], key: str, read: Callable[[], T]) -> T:
    """read(), about `model`'s library, kept until the content changes, and no longer
    than until the library changes by the clock."""
    return for_this_version(
        f"{key}:{model._meta.label}", read, until=lambda kept: library_changes_at(model)
    )


def library_changes_at(model: type[Record]):
    """When `model`'s library next changes by the clock (Record.library_changes_at),
    kept until then: pages listing upcoming events ask it on every request."""
    return for_this_version(
        f"library-changes-at:{model._meta.label}",
        model.library_changes_at,
        until=lambda moment: moment,
    )


def vocabulary_filter(param: str, label: str, model: type[Record], relation: str) -> Filter:
    """A filter on one of the vocabularies `model` is tagged with (topics, audiences…):
    an option for each term in use, named as staff named it, in the page's language
    where a published translation names it."""
    terms = terms_in_use(model, relation)
    return Filter(
        param,
        label,
        [(slug, name) for slug, name, _ in terms],
        f"{relation}__slug",
        words_language=settings.LANGUAGE_CODE,
        option_languages={slug: language for slug, _, language in terms},
    )


def terms_in_use(model: type[Record], relation: str) -> list[tuple[str, str, str]]:
    """(slug, name, the name's language) of each term some record in `model`'s library
    is tagged with, in the page's language where it is translated into it."""

    def read():
        vocabulary = model._meta.get_field(relation).related_model
        tagged = model.in_library().filter(**{relation: OuterRef("pk")})
        terms = list(vocabulary.objects.filter(Exists(tagged)).order_by("name"))
        if issubclass(vocabulary, Translatable):
            terms = named_in_readers_language(terms)
        english = settings.LANGUAGE_CODE
        return [(t.slug, t.name, getattr(t, "words_language", english)) for t in terms]

    return kept_for_library(model, f"terms-in-use:{relation}", read)


class RecordListView(ListView):
    """A library's list: published records, a page at a time, narrowed by filters.

    Each row shows its tags as the publishing gate stored them (Record.page_state);
    get_filters() gives the filters, whose chosen values narrow the list. The options'
    counts change only with the content, and are kept until it changes."""

    paginate_by = 20
    heading = ""  # the list's title, unfiltered
    # The list is the library narrowed by the filters alone, so the count kept with the
    # filters' (read_counts) is its length: no count query per page. False for a list
    # that reads other records (the past events).
    lists_the_library = True

    def get_filters(self) -> list[Filter]:
        return []

    def filtered_heading(self, chosen: dict[str, Filter]) -> str:
        """The title of the list as filtered, so each filtered page says what it shows."""
        return f"{self.heading}: " + ", ".join(str(f.selected_label) for f in chosen.values())

    def get_queryset(self):
        self.filters = [f.bind(self.request.GET) for f in self.get_filters()]
        records = self.model.read_for_list(self.model.in_library())
        if self.model.list_columns:
            records = records.only(*self.model.list_columns)
        for chosen in self.filters:
            if chosen.selected:
                records = records.filter(chosen.condition)
        # The id last, so records with the same title keep one order from page to page.
        return records.order_by(*dict.fromkeys([*self.model._meta.ordering, "pk"]))

    def count_options(self) -> None:
        """Each filter option's count, given the other filters as chosen: one query, or
        none while the content is unchanged."""
        chosen = ",".join(f"{f.param}={f.selected}" for f in self.filters)
        found = kept_for_library(self.model, f"list-counts:{chosen}", self.read_counts)
        self.total = found["total"]
        for i, shown in enumerate(self.filters):
            shown.all_count = found.get(f"all_{i}", 0)
            shown.counts = {
                value: found.get(f"option_{i}_{j}", 0) for j, (value, _) in enumerate(shown.options)
            }

    def read_counts(self) -> dict[str, int]:
        chosen = Q()
        for shown in self.filters:
            if shown.selected:
                chosen &= shown.condition
        counts = {"total": Count("pk", filter=chosen, distinct=True)}
        for i, shown in enumerate(self.filters):
            others = Q()
            for other in self.filters:
                if other is not shown and other.selected:
                    others &= other.condition
            counts[f"all_{i}"] = Count("pk", filter=others, distinct=True)
            for j, (value, _) in enumerate(shown.options):
                condition = others & shown.condition_for(value)
                counts[f"option_{i}_{j}"] = Count("pk", filter=condition, distinct=True)
        return self.model.in_library().order_by().aggregate(**counts)

    def get_paginator(self, *args, **kwargs):
        paginator = super().get_paginator(*args, **kwargs)
        if self.lists_the_library:
            paginator.count = self.total  # in place of the paginator's own count query
        return paginator

    def get_context_data(self, **kwargs):
        self.count_options()
        chosen = {f.param: f for f in self.filters if f.selected}
        context = super().get_context_data(
            filters=self.filters,
            active_filters=list(chosen.values()),
            list_heading=self.filtered_heading(chosen) if chosen else self.heading,
            **kwargs,
        )
        in_readers_language_all(context["object_list"])
        return context


def permalink(request, kind: str, pk: int):
    """/p/<kind>/<id>/: wherever the record lives now (302, since that may change again)."""
    model = kind_named(kind)
    if model is None:
        raise Http404("No such kind of record.")
    record = visible_records(request, model).filter(pk=pk).first()
    if record is None:
        raise Http404("No such record.")
    return redirect(record.get_absolute_url())


def public_updates() -> QuerySet:
    """The public changes, newest first, of records whose address still answers
    (published, or withdrawn), each with its record."""
    kinds = record_kinds()
    types = ContentType.objects.get_for_models(*kinds)
    answering = Q(pk__in=[])
    for kind in kinds:
        answering |= Q(content_type=types[kind], object_id__in=kind.objects.public().values("pk"))
    # The filter above decides what is public; the records are only read here.
    return Update.objects.filter(answering).prefetch_related(
        GenericPrefetch("record", [kind.objects.all() for kind in kinds])
    )


class UpdateListView(ListView):
    template_name = "updates/update_list.html"
    paginate_by = 30

    def get_queryset(self):
        return public_updates()
