"""The whole kit as a reader sees it, over every brief of the corpora: the Markdown documents,
the website and landing page, the quality report and the log lines the workflow writes.

Each kit is built the way the workflow builds it (offline sections in order, the media and
KPI plans, the review, the renderers), without the graph, so the whole corpus stays fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from tui_app.core.content import Content
from tui_app.core.findings import Finding, FindingKind
from tui_app.core.models import CampaignBrief
from tui_app.core.planning import (
    Feasibility,
    GoalKpi,
    KpiPlan,
    build_kpi_plan,
    build_media_plan,
)
from tui_app.core.workflow.landing import landing_content, render_landing
from tui_app.core.workflow.nodes import what_was_read
from tui_app.core.workflow.plan_checks import goal_findings
from tui_app.core.workflow.review import render_quality_report, review_campaign
from tui_app.core.workflow.team import TEAM
from tui_app.core.workflow.website import render_website
from tui_app.samples import samples

from .briefs import corpus
from .content_factories import website_data
from .field_briefs import field_briefs
from .test_documents import render_all
from .web_briefs import field_briefs as web_briefs
from .writing import agreement_problems, keyword_problems, run_all, stop_problems

BRIEFS: dict[str, CampaignBrief] = {
    **corpus(),
    **{f"field:{k}": b for k, b in field_briefs().items()},
    **{f"web:{k}": b for k, b in web_briefs().items()},
    **samples(),
}
_TAGS = re.compile(r"<style.*?</style>|<script.*?</script>|<[^>]+>", re.S)


@dataclass
class Kit:
    brief: CampaignBrief
    sections: dict[str, Content]
    documents: dict[str, str]  # file name -> text (Markdown, or the pages' visible text)
    logs: list[str]
    kpis: KpiPlan
    findings: list[Finding]
    fault: str | None  # the node the review would send back
    landing_cta: str


def build_kit(brief: CampaignBrief) -> Kit:
    sections = run_all(brief)
    documents = render_all(brief, sections)
    media = build_media_plan(brief)
    report = review_campaign(brief, sections, media, documents, goal_findings(brief, media))
    documents["quality_report.md"] = render_quality_report(report, revisions=0, sending_back=False)
    data = website_data(brief, sections)
    for name, html in (("website", render_website(data)), ("landing", render_landing(data))):
        documents[name] = " ".join(_TAGS.sub(" ", html).split())
    # what the nodes log about their sections, and the findings the engine logs
    logs = [line for line, _ in what_was_read(brief)]
    logs += [
        spec.describe(sections[spec.name])
        for spec in TEAM.specs
        if spec.describe is not None and spec.name in sections
    ]
    logs += [f"⚠ {f.field}: {f.detail}" for f in report.findings]
    kpis = build_kpi_plan(media, brief)
    landing = landing_content(data).cta
    return Kit(brief, sections, documents, logs, kpis, report.findings, report.fault, landing)


@pytest.fixture(scope="module")
def kits() -> dict[str, Kit]:
    return {key: build_kit(brief) for key, brief in BRIEFS.items()}


def test_no_sentence_ends_twice_in_any_document_page_or_log_line(kits):
    problems = []
    for key, kit in kits.items():
        for name, text in kit.documents.items():
            problems += stop_problems(f"{key} {name}", text)
        for line in kit.logs:
            problems += stop_problems(f"{key} log", line)
    assert problems == []


def test_the_double_stop_check_catches_what_it_is_for():
    for planted in (
        "Client summary: “Made to be kept.”.",
        "Concepts: “Real Talk”, “Why Not?”.",
        "opening with “Hello from Harvest Box!”.",
        "Hero image for the launch by Vault Inc..",
    ):
        assert stop_problems("planted", planted), planted
    for fine in ("Wait for it…", "Hello from “Harvest Box”.", "Vault Inc. maps it.", "v2.1.3"):
        assert stop_problems("fine", fine) == [], fine


# -- goal rows: the sentence and the verdict agree ------------------------------------------

JUDGED = (
    Feasibility.WITHIN_REACH,
    Feasibility.STRETCH,
    Feasibility.OUT_OF_REACH,
    Feasibility.BEYOND_SUPPLY,
)


def verdict_problems(row: GoalKpi) -> list[str]:
    """A judged row whose basis does not state its verdict, or states another one."""
    if row.feasibility not in JUDGED:
        return []
    said = [v for v in JUDGED if v.value in row.basis]
    if said != [row.feasibility]:
        return [f"{row.goal!r} is {row.feasibility.value!r} but reads: {row.basis}"]
    return []


def _supply_brief(goals: list[str], budget: str) -> CampaignBrief:
    return CampaignBrief.parse(
        {
            "product": "Orbit 12",
            "client": "Orbit Horlogerie SA",
            "target_audience": "Watch collectors in Europe",
            "goals": goals,
            "key_features": ["Limited to 196 pieces", "Hand-finished movement"],
            "budget": budget,
            "timeline": "8 weeks",
            "user": "tester",
        }
    )


# sales goals above, at and below a stated supply, at budgets that reach them or not
SUPPLY_BRIEFS = [
    _supply_brief(goals, budget)
    for goals in (["Sell 250 watches"], ["Sell out the 196 pieces", "Sell 300 watches"])
    for budget in ("$4,000", "$40,000", "$400,000")
]


def test_no_goal_row_contradicts_its_verdict(kits):
    rows = [row for kit in kits.values() for row in kit.kpis.goals]
    for brief in SUPPLY_BRIEFS:
        rows += build_kpi_plan(build_media_plan(brief), brief).goals
    assert {row.feasibility for row in rows} >= set(JUDGED)
    assert [p for row in rows for p in verdict_problems(row)] == []


def test_the_verdict_check_catches_a_contradiction():
    row = GoalKpi(
        goal="Sell 250 watches",
        goal_index=0,
        kpi="Sales",
        target="250 watches",
        feasibility=Feasibility.OUT_OF_REACH,
        basis="250 watches needs 1.26% of visitors to buy — a stretch. There are only 196.",
    )
    assert verdict_problems(row)
    assert verdict_problems(row.model_copy(update={"basis": "No verdict stated."}))
    fine = row.model_copy(
        update={"basis": "It needs 26% of visitors — out of reach at this budget."}
    )
    assert verdict_problems(fine) == []


# -- the product's grammar, and search phrases ----------------------------------------------


def test_the_product_takes_a_singular_verb_and_keywords_are_search_phrases(kits):
    problems = []
    for key, kit in kits.items():
        problems += [f"{key}: {p}" for p in agreement_problems(kit.brief, kit.sections)]
        problems += [f"{key}: {p}" for p in keyword_problems(kit.brief, kit.sections)]
    assert problems == []


def test_the_grammar_and_keyword_checks_catch_what_they_are_for(kits):
    kit = kits["isa_platform"]
    sections = {name: section.model_copy(deep=True) for name, section in kit.sections.items()}
    ad = sections["copy"].search_ads[0]
    ad.descriptions[0] = "Harbourline Stocks & Shares ISA start from £25 a month. Open an account."
    ad.keywords += ["harbourline stocks & shares isa the uk", "isa near me", "isa is simple"]
    assert len(agreement_problems(kit.brief, sections)) == 1
    assert len(keyword_problems(kit.brief, sections)) == 3


# -- required lines: "does not carry" only when the line would fit ------------------------


def required_line_problems(findings: list[Finding], limits: dict[str, int]) -> list[str]:
    """A must-include finding blames the writer ("does not carry") only for a line that
    fits the format; a longer line is reported as too long, with the format's limit, and
    asks for no revision. `limits`: where (e.g. "search ad 1") -> the format's limit."""
    problems = []
    for f in findings:
        if f.kind is not FindingKind.MUST_INCLUDE:
            continue
        room = limits.get(f.field, 0)
        lines = (f.actual or "").split(" / ")
        if "does not carry" in f.detail and room and any(len(x) > room for x in lines):
            problems.append(f"{f.field}: blamed for a line longer than {room}: {f.detail}")
        if "too long" in f.detail and (f.fixable or str(room) not in f.detail):
            problems.append(f"{f.field}: too long, but not said how long may be: {f.detail}")
    return problems


def _limits(kit: Kit) -> dict[str, int]:
    from tui_app.core.workflow.review import public_texts

    return {t.where: t.room for t in public_texts(kit.sections) if t.room}


def test_a_required_line_too_long_for_a_format_is_reported_as_such(kits):
    problems = [
        f"{key}: {p}"
        for key, kit in kits.items()
        for p in required_line_problems(kit.findings, _limits(kit))
    ]
    assert problems == []
    # the corpus has a line longer than an ad's description: said so, with the limit
    long = [f for f in kits["pension_fund"].findings if f.kind is FindingKind.MUST_INCLUDE]
    assert long and all("too long for this format" in f.detail for f in long)
    assert all("holds at most 90" in f.detail and not f.fixable for f in long)
    # no revision can fit it: the campaign ends with warnings, nothing is sent back for it
    assert kits["pension_fund"].fault is None


def test_the_required_line_check_catches_a_blame_for_a_line_that_cannot_fit(kits):
    kit = kits["pension_fund"]
    line = kit.brief.rules.must_include[0]
    blamed = Finding(
        FindingKind.MUST_INCLUDE, "copy", "search ad 1", f"does not carry: “{line}”.", line
    )
    assert required_line_problems([blamed], _limits(kit))


# -- the landing page's call to action: the brief's own, or in the brief's own verbs --------

# a goal that opens with what the audience does ("Sign up 900 weekly players")
_AUDIENCE_VERB = re.compile(
    r"(?:sign[ -]up|book|register|enrol|enroll|join|open|start|download|install|subscribe|"
    r"donate|buy|order|enter|play|visit|apply|attend|try|adopt|volunteer|reserve)\b",
    re.I,
)
# calls that name no act of their own: asking to look, start, check, plan, order, join…
_NEUTRAL_VERBS = frozenset(
    ("find", "learn", "see", "get", "start", "talk", "check", "plan", "ask", "join", "take",
     "order", "book", "request", "call", "try", "open", "become", "register", "sign",
     "subscribe", "follow", "reserve", "save", "wishlist", "star", "read", "choose")
)  # fmt: skip
_RAISES_MONEY = re.compile(r"\braise\b[^.]*(?:[$€£¥₹]|\d)|donat|fundrais", re.I)


def _prefixes(text: str) -> set[str]:
    return {w.casefold()[: max(3, min(len(w), 5))] for w in re.findall(r"[^\W\d_]{3,}", text)}


def landing_cta_problems(brief: CampaignBrief, cta: str) -> list[str]:
    """The brief's primary CTA when it sets one; else, when a goal opens with the
    audience's own verb, a call built on that goal ("Sign up to play"); else a neutral verb,
    a verb the brief uses, or a call to give for a goal that raises money."""
    if brief.rules.primary_cta:
        return [] if cta == brief.rules.primary_cta else [f"{cta!r} is not the brief's CTA"]
    low = cta.casefold()
    own = [g for g in brief.goals if _AUDIENCE_VERB.match(g.strip())]
    if own:
        if not any(p in low for g in own for p in _prefixes(g)):
            return [f"{cta!r} is not built on the audience's own goal {own[0]!r}"]
        return []
    verb = (re.findall(r"[^\W\d_]+", low) or [""])[0]
    said = " ".join([brief.product, brief.target_audience, *brief.goals, *brief.key_features])
    if verb in _NEUTRAL_VERBS or verb[:5] in {p[:5] for p in _prefixes(said)}:
        return []
    if verb in ("donate", "give", "make") and any(_RAISES_MONEY.search(g) for g in brief.goals):
        return []
    return [f"{cta!r}: a verb the brief does not use"]


def test_the_landing_page_asks_for_the_brief_s_own_action(kits):
    problems = []
    for key, kit in kits.items():
        english = (
            kit.sections["copy"].emails[0].language == "en" if kit.sections["copy"].emails else True
        )
        if kit.brief.rules.primary_cta or english:
            problems += [f"{key}: {p}" for p in landing_cta_problems(kit.brief, kit.landing_cta)]
    assert problems == []
    assert kits["hospice_lottery"].landing_cta == "Sign up to play"


def test_the_landing_cta_check_catches_a_sector_word_the_brief_does_not_use(kits):
    hospice = kits["hospice_lottery"].brief
    assert landing_cta_problems(hospice, "Donate")  # the players sign up; they do not donate
    assert landing_cta_problems(kits["vaultline_dspm"].brief, "Learn more")  # its own CTA
    assert landing_cta_problems(kits["museum_show"].brief, "Adopt a pet")
    assert landing_cta_problems(kits["mountain_rescue"].brief, "Donate") == []


def test_a_goal_in_the_audience_s_own_verb_leads_the_call_to_action():
    from tui_app.core.providers.offline.facts import facts_for

    base = {
        "product": "Summer Hospice Lottery",
        "client": "St. Luke's Hospice",
        "target_audience": "Supporters in Cheshire",
        "key_features": ["£1 a week, drawn every Friday", "Top prize of £1,000"],
        "user": "tester",
    }
    for goals, cta in (
        (["Raise £30,000 for night nursing", "Sign up 900 weekly players"], "Sign up to play"),
        (["Get 5,000 entries to the summer prize draw"], "Enter the draw"),
        (["Book 25 weddings for 2027"], "Book your date"),
        (["Enrol 80 students for the autumn term"], "Enrol with us"),
        (["Recruit 30 blood donors"], "Sign up to give"),
    ):
        brief = CampaignBrief.parse({**base, "goals": goals})
        assert facts_for(brief).cta == cta, goals
