"""“Is this trafficking?” in Portuguese, as resources/demo/guides_es.py has the guides in
Spanish (only the words; every fact is the English guide's). The Network's own
translation, not yet reviewed."""

MAINE = "https://legislature.maine.gov/statutes"

GUIDES_PT = {
    "is-this-trafficking": {
        "title": "Isto é tráfico de pessoas?",
        "summary": "O que tráfico sexual e tráfico de trabalho querem dizer na lei do "
        "Maine, em palavras simples, e por que o que aconteceu não é culpa sua.",
        "asked_as": "meu namorado me obriga a vender sexo\n"
        "alguém fica com o dinheiro que eu ganho com sexo\n"
        "tenho que fazer sexo para pagar uma dívida\n"
        "sou vítima de tráfico?\n"
        "meu patrão não me deixa ir embora ou fica com os meus documentos",
        "body": """\
## O que quer dizer "tráfico sexual" no Maine? {#sex-trafficking}

No Maine, tráfico sexual é **quando outra pessoa ganha dinheiro ou tira proveito dos
atos sexuais de alguém**. A lei chama isso de "promoting prostitution" (promover a
prostituição). Inclui:

- procurar ou arranjar pessoas para vender sexo;
- dirigir, administrar ou anunciar esse negócio;
- levar alguém a um lugar para vender sexo;
- deixar que uma casa, um quarto de motel ou outro lugar seja usado para isso;
- ficar com parte do dinheiro.

Quem faz isso comete um crime (17-A M.R.S. § 853). A pessoa que é vendida não comete
crime.

## Quando é "agravado"? {#aggravated}

O Maine trata como muito mais grave (17-A M.R.S. § 852) quando:

- a pessoa é **obrigada**: com força ou ameaças, com uma dívida que nunca acaba de
  pagar, com alguém ficando com a identidade ou os documentos dela, ou dando ou tirando
  drogas para controlá-la; ou
- a pessoa vendida tem **menos de 18 anos**, ou tem uma deficiência mental que se
  nota facilmente.

Quando a pessoa tem menos de 18 anos, **ninguém precisa provar força ou ameaças**.
Vender uma pessoa com menos de 18 anos para sexo é sempre o crime agravado.

## E se me obrigam a trabalhar? {#labor}

Isso é tráfico de trabalho. No Maine se chama "criminal forced labor" (trabalho
forçado, 17-A M.R.S. § 304). É obrigar alguém a trabalhar, por exemplo:

- ameaçando machucar a pessoa, ou fazer com que ela seja presa ou deportada;
- prendendo a pessoa numa dívida que o trabalho nunca acaba de pagar;
- tirando drogas, álcool ou remédios de que ela depende;
- ameaçando contar um segredo.

Pode acontecer numa fazenda, num restaurante, numa casa ou em qualquer lugar de
trabalho.

## Precisam me levar para outro lugar, ou tem que ser um desconhecido? {#myths}

Não. Ninguém precisa atravessar uma fronteira nem ser levado a lugar nenhum. Quem faz
isso pode ser um parceiro, um pai ou uma mãe, um parente ou um amigo. A lei olha o que
a pessoa fez, não quem ela é.

## A culpa é minha? Posso ser presa por vender sexo? {#not-your-fault}

**A culpa não é sua.** Desde **25 de outubro de 2023**, vender sexo não é mais crime
no Maine. A lei P.L. 2023, capítulo 316, acabou com esse crime. Comprar sexo, e ganhar
dinheiro com o sexo de outra pessoa, continuam sendo crimes.

Se alguém obrigou você a ajudar no seu próprio tráfico, a lei dá a você uma defesa
(17-A M.R.S. § 853, subseção 3). Um advogado ou uma defensora pode explicar.

## Com quem posso falar? {#who-to-call}

Você não precisa ter certeza de que é tráfico para pedir ajuda.

- A **National Human Trafficking Hotline** (linha nacional contra o tráfico de
  pessoas): ligue para 1-888-373-7888 ou mande uma mensagem de texto para 233733, a
  qualquer hora. Não é a polícia. Por telefone há intérpretes.
- A **Maine Sexual Assault Crisis and Support Line** (linha de crise e apoio em caso
  de violência sexual do Maine): 1-800-871-7741, a qualquer hora.
- Se você está em perigo agora, ligue para o **911**.
""",
        "sources": f"""\
- 17-A M.R.S. § 853, tráfico sexual, e § 851, o que quer dizer "promotes
  prostitution": [a cópia do § 853 no WomensLaw](https://www.womenslaw.org/laws/me/statutes/ss-853-sex-trafficking),
  [o § 851 no site do Legislativo]({MAINE}/17-A/title17-Asec851.html)
- 17-A M.R.S. § 852, tráfico sexual agravado: [o texto do Legislativo]({MAINE}/17-A/title17-Asec852.html)
- 17-A M.R.S. § 304, trabalho forçado: [o texto do Legislativo]({MAINE}/17-A/title17-Asec304.html)
- P.L. 2023, c. 316 (L.D. 1435), *An Act to Reduce Commercial Sexual Exploitation*
- A [National Human Trafficking Hotline](https://humantraffickinghotline.org/)
""",
    },
}
