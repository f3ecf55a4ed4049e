from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from network_site.records.views import public_updates

FEED_LENGTH = 50


class UpdatesFeed(Feed):
    """Atom 1.0: one entry per public change, for partners who follow the library."""

    feed_type = Atom1Feed
    title = "Maine Sex Trafficking and Exploitation Network: updates"
    subtitle = "Laws, protocols, model policies and resources published or changed."

    def link(self):
        return reverse("updates")

    def items(self):
        return public_updates()[:FEED_LENGTH]

    def item_title(self, item):
        return f"{item.get_kind_display()}: {item.title}"

    def item_description(self, item):
        # Atom carries it as HTML; a change note is plain text, so it is escaped.
        return escape(item.note)

    def item_link(self, item):
        return item.record.get_absolute_url()

    def item_guid(self, item):
        # Stable across regenerations and renames: the change's own id, not its URL.
        return f"urn:mesten:update:{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.created_at

    def item_categories(self, item):
        return [item.record.kind_label]
