"""The rollout report: what enforcement would do, from counts, as one self-contained HTML page + CSV.

Two sources give the same report:

* ``dlp-gateway replay ARCHIVE --report out.html`` scans an archive of sent mail with the policy in
  monitor mode (gateway.commands.replay) and adds masked example findings and detector counts;
* ``dlp-gateway report --from DATE --to DATE`` reads the running gateway's ``verdict_counts``
  (gateway.stats) for a date range, and the sender overrides of that range.

The page has no external resource and no script (inline CSS, inline SVG charts from
gateway.charts), so it can be mailed, archived with a DPIA, or opened offline. It holds counts,
policy names and masked snippets only. The CSV holds the aggregate rows themselves (hour, action,
would-have action, categories, recipient classes, sender domain, messages) for a spreadsheet.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import escape
from typing import Any

from gateway.charts import ORDER, bar_chart, column_chart
from gateway.console.i18n import t
from gateway.policy import STRICTNESS, Policy
from gateway.quarantine import VerdictCount

STOPPING = ("bounce", "quarantine", "reject")
MAX_EXAMPLES = 5  # per category
TOP = 15


@dataclass(slots=True)
class Example:
    """One masked finding shown as an example: never the value, never the file or the address."""

    message: int  # the message's number in the archive (1-based)
    category: str
    entity_type: str
    location: str
    snippet: str
    score: float


@dataclass(slots=True)
class ReportData:
    source: str  # "archive" | "gateway"
    since: float
    until: float
    rows: list[VerdictCount]
    policy_name: str = ""
    examples: list[Example] = field(default_factory=list)
    entity_types: Counter[str] = field(default_factory=Counter)
    overrides: int | None = None
    seconds: float | None = None  # time the replay took


def enforced(row: VerdictCount) -> str:
    """What enforcement does (or would do) with the row's messages."""
    return row.would_have or row.action


@dataclass(slots=True)
class Summary:
    total: int = 0
    stopped: int = 0
    with_findings: int = 0
    unreadable: int = 0
    by_verdict: Counter[str] = field(default_factory=Counter)
    by_category: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    by_class: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    by_domain: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    by_period: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    rules: Counter[tuple[str, str, str]] = field(default_factory=Counter)


def summarise(data: ReportData, policy: Policy | None) -> Summary:
    s = Summary()
    span_days = (data.until - data.since) / 86400
    for r in data.rows:
        v = enforced(r)
        n = r.messages
        s.total += n
        s.by_verdict[v] += n
        if v in STOPPING:
            s.stopped += n
        if v == "tempfail":
            s.unreadable += n
        if r.categories:
            s.with_findings += n
        for c in r.categories:
            s.by_category[c][v] += n
        for k in r.recipient_classes:
            s.by_class[k][v] += n
        s.by_domain[r.sender_domain or "-"][v] += n
        s.by_period[_period(r.bucket, span_days)][v] += n
        if policy is not None and v in STOPPING:
            sender = f"x@{r.sender_domain}" if r.sender_domain else ""
            for k in r.recipient_classes:
                for c in r.categories:
                    action = policy.rule_action(k, c, sender)
                    if STRICTNESS[action] > STRICTNESS["monitor"]:
                        s.rules[(k, c, action)] += n
    return s


def _period(ts: float, span_days: float) -> str:
    """The chart column of an hour: hours for 2 days, days for 2 months, ISO weeks for a year, else months."""
    d = datetime.fromtimestamp(ts, UTC)
    if span_days <= 2:
        return d.strftime("%Y-%m-%d %H:00")
    if span_days <= 62:
        return d.strftime("%Y-%m-%d")
    if span_days <= 400:
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    return d.strftime("%Y-%m")


def _day(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d")


def _pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:.1f} %" if b else "–"


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:60rem;color:#222;
line-height:1.45;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}th,td{border-bottom:1px solid #ddd;padding:.25rem .5rem;
text-align:left;vertical-align:top}th{background:#f3f3f3}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.figures{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}.figure{border:1px solid #ccc;border-radius:6px;
padding:.6rem 1rem;min-width:10rem}.figure b{display:block;font-size:1.6rem}.meta{color:#555}
svg.chart{max-width:100%;height:auto;display:block;margin:.5rem 0}code{background:#f3f3f3;padding:0 .2rem}
"""


def _table(headers: list[str], rows: list[list[str]], numeric: set[int] | None = None) -> str:
    numeric = numeric or set()
    out = ["<table><thead><tr>"]
    out += [f'<th scope="col"{" class=n" if i in numeric else ""}>{escape(h)}</th>' for i, h in enumerate(headers)]
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append("<tr>" + "".join(f'<td{" class=n" if i in numeric else ""}>{escape(c)}</td>'
                                    for i, c in enumerate(row)) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _label(policy: Policy | None, kind: str, key: str, lang: str) -> str:
    if policy is None:
        return key
    return policy.label(kind, key, lang)  # type: ignore[arg-type]


def render_sections(data: ReportData, policy: Policy | None, lang: str = "en") -> str:
    """The report's body (figures, charts, tables): shared by the HTML file and the console page."""
    s = summarise(data, policy)
    legend = {v: t(f"verdict.{v}", lang) for v in ORDER}
    out: list[str] = ['<div class="figures">']
    figures = [(t("r.messages", lang), str(s.total)),
               (t("r.would_stop", lang), f"{s.stopped} ({_pct(s.stopped, s.total)})"),
               (t("r.with_findings", lang), f"{s.with_findings} ({_pct(s.with_findings, s.total)})"),
               (t("r.unreadable", lang), str(s.unreadable))]
    if data.overrides is not None:
        figures.append((t("r.overrides", lang), str(data.overrides)))
    for name, value in figures:
        out.append(f'<div class="figure"><b>{escape(value)}</b>{escape(name)}</div>')
    out.append("</div>")
    periods = sorted(s.by_period.items())
    out.append(f"<h2>{escape(t('r.over_time', lang))}</h2>")
    out.append(column_chart(t("r.over_time", lang), [(p, dict(c)) for p, c in periods], legend=legend))
    out.append(f"<h2>{escape(t('r.by_verdict', lang))}</h2>")
    out.append(_table([t("f.action", lang), t("r.messages", lang), t("r.col.share", lang)],
                      [[legend.get(v, v), str(n), _pct(n, s.total)]
                       for v, n in sorted(s.by_verdict.items(), key=lambda kv: ORDER.index(kv[0])
                                          if kv[0] in ORDER else 99)], {1, 2}))

    def section(key: str, groups: dict[str, Counter[str]], kind: str | None) -> None:
        items = sorted(groups.items(), key=lambda kv: -sum(kv[1].values()))[:TOP]
        labelled = [(_label(policy, kind, k, lang) if kind else k, c) for k, c in items]
        out.append(f"<h2>{escape(t(key, lang))}</h2>")
        if not items:
            out.append(f"<p>{escape(t('none', lang))}</p>")
            return
        out.append(bar_chart(t(key, lang), [(label, dict(c)) for label, c in labelled], legend=legend))
        rows = []
        for label, c in labelled:
            total = sum(c.values())
            stop = sum(c[v] for v in STOPPING)
            rows.append([label, str(total), str(stop), _pct(stop, total)])
        out.append(_table([t("r.col.value", lang), t("r.messages", lang), t("r.would_stop", lang),
                           t("r.col.share", lang)], rows, {1, 2, 3}))

    section("r.by_category", s.by_category, "category")
    section("r.by_class", s.by_class, "class")
    section("r.by_domain", s.by_domain, None)
    out.append(f"<h2>{escape(t('r.top_rules', lang))}</h2>")
    if s.rules:
        rows = [[f"{_label(policy, 'class', k, lang)} × {_label(policy, 'category', c, lang)}",
                 legend.get(a, a), str(n)] for (k, c, a), n in s.rules.most_common(TOP)]
        out.append(_table([t("r.col.rule", lang), t("r.col.action", lang), t("r.messages", lang)], rows, {2}))
        out.append(f'<p class="meta">{escape(t("r.rules_note", lang))}</p>')
    else:
        out.append(f"<p>{escape(t('none', lang))}</p>")
    if data.entity_types:
        out.append(f"<h2>{escape(t('r.by_entity', lang))}</h2>")
        out.append(_table([t("c.entity", lang), t("r.messages", lang)],
                          [[k, str(n)] for k, n in data.entity_types.most_common(TOP)], {1}))
    if data.examples:
        out.append(f"<h2>{escape(t('r.examples', lang))}</h2>")
        out.append(_table([t("r.col.message", lang), t("c.category", lang), t("c.entity", lang),
                           t("c.location", lang), t("c.snippet", lang), t("c.score", lang)],
                          [[f"#{e.message}", _label(policy, "category", e.category, lang), e.entity_type,
                            e.location, e.snippet, f"{e.score:.2f}"] for e in data.examples], {5}))
    return "".join(out)


def render_html(data: ReportData, policy: Policy | None, lang: str = "en") -> str:
    """One self-contained HTML page: inline CSS and SVG, no script, no external resource."""
    source = t("r.source.archive" if data.source == "archive" else "r.source.gateway", lang)
    period = f"{_day(data.since)} – {_day(data.until - 1)}" if data.rows or data.until > data.since else "–"
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    meta = [f"{escape(t('r.period', lang))}: {escape(period)}", escape(source),
            f"{escape(t('r.policy', lang))}: {escape(data.policy_name or '-')}",
            f"{escape(t('r.generated', lang))}: {escape(now)}"]
    if data.seconds is not None:
        meta.append(f"{data.seconds:.1f} s")
    steps = "".join(f"<li>{escape(t(f'r.next.{i}', lang))}</li>" for i in (1, 2, 3))
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(lang)}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(t('r.title', lang))} {escape(period)}</title><style>{_CSS}</style></head><body>"
        f"<header><h1>{escape(t('r.title', lang))}</h1><p class=\"meta\">{' · '.join(meta)}</p></header><main>"
        + render_sections(data, policy, lang)
        + f"<h2>{escape(t('r.next', lang))}</h2><ol>{steps}</ol>"
        f"<p class=\"meta\">{escape(t('r.privacy', lang))}</p></main></body></html>\n"
    )


def render_csv(rows: list[VerdictCount]) -> str:
    """The aggregate rows: one line per hour and verdict shape (UTC, ';' between set members)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["hour_utc", "action", "would_have", "categories", "recipient_classes", "sender_domain", "messages"])
    for r in sorted(rows, key=lambda r: (r.bucket, r.action, r.would_have, r.categories, r.sender_domain)):
        w.writerow([datetime.fromtimestamp(r.bucket, UTC).strftime("%Y-%m-%dT%H:00Z"), r.action, r.would_have,
                    ";".join(r.categories), ";".join(r.recipient_classes), r.sender_domain, r.messages])
    return buf.getvalue()


def merge(rows: list[VerdictCount]) -> list[VerdictCount]:
    """Rows with the same hour and shape added up (several sources, several workers)."""
    acc: Counter[tuple[Any, ...]] = Counter()
    for r in rows:
        acc[(r.bucket, r.action, r.would_have, r.categories, r.recipient_classes, r.sender_domain)] += r.messages
    return [VerdictCount(*k, n) for k, n in acc.items()]
