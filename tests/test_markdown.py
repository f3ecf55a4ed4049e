"""Staff Markdown becomes safe HTML, the same on the public page and in the admin preview."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from tests.factories import make_law, make_protocol, make_staff

pytestmark = pytest.mark.django_db

HOSTILE = """\
## Heading one

<script>alert('x')</script>
<img src="x" onerror="alert(1)">
<a href="javascript:alert(1)">plain</a>
<a href="JaVaScRiPt:alert(2)">mixed case</a>
<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:alert(3)">entities</a>
<a href="jav&#x09;ascript:alert(4)">tab</a>
[markdown link](javascript:alert(5))
![data image](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)
<iframe src="https://evil.example/"></iframe>
<div onclick="alert(6)" style="position:fixed">styled</div>
<svg onload="alert(7)"></svg>
[fine](https://www.maine.gov/)
"""

FORBIDDEN = ["<script", "onerror", "onclick", "onload", "javascript:", "data:", "<iframe",
             "<svg", "style=", "alert("]  # fmt: skip


def assert_safe(html: str) -> None:
    lowered = html.lower()
    for needle in FORBIDDEN:
        assert needle not in lowered, needle
    assert 'href="https://www.maine.gov/"' in html


def test_public_page_never_shows_hostile_markup(client):
    law = make_law(summary=HOSTILE)
    html = client.get(law.get_absolute_url()).content.decode()
    assert_safe(law.summary_html)
    # The page around it has our own scripts only (none yet), so check the summary region.
    assert "alert(" not in html
    assert '<h2 id="heading-one">Heading one <a class="section-link"' in html


def test_admin_preview_is_sanitized_the_same_way(client):
    client.force_login(make_staff("writer", "laws.change_law"))
    response = client.post(reverse("markdownx_markdownify"), {"content": HOSTILE})
    assert response.status_code == 200
    assert_safe(response.content.decode())
    assert response.content.decode() == make_law(summary=HOSTILE).summary_html


def test_headings_get_stable_ids_and_a_table_of_contents(client):
    protocol = make_protocol(
        body="# Too big\n\n## Screening {#screening}\n\n### How to ask\n\n## Next"
    )
    assert [(e["id"], e["level"]) for e in protocol.toc] == [
        ("too-big", 2),
        ("screening", 2),
        ("how-to-ask", 3),
        ("next", 2),
    ]
    html = client.get(protocol.get_absolute_url()).content.decode()
    assert '<h2 id="screening">Screening <a class="section-link" href="#screening"' in html
    assert '<a href="#how-to-ask">How to ask</a>' in html
    assert "<h1" not in protocol.body_html  # the page title is the only h1


# --- markdownx endpoints -------------------------------------------------------


def png_bytes(size=(8, 8)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(buffer, format="PNG")
    return buffer.getvalue()


def upload(client, name, content, content_type):
    return client.post(
        reverse("markdownx_upload"),
        {"image": SimpleUploadedFile(name, content, content_type=content_type)},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )


def stored_files(media_root):
    return [p for p in media_root.rglob("*") if p.is_file()] if media_root.exists() else []


@pytest.mark.parametrize("who", ["anonymous", "member-of-public", "staff-without-permission"])
def test_preview_and_upload_refuse_outsiders_and_write_nothing(client, media_root, who):
    if who == "member-of-public":
        from django.contrib.auth.models import User

        client.force_login(User.objects.create_user("reader", password="a-long-password-1"))
    elif who == "staff-without-permission":
        client.force_login(make_staff("viewer"))
    assert client.post(reverse("markdownx_markdownify"), {"content": "# hi"}).status_code == 403
    assert upload(client, "a.png", png_bytes(), "image/png").status_code == 403
    assert stored_files(media_root) == []


def test_preview_refuses_get(client):
    client.force_login(make_staff("writer", "laws.change_law"))
    assert client.get(reverse("markdownx_markdownify")).status_code == 405


@pytest.mark.parametrize(
    "name, content, content_type",
    [
        ("page.png", b"<html><script>alert(1)</script></html>", "image/png"),
        ("page.gif", b"GIF89a<script>alert(1)</script>", "image/gif"),
        (
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
            "image/svg+xml",
        ),
        ("anim.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "image/gif"),
    ],
)
def test_upload_refuses_anything_but_real_png_or_jpeg(
    client, media_root, name, content, content_type
):
    client.force_login(make_staff("writer", "laws.change_law"))
    response = upload(client, name, content, content_type)
    assert response.status_code == 400
    assert "PNG and JPEG" in response.json()["image"][0]
    assert stored_files(media_root) == []


def test_upload_refuses_oversized_files(client, media_root, settings):
    settings.IMAGE_UPLOAD_MAX_BYTES = 2048
    client.force_login(make_staff("writer", "laws.change_law"))
    response = upload(client, "huge.png", png_bytes() + b"\0" * 4096, "image/png")
    assert response.status_code == 400
    assert "at most" in response.json()["image"][0]
    assert stored_files(media_root) == []


def test_upload_reencodes_a_real_image_under_our_own_name(client, media_root):
    client.force_login(make_staff("writer", "laws.change_law"))
    response = upload(client, "../../evil name.png", png_bytes(), "image/png")
    assert response.status_code == 200
    code = response.json()["image_code"]
    assert code.startswith("![](/media/images/") and code.endswith(".png)")
    [stored] = stored_files(media_root)
    assert stored.parent.name == "images" and "evil" not in stored.name
    assert Image.open(stored).format == "PNG"

    client.logout()
    served = client.get(code[4:-1])
    assert served.status_code == 200
    assert served["Content-Type"] == "image/png"
    assert served["X-Content-Type-Options"] == "nosniff"


def test_jpeg_upload_loses_its_metadata(client, media_root):
    client.force_login(make_staff("writer", "laws.change_law"))
    exif = Image.Exif()
    exif[0x010F] = "Camera maker"  # Make
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "navy").save(buffer, format="JPEG", exif=exif)
    assert upload(client, "photo.jpg", buffer.getvalue(), "image/jpeg").status_code == 200
    [stored] = stored_files(media_root)
    assert stored.suffix == ".jpg"
    assert not Image.open(stored).getexif()


def test_media_folder_is_not_browsable(client):
    assert client.get("/media/images/../protocol-attachments/x.pdf").status_code == 404
    assert client.get("/media/images/not-ours.svg").status_code == 404
