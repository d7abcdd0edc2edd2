"""Request timeouts that stop abandoned work: each request runs under a store deadline of
`Settings.request_timeout` seconds (PHARMALENS_REQUEST_TIMEOUT; 0 turns it off).

When the deadline passes, the database statement running for the request is stopped (store/deadlines)
and the client gets 504 `{"error": {"code": "timeout", ...}}`. When the client disconnects first, the
same stop happens at once, so nobody's work keeps a worker busy. Work that is not a database statement
(Python between two reads) runs to the next statement, then stops there."""
from __future__ import annotations

import math
from typing import Any

import anyio
from fastapi.responses import JSONResponse

from ..store import deadline

Scope = dict[str, Any]
Message = dict[str, Any]

TIMEOUT_STATUS = 504
# after the deadline, how long the response may wait for the stopped work to hand its thread back
GRACE_SECONDS = 5.0


def timeout_response(seconds: float) -> JSONResponse:
    return JSONResponse({"error": {"code": "timeout", "message": f"the request took longer than {seconds:g} s "
                                   "and was stopped; narrow it (filters, a smaller page) or try again"}},
                        status_code=TIMEOUT_STATUS)


class RequestDeadline:
    """ASGI middleware: the request's store deadline, a 504 when it passes, a stop when the client leaves."""

    def __init__(self, app: Any, seconds: float) -> None:
        self.app, self.seconds = app, seconds

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not self.seconds:
            await self.app(scope, receive, send)
            return
        started = False

        async def sending(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        inbox_send, inbox = anyio.create_memory_object_stream[Message](math.inf)
        with deadline(self.seconds) as limit, inbox_send, inbox:
            async def listen() -> None:
                """Pass the client's messages on; a disconnect stops the request's work."""
                while True:
                    message = await receive()
                    inbox_send.send_nowait(message)
                    if message["type"] == "http.disconnect":
                        await anyio.to_thread.run_sync(limit.cancel)  # PostgreSQL: a cancel request
                        return

            failure: BaseException | None = None
            async with anyio.create_task_group() as tasks:
                tasks.start_soon(listen)
                with anyio.move_on_after(self.seconds + GRACE_SECONDS) as backstop:
                    try:
                        await self.app(scope, inbox.receive, sending)
                    except Exception as error:  # noqa: BLE001 - raised again below, outside the task group
                        failure = error
                tasks.cancel_scope.cancel()
            if failure is not None:
                raise failure
            if backstop.cancelled_caught and not started and not limit.cancelled:
                await timeout_response(self.seconds)(scope, receive, send)
