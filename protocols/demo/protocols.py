"""Protocols and model policies for the demo library, written by us for Maine partners."""

from datetime import date

PROTOCOLS = [
    {
        "slug": "law-enforcement-suspected-minor-victim",
        "title": "Law enforcement response to a suspected minor victim of sex trafficking",
        "document_type": "protocol",
        "version_label": "1.0",
        "effective_date": date(2025, 1, 15),
        "disciplines": ["law-enforcement", "child-welfare"],
        "topics": ["children-and-youth", "sex-trafficking", "screening"],
        "laws": [
            "maine-aggravated-sex-trafficking",
            "maine-cse-minor",
            "federal-sex-trafficking-1591",
        ],
        "resources": [
            "ncmec-cybertipline",
            "maine-child-protective-intake",
            "ovc-task-force-eguide",
        ],
        "summary": (
            "What a Maine officer does from the first contact with a young person who may "
            "be sold for sex: safety first, a report to child protective services, an "
            "advocate, and an investigation aimed at the exploiters, never the child."
        ),
        "body": """\
## Purpose {#purpose}

A child who is bought or sold for sex is a victim of aggravated sex trafficking under
Maine law and of sex trafficking under federal law, whatever the child says about it.
This protocol sets out how officers identify and respond to these children so that the
child is safe, supported and never treated as an offender.

## When it applies {#when-it-applies}

Use it whenever an officer meets a person under 18 (or who may be under 18) and any of
these is present:

- the young person has been advertised online, or is found where sex is sold;
- an adult holds their phone, ID or money, or answers for them;
- they have hotel keys, several phones, or money or goods they cannot explain;
- they are missing from home or care, or repeatedly run away;
- they describe trading sex for a place to stay, food, drugs or safety.

No single sign proves trafficking; several together call for this protocol.

## First contact: safety and needs {#first-contact}

1. Separate the young person from any adult who may be controlling them, calmly.
2. Attend to medical needs first. Offer food, water, a phone charger, warm clothes.
3. Explain who you are and that they are not in trouble for what was done to them.
4. Do not promise what you cannot deliver, such as that no one will be told.

## Report to child protective services {#report}

Officers are mandated reporters. Call **Child Protective Intake at 1-800-452-1999**
(24 hours) as soon as the child is safe, whether or not the suspected trafficker is a
parent or caregiver. Record the intake reference number in the report.

## Call an advocate {#advocate}

Contact the local sexual assault support center through the **Maine Sexual Assault
Crisis and Support Line, 1-800-871-7741**, so that an advocate can meet the young
person. Advocates are not part of the investigation; their role is the young person's
wellbeing and choices.

## Interviews {#interviews}

- Do not conduct a detailed interview in the field. Gather only what is needed for
  immediate safety and to identify suspects.
- Arrange a **forensic interview at a Child Advocacy Center**, with the
  multidisciplinary team observing, so the child tells their story once.
- Expect inconsistent or hostile accounts: loyalty to the trafficker and fear are
  common, not signs of lying.

## Never charge the child {#no-charges}

Do not charge the young person with offenses that arise from being trafficked. Since
October 25, 2023 selling sex is not a crime in Maine for anyone; other conduct the
trafficker compelled may be covered by the affirmative defense in 17-A M.R.S. § 853(3).
Where a placement is needed for safety, work with child protective services, not
juvenile detention.

## Investigation {#investigation}

- Preserve phones, advertisements, hotel records and payment records promptly; online
  advertisements disappear quickly.
- Report child sexual abuse material and online enticement to the **NCMEC
  CyberTipline**.
- Consult the U.S. Attorney's Office and federal partners (HSI, FBI) early when the
  case crosses state lines or involves the internet.
- Charge buyers under 17-A M.R.S. § 855, and traffickers under § 852 or 18 U.S.C.
  § 1591.

## Documentation {#documentation}

Write the report in trauma-informed language ("the child was sold", not "the child
was prostituting"), and keep the child's address and placement out of any record that
the defense or the public may see, as the law allows.
""",
    },
    {
        "slug": "health-care-trafficking-response",
        "title": "Health care response to patients who may be trafficked",
        "document_type": "protocol",
        "version_label": "1.0",
        "effective_date": date(2025, 3, 1),
        "disciplines": ["health-care"],
        "topics": ["screening", "sex-trafficking", "labor-trafficking"],
        "laws": ["maine-victims-compensation-fund", "maine-cse-minor"],
        "resources": ["heal-trafficking", "soar-training", "national-human-trafficking-hotline"],
        "summary": (
            "For emergency departments, clinics and urgent care: how to notice, ask privately, "
            "care without re-traumatizing, report when the patient is a child, and connect "
            "an adult patient with help on their own terms."
        ),
        "body": """\
## Why health care matters {#why}

Many people who are trafficked see a health care provider while they are being
exploited, often in an emergency department. A calm, private conversation there can be
the first safe contact they have had.

## Possible signs {#signs}

- someone else speaks for the patient, holds their ID or insists on staying in the room;
- injuries that do not match the history, or repeated sexually transmitted infections,
  pregnancies or pregnancy losses;
- branding-like tattoos (a name, "property of", a symbol of money);
- the patient seems fearful, scripted, unsure of their address or of what city they are in;
- untreated work injuries, exhaustion, or signs of sleeping where they work.

## Ask privately {#ask-privately}

1. Always see the patient alone for part of the visit. Use a routine reason
   ("we see every patient alone for part of the exam").
2. Use a professional interpreter, never a companion, relative or child.
3. Ask open, non-judgmental questions, for example: *"Is anyone making you do
   things you don't want to do?"*, *"Can you leave your job or home if you want to?"*,
   *"Has anyone taken your ID or papers?"*
4. Accept whatever the patient says. The goal is safety and trust, not a disclosure.

## Care that does not re-traumatize {#trauma-informed-care}

Explain each step before doing it and ask permission. Offer a chaperone of the gender
the patient prefers. Let the patient stop at any time.

## Children: you must report {#children}

If the patient is under 18, call **Child Protective Intake, 1-800-452-1999**. Health
care providers are mandated reporters. Do not let an accompanying adult take the child
before child protective services has been consulted, if there is reason to believe the
adult is involved.

## Adults: the patient decides {#adults}

An adult patient decides whether to involve police. Unless another law requires a
report (for example a gunshot wound), respect confidentiality. Offer:

- the **National Human Trafficking Hotline, 1-888-373-7888** (text 233733);
- the **Maine Sexual Assault Crisis and Support Line, 1-800-871-7741**, for an
  advocate who can come to the hospital;
- a safe way to keep the numbers, such as writing them on something ordinary.

## Forensic examination {#forensic-exam}

If a sexual assault is disclosed, offer a forensic examination by a trained examiner.
In Maine, the cost of the forensic exam is billed to the Victims' Compensation
Program, not to the patient (5 M.R.S. § 3360-M); the patient does not have to report
to police to have one.

## Documentation {#documentation}

Record what the patient said in their words, and what you observed. Avoid labels such
as "prostitute". Remember that a trafficker may be able to read patient-portal notes:
discuss with the patient what will appear there.
""",
    },
    {
        "slug": "model-school-policy-child-trafficking",
        "title": "Model school policy on child sex trafficking and exploitation",
        "document_type": "model_policy",
        "version_label": "2025",
        "effective_date": date(2025, 8, 1),
        "disciplines": ["schools"],
        "topics": ["children-and-youth", "screening", "online-exploitation"],
        "laws": ["maine-aggravated-sex-trafficking", "maine-cse-minor"],
        "resources": [
            "ed-human-trafficking-schools",
            "maine-child-protective-intake",
            "ncmec-cybertipline",
        ],
        "summary": (
            "A policy a Maine school board can adopt as written or adapt: a named staff "
            "lead, how staff report a concern, how the student is protected, and the "
            "training and prevention education that go with it."
        ),
        "body": """\
## Purpose {#purpose}

The Board recognizes that students can be recruited, groomed and sold for sex, online
and in person, and that school staff are among the adults most likely to notice. This
policy sets out how the school prevents, recognizes and responds to child sex
trafficking and commercial sexual exploitation.

## Definitions {#definitions}

**Child sex trafficking** means any situation in which a student under 18 is involved
in a sexual act in exchange for anything of value (money, drugs, a place to stay,
gifts, status) given to the student or anyone else. No force or threat is required.

## Trafficking and exploitation lead {#lead}

The Superintendent names a staff member at each school (for example the school
counselor or social worker) as the trafficking and exploitation lead, and publishes
their name to staff each year.

## Reporting a concern {#reporting}

1. Any employee who suspects that a student is being trafficked or exploited
   **immediately** makes a report to **Child Protective Intake, 1-800-452-1999**, as
   Maine law requires of school personnel, and tells the lead.
2. If a student is in immediate danger, call **911** first.
3. Employees do not investigate, confront a suspected exploiter, or contact the
   student's family if a family member may be involved; child protective services
   and law enforcement decide that.
4. Images of a student that may be child sexual abuse material are **never copied,
   forwarded or shown**; the device is secured and the matter reported to law
   enforcement and the NCMEC CyberTipline.

## Protecting the student {#protecting-the-student}

- Information is shared only with those who need it to keep the student safe.
- The student is not disciplined for conduct that results from being exploited.
- The lead works with the student, family (where safe) and advocates on a plan for
  attendance, academic support and safety at school, including who may pick the student up.

## Training {#training}

All staff receive training on the signs of trafficking and this policy when they are
hired and every two years after that, with refreshers for the lead, nurses,
counselors and administrators.

## Prevention education {#prevention}

Health education for students includes age-appropriate lessons on healthy
relationships, online safety, grooming and recruitment tactics, and where to get help.
""",
    },
    {
        "slug": "advocacy-protocol-sex-trafficking-survivors",
        "title": "Advocacy protocol for survivors of sex trafficking",
        "document_type": "protocol",
        "version_label": "1.2",
        "effective_date": date(2024, 11, 1),
        "disciplines": ["victim-services"],
        "topics": ["victims-rights", "sex-trafficking", "immigration-relief", "civil-remedies"],
        "laws": [
            "maine-civil-remedies-human-trafficking",
            "maine-victims-compensation-fund",
            "federal-t-visa",
            "federal-civil-remedy-1595",
        ],
        "resources": ["maine-victims-compensation", "pine-tree-legal", "uscis-t-visa"],
        "summary": (
            "For advocates at Maine's sexual assault support centers and domestic violence "
            "resource centers: principles, first meeting, safety planning, immediate needs "
            "and the Support Fund, and the legal options to explain."
        ),
        "body": """\
## Principles {#principles}

- The survivor decides. Advocacy does not depend on reporting to police or on
  cooperating with a prosecution.
- Leaving often takes several tries. Returning to an exploiter is not failure, and the
  door stays open.
- Confidentiality is the default; explain its limits (for example mandated reports
  about children) before the survivor shares details.

## First meeting {#first-meeting}

Meet somewhere the survivor chooses and feels safe. Start with immediate needs: a
place to sleep tonight, food, medication, a charged phone, childcare. Use a
professional interpreter when needed. Do not ask for the whole story.

## Safety planning {#safety-planning}

Plan for the ways traffickers keep control: phones and accounts they can see, debts
they claim, threats to family, and the survivor's own needs (housing, substance use,
immigration status). Agree on safe ways and times to make contact.

## Immediate needs and the Support Fund {#support-fund}

The Network keeps a **Survivor Support Fund** for survivors of trafficking and
exploitation. As the Maine Coalition Against Sexual Assault, which runs the Network,
describes its emergency funds, many needs are pre-approved and reached quickly through
advocates around the state. What it covers, and how to ask, is not published: ask
the Network (see [Contact the Network](/about/#contact)).

## Legal options to explain {#legal-options}

- **Victims' Compensation**: reimbursement of crime-related costs through the Office
  of the Attorney General (5 M.R.S. § 3360 and following).
- **Civil lawsuits** against traffickers and those who profited, under Maine law
  (5 M.R.S. § 4701) and federal law (18 U.S.C. § 1595).
- **Immigration relief** for survivors who are not citizens, such as the T visa; refer
  to an immigration attorney or accredited representative early.
- **Criminal records**: selling sex has not been a crime in Maine since October 25,
  2023; a survivor charged with other crimes the trafficker compelled should tell their
  defense lawyer about the affirmative defense in 17-A M.R.S. § 853(3).

## Working with law enforcement {#law-enforcement}

If the survivor chooses to report, the advocate can attend interviews, explain the
process, and help the survivor ask for what they need (breaks, an interpreter, an
advocate present). If they choose not to, that choice is respected.
""",
    },
    {
        "slug": "model-policy-law-enforcement-commercial-sexual-exploitation",
        "title": "Model policy: police response to commercial sexual exploitation since the 2023 law",
        "document_type": "model_policy",
        "version_label": "2024",
        "effective_date": date(2024, 3, 1),
        "disciplines": ["law-enforcement", "prosecution"],
        "topics": ["commercial-sexual-exploitation", "sex-trafficking"],
        "laws": [
            "maine-commercial-sexual-exploitation",
            "maine-engaging-in-prostitution-repealed",
            "maine-sex-trafficking",
        ],
        "resources": ["national-human-trafficking-hotline", "blue-campaign"],
        "summary": (
            "A model department policy reflecting P.L. 2023, c. 316: the person sold is "
            "treated as a possible victim and offered help; buyers and traffickers are the "
            "focus of enforcement."
        ),
        "body": """\
## Policy {#policy}

Since October 25, 2023, selling sex is not a crime in Maine. This department treats
every person found selling sex as a possible victim of trafficking or exploitation,
offers them help, and directs enforcement at buyers (17-A M.R.S. § 853-B, § 855) and
at traffickers (§§ 852, 853).

## Contact with a person selling sex {#contact}

1. Officers do not arrest, cite or threaten to charge the person for selling sex.
2. Check for signs of trafficking and for age: if the person may be under 18, follow
   the department's protocol for a suspected minor victim.
3. Offer, every time, the Maine Sexual Assault Crisis and Support Line
   (1-800-871-7741) and the National Human Trafficking Hotline (1-888-373-7888), and
   offer to call an advocate.
4. Do not seize the person's phone or money unless it is evidence of a crime by
   someone else, and then document why.

## Buyer enforcement {#buyer-enforcement}

Operations aimed at buyers are planned with an advocate available for any person
who is sold. Advertising used in an operation must not depict or involve a real person
without their informed agreement.

## Training and review {#training}

All sworn officers receive training on this policy and on trauma-informed interviewing.
The department reviews this policy with anti-trafficking and domestic-violence
partners at least every two years.
""",
    },
]
