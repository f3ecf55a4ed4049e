"""The demo directory: real Maine organizations, their services and regional teams,
from their own public pages (or, where none was found, the public source named), each
checked on CHECKED. None has confirmed its listing with us yet, so none carries a
"confirmed" date: every page says so. Fields the sources do not give are left blank,
and no shelter or housing address is given.
"""

from datetime import date

CHECKED = date(2026, 12, 5)

LANGUAGES = [
    ("English", "en"), ("Spanish", "es"), ("Portuguese", "pt"), ("Somali", "so"),
    ("Arabic", "ar"), ("French", "fr"),
]  # fmt: skip

HOTLINE_WORDS = (
    "TTY: 711 / Text: 233733 / Live Chat / 24/7 Confidential. Callers can speak with the "
    "Hotline in English or Spanish, or in more than 200 additional languages using a 24-hour "
    "tele-interpreting service. When you call the Hotline at 1-888-373-7888 ..."
)

ORGANIZATIONS = [
    {
        "slug": "mecasa",
        "title": "Maine Coalition Against Sexual Assault",
        "other_names": "MECASA",
        "description": "The statewide coalition of Maine's sexual assault support centers. "
        "Its programs support people who have experienced sexual assault, stalking, sexual "
        "harassment, sex exploitation and human trafficking, and their families and friends. "
        "It runs the Maine Sex Trafficking and Exploitation Network.",
        "phone": "207-626-0034",
        "website": "https://www.mecasa.org/",
        "statewide": True,
        "source_url": "https://www.mecasa.org/services-are.html",
        "source_words": "Our programs aren't just for sexual assault. We also support people "
        "who are experiencing stalking, sexual harassment, sex exploitation, and human "
        "trafficking. (Phone: mainesten.org, 'please call 207-626-0034'.)",
    },
    {
        "slug": "polaris",
        "title": "Polaris",
        "description": "The national nonprofit that runs the National Human Trafficking "
        "Hotline, which answers people anywhere in the United States, Maine included.",
        "website": "https://polarisproject.org/",
        "statewide": True,
        "source_url": "https://humantraffickinghotline.org/about-us/what-we-do",
        "source_words": HOTLINE_WORDS,
    },
    {
        "slug": "preble-street",
        "title": "Preble Street",
        "description": "A Portland nonprofit whose Anti-Trafficking Services work with "
        "survivors of sex and labor trafficking throughout Maine: all ages, genders and "
        "immigration statuses.",
        "website": "https://www.preblestreet.org/",
        "statewide": True,
        "source_url": "https://www.preblestreet.org/2024/01/30/raising-awareness-of-human-trafficking/",
        "source_words": "Preble Street Anti-Trafficking Services has worked with survivors of "
        "trafficking throughout the state, representing all ages, genders, immigration "
        "statuses, and types of trafficking.",
    },
    {
        "slug": "pine-tree-legal-assistance",
        "title": "Pine Tree Legal Assistance",
        "other_names": "PTLA",
        "description": "Free civil legal help for people in Maine with low incomes: advice, "
        "self-help forms and, in some cases, a lawyer. Not for criminal cases.",
        "phone": "207-774-8211",
        "website": "https://ptla.org/",
        "statewide": True,
        "source_url": "https://ptla.org/pine-tree-services",
        "source_words": "Pine Tree Legal is a free legal resource for low-income people in "
        "Maine. ... You can also call us at 207-774-8211. Press '2.' ... By federal rules "
        "most Pine Tree services are limited to people with household incomes at or below "
        "200% of the federal poverty guidelines ... Some of our programs allow higher incomes.",
    },
    {
        "slug": "ilap",
        "title": "Immigrant Legal Advocacy Project",
        "other_names": "ILAP",
        "description": "Maine's statewide immigration legal aid organization, with offices in "
        "Portland and Lewiston, serving clients from all sixteen counties.",
        "website": "https://ilapmaine.org/",
        "statewide": True,
        "source_url": "https://ilapmaine.org/ilap-news/03/21/2023",
        "source_words": "ILAP is Maine's only state-wide immigration legal aid organization. "
        "We have full-time offices in Portland and Lewiston ... our staff and volunteers help "
        "more than 3,000 clients from all 16 counties. Our clients include ... immigrant "
        "victims of domestic violence and trafficking.",
    },
    {
        "slug": "mcedv",
        "title": "Maine Coalition to End Domestic Violence",
        "other_names": "MCEDV",
        "description": "The statewide coalition of Maine's domestic violence resource "
        "centers, and the statewide domestic violence helpline.",
        "website": "https://www.mcedv.org/",
        "statewide": True,
        "source_url": "https://www.mcedv.org/domestic-violence-awareness",
        "source_words": "Statewide Domestic Violence Helpline: 1-866-83-4HELP",
    },
    {
        "slug": "maine-dhhs-ocfs",
        "title": "Maine DHHS, Office of Child and Family Services",
        "other_names": "OCFS",
        "description": "The state office that takes reports of children who may be abused, "
        "neglected or exploited, at any hour.",
        "website": "https://www.maine.gov/dhhs/ocfs/",
        "statewide": True,
        "source_url": "https://www.maine.gov/dhhs/ocfs/cw/reporting_abuse.shtml",
        "source_words": "Call 1-800-452-1999 / Deaf/Hard of Hearing - 711 (Maine Relay) / "
        "Child Protective Intake (24 hours a day/7 days a week)",
    },
    {
        "slug": "sexual-assault-crisis-and-support-center",
        "title": "Sexual Assault Crisis & Support Center",
        "description": "The sexual assault support center for Kennebec and Somerset counties. "
        "It runs the Kennebec & Somerset County Children's Advocacy Center.",
        "website": "https://www.silentnomore.org/",
        "counties": ["kennebec", "somerset"],
        "source_url": "https://www.silentnomore.org/newsletter.html",
        "source_words": "We provided prevention education in almost every school in Kennebec "
        "& Somerset Counties ... the Kennebec & Somerset County Children's Advocacy Center, a "
        "program under the Sexual Assault Crisis & Support Center",
    },
    {
        "slug": "sapars",
        "title": "Sexual Assault Prevention and Response Services",
        "other_names": "SAPARS",
        "description": "The sexual assault support center for Androscoggin, Oxford and "
        "Franklin counties.",
        "counties": ["androscoggin", "franklin", "oxford"],
        "source_url": "https://www.sunjournal.com/2014/04/06/destie-hohman-sprague-steps-needed-halt-human-trafficking-maine/",
        "source_words": "Sexual Assault Prevention and Response Services, the sexual assault "
        "services provider in Androscoggin, Oxford and Franklin counties, is a key "
        "participant in the local task force.",
    },
]

ADVOCATE_ANY_HOUR = (
    "Anyone in Maine can reach a trained advocate at any hour through the statewide "
    "sexual assault helpline, 1-800-871-7741."
)

SERVICES = [
    {
        "slug": "statewide-sexual-assault-helpline",
        "organization": "mecasa",
        "title": "Statewide Sexual Assault Crisis and Support Line",
        "help_type": "hotline",
        "description": "Talk with a trained advocate, free and in private, about sexual "
        "violence, exploitation or trafficking: for survivors and for the people who support "
        "them.",
        "phone": "1-800-871-7741",
        "free": True,
        "open_all_hours": True,
        "by_phone": True,
        "statewide": True,
        "audiences": ["victim-services", "health-care", "law-enforcement", "prosecution"],
        "source_url": "https://www.sassmm.org/help-now.html",
        "source_words": "The Statewide Sexual Assault Helpline can be accessed anywhere in "
        "Maine, 24/7. Call 1-800-871-7741 to talk to a trained advocate ... Our services are "
        "free and private.",
    },
    {
        "slug": "national-human-trafficking-hotline",
        "organization": "polaris",
        "title": "National Human Trafficking Hotline",
        "help_type": "hotline",
        "description": "A free, confidential hotline for anyone who is or may be trafficked, "
        "and for anyone with a tip or a question. It connects people with local help.",
        "phone": "1-888-373-7888",
        "text_number": "233733",
        "tty": "711",
        "email": "help@humantraffickinghotline.org",
        "website": "https://humantraffickinghotline.org/",
        "free": True,
        "open_all_hours": True,
        "by_phone": True,
        "languages": ["en", "es"],
        "interpretation": "Calls in more than 200 other languages through a 24-hour "
        "interpreting service. Text and chat are in English and Spanish only.",
        "statewide": True,
        "audiences": [
            "law-enforcement",
            "health-care",
            "schools",
            "child-welfare",
            "victim-services",
            "prosecution",
        ],
        "source_url": "https://humantraffickinghotline.org/about-us/what-we-do",
        "source_words": HOTLINE_WORDS + " (Text and chat in English and Spanish: HHS Office "
        "on Trafficking in Persons, February 7, 2018.)",
    },
    {
        "slug": "preble-street-anti-trafficking-services",
        "organization": "preble-street",
        "title": "Anti-Trafficking Services",
        "help_type": "case-management",
        "description": "Intensive case management for survivors of trafficking: basic needs, "
        "mental health and substance use counseling, shelter and housing referrals, public "
        "benefits, referrals for civil, criminal and immigration help, and advocacy.",
        "who_for": "Women, men, transgender people and children who have been forced into "
        "any kind of trafficking, sex or labor.",
        "how_to_get_it": "Contact Preble Street through its website, or ask the National "
        "Human Trafficking Hotline, 1-888-373-7888, to connect you.",
        "statewide": True,
        "audiences": ["victim-services", "law-enforcement", "health-care"],
        "source_url": "https://www.preblestreet.org/what-we-do/anti-trafficking-services/",
        "source_words": "Since 2013, Preble Street and its partners have provided services to "
        "women and men, transgender individuals, and children who have been forced into all "
        "types of human trafficking ... Intensive Case Management; Basic needs; Mental health "
        "and substance use disorder counseling; Shelter and housing referrals; Access to "
        "public benefits and community resources; Civil, criminal and immigration referrals; "
        "Culturally sensitive services; Advocacy",
    },
    {
        "slug": "preble-street-survivor-rapid-rehousing",
        "organization": "preble-street",
        "title": "Survivor Rapid Rehousing",
        "help_type": "housing",
        "description": "Help for survivors of human trafficking to find safe, stable housing, "
        "anywhere in Maine.",
        "how_to_get_it": "Ask Preble Street's Anti-Trafficking Services.",
        "statewide": True,
        "location_is_confidential": True,
        "audiences": ["victim-services"],
        "source_url": "https://www.preblestreet.org/category/anti-trafficking-services/",
        "source_words": "For survivors of human trafficking, a key part of the journey to "
        "healing is safe and stable housing ... The grant funds the new statewide Survivor "
        "Rapid Rehousing ...",
    },
    {
        "slug": "pine-tree-legal-civil-legal-help",
        "organization": "pine-tree-legal-assistance",
        "title": "Free civil legal help",
        "help_type": "legal",
        "description": "Advice and, for some, a lawyer for non-criminal legal problems: "
        "benefits, housing and eviction, domestic violence and more. Self-help forms on its "
        "website for anyone.",
        "who_for": "People in Maine with low incomes: most services are for households at or "
        "below 200% of the federal poverty guidelines; some programs allow higher incomes.",
        "free": True,
        "interpretation": "Ask for an interpreter at the office, free. By phone, call "
        "207-774-8211, press 2, then choose Spanish, Chinese, French, Arabic, Somali, "
        "Portuguese or Vietnamese and leave a message: staff call back within 5 to 7 "
        "business days.",
        "how_to_get_it": "Call 207-774-8211, or visit one of its offices; its website has a "
        "Find Legal Help tool.",
        "phone": "207-774-8211",
        "walk_in": True,
        "by_phone": True,
        "statewide": True,
        "audiences": ["victim-services"],
        "source_url": "https://ptla.org/pine-tree-services",
        "source_words": "If you come to our office, ask for a translator right away. We will "
        "provide one free of charge. You can also call us at 207-774-8211. Press '2.' Then "
        "press: 1 for Spanish 2 for Chinese ... 3 for French 4 for Arabic 5 for Somali 6 for "
        "Portuguese (Brazilain) 7 for Vietnamese ... A staff member will call you back within "
        "5-7 business days.",
    },
    {
        "slug": "ilap-immigration-legal-help",
        "organization": "ilap",
        "title": "Immigration legal help",
        "help_type": "immigration",
        "description": "Free and low-cost immigration legal help for immigrants with low "
        "incomes, including visa applications for victims of domestic violence, crime and "
        "trafficking.",
        "who_for": "Immigrants in Maine with low incomes.",
        "fees": "Free or low cost.",
        "statewide": True,
        "audiences": ["victim-services", "law-enforcement"],
        "source_url": "https://ilapmaine.org/about",
        "source_words": "... full representation in cases including family reunification, "
        "citizenship, asylum, deportation defense, and specialized visa applications for "
        "unaccompanied minors, and victims of domestic violence, crime and trafficking. (Free "
        "and low-cost: ILAP 'provides free and low-cost immigration information and legal "
        "assistance to low-income Maine residents', Portland Sunrise Rotary.)",
    },
    {
        "slug": "statewide-domestic-violence-helpline",
        "organization": "mcedv",
        "title": "Statewide Domestic Violence Helpline",
        "help_type": "hotline",
        "description": "Maine's statewide helpline for anyone hurt or controlled by a partner "
        "or family member.",
        "phone": "1-866-834-4357",
        "by_phone": True,
        "statewide": True,
        "audiences": ["victim-services", "health-care"],
        "source_url": "https://www.mcedv.org/domestic-violence-awareness",
        "source_words": "Statewide Domestic Violence Helpline: 1-866-83-4HELP",
    },
    {
        "slug": "child-protective-intake",
        "organization": "maine-dhhs-ocfs",
        "title": "Child Protective Intake",
        "help_type": "reporting",
        "description": "Where to report a child who may be abused, neglected or exploited, "
        "trafficking included.",
        "phone": "1-800-452-1999",
        "tty": "711",
        "open_all_hours": True,
        "by_phone": True,
        "maximum_age": 17,
        "statewide": True,
        "audiences": ["schools", "health-care", "law-enforcement", "child-welfare"],
        "source_url": "https://www.maine.gov/dhhs/ocfs/cw/reporting_abuse.shtml",
        "source_words": "Call 1-800-452-1999 / Deaf/Hard of Hearing - 711 (Maine Relay) / "
        "Child Protective Intake (24 hours a day/7 days a week)",
    },
    {
        "slug": "sacsc-sexual-assault-support",
        "organization": "sexual-assault-crisis-and-support-center",
        "title": "Sexual assault support in Kennebec and Somerset counties",
        "help_type": "advocacy",
        "description": "Support for survivors of sexual violence and their families, "
        "prevention education in schools, and a children's advocacy center.",
        "how_to_get_it": ADVOCATE_ANY_HOUR,
        "counties": ["kennebec", "somerset"],
        "audiences": ["victim-services", "schools"],
        "source_url": "https://www.silentnomore.org/newsletter.html",
        "source_words": "We have served more adults, children and families reaching out and "
        "receiving our help and support. We provided prevention education in almost every "
        "school in Kennebec & Somerset Counties",
    },
    {
        "slug": "sapars-sexual-assault-support",
        "organization": "sapars",
        "title": "Sexual assault support in Androscoggin, Oxford and Franklin counties",
        "help_type": "advocacy",
        "description": "The local sexual assault support center's advocacy for survivors.",
        "how_to_get_it": ADVOCATE_ANY_HOUR,
        "counties": ["androscoggin", "franklin", "oxford"],
        "audiences": ["victim-services"],
        "source_url": "https://www.sunjournal.com/2014/04/06/destie-hohman-sprague-steps-needed-halt-human-trafficking-maine/",
        "source_words": "Sexual Assault Prevention and Response Services, the sexual assault "
        "services provider in Androscoggin, Oxford and Franklin counties",
    },
]

NOT_CONFIRMED = (
    " Named in 2014 among Maine's local multidisciplinary teams; whether it still meets, and "
    "how to reach it today, is not yet confirmed. Ask MECASA, 207-626-0034."
)
TEAMS_2014 = "https://www.sunjournal.com/2014/04/06/destie-hohman-sprague-steps-needed-halt-human-trafficking-maine/"

TEAMS = [
    {
        "slug": "kennebec-somerset-childrens-advocacy-center",
        "title": "Kennebec & Somerset County Children's Advocacy Center",
        "description": "A children's advocacy center that brings professionals and agencies "
        "together as a multidisciplinary team, so that a child who may have been sexually "
        "abused is interviewed and helped in one child-focused place.",
        "members": "Sexual Assault Crisis & Support Center (which runs it)\nThe agencies that "
        "investigate and respond to child sexual abuse in the two counties",
        "how_to_reach": "Through the Sexual Assault Crisis & Support Center's website.",
        "website": "https://www.silentnomore.org/",
        "counties": ["kennebec", "somerset"],
        "audiences": ["law-enforcement", "child-welfare", "victim-services", "prosecution"],
        "source_url": "https://www.silentnomore.org/newsletter.html",
        "source_words": "Children's Advocacy Centers emphasize the coordination of "
        "investigation & intervention services by bringing together professionals and "
        "agencies as a multidisciplinary team to create a child focused approach to Child "
        "Sexual Abuse.",
    },
    {
        "slug": "androscoggin-county-human-trafficking-task-force",
        "title": "Androscoggin County Human Trafficking Task Force",
        "description": "A local multidisciplinary team on human trafficking." + NOT_CONFIRMED,
        "members": "Sexual Assault Prevention and Response Services",
        "counties": ["androscoggin"],
        "audiences": ["victim-services"],
        "source_url": TEAMS_2014,
        "source_words": "Local efforts, such as the Androscoggin County Human Trafficking Task "
        "Force ... are bringing multidisciplinary teams to the table ... Sexual Assault "
        "Prevention and Response Services ... is a key participant in the local task force.",
    },
    {
        "slug": "greater-portland-coalition-against-sex-trafficking",
        "title": "Greater Portland Coalition Against Sex Trafficking and Exploitation",
        "description": "A local multidisciplinary team on sex trafficking in the Portland "
        "area." + NOT_CONFIRMED,
        "counties": ["cumberland"],
        "source_url": TEAMS_2014,
        "source_words": "Local efforts, such as ... the Greater Portland Coalition Against Sex "
        "Trafficking and Exploitation ... are bringing multidisciplinary teams to the table",
    },
    {
        "slug": "penobscot-piscataquis-sex-trafficking-response-team",
        "title": "Penobscot-Piscataquis Sex Trafficking Response Team",
        "description": "A local multidisciplinary team on sex trafficking." + NOT_CONFIRMED,
        "counties": ["penobscot", "piscataquis"],
        "source_url": TEAMS_2014,
        "source_words": "Local efforts, such as ... the Penobscot-Piscataquis Sex Trafficking "
        "Response Team are bringing multidisciplinary teams to the table",
    },
]
