"""The help numbers' words and the Get help page in Spanish: the Network's own
translation of network_site/pages/site_content.py, published as not yet reviewed by a
qualified translator.

Only the words are here. The numbers, addresses and sources are the English's, and
what each service offers in which language is what its operator publishes (see the
sources in site_content.py): the National Human Trafficking Hotline answers calls in
English or Spanish, or in 200+ more languages through an interpreter, and texts and
chat in English and Spanish only.
"""

# By the help number's English name.
HELP_LINES_ES = {
    "In danger right now": {
        "name": "En peligro ahora mismo",
        "description": "Policía, bomberos o ambulancia.",
    },
    "National Human Trafficking Hotline": {
        "name": "National Human Trafficking Hotline (Línea Nacional contra la Trata)",
        "description": "Gratis, confidencial, a cualquier hora. Llamadas en inglés, en "
        "español o, con un intérprete, en más de 200 idiomas; textos y chat solo en inglés "
        "y en español.",
    },
    "Maine Sexual Assault Crisis and Support Line": {
        "name": "Maine Sexual Assault Crisis and Support Line (agresión sexual)",
        "description": "Gratis y privada, cualquier día, a cualquier hora, en todo Maine.",
    },
    "Maine Domestic Abuse Helpline": {
        "name": "Maine Domestic Abuse Helpline (abuso doméstico)",
        "description": "La línea de ayuda de todo Maine para quien sufre daño o control de "
        "una pareja o un familiar.",
    },
    "Child Protective Intake (Maine DHHS)": {
        "name": "Child Protective Intake (protección infantil, Maine DHHS)",
        "description": "Para denunciar que un niño puede sufrir abuso o explotación. A "
        "cualquier hora, todos los días. El número TTY es Maine Relay.",
    },
}

GET_HELP_ES = {
    "title": "Pedir ayuda",
    "intro": "A quién llamar, cuándo, y qué pasa cuando llama.",
    "body": """\
No tiene que estar seguro de que es trata para pedir ayuda. Si alguien controla
adónde va, se queda con el dinero que gana, o le obliga a cambiar sexo por un lugar
donde quedarse, comida, drogas o seguridad, puede hablar de ello con alguien. Las
llamadas son gratis y usted decide qué pasa después.

## A quién llamar, y cuándo

**Si está en peligro ahora mismo**, llame al **911**.

**Para hablar de trata o explotación**, a cualquier hora, llame a la National
Human Trafficking Hotline al **1-888-373-7888** o envíe un texto al **233733**. Es
gratis y confidencial. Por teléfono puede hablar en inglés o en español, o usar un
intérprete en más de 200 idiomas más; los textos y el chat se responden solo en
inglés y en español. No tiene que dar su nombre.

**Después de una agresión sexual, o para hablar con un intercesor en Maine**, llame
a la Maine Sexual Assault Crisis and Support Line al **1-800-871-7741**, cualquier
día, a cualquier hora. Un intercesor puede explicarle sus opciones, acompañarle al
hospital y ponerle en contacto con el centro de apoyo por agresión sexual de su
zona.

**Si una pareja o un familiar le hace daño o le controla**, llame a la Maine
Domestic Abuse Helpline al **1-866-834-4357**.

**Si le preocupa un niño o una niña**, llame a Child Protective Intake de Maine al
**1-800-452-1999** (personas sordas o con dificultades auditivas: 711, Maine Relay),
las 24 horas del día.

## Lo que puede hacer un intercesor

Los intercesores de los centros de apoyo por agresión sexual y de los centros de
recursos contra la violencia doméstica de Maine trabajan para usted, no para la
policía ni para los tribunales. Pueden ayudarle a encontrar un lugar seguro donde
quedarse, acompañarle a citas médicas o en el tribunal, explicarle lo que dice la
ley y ayudarle a solicitar el Victims' Compensation Program del estado (programa de
compensación a víctimas). Puede hablar con un intercesor sin denunciar a la policía.

## Survivor Support Fund

La Red tiene un Survivor Support Fund (fondo de apoyo a sobrevivientes) para
sobrevivientes de trata y explotación. El dinero de emergencia para sobrevivientes
se consigue a través de intercesores en todo el estado. Si ya trabaja con un
intercesor, pregúntele. Si no, llame a la Maine Sexual Assault Crisis and Support
Line al 1-800-871-7741 y pida que le pongan en contacto con un intercesor cerca de
usted.

## Si usa un teléfono o una computadora compartidos

Otra persona podría ver qué páginas visita. Nuestra [página de privacidad](/es/privacy/)
explica cómo dejar menos rastros. El botón **Salir de este sitio**, arriba en cada
página, le lleva directamente a un sitio del tiempo.
""",
}
