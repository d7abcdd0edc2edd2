"""Delivering watchlist alerts: a JSON POST to a webhook, an email over SMTP, or entries in an Atom file.

Each alert carries the fact, its source (document id, title, URL or path, date) and its quote. A
delivery is tried three times with backoff; only after it succeeds are its facts marked as sent to
that target (at once, atomically), so a failure loses nothing and the next run sends them again."""
from __future__ import annotations

import json
import smtplib
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import httpx

from ..analysis import watchlists
from ..analysis.watchlists import WatchResult
from ..model.errors import InvalidInput, PharmalensError
from ..settings import Settings
from ..sources.web import new_client, refusal

ATOM = "http://www.w3.org/2005/Atom"
ATOM_KEEP = 500
ATTEMPTS = 3
_PARTIES = ("licensor", "licensee", "company")
_DETAILS = ("asset", "deal_type", "nuclide", "target", "stage", "agency", "event", "endpoint", "value", "metric",
            "round", "upfront", "total", "amount")


class DeliveryFailed(PharmalensError):
    """A channel refused an alert (a private webhook address, an HTTP error); the next run retries."""

    code = "delivery_failed"


@dataclass(frozen=True)
class Target:
    kind: str  # "webhook", "email" or "feed"
    address: str

    @property
    def channel(self) -> str:
        return f"{self.kind}={self.address}"


@dataclass(frozen=True)
class Delivery:
    watchlist: str
    target: Target
    sent: int
    error: str | None = None


def parse_target(text: str) -> Target:
    kind, _, address = text.partition("=")
    if kind not in ("webhook", "email", "feed") or not address:
        raise InvalidInput(f"bad --deliver {text!r}: write webhook=URL, email=ADDRESS or feed=PATH")
    if kind == "email" and "@" not in address:
        raise InvalidInput(f"bad --deliver {text!r}: not an email address")
    return Target(kind, address)


def alert(fact: dict[str, Any], documents: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """One fact as an alert: a one-line summary, the fact, its source and its quote."""
    doc = documents.get(fact.get("document"), {})
    evidence = fact.get("evidence") or []
    source = {"document": fact.get("document"), "name": doc.get("name"), "title": doc.get("title"),
              "url": doc.get("url") or doc.get("source"), "published": doc.get("published")}
    return {"id": fact["id"], "summary": summary(fact), "fact": fact, "source": source,
            "quote": evidence[0]["quote"] if evidence else "", "page": evidence[0].get("page") if evidence else None,
            "evidence": evidence}


def summary(fact: dict[str, Any]) -> str:
    parties = " / ".join(str(fact[k]) for k in _PARTIES if fact.get(k))
    details = ", ".join(f"{k} {_plain(fact[k])}" for k in _DETAILS if fact.get(k) not in (None, [], ""))
    return f"{fact.get('type', 'fact')}: {parties or 'unnamed'}" + (f" ({details})" if details else "")


def _plain(value: Any) -> str:
    if isinstance(value, dict) and "amount" in value:
        return f"{value['amount']:g} {value.get('currency', '')}".strip()
    if isinstance(value, list):
        return "/".join(str(v) for v in value)
    return str(value)


def deliver(results: list[WatchResult], target: Target, documents: dict[str, dict[str, Any]], settings: Settings,
            path: str | Path | None = None, pause: Callable[[float], None] = time.sleep) -> list[Delivery]:
    """Send each watchlist's new facts to the target; mark them sent only once the target took them."""
    send = {"webhook": _webhook, "email": _email, "feed": _atom}[target.kind]
    out = []
    for result in results:
        if not result.new:
            out.append(Delivery(result.name, target, 0))
            continue
        alerts = [alert(f, documents) for f in result.new]
        error = None
        for attempt in range(ATTEMPTS):
            if attempt:
                pause(settings.fetch_backoff * 2 ** (attempt - 1))
            try:
                send(result, alerts, target, settings)
                error = None
                break
            except (DeliveryFailed, OSError, httpx.HTTPError, smtplib.SMTPException, ValueError, ET.ParseError) as exc:
                error = f"{type(exc).__name__}: {exc}"
        if error is None:
            watchlists.mark_sent(result.name, target.channel, [a["id"] for a in alerts], path)
        out.append(Delivery(result.name, target, 0 if error else len(alerts), error))
    return out


def _webhook(result: WatchResult, alerts: list[dict[str, Any]], target: Target, settings: Settings) -> None:
    refused = refusal(target.address, settings)
    if refused is not None:
        raise DeliveryFailed(f"{refused.code}: {refused.reason}")
    body = {"watchlist": result.name, "expression": result.expression, "alerts": alerts}
    with new_client(settings) as client:
        response = client.post(target.address, content=json.dumps(body, ensure_ascii=False, default=str),
                               headers={"Content-Type": "application/json; charset=utf-8"})
    if response.status_code >= 300:
        raise DeliveryFailed(f"webhook answered HTTP {response.status_code}")


def _email(result: WatchResult, alerts: list[dict[str, Any]], target: Target, settings: Settings) -> None:
    smtp = settings.smtp
    message = EmailMessage()
    message["Subject"] = f"pharmalens: {len(alerts)} new for {result.name}"
    message["From"] = smtp.sender
    message["To"] = target.address
    lines = [f"Watchlist {result.name}: {result.expression}", ""]
    for a in alerts:
        lines += [a["summary"], f"  source: {a['source']['title'] or ''} {a['source']['url'] or ''}".rstrip(),
                  f"  document: {a['source']['name'] or a['source']['document']}"]
        lines += [f"  quote: \u201c{e['quote']}\u201d" + (f" (page {e['page']})" if e.get("page") else "")
                  for e in a["evidence"][:3]]
        lines.append("")
    message.set_content("\n".join(lines))
    with smtplib.SMTP(smtp.host, smtp.port, timeout=settings.fetch_timeout) as server:
        if smtp.starttls:
            server.starttls()
        if smtp.user and smtp.password:
            server.login(smtp.user, smtp.password)
        server.send_message(message)


def _atom(result: WatchResult, alerts: list[dict[str, Any]], target: Target, _settings: Settings) -> None:
    """New alerts go first into the Atom file, older entries are kept up to ATOM_KEEP."""
    path = Path(target.address).expanduser()
    ET.register_namespace("", ATOM)
    old = ET.parse(path).getroot().findall(f"{{{ATOM}}}entry") if path.exists() else []
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    feed = ET.Element(f"{{{ATOM}}}feed")
    _sub(feed, "id", f"urn:pharmalens:alerts:{path.name}")
    _sub(feed, "title", "pharmalens alerts")
    _sub(feed, "updated", now)
    for a in alerts:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _sub(entry, "id", f"urn:pharmalens:{result.name}:{a['id']}")
        _sub(entry, "title", a["summary"])
        _sub(entry, "updated", now)
        if a["source"]["url"]:
            ET.SubElement(entry, f"{{{ATOM}}}link", href=str(a["source"]["url"]))
        _sub(entry, "summary", f"\u201c{a['quote']}\u201d \u2014 {a['source']['title'] or a['source']['document']}")
        _sub(entry, "content", json.dumps(a, ensure_ascii=False, default=str)).set("type", "text")
    known = {e.findtext(f"{{{ATOM}}}id") for e in feed.findall(f"{{{ATOM}}}entry")}
    feed.extend([e for e in old if e.findtext(f"{{{ATOM}}}id") not in known][: ATOM_KEEP - len(alerts)])
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".tmp")
    ET.ElementTree(feed).write(partial, encoding="utf-8", xml_declaration=True)
    partial.replace(path)


def _sub(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}")
    element.text = text
    return element
