"""Law summaries for the demo library, in our own words.

Citations, session laws and dates were checked against the Maine Legislature's
and Congress's own publications; official_url is the official text. A law changed by
a session law in session_laws.py takes its status, dates and session law from that
timeline; the others keep what is written here.
"""

from datetime import date

from laws.models import Law

ReaderGroup = Law.ReaderGroup

MAINE = "https://legislature.maine.gov/statutes"
USC = "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title{title}-section{section}&num=0&edition=prelim"


def usc(title: int | str, section: str) -> str:
    return USC.format(title=title, section=section)


LAWS = [
    {
        "slug": "maine-aggravated-sex-trafficking",
        "title": "Aggravated sex trafficking",
        "jurisdiction": "maine",
        "citation": "17-A M.R.S. § 852",
        "reader_group": ReaderGroup.CRIMES,
        "other_names": "Aggravated promotion of prostitution",
        "official_url": f"{MAINE}/17-A/title17-Asec852.html",
        "session_law": "P.L. 2013, c. 407",
        "effective_on": date(2013, 10, 9),
        "topics": ["sex-trafficking", "children-and-youth"],
        "related": [
            "maine-sex-trafficking",
            "maine-affirmative-defense-compelled",
            "federal-sex-trafficking-1591",
        ],
        "summary": """\
Maine's most serious sex-trafficking crime. It covers a person who profits from or
arranges the sale of sex by someone else **and** does it in one of the ways the
law treats as most harmful:

- **compelling** the person: using force or threats, holding their passport or ID,
  keeping them in debt, giving or withholding drugs to control them, or similar
  pressure;
- when the person sold is **under 18**, or has a mental disability that is
  reasonably apparent.

It is a **Class B crime**, punishable by up to 10 years in prison. When the person
sold is a child, no force or threats have to be proved.

A person convicted must also pay a special assessment to Maine's Victims'
Compensation Fund (see 5 M.R.S. § 3360-I).
""",
    },
    {
        "slug": "maine-sex-trafficking",
        "title": "Sex trafficking",
        "jurisdiction": "maine",
        "citation": "17-A M.R.S. § 853",
        "reader_group": ReaderGroup.CRIMES,
        "other_names": "Promotion of prostitution",
        "official_url": f"{MAINE}/17-A/title17-Asec853.html",
        "source_words": "§ 853. Sex trafficking. 1. A person is guilty of sex trafficking "
        "if: A. The person knowingly promotes prostitution. Violation of this paragraph is a "
        "Class D crime; or B. The person violates paragraph A and has 2 or more prior "
        "convictions ... Violation of this paragraph is a Class C crime. 2. Deleted. Laws "
        "2013, c. 407, § 3, eff. Oct. 9, 2013. 3. It is an affirmative defense ... 4. It is a "
        "defense ...",
        "session_law": "P.L. 2013, c. 407",
        "effective_on": date(2013, 10, 9),
        "topics": ["sex-trafficking"],
        "related": ["maine-aggravated-sex-trafficking", "maine-affirmative-defense-compelled"],
        "summary": """\
It is a crime in Maine to knowingly **promote the sale of sex by another person**:
for example recruiting or supplying people, running or managing the business,
transporting someone so that they will sell sex, letting a place be used for it, or
taking a share of the money.

- Ordinarily a **Class D crime** (up to 364 days in jail).
- A **Class C crime** (up to 5 years) for someone with two or more earlier
  convictions for trafficking-related offenses.

When force, threats, debt or drugs are used, or the person sold is a child, the
more serious crime of aggravated sex trafficking (17-A M.R.S. § 852) applies.

**Protection for victims.** A person who was compelled into the conduct has an
affirmative defense (subsection 3), and a person who only arranged the sale of
sex by themselves is not guilty of this crime (subsection 4).
""",
    },
    {
        "slug": "maine-affirmative-defense-compelled",
        "title": "Affirmative defense for people compelled into trafficking",
        "jurisdiction": "maine",
        "citation": "17-A M.R.S. § 853(3)",
        "reader_group": ReaderGroup.DEFENSES_AND_RELIEF,
        "other_names": "Victims' affirmative defense\nCompelled-conduct defense",
        "official_url": f"{MAINE}/17-A/title17-Asec853.html",
        "session_law": "P.L. 2017, c. 416",
        "topics": ["sex-trafficking", "victims-rights"],
        "related": ["maine-sex-trafficking", "maine-criminal-forced-labor"],
        "summary": """\
Traffickers often make the people they control recruit, advertise for or manage
others. Maine law recognizes this: a person charged with sex trafficking has a
defense if they did it **because they were compelled**, in any of the ways that
count as compulsion under the aggravated sex trafficking law (force, threats,
debt bondage, control of their ID or immigration papers, giving or withholding
drugs, and similar).

It is an **affirmative defense**: the person raises it and must prove it, usually
with help from a defense lawyer and an advocate. The same kind of defense exists
for the crimes of criminal forced labor and aggravated criminal forced labor.

Since P.L. 2023, c. 316, selling sex is no longer a crime in Maine at all, so the
person who sells sex does not need this defense for that act.
""",
    },
    {
        "slug": "maine-commercial-sexual-exploitation",
        "title": "Engaging a person for prostitution",
        "jurisdiction": "maine",
        "citation": "17-A M.R.S. § 853-B",
        "reader_group": ReaderGroup.CRIMES,
        "other_names": "Buying sex",
        "official_url": f"{MAINE}/17-A/title17-Asec853-B.html",
        "topics": ["commercial-sexual-exploitation"],
        "related": ["maine-engaging-in-prostitution-repealed", "maine-cse-minor"],
        "summary": """\
**Buying sex is a crime in Maine.** A person commits the crime of engaging a person
for prostitution when they give, agree to give, or offer money or anything else of
value to another person to engage in a sexual act or sexual contact.

- A **Class E crime**: up to 6 months in jail and a $1,000 fine; a **Class D crime**
  (up to 364 days) for someone with an earlier conviction for it.
- A special assessment of $1,000 for a first conviction and $2,000 for each later
  one, paid to the Victims' Compensation Fund (5 M.R.S. § 3360-I, amounts as doubled
  by P.L. 2023, c. 412, Part GG).

Until October 25, 2023 this crime was called "engaging a prostitute". P.L. 2023,
c. 316 (*An Act to Reduce Commercial Sexual Exploitation*) renamed it, and at the
same time **stopped treating the person who sells sex as a criminal**: the crime
of engaging in prostitution (§ 853-A) was repealed.
""",
    },
    {
        "slug": "maine-cse-minor",
        "title": "Commercial sexual exploitation of a minor or person with a mental disability",
        "jurisdiction": "maine",
        "citation": "17-A M.R.S. § 855",
        "reader_group": ReaderGroup.CRIMES,
        "other_names": "Buying sex from a child",
        "official_url": f"{MAINE}/17-A/title17-Asec855.html",
        "topics": ["commercial-sexual-exploitation", "children-and-youth"],
        "related": ["maine-commercial-sexual-exploitation", "maine-aggravated-sex-trafficking"],
        "summary": """\
Buying sex from a **person under 18**, or from a person with a mental disability, is
a serious crime in Maine: a **Class C crime**, punishable by up to 5 years in prison.

The crime was formerly called "patronizing prostitution of a minor or person with a
mental disability"; P.L. 2023, c. 316 gave it its current name. Maine's law also
reaches people who try to buy sex from someone they believe is a child, including an
officer posing as one.

A child who is bought for sex is the victim of a crime. Selling sex is no longer a
crime in Maine, so a child is not charged for being sold. If a child is charged with
something a trafficker made them do, such as recruiting others, the defense for
people who were compelled may apply (17-A M.R.S. § 853, subsection 3). Mandated
reporters report to child protective services (1-800-452-1999) when a parent or
caregiver is involved, and to the district attorney's office when the person
suspected is not responsible for the child, as a buyer or a trafficker is
(22 M.R.S. § 4011-A).
""",
    },
    {
        "slug": "maine-engaging-in-prostitution-repealed",
        "title": "Engaging in prostitution (repealed)",
        "jurisdiction": "maine",
        "citation": "17-A M.R.S. § 853-A",
        "reader_group": ReaderGroup.CRIMES,
        "other_names": "Prostitution offense",
        "official_url": f"{MAINE}/17-A/title17-Asec853-A.html",
        "topics": ["commercial-sexual-exploitation", "victims-rights"],
        "related": ["maine-commercial-sexual-exploitation"],
        "summary": """\
Since **October 25, 2023**, selling sex is no longer a crime in Maine. The crime of
engaging in prostitution was repealed by P.L. 2023, c. 316 (*An Act to Reduce
Commercial Sexual Exploitation*), a law shaped by survivors of the sex trade.

What changed, in plain terms:

- the person who sells sex, who is very often being exploited, is **not** arrested
  or charged for doing so;
- buying sex stays a crime (engaging a person for prostitution, § 853-B), and so do
  sex trafficking and aggravated sex trafficking;
- the same law asked the Department of Public Safety to work with anti-trafficking
  and domestic-violence organizations on a protocol for how police respond.

We keep this page so that people who remember the old law can see what happened
to it.
""",
    },
    {
        "slug": "maine-criminal-forced-labor",
        "title": "Criminal forced labor",
        "jurisdiction": "maine",
        "citation": "17-A M.R.S. § 304",
        "reader_group": ReaderGroup.CRIMES,
        "other_names": "Labor trafficking (Maine)",
        "official_url": f"{MAINE}/17-A/title17-Asec304.html",
        "session_law": "P.L. 2017, c. 416",
        "topics": ["labor-trafficking"],
        "related": ["federal-forced-labor-1589", "maine-affirmative-defense-compelled"],
        "summary": """\
Maine's labor-trafficking crime. A person commits criminal forced labor when they
**compel someone to work or provide services** by, for example:

- withholding, or threatening to withhold, drugs or alcohol from someone dependent
  on them, or medicine someone needs;
- keeping the person in a debt that the work never pays off;
- threatening to hurt them, to have them charged with a crime or deported, or to
  expose a secret.

It is a **Class C crime**. When the person compelled is under 18, it is aggravated
criminal forced labor (§ 305), a Class B crime. Both crimes carry a defense for a
person who was themselves compelled to take part.
""",
    },
    {
        "slug": "maine-civil-remedies-human-trafficking",
        "title": "Civil remedies for human trafficking",
        "jurisdiction": "maine",
        "citation": "5 M.R.S. § 4701",
        "reader_group": ReaderGroup.CIVIL_REMEDIES,
        "other_names": "Human trafficking civil action",
        "official_url": f"{MAINE}/5/title5sec4701.html",
        "topics": ["civil-remedies", "victims-rights"],
        "related": ["federal-civil-remedy-1595", "maine-sex-trafficking"],
        "summary": """\
A person who was trafficked can **sue the people who trafficked them** in a Maine
court, whether or not anyone is ever charged with a crime.

The law lets a survivor ask the court for money for what they lost and suffered,
and for other orders the court finds fair. It covers sex trafficking, aggravated
sex trafficking, criminal forced labor and related crimes. The time limit for
filing can be extended when the trafficker's threats or conduct kept the survivor
from going to court sooner.

A civil case is separate from a criminal one and is brought by the survivor, with a
lawyer of their choosing. Legal aid organizations such as Pine Tree Legal Assistance
can help find one.
""",
    },
    {
        "slug": "maine-victims-compensation-fund",
        "title": "Victims' Compensation Fund assessments",
        "jurisdiction": "maine",
        "citation": "5 M.R.S. § 3360-I",
        "reader_group": ReaderGroup.VICTIMS_RIGHTS,
        "other_names": "Victims' compensation\nSpecial assessment for sex trafficking",
        "official_url": f"{MAINE}/5/title5sec3360-I.html",
        "source_words": "the court shall impose an assessment of $70 on any person convicted "
        "of murder, a Class A crime, a Class B crime or a Class C crime and $40 on any person "
        "convicted of a Class D crime or a Class E crime ... Notwithstanding any other "
        "provision of law to the contrary, the court may not waive the imposition of the "
        "assessment required by this section. [PL 2023, c. 316, §1 (AMD); PL 2023, c. 412, "
        "Pt. GG, §1 (AMD).] Amounts for §§ 852 and 853 as amended by P.L. 2025, c. 387, "
        "§ 1: $6,000 and $3,000.",
        "topics": ["victims-rights"],
        "related": ["maine-aggravated-sex-trafficking", "maine-commercial-sexual-exploitation"],
        "summary": """\
Maine's **Victims' Compensation Program**, run by the Office of the Attorney
General, reimburses victims of violent crime for costs such as medical care and
counseling that insurance does not cover. No tax money funds it: it is paid for by
assessments on people convicted of crimes.

This section sets those assessments: $70 for murder or a Class A, B or C crime and $40
for a Class D or E crime, and much more for trafficking and exploitation crimes
(amounts P.L. 2023, c. 412 doubled, and P.L. 2025, c. 387 raised again for §§ 852 and
853). A court **may not waive them**:

- $6,000 for aggravated sex trafficking (§ 852);
- $3,000 for sex trafficking (§ 853);
- $1,000 for a first conviction and $2,000 for each later one for engaging a person
  for prostitution (§ 853-B) and for commercial sexual exploitation of a minor or
  a person with a mental disability (§ 855).

Survivors apply to the program directly, usually with an advocate's help.
""",
    },
    {
        "slug": "maine-sealing-prostitution-convictions",
        "title": "Sealing convictions for engaging in prostitution",
        "jurisdiction": "maine",
        "citation": "15 M.R.S. § 2262-A",
        "reader_group": ReaderGroup.DEFENSES_AND_RELIEF,
        "other_names": "Special statutory prerequisites for sealing criminal history record "
        "information related to engaging in prostitution\nClearing your record",
        "official_url": f"{MAINE}/15/title15sec2262-A.html",
        "topics": ["victims-rights", "commercial-sexual-exploitation"],
        "related": ["maine-engaging-in-prostitution-repealed"],
        "summary": """\
A conviction for **engaging in prostitution**, the crime Maine repealed in 2023 (17-A
M.R.S., former § 853-A), **must be sealed** by the court when:

- at least **one year** has passed since the person fully completed the sentence;
- the person has **not** been convicted of aggravated sex trafficking, sex
  trafficking, engaging a person for prostitution or commercial sexual exploitation
  of a minor (§§ 852, 853, 853-B, 855), in Maine or elsewhere.

Sealing is not automatic: the person files a written motion in the same criminal
case, briefly showing each of these (15 M.R.S. § 2263). A sealed record is not given
out to the public. The law was enacted by P.L. 2023, c. 409, *An Act to Provide
Remedies for Survivors of Commercial Sexual Exploitation*.
""",
    },
    {
        "slug": "maine-victims-compensation-requirements",
        "title": "Victims' compensation: requirements and exclusions",
        "jurisdiction": "maine",
        "citation": "5 M.R.S. § 3360-C",
        "reader_group": ReaderGroup.VICTIMS_RIGHTS,
        "other_names": "Victims' compensation deadlines",
        "official_url": f"{MAINE}/5/title5sec3360-C.html",
        # Last amended by P.L. 2023, c. 474, § 1 (the Legislature's history note).
        "session_law": "P.L. 2023, c. 474",
        "legal_status": "in_force",
        "topics": ["victims-rights"],
        "related": ["maine-victims-compensation-fund"],
        "summary": """\
Maine's Victims' Compensation Board may pay a claim only when:

- the crime was **reported to a law enforcement officer within 5 days** of when it
  happened or was discovered, or of the injury it caused; and
- the claim was **filed within 3 years** of the injury or loss, or within 60 days of
  discovering it, whichever is later.

The board may waive these time limits for good cause, and **must waive them for a
child** when an adult who learns of the crime reports it and the claim properly.
Compensation is not paid to a claimant who does not cooperate with the board or
with the reasonable requests of police and prosecutors.
""",
    },
    {
        "slug": "federal-sex-trafficking-1591",
        "title": "Sex trafficking of children or by force, fraud, or coercion",
        "jurisdiction": "federal",
        "citation": "18 U.S.C. § 1591",
        "reader_group": ReaderGroup.CRIMES,
        "other_names": "Federal sex trafficking statute",
        "official_url": usc(18, "1591"),
        "topics": ["sex-trafficking", "children-and-youth"],
        "related": [
            "maine-aggravated-sex-trafficking",
            "federal-civil-remedy-1595",
            "federal-tvpa",
        ],
        "summary": """\
The main federal sex-trafficking crime. It applies to anyone who recruits,
entices, harbors, transports, provides, obtains, advertises, maintains, patronizes
or solicits a person for a commercial sex act, knowing (or in reckless disregard of
the fact) that:

- **force, fraud or coercion** will be used to cause the sex act; or
- the person is **under 18**.

For a child, no force, fraud or coercion has to be proved. Penalties are severe:
a mandatory minimum of 15 years in prison when force, fraud or coercion is used or
the child is under 14, and 10 years when the child is 14 to 17. It also punishes
those who **knowingly benefit** from taking part in a trafficking venture.

The Justice for Victims of Trafficking Act of 2015 (Pub. L. 114-22) made plain that
it reaches those who advertise a person for commercial sex and the buyers who
patronize or solicit one; FOSTA (Pub. L. 115-164, 2018) defined taking part in a
venture.

Federal cases in Maine are prosecuted by the U.S. Attorney's Office for the
District of Maine, usually after investigation by HSI or the FBI.
""",
    },
    {
        "slug": "federal-forced-labor-1589",
        "title": "Forced labor",
        "jurisdiction": "federal",
        "citation": "18 U.S.C. § 1589",
        "reader_group": ReaderGroup.CRIMES,
        "other_names": "Federal forced labor statute",
        "official_url": usc(18, "1589"),
        "topics": ["labor-trafficking"],
        "related": ["maine-criminal-forced-labor", "federal-tvpa"],
        "summary": """\
It is a federal crime to obtain a person's labor or services by:

- force, physical restraint, or threats of them;
- **serious harm** or threats of it, which includes psychological, financial and
  reputational harm severe enough to make a reasonable person keep working;
- **abuse or threatened abuse of law or legal process**, such as threats of
  deportation or arrest;
- any scheme meant to make the person believe they or someone else would suffer
  serious harm if they stopped.

It is punishable by up to 20 years in prison. Anyone who knowingly benefits from
a venture that uses forced labor can also be prosecuted.
""",
    },
    {
        "slug": "federal-civil-remedy-1595",
        "title": "Civil remedy for trafficking victims",
        "jurisdiction": "federal",
        "citation": "18 U.S.C. § 1595",
        "reader_group": ReaderGroup.CIVIL_REMEDIES,
        "other_names": "Trafficking Victims Protection Reauthorization Act civil remedy",
        "official_url": usc(18, "1595"),
        "topics": ["civil-remedies", "victims-rights"],
        "related": ["maine-civil-remedies-human-trafficking", "federal-sex-trafficking-1591"],
        "summary": """\
A survivor of sex or labor trafficking can bring a **civil lawsuit in federal court**
against the trafficker, and against anyone who knowingly benefited from taking part
in a venture they knew or should have known was trafficking, such as a business that
profited. The survivor can recover damages and reasonable attorney's fees.

Added by the Trafficking Victims Protection Reauthorization Act of 2003
(Pub. L. 108-193); since FOSTA (Pub. L. 115-164, 2018), **state attorneys general**
can also sue on behalf of their residents, and the Abolish Trafficking
Reauthorization Act of 2022 (Pub. L. 117-347, January 5, 2023) made a "technical and
clarifying update" to this remedy. There is a time limit for filing, which the
official text gives; the Justice for Victims of Trafficking Act of 2015 lengthened it
for people who were children (its section 120).
""",
    },
    {
        "slug": "federal-tvpa",
        "title": "Trafficking Victims Protection Act of 2000",
        "jurisdiction": "federal",
        "citation": "22 U.S.C. § 7101 et seq.",
        "reader_group": ReaderGroup.VICTIMS_RIGHTS,
        "other_names": "TVPA\nVictims of Trafficking and Violence Protection Act of 2000\nPub. L. 106-386",
        "official_url": "https://uscode.house.gov/view.xhtml?path=/prelim@title22/chapter78&edition=prelim",
        "topics": ["sex-trafficking", "labor-trafficking", "immigration-relief", "victims-rights"],
        "related": ["federal-sex-trafficking-1591", "federal-forced-labor-1589", "federal-t-visa"],
        "summary": """\
The foundation of U.S. anti-trafficking law, signed on October 28, 2000 as
Division A of Pub. L. 106-386. It is built on "three Ps":

- **Prevention**: programs at home and abroad, and the State Department's annual
  *Trafficking in Persons Report*;
- **Protection**: treating trafficked people as victims, not criminals; services
  and benefits for survivors; and the **T visa** for survivors who are not
  U.S. citizens;
- **Prosecution**: new federal crimes of sex trafficking (18 U.S.C. § 1591) and
  forced labor (§ 1589), with tougher penalties.

It defines "severe forms of trafficking in persons" and has been reauthorized and
strengthened by Congress many times since, among them in 2003, 2005, 2008 and 2013,
and most recently by the Abolish Trafficking Reauthorization Act of 2022 (Pub. L. 117-347,
approved January 5, 2023).
""",
    },
    {
        # Eligibility: uscis.gov, "Victims of Human Trafficking: T Nonimmigrant Status";
        # admissibility and the Form I-192 waiver (no public charge ground): USCIS Policy
        # Manual, vol. 9, part O, ch. 2.
        "slug": "federal-t-visa",
        "title": "T nonimmigrant status (T visa) for trafficking survivors",
        "jurisdiction": "federal",
        "citation": "8 U.S.C. § 1101(a)(15)(T)",
        "reader_group": ReaderGroup.VICTIMS_RIGHTS,
        "other_names": "T visa\nT nonimmigrant status",
        "official_url": usc(8, "1101"),
        "topics": ["immigration-relief", "victims-rights"],
        "related": ["federal-tvpa"],
        "summary": """\
A survivor of a severe form of trafficking who is in the United States **because of
the trafficking** can apply for **T nonimmigrant status**, usually called a T visa.
In general the person must meet all five of these:

- be, or have been, a victim of sex or labor trafficking;
- be present in the U.S. (or at a port of entry) on account of the trafficking;
- have complied with reasonable requests to help law enforcement, unless they were
  under 18 or could not because of trauma;
- show they would suffer extreme hardship involving unusual and severe harm if
  removed;
- be admissible to the United States, or be granted a waiver of what makes them
  inadmissible (asked for on Form I-192). A record of prostitution, for example, can
  make a person inadmissible, and USCIS can waive it; the "public charge" ground does
  not apply to T applicants.

T status allows work and can extend to certain family members. Applications go to
USCIS on Form I-914. An
immigration lawyer or accredited representative should help: mistakes can be costly.
""",
    },
    {
        "slug": "federal-mann-act-2421",
        "title": "Transportation for prostitution or criminal sexual activity",
        "jurisdiction": "federal",
        "citation": "18 U.S.C. § 2421",
        "reader_group": ReaderGroup.CRIMES,
        "other_names": "Mann Act\nWhite-Slave Traffic Act",
        "official_url": usc(18, "2421"),
        "session_law": "Act of June 25, 1910, ch. 395",
        "enacted_on": date(1910, 6, 25),
        "topics": ["sex-trafficking"],
        "related": ["federal-fosta-2421a", "federal-sex-trafficking-1591"],
        "summary": """\
One of the oldest federal laws against sexual exploitation, first passed in 1910 and
still known as the **Mann Act**. Today it makes it a crime to knowingly transport a
person across state lines or national borders intending that they engage in
prostitution or any sexual activity that is a crime. It is punishable by up to
10 years in prison.

Unlike the sex-trafficking statute (§ 1591), it does not require force, fraud or
coercion, so prosecutors sometimes use it alongside or instead of § 1591. Related
sections deal with coercing travel (§ 2422) and transporting minors (§ 2423).
""",
    },
    {
        "slug": "federal-fosta-2421a",
        "title": "Promotion or facilitation of prostitution and reckless disregard of sex trafficking",
        "jurisdiction": "federal",
        "citation": "18 U.S.C. § 2421A",
        "reader_group": ReaderGroup.CRIMES,
        "other_names": "FOSTA\nFOSTA-SESTA\nAllow States and Victims to Fight Online Sex Trafficking Act of 2017",
        "official_url": usc(18, "2421A"),
        "topics": ["online-exploitation", "sex-trafficking"],
        "related": ["federal-mann-act-2421", "federal-civil-remedy-1595"],
        "summary": """\
Added by FOSTA in April 2018, this crime targets people who own, manage or operate
an **online service** with the intent to promote or facilitate the prostitution of
another person. It is punishable by up to 10 years in prison, and up to 25 years
when the conduct involves five or more people or the operator acted in reckless
disregard of the fact that it contributed to sex trafficking.

Survivors harmed by an aggravated violation can recover damages. FOSTA also
narrowed the legal shield websites had relied on (47 U.S.C. § 230) for claims
about sex trafficking, and let state attorneys general bring civil cases under
18 U.S.C. § 1595.
""",
    },
    {
        "slug": "maine-aggravated-criminal-forced-labor",
        "title": "Aggravated criminal forced labor",
        "jurisdiction": "maine",
        "citation": "17-A M.R.S. § 305",
        "reader_group": ReaderGroup.CRIMES,
        "other_names": "Labor trafficking of a child (Maine)",
        "official_url": f"{MAINE}/17-A/title17-Asec305.html",
        # Enacted with § 304 by P.L. 2017, c. 416 (L.D. 1740), whose chaptered text
        # the Legislature publishes; its approval date is not confirmed here.
        "session_law": "P.L. 2017, c. 416",
        "topics": ["labor-trafficking", "children-and-youth"],
        "related": ["maine-criminal-forced-labor", "federal-forced-labor-1589"],
        "summary": """\
Criminal forced labor (§ 304) becomes **aggravated criminal forced labor** when the
person compelled to work is **under 18**. It is a **Class B crime**, punishable by up to
10 years in prison.

As with § 304, a person who took part only because they were themselves compelled has
an affirmative defense: traffickers often make the young people they control recruit
or watch over others.
""",
    },
    {
        "slug": "maine-forensic-examination-payment",
        "title": "Payment for forensic examinations after sexual assault",
        "jurisdiction": "maine",
        "citation": "5 M.R.S. § 3360-M",
        "reader_group": ReaderGroup.VICTIMS_RIGHTS,
        "other_names": "Forensic exam payment\nSexual assault forensic examination",
        "official_url": f"{MAINE}/5/title5sec3360-M.html",
        # Subsection 1 as amended by P.L. 2017, c. 156 (the Legislature's history note).
        "session_law": "P.L. 2017, c. 156",
        "topics": ["victims-rights"],
        "related": ["maine-victims-compensation-fund", "maine-victims-compensation-requirements"],
        "summary": """\
The **Victims' Compensation Board pays for the forensic examination** of a person who
may have been sexually assaulted (any crime in the Maine Criminal Code's chapter on
sexual assaults), out of the Victims' Compensation Fund. The patient is not billed.

- The hospital or health care practitioner bills the board directly, and the bill
  carries a tracking number instead of the patient's name.
- The board pays the actual cost of the examination, up to **$750**, and decides by
  rule what an examination includes: at least the gathering of forensic evidence and
  the related testing and treatment for pregnancy and sexually transmitted
  infections.
- These payments are kept apart from the Fund's other compensation, and its other
  rules (such as the deadlines for a claim) do not apply to them.
""",
    },
    {
        "slug": "federal-trafficking-forced-labor-1590",
        "title": "Trafficking with respect to peonage, slavery, involuntary servitude, or forced labor",
        "jurisdiction": "federal",
        "citation": "18 U.S.C. § 1590",
        "reader_group": ReaderGroup.CRIMES,
        "other_names": "Federal labor trafficking statute",
        "official_url": usc(18, "1590"),
        "topics": ["labor-trafficking"],
        "related": ["federal-forced-labor-1589", "maine-criminal-forced-labor"],
        "summary": """\
It is a federal crime to **recruit, harbor, transport, provide or obtain a person** for
labor or services in violation of the federal laws against peonage, slavery,
involuntary servitude and forced labor. Where § 1589 punishes obtaining the work
itself, this section reaches the people who bring a person into it.

It is punishable by up to 20 years in prison, or up to life when the crime results in
death or includes kidnapping, aggravated sexual abuse or an attempt to kill.
""",
    },
    {
        "slug": "federal-coercion-enticement-2422",
        "title": "Coercion and enticement",
        "jurisdiction": "federal",
        "citation": "18 U.S.C. § 2422",
        "reader_group": ReaderGroup.CRIMES,
        "other_names": "Online enticement of a minor",
        "official_url": usc(18, "2422"),
        "topics": ["online-exploitation", "children-and-youth", "sex-trafficking"],
        "related": ["federal-mann-act-2421", "federal-transportation-of-minors-2423"],
        "summary": """\
Part of the Mann Act. It is a federal crime to **persuade, induce, entice or coerce** a
person to travel across state lines or national borders to engage in prostitution or
any sexual activity that is a crime.

Using the mail, the internet, a phone or any other means of interstate commerce to
persuade, induce, entice or coerce **a person under 18** into such sexual activity,
or to try to, is punished far more severely, with a mandatory minimum prison term.
The official text gives the penalties.
""",
    },
    {
        "slug": "federal-transportation-of-minors-2423",
        "title": "Transportation of minors",
        "jurisdiction": "federal",
        "citation": "18 U.S.C. § 2423",
        "reader_group": ReaderGroup.CRIMES,
        "other_names": "Child sex tourism",
        "official_url": usc(18, "2423"),
        "topics": ["children-and-youth", "sex-trafficking"],
        "related": ["federal-mann-act-2421", "federal-coercion-enticement-2422"],
        "summary": """\
Part of the Mann Act. It is a federal crime to **knowingly transport a person under 18**
across state lines or national borders intending that they engage in prostitution or
any sexual activity that is a crime: **at least 10 years and up to life** in prison.

The same section punishes travelling, into or out of the United States or between
states, to engage in illicit sexual conduct with a child, and arranging such travel
for profit ("child sex tourism"): up to 30 years. Attempts and conspiracies are
punished as the completed crime.
""",
    },
    {
        "slug": "federal-documents-1592",
        "title": "Unlawful conduct with respect to documents in furtherance of trafficking",
        "jurisdiction": "federal",
        "citation": "18 U.S.C. § 1592",
        "reader_group": ReaderGroup.CRIMES,
        "other_names": "Document servitude",
        "official_url": usc(18, "1592"),
        "topics": ["labor-trafficking", "immigration-relief"],
        "related": ["federal-forced-labor-1589", "federal-trafficking-forced-labor-1590"],
        "summary": """\
Traffickers often take a person's passport, visa or ID to keep them from leaving. It is
a federal crime to **destroy, conceal, remove, confiscate or possess** another person's
actual or purported passport, immigration document or government ID in the course of
trafficking, forced labor or sex trafficking, or to keep the person working: up to 5
years in prison.

A person who did this only because they were themselves a victim of trafficking is
not guilty of this crime.
""",
    },
    {
        "slug": "federal-restitution-1593",
        "title": "Mandatory restitution for trafficking victims",
        "jurisdiction": "federal",
        "citation": "18 U.S.C. § 1593",
        "reader_group": ReaderGroup.VICTIMS_RIGHTS,
        "other_names": "Trafficking restitution",
        "official_url": usc(18, "1593"),
        "topics": ["victims-rights"],
        "related": ["federal-civil-remedy-1595", "federal-sex-trafficking-1591"],
        "summary": """\
When a person is convicted of a federal trafficking crime, the court **must** order
them to pay the survivor **restitution**: the full amount of the survivor's losses,
which includes the greater of what the trafficker gained from the survivor's work and
the value of that work at the minimum wage and overtime the law requires.

A restitution order does not stop a survivor from also suing for damages
(18 U.S.C. § 1595).
""",
    },
    {
        "slug": "federal-general-provisions-1594",
        "title": "Attempts, conspiracy and forfeiture in trafficking cases",
        "jurisdiction": "federal",
        "citation": "18 U.S.C. § 1594",
        "reader_group": ReaderGroup.CRIMES,
        "other_names": "General provisions (chapter 77)",
        "official_url": usc(18, "1594"),
        "topics": ["sex-trafficking", "labor-trafficking"],
        "related": ["federal-sex-trafficking-1591", "federal-forced-labor-1589"],
        "summary": """\
The general rules of the federal trafficking chapter:

- an **attempt** to commit a trafficking crime is punished as the crime itself;
- a **conspiracy** to commit forced labor, document servitude or trafficking for labor
  is punished as the crime itself, and a conspiracy to commit sex trafficking
  (§ 1591) by up to life in prison;
- a person convicted **forfeits** the property used to commit the crime and the
  proceeds of it, and forfeited property can go toward restitution to survivors.
""",
    },
    {
        "slug": "federal-tvpa-definitions-7102",
        "title": "Trafficking Victims Protection Act: definitions",
        "jurisdiction": "federal",
        "citation": "22 U.S.C. § 7102",
        "reader_group": ReaderGroup.VICTIMS_RIGHTS,
        "other_names": "Severe forms of trafficking in persons (definition)",
        "official_url": usc(22, "7102"),
        "topics": ["sex-trafficking", "labor-trafficking", "victims-rights"],
        "related": ["federal-tvpa", "federal-victim-assistance-7105"],
        "summary": """\
The words federal anti-trafficking programs are built on. The most important is
**"severe forms of trafficking in persons"**, which decides who can receive federal
victim services and T visas:

- **sex trafficking** in which a commercial sex act is induced by force, fraud or
  coercion, or in which the person induced is **under 18**;
- recruiting, harboring, transporting, providing or obtaining a person for **labor or
  services** through force, fraud or coercion, for involuntary servitude, peonage,
  debt bondage or slavery.

It also defines coercion (including threats of serious harm and abuse of the legal
process), debt bondage and commercial sex act.
""",
    },
    {
        "slug": "federal-victim-assistance-7105",
        "title": "Protection and assistance for victims of trafficking",
        "jurisdiction": "federal",
        "citation": "22 U.S.C. § 7105",
        "reader_group": ReaderGroup.VICTIMS_RIGHTS,
        "other_names": "Certification of trafficking victims\nContinued presence",
        "official_url": usc(22, "7105"),
        "topics": ["victims-rights", "immigration-relief"],
        "related": ["federal-t-visa", "federal-tvpa-definitions-7102"],
        "summary": """\
Survivors of severe forms of trafficking who are not U.S. citizens can receive federal
and state benefits and services **to the same extent as refugees**.

- An adult must first be **certified** by the U.S. Department of Health and Human
  Services; the official text sets the conditions.
- A child under 18 needs no certification: HHS issues an **eligibility letter**, and no
  cooperation with law enforcement is required.

Advocates can help with the request; the National Human Trafficking Hotline can refer.
""",
    },
    {
        "slug": "maine-victims-compensation-awards",
        "title": "Victims' compensation: payment of awards and limits",
        "jurisdiction": "maine",
        "citation": "5 M.R.S. § 3360-E",
        "reader_group": ReaderGroup.VICTIMS_RIGHTS,
        "other_names": "Victims' compensation award limit",
        "official_url": f"{MAINE}/5/title5sec3360-E.html",
        # Last amended by P.L. 1999, c. 731, Pt. QQQ (the Legislature's history note).
        "session_law": "P.L. 1999, c. 731",
        "topics": ["victims-rights"],
        "related": ["maine-victims-compensation-requirements", "maine-victims-compensation-fund"],
        "summary": """\
Maine's Victims' Compensation Board may pay a victim **up to $15,000** for losses and
eligible expenses that nothing else has covered, when the person was sexually
assaulted, or was injured or killed by a crime the compensation law lists.

- The $15,000 is the limit for **everything** paid on account of one crime against the
  victim, including what family or household members receive.
- When a victim dies, whoever paid or must pay the medical, funeral or burial costs
  may claim them; hospitals and funeral homes cannot claim directly.
- The board may pay the claimant, or pay the people who provided the services.

Survivors of trafficking who were assaulted or injured apply through the Attorney
General's Victims' Compensation Program, usually with an advocate's help.
""",
    },
]

# The words each law's facts rest on, as checked against a public copy of the text
# (the statute page is the law's official_url; where its words were read from another
# public copy, the copy is named). Laws not listed here have no source words recorded
# yet: their pages show the official text's link without a check date.
SOURCE_WORDS = {
    "maine-aggravated-sex-trafficking": "17-A § 852: Aggravated Sex Trafficking. Same "
    "elements as above (853) with the following additional elements ... This is a Class B "
    "Crime (punishable by up to 10 years incarceration and a fine of up to $20,000). (The "
    "Network's statute page, mainesten.org/sex-trafficking-provision.html.)",
    "maine-commercial-sexual-exploitation": "A person is guilty of this crime if they "
    "engage a prostitute. This is a Class E crime punishable by up to 6 months "
    "incarceration and a fine of up to $1,000 ... one or more prior convictions ... Class D "
    "crime (the Network's statute page); renamed 'engaging a person for prostitution' by "
    "P.L. 2023, c. 316 (5 M.R.S. § 3360-I as amended: 'engaging a prostitute person for "
    "prostitution as described in Title 17-A, section 853-B').",
    "maine-cse-minor": "P.L. 2023, c. 316, § 1: 'patronizing prostitution commercial "
    "sexual exploitation of a minor or ... of a person with a mental disability as "
    "described in Title 17-A, section 855'. Bangor Daily News, June 26, 2023: 'it elevates "
    "the crime of soliciting sex from a child or person with a mental disability from a "
    "misdemeanor to a felony punishable by up to five years in prison and a $5,000 fine.'",
    "maine-sealing-prostitution-convictions": "P.L. 2023, c. 409, Sec. 2: '15 MRSA §2262-A "
    "is enacted to read: §2262-A. Special statutory prerequisites for sealing criminal "
    "history record information related to engaging in prostitution. Criminal history "
    "record information relating to a criminal conviction for engaging in prostitution "
    "under Title 17-A, former section 853-A must be sealed under this chapter if: ... 2. At "
    "least one year has passed since the person has fully satisfied each of the sentencing "
    "alternatives ... 3. The person has not been convicted of a violation of Title 17-A, "
    "section 852, 853, 853-B or 855 ...' Sec. 3 (§ 2263): 'A person may file a written "
    "motion ... The written motion must briefly address each of the statutory "
    "prerequisites.'",
    "maine-victims-compensation-requirements": "1. Compensation. Compensation may not be "
    "paid for any crime unless: A. The crime was reported to a law enforcement officer "
    "within 5 days of the occurrence or discovery of the crime or of the resultant injury; "
    "and B. The claim was filed with the board within 3 years of the occurrence of the "
    "injury or compensable loss, or within 60 days of the discovery of injury or "
    "compensable loss, whichever is later. [PL 2023, c. 474, §1 (AMD).] ... 3. Exception. "
    "The board may waive the time requirements of subsection 1 for good cause shown and "
    "shall waive the time requirements on behalf of a child ... (LawServer's copy.)",
    "maine-victims-compensation-awards": "§3360-E. Payment of awards; limits. The board may "
    "award compensation to a claimant of up to $15,000 for actual and unreimbursed losses "
    "and eligible expenses of any person who is sexually assaulted or who suffers personal "
    "injury or death as the result of a crime specified in section 3360, subsection 3. "
    "[1999, c. 731, Pt. QQQ, §1 (AMD).] ... The total compensation paid for all claims "
    "arising from the crime against the victim may not exceed $15,000. [1999, c. 731, Pt. "
    "QQQ, §2 (AMD).] ... A provider of medical or funeral services may not seek "
    "reimbursement directly.",
    "maine-forensic-examination-payment": "1. Payment. The board shall pay the costs of "
    "forensic examiner training as well as the costs of forensic examinations for alleged "
    "victims of sexual assault from the Victims' Compensation Fund ... [PL 2017, c. 156, §1 "
    "(AMD).] 2. ... The board shall pay a licensed hospital or licensed health care "
    "practitioner the actual cost of the forensic examination up to a maximum of $750. "
    "(LawServer's copy.) The Attorney General's notice to hospitals: 'You may not bill the "
    "patient or the patient's insurer for the examination ... The check we issue for "
    "payment will not list the patient's name. It will list the victim tracking number'.",
    "maine-engaging-in-prostitution-repealed": "P.L. 2023, c. 316 (L.D. 1435), signed June "
    "26, 2023: 'The bill ... eliminates Maine's Class E misdemeanor of engaging in "
    "prostitution' (Bangor Daily News, June 26, 2023); 'The law will go into effect 90 days "
    "after the Legislature adjourns' (WABI); the first special session's general effective "
    "date, October 25, 2023 (the Revisor's Laws of the State of Maine).",
    "maine-criminal-forced-labor": "P.L. 2017, c. 416 (S.P. 639 - L.D. 1740, 128th "
    "Legislature), An Act Regarding Criminal Forced Labor, Aggravated Criminal Forced Labor, "
    "Sex Trafficking and Human Trafficking: 'Sec. 2. 17-A MRSA §§304 and 305 are enacted to "
    "read: § 304 Criminal forced labor. 1 A person is guilty of criminal forced labor if "
    "the actor, without the legal right to do so, intentionally or knowingly ...' The "
    "bill's summary: 'This bill creates the crimes of criminal forced labor, a Class C "
    "crime, and aggravated criminal forced labor, a Class B crime'.",
    "maine-aggravated-criminal-forced-labor": "P.L. 2017, c. 416, Sec. 2 enacted § 305 "
    "Aggravated criminal forced labor; the bill's summary: 'aggravated criminal forced "
    "labor, a Class B crime'. The Network's labor trafficking page: 'A person is guilty of "
    "this crime if they violate the above referenced crime and the victim is under the age "
    "of 18. This is a Class B crime.'",
    "maine-affirmative-defense-compelled": "P.L. 2017, c. 416 (L.D. 1740), Committee "
    "Amendment A: 'Sec. 2. 17-A MRSA §853, sub-§3 is enacted to read'. § 853(3): 'It is an "
    "affirmative defense to prosecution under this section that the person engaged in sex "
    "trafficking because the person was compelled to do so as described in section 852, "
    "subsection 2.' (WomensLaw's copy of § 853.)",
    "maine-civil-remedies-human-trafficking": "P.L. 2007, c. 684 (H.P. 360 - L.D. 461), "
    "signed 2008-04-24, First Special Session, 123rd Legislature: 'PART B. Sec. B-1. 5 MRSA "
    "c. 337-C is enacted to read: CHAPTER 337-C CIVIL REMEDIES FOR HUMAN TRAFFICKING § 4701 "
    "Remedies for human trafficking'.",
    "federal-documents-1592": "18 U.S.C. chapter 77: '1592. Unlawful conduct with respect "
    "to documents in furtherance of trafficking, peonage, slavery, involuntary servitude, or "
    "forced labor.' 'Added Pub. L. 106-386, div. A, §112(a)(2), Oct. 28, 2000, 114 Stat. "
    "1488'. '(a) ... shall be fined under this title or imprisoned for not more than 5 "
    "years, or both. (b) Subsection (a) does not apply to the conduct of a person who is or "
    "has been a victim of a severe form of trafficking in persons ... if that conduct is "
    "caused by, or incident to, that trafficking.' (Casetext's copy.)",
    "federal-restitution-1593": "18 U.S.C. chapter 77: '1593. Mandatory restitution.' "
    "'2000—Pub. L. 106-386, div. A, §112(a)(3), Oct. 28, 2000, 114 Stat. 1489, added items "
    "1589 to 1594.'",
    "federal-general-provisions-1594": "18 U.S.C. chapter 77: '1594. General provisions.' "
    "'2000—Pub. L. 106-386, div. A, §112(a)(3), Oct. 28, 2000, 114 Stat. 1489, added items "
    "1589 to 1594.'",
    "federal-civil-remedy-1595": "The TVPRA of 2003, Pub. L. 108-193, signed December 19, "
    "2003, 'created a new civil action that allows trafficking victims to sue their "
    "traffickers in federal district court' (DOJ's Model State Anti-Trafficking Criminal "
    "Statute). Pub. L. 117-347 (Jan. 5, 2023): 'Sec. 102. Technical and clarifying update to "
    "civil remedy.' Pub. L. 114-22: 'Sec. 120. Expanded statute of limitations for civil "
    "actions by child trafficking survivors.'",
    "federal-coercion-enticement-2422": "18 U.S.C. chapter 117: '2422. Coercion and enticement.'",
    "federal-transportation-of-minors-2423": "§ 2423. Transportation of minors. (a) ... A "
    "person who knowingly transports an individual who has not attained the age of 18 years "
    "in interstate or foreign commerce ... with intent that the individual engage in "
    "prostitution ... shall be fined under this title and imprisoned not less than 10 years "
    "or for life. (b) Travel With Intent To Engage in Illicit Sexual Conduct ... not more "
    "than 30 years ... (d) Ancillary Offenses. - Whoever, for the purpose of commercial "
    "advantage or private financial gain, arranges ... the travel ... not more than 30 "
    "years. (e) Attempt and Conspiracy ... punishable in the same manner. (TRAC's copy of "
    "the section.)",
    "federal-tvpa": "22 U.S.C. § 7101 note: 'division A of Pub. L. 106-386, Oct. 28, 2000, "
    "114 Stat. 1466, known as the Trafficking Victims Protection Act of 2000, which is "
    "classified principally to this chapter'. Reauthorizations: Pub. L. 108-193 (December "
    "19, 2003), Pub. L. 109-164 (the TVPRA of 2005), the TVPRA of 2008 ('signed into law "
    "on December 23, 2008', HHS State Letter 10-05), Pub. L. 113-4 (Mar. 7, 2013), Pub. L. "
    "117-347 (Jan. 5, 2023).",
    "federal-tvpa-definitions-7102": "22 U.S.C. chapter 78, Trafficking Victims Protection: "
    "'Sec. 7102. Definitions. In this chapter: ...'; the chapter is division A of Pub. L. "
    "106-386, Oct. 28, 2000 (§ 7101 note).",
    "federal-victim-assistance-7105": "22 U.S.C. chapter 78: '§ 7105. Protection and "
    "assistance for victims of trafficking'; the chapter is division A of Pub. L. 106-386, "
    "Oct. 28, 2000 (§ 7101 note). HHS: 'makes adult victims of severe forms of trafficking "
    "who have been certified by the U.S. Department of Health and Human Services eligible "
    "for benefits and services to the same extent as refugees. Victims ... under 18 years of "
    "age are also eligible ... but do not need to be certified' (State Letter 01-13); "
    "'Unlike adults, children are not required to comply with requests to assist with a "
    "law enforcement investigation' (Eligibility Letters fact sheet).",
    "federal-t-visa": "USCIS: 'You may be eligible for T nonimmigrant status if you: Are or "
    "were a victim of a severe form of trafficking in persons; Are physically present in the "
    "United States ... or at a port of entry due to trafficking; Have complied with any "
    "reasonable request from a law enforcement agency ...'; 'Form I-914, Application for T "
    "Nonimmigrant Status'; 'Evidence to demonstrate that you are admissible, or Form I-192 "
    "... seeking a waiver of applicable inadmissibility grounds'. 22 U.S.C. § 7105 notes: "
    "'section 101(a)(15)(T)(ii) of the Immigration and Nationality Act ... classified to "
    "section 1101(a)(15)(T)(ii) of title 8'.",
    "federal-forced-labor-1589": "§1589. Forced labor ... shall be fined under this title "
    "or imprisoned not more than 20 years, or both ... (Added Pub. L. 106-386, div. A, "
    "§112(a)(2), Oct. 28, 2000, 114 Stat. 1486.)",
    "federal-trafficking-forced-labor-1590": "§ 1590. Trafficking with respect to peonage, "
    "slavery, involuntary servitude, or forced labor. Whoever knowingly recruits, harbors, "
    "transports, provides, or obtains by any means, any person for labor or services in "
    "violation of this chapter shall be fined under this title or imprisoned not more than "
    "20 years, or both.",
    "federal-sex-trafficking-1591": "1591. Sex trafficking of children or by force, fraud, "
    "or coercion (chapter 77's table of sections); 'shall be imprisoned not less than 15 "
    "years (not less than 10 years, if the victim is 14 years of age or older ...)' "
    "(Congressional Research Service, R43597, on the section as amended by Pub. L. 114-22).",
    "federal-mann-act-2421": "§2421. Transportation generally. (a) In General.—Whoever "
    "knowingly transports any individual in interstate or foreign commerce ... with intent "
    "that such individual engage in prostitution ... shall be fined under this title or "
    "imprisoned not more than 10 years, or both.",
    "federal-fosta-2421a": "2421A. Promotion or facilitation of prostitution and reckless "
    "disregard of sex trafficking. ... Pub. L. 115-164, §3(b), Apr. 11, 2018, 132 Stat. 1254, "
    "added item 2421A. (Chapter 117's table of sections.) H.R. 1865: 'a statutory maximum "
    "of 10 years imprisonment ... These aggravating circumstances carry ... a statutory "
    "maximum of 25 years' imprisonment'; 'allows state and local prosecutors to enforce "
    "sex trafficking statutes and the new 2421A'; 'gives victims of sex trafficking a "
    "pathway to sue' (House Judiciary Committee).",
}
for law in LAWS:
    if law["slug"] in SOURCE_WORDS:
        law["source_words"] = SOURCE_WORDS[law["slug"]]
