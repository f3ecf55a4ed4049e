"""The one Markdown renderer: staff Markdown in, sanitized HTML out.

Rendering happens when a record is saved (and for the admin's live preview);
public pages only ever print the stored result.
"""

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import markdown
import nh3
from django.urls import reverse

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "dd", "del", "dl", "dt", "em",
    "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p", "pre",
    "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}  # fmt: skip
# h1 is the page title's: a stray "# Heading" is shifted down to h2.
HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "title", "width", "height"},
    "ol": {"start"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    **{tag: {"id"} for tag in HEADINGS},
}
# No javascript:, data: or vbscript: URLs; relative links stay allowed.
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}
# Tags removed together with everything inside them.
DROPPED_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "template", "noscript"}

# A section heading as nh3 writes it, to give it a visible "link to this section".
SECTION_HEADING = re.compile(r'<h([23]) id="([^"<>]+)">(.*?)</h\1>', re.S)
SECTION_LINK = re.compile(r'<a class="section-link"[^>]*>#</a>')

# An external link in rendered HTML, for the link checker.
EXTERNAL_HREF = re.compile(r'href="(https?://[^"]+)"')

EXTENSIONS = ["attr_list", "def_list", "fenced_code", "sane_lists", "tables", "toc"]
TOC_DEPTH = "1-3"


@dataclass
class Rendered:
    html: str
    # [{"id": "screening", "title": "Screening", "level": 2}, ...]
    toc: list[dict] = field(default_factory=list)


def uploaded_images_prefix() -> str:
    """Where images staff upload are served: the only images a page may show (the
    Content-Security-Policy would block any other, and they would tell another site
    who reads the page)."""
    return reverse("uploaded_image", kwargs={"name": "x"}).removesuffix("x")


def sanitize(fragment: str) -> str:
    own_images = uploaded_images_prefix()

    def keep(tag: str, attribute: str, value: str) -> str | None:
        if tag == "img" and attribute == "src" and not value.startswith(own_images):
            return None
        return value

    return nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=keep,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def render(text: str) -> Rendered:
    """Render staff Markdown to sanitized HTML, with the headings' table of contents."""
    converter = markdown.Markdown(
        extensions=EXTENSIONS,
        extension_configs={"toc": {"toc_depth": TOC_DEPTH, "baselevel": 1}},
        output_format="html",
    )
    body = converter.convert(text or "")
    body = body.replace("<h1", "<h2").replace("</h1>", "</h2>")
    return Rendered(
        html=with_phone_links(_with_section_links(sanitize(body))),
        toc=_flatten_toc(converter.toc_tokens),
    )


def _with_section_links(safe_html: str) -> str:
    """Add "#" links after section headings (ours, added after sanitizing)."""

    def add_link(match: re.Match) -> str:
        level, anchor, inner = match.groups()
        label = html.escape(html.unescape(re.sub(r"<[^>]+>", "", inner)), quote=True)
        link = (
            f'<a class="section-link" href="#{anchor}" '
            f'aria-label="Link to this section: {label}">#</a>'
        )
        return f'<h{level} id="{anchor}">{inner} {link}</h{level}>'

    return SECTION_HEADING.sub(add_link, safe_html)


# A North American number as people write it: 1-800-871-7741, (207) 626-0034, 207.626.0034.
PHONE_NUMBER = re.compile(
    r"(?<![\w-])(?:1[-. ])?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}(?![\w-])"
)
TAG_OR_TEXT = re.compile(r"(<[^>]+>)")


def with_phone_links(safe_html: str) -> str:
    """Make each phone number in the text a tel: link that never wraps (ours, added after
    sanitizing): a reader on a phone taps it. Numbers already inside a link are left."""
    if not any(digit in safe_html for digit in "0123456789"):
        return safe_html  # no number at all, as in most text: no scan (lists show many)
    parts = TAG_OR_TEXT.split(safe_html)
    in_link = 0
    for index, part in enumerate(parts):
        if part.startswith("<"):
            if re.match(r"<a[\s>]", part):
                in_link += 1
            elif part.startswith("</a"):
                in_link = max(0, in_link - 1)
        elif not in_link and part:
            parts[index] = PHONE_NUMBER.sub(_phone_link, part)
    return "".join(parts)


def _phone_link(match: re.Match) -> str:
    digits = re.sub(r"\D", "", match.group())
    return f'<a class="phone" href="tel:+1{digits[-10:]}">{match.group()}</a>'


LINK_FREE_ZONES = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre"}
# A capitalised word right beside a capitalised term: the term is part of a longer name
# ("National Human Trafficking Hotline", "Survivor Support Fund").
CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w’'-]*[ \u00a0]+$")
CAPITALISED_AFTER = re.compile(r"^[ \u00a0]+[A-Z]")


def inside_a_name(match: re.Match) -> bool:
    """Whether the matched words are part of a longer proper name."""
    if not match.group(0)[:1].isupper():
        return False
    before, after = match.string[: match.start()], match.string[match.end() :]
    return bool(CAPITALISED_BEFORE.search(before) or CAPITALISED_AFTER.match(after))


def in_open_text(safe_html: str, change: Callable[[str], str]) -> str:
    """The HTML with `change` applied to its text outside links, headings and code."""
    parts = TAG_OR_TEXT.split(safe_html)
    open_zones = 0
    for index, part in enumerate(parts):
        if part.startswith("<"):
            name = re.match(r"</?([a-z0-9]+)", part)
            if name and name.group(1) in LINK_FREE_ZONES and not part.endswith("/>"):
                open_zones += -1 if part.startswith("</") else 1
                open_zones = max(open_zones, 0)
        elif part and not open_zones:
            parts[index] = change(part)
    return "".join(parts)


def with_citation_links(
    safe_html: str, pattern: re.Pattern, address_of: Callable[[str], str | None]
) -> str:
    """Link each citation in the text (`pattern` finds them) to the page of the record
    it cites, where `address_of` knows one: the first mention of each, like terms."""
    linked: set[str] = set()

    def link(match: re.Match) -> str:
        address = address_of(match.group(0))
        if address is None or address in linked:
            return match.group(0)
        linked.add(address)
        return f'<a class="citation-link" href="{address}">{match.group(0)}</a>'

    return in_open_text(safe_html, lambda text: pattern.sub(link, text))


def with_term_links(safe_html: str, terms: list[tuple[str, str]]) -> str:
    """Link the first use of each glossary term to its definition: a plain link, which
    works by keyboard and on phones. `terms` are (words, address); words in links,
    headings and code, and words inside a longer name, are left alone, and a term is
    linked once per page."""
    if not terms:
        return safe_html
    by_words = {words.lower(): url for words, url in terms}
    pattern = re.compile(
        r"\b(" + "|".join(re.escape(w) for w in sorted(by_words, key=len, reverse=True)) + r")\b",
        re.IGNORECASE,
    )
    linked: set[str] = set()

    def link(match: re.Match) -> str:
        words = match.group(0).lower()
        if words in linked or inside_a_name(match):
            return match.group(0)
        linked.add(words)
        return f'<a class="glossary-link" href="{by_words[words]}">{match.group(0)}</a>'

    return in_open_text(safe_html, lambda text: pattern.sub(link, text))


def render_markdown(text: str) -> str:
    """The MARKDOWNX_MARKDOWNIFY_FUNCTION: the admin preview shows what the public will see."""
    return render(text).html


def _flatten_toc(tokens: list[dict]) -> list[dict]:
    entries = []
    for token in tokens:
        level = max(int(token["level"]), 2)
        if level <= 3:
            entries.append(
                {"id": token["id"], "title": html.unescape(token["name"]), "level": level}
            )
        entries.extend(_flatten_toc(token.get("children", [])))
    return entries


def links_in(rendered_html: str) -> list[str]:
    """The external addresses linked from rendered HTML (or plain text with links)."""
    return EXTERNAL_HREF.findall(rendered_html or "")
