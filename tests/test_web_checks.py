"""The pages in real validators: the W3C Nu HTML checker and axe-core in headless Chromium.

Both run once over every page (one JVM, one browser launch), so they stay fast: the website
and the landing page of every sample, of briefs from other fields, of one brief per style with
brand colours (hostile ones among them), of a hostile brief and of a right-to-left one. The
Nu checker also reads every exported email (`emails/*.html`) of those briefs.

The tools come from `tests/web` (`npm ci` there: vnu-jar, puppeteer-core, axe-core) and from
the system (Java, Chromium); `.ci/run` installs them. Where one is missing the check is
skipped with the reason — except under CI (`CI=true`), where a missing tool is a failure, so a
broken install can never pass as green.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from .html_pages import write_email_pages, write_pages

WEB = Path(__file__).parent / "web"
VNU_JAR = WEB / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_SCRIPT = WEB / "axe_check.mjs"
INSTALL = "cd tests/web && npm ci"


def need(condition: object, reason: str) -> None:
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI must install it: see .ci/run)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> list[Path]:
    return write_pages(tmp_path_factory.mktemp("pages"))


@pytest.fixture(scope="module")
def email_pages(tmp_path_factory) -> list[Path]:
    return write_email_pages(tmp_path_factory.mktemp("emails"))


def test_email_pages_cover_samples_hostile_and_right_to_left(email_pages):
    folders = {p.parent.parent.name for p in email_pages}
    assert {"hostile", "rtl", "bloom_bakery", "ledgerly_b2b"} <= folders
    assert len(email_pages) >= 40


def test_pages_cover_every_case(pages):
    names = {p.parent.name for p in pages}
    assert {"hostile", "rtl", "bloom_bakery", "brand-vintage"} <= names
    assert len(pages) == 2 * len(names)


def test_w3c_nu_checker_finds_no_errors(pages, email_pages):
    pages = [*pages, *email_pages]
    java = shutil.which("java")
    need(java, "Java is not installed (Debian: apt-get install default-jre-headless)")
    need(VNU_JAR.is_file(), f"the Nu checker is not installed ({INSTALL})")
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, pages)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(result.stderr)  # vnu writes its JSON report to stderr
    errors = [
        f"{Path(m.get('url', '?')).parent.name}/{Path(m.get('url', '?')).name}:"
        f"{m.get('lastLine')}: {m['message']} [{m.get('extract', '').strip()}]"
        for m in report["messages"]
        if m["type"] in ("error", "non-document-error")
    ]
    assert not errors, f"{len(errors)} errors over {len(pages)} pages:\n" + "\n".join(errors[:20])
    assert result.returncode == 0, result.stderr[-2000:]


def test_axe_core_finds_no_accessibility_violations(pages):
    node = shutil.which("node")
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium")
    need(node, "Node.js is not installed")
    need(chromium, "Chromium is not installed (Debian: apt-get install chromium)")
    need(
        (WEB / "node_modules" / "puppeteer-core").is_dir()
        and (WEB / "node_modules" / "axe-core").is_dir(),
        f"puppeteer-core and axe-core are not installed ({INSTALL})",
    )
    result = subprocess.run(
        [node, str(AXE_SCRIPT), "--chromium", chromium, *map(str, pages)],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=WEB,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout)
    assert report["axe"].startswith("4.")
    assert list(report["pages"]) == [str(p) for p in pages]  # every page was checked
    found = [
        f"{Path(page).parent.name}/{Path(page).name}: {v['id']} ({v['impact']}) {v['help']} "
        f"at {node_['target']}: {node_['summary']}"
        for page, violations in report["pages"].items()
        for v in violations
        for node_ in v["nodes"][:3]
    ]
    assert not found, f"{len(found)} violations over {len(pages)} pages:\n" + "\n".join(found[:20])
