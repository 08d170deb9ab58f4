"""The review's report: the weight of each kind of finding, the score, the verdict, and the
quality report people read.

The score starts at 100 and each open finding costs points (`penalty`): a broken rule of the
brief (an avoided word, urgency or selling when forbidden, a missing required line, a goal's
figure missing from the KPI plan…) costs at least 10, other blocking findings twice their
weight, warnings their weight. Any open finding keeps the score below 100, so "100/100" only
ever means no findings — dividing by the weight of every check passed would hide a broken rule
among hundreds of passing checks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ...findings import Finding, FindingKind
from ..registry import Registry
from ..team import TEAM

# weight and blocking per kind: a rule of the brief broken weighs most
KIND_WEIGHTS: dict[FindingKind, tuple[int, bool]] = {
    FindingKind.LIMIT: (3, True),
    FindingKind.MISSING: (2, True),
    FindingKind.AVOID: (5, True),
    FindingKind.URGENCY: (4, True),
    FindingKind.SELLING: (4, True),
    FindingKind.SUPERLATIVE: (3, True),
    FindingKind.HEALTH_CLAIM: (5, True),
    FindingKind.CTA: (3, True),
    FindingKind.MUST_INCLUDE: (4, True),
    FindingKind.LANGUAGE: (4, True),
    FindingKind.GOAL_KPI: (3, True),
    FindingKind.SCHEDULE: (2, True),
    FindingKind.INTERNAL_TEXT: (4, True),
    FindingKind.SEAM: (2, False),
    FindingKind.BRIEF: (2, False),
    FindingKind.FORMAT: (1, False),
    FindingKind.BUDGET: (3, True),
    FindingKind.UNCHECKED: (2, False),
}

# the kinds that mean a rule of the brief is broken: each costs RULE_PENALTY + its weight
RULE_KINDS = frozenset(
    {
        FindingKind.AVOID,
        FindingKind.URGENCY,
        FindingKind.SELLING,
        FindingKind.SUPERLATIVE,
        FindingKind.HEALTH_CLAIM,
        FindingKind.CTA,
        FindingKind.MUST_INCLUDE,
        FindingKind.LANGUAGE,
        FindingKind.GOAL_KPI,
        FindingKind.INTERNAL_TEXT,
    }
)
RULE_PENALTY = 10


def penalty(finding: Finding) -> int:
    """The points one open finding costs the score: a broken rule of the brief ≥ 10, another
    blocking finding twice its weight, a warning its weight (at least 1)."""
    if finding.kind in RULE_KINDS:
        return RULE_PENALTY + finding.weight
    return max(1, finding.weight * (2 if finding.blocking else 1))


@dataclass(slots=True)
class QualityReport:
    """Every check's weight, the findings of those that failed, and the verdict."""

    total_weight: int = 0
    checks: int = 0
    findings: list[Finding] = field(default_factory=list)
    # the nodes that can be sent back, in graph order (ties go to the earliest)
    revisable: tuple[str, ...] = TEAM.revisable

    @property
    def failed_weight(self) -> int:
        return sum(f.weight for f in self.findings)

    @property
    def score(self) -> int:
        """100 minus each open finding's `penalty`; below 100 whenever a finding is open."""
        if not self.checks and not self.findings:
            return 0
        score = max(0, 100 - sum(penalty(f) for f in self.findings))
        return min(score, 99) if self.findings else score

    @property
    def checks_passed(self) -> int:
        return self.checks - len(self.findings)

    @property
    def passed(self) -> bool:
        """No finding at all: anything less is sent back or ends *done with warnings*."""
        return not self.findings

    @property
    def fault(self) -> str | None:
        """The node to send back: most failed weight (blocking first), earliest on ties."""
        weight: dict[str, tuple[int, int]] = {}
        for f in self.findings:
            if f.node not in self.revisable or not f.fixable:
                continue
            blocking, total = weight.get(f.node, (0, 0))
            weight[f.node] = (blocking + f.weight * f.blocking, total + f.weight)
        if not weight:
            return None
        return max(weight, key=lambda n: (*weight[n], -self.revisable.index(n)))

    def findings_for(self, node: str) -> list[Finding]:
        return [f for f in self.findings if f.node == node]

    def to_data(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "passed": self.passed,
            "fault": self.fault,
            "checks": self.checks,
            "total_weight": self.total_weight,
            "findings": [f.to_data() for f in self.findings],
        }


class Review:
    """Collects checks: each call counts its weight, and a failure becomes a finding."""

    def __init__(self, registry: Registry) -> None:
        self.report = QualityReport(revisable=registry.revisable)

    def check(
        self,
        passed: bool,
        kind: FindingKind,
        node: str,
        where: str,
        detail: str | Callable[[], str],
        *,
        actual: object = None,
        limit: object = None,
        fixable: bool = True,
    ) -> bool:
        weight, blocking = KIND_WEIGHTS[kind]
        self.report.total_weight += weight
        self.report.checks += 1
        if not passed:
            self.report.findings.append(
                Finding(
                    kind=kind,
                    node=node,
                    field=where,
                    detail=detail() if callable(detail) else detail,
                    actual=None if actual is None else str(actual),
                    limit=None if limit is None else str(limit),
                    weight=weight,
                    blocking=blocking,
                    fixable=fixable,
                )
            )
        return passed

    def limit(self, node: str, where: str, text: str, limit: int) -> None:
        self.check(
            len(text) <= limit,
            FindingKind.LIMIT,
            node,
            where,
            lambda: f"{len(text)} characters; the limit is {limit}.",
            actual=len(text),
            limit=limit,
        )


def render_quality_report(report: QualityReport, *, revisions: int, sending_back: bool) -> str:
    """quality_report.md: the score, the verdict and every finding (from the typed data)."""
    if report.passed:
        verdict = "Passed: no findings"
    elif sending_back:
        verdict = f"Sent back to {report.fault} for revision"
    else:
        verdict = "Done with warnings: the findings below remain"
    lines = [
        "# Quality report",
        "",
        f"**Score:** {report.score}/100 (100 less the points each finding costs: a broken rule "
        f"of the brief {RULE_PENALTY} or more, a warning a few)  ",
        f"**Verdict:** {verdict}  ",
        f"**Revisions so far:** {revisions}",
        "",
        "## Summary",
        "",
        f"{report.checks_passed} of {report.checks} checks passed; "
        f"{len(report.findings)} finding(s).",
        "",
    ]
    if report.findings:
        lines += ["## Findings", "", "| Kind | Node | Where | Finding |", "|---|---|---|---|"]
        for f in report.findings:
            cell = lambda s: s.replace("|", "/").replace("\n", " ")  # noqa: E731
            flag = " (blocking)" if f.blocking else ""
            lines.append(
                f"| {f.kind.value}{flag} | {f.node} | {cell(f.field)} | {cell(f.detail)} |"
            )
        lines.append("")
    return "\n".join(lines) + "\n"


__all__ = [
    "KIND_WEIGHTS",
    "RULE_KINDS",
    "RULE_PENALTY",
    "QualityReport",
    "penalty",
    "render_quality_report",
]
