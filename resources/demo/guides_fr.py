"""“Is this trafficking?” in French, as resources/demo/guides_es.py has the guides in
Spanish (only the words; every fact is the English guide's). The Network's own
translation, not yet reviewed."""

MAINE = "https://legislature.maine.gov/statutes"

GUIDES_FR = {
    "is-this-trafficking": {
        "title": "Est-ce de la traite ?",
        "summary": "Ce que veulent dire la traite à des fins sexuelles et la traite par le "
        "travail dans la loi du Maine, en mots simples, et pourquoi ce qui s'est passé "
        "n'est pas votre faute.",
        "asked_as": "mon copain m'oblige à vendre du sexe\n"
        "quelqu'un garde l'argent que je gagne avec le sexe\n"
        "je dois avoir des relations sexuelles pour payer une dette\n"
        "suis-je victime de traite ?\n"
        "mon patron ne me laisse pas partir ou garde mes papiers",
        "body": """\
## Que veut dire "traite à des fins sexuelles" dans le Maine ? {#sex-trafficking}

Dans le Maine, la traite à des fins sexuelles, c'est **quand une autre personne gagne
de l'argent ou tire profit des actes sexuels de quelqu'un**. La loi appelle cela
"promoting prostitution" (favoriser la prostitution). Cela comprend :

- chercher ou trouver des personnes pour vendre du sexe ;
- diriger, gérer ou faire de la publicité pour ce commerce ;
- emmener quelqu'un quelque part pour qu'il vende du sexe ;
- laisser utiliser une maison, une chambre de motel ou un autre lieu pour cela ;
- garder une partie de l'argent.

La personne qui fait cela commet un crime (17-A M.R.S. § 853). La personne qui est
vendue ne commet pas de crime.

## Quand est-ce "aggravé" ? {#aggravated}

Le Maine le traite comme beaucoup plus grave (17-A M.R.S. § 852) quand :

- la personne est **forcée** : par la force ou des menaces, par une dette qu'elle ne
  finit jamais de payer, parce qu'on garde sa pièce d'identité ou ses papiers, ou
  parce qu'on lui donne ou lui retire de la drogue pour la contrôler ; ou
- la personne vendue a **moins de 18 ans**, ou a un handicap mental qui se voit
  facilement.

Quand la personne a moins de 18 ans, **personne n'a à prouver la force ou des
menaces**. Vendre une personne de moins de 18 ans pour du sexe est toujours le crime
aggravé.

## Et si on m'oblige à travailler ? {#labor}

C'est de la traite par le travail. Dans le Maine, on l'appelle "criminal forced
labor" (travail forcé, 17-A M.R.S. § 304). C'est forcer quelqu'un à travailler, par
exemple :

- en menaçant de lui faire du mal, de le faire arrêter ou expulser ;
- en le gardant dans une dette que le travail ne finit jamais de payer ;
- en lui retirant de la drogue, de l'alcool ou des médicaments dont il dépend ;
- en menaçant de révéler un secret.

Cela peut arriver dans une ferme, un restaurant, une maison ou n'importe quel lieu de
travail.

## Faut-il qu'on m'emmène ailleurs, ou que ce soit un inconnu ? {#myths}

Non. Personne n'a besoin de passer une frontière ni d'être emmené où que ce soit.
L'auteur peut être un partenaire, un parent, un proche ou un ami. La loi regarde ce
qu'il a fait, pas qui il est.

## Est-ce ma faute ? Puis-je être arrêté pour avoir vendu du sexe ? {#not-your-fault}

**Ce n'est pas votre faute.** Depuis le **25 octobre 2023**, vendre du sexe n'est
plus un crime dans le Maine. La loi P.L. 2023, chapitre 316, a supprimé ce crime.
Acheter du sexe, et gagner de l'argent avec celui d'une autre personne, restent des
crimes.

Si quelqu'un vous a forcé à aider à votre propre traite, la loi vous donne un moyen
de défense (17-A M.R.S. § 853, paragraphe 3). Un avocat ou une intervenante peut vous
l'expliquer.

## À qui puis-je parler ? {#who-to-call}

Vous n'avez pas besoin d'être sûr que c'est de la traite pour demander de l'aide.

- La **National Human Trafficking Hotline** (ligne nationale contre la traite des
  personnes) : appelez le 1-888-373-7888 ou envoyez un SMS au 233733, à toute heure.
  Ce n'est pas la police. Au téléphone, des interprètes sont disponibles.
- La **Maine Sexual Assault Crisis and Support Line** (ligne de crise et de soutien
  en cas d'agression sexuelle du Maine) : 1-800-871-7741, à toute heure.
- Si vous êtes en danger en ce moment, appelez le **911**.
""",
        "sources": f"""\
- 17-A M.R.S. § 853, traite à des fins sexuelles, et § 851, ce que veut dire
  "promotes prostitution" : [la copie du § 853 sur WomensLaw](https://www.womenslaw.org/laws/me/statutes/ss-853-sex-trafficking),
  [le § 851 sur le site du Parlement du Maine]({MAINE}/17-A/title17-Asec851.html)
- 17-A M.R.S. § 852, traite à des fins sexuelles aggravée : [le texte du Parlement]({MAINE}/17-A/title17-Asec852.html)
- 17-A M.R.S. § 304, travail forcé : [le texte du Parlement]({MAINE}/17-A/title17-Asec304.html)
- P.L. 2023, c. 316 (L.D. 1435), *An Act to Reduce Commercial Sexual Exploitation*
- La [National Human Trafficking Hotline](https://humantraffickinghotline.org/)
""",
    },
}
