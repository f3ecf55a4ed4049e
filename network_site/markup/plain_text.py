"""What typed text may hold, in one place: forms refuse the rest, and the feeds and
the data migration that cleaned old rows use the same definitions.

Control characters arrive by pasting (Word's manual line break is a vertical tab)
and by crafted POSTs. No page shows them, XML (the feeds) cannot carry most of them,
and a line break in a title would break the mail header it becomes. A one-line field
(a model's CharField: a title, a name, a citation) takes no line break at all; a
multi-line field (a TextField, Markdown) takes tab and newline.
"""

import re

from django.core.exceptions import ValidationError
from django.db import models

# C0 and C1 controls except tab, newline and carriage return; and the two
# noncharacters XML forbids.
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff"
NOT_IN_TEXT = re.compile(f"[{_CONTROLS}]")
# A one-line field: also no newline, carriage return, or Unicode line or paragraph
# separator (Python's email headers split on those too). A tab is a space there.
LINE_BREAKS = re.compile("[\n\r\x0b\x0c\x85\u2028\u2029]")
NOT_IN_LINE = re.compile(f"[{_CONTROLS}\n\r\u2028\u2029]")


def _named(character: str) -> str:
    return f"U+{ord(character):04X}"


def validate_text(value: str) -> None:
    found = NOT_IN_TEXT.search(value or "")
    if found:
        raise ValidationError(
            "This text holds a hidden control character (%(char)s), often left by "
            "copying from a word processor. Pages, feeds and email cannot carry it: "
            "delete it, or retype the text around it.",
            code="control_character",
            params={"char": _named(found.group())},
        )


def validate_line(value: str) -> None:
    if LINE_BREAKS.search(value or ""):
        raise ValidationError("This must be one line: remove the line break.", code="line_break")
    validate_text(value)


def cleaned_text(value: str) -> str:
    """Stored text made safe: a vertical tab or form feed (a pasted line break) becomes
    a newline; any other control character, a space."""
    return NOT_IN_TEXT.sub(lambda m: "\n" if m.group() in "\x0b\x0c" else " ", value)


def cleaned_line(value: str) -> str:
    """Stored one-line text made safe: line breaks and control characters become spaces."""
    return NOT_IN_TEXT.sub(" ", LINE_BREAKS.sub(" ", value))


def validator_for(db_field: models.Field):
    """The rule for a model field's form input, by the kind of field it is."""
    if isinstance(db_field, models.TextField):
        return validate_text
    if isinstance(db_field, models.CharField):
        return validate_line
    return None


class PlainTextAdminMixin:
    """For every admin form and inline: each text field refuses what it cannot carry."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        validator = validator_for(db_field)
        if formfield is not None and validator and validator not in formfield.validators:
            formfield.validators.append(validator)
        return formfield
