"""Comparing two campaigns, headless: the brief's differences, the kits' documents, the
side-by-side alignment, and `campaign-tui diff`."""

from __future__ import annotations

import itertools
import re
import sys
from pathlib import Path

import pytest

from tui_app import cli
from tui_app.core.compare import (
    EMPTY,
    ID_MASK,
    CompareError,
    align,
    artifact_file,
    brief_differences,
    compare_campaigns,
    document_order,
    mask_ids,
    summary_line,
)
from tui_app.core.engine import CampaignEngine
from tui_app.core.models import CampaignBrief, CampaignStatus
from tui_app.core.providers.offline import OfflineProvider
from tui_app.core.workflow.team import TEAM

from .briefs import corpus
from .conftest import make_brief

CAMPAIGN_ID = re.compile(r"campaign_\d{8}_\d{6}_\d{5}")


def variant(brief: CampaignBrief, **changes) -> CampaignBrief:
    """The same brief with some fields set as a user would type them."""
    return CampaignBrief.parse({**brief.to_data(), **changes})


# one edit per kind of field: text, rule text, list, number, money, flag, date, enum
EDITS = {
    "tone": "casual and warm",
    "primary_cta": "Book a demo",
    "timeline": "9 weeks",
    "budget": "12345 EUR",
    "no_selling": True,
    "languages": ["en", "ja"],
    "start_date": "2027-03-01",
    "priority": "high",
    "target_audience": "Night-shift nurses in regional hospitals who plan their week on Sunday",
    "channels": ["email", "linkedin", "website"],
    "avoid": ["cheap"],
}


# -- the brief's differences -----------------------------------------------------------------


def test_a_brief_is_identical_to_itself_and_to_its_round_trip():
    for brief in corpus().values():
        again = CampaignBrief.parse(brief.to_data())
        assert brief_differences(brief, again) == []
        assert summary_line(brief_differences(brief, again)) == "Briefs are identical"


def test_each_changed_field_is_reported_and_nothing_else():
    for brief in corpus().values():
        for name, value in EDITS.items():
            changed = variant(brief, **{name: value})
            if getattr(changed, name) == getattr(brief, name):
                continue  # this brief already had that value
            changes = brief_differences(brief, changed)
            assert [c.field for c in changes] == [name], (brief.product, name)
            summary = summary_line(changes)
            assert summary.startswith(f"Briefs differ in: {name} (")
            assert "\n" not in summary
            # and the other way round: the same field, the values swapped
            back = brief_differences(changed, brief)
            assert [c.field for c in back] == [name]
            if not (changes[0].added or changes[0].removed):
                assert (back[0].before, back[0].after) == (changes[0].after, changes[0].before)


def test_values_are_shown_for_people():
    brief = make_brief(tone="professional")
    changes = brief_differences(brief, variant(brief, primary_cta="Book a demo", tone="casual"))
    assert summary_line(changes) == (
        f"Briefs differ in: tone (professional → casual), primary_cta ({EMPTY} → Book a demo)"
    )
    money = brief_differences(brief, variant(brief, budget="¥3,000,000"))
    assert (money[0].before, money[0].after) == ("10,000 USD", "3,000,000 JPY")
    flag = brief_differences(brief, variant(brief, no_selling=True))
    assert (flag[0].before, flag[0].after) == ("no", "yes")
    day = brief_differences(brief, variant(brief, start_date="2027-03-01"))
    assert (day[0].field, day[0].before, day[0].after) == ("start_date", EMPTY, "2027-03-01")


def test_list_changes_say_what_was_added_and_removed():
    brief = variant(next(iter(corpus().values())), channels=["email", "instagram", "website"])
    (change,) = brief_differences(brief, variant(brief, channels=["email", "tiktok", "website"]))
    assert (change.added, change.removed) == (("tiktok",), ("instagram",))
    assert change.describe() == "channels (+tiktok, −instagram)"


def test_long_values_are_cut_to_one_short_line():
    brief = next(iter(corpus().values()))
    long = "Parents of toddlers\nwho " + "read every label twice " * 8
    (change,) = brief_differences(brief, variant(brief, target_audience=long.strip()))
    text = change.describe()
    assert "\n" not in text and "…" in text and len(text) < 100


# -- files and texts -----------------------------------------------------------------------


def test_documents_follow_the_workflow():
    order = document_order()
    assert order[0] == TEAM.specs[0].document
    assert "copy.md" in order and "quality_report.md" in order
    assert order.index("strategy.md") < order.index("copy.md") < order.index("client_summary.md")
    assert all(name.endswith(".md") for name in order)


def test_artifact_names_and_the_website_alias():
    a = "campaign_20261129_091500_40213"
    assert artifact_file("website", a) == f"{a}_campaign_website.html"
    assert artifact_file("Website", a) == f"{a}_campaign_website.html"
    other = "campaign_20251001_120000_11111_campaign_website.html"
    assert artifact_file(other, a) == f"{a}_campaign_website.html"
    assert artifact_file("copy.md", a) == "copy.md"
    for bad in ("", "..", "../copy.md", "data/copy.json", "a\\b"):
        with pytest.raises(CompareError):
            artifact_file(bad, a)


def test_ids_are_masked_longest_first():
    a, b = "campaign_20261129_091500_40213", "campaign_20261129_091500_4021"
    assert mask_ids(f"{a}/x {b}.", [b, a]) == f"{ID_MASK}/x {ID_MASK}."


# -- the side-by-side alignment ------------------------------------------------------------


def test_alignment_keeps_both_texts_in_order_and_marks_what_differs():
    texts = [
        ["a", "b", "c", "d"],
        ["a", "x", "c", "d", "e"],
        [],
        ["b", "c"],
        ["z"] * 3,
        ["a", "b", "b", "c"],
    ]
    for left, right in itertools.product(texts, repeat=2):
        rows = align(left, right)
        assert [r.left for r in rows if r.left is not None] == list(range(len(left)))
        assert [r.right for r in rows if r.right is not None] == list(range(len(right)))
        for row in rows:
            if not row.changed:  # a row shown as unchanged holds the same line on both sides
                assert row.left is not None and row.right is not None
                assert left[row.left] == right[row.right]
            else:
                assert row.left is None or row.right is None or left[row.left] != right[row.right]
        if left == right:
            assert not any(r.changed for r in rows)


# -- two real campaigns --------------------------------------------------------------------

PAIRS = ["vaultline_dspm", "maison_watch"]


@pytest.fixture(scope="module")
def kits(tmp_path_factory) -> dict[str, tuple[Path, str, str]]:
    """For a few corpus briefs: a data dir with the brief and its casual-tone variant run."""
    data_dir = tmp_path_factory.mktemp("compare") / "data"
    engine = CampaignEngine(data_dir, provider=OfflineProvider())
    out = {}
    try:
        for key in PAIRS:
            brief = corpus()[key]
            pair = [brief, variant(brief, tone="casual", primary_cta="Book a demo")]
            ids = [c.id for c in engine.submit_many(pair)]
            assert engine.wait(ids, timeout=120)
            assert all(engine.get(i).status.is_finished for i in ids)
            out[key] = (data_dir, ids[0], ids[1])
    finally:
        engine.close()
    return out


@pytest.mark.parametrize("key", PAIRS)
def test_two_variants_compared(kits, key):
    data_dir, first, second = kits[key]
    engine = CampaignEngine(data_dir, autostart=False)
    try:
        a, b = engine.get(first), engine.get(second)
        comparison = compare_campaigns(
            a, engine.campaign_dir(first), b, engine.campaign_dir(second)
        )
    finally:
        engine.close()
    assert [c.field for c in comparison.changes] == ["tone", "primary_cta"]
    assert comparison.summary.startswith("Briefs differ in: tone (")
    assert comparison.documents == [n for n in document_order() if n in comparison.documents]
    assert {"plan.md", "copy.md", "client_summary.md"} <= set(comparison.documents)
    assert comparison.default_document == "copy.md"
    assert comparison.only_left == comparison.only_right == []
    for left, right in comparison.texts.values():
        assert not CAMPAIGN_ID.search(left) and not CAMPAIGN_ID.search(right)
    left, right = comparison.texts["copy.md"]
    assert left != right and "Book a demo" in right
    assert any(row.changed for row in align(left.splitlines(), right.splitlines()))


# -- campaign-tui diff ---------------------------------------------------------------------


def diff(data_dir: Path, *args: str) -> int:
    return cli.main(["diff", *args, "--data-dir", str(data_dir)])


def test_cli_diff_of_every_document(kits, capsys):
    data_dir, first, second = kits[PAIRS[0]]
    assert diff(data_dir, first[-5:], second[-5:]) == 0  # unique parts of the ids
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert (
        lines[0].startswith("Briefs differ in: tone (")
        and "primary_cta (— → Book a demo)" in (lines[0])
    )
    headings = [line.split(" ==")[0][3:] for line in lines if line.startswith("== ")]
    assert headings == [n for n in document_order() if n in headings]
    assert "copy.md" in headings
    assert f"--- {first}/copy.md" in lines and f"+++ {second}/copy.md" in lines
    assert any(line.startswith("@@ ") for line in lines)
    assert "\x1b" not in out  # not a terminal: no colours


def test_cli_masks_ids_and_takes_website_as_an_alias(kits, capsys):
    data_dir, first, second = kits[PAIRS[0]]
    assert diff(data_dir, first, second, "website") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == f"--- {first}/{first}_campaign_website.html"
    assert lines[2] == f"+++ {second}/{second}_campaign_website.html"
    body = lines[3:]
    assert body and not any(CAMPAIGN_ID.search(line) for line in body)
    # the same file, ids masked: only the brief's change shows, never the id
    assert diff(data_dir, first, first, "website") == 0
    out = capsys.readouterr().out
    assert out.splitlines() == ["Briefs are identical", "website: identical"]


def test_cli_exit_code_like_git_diff(kits, capsys):
    data_dir, first, second = kits[PAIRS[0]]
    assert diff(data_dir, first, second, "copy.md", "--exit-code") == 1
    assert diff(data_dir, first, first, "copy.md", "--exit-code") == 0
    assert diff(data_dir, first, first, "--exit-code") == 0
    capsys.readouterr()


@pytest.mark.parametrize(
    ("ids", "artifact", "message"),
    [
        (("99999", None), None, "No campaign matches '99999'"),
        ((None, None), "nope.md", "neither campaign has 'nope.md'"),
        ((None, None), "../plan.md", "is not a file name"),
        ((None, None), "data", "neither campaign has 'data'"),  # a folder, not a file
        (("campaign_", None), None, "matches"),  # more than one campaign
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(kits, capsys, ids, artifact, message):
    data_dir, first, second = kits[PAIRS[0]]
    args = [ids[0] or first, ids[1] or second] + ([artifact] if artifact else [])
    assert diff(data_dir, *args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert message in captured.err and len(captured.err.strip().splitlines()) == 1
    assert "Traceback" not in captured.err


def test_cli_escapes_stored_text_and_colours_only_a_terminal(kits, capsys, monkeypatch):
    data_dir, first, second = kits[PAIRS[1]]
    engine = CampaignEngine(data_dir, autostart=False)
    try:
        folder = engine.campaign_dir(first)
    finally:
        engine.close()
    notes = folder / "notes.md"  # a hand-written file with a screen-clearing escape
    other = folder.parent / second / "notes.md"
    notes.write_text("Plan\n\x1b[2J cleared\n", encoding="utf-8")
    try:
        assert diff(data_dir, first, second, "notes.md") == 0
        assert f"notes.md: only in {first}" in capsys.readouterr().out
        assert diff(data_dir, first, second) == 0
        assert f"Only in {first}: notes.md" in capsys.readouterr().out
        other.write_text("Plan\n", encoding="utf-8")
        assert diff(data_dir, first, second, "notes.md") == 0
        out = capsys.readouterr().out
        assert "-\\x1b[2J cleared" in out and "\x1b" not in out
        monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
        assert diff(data_dir, first, second, "notes.md") == 0
        out = capsys.readouterr().out
        assert "\x1b[31m-\\x1b[2J cleared\x1b[0m" in out  # coloured, and still escaped
    finally:
        notes.unlink()
        other.unlink(missing_ok=True)


def test_cli_compares_a_campaign_with_no_files_yet(data_dir, capsys):
    engine = CampaignEngine(data_dir, autostart=False)
    try:
        brief = next(iter(corpus().values()))
        a = engine.store.create_campaign(brief)
        b = engine.store.create_campaign(variant(brief, timeline="10 weeks"))
        assert engine.get(a.id).status is CampaignStatus.QUEUED
    finally:
        engine.close()
    assert diff(data_dir, a.id, b.id) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Briefs differ in: timeline (")
    assert lines[1] == "Neither campaign has written a document yet."


def test_a_variant_forked_from_copy_differs_from_copy_on(data_dir, capsys):
    """The issue's case: fork from `copy` with another tone, then diff the two."""
    engine = CampaignEngine(data_dir, provider=OfflineProvider())
    try:
        brief = corpus()["vaultline_dspm"]
        (source,) = engine.submit_many([brief])
        assert engine.wait([source.id], timeout=120)
        fork, _why = engine.fork(source.id, "copy", variant(brief, tone="casual"))
        assert engine.wait([fork.id], timeout=120)
        fork = engine.get(fork.id)
        comparison = compare_campaigns(
            engine.get(source.id),
            engine.campaign_dir(source.id),
            fork,
            engine.campaign_dir(fork.id),
        )
    finally:
        engine.close()
    assert [c.field for c in comparison.changes] == ["tone"]
    names = TEAM.names
    before = {
        spec.document
        for spec in TEAM
        if spec.document and names.index(spec.name) < names.index(fork.fork_step)
    }
    assert before and before <= set(comparison.documents)
    for name in before:  # reused from the source's checkpoint: the same text
        left, right = comparison.texts[name]
        assert left == right, name
    fork_document = TEAM[fork.fork_step].document
    assert comparison.texts[fork_document][0] != comparison.texts[fork_document][1]
    assert diff(data_dir, source.id, fork.id) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Briefs differ in: tone (")
    assert all(f"== {name} == identical" in out for name in before)
    assert f"== {fork_document} ==" in out
