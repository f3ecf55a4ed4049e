"""The demo's fixed pages and help numbers, and which professions' pages list each number."""

from network_site.pages.apps import seed_site_content
from network_site.pages.demo_es import GET_HELP_ES, HELP_LINES_ES
from network_site.pages.models import HelpLine, SitePage
from network_site.pages.site_content import DEFAULT_HELP_LINES
from network_site.records import publishing
from network_site.records.demo_loader import publish_translation, shared
from network_site.vocabulary.demo import PROFESSIONS

# The help numbers each profession's page lists (by the number's name), beside the help box.
PROFESSION_NUMBERS = {
    "National Human Trafficking Hotline": list(PROFESSIONS),
    "Child Protective Intake (Maine DHHS)": [
        "law-enforcement", "health-care", "schools", "child-welfare", "victim-services",
    ],
    "Maine Sexual Assault Crisis and Support Line": [
        "law-enforcement", "health-care", "victim-services", "prosecution",
    ],
    "Maine Domestic Abuse Helpline": ["health-care", "victim-services"],
}  # fmt: skip


def load(library) -> None:
    seed_site_content()
    for line in DEFAULT_HELP_LINES:
        # Numbers (and ways to reach them) added to the defaults since this site's
        # help box was first seeded; what staff have filled in is kept.
        found = HelpLine.objects.filter(name=line["name"]).first()
        if found is None:
            publishing.save_shared(HelpLine(**line))
            continue
        blanks = {name: value for name, value in line.items() if not getattr(found, name)}
        if blanks:
            shared(HelpLine, {"pk": found.pk}, blanks)
    audiences = library["audiences"]
    for name, slugs in PROFESSION_NUMBERS.items():
        for line in HelpLine.objects.filter(name=name):
            publishing.save_shared(
                line,
                parts=lambda line=line, slugs=slugs: line.professions.set(
                    [audiences[slug] for slug in slugs]
                ),
            )
    # In Spanish: the help box's words and the Get help page.
    for name, words in HELP_LINES_ES.items():
        for line in HelpLine.objects.filter(name=name):
            publish_translation(line, "es", words)
    publish_translation(SitePage.objects.get(slug=SitePage.Slug.GET_HELP), "es", GET_HELP_ES)
