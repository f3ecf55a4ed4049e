"""The demo's topics and audiences in Spanish: the Network's own translation, not yet
reviewed by a qualified translator (pages say so). Names and descriptions only: which
records a term tags is the term's, the same in every language. Each description keeps
the English one's facts (ages, years).
"""

# By the topic's slug: its name and description.
TOPICS_ES = {
    "sex-trafficking": {
        "name": "Trata con fines sexuales",
        "description": "Lucrarse con la venta de actos sexuales de otra persona, u "
        "organizarla. En Maine no hace falta la fuerza: la fuerza, las amenazas, una "
        "deuda o que la persona tenga menos de 18 años la hacen agravada.",
    },
    "labor-trafficking": {
        "name": "Trata con fines laborales",
        "description": "Obligar a personas a trabajar con amenazas, deudas, el control "
        "de sus documentos u otra forma de coacción.",
    },
    "commercial-sexual-exploitation": {
        "name": "Explotación sexual comercial",
        "description": "La compra de sexo, y el cambio de Maine en 2023 que dejó de "
        "tratar como delincuentes a las personas que venden sexo.",
    },
    "children-and-youth": {
        "name": "Niñez y juventud",
        "description": "Cuando la persona explotada tiene menos de 18 años: no hay que "
        "probar la fuerza, y los reportes van a los servicios de protección infantil.",
    },
    "victims-rights": {
        "name": "Derechos de las víctimas e indemnización",
        "description": "Las defensas, la indemnización y los servicios que la ley da a "
        "sobrevivientes.",
    },
    "civil-remedies": {
        "name": "Demandas civiles",
        "description": "Demandar a tratantes y a quienes se lucraron, según las leyes "
        "de Maine y las federales.",
    },
    "immigration-relief": {
        "name": "Protección migratoria",
        "description": "La visa T y otras protecciones para sobrevivientes que no son "
        "ciudadanos de los Estados Unidos.",
    },
    "screening": {
        "name": "Detección e identificación",
        "description": "Notar las señales y preguntar de forma segura.",
    },
    "online-exploitation": {
        "name": "Explotación en internet",
        "description": "Captación, anuncios y abuso de menores por internet.",
    },
}

# By the audience's slug: its name, and for a profession the introduction of its page.
AUDIENCES_ES = {
    "survivors-and-families": {"name": "Sobrevivientes y familias"},
    "general-public": {"name": "Público en general"},
    "law-enforcement": {
        "name": "Policía",
        "introduction": "Trate primero como víctima a una persona que puede ser objeto "
        "de trata. Qué hacer en el primer contacto, cuando la persona es menor de edad, y "
        "cómo trabajar con intercesores y fiscales.",
    },
    "prosecution": {
        "name": "Fiscalía y tribunales",
        "introduction": "Acusar a quienes compran y venden a otras personas, y proteger "
        "a las personas que explotan. Las leyes, los protocolos y las capacitaciones.",
    },
    "health-care": {
        "name": "Atención de salud",
        "introduction": "Los pacientes víctimas de trata sí ven a médicos y enfermeras. "
        "Cómo notar las señales, preguntar de forma segura, atender, reportar cuando el "
        "paciente es menor de edad y ponerlo en contacto con un intercesor.",
    },
    "victim-services": {
        "name": "Intercesores",
        "introduction": "Los intercesores acompañan a sobrevivientes en cada sistema. "
        "Protocolos de intercesión, los derechos y la indemnización que pueden reclamar, "
        "y los números a los que llamar.",
    },
    "schools": {
        "name": "Escuelas",
        "introduction": "El personal suele ver las señales primero. Qué hacer cuando un "
        "estudiante puede estar siendo explotado, quién debe reportar y cómo mantenerlo "
        "seguro en la escuela.",
    },
    "child-welfare": {
        "name": "Bienestar infantil",
        "introduction": "Cuando la persona explotada tiene menos de 18 años, los "
        "servicios de protección infantil forman parte de toda respuesta. Protocolos, "
        "leyes y capacitaciones para trabajadores sociales.",
    },
    "legal-services": {"name": "Servicios legales"},
}
