"""Services88 Sale agent (``Remote/Services88/Sale.svc``).

``SaleAgent`` and ``AsyncSaleAgent`` call it over SOAP, ``SaleRestAgent`` and
``AsyncSaleRestAgent`` over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

import datetime
from typing import Any

from ..runtime import BOOL, DATETIME, INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.sale import LIST_OF_SALE_CODEC, SALE_CODEC, Sale
from .types.sale_entity import SALE_ENTITY_CODEC, SaleEntity
from .types.sale_stakeholder import (
    LIST_OF_SALE_STAKEHOLDER_CODEC,
    SALE_STAKEHOLDER_CODEC,
    SaleStakeholder,
)
from .types.sale_status import SALE_STATUS_CODEC, SaleStatus
from .types.sale_summary import SALE_SUMMARY_CODEC, SaleSummary
from .types.string_dictionary import STRING_DICTIONARY_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_SALE_ENTITY: Operation[SaleEntity | None] = Operation(
    "CreateDefaultSaleEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/CreateDefaultSaleEntity",
    results=(Param("response", "Response", SALE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/CreateDefaultSaleEntity",
    rest_select=False,
)

SAVE_SALE_ENTITY: Operation[SaleEntity | None] = Operation(
    "SaveSaleEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/SaveSaleEntity",
    params=(Param("sale_entity", "SaleEntity", SALE_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", SALE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/SaveSaleEntity",
    rest_body="sale_entity",
    rest_select=False,
)

DELETE_SALE_ENTITY: Operation[None] = Operation(
    "DeleteSaleEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/DeleteSaleEntity",
    params=(Param("sale_entity_id", "SaleEntityId", INT, query="saleEntityId"),),
    rest_path="/api/v1/Agents/Sale/DeleteSaleEntity",
    rest_select=False,
)

CREATE_DEFAULT_SALE_STAKEHOLDER: Operation[SaleStakeholder | None] = Operation(
    "CreateDefaultSaleStakeholder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/CreateDefaultSaleStakeholder",
    results=(Param("response", "Response", SALE_STAKEHOLDER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/CreateDefaultSaleStakeholder",
    rest_select=False,
)

SAVE_SALE_STAKEHOLDER: Operation[SaleStakeholder | None] = Operation(
    "SaveSaleStakeholder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/SaveSaleStakeholder",
    params=(Param("sale_stakeholder", "SaleStakeholder", SALE_STAKEHOLDER_CODEC, nillable=True),),
    results=(Param("response", "Response", SALE_STAKEHOLDER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/SaveSaleStakeholder",
    rest_body="sale_stakeholder",
    rest_select=False,
)

DELETE_SALE_STAKEHOLDER: Operation[None] = Operation(
    "DeleteSaleStakeholder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/DeleteSaleStakeholder",
    params=(Param("sale_stakeholder_id", "SaleStakeholderId", INT, query="saleStakeholderId"),),
    rest_path="/api/v1/Agents/Sale/DeleteSaleStakeholder",
    rest_select=False,
)

CREATE_DEFAULT_SALE_SUMMARY: Operation[SaleSummary | None] = Operation(
    "CreateDefaultSaleSummary",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/CreateDefaultSaleSummary",
    results=(Param("response", "Response", SALE_SUMMARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/CreateDefaultSaleSummary",
    rest_select=False,
)

GET_SALE: Operation[Sale | None] = Operation(
    "GetSale",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/GetSale",
    params=(Param("sale_id", "SaleId", INT, query="saleId"),),
    results=(Param("response", "Response", SALE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/GetSale",
)

GET_SALE_ENTITY: Operation[SaleEntity | None] = Operation(
    "GetSaleEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/GetSaleEntity",
    params=(Param("sale_entity_id", "SaleEntityId", INT, query="saleEntityId"),),
    results=(Param("response", "Response", SALE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/GetSaleEntity",
)

HAS_GUIDE: Operation[bool | None] = Operation(
    "HasGuide",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/HasGuide",
    params=(Param("sale_id", "SaleId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Sale/HasGuide",
)

GET_NEXT_DUE_DATE: Operation[datetime.datetime | None] = Operation(
    "GetNextDueDate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/GetNextDueDate",
    params=(Param("sale_id", "SaleId", INT),),
    results=(Param("response", "Response", DATETIME),),
    rest_path="/api/v1/Agents/Sale/GetNextDueDate",
)

BATCH_UPDATE_NEXT_DUE_DATE: Operation[None] = Operation(
    "BatchUpdateNextDueDate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/BatchUpdateNextDueDate",
    rest_path="/api/v1/Agents/Sale/BatchUpdateNextDueDate",
)

GET_NEXT_SALE_STAGE: Operation[int | None] = Operation(
    "GetNextSaleStage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/GetNextSaleStage",
    params=(
        Param("sale_id", "SaleId", INT),
        Param("include_current_stage", "IncludeCurrentStage", BOOL),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Sale/GetNextSaleStage",
)

HAS_GUIDE_ACTIVITIES: Operation[bool | None] = Operation(
    "HasGuideActivities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/HasGuideActivities",
    params=(Param("sale_id", "SaleId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Sale/HasGuideActivities",
)

OFFER_AUTO_NEXT_STAGE_ON_APPPOINTMENT_COMPLETED: Operation[bool | None] = Operation(
    "OfferAutoNextStageOnApppointmentCompleted",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/OfferAutoNextStageOnApppointmentCompleted",
    params=(Param("appointment_id", "AppointmentId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Sale/OfferAutoNextStageOnApppointmentCompleted",
)

GET_PROBABILITY_FROM_STAGE: Operation[int | None] = Operation(
    "GetProbabilityFromStage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/GetProbabilityFromStage",
    params=(Param("stage_id", "StageId", INT),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Sale/GetProbabilityFromStage",
)

IS_NUMBER_VALID: Operation[bool | None] = Operation(
    "IsNumberValid",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/IsNumberValid",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("number", "Number", STR, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Sale/IsNumberValid",
)

ADD_SALE_STAKEHOLDERS: Operation[None] = Operation(
    "AddSaleStakeholders",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/AddSaleStakeholders",
    params=(
        Param("sale_id", "SaleId", INT),
        Param(
            "sale_stakeholders", "SaleStakeholders", LIST_OF_SALE_STAKEHOLDER_CODEC, nillable=True
        ),
    ),
    rest_path="/api/v1/Agents/Sale/AddSaleStakeholders",
)

DELETE_SALE_STAKEHOLDERS: Operation[None] = Operation(
    "DeleteSaleStakeholders",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/DeleteSaleStakeholders",
    params=(
        Param("sale_stakeholder_ids", "SaleStakeholderIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Sale/DeleteSaleStakeholders",
)

HAS_STAKEHOLDER_SETTING: Operation[bool | None] = Operation(
    "HasStakeholderSetting",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/HasStakeholderSetting",
    params=(Param("sale_id", "SaleId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Sale/HasStakeholderSetting",
)

VALIDATE_SALE_ENTITY: Operation[dict[str, str | None] | None] = Operation(
    "ValidateSaleEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/ValidateSaleEntity",
    params=(Param("sale_entity", "SaleEntity", SALE_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/ValidateSaleEntity",
)

SALE_HAS_QUOTE: Operation[bool | None] = Operation(
    "SaleHasQuote",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/SaleHasQuote",
    params=(Param("sale_id", "SaleId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Sale/SaleHasQuote",
)

GET_SALE_LIST: Operation[list[Sale | None] | None] = Operation(
    "GetSaleList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/GetSaleList",
    params=(Param("sale_ids", "SaleIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_SALE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/GetSaleList",
    rest_body="sale_ids",
)

GET_MY_OPPORTUNITIES: Operation[list[Sale | None] | None] = Operation(
    "GetMyOpportunities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/GetMyOpportunities",
    params=(Param("count", "Count", INT),),
    results=(Param("response", "Response", LIST_OF_SALE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/GetMyOpportunities",
)

GET_RECENT_SALES: Operation[list[Sale | None] | None] = Operation(
    "GetRecentSales",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/GetRecentSales",
    params=(
        Param("amount_limit", "AmountLimit", INT),
        Param("count", "Count", INT),
    ),
    results=(Param("response", "Response", LIST_OF_SALE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/GetRecentSales",
)

GET_UPCOMING_SALES: Operation[list[Sale | None] | None] = Operation(
    "GetUpcomingSales",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/GetUpcomingSales",
    params=(
        Param("weighted_amount_limit", "WeightedAmountLimit", INT),
        Param("count", "Count", INT),
    ),
    results=(Param("response", "Response", LIST_OF_SALE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/GetUpcomingSales",
)

GET_SALES_BY_DATE: Operation[list[Sale | None] | None] = Operation(
    "GetSalesByDate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/GetSalesByDate",
    params=(
        Param("from_date", "FromDate", DATETIME),
        Param("to_date", "ToDate", DATETIME),
        Param("amount_limit", "AmountLimit", INT),
        Param("status", "Status", SALE_STATUS_CODEC),
    ),
    results=(Param("response", "Response", LIST_OF_SALE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/GetSalesByDate",
)

GET_OPEN_SALES_FOR_CONTACT: Operation[list[Sale | None] | None] = Operation(
    "GetOpenSalesForContact",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/GetOpenSalesForContact",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", LIST_OF_SALE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/GetOpenSalesForContact",
)

SET_AS_SOLD: Operation[None] = Operation(
    "SetAsSold",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/SetAsSold",
    params=(Param("sale_ids", "SaleIds", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/SetAsSold",
)

SET_AS_SOLD_WITH_REASON: Operation[None] = Operation(
    "SetAsSoldWithReason",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/SetAsSoldWithReason",
    params=(
        Param("sale_ids", "SaleIds", LIST_OF_INT_CODEC, nillable=True),
        Param("reason_id", "ReasonId", INT),
    ),
    rest_path="/api/v1/Agents/Sale/SetAsSoldWithReason",
)

SET_AS_LOST: Operation[None] = Operation(
    "SetAsLost",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/SetAsLost",
    params=(Param("sale_ids", "SaleIds", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/SetAsLost",
)

SET_AS_LOST_WITH_REASON: Operation[None] = Operation(
    "SetAsLostWithReason",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/SetAsLostWithReason",
    params=(
        Param("sale_ids", "SaleIds", LIST_OF_INT_CODEC, nillable=True),
        Param("reason_id", "ReasonId", INT),
    ),
    rest_path="/api/v1/Agents/Sale/SetAsLostWithReason",
)

GET_SALES_FROM_CONTACT: Operation[list[Sale | None] | None] = Operation(
    "GetSalesFromContact",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/GetSalesFromContact",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("only_open_sales", "OnlyOpenSales", BOOL),
    ),
    results=(Param("response", "Response", LIST_OF_SALE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/GetSalesFromContact",
)

GET_SALES_FROM_PERSON: Operation[list[Sale | None] | None] = Operation(
    "GetSalesFromPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/GetSalesFromPerson",
    params=(
        Param("person_id", "PersonId", INT),
        Param("only_open_sales", "OnlyOpenSales", BOOL),
    ),
    results=(Param("response", "Response", LIST_OF_SALE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/GetSalesFromPerson",
)

GET_SALE_STAKEHOLDER: Operation[SaleStakeholder | None] = Operation(
    "GetSaleStakeholder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/GetSaleStakeholder",
    params=(Param("sale_stakeholder_id", "SaleStakeholderId", INT, query="saleStakeholderId"),),
    results=(Param("response", "Response", SALE_STAKEHOLDER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/GetSaleStakeholder",
)

GET_SALE_STAKEHOLDER_LIST: Operation[list[SaleStakeholder | None] | None] = Operation(
    "GetSaleStakeholderList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/GetSaleStakeholderList",
    params=(
        Param("sale_stakeholder_ids", "SaleStakeholderIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_SALE_STAKEHOLDER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/GetSaleStakeholderList",
    rest_body="sale_stakeholder_ids",
)

GET_SALE_STAKEHOLDERS: Operation[list[SaleStakeholder | None] | None] = Operation(
    "GetSaleStakeholders",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/GetSaleStakeholders",
    params=(Param("sale_id", "SaleId", INT),),
    results=(Param("response", "Response", LIST_OF_SALE_STAKEHOLDER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/GetSaleStakeholders",
)

UPDATE_SALE_STAKEHOLDERS: Operation[list[SaleStakeholder | None] | None] = Operation(
    "UpdateSaleStakeholders",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/UpdateSaleStakeholders",
    params=(Param("stakeholders", "Stakeholders", LIST_OF_SALE_STAKEHOLDER_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_SALE_STAKEHOLDER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/UpdateSaleStakeholders",
)

GET_SALE_STAKEHOLDER_BY_ID: Operation[list[SaleStakeholder | None] | None] = Operation(
    "GetSaleStakeholderById",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/GetSaleStakeholderById",
    params=(
        Param("sale_stakeholder_ids", "SaleStakeholderIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_SALE_STAKEHOLDER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/GetSaleStakeholderById",
)

GET_SUMMARY_BY_ASSOCIATE: Operation[SaleSummary | None] = Operation(
    "GetSummaryByAssociate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/GetSummaryByAssociate",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param("from_date", "FromDate", DATETIME),
        Param("to_date", "ToDate", DATETIME),
    ),
    results=(Param("response", "Response", SALE_SUMMARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/GetSummaryByAssociate",
)

GET_SUMMARY_BY_GROUP: Operation[SaleSummary | None] = Operation(
    "GetSummaryByGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/GetSummaryByGroup",
    params=(
        Param("group_id", "GroupId", INT),
        Param("from_date", "FromDate", DATETIME),
        Param("to_date", "ToDate", DATETIME),
    ),
    results=(Param("response", "Response", SALE_SUMMARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/GetSummaryByGroup",
)

GET_SUMMARY_BY_CONTACT: Operation[SaleSummary | None] = Operation(
    "GetSummaryByContact",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sale/GetSummaryByContact",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("from_date", "FromDate", DATETIME),
        Param("to_date", "ToDate", DATETIME),
    ),
    results=(Param("response", "Response", SALE_SUMMARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sale/GetSummaryByContact",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "CreateDefaultSaleEntity": CREATE_DEFAULT_SALE_ENTITY,
    "SaveSaleEntity": SAVE_SALE_ENTITY,
    "DeleteSaleEntity": DELETE_SALE_ENTITY,
    "CreateDefaultSaleStakeholder": CREATE_DEFAULT_SALE_STAKEHOLDER,
    "SaveSaleStakeholder": SAVE_SALE_STAKEHOLDER,
    "DeleteSaleStakeholder": DELETE_SALE_STAKEHOLDER,
    "CreateDefaultSaleSummary": CREATE_DEFAULT_SALE_SUMMARY,
    "GetSale": GET_SALE,
    "GetSaleEntity": GET_SALE_ENTITY,
    "HasGuide": HAS_GUIDE,
    "GetNextDueDate": GET_NEXT_DUE_DATE,
    "BatchUpdateNextDueDate": BATCH_UPDATE_NEXT_DUE_DATE,
    "GetNextSaleStage": GET_NEXT_SALE_STAGE,
    "HasGuideActivities": HAS_GUIDE_ACTIVITIES,
    "OfferAutoNextStageOnApppointmentCompleted": OFFER_AUTO_NEXT_STAGE_ON_APPPOINTMENT_COMPLETED,
    "GetProbabilityFromStage": GET_PROBABILITY_FROM_STAGE,
    "IsNumberValid": IS_NUMBER_VALID,
    "AddSaleStakeholders": ADD_SALE_STAKEHOLDERS,
    "DeleteSaleStakeholders": DELETE_SALE_STAKEHOLDERS,
    "HasStakeholderSetting": HAS_STAKEHOLDER_SETTING,
    "ValidateSaleEntity": VALIDATE_SALE_ENTITY,
    "SaleHasQuote": SALE_HAS_QUOTE,
    "GetSaleList": GET_SALE_LIST,
    "GetMyOpportunities": GET_MY_OPPORTUNITIES,
    "GetRecentSales": GET_RECENT_SALES,
    "GetUpcomingSales": GET_UPCOMING_SALES,
    "GetSalesByDate": GET_SALES_BY_DATE,
    "GetOpenSalesForContact": GET_OPEN_SALES_FOR_CONTACT,
    "SetAsSold": SET_AS_SOLD,
    "SetAsSoldWithReason": SET_AS_SOLD_WITH_REASON,
    "SetAsLost": SET_AS_LOST,
    "SetAsLostWithReason": SET_AS_LOST_WITH_REASON,
    "GetSalesFromContact": GET_SALES_FROM_CONTACT,
    "GetSalesFromPerson": GET_SALES_FROM_PERSON,
    "GetSaleStakeholder": GET_SALE_STAKEHOLDER,
    "GetSaleStakeholderList": GET_SALE_STAKEHOLDER_LIST,
    "GetSaleStakeholders": GET_SALE_STAKEHOLDERS,
    "UpdateSaleStakeholders": UPDATE_SALE_STAKEHOLDERS,
    "GetSaleStakeholderById": GET_SALE_STAKEHOLDER_BY_ID,
    "GetSummaryByAssociate": GET_SUMMARY_BY_ASSOCIATE,
    "GetSummaryByGroup": GET_SUMMARY_BY_GROUP,
    "GetSummaryByContact": GET_SUMMARY_BY_CONTACT,
}


class SaleMethods(SyncCalls):
    """The Sale operations, called synchronously (SOAP or REST)."""

    def create_default_sale_entity(self) -> SaleEntity | None:
        """Loading default values into a new SaleEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_SALE_ENTITY, ())

    def save_sale_entity(
        self, *, sale_entity: SaleEntity | None | Unset = UNSET
    ) -> SaleEntity | None:
        """Updates the existing SaleEntity or creates a new SaleEntity if the id parameter is
        0.

        Returns:
            The result.
        """
        return self._call(SAVE_SALE_ENTITY, (sale_entity,))

    def delete_sale_entity(self, *, sale_entity_id: int | Unset = UNSET) -> None:
        """Deletes the SaleEntity"""
        return self._call(DELETE_SALE_ENTITY, (sale_entity_id,))

    def create_default_sale_stakeholder(self) -> SaleStakeholder | None:
        """Loading default values into a new SaleStakeholder.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_SALE_STAKEHOLDER, ())

    def save_sale_stakeholder(
        self, *, sale_stakeholder: SaleStakeholder | None | Unset = UNSET
    ) -> SaleStakeholder | None:
        """Updates the existing SaleStakeholder or creates a new SaleStakeholder if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_SALE_STAKEHOLDER, (sale_stakeholder,))

    def delete_sale_stakeholder(self, *, sale_stakeholder_id: int | Unset = UNSET) -> None:
        """Deletes the SaleStakeholder"""
        return self._call(DELETE_SALE_STAKEHOLDER, (sale_stakeholder_id,))

    def create_default_sale_summary(self) -> SaleSummary | None:
        """Loading default values into a new SaleSummary.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_SALE_SUMMARY, ())

    def get_sale(self, *, sale_id: int | Unset = UNSET) -> Sale | None:
        """Gets a Sale object.

        Returns:
            The result.
        """
        return self._call(GET_SALE, (sale_id,))

    def get_sale_entity(self, *, sale_entity_id: int | Unset = UNSET) -> SaleEntity | None:
        """Gets a SaleEntity object.

        Returns:
            The result.
        """
        return self._call(GET_SALE_ENTITY, (sale_entity_id,))

    def has_guide(self, *, sale_id: int | Unset = UNSET) -> bool | None:
        """Does this sale have a sale guide associated with its sale type?

        Returns:
            The result.
        """
        return self._call(HAS_GUIDE, (sale_id,))

    def get_next_due_date(self, *, sale_id: int | Unset = UNSET) -> datetime.datetime | None:
        """Gets the next due date for a sale.

        Returns:
            The result.
        """
        return self._call(GET_NEXT_DUE_DATE, (sale_id,))

    def batch_update_next_due_date(self) -> None:
        """Re-calculate all the next due dates"""
        return self._call(BATCH_UPDATE_NEXT_DUE_DATE, ())

    def get_next_sale_stage(
        self, *, sale_id: int | Unset = UNSET, include_current_stage: bool | Unset = UNSET
    ) -> int | None:
        """Gets the next (not deleted) sale stage id if the current stage is deleted.

        Returns:
            The result.
        """
        return self._call(GET_NEXT_SALE_STAGE, (sale_id, include_current_stage))

    def has_guide_activities(self, *, sale_id: int | Unset = UNSET) -> bool | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return self._call(HAS_GUIDE_ACTIVITIES, (sale_id,))

    def offer_auto_next_stage_on_apppointment_completed(
        self, *, appointment_id: int | Unset = UNSET
    ) -> bool | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return self._call(OFFER_AUTO_NEXT_STAGE_ON_APPPOINTMENT_COMPLETED, (appointment_id,))

    def get_probability_from_stage(self, *, stage_id: int | Unset = UNSET) -> int | None:
        """Get the probability percentage for a given sale stage

        Returns:
            The result.
        """
        return self._call(GET_PROBABILITY_FROM_STAGE, (stage_id,))

    def is_number_valid(
        self, *, contact_id: int | Unset = UNSET, number: str | None | Unset = UNSET
    ) -> bool | None:
        """Checks if the number is unique or required.

        Returns:
            The result.
        """
        return self._call(IS_NUMBER_VALID, (contact_id, number))

    def add_sale_stakeholders(
        self,
        *,
        sale_id: int | Unset = UNSET,
        sale_stakeholders: list[SaleStakeholder | None] | None | Unset = UNSET,
    ) -> None:
        """NsApiSlow threshold: 2000 ms."""
        return self._call(ADD_SALE_STAKEHOLDERS, (sale_id, sale_stakeholders))

    def delete_sale_stakeholders(
        self, *, sale_stakeholder_ids: list[int] | None | Unset = UNSET
    ) -> None:
        """NsApiSlow threshold: 2000 ms."""
        return self._call(DELETE_SALE_STAKEHOLDERS, (sale_stakeholder_ids,))

    def has_stakeholder_setting(self, *, sale_id: int | Unset = UNSET) -> bool | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return self._call(HAS_STAKEHOLDER_SETTING, (sale_id,))

    def validate_sale_entity(
        self, *, sale_entity: SaleEntity | None | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Check that entity is ready for saving, return error messages by field.

        Returns:
            The result.
        """
        return self._call(VALIDATE_SALE_ENTITY, (sale_entity,))

    def sale_has_quote(self, *, sale_id: int | Unset = UNSET) -> bool | None:
        """Returns true is the sale has a quote

        Returns:
            The result.
        """
        return self._call(SALE_HAS_QUOTE, (sale_id,))

    def get_sale_list(
        self, *, sale_ids: list[int] | None | Unset = UNSET
    ) -> list[Sale | None] | None:
        """Gets an array of Sale objects.

        Returns:
            The result.
        """
        return self._call(GET_SALE_LIST, (sale_ids,))

    def get_my_opportunities(self, *, count: int | Unset = UNSET) -> list[Sale | None] | None:
        """Returning the opportunities (open sales) belonging to the user currently logged on

        Returns:
            The result.
        """
        return self._call(GET_MY_OPPORTUNITIES, (count,))

    def get_recent_sales(
        self, *, amount_limit: int | Unset = UNSET, count: int | Unset = UNSET
    ) -> list[Sale | None] | None:
        """Returns the latest sales (that are sold) limited by their amount.

        Returns:
            The result.
        """
        return self._call(GET_RECENT_SALES, (amount_limit, count))

    def get_upcoming_sales(
        self, *, weighted_amount_limit: int | Unset = UNSET, count: int | Unset = UNSET
    ) -> list[Sale | None] | None:
        """Returns all open sales, sorted descending with the latest first.

        Returns:
            The result.
        """
        return self._call(GET_UPCOMING_SALES, (weighted_amount_limit, count))

    def get_sales_by_date(
        self,
        *,
        from_date: datetime.datetime | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
        amount_limit: int | Unset = UNSET,
        status: SaleStatus | str | Unset = UNSET,
    ) -> list[Sale | None] | None:
        """Returns all sales within a time period.

        Returns:
            The result.
        """
        return self._call(GET_SALES_BY_DATE, (from_date, to_date, amount_limit, status))

    def get_open_sales_for_contact(
        self, *, contact_id: int | Unset = UNSET
    ) -> list[Sale | None] | None:
        """Returns all open sales for the contact provided.

        Returns:
            The result.
        """
        return self._call(GET_OPEN_SALES_FOR_CONTACT, (contact_id,))

    def set_as_sold(self, *, sale_ids: list[int] | None | Unset = UNSET) -> None:
        """Change the status of one or more Sales to Sold."""
        return self._call(SET_AS_SOLD, (sale_ids,))

    def set_as_sold_with_reason(
        self, *, sale_ids: list[int] | None | Unset = UNSET, reason_id: int | Unset = UNSET
    ) -> None:
        """Change the status of one or more Sales to Sold."""
        return self._call(SET_AS_SOLD_WITH_REASON, (sale_ids, reason_id))

    def set_as_lost(self, *, sale_ids: list[int] | None | Unset = UNSET) -> None:
        """Change the status of one or more sales to Lost."""
        return self._call(SET_AS_LOST, (sale_ids,))

    def set_as_lost_with_reason(
        self, *, sale_ids: list[int] | None | Unset = UNSET, reason_id: int | Unset = UNSET
    ) -> None:
        """Change the status of one or more sales to Lost."""
        return self._call(SET_AS_LOST_WITH_REASON, (sale_ids, reason_id))

    def get_sales_from_contact(
        self, *, contact_id: int | Unset = UNSET, only_open_sales: bool | Unset = UNSET
    ) -> list[Sale | None] | None:
        """Returns all sales for the contact provided.

        Returns:
            The result.
        """
        return self._call(GET_SALES_FROM_CONTACT, (contact_id, only_open_sales))

    def get_sales_from_person(
        self, *, person_id: int | Unset = UNSET, only_open_sales: bool | Unset = UNSET
    ) -> list[Sale | None] | None:
        """Returns all sales for the person provided.

        Returns:
            The result.
        """
        return self._call(GET_SALES_FROM_PERSON, (person_id, only_open_sales))

    def get_sale_stakeholder(
        self, *, sale_stakeholder_id: int | Unset = UNSET
    ) -> SaleStakeholder | None:
        """Gets a SaleStakeholder object.

        Returns:
            The result.
        """
        return self._call(GET_SALE_STAKEHOLDER, (sale_stakeholder_id,))

    def get_sale_stakeholder_list(
        self, *, sale_stakeholder_ids: list[int] | None | Unset = UNSET
    ) -> list[SaleStakeholder | None] | None:
        """Gets an array of SaleStakeholder objects.

        Returns:
            The result.
        """
        return self._call(GET_SALE_STAKEHOLDER_LIST, (sale_stakeholder_ids,))

    def get_sale_stakeholders(
        self, *, sale_id: int | Unset = UNSET
    ) -> list[SaleStakeholder | None] | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return self._call(GET_SALE_STAKEHOLDERS, (sale_id,))

    def update_sale_stakeholders(
        self, *, stakeholders: list[SaleStakeholder | None] | None | Unset = UNSET
    ) -> list[SaleStakeholder | None] | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return self._call(UPDATE_SALE_STAKEHOLDERS, (stakeholders,))

    def get_sale_stakeholder_by_id(
        self, *, sale_stakeholder_ids: list[int] | None | Unset = UNSET
    ) -> list[SaleStakeholder | None] | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return self._call(GET_SALE_STAKEHOLDER_BY_ID, (sale_stakeholder_ids,))

    def get_summary_by_associate(
        self,
        *,
        associate_id: int | Unset = UNSET,
        from_date: datetime.datetime | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
    ) -> SaleSummary | None:
        """NsApiSlow threshold: 3000 ms.

        Returns:
            The result.
        """
        return self._call(GET_SUMMARY_BY_ASSOCIATE, (associate_id, from_date, to_date))

    def get_summary_by_group(
        self,
        *,
        group_id: int | Unset = UNSET,
        from_date: datetime.datetime | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
    ) -> SaleSummary | None:
        """NsApiSlow threshold: 3000 ms.

        Returns:
            The result.
        """
        return self._call(GET_SUMMARY_BY_GROUP, (group_id, from_date, to_date))

    def get_summary_by_contact(
        self,
        *,
        contact_id: int | Unset = UNSET,
        from_date: datetime.datetime | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
    ) -> SaleSummary | None:
        """NsApiSlow threshold: 3000 ms.

        Returns:
            The result.
        """
        return self._call(GET_SUMMARY_BY_CONTACT, (contact_id, from_date, to_date))


class AsyncSaleMethods(AsyncCalls):
    """The Sale operations, called asynchronously (SOAP or REST)."""

    async def create_default_sale_entity(self) -> SaleEntity | None:
        """Loading default values into a new SaleEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_SALE_ENTITY, ())

    async def save_sale_entity(
        self, *, sale_entity: SaleEntity | None | Unset = UNSET
    ) -> SaleEntity | None:
        """Updates the existing SaleEntity or creates a new SaleEntity if the id parameter is
        0.

        Returns:
            The result.
        """
        return await self._call(SAVE_SALE_ENTITY, (sale_entity,))

    async def delete_sale_entity(self, *, sale_entity_id: int | Unset = UNSET) -> None:
        """Deletes the SaleEntity"""
        return await self._call(DELETE_SALE_ENTITY, (sale_entity_id,))

    async def create_default_sale_stakeholder(self) -> SaleStakeholder | None:
        """Loading default values into a new SaleStakeholder.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_SALE_STAKEHOLDER, ())

    async def save_sale_stakeholder(
        self, *, sale_stakeholder: SaleStakeholder | None | Unset = UNSET
    ) -> SaleStakeholder | None:
        """Updates the existing SaleStakeholder or creates a new SaleStakeholder if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_SALE_STAKEHOLDER, (sale_stakeholder,))

    async def delete_sale_stakeholder(self, *, sale_stakeholder_id: int | Unset = UNSET) -> None:
        """Deletes the SaleStakeholder"""
        return await self._call(DELETE_SALE_STAKEHOLDER, (sale_stakeholder_id,))

    async def create_default_sale_summary(self) -> SaleSummary | None:
        """Loading default values into a new SaleSummary.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_SALE_SUMMARY, ())

    async def get_sale(self, *, sale_id: int | Unset = UNSET) -> Sale | None:
        """Gets a Sale object.

        Returns:
            The result.
        """
        return await self._call(GET_SALE, (sale_id,))

    async def get_sale_entity(self, *, sale_entity_id: int | Unset = UNSET) -> SaleEntity | None:
        """Gets a SaleEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_SALE_ENTITY, (sale_entity_id,))

    async def has_guide(self, *, sale_id: int | Unset = UNSET) -> bool | None:
        """Does this sale have a sale guide associated with its sale type?

        Returns:
            The result.
        """
        return await self._call(HAS_GUIDE, (sale_id,))

    async def get_next_due_date(self, *, sale_id: int | Unset = UNSET) -> datetime.datetime | None:
        """Gets the next due date for a sale.

        Returns:
            The result.
        """
        return await self._call(GET_NEXT_DUE_DATE, (sale_id,))

    async def batch_update_next_due_date(self) -> None:
        """Re-calculate all the next due dates"""
        return await self._call(BATCH_UPDATE_NEXT_DUE_DATE, ())

    async def get_next_sale_stage(
        self, *, sale_id: int | Unset = UNSET, include_current_stage: bool | Unset = UNSET
    ) -> int | None:
        """Gets the next (not deleted) sale stage id if the current stage is deleted.

        Returns:
            The result.
        """
        return await self._call(GET_NEXT_SALE_STAGE, (sale_id, include_current_stage))

    async def has_guide_activities(self, *, sale_id: int | Unset = UNSET) -> bool | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return await self._call(HAS_GUIDE_ACTIVITIES, (sale_id,))

    async def offer_auto_next_stage_on_apppointment_completed(
        self, *, appointment_id: int | Unset = UNSET
    ) -> bool | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return await self._call(OFFER_AUTO_NEXT_STAGE_ON_APPPOINTMENT_COMPLETED, (appointment_id,))

    async def get_probability_from_stage(self, *, stage_id: int | Unset = UNSET) -> int | None:
        """Get the probability percentage for a given sale stage

        Returns:
            The result.
        """
        return await self._call(GET_PROBABILITY_FROM_STAGE, (stage_id,))

    async def is_number_valid(
        self, *, contact_id: int | Unset = UNSET, number: str | None | Unset = UNSET
    ) -> bool | None:
        """Checks if the number is unique or required.

        Returns:
            The result.
        """
        return await self._call(IS_NUMBER_VALID, (contact_id, number))

    async def add_sale_stakeholders(
        self,
        *,
        sale_id: int | Unset = UNSET,
        sale_stakeholders: list[SaleStakeholder | None] | None | Unset = UNSET,
    ) -> None:
        """NsApiSlow threshold: 2000 ms."""
        return await self._call(ADD_SALE_STAKEHOLDERS, (sale_id, sale_stakeholders))

    async def delete_sale_stakeholders(
        self, *, sale_stakeholder_ids: list[int] | None | Unset = UNSET
    ) -> None:
        """NsApiSlow threshold: 2000 ms."""
        return await self._call(DELETE_SALE_STAKEHOLDERS, (sale_stakeholder_ids,))

    async def has_stakeholder_setting(self, *, sale_id: int | Unset = UNSET) -> bool | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return await self._call(HAS_STAKEHOLDER_SETTING, (sale_id,))

    async def validate_sale_entity(
        self, *, sale_entity: SaleEntity | None | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Check that entity is ready for saving, return error messages by field.

        Returns:
            The result.
        """
        return await self._call(VALIDATE_SALE_ENTITY, (sale_entity,))

    async def sale_has_quote(self, *, sale_id: int | Unset = UNSET) -> bool | None:
        """Returns true is the sale has a quote

        Returns:
            The result.
        """
        return await self._call(SALE_HAS_QUOTE, (sale_id,))

    async def get_sale_list(
        self, *, sale_ids: list[int] | None | Unset = UNSET
    ) -> list[Sale | None] | None:
        """Gets an array of Sale objects.

        Returns:
            The result.
        """
        return await self._call(GET_SALE_LIST, (sale_ids,))

    async def get_my_opportunities(
        self, *, count: int | Unset = UNSET
    ) -> list[Sale | None] | None:
        """Returning the opportunities (open sales) belonging to the user currently logged on

        Returns:
            The result.
        """
        return await self._call(GET_MY_OPPORTUNITIES, (count,))

    async def get_recent_sales(
        self, *, amount_limit: int | Unset = UNSET, count: int | Unset = UNSET
    ) -> list[Sale | None] | None:
        """Returns the latest sales (that are sold) limited by their amount.

        Returns:
            The result.
        """
        return await self._call(GET_RECENT_SALES, (amount_limit, count))

    async def get_upcoming_sales(
        self, *, weighted_amount_limit: int | Unset = UNSET, count: int | Unset = UNSET
    ) -> list[Sale | None] | None:
        """Returns all open sales, sorted descending with the latest first.

        Returns:
            The result.
        """
        return await self._call(GET_UPCOMING_SALES, (weighted_amount_limit, count))

    async def get_sales_by_date(
        self,
        *,
        from_date: datetime.datetime | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
        amount_limit: int | Unset = UNSET,
        status: SaleStatus | str | Unset = UNSET,
    ) -> list[Sale | None] | None:
        """Returns all sales within a time period.

        Returns:
            The result.
        """
        return await self._call(GET_SALES_BY_DATE, (from_date, to_date, amount_limit, status))

    async def get_open_sales_for_contact(
        self, *, contact_id: int | Unset = UNSET
    ) -> list[Sale | None] | None:
        """Returns all open sales for the contact provided.

        Returns:
            The result.
        """
        return await self._call(GET_OPEN_SALES_FOR_CONTACT, (contact_id,))

    async def set_as_sold(self, *, sale_ids: list[int] | None | Unset = UNSET) -> None:
        """Change the status of one or more Sales to Sold."""
        return await self._call(SET_AS_SOLD, (sale_ids,))

    async def set_as_sold_with_reason(
        self, *, sale_ids: list[int] | None | Unset = UNSET, reason_id: int | Unset = UNSET
    ) -> None:
        """Change the status of one or more Sales to Sold."""
        return await self._call(SET_AS_SOLD_WITH_REASON, (sale_ids, reason_id))

    async def set_as_lost(self, *, sale_ids: list[int] | None | Unset = UNSET) -> None:
        """Change the status of one or more sales to Lost."""
        return await self._call(SET_AS_LOST, (sale_ids,))

    async def set_as_lost_with_reason(
        self, *, sale_ids: list[int] | None | Unset = UNSET, reason_id: int | Unset = UNSET
    ) -> None:
        """Change the status of one or more sales to Lost."""
        return await self._call(SET_AS_LOST_WITH_REASON, (sale_ids, reason_id))

    async def get_sales_from_contact(
        self, *, contact_id: int | Unset = UNSET, only_open_sales: bool | Unset = UNSET
    ) -> list[Sale | None] | None:
        """Returns all sales for the contact provided.

        Returns:
            The result.
        """
        return await self._call(GET_SALES_FROM_CONTACT, (contact_id, only_open_sales))

    async def get_sales_from_person(
        self, *, person_id: int | Unset = UNSET, only_open_sales: bool | Unset = UNSET
    ) -> list[Sale | None] | None:
        """Returns all sales for the person provided.

        Returns:
            The result.
        """
        return await self._call(GET_SALES_FROM_PERSON, (person_id, only_open_sales))

    async def get_sale_stakeholder(
        self, *, sale_stakeholder_id: int | Unset = UNSET
    ) -> SaleStakeholder | None:
        """Gets a SaleStakeholder object.

        Returns:
            The result.
        """
        return await self._call(GET_SALE_STAKEHOLDER, (sale_stakeholder_id,))

    async def get_sale_stakeholder_list(
        self, *, sale_stakeholder_ids: list[int] | None | Unset = UNSET
    ) -> list[SaleStakeholder | None] | None:
        """Gets an array of SaleStakeholder objects.

        Returns:
            The result.
        """
        return await self._call(GET_SALE_STAKEHOLDER_LIST, (sale_stakeholder_ids,))

    async def get_sale_stakeholders(
        self, *, sale_id: int | Unset = UNSET
    ) -> list[SaleStakeholder | None] | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return await self._call(GET_SALE_STAKEHOLDERS, (sale_id,))

    async def update_sale_stakeholders(
        self, *, stakeholders: list[SaleStakeholder | None] | None | Unset = UNSET
    ) -> list[SaleStakeholder | None] | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return await self._call(UPDATE_SALE_STAKEHOLDERS, (stakeholders,))

    async def get_sale_stakeholder_by_id(
        self, *, sale_stakeholder_ids: list[int] | None | Unset = UNSET
    ) -> list[SaleStakeholder | None] | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return await self._call(GET_SALE_STAKEHOLDER_BY_ID, (sale_stakeholder_ids,))

    async def get_summary_by_associate(
        self,
        *,
        associate_id: int | Unset = UNSET,
        from_date: datetime.datetime | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
    ) -> SaleSummary | None:
        """NsApiSlow threshold: 3000 ms.

        Returns:
            The result.
        """
        return await self._call(GET_SUMMARY_BY_ASSOCIATE, (associate_id, from_date, to_date))

    async def get_summary_by_group(
        self,
        *,
        group_id: int | Unset = UNSET,
        from_date: datetime.datetime | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
    ) -> SaleSummary | None:
        """NsApiSlow threshold: 3000 ms.

        Returns:
            The result.
        """
        return await self._call(GET_SUMMARY_BY_GROUP, (group_id, from_date, to_date))

    async def get_summary_by_contact(
        self,
        *,
        contact_id: int | Unset = UNSET,
        from_date: datetime.datetime | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
    ) -> SaleSummary | None:
        """NsApiSlow threshold: 3000 ms.

        Returns:
            The result.
        """
        return await self._call(GET_SUMMARY_BY_CONTACT, (contact_id, from_date, to_date))


class SaleAgent(SaleMethods, SoapCaller):
    """Sale over SOAP 1.1 (``Remote/Services88/Sale.svc``), synchronous."""

    _PATH = "Remote/Services88/Sale.svc"
    _HEADERS = HEADERS


class AsyncSaleAgent(AsyncSaleMethods, AsyncSoapCaller):
    """Sale over SOAP 1.1 (``Remote/Services88/Sale.svc``), asynchronous."""

    _PATH = "Remote/Services88/Sale.svc"
    _HEADERS = HEADERS


class SaleRestAgent(SaleMethods, RestCaller):
    """Sale over REST (``/api/v1/Agents/Sale/...``), synchronous."""


class AsyncSaleRestAgent(AsyncSaleMethods, AsyncRestCaller):
    """Sale over REST (``/api/v1/Agents/Sale/...``), asynchronous."""
