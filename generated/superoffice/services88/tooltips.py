"""Services88 Tooltips agent (``Remote/Services88/Tooltips.svc``): its operations."""

from __future__ import annotations

from ..runtime import Operation, Param, STR

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_TOOLTIP = Operation(
    "GetTooltip",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Tooltips/GetTooltip",
    params=(Param("tooltip_hint", "TooltipHint", STR, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Tooltips/GetTooltip",
)
"""Parse a tooltip hint and return a tooltip."""

OPERATIONS: dict[str, Operation] = {
    "GetTooltip": GET_TOOLTIP,
}
