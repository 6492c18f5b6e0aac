"""Services88 Quote agent (``Remote/Services88/Quote.svc``).

``QuoteAgent`` and ``AsyncQuoteAgent`` call it over SOAP, ``QuoteRestAgent`` and
``AsyncQuoteRestAgent`` over REST; all four share the same typed methods and dataclasses.
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
from .types.approve_reject_response import APPROVE_REJECT_RESPONSE_CODEC, ApproveRejectResponse
from .types.field_metadata import FIELD_METADATA_DICTIONARY_CODEC, FieldMetadata
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.plugin_response import (
    LIST_OF_PLUGIN_RESPONSE_CODEC,
    PLUGIN_RESPONSE_CODEC,
    PluginResponse,
)
from .types.plugin_url_response import PLUGIN_URL_RESPONSE_CODEC, PluginUrlResponse
from .types.price_list import LIST_OF_PRICE_LIST_CODEC, PRICE_LIST_CODEC, PriceList
from .types.product import LIST_OF_PRODUCT_CODEC, PRODUCT_CODEC, Product
from .types.product_extra_data_field import (
    LIST_OF_PRODUCT_EXTRA_DATA_FIELD_CODEC,
    ProductExtraDataField,
)
from .types.quote import QUOTE_CODEC, Quote
from .types.quote_alternative import (
    LIST_OF_QUOTE_ALTERNATIVE_CODEC,
    QUOTE_ALTERNATIVE_CODEC,
    QuoteAlternative,
)
from .types.quote_alternative_recalculated import (
    QUOTE_ALTERNATIVE_RECALCULATED_CODEC,
    QuoteAlternativeRecalculated,
)
from .types.quote_connection import (
    LIST_OF_QUOTE_CONNECTION_CODEC,
    QUOTE_CONNECTION_CODEC,
    QuoteConnection,
)
from .types.quote_entity import QUOTE_ENTITY_CODEC, QuoteEntity
from .types.quote_line import LIST_OF_QUOTE_LINE_CODEC, QUOTE_LINE_CODEC, QuoteLine
from .types.quote_line_configuration import (
    LIST_OF_QUOTE_LINE_CONFIGURATION_CODEC,
    QUOTE_LINE_CONFIGURATION_CODEC,
    QuoteLineConfiguration,
)
from .types.quote_publish_documents import QUOTE_PUBLISH_DOCUMENTS_CODEC, QuotePublishDocuments
from .types.quote_version import LIST_OF_QUOTE_VERSION_CODEC, QUOTE_VERSION_CODEC, QuoteVersion
from .types.quote_version_attachment import (
    LIST_OF_QUOTE_VERSION_ATTACHMENT_CODEC,
    QuoteVersionAttachment,
)
from .types.quote_version_button_action import (
    QUOTE_VERSION_BUTTON_ACTION_CODEC,
    QuoteVersionButtonAction,
)
from .types.quote_version_button_state import (
    QUOTE_VERSION_BUTTON_STATE_CODEC,
    QuoteVersionButtonState,
)
from .types.quote_version_status_information import (
    QUOTE_VERSION_STATUS_INFORMATION_CODEC,
    QuoteVersionStatusInformation,
)
from .types.quote_version_validated import QUOTE_VERSION_VALIDATED_CODEC, QuoteVersionValidated
from .types.quote_version_workflow_state import (
    QUOTE_VERSION_WORKFLOW_STATE_CODEC,
    QuoteVersionWorkflowState,
)
from .types.string_dictionary import STRING_DICTIONARY_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

UPDATE_QUOTE_VERSION_PRICES: Operation[QuoteVersionValidated | None] = Operation(
    "UpdateQuoteVersionPrices",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/UpdateQuoteVersionPrices",
    params=(Param("quote_version_id", "QuoteVersionId", INT),),
    results=(Param("response", "Response", QUOTE_VERSION_VALIDATED_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/UpdateQuoteVersionPrices",
)

SAVE_QUOTE_VERSION_NUMBER: Operation[bool | None] = Operation(
    "SaveQuoteVersionNumber",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/SaveQuoteVersionNumber",
    params=(
        Param("quote_version_id", "QuoteVersionId", INT),
        Param("number", "Number", STR, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Quote/SaveQuoteVersionNumber",
)

GET_QUOTE_VERSION_WORKFLOW_IMAGE_STATE: Operation[QuoteVersionButtonState | None] = Operation(
    "GetQuoteVersionWorkflowImageState",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetQuoteVersionWorkflowImageState",
    params=(Param("quote_version_id", "QuoteVersionId", INT),),
    results=(Param("response", "Response", QUOTE_VERSION_BUTTON_STATE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetQuoteVersionWorkflowImageState",
)

GET_QUOTE_VERSION_WORKFLOW_BUTTON_STATES: Operation[QuoteVersionWorkflowState | None] = Operation(
    "GetQuoteVersionWorkflowButtonStates",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetQuoteVersionWorkflowButtonStates",
    params=(
        Param("quote_version_id", "QuoteVersionId", INT),
        Param("quote_alternative_id", "QuoteAlternativeId", INT),
    ),
    results=(Param("response", "Response", QUOTE_VERSION_WORKFLOW_STATE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetQuoteVersionWorkflowButtonStates",
)

GET_QUOTE_VERSION_WORKFLOW_STATUS_INFO: Operation[QuoteVersionStatusInformation | None] = (
    Operation(
        "GetQuoteVersionWorkflowStatusInfo",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetQuoteVersionWorkflowStatusInfo",
        params=(Param("quote_version_id", "QuoteVersionId", INT),),
        results=(
            Param("response", "Response", QUOTE_VERSION_STATUS_INFORMATION_CODEC, nillable=True),
        ),
        rest_path="/api/v1/Agents/Quote/GetQuoteVersionWorkflowStatusInfo",
    )
)

REQUEST_APPROVAL: Operation[PluginResponse | None] = Operation(
    "RequestApproval",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/RequestApproval",
    params=(
        Param("quote_version_id", "QuoteVersionId", INT),
        Param("associate_id", "AssociateId", INT),
        Param("comment", "Comment", STR, nillable=True),
    ),
    results=(Param("response", "Response", PLUGIN_RESPONSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/RequestApproval",
)

CANCEL_APPROVAL_REQUEST: Operation[PluginResponse | None] = Operation(
    "CancelApprovalRequest",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/CancelApprovalRequest",
    params=(Param("quote_version_id", "QuoteVersionId", INT),),
    results=(Param("response", "Response", PLUGIN_RESPONSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/CancelApprovalRequest",
)

CREATE_OR_UPDATE_QUOTE_VERSION_ATTACHMENTS: Operation[
    list[QuoteVersionAttachment | None] | None
] = Operation(
    "CreateOrUpdateQuoteVersionAttachments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/CreateOrUpdateQuoteVersionAttachments",
    params=(Param("quote_version_id", "QuoteVersionId", INT),),
    results=(
        Param("response", "Response", LIST_OF_QUOTE_VERSION_ATTACHMENT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Quote/CreateOrUpdateQuoteVersionAttachments",
)

INCLUDE_QUOTE_VERSION_ATTACHMENT: Operation[bool | None] = Operation(
    "IncludeQuoteVersionAttachment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/IncludeQuoteVersionAttachment",
    params=(
        Param("quote_version_id", "QuoteVersionId", INT),
        Param("document_id", "DocumentId", INT),
        Param("include", "Include", BOOL),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Quote/IncludeQuoteVersionAttachment",
)

TOGGLE_SALE_TYPE_QUOTE_ATTACHMENT_DEFAULT_INCLUDED: Operation[bool | None] = Operation(
    "ToggleSaleTypeQuoteAttachmentDefaultIncluded",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/ToggleSaleTypeQuoteAttachmentDefaultIncluded",
    params=(Param("sale_type_quote_attachment_id", "SaleTypeQuoteAttachmentId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Quote/ToggleSaleTypeQuoteAttachmentDefaultIncluded",
)

ADD_SALE_TYPE_QUOTE_ATTACHMENT: Operation[int | None] = Operation(
    "AddSaleTypeQuoteAttachment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/AddSaleTypeQuoteAttachment",
    params=(
        Param("sale_type_id", "SaleTypeId", INT),
        Param("document_id", "DocumentId", INT),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Quote/AddSaleTypeQuoteAttachment",
)

DELETE_SALE_TYPE_QUOTE_ATTACHMENT: Operation[None] = Operation(
    "DeleteSaleTypeQuoteAttachment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/DeleteSaleTypeQuoteAttachment",
    params=(Param("sale_type_quote_attachment_id", "SaleTypeQuoteAttachmentId", INT),),
    rest_path="/api/v1/Agents/Quote/DeleteSaleTypeQuoteAttachment",
)

TOGGLE_QUOTE_VERSION_ATTACHMENT_INCLUDED: Operation[bool | None] = Operation(
    "ToggleQuoteVersionAttachmentIncluded",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/ToggleQuoteVersionAttachmentIncluded",
    params=(Param("quote_version_attachment_id", "QuoteVersionAttachmentId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Quote/ToggleQuoteVersionAttachmentIncluded",
)

CREATE_DEFAULT_PRICE_LIST: Operation[PriceList | None] = Operation(
    "CreateDefaultPriceList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/CreateDefaultPriceList",
    results=(Param("response", "Response", PRICE_LIST_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/CreateDefaultPriceList",
    rest_select=False,
)

SAVE_PRICE_LIST: Operation[PriceList | None] = Operation(
    "SavePriceList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/SavePriceList",
    params=(Param("price_list", "PriceList", PRICE_LIST_CODEC, nillable=True),),
    results=(Param("response", "Response", PRICE_LIST_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/SavePriceList",
    rest_body="price_list",
    rest_select=False,
)

DELETE_PRICE_LIST: Operation[None] = Operation(
    "DeletePriceList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/DeletePriceList",
    params=(Param("price_list_id", "PriceListId", INT, query="priceListId"),),
    rest_path="/api/v1/Agents/Quote/DeletePriceList",
    rest_select=False,
)

CREATE_DEFAULT_PRODUCT: Operation[Product | None] = Operation(
    "CreateDefaultProduct",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/CreateDefaultProduct",
    results=(Param("response", "Response", PRODUCT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/CreateDefaultProduct",
    rest_select=False,
)

SAVE_PRODUCT: Operation[Product | None] = Operation(
    "SaveProduct",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/SaveProduct",
    params=(Param("product", "Product", PRODUCT_CODEC, nillable=True),),
    results=(Param("response", "Response", PRODUCT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/SaveProduct",
    rest_body="product",
    rest_select=False,
)

DELETE_PRODUCT: Operation[None] = Operation(
    "DeleteProduct",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/DeleteProduct",
    params=(Param("product_id", "ProductId", INT, query="productId"),),
    rest_path="/api/v1/Agents/Quote/DeleteProduct",
    rest_select=False,
)

CREATE_DEFAULT_QUOTE_ALTERNATIVE: Operation[QuoteAlternative | None] = Operation(
    "CreateDefaultQuoteAlternative",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/CreateDefaultQuoteAlternative",
    results=(Param("response", "Response", QUOTE_ALTERNATIVE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/CreateDefaultQuoteAlternative",
    rest_select=False,
)

SAVE_QUOTE_ALTERNATIVE: Operation[QuoteAlternative | None] = Operation(
    "SaveQuoteAlternative",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/SaveQuoteAlternative",
    params=(
        Param("quote_alternative", "QuoteAlternative", QUOTE_ALTERNATIVE_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", QUOTE_ALTERNATIVE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/SaveQuoteAlternative",
    rest_body="quote_alternative",
    rest_select=False,
)

GET_CONFIGURATION_FIELDS: Operation[dict[str, FieldMetadata | None] | None] = Operation(
    "GetConfigurationFields",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetConfigurationFields",
    params=(
        Param("connection_id", "ConnectionId", INT),
        Param("connector_name", "ConnectorName", STR, nillable=True),
    ),
    results=(Param("response", "Response", FIELD_METADATA_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetConfigurationFields",
)

TEST_CONNECTION: Operation[PluginResponse | None] = Operation(
    "TestConnection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/TestConnection",
    params=(
        Param("connector_name", "ConnectorName", STR, nillable=True),
        Param("connection_data", "ConnectionData", STRING_DICTIONARY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", PLUGIN_RESPONSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/TestConnection",
)

GET_PRICE_LIST: Operation[PriceList | None] = Operation(
    "GetPriceList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetPriceList",
    params=(Param("price_list_id", "PriceListId", INT, query="priceListId"),),
    results=(Param("response", "Response", PRICE_LIST_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetPriceList",
)

COPY_SUPER_OFFICE_PRICE_LIST: Operation[PriceList | None] = Operation(
    "CopySuperOfficePriceList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/CopySuperOfficePriceList",
    params=(
        Param("original_price_list_id", "OriginalPriceListId", INT),
        Param("new_name", "NewName", STR, nillable=True),
        Param("valid_from", "ValidFrom", DATETIME),
        Param("valid_to", "ValidTo", DATETIME),
        Param("new_currency_id", "NewCurrencyId", INT),
        Param("convert_currency", "ConvertCurrency", BOOL),
    ),
    results=(Param("response", "Response", PRICE_LIST_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/CopySuperOfficePriceList",
)

GET_PRODUCT_IMAGE: Operation[str | None] = Operation(
    "GetProductImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetProductImage",
    params=(
        Param("quote_connection_id", "QuoteConnectionId", INT),
        Param("erp_product_key", "ERPProductKey", STR, nillable=True),
        Param("rank", "Rank", INT),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetProductImage",
)

FIND_PRODUCT: Operation[list[Product | None] | None] = Operation(
    "FindProduct",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/FindProduct",
    params=(
        Param("quote_alternative_id", "QuoteAlternativeId", INT),
        Param("user_input", "UserInput", STR, nillable=True),
        Param("price_list_key", "PriceListKey", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_PRODUCT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/FindProduct",
)

GET_PRODUCT: Operation[Product | None] = Operation(
    "GetProduct",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetProduct",
    params=(
        Param("quote_connection_id", "QuoteConnectionId", INT),
        Param("erp_product_key", "ERPProductKey", STR, nillable=True),
    ),
    results=(Param("response", "Response", PRODUCT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetProduct",
)

GET_PRODUCT_FROM_DB_ID: Operation[Product | None] = Operation(
    "GetProductFromDbId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetProductFromDbId",
    params=(Param("product_id", "ProductId", INT),),
    results=(Param("response", "Response", PRODUCT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetProductFromDbId",
)

REMOVE_PRODUCT: Operation[None] = Operation(
    "RemoveProduct",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/RemoveProduct",
    params=(Param("product_id", "ProductId", INT),),
    rest_path="/api/v1/Agents/Quote/RemoveProduct",
)

TOGGLE_PRODUCT_IN_ASSORTMENT: Operation[None] = Operation(
    "ToggleProductInAssortment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/ToggleProductInAssortment",
    params=(Param("product_id", "ProductId", INT),),
    rest_path="/api/v1/Agents/Quote/ToggleProductInAssortment",
)

SAVE_QUOTE: Operation[Quote | None] = Operation(
    "SaveQuote",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/SaveQuote",
    params=(Param("quote", "Quote", QUOTE_CODEC, nillable=True),),
    results=(Param("response", "Response", QUOTE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/SaveQuote",
)

GET_QUOTE: Operation[Quote | None] = Operation(
    "GetQuote",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetQuote",
    params=(Param("quote_id", "QuoteId", INT),),
    results=(Param("response", "Response", QUOTE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetQuote",
)

GET_QUOTE_FROM_SALE_ID: Operation[Quote | None] = Operation(
    "GetQuoteFromSaleId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetQuoteFromSaleId",
    params=(Param("sale_id", "SaleId", INT),),
    results=(Param("response", "Response", QUOTE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetQuoteFromSaleId",
)

GET_QUOTE_ALTERNATIVE: Operation[QuoteAlternative | None] = Operation(
    "GetQuoteAlternative",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetQuoteAlternative",
    params=(Param("quote_alternative_id", "QuoteAlternativeId", INT, query="quoteAlternativeId"),),
    results=(Param("response", "Response", QUOTE_ALTERNATIVE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetQuoteAlternative",
)

RECALCULATE_QUOTE_ALTERNATIVE: Operation[QuoteAlternativeRecalculated | None] = Operation(
    "RecalculateQuoteAlternative",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/RecalculateQuoteAlternative",
    params=(Param("quote_alternative", "QuoteAlternative", INT),),
    results=(Param("response", "Response", QUOTE_ALTERNATIVE_RECALCULATED_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/RecalculateQuoteAlternative",
)

GET_QUOTE_ALTERNATIVES: Operation[list[QuoteAlternative | None] | None] = Operation(
    "GetQuoteAlternatives",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetQuoteAlternatives",
    params=(Param("quote_version_id", "QuoteVersionId", INT),),
    results=(Param("response", "Response", LIST_OF_QUOTE_ALTERNATIVE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetQuoteAlternatives",
)

MOVE_QUOTE_LINE: Operation[None] = Operation(
    "MoveQuoteLine",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/MoveQuoteLine",
    params=(
        Param("quote_line_id", "QuoteLineId", INT),
        Param("direction", "Direction", BOOL),
    ),
    rest_path="/api/v1/Agents/Quote/MoveQuoteLine",
)

CREATE_QUOTE_ALTERNATIVE: Operation[QuoteAlternative | None] = Operation(
    "CreateQuoteAlternative",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/CreateQuoteAlternative",
    params=(
        Param("quote_version_id", "QuoteVersionId", INT),
        Param("quote_alternative_name", "QuoteAlternativeName", STR, nillable=True),
        Param("quote_alternative_description", "QuoteAlternativeDescription", STR, nillable=True),
    ),
    results=(Param("response", "Response", QUOTE_ALTERNATIVE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/CreateQuoteAlternative",
)

COPY_QUOTE_ALTERNATIVE: Operation[QuoteAlternative | None] = Operation(
    "CopyQuoteAlternative",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/CopyQuoteAlternative",
    params=(
        Param("quote_version_id", "QuoteVersionId", INT),
        Param("quote_alternative_id", "QuoteAlternativeId", INT),
        Param("quote_alternative_name", "QuoteAlternativeName", STR, nillable=True),
    ),
    results=(Param("response", "Response", QUOTE_ALTERNATIVE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/CopyQuoteAlternative",
)

DELETE_QUOTE_ALTERNATIVE: Operation[None] = Operation(
    "DeleteQuoteAlternative",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/DeleteQuoteAlternative",
    params=(Param("quote_alternative_id", "QuoteAlternativeId", INT),),
    rest_path="/api/v1/Agents/Quote/DeleteQuoteAlternative",
)

HAS_CONNECTIONS: Operation[PluginResponse | None] = Operation(
    "HasConnections",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/HasConnections",
    results=(Param("response", "Response", PLUGIN_RESPONSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/HasConnections",
)

GET_ALL_INSTALLED_QUOTE_CONNECTIONS: Operation[list[QuoteConnection | None] | None] = Operation(
    "GetAllInstalledQuoteConnections",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetAllInstalledQuoteConnections",
    results=(Param("response", "Response", LIST_OF_QUOTE_CONNECTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetAllInstalledQuoteConnections",
)

GET_ALL_AVAILABLE_QUOTE_CONNECTIONS: Operation[list[QuoteConnection | None] | None] = Operation(
    "GetAllAvailableQuoteConnections",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetAllAvailableQuoteConnections",
    results=(Param("response", "Response", LIST_OF_QUOTE_CONNECTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetAllAvailableQuoteConnections",
)

GET_ALL_AVAILABLE_QUOTE_CONNECTIONS_WITH_PRICE_LISTS: Operation[
    list[QuoteConnection | None] | None
] = Operation(
    "GetAllAvailableQuoteConnectionsWithPriceLists",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetAllAvailableQuoteConnectionsWithPriceLists",
    results=(Param("response", "Response", LIST_OF_QUOTE_CONNECTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetAllAvailableQuoteConnectionsWithPriceLists",
)

CREATE_CONNECTION_FROM_CONNECTOR_NAME: Operation[QuoteConnection | None] = Operation(
    "CreateConnectionFromConnectorName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/CreateConnectionFromConnectorName",
    params=(Param("connector_name", "ConnectorName", STR, nillable=True),),
    results=(Param("response", "Response", QUOTE_CONNECTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/CreateConnectionFromConnectorName",
)

GET_CONNECTION: Operation[QuoteConnection | None] = Operation(
    "GetConnection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetConnection",
    params=(Param("quote_connection_id", "QuoteConnectionId", INT),),
    results=(Param("response", "Response", QUOTE_CONNECTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetConnection",
)

SAVE_CONNECTION: Operation[QuoteConnection | None] = Operation(
    "SaveConnection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/SaveConnection",
    params=(Param("connection", "Connection", QUOTE_CONNECTION_CODEC, nillable=True),),
    results=(Param("response", "Response", QUOTE_CONNECTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/SaveConnection",
)

DELETE_CONNECTION: Operation[None] = Operation(
    "DeleteConnection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/DeleteConnection",
    params=(Param("quote_connection_id", "QuoteConnectionId", INT),),
    rest_path="/api/v1/Agents/Quote/DeleteConnection",
)

RESTORE_CONNECTION: Operation[None] = Operation(
    "RestoreConnection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/RestoreConnection",
    params=(Param("quote_connection_id", "QuoteConnectionId", INT),),
    rest_path="/api/v1/Agents/Quote/RestoreConnection",
)

GET_CONNECTIONS_FOR_ASSOCIATE: Operation[list[QuoteConnection | None] | None] = Operation(
    "GetConnectionsForAssociate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetConnectionsForAssociate",
    params=(Param("associate_id", "AssociateId", INT),),
    results=(Param("response", "Response", LIST_OF_QUOTE_CONNECTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetConnectionsForAssociate",
)

GET_ACTIVE_PRICE_LISTS: Operation[list[PriceList | None] | None] = Operation(
    "GetActivePriceLists",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetActivePriceLists",
    params=(
        Param("quote_connection_id", "QuoteConnectionId", INT),
        Param("currency", "Currency", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_PRICE_LIST_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetActivePriceLists",
)

GET_ACTIVE_PRICE_LISTS_BY_CURRENCY_ID: Operation[list[PriceList | None] | None] = Operation(
    "GetActivePriceListsByCurrencyId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetActivePriceListsByCurrencyId",
    params=(
        Param("quote_connection_id", "QuoteConnectionId", INT),
        Param("currency_id", "CurrencyId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_PRICE_LIST_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetActivePriceListsByCurrencyId",
)

GET_ALL_PRICE_LISTS: Operation[list[PriceList | None] | None] = Operation(
    "GetAllPriceLists",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetAllPriceLists",
    params=(
        Param("quote_connection_id", "QuoteConnectionId", INT),
        Param("currency", "Currency", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_PRICE_LIST_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetAllPriceLists",
)

GET_ALL_PRICE_LISTS_BY_CURRENCY_ID: Operation[list[PriceList | None] | None] = Operation(
    "GetAllPriceListsByCurrencyId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetAllPriceListsByCurrencyId",
    params=(
        Param("quote_connection_id", "QuoteConnectionId", INT),
        Param("currency_id", "CurrencyId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_PRICE_LIST_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetAllPriceListsByCurrencyId",
)

GET_CONNECTOR_CAPABILITY_NAMES: Operation[list[str | None] | None] = Operation(
    "GetConnectorCapabilityNames",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetConnectorCapabilityNames",
    params=(Param("quote_connection_id", "QuoteConnectionId", INT),),
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetConnectorCapabilityNames",
)

GET_CONNECTOR_CAPABILITIES: Operation[list[str | None] | None] = Operation(
    "GetConnectorCapabilities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetConnectorCapabilities",
    params=(Param("quote_connection_id", "QuoteConnectionId", INT),),
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetConnectorCapabilities",
)

CAN_CONNECTOR_PROVIDE_CAPABILITY: Operation[bool | None] = Operation(
    "CanConnectorProvideCapability",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/CanConnectorProvideCapability",
    params=(
        Param("quote_connection_id", "QuoteConnectionId", INT),
        Param("capability_name", "CapabilityName", STR, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Quote/CanConnectorProvideCapability",
)

GET_CONNECTION_STARTUP_ERRORS: Operation[list[PluginResponse | None] | None] = Operation(
    "GetConnectionStartupErrors",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetConnectionStartupErrors",
    results=(Param("response", "Response", LIST_OF_PLUGIN_RESPONSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetConnectionStartupErrors",
)

GET_CONNECTION_STARTUP_RESPONSE: Operation[PluginResponse | None] = Operation(
    "GetConnectionStartupResponse",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetConnectionStartupResponse",
    params=(Param("quote_connection_id", "QuoteConnectionId", INT),),
    results=(Param("response", "Response", PLUGIN_RESPONSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetConnectionStartupResponse",
)

GET_CONNECTION_CONFIG_FIELDS: Operation[dict[str, str | None] | None] = Operation(
    "GetConnectionConfigFields",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetConnectionConfigFields",
    params=(Param("quote_connection_id", "QuoteConnectionId", INT),),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetConnectionConfigFields",
)

SAVE_CONNECTION_CONFIG_FIELDS: Operation[dict[str, str | None] | None] = Operation(
    "SaveConnectionConfigFields",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/SaveConnectionConfigFields",
    params=(
        Param("quote_connection_id", "QuoteConnectionId", INT),
        Param(
            "connection_config_fields",
            "ConnectionConfigFields",
            STRING_DICTIONARY_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/SaveConnectionConfigFields",
)

CREATE_AND_SAVE_QUOTE: Operation[QuoteEntity | None] = Operation(
    "CreateAndSaveQuote",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/CreateAndSaveQuote",
    params=(
        Param("sale_id", "SaleId", INT),
        Param("connection_id", "ConnectionId", INT),
        Param("first_alternative_name", "FirstAlternativeName", STR, nillable=True),
    ),
    results=(Param("response", "Response", QUOTE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/CreateAndSaveQuote",
)

GET_QUOTE_ENTITY: Operation[QuoteEntity | None] = Operation(
    "GetQuoteEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetQuoteEntity",
    params=(Param("quote_id", "QuoteId", INT),),
    results=(Param("response", "Response", QUOTE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetQuoteEntity",
)

GET_QUOTE_ENTITY_FROM_SALE_ID: Operation[QuoteEntity | None] = Operation(
    "GetQuoteEntityFromSaleId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetQuoteEntityFromSaleId",
    params=(Param("sale_id", "SaleId", INT),),
    results=(Param("response", "Response", QUOTE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetQuoteEntityFromSaleId",
)

SAVE_QUOTE_ENTITY: Operation[QuoteEntity | None] = Operation(
    "SaveQuoteEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/SaveQuoteEntity",
    params=(Param("quote_entity", "QuoteEntity", QUOTE_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", QUOTE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/SaveQuoteEntity",
)

CREATE_AND_SAVE_QUOTE_FROM_SALE: Operation[QuoteEntity | None] = Operation(
    "CreateAndSaveQuoteFromSale",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/CreateAndSaveQuoteFromSale",
    params=(
        Param("copy_from_sale_id", "CopyFromSaleId", INT),
        Param("copy_to_sale_id", "CopyToSaleId", INT),
    ),
    results=(Param("response", "Response", QUOTE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/CreateAndSaveQuoteFromSale",
)

PLACE_ORDER: Operation[PluginUrlResponse | None] = Operation(
    "PlaceOrder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/PlaceOrder",
    params=(
        Param("quote_alternative_id", "QuoteAlternativeId", INT),
        Param("mark_sale_as_sold", "MarkSaleAsSold", BOOL),
        Param("po_number", "PoNumber", STR, nillable=True),
        Param("order_comment", "OrderComment", STR, nillable=True),
        Param("culture", "Culture", STR, nillable=True),
    ),
    results=(Param("response", "Response", PLUGIN_URL_RESPONSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/PlaceOrder",
)

GET_ORDER_STATE: Operation[PluginUrlResponse | None] = Operation(
    "GetOrderState",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetOrderState",
    params=(Param("quote_version_id", "QuoteVersionId", INT),),
    results=(Param("response", "Response", PLUGIN_URL_RESPONSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetOrderState",
)

DELETE_QUOTE: Operation[None] = Operation(
    "DeleteQuote",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/DeleteQuote",
    params=(Param("quote_id", "QuoteId", INT),),
    rest_path="/api/v1/Agents/Quote/DeleteQuote",
)

CREATE_QUOTE_LINE: Operation[QuoteLine | None] = Operation(
    "CreateQuoteLine",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/CreateQuoteLine",
    params=(
        Param("quote_alternative_id", "QuoteAlternativeId", INT),
        Param("erp_product_key", "ERPProductKey", STR, nillable=True),
    ),
    results=(Param("response", "Response", QUOTE_LINE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/CreateQuoteLine",
)

CREATE_QUOTE_LINE_FROM_PRODUCT: Operation[QuoteLine | None] = Operation(
    "CreateQuoteLineFromProduct",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/CreateQuoteLineFromProduct",
    params=(
        Param("quote_alternative_id", "QuoteAlternativeId", INT),
        Param("product", "Product", PRODUCT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", QUOTE_LINE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/CreateQuoteLineFromProduct",
)

SAVE_QUOTE_LINE: Operation[QuoteLine | None] = Operation(
    "SaveQuoteLine",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/SaveQuoteLine",
    params=(Param("quote_line", "QuoteLine", QUOTE_LINE_CODEC, nillable=True),),
    results=(Param("response", "Response", QUOTE_LINE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/SaveQuoteLine",
)

SAVE_QUOTE_LINES: Operation[list[QuoteLine | None] | None] = Operation(
    "SaveQuoteLines",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/SaveQuoteLines",
    params=(Param("quote_lines", "QuoteLines", LIST_OF_QUOTE_LINE_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_QUOTE_LINE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/SaveQuoteLines",
)

GET_QUOTE_LINE: Operation[QuoteLine | None] = Operation(
    "GetQuoteLine",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetQuoteLine",
    params=(Param("quote_line_id", "QuoteLineId", INT),),
    results=(Param("response", "Response", QUOTE_LINE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetQuoteLine",
)

GET_QUOTE_LINES: Operation[list[QuoteLine | None] | None] = Operation(
    "GetQuoteLines",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetQuoteLines",
    params=(Param("quote_alternative_id", "QuoteAlternativeId", INT),),
    results=(Param("response", "Response", LIST_OF_QUOTE_LINE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetQuoteLines",
)

DELETE_QUOTE_LINE: Operation[None] = Operation(
    "DeleteQuoteLine",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/DeleteQuoteLine",
    params=(Param("quote_line_id", "QuoteLineId", INT),),
    rest_path="/api/v1/Agents/Quote/DeleteQuoteLine",
)

DELETE_QUOTE_LINES: Operation[None] = Operation(
    "DeleteQuoteLines",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/DeleteQuoteLines",
    params=(Param("quote_line_ids", "QuoteLineIds", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/DeleteQuoteLines",
)

RECALCULATE_QUOTE_LINE: Operation[QuoteLine | None] = Operation(
    "RecalculateQuoteLine",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/RecalculateQuoteLine",
    params=(
        Param("quote_line", "QuoteLine", QUOTE_LINE_CODEC, nillable=True),
        Param("changed_fields", "ChangedFields", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", QUOTE_LINE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/RecalculateQuoteLine",
)

GET_EXTRA_INFO: Operation[list[ProductExtraDataField | None] | None] = Operation(
    "GetExtraInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetExtraInfo",
    params=(Param("quote_line_extra_data", "QuoteLineExtraData", STR, nillable=True),),
    results=(
        Param("response", "Response", LIST_OF_PRODUCT_EXTRA_DATA_FIELD_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Quote/GetExtraInfo",
)

CREATE_AND_SAVE_QUOTE_LINES: Operation[int | None] = Operation(
    "CreateAndSaveQuoteLines",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/CreateAndSaveQuoteLines",
    params=(
        Param("quote_alternative_id", "QuoteAlternativeId", INT),
        Param("erp_product_keys", "ErpProductKeys", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Quote/CreateAndSaveQuoteLines",
)

GET_QUOTE_LINE_CONFIGURATION: Operation[QuoteLineConfiguration | None] = Operation(
    "GetQuoteLineConfiguration",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetQuoteLineConfiguration",
    params=(Param("quote_line_configuration_id", "QuoteLineConfigurationId", INT),),
    results=(Param("response", "Response", QUOTE_LINE_CONFIGURATION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetQuoteLineConfiguration",
)

GET_QUOTE_LINE_CONFIGURATION_FROM_FIELD_NAME: Operation[QuoteLineConfiguration | None] = Operation(
    "GetQuoteLineConfigurationFromFieldName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetQuoteLineConfigurationFromFieldName",
    params=(Param("field_name", "FieldName", STR, nillable=True),),
    results=(Param("response", "Response", QUOTE_LINE_CONFIGURATION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetQuoteLineConfigurationFromFieldName",
)

GET_ALL_QUOTE_LINE_CONFIGURATIONS: Operation[list[QuoteLineConfiguration | None] | None] = (
    Operation(
        "GetAllQuoteLineConfigurations",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetAllQuoteLineConfigurations",
        results=(
            Param("response", "Response", LIST_OF_QUOTE_LINE_CONFIGURATION_CODEC, nillable=True),
        ),
        rest_path="/api/v1/Agents/Quote/GetAllQuoteLineConfigurations",
    )
)

GET_IN_USE_QUOTE_LINE_CONFIGURATIONS: Operation[list[QuoteLineConfiguration | None] | None] = (
    Operation(
        "GetInUseQuoteLineConfigurations",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetInUseQuoteLineConfigurations",
        results=(
            Param("response", "Response", LIST_OF_QUOTE_LINE_CONFIGURATION_CODEC, nillable=True),
        ),
        rest_path="/api/v1/Agents/Quote/GetInUseQuoteLineConfigurations",
    )
)

SAVE_QUOTE_LINE_CONFIGURATION: Operation[QuoteLineConfiguration | None] = Operation(
    "SaveQuoteLineConfiguration",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/SaveQuoteLineConfiguration",
    params=(
        Param(
            "quote_line_configuration",
            "QuoteLineConfiguration",
            QUOTE_LINE_CONFIGURATION_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", QUOTE_LINE_CONFIGURATION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/SaveQuoteLineConfiguration",
)

SAVE_QUOTE_LINE_CONFIGURATIONS: Operation[list[QuoteLineConfiguration | None] | None] = Operation(
    "SaveQuoteLineConfigurations",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/SaveQuoteLineConfigurations",
    params=(
        Param(
            "quote_line_configurations",
            "QuoteLineConfigurations",
            LIST_OF_QUOTE_LINE_CONFIGURATION_CODEC,
            nillable=True,
        ),
    ),
    results=(
        Param("response", "Response", LIST_OF_QUOTE_LINE_CONFIGURATION_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Quote/SaveQuoteLineConfigurations",
)

VALIDATE_QUOTE_VERSION: Operation[QuoteVersionValidated | None] = Operation(
    "ValidateQuoteVersion",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/ValidateQuoteVersion",
    params=(
        Param("quote_version_id", "QuoteVersionId", INT),
        Param("action", "Action", QUOTE_VERSION_BUTTON_ACTION_CODEC),
    ),
    results=(Param("response", "Response", QUOTE_VERSION_VALIDATED_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/ValidateQuoteVersion",
)

CREATE_AND_SAVE_QUOTE_VERSION: Operation[QuoteVersion | None] = Operation(
    "CreateAndSaveQuoteVersion",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/CreateAndSaveQuoteVersion",
    params=(Param("quote_version_id", "QuoteVersionId", INT),),
    results=(Param("response", "Response", QUOTE_VERSION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/CreateAndSaveQuoteVersion",
)

GET_QUOTE_VERSION: Operation[QuoteVersion | None] = Operation(
    "GetQuoteVersion",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetQuoteVersion",
    params=(Param("quote_version_id", "QuoteVersionId", INT),),
    results=(Param("response", "Response", QUOTE_VERSION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetQuoteVersion",
)

GET_QUOTE_VERSIONS: Operation[list[QuoteVersion | None] | None] = Operation(
    "GetQuoteVersions",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetQuoteVersions",
    params=(Param("quote_id", "QuoteId", INT),),
    results=(Param("response", "Response", LIST_OF_QUOTE_VERSION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetQuoteVersions",
)

SEND_QUOTE_VERSION: Operation[PluginUrlResponse | None] = Operation(
    "SendQuoteVersion",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/SendQuoteVersion",
    params=(
        Param("quote_version_id", "QuoteVersionId", INT),
        Param("expiry_date", "ExpiryDate", DATETIME),
        Param("followup_date", "FollowupDate", DATETIME),
        Param("followup_text", "FollowupText", STR, nillable=True),
        Param("culture", "Culture", STR, nillable=True),
    ),
    results=(Param("response", "Response", PLUGIN_URL_RESPONSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/SendQuoteVersion",
)

SAVE_QUOTE_VERSION: Operation[QuoteVersion | None] = Operation(
    "SaveQuoteVersion",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/SaveQuoteVersion",
    params=(Param("quote_version", "QuoteVersion", QUOTE_VERSION_CODEC, nillable=True),),
    results=(Param("response", "Response", QUOTE_VERSION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/SaveQuoteVersion",
)

APPROVE_QUOTE_VERSION: Operation[ApproveRejectResponse | None] = Operation(
    "ApproveQuoteVersion",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/ApproveQuoteVersion",
    params=(
        Param("quote_version_id", "QuoteVersionId", INT),
        Param("approved_by_text", "ApprovedByText", STR, nillable=True),
        Param("approved_by_associate_id", "ApprovedByAssociateId", INT),
        Param("approval_text", "ApprovalText", STR, nillable=True),
    ),
    results=(Param("response", "Response", APPROVE_REJECT_RESPONSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/ApproveQuoteVersion",
)

REJECT_QUOTE_VERSION: Operation[ApproveRejectResponse | None] = Operation(
    "RejectQuoteVersion",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/RejectQuoteVersion",
    params=(
        Param("quote_version_id", "QuoteVersionId", INT),
        Param("rejected_by_text", "RejectedByText", STR, nillable=True),
        Param("rejected_by_associate_id", "RejectedByAssociateId", INT),
        Param("rejection_text", "RejectionText", STR, nillable=True),
    ),
    results=(Param("response", "Response", APPROVE_REJECT_RESPONSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/RejectQuoteVersion",
)

GENERATE_QUOTE_DOCUMENTS: Operation[QuotePublishDocuments | None] = Operation(
    "GenerateQuoteDocuments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GenerateQuoteDocuments",
    params=(
        Param("quote_version_id", "QuoteVersionId", INT),
        Param("email_body_template_id", "EmailBodyTemplateId", INT),
        Param("attach_main_document", "AttachMainDocument", BOOL),
        Param("quoted_products_template_id", "QuotedProductsTemplateId", INT),
        Param("include_attachments", "IncludeAttachments", BOOL),
        Param("raw_mail_subject", "RawMailSubject", STR, nillable=True),
    ),
    results=(Param("response", "Response", QUOTE_PUBLISH_DOCUMENTS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GenerateQuoteDocuments",
)

GET_ORDER_CONFIRMATION: Operation[str | None] = Operation(
    "GetOrderConfirmation",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetOrderConfirmation",
    params=(
        Param("quote_version_id", "QuoteVersionId", INT),
        Param("confirmation_template_id", "ConfirmationTemplateId", INT),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetOrderConfirmation",
)

GET_QUOTE_VERSION_WORKFLOW_STATE: Operation[QuoteVersionWorkflowState | None] = Operation(
    "GetQuoteVersionWorkflowState",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Quote/GetQuoteVersionWorkflowState",
    params=(
        Param("quote_version_id", "QuoteVersionId", INT),
        Param("quote_alternative_id", "QuoteAlternativeId", INT),
    ),
    results=(Param("response", "Response", QUOTE_VERSION_WORKFLOW_STATE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Quote/GetQuoteVersionWorkflowState",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "UpdateQuoteVersionPrices": UPDATE_QUOTE_VERSION_PRICES,
    "SaveQuoteVersionNumber": SAVE_QUOTE_VERSION_NUMBER,
    "GetQuoteVersionWorkflowImageState": GET_QUOTE_VERSION_WORKFLOW_IMAGE_STATE,
    "GetQuoteVersionWorkflowButtonStates": GET_QUOTE_VERSION_WORKFLOW_BUTTON_STATES,
    "GetQuoteVersionWorkflowStatusInfo": GET_QUOTE_VERSION_WORKFLOW_STATUS_INFO,
    "RequestApproval": REQUEST_APPROVAL,
    "CancelApprovalRequest": CANCEL_APPROVAL_REQUEST,
    "CreateOrUpdateQuoteVersionAttachments": CREATE_OR_UPDATE_QUOTE_VERSION_ATTACHMENTS,
    "IncludeQuoteVersionAttachment": INCLUDE_QUOTE_VERSION_ATTACHMENT,
    "ToggleSaleTypeQuoteAttachmentDefaultIncluded": TOGGLE_SALE_TYPE_QUOTE_ATTACHMENT_DEFAULT_INCLUDED,
    "AddSaleTypeQuoteAttachment": ADD_SALE_TYPE_QUOTE_ATTACHMENT,
    "DeleteSaleTypeQuoteAttachment": DELETE_SALE_TYPE_QUOTE_ATTACHMENT,
    "ToggleQuoteVersionAttachmentIncluded": TOGGLE_QUOTE_VERSION_ATTACHMENT_INCLUDED,
    "CreateDefaultPriceList": CREATE_DEFAULT_PRICE_LIST,
    "SavePriceList": SAVE_PRICE_LIST,
    "DeletePriceList": DELETE_PRICE_LIST,
    "CreateDefaultProduct": CREATE_DEFAULT_PRODUCT,
    "SaveProduct": SAVE_PRODUCT,
    "DeleteProduct": DELETE_PRODUCT,
    "CreateDefaultQuoteAlternative": CREATE_DEFAULT_QUOTE_ALTERNATIVE,
    "SaveQuoteAlternative": SAVE_QUOTE_ALTERNATIVE,
    "GetConfigurationFields": GET_CONFIGURATION_FIELDS,
    "TestConnection": TEST_CONNECTION,
    "GetPriceList": GET_PRICE_LIST,
    "CopySuperOfficePriceList": COPY_SUPER_OFFICE_PRICE_LIST,
    "GetProductImage": GET_PRODUCT_IMAGE,
    "FindProduct": FIND_PRODUCT,
    "GetProduct": GET_PRODUCT,
    "GetProductFromDbId": GET_PRODUCT_FROM_DB_ID,
    "RemoveProduct": REMOVE_PRODUCT,
    "ToggleProductInAssortment": TOGGLE_PRODUCT_IN_ASSORTMENT,
    "SaveQuote": SAVE_QUOTE,
    "GetQuote": GET_QUOTE,
    "GetQuoteFromSaleId": GET_QUOTE_FROM_SALE_ID,
    "GetQuoteAlternative": GET_QUOTE_ALTERNATIVE,
    "RecalculateQuoteAlternative": RECALCULATE_QUOTE_ALTERNATIVE,
    "GetQuoteAlternatives": GET_QUOTE_ALTERNATIVES,
    "MoveQuoteLine": MOVE_QUOTE_LINE,
    "CreateQuoteAlternative": CREATE_QUOTE_ALTERNATIVE,
    "CopyQuoteAlternative": COPY_QUOTE_ALTERNATIVE,
    "DeleteQuoteAlternative": DELETE_QUOTE_ALTERNATIVE,
    "HasConnections": HAS_CONNECTIONS,
    "GetAllInstalledQuoteConnections": GET_ALL_INSTALLED_QUOTE_CONNECTIONS,
    "GetAllAvailableQuoteConnections": GET_ALL_AVAILABLE_QUOTE_CONNECTIONS,
    "GetAllAvailableQuoteConnectionsWithPriceLists": GET_ALL_AVAILABLE_QUOTE_CONNECTIONS_WITH_PRICE_LISTS,
    "CreateConnectionFromConnectorName": CREATE_CONNECTION_FROM_CONNECTOR_NAME,
    "GetConnection": GET_CONNECTION,
    "SaveConnection": SAVE_CONNECTION,
    "DeleteConnection": DELETE_CONNECTION,
    "RestoreConnection": RESTORE_CONNECTION,
    "GetConnectionsForAssociate": GET_CONNECTIONS_FOR_ASSOCIATE,
    "GetActivePriceLists": GET_ACTIVE_PRICE_LISTS,
    "GetActivePriceListsByCurrencyId": GET_ACTIVE_PRICE_LISTS_BY_CURRENCY_ID,
    "GetAllPriceLists": GET_ALL_PRICE_LISTS,
    "GetAllPriceListsByCurrencyId": GET_ALL_PRICE_LISTS_BY_CURRENCY_ID,
    "GetConnectorCapabilityNames": GET_CONNECTOR_CAPABILITY_NAMES,
    "GetConnectorCapabilities": GET_CONNECTOR_CAPABILITIES,
    "CanConnectorProvideCapability": CAN_CONNECTOR_PROVIDE_CAPABILITY,
    "GetConnectionStartupErrors": GET_CONNECTION_STARTUP_ERRORS,
    "GetConnectionStartupResponse": GET_CONNECTION_STARTUP_RESPONSE,
    "GetConnectionConfigFields": GET_CONNECTION_CONFIG_FIELDS,
    "SaveConnectionConfigFields": SAVE_CONNECTION_CONFIG_FIELDS,
    "CreateAndSaveQuote": CREATE_AND_SAVE_QUOTE,
    "GetQuoteEntity": GET_QUOTE_ENTITY,
    "GetQuoteEntityFromSaleId": GET_QUOTE_ENTITY_FROM_SALE_ID,
    "SaveQuoteEntity": SAVE_QUOTE_ENTITY,
    "CreateAndSaveQuoteFromSale": CREATE_AND_SAVE_QUOTE_FROM_SALE,
    "PlaceOrder": PLACE_ORDER,
    "GetOrderState": GET_ORDER_STATE,
    "DeleteQuote": DELETE_QUOTE,
    "CreateQuoteLine": CREATE_QUOTE_LINE,
    "CreateQuoteLineFromProduct": CREATE_QUOTE_LINE_FROM_PRODUCT,
    "SaveQuoteLine": SAVE_QUOTE_LINE,
    "SaveQuoteLines": SAVE_QUOTE_LINES,
    "GetQuoteLine": GET_QUOTE_LINE,
    "GetQuoteLines": GET_QUOTE_LINES,
    "DeleteQuoteLine": DELETE_QUOTE_LINE,
    "DeleteQuoteLines": DELETE_QUOTE_LINES,
    "RecalculateQuoteLine": RECALCULATE_QUOTE_LINE,
    "GetExtraInfo": GET_EXTRA_INFO,
    "CreateAndSaveQuoteLines": CREATE_AND_SAVE_QUOTE_LINES,
    "GetQuoteLineConfiguration": GET_QUOTE_LINE_CONFIGURATION,
    "GetQuoteLineConfigurationFromFieldName": GET_QUOTE_LINE_CONFIGURATION_FROM_FIELD_NAME,
    "GetAllQuoteLineConfigurations": GET_ALL_QUOTE_LINE_CONFIGURATIONS,
    "GetInUseQuoteLineConfigurations": GET_IN_USE_QUOTE_LINE_CONFIGURATIONS,
    "SaveQuoteLineConfiguration": SAVE_QUOTE_LINE_CONFIGURATION,
    "SaveQuoteLineConfigurations": SAVE_QUOTE_LINE_CONFIGURATIONS,
    "ValidateQuoteVersion": VALIDATE_QUOTE_VERSION,
    "CreateAndSaveQuoteVersion": CREATE_AND_SAVE_QUOTE_VERSION,
    "GetQuoteVersion": GET_QUOTE_VERSION,
    "GetQuoteVersions": GET_QUOTE_VERSIONS,
    "SendQuoteVersion": SEND_QUOTE_VERSION,
    "SaveQuoteVersion": SAVE_QUOTE_VERSION,
    "ApproveQuoteVersion": APPROVE_QUOTE_VERSION,
    "RejectQuoteVersion": REJECT_QUOTE_VERSION,
    "GenerateQuoteDocuments": GENERATE_QUOTE_DOCUMENTS,
    "GetOrderConfirmation": GET_ORDER_CONFIRMATION,
    "GetQuoteVersionWorkflowState": GET_QUOTE_VERSION_WORKFLOW_STATE,
}


class QuoteMethods(SyncCalls):
    """The Quote operations, called synchronously (SOAP or REST)."""

    def update_quote_version_prices(
        self, *, quote_version_id: int | Unset = UNSET
    ) -> QuoteVersionValidated | None:
        """Update price on the all the quotelines for each alternative in the current quote
        version

        Returns:
            The result.
        """
        return self._call(UPDATE_QUOTE_VERSION_PRICES, (quote_version_id,))

    def save_quote_version_number(
        self, *, quote_version_id: int | Unset = UNSET, number: str | None | Unset = UNSET
    ) -> bool | None:
        """Save the quote version number if it is valid

        Returns:
            The result.
        """
        return self._call(SAVE_QUOTE_VERSION_NUMBER, (quote_version_id, number))

    def get_quote_version_workflow_image_state(
        self, *, quote_version_id: int | Unset = UNSET
    ) -> QuoteVersionButtonState | None:
        """Get state icon and name for the Quote version dialog header.

        Returns:
            The result.
        """
        return self._call(GET_QUOTE_VERSION_WORKFLOW_IMAGE_STATE, (quote_version_id,))

    def get_quote_version_workflow_button_states(
        self, *, quote_version_id: int | Unset = UNSET, quote_alternative_id: int | Unset = UNSET
    ) -> QuoteVersionWorkflowState | None:
        """Get all button states for the Quote version dialog.

        Returns:
            The result.
        """
        return self._call(
            GET_QUOTE_VERSION_WORKFLOW_BUTTON_STATES, (quote_version_id, quote_alternative_id)
        )

    def get_quote_version_workflow_status_info(
        self, *, quote_version_id: int | Unset = UNSET
    ) -> QuoteVersionStatusInformation | None:
        """Get status info for the Quote version dialog header.

        Returns:
            The result.
        """
        return self._call(GET_QUOTE_VERSION_WORKFLOW_STATUS_INFO, (quote_version_id,))

    def request_approval(
        self,
        *,
        quote_version_id: int | Unset = UNSET,
        associate_id: int | Unset = UNSET,
        comment: str | None | Unset = UNSET,
    ) -> PluginResponse | None:
        """Notifies specified associate that this quote needs approval.

        Returns:
            The result.
        """
        return self._call(REQUEST_APPROVAL, (quote_version_id, associate_id, comment))

    def cancel_approval_request(
        self, *, quote_version_id: int | Unset = UNSET
    ) -> PluginResponse | None:
        """Cancel a pending quote approval request.

        Returns:
            The result.
        """
        return self._call(CANCEL_APPROVAL_REQUEST, (quote_version_id,))

    def create_or_update_quote_version_attachments(
        self, *, quote_version_id: int | Unset = UNSET
    ) -> list[QuoteVersionAttachment | None] | None:
        """Look at the Quote version, related sale and sale type, and ensure that the correct
        QuoteVersionAttachment records exist.

        Returns:
            The result.
        """
        return self._call(CREATE_OR_UPDATE_QUOTE_VERSION_ATTACHMENTS, (quote_version_id,))

    def include_quote_version_attachment(
        self,
        *,
        quote_version_id: int | Unset = UNSET,
        document_id: int | Unset = UNSET,
        include: bool | Unset = UNSET,
    ) -> bool | None:
        """Toggle the 'included' state of a quote version attachment; will throw exceptions if
        called on locked versions

        Returns:
            The result.
        """
        return self._call(
            INCLUDE_QUOTE_VERSION_ATTACHMENT, (quote_version_id, document_id, include)
        )

    def toggle_sale_type_quote_attachment_default_included(
        self, *, sale_type_quote_attachment_id: int | Unset = UNSET
    ) -> bool | None:
        """Toggle the 'default included' state of a sale type quote attachment

        Returns:
            The result.
        """
        return self._call(
            TOGGLE_SALE_TYPE_QUOTE_ATTACHMENT_DEFAULT_INCLUDED, (sale_type_quote_attachment_id,)
        )

    def add_sale_type_quote_attachment(
        self, *, sale_type_id: int | Unset = UNSET, document_id: int | Unset = UNSET
    ) -> int | None:
        """Adds a new quote attachment document to a sale type

        Returns:
            The result.
        """
        return self._call(ADD_SALE_TYPE_QUOTE_ATTACHMENT, (sale_type_id, document_id))

    def delete_sale_type_quote_attachment(
        self, *, sale_type_quote_attachment_id: int | Unset = UNSET
    ) -> None:
        """Deletes the sale type quote attachment with the given id"""
        return self._call(DELETE_SALE_TYPE_QUOTE_ATTACHMENT, (sale_type_quote_attachment_id,))

    def toggle_quote_version_attachment_included(
        self, *, quote_version_attachment_id: int | Unset = UNSET
    ) -> bool | None:
        """Toggle the 'included' state of a quote version attachment

        Returns:
            The result.
        """
        return self._call(TOGGLE_QUOTE_VERSION_ATTACHMENT_INCLUDED, (quote_version_attachment_id,))

    def create_default_price_list(self) -> PriceList | None:
        """Loading default values into a new PriceList.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_PRICE_LIST, ())

    def save_price_list(self, *, price_list: PriceList | None | Unset = UNSET) -> PriceList | None:
        """Updates the existing PriceList or creates a new PriceList if the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_PRICE_LIST, (price_list,))

    def delete_price_list(self, *, price_list_id: int | Unset = UNSET) -> None:
        """Deletes the PriceList"""
        return self._call(DELETE_PRICE_LIST, (price_list_id,))

    def create_default_product(self) -> Product | None:
        """Loading default values into a new Product.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_PRODUCT, ())

    def save_product(self, *, product: Product | None | Unset = UNSET) -> Product | None:
        """Updates the existing Product or creates a new Product if the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_PRODUCT, (product,))

    def delete_product(self, *, product_id: int | Unset = UNSET) -> None:
        """Deletes the Product"""
        return self._call(DELETE_PRODUCT, (product_id,))

    def create_default_quote_alternative(self) -> QuoteAlternative | None:
        """Loading default values into a new QuoteAlternative.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_QUOTE_ALTERNATIVE, ())

    def save_quote_alternative(
        self, *, quote_alternative: QuoteAlternative | None | Unset = UNSET
    ) -> QuoteAlternative | None:
        """Updates the existing QuoteAlternative or creates a new QuoteAlternative if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_QUOTE_ALTERNATIVE, (quote_alternative,))

    def get_configuration_fields(
        self, *, connection_id: int | Unset = UNSET, connector_name: str | None | Unset = UNSET
    ) -> dict[str, FieldMetadata | None] | None:
        """Used by ADMIN.

        Returns:
            The result.
        """
        return self._call(GET_CONFIGURATION_FIELDS, (connection_id, connector_name))

    def test_connection(
        self,
        *,
        connector_name: str | None | Unset = UNSET,
        connection_data: dict[str, str | None] | None | Unset = UNSET,
    ) -> PluginResponse | None:
        """Used by the Admin clients.

        Returns:
            The result.
        """
        return self._call(TEST_CONNECTION, (connector_name, connection_data))

    def get_price_list(self, *, price_list_id: int | Unset = UNSET) -> PriceList | None:
        """Gets a PriceList object.

        Returns:
            The result.
        """
        return self._call(GET_PRICE_LIST, (price_list_id,))

    def copy_super_office_price_list(
        self,
        *,
        original_price_list_id: int | Unset = UNSET,
        new_name: str | None | Unset = UNSET,
        valid_from: datetime.datetime | Unset = UNSET,
        valid_to: datetime.datetime | Unset = UNSET,
        new_currency_id: int | Unset = UNSET,
        convert_currency: bool | Unset = UNSET,
    ) -> PriceList | None:
        """Create a copy of a PriceList in the SuperOffice database

        Returns:
            The result.
        """
        return self._call(
            COPY_SUPER_OFFICE_PRICE_LIST,
            (
                original_price_list_id,
                new_name,
                valid_from,
                valid_to,
                new_currency_id,
                convert_currency,
            ),
        )

    def get_product_image(
        self,
        *,
        quote_connection_id: int | Unset = UNSET,
        erp_product_key: str | None | Unset = UNSET,
        rank: int | Unset = UNSET,
    ) -> str | None:
        """Gets an image connected to a product, from the ProductProvider

        Returns:
            The result.
        """
        return self._call(GET_PRODUCT_IMAGE, (quote_connection_id, erp_product_key, rank))

    def find_product(
        self,
        *,
        quote_alternative_id: int | Unset = UNSET,
        user_input: str | None | Unset = UNSET,
        price_list_key: str | None | Unset = UNSET,
    ) -> list[Product | None] | None:
        """Gets a product, from the ProductProvider

        Returns:
            The result.
        """
        return self._call(FIND_PRODUCT, (quote_alternative_id, user_input, price_list_key))

    def get_product(
        self,
        *,
        quote_connection_id: int | Unset = UNSET,
        erp_product_key: str | None | Unset = UNSET,
    ) -> Product | None:
        """Get a product with the given key

        Returns:
            The result.
        """
        return self._call(GET_PRODUCT, (quote_connection_id, erp_product_key))

    def get_product_from_db_id(self, *, product_id: int | Unset = UNSET) -> Product | None:
        """Get a product with the given database id

        Returns:
            The result.
        """
        return self._call(GET_PRODUCT_FROM_DB_ID, (product_id,))

    def remove_product(self, *, product_id: int | Unset = UNSET) -> None:
        """Removes a product from the database"""
        return self._call(REMOVE_PRODUCT, (product_id,))

    def toggle_product_in_assortment(self, *, product_id: int | Unset = UNSET) -> None:
        """Toggles if the prdouct is in assortment or not"""
        return self._call(TOGGLE_PRODUCT_IN_ASSORTMENT, (product_id,))

    def save_quote(self, *, quote: Quote | None | Unset = UNSET) -> Quote | None:
        """Saves a Quote

        Returns:
            The result.
        """
        return self._call(SAVE_QUOTE, (quote,))

    def get_quote(self, *, quote_id: int | Unset = UNSET) -> Quote | None:
        """Get a Quote

        Returns:
            The result.
        """
        return self._call(GET_QUOTE, (quote_id,))

    def get_quote_from_sale_id(self, *, sale_id: int | Unset = UNSET) -> Quote | None:
        """Get a Quote for a sale

        Returns:
            The result.
        """
        return self._call(GET_QUOTE_FROM_SALE_ID, (sale_id,))

    def get_quote_alternative(
        self, *, quote_alternative_id: int | Unset = UNSET
    ) -> QuoteAlternative | None:
        """Gets a QuoteAlternative object.

        Returns:
            The result.
        """
        return self._call(GET_QUOTE_ALTERNATIVE, (quote_alternative_id,))

    def recalculate_quote_alternative(
        self, *, quote_alternative: int | Unset = UNSET
    ) -> QuoteAlternativeRecalculated | None:
        """When the user changes one or more values in a quoteline or a quoteAlternative, the
        connector gets to change the QuoteLines and the alternative, for instance calculate
        VAT.

        Returns:
            The result.
        """
        return self._call(RECALCULATE_QUOTE_ALTERNATIVE, (quote_alternative,))

    def get_quote_alternatives(
        self, *, quote_version_id: int | Unset = UNSET
    ) -> list[QuoteAlternative | None] | None:
        """Get all quote alternatives for a quote version

        Returns:
            The result.
        """
        return self._call(GET_QUOTE_ALTERNATIVES, (quote_version_id,))

    def move_quote_line(
        self, *, quote_line_id: int | Unset = UNSET, direction: bool | Unset = UNSET
    ) -> None:
        """Move quote line rank up/down"""
        return self._call(MOVE_QUOTE_LINE, (quote_line_id, direction))

    def create_quote_alternative(
        self,
        *,
        quote_version_id: int | Unset = UNSET,
        quote_alternative_name: str | None | Unset = UNSET,
        quote_alternative_description: str | None | Unset = UNSET,
    ) -> QuoteAlternative | None:
        """Create a new quote alternative on a version.

        Returns:
            The result.
        """
        return self._call(
            CREATE_QUOTE_ALTERNATIVE,
            (quote_version_id, quote_alternative_name, quote_alternative_description),
        )

    def copy_quote_alternative(
        self,
        *,
        quote_version_id: int | Unset = UNSET,
        quote_alternative_id: int | Unset = UNSET,
        quote_alternative_name: str | None | Unset = UNSET,
    ) -> QuoteAlternative | None:
        """Copy a quote alternative from the same sale and adds it to a version.

        Returns:
            The result.
        """
        return self._call(
            COPY_QUOTE_ALTERNATIVE,
            (quote_version_id, quote_alternative_id, quote_alternative_name),
        )

    def delete_quote_alternative(self, *, quote_alternative_id: int | Unset = UNSET) -> None:
        """Delete a quote alternative"""
        return self._call(DELETE_QUOTE_ALTERNATIVE, (quote_alternative_id,))

    def has_connections(self) -> PluginResponse | None:
        """Whether or not the system has any connections available for this user.

        Returns:
            The result.
        """
        return self._call(HAS_CONNECTIONS, ())

    def get_all_installed_quote_connections(self) -> list[QuoteConnection | None] | None:
        """Get all installed connections.

        Returns:
            The result.
        """
        return self._call(GET_ALL_INSTALLED_QUOTE_CONNECTIONS, ())

    def get_all_available_quote_connections(self) -> list[QuoteConnection | None] | None:
        """Get all available connections.

        Returns:
            The result.
        """
        return self._call(GET_ALL_AVAILABLE_QUOTE_CONNECTIONS, ())

    def get_all_available_quote_connections_with_price_lists(
        self,
    ) -> list[QuoteConnection | None] | None:
        """Get all available connections.

        Returns:
            The result.
        """
        return self._call(GET_ALL_AVAILABLE_QUOTE_CONNECTIONS_WITH_PRICE_LISTS, ())

    def create_connection_from_connector_name(
        self, *, connector_name: str | None | Unset = UNSET
    ) -> QuoteConnection | None:
        """Create a new connection.

        Returns:
            The result.
        """
        return self._call(CREATE_CONNECTION_FROM_CONNECTOR_NAME, (connector_name,))

    def get_connection(
        self, *, quote_connection_id: int | Unset = UNSET
    ) -> QuoteConnection | None:
        """Returns the specified connection.

        Returns:
            The result.
        """
        return self._call(GET_CONNECTION, (quote_connection_id,))

    def save_connection(
        self, *, connection: QuoteConnection | None | Unset = UNSET
    ) -> QuoteConnection | None:
        """Saves a connection to the database.

        Returns:
            The result.
        """
        return self._call(SAVE_CONNECTION, (connection,))

    def delete_connection(self, *, quote_connection_id: int | Unset = UNSET) -> None:
        """Marks a connection as deleted."""
        return self._call(DELETE_CONNECTION, (quote_connection_id,))

    def restore_connection(self, *, quote_connection_id: int | Unset = UNSET) -> None:
        """Restores a connection marked as deleted."""
        return self._call(RESTORE_CONNECTION, (quote_connection_id,))

    def get_connections_for_associate(
        self, *, associate_id: int | Unset = UNSET
    ) -> list[QuoteConnection | None] | None:
        """Returns all connections available for the specified user.

        Returns:
            The result.
        """
        return self._call(GET_CONNECTIONS_FOR_ASSOCIATE, (associate_id,))

    def get_active_price_lists(
        self, *, quote_connection_id: int | Unset = UNSET, currency: str | None | Unset = UNSET
    ) -> list[PriceList | None] | None:
        """Gets the available active PriceLists in a specific currency.

        Returns:
            The result.
        """
        return self._call(GET_ACTIVE_PRICE_LISTS, (quote_connection_id, currency))

    def get_active_price_lists_by_currency_id(
        self, *, quote_connection_id: int | Unset = UNSET, currency_id: int | Unset = UNSET
    ) -> list[PriceList | None] | None:
        """Gets the available active PriceLists in a specific currency.

        Returns:
            The result.
        """
        return self._call(
            GET_ACTIVE_PRICE_LISTS_BY_CURRENCY_ID, (quote_connection_id, currency_id)
        )

    def get_all_price_lists(
        self, *, quote_connection_id: int | Unset = UNSET, currency: str | None | Unset = UNSET
    ) -> list[PriceList | None] | None:
        """Gets the all PriceLists in all currencies, including those inactive.

        Returns:
            The result.
        """
        return self._call(GET_ALL_PRICE_LISTS, (quote_connection_id, currency))

    def get_all_price_lists_by_currency_id(
        self, *, quote_connection_id: int | Unset = UNSET, currency_id: int | Unset = UNSET
    ) -> list[PriceList | None] | None:
        """Gets the all PriceLists in all currencies, including those inactive.

        Returns:
            The result.
        """
        return self._call(GET_ALL_PRICE_LISTS_BY_CURRENCY_ID, (quote_connection_id, currency_id))

    def get_connector_capability_names(
        self, *, quote_connection_id: int | Unset = UNSET
    ) -> list[str | None] | None:
        """Gets a list of all possible connector capabilities

        Returns:
            The result.
        """
        return self._call(GET_CONNECTOR_CAPABILITY_NAMES, (quote_connection_id,))

    def get_connector_capabilities(
        self, *, quote_connection_id: int | Unset = UNSET
    ) -> list[str | None] | None:
        """Gets a list of connector capabilities

        Returns:
            The result.
        """
        return self._call(GET_CONNECTOR_CAPABILITIES, (quote_connection_id,))

    def can_connector_provide_capability(
        self,
        *,
        quote_connection_id: int | Unset = UNSET,
        capability_name: str | None | Unset = UNSET,
    ) -> bool | None:
        """Can the connector provide the capability

        Returns:
            The result.
        """
        return self._call(CAN_CONNECTOR_PROVIDE_CAPABILITY, (quote_connection_id, capability_name))

    def get_connection_startup_errors(self) -> list[PluginResponse | None] | None:
        """Returns an array of PluginResponseInfos for all failed connection initializations.

        Returns:
            The result.
        """
        return self._call(GET_CONNECTION_STARTUP_ERRORS, ())

    def get_connection_startup_response(
        self, *, quote_connection_id: int | Unset = UNSET
    ) -> PluginResponse | None:
        """Returns the PluginResponseInfo for the connection initialization.

        Returns:
            The result.
        """
        return self._call(GET_CONNECTION_STARTUP_RESPONSE, (quote_connection_id,))

    def get_connection_config_fields(
        self, *, quote_connection_id: int | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Returns the config fields for the connection.

        Returns:
            The result.
        """
        return self._call(GET_CONNECTION_CONFIG_FIELDS, (quote_connection_id,))

    def save_connection_config_fields(
        self,
        *,
        quote_connection_id: int | Unset = UNSET,
        connection_config_fields: dict[str, str | None] | None | Unset = UNSET,
    ) -> dict[str, str | None] | None:
        """Saves the connection config fields

        Returns:
            The result.
        """
        return self._call(
            SAVE_CONNECTION_CONFIG_FIELDS, (quote_connection_id, connection_config_fields)
        )

    def create_and_save_quote(
        self,
        *,
        sale_id: int | Unset = UNSET,
        connection_id: int | Unset = UNSET,
        first_alternative_name: str | None | Unset = UNSET,
    ) -> QuoteEntity | None:
        """Creates a new quote on a sale.

        Returns:
            The result.
        """
        return self._call(CREATE_AND_SAVE_QUOTE, (sale_id, connection_id, first_alternative_name))

    def get_quote_entity(self, *, quote_id: int | Unset = UNSET) -> QuoteEntity | None:
        """Get a Quote

        Returns:
            The result.
        """
        return self._call(GET_QUOTE_ENTITY, (quote_id,))

    def get_quote_entity_from_sale_id(self, *, sale_id: int | Unset = UNSET) -> QuoteEntity | None:
        """Get a Quote for a sale

        Returns:
            The result.
        """
        return self._call(GET_QUOTE_ENTITY_FROM_SALE_ID, (sale_id,))

    def save_quote_entity(
        self, *, quote_entity: QuoteEntity | None | Unset = UNSET
    ) -> QuoteEntity | None:
        """Saves a QuoteEntity.

        Returns:
            The result.
        """
        return self._call(SAVE_QUOTE_ENTITY, (quote_entity,))

    def create_and_save_quote_from_sale(
        self, *, copy_from_sale_id: int | Unset = UNSET, copy_to_sale_id: int | Unset = UNSET
    ) -> QuoteEntity | None:
        """Creates a copy the active version with connected alternatives and quotelines from
        another sale.

        Returns:
            The result.
        """
        return self._call(CREATE_AND_SAVE_QUOTE_FROM_SALE, (copy_from_sale_id, copy_to_sale_id))

    def place_order(
        self,
        *,
        quote_alternative_id: int | Unset = UNSET,
        mark_sale_as_sold: bool | Unset = UNSET,
        po_number: str | None | Unset = UNSET,
        order_comment: str | None | Unset = UNSET,
        culture: str | None | Unset = UNSET,
    ) -> PluginUrlResponse | None:
        """Place an order in the ERP system.

        Returns:
            The result.
        """
        return self._call(
            PLACE_ORDER,
            (quote_alternative_id, mark_sale_as_sold, po_number, order_comment, culture),
        )

    def get_order_state(
        self, *, quote_version_id: int | Unset = UNSET
    ) -> PluginUrlResponse | None:
        """If there is a problem with a quoteline, the error description shall be placed in the
        status and reason fields of the quoteline, if there is a problem with the
        alternative, the error description shall be placed in the status and reason fields
        of the alternative.

        Returns:
            The result.
        """
        return self._call(GET_ORDER_STATE, (quote_version_id,))

    def delete_quote(self, *, quote_id: int | Unset = UNSET) -> None:
        """Delete a Quote"""
        return self._call(DELETE_QUOTE, (quote_id,))

    def create_quote_line(
        self,
        *,
        quote_alternative_id: int | Unset = UNSET,
        erp_product_key: str | None | Unset = UNSET,
    ) -> QuoteLine | None:
        """Create a quoteline based on a product key.

        Returns:
            The result.
        """
        return self._call(CREATE_QUOTE_LINE, (quote_alternative_id, erp_product_key))

    def create_quote_line_from_product(
        self, *, quote_alternative_id: int | Unset = UNSET, product: Product | None | Unset = UNSET
    ) -> QuoteLine | None:
        """Create a quoteline based on a product.

        Returns:
            The result.
        """
        return self._call(CREATE_QUOTE_LINE_FROM_PRODUCT, (quote_alternative_id, product))

    def save_quote_line(self, *, quote_line: QuoteLine | None | Unset = UNSET) -> QuoteLine | None:
        """Saves the QuoteLine in the SuperOffice database

        Returns:
            The result.
        """
        return self._call(SAVE_QUOTE_LINE, (quote_line,))

    def save_quote_lines(
        self, *, quote_lines: list[QuoteLine | None] | None | Unset = UNSET
    ) -> list[QuoteLine | None] | None:
        """Saves the QuoteLines in the SuperOffice database

        Returns:
            The result.
        """
        return self._call(SAVE_QUOTE_LINES, (quote_lines,))

    def get_quote_line(self, *, quote_line_id: int | Unset = UNSET) -> QuoteLine | None:
        """Get QuoteLine from database

        Returns:
            The result.
        """
        return self._call(GET_QUOTE_LINE, (quote_line_id,))

    def get_quote_lines(
        self, *, quote_alternative_id: int | Unset = UNSET
    ) -> list[QuoteLine | None] | None:
        """Get all QuoteLines from an alternative

        Returns:
            The result.
        """
        return self._call(GET_QUOTE_LINES, (quote_alternative_id,))

    def delete_quote_line(self, *, quote_line_id: int | Unset = UNSET) -> None:
        """Deletes the QuoteLine in the SuperOffice database"""
        return self._call(DELETE_QUOTE_LINE, (quote_line_id,))

    def delete_quote_lines(self, *, quote_line_ids: list[int] | None | Unset = UNSET) -> None:
        """Delete the QuoteLines in the SuperOffice database"""
        return self._call(DELETE_QUOTE_LINES, (quote_line_ids,))

    def recalculate_quote_line(
        self,
        *,
        quote_line: QuoteLine | None | Unset = UNSET,
        changed_fields: list[str | None] | None | Unset = UNSET,
    ) -> QuoteLine | None:
        """When the user changes one or more values in a quoteline, the connector gets to
        change the QuoteLine, for instance calculate VAT.

        Returns:
            The result.
        """
        return self._call(RECALCULATE_QUOTE_LINE, (quote_line, changed_fields))

    def get_extra_info(
        self, *, quote_line_extra_data: str | None | Unset = UNSET
    ) -> list[ProductExtraDataField | None] | None:
        """Converts an xml string into an object representation.

        Returns:
            The result.
        """
        return self._call(GET_EXTRA_INFO, (quote_line_extra_data,))

    def create_and_save_quote_lines(
        self,
        *,
        quote_alternative_id: int | Unset = UNSET,
        erp_product_keys: list[str | None] | None | Unset = UNSET,
    ) -> int | None:
        """Create and save quotelines based on the product keys added

        Returns:
            The result.
        """
        return self._call(CREATE_AND_SAVE_QUOTE_LINES, (quote_alternative_id, erp_product_keys))

    def get_quote_line_configuration(
        self, *, quote_line_configuration_id: int | Unset = UNSET
    ) -> QuoteLineConfiguration | None:
        """Returns the configuration field with the given id

        Returns:
            The result.
        """
        return self._call(GET_QUOTE_LINE_CONFIGURATION, (quote_line_configuration_id,))

    def get_quote_line_configuration_from_field_name(
        self, *, field_name: str | None | Unset = UNSET
    ) -> QuoteLineConfiguration | None:
        """Returns the configuration field with the given field name

        Returns:
            The result.
        """
        return self._call(GET_QUOTE_LINE_CONFIGURATION_FROM_FIELD_NAME, (field_name,))

    def get_all_quote_line_configurations(self) -> list[QuoteLineConfiguration | None] | None:
        """Returns all the configuration fields

        Returns:
            The result.
        """
        return self._call(GET_ALL_QUOTE_LINE_CONFIGURATIONS, ())

    def get_in_use_quote_line_configurations(self) -> list[QuoteLineConfiguration | None] | None:
        """Returns the configuration fields that should be visible in the GUI.

        Returns:
            The result.
        """
        return self._call(GET_IN_USE_QUOTE_LINE_CONFIGURATIONS, ())

    def save_quote_line_configuration(
        self, *, quote_line_configuration: QuoteLineConfiguration | None | Unset = UNSET
    ) -> QuoteLineConfiguration | None:
        """Save a QuoteLineConfiguration object.

        Returns:
            The result.
        """
        return self._call(SAVE_QUOTE_LINE_CONFIGURATION, (quote_line_configuration,))

    def save_quote_line_configurations(
        self,
        *,
        quote_line_configurations: list[QuoteLineConfiguration | None] | None | Unset = UNSET,
    ) -> list[QuoteLineConfiguration | None] | None:
        """Save a collection of QuoteLineConfigurations.

        Returns:
            The result.
        """
        return self._call(SAVE_QUOTE_LINE_CONFIGURATIONS, (quote_line_configurations,))

    def validate_quote_version(
        self,
        *,
        quote_version_id: int | Unset = UNSET,
        action: QuoteVersionButtonAction | str | Unset = UNSET,
    ) -> QuoteVersionValidated | None:
        """When the user changes one or more values in a quoteline or a quoteAlternative, the
        connector gets to change the QuoteLines and the alternative, for instance calculate
        VAT.

        Returns:
            The result.
        """
        return self._call(VALIDATE_QUOTE_VERSION, (quote_version_id, action))

    def create_and_save_quote_version(
        self, *, quote_version_id: int | Unset = UNSET
    ) -> QuoteVersion | None:
        """Created a new QuoteVersion based on another QuoteVersion on the same Quote.

        Returns:
            The result.
        """
        return self._call(CREATE_AND_SAVE_QUOTE_VERSION, (quote_version_id,))

    def get_quote_version(self, *, quote_version_id: int | Unset = UNSET) -> QuoteVersion | None:
        """Get a QuoteVersion

        Returns:
            The result.
        """
        return self._call(GET_QUOTE_VERSION, (quote_version_id,))

    def get_quote_versions(
        self, *, quote_id: int | Unset = UNSET
    ) -> list[QuoteVersion | None] | None:
        """Get all quote versions for a sale

        Returns:
            The result.
        """
        return self._call(GET_QUOTE_VERSIONS, (quote_id,))

    def send_quote_version(
        self,
        *,
        quote_version_id: int | Unset = UNSET,
        expiry_date: datetime.datetime | Unset = UNSET,
        followup_date: datetime.datetime | Unset = UNSET,
        followup_text: str | None | Unset = UNSET,
        culture: str | None | Unset = UNSET,
    ) -> PluginUrlResponse | None:
        """Send the quote to the user's customer.

        Returns:
            The result.
        """
        return self._call(
            SEND_QUOTE_VERSION,
            (quote_version_id, expiry_date, followup_date, followup_text, culture),
        )

    def save_quote_version(
        self, *, quote_version: QuoteVersion | None | Unset = UNSET
    ) -> QuoteVersion | None:
        """Saves a quote version

        Returns:
            The result.
        """
        return self._call(SAVE_QUOTE_VERSION, (quote_version,))

    def approve_quote_version(
        self,
        *,
        quote_version_id: int | Unset = UNSET,
        approved_by_text: str | None | Unset = UNSET,
        approved_by_associate_id: int | Unset = UNSET,
        approval_text: str | None | Unset = UNSET,
    ) -> ApproveRejectResponse | None:
        """Approves a quote version

        Returns:
            The result.
        """
        return self._call(
            APPROVE_QUOTE_VERSION,
            (quote_version_id, approved_by_text, approved_by_associate_id, approval_text),
        )

    def reject_quote_version(
        self,
        *,
        quote_version_id: int | Unset = UNSET,
        rejected_by_text: str | None | Unset = UNSET,
        rejected_by_associate_id: int | Unset = UNSET,
        rejection_text: str | None | Unset = UNSET,
    ) -> ApproveRejectResponse | None:
        """Rejects a quote version

        Returns:
            The result.
        """
        return self._call(
            REJECT_QUOTE_VERSION,
            (quote_version_id, rejected_by_text, rejected_by_associate_id, rejection_text),
        )

    def generate_quote_documents(
        self,
        *,
        quote_version_id: int | Unset = UNSET,
        email_body_template_id: int | Unset = UNSET,
        attach_main_document: bool | Unset = UNSET,
        quoted_products_template_id: int | Unset = UNSET,
        include_attachments: bool | Unset = UNSET,
        raw_mail_subject: str | None | Unset = UNSET,
    ) -> QuotePublishDocuments | None:
        """Generate all the documents required to send the Quote as an email to the prospect -
        or an Order Confirmation; it just depends on the template id's for the lines doc and
        mail body.

        Returns:
            The result.
        """
        return self._call(
            GENERATE_QUOTE_DOCUMENTS,
            (
                quote_version_id,
                email_body_template_id,
                attach_main_document,
                quoted_products_template_id,
                include_attachments,
                raw_mail_subject,
            ),
        )

    def get_order_confirmation(
        self,
        *,
        quote_version_id: int | Unset = UNSET,
        confirmation_template_id: int | Unset = UNSET,
    ) -> str | None:
        """Get a base64-encoded data stream that is just the order confirmation document, for
        the given quote version; no permanent document is created or stored anywhere; the
        result is a PDF

        Returns:
            The result.
        """
        return self._call(GET_ORDER_CONFIRMATION, (quote_version_id, confirmation_template_id))

    def get_quote_version_workflow_state(
        self, *, quote_version_id: int | Unset = UNSET, quote_alternative_id: int | Unset = UNSET
    ) -> QuoteVersionWorkflowState | None:
        """Get all button states for the Quote version dialog.

        Returns:
            The result.
        """
        return self._call(
            GET_QUOTE_VERSION_WORKFLOW_STATE, (quote_version_id, quote_alternative_id)
        )


class AsyncQuoteMethods(AsyncCalls):
    """The Quote operations, called asynchronously (SOAP or REST)."""

    async def update_quote_version_prices(
        self, *, quote_version_id: int | Unset = UNSET
    ) -> QuoteVersionValidated | None:
        """Update price on the all the quotelines for each alternative in the current quote
        version

        Returns:
            The result.
        """
        return await self._call(UPDATE_QUOTE_VERSION_PRICES, (quote_version_id,))

    async def save_quote_version_number(
        self, *, quote_version_id: int | Unset = UNSET, number: str | None | Unset = UNSET
    ) -> bool | None:
        """Save the quote version number if it is valid

        Returns:
            The result.
        """
        return await self._call(SAVE_QUOTE_VERSION_NUMBER, (quote_version_id, number))

    async def get_quote_version_workflow_image_state(
        self, *, quote_version_id: int | Unset = UNSET
    ) -> QuoteVersionButtonState | None:
        """Get state icon and name for the Quote version dialog header.

        Returns:
            The result.
        """
        return await self._call(GET_QUOTE_VERSION_WORKFLOW_IMAGE_STATE, (quote_version_id,))

    async def get_quote_version_workflow_button_states(
        self, *, quote_version_id: int | Unset = UNSET, quote_alternative_id: int | Unset = UNSET
    ) -> QuoteVersionWorkflowState | None:
        """Get all button states for the Quote version dialog.

        Returns:
            The result.
        """
        return await self._call(
            GET_QUOTE_VERSION_WORKFLOW_BUTTON_STATES, (quote_version_id, quote_alternative_id)
        )

    async def get_quote_version_workflow_status_info(
        self, *, quote_version_id: int | Unset = UNSET
    ) -> QuoteVersionStatusInformation | None:
        """Get status info for the Quote version dialog header.

        Returns:
            The result.
        """
        return await self._call(GET_QUOTE_VERSION_WORKFLOW_STATUS_INFO, (quote_version_id,))

    async def request_approval(
        self,
        *,
        quote_version_id: int | Unset = UNSET,
        associate_id: int | Unset = UNSET,
        comment: str | None | Unset = UNSET,
    ) -> PluginResponse | None:
        """Notifies specified associate that this quote needs approval.

        Returns:
            The result.
        """
        return await self._call(REQUEST_APPROVAL, (quote_version_id, associate_id, comment))

    async def cancel_approval_request(
        self, *, quote_version_id: int | Unset = UNSET
    ) -> PluginResponse | None:
        """Cancel a pending quote approval request.

        Returns:
            The result.
        """
        return await self._call(CANCEL_APPROVAL_REQUEST, (quote_version_id,))

    async def create_or_update_quote_version_attachments(
        self, *, quote_version_id: int | Unset = UNSET
    ) -> list[QuoteVersionAttachment | None] | None:
        """Look at the Quote version, related sale and sale type, and ensure that the correct
        QuoteVersionAttachment records exist.

        Returns:
            The result.
        """
        return await self._call(CREATE_OR_UPDATE_QUOTE_VERSION_ATTACHMENTS, (quote_version_id,))

    async def include_quote_version_attachment(
        self,
        *,
        quote_version_id: int | Unset = UNSET,
        document_id: int | Unset = UNSET,
        include: bool | Unset = UNSET,
    ) -> bool | None:
        """Toggle the 'included' state of a quote version attachment; will throw exceptions if
        called on locked versions

        Returns:
            The result.
        """
        return await self._call(
            INCLUDE_QUOTE_VERSION_ATTACHMENT, (quote_version_id, document_id, include)
        )

    async def toggle_sale_type_quote_attachment_default_included(
        self, *, sale_type_quote_attachment_id: int | Unset = UNSET
    ) -> bool | None:
        """Toggle the 'default included' state of a sale type quote attachment

        Returns:
            The result.
        """
        return await self._call(
            TOGGLE_SALE_TYPE_QUOTE_ATTACHMENT_DEFAULT_INCLUDED, (sale_type_quote_attachment_id,)
        )

    async def add_sale_type_quote_attachment(
        self, *, sale_type_id: int | Unset = UNSET, document_id: int | Unset = UNSET
    ) -> int | None:
        """Adds a new quote attachment document to a sale type

        Returns:
            The result.
        """
        return await self._call(ADD_SALE_TYPE_QUOTE_ATTACHMENT, (sale_type_id, document_id))

    async def delete_sale_type_quote_attachment(
        self, *, sale_type_quote_attachment_id: int | Unset = UNSET
    ) -> None:
        """Deletes the sale type quote attachment with the given id"""
        return await self._call(
            DELETE_SALE_TYPE_QUOTE_ATTACHMENT, (sale_type_quote_attachment_id,)
        )

    async def toggle_quote_version_attachment_included(
        self, *, quote_version_attachment_id: int | Unset = UNSET
    ) -> bool | None:
        """Toggle the 'included' state of a quote version attachment

        Returns:
            The result.
        """
        return await self._call(
            TOGGLE_QUOTE_VERSION_ATTACHMENT_INCLUDED, (quote_version_attachment_id,)
        )

    async def create_default_price_list(self) -> PriceList | None:
        """Loading default values into a new PriceList.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_PRICE_LIST, ())

    async def save_price_list(
        self, *, price_list: PriceList | None | Unset = UNSET
    ) -> PriceList | None:
        """Updates the existing PriceList or creates a new PriceList if the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_PRICE_LIST, (price_list,))

    async def delete_price_list(self, *, price_list_id: int | Unset = UNSET) -> None:
        """Deletes the PriceList"""
        return await self._call(DELETE_PRICE_LIST, (price_list_id,))

    async def create_default_product(self) -> Product | None:
        """Loading default values into a new Product.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_PRODUCT, ())

    async def save_product(self, *, product: Product | None | Unset = UNSET) -> Product | None:
        """Updates the existing Product or creates a new Product if the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_PRODUCT, (product,))

    async def delete_product(self, *, product_id: int | Unset = UNSET) -> None:
        """Deletes the Product"""
        return await self._call(DELETE_PRODUCT, (product_id,))

    async def create_default_quote_alternative(self) -> QuoteAlternative | None:
        """Loading default values into a new QuoteAlternative.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_QUOTE_ALTERNATIVE, ())

    async def save_quote_alternative(
        self, *, quote_alternative: QuoteAlternative | None | Unset = UNSET
    ) -> QuoteAlternative | None:
        """Updates the existing QuoteAlternative or creates a new QuoteAlternative if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_QUOTE_ALTERNATIVE, (quote_alternative,))

    async def get_configuration_fields(
        self, *, connection_id: int | Unset = UNSET, connector_name: str | None | Unset = UNSET
    ) -> dict[str, FieldMetadata | None] | None:
        """Used by ADMIN.

        Returns:
            The result.
        """
        return await self._call(GET_CONFIGURATION_FIELDS, (connection_id, connector_name))

    async def test_connection(
        self,
        *,
        connector_name: str | None | Unset = UNSET,
        connection_data: dict[str, str | None] | None | Unset = UNSET,
    ) -> PluginResponse | None:
        """Used by the Admin clients.

        Returns:
            The result.
        """
        return await self._call(TEST_CONNECTION, (connector_name, connection_data))

    async def get_price_list(self, *, price_list_id: int | Unset = UNSET) -> PriceList | None:
        """Gets a PriceList object.

        Returns:
            The result.
        """
        return await self._call(GET_PRICE_LIST, (price_list_id,))

    async def copy_super_office_price_list(
        self,
        *,
        original_price_list_id: int | Unset = UNSET,
        new_name: str | None | Unset = UNSET,
        valid_from: datetime.datetime | Unset = UNSET,
        valid_to: datetime.datetime | Unset = UNSET,
        new_currency_id: int | Unset = UNSET,
        convert_currency: bool | Unset = UNSET,
    ) -> PriceList | None:
        """Create a copy of a PriceList in the SuperOffice database

        Returns:
            The result.
        """
        return await self._call(
            COPY_SUPER_OFFICE_PRICE_LIST,
            (
                original_price_list_id,
                new_name,
                valid_from,
                valid_to,
                new_currency_id,
                convert_currency,
            ),
        )

    async def get_product_image(
        self,
        *,
        quote_connection_id: int | Unset = UNSET,
        erp_product_key: str | None | Unset = UNSET,
        rank: int | Unset = UNSET,
    ) -> str | None:
        """Gets an image connected to a product, from the ProductProvider

        Returns:
            The result.
        """
        return await self._call(GET_PRODUCT_IMAGE, (quote_connection_id, erp_product_key, rank))

    async def find_product(
        self,
        *,
        quote_alternative_id: int | Unset = UNSET,
        user_input: str | None | Unset = UNSET,
        price_list_key: str | None | Unset = UNSET,
    ) -> list[Product | None] | None:
        """Gets a product, from the ProductProvider

        Returns:
            The result.
        """
        return await self._call(FIND_PRODUCT, (quote_alternative_id, user_input, price_list_key))

    async def get_product(
        self,
        *,
        quote_connection_id: int | Unset = UNSET,
        erp_product_key: str | None | Unset = UNSET,
    ) -> Product | None:
        """Get a product with the given key

        Returns:
            The result.
        """
        return await self._call(GET_PRODUCT, (quote_connection_id, erp_product_key))

    async def get_product_from_db_id(self, *, product_id: int | Unset = UNSET) -> Product | None:
        """Get a product with the given database id

        Returns:
            The result.
        """
        return await self._call(GET_PRODUCT_FROM_DB_ID, (product_id,))

    async def remove_product(self, *, product_id: int | Unset = UNSET) -> None:
        """Removes a product from the database"""
        return await self._call(REMOVE_PRODUCT, (product_id,))

    async def toggle_product_in_assortment(self, *, product_id: int | Unset = UNSET) -> None:
        """Toggles if the prdouct is in assortment or not"""
        return await self._call(TOGGLE_PRODUCT_IN_ASSORTMENT, (product_id,))

    async def save_quote(self, *, quote: Quote | None | Unset = UNSET) -> Quote | None:
        """Saves a Quote

        Returns:
            The result.
        """
        return await self._call(SAVE_QUOTE, (quote,))

    async def get_quote(self, *, quote_id: int | Unset = UNSET) -> Quote | None:
        """Get a Quote

        Returns:
            The result.
        """
        return await self._call(GET_QUOTE, (quote_id,))

    async def get_quote_from_sale_id(self, *, sale_id: int | Unset = UNSET) -> Quote | None:
        """Get a Quote for a sale

        Returns:
            The result.
        """
        return await self._call(GET_QUOTE_FROM_SALE_ID, (sale_id,))

    async def get_quote_alternative(
        self, *, quote_alternative_id: int | Unset = UNSET
    ) -> QuoteAlternative | None:
        """Gets a QuoteAlternative object.

        Returns:
            The result.
        """
        return await self._call(GET_QUOTE_ALTERNATIVE, (quote_alternative_id,))

    async def recalculate_quote_alternative(
        self, *, quote_alternative: int | Unset = UNSET
    ) -> QuoteAlternativeRecalculated | None:
        """When the user changes one or more values in a quoteline or a quoteAlternative, the
        connector gets to change the QuoteLines and the alternative, for instance calculate
        VAT.

        Returns:
            The result.
        """
        return await self._call(RECALCULATE_QUOTE_ALTERNATIVE, (quote_alternative,))

    async def get_quote_alternatives(
        self, *, quote_version_id: int | Unset = UNSET
    ) -> list[QuoteAlternative | None] | None:
        """Get all quote alternatives for a quote version

        Returns:
            The result.
        """
        return await self._call(GET_QUOTE_ALTERNATIVES, (quote_version_id,))

    async def move_quote_line(
        self, *, quote_line_id: int | Unset = UNSET, direction: bool | Unset = UNSET
    ) -> None:
        """Move quote line rank up/down"""
        return await self._call(MOVE_QUOTE_LINE, (quote_line_id, direction))

    async def create_quote_alternative(
        self,
        *,
        quote_version_id: int | Unset = UNSET,
        quote_alternative_name: str | None | Unset = UNSET,
        quote_alternative_description: str | None | Unset = UNSET,
    ) -> QuoteAlternative | None:
        """Create a new quote alternative on a version.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_QUOTE_ALTERNATIVE,
            (quote_version_id, quote_alternative_name, quote_alternative_description),
        )

    async def copy_quote_alternative(
        self,
        *,
        quote_version_id: int | Unset = UNSET,
        quote_alternative_id: int | Unset = UNSET,
        quote_alternative_name: str | None | Unset = UNSET,
    ) -> QuoteAlternative | None:
        """Copy a quote alternative from the same sale and adds it to a version.

        Returns:
            The result.
        """
        return await self._call(
            COPY_QUOTE_ALTERNATIVE,
            (quote_version_id, quote_alternative_id, quote_alternative_name),
        )

    async def delete_quote_alternative(self, *, quote_alternative_id: int | Unset = UNSET) -> None:
        """Delete a quote alternative"""
        return await self._call(DELETE_QUOTE_ALTERNATIVE, (quote_alternative_id,))

    async def has_connections(self) -> PluginResponse | None:
        """Whether or not the system has any connections available for this user.

        Returns:
            The result.
        """
        return await self._call(HAS_CONNECTIONS, ())

    async def get_all_installed_quote_connections(self) -> list[QuoteConnection | None] | None:
        """Get all installed connections.

        Returns:
            The result.
        """
        return await self._call(GET_ALL_INSTALLED_QUOTE_CONNECTIONS, ())

    async def get_all_available_quote_connections(self) -> list[QuoteConnection | None] | None:
        """Get all available connections.

        Returns:
            The result.
        """
        return await self._call(GET_ALL_AVAILABLE_QUOTE_CONNECTIONS, ())

    async def get_all_available_quote_connections_with_price_lists(
        self,
    ) -> list[QuoteConnection | None] | None:
        """Get all available connections.

        Returns:
            The result.
        """
        return await self._call(GET_ALL_AVAILABLE_QUOTE_CONNECTIONS_WITH_PRICE_LISTS, ())

    async def create_connection_from_connector_name(
        self, *, connector_name: str | None | Unset = UNSET
    ) -> QuoteConnection | None:
        """Create a new connection.

        Returns:
            The result.
        """
        return await self._call(CREATE_CONNECTION_FROM_CONNECTOR_NAME, (connector_name,))

    async def get_connection(
        self, *, quote_connection_id: int | Unset = UNSET
    ) -> QuoteConnection | None:
        """Returns the specified connection.

        Returns:
            The result.
        """
        return await self._call(GET_CONNECTION, (quote_connection_id,))

    async def save_connection(
        self, *, connection: QuoteConnection | None | Unset = UNSET
    ) -> QuoteConnection | None:
        """Saves a connection to the database.

        Returns:
            The result.
        """
        return await self._call(SAVE_CONNECTION, (connection,))

    async def delete_connection(self, *, quote_connection_id: int | Unset = UNSET) -> None:
        """Marks a connection as deleted."""
        return await self._call(DELETE_CONNECTION, (quote_connection_id,))

    async def restore_connection(self, *, quote_connection_id: int | Unset = UNSET) -> None:
        """Restores a connection marked as deleted."""
        return await self._call(RESTORE_CONNECTION, (quote_connection_id,))

    async def get_connections_for_associate(
        self, *, associate_id: int | Unset = UNSET
    ) -> list[QuoteConnection | None] | None:
        """Returns all connections available for the specified user.

        Returns:
            The result.
        """
        return await self._call(GET_CONNECTIONS_FOR_ASSOCIATE, (associate_id,))

    async def get_active_price_lists(
        self, *, quote_connection_id: int | Unset = UNSET, currency: str | None | Unset = UNSET
    ) -> list[PriceList | None] | None:
        """Gets the available active PriceLists in a specific currency.

        Returns:
            The result.
        """
        return await self._call(GET_ACTIVE_PRICE_LISTS, (quote_connection_id, currency))

    async def get_active_price_lists_by_currency_id(
        self, *, quote_connection_id: int | Unset = UNSET, currency_id: int | Unset = UNSET
    ) -> list[PriceList | None] | None:
        """Gets the available active PriceLists in a specific currency.

        Returns:
            The result.
        """
        return await self._call(
            GET_ACTIVE_PRICE_LISTS_BY_CURRENCY_ID, (quote_connection_id, currency_id)
        )

    async def get_all_price_lists(
        self, *, quote_connection_id: int | Unset = UNSET, currency: str | None | Unset = UNSET
    ) -> list[PriceList | None] | None:
        """Gets the all PriceLists in all currencies, including those inactive.

        Returns:
            The result.
        """
        return await self._call(GET_ALL_PRICE_LISTS, (quote_connection_id, currency))

    async def get_all_price_lists_by_currency_id(
        self, *, quote_connection_id: int | Unset = UNSET, currency_id: int | Unset = UNSET
    ) -> list[PriceList | None] | None:
        """Gets the all PriceLists in all currencies, including those inactive.

        Returns:
            The result.
        """
        return await self._call(
            GET_ALL_PRICE_LISTS_BY_CURRENCY_ID, (quote_connection_id, currency_id)
        )

    async def get_connector_capability_names(
        self, *, quote_connection_id: int | Unset = UNSET
    ) -> list[str | None] | None:
        """Gets a list of all possible connector capabilities

        Returns:
            The result.
        """
        return await self._call(GET_CONNECTOR_CAPABILITY_NAMES, (quote_connection_id,))

    async def get_connector_capabilities(
        self, *, quote_connection_id: int | Unset = UNSET
    ) -> list[str | None] | None:
        """Gets a list of connector capabilities

        Returns:
            The result.
        """
        return await self._call(GET_CONNECTOR_CAPABILITIES, (quote_connection_id,))

    async def can_connector_provide_capability(
        self,
        *,
        quote_connection_id: int | Unset = UNSET,
        capability_name: str | None | Unset = UNSET,
    ) -> bool | None:
        """Can the connector provide the capability

        Returns:
            The result.
        """
        return await self._call(
            CAN_CONNECTOR_PROVIDE_CAPABILITY, (quote_connection_id, capability_name)
        )

    async def get_connection_startup_errors(self) -> list[PluginResponse | None] | None:
        """Returns an array of PluginResponseInfos for all failed connection initializations.

        Returns:
            The result.
        """
        return await self._call(GET_CONNECTION_STARTUP_ERRORS, ())

    async def get_connection_startup_response(
        self, *, quote_connection_id: int | Unset = UNSET
    ) -> PluginResponse | None:
        """Returns the PluginResponseInfo for the connection initialization.

        Returns:
            The result.
        """
        return await self._call(GET_CONNECTION_STARTUP_RESPONSE, (quote_connection_id,))

    async def get_connection_config_fields(
        self, *, quote_connection_id: int | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Returns the config fields for the connection.

        Returns:
            The result.
        """
        return await self._call(GET_CONNECTION_CONFIG_FIELDS, (quote_connection_id,))

    async def save_connection_config_fields(
        self,
        *,
        quote_connection_id: int | Unset = UNSET,
        connection_config_fields: dict[str, str | None] | None | Unset = UNSET,
    ) -> dict[str, str | None] | None:
        """Saves the connection config fields

        Returns:
            The result.
        """
        return await self._call(
            SAVE_CONNECTION_CONFIG_FIELDS, (quote_connection_id, connection_config_fields)
        )

    async def create_and_save_quote(
        self,
        *,
        sale_id: int | Unset = UNSET,
        connection_id: int | Unset = UNSET,
        first_alternative_name: str | None | Unset = UNSET,
    ) -> QuoteEntity | None:
        """Creates a new quote on a sale.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_AND_SAVE_QUOTE, (sale_id, connection_id, first_alternative_name)
        )

    async def get_quote_entity(self, *, quote_id: int | Unset = UNSET) -> QuoteEntity | None:
        """Get a Quote

        Returns:
            The result.
        """
        return await self._call(GET_QUOTE_ENTITY, (quote_id,))

    async def get_quote_entity_from_sale_id(
        self, *, sale_id: int | Unset = UNSET
    ) -> QuoteEntity | None:
        """Get a Quote for a sale

        Returns:
            The result.
        """
        return await self._call(GET_QUOTE_ENTITY_FROM_SALE_ID, (sale_id,))

    async def save_quote_entity(
        self, *, quote_entity: QuoteEntity | None | Unset = UNSET
    ) -> QuoteEntity | None:
        """Saves a QuoteEntity.

        Returns:
            The result.
        """
        return await self._call(SAVE_QUOTE_ENTITY, (quote_entity,))

    async def create_and_save_quote_from_sale(
        self, *, copy_from_sale_id: int | Unset = UNSET, copy_to_sale_id: int | Unset = UNSET
    ) -> QuoteEntity | None:
        """Creates a copy the active version with connected alternatives and quotelines from
        another sale.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_AND_SAVE_QUOTE_FROM_SALE, (copy_from_sale_id, copy_to_sale_id)
        )

    async def place_order(
        self,
        *,
        quote_alternative_id: int | Unset = UNSET,
        mark_sale_as_sold: bool | Unset = UNSET,
        po_number: str | None | Unset = UNSET,
        order_comment: str | None | Unset = UNSET,
        culture: str | None | Unset = UNSET,
    ) -> PluginUrlResponse | None:
        """Place an order in the ERP system.

        Returns:
            The result.
        """
        return await self._call(
            PLACE_ORDER,
            (quote_alternative_id, mark_sale_as_sold, po_number, order_comment, culture),
        )

    async def get_order_state(
        self, *, quote_version_id: int | Unset = UNSET
    ) -> PluginUrlResponse | None:
        """If there is a problem with a quoteline, the error description shall be placed in the
        status and reason fields of the quoteline, if there is a problem with the
        alternative, the error description shall be placed in the status and reason fields
        of the alternative.

        Returns:
            The result.
        """
        return await self._call(GET_ORDER_STATE, (quote_version_id,))

    async def delete_quote(self, *, quote_id: int | Unset = UNSET) -> None:
        """Delete a Quote"""
        return await self._call(DELETE_QUOTE, (quote_id,))

    async def create_quote_line(
        self,
        *,
        quote_alternative_id: int | Unset = UNSET,
        erp_product_key: str | None | Unset = UNSET,
    ) -> QuoteLine | None:
        """Create a quoteline based on a product key.

        Returns:
            The result.
        """
        return await self._call(CREATE_QUOTE_LINE, (quote_alternative_id, erp_product_key))

    async def create_quote_line_from_product(
        self, *, quote_alternative_id: int | Unset = UNSET, product: Product | None | Unset = UNSET
    ) -> QuoteLine | None:
        """Create a quoteline based on a product.

        Returns:
            The result.
        """
        return await self._call(CREATE_QUOTE_LINE_FROM_PRODUCT, (quote_alternative_id, product))

    async def save_quote_line(
        self, *, quote_line: QuoteLine | None | Unset = UNSET
    ) -> QuoteLine | None:
        """Saves the QuoteLine in the SuperOffice database

        Returns:
            The result.
        """
        return await self._call(SAVE_QUOTE_LINE, (quote_line,))

    async def save_quote_lines(
        self, *, quote_lines: list[QuoteLine | None] | None | Unset = UNSET
    ) -> list[QuoteLine | None] | None:
        """Saves the QuoteLines in the SuperOffice database

        Returns:
            The result.
        """
        return await self._call(SAVE_QUOTE_LINES, (quote_lines,))

    async def get_quote_line(self, *, quote_line_id: int | Unset = UNSET) -> QuoteLine | None:
        """Get QuoteLine from database

        Returns:
            The result.
        """
        return await self._call(GET_QUOTE_LINE, (quote_line_id,))

    async def get_quote_lines(
        self, *, quote_alternative_id: int | Unset = UNSET
    ) -> list[QuoteLine | None] | None:
        """Get all QuoteLines from an alternative

        Returns:
            The result.
        """
        return await self._call(GET_QUOTE_LINES, (quote_alternative_id,))

    async def delete_quote_line(self, *, quote_line_id: int | Unset = UNSET) -> None:
        """Deletes the QuoteLine in the SuperOffice database"""
        return await self._call(DELETE_QUOTE_LINE, (quote_line_id,))

    async def delete_quote_lines(
        self, *, quote_line_ids: list[int] | None | Unset = UNSET
    ) -> None:
        """Delete the QuoteLines in the SuperOffice database"""
        return await self._call(DELETE_QUOTE_LINES, (quote_line_ids,))

    async def recalculate_quote_line(
        self,
        *,
        quote_line: QuoteLine | None | Unset = UNSET,
        changed_fields: list[str | None] | None | Unset = UNSET,
    ) -> QuoteLine | None:
        """When the user changes one or more values in a quoteline, the connector gets to
        change the QuoteLine, for instance calculate VAT.

        Returns:
            The result.
        """
        return await self._call(RECALCULATE_QUOTE_LINE, (quote_line, changed_fields))

    async def get_extra_info(
        self, *, quote_line_extra_data: str | None | Unset = UNSET
    ) -> list[ProductExtraDataField | None] | None:
        """Converts an xml string into an object representation.

        Returns:
            The result.
        """
        return await self._call(GET_EXTRA_INFO, (quote_line_extra_data,))

    async def create_and_save_quote_lines(
        self,
        *,
        quote_alternative_id: int | Unset = UNSET,
        erp_product_keys: list[str | None] | None | Unset = UNSET,
    ) -> int | None:
        """Create and save quotelines based on the product keys added

        Returns:
            The result.
        """
        return await self._call(
            CREATE_AND_SAVE_QUOTE_LINES, (quote_alternative_id, erp_product_keys)
        )

    async def get_quote_line_configuration(
        self, *, quote_line_configuration_id: int | Unset = UNSET
    ) -> QuoteLineConfiguration | None:
        """Returns the configuration field with the given id

        Returns:
            The result.
        """
        return await self._call(GET_QUOTE_LINE_CONFIGURATION, (quote_line_configuration_id,))

    async def get_quote_line_configuration_from_field_name(
        self, *, field_name: str | None | Unset = UNSET
    ) -> QuoteLineConfiguration | None:
        """Returns the configuration field with the given field name

        Returns:
            The result.
        """
        return await self._call(GET_QUOTE_LINE_CONFIGURATION_FROM_FIELD_NAME, (field_name,))

    async def get_all_quote_line_configurations(
        self,
    ) -> list[QuoteLineConfiguration | None] | None:
        """Returns all the configuration fields

        Returns:
            The result.
        """
        return await self._call(GET_ALL_QUOTE_LINE_CONFIGURATIONS, ())

    async def get_in_use_quote_line_configurations(
        self,
    ) -> list[QuoteLineConfiguration | None] | None:
        """Returns the configuration fields that should be visible in the GUI.

        Returns:
            The result.
        """
        return await self._call(GET_IN_USE_QUOTE_LINE_CONFIGURATIONS, ())

    async def save_quote_line_configuration(
        self, *, quote_line_configuration: QuoteLineConfiguration | None | Unset = UNSET
    ) -> QuoteLineConfiguration | None:
        """Save a QuoteLineConfiguration object.

        Returns:
            The result.
        """
        return await self._call(SAVE_QUOTE_LINE_CONFIGURATION, (quote_line_configuration,))

    async def save_quote_line_configurations(
        self,
        *,
        quote_line_configurations: list[QuoteLineConfiguration | None] | None | Unset = UNSET,
    ) -> list[QuoteLineConfiguration | None] | None:
        """Save a collection of QuoteLineConfigurations.

        Returns:
            The result.
        """
        return await self._call(SAVE_QUOTE_LINE_CONFIGURATIONS, (quote_line_configurations,))

    async def validate_quote_version(
        self,
        *,
        quote_version_id: int | Unset = UNSET,
        action: QuoteVersionButtonAction | str | Unset = UNSET,
    ) -> QuoteVersionValidated | None:
        """When the user changes one or more values in a quoteline or a quoteAlternative, the
        connector gets to change the QuoteLines and the alternative, for instance calculate
        VAT.

        Returns:
            The result.
        """
        return await self._call(VALIDATE_QUOTE_VERSION, (quote_version_id, action))

    async def create_and_save_quote_version(
        self, *, quote_version_id: int | Unset = UNSET
    ) -> QuoteVersion | None:
        """Created a new QuoteVersion based on another QuoteVersion on the same Quote.

        Returns:
            The result.
        """
        return await self._call(CREATE_AND_SAVE_QUOTE_VERSION, (quote_version_id,))

    async def get_quote_version(
        self, *, quote_version_id: int | Unset = UNSET
    ) -> QuoteVersion | None:
        """Get a QuoteVersion

        Returns:
            The result.
        """
        return await self._call(GET_QUOTE_VERSION, (quote_version_id,))

    async def get_quote_versions(
        self, *, quote_id: int | Unset = UNSET
    ) -> list[QuoteVersion | None] | None:
        """Get all quote versions for a sale

        Returns:
            The result.
        """
        return await self._call(GET_QUOTE_VERSIONS, (quote_id,))

    async def send_quote_version(
        self,
        *,
        quote_version_id: int | Unset = UNSET,
        expiry_date: datetime.datetime | Unset = UNSET,
        followup_date: datetime.datetime | Unset = UNSET,
        followup_text: str | None | Unset = UNSET,
        culture: str | None | Unset = UNSET,
    ) -> PluginUrlResponse | None:
        """Send the quote to the user's customer.

        Returns:
            The result.
        """
        return await self._call(
            SEND_QUOTE_VERSION,
            (quote_version_id, expiry_date, followup_date, followup_text, culture),
        )

    async def save_quote_version(
        self, *, quote_version: QuoteVersion | None | Unset = UNSET
    ) -> QuoteVersion | None:
        """Saves a quote version

        Returns:
            The result.
        """
        return await self._call(SAVE_QUOTE_VERSION, (quote_version,))

    async def approve_quote_version(
        self,
        *,
        quote_version_id: int | Unset = UNSET,
        approved_by_text: str | None | Unset = UNSET,
        approved_by_associate_id: int | Unset = UNSET,
        approval_text: str | None | Unset = UNSET,
    ) -> ApproveRejectResponse | None:
        """Approves a quote version

        Returns:
            The result.
        """
        return await self._call(
            APPROVE_QUOTE_VERSION,
            (quote_version_id, approved_by_text, approved_by_associate_id, approval_text),
        )

    async def reject_quote_version(
        self,
        *,
        quote_version_id: int | Unset = UNSET,
        rejected_by_text: str | None | Unset = UNSET,
        rejected_by_associate_id: int | Unset = UNSET,
        rejection_text: str | None | Unset = UNSET,
    ) -> ApproveRejectResponse | None:
        """Rejects a quote version

        Returns:
            The result.
        """
        return await self._call(
            REJECT_QUOTE_VERSION,
            (quote_version_id, rejected_by_text, rejected_by_associate_id, rejection_text),
        )

    async def generate_quote_documents(
        self,
        *,
        quote_version_id: int | Unset = UNSET,
        email_body_template_id: int | Unset = UNSET,
        attach_main_document: bool | Unset = UNSET,
        quoted_products_template_id: int | Unset = UNSET,
        include_attachments: bool | Unset = UNSET,
        raw_mail_subject: str | None | Unset = UNSET,
    ) -> QuotePublishDocuments | None:
        """Generate all the documents required to send the Quote as an email to the prospect -
        or an Order Confirmation; it just depends on the template id's for the lines doc and
        mail body.

        Returns:
            The result.
        """
        return await self._call(
            GENERATE_QUOTE_DOCUMENTS,
            (
                quote_version_id,
                email_body_template_id,
                attach_main_document,
                quoted_products_template_id,
                include_attachments,
                raw_mail_subject,
            ),
        )

    async def get_order_confirmation(
        self,
        *,
        quote_version_id: int | Unset = UNSET,
        confirmation_template_id: int | Unset = UNSET,
    ) -> str | None:
        """Get a base64-encoded data stream that is just the order confirmation document, for
        the given quote version; no permanent document is created or stored anywhere; the
        result is a PDF

        Returns:
            The result.
        """
        return await self._call(
            GET_ORDER_CONFIRMATION, (quote_version_id, confirmation_template_id)
        )

    async def get_quote_version_workflow_state(
        self, *, quote_version_id: int | Unset = UNSET, quote_alternative_id: int | Unset = UNSET
    ) -> QuoteVersionWorkflowState | None:
        """Get all button states for the Quote version dialog.

        Returns:
            The result.
        """
        return await self._call(
            GET_QUOTE_VERSION_WORKFLOW_STATE, (quote_version_id, quote_alternative_id)
        )


class QuoteAgent(QuoteMethods, SoapCaller):
    """Quote over SOAP 1.1 (``Remote/Services88/Quote.svc``), synchronous."""

    _PATH = "Remote/Services88/Quote.svc"
    _HEADERS = HEADERS


class AsyncQuoteAgent(AsyncQuoteMethods, AsyncSoapCaller):
    """Quote over SOAP 1.1 (``Remote/Services88/Quote.svc``), asynchronous."""

    _PATH = "Remote/Services88/Quote.svc"
    _HEADERS = HEADERS


class QuoteRestAgent(QuoteMethods, RestCaller):
    """Quote over REST (``/api/v1/Agents/Quote/...``), synchronous."""


class AsyncQuoteRestAgent(AsyncQuoteMethods, AsyncRestCaller):
    """Quote over REST (``/api/v1/Agents/Quote/...``), asynchronous."""
