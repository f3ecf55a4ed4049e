"""A readable comparison of two texts: paragraphs kept, added, removed or changed,
with the changed words marked. Everything is escaped; only our own <ins>/<del> is markup.
"""

import difflib
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


@dataclass
class Block:
    op: str  # "same", "added", "removed" or "changed"
    html: SafeString


def paragraphs(text: str) -> list[str]:
    blocks, current = [], []
    for line in (text or "").replace("\r\n", "\n").split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks


def compare(old: str, new: str) -> list[Block]:
    before, after = paragraphs(old), paragraphs(new)
    blocks = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            blocks += [Block("same", _plain(text)) for text in after[b1:b2]]
            continue
        old_part, new_part = before[a1:a2], after[b1:b2]
        for old_text, new_text in zip(old_part, new_part, strict=False):
            blocks.append(Block("changed", _word_diff(old_text, new_text)))
        blocks += [Block("removed", _plain(text)) for text in old_part[len(new_part) :]]
        blocks += [Block("added", _plain(text)) for text in new_part[len(old_part) :]]
    return blocks


def _plain(text: str) -> SafeString:
    return mark_safe(str(escape(text)))  # noqa: S308 (escaped just now)


def _word_diff(old: str, new: str) -> SafeString:
    old_words, new_words = old.split(" "), new.split(" ")
    parts = []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(escape(" ".join(new_words[b1:b2])))
            continue
        if a2 > a1:
            parts.append(f"<del>{escape(' '.join(old_words[a1:a2]))}</del>")
        if b2 > b1:
            parts.append(f"<ins>{escape(' '.join(new_words[b1:b2]))}</ins>")
    return mark_safe(" ".join(str(part) for part in parts))  # noqa: S308 (parts escaped)


@dataclass
class Section:
    """One section of a document (a ## heading and what follows), compared."""

    anchor: str  # the heading's id on the record's page ("" before the first heading)
    title: str
    op: str  # "same", "changed", "added" or "removed"
    blocks: list[Block]


def sections(markdown: str) -> list[tuple[str, str, str]]:
    """(anchor, title, text) of each ## section, the text as a reader sees it: rendered
    and without markup, a paragraph a block."""
    from network_site.markup import render
    from network_site.search.index import plain_text

    found, heading, lines = [], ("", "Introduction"), []

    def close():
        text = "\n\n".join(
            plain_text(render(paragraph).html) for paragraph in paragraphs("\n".join(lines))
        )
        if text or heading[0]:
            found.append((*heading, text))

    for line in (markdown or "").replace("\r\n", "\n").split("\n"):
        if line.startswith("## "):
            close()
            toc = render(line).toc
            heading = (toc[0]["id"], toc[0]["title"]) if toc else ("", line[3:].strip())
            lines = []
        else:
            lines.append(line)
    close()
    return found


def compare_sections(old: str, new: str) -> list[Section]:
    """Section by section, in the newer order: what changed, was added or removed."""
    before = {anchor or title: (anchor, title, text) for anchor, title, text in sections(old)}
    result = []
    for anchor, title, text in sections(new):
        key = anchor or title
        if key not in before:
            result.append(Section(anchor, title, "added", [Block("added", _plain(text))]))
            continue
        _, old_title, old_text = before.pop(key)
        changed = [block for block in compare(old_text, text) if block.op != "same"]
        if old_title != title:  # a heading reworded, its link kept by a fixed id
            changed.insert(0, Block("changed", _word_diff(old_title, title)))
        result.append(Section(anchor, title, "changed" if changed else "same", changed))
    for anchor, title, text in before.values():
        result.append(Section(anchor, title, "removed", [Block("removed", _plain(text))]))
    return result
