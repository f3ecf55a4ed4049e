"""The glossary terms the guides use, in Spanish, by the term's slug: the Network's own
translation of resources/demo/glossary.py, published as not yet reviewed by a
qualified translator. Every citation, number and date is the English term's. Each
title is the words the Spanish guides use, so their pages link them to the term."""

GLOSSARY_ES = {
    "sex-trafficking": {
        "title": "Trata con fines sexuales",
        "also_called": "promover la prostitución\ntrata sexual",
        "definition": "Ganar dinero con los actos sexuales que vende otra persona, u "
        "organizar esa venta.",
        "maine_note": "En Maine, la trata con fines sexuales (17-A M.R.S. § 853) es "
        "promover la prostitución a sabiendas. A diferencia de la definición federal para "
        "adultos, no exige fuerza, fraude ni coacción: esas la hacen agravada (§ 852).",
    },
    "aggravated-sex-trafficking": {
        "title": "Trata con fines sexuales agravada",
        "also_called": "prostitución forzada",
        "definition": "La trata con fines sexuales en las formas que Maine considera más "
        "dañinas: cuando a la persona la obligan, o es menor de 18 años, o tiene una "
        "discapacidad mental que se nota fácilmente.",
        "maine_note": "17-A M.R.S. § 852, un delito de clase B (Class B). Cuando la "
        "persona es menor de 18 años, no hay que probar fuerza ni amenazas.",
    },
    "prostitution": {
        "title": "Prostitución",
        "also_called": "trabajo sexual\ncomercio sexual",
        "definition": "Participar en un acto o contacto sexual, aceptarlo u ofrecerlo a "
        "cambio de dinero o de cualquier otra cosa de valor.",
        "maine_note": "Desde el 25 de octubre de 2023, vender sexo ya no es un delito en "
        "Maine: la ley P.L. 2023, c. 316 eliminó el delito de ejercer la prostitución "
        "(antiguo § 853-A). Comprar sexo, y ganar dinero con el de otra persona, siguen "
        "siendo delitos.",
    },
    "criminal-forced-labor": {
        "title": "Trabajo forzoso",
        "also_called": "criminal forced labor\ntrata laboral en Maine",
        "definition": "El delito de Maine de obligar a alguien a trabajar, o a prestar "
        "servicios, con amenazas, deudas, el control de drogas o medicinas de las que "
        "depende, o presiones parecidas.",
        "maine_note": "17-A M.R.S. § 304.",
    },
    "labor-trafficking": {
        "title": "Trata laboral",
        "also_called": "trabajo forzado\nexplotación laboral",
        "definition": "Obligar a alguien a trabajar por medio de la fuerza, el fraude o la "
        "coacción: amenazas, deudas, quitarle sus papeles o maltrato.",
        "maine_note": "El delito de Maine es el trabajo forzoso (criminal forced labor, "
        "17-A M.R.S. § 304); el federal es forced labor (18 U.S.C. § 1589).",
    },
    "t-visa": {
        "title": "Visa T",
        "also_called": "estatus de no inmigrante T\nvisa-T",
        "definition": "Un estatus migratorio federal que puede permitir a una persona "
        "sobreviviente de trata sin ciudadanía de los Estados Unidos quedarse y trabajar "
        "en el país.",
        "maine_note": "Es un asunto federal (8 U.S.C. § 1101(a)(15)(T)). Las reglas son "
        "complicadas: hable con un abogado de inmigración.",
    },
    "victims-compensation": {
        "title": "Compensación a víctimas",
        "also_called": "Victims' Compensation\ncompensación para víctimas de delitos",
        "definition": "Dinero del Victims' Compensation Program de Maine, en la oficina del "
        "Attorney General, para gastos que un delito violento le dejó a una víctima, "
        "cuando el seguro no los cubre.",
        "maine_note": "Normalmente el delito debe denunciarse a la policía dentro de los "
        "cinco días, y la solicitud hacerse dentro de los tres años (5 M.R.S. § 3360-C). "
        "El fondo se paga con cargos a personas condenadas por delitos (§ 3360-I).",
    },
    "sealing": {
        "title": "Sellar antecedentes",
        "also_called": "sellar mis antecedentes\nlimpiar mis antecedentes\nborrar antecedentes",
        "definition": "Una orden del tribunal que impide dar al público un antecedente penal.",
        "maine_note": "Maine sella los antecedentes en lugar de borrarlos. Una condena por "
        "el delito eliminado de ejercer la prostitución debe sellarse, con una moción, "
        "cuando se cumplen las reglas del 15 M.R.S. § 2262-A (P.L. 2023, c. 409).",
    },
    "child-protective-intake": {
        "title": "Child Protective Intake",
        "also_called": "protección infantil\nservicios de protección infantil\nCPS",
        "definition": "La línea de Maine DHHS para denunciar que un niño puede sufrir abuso "
        "o descuido: 1-800-452-1999, a cualquier hora, todos los días; las personas sordas "
        "o con dificultades auditivas marcan 711 (Maine Relay).",
    },
    "advocate": {
        "title": "Intercesor",
        "also_called": "intercesora\ndefensor de víctimas\nintercesor de agresión sexual",
        "definition": "Una persona capacitada que apoya a sobrevivientes, gratis y en "
        "confianza, y puede acompañarles al hospital, a la policía o al tribunal.",
        "maine_note": "Los intercesores de los centros de apoyo por agresión sexual de "
        "Maine atienden la línea estatal, 1-800-871-7741, a cualquier hora.",
    },
}
