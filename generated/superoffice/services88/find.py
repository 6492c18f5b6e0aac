"""Services88 Find agent (``Remote/Services88/Find.svc``).

``FindAgent`` and ``AsyncFindAgent`` call it over SOAP, ``FindRestAgent`` and
``AsyncFindRestAgent`` over REST; all four share the same typed methods and dataclasses.
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
from .types.archive_column_info import LIST_OF_ARCHIVE_COLUMN_INFO_CODEC, ArchiveColumnInfo
from .types.archive_order_by_info import LIST_OF_ARCHIVE_ORDER_BY_INFO_CODEC, ArchiveOrderByInfo
from .types.archive_restriction_group import (
    ARCHIVE_RESTRICTION_GROUP_CODEC,
    LIST_OF_ARCHIVE_RESTRICTION_GROUP_CODEC,
    ArchiveRestrictionGroup,
)
from .types.archive_restriction_info import (
    LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC,
    ArchiveRestrictionInfo,
)
from .types.criteria_information import CRITERIA_INFORMATION_CODEC, CriteriaInformation
from .types.find_results import FIND_RESULTS_CODEC, FindResults
from .types.list_of_str import LIST_OF_STR_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_CRITERIA_INFORMATION: Operation[CriteriaInformation | None] = Operation(
    "GetCriteriaInformation",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/GetCriteriaInformation",
    params=(
        Param("storage_type", "StorageType", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("storage_key", "StorageKey", STR, nillable=True),
        Param("static_columns", "StaticColumns", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", CRITERIA_INFORMATION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Find/GetCriteriaInformation",
)

GET_CRITERIA_INFORMATION_WITH_CONTEXT: Operation[CriteriaInformation | None] = Operation(
    "GetCriteriaInformationWithContext",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/GetCriteriaInformationWithContext",
    params=(
        Param("storage_type", "StorageType", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("storage_key", "StorageKey", STR, nillable=True),
        Param("static_columns", "StaticColumns", LIST_OF_STR_CODEC, nillable=True),
        Param("context", "Context", STR, nillable=True),
    ),
    results=(Param("response", "Response", CRITERIA_INFORMATION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Find/GetCriteriaInformationWithContext",
)

SAVE_RESTRICTIONS: Operation[None] = Operation(
    "SaveRestrictions",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/SaveRestrictions",
    params=(
        Param("storage_type", "StorageType", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("storage_key", "StorageKey", STR, nillable=True),
        Param(
            "restrictions", "Restrictions", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True
        ),
    ),
    rest_path="/api/v1/Agents/Find/SaveRestrictions",
)

SAVE_RESTRICTIONS_WITH_CONTEXT: Operation[None] = Operation(
    "SaveRestrictionsWithContext",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/SaveRestrictionsWithContext",
    params=(
        Param("storage_type", "StorageType", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("storage_key", "StorageKey", STR, nillable=True),
        Param(
            "restrictions", "Restrictions", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True
        ),
        Param("context", "Context", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Find/SaveRestrictionsWithContext",
)

SAVE_RESTRICTION_GROUP: Operation[None] = Operation(
    "SaveRestrictionGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/SaveRestrictionGroup",
    params=(
        Param("storage_type", "StorageType", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("storage_key", "StorageKey", STR, nillable=True),
        Param(
            "restriction_group", "RestrictionGroup", ARCHIVE_RESTRICTION_GROUP_CODEC, nillable=True
        ),
        Param("context", "Context", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Find/SaveRestrictionGroup",
)

SAVE_RESTRICTION_GROUPS: Operation[list[ArchiveRestrictionGroup | None] | None] = Operation(
    "SaveRestrictionGroups",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/SaveRestrictionGroups",
    params=(
        Param("storage_type", "StorageType", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("storage_key", "StorageKey", STR, nillable=True),
        Param(
            "restriction_groups",
            "RestrictionGroups",
            LIST_OF_ARCHIVE_RESTRICTION_GROUP_CODEC,
            nillable=True,
        ),
        Param("context", "Context", STR, nillable=True),
    ),
    results=(
        Param("response", "Response", LIST_OF_ARCHIVE_RESTRICTION_GROUP_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Find/SaveRestrictionGroups",
)

GET_RESTRICTION_GROUPS: Operation[list[ArchiveRestrictionGroup | None] | None] = Operation(
    "GetRestrictionGroups",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/GetRestrictionGroups",
    params=(
        Param("storage_type", "StorageType", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("storage_key", "StorageKey", STR, nillable=True),
        Param("context", "Context", STR, nillable=True),
    ),
    results=(
        Param("response", "Response", LIST_OF_ARCHIVE_RESTRICTION_GROUP_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Find/GetRestrictionGroups",
)

GET_RESTRICTION_GROUP: Operation[ArchiveRestrictionGroup | None] = Operation(
    "GetRestrictionGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/GetRestrictionGroup",
    params=(
        Param("storage_type", "StorageType", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("storage_key", "StorageKey", STR, nillable=True),
        Param("rank", "Rank", INT),
        Param("context", "Context", STR, nillable=True),
    ),
    results=(Param("response", "Response", ARCHIVE_RESTRICTION_GROUP_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Find/GetRestrictionGroup",
)

CREATE_RESTRICTION_GROUP: Operation[ArchiveRestrictionGroup | None] = Operation(
    "CreateRestrictionGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/CreateRestrictionGroup",
    params=(
        Param("storage_type", "StorageType", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("storage_key", "StorageKey", STR, nillable=True),
        Param("context", "Context", STR, nillable=True),
    ),
    results=(Param("response", "Response", ARCHIVE_RESTRICTION_GROUP_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Find/CreateRestrictionGroup",
)

DELETE_RESTRICTION_GROUP: Operation[None] = Operation(
    "DeleteRestrictionGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/DeleteRestrictionGroup",
    params=(
        Param("storage_type", "StorageType", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("storage_key", "StorageKey", STR, nillable=True),
        Param("rank", "Rank", INT),
        Param("context", "Context", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Find/DeleteRestrictionGroup",
)

SAVE_RESTRICTIONS_AND_GET_CRITERIA_INFORMATION: Operation[CriteriaInformation | None] = Operation(
    "SaveRestrictionsAndGetCriteriaInformation",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/SaveRestrictionsAndGetCriteriaInformation",
    params=(
        Param("storage_type", "StorageType", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("storage_key", "StorageKey", STR, nillable=True),
        Param(
            "restrictions", "Restrictions", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True
        ),
        Param("static_columns", "StaticColumns", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", CRITERIA_INFORMATION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Find/SaveRestrictionsAndGetCriteriaInformation",
)

FIND: Operation[FindResults | None] = Operation(
    "Find",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/Find",
    params=(
        Param("storage_type", "StorageType", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("storage_key", "StorageKey", STR, nillable=True),
        Param("page_size", "PageSize", INT),
        Param("page_number", "PageNumber", INT),
    ),
    results=(Param("response", "Response", FIND_RESULTS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Find/Find",
)

FIND_FROM_RESTRICTIONS: Operation[FindResults | None] = Operation(
    "FindFromRestrictions",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/FindFromRestrictions",
    params=(
        Param(
            "restrictions", "Restrictions", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True
        ),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("page_size", "PageSize", INT),
        Param("page_number", "PageNumber", INT),
    ),
    results=(Param("response", "Response", FIND_RESULTS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Find/FindFromRestrictions",
)

FIND_FROM_RESTRICTIONS_COLUMNS: Operation[FindResults | None] = Operation(
    "FindFromRestrictionsColumns",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/FindFromRestrictionsColumns",
    params=(
        Param(
            "restrictions", "Restrictions", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True
        ),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("desired_columns", "DesiredColumns", LIST_OF_STR_CODEC, nillable=True),
        Param("page_size", "PageSize", INT),
        Param("page_number", "PageNumber", INT),
    ),
    results=(Param("response", "Response", FIND_RESULTS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Find/FindFromRestrictionsColumns",
)

GET_AVAILABLE_RESTRICTION_COLUMNS: Operation[list[str | None] | None] = Operation(
    "GetAvailableRestrictionColumns",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/GetAvailableRestrictionColumns",
    params=(
        Param("storage_type", "StorageType", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Find/GetAvailableRestrictionColumns",
)

GET_SPECIFIED_CRITERIA_INFORMATION_WITH_DEFAULTS: Operation[CriteriaInformation | None] = (
    Operation(
        "GetSpecifiedCriteriaInformationWithDefaults",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/GetSpecifiedCriteriaInformationWithDefaults",
        params=(
            Param("storage_type", "StorageType", STR, nillable=True),
            Param("provider_name", "ProviderName", STR, nillable=True),
            Param("storage_key", "StorageKey", STR, nillable=True),
            Param("desired_column_names", "DesiredColumnNames", LIST_OF_STR_CODEC, nillable=True),
            Param("static_columns", "StaticColumns", LIST_OF_STR_CODEC, nillable=True),
        ),
        results=(Param("response", "Response", CRITERIA_INFORMATION_CODEC, nillable=True),),
        rest_path="/api/v1/Agents/Find/GetSpecifiedCriteriaInformationWithDefaults",
    )
)

GET_SPECIFIED_CRITERIA_INFORMATION_WITH_DEFAULTS_WITH_CONTEXT: Operation[
    CriteriaInformation | None
] = Operation(
    "GetSpecifiedCriteriaInformationWithDefaultsWithContext",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/GetSpecifiedCriteriaInformationWithDefaultsWithContext",
    params=(
        Param("storage_type", "StorageType", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("storage_key", "StorageKey", STR, nillable=True),
        Param("desired_column_names", "DesiredColumnNames", LIST_OF_STR_CODEC, nillable=True),
        Param("static_columns", "StaticColumns", LIST_OF_STR_CODEC, nillable=True),
        Param("context", "Context", STR, nillable=True),
    ),
    results=(Param("response", "Response", CRITERIA_INFORMATION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Find/GetSpecifiedCriteriaInformationWithDefaultsWithContext",
)

FIND_FROM_RESTRICTIONS_COLUMNS_ORDER_BY: Operation[FindResults | None] = Operation(
    "FindFromRestrictionsColumnsOrderBy",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/FindFromRestrictionsColumnsOrderBy",
    params=(
        Param(
            "restrictions", "Restrictions", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True
        ),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("desired_columns", "DesiredColumns", LIST_OF_STR_CODEC, nillable=True),
        Param("order_by", "OrderBy", LIST_OF_ARCHIVE_ORDER_BY_INFO_CODEC, nillable=True),
        Param("page_size", "PageSize", INT),
        Param("page_number", "PageNumber", INT),
    ),
    results=(Param("response", "Response", FIND_RESULTS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Find/FindFromRestrictionsColumnsOrderBy",
)

GET_DEFAULT_DESIRED_COLUMNS: Operation[list[ArchiveColumnInfo | None] | None] = Operation(
    "GetDefaultDesiredColumns",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/GetDefaultDesiredColumns",
    params=(
        Param("storage_type", "StorageType", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("storage_key", "StorageKey", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_ARCHIVE_COLUMN_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Find/GetDefaultDesiredColumns",
)

GET_DEFAULT_ORDER_BY: Operation[list[ArchiveOrderByInfo | None] | None] = Operation(
    "GetDefaultOrderBy",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/GetDefaultOrderBy",
    params=(
        Param("storage_type", "StorageType", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("storage_key", "StorageKey", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_ARCHIVE_ORDER_BY_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Find/GetDefaultOrderBy",
)

POPULATE_RESTRICTIONS: Operation[list[ArchiveRestrictionInfo | None] | None] = Operation(
    "PopulateRestrictions",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/PopulateRestrictions",
    params=(
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param(
            "restrictions", "Restrictions", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True
        ),
    ),
    results=(
        Param("response", "Response", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Find/PopulateRestrictions",
)

POPULATE_RESTRICTION_VALUES: Operation[list[ArchiveRestrictionInfo | None] | None] = Operation(
    "PopulateRestrictionValues",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/PopulateRestrictionValues",
    params=(
        Param(
            "restrictions", "Restrictions", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True
        ),
    ),
    results=(
        Param("response", "Response", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Find/PopulateRestrictionValues",
)

GET_DEFAULT_DESIRED_COLUMNS_FROM_RESTRICTIONS: Operation[list[ArchiveColumnInfo | None] | None] = (
    Operation(
        "GetDefaultDesiredColumnsFromRestrictions",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/GetDefaultDesiredColumnsFromRestrictions",
        params=(
            Param("provider_name", "ProviderName", STR, nillable=True),
            Param(
                "restrictions",
                "Restrictions",
                LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC,
                nillable=True,
            ),
        ),
        results=(Param("response", "Response", LIST_OF_ARCHIVE_COLUMN_INFO_CODEC, nillable=True),),
        rest_path="/api/v1/Agents/Find/GetDefaultDesiredColumnsFromRestrictions",
    )
)

GET_DEFAULT_ORDER_BY_FROM_DESIRED_COLUMNS: Operation[list[ArchiveOrderByInfo | None] | None] = (
    Operation(
        "GetDefaultOrderByFromDesiredColumns",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/GetDefaultOrderByFromDesiredColumns",
        params=(
            Param("provider_name", "ProviderName", STR, nillable=True),
            Param("desired_columns", "DesiredColumns", LIST_OF_STR_CODEC, nillable=True),
        ),
        results=(
            Param("response", "Response", LIST_OF_ARCHIVE_ORDER_BY_INFO_CODEC, nillable=True),
        ),
        rest_path="/api/v1/Agents/Find/GetDefaultOrderByFromDesiredColumns",
    )
)

FIND_ORDER_BY: Operation[FindResults | None] = Operation(
    "FindOrderBy",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/FindOrderBy",
    params=(
        Param("storage_type", "StorageType", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("storage_key", "StorageKey", STR, nillable=True),
        Param("page_size", "PageSize", INT),
        Param("page_number", "PageNumber", INT),
        Param("order_by", "OrderBy", LIST_OF_ARCHIVE_ORDER_BY_INFO_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", FIND_RESULTS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Find/FindOrderBy",
)

FIND_WITH_EXTRA_RESTRICTIONS: Operation[FindResults | None] = Operation(
    "FindWithExtraRestrictions",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/FindWithExtraRestrictions",
    params=(
        Param("storage_type", "StorageType", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("storage_key", "StorageKey", STR, nillable=True),
        Param(
            "extra_restrictions",
            "ExtraRestrictions",
            LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC,
            nillable=True,
        ),
        Param("order_by", "OrderBy", LIST_OF_ARCHIVE_ORDER_BY_INFO_CODEC, nillable=True),
        Param("desired_columns", "DesiredColumns", LIST_OF_STR_CODEC, nillable=True),
        Param("page_size", "PageSize", INT),
        Param("page_number", "PageNumber", INT),
    ),
    results=(Param("response", "Response", FIND_RESULTS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Find/FindWithExtraRestrictions",
)

FIND_WITH_COLUMNS: Operation[FindResults | None] = Operation(
    "FindWithColumns",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/FindWithColumns",
    params=(
        Param("storage_type", "StorageType", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("storage_key", "StorageKey", STR, nillable=True),
        Param("desired_columns", "DesiredColumns", LIST_OF_STR_CODEC, nillable=True),
        Param("page_size", "PageSize", INT),
        Param("page_number", "PageNumber", INT),
        Param("order_by", "OrderBy", LIST_OF_ARCHIVE_ORDER_BY_INFO_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", FIND_RESULTS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Find/FindWithColumns",
)

SAVE_RESTRICTIONS_2: Operation[None] = Operation(
    "SaveRestrictions2",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/SaveRestrictions2",
    params=(
        Param("storage_type", "StorageType", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("storage_key", "StorageKey", STR, nillable=True),
        Param("restrictions", "Restrictions", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Find/SaveRestrictions2",
)

SAVE_RESTRICTIONS_WITH_CONTEXT_2: Operation[None] = Operation(
    "SaveRestrictionsWithContext2",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/SaveRestrictionsWithContext2",
    params=(
        Param("storage_type", "StorageType", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("storage_key", "StorageKey", STR, nillable=True),
        Param("restrictions", "Restrictions", STR, nillable=True),
        Param("context", "Context", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Find/SaveRestrictionsWithContext2",
)

SAVE_RESTRICTIONS_AND_GET_CRITERIA_INFORMATION_2: Operation[CriteriaInformation | None] = (
    Operation(
        "SaveRestrictionsAndGetCriteriaInformation2",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/SaveRestrictionsAndGetCriteriaInformation2",
        params=(
            Param("storage_type", "StorageType", STR, nillable=True),
            Param("provider_name", "ProviderName", STR, nillable=True),
            Param("storage_key", "StorageKey", STR, nillable=True),
            Param("restrictions", "Restrictions", STR, nillable=True),
            Param("static_columns", "StaticColumns", STR, nillable=True),
        ),
        results=(Param("response", "Response", CRITERIA_INFORMATION_CODEC, nillable=True),),
        rest_path="/api/v1/Agents/Find/SaveRestrictionsAndGetCriteriaInformation2",
    )
)

FIND_FROM_RESTRICTIONS_2: Operation[FindResults | None] = Operation(
    "FindFromRestrictions2",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/FindFromRestrictions2",
    params=(
        Param("restrictions", "Restrictions", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("page_size", "PageSize", INT),
        Param("page_number", "PageNumber", INT),
    ),
    results=(Param("response", "Response", FIND_RESULTS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Find/FindFromRestrictions2",
)

FIND_FROM_RESTRICTIONS_COLUMNS_2: Operation[FindResults | None] = Operation(
    "FindFromRestrictionsColumns2",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/FindFromRestrictionsColumns2",
    params=(
        Param("restrictions", "Restrictions", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("desired_columns", "DesiredColumns", STR, nillable=True),
        Param("page_size", "PageSize", INT),
        Param("page_number", "PageNumber", INT),
    ),
    results=(Param("response", "Response", FIND_RESULTS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Find/FindFromRestrictionsColumns2",
)

FIND_FROM_RESTRICTIONS_COLUMNS_ORDER_BY_2: Operation[FindResults | None] = Operation(
    "FindFromRestrictionsColumnsOrderBy2",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/FindFromRestrictionsColumnsOrderBy2",
    params=(
        Param("restrictions", "Restrictions", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("desired_columns", "DesiredColumns", STR, nillable=True),
        Param("order_by", "OrderBy", STR, nillable=True),
        Param("page_size", "PageSize", INT),
        Param("page_number", "PageNumber", INT),
    ),
    results=(Param("response", "Response", FIND_RESULTS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Find/FindFromRestrictionsColumnsOrderBy2",
)

GET_DEFAULT_DESIRED_COLUMNS_FROM_RESTRICTIONS_2: Operation[
    list[ArchiveColumnInfo | None] | None
] = Operation(
    "GetDefaultDesiredColumnsFromRestrictions2",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/GetDefaultDesiredColumnsFromRestrictions2",
    params=(
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("restrictions", "Restrictions", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_ARCHIVE_COLUMN_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Find/GetDefaultDesiredColumnsFromRestrictions2",
)

FIND_ORDER_BY_2: Operation[FindResults | None] = Operation(
    "FindOrderBy2",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/FindOrderBy2",
    params=(
        Param("storage_type", "StorageType", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("storage_key", "StorageKey", STR, nillable=True),
        Param("page_size", "PageSize", INT),
        Param("page_number", "PageNumber", INT),
        Param("order_by", "OrderBy", STR, nillable=True),
    ),
    results=(Param("response", "Response", FIND_RESULTS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Find/FindOrderBy2",
)

FIND_WITH_EXTRA_RESTRICTIONS_2: Operation[FindResults | None] = Operation(
    "FindWithExtraRestrictions2",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/FindWithExtraRestrictions2",
    params=(
        Param("storage_type", "StorageType", STR, nillable=True),
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("storage_key", "StorageKey", STR, nillable=True),
        Param("extra_restrictions", "ExtraRestrictions", STR, nillable=True),
        Param("order_by", "OrderBy", STR, nillable=True),
        Param("desired_columns", "DesiredColumns", STR, nillable=True),
        Param("page_size", "PageSize", INT),
        Param("page_number", "PageNumber", INT),
    ),
    results=(Param("response", "Response", FIND_RESULTS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Find/FindWithExtraRestrictions2",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "GetCriteriaInformation": GET_CRITERIA_INFORMATION,
    "GetCriteriaInformationWithContext": GET_CRITERIA_INFORMATION_WITH_CONTEXT,
    "SaveRestrictions": SAVE_RESTRICTIONS,
    "SaveRestrictionsWithContext": SAVE_RESTRICTIONS_WITH_CONTEXT,
    "SaveRestrictionGroup": SAVE_RESTRICTION_GROUP,
    "SaveRestrictionGroups": SAVE_RESTRICTION_GROUPS,
    "GetRestrictionGroups": GET_RESTRICTION_GROUPS,
    "GetRestrictionGroup": GET_RESTRICTION_GROUP,
    "CreateRestrictionGroup": CREATE_RESTRICTION_GROUP,
    "DeleteRestrictionGroup": DELETE_RESTRICTION_GROUP,
    "SaveRestrictionsAndGetCriteriaInformation": SAVE_RESTRICTIONS_AND_GET_CRITERIA_INFORMATION,
    "Find": FIND,
    "FindFromRestrictions": FIND_FROM_RESTRICTIONS,
    "FindFromRestrictionsColumns": FIND_FROM_RESTRICTIONS_COLUMNS,
    "GetAvailableRestrictionColumns": GET_AVAILABLE_RESTRICTION_COLUMNS,
    "GetSpecifiedCriteriaInformationWithDefaults": GET_SPECIFIED_CRITERIA_INFORMATION_WITH_DEFAULTS,
    "GetSpecifiedCriteriaInformationWithDefaultsWithContext": GET_SPECIFIED_CRITERIA_INFORMATION_WITH_DEFAULTS_WITH_CONTEXT,
    "FindFromRestrictionsColumnsOrderBy": FIND_FROM_RESTRICTIONS_COLUMNS_ORDER_BY,
    "GetDefaultDesiredColumns": GET_DEFAULT_DESIRED_COLUMNS,
    "GetDefaultOrderBy": GET_DEFAULT_ORDER_BY,
    "PopulateRestrictions": POPULATE_RESTRICTIONS,
    "PopulateRestrictionValues": POPULATE_RESTRICTION_VALUES,
    "GetDefaultDesiredColumnsFromRestrictions": GET_DEFAULT_DESIRED_COLUMNS_FROM_RESTRICTIONS,
    "GetDefaultOrderByFromDesiredColumns": GET_DEFAULT_ORDER_BY_FROM_DESIRED_COLUMNS,
    "FindOrderBy": FIND_ORDER_BY,
    "FindWithExtraRestrictions": FIND_WITH_EXTRA_RESTRICTIONS,
    "FindWithColumns": FIND_WITH_COLUMNS,
    "SaveRestrictions2": SAVE_RESTRICTIONS_2,
    "SaveRestrictionsWithContext2": SAVE_RESTRICTIONS_WITH_CONTEXT_2,
    "SaveRestrictionsAndGetCriteriaInformation2": SAVE_RESTRICTIONS_AND_GET_CRITERIA_INFORMATION_2,
    "FindFromRestrictions2": FIND_FROM_RESTRICTIONS_2,
    "FindFromRestrictionsColumns2": FIND_FROM_RESTRICTIONS_COLUMNS_2,
    "FindFromRestrictionsColumnsOrderBy2": FIND_FROM_RESTRICTIONS_COLUMNS_ORDER_BY_2,
    "GetDefaultDesiredColumnsFromRestrictions2": GET_DEFAULT_DESIRED_COLUMNS_FROM_RESTRICTIONS_2,
    "FindOrderBy2": FIND_ORDER_BY_2,
    "FindWithExtraRestrictions2": FIND_WITH_EXTRA_RESTRICTIONS_2,
}


class FindMethods(SyncCalls):
    """The Find operations, called synchronously (SOAP or REST)."""

    def get_criteria_information(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        static_columns: list[str | None] | None | Unset = UNSET,
    ) -> CriteriaInformation | None:
        """Get criteria information from a set of saved criteria.

        Returns:
            The result.
        """
        return self._call(
            GET_CRITERIA_INFORMATION, (storage_type, provider_name, storage_key, static_columns)
        )

    def get_criteria_information_with_context(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        static_columns: list[str | None] | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> CriteriaInformation | None:
        """Get criteria information from a set of saved criteria.

        Returns:
            The result.
        """
        return self._call(
            GET_CRITERIA_INFORMATION_WITH_CONTEXT,
            (storage_type, provider_name, storage_key, static_columns, context),
        )

    def save_restrictions(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
    ) -> None:
        """Save an array of restrictions for later use as search criteria (including as dynamic
        selection and Find).
        """
        return self._call(
            SAVE_RESTRICTIONS, (storage_type, provider_name, storage_key, restrictions)
        )

    def save_restrictions_with_context(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> None:
        """Save an array of restrictions for later use as search criteria (including as dynamic
        selection and Find).
        """
        return self._call(
            SAVE_RESTRICTIONS_WITH_CONTEXT,
            (storage_type, provider_name, storage_key, restrictions, context),
        )

    def save_restriction_group(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        restriction_group: ArchiveRestrictionGroup | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> None:
        """Save an array of restrictions as a restriction group for later use as search
        criteria (including as dynamic selection and Find).
        """
        return self._call(
            SAVE_RESTRICTION_GROUP,
            (storage_type, provider_name, storage_key, restriction_group, context),
        )

    def save_restriction_groups(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        restriction_groups: list[ArchiveRestrictionGroup | None] | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> list[ArchiveRestrictionGroup | None] | None:
        """Save and rerank an array of restriction groups, returning the possibly modified
        array.

        Returns:
            The result.
        """
        return self._call(
            SAVE_RESTRICTION_GROUPS,
            (storage_type, provider_name, storage_key, restriction_groups, context),
        )

    def get_restriction_groups(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> list[ArchiveRestrictionGroup | None] | None:
        """Return all the restriction groups.

        Returns:
            The result.
        """
        return self._call(
            GET_RESTRICTION_GROUPS, (storage_type, provider_name, storage_key, context)
        )

    def get_restriction_group(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        rank: int | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> ArchiveRestrictionGroup | None:
        """Return the restriction group with given rank or a blank carrier.

        Returns:
            The result.
        """
        return self._call(
            GET_RESTRICTION_GROUP, (storage_type, provider_name, storage_key, rank, context)
        )

    def create_restriction_group(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> ArchiveRestrictionGroup | None:
        """Create a restriction group, initialized with next rank etc.

        Returns:
            The result.
        """
        return self._call(
            CREATE_RESTRICTION_GROUP, (storage_type, provider_name, storage_key, context)
        )

    def delete_restriction_group(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        rank: int | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> None:
        """Create a restriction group, initialized with next rank etc."""
        return self._call(
            DELETE_RESTRICTION_GROUP, (storage_type, provider_name, storage_key, rank, context)
        )

    def save_restrictions_and_get_criteria_information(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        static_columns: list[str | None] | None | Unset = UNSET,
    ) -> CriteriaInformation | None:
        """Save an array of restrictions for later use as search criteria (including as dynamic
        selection and Find).

        Returns:
            The result.
        """
        return self._call(
            SAVE_RESTRICTIONS_AND_GET_CRITERIA_INFORMATION,
            (storage_type, provider_name, storage_key, restrictions, static_columns),
        )

    def find(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> FindResults | None:
        """Execute a Find operation and return a page of results.

        Returns:
            The result.
        """
        return self._call(FIND, (storage_type, provider_name, storage_key, page_size, page_number))

    def find_from_restrictions(
        self,
        *,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> FindResults | None:
        """Execute a Find operation and return a page of results.

        Returns:
            The result.
        """
        return self._call(
            FIND_FROM_RESTRICTIONS, (restrictions, provider_name, page_size, page_number)
        )

    def find_from_restrictions_columns(
        self,
        *,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        desired_columns: list[str | None] | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> FindResults | None:
        """Execute a Find operation and return a page of results.

        Returns:
            The result.
        """
        return self._call(
            FIND_FROM_RESTRICTIONS_COLUMNS,
            (restrictions, provider_name, desired_columns, page_size, page_number),
        )

    def get_available_restriction_columns(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
    ) -> list[str | None] | None:
        """Get a list of the column names corresponding to available restrictions for a certain
        archive provider and restriction storage provider.

        Returns:
            The result.
        """
        return self._call(GET_AVAILABLE_RESTRICTION_COLUMNS, (storage_type, provider_name))

    def get_specified_criteria_information_with_defaults(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        desired_column_names: list[str | None] | None | Unset = UNSET,
        static_columns: list[str | None] | None | Unset = UNSET,
    ) -> CriteriaInformation | None:
        """Get criteria information from a set of saved criteria, for a specific set of
        columns.

        Returns:
            The result.
        """
        return self._call(
            GET_SPECIFIED_CRITERIA_INFORMATION_WITH_DEFAULTS,
            (storage_type, provider_name, storage_key, desired_column_names, static_columns),
        )

    def get_specified_criteria_information_with_defaults_with_context(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        desired_column_names: list[str | None] | None | Unset = UNSET,
        static_columns: list[str | None] | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> CriteriaInformation | None:
        """Get criteria information from a set of saved criteria, for a specific set of
        columns.

        Returns:
            The result.
        """
        return self._call(
            GET_SPECIFIED_CRITERIA_INFORMATION_WITH_DEFAULTS_WITH_CONTEXT,
            (
                storage_type,
                provider_name,
                storage_key,
                desired_column_names,
                static_columns,
                context,
            ),
        )

    def find_from_restrictions_columns_order_by(
        self,
        *,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        desired_columns: list[str | None] | None | Unset = UNSET,
        order_by: list[ArchiveOrderByInfo | None] | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> FindResults | None:
        """Execute a Find operation and return a page of results.

        Returns:
            The result.
        """
        return self._call(
            FIND_FROM_RESTRICTIONS_COLUMNS_ORDER_BY,
            (restrictions, provider_name, desired_columns, order_by, page_size, page_number),
        )

    def get_default_desired_columns(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
    ) -> list[ArchiveColumnInfo | None] | None:
        """Calculate the default desired columns, i.

        Returns:
            The result.
        """
        return self._call(GET_DEFAULT_DESIRED_COLUMNS, (storage_type, provider_name, storage_key))

    def get_default_order_by(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
    ) -> list[ArchiveOrderByInfo | None] | None:
        """Calculate the default orderby columns for a given provider and a search.

        Returns:
            The result.
        """
        return self._call(GET_DEFAULT_ORDER_BY, (storage_type, provider_name, storage_key))

    def populate_restrictions(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
    ) -> list[ArchiveRestrictionInfo | None] | None:
        """Take an incoming set of minimally populated restrictions (name + operator is
        required), and populate all the other parts of the ArchiveRestrictionInfo structure.

        Returns:
            The result.
        """
        return self._call(POPULATE_RESTRICTIONS, (provider_name, restrictions))

    def populate_restriction_values(
        self, *, restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET
    ) -> list[ArchiveRestrictionInfo | None] | None:
        """Take an incoming set of Restrictions (name + operator + any user-entered values),
        and populate/expand all values as specified by the operator's ValueHints, taking
        into account any values already there.

        Returns:
            The result.
        """
        return self._call(POPULATE_RESTRICTION_VALUES, (restrictions,))

    def get_default_desired_columns_from_restrictions(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
    ) -> list[ArchiveColumnInfo | None] | None:
        """Calculate the default desired columns, i.

        Returns:
            The result.
        """
        return self._call(
            GET_DEFAULT_DESIRED_COLUMNS_FROM_RESTRICTIONS, (provider_name, restrictions)
        )

    def get_default_order_by_from_desired_columns(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        desired_columns: list[str | None] | None | Unset = UNSET,
    ) -> list[ArchiveOrderByInfo | None] | None:
        """Calculate the default orderby columns for a given provider and a set of desired
        columns.

        Returns:
            The result.
        """
        return self._call(
            GET_DEFAULT_ORDER_BY_FROM_DESIRED_COLUMNS, (provider_name, desired_columns)
        )

    def find_order_by(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        order_by: list[ArchiveOrderByInfo | None] | None | Unset = UNSET,
    ) -> FindResults | None:
        """Execute a Find operation and return a page of results.

        Returns:
            The result.
        """
        return self._call(
            FIND_ORDER_BY,
            (storage_type, provider_name, storage_key, page_size, page_number, order_by),
        )

    def find_with_extra_restrictions(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        extra_restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        order_by: list[ArchiveOrderByInfo | None] | None | Unset = UNSET,
        desired_columns: list[str | None] | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> FindResults | None:
        """Execute a Find operation and return a page of results.

        Returns:
            The result.
        """
        return self._call(
            FIND_WITH_EXTRA_RESTRICTIONS,
            (
                storage_type,
                provider_name,
                storage_key,
                extra_restrictions,
                order_by,
                desired_columns,
                page_size,
                page_number,
            ),
        )

    def find_with_columns(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        desired_columns: list[str | None] | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        order_by: list[ArchiveOrderByInfo | None] | None | Unset = UNSET,
    ) -> FindResults | None:
        """Execute a Find operation and return a page of results.

        Returns:
            The result.
        """
        return self._call(
            FIND_WITH_COLUMNS,
            (
                storage_type,
                provider_name,
                storage_key,
                desired_columns,
                page_size,
                page_number,
                order_by,
            ),
        )

    def save_restrictions_2(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        restrictions: str | None | Unset = UNSET,
    ) -> None:
        """Save an array of restrictions for later use as search criteria (including as dynamic
        selection and Find).
        """
        return self._call(
            SAVE_RESTRICTIONS_2, (storage_type, provider_name, storage_key, restrictions)
        )

    def save_restrictions_with_context_2(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        restrictions: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> None:
        """Save an array of restrictions for later use as search criteria (including as dynamic
        selection and Find).
        """
        return self._call(
            SAVE_RESTRICTIONS_WITH_CONTEXT_2,
            (storage_type, provider_name, storage_key, restrictions, context),
        )

    def save_restrictions_and_get_criteria_information_2(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        restrictions: str | None | Unset = UNSET,
        static_columns: str | None | Unset = UNSET,
    ) -> CriteriaInformation | None:
        """Save an array of restrictions for later use as search criteria (including as dynamic
        selection and Find).

        Returns:
            The result.
        """
        return self._call(
            SAVE_RESTRICTIONS_AND_GET_CRITERIA_INFORMATION_2,
            (storage_type, provider_name, storage_key, restrictions, static_columns),
        )

    def find_from_restrictions_2(
        self,
        *,
        restrictions: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> FindResults | None:
        """Execute a Find operation and return a page of results.

        Returns:
            The result.
        """
        return self._call(
            FIND_FROM_RESTRICTIONS_2, (restrictions, provider_name, page_size, page_number)
        )

    def find_from_restrictions_columns_2(
        self,
        *,
        restrictions: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        desired_columns: str | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> FindResults | None:
        """Execute a Find operation and return a page of results.

        Returns:
            The result.
        """
        return self._call(
            FIND_FROM_RESTRICTIONS_COLUMNS_2,
            (restrictions, provider_name, desired_columns, page_size, page_number),
        )

    def find_from_restrictions_columns_order_by_2(
        self,
        *,
        restrictions: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        desired_columns: str | None | Unset = UNSET,
        order_by: str | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> FindResults | None:
        """Execute a Find operation and return a page of results.

        Returns:
            The result.
        """
        return self._call(
            FIND_FROM_RESTRICTIONS_COLUMNS_ORDER_BY_2,
            (restrictions, provider_name, desired_columns, order_by, page_size, page_number),
        )

    def get_default_desired_columns_from_restrictions_2(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        restrictions: str | None | Unset = UNSET,
    ) -> list[ArchiveColumnInfo | None] | None:
        """Calculate the default desired columns, i.

        Returns:
            The result.
        """
        return self._call(
            GET_DEFAULT_DESIRED_COLUMNS_FROM_RESTRICTIONS_2, (provider_name, restrictions)
        )

    def find_order_by_2(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        order_by: str | None | Unset = UNSET,
    ) -> FindResults | None:
        """Execute a Find operation and return a page of results.

        Returns:
            The result.
        """
        return self._call(
            FIND_ORDER_BY_2,
            (storage_type, provider_name, storage_key, page_size, page_number, order_by),
        )

    def find_with_extra_restrictions_2(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        extra_restrictions: str | None | Unset = UNSET,
        order_by: str | None | Unset = UNSET,
        desired_columns: str | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> FindResults | None:
        """Execute a Find operation and return a page of results.

        Returns:
            The result.
        """
        return self._call(
            FIND_WITH_EXTRA_RESTRICTIONS_2,
            (
                storage_type,
                provider_name,
                storage_key,
                extra_restrictions,
                order_by,
                desired_columns,
                page_size,
                page_number,
            ),
        )


class AsyncFindMethods(AsyncCalls):
    """The Find operations, called asynchronously (SOAP or REST)."""

    async def get_criteria_information(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        static_columns: list[str | None] | None | Unset = UNSET,
    ) -> CriteriaInformation | None:
        """Get criteria information from a set of saved criteria.

        Returns:
            The result.
        """
        return await self._call(
            GET_CRITERIA_INFORMATION, (storage_type, provider_name, storage_key, static_columns)
        )

    async def get_criteria_information_with_context(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        static_columns: list[str | None] | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> CriteriaInformation | None:
        """Get criteria information from a set of saved criteria.

        Returns:
            The result.
        """
        return await self._call(
            GET_CRITERIA_INFORMATION_WITH_CONTEXT,
            (storage_type, provider_name, storage_key, static_columns, context),
        )

    async def save_restrictions(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
    ) -> None:
        """Save an array of restrictions for later use as search criteria (including as dynamic
        selection and Find).
        """
        return await self._call(
            SAVE_RESTRICTIONS, (storage_type, provider_name, storage_key, restrictions)
        )

    async def save_restrictions_with_context(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> None:
        """Save an array of restrictions for later use as search criteria (including as dynamic
        selection and Find).
        """
        return await self._call(
            SAVE_RESTRICTIONS_WITH_CONTEXT,
            (storage_type, provider_name, storage_key, restrictions, context),
        )

    async def save_restriction_group(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        restriction_group: ArchiveRestrictionGroup | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> None:
        """Save an array of restrictions as a restriction group for later use as search
        criteria (including as dynamic selection and Find).
        """
        return await self._call(
            SAVE_RESTRICTION_GROUP,
            (storage_type, provider_name, storage_key, restriction_group, context),
        )

    async def save_restriction_groups(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        restriction_groups: list[ArchiveRestrictionGroup | None] | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> list[ArchiveRestrictionGroup | None] | None:
        """Save and rerank an array of restriction groups, returning the possibly modified
        array.

        Returns:
            The result.
        """
        return await self._call(
            SAVE_RESTRICTION_GROUPS,
            (storage_type, provider_name, storage_key, restriction_groups, context),
        )

    async def get_restriction_groups(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> list[ArchiveRestrictionGroup | None] | None:
        """Return all the restriction groups.

        Returns:
            The result.
        """
        return await self._call(
            GET_RESTRICTION_GROUPS, (storage_type, provider_name, storage_key, context)
        )

    async def get_restriction_group(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        rank: int | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> ArchiveRestrictionGroup | None:
        """Return the restriction group with given rank or a blank carrier.

        Returns:
            The result.
        """
        return await self._call(
            GET_RESTRICTION_GROUP, (storage_type, provider_name, storage_key, rank, context)
        )

    async def create_restriction_group(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> ArchiveRestrictionGroup | None:
        """Create a restriction group, initialized with next rank etc.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_RESTRICTION_GROUP, (storage_type, provider_name, storage_key, context)
        )

    async def delete_restriction_group(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        rank: int | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> None:
        """Create a restriction group, initialized with next rank etc."""
        return await self._call(
            DELETE_RESTRICTION_GROUP, (storage_type, provider_name, storage_key, rank, context)
        )

    async def save_restrictions_and_get_criteria_information(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        static_columns: list[str | None] | None | Unset = UNSET,
    ) -> CriteriaInformation | None:
        """Save an array of restrictions for later use as search criteria (including as dynamic
        selection and Find).

        Returns:
            The result.
        """
        return await self._call(
            SAVE_RESTRICTIONS_AND_GET_CRITERIA_INFORMATION,
            (storage_type, provider_name, storage_key, restrictions, static_columns),
        )

    async def find(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> FindResults | None:
        """Execute a Find operation and return a page of results.

        Returns:
            The result.
        """
        return await self._call(
            FIND, (storage_type, provider_name, storage_key, page_size, page_number)
        )

    async def find_from_restrictions(
        self,
        *,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> FindResults | None:
        """Execute a Find operation and return a page of results.

        Returns:
            The result.
        """
        return await self._call(
            FIND_FROM_RESTRICTIONS, (restrictions, provider_name, page_size, page_number)
        )

    async def find_from_restrictions_columns(
        self,
        *,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        desired_columns: list[str | None] | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> FindResults | None:
        """Execute a Find operation and return a page of results.

        Returns:
            The result.
        """
        return await self._call(
            FIND_FROM_RESTRICTIONS_COLUMNS,
            (restrictions, provider_name, desired_columns, page_size, page_number),
        )

    async def get_available_restriction_columns(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
    ) -> list[str | None] | None:
        """Get a list of the column names corresponding to available restrictions for a certain
        archive provider and restriction storage provider.

        Returns:
            The result.
        """
        return await self._call(GET_AVAILABLE_RESTRICTION_COLUMNS, (storage_type, provider_name))

    async def get_specified_criteria_information_with_defaults(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        desired_column_names: list[str | None] | None | Unset = UNSET,
        static_columns: list[str | None] | None | Unset = UNSET,
    ) -> CriteriaInformation | None:
        """Get criteria information from a set of saved criteria, for a specific set of
        columns.

        Returns:
            The result.
        """
        return await self._call(
            GET_SPECIFIED_CRITERIA_INFORMATION_WITH_DEFAULTS,
            (storage_type, provider_name, storage_key, desired_column_names, static_columns),
        )

    async def get_specified_criteria_information_with_defaults_with_context(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        desired_column_names: list[str | None] | None | Unset = UNSET,
        static_columns: list[str | None] | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> CriteriaInformation | None:
        """Get criteria information from a set of saved criteria, for a specific set of
        columns.

        Returns:
            The result.
        """
        return await self._call(
            GET_SPECIFIED_CRITERIA_INFORMATION_WITH_DEFAULTS_WITH_CONTEXT,
            (
                storage_type,
                provider_name,
                storage_key,
                desired_column_names,
                static_columns,
                context,
            ),
        )

    async def find_from_restrictions_columns_order_by(
        self,
        *,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        desired_columns: list[str | None] | None | Unset = UNSET,
        order_by: list[ArchiveOrderByInfo | None] | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> FindResults | None:
        """Execute a Find operation and return a page of results.

        Returns:
            The result.
        """
        return await self._call(
            FIND_FROM_RESTRICTIONS_COLUMNS_ORDER_BY,
            (restrictions, provider_name, desired_columns, order_by, page_size, page_number),
        )

    async def get_default_desired_columns(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
    ) -> list[ArchiveColumnInfo | None] | None:
        """Calculate the default desired columns, i.

        Returns:
            The result.
        """
        return await self._call(
            GET_DEFAULT_DESIRED_COLUMNS, (storage_type, provider_name, storage_key)
        )

    async def get_default_order_by(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
    ) -> list[ArchiveOrderByInfo | None] | None:
        """Calculate the default orderby columns for a given provider and a search.

        Returns:
            The result.
        """
        return await self._call(GET_DEFAULT_ORDER_BY, (storage_type, provider_name, storage_key))

    async def populate_restrictions(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
    ) -> list[ArchiveRestrictionInfo | None] | None:
        """Take an incoming set of minimally populated restrictions (name + operator is
        required), and populate all the other parts of the ArchiveRestrictionInfo structure.

        Returns:
            The result.
        """
        return await self._call(POPULATE_RESTRICTIONS, (provider_name, restrictions))

    async def populate_restriction_values(
        self, *, restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET
    ) -> list[ArchiveRestrictionInfo | None] | None:
        """Take an incoming set of Restrictions (name + operator + any user-entered values),
        and populate/expand all values as specified by the operator's ValueHints, taking
        into account any values already there.

        Returns:
            The result.
        """
        return await self._call(POPULATE_RESTRICTION_VALUES, (restrictions,))

    async def get_default_desired_columns_from_restrictions(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
    ) -> list[ArchiveColumnInfo | None] | None:
        """Calculate the default desired columns, i.

        Returns:
            The result.
        """
        return await self._call(
            GET_DEFAULT_DESIRED_COLUMNS_FROM_RESTRICTIONS, (provider_name, restrictions)
        )

    async def get_default_order_by_from_desired_columns(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        desired_columns: list[str | None] | None | Unset = UNSET,
    ) -> list[ArchiveOrderByInfo | None] | None:
        """Calculate the default orderby columns for a given provider and a set of desired
        columns.

        Returns:
            The result.
        """
        return await self._call(
            GET_DEFAULT_ORDER_BY_FROM_DESIRED_COLUMNS, (provider_name, desired_columns)
        )

    async def find_order_by(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        order_by: list[ArchiveOrderByInfo | None] | None | Unset = UNSET,
    ) -> FindResults | None:
        """Execute a Find operation and return a page of results.

        Returns:
            The result.
        """
        return await self._call(
            FIND_ORDER_BY,
            (storage_type, provider_name, storage_key, page_size, page_number, order_by),
        )

    async def find_with_extra_restrictions(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        extra_restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        order_by: list[ArchiveOrderByInfo | None] | None | Unset = UNSET,
        desired_columns: list[str | None] | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> FindResults | None:
        """Execute a Find operation and return a page of results.

        Returns:
            The result.
        """
        return await self._call(
            FIND_WITH_EXTRA_RESTRICTIONS,
            (
                storage_type,
                provider_name,
                storage_key,
                extra_restrictions,
                order_by,
                desired_columns,
                page_size,
                page_number,
            ),
        )

    async def find_with_columns(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        desired_columns: list[str | None] | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        order_by: list[ArchiveOrderByInfo | None] | None | Unset = UNSET,
    ) -> FindResults | None:
        """Execute a Find operation and return a page of results.

        Returns:
            The result.
        """
        return await self._call(
            FIND_WITH_COLUMNS,
            (
                storage_type,
                provider_name,
                storage_key,
                desired_columns,
                page_size,
                page_number,
                order_by,
            ),
        )

    async def save_restrictions_2(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        restrictions: str | None | Unset = UNSET,
    ) -> None:
        """Save an array of restrictions for later use as search criteria (including as dynamic
        selection and Find).
        """
        return await self._call(
            SAVE_RESTRICTIONS_2, (storage_type, provider_name, storage_key, restrictions)
        )

    async def save_restrictions_with_context_2(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        restrictions: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> None:
        """Save an array of restrictions for later use as search criteria (including as dynamic
        selection and Find).
        """
        return await self._call(
            SAVE_RESTRICTIONS_WITH_CONTEXT_2,
            (storage_type, provider_name, storage_key, restrictions, context),
        )

    async def save_restrictions_and_get_criteria_information_2(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        restrictions: str | None | Unset = UNSET,
        static_columns: str | None | Unset = UNSET,
    ) -> CriteriaInformation | None:
        """Save an array of restrictions for later use as search criteria (including as dynamic
        selection and Find).

        Returns:
            The result.
        """
        return await self._call(
            SAVE_RESTRICTIONS_AND_GET_CRITERIA_INFORMATION_2,
            (storage_type, provider_name, storage_key, restrictions, static_columns),
        )

    async def find_from_restrictions_2(
        self,
        *,
        restrictions: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> FindResults | None:
        """Execute a Find operation and return a page of results.

        Returns:
            The result.
        """
        return await self._call(
            FIND_FROM_RESTRICTIONS_2, (restrictions, provider_name, page_size, page_number)
        )

    async def find_from_restrictions_columns_2(
        self,
        *,
        restrictions: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        desired_columns: str | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> FindResults | None:
        """Execute a Find operation and return a page of results.

        Returns:
            The result.
        """
        return await self._call(
            FIND_FROM_RESTRICTIONS_COLUMNS_2,
            (restrictions, provider_name, desired_columns, page_size, page_number),
        )

    async def find_from_restrictions_columns_order_by_2(
        self,
        *,
        restrictions: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        desired_columns: str | None | Unset = UNSET,
        order_by: str | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> FindResults | None:
        """Execute a Find operation and return a page of results.

        Returns:
            The result.
        """
        return await self._call(
            FIND_FROM_RESTRICTIONS_COLUMNS_ORDER_BY_2,
            (restrictions, provider_name, desired_columns, order_by, page_size, page_number),
        )

    async def get_default_desired_columns_from_restrictions_2(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        restrictions: str | None | Unset = UNSET,
    ) -> list[ArchiveColumnInfo | None] | None:
        """Calculate the default desired columns, i.

        Returns:
            The result.
        """
        return await self._call(
            GET_DEFAULT_DESIRED_COLUMNS_FROM_RESTRICTIONS_2, (provider_name, restrictions)
        )

    async def find_order_by_2(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        order_by: str | None | Unset = UNSET,
    ) -> FindResults | None:
        """Execute a Find operation and return a page of results.

        Returns:
            The result.
        """
        return await self._call(
            FIND_ORDER_BY_2,
            (storage_type, provider_name, storage_key, page_size, page_number, order_by),
        )

    async def find_with_extra_restrictions_2(
        self,
        *,
        storage_type: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        storage_key: str | None | Unset = UNSET,
        extra_restrictions: str | None | Unset = UNSET,
        order_by: str | None | Unset = UNSET,
        desired_columns: str | None | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> FindResults | None:
        """Execute a Find operation and return a page of results.

        Returns:
            The result.
        """
        return await self._call(
            FIND_WITH_EXTRA_RESTRICTIONS_2,
            (
                storage_type,
                provider_name,
                storage_key,
                extra_restrictions,
                order_by,
                desired_columns,
                page_size,
                page_number,
            ),
        )


class FindAgent(FindMethods, SoapCaller):
    """Find over SOAP 1.1 (``Remote/Services88/Find.svc``), synchronous."""

    _PATH = "Remote/Services88/Find.svc"
    _HEADERS = HEADERS


class AsyncFindAgent(AsyncFindMethods, AsyncSoapCaller):
    """Find over SOAP 1.1 (``Remote/Services88/Find.svc``), asynchronous."""

    _PATH = "Remote/Services88/Find.svc"
    _HEADERS = HEADERS


class FindRestAgent(FindMethods, RestCaller):
    """Find over REST (``/api/v1/Agents/Find/...``), synchronous."""


class AsyncFindRestAgent(AsyncFindMethods, AsyncRestCaller):
    """Find over REST (``/api/v1/Agents/Find/...``), asynchronous."""
