"""Inline SVG charts for the rollout report and the DPO console: server-rendered, no script.

Every chart is one ``<svg role="img">`` with a ``<title>`` and a ``<desc>`` that states the figures
in words (screen readers, and pages read without images), colours as presentation attributes (no
inline ``style``, so the console's Content-Security-Policy needs no 'unsafe-inline'), and the
numbers printed next to the bars. Values are counts; labels are escaped.
"""

from __future__ import annotations

from html import escape

# One colour per verdict, readable on white and distinguishable without colour vision (lightness).
VERDICT_COLOURS = {
    "allow": "#9fc5a8",
    "monitor": "#5b8fd1",
    "bounce": "#e8a33d",
    "quarantine": "#c2571a",
    "reject": "#8e1b1b",
    "tempfail": "#7a7a7a",
    "override": "#6f4a9e",
}
ORDER = ("allow", "monitor", "bounce", "quarantine", "reject", "tempfail")


def _colour(key: str) -> str:
    return VERDICT_COLOURS.get(key, "#888888")


def bar_chart(title: str, items: list[tuple[str, dict[str, int]]], *, legend: dict[str, str] | None = None,
              width: int = 640, label_width: int = 200) -> str:
    """Horizontal stacked bars: one bar per ``(label, {verdict: count})`` item."""
    legend = legend or {}
    bar_h, gap, top = 20, 8, 30
    height = top + len(items) * (bar_h + gap) + 10
    total_max = max((sum(v.values()) for _, v in items), default=0) or 1
    span = width - label_width - 60
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}">'
             f"<title>{escape(title)}</title><desc>"
             + escape("; ".join(f"{label}: {sum(v.values())}" for label, v in items)) + "</desc>"]
    parts.append(f'<text x="0" y="16" font-size="14" font-weight="bold" fill="#222">{escape(title)}</text>')
    for i, (label, values) in enumerate(items):
        y = top + i * (bar_h + gap)
        short = label if len(label) <= 28 else label[:27] + "…"
        parts.append(f'<text x="{label_width - 8}" y="{y + 14}" font-size="12" text-anchor="end" fill="#222">'
                     f"{escape(short)}</text>")
        x = float(label_width)
        for key in [k for k in ORDER if k in values] + [k for k in values if k not in ORDER]:
            n = values[key]
            if n <= 0:
                continue
            w = max(1.0, span * n / total_max)
            parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{_colour(key)}">'
                         f"<title>{escape(legend.get(key, key))}: {n}</title></rect>")
            x += w
        parts.append(f'<text x="{x + 6:.1f}" y="{y + 14}" font-size="12" fill="#222">{sum(values.values())}</text>')
    parts.append("</svg>")
    return "".join(parts)


def column_chart(title: str, columns: list[tuple[str, dict[str, int]]], *, legend: dict[str, str] | None = None,
                 width: int = 760, height: int = 260) -> str:
    """Stacked columns over time: one column per ``(period label, {verdict: count})``."""
    legend = legend or {}
    left, bottom, top = 40, 40, 50
    plot_h = height - top - bottom
    n = max(1, len(columns))
    step = (width - left - 10) / n
    col_w = max(2.0, min(40.0, step * 0.7))
    peak = max((sum(v.values()) for _, v in columns), default=0) or 1
    keys = [k for k in ORDER if any(k in v for _, v in columns)]
    keys += sorted({k for _, v in columns for k in v} - set(keys))
    desc = "; ".join(f"{label}: " + ", ".join(f"{legend.get(k, k)} {v[k]}" for k in keys if v.get(k))
                     for label, v in columns if sum(v.values()))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}">'
             f"<title>{escape(title)}</title><desc>{escape(desc or '0')}</desc>",
             f'<text x="0" y="16" font-size="14" font-weight="bold" fill="#222">{escape(title)}</text>']
    lx = 0
    for k in keys:  # legend
        parts.append(f'<rect x="{lx}" y="26" width="12" height="12" fill="{_colour(k)}"/>'
                     f'<text x="{lx + 16}" y="37" font-size="12" fill="#222">{escape(legend.get(k, k))}</text>')
        lx += 24 + 7 * len(legend.get(k, k))
    base = top + plot_h
    parts.append(f'<line x1="{left}" y1="{base}" x2="{width - 5}" y2="{base}" stroke="#444"/>')
    parts.append(f'<text x="{left - 4}" y="{top + 10}" font-size="11" text-anchor="end" fill="#444">{peak}</text>'
                 f'<text x="{left - 4}" y="{base}" font-size="11" text-anchor="end" fill="#444">0</text>')
    label_every = max(1, -(-n * 80 // max(1, width - left)))  # about 80 px per label
    for i, (label, values) in enumerate(columns):
        x = left + i * step + (step - col_w) / 2
        y = float(base)
        for k in keys:
            v = values.get(k, 0)
            if v <= 0:
                continue
            h = plot_h * v / peak
            y -= h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{col_w:.1f}" height="{h:.1f}" fill="{_colour(k)}">'
                         f"<title>{escape(label)} {escape(legend.get(k, k))}: {v}</title></rect>")
        if i % label_every == 0:
            parts.append(f'<text x="{x + col_w / 2:.1f}" y="{base + 16}" font-size="11" text-anchor="middle" '
                         f'fill="#444">{escape(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)
