"""Citation keys: one form for the many ways people type the same citation.

"17-A M.R.S. § 852", "17-A MRSA 852", "17‑A §852" and "17A sec. 852" all become
"17a:852"; "18 U.S.C. § 1591" and "18 USC 1591" become "18:1591"; "Pub. L. 106-386"
becomes "pl:106-386"; a Maine chapter, "P.L. 2023, c. 316" or "PL 2023 ch 316", becomes
"pl:2023c316", and its bill, "L.D. 1435" or "LD 1435", "ld:1435". A bare section
("§852", "1591") becomes ":852", which matches the end of a key.
"""

import re
import unicodedata

# Hyphens and dashes people paste from documents, the non-breaking hyphen included.
DASHES = dict.fromkeys(
    map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-"
)
# Words that name the code or the section, which a key does without.
CODE_WORDS = re.compile(
    r"""
    \b(?:
        m\s*\.?\s*r\s*\.?\s*s\s*\.?(?:\s*a\s*\.?)?   # M.R.S., M.R.S.A., MRSA
      | u\s*\.?\s*s\s*\.?\s*c\s*\.?(?:\s*a\s*\.?)?   # U.S.C., USC, U.S.C.A.
      | sections?|secs?\.?|et\s+seq\.?|title
    )(?![a-z])
    """,
    re.VERBOSE,
)
PUBLIC_LAW = re.compile(
    r"\b(?:pub(?:lic)?\s*\.?\s*l(?:aw)?\s*\.?|p\s*\.?\s*l\s*\.?)\s*(?:no\.?\s*)?(\d+)\s*-\s*(\d+)"
)
# Maine's session laws: "P.L. 2023, c. 316", "Public Law 2023, chapter 316",
# "Laws 2023, c. 316" (as annotated codes cite them).
MAINE_CHAPTER = re.compile(
    r"\b(?:p\s*\.?\s*l\s*\.?|public\s+laws?|laws)\s*(?:of\s+)?(\d{4})\s*,?\s*"
    r"(?:c|ch|chap|chapter)\s*\.?\s*(\d+)\b"
)
# A Maine bill: "L.D. 1435", "LD 1435".
LEGISLATIVE_DOCUMENT = re.compile(r"^l\s*\.?\s*d\s*\.?\s*(?:no\.?\s*)?(\d{1,4})$")
# A title (a number with an optional letter: 17-A) then a section (a number with
# optional letter suffix and subsections: 853-B, 853(3), 1101(a)(15)(T)).
TITLE_AND_SECTION = re.compile(
    r"^(\d+)\s*-?\s*([a-z])?\s+(\d+)\s*-?\s*([a-z]{1,2})?((?:\(\w+\))*)$"
)
# Section suffixes are letters; a digit that looks like one is read as that letter.
LOOK_ALIKES = {"8": "b", "1": "i", "0": "o", "5": "s"}
LOOK_ALIKE_SUFFIX = re.compile(r"^(.*\d{3,})\s*-\s*([8105])$")
SECTION_ONLY = re.compile(r"^(\d+)\s*-?\s*([a-z]{1,2})?((?:\(\w+\))*)$")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(DASHES).lower()
    text = text.replace("§", " ").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


QUOTES = "\"'“”‘’"


def citation_key(text: str) -> str:
    """The key of a full citation ("17a:852", "pl:106-386"), a bare section (":852"), or "".

    A citation in quotes ("17-A 852" typed with its quotes) is still a citation."""
    folded = _fold(text.strip().strip(QUOTES))
    chapter = MAINE_CHAPTER.search(folded)
    if chapter:
        return f"pl:{chapter.group(1)}c{chapter.group(2)}"
    bill = LEGISLATIVE_DOCUMENT.match(folded)
    if bill:
        return f"ld:{bill.group(1)}"
    public_law = PUBLIC_LAW.search(folded)
    if public_law:
        return f"pl:{public_law.group(1)}-{public_law.group(2)}"
    rest = CODE_WORDS.sub(" ", folded)
    rest = re.sub(r"\s*([()])\s*", r"\1", rest)  # "853 (3)" -> "853(3)"
    rest = re.sub(r"[.,;]", " ", rest)
    rest = re.sub(r"\s+", " ", rest).strip()
    look_alike = LOOK_ALIKE_SUFFIX.match(rest)
    if look_alike and not TITLE_AND_SECTION.match(rest):
        # "853-8" typed for "853-B": a suffix digit that looks like the letter meant.
        rest = f"{look_alike.group(1)}-{LOOK_ALIKES[look_alike.group(2)]}"
    match = TITLE_AND_SECTION.match(rest)
    if match:
        title, title_letter, section, suffix, parts = match.groups()
        return f"{title}{title_letter or ''}:{section}{suffix or ''}{parts}"
    match = SECTION_ONLY.match(rest)
    if match and ("§" in text or len(match.group(1)) >= 3 or match.group(2)):
        section, suffix, parts = match.groups()
        return f":{section}{suffix or ''}{parts}"
    return ""


def citation_keys(*texts: str) -> str:
    """The keys of every citation-like line in these texts, space-separated and padded.

    Stored on each law so that `icontains(" 17a:852 ")` finds it on any database.
    """
    keys = []
    for text in texts:
        for line in (text or "").splitlines():
            key = citation_key(line)
            if key and not key.startswith(":") and key not in keys:
                keys.append(key)
    return f" {' '.join(keys)} " if keys else ""


# A citation as running text writes it: "17-A M.R.S. § 852", "5 M.R.S. § 3360-M",
# "18 U.S.C. § 1591", "8 U.S.C. § 1101(a)(15)(T)", "P.L. 2023, c. 316", "Public Law
# 106-386". Text linking finds these (citation_key reads any form a reader types).
_SPACE = r"[ \u00a0]"
CITED_IN_TEXT = re.compile(
    rf"\b\d{{1,2}}(?:-[A-Z])?{_SPACE}+(?:M\.R\.S\.(?:A\.)?|U\.S\.C\.(?:A\.)?){_SPACE}*§"
    rf"{_SPACE}*\d+(?:-[A-Z]{{1,2}})?(?:\(\w{{1,4}}\))*(?![\w-])"
    rf"|\bP\.{_SPACE}?L\.{_SPACE}+\d{{4}},{_SPACE}+(?:c|ch|chapter)\.?{_SPACE}+\d+\b"
    rf"|\b(?:Public{_SPACE}+Law|Pub\.{_SPACE}*L\.){_SPACE}+\d+-\d+\b"
)


def without_subsections(key: str) -> str:
    """ "17a:853(3)" -> "17a:853": a subsection the site has no page for is its section's."""
    return key.split("(", 1)[0]


def legal_order(citation: str) -> str:
    """A key that sorts citations as the codes do: by title number, then section number
    ("17-A § 852" before "17-A § 1101"; Title 5 before Title 17-A), then suffix."""
    key = citation_key(citation)
    title, _, section = key.partition(":")
    if not section:
        return key
    title_number = re.match(r"(\d*)(.*)", title)
    section_number = re.match(r"(\d*)(.*)", section)
    return (
        f"{int(title_number[1] or 0):05d}{title_number[2]}:"
        f"{int(section_number[1] or 0):08d}{section_number[2]}"
    )
