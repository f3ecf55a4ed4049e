"""The demo's topics, and its audiences and disciplines (six with a page of their own)."""

from network_site.records.demo_loader import publish_translation, shared
from network_site.vocabulary.demo_es import AUDIENCES_ES, TOPICS_ES
from network_site.vocabulary.models import Audience, Topic

TOPICS = [
    ("sex-trafficking", "Sex trafficking", "Profiting from or arranging the sale of another person's sex acts. In Maine no force is needed: force, threats, debt or a person under 18 make it aggravated."),
    ("labor-trafficking", "Labor trafficking", "Forcing people to work through threats, debt, control of their papers or other coercion."),
    ("commercial-sexual-exploitation", "Commercial sexual exploitation", "Buying sex, and Maine's 2023 change that stopped treating people who sell sex as criminals."),
    ("children-and-youth", "Children and youth", "When the person exploited is under 18: no force has to be proved, and reports go to child protective services."),
    ("victims-rights", "Victims' rights and compensation", "Defenses, compensation and services the law gives survivors."),
    ("civil-remedies", "Civil lawsuits", "Suing traffickers and those who profited, under Maine and federal law."),
    ("immigration-relief", "Immigration relief", "The T visa and other protections for survivors who are not U.S. citizens."),
    ("screening", "Screening and identification", "Noticing the signs and asking safely."),
    ("online-exploitation", "Online exploitation", "Recruitment, advertising and abuse of children online."),
]  # fmt: skip

AUDIENCES = [
    ("survivors-and-families", "Survivors and families"),
    ("general-public", "General public"),
    ("law-enforcement", "Law enforcement"),
    ("prosecution", "Prosecutors and courts"),
    ("health-care", "Health care"),
    ("victim-services", "Advocates"),
    ("schools", "Schools"),
    ("child-welfare", "Child welfare"),
    ("legal-services", "Legal services"),
]

# The disciplines with a page of their own (a door on the home page), in this order.
PROFESSIONS = {
    "law-enforcement": "Treat a person who may be trafficked as a victim first. What to do at the first contact, when the person is a child, and how to work with advocates and prosecutors.",
    "health-care": "Patients who are trafficked do see doctors and nurses. How to notice, ask safely, treat, report when the patient is a child, and connect the patient with an advocate.",
    "schools": "Staff often see the signs first. What to do when a student may be exploited, who must report, and how to keep the student safe at school.",
    "child-welfare": "When the person exploited is under 18, child protective services are part of every response. Protocols, laws and trainings for caseworkers.",
    "victim-services": "Advocates walk beside survivors through every system. Protocols for advocacy, the rights and compensation survivors can claim, and the numbers to call.",
    "prosecution": "Charging the people who buy and sell others, while protecting the people they exploit. The laws, the protocols and the trainings.",
}  # fmt: skip


def load(library) -> None:
    for slug, name, description in TOPICS:
        library["topics"][slug] = shared(
            Topic, {"slug": slug}, {"name": name, "description": description}
        )
    professions = list(PROFESSIONS)
    for slug, name in AUDIENCES:
        library["audiences"][slug] = shared(
            Audience,
            {"slug": slug},
            {
                "name": name,
                "is_profession": slug in professions,
                "introduction": PROFESSIONS.get(slug, ""),
                "position": professions.index(slug) if slug in professions else 0,
            },
        )
    for slug, words in TOPICS_ES.items():
        publish_translation(library["topics"][slug], "es", words)
    for slug, words in AUDIENCES_ES.items():
        publish_translation(library["audiences"][slug], "es", words)
