"""Atom feeds of public changes: the whole library, one record, one topic, one discipline.

Partners follow a protocol, a law, a topic or their discipline in a feed reader. Each
entry is one public change: its note, the version it made (for protocols), and a link
to what changed. Ids never change, whatever is renamed.
"""

from django.contrib.contenttypes.models import ContentType
from django.contrib.syndication.views import Feed
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from network_site.markup.plain_text import cleaned_line
from network_site.records.registry import kind_named, kinds_in_words, tagged_kinds
from network_site.records.views import public_updates
from network_site.vocabulary.models import Audience, Topic
from network_site.words import gettext
from network_site.words import gettext_lazy as _

FEED_LENGTH = 50
SITE = "Maine Sex Trafficking and Exploitation Network"  # translated where shown


def tagged_with(model: type, term) -> Q:
    """Updates of the records tagged with this term, of every kind that has such tags."""
    tagged = tagged_kinds(model)
    types = ContentType.objects.get_for_models(*(kind for kind, _ in tagged))
    found = Q(pk__in=[])
    for kind, relation in tagged:
        records = kind.objects.filter(**{relation: term}).values("pk")
        found |= Q(content_type=types[kind], object_id__in=records)
    return found


def xml_text(text: str) -> str:
    """Stored text as a feed can carry it, whatever was stored (by a script, or before
    forms refused control characters): never a 500 for every reader."""
    return cleaned_line(text)


class UpdatesFeed(Feed):
    """Atom 1.0: one entry per public change, for partners who follow the library."""

    feed_type = Atom1Feed

    def title(self):
        return gettext("%(site)s: updates") % {"site": gettext(SITE)}

    def subtitle(self):
        return gettext("%(kinds)s, published or changed.") % {
            "kinds": kinds_in_words().capitalize()
        }

    def link(self):
        return reverse("updates")

    def items(self):
        return public_updates()[:FEED_LENGTH]

    def item_title(self, item):
        return xml_text(f"{item.get_change_display()}: {item.title}")

    def item_description(self, item):
        # Atom carries it as HTML; a change note is plain text, so it is escaped.
        version = (
            gettext(" (version %(number)s)") % {"number": item.version_number}
            if item.version_number
            else ""
        )
        return escape(xml_text(f"{item.note}{version}"))

    def item_link(self, item):
        return item.record.change_url(item.version_number)

    def item_guid(self, item):
        # Stable across regenerations and renames: the change's own id, not its URL.
        return f"urn:mesten:update:{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.created_at

    def item_categories(self, item):
        return [xml_text(item.record.kind_label)]


class RecordUpdatesFeed(UpdatesFeed):
    """The changes to one record: /updates/feed/<kind>/<slug>/."""

    def get_object(self, request, kind: str, slug: str):
        model = kind_named(kind)
        if model is None:
            raise Http404("No such kind of record.")
        return get_object_or_404(model.objects.public(), slug=slug)

    def title(self, record):
        return xml_text(
            gettext("%(site)s: changes to %(title)s")
            % {"site": gettext(SITE), "title": record.title}
        )

    def subtitle(self, record):
        return xml_text(
            gettext("Every published change to “%(title)s”, newest first.")
            % {"title": record.title}
        )

    def link(self, record):
        return record.get_absolute_url()

    def items(self, record):
        changes = public_updates().filter(
            content_type=ContentType.objects.get_for_model(record), object_id=record.pk
        )
        return changes[:FEED_LENGTH]


class TermUpdatesFeed(UpdatesFeed):
    """The changes to every record tagged with one topic or discipline."""

    model: type
    # "%(site)s: changes on %(term)s", and "%(kinds)s on %(term)s, as they change."
    title_words: str
    subtitle_words: str

    def get_object(self, request, slug: str):
        return get_object_or_404(self.model, slug=slug)

    def title(self, term):
        return xml_text(self.title_words % {"site": gettext(SITE), "term": term.name})

    def subtitle(self, term):
        tagged = [kind for kind, _ in tagged_kinds(self.model)]
        return xml_text(
            self.subtitle_words % {"kinds": kinds_in_words(tagged).capitalize(), "term": term.name}
        )

    def items(self, term):
        return public_updates().filter(tagged_with(self.model, term))[:FEED_LENGTH]


class TopicUpdatesFeed(TermUpdatesFeed):
    model = Topic
    title_words = _("%(site)s: changes on %(term)s")
    subtitle_words = _("%(kinds)s on %(term)s, as they change.")

    def link(self, topic):
        return topic.get_absolute_url()


class DisciplineUpdatesFeed(TermUpdatesFeed):
    model = Audience
    title_words = _("%(site)s: changes for %(term)s")
    subtitle_words = _("%(kinds)s for %(term)s, as they change.")

    def link(self, audience):
        return audience.get_absolute_url()
