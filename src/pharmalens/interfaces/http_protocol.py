"""The HTTP protocol `pharmalens serve` runs: uvicorn's h11 protocol with Nagle's algorithm off on
every connection.

With more than one worker uvicorn binds the listening socket itself, with protocol number 0, and
asyncio then leaves TCP_NODELAY unset on the connections it accepts (it sets it only on sockets that
say they are TCP). On a kept-alive connection the last small segment of each response then waited
for the client's delayed acknowledgement: about 40 ms added to every request after the first."""
from __future__ import annotations

import asyncio
import socket

from uvicorn.protocols.http.h11_impl import H11Protocol


class NoDelayH11Protocol(H11Protocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
