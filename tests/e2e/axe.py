"""Accessibility checks with axe-core (npm) in a Playwright frame or page."""

from __future__ import annotations

from typing import Any

from .harness import AXE_JS

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(frame: Any, tags: list[str] | None = None, context: Any = None) -> list[dict]:
    """Run axe-core in `frame` (a Playwright Frame or Page) against WCAG 2.1 A/AA rules and
    return its violations (each: id, impact, help, helpUrl, nodes[{target, html, ...}]).
    `context`: what to check (a CSS selector or axe context object; default the document)."""
    if not AXE_JS.exists():
        raise FileNotFoundError(f"{AXE_JS} is missing: run `npm ci` at the repo root")
    if not frame.evaluate("() => typeof window.axe === 'object'"):
        frame.evaluate(AXE_JS.read_text(encoding="utf-8") + "\n;undefined")
    result = frame.evaluate(
        """async ([context, tags]) => {
            const options = { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] };
            const results = await window.axe.run(context || document, options);
            return results.violations.map(v => ({
                id: v.id, impact: v.impact, description: v.description, help: v.help,
                helpUrl: v.helpUrl, tags: v.tags,
                nodes: v.nodes.map(n => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
            }));
        }""",
        [context, tags or WCAG_21_AA],
    )
    return result


def describe(violations: list[dict]) -> str:
    """A readable summary for assertion messages."""
    lines = []
    for v in violations:
        targets = ", ".join(" ".join(map(str, n["target"])) for n in v["nodes"][:5])
        lines.append(f"{v['id']} ({v['impact']}): {v['help']} — {targets}")
    return "\n".join(lines)
