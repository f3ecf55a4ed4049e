"""The help numbers' words and the Get help page in Arabic: the Network's own
translation of network_site/pages/site_content.py, published as not yet reviewed by a
qualified translator.

Only the words are here: the numbers, addresses and sources are the English's. What
each service offers in which language is what its operator publishes (the sources in
site_content.py): the National Human Trafficking Hotline answers calls in English or
Spanish, or in 200+ more languages through an interpreter, and
texts and chat in English and Spanish only.
"""

# By the help number's English name.
HELP_LINES_AR = {
    "In danger right now": {
        "name": "في خطر الآن",
        "description": "الشرطة أو الإطفاء أو الإسعاف.",
    },
    "National Human Trafficking Hotline": {
        "name": "National Human Trafficking Hotline (الخط الوطني لمكافحة الاتجار بالبشر)",
        "description": "مجاني وسري وفي أي وقت. المكالمات بالإنجليزية أو الإسبانية، أو عبر "
        "مترجم فوري بأكثر من 200 لغة؛ الرسائل النصية والدردشة بالإنجليزية "
        "والإسبانية فقط.",
    },
    "Maine Sexual Assault Crisis and Support Line": {
        "name": "Maine Sexual Assault Crisis and Support Line (الاعتداء الجنسي)",
        "description": "مجاني وخاص، في أي يوم وأي وقت، في كل أنحاء ولاية مين.",
    },
    "Maine Domestic Abuse Helpline": {
        "name": "Maine Domestic Abuse Helpline (العنف الأسري)",
        "description": "خط المساعدة في كل ولاية مين لمن يؤذيه أو يتحكم فيه شريك أو أحد "
        "أفراد الأسرة.",
    },
    "Child Protective Intake (Maine DHHS)": {
        "name": "Child Protective Intake (حماية الطفل، Maine DHHS)",
        "description": "للإبلاغ عن طفل قد يتعرض للإساءة أو الاستغلال. في أي وقت، كل يوم. "
        "رقم TTY هو Maine Relay.",
    },
}

GET_HELP_AR = {
    "title": "احصل على المساعدة",
    "intro": "بمن تتصل، ومتى، وماذا يحدث عندما تتصل.",
    "body": """\
لا يلزم أن تكون متأكدًا من أنه اتجار لكي تطلب المساعدة. إذا كان أحد يتحكم في المكان
الذي تذهب إليه، أو يأخذ المال الذي تكسبه، أو يجبرك على مقايضة الجنس بمكان تبيت فيه
أو بطعام أو مخدرات أو بسلامتك، فيمكنك أن تتحدث مع أحد عن ذلك. المكالمات مجانية،
وأنت من يقرر ما يحدث بعدها.

## بمن تتصل، ومتى

**إذا كنت في خطر الآن**، فاتصل بـ **911**.

**للتحدث عن الاتجار أو الاستغلال**، في أي وقت، اتصل بـ National Human Trafficking
Hotline على الرقم **1-888-373-7888** أو أرسل رسالة نصية إلى **233733**. الخدمة
مجانية وسرية. في الهاتف يمكنك التحدث بالإنجليزية أو الإسبانية، أو الاستعانة بمترجم
فوري بأكثر من 200 لغة أخرى؛ أما الرسائل النصية والدردشة فيُرد عليها
بالإنجليزية والإسبانية فقط. لا يلزم أن تذكر اسمك.

**بعد اعتداء جنسي، أو للتحدث مع مناصرة في ولاية مين**، اتصل بـ Maine Sexual Assault
Crisis and Support Line على الرقم **1-800-871-7741**، في أي يوم وأي وقت. يمكن
للمناصرة أن تشرح لك خياراتك، وأن ترافقك إلى المستشفى، وأن تصلك بمركز دعم ضحايا
الاعتداء الجنسي في منطقتك.

**إذا كان شريك أو أحد أفراد أسرتك يؤذيك أو يتحكم فيك**، فاتصل بـ Maine Domestic
Abuse Helpline على الرقم **1-866-834-4357**.

**إذا كنت قلقًا على طفل**، فاتصل بـ Child Protective Intake في ولاية مين على الرقم
**1-800-452-1999** (للصم وضعاف السمع: 711، Maine Relay)، على مدار 24 ساعة.

## ما يمكن أن تفعله المناصرة

المناصرات في مراكز دعم ضحايا الاعتداء الجنسي ومراكز موارد العنف الأسري في ولاية مين
يعملن لأجلك، لا لأجل الشرطة ولا المحاكم. يمكنهن مساعدتك في إيجاد مكان آمن تبيت فيه،
ومرافقتك إلى المواعيد الطبية أو إلى المحكمة، وشرح ما يقوله القانون، ومساعدتك في
التقدم إلى Victims' Compensation Program في الولاية (برنامج تعويض الضحايا). يمكنك
التحدث مع مناصرة دون أن تبلغ الشرطة.

## Survivor Support Fund

لدى الشبكة Survivor Support Fund (صندوق دعم الناجين) للناجين من الاتجار والاستغلال.
يصل مال الطوارئ إلى الناجين عن طريق المناصرات في أنحاء الولاية. إذا كنت تعمل مع
مناصرة، فاسألها عنه. وإن لم تكن، فاتصل بـ Maine Sexual Assault Crisis and Support
Line على الرقم 1-800-871-7741 واطلب أن يصلوك بمناصرة قريبة منك.

## إذا كنت تستخدم هاتفًا أو حاسوبًا مشتركًا

قد يستطيع شخص آخر أن يرى الصفحات التي تزورها. [صفحة الخصوصية](/ar/privacy/) تشرح كيف
تترك آثارًا أقل. زر **غادر هذا الموقع** في أعلى كل صفحة ينقلك مباشرة إلى موقع للطقس.
""",
}
