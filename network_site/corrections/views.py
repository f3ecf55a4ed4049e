"""/corrections/<kind>/<id>/: a reader tells us what is wrong on a record's page.

Like the email-alert forms, it sets no cookie and carries no CSRF token: posting only
adds to a staff queue, which is harmless to forge, and is rate-limited per network
with the limits the alerts use. Only records whose page the public can open take
suggestions; what is sent is never shown back to anyone but staff.
"""

from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.http import Http404
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from network_site.alerts.limits import client_network, over_limit
from network_site.alerts.views import too_many
from network_site.corrections.forms import SuggestionForm
from network_site.corrections.models import KEEP_FOR, Suggestion
from network_site.records.registry import kind_named
from network_site.signin import client_ip

# A reader reports a few problems; more from one network in an hour is a flood.
SUGGESTIONS_PER_CLIENT_PER_HOUR = 10


def _record(kind: str, pk: int):
    model = kind_named(kind)
    record = model.objects.published().filter(pk=pk).first() if model else None
    if record is None:
        raise Http404("No such page.")
    return record


def _page(request, template: str, context: dict, status: int = 200):
    response = render(request, template, context, status=status)
    add_never_cache_headers(response)  # it may show what someone typed
    return response


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def suggest(request, kind: str, pk: int):
    record = _record(kind, pk)
    context = {"record": record, "keep_days": KEEP_FOR.days}
    if request.method != "POST":
        return _page(request, "corrections/suggest.html", {**context, "form": SuggestionForm()})
    client = client_network(client_ip(request))
    if over_limit("correction", client, SUGGESTIONS_PER_CLIENT_PER_HOUR, timedelta(hours=1)):
        return too_many(request)
    form = SuggestionForm(request.POST)
    if not form.is_valid():
        return _page(request, "corrections/suggest.html", {**context, "form": form})
    if not form.is_from_a_bot:
        with transaction.atomic():
            Suggestion.objects.expired().delete()
            suggestion = form.save(commit=False)
            suggestion.content_type = ContentType.objects.get_for_model(record)
            suggestion.object_id = record.pk
            suggestion.page_title = record.title
            suggestion.page_path = record.get_absolute_url()
            suggestion.save()
    return _page(request, "corrections/thanks.html", context)
