"""Services88 Previews agent (``Remote/Services88/Previews.svc``).

``PreviewsAgent`` and ``AsyncPreviewsAgent`` call it over SOAP, ``PreviewsRestAgent`` and
``AsyncPreviewsRestAgent`` over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_PREVIEW: Operation[str | None] = Operation(
    "GetPreview",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Previews/GetPreview",
    params=(Param("preview_hint", "PreviewHint", STR, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Previews/GetPreview",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "GetPreview": GET_PREVIEW,
}


class PreviewsMethods(SyncCalls):
    """The Previews operations, called synchronously (SOAP or REST)."""

    def get_preview(self, *, preview_hint: str | None | Unset = UNSET) -> str | None:
        """Parse a Preview hint and return a Preview.

        Returns:
            The result.
        """
        return self._call(GET_PREVIEW, (preview_hint,))


class AsyncPreviewsMethods(AsyncCalls):
    """The Previews operations, called asynchronously (SOAP or REST)."""

    async def get_preview(self, *, preview_hint: str | None | Unset = UNSET) -> str | None:
        """Parse a Preview hint and return a Preview.

        Returns:
            The result.
        """
        return await self._call(GET_PREVIEW, (preview_hint,))


class PreviewsAgent(PreviewsMethods, SoapCaller):
    """Previews over SOAP 1.1 (``Remote/Services88/Previews.svc``), synchronous."""

    _PATH = "Remote/Services88/Previews.svc"
    _HEADERS = HEADERS


class AsyncPreviewsAgent(AsyncPreviewsMethods, AsyncSoapCaller):
    """Previews over SOAP 1.1 (``Remote/Services88/Previews.svc``), asynchronous."""

    _PATH = "Remote/Services88/Previews.svc"
    _HEADERS = HEADERS


class PreviewsRestAgent(PreviewsMethods, RestCaller):
    """Previews over REST (``/api/v1/Agents/Previews/...``), synchronous."""


class AsyncPreviewsRestAgent(AsyncPreviewsMethods, AsyncRestCaller):
    """Previews over REST (``/api/v1/Agents/Previews/...``), asynchronous."""
