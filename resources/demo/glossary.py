"""The glossary's first terms: words a Maine reader meets, in plain language.

Checked against the statutes' own words where a statute defines the term (17-A M.R.S.
§§ 851-853 as the Legislature, WomensLaw and the Network's own statute page give them;
P.L. 2023, c. 316 and c. 409 as chaptered), the Attorney General's Victims'
Compensation pages, Maine DHHS, the Judicial Branch, and the hotlines. Section names
follow P.L. 2023, c. 316: § 853-B is "engaging a person for prostitution", § 855
"commercial sexual exploitation of a minor or a person with a mental disability".
"""

from datetime import date

TERMS = [
    {
        "slug": "sex-trafficking",
        "title": "Sex trafficking",
        "definition": "Profiting from, or arranging, the sale of sex acts by another person.",
        "also_called": "promotion of prostitution\npromoting prostitution",
        "maine_note": "In Maine, sex trafficking (17-A M.R.S. § 853) is knowingly promoting "
        "prostitution. Unlike the federal definition for adults, it needs no force, fraud or "
        "coercion: those make it aggravated (§ 852).",
        "laws": ["maine-sex-trafficking", "federal-sex-trafficking-1591"],
        "protocols": ["advocacy-protocol-sex-trafficking-survivors"],
    },
    {
        "slug": "aggravated-sex-trafficking",
        "title": "Aggravated sex trafficking",
        "definition": "Sex trafficking in the ways Maine treats as most harmful: when the "
        "person is made to do it, or is under 18, or has a mental disability that is easy "
        "to see.",
        "also_called": "compelled prostitution",
        "maine_note": "17-A M.R.S. § 852, a Class B crime. When the person is under 18, no "
        "force or threat has to be proved.",
        "laws": ["maine-aggravated-sex-trafficking"],
        "protocols": ["law-enforcement-suspected-minor-victim"],
    },
    {
        "slug": "promotes-prostitution",
        "title": "Promotes prostitution",
        "definition": "Any of the ways of profiting from or arranging someone else's sale "
        "of sex: finding or supplying people, soliciting buyers, running the business, "
        "letting a place be used, transporting someone for it, or taking a share of the "
        "money.",
        "also_called": "pimp\npimping\npimps",
        "maine_note": "Defined in 17-A M.R.S. § 851. A person who only arranges the sale "
        "of sex by themselves is not guilty of sex trafficking (§ 853, subsection 4).",
        "laws": ["maine-sex-trafficking"],
        "protocols": [],
    },
    {
        "slug": "prostitution",
        "title": "Prostitution",
        "definition": "Taking part in, agreeing to or offering a sexual act or sexual "
        "contact in return for money or anything else of value.",
        "also_called": "sex work\nthe sex trade\nthe life\nthe game",
        "maine_note": "Since October 25, 2023, selling sex is no longer a crime in Maine: "
        "P.L. 2023, c. 316 repealed the crime of engaging in prostitution (former § 853-A). "
        "Buying sex, and profiting from someone else's, are still crimes.",
        "laws": ["maine-engaging-in-prostitution-repealed"],
        "protocols": [],
    },
    {
        "slug": "patron",
        "title": "Patron",
        "definition": "The person who buys, or agrees to buy, sex.",
        "also_called": "john\njohns\nbuyer\nsex buyer\ntrick",
        "maine_note": "Buying sex is the crime of engaging a person for prostitution "
        "(17-A M.R.S. § 853-B); buying sex from someone under 18 is commercial sexual "
        "exploitation of a minor (§ 855).",
        "laws": ["maine-commercial-sexual-exploitation", "maine-cse-minor"],
        "protocols": ["model-policy-law-enforcement-commercial-sexual-exploitation"],
    },
    {
        "slug": "engaging-a-person-for-prostitution",
        "title": "Engaging a person for prostitution",
        "definition": "Maine's crime of buying sex: giving, agreeing to give or offering "
        "money or anything of value for a sexual act or sexual contact.",
        "also_called": "buying sex\nengaging a prostitute",
        "maine_note": "17-A M.R.S. § 853-B. Until P.L. 2023, c. 316 it was called "
        '"engaging a prostitute".',
        "laws": ["maine-commercial-sexual-exploitation"],
        "protocols": ["model-policy-law-enforcement-commercial-sexual-exploitation"],
    },
    {
        # Resolve 2023, c. 112 (L.D. 1092, approved July 26, 2023), sec. 1, as chaptered.
        "slug": "commercial-sexual-exploitation-of-children",
        "title": "Commercial sexual exploitation of children",
        "definition": "Any sexual abuse or sexual exploitation of a child that earns someone "
        "money, or that is traded for anything of value (money, a place to stay, food, drugs, "
        "gifts), whoever gives or gets it. It is wider than the crime of buying sex from a minor.",
        "also_called": "CSEC\ncommercially sexually exploited children",
        "maine_note": "The meaning Maine uses in Resolve 2023, c. 112, which had DHHS bring "
        "together a committee on preventing it. The crimes that cover it include sex "
        "trafficking and aggravated sex trafficking (17-A M.R.S. §§ 852, 853) and commercial "
        "sexual exploitation of a minor (§ 855).",
        "laws": ["maine-cse-minor", "maine-aggravated-sex-trafficking", "maine-sex-trafficking"],
        "protocols": ["law-enforcement-suspected-minor-victim"],
    },
    {
        "slug": "commercial-sexual-exploitation-of-a-minor",
        "title": "Commercial sexual exploitation of a minor",
        "definition": "Buying, or trying to buy, sex from someone under 18: the Maine "
        "crime. The wider idea, any sexual exploitation of a child for something of value, is "
        "commercial sexual exploitation of children (CSEC).",
        "also_called": "child sex buying",
        "maine_note": "17-A M.R.S. § 855, which also covers a person with a mental "
        'disability. Until P.L. 2023, c. 316 it was called "patronizing prostitution of a '
        'minor".',
        "laws": ["maine-cse-minor"],
        "protocols": [
            "law-enforcement-suspected-minor-victim",
            "model-school-policy-child-trafficking",
        ],
    },
    {
        "slug": "compelling",
        "title": "Compelling",
        "definition": "Making someone do something against their will: for example by "
        "force or threats, by a debt they can never pay off, by keeping their ID or "
        "papers, or by giving or holding back drugs.",
        "also_called": "coercion\ncoerced",
        "maine_note": "The ways that count are listed in 17-A M.R.S. § 852, subsection 2. "
        "Compelling someone into prostitution makes sex trafficking aggravated; having been "
        "compelled is a defense for the person made to take part (§ 853, subsection 3).",
        "laws": ["maine-aggravated-sex-trafficking", "maine-affirmative-defense-compelled"],
        "protocols": [],
    },
    {
        "slug": "debt-bondage",
        "title": "Debt bondage",
        "definition": "Keeping someone working, or selling sex, to pay off a debt that "
        "never gets smaller, however much they work.",
        "also_called": "debt slavery\nbonded labor",
        "maine_note": "One of the ways of compelling someone under Maine's aggravated sex "
        "trafficking and criminal forced labor laws.",
        "laws": ["maine-aggravated-sex-trafficking", "maine-criminal-forced-labor"],
        "protocols": [],
    },
    {
        "slug": "criminal-forced-labor",
        "title": "Criminal forced labor",
        "definition": "Maine's crime of making someone work, or provide services, by "
        "threats, debt, control of drugs or medicine they depend on, or similar pressure.",
        "also_called": "labor trafficking in Maine",
        "maine_note": "17-A M.R.S. § 304.",
        "laws": ["maine-criminal-forced-labor"],
        "protocols": [],
    },
    {
        "slug": "labor-trafficking",
        "title": "Labor trafficking",
        "definition": "Making someone work through force, fraud or coercion: threats, "
        "debt, taking their papers, or abuse.",
        "also_called": "forced labor\nlabour trafficking\nlabor exploitation",
        "maine_note": "Maine's crime is criminal forced labor (17-A M.R.S. § 304); the "
        "federal one is forced labor (18 U.S.C. § 1589).",
        "laws": ["maine-criminal-forced-labor", "federal-forced-labor-1589"],
        "protocols": [],
    },
    {
        "slug": "human-trafficking",
        "title": "Human trafficking",
        "definition": "Using force, fraud or coercion to make someone sell sex or work, or "
        "selling sex by anyone under 18. It does not need anyone to be moved.",
        "also_called": "trafficking in persons\nmodern slavery",
        "maine_note": "Federal law's definition (the Trafficking Victims Protection Act, "
        "22 U.S.C. § 7102). Maine law names the crimes instead: sex trafficking, aggravated "
        "sex trafficking and criminal forced labor.",
        "laws": ["federal-tvpa", "federal-sex-trafficking-1591"],
        "protocols": [],
    },
    {
        "slug": "force-fraud-or-coercion",
        "title": "Force, fraud or coercion",
        "definition": "The means federal law looks for when the person trafficked is an "
        "adult: violence, lies, or threats and other pressure.",
        "also_called": "force fraud coercion",
        "maine_note": "For someone under 18, federal law needs none of them (18 U.S.C. "
        "§ 1591). Maine's basic sex trafficking crime needs none either.",
        "laws": ["federal-sex-trafficking-1591"],
        "protocols": [],
    },
    {
        "slug": "affirmative-defense",
        "title": "Affirmative defense",
        "definition": "A defense the person charged raises and must prove: it does not "
        "deny what happened, but shows why they should not be found guilty.",
        "also_called": "",
        "maine_note": "A person charged with sex trafficking who was compelled into it has "
        "an affirmative defense (17-A M.R.S. § 853, subsection 3).",
        "laws": ["maine-affirmative-defense-compelled"],
        "protocols": ["advocacy-protocol-sex-trafficking-survivors"],
    },
    {
        "slug": "t-visa",
        "title": "T visa",
        "definition": "A federal immigration status that can let a survivor of trafficking "
        "who is not a U.S. citizen stay and work in the United States.",
        "also_called": "T nonimmigrant status\nT-visa",
        "maine_note": "A federal matter (8 U.S.C. § 1101(a)(15)(T)). The rules are "
        "complicated: talk to an immigration lawyer.",
        "laws": ["federal-t-visa"],
        "protocols": [],
    },
    {
        "slug": "victims-compensation",
        "title": "Victims' compensation",
        "definition": "Money from Maine's Victims' Compensation Program, in the Attorney "
        "General's office, towards costs a violent crime left a victim with, when insurance "
        "does not cover them.",
        "also_called": "victim compensation\ncrime victims compensation",
        "maine_note": "The crime must usually be reported to police within five days, and "
        "the claim made within three years (5 M.R.S. § 3360-C). The fund is paid for by "
        "assessments on people convicted of crimes (§ 3360-I).",
        "laws": ["maine-victims-compensation-requirements", "maine-victims-compensation-fund"],
        "protocols": ["advocacy-protocol-sex-trafficking-survivors"],
    },
    {
        "slug": "forensic-exam",
        "title": "Forensic exam",
        "definition": "A medical exam after a sexual assault that looks after the person "
        "and can collect evidence, if they want it collected.",
        "also_called": "rape kit\nsexual assault forensic exam\nsex crimes kit",
        "maine_note": "The hospital bills Maine's Victims' Compensation Program for it, so "
        "the person does not pay.",
        "laws": [],
        "protocols": ["health-care-trafficking-response"],
    },
    {
        "slug": "sealing",
        "title": "Sealing",
        "definition": "A court order that keeps a criminal record from being given out to "
        "the public.",
        "also_called": "seal my record\nclearing your record\nexpungement",
        "maine_note": "Maine seals records rather than erasing them. A conviction for the "
        "repealed crime of engaging in prostitution must be sealed, on a motion, when the "
        "rules of 15 M.R.S. § 2262-A are met (P.L. 2023, c. 409).",
        "laws": ["maine-sealing-prostitution-convictions"],
        "protocols": [],
    },
    {
        "slug": "mandated-reporter",
        "title": "Mandated reporter",
        # 22 M.R.S. § 4011-A: to DHHS, or, for abuse by someone not responsible for the
        # child, to the district attorney's office (as HHS ASPE's summary of Maine's
        # reporting law also says).
        "definition": "A person whose job means the law requires them to report when they "
        "know or have reason to suspect that a child is being, or is likely to be, abused "
        "or neglected.",
        "also_called": "mandatory reporter",
        "maine_note": "Abuse or neglect by a parent or someone else responsible for the "
        "child is reported to Maine DHHS's Child Protective Intake, 1-800-452-1999, any time. "
        "When the person suspected is not responsible for the child (a trafficker or a buyer, "
        "say), the law says the report goes to the district attorney's office "
        "(22 M.R.S. § 4011-A). [Who do I report to?](/who-to-report-to/) answers it by "
        "who the person suspected is and by your work.",
        "laws": [],
        "protocols": [
            "model-school-policy-child-trafficking",
            "health-care-trafficking-response",
        ],
    },
    {
        "slug": "child-protective-intake",
        "title": "Child Protective Intake",
        "definition": "Maine DHHS's line for reporting a child who may be abused or "
        "neglected: 1-800-452-1999, any time, every day; deaf or hard of hearing callers "
        "dial 711 (Maine Relay).",
        "also_called": "CPS\nchild protective services\nDHHS hotline",
        "maine_note": "",
        "laws": [],
        "protocols": ["law-enforcement-suspected-minor-victim"],
    },
    {
        "slug": "advocate",
        "title": "Advocate",
        "definition": "A trained person who supports survivors, free and in confidence, "
        "and can go with them to the hospital, the police or court.",
        "also_called": "victim advocate\nsexual assault advocate",
        "maine_note": "Maine's sexual assault support centers' advocates answer the "
        "statewide line, 1-800-871-7741, at any time.",
        "laws": [],
        "protocols": ["advocacy-protocol-sex-trafficking-survivors"],
    },
    {
        "slug": "pecuniary-benefit",
        "title": "Pecuniary benefit",
        "definition": "Money, or anything else of value: a place to stay, food, drugs, gifts.",
        "also_called": "anything of value",
        "maine_note": "What turns a sexual act into prostitution under Maine law is that it "
        "is in return for a pecuniary benefit (17-A M.R.S. § 851).",
        "laws": ["maine-sex-trafficking"],
        "protocols": [],
    },
    {
        "slug": "class-of-crime",
        "title": "Class of crime",
        "definition": "How Maine grades a crime's seriousness, which sets the longest "
        "sentence: Class B up to 10 years, Class C up to 5 years, Class D up to 364 days, "
        "Class E up to 6 months.",
        "also_called": "Class B\nClass C\nClass D\nClass E\nfelony\nmisdemeanor",
        "maine_note": "Maine's classes are set by 17-A M.R.S. § 1604.",
        "laws": [],
        "protocols": [],
    },
    {
        "slug": "session-law",
        "title": "Session law",
        "definition": "A law as the Legislature passed it in one session, which changes "
        "the statutes. Maine cites it by year and chapter, for example P.L. 2023, c. 316.",
        "also_called": "public law\nchaptered law",
        "maine_note": "",
        "laws": ["maine-engaging-in-prostitution-repealed"],
        "protocols": [],
    },
    {
        "slug": "restitution",
        "title": "Restitution",
        "definition": "Money a judge orders the person convicted to pay the victim back, "
        "for out-of-pocket losses the crime caused.",
        "also_called": "",
        "maine_note": "A federal trafficking conviction carries mandatory restitution "
        "(18 U.S.C. § 1593). In Maine, victims of human trafficking offenses can be repaid "
        "for lost work: P.L. 2007, c. 684, Part D had the Department of Labor define that "
        '"work loss".',
        "laws": ["federal-restitution-1593"],
        "protocols": [],
    },
    {
        "slug": "survivor",
        "title": "Survivor",
        "definition": "A person who has lived through trafficking or exploitation. The law "
        'says "victim"; many people prefer "survivor". This site uses both.',
        "also_called": "",
        "maine_note": "",
        "laws": [],
        "protocols": ["advocacy-protocol-sex-trafficking-survivors"],
    },
    {
        "slug": "health-care-provider",
        "title": "Health care provider",
        "definition": "Anyone who gives medical care: in a hospital emergency department, a "
        "clinic, a doctor's office or a school nurse's office.",
        "also_called": "hospital\nhospitals\nnurse\nnurses\ndoctor\ndoctors\nclinic\n"
        "emergency room\nER",
        "maine_note": "Medical professionals and hospital staff are among the mandated "
        "reporters of suspected child abuse and neglect in Maine.",
        "laws": [],
        "protocols": ["health-care-trafficking-response"],
    },
    {
        "slug": "law-enforcement",
        "title": "Law enforcement",
        "definition": "Police officers, sheriffs' deputies, state troopers and federal "
        "agents: the people who investigate crimes and can make arrests.",
        "also_called": "police\ncops\nofficer\nofficers\nsheriff\nstate police",
        "maine_note": "",
        "laws": [],
        "protocols": [
            "law-enforcement-suspected-minor-victim",
            "model-policy-law-enforcement-commercial-sexual-exploitation",
        ],
    },
]

# Where each definition comes from, checked on this day. Terms not listed have no
# source recorded yet: their pages show none.
CHECKED = date(2026, 12, 5)
SOURCES = {
    "sex-trafficking": (
        "https://legislature.maine.gov/statutes/17-A/title17-Asec853.html",
        "1. A person is guilty of sex trafficking if: A. The person knowingly promotes "
        "prostitution. (Read from WomensLaw's copy of § 853, updated November 28, 2023.)",
    ),
    "aggravated-sex-trafficking": (
        "https://www.mainesten.org/sex-trafficking-provision.html",
        "17-A § 852: Aggravated Sex Trafficking. Same elements as above (853) with the "
        "following additional elements ... This is a Class B Crime.",
    ),
    "promotes-prostitution": (
        "https://legislature.maine.gov/statutes/17-A/title17-Asec851.html",
        "17-A § 851(2): causing or aiding another to commit or engage in prostitution, other "
        "than as a patron; publicly soliciting patrons for prostitution; providing persons "
        "for purposes of prostitution; leasing or otherwise permitting a place ... to be "
        "regularly used for prostitution; owning, controlling, managing ... a house of "
        "prostitution or a prostitution business; transporting a person ... with the intent "
        "that such other person engage in prostitution; or accepting or receiving ... a "
        "pecuniary benefit ... to participate in the proceeds of prostitution. (As quoted by "
        "lukerioux.com.)",
    ),
    "commercial-sexual-exploitation-of-children": (
        "https://legislature.maine.gov/legis/bills/display_ps.asp?LD=1092&snum=131",
        "Resolve 2023, c. 112 (H.P. 687 - L.D. 1092), approved July 26, 2023: '\"commercial "
        'sexual exploitation of children" means any activity involving the sexual abuse or '
        "sexual exploitation of a child for the financial benefit of any person or in "
        "exchange for anything of monetary or nonmonetary value given or received by any "
        "person.'",
    ),
    "advocate": (
        "https://www.sassmm.org/your-questions.html",
        "A sexual assault support advocate is someone who can support anyone affected by "
        "sexual violence. Advocates can go with survivors to the hospital, to the police, or to "
        "court. ... They are available 24/7 by calling the Statewide Sexual Assault Helpline at "
        "1-800-871-7741. (Our services are free and private: sassmm.org/help-now.html.)",
    ),
    "affirmative-defense": (
        "https://legislature.maine.gov/statutes/17-A/title17-Asec853.html",
        "3. It is an affirmative defense to prosecution under this section that the person "
        "engaged in sex trafficking because the person was compelled to do so as described in "
        "section 852, subsection 2. (WomensLaw's copy of § 853.)",
    ),
    "commercial-sexual-exploitation-of-a-minor": (
        "https://www.bangordailynews.com/2023/06/26/politics/"
        "janet-mills-signs-law-partially-decriminalizing-maine-prostitution-xoasq1i29i/",
        "P.L. 2023, c. 316, § 1: 'patronizing prostitution commercial sexual exploitation of a "
        "minor ... as described in Title 17-A, section 855'. Bangor Daily News, June 26, 2023: "
        "'it elevates the crime of soliciting sex from a child or person with a mental "
        "disability from a misdemeanor to a felony'.",
    ),
    "compelling": (
        "https://www.mainesten.org/sex-trafficking-provision.html",
        "17-A § 852: Aggravated Sex Trafficking ... '*Compelling' means any of the following "
        "(the Network's statute page). The ways named in P.L. 2017, c. 416 (§ 304): 'Withholds "
        "or threatens to withhold a scheduled drug or alcohol ... a substance or medication', "
        "'The reasonable value of the labor or services is not applied toward the liquidation "
        "of the debt', 'the destruction, concealment, removal, confiscation or possession of "
        "any actual or purported passport or other immigration document'.",
    ),
    "criminal-forced-labor": (
        "https://legislature.maine.gov/legis/bills/bills_128th/chapters/PUBLIC416.asp",
        "P.L. 2017, c. 416, Sec. 2: '§ 304 Criminal forced labor. 1 A person is guilty of "
        "criminal forced labor if the actor, without the legal right to do so, intentionally "
        "or knowingly: A Withholds or threatens to withhold a scheduled drug or alcohol ... in "
        "order to compel that person to provide labor or services having economic value'.",
    ),
    "debt-bondage": (
        "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title22-section7102&num=0&edition=prelim",
        '22 U.S.C. § 7102: \'The term "debt bondage" means the status or condition of a debtor '
        "arising from a pledge by the debtor of his or her personal services or of those of a "
        "person under his or her control as a security for debt, if the value of those "
        "services as reasonably assessed is not applied toward the liquidation of the debt or "
        "the length and nature of those services are not respectively limited and defined.'",
    ),
    "engaging-a-person-for-prostitution": (
        "https://www.jurist.org/news/2023/06/maine-governor-signs-bill-partially-decriminalizing-prostitution/",
        "The new law goes on to define commercial sexual exploitation as 'providing, agreeing "
        "to provide or offering to provide a pecuniary (monetary) benefit to another person to "
        "engage in a sexual act or sexual contact.' This language limits the criminalization "
        "to those who are buying the services—not those selling. (JURIST, on P.L. 2023, c. "
        "316.)",
    ),
    "force-fraud-or-coercion": (
        "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title22-section7102&num=0&edition=prelim",
        "22 U.S.C. § 7102: severe forms of trafficking in persons: 'sex trafficking in which a "
        "commercial sex act is induced by force, fraud, or coercion, or in which the person "
        "induced to perform such act has not attained 18 years of age'; 'The term \"coercion\" "
        "means (A) threats of serious harm to or physical restraint against any person; (B) "
        "any scheme, plan, or pattern intended to cause a person to believe that failure to "
        "perform an act would result in serious harm ...; or (C) the abuse or threatened abuse "
        "of the legal process.'",
    ),
    "forensic-exam": (
        "https://legislature.maine.gov/statutes/5/title5sec3360-M.html",
        "5 M.R.S. § 3360-M: 'The board shall pay the costs of ... forensic examinations for "
        "alleged victims of sexual assault from the Victims' Compensation Fund ... An "
        "examination must include at least all services directly related to the gathering of "
        "forensic evidence and related testing and treatment for pregnancy and sexually "
        "transmitted diseases.' (LawServer's copy.)",
    ),
    "health-care-provider": (
        "https://legislature.maine.gov/statutes/22/title22sec4011-A.html",
        "22 M.R.S. § 4011-A(1)(A): 'An allopathic or osteopathic physician, resident or "
        "intern; An emergency medical services person; ... A registered or licensed practical "
        "nurse'; § 4012: 'Medical professionals, hospitals and hospital staff ... may submit "
        "reports electronically.'",
    ),
    "human-trafficking": (
        "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title22-section7102&num=0&edition=prelim",
        "22 U.S.C. § 7102, severe forms of trafficking in persons: 'When a commercial sex act "
        "is induced by force, fraud, or coercion, or in where the victim induced to perform a "
        "sex act is less than 18 years of age; or The recruitment, harboring, transportation, "
        "provision, or obtaining of a person for labor or services, through the use of force, "
        "fraud, or coercion for the purpose of subjection to involuntary servitude' (as quoted "
        "by MyAttorneyUSA).",
    ),
    "labor-trafficking": (
        "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title22-section7102&num=0&edition=prelim",
        "22 U.S.C. § 7102: 'The recruitment, harboring, transportation, provision, or "
        "obtaining of a person for labor or services, through the use of force, fraud, or "
        "coercion for the purpose of subjection to involuntary servitude' (as quoted by "
        "MyAttorneyUSA). Maine: P.L. 2017, c. 416 enacted § 304, criminal forced labor.",
    ),
    "law-enforcement": (
        "https://legislature.maine.gov/statutes/5/title5sec4751.html",
        "5 M.R.S. § 4751: 'Law enforcement agency ... includes, but is not limited to, a "
        "municipal police department, a sheriff's department, the State Police, a university or "
        "college police department and the Department of Public Safety.' 25 M.R.S. § 2801-A: "
        "'Law enforcement officer means a person who by virtue of public employment is vested "
        "by law with the power to make arrests'. (LawServer's copies.)",
    ),
    "patron": (
        "https://www.jurist.org/news/2023/06/maine-governor-signs-bill-partially-decriminalizing-prostitution/",
        "'This language limits the criminalization to those who are buying the services—not "
        "those selling' (JURIST, on P.L. 2023, c. 316). The Network's statute page on § 855: "
        "'if the patron did not know that the trafficked person was under 18'.",
    ),
    "pecuniary-benefit": (
        "https://www.mainesten.org/sex-trafficking-provision.html",
        "'the exchange of sexual acts or sexual contacts for anything of value (\"a pecuniary "
        "benefit\")' (the Network's statute page); 17-A § 851(2): 'Accepting or receiving, or "
        "agreeing to accept or receive, a pecuniary benefit ... to participate in the proceeds "
        "of prostitution' (as quoted by lukerioux.com).",
    ),
    "prostitution": (
        "https://www.bangordailynews.com/2023/06/26/politics/"
        "janet-mills-signs-law-partially-decriminalizing-maine-prostitution-xoasq1i29i/",
        "'eliminates Maine's Class E misdemeanor of engaging in prostitution' (Bangor Daily "
        "News, June 26, 2023, on P.L. 2023, c. 316); 'a pecuniary (monetary) benefit to "
        "another person to engage in a sexual act or sexual contact' (JURIST); effective with "
        "the first special session's nonemergency laws, October 25, 2023 (the Revisor's Laws "
        "of the State of Maine).",
    ),
    "restitution": (
        "https://legislature.maine.gov/legis/bills/bills_123rd/chapters/PUBLIC684.asp",
        "P.L. 2007, c. 684, Part D: 'the Department of Labor shall adopt rules to define "
        '"work loss" under ... Title 17-A, section 1322, subsection 3, paragraph F for '
        "victims of human trafficking offenses ... who are eligible for restitution.' 18 "
        "U.S.C. chapter 77: '1593. Mandatory restitution.'",
    ),
    "sealing": (
        "https://legislature.maine.gov/statutes/15/title15sec2262-A.html",
        "P.L. 2023, c. 409: '§2262-A. ... Criminal history record information relating to a "
        "criminal conviction for engaging in prostitution under Title 17-A, former section "
        "853-A must be sealed under this chapter if: ...' and (§ 2263) 'A person may file a "
        "written motion seeking a court order sealing the person's criminal history record "
        "information'.",
    ),
    "session-law": (
        "https://legislature.maine.gov/legis/bills/display_ps.asp?LD=1435&snum=131",
        "'APPROVED JUNE 26, 2023 ... CHAPTER 316 PUBLIC LAW ... Sec. 1. 5 MRSA §3360-I, first "
        "¶, as amended by PL 2013, c. 607, §1, is further amended to read' (P.L. 2023, c. 316); "
        "'Public Laws of 2023 Passed at the First Regular Session, Chapters 1-20' (the "
        "Revisor's Laws of the State of Maine, 131st Legislature).",
    ),
    "survivor": (
        "https://legislature.maine.gov/statutes/5/title5sec4701.html",
        '5 M.R.S. § 4701 (P.L. 2007, c. 684): \'"Trafficked person" means a victim of a '
        "human trafficking offense.' MECASA: 'Advocates have a unique job - to listen and "
        "believe survivors.' (mecasa.org/services-are.html)",
    ),
    "t-visa": (
        "https://www.uscis.gov/node/93275",
        "'You may be eligible for T nonimmigrant status if you: Are or were a victim of a "
        "severe form of trafficking in persons; Are physically present in the United States "
        "... due to trafficking'; (USCIS's words, as quoted by evaluationsforimmigration.com); 'the "
        "principal applicant must file an Application for T Nonimmigrant Status (Form I-914)' "
        "(USCIS Policy Manual); '8 U.S.C. § 1101(a)(15)(T)': 22 "
        "U.S.C. § 7105 notes.",
    ),
    "victims-compensation": (
        "https://www.maine.gov/ag/crime/victims_compensation/detailed_program_description.shtml",
        "'Maine Victims' Compensation Program offers financial assistance to victims of crime "
        "... eligible crime victims may receive up to $15,000 in financial support for medical "
        "and medically-related expenses incurred as a direct result of a crime. The Victims' "
        "Compensation Program is located in the Criminal Division of the Office of the "
        "Attorney General.'",
    ),
    "mandated-reporter": (
        "https://legislature.maine.gov/statutes/22/title22sec4011-A.html",
        "1. Required report to department. The following adult persons shall immediately "
        "report or cause a report to be made to the department when the person knows or has "
        "reasonable cause to suspect that a child has been or is likely to be abused or "
        "neglected ... A. When acting in a professional capacity: ... 'When acting in "
        "professional capacity, to the local district attorney's office. [4011-A(2)]' "
        "(Church Law & Tax's summary of subsection 2).",
    ),
    "child-protective-intake": (
        "https://www.maine.gov/dhhs/ocfs/cw/reporting_abuse.shtml",
        "Call 1-800-452-1999. Deaf/Hard of Hearing - 711 (Maine Relay). Child Protective "
        "Intake (24 hours a day/7 days a week). If you suspect that a child under age 18 is "
        "being abused or neglected by a parent or caregiver, call us to file a report!",
    ),
    "class-of-crime": (
        "https://legislature.maine.gov/statutes/17-A/title17-Asec1604.html",
        "Class A crime up to 30 years, up to $50,000; Class B up to 10 years, up to $20,000; "
        "Class C up to 5 years, up to $5,000; Class D up to 1 year, up to $2,000; Class E up "
        "to 6 months, up to $1,000. For details, see Me. Rev. Stat. Title 17-A § 1604 "
        "(LawServer's note). Class D 'up to 364 days': the Network's statute page.",
    ),
}
for term in TERMS:
    if term["slug"] in SOURCES:
        url, words = SOURCES[term["slug"]]
        term.update(source_url=url, source_words=words, source_checked_on=CHECKED)
