"""Errors as the protocol writes them: ``{"error": {"code", "message"}}`` with a 4xx status.

Handlers here turn FastAPI's own answers (its 422 validation shape, 404 for an
unknown path, 405) into that form too, so a client reads every error one way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

#: Answers an error as a page instead of JSON (the console's), or None to answer it as JSON.
PageErrors = Callable[[Request, int, str], Response | None]


class ApiError(Exception):
    """An answer other than success, with the status and code the protocol gives it."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None,
                 **details: Any) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers, self.details = status, code, message, headers, details


def error_body(code: str, message: str, **details: Any) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, **details}}


_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
          409: "conflict", 413: "too_large", 415: "unsupported_media_type", 416: "range_not_satisfiable",
          422: "invalid_request"}


def _where(location: Any) -> str:
    # ("body", "name") is the body's field "name"; an outbox item's own "body" field stays named.
    parts = list(location)[1:] if tuple(location)[:1] == ("body",) else list(location)
    return ".".join(str(part) for part in parts) or "the request"


def install_handlers(app: FastAPI, pages: PageErrors | None = None) -> None:
    def as_page(request: Request, status: int, message: str) -> Response | None:
        return None if pages is None else pages(request, status, message)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, error: ApiError) -> Response:
        if (shown := as_page(request, error.status, error.message)) is not None:
            return shown
        return JSONResponse(error_body(error.code, error.message, **error.details), status_code=error.status,
                            headers=error.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, error: RequestValidationError) -> Response:
        problems = [{"field": _where(item.get("loc", ())), "problem": str(item.get("msg", ""))}
                    for item in error.errors()]
        first = problems[0] if problems else {"field": "the request", "problem": "is not valid"}
        message = f"{first['field']}: {first['problem']}"
        if (shown := as_page(request, 422, message)) is not None:
            return shown
        return JSONResponse(error_body("invalid_request", message, problems=problems), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, error: StarletteHTTPException) -> Response:
        if (shown := as_page(request, error.status_code, str(error.detail))) is not None:
            return shown
        code = _CODES.get(error.status_code, "error")
        return JSONResponse(error_body(code, str(error.detail)), status_code=error.status_code,
                            headers=getattr(error, "headers", None))
