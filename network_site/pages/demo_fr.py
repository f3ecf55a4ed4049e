"""The help numbers' words and the Get help page in French, as network_site/pages/
demo_es.py has them in Spanish (what it says of words, facts and the services'
languages holds here too). The Network's own translation, not yet reviewed.
"""

# By the help number's English name.
HELP_LINES_FR = {
    "In danger right now": {
        "name": "En danger en ce moment",
        "description": "Police, pompiers ou ambulance.",
    },
    "National Human Trafficking Hotline": {
        "name": "National Human Trafficking Hotline (ligne nationale contre la traite)",
        "description": "Gratuite, confidentielle, à toute heure. Appels en anglais ou en "
        "espagnol, ou avec un interprète dans plus de 200 langues ; "
        "SMS et discussion en ligne en anglais et en espagnol seulement.",
    },
    "Maine Sexual Assault Crisis and Support Line": {
        "name": "Maine Sexual Assault Crisis and Support Line (agression sexuelle)",
        "description": "Gratuite et confidentielle, tous les jours, à toute heure, dans "
        "tout le Maine.",
    },
    "Maine Domestic Abuse Helpline": {
        "name": "Maine Domestic Abuse Helpline (violence conjugale et familiale)",
        "description": "La ligne d'aide de tout le Maine pour les personnes blessées ou "
        "contrôlées par un partenaire ou un membre de la famille.",
    },
    "Child Protective Intake (Maine DHHS)": {
        "name": "Child Protective Intake (protection de l'enfance, Maine DHHS)",
        "description": "Pour signaler qu'un enfant est peut-être maltraité ou exploité. "
        "À toute heure, tous les jours. Le numéro ATS est Maine Relay.",
    },
}

GET_HELP_FR = {
    "title": "Obtenir de l'aide",
    "intro": "Qui appeler, quand, et ce qui se passe quand vous appelez.",
    "body": """\
Vous n'avez pas besoin d'être sûr que c'est de la traite pour demander de l'aide. Si
quelqu'un contrôle où vous allez, garde l'argent que vous gagnez, ou vous oblige à
échanger du sexe contre un endroit où dormir, de la nourriture, de la drogue ou votre
sécurité, vous pouvez en parler à quelqu'un. Les appels sont gratuits et c'est vous
qui décidez de la suite.

## Qui appeler, et quand

**Si vous êtes en danger en ce moment**, appelez le **911**.

**Pour parler de traite ou d'exploitation**, à toute heure, appelez la National
Human Trafficking Hotline au **1-888-373-7888** ou envoyez un SMS au **233733**.
C'est gratuit et confidentiel. Au téléphone, vous pouvez parler anglais ou espagnol,
ou passer par un interprète dans plus de 200 autres langues ; les
SMS et la discussion en ligne sont traités en anglais et en espagnol seulement. Vous
n'avez pas à donner votre nom.

**Après une agression sexuelle, ou pour parler à une intervenante dans le Maine**,
appelez la Maine Sexual Assault Crisis and Support Line au **1-800-871-7741**, tous
les jours, à toute heure. Une intervenante peut vous expliquer vos choix, vous
accompagner à l'hôpital et vous mettre en lien avec le centre de soutien de votre
région.

**Si un partenaire ou un membre de votre famille vous fait du mal ou vous contrôle**,
appelez la Maine Domestic Abuse Helpline au **1-866-834-4357**.

**Si vous êtes inquiet pour un enfant**, appelez le Child Protective Intake du Maine
au **1-800-452-1999** (personnes sourdes ou malentendantes : 711, Maine Relay),
24 heures sur 24.

## Ce qu'une intervenante peut faire

Les intervenantes des centres de soutien aux victimes d'agression sexuelle et des
centres de ressources contre la violence conjugale du Maine travaillent pour vous,
pas pour la police ni pour les tribunaux. Elles peuvent vous aider à trouver un
endroit sûr où dormir, vous accompagner à des rendez-vous médicaux ou au tribunal,
vous expliquer ce que dit la loi et vous aider à faire une demande au Victims'
Compensation Program de l'État (programme d'indemnisation des victimes). Vous pouvez
parler à une intervenante sans porter plainte.

## Survivor Support Fund

Le Réseau gère un Survivor Support Fund (fonds de soutien aux survivants) pour les
survivants de traite et d'exploitation. L'argent d'urgence est obtenu par
l'intermédiaire des intervenantes, partout dans l'État. Si vous travaillez déjà avec
une intervenante, parlez-lui-en. Sinon, appelez la Maine Sexual Assault Crisis and
Support Line au 1-800-871-7741 et demandez à être mis en lien avec une intervenante
près de chez vous.

## Si vous utilisez un téléphone ou un ordinateur partagé

Quelqu'un pourrait voir quelles pages vous visitez. Notre [page sur la vie
privée](/fr/privacy/) explique comment laisser moins de traces. Le bouton **Quitter
ce site**, en haut de chaque page, vous emmène directement sur un site météo.
""",
}
