"""The help numbers' words and the Get help page in Portuguese, as network_site/pages/
demo_es.py has them in Spanish (what it says of words, facts and the services'
languages holds here too). The Network's own translation, not yet reviewed.
"""

# By the help number's English name.
HELP_LINES_PT = {
    "In danger right now": {
        "name": "Em perigo agora",
        "description": "Polícia, bombeiros ou ambulância.",
    },
    "National Human Trafficking Hotline": {
        "name": "National Human Trafficking Hotline (linha nacional contra o tráfico)",
        "description": "Gratuita, confidencial, a qualquer hora. Ligações em inglês ou "
        "espanhol, ou com um intérprete em mais de 200 idiomas; "
        "mensagens de texto e chat só em inglês e espanhol.",
    },
    "Maine Sexual Assault Crisis and Support Line": {
        "name": "Maine Sexual Assault Crisis and Support Line (violência sexual)",
        "description": "Gratuita e privada, qualquer dia, a qualquer hora, em todo o Maine.",
    },
    "Maine Domestic Abuse Helpline": {
        "name": "Maine Domestic Abuse Helpline (violência doméstica)",
        "description": "A linha de ajuda de todo o Maine para quem sofre agressão ou "
        "controle de um parceiro ou de um familiar.",
    },
    "Child Protective Intake (Maine DHHS)": {
        "name": "Child Protective Intake (proteção à criança, Maine DHHS)",
        "description": "Para denunciar que uma criança pode estar sofrendo abuso ou "
        "exploração. A qualquer hora, todos os dias. O número TTY é o Maine Relay.",
    },
}

GET_HELP_PT = {
    "title": "Obter ajuda",
    "intro": "Para quem ligar, quando, e o que acontece quando você liga.",
    "body": """\
Você não precisa ter certeza de que é tráfico para pedir ajuda. Se alguém controla
aonde você vai, fica com o dinheiro que você ganha, ou obriga você a trocar sexo por
um lugar para ficar, comida, drogas ou segurança, você pode falar sobre isso com
alguém. As ligações são gratuitas e você decide o que acontece depois.

## Para quem ligar, e quando

**Se você está em perigo agora**, ligue para o **911**.

**Para falar sobre tráfico ou exploração**, a qualquer hora, ligue para a National
Human Trafficking Hotline no **1-888-373-7888** ou mande uma mensagem de texto para o
**233733**. É gratuito e confidencial. Por telefone você pode falar em inglês ou em
espanhol, ou usar um intérprete em mais de 200 outros idiomas;
as mensagens de texto e o chat são respondidos só em inglês e em espanhol. Você não
precisa dizer o seu nome.

**Depois de uma violência sexual, ou para falar com uma defensora no Maine**, ligue
para a Maine Sexual Assault Crisis and Support Line no **1-800-871-7741**, qualquer
dia, a qualquer hora. Uma defensora pode explicar as suas opções, ir com você ao
hospital e pôr você em contato com o centro de apoio mais perto de você.

**Se um parceiro ou um familiar machuca ou controla você**, ligue para a Maine
Domestic Abuse Helpline no **1-866-834-4357**.

**Se você está preocupado com uma criança**, ligue para o Child Protective Intake do
Maine no **1-800-452-1999** (pessoas surdas ou com deficiência auditiva: 711, Maine
Relay), 24 horas por dia.

## O que uma defensora pode fazer

As defensoras dos centros de apoio às vítimas de violência sexual e dos centros de
recursos contra a violência doméstica do Maine trabalham para você, não para a
polícia nem para os tribunais. Elas podem ajudar você a encontrar um lugar seguro para
ficar, ir com você a consultas médicas ou ao tribunal, explicar o que a lei diz e
ajudar você a pedir o Victims' Compensation Program do estado (programa de indenização
às vítimas). Você pode falar com uma defensora sem denunciar à polícia.

## Survivor Support Fund

A Rede mantém um Survivor Support Fund (fundo de apoio a sobreviventes) para
sobreviventes de tráfico e exploração. O dinheiro de emergência chega aos
sobreviventes por meio das defensoras em todo o estado. Se você já trabalha com uma
defensora, pergunte a ela. Se não, ligue para a Maine Sexual Assault Crisis and
Support Line no 1-800-871-7741 e peça para falar com uma defensora perto de você.

## Se você usa um telefone ou computador compartilhado

Outra pessoa pode conseguir ver as páginas que você visita. A nossa [página de
privacidade](/pt/privacy/) explica como deixar menos rastros. O botão **Sair deste
site**, no alto de cada página, leva você direto para um site de previsão do tempo.
""",
}
