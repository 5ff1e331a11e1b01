"""The policy stage: load and validate the policy YAML, and decide what happens to one message.

The policy is data (``policies/default.yaml``); this module holds no policy of its own. It
maps recipients to classes (internal, institution, enterprise, citizen ...), findings to
categories (national_id, financial, art9 ...), and looks up the decision table
``rules[class][category]`` for an action and the secure channels to suggest. The strictest
action over every recipient and category wins for the whole message::

    reject > quarantine > bounce > monitor > allow

Loading keeps YAML line/column marks (``yaml.compose``) so every error names
``file:line:column``; :class:`PolicyHolder` swaps policies atomically on reload (SIGHUP) and
keeps the old one when the new file is bad.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr, ValidationError, field_validator
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from gateway.errors import PolicyError
from gateway.model import Channel, Decision, Envelope, Finding, ScanReport, domain_of

log = logging.getLogger("dlpgw.policy")

ACTIONS = ("allow", "monitor", "reject", "bounce", "quarantine")
# Strictness, weakest first: the strictest action over all recipients and categories wins.
STRICTNESS = {"allow": 0, "monitor": 1, "bounce": 2, "quarantine": 3, "reject": 4}
LANGUAGES = ("nl", "fr", "de", "en")
HOLD_ACTIONS = ("bounce", "quarantine")

Action = Literal["allow", "monitor", "reject", "bounce", "quarantine"]
Lang = Literal["nl", "fr", "de", "en"]


def strictest(actions: list[str] | tuple[str, ...]) -> str:
    """The strictest of ``actions`` ('allow' for none)."""
    return max(actions, key=STRICTNESS.__getitem__, default="allow")


# --- schema ---------------------------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _lower_domains(v: list[str]) -> list[str]:
    out = []
    for d in v:
        d = d.strip().lower()
        if not d or " " in d or "@" in d:
            raise ValueError(f"{d!r} is not a domain")
        out.append(d)
    return out


class OrganisationSpec(_Strict):
    name: str = ""
    internal_domains: list[str] = Field(default_factory=list)
    ibans: list[str] = Field(default_factory=list)
    dpo_address: str = ""
    exception_contact: str = ""

    _domains = field_validator("internal_domains")(_lower_domains)

    @field_validator("ibans")
    @classmethod
    def _ibans(cls, v: list[str]) -> list[str]:
        from stdnum import iban

        out = []
        for raw in v:
            try:
                out.append(iban.validate(raw))
            except Exception:
                raise ValueError(f"{raw!r} is not a valid IBAN (checksum or format)") from None
        return out


class LanguagesSpec(_Strict):
    default: Literal["nl", "fr", "de", "en", "all"] = "all"
    sender_domains: dict[str, Lang] = Field(default_factory=dict)


class ClassSpec(_Strict):
    label: dict[Lang, str] = Field(default_factory=dict)
    domains: list[str] = Field(default_factory=list)
    suffixes: list[str] = Field(default_factory=list)

    _domains = field_validator("domains")(_lower_domains)

    @field_validator("suffixes")
    @classmethod
    def _suffixes(cls, v: list[str]) -> list[str]:
        out = _lower_domains(v)
        for s in out:
            if not s.startswith("."):
                raise ValueError(f"suffix {s!r} must start with a dot (e.g. .fgov.be)")
        return out


class CategorySpec(_Strict):
    label: dict[Lang, str] = Field(default_factory=dict)
    entity_types: list[str]


class ChannelSpec(_Strict):
    name: str | dict[Lang, str]
    url: str = ""
    hint: dict[Lang, str] = Field(default_factory=dict)

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        if v and not re.fullmatch(r"https://[^\s\"'<>]+", v):
            raise ValueError(f"url {v!r} must be a plain https:// address")
        return v


_DURATION = re.compile(r"(?:(\d+)d)?\s*(?:(\d+)h)?\s*(?:(\d+)m)?")
MAX_OVERRIDE_SECONDS = 30 * 86400


def parse_duration(value: Any) -> int:
    """``72h``, ``3d``, ``90m``, ``1d12h`` -> seconds (a bare number is refused: say the unit)."""
    if not isinstance(value, str):
        raise ValueError(f"{value!r} must be a duration with a unit, like 72h, 3d or 90m")
    m = _DURATION.fullmatch(value.strip().lower())
    if not value.strip() or m is None or not any(m.groups()):
        raise ValueError(f"{value!r} must be a duration with a unit, like 72h, 3d or 90m")
    d, h, mi = (int(g or 0) for g in m.groups())
    seconds = d * 86400 + h * 3600 + mi * 60
    if not 0 < seconds <= MAX_OVERRIDE_SECONDS:
        raise ValueError(f"{value!r} must be between 1m and 30d")
    return seconds


Duration = Annotated[int, BeforeValidator(parse_duration)]


class SenderOverrideSpec(_Strict):
    """May the sender release a bounced message by replying with a justification (issue 13)?

    ``score_below`` makes the override apply to *weak* findings only: every blocking finding of
    the rule's category must score below it (detectors score an Art. 9/10 term by how strongly it
    is tied to a person: an identifier 0.95, a subject or possessive 0.85, weaker ties less).
    """

    allowed: bool = False
    justification: Literal["required", "optional"] = "required"
    expires: Duration = 72 * 3600
    score_below: float | None = Field(None, gt=0, le=1)


class RuleSpec(_Strict):
    action: Action
    channels: list[str] = Field(default_factory=list)
    override: SenderOverrideSpec | None = None


class PublicLabelSpec(_Strict):
    header: str = "X-Classification"
    public_values: list[str] = Field(default_factory=list)
    msip_public_label_ids: list[str] = Field(default_factory=list)
    waives: list[str] = Field(default_factory=list)
    action: Action = "monitor"


class ExceptionsSpec(_Strict):
    detector_exceptions: list[str] = Field(default_factory=list)
    transport_headers: list[str] = Field(default_factory=list)
    # entity type -> detail prefixes that never count (e.g. UNSCANNED_IMAGE: ["inline logo"]).
    ignore_details: dict[str, list[str]] = Field(default_factory=dict)
    public_label: PublicLabelSpec | None = None


class MatchSpec(_Strict):
    senders: list[str] = Field(default_factory=list)
    sender_domains: list[str] = Field(default_factory=list)

    _domains = field_validator("sender_domains")(_lower_domains)


class OverrideSpec(_Strict):
    match: MatchSpec
    language: Lang | None = None
    mode: Literal["enforce", "monitor"] | None = None
    rules: dict[str, dict[str, RuleSpec]] = Field(default_factory=dict)


class PolicySpec(_Strict):
    version: Literal[1]
    mode: Literal["enforce", "monitor"] = "enforce"
    organisation: OrganisationSpec = Field(default_factory=OrganisationSpec)
    retention_days: int = Field(30, ge=1, le=3650)
    languages: LanguagesSpec = Field(default_factory=LanguagesSpec)
    default_class: str
    recipient_classes: dict[str, ClassSpec]
    unmapped_entity_types: str = "ignore"
    categories: dict[str, CategorySpec]
    channels: dict[str, ChannelSpec] = Field(default_factory=dict)
    rules: dict[str, dict[str, RuleSpec]]
    no_findings: RuleSpec = RuleSpec(action="allow")
    verdict_header: str = ""
    exceptions: ExceptionsSpec = Field(default_factory=ExceptionsSpec)
    overrides: list[OverrideSpec] = Field(default_factory=list)
    _notes: list[str] = PrivateAttr(default_factory=list)  # valid but probably not meant (policy check)


# --- loading with line marks ---------------------------------------------------------------

Path_ = tuple[Any, ...]
_Names = list[str] | tuple[str, ...]


class _Marked:
    """Plain Python data from a YAML node tree, with the mark of every key and value."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.value_marks: dict[Path_, yaml.Mark] = {}
        self.key_marks: dict[Path_, yaml.Mark] = {}
        self.errors: list[str] = []
        self._constructor = SafeConstructor()

    def where(self, mark: yaml.Mark | None) -> str:
        if mark is None:
            return self.filename
        return f"{self.filename}:{mark.line + 1}:{mark.column + 1}"

    def build(self, node: Node, path: Path_ = ()) -> Any:
        self.value_marks[path] = node.start_mark
        if isinstance(node, MappingNode):
            out: dict[Any, Any] = {}
            for knode, vnode in node.value:
                if not isinstance(knode, ScalarNode):
                    self.errors.append(f"{self.where(knode.start_mark)}: a key must be a plain name")
                    continue
                key = self._scalar(knode)
                if key in out:
                    self.errors.append(f"{self.where(knode.start_mark)}: duplicate key {key!r}")
                    continue
                self.key_marks[(*path, key)] = knode.start_mark
                out[key] = self.build(vnode, (*path, key))
            return out
        if isinstance(node, SequenceNode):
            return [self.build(n, (*path, i)) for i, n in enumerate(node.value)]
        return self._scalar(node)

    def _scalar(self, node: Node) -> Any:
        try:
            value = self._constructor.construct_object(node, deep=True)
        except ConstructorError as e:
            self.errors.append(f"{self.where(node.start_mark)}: {e.problem}")
            return None
        # YAML 1.1 reads `no`/`on` as booleans and dates as dates: keep keys readable.
        return value

    def mark_for(self, loc: Path_, *, key: bool = False) -> yaml.Mark | None:
        loc = tuple(loc)
        if key and loc in self.key_marks:
            return self.key_marks[loc]
        while loc:
            if loc in self.value_marks:
                return self.value_marks[loc]
            if loc in self.key_marks:
                return self.key_marks[loc]
            loc = loc[:-1]
        return self.value_marks.get(())


_PLAIN = {
    "string_type": "must be text",
    "dict_type": "must be a mapping (key: value)",
    "list_type": "must be a list",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "model_type": "must be a mapping (key: value)",
}


def _merge_alternatives(lines: list[str]) -> list[str]:
    """`x:1:2: name: must be text` + `x:1:2: name: must be a mapping` -> one line with 'or'."""
    out: dict[str, list[str]] = {}
    for line in lines:
        head, sep, msg = line.rpartition(": must be ")
        if sep:
            out.setdefault(head + ": must be ", []).append(msg)
        else:
            out.setdefault(line, [])
    return [head + " or ".join(msgs) if msgs else head for head, msgs in out.items()]


def _human(err: Any, marked: _Marked) -> str:
    """One ``file:line:col: message`` line for a pydantic error."""
    loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p in ("str", "dict[str,str]")))
    # pydantic puts union branch names in loc ("str", "dict[...]"): strip them for marks.
    loc = tuple(p for p in loc if not (isinstance(p, str) and p.startswith(("dict[", "function-"))))
    name = next((str(p) for p in reversed(loc) if isinstance(p, str)), "value")
    kind = err["type"]
    value = err.get("input")
    if kind == "extra_forbidden":
        mark = marked.mark_for(loc, key=True)
        parent = ".".join(str(p) for p in loc[:-1]) or "top level"
        return f"{marked.where(mark)}: unknown key {loc[-1]!r} in {parent}"
    mark = marked.mark_for(loc)
    if kind == "missing":
        return f"{marked.where(mark)}: missing required key {loc[-1]!r}"
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        options = ", ".join(x.strip().strip("'") for x in re.split(r",| or ", expected) if x.strip())
        return f"{marked.where(mark)}: {name} {value!r} is not one of {options}"
    msg = _PLAIN.get(kind) or err["msg"].removeprefix("Value error, ")
    return f"{marked.where(mark)}: {name}: {msg}"


def _cross_check(spec: PolicySpec, marked: _Marked, notes: list[str] | None = None) -> list[str]:
    """References between sections: classes, categories and channels named must exist.

    ``notes`` collects what is valid but probably not meant (``policy check`` prints them).
    """
    errors: list[str] = []
    notes = notes if notes is not None else []

    def at(*loc: Any, key: bool = False) -> str:
        return marked.where(marked.mark_for(loc, key=key))

    classes = list(spec.recipient_classes)
    cats = list(spec.categories)
    if spec.default_class not in classes:
        errors.append(f"{at('default_class')}: default_class {spec.default_class!r} is not one of "
                      f"{', '.join(classes)}")
    if spec.unmapped_entity_types != "ignore" and spec.unmapped_entity_types not in cats:
        errors.append(f"{at('unmapped_entity_types')}: unmapped_entity_types "
                      f"{spec.unmapped_entity_types!r} is neither 'ignore' nor a category")
    seen: dict[str, str] = {}
    for cid, cat in spec.categories.items():
        for i, et in enumerate(cat.entity_types):
            if et in seen and seen[et] != cid:
                errors.append(f"{at('categories', cid, 'entity_types', i)}: entity type {et!r} "
                              f"is already in category {seen[et]!r}")
            seen[et] = cid

    def check_table(table: dict[str, dict[str, RuleSpec]], base: tuple[Any, ...], need_default: bool) -> None:
        for cls, row in table.items():
            if cls not in classes:
                errors.append(f"{at(*base, cls, key=True)}: recipient class {cls!r} is not one of "
                              f"{', '.join(classes)}")
                continue
            for cat, rule in row.items():
                if cat != "default" and cat not in cats:
                    errors.append(f"{at(*base, cls, cat, key=True)}: category {cat!r} is not one of "
                                  f"default, {', '.join(cats)}")
                if rule.override is not None and rule.override.allowed and rule.action != "bounce":
                    notes.append(f"{at(*base, cls, cat, 'override', key=True)}: note: the sender override has "
                                 f"no effect with action {rule.action!r} (only a guidance bounce carries the token)")
                for i, ch in enumerate(rule.channels):
                    if ch not in spec.channels:
                        errors.append(f"{at(*base, cls, cat, 'channels', i)}: channel {ch!r} is not one of "
                                      f"{', '.join(spec.channels)}")
        if need_default:
            for cls in classes:
                row = table.get(cls)
                if row is None:
                    errors.append(f"{at(*base)}: no rules for recipient class {cls!r}")
                elif "default" not in row and not set(cats) <= set(row):
                    errors.append(f"{at(*base, cls)}: class {cls!r} needs a 'default' rule "
                                  f"(or one rule per category)")

    check_table(spec.rules, ("rules",), need_default=True)
    for i, ov in enumerate(spec.overrides):
        check_table(ov.rules, ("overrides", i, "rules"), need_default=False)
        if not ov.match.senders and not ov.match.sender_domains:
            errors.append(f"{at('overrides', i, 'match')}: an override needs senders or sender_domains")
    if spec.exceptions.public_label:
        for i, c in enumerate(spec.exceptions.public_label.waives):
            if c not in cats:
                where = at("exceptions", "public_label", "waives", i)
                errors.append(f"{where}: category {c!r} is not one of {', '.join(cats)}")
    return errors


def _by_line(lines: list[str]) -> list[str]:
    def key(line: str) -> tuple[int, int]:
        m = re.match(r".*?:(\d+):(\d+): ", line)
        return (int(m.group(1)), int(m.group(2))) if m else (0, 0)

    return sorted(dict.fromkeys(lines), key=key)


def parse_policy(text: str, filename: str = "<policy>") -> PolicySpec:
    """Validate policy YAML text; raise PolicyError with one ``file:line:col: message`` per problem."""
    marked = _Marked(filename)
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        raise PolicyError([f"{marked.where(mark)}: not valid YAML: {e.problem or e.context}"]) from None
    except yaml.YAMLError as e:
        raise PolicyError([f"{filename}: not valid YAML: {e}"]) from None
    if node is None:
        raise PolicyError([f"{filename}: the policy file is empty"])
    data = marked.build(node)
    if marked.errors:
        raise PolicyError(marked.errors)
    if not isinstance(data, dict):
        raise PolicyError([f"{marked.where(node.start_mark)}: a policy is a mapping of sections"])
    try:
        spec = PolicySpec.model_validate(data)
    except ValidationError as e:
        raise PolicyError(_by_line(_merge_alternatives([_human(err, marked) for err in e.errors()]))) from None
    notes: list[str] = []
    errors = _cross_check(spec, marked, notes)
    if errors:
        raise PolicyError(_by_line(errors))
    spec._notes = _by_line(notes)
    return spec


def load_policy(path: str | Path) -> Policy:
    """Read, validate and compile the policy at ``path``; raise PolicyError on any problem."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as e:
        raise PolicyError([f"{p}: cannot read: {e.strerror or e}"]) from None
    except UnicodeDecodeError:
        raise PolicyError([f"{p}: not UTF-8 text"]) from None
    return Policy(parse_policy(text, str(p)), path=p)


# --- deciding --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RecipientVerdict:
    """What the table says for one recipient: its class, categories found and the action."""

    recipient_class: str
    action: str
    categories: tuple[str, ...]
    channels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OverrideTerms:
    """The sender may release this bounced message with a reply: until when, and must they say why."""

    expires_seconds: int
    justification_required: bool


@dataclass(slots=True)
class Evaluation:
    """The full reasoning for one message (the Decision is its summary)."""

    decision: Decision
    per_class: dict[str, RecipientVerdict] = field(default_factory=dict)
    blocking: list[Finding] = field(default_factory=list)
    public_label: bool = False
    recipient_class: dict[str, str] = field(default_factory=dict)  # recipient address -> class
    # Set when the decision is `bounce` and every rule that holds the message lets the sender
    # override it (rules[class][category].override), its weak-score condition included.
    override: OverrideTerms | None = None


class Policy:
    """A validated policy, compiled for fast per-message decisions."""

    def __init__(self, spec: PolicySpec, path: Path | None = None) -> None:
        self.spec = spec
        self.path = path
        self._category_of: dict[str, str] = {
            et: cid for cid, cat in spec.categories.items() for et in cat.entity_types
        }
        self._internal = tuple(spec.organisation.internal_domains)
        self._transport = {h.lower() for h in spec.exceptions.transport_headers}
        self._honoured = set(spec.exceptions.detector_exceptions)
        self._ignore_details = {k: tuple(v) for k, v in spec.exceptions.ignore_details.items()}

    # -- facts other stages need ------------------------------------------------------------
    @property
    def org_ibans(self) -> frozenset[str]:
        """The organisation's own IBANs (compact, upper case), for the IBAN detector."""
        return frozenset(self.spec.organisation.ibans)

    @property
    def retention_days(self) -> int:
        return self.spec.retention_days

    @property
    def dpo_address(self) -> str:
        return self.spec.organisation.dpo_address

    @property
    def templates_dir(self) -> Path:
        base = self.path.parent if self.path else Path("policies")
        return base / "templates"

    def channel(self, cid: str) -> Channel:
        spec = self.spec.channels[cid]
        return Channel(id=cid, name=self.channel_name(cid, "en"), url=spec.url)

    def channel_name(self, cid: str, lang: str) -> str:
        spec = self.spec.channels.get(cid)
        if spec is None:
            return cid
        if isinstance(spec.name, str):
            return spec.name
        return spec.name.get(lang) or spec.name.get("en") or next(iter(spec.name.values()))

    def label(self, kind: Literal["category", "class"], key: str, lang: str) -> str:
        table = self.spec.categories if kind == "category" else self.spec.recipient_classes
        spec = table.get(key)
        if spec is None:
            return key
        return spec.label.get(lang) or spec.label.get("en") or key

    # -- classification ---------------------------------------------------------------------
    def classify(self, address: str) -> str:
        """The recipient class of one address (first matching class, else default_class)."""
        domain = domain_of(address)
        if _matches(domain, self._internal, ()) and "internal" in self.spec.recipient_classes:
            return "internal"
        for cid, cls in self.spec.recipient_classes.items():
            if _matches(domain, cls.domains, cls.suffixes):
                return cid
        return self.spec.default_class

    def category_of(self, finding: Finding) -> str | None:
        cat = self._category_of.get(finding.entity_type)
        if cat is None and self.spec.unmapped_entity_types != "ignore":
            return self.spec.unmapped_entity_types
        return cat

    def counts(self, finding: Finding) -> bool:
        """Whether a finding counts against the message (exceptions of section 6 applied)."""
        if finding.allowed and (finding.exception in self._honoured):
            return False
        prefixes = self._ignore_details.get(finding.entity_type)
        if prefixes and finding.detail and finding.detail.startswith(prefixes):
            return False
        loc = finding.location
        return not (loc.startswith("header:") and loc[7:].strip().lower() in self._transport)

    def _override(self, sender: str) -> OverrideSpec | None:
        sender_l = sender.lower()
        domain = domain_of(sender)
        for ov in self.spec.overrides:
            if sender_l in {s.lower() for s in ov.match.senders}:
                return ov
            if _matches(domain, ov.match.sender_domains, ()):
                return ov
        return None

    def _rule(self, cls: str, cat: str, ov: OverrideSpec | None) -> RuleSpec:
        if ov is not None:
            row = ov.rules.get(cls, {})
            if cat in row:
                return row[cat]
            if "default" in row and cat not in self.spec.rules.get(cls, {}):
                return row["default"]
        row = self.spec.rules[cls]
        return row.get(cat) or row["default"]

    def rule_action(self, cls: str, cat: str, sender: str = "") -> str:
        """The table's action for a recipient class and category (a sender's department override applied)."""
        if cls not in self.spec.rules:
            return "allow"
        return self._rule(cls, cat, self._override(sender) if sender else None).action

    def is_public(self, report: ScanReport) -> bool:
        """The message carries the organisation's public classification label (FISP level 0)."""
        pl = self.spec.exceptions.public_label
        if pl is None:
            return False
        value = report.header(pl.header)
        if value is not None and value.strip().lower() in {v.lower() for v in pl.public_values}:
            return True
        msip = report.header("msip_labels")
        if msip and pl.msip_public_label_ids:
            enabled = {
                m.group(1).lower()
                for m in re.finditer(r"MSIP_Label_([0-9a-fA-F-]{36})_Enabled\s*=\s*true", msip, re.I)
            }
            return bool(enabled & {i.lower() for i in pl.msip_public_label_ids})
        return False

    def language(self, envelope: Envelope, report: ScanReport) -> str | None:
        """The sender's language (nl/fr/de/en), or None for 'all four'."""
        ov = self._override(envelope.mail_from)
        if ov is not None and ov.language:
            return ov.language
        domain = envelope.sender_domain
        langs = self.spec.languages.sender_domains
        for d, lang in langs.items():
            if _matches(domain, (d.lower(),), ()):
                return lang
        cl = report.header("Content-Language")
        if cl:
            tag = cl.split(",")[0].strip().lower()[:2]
            if tag in LANGUAGES:
                return tag
        default = self.spec.languages.default
        return None if default == "all" else default

    def evaluate(self, envelope: Envelope, report: ScanReport) -> Evaluation:
        """Apply the decision table to every recipient; the strictest action wins."""
        ov = self._override(envelope.mail_from)
        mode = (ov.mode if ov and ov.mode else None) or self.spec.mode
        blocking = [f for f in report.findings if self.counts(f)]
        cats: list[str] = []
        for f in blocking:
            c = self.category_of(f)
            if c is not None and c not in cats:
                cats.append(c)
        cats.sort(key=list(self.spec.categories).index)
        public = self.is_public(report)
        label = self.spec.exceptions.public_label
        per_class: dict[str, RecipientVerdict] = {}
        rcpt_class: dict[str, str] = {}
        used: dict[tuple[str, str], RuleSpec] = {}  # (class, category) -> the rule applied
        for rcpt in envelope.rcpt_tos:
            cls = rcpt_class[rcpt] = self.classify(rcpt)
            if cls in per_class:
                continue
            if not cats:
                rule = self.spec.no_findings
                per_class[cls] = RecipientVerdict(cls, rule.action, (), tuple(rule.channels))
                continue
            actions: dict[str, RuleSpec] = {}
            for cat in cats:
                rule = self._rule(cls, cat, ov)
                if public and label is not None and cat in label.waives and \
                        STRICTNESS[rule.action] > STRICTNESS[label.action]:
                    rule = RuleSpec(action=label.action, channels=rule.channels)
                actions[cat] = used[(cls, cat)] = rule
            action = strictest([r.action for r in actions.values()])
            channels: list[str] = []
            for cat in cats:
                if actions[cat].action == action:
                    channels += [c for c in actions[cat].channels if c not in channels]
            hit = tuple(c for c in cats if STRICTNESS[actions[c].action] > 0)
            per_class[cls] = RecipientVerdict(cls, action, hit, tuple(channels))
        action = strictest([v.action for v in per_class.values()])
        channels = []
        for v in per_class.values():
            if v.action == action:
                channels += [c for c in v.channels if c not in channels]
        concerned = tuple(c for c in cats if any(c in v.categories for v in per_class.values()))
        if not concerned:
            cats_for_reason: tuple[str, ...] = tuple(cats)
        else:
            cats_for_reason = concerned
        would_have = None
        if mode == "monitor" and STRICTNESS[action] > STRICTNESS["monitor"]:
            would_have, action = action, "monitor"
        reason = self._reason(action, would_have, cats_for_reason, per_class, channels)
        headers: tuple[tuple[str, str], ...] = ()
        if self.spec.verdict_header and action in ("allow", "monitor"):
            value = action if not concerned else f"{action}; categories={','.join(concerned)}"
            if would_have:
                value += f"; would-have={would_have}"
            headers = ((self.spec.verdict_header, value),)
        decision = Decision(
            action=action,
            reason=reason,
            categories=concerned,
            recipient_classes=tuple(per_class),
            channels=tuple(self.channel(c) for c in channels),
            add_headers=headers,
            would_have=would_have,
            language=self.language(envelope, report),
        )
        terms = self._override_terms(used, blocking) if decision.action == "bounce" else None
        return Evaluation(decision=decision, per_class=per_class, blocking=blocking, public_label=public,
                          recipient_class=rcpt_class, override=terms)

    def _override_terms(self, used: dict[tuple[str, str], RuleSpec], blocking: list[Finding]) -> OverrideTerms | None:
        """Every rule that holds the message must allow a sender override (and its findings be weak)."""
        terms: list[SenderOverrideSpec] = []
        for (_cls, cat), rule in used.items():
            if STRICTNESS[rule.action] <= STRICTNESS["monitor"]:
                continue  # this class/category does not hold the message
            o = rule.override
            if o is None or not o.allowed:
                return None
            if o.score_below is not None and any(
                f.score >= o.score_below for f in blocking if self.category_of(f) == cat
            ):
                return None
            terms.append(o)
        if not terms:
            return None
        return OverrideTerms(
            expires_seconds=min(t.expires for t in terms),
            justification_required=any(t.justification == "required" for t in terms),
        )

    def decide(self, envelope: Envelope, report: ScanReport) -> Decision:
        """The Decision for one message (see :meth:`evaluate` for the reasoning behind it)."""
        return self.evaluate(envelope, report).decision

    def _reason(self, action: str, would_have: str | None, cats: tuple[str, ...],
                per_class: dict[str, RecipientVerdict], channels: list[str]) -> str:
        if not cats:
            return "no personal data found"
        if action == "allow":
            return f"{'/'.join(cats)} allowed for {','.join(per_class)} recipient"
        classes = ",".join(c for c, v in per_class.items() if v.categories)
        text = f"{'/'.join(cats)} for {classes} recipient"
        if channels:
            names = ", ".join(
                f"{self.channel_name(c, 'en')} {self.spec.channels[c].url}".strip() for c in channels
            )
            text += f"; use {names}"
        if would_have:
            text += f" (monitor: would {would_have})"
        text = " ".join(text.split())
        return text.encode("ascii", "replace").decode("ascii")


def _matches(domain: str, domains: _Names, suffixes: _Names) -> bool:
    """Domain equals or is a subdomain of one of ``domains``, or ends with one of ``suffixes``."""
    if not domain:
        return False
    for d in domains:
        if domain == d or domain.endswith("." + d):
            return True
    return any(domain.endswith(s) for s in suffixes)


class PolicyHolder:
    """The current policy; ``reload()`` swaps it atomically, keeping the old one on errors."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._policy = load_policy(self.path)

    @property
    def current(self) -> Policy:
        return self._policy

    def reload(self) -> bool:
        """Re-read the file. Return True when the new policy is in force."""
        try:
            new = load_policy(self.path)
        except PolicyError as e:
            log.error("policy reload refused, keeping the previous policy: %s", "; ".join(e.lines))
            return False
        self._policy = new  # one reference assignment: readers see the old or the new policy
        log.info("policy reloaded from %s", self.path)
        return True
