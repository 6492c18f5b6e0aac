"""Services88 Selection agent (``Remote/Services88/Selection.svc``).

``SelectionAgent`` and ``AsyncSelectionAgent`` call it over SOAP, ``SelectionRestAgent`` and
``AsyncSelectionRestAgent`` over REST; all four share the same typed methods and
dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import BOOL, BYTES, INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.appointment_entity import APPOINTMENT_ENTITY_CODEC, AppointmentEntity
from .types.archive_list_item import LIST_OF_ARCHIVE_LIST_ITEM_CODEC, ArchiveListItem
from .types.archive_restriction_group import (
    LIST_OF_ARCHIVE_RESTRICTION_GROUP_CODEC,
    ArchiveRestrictionGroup,
)
from .types.archive_restriction_info import (
    LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC,
    ArchiveRestrictionInfo,
)
from .types.board_view_entity_type import BOARD_VIEW_ENTITY_TYPE_CODEC, BoardViewEntityType
from .types.board_view_settings_base import BOARD_VIEW_SETTINGS_BASE_CODEC, BoardViewSettingsBase
from .types.contact_person_id import LIST_OF_CONTACT_PERSON_ID_CODEC, ContactPersonId
from .types.duplicate_entry import (
    DUPLICATE_ENTRY_CODEC,
    LIST_OF_DUPLICATE_ENTRY_CODEC,
    DuplicateEntry,
)
from .types.duplicate_rule import LIST_OF_DUPLICATE_RULE_CODEC, DuplicateRule
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.recipient_statistics import RECIPIENT_STATISTICS_CODEC, RecipientStatistics
from .types.selection_entity import SELECTION_ENTITY_CODEC, SelectionEntity
from .types.selection_for_find import SELECTION_FOR_FIND_CODEC, SelectionForFind
from .types.selection_member_edit_values import (
    SELECTION_MEMBER_EDIT_VALUES_CODEC,
    SelectionMemberEditValues,
)
from .types.selection_summary_item import (
    LIST_OF_SELECTION_SUMMARY_ITEM_CODEC,
    SelectionSummaryItem,
)
from .types.selection_type import SELECTION_TYPE_CODEC, SelectionType
from .types.typical_searches import TYPICAL_SEARCHES_CODEC, TypicalSearches

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_SELECTION_ENTITY: Operation[SelectionEntity | None] = Operation(
    "CreateDefaultSelectionEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/CreateDefaultSelectionEntity",
    results=(Param("response", "Response", SELECTION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Selection/CreateDefaultSelectionEntity",
    rest_select=False,
)

SAVE_SELECTION_ENTITY: Operation[SelectionEntity | None] = Operation(
    "SaveSelectionEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/SaveSelectionEntity",
    params=(Param("selection_entity", "SelectionEntity", SELECTION_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", SELECTION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Selection/SaveSelectionEntity",
    rest_body="selection_entity",
    rest_select=False,
)

CREATE_DEFAULT_BOARD_VIEW_SETTINGS_FROM_ENTITY_TYPE: Operation[BoardViewSettingsBase | None] = (
    Operation(
        "CreateDefaultBoardViewSettingsFromEntityType",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/CreateDefaultBoardViewSettingsFromEntityType",
        params=(Param("entity_type", "EntityType", BOARD_VIEW_ENTITY_TYPE_CODEC),),
        results=(Param("response", "Response", BOARD_VIEW_SETTINGS_BASE_CODEC, nillable=True),),
        rest_path="/api/v1/Agents/Selection/CreateDefaultBoardViewSettingsFromEntityType",
    )
)

GET_BOARD_VIEW_SETTINGS: Operation[BoardViewSettingsBase | None] = Operation(
    "GetBoardViewSettings",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/GetBoardViewSettings",
    params=(Param("board_view_settings_id", "BoardViewSettingsId", INT),),
    results=(Param("response", "Response", BOARD_VIEW_SETTINGS_BASE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Selection/GetBoardViewSettings",
)

GET_BOARD_VIEW_SETTINGS_FOR_SELECTION: Operation[BoardViewSettingsBase | None] = Operation(
    "GetBoardViewSettingsForSelection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/GetBoardViewSettingsForSelection",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param("selection_id", "SelectionId", INT),
    ),
    results=(Param("response", "Response", BOARD_VIEW_SETTINGS_BASE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Selection/GetBoardViewSettingsForSelection",
)

SAVE_BOARD_VIEW_SETTINGS: Operation[BoardViewSettingsBase | None] = Operation(
    "SaveBoardViewSettings",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/SaveBoardViewSettings",
    params=(
        Param(
            "board_view_settings",
            "BoardViewSettings",
            BOARD_VIEW_SETTINGS_BASE_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", BOARD_VIEW_SETTINGS_BASE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Selection/SaveBoardViewSettings",
)

SAVE_BOARD_VIEW_SETTINGS_FOR_SELECTION_AND_ASSOCIATE: Operation[BoardViewSettingsBase | None] = (
    Operation(
        "SaveBoardViewSettingsForSelectionAndAssociate",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/SaveBoardViewSettingsForSelectionAndAssociate",
        params=(
            Param(
                "board_view_settings",
                "BoardViewSettings",
                BOARD_VIEW_SETTINGS_BASE_CODEC,
                nillable=True,
            ),
            Param("associate_id", "AssociateId", INT),
            Param("selection_id", "SelectionId", INT),
        ),
        results=(Param("response", "Response", BOARD_VIEW_SETTINGS_BASE_CODEC, nillable=True),),
        rest_path="/api/v1/Agents/Selection/SaveBoardViewSettingsForSelectionAndAssociate",
    )
)

DELETE_BOARD_VIEW_SETTINGS: Operation[None] = Operation(
    "DeleteBoardViewSettings",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/DeleteBoardViewSettings",
    params=(Param("board_view_settings_id", "BoardViewSettingsId", INT),),
    rest_path="/api/v1/Agents/Selection/DeleteBoardViewSettings",
)

GET_SELECTION_ENTITY: Operation[SelectionEntity | None] = Operation(
    "GetSelectionEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/GetSelectionEntity",
    params=(Param("selection_entity_id", "SelectionEntityId", INT, query="selectionEntityId"),),
    results=(Param("response", "Response", SELECTION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Selection/GetSelectionEntity",
)

CREATE_SELECTION_ENTITY: Operation[SelectionEntity | None] = Operation(
    "CreateSelectionEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/CreateSelectionEntity",
    params=(Param("target_table_name", "TargetTableName", STR, nillable=True),),
    results=(Param("response", "Response", SELECTION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Selection/CreateSelectionEntity",
)

CREATE_CONTACT_SELECTION_FROM_SELECTION: Operation[SelectionEntity | None] = Operation(
    "CreateContactSelectionFromSelection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/CreateContactSelectionFromSelection",
    params=(
        Param("selection_id", "SelectionId", INT),
        Param("name", "Name", STR, nillable=True),
        Param("target_selection_type", "TargetSelectionType", SELECTION_TYPE_CODEC),
        Param("copy_members", "CopyMembers", BOOL),
    ),
    results=(Param("response", "Response", SELECTION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Selection/CreateContactSelectionFromSelection",
)

CREATE_TEMPORARY_CONTACT_SELECTION_FROM_CONTACT_PERSON_IDS: Operation[SelectionEntity | None] = (
    Operation(
        "CreateTemporaryContactSelectionFromContactPersonIds",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/CreateTemporaryContactSelectionFromContactPersonIds",
        params=(
            Param(
                "contact_person_ids",
                "ContactPersonIds",
                LIST_OF_CONTACT_PERSON_ID_CODEC,
                nillable=True,
            ),
        ),
        results=(Param("response", "Response", SELECTION_ENTITY_CODEC, nillable=True),),
        rest_path="/api/v1/Agents/Selection/CreateTemporaryContactSelectionFromContactPersonIds",
    )
)

COPY_CONTACT_SELECTION_MEMBERS: Operation[None] = Operation(
    "CopyContactSelectionMembers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/CopyContactSelectionMembers",
    params=(
        Param("from_selection_id", "FromSelectionId", INT),
        Param("to_selection_id", "ToSelectionId", INT),
    ),
    rest_path="/api/v1/Agents/Selection/CopyContactSelectionMembers",
)

GET_RECIPIENT_STATISTICS: Operation[RecipientStatistics | None] = Operation(
    "GetRecipientStatistics",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/GetRecipientStatistics",
    params=(Param("selection_id", "SelectionId", INT),),
    results=(Param("response", "Response", RECIPIENT_STATISTICS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Selection/GetRecipientStatistics",
)

GET_RECIPIENT_STATISTICS_FROM_PROJECT_MEMBERS: Operation[RecipientStatistics | None] = Operation(
    "GetRecipientStatisticsFromProjectMembers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/GetRecipientStatisticsFromProjectMembers",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", RECIPIENT_STATISTICS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Selection/GetRecipientStatisticsFromProjectMembers",
)

GET_RECIPIENT_STATISTICS_FROM_CONTACT_PERSON_IDS: Operation[RecipientStatistics | None] = (
    Operation(
        "GetRecipientStatisticsFromContactPersonIds",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/GetRecipientStatisticsFromContactPersonIds",
        params=(
            Param(
                "contact_person_ids",
                "ContactPersonIds",
                LIST_OF_CONTACT_PERSON_ID_CODEC,
                nillable=True,
            ),
        ),
        results=(Param("response", "Response", RECIPIENT_STATISTICS_CODEC, nillable=True),),
        rest_path="/api/v1/Agents/Selection/GetRecipientStatisticsFromContactPersonIds",
    )
)

ADD_CONTACT_SELECTION_MEMBERS: Operation[None] = Operation(
    "AddContactSelectionMembers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/AddContactSelectionMembers",
    params=(
        Param("selection_id", "SelectionId", INT),
        Param(
            "contact_person_ids",
            "ContactPersonIds",
            LIST_OF_CONTACT_PERSON_ID_CODEC,
            nillable=True,
        ),
    ),
    rest_path="/api/v1/Agents/Selection/AddContactSelectionMembers",
)

REMOVE_CONTACT_SELECTION_MEMBERS: Operation[None] = Operation(
    "RemoveContactSelectionMembers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/RemoveContactSelectionMembers",
    params=(
        Param("selection_id", "SelectionId", INT),
        Param(
            "contact_person_ids",
            "ContactPersonIds",
            LIST_OF_CONTACT_PERSON_ID_CODEC,
            nillable=True,
        ),
    ),
    rest_path="/api/v1/Agents/Selection/RemoveContactSelectionMembers",
)

REMOVE_CONTACT_SELECTION_MEMBERS_FROM_IDS: Operation[None] = Operation(
    "RemoveContactSelectionMembersFromIds",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/RemoveContactSelectionMembersFromIds",
    params=(
        Param("selection_id", "SelectionId", INT),
        Param("selection_members_ids", "SelectionMembersIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Selection/RemoveContactSelectionMembersFromIds",
)

ADD_CONTACT_SELECTION_MEMBERS_FROM_SEARCH: Operation[int | None] = Operation(
    "AddContactSelectionMembersFromSearch",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/AddContactSelectionMembersFromSearch",
    params=(
        Param("selection_id", "SelectionId", INT),
        Param("storage_key", "StorageKey", STR, nillable=True),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Selection/AddContactSelectionMembersFromSearch",
)

REMOVE_CONTACT_SELECTION_MEMBERS_FROM_SEARCH: Operation[int | None] = Operation(
    "RemoveContactSelectionMembersFromSearch",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/RemoveContactSelectionMembersFromSearch",
    params=(
        Param("selection_id", "SelectionId", INT),
        Param("storage_key", "StorageKey", STR, nillable=True),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Selection/RemoveContactSelectionMembersFromSearch",
)

CREATE_TEMPORARY_CONTACT_SELECTION: Operation[SelectionEntity | None] = Operation(
    "CreateTemporaryContactSelection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/CreateTemporaryContactSelection",
    results=(Param("response", "Response", SELECTION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Selection/CreateTemporaryContactSelection",
)

CREATE_TEMPORARY_CONTACT_SELECTION_FROM_SELECTION_MEMBER_IDS: Operation[SelectionEntity | None] = (
    Operation(
        "CreateTemporaryContactSelectionFromSelectionMemberIds",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/CreateTemporaryContactSelectionFromSelectionMemberIds",
        params=(
            Param("selection_id", "SelectionId", INT),
            Param("selection_member_ids", "SelectionMemberIds", LIST_OF_INT_CODEC, nillable=True),
        ),
        results=(Param("response", "Response", SELECTION_ENTITY_CODEC, nillable=True),),
        rest_path="/api/v1/Agents/Selection/CreateTemporaryContactSelectionFromSelectionMemberIds",
    )
)

ADD_REMOVE_CONTACT_SELECTION_MEMBER_INTERESTS: Operation[None] = Operation(
    "AddRemoveContactSelectionMemberInterests",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/AddRemoveContactSelectionMemberInterests",
    params=(
        Param("selection_id", "SelectionId", INT),
        Param("add_company_interests", "AddCompanyInterests", LIST_OF_INT_CODEC, nillable=True),
        Param(
            "remove_company_interests", "RemoveCompanyInterests", LIST_OF_INT_CODEC, nillable=True
        ),
        Param("add_contact_interests", "AddContactInterests", LIST_OF_INT_CODEC, nillable=True),
        Param(
            "remove_contact_interests", "RemoveContactInterests", LIST_OF_INT_CODEC, nillable=True
        ),
    ),
    rest_path="/api/v1/Agents/Selection/AddRemoveContactSelectionMemberInterests",
)

EDIT_CONTACT_SELECTION_MEMBER_DETAILS: Operation[None] = Operation(
    "EditContactSelectionMemberDetails",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/EditContactSelectionMemberDetails",
    params=(
        Param("selection_id", "SelectionId", INT),
        Param(
            "selection_member_edit_values",
            "SelectionMemberEditValues",
            SELECTION_MEMBER_EDIT_VALUES_CODEC,
            nillable=True,
        ),
    ),
    rest_path="/api/v1/Agents/Selection/EditContactSelectionMemberDetails",
)

GENERATE_FOLLOW_UPS: Operation[None] = Operation(
    "GenerateFollowUps",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/GenerateFollowUps",
    params=(
        Param("selection_id", "SelectionId", INT),
        Param("appointment_entity", "AppointmentEntity", APPOINTMENT_ENTITY_CODEC, nillable=True),
        Param("associate_id", "AssociateId", INT),
        Param("save_on_contact_owner", "SaveOnContactOwner", BOOL),
        Param("unique_contact", "UniqueContact", BOOL),
    ),
    rest_path="/api/v1/Agents/Selection/GenerateFollowUps",
)

EXPORT_SELECTION_MEMBERS: Operation[bytes | None] = Operation(
    "ExportSelectionMembers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/ExportSelectionMembers",
    params=(
        Param("selection_id", "SelectionId", INT),
        Param("template_name", "TemplateName", STR, nillable=True),
        Param("use_contacts", "UseContacts", BOOL),
    ),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Selection/ExportSelectionMembers",
)

EXPORT_SELECTION_MEMBERS_WITH_ORDER_BY: Operation[bytes | None] = Operation(
    "ExportSelectionMembersWithOrderBy",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/ExportSelectionMembersWithOrderBy",
    params=(
        Param("selection_id", "SelectionId", INT),
        Param("template_name", "TemplateName", STR, nillable=True),
        Param("use_contacts", "UseContacts", BOOL),
        Param("order_by", "OrderBy", STR, nillable=True),
    ),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Selection/ExportSelectionMembersWithOrderBy",
)

SET_DUPLICATE_RULES_STATUS: Operation[None] = Operation(
    "SetDuplicateRulesStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/SetDuplicateRulesStatus",
    params=(Param("rules", "Rules", LIST_OF_DUPLICATE_RULE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Selection/SetDuplicateRulesStatus",
)

GET_DUPLICATES: Operation[list[DuplicateEntry | None] | None] = Operation(
    "GetDuplicates",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/GetDuplicates",
    params=(Param("name", "Name", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_DUPLICATE_ENTRY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Selection/GetDuplicates",
)

GET_DUPLICATE_RULES: Operation[list[DuplicateRule | None] | None] = Operation(
    "GetDuplicateRules",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/GetDuplicateRules",
    results=(Param("response", "Response", LIST_OF_DUPLICATE_RULE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Selection/GetDuplicateRules",
)

CREATE_NEW_ENTRY: Operation[int | None] = Operation(
    "CreateNewEntry",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/CreateNewEntry",
    params=(Param("duplicate", "Duplicate", DUPLICATE_ENTRY_CODEC, nillable=True),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Selection/CreateNewEntry",
)

DELETE_CONTACTS: Operation[None] = Operation(
    "DeleteContacts",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/DeleteContacts",
    params=(Param("selection_id", "SelectionId", INT),),
    rest_path="/api/v1/Agents/Selection/DeleteContacts",
)

ADD_SELECTION_MEMBERS: Operation[int | None] = Operation(
    "AddSelectionMembers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/AddSelectionMembers",
    params=(
        Param("selection_id", "SelectionId", INT),
        Param("ids", "Ids", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Selection/AddSelectionMembers",
)

REMOVE_SELECTION_MEMBERS: Operation[None] = Operation(
    "RemoveSelectionMembers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/RemoveSelectionMembers",
    params=(
        Param("selection_id", "SelectionId", INT),
        Param("selection_member_ids", "SelectionMemberIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Selection/RemoveSelectionMembers",
)

REMOVE_SELECTION_MEMBERS_BY_ID: Operation[None] = Operation(
    "RemoveSelectionMembersById",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/RemoveSelectionMembersById",
    params=(
        Param("selection_id", "SelectionId", INT),
        Param("ids", "Ids", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Selection/RemoveSelectionMembersById",
)

ADD_SELECTION_MEMBERS_FROM_SEARCH: Operation[int | None] = Operation(
    "AddSelectionMembersFromSearch",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/AddSelectionMembersFromSearch",
    params=(
        Param("selection_id", "SelectionId", INT),
        Param("storage_key", "StorageKey", STR, nillable=True),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Selection/AddSelectionMembersFromSearch",
)

REMOVE_SELECTION_MEMBERS_FROM_SEARCH: Operation[int | None] = Operation(
    "RemoveSelectionMembersFromSearch",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/RemoveSelectionMembersFromSearch",
    params=(
        Param("selection_id", "SelectionId", INT),
        Param("storage_key", "StorageKey", STR, nillable=True),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Selection/RemoveSelectionMembersFromSearch",
)

COPY_SELECTION_MEMBERS: Operation[None] = Operation(
    "CopySelectionMembers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/CopySelectionMembers",
    params=(
        Param("from_selection_id", "FromSelectionId", INT),
        Param("to_selection_id", "ToSelectionId", INT),
    ),
    rest_path="/api/v1/Agents/Selection/CopySelectionMembers",
)

CREATE_TEMPORARY_SELECTION_FROM_IDS: Operation[SelectionEntity | None] = Operation(
    "CreateTemporarySelectionFromIds",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/CreateTemporarySelectionFromIds",
    params=(
        Param("ids", "Ids", LIST_OF_INT_CODEC, nillable=True),
        Param("target_table_number", "TargetTableNumber", INT),
    ),
    results=(Param("response", "Response", SELECTION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Selection/CreateTemporarySelectionFromIds",
)

CREATE_SELECTION_FROM_SELECTION: Operation[SelectionEntity | None] = Operation(
    "CreateSelectionFromSelection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/CreateSelectionFromSelection",
    params=(
        Param("selection_id", "SelectionId", INT),
        Param("name", "Name", STR, nillable=True),
        Param("target_selection_type", "TargetSelectionType", SELECTION_TYPE_CODEC),
        Param("copy_members", "CopyMembers", BOOL),
    ),
    results=(Param("response", "Response", SELECTION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Selection/CreateSelectionFromSelection",
)

CREATE_CONTACT_SELECTION_FROM_SHADOW_SELECTION: Operation[SelectionEntity | None] = Operation(
    "CreateContactSelectionFromShadowSelection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/CreateContactSelectionFromShadowSelection",
    params=(
        Param("selection_id", "SelectionId", INT),
        Param("name", "Name", STR, nillable=True),
    ),
    results=(Param("response", "Response", SELECTION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Selection/CreateContactSelectionFromShadowSelection",
)

DELETE_ENTITIES: Operation[None] = Operation(
    "DeleteEntities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/DeleteEntities",
    params=(Param("selection_id", "SelectionId", INT),),
    rest_path="/api/v1/Agents/Selection/DeleteEntities",
)

GET_PARENT_COMBINED_SELECTIONS: Operation[list[int] | None] = Operation(
    "GetParentCombinedSelections",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/GetParentCombinedSelections",
    params=(Param("selection_id", "SelectionId", INT),),
    results=(Param("response", "Response", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Selection/GetParentCombinedSelections",
)

GET_SELECTION_MEMBERS_ARCHIVE_ROWS: Operation[list[ArchiveListItem | None] | None] = Operation(
    "GetSelectionMembersArchiveRows",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/GetSelectionMembersArchiveRows",
    params=(
        Param("selection_id", "SelectionId", INT),
        Param("select", "Select", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_ARCHIVE_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Selection/GetSelectionMembersArchiveRows",
)

GET_SELECTION_SHADOW_MEMBERS_ARCHIVE_ROWS: Operation[list[ArchiveListItem | None] | None] = (
    Operation(
        "GetSelectionShadowMembersArchiveRows",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/GetSelectionShadowMembersArchiveRows",
        params=(
            Param("selection_id", "SelectionId", INT),
            Param("select", "Select", STR, nillable=True),
        ),
        results=(Param("response", "Response", LIST_OF_ARCHIVE_LIST_ITEM_CODEC, nillable=True),),
        rest_path="/api/v1/Agents/Selection/GetSelectionShadowMembersArchiveRows",
    )
)

GET_DYNAMIC_SELECTION_CRITERIA: Operation[list[ArchiveRestrictionInfo | None] | None] = Operation(
    "GetDynamicSelectionCriteria",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/GetDynamicSelectionCriteria",
    params=(Param("selection_id", "SelectionId", INT),),
    results=(
        Param("response", "Response", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Selection/GetDynamicSelectionCriteria",
)

SET_DYNAMIC_SELECTION_CRITERIA: Operation[list[ArchiveRestrictionInfo | None] | None] = Operation(
    "SetDynamicSelectionCriteria",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/SetDynamicSelectionCriteria",
    params=(
        Param("selection_id", "SelectionId", INT),
        Param("criteria", "Criteria", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True),
    ),
    results=(
        Param("response", "Response", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Selection/SetDynamicSelectionCriteria",
)

SET_DYNAMIC_SELECTION_CRITERIA_2: Operation[list[ArchiveRestrictionInfo | None] | None] = (
    Operation(
        "SetDynamicSelectionCriteria2",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/SetDynamicSelectionCriteria2",
        params=(
            Param("selection_id", "SelectionId", INT),
            Param("filter", "Filter", STR, nillable=True),
        ),
        results=(
            Param("response", "Response", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True),
        ),
        rest_path="/api/v1/Agents/Selection/SetDynamicSelectionCriteria2",
    )
)

SET_DYNAMIC_SELECTION_CRITERIA_3: Operation[list[ArchiveRestrictionInfo | None] | None] = (
    Operation(
        "SetDynamicSelectionCriteria3",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/SetDynamicSelectionCriteria3",
        params=(
            Param("selection_id", "SelectionId", INT),
            Param("criteria", "Criteria", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True),
            Param("filter", "Filter", STR, nillable=True),
        ),
        results=(
            Param("response", "Response", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True),
        ),
        rest_path="/api/v1/Agents/Selection/SetDynamicSelectionCriteria3",
    )
)

DELETE_PERSONS: Operation[None] = Operation(
    "DeletePersons",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/DeletePersons",
    params=(Param("selection_id", "SelectionId", INT),),
    rest_path="/api/v1/Agents/Selection/DeletePersons",
)

GET_DYNAMIC_SELECTION_CRITERIA_GROUPS: Operation[list[ArchiveRestrictionGroup | None] | None] = (
    Operation(
        "GetDynamicSelectionCriteriaGroups",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/GetDynamicSelectionCriteriaGroups",
        params=(Param("selection_id", "SelectionId", INT),),
        results=(
            Param("response", "Response", LIST_OF_ARCHIVE_RESTRICTION_GROUP_CODEC, nillable=True),
        ),
        rest_path="/api/v1/Agents/Selection/GetDynamicSelectionCriteriaGroups",
    )
)

SET_DYNAMIC_SELECTION_CRITERIA_GROUPS: Operation[list[ArchiveRestrictionGroup | None] | None] = (
    Operation(
        "SetDynamicSelectionCriteriaGroups",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/SetDynamicSelectionCriteriaGroups",
        params=(
            Param("selection_id", "SelectionId", INT),
            Param("criteria", "Criteria", LIST_OF_ARCHIVE_RESTRICTION_GROUP_CODEC, nillable=True),
        ),
        results=(
            Param("response", "Response", LIST_OF_ARCHIVE_RESTRICTION_GROUP_CODEC, nillable=True),
        ),
        rest_path="/api/v1/Agents/Selection/SetDynamicSelectionCriteriaGroups",
    )
)

DELETE_SELECTION_ENTITY: Operation[None] = Operation(
    "DeleteSelectionEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/DeleteSelectionEntity",
    params=(Param("selection_entity_id", "SelectionEntityId", INT),),
    rest_path="/api/v1/Agents/Selection/DeleteSelectionEntity",
)

GET_SELECTION_FOR_FIND: Operation[SelectionForFind | None] = Operation(
    "GetSelectionForFind",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/GetSelectionForFind",
    params=(
        Param("entity_name", "EntityName", STR, nillable=True),
        Param("typical_search_id", "TypicalSearchId", INT),
    ),
    results=(Param("response", "Response", SELECTION_FOR_FIND_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Selection/GetSelectionForFind",
)

GET_SELECTION_SUMMARIES: Operation[list[SelectionSummaryItem | None] | None] = Operation(
    "GetSelectionSummaries",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/GetSelectionSummaries",
    params=(Param("selection_ids", "SelectionIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_SELECTION_SUMMARY_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Selection/GetSelectionSummaries",
)

UPDATE_TYPICAL_SEARCH: Operation[str | None] = Operation(
    "UpdateTypicalSearch",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Selection/UpdateTypicalSearch",
    params=(Param("searches", "Searches", TYPICAL_SEARCHES_CODEC, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Selection/UpdateTypicalSearch",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "CreateDefaultSelectionEntity": CREATE_DEFAULT_SELECTION_ENTITY,
    "SaveSelectionEntity": SAVE_SELECTION_ENTITY,
    "CreateDefaultBoardViewSettingsFromEntityType": CREATE_DEFAULT_BOARD_VIEW_SETTINGS_FROM_ENTITY_TYPE,
    "GetBoardViewSettings": GET_BOARD_VIEW_SETTINGS,
    "GetBoardViewSettingsForSelection": GET_BOARD_VIEW_SETTINGS_FOR_SELECTION,
    "SaveBoardViewSettings": SAVE_BOARD_VIEW_SETTINGS,
    "SaveBoardViewSettingsForSelectionAndAssociate": SAVE_BOARD_VIEW_SETTINGS_FOR_SELECTION_AND_ASSOCIATE,
    "DeleteBoardViewSettings": DELETE_BOARD_VIEW_SETTINGS,
    "GetSelectionEntity": GET_SELECTION_ENTITY,
    "CreateSelectionEntity": CREATE_SELECTION_ENTITY,
    "CreateContactSelectionFromSelection": CREATE_CONTACT_SELECTION_FROM_SELECTION,
    "CreateTemporaryContactSelectionFromContactPersonIds": CREATE_TEMPORARY_CONTACT_SELECTION_FROM_CONTACT_PERSON_IDS,
    "CopyContactSelectionMembers": COPY_CONTACT_SELECTION_MEMBERS,
    "GetRecipientStatistics": GET_RECIPIENT_STATISTICS,
    "GetRecipientStatisticsFromProjectMembers": GET_RECIPIENT_STATISTICS_FROM_PROJECT_MEMBERS,
    "GetRecipientStatisticsFromContactPersonIds": GET_RECIPIENT_STATISTICS_FROM_CONTACT_PERSON_IDS,
    "AddContactSelectionMembers": ADD_CONTACT_SELECTION_MEMBERS,
    "RemoveContactSelectionMembers": REMOVE_CONTACT_SELECTION_MEMBERS,
    "RemoveContactSelectionMembersFromIds": REMOVE_CONTACT_SELECTION_MEMBERS_FROM_IDS,
    "AddContactSelectionMembersFromSearch": ADD_CONTACT_SELECTION_MEMBERS_FROM_SEARCH,
    "RemoveContactSelectionMembersFromSearch": REMOVE_CONTACT_SELECTION_MEMBERS_FROM_SEARCH,
    "CreateTemporaryContactSelection": CREATE_TEMPORARY_CONTACT_SELECTION,
    "CreateTemporaryContactSelectionFromSelectionMemberIds": CREATE_TEMPORARY_CONTACT_SELECTION_FROM_SELECTION_MEMBER_IDS,
    "AddRemoveContactSelectionMemberInterests": ADD_REMOVE_CONTACT_SELECTION_MEMBER_INTERESTS,
    "EditContactSelectionMemberDetails": EDIT_CONTACT_SELECTION_MEMBER_DETAILS,
    "GenerateFollowUps": GENERATE_FOLLOW_UPS,
    "ExportSelectionMembers": EXPORT_SELECTION_MEMBERS,
    "ExportSelectionMembersWithOrderBy": EXPORT_SELECTION_MEMBERS_WITH_ORDER_BY,
    "SetDuplicateRulesStatus": SET_DUPLICATE_RULES_STATUS,
    "GetDuplicates": GET_DUPLICATES,
    "GetDuplicateRules": GET_DUPLICATE_RULES,
    "CreateNewEntry": CREATE_NEW_ENTRY,
    "DeleteContacts": DELETE_CONTACTS,
    "AddSelectionMembers": ADD_SELECTION_MEMBERS,
    "RemoveSelectionMembers": REMOVE_SELECTION_MEMBERS,
    "RemoveSelectionMembersById": REMOVE_SELECTION_MEMBERS_BY_ID,
    "AddSelectionMembersFromSearch": ADD_SELECTION_MEMBERS_FROM_SEARCH,
    "RemoveSelectionMembersFromSearch": REMOVE_SELECTION_MEMBERS_FROM_SEARCH,
    "CopySelectionMembers": COPY_SELECTION_MEMBERS,
    "CreateTemporarySelectionFromIds": CREATE_TEMPORARY_SELECTION_FROM_IDS,
    "CreateSelectionFromSelection": CREATE_SELECTION_FROM_SELECTION,
    "CreateContactSelectionFromShadowSelection": CREATE_CONTACT_SELECTION_FROM_SHADOW_SELECTION,
    "DeleteEntities": DELETE_ENTITIES,
    "GetParentCombinedSelections": GET_PARENT_COMBINED_SELECTIONS,
    "GetSelectionMembersArchiveRows": GET_SELECTION_MEMBERS_ARCHIVE_ROWS,
    "GetSelectionShadowMembersArchiveRows": GET_SELECTION_SHADOW_MEMBERS_ARCHIVE_ROWS,
    "GetDynamicSelectionCriteria": GET_DYNAMIC_SELECTION_CRITERIA,
    "SetDynamicSelectionCriteria": SET_DYNAMIC_SELECTION_CRITERIA,
    "SetDynamicSelectionCriteria2": SET_DYNAMIC_SELECTION_CRITERIA_2,
    "SetDynamicSelectionCriteria3": SET_DYNAMIC_SELECTION_CRITERIA_3,
    "DeletePersons": DELETE_PERSONS,
    "GetDynamicSelectionCriteriaGroups": GET_DYNAMIC_SELECTION_CRITERIA_GROUPS,
    "SetDynamicSelectionCriteriaGroups": SET_DYNAMIC_SELECTION_CRITERIA_GROUPS,
    "DeleteSelectionEntity": DELETE_SELECTION_ENTITY,
    "GetSelectionForFind": GET_SELECTION_FOR_FIND,
    "GetSelectionSummaries": GET_SELECTION_SUMMARIES,
    "UpdateTypicalSearch": UPDATE_TYPICAL_SEARCH,
}


class SelectionMethods(SyncCalls):
    """The Selection operations, called synchronously (SOAP or REST)."""

    def create_default_selection_entity(self) -> SelectionEntity | None:
        """Loading default values into a new SelectionEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_SELECTION_ENTITY, ())

    def save_selection_entity(
        self, *, selection_entity: SelectionEntity | None | Unset = UNSET
    ) -> SelectionEntity | None:
        """Updates the existing SelectionEntity or creates a new SelectionEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_SELECTION_ENTITY, (selection_entity,))

    def create_default_board_view_settings_from_entity_type(
        self, *, entity_type: BoardViewEntityType | str | Unset = UNSET
    ) -> BoardViewSettingsBase | None:
        """Creates a new carrier from the entity type given, with the right kind of properties,
        defaults set.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_BOARD_VIEW_SETTINGS_FROM_ENTITY_TYPE, (entity_type,))

    def get_board_view_settings(
        self, *, board_view_settings_id: int | Unset = UNSET
    ) -> BoardViewSettingsBase | None:
        """Get BoardViewSettings by ID

        Returns:
            The result.
        """
        return self._call(GET_BOARD_VIEW_SETTINGS, (board_view_settings_id,))

    def get_board_view_settings_for_selection(
        self, *, associate_id: int | Unset = UNSET, selection_id: int | Unset = UNSET
    ) -> BoardViewSettingsBase | None:
        """Get BoardViewSettings by associate id and selection id

        Returns:
            The result.
        """
        return self._call(GET_BOARD_VIEW_SETTINGS_FOR_SELECTION, (associate_id, selection_id))

    def save_board_view_settings(
        self, *, board_view_settings: BoardViewSettingsBase | None | Unset = UNSET
    ) -> BoardViewSettingsBase | None:
        """Save BoardViewSettings

        Returns:
            The result.
        """
        return self._call(SAVE_BOARD_VIEW_SETTINGS, (board_view_settings,))

    def save_board_view_settings_for_selection_and_associate(
        self,
        *,
        board_view_settings: BoardViewSettingsBase | None | Unset = UNSET,
        associate_id: int | Unset = UNSET,
        selection_id: int | Unset = UNSET,
    ) -> BoardViewSettingsBase | None:
        """Save BoardViewSettings on the given selection/associate

        Returns:
            The result.
        """
        return self._call(
            SAVE_BOARD_VIEW_SETTINGS_FOR_SELECTION_AND_ASSOCIATE,
            (board_view_settings, associate_id, selection_id),
        )

    def delete_board_view_settings(self, *, board_view_settings_id: int | Unset = UNSET) -> None:
        """Delete BoardViewSettings"""
        return self._call(DELETE_BOARD_VIEW_SETTINGS, (board_view_settings_id,))

    def get_selection_entity(
        self, *, selection_entity_id: int | Unset = UNSET
    ) -> SelectionEntity | None:
        """Gets a SelectionEntity object.

        Returns:
            The result.
        """
        return self._call(GET_SELECTION_ENTITY, (selection_entity_id,))

    def create_selection_entity(
        self, *, target_table_name: str | None | Unset = UNSET
    ) -> SelectionEntity | None:
        """Create (but do not save) a new selection entity, for the current user and the given
        target table; other fields populated as by CreateDefaultSelectionEntity()

        Returns:
            The result.
        """
        return self._call(CREATE_SELECTION_ENTITY, (target_table_name,))

    def create_contact_selection_from_selection(
        self,
        *,
        selection_id: int | Unset = UNSET,
        name: str | None | Unset = UNSET,
        target_selection_type: SelectionType | str | Unset = UNSET,
        copy_members: bool | Unset = UNSET,
    ) -> SelectionEntity | None:
        """Creates a new selection based on selection members from an existing selection.

        Returns:
            The result.
        """
        return self._call(
            CREATE_CONTACT_SELECTION_FROM_SELECTION,
            (selection_id, name, target_selection_type, copy_members),
        )

    def create_temporary_contact_selection_from_contact_person_ids(
        self, *, contact_person_ids: list[ContactPersonId | None] | None | Unset = UNSET
    ) -> SelectionEntity | None:
        """Creates a temporary selection with members from a collection of ContactPerson id's.

        Returns:
            The result.
        """
        return self._call(
            CREATE_TEMPORARY_CONTACT_SELECTION_FROM_CONTACT_PERSON_IDS, (contact_person_ids,)
        )

    def copy_contact_selection_members(
        self, *, from_selection_id: int | Unset = UNSET, to_selection_id: int | Unset = UNSET
    ) -> None:
        """Copy contact selection members from selection into an existing selection."""
        return self._call(COPY_CONTACT_SELECTION_MEMBERS, (from_selection_id, to_selection_id))

    def get_recipient_statistics(
        self, *, selection_id: int | Unset = UNSET
    ) -> RecipientStatistics | None:
        """Returns a RecipientStatistics object with a count of addresses, emailaddresses and
        emailaddresses.

        Returns:
            The result.
        """
        return self._call(GET_RECIPIENT_STATISTICS, (selection_id,))

    def get_recipient_statistics_from_project_members(
        self, *, project_id: int | Unset = UNSET
    ) -> RecipientStatistics | None:
        """Returns a RecipientStatistics object with a count of addresses, emailaddresses and
        emailaddresses based on members in a project.

        Returns:
            The result.
        """
        return self._call(GET_RECIPIENT_STATISTICS_FROM_PROJECT_MEMBERS, (project_id,))

    def get_recipient_statistics_from_contact_person_ids(
        self, *, contact_person_ids: list[ContactPersonId | None] | None | Unset = UNSET
    ) -> RecipientStatistics | None:
        """Returns a RecipientStatistics object with a count of addresses, emailaddresses and
        emailaddresses based on contact and persons in a collection of ContactPersonId.

        Returns:
            The result.
        """
        return self._call(GET_RECIPIENT_STATISTICS_FROM_CONTACT_PERSON_IDS, (contact_person_ids,))

    def add_contact_selection_members(
        self,
        *,
        selection_id: int | Unset = UNSET,
        contact_person_ids: list[ContactPersonId | None] | None | Unset = UNSET,
    ) -> None:
        """Adds the collection of ContactPersonId as members to the static selection"""
        return self._call(ADD_CONTACT_SELECTION_MEMBERS, (selection_id, contact_person_ids))

    def remove_contact_selection_members(
        self,
        *,
        selection_id: int | Unset = UNSET,
        contact_person_ids: list[ContactPersonId | None] | None | Unset = UNSET,
    ) -> None:
        """Removes members from the selection as specified in the collection of
        ContactPersonId.
        """
        return self._call(REMOVE_CONTACT_SELECTION_MEMBERS, (selection_id, contact_person_ids))

    def remove_contact_selection_members_from_ids(
        self,
        *,
        selection_id: int | Unset = UNSET,
        selection_members_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Removes members from the selection using a collection a selectionmember id's."""
        return self._call(
            REMOVE_CONTACT_SELECTION_MEMBERS_FROM_IDS, (selection_id, selection_members_ids)
        )

    def add_contact_selection_members_from_search(
        self, *, selection_id: int | Unset = UNSET, storage_key: str | None | Unset = UNSET
    ) -> int | None:
        """Adds members to the selection from the search result.

        Returns:
            The result.
        """
        return self._call(ADD_CONTACT_SELECTION_MEMBERS_FROM_SEARCH, (selection_id, storage_key))

    def remove_contact_selection_members_from_search(
        self, *, selection_id: int | Unset = UNSET, storage_key: str | None | Unset = UNSET
    ) -> int | None:
        """Removes members from the selection using the search result.

        Returns:
            The result.
        """
        return self._call(
            REMOVE_CONTACT_SELECTION_MEMBERS_FROM_SEARCH, (selection_id, storage_key)
        )

    def create_temporary_contact_selection(self) -> SelectionEntity | None:
        """Creates a temporary selection.

        Returns:
            The result.
        """
        return self._call(CREATE_TEMPORARY_CONTACT_SELECTION, ())

    def create_temporary_contact_selection_from_selection_member_ids(
        self,
        *,
        selection_id: int | Unset = UNSET,
        selection_member_ids: list[int] | None | Unset = UNSET,
    ) -> SelectionEntity | None:
        """Creates a temporary selection with members from a collection of selectionmember
        id's.

        Returns:
            The result.
        """
        return self._call(
            CREATE_TEMPORARY_CONTACT_SELECTION_FROM_SELECTION_MEMBER_IDS,
            (selection_id, selection_member_ids),
        )

    def add_remove_contact_selection_member_interests(
        self,
        *,
        selection_id: int | Unset = UNSET,
        add_company_interests: list[int] | None | Unset = UNSET,
        remove_company_interests: list[int] | None | Unset = UNSET,
        add_contact_interests: list[int] | None | Unset = UNSET,
        remove_contact_interests: list[int] | None | Unset = UNSET,
    ) -> None:
        """Adds or removes interests on companies and persons in a selection."""
        return self._call(
            ADD_REMOVE_CONTACT_SELECTION_MEMBER_INTERESTS,
            (
                selection_id,
                add_company_interests,
                remove_company_interests,
                add_contact_interests,
                remove_contact_interests,
            ),
        )

    def edit_contact_selection_member_details(
        self,
        *,
        selection_id: int | Unset = UNSET,
        selection_member_edit_values: SelectionMemberEditValues | None | Unset = UNSET,
    ) -> None:
        """Edit company and contact details in a selection based on contents in
        selectionMemberEditValues.
        """
        return self._call(
            EDIT_CONTACT_SELECTION_MEMBER_DETAILS, (selection_id, selection_member_edit_values)
        )

    def generate_follow_ups(
        self,
        *,
        selection_id: int | Unset = UNSET,
        appointment_entity: AppointmentEntity | None | Unset = UNSET,
        associate_id: int | Unset = UNSET,
        save_on_contact_owner: bool | Unset = UNSET,
        unique_contact: bool | Unset = UNSET,
    ) -> None:
        """Generate follow-ups for members in the selection."""
        return self._call(
            GENERATE_FOLLOW_UPS,
            (
                selection_id,
                appointment_entity,
                associate_id,
                save_on_contact_owner,
                unique_contact,
            ),
        )

    def export_selection_members(
        self,
        *,
        selection_id: int | Unset = UNSET,
        template_name: str | None | Unset = UNSET,
        use_contacts: bool | Unset = UNSET,
    ) -> bytes | None:
        """ExportSelectionMembers will generate a string that is the result of substituting the
        template variables with values from selectionmembers.

        Returns:
            The result.
        """
        return self._call(EXPORT_SELECTION_MEMBERS, (selection_id, template_name, use_contacts))

    def export_selection_members_with_order_by(
        self,
        *,
        selection_id: int | Unset = UNSET,
        template_name: str | None | Unset = UNSET,
        use_contacts: bool | Unset = UNSET,
        order_by: str | None | Unset = UNSET,
    ) -> bytes | None:
        """ExportSelectionMembers will generate a string that is the result of substituting the
        template variables with values from selectionmembers.

        Returns:
            The result.
        """
        return self._call(
            EXPORT_SELECTION_MEMBERS_WITH_ORDER_BY,
            (selection_id, template_name, use_contacts, order_by),
        )

    def set_duplicate_rules_status(
        self, *, rules: list[DuplicateRule | None] | None | Unset = UNSET
    ) -> None:
        """Set which duplicate rules should be active or not"""
        return self._call(SET_DUPLICATE_RULES_STATUS, (rules,))

    def get_duplicates(
        self, *, name: str | None | Unset = UNSET
    ) -> list[DuplicateEntry | None] | None:
        """Get duplicates(exact or similar in the database) based on the name

        Returns:
            The result.
        """
        return self._call(GET_DUPLICATES, (name,))

    def get_duplicate_rules(self) -> list[DuplicateRule | None] | None:
        """Retrieve all available duplicate rules for selection

        Returns:
            The result.
        """
        return self._call(GET_DUPLICATE_RULES, ())

    def create_new_entry(self, *, duplicate: DuplicateEntry | None | Unset = UNSET) -> int | None:
        """Creates a new selection based on external duplicate

        Returns:
            The result.
        """
        return self._call(CREATE_NEW_ENTRY, (duplicate,))

    def delete_contacts(self, *, selection_id: int | Unset = UNSET) -> None:
        """Deletes all contacts from a selection."""
        return self._call(DELETE_CONTACTS, (selection_id,))

    def add_selection_members(
        self, *, selection_id: int | Unset = UNSET, ids: list[int] | None | Unset = UNSET
    ) -> int | None:
        """Add selection members to a static selection of type others than contacts.

        Returns:
            The result.
        """
        return self._call(ADD_SELECTION_MEMBERS, (selection_id, ids))

    def remove_selection_members(
        self,
        *,
        selection_id: int | Unset = UNSET,
        selection_member_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Removes members from the selection as specified in the collection of entity ids."""
        return self._call(REMOVE_SELECTION_MEMBERS, (selection_id, selection_member_ids))

    def remove_selection_members_by_id(
        self, *, selection_id: int | Unset = UNSET, ids: list[int] | None | Unset = UNSET
    ) -> None:
        """Removes members from the selection as specified in the collection of entity ids."""
        return self._call(REMOVE_SELECTION_MEMBERS_BY_ID, (selection_id, ids))

    def add_selection_members_from_search(
        self, *, selection_id: int | Unset = UNSET, storage_key: str | None | Unset = UNSET
    ) -> int | None:
        """Adds members from the selection using the search result.

        Returns:
            The result.
        """
        return self._call(ADD_SELECTION_MEMBERS_FROM_SEARCH, (selection_id, storage_key))

    def remove_selection_members_from_search(
        self, *, selection_id: int | Unset = UNSET, storage_key: str | None | Unset = UNSET
    ) -> int | None:
        """Removes members from the selection using the search result.

        Returns:
            The result.
        """
        return self._call(REMOVE_SELECTION_MEMBERS_FROM_SEARCH, (selection_id, storage_key))

    def copy_selection_members(
        self, *, from_selection_id: int | Unset = UNSET, to_selection_id: int | Unset = UNSET
    ) -> None:
        """Copy selection members from selection into an existing selection."""
        return self._call(COPY_SELECTION_MEMBERS, (from_selection_id, to_selection_id))

    def create_temporary_selection_from_ids(
        self, *, ids: list[int] | None | Unset = UNSET, target_table_number: int | Unset = UNSET
    ) -> SelectionEntity | None:
        """Creates a temporary selection with members from a collection of entity id's.

        Returns:
            The result.
        """
        return self._call(CREATE_TEMPORARY_SELECTION_FROM_IDS, (ids, target_table_number))

    def create_selection_from_selection(
        self,
        *,
        selection_id: int | Unset = UNSET,
        name: str | None | Unset = UNSET,
        target_selection_type: SelectionType | str | Unset = UNSET,
        copy_members: bool | Unset = UNSET,
    ) -> SelectionEntity | None:
        """Creates a new selection based on selection members from an existing selection.

        Returns:
            The result.
        """
        return self._call(
            CREATE_SELECTION_FROM_SELECTION,
            (selection_id, name, target_selection_type, copy_members),
        )

    def create_contact_selection_from_shadow_selection(
        self, *, selection_id: int | Unset = UNSET, name: str | None | Unset = UNSET
    ) -> SelectionEntity | None:
        """Creates a new contact selection based on contact selection members from an existing
        shadow sale, appointment, project or document selection.

        Returns:
            The result.
        """
        return self._call(CREATE_CONTACT_SELECTION_FROM_SHADOW_SELECTION, (selection_id, name))

    def delete_entities(self, *, selection_id: int | Unset = UNSET) -> None:
        """Deletes all entities from a selection."""
        return self._call(DELETE_ENTITIES, (selection_id,))

    def get_parent_combined_selections(
        self, *, selection_id: int | Unset = UNSET
    ) -> list[int] | None:
        """Get a list of all selection ids where the given selection is used to create a
        combined selection.

        Returns:
            The result.
        """
        return self._call(GET_PARENT_COMBINED_SELECTIONS, (selection_id,))

    def get_selection_members_archive_rows(
        self, *, selection_id: int | Unset = UNSET, select: str | None | Unset = UNSET
    ) -> list[ArchiveListItem | None] | None:
        """Get the list of members in this selection.

        Returns:
            The result.
        """
        return self._call(GET_SELECTION_MEMBERS_ARCHIVE_ROWS, (selection_id, select))

    def get_selection_shadow_members_archive_rows(
        self, *, selection_id: int | Unset = UNSET, select: str | None | Unset = UNSET
    ) -> list[ArchiveListItem | None] | None:
        """Get the list of members in this selection's shadow (i.

        Returns:
            The result.
        """
        return self._call(GET_SELECTION_SHADOW_MEMBERS_ARCHIVE_ROWS, (selection_id, select))

    def get_dynamic_selection_criteria(
        self, *, selection_id: int | Unset = UNSET
    ) -> list[ArchiveRestrictionInfo | None] | None:
        """Get the criteria for this dynamic selection.

        Returns:
            The result.
        """
        return self._call(GET_DYNAMIC_SELECTION_CRITERIA, (selection_id,))

    def set_dynamic_selection_criteria(
        self,
        *,
        selection_id: int | Unset = UNSET,
        criteria: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
    ) -> list[ArchiveRestrictionInfo | None] | None:
        """Update the criteria for this dynamic selection.

        Returns:
            The result.
        """
        return self._call(SET_DYNAMIC_SELECTION_CRITERIA, (selection_id, criteria))

    def set_dynamic_selection_criteria_2(
        self, *, selection_id: int | Unset = UNSET, filter: str | None | Unset = UNSET
    ) -> list[ArchiveRestrictionInfo | None] | None:
        """Update the criteria for this dynamic selection using string.

        Returns:
            The result.
        """
        return self._call(SET_DYNAMIC_SELECTION_CRITERIA_2, (selection_id, filter))

    def set_dynamic_selection_criteria_3(
        self,
        *,
        selection_id: int | Unset = UNSET,
        criteria: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        filter: str | None | Unset = UNSET,
    ) -> list[ArchiveRestrictionInfo | None] | None:
        """Update the criteria for this dynamic selection.

        Returns:
            The result.
        """
        return self._call(SET_DYNAMIC_SELECTION_CRITERIA_3, (selection_id, criteria, filter))

    def delete_persons(self, *, selection_id: int | Unset = UNSET) -> None:
        """Deletes all persons from a selection."""
        return self._call(DELETE_PERSONS, (selection_id,))

    def get_dynamic_selection_criteria_groups(
        self, *, selection_id: int | Unset = UNSET
    ) -> list[ArchiveRestrictionGroup | None] | None:
        """Get the criteria for this dynamic selection.

        Returns:
            The result.
        """
        return self._call(GET_DYNAMIC_SELECTION_CRITERIA_GROUPS, (selection_id,))

    def set_dynamic_selection_criteria_groups(
        self,
        *,
        selection_id: int | Unset = UNSET,
        criteria: list[ArchiveRestrictionGroup | None] | None | Unset = UNSET,
    ) -> list[ArchiveRestrictionGroup | None] | None:
        """Update the criteria for this dynamic selection.

        Returns:
            The result.
        """
        return self._call(SET_DYNAMIC_SELECTION_CRITERIA_GROUPS, (selection_id, criteria))

    def delete_selection_entity(self, *, selection_entity_id: int | Unset = UNSET) -> None:
        """Deletes the SelectionEntity"""
        return self._call(DELETE_SELECTION_ENTITY, (selection_entity_id,))

    def get_selection_for_find(
        self, *, entity_name: str | None | Unset = UNSET, typical_search_id: int | Unset = UNSET
    ) -> SelectionForFind | None:
        """Obtain a selection for the given entity, for the current user, of type
        WorkingSetForFind.

        Returns:
            The result.
        """
        return self._call(GET_SELECTION_FOR_FIND, (entity_name, typical_search_id))

    def get_selection_summaries(
        self, *, selection_ids: list[int] | None | Unset = UNSET
    ) -> list[SelectionSummaryItem | None] | None:
        """Get an array of summaryitem for the given selections

        Returns:
            The result.
        """
        return self._call(GET_SELECTION_SUMMARIES, (selection_ids,))

    def update_typical_search(
        self, *, searches: TypicalSearches | None | Unset = UNSET
    ) -> str | None:
        """Update (import) TypicalSearch information in the database

        Returns:
            The result.
        """
        return self._call(UPDATE_TYPICAL_SEARCH, (searches,))


class AsyncSelectionMethods(AsyncCalls):
    """The Selection operations, called asynchronously (SOAP or REST)."""

    async def create_default_selection_entity(self) -> SelectionEntity | None:
        """Loading default values into a new SelectionEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_SELECTION_ENTITY, ())

    async def save_selection_entity(
        self, *, selection_entity: SelectionEntity | None | Unset = UNSET
    ) -> SelectionEntity | None:
        """Updates the existing SelectionEntity or creates a new SelectionEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_SELECTION_ENTITY, (selection_entity,))

    async def create_default_board_view_settings_from_entity_type(
        self, *, entity_type: BoardViewEntityType | str | Unset = UNSET
    ) -> BoardViewSettingsBase | None:
        """Creates a new carrier from the entity type given, with the right kind of properties,
        defaults set.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_DEFAULT_BOARD_VIEW_SETTINGS_FROM_ENTITY_TYPE, (entity_type,)
        )

    async def get_board_view_settings(
        self, *, board_view_settings_id: int | Unset = UNSET
    ) -> BoardViewSettingsBase | None:
        """Get BoardViewSettings by ID

        Returns:
            The result.
        """
        return await self._call(GET_BOARD_VIEW_SETTINGS, (board_view_settings_id,))

    async def get_board_view_settings_for_selection(
        self, *, associate_id: int | Unset = UNSET, selection_id: int | Unset = UNSET
    ) -> BoardViewSettingsBase | None:
        """Get BoardViewSettings by associate id and selection id

        Returns:
            The result.
        """
        return await self._call(
            GET_BOARD_VIEW_SETTINGS_FOR_SELECTION, (associate_id, selection_id)
        )

    async def save_board_view_settings(
        self, *, board_view_settings: BoardViewSettingsBase | None | Unset = UNSET
    ) -> BoardViewSettingsBase | None:
        """Save BoardViewSettings

        Returns:
            The result.
        """
        return await self._call(SAVE_BOARD_VIEW_SETTINGS, (board_view_settings,))

    async def save_board_view_settings_for_selection_and_associate(
        self,
        *,
        board_view_settings: BoardViewSettingsBase | None | Unset = UNSET,
        associate_id: int | Unset = UNSET,
        selection_id: int | Unset = UNSET,
    ) -> BoardViewSettingsBase | None:
        """Save BoardViewSettings on the given selection/associate

        Returns:
            The result.
        """
        return await self._call(
            SAVE_BOARD_VIEW_SETTINGS_FOR_SELECTION_AND_ASSOCIATE,
            (board_view_settings, associate_id, selection_id),
        )

    async def delete_board_view_settings(
        self, *, board_view_settings_id: int | Unset = UNSET
    ) -> None:
        """Delete BoardViewSettings"""
        return await self._call(DELETE_BOARD_VIEW_SETTINGS, (board_view_settings_id,))

    async def get_selection_entity(
        self, *, selection_entity_id: int | Unset = UNSET
    ) -> SelectionEntity | None:
        """Gets a SelectionEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_SELECTION_ENTITY, (selection_entity_id,))

    async def create_selection_entity(
        self, *, target_table_name: str | None | Unset = UNSET
    ) -> SelectionEntity | None:
        """Create (but do not save) a new selection entity, for the current user and the given
        target table; other fields populated as by CreateDefaultSelectionEntity()

        Returns:
            The result.
        """
        return await self._call(CREATE_SELECTION_ENTITY, (target_table_name,))

    async def create_contact_selection_from_selection(
        self,
        *,
        selection_id: int | Unset = UNSET,
        name: str | None | Unset = UNSET,
        target_selection_type: SelectionType | str | Unset = UNSET,
        copy_members: bool | Unset = UNSET,
    ) -> SelectionEntity | None:
        """Creates a new selection based on selection members from an existing selection.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_CONTACT_SELECTION_FROM_SELECTION,
            (selection_id, name, target_selection_type, copy_members),
        )

    async def create_temporary_contact_selection_from_contact_person_ids(
        self, *, contact_person_ids: list[ContactPersonId | None] | None | Unset = UNSET
    ) -> SelectionEntity | None:
        """Creates a temporary selection with members from a collection of ContactPerson id's.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_TEMPORARY_CONTACT_SELECTION_FROM_CONTACT_PERSON_IDS, (contact_person_ids,)
        )

    async def copy_contact_selection_members(
        self, *, from_selection_id: int | Unset = UNSET, to_selection_id: int | Unset = UNSET
    ) -> None:
        """Copy contact selection members from selection into an existing selection."""
        return await self._call(
            COPY_CONTACT_SELECTION_MEMBERS, (from_selection_id, to_selection_id)
        )

    async def get_recipient_statistics(
        self, *, selection_id: int | Unset = UNSET
    ) -> RecipientStatistics | None:
        """Returns a RecipientStatistics object with a count of addresses, emailaddresses and
        emailaddresses.

        Returns:
            The result.
        """
        return await self._call(GET_RECIPIENT_STATISTICS, (selection_id,))

    async def get_recipient_statistics_from_project_members(
        self, *, project_id: int | Unset = UNSET
    ) -> RecipientStatistics | None:
        """Returns a RecipientStatistics object with a count of addresses, emailaddresses and
        emailaddresses based on members in a project.

        Returns:
            The result.
        """
        return await self._call(GET_RECIPIENT_STATISTICS_FROM_PROJECT_MEMBERS, (project_id,))

    async def get_recipient_statistics_from_contact_person_ids(
        self, *, contact_person_ids: list[ContactPersonId | None] | None | Unset = UNSET
    ) -> RecipientStatistics | None:
        """Returns a RecipientStatistics object with a count of addresses, emailaddresses and
        emailaddresses based on contact and persons in a collection of ContactPersonId.

        Returns:
            The result.
        """
        return await self._call(
            GET_RECIPIENT_STATISTICS_FROM_CONTACT_PERSON_IDS, (contact_person_ids,)
        )

    async def add_contact_selection_members(
        self,
        *,
        selection_id: int | Unset = UNSET,
        contact_person_ids: list[ContactPersonId | None] | None | Unset = UNSET,
    ) -> None:
        """Adds the collection of ContactPersonId as members to the static selection"""
        return await self._call(ADD_CONTACT_SELECTION_MEMBERS, (selection_id, contact_person_ids))

    async def remove_contact_selection_members(
        self,
        *,
        selection_id: int | Unset = UNSET,
        contact_person_ids: list[ContactPersonId | None] | None | Unset = UNSET,
    ) -> None:
        """Removes members from the selection as specified in the collection of
        ContactPersonId.
        """
        return await self._call(
            REMOVE_CONTACT_SELECTION_MEMBERS, (selection_id, contact_person_ids)
        )

    async def remove_contact_selection_members_from_ids(
        self,
        *,
        selection_id: int | Unset = UNSET,
        selection_members_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Removes members from the selection using a collection a selectionmember id's."""
        return await self._call(
            REMOVE_CONTACT_SELECTION_MEMBERS_FROM_IDS, (selection_id, selection_members_ids)
        )

    async def add_contact_selection_members_from_search(
        self, *, selection_id: int | Unset = UNSET, storage_key: str | None | Unset = UNSET
    ) -> int | None:
        """Adds members to the selection from the search result.

        Returns:
            The result.
        """
        return await self._call(
            ADD_CONTACT_SELECTION_MEMBERS_FROM_SEARCH, (selection_id, storage_key)
        )

    async def remove_contact_selection_members_from_search(
        self, *, selection_id: int | Unset = UNSET, storage_key: str | None | Unset = UNSET
    ) -> int | None:
        """Removes members from the selection using the search result.

        Returns:
            The result.
        """
        return await self._call(
            REMOVE_CONTACT_SELECTION_MEMBERS_FROM_SEARCH, (selection_id, storage_key)
        )

    async def create_temporary_contact_selection(self) -> SelectionEntity | None:
        """Creates a temporary selection.

        Returns:
            The result.
        """
        return await self._call(CREATE_TEMPORARY_CONTACT_SELECTION, ())

    async def create_temporary_contact_selection_from_selection_member_ids(
        self,
        *,
        selection_id: int | Unset = UNSET,
        selection_member_ids: list[int] | None | Unset = UNSET,
    ) -> SelectionEntity | None:
        """Creates a temporary selection with members from a collection of selectionmember
        id's.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_TEMPORARY_CONTACT_SELECTION_FROM_SELECTION_MEMBER_IDS,
            (selection_id, selection_member_ids),
        )

    async def add_remove_contact_selection_member_interests(
        self,
        *,
        selection_id: int | Unset = UNSET,
        add_company_interests: list[int] | None | Unset = UNSET,
        remove_company_interests: list[int] | None | Unset = UNSET,
        add_contact_interests: list[int] | None | Unset = UNSET,
        remove_contact_interests: list[int] | None | Unset = UNSET,
    ) -> None:
        """Adds or removes interests on companies and persons in a selection."""
        return await self._call(
            ADD_REMOVE_CONTACT_SELECTION_MEMBER_INTERESTS,
            (
                selection_id,
                add_company_interests,
                remove_company_interests,
                add_contact_interests,
                remove_contact_interests,
            ),
        )

    async def edit_contact_selection_member_details(
        self,
        *,
        selection_id: int | Unset = UNSET,
        selection_member_edit_values: SelectionMemberEditValues | None | Unset = UNSET,
    ) -> None:
        """Edit company and contact details in a selection based on contents in
        selectionMemberEditValues.
        """
        return await self._call(
            EDIT_CONTACT_SELECTION_MEMBER_DETAILS, (selection_id, selection_member_edit_values)
        )

    async def generate_follow_ups(
        self,
        *,
        selection_id: int | Unset = UNSET,
        appointment_entity: AppointmentEntity | None | Unset = UNSET,
        associate_id: int | Unset = UNSET,
        save_on_contact_owner: bool | Unset = UNSET,
        unique_contact: bool | Unset = UNSET,
    ) -> None:
        """Generate follow-ups for members in the selection."""
        return await self._call(
            GENERATE_FOLLOW_UPS,
            (
                selection_id,
                appointment_entity,
                associate_id,
                save_on_contact_owner,
                unique_contact,
            ),
        )

    async def export_selection_members(
        self,
        *,
        selection_id: int | Unset = UNSET,
        template_name: str | None | Unset = UNSET,
        use_contacts: bool | Unset = UNSET,
    ) -> bytes | None:
        """ExportSelectionMembers will generate a string that is the result of substituting the
        template variables with values from selectionmembers.

        Returns:
            The result.
        """
        return await self._call(
            EXPORT_SELECTION_MEMBERS, (selection_id, template_name, use_contacts)
        )

    async def export_selection_members_with_order_by(
        self,
        *,
        selection_id: int | Unset = UNSET,
        template_name: str | None | Unset = UNSET,
        use_contacts: bool | Unset = UNSET,
        order_by: str | None | Unset = UNSET,
    ) -> bytes | None:
        """ExportSelectionMembers will generate a string that is the result of substituting the
        template variables with values from selectionmembers.

        Returns:
            The result.
        """
        return await self._call(
            EXPORT_SELECTION_MEMBERS_WITH_ORDER_BY,
            (selection_id, template_name, use_contacts, order_by),
        )

    async def set_duplicate_rules_status(
        self, *, rules: list[DuplicateRule | None] | None | Unset = UNSET
    ) -> None:
        """Set which duplicate rules should be active or not"""
        return await self._call(SET_DUPLICATE_RULES_STATUS, (rules,))

    async def get_duplicates(
        self, *, name: str | None | Unset = UNSET
    ) -> list[DuplicateEntry | None] | None:
        """Get duplicates(exact or similar in the database) based on the name

        Returns:
            The result.
        """
        return await self._call(GET_DUPLICATES, (name,))

    async def get_duplicate_rules(self) -> list[DuplicateRule | None] | None:
        """Retrieve all available duplicate rules for selection

        Returns:
            The result.
        """
        return await self._call(GET_DUPLICATE_RULES, ())

    async def create_new_entry(
        self, *, duplicate: DuplicateEntry | None | Unset = UNSET
    ) -> int | None:
        """Creates a new selection based on external duplicate

        Returns:
            The result.
        """
        return await self._call(CREATE_NEW_ENTRY, (duplicate,))

    async def delete_contacts(self, *, selection_id: int | Unset = UNSET) -> None:
        """Deletes all contacts from a selection."""
        return await self._call(DELETE_CONTACTS, (selection_id,))

    async def add_selection_members(
        self, *, selection_id: int | Unset = UNSET, ids: list[int] | None | Unset = UNSET
    ) -> int | None:
        """Add selection members to a static selection of type others than contacts.

        Returns:
            The result.
        """
        return await self._call(ADD_SELECTION_MEMBERS, (selection_id, ids))

    async def remove_selection_members(
        self,
        *,
        selection_id: int | Unset = UNSET,
        selection_member_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Removes members from the selection as specified in the collection of entity ids."""
        return await self._call(REMOVE_SELECTION_MEMBERS, (selection_id, selection_member_ids))

    async def remove_selection_members_by_id(
        self, *, selection_id: int | Unset = UNSET, ids: list[int] | None | Unset = UNSET
    ) -> None:
        """Removes members from the selection as specified in the collection of entity ids."""
        return await self._call(REMOVE_SELECTION_MEMBERS_BY_ID, (selection_id, ids))

    async def add_selection_members_from_search(
        self, *, selection_id: int | Unset = UNSET, storage_key: str | None | Unset = UNSET
    ) -> int | None:
        """Adds members from the selection using the search result.

        Returns:
            The result.
        """
        return await self._call(ADD_SELECTION_MEMBERS_FROM_SEARCH, (selection_id, storage_key))

    async def remove_selection_members_from_search(
        self, *, selection_id: int | Unset = UNSET, storage_key: str | None | Unset = UNSET
    ) -> int | None:
        """Removes members from the selection using the search result.

        Returns:
            The result.
        """
        return await self._call(REMOVE_SELECTION_MEMBERS_FROM_SEARCH, (selection_id, storage_key))

    async def copy_selection_members(
        self, *, from_selection_id: int | Unset = UNSET, to_selection_id: int | Unset = UNSET
    ) -> None:
        """Copy selection members from selection into an existing selection."""
        return await self._call(COPY_SELECTION_MEMBERS, (from_selection_id, to_selection_id))

    async def create_temporary_selection_from_ids(
        self, *, ids: list[int] | None | Unset = UNSET, target_table_number: int | Unset = UNSET
    ) -> SelectionEntity | None:
        """Creates a temporary selection with members from a collection of entity id's.

        Returns:
            The result.
        """
        return await self._call(CREATE_TEMPORARY_SELECTION_FROM_IDS, (ids, target_table_number))

    async def create_selection_from_selection(
        self,
        *,
        selection_id: int | Unset = UNSET,
        name: str | None | Unset = UNSET,
        target_selection_type: SelectionType | str | Unset = UNSET,
        copy_members: bool | Unset = UNSET,
    ) -> SelectionEntity | None:
        """Creates a new selection based on selection members from an existing selection.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_SELECTION_FROM_SELECTION,
            (selection_id, name, target_selection_type, copy_members),
        )

    async def create_contact_selection_from_shadow_selection(
        self, *, selection_id: int | Unset = UNSET, name: str | None | Unset = UNSET
    ) -> SelectionEntity | None:
        """Creates a new contact selection based on contact selection members from an existing
        shadow sale, appointment, project or document selection.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_CONTACT_SELECTION_FROM_SHADOW_SELECTION, (selection_id, name)
        )

    async def delete_entities(self, *, selection_id: int | Unset = UNSET) -> None:
        """Deletes all entities from a selection."""
        return await self._call(DELETE_ENTITIES, (selection_id,))

    async def get_parent_combined_selections(
        self, *, selection_id: int | Unset = UNSET
    ) -> list[int] | None:
        """Get a list of all selection ids where the given selection is used to create a
        combined selection.

        Returns:
            The result.
        """
        return await self._call(GET_PARENT_COMBINED_SELECTIONS, (selection_id,))

    async def get_selection_members_archive_rows(
        self, *, selection_id: int | Unset = UNSET, select: str | None | Unset = UNSET
    ) -> list[ArchiveListItem | None] | None:
        """Get the list of members in this selection.

        Returns:
            The result.
        """
        return await self._call(GET_SELECTION_MEMBERS_ARCHIVE_ROWS, (selection_id, select))

    async def get_selection_shadow_members_archive_rows(
        self, *, selection_id: int | Unset = UNSET, select: str | None | Unset = UNSET
    ) -> list[ArchiveListItem | None] | None:
        """Get the list of members in this selection's shadow (i.

        Returns:
            The result.
        """
        return await self._call(GET_SELECTION_SHADOW_MEMBERS_ARCHIVE_ROWS, (selection_id, select))

    async def get_dynamic_selection_criteria(
        self, *, selection_id: int | Unset = UNSET
    ) -> list[ArchiveRestrictionInfo | None] | None:
        """Get the criteria for this dynamic selection.

        Returns:
            The result.
        """
        return await self._call(GET_DYNAMIC_SELECTION_CRITERIA, (selection_id,))

    async def set_dynamic_selection_criteria(
        self,
        *,
        selection_id: int | Unset = UNSET,
        criteria: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
    ) -> list[ArchiveRestrictionInfo | None] | None:
        """Update the criteria for this dynamic selection.

        Returns:
            The result.
        """
        return await self._call(SET_DYNAMIC_SELECTION_CRITERIA, (selection_id, criteria))

    async def set_dynamic_selection_criteria_2(
        self, *, selection_id: int | Unset = UNSET, filter: str | None | Unset = UNSET
    ) -> list[ArchiveRestrictionInfo | None] | None:
        """Update the criteria for this dynamic selection using string.

        Returns:
            The result.
        """
        return await self._call(SET_DYNAMIC_SELECTION_CRITERIA_2, (selection_id, filter))

    async def set_dynamic_selection_criteria_3(
        self,
        *,
        selection_id: int | Unset = UNSET,
        criteria: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        filter: str | None | Unset = UNSET,
    ) -> list[ArchiveRestrictionInfo | None] | None:
        """Update the criteria for this dynamic selection.

        Returns:
            The result.
        """
        return await self._call(SET_DYNAMIC_SELECTION_CRITERIA_3, (selection_id, criteria, filter))

    async def delete_persons(self, *, selection_id: int | Unset = UNSET) -> None:
        """Deletes all persons from a selection."""
        return await self._call(DELETE_PERSONS, (selection_id,))

    async def get_dynamic_selection_criteria_groups(
        self, *, selection_id: int | Unset = UNSET
    ) -> list[ArchiveRestrictionGroup | None] | None:
        """Get the criteria for this dynamic selection.

        Returns:
            The result.
        """
        return await self._call(GET_DYNAMIC_SELECTION_CRITERIA_GROUPS, (selection_id,))

    async def set_dynamic_selection_criteria_groups(
        self,
        *,
        selection_id: int | Unset = UNSET,
        criteria: list[ArchiveRestrictionGroup | None] | None | Unset = UNSET,
    ) -> list[ArchiveRestrictionGroup | None] | None:
        """Update the criteria for this dynamic selection.

        Returns:
            The result.
        """
        return await self._call(SET_DYNAMIC_SELECTION_CRITERIA_GROUPS, (selection_id, criteria))

    async def delete_selection_entity(self, *, selection_entity_id: int | Unset = UNSET) -> None:
        """Deletes the SelectionEntity"""
        return await self._call(DELETE_SELECTION_ENTITY, (selection_entity_id,))

    async def get_selection_for_find(
        self, *, entity_name: str | None | Unset = UNSET, typical_search_id: int | Unset = UNSET
    ) -> SelectionForFind | None:
        """Obtain a selection for the given entity, for the current user, of type
        WorkingSetForFind.

        Returns:
            The result.
        """
        return await self._call(GET_SELECTION_FOR_FIND, (entity_name, typical_search_id))

    async def get_selection_summaries(
        self, *, selection_ids: list[int] | None | Unset = UNSET
    ) -> list[SelectionSummaryItem | None] | None:
        """Get an array of summaryitem for the given selections

        Returns:
            The result.
        """
        return await self._call(GET_SELECTION_SUMMARIES, (selection_ids,))

    async def update_typical_search(
        self, *, searches: TypicalSearches | None | Unset = UNSET
    ) -> str | None:
        """Update (import) TypicalSearch information in the database

        Returns:
            The result.
        """
        return await self._call(UPDATE_TYPICAL_SEARCH, (searches,))


class SelectionAgent(SelectionMethods, SoapCaller):
    """Selection over SOAP 1.1 (``Remote/Services88/Selection.svc``), synchronous."""

    _PATH = "Remote/Services88/Selection.svc"
    _HEADERS = HEADERS


class AsyncSelectionAgent(AsyncSelectionMethods, AsyncSoapCaller):
    """Selection over SOAP 1.1 (``Remote/Services88/Selection.svc``), asynchronous."""

    _PATH = "Remote/Services88/Selection.svc"
    _HEADERS = HEADERS


class SelectionRestAgent(SelectionMethods, RestCaller):
    """Selection over REST (``/api/v1/Agents/Selection/...``), synchronous."""


class AsyncSelectionRestAgent(AsyncSelectionMethods, AsyncRestCaller):
    """Selection over REST (``/api/v1/Agents/Selection/...``), asynchronous."""
