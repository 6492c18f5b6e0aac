"""Services88 Previews agent (``Remote/Services88/Previews.svc``): its operations."""

from __future__ import annotations

from ..runtime import Operation, Param, STR

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_PREVIEW = Operation(
    "GetPreview",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Previews/GetPreview",
    params=(Param("preview_hint", "PreviewHint", STR, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Previews/GetPreview",
)
"""Parse a Preview hint and return a Preview."""

OPERATIONS: dict[str, Operation] = {
    "GetPreview": GET_PREVIEW,
}
