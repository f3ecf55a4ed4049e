"""The directory as Open Referral's Human Services Data Specification (HSDS) 3.0: the
published organizations, each with its published services, phones, schedules, service
areas, languages and (where public) locations, as HSDS's `/organizations` API answers
them (a page of `contents`). A confidential service's place is never read: only
`Service.public_address` is.

HSDS asks for UUIDs; each record's is derived from its kind and id (Listing.hsds_id),
so it holds through renames, and each part's from its record's.
"""

import uuid

from django.db.models import Prefetch

from resources.models import Organization, RegionalTeam, Service
from resources.models.directory import HSDS_NAMESPACE, Listing

HSDS_VERSION = "3.0"


def _id(*parts) -> str:
    return str(uuid.uuid5(HSDS_NAMESPACE, ":".join(str(part) for part in parts)))


def _present(data: dict) -> dict:
    """HSDS leaves an unknown field out rather than empty."""
    return {key: value for key, value in data.items() if value not in ("", None, [])}


def _phones(listing: Listing, owner_key: str) -> list[dict]:
    ways = (
        ("voice", listing.phone, "Call"),
        ("text", listing.text_number, "Text (SMS)"),
        ("textphone", listing.tty, "TTY or relay"),
    )
    return [
        {
            "id": _id(listing.hsds_id, "phone", kind),
            owner_key: listing.hsds_id,
            "number": number,
            "type": kind,
            "description": description,
        }
        for kind, number, description in ways
        if number
    ]


def _areas(listing: Listing) -> list[dict]:
    if listing.statewide:
        names = ["Maine (statewide)"]
    else:
        names = [f"{county}, Maine" for county in listing.counties.all()]
    return [
        {"id": _id(listing.hsds_id, "area", name), "service_id": listing.hsds_id, "name": name}
        for name in names
    ]


def _schedules(service: Service) -> list[dict]:
    if service.open_all_hours:
        schedule = {
            "freq": "WEEKLY",
            "byday": "MO,TU,WE,TH,FR,SA,SU",
            "opens_at": "00:00",
            "closes_at": "23:59",
            "description": service.hours or "24 hours a day, 7 days a week",
        }
    elif service.hours:
        schedule = {"description": service.hours}
    else:
        return []
    return [{"id": _id(service.hsds_id, "schedule"), "service_id": service.hsds_id, **schedule}]


def _locations(service: Service) -> list[dict]:
    address = service.public_address
    if address is None:
        return []
    location_id = _id(service.hsds_id, "location")
    location = {
        "id": location_id,
        "location_type": "physical",
        "name": f"{service.title}, {address['town']}",
    }
    if address["postal_code"]:
        location["addresses"] = [
            {
                "id": _id(service.hsds_id, "address"),
                "location_id": location_id,
                "address_1": address["street"],
                "city": address["town"],
                "state_province": address["state"],
                "postal_code": address["postal_code"],
                "country": "US",
                "address_type": "physical",
            }
        ]
    return [
        {
            "id": _id(service.hsds_id, "service-at-location"),
            "service_id": service.hsds_id,
            "location_id": location_id,
            "location": location,
        }
    ]


def service_data(service: Service, organization_id: str, absolute) -> dict:
    return _present(
        {
            "id": service.hsds_id,
            "organization_id": organization_id,
            "name": service.title,
            "description": service.description,
            "url": service.website or absolute(service.get_absolute_url()),
            "email": service.email,
            "status": "active",
            "interpretation_services": service.interpretation,
            "application_process": service.how_to_get_it,
            "fees_description": service.fees or ("Free" if service.free else ""),
            "eligibility_description": service.who_for,
            "minimum_age": service.minimum_age,
            "maximum_age": service.maximum_age,
            "assured_date": service.confirmed_on.isoformat() if service.confirmed_on else None,
            "last_modified": service.updated_at.isoformat(),
            "phones": _phones(service, "service_id"),
            "schedules": _schedules(service),
            "service_areas": _areas(service),
            "languages": [
                {
                    "id": _id(service.hsds_id, "language", language.code),
                    "service_id": service.hsds_id,
                    "name": language.name,
                    "code": language.code,
                }
                for language in service.languages.all()
            ],
            "cost_options": (
                [
                    {
                        "id": _id(service.hsds_id, "cost"),
                        "service_id": service.hsds_id,
                        "option": "Free",
                        "amount": 0,
                        "currency": "USD",
                    }
                ]
                if service.free
                else []
            ),
            "service_at_locations": _locations(service),
        }
    )


def organization_data(listing: Listing, absolute, services=()) -> dict:
    description = listing.description
    if isinstance(listing, RegionalTeam) and listing.how_to_reach:
        description = f"{description}\n\nHow a professional reaches it: {listing.how_to_reach}"
    return _present(
        {
            "id": listing.hsds_id,
            "name": listing.title,
            "alternate_name": getattr(listing, "other_names", ""),
            "description": description,
            "email": listing.email,
            "website": listing.website,
            "uri": absolute(listing.get_permanent_url()),
            "phones": _phones(listing, "organization_id"),
            "services": [service_data(s, listing.hsds_id, absolute) for s in services],
        }
    )


def export(absolute) -> dict:
    """Every published organization (with its published services) and regional team, as
    one page of HSDS's `/organizations?full_service=true`. `absolute` makes a path a URL."""
    services = Service.objects.published().prefetch_related("counties", "languages")
    organizations = (
        Organization.objects.published()
        .prefetch_related(Prefetch("services", queryset=services.order_by("title")))
        .order_by("title")
    )
    contents = [organization_data(o, absolute, o.services.all()) for o in organizations]
    contents += [
        organization_data(team, absolute)
        for team in RegionalTeam.objects.published().order_by("title")
    ]
    return {
        "total_items": len(contents),
        "total_pages": 1,
        "page_number": 1,
        "size": len(contents),
        "first_page": True,
        "last_page": True,
        "empty": not contents,
        "contents": contents,
    }
