"""Session laws for the demo library: what each changed in the laws summarized here,
and the penalty tiers of the crimes.

Checked against the chaptered laws (P.L. 2023, c. 316 and c. 409; P.L. 2025, c. 387),
the Legislature's statute pages and history notes, the Revisor's general effective
dates (October 25, 2023 for the 131st Legislature's first special session; September
24, 2025 for the 132nd's first special session), govinfo and the U.S. Code. Where an
effective date is not confirmed, it is left blank and the pages say "approved".
"""

from datetime import date


def maine_bill(ld: int, session: int) -> str:
    return f"https://legislature.maine.gov/legis/bills/display_ps.asp?LD={ld}&snum={session}"


def public_law(congress: int, number: int) -> str:
    return f"https://www.govinfo.gov/app/details/PLAW-{congress}publ{number}"


SESSIONS = [
    # (slug, jurisdiction, name, first year, last year)
    ("maine-123rd-legislature", "maine", "123rd Legislature", 2007, 2008),
    ("maine-131st-legislature", "maine", "131st Legislature", 2023, 2024),
    ("maine-132nd-legislature", "maine", "132nd Legislature", 2025, 2026),
    ("106th-congress", "federal", "106th Congress", 1999, 2001),
    ("108th-congress", "federal", "108th Congress", 2003, 2005),
    ("114th-congress", "federal", "114th Congress", 2015, 2017),
    ("115th-congress", "federal", "115th Congress", 2017, 2019),
    ("117th-congress", "federal", "117th Congress", 2021, 2023),
]

# Each change: (law slug, action, former name, sections, note).
SESSION_LAWS = [
    {
        "slug": "pl-2023-c-316",
        "session": "maine-131st-legislature",
        "jurisdiction": "maine",
        "citation": "P.L. 2023, c. 316",
        "bill": "L.D. 1435",
        "title": "An Act to Reduce Commercial Sexual Exploitation",
        "approved_on": date(2023, 6, 26),
        "effective_on": date(2023, 10, 25),
        "official_url": maine_bill(1435, 131),
        "source_words": "APPROVED JUNE 26, 2023 BY GOVERNOR, CHAPTER 316 PUBLIC LAW, H.P. 931 - "
        "L.D. 1435, An Act to Reduce Commercial Sexual Exploitation. (General effective "
        "date for the first special session's nonemergency laws: October 25, 2023, the "
        "Revisor's Laws of the State of Maine.)",
        "summary": """\
Maine stopped treating people who sell sex as criminals. The law repealed the crime
of engaging in prostitution, and renamed the crimes of buying sex to say what they
are: **engaging a person for prostitution** (§ 853-B) and **commercial sexual
exploitation** of a minor or of a person with a mental disability (§ 855). Buying sex,
sex trafficking and aggravated sex trafficking stay crimes.

It also updated the names of those crimes in the Victims' Compensation Fund
assessments (5 M.R.S. § 3360-I), and asked the Department of Public Safety to work
with anti-trafficking and domestic violence organizations on how police respond to
people who may be exploited.
""",
        "changes": [
            ("maine-engaging-in-prostitution-repealed", "repealed", "", "", "Selling sex is no longer a crime in Maine."),
            ("maine-commercial-sexual-exploitation", "renamed", "Engaging a prostitute", "", ""),
            ("maine-cse-minor", "renamed", "Patronizing prostitution of minor or person with mental disability", "", ""),
            ("maine-victims-compensation-fund", "amended", "", "§ 1", "The assessments name the renamed crimes."),
        ],
    },
    {
        "slug": "pl-2023-c-409",
        "session": "maine-131st-legislature",
        "jurisdiction": "maine",
        "citation": "P.L. 2023, c. 409",
        "bill": "L.D. 1436",
        "title": "An Act to Provide Remedies for Survivors of Commercial Sexual Exploitation",
        "approved_on": date(2023, 7, 10),
        "effective_on": date(2023, 10, 25),
        "official_url": maine_bill(1436, 131),
        "source_words": "APPROVED JULY 10, 2023 BY GOVERNOR, CHAPTER 409 PUBLIC LAW, H.P. 932 - "
        "L.D. 1436, An Act to Provide Remedies for Survivors of Commercial Sexual "
        "Exploitation. Sec. 2. 15 MRSA §2262-A is enacted to read ... (No emergency preamble: "
        "the first special session's general effective date, October 25, 2023.)",
        "summary": """\
A conviction for engaging in prostitution, the crime repealed the same year, can be
**sealed**: the person asks the court, and the court must seal it once a year has
passed since the sentence was completed and the person has no conviction for
trafficking or buying sex (15 M.R.S. § 2262-A).
""",
        "changes": [
            ("maine-sealing-prostitution-convictions", "enacted", "", "", ""),
        ],
    },
    {
        "slug": "pl-2023-c-412",
        "session": "maine-131st-legislature",
        "jurisdiction": "maine",
        "citation": "P.L. 2023, c. 412",
        "bill": "L.D. 258",
        # Its official title runs on: "... for the Fiscal Years Ending June 30, 2023,
        # June 30, 2024 and June 30, 2025".
        "title": "An Act Making Unified Appropriations and Allocations from the General Fund and Other Funds for the Expenditures of State Government (the 2023-2025 budget)",
        "approved_on": date(2023, 7, 11),
        "effective_on": date(2023, 10, 25),
        "official_url": maine_bill(258, 131),
        "source_words": "APPROVED JULY 11, 2023 BY GOVERNOR, CHAPTER 412 PUBLIC LAW, H.P. 163 - "
        "L.D. 258 (no emergency preamble: the first special session's general effective "
        "date, October 25, 2023, in the Revisor's Laws of the State of Maine). 5 M.R.S. "
        "§ 3360-I history note: PL 2023, c. 412, Pt. GG, §1 (AMD).",
        "summary": """\
The state budget for 2023 to 2025. In its Part GG it **doubled the assessments** paid to
the Victims' Compensation Fund on every conviction (5 M.R.S. § 3360-I): from $35 to $70
for murder and Class A, B and C crimes, from $20 to $40 for Class D and E crimes, and
for the trafficking and exploitation crimes to $2,000 (aggravated sex trafficking),
$1,000 (sex trafficking), and $1,000 for a first and $2,000 for each later conviction
of engaging a person for prostitution or commercial sexual exploitation of a minor or a
person with a mental disability.
""",
        "changes": [
            ("maine-victims-compensation-fund", "amended", "", "Pt. GG, § 1", "Doubled the assessments."),
        ],
    },
    {
        "slug": "pl-2025-c-387",
        "session": "maine-132nd-legislature",
        "jurisdiction": "maine",
        "citation": "P.L. 2025, c. 387",
        "bill": "L.D. 1877",
        "title": "An Act to Increase Penalties for Human Trafficking Offenses",
        "approved_on": date(2025, 6, 20),
        "effective_on": date(2025, 9, 24),
        "official_url": maine_bill(1877, 132),
        "source_words": "APPROVED JUNE 20, 2025 BY GOVERNOR, CHAPTER 387 PUBLIC LAW, H.P. 1248 "
        "- L.D. 1877, An Act to Increase Penalties for Human Trafficking Offenses. Sec. 1. 5 "
        "MRSA §3360-I, first ¶, as amended by PL 2023, c. 316, §1 and c. 412, Pt. GG, §1: "
        "$2,000 [becomes] $6,000 ... $1,000 [becomes] $3,000.",
        "summary": """\
Raised the assessments paid to the Victims' Compensation Fund on a conviction for
**aggravated sex trafficking** (from $2,000 to $6,000) and **sex trafficking** (from
$1,000 to $3,000). The assessments for engaging a person for prostitution and for
commercial sexual exploitation of a minor or a person with a mental disability stay
$1,000 for a first conviction and $2,000 for each later one. A court may not waive
them.
""",
        "changes": [
            ("maine-victims-compensation-fund", "amended", "", "§ 1", "Higher assessments for §§ 852 and 853."),
        ],
    },
    {
        "slug": "pl-2007-c-684",
        "session": "maine-123rd-legislature",
        "jurisdiction": "maine",
        "citation": "P.L. 2007, c. 684",
        "bill": "L.D. 461",
        "title": "An Act To Implement the Recommendations of the Human Trafficking Task Force",
        "approved_on": date(2008, 4, 24),
        "official_url": maine_bill(461, 123),
        "source_words": "HP0360, LD 461, PUBLIC Law, Chapter 684, Signed on 2008-04-24 - First "
        "Special Session - 123rd Maine Legislature. An Act To Implement the Recommendations "
        "of the Human Trafficking Task Force. PART B. Sec. B-1. 5 MRSA c. 337-C is enacted.",
        "summary": """\
Acted on the recommendations of Maine's Human Trafficking Task Force. Among other
things, it gave people who were trafficked the right to **sue the people who
trafficked them** (5 M.R.S. § 4701, in its Part B), and let courts order restitution
for their lost work.
""",
        "changes": [
            ("maine-civil-remedies-human-trafficking", "enacted", "", "Pt. B", ""),
        ],
    },
    {
        "slug": "pub-l-106-386",
        "session": "106th-congress",
        "jurisdiction": "federal",
        "citation": "Pub. L. 106-386",
        "bill": "",
        "title": "Victims of Trafficking and Violence Protection Act of 2000",
        "approved_on": date(2000, 10, 28),
        "official_url": public_law(106, 386),
        "source_words": "(Added Pub. L. 106-386, div. A, §112(a)(2), Oct. 28, 2000, 114 Stat. 1486.) (18 U.S.C. § 1589's source note.) The Trafficking Victims Protection Act of 2000 (TVPA), Pub. L. 106-386, signed into law on October 28, 2000 (DOJ's Model State Anti-Trafficking Criminal Statute).",
        "summary": """\
The foundation of federal anti-trafficking law. Its Division A, the **Trafficking
Victims Protection Act**, made sex trafficking and forced labor federal crimes,
created the T visa for survivors who are not U.S. citizens, and set out the
government's work to prevent trafficking, protect survivors and prosecute
traffickers.
""",
        "changes": [
            ("federal-tvpa", "enacted", "", "Div. A", ""),
            ("federal-sex-trafficking-1591", "enacted", "", "§ 112", ""),
            ("federal-forced-labor-1589", "enacted", "", "§ 112", ""),
            ("federal-trafficking-forced-labor-1590", "enacted", "", "§ 112", ""),
            ("federal-documents-1592", "enacted", "", "§ 112", ""),
            ("federal-restitution-1593", "enacted", "", "§ 112", ""),
            ("federal-general-provisions-1594", "enacted", "", "§ 112", ""),
            ("federal-tvpa-definitions-7102", "enacted", "", "§ 103", ""),
            ("federal-victim-assistance-7105", "enacted", "", "§ 107", ""),
            ("federal-t-visa", "enacted", "", "§ 107(e)", ""),
        ],
    },
    {
        "slug": "pub-l-108-193",
        "session": "108th-congress",
        "jurisdiction": "federal",
        "citation": "Pub. L. 108-193",
        "bill": "",
        "title": "Trafficking Victims Protection Reauthorization Act of 2003",
        "approved_on": date(2003, 12, 19),
        "official_url": public_law(108, 193),
        "source_words": "The Trafficking Victims Protection Reauthorization Act of 2003 (TVPRA), Pub. L. 108-193, signed into law on December 19, 2003 (DOJ's Model State Anti-Trafficking Criminal Statute).",
        "summary": """\
Renewed the Trafficking Victims Protection Act and gave survivors a **civil action**
in federal court against their traffickers (18 U.S.C. § 1595).
""",
        "changes": [
            ("federal-civil-remedy-1595", "enacted", "", "", ""),
        ],
    },
    {
        "slug": "pub-l-114-22",
        "session": "114th-congress",
        "jurisdiction": "federal",
        "citation": "Pub. L. 114-22",
        "bill": "S. 178",
        "title": "Justice for Victims of Trafficking Act of 2015",
        "approved_on": date(2015, 5, 29),
        "official_url": public_law(114, 22),
        "source_words": "PUBLIC LAW 114-22—MAY 29, 2015 ... This Act may be cited as the 'Justice for Victims of Trafficking Act of 2015'. (S. 178: Public Law No: 114-22 (05/29/2015), the CRS summary.)",
        "summary": """\
Made plain that the federal sex-trafficking crime reaches those who **advertise** a
person for commercial sex and the buyers who **patronize or solicit** one, set up a
fund for survivors paid by assessments on people convicted, and strengthened
survivors' rights in federal cases.
""",
        "changes": [
            ("federal-sex-trafficking-1591", "amended", "", "", "Advertising, patronizing and soliciting named as ways of committing it."),
        ],
    },
    {
        "slug": "pub-l-115-164",
        "session": "115th-congress",
        "jurisdiction": "federal",
        "citation": "Pub. L. 115-164",
        "bill": "H.R. 1865",
        "title": "Allow States and Victims to Fight Online Sex Trafficking Act of 2017",
        "approved_on": date(2018, 4, 11),
        "official_url": public_law(115, 164),
        "source_words": "Pub. L. 115-164, §3(b), Apr. 11, 2018, 132 Stat. 1254, added item 2421A. (18 U.S.C. chapter 117's amendment notes.)",
        "summary": """\
Known as **FOSTA**. It made it a federal crime to run an online service intending to
promote or facilitate the prostitution of another person (18 U.S.C. § 2421A), defined
"participation in a venture" in the sex-trafficking crime, let state attorneys
general sue under the federal civil remedy, and narrowed websites' legal shield
(47 U.S.C. § 230) for sex-trafficking claims.
""",
        "changes": [
            ("federal-fosta-2421a", "enacted", "", "§ 3", ""),
            ("federal-sex-trafficking-1591", "amended", "", "§ 5", "Defines participation in a venture."),
            ("federal-civil-remedy-1595", "amended", "", "", "State attorneys general may sue for their residents."),
        ],
    },
    {
        "slug": "pub-l-117-347",
        "session": "117th-congress",
        "jurisdiction": "federal",
        "citation": "Pub. L. 117-347",
        "bill": "S. 3946",
        "title": "Abolish Trafficking Reauthorization Act of 2022",
        "approved_on": date(2023, 1, 5),
        "official_url": public_law(117, 347),
        "source_words": "Public Law 117-347, 117th Congress, An Act To reauthorize the Trafficking Victims Protection Act of 2017 ... Jan. 5, 2023 - [S. 3946] ... 'Abolish Trafficking Reauthorization Act of 2022'. Sec. 102. Technical and clarifying update to civil remedy.",
        "summary": """\
The most recent renewal of the Trafficking Victims Protection Act. Among much else, it
made a technical and clarifying update to the federal civil remedy for survivors
(18 U.S.C. § 1595).
""",
        "changes": [
            ("federal-civil-remedy-1595", "amended", "", "§ 102", "A technical and clarifying update."),
        ],
    },
]  # fmt: skip

# Penalty tiers by law: (condition, class, minimum, maximum, fine, assessment, set by).
# Maine's maximums by class: 17-A M.R.S. § 1604 (imprisonment) and § 1704 (fines).
# The day the penalty tiers below were compared with their sources.
PENALTIES_CHECKED = date(2026, 12, 5)
STATUTE_853 = "https://legislature.maine.gov/statutes/17-A/title17-Asec853.html"
ASSESSMENTS = "https://legislature.maine.gov/statutes/5/title5sec3360-I.html"
NETWORK_STATUTES = "https://www.mainesten.org/sex-trafficking-provision.html"
ASSESSMENT_WORDS = (
    "5 M.R.S. § 3360-I as amended by P.L. 2025, c. 387: the court shall impose an "
    "assessment of $6,000 on any person convicted of aggravated sex trafficking ... "
    "$3,000 on any person convicted of sex trafficking ... $1,000 on any person for the "
    "first conviction and $2,000 for each subsequent conviction of engaging a person for "
    "prostitution ... and ... of commercial sexual exploitation of a minor or ... of a "
    "person with a mental disability."
)

CSE_MINOR_2023 = (
    "https://www.bangordailynews.com/2023/06/26/politics/"
    "janet-mills-signs-law-partially-decriminalizing-maine-prostitution-xoasq1i29i/"
)
LABOR_STATUTES = "https://www.mainesten.org/labor-trafficking-provision.html"
CLASS_ASSESSMENT_WORDS = (
    "5 M.R.S. § 3360-I: 'the court shall impose an assessment of $70 on any person convicted "
    "of murder, a Class A crime, a Class B crime or a Class C crime' [PL 2023, c. 412, Pt. "
    "GG, §1 (AMD)]."
)

# Each crime's tiers: (condition, class, minimum, maximum, fine, assessment, set by),
# and the source they were checked against: (link, the words they rest on). Tiers that
# could not be checked again against a public source are left out (the law's page and
# the charge table then say its penalties are not recorded here), and their summaries
# point to the official text for them: 18 U.S.C. § 2422.
PENALTIES = {
    "maine-aggravated-sex-trafficking": (
        [("Any conviction", "Class B crime", "", "10 years", 20_000, 6_000, "pl-2025-c-387")],
        (NETWORK_STATUTES, "17-A § 852: Aggravated Sex Trafficking ... This is a Class B "
         "Crime (punishable by up to 10 years incarceration and a fine of up to $20,000). "
         + ASSESSMENT_WORDS),
    ),
    "maine-sex-trafficking": (
        [
            ("Promoting prostitution", "Class D crime", "", "364 days", 2_000, 3_000, "pl-2025-c-387"),
            ("With 2 or more prior convictions for §§ 852, 853, 853-B or 855, or similar conduct elsewhere", "Class C crime", "", "5 years", 5_000, 3_000, "pl-2025-c-387"),
        ],
        (STATUTE_853, "A. The person knowingly promotes prostitution. Violation of this "
         "paragraph is a Class D crime; or B. The person violates paragraph A and has 2 or "
         "more prior convictions in this State for ... this section or section 852, 853-B "
         "or 855 ... Violation of this paragraph is a Class C crime. (Ranges, the Network's "
         "statute page: Class D up to 364 days and $2,000; Class C up to 5 years and "
         "$5,000.) " + ASSESSMENT_WORDS),
    ),
    "maine-commercial-sexual-exploitation": (
        [
            ("First conviction", "Class E crime", "", "6 months", 1_000, 1_000, "pl-2023-c-412"),
            ("With one or more prior convictions for this crime", "Class D crime", "", "364 days", 2_000, 2_000, "pl-2023-c-412"),
        ],
        (NETWORK_STATUTES, "This is a Class E crime punishable by up to 6 months "
         "incarceration and a fine of up to $1,000 fine. If a person commits this offense "
         "and has one or more prior convictions for this offense, this is a Class D crime "
         "punishable by up to 364 days incarceration and a fine of up to $2,000. "
         + ASSESSMENT_WORDS),
    ),
    "maine-cse-minor": (
        [
            ("First conviction", "Class C crime", "", "5 years", 5_000, 1_000, "pl-2023-c-412"),
            ("Each later conviction", "Class C crime", "", "5 years", 5_000, 2_000, "pl-2023-c-412"),
        ],
        (CSE_MINOR_2023, "Bangor Daily News, June 26, 2023, on P.L. 2023, c. 316: 'it elevates "
         "the crime of soliciting sex from a child or person with a mental disability from a "
         "misdemeanor to a felony punishable by up to five years in prison and a $5,000 fine.' "
         "JURIST: 'commercial sexual exploitation of a minor and a person with a mental "
         "disability ... Class C crimes carrying penalties of a fine of $5,000 and/or five "
         "years in prison.' " + ASSESSMENT_WORDS),
    ),
    "federal-sex-trafficking-1591": (
        [
            ("By force, fraud or coercion, or of a child under 14", "Felony", "15 years", "Life", 250_000, None, ""),
            ("Of a child aged 14 to 17, without force, fraud or coercion", "Felony", "10 years", "Life", 250_000, None, ""),
        ],
        ("https://www.everycrsreport.com/reports/R43597.html",
         "Congressional Research Service, R43597: shall be imprisoned not less than 15 "
         "years (not less than 10 years, if the victim is 14 years of age or older ...). "
         "18 U.S.C. § 1591(b): imprisonment for any term of years not less than 15 (or 10) "
         "or for life."),
    ),
    "federal-forced-labor-1589": (
        [
            ("Any conviction", "Felony", "", "20 years", 250_000, None, ""),
            ("When death results, or it includes kidnapping, aggravated sexual abuse or an attempt to kill", "Felony", "", "Life", 250_000, None, ""),
        ],
        ("https://uscode.house.gov/view.xhtml?req=granuleid:USC-2000-title18-section1589&num=0&edition=2000",
         "shall be fined under this title or imprisoned not more than 20 years, or both. If "
         "death results from the violation of this section, or if the violation includes "
         "kidnapping or an attempt to kidnap, aggravated sexual abuse or the attempt to "
         "commit aggravated sexual abuse, or an attempt to kill, the defendant shall be "
         "fined under this title or imprisoned for any term of years or life, or both."),
    ),
    "federal-trafficking-forced-labor-1590": (
        [
            ("Any conviction", "Felony", "", "20 years", 250_000, None, ""),
            ("When death results, or it includes kidnapping, aggravated sexual abuse or an attempt to kill", "Felony", "", "Life", 250_000, None, ""),
        ],
        ("https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title18-section1590&num=0&edition=prelim",
         "§ 1590 ... shall be fined under this title or imprisoned not more than 20 years, "
         "or both. If death results from the violation of this section, or if the "
         "violation includes kidnapping or an attempt to kidnap, aggravated sexual abuse, "
         "or the attempt to commit aggravated sexual abuse, or an attempt to kill, the "
         "defendant shall be fined under this title or imprisoned for any term of years "
         "or life, or both."),
    ),
    "federal-mann-act-2421": (
        [("Any conviction", "Felony", "", "10 years", 250_000, None, "")],
        ("https://uscode.house.gov/view.xhtml?edition=prelim&path=%2Fprelim%40title18%2Fpart1%2Fchapter117",
         "§2421 (a) ... Whoever knowingly transports any individual in interstate or "
         "foreign commerce ... with intent that such individual engage in prostitution ... "
         "shall be fined under this title or imprisoned not more than 10 years, or both."),
    ),
    # Tiers that could not be checked again: none shown until a source is recorded.
    "maine-criminal-forced-labor": (
        [("Any conviction", "Class C crime", "", "5 years", 5_000, 70, "pl-2023-c-412")],
        (LABOR_STATUTES, "17-A § 304 Criminal Forced Labor ... This is a Class C crime. "
         "(Class C: up to 5 years and $5,000.) " + CLASS_ASSESSMENT_WORDS),
    ),
    "maine-aggravated-criminal-forced-labor": (
        [("Any conviction", "Class B crime", "", "10 years", 20_000, 70, "pl-2023-c-412")],
        (LABOR_STATUTES, "17-A § 305 Aggravated Criminal Forced Labor ... the victim is "
         "under the age of 18. This is a Class B crime. (Class B: up to 10 years and "
         "$20,000.) " + CLASS_ASSESSMENT_WORDS),
    ),
    "federal-transportation-of-minors-2423": (
        [
            ("Transporting a person under 18 for prostitution or criminal sexual activity", "Felony", "10 years", "Life", 250_000, None, ""),
            ("Travelling for, or arranging travel for, illicit sexual conduct", "Felony", "", "30 years", 250_000, None, ""),
        ],
        ("https://trac.syr.edu/law/18USC2423.html",
         "(a) ... shall be fined under this title and imprisoned not less than 10 years or "
         "for life. (b) Travel With Intent To Engage in Illicit Sexual Conduct ... imprisoned "
         "not more than 30 years ... (d) Ancillary Offenses ... arranges, induces, procures, "
         "or facilitates the travel ... imprisoned not more than 30 years. (TRAC's copy of "
         "18 U.S.C. § 2423.)"),
    ),
    "federal-fosta-2421a": (
        [
            ("Any conviction", "Felony", "", "10 years", 250_000, None, ""),
            ("Five or more people, or in reckless disregard of contributing to sex trafficking", "Felony", "", "25 years", 250_000, None, ""),
        ],
        ("https://policy.house.gov/legislative/bills/hr-1865-allow-states-and-victims-fight-online-sex-trafficking-act-2017",
         "H.R. 1865 ... Creates a statutory maximum of 10 years imprisonment for the use or "
         "operation of an interstate facility with the intent to promote or facilitate the "
         "... prostitution of another person. Creates an aggravating factor when the intent "
         "to promote or facilitate the trafficking of five or more persons; or when the act "
         "is in reckless disregard of the fact that the conduct ... contributed to sex "
         "trafficking. These aggravating circumstances carry a fine and/or a statutory "
         "maximum of 25 years' imprisonment. (House Republican Policy Committee summary.)"),
    ),
    "federal-documents-1592": (
        [("Any conviction", "Felony", "", "5 years", 250_000, None, "")],
        ("https://casetext.com/statute/united-states-code/title-18-crimes-and-criminal-procedure/part-i-crimes/chapter-77-peonage-slavery-and-trafficking-in-persons/section-1592-unlawful-conduct-with-respect-to-documents-in-furtherance-of-trafficking-peonage-slavery-involuntary-servitude-or-forced-labor",
         "(a) Whoever knowingly destroys, conceals, removes, confiscates, or possesses any "
         "actual or purported passport or other immigration document ... shall be fined "
         "under this title or imprisoned for not more than 5 years, or both. (Casetext's "
         "copy of 18 U.S.C. § 1592, current through P.L. 118-106.)"),
    ),
    **{slug: ([], ("", "")) for slug in ("federal-coercion-enticement-2422",)},
}  # fmt: skip

# A federal felony's fine, where its section names none: 18 U.S.C. § 3571(b)(3).
FEDERAL_FINE_WORDS = (
    " 18 U.S.C. § 3571(b): 'an individual who has been found guilty of an offense may be "
    "fined not more than the greatest of— (1) the amount specified in the law setting forth "
    "the offense; (2) the applicable amount under subsection (d) ...; (3) for a felony, not "
    "more than $250,000' (Justia's copy)."
)
for _slug, (_tiers, (_url, _words)) in list(PENALTIES.items()):
    if _slug.startswith("federal-") and _tiers:
        PENALTIES[_slug] = (_tiers, (_url, _words + FEDERAL_FINE_WORDS))
