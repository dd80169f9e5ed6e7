"""HEAD and OPTIONS on every route, and the one list of a path's methods that `Allow` headers give.

FastAPI registers only the methods a route declares. Here HEAD is answered as GET without the body (the
same status and headers, Content-Length and ETag included), and a plain OPTIONS with 204 and `Allow`.
A CORS preflight never gets here: CORSMiddleware, further out, answers it when CORS is configured.
"""

from __future__ import annotations

from starlette.responses import Response
from starlette.routing import Match, Mount
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["MethodsMiddleware", "path_methods"]

METHOD_ORDER = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def path_methods(scope: Scope) -> list[str]:
    """Every method the request's path answers, in a stable order; empty when no route has the path."""
    # Asking each route whether it fully matches the path with each method relies only on the public
    # `matches`, whatever the router nests (FastAPI's included routers). Mounts (static assets) are left out.
    routes = [route for route in scope["app"].router.routes if not isinstance(route, Mount)]
    declared = {
        method
        for method in METHOD_ORDER
        if any(route.matches({**scope, "method": method})[0] is Match.FULL for route in routes)
    }
    if not declared:
        return []
    declared.add("OPTIONS")
    if "GET" in declared:
        declared.add("HEAD")
    return [method for method in METHOD_ORDER if method in declared]


class MethodsMiddleware:
    """HEAD as a bodiless GET; OPTIONS as 204 with `Allow` on any path a route has."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = scope["method"] if scope["type"] == "http" else None
        if method == "OPTIONS":
            allowed = path_methods(scope)
            if allowed:
                await Response(status_code=204, headers={"Allow": ", ".join(allowed)})(scope, receive, send)
                return
        if method != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b""}
            await send(message)

        # Everything inside (caching, ETag, limits, the route) sees a GET, so the headers are GET's.
        await self.app({**scope, "method": "GET"}, receive, send_headers_only)
