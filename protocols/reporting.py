"""Who a mandated reporter reports a child to, from Maine's reporting law, with the words
each answer rests on: to DHHS when the person suspected is responsible for the child, to
the district attorney when they are not (a trafficker, a buyer), to both when unsure.

Kept here rather than in the admin because it is the statute's rule, not the Network's
content: a change in the law is a change in this file, reviewed like code."""

from dataclasses import dataclass
from datetime import date

from network_site.records.sources import Source

CHECKED = date(2026, 12, 5)
STATUTE = "https://legislature.maine.gov/statutes/22/title22sec4011-A.html"

TO_DHHS = Source(
    STATUTE,
    "1. Required report to department. The following adult persons shall immediately "
    "report or cause a report to be made to the department when the person knows or has "
    "reasonable cause to suspect that a child has been or is likely to be abused or "
    "neglected or that a suspicious child death has occurred: A. When acting in a "
    "professional capacity: ...",
    CHECKED,
)
TO_DISTRICT_ATTORNEY = Source(
    STATUTE,
    "2. When, while acting in a professional capacity, a person required to report under "
    "this section knows or has reasonable cause to suspect that a child has been abused or "
    "neglected by a person not responsible for the child, the person shall immediately "
    "report or cause a report to be made to the appropriate district attorney's office. "
    "(The subsection's words as L.D. 1066 of the 120th Legislature proposed them; the rule "
    "with its citation as Church Law & Tax summarises the law today: 'When acting in "
    "professional capacity, to the local district attorney's office. [4011-A(2)]')",
    CHECKED,
)
BY_TELEPHONE = Source(
    "https://legislature.maine.gov/statutes/22/title22sec4012.html",
    "1. Immediate report. Reports regarding abuse or neglect must be made immediately by "
    "telephone to the department ... Medical professionals, hospitals and hospital staff, "
    "school personnel and law enforcement personnel may submit reports electronically.",
    CHECKED,
)


@dataclass(frozen=True)
class Abuser:
    value: str
    label: str
    report_to_dhhs: bool
    report_to_district_attorney: bool


ABUSERS = (
    Abuser(
        "responsible",
        "A parent, caregiver or someone else responsible for the child",
        report_to_dhhs=True,
        report_to_district_attorney=False,
    ),
    Abuser(
        "not-responsible",
        "Someone not responsible for the child: a trafficker, a buyer, a stranger",
        report_to_dhhs=False,
        report_to_district_attorney=True,
    ),
    # The law's two routes depend on a fact the reporter may not know yet: both, so
    # that neither office waits on the other.
    Abuser(
        "unsure",
        "I don't know, or both",
        report_to_dhhs=True,
        report_to_district_attorney=True,
    ),
)

# The professions this site has pages for, and the reporters § 4011-A(1)(A) names
# among them (its words). A profession missing here is not named in the list.
NAMED_REPORTERS = {
    "health-care": "an allopathic or osteopathic physician, resident or intern; an "
    "emergency medical services person; a physician's assistant; a registered or licensed "
    "practical nurse; a dentist, dental hygienist or dental assistant; a psychologist; a "
    "mental health professional; a medical or social service worker",
    "schools": "a teacher; a guidance counselor; a school official; a school bus driver or "
    "school bus attendant",
    "law-enforcement": "a law enforcement official",
    "child-welfare": "a social worker; a medical or social service worker; child care "
    "personnel; a court-appointed special advocate or guardian ad litem for the child",
    "victim-services": "a sexual assault counselor; a family or domestic violence victim advocate",
}
NAMED_REPORTERS_SOURCE = Source(
    "https://lawserver.com/law/state/maine/me-statutes/maine_revised_statutes_title_22_4011-a",
    "A. When acting in a professional capacity: (1) An allopathic or osteopathic physician, "
    "resident or intern; (2) An emergency medical services person; ... (10) A registered or "
    "licensed practical nurse; (11) A teacher; (12) A guidance counselor; (13) A school "
    "official; ... (15) A social worker; (16) A court-appointed special advocate or "
    "guardian ad litem for the child; ... (19) A medical or social service worker; (20) A "
    "psychologist; (21) Child care personnel; (22) A mental health professional; (23) A "
    "law enforcement official; ... (30) A sexual assault counselor; (31) A family or "
    "domestic violence victim advocate; and (32) A school bus driver or school bus "
    "attendant",
    CHECKED,
)


def abuser(value: str) -> Abuser | None:
    return next((choice for choice in ABUSERS if choice.value == value), None)
