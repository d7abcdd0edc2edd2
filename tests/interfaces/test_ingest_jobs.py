"""Uploads off the request path: `POST /api/ingest` answers 202 with a job, one background thread
ingests it, and `GET /api/ingest/jobs/{id}` reports the outcome with reason codes (any server process
can: jobs are kept in the store)."""
from __future__ import annotations

import warnings

with warnings.catch_warnings():  # starlette suggests httpx2; httpx is what the project pins
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from pharmalens.interfaces.api import create_app
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
