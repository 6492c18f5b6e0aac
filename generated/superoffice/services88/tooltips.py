"""Services88 Tooltips agent (``Remote/Services88/Tooltips.svc``).

``TooltipsAgent`` and ``AsyncTooltipsAgent`` call it over SOAP, ``TooltipsRestAgent`` and
``AsyncTooltipsRestAgent`` over REST; all four share the same typed methods and dataclasses.
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

GET_TOOLTIP: Operation[str | None] = Operation(
    "GetTooltip",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Tooltips/GetTooltip",
    params=(Param("tooltip_hint", "TooltipHint", STR, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Tooltips/GetTooltip",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "GetTooltip": GET_TOOLTIP,
}


class TooltipsMethods(SyncCalls):
    """The Tooltips operations, called synchronously (SOAP or REST)."""

    def get_tooltip(self, *, tooltip_hint: str | None | Unset = UNSET) -> str | None:
        """Parse a tooltip hint and return a tooltip.

        Returns:
            The result.
        """
        return self._call(GET_TOOLTIP, (tooltip_hint,))


class AsyncTooltipsMethods(AsyncCalls):
    """The Tooltips operations, called asynchronously (SOAP or REST)."""

    async def get_tooltip(self, *, tooltip_hint: str | None | Unset = UNSET) -> str | None:
        """Parse a tooltip hint and return a tooltip.

        Returns:
            The result.
        """
        return await self._call(GET_TOOLTIP, (tooltip_hint,))


class TooltipsAgent(TooltipsMethods, SoapCaller):
    """Tooltips over SOAP 1.1 (``Remote/Services88/Tooltips.svc``), synchronous."""

    _PATH = "Remote/Services88/Tooltips.svc"
    _HEADERS = HEADERS


class AsyncTooltipsAgent(AsyncTooltipsMethods, AsyncSoapCaller):
    """Tooltips over SOAP 1.1 (``Remote/Services88/Tooltips.svc``), asynchronous."""

    _PATH = "Remote/Services88/Tooltips.svc"
    _HEADERS = HEADERS


class TooltipsRestAgent(TooltipsMethods, RestCaller):
    """Tooltips over REST (``/api/v1/Agents/Tooltips/...``), synchronous."""


class AsyncTooltipsRestAgent(AsyncTooltipsMethods, AsyncRestCaller):
    """Tooltips over REST (``/api/v1/Agents/Tooltips/...``), asynchronous."""
