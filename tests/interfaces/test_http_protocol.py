"""`pharmalens serve`'s HTTP protocol turns Nagle's algorithm off on each connection, also on a socket
bound the way uvicorn binds it for several workers (protocol number 0), where asyncio does not."""
import asyncio
import socket

from uvicorn.config import Config
from uvicorn.server import ServerState

from pharmalens.interfaces.http_protocol import NoDelayH11Protocol


async def _app(scope, receive, send):  # never called: the test only opens a connection
    raise AssertionError("no request is sent")


def _accepted_nodelay(protocol_class) -> int:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, 0)
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    client = socket.create_connection(listener.getsockname())
    accepted, _ = listener.accept()

    async def connect() -> int:
        config = Config(app=_app, http=protocol_class, log_level="warning")
        config.load()
        loop = asyncio.get_running_loop()
        transport, _ = await loop.connect_accepted_socket(
            lambda: protocol_class(config=config, server_state=ServerState(), app_state={}), accepted)
        value = transport.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
        transport.close()
        return value

    try:
        return asyncio.run(connect())
    finally:
        client.close()
        listener.close()


def test_connections_accepted_on_a_protocol_zero_socket_send_at_once():
    from uvicorn.protocols.http.h11_impl import H11Protocol
    assert _accepted_nodelay(H11Protocol) == 0  # what asyncio alone leaves on such a socket
    assert _accepted_nodelay(NoDelayH11Protocol) != 0
