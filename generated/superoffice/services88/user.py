"""Services88 User agent (``Remote/Services88/User.svc``).

``UserAgent`` and ``AsyncUserAgent`` call it over SOAP, ``UserRestAgent`` and
``AsyncUserRestAgent`` over REST; all four share the same typed methods and dataclasses.
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
from .types.access_gateway_info import ACCESS_GATEWAY_INFO_CODEC, AccessGatewayInfo
from .types.change_password_type import LIST_OF_CHANGE_PASSWORD_TYPE_CODEC, ChangePasswordType
from .types.command_action_result import COMMAND_ACTION_RESULT_CODEC, CommandActionResult
from .types.command_result import COMMAND_RESULT_CODEC, CommandResult
from .types.credential import CREDENTIAL_CODEC, Credential
from .types.credential_type import LIST_OF_CREDENTIAL_TYPE_CODEC, CredentialType
from .types.credentials_group import LIST_OF_CREDENTIALS_GROUP_CODEC, CredentialsGroup
from .types.credentials_group_users import CREDENTIALS_GROUP_USERS_CODEC, CredentialsGroupUsers
from .types.custom_command import LIST_OF_CUSTOM_COMMAND_CODEC, CustomCommand
from .types.external_user_info_modification import (
    EXTERNAL_USER_INFO_MODIFICATION_CODEC,
    ExternalUserInfoModification,
)
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_mdo_list_item import LIST_OF_MDO_LIST_ITEM_CODEC, MDOListItem
from .types.list_of_selectable_mdo_list_item import (
    LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC,
    SelectableMDOListItem,
)
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.operation_result import OPERATION_RESULT_CODEC, OperationResult
from .types.resolved_user import RESOLVED_USER_CODEC, ResolvedUser
from .types.role import ROLE_CODEC, Role
from .types.role_entity import ROLE_ENTITY_CODEC, RoleEntity
from .types.role_relation_to_owner import ROLE_RELATION_TO_OWNER_CODEC, RoleRelationToOwner
from .types.role_type import ROLE_TYPE_CODEC, RoleType
from .types.service_auth import SERVICE_AUTH_CODEC, ServiceAuth
from .types.string_dictionary import STRING_DICTIONARY_CODEC
from .types.token_management_info import TOKEN_MANAGEMENT_INFO_CODEC, TokenManagementInfo
from .types.untrusted_credentials import (
    LIST_OF_UNTRUSTED_CREDENTIALS_CODEC,
    UNTRUSTED_CREDENTIALS_CODEC,
    UntrustedCredentials,
)
from .types.user import LIST_OF_USER_CODEC, USER_CODEC, User
from .types.user_group import LIST_OF_USER_GROUP_CODEC, USER_GROUP_CODEC, UserGroup
from .types.user_info import LIST_OF_USER_INFO_CODEC, USER_INFO_CODEC, UserInfo
from .types.user_presence_status import USER_PRESENCE_STATUS_CODEC, UserPresenceStatus
from .types.user_type import USER_TYPE_CODEC, UserType
from .types.user_validation_result import USER_VALIDATION_RESULT_CODEC, UserValidationResult

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

VALIDATE_USER: Operation[dict[str, str | None] | None] = Operation(
    "ValidateUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/ValidateUser",
    params=(Param("user", "User", USER_CODEC, nillable=True),),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/ValidateUser",
)

GET_USER_PRESENCE_STATUS: Operation[UserPresenceStatus | None] = Operation(
    "GetUserPresenceStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetUserPresenceStatus",
    params=(Param("associate_id", "AssociateId", INT),),
    results=(Param("response", "Response", USER_PRESENCE_STATUS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetUserPresenceStatus",
)

SET_USER_PRESENCE_STATUS: Operation[UserPresenceStatus | None] = Operation(
    "SetUserPresenceStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SetUserPresenceStatus",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param(
            "user_presence_status", "UserPresenceStatus", USER_PRESENCE_STATUS_CODEC, nillable=True
        ),
    ),
    results=(Param("response", "Response", USER_PRESENCE_STATUS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/SetUserPresenceStatus",
)

GET_USER_GROUP: Operation[UserGroup | None] = Operation(
    "GetUserGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetUserGroup",
    params=(Param("user_group_id", "UserGroupId", INT, query="userGroupId"),),
    results=(Param("response", "Response", USER_GROUP_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetUserGroup",
)

SAVE_USER_GROUP: Operation[UserGroup | None] = Operation(
    "SaveUserGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SaveUserGroup",
    params=(Param("user_group", "UserGroup", USER_GROUP_CODEC, nillable=True),),
    results=(Param("response", "Response", USER_GROUP_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/SaveUserGroup",
)

GET_ALL_USER_GROUPS: Operation[list[UserGroup | None] | None] = Operation(
    "GetAllUserGroups",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetAllUserGroups",
    params=(Param("include_deleted", "IncludeDeleted", BOOL),),
    results=(Param("response", "Response", LIST_OF_USER_GROUP_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetAllUserGroups",
)

CREATE_USER_GROUP: Operation[UserGroup | None] = Operation(
    "CreateUserGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/CreateUserGroup",
    results=(Param("response", "Response", USER_GROUP_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/CreateUserGroup",
)

DELETE_USER_GROUP: Operation[None] = Operation(
    "DeleteUserGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/DeleteUserGroup",
    params=(
        Param("user_group_to_delete", "UserGroupToDelete", INT),
        Param("user_group_to_move_to", "UserGroupToMoveTo", INT),
    ),
    rest_path="/api/v1/Agents/User/DeleteUserGroup",
)

GET_USER_GROUP_LIST: Operation[list[UserGroup | None] | None] = Operation(
    "GetUserGroupList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetUserGroupList",
    params=(Param("user_group_ids", "UserGroupIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_USER_GROUP_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetUserGroupList",
    rest_body="user_group_ids",
)

GET_USER_INFO: Operation[UserInfo | None] = Operation(
    "GetUserInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetUserInfo",
    params=(Param("user_info_id", "UserInfoId", INT, query="userInfoId"),),
    results=(Param("response", "Response", USER_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetUserInfo",
)

GET_USER_INFO_LIST: Operation[list[UserInfo | None] | None] = Operation(
    "GetUserInfoList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetUserInfoList",
    params=(Param("user_info_ids", "UserInfoIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_USER_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetUserInfoList",
    rest_body="user_info_ids",
)

CREATE_DEFAULT_ROLE_ENTITY: Operation[RoleEntity | None] = Operation(
    "CreateDefaultRoleEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/CreateDefaultRoleEntity",
    results=(Param("response", "Response", ROLE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/CreateDefaultRoleEntity",
    rest_select=False,
)

SAVE_ROLE_ENTITY: Operation[RoleEntity | None] = Operation(
    "SaveRoleEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SaveRoleEntity",
    params=(Param("role_entity", "RoleEntity", ROLE_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", ROLE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/SaveRoleEntity",
    rest_body="role_entity",
    rest_select=False,
)

CREATE_DEFAULT_SERVICE_AUTH: Operation[ServiceAuth | None] = Operation(
    "CreateDefaultServiceAuth",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/CreateDefaultServiceAuth",
    results=(Param("response", "Response", SERVICE_AUTH_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/CreateDefaultServiceAuth",
    rest_select=False,
)

SAVE_SERVICE_AUTH: Operation[ServiceAuth | None] = Operation(
    "SaveServiceAuth",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SaveServiceAuth",
    params=(Param("service_auth", "ServiceAuth", SERVICE_AUTH_CODEC, nillable=True),),
    results=(Param("response", "Response", SERVICE_AUTH_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/SaveServiceAuth",
    rest_body="service_auth",
    rest_select=False,
)

DELETE_SERVICE_AUTH: Operation[None] = Operation(
    "DeleteServiceAuth",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/DeleteServiceAuth",
    params=(Param("service_auth_id", "ServiceAuthId", INT, query="serviceAuthId"),),
    rest_path="/api/v1/Agents/User/DeleteServiceAuth",
    rest_select=False,
)

CREATE_DEFAULT_UNTRUSTED_CREDENTIALS: Operation[UntrustedCredentials | None] = Operation(
    "CreateDefaultUntrustedCredentials",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/CreateDefaultUntrustedCredentials",
    results=(Param("response", "Response", UNTRUSTED_CREDENTIALS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/CreateDefaultUntrustedCredentials",
    rest_select=False,
)

CREATE_DEFAULT_USER: Operation[User | None] = Operation(
    "CreateDefaultUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/CreateDefaultUser",
    results=(Param("response", "Response", USER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/CreateDefaultUser",
    rest_select=False,
)

SAVE_USER: Operation[User | None] = Operation(
    "SaveUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SaveUser",
    params=(Param("user", "User", USER_CODEC, nillable=True),),
    results=(Param("response", "Response", USER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/SaveUser",
    rest_body="user",
    rest_select=False,
)

GET_USER_COMMANDS: Operation[list[CustomCommand | None] | None] = Operation(
    "GetUserCommands",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetUserCommands",
    params=(Param("user", "User", USER_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_CUSTOM_COMMAND_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetUserCommands",
    rest_body="user",
)

EXECUTE_USER_COMMAND: Operation[CommandResult | None] = Operation(
    "ExecuteUserCommand",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/ExecuteUserCommand",
    params=(
        Param("command_name", "CommandName", STR, nillable=True),
        Param(
            "command_action_result",
            "CommandActionResult",
            COMMAND_ACTION_RESULT_CODEC,
            json="ActionResult",
        ),
        Param("user", "User", USER_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", COMMAND_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/ExecuteUserCommand",
    rest_select=False,
)

DELETE_USER: Operation[None] = Operation(
    "DeleteUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/DeleteUser",
    params=(Param("user_id", "UserId", INT, query="userId"),),
    rest_path="/api/v1/Agents/User/DeleteUser",
    rest_select=False,
)

GET_ACCESS_GATEWAY_INFO: Operation[AccessGatewayInfo | None] = Operation(
    "GetAccessGatewayInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetAccessGatewayInfo",
    results=(Param("response", "Response", ACCESS_GATEWAY_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetAccessGatewayInfo",
)

GET_OR_REGISTER_ACCESS_GATEWAY_INFO: Operation[AccessGatewayInfo | None] = Operation(
    "GetOrRegisterAccessGatewayInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetOrRegisterAccessGatewayInfo",
    params=(Param("redirect_uri", "RedirectUri", STR, nillable=True),),
    results=(Param("response", "Response", ACCESS_GATEWAY_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetOrRegisterAccessGatewayInfo",
)

REGISTER_WITH_ACCESS_GATEWAY: Operation[AccessGatewayInfo | None] = Operation(
    "RegisterWithAccessGateway",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/RegisterWithAccessGateway",
    params=(Param("redirect_uri", "RedirectUri", STR, nillable=True),),
    results=(Param("response", "Response", ACCESS_GATEWAY_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/RegisterWithAccessGateway",
)

CHECK_ACCESS_GATEWAY_REGISTRATION: Operation[bool | None] = Operation(
    "CheckAccessGatewayRegistration",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/CheckAccessGatewayRegistration",
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/User/CheckAccessGatewayRegistration",
)

SAVE_CREDENTIAL: Operation[bool | None] = Operation(
    "SaveCredential",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SaveCredential",
    params=(
        Param("user_id", "UserId", INT),
        Param("credential", "Credential", CREDENTIAL_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/User/SaveCredential",
)

DELETE_CREDENTIAL: Operation[bool | None] = Operation(
    "DeleteCredential",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/DeleteCredential",
    params=(
        Param("user_id", "UserId", INT),
        Param("credential_type", "CredentialType", STR, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/User/DeleteCredential",
)

FIND_CREDENTIALS_GROUPS: Operation[list[CredentialsGroup | None] | None] = Operation(
    "FindCredentialsGroups",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/FindCredentialsGroups",
    params=(
        Param("type", "Type", STR, nillable=True),
        Param("search_string", "SearchString", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_CREDENTIALS_GROUP_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/FindCredentialsGroups",
)

FIND_CREDENTIAL_USERS: Operation[CredentialsGroupUsers | None] = Operation(
    "FindCredentialUsers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/FindCredentialUsers",
    params=(
        Param("type", "Type", STR, nillable=True),
        Param("search_string", "SearchString", STR, nillable=True),
    ),
    results=(Param("response", "Response", CREDENTIALS_GROUP_USERS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/FindCredentialUsers",
)

GET_CREDENTIAL_USERS_IN_GROUP: Operation[CredentialsGroupUsers | None] = Operation(
    "GetCredentialUsersInGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetCredentialUsersInGroup",
    params=(
        Param("type", "Type", STR, nillable=True),
        Param("group_name", "GroupName", STR, nillable=True),
    ),
    results=(Param("response", "Response", CREDENTIALS_GROUP_USERS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetCredentialUsersInGroup",
)

GET_ROLE: Operation[Role | None] = Operation(
    "GetRole",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetRole",
    params=(Param("role_id", "RoleId", INT, query="roleId"),),
    results=(Param("response", "Response", ROLE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetRole",
)

GET_ROLE_ENTITY: Operation[RoleEntity | None] = Operation(
    "GetRoleEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetRoleEntity",
    params=(Param("role_entity_id", "RoleEntityId", INT, query="roleEntityId"),),
    results=(Param("response", "Response", ROLE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetRoleEntity",
)

DELETE_ROLE: Operation[None] = Operation(
    "DeleteRole",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/DeleteRole",
    params=(
        Param("role_id_to_delete", "RoleIdToDelete", INT),
        Param("replacing_role_id", "ReplacingRoleId", INT),
    ),
    rest_path="/api/v1/Agents/User/DeleteRole",
)

GET_ALL_ROLES: Operation[list[SelectableMDOListItem | None] | None] = Operation(
    "GetAllRoles",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetAllRoles",
    params=(Param("role_type", "RoleType", ROLE_TYPE_CODEC),),
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/User/GetAllRoles",
)

GET_ALL_FUNCTIONAL_RIGHTS: Operation[list[SelectableMDOListItem | None] | None] = Operation(
    "GetAllFunctionalRights",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetAllFunctionalRights",
    params=(Param("role_type", "RoleType", ROLE_TYPE_CODEC),),
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/User/GetAllFunctionalRights",
)

GET_ALL_DATA_RIGHTS: Operation[dict[str, str | None] | None] = Operation(
    "GetAllDataRights",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetAllDataRights",
    params=(
        Param("role_id", "RoleId", INT),
        Param("relation_to_owner", "RelationToOwner", ROLE_RELATION_TO_OWNER_CODEC),
    ),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetAllDataRights",
)

GET_FUNCTIONAL_RIGHTS: Operation[list[SelectableMDOListItem | None] | None] = Operation(
    "GetFunctionalRights",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetFunctionalRights",
    params=(Param("role_id", "RoleId", INT),),
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/User/GetFunctionalRights",
)

SET_FUNCTIONAL_RIGHTS: Operation[None] = Operation(
    "SetFunctionalRights",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SetFunctionalRights",
    params=(
        Param("role_id", "RoleId", INT),
        Param("functional_right_ids", "FunctionalRightIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/User/SetFunctionalRights",
)

SET_DATA_RIGHT: Operation[None] = Operation(
    "SetDataRight",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SetDataRight",
    params=(
        Param("role_id", "RoleId", INT),
        Param("table_name", "TableName", STR, nillable=True),
        Param("relation_to_owner", "RelationToOwner", ROLE_RELATION_TO_OWNER_CODEC),
        Param("data_right_value", "DataRightValue", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/User/SetDataRight",
)

GET_DATA_RIGHT: Operation[str | None] = Operation(
    "GetDataRight",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetDataRight",
    params=(
        Param("role_id", "RoleId", INT),
        Param("table_name", "TableName", STR, nillable=True),
        Param("relation_to_owner", "RelationToOwner", ROLE_RELATION_TO_OWNER_CODEC),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/User/GetDataRight",
)

GET_DATA_RIGHTS: Operation[dict[str, str | None] | None] = Operation(
    "GetDataRights",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetDataRights",
    params=(
        Param("role_id", "RoleId", INT),
        Param("table_name", "TableName", STR, nillable=True),
    ),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetDataRights",
)

CREATE_DEFAULT_ROLE_ENTITY_FROM_TYPE: Operation[RoleEntity | None] = Operation(
    "CreateDefaultRoleEntityFromType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/CreateDefaultRoleEntityFromType",
    params=(Param("type", "Type", ROLE_TYPE_CODEC),),
    results=(Param("response", "Response", ROLE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/CreateDefaultRoleEntityFromType",
)

FIND_ROLES_WITH_FUNCTIONAL_RIGHT: Operation[list[MDOListItem | None] | None] = Operation(
    "FindRolesWithFunctionalRight",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/FindRolesWithFunctionalRight",
    params=(Param("functional_right_name", "FunctionalRightName", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_MDO_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/FindRolesWithFunctionalRight",
)

FIND_ROLES_WITH_FUNCTIONAL_RIGHTS: Operation[list[int] | None] = Operation(
    "FindRolesWithFunctionalRights",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/FindRolesWithFunctionalRights",
    params=(
        Param("functional_right_names", "FunctionalRightNames", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/FindRolesWithFunctionalRights",
)

FIND_ROLES_WITHOUT_FUNCTIONAL_RIGHTS: Operation[list[int] | None] = Operation(
    "FindRolesWithoutFunctionalRights",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/FindRolesWithoutFunctionalRights",
    params=(
        Param("functional_right_names", "FunctionalRightNames", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/FindRolesWithoutFunctionalRights",
)

GET_SERVICE_AUTH: Operation[ServiceAuth | None] = Operation(
    "GetServiceAuth",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetServiceAuth",
    params=(Param("service_auth_id", "ServiceAuthId", INT, query="serviceAuthId"),),
    results=(Param("response", "Response", SERVICE_AUTH_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetServiceAuth",
)

SAVE_EXTERNAL_TOKENS: Operation[str | None] = Operation(
    "SaveExternalTokens",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SaveExternalTokens",
    params=(
        Param(
            "token_management_info",
            "TokenManagementInfo",
            TOKEN_MANAGEMENT_INFO_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/User/SaveExternalTokens",
)

DECRYPT_AND_SAVE_EXTERNAL_TOKENS: Operation[str | None] = Operation(
    "DecryptAndSaveExternalTokens",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/DecryptAndSaveExternalTokens",
    params=(
        Param(
            "token_management_info",
            "TokenManagementInfo",
            TOKEN_MANAGEMENT_INFO_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/User/DecryptAndSaveExternalTokens",
)

GET_EXTERNAL_TOKENS: Operation[TokenManagementInfo | None] = Operation(
    "GetExternalTokens",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetExternalTokens",
    params=(Param("key", "Key", STR, nillable=True),),
    results=(Param("response", "Response", TOKEN_MANAGEMENT_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetExternalTokens",
)

GET_USER: Operation[User | None] = Operation(
    "GetUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetUser",
    params=(Param("user_id", "UserId", INT, query="userId"),),
    results=(Param("response", "Response", USER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetUser",
)

GET_USER_FROM_NAME: Operation[User | None] = Operation(
    "GetUserFromName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetUserFromName",
    params=(Param("user_name", "UserName", STR, nillable=True),),
    results=(Param("response", "Response", USER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetUserFromName",
)

SAVE_USER_FROM_NAME: Operation[User | None] = Operation(
    "SaveUserFromName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SaveUserFromName",
    params=(
        Param("user_name", "UserName", STR, nillable=True),
        Param("user", "User", USER_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", USER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/SaveUserFromName",
)

DELETE_USER_FROM_NAME: Operation[None] = Operation(
    "DeleteUserFromName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/DeleteUserFromName",
    params=(Param("user_name", "UserName", STR, nillable=True),),
    rest_path="/api/v1/Agents/User/DeleteUserFromName",
)

GET_CREDENTIAL_TYPES: Operation[list[CredentialType | None] | None] = Operation(
    "GetCredentialTypes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetCredentialTypes",
    results=(Param("response", "Response", LIST_OF_CREDENTIAL_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetCredentialTypes",
)

GET_CREDENTIAL_TYPES_FOR_USER_TYPE: Operation[list[CredentialType | None] | None] = Operation(
    "GetCredentialTypesForUserType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetCredentialTypesForUserType",
    params=(Param("user_type", "UserType", USER_TYPE_CODEC),),
    results=(Param("response", "Response", LIST_OF_CREDENTIAL_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetCredentialTypesForUserType",
)

SAVE_UNTRUSTED_CREDENTIALS: Operation[None] = Operation(
    "SaveUntrustedCredentials",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SaveUntrustedCredentials",
    params=(
        Param("type", "Type", STR, nillable=True),
        Param("credentials", "Credentials", UNTRUSTED_CREDENTIALS_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/User/SaveUntrustedCredentials",
)

GET_UNTRUSTED_CREDENTIALS: Operation[list[UntrustedCredentials | None] | None] = Operation(
    "GetUntrustedCredentials",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetUntrustedCredentials",
    params=(Param("type", "Type", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_UNTRUSTED_CREDENTIALS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetUntrustedCredentials",
)

GET_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE: Operation[list[UntrustedCredentials | None] | None] = (
    Operation(
        "GetUntrustedCredentialsForAssociate",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetUntrustedCredentialsForAssociate",
        params=(
            Param("associate_id", "AssociateId", INT),
            Param("type", "Type", STR, nillable=True),
        ),
        results=(
            Param("response", "Response", LIST_OF_UNTRUSTED_CREDENTIALS_CODEC, nillable=True),
        ),
        rest_path="/api/v1/Agents/User/GetUntrustedCredentialsForAssociate",
    )
)

SAVE_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE: Operation[None] = Operation(
    "SaveUntrustedCredentialsForAssociate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SaveUntrustedCredentialsForAssociate",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param("type", "Type", STR, nillable=True),
        Param("credentials", "Credentials", UNTRUSTED_CREDENTIALS_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/User/SaveUntrustedCredentialsForAssociate",
)

REMOVE_UNTRUSTED_CREDENTIALS: Operation[None] = Operation(
    "RemoveUntrustedCredentials",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/RemoveUntrustedCredentials",
    params=(
        Param("type", "Type", STR, nillable=True),
        Param("public_value", "PublicValue", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/User/RemoveUntrustedCredentials",
)

REMOVE_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE: Operation[None] = Operation(
    "RemoveUntrustedCredentialsForAssociate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/RemoveUntrustedCredentialsForAssociate",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param("type", "Type", STR, nillable=True),
        Param("public_value", "PublicValue", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/User/RemoveUntrustedCredentialsForAssociate",
)

CREATE_EXTERNAL_USER: Operation[int | None] = Operation(
    "CreateExternalUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/CreateExternalUser",
    params=(
        Param("person_id", "PersonId", INT),
        Param("user_name", "UserName", STR, nillable=True),
        Param("password", "Password", STR, nillable=True),
        Param("role_id", "RoleId", INT),
        Param("is_active", "IsActive", BOOL),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/User/CreateExternalUser",
)

DELETE_EXTERNAL_USER: Operation[None] = Operation(
    "DeleteExternalUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/DeleteExternalUser",
    params=(Param("associate_id", "AssociateId", INT),),
    rest_path="/api/v1/Agents/User/DeleteExternalUser",
)

SET_EXTERNAL_USER_INFO: Operation[None] = Operation(
    "SetExternalUserInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SetExternalUserInfo",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param("user_name", "UserName", STR, nillable=True),
        Param("password", "Password", STR, nillable=True),
        Param("is_active", "IsActive", BOOL),
        Param("role_id", "RoleId", INT),
        Param(
            "external_user_info_modification",
            "ExternalUserInfoModification",
            EXTERNAL_USER_INFO_MODIFICATION_CODEC,
        ),
    ),
    rest_path="/api/v1/Agents/User/SetExternalUserInfo",
)

GENERATE_NEW_PASSWORD_FOR_EXTERNAL_USER: Operation[str | None] = Operation(
    "GenerateNewPasswordForExternalUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GenerateNewPasswordForExternalUser",
    params=(Param("associate_name", "AssociateName", STR, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/User/GenerateNewPasswordForExternalUser",
)

CAN_CHANGE_PASSWORD: Operation[bool | None] = Operation(
    "CanChangePassword",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/CanChangePassword",
    params=(Param("associate_id", "AssociateId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/User/CanChangePassword",
)

GET_SUPPORTED_CHANGE_PASSWORD_TYPES: Operation[list[ChangePasswordType | str] | None] = Operation(
    "GetSupportedChangePasswordTypes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetSupportedChangePasswordTypes",
    params=(Param("associate_id", "AssociateId", INT),),
    results=(Param("response", "Response", LIST_OF_CHANGE_PASSWORD_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetSupportedChangePasswordTypes",
)

CHANGE_PASSWORD: Operation[bool | None] = Operation(
    "ChangePassword",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/ChangePassword",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param("old_password", "OldPassword", STR, nillable=True),
        Param("new_password", "NewPassword", STR, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/User/ChangePassword",
)

SEND_CHANGE_PASSWORD_E_MAIL: Operation[OperationResult | None] = Operation(
    "SendChangePasswordEMail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SendChangePasswordEMail",
    params=(Param("associate_id", "AssociateId", INT),),
    results=(Param("response", "Response", OPERATION_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/SendChangePasswordEMail",
)

GET_USER_FROM_PERSON_ID: Operation[list[User | None] | None] = Operation(
    "GetUserFromPersonId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetUserFromPersonId",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", LIST_OF_USER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetUserFromPersonId",
)

CREATE_DEFAULT_USER_FROM_USER_TYPE_AND_PERSON_ID: Operation[User | None] = Operation(
    "CreateDefaultUserFromUserTypeAndPersonId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/CreateDefaultUserFromUserTypeAndPersonId",
    params=(
        Param("user_type", "UserType", USER_TYPE_CODEC),
        Param("person_id", "PersonId", INT),
    ),
    results=(Param("response", "Response", USER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/CreateDefaultUserFromUserTypeAndPersonId",
)

CREATE_DEFAULT_USER_FROM_USER_TYPE: Operation[User | None] = Operation(
    "CreateDefaultUserFromUserType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/CreateDefaultUserFromUserType",
    params=(Param("user_type", "UserType", USER_TYPE_CODEC),),
    results=(Param("response", "Response", USER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/CreateDefaultUserFromUserType",
)

GET_USER_FROM_EJ_USER_ID: Operation[list[User | None] | None] = Operation(
    "GetUserFromEjUserId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetUserFromEjUserId",
    params=(Param("ej_user_id", "EjUserId", INT),),
    results=(Param("response", "Response", LIST_OF_USER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetUserFromEjUserId",
)

SET_PASSWORD_FROM_NAME: Operation[bool | None] = Operation(
    "SetPasswordFromName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SetPasswordFromName",
    params=(
        Param("associate_name", "AssociateName", STR, nillable=True),
        Param("password", "Password", STR, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/User/SetPasswordFromName",
)

SET_PASSWORD: Operation[bool | None] = Operation(
    "SetPassword",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SetPassword",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param("password", "Password", STR, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/User/SetPassword",
)

CHANGE_OWN_PASSWORD: Operation[bool | None] = Operation(
    "ChangeOwnPassword",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/ChangeOwnPassword",
    params=(
        Param("old_password", "OldPassword", STR, nillable=True),
        Param("new_password", "NewPassword", STR, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/User/ChangeOwnPassword",
)

CHANGE_PASSWORD_FROM_NAME: Operation[bool | None] = Operation(
    "ChangePasswordFromName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/ChangePasswordFromName",
    params=(
        Param("associate_name", "AssociateName", STR, nillable=True),
        Param("old_password", "OldPassword", STR, nillable=True),
        Param("new_password", "NewPassword", STR, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/User/ChangePasswordFromName",
)

IS_USER_NAME_VALID: Operation[bool | None] = Operation(
    "IsUserNameValid",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/IsUserNameValid",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param("type", "Type", USER_TYPE_CODEC),
        Param("person_id", "PersonId", INT),
        Param("user_name", "UserName", STR, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/User/IsUserNameValid",
)

IS_PASSWORD_VALID: Operation[bool | None] = Operation(
    "IsPasswordValid",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/IsPasswordValid",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param("type", "Type", USER_TYPE_CODEC),
        Param("person_id", "PersonId", INT),
        Param("password", "Password", STR, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/User/IsPasswordValid",
)

SET_GENERATED_PASSWORD: Operation[str | None] = Operation(
    "SetGeneratedPassword",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SetGeneratedPassword",
    params=(Param("associate_id", "AssociateId", INT),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/User/SetGeneratedPassword",
)

SET_GENERATED_PASSWORD_FROM_NAME: Operation[str | None] = Operation(
    "SetGeneratedPasswordFromName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SetGeneratedPasswordFromName",
    params=(Param("associate_name", "AssociateName", STR, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/User/SetGeneratedPasswordFromName",
)

IS_PASSWORD_VALID_WITH_REASON: Operation[UserValidationResult | None] = Operation(
    "IsPasswordValidWithReason",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/IsPasswordValidWithReason",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param("type", "Type", USER_TYPE_CODEC),
        Param("person_id", "PersonId", INT),
        Param("password", "Password", STR, nillable=True),
    ),
    results=(Param("response", "Response", USER_VALIDATION_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/IsPasswordValidWithReason",
)

IS_USER_NAME_VALID_WITH_REASON: Operation[UserValidationResult | None] = Operation(
    "IsUserNameValidWithReason",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/IsUserNameValidWithReason",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param("type", "Type", USER_TYPE_CODEC),
        Param("person_id", "PersonId", INT),
        Param("user_name", "UserName", STR, nillable=True),
    ),
    results=(Param("response", "Response", USER_VALIDATION_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/IsUserNameValidWithReason",
)

CHANGE_USER_TYPE: Operation[User | None] = Operation(
    "ChangeUserType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/ChangeUserType",
    params=(
        Param("user", "User", USER_CODEC, nillable=True),
        Param("user_type", "UserType", USER_TYPE_CODEC),
    ),
    results=(Param("response", "Response", USER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/ChangeUserType",
)

CREATE_DEFAULT_USER_FROM_USER_TYPE_AND_CREDENTIAL: Operation[User | None] = Operation(
    "CreateDefaultUserFromUserTypeAndCredential",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/CreateDefaultUserFromUserTypeAndCredential",
    params=(
        Param("user_type", "UserType", USER_TYPE_CODEC),
        Param("contact_id", "ContactId", INT),
        Param("credential_type", "CredentialType", STR, nillable=True),
        Param("credential_value", "CredentialValue", STR, nillable=True),
        Param("credential_display_value", "CredentialDisplayValue", STR, nillable=True),
    ),
    results=(Param("response", "Response", USER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/CreateDefaultUserFromUserTypeAndCredential",
)

GET_VALID_USER_NAME: Operation[str | None] = Operation(
    "GetValidUserName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetValidUserName",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param("type", "Type", USER_TYPE_CODEC),
        Param("person_id", "PersonId", INT),
        Param("user_name", "UserName", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/User/GetValidUserName",
)

REMOVE_LICENSES: Operation[None] = Operation(
    "RemoveLicenses",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/RemoveLicenses",
    params=(Param("associate_id", "AssociateId", INT),),
    rest_path="/api/v1/Agents/User/RemoveLicenses",
)

MAKE_RETIRED: Operation[None] = Operation(
    "MakeRetired",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/MakeRetired",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param("retired", "Retired", BOOL),
    ),
    rest_path="/api/v1/Agents/User/MakeRetired",
)

ADD_OWNER_CONTACT: Operation[None] = Operation(
    "AddOwnerContact",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/AddOwnerContact",
    params=(Param("contact_id", "ContactId", INT),),
    rest_path="/api/v1/Agents/User/AddOwnerContact",
)

REMOVE_OWNER_CONTACT: Operation[None] = Operation(
    "RemoveOwnerContact",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/RemoveOwnerContact",
    params=(Param("contact_id", "ContactId", INT),),
    rest_path="/api/v1/Agents/User/RemoveOwnerContact",
)

RESOLVE_USER_FROM_INFO: Operation[ResolvedUser | None] = Operation(
    "ResolveUserFromInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/ResolveUserFromInfo",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("person_name", "PersonName", STR, nillable=True),
        Param("phone_numbers", "PhoneNumbers", LIST_OF_STR_CODEC, nillable=True),
        Param("emails", "Emails", LIST_OF_STR_CODEC, nillable=True),
        Param("user_type", "UserType", USER_TYPE_CODEC),
        Param("credential", "Credential", CREDENTIAL_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", RESOLVED_USER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/ResolveUserFromInfo",
)

GET_ACCESS_TOKEN: Operation[str | None] = Operation(
    "GetAccessToken",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetAccessToken",
    params=(
        Param("app_token", "AppToken", STR, nillable=True),
        Param("include_cs_session", "IncludeCsSession", BOOL),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/User/GetAccessToken",
)

GET_VALID_USER_NAME_FOR_NEW_USER: Operation[str | None] = Operation(
    "GetValidUserNameForNewUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetValidUserNameForNewUser",
    params=(Param("user", "User", USER_CODEC, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/User/GetValidUserNameForNewUser",
)

GET_DEFAULT_ASSOCIATE_USER_NAME: Operation[str | None] = Operation(
    "GetDefaultAssociateUserName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetDefaultAssociateUserName",
    params=(Param("user", "User", USER_CODEC, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/User/GetDefaultAssociateUserName",
)

IS_NICK_NAME_UNIQUE: Operation[bool | None] = Operation(
    "IsNickNameUnique",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/IsNickNameUnique",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param("nick_name", "NickName", STR, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/User/IsNickNameUnique",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "ValidateUser": VALIDATE_USER,
    "GetUserPresenceStatus": GET_USER_PRESENCE_STATUS,
    "SetUserPresenceStatus": SET_USER_PRESENCE_STATUS,
    "GetUserGroup": GET_USER_GROUP,
    "SaveUserGroup": SAVE_USER_GROUP,
    "GetAllUserGroups": GET_ALL_USER_GROUPS,
    "CreateUserGroup": CREATE_USER_GROUP,
    "DeleteUserGroup": DELETE_USER_GROUP,
    "GetUserGroupList": GET_USER_GROUP_LIST,
    "GetUserInfo": GET_USER_INFO,
    "GetUserInfoList": GET_USER_INFO_LIST,
    "CreateDefaultRoleEntity": CREATE_DEFAULT_ROLE_ENTITY,
    "SaveRoleEntity": SAVE_ROLE_ENTITY,
    "CreateDefaultServiceAuth": CREATE_DEFAULT_SERVICE_AUTH,
    "SaveServiceAuth": SAVE_SERVICE_AUTH,
    "DeleteServiceAuth": DELETE_SERVICE_AUTH,
    "CreateDefaultUntrustedCredentials": CREATE_DEFAULT_UNTRUSTED_CREDENTIALS,
    "CreateDefaultUser": CREATE_DEFAULT_USER,
    "SaveUser": SAVE_USER,
    "GetUserCommands": GET_USER_COMMANDS,
    "ExecuteUserCommand": EXECUTE_USER_COMMAND,
    "DeleteUser": DELETE_USER,
    "GetAccessGatewayInfo": GET_ACCESS_GATEWAY_INFO,
    "GetOrRegisterAccessGatewayInfo": GET_OR_REGISTER_ACCESS_GATEWAY_INFO,
    "RegisterWithAccessGateway": REGISTER_WITH_ACCESS_GATEWAY,
    "CheckAccessGatewayRegistration": CHECK_ACCESS_GATEWAY_REGISTRATION,
    "SaveCredential": SAVE_CREDENTIAL,
    "DeleteCredential": DELETE_CREDENTIAL,
    "FindCredentialsGroups": FIND_CREDENTIALS_GROUPS,
    "FindCredentialUsers": FIND_CREDENTIAL_USERS,
    "GetCredentialUsersInGroup": GET_CREDENTIAL_USERS_IN_GROUP,
    "GetRole": GET_ROLE,
    "GetRoleEntity": GET_ROLE_ENTITY,
    "DeleteRole": DELETE_ROLE,
    "GetAllRoles": GET_ALL_ROLES,
    "GetAllFunctionalRights": GET_ALL_FUNCTIONAL_RIGHTS,
    "GetAllDataRights": GET_ALL_DATA_RIGHTS,
    "GetFunctionalRights": GET_FUNCTIONAL_RIGHTS,
    "SetFunctionalRights": SET_FUNCTIONAL_RIGHTS,
    "SetDataRight": SET_DATA_RIGHT,
    "GetDataRight": GET_DATA_RIGHT,
    "GetDataRights": GET_DATA_RIGHTS,
    "CreateDefaultRoleEntityFromType": CREATE_DEFAULT_ROLE_ENTITY_FROM_TYPE,
    "FindRolesWithFunctionalRight": FIND_ROLES_WITH_FUNCTIONAL_RIGHT,
    "FindRolesWithFunctionalRights": FIND_ROLES_WITH_FUNCTIONAL_RIGHTS,
    "FindRolesWithoutFunctionalRights": FIND_ROLES_WITHOUT_FUNCTIONAL_RIGHTS,
    "GetServiceAuth": GET_SERVICE_AUTH,
    "SaveExternalTokens": SAVE_EXTERNAL_TOKENS,
    "DecryptAndSaveExternalTokens": DECRYPT_AND_SAVE_EXTERNAL_TOKENS,
    "GetExternalTokens": GET_EXTERNAL_TOKENS,
    "GetUser": GET_USER,
    "GetUserFromName": GET_USER_FROM_NAME,
    "SaveUserFromName": SAVE_USER_FROM_NAME,
    "DeleteUserFromName": DELETE_USER_FROM_NAME,
    "GetCredentialTypes": GET_CREDENTIAL_TYPES,
    "GetCredentialTypesForUserType": GET_CREDENTIAL_TYPES_FOR_USER_TYPE,
    "SaveUntrustedCredentials": SAVE_UNTRUSTED_CREDENTIALS,
    "GetUntrustedCredentials": GET_UNTRUSTED_CREDENTIALS,
    "GetUntrustedCredentialsForAssociate": GET_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE,
    "SaveUntrustedCredentialsForAssociate": SAVE_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE,
    "RemoveUntrustedCredentials": REMOVE_UNTRUSTED_CREDENTIALS,
    "RemoveUntrustedCredentialsForAssociate": REMOVE_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE,
    "CreateExternalUser": CREATE_EXTERNAL_USER,
    "DeleteExternalUser": DELETE_EXTERNAL_USER,
    "SetExternalUserInfo": SET_EXTERNAL_USER_INFO,
    "GenerateNewPasswordForExternalUser": GENERATE_NEW_PASSWORD_FOR_EXTERNAL_USER,
    "CanChangePassword": CAN_CHANGE_PASSWORD,
    "GetSupportedChangePasswordTypes": GET_SUPPORTED_CHANGE_PASSWORD_TYPES,
    "ChangePassword": CHANGE_PASSWORD,
    "SendChangePasswordEMail": SEND_CHANGE_PASSWORD_E_MAIL,
    "GetUserFromPersonId": GET_USER_FROM_PERSON_ID,
    "CreateDefaultUserFromUserTypeAndPersonId": CREATE_DEFAULT_USER_FROM_USER_TYPE_AND_PERSON_ID,
    "CreateDefaultUserFromUserType": CREATE_DEFAULT_USER_FROM_USER_TYPE,
    "GetUserFromEjUserId": GET_USER_FROM_EJ_USER_ID,
    "SetPasswordFromName": SET_PASSWORD_FROM_NAME,
    "SetPassword": SET_PASSWORD,
    "ChangeOwnPassword": CHANGE_OWN_PASSWORD,
    "ChangePasswordFromName": CHANGE_PASSWORD_FROM_NAME,
    "IsUserNameValid": IS_USER_NAME_VALID,
    "IsPasswordValid": IS_PASSWORD_VALID,
    "SetGeneratedPassword": SET_GENERATED_PASSWORD,
    "SetGeneratedPasswordFromName": SET_GENERATED_PASSWORD_FROM_NAME,
    "IsPasswordValidWithReason": IS_PASSWORD_VALID_WITH_REASON,
    "IsUserNameValidWithReason": IS_USER_NAME_VALID_WITH_REASON,
    "ChangeUserType": CHANGE_USER_TYPE,
    "CreateDefaultUserFromUserTypeAndCredential": CREATE_DEFAULT_USER_FROM_USER_TYPE_AND_CREDENTIAL,
    "GetValidUserName": GET_VALID_USER_NAME,
    "RemoveLicenses": REMOVE_LICENSES,
    "MakeRetired": MAKE_RETIRED,
    "AddOwnerContact": ADD_OWNER_CONTACT,
    "RemoveOwnerContact": REMOVE_OWNER_CONTACT,
    "ResolveUserFromInfo": RESOLVE_USER_FROM_INFO,
    "GetAccessToken": GET_ACCESS_TOKEN,
    "GetValidUserNameForNewUser": GET_VALID_USER_NAME_FOR_NEW_USER,
    "GetDefaultAssociateUserName": GET_DEFAULT_ASSOCIATE_USER_NAME,
    "IsNickNameUnique": IS_NICK_NAME_UNIQUE,
}


class UserMethods(SyncCalls):
    """The User operations, called synchronously (SOAP or REST)."""

    def validate_user(self, *, user: User | None | Unset = UNSET) -> dict[str, str | None] | None:
        """Check that entity is ready for saving, return error messages by field.

        Returns:
            The result.
        """
        return self._call(VALIDATE_USER, (user,))

    def get_user_presence_status(
        self, *, associate_id: int | Unset = UNSET
    ) -> UserPresenceStatus | None:
        """Get user presence status

        Returns:
            The result.
        """
        return self._call(GET_USER_PRESENCE_STATUS, (associate_id,))

    def set_user_presence_status(
        self,
        *,
        associate_id: int | Unset = UNSET,
        user_presence_status: UserPresenceStatus | None | Unset = UNSET,
    ) -> UserPresenceStatus | None:
        """Set user presence status

        Returns:
            The result.
        """
        return self._call(SET_USER_PRESENCE_STATUS, (associate_id, user_presence_status))

    def get_user_group(self, *, user_group_id: int | Unset = UNSET) -> UserGroup | None:
        """Gets a UserGroup object.

        Returns:
            The result.
        """
        return self._call(GET_USER_GROUP, (user_group_id,))

    def save_user_group(self, *, user_group: UserGroup | None | Unset = UNSET) -> UserGroup | None:
        """Save a user group.

        Returns:
            The result.
        """
        return self._call(SAVE_USER_GROUP, (user_group,))

    def get_all_user_groups(
        self, *, include_deleted: bool | Unset = UNSET
    ) -> list[UserGroup | None] | None:
        """Get all user groups

        Returns:
            The result.
        """
        return self._call(GET_ALL_USER_GROUPS, (include_deleted,))

    def create_user_group(self) -> UserGroup | None:
        """Create UserGroup (Rank is assigned to the highest rank)

        Returns:
            The result.
        """
        return self._call(CREATE_USER_GROUP, ())

    def delete_user_group(
        self,
        *,
        user_group_to_delete: int | Unset = UNSET,
        user_group_to_move_to: int | Unset = UNSET,
    ) -> None:
        """Delete a usergroup and move its members to another usergroup"""
        return self._call(DELETE_USER_GROUP, (user_group_to_delete, user_group_to_move_to))

    def get_user_group_list(
        self, *, user_group_ids: list[int] | None | Unset = UNSET
    ) -> list[UserGroup | None] | None:
        """Gets an array of UserGroup objects.

        Returns:
            The result.
        """
        return self._call(GET_USER_GROUP_LIST, (user_group_ids,))

    def get_user_info(self, *, user_info_id: int | Unset = UNSET) -> UserInfo | None:
        """Gets a UserInfo object.

        Returns:
            The result.
        """
        return self._call(GET_USER_INFO, (user_info_id,))

    def get_user_info_list(
        self, *, user_info_ids: list[int] | None | Unset = UNSET
    ) -> list[UserInfo | None] | None:
        """Gets an array of UserInfo objects.

        Returns:
            The result.
        """
        return self._call(GET_USER_INFO_LIST, (user_info_ids,))

    def create_default_role_entity(self) -> RoleEntity | None:
        """Loading default values into a new RoleEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_ROLE_ENTITY, ())

    def save_role_entity(
        self, *, role_entity: RoleEntity | None | Unset = UNSET
    ) -> RoleEntity | None:
        """Updates the existing RoleEntity or creates a new RoleEntity if the id parameter is
        0.

        Returns:
            The result.
        """
        return self._call(SAVE_ROLE_ENTITY, (role_entity,))

    def create_default_service_auth(self) -> ServiceAuth | None:
        """Loading default values into a new ServiceAuth.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_SERVICE_AUTH, ())

    def save_service_auth(
        self, *, service_auth: ServiceAuth | None | Unset = UNSET
    ) -> ServiceAuth | None:
        """Updates the existing ServiceAuth or creates a new ServiceAuth if the id parameter is
        0.

        Returns:
            The result.
        """
        return self._call(SAVE_SERVICE_AUTH, (service_auth,))

    def delete_service_auth(self, *, service_auth_id: int | Unset = UNSET) -> None:
        """Deletes the ServiceAuth"""
        return self._call(DELETE_SERVICE_AUTH, (service_auth_id,))

    def create_default_untrusted_credentials(self) -> UntrustedCredentials | None:
        """Loading default values into a new UntrustedCredentials.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_UNTRUSTED_CREDENTIALS, ())

    def create_default_user(self) -> User | None:
        """Loading default values into a new User.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_USER, ())

    def save_user(self, *, user: User | None | Unset = UNSET) -> User | None:
        """Updates the existing User or creates a new User if the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_USER, (user,))

    def get_user_commands(
        self, *, user: User | None | Unset = UNSET
    ) -> list[CustomCommand | None] | None:
        """Get registered custom commands for User

        Returns:
            The result.
        """
        return self._call(GET_USER_COMMANDS, (user,))

    def execute_user_command(
        self,
        *,
        command_name: str | None | Unset = UNSET,
        command_action_result: CommandActionResult | str | Unset = UNSET,
        user: User | None | Unset = UNSET,
    ) -> CommandResult | None:
        """Executes the custom command for User

        Returns:
            The result.
        """
        return self._call(EXECUTE_USER_COMMAND, (command_name, command_action_result, user))

    def delete_user(self, *, user_id: int | Unset = UNSET) -> None:
        """Deletes the User"""
        return self._call(DELETE_USER, (user_id,))

    def get_access_gateway_info(self) -> AccessGatewayInfo | None:
        """Returns accessgateway registration info

        Returns:
            The result.
        """
        return self._call(GET_ACCESS_GATEWAY_INFO, ())

    def get_or_register_access_gateway_info(
        self, *, redirect_uri: str | None | Unset = UNSET
    ) -> AccessGatewayInfo | None:
        """Returns accessgateway registration info and registers a new or adds the url if
        necessary

        Returns:
            The result.
        """
        return self._call(GET_OR_REGISTER_ACCESS_GATEWAY_INFO, (redirect_uri,))

    def register_with_access_gateway(
        self, *, redirect_uri: str | None | Unset = UNSET
    ) -> AccessGatewayInfo | None:
        """Registers with access gateway if not already done, otherwise will attempt to update

        Returns:
            The result.
        """
        return self._call(REGISTER_WITH_ACCESS_GATEWAY, (redirect_uri,))

    def check_access_gateway_registration(self) -> bool | None:
        """Checks if AccessGatewayRegistration is valid

        Returns:
            The result.
        """
        return self._call(CHECK_ACCESS_GATEWAY_REGISTRATION, ())

    def save_credential(
        self, *, user_id: int | Unset = UNSET, credential: Credential | None | Unset = UNSET
    ) -> bool | None:
        """Save (adds/replaces) current credential of the same type for the user.

        Returns:
            The result.
        """
        return self._call(SAVE_CREDENTIAL, (user_id, credential))

    def delete_credential(
        self, *, user_id: int | Unset = UNSET, credential_type: str | None | Unset = UNSET
    ) -> bool | None:
        """Remove credential of a specific type for a user

        Returns:
            The result.
        """
        return self._call(DELETE_CREDENTIAL, (user_id, credential_type))

    def find_credentials_groups(
        self, *, type: str | None | Unset = UNSET, search_string: str | None | Unset = UNSET
    ) -> list[CredentialsGroup | None] | None:
        """Get user groups holding users filtered by the searchString.

        Returns:
            The result.
        """
        return self._call(FIND_CREDENTIALS_GROUPS, (type, search_string))

    def find_credential_users(
        self, *, type: str | None | Unset = UNSET, search_string: str | None | Unset = UNSET
    ) -> CredentialsGroupUsers | None:
        """Find users matching the partial name.

        Returns:
            The result.
        """
        return self._call(FIND_CREDENTIAL_USERS, (type, search_string))

    def get_credential_users_in_group(
        self, *, type: str | None | Unset = UNSET, group_name: str | None | Unset = UNSET
    ) -> CredentialsGroupUsers | None:
        """Get credential users within a user group

        Returns:
            The result.
        """
        return self._call(GET_CREDENTIAL_USERS_IN_GROUP, (type, group_name))

    def get_role(self, *, role_id: int | Unset = UNSET) -> Role | None:
        """Gets a Role object.

        Returns:
            The result.
        """
        return self._call(GET_ROLE, (role_id,))

    def get_role_entity(self, *, role_entity_id: int | Unset = UNSET) -> RoleEntity | None:
        """Gets a RoleEntity object.

        Returns:
            The result.
        """
        return self._call(GET_ROLE_ENTITY, (role_entity_id,))

    def delete_role(
        self, *, role_id_to_delete: int | Unset = UNSET, replacing_role_id: int | Unset = UNSET
    ) -> None:
        """Delete the specified role and move all users associated with the role to the
        replacingRoleId
        """
        return self._call(DELETE_ROLE, (role_id_to_delete, replacing_role_id))

    def get_all_roles(
        self, *, role_type: RoleType | str | Unset = UNSET
    ) -> list[SelectableMDOListItem | None] | None:
        """Get a list of all roles for the given type of role.

        Returns:
            The result.
        """
        return self._call(GET_ALL_ROLES, (role_type,))

    def get_all_functional_rights(
        self, *, role_type: RoleType | str | Unset = UNSET
    ) -> list[SelectableMDOListItem | None] | None:
        """Get a list of all functional rights for the given type of role.

        Returns:
            The result.
        """
        return self._call(GET_ALL_FUNCTIONAL_RIGHTS, (role_type,))

    def get_all_data_rights(
        self,
        *,
        role_id: int | Unset = UNSET,
        relation_to_owner: RoleRelationToOwner | str | Unset = UNSET,
    ) -> dict[str, str | None] | None:
        """Get a list of all data rights for the given role, filtered by relation to owner.

        Returns:
            The result.
        """
        return self._call(GET_ALL_DATA_RIGHTS, (role_id, relation_to_owner))

    def get_functional_rights(
        self, *, role_id: int | Unset = UNSET
    ) -> list[SelectableMDOListItem | None] | None:
        """Get all functional rights for the given role.

        Returns:
            The result.
        """
        return self._call(GET_FUNCTIONAL_RIGHTS, (role_id,))

    def set_functional_rights(
        self,
        *,
        role_id: int | Unset = UNSET,
        functional_right_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Set all functional rights for the given role."""
        return self._call(SET_FUNCTIONAL_RIGHTS, (role_id, functional_right_ids))

    def set_data_right(
        self,
        *,
        role_id: int | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        relation_to_owner: RoleRelationToOwner | str | Unset = UNSET,
        data_right_value: str | None | Unset = UNSET,
    ) -> None:
        """Set one specific data right at the given position."""
        return self._call(
            SET_DATA_RIGHT, (role_id, table_name, relation_to_owner, data_right_value)
        )

    def get_data_right(
        self,
        *,
        role_id: int | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        relation_to_owner: RoleRelationToOwner | str | Unset = UNSET,
    ) -> str | None:
        """Read one specific data right at the given position.

        Returns:
            The result.
        """
        return self._call(GET_DATA_RIGHT, (role_id, table_name, relation_to_owner))

    def get_data_rights(
        self, *, role_id: int | Unset = UNSET, table_name: str | None | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Read specific a set of data rights at the given row in the rights matrix.

        Returns:
            The result.
        """
        return self._call(GET_DATA_RIGHTS, (role_id, table_name))

    def create_default_role_entity_from_type(
        self, *, type: RoleType | str | Unset = UNSET
    ) -> RoleEntity | None:
        """Create a new role entity of the specified role type.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_ROLE_ENTITY_FROM_TYPE, (type,))

    def find_roles_with_functional_right(
        self, *, functional_right_name: str | None | Unset = UNSET
    ) -> list[MDOListItem | None] | None:
        """Find all roles with a given functional right.

        Returns:
            The result.
        """
        return self._call(FIND_ROLES_WITH_FUNCTIONAL_RIGHT, (functional_right_name,))

    def find_roles_with_functional_rights(
        self, *, functional_right_names: list[str | None] | None | Unset = UNSET
    ) -> list[int] | None:
        """Find all roles with a given set of functional rights.

        Returns:
            The result.
        """
        return self._call(FIND_ROLES_WITH_FUNCTIONAL_RIGHTS, (functional_right_names,))

    def find_roles_without_functional_rights(
        self, *, functional_right_names: list[str | None] | None | Unset = UNSET
    ) -> list[int] | None:
        """Find all roles without a given set of functional rights.

        Returns:
            The result.
        """
        return self._call(FIND_ROLES_WITHOUT_FUNCTIONAL_RIGHTS, (functional_right_names,))

    def get_service_auth(self, *, service_auth_id: int | Unset = UNSET) -> ServiceAuth | None:
        """Gets a ServiceAuth object.

        Returns:
            The result.
        """
        return self._call(GET_SERVICE_AUTH, (service_auth_id,))

    def save_external_tokens(
        self, *, token_management_info: TokenManagementInfo | None | Unset = UNSET
    ) -> str | None:
        """Saves the external tokens to the DB and returns a key that can be used to retrieve
        them

        Returns:
            The result.
        """
        return self._call(SAVE_EXTERNAL_TOKENS, (token_management_info,))

    def decrypt_and_save_external_tokens(
        self, *, token_management_info: TokenManagementInfo | None | Unset = UNSET
    ) -> str | None:
        """First asks AccessGateway to decrypt the tokens, then saves the external tokens to
        the DB and returns a key that can be used to retrieve them

        Returns:
            The result.
        """
        return self._call(DECRYPT_AND_SAVE_EXTERNAL_TOKENS, (token_management_info,))

    def get_external_tokens(
        self, *, key: str | None | Unset = UNSET
    ) -> TokenManagementInfo | None:
        """Retrieve the tokens from the DB based on the given key

        Returns:
            The result.
        """
        return self._call(GET_EXTERNAL_TOKENS, (key,))

    def get_user(self, *, user_id: int | Unset = UNSET) -> User | None:
        """Gets a User object.

        Returns:
            The result.
        """
        return self._call(GET_USER, (user_id,))

    def get_user_from_name(self, *, user_name: str | None | Unset = UNSET) -> User | None:
        """Get a user, with lookup based on user name.

        Returns:
            The result.
        """
        return self._call(GET_USER_FROM_NAME, (user_name,))

    def save_user_from_name(
        self, *, user_name: str | None | Unset = UNSET, user: User | None | Unset = UNSET
    ) -> User | None:
        """Save a user, with lookup based on the user name.

        Returns:
            The result.
        """
        return self._call(SAVE_USER_FROM_NAME, (user_name, user))

    def delete_user_from_name(self, *, user_name: str | None | Unset = UNSET) -> None:
        """Delete a user, with lookup based on the user name."""
        return self._call(DELETE_USER_FROM_NAME, (user_name,))

    def get_credential_types(self) -> list[CredentialType | None] | None:
        """Get available credential types that can be used for authentication

        Returns:
            The result.
        """
        return self._call(GET_CREDENTIAL_TYPES, ())

    def get_credential_types_for_user_type(
        self, *, user_type: UserType | str | Unset = UNSET
    ) -> list[CredentialType | None] | None:
        """Get available credential types that can be used for the specified user type.

        Returns:
            The result.
        """
        return self._call(GET_CREDENTIAL_TYPES_FOR_USER_TYPE, (user_type,))

    def save_untrusted_credentials(
        self,
        *,
        type: str | None | Unset = UNSET,
        credentials: UntrustedCredentials | None | Unset = UNSET,
    ) -> None:
        """Save credentials for authenticated user."""
        return self._call(SAVE_UNTRUSTED_CREDENTIALS, (type, credentials))

    def get_untrusted_credentials(
        self, *, type: str | None | Unset = UNSET
    ) -> list[UntrustedCredentials | None] | None:
        """Get a set of credentials of a specified type for authenticated user.

        Returns:
            The result.
        """
        return self._call(GET_UNTRUSTED_CREDENTIALS, (type,))

    def get_untrusted_credentials_for_associate(
        self, *, associate_id: int | Unset = UNSET, type: str | None | Unset = UNSET
    ) -> list[UntrustedCredentials | None] | None:
        """Get a set of credentials of a specified type for a specified user.

        Returns:
            The result.
        """
        return self._call(GET_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE, (associate_id, type))

    def save_untrusted_credentials_for_associate(
        self,
        *,
        associate_id: int | Unset = UNSET,
        type: str | None | Unset = UNSET,
        credentials: UntrustedCredentials | None | Unset = UNSET,
    ) -> None:
        """Save credentials for a specified user."""
        return self._call(
            SAVE_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE, (associate_id, type, credentials)
        )

    def remove_untrusted_credentials(
        self, *, type: str | None | Unset = UNSET, public_value: str | None | Unset = UNSET
    ) -> None:
        """Remove a credentials entry for authenticated user."""
        return self._call(REMOVE_UNTRUSTED_CREDENTIALS, (type, public_value))

    def remove_untrusted_credentials_for_associate(
        self,
        *,
        associate_id: int | Unset = UNSET,
        type: str | None | Unset = UNSET,
        public_value: str | None | Unset = UNSET,
    ) -> None:
        """Remove a credentials entry for a specified user."""
        return self._call(
            REMOVE_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE, (associate_id, type, public_value)
        )

    def create_external_user(
        self,
        *,
        person_id: int | Unset = UNSET,
        user_name: str | None | Unset = UNSET,
        password: str | None | Unset = UNSET,
        role_id: int | Unset = UNSET,
        is_active: bool | Unset = UNSET,
    ) -> int | None:
        """Creates an associate of type external user.

        Returns:
            The result.
        """
        return self._call(
            CREATE_EXTERNAL_USER, (person_id, user_name, password, role_id, is_active)
        )

    def delete_external_user(self, *, associate_id: int | Unset = UNSET) -> None:
        """Deletes an associate of type external user."""
        return self._call(DELETE_EXTERNAL_USER, (associate_id,))

    def set_external_user_info(
        self,
        *,
        associate_id: int | Unset = UNSET,
        user_name: str | None | Unset = UNSET,
        password: str | None | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        role_id: int | Unset = UNSET,
        external_user_info_modification: ExternalUserInfoModification | str | Unset = UNSET,
    ) -> None:
        """Modifies an external user."""
        return self._call(
            SET_EXTERNAL_USER_INFO,
            (
                associate_id,
                user_name,
                password,
                is_active,
                role_id,
                external_user_info_modification,
            ),
        )

    def generate_new_password_for_external_user(
        self, *, associate_name: str | None | Unset = UNSET
    ) -> str | None:
        """Generates a new password for an external user.

        Returns:
            The result.
        """
        return self._call(GENERATE_NEW_PASSWORD_FOR_EXTERNAL_USER, (associate_name,))

    def can_change_password(self, *, associate_id: int | Unset = UNSET) -> bool | None:
        """Check if the current assoicate can change the password for an associate

        Returns:
            The result.
        """
        return self._call(CAN_CHANGE_PASSWORD, (associate_id,))

    def get_supported_change_password_types(
        self, *, associate_id: int | Unset = UNSET
    ) -> list[ChangePasswordType | str] | None:
        """Get the different methods the user can use to change password

        Returns:
            The result.
        """
        return self._call(GET_SUPPORTED_CHANGE_PASSWORD_TYPES, (associate_id,))

    def change_password(
        self,
        *,
        associate_id: int | Unset = UNSET,
        old_password: str | None | Unset = UNSET,
        new_password: str | None | Unset = UNSET,
    ) -> bool | None:
        """Change password for a user.

        Returns:
            The result.
        """
        return self._call(CHANGE_PASSWORD, (associate_id, old_password, new_password))

    def send_change_password_e_mail(
        self, *, associate_id: int | Unset = UNSET
    ) -> OperationResult | None:
        """Send a change password email to this users registered address.

        Returns:
            The result.
        """
        return self._call(SEND_CHANGE_PASSWORD_E_MAIL, (associate_id,))

    def get_user_from_person_id(
        self, *, person_id: int | Unset = UNSET
    ) -> list[User | None] | None:
        """Returns the user associated with the supplied person id

        Returns:
            The result.
        """
        return self._call(GET_USER_FROM_PERSON_ID, (person_id,))

    def create_default_user_from_user_type_and_person_id(
        self, *, user_type: UserType | str | Unset = UNSET, person_id: int | Unset = UNSET
    ) -> User | None:
        """Create default User providing the associate type and person id.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_USER_FROM_USER_TYPE_AND_PERSON_ID, (user_type, person_id))

    def create_default_user_from_user_type(
        self, *, user_type: UserType | str | Unset = UNSET
    ) -> User | None:
        """Create default User providing the user type.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_USER_FROM_USER_TYPE, (user_type,))

    def get_user_from_ej_user_id(
        self, *, ej_user_id: int | Unset = UNSET
    ) -> list[User | None] | None:
        """Get user from ejUserId - used for eJournal Legacy Support.

        Returns:
            The result.
        """
        return self._call(GET_USER_FROM_EJ_USER_ID, (ej_user_id,))

    def set_password_from_name(
        self, *, associate_name: str | None | Unset = UNSET, password: str | None | Unset = UNSET
    ) -> bool | None:
        """Change password for a user.

        Returns:
            The result.
        """
        return self._call(SET_PASSWORD_FROM_NAME, (associate_name, password))

    def set_password(
        self, *, associate_id: int | Unset = UNSET, password: str | None | Unset = UNSET
    ) -> bool | None:
        """Change password for a user.

        Returns:
            The result.
        """
        return self._call(SET_PASSWORD, (associate_id, password))

    def change_own_password(
        self, *, old_password: str | None | Unset = UNSET, new_password: str | None | Unset = UNSET
    ) -> bool | None:
        """Change password for a user.

        Returns:
            The result.
        """
        return self._call(CHANGE_OWN_PASSWORD, (old_password, new_password))

    def change_password_from_name(
        self,
        *,
        associate_name: str | None | Unset = UNSET,
        old_password: str | None | Unset = UNSET,
        new_password: str | None | Unset = UNSET,
    ) -> bool | None:
        """Change password for a user.

        Returns:
            The result.
        """
        return self._call(CHANGE_PASSWORD_FROM_NAME, (associate_name, old_password, new_password))

    def is_user_name_valid(
        self,
        *,
        associate_id: int | Unset = UNSET,
        type: UserType | str | Unset = UNSET,
        person_id: int | Unset = UNSET,
        user_name: str | None | Unset = UNSET,
    ) -> bool | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return self._call(IS_USER_NAME_VALID, (associate_id, type, person_id, user_name))

    def is_password_valid(
        self,
        *,
        associate_id: int | Unset = UNSET,
        type: UserType | str | Unset = UNSET,
        person_id: int | Unset = UNSET,
        password: str | None | Unset = UNSET,
    ) -> bool | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return self._call(IS_PASSWORD_VALID, (associate_id, type, person_id, password))

    def set_generated_password(self, *, associate_id: int | Unset = UNSET) -> str | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return self._call(SET_GENERATED_PASSWORD, (associate_id,))

    def set_generated_password_from_name(
        self, *, associate_name: str | None | Unset = UNSET
    ) -> str | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return self._call(SET_GENERATED_PASSWORD_FROM_NAME, (associate_name,))

    def is_password_valid_with_reason(
        self,
        *,
        associate_id: int | Unset = UNSET,
        type: UserType | str | Unset = UNSET,
        person_id: int | Unset = UNSET,
        password: str | None | Unset = UNSET,
    ) -> UserValidationResult | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return self._call(IS_PASSWORD_VALID_WITH_REASON, (associate_id, type, person_id, password))

    def is_user_name_valid_with_reason(
        self,
        *,
        associate_id: int | Unset = UNSET,
        type: UserType | str | Unset = UNSET,
        person_id: int | Unset = UNSET,
        user_name: str | None | Unset = UNSET,
    ) -> UserValidationResult | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return self._call(
            IS_USER_NAME_VALID_WITH_REASON, (associate_id, type, person_id, user_name)
        )

    def change_user_type(
        self, *, user: User | None | Unset = UNSET, user_type: UserType | str | Unset = UNSET
    ) -> User | None:
        """Get a user from the user name.

        Returns:
            The result.
        """
        return self._call(CHANGE_USER_TYPE, (user, user_type))

    def create_default_user_from_user_type_and_credential(
        self,
        *,
        user_type: UserType | str | Unset = UNSET,
        contact_id: int | Unset = UNSET,
        credential_type: str | None | Unset = UNSET,
        credential_value: str | None | Unset = UNSET,
        credential_display_value: str | None | Unset = UNSET,
    ) -> User | None:
        """Creates a PersonEntity with default values based on the contactId and credentials.

        Returns:
            The result.
        """
        return self._call(
            CREATE_DEFAULT_USER_FROM_USER_TYPE_AND_CREDENTIAL,
            (user_type, contact_id, credential_type, credential_value, credential_display_value),
        )

    def get_valid_user_name(
        self,
        *,
        associate_id: int | Unset = UNSET,
        type: UserType | str | Unset = UNSET,
        person_id: int | Unset = UNSET,
        user_name: str | None | Unset = UNSET,
    ) -> str | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return self._call(GET_VALID_USER_NAME, (associate_id, type, person_id, user_name))

    def remove_licenses(self, *, associate_id: int | Unset = UNSET) -> None:
        """Remove all user licenses."""
        return self._call(REMOVE_LICENSES, (associate_id,))

    def make_retired(
        self, *, associate_id: int | Unset = UNSET, retired: bool | Unset = UNSET
    ) -> None:
        """Retiring a user means to remove all licenses, setting person."""
        return self._call(MAKE_RETIRED, (associate_id, retired))

    def add_owner_contact(self, *, contact_id: int | Unset = UNSET) -> None:
        """NsApiSlow threshold: 2000 ms."""
        return self._call(ADD_OWNER_CONTACT, (contact_id,))

    def remove_owner_contact(self, *, contact_id: int | Unset = UNSET) -> None:
        """Remove a contact from the ownercontactlink table"""
        return self._call(REMOVE_OWNER_CONTACT, (contact_id,))

    def resolve_user_from_info(
        self,
        *,
        contact_id: int | Unset = UNSET,
        person_name: str | None | Unset = UNSET,
        phone_numbers: list[str | None] | None | Unset = UNSET,
        emails: list[str | None] | None | Unset = UNSET,
        user_type: UserType | str | Unset = UNSET,
        credential: Credential | None | Unset = UNSET,
    ) -> ResolvedUser | None:
        """Get a user from the provided information.

        Returns:
            The result.
        """
        return self._call(
            RESOLVE_USER_FROM_INFO,
            (contact_id, person_name, phone_numbers, emails, user_type, credential),
        )

    def get_access_token(
        self, *, app_token: str | None | Unset = UNSET, include_cs_session: bool | Unset = UNSET
    ) -> str | None:
        """Get an access token based on the current user's session.

        Returns:
            The result.
        """
        return self._call(GET_ACCESS_TOKEN, (app_token, include_cs_session))

    def get_valid_user_name_for_new_user(self, *, user: User | None | Unset = UNSET) -> str | None:
        """Generates a valid username for an unsaved user

        Returns:
            The result.
        """
        return self._call(GET_VALID_USER_NAME_FOR_NEW_USER, (user,))

    def get_default_associate_user_name(self, *, user: User | None | Unset = UNSET) -> str | None:
        """Get the default username for a person

        Returns:
            The result.
        """
        return self._call(GET_DEFAULT_ASSOCIATE_USER_NAME, (user,))

    def is_nick_name_unique(
        self, *, associate_id: int | Unset = UNSET, nick_name: str | None | Unset = UNSET
    ) -> bool | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return self._call(IS_NICK_NAME_UNIQUE, (associate_id, nick_name))


class AsyncUserMethods(AsyncCalls):
    """The User operations, called asynchronously (SOAP or REST)."""

    async def validate_user(
        self, *, user: User | None | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Check that entity is ready for saving, return error messages by field.

        Returns:
            The result.
        """
        return await self._call(VALIDATE_USER, (user,))

    async def get_user_presence_status(
        self, *, associate_id: int | Unset = UNSET
    ) -> UserPresenceStatus | None:
        """Get user presence status

        Returns:
            The result.
        """
        return await self._call(GET_USER_PRESENCE_STATUS, (associate_id,))

    async def set_user_presence_status(
        self,
        *,
        associate_id: int | Unset = UNSET,
        user_presence_status: UserPresenceStatus | None | Unset = UNSET,
    ) -> UserPresenceStatus | None:
        """Set user presence status

        Returns:
            The result.
        """
        return await self._call(SET_USER_PRESENCE_STATUS, (associate_id, user_presence_status))

    async def get_user_group(self, *, user_group_id: int | Unset = UNSET) -> UserGroup | None:
        """Gets a UserGroup object.

        Returns:
            The result.
        """
        return await self._call(GET_USER_GROUP, (user_group_id,))

    async def save_user_group(
        self, *, user_group: UserGroup | None | Unset = UNSET
    ) -> UserGroup | None:
        """Save a user group.

        Returns:
            The result.
        """
        return await self._call(SAVE_USER_GROUP, (user_group,))

    async def get_all_user_groups(
        self, *, include_deleted: bool | Unset = UNSET
    ) -> list[UserGroup | None] | None:
        """Get all user groups

        Returns:
            The result.
        """
        return await self._call(GET_ALL_USER_GROUPS, (include_deleted,))

    async def create_user_group(self) -> UserGroup | None:
        """Create UserGroup (Rank is assigned to the highest rank)

        Returns:
            The result.
        """
        return await self._call(CREATE_USER_GROUP, ())

    async def delete_user_group(
        self,
        *,
        user_group_to_delete: int | Unset = UNSET,
        user_group_to_move_to: int | Unset = UNSET,
    ) -> None:
        """Delete a usergroup and move its members to another usergroup"""
        return await self._call(DELETE_USER_GROUP, (user_group_to_delete, user_group_to_move_to))

    async def get_user_group_list(
        self, *, user_group_ids: list[int] | None | Unset = UNSET
    ) -> list[UserGroup | None] | None:
        """Gets an array of UserGroup objects.

        Returns:
            The result.
        """
        return await self._call(GET_USER_GROUP_LIST, (user_group_ids,))

    async def get_user_info(self, *, user_info_id: int | Unset = UNSET) -> UserInfo | None:
        """Gets a UserInfo object.

        Returns:
            The result.
        """
        return await self._call(GET_USER_INFO, (user_info_id,))

    async def get_user_info_list(
        self, *, user_info_ids: list[int] | None | Unset = UNSET
    ) -> list[UserInfo | None] | None:
        """Gets an array of UserInfo objects.

        Returns:
            The result.
        """
        return await self._call(GET_USER_INFO_LIST, (user_info_ids,))

    async def create_default_role_entity(self) -> RoleEntity | None:
        """Loading default values into a new RoleEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_ROLE_ENTITY, ())

    async def save_role_entity(
        self, *, role_entity: RoleEntity | None | Unset = UNSET
    ) -> RoleEntity | None:
        """Updates the existing RoleEntity or creates a new RoleEntity if the id parameter is
        0.

        Returns:
            The result.
        """
        return await self._call(SAVE_ROLE_ENTITY, (role_entity,))

    async def create_default_service_auth(self) -> ServiceAuth | None:
        """Loading default values into a new ServiceAuth.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_SERVICE_AUTH, ())

    async def save_service_auth(
        self, *, service_auth: ServiceAuth | None | Unset = UNSET
    ) -> ServiceAuth | None:
        """Updates the existing ServiceAuth or creates a new ServiceAuth if the id parameter is
        0.

        Returns:
            The result.
        """
        return await self._call(SAVE_SERVICE_AUTH, (service_auth,))

    async def delete_service_auth(self, *, service_auth_id: int | Unset = UNSET) -> None:
        """Deletes the ServiceAuth"""
        return await self._call(DELETE_SERVICE_AUTH, (service_auth_id,))

    async def create_default_untrusted_credentials(self) -> UntrustedCredentials | None:
        """Loading default values into a new UntrustedCredentials.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_UNTRUSTED_CREDENTIALS, ())

    async def create_default_user(self) -> User | None:
        """Loading default values into a new User.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_USER, ())

    async def save_user(self, *, user: User | None | Unset = UNSET) -> User | None:
        """Updates the existing User or creates a new User if the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_USER, (user,))

    async def get_user_commands(
        self, *, user: User | None | Unset = UNSET
    ) -> list[CustomCommand | None] | None:
        """Get registered custom commands for User

        Returns:
            The result.
        """
        return await self._call(GET_USER_COMMANDS, (user,))

    async def execute_user_command(
        self,
        *,
        command_name: str | None | Unset = UNSET,
        command_action_result: CommandActionResult | str | Unset = UNSET,
        user: User | None | Unset = UNSET,
    ) -> CommandResult | None:
        """Executes the custom command for User

        Returns:
            The result.
        """
        return await self._call(EXECUTE_USER_COMMAND, (command_name, command_action_result, user))

    async def delete_user(self, *, user_id: int | Unset = UNSET) -> None:
        """Deletes the User"""
        return await self._call(DELETE_USER, (user_id,))

    async def get_access_gateway_info(self) -> AccessGatewayInfo | None:
        """Returns accessgateway registration info

        Returns:
            The result.
        """
        return await self._call(GET_ACCESS_GATEWAY_INFO, ())

    async def get_or_register_access_gateway_info(
        self, *, redirect_uri: str | None | Unset = UNSET
    ) -> AccessGatewayInfo | None:
        """Returns accessgateway registration info and registers a new or adds the url if
        necessary

        Returns:
            The result.
        """
        return await self._call(GET_OR_REGISTER_ACCESS_GATEWAY_INFO, (redirect_uri,))

    async def register_with_access_gateway(
        self, *, redirect_uri: str | None | Unset = UNSET
    ) -> AccessGatewayInfo | None:
        """Registers with access gateway if not already done, otherwise will attempt to update

        Returns:
            The result.
        """
        return await self._call(REGISTER_WITH_ACCESS_GATEWAY, (redirect_uri,))

    async def check_access_gateway_registration(self) -> bool | None:
        """Checks if AccessGatewayRegistration is valid

        Returns:
            The result.
        """
        return await self._call(CHECK_ACCESS_GATEWAY_REGISTRATION, ())

    async def save_credential(
        self, *, user_id: int | Unset = UNSET, credential: Credential | None | Unset = UNSET
    ) -> bool | None:
        """Save (adds/replaces) current credential of the same type for the user.

        Returns:
            The result.
        """
        return await self._call(SAVE_CREDENTIAL, (user_id, credential))

    async def delete_credential(
        self, *, user_id: int | Unset = UNSET, credential_type: str | None | Unset = UNSET
    ) -> bool | None:
        """Remove credential of a specific type for a user

        Returns:
            The result.
        """
        return await self._call(DELETE_CREDENTIAL, (user_id, credential_type))

    async def find_credentials_groups(
        self, *, type: str | None | Unset = UNSET, search_string: str | None | Unset = UNSET
    ) -> list[CredentialsGroup | None] | None:
        """Get user groups holding users filtered by the searchString.

        Returns:
            The result.
        """
        return await self._call(FIND_CREDENTIALS_GROUPS, (type, search_string))

    async def find_credential_users(
        self, *, type: str | None | Unset = UNSET, search_string: str | None | Unset = UNSET
    ) -> CredentialsGroupUsers | None:
        """Find users matching the partial name.

        Returns:
            The result.
        """
        return await self._call(FIND_CREDENTIAL_USERS, (type, search_string))

    async def get_credential_users_in_group(
        self, *, type: str | None | Unset = UNSET, group_name: str | None | Unset = UNSET
    ) -> CredentialsGroupUsers | None:
        """Get credential users within a user group

        Returns:
            The result.
        """
        return await self._call(GET_CREDENTIAL_USERS_IN_GROUP, (type, group_name))

    async def get_role(self, *, role_id: int | Unset = UNSET) -> Role | None:
        """Gets a Role object.

        Returns:
            The result.
        """
        return await self._call(GET_ROLE, (role_id,))

    async def get_role_entity(self, *, role_entity_id: int | Unset = UNSET) -> RoleEntity | None:
        """Gets a RoleEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_ROLE_ENTITY, (role_entity_id,))

    async def delete_role(
        self, *, role_id_to_delete: int | Unset = UNSET, replacing_role_id: int | Unset = UNSET
    ) -> None:
        """Delete the specified role and move all users associated with the role to the
        replacingRoleId
        """
        return await self._call(DELETE_ROLE, (role_id_to_delete, replacing_role_id))

    async def get_all_roles(
        self, *, role_type: RoleType | str | Unset = UNSET
    ) -> list[SelectableMDOListItem | None] | None:
        """Get a list of all roles for the given type of role.

        Returns:
            The result.
        """
        return await self._call(GET_ALL_ROLES, (role_type,))

    async def get_all_functional_rights(
        self, *, role_type: RoleType | str | Unset = UNSET
    ) -> list[SelectableMDOListItem | None] | None:
        """Get a list of all functional rights for the given type of role.

        Returns:
            The result.
        """
        return await self._call(GET_ALL_FUNCTIONAL_RIGHTS, (role_type,))

    async def get_all_data_rights(
        self,
        *,
        role_id: int | Unset = UNSET,
        relation_to_owner: RoleRelationToOwner | str | Unset = UNSET,
    ) -> dict[str, str | None] | None:
        """Get a list of all data rights for the given role, filtered by relation to owner.

        Returns:
            The result.
        """
        return await self._call(GET_ALL_DATA_RIGHTS, (role_id, relation_to_owner))

    async def get_functional_rights(
        self, *, role_id: int | Unset = UNSET
    ) -> list[SelectableMDOListItem | None] | None:
        """Get all functional rights for the given role.

        Returns:
            The result.
        """
        return await self._call(GET_FUNCTIONAL_RIGHTS, (role_id,))

    async def set_functional_rights(
        self,
        *,
        role_id: int | Unset = UNSET,
        functional_right_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Set all functional rights for the given role."""
        return await self._call(SET_FUNCTIONAL_RIGHTS, (role_id, functional_right_ids))

    async def set_data_right(
        self,
        *,
        role_id: int | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        relation_to_owner: RoleRelationToOwner | str | Unset = UNSET,
        data_right_value: str | None | Unset = UNSET,
    ) -> None:
        """Set one specific data right at the given position."""
        return await self._call(
            SET_DATA_RIGHT, (role_id, table_name, relation_to_owner, data_right_value)
        )

    async def get_data_right(
        self,
        *,
        role_id: int | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        relation_to_owner: RoleRelationToOwner | str | Unset = UNSET,
    ) -> str | None:
        """Read one specific data right at the given position.

        Returns:
            The result.
        """
        return await self._call(GET_DATA_RIGHT, (role_id, table_name, relation_to_owner))

    async def get_data_rights(
        self, *, role_id: int | Unset = UNSET, table_name: str | None | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Read specific a set of data rights at the given row in the rights matrix.

        Returns:
            The result.
        """
        return await self._call(GET_DATA_RIGHTS, (role_id, table_name))

    async def create_default_role_entity_from_type(
        self, *, type: RoleType | str | Unset = UNSET
    ) -> RoleEntity | None:
        """Create a new role entity of the specified role type.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_ROLE_ENTITY_FROM_TYPE, (type,))

    async def find_roles_with_functional_right(
        self, *, functional_right_name: str | None | Unset = UNSET
    ) -> list[MDOListItem | None] | None:
        """Find all roles with a given functional right.

        Returns:
            The result.
        """
        return await self._call(FIND_ROLES_WITH_FUNCTIONAL_RIGHT, (functional_right_name,))

    async def find_roles_with_functional_rights(
        self, *, functional_right_names: list[str | None] | None | Unset = UNSET
    ) -> list[int] | None:
        """Find all roles with a given set of functional rights.

        Returns:
            The result.
        """
        return await self._call(FIND_ROLES_WITH_FUNCTIONAL_RIGHTS, (functional_right_names,))

    async def find_roles_without_functional_rights(
        self, *, functional_right_names: list[str | None] | None | Unset = UNSET
    ) -> list[int] | None:
        """Find all roles without a given set of functional rights.

        Returns:
            The result.
        """
        return await self._call(FIND_ROLES_WITHOUT_FUNCTIONAL_RIGHTS, (functional_right_names,))

    async def get_service_auth(
        self, *, service_auth_id: int | Unset = UNSET
    ) -> ServiceAuth | None:
        """Gets a ServiceAuth object.

        Returns:
            The result.
        """
        return await self._call(GET_SERVICE_AUTH, (service_auth_id,))

    async def save_external_tokens(
        self, *, token_management_info: TokenManagementInfo | None | Unset = UNSET
    ) -> str | None:
        """Saves the external tokens to the DB and returns a key that can be used to retrieve
        them

        Returns:
            The result.
        """
        return await self._call(SAVE_EXTERNAL_TOKENS, (token_management_info,))

    async def decrypt_and_save_external_tokens(
        self, *, token_management_info: TokenManagementInfo | None | Unset = UNSET
    ) -> str | None:
        """First asks AccessGateway to decrypt the tokens, then saves the external tokens to
        the DB and returns a key that can be used to retrieve them

        Returns:
            The result.
        """
        return await self._call(DECRYPT_AND_SAVE_EXTERNAL_TOKENS, (token_management_info,))

    async def get_external_tokens(
        self, *, key: str | None | Unset = UNSET
    ) -> TokenManagementInfo | None:
        """Retrieve the tokens from the DB based on the given key

        Returns:
            The result.
        """
        return await self._call(GET_EXTERNAL_TOKENS, (key,))

    async def get_user(self, *, user_id: int | Unset = UNSET) -> User | None:
        """Gets a User object.

        Returns:
            The result.
        """
        return await self._call(GET_USER, (user_id,))

    async def get_user_from_name(self, *, user_name: str | None | Unset = UNSET) -> User | None:
        """Get a user, with lookup based on user name.

        Returns:
            The result.
        """
        return await self._call(GET_USER_FROM_NAME, (user_name,))

    async def save_user_from_name(
        self, *, user_name: str | None | Unset = UNSET, user: User | None | Unset = UNSET
    ) -> User | None:
        """Save a user, with lookup based on the user name.

        Returns:
            The result.
        """
        return await self._call(SAVE_USER_FROM_NAME, (user_name, user))

    async def delete_user_from_name(self, *, user_name: str | None | Unset = UNSET) -> None:
        """Delete a user, with lookup based on the user name."""
        return await self._call(DELETE_USER_FROM_NAME, (user_name,))

    async def get_credential_types(self) -> list[CredentialType | None] | None:
        """Get available credential types that can be used for authentication

        Returns:
            The result.
        """
        return await self._call(GET_CREDENTIAL_TYPES, ())

    async def get_credential_types_for_user_type(
        self, *, user_type: UserType | str | Unset = UNSET
    ) -> list[CredentialType | None] | None:
        """Get available credential types that can be used for the specified user type.

        Returns:
            The result.
        """
        return await self._call(GET_CREDENTIAL_TYPES_FOR_USER_TYPE, (user_type,))

    async def save_untrusted_credentials(
        self,
        *,
        type: str | None | Unset = UNSET,
        credentials: UntrustedCredentials | None | Unset = UNSET,
    ) -> None:
        """Save credentials for authenticated user."""
        return await self._call(SAVE_UNTRUSTED_CREDENTIALS, (type, credentials))

    async def get_untrusted_credentials(
        self, *, type: str | None | Unset = UNSET
    ) -> list[UntrustedCredentials | None] | None:
        """Get a set of credentials of a specified type for authenticated user.

        Returns:
            The result.
        """
        return await self._call(GET_UNTRUSTED_CREDENTIALS, (type,))

    async def get_untrusted_credentials_for_associate(
        self, *, associate_id: int | Unset = UNSET, type: str | None | Unset = UNSET
    ) -> list[UntrustedCredentials | None] | None:
        """Get a set of credentials of a specified type for a specified user.

        Returns:
            The result.
        """
        return await self._call(GET_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE, (associate_id, type))

    async def save_untrusted_credentials_for_associate(
        self,
        *,
        associate_id: int | Unset = UNSET,
        type: str | None | Unset = UNSET,
        credentials: UntrustedCredentials | None | Unset = UNSET,
    ) -> None:
        """Save credentials for a specified user."""
        return await self._call(
            SAVE_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE, (associate_id, type, credentials)
        )

    async def remove_untrusted_credentials(
        self, *, type: str | None | Unset = UNSET, public_value: str | None | Unset = UNSET
    ) -> None:
        """Remove a credentials entry for authenticated user."""
        return await self._call(REMOVE_UNTRUSTED_CREDENTIALS, (type, public_value))

    async def remove_untrusted_credentials_for_associate(
        self,
        *,
        associate_id: int | Unset = UNSET,
        type: str | None | Unset = UNSET,
        public_value: str | None | Unset = UNSET,
    ) -> None:
        """Remove a credentials entry for a specified user."""
        return await self._call(
            REMOVE_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE, (associate_id, type, public_value)
        )

    async def create_external_user(
        self,
        *,
        person_id: int | Unset = UNSET,
        user_name: str | None | Unset = UNSET,
        password: str | None | Unset = UNSET,
        role_id: int | Unset = UNSET,
        is_active: bool | Unset = UNSET,
    ) -> int | None:
        """Creates an associate of type external user.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_EXTERNAL_USER, (person_id, user_name, password, role_id, is_active)
        )

    async def delete_external_user(self, *, associate_id: int | Unset = UNSET) -> None:
        """Deletes an associate of type external user."""
        return await self._call(DELETE_EXTERNAL_USER, (associate_id,))

    async def set_external_user_info(
        self,
        *,
        associate_id: int | Unset = UNSET,
        user_name: str | None | Unset = UNSET,
        password: str | None | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        role_id: int | Unset = UNSET,
        external_user_info_modification: ExternalUserInfoModification | str | Unset = UNSET,
    ) -> None:
        """Modifies an external user."""
        return await self._call(
            SET_EXTERNAL_USER_INFO,
            (
                associate_id,
                user_name,
                password,
                is_active,
                role_id,
                external_user_info_modification,
            ),
        )

    async def generate_new_password_for_external_user(
        self, *, associate_name: str | None | Unset = UNSET
    ) -> str | None:
        """Generates a new password for an external user.

        Returns:
            The result.
        """
        return await self._call(GENERATE_NEW_PASSWORD_FOR_EXTERNAL_USER, (associate_name,))

    async def can_change_password(self, *, associate_id: int | Unset = UNSET) -> bool | None:
        """Check if the current assoicate can change the password for an associate

        Returns:
            The result.
        """
        return await self._call(CAN_CHANGE_PASSWORD, (associate_id,))

    async def get_supported_change_password_types(
        self, *, associate_id: int | Unset = UNSET
    ) -> list[ChangePasswordType | str] | None:
        """Get the different methods the user can use to change password

        Returns:
            The result.
        """
        return await self._call(GET_SUPPORTED_CHANGE_PASSWORD_TYPES, (associate_id,))

    async def change_password(
        self,
        *,
        associate_id: int | Unset = UNSET,
        old_password: str | None | Unset = UNSET,
        new_password: str | None | Unset = UNSET,
    ) -> bool | None:
        """Change password for a user.

        Returns:
            The result.
        """
        return await self._call(CHANGE_PASSWORD, (associate_id, old_password, new_password))

    async def send_change_password_e_mail(
        self, *, associate_id: int | Unset = UNSET
    ) -> OperationResult | None:
        """Send a change password email to this users registered address.

        Returns:
            The result.
        """
        return await self._call(SEND_CHANGE_PASSWORD_E_MAIL, (associate_id,))

    async def get_user_from_person_id(
        self, *, person_id: int | Unset = UNSET
    ) -> list[User | None] | None:
        """Returns the user associated with the supplied person id

        Returns:
            The result.
        """
        return await self._call(GET_USER_FROM_PERSON_ID, (person_id,))

    async def create_default_user_from_user_type_and_person_id(
        self, *, user_type: UserType | str | Unset = UNSET, person_id: int | Unset = UNSET
    ) -> User | None:
        """Create default User providing the associate type and person id.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_DEFAULT_USER_FROM_USER_TYPE_AND_PERSON_ID, (user_type, person_id)
        )

    async def create_default_user_from_user_type(
        self, *, user_type: UserType | str | Unset = UNSET
    ) -> User | None:
        """Create default User providing the user type.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_USER_FROM_USER_TYPE, (user_type,))

    async def get_user_from_ej_user_id(
        self, *, ej_user_id: int | Unset = UNSET
    ) -> list[User | None] | None:
        """Get user from ejUserId - used for eJournal Legacy Support.

        Returns:
            The result.
        """
        return await self._call(GET_USER_FROM_EJ_USER_ID, (ej_user_id,))

    async def set_password_from_name(
        self, *, associate_name: str | None | Unset = UNSET, password: str | None | Unset = UNSET
    ) -> bool | None:
        """Change password for a user.

        Returns:
            The result.
        """
        return await self._call(SET_PASSWORD_FROM_NAME, (associate_name, password))

    async def set_password(
        self, *, associate_id: int | Unset = UNSET, password: str | None | Unset = UNSET
    ) -> bool | None:
        """Change password for a user.

        Returns:
            The result.
        """
        return await self._call(SET_PASSWORD, (associate_id, password))

    async def change_own_password(
        self, *, old_password: str | None | Unset = UNSET, new_password: str | None | Unset = UNSET
    ) -> bool | None:
        """Change password for a user.

        Returns:
            The result.
        """
        return await self._call(CHANGE_OWN_PASSWORD, (old_password, new_password))

    async def change_password_from_name(
        self,
        *,
        associate_name: str | None | Unset = UNSET,
        old_password: str | None | Unset = UNSET,
        new_password: str | None | Unset = UNSET,
    ) -> bool | None:
        """Change password for a user.

        Returns:
            The result.
        """
        return await self._call(
            CHANGE_PASSWORD_FROM_NAME, (associate_name, old_password, new_password)
        )

    async def is_user_name_valid(
        self,
        *,
        associate_id: int | Unset = UNSET,
        type: UserType | str | Unset = UNSET,
        person_id: int | Unset = UNSET,
        user_name: str | None | Unset = UNSET,
    ) -> bool | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return await self._call(IS_USER_NAME_VALID, (associate_id, type, person_id, user_name))

    async def is_password_valid(
        self,
        *,
        associate_id: int | Unset = UNSET,
        type: UserType | str | Unset = UNSET,
        person_id: int | Unset = UNSET,
        password: str | None | Unset = UNSET,
    ) -> bool | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return await self._call(IS_PASSWORD_VALID, (associate_id, type, person_id, password))

    async def set_generated_password(self, *, associate_id: int | Unset = UNSET) -> str | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return await self._call(SET_GENERATED_PASSWORD, (associate_id,))

    async def set_generated_password_from_name(
        self, *, associate_name: str | None | Unset = UNSET
    ) -> str | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return await self._call(SET_GENERATED_PASSWORD_FROM_NAME, (associate_name,))

    async def is_password_valid_with_reason(
        self,
        *,
        associate_id: int | Unset = UNSET,
        type: UserType | str | Unset = UNSET,
        person_id: int | Unset = UNSET,
        password: str | None | Unset = UNSET,
    ) -> UserValidationResult | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return await self._call(
            IS_PASSWORD_VALID_WITH_REASON, (associate_id, type, person_id, password)
        )

    async def is_user_name_valid_with_reason(
        self,
        *,
        associate_id: int | Unset = UNSET,
        type: UserType | str | Unset = UNSET,
        person_id: int | Unset = UNSET,
        user_name: str | None | Unset = UNSET,
    ) -> UserValidationResult | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return await self._call(
            IS_USER_NAME_VALID_WITH_REASON, (associate_id, type, person_id, user_name)
        )

    async def change_user_type(
        self, *, user: User | None | Unset = UNSET, user_type: UserType | str | Unset = UNSET
    ) -> User | None:
        """Get a user from the user name.

        Returns:
            The result.
        """
        return await self._call(CHANGE_USER_TYPE, (user, user_type))

    async def create_default_user_from_user_type_and_credential(
        self,
        *,
        user_type: UserType | str | Unset = UNSET,
        contact_id: int | Unset = UNSET,
        credential_type: str | None | Unset = UNSET,
        credential_value: str | None | Unset = UNSET,
        credential_display_value: str | None | Unset = UNSET,
    ) -> User | None:
        """Creates a PersonEntity with default values based on the contactId and credentials.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_DEFAULT_USER_FROM_USER_TYPE_AND_CREDENTIAL,
            (user_type, contact_id, credential_type, credential_value, credential_display_value),
        )

    async def get_valid_user_name(
        self,
        *,
        associate_id: int | Unset = UNSET,
        type: UserType | str | Unset = UNSET,
        person_id: int | Unset = UNSET,
        user_name: str | None | Unset = UNSET,
    ) -> str | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return await self._call(GET_VALID_USER_NAME, (associate_id, type, person_id, user_name))

    async def remove_licenses(self, *, associate_id: int | Unset = UNSET) -> None:
        """Remove all user licenses."""
        return await self._call(REMOVE_LICENSES, (associate_id,))

    async def make_retired(
        self, *, associate_id: int | Unset = UNSET, retired: bool | Unset = UNSET
    ) -> None:
        """Retiring a user means to remove all licenses, setting person."""
        return await self._call(MAKE_RETIRED, (associate_id, retired))

    async def add_owner_contact(self, *, contact_id: int | Unset = UNSET) -> None:
        """NsApiSlow threshold: 2000 ms."""
        return await self._call(ADD_OWNER_CONTACT, (contact_id,))

    async def remove_owner_contact(self, *, contact_id: int | Unset = UNSET) -> None:
        """Remove a contact from the ownercontactlink table"""
        return await self._call(REMOVE_OWNER_CONTACT, (contact_id,))

    async def resolve_user_from_info(
        self,
        *,
        contact_id: int | Unset = UNSET,
        person_name: str | None | Unset = UNSET,
        phone_numbers: list[str | None] | None | Unset = UNSET,
        emails: list[str | None] | None | Unset = UNSET,
        user_type: UserType | str | Unset = UNSET,
        credential: Credential | None | Unset = UNSET,
    ) -> ResolvedUser | None:
        """Get a user from the provided information.

        Returns:
            The result.
        """
        return await self._call(
            RESOLVE_USER_FROM_INFO,
            (contact_id, person_name, phone_numbers, emails, user_type, credential),
        )

    async def get_access_token(
        self, *, app_token: str | None | Unset = UNSET, include_cs_session: bool | Unset = UNSET
    ) -> str | None:
        """Get an access token based on the current user's session.

        Returns:
            The result.
        """
        return await self._call(GET_ACCESS_TOKEN, (app_token, include_cs_session))

    async def get_valid_user_name_for_new_user(
        self, *, user: User | None | Unset = UNSET
    ) -> str | None:
        """Generates a valid username for an unsaved user

        Returns:
            The result.
        """
        return await self._call(GET_VALID_USER_NAME_FOR_NEW_USER, (user,))

    async def get_default_associate_user_name(
        self, *, user: User | None | Unset = UNSET
    ) -> str | None:
        """Get the default username for a person

        Returns:
            The result.
        """
        return await self._call(GET_DEFAULT_ASSOCIATE_USER_NAME, (user,))

    async def is_nick_name_unique(
        self, *, associate_id: int | Unset = UNSET, nick_name: str | None | Unset = UNSET
    ) -> bool | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return await self._call(IS_NICK_NAME_UNIQUE, (associate_id, nick_name))


class UserAgent(UserMethods, SoapCaller):
    """User over SOAP 1.1 (``Remote/Services88/User.svc``), synchronous."""

    _PATH = "Remote/Services88/User.svc"
    _HEADERS = HEADERS


class AsyncUserAgent(AsyncUserMethods, AsyncSoapCaller):
    """User over SOAP 1.1 (``Remote/Services88/User.svc``), asynchronous."""

    _PATH = "Remote/Services88/User.svc"
    _HEADERS = HEADERS


class UserRestAgent(UserMethods, RestCaller):
    """User over REST (``/api/v1/Agents/User/...``), synchronous."""


class AsyncUserRestAgent(AsyncUserMethods, AsyncRestCaller):
    """User over REST (``/api/v1/Agents/User/...``), asynchronous."""
