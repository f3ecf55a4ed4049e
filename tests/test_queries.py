"""A list page costs the same number of queries whatever the size of the library."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from resources.models import Audience, Topic
from tests.factories import make_law, make_protocol, make_resource

pytestmark = pytest.mark.django_db


def add_records(count: int) -> None:
    topics = list(Topic.objects.all()[:3])
    audiences = list(Audience.objects.all()[:3])
    for _ in range(count):
        make_law().topics.set(topics)
        make_protocol().disciplines.set(audiences)
        resource = make_resource()
        resource.topics.set(topics)
        resource.audiences.set(audiences)


def queries_for(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


LIST_PAGES = [
    "/",
    "/laws/",
    "/laws/?jurisdiction=maine&topic=sex-trafficking",
    "/protocols/",
    "/resources/",
    "/resources/?audience=schools",
    "/topics/sex-trafficking/",
]


@pytest.mark.parametrize("url", LIST_PAGES)
def test_list_page_query_count_does_not_grow(client, url):
    add_records(5)
    small = queries_for(client, url)
    add_records(195)
    large = queries_for(client, url)
    assert small == large
    assert small <= 10
