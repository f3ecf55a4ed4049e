"""The help numbers' words and the Get help page in Somali, as network_site/pages/
demo_es.py has them in Spanish (what it says of words, facts and the services'
languages holds here too). Kept short and plain. The Network's own translation, not
yet reviewed.
"""

# By the help number's English name.
HELP_LINES_SO = {
    "In danger right now": {
        "name": "Hadda khatar ku jira",
        "description": "Booliis, dab-demis ama gaadiidka gargaarka degdegga ah.",
    },
    "National Human Trafficking Hotline": {
        "name": "National Human Trafficking Hotline (khadka qaranka ee ka ganacsiga dadka)",
        "description": "Bilaash, qarsoodi, wakhti kasta. Wicitaannada: Ingiriisi ama "
        "Isbaanish, ama turjubaan in ka badan 200 luuqadood; qoraalka iyo sheekaysiga "
        "kaliya Ingiriisi iyo Isbaanish.",
    },
    "Maine Sexual Assault Crisis and Support Line": {
        "name": "Maine Sexual Assault Crisis and Support Line (kufsiga iyo xadgudubka galmada)",
        "description": "Bilaash oo gaar ah, maalin kasta, wakhti kasta, Maine oo dhan.",
    },
    "Maine Domestic Abuse Helpline": {
        "name": "Maine Domestic Abuse Helpline (xadgudubka qoyska)",
        "description": "Khadka caawimaadda Maine oo dhan ee qofka uu dhibo ama maamulo "
        "lammaane ama qof qoyska ka mid ah.",
    },
    "Child Protective Intake (Maine DHHS)": {
        "name": "Child Protective Intake (ilaalinta carruurta, Maine DHHS)",
        "description": "Si aad u sheegto in ilmo la xadgudbi karo ama laga faa'iidaysan "
        "karo. Wakhti kasta, maalin kasta. Lambarka TTY waa Maine Relay.",
    },
}

GET_HELP_SO = {
    "title": "Hel caawimaad",
    "intro": "Cidda aad wacayso, goorta, iyo waxa dhaca marka aad wacdo.",
    "body": """\
Uma baahnid inaad hubto inay tahay ka ganacsi dad si aad caawimaad u weydiisato.
Haddii qof maamulo meesha aad aado, qaato lacagta aad kasbato, ama kugu qasbo inaad
galmo ku beddelato meel aad joogto, cunto, daroogo ama ammaan, waad la hadli kartaa
qof. Wicitaannadu waa bilaash, adiga ayaana go'aamiya waxa xiga.

## Cidda aad wacayso, iyo goorta

**Haddii aad hadda khatar ku jirto**, wac **911**.

**Si aad uga hadasho ka ganacsiga dadka ama ka faa'iidaysiga**, wakhti kasta, wac
National Human Trafficking Hotline **1-888-373-7888** ama qoraal u dir **233733**.
Waa bilaash oo waa qarsoodi. Taleefanka waxaad ku hadli kartaa Ingiriisi ama
Isbaanish, ama waxaad isticmaali kartaa turjubaan in ka badan 200 luuqadood oo kale;
qoraalka iyo sheekaysiga waxaa looga jawaabaa kaliya Ingiriisi iyo Isbaanish. Uma
baahnid inaad magacaaga sheegto.

**Kadib kufsi ama xadgudub galmo, ama si aad ula hadasho u-doode ku sugan Maine**, wac
Maine Sexual Assault Crisis and Support Line **1-800-871-7741**, maalin kasta, wakhti
kasta. U-doodahu wuxuu kuu sharxi karaa doorashooyinkaaga, kula raaci karaa
isbitaalka, kuna xiriirin karaa xarunta taageerada ee deegaankaaga.

**Haddii lammaane ama qof qoyskaaga ka mid ah ku dhibayo ama ku maamulayo**, wac Maine
Domestic Abuse Helpline **1-866-834-4357**.

**Haddii aad ka welwelsan tahay ilmo**, wac Child Protective Intake ee Maine
**1-800-452-1999** (dhegaha la' ama maqalka ku adag: 711, Maine Relay), 24 saacadood
maalintii.

## Waxa u-doodu samayn karo

U-doodayaasha xarumaha taageerada kufsiga iyo xarumaha xadgudubka qoyska ee Maine
adiga ayay kuu shaqeeyaan, ma aha booliiska ama maxkamadaha. Waxay kaa caawin karaan
inaad hesho meel ammaan ah oo aad joogto, way kula raaci karaan ballamaha caafimaadka
ama maxkamadda, waxay kuu sharxi karaan waxa sharcigu dhaho, waxayna kaa caawin karaan
inaad codsato Victims' Compensation Program ee gobolka (barnaamijka magdhawga
dhibbanayaasha). Waad la hadli kartaa u-doode adigoon booliiska u sheegin.

## Survivor Support Fund

Shabakaddu waxay leedahay Survivor Support Fund (sanduuqa taageerada badbaadayaasha)
oo loogu talagalay badbaadayaasha ka ganacsiga dadka iyo ka faa'iidaysiga. Lacagta
degdegga ah waxaa lagu helaa u-doodayaasha gobolka oo dhan. Haddii aad horay ula
shaqeyso u-doode, weydii. Haddii kale, wac Maine Sexual Assault Crisis and Support
Line 1-800-871-7741 oo codso in lagugu xiro u-doode kuu dhow.

## Haddii aad isticmaasho taleefan ama kombiyuutar la wadaago

Qof kale ayaa arki kara bogagga aad booqato. [Bogga sirta](/so/privacy/) wuxuu
sharxayaa sida aad raad yar uga tagi karto. Badhanka **Ka bax boggan**, ee ku yaal
korka bog kasta, wuxuu si toos ah kuu geeyaa bog cimilada.
""",
}
