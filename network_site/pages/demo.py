"""The demo's fixed pages and help numbers, and which professions' pages list each number."""

from network_site.pages.apps import seed_site_content
from network_site.pages.demo_ar import GET_HELP_AR, HELP_LINES_AR
from network_site.pages.demo_es import GET_HELP_ES, HELP_LINES_ES
from network_site.pages.demo_fr import GET_HELP_FR, HELP_LINES_FR
from network_site.pages.demo_pt import GET_HELP_PT, HELP_LINES_PT
from network_site.pages.demo_so import GET_HELP_SO, HELP_LINES_SO
from network_site.pages.models import HelpLine, SitePage
from network_site.pages.site_content import DEFAULT_HELP_LINES
from network_site.records import publishing
from network_site.records.demo_loader import publish_translation, shared
from network_site.vocabulary.demo import PROFESSIONS

# The help numbers each profession's page lists (by the number's name), beside the help box.
# The help box's words and Get help, by language (the Network's own translations).
HELP_IN_EACH_LANGUAGE = {
    "es": (HELP_LINES_ES, GET_HELP_ES),
    "pt": (HELP_LINES_PT, GET_HELP_PT),
    "so": (HELP_LINES_SO, GET_HELP_SO),
    "ar": (HELP_LINES_AR, GET_HELP_AR),
    "fr": (HELP_LINES_FR, GET_HELP_FR),
}

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
    # In each language: the help box's words and the Get help page.
    get_help = SitePage.objects.get(slug=SitePage.Slug.GET_HELP)
    for language, (help_lines, get_help_words) in HELP_IN_EACH_LANGUAGE.items():
        for name, words in help_lines.items():
            for line in HelpLine.objects.filter(name=name):
                publish_translation(line, language, words)
        publish_translation(get_help, language, get_help_words)
