"""The site in the reader's language (settings.LANGUAGES): English at the addresses it
has always had, another language under its code (/es/…), its words from locale/."""

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from django.conf import settings as django_settings
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from laws.models import Law
from network_site.languages import check_catalogues
from network_site.records import publishing
from network_site.records.models import Translation
from network_site.records.page_cache import for_this_version
from network_site.vocabulary.models import Topic
from tests.admin_forms import form_fields
from tests.resources.test_events import make_event

pytestmark = pytest.mark.django_db

ENGLISH_ONLY = [("en", "English")]
SPANISH = [("en", "English"), ("es", "Español")]
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
# What a page gains when a second language is offered: the menu and the alternates.
LANGUAGE_PARTS = re.compile(
    rb"\n  <link rel=\"alternate\" hreflang=\"[^\"]+\" href=\"[^\"]+\">"
    rb'|<nav class="language-menu".*?</nav>',
    re.S,
)


def sitemap_paths(client) -> list[str]:
    sitemap = client.get("/sitemap.xml").content
    return [
        re.sub(r"^https?://[^/]+", "", loc.text)
        for loc in ET.fromstring(sitemap).iter(f"{SITEMAP_NS}loc")
    ]


def html_lang(response) -> str:
    return re.search(rb"<html lang=\"([^\"]+)\" dir=\"(ltr|rtl)\">", response.content).group(1)


def test_every_english_address_answers_the_same_when_spanish_is_offered(settings):
    """Every link a partner holds keeps working, with no redirect, and stays English
    whatever language the browser prefers."""
    settings.LANGUAGES = ENGLISH_ONLY
    client = Client()
    paths = sitemap_paths(client)
    assert len(paths) > 100
    before = {path: client.get(path) for path in paths}
    settings.LANGUAGES = SPANISH
    for path in paths:
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="es")
        assert response.status_code == before[path].status_code == 200, path
        assert html_lang(response) == b"en", path
        assert LANGUAGE_PARTS.sub(b"", response.content) == before[path].content, path


def test_a_page_in_spanish_has_its_words_language_and_links_in_spanish(settings):
    settings.LANGUAGES = SPANISH
    response = Client().get("/es/laws/")
    assert response.status_code == 200
    assert response["Content-Language"] == "es"
    page = response.content.decode()
    assert '<html lang="es" dir="ltr">' in page
    assert ">Pedir ayuda</a>" in page and "Ir al contenido" in page
    assert ">Get help</a>" not in page
    # Its links stay in Spanish; the menu offers each language by its own name.
    assert 'href="/es/get-help/"' in page and 'href="/es/topics/"' in page
    assert '<a href="/laws/" lang="en" hreflang="en">English</a>' in page
    assert '<a href="/es/laws/" lang="es" hreflang="es" aria-current="true">Español</a>' in page
    assert '<link rel="alternate" hreflang="en" href="http://testserver/laws/">' in page
    assert '<link rel="alternate" hreflang="es" href="http://testserver/es/laws/">' in page


def test_dates_are_written_in_each_pages_language_whichever_is_shown_first(settings):
    """Formatted dates are remembered (network_site.templating.date): the same event in
    English and then in Spanish, and again in English, each in its own words."""
    from network_site.templating import date

    settings.LANGUAGES = SPANISH
    event = make_event(title="Remembered dates", starts_at=datetime(2027, 3, 4, 15, tzinfo=UTC))
    with translation.override("en"):
        address = event.get_absolute_url()
    for prefix, day in (("", "Thursday, March 4, 2027"), ("/es", "jueves"), ("", "Thursday")):
        page = Client().get(f"{prefix}{address}").content.decode()
        assert day in page and ("jueves" in page) == (prefix == "/es"), prefix
    with translation.override("es"):
        assert date(event.starts_at, "F") == "marzo"
    with translation.override("en"):
        assert date(event.starts_at, "F") == "March"


NOT_REVIEWED = "un traductor calificado aún no los ha revisado"


def test_a_translated_interface_says_whether_a_qualified_translator_reviewed_it(settings):
    settings.LANGUAGES = SPANISH
    assert NOT_REVIEWED in Client().get("/es/").content.decode()
    assert "qualified translator" not in Client().get("/").content.decode()
    settings.REVIEWED_INTERFACE_LANGUAGES = ["es"]
    assert NOT_REVIEWED not in Client().get("/es/").content.decode()


def test_the_english_page_offers_the_other_languages_too(settings):
    settings.LANGUAGES = SPANISH
    page = Client().get("/laws/").content.decode()
    assert '<html lang="en" dir="ltr">' in page
    assert '<a href="/es/laws/" lang="es" hreflang="es">Español</a>' in page
    assert '<link rel="alternate" hreflang="es" href="http://testserver/es/laws/">' in page


def test_with_one_language_there_is_no_menu_and_no_other_address(settings):
    settings.LANGUAGES = ENGLISH_ONLY
    response = Client().get("/laws/")
    assert b'class="language-menu"' not in response.content
    assert b"hreflang" not in response.content
    missing = Client().get("/es/laws/")
    assert missing.status_code == 404
    assert b'class="site-header"' in missing.content  # the site's own 404 page


def test_arabic_reads_right_to_left(settings):
    settings.LANGUAGES = [("en", "English"), ("ar", "العربية")]
    response = Client().get("/ar/")
    assert response.status_code == 200
    assert b'<html lang="ar" dir="rtl">' in response.content


def test_the_sitemap_lists_every_page_in_each_language_and_each_answers_in_it(settings):
    """Each page of the sitemap is there in Spanish too, with its alternates, and
    answers in Spanish; choosing a language is choosing an address: nothing is
    remembered."""
    settings.LANGUAGES = ENGLISH_ONLY
    client = Client()
    english = sitemap_paths(client)
    assert b"hreflang" not in client.get("/sitemap.xml").content
    settings.LANGUAGES = SPANISH
    sitemap = client.get("/sitemap.xml").content.decode()
    listed = sitemap_paths(client)
    # Every page in English; in Spanish, the lists and fixed pages, and the records that
    # have a Spanish translation (an untranslated one is no page of its own there).
    assert set(english) <= set(listed) and len(listed) > len(english)
    assert "/es/laws/" in listed and "/es/guides/is-this-trafficking/" in listed
    assert "/laws/maine-sex-trafficking/" in listed
    assert "/es/laws/maine-sex-trafficking/" not in listed
    assert '<xhtml:link rel="alternate" hreflang="es" href="http://testserver/es/laws/"/>' in (
        sitemap
    )
    assert '<xhtml:link rel="alternate" hreflang="x-default" href="http://testserver/laws/"/>' in (
        sitemap
    )
    for address in sitemap_paths(client):
        response = client.get(address)
        assert response.status_code == 200, address
        assert html_lang(response) == (b"es" if address.startswith("/es/") else b"en"), address
        assert not response.cookies, address
        assert "Set-Cookie" not in response.headers, address


def test_what_is_kept_per_content_version_is_kept_per_language(hears_every_change):
    def words():
        return gettext("Get help")

    with translation.override("es"):
        assert for_this_version("test-words", words) == "Pedir ayuda"
    with translation.override("en"):
        assert for_this_version("test-words", words) == "Get help"


def extracted_words() -> set[str]:
    """Every word of the interface, as `make messages` extracts it (babel.cfg)."""
    method_map, options_map = [], {}
    section = None
    for line in (Path(django_settings.BASE_DIR) / "babel.cfg").read_text().splitlines():
        if line.startswith("["):
            method, pattern = line.strip("[]").split(":", 1)
            section = pattern.strip()
            method_map.append((section, method))
            options_map[section] = {}
        elif "=" in line and not line.startswith("#"):
            name, value = line.split("=", 1)
            options_map[section][name.strip()] = value.strip()
    keywords = {
        "_": None,
        "gettext": None,
        "ngettext": (1, 2),
        "pgettext": ((1, "c"), 2),
        "gettext_lazy": None,
        "ngettext_lazy": (1, 2),
        "pgettext_lazy": ((1, "c"), 2),
    }
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        django_settings.BASE_DIR, method_map, options_map, keywords=keywords
    ):
        found.add(message[0] if isinstance(message, tuple) else message)
    return found


def catalogue_words(path: Path) -> dict[str, str]:
    with path.open("rb") as source:
        catalogue = read_po(source)
    translated = {}
    for message in catalogue:
        if not message.id or "fuzzy" in message.flags:
            continue
        singular = message.id[0] if isinstance(message.id, tuple) else message.id
        # A plural is translated only when every one of its forms is.
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        translated[singular] = "" if not all(forms) else forms[0]
    return translated


def test_every_word_of_the_interface_is_in_every_catalogue():
    """A word marked in a template or the code is in the template catalogue (`make
    messages` adds nothing new) and translated in each language's catalogue."""
    words = extracted_words()
    assert "Get help" in words and len(words) > 20
    locale = Path(django_settings.LOCALE_PATHS[0])
    assert words <= set(catalogue_words(locale / "django.pot")), "run `make messages`"
    catalogues = sorted(locale.glob("*/LC_MESSAGES/django.po"))
    assert catalogues
    for path in catalogues:
        translated = catalogue_words(path)
        untranslated = sorted(w for w in words if not translated.get(w))
        assert not untranslated, f"{path.parent.parent.name}: {untranslated[:10]}"


def test_a_language_offered_without_its_compiled_catalogue_stops_the_site(settings, tmp_path):
    settings.LOCALE_PATHS = [tmp_path]
    settings.LANGUAGES = [("en", "English"), ("so", "Soomaali")]
    assert [problem.id for problem in check_catalogues(None)] == ["network_site.E001"]
    catalogue = tmp_path / "so" / "LC_MESSAGES"
    catalogue.mkdir(parents=True)
    (catalogue / "django.po").write_text('msgid ""\nmsgstr ""\n')
    assert [problem.id for problem in check_catalogues(None)] == ["network_site.E002"]
    (catalogue / "django.mo").write_bytes(b"")
    assert check_catalogues(None) == []


def test_feeds_and_the_api_say_their_language(settings):
    settings.LANGUAGES = SPANISH
    client = Client()
    english = client.get("/updates/feed/").content.decode()
    assert 'xml:lang="en"' in english and "updates</title>" in english
    spanish = client.get("/es/updates/feed/").content.decode()
    assert 'xml:lang="es"' in spanish and "novedades</title>" in spanish
    api = client.get("/api/laws/")
    assert api["Content-Language"] == "en"
    assert {record["language"] for record in api.json()["results"]} == {"en"}
    # Each record names its pages in the languages of its published translations.
    guide = client.get("/api/guides/is-this-trafficking/").json()
    assert guide["translations"] == {"es": "http://testserver/es/guides/is-this-trafficking/"}
    Translation.objects.filter(language="es").update(status=Translation.State.DRAFT)
    publishing.restore_page_states()
    guide = client.get("/api/guides/is-this-trafficking/").json()
    assert guide["translations"] == {}


def test_what_a_reader_typed_is_escaped_inside_translated_words(settings):
    """A search is put into a translated sentence ("… results for “%(query)s”"): the
    sentence is the catalogue's, the query is escaped, in every language."""
    settings.LANGUAGES = SPANISH
    typed = '<img src=x onerror="alert(1)">trafficking'
    for prefix in ("", "/es"):
        page = Client().get(f"{prefix}/search/", {"q": typed}).content.decode()
        assert "<img src=x" not in page, prefix
        assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;trafficking" in page, prefix


def test_words_compiled_into_templates_are_each_languages_own_and_values_stay_escaped():
    """The interface's words are put in as each language's templates compile
    (templating.WordsInPlace): the same template says them in each language, and what
    is put into a sentence is escaped there as anywhere."""
    from django.template import engines

    source = (
        '{{ _("Get help") }}|{% trans name=value %}Search results for “{{ name }}”{% endtrans %}'
        "|{% trans %}100% sure{% endtrans %}"
    )
    shown = {}
    for language in ("en", "es"):
        with translation.override(language):
            template = engines["jinja2"].from_string(source)
            shown[language] = template.render({"value": "<b>x</b>"})
    assert shown["en"].startswith("Get help|Search results for “&lt;b&gt;x&lt;/b&gt;”|")
    assert shown["es"].startswith("Pedir ayuda|")
    assert "&lt;b&gt;x&lt;/b&gt;" in shown["es"] and "<b>" not in shown["es"]
    assert shown["en"].endswith("|100% sure")


def test_help_in_spanish_says_what_each_service_offers_and_in_which_language(settings):
    """The demo's Spanish help box and Get help page (network_site/pages/demo_es.py): the
    numbers are the English page's, the words Spanish, the hotline's text and chat said
    to be English and Spanish only; a number with no translation is marked English."""
    from network_site.pages.models import HelpLine
    from network_site.records.models import Translation

    settings.LANGUAGES = SPANISH
    english = Client().get("/get-help/").content.decode()
    page = Client().get("/es/get-help/").content.decode()
    assert "<h1>Pedir ayuda</h1>" in page and "<h1>Get help</h1>" in english
    assert "En peligro ahora mismo" in page and "In danger right now" not in page
    assert "textos y chat solo en inglés y en español" in page
    assert "un traductor calificado aún no la ha revisado" in page
    for line in HelpLine.objects.filter(is_active=True):
        assert line.phone in page  # the facts are the English page's
    # A help number whose words are not translated shows them in English, marked so.
    line = HelpLine.objects.get(name="Maine Domestic Abuse Helpline")
    Translation.objects.of(line).delete()
    page = Client().get("/es/").content.decode()
    assert '<span class="help-line__name" lang="en">Maine Domestic Abuse Helpline</span>' in page


# Per language: Get help's title, the hotline's words on what it answers in, the
# not-yet-reviewed note, and the guide "Is this trafficking?"'s title (the demo's).
HELP_IN = {
    "pt": (
        "Obter ajuda",
        "chat só em inglês e espanhol",
        "um tradutor qualificado ainda não a revisou",
        "Isto é tráfico de pessoas?",
    ),
    "so": (
        "Hel caawimaad",
        "sheekaysiga kaliya Ingiriisi iyo Isbaanish",
        "turjubaan aqoon leh weli dib uma eegin",
        "Tani ma ka ganacsi dad baa?",
    ),
    "ar": (
        "احصل على المساعدة",
        "الدردشة بالإنجليزية والإسبانية فقط",
        "لم يراجعها مترجم مؤهل بعد",
        "هل هذا اتجار بالبشر؟",
    ),
    "fr": (
        "Obtenir de l&#39;aide",
        "discussion en ligne en anglais et en espagnol seulement",
        "un traducteur qualifié ne l'a pas encore relue",
        "Est-ce de la traite ?",
    ),
}


@pytest.mark.parametrize("language", HELP_IN)
def test_help_get_help_and_is_this_trafficking_in_each_language(settings, language):
    """The help box, Get help and "Is this trafficking?" in Portuguese, Somali, Arabic
    and French: the words the language's, the numbers the English page's, the hotline's
    text and chat said to be English and Spanish only, and a reader told that a
    qualified translator has not reviewed them."""
    from network_site.pages.models import HelpLine

    title, hotline, unreviewed, guide_title = HELP_IN[language]
    settings.LANGUAGES = [
        ("en", "English"),
        (language, dict(settings.TRANSLATION_LANGUAGES)[language]),
    ]
    client = Client()
    home = client.get(f"/{language}/").content.decode()
    assert hotline in home and "In danger right now" not in home
    response = client.get(f"/{language}/get-help/")
    page = response.content.decode()
    direction = "rtl" if language == "ar" else "ltr"
    assert html_lang(response) == language.encode() and f'dir="{direction}"' in page
    assert f"<h1>{title}</h1>" in page and hotline in page and unreviewed in page
    for line in HelpLine.objects.filter(is_active=True):
        assert line.phone in page
    guide = client.get(f"/{language}/guides/is-this-trafficking/").content.decode()
    assert f"<h1>{guide_title}</h1>" in guide and "17-A M.R.S. § 852" in guide
    assert unreviewed in guide and 'href="tel:' in guide


def search_hits(path: str, query: str) -> list[tuple[str, str]]:
    """(address, lang attribute) of each result, in order."""
    page = Client().get(path, {"q": query}).content.decode()
    return re.findall(r'<h2 class="record__title"><a href="([^"]+)"(?: lang="([^"]+)")?>', page)


@pytest.mark.parametrize(
    "query, first",
    [
        ("trata de personas", "is-this-trafficking"),
        ("ayuda", "what-help-can-i-get"),
        ("visa T", "talking-to-police"),
    ],
)
def test_a_search_in_spanish_finds_the_spanish_guides_first_then_english(settings, query, first):
    settings.LANGUAGES = SPANISH
    hits = search_hits("/es/search/", query)
    # The guide among the first Spanish results (the glossary's Spanish term may lead).
    assert hits and hits[0][1] == "" and (f"/es/guides/{first}/", "") in hits[:3], hits[:3]
    # Every Spanish result before any English one; English ones marked and in Spanish pages.
    languages = [lang or "es" for _, lang in hits]
    assert languages == sorted(languages, key=lambda lang: lang != "es"), languages
    assert all(url.startswith("/es/") for url, _ in hits)
    # Each record once.
    assert len({url for url, _ in hits}) == len(hits)
    # Every result's line above its title in Spanish, an English one's too.
    page = Client().get("/es/search/", {"q": query}).content.decode()
    kickers = re.findall(r'<p class="record__kicker">([^<]*)</p>', page)
    assert kickers and not any(k.startswith(("Law", "Glossary term", "Guide")) for k in kickers)


def test_english_search_finds_no_translation(settings):
    settings.LANGUAGES = SPANISH
    assert search_hits("/search/", "trata de personas") == []
    assert all(not url.startswith("/es/") for url, _ in search_hits("/search/", "visa"))


def test_english_words_on_a_right_to_left_page_run_left_to_right(settings):
    """On an Arabic page, a record's untranslated words and English titles are marked
    lang="en" dir="ltr", so they read (and their punctuation sits) as English does; on
    a Spanish page, lang="en" alone."""
    settings.LANGUAGES = [("en", "English"), ("es", "Español"), ("ar", "العربية")]
    arabic = Client().get("/ar/laws/maine-sex-trafficking/").content.decode()
    assert '<h1 lang="en" dir="ltr">Sex trafficking</h1>' in arabic
    assert re.search(r'<a href="/ar/laws/[^"]+" lang="en" dir="ltr">', arabic)
    spanish = Client().get("/es/laws/maine-sex-trafficking/").content.decode()
    assert '<h1 lang="en">Sex trafficking</h1>' in spanish
    # A penalty's parts as staff recorded them (English), and its citations, in order.
    for path in ("/ar/charge-table/", "/ar/laws/maine-aggravated-sex-trafficking/"):
        page = Client().get(path).content.decode()
        assert 'lang="en" dir="ltr">Class B crime</' in page, path
        assert 'حتى <span lang="en" dir="ltr">10 years</span>' in page, path
        assert re.search(r'\(<a class="citation" href="/ar/session-laws/[^"]+">P\.L\. ', page), path
    law = Client().get("/ar/laws/maine-aggravated-sex-trafficking/").content.decode()
    assert '<dd><span class="citation">17-A M.R.S. § 852</span></dd>' in law
    # Who wrote a protocol and whom it is for, as staff recorded them: English, marked.
    protocol = "/ar/protocols/law-enforcement-suspected-minor-victim/"
    protocol = Client().get(protocol).content.decode()
    marked = '<span lang="en" dir="ltr">'
    assert f"لـ: {marked}Child welfare</span> و{marked}Law enforcement</span>" in protocol
    assert re.search(f"{marked}[^<]*editors[^<]*</span>", protocol)
    charges = Client().get("/ar/charge-table/").content.decode()
    assert (
        '<a class="citation" href="/ar/laws/maine-sex-trafficking/">17-A M.R.S. § 853</a>'
        in charges
    )


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class _TextByLanguage(HTMLParser):
    """Each run of text in a page's <body>, with the language it is marked as."""

    def __init__(self, page_language: str):
        super().__init__()
        self.stack = [page_language]
        self.in_body = False
        self.runs: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.in_body = True
        if tag not in VOID:
            self.stack.append(dict(attrs).get("lang") or self.stack[-1])

    def handle_endtag(self, tag):
        if tag not in VOID and len(self.stack) > 1:
            self.stack.pop()

    def handle_data(self, data):
        if self.in_body and data.strip():
            self.runs.append((self.stack[-1], " ".join(data.split())))


def unmarked_english(page: str, language: str, english: set[str]) -> set[str]:
    parser = _TextByLanguage(language)
    parser.feed(page)
    # A whole run of text: a title, a tag, a name shown as an item. An English proper
    # name inside a sentence of the page's language needs no mark (WCAG 3.1.2).
    return {text for marked, text in parser.runs if marked == language and text in english}


def test_english_words_on_a_page_in_another_language_are_marked_english(settings):
    """Words that have no translation (a record's title, a topic, a discipline, a
    session, an event series) are shown in English on a Spanish page, inside an
    element marked lang="en", so that a screen reader reads them as English."""
    from django.contrib.contenttypes.models import ContentType

    from laws.models import LegislativeSession
    from network_site.records.models import Translation
    from network_site.records.registry import record_kinds
    from network_site.vocabulary.models import Audience, Topic
    from resources.models import EventSeries

    settings.LANGUAGES = SPANISH
    client = Client()
    spanish = list(Translation.objects.published().filter(language="es"))
    translated = {(t.content_type_id, t.object_id) for t in spanish}
    english = {str(x) for model in (Topic, Audience, EventSeries) for x in model.objects.all()}
    english |= {session.name for session in LegislativeSession.objects.all()}
    pages = [path for path in sitemap_paths(client) if path.startswith("/es/")]
    # Names of organizations, services, teams, publications and acts are proper names.
    proper_names = {"organization", "service", "regionalteam", "resource", "sessionlaw"}
    for kind in record_kinds():
        records = list(kind.objects.published()[:40])
        content_type = ContentType.objects.get_for_model(kind)
        if kind._meta.model_name not in proper_names:
            english |= {r.title for r in records if (content_type.pk, r.pk) not in translated}
        pages += [f"/es{r.get_absolute_url()}" for r in records[:2]]
    # Less what a translation keeps as it is (a program's name).
    english -= {t.text.get("title") for t in spanish}
    english = {words for words in english if len(words) >= 8}
    assert len(english) > 50 and len(pages) > 40
    found = {}
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        unmarked = unmarked_english(response.content.decode(), "es", english)
        if unmarked:
            found[path] = sorted(unmarked)[:5]
    assert not found, "\n".join(f"{path}: {words}" for path, words in found.items())


def head_alternates(page: bytes) -> list[str]:
    return re.findall(rb'<link rel="alternate" hreflang="([^"]+)"', page)


def test_a_record_pages_alternates_are_the_languages_it_is_written_in(settings):
    """In <head>, as in the sitemap: a record's page names as its alternates English and
    the languages of its published translations, and a list every language it is
    offered in; publishing a translation through the gate adds its language."""
    from laws.models import Law
    from network_site.records import publishing
    from network_site.records.models import Translation

    settings.LANGUAGES = SPANISH
    client = Client()
    assert head_alternates(client.get("/guides/is-this-trafficking/").content) == [b"en", b"es"]
    assert head_alternates(client.get("/es/guides/is-this-trafficking/").content) == [b"en", b"es"]
    assert head_alternates(client.get("/laws/").content) == [b"en", b"es"]
    law = Law.objects.get(slug="maine-sex-trafficking")
    assert head_alternates(client.get(law.get_absolute_url()).content) == [b"en"]
    words = {name: f"(es) {getattr(law, name)}" for name in law.translated_fields}
    publishing.save_translation(
        Translation(record=law, language="es", text=words, status="published")
    )
    assert head_alternates(client.get(law.get_absolute_url()).content) == [b"en", b"es"]


def test_every_kind_of_page_answers_in_each_language_with_its_lang_and_direction():
    """One page of every route in the sitemap, in each language the site is offered in
    (settings.LANGUAGES): it answers, says its language, and Arabic reads right to left;
    the language menu names each language in itself."""
    from django.urls import resolve

    client = Client()
    one_of_each = {}
    prefixes = tuple(f"/{code}/" for code, _name in django_settings.LANGUAGES)
    for path in sitemap_paths(client):
        if not path.startswith(prefixes):  # the English addresses
            one_of_each.setdefault(resolve(path).route, path)
    assert len(one_of_each) > 15
    languages = [code for code, _name in django_settings.LANGUAGES]
    assert languages == ["en", "es", "pt", "so", "ar", "fr"]
    for code in languages[1:]:
        for path in one_of_each.values():
            response = client.get(f"/{code}{path}")
            assert response.status_code == 200, (code, path)
            direction = b"rtl" if code == "ar" else b"ltr"
            assert f'<html lang="{code}" dir="{direction.decode()}">'.encode() in response.content
            for name in ("Español", "Português", "Soomaali", "العربية", "Français"):
                assert f">{name}</a>".encode() in response.content, (code, path, name)


def test_the_languages_a_service_is_offered_in_are_named_in_the_pages_language():
    """As the Unicode CLDR names them (Babel), not in English: "español" on a Spanish
    page, "الإسبانية" on an Arabic one; in the directory's filter too."""
    from resources.models import Service

    service = Service.objects.published().filter(languages__slug="es").first()
    address = service.get_absolute_url()
    client = Client()
    assert "Spanish" in client.get(address).content.decode()
    spanish = client.get(f"/es{address}").content.decode()
    assert "español" in spanish and ">Spanish<" not in spanish
    assert "الإسبانية" in client.get(f"/ar{address}").content.decode()
    directory = client.get("/es/directory/").content.decode()
    assert re.search(r">español <span class=\"count\">", directory)


def test_topics_and_disciplines_are_named_in_the_readers_language_where_translated(
    settings, publisher
):
    """A term's published translation names it on every page in that language (the
    tags the gate stored on each record's page, the filters, the term's own page);
    without one it is the English name, marked English."""
    settings.LANGUAGES = SPANISH
    client = Client()
    topic = Topic.objects.get(slug="labor-trafficking")
    law = Law.objects.published().filter(topics=topic).first()
    spanish = Translation.objects.of(topic).get(language="es")
    assert spanish.text["name"] == "Trata con fines laborales"  # the demo's

    def spanish_pages() -> dict[str, str]:
        paths = ("/es/laws/", law.get_absolute_url(), "/es/topics/", "/es/")
        with translation.override("es"):
            paths += (law.get_absolute_url(), topic.get_absolute_url())
        return {path: client.get(path).content.decode() for path in paths}

    for path, page in spanish_pages().items():
        if path.startswith("/es/"):
            assert ">Trata con fines laborales" in page, path
            assert ">Labor trafficking<" not in page, path
        else:
            assert ">Labor trafficking<" in page and "Trata con fines" not in page, path
    with translation.override("es"):
        topic_page = client.get(topic.get_absolute_url()).content.decode()
    assert "<h1>Trata con fines laborales</h1>" in topic_page
    assert "Obligar a personas a trabajar" in topic_page

    # A publisher renames it in Spanish: every page linking to it follows at once.
    url = f"/admin/records/translation/{spanish.pk}/change/"
    form = form_fields(publisher.get(url).content.decode())
    form["text_name"] = "Trata laboral"
    assert publisher.post(url, form).status_code == 302
    with translation.override("es"):
        law_page = client.get(law.get_absolute_url()).content.decode()
    assert ">Trata laboral</a>" in law_page and "Trata con fines laborales" not in law_page

    # Back to a draft: the English name again, marked English, on the Spanish pages.
    form = form_fields(publisher.get(url).content.decode())
    form["status"] = "draft"
    assert publisher.post(url, form).status_code == 302
    for path, page in spanish_pages().items():
        assert "Trata laboral" not in page, path
        if path.startswith("/es/"):
            assert re.search(r'lang="en">(<h2><a href="[^"]+">)?Labor trafficking<', page), path


def test_lists_in_a_sentence_are_joined_as_the_pages_language_joins_them(settings):
    """ "Walk in and by phone", "Sin cita y por teléfono", "دون موعد وبالهاتف": no
    English comma or "and" inside another language's sentence."""
    settings.LANGUAGES = [("en", "English"), ("es", "Español"), ("ar", "العربية")]
    client = Client()
    service = "/directory/services/pine-tree-legal-civil-legal-help/"
    ways_in = {
        "": "Walk in and by phone",
        "/es": "Sin cita y por teléfono",
        "/ar": "دون موعد وبالهاتف",
    }
    for prefix, words in ways_in.items():
        assert f"<dd>{words}</dd>" in client.get(prefix + service).content.decode(), prefix
    # Links in a list too: a helpline's professions, a service's counties.
    helpline = client.get("/ar/directory/services/statewide-sexual-assault-helpline/")
    assert re.search(r'>Advocates</a> و<a href="/ar/for/', helpline.content.decode())
    for prefix, counties in {"": "counties", "/es": "condados de", "/ar": "مقاطع"}.items():
        page = client.get(f"{prefix}/directory/services/sacsc-sexual-assault-support/")
        assert counties in page.content.decode(), prefix
    lede = re.search(r'<p class="lede">(.*?)</p>', client.get("/ar/topics/").content.decode())[1]
    assert "," not in lede and " and " not in lede and "والبروتوكولات" in lede
