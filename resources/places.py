"""Maine's sixteen counties and, for each, the cities and county seat a reader might
type, so that a search for a town finds the services of its county.

Sources (checked 2026-12-05): the county of each of Maine's 23 cities, from the list
of cities in Maine with the 2010 U.S. Census ("List of cities in Maine", Wikipedia,
table of cities with their counties); each county's seat, from the list of counties
in Maine (Wikipedia). Other towns are left for staff to add, each with its source.
"""

# slug: (name, [cities and the county seat])
COUNTIES: dict[str, tuple[str, list[str]]] = {
    "androscoggin": ("Androscoggin", ["Auburn", "Lewiston"]),
    "aroostook": ("Aroostook", ["Houlton", "Caribou", "Presque Isle"]),
    "cumberland": ("Cumberland", ["Portland", "South Portland", "Westbrook"]),
    "franklin": ("Franklin", ["Farmington"]),
    "hancock": ("Hancock", ["Ellsworth"]),
    "kennebec": ("Kennebec", ["Augusta", "Gardiner", "Hallowell", "Waterville"]),
    "knox": ("Knox", ["Rockland"]),
    "lincoln": ("Lincoln", ["Wiscasset"]),
    "oxford": ("Oxford", ["Paris"]),
    "penobscot": ("Penobscot", ["Bangor", "Brewer", "Old Town"]),
    "piscataquis": ("Piscataquis", ["Dover-Foxcroft"]),
    "sagadahoc": ("Sagadahoc", ["Bath"]),
    "somerset": ("Somerset", ["Skowhegan"]),
    "waldo": ("Waldo", ["Belfast"]),
    "washington": ("Washington", ["Machias", "Calais", "Eastport"]),
    "york": ("York", ["Alfred", "Biddeford", "Saco", "Sanford"]),
}

# Every town above: what a statewide listing is found by.
STATEWIDE = [town for _, towns in COUNTIES.values() for town in towns]


def towns_in(county_slug: str) -> list[str]:
    return COUNTIES.get(county_slug, ("", []))[1]


def county_of(town: str) -> str | None:
    """The slug of the county a town (any case) is in, if the list above has it."""
    wanted = town.strip().casefold()
    for slug, (_, towns) in COUNTIES.items():
        if any(t.casefold() == wanted for t in towns):
            return slug
    return None
