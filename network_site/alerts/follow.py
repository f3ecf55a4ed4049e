"""What can be followed, who follows a change, and the mail each gets.

A reader follows a record (a protocol, a law, any kind in the registry), a topic or
a discipline. Every public change to a record (publishing.public_change) queues mail
for whoever follows the record or one of its topics or disciplines, in the same
transaction as the change: one message per address and change, however many of its
follows it matches; or, for a weekly summary, an item for the next one.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import dateformat, timezone, translation
from django.utils.translation import ngettext

from network_site.alerts.models import (
    DigestItem,
    FormRequest,
    Frequency,
    OutgoingMail,
    Subscriber,
    Subscription,
    absolute,
)
from network_site.markup.plain_text import cleaned_line, cleaned_text
from network_site.records.models import Record, Update, titles_in_other_languages
from network_site.records.registry import kind_named, tagged_kinds
from network_site.vocabulary.models import Audience, Topic
from network_site.words import gettext

SITE = "Maine Sex Trafficking and Exploitation Network"
# The vocabularies a reader can follow, by the name their follow address uses.
VOCABULARIES = {"topic": Topic, "discipline": Audience}
# Asking again to follow the same thing sends nothing within this time.
ASK_AGAIN_AFTER = timedelta(days=1)


@dataclass
class Target:
    """Something a reader can follow: its object and how pages and mail name it."""

    obj: models.Model
    # Its title in each language it was named in: read once.
    _titles: dict[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def named(cls, subject: str, slug: str) -> "Target | None":
        """The target at /alerts/follow/<subject>/<slug>/: a published record (subject is
        its kind's model name), a topic or a discipline; None for anything else."""
        if subject in VOCABULARIES:
            found = VOCABULARIES[subject].objects.filter(slug=slug).first()
        else:
            model = kind_named(subject)
            found = model.objects.published().filter(slug=slug).first() if model else None
        return cls(found) if found else None

    @classmethod
    def stored(cls, content_type: ContentType, object_id: int) -> "Target | None":
        """The target a stored request names, if it can still be followed."""
        model = content_type.model_class()
        objects = model.objects.published() if issubclass(model, Record) else model.objects
        found = objects.filter(pk=object_id).first()
        return cls(found) if found else None

    @property
    def name(self) -> str:
        """ "the protocol “Screening for trafficking”", "the topic Labor trafficking", in
        the page's (or the mail's) language."""
        obj = self.obj
        if isinstance(obj, Record) and obj.discreet_in_email:
            # Its title could say too much to others.
            return gettext("a page on the %(site)s's site") % {"site": gettext(SITE)}
        if isinstance(obj, Record):
            return gettext("the %(kind)s “%(title)s”") % {
                "kind": obj._meta.verbose_name,
                "title": self._title_in_language(obj.title),
            }
        name = self._title_in_language(obj.name)
        if isinstance(obj, Audience):
            return gettext("protocols and records for %(name)s") % {"name": name}
        return gettext("the topic %(name)s") % {"name": name}

    def _title_in_language(self, english: str) -> str:
        """Its title (a term's name) as its published translation into the active
        language gives it; the English where there is none."""
        language = translation.get_language()
        if language == settings.LANGUAGE_CODE:
            return english
        if language not in self._titles:
            found = titles_in_other_languages(type(self.obj), [self.obj.pk])
            self._titles[language] = found.get(self.obj.pk, {}).get(language, english)
        return self._titles[language]

    @property
    def url(self) -> str:
        return self.obj.get_absolute_url()

    @property
    def follow_url(self) -> str:
        obj = self.obj
        if isinstance(obj, Record):
            subject = obj._meta.model_name
        else:
            subject = next(name for name, model in VOCABULARIES.items() if isinstance(obj, model))
        return reverse("alerts:follow", kwargs={"subject": subject, "slug": obj.slug})


def targets_of(subscriptions) -> dict[int, Target | None]:
    """Each subscription's target (None where it is gone or no longer public), read in
    one query per kind of target."""
    wanted = defaultdict(set)
    for subscription in subscriptions:
        wanted[subscription.content_type_id].add(subscription.object_id)
    found = {}
    for type_id, ids in wanted.items():
        model = ContentType.objects.get_for_id(type_id).model_class()
        objects = model.objects.public() if issubclass(model, Record) else model.objects
        for obj in objects.filter(pk__in=ids):
            found[type_id, obj.pk] = Target(obj)
    return {s.pk: found.get((s.content_type_id, s.object_id)) for s in subscriptions}


def followers_of(record: Record):
    """The confirmed follows a change to this record concerns: of the record itself, or
    of any topic or discipline it is tagged with."""
    concerned = Q(content_type=ContentType.objects.get_for_model(record), object_id=record.pk)
    for vocabulary in VOCABULARIES.values():
        vocabulary_type = ContentType.objects.get_for_model(vocabulary)
        for _, relation in tagged_kinds(vocabulary, [type(record)]):
            tagged = getattr(record, relation).values("pk")
            concerned |= Q(content_type=vocabulary_type, object_id__in=tagged)
    return Subscription.objects.confirmed().filter(concerned)


def request_follow(email: str, target: Target, frequency: str) -> None:
    """The follow form's whole work: one row, whoever the address is (FormRequest),
    with the page's language, which the mail it asks for is written in."""
    FormRequest.objects.create(
        purpose=FormRequest.Purpose.FOLLOW,
        email=email,
        content_type=ContentType.objects.get_for_model(target.obj),
        object_id=target.obj.pk,
        frequency=frequency,
        language=translation.get_language(),
    )


def request_manage_link(email: str) -> None:
    """The manage-link form's whole work: one row, whoever the address is."""
    FormRequest.objects.create(
        purpose=FormRequest.Purpose.MANAGE_LINK,
        email=email,
        language=translation.get_language(),
    )


def take_requests() -> int:
    """Do what the forms asked (send_alerts runs this first); returns how many."""
    done = 0
    while True:
        with transaction.atomic():
            request = FormRequest.objects.select_for_update(skip_locked=True).first()
            if request is None:
                return done
            if request.purpose == FormRequest.Purpose.MANAGE_LINK:
                send_manage_link(request.email, request.language)
            elif target := Target.stored(request.content_type, request.object_id):
                ask_to_follow(request.email, target, request.frequency, request.language)
            request.delete()
            done += 1


@transaction.atomic
def ask_to_follow(email: str, target: Target, frequency: str, language: str = "en") -> None:
    """A request from the follow form: a confirmation to click (or, for what the address
    already follows, a note saying so), at most one a day for the same follow, in the
    language of the page it asked on."""
    now = timezone.now()
    subscriber, _ = Subscriber.objects.get_or_create(email=email)
    _write_in(subscriber, language)
    subscription, created = Subscription.objects.get_or_create(
        subscriber=subscriber,
        content_type=ContentType.objects.get_for_model(target.obj),
        object_id=target.obj.pk,
        defaults={"frequency": frequency, "asked_at": now},
    )
    if not created:
        if now - subscription.asked_at < ASK_AGAIN_AFTER:
            return
        subscription.asked_at = now
        if not subscription.is_confirmed:
            subscription.frequency = frequency
        subscription.save(update_fields=["asked_at", "frequency"])
    if subscription.is_confirmed:
        queue(
            subscriber, OutgoingMail.Purpose.NOTICE, already_following_message(subscription, target)
        )
    else:
        queue(
            subscriber,
            OutgoingMail.Purpose.CONFIRMATION,
            confirmation_message(subscription, target),
        )


@transaction.atomic
def confirm(subscription: Subscription) -> None:
    now = timezone.now()
    subscription.confirmed_at = now
    subscription.save(update_fields=["confirmed_at"])
    subscriber = subscription.subscriber
    if subscriber.confirmed_at is None:
        subscriber.confirmed_at = now
        subscriber.save(update_fields=["confirmed_at"])


def send_manage_link(email: str, language: str = "en") -> None:
    """The link to manage an address's alerts, if it has confirmed a follow (to anyone
    else, nothing: the page that asked says the same either way), in the language of
    the page that asked."""
    subscriber = Subscriber.objects.filter(email=email, confirmed_at__isnull=False).first()
    if subscriber is not None:
        _write_in(subscriber, language)
        queue(subscriber, OutgoingMail.Purpose.NOTICE, manage_link_message(subscriber))


def _write_in(subscriber: Subscriber, language: str) -> None:
    """From now on the address's mail is written in the language of the page where it
    last asked for mail."""
    if subscriber.language != language:
        subscriber.language = language
        subscriber.save(update_fields=["language"])


def queue_alerts(sender, record: Record, update: Update, **kwargs) -> None:
    """public_change receiver: mail (or a summary item) for each address concerned."""
    follows = defaultdict(list)
    for subscription in followers_of(record).select_related("subscriber"):
        follows[subscription.subscriber].append(subscription)
    for subscriber, theirs in follows.items():
        if any(s.frequency == Frequency.IMMEDIATELY for s in theirs):
            message = alert_message(subscriber, update, record)
            queue(subscriber, OutgoingMail.Purpose.ALERT, message, update=update)
        else:
            DigestItem.objects.get_or_create(subscriber=subscriber, update=update)


# --- The messages -------------------------------------------------------------------
# Plain text: no tracking pixels, no rewritten links, nothing to load. Each is written
# in the subscriber's language (the page's where they asked), its links to pages in it.


def _footer(subscriber: Subscriber, *, asked: bool = False) -> str:
    if asked:
        why = gettext(
            "You get this because someone asked to follow a page on the %(site)s's site "
            "with this address."
        )
    else:
        why = gettext("You get this because this address follows changes on the %(site)s's site.")
    manage = absolute("alerts:manage", token=subscriber.token)
    unsubscribe = absolute("alerts:unsubscribe", token=subscriber.token)
    return (
        "\n\n--\n"
        + (why % {"site": gettext(SITE)})
        + "\n"
        + gettext("Manage what you follow: %(url)s") % {"url": manage}
        + "\n"
        + gettext("Unsubscribe (deletes your address): %(url)s") % {"url": unsubscribe}
        + "\n"
    )


def _change_lines(update: Update, record: Record) -> str:
    if record.discreet_in_email:
        # No title, and an address (/p/guide/3/) that says nothing of the subject.
        link = settings.SITE_URL + record.get_permanent_url()
    else:
        link = settings.SITE_URL + record.change_url(update.version_number)
    if update.change == Update.Change.UPDATED:
        see = gettext("See what changed: %(url)s") % {"url": link}
    else:
        see = gettext("Read it: %(url)s") % {"url": link}
    version = gettext("Version %(number)s") % {"number": update.version_number}
    date = dateformat.format(timezone.localtime(update.created_at), gettext("F j, Y"))
    return "\n".join(
        [
            _what_changed(update, record),
            update.note + (f"\n{version}" if update.version_number else ""),
            gettext("Date: %(date)s") % {"date": date},
            see,
        ]
    )


def _what_changed(update: Update, record: Record) -> str:
    title = gettext("a page you follow") if record.discreet_in_email else update.title
    return gettext("%(change)s: %(title)s") % {
        "change": update.get_change_display(),
        "title": title,
    }


def alert_message(subscriber: Subscriber, update: Update, record: Record) -> tuple[str, str]:
    with translation.override(subscriber.language):
        body = (
            gettext("A page you follow on the %(site)s's site has changed.")
            % {"site": gettext(SITE)}
            + f"\n\n{_change_lines(update, record)}"
            + _footer(subscriber)
        )
        return _what_changed(update, record), body


def digest_message(subscriber: Subscriber, updates: list[Update]) -> tuple[str, str]:
    with translation.override(subscriber.language):
        count = len(updates)
        subject = ngettext(
            "This week: %(count)s change to pages you follow",
            "This week: %(count)s changes to pages you follow",
            count,
        ) % {"count": count}
        changes = "\n\n".join(_change_lines(update, update.record) for update in updates)
        body = (
            gettext("Changes this week to pages you follow:")
            + f"\n\n{changes}"
            + _footer(subscriber)
        )
        return subject, body


def confirmation_message(subscription: Subscription, target: Target) -> tuple[str, str]:
    with translation.override(subscription.subscriber.language):
        confirm = absolute("alerts:confirm", token=subscription.confirm_token)
        subject = gettext("Confirm: email me when this page changes")
        asked = gettext(
            "Someone, we hope you, asked us to email this address when %(name)s changes "
            "(%(frequency)s)."
        ) % {"name": target.name, "frequency": subscription.get_frequency_display().lower()}
        body = (
            asked
            + "\n\n"
            + gettext("To confirm, open this link within a week and press %(button)s:")
            % {"button": gettext("Confirm")}
            + f"\n{confirm}\n\n"
            + gettext(
                "If you did not ask, ignore this message: we send nothing more, and we "
                "delete the address after a week."
            )
            + _footer(subscription.subscriber, asked=True)
        )
        return subject, body


def already_following_message(subscription: Subscription, target: Target) -> tuple[str, str]:
    with translation.override(subscription.subscriber.language):
        subject = gettext("You already follow this page")
        body = gettext(
            "Someone asked us again to email this address when %(name)s changes. You "
            "already follow it: nothing has changed."
        ) % {"name": target.name} + _footer(subscription.subscriber)
        return subject, body


def manage_link_message(subscriber: Subscriber) -> tuple[str, str]:
    with translation.override(subscriber.language):
        subject = gettext("Your link to manage email alerts")
        body = gettext(
            "Someone, we hope you, asked for a link to manage the email alerts this "
            "address gets. Use the links below; nobody else can see what you follow."
        ) + _footer(subscriber)
        return subject, body


def queue(
    subscriber: Subscriber, purpose: str, message: tuple[str, str], update: Update | None = None
) -> OutgoingMail:
    subject, body = message
    return OutgoingMail.objects.create(
        subscriber=subscriber,
        purpose=purpose,
        # A title stored by a script may hold a line break: a header is one line.
        subject=cleaned_line(subject),
        body=cleaned_text(body),
        update=update,
    )
