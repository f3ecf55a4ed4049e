"""Facts with their sources: what the site states on the law's or an operator's
authority (a law's dates, classes and penalties, a session law's chapter and dates, a
term's legal meaning, a help line's numbers) rests on a public source, with the words it
rests on and the day staff checked it. Nothing unsourced is published: `clean()` refuses
it in the admin, and the publishing gate refuses it from anyone else."""

from datetime import date
from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.db import models


class Source(NamedTuple):
    url: str
    words: str
    checked_on: date | None


class Sourced(models.Model):
    """A kind whose facts carry a source. It declares which of its fields hold the
    source's link and check date (`source_fields`), and when its facts are public
    (`states_facts_publicly`)."""

    source_words = models.TextField(
        "the words it rests on",
        blank=True,
        help_text="Quote the source's own words for each fact shown (the sentence with "
        "the class, amount, date or number, or the history note), so the next person "
        "can check them quickly. Staff only: readers get the link.",
    )

    # (link, words, date checked): the fields a kind keeps them in.
    source_fields = ("source_url", "source_words", "source_checked_on")

    class Meta:
        abstract = True

    @property
    def source(self) -> Source:
        return Source(*(getattr(self, name) for name in self.source_fields))

    @property
    def states_facts_publicly(self) -> bool:
        return self.is_published

    @classmethod
    def public_facts(cls) -> models.QuerySet:
        """Those whose facts readers see."""
        return cls.objects.published()

    def check_source(self) -> None:
        """Refuse facts made public without a complete source, naming what is missing."""
        if not self.states_facts_publicly:
            return
        missing = {
            name: f"Needed before its facts are public: {self._meta.get_field(name).verbose_name}."
            for name, value in zip(self.source_fields, self.source, strict=True)
            if not value
        }
        if missing:
            raise ValidationError(missing)

    def clean(self):
        super().clean()
        self.check_source()


class LinkedSource(Sourced):
    """A kind with no official text of its own: the source is a link staff give."""

    source_url = models.URLField(
        "source",
        max_length=500,
        blank=True,
        help_text="The public page the facts were checked against: the statute, the "
        "chaptered law, the operator's own page. Shown to readers.",
    )
    source_checked_on = models.DateField(
        "source checked on",
        null=True,
        blank=True,
        help_text="The day staff last compared the facts with the source.",
    )

    class Meta:
        abstract = True
