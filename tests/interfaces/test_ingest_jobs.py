"""Uploads off the request path: `POST /api/ingest` answers 202 with a job, one background thread
ingests it, and `GET /api/ingest/jobs/{id}` reports the outcome with reason codes (any server process
can: jobs are kept in the store)."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import httpx
import psutil

with warnings.catch_warnings():  # starlette suggests httpx2; httpx is what the project pins
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from pharmalens.interfaces.api import create_app
from pharmalens.interfaces.job_owners import new_owner
from pharmalens.pipeline import run
from pharmalens.settings import Settings
from pharmalens.store import Store

TOKEN = "j0b-token"
NEWS = ("SUZHOU, June 9, 2026 -- Taihu Radiomedicine Co., Ltd. licensed TR-12, a Phase I Lu-177 FAP radioligand, "
        "to Osprey Oncology Inc. for an upfront payment of $15 million.\n")
NEWS_ZH = "太湖放射医药与鱼鹰肿瘤签署许可协议，TR-13处于临床II期，首付款2亿元人民币。\n"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def upload(client: TestClient, name: str, text: str):
    return client.post("/api/ingest", files={"file": (name, text.encode("utf-8"), "text/plain")}, headers=AUTH)


def test_uploads_are_jobs_with_outcomes(url, job_outcome):
    with TestClient(create_app(url, api_token=TOKEN), base_url="http://127.0.0.1") as client:
        first = upload(client, "taihu.txt", NEWS)
        assert first.status_code == 202 and first.headers["location"] == first.json()["url"]
        assert first.json()["status"] == "queued"
        job = job_outcome(client, first, TOKEN)
        assert (job["status"], job["name"], job["outcome"]["stored"]) == ("done", "taihu.txt", 1)
        assert job["submitted_at"] <= job["finished_at"]
        again = job_outcome(client, upload(client, "taihu.txt", NEWS), TOKEN)
        assert again["id"] != job["id"] and again["outcome"]["stored"] == 0
        assert again["outcome"]["unchanged"] + again["outcome"]["duplicates"] == 1
        chinese = job_outcome(client, upload(client, "taihu_zh.txt", NEWS_ZH), TOKEN)
        assert chinese["outcome"]["stored"] == 1
        blank = job_outcome(client, upload(client, "blank.txt", " \n"), TOKEN)
        assert blank["status"] == "done" and [s["item"] for s in blank["outcome"]["skipped"]] == ["blank.txt"]
        assert all(s["code"] for s in blank["outcome"]["skipped"])
        assert client.get("/api/documents").json()["total"] == 2
    with Store(url) as store:  # the outcome is kept in the store, where every server process reads it
        assert store.job(job["id"])["outcome"]["stored"] == 1


def test_a_job_needs_the_token_and_an_unknown_one_is_404(url):
    with TestClient(create_app(url, api_token=TOKEN), base_url="http://127.0.0.1") as client:
        posted = upload(client, "taihu.txt", NEWS)
        assert client.get(posted.json()["url"]).status_code == 401
        assert client.get(posted.json()["url"], headers={"Authorization": "Bearer nope"}).status_code == 401
        missing = client.get("/api/ingest/jobs/0123456789abcdef", headers=AUTH)
        assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
        too_long = client.get("/api/ingest/jobs/" + "a" * 65, headers=AUTH)
        assert too_long.status_code == 422



def ended_process_owner() -> str:
    """The owner name a job would carry from a server process that has since ended."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        owner = f"{socket.gethostname()}:{child.pid}:{psutil.Process(child.pid).create_time():.3f}:q1"
    finally:
        child.kill()
        child.wait()
    return owner


def test_jobs_of_an_ended_server_process_end_as_interrupted(url):
    with Store(url) as store:
        store.upgrade()
        lost = store.queue_job("lost.txt", ended_process_owner())
        half = store.queue_job("half.txt", ended_process_owner())
        store.update_job(half, "running")
        live = store.queue_job("kept.txt", new_owner())
        finished = store.queue_job("done.txt", ended_process_owner())
        store.update_job(finished, "done", {"stored": 1})
        leftover = Path(tempfile.mkdtemp(prefix=f"pharmalens-upload-{lost}-"))
    with TestClient(create_app(url, api_token=TOKEN), base_url="http://127.0.0.1") as client:
        for job_id in (lost, half):
            job = client.get(f"/api/ingest/jobs/{job_id}", headers=AUTH).json()
            assert (job["status"], job["outcome"]["error"]["code"]) == ("failed", "interrupted")
            assert job["finished_at"] >= job["submitted_at"]
        assert client.get(f"/api/ingest/jobs/{live}", headers=AUTH).json()["status"] == "queued"
        assert client.get(f"/api/ingest/jobs/{finished}", headers=AUTH).json()["outcome"] == {"stored": 1}
        assert not leftover.exists()
        with Store(url) as store:  # a process that ends while this server runs: seen when its job is read
            later = store.queue_job("later.txt", ended_process_owner())
            assert store.job(later)["status"] == "queued"
        job = client.get(f"/api/ingest/jobs/{later}", headers=AUTH).json()
        assert (job["status"], job["outcome"]["error"]["code"]) == ("failed", "interrupted")


def news_page(articles: int) -> str:
    """One upload holding many articles (each opened by a headline and a byline), English and Chinese."""
    partners = ["Marlin Bio", "Heron Pharma", "Kestrel Oncology", "Wren Therapeutics"]
    parts = []
    for n in range(articles):
        if n % 3 == 2:
            parts.append(f"甬江放射医药授权交易{n}\n本报记者 周明\n甬江放射医药将YJ-{n:03d}授权给海鹭制药，"
                         f"首付款{n + 3}亿元人民币，YJ-{n:03d}处于临床II期。\n\n")
        else:
            parts.append(f"Yongjiang deal {n}\nBy Dana Whitfield\nNINGBO, March {n % 28 + 1}, 2026 -- Yongjiang "
                         f"Radiopharma Co., Ltd. licensed YJ-{n:03d}, a Phase I Lu-177 radioligand, to "
                         f"{partners[n % 4]} for an upfront payment of ${n + 5} million.\n\n")
    return "".join(parts)


def start_server(database: str, port: int, log: Path) -> subprocess.Popen:
    env = {**os.environ, "PHARMALENS_API_TOKEN": TOKEN}
    with log.open("ab") as sink:
        return subprocess.Popen([sys.executable, "-m", "pharmalens", "serve", "--workers", "1", "--port", str(port),
                                 "--database", database], env=env, stdout=sink, stderr=sink)


def wait_until_up(server: subprocess.Popen, base: str, log: Path) -> None:
    deadline = time.monotonic() + 120
    while True:
        assert server.poll() is None, log.read_text(errors="replace")[-2000:]
        assert time.monotonic() < deadline, "serve did not answer within 120 s"
        try:
            httpx.get(base + "/api/documents?limit=1", timeout=10)
            return
        except httpx.TransportError:
            time.sleep(0.2)


def stored_facts(url: str) -> dict[str, set[str]]:
    """Each stored document's content hash → its facts, without their ids (which depend on the path the
    upload had on the server) and the time they were written."""
    with Store(url) as store:
        rows = list(store.export_records())
    hashes = {row["id"]: row["content_hash"] for row in rows if row["type"] == "document"}
    facts: dict[str, set[str]] = {content: set() for content in hashes.values()}
    for row in rows:
        if row["type"] == "fact":
            kept = sorted((key, value) for key, value in row.items() if key not in ("created_at", "type"))
            facts[hashes[row["document_id"]]].add(repr(kept).replace(row["document_id"], "<document>")
                                                  .replace(row["id"], "<fact>"))
    return facts


def test_a_job_killed_with_its_server_ends_interrupted_and_nothing_is_half_written(server_url, tmp_path, free_port,
                                                                                    stop_server):
    page = news_page(90)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "yongjiang.txt").write_text(page, encoding="utf-8")
    with Store(f"sqlite:///{tmp_path / 'whole.db'}") as whole:
        whole.upgrade()
        run([tmp_path / "news" / "yongjiang.txt"], whole, Settings(workers=1))
    expected = stored_facts(f"sqlite:///{tmp_path / 'whole.db'}")
    log, port = tmp_path / "serve.log", free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(server_url, port, log)
    try:
        wait_until_up(server, base, log)
        posted = httpx.post(base + "/api/ingest", headers=AUTH, timeout=60,
                            files={"file": ("yongjiang.txt", page.encode("utf-8"), "text/plain")})
        assert posted.status_code == 202, posted.text
        deadline = time.monotonic() + 120
        while httpx.get(base + "/api/documents?limit=1", timeout=30).json()["total"] == 0:
            assert time.monotonic() < deadline, "the upload stored nothing within 120 s"
            time.sleep(0.05)
        assert httpx.get(base + posted.json()["url"], headers=AUTH, timeout=30).json()["status"] == "running"
    finally:
        server.send_signal(signal.SIGKILL)
        server.wait()
    partly = stored_facts(server_url)
    assert 0 < len(partly) < len(expected), "the job was not killed midway: make the upload longer"
    assert {content: expected[content] for content in partly} == partly  # every stored document is whole
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(server_url, port, log)
    try:
        wait_until_up(server, base, log)
        job = httpx.get(base + posted.json()["url"], headers=AUTH, timeout=30).json()
        assert (job["status"], job["outcome"]["error"]["code"]) == ("failed", "interrupted")
        assert job["finished_at"]
        again = httpx.post(base + "/api/ingest", headers=AUTH, timeout=60,
                           files={"file": ("yongjiang.txt", page.encode("utf-8"), "text/plain")})
        with httpx.Client(base_url=base, timeout=30) as client:
            redone = wait_for_job(client, again)
        assert redone["status"] == "done" and redone["outcome"]["stored"] == len(expected) - len(partly)
    finally:
        stop_server(server)
    assert stored_facts(server_url) == expected


def wait_for_job(client: httpx.Client, response: httpx.Response, seconds: float = 180) -> dict:
    deadline = time.monotonic() + seconds
    while (job := client.get(response.json()["url"], headers=AUTH).json())["status"] in ("queued", "running"):
        assert time.monotonic() < deadline, f"ingest job still {job['status']} after {seconds} s"
        time.sleep(0.1)
    return job
