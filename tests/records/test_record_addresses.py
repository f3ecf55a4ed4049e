"""A record's address is built without resolving the URLconf for every link a list
shows (records.models.slug_url), and is always exactly what reverse() gives."""

import pytest
from django.urls import NoReverseMatch, reverse, set_script_prefix

from network_site.records.models import slug_url
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
