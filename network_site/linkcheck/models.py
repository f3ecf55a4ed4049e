from django.db import models


class LinkCheck(models.Model):
    """What check_links last found at one external address."""

    class Result(models.TextChoices):
        OK = "ok", "Works"
        REDIRECTED = "redirected", "Redirects"
        BROKEN = "broken", "Broken"
        RETRY = "retry", "Could not check (rate limited); will retry"

    url = models.URLField(max_length=1000, unique=True)
    result = models.CharField(max_length=20, choices=Result.choices)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    final_url = models.URLField(max_length=1000, blank=True)
    redirects = models.JSONField(default=list, help_text="Each hop: [status, location].")
    error = models.CharField(max_length=300, blank=True)
    checked_at = models.DateTimeField()

    class Meta:
        ordering = ["url"]

    def __str__(self) -> str:
        return f"{self.url}: {self.get_result_display()}"
