"""What can be followed, who follows a change, and the mail each gets.

A reader follows a record (a protocol, a law, any kind in the registry), a topic or
a discipline. Every public change to a record (publishing.public_change) queues mail
for whoever follows the record or one of its topics or disciplines, in the same
transaction as the change: one message per address and change, however many of its
follows it matches; or, for a weekly summary, an item for the next one.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

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
from network_site.records.models import Record, Update
from network_site.records.registry import kind_named, tagged_kinds
from network_site.vocabulary.models import Audience, Topic

SITE = "Maine Sex Trafficking and Exploitation Network"
# The vocabularies a reader can follow, by the name their follow address uses.
VOCABULARIES = {"topic": Topic, "discipline": Audience}
# Asking again to follow the same thing sends nothing within this time.
ASK_AGAIN_AFTER = timedelta(days=1)


@dataclass
class Target:
    """Something a reader can follow: its object and how pages and mail name it."""

    obj: models.Model

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
        """ "the protocol “Screening for trafficking”", "the topic Labor trafficking"."""
        obj = self.obj
        if isinstance(obj, Record) and obj.discreet_in_email:
            return f"a page on the {SITE}'s site"  # its title could say too much to others
        if isinstance(obj, Record):
            return f"the {obj._meta.verbose_name} “{obj.title}”"
        if isinstance(obj, Audience):
            return f"protocols and records for {obj.name}"
        return f"the topic {obj.name}"

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
    """The follow form's whole work: one row, whoever the address is (FormRequest)."""
    FormRequest.objects.create(
        purpose=FormRequest.Purpose.FOLLOW,
        email=email,
        content_type=ContentType.objects.get_for_model(target.obj),
        object_id=target.obj.pk,
        frequency=frequency,
    )


def request_manage_link(email: str) -> None:
    """The manage-link form's whole work: one row, whoever the address is."""
    FormRequest.objects.create(purpose=FormRequest.Purpose.MANAGE_LINK, email=email)


def take_requests() -> int:
    """Do what the forms asked (send_alerts runs this first); returns how many."""
    done = 0
    while True:
        with transaction.atomic():
            request = FormRequest.objects.select_for_update(skip_locked=True).first()
            if request is None:
                return done
            if request.purpose == FormRequest.Purpose.MANAGE_LINK:
                send_manage_link(request.email)
            elif target := Target.stored(request.content_type, request.object_id):
                ask_to_follow(request.email, target, request.frequency)
            request.delete()
            done += 1


@transaction.atomic
def ask_to_follow(email: str, target: Target, frequency: str) -> None:
    """A request from the follow form: a confirmation to click (or, for what the address
    already follows, a note saying so), at most one a day for the same follow."""
    now = timezone.now()
    subscriber, _ = Subscriber.objects.get_or_create(email=email)
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


def send_manage_link(email: str) -> None:
    """The link to manage an address's alerts, if it has confirmed a follow (to anyone
    else, nothing: the page that asked says the same either way)."""
    subscriber = Subscriber.objects.filter(email=email, confirmed_at__isnull=False).first()
    if subscriber is not None:
        queue(subscriber, OutgoingMail.Purpose.NOTICE, manage_link_message(subscriber))


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
# Plain text: no tracking pixels, no rewritten links, nothing to load.


def _footer(subscriber: Subscriber, why: str = "this address follows changes") -> str:
    return (
        "\n\n--\n"
        f"You get this because {why} on the {SITE}'s site.\n"
        f"Manage what you follow: {absolute('alerts:manage', token=subscriber.token)}\n"
        "Unsubscribe (deletes your address): "
        f"{absolute('alerts:unsubscribe', token=subscriber.token)}\n"
    )


def _change_lines(update: Update, record: Record) -> str:
    version = f"\nVersion {update.version_number}" if update.version_number else ""
    if record.discreet_in_email:
        # No title, and an address (/p/guide/3/) that says nothing of the subject.
        link = settings.SITE_URL + record.get_permanent_url()
    else:
        link = settings.SITE_URL + record.change_url(update.version_number)
    what = "See what changed" if update.change == Update.Change.UPDATED else "Read it"
    return (
        f"{update.get_change_display()}: {_title_in_email(update, record)}\n"
        f"{update.note}{version}\n"
        f"Date: {timezone.localtime(update.created_at):%B %-d, %Y}\n"
        f"{what}: {link}"
    )


def _title_in_email(update: Update, record: Record) -> str:
    return "a page you follow" if record.discreet_in_email else update.title


def alert_message(subscriber: Subscriber, update: Update, record: Record) -> tuple[str, str]:
    subject = f"{update.get_change_display()}: {_title_in_email(update, record)}"
    body = (
        f"A page you follow on the {SITE}'s site has changed.\n\n"
        f"{_change_lines(update, record)}" + _footer(subscriber)
    )
    return subject, body


def digest_message(subscriber: Subscriber, updates: list[Update]) -> tuple[str, str]:
    count = len(updates)
    subject = f"This week: {count} change{'s' if count != 1 else ''} to pages you follow"
    changes = "\n\n".join(_change_lines(update, update.record) for update in updates)
    body = f"Changes this week to pages you follow:\n\n{changes}" + _footer(subscriber)
    return subject, body


def confirmation_message(subscription: Subscription, target: Target) -> tuple[str, str]:
    confirm = absolute("alerts:confirm", token=subscription.confirm_token)
    subject = "Confirm: email me when this page changes"
    body = (
        f"Someone, we hope you, asked us to email this address when {target.name} "
        f"changes ({subscription.get_frequency_display().lower()}).\n\n"
        f"To confirm, open this link within a week and press Confirm:\n{confirm}\n\n"
        "If you did not ask, ignore this message: we send nothing more, and we delete "
        "the address after a week."
    ) + _footer(subscription.subscriber, why="someone asked to follow a page with this address")
    return subject, body


def already_following_message(subscription: Subscription, target: Target) -> tuple[str, str]:
    subject = "You already follow this page"
    body = (
        f"Someone asked us again to email this address when {target.name} changes. "
        "You already follow it: nothing has changed."
    ) + _footer(subscription.subscriber)
    return subject, body


def manage_link_message(subscriber: Subscriber) -> tuple[str, str]:
    subject = "Your link to manage email alerts"
    body = (
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
