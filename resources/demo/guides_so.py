"""“Is this trafficking?” in Somali, as resources/demo/guides_es.py has the guides in
Spanish (only the words; every fact is the English guide's). Kept short and plain. The Network's own
translation, not yet reviewed."""

MAINE = "https://legislature.maine.gov/statutes"

GUIDES_SO = {
    "is-this-trafficking": {
        "title": "Tani ma ka ganacsi dad baa?",
        "summary": "Waxa ka ganacsiga galmada iyo ka ganacsiga shaqada ay ka dhigan yihiin "
        "sharciga Maine, erayo fudud, iyo sababta aysan eeddu adiga kuu ahayn.",
        "asked_as": "saaxiibkay wuxuu igu qasbaa inaan galmo iibiyo\n"
        "qof ayaa qaata lacagta aan galmada ka helo\n"
        "waa inaan galmo sameeyo si aan deyn u bixiyo\n"
        "ma waxaan ahay dhibbane ka ganacsi dad?\n"
        "shaqo-bixiyahaygu ima uu oggola inaan tago ama wuxuu hayaa waraaqahayga",
        "body": """\
## Muxuu ka dhigan yahay "ka ganacsiga galmada" Maine? {#sex-trafficking}

Maine, ka ganacsiga galmada waa **marka qof kale lacag ama faa'iido ka helo falalka
galmada ee qof**. Sharcigu wuxuu ugu yeeraa "promoting prostitution" (dhiirrigelinta
dhillaysiga). Waxaa ku jira:

- raadinta ama keenista dad galmo iibiya;
- maamulidda ama xayaysiinta ganacsigaas;
- qof meel u geynta si uu galmo u iibiyo;
- u oggolaanshaha in guri, qol motel ama meel kale loo isticmaalo taas;
- qaadashada qayb ka mid ah lacagta.

Qofka sidaas sameeya wuxuu galaa dambi (17-A M.R.S. § 853). Qofka la iibiyo dambi ma
galo.

## Goorma ayuu "culus" yahay? {#aggravated}

Maine waxay u aragtaa mid aad u culus (17-A M.R.S. § 852) marka:

- qofka **lagu qasbo**: xoog ama hanjabaad, deyn aan weligeed dhammaanayn, in laga
  qaato aqoonsigiisa ama waraaqihiisa, ama in la siiyo ama laga qaado daroogo si loo
  maamulo; ama
- qofka la iibiyo uu ka yar yahay **18 sano**, ama leeyahay naafonimo maskaxeed oo si
  fudud loo arki karo.

Marka qofku ka yar yahay 18 sano, **qofna uma baahna inuu caddeeyo xoog ama
hanjabaad**. Iibinta qof ka yar 18 sano si galmo loogu sameeyo had iyo jeer waa
dambiga culus.

## Haddii lagu qasbo inaad shaqeyso? {#labor}

Taasi waa ka ganacsi shaqo. Maine waxaa loogu yeeraa "criminal forced labor" (shaqo
qasab ah, 17-A M.R.S. § 304). Waa in qof lagu qasbo inuu shaqeeyo, tusaale:

- in lagu hanjabo in la dhaawacayo, la xirayo ama la masaafurinayo;
- in lagu hayo deyn aan shaqadu weligeed dhammaynin;
- in laga qaado daroogo, khamri ama daawo uu ku tiirsan yahay;
- in lagu hanjabo in sir la sheegayo.

Waxay ka dhici kartaa beer, makhaayad, guri ama meel kasta oo shaqo.

## Ma waa in meel kale la ii qaado, ama ma waa in uu yahay qof aan la aqoon? {#myths}

Maya. Qofna uma baahna inuu xad ka gudbo ama meel loo qaado. Qofka sameeya wuxuu noqon
karaa lammaane, waalid, qaraabo ama saaxiib. Sharcigu wuxuu eegaa waxa ay sameeyeen, ma
aha cidda ay yihiin.

## Ma eeddaydaa? Ma la ii xiri karaa iibinta galmada? {#not-your-fault}

**Eeddu adiga ma aha.** Tan iyo **25 Oktoobar 2023**, iibinta galmadu hadda dambi ma
aha Maine. Sharciga P.L. 2023, cutubka 316, ayaa dambigaas meesha ka saaray. Iibsashada
galmada, iyo lacag ka samaynta galmada qof kale, weli waa dambiyo.

Haddii qof kugu qasbay inaad ka caawiso ka ganacsigaaga, sharcigu wuxuu ku siinayaa
difaac (17-A M.R.S. § 853, qaybta 3). Qareen ama u-doode ayaa kuu sharxi kara.

## Yaan la hadli karaa? {#who-to-call}

Uma baahnid inaad hubto inay tahay ka ganacsi dad si aad caawimaad u weydiisato.

- **National Human Trafficking Hotline** (khadka qaranka ee ka ganacsiga dadka): wac
  1-888-373-7888 ama qoraal u dir 233733, wakhti kasta. Ma aha booliiska. Taleefanka
  waxaa jira turjubaanno.
- **Maine Sexual Assault Crisis and Support Line** (khadka taageerada kufsiga ee
  Maine): 1-800-871-7741, wakhti kasta.
- Haddii aad hadda khatar ku jirto, wac **911**.
""",
        "sources": f"""\
- 17-A M.R.S. § 853, ka ganacsiga galmada, iyo § 851, waxa "promotes prostitution"
  ka dhigan yahay: [nuqulka WomensLaw ee § 853](https://www.womenslaw.org/laws/me/statutes/ss-853-sex-trafficking),
  [§ 851 bogga Sharci-dejinta]({MAINE}/17-A/title17-Asec851.html)
- 17-A M.R.S. § 852, ka ganacsiga galmada ee culus: [qoraalka Sharci-dejinta]({MAINE}/17-A/title17-Asec852.html)
- 17-A M.R.S. § 304, shaqo qasab ah: [qoraalka Sharci-dejinta]({MAINE}/17-A/title17-Asec304.html)
- P.L. 2023, c. 316 (L.D. 1435), *An Act to Reduce Commercial Sexual Exploitation*
- [National Human Trafficking Hotline](https://humantraffickinghotline.org/)
""",
    },
}
