"""Services88 Associate agent (``Remote/Services88/Associate.svc``): its operations."""

from __future__ import annotations

from ..runtime import INT, Operation, Param, STR
from .types.associate import ASSOCIATE_CODEC, LIST_OF_ASSOCIATE_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_ASSOCIATE = Operation(
    "GetAssociate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Associate/GetAssociate",
    params=(Param("associate_id", "AssociateId", INT),),
    results=(Param("response", "Response", ASSOCIATE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Associate/GetAssociate",
)
"""Gets a Associate object."""

GET_ASSOCIATE_BY_PERSON_ID = Operation(
    "GetAssociateByPersonId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Associate/GetAssociateByPersonId",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", ASSOCIATE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Associate/GetAssociateByPersonId",
)
"""Returns the associate that belongs to this person if the person is an associate."""

GET_NOTE = Operation(
    "GetNote",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Associate/GetNote",
    params=(Param("associate_id", "AssociateId", INT),),
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Associate/GetNote",
)
"""Returns an array of strings(notepad pages)."""

SAVE_NOTE = Operation(
    "SaveNote",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Associate/SaveNote",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param("note", "Note", LIST_OF_STR_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Associate/SaveNote",
)
"""Saves an array of strings(notepad pages)."""

GET_ENCRYPTION_KEY = Operation(
    "GetEncryptionKey",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Associate/GetEncryptionKey",
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Associate/GetEncryptionKey",
)
"""Get unique key made from AssociateId and dbTag used for local storage encryption operations."""

GET_ASSOCIATE_LIST = Operation(
    "GetAssociateList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Associate/GetAssociateList",
    params=(Param("associate_ids", "AssociateIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_ASSOCIATE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Associate/GetAssociateList",
    rest_body="associate_ids",
)
"""Gets an array of Associate objects."""

GET_ASSOCIATES_BY_GROUP = Operation(
    "GetAssociatesByGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Associate/GetAssociatesByGroup",
    params=(
        Param("group_id", "GroupId", INT),
        Param("type", "Type", INT),
    ),
    results=(Param("response", "Response", LIST_OF_ASSOCIATE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Associate/GetAssociatesByGroup",
)
"""Method that returns a array of associate , based on DiaryGroupType and groupId."""

LOG_OFF_WINDOWS_USERS = Operation(
    "LogOffWindowsUsers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Associate/LogOffWindowsUsers",
    params=(Param("associate_ids", "AssociateIds", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Associate/LogOffWindowsUsers",
)
"""Method that logs off associates that are logged on to the win client"""

OPERATIONS: dict[str, Operation] = {
    "GetAssociate": GET_ASSOCIATE,
    "GetAssociateByPersonId": GET_ASSOCIATE_BY_PERSON_ID,
    "GetNote": GET_NOTE,
    "SaveNote": SAVE_NOTE,
    "GetEncryptionKey": GET_ENCRYPTION_KEY,
    "GetAssociateList": GET_ASSOCIATE_LIST,
    "GetAssociatesByGroup": GET_ASSOCIATES_BY_GROUP,
    "LogOffWindowsUsers": LOG_OFF_WINDOWS_USERS,
}
