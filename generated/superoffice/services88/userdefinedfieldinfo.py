"""Services88 UserDefinedFieldInfo agent (``Remote/Services88/UserDefinedFieldInfo.svc``).

``UserDefinedFieldInfoAgent`` and ``AsyncUserDefinedFieldInfoAgent`` call it over SOAP,
``UserDefinedFieldInfoRestAgent`` and ``AsyncUserDefinedFieldInfoRestAgent`` over REST; all
four share the same typed methods and dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import BOOL, INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.field_info_base import (
    FIELD_INFO_BASE_CODEC,
    LIST_OF_FIELD_INFO_BASE_CODEC,
    FieldInfoBase,
)
from .types.list_of_bool import LIST_OF_BOOL_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.u_def_field_type import U_DEF_FIELD_TYPE_CODEC, UDefFieldType
from .types.u_def_type import U_DEF_TYPE_CODEC, UDefType
from .types.user_defined_field_info import (
    LIST_OF_USER_DEFINED_FIELD_INFO_CODEC,
    USER_DEFINED_FIELD_INFO_CODEC,
    UserDefinedFieldInfo,
)

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_USER_DEFINED_FIELD_INFO: Operation[UserDefinedFieldInfo | None] = Operation(
    "CreateDefaultUserDefinedFieldInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/CreateDefaultUserDefinedFieldInfo",
    results=(Param("response", "Response", USER_DEFINED_FIELD_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/CreateDefaultUserDefinedFieldInfo",
    rest_select=False,
)

SAVE_USER_DEFINED_FIELD_INFO: Operation[UserDefinedFieldInfo | None] = Operation(
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
    rest_select=False,
)

DELETE_USER_DEFINED_FIELD_INFO: Operation[None] = Operation(
    "DeleteUserDefinedFieldInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/DeleteUserDefinedFieldInfo",
    params=(
        Param(
            "user_defined_field_info_id",
            "UserDefinedFieldInfoId",
            INT,
            query="userDefinedFieldInfoId",
        ),
    ),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/DeleteUserDefinedFieldInfo",
    rest_select=False,
)

GET_CUSTOM_FIELD_INFO_LIST: Operation[list[FieldInfoBase | None] | None] = Operation(
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

GET_CUSTOM_FIELD_INFO: Operation[FieldInfoBase | None] = Operation(
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

GET_USER_DEFINED_FIELD_INFO: Operation[UserDefinedFieldInfo | None] = Operation(
    "GetUserDefinedFieldInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/GetUserDefinedFieldInfo",
    params=(
        Param(
            "user_defined_field_info_id",
            "UserDefinedFieldInfoId",
            INT,
            query="userDefinedFieldInfoId",
        ),
    ),
    results=(Param("response", "Response", USER_DEFINED_FIELD_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/GetUserDefinedFieldInfo",
)

GET_USER_DEFINED_FIELD_LIST: Operation[list[UserDefinedFieldInfo | None] | None] = Operation(
    "GetUserDefinedFieldList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/GetUserDefinedFieldList",
    params=(Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),),
    results=(Param("response", "Response", LIST_OF_USER_DEFINED_FIELD_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/GetUserDefinedFieldList",
)

GET_PUBLISHED_USER_DEFINED_FIELD_LIST: Operation[list[UserDefinedFieldInfo | None] | None] = (
    Operation(
        "GetPublishedUserDefinedFieldList",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/GetPublishedUserDefinedFieldList",
        params=(Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),),
        results=(
            Param("response", "Response", LIST_OF_USER_DEFINED_FIELD_INFO_CODEC, nillable=True),
        ),
        rest_path="/api/v1/Agents/UserDefinedFieldInfo/GetPublishedUserDefinedFieldList",
    )
)

GET_USER_DEFINED_FIELD_FROM_FIELD_LABEL: Operation[UserDefinedFieldInfo | None] = Operation(
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

GET_PUBLISHED_USER_DEFINED_FIELD_FROM_FIELD_LABEL: Operation[UserDefinedFieldInfo | None] = (
    Operation(
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
)

GET_USER_DEFINED_FIELD_FROM_PROG_ID: Operation[UserDefinedFieldInfo | None] = Operation(
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

GET_PUBLISHED_USER_DEFINED_FIELD_FROM_PROG_ID: Operation[UserDefinedFieldInfo | None] = Operation(
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

GET_USER_DEFINED_FIELD_FROM_IDS: Operation[list[UserDefinedFieldInfo | None] | None] = Operation(
    "GetUserDefinedFieldFromIds",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/GetUserDefinedFieldFromIds",
    params=(Param("ids", "Ids", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_USER_DEFINED_FIELD_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/GetUserDefinedFieldFromIds",
)

GET_USER_DEFINED_FIELD_FROM_PROG_IDS: Operation[list[UserDefinedFieldInfo | None] | None] = (
    Operation(
        "GetUserDefinedFieldFromProgIds",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/GetUserDefinedFieldFromProgIds",
        params=(
            Param("prog_ids", "ProgIds", LIST_OF_STR_CODEC, nillable=True),
            Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),
        ),
        results=(
            Param("response", "Response", LIST_OF_USER_DEFINED_FIELD_INFO_CODEC, nillable=True),
        ),
        rest_path="/api/v1/Agents/UserDefinedFieldInfo/GetUserDefinedFieldFromProgIds",
    )
)

CREATE_USER_DEFINED_FIELD_INFO: Operation[UserDefinedFieldInfo | None] = Operation(
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

CHANGE_FIELD_TYPE: Operation[UserDefinedFieldInfo | None] = Operation(
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

GET_USER_DEFINED_PAGE_ONE_FIELDS: Operation[list[UserDefinedFieldInfo | None] | None] = Operation(
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

GET_PUBLISHED_USER_DEFINED_PAGE_ONE_FIELDS: Operation[list[UserDefinedFieldInfo | None] | None] = (
    Operation(
        "GetPublishedUserDefinedPageOneFields",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/GetPublishedUserDefinedPageOneFields",
        params=(
            Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),
            Param("user_group_id", "UserGroupId", INT),
        ),
        results=(
            Param("response", "Response", LIST_OF_USER_DEFINED_FIELD_INFO_CODEC, nillable=True),
        ),
        rest_path="/api/v1/Agents/UserDefinedFieldInfo/GetPublishedUserDefinedPageOneFields",
    )
)

PUBLISH: Operation[int | None] = Operation(
    "Publish",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/Publish",
    params=(Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/Publish",
)

REVERT: Operation[None] = Operation(
    "Revert",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/Revert",
    params=(Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/Revert",
)

SAVE_USER_DEFINED_FIELD_INFOS: Operation[None] = Operation(
    "SaveUserDefinedFieldInfos",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/SaveUserDefinedFieldInfos",
    params=(Param("infos", "Infos", LIST_OF_USER_DEFINED_FIELD_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/SaveUserDefinedFieldInfos",
)

DETECT_UNPUBLISHED_CHANGES: Operation[bool | None] = Operation(
    "DetectUnpublishedChanges",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/DetectUnpublishedChanges",
    params=(Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/DetectUnpublishedChanges",
)

DETECT_COLUMN_ID_CHANGES: Operation[bool | None] = Operation(
    "DetectColumnIdChanges",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/DetectColumnIdChanges",
    params=(Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/DetectColumnIdChanges",
)

SET_USER_DEFINED_PAGE_ONE_FIELD: Operation[None] = Operation(
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

IS_PUBLISH_EVENT_ACTIVE: Operation[bool | None] = Operation(
    "IsPublishEventActive",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/IsPublishEventActive",
    params=(Param("type", "Type", U_DEF_TYPE_CODEC),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/IsPublishEventActive",
)

IS_ANY_PUBLISH_EVENT_ACTIVE: Operation[bool | None] = Operation(
    "IsAnyPublishEventActive",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/IsAnyPublishEventActive",
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/IsAnyPublishEventActive",
)

GET_CHANGED_PAGE_ONE_FIELDS: Operation[list[bool] | None] = Operation(
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

SET_PAGE_ONE_FIELD_GROUPING: Operation[None] = Operation(
    "SetPageOneFieldGrouping",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/SetPageOneFieldGrouping",
    params=(
        Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),
        Param("active", "Active", BOOL),
    ),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/SetPageOneFieldGrouping",
)

SET_LIST_TABLE_ID_AND_UD_LIST_DEFINITION_ID_FROM_SELECTED_LIST_ID: Operation[
    UserDefinedFieldInfo | None
] = Operation(
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

FIGURE_OUT_LIST_ID_FROM_LIST_TABLE_ID_AND_UD_LIST_DEFINITION_ID: Operation[int | None] = Operation(
    "FigureOutListIdFromListTableIdAndUDListDefinitionId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/FigureOutListIdFromListTableIdAndUDListDefinitionId",
    params=(Param("info", "Info", USER_DEFINED_FIELD_INFO_CODEC, nillable=True),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/FigureOutListIdFromListTableIdAndUDListDefinitionId",
)

SET_RANK_ON_FIELDS: Operation[None] = Operation(
    "SetRankOnFields",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/SetRankOnFields",
    params=(
        Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),
        Param("ranked_fields_ids", "RankedFieldsIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/SetRankOnFields",
)

SET_PUBLISH_START_SYSTEM_EVENT: Operation[None] = Operation(
    "SetPublishStartSystemEvent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/SetPublishStartSystemEvent",
    params=(Param("owner_type", "OwnerType", U_DEF_TYPE_CODEC),),
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/SetPublishStartSystemEvent",
)

CLEAR_CACHES: Operation[None] = Operation(
    "ClearCaches",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/UserDefinedFieldInfo/ClearCaches",
    rest_path="/api/v1/Agents/UserDefinedFieldInfo/ClearCaches",
)

OPERATIONS: dict[str, Operation[Any]] = {
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


class UserDefinedFieldInfoMethods(SyncCalls):
    """The UserDefinedFieldInfo operations, called synchronously (SOAP or REST)."""

    def create_default_user_defined_field_info(self) -> UserDefinedFieldInfo | None:
        """Loading default values into a new UserDefinedFieldInfo.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_USER_DEFINED_FIELD_INFO, ())

    def save_user_defined_field_info(
        self, *, user_defined_field_info: UserDefinedFieldInfo | None | Unset = UNSET
    ) -> UserDefinedFieldInfo | None:
        """Updates the existing UserDefinedFieldInfo or creates a new UserDefinedFieldInfo if
        the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_USER_DEFINED_FIELD_INFO, (user_defined_field_info,))

    def delete_user_defined_field_info(
        self, *, user_defined_field_info_id: int | Unset = UNSET
    ) -> None:
        """Deletes the UserDefinedFieldInfo"""
        return self._call(DELETE_USER_DEFINED_FIELD_INFO, (user_defined_field_info_id,))

    def get_custom_field_info_list(
        self, *, table_name: str | None | Unset = UNSET, include_standard: bool | Unset = UNSET
    ) -> list[FieldInfoBase | None] | None:
        """Return information about all the custom fields (user-defined + extra) on a
        particular table

        Returns:
            The result.
        """
        return self._call(GET_CUSTOM_FIELD_INFO_LIST, (table_name, include_standard))

    def get_custom_field_info(
        self, *, table_name: str | None | Unset = UNSET, field_name: str | None | Unset = UNSET
    ) -> FieldInfoBase | None:
        """Return information about a particular custom field (user-defined + extra) on a
        particular table

        Returns:
            The result.
        """
        return self._call(GET_CUSTOM_FIELD_INFO, (table_name, field_name))

    def get_user_defined_field_info(
        self, *, user_defined_field_info_id: int | Unset = UNSET
    ) -> UserDefinedFieldInfo | None:
        """Gets a UserDefinedFieldInfo object.

        Returns:
            The result.
        """
        return self._call(GET_USER_DEFINED_FIELD_INFO, (user_defined_field_info_id,))

    def get_user_defined_field_list(
        self, *, owner_type: UDefType | str | Unset = UNSET
    ) -> list[UserDefinedFieldInfo | None] | None:
        """Return information about all the user defined fields on a particular owner type
        (project, contact, person, etc).

        Returns:
            The result.
        """
        return self._call(GET_USER_DEFINED_FIELD_LIST, (owner_type,))

    def get_published_user_defined_field_list(
        self, *, owner_type: UDefType | str | Unset = UNSET
    ) -> list[UserDefinedFieldInfo | None] | None:
        """Return information about all the user defined fields on a particular owner type
        (project, contact, person, etc).

        Returns:
            The result.
        """
        return self._call(GET_PUBLISHED_USER_DEFINED_FIELD_LIST, (owner_type,))

    def get_user_defined_field_from_field_label(
        self,
        *,
        field_label: str | None | Unset = UNSET,
        owner_type: UDefType | str | Unset = UNSET,
    ) -> UserDefinedFieldInfo | None:
        """Return information about the given user defined field identified by the owner and
        the field label.

        Returns:
            The result.
        """
        return self._call(GET_USER_DEFINED_FIELD_FROM_FIELD_LABEL, (field_label, owner_type))

    def get_published_user_defined_field_from_field_label(
        self,
        *,
        field_label: str | None | Unset = UNSET,
        owner_type: UDefType | str | Unset = UNSET,
    ) -> UserDefinedFieldInfo | None:
        """Return information about the given user defined field identified by the owner and
        the field label.

        Returns:
            The result.
        """
        return self._call(
            GET_PUBLISHED_USER_DEFINED_FIELD_FROM_FIELD_LABEL, (field_label, owner_type)
        )

    def get_user_defined_field_from_prog_id(
        self, *, prog_id: str | None | Unset = UNSET, owner_type: UDefType | str | Unset = UNSET
    ) -> UserDefinedFieldInfo | None:
        """Return information about the given user defined field identified by the owner and
        the prog-id.

        Returns:
            The result.
        """
        return self._call(GET_USER_DEFINED_FIELD_FROM_PROG_ID, (prog_id, owner_type))

    def get_published_user_defined_field_from_prog_id(
        self, *, prog_id: str | None | Unset = UNSET, owner_type: UDefType | str | Unset = UNSET
    ) -> UserDefinedFieldInfo | None:
        """Return information about the given user defined field identified by the owner and
        the prog-id.

        Returns:
            The result.
        """
        return self._call(GET_PUBLISHED_USER_DEFINED_FIELD_FROM_PROG_ID, (prog_id, owner_type))

    def get_user_defined_field_from_ids(
        self, *, ids: list[int] | None | Unset = UNSET
    ) -> list[UserDefinedFieldInfo | None] | None:
        """Return an given array of user defined field identified by the ids.

        Returns:
            The result.
        """
        return self._call(GET_USER_DEFINED_FIELD_FROM_IDS, (ids,))

    def get_user_defined_field_from_prog_ids(
        self,
        *,
        prog_ids: list[str | None] | None | Unset = UNSET,
        owner_type: UDefType | str | Unset = UNSET,
    ) -> list[UserDefinedFieldInfo | None] | None:
        """Return an given array user defined field identified by the owner and the prog-ids.

        Returns:
            The result.
        """
        return self._call(GET_USER_DEFINED_FIELD_FROM_PROG_IDS, (prog_ids, owner_type))

    def create_user_defined_field_info(
        self,
        *,
        owner_type: UDefType | str | Unset = UNSET,
        field_type: UDefFieldType | str | Unset = UNSET,
    ) -> UserDefinedFieldInfo | None:
        """Create a UserDefinedFieldInfo based on a owner-entity id

        Returns:
            The result.
        """
        return self._call(CREATE_USER_DEFINED_FIELD_INFO, (owner_type, field_type))

    def change_field_type(
        self,
        *,
        info: UserDefinedFieldInfo | None | Unset = UNSET,
        field_type: UDefFieldType | str | Unset = UNSET,
        is_indexed: bool | Unset = UNSET,
    ) -> UserDefinedFieldInfo | None:
        """Create a UserDefinedFieldInfo based on a owner-entity id

        Returns:
            The result.
        """
        return self._call(CHANGE_FIELD_TYPE, (info, field_type, is_indexed))

    def get_user_defined_page_one_fields(
        self, *, owner_type: UDefType | str | Unset = UNSET, user_group_id: int | Unset = UNSET
    ) -> list[UserDefinedFieldInfo | None] | None:
        """Get a list of page one fields for given Udef type and current user group

        Returns:
            The result.
        """
        return self._call(GET_USER_DEFINED_PAGE_ONE_FIELDS, (owner_type, user_group_id))

    def get_published_user_defined_page_one_fields(
        self, *, owner_type: UDefType | str | Unset = UNSET, user_group_id: int | Unset = UNSET
    ) -> list[UserDefinedFieldInfo | None] | None:
        """Get a list of page one fields for given Udef type and current user group

        Returns:
            The result.
        """
        return self._call(GET_PUBLISHED_USER_DEFINED_PAGE_ONE_FIELDS, (owner_type, user_group_id))

    def publish(self, *, owner_type: UDefType | str | Unset = UNSET) -> int | None:
        """Publish changed Udef fields for the given owner type

        Returns:
            The result.
        """
        return self._call(PUBLISH, (owner_type,))

    def revert(self, *, owner_type: UDefType | str | Unset = UNSET) -> None:
        """Revert changed Udef fields for the given owner type - all unpublished changes will
        be lost
        """
        return self._call(REVERT, (owner_type,))

    def save_user_defined_field_infos(
        self, *, infos: list[UserDefinedFieldInfo | None] | None | Unset = UNSET
    ) -> None:
        """Save an array of user defined fields."""
        return self._call(SAVE_USER_DEFINED_FIELD_INFOS, (infos,))

    def detect_unpublished_changes(
        self, *, owner_type: UDefType | str | Unset = UNSET
    ) -> bool | None:
        """Detect changes to the admin version (unpublished)

        Returns:
            The result.
        """
        return self._call(DETECT_UNPUBLISHED_CHANGES, (owner_type,))

    def detect_column_id_changes(
        self, *, owner_type: UDefType | str | Unset = UNSET
    ) -> bool | None:
        """Detect columnid changes to the admin version (for determining publish warning)

        Returns:
            The result.
        """
        return self._call(DETECT_COLUMN_ID_CHANGES, (owner_type,))

    def set_user_defined_page_one_field(
        self,
        *,
        owner_type: UDefType | str | Unset = UNSET,
        udef_field_id: int | Unset = UNSET,
        user_group_id: int | Unset = UNSET,
        field_line_no: int | Unset = UNSET,
    ) -> None:
        """Sets a user defined fields as page one field."""
        return self._call(
            SET_USER_DEFINED_PAGE_ONE_FIELD,
            (owner_type, udef_field_id, user_group_id, field_line_no),
        )

    def is_publish_event_active(self, *, type: UDefType | str | Unset = UNSET) -> bool | None:
        """Check if the publish event is active for the given type

        Returns:
            The result.
        """
        return self._call(IS_PUBLISH_EVENT_ACTIVE, (type,))

    def is_any_publish_event_active(self) -> bool | None:
        """Check if any publish events are active

        Returns:
            The result.
        """
        return self._call(IS_ANY_PUBLISH_EVENT_ACTIVE, ())

    def get_changed_page_one_fields(
        self, *, owner_type: UDefType | str | Unset = UNSET, user_group_id: int | Unset = UNSET
    ) -> list[bool] | None:
        """Gets which page one fields have changed from the current version

        Returns:
            The result.
        """
        return self._call(GET_CHANGED_PAGE_ONE_FIELDS, (owner_type, user_group_id))

    def set_page_one_field_grouping(
        self, *, owner_type: UDefType | str | Unset = UNSET, active: bool | Unset = UNSET
    ) -> None:
        """Sets the Page One Field grouping for a specific entity"""
        return self._call(SET_PAGE_ONE_FIELD_GROUPING, (owner_type, active))

    def set_list_table_id_and_ud_list_definition_id_from_selected_list_id(
        self,
        *,
        info: UserDefinedFieldInfo | None | Unset = UNSET,
        selected_list_id: int | Unset = UNSET,
    ) -> UserDefinedFieldInfo | None:
        """Make stuff similar to what happens in the win client

        Returns:
            The result.
        """
        return self._call(
            SET_LIST_TABLE_ID_AND_UD_LIST_DEFINITION_ID_FROM_SELECTED_LIST_ID,
            (info, selected_list_id),
        )

    def figure_out_list_id_from_list_table_id_and_ud_list_definition_id(
        self, *, info: UserDefinedFieldInfo | None | Unset = UNSET
    ) -> int | None:
        """Kind of the reverse of SetListTableIdAndUDListDefinitionIdFromSelectedListId

        Returns:
            The result.
        """
        return self._call(FIGURE_OUT_LIST_ID_FROM_LIST_TABLE_ID_AND_UD_LIST_DEFINITION_ID, (info,))

    def set_rank_on_fields(
        self,
        *,
        owner_type: UDefType | str | Unset = UNSET,
        ranked_fields_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Change rank of user defined fields"""
        return self._call(SET_RANK_ON_FIELDS, (owner_type, ranked_fields_ids))

    def set_publish_start_system_event(
        self, *, owner_type: UDefType | str | Unset = UNSET
    ) -> None:
        """Set the start flag for udef publishing."""
        return self._call(SET_PUBLISH_START_SYSTEM_EVENT, (owner_type,))

    def clear_caches(self) -> None:
        """Clear all relevant caches."""
        return self._call(CLEAR_CACHES, ())


class AsyncUserDefinedFieldInfoMethods(AsyncCalls):
    """The UserDefinedFieldInfo operations, called asynchronously (SOAP or REST)."""

    async def create_default_user_defined_field_info(self) -> UserDefinedFieldInfo | None:
        """Loading default values into a new UserDefinedFieldInfo.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_USER_DEFINED_FIELD_INFO, ())

    async def save_user_defined_field_info(
        self, *, user_defined_field_info: UserDefinedFieldInfo | None | Unset = UNSET
    ) -> UserDefinedFieldInfo | None:
        """Updates the existing UserDefinedFieldInfo or creates a new UserDefinedFieldInfo if
        the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_USER_DEFINED_FIELD_INFO, (user_defined_field_info,))

    async def delete_user_defined_field_info(
        self, *, user_defined_field_info_id: int | Unset = UNSET
    ) -> None:
        """Deletes the UserDefinedFieldInfo"""
        return await self._call(DELETE_USER_DEFINED_FIELD_INFO, (user_defined_field_info_id,))

    async def get_custom_field_info_list(
        self, *, table_name: str | None | Unset = UNSET, include_standard: bool | Unset = UNSET
    ) -> list[FieldInfoBase | None] | None:
        """Return information about all the custom fields (user-defined + extra) on a
        particular table

        Returns:
            The result.
        """
        return await self._call(GET_CUSTOM_FIELD_INFO_LIST, (table_name, include_standard))

    async def get_custom_field_info(
        self, *, table_name: str | None | Unset = UNSET, field_name: str | None | Unset = UNSET
    ) -> FieldInfoBase | None:
        """Return information about a particular custom field (user-defined + extra) on a
        particular table

        Returns:
            The result.
        """
        return await self._call(GET_CUSTOM_FIELD_INFO, (table_name, field_name))

    async def get_user_defined_field_info(
        self, *, user_defined_field_info_id: int | Unset = UNSET
    ) -> UserDefinedFieldInfo | None:
        """Gets a UserDefinedFieldInfo object.

        Returns:
            The result.
        """
        return await self._call(GET_USER_DEFINED_FIELD_INFO, (user_defined_field_info_id,))

    async def get_user_defined_field_list(
        self, *, owner_type: UDefType | str | Unset = UNSET
    ) -> list[UserDefinedFieldInfo | None] | None:
        """Return information about all the user defined fields on a particular owner type
        (project, contact, person, etc).

        Returns:
            The result.
        """
        return await self._call(GET_USER_DEFINED_FIELD_LIST, (owner_type,))

    async def get_published_user_defined_field_list(
        self, *, owner_type: UDefType | str | Unset = UNSET
    ) -> list[UserDefinedFieldInfo | None] | None:
        """Return information about all the user defined fields on a particular owner type
        (project, contact, person, etc).

        Returns:
            The result.
        """
        return await self._call(GET_PUBLISHED_USER_DEFINED_FIELD_LIST, (owner_type,))

    async def get_user_defined_field_from_field_label(
        self,
        *,
        field_label: str | None | Unset = UNSET,
        owner_type: UDefType | str | Unset = UNSET,
    ) -> UserDefinedFieldInfo | None:
        """Return information about the given user defined field identified by the owner and
        the field label.

        Returns:
            The result.
        """
        return await self._call(GET_USER_DEFINED_FIELD_FROM_FIELD_LABEL, (field_label, owner_type))

    async def get_published_user_defined_field_from_field_label(
        self,
        *,
        field_label: str | None | Unset = UNSET,
        owner_type: UDefType | str | Unset = UNSET,
    ) -> UserDefinedFieldInfo | None:
        """Return information about the given user defined field identified by the owner and
        the field label.

        Returns:
            The result.
        """
        return await self._call(
            GET_PUBLISHED_USER_DEFINED_FIELD_FROM_FIELD_LABEL, (field_label, owner_type)
        )

    async def get_user_defined_field_from_prog_id(
        self, *, prog_id: str | None | Unset = UNSET, owner_type: UDefType | str | Unset = UNSET
    ) -> UserDefinedFieldInfo | None:
        """Return information about the given user defined field identified by the owner and
        the prog-id.

        Returns:
            The result.
        """
        return await self._call(GET_USER_DEFINED_FIELD_FROM_PROG_ID, (prog_id, owner_type))

    async def get_published_user_defined_field_from_prog_id(
        self, *, prog_id: str | None | Unset = UNSET, owner_type: UDefType | str | Unset = UNSET
    ) -> UserDefinedFieldInfo | None:
        """Return information about the given user defined field identified by the owner and
        the prog-id.

        Returns:
            The result.
        """
        return await self._call(
            GET_PUBLISHED_USER_DEFINED_FIELD_FROM_PROG_ID, (prog_id, owner_type)
        )

    async def get_user_defined_field_from_ids(
        self, *, ids: list[int] | None | Unset = UNSET
    ) -> list[UserDefinedFieldInfo | None] | None:
        """Return an given array of user defined field identified by the ids.

        Returns:
            The result.
        """
        return await self._call(GET_USER_DEFINED_FIELD_FROM_IDS, (ids,))

    async def get_user_defined_field_from_prog_ids(
        self,
        *,
        prog_ids: list[str | None] | None | Unset = UNSET,
        owner_type: UDefType | str | Unset = UNSET,
    ) -> list[UserDefinedFieldInfo | None] | None:
        """Return an given array user defined field identified by the owner and the prog-ids.

        Returns:
            The result.
        """
        return await self._call(GET_USER_DEFINED_FIELD_FROM_PROG_IDS, (prog_ids, owner_type))

    async def create_user_defined_field_info(
        self,
        *,
        owner_type: UDefType | str | Unset = UNSET,
        field_type: UDefFieldType | str | Unset = UNSET,
    ) -> UserDefinedFieldInfo | None:
        """Create a UserDefinedFieldInfo based on a owner-entity id

        Returns:
            The result.
        """
        return await self._call(CREATE_USER_DEFINED_FIELD_INFO, (owner_type, field_type))

    async def change_field_type(
        self,
        *,
        info: UserDefinedFieldInfo | None | Unset = UNSET,
        field_type: UDefFieldType | str | Unset = UNSET,
        is_indexed: bool | Unset = UNSET,
    ) -> UserDefinedFieldInfo | None:
        """Create a UserDefinedFieldInfo based on a owner-entity id

        Returns:
            The result.
        """
        return await self._call(CHANGE_FIELD_TYPE, (info, field_type, is_indexed))

    async def get_user_defined_page_one_fields(
        self, *, owner_type: UDefType | str | Unset = UNSET, user_group_id: int | Unset = UNSET
    ) -> list[UserDefinedFieldInfo | None] | None:
        """Get a list of page one fields for given Udef type and current user group

        Returns:
            The result.
        """
        return await self._call(GET_USER_DEFINED_PAGE_ONE_FIELDS, (owner_type, user_group_id))

    async def get_published_user_defined_page_one_fields(
        self, *, owner_type: UDefType | str | Unset = UNSET, user_group_id: int | Unset = UNSET
    ) -> list[UserDefinedFieldInfo | None] | None:
        """Get a list of page one fields for given Udef type and current user group

        Returns:
            The result.
        """
        return await self._call(
            GET_PUBLISHED_USER_DEFINED_PAGE_ONE_FIELDS, (owner_type, user_group_id)
        )

    async def publish(self, *, owner_type: UDefType | str | Unset = UNSET) -> int | None:
        """Publish changed Udef fields for the given owner type

        Returns:
            The result.
        """
        return await self._call(PUBLISH, (owner_type,))

    async def revert(self, *, owner_type: UDefType | str | Unset = UNSET) -> None:
        """Revert changed Udef fields for the given owner type - all unpublished changes will
        be lost
        """
        return await self._call(REVERT, (owner_type,))

    async def save_user_defined_field_infos(
        self, *, infos: list[UserDefinedFieldInfo | None] | None | Unset = UNSET
    ) -> None:
        """Save an array of user defined fields."""
        return await self._call(SAVE_USER_DEFINED_FIELD_INFOS, (infos,))

    async def detect_unpublished_changes(
        self, *, owner_type: UDefType | str | Unset = UNSET
    ) -> bool | None:
        """Detect changes to the admin version (unpublished)

        Returns:
            The result.
        """
        return await self._call(DETECT_UNPUBLISHED_CHANGES, (owner_type,))

    async def detect_column_id_changes(
        self, *, owner_type: UDefType | str | Unset = UNSET
    ) -> bool | None:
        """Detect columnid changes to the admin version (for determining publish warning)

        Returns:
            The result.
        """
        return await self._call(DETECT_COLUMN_ID_CHANGES, (owner_type,))

    async def set_user_defined_page_one_field(
        self,
        *,
        owner_type: UDefType | str | Unset = UNSET,
        udef_field_id: int | Unset = UNSET,
        user_group_id: int | Unset = UNSET,
        field_line_no: int | Unset = UNSET,
    ) -> None:
        """Sets a user defined fields as page one field."""
        return await self._call(
            SET_USER_DEFINED_PAGE_ONE_FIELD,
            (owner_type, udef_field_id, user_group_id, field_line_no),
        )

    async def is_publish_event_active(
        self, *, type: UDefType | str | Unset = UNSET
    ) -> bool | None:
        """Check if the publish event is active for the given type

        Returns:
            The result.
        """
        return await self._call(IS_PUBLISH_EVENT_ACTIVE, (type,))

    async def is_any_publish_event_active(self) -> bool | None:
        """Check if any publish events are active

        Returns:
            The result.
        """
        return await self._call(IS_ANY_PUBLISH_EVENT_ACTIVE, ())

    async def get_changed_page_one_fields(
        self, *, owner_type: UDefType | str | Unset = UNSET, user_group_id: int | Unset = UNSET
    ) -> list[bool] | None:
        """Gets which page one fields have changed from the current version

        Returns:
            The result.
        """
        return await self._call(GET_CHANGED_PAGE_ONE_FIELDS, (owner_type, user_group_id))

    async def set_page_one_field_grouping(
        self, *, owner_type: UDefType | str | Unset = UNSET, active: bool | Unset = UNSET
    ) -> None:
        """Sets the Page One Field grouping for a specific entity"""
        return await self._call(SET_PAGE_ONE_FIELD_GROUPING, (owner_type, active))

    async def set_list_table_id_and_ud_list_definition_id_from_selected_list_id(
        self,
        *,
        info: UserDefinedFieldInfo | None | Unset = UNSET,
        selected_list_id: int | Unset = UNSET,
    ) -> UserDefinedFieldInfo | None:
        """Make stuff similar to what happens in the win client

        Returns:
            The result.
        """
        return await self._call(
            SET_LIST_TABLE_ID_AND_UD_LIST_DEFINITION_ID_FROM_SELECTED_LIST_ID,
            (info, selected_list_id),
        )

    async def figure_out_list_id_from_list_table_id_and_ud_list_definition_id(
        self, *, info: UserDefinedFieldInfo | None | Unset = UNSET
    ) -> int | None:
        """Kind of the reverse of SetListTableIdAndUDListDefinitionIdFromSelectedListId

        Returns:
            The result.
        """
        return await self._call(
            FIGURE_OUT_LIST_ID_FROM_LIST_TABLE_ID_AND_UD_LIST_DEFINITION_ID, (info,)
        )

    async def set_rank_on_fields(
        self,
        *,
        owner_type: UDefType | str | Unset = UNSET,
        ranked_fields_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Change rank of user defined fields"""
        return await self._call(SET_RANK_ON_FIELDS, (owner_type, ranked_fields_ids))

    async def set_publish_start_system_event(
        self, *, owner_type: UDefType | str | Unset = UNSET
    ) -> None:
        """Set the start flag for udef publishing."""
        return await self._call(SET_PUBLISH_START_SYSTEM_EVENT, (owner_type,))

    async def clear_caches(self) -> None:
        """Clear all relevant caches."""
        return await self._call(CLEAR_CACHES, ())


class UserDefinedFieldInfoAgent(UserDefinedFieldInfoMethods, SoapCaller):
    """UserDefinedFieldInfo over SOAP 1.1 (``Remote/Services88/UserDefinedFieldInfo.svc``), synchronous."""

    _PATH = "Remote/Services88/UserDefinedFieldInfo.svc"
    _HEADERS = HEADERS


class AsyncUserDefinedFieldInfoAgent(AsyncUserDefinedFieldInfoMethods, AsyncSoapCaller):
    """UserDefinedFieldInfo over SOAP 1.1 (``Remote/Services88/UserDefinedFieldInfo.svc``), asynchronous."""

    _PATH = "Remote/Services88/UserDefinedFieldInfo.svc"
    _HEADERS = HEADERS


class UserDefinedFieldInfoRestAgent(UserDefinedFieldInfoMethods, RestCaller):
    """UserDefinedFieldInfo over REST (``/api/v1/Agents/UserDefinedFieldInfo/...``), synchronous."""


class AsyncUserDefinedFieldInfoRestAgent(AsyncUserDefinedFieldInfoMethods, AsyncRestCaller):
    """UserDefinedFieldInfo over REST (``/api/v1/Agents/UserDefinedFieldInfo/...``), asynchronous."""
