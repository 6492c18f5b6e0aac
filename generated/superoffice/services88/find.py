"""Services88 Find agent (``Remote/Services88/Find.svc``): its operations."""

from __future__ import annotations

from ..runtime import INT, Operation, Param, STR
from .types.archive_column_info import LIST_OF_ARCHIVE_COLUMN_INFO_CODEC
from .types.archive_order_by_info import LIST_OF_ARCHIVE_ORDER_BY_INFO_CODEC
from .types.archive_restriction_group import (
    ARCHIVE_RESTRICTION_GROUP_CODEC,
    LIST_OF_ARCHIVE_RESTRICTION_GROUP_CODEC,
)
from .types.archive_restriction_info import LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC
from .types.criteria_information import CRITERIA_INFORMATION_CODEC
from .types.find_results import FIND_RESULTS_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_CRITERIA_INFORMATION = Operation(
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
"""Get criteria information from a set of saved criteria."""

GET_CRITERIA_INFORMATION_WITH_CONTEXT = Operation(
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
"""Get criteria information from a set of saved criteria."""

SAVE_RESTRICTIONS = Operation(
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
"""Save an array of restrictions for later use as search criteria (including as dynamic
selection and Find)."""

SAVE_RESTRICTIONS_WITH_CONTEXT = Operation(
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
"""Save an array of restrictions for later use as search criteria (including as dynamic
selection and Find)."""

SAVE_RESTRICTION_GROUP = Operation(
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
"""Save an array of restrictions as a restriction group for later use as search criteria
(including as dynamic selection and Find)."""

SAVE_RESTRICTION_GROUPS = Operation(
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
"""Save and rerank an array of restriction groups, returning the possibly modified array."""

GET_RESTRICTION_GROUPS = Operation(
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
"""Return all the restriction groups."""

GET_RESTRICTION_GROUP = Operation(
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
"""Return the restriction group with given rank or a blank carrier."""

CREATE_RESTRICTION_GROUP = Operation(
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
"""Create a restriction group, initialized with next rank etc."""

DELETE_RESTRICTION_GROUP = Operation(
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
"""Create a restriction group, initialized with next rank etc."""

SAVE_RESTRICTIONS_AND_GET_CRITERIA_INFORMATION = Operation(
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
"""Save an array of restrictions for later use as search criteria (including as dynamic
selection and Find)."""

FIND = Operation(
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
"""Execute a Find operation and return a page of results."""

FIND_FROM_RESTRICTIONS = Operation(
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
"""Execute a Find operation and return a page of results."""

FIND_FROM_RESTRICTIONS_COLUMNS = Operation(
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
"""Execute a Find operation and return a page of results."""

GET_AVAILABLE_RESTRICTION_COLUMNS = Operation(
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
"""Get a list of the column names corresponding to available restrictions for a certain archive
provider and restriction storage provider."""

GET_SPECIFIED_CRITERIA_INFORMATION_WITH_DEFAULTS = Operation(
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
"""Get criteria information from a set of saved criteria, for a specific set of columns."""

GET_SPECIFIED_CRITERIA_INFORMATION_WITH_DEFAULTS_WITH_CONTEXT = Operation(
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
"""Get criteria information from a set of saved criteria, for a specific set of columns."""

FIND_FROM_RESTRICTIONS_COLUMNS_ORDER_BY = Operation(
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
"""Execute a Find operation and return a page of results."""

GET_DEFAULT_DESIRED_COLUMNS = Operation(
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
"""Calculate the default desired columns, i."""

GET_DEFAULT_ORDER_BY = Operation(
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
"""Calculate the default orderby columns for a given provider and a search."""

POPULATE_RESTRICTIONS = Operation(
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
"""Take an incoming set of minimally populated restrictions (name + operator is required), and
populate all the other parts of the ArchiveRestrictionInfo structure."""

POPULATE_RESTRICTION_VALUES = Operation(
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
"""Take an incoming set of Restrictions (name + operator + any user-entered values), and
populate/expand all values as specified by the operator's ValueHints, taking into account
any values already there."""

GET_DEFAULT_DESIRED_COLUMNS_FROM_RESTRICTIONS = Operation(
    "GetDefaultDesiredColumnsFromRestrictions",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/GetDefaultDesiredColumnsFromRestrictions",
    params=(
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param(
            "restrictions", "Restrictions", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True
        ),
    ),
    results=(Param("response", "Response", LIST_OF_ARCHIVE_COLUMN_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Find/GetDefaultDesiredColumnsFromRestrictions",
)
"""Calculate the default desired columns, i."""

GET_DEFAULT_ORDER_BY_FROM_DESIRED_COLUMNS = Operation(
    "GetDefaultOrderByFromDesiredColumns",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Find/GetDefaultOrderByFromDesiredColumns",
    params=(
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param("desired_columns", "DesiredColumns", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_ARCHIVE_ORDER_BY_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Find/GetDefaultOrderByFromDesiredColumns",
)
"""Calculate the default orderby columns for a given provider and a set of desired columns."""

FIND_ORDER_BY = Operation(
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
"""Execute a Find operation and return a page of results."""

FIND_WITH_EXTRA_RESTRICTIONS = Operation(
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
"""Execute a Find operation and return a page of results."""

FIND_WITH_COLUMNS = Operation(
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
"""Execute a Find operation and return a page of results."""

SAVE_RESTRICTIONS_2 = Operation(
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
"""Save an array of restrictions for later use as search criteria (including as dynamic
selection and Find)."""

SAVE_RESTRICTIONS_WITH_CONTEXT_2 = Operation(
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
"""Save an array of restrictions for later use as search criteria (including as dynamic
selection and Find)."""

SAVE_RESTRICTIONS_AND_GET_CRITERIA_INFORMATION_2 = Operation(
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
"""Save an array of restrictions for later use as search criteria (including as dynamic
selection and Find)."""

FIND_FROM_RESTRICTIONS_2 = Operation(
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
"""Execute a Find operation and return a page of results."""

FIND_FROM_RESTRICTIONS_COLUMNS_2 = Operation(
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
"""Execute a Find operation and return a page of results."""

FIND_FROM_RESTRICTIONS_COLUMNS_ORDER_BY_2 = Operation(
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
"""Execute a Find operation and return a page of results."""

GET_DEFAULT_DESIRED_COLUMNS_FROM_RESTRICTIONS_2 = Operation(
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
"""Calculate the default desired columns, i."""

FIND_ORDER_BY_2 = Operation(
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
"""Execute a Find operation and return a page of results."""

FIND_WITH_EXTRA_RESTRICTIONS_2 = Operation(
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
"""Execute a Find operation and return a page of results."""

OPERATIONS: dict[str, Operation] = {
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
