"""Best-practice links for the demo library: real publishers, real addresses."""

RESOURCES = [
    {
        "slug": "national-human-trafficking-hotline",
        "title": "National Human Trafficking Hotline",
        "url": "https://humantraffickinghotline.org/",
        "publisher": "Polaris",
        "resource_type": "hotline",
        "audiences": ["survivors-and-families", "general-public", "victim-services"],
        "topics": ["sex-trafficking", "labor-trafficking"],
        # Languages: humantraffickinghotline.org/about-us/what-we-do (calls); text and chat
        # in English and Spanish (HHS Office on Trafficking in Persons, February 7, 2018).
        "description": "A free, confidential hotline that answers calls (1-888-373-7888), texts "
        "(233733) and chats at any hour. Callers can speak English or Spanish, or use an "
        "interpreter in more than 200 other languages; texts and chats are in English and "
        "Spanish. It connects people with local help and takes tips.",
    },
    {
        "slug": "polaris-project",
        "title": "Polaris: data and analysis on human trafficking in the U.S.",
        "url": "https://polarisproject.org/",
        "publisher": "Polaris",
        "resource_type": "report",
        "audiences": ["general-public", "victim-services"],
        "topics": ["sex-trafficking", "labor-trafficking"],
        "description": "The nonprofit that runs the National Human Trafficking Hotline publishes "
        "reports drawn from hotline data, including its typology of the forms trafficking "
        "takes in the United States.",
    },
    {
        "slug": "ovc-task-force-eguide",
        "title": "Human Trafficking Task Force e-Guide",
        "url": "https://www.ovcttac.gov/taskforceguide/eguide/",
        "publisher": "Office for Victims of Crime, U.S. Department of Justice",
        "resource_type": "guide",
        "audiences": ["law-enforcement", "prosecution", "victim-services"],
        "topics": ["sex-trafficking", "labor-trafficking", "screening"],
        "description": "The federal guide to building and running a multidisciplinary "
        "anti-trafficking task force: victim-centered investigations, services, and "
        "working across agencies.",
    },
    {
        "slug": "blue-campaign",
        "title": "Blue Campaign",
        "url": "https://www.dhs.gov/blue-campaign",
        "publisher": "U.S. Department of Homeland Security",
        "resource_type": "training",
        "audiences": ["general-public", "law-enforcement"],
        "topics": ["screening", "sex-trafficking", "labor-trafficking"],
        "description": "DHS's public awareness campaign, with free awareness training, indicator "
        "cards and posters for employers, first responders and the public.",
    },
    {
        "slug": "soar-training",
        "title": "SOAR to Health and Wellness training",
        "url": "https://nhttac.acf.gov/soar",
        "publisher": "National Human Trafficking Training and Technical Assistance Center (HHS)",
        "resource_type": "training",
        "audiences": ["health-care", "victim-services", "schools"],
        "topics": ["screening"],
        "description": "Free, accredited training for health care, social service and school "
        "professionals: Stop, Observe, Ask and Respond to human trafficking.",
    },
    {
        "slug": "hhs-office-on-trafficking-in-persons",
        "title": "Office on Trafficking in Persons",
        "url": "https://www.acf.hhs.gov/otip",
        "publisher": "Administration for Children and Families, U.S. Department of Health and Human Services",
        "resource_type": "website",
        "audiences": ["victim-services", "child-welfare"],
        "topics": ["victims-rights", "immigration-relief"],
        "description": "Federal office that certifies foreign national adult survivors and "
        "issues eligibility letters for children so that they can get benefits and services.",
    },
    {
        "slug": "uscis-t-visa",
        "title": "Victims of human trafficking: T nonimmigrant status",
        "url": "https://www.uscis.gov/humanitarian/victims-of-human-trafficking-and-other-crimes/victims-of-human-trafficking-t-nonimmigrant-status",
        "publisher": "U.S. Citizenship and Immigration Services",
        "resource_type": "guide",
        "audiences": ["legal-services", "victim-services", "survivors-and-families"],
        "topics": ["immigration-relief"],
        "description": "USCIS's official explanation of the T visa: who is eligible, how to "
        "apply on Form I-914, family members, and the path to permanent residence.",
    },
    {
        "slug": "state-tip-report",
        "title": "Trafficking in Persons Report",
        "url": "https://www.state.gov/trafficking-in-persons-report/",
        "publisher": "U.S. Department of State",
        "resource_type": "report",
        "audiences": ["general-public", "prosecution"],
        "topics": ["sex-trafficking", "labor-trafficking"],
        "description": "The annual report, required by the Trafficking Victims Protection Act, "
        "that assesses every country's efforts against trafficking, the United States "
        "included.",
    },
    {
        "slug": "human-trafficking-legal-center",
        "title": "Human Trafficking Legal Center",
        "url": "https://htlegalcenter.org/",
        "publisher": "The Human Trafficking Legal Center",
        "resource_type": "directory",
        "audiences": ["legal-services", "survivors-and-families"],
        "topics": ["civil-remedies", "victims-rights"],
        "description": "Connects survivors with pro bono lawyers for civil cases, restitution and "
        "other remedies, and trains attorneys on trafficking litigation.",
    },
    {
        "slug": "ncmec-cybertipline",
        "title": "CyberTipline",
        "url": "https://report.cybertip.org/",
        "publisher": "National Center for Missing & Exploited Children",
        "resource_type": "hotline",
        "audiences": ["general-public", "schools", "law-enforcement"],
        "topics": ["online-exploitation", "children-and-youth"],
        "description": "The national place to report online enticement of children, child sexual "
        "abuse material and child sex trafficking. Reports go to the right law enforcement "
        "agency.",
    },
    {
        "slug": "ncmec-child-sex-trafficking",
        "title": "Child sex trafficking: what it is and how to help",
        "url": "https://www.missingkids.org/theissues/trafficking",
        "publisher": "National Center for Missing & Exploited Children",
        "resource_type": "guide",
        "audiences": ["survivors-and-families", "schools", "child-welfare"],
        "topics": ["children-and-youth", "sex-trafficking"],
        "description": "Plain explanations of how children are recruited and controlled, the "
        "warning signs, and what parents and professionals can do.",
    },
    {
        "slug": "maine-victims-compensation",
        "title": "Maine Crime Victims' Compensation Program",
        "url": "https://www.maine.gov/ag/crime/victims_compensation/",
        "publisher": "Office of the Maine Attorney General",
        "resource_type": "website",
        "audiences": ["survivors-and-families", "victim-services"],
        "topics": ["victims-rights"],
        "description": "How to apply for reimbursement of medical, counseling and other costs "
        "caused by a violent crime in Maine, including sexual assault. Phone 207-624-7882 or "
        "1-800-903-7882.",
    },
    {
        "slug": "maine-child-protective-intake",
        "title": "Report suspected child abuse or neglect in Maine",
        "url": "https://www.maine.gov/dhhs/ocfs/provider-resources/reporting-suspected-child-abuse-and-neglect",
        "publisher": "Maine Office of Child and Family Services",
        "resource_type": "hotline",
        "audiences": ["schools", "health-care", "law-enforcement", "general-public"],
        "topics": ["children-and-youth"],
        "description": "Child Protective Intake answers 24 hours a day, every day, at "
        "1-800-452-1999 (deaf or hard of hearing: 711, Maine Relay). The page explains what "
        "to report and what intake will ask.",
    },
    {
        "slug": "mecasa",
        "title": "Maine Coalition Against Sexual Assault",
        "url": "https://www.mecasa.org/",
        "publisher": "Maine Coalition Against Sexual Assault",
        "resource_type": "directory",
        "audiences": ["survivors-and-families", "victim-services"],
        "topics": ["victims-rights", "sex-trafficking"],
        "description": "Maine's coalition of sexual assault support centers, with the statewide "
        "crisis and support line (1-800-871-7741) and a directory of local centers.",
    },
    {
        "slug": "mcedv",
        "title": "Maine Coalition to End Domestic Violence",
        "url": "https://www.mcedv.org/",
        "publisher": "Maine Coalition to End Domestic Violence",
        "resource_type": "directory",
        "audiences": ["survivors-and-families", "victim-services"],
        "topics": ["victims-rights"],
        "description": "Maine's network of domestic violence resource centers, reached any time "
        "through the statewide helpline, 1-866-834-4357.",
    },
    {
        "slug": "preble-street-anti-trafficking",
        "title": "Preble Street Anti-Trafficking Services",
        "url": "https://www.preblestreet.org/",
        "publisher": "Preble Street",
        "resource_type": "directory",
        "audiences": ["survivors-and-families", "victim-services"],
        "topics": ["sex-trafficking", "labor-trafficking"],
        "description": "Portland-based services for adult survivors of sex and labor trafficking "
        "in Maine: emergency help, case management and a drop-in center.",
    },
    {
        "slug": "pine-tree-legal",
        "title": "Pine Tree Legal Assistance",
        "url": "https://ptla.org/",
        "publisher": "Pine Tree Legal Assistance",
        "resource_type": "directory",
        "audiences": ["survivors-and-families", "legal-services"],
        "topics": ["civil-remedies", "victims-rights"],
        "description": "Free civil legal help for Mainers with low incomes, and plain-language "
        "guides on protection orders, housing, and help for survivors.",
    },
    {
        "slug": "heal-trafficking",
        "title": "HEAL Trafficking",
        "url": "https://healtrafficking.org/",
        "publisher": "HEAL Trafficking",
        "resource_type": "toolkit",
        "audiences": ["health-care"],
        "topics": ["screening"],
        "description": "A network of health professionals against trafficking, with a protocol "
        "toolkit that helps hospitals and clinics write their own response protocol.",
    },
    {
        "slug": "ed-human-trafficking-schools",
        "title": "Human Trafficking in America's Schools",
        "url": "https://safesupportivelearning.ed.gov/human-trafficking-americas-schools",
        "publisher": "U.S. Department of Education",
        "resource_type": "guide",
        "audiences": ["schools"],
        "topics": ["children-and-youth", "screening"],
        "description": "The Department of Education's guide for school staff: how trafficking "
        "affects schools, the signs to notice, and the policies, protocols and partnerships "
        "that help.",
    },
    {
        "slug": "freedom-network-usa",
        "title": "Freedom Network USA",
        "url": "https://freedomnetworkusa.org/",
        "publisher": "Freedom Network USA",
        "resource_type": "training",
        "audiences": ["victim-services", "legal-services"],
        "topics": ["victims-rights", "labor-trafficking"],
        "description": "The national coalition of anti-trafficking service providers and "
        "advocates, with training and policy resources grounded in survivors' rights.",
    },
    {
        "slug": "nsvrc",
        "title": "National Sexual Violence Resource Center",
        "url": "https://www.nsvrc.org/",
        "publisher": "National Sexual Violence Resource Center",
        "resource_type": "toolkit",
        "audiences": ["victim-services", "schools"],
        "topics": ["victims-rights"],
        "description": "Research, toolkits and prevention resources on sexual violence, including "
        "its overlap with trafficking and exploitation.",
    },
    {
        "slug": "fbi-tips",
        "title": "Report a tip to the FBI",
        "url": "https://tips.fbi.gov/",
        "publisher": "Federal Bureau of Investigation",
        "resource_type": "hotline",
        "audiences": ["general-public", "law-enforcement"],
        "topics": ["sex-trafficking", "online-exploitation"],
        "description": "The FBI's online form for reporting federal crimes, including human "
        "trafficking and the online exploitation of children.",
    },
    {
        "slug": "shared-hope",
        "title": "Shared Hope International: state law report cards",
        "url": "https://sharedhope.org/",
        "publisher": "Shared Hope International",
        "resource_type": "report",
        "audiences": ["prosecution", "general-public"],
        "topics": ["children-and-youth", "commercial-sexual-exploitation"],
        "description": "Grades each state's laws on child sex trafficking and sets out model "
        "provisions, useful for comparing Maine's law with other states'.",
    },
]
