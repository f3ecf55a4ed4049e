"""Guides for survivors, families and the public, in plain words.

Every fact here was checked against a public source, listed in the guide's sources:
the statutes (through the Legislature's pages, WomensLaw's copies and the chaptered
laws), the Attorney General's Victims' Compensation pages, the Judicial Branch's page
on sealing, and the hotlines' own pages. Where those sources say nothing, the guide
says whom to ask instead of guessing.
"""

MAINE = "https://legislature.maine.gov/statutes"

GUIDES = [
    {
        "slug": "is-this-trafficking",
        "title": "Is this trafficking?",
        "position": 0,
        "summary": "What sex trafficking and labor trafficking mean under Maine law, in "
        "everyday words, and why what happened is not your fault.",
        "asked_as": "my boyfriend makes me sell sex\n"
        "someone takes the money I get for sex\n"
        "I have to have sex to pay off a debt\n"
        "am I being trafficked\n"
        "my boss won't let me leave or keeps my papers",
        "laws": [
            "maine-sex-trafficking",
            "maine-aggravated-sex-trafficking",
            "maine-criminal-forced-labor",
            "federal-sex-trafficking-1591",
            "federal-forced-labor-1589",
        ],
        "audiences": ["survivors-and-families", "general-public"],
        "topics": ["sex-trafficking", "labor-trafficking", "children-and-youth"],
        "body": """\
## What does "sex trafficking" mean in Maine? {#sex-trafficking}

In Maine, sex trafficking means **someone else making money or getting something
from another person's sex acts**. The law calls it "promoting prostitution". It
includes:

- finding or supplying people to sell sex;
- managing, running or advertising it;
- driving someone somewhere so that they will sell sex;
- letting a home, motel room or other place be used for it;
- taking a share of the money.

The person doing this commits a crime (17-A M.R.S. § 853). The person who is sold
does not.

## When is it "aggravated"? {#aggravated}

Maine treats it as much more serious (17-A M.R.S. § 852) when:

- the person is **made** to do it: by force or threats, by a debt they can never pay
  off, by someone keeping their ID or papers, or by someone giving or holding back
  drugs to control them; or
- the person sold is **under 18**, or has a mental disability that is easy to see.

For someone under 18, **nobody has to prove force or threats**. Selling someone
under 18 for sex is always the aggravated crime.

## What about being forced to work? {#labor}

That is labor trafficking. In Maine it is called criminal forced labor (17-A M.R.S.
§ 304). It means making someone work by things like:

- threatening to hurt them, or to have them arrested or deported;
- keeping them in a debt the work never pays off;
- holding back drugs, alcohol or medicine they depend on;
- threatening to tell a secret.

It can happen on a farm, in a restaurant, in a home, or anywhere people work.

## Does it have to involve being moved, or strangers? {#myths}

No. Nobody has to cross a border or be moved at all. The person doing it can be a
partner, a parent, a relative or a friend. The law looks at what they did, not who
they are.

## Is it my fault? Can I be arrested for selling sex? {#not-your-fault}

**It is not your fault.** Since **October 25, 2023**, selling sex is no longer a
crime in Maine. P.L. 2023, chapter 316 repealed that crime. Buying sex, and
profiting from someone else's, are still crimes.

If someone made you help with their trafficking, the law gives you a defense
(17-A M.R.S. § 853, subsection 3). A lawyer or an advocate can explain it.

## Who can I talk to? {#who-to-call}

You do not have to be sure it is trafficking to ask for help.

- The **National Human Trafficking Hotline**: call 1-888-373-7888 or text 233733,
  any time. It is not the police.
- The **Maine Sexual Assault Crisis and Support Line**: 1-800-871-7741, any time.
- If you are in danger right now, call **911**.
""",
        "sources": f"""\
- 17-A M.R.S. § 853, sex trafficking, and § 851, what "promotes prostitution"
  means: [WomensLaw's copy of § 853](https://www.womenslaw.org/laws/me/statutes/ss-853-sex-trafficking),
  [the Legislature's § 851]({MAINE}/17-A/title17-Asec851.html)
- 17-A M.R.S. § 852, aggravated sex trafficking: [the Legislature's text]({MAINE}/17-A/title17-Asec852.html)
- 17-A M.R.S. § 304, criminal forced labor: [the Legislature's text]({MAINE}/17-A/title17-Asec304.html)
- P.L. 2023, c. 316 (L.D. 1435), *An Act to Reduce Commercial Sexual Exploitation*
- The [National Human Trafficking Hotline](https://humantraffickinghotline.org/)
""",
    },
    {
        "slug": "what-help-can-i-get",
        "title": "What help can I get?",
        "position": 1,
        "summary": "Money for costs a crime left you with, a free forensic exam, and "
        "people who will help you for free: who can get what, and how to ask.",
        "asked_as": "I need help paying for things after what happened to me\n"
        "can I get money as a victim\n"
        "where can I get a free exam after I was assaulted",
        "laws": ["maine-victims-compensation-requirements", "maine-victims-compensation-fund"],
        "audiences": ["survivors-and-families"],
        "topics": ["victims-rights"],
        "body": """\
## Is there free help I can get today? {#today}

Yes. You can call these at any time, for free. You decide what happens next.

- **Maine Sexual Assault Crisis and Support Line**: 1-800-871-7741. An advocate
  can go with you to the hospital, to the police or to court, or just listen.
- **National Human Trafficking Hotline**: 1-888-373-7888, or text 233733.
- **Maine Domestic Abuse Helpline**: 1-866-834-4357.

## What is Victims' Compensation? {#compensation}

Maine's **Victims' Compensation Program**, run by the Attorney General's office,
pays back some costs that a violent crime left you with, when insurance or other
help does not cover them. It can pay towards:

- medical and dental bills, medicines and equipment;
- counseling, for victims of sexual assault and some others;
- other costs the program lists, such as funeral costs after a death.

It is paid for by money that people convicted of crimes must pay, not by taxes.
You can apply **whatever your income or citizenship**.

## Who can apply, and what are the rules? {#rules}

The program's rules say:

- the crime happened in Maine;
- it was **reported to the police within five days**, unless you were under 18 or
  there is a good reason it was later;
- you help the police and prosecutors with their reasonable requests;
- you **apply within three years**, unless you were under 18 or there is a good
  reason it was later;
- insurance and other coverage pay first.

Unless the crime was a sexual assault, you must have been hurt, or badly frightened
by a threat to hurt you.

Do the rules fit what happened to you? Ask the program, or an advocate, before you
decide it is not for you.

## How much can it pay? {#how-much}

The program describes awards of **up to $15,000**. Medical bills are usually paid
at part of the full charge. Ask the program for the limits that apply to you.

## How do I apply? {#apply}

Call the Victims' Compensation Program at **207-624-7882** or **1-800-903-7882**.
An advocate from the lines above can help you fill in the form.

## Do I have to pay for a forensic exam after a sexual assault? {#forensic-exam}

**No.** The hospital bills the Victims' Compensation Program for the exam, so you
can have it without worrying about the cost. An advocate can come with you.

## Is there other money for trafficking survivors? {#support-fund}

The Network runs a **Survivor Support Fund** for survivors of trafficking and
exploitation. Its public pages say little about how it works. Ask an advocate, or
ask the Network (see [Contact the Network](/about/#contact)), whether it can help
you.
""",
        "sources": """\
- The Attorney General's [Victims' Compensation Program](https://www.maine.gov/ag/crime/victims_compensation/)
  and its [detailed program description](https://www.maine.gov/ag/crime/victims_compensation/detailed_program_description.shtml)
- 5 M.R.S. § 3360-C, the time limits and exceptions: [the Legislature's text](https://legislature.maine.gov/statutes/5/title5sec3360-C.html)
- The Attorney General's announcement of April 12, 2018, on forensic exams and
  eligibility "regardless of income or citizenship status"
- The program's numbers as the Cumberland County District Attorney publishes them
- The Network's [own description](https://www.mainesten.org/about-us.html) of its Survivor Support Fund
""",
    },
    {
        "slug": "clearing-your-record",
        "title": "Clearing your record",
        "position": 2,
        "summary": "If you were convicted of engaging in prostitution in Maine, how the "
        "record can be sealed, and who can help you ask.",
        "asked_as": "I have a prostitution conviction on my record\n"
        "can I get my record cleared or sealed",
        "laws": [
            "maine-sealing-prostitution-convictions",
            "maine-engaging-in-prostitution-repealed",
        ],
        "audiences": ["survivors-and-families"],
        "topics": ["victims-rights", "commercial-sexual-exploitation"],
        "body": """\
## Can my old conviction be hidden? {#sealing}

Often, yes. Maine repealed the crime of engaging in prostitution in 2023. A newer
law, 15 M.R.S. § 2262-A, says the court **must seal** a conviction for it when the
rules below are met. A sealed record is not given out to the public.

## Does my conviction qualify? {#rules}

The court seals it when:

- the conviction was for **engaging in prostitution** under Maine's old law (17-A
  M.R.S., former § 853-A);
- at least **one year** has passed since you finished the whole sentence: any jail,
  probation, fines and other parts;
- you have **not** been convicted of sex trafficking, aggravated sex trafficking,
  buying sex, or buying sex from a child, in Maine or anywhere else.

## Does it happen by itself? {#not-automatic}

**No.** You must ask the court. You file a written **motion** in the same criminal
case. It must say briefly how you meet each rule above.

## Who can help me ask? {#help}

- A lawyer, or a legal aid program, can file the motion with you.
- An advocate from the Maine Sexual Assault Crisis and Support Line
  (1-800-871-7741) can help you find one.
- The Maine Judicial Branch has a page on sealing criminal records (see the sources
  below).

The law does not say how long the court takes, or what it costs. Ask the court
clerk, or your lawyer.
""",
        "sources": """\
- P.L. 2023, c. 409 (L.D. 1436), *An Act to Provide Remedies for Survivors of
  Commercial Sexual Exploitation*, approved July 10, 2023, which enacted
  15 M.R.S. § 2262-A and amended § 2263 (the motion)
- The Maine Judicial Branch: [Sealing your criminal record](https://courts.maine.gov/help/criminal/sealing.html)
- P.L. 2023, c. 316, which repealed 17-A M.R.S. § 853-A
""",
    },
    {
        "slug": "talking-to-police",
        "title": "Talking to police: your rights",
        "position": 3,
        "summary": "What to know before you talk to the police about trafficking: you "
        "can have someone with you, and you decide.",
        "asked_as": "will I be arrested if I go to the police\ndo I have to talk to the police",
        "laws": ["maine-affirmative-defense-compelled", "maine-engaging-in-prostitution-repealed"],
        "audiences": ["survivors-and-families"],
        "topics": ["victims-rights"],
        "body": """\
## Do I have to go to the police to get help? {#no-report-needed}

**No.** Hotlines and advocates help you whether or not you go to the police. The
National Human Trafficking Hotline (1-888-373-7888) is not the police. Sexual
assault advocates support people whether or not they report.

Reporting does matter for one thing: Victims' Compensation usually needs a police
report within five days. See [What help can I get?](/guides/what-help-can-i-get/).

## Can someone come with me? {#advocate}

Yes. An advocate from your local sexual assault support center can go with you to
the police, to the hospital and to court. Call 1-800-871-7741 to ask.

## Will I be arrested for selling sex? {#selling-sex}

Selling sex has **not been a crime in Maine since October 25, 2023**. Buying sex,
and making money from someone else's, still are.

## What if I was made to take part? {#made-to}

Traffickers sometimes make the people they control recruit or manage others. If
you were made to do that, Maine law gives you a defense (17-A M.R.S. § 853,
subsection 3). Talk to a lawyer before you answer questions about it.

## What if the police think I did something wrong? {#your-rights}

If the police question you as a suspect, you have the right to **stay silent** and
to **ask for a lawyer** before you answer. You can say: "I want to talk to a
lawyer first."

## I am not a U.S. citizen. Is it safe? {#immigration}

Survivors of trafficking may be able to get immigration protection, such as the
T visa. The rules are complicated. Talk to an **immigration lawyer** before you
talk to the police, if you can. An advocate or the National Human Trafficking
Hotline can help you find one.
""",
        "sources": """\
- P.L. 2023, c. 316, *An Act to Reduce Commercial Sexual Exploitation*, which
  repealed the crime of engaging in prostitution (17-A M.R.S. § 853-A)
- 17-A M.R.S. § 853, subsection 3: [WomensLaw's copy](https://www.womenslaw.org/laws/me/statutes/ss-853-sex-trafficking)
- 5 M.R.S. § 3360-C, the reporting rule for Victims' Compensation
- The [National Human Trafficking Hotline](https://humantraffickinghotline.org/about-us/what-we-do),
  "not law enforcement"; Maine's sexual assault support centers on what advocates do
""",
    },
    {
        "slug": "worried-about-someone",
        "title": "Worried about someone you love?",
        "position": 4,
        "summary": "For a parent, relative or friend who thinks someone is being "
        "trafficked or exploited: what you can do, and whom to call.",
        "asked_as": "I think my daughter is being trafficked\n"
        "my friend's new boyfriend controls where she goes",
        "laws": ["maine-aggravated-sex-trafficking", "maine-cse-minor"],
        "audiences": ["survivors-and-families", "general-public"],
        "topics": ["sex-trafficking", "children-and-youth"],
        "body": """\
## What might I notice? {#signs}

There is no single sign. People often notice a mix of things, such as:

- a new older boyfriend, girlfriend or "friend" who controls where they go;
- money, phones, clothes or gifts they cannot explain;
- staying out all night, missing school or work, or running away;
- someone else holding their ID or their phone, or speaking for them;
- fear, secrecy, or a sudden change in how they act.

None of these proves trafficking. They are reasons to talk, and to ask for advice.

## How do I talk to them? {#talk}

- Choose a calm, private moment.
- Listen more than you talk. Do not blame them or ask why they did not leave.
- Say you care, and that nothing they tell you will stop you caring.
- Do not confront the person you think is exploiting them: it can put them in
  danger.

## The person is under 18. What must I do? {#child}

Call **Child Protective Intake** at **1-800-452-1999**, any time (deaf or hard of
hearing: dial 711, Maine Relay). In Maine, selling someone under 18 for sex is
aggravated sex trafficking. Buying sex from a child is a crime too.

## Whom else can I call? {#call}

- If someone is in danger right now, call **911**.
- The **National Human Trafficking Hotline** (1-888-373-7888, text 233733) helps
  family and friends too, and can tell you what services are near you.
- The **Maine Sexual Assault Crisis and Support Line** (1-800-871-7741) supports
  family and friends of survivors.

## What about me? {#you}

Worrying about someone you love is hard. The support lines above are for you too.
""",
        "sources": """\
- Maine DHHS, Office of Child and Family Services: [reporting suspected abuse](https://www.maine.gov/dhhs/ocfs/provider-resources/reporting-suspected-child-abuse-and-neglect)
- 17-A M.R.S. § 852 and § 855: [the Legislature's § 852](https://legislature.maine.gov/statutes/17-A/title17-Asec852.html)
- The [National Human Trafficking Hotline](https://humantraffickinghotline.org/), which
  supports "friends and family"
- Maine's sexual assault support centers, which support "family and friends of survivors"
""",
    },
]
