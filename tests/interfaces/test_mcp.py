"""`pharmalens mcp` driven by the official `mcp` client: over stdio (tool list, cited answers, tool
errors, writes only with the write token) and over streamable HTTP on 127.0.0.1 behind bearer tokens."""
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import anyio
import httpx
import httpx2
import pytest
import yaml
from mcp import Client
from mcp.client.stdio import StdioServerParameters
from mcp.client.streamable_http import streamable_http_client
from typer.testing import CliRunner

from pharmalens.interfaces.cli import app
from pharmalens.store import Store

ROOT = Path(__file__).resolve().parents[2]
PHARMALENS = str(Path(sys.executable).with_name("pharmalens"))
READ_TOOLS = {"search_documents", "get_document", "company_dossier", "deal_comparables", "landscape",
              "asset_valuation", "radionuclide_decay"}
NEWS = ("Kingfisher Bio licenses KF-225 to Larkspur Oncology\n\nBOSTON, May 6, 2025 -- Kingfisher Bio, Inc. announced "
        "an exclusive license agreement with Larkspur Oncology, Inc. for KF-225, an Ac-225 labelled PSMA radioligand "
        "in Phase 1 for prostate cancer. Larkspur will pay an upfront payment of US$25 million.\n")


@pytest.fixture(scope="module")
def library(tmp_path_factory, filings):
    folder = tmp_path_factory.mktemp("mcp")
    (folder / "kb.txt").write_text(NEWS, encoding="utf-8")
    pdf = filings.filing_pdf(folder / "filing.pdf")
    db = f"sqlite:///{folder / 'mcp.db'}"
    assert CliRunner().invoke(app, ["ingest", str(folder / "kb.txt"), str(pdf), "--database", db]).exit_code == 0
    with Store(db) as store:
        ids = {d["name"]: d["id"] for d in [d.to_json() for d in store.documents(limit=10_000).items]}
    return {"db": db, "folder": folder, "pdf_text": _pdf_text(pdf), "kb": ids["kb.txt#1"], "pdf": ids["filing.pdf#1"]}


def _pdf_text(pdf: Path) -> str:
    from pharmalens.sources.pdf import read_pdf
    return read_pdf(pdf.read_bytes(), pdf.name).text


def stdio(db: str, **env: str) -> Client:
    return Client(StdioServerParameters(command=PHARMALENS, args=["mcp", "--database", db], env=env or None))


def call(client_factory, steps):
    """Run `steps(client)` (an async function) against a fresh client session."""
    async def main():
        async with client_factory() as client:
            return await steps(client)
    return anyio.run(main)


def assert_cited(fact: dict, sources: dict[str, str]) -> None:
    assert fact["citations"], fact
    for c in fact["citations"]:
        assert c["document"] and c["title"] and c["quote"]
        text = sources[c["document"]]
        assert text[c["span"][0]:c["span"][1]] == c["quote"]


def test_stdio_lists_read_tools_and_every_answer_is_cited(library):
    sources = {library["kb"]: NEWS, library["pdf"]: library["pdf_text"]}
    spec = yaml.safe_load((ROOT / "examples" / "valuation" / "ac225_psma_phase1.yaml").read_text(encoding="utf-8"))

    async def steps(client):
        names = {t.name for t in (await client.list_tools()).tools}
        answers = {"names": names}
        for key, tool, args in (
            ("search", "search_documents", {"query": "Kingfisher"}),
            ("document", "get_document", {"document_id": library["pdf"]}),
            ("dossier", "company_dossier", {"name": "Kingfisher Bio"}),
            ("comps", "deal_comparables", {"nuclide": "Ac-225"}),
            ("landscape", "landscape", {"nuclide": "Lu-177"}),
            ("value", "asset_valuation", {"spec": spec, "asset": "KF-225", "paths": 500, "seed": 7}),
            ("decay", "radionuclide_decay", {"nuclide": "177Lu", "after": "6.647 d", "calibration_activity": 10,
                                             "required_activity": 7.4, "handling": "2h"}),
            ("unknown", "company_dossier", {"name": "Nobody Therapeutics"}),
        ):
            answers[key] = await client.call_tool(tool, args)
        return answers

    got = call(lambda: stdio(library["db"]), steps)
    assert got["names"] == READ_TOOLS
    search = got["search"].structured_content
    assert [d["document"] for d in search["documents"]] == [library["kb"]]
    for fact in search["documents"][0]["facts"]:
        assert_cited(fact, sources)
    document = got["document"].structured_content
    assert "⟦" in document["marked_text"] and document["highlights"]
    assert {h["page"] for h in document["highlights"]} == {1, 2}
    for h in document["highlights"]:
        assert "".join(document["text"][h["start"]:h["end"]].split()) == "".join(h["quote"].split())
    for fact in document["facts"]:
        assert_cited(fact, sources)
    dossier = got["dossier"].structured_content
    assert dossier["name"] == "Kingfisher Bio" and dossier["deals"]
    for fact in dossier["deals"] + dossier["assets"]:
        assert_cited(fact, sources)
    comps = got["comps"].structured_content
    assert {d["asset"] for d in comps["deals"]} == {"KF-225", "NWR-225"}
    for deal in comps["deals"]:
        assert_cited(deal, sources)
    cells = got["landscape"].structured_content["cells"]
    assert cells and all(c["nuclide"] == "Lu-177" for c in cells)
    assert any("BLX-177" in c["assets"] for c in cells)
    for cell in cells:
        for fact in cell["facts"]:
            assert_cited(fact, sources)
    value = got["value"].structured_content
    assert value["valuation"]["monte_carlo"]["paths"] == 500 and value["facts"]
    for fact in value["facts"]:
        assert_cited(fact, sources)
    decay = got["decay"].structured_content
    assert decay["fraction_left"] == pytest.approx(0.5, abs=1e-3)
    assert 0 < decay["max_shipping_hours"] < decay["half_life_hours"]
    assert "ICRP" in decay["citations"][0]["title"]
    assert got["unknown"].is_error and "Nobody Therapeutics" in got["unknown"].content[0].text


def test_the_write_tool_exists_only_with_the_write_token(library):
    fact_id = [f.to_json() for f in Store(library["db"]).facts("deal", document_id=library["kb"])][0]["id"]

    async def steps(client):
        names = {t.name for t in (await client.list_tools()).tools}
        result = await client.call_tool("correct_fact", {"record_id": fact_id, "field": "territory",
                                                         "value": "worldwide", "note": "from the MCP test"})
        return names, result

    names, result = call(lambda: stdio(library["db"], PHARMALENS_MCP_WRITE_TOKEN="w-secret"), steps)
    assert names == READ_TOOLS | {"correct_fact"} and not result.is_error
    with Store(library["db"]) as store:
        assert [f.to_json() for f in store.facts("deal", document_id=library["kb"])][0]["territory"] == "worldwide"


@pytest.fixture
def http_server(library, free_port):
    port = free_port()
    env = {**os.environ, "PHARMALENS_MCP_TOKEN": "r-secret", "PHARMALENS_MCP_WRITE_TOKEN": "w-secret"}
    process = subprocess.Popen([PHARMALENS, "mcp", "--http", "--port", str(port), "--database", library["db"]],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.2)
    yield f"http://127.0.0.1:{port}/mcp"
    process.terminate()
    process.wait(timeout=10)


def over_http(url: str, token: str) -> Client:
    return Client(streamable_http_client(url, http_client=httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"})))


def test_http_needs_a_token_and_writes_need_the_write_token(http_server, library):
    fact_id = [f.to_json() for f in Store(library["db"]).facts("asset", document_id=library["kb"])][0]["id"]
    assert httpx.post(http_server, json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"}).status_code == 401

    async def steps(client):
        names = {t.name for t in (await client.list_tools()).tools}
        found = await client.call_tool("search_documents", {"query": "Larkspur"})
        return names, found

    names, found = call(lambda: over_http(http_server, "r-secret"), steps)
    assert names == READ_TOOLS | {"correct_fact"}
    assert found.structured_content["documents"][0]["facts"][0]["citations"]

    async def write(client):
        return await client.call_tool("correct_fact", {"record_id": fact_id, "field": "stage", "value": "phase2",
                                                       "note": "over HTTP"})

    with pytest.raises(Exception):
        call(lambda: over_http(http_server, "r-secret"), write)
    assert [f.to_json() for f in Store(library["db"]).facts("asset", document_id=library["kb"])][0]["stage"] == "phase1"
    assert not call(lambda: over_http(http_server, "w-secret"), write).is_error
    assert [f.to_json() for f in Store(library["db"]).facts("asset", document_id=library["kb"])][0]["stage"] == "phase2"


def test_http_refuses_to_start_without_a_token(library):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PHARMALENS_MCP")}
    done = subprocess.run([PHARMALENS, "mcp", "--http", "--database", library["db"]], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "PHARMALENS_MCP_TOKEN" in done.stderr
