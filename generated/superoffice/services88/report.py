"""Services88 Report agent (``Remote/Services88/Report.svc``): its operations."""

from __future__ import annotations

from ..runtime import INT, Operation, Param
from .types.report_label_layout_entity import REPORT_LABEL_LAYOUT_ENTITY_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_REPORT_LABEL_LAYOUT_ENTITY = Operation(
    "CreateDefaultReportLabelLayoutEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Report/CreateDefaultReportLabelLayoutEntity",
    results=(Param("response", "Response", REPORT_LABEL_LAYOUT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Report/CreateDefaultReportLabelLayoutEntity",
)
"""Loading default values into a new ReportLabelLayoutEntity."""

SAVE_REPORT_LABEL_LAYOUT_ENTITY = Operation(
    "SaveReportLabelLayoutEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Report/SaveReportLabelLayoutEntity",
    params=(
        Param(
            "report_label_layout_entity",
            "ReportLabelLayoutEntity",
            REPORT_LABEL_LAYOUT_ENTITY_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", REPORT_LABEL_LAYOUT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Report/SaveReportLabelLayoutEntity",
    rest_body="report_label_layout_entity",
)
"""Updates the existing ReportLabelLayoutEntity or creates a new ReportLabelLayoutEntity if the
id parameter is 0."""

DELETE_REPORT_LABEL_LAYOUT_ENTITY = Operation(
    "DeleteReportLabelLayoutEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Report/DeleteReportLabelLayoutEntity",
    params=(Param("report_label_layout_entity_id", "ReportLabelLayoutEntityId", INT),),
    rest_path="/api/v1/Agents/Report/DeleteReportLabelLayoutEntity",
)
"""Deletes the ReportLabelLayoutEntity"""

GET_REPORT_LABEL_LAYOUT_ENTITY = Operation(
    "GetReportLabelLayoutEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Report/GetReportLabelLayoutEntity",
    params=(Param("report_label_layout_entity_id", "ReportLabelLayoutEntityId", INT),),
    results=(Param("response", "Response", REPORT_LABEL_LAYOUT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Report/GetReportLabelLayoutEntity",
)
"""Gets a ReportLabelLayoutEntity object."""

OPERATIONS: dict[str, Operation] = {
    "CreateDefaultReportLabelLayoutEntity": CREATE_DEFAULT_REPORT_LABEL_LAYOUT_ENTITY,
    "SaveReportLabelLayoutEntity": SAVE_REPORT_LABEL_LAYOUT_ENTITY,
    "DeleteReportLabelLayoutEntity": DELETE_REPORT_LABEL_LAYOUT_ENTITY,
    "GetReportLabelLayoutEntity": GET_REPORT_LABEL_LAYOUT_ENTITY,
}
