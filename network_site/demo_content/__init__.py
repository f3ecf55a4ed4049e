"""The starting library `load_demo_content` loads: real laws, protocols and links."""

from network_site.demo_content.glossary import TERMS
from network_site.demo_content.guides import GUIDES
from network_site.demo_content.laws import LAWS
from network_site.demo_content.protocols import PROTOCOLS
from network_site.demo_content.resources import RESOURCES
from network_site.demo_content.session_laws import PENALTIES, SESSION_LAWS, SESSIONS

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

__all__ = [
    "AUDIENCES",
    "GUIDES",
    "LAWS",
    "PENALTIES",
    "PROFESSIONS",
    "PROFESSION_NUMBERS",
    "PROTOCOLS",
    "RESOURCES",
    "SESSIONS",
    "SESSION_LAWS",
    "TERMS",
    "TOPICS",
]
