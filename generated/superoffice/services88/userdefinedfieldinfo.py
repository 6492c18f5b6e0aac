"""Services88 UserDefinedFieldInfo agent (``Remote/Services88/UserDefinedFieldInfo.svc``): its
operations.
"""

from __future__ import annotations

from ..runtime import BOOL, INT, Operation, Param, STR
from .types.field_info_base import FIELD_INFO_BASE_CODEC, LIST_OF_FIELD_INFO_BASE_CODEC
from .types.list_of_bool import LIST_OF_BOOL_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.u_def_field_type import U_DEF_FIELD_TYPE_CODEC
from .types.u_def_type import U_DEF_TYPE_CODEC
from .types.user_defined_field_info import (
    LIST_OF_USER_DEFINED_FIELD_INFO_CODEC,
    USER_DEFINED_FIELD_INFO_CODEC,
)

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_USER_DEFINED_FIELD_INFO = Operation(
    "CreateDefaultUserDefinedFieldInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/CreateDefaultUserDefinedFieldInfo",
    results=(Param("response", "Response", USER_DEFINED_FIELD_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/CreateDefaultUserDefinedFieldInfo",
)
"""Loading default values into a new UserDefinedFieldInfo."""

SAVE_USER_DEFINED_FIELD_INFO = Operation(
    "SaveUserDefinedFieldInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/SaveUserDefinedFieldInfo",
    params=(
        Param(
            "user_defined_field_info",
            "UserDefinedFieldInfo",
            USER_DEFINED_FIELD_INFO_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", USER_DEFINED_FIELD_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/SaveUserDefinedFieldInfo",
    rest_body="user_defined_field_info",
)
"""Updates the existing UserDefinedFieldInfo or creates a new UserDefinedFieldInfo if the id
parameter is 0."""

DELETE_USER_DEFINED_FIELD_INFO = Operation(
    "DeleteUserDefinedFieldInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/DeleteUserDefinedFieldInfo",
    params=(Param("user_defined_field_info_id", "UserDefinedFieldInfoId", INT),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/DeleteUserDefinedFieldInfo",
)
"""Deletes the UserDefinedFieldInfo"""

GET_CUSTOM_FIELD_INFO_LIST = Operation(
    "GetCustomFieldInfoList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/GetCustomFieldInfoList",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("include_standard", "IncludeStandard", BOOL),
    ),
    results=(Param("response", "Response", LIST_OF_FIELD_INFO_BASE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/GetCustomFieldInfoList",
)
"""Return information about all the custom fields (user-defined + extra) on a particular table"""

GET_CUSTOM_FIELD_INFO = Operation(
    "GetCustomFieldInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/GetCustomFieldInfo",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("field_name", "FieldName", STR, nillable=True),
    ),
    results=(Param("response", "Response", FIELD_INFO_BASE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/GetCustomFieldInfo",
)
"""Return information about a particular custom field (user-defined + extra) on a particular
table"""

GET_USER_DEFINED_FIELD_INFO = Operation(
    "GetUserDefinedFieldInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/GetUserDefinedFieldInfo",
    params=(Param("user_defined_field_info_id", "UserDefinedFieldInfoId", INT),),
    results=(Param("response", "Response", USER_DEFINED_FIELD_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/GetUserDefinedFieldInfo",
)
"""Gets a UserDefinedFieldInfo object."""

GET_USER_DEFINED_FIELD_LIST = Operation(
    "GetUserDefinedFieldList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/GetUserDefinedFieldList",
    params=(Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),),
    results=(Param("response", "Response", LIST_OF_USER_DEFINED_FIELD_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/GetUserDefinedFieldList",
)
"""Return information about all the user defined fields on a particular owner type (project,
contact, person, etc)."""

GET_PUBLISHED_USER_DEFINED_FIELD_LIST = Operation(
    "GetPublishedUserDefinedFieldList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/GetPublishedUserDefinedFieldList",
    params=(Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),),
    results=(Param("response", "Response", LIST_OF_USER_DEFINED_FIELD_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/GetPublishedUserDefinedFieldList",
)
"""Return information about all the user defined fields on a particular owner type (project,
contact, person, etc)."""

GET_USER_DEFINED_FIELD_FROM_FIELD_LABEL = Operation(
    "GetUserDefinedFieldFromFieldLabel",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/GetUserDefinedFieldFromFieldLabel",
    params=(
        Param("field_label", "FieldLabel", STR, nillable=True),
        Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),
    ),
    results=(Param("response", "Response", USER_DEFINED_FIELD_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/GetUserDefinedFieldFromFieldLabel",
)
"""Return information about the given user defined field identified by the owner and the field
label."""

GET_PUBLISHED_USER_DEFINED_FIELD_FROM_FIELD_LABEL = Operation(
    "GetPublishedUserDefinedFieldFromFieldLabel",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/GetPublishedUserDefinedFieldFromFieldLabel",
    params=(
        Param("field_label", "FieldLabel", STR, nillable=True),
        Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),
    ),
    results=(Param("response", "Response", USER_DEFINED_FIELD_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/GetPublishedUserDefinedFieldFromFieldLabel",
)
"""Return information about the given user defined field identified by the owner and the field
label."""

GET_USER_DEFINED_FIELD_FROM_PROG_ID = Operation(
    "GetUserDefinedFieldFromProgId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/GetUserDefinedFieldFromProgId",
    params=(
        Param("prog_id", "ProgId", STR, nillable=True),
        Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),
    ),
    results=(Param("response", "Response", USER_DEFINED_FIELD_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/GetUserDefinedFieldFromProgId",
)
"""Return information about the given user defined field identified by the owner and the
prog-id."""

GET_PUBLISHED_USER_DEFINED_FIELD_FROM_PROG_ID = Operation(
    "GetPublishedUserDefinedFieldFromProgId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/GetPublishedUserDefinedFieldFromProgId",
    params=(
        Param("prog_id", "ProgId", STR, nillable=True),
        Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),
    ),
    results=(Param("response", "Response", USER_DEFINED_FIELD_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/GetPublishedUserDefinedFieldFromProgId",
)
"""Return information about the given user defined field identified by the owner and the
prog-id."""

GET_USER_DEFINED_FIELD_FROM_IDS = Operation(
    "GetUserDefinedFieldFromIds",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/GetUserDefinedFieldFromIds",
    params=(Param("ids", "Ids", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_USER_DEFINED_FIELD_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/GetUserDefinedFieldFromIds",
)
"""Return an given array of user defined field identified by the ids."""

GET_USER_DEFINED_FIELD_FROM_PROG_IDS = Operation(
    "GetUserDefinedFieldFromProgIds",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/GetUserDefinedFieldFromProgIds",
    params=(
        Param("prog_ids", "ProgIds", LIST_OF_STR_CODEC, nillable=True),
        Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),
    ),
    results=(Param("response", "Response", LIST_OF_USER_DEFINED_FIELD_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/GetUserDefinedFieldFromProgIds",
)
"""Return an given array user defined field identified by the owner and the prog-ids."""

CREATE_USER_DEFINED_FIELD_INFO = Operation(
    "CreateUserDefinedFieldInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/CreateUserDefinedFieldInfo",
    params=(
        Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),
        Param("field_type", "FieldType", U_DEF_FIELD_TYPE_CODEC),
    ),
    results=(Param("response", "Response", USER_DEFINED_FIELD_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/CreateUserDefinedFieldInfo",
)
"""Create a UserDefinedFieldInfo based on a owner-entity id"""

CHANGE_FIELD_TYPE = Operation(
    "ChangeFieldType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/ChangeFieldType",
    params=(
        Param("info", "Info", USER_DEFINED_FIELD_INFO_CODEC, nillable=True),
        Param("field_type", "FieldType", U_DEF_FIELD_TYPE_CODEC),
        Param("is_indexed", "IsIndexed", BOOL),
    ),
    results=(Param("response", "Response", USER_DEFINED_FIELD_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/ChangeFieldType",
)
"""Create a UserDefinedFieldInfo based on a owner-entity id"""

GET_USER_DEFINED_PAGE_ONE_FIELDS = Operation(
    "GetUserDefinedPageOneFields",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/GetUserDefinedPageOneFields",
    params=(
        Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),
        Param("user_group_id", "UserGroupId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_USER_DEFINED_FIELD_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/GetUserDefinedPageOneFields",
)
"""Get a list of page one fields for given Udef type and current user group"""

GET_PUBLISHED_USER_DEFINED_PAGE_ONE_FIELDS = Operation(
    "GetPublishedUserDefinedPageOneFields",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/GetPublishedUserDefinedPageOneFields",
    params=(
        Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),
        Param("user_group_id", "UserGroupId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_USER_DEFINED_FIELD_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/GetPublishedUserDefinedPageOneFields",
)
"""Get a list of page one fields for given Udef type and current user group"""

PUBLISH = Operation(
    "Publish",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/Publish",
    params=(Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/Publish",
)
"""Publish changed Udef fields for the given owner type"""

REVERT = Operation(
    "Revert",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/Revert",
    params=(Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/Revert",
)
"""Revert changed Udef fields for the given owner type - all unpublished changes will be lost"""

SAVE_USER_DEFINED_FIELD_INFOS = Operation(
    "SaveUserDefinedFieldInfos",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/SaveUserDefinedFieldInfos",
    params=(Param("infos", "Infos", LIST_OF_USER_DEFINED_FIELD_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/SaveUserDefinedFieldInfos",
)
"""Save an array of user defined fields."""

DETECT_UNPUBLISHED_CHANGES = Operation(
    "DetectUnpublishedChanges",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/DetectUnpublishedChanges",
    params=(Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/DetectUnpublishedChanges",
)
"""Detect changes to the admin version (unpublished)"""

DETECT_COLUMN_ID_CHANGES = Operation(
    "DetectColumnIdChanges",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/DetectColumnIdChanges",
    params=(Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/DetectColumnIdChanges",
)
"""Detect columnid changes to the admin version (for determining publish warning)"""

SET_USER_DEFINED_PAGE_ONE_FIELD = Operation(
    "SetUserDefinedPageOneField",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/SetUserDefinedPageOneField",
    params=(
        Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),
        Param("udef_field_id", "UdefFieldId", INT),
        Param("user_group_id", "UserGroupId", INT),
        Param("field_line_no", "FieldLineNo", INT),
    ),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/SetUserDefinedPageOneField",
)
"""Sets a user defined fields as page one field."""

IS_PUBLISH_EVENT_ACTIVE = Operation(
    "IsPublishEventActive",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/IsPublishEventActive",
    params=(Param("type", "Type", U_DEF_TYPE_CODEC),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/IsPublishEventActive",
)
"""Check if the publish event is active for the given type"""

IS_ANY_PUBLISH_EVENT_ACTIVE = Operation(
    "IsAnyPublishEventActive",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/IsAnyPublishEventActive",
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/IsAnyPublishEventActive",
)
"""Check if any publish events are active"""

GET_CHANGED_PAGE_ONE_FIELDS = Operation(
    "GetChangedPageOneFields",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/GetChangedPageOneFields",
    params=(
        Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),
        Param("user_group_id", "UserGroupId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_BOOL_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/GetChangedPageOneFields",
)
"""Gets which page one fields have changed from the current version"""

SET_PAGE_ONE_FIELD_GROUPING = Operation(
    "SetPageOneFieldGrouping",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/SetPageOneFieldGrouping",
    params=(
        Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),
        Param("active", "Active", BOOL),
    ),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/SetPageOneFieldGrouping",
)
"""Sets the Page One Field grouping for a specific entity"""

SET_LIST_TABLE_ID_AND_UD_LIST_DEFINITION_ID_FROM_SELECTED_LIST_ID = Operation(
    "SetListTableIdAndUDListDefinitionIdFromSelectedListId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/SetListTableIdAndUDListDefinitionIdFromSelectedListId",
    params=(
        Param("info", "Info", USER_DEFINED_FIELD_INFO_CODEC, nillable=True),
        Param("selected_list_id", "SelectedListId", INT),
    ),
    results=(Param("response", "Response", USER_DEFINED_FIELD_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/SetListTableIdAndUDListDefinitionIdFromSelectedListId",
)
"""Make stuff similar to what happens in the win client"""

FIGURE_OUT_LIST_ID_FROM_LIST_TABLE_ID_AND_UD_LIST_DEFINITION_ID = Operation(
    "FigureOutListIdFromListTableIdAndUDListDefinitionId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/FigureOutListIdFromListTableIdAndUDListDefinitionId",
    params=(Param("info", "Info", USER_DEFINED_FIELD_INFO_CODEC, nillable=True),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/FigureOutListIdFromListTableIdAndUDListDefinitionId",
)
"""Kind of the reverse of SetListTableIdAndUDListDefinitionIdFromSelectedListId"""

SET_RANK_ON_FIELDS = Operation(
    "SetRankOnFields",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/SetRankOnFields",
    params=(
        Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),
        Param("ranked_fields_ids", "RankedFieldsIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/SetRankOnFields",
)
"""Change rank of user defined fields"""

SET_PUBLISH_START_SYSTEM_EVENT = Operation(
    "SetPublishStartSystemEvent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/SetPublishStartSystemEvent",
    params=(Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/SetPublishStartSystemEvent",
)
"""Set the start flag for udef publishing."""

CLEAR_CACHES = Operation(
    "ClearCaches",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/ClearCaches",
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/ClearCaches",
)
"""Clear all relevant caches."""

OPERATIONS: dict[str, Operation] = {
    "CreateDefaultUserDefinedFieldInfo": CREATE_DEFAULT_USER_DEFINED_FIELD_INFO,
    "SaveUserDefinedFieldInfo": SAVE_USER_DEFINED_FIELD_INFO,
    "DeleteUserDefinedFieldInfo": DELETE_USER_DEFINED_FIELD_INFO,
    "GetCustomFieldInfoList": GET_CUSTOM_FIELD_INFO_LIST,
    "GetCustomFieldInfo": GET_CUSTOM_FIELD_INFO,
    "GetUserDefinedFieldInfo": GET_USER_DEFINED_FIELD_INFO,
    "GetUserDefinedFieldList": GET_USER_DEFINED_FIELD_LIST,
    "GetPublishedUserDefinedFieldList": GET_PUBLISHED_USER_DEFINED_FIELD_LIST,
    "GetUserDefinedFieldFromFieldLabel": GET_USER_DEFINED_FIELD_FROM_FIELD_LABEL,
    "GetPublishedUserDefinedFieldFromFieldLabel": GET_PUBLISHED_USER_DEFINED_FIELD_FROM_FIELD_LABEL,
    "GetUserDefinedFieldFromProgId": GET_USER_DEFINED_FIELD_FROM_PROG_ID,
    "GetPublishedUserDefinedFieldFromProgId": GET_PUBLISHED_USER_DEFINED_FIELD_FROM_PROG_ID,
    "GetUserDefinedFieldFromIds": GET_USER_DEFINED_FIELD_FROM_IDS,
    "GetUserDefinedFieldFromProgIds": GET_USER_DEFINED_FIELD_FROM_PROG_IDS,
    "CreateUserDefinedFieldInfo": CREATE_USER_DEFINED_FIELD_INFO,
    "ChangeFieldType": CHANGE_FIELD_TYPE,
    "GetUserDefinedPageOneFields": GET_USER_DEFINED_PAGE_ONE_FIELDS,
    "GetPublishedUserDefinedPageOneFields": GET_PUBLISHED_USER_DEFINED_PAGE_ONE_FIELDS,
    "Publish": PUBLISH,
    "Revert": REVERT,
    "SaveUserDefinedFieldInfos": SAVE_USER_DEFINED_FIELD_INFOS,
    "DetectUnpublishedChanges": DETECT_UNPUBLISHED_CHANGES,
    "DetectColumnIdChanges": DETECT_COLUMN_ID_CHANGES,
    "SetUserDefinedPageOneField": SET_USER_DEFINED_PAGE_ONE_FIELD,
    "IsPublishEventActive": IS_PUBLISH_EVENT_ACTIVE,
    "IsAnyPublishEventActive": IS_ANY_PUBLISH_EVENT_ACTIVE,
    "GetChangedPageOneFields": GET_CHANGED_PAGE_ONE_FIELDS,
    "SetPageOneFieldGrouping": SET_PAGE_ONE_FIELD_GROUPING,
    "SetListTableIdAndUDListDefinitionIdFromSelectedListId": SET_LIST_TABLE_ID_AND_UD_LIST_DEFINITION_ID_FROM_SELECTED_LIST_ID,
    "FigureOutListIdFromListTableIdAndUDListDefinitionId": FIGURE_OUT_LIST_ID_FROM_LIST_TABLE_ID_AND_UD_LIST_DEFINITION_ID,
    "SetRankOnFields": SET_RANK_ON_FIELDS,
    "SetPublishStartSystemEvent": SET_PUBLISH_START_SYSTEM_EVENT,
    "ClearCaches": CLEAR_CACHES,
}
