"""Services88 User agent (``Remote/Services88/User.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, INT, Operation, Param, STR
from .types.access_gateway_info import ACCESS_GATEWAY_INFO_CODEC
from .types.change_password_type import LIST_OF_CHANGE_PASSWORD_TYPE_CODEC
from .types.command_action_result import COMMAND_ACTION_RESULT_CODEC
from .types.command_result import COMMAND_RESULT_CODEC
from .types.credential import CREDENTIAL_CODEC
from .types.credential_type import LIST_OF_CREDENTIAL_TYPE_CODEC
from .types.credentials_group import LIST_OF_CREDENTIALS_GROUP_CODEC
from .types.credentials_group_users import CREDENTIALS_GROUP_USERS_CODEC
from .types.custom_command import LIST_OF_CUSTOM_COMMAND_CODEC
from .types.external_user_info_modification import EXTERNAL_USER_INFO_MODIFICATION_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_mdo_list_item import LIST_OF_MDO_LIST_ITEM_CODEC
from .types.list_of_selectable_mdo_list_item import LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.operation_result import OPERATION_RESULT_CODEC
from .types.resolved_user import RESOLVED_USER_CODEC
from .types.role import ROLE_CODEC
from .types.role_entity import ROLE_ENTITY_CODEC
from .types.role_relation_to_owner import ROLE_RELATION_TO_OWNER_CODEC
from .types.role_type import ROLE_TYPE_CODEC
from .types.service_auth import SERVICE_AUTH_CODEC
from .types.string_dictionary import STRING_DICTIONARY_CODEC
from .types.token_management_info import TOKEN_MANAGEMENT_INFO_CODEC
from .types.untrusted_credentials import (
    LIST_OF_UNTRUSTED_CREDENTIALS_CODEC,
    UNTRUSTED_CREDENTIALS_CODEC,
)
from .types.user import LIST_OF_USER_CODEC, USER_CODEC
from .types.user_group import LIST_OF_USER_GROUP_CODEC, USER_GROUP_CODEC
from .types.user_info import LIST_OF_USER_INFO_CODEC, USER_INFO_CODEC
from .types.user_presence_status import USER_PRESENCE_STATUS_CODEC
from .types.user_type import USER_TYPE_CODEC
from .types.user_validation_result import USER_VALIDATION_RESULT_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

VALIDATE_USER = Operation(
    "ValidateUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/ValidateUser",
    params=(Param("user", "User", USER_CODEC, nillable=True),),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/ValidateUser",
)
"""Check that entity is ready for saving, return error messages by field."""

GET_USER_PRESENCE_STATUS = Operation(
    "GetUserPresenceStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetUserPresenceStatus",
    params=(Param("associate_id", "AssociateId", INT),),
    results=(Param("response", "Response", USER_PRESENCE_STATUS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetUserPresenceStatus",
)
"""Get user presence status"""

SET_USER_PRESENCE_STATUS = Operation(
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
"""Set user presence status"""

GET_USER_GROUP = Operation(
    "GetUserGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetUserGroup",
    params=(Param("user_group_id", "UserGroupId", INT),),
    results=(Param("response", "Response", USER_GROUP_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetUserGroup",
)
"""Gets a UserGroup object."""

SAVE_USER_GROUP = Operation(
    "SaveUserGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SaveUserGroup",
    params=(Param("user_group", "UserGroup", USER_GROUP_CODEC, nillable=True),),
    results=(Param("response", "Response", USER_GROUP_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/SaveUserGroup",
)
"""Save a user group."""

GET_ALL_USER_GROUPS = Operation(
    "GetAllUserGroups",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetAllUserGroups",
    params=(Param("include_deleted", "IncludeDeleted", BOOL),),
    results=(Param("response", "Response", LIST_OF_USER_GROUP_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetAllUserGroups",
)
"""Get all user groups"""

CREATE_USER_GROUP = Operation(
    "CreateUserGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/CreateUserGroup",
    results=(Param("response", "Response", USER_GROUP_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/CreateUserGroup",
)
"""Create UserGroup (Rank is assigned to the highest rank)"""

DELETE_USER_GROUP = Operation(
    "DeleteUserGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/DeleteUserGroup",
    params=(
        Param("user_group_to_delete", "UserGroupToDelete", INT),
        Param("user_group_to_move_to", "UserGroupToMoveTo", INT),
    ),
    rest_path="/api/v1/Agents/User/DeleteUserGroup",
)
"""Delete a usergroup and move its members to another usergroup"""

GET_USER_GROUP_LIST = Operation(
    "GetUserGroupList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetUserGroupList",
    params=(Param("user_group_ids", "UserGroupIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_USER_GROUP_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetUserGroupList",
    rest_body="user_group_ids",
)
"""Gets an array of UserGroup objects."""

GET_USER_INFO = Operation(
    "GetUserInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetUserInfo",
    params=(Param("user_info_id", "UserInfoId", INT),),
    results=(Param("response", "Response", USER_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetUserInfo",
)
"""Gets a UserInfo object."""

GET_USER_INFO_LIST = Operation(
    "GetUserInfoList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetUserInfoList",
    params=(Param("user_info_ids", "UserInfoIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_USER_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetUserInfoList",
    rest_body="user_info_ids",
)
"""Gets an array of UserInfo objects."""

CREATE_DEFAULT_ROLE_ENTITY = Operation(
    "CreateDefaultRoleEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/CreateDefaultRoleEntity",
    results=(Param("response", "Response", ROLE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/CreateDefaultRoleEntity",
)
"""Loading default values into a new RoleEntity."""

SAVE_ROLE_ENTITY = Operation(
    "SaveRoleEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SaveRoleEntity",
    params=(Param("role_entity", "RoleEntity", ROLE_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", ROLE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/SaveRoleEntity",
    rest_body="role_entity",
)
"""Updates the existing RoleEntity or creates a new RoleEntity if the id parameter is 0."""

CREATE_DEFAULT_SERVICE_AUTH = Operation(
    "CreateDefaultServiceAuth",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/CreateDefaultServiceAuth",
    results=(Param("response", "Response", SERVICE_AUTH_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/CreateDefaultServiceAuth",
)
"""Loading default values into a new ServiceAuth."""

SAVE_SERVICE_AUTH = Operation(
    "SaveServiceAuth",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SaveServiceAuth",
    params=(Param("service_auth", "ServiceAuth", SERVICE_AUTH_CODEC, nillable=True),),
    results=(Param("response", "Response", SERVICE_AUTH_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/SaveServiceAuth",
    rest_body="service_auth",
)
"""Updates the existing ServiceAuth or creates a new ServiceAuth if the id parameter is 0."""

DELETE_SERVICE_AUTH = Operation(
    "DeleteServiceAuth",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/DeleteServiceAuth",
    params=(Param("service_auth_id", "ServiceAuthId", INT),),
    rest_path="/api/v1/Agents/User/DeleteServiceAuth",
)
"""Deletes the ServiceAuth"""

CREATE_DEFAULT_UNTRUSTED_CREDENTIALS = Operation(
    "CreateDefaultUntrustedCredentials",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/CreateDefaultUntrustedCredentials",
    results=(Param("response", "Response", UNTRUSTED_CREDENTIALS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/CreateDefaultUntrustedCredentials",
)
"""Loading default values into a new UntrustedCredentials."""

CREATE_DEFAULT_USER = Operation(
    "CreateDefaultUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/CreateDefaultUser",
    results=(Param("response", "Response", USER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/CreateDefaultUser",
)
"""Loading default values into a new User."""

SAVE_USER = Operation(
    "SaveUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SaveUser",
    params=(Param("user", "User", USER_CODEC, nillable=True),),
    results=(Param("response", "Response", USER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/SaveUser",
    rest_body="user",
)
"""Updates the existing User or creates a new User if the id parameter is 0."""

GET_USER_COMMANDS = Operation(
    "GetUserCommands",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetUserCommands",
    params=(Param("user", "User", USER_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_CUSTOM_COMMAND_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetUserCommands",
    rest_body="user",
)
"""Get registered custom commands for User"""

EXECUTE_USER_COMMAND = Operation(
    "ExecuteUserCommand",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/ExecuteUserCommand",
    params=(
        Param("command_name", "CommandName", STR, nillable=True),
        Param("command_action_result", "CommandActionResult", COMMAND_ACTION_RESULT_CODEC),
        Param("user", "User", USER_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", COMMAND_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/ExecuteUserCommand",
)
"""Executes the custom command for User"""

DELETE_USER = Operation(
    "DeleteUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/DeleteUser",
    params=(Param("user_id", "UserId", INT),),
    rest_path="/api/v1/Agents/User/DeleteUser",
)
"""Deletes the User"""

GET_ACCESS_GATEWAY_INFO = Operation(
    "GetAccessGatewayInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetAccessGatewayInfo",
    results=(Param("response", "Response", ACCESS_GATEWAY_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetAccessGatewayInfo",
)
"""Returns accessgateway registration info"""

GET_OR_REGISTER_ACCESS_GATEWAY_INFO = Operation(
    "GetOrRegisterAccessGatewayInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetOrRegisterAccessGatewayInfo",
    params=(Param("redirect_uri", "RedirectUri", STR, nillable=True),),
    results=(Param("response", "Response", ACCESS_GATEWAY_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetOrRegisterAccessGatewayInfo",
)
"""Returns accessgateway registration info and registers a new or adds the url if necessary"""

REGISTER_WITH_ACCESS_GATEWAY = Operation(
    "RegisterWithAccessGateway",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/RegisterWithAccessGateway",
    params=(Param("redirect_uri", "RedirectUri", STR, nillable=True),),
    results=(Param("response", "Response", ACCESS_GATEWAY_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/RegisterWithAccessGateway",
)
"""Registers with access gateway if not already done, otherwise will attempt to update"""

CHECK_ACCESS_GATEWAY_REGISTRATION = Operation(
    "CheckAccessGatewayRegistration",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/CheckAccessGatewayRegistration",
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/User/CheckAccessGatewayRegistration",
)
"""Checks if AccessGatewayRegistration is valid"""

SAVE_CREDENTIAL = Operation(
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
"""Save (adds/replaces) current credential of the same type for the user."""

DELETE_CREDENTIAL = Operation(
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
"""Remove credential of a specific type for a user"""

FIND_CREDENTIALS_GROUPS = Operation(
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
"""Get user groups holding users filtered by the searchString."""

FIND_CREDENTIAL_USERS = Operation(
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
"""Find users matching the partial name."""

GET_CREDENTIAL_USERS_IN_GROUP = Operation(
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
"""Get credential users within a user group"""

GET_ROLE = Operation(
    "GetRole",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetRole",
    params=(Param("role_id", "RoleId", INT),),
    results=(Param("response", "Response", ROLE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetRole",
)
"""Gets a Role object."""

GET_ROLE_ENTITY = Operation(
    "GetRoleEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetRoleEntity",
    params=(Param("role_entity_id", "RoleEntityId", INT),),
    results=(Param("response", "Response", ROLE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetRoleEntity",
)
"""Gets a RoleEntity object."""

DELETE_ROLE = Operation(
    "DeleteRole",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/DeleteRole",
    params=(
        Param("role_id_to_delete", "RoleIdToDelete", INT),
        Param("replacing_role_id", "ReplacingRoleId", INT),
    ),
    rest_path="/api/v1/Agents/User/DeleteRole",
)
"""Delete the specified role and move all users associated with the role to the replacingRoleId"""

GET_ALL_ROLES = Operation(
    "GetAllRoles",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetAllRoles",
    params=(Param("role_type", "RoleType", ROLE_TYPE_CODEC),),
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/User/GetAllRoles",
)
"""Get a list of all roles for the given type of role."""

GET_ALL_FUNCTIONAL_RIGHTS = Operation(
    "GetAllFunctionalRights",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetAllFunctionalRights",
    params=(Param("role_type", "RoleType", ROLE_TYPE_CODEC),),
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/User/GetAllFunctionalRights",
)
"""Get a list of all functional rights for the given type of role."""

GET_ALL_DATA_RIGHTS = Operation(
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
"""Get a list of all data rights for the given role, filtered by relation to owner."""

GET_FUNCTIONAL_RIGHTS = Operation(
    "GetFunctionalRights",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetFunctionalRights",
    params=(Param("role_id", "RoleId", INT),),
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/User/GetFunctionalRights",
)
"""Get all functional rights for the given role."""

SET_FUNCTIONAL_RIGHTS = Operation(
    "SetFunctionalRights",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SetFunctionalRights",
    params=(
        Param("role_id", "RoleId", INT),
        Param("functional_right_ids", "FunctionalRightIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/User/SetFunctionalRights",
)
"""Set all functional rights for the given role."""

SET_DATA_RIGHT = Operation(
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
"""Set one specific data right at the given position."""

GET_DATA_RIGHT = Operation(
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
"""Read one specific data right at the given position."""

GET_DATA_RIGHTS = Operation(
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
"""Read specific a set of data rights at the given row in the rights matrix."""

CREATE_DEFAULT_ROLE_ENTITY_FROM_TYPE = Operation(
    "CreateDefaultRoleEntityFromType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/CreateDefaultRoleEntityFromType",
    params=(Param("type", "Type", ROLE_TYPE_CODEC),),
    results=(Param("response", "Response", ROLE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/CreateDefaultRoleEntityFromType",
)
"""Create a new role entity of the specified role type."""

FIND_ROLES_WITH_FUNCTIONAL_RIGHT = Operation(
    "FindRolesWithFunctionalRight",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/FindRolesWithFunctionalRight",
    params=(Param("functional_right_name", "FunctionalRightName", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_MDO_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/FindRolesWithFunctionalRight",
)
"""Find all roles with a given functional right."""

FIND_ROLES_WITH_FUNCTIONAL_RIGHTS = Operation(
    "FindRolesWithFunctionalRights",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/FindRolesWithFunctionalRights",
    params=(
        Param("functional_right_names", "FunctionalRightNames", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/FindRolesWithFunctionalRights",
)
"""Find all roles with a given set of functional rights."""

FIND_ROLES_WITHOUT_FUNCTIONAL_RIGHTS = Operation(
    "FindRolesWithoutFunctionalRights",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/FindRolesWithoutFunctionalRights",
    params=(
        Param("functional_right_names", "FunctionalRightNames", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/FindRolesWithoutFunctionalRights",
)
"""Find all roles without a given set of functional rights."""

GET_SERVICE_AUTH = Operation(
    "GetServiceAuth",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetServiceAuth",
    params=(Param("service_auth_id", "ServiceAuthId", INT),),
    results=(Param("response", "Response", SERVICE_AUTH_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetServiceAuth",
)
"""Gets a ServiceAuth object."""

SAVE_EXTERNAL_TOKENS = Operation(
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
"""Saves the external tokens to the DB and returns a key that can be used to retrieve them"""

DECRYPT_AND_SAVE_EXTERNAL_TOKENS = Operation(
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
"""First asks AccessGateway to decrypt the tokens, then saves the external tokens to the DB and
returns a key that can be used to retrieve them"""

GET_EXTERNAL_TOKENS = Operation(
    "GetExternalTokens",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetExternalTokens",
    params=(Param("key", "Key", STR, nillable=True),),
    results=(Param("response", "Response", TOKEN_MANAGEMENT_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetExternalTokens",
)
"""Retrieve the tokens from the DB based on the given key"""

GET_USER = Operation(
    "GetUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetUser",
    params=(Param("user_id", "UserId", INT),),
    results=(Param("response", "Response", USER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetUser",
)
"""Gets a User object."""

GET_USER_FROM_NAME = Operation(
    "GetUserFromName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetUserFromName",
    params=(Param("user_name", "UserName", STR, nillable=True),),
    results=(Param("response", "Response", USER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetUserFromName",
)
"""Get a user, with lookup based on user name."""

SAVE_USER_FROM_NAME = Operation(
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
"""Save a user, with lookup based on the user name."""

DELETE_USER_FROM_NAME = Operation(
    "DeleteUserFromName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/DeleteUserFromName",
    params=(Param("user_name", "UserName", STR, nillable=True),),
    rest_path="/api/v1/Agents/User/DeleteUserFromName",
)
"""Delete a user, with lookup based on the user name."""

GET_CREDENTIAL_TYPES = Operation(
    "GetCredentialTypes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetCredentialTypes",
    results=(Param("response", "Response", LIST_OF_CREDENTIAL_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetCredentialTypes",
)
"""Get available credential types that can be used for authentication"""

GET_CREDENTIAL_TYPES_FOR_USER_TYPE = Operation(
    "GetCredentialTypesForUserType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetCredentialTypesForUserType",
    params=(Param("user_type", "UserType", USER_TYPE_CODEC),),
    results=(Param("response", "Response", LIST_OF_CREDENTIAL_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetCredentialTypesForUserType",
)
"""Get available credential types that can be used for the specified user type."""

SAVE_UNTRUSTED_CREDENTIALS = Operation(
    "SaveUntrustedCredentials",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SaveUntrustedCredentials",
    params=(
        Param("type", "Type", STR, nillable=True),
        Param("credentials", "Credentials", UNTRUSTED_CREDENTIALS_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/User/SaveUntrustedCredentials",
)
"""Save credentials for authenticated user."""

GET_UNTRUSTED_CREDENTIALS = Operation(
    "GetUntrustedCredentials",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetUntrustedCredentials",
    params=(Param("type", "Type", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_UNTRUSTED_CREDENTIALS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetUntrustedCredentials",
)
"""Get a set of credentials of a specified type for authenticated user."""

GET_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE = Operation(
    "GetUntrustedCredentialsForAssociate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetUntrustedCredentialsForAssociate",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param("type", "Type", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_UNTRUSTED_CREDENTIALS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetUntrustedCredentialsForAssociate",
)
"""Get a set of credentials of a specified type for a specified user."""

SAVE_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE = Operation(
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
"""Save credentials for a specified user."""

REMOVE_UNTRUSTED_CREDENTIALS = Operation(
    "RemoveUntrustedCredentials",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/RemoveUntrustedCredentials",
    params=(
        Param("type", "Type", STR, nillable=True),
        Param("public_value", "PublicValue", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/User/RemoveUntrustedCredentials",
)
"""Remove a credentials entry for authenticated user."""

REMOVE_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE = Operation(
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
"""Remove a credentials entry for a specified user."""

CREATE_EXTERNAL_USER = Operation(
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
"""Creates an associate of type external user."""

DELETE_EXTERNAL_USER = Operation(
    "DeleteExternalUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/DeleteExternalUser",
    params=(Param("associate_id", "AssociateId", INT),),
    rest_path="/api/v1/Agents/User/DeleteExternalUser",
)
"""Deletes an associate of type external user."""

SET_EXTERNAL_USER_INFO = Operation(
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
"""Modifies an external user."""

GENERATE_NEW_PASSWORD_FOR_EXTERNAL_USER = Operation(
    "GenerateNewPasswordForExternalUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GenerateNewPasswordForExternalUser",
    params=(Param("associate_name", "AssociateName", STR, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/User/GenerateNewPasswordForExternalUser",
)
"""Generates a new password for an external user."""

CAN_CHANGE_PASSWORD = Operation(
    "CanChangePassword",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/CanChangePassword",
    params=(Param("associate_id", "AssociateId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/User/CanChangePassword",
)
"""Check if the current assoicate can change the password for an associate"""

GET_SUPPORTED_CHANGE_PASSWORD_TYPES = Operation(
    "GetSupportedChangePasswordTypes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetSupportedChangePasswordTypes",
    params=(Param("associate_id", "AssociateId", INT),),
    results=(Param("response", "Response", LIST_OF_CHANGE_PASSWORD_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetSupportedChangePasswordTypes",
)
"""Get the different methods the user can use to change password"""

CHANGE_PASSWORD = Operation(
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
"""Change password for a user."""

SEND_CHANGE_PASSWORD_E_MAIL = Operation(
    "SendChangePasswordEMail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SendChangePasswordEMail",
    params=(Param("associate_id", "AssociateId", INT),),
    results=(Param("response", "Response", OPERATION_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/SendChangePasswordEMail",
)
"""Send a change password email to this users registered address."""

GET_USER_FROM_PERSON_ID = Operation(
    "GetUserFromPersonId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetUserFromPersonId",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", LIST_OF_USER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetUserFromPersonId",
)
"""Returns the user associated with the supplied person id"""

CREATE_DEFAULT_USER_FROM_USER_TYPE_AND_PERSON_ID = Operation(
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
"""Create default User providing the associate type and person id."""

CREATE_DEFAULT_USER_FROM_USER_TYPE = Operation(
    "CreateDefaultUserFromUserType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/CreateDefaultUserFromUserType",
    params=(Param("user_type", "UserType", USER_TYPE_CODEC),),
    results=(Param("response", "Response", USER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/CreateDefaultUserFromUserType",
)
"""Create default User providing the user type."""

GET_USER_FROM_EJ_USER_ID = Operation(
    "GetUserFromEjUserId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetUserFromEjUserId",
    params=(Param("ej_user_id", "EjUserId", INT),),
    results=(Param("response", "Response", LIST_OF_USER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/User/GetUserFromEjUserId",
)
"""Get user from ejUserId - used for eJournal Legacy Support."""

SET_PASSWORD_FROM_NAME = Operation(
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
"""Change password for a user."""

SET_PASSWORD = Operation(
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
"""Change password for a user."""

CHANGE_OWN_PASSWORD = Operation(
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
"""Change password for a user."""

CHANGE_PASSWORD_FROM_NAME = Operation(
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
"""Change password for a user."""

IS_USER_NAME_VALID = Operation(
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
"""NsApiSlow threshold: 2000 ms."""

IS_PASSWORD_VALID = Operation(
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
"""NsApiSlow threshold: 2000 ms."""

SET_GENERATED_PASSWORD = Operation(
    "SetGeneratedPassword",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SetGeneratedPassword",
    params=(Param("associate_id", "AssociateId", INT),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/User/SetGeneratedPassword",
)
"""NsApiSlow threshold: 2000 ms."""

SET_GENERATED_PASSWORD_FROM_NAME = Operation(
    "SetGeneratedPasswordFromName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/SetGeneratedPasswordFromName",
    params=(Param("associate_name", "AssociateName", STR, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/User/SetGeneratedPasswordFromName",
)
"""NsApiSlow threshold: 2000 ms."""

IS_PASSWORD_VALID_WITH_REASON = Operation(
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
"""NsApiSlow threshold: 2000 ms."""

IS_USER_NAME_VALID_WITH_REASON = Operation(
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
"""NsApiSlow threshold: 2000 ms."""

CHANGE_USER_TYPE = Operation(
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
"""Get a user from the user name."""

CREATE_DEFAULT_USER_FROM_USER_TYPE_AND_CREDENTIAL = Operation(
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
"""Creates a PersonEntity with default values based on the contactId and credentials."""

GET_VALID_USER_NAME = Operation(
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
"""NsApiSlow threshold: 2000 ms."""

REMOVE_LICENSES = Operation(
    "RemoveLicenses",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/RemoveLicenses",
    params=(Param("associate_id", "AssociateId", INT),),
    rest_path="/api/v1/Agents/User/RemoveLicenses",
)
"""Remove all user licenses."""

MAKE_RETIRED = Operation(
    "MakeRetired",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/MakeRetired",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param("retired", "Retired", BOOL),
    ),
    rest_path="/api/v1/Agents/User/MakeRetired",
)
"""Retiring a user means to remove all licenses, setting person."""

ADD_OWNER_CONTACT = Operation(
    "AddOwnerContact",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/AddOwnerContact",
    params=(Param("contact_id", "ContactId", INT),),
    rest_path="/api/v1/Agents/User/AddOwnerContact",
)
"""NsApiSlow threshold: 2000 ms."""

REMOVE_OWNER_CONTACT = Operation(
    "RemoveOwnerContact",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/RemoveOwnerContact",
    params=(Param("contact_id", "ContactId", INT),),
    rest_path="/api/v1/Agents/User/RemoveOwnerContact",
)
"""Remove a contact from the ownercontactlink table"""

RESOLVE_USER_FROM_INFO = Operation(
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
"""Get a user from the provided information."""

GET_ACCESS_TOKEN = Operation(
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
"""Get an access token based on the current user's session."""

GET_VALID_USER_NAME_FOR_NEW_USER = Operation(
    "GetValidUserNameForNewUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetValidUserNameForNewUser",
    params=(Param("user", "User", USER_CODEC, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/User/GetValidUserNameForNewUser",
)
"""Generates a valid username for an unsaved user"""

GET_DEFAULT_ASSOCIATE_USER_NAME = Operation(
    "GetDefaultAssociateUserName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/User/GetDefaultAssociateUserName",
    params=(Param("user", "User", USER_CODEC, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/User/GetDefaultAssociateUserName",
)
"""Get the default username for a person"""

IS_NICK_NAME_UNIQUE = Operation(
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
"""NsApiSlow threshold: 2000 ms."""

OPERATIONS: dict[str, Operation] = {
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
