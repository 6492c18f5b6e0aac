"""Services88 List agent (``Remote/Services88/List.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, BYTES, FLOAT, INT, Operation, Param, STR
from .types.amount_class_entity import AMOUNT_CLASS_ENTITY_CODEC
from .types.automated_category_update import (
    AUTOMATED_CATEGORY_UPDATE_CODEC,
    LIST_OF_AUTOMATED_CATEGORY_UPDATE_CODEC,
)
from .types.business import BUSINESS_CODEC, LIST_OF_BUSINESS_CODEC
from .types.category import CATEGORY_CODEC, LIST_OF_CATEGORY_CODEC
from .types.category_entity import CATEGORY_ENTITY_CODEC
from .types.competitor import COMPETITOR_CODEC, LIST_OF_COMPETITOR_CODEC
from .types.consent_purpose import CONSENT_PURPOSE_CODEC, LIST_OF_CONSENT_PURPOSE_CODEC
from .types.consent_source import CONSENT_SOURCE_CODEC, LIST_OF_CONSENT_SOURCE_CODEC
from .types.country import COUNTRY_CODEC, LIST_OF_COUNTRY_CODEC
from .types.credited import CREDITED_CODEC, LIST_OF_CREDITED_CODEC
from .types.currency import CURRENCY_CODEC, LIST_OF_CURRENCY_CODEC
from .types.currency_entity import CURRENCY_ENTITY_CODEC, LIST_OF_CURRENCY_ENTITY_CODEC
from .types.customer_language import CUSTOMER_LANGUAGE_CODEC, LIST_OF_CUSTOMER_LANGUAGE_CODEC
from .types.delivery_term import DELIVERY_TERM_CODEC, LIST_OF_DELIVERY_TERM_CODEC
from .types.delivery_type import DELIVERY_TYPE_CODEC, LIST_OF_DELIVERY_TYPE_CODEC
from .types.department import DEPARTMENT_CODEC, LIST_OF_DEPARTMENT_CODEC
from .types.document_template import DOCUMENT_TEMPLATE_CODEC, LIST_OF_DOCUMENT_TEMPLATE_CODEC
from .types.document_template_entity import (
    DOCUMENT_TEMPLATE_ENTITY_CODEC,
    LIST_OF_DOCUMENT_TEMPLATE_ENTITY_CODEC,
)
from .types.domain import DOMAIN_CODEC, LIST_OF_DOMAIN_CODEC
from .types.ext_app_entity import EXT_APP_ENTITY_CODEC
from .types.heading_entity import HEADING_ENTITY_CODEC, LIST_OF_HEADING_ENTITY_CODEC
from .types.hierarchy_entity import HIERARCHY_ENTITY_CODEC, LIST_OF_HIERARCHY_ENTITY_CODEC
from .types.int_string_dictionary import INT_STRING_DICTIONARY_CODEC
from .types.language_info import LANGUAGE_INFO_CODEC, LIST_OF_LANGUAGE_INFO_CODEC
from .types.legal_base import LEGAL_BASE_CODEC, LIST_OF_LEGAL_BASE_CODEC
from .types.link import LINK_CODEC, LIST_OF_LINK_CODEC
from .types.list_entity import LIST_ENTITY_CODEC, LIST_OF_LIST_ENTITY_CODEC
from .types.list_item_entity import LIST_ITEM_ENTITY_CODEC, LIST_OF_LIST_ITEM_ENTITY_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_mdo_list_item import LIST_OF_MDO_LIST_ITEM_CODEC
from .types.list_of_selectable_mdo_list_item import LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.localized_text import LIST_OF_LOCALIZED_TEXT_CODEC, LOCALIZED_TEXT_CODEC
from .types.localized_text_type import LIST_OF_LOCALIZED_TEXT_TYPE_CODEC, LOCALIZED_TEXT_TYPE_CODEC
from .types.mr_mrs import LIST_OF_MR_MRS_CODEC, MR_MRS_CODEC
from .types.navigation import NAVIGATION_CODEC
from .types.payment_term import LIST_OF_PAYMENT_TERM_CODEC, PAYMENT_TERM_CODEC
from .types.payment_type import LIST_OF_PAYMENT_TYPE_CODEC, PAYMENT_TYPE_CODEC
from .types.position import LIST_OF_POSITION_CODEC, POSITION_CODEC
from .types.priority import LIST_OF_PRIORITY_CODEC, PRIORITY_CODEC
from .types.product_category import LIST_OF_PRODUCT_CATEGORY_CODEC, PRODUCT_CATEGORY_CODEC
from .types.product_family import LIST_OF_PRODUCT_FAMILY_CODEC, PRODUCT_FAMILY_CODEC
from .types.product_type import LIST_OF_PRODUCT_TYPE_CODEC, PRODUCT_TYPE_CODEC
from .types.project_status import LIST_OF_PROJECT_STATUS_CODEC, PROJECT_STATUS_CODEC
from .types.project_type import LIST_OF_PROJECT_TYPE_CODEC, PROJECT_TYPE_CODEC
from .types.project_type_entity import PROJECT_TYPE_ENTITY_CODEC
from .types.quick_reply import LIST_OF_QUICK_REPLY_CODEC
from .types.quote_approve_reason import (
    LIST_OF_QUOTE_APPROVE_REASON_CODEC,
    QUOTE_APPROVE_REASON_CODEC,
)
from .types.quote_deny_reason import LIST_OF_QUOTE_DENY_REASON_CODEC, QUOTE_DENY_REASON_CODEC
from .types.rating import LIST_OF_RATING_CODEC, RATING_CODEC
from .types.reason import LIST_OF_REASON_CODEC, REASON_CODEC
from .types.reason_sold import LIST_OF_REASON_SOLD_CODEC, REASON_SOLD_CODEC
from .types.reason_stalled import LIST_OF_REASON_STALLED_CODEC, REASON_STALLED_CODEC
from .types.relation_definition_entity import RELATION_DEFINITION_ENTITY_CODEC
from .types.resource_entity import RESOURCE_ENTITY_CODEC
from .types.sale_stage_entity import LIST_OF_SALE_STAGE_ENTITY_CODEC, SALE_STAGE_ENTITY_CODEC
from .types.sale_status import SALE_STATUS_CODEC
from .types.sale_type import LIST_OF_SALE_TYPE_CODEC, SALE_TYPE_CODEC
from .types.sale_type_entity import LIST_OF_SALE_TYPE_ENTITY_CODEC, SALE_TYPE_ENTITY_CODEC
from .types.selection_category import LIST_OF_SELECTION_CATEGORY_CODEC, SELECTION_CATEGORY_CODEC
from .types.source import LIST_OF_SOURCE_CODEC, SOURCE_CODEC
from .types.string_dictionary import STRING_DICTIONARY_CODEC
from .types.task import LIST_OF_TASK_CODEC, TASK_CODEC
from .types.task_list_item import LIST_OF_TASK_LIST_ITEM_CODEC
from .types.task_menu import LIST_OF_TASK_MENU_CODEC, TASK_MENU_CODEC
from .types.template_info import TEMPLATE_INFO_CODEC
from .types.ticket_category import TICKET_CATEGORY_CODEC
from .types.ticket_category_entity import (
    LIST_OF_TICKET_CATEGORY_ENTITY_CODEC,
    TICKET_CATEGORY_ENTITY_CODEC,
)
from .types.ticket_category_membership_entity import (
    LIST_OF_TICKET_CATEGORY_MEMBERSHIP_ENTITY_CODEC,
)
from .types.ticket_priority import LIST_OF_TICKET_PRIORITY_CODEC, TICKET_PRIORITY_CODEC
from .types.ticket_priority_entity import (
    LIST_OF_TICKET_PRIORITY_ENTITY_CODEC,
    TICKET_PRIORITY_ENTITY_CODEC,
)
from .types.ticket_status_entity import (
    LIST_OF_TICKET_STATUS_ENTITY_CODEC,
    TICKET_STATUS_ENTITY_CODEC,
)
from .types.ticket_type_entity import LIST_OF_TICKET_TYPE_ENTITY_CODEC, TICKET_TYPE_ENTITY_CODEC
from .types.web_panel_entity import LIST_OF_WEB_PANEL_ENTITY_CODEC, WEB_PANEL_ENTITY_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_SALE_STAGE_ENTITY = Operation(
    "GetSaleStageEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetSaleStageEntity",
    params=(Param("sale_stage_entity_id", "SaleStageEntityId", INT),),
    results=(Param("response", "Response", SALE_STAGE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetSaleStageEntity",
)
"""Gets a SaleStageEntity object."""

GET_SALE_TYPE = Operation(
    "GetSaleType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetSaleType",
    params=(Param("sale_type_id", "SaleTypeId", INT),),
    results=(Param("response", "Response", SALE_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetSaleType",
)
"""Gets a SaleType object."""

GET_SALE_TYPE_ENTITY = Operation(
    "GetSaleTypeEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetSaleTypeEntity",
    params=(Param("sale_type_entity_id", "SaleTypeEntityId", INT),),
    results=(Param("response", "Response", SALE_TYPE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetSaleTypeEntity",
)
"""Gets a SaleTypeEntity object."""

GET_SALE_TYPE_LIST = Operation(
    "GetSaleTypeList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetSaleTypeList",
    params=(Param("sale_type_ids", "SaleTypeIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_SALE_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetSaleTypeList",
    rest_body="sale_type_ids",
)
"""Gets an array of SaleType objects."""

GET_ALL_SALE_TYPE = Operation(
    "GetAllSaleType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllSaleType",
    results=(Param("response", "Response", LIST_OF_SALE_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllSaleType",
)
"""Returns all sale types as simple list items"""

GET_ALL_SALE_TYPE_ENTITIES = Operation(
    "GetAllSaleTypeEntities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllSaleTypeEntities",
    params=(Param("include_deleted", "IncludeDeleted", BOOL),),
    results=(Param("response", "Response", LIST_OF_SALE_TYPE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllSaleTypeEntities",
)
"""Returns all sale types as entities with stakeholders, guide and quote properties"""

GET_SELECTION_CATEGORY = Operation(
    "GetSelectionCategory",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetSelectionCategory",
    params=(Param("selection_category_id", "SelectionCategoryId", INT),),
    results=(Param("response", "Response", SELECTION_CATEGORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetSelectionCategory",
)
"""Gets a SelectionCategory object."""

GET_ALL_SELECTION_CATEGORY = Operation(
    "GetAllSelectionCategory",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllSelectionCategory",
    results=(Param("response", "Response", LIST_OF_SELECTION_CATEGORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllSelectionCategory",
)
"""Gets an array of all SelectionCategory objects"""

GET_SELECTION_CATEGORY_LIST = Operation(
    "GetSelectionCategoryList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetSelectionCategoryList",
    params=(
        Param("selection_category_ids", "SelectionCategoryIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_SELECTION_CATEGORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetSelectionCategoryList",
    rest_body="selection_category_ids",
)
"""Gets an array of SelectionCategory objects."""

GET_SOURCE = Operation(
    "GetSource",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetSource",
    params=(Param("source_id", "SourceId", INT),),
    results=(Param("response", "Response", SOURCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetSource",
)
"""Gets a Source object."""

GET_SOURCE_LIST = Operation(
    "GetSourceList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetSourceList",
    params=(Param("source_ids", "SourceIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_SOURCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetSourceList",
    rest_body="source_ids",
)
"""Gets an array of Source objects."""

GET_SOURCES = Operation(
    "GetSources",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetSources",
    results=(Param("response", "Response", LIST_OF_SOURCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetSources",
)
"""Returns all sources"""

GET_TASK = Operation(
    "GetTask",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTask",
    params=(Param("task_id", "TaskId", INT),),
    results=(Param("response", "Response", TASK_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTask",
)
"""Gets a SoTask object."""

GET_DOCUMENT_TEMPLATE_TASK = Operation(
    "GetDocumentTemplateTask",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDocumentTemplateTask",
    params=(Param("document_template_id", "DocumentTemplateId", INT),),
    results=(Param("response", "Response", TASK_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDocumentTemplateTask",
)
"""Returns a Document Template list item as a TaskListItem."""

GET_TASK_LIST = Operation(
    "GetTaskList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTaskList",
    params=(Param("so_task_ids", "SoTaskIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_TASK_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTaskList",
    rest_body="so_task_ids",
)
"""Gets an array of SoTask objects."""

GET_TASKS = Operation(
    "GetTasks",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTasks",
    results=(Param("response", "Response", LIST_OF_TASK_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTasks",
)
"""Returns all appointment tasks"""

GET_DOCUMENT_TEMPLATES_TASKS = Operation(
    "GetDocumentTemplatesTasks",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDocumentTemplatesTasks",
    results=(Param("response", "Response", LIST_OF_TASK_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDocumentTemplatesTasks",
)
"""The appointment's task is a Document template item when the appointment is a document."""

GET_ALL_TASKS = Operation(
    "GetAllTasks",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllTasks",
    params=(Param("include_deleted", "IncludeDeleted", BOOL),),
    results=(Param("response", "Response", LIST_OF_TASK_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllTasks",
)
"""Returns all appointment tasks"""

GET_TICKET_CATEGORY = Operation(
    "GetTicketCategory",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketCategory",
    params=(Param("ticket_category_id", "TicketCategoryId", INT),),
    results=(Param("response", "Response", TICKET_CATEGORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketCategory",
)
"""Gets a TicketCategory object."""

GET_TICKET_CATEGORY_ENTITY = Operation(
    "GetTicketCategoryEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketCategoryEntity",
    params=(Param("ticket_category_entity_id", "TicketCategoryEntityId", INT),),
    results=(Param("response", "Response", TICKET_CATEGORY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketCategoryEntity",
)
"""Gets a TicketCategoryEntity object."""

MOVE_ALL_TICKETS = Operation(
    "MoveAllTickets",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/MoveAllTickets",
    params=(
        Param("from_ticket_category_id", "FromTicketCategoryId", INT),
        Param("to_ticket_category_id", "ToTicketCategoryId", INT),
    ),
    rest_path="/api/v1/Agents/List/MoveAllTickets",
)
"""Move all tickets from one ticket category to another"""

REBUILD_FULLNAMES = Operation(
    "RebuildFullnames",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/RebuildFullnames",
    rest_path="/api/v1/Agents/List/RebuildFullnames",
)
"""Update the fullname field of all categories."""

GET_TICKET_CATEGORY_LIST = Operation(
    "GetTicketCategoryList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketCategoryList",
    params=(
        Param(
            "ticket_category_entity_ids",
            "TicketCategoryEntityIds",
            LIST_OF_INT_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", LIST_OF_TICKET_CATEGORY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketCategoryList",
    rest_body="ticket_category_entity_ids",
)
"""Gets an array of TicketCategoryEntity objects."""

GET_TICKET_CATEGORIES = Operation(
    "GetTicketCategories",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketCategories",
    results=(Param("response", "Response", LIST_OF_TICKET_CATEGORY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketCategories",
)
"""NsApiSlow threshold: 5000 ms."""

GET_TICKET_CATEGORIES_FOR_USER_GROUPS = Operation(
    "GetTicketCategoriesForUserGroups",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketCategoriesForUserGroups",
    params=(Param("user_group_ids", "UserGroupIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_MDO_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketCategoriesForUserGroups",
)
"""Ticket categories for user groups"""

SET_TICKET_CATEGORIES_FOR_USER_GROUP = Operation(
    "SetTicketCategoriesForUserGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetTicketCategoriesForUserGroup",
    params=(
        Param("user_group_id", "UserGroupId", INT),
        Param("category_ids", "CategoryIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/SetTicketCategoriesForUserGroup",
)
"""Set ticket categories for one user group"""

UPDATE_CATEGORY_MEMBERSHIPS = Operation(
    "UpdateCategoryMemberships",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/UpdateCategoryMemberships",
    params=(
        Param("ticket_category_id", "TicketCategoryId", INT),
        Param(
            "memberships_to_add",
            "MembershipsToAdd",
            LIST_OF_TICKET_CATEGORY_MEMBERSHIP_ENTITY_CODEC,
            nillable=True,
        ),
        Param(
            "memberships_to_update",
            "MembershipsToUpdate",
            LIST_OF_TICKET_CATEGORY_MEMBERSHIP_ENTITY_CODEC,
            nillable=True,
        ),
        Param(
            "memberships_to_delete",
            "MembershipsToDelete",
            LIST_OF_TICKET_CATEGORY_MEMBERSHIP_ENTITY_CODEC,
            nillable=True,
        ),
    ),
    rest_path="/api/v1/Agents/List/UpdateCategoryMemberships",
)
"""Updates category memberships"""

GET_TICKET_PRIORITY = Operation(
    "GetTicketPriority",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketPriority",
    params=(Param("ticket_priority_id", "TicketPriorityId", INT),),
    results=(Param("response", "Response", TICKET_PRIORITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketPriority",
)
"""Gets a TicketPriority object."""

GET_TICKET_PRIORITY_ENTITY = Operation(
    "GetTicketPriorityEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketPriorityEntity",
    params=(Param("ticket_priority_entity_id", "TicketPriorityEntityId", INT),),
    results=(Param("response", "Response", TICKET_PRIORITY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketPriorityEntity",
)
"""Gets a TicketPriorityEntity object."""

SET_TICKET_PRIORITY_SORT_ORDER = Operation(
    "SetTicketPrioritySortOrder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetTicketPrioritySortOrder",
    params=(
        Param("ticket_priority_id", "TicketPriorityId", INT),
        Param("sort_order", "SortOrder", INT),
    ),
    rest_path="/api/v1/Agents/List/SetTicketPrioritySortOrder",
)
"""This method will set sort order of ticket priority in a list"""

GET_TICKET_PRIORITY_LIST = Operation(
    "GetTicketPriorityList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketPriorityList",
    params=(Param("ticket_priority_ids", "TicketPriorityIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_TICKET_PRIORITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketPriorityList",
    rest_body="ticket_priority_ids",
)
"""Gets an array of TicketPriority objects."""

GET_TICKET_PRIORITIES = Operation(
    "GetTicketPriorities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketPriorities",
    results=(Param("response", "Response", LIST_OF_TICKET_PRIORITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketPriorities",
)
"""NsApiSlow threshold: 5000 ms."""

GET_ALL_TICKET_PRIORITIES = Operation(
    "GetAllTicketPriorities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllTicketPriorities",
    params=(Param("include_deleted", "IncludeDeleted", BOOL),),
    results=(Param("response", "Response", LIST_OF_TICKET_PRIORITY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllTicketPriorities",
)
"""Returns all available ticket priorities."""

GET_TICKET_STATUS_ENTITY = Operation(
    "GetTicketStatusEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketStatusEntity",
    params=(Param("ticket_status_entity_id", "TicketStatusEntityId", INT),),
    results=(Param("response", "Response", TICKET_STATUS_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketStatusEntity",
)
"""Gets a TicketStatusEntity object."""

GLOBAL_CHANGE_TICKET_STATUS = Operation(
    "GlobalChangeTicketStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GlobalChangeTicketStatus",
    params=(
        Param("from_ticket_status_id", "FromTicketStatusId", INT),
        Param("to_ticket_status_id", "ToTicketStatusId", INT),
    ),
    rest_path="/api/v1/Agents/List/GlobalChangeTicketStatus",
)
"""This method will change all references from one ticket status to another."""

SET_TICKET_STATUS_SORT_ORDER = Operation(
    "SetTicketStatusSortOrder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetTicketStatusSortOrder",
    params=(
        Param("ticket_status_id", "TicketStatusId", INT),
        Param("sort_order", "SortOrder", INT),
    ),
    rest_path="/api/v1/Agents/List/SetTicketStatusSortOrder",
)
"""This method will set sort order of ticket status in a list"""

GET_TICKET_STATUS_LIST = Operation(
    "GetTicketStatusList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketStatusList",
    params=(
        Param(
            "ticket_status_entity_ids", "TicketStatusEntityIds", LIST_OF_INT_CODEC, nillable=True
        ),
    ),
    results=(Param("response", "Response", LIST_OF_TICKET_STATUS_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketStatusList",
    rest_body="ticket_status_entity_ids",
)
"""Gets an array of TicketStatusEntity objects."""

GET_TICKET_STATUSES = Operation(
    "GetTicketStatuses",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketStatuses",
    results=(Param("response", "Response", LIST_OF_TICKET_STATUS_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketStatuses",
)
"""NsApiSlow threshold: 5000 ms."""

GET_TICKET_TYPE_ENTITY = Operation(
    "GetTicketTypeEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketTypeEntity",
    params=(Param("ticket_type_entity_id", "TicketTypeEntityId", INT),),
    results=(Param("response", "Response", TICKET_TYPE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketTypeEntity",
)
"""Gets a TicketTypeEntity object."""

GLOBAL_CHANGE_TICKET_TYPE = Operation(
    "GlobalChangeTicketType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GlobalChangeTicketType",
    params=(
        Param("from_ticket_type_id", "FromTicketTypeId", INT),
        Param("to_ticket_type_id", "ToTicketTypeId", INT),
    ),
    rest_path="/api/v1/Agents/List/GlobalChangeTicketType",
)
"""Change all references from one ticket type to another."""

SET_TICKET_TYPE_SORT_ORDER = Operation(
    "SetTicketTypeSortOrder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetTicketTypeSortOrder",
    params=(
        Param("ticket_type_id", "TicketTypeId", INT),
        Param("sort_order", "SortOrder", INT),
    ),
    rest_path="/api/v1/Agents/List/SetTicketTypeSortOrder",
)
"""This method will set sort order of ticket type in a list"""

GET_TICKET_TYPE_LIST = Operation(
    "GetTicketTypeList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketTypeList",
    params=(
        Param("ticket_type_entity_ids", "TicketTypeEntityIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_TICKET_TYPE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketTypeList",
    rest_body="ticket_type_entity_ids",
)
"""Gets an array of TicketTypeEntity objects."""

GET_TICKET_TYPES = Operation(
    "GetTicketTypes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketTypes",
    results=(Param("response", "Response", LIST_OF_TICKET_TYPE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketTypes",
)
"""Get all TicketTypes"""

GET_WEB_PANEL_ENTITY = Operation(
    "GetWebPanelEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetWebPanelEntity",
    params=(Param("web_panel_entity_id", "WebPanelEntityId", INT),),
    results=(Param("response", "Response", WEB_PANEL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetWebPanelEntity",
)
"""Gets a WebPanelEntity object."""

GENERATE_NAVIGATION_URL = Operation(
    "GenerateNavigationUrl",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GenerateNavigationUrl",
    params=(
        Param("visible_in", "VisibleIn", NAVIGATION_CODEC),
        Param("window_name", "WindowName", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/List/GenerateNavigationUrl",
)
"""This methods generates the navigation URL to be used to navigate to the panel"""

GET_WEB_PANEL_LIST = Operation(
    "GetWebPanelList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetWebPanelList",
    results=(Param("response", "Response", LIST_OF_WEB_PANEL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetWebPanelList",
)
"""Return a list of all web panels."""

DELETE_WEB_PANEL = Operation(
    "DeleteWebPanel",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteWebPanel",
    params=(Param("id", "Id", INT),),
    rest_path="/api/v1/Agents/List/DeleteWebPanel",
)
"""Hard-delete (real, permanent DELETE in the database) the given web panel."""

GET_APP_WEB_PANELS = Operation(
    "GetAppWebPanels",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAppWebPanels",
    results=(Param("response", "Response", LIST_OF_WEB_PANEL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAppWebPanels",
)
"""Get all web panels owned by your app; works in Online only, for registered Apps that send a
valid ApplicationToken"""

DELETE_APP_WEB_PANELS = Operation(
    "DeleteAppWebPanels",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteAppWebPanels",
    rest_path="/api/v1/Agents/List/DeleteAppWebPanels",
)
"""Permanentely delete all web panels owned by your app; works in Online only, for registered
Apps that send a valid ApplicationToken; otherwise nothing happens"""

GET_WEB_PANEL_BY_PROG_ID = Operation(
    "GetWebPanelByProgId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetWebPanelByProgId",
    params=(Param("prog_id", "ProgId", STR, nillable=True),),
    results=(Param("response", "Response", WEB_PANEL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetWebPanelByProgId",
)
"""Get a web panel using the ProgId key that was specified when it was created"""

SET_LIST_ITEMS_FOR_HEADING_FROM_LIST_NAME = Operation(
    "SetListItemsForHeadingFromListName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetListItemsForHeadingFromListName",
    params=(
        Param("ud_list_definition_name", "UdListDefinitionName", STR, nillable=True),
        Param("heading_id", "HeadingId", INT),
        Param("list_item_ids", "ListItemIds", LIST_OF_INT_CODEC, nillable=True),
        Param("enable", "Enable", BOOL),
    ),
    rest_path="/api/v1/Agents/List/SetListItemsForHeadingFromListName",
)
"""Update listItems under this heading"""

SET_HEADINGS_FOR_LIST_ITEM = Operation(
    "SetHeadingsForListItem",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetHeadingsForListItem",
    params=(
        Param("ud_list_definition_id", "UdListDefinitionId", INT),
        Param("list_item_id", "ListItemId", INT),
        Param("heading_ids", "HeadingIds", LIST_OF_INT_CODEC, nillable=True),
        Param("enable", "Enable", BOOL),
    ),
    rest_path="/api/v1/Agents/List/SetHeadingsForListItem",
)
"""Set headings which this list item should be listed under"""

SET_RANK_ON_HEADINGS = Operation(
    "SetRankOnHeadings",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetRankOnHeadings",
    params=(
        Param("ud_list_definition_id", "UdListDefinitionId", INT),
        Param("heading_ids", "HeadingIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/SetRankOnHeadings",
)
"""Set rank order on headings"""

SET_RANK_ON_SALE_ACTIVITY = Operation(
    "SetRankOnSaleActivity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetRankOnSaleActivity",
    params=(
        Param("sale_type_stage_link_id", "SaleTypeStageLinkId", INT),
        Param("items_ids", "ItemsIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/SetRankOnSaleActivity",
)
"""Set rank order on sale activity"""

SET_RANK_ON_SALE_DOCUMENT = Operation(
    "SetRankOnSaleDocument",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetRankOnSaleDocument",
    params=(
        Param("sale_type_stage_link_id", "SaleTypeStageLinkId", INT),
        Param("items_ids", "ItemsIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/SetRankOnSaleDocument",
)
"""Set rank order on project document"""

SET_RANK_ON_PROJECT_ACTIVITY = Operation(
    "SetRankOnProjectActivity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetRankOnProjectActivity",
    params=(
        Param("project_type_status_link_id", "ProjectTypeStatusLinkId", INT),
        Param("items_ids", "ItemsIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/SetRankOnProjectActivity",
)
"""Set rank order on project activity"""

SET_RANK_ON_PROJECT_DOCUMENT = Operation(
    "SetRankOnProjectDocument",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetRankOnProjectDocument",
    params=(
        Param("project_type_status_link_id", "ProjectTypeStatusLinkId", INT),
        Param("items_ids", "ItemsIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/SetRankOnProjectDocument",
)
"""Set rank order on project document"""

GET_ALL_FROM_LIST_DEFINITION = Operation(
    "GetAllFromListDefinition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllFromListDefinition",
    params=(
        Param("ud_list_definition_id", "UdListDefinitionId", INT),
        Param("include_deleted", "IncludeDeleted", BOOL),
    ),
    results=(Param("response", "Response", LIST_OF_LIST_ITEM_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllFromListDefinition",
)
"""Get all list items for the specified list defintion"""

GET_ALL_FROM_LIST_NAME = Operation(
    "GetAllFromListName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllFromListName",
    params=(
        Param("ud_list_definition_name", "UdListDefinitionName", STR, nillable=True),
        Param("include_deleted", "IncludeDeleted", BOOL),
    ),
    results=(Param("response", "Response", LIST_OF_LIST_ITEM_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllFromListName",
)
"""Get all list items for the specified list defintion"""

SAVE_ALL_FROM_LIST_DEFINITION = Operation(
    "SaveAllFromListDefinition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveAllFromListDefinition",
    params=(
        Param("ud_list_definition_id", "UdListDefinitionId", INT),
        Param("items", "Items", LIST_OF_LIST_ITEM_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_LIST_ITEM_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveAllFromListDefinition",
)
"""Save all list items for the specified list defintion"""

SAVE_ALL_FROM_LIST_NAME = Operation(
    "SaveAllFromListName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveAllFromListName",
    params=(
        Param("ud_list_definition_name", "UdListDefinitionName", STR, nillable=True),
        Param("items", "Items", LIST_OF_LIST_ITEM_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_LIST_ITEM_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveAllFromListName",
)
"""Save all list items for the specified list defintion"""

ADD_FROM_LIST_DEFINITION = Operation(
    "AddFromListDefinition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/AddFromListDefinition",
    params=(
        Param("ud_list_definition_id", "UdListDefinitionId", INT),
        Param("item", "Item", LIST_ITEM_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_ITEM_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/AddFromListDefinition",
)
"""Save a new list item for the specified list defintion"""

ADD_FROM_LIST_NAME = Operation(
    "AddFromListName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/AddFromListName",
    params=(
        Param("ud_list_definition_name", "UdListDefinitionName", STR, nillable=True),
        Param("item", "Item", LIST_ITEM_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_ITEM_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/AddFromListName",
)
"""Save a new list item for the specified list defintion"""

DELETE_ALL_FROM_LIST_DEFINITION = Operation(
    "DeleteAllFromListDefinition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteAllFromListDefinition",
    params=(Param("ud_list_definition_id", "UdListDefinitionId", INT),),
    rest_path="/api/v1/Agents/List/DeleteAllFromListDefinition",
)
"""Marks all items in the list deleted"""

DELETE_ALL_FROM_LIST_NAME = Operation(
    "DeleteAllFromListName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteAllFromListName",
    params=(Param("ud_list_definition_name", "UdListDefinitionName", STR, nillable=True),),
    rest_path="/api/v1/Agents/List/DeleteAllFromListName",
)
"""Marks all items in the list deleted"""

GET_FROM_LIST_DEFINITION = Operation(
    "GetFromListDefinition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetFromListDefinition",
    params=(
        Param("id", "Id", INT),
        Param("ud_list_definition_id", "UdListDefinitionId", INT),
    ),
    results=(Param("response", "Response", LIST_ITEM_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetFromListDefinition",
)
"""Get a list item for the specified list defintion"""

GET_FROM_LIST_NAME = Operation(
    "GetFromListName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetFromListName",
    params=(
        Param("id", "Id", INT),
        Param("ud_list_definition_name", "UdListDefinitionName", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_ITEM_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetFromListName",
)
"""Get a list item for the specified list defintion"""

SAVE_FROM_LIST_DEFINITION = Operation(
    "SaveFromListDefinition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveFromListDefinition",
    params=(
        Param("id", "Id", INT),
        Param("ud_list_definition_id", "UdListDefinitionId", INT),
        Param("item", "Item", LIST_ITEM_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_ITEM_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveFromListDefinition",
)
"""Save a list item for the specified list defintion"""

SAVE_FROM_LIST_NAME = Operation(
    "SaveFromListName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveFromListName",
    params=(
        Param("id", "Id", INT),
        Param("ud_list_definition_name", "UdListDefinitionName", STR, nillable=True),
        Param("item", "Item", LIST_ITEM_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_ITEM_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveFromListName",
)
"""Save a list item for the specified list defintion"""

DELETE_FROM_LIST_DEFINITION = Operation(
    "DeleteFromListDefinition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteFromListDefinition",
    params=(
        Param("id", "Id", INT),
        Param("ud_list_definition_id", "UdListDefinitionId", INT),
    ),
    rest_path="/api/v1/Agents/List/DeleteFromListDefinition",
)
"""Delete a list item from the specified list defintion"""

DELETE_FROM_LIST_NAME = Operation(
    "DeleteFromListName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteFromListName",
    params=(
        Param("id", "Id", INT),
        Param("ud_list_definition_name", "UdListDefinitionName", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/DeleteFromListName",
)
"""Delete a list item from the specified list defintion"""

GET_HEADINGS_FROM_NAME = Operation(
    "GetHeadingsFromName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetHeadingsFromName",
    params=(Param("name", "Name", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_HEADING_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetHeadingsFromName",
)
"""Gets headings for list resolved by the provided name."""

GET_HEADINGS_FROM_LIST_DEFINITION = Operation(
    "GetHeadingsFromListDefinition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetHeadingsFromListDefinition",
    params=(Param("id", "Id", INT),),
    results=(Param("response", "Response", LIST_OF_HEADING_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetHeadingsFromListDefinition",
)
"""Gets headings for list resolved by the provided id."""

SAVE_HEADINGS_FROM_NAME = Operation(
    "SaveHeadingsFromName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveHeadingsFromName",
    params=(
        Param("name", "Name", STR, nillable=True),
        Param("entities", "Entities", LIST_OF_HEADING_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_HEADING_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveHeadingsFromName",
)
"""Save headings for list resolved by the provided name."""

SAVE_HEADINGS_FROM_LIST_DEFINITION = Operation(
    "SaveHeadingsFromListDefinition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveHeadingsFromListDefinition",
    params=(
        Param("id", "Id", INT),
        Param("entities", "Entities", LIST_OF_HEADING_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_HEADING_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveHeadingsFromListDefinition",
)
"""Save headings for list resolved by the provided id."""

SAVE_HEADING_FROM_NAME = Operation(
    "SaveHeadingFromName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveHeadingFromName",
    params=(
        Param("name", "Name", STR, nillable=True),
        Param("entity", "Entity", HEADING_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", HEADING_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveHeadingFromName",
)
"""Save new heading for list resolved by the provided name."""

SAVE_HEADING_FROM_LIST_DEFINITION = Operation(
    "SaveHeadingFromListDefinition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveHeadingFromListDefinition",
    params=(
        Param("id", "Id", INT),
        Param("entity", "Entity", HEADING_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", HEADING_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveHeadingFromListDefinition",
)
"""Save new heading for list resolved by the provided id."""

DELETE_ALL_HEADINGS_FROM_NAME = Operation(
    "DeleteAllHeadingsFromName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteAllHeadingsFromName",
    params=(Param("name", "Name", STR, nillable=True),),
    rest_path="/api/v1/Agents/List/DeleteAllHeadingsFromName",
)
"""Delete all headings for list resolved by the provided name."""

DELETE_ALL_HEADINGS_FROM_LIST_DEFINITION = Operation(
    "DeleteAllHeadingsFromListDefinition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteAllHeadingsFromListDefinition",
    params=(Param("id", "Id", INT),),
    rest_path="/api/v1/Agents/List/DeleteAllHeadingsFromListDefinition",
)
"""Delete all headings for list resolved by the provided id."""

GET_LOCALIZED_TEXT = Operation(
    "GetLocalizedText",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetLocalizedText",
    params=(Param("localized_text_id", "LocalizedTextId", INT),),
    results=(Param("response", "Response", LOCALIZED_TEXT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetLocalizedText",
)
"""Gets a LocalizedText object."""

GET_LOCALIZED_TEXT_BY_TYPE = Operation(
    "GetLocalizedTextByType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetLocalizedTextByType",
    params=(
        Param("text_type", "TextType", LOCALIZED_TEXT_TYPE_CODEC),
        Param("resource_id", "ResourceId", INT),
        Param("language_id", "LanguageId", INT),
    ),
    results=(Param("response", "Response", LOCALIZED_TEXT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetLocalizedTextByType",
)
"""Returns a localized text based on the resource id for the selected language."""

GET_LOCALIZED_TEXT_LIST = Operation(
    "GetLocalizedTextList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetLocalizedTextList",
    params=(Param("localized_text_ids", "LocalizedTextIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_LOCALIZED_TEXT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetLocalizedTextList",
    rest_body="localized_text_ids",
)
"""Gets an array of LocalizedText objects."""

GET_LOCALIZED_TEXTS = Operation(
    "GetLocalizedTexts",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetLocalizedTexts",
    results=(Param("response", "Response", LIST_OF_LOCALIZED_TEXT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetLocalizedTexts",
)
"""Gets all localized texts in the CRM database."""

GET_LOCALIZED_TEXTS_BY_LANGUAGE_ID = Operation(
    "GetLocalizedTextsByLanguageId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetLocalizedTextsByLanguageId",
    params=(Param("language_id", "LanguageId", INT),),
    results=(Param("response", "Response", LIST_OF_LOCALIZED_TEXT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetLocalizedTextsByLanguageId",
)
"""Gets all localized text belonging to a specific language."""

GET_LOCALIZED_TEXTS_BY_TYPE = Operation(
    "GetLocalizedTextsByType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetLocalizedTextsByType",
    params=(Param("text_types", "TextTypes", LIST_OF_LOCALIZED_TEXT_TYPE_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_LOCALIZED_TEXT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetLocalizedTextsByType",
)
"""Gets localized text by their type"""

GET_MR_MRS = Operation(
    "GetMrMrs",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetMrMrs",
    params=(Param("mr_mrs_id", "MrMrsId", INT),),
    results=(Param("response", "Response", MR_MRS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetMrMrs",
)
"""Gets a MrMrs object."""

GET_MR_MRS_LIST = Operation(
    "GetMrMrsList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetMrMrsList",
    params=(Param("mr_mrs_ids", "MrMrsIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_MR_MRS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetMrMrsList",
    rest_body="mr_mrs_ids",
)
"""Gets an array of MrMrs objects."""

GET_MR_MRSES = Operation(
    "GetMrMrses",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetMrMrses",
    results=(Param("response", "Response", LIST_OF_MR_MRS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetMrMrses",
)
"""Returns all Items from the MrMrs table sorted by their value."""

GET_PAYMENT_TERM = Operation(
    "GetPaymentTerm",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetPaymentTerm",
    params=(Param("payment_term_id", "PaymentTermId", INT),),
    results=(Param("response", "Response", PAYMENT_TERM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetPaymentTerm",
)
"""Gets a PaymentTerm object."""

GET_PAYMENT_TERMS = Operation(
    "GetPaymentTerms",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetPaymentTerms",
    results=(Param("response", "Response", LIST_OF_PAYMENT_TERM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetPaymentTerms",
)
"""Returns all PaymentTerms in SuperOffice db."""

GET_PAYMENT_TYPE = Operation(
    "GetPaymentType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetPaymentType",
    params=(Param("payment_type_id", "PaymentTypeId", INT),),
    results=(Param("response", "Response", PAYMENT_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetPaymentType",
)
"""Gets a PaymentType object."""

GET_PAYMENT_TYPES = Operation(
    "GetPaymentTypes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetPaymentTypes",
    results=(Param("response", "Response", LIST_OF_PAYMENT_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetPaymentTypes",
)
"""Returns all PaymentTypes in SuperOffice db."""

GET_POSITION = Operation(
    "GetPosition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetPosition",
    params=(Param("position_id", "PositionId", INT),),
    results=(Param("response", "Response", POSITION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetPosition",
)
"""Gets a Position object."""

GET_POSITION_LIST = Operation(
    "GetPositionList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetPositionList",
    params=(Param("position_ids", "PositionIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_POSITION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetPositionList",
    rest_body="position_ids",
)
"""Gets an array of Position objects."""

GET_POSITIONS = Operation(
    "GetPositions",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetPositions",
    results=(Param("response", "Response", LIST_OF_POSITION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetPositions",
)
"""Returns all the positions a person could have."""

GET_PRIORITY = Operation(
    "GetPriority",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetPriority",
    params=(Param("priority_id", "PriorityId", INT),),
    results=(Param("response", "Response", PRIORITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetPriority",
)
"""Gets a Priority object."""

GET_PRIORITY_LIST = Operation(
    "GetPriorityList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetPriorityList",
    params=(Param("priority_ids", "PriorityIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_PRIORITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetPriorityList",
    rest_body="priority_ids",
)
"""Gets an array of Priority objects."""

GET_PRIORITIES = Operation(
    "GetPriorities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetPriorities",
    results=(Param("response", "Response", LIST_OF_PRIORITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetPriorities",
)
"""Returns all priorities an appointment could have."""

GET_PRODUCT_CATEGORY = Operation(
    "GetProductCategory",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProductCategory",
    params=(Param("product_category_id", "ProductCategoryId", INT),),
    results=(Param("response", "Response", PRODUCT_CATEGORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProductCategory",
)
"""Gets a ProductCategory object."""

GET_PRODUCT_CATEGORIES = Operation(
    "GetProductCategories",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProductCategories",
    results=(Param("response", "Response", LIST_OF_PRODUCT_CATEGORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProductCategories",
)
"""Returns all ProductCategories in SuperOffice list."""

GET_PRODUCT_FAMILY = Operation(
    "GetProductFamily",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProductFamily",
    params=(Param("product_family_id", "ProductFamilyId", INT),),
    results=(Param("response", "Response", PRODUCT_FAMILY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProductFamily",
)
"""Gets a ProductFamily object."""

GET_PRODUCT_FAMILIES = Operation(
    "GetProductFamilies",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProductFamilies",
    results=(Param("response", "Response", LIST_OF_PRODUCT_FAMILY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProductFamilies",
)
"""Returns all ProductFamily in SuperOffice list."""

GET_PRODUCT_TYPE = Operation(
    "GetProductType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProductType",
    params=(Param("product_type_id", "ProductTypeId", INT),),
    results=(Param("response", "Response", PRODUCT_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProductType",
)
"""Gets a ProductType object."""

GET_PRODUCT_TYPES = Operation(
    "GetProductTypes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProductTypes",
    results=(Param("response", "Response", LIST_OF_PRODUCT_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProductTypes",
)
"""Returns all ProductTypes in SuperOffice list."""

GET_PROJECT_STATUS = Operation(
    "GetProjectStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProjectStatus",
    params=(Param("project_status_id", "ProjectStatusId", INT),),
    results=(Param("response", "Response", PROJECT_STATUS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProjectStatus",
)
"""Gets a ProjectStatus object."""

DELETE_PROJECT_STATUS = Operation(
    "DeleteProjectStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteProjectStatus",
    params=(Param("project_status_id", "ProjectStatusId", INT),),
    rest_path="/api/v1/Agents/List/DeleteProjectStatus",
)
"""Deletes a project status"""

GET_PROJECT_STATUS_LIST = Operation(
    "GetProjectStatusList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProjectStatusList",
    params=(Param("project_status_ids", "ProjectStatusIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_PROJECT_STATUS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProjectStatusList",
    rest_body="project_status_ids",
)
"""Gets an array of ProjectStatus objects."""

GET_PROJECT_STATUSES = Operation(
    "GetProjectStatuses",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProjectStatuses",
    results=(Param("response", "Response", LIST_OF_PROJECT_STATUS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProjectStatuses",
)
"""Gets all items from the Project Status (ProjStatus) table."""

GET_PROJECT_TYPE = Operation(
    "GetProjectType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProjectType",
    params=(Param("project_type_id", "ProjectTypeId", INT),),
    results=(Param("response", "Response", PROJECT_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProjectType",
)
"""Gets a ProjectType object."""

GET_PROJECT_TYPE_ENTITY = Operation(
    "GetProjectTypeEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProjectTypeEntity",
    params=(Param("project_type_entity_id", "ProjectTypeEntityId", INT),),
    results=(Param("response", "Response", PROJECT_TYPE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProjectTypeEntity",
)
"""Gets a ProjectTypeEntity object."""

GET_PROJECT_TYPE_LIST = Operation(
    "GetProjectTypeList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProjectTypeList",
    params=(Param("project_type_ids", "ProjectTypeIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_PROJECT_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProjectTypeList",
    rest_body="project_type_ids",
)
"""Gets an array of ProjectType objects."""

GET_PROJECT_TYPES = Operation(
    "GetProjectTypes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProjectTypes",
    results=(Param("response", "Response", LIST_OF_PROJECT_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProjectTypes",
)
"""Gets all items from the Project Type (ProjType) table."""

SAVE_QUICK_REPLIES = Operation(
    "SaveQuickReplies",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveQuickReplies",
    params=(Param("quick_replies", "QuickReplies", LIST_OF_QUICK_REPLY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveQuickReplies",
)
"""Method to save all quick replies for a given associate"""

GET_QUICK_REPLIES = Operation(
    "GetQuickReplies",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetQuickReplies",
    results=(Param("response", "Response", LIST_OF_QUICK_REPLY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetQuickReplies",
)
"""Method to return all quick replies for a given associate"""

GET_RATING = Operation(
    "GetRating",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetRating",
    params=(Param("rating_id", "RatingId", INT),),
    results=(Param("response", "Response", RATING_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetRating",
)
"""Gets a Rating object."""

GET_RATING_LIST = Operation(
    "GetRatingList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetRatingList",
    params=(Param("rating_ids", "RatingIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_RATING_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetRatingList",
    rest_body="rating_ids",
)
"""Gets an array of Rating objects."""

GET_RATINGS = Operation(
    "GetRatings",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetRatings",
    results=(Param("response", "Response", LIST_OF_RATING_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetRatings",
)
"""Returns all ratings"""

GET_ALL_SALE_STAGES = Operation(
    "GetAllSaleStages",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllSaleStages",
    params=(Param("include_deleted", "IncludeDeleted", BOOL),),
    results=(Param("response", "Response", LIST_OF_SALE_STAGE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllSaleStages",
)
"""Returns all ratings"""

GET_REASON = Operation(
    "GetReason",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetReason",
    params=(Param("reason_id", "ReasonId", INT),),
    results=(Param("response", "Response", REASON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetReason",
)
"""Gets a Reason object."""

GET_REASON_LIST = Operation(
    "GetReasonList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetReasonList",
    params=(Param("reason_ids", "ReasonIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_REASON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetReasonList",
    rest_body="reason_ids",
)
"""Gets an array of Reason objects."""

GET_REASONS = Operation(
    "GetReasons",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetReasons",
    results=(Param("response", "Response", LIST_OF_REASON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetReasons",
)
"""Returns all reasons"""

GET_QUOTE_APPROVE_REASON = Operation(
    "GetQuoteApproveReason",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetQuoteApproveReason",
    params=(Param("quote_approve_reason_id", "QuoteApproveReasonId", INT),),
    results=(Param("response", "Response", QUOTE_APPROVE_REASON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetQuoteApproveReason",
)
"""Gets a QuoteApproveReason object."""

GET_QUOTE_APPROVE_REASON_LIST = Operation(
    "GetQuoteApproveReasonList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetQuoteApproveReasonList",
    params=(
        Param(
            "quote_approve_reason_ids", "QuoteApproveReasonIds", LIST_OF_INT_CODEC, nillable=True
        ),
    ),
    results=(Param("response", "Response", LIST_OF_QUOTE_APPROVE_REASON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetQuoteApproveReasonList",
    rest_body="quote_approve_reason_ids",
)
"""Gets an array of QuoteApproveReason objects."""

GET_QUOTE_APPROVE_REASONS = Operation(
    "GetQuoteApproveReasons",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetQuoteApproveReasons",
    results=(Param("response", "Response", LIST_OF_QUOTE_APPROVE_REASON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetQuoteApproveReasons",
)
"""Returns all available QuoteApproveReasons."""

GET_QUOTE_DENY_REASON = Operation(
    "GetQuoteDenyReason",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetQuoteDenyReason",
    params=(Param("quote_deny_reason_id", "QuoteDenyReasonId", INT),),
    results=(Param("response", "Response", QUOTE_DENY_REASON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetQuoteDenyReason",
)
"""Gets a QuoteDenyReason object."""

GET_QUOTE_DENY_REASON_LIST = Operation(
    "GetQuoteDenyReasonList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetQuoteDenyReasonList",
    params=(
        Param("quote_deny_reason_ids", "QuoteDenyReasonIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_QUOTE_DENY_REASON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetQuoteDenyReasonList",
    rest_body="quote_deny_reason_ids",
)
"""Gets an array of QuoteDenyReason objects."""

GET_QUOTE_DENY_REASONS = Operation(
    "GetQuoteDenyReasons",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetQuoteDenyReasons",
    results=(Param("response", "Response", LIST_OF_QUOTE_DENY_REASON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetQuoteDenyReasons",
)
"""Returns all available QuoteDenyReasons."""

GET_REASON_SOLD = Operation(
    "GetReasonSold",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetReasonSold",
    params=(Param("reason_sold_id", "ReasonSoldId", INT),),
    results=(Param("response", "Response", REASON_SOLD_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetReasonSold",
)
"""Gets a ReasonSold object."""

GET_ALL_REASON_SOLD = Operation(
    "GetAllReasonSold",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllReasonSold",
    results=(Param("response", "Response", LIST_OF_REASON_SOLD_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllReasonSold",
)
"""Gets an array of all ReasonSold objects"""

GET_REASON_SOLD_LIST = Operation(
    "GetReasonSoldList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetReasonSoldList",
    params=(Param("reason_sold_ids", "ReasonSoldIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_REASON_SOLD_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetReasonSoldList",
    rest_body="reason_sold_ids",
)
"""Gets an array of ReasonSold objects."""

GET_REASON_STALLED = Operation(
    "GetReasonStalled",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetReasonStalled",
    params=(Param("reason_stalled_id", "ReasonStalledId", INT),),
    results=(Param("response", "Response", REASON_STALLED_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetReasonStalled",
)
"""Gets a ReasonStalled object."""

GET_ALL_REASON_STALLED = Operation(
    "GetAllReasonStalled",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllReasonStalled",
    results=(Param("response", "Response", LIST_OF_REASON_STALLED_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllReasonStalled",
)
"""Gets an array of all ReasonStalled objects"""

GET_REASON_STALLED_LIST = Operation(
    "GetReasonStalledList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetReasonStalledList",
    params=(Param("reason_stalled_ids", "ReasonStalledIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_REASON_STALLED_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetReasonStalledList",
    rest_body="reason_stalled_ids",
)
"""Gets an array of ReasonStalled objects."""

GET_RELATION_DEFINITION_ENTITY = Operation(
    "GetRelationDefinitionEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetRelationDefinitionEntity",
    params=(Param("relation_definition_entity_id", "RelationDefinitionEntityId", INT),),
    results=(Param("response", "Response", RELATION_DEFINITION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetRelationDefinitionEntity",
)
"""Gets a RelationDefinitionEntity object."""

GET_RESOURCE_ENTITY = Operation(
    "GetResourceEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetResourceEntity",
    params=(Param("resource_entity_id", "ResourceEntityId", INT),),
    results=(Param("response", "Response", RESOURCE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetResourceEntity",
)
"""Gets a ResourceEntity object."""

GET_CREDITEDS = Operation(
    "GetCrediteds",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCrediteds",
    results=(Param("response", "Response", LIST_OF_CREDITED_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCrediteds",
)
"""Returns all credited"""

GET_CURRENCY = Operation(
    "GetCurrency",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCurrency",
    params=(Param("currency_id", "CurrencyId", INT),),
    results=(Param("response", "Response", CURRENCY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCurrency",
)
"""Gets a Currency object."""

GET_OUR_CURRENCY = Operation(
    "GetOurCurrency",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetOurCurrency",
    results=(Param("response", "Response", CURRENCY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetOurCurrency",
)
"""Gets the Our currency object if currency is enabled"""

CHANGE_CURRENCY = Operation(
    "ChangeCurrency",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/ChangeCurrency",
    params=(
        Param("amount", "Amount", FLOAT),
        Param("from_currency", "FromCurrency", STR, nillable=True),
        Param("to_currency", "ToCurrency", STR, nillable=True),
    ),
    results=(Param("response", "Response", FLOAT),),
    rest_path="/api/v1/Agents/List/ChangeCurrency",
)
"""Recalculates the amount to the new currency."""

GET_OWNER_COMPANYS_CURRENCY = Operation(
    "GetOwnerCompanysCurrency",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetOwnerCompanysCurrency",
    results=(Param("response", "Response", CURRENCY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetOwnerCompanysCurrency",
)
"""Get the currency of the user's owner company"""

GET_CURRENCY_ENTITY = Operation(
    "GetCurrencyEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCurrencyEntity",
    params=(Param("currency_entity_id", "CurrencyEntityId", INT),),
    results=(Param("response", "Response", CURRENCY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCurrencyEntity",
)
"""Gets a CurrencyEntity object."""

GET_BASE_CURRENCY = Operation(
    "GetBaseCurrency",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetBaseCurrency",
    results=(Param("response", "Response", CURRENCY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetBaseCurrency",
)
"""Get the base currency, used for calculating exchange rates"""

GET_CURRENCY_LIST = Operation(
    "GetCurrencyList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCurrencyList",
    params=(Param("currency_ids", "CurrencyIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_CURRENCY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCurrencyList",
    rest_body="currency_ids",
)
"""Gets an array of Currency objects."""

GET_CURRENCIES = Operation(
    "GetCurrencies",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCurrencies",
    results=(Param("response", "Response", LIST_OF_CURRENCY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCurrencies",
)
"""Returns all currencies"""

GET_ALL_CURRENCIES = Operation(
    "GetAllCurrencies",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllCurrencies",
    params=(Param("include_deleted", "IncludeDeleted", BOOL),),
    results=(Param("response", "Response", LIST_OF_CURRENCY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllCurrencies",
)
"""Returns all currencies"""

GET_CUSTOMER_LANGUAGE = Operation(
    "GetCustomerLanguage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCustomerLanguage",
    params=(Param("customer_language_id", "CustomerLanguageId", INT),),
    results=(Param("response", "Response", CUSTOMER_LANGUAGE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCustomerLanguage",
)
"""Gets a CustomerLanguage object."""

GET_CUSTOMER_LANGUAGE_LIST = Operation(
    "GetCustomerLanguageList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCustomerLanguageList",
    params=(
        Param("customer_language_ids", "CustomerLanguageIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_CUSTOMER_LANGUAGE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCustomerLanguageList",
    rest_body="customer_language_ids",
)
"""Gets an array of CustomerLanguage objects."""

GET_CUSTOMER_LANGUAGES = Operation(
    "GetCustomerLanguages",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCustomerLanguages",
    results=(Param("response", "Response", LIST_OF_CUSTOMER_LANGUAGE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCustomerLanguages",
)
"""NsApiSlow threshold: 5000 ms."""

GET_DELIVERY_TERM = Operation(
    "GetDeliveryTerm",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDeliveryTerm",
    params=(Param("delivery_term_id", "DeliveryTermId", INT),),
    results=(Param("response", "Response", DELIVERY_TERM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDeliveryTerm",
)
"""Gets a DeliveryTerm object."""

GET_DELIVERY_TERMS = Operation(
    "GetDeliveryTerms",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDeliveryTerms",
    results=(Param("response", "Response", LIST_OF_DELIVERY_TERM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDeliveryTerms",
)
"""Returns all DeliveryTerms in SuperOffice db."""

GET_DELIVERY_TYPE = Operation(
    "GetDeliveryType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDeliveryType",
    params=(Param("delivery_type_id", "DeliveryTypeId", INT),),
    results=(Param("response", "Response", DELIVERY_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDeliveryType",
)
"""Gets a DeliveryType object."""

GET_DELIVERY_TYPES = Operation(
    "GetDeliveryTypes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDeliveryTypes",
    results=(Param("response", "Response", LIST_OF_DELIVERY_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDeliveryTypes",
)
"""Returns all DeliveryTypes in SuperOffice db."""

GET_DEPARTMENT = Operation(
    "GetDepartment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDepartment",
    params=(Param("department_id", "DepartmentId", INT),),
    results=(Param("response", "Response", DEPARTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDepartment",
)
"""Gets a Department object."""

GET_DEPARTMENT_LIST = Operation(
    "GetDepartmentList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDepartmentList",
    params=(Param("department_ids", "DepartmentIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_DEPARTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDepartmentList",
    rest_body="department_ids",
)
"""Gets an array of Department objects."""

GET_DEPARTMENTS = Operation(
    "GetDepartments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDepartments",
    results=(Param("response", "Response", LIST_OF_DEPARTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDepartments",
)
"""Getting all departments/user groups for the internal phone list with the user's colleagues."""

GET_DOCUMENT_TEMPLATE = Operation(
    "GetDocumentTemplate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDocumentTemplate",
    params=(Param("document_template_id", "DocumentTemplateId", INT),),
    results=(Param("response", "Response", DOCUMENT_TEMPLATE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDocumentTemplate",
)
"""Gets a DocumentTemplate object."""

GET_DOCUMENT_TEMPLATE_ENTITY = Operation(
    "GetDocumentTemplateEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDocumentTemplateEntity",
    params=(Param("document_template_entity_id", "DocumentTemplateEntityId", INT),),
    results=(Param("response", "Response", DOCUMENT_TEMPLATE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDocumentTemplateEntity",
)
"""Gets a DocumentTemplateEntity object."""

SET_DOCUMENT_TEMPLATE_STREAM = Operation(
    "SetDocumentTemplateStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetDocumentTemplateStream",
    params=(
        Param(
            "document_template_entity",
            "DocumentTemplateEntity",
            DOCUMENT_TEMPLATE_ENTITY_CODEC,
            nillable=True,
        ),
        Param("stream", "Stream", BYTES, nillable=True),
        Param("language_code", "LanguageCode", STR, nillable=True),
        Param("plugin_id", "PluginId", INT),
    ),
    results=(Param("response", "Response", DOCUMENT_TEMPLATE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SetDocumentTemplateStream",
)
"""Store a document template from its stream."""

GET_DOCUMENT_TEMPLATE_USED_IN_SALES_STAGE = Operation(
    "GetDocumentTemplateUsedInSalesStage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDocumentTemplateUsedInSalesStage",
    params=(Param("document_template_id", "DocumentTemplateId", INT),),
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDocumentTemplateUsedInSalesStage",
)
"""Get a String array of names in sales guide that this template is used in"""

GET_DOCUMENT_TEMPLATE_USED_IN_PROJECT_STAGE = Operation(
    "GetDocumentTemplateUsedInProjectStage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDocumentTemplateUsedInProjectStage",
    params=(Param("document_template_id", "DocumentTemplateId", INT),),
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDocumentTemplateUsedInProjectStage",
)
"""Get a String array of names in project guide that this template is used in"""

GET_DOCUMENT_TEMPLATE_URL = Operation(
    "GetDocumentTemplateUrl",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDocumentTemplateUrl",
    params=(
        Param("document_template_id", "DocumentTemplateId", INT),
        Param("writable_url", "WritableUrl", BOOL),
        Param("language_code", "LanguageCode", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDocumentTemplateUrl",
)
"""Get a url to the document template"""

GET_DOCUMENT_TEMPLATE_PROPERTIES = Operation(
    "GetDocumentTemplateProperties",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDocumentTemplateProperties",
    params=(
        Param("document_template_id", "DocumentTemplateId", INT),
        Param("requested_properties", "RequestedProperties", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDocumentTemplateProperties",
)
"""Get document template properties"""

GET_DOCUMENT_TEMPLATE_LANGUAGES = Operation(
    "GetDocumentTemplateLanguages",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDocumentTemplateLanguages",
    params=(Param("document_template_id", "DocumentTemplateId", INT),),
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDocumentTemplateLanguages",
)
"""Get the supported language variations for a document template"""

CREATE_DEFAULT_DOCUMENT_TEMPLATE_LANGUAGE = Operation(
    "CreateDefaultDocumentTemplateLanguage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultDocumentTemplateLanguage",
    params=(
        Param("document_template_id", "DocumentTemplateId", INT),
        Param("language_code", "LanguageCode", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/CreateDefaultDocumentTemplateLanguage",
)
"""Create a new document template language based on an existing template"""

DELETE_DOCUMENT_TEMPLATE_LANGUAGE = Operation(
    "DeleteDocumentTemplateLanguage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteDocumentTemplateLanguage",
    params=(
        Param("document_template_id", "DocumentTemplateId", INT),
        Param("language_code", "LanguageCode", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/DeleteDocumentTemplateLanguage",
)
"""Deletes language variant of the document template"""

GET_DOCUMENT_TEMPLATE_EXTENSION = Operation(
    "GetDocumentTemplateExtension",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDocumentTemplateExtension",
    params=(Param("document_template_id", "DocumentTemplateId", INT),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDocumentTemplateExtension",
)
"""Get the file extension for the document template"""

SET_DOCUMENT_TEMPLATE_FROM_DOCUMENT_TEMPLATE = Operation(
    "SetDocumentTemplateFromDocumentTemplate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetDocumentTemplateFromDocumentTemplate",
    params=(
        Param("source_document_template_id", "SourceDocumentTemplateId", INT),
        Param(
            "document_template_entity",
            "DocumentTemplateEntity",
            DOCUMENT_TEMPLATE_ENTITY_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", DOCUMENT_TEMPLATE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SetDocumentTemplateFromDocumentTemplate",
)
"""Create a new document template based on another template"""

GET_DOCUMENT_TEMPLATE_STREAM_FROM_ID = Operation(
    "GetDocumentTemplateStreamFromId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDocumentTemplateStreamFromId",
    params=(
        Param("document_template_id", "DocumentTemplateId", INT),
        Param("language_code", "LanguageCode", STR, nillable=True),
    ),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDocumentTemplateStreamFromId",
)
"""Retrieve a stream to a document template based on its id"""

SAVE_DOCUMENT_TEMPLATE_STREAM = Operation(
    "SaveDocumentTemplateStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveDocumentTemplateStream",
    params=(
        Param("document_template_id", "DocumentTemplateId", INT),
        Param("content", "Content", BYTES, nillable=True),
        Param("language_code", "LanguageCode", STR, nillable=True),
        Param("plugin_id", "PluginId", INT),
    ),
    results=(Param("response", "Response", TEMPLATE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveDocumentTemplateStream",
)
"""Writes content in stream to document template file"""

GET_PLUGIN_LIST = Operation(
    "GetPluginList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetPluginList",
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetPluginList",
)
"""Get a list of installed document plugins"""

GET_PLUGIN_CAPABILITIES = Operation(
    "GetPluginCapabilities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetPluginCapabilities",
    params=(Param("plugin_id", "PluginId", INT),),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetPluginCapabilities",
)
"""Get a list of plugin-dependent capabilities for a given document archive plugin."""

GET_DOCUMENT_TYPES_FOR_PLUGIN = Operation(
    "GetDocumentTypesForPlugin",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDocumentTypesForPlugin",
    params=(Param("plugin_id", "PluginId", INT),),
    results=(Param("response", "Response", INT_STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDocumentTypesForPlugin",
)
"""Get a list of document types supported by a given document plugin."""

GET_DOCUMENT_TEMPLATE_LIST = Operation(
    "GetDocumentTemplateList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDocumentTemplateList",
    params=(
        Param("document_template_ids", "DocumentTemplateIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_TEMPLATE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDocumentTemplateList",
    rest_body="document_template_ids",
)
"""Gets an array of DocumentTemplate objects."""

GET_DOCUMENT_TEMPLATES = Operation(
    "GetDocumentTemplates",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDocumentTemplates",
    results=(Param("response", "Response", LIST_OF_DOCUMENT_TEMPLATE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDocumentTemplates",
)
"""Returns all available document templates"""

GET_ALL_DOCUMENT_TEMPLATES = Operation(
    "GetAllDocumentTemplates",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllDocumentTemplates",
    params=(Param("include_deleted", "IncludeDeleted", BOOL),),
    results=(
        Param("response", "Response", LIST_OF_DOCUMENT_TEMPLATE_ENTITY_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/GetAllDocumentTemplates",
)
"""Returns all templates"""

SET_DOCUMENT_PLUGIN_FOR_ALL_DOCUMENT_TEMPLATES = Operation(
    "SetDocumentPluginForAllDocumentTemplates",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetDocumentPluginForAllDocumentTemplates",
    params=(Param("document_plugin_id", "DocumentPluginId", INT),),
    rest_path="/api/v1/Agents/List/SetDocumentPluginForAllDocumentTemplates",
)
"""Sets the document-plugin to be used for all templates of type 'document'."""

GET_EXT_APP_ENTITY = Operation(
    "GetExtAppEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetExtAppEntity",
    params=(Param("ext_app_entity_id", "ExtAppEntityId", INT),),
    results=(Param("response", "Response", EXT_APP_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetExtAppEntity",
)
"""Gets a ExtAppEntity object."""

GET_HEADING_ENTITY = Operation(
    "GetHeadingEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetHeadingEntity",
    params=(Param("heading_entity_id", "HeadingEntityId", INT),),
    results=(Param("response", "Response", HEADING_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetHeadingEntity",
)
"""Gets a HeadingEntity object."""

CREATE_DEFAULT_HEADING_FROM_LIST_DEFINITION = Operation(
    "CreateDefaultHeadingFromListDefinition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultHeadingFromListDefinition",
    params=(Param("ud_list_definition_id", "UdListDefinitionId", INT),),
    results=(Param("response", "Response", HEADING_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultHeadingFromListDefinition",
)
"""Get a heading for the specified list defintion"""

GET_HIERARCHY_ENTITY = Operation(
    "GetHierarchyEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetHierarchyEntity",
    params=(Param("hierarchy_entity_id", "HierarchyEntityId", INT),),
    results=(Param("response", "Response", HIERARCHY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetHierarchyEntity",
)
"""Gets a HierarchyEntity object."""

GET_ALL_DOMAINS = Operation(
    "GetAllDomains",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllDomains",
    results=(Param("response", "Response", LIST_OF_DOMAIN_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllDomains",
)
"""Get list of all domains"""

GET_ALL_IN_DOMAIN = Operation(
    "GetAllInDomain",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllInDomain",
    params=(
        Param("domain", "Domain", DOMAIN_CODEC),
        Param("children", "Children", BOOL),
    ),
    results=(Param("response", "Response", LIST_OF_HIERARCHY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllInDomain",
)
"""Get all items in a domain"""

GET_HIERARCHY_FROM_PATH = Operation(
    "GetHierarchyFromPath",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetHierarchyFromPath",
    params=(
        Param("domain", "Domain", DOMAIN_CODEC),
        Param("path", "Path", STR, nillable=True),
        Param("children", "Children", BOOL),
    ),
    results=(Param("response", "Response", HIERARCHY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetHierarchyFromPath",
)
"""Get a hierarchy item from a path"""

ADD_HIERARCHY_TO_PATH = Operation(
    "AddHierarchyToPath",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/AddHierarchyToPath",
    params=(
        Param("domain", "Domain", DOMAIN_CODEC),
        Param("path", "Path", STR, nillable=True),
        Param("name", "Name", STR, nillable=True),
    ),
    results=(Param("response", "Response", HIERARCHY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/AddHierarchyToPath",
)
"""Add a hierarchy item to a path"""

UPDATE_HIERARCHY_FROM_PATH = Operation(
    "UpdateHierarchyFromPath",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/UpdateHierarchyFromPath",
    params=(
        Param("domain", "Domain", DOMAIN_CODEC),
        Param("path", "Path", STR, nillable=True),
        Param("entity", "Entity", HIERARCHY_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", HIERARCHY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/UpdateHierarchyFromPath",
)
"""Update a hierarchy item from a path"""

DELETE_HIERARCHY_FROM_PATH = Operation(
    "DeleteHierarchyFromPath",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteHierarchyFromPath",
    params=(
        Param("domain", "Domain", DOMAIN_CODEC),
        Param("path", "Path", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/DeleteHierarchyFromPath",
)
"""Remove a hierarchy item and its children from a path"""

GET_LANGUAGE_INFO = Operation(
    "GetLanguageInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetLanguageInfo",
    params=(Param("language_info_id", "LanguageInfoId", INT),),
    results=(Param("response", "Response", LANGUAGE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetLanguageInfo",
)
"""Gets a LanguageInfo object."""

GET_LANGUAGE_INFO_LIST = Operation(
    "GetLanguageInfoList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetLanguageInfoList",
    params=(Param("language_info_ids", "LanguageInfoIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_LANGUAGE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetLanguageInfoList",
    rest_body="language_info_ids",
)
"""Gets an array of LanguageInfo objects."""

GET_INSTALLED_LANGUAGES = Operation(
    "GetInstalledLanguages",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetInstalledLanguages",
    results=(Param("response", "Response", LIST_OF_LANGUAGE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetInstalledLanguages",
)
"""Returns the list of all languages installed in this database."""

GET_LEGAL_BASE = Operation(
    "GetLegalBase",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetLegalBase",
    params=(Param("legal_base_id", "LegalBaseId", INT),),
    results=(Param("response", "Response", LEGAL_BASE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetLegalBase",
)
"""Gets a LegalBase object."""

SAVE_LEGAL_BASE = Operation(
    "SaveLegalBase",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveLegalBase",
    params=(Param("legal_base", "LegalBase", LEGAL_BASE_CODEC, nillable=True),),
    results=(Param("response", "Response", LEGAL_BASE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveLegalBase",
)
"""NsApiSlow threshold: 5000 ms."""

GET_ALL_LEGAL_BASE = Operation(
    "GetAllLegalBase",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllLegalBase",
    results=(Param("response", "Response", LIST_OF_LEGAL_BASE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllLegalBase",
)
"""Gets an array of all LegalBase objects"""

GET_LEGAL_BASE_LIST = Operation(
    "GetLegalBaseList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetLegalBaseList",
    params=(Param("legal_base_ids", "LegalBaseIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_LEGAL_BASE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetLegalBaseList",
    rest_body="legal_base_ids",
)
"""Gets an array of LegalBase objects."""

GET_LEGAL_BASES = Operation(
    "GetLegalBases",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetLegalBases",
    results=(Param("response", "Response", LIST_OF_LEGAL_BASE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetLegalBases",
)
"""Returns all defined bases."""

GET_LINK = Operation(
    "GetLink",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetLink",
    params=(Param("link_id", "LinkId", INT),),
    results=(Param("response", "Response", LINK_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetLink",
)
"""Gets a Link object."""

GET_LINK_LIST = Operation(
    "GetLinkList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetLinkList",
    params=(Param("link_ids", "LinkIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_LINK_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetLinkList",
    rest_body="link_ids",
)
"""Gets an array of Link objects."""

GET_LIST_ENTITY = Operation(
    "GetListEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetListEntity",
    params=(Param("list_entity_id", "ListEntityId", INT),),
    results=(Param("response", "Response", LIST_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetListEntity",
)
"""Gets a ListEntity object."""

GET_LIST_DEFINITIONS = Operation(
    "GetListDefinitions",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetListDefinitions",
    params=(Param("include_deleted", "IncludeDeleted", BOOL),),
    results=(Param("response", "Response", LIST_OF_LIST_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetListDefinitions",
)
"""Get a list of the lists - built-in and user-defined."""

GET_LIST_ENTITY_BY_NAME = Operation(
    "GetListEntityByName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetListEntityByName",
    params=(Param("name", "Name", STR, nillable=True),),
    results=(Param("response", "Response", LIST_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetListEntityByName",
)
"""Gets a ListEntity resolved by the provided name."""

SAVE_LIST_ENTITY_BY_NAME = Operation(
    "SaveListEntityByName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveListEntityByName",
    params=(
        Param("name", "Name", STR, nillable=True),
        Param("list_entity", "ListEntity", LIST_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveListEntityByName",
)
"""Save a ListEntity resolved by the provided name."""

DELETE_LIST_ENTITY_BY_NAME = Operation(
    "DeleteListEntityByName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteListEntityByName",
    params=(Param("name", "Name", STR, nillable=True),),
    rest_path="/api/v1/Agents/List/DeleteListEntityByName",
)
"""Delete a ListEntity resolved by the provided name."""

SAVE_LIST_ITEM_ENTITY = Operation(
    "SaveListItemEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveListItemEntity",
    params=(Param("list_item_entity", "ListItemEntity", LIST_ITEM_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_ITEM_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveListItemEntity",
)
"""Save the ListItemEntity."""

SORT_LIST_ITEMS = Operation(
    "SortListItems",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SortListItems",
    params=(
        Param("ud_list_definition_id", "UdListDefinitionId", INT),
        Param("culture_name", "CultureName", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/SortListItems",
)
"""Sort the list items in a given list alphabetically"""

MOVE_LIST_ITEM = Operation(
    "MoveListItem",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/MoveListItem",
    params=(
        Param("ud_list_definition_id", "UdListDefinitionId", INT),
        Param("list_item_id", "ListItemId", INT),
        Param("direction", "Direction", INT),
    ),
    rest_path="/api/v1/Agents/List/MoveListItem",
)
"""Move a list item up or down in the list based on rank"""

GET_VISIBLE_FOR_USER_GROUPS = Operation(
    "GetVisibleForUserGroups",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetVisibleForUserGroups",
    params=(
        Param("ud_list_definition_id", "UdListDefinitionId", INT),
        Param("list_item_id", "ListItemId", INT),
    ),
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/GetVisibleForUserGroups",
)
"""List of User groups that this list item is visible for"""

GET_VISIBLE_FOR_USER_GROUPS_FROM_LIST_NAME = Operation(
    "GetVisibleForUserGroupsFromListName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetVisibleForUserGroupsFromListName",
    params=(
        Param("ud_list_definition_name", "UdListDefinitionName", STR, nillable=True),
        Param("list_item_id", "ListItemId", INT),
    ),
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/GetVisibleForUserGroupsFromListName",
)
"""List of User groups that this list item is visible for"""

SET_VISIBLE_FOR_USER_GROUPS = Operation(
    "SetVisibleForUserGroups",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetVisibleForUserGroups",
    params=(
        Param("ud_list_definition_id", "UdListDefinitionId", INT),
        Param("list_item_id", "ListItemId", INT),
        Param("user_groups", "UserGroups", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/SetVisibleForUserGroups",
)
"""Update User groups that this list item is visible for"""

SET_VISIBLE_FOR_USER_GROUPS_FROM_LIST_NAME = Operation(
    "SetVisibleForUserGroupsFromListName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetVisibleForUserGroupsFromListName",
    params=(
        Param("ud_list_definition_name", "UdListDefinitionName", STR, nillable=True),
        Param("list_item_id", "ListItemId", INT),
        Param("user_groups", "UserGroups", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/SetVisibleForUserGroupsFromListName",
)
"""Update User groups that this list item is visible for"""

SET_VISIBLE_FOR_USER_GROUP = Operation(
    "SetVisibleForUserGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetVisibleForUserGroup",
    params=(
        Param("ud_list_definition_id", "UdListDefinitionId", INT),
        Param("list_item_id", "ListItemId", INT),
        Param("user_group_id", "UserGroupId", LIST_OF_INT_CODEC, nillable=True),
        Param("enable", "Enable", BOOL),
    ),
    rest_path="/api/v1/Agents/List/SetVisibleForUserGroup",
)
"""Set a group which this list item should be visible for"""

GET_LIST_ITEMS_FOR_USER_GROUP = Operation(
    "GetListItemsForUserGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetListItemsForUserGroup",
    params=(
        Param("ud_list_definition_id", "UdListDefinitionId", INT),
        Param("group_id", "GroupId", INT),
    ),
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/GetListItemsForUserGroup",
)
"""List of list items that is visible in the usergroup"""

GET_LIST_ITEMS_FOR_USER_GROUP_FROM_LIST_NAME = Operation(
    "GetListItemsForUserGroupFromListName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetListItemsForUserGroupFromListName",
    params=(
        Param("ud_list_definition_name", "UdListDefinitionName", STR, nillable=True),
        Param("group_id", "GroupId", INT),
    ),
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/GetListItemsForUserGroupFromListName",
)
"""List of list items that is visible in the usergroup"""

SET_LIST_ITEMS_FOR_USER_GROUP = Operation(
    "SetListItemsForUserGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetListItemsForUserGroup",
    params=(
        Param("ud_list_definition_id", "UdListDefinitionId", INT),
        Param("usergroup_id", "UsergroupId", INT),
        Param("list_item_ids", "ListItemIds", LIST_OF_INT_CODEC, nillable=True),
        Param("enable", "Enable", BOOL),
    ),
    rest_path="/api/v1/Agents/List/SetListItemsForUserGroup",
)
"""Update listItems that will be visible for this usergroup"""

SET_LIST_ITEMS_FOR_USER_GROUP_FROM_LIST_NAME = Operation(
    "SetListItemsForUserGroupFromListName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetListItemsForUserGroupFromListName",
    params=(
        Param("ud_list_definition_name", "UdListDefinitionName", STR, nillable=True),
        Param("usergroup_id", "UsergroupId", INT),
        Param("list_items_id", "ListItemsID", LIST_OF_INT_CODEC, nillable=True),
        Param("enable", "Enable", BOOL),
    ),
    rest_path="/api/v1/Agents/List/SetListItemsForUserGroupFromListName",
)
"""Update listItems that will be visible for this usergroup"""

GET_HEADINGS = Operation(
    "GetHeadings",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetHeadings",
    params=(
        Param("ud_list_definition_id", "UdListDefinitionId", INT),
        Param("list_item_id", "ListItemId", INT),
        Param("show_deleted", "ShowDeleted", BOOL),
    ),
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/GetHeadings",
)
"""Gets a selectable MDO list of the headings for this list item"""

GET_HEADINGS_FOR_LIST_ITEM_FROM_LIST_NAME = Operation(
    "GetHeadingsForListItemFromListName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetHeadingsForListItemFromListName",
    params=(
        Param("ud_list_definition_name", "UdListDefinitionName", STR, nillable=True),
        Param("list_item_id", "ListItemId", INT),
        Param("show_deleted", "ShowDeleted", BOOL),
    ),
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/GetHeadingsForListItemFromListName",
)
"""Gets a selectable MDO list of the headings for this list item"""

SAVE_HEADINGS_FOR_LIST_ITEM_FROM_LIST_DEFINITION = Operation(
    "SaveHeadingsForListItemFromListDefinition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveHeadingsForListItemFromListDefinition",
    params=(
        Param("ud_list_definition_id", "UdListDefinitionId", INT),
        Param("list_item_id", "ListItemId", INT),
        Param("headings", "Headings", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/SaveHeadingsForListItemFromListDefinition",
)
"""Saves the active headings for the list item."""

SAVE_HEADINGS_FOR_LIST_ITEM_FROM_LIST_NAME = Operation(
    "SaveHeadingsForListItemFromListName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveHeadingsForListItemFromListName",
    params=(
        Param("ud_list_definition_name", "UdListDefinitionName", STR, nillable=True),
        Param("list_item_id", "ListItemId", INT),
        Param("headings", "Headings", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/SaveHeadingsForListItemFromListName",
)
"""Saves the headings for the list item."""

GET_LIST_ITEMS_FOR_HEADING = Operation(
    "GetListItemsForHeading",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetListItemsForHeading",
    params=(
        Param("ud_list_definition_id", "UdListDefinitionId", INT),
        Param("heading_id", "HeadingId", INT),
    ),
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/GetListItemsForHeading",
)
"""List of list items that is selected if under this heading"""

GET_LIST_ITEMS_FOR_HEADING_FROM_LIST_NAME = Operation(
    "GetListItemsForHeadingFromListName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetListItemsForHeadingFromListName",
    params=(
        Param("ud_list_definition_name", "UdListDefinitionName", STR, nillable=True),
        Param("heading_id", "HeadingId", INT),
    ),
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/GetListItemsForHeadingFromListName",
)
"""List of list items that is selected if under this heading"""

SET_LIST_ITEMS_FOR_HEADING = Operation(
    "SetListItemsForHeading",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetListItemsForHeading",
    params=(
        Param("ud_list_definition_id", "UdListDefinitionId", INT),
        Param("heading_id", "HeadingId", INT),
        Param("list_item_ids", "ListItemIds", LIST_OF_INT_CODEC, nillable=True),
        Param("enable", "Enable", BOOL),
    ),
    rest_path="/api/v1/Agents/List/SetListItemsForHeading",
)
"""Update listItems that will be visible for this usergroup"""

CREATE_DEFAULT_AMOUNT_CLASS_ENTITY = Operation(
    "CreateDefaultAmountClassEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultAmountClassEntity",
    results=(Param("response", "Response", AMOUNT_CLASS_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultAmountClassEntity",
)
"""Loading default values into a new AmountClassEntity."""

SAVE_AMOUNT_CLASS_ENTITY = Operation(
    "SaveAmountClassEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveAmountClassEntity",
    params=(
        Param(
            "amount_class_entity", "AmountClassEntity", AMOUNT_CLASS_ENTITY_CODEC, nillable=True
        ),
    ),
    results=(Param("response", "Response", AMOUNT_CLASS_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveAmountClassEntity",
    rest_body="amount_class_entity",
)
"""Updates the existing AmountClassEntity or creates a new AmountClassEntity if the id
parameter is 0."""

CREATE_DEFAULT_CATEGORY_ENTITY = Operation(
    "CreateDefaultCategoryEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultCategoryEntity",
    results=(Param("response", "Response", CATEGORY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultCategoryEntity",
)
"""Loading default values into a new CategoryEntity."""

SAVE_CATEGORY_ENTITY = Operation(
    "SaveCategoryEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveCategoryEntity",
    params=(Param("category_entity", "CategoryEntity", CATEGORY_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", CATEGORY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveCategoryEntity",
    rest_body="category_entity",
)
"""Updates the existing CategoryEntity or creates a new CategoryEntity if the id parameter is
0."""

CREATE_DEFAULT_TASK_MENU = Operation(
    "CreateDefaultTaskMenu",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultTaskMenu",
    results=(Param("response", "Response", TASK_MENU_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultTaskMenu",
)
"""Loading default values into a new TaskMenu."""

SAVE_TASK_MENU = Operation(
    "SaveTaskMenu",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveTaskMenu",
    params=(Param("task_menu", "TaskMenu", TASK_MENU_CODEC, nillable=True),),
    results=(Param("response", "Response", TASK_MENU_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveTaskMenu",
    rest_body="task_menu",
)
"""Updates the existing TaskMenu or creates a new TaskMenu if the id parameter is 0."""

DELETE_TASK_MENU = Operation(
    "DeleteTaskMenu",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteTaskMenu",
    params=(Param("task_menu_id", "TaskMenuId", INT),),
    rest_path="/api/v1/Agents/List/DeleteTaskMenu",
)
"""Deletes the TaskMenu"""

CREATE_DEFAULT_CURRENCY_ENTITY = Operation(
    "CreateDefaultCurrencyEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultCurrencyEntity",
    results=(Param("response", "Response", CURRENCY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultCurrencyEntity",
)
"""Loading default values into a new CurrencyEntity."""

SAVE_CURRENCY_ENTITY = Operation(
    "SaveCurrencyEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveCurrencyEntity",
    params=(Param("currency_entity", "CurrencyEntity", CURRENCY_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", CURRENCY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveCurrencyEntity",
    rest_body="currency_entity",
)
"""Updates the existing CurrencyEntity or creates a new CurrencyEntity if the id parameter is
0."""

CREATE_DEFAULT_DOCUMENT_TEMPLATE_ENTITY = Operation(
    "CreateDefaultDocumentTemplateEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultDocumentTemplateEntity",
    results=(Param("response", "Response", DOCUMENT_TEMPLATE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultDocumentTemplateEntity",
)
"""Loading default values into a new DocumentTemplateEntity."""

SAVE_DOCUMENT_TEMPLATE_ENTITY = Operation(
    "SaveDocumentTemplateEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveDocumentTemplateEntity",
    params=(
        Param(
            "document_template_entity",
            "DocumentTemplateEntity",
            DOCUMENT_TEMPLATE_ENTITY_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", DOCUMENT_TEMPLATE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveDocumentTemplateEntity",
    rest_body="document_template_entity",
)
"""Updates the existing DocumentTemplateEntity or creates a new DocumentTemplateEntity if the
id parameter is 0."""

CREATE_DEFAULT_EXT_APP_ENTITY = Operation(
    "CreateDefaultExtAppEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultExtAppEntity",
    results=(Param("response", "Response", EXT_APP_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultExtAppEntity",
)
"""Loading default values into a new ExtAppEntity."""

SAVE_EXT_APP_ENTITY = Operation(
    "SaveExtAppEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveExtAppEntity",
    params=(Param("ext_app_entity", "ExtAppEntity", EXT_APP_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", EXT_APP_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveExtAppEntity",
    rest_body="ext_app_entity",
)
"""Updates the existing ExtAppEntity or creates a new ExtAppEntity if the id parameter is 0."""

CREATE_DEFAULT_HEADING_ENTITY = Operation(
    "CreateDefaultHeadingEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultHeadingEntity",
    results=(Param("response", "Response", HEADING_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultHeadingEntity",
)
"""Loading default values into a new HeadingEntity."""

SAVE_HEADING_ENTITY = Operation(
    "SaveHeadingEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveHeadingEntity",
    params=(Param("heading_entity", "HeadingEntity", HEADING_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", HEADING_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveHeadingEntity",
    rest_body="heading_entity",
)
"""Updates the existing HeadingEntity or creates a new HeadingEntity if the id parameter is 0."""

CREATE_DEFAULT_HIERARCHY_ENTITY = Operation(
    "CreateDefaultHierarchyEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultHierarchyEntity",
    results=(Param("response", "Response", HIERARCHY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultHierarchyEntity",
)
"""Loading default values into a new HierarchyEntity."""

SAVE_HIERARCHY_ENTITY = Operation(
    "SaveHierarchyEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveHierarchyEntity",
    params=(Param("hierarchy_entity", "HierarchyEntity", HIERARCHY_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", HIERARCHY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveHierarchyEntity",
    rest_body="hierarchy_entity",
)
"""Updates the existing HierarchyEntity or creates a new HierarchyEntity if the id parameter is
0."""

DELETE_HIERARCHY_ENTITY = Operation(
    "DeleteHierarchyEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteHierarchyEntity",
    params=(Param("hierarchy_entity_id", "HierarchyEntityId", INT),),
    rest_path="/api/v1/Agents/List/DeleteHierarchyEntity",
)
"""Deletes the HierarchyEntity"""

CREATE_DEFAULT_LIST_ENTITY = Operation(
    "CreateDefaultListEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultListEntity",
    results=(Param("response", "Response", LIST_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultListEntity",
)
"""Loading default values into a new ListEntity."""

SAVE_LIST_ENTITY = Operation(
    "SaveListEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveListEntity",
    params=(Param("list_entity", "ListEntity", LIST_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveListEntity",
    rest_body="list_entity",
)
"""Updates the existing ListEntity or creates a new ListEntity if the id parameter is 0."""

DELETE_LIST_ENTITY = Operation(
    "DeleteListEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteListEntity",
    params=(Param("list_entity_id", "ListEntityId", INT),),
    rest_path="/api/v1/Agents/List/DeleteListEntity",
)
"""Deletes the ListEntity"""

CREATE_DEFAULT_LIST_ITEM_ENTITY = Operation(
    "CreateDefaultListItemEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultListItemEntity",
    results=(Param("response", "Response", LIST_ITEM_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultListItemEntity",
)
"""Loading default values into a new ListItemEntity."""

CREATE_DEFAULT_PROJECT_TYPE_ENTITY = Operation(
    "CreateDefaultProjectTypeEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultProjectTypeEntity",
    results=(Param("response", "Response", PROJECT_TYPE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultProjectTypeEntity",
)
"""Loading default values into a new ProjectTypeEntity."""

SAVE_PROJECT_TYPE_ENTITY = Operation(
    "SaveProjectTypeEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveProjectTypeEntity",
    params=(
        Param(
            "project_type_entity", "ProjectTypeEntity", PROJECT_TYPE_ENTITY_CODEC, nillable=True
        ),
    ),
    results=(Param("response", "Response", PROJECT_TYPE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveProjectTypeEntity",
    rest_body="project_type_entity",
)
"""Updates the existing ProjectTypeEntity or creates a new ProjectTypeEntity if the id
parameter is 0."""

CREATE_DEFAULT_RELATION_DEFINITION_ENTITY = Operation(
    "CreateDefaultRelationDefinitionEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultRelationDefinitionEntity",
    results=(Param("response", "Response", RELATION_DEFINITION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultRelationDefinitionEntity",
)
"""Loading default values into a new RelationDefinitionEntity."""

SAVE_RELATION_DEFINITION_ENTITY = Operation(
    "SaveRelationDefinitionEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveRelationDefinitionEntity",
    params=(
        Param(
            "relation_definition_entity",
            "RelationDefinitionEntity",
            RELATION_DEFINITION_ENTITY_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", RELATION_DEFINITION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveRelationDefinitionEntity",
    rest_body="relation_definition_entity",
)
"""Updates the existing RelationDefinitionEntity or creates a new RelationDefinitionEntity if
the id parameter is 0."""

CREATE_DEFAULT_RESOURCE_ENTITY = Operation(
    "CreateDefaultResourceEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultResourceEntity",
    results=(Param("response", "Response", RESOURCE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultResourceEntity",
)
"""Loading default values into a new ResourceEntity."""

SAVE_RESOURCE_ENTITY = Operation(
    "SaveResourceEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveResourceEntity",
    params=(Param("resource_entity", "ResourceEntity", RESOURCE_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", RESOURCE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveResourceEntity",
    rest_body="resource_entity",
)
"""Updates the existing ResourceEntity or creates a new ResourceEntity if the id parameter is
0."""

DELETE_RESOURCE_ENTITY = Operation(
    "DeleteResourceEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteResourceEntity",
    params=(Param("resource_entity_id", "ResourceEntityId", INT),),
    rest_path="/api/v1/Agents/List/DeleteResourceEntity",
)
"""Deletes the ResourceEntity"""

CREATE_DEFAULT_SALE_STAGE_ENTITY = Operation(
    "CreateDefaultSaleStageEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultSaleStageEntity",
    results=(Param("response", "Response", SALE_STAGE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultSaleStageEntity",
)
"""Loading default values into a new SaleStageEntity."""

SAVE_SALE_STAGE_ENTITY = Operation(
    "SaveSaleStageEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveSaleStageEntity",
    params=(
        Param("sale_stage_entity", "SaleStageEntity", SALE_STAGE_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", SALE_STAGE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveSaleStageEntity",
    rest_body="sale_stage_entity",
)
"""Updates the existing SaleStageEntity or creates a new SaleStageEntity if the id parameter is
0."""

CREATE_DEFAULT_SALE_TYPE_ENTITY = Operation(
    "CreateDefaultSaleTypeEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultSaleTypeEntity",
    results=(Param("response", "Response", SALE_TYPE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultSaleTypeEntity",
)
"""Loading default values into a new SaleTypeEntity."""

SAVE_SALE_TYPE_ENTITY = Operation(
    "SaveSaleTypeEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveSaleTypeEntity",
    params=(Param("sale_type_entity", "SaleTypeEntity", SALE_TYPE_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", SALE_TYPE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveSaleTypeEntity",
    rest_body="sale_type_entity",
)
"""Updates the existing SaleTypeEntity or creates a new SaleTypeEntity if the id parameter is
0."""

CREATE_DEFAULT_TICKET_CATEGORY_ENTITY = Operation(
    "CreateDefaultTicketCategoryEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultTicketCategoryEntity",
    results=(Param("response", "Response", TICKET_CATEGORY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultTicketCategoryEntity",
)
"""Loading default values into a new TicketCategoryEntity."""

SAVE_TICKET_CATEGORY_ENTITY = Operation(
    "SaveTicketCategoryEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveTicketCategoryEntity",
    params=(
        Param(
            "ticket_category_entity",
            "TicketCategoryEntity",
            TICKET_CATEGORY_ENTITY_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", TICKET_CATEGORY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveTicketCategoryEntity",
    rest_body="ticket_category_entity",
)
"""Updates the existing TicketCategoryEntity or creates a new TicketCategoryEntity if the id
parameter is 0."""

DELETE_TICKET_CATEGORY_ENTITY = Operation(
    "DeleteTicketCategoryEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteTicketCategoryEntity",
    params=(Param("ticket_category_entity_id", "TicketCategoryEntityId", INT),),
    rest_path="/api/v1/Agents/List/DeleteTicketCategoryEntity",
)
"""Deletes the TicketCategoryEntity"""

CREATE_DEFAULT_TICKET_PRIORITY_ENTITY = Operation(
    "CreateDefaultTicketPriorityEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultTicketPriorityEntity",
    results=(Param("response", "Response", TICKET_PRIORITY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultTicketPriorityEntity",
)
"""Loading default values into a new TicketPriorityEntity."""

SAVE_TICKET_PRIORITY_ENTITY = Operation(
    "SaveTicketPriorityEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveTicketPriorityEntity",
    params=(
        Param(
            "ticket_priority_entity",
            "TicketPriorityEntity",
            TICKET_PRIORITY_ENTITY_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", TICKET_PRIORITY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveTicketPriorityEntity",
    rest_body="ticket_priority_entity",
)
"""Updates the existing TicketPriorityEntity or creates a new TicketPriorityEntity if the id
parameter is 0."""

DELETE_TICKET_PRIORITY_ENTITY = Operation(
    "DeleteTicketPriorityEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteTicketPriorityEntity",
    params=(Param("ticket_priority_entity_id", "TicketPriorityEntityId", INT),),
    rest_path="/api/v1/Agents/List/DeleteTicketPriorityEntity",
)
"""Deletes the TicketPriorityEntity"""

CREATE_DEFAULT_TICKET_STATUS_ENTITY = Operation(
    "CreateDefaultTicketStatusEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultTicketStatusEntity",
    results=(Param("response", "Response", TICKET_STATUS_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultTicketStatusEntity",
)
"""Loading default values into a new TicketStatusEntity."""

SAVE_TICKET_STATUS_ENTITY = Operation(
    "SaveTicketStatusEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveTicketStatusEntity",
    params=(
        Param(
            "ticket_status_entity", "TicketStatusEntity", TICKET_STATUS_ENTITY_CODEC, nillable=True
        ),
    ),
    results=(Param("response", "Response", TICKET_STATUS_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveTicketStatusEntity",
    rest_body="ticket_status_entity",
)
"""Updates the existing TicketStatusEntity or creates a new TicketStatusEntity if the id
parameter is 0."""

DELETE_TICKET_STATUS_ENTITY = Operation(
    "DeleteTicketStatusEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteTicketStatusEntity",
    params=(Param("ticket_status_entity_id", "TicketStatusEntityId", INT),),
    rest_path="/api/v1/Agents/List/DeleteTicketStatusEntity",
)
"""Deletes the TicketStatusEntity"""

CREATE_DEFAULT_TICKET_TYPE_ENTITY = Operation(
    "CreateDefaultTicketTypeEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultTicketTypeEntity",
    results=(Param("response", "Response", TICKET_TYPE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultTicketTypeEntity",
)
"""Loading default values into a new TicketTypeEntity."""

SAVE_TICKET_TYPE_ENTITY = Operation(
    "SaveTicketTypeEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveTicketTypeEntity",
    params=(
        Param("ticket_type_entity", "TicketTypeEntity", TICKET_TYPE_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", TICKET_TYPE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveTicketTypeEntity",
    rest_body="ticket_type_entity",
)
"""Updates the existing TicketTypeEntity or creates a new TicketTypeEntity if the id parameter
is 0."""

DELETE_TICKET_TYPE_ENTITY = Operation(
    "DeleteTicketTypeEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteTicketTypeEntity",
    params=(Param("ticket_type_entity_id", "TicketTypeEntityId", INT),),
    rest_path="/api/v1/Agents/List/DeleteTicketTypeEntity",
)
"""Deletes the TicketTypeEntity"""

CREATE_DEFAULT_WEB_PANEL_ENTITY = Operation(
    "CreateDefaultWebPanelEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultWebPanelEntity",
    results=(Param("response", "Response", WEB_PANEL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultWebPanelEntity",
)
"""Loading default values into a new WebPanelEntity."""

SAVE_WEB_PANEL_ENTITY = Operation(
    "SaveWebPanelEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveWebPanelEntity",
    params=(Param("web_panel_entity", "WebPanelEntity", WEB_PANEL_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", WEB_PANEL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveWebPanelEntity",
    rest_body="web_panel_entity",
)
"""Updates the existing WebPanelEntity or creates a new WebPanelEntity if the id parameter is
0."""

GET_AMOUNT_CLASS_ENTITY = Operation(
    "GetAmountClassEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAmountClassEntity",
    params=(Param("amount_class_entity_id", "AmountClassEntityId", INT),),
    results=(Param("response", "Response", AMOUNT_CLASS_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAmountClassEntity",
)
"""Gets a AmountClassEntity object."""

SAVE_ALL_AUTOMATED_CATEGORY_UPDATES = Operation(
    "SaveAllAutomatedCategoryUpdates",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveAllAutomatedCategoryUpdates",
    params=(
        Param("settings", "Settings", LIST_OF_AUTOMATED_CATEGORY_UPDATE_CODEC, nillable=True),
    ),
    results=(
        Param("response", "Response", LIST_OF_AUTOMATED_CATEGORY_UPDATE_CODEC, nillable=True),
    ),
)
"""The ``SaveAllAutomatedCategoryUpdates`` operation."""

GET_ALL_AUTOMATED_CATEGORY_UPDATES = Operation(
    "GetAllAutomatedCategoryUpdates",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllAutomatedCategoryUpdates",
    results=(
        Param("response", "Response", LIST_OF_AUTOMATED_CATEGORY_UPDATE_CODEC, nillable=True),
    ),
)
"""The ``GetAllAutomatedCategoryUpdates`` operation."""

GET_NEED_CATEGORY_UPDATE_FOR_SALE = Operation(
    "GetNeedCategoryUpdateForSale",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetNeedCategoryUpdateForSale",
    params=(
        Param("sale_status", "SaleStatus", SALE_STATUS_CODEC),
        Param("sale_id", "SaleId", INT),
        Param("contact_id", "ContactId", INT),
        Param("person_id", "PersonId", INT),
    ),
    results=(Param("response", "Response", AUTOMATED_CATEGORY_UPDATE_CODEC, nillable=True),),
)
"""The ``GetNeedCategoryUpdateForSale`` operation."""

GET_NEED_CATEGORY_UPDATE_FOR_PERSON = Operation(
    "GetNeedCategoryUpdateForPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetNeedCategoryUpdateForPerson",
    params=(
        Param("lead_status", "LeadStatus", INT),
        Param("person_id", "PersonId", INT),
        Param("contact_id", "ContactId", INT),
        Param("category_id", "CategoryId", INT),
    ),
    results=(Param("response", "Response", AUTOMATED_CATEGORY_UPDATE_CODEC, nillable=True),),
)
"""The ``GetNeedCategoryUpdateForPerson`` operation."""

GET_BUSINESS = Operation(
    "GetBusiness",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetBusiness",
    params=(Param("business_id", "BusinessId", INT),),
    results=(Param("response", "Response", BUSINESS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetBusiness",
)
"""Gets a Business object."""

GET_BUSINESS_LIST = Operation(
    "GetBusinessList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetBusinessList",
    params=(Param("business_ids", "BusinessIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_BUSINESS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetBusinessList",
    rest_body="business_ids",
)
"""Gets an array of Business objects."""

GET_BUSINESSES = Operation(
    "GetBusinesses",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetBusinesses",
    results=(Param("response", "Response", LIST_OF_BUSINESS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetBusinesses",
)
"""Returns all available businesses that a contact could have."""

GET_CATEGORY = Operation(
    "GetCategory",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCategory",
    params=(Param("category_id", "CategoryId", INT),),
    results=(Param("response", "Response", CATEGORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCategory",
)
"""Gets a Category object."""

GET_CATEGORY_ENTITY = Operation(
    "GetCategoryEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCategoryEntity",
    params=(Param("category_entity_id", "CategoryEntityId", INT),),
    results=(Param("response", "Response", CATEGORY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCategoryEntity",
)
"""Gets a CategoryEntity object."""

GET_CATEGORY_LIST = Operation(
    "GetCategoryList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCategoryList",
    params=(Param("category_ids", "CategoryIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_CATEGORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCategoryList",
    rest_body="category_ids",
)
"""Gets an array of Category objects."""

GET_CATEGORIES = Operation(
    "GetCategories",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCategories",
    results=(Param("response", "Response", LIST_OF_CATEGORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCategories",
)
"""Returns all categories a contact could belong to"""

GET_COMPETITOR = Operation(
    "GetCompetitor",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCompetitor",
    params=(Param("competitor_id", "CompetitorId", INT),),
    results=(Param("response", "Response", COMPETITOR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCompetitor",
)
"""Gets a Competitor object."""

GET_COMPETITOR_LIST = Operation(
    "GetCompetitorList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCompetitorList",
    params=(Param("competitor_ids", "CompetitorIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_COMPETITOR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCompetitorList",
    rest_body="competitor_ids",
)
"""Gets an array of Competitor objects."""

GET_COMPETITORS = Operation(
    "GetCompetitors",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCompetitors",
    results=(Param("response", "Response", LIST_OF_COMPETITOR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCompetitors",
)
"""Returns all competitors"""

GET_TASK_MENU = Operation(
    "GetTaskMenu",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTaskMenu",
    params=(Param("task_menu_id", "TaskMenuId", INT),),
    results=(Param("response", "Response", TASK_MENU_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTaskMenu",
)
"""Gets a TaskMenu object."""

GET_APP_TASK_MENUS = Operation(
    "GetAppTaskMenus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAppTaskMenus",
    results=(Param("response", "Response", LIST_OF_TASK_MENU_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAppTaskMenus",
)
"""Get all task menus owned by your app; works in Online only, for registered Apps that send a
valid ApplicationToken"""

DELETE_APP_TASK_MENUS = Operation(
    "DeleteAppTaskMenus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteAppTaskMenus",
    rest_path="/api/v1/Agents/List/DeleteAppTaskMenus",
)
"""Permanentely delete all task menus owned by your app; works in Online only, for registered
Apps that send a valid ApplicationToken; otherwise nothing happens"""

GET_TASK_MENU_BY_PROG_ID = Operation(
    "GetTaskMenuByProgId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTaskMenuByProgId",
    params=(Param("prog_id", "ProgId", STR, nillable=True),),
    results=(Param("response", "Response", TASK_MENU_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTaskMenuByProgId",
)
"""Get a task menu using the ProgId key that was specified when it was created"""

GET_CONSENT_PURPOSE = Operation(
    "GetConsentPurpose",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetConsentPurpose",
    params=(Param("consent_purpose_id", "ConsentPurposeId", INT),),
    results=(Param("response", "Response", CONSENT_PURPOSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetConsentPurpose",
)
"""Gets a ConsentPurpose object."""

SAVE_CONSENT_PURPOSE = Operation(
    "SaveConsentPurpose",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveConsentPurpose",
    params=(Param("consent_purpose", "ConsentPurpose", CONSENT_PURPOSE_CODEC, nillable=True),),
    results=(Param("response", "Response", CONSENT_PURPOSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveConsentPurpose",
)
"""Save a ConsentPurpose object"""

SET_EMARKETING_STRICT_MODE = Operation(
    "SetEmarketingStrictMode",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetEmarketingStrictMode",
    params=(Param("enable", "Enable", BOOL),),
    rest_path="/api/v1/Agents/List/SetEmarketingStrictMode",
)
"""Turn on the Emarketing strict mode, which will enable full GDPR rules concerning Emarketing
consents and subscriptions"""

GET_EMARKETING_STRICT_MODE = Operation(
    "GetEmarketingStrictMode",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetEmarketingStrictMode",
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/List/GetEmarketingStrictMode",
)
"""Get the value of the Emarketing strict mode setting"""

GET_CONSENT_PURPOSE_LIST = Operation(
    "GetConsentPurposeList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetConsentPurposeList",
    params=(Param("consent_purpose_ids", "ConsentPurposeIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_CONSENT_PURPOSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetConsentPurposeList",
    rest_body="consent_purpose_ids",
)
"""Gets an array of ConsentPurpose objects."""

GET_CONSENT_PURPOSES = Operation(
    "GetConsentPurposes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetConsentPurposes",
    results=(Param("response", "Response", LIST_OF_CONSENT_PURPOSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetConsentPurposes",
)
"""Returns all defined purposes."""

GET_CONSENT_SOURCE = Operation(
    "GetConsentSource",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetConsentSource",
    params=(Param("consent_source_id", "ConsentSourceId", INT),),
    results=(Param("response", "Response", CONSENT_SOURCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetConsentSource",
)
"""Gets a ConsentSource object."""

SAVE_CONSENT_SOURCE = Operation(
    "SaveConsentSource",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveConsentSource",
    params=(Param("consent_source", "ConsentSource", CONSENT_SOURCE_CODEC, nillable=True),),
    results=(Param("response", "Response", CONSENT_SOURCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveConsentSource",
)
"""NsApiSlow threshold: 5000 ms."""

GET_ALL_CONSENT_SOURCE = Operation(
    "GetAllConsentSource",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllConsentSource",
    results=(Param("response", "Response", LIST_OF_CONSENT_SOURCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllConsentSource",
)
"""Gets an array of all ConsentSource objects"""

GET_CONSENT_SOURCE_LIST = Operation(
    "GetConsentSourceList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetConsentSourceList",
    params=(Param("consent_source_ids", "ConsentSourceIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_CONSENT_SOURCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetConsentSourceList",
    rest_body="consent_source_ids",
)
"""Gets an array of ConsentSource objects."""

GET_CONSENT_SOURCES = Operation(
    "GetConsentSources",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetConsentSources",
    results=(Param("response", "Response", LIST_OF_CONSENT_SOURCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetConsentSources",
)
"""Returns all defined Sources."""

GET_COUNTRY = Operation(
    "GetCountry",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCountry",
    params=(Param("country_id", "CountryId", INT),),
    results=(Param("response", "Response", COUNTRY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCountry",
)
"""Gets a Country object."""

SAVE_COUNTRY = Operation(
    "SaveCountry",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveCountry",
    params=(Param("country", "Country", COUNTRY_CODEC, nillable=True),),
    results=(Param("response", "Response", COUNTRY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveCountry",
)
"""Saves a country"""

CREATE_DEFAULT_COUNTRY = Operation(
    "CreateDefaultCountry",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultCountry",
    results=(Param("response", "Response", COUNTRY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultCountry",
)
"""Gets a new country"""

GET_COUNTRY_LIST = Operation(
    "GetCountryList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCountryList",
    params=(Param("country_ids", "CountryIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_COUNTRY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCountryList",
    rest_body="country_ids",
)
"""Gets an array of Country objects."""

GET_COUNTRIES = Operation(
    "GetCountries",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCountries",
    results=(Param("response", "Response", LIST_OF_COUNTRY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCountries",
)
"""Returns all available countries a contact or person could belong to."""

GET_ALL_COUNTRIES = Operation(
    "GetAllCountries",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllCountries",
    params=(Param("include_deleted", "IncludeDeleted", BOOL),),
    results=(Param("response", "Response", LIST_OF_COUNTRY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllCountries",
)
"""Returns all available countries a contact or person could belong to."""

GET_CREDITED = Operation(
    "GetCredited",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCredited",
    params=(Param("credited_id", "CreditedId", INT),),
    results=(Param("response", "Response", CREDITED_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCredited",
)
"""Gets a Credited object."""

GET_CREDITED_LIST = Operation(
    "GetCreditedList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCreditedList",
    params=(Param("credited_ids", "CreditedIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_CREDITED_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCreditedList",
    rest_body="credited_ids",
)
"""Gets an array of Credited objects."""

OPERATIONS: dict[str, Operation] = {
    "GetSaleStageEntity": GET_SALE_STAGE_ENTITY,
    "GetSaleType": GET_SALE_TYPE,
    "GetSaleTypeEntity": GET_SALE_TYPE_ENTITY,
    "GetSaleTypeList": GET_SALE_TYPE_LIST,
    "GetAllSaleType": GET_ALL_SALE_TYPE,
    "GetAllSaleTypeEntities": GET_ALL_SALE_TYPE_ENTITIES,
    "GetSelectionCategory": GET_SELECTION_CATEGORY,
    "GetAllSelectionCategory": GET_ALL_SELECTION_CATEGORY,
    "GetSelectionCategoryList": GET_SELECTION_CATEGORY_LIST,
    "GetSource": GET_SOURCE,
    "GetSourceList": GET_SOURCE_LIST,
    "GetSources": GET_SOURCES,
    "GetTask": GET_TASK,
    "GetDocumentTemplateTask": GET_DOCUMENT_TEMPLATE_TASK,
    "GetTaskList": GET_TASK_LIST,
    "GetTasks": GET_TASKS,
    "GetDocumentTemplatesTasks": GET_DOCUMENT_TEMPLATES_TASKS,
    "GetAllTasks": GET_ALL_TASKS,
    "GetTicketCategory": GET_TICKET_CATEGORY,
    "GetTicketCategoryEntity": GET_TICKET_CATEGORY_ENTITY,
    "MoveAllTickets": MOVE_ALL_TICKETS,
    "RebuildFullnames": REBUILD_FULLNAMES,
    "GetTicketCategoryList": GET_TICKET_CATEGORY_LIST,
    "GetTicketCategories": GET_TICKET_CATEGORIES,
    "GetTicketCategoriesForUserGroups": GET_TICKET_CATEGORIES_FOR_USER_GROUPS,
    "SetTicketCategoriesForUserGroup": SET_TICKET_CATEGORIES_FOR_USER_GROUP,
    "UpdateCategoryMemberships": UPDATE_CATEGORY_MEMBERSHIPS,
    "GetTicketPriority": GET_TICKET_PRIORITY,
    "GetTicketPriorityEntity": GET_TICKET_PRIORITY_ENTITY,
    "SetTicketPrioritySortOrder": SET_TICKET_PRIORITY_SORT_ORDER,
    "GetTicketPriorityList": GET_TICKET_PRIORITY_LIST,
    "GetTicketPriorities": GET_TICKET_PRIORITIES,
    "GetAllTicketPriorities": GET_ALL_TICKET_PRIORITIES,
    "GetTicketStatusEntity": GET_TICKET_STATUS_ENTITY,
    "GlobalChangeTicketStatus": GLOBAL_CHANGE_TICKET_STATUS,
    "SetTicketStatusSortOrder": SET_TICKET_STATUS_SORT_ORDER,
    "GetTicketStatusList": GET_TICKET_STATUS_LIST,
    "GetTicketStatuses": GET_TICKET_STATUSES,
    "GetTicketTypeEntity": GET_TICKET_TYPE_ENTITY,
    "GlobalChangeTicketType": GLOBAL_CHANGE_TICKET_TYPE,
    "SetTicketTypeSortOrder": SET_TICKET_TYPE_SORT_ORDER,
    "GetTicketTypeList": GET_TICKET_TYPE_LIST,
    "GetTicketTypes": GET_TICKET_TYPES,
    "GetWebPanelEntity": GET_WEB_PANEL_ENTITY,
    "GenerateNavigationUrl": GENERATE_NAVIGATION_URL,
    "GetWebPanelList": GET_WEB_PANEL_LIST,
    "DeleteWebPanel": DELETE_WEB_PANEL,
    "GetAppWebPanels": GET_APP_WEB_PANELS,
    "DeleteAppWebPanels": DELETE_APP_WEB_PANELS,
    "GetWebPanelByProgId": GET_WEB_PANEL_BY_PROG_ID,
    "SetListItemsForHeadingFromListName": SET_LIST_ITEMS_FOR_HEADING_FROM_LIST_NAME,
    "SetHeadingsForListItem": SET_HEADINGS_FOR_LIST_ITEM,
    "SetRankOnHeadings": SET_RANK_ON_HEADINGS,
    "SetRankOnSaleActivity": SET_RANK_ON_SALE_ACTIVITY,
    "SetRankOnSaleDocument": SET_RANK_ON_SALE_DOCUMENT,
    "SetRankOnProjectActivity": SET_RANK_ON_PROJECT_ACTIVITY,
    "SetRankOnProjectDocument": SET_RANK_ON_PROJECT_DOCUMENT,
    "GetAllFromListDefinition": GET_ALL_FROM_LIST_DEFINITION,
    "GetAllFromListName": GET_ALL_FROM_LIST_NAME,
    "SaveAllFromListDefinition": SAVE_ALL_FROM_LIST_DEFINITION,
    "SaveAllFromListName": SAVE_ALL_FROM_LIST_NAME,
    "AddFromListDefinition": ADD_FROM_LIST_DEFINITION,
    "AddFromListName": ADD_FROM_LIST_NAME,
    "DeleteAllFromListDefinition": DELETE_ALL_FROM_LIST_DEFINITION,
    "DeleteAllFromListName": DELETE_ALL_FROM_LIST_NAME,
    "GetFromListDefinition": GET_FROM_LIST_DEFINITION,
    "GetFromListName": GET_FROM_LIST_NAME,
    "SaveFromListDefinition": SAVE_FROM_LIST_DEFINITION,
    "SaveFromListName": SAVE_FROM_LIST_NAME,
    "DeleteFromListDefinition": DELETE_FROM_LIST_DEFINITION,
    "DeleteFromListName": DELETE_FROM_LIST_NAME,
    "GetHeadingsFromName": GET_HEADINGS_FROM_NAME,
    "GetHeadingsFromListDefinition": GET_HEADINGS_FROM_LIST_DEFINITION,
    "SaveHeadingsFromName": SAVE_HEADINGS_FROM_NAME,
    "SaveHeadingsFromListDefinition": SAVE_HEADINGS_FROM_LIST_DEFINITION,
    "SaveHeadingFromName": SAVE_HEADING_FROM_NAME,
    "SaveHeadingFromListDefinition": SAVE_HEADING_FROM_LIST_DEFINITION,
    "DeleteAllHeadingsFromName": DELETE_ALL_HEADINGS_FROM_NAME,
    "DeleteAllHeadingsFromListDefinition": DELETE_ALL_HEADINGS_FROM_LIST_DEFINITION,
    "GetLocalizedText": GET_LOCALIZED_TEXT,
    "GetLocalizedTextByType": GET_LOCALIZED_TEXT_BY_TYPE,
    "GetLocalizedTextList": GET_LOCALIZED_TEXT_LIST,
    "GetLocalizedTexts": GET_LOCALIZED_TEXTS,
    "GetLocalizedTextsByLanguageId": GET_LOCALIZED_TEXTS_BY_LANGUAGE_ID,
    "GetLocalizedTextsByType": GET_LOCALIZED_TEXTS_BY_TYPE,
    "GetMrMrs": GET_MR_MRS,
    "GetMrMrsList": GET_MR_MRS_LIST,
    "GetMrMrses": GET_MR_MRSES,
    "GetPaymentTerm": GET_PAYMENT_TERM,
    "GetPaymentTerms": GET_PAYMENT_TERMS,
    "GetPaymentType": GET_PAYMENT_TYPE,
    "GetPaymentTypes": GET_PAYMENT_TYPES,
    "GetPosition": GET_POSITION,
    "GetPositionList": GET_POSITION_LIST,
    "GetPositions": GET_POSITIONS,
    "GetPriority": GET_PRIORITY,
    "GetPriorityList": GET_PRIORITY_LIST,
    "GetPriorities": GET_PRIORITIES,
    "GetProductCategory": GET_PRODUCT_CATEGORY,
    "GetProductCategories": GET_PRODUCT_CATEGORIES,
    "GetProductFamily": GET_PRODUCT_FAMILY,
    "GetProductFamilies": GET_PRODUCT_FAMILIES,
    "GetProductType": GET_PRODUCT_TYPE,
    "GetProductTypes": GET_PRODUCT_TYPES,
    "GetProjectStatus": GET_PROJECT_STATUS,
    "DeleteProjectStatus": DELETE_PROJECT_STATUS,
    "GetProjectStatusList": GET_PROJECT_STATUS_LIST,
    "GetProjectStatuses": GET_PROJECT_STATUSES,
    "GetProjectType": GET_PROJECT_TYPE,
    "GetProjectTypeEntity": GET_PROJECT_TYPE_ENTITY,
    "GetProjectTypeList": GET_PROJECT_TYPE_LIST,
    "GetProjectTypes": GET_PROJECT_TYPES,
    "SaveQuickReplies": SAVE_QUICK_REPLIES,
    "GetQuickReplies": GET_QUICK_REPLIES,
    "GetRating": GET_RATING,
    "GetRatingList": GET_RATING_LIST,
    "GetRatings": GET_RATINGS,
    "GetAllSaleStages": GET_ALL_SALE_STAGES,
    "GetReason": GET_REASON,
    "GetReasonList": GET_REASON_LIST,
    "GetReasons": GET_REASONS,
    "GetQuoteApproveReason": GET_QUOTE_APPROVE_REASON,
    "GetQuoteApproveReasonList": GET_QUOTE_APPROVE_REASON_LIST,
    "GetQuoteApproveReasons": GET_QUOTE_APPROVE_REASONS,
    "GetQuoteDenyReason": GET_QUOTE_DENY_REASON,
    "GetQuoteDenyReasonList": GET_QUOTE_DENY_REASON_LIST,
    "GetQuoteDenyReasons": GET_QUOTE_DENY_REASONS,
    "GetReasonSold": GET_REASON_SOLD,
    "GetAllReasonSold": GET_ALL_REASON_SOLD,
    "GetReasonSoldList": GET_REASON_SOLD_LIST,
    "GetReasonStalled": GET_REASON_STALLED,
    "GetAllReasonStalled": GET_ALL_REASON_STALLED,
    "GetReasonStalledList": GET_REASON_STALLED_LIST,
    "GetRelationDefinitionEntity": GET_RELATION_DEFINITION_ENTITY,
    "GetResourceEntity": GET_RESOURCE_ENTITY,
    "GetCrediteds": GET_CREDITEDS,
    "GetCurrency": GET_CURRENCY,
    "GetOurCurrency": GET_OUR_CURRENCY,
    "ChangeCurrency": CHANGE_CURRENCY,
    "GetOwnerCompanysCurrency": GET_OWNER_COMPANYS_CURRENCY,
    "GetCurrencyEntity": GET_CURRENCY_ENTITY,
    "GetBaseCurrency": GET_BASE_CURRENCY,
    "GetCurrencyList": GET_CURRENCY_LIST,
    "GetCurrencies": GET_CURRENCIES,
    "GetAllCurrencies": GET_ALL_CURRENCIES,
    "GetCustomerLanguage": GET_CUSTOMER_LANGUAGE,
    "GetCustomerLanguageList": GET_CUSTOMER_LANGUAGE_LIST,
    "GetCustomerLanguages": GET_CUSTOMER_LANGUAGES,
    "GetDeliveryTerm": GET_DELIVERY_TERM,
    "GetDeliveryTerms": GET_DELIVERY_TERMS,
    "GetDeliveryType": GET_DELIVERY_TYPE,
    "GetDeliveryTypes": GET_DELIVERY_TYPES,
    "GetDepartment": GET_DEPARTMENT,
    "GetDepartmentList": GET_DEPARTMENT_LIST,
    "GetDepartments": GET_DEPARTMENTS,
    "GetDocumentTemplate": GET_DOCUMENT_TEMPLATE,
    "GetDocumentTemplateEntity": GET_DOCUMENT_TEMPLATE_ENTITY,
    "SetDocumentTemplateStream": SET_DOCUMENT_TEMPLATE_STREAM,
    "GetDocumentTemplateUsedInSalesStage": GET_DOCUMENT_TEMPLATE_USED_IN_SALES_STAGE,
    "GetDocumentTemplateUsedInProjectStage": GET_DOCUMENT_TEMPLATE_USED_IN_PROJECT_STAGE,
    "GetDocumentTemplateUrl": GET_DOCUMENT_TEMPLATE_URL,
    "GetDocumentTemplateProperties": GET_DOCUMENT_TEMPLATE_PROPERTIES,
    "GetDocumentTemplateLanguages": GET_DOCUMENT_TEMPLATE_LANGUAGES,
    "CreateDefaultDocumentTemplateLanguage": CREATE_DEFAULT_DOCUMENT_TEMPLATE_LANGUAGE,
    "DeleteDocumentTemplateLanguage": DELETE_DOCUMENT_TEMPLATE_LANGUAGE,
    "GetDocumentTemplateExtension": GET_DOCUMENT_TEMPLATE_EXTENSION,
    "SetDocumentTemplateFromDocumentTemplate": SET_DOCUMENT_TEMPLATE_FROM_DOCUMENT_TEMPLATE,
    "GetDocumentTemplateStreamFromId": GET_DOCUMENT_TEMPLATE_STREAM_FROM_ID,
    "SaveDocumentTemplateStream": SAVE_DOCUMENT_TEMPLATE_STREAM,
    "GetPluginList": GET_PLUGIN_LIST,
    "GetPluginCapabilities": GET_PLUGIN_CAPABILITIES,
    "GetDocumentTypesForPlugin": GET_DOCUMENT_TYPES_FOR_PLUGIN,
    "GetDocumentTemplateList": GET_DOCUMENT_TEMPLATE_LIST,
    "GetDocumentTemplates": GET_DOCUMENT_TEMPLATES,
    "GetAllDocumentTemplates": GET_ALL_DOCUMENT_TEMPLATES,
    "SetDocumentPluginForAllDocumentTemplates": SET_DOCUMENT_PLUGIN_FOR_ALL_DOCUMENT_TEMPLATES,
    "GetExtAppEntity": GET_EXT_APP_ENTITY,
    "GetHeadingEntity": GET_HEADING_ENTITY,
    "CreateDefaultHeadingFromListDefinition": CREATE_DEFAULT_HEADING_FROM_LIST_DEFINITION,
    "GetHierarchyEntity": GET_HIERARCHY_ENTITY,
    "GetAllDomains": GET_ALL_DOMAINS,
    "GetAllInDomain": GET_ALL_IN_DOMAIN,
    "GetHierarchyFromPath": GET_HIERARCHY_FROM_PATH,
    "AddHierarchyToPath": ADD_HIERARCHY_TO_PATH,
    "UpdateHierarchyFromPath": UPDATE_HIERARCHY_FROM_PATH,
    "DeleteHierarchyFromPath": DELETE_HIERARCHY_FROM_PATH,
    "GetLanguageInfo": GET_LANGUAGE_INFO,
    "GetLanguageInfoList": GET_LANGUAGE_INFO_LIST,
    "GetInstalledLanguages": GET_INSTALLED_LANGUAGES,
    "GetLegalBase": GET_LEGAL_BASE,
    "SaveLegalBase": SAVE_LEGAL_BASE,
    "GetAllLegalBase": GET_ALL_LEGAL_BASE,
    "GetLegalBaseList": GET_LEGAL_BASE_LIST,
    "GetLegalBases": GET_LEGAL_BASES,
    "GetLink": GET_LINK,
    "GetLinkList": GET_LINK_LIST,
    "GetListEntity": GET_LIST_ENTITY,
    "GetListDefinitions": GET_LIST_DEFINITIONS,
    "GetListEntityByName": GET_LIST_ENTITY_BY_NAME,
    "SaveListEntityByName": SAVE_LIST_ENTITY_BY_NAME,
    "DeleteListEntityByName": DELETE_LIST_ENTITY_BY_NAME,
    "SaveListItemEntity": SAVE_LIST_ITEM_ENTITY,
    "SortListItems": SORT_LIST_ITEMS,
    "MoveListItem": MOVE_LIST_ITEM,
    "GetVisibleForUserGroups": GET_VISIBLE_FOR_USER_GROUPS,
    "GetVisibleForUserGroupsFromListName": GET_VISIBLE_FOR_USER_GROUPS_FROM_LIST_NAME,
    "SetVisibleForUserGroups": SET_VISIBLE_FOR_USER_GROUPS,
    "SetVisibleForUserGroupsFromListName": SET_VISIBLE_FOR_USER_GROUPS_FROM_LIST_NAME,
    "SetVisibleForUserGroup": SET_VISIBLE_FOR_USER_GROUP,
    "GetListItemsForUserGroup": GET_LIST_ITEMS_FOR_USER_GROUP,
    "GetListItemsForUserGroupFromListName": GET_LIST_ITEMS_FOR_USER_GROUP_FROM_LIST_NAME,
    "SetListItemsForUserGroup": SET_LIST_ITEMS_FOR_USER_GROUP,
    "SetListItemsForUserGroupFromListName": SET_LIST_ITEMS_FOR_USER_GROUP_FROM_LIST_NAME,
    "GetHeadings": GET_HEADINGS,
    "GetHeadingsForListItemFromListName": GET_HEADINGS_FOR_LIST_ITEM_FROM_LIST_NAME,
    "SaveHeadingsForListItemFromListDefinition": SAVE_HEADINGS_FOR_LIST_ITEM_FROM_LIST_DEFINITION,
    "SaveHeadingsForListItemFromListName": SAVE_HEADINGS_FOR_LIST_ITEM_FROM_LIST_NAME,
    "GetListItemsForHeading": GET_LIST_ITEMS_FOR_HEADING,
    "GetListItemsForHeadingFromListName": GET_LIST_ITEMS_FOR_HEADING_FROM_LIST_NAME,
    "SetListItemsForHeading": SET_LIST_ITEMS_FOR_HEADING,
    "CreateDefaultAmountClassEntity": CREATE_DEFAULT_AMOUNT_CLASS_ENTITY,
    "SaveAmountClassEntity": SAVE_AMOUNT_CLASS_ENTITY,
    "CreateDefaultCategoryEntity": CREATE_DEFAULT_CATEGORY_ENTITY,
    "SaveCategoryEntity": SAVE_CATEGORY_ENTITY,
    "CreateDefaultTaskMenu": CREATE_DEFAULT_TASK_MENU,
    "SaveTaskMenu": SAVE_TASK_MENU,
    "DeleteTaskMenu": DELETE_TASK_MENU,
    "CreateDefaultCurrencyEntity": CREATE_DEFAULT_CURRENCY_ENTITY,
    "SaveCurrencyEntity": SAVE_CURRENCY_ENTITY,
    "CreateDefaultDocumentTemplateEntity": CREATE_DEFAULT_DOCUMENT_TEMPLATE_ENTITY,
    "SaveDocumentTemplateEntity": SAVE_DOCUMENT_TEMPLATE_ENTITY,
    "CreateDefaultExtAppEntity": CREATE_DEFAULT_EXT_APP_ENTITY,
    "SaveExtAppEntity": SAVE_EXT_APP_ENTITY,
    "CreateDefaultHeadingEntity": CREATE_DEFAULT_HEADING_ENTITY,
    "SaveHeadingEntity": SAVE_HEADING_ENTITY,
    "CreateDefaultHierarchyEntity": CREATE_DEFAULT_HIERARCHY_ENTITY,
    "SaveHierarchyEntity": SAVE_HIERARCHY_ENTITY,
    "DeleteHierarchyEntity": DELETE_HIERARCHY_ENTITY,
    "CreateDefaultListEntity": CREATE_DEFAULT_LIST_ENTITY,
    "SaveListEntity": SAVE_LIST_ENTITY,
    "DeleteListEntity": DELETE_LIST_ENTITY,
    "CreateDefaultListItemEntity": CREATE_DEFAULT_LIST_ITEM_ENTITY,
    "CreateDefaultProjectTypeEntity": CREATE_DEFAULT_PROJECT_TYPE_ENTITY,
    "SaveProjectTypeEntity": SAVE_PROJECT_TYPE_ENTITY,
    "CreateDefaultRelationDefinitionEntity": CREATE_DEFAULT_RELATION_DEFINITION_ENTITY,
    "SaveRelationDefinitionEntity": SAVE_RELATION_DEFINITION_ENTITY,
    "CreateDefaultResourceEntity": CREATE_DEFAULT_RESOURCE_ENTITY,
    "SaveResourceEntity": SAVE_RESOURCE_ENTITY,
    "DeleteResourceEntity": DELETE_RESOURCE_ENTITY,
    "CreateDefaultSaleStageEntity": CREATE_DEFAULT_SALE_STAGE_ENTITY,
    "SaveSaleStageEntity": SAVE_SALE_STAGE_ENTITY,
    "CreateDefaultSaleTypeEntity": CREATE_DEFAULT_SALE_TYPE_ENTITY,
    "SaveSaleTypeEntity": SAVE_SALE_TYPE_ENTITY,
    "CreateDefaultTicketCategoryEntity": CREATE_DEFAULT_TICKET_CATEGORY_ENTITY,
    "SaveTicketCategoryEntity": SAVE_TICKET_CATEGORY_ENTITY,
    "DeleteTicketCategoryEntity": DELETE_TICKET_CATEGORY_ENTITY,
    "CreateDefaultTicketPriorityEntity": CREATE_DEFAULT_TICKET_PRIORITY_ENTITY,
    "SaveTicketPriorityEntity": SAVE_TICKET_PRIORITY_ENTITY,
    "DeleteTicketPriorityEntity": DELETE_TICKET_PRIORITY_ENTITY,
    "CreateDefaultTicketStatusEntity": CREATE_DEFAULT_TICKET_STATUS_ENTITY,
    "SaveTicketStatusEntity": SAVE_TICKET_STATUS_ENTITY,
    "DeleteTicketStatusEntity": DELETE_TICKET_STATUS_ENTITY,
    "CreateDefaultTicketTypeEntity": CREATE_DEFAULT_TICKET_TYPE_ENTITY,
    "SaveTicketTypeEntity": SAVE_TICKET_TYPE_ENTITY,
    "DeleteTicketTypeEntity": DELETE_TICKET_TYPE_ENTITY,
    "CreateDefaultWebPanelEntity": CREATE_DEFAULT_WEB_PANEL_ENTITY,
    "SaveWebPanelEntity": SAVE_WEB_PANEL_ENTITY,
    "GetAmountClassEntity": GET_AMOUNT_CLASS_ENTITY,
    "SaveAllAutomatedCategoryUpdates": SAVE_ALL_AUTOMATED_CATEGORY_UPDATES,
    "GetAllAutomatedCategoryUpdates": GET_ALL_AUTOMATED_CATEGORY_UPDATES,
    "GetNeedCategoryUpdateForSale": GET_NEED_CATEGORY_UPDATE_FOR_SALE,
    "GetNeedCategoryUpdateForPerson": GET_NEED_CATEGORY_UPDATE_FOR_PERSON,
    "GetBusiness": GET_BUSINESS,
    "GetBusinessList": GET_BUSINESS_LIST,
    "GetBusinesses": GET_BUSINESSES,
    "GetCategory": GET_CATEGORY,
    "GetCategoryEntity": GET_CATEGORY_ENTITY,
    "GetCategoryList": GET_CATEGORY_LIST,
    "GetCategories": GET_CATEGORIES,
    "GetCompetitor": GET_COMPETITOR,
    "GetCompetitorList": GET_COMPETITOR_LIST,
    "GetCompetitors": GET_COMPETITORS,
    "GetTaskMenu": GET_TASK_MENU,
    "GetAppTaskMenus": GET_APP_TASK_MENUS,
    "DeleteAppTaskMenus": DELETE_APP_TASK_MENUS,
    "GetTaskMenuByProgId": GET_TASK_MENU_BY_PROG_ID,
    "GetConsentPurpose": GET_CONSENT_PURPOSE,
    "SaveConsentPurpose": SAVE_CONSENT_PURPOSE,
    "SetEmarketingStrictMode": SET_EMARKETING_STRICT_MODE,
    "GetEmarketingStrictMode": GET_EMARKETING_STRICT_MODE,
    "GetConsentPurposeList": GET_CONSENT_PURPOSE_LIST,
    "GetConsentPurposes": GET_CONSENT_PURPOSES,
    "GetConsentSource": GET_CONSENT_SOURCE,
    "SaveConsentSource": SAVE_CONSENT_SOURCE,
    "GetAllConsentSource": GET_ALL_CONSENT_SOURCE,
    "GetConsentSourceList": GET_CONSENT_SOURCE_LIST,
    "GetConsentSources": GET_CONSENT_SOURCES,
    "GetCountry": GET_COUNTRY,
    "SaveCountry": SAVE_COUNTRY,
    "CreateDefaultCountry": CREATE_DEFAULT_COUNTRY,
    "GetCountryList": GET_COUNTRY_LIST,
    "GetCountries": GET_COUNTRIES,
    "GetAllCountries": GET_ALL_COUNTRIES,
    "GetCredited": GET_CREDITED,
    "GetCreditedList": GET_CREDITED_LIST,
}
