"""Services88 Archive agent (``Remote/Services88/Archive.svc``).

``ArchiveAgent`` and ``AsyncArchiveAgent`` call it over SOAP, ``ArchiveRestAgent`` and
``AsyncArchiveRestAgent`` over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.activity_filter import ACTIVITY_FILTER_CODEC, ActivityFilter
from .types.archive_column_info import LIST_OF_ARCHIVE_COLUMN_INFO_CODEC, ArchiveColumnInfo
from .types.archive_configuration import ARCHIVE_CONFIGURATION_CODEC, ArchiveConfiguration
from .types.archive_list_item import LIST_OF_ARCHIVE_LIST_ITEM_CODEC, ArchiveListItem
from .types.archive_list_result import ARCHIVE_LIST_RESULT_CODEC, ArchiveListResult
from .types.archive_order_by_info import LIST_OF_ARCHIVE_ORDER_BY_INFO_CODEC, ArchiveOrderByInfo
from .types.archive_restriction_info import (
    LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC,
    ArchiveRestrictionInfo,
)
from .types.export_archive_result import EXPORT_ARCHIVE_RESULT_CODEC, ExportArchiveResult
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_mdo_list_item import LIST_OF_MDO_LIST_ITEM_CODEC, MDOListItem
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.related_data import LIST_OF_RELATED_DATA_CODEC, RelatedData

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_ARCHIVE_LIST_RESULT: Operation[ArchiveListResult | None] = Operation(
    "CreateDefaultArchiveListResult",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/CreateDefaultArchiveListResult",
    results=(Param("response", "Response", ARCHIVE_LIST_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/CreateDefaultArchiveListResult",
    rest_select=False,
)

GET_ACTIVITY_FILTER: Operation[ActivityFilter | None] = Operation(
    "GetActivityFilter",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetActivityFilter",
    results=(Param("response", "Response", ACTIVITY_FILTER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/GetActivityFilter",
)

SET_ACTIVITY_FILTER: Operation[None] = Operation(
    "SetActivityFilter",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/SetActivityFilter",
    params=(Param("activity_filter", "ActivityFilter", ACTIVITY_FILTER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/SetActivityFilter",
)

GET_GROUP_ASSOCIATE_IDS: Operation[list[int] | None] = Operation(
    "GetGroupAssociateIds",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetGroupAssociateIds",
    params=(Param("group_ids", "GroupIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/GetGroupAssociateIds",
)

GET_ARCHIVE_CONFIGURATION: Operation[ArchiveConfiguration | None] = Operation(
    "GetArchiveConfiguration",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetArchiveConfiguration",
    params=(
        Param("gui_name", "GuiName", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
    ),
    results=(Param("response", "Response", ARCHIVE_CONFIGURATION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/GetArchiveConfiguration",
)

GET_ARCHIVE_CONFIGURATION_WITH_CONTEXT: Operation[ArchiveConfiguration | None] = Operation(
    "GetArchiveConfigurationWithContext",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetArchiveConfigurationWithContext",
    params=(
        Param("gui_name", "GuiName", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("context", "Context", STR, nillable=True),
    ),
    results=(Param("response", "Response", ARCHIVE_CONFIGURATION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/GetArchiveConfigurationWithContext",
)

SET_COLUMN_WIDTHS: Operation[None] = Operation(
    "SetColumnWidths",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/SetColumnWidths",
    params=(
        Param("gui_name", "GuiName", STR, nillable=True),
        Param("column_widths", "ColumnWidths", LIST_OF_STR_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Archive/SetColumnWidths",
)

SET_CHOSEN_ENTITIES: Operation[None] = Operation(
    "SetChosenEntities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/SetChosenEntities",
    params=(
        Param("gui_name", "GuiName", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("entities", "Entities", LIST_OF_STR_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Archive/SetChosenEntities",
)

SET_CHOSEN_COLUMNS: Operation[None] = Operation(
    "SetChosenColumns",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/SetChosenColumns",
    params=(
        Param("gui_name", "GuiName", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("chosen_columns", "ChosenColumns", LIST_OF_STR_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Archive/SetChosenColumns",
)

GET_ARCHIVE_CONFIGURATION_V_2: Operation[ArchiveConfiguration | None] = Operation(
    "GetArchiveConfigurationV2",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetArchiveConfigurationV2",
    params=(
        Param("gui_name", "GuiName", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("context", "Context", STR, nillable=True),
        Param("owner_keys", "OwnerKeys", STR, nillable=True),
    ),
    results=(Param("response", "Response", ARCHIVE_CONFIGURATION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/GetArchiveConfigurationV2",
)

SET_COLUMN_WIDTHS_V_2: Operation[None] = Operation(
    "SetColumnWidthsV2",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/SetColumnWidthsV2",
    params=(
        Param("gui_name", "GuiName", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("context", "Context", STR, nillable=True),
        Param("owner_keys", "OwnerKeys", STR, nillable=True),
        Param("column_widths", "ColumnWidths", LIST_OF_STR_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Archive/SetColumnWidthsV2",
)

SET_CHOSEN_ENTITIES_V_2: Operation[None] = Operation(
    "SetChosenEntitiesV2",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/SetChosenEntitiesV2",
    params=(
        Param("gui_name", "GuiName", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("context", "Context", STR, nillable=True),
        Param("owner_keys", "OwnerKeys", STR, nillable=True),
        Param("entities", "Entities", LIST_OF_STR_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Archive/SetChosenEntitiesV2",
)

SET_CHOSEN_COLUMNS_V_2: Operation[None] = Operation(
    "SetChosenColumnsV2",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/SetChosenColumnsV2",
    params=(
        Param("gui_name", "GuiName", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("context", "Context", STR, nillable=True),
        Param("owner_keys", "OwnerKeys", STR, nillable=True),
        Param("chosen_columns", "ChosenColumns", LIST_OF_STR_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Archive/SetChosenColumnsV2",
)

GET_ARCHIVE_LIST_BY_COLUMNS: Operation[list[ArchiveListItem | None] | None] = Operation(
    "GetArchiveListByColumns",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetArchiveListByColumns",
    params=(
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("columns", "Columns", LIST_OF_STR_CODEC, nillable=True),
        Param("sort_order", "SortOrder", LIST_OF_ARCHIVE_ORDER_BY_INFO_CODEC, nillable=True),
        Param("restriction", "Restriction", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True),
        Param("entities", "Entities", LIST_OF_STR_CODEC, nillable=True),
        Param("page", "Page", INT),
        Param("page_size", "PageSize", INT),
    ),
    results=(Param("response", "Response", LIST_OF_ARCHIVE_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/GetArchiveListByColumns",
)

GET_ARCHIVE_LIST_BY_COLUMNS_WITH_CONTEXT: Operation[list[ArchiveListItem | None] | None] = (
    Operation(
        "GetArchiveListByColumnsWithContext",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetArchiveListByColumnsWithContext",
        params=(
            Param("provider_name", "ProviderName", STR, nillable=True),
            Param("columns", "Columns", LIST_OF_STR_CODEC, nillable=True),
            Param("sort_order", "SortOrder", LIST_OF_ARCHIVE_ORDER_BY_INFO_CODEC, nillable=True),
            Param(
                "restriction", "Restriction", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True
            ),
            Param("entities", "Entities", LIST_OF_STR_CODEC, nillable=True),
            Param("page", "Page", INT),
            Param("page_size", "PageSize", INT),
            Param("context", "Context", STR, nillable=True),
        ),
        results=(Param("response", "Response", LIST_OF_ARCHIVE_LIST_ITEM_CODEC, nillable=True),),
        rest_path="/api/v1/Agents/Archive/GetArchiveListByColumnsWithContext",
    )
)

GET_ARCHIVE_LIST: Operation[list[ArchiveListItem | None] | None] = Operation(
    "GetArchiveList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetArchiveList",
    params=(
        Param("gui_name", "GuiName", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("sort_order", "SortOrder", LIST_OF_ARCHIVE_ORDER_BY_INFO_CODEC, nillable=True),
        Param("restriction", "Restriction", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True),
        Param("entities", "Entities", LIST_OF_STR_CODEC, nillable=True),
        Param("page", "Page", INT),
        Param("page_size", "PageSize", INT),
    ),
    results=(Param("response", "Response", LIST_OF_ARCHIVE_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/GetArchiveList",
)

GET_ARCHIVE_LIST_WITH_CONTEXT: Operation[list[ArchiveListItem | None] | None] = Operation(
    "GetArchiveListWithContext",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetArchiveListWithContext",
    params=(
        Param("gui_name", "GuiName", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("sort_order", "SortOrder", LIST_OF_ARCHIVE_ORDER_BY_INFO_CODEC, nillable=True),
        Param("restriction", "Restriction", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True),
        Param("entities", "Entities", LIST_OF_STR_CODEC, nillable=True),
        Param("page", "Page", INT),
        Param("page_size", "PageSize", INT),
        Param("context", "Context", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_ARCHIVE_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/GetArchiveListWithContext",
)

GET_ARCHIVE_LIST_BY_COLUMNS_WITH_HEADER: Operation[ArchiveListResult | None] = Operation(
    "GetArchiveListByColumnsWithHeader",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetArchiveListByColumnsWithHeader",
    params=(
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("columns", "Columns", LIST_OF_STR_CODEC, nillable=True),
        Param("sort_order", "SortOrder", LIST_OF_ARCHIVE_ORDER_BY_INFO_CODEC, nillable=True),
        Param("restriction", "Restriction", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True),
        Param("entities", "Entities", LIST_OF_STR_CODEC, nillable=True),
        Param("page", "Page", INT),
        Param("page_size", "PageSize", INT),
        Param("options", "Options", STR, nillable=True),
    ),
    results=(Param("response", "Response", ARCHIVE_LIST_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/GetArchiveListByColumnsWithHeader",
)

GET_PROVIDER_NAMES: Operation[list[str | None] | None] = Operation(
    "GetProviderNames",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetProviderNames",
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/GetProviderNames",
)

GET_ARCHIVE_LIST_BY_COLUMNS_WITH_HEADER_WITH_CONTEXT: Operation[ArchiveListResult | None] = (
    Operation(
        "GetArchiveListByColumnsWithHeaderWithContext",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetArchiveListByColumnsWithHeaderWithContext",
        params=(
            Param("provider_name", "ProviderName", STR, nillable=True),
            Param("columns", "Columns", LIST_OF_STR_CODEC, nillable=True),
            Param("sort_order", "SortOrder", LIST_OF_ARCHIVE_ORDER_BY_INFO_CODEC, nillable=True),
            Param(
                "restriction", "Restriction", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True
            ),
            Param("entities", "Entities", LIST_OF_STR_CODEC, nillable=True),
            Param("page", "Page", INT),
            Param("page_size", "PageSize", INT),
            Param("options", "Options", STR, nillable=True),
            Param("context", "Context", STR, nillable=True),
        ),
        results=(Param("response", "Response", ARCHIVE_LIST_RESULT_CODEC, nillable=True),),
        rest_path="/api/v1/Agents/Archive/GetArchiveListByColumnsWithHeaderWithContext",
    )
)

GET_AVAILABLE_COLUMNS: Operation[list[ArchiveColumnInfo | None] | None] = Operation(
    "GetAvailableColumns",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetAvailableColumns",
    params=(
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("context", "Context", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_ARCHIVE_COLUMN_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/GetAvailableColumns",
)

GET_AVAILABLE_ENTITIES: Operation[list[MDOListItem | None] | None] = Operation(
    "GetAvailableEntities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetAvailableEntities",
    params=(
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("context", "Context", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_MDO_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/GetAvailableEntities",
)

GET_ARCHIVE_LIST_BY_COLUMNS_2: Operation[list[ArchiveListItem | None] | None] = Operation(
    "GetArchiveListByColumns2",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetArchiveListByColumns2",
    params=(
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("columns", "Columns", STR, nillable=True),
        Param("sort_order", "SortOrder", STR, nillable=True),
        Param("restrictions", "Restrictions", STR, nillable=True),
        Param("entities", "Entities", STR, nillable=True),
        Param("page", "Page", INT),
        Param("page_size", "PageSize", INT),
    ),
    results=(Param("response", "Response", LIST_OF_ARCHIVE_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/GetArchiveListByColumns2",
)

GET_ARCHIVE_LIST_BY_COLUMNS_WITH_CONTEXT_2: Operation[list[ArchiveListItem | None] | None] = (
    Operation(
        "GetArchiveListByColumnsWithContext2",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetArchiveListByColumnsWithContext2",
        params=(
            Param("provider_name", "ProviderName", STR, nillable=True),
            Param("columns", "Columns", STR, nillable=True),
            Param("sort_order", "SortOrder", STR, nillable=True),
            Param("restriction", "Restriction", STR, nillable=True),
            Param("entities", "Entities", STR, nillable=True),
            Param("page", "Page", INT),
            Param("page_size", "PageSize", INT),
            Param("context", "Context", STR, nillable=True),
        ),
        results=(Param("response", "Response", LIST_OF_ARCHIVE_LIST_ITEM_CODEC, nillable=True),),
        rest_path="/api/v1/Agents/Archive/GetArchiveListByColumnsWithContext2",
    )
)

GET_ARCHIVE_LIST_2: Operation[list[ArchiveListItem | None] | None] = Operation(
    "GetArchiveList2",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetArchiveList2",
    params=(
        Param("gui_name", "GuiName", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("sort_order", "SortOrder", STR, nillable=True),
        Param("restriction", "Restriction", STR, nillable=True),
        Param("entities", "Entities", STR, nillable=True),
        Param("page", "Page", INT),
        Param("page_size", "PageSize", INT),
    ),
    results=(Param("response", "Response", LIST_OF_ARCHIVE_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/GetArchiveList2",
)

GET_ARCHIVE_LIST_WITH_CONTEXT_2: Operation[list[ArchiveListItem | None] | None] = Operation(
    "GetArchiveListWithContext2",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetArchiveListWithContext2",
    params=(
        Param("gui_name", "GuiName", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("sort_order", "SortOrder", STR, nillable=True),
        Param("restriction", "Restriction", STR, nillable=True),
        Param("entities", "Entities", STR, nillable=True),
        Param("page", "Page", INT),
        Param("page_size", "PageSize", INT),
        Param("context", "Context", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_ARCHIVE_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/GetArchiveListWithContext2",
)

GET_ARCHIVE_LIST_BY_COLUMNS_WITH_HEADER_2: Operation[ArchiveListResult | None] = Operation(
    "GetArchiveListByColumnsWithHeader2",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetArchiveListByColumnsWithHeader2",
    params=(
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("columns", "Columns", STR, nillable=True),
        Param("sort_order", "SortOrder", STR, nillable=True),
        Param("restriction", "Restriction", STR, nillable=True),
        Param("entities", "Entities", STR, nillable=True),
        Param("page", "Page", INT),
        Param("page_size", "PageSize", INT),
        Param("options", "Options", STR, nillable=True),
    ),
    results=(Param("response", "Response", ARCHIVE_LIST_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/GetArchiveListByColumnsWithHeader2",
)

GET_ARCHIVE_LIST_BY_COLUMNS_WITH_HEADER_WITH_CONTEXT_2: Operation[ArchiveListResult | None] = (
    Operation(
        "GetArchiveListByColumnsWithHeaderWithContext2",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetArchiveListByColumnsWithHeaderWithContext2",
        params=(
            Param("provider_name", "ProviderName", STR, nillable=True),
            Param("columns", "Columns", STR, nillable=True),
            Param("sort_order", "SortOrder", STR, nillable=True),
            Param("restriction", "Restriction", STR, nillable=True),
            Param("entities", "Entities", STR, nillable=True),
            Param("page", "Page", INT),
            Param("page_size", "PageSize", INT),
            Param("options", "Options", STR, nillable=True),
            Param("context", "Context", STR, nillable=True),
        ),
        results=(Param("response", "Response", ARCHIVE_LIST_RESULT_CODEC, nillable=True),),
        rest_path="/api/v1/Agents/Archive/GetArchiveListByColumnsWithHeaderWithContext2",
    )
)

EXPORT_ARCHIVE: Operation[ExportArchiveResult | None] = Operation(
    "ExportArchive",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/ExportArchive",
    params=(
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("context", "Context", STR, nillable=True),
        Param("desired_entities", "DesiredEntities", LIST_OF_STR_CODEC, nillable=True),
        Param("columns", "Columns", LIST_OF_STR_CODEC, nillable=True),
        Param("sort_order", "SortOrder", LIST_OF_ARCHIVE_ORDER_BY_INFO_CODEC, nillable=True),
        Param(
            "restrictions", "Restrictions", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True
        ),
        Param("export_type", "ExportType", STR, nillable=True),
        Param("selected_row_ids", "SelectedRowIds", LIST_OF_STR_CODEC, nillable=True),
        Param("estimated_row_count", "EstimatedRowCount", INT),
    ),
    results=(Param("response", "Response", EXPORT_ARCHIVE_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/ExportArchive",
)

GET_RELATED_DATA: Operation[list[RelatedData | None] | None] = Operation(
    "GetRelatedData",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetRelatedData",
    params=(
        Param("table", "Table", STR, nillable=True),
        Param("record_id", "RecordId", INT),
        Param("fields", "Fields", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_RELATED_DATA_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/GetRelatedData",
)

GET_RELATED_DATA_2: Operation[list[RelatedData | None] | None] = Operation(
    "GetRelatedData2",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetRelatedData2",
    params=(
        Param("table", "Table", STR, nillable=True),
        Param("record_id", "RecordId", INT),
        Param("fields", "Fields", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_RELATED_DATA_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/GetRelatedData2",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "CreateDefaultArchiveListResult": CREATE_DEFAULT_ARCHIVE_LIST_RESULT,
    "GetActivityFilter": GET_ACTIVITY_FILTER,
    "SetActivityFilter": SET_ACTIVITY_FILTER,
    "GetGroupAssociateIds": GET_GROUP_ASSOCIATE_IDS,
    "GetArchiveConfiguration": GET_ARCHIVE_CONFIGURATION,
    "GetArchiveConfigurationWithContext": GET_ARCHIVE_CONFIGURATION_WITH_CONTEXT,
    "SetColumnWidths": SET_COLUMN_WIDTHS,
    "SetChosenEntities": SET_CHOSEN_ENTITIES,
    "SetChosenColumns": SET_CHOSEN_COLUMNS,
    "GetArchiveConfigurationV2": GET_ARCHIVE_CONFIGURATION_V_2,
    "SetColumnWidthsV2": SET_COLUMN_WIDTHS_V_2,
    "SetChosenEntitiesV2": SET_CHOSEN_ENTITIES_V_2,
    "SetChosenColumnsV2": SET_CHOSEN_COLUMNS_V_2,
    "GetArchiveListByColumns": GET_ARCHIVE_LIST_BY_COLUMNS,
    "GetArchiveListByColumnsWithContext": GET_ARCHIVE_LIST_BY_COLUMNS_WITH_CONTEXT,
    "GetArchiveList": GET_ARCHIVE_LIST,
    "GetArchiveListWithContext": GET_ARCHIVE_LIST_WITH_CONTEXT,
    "GetArchiveListByColumnsWithHeader": GET_ARCHIVE_LIST_BY_COLUMNS_WITH_HEADER,
    "GetProviderNames": GET_PROVIDER_NAMES,
    "GetArchiveListByColumnsWithHeaderWithContext": GET_ARCHIVE_LIST_BY_COLUMNS_WITH_HEADER_WITH_CONTEXT,
    "GetAvailableColumns": GET_AVAILABLE_COLUMNS,
    "GetAvailableEntities": GET_AVAILABLE_ENTITIES,
    "GetArchiveListByColumns2": GET_ARCHIVE_LIST_BY_COLUMNS_2,
    "GetArchiveListByColumnsWithContext2": GET_ARCHIVE_LIST_BY_COLUMNS_WITH_CONTEXT_2,
    "GetArchiveList2": GET_ARCHIVE_LIST_2,
    "GetArchiveListWithContext2": GET_ARCHIVE_LIST_WITH_CONTEXT_2,
    "GetArchiveListByColumnsWithHeader2": GET_ARCHIVE_LIST_BY_COLUMNS_WITH_HEADER_2,
    "GetArchiveListByColumnsWithHeaderWithContext2": GET_ARCHIVE_LIST_BY_COLUMNS_WITH_HEADER_WITH_CONTEXT_2,
    "ExportArchive": EXPORT_ARCHIVE,
    "GetRelatedData": GET_RELATED_DATA,
    "GetRelatedData2": GET_RELATED_DATA_2,
}


class ArchiveMethods(SyncCalls):
    """The Archive operations, called synchronously (SOAP or REST)."""

    def create_default_archive_list_result(self) -> ArchiveListResult | None:
        """Loading default values into a new ArchiveListResult.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_ARCHIVE_LIST_RESULT, ())

    def get_activity_filter(self) -> ActivityFilter | None:
        """Get activity filter for the specified list.

        Returns:
            The result.
        """
        return self._call(GET_ACTIVITY_FILTER, ())

    def set_activity_filter(
        self, *, activity_filter: ActivityFilter | None | Unset = UNSET
    ) -> None:
        """Set activity filter for the specified list."""
        return self._call(SET_ACTIVITY_FILTER, (activity_filter,))

    def get_group_associate_ids(
        self, *, group_ids: list[int] | None | Unset = UNSET
    ) -> list[int] | None:
        """Returns the associate ids that belongs to the given groups

        Returns:
            The result.
        """
        return self._call(GET_GROUP_ASSOCIATE_IDS, (group_ids,))

    def get_archive_configuration(
        self, *, gui_name: str | None | Unset = UNSET, provider_name: str | None | Unset = UNSET
    ) -> ArchiveConfiguration | None:
        """Get the configuration for one archive.

        Returns:
            The result.
        """
        return self._call(GET_ARCHIVE_CONFIGURATION, (gui_name, provider_name))

    def get_archive_configuration_with_context(
        self,
        *,
        gui_name: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> ArchiveConfiguration | None:
        """Get the configuration for one archive, with context parameter.

        Returns:
            The result.
        """
        return self._call(
            GET_ARCHIVE_CONFIGURATION_WITH_CONTEXT, (gui_name, provider_name, context)
        )

    def set_column_widths(
        self,
        *,
        gui_name: str | None | Unset = UNSET,
        column_widths: list[str | None] | None | Unset = UNSET,
    ) -> None:
        """Set the column widths for the given set of columns and GUI name."""
        return self._call(SET_COLUMN_WIDTHS, (gui_name, column_widths))

    def set_chosen_entities(
        self,
        *,
        gui_name: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        entities: list[str | None] | None | Unset = UNSET,
    ) -> None:
        """Set the currently chosen entities for the given gui name/provider name combination."""
        return self._call(SET_CHOSEN_ENTITIES, (gui_name, provider_name, entities))

    def set_chosen_columns(
        self,
        *,
        gui_name: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        chosen_columns: list[str | None] | None | Unset = UNSET,
    ) -> None:
        """Set the currently chosen columns for the given gui name/provider name combination."""
        return self._call(SET_CHOSEN_COLUMNS, (gui_name, provider_name, chosen_columns))

    def get_archive_configuration_v_2(
        self,
        *,
        gui_name: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
        owner_keys: str | None | Unset = UNSET,
    ) -> ArchiveConfiguration | None:
        """Get the configuration for one archive.

        Returns:
            The result.
        """
        return self._call(
            GET_ARCHIVE_CONFIGURATION_V_2, (gui_name, provider_name, context, owner_keys)
        )

    def set_column_widths_v_2(
        self,
        *,
        gui_name: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
        owner_keys: str | None | Unset = UNSET,
        column_widths: list[str | None] | None | Unset = UNSET,
    ) -> None:
        """Set the column widths for the given set of columns and GUI name."""
        return self._call(
            SET_COLUMN_WIDTHS_V_2, (gui_name, provider_name, context, owner_keys, column_widths)
        )

    def set_chosen_entities_v_2(
        self,
        *,
        gui_name: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
        owner_keys: str | None | Unset = UNSET,
        entities: list[str | None] | None | Unset = UNSET,
    ) -> None:
        """Set the currently chosen entities for the given gui name/provider name combination."""
        return self._call(
            SET_CHOSEN_ENTITIES_V_2, (gui_name, provider_name, context, owner_keys, entities)
        )

    def set_chosen_columns_v_2(
        self,
        *,
        gui_name: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
        owner_keys: str | None | Unset = UNSET,
        chosen_columns: list[str | None] | None | Unset = UNSET,
    ) -> None:
        """Set the currently chosen columns for the given gui name/provider name combination."""
        return self._call(
            SET_CHOSEN_COLUMNS_V_2, (gui_name, provider_name, context, owner_keys, chosen_columns)
        )

    def get_archive_list_by_columns(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        columns: list[str | None] | None | Unset = UNSET,
        sort_order: list[ArchiveOrderByInfo | None] | None | Unset = UNSET,
        restriction: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        entities: list[str | None] | None | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> list[ArchiveListItem | None] | None:
        """Get a page of results for an archive list, explicitly specifying the restrictions,
        orderby and chosen columns.

        Returns:
            The result.
        """
        return self._call(
            GET_ARCHIVE_LIST_BY_COLUMNS,
            (provider_name, columns, sort_order, restriction, entities, page, page_size),
        )

    def get_archive_list_by_columns_with_context(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        columns: list[str | None] | None | Unset = UNSET,
        sort_order: list[ArchiveOrderByInfo | None] | None | Unset = UNSET,
        restriction: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        entities: list[str | None] | None | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> list[ArchiveListItem | None] | None:
        """Get a page of results for an archive list with context parameter, explicitly
        specifying the restrictions, orderby and chosen columns.

        Returns:
            The result.
        """
        return self._call(
            GET_ARCHIVE_LIST_BY_COLUMNS_WITH_CONTEXT,
            (provider_name, columns, sort_order, restriction, entities, page, page_size, context),
        )

    def get_archive_list(
        self,
        *,
        gui_name: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        sort_order: list[ArchiveOrderByInfo | None] | None | Unset = UNSET,
        restriction: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        entities: list[str | None] | None | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> list[ArchiveListItem | None] | None:
        """Get a page of data for an archive.

        Returns:
            The result.
        """
        return self._call(
            GET_ARCHIVE_LIST,
            (gui_name, provider_name, sort_order, restriction, entities, page, page_size),
        )

    def get_archive_list_with_context(
        self,
        *,
        gui_name: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        sort_order: list[ArchiveOrderByInfo | None] | None | Unset = UNSET,
        restriction: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        entities: list[str | None] | None | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> list[ArchiveListItem | None] | None:
        """Get a page of data for an archive, with context parameter.

        Returns:
            The result.
        """
        return self._call(
            GET_ARCHIVE_LIST_WITH_CONTEXT,
            (gui_name, provider_name, sort_order, restriction, entities, page, page_size, context),
        )

    def get_archive_list_by_columns_with_header(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        columns: list[str | None] | None | Unset = UNSET,
        sort_order: list[ArchiveOrderByInfo | None] | None | Unset = UNSET,
        restriction: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        entities: list[str | None] | None | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        options: str | None | Unset = UNSET,
    ) -> ArchiveListResult | None:
        """Get a page of results for an archive list, explicitly specifying the restrictions,
        orderby and chosen columns; as well as a name/value string formatted set of options.

        Returns:
            The result.
        """
        return self._call(
            GET_ARCHIVE_LIST_BY_COLUMNS_WITH_HEADER,
            (provider_name, columns, sort_order, restriction, entities, page, page_size, options),
        )

    def get_provider_names(self) -> list[str | None] | None:
        """Return list of all archive provider names

        Returns:
            The result.
        """
        return self._call(GET_PROVIDER_NAMES, ())

    def get_archive_list_by_columns_with_header_with_context(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        columns: list[str | None] | None | Unset = UNSET,
        sort_order: list[ArchiveOrderByInfo | None] | None | Unset = UNSET,
        restriction: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        entities: list[str | None] | None | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        options: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> ArchiveListResult | None:
        """Get a page of results for an archive list, with context parameter, explicitly
        specifying the restrictions, orderby and chosen columns; as well as a name/value
        string formatted set of options.

        Returns:
            The result.
        """
        return self._call(
            GET_ARCHIVE_LIST_BY_COLUMNS_WITH_HEADER_WITH_CONTEXT,
            (
                provider_name,
                columns,
                sort_order,
                restriction,
                entities,
                page,
                page_size,
                options,
                context,
            ),
        )

    def get_available_columns(
        self, *, provider_name: str | None | Unset = UNSET, context: str | None | Unset = UNSET
    ) -> list[ArchiveColumnInfo | None] | None:
        """Return list of all columns supported by an archive provider.

        Returns:
            The result.
        """
        return self._call(GET_AVAILABLE_COLUMNS, (provider_name, context))

    def get_available_entities(
        self, *, provider_name: str | None | Unset = UNSET, context: str | None | Unset = UNSET
    ) -> list[MDOListItem | None] | None:
        """Return list of all entities supported by an archive provider.

        Returns:
            The result.
        """
        return self._call(GET_AVAILABLE_ENTITIES, (provider_name, context))

    def get_archive_list_by_columns_2(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        columns: str | None | Unset = UNSET,
        sort_order: str | None | Unset = UNSET,
        restrictions: str | None | Unset = UNSET,
        entities: str | None | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> list[ArchiveListItem | None] | None:
        """Get a page of results for an archive list, explicitly specifying the restrictions as
        a string, orderby and chosen columns.

        Returns:
            The result.
        """
        return self._call(
            GET_ARCHIVE_LIST_BY_COLUMNS_2,
            (provider_name, columns, sort_order, restrictions, entities, page, page_size),
        )

    def get_archive_list_by_columns_with_context_2(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        columns: str | None | Unset = UNSET,
        sort_order: str | None | Unset = UNSET,
        restriction: str | None | Unset = UNSET,
        entities: str | None | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> list[ArchiveListItem | None] | None:
        """Get a page of results for an archive list with context parameter, explicitly
        specifying the restrictions as a string, orderby and chosen columns.

        Returns:
            The result.
        """
        return self._call(
            GET_ARCHIVE_LIST_BY_COLUMNS_WITH_CONTEXT_2,
            (provider_name, columns, sort_order, restriction, entities, page, page_size, context),
        )

    def get_archive_list_2(
        self,
        *,
        gui_name: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        sort_order: str | None | Unset = UNSET,
        restriction: str | None | Unset = UNSET,
        entities: str | None | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> list[ArchiveListItem | None] | None:
        """Get a page of data for an archive using a restriction string.

        Returns:
            The result.
        """
        return self._call(
            GET_ARCHIVE_LIST_2,
            (gui_name, provider_name, sort_order, restriction, entities, page, page_size),
        )

    def get_archive_list_with_context_2(
        self,
        *,
        gui_name: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        sort_order: str | None | Unset = UNSET,
        restriction: str | None | Unset = UNSET,
        entities: str | None | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> list[ArchiveListItem | None] | None:
        """Get a page of data for an archive using restrictions as strings, with context
        parameter.

        Returns:
            The result.
        """
        return self._call(
            GET_ARCHIVE_LIST_WITH_CONTEXT_2,
            (gui_name, provider_name, sort_order, restriction, entities, page, page_size, context),
        )

    def get_archive_list_by_columns_with_header_2(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        columns: str | None | Unset = UNSET,
        sort_order: str | None | Unset = UNSET,
        restriction: str | None | Unset = UNSET,
        entities: str | None | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        options: str | None | Unset = UNSET,
    ) -> ArchiveListResult | None:
        """Get a page of results for an archive list, explicitly specifying the restrictions as
        strings, orderby and chosen columns; as well as a name/value string formatted set of
        options.

        Returns:
            The result.
        """
        return self._call(
            GET_ARCHIVE_LIST_BY_COLUMNS_WITH_HEADER_2,
            (provider_name, columns, sort_order, restriction, entities, page, page_size, options),
        )

    def get_archive_list_by_columns_with_header_with_context_2(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        columns: str | None | Unset = UNSET,
        sort_order: str | None | Unset = UNSET,
        restriction: str | None | Unset = UNSET,
        entities: str | None | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        options: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> ArchiveListResult | None:
        """Get a page of results for an archive list, with context parameter, explicitly
        specifying the restrictions as strings, orderby and chosen columns; as well as a
        name/value string formatted set of options.

        Returns:
            The result.
        """
        return self._call(
            GET_ARCHIVE_LIST_BY_COLUMNS_WITH_HEADER_WITH_CONTEXT_2,
            (
                provider_name,
                columns,
                sort_order,
                restriction,
                entities,
                page,
                page_size,
                options,
                context,
            ),
        )

    def export_archive(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
        desired_entities: list[str | None] | None | Unset = UNSET,
        columns: list[str | None] | None | Unset = UNSET,
        sort_order: list[ArchiveOrderByInfo | None] | None | Unset = UNSET,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        export_type: str | None | Unset = UNSET,
        selected_row_ids: list[str | None] | None | Unset = UNSET,
        estimated_row_count: int | Unset = UNSET,
    ) -> ExportArchiveResult | None:
        """Exports the target archive to a downloadable format.

        Returns:
            The result.
        """
        return self._call(
            EXPORT_ARCHIVE,
            (
                provider_name,
                context,
                desired_entities,
                columns,
                sort_order,
                restrictions,
                export_type,
                selected_row_ids,
                estimated_row_count,
            ),
        )

    def get_related_data(
        self,
        *,
        table: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
        fields: list[str | None] | None | Unset = UNSET,
    ) -> list[RelatedData | None] | None:
        """Get data for fields related to a table record.

        Returns:
            The result.
        """
        return self._call(GET_RELATED_DATA, (table, record_id, fields))

    def get_related_data_2(
        self,
        *,
        table: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
        fields: str | None | Unset = UNSET,
    ) -> list[RelatedData | None] | None:
        """Get data for fields related to a table record.

        Returns:
            The result.
        """
        return self._call(GET_RELATED_DATA_2, (table, record_id, fields))


class AsyncArchiveMethods(AsyncCalls):
    """The Archive operations, called asynchronously (SOAP or REST)."""

    async def create_default_archive_list_result(self) -> ArchiveListResult | None:
        """Loading default values into a new ArchiveListResult.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_ARCHIVE_LIST_RESULT, ())

    async def get_activity_filter(self) -> ActivityFilter | None:
        """Get activity filter for the specified list.

        Returns:
            The result.
        """
        return await self._call(GET_ACTIVITY_FILTER, ())

    async def set_activity_filter(
        self, *, activity_filter: ActivityFilter | None | Unset = UNSET
    ) -> None:
        """Set activity filter for the specified list."""
        return await self._call(SET_ACTIVITY_FILTER, (activity_filter,))

    async def get_group_associate_ids(
        self, *, group_ids: list[int] | None | Unset = UNSET
    ) -> list[int] | None:
        """Returns the associate ids that belongs to the given groups

        Returns:
            The result.
        """
        return await self._call(GET_GROUP_ASSOCIATE_IDS, (group_ids,))

    async def get_archive_configuration(
        self, *, gui_name: str | None | Unset = UNSET, provider_name: str | None | Unset = UNSET
    ) -> ArchiveConfiguration | None:
        """Get the configuration for one archive.

        Returns:
            The result.
        """
        return await self._call(GET_ARCHIVE_CONFIGURATION, (gui_name, provider_name))

    async def get_archive_configuration_with_context(
        self,
        *,
        gui_name: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> ArchiveConfiguration | None:
        """Get the configuration for one archive, with context parameter.

        Returns:
            The result.
        """
        return await self._call(
            GET_ARCHIVE_CONFIGURATION_WITH_CONTEXT, (gui_name, provider_name, context)
        )

    async def set_column_widths(
        self,
        *,
        gui_name: str | None | Unset = UNSET,
        column_widths: list[str | None] | None | Unset = UNSET,
    ) -> None:
        """Set the column widths for the given set of columns and GUI name."""
        return await self._call(SET_COLUMN_WIDTHS, (gui_name, column_widths))

    async def set_chosen_entities(
        self,
        *,
        gui_name: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        entities: list[str | None] | None | Unset = UNSET,
    ) -> None:
        """Set the currently chosen entities for the given gui name/provider name combination."""
        return await self._call(SET_CHOSEN_ENTITIES, (gui_name, provider_name, entities))

    async def set_chosen_columns(
        self,
        *,
        gui_name: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        chosen_columns: list[str | None] | None | Unset = UNSET,
    ) -> None:
        """Set the currently chosen columns for the given gui name/provider name combination."""
        return await self._call(SET_CHOSEN_COLUMNS, (gui_name, provider_name, chosen_columns))

    async def get_archive_configuration_v_2(
        self,
        *,
        gui_name: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
        owner_keys: str | None | Unset = UNSET,
    ) -> ArchiveConfiguration | None:
        """Get the configuration for one archive.

        Returns:
            The result.
        """
        return await self._call(
            GET_ARCHIVE_CONFIGURATION_V_2, (gui_name, provider_name, context, owner_keys)
        )

    async def set_column_widths_v_2(
        self,
        *,
        gui_name: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
        owner_keys: str | None | Unset = UNSET,
        column_widths: list[str | None] | None | Unset = UNSET,
    ) -> None:
        """Set the column widths for the given set of columns and GUI name."""
        return await self._call(
            SET_COLUMN_WIDTHS_V_2, (gui_name, provider_name, context, owner_keys, column_widths)
        )

    async def set_chosen_entities_v_2(
        self,
        *,
        gui_name: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
        owner_keys: str | None | Unset = UNSET,
        entities: list[str | None] | None | Unset = UNSET,
    ) -> None:
        """Set the currently chosen entities for the given gui name/provider name combination."""
        return await self._call(
            SET_CHOSEN_ENTITIES_V_2, (gui_name, provider_name, context, owner_keys, entities)
        )

    async def set_chosen_columns_v_2(
        self,
        *,
        gui_name: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
        owner_keys: str | None | Unset = UNSET,
        chosen_columns: list[str | None] | None | Unset = UNSET,
    ) -> None:
        """Set the currently chosen columns for the given gui name/provider name combination."""
        return await self._call(
            SET_CHOSEN_COLUMNS_V_2, (gui_name, provider_name, context, owner_keys, chosen_columns)
        )

    async def get_archive_list_by_columns(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        columns: list[str | None] | None | Unset = UNSET,
        sort_order: list[ArchiveOrderByInfo | None] | None | Unset = UNSET,
        restriction: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        entities: list[str | None] | None | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> list[ArchiveListItem | None] | None:
        """Get a page of results for an archive list, explicitly specifying the restrictions,
        orderby and chosen columns.

        Returns:
            The result.
        """
        return await self._call(
            GET_ARCHIVE_LIST_BY_COLUMNS,
            (provider_name, columns, sort_order, restriction, entities, page, page_size),
        )

    async def get_archive_list_by_columns_with_context(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        columns: list[str | None] | None | Unset = UNSET,
        sort_order: list[ArchiveOrderByInfo | None] | None | Unset = UNSET,
        restriction: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        entities: list[str | None] | None | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> list[ArchiveListItem | None] | None:
        """Get a page of results for an archive list with context parameter, explicitly
        specifying the restrictions, orderby and chosen columns.

        Returns:
            The result.
        """
        return await self._call(
            GET_ARCHIVE_LIST_BY_COLUMNS_WITH_CONTEXT,
            (provider_name, columns, sort_order, restriction, entities, page, page_size, context),
        )

    async def get_archive_list(
        self,
        *,
        gui_name: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        sort_order: list[ArchiveOrderByInfo | None] | None | Unset = UNSET,
        restriction: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        entities: list[str | None] | None | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> list[ArchiveListItem | None] | None:
        """Get a page of data for an archive.

        Returns:
            The result.
        """
        return await self._call(
            GET_ARCHIVE_LIST,
            (gui_name, provider_name, sort_order, restriction, entities, page, page_size),
        )

    async def get_archive_list_with_context(
        self,
        *,
        gui_name: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        sort_order: list[ArchiveOrderByInfo | None] | None | Unset = UNSET,
        restriction: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        entities: list[str | None] | None | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> list[ArchiveListItem | None] | None:
        """Get a page of data for an archive, with context parameter.

        Returns:
            The result.
        """
        return await self._call(
            GET_ARCHIVE_LIST_WITH_CONTEXT,
            (gui_name, provider_name, sort_order, restriction, entities, page, page_size, context),
        )

    async def get_archive_list_by_columns_with_header(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        columns: list[str | None] | None | Unset = UNSET,
        sort_order: list[ArchiveOrderByInfo | None] | None | Unset = UNSET,
        restriction: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        entities: list[str | None] | None | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        options: str | None | Unset = UNSET,
    ) -> ArchiveListResult | None:
        """Get a page of results for an archive list, explicitly specifying the restrictions,
        orderby and chosen columns; as well as a name/value string formatted set of options.

        Returns:
            The result.
        """
        return await self._call(
            GET_ARCHIVE_LIST_BY_COLUMNS_WITH_HEADER,
            (provider_name, columns, sort_order, restriction, entities, page, page_size, options),
        )

    async def get_provider_names(self) -> list[str | None] | None:
        """Return list of all archive provider names

        Returns:
            The result.
        """
        return await self._call(GET_PROVIDER_NAMES, ())

    async def get_archive_list_by_columns_with_header_with_context(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        columns: list[str | None] | None | Unset = UNSET,
        sort_order: list[ArchiveOrderByInfo | None] | None | Unset = UNSET,
        restriction: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        entities: list[str | None] | None | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        options: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> ArchiveListResult | None:
        """Get a page of results for an archive list, with context parameter, explicitly
        specifying the restrictions, orderby and chosen columns; as well as a name/value
        string formatted set of options.

        Returns:
            The result.
        """
        return await self._call(
            GET_ARCHIVE_LIST_BY_COLUMNS_WITH_HEADER_WITH_CONTEXT,
            (
                provider_name,
                columns,
                sort_order,
                restriction,
                entities,
                page,
                page_size,
                options,
                context,
            ),
        )

    async def get_available_columns(
        self, *, provider_name: str | None | Unset = UNSET, context: str | None | Unset = UNSET
    ) -> list[ArchiveColumnInfo | None] | None:
        """Return list of all columns supported by an archive provider.

        Returns:
            The result.
        """
        return await self._call(GET_AVAILABLE_COLUMNS, (provider_name, context))

    async def get_available_entities(
        self, *, provider_name: str | None | Unset = UNSET, context: str | None | Unset = UNSET
    ) -> list[MDOListItem | None] | None:
        """Return list of all entities supported by an archive provider.

        Returns:
            The result.
        """
        return await self._call(GET_AVAILABLE_ENTITIES, (provider_name, context))

    async def get_archive_list_by_columns_2(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        columns: str | None | Unset = UNSET,
        sort_order: str | None | Unset = UNSET,
        restrictions: str | None | Unset = UNSET,
        entities: str | None | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> list[ArchiveListItem | None] | None:
        """Get a page of results for an archive list, explicitly specifying the restrictions as
        a string, orderby and chosen columns.

        Returns:
            The result.
        """
        return await self._call(
            GET_ARCHIVE_LIST_BY_COLUMNS_2,
            (provider_name, columns, sort_order, restrictions, entities, page, page_size),
        )

    async def get_archive_list_by_columns_with_context_2(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        columns: str | None | Unset = UNSET,
        sort_order: str | None | Unset = UNSET,
        restriction: str | None | Unset = UNSET,
        entities: str | None | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> list[ArchiveListItem | None] | None:
        """Get a page of results for an archive list with context parameter, explicitly
        specifying the restrictions as a string, orderby and chosen columns.

        Returns:
            The result.
        """
        return await self._call(
            GET_ARCHIVE_LIST_BY_COLUMNS_WITH_CONTEXT_2,
            (provider_name, columns, sort_order, restriction, entities, page, page_size, context),
        )

    async def get_archive_list_2(
        self,
        *,
        gui_name: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        sort_order: str | None | Unset = UNSET,
        restriction: str | None | Unset = UNSET,
        entities: str | None | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> list[ArchiveListItem | None] | None:
        """Get a page of data for an archive using a restriction string.

        Returns:
            The result.
        """
        return await self._call(
            GET_ARCHIVE_LIST_2,
            (gui_name, provider_name, sort_order, restriction, entities, page, page_size),
        )

    async def get_archive_list_with_context_2(
        self,
        *,
        gui_name: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        sort_order: str | None | Unset = UNSET,
        restriction: str | None | Unset = UNSET,
        entities: str | None | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> list[ArchiveListItem | None] | None:
        """Get a page of data for an archive using restrictions as strings, with context
        parameter.

        Returns:
            The result.
        """
        return await self._call(
            GET_ARCHIVE_LIST_WITH_CONTEXT_2,
            (gui_name, provider_name, sort_order, restriction, entities, page, page_size, context),
        )

    async def get_archive_list_by_columns_with_header_2(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        columns: str | None | Unset = UNSET,
        sort_order: str | None | Unset = UNSET,
        restriction: str | None | Unset = UNSET,
        entities: str | None | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        options: str | None | Unset = UNSET,
    ) -> ArchiveListResult | None:
        """Get a page of results for an archive list, explicitly specifying the restrictions as
        strings, orderby and chosen columns; as well as a name/value string formatted set of
        options.

        Returns:
            The result.
        """
        return await self._call(
            GET_ARCHIVE_LIST_BY_COLUMNS_WITH_HEADER_2,
            (provider_name, columns, sort_order, restriction, entities, page, page_size, options),
        )

    async def get_archive_list_by_columns_with_header_with_context_2(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        columns: str | None | Unset = UNSET,
        sort_order: str | None | Unset = UNSET,
        restriction: str | None | Unset = UNSET,
        entities: str | None | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        options: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> ArchiveListResult | None:
        """Get a page of results for an archive list, with context parameter, explicitly
        specifying the restrictions as strings, orderby and chosen columns; as well as a
        name/value string formatted set of options.

        Returns:
            The result.
        """
        return await self._call(
            GET_ARCHIVE_LIST_BY_COLUMNS_WITH_HEADER_WITH_CONTEXT_2,
            (
                provider_name,
                columns,
                sort_order,
                restriction,
                entities,
                page,
                page_size,
                options,
                context,
            ),
        )

    async def export_archive(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
        desired_entities: list[str | None] | None | Unset = UNSET,
        columns: list[str | None] | None | Unset = UNSET,
        sort_order: list[ArchiveOrderByInfo | None] | None | Unset = UNSET,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        export_type: str | None | Unset = UNSET,
        selected_row_ids: list[str | None] | None | Unset = UNSET,
        estimated_row_count: int | Unset = UNSET,
    ) -> ExportArchiveResult | None:
        """Exports the target archive to a downloadable format.

        Returns:
            The result.
        """
        return await self._call(
            EXPORT_ARCHIVE,
            (
                provider_name,
                context,
                desired_entities,
                columns,
                sort_order,
                restrictions,
                export_type,
                selected_row_ids,
                estimated_row_count,
            ),
        )

    async def get_related_data(
        self,
        *,
        table: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
        fields: list[str | None] | None | Unset = UNSET,
    ) -> list[RelatedData | None] | None:
        """Get data for fields related to a table record.

        Returns:
            The result.
        """
        return await self._call(GET_RELATED_DATA, (table, record_id, fields))

    async def get_related_data_2(
        self,
        *,
        table: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
        fields: str | None | Unset = UNSET,
    ) -> list[RelatedData | None] | None:
        """Get data for fields related to a table record.

        Returns:
            The result.
        """
        return await self._call(GET_RELATED_DATA_2, (table, record_id, fields))


class ArchiveAgent(ArchiveMethods, SoapCaller):
    """Archive over SOAP 1.1 (``Remote/Services88/Archive.svc``), synchronous."""

    _PATH = "Remote/Services88/Archive.svc"
    _HEADERS = HEADERS


class AsyncArchiveAgent(AsyncArchiveMethods, AsyncSoapCaller):
    """Archive over SOAP 1.1 (``Remote/Services88/Archive.svc``), asynchronous."""

    _PATH = "Remote/Services88/Archive.svc"
    _HEADERS = HEADERS


class ArchiveRestAgent(ArchiveMethods, RestCaller):
    """Archive over REST (``/api/v1/Agents/Archive/...``), synchronous."""


class AsyncArchiveRestAgent(AsyncArchiveMethods, AsyncRestCaller):
    """Archive over REST (``/api/v1/Agents/Archive/...``), asynchronous."""
