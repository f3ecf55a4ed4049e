"""The public side of email alerts: follow, confirm, manage, unsubscribe.

Public pages set no cookies, so these forms carry no CSRF token: what they do is
authorised by an unguessable token from a message sent to the address (confirm,
manage, unsubscribe), or is harmless to forge (asking for a confirmation, which only
the address's owner can follow). Pages showing a token's address are never stored
by a cache; GET never changes anything (mail scanners open links), POST does.
"""

from datetime import timedelta

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from network_site.alerts import follow as following
from network_site.alerts.forms import EmailForm, FollowForm
from network_site.alerts.limits import client_network, mailbox, over_limit
from network_site.alerts.models import CONFIRM_WITHIN, Frequency, Subscriber, Subscription
from network_site.signin import client_ip
from network_site.words import gettext

# A person follows a few things; more from one network in an hour is a flood.
REQUESTS_PER_CLIENT_PER_HOUR = 20
# Mail to one address, whoever asks: no inbox gets flooded through us.
REQUESTS_PER_ADDRESS_PER_DAY = 5


def too_many(request):
    response = render(request, "429.html", status=429)
    response["Retry-After"] = "3600"
    add_never_cache_headers(response)
    return response


def _private(response):
    """A page that shows what someone typed or follows: never kept by any cache."""
    add_never_cache_headers(response)
    return response


def _notice(request, heading: str, lede: str, status: int = 200, **context):
    """One plain page saying what happened (or did not)."""
    return _private(
        render(
            request,
            "alerts/notice.html",
            {"heading": heading, "lede": lede, **context},
            status=status,
        )
    )


def _flooded(request, form: EmailForm) -> bool:
    client = client_network(client_ip(request))
    if over_limit("client", client, REQUESTS_PER_CLIENT_PER_HOUR, timedelta(hours=1)):
        return True
    return form.is_valid() and over_limit(
        "mailbox",
        mailbox(form.cleaned_data["email"]),
        REQUESTS_PER_ADDRESS_PER_DAY,
        timedelta(days=1),
    )


def _check_your_inbox(request, email: str, target=None):
    return _notice(
        request,
        gettext("Check your email"),
        gettext("If %(email)s can get alerts, a message is on its way to it.") % {"email": email},
        email=email,
        target=target,
        sent=True,
    )


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def follow(request, subject: str, slug: str):
    target = following.Target.named(subject, slug)
    if target is None:
        raise Http404("Nothing to follow at this address.")
    if request.method != "POST":
        form = FollowForm(initial={"frequency": Frequency.IMMEDIATELY})
        return render(request, "alerts/follow.html", {"form": form, "target": target})
    form = FollowForm(request.POST)
    if _flooded(request, form):
        return too_many(request)
    if not form.is_valid():
        return _private(render(request, "alerts/follow.html", {"form": form, "target": target}))
    if not form.is_from_a_bot:
        data = form.cleaned_data
        following.request_follow(data["email"], target, data["frequency"])
    return _check_your_inbox(request, form.cleaned_data["email"], target)


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def index(request):
    """What email alerts are, and a form to get the link that manages them."""
    if request.method != "POST":
        return render(request, "alerts/index.html", {"form": EmailForm()})
    form = EmailForm(request.POST)
    if _flooded(request, form):
        return too_many(request)
    if not form.is_valid():
        return _private(render(request, "alerts/index.html", {"form": form}))
    if not form.is_from_a_bot:
        following.request_manage_link(form.cleaned_data["email"])
    return _check_your_inbox(request, form.cleaned_data["email"])


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token: str):
    subscription = (
        Subscription.objects.select_related("subscriber").filter(confirm_token=token).first()
    )
    if subscription is None:
        return _notice(
            request,
            gettext("This link no longer works"),
            gettext(
                "It has expired, or the address was unsubscribed. Nothing has changed. "
                "To follow a page, use the form on that page again."
            ),
            status=404,
        )
    target = following.targets_of([subscription])[subscription.pk]
    manage_url = reverse("alerts:manage", kwargs={"token": subscription.subscriber.token})
    if subscription.is_confirmed:
        return _notice(
            request,
            gettext("Already confirmed"),
            gettext("This link was used before: you already follow this. Nothing has changed."),
            target=target,
            manage_url=manage_url,
        )
    if subscription.link_expired(timezone.now()):
        days = CONFIRM_WITHIN.days
        return _notice(
            request,
            gettext("This link has expired"),
            gettext(
                "Confirmation links work for %(days)s days. Nothing has changed: you do not "
                "follow this. To follow it, use the form on its page again."
            )
            % {"days": days},
            target=target,
            status=410,
        )
    if target is None:
        return _notice(
            request,
            gettext("This page is no longer published"),
            gettext("There is nothing to follow here any more. Nothing has changed."),
            status=404,
        )
    if request.method != "POST":
        return _notice(
            request,
            gettext("Confirm your email alerts"),
            gettext("Send email to %(email)s when %(page)s changes (%(how_often)s)?")
            % {
                "email": subscription.subscriber.email,
                "page": target.name,
                "how_often": subscription.get_frequency_display().lower(),
            },
            target=target,
            button=gettext("Confirm"),
        )
    following.confirm(subscription)
    return _notice(
        request,
        gettext("You are following this"),
        gettext("We will email %(email)s when %(page)s changes. Every message has a link to stop.")
        % {"email": subscription.subscriber.email, "page": target.name},
        target=target,
        manage_url=manage_url,
    )


def _gone(request):
    return _notice(
        request,
        gettext("This address is not on our list"),
        gettext("It was unsubscribed and deleted, or never confirmed. Nothing has changed."),
        status=404,
    )


def _unsubscribed(request, email: str):
    return _notice(
        request,
        gettext("You are unsubscribed"),
        gettext("We have deleted %(email)s and everything it followed. We will not write again.")
        % {"email": email},
    )


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token: str):
    """One click: a mail client POSTs here (RFC 8058) and the address is deleted."""
    subscriber = Subscriber.objects.filter(token=token).first()
    if subscriber is None:
        return _gone(request)
    if request.method != "POST":
        return _notice(
            request,
            gettext("Unsubscribe"),
            gettext("Stop all email alerts to %(email)s and delete the address?")
            % {"email": subscriber.email},
            button=gettext("Unsubscribe"),
            button_field=("List-Unsubscribe", "One-Click"),
        )
    subscriber.delete()
    return _unsubscribed(request, subscriber.email)


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def manage(request, token: str):
    """What this address follows: change how often, stop one, or stop everything."""
    subscriber = Subscriber.objects.filter(token=token).first()
    if subscriber is None:
        return _gone(request)
    done = ""
    if request.method == "POST":
        action = request.POST.get("action", "")
        chosen = subscriber.subscriptions.filter(pk=_number(request.POST.get("follow"))).first()
        if chosen is None:
            done = gettext("That follow had already gone: nothing has changed.")
        elif action == "stop":
            chosen.delete()
            done = gettext("Stopped.")
            if not subscriber.subscriptions.exists():
                subscriber.delete()
                return _unsubscribed(request, subscriber.email)
        elif action == "frequency" and request.POST.get("frequency") in Frequency.values:
            chosen.frequency = request.POST["frequency"]
            chosen.save(update_fields=["frequency"])
            done = gettext("Saved.")
        else:
            done = gettext("Nothing has changed: choose one of the buttons.")
    follows = list(subscriber.subscriptions.order_by("created_at"))
    targets = following.targets_of(follows)
    return _private(
        render(
            request,
            "alerts/manage.html",
            {
                "subscriber": subscriber,
                "follows": [(f, targets[f.pk]) for f in follows],
                "frequencies": Frequency.choices,
                "done": done,
            },
        )
    )


def _number(value) -> int | None:
    # ASCII digits only: "²".isdigit() is true, yet int("²") raises.
    return int(value) if value and value.isascii() and value.isdigit() else None
