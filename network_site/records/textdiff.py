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
