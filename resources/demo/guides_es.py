"""The five guides in Spanish, by the guide's slug: the Network's own translation of
resources/demo/guides.py, published as not yet reviewed by a qualified translator.

Only the words are here: the facts (the laws each guide explains, its topics, its
readers) are the English guide's. Every number, date, citation and amount is the
English guide's, unchanged; names of laws, programs and documents keep their English
names, which is how a reader will find them.
"""

MAINE = "https://legislature.maine.gov/statutes"

GUIDES_ES = {
    "is-this-trafficking": {
        "title": "¿Esto es trata de personas?",
        "summary": "Qué significan la trata con fines sexuales y la trata laboral según "
        "la ley de Maine, en palabras sencillas, y por qué lo que pasó no es su culpa.",
        "asked_as": "mi novio me obliga a vender sexo\n"
        "alguien se queda con el dinero que gano por sexo\n"
        "tengo que tener sexo para pagar una deuda\n"
        "¿soy víctima de trata?\n"
        "mi jefe no me deja irme o se queda con mis papeles",
        "body": """\
## ¿Qué significa "trata con fines sexuales" en Maine? {#sex-trafficking}

En Maine, la trata con fines sexuales es **cuando otra persona gana dinero u obtiene
algo de los actos sexuales de alguien**. La ley lo llama "promoting prostitution"
(promover la prostitución). Incluye:

- buscar o conseguir personas para vender sexo;
- dirigir, manejar o anunciar ese negocio;
- llevar a alguien a un lugar para que venda sexo;
- dejar que se use una casa, un cuarto de motel u otro lugar para eso;
- quedarse con parte del dinero.

Quien hace esto comete un delito (17-A M.R.S. § 853). La persona a quien venden no
comete un delito.

## ¿Cuándo es "agravada"? {#aggravated}

Maine lo trata como mucho más grave (17-A M.R.S. § 852) cuando:

- a la persona la **obligan**: con fuerza o amenazas, con una deuda que nunca puede
  terminar de pagar, quedándose con su identificación o sus papeles, o dándole o
  quitándole drogas para controlarla; o
- la persona vendida es **menor de 18 años**, o tiene una discapacidad mental que se
  nota fácilmente.

Cuando la persona es menor de 18 años, **nadie tiene que probar fuerza ni amenazas**.
Vender a un menor de 18 años para sexo siempre es el delito agravado.

## ¿Y si me obligan a trabajar? {#labor}

Eso es trata laboral. En Maine se llama "criminal forced labor" (trabajo forzoso,
17-A M.R.S. § 304). Es obligar a alguien a trabajar, por ejemplo:

- amenazando con hacerle daño, o con hacer que lo arresten o lo deporten;
- manteniéndolo en una deuda que el trabajo nunca termina de pagar;
- quitándole drogas, alcohol o medicinas de las que depende;
- amenazando con contar un secreto.

Puede pasar en una granja, en un restaurante, en una casa o en cualquier lugar de
trabajo.

## ¿Tienen que llevarme a otro lugar, o tiene que ser un desconocido? {#myths}

No. Nadie tiene que cruzar una frontera ni ser llevado a ningún lugar. Quien lo hace
puede ser una pareja, un padre o una madre, un pariente o un amigo. La ley mira lo
que hicieron, no quiénes son.

## ¿Es mi culpa? ¿Me pueden arrestar por vender sexo? {#not-your-fault}

**No es su culpa.** Desde el **25 de octubre de 2023**, vender sexo ya no es un
delito en Maine. La ley P.L. 2023, capítulo 316, eliminó ese delito. Comprar sexo, y
ganar dinero con el de otra persona, siguen siendo delitos.

Si alguien le obligó a ayudar en su trata, la ley le da una defensa (17-A M.R.S.
§ 853, subsección 3). Un abogado o un intercesor se lo puede explicar.

## ¿Con quién puedo hablar? {#who-to-call}

No tiene que estar seguro de que es trata para pedir ayuda.

- La **National Human Trafficking Hotline** (Línea Nacional contra la Trata de
  Personas): llame al 1-888-373-7888 o envíe un texto al 233733, a cualquier hora.
  No es la policía.
- La **Maine Sexual Assault Crisis and Support Line** (línea de crisis y apoyo por
  agresión sexual de Maine): 1-800-871-7741, a cualquier hora.
- Si está en peligro ahora mismo, llame al **911**.
""",
        "sources": f"""\
- 17-A M.R.S. § 853, trata con fines sexuales, y § 851, qué significa "promotes
  prostitution": [la copia de WomensLaw del § 853](https://www.womenslaw.org/laws/me/statutes/ss-853-sex-trafficking),
  [el § 851 en el sitio de la Legislatura]({MAINE}/17-A/title17-Asec851.html)
- 17-A M.R.S. § 852, trata con fines sexuales agravada: [el texto de la Legislatura]({MAINE}/17-A/title17-Asec852.html)
- 17-A M.R.S. § 304, trabajo forzoso: [el texto de la Legislatura]({MAINE}/17-A/title17-Asec304.html)
- P.L. 2023, c. 316 (L.D. 1435), *An Act to Reduce Commercial Sexual Exploitation*
- La [National Human Trafficking Hotline](https://humantraffickinghotline.org/)
""",
    },
    "what-help-can-i-get": {
        "title": "¿Qué ayuda puedo recibir?",
        "summary": "Dinero para gastos que le dejó un delito, un examen forense gratis y "
        "personas que le ayudan gratis: quién puede recibir qué, y cómo pedirlo.",
        "asked_as": "necesito ayuda para pagar cosas después de lo que me pasó\n"
        "¿puedo recibir dinero como víctima?\n"
        "¿dónde me hacen un examen gratis después de una agresión?",
        "body": """\
## ¿Hay ayuda gratis que pueda recibir hoy? {#today}

Sí. Puede llamar a estas líneas a cualquier hora, gratis. Usted decide qué pasa
después.

- **Maine Sexual Assault Crisis and Support Line**: 1-800-871-7741. Un intercesor
  puede acompañarle al hospital, a la policía o al tribunal, o simplemente escucharle.
- **National Human Trafficking Hotline**: 1-888-373-7888, o un texto al 233733.
- **Maine Domestic Abuse Helpline** (línea de ayuda contra el abuso doméstico):
  1-866-834-4357.

## ¿Qué es Victims' Compensation? {#compensation}

El **Victims' Compensation Program** de Maine (programa de compensación a víctimas),
a cargo de la oficina del Attorney General (Fiscal General), devuelve parte de los
gastos que le dejó un delito violento, cuando el seguro u otra ayuda no los cubren.
Puede ayudar a pagar:

- cuentas médicas y dentales, medicinas y equipos;
- consejería, para víctimas de agresión sexual y algunas otras;
- otros gastos que el programa indica, como los de un funeral después de una muerte.

Se paga con el dinero que deben pagar las personas condenadas por delitos, no con
impuestos. Puede solicitarlo **sean cuales sean sus ingresos o su ciudadanía**.

## ¿Quién puede solicitarlo, y cuáles son las reglas? {#rules}

Las reglas del programa dicen que:

- el delito ocurrió en Maine;
- se **denunció a la policía dentro de los cinco días**, salvo que usted fuera menor
  de 18 años o haya una buena razón para que fuera más tarde;
- usted ayuda a la policía y a los fiscales con lo que razonablemente le pidan;
- usted **lo solicita dentro de los tres años**, salvo que fuera menor de 18 años o
  haya una buena razón para que fuera más tarde;
- el seguro y otras coberturas pagan primero.

Salvo que el delito fuera una agresión sexual, usted tiene que haber sufrido una
lesión, o un miedo grave por una amenaza de hacerle daño.

¿Las reglas se ajustan a lo que le pasó? Pregunte al programa, o a un intercesor,
antes de decidir que no es para usted.

## ¿Cuánto puede pagar? {#how-much}

El programa describe pagos de **hasta $15,000**. Las cuentas médicas se suelen pagar
por una parte del cobro completo. Pregunte al programa qué límites se aplican a su
caso.

## ¿Cómo lo solicito? {#apply}

Llame al Victims' Compensation Program al **207-624-7882** o al **1-800-903-7882**.
Un intercesor de las líneas de arriba puede ayudarle a llenar el formulario.

## ¿Tengo que pagar un examen forense después de una agresión sexual? {#forensic-exam}

**No.** El hospital cobra el examen al Victims' Compensation Program, así que puede
hacérselo sin preocuparse por el costo. Un intercesor puede acompañarle.

## ¿Hay otro dinero para sobrevivientes de trata? {#support-fund}

La Red tiene un **Survivor Support Fund** (fondo de apoyo a sobrevivientes) para
sobrevivientes de trata y explotación. Sus páginas públicas dicen poco de cómo
funciona. Pregunte a un intercesor, o a la Red (vea [Contacto](/es/about/#contact)),
si puede ayudarle.
""",
        "sources": """\
- El [Victims' Compensation Program](https://www.maine.gov/ag/crime/victims_compensation/)
  del Attorney General y su [descripción detallada](https://www.maine.gov/ag/crime/victims_compensation/detailed_program_description.shtml)
- 5 M.R.S. § 3360-C, los plazos y sus excepciones: [el texto de la Legislatura](https://legislature.maine.gov/statutes/5/title5sec3360-C.html)
- El anuncio del Attorney General del 12 de abril de 2018 sobre los exámenes forenses y
  el derecho a la ayuda "regardless of income or citizenship status"
- Los números del programa tal como los publica el District Attorney del condado de
  Cumberland
- La [descripción de la propia Red](https://www.mainesten.org/about-us.html) de su Survivor Support Fund
""",
    },
    "clearing-your-record": {
        "title": "Limpiar sus antecedentes",
        "summary": "Si le condenaron por ejercer la prostitución en Maine, cómo se puede "
        "sellar ese antecedente y quién puede ayudarle a pedirlo.",
        "asked_as": "tengo una condena por prostitución en mis antecedentes\n"
        "¿puedo limpiar o sellar mis antecedentes?",
        "body": """\
## ¿Se puede ocultar mi condena antigua? {#sealing}

Muchas veces, sí. Maine eliminó el delito de ejercer la prostitución en 2023. Una ley
más nueva, 15 M.R.S. § 2262-A, dice que el tribunal **debe sellar** una condena por
ese delito cuando se cumplen las reglas de abajo. Un antecedente sellado no se da al
público.

## ¿Mi condena cumple las reglas? {#rules}

El tribunal la sella cuando:

- la condena fue por **ejercer la prostitución** ("engaging in prostitution") según
  la antigua ley de Maine (17-A M.R.S., antiguo § 853-A);
- pasó al menos **un año** desde que usted terminó toda la sentencia: cárcel,
  libertad condicional, multas y todo lo demás;
- **no** le han condenado por trata con fines sexuales, trata con fines sexuales
  agravada, compra de sexo, ni compra de sexo a un menor, en Maine ni en ningún otro
  lugar.

## ¿Pasa por sí solo? {#not-automatic}

**No.** Tiene que pedírselo al tribunal. Usted presenta una **moción** ("motion")
por escrito en el mismo caso penal. Debe decir brevemente cómo cumple cada regla de
arriba.

## ¿Quién puede ayudarme a pedirlo? {#help}

- Un abogado, o un programa de asistencia legal, puede presentar la moción con usted.
- Un intercesor de la Maine Sexual Assault Crisis and Support Line (1-800-871-7741)
  puede ayudarle a encontrar uno.
- La Maine Judicial Branch (el poder judicial de Maine) tiene una página sobre cómo
  sellar antecedentes penales (vea las fuentes de abajo).

La ley no dice cuánto tarda el tribunal ni cuánto cuesta. Pregunte al secretario del
tribunal, o a su abogado.
""",
        "sources": """\
- P.L. 2023, c. 409 (L.D. 1436), *An Act to Provide Remedies for Survivors of
  Commercial Sexual Exploitation*, aprobada el 10 de julio de 2023, que creó el
  15 M.R.S. § 2262-A y modificó el § 2263 (la moción)
- La Maine Judicial Branch: [Sealing your criminal record](https://courts.maine.gov/help/criminal/sealing.html)
- P.L. 2023, c. 316, que derogó el 17-A M.R.S. § 853-A
""",
    },
    "talking-to-police": {
        "title": "Hablar con la policía: sus derechos",
        "summary": "Lo que conviene saber antes de hablar con la policía sobre la trata: "
        "puede tener a alguien a su lado, y usted decide.",
        "asked_as": "¿me van a arrestar si voy a la policía?\n¿tengo que hablar con la policía?",
        "body": """\
## ¿Tengo que ir a la policía para recibir ayuda? {#no-report-needed}

**No.** Las líneas de ayuda y los intercesores le ayudan vaya o no a la policía. La
National Human Trafficking Hotline (1-888-373-7888) no es la policía. Los
intercesores de agresión sexual apoyan a las personas denuncien o no.

Denunciar sí importa para una cosa: Victims' Compensation suele exigir una denuncia a
la policía dentro de los cinco días. Vea [¿Qué ayuda puedo recibir?](/es/guides/what-help-can-i-get/).

## ¿Alguien puede acompañarme? {#advocate}

Sí. Un intercesor del centro de apoyo por agresión sexual de su zona puede
acompañarle a la policía, al hospital y al tribunal. Llame al 1-800-871-7741 para
pedirlo.

## ¿Me van a arrestar por vender sexo? {#selling-sex}

Vender sexo **no es un delito en Maine desde el 25 de octubre de 2023**. Comprar
sexo, y ganar dinero con el de otra persona, siguen siéndolo.

## ¿Y si me obligaron a participar? {#made-to}

A veces los tratantes obligan a las personas que controlan a reclutar o manejar a
otras. Si a usted le obligaron a hacer eso, la ley de Maine le da una defensa
(17-A M.R.S. § 853, subsección 3). Hable con un abogado antes de responder preguntas
sobre eso.

## ¿Y si la policía cree que hice algo malo? {#your-rights}

Si la policía le interroga porque sospecha de usted, tiene derecho a **guardar silencio** y a
**pedir un abogado** antes de responder. Puede decir: "Quiero hablar primero con un
abogado".

## No tengo la ciudadanía de los Estados Unidos. ¿Es seguro? {#immigration}

Las personas sobrevivientes de trata pueden tener derecho a protección migratoria, como la
visa T. Las reglas son complicadas. Si puede, hable con un **abogado de inmigración**
antes de hablar con la policía. Un intercesor o la National Human Trafficking Hotline
pueden ayudarle a encontrar uno.
""",
        "sources": """\
- P.L. 2023, c. 316, *An Act to Reduce Commercial Sexual Exploitation*, que eliminó
  el delito de ejercer la prostitución (17-A M.R.S. § 853-A)
- 17-A M.R.S. § 853, subsección 3: [la copia de WomensLaw](https://www.womenslaw.org/laws/me/statutes/ss-853-sex-trafficking)
- 5 M.R.S. § 3360-C, la regla de la denuncia para Victims' Compensation
- La [National Human Trafficking Hotline](https://humantraffickinghotline.org/about-us/what-we-do),
  "not law enforcement" (no es la policía); los centros de apoyo por agresión sexual
  de Maine sobre lo que hacen los intercesores
""",
    },
    "worried-about-someone": {
        "title": "¿Le preocupa alguien a quien quiere?",
        "summary": "Para un padre, una madre, un pariente o un amigo que cree que alguien "
        "es víctima de trata o explotación: qué puede hacer y a quién llamar.",
        "asked_as": "creo que mi hija es víctima de trata\n"
        "el nuevo novio de mi amiga controla adónde va",
        "body": """\
## ¿Qué podría notar? {#signs}

No hay una sola señal. Muchas veces se nota una mezcla de cosas, como:

- un nuevo novio, novia o "amigo" mayor que controla adónde va;
- dinero, teléfonos, ropa o regalos que no puede explicar;
- pasar la noche fuera, faltar a la escuela o al trabajo, o escaparse de casa;
- otra persona que tiene su identificación o su teléfono, o que habla por él o ella;
- miedo, secretos, o un cambio repentino en su forma de actuar.

Nada de esto prueba que haya trata. Son razones para hablar y para pedir consejo.

## ¿Cómo hablo con esa persona? {#talk}

- Elija un momento tranquilo y privado.
- Escuche más de lo que habla. No la culpe ni le pregunte por qué no se fue.
- Dígale que le importa, y que nada de lo que le cuente cambiará eso.
- No enfrente a quien cree que la está explotando: puede ponerla en peligro.

## La persona es menor de 18 años. ¿Qué debo hacer? {#child}

Llame a **Child Protective Intake** (protección infantil) al **1-800-452-1999**, a
cualquier hora (personas sordas o con dificultades auditivas: marque 711, Maine
Relay). En Maine, vender a un menor de 18 años para sexo es trata con fines sexuales
agravada. Comprar sexo a un menor también es un delito.

## ¿A quién más puedo llamar? {#call}

- Si alguien está en peligro ahora mismo, llame al **911**.
- La **National Human Trafficking Hotline** (1-888-373-7888, texto al 233733) también
  ayuda a familiares y amigos, y puede decirle qué servicios hay cerca.
- La **Maine Sexual Assault Crisis and Support Line** (1-800-871-7741) apoya a los
  familiares y amigos de sobrevivientes.

## ¿Y yo? {#you}

Preocuparse por alguien a quien quiere es difícil. Las líneas de apoyo de arriba
también son para usted.
""",
        "sources": """\
- Maine DHHS, Office of Child and Family Services: [reporting suspected abuse](https://www.maine.gov/dhhs/ocfs/provider-resources/reporting-suspected-child-abuse-and-neglect)
  (cómo denunciar sospechas de abuso)
- 17-A M.R.S. § 852 y § 855: [el § 852 en el sitio de la Legislatura](https://legislature.maine.gov/statutes/17-A/title17-Asec852.html)
- La [National Human Trafficking Hotline](https://humantraffickinghotline.org/), que
  apoya a "friends and family" (amigos y familia)
- Los centros de apoyo por agresión sexual de Maine, que apoyan a "family and friends of
  survivors" (familiares y amigos de sobrevivientes)
""",
    },
}
