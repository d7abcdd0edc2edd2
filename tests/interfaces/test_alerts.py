"""`watch run --deliver`: a webhook receiver and an SMTP server (aiosmtpd) on 127.0.0.1 and an Atom
file; each alert has the fact, its source and its quote; failures are retried, reported and lose nothing."""
import json
import xml.etree.ElementTree as ET
from email import message_from_bytes
from email.policy import default

import pytest
from aiosmtpd.controller import Controller
from typer.testing import CliRunner

from pharmalens.interfaces.cli import app
from pharmalens.settings import get_settings

runner = CliRunner()
ATOM = "{http://www.w3.org/2005/Atom}"
NEWS = {
    "kb.txt": ("Kingfisher Bio licenses KF-225 to Larkspur Oncology\n\nBOSTON, May 6, 2025 -- Kingfisher Bio, Inc. "
               "announced an exclusive license agreement with Larkspur Oncology, Inc. for KF-225, an Ac-225 labelled "
               "PSMA radioligand in Phase 1 for prostate cancer. Larkspur will pay an upfront payment of US$25 million.\n"),
    "mb.txt": ("Marlin Pharma doses first patient with MP-177\n\nSAN DIEGO, May 8, 2025 -- Marlin Pharma, Inc. "
               "announced that the first patient was dosed in a Phase 2 trial of MP-177, a Lu-177 labelled SSTR2 "
               "radioligand for neuroendocrine tumours.\n"),
}


class Mailbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content, policy=default))
        return "250 OK"


@pytest.fixture
def watched(tmp_path):
    for name, text in NEWS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'w.db'}"
    assert runner.invoke(app, ["ingest", str(tmp_path / "kb.txt"), str(tmp_path / "mb.txt"), "--database", db]).exit_code == 0
    file = str(tmp_path / "watch.json")
    assert runner.invoke(app, ["watch", "add", "actinium", "nuclide=Ac-225", "--file", file]).exit_code == 0
    return ["--file", file, "--database", db]


def test_webhook_gets_cited_alerts_after_retries_and_a_failure_keeps_them_unsent(web, watched):
    answers = iter([500, 500, 500, 503, 200])
    web.routes["/hook"] = lambda request: (next(answers), {"Content-Type": "text/plain"}, b"")
    target = f"webhook={web.url('/hook')}"
    failed = runner.invoke(app, ["watch", "run", "--deliver", target, *watched])
    assert failed.exit_code == 1 and "HTTP 500" in failed.output and len(web.hits("/hook")) == 3
    sent = runner.invoke(app, ["watch", "run", "--deliver", target, "--json", *watched])
    assert sent.exit_code == 0, sent.output
    assert json.loads(sent.stdout) == [{"watchlist": "actinium", "target": target, "sent": 2, "error": None}]
    body = json.loads(web.hits("/hook")[-1].body)
    assert body["watchlist"] == "actinium" and {a["fact"]["type"] for a in body["alerts"]} == {"deal", "asset"}
    for a in body["alerts"]:
        assert a["source"]["name"] == "kb.txt#1" and a["source"]["title"].startswith("Kingfisher Bio")
        assert a["source"]["document"].startswith("doc_")
        assert a["quote"] and a["quote"] in NEWS["kb.txt"] and "KF-225" in a["summary"]
    again = runner.invoke(app, ["watch", "run", "--deliver", target, "--json", *watched])
    assert json.loads(again.stdout)[0]["sent"] == 0 and len(web.hits("/hook")) == 5
    plain = runner.invoke(app, ["watch", "run", "--json", *watched])
    assert len(json.loads(plain.stdout)[0]["new"]) == 2  # delivery marks are per target


def test_email_over_smtp_with_settings_from_the_environment(monkeypatch, watched, free_port):
    mailbox = Mailbox()
    port = free_port()
    monkeypatch.setenv("PHARMALENS_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("PHARMALENS_SMTP_PORT", str(free_port()))  # nobody listens there yet
    monkeypatch.setenv("PHARMALENS_SMTP_FROM", "alerts@pharmalens.test")
    monkeypatch.setenv("PHARMALENS_FETCH_BACKOFF", "0.01")
    get_settings.cache_clear()
    down = runner.invoke(app, ["watch", "run", "--deliver", "email=bd@example.com", *watched])
    assert down.exit_code == 1 and "ConnectionRefusedError" in down.output
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        monkeypatch.setenv("PHARMALENS_SMTP_PORT", str(port))
        get_settings.cache_clear()
        up = runner.invoke(app, ["watch", "run", "--deliver", "email=bd@example.com", *watched])
        assert up.exit_code == 0, up.output
    finally:
        controller.stop()
        get_settings.cache_clear()
    [message] = mailbox.messages
    assert message["To"] == "bd@example.com" and message["From"] == "alerts@pharmalens.test"
    body = message.get_content()
    assert "actinium" in message["Subject"] and "kb.txt#1" in body and "KF-225" in body
    assert "Larkspur will pay an upfront payment of US$25 million." in body


def test_atom_file_keeps_earlier_entries_and_links_sources(tmp_path, watched):
    path = tmp_path / "alerts" / "actinium.xml"
    first = runner.invoke(app, ["watch", "run", "--deliver", f"feed={path}", *watched])
    assert first.exit_code == 0, first.output
    entries = ET.parse(path).getroot().findall(f"{ATOM}entry")
    assert len(entries) == 2
    assert all("Kingfisher Bio" in (e.findtext(f"{ATOM}summary") or "") for e in entries)
    assert all(json.loads(e.findtext(f"{ATOM}content"))["source"]["name"] == "kb.txt#1" for e in entries)
    runner.invoke(app, ["watch", "add", "lutetium", "nuclide=Lu-177", "--file", watched[1]])
    runner.invoke(app, ["watch", "run", "--deliver", f"feed={path}", *watched])
    titles = [e.findtext(f"{ATOM}title") for e in ET.parse(path).getroot().findall(f"{ATOM}entry")]
    assert len(titles) == 3 and any("MP-177" in t for t in titles)


def test_bad_targets_are_refused_before_anything_is_sent(watched):
    for bad in ("pager=123", "email=nobody", "webhook="):
        result = runner.invoke(app, ["watch", "run", "--deliver", bad, *watched])
        assert result.exit_code == 2 and "bad --deliver" in result.output
