"""Staff-only replacements for django-markdownx's preview and image-upload views.

markdownx's own views need no login and trust the browser's content type, so
they are not mounted; the editor posts here instead (MARKDOWNX_*_URLS_PATH).
"""

import io
import re
import uuid
import warnings

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse, HttpResponseForbidden, JsonResponse
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.views.decorators.http import require_POST
from PIL import Image, ImageOps, UnidentifiedImageError

from network_site.markup import render_markdown
from network_site.pages.models import SitePage
from network_site.records.registry import record_kinds

IMAGE_DIR = "images"
IMAGE_NAME = re.compile(r"^[0-9a-f]{32}\.(png|jpg)$")


class ImageRejected(Exception):
    pass


def edit_permissions() -> list[str]:
    """Who may preview or upload: those who can edit a record or a fixed page."""
    editable = [*record_kinds(), SitePage]
    return [f"{model._meta.app_label}.change_{model._meta.model_name}" for model in editable]


def can_edit_markdown(user) -> bool:
    return (
        user.is_active
        and user.is_staff
        and any(user.has_perm(permission) for permission in edit_permissions())
    )


@require_POST
def markdownify(request):
    if not can_edit_markdown(request.user):
        return HttpResponseForbidden("Staff only.")
    return HttpResponse(render_markdown(request.POST.get("content", "")))


@require_POST
def upload_image(request):
    if not can_edit_markdown(request.user):
        return HttpResponseForbidden("Staff only.")
    upload = request.FILES.get("image")
    if upload is None:
        return JsonResponse({"image": ["Choose an image to upload."]}, status=400)
    try:
        name = store_image(upload)
    except ImageRejected as rejection:
        return JsonResponse({"image": [str(rejection)]}, status=400)
    url = reverse("uploaded_image", kwargs={"name": name.removeprefix(f"{IMAGE_DIR}/")})
    return JsonResponse({"image_code": f"![]({url})"})


def store_image(upload) -> str:
    """Decode a PNG or JPEG, re-encode it without metadata, and store it under our own name."""
    if upload.size > settings.IMAGE_UPLOAD_MAX_BYTES:
        raise ImageRejected(
            f"This image is {filesizeformat(upload.size)}; images can be at most "
            f"{filesizeformat(settings.IMAGE_UPLOAD_MAX_BYTES)}."
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(upload)
            kind = image.format
            if kind not in {"PNG", "JPEG"}:
                raise ImageRejected("Only PNG and JPEG images can be uploaded.")
            if image.width * image.height > settings.IMAGE_UPLOAD_MAX_PIXELS:
                raise ImageRejected("This image has too many pixels; scale it down first.")
            image.load()
            image = ImageOps.exif_transpose(image)
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageRejected("Only PNG and JPEG images can be uploaded.") from None
    except (OSError, SyntaxError, ValueError):
        raise ImageRejected("This image could not be read; it may be damaged.") from None

    output = io.BytesIO()
    if kind == "JPEG":
        image.convert("RGB").save(output, format="JPEG", quality=85, optimize=True)
        extension = "jpg"
    else:
        if image.mode not in {"1", "L", "LA", "P", "RGB", "RGBA"}:
            image = image.convert("RGBA")
        image.save(output, format="PNG", optimize=True)
        extension = "png"
    return default_storage.save(
        f"{IMAGE_DIR}/{uuid.uuid4().hex}.{extension}", ContentFile(output.getvalue())
    )


def uploaded_image(request, name: str):
    """Serve an image staff uploaded; nothing else under MEDIA_ROOT is reachable."""
    if not IMAGE_NAME.match(name):
        raise Http404("No such image.")
    path = f"{IMAGE_DIR}/{name}"
    if not default_storage.exists(path):
        raise Http404("No such image.")
    content_type = "image/png" if name.endswith(".png") else "image/jpeg"
    response = FileResponse(default_storage.open(path, "rb"), content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    # Names are random and never reused, so the file can be cached for good.
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response
