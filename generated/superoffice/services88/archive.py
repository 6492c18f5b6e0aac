"""Services88 Archive agent (``Remote/Services88/Archive.svc``): its operations."""

from __future__ import annotations

from ..runtime import INT, Operation, Param, STR
from .types.activity_filter import ACTIVITY_FILTER_CODEC
from .types.archive_column_info import LIST_OF_ARCHIVE_COLUMN_INFO_CODEC
from .types.archive_configuration import ARCHIVE_CONFIGURATION_CODEC
from .types.archive_list_item import LIST_OF_ARCHIVE_LIST_ITEM_CODEC
from .types.archive_list_result import ARCHIVE_LIST_RESULT_CODEC
from .types.archive_order_by_info import LIST_OF_ARCHIVE_ORDER_BY_INFO_CODEC
from .types.archive_restriction_info import LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC
from .types.export_archive_result import EXPORT_ARCHIVE_RESULT_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_mdo_list_item import LIST_OF_MDO_LIST_ITEM_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.related_data import LIST_OF_RELATED_DATA_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_ARCHIVE_LIST_RESULT = Operation(
    "CreateDefaultArchiveListResult",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/CreateDefaultArchiveListResult",
    results=(Param("response", "Response", ARCHIVE_LIST_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/CreateDefaultArchiveListResult",
)
"""Loading default values into a new ArchiveListResult."""

GET_ACTIVITY_FILTER = Operation(
    "GetActivityFilter",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetActivityFilter",
    results=(Param("response", "Response", ACTIVITY_FILTER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/GetActivityFilter",
)
"""Get activity filter for the specified list."""

SET_ACTIVITY_FILTER = Operation(
    "SetActivityFilter",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/SetActivityFilter",
    params=(Param("activity_filter", "ActivityFilter", ACTIVITY_FILTER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/SetActivityFilter",
)
"""Set activity filter for the specified list."""

GET_GROUP_ASSOCIATE_IDS = Operation(
    "GetGroupAssociateIds",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetGroupAssociateIds",
    params=(Param("group_ids", "GroupIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/GetGroupAssociateIds",
)
"""Returns the associate ids that belongs to the given groups"""

GET_ARCHIVE_CONFIGURATION = Operation(
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
"""Get the configuration for one archive."""

GET_ARCHIVE_CONFIGURATION_WITH_CONTEXT = Operation(
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
"""Get the configuration for one archive, with context parameter."""

SET_COLUMN_WIDTHS = Operation(
    "SetColumnWidths",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/SetColumnWidths",
    params=(
        Param("gui_name", "GuiName", STR, nillable=True),
        Param("column_widths", "ColumnWidths", LIST_OF_STR_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Archive/SetColumnWidths",
)
"""Set the column widths for the given set of columns and GUI name."""

SET_CHOSEN_ENTITIES = Operation(
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
"""Set the currently chosen entities for the given gui name/provider name combination."""

SET_CHOSEN_COLUMNS = Operation(
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
"""Set the currently chosen columns for the given gui name/provider name combination."""

GET_ARCHIVE_CONFIGURATION_V_2 = Operation(
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
"""Get the configuration for one archive."""

SET_COLUMN_WIDTHS_V_2 = Operation(
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
"""Set the column widths for the given set of columns and GUI name."""

SET_CHOSEN_ENTITIES_V_2 = Operation(
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
"""Set the currently chosen entities for the given gui name/provider name combination."""

SET_CHOSEN_COLUMNS_V_2 = Operation(
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
"""Set the currently chosen columns for the given gui name/provider name combination."""

GET_ARCHIVE_LIST_BY_COLUMNS = Operation(
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
"""Get a page of results for an archive list, explicitly specifying the restrictions, orderby
and chosen columns."""

GET_ARCHIVE_LIST_BY_COLUMNS_WITH_CONTEXT = Operation(
    "GetArchiveListByColumnsWithContext",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetArchiveListByColumnsWithContext",
    params=(
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("columns", "Columns", LIST_OF_STR_CODEC, nillable=True),
        Param("sort_order", "SortOrder", LIST_OF_ARCHIVE_ORDER_BY_INFO_CODEC, nillable=True),
        Param("restriction", "Restriction", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True),
        Param("entities", "Entities", LIST_OF_STR_CODEC, nillable=True),
        Param("page", "Page", INT),
        Param("page_size", "PageSize", INT),
        Param("context", "Context", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_ARCHIVE_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/GetArchiveListByColumnsWithContext",
)
"""Get a page of results for an archive list with context parameter, explicitly specifying the
restrictions, orderby and chosen columns."""

GET_ARCHIVE_LIST = Operation(
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
"""Get a page of data for an archive."""

GET_ARCHIVE_LIST_WITH_CONTEXT = Operation(
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
"""Get a page of data for an archive, with context parameter."""

GET_ARCHIVE_LIST_BY_COLUMNS_WITH_HEADER = Operation(
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
"""Get a page of results for an archive list, explicitly specifying the restrictions, orderby
and chosen columns; as well as a name/value string formatted set of options."""

GET_PROVIDER_NAMES = Operation(
    "GetProviderNames",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetProviderNames",
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/GetProviderNames",
)
"""Return list of all archive provider names"""

GET_ARCHIVE_LIST_BY_COLUMNS_WITH_HEADER_WITH_CONTEXT = Operation(
    "GetArchiveListByColumnsWithHeaderWithContext",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Archive/GetArchiveListByColumnsWithHeaderWithContext",
    params=(
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("columns", "Columns", LIST_OF_STR_CODEC, nillable=True),
        Param("sort_order", "SortOrder", LIST_OF_ARCHIVE_ORDER_BY_INFO_CODEC, nillable=True),
        Param("restriction", "Restriction", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True),
        Param("entities", "Entities", LIST_OF_STR_CODEC, nillable=True),
        Param("page", "Page", INT),
        Param("page_size", "PageSize", INT),
        Param("options", "Options", STR, nillable=True),
        Param("context", "Context", STR, nillable=True),
    ),
    results=(Param("response", "Response", ARCHIVE_LIST_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Archive/GetArchiveListByColumnsWithHeaderWithContext",
)
"""Get a page of results for an archive list, with context parameter, explicitly specifying the
restrictions, orderby and chosen columns; as well as a name/value string formatted set of
options."""

GET_AVAILABLE_COLUMNS = Operation(
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
"""Return list of all columns supported by an archive provider."""

GET_AVAILABLE_ENTITIES = Operation(
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
"""Return list of all entities supported by an archive provider."""

GET_ARCHIVE_LIST_BY_COLUMNS_2 = Operation(
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
"""Get a page of results for an archive list, explicitly specifying the restrictions as a
string, orderby and chosen columns."""

GET_ARCHIVE_LIST_BY_COLUMNS_WITH_CONTEXT_2 = Operation(
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
"""Get a page of results for an archive list with context parameter, explicitly specifying the
restrictions as a string, orderby and chosen columns."""

GET_ARCHIVE_LIST_2 = Operation(
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
"""Get a page of data for an archive using a restriction string."""

GET_ARCHIVE_LIST_WITH_CONTEXT_2 = Operation(
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
"""Get a page of data for an archive using restrictions as strings, with context parameter."""

GET_ARCHIVE_LIST_BY_COLUMNS_WITH_HEADER_2 = Operation(
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
"""Get a page of results for an archive list, explicitly specifying the restrictions as
strings, orderby and chosen columns; as well as a name/value string formatted set of
options."""

GET_ARCHIVE_LIST_BY_COLUMNS_WITH_HEADER_WITH_CONTEXT_2 = Operation(
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
"""Get a page of results for an archive list, with context parameter, explicitly specifying the
restrictions as strings, orderby and chosen columns; as well as a name/value string
formatted set of options."""

EXPORT_ARCHIVE = Operation(
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
"""Exports the target archive to a downloadable format."""

GET_RELATED_DATA = Operation(
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
"""Get data for fields related to a table record."""

GET_RELATED_DATA_2 = Operation(
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
"""Get data for fields related to a table record."""

OPERATIONS: dict[str, Operation] = {
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
