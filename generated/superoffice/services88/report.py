"""Services88 Report agent (``Remote/Services88/Report.svc``).

``ReportAgent`` and ``AsyncReportAgent`` call it over SOAP, ``ReportRestAgent`` and
``AsyncReportRestAgent`` over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import INT, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.report_label_layout_entity import (
    REPORT_LABEL_LAYOUT_ENTITY_CODEC,
    ReportLabelLayoutEntity,
)

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_REPORT_LABEL_LAYOUT_ENTITY: Operation[ReportLabelLayoutEntity | None] = Operation(
    "CreateDefaultReportLabelLayoutEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Report/CreateDefaultReportLabelLayoutEntity",
    results=(Param("response", "Response", REPORT_LABEL_LAYOUT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Report/CreateDefaultReportLabelLayoutEntity",
    rest_select=False,
)

SAVE_REPORT_LABEL_LAYOUT_ENTITY: Operation[ReportLabelLayoutEntity | None] = Operation(
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
    rest_select=False,
)

DELETE_REPORT_LABEL_LAYOUT_ENTITY: Operation[None] = Operation(
    "DeleteReportLabelLayoutEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Report/DeleteReportLabelLayoutEntity",
    params=(
        Param(
            "report_label_layout_entity_id",
            "ReportLabelLayoutEntityId",
            INT,
            query="reportLabelLayoutEntityId",
        ),
    ),
    rest_path="/api/v1/Agents/Report/DeleteReportLabelLayoutEntity",
    rest_select=False,
)

GET_REPORT_LABEL_LAYOUT_ENTITY: Operation[ReportLabelLayoutEntity | None] = Operation(
    "GetReportLabelLayoutEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Report/GetReportLabelLayoutEntity",
    params=(
        Param(
            "report_label_layout_entity_id",
            "ReportLabelLayoutEntityId",
            INT,
            query="reportLabelLayoutEntityId",
        ),
    ),
    results=(Param("response", "Response", REPORT_LABEL_LAYOUT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Report/GetReportLabelLayoutEntity",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "CreateDefaultReportLabelLayoutEntity": CREATE_DEFAULT_REPORT_LABEL_LAYOUT_ENTITY,
    "SaveReportLabelLayoutEntity": SAVE_REPORT_LABEL_LAYOUT_ENTITY,
    "DeleteReportLabelLayoutEntity": DELETE_REPORT_LABEL_LAYOUT_ENTITY,
    "GetReportLabelLayoutEntity": GET_REPORT_LABEL_LAYOUT_ENTITY,
}


class ReportMethods(SyncCalls):
    """The Report operations, called synchronously (SOAP or REST)."""

    def create_default_report_label_layout_entity(self) -> ReportLabelLayoutEntity | None:
        """Loading default values into a new ReportLabelLayoutEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_REPORT_LABEL_LAYOUT_ENTITY, ())

    def save_report_label_layout_entity(
        self, *, report_label_layout_entity: ReportLabelLayoutEntity | None | Unset = UNSET
    ) -> ReportLabelLayoutEntity | None:
        """Updates the existing ReportLabelLayoutEntity or creates a new
        ReportLabelLayoutEntity if the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_REPORT_LABEL_LAYOUT_ENTITY, (report_label_layout_entity,))

    def delete_report_label_layout_entity(
        self, *, report_label_layout_entity_id: int | Unset = UNSET
    ) -> None:
        """Deletes the ReportLabelLayoutEntity"""
        return self._call(DELETE_REPORT_LABEL_LAYOUT_ENTITY, (report_label_layout_entity_id,))

    def get_report_label_layout_entity(
        self, *, report_label_layout_entity_id: int | Unset = UNSET
    ) -> ReportLabelLayoutEntity | None:
        """Gets a ReportLabelLayoutEntity object.

        Returns:
            The result.
        """
        return self._call(GET_REPORT_LABEL_LAYOUT_ENTITY, (report_label_layout_entity_id,))


class AsyncReportMethods(AsyncCalls):
    """The Report operations, called asynchronously (SOAP or REST)."""

    async def create_default_report_label_layout_entity(self) -> ReportLabelLayoutEntity | None:
        """Loading default values into a new ReportLabelLayoutEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_REPORT_LABEL_LAYOUT_ENTITY, ())

    async def save_report_label_layout_entity(
        self, *, report_label_layout_entity: ReportLabelLayoutEntity | None | Unset = UNSET
    ) -> ReportLabelLayoutEntity | None:
        """Updates the existing ReportLabelLayoutEntity or creates a new
        ReportLabelLayoutEntity if the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_REPORT_LABEL_LAYOUT_ENTITY, (report_label_layout_entity,))

    async def delete_report_label_layout_entity(
        self, *, report_label_layout_entity_id: int | Unset = UNSET
    ) -> None:
        """Deletes the ReportLabelLayoutEntity"""
        return await self._call(
            DELETE_REPORT_LABEL_LAYOUT_ENTITY, (report_label_layout_entity_id,)
        )

    async def get_report_label_layout_entity(
        self, *, report_label_layout_entity_id: int | Unset = UNSET
    ) -> ReportLabelLayoutEntity | None:
        """Gets a ReportLabelLayoutEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_REPORT_LABEL_LAYOUT_ENTITY, (report_label_layout_entity_id,))


class ReportAgent(ReportMethods, SoapCaller):
    """Report over SOAP 1.1 (``Remote/Services88/Report.svc``), synchronous."""

    _PATH = "Remote/Services88/Report.svc"
    _HEADERS = HEADERS


class AsyncReportAgent(AsyncReportMethods, AsyncSoapCaller):
    """Report over SOAP 1.1 (``Remote/Services88/Report.svc``), asynchronous."""

    _PATH = "Remote/Services88/Report.svc"
    _HEADERS = HEADERS


class ReportRestAgent(ReportMethods, RestCaller):
    """Report over REST (``/api/v1/Agents/Report/...``), synchronous."""


class AsyncReportRestAgent(AsyncReportMethods, AsyncRestCaller):
    """Report over REST (``/api/v1/Agents/Report/...``), asynchronous."""
