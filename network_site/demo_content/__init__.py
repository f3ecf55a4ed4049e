"""The starting library `load_demo_content` loads: real laws, protocols and links."""

from network_site.demo_content.laws import LAWS
from network_site.demo_content.protocols import PROTOCOLS
from network_site.demo_content.resources import RESOURCES

TOPICS = [
    ("sex-trafficking", "Sex trafficking", "Buying, selling or profiting from another person's sex acts through force, fraud or coercion, or involving anyone under 18."),
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
    ("prosecution", "Prosecution"),
    ("health-care", "Health care"),
    ("victim-services", "Victim services"),
    ("schools", "Schools"),
    ("child-welfare", "Child welfare"),
    ("legal-services", "Legal services"),
]

__all__ = ["AUDIENCES", "LAWS", "PROTOCOLS", "RESOURCES", "TOPICS"]
