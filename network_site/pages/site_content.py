"""The help numbers and fixed pages a new site starts with.

They are created after migrate where missing (network_site.pages.apps); staff edit
them in the admin afterwards. The help box falls back to DEFAULT_HELP_LINES when
the database cannot answer.
Every number here was checked against its operator's own published number, which
is its source (shown to readers on the Get help page).
"""

from datetime import date

# The day the numbers below were last compared with their operators' own pages.
CHECKED = date(2026, 12, 5)

HOTLINE_DESCRIPTION = (
    "Free, confidential, any time. Calls in English, Spanish or, through an interpreter, "
    "200+ more languages; text and chat in English and Spanish."
)

DEFAULT_HELP_LINES = [
    {
        "name": "In danger right now",
        "phone": "911",
        "text_number": "",
        "description": "Police, fire or ambulance.",
        "position": 0,
        "source_url": "https://www.maine.gov/maine911/using-911",
        "source_words": "Dial 9-1-1 in an emergency--when police, fire, or medical services are "
        "needed right away in order to save a life, report a fire or stop a crime.",
        "source_checked_on": CHECKED,
    },
    {
        # humantraffickinghotline.org: TTY 711, text 233733, live chat, email. Languages:
        # humantraffickinghotline.org/about-us/what-we-do (calls in English or Spanish,
        # or 200+ more through a 24-hour interpreting service); text and chat are in
        # English and Spanish (HHS Office on Trafficking in Persons, February 7, 2018).
        "name": "National Human Trafficking Hotline",
        "phone": "1-888-373-7888",
        "text_number": "233733",
        "tty": "711",
        "chat_url": "https://humantraffickinghotline.org/chat",
        "email": "help@humantraffickinghotline.org",
        "description": HOTLINE_DESCRIPTION,
        "position": 10,
        "source_url": "https://humantraffickinghotline.org/about-us/what-we-do",
        "source_words": "TTY: 711 / Text: 233733 / Live Chat / 24/7 Confidential. Callers can "
        "speak with the Hotline in English or Spanish, or in more than 200 additional "
        "languages using a 24-hour tele-interpreting service. When you call the Hotline at "
        "1-888-373-7888 ... (Text and chat in English and Spanish: HHS Office on Trafficking "
        "in Persons, February 7, 2018.)",
        "source_checked_on": CHECKED,
    },
    {
        # A TTY number once listed here could not be found on any operator's page: left
        # out until one publishes it (Maine Relay, 711, reaches any number).
        "name": "Maine Sexual Assault Crisis and Support Line",
        "phone": "1-800-871-7741",
        "text_number": "",
        "description": "Free and private, any day, any time, anywhere in Maine.",
        "position": 20,
        "source_url": "https://www.sassmm.org/help-now.html",
        "source_words": "The Statewide Sexual Assault Helpline can be accessed anywhere in "
        "Maine, 24/7. Call 1-800-871-7741 to talk to a trained advocate ... Our services are "
        "free and private.",
        "source_checked_on": CHECKED,
    },
    {
        "name": "Maine Domestic Abuse Helpline",
        "phone": "1-866-834-4357",
        "text_number": "",
        "description": "Maine's statewide helpline for anyone hurt or controlled by a partner "
        "or family member.",
        "position": 30,
        "source_url": "https://www.mcedv.org/domestic-violence-awareness",
        "source_words": "Statewide Domestic Violence Helpline: 1-866-83-4HELP",
        "source_checked_on": CHECKED,
    },
    {
        # Maine DHHS, Office of Child and Family Services: "Child Protective Intake
        # (24 hours a day/7 days a week)", 711 Maine Relay for deaf or hard of hearing.
        "name": "Child Protective Intake (Maine DHHS)",
        "phone": "1-800-452-1999",
        "text_number": "",
        "tty": "711",
        "description": "To report a child who may be abused or exploited. Any time, every "
        "day. The TTY number is Maine Relay.",
        "position": 40,
        "source_url": "https://www.maine.gov/dhhs/ocfs/cw/reporting_abuse.shtml",
        "source_words": "Call 1-800-452-1999 / Deaf/Hard of Hearing - 711 (Maine Relay) / "
        "Child Protective Intake (24 hours a day/7 days a week)",
        "source_checked_on": CHECKED,
    },
]

# mainesten.org: the Network is a program of the Maine Coalition Against Sexual Assault,
# which publishes 207-626-0034. (Its postal address is left for staff to fill in.)
DEFAULT_CONTACT = {
    "organisation": "Maine Coalition Against Sexual Assault (MECASA), which runs the Network",
    "phone": "207-626-0034",
    "website": "https://www.mecasa.org/",
    "note": "For questions about this site or the Network's work. For help, use the numbers "
    "on every page.",
}

GET_HELP = """\
You do not have to be sure it is trafficking to ask for help. If someone
controls where you go, takes the money you earn, or makes you trade sex for a
place to stay, food, drugs or safety, you can talk to someone about it. Calls
are free and you decide what happens next.

## Who to call, and when

**If you are in danger right now**, call **911**.

**To talk about trafficking or exploitation**, any time, call the National
Human Trafficking Hotline at **1-888-373-7888** or text **233733**. It is free
and confidential. On the phone you can speak English or Spanish, or use an
interpreter in more than 200 other languages; texts and chat are answered in
English and Spanish.
You do not have to give your name.

**After a sexual assault, or to talk to an advocate in Maine**, call the Maine
Sexual Assault Crisis and Support Line at **1-800-871-7741**, any day, any time.
An advocate can explain your options, go with you to a hospital, and connect you
with your local sexual assault support center.

**If a partner or family member is hurting or controlling you**, call the Maine
Domestic Abuse Helpline at **1-866-834-4357**.

**If you are worried about a child**, call Maine's Child Protective Intake at
**1-800-452-1999** (deaf or hard of hearing: 711, Maine Relay), 24 hours a day.

## What an advocate can do

Advocates at Maine's sexual assault support centers and domestic violence
resource centers work for you, not for the police or the courts. They can help
you find a safe place to stay, go with you to medical or court appointments,
explain what the law says, and help you apply for the state's Victims'
Compensation Program. You can talk to an advocate without reporting to police.

## Survivor Support Fund

The Network keeps a Survivor Support Fund for survivors of trafficking and
exploitation. Emergency money for survivors is reached through advocates around
the state. If you are working with an advocate, ask them about it. If you are not,
call the Maine Sexual Assault Crisis and Support Line at 1-800-871-7741 and ask to
be connected with an advocate near you.

## If you are using a shared phone or computer

Someone may be able to see which pages you visit. Our [privacy page](/privacy/)
explains how to leave fewer traces. The **Leave this site** button at the top of
every page takes you straight to a weather site.
"""

ABOUT = """\
The Maine Sex Trafficking and Exploitation Network brings together the people in
Maine who respond to sex trafficking and commercial sexual exploitation: advocates,
law enforcement, prosecutors, health care providers, schools, child welfare and
survivors themselves.

This site is the Network's shared library. It publishes:

- **plain-language summaries of Maine and federal law**, each linked to the
  official text;
- **protocols and model policies** that partners adopt and put in their own
  manuals;
- **best-practice resources** from trusted publishers, checked by our staff.

The summaries explain the law in general terms. They are not legal advice:
for advice about your own situation, talk to a lawyer or an advocate.

## Keeping it right

Coalition staff review every record and show the date it was last reviewed.
If you spot something out of date or wrong, please tell us (see
[Contact the Network](#contact) below): the law changes, hotlines change, and
partners' feedback keeps this library useful.
"""

PRIVACY = """\
We built this site so that reading it leaves as few traces as we can manage.

## What this site does not do

- It sets **no cookies** for people reading it.
- It loads **nothing from other companies**: no fonts, trackers, adverts or
  analytics. Everything comes from this site.
- It does not tell the next site you visit that you came from here.
- Our server logs do not record your IP address or what you searched for.

## What your device may still keep

Your browser keeps a history of the pages you visit, and someone who uses your
phone or computer may be able to see it.

- **Use a private window.** In most browsers it is called a private or
  incognito window. Pages you visit in it are not kept in your history once you
  close it.
- **Clear your history.** In your browser's settings, look for "History" or
  "Privacy" and delete the pages you do not want kept. Deleting all history can
  itself look unusual, so you may prefer to delete only some pages.
- **Use a safer device** if you can: a computer at a public library, a friend's
  phone, or a computer at work or school that the person you are worried about
  cannot reach.

## Leaving quickly

The **Leave this site** button at the top of every page takes you to a weather
site at once. On a keyboard you can also press the **Shift** key three times.
We do not use the Esc key, because people press it for other reasons, such as
stopping a page from loading.

Leaving quickly does not delete this site from your history: use a private
window or clear your history too.
"""

ACCESSIBILITY = """\
We want everyone to be able to use this site, whatever device they use and
whatever their abilities.

## What we aim for

This site aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at
level AA. Every page:

- works without JavaScript, on a small phone and in print;
- can be used with a keyboard alone, starting with a "Skip to content" link;
- has text that can be enlarged to 200% without losing content;
- uses colors with enough contrast to read comfortably.

## Tell us about a problem

If something on this site is hard to use, please tell us, and say which page
it was. You can call the Maine Coalition Against Sexual Assault at
207-626-0034. We will do our best to send you the information in another way
while we fix it.
"""

DEFAULT_PAGES = [
    {
        "slug": "get-help",
        "title": "Get help",
        "intro": "Who to call, when, and what happens when you do.",
        "body": GET_HELP,
    },
    {
        "slug": "about",
        "title": "About the Network",
        "intro": "Maine's central resource on sex trafficking and exploitation.",
        "body": ABOUT,
    },
    {
        "slug": "privacy",
        "title": "Privacy and browsing safely",
        "intro": "What this site keeps about you (almost nothing) and how to leave fewer traces.",
        "body": PRIVACY,
    },
    {
        "slug": "accessibility",
        "title": "Accessibility",
        "intro": "How we make this site work for everyone, and how to tell us when it does not.",
        "body": ACCESSIBILITY,
    },
]
