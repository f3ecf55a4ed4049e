import uuid
from functools import cached_property

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from markdownx.models import MarkdownxField

from laws.models import Law
from network_site.markup import links_in, render
from network_site.records.models import ProfessionSection, Record, published_index
from network_site.search.index import plain_text
from network_site.vocabulary.models import Audience, Topic
from network_site.words import gettext_lazy as _
from resources.models import Resource


def validate_pdf(upload) -> None:
    """Accept only a real PDF of a bounded size, whatever the browser claims it is."""
    if upload.size > settings.ATTACHMENT_MAX_BYTES:
        raise ValidationError(
            "This file is %(size)s; attachments can be at most %(limit)s.",
            params={
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(settings.ATTACHMENT_MAX_BYTES),
            },
        )
    if not upload.name.lower().endswith(".pdf"):
        raise ValidationError("Attach a PDF file (its name should end in .pdf).")
    upload.seek(0)
    header = upload.read(5)
    upload.seek(0)
    if header != b"%PDF-":
        raise ValidationError("This file is not a PDF. Save the document as PDF and attach that.")


def attachment_path(instance: "Protocol", filename: str) -> str:
    # Our own name: nothing of the uploaded file's name reaches the disk.
    return f"protocol-attachments/{uuid.uuid4().hex}.pdf"


class Protocol(Record):
    """A protocol or model policy that partners act on."""

    class DocumentType(models.TextChoices):
        PROTOCOL = "protocol", _("Protocol")
        MODEL_POLICY = "model_policy", _("Model policy")

    class Standing(models.TextChoices):
        ADOPTED = "adopted", _("Adopted by an agency")
        MODEL = "model", _("Model policy for agencies to adopt")
        SAMPLE = "sample", _("Sample for adaptation")

    document_type = models.CharField(
        "type", max_length=20, choices=DocumentType.choices, default=DocumentType.PROTOCOL
    )
    # Provenance: who wrote or adopted it, and what it is, so that a partner never
    # mistakes the Network's model for a state agency's adopted protocol.
    issued_by = models.CharField(
        "written or adopted by",
        max_length=200,
        default="",
        help_text="The agency that adopted it, or who wrote the model or sample.",
    )
    standing = models.CharField(
        "official status",
        max_length=20,
        choices=Standing.choices,
        default=Standing.SAMPLE,
    )
    source_url = models.URLField(
        "source",
        max_length=500,
        blank=True,
        help_text="Where the author publishes it, if they do.",
    )
    adopted_on = models.DateField(
        "adopted on", null=True, blank=True, help_text="For an adopted protocol: when."
    )
    summary = models.TextField(help_text="Two or three plain sentences: who it is for and when.")
    body = MarkdownxField(
        help_text="Markdown. Each ## heading becomes a section with its own link."
    )
    body_html = models.TextField(editable=False, blank=True)
    toc = models.JSONField(default=list, editable=False, blank=True)
    # Its newest published version's number (ProtocolVersion), kept with it so its page
    # and its list row read one row.
    version_number = models.PositiveIntegerField(null=True, blank=True, editable=False)
    version_label = models.CharField(
        max_length=40, blank=True, help_text="e.g. 2.1 or 2025 revision."
    )
    effective_date = models.DateField(null=True, blank=True)
    attachment = models.FileField(
        upload_to=attachment_path,
        blank=True,
        validators=[validate_pdf],
        help_text="Optional printable PDF.",
    )
    disciplines = models.ManyToManyField(Audience, blank=True, related_name="protocols")
    topics = models.ManyToManyField(Topic, blank=True, related_name="protocols")
    related_laws = models.ManyToManyField(Law, blank=True, related_name="protocols")
    # The laws its text cites, kept by the publishing gate (cited_relation): listed with
    # the related laws, on its page and on its professions' pages.
    cited_laws = models.ManyToManyField(
        Law, blank=True, editable=False, related_name="citing_protocols"
    )
    related_resources = models.ManyToManyField(Resource, blank=True, related_name="protocols")

    detail_route = "protocols:detail"
    list_route = "protocols:list"
    link_fields = ("title", "slug", "document_type")
    page_relations = ("disciplines", "related_laws", "cited_laws", "related_resources")
    # The list's row: its type, version, standing, date, summary and disciplines.
    list_columns = (
        *("title", "slug", "status", "document_type", "version_number", "standing"),
        *("effective_date", "summary", "page_state"),
    )
    glossary_linked = ("body_html",)
    cited_relation = "cited_laws"
    count_nouns = (_("document"), _("documents"))
    nav_label = _("Protocols & policies")
    list_description = _(
        "What police, health care, schools, advocates and child welfare do when they meet "
        "a possible victim."
    )
    # Search tells protocols from model policies: a source for each kind of document.
    search_source_field = "document_type"
    search_labels = {"protocol": _("Protocols"), "model_policy": _("Model policies")}
    api_name = "protocols"
    profession_section = ProfessionSection(
        _("Protocols and model policies"), 1, teaser="summary", list_parameter="discipline"
    )
    api_fields = (
        "document_type",
        "summary",
        ("body_markdown", "body"),
        "body_html",
        ("sections", "toc"),
        "version_number",
        "version_label",
        "effective_date",
        ("author", "issued_by"),
        ("official_status", "standing"),
        "source_url",
        "adopted_on",
        "disciplines",
        "related_laws",
    )
    derived_fields = (*Record.derived_fields, "body_html", "toc", "version_number")
    translated_fields = ("title", "summary", "body")
    rendered_prose = ("body_html", "toc")

    @classmethod
    def sitemap_pages(cls) -> list[tuple[str, object]]:
        # The reporting guide for mandated reporters: dated as the site's newest change.
        return [(reverse("protocols:report_to"), None)]

    # Its type ("protocol", "model policy") too: "hospital protocol" means one.
    search_columns = {"A": ["title"], "B": ["summary", "document_type"], "C": ["search_document"]}

    class Meta(Record.Meta):
        verbose_name = _("protocol or model policy")
        verbose_name_plural = _("protocols and model policies")
        # Lists and "related" boxes read published protocols by title, a few at a time.
        indexes = [*Record.Meta.indexes, published_index("title", name="protocol_published_title")]

    def on_public_change(self, change: str, note: str) -> int | None:
        if change == "withdrawn":
            return None
        # The gate keeps the new number with the protocol (a derived field).
        self.version_number = ProtocolVersion.objects.snapshot(self, note).number
        return self.version_number

    def change_url(self, version_number: int | None) -> str:
        if not version_number or version_number < 2:
            return self.get_absolute_url()
        compare = reverse("protocols:compare", kwargs={"slug": self.slug})
        return f"{compare}?from={version_number - 1}&to={version_number}"

    def structured_data(self, url: str) -> dict:
        data = super().structured_data(url)
        data.update(
            {
                "@type": "DigitalDocument",
                "genre": self.get_document_type_display(),
                "abstract": self.summary,
                "version": self.version_number,
                "audience": [
                    {"@type": "Audience", "audienceType": d["title"]}
                    for d in self.stored_links("disciplines")
                ],
            }
        )
        if self.effective_date:
            data["temporalCoverage"] = f"{self.effective_date.isoformat()}/.."
        return data

    @cached_property
    def current_version(self) -> "ProtocolVersion | None":
        return self.versions.first()

    def render_prose(self) -> None:
        rendered = render(self.body)
        self.body_html = rendered.html
        self.toc = rendered.toc

    def save(self, *args, **kwargs):
        # From its versions, whatever a restored revision held.
        if self.pk:
            self.version_number = self.versions.aggregate(models.Max("number"))["number__max"]
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.standing == self.Standing.ADOPTED and not self.adopted_on:
            raise ValidationError(
                {"adopted_on": "An adopted protocol needs the date the agency adopted it."}
            )
        if self.standing != self.Standing.ADOPTED and self.adopted_on:
            raise ValidationError(
                {"adopted_on": "Only an agency's adopted protocol has an adoption date."}
            )

    def build_search_document(self) -> str:
        return plain_text(self.body_html)

    def external_links(self) -> list[str]:
        return links_in(self.body_html)

    @property
    def kind_label(self) -> str:
        return self.get_document_type_display()

    def as_link(self) -> dict:
        return {**super().as_link(), "note": self.get_document_type_display()}

    def api_links(self) -> dict[str, str | None]:
        return {"attachment_url": self.get_attachment_url() if self.attachment else None}

    def get_attachment_url(self) -> str:
        return reverse("protocols:attachment", kwargs={"slug": self.slug})


class ProtocolVersionQuerySet(models.QuerySet):
    def snapshot(self, protocol: Protocol, note: str) -> "ProtocolVersion":
        latest = self.filter(protocol=protocol).aggregate(models.Max("number"))["number__max"]
        return self.create(
            protocol=protocol,
            number=(latest or 0) + 1,
            version_label=protocol.version_label,
            effective_date=protocol.effective_date,
            change_note=note,
            title=protocol.title,
            summary=protocol.summary,
            body=protocol.body,
            body_html=protocol.body_html,
            toc=protocol.toc,
        )


class ProtocolVersion(models.Model):
    """A protocol as it was published, numbered: partners can cite and compare versions."""

    protocol = models.ForeignKey(Protocol, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    version_label = models.CharField(max_length=40, blank=True)
    effective_date = models.DateField(null=True, blank=True)
    change_note = models.TextField()
    title = models.CharField(max_length=250)
    summary = models.TextField()
    body = models.TextField()
    body_html = models.TextField()
    toc = models.JSONField(default=list)
    published_at = models.DateTimeField(auto_now_add=True)

    objects = ProtocolVersionQuerySet.as_manager()

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["protocol", "number"], name="unique_version_number")
        ]

    def __str__(self) -> str:
        return f"{self.title}, version {self.number}"

    def get_absolute_url(self) -> str:
        return reverse(
            "protocols:version", kwargs={"slug": self.protocol.slug, "number": self.number}
        )
