"""A record's address is built without resolving the URLconf for every link a list
shows (network_site.addresses.slug_url), and is always exactly what reverse() gives."""

import pytest
from django.urls import NoReverseMatch, reverse, set_script_prefix
from django.utils import translation

from network_site.addresses import slug_url
from network_site.records.registry import record_kinds

pytestmark = pytest.mark.django_db


def reversed_address(record) -> str:
    return reverse(record.detail_route, kwargs={"slug": record.slug})


def test_every_records_address_is_what_reverse_gives():
    checked = 0
    for kind in record_kinds():
        for record in kind.objects.all():
            assert record.get_absolute_url() == reversed_address(record), record
            checked += 1
    assert checked > 100


def test_under_a_script_prefix_too():
    record = record_kinds()[0].objects.first()
    set_script_prefix("/network/")
    try:
        assert record.get_absolute_url() == reversed_address(record)
        assert record.get_absolute_url().startswith("/network/")
    finally:
        set_script_prefix("/")
    assert record.get_absolute_url() == reversed_address(record)


def test_a_slug_the_urlconf_refuses_is_refused_as_reverse_refuses_it():
    with pytest.raises(NoReverseMatch):
        slug_url("laws:detail", "not a slug/../x")


def test_fixed_addresses_and_terms_addresses_are_what_reverse_gives():
    """The navigation's and lists' addresses (route_url), and topics' and professions'
    (slug_url), under a script prefix and in another language too (/es/…)."""
    from network_site.addresses import route_url
    from network_site.vocabulary.models import Audience, Topic

    routes = ["home", "search", *(kind.list_route for kind in record_kinds() if kind.list_route)]
    terms = [*Topic.objects.all(), *Audience.objects.professions()]
    record = record_kinds()[0].objects.first()
    for prefix, language in [("/", "en"), ("/network/", "en"), ("/", "es"), ("/network/", "es")]:
        set_script_prefix(prefix)
        try:
            with translation.override(language):
                for route in routes:
                    assert route_url(route) == reverse(route), (prefix, language, route)
                for term in terms:
                    route = "topics:detail" if isinstance(term, Topic) else "professions:detail"
                    assert term.get_absolute_url() == reverse(route, args=[term.slug]), term
                assert record.get_absolute_url() == reversed_address(record)
                in_spanish = f"{prefix}es/" if language == "es" else prefix
                assert route_url("home") == in_spanish
        finally:
            set_script_prefix("/")
