"""`emails/NN_subject.html|.txt|.eml`: each email of the sequence, ready for a mail tool.

- `.html` is a standalone page built the way mail clients render: one centred table
  (`role="presentation"`) with every style inline (clients drop `<style>` blocks and
  external CSS), the brand's colours from `look.brand_look`, system fonts, no images and
  no script. Everything a provider or user wrote is escaped; the call-to-action link is the
  client's website, percent-encoded (`sanitize.safe_href`). It passes the W3C Nu checker.
- `.txt` is the plain-text alternative: the same words, the link written out.
- `.eml` packs both as MIME `multipart/alternative` (stdlib `email`), with `Subject`,
  `Content-Language` from the email's language and `X-Unsent: 1`, so Outlook, Apple Mail
  and Thunderbird open it as an unsent draft to address and send.

File names: a two-digit number and the subject, sanitised (`models.safe_filename`).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from html import escape

from ..constraints import language_code, text_dir
from ..content import Email
from ..look import brand_look
from ..models import safe_filename
from ..sanitize import safe_href
from .source import KitSource

EMAIL_FOLDER = "emails"
FONT = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"


@dataclass(frozen=True, slots=True)
class EmailFiles:
    """One email's three files: names (relative to the campaign folder) and contents."""

    stem: str
    html: str
    text: str
    eml: bytes

    @property
    def names(self) -> tuple[str, str, str]:
        return tuple(f"{EMAIL_FOLDER}/{self.stem}.{ext}" for ext in ("html", "txt", "eml"))  # type: ignore[return-value]


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs (line breaks inside one are kept as <br>)."""
    return [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


def one_line(text: str) -> str:
    return " ".join(text.split())


def call_to_action(kit: KitSource) -> str:
    """The brief's primary CTA, else the CTA plan's, else a neutral one."""
    plan = kit.cta.primary_cta if kit.cta else ""
    return one_line(kit.brief.rules.primary_cta or plan or "Learn more")


def email_stem(number: int, subject: str) -> str:
    return f"{number:02d}_{safe_filename(subject, default='email', max_length=50)}"


def email_html(kit: KitSource, email: Email) -> str:
    """The email as a standalone, table-based, inline-styled HTML document."""
    c = brand_look(kit.brief).colors
    code = language_code(email.language) or "en"
    direction = text_dir(code) or "ltr"
    align = "right" if direction == "rtl" else "left"
    subject = escape(one_line(email.subject))
    href = safe_href(kit.brief.client_website)
    cta = escape(call_to_action(kit))
    body = "\n".join(
        f'<p style="margin:0 0 16px;font:16px/1.6 {FONT};color:{c.text}">'
        + "<br>".join(escape(line) for line in para.splitlines())
        + "</p>"
        for para in paragraphs(email.body)
    )
    button = (
        f'<a href="{escape(href)}" style="display:inline-block;padding:12px 24px;'
        f"background:{c.primary};color:{c.primary_ink};border:2px solid {c.primary_edge};"
        f'border-radius:6px;font:bold 16px/1.2 {FONT};text-decoration:none">{cta}</a>'
        if href
        else f'<p style="margin:0;font:bold 16px/1.4 {FONT};color:{c.link}">{cta}</p>'
    )
    client = escape(one_line(kit.brief.client))
    shown = escape(one_line(kit.brief.client_website))
    site = f' · <a href="{escape(href)}" style="color:{c.link}">{shown}</a>' if href else ""
    cell = f"padding:24px 32px;text-align:{align}"
    card = (
        "width:100%;max-width:600px;margin:0 auto;border-collapse:collapse;"
        f"background:{c.surface};border:1px solid {c.border};border-radius:8px"
    )
    return f"""<!DOCTYPE html>
<html lang="{code}" dir="{direction}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>{subject}</title>
</head>
<body style="margin:0;padding:0;background:{c.bg}">
<div style="display:none;max-height:0;overflow:hidden">{escape(one_line(email.preheader))}</div>
<table role="presentation" style="width:100%;border-collapse:collapse;background:{c.bg}">
<tr><td style="padding:24px 12px">
<table role="presentation" style="{card}">
<tr><td style="{cell};background:{c.hero_bg};border-radius:8px 8px 0 0">
<p style="margin:0;font:bold 14px/1.4 {FONT};color:{c.hero_muted}">{client}</p>
<h1 style="margin:8px 0 0;font:bold 24px/1.3 {FONT};color:{c.hero_text}">{subject}</h1>
</td></tr>
<tr><td style="{cell}">
{body}
</td></tr>
<tr><td style="padding:0 32px 32px;text-align:{align}">
{button}
</td></tr>
<tr><td style="padding:16px 32px;border-top:1px solid {c.border};text-align:{align}">
<p style="margin:0;font:13px/1.5 {FONT};color:{c.muted}">{client}{site}</p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""


def email_text(kit: KitSource, email: Email) -> str:
    """The plain-text alternative: the body, the call to action with its link, the sender."""
    lines = [email.body.strip(), "", call_to_action(kit)]
    href = safe_href(kit.brief.client_website)
    if href:
        lines[-1] += f": {href}"
    lines += ["", "--", one_line(kit.brief.client)]
    return "\n".join(lines) + "\n"


def email_eml(kit: KitSource, email: Email, html: str, text: str) -> bytes:
    """A draft message: plain text and HTML as multipart/alternative, CRLF line ends."""
    message = EmailMessage(policy=policy.SMTP)
    message["Subject"] = one_line(email.subject)
    message["X-Unsent"] = "1"
    message.set_content(text, subtype="plain", charset="utf-8")
    message.add_alternative(html, subtype="html", charset="utf-8")
    # after the content: setting content drops every Content-* header set before it
    message["Content-Language"] = language_code(email.language) or "en"
    # a boundary from the content instead of a random one: the same email, the same file
    digest = hashlib.sha256(f"{text}\x00{html}".encode()).hexdigest()[:24]
    message.set_boundary(f"=_campaign-tui_{digest}")
    return message.as_bytes()


def email_files(kit: KitSource) -> list[EmailFiles]:
    """The three files of every email of the campaign, numbered in sequence order."""
    emails = list(kit.copy.emails) if kit.copy else []
    out = []
    for number, email in enumerate(emails, 1):
        html = email_html(kit, email)
        text = email_text(kit, email)
        out.append(
            EmailFiles(
                email_stem(number, email.subject), html, text, email_eml(kit, email, html, text)
            )
        )
    return out


__all__ = ["EMAIL_FOLDER", "EmailFiles", "email_files", "email_html", "email_stem", "email_text"]
