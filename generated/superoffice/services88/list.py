"""Services88 List agent (``Remote/Services88/List.svc``).

``ListAgent`` and ``AsyncListAgent`` call it over SOAP, ``ListRestAgent`` and
``AsyncListRestAgent`` over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import BOOL, BYTES, FLOAT, INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.amount_class_entity import AMOUNT_CLASS_ENTITY_CODEC, AmountClassEntity
from .types.automated_category_update import (
    AUTOMATED_CATEGORY_UPDATE_CODEC,
    LIST_OF_AUTOMATED_CATEGORY_UPDATE_CODEC,
    AutomatedCategoryUpdate,
)
from .types.business import BUSINESS_CODEC, LIST_OF_BUSINESS_CODEC, Business
from .types.category import CATEGORY_CODEC, LIST_OF_CATEGORY_CODEC, Category
from .types.category_entity import CATEGORY_ENTITY_CODEC, CategoryEntity
from .types.competitor import COMPETITOR_CODEC, LIST_OF_COMPETITOR_CODEC, Competitor
from .types.consent_purpose import (
    CONSENT_PURPOSE_CODEC,
    LIST_OF_CONSENT_PURPOSE_CODEC,
    ConsentPurpose,
)
from .types.consent_source import CONSENT_SOURCE_CODEC, LIST_OF_CONSENT_SOURCE_CODEC, ConsentSource
from .types.country import COUNTRY_CODEC, LIST_OF_COUNTRY_CODEC, Country
from .types.credited import CREDITED_CODEC, LIST_OF_CREDITED_CODEC, Credited
from .types.currency import CURRENCY_CODEC, LIST_OF_CURRENCY_CODEC, Currency
from .types.currency_entity import (
    CURRENCY_ENTITY_CODEC,
    LIST_OF_CURRENCY_ENTITY_CODEC,
    CurrencyEntity,
)
from .types.customer_language import (
    CUSTOMER_LANGUAGE_CODEC,
    LIST_OF_CUSTOMER_LANGUAGE_CODEC,
    CustomerLanguage,
)
from .types.delivery_term import DELIVERY_TERM_CODEC, LIST_OF_DELIVERY_TERM_CODEC, DeliveryTerm
from .types.delivery_type import DELIVERY_TYPE_CODEC, LIST_OF_DELIVERY_TYPE_CODEC, DeliveryType
from .types.department import DEPARTMENT_CODEC, LIST_OF_DEPARTMENT_CODEC, Department
from .types.document_template import (
    DOCUMENT_TEMPLATE_CODEC,
    LIST_OF_DOCUMENT_TEMPLATE_CODEC,
    DocumentTemplate,
)
from .types.document_template_entity import (
    DOCUMENT_TEMPLATE_ENTITY_CODEC,
    LIST_OF_DOCUMENT_TEMPLATE_ENTITY_CODEC,
    DocumentTemplateEntity,
)
from .types.domain import DOMAIN_CODEC, LIST_OF_DOMAIN_CODEC, Domain
from .types.ext_app_entity import EXT_APP_ENTITY_CODEC, ExtAppEntity
from .types.heading_entity import HEADING_ENTITY_CODEC, LIST_OF_HEADING_ENTITY_CODEC, HeadingEntity
from .types.hierarchy_entity import (
    HIERARCHY_ENTITY_CODEC,
    LIST_OF_HIERARCHY_ENTITY_CODEC,
    HierarchyEntity,
)
from .types.int_string_dictionary import INT_STRING_DICTIONARY_CODEC
from .types.language_info import LANGUAGE_INFO_CODEC, LIST_OF_LANGUAGE_INFO_CODEC, LanguageInfo
from .types.legal_base import LEGAL_BASE_CODEC, LIST_OF_LEGAL_BASE_CODEC, LegalBase
from .types.link import LINK_CODEC, LIST_OF_LINK_CODEC, Link
from .types.list_entity import LIST_ENTITY_CODEC, LIST_OF_LIST_ENTITY_CODEC, ListEntity
from .types.list_item_entity import (
    LIST_ITEM_ENTITY_CODEC,
    LIST_OF_LIST_ITEM_ENTITY_CODEC,
    ListItemEntity,
)
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_mdo_list_item import LIST_OF_MDO_LIST_ITEM_CODEC, MDOListItem
from .types.list_of_selectable_mdo_list_item import (
    LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC,
    SelectableMDOListItem,
)
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.localized_text import LIST_OF_LOCALIZED_TEXT_CODEC, LOCALIZED_TEXT_CODEC, LocalizedText
from .types.localized_text_type import (
    LIST_OF_LOCALIZED_TEXT_TYPE_CODEC,
    LOCALIZED_TEXT_TYPE_CODEC,
    LocalizedTextType,
)
from .types.mr_mrs import LIST_OF_MR_MRS_CODEC, MR_MRS_CODEC, MrMrs
from .types.navigation import NAVIGATION_CODEC, Navigation
from .types.payment_term import LIST_OF_PAYMENT_TERM_CODEC, PAYMENT_TERM_CODEC, PaymentTerm
from .types.payment_type import LIST_OF_PAYMENT_TYPE_CODEC, PAYMENT_TYPE_CODEC, PaymentType
from .types.position import LIST_OF_POSITION_CODEC, POSITION_CODEC, Position
from .types.priority import LIST_OF_PRIORITY_CODEC, PRIORITY_CODEC, Priority
from .types.product_category import (
    LIST_OF_PRODUCT_CATEGORY_CODEC,
    PRODUCT_CATEGORY_CODEC,
    ProductCategory,
)
from .types.product_family import LIST_OF_PRODUCT_FAMILY_CODEC, PRODUCT_FAMILY_CODEC, ProductFamily
from .types.product_type import LIST_OF_PRODUCT_TYPE_CODEC, PRODUCT_TYPE_CODEC, ProductType
from .types.project_status import LIST_OF_PROJECT_STATUS_CODEC, PROJECT_STATUS_CODEC, ProjectStatus
from .types.project_type import LIST_OF_PROJECT_TYPE_CODEC, PROJECT_TYPE_CODEC, ProjectType
from .types.project_type_entity import PROJECT_TYPE_ENTITY_CODEC, ProjectTypeEntity
from .types.quick_reply import LIST_OF_QUICK_REPLY_CODEC, QuickReply
from .types.quote_approve_reason import (
    LIST_OF_QUOTE_APPROVE_REASON_CODEC,
    QUOTE_APPROVE_REASON_CODEC,
    QuoteApproveReason,
)
from .types.quote_deny_reason import (
    LIST_OF_QUOTE_DENY_REASON_CODEC,
    QUOTE_DENY_REASON_CODEC,
    QuoteDenyReason,
)
from .types.rating import LIST_OF_RATING_CODEC, RATING_CODEC, Rating
from .types.reason import LIST_OF_REASON_CODEC, REASON_CODEC, Reason
from .types.reason_sold import LIST_OF_REASON_SOLD_CODEC, REASON_SOLD_CODEC, ReasonSold
from .types.reason_stalled import LIST_OF_REASON_STALLED_CODEC, REASON_STALLED_CODEC, ReasonStalled
from .types.relation_definition_entity import (
    RELATION_DEFINITION_ENTITY_CODEC,
    RelationDefinitionEntity,
)
from .types.resource_entity import RESOURCE_ENTITY_CODEC, ResourceEntity
from .types.sale_stage_entity import (
    LIST_OF_SALE_STAGE_ENTITY_CODEC,
    SALE_STAGE_ENTITY_CODEC,
    SaleStageEntity,
)
from .types.sale_status import SALE_STATUS_CODEC, SaleStatus
from .types.sale_type import LIST_OF_SALE_TYPE_CODEC, SALE_TYPE_CODEC, SaleType
from .types.sale_type_entity import (
    LIST_OF_SALE_TYPE_ENTITY_CODEC,
    SALE_TYPE_ENTITY_CODEC,
    SaleTypeEntity,
)
from .types.selection_category import (
    LIST_OF_SELECTION_CATEGORY_CODEC,
    SELECTION_CATEGORY_CODEC,
    SelectionCategory,
)
from .types.source import LIST_OF_SOURCE_CODEC, SOURCE_CODEC, Source
from .types.string_dictionary import STRING_DICTIONARY_CODEC
from .types.task import LIST_OF_TASK_CODEC, TASK_CODEC, Task
from .types.task_list_item import LIST_OF_TASK_LIST_ITEM_CODEC, TaskListItem
from .types.task_menu import LIST_OF_TASK_MENU_CODEC, TASK_MENU_CODEC, TaskMenu
from .types.template_info import TEMPLATE_INFO_CODEC, TemplateInfo
from .types.ticket_category import TICKET_CATEGORY_CODEC, TicketCategory
from .types.ticket_category_entity import (
    LIST_OF_TICKET_CATEGORY_ENTITY_CODEC,
    TICKET_CATEGORY_ENTITY_CODEC,
    TicketCategoryEntity,
)
from .types.ticket_category_membership_entity import (
    LIST_OF_TICKET_CATEGORY_MEMBERSHIP_ENTITY_CODEC,
    TicketCategoryMembershipEntity,
)
from .types.ticket_priority import (
    LIST_OF_TICKET_PRIORITY_CODEC,
    TICKET_PRIORITY_CODEC,
    TicketPriority,
)
from .types.ticket_priority_entity import (
    LIST_OF_TICKET_PRIORITY_ENTITY_CODEC,
    TICKET_PRIORITY_ENTITY_CODEC,
    TicketPriorityEntity,
)
from .types.ticket_status_entity import (
    LIST_OF_TICKET_STATUS_ENTITY_CODEC,
    TICKET_STATUS_ENTITY_CODEC,
    TicketStatusEntity,
)
from .types.ticket_type_entity import (
    LIST_OF_TICKET_TYPE_ENTITY_CODEC,
    TICKET_TYPE_ENTITY_CODEC,
    TicketTypeEntity,
)
from .types.web_panel_entity import (
    LIST_OF_WEB_PANEL_ENTITY_CODEC,
    WEB_PANEL_ENTITY_CODEC,
    WebPanelEntity,
)

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_SALE_STAGE_ENTITY: Operation[SaleStageEntity | None] = Operation(
    "GetSaleStageEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetSaleStageEntity",
    params=(Param("sale_stage_entity_id", "SaleStageEntityId", INT, query="saleStageEntityId"),),
    results=(Param("response", "Response", SALE_STAGE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetSaleStageEntity",
)

GET_SALE_TYPE: Operation[SaleType | None] = Operation(
    "GetSaleType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetSaleType",
    params=(Param("sale_type_id", "SaleTypeId", INT, query="saleTypeId"),),
    results=(Param("response", "Response", SALE_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetSaleType",
)

GET_SALE_TYPE_ENTITY: Operation[SaleTypeEntity | None] = Operation(
    "GetSaleTypeEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetSaleTypeEntity",
    params=(Param("sale_type_entity_id", "SaleTypeEntityId", INT, query="saleTypeEntityId"),),
    results=(Param("response", "Response", SALE_TYPE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetSaleTypeEntity",
)

GET_SALE_TYPE_LIST: Operation[list[SaleType | None] | None] = Operation(
    "GetSaleTypeList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetSaleTypeList",
    params=(Param("sale_type_ids", "SaleTypeIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_SALE_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetSaleTypeList",
    rest_body="sale_type_ids",
)

GET_ALL_SALE_TYPE: Operation[list[SaleType | None] | None] = Operation(
    "GetAllSaleType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllSaleType",
    results=(Param("response", "Response", LIST_OF_SALE_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllSaleType",
)

GET_ALL_SALE_TYPE_ENTITIES: Operation[list[SaleTypeEntity | None] | None] = Operation(
    "GetAllSaleTypeEntities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllSaleTypeEntities",
    params=(Param("include_deleted", "IncludeDeleted", BOOL),),
    results=(Param("response", "Response", LIST_OF_SALE_TYPE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllSaleTypeEntities",
)

GET_SELECTION_CATEGORY: Operation[SelectionCategory | None] = Operation(
    "GetSelectionCategory",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetSelectionCategory",
    params=(
        Param("selection_category_id", "SelectionCategoryId", INT, query="selectionCategoryId"),
    ),
    results=(Param("response", "Response", SELECTION_CATEGORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetSelectionCategory",
)

GET_ALL_SELECTION_CATEGORY: Operation[list[SelectionCategory | None] | None] = Operation(
    "GetAllSelectionCategory",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllSelectionCategory",
    results=(Param("response", "Response", LIST_OF_SELECTION_CATEGORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllSelectionCategory",
)

GET_SELECTION_CATEGORY_LIST: Operation[list[SelectionCategory | None] | None] = Operation(
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

GET_SOURCE: Operation[Source | None] = Operation(
    "GetSource",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetSource",
    params=(Param("source_id", "SourceId", INT, query="sourceId"),),
    results=(Param("response", "Response", SOURCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetSource",
)

GET_SOURCE_LIST: Operation[list[Source | None] | None] = Operation(
    "GetSourceList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetSourceList",
    params=(Param("source_ids", "SourceIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_SOURCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetSourceList",
    rest_body="source_ids",
)

GET_SOURCES: Operation[list[Source | None] | None] = Operation(
    "GetSources",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetSources",
    results=(Param("response", "Response", LIST_OF_SOURCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetSources",
)

GET_TASK: Operation[Task | None] = Operation(
    "GetTask",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTask",
    params=(Param("task_id", "TaskId", INT, query="taskId"),),
    results=(Param("response", "Response", TASK_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTask",
)

GET_DOCUMENT_TEMPLATE_TASK: Operation[Task | None] = Operation(
    "GetDocumentTemplateTask",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDocumentTemplateTask",
    params=(Param("document_template_id", "DocumentTemplateId", INT),),
    results=(Param("response", "Response", TASK_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDocumentTemplateTask",
)

GET_TASK_LIST: Operation[list[Task | None] | None] = Operation(
    "GetTaskList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTaskList",
    params=(Param("so_task_ids", "SoTaskIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_TASK_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTaskList",
    rest_body="so_task_ids",
)

GET_TASKS: Operation[list[Task | None] | None] = Operation(
    "GetTasks",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTasks",
    results=(Param("response", "Response", LIST_OF_TASK_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTasks",
)

GET_DOCUMENT_TEMPLATES_TASKS: Operation[list[Task | None] | None] = Operation(
    "GetDocumentTemplatesTasks",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDocumentTemplatesTasks",
    results=(Param("response", "Response", LIST_OF_TASK_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDocumentTemplatesTasks",
)

GET_ALL_TASKS: Operation[list[TaskListItem | None] | None] = Operation(
    "GetAllTasks",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllTasks",
    params=(Param("include_deleted", "IncludeDeleted", BOOL),),
    results=(Param("response", "Response", LIST_OF_TASK_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllTasks",
)

GET_TICKET_CATEGORY: Operation[TicketCategory | None] = Operation(
    "GetTicketCategory",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketCategory",
    params=(Param("ticket_category_id", "TicketCategoryId", INT, query="ticketCategoryId"),),
    results=(Param("response", "Response", TICKET_CATEGORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketCategory",
)

GET_TICKET_CATEGORY_ENTITY: Operation[TicketCategoryEntity | None] = Operation(
    "GetTicketCategoryEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketCategoryEntity",
    params=(
        Param(
            "ticket_category_entity_id",
            "TicketCategoryEntityId",
            INT,
            query="ticketCategoryEntityId",
        ),
    ),
    results=(Param("response", "Response", TICKET_CATEGORY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketCategoryEntity",
)

MOVE_ALL_TICKETS: Operation[None] = Operation(
    "MoveAllTickets",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/MoveAllTickets",
    params=(
        Param("from_ticket_category_id", "FromTicketCategoryId", INT),
        Param("to_ticket_category_id", "ToTicketCategoryId", INT),
    ),
    rest_path="/api/v1/Agents/List/MoveAllTickets",
)

REBUILD_FULLNAMES: Operation[None] = Operation(
    "RebuildFullnames",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/RebuildFullnames",
    rest_path="/api/v1/Agents/List/RebuildFullnames",
)

GET_TICKET_CATEGORY_LIST: Operation[list[TicketCategoryEntity | None] | None] = Operation(
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

GET_TICKET_CATEGORIES: Operation[list[TicketCategoryEntity | None] | None] = Operation(
    "GetTicketCategories",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketCategories",
    results=(Param("response", "Response", LIST_OF_TICKET_CATEGORY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketCategories",
)

GET_TICKET_CATEGORIES_FOR_USER_GROUPS: Operation[list[MDOListItem | None] | None] = Operation(
    "GetTicketCategoriesForUserGroups",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketCategoriesForUserGroups",
    params=(Param("user_group_ids", "UserGroupIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_MDO_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketCategoriesForUserGroups",
)

SET_TICKET_CATEGORIES_FOR_USER_GROUP: Operation[None] = Operation(
    "SetTicketCategoriesForUserGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetTicketCategoriesForUserGroup",
    params=(
        Param("user_group_id", "UserGroupId", INT),
        Param("category_ids", "CategoryIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/SetTicketCategoriesForUserGroup",
)

UPDATE_CATEGORY_MEMBERSHIPS: Operation[None] = Operation(
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

GET_TICKET_PRIORITY: Operation[TicketPriority | None] = Operation(
    "GetTicketPriority",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketPriority",
    params=(Param("ticket_priority_id", "TicketPriorityId", INT, query="ticketPriorityId"),),
    results=(Param("response", "Response", TICKET_PRIORITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketPriority",
)

GET_TICKET_PRIORITY_ENTITY: Operation[TicketPriorityEntity | None] = Operation(
    "GetTicketPriorityEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketPriorityEntity",
    params=(
        Param(
            "ticket_priority_entity_id",
            "TicketPriorityEntityId",
            INT,
            query="ticketPriorityEntityId",
        ),
    ),
    results=(Param("response", "Response", TICKET_PRIORITY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketPriorityEntity",
)

SET_TICKET_PRIORITY_SORT_ORDER: Operation[None] = Operation(
    "SetTicketPrioritySortOrder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetTicketPrioritySortOrder",
    params=(
        Param("ticket_priority_id", "TicketPriorityId", INT),
        Param("sort_order", "SortOrder", INT),
    ),
    rest_path="/api/v1/Agents/List/SetTicketPrioritySortOrder",
)

GET_TICKET_PRIORITY_LIST: Operation[list[TicketPriority | None] | None] = Operation(
    "GetTicketPriorityList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketPriorityList",
    params=(Param("ticket_priority_ids", "TicketPriorityIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_TICKET_PRIORITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketPriorityList",
    rest_body="ticket_priority_ids",
)

GET_TICKET_PRIORITIES: Operation[list[TicketPriority | None] | None] = Operation(
    "GetTicketPriorities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketPriorities",
    results=(Param("response", "Response", LIST_OF_TICKET_PRIORITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketPriorities",
)

GET_ALL_TICKET_PRIORITIES: Operation[list[TicketPriorityEntity | None] | None] = Operation(
    "GetAllTicketPriorities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllTicketPriorities",
    params=(Param("include_deleted", "IncludeDeleted", BOOL),),
    results=(Param("response", "Response", LIST_OF_TICKET_PRIORITY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllTicketPriorities",
)

GET_TICKET_STATUS_ENTITY: Operation[TicketStatusEntity | None] = Operation(
    "GetTicketStatusEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketStatusEntity",
    params=(
        Param(
            "ticket_status_entity_id", "TicketStatusEntityId", INT, query="ticketStatusEntityId"
        ),
    ),
    results=(Param("response", "Response", TICKET_STATUS_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketStatusEntity",
)

GLOBAL_CHANGE_TICKET_STATUS: Operation[None] = Operation(
    "GlobalChangeTicketStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GlobalChangeTicketStatus",
    params=(
        Param("from_ticket_status_id", "FromTicketStatusId", INT),
        Param("to_ticket_status_id", "ToTicketStatusId", INT),
    ),
    rest_path="/api/v1/Agents/List/GlobalChangeTicketStatus",
)

SET_TICKET_STATUS_SORT_ORDER: Operation[None] = Operation(
    "SetTicketStatusSortOrder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetTicketStatusSortOrder",
    params=(
        Param("ticket_status_id", "TicketStatusId", INT),
        Param("sort_order", "SortOrder", INT),
    ),
    rest_path="/api/v1/Agents/List/SetTicketStatusSortOrder",
)

GET_TICKET_STATUS_LIST: Operation[list[TicketStatusEntity | None] | None] = Operation(
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

GET_TICKET_STATUSES: Operation[list[TicketStatusEntity | None] | None] = Operation(
    "GetTicketStatuses",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketStatuses",
    results=(Param("response", "Response", LIST_OF_TICKET_STATUS_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketStatuses",
)

GET_TICKET_TYPE_ENTITY: Operation[TicketTypeEntity | None] = Operation(
    "GetTicketTypeEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketTypeEntity",
    params=(
        Param("ticket_type_entity_id", "TicketTypeEntityId", INT, query="ticketTypeEntityId"),
    ),
    results=(Param("response", "Response", TICKET_TYPE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketTypeEntity",
)

GLOBAL_CHANGE_TICKET_TYPE: Operation[None] = Operation(
    "GlobalChangeTicketType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GlobalChangeTicketType",
    params=(
        Param("from_ticket_type_id", "FromTicketTypeId", INT),
        Param("to_ticket_type_id", "ToTicketTypeId", INT),
    ),
    rest_path="/api/v1/Agents/List/GlobalChangeTicketType",
)

SET_TICKET_TYPE_SORT_ORDER: Operation[None] = Operation(
    "SetTicketTypeSortOrder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetTicketTypeSortOrder",
    params=(
        Param("ticket_type_id", "TicketTypeId", INT),
        Param("sort_order", "SortOrder", INT),
    ),
    rest_path="/api/v1/Agents/List/SetTicketTypeSortOrder",
)

GET_TICKET_TYPE_LIST: Operation[list[TicketTypeEntity | None] | None] = Operation(
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

GET_TICKET_TYPES: Operation[list[TicketTypeEntity | None] | None] = Operation(
    "GetTicketTypes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTicketTypes",
    results=(Param("response", "Response", LIST_OF_TICKET_TYPE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTicketTypes",
)

GET_WEB_PANEL_ENTITY: Operation[WebPanelEntity | None] = Operation(
    "GetWebPanelEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetWebPanelEntity",
    params=(Param("web_panel_entity_id", "WebPanelEntityId", INT, query="webPanelEntityId"),),
    results=(Param("response", "Response", WEB_PANEL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetWebPanelEntity",
)

GENERATE_NAVIGATION_URL: Operation[str | None] = Operation(
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

GET_WEB_PANEL_LIST: Operation[list[WebPanelEntity | None] | None] = Operation(
    "GetWebPanelList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetWebPanelList",
    results=(Param("response", "Response", LIST_OF_WEB_PANEL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetWebPanelList",
)

DELETE_WEB_PANEL: Operation[None] = Operation(
    "DeleteWebPanel",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteWebPanel",
    params=(Param("id", "Id", INT),),
    rest_path="/api/v1/Agents/List/DeleteWebPanel",
)

GET_APP_WEB_PANELS: Operation[list[WebPanelEntity | None] | None] = Operation(
    "GetAppWebPanels",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAppWebPanels",
    results=(Param("response", "Response", LIST_OF_WEB_PANEL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAppWebPanels",
)

DELETE_APP_WEB_PANELS: Operation[None] = Operation(
    "DeleteAppWebPanels",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteAppWebPanels",
    rest_path="/api/v1/Agents/List/DeleteAppWebPanels",
)

GET_WEB_PANEL_BY_PROG_ID: Operation[WebPanelEntity | None] = Operation(
    "GetWebPanelByProgId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetWebPanelByProgId",
    params=(Param("prog_id", "ProgId", STR, nillable=True),),
    results=(Param("response", "Response", WEB_PANEL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetWebPanelByProgId",
)

SET_LIST_ITEMS_FOR_HEADING_FROM_LIST_NAME: Operation[None] = Operation(
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

SET_HEADINGS_FOR_LIST_ITEM: Operation[None] = Operation(
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

SET_RANK_ON_HEADINGS: Operation[None] = Operation(
    "SetRankOnHeadings",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetRankOnHeadings",
    params=(
        Param("ud_list_definition_id", "UdListDefinitionId", INT),
        Param("heading_ids", "HeadingIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/SetRankOnHeadings",
)

SET_RANK_ON_SALE_ACTIVITY: Operation[None] = Operation(
    "SetRankOnSaleActivity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetRankOnSaleActivity",
    params=(
        Param("sale_type_stage_link_id", "SaleTypeStageLinkId", INT),
        Param("items_ids", "ItemsIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/SetRankOnSaleActivity",
)

SET_RANK_ON_SALE_DOCUMENT: Operation[None] = Operation(
    "SetRankOnSaleDocument",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetRankOnSaleDocument",
    params=(
        Param("sale_type_stage_link_id", "SaleTypeStageLinkId", INT),
        Param("items_ids", "ItemsIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/SetRankOnSaleDocument",
)

SET_RANK_ON_PROJECT_ACTIVITY: Operation[None] = Operation(
    "SetRankOnProjectActivity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetRankOnProjectActivity",
    params=(
        Param("project_type_status_link_id", "ProjectTypeStatusLinkId", INT),
        Param("items_ids", "ItemsIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/SetRankOnProjectActivity",
)

SET_RANK_ON_PROJECT_DOCUMENT: Operation[None] = Operation(
    "SetRankOnProjectDocument",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetRankOnProjectDocument",
    params=(
        Param("project_type_status_link_id", "ProjectTypeStatusLinkId", INT),
        Param("items_ids", "ItemsIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/SetRankOnProjectDocument",
)

GET_ALL_FROM_LIST_DEFINITION: Operation[list[ListItemEntity | None] | None] = Operation(
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

GET_ALL_FROM_LIST_NAME: Operation[list[ListItemEntity | None] | None] = Operation(
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

SAVE_ALL_FROM_LIST_DEFINITION: Operation[list[ListItemEntity | None] | None] = Operation(
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

SAVE_ALL_FROM_LIST_NAME: Operation[list[ListItemEntity | None] | None] = Operation(
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

ADD_FROM_LIST_DEFINITION: Operation[ListItemEntity | None] = Operation(
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

ADD_FROM_LIST_NAME: Operation[ListItemEntity | None] = Operation(
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

DELETE_ALL_FROM_LIST_DEFINITION: Operation[None] = Operation(
    "DeleteAllFromListDefinition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteAllFromListDefinition",
    params=(Param("ud_list_definition_id", "UdListDefinitionId", INT),),
    rest_path="/api/v1/Agents/List/DeleteAllFromListDefinition",
)

DELETE_ALL_FROM_LIST_NAME: Operation[None] = Operation(
    "DeleteAllFromListName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteAllFromListName",
    params=(Param("ud_list_definition_name", "UdListDefinitionName", STR, nillable=True),),
    rest_path="/api/v1/Agents/List/DeleteAllFromListName",
)

GET_FROM_LIST_DEFINITION: Operation[ListItemEntity | None] = Operation(
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

GET_FROM_LIST_NAME: Operation[ListItemEntity | None] = Operation(
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

SAVE_FROM_LIST_DEFINITION: Operation[ListItemEntity | None] = Operation(
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

SAVE_FROM_LIST_NAME: Operation[ListItemEntity | None] = Operation(
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

DELETE_FROM_LIST_DEFINITION: Operation[None] = Operation(
    "DeleteFromListDefinition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteFromListDefinition",
    params=(
        Param("id", "Id", INT),
        Param("ud_list_definition_id", "UdListDefinitionId", INT),
    ),
    rest_path="/api/v1/Agents/List/DeleteFromListDefinition",
)

DELETE_FROM_LIST_NAME: Operation[None] = Operation(
    "DeleteFromListName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteFromListName",
    params=(
        Param("id", "Id", INT),
        Param("ud_list_definition_name", "UdListDefinitionName", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/DeleteFromListName",
)

GET_HEADINGS_FROM_NAME: Operation[list[HeadingEntity | None] | None] = Operation(
    "GetHeadingsFromName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetHeadingsFromName",
    params=(Param("name", "Name", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_HEADING_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetHeadingsFromName",
)

GET_HEADINGS_FROM_LIST_DEFINITION: Operation[list[HeadingEntity | None] | None] = Operation(
    "GetHeadingsFromListDefinition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetHeadingsFromListDefinition",
    params=(Param("id", "Id", INT),),
    results=(Param("response", "Response", LIST_OF_HEADING_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetHeadingsFromListDefinition",
)

SAVE_HEADINGS_FROM_NAME: Operation[list[HeadingEntity | None] | None] = Operation(
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

SAVE_HEADINGS_FROM_LIST_DEFINITION: Operation[list[HeadingEntity | None] | None] = Operation(
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

SAVE_HEADING_FROM_NAME: Operation[HeadingEntity | None] = Operation(
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

SAVE_HEADING_FROM_LIST_DEFINITION: Operation[HeadingEntity | None] = Operation(
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

DELETE_ALL_HEADINGS_FROM_NAME: Operation[None] = Operation(
    "DeleteAllHeadingsFromName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteAllHeadingsFromName",
    params=(Param("name", "Name", STR, nillable=True),),
    rest_path="/api/v1/Agents/List/DeleteAllHeadingsFromName",
)

DELETE_ALL_HEADINGS_FROM_LIST_DEFINITION: Operation[None] = Operation(
    "DeleteAllHeadingsFromListDefinition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteAllHeadingsFromListDefinition",
    params=(Param("id", "Id", INT),),
    rest_path="/api/v1/Agents/List/DeleteAllHeadingsFromListDefinition",
)

GET_LOCALIZED_TEXT: Operation[LocalizedText | None] = Operation(
    "GetLocalizedText",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetLocalizedText",
    params=(Param("localized_text_id", "LocalizedTextId", INT, query="localizedTextId"),),
    results=(Param("response", "Response", LOCALIZED_TEXT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetLocalizedText",
)

GET_LOCALIZED_TEXT_BY_TYPE: Operation[LocalizedText | None] = Operation(
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

GET_LOCALIZED_TEXT_LIST: Operation[list[LocalizedText | None] | None] = Operation(
    "GetLocalizedTextList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetLocalizedTextList",
    params=(Param("localized_text_ids", "LocalizedTextIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_LOCALIZED_TEXT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetLocalizedTextList",
    rest_body="localized_text_ids",
)

GET_LOCALIZED_TEXTS: Operation[list[LocalizedText | None] | None] = Operation(
    "GetLocalizedTexts",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetLocalizedTexts",
    results=(Param("response", "Response", LIST_OF_LOCALIZED_TEXT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetLocalizedTexts",
)

GET_LOCALIZED_TEXTS_BY_LANGUAGE_ID: Operation[list[LocalizedText | None] | None] = Operation(
    "GetLocalizedTextsByLanguageId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetLocalizedTextsByLanguageId",
    params=(Param("language_id", "LanguageId", INT),),
    results=(Param("response", "Response", LIST_OF_LOCALIZED_TEXT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetLocalizedTextsByLanguageId",
)

GET_LOCALIZED_TEXTS_BY_TYPE: Operation[list[LocalizedText | None] | None] = Operation(
    "GetLocalizedTextsByType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetLocalizedTextsByType",
    params=(Param("text_types", "TextTypes", LIST_OF_LOCALIZED_TEXT_TYPE_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_LOCALIZED_TEXT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetLocalizedTextsByType",
)

GET_MR_MRS: Operation[MrMrs | None] = Operation(
    "GetMrMrs",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetMrMrs",
    params=(Param("mr_mrs_id", "MrMrsId", INT, query="mrMrsId"),),
    results=(Param("response", "Response", MR_MRS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetMrMrs",
)

GET_MR_MRS_LIST: Operation[list[MrMrs | None] | None] = Operation(
    "GetMrMrsList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetMrMrsList",
    params=(Param("mr_mrs_ids", "MrMrsIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_MR_MRS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetMrMrsList",
    rest_body="mr_mrs_ids",
)

GET_MR_MRSES: Operation[list[MrMrs | None] | None] = Operation(
    "GetMrMrses",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetMrMrses",
    results=(Param("response", "Response", LIST_OF_MR_MRS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetMrMrses",
)

GET_PAYMENT_TERM: Operation[PaymentTerm | None] = Operation(
    "GetPaymentTerm",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetPaymentTerm",
    params=(Param("payment_term_id", "PaymentTermId", INT, query="paymentTermId"),),
    results=(Param("response", "Response", PAYMENT_TERM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetPaymentTerm",
)

GET_PAYMENT_TERMS: Operation[list[PaymentTerm | None] | None] = Operation(
    "GetPaymentTerms",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetPaymentTerms",
    results=(Param("response", "Response", LIST_OF_PAYMENT_TERM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetPaymentTerms",
)

GET_PAYMENT_TYPE: Operation[PaymentType | None] = Operation(
    "GetPaymentType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetPaymentType",
    params=(Param("payment_type_id", "PaymentTypeId", INT, query="paymentTypeId"),),
    results=(Param("response", "Response", PAYMENT_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetPaymentType",
)

GET_PAYMENT_TYPES: Operation[list[PaymentType | None] | None] = Operation(
    "GetPaymentTypes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetPaymentTypes",
    results=(Param("response", "Response", LIST_OF_PAYMENT_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetPaymentTypes",
)

GET_POSITION: Operation[Position | None] = Operation(
    "GetPosition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetPosition",
    params=(Param("position_id", "PositionId", INT, query="positionId"),),
    results=(Param("response", "Response", POSITION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetPosition",
)

GET_POSITION_LIST: Operation[list[Position | None] | None] = Operation(
    "GetPositionList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetPositionList",
    params=(Param("position_ids", "PositionIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_POSITION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetPositionList",
    rest_body="position_ids",
)

GET_POSITIONS: Operation[list[Position | None] | None] = Operation(
    "GetPositions",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetPositions",
    results=(Param("response", "Response", LIST_OF_POSITION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetPositions",
)

GET_PRIORITY: Operation[Priority | None] = Operation(
    "GetPriority",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetPriority",
    params=(Param("priority_id", "PriorityId", INT, query="priorityId"),),
    results=(Param("response", "Response", PRIORITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetPriority",
)

GET_PRIORITY_LIST: Operation[list[Priority | None] | None] = Operation(
    "GetPriorityList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetPriorityList",
    params=(Param("priority_ids", "PriorityIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_PRIORITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetPriorityList",
    rest_body="priority_ids",
)

GET_PRIORITIES: Operation[list[Priority | None] | None] = Operation(
    "GetPriorities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetPriorities",
    results=(Param("response", "Response", LIST_OF_PRIORITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetPriorities",
)

GET_PRODUCT_CATEGORY: Operation[ProductCategory | None] = Operation(
    "GetProductCategory",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProductCategory",
    params=(Param("product_category_id", "ProductCategoryId", INT, query="productCategoryId"),),
    results=(Param("response", "Response", PRODUCT_CATEGORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProductCategory",
)

GET_PRODUCT_CATEGORIES: Operation[list[ProductCategory | None] | None] = Operation(
    "GetProductCategories",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProductCategories",
    results=(Param("response", "Response", LIST_OF_PRODUCT_CATEGORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProductCategories",
)

GET_PRODUCT_FAMILY: Operation[ProductFamily | None] = Operation(
    "GetProductFamily",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProductFamily",
    params=(Param("product_family_id", "ProductFamilyId", INT, query="productFamilyId"),),
    results=(Param("response", "Response", PRODUCT_FAMILY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProductFamily",
)

GET_PRODUCT_FAMILIES: Operation[list[ProductFamily | None] | None] = Operation(
    "GetProductFamilies",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProductFamilies",
    results=(Param("response", "Response", LIST_OF_PRODUCT_FAMILY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProductFamilies",
)

GET_PRODUCT_TYPE: Operation[ProductType | None] = Operation(
    "GetProductType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProductType",
    params=(Param("product_type_id", "ProductTypeId", INT, query="productTypeId"),),
    results=(Param("response", "Response", PRODUCT_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProductType",
)

GET_PRODUCT_TYPES: Operation[list[ProductType | None] | None] = Operation(
    "GetProductTypes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProductTypes",
    results=(Param("response", "Response", LIST_OF_PRODUCT_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProductTypes",
)

GET_PROJECT_STATUS: Operation[ProjectStatus | None] = Operation(
    "GetProjectStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProjectStatus",
    params=(Param("project_status_id", "ProjectStatusId", INT, query="projectStatusId"),),
    results=(Param("response", "Response", PROJECT_STATUS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProjectStatus",
)

DELETE_PROJECT_STATUS: Operation[None] = Operation(
    "DeleteProjectStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteProjectStatus",
    params=(Param("project_status_id", "ProjectStatusId", INT),),
    rest_path="/api/v1/Agents/List/DeleteProjectStatus",
)

GET_PROJECT_STATUS_LIST: Operation[list[ProjectStatus | None] | None] = Operation(
    "GetProjectStatusList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProjectStatusList",
    params=(Param("project_status_ids", "ProjectStatusIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_PROJECT_STATUS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProjectStatusList",
    rest_body="project_status_ids",
)

GET_PROJECT_STATUSES: Operation[list[ProjectStatus | None] | None] = Operation(
    "GetProjectStatuses",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProjectStatuses",
    results=(Param("response", "Response", LIST_OF_PROJECT_STATUS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProjectStatuses",
)

GET_PROJECT_TYPE: Operation[ProjectType | None] = Operation(
    "GetProjectType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProjectType",
    params=(Param("project_type_id", "ProjectTypeId", INT, query="projectTypeId"),),
    results=(Param("response", "Response", PROJECT_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProjectType",
)

GET_PROJECT_TYPE_ENTITY: Operation[ProjectTypeEntity | None] = Operation(
    "GetProjectTypeEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProjectTypeEntity",
    params=(
        Param("project_type_entity_id", "ProjectTypeEntityId", INT, query="projectTypeEntityId"),
    ),
    results=(Param("response", "Response", PROJECT_TYPE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProjectTypeEntity",
)

GET_PROJECT_TYPE_LIST: Operation[list[ProjectType | None] | None] = Operation(
    "GetProjectTypeList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProjectTypeList",
    params=(Param("project_type_ids", "ProjectTypeIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_PROJECT_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProjectTypeList",
    rest_body="project_type_ids",
)

GET_PROJECT_TYPES: Operation[list[ProjectType | None] | None] = Operation(
    "GetProjectTypes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetProjectTypes",
    results=(Param("response", "Response", LIST_OF_PROJECT_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetProjectTypes",
)

SAVE_QUICK_REPLIES: Operation[None] = Operation(
    "SaveQuickReplies",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveQuickReplies",
    params=(Param("quick_replies", "QuickReplies", LIST_OF_QUICK_REPLY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveQuickReplies",
)

GET_QUICK_REPLIES: Operation[list[QuickReply | None] | None] = Operation(
    "GetQuickReplies",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetQuickReplies",
    results=(Param("response", "Response", LIST_OF_QUICK_REPLY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetQuickReplies",
)

GET_RATING: Operation[Rating | None] = Operation(
    "GetRating",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetRating",
    params=(Param("rating_id", "RatingId", INT, query="ratingId"),),
    results=(Param("response", "Response", RATING_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetRating",
)

GET_RATING_LIST: Operation[list[Rating | None] | None] = Operation(
    "GetRatingList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetRatingList",
    params=(Param("rating_ids", "RatingIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_RATING_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetRatingList",
    rest_body="rating_ids",
)

GET_RATINGS: Operation[list[Rating | None] | None] = Operation(
    "GetRatings",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetRatings",
    results=(Param("response", "Response", LIST_OF_RATING_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetRatings",
)

GET_ALL_SALE_STAGES: Operation[list[SaleStageEntity | None] | None] = Operation(
    "GetAllSaleStages",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllSaleStages",
    params=(Param("include_deleted", "IncludeDeleted", BOOL),),
    results=(Param("response", "Response", LIST_OF_SALE_STAGE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllSaleStages",
)

GET_REASON: Operation[Reason | None] = Operation(
    "GetReason",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetReason",
    params=(Param("reason_id", "ReasonId", INT, query="reasonId"),),
    results=(Param("response", "Response", REASON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetReason",
)

GET_REASON_LIST: Operation[list[Reason | None] | None] = Operation(
    "GetReasonList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetReasonList",
    params=(Param("reason_ids", "ReasonIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_REASON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetReasonList",
    rest_body="reason_ids",
)

GET_REASONS: Operation[list[Reason | None] | None] = Operation(
    "GetReasons",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetReasons",
    results=(Param("response", "Response", LIST_OF_REASON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetReasons",
)

GET_QUOTE_APPROVE_REASON: Operation[QuoteApproveReason | None] = Operation(
    "GetQuoteApproveReason",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetQuoteApproveReason",
    params=(
        Param(
            "quote_approve_reason_id", "QuoteApproveReasonId", INT, query="quoteApproveReasonId"
        ),
    ),
    results=(Param("response", "Response", QUOTE_APPROVE_REASON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetQuoteApproveReason",
)

GET_QUOTE_APPROVE_REASON_LIST: Operation[list[QuoteApproveReason | None] | None] = Operation(
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

GET_QUOTE_APPROVE_REASONS: Operation[list[QuoteApproveReason | None] | None] = Operation(
    "GetQuoteApproveReasons",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetQuoteApproveReasons",
    results=(Param("response", "Response", LIST_OF_QUOTE_APPROVE_REASON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetQuoteApproveReasons",
)

GET_QUOTE_DENY_REASON: Operation[QuoteDenyReason | None] = Operation(
    "GetQuoteDenyReason",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetQuoteDenyReason",
    params=(Param("quote_deny_reason_id", "QuoteDenyReasonId", INT, query="quoteDenyReasonId"),),
    results=(Param("response", "Response", QUOTE_DENY_REASON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetQuoteDenyReason",
)

GET_QUOTE_DENY_REASON_LIST: Operation[list[QuoteDenyReason | None] | None] = Operation(
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

GET_QUOTE_DENY_REASONS: Operation[list[QuoteDenyReason | None] | None] = Operation(
    "GetQuoteDenyReasons",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetQuoteDenyReasons",
    results=(Param("response", "Response", LIST_OF_QUOTE_DENY_REASON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetQuoteDenyReasons",
)

GET_REASON_SOLD: Operation[ReasonSold | None] = Operation(
    "GetReasonSold",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetReasonSold",
    params=(Param("reason_sold_id", "ReasonSoldId", INT, query="reasonSoldId"),),
    results=(Param("response", "Response", REASON_SOLD_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetReasonSold",
)

GET_ALL_REASON_SOLD: Operation[list[ReasonSold | None] | None] = Operation(
    "GetAllReasonSold",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllReasonSold",
    results=(Param("response", "Response", LIST_OF_REASON_SOLD_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllReasonSold",
)

GET_REASON_SOLD_LIST: Operation[list[ReasonSold | None] | None] = Operation(
    "GetReasonSoldList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetReasonSoldList",
    params=(Param("reason_sold_ids", "ReasonSoldIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_REASON_SOLD_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetReasonSoldList",
    rest_body="reason_sold_ids",
)

GET_REASON_STALLED: Operation[ReasonStalled | None] = Operation(
    "GetReasonStalled",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetReasonStalled",
    params=(Param("reason_stalled_id", "ReasonStalledId", INT, query="reasonStalledId"),),
    results=(Param("response", "Response", REASON_STALLED_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetReasonStalled",
)

GET_ALL_REASON_STALLED: Operation[list[ReasonStalled | None] | None] = Operation(
    "GetAllReasonStalled",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllReasonStalled",
    results=(Param("response", "Response", LIST_OF_REASON_STALLED_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllReasonStalled",
)

GET_REASON_STALLED_LIST: Operation[list[ReasonStalled | None] | None] = Operation(
    "GetReasonStalledList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetReasonStalledList",
    params=(Param("reason_stalled_ids", "ReasonStalledIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_REASON_STALLED_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetReasonStalledList",
    rest_body="reason_stalled_ids",
)

GET_RELATION_DEFINITION_ENTITY: Operation[RelationDefinitionEntity | None] = Operation(
    "GetRelationDefinitionEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetRelationDefinitionEntity",
    params=(
        Param(
            "relation_definition_entity_id",
            "RelationDefinitionEntityId",
            INT,
            query="relationDefinitionEntityId",
        ),
    ),
    results=(Param("response", "Response", RELATION_DEFINITION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetRelationDefinitionEntity",
)

GET_RESOURCE_ENTITY: Operation[ResourceEntity | None] = Operation(
    "GetResourceEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetResourceEntity",
    params=(Param("resource_entity_id", "ResourceEntityId", INT, query="resourceEntityId"),),
    results=(Param("response", "Response", RESOURCE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetResourceEntity",
)

GET_CREDITEDS: Operation[list[Credited | None] | None] = Operation(
    "GetCrediteds",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCrediteds",
    results=(Param("response", "Response", LIST_OF_CREDITED_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCrediteds",
)

GET_CURRENCY: Operation[Currency | None] = Operation(
    "GetCurrency",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCurrency",
    params=(Param("currency_id", "CurrencyId", INT, query="currencyId"),),
    results=(Param("response", "Response", CURRENCY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCurrency",
)

GET_OUR_CURRENCY: Operation[Currency | None] = Operation(
    "GetOurCurrency",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetOurCurrency",
    results=(Param("response", "Response", CURRENCY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetOurCurrency",
)

CHANGE_CURRENCY: Operation[float | None] = Operation(
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

GET_OWNER_COMPANYS_CURRENCY: Operation[Currency | None] = Operation(
    "GetOwnerCompanysCurrency",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetOwnerCompanysCurrency",
    results=(Param("response", "Response", CURRENCY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetOwnerCompanysCurrency",
)

GET_CURRENCY_ENTITY: Operation[CurrencyEntity | None] = Operation(
    "GetCurrencyEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCurrencyEntity",
    params=(Param("currency_entity_id", "CurrencyEntityId", INT, query="currencyEntityId"),),
    results=(Param("response", "Response", CURRENCY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCurrencyEntity",
)

GET_BASE_CURRENCY: Operation[CurrencyEntity | None] = Operation(
    "GetBaseCurrency",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetBaseCurrency",
    results=(Param("response", "Response", CURRENCY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetBaseCurrency",
)

GET_CURRENCY_LIST: Operation[list[Currency | None] | None] = Operation(
    "GetCurrencyList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCurrencyList",
    params=(Param("currency_ids", "CurrencyIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_CURRENCY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCurrencyList",
    rest_body="currency_ids",
)

GET_CURRENCIES: Operation[list[Currency | None] | None] = Operation(
    "GetCurrencies",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCurrencies",
    results=(Param("response", "Response", LIST_OF_CURRENCY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCurrencies",
)

GET_ALL_CURRENCIES: Operation[list[CurrencyEntity | None] | None] = Operation(
    "GetAllCurrencies",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllCurrencies",
    params=(Param("include_deleted", "IncludeDeleted", BOOL),),
    results=(Param("response", "Response", LIST_OF_CURRENCY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllCurrencies",
)

GET_CUSTOMER_LANGUAGE: Operation[CustomerLanguage | None] = Operation(
    "GetCustomerLanguage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCustomerLanguage",
    params=(Param("customer_language_id", "CustomerLanguageId", INT, query="customerLanguageId"),),
    results=(Param("response", "Response", CUSTOMER_LANGUAGE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCustomerLanguage",
)

GET_CUSTOMER_LANGUAGE_LIST: Operation[list[CustomerLanguage | None] | None] = Operation(
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

GET_CUSTOMER_LANGUAGES: Operation[list[CustomerLanguage | None] | None] = Operation(
    "GetCustomerLanguages",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCustomerLanguages",
    results=(Param("response", "Response", LIST_OF_CUSTOMER_LANGUAGE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCustomerLanguages",
)

GET_DELIVERY_TERM: Operation[DeliveryTerm | None] = Operation(
    "GetDeliveryTerm",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDeliveryTerm",
    params=(Param("delivery_term_id", "DeliveryTermId", INT, query="deliveryTermId"),),
    results=(Param("response", "Response", DELIVERY_TERM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDeliveryTerm",
)

GET_DELIVERY_TERMS: Operation[list[DeliveryTerm | None] | None] = Operation(
    "GetDeliveryTerms",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDeliveryTerms",
    results=(Param("response", "Response", LIST_OF_DELIVERY_TERM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDeliveryTerms",
)

GET_DELIVERY_TYPE: Operation[DeliveryType | None] = Operation(
    "GetDeliveryType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDeliveryType",
    params=(Param("delivery_type_id", "DeliveryTypeId", INT, query="deliveryTypeId"),),
    results=(Param("response", "Response", DELIVERY_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDeliveryType",
)

GET_DELIVERY_TYPES: Operation[list[DeliveryType | None] | None] = Operation(
    "GetDeliveryTypes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDeliveryTypes",
    results=(Param("response", "Response", LIST_OF_DELIVERY_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDeliveryTypes",
)

GET_DEPARTMENT: Operation[Department | None] = Operation(
    "GetDepartment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDepartment",
    params=(Param("department_id", "DepartmentId", INT, query="departmentId"),),
    results=(Param("response", "Response", DEPARTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDepartment",
)

GET_DEPARTMENT_LIST: Operation[list[Department | None] | None] = Operation(
    "GetDepartmentList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDepartmentList",
    params=(Param("department_ids", "DepartmentIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_DEPARTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDepartmentList",
    rest_body="department_ids",
)

GET_DEPARTMENTS: Operation[list[Department | None] | None] = Operation(
    "GetDepartments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDepartments",
    results=(Param("response", "Response", LIST_OF_DEPARTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDepartments",
)

GET_DOCUMENT_TEMPLATE: Operation[DocumentTemplate | None] = Operation(
    "GetDocumentTemplate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDocumentTemplate",
    params=(Param("document_template_id", "DocumentTemplateId", INT, query="documentTemplateId"),),
    results=(Param("response", "Response", DOCUMENT_TEMPLATE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDocumentTemplate",
)

GET_DOCUMENT_TEMPLATE_ENTITY: Operation[DocumentTemplateEntity | None] = Operation(
    "GetDocumentTemplateEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDocumentTemplateEntity",
    params=(
        Param(
            "document_template_entity_id",
            "DocumentTemplateEntityId",
            INT,
            query="documentTemplateEntityId",
        ),
    ),
    results=(Param("response", "Response", DOCUMENT_TEMPLATE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDocumentTemplateEntity",
)

SET_DOCUMENT_TEMPLATE_STREAM: Operation[DocumentTemplateEntity | None] = Operation(
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

GET_DOCUMENT_TEMPLATE_USED_IN_SALES_STAGE: Operation[list[str | None] | None] = Operation(
    "GetDocumentTemplateUsedInSalesStage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDocumentTemplateUsedInSalesStage",
    params=(Param("document_template_id", "DocumentTemplateId", INT),),
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDocumentTemplateUsedInSalesStage",
)

GET_DOCUMENT_TEMPLATE_USED_IN_PROJECT_STAGE: Operation[list[str | None] | None] = Operation(
    "GetDocumentTemplateUsedInProjectStage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDocumentTemplateUsedInProjectStage",
    params=(Param("document_template_id", "DocumentTemplateId", INT),),
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDocumentTemplateUsedInProjectStage",
)

GET_DOCUMENT_TEMPLATE_URL: Operation[str | None] = Operation(
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

GET_DOCUMENT_TEMPLATE_PROPERTIES: Operation[dict[str, str | None] | None] = Operation(
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

GET_DOCUMENT_TEMPLATE_LANGUAGES: Operation[list[str | None] | None] = Operation(
    "GetDocumentTemplateLanguages",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDocumentTemplateLanguages",
    params=(Param("document_template_id", "DocumentTemplateId", INT),),
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDocumentTemplateLanguages",
)

CREATE_DEFAULT_DOCUMENT_TEMPLATE_LANGUAGE: Operation[None] = Operation(
    "CreateDefaultDocumentTemplateLanguage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultDocumentTemplateLanguage",
    params=(
        Param("document_template_id", "DocumentTemplateId", INT),
        Param("language_code", "LanguageCode", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/CreateDefaultDocumentTemplateLanguage",
)

DELETE_DOCUMENT_TEMPLATE_LANGUAGE: Operation[None] = Operation(
    "DeleteDocumentTemplateLanguage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteDocumentTemplateLanguage",
    params=(
        Param("document_template_id", "DocumentTemplateId", INT),
        Param("language_code", "LanguageCode", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/DeleteDocumentTemplateLanguage",
)

GET_DOCUMENT_TEMPLATE_EXTENSION: Operation[str | None] = Operation(
    "GetDocumentTemplateExtension",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDocumentTemplateExtension",
    params=(Param("document_template_id", "DocumentTemplateId", INT),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDocumentTemplateExtension",
)

SET_DOCUMENT_TEMPLATE_FROM_DOCUMENT_TEMPLATE: Operation[DocumentTemplateEntity | None] = Operation(
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

GET_DOCUMENT_TEMPLATE_STREAM_FROM_ID: Operation[bytes | None] = Operation(
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

SAVE_DOCUMENT_TEMPLATE_STREAM: Operation[TemplateInfo | None] = Operation(
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

GET_PLUGIN_LIST: Operation[dict[str, str | None] | None] = Operation(
    "GetPluginList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetPluginList",
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetPluginList",
)

GET_PLUGIN_CAPABILITIES: Operation[dict[str, str | None] | None] = Operation(
    "GetPluginCapabilities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetPluginCapabilities",
    params=(Param("plugin_id", "PluginId", INT),),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetPluginCapabilities",
)

GET_DOCUMENT_TYPES_FOR_PLUGIN: Operation[dict[int, str | None] | None] = Operation(
    "GetDocumentTypesForPlugin",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDocumentTypesForPlugin",
    params=(Param("plugin_id", "PluginId", INT),),
    results=(Param("response", "Response", INT_STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDocumentTypesForPlugin",
)

GET_DOCUMENT_TEMPLATE_LIST: Operation[list[DocumentTemplate | None] | None] = Operation(
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

GET_DOCUMENT_TEMPLATES: Operation[list[DocumentTemplate | None] | None] = Operation(
    "GetDocumentTemplates",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetDocumentTemplates",
    results=(Param("response", "Response", LIST_OF_DOCUMENT_TEMPLATE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetDocumentTemplates",
)

GET_ALL_DOCUMENT_TEMPLATES: Operation[list[DocumentTemplateEntity | None] | None] = Operation(
    "GetAllDocumentTemplates",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllDocumentTemplates",
    params=(Param("include_deleted", "IncludeDeleted", BOOL),),
    results=(
        Param("response", "Response", LIST_OF_DOCUMENT_TEMPLATE_ENTITY_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/GetAllDocumentTemplates",
)

SET_DOCUMENT_PLUGIN_FOR_ALL_DOCUMENT_TEMPLATES: Operation[None] = Operation(
    "SetDocumentPluginForAllDocumentTemplates",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetDocumentPluginForAllDocumentTemplates",
    params=(Param("document_plugin_id", "DocumentPluginId", INT),),
    rest_path="/api/v1/Agents/List/SetDocumentPluginForAllDocumentTemplates",
)

GET_EXT_APP_ENTITY: Operation[ExtAppEntity | None] = Operation(
    "GetExtAppEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetExtAppEntity",
    params=(Param("ext_app_entity_id", "ExtAppEntityId", INT, query="extAppEntityId"),),
    results=(Param("response", "Response", EXT_APP_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetExtAppEntity",
)

GET_HEADING_ENTITY: Operation[HeadingEntity | None] = Operation(
    "GetHeadingEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetHeadingEntity",
    params=(Param("heading_entity_id", "HeadingEntityId", INT, query="headingEntityId"),),
    results=(Param("response", "Response", HEADING_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetHeadingEntity",
)

CREATE_DEFAULT_HEADING_FROM_LIST_DEFINITION: Operation[HeadingEntity | None] = Operation(
    "CreateDefaultHeadingFromListDefinition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultHeadingFromListDefinition",
    params=(Param("ud_list_definition_id", "UdListDefinitionId", INT),),
    results=(Param("response", "Response", HEADING_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultHeadingFromListDefinition",
)

GET_HIERARCHY_ENTITY: Operation[HierarchyEntity | None] = Operation(
    "GetHierarchyEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetHierarchyEntity",
    params=(Param("hierarchy_entity_id", "HierarchyEntityId", INT, query="hierarchyEntityId"),),
    results=(Param("response", "Response", HIERARCHY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetHierarchyEntity",
)

GET_ALL_DOMAINS: Operation[list[Domain | str] | None] = Operation(
    "GetAllDomains",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllDomains",
    results=(Param("response", "Response", LIST_OF_DOMAIN_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllDomains",
)

GET_ALL_IN_DOMAIN: Operation[list[HierarchyEntity | None] | None] = Operation(
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

GET_HIERARCHY_FROM_PATH: Operation[HierarchyEntity | None] = Operation(
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

ADD_HIERARCHY_TO_PATH: Operation[HierarchyEntity | None] = Operation(
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

UPDATE_HIERARCHY_FROM_PATH: Operation[HierarchyEntity | None] = Operation(
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

DELETE_HIERARCHY_FROM_PATH: Operation[None] = Operation(
    "DeleteHierarchyFromPath",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteHierarchyFromPath",
    params=(
        Param("domain", "Domain", DOMAIN_CODEC),
        Param("path", "Path", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/DeleteHierarchyFromPath",
)

GET_LANGUAGE_INFO: Operation[LanguageInfo | None] = Operation(
    "GetLanguageInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetLanguageInfo",
    params=(Param("language_info_id", "LanguageInfoId", INT, query="languageInfoId"),),
    results=(Param("response", "Response", LANGUAGE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetLanguageInfo",
)

GET_LANGUAGE_INFO_LIST: Operation[list[LanguageInfo | None] | None] = Operation(
    "GetLanguageInfoList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetLanguageInfoList",
    params=(Param("language_info_ids", "LanguageInfoIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_LANGUAGE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetLanguageInfoList",
    rest_body="language_info_ids",
)

GET_INSTALLED_LANGUAGES: Operation[list[LanguageInfo | None] | None] = Operation(
    "GetInstalledLanguages",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetInstalledLanguages",
    results=(Param("response", "Response", LIST_OF_LANGUAGE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetInstalledLanguages",
)

GET_LEGAL_BASE: Operation[LegalBase | None] = Operation(
    "GetLegalBase",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetLegalBase",
    params=(Param("legal_base_id", "LegalBaseId", INT, query="legalBaseId"),),
    results=(Param("response", "Response", LEGAL_BASE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetLegalBase",
)

SAVE_LEGAL_BASE: Operation[LegalBase | None] = Operation(
    "SaveLegalBase",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveLegalBase",
    params=(Param("legal_base", "LegalBase", LEGAL_BASE_CODEC, nillable=True),),
    results=(Param("response", "Response", LEGAL_BASE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveLegalBase",
)

GET_ALL_LEGAL_BASE: Operation[list[LegalBase | None] | None] = Operation(
    "GetAllLegalBase",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllLegalBase",
    results=(Param("response", "Response", LIST_OF_LEGAL_BASE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllLegalBase",
)

GET_LEGAL_BASE_LIST: Operation[list[LegalBase | None] | None] = Operation(
    "GetLegalBaseList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetLegalBaseList",
    params=(Param("legal_base_ids", "LegalBaseIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_LEGAL_BASE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetLegalBaseList",
    rest_body="legal_base_ids",
)

GET_LEGAL_BASES: Operation[list[LegalBase | None] | None] = Operation(
    "GetLegalBases",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetLegalBases",
    results=(Param("response", "Response", LIST_OF_LEGAL_BASE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetLegalBases",
)

GET_LINK: Operation[Link | None] = Operation(
    "GetLink",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetLink",
    params=(Param("link_id", "LinkId", INT, query="linkId"),),
    results=(Param("response", "Response", LINK_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetLink",
)

GET_LINK_LIST: Operation[list[Link | None] | None] = Operation(
    "GetLinkList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetLinkList",
    params=(Param("link_ids", "LinkIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_LINK_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetLinkList",
    rest_body="link_ids",
)

GET_LIST_ENTITY: Operation[ListEntity | None] = Operation(
    "GetListEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetListEntity",
    params=(Param("list_entity_id", "ListEntityId", INT, query="listEntityId"),),
    results=(Param("response", "Response", LIST_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetListEntity",
)

GET_LIST_DEFINITIONS: Operation[list[ListEntity | None] | None] = Operation(
    "GetListDefinitions",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetListDefinitions",
    params=(Param("include_deleted", "IncludeDeleted", BOOL),),
    results=(Param("response", "Response", LIST_OF_LIST_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetListDefinitions",
)

GET_LIST_ENTITY_BY_NAME: Operation[ListEntity | None] = Operation(
    "GetListEntityByName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetListEntityByName",
    params=(Param("name", "Name", STR, nillable=True),),
    results=(Param("response", "Response", LIST_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetListEntityByName",
)

SAVE_LIST_ENTITY_BY_NAME: Operation[ListEntity | None] = Operation(
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

DELETE_LIST_ENTITY_BY_NAME: Operation[None] = Operation(
    "DeleteListEntityByName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteListEntityByName",
    params=(Param("name", "Name", STR, nillable=True),),
    rest_path="/api/v1/Agents/List/DeleteListEntityByName",
)

SAVE_LIST_ITEM_ENTITY: Operation[ListItemEntity | None] = Operation(
    "SaveListItemEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveListItemEntity",
    params=(Param("list_item_entity", "ListItemEntity", LIST_ITEM_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_ITEM_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveListItemEntity",
)

SORT_LIST_ITEMS: Operation[None] = Operation(
    "SortListItems",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SortListItems",
    params=(
        Param("ud_list_definition_id", "UdListDefinitionId", INT),
        Param("culture_name", "CultureName", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/List/SortListItems",
)

MOVE_LIST_ITEM: Operation[None] = Operation(
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

GET_VISIBLE_FOR_USER_GROUPS: Operation[list[SelectableMDOListItem | None] | None] = Operation(
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

GET_VISIBLE_FOR_USER_GROUPS_FROM_LIST_NAME: Operation[
    list[SelectableMDOListItem | None] | None
] = Operation(
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

SET_VISIBLE_FOR_USER_GROUPS: Operation[list[SelectableMDOListItem | None] | None] = Operation(
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

SET_VISIBLE_FOR_USER_GROUPS_FROM_LIST_NAME: Operation[
    list[SelectableMDOListItem | None] | None
] = Operation(
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

SET_VISIBLE_FOR_USER_GROUP: Operation[None] = Operation(
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

GET_LIST_ITEMS_FOR_USER_GROUP: Operation[list[SelectableMDOListItem | None] | None] = Operation(
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

GET_LIST_ITEMS_FOR_USER_GROUP_FROM_LIST_NAME: Operation[
    list[SelectableMDOListItem | None] | None
] = Operation(
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

SET_LIST_ITEMS_FOR_USER_GROUP: Operation[None] = Operation(
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

SET_LIST_ITEMS_FOR_USER_GROUP_FROM_LIST_NAME: Operation[None] = Operation(
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

GET_HEADINGS: Operation[list[SelectableMDOListItem | None] | None] = Operation(
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

GET_HEADINGS_FOR_LIST_ITEM_FROM_LIST_NAME: Operation[list[SelectableMDOListItem | None] | None] = (
    Operation(
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
)

SAVE_HEADINGS_FOR_LIST_ITEM_FROM_LIST_DEFINITION: Operation[
    list[SelectableMDOListItem | None] | None
] = Operation(
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

SAVE_HEADINGS_FOR_LIST_ITEM_FROM_LIST_NAME: Operation[
    list[SelectableMDOListItem | None] | None
] = Operation(
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

GET_LIST_ITEMS_FOR_HEADING: Operation[list[SelectableMDOListItem | None] | None] = Operation(
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

GET_LIST_ITEMS_FOR_HEADING_FROM_LIST_NAME: Operation[list[SelectableMDOListItem | None] | None] = (
    Operation(
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
)

SET_LIST_ITEMS_FOR_HEADING: Operation[None] = Operation(
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

CREATE_DEFAULT_AMOUNT_CLASS_ENTITY: Operation[AmountClassEntity | None] = Operation(
    "CreateDefaultAmountClassEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultAmountClassEntity",
    results=(Param("response", "Response", AMOUNT_CLASS_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultAmountClassEntity",
    rest_select=False,
)

SAVE_AMOUNT_CLASS_ENTITY: Operation[AmountClassEntity | None] = Operation(
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
    rest_select=False,
)

CREATE_DEFAULT_CATEGORY_ENTITY: Operation[CategoryEntity | None] = Operation(
    "CreateDefaultCategoryEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultCategoryEntity",
    results=(Param("response", "Response", CATEGORY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultCategoryEntity",
    rest_select=False,
)

SAVE_CATEGORY_ENTITY: Operation[CategoryEntity | None] = Operation(
    "SaveCategoryEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveCategoryEntity",
    params=(Param("category_entity", "CategoryEntity", CATEGORY_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", CATEGORY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveCategoryEntity",
    rest_body="category_entity",
    rest_select=False,
)

CREATE_DEFAULT_TASK_MENU: Operation[TaskMenu | None] = Operation(
    "CreateDefaultTaskMenu",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultTaskMenu",
    results=(Param("response", "Response", TASK_MENU_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultTaskMenu",
    rest_select=False,
)

SAVE_TASK_MENU: Operation[TaskMenu | None] = Operation(
    "SaveTaskMenu",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveTaskMenu",
    params=(Param("task_menu", "TaskMenu", TASK_MENU_CODEC, nillable=True),),
    results=(Param("response", "Response", TASK_MENU_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveTaskMenu",
    rest_body="task_menu",
    rest_select=False,
)

DELETE_TASK_MENU: Operation[None] = Operation(
    "DeleteTaskMenu",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteTaskMenu",
    params=(Param("task_menu_id", "TaskMenuId", INT, query="taskMenuId"),),
    rest_path="/api/v1/Agents/List/DeleteTaskMenu",
    rest_select=False,
)

CREATE_DEFAULT_CURRENCY_ENTITY: Operation[CurrencyEntity | None] = Operation(
    "CreateDefaultCurrencyEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultCurrencyEntity",
    results=(Param("response", "Response", CURRENCY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultCurrencyEntity",
    rest_select=False,
)

SAVE_CURRENCY_ENTITY: Operation[CurrencyEntity | None] = Operation(
    "SaveCurrencyEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveCurrencyEntity",
    params=(Param("currency_entity", "CurrencyEntity", CURRENCY_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", CURRENCY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveCurrencyEntity",
    rest_body="currency_entity",
    rest_select=False,
)

CREATE_DEFAULT_DOCUMENT_TEMPLATE_ENTITY: Operation[DocumentTemplateEntity | None] = Operation(
    "CreateDefaultDocumentTemplateEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultDocumentTemplateEntity",
    results=(Param("response", "Response", DOCUMENT_TEMPLATE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultDocumentTemplateEntity",
    rest_select=False,
)

SAVE_DOCUMENT_TEMPLATE_ENTITY: Operation[DocumentTemplateEntity | None] = Operation(
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
    rest_select=False,
)

CREATE_DEFAULT_EXT_APP_ENTITY: Operation[ExtAppEntity | None] = Operation(
    "CreateDefaultExtAppEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultExtAppEntity",
    results=(Param("response", "Response", EXT_APP_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultExtAppEntity",
    rest_select=False,
)

SAVE_EXT_APP_ENTITY: Operation[ExtAppEntity | None] = Operation(
    "SaveExtAppEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveExtAppEntity",
    params=(Param("ext_app_entity", "ExtAppEntity", EXT_APP_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", EXT_APP_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveExtAppEntity",
    rest_body="ext_app_entity",
    rest_select=False,
)

CREATE_DEFAULT_HEADING_ENTITY: Operation[HeadingEntity | None] = Operation(
    "CreateDefaultHeadingEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultHeadingEntity",
    results=(Param("response", "Response", HEADING_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultHeadingEntity",
    rest_select=False,
)

SAVE_HEADING_ENTITY: Operation[HeadingEntity | None] = Operation(
    "SaveHeadingEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveHeadingEntity",
    params=(Param("heading_entity", "HeadingEntity", HEADING_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", HEADING_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveHeadingEntity",
    rest_body="heading_entity",
    rest_select=False,
)

CREATE_DEFAULT_HIERARCHY_ENTITY: Operation[HierarchyEntity | None] = Operation(
    "CreateDefaultHierarchyEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultHierarchyEntity",
    results=(Param("response", "Response", HIERARCHY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultHierarchyEntity",
    rest_select=False,
)

SAVE_HIERARCHY_ENTITY: Operation[HierarchyEntity | None] = Operation(
    "SaveHierarchyEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveHierarchyEntity",
    params=(Param("hierarchy_entity", "HierarchyEntity", HIERARCHY_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", HIERARCHY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveHierarchyEntity",
    rest_body="hierarchy_entity",
    rest_select=False,
)

DELETE_HIERARCHY_ENTITY: Operation[None] = Operation(
    "DeleteHierarchyEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteHierarchyEntity",
    params=(Param("hierarchy_entity_id", "HierarchyEntityId", INT, query="hierarchyEntityId"),),
    rest_path="/api/v1/Agents/List/DeleteHierarchyEntity",
    rest_select=False,
)

CREATE_DEFAULT_LIST_ENTITY: Operation[ListEntity | None] = Operation(
    "CreateDefaultListEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultListEntity",
    results=(Param("response", "Response", LIST_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultListEntity",
    rest_select=False,
)

SAVE_LIST_ENTITY: Operation[ListEntity | None] = Operation(
    "SaveListEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveListEntity",
    params=(Param("list_entity", "ListEntity", LIST_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveListEntity",
    rest_body="list_entity",
    rest_select=False,
)

DELETE_LIST_ENTITY: Operation[None] = Operation(
    "DeleteListEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteListEntity",
    params=(Param("list_entity_id", "ListEntityId", INT, query="listEntityId"),),
    rest_path="/api/v1/Agents/List/DeleteListEntity",
    rest_select=False,
)

CREATE_DEFAULT_LIST_ITEM_ENTITY: Operation[ListItemEntity | None] = Operation(
    "CreateDefaultListItemEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultListItemEntity",
    results=(Param("response", "Response", LIST_ITEM_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultListItemEntity",
    rest_select=False,
)

CREATE_DEFAULT_PROJECT_TYPE_ENTITY: Operation[ProjectTypeEntity | None] = Operation(
    "CreateDefaultProjectTypeEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultProjectTypeEntity",
    results=(Param("response", "Response", PROJECT_TYPE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultProjectTypeEntity",
    rest_select=False,
)

SAVE_PROJECT_TYPE_ENTITY: Operation[ProjectTypeEntity | None] = Operation(
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
    rest_select=False,
)

CREATE_DEFAULT_RELATION_DEFINITION_ENTITY: Operation[RelationDefinitionEntity | None] = Operation(
    "CreateDefaultRelationDefinitionEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultRelationDefinitionEntity",
    results=(Param("response", "Response", RELATION_DEFINITION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultRelationDefinitionEntity",
    rest_select=False,
)

SAVE_RELATION_DEFINITION_ENTITY: Operation[RelationDefinitionEntity | None] = Operation(
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
    rest_select=False,
)

CREATE_DEFAULT_RESOURCE_ENTITY: Operation[ResourceEntity | None] = Operation(
    "CreateDefaultResourceEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultResourceEntity",
    results=(Param("response", "Response", RESOURCE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultResourceEntity",
    rest_select=False,
)

SAVE_RESOURCE_ENTITY: Operation[ResourceEntity | None] = Operation(
    "SaveResourceEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveResourceEntity",
    params=(Param("resource_entity", "ResourceEntity", RESOURCE_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", RESOURCE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveResourceEntity",
    rest_body="resource_entity",
    rest_select=False,
)

DELETE_RESOURCE_ENTITY: Operation[None] = Operation(
    "DeleteResourceEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteResourceEntity",
    params=(Param("resource_entity_id", "ResourceEntityId", INT, query="resourceEntityId"),),
    rest_path="/api/v1/Agents/List/DeleteResourceEntity",
    rest_select=False,
)

CREATE_DEFAULT_SALE_STAGE_ENTITY: Operation[SaleStageEntity | None] = Operation(
    "CreateDefaultSaleStageEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultSaleStageEntity",
    results=(Param("response", "Response", SALE_STAGE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultSaleStageEntity",
    rest_select=False,
)

SAVE_SALE_STAGE_ENTITY: Operation[SaleStageEntity | None] = Operation(
    "SaveSaleStageEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveSaleStageEntity",
    params=(
        Param("sale_stage_entity", "SaleStageEntity", SALE_STAGE_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", SALE_STAGE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveSaleStageEntity",
    rest_body="sale_stage_entity",
    rest_select=False,
)

CREATE_DEFAULT_SALE_TYPE_ENTITY: Operation[SaleTypeEntity | None] = Operation(
    "CreateDefaultSaleTypeEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultSaleTypeEntity",
    results=(Param("response", "Response", SALE_TYPE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultSaleTypeEntity",
    rest_select=False,
)

SAVE_SALE_TYPE_ENTITY: Operation[SaleTypeEntity | None] = Operation(
    "SaveSaleTypeEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveSaleTypeEntity",
    params=(Param("sale_type_entity", "SaleTypeEntity", SALE_TYPE_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", SALE_TYPE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveSaleTypeEntity",
    rest_body="sale_type_entity",
    rest_select=False,
)

CREATE_DEFAULT_TICKET_CATEGORY_ENTITY: Operation[TicketCategoryEntity | None] = Operation(
    "CreateDefaultTicketCategoryEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultTicketCategoryEntity",
    results=(Param("response", "Response", TICKET_CATEGORY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultTicketCategoryEntity",
    rest_select=False,
)

SAVE_TICKET_CATEGORY_ENTITY: Operation[TicketCategoryEntity | None] = Operation(
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
    rest_select=False,
)

DELETE_TICKET_CATEGORY_ENTITY: Operation[None] = Operation(
    "DeleteTicketCategoryEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteTicketCategoryEntity",
    params=(
        Param(
            "ticket_category_entity_id",
            "TicketCategoryEntityId",
            INT,
            query="ticketCategoryEntityId",
        ),
    ),
    rest_path="/api/v1/Agents/List/DeleteTicketCategoryEntity",
    rest_select=False,
)

CREATE_DEFAULT_TICKET_PRIORITY_ENTITY: Operation[TicketPriorityEntity | None] = Operation(
    "CreateDefaultTicketPriorityEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultTicketPriorityEntity",
    results=(Param("response", "Response", TICKET_PRIORITY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultTicketPriorityEntity",
    rest_select=False,
)

SAVE_TICKET_PRIORITY_ENTITY: Operation[TicketPriorityEntity | None] = Operation(
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
    rest_select=False,
)

DELETE_TICKET_PRIORITY_ENTITY: Operation[None] = Operation(
    "DeleteTicketPriorityEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteTicketPriorityEntity",
    params=(
        Param(
            "ticket_priority_entity_id",
            "TicketPriorityEntityId",
            INT,
            query="ticketPriorityEntityId",
        ),
    ),
    rest_path="/api/v1/Agents/List/DeleteTicketPriorityEntity",
    rest_select=False,
)

CREATE_DEFAULT_TICKET_STATUS_ENTITY: Operation[TicketStatusEntity | None] = Operation(
    "CreateDefaultTicketStatusEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultTicketStatusEntity",
    results=(Param("response", "Response", TICKET_STATUS_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultTicketStatusEntity",
    rest_select=False,
)

SAVE_TICKET_STATUS_ENTITY: Operation[TicketStatusEntity | None] = Operation(
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
    rest_select=False,
)

DELETE_TICKET_STATUS_ENTITY: Operation[None] = Operation(
    "DeleteTicketStatusEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteTicketStatusEntity",
    params=(
        Param(
            "ticket_status_entity_id", "TicketStatusEntityId", INT, query="ticketStatusEntityId"
        ),
    ),
    rest_path="/api/v1/Agents/List/DeleteTicketStatusEntity",
    rest_select=False,
)

CREATE_DEFAULT_TICKET_TYPE_ENTITY: Operation[TicketTypeEntity | None] = Operation(
    "CreateDefaultTicketTypeEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultTicketTypeEntity",
    results=(Param("response", "Response", TICKET_TYPE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultTicketTypeEntity",
    rest_select=False,
)

SAVE_TICKET_TYPE_ENTITY: Operation[TicketTypeEntity | None] = Operation(
    "SaveTicketTypeEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveTicketTypeEntity",
    params=(
        Param("ticket_type_entity", "TicketTypeEntity", TICKET_TYPE_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", TICKET_TYPE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveTicketTypeEntity",
    rest_body="ticket_type_entity",
    rest_select=False,
)

DELETE_TICKET_TYPE_ENTITY: Operation[None] = Operation(
    "DeleteTicketTypeEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteTicketTypeEntity",
    params=(
        Param("ticket_type_entity_id", "TicketTypeEntityId", INT, query="ticketTypeEntityId"),
    ),
    rest_path="/api/v1/Agents/List/DeleteTicketTypeEntity",
    rest_select=False,
)

CREATE_DEFAULT_WEB_PANEL_ENTITY: Operation[WebPanelEntity | None] = Operation(
    "CreateDefaultWebPanelEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultWebPanelEntity",
    results=(Param("response", "Response", WEB_PANEL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultWebPanelEntity",
    rest_select=False,
)

SAVE_WEB_PANEL_ENTITY: Operation[WebPanelEntity | None] = Operation(
    "SaveWebPanelEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveWebPanelEntity",
    params=(Param("web_panel_entity", "WebPanelEntity", WEB_PANEL_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", WEB_PANEL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveWebPanelEntity",
    rest_body="web_panel_entity",
    rest_select=False,
)

GET_AMOUNT_CLASS_ENTITY: Operation[AmountClassEntity | None] = Operation(
    "GetAmountClassEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAmountClassEntity",
    params=(
        Param("amount_class_entity_id", "AmountClassEntityId", INT, query="amountClassEntityId"),
    ),
    results=(Param("response", "Response", AMOUNT_CLASS_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAmountClassEntity",
)

SAVE_ALL_AUTOMATED_CATEGORY_UPDATES: Operation[list[AutomatedCategoryUpdate | None] | None] = (
    Operation(
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
)

GET_ALL_AUTOMATED_CATEGORY_UPDATES: Operation[list[AutomatedCategoryUpdate | None] | None] = (
    Operation(
        "GetAllAutomatedCategoryUpdates",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllAutomatedCategoryUpdates",
        results=(
            Param("response", "Response", LIST_OF_AUTOMATED_CATEGORY_UPDATE_CODEC, nillable=True),
        ),
    )
)

GET_NEED_CATEGORY_UPDATE_FOR_SALE: Operation[AutomatedCategoryUpdate | None] = Operation(
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

GET_NEED_CATEGORY_UPDATE_FOR_PERSON: Operation[AutomatedCategoryUpdate | None] = Operation(
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

GET_BUSINESS: Operation[Business | None] = Operation(
    "GetBusiness",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetBusiness",
    params=(Param("business_id", "BusinessId", INT, query="businessId"),),
    results=(Param("response", "Response", BUSINESS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetBusiness",
)

GET_BUSINESS_LIST: Operation[list[Business | None] | None] = Operation(
    "GetBusinessList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetBusinessList",
    params=(Param("business_ids", "BusinessIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_BUSINESS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetBusinessList",
    rest_body="business_ids",
)

GET_BUSINESSES: Operation[list[Business | None] | None] = Operation(
    "GetBusinesses",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetBusinesses",
    results=(Param("response", "Response", LIST_OF_BUSINESS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetBusinesses",
)

GET_CATEGORY: Operation[Category | None] = Operation(
    "GetCategory",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCategory",
    params=(Param("category_id", "CategoryId", INT, query="categoryId"),),
    results=(Param("response", "Response", CATEGORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCategory",
)

GET_CATEGORY_ENTITY: Operation[CategoryEntity | None] = Operation(
    "GetCategoryEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCategoryEntity",
    params=(Param("category_entity_id", "CategoryEntityId", INT, query="categoryEntityId"),),
    results=(Param("response", "Response", CATEGORY_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCategoryEntity",
)

GET_CATEGORY_LIST: Operation[list[Category | None] | None] = Operation(
    "GetCategoryList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCategoryList",
    params=(Param("category_ids", "CategoryIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_CATEGORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCategoryList",
    rest_body="category_ids",
)

GET_CATEGORIES: Operation[list[Category | None] | None] = Operation(
    "GetCategories",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCategories",
    results=(Param("response", "Response", LIST_OF_CATEGORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCategories",
)

GET_COMPETITOR: Operation[Competitor | None] = Operation(
    "GetCompetitor",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCompetitor",
    params=(Param("competitor_id", "CompetitorId", INT, query="competitorId"),),
    results=(Param("response", "Response", COMPETITOR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCompetitor",
)

GET_COMPETITOR_LIST: Operation[list[Competitor | None] | None] = Operation(
    "GetCompetitorList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCompetitorList",
    params=(Param("competitor_ids", "CompetitorIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_COMPETITOR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCompetitorList",
    rest_body="competitor_ids",
)

GET_COMPETITORS: Operation[list[Competitor | None] | None] = Operation(
    "GetCompetitors",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCompetitors",
    results=(Param("response", "Response", LIST_OF_COMPETITOR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCompetitors",
)

GET_TASK_MENU: Operation[TaskMenu | None] = Operation(
    "GetTaskMenu",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTaskMenu",
    params=(Param("task_menu_id", "TaskMenuId", INT, query="taskMenuId"),),
    results=(Param("response", "Response", TASK_MENU_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTaskMenu",
)

GET_APP_TASK_MENUS: Operation[list[TaskMenu | None] | None] = Operation(
    "GetAppTaskMenus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAppTaskMenus",
    results=(Param("response", "Response", LIST_OF_TASK_MENU_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAppTaskMenus",
)

DELETE_APP_TASK_MENUS: Operation[None] = Operation(
    "DeleteAppTaskMenus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/DeleteAppTaskMenus",
    rest_path="/api/v1/Agents/List/DeleteAppTaskMenus",
)

GET_TASK_MENU_BY_PROG_ID: Operation[TaskMenu | None] = Operation(
    "GetTaskMenuByProgId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetTaskMenuByProgId",
    params=(Param("prog_id", "ProgId", STR, nillable=True),),
    results=(Param("response", "Response", TASK_MENU_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetTaskMenuByProgId",
)

GET_CONSENT_PURPOSE: Operation[ConsentPurpose | None] = Operation(
    "GetConsentPurpose",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetConsentPurpose",
    params=(Param("consent_purpose_id", "ConsentPurposeId", INT, query="consentPurposeId"),),
    results=(Param("response", "Response", CONSENT_PURPOSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetConsentPurpose",
)

SAVE_CONSENT_PURPOSE: Operation[ConsentPurpose | None] = Operation(
    "SaveConsentPurpose",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveConsentPurpose",
    params=(Param("consent_purpose", "ConsentPurpose", CONSENT_PURPOSE_CODEC, nillable=True),),
    results=(Param("response", "Response", CONSENT_PURPOSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveConsentPurpose",
)

SET_EMARKETING_STRICT_MODE: Operation[None] = Operation(
    "SetEmarketingStrictMode",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SetEmarketingStrictMode",
    params=(Param("enable", "Enable", BOOL),),
    rest_path="/api/v1/Agents/List/SetEmarketingStrictMode",
)

GET_EMARKETING_STRICT_MODE: Operation[bool | None] = Operation(
    "GetEmarketingStrictMode",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetEmarketingStrictMode",
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/List/GetEmarketingStrictMode",
)

GET_CONSENT_PURPOSE_LIST: Operation[list[ConsentPurpose | None] | None] = Operation(
    "GetConsentPurposeList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetConsentPurposeList",
    params=(Param("consent_purpose_ids", "ConsentPurposeIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_CONSENT_PURPOSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetConsentPurposeList",
    rest_body="consent_purpose_ids",
)

GET_CONSENT_PURPOSES: Operation[list[ConsentPurpose | None] | None] = Operation(
    "GetConsentPurposes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetConsentPurposes",
    results=(Param("response", "Response", LIST_OF_CONSENT_PURPOSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetConsentPurposes",
)

GET_CONSENT_SOURCE: Operation[ConsentSource | None] = Operation(
    "GetConsentSource",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetConsentSource",
    params=(Param("consent_source_id", "ConsentSourceId", INT, query="consentSourceId"),),
    results=(Param("response", "Response", CONSENT_SOURCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetConsentSource",
)

SAVE_CONSENT_SOURCE: Operation[ConsentSource | None] = Operation(
    "SaveConsentSource",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveConsentSource",
    params=(Param("consent_source", "ConsentSource", CONSENT_SOURCE_CODEC, nillable=True),),
    results=(Param("response", "Response", CONSENT_SOURCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveConsentSource",
)

GET_ALL_CONSENT_SOURCE: Operation[list[ConsentSource | None] | None] = Operation(
    "GetAllConsentSource",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllConsentSource",
    results=(Param("response", "Response", LIST_OF_CONSENT_SOURCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllConsentSource",
)

GET_CONSENT_SOURCE_LIST: Operation[list[ConsentSource | None] | None] = Operation(
    "GetConsentSourceList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetConsentSourceList",
    params=(Param("consent_source_ids", "ConsentSourceIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_CONSENT_SOURCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetConsentSourceList",
    rest_body="consent_source_ids",
)

GET_CONSENT_SOURCES: Operation[list[ConsentSource | None] | None] = Operation(
    "GetConsentSources",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetConsentSources",
    results=(Param("response", "Response", LIST_OF_CONSENT_SOURCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetConsentSources",
)

GET_COUNTRY: Operation[Country | None] = Operation(
    "GetCountry",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCountry",
    params=(Param("country_id", "CountryId", INT, query="countryId"),),
    results=(Param("response", "Response", COUNTRY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCountry",
)

SAVE_COUNTRY: Operation[Country | None] = Operation(
    "SaveCountry",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/SaveCountry",
    params=(Param("country", "Country", COUNTRY_CODEC, nillable=True),),
    results=(Param("response", "Response", COUNTRY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/SaveCountry",
)

CREATE_DEFAULT_COUNTRY: Operation[Country | None] = Operation(
    "CreateDefaultCountry",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/CreateDefaultCountry",
    results=(Param("response", "Response", COUNTRY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/CreateDefaultCountry",
)

GET_COUNTRY_LIST: Operation[list[Country | None] | None] = Operation(
    "GetCountryList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCountryList",
    params=(Param("country_ids", "CountryIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_COUNTRY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCountryList",
    rest_body="country_ids",
)

GET_COUNTRIES: Operation[list[Country | None] | None] = Operation(
    "GetCountries",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCountries",
    results=(Param("response", "Response", LIST_OF_COUNTRY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCountries",
)

GET_ALL_COUNTRIES: Operation[list[Country | None] | None] = Operation(
    "GetAllCountries",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetAllCountries",
    params=(Param("include_deleted", "IncludeDeleted", BOOL),),
    results=(Param("response", "Response", LIST_OF_COUNTRY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetAllCountries",
)

GET_CREDITED: Operation[Credited | None] = Operation(
    "GetCredited",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCredited",
    params=(Param("credited_id", "CreditedId", INT, query="creditedId"),),
    results=(Param("response", "Response", CREDITED_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCredited",
)

GET_CREDITED_LIST: Operation[list[Credited | None] | None] = Operation(
    "GetCreditedList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/List/GetCreditedList",
    params=(Param("credited_ids", "CreditedIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_CREDITED_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/List/GetCreditedList",
    rest_body="credited_ids",
)

OPERATIONS: dict[str, Operation[Any]] = {
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


class ListMethods(SyncCalls):
    """The List operations, called synchronously (SOAP or REST)."""

    def get_sale_stage_entity(
        self, *, sale_stage_entity_id: int | Unset = UNSET
    ) -> SaleStageEntity | None:
        """Gets a SaleStageEntity object.

        Returns:
            The result.
        """
        return self._call(GET_SALE_STAGE_ENTITY, (sale_stage_entity_id,))

    def get_sale_type(self, *, sale_type_id: int | Unset = UNSET) -> SaleType | None:
        """Gets a SaleType object.

        Returns:
            The result.
        """
        return self._call(GET_SALE_TYPE, (sale_type_id,))

    def get_sale_type_entity(
        self, *, sale_type_entity_id: int | Unset = UNSET
    ) -> SaleTypeEntity | None:
        """Gets a SaleTypeEntity object.

        Returns:
            The result.
        """
        return self._call(GET_SALE_TYPE_ENTITY, (sale_type_entity_id,))

    def get_sale_type_list(
        self, *, sale_type_ids: list[int] | None | Unset = UNSET
    ) -> list[SaleType | None] | None:
        """Gets an array of SaleType objects.

        Returns:
            The result.
        """
        return self._call(GET_SALE_TYPE_LIST, (sale_type_ids,))

    def get_all_sale_type(self) -> list[SaleType | None] | None:
        """Returns all sale types as simple list items

        Returns:
            The result.
        """
        return self._call(GET_ALL_SALE_TYPE, ())

    def get_all_sale_type_entities(
        self, *, include_deleted: bool | Unset = UNSET
    ) -> list[SaleTypeEntity | None] | None:
        """Returns all sale types as entities with stakeholders, guide and quote properties

        Returns:
            The result.
        """
        return self._call(GET_ALL_SALE_TYPE_ENTITIES, (include_deleted,))

    def get_selection_category(
        self, *, selection_category_id: int | Unset = UNSET
    ) -> SelectionCategory | None:
        """Gets a SelectionCategory object.

        Returns:
            The result.
        """
        return self._call(GET_SELECTION_CATEGORY, (selection_category_id,))

    def get_all_selection_category(self) -> list[SelectionCategory | None] | None:
        """Gets an array of all SelectionCategory objects

        Returns:
            The result.
        """
        return self._call(GET_ALL_SELECTION_CATEGORY, ())

    def get_selection_category_list(
        self, *, selection_category_ids: list[int] | None | Unset = UNSET
    ) -> list[SelectionCategory | None] | None:
        """Gets an array of SelectionCategory objects.

        Returns:
            The result.
        """
        return self._call(GET_SELECTION_CATEGORY_LIST, (selection_category_ids,))

    def get_source(self, *, source_id: int | Unset = UNSET) -> Source | None:
        """Gets a Source object.

        Returns:
            The result.
        """
        return self._call(GET_SOURCE, (source_id,))

    def get_source_list(
        self, *, source_ids: list[int] | None | Unset = UNSET
    ) -> list[Source | None] | None:
        """Gets an array of Source objects.

        Returns:
            The result.
        """
        return self._call(GET_SOURCE_LIST, (source_ids,))

    def get_sources(self) -> list[Source | None] | None:
        """Returns all sources

        Returns:
            The result.
        """
        return self._call(GET_SOURCES, ())

    def get_task(self, *, task_id: int | Unset = UNSET) -> Task | None:
        """Gets a SoTask object.

        Returns:
            The result.
        """
        return self._call(GET_TASK, (task_id,))

    def get_document_template_task(
        self, *, document_template_id: int | Unset = UNSET
    ) -> Task | None:
        """Returns a Document Template list item as a TaskListItem.

        Returns:
            The result.
        """
        return self._call(GET_DOCUMENT_TEMPLATE_TASK, (document_template_id,))

    def get_task_list(
        self, *, so_task_ids: list[int] | None | Unset = UNSET
    ) -> list[Task | None] | None:
        """Gets an array of SoTask objects.

        Returns:
            The result.
        """
        return self._call(GET_TASK_LIST, (so_task_ids,))

    def get_tasks(self) -> list[Task | None] | None:
        """Returns all appointment tasks

        Returns:
            The result.
        """
        return self._call(GET_TASKS, ())

    def get_document_templates_tasks(self) -> list[Task | None] | None:
        """The appointment's task is a Document template item when the appointment is a
        document.

        Returns:
            The result.
        """
        return self._call(GET_DOCUMENT_TEMPLATES_TASKS, ())

    def get_all_tasks(
        self, *, include_deleted: bool | Unset = UNSET
    ) -> list[TaskListItem | None] | None:
        """Returns all appointment tasks

        Returns:
            The result.
        """
        return self._call(GET_ALL_TASKS, (include_deleted,))

    def get_ticket_category(
        self, *, ticket_category_id: int | Unset = UNSET
    ) -> TicketCategory | None:
        """Gets a TicketCategory object.

        Returns:
            The result.
        """
        return self._call(GET_TICKET_CATEGORY, (ticket_category_id,))

    def get_ticket_category_entity(
        self, *, ticket_category_entity_id: int | Unset = UNSET
    ) -> TicketCategoryEntity | None:
        """Gets a TicketCategoryEntity object.

        Returns:
            The result.
        """
        return self._call(GET_TICKET_CATEGORY_ENTITY, (ticket_category_entity_id,))

    def move_all_tickets(
        self,
        *,
        from_ticket_category_id: int | Unset = UNSET,
        to_ticket_category_id: int | Unset = UNSET,
    ) -> None:
        """Move all tickets from one ticket category to another"""
        return self._call(MOVE_ALL_TICKETS, (from_ticket_category_id, to_ticket_category_id))

    def rebuild_fullnames(self) -> None:
        """Update the fullname field of all categories."""
        return self._call(REBUILD_FULLNAMES, ())

    def get_ticket_category_list(
        self, *, ticket_category_entity_ids: list[int] | None | Unset = UNSET
    ) -> list[TicketCategoryEntity | None] | None:
        """Gets an array of TicketCategoryEntity objects.

        Returns:
            The result.
        """
        return self._call(GET_TICKET_CATEGORY_LIST, (ticket_category_entity_ids,))

    def get_ticket_categories(self) -> list[TicketCategoryEntity | None] | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return self._call(GET_TICKET_CATEGORIES, ())

    def get_ticket_categories_for_user_groups(
        self, *, user_group_ids: list[int] | None | Unset = UNSET
    ) -> list[MDOListItem | None] | None:
        """Ticket categories for user groups

        Returns:
            The result.
        """
        return self._call(GET_TICKET_CATEGORIES_FOR_USER_GROUPS, (user_group_ids,))

    def set_ticket_categories_for_user_group(
        self, *, user_group_id: int | Unset = UNSET, category_ids: list[int] | None | Unset = UNSET
    ) -> None:
        """Set ticket categories for one user group"""
        return self._call(SET_TICKET_CATEGORIES_FOR_USER_GROUP, (user_group_id, category_ids))

    def update_category_memberships(
        self,
        *,
        ticket_category_id: int | Unset = UNSET,
        memberships_to_add: list[TicketCategoryMembershipEntity | None] | None | Unset = UNSET,
        memberships_to_update: list[TicketCategoryMembershipEntity | None] | None | Unset = UNSET,
        memberships_to_delete: list[TicketCategoryMembershipEntity | None] | None | Unset = UNSET,
    ) -> None:
        """Updates category memberships"""
        return self._call(
            UPDATE_CATEGORY_MEMBERSHIPS,
            (ticket_category_id, memberships_to_add, memberships_to_update, memberships_to_delete),
        )

    def get_ticket_priority(
        self, *, ticket_priority_id: int | Unset = UNSET
    ) -> TicketPriority | None:
        """Gets a TicketPriority object.

        Returns:
            The result.
        """
        return self._call(GET_TICKET_PRIORITY, (ticket_priority_id,))

    def get_ticket_priority_entity(
        self, *, ticket_priority_entity_id: int | Unset = UNSET
    ) -> TicketPriorityEntity | None:
        """Gets a TicketPriorityEntity object.

        Returns:
            The result.
        """
        return self._call(GET_TICKET_PRIORITY_ENTITY, (ticket_priority_entity_id,))

    def set_ticket_priority_sort_order(
        self, *, ticket_priority_id: int | Unset = UNSET, sort_order: int | Unset = UNSET
    ) -> None:
        """This method will set sort order of ticket priority in a list"""
        return self._call(SET_TICKET_PRIORITY_SORT_ORDER, (ticket_priority_id, sort_order))

    def get_ticket_priority_list(
        self, *, ticket_priority_ids: list[int] | None | Unset = UNSET
    ) -> list[TicketPriority | None] | None:
        """Gets an array of TicketPriority objects.

        Returns:
            The result.
        """
        return self._call(GET_TICKET_PRIORITY_LIST, (ticket_priority_ids,))

    def get_ticket_priorities(self) -> list[TicketPriority | None] | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return self._call(GET_TICKET_PRIORITIES, ())

    def get_all_ticket_priorities(
        self, *, include_deleted: bool | Unset = UNSET
    ) -> list[TicketPriorityEntity | None] | None:
        """Returns all available ticket priorities.

        Returns:
            The result.
        """
        return self._call(GET_ALL_TICKET_PRIORITIES, (include_deleted,))

    def get_ticket_status_entity(
        self, *, ticket_status_entity_id: int | Unset = UNSET
    ) -> TicketStatusEntity | None:
        """Gets a TicketStatusEntity object.

        Returns:
            The result.
        """
        return self._call(GET_TICKET_STATUS_ENTITY, (ticket_status_entity_id,))

    def global_change_ticket_status(
        self,
        *,
        from_ticket_status_id: int | Unset = UNSET,
        to_ticket_status_id: int | Unset = UNSET,
    ) -> None:
        """This method will change all references from one ticket status to another."""
        return self._call(
            GLOBAL_CHANGE_TICKET_STATUS, (from_ticket_status_id, to_ticket_status_id)
        )

    def set_ticket_status_sort_order(
        self, *, ticket_status_id: int | Unset = UNSET, sort_order: int | Unset = UNSET
    ) -> None:
        """This method will set sort order of ticket status in a list"""
        return self._call(SET_TICKET_STATUS_SORT_ORDER, (ticket_status_id, sort_order))

    def get_ticket_status_list(
        self, *, ticket_status_entity_ids: list[int] | None | Unset = UNSET
    ) -> list[TicketStatusEntity | None] | None:
        """Gets an array of TicketStatusEntity objects.

        Returns:
            The result.
        """
        return self._call(GET_TICKET_STATUS_LIST, (ticket_status_entity_ids,))

    def get_ticket_statuses(self) -> list[TicketStatusEntity | None] | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return self._call(GET_TICKET_STATUSES, ())

    def get_ticket_type_entity(
        self, *, ticket_type_entity_id: int | Unset = UNSET
    ) -> TicketTypeEntity | None:
        """Gets a TicketTypeEntity object.

        Returns:
            The result.
        """
        return self._call(GET_TICKET_TYPE_ENTITY, (ticket_type_entity_id,))

    def global_change_ticket_type(
        self, *, from_ticket_type_id: int | Unset = UNSET, to_ticket_type_id: int | Unset = UNSET
    ) -> None:
        """Change all references from one ticket type to another."""
        return self._call(GLOBAL_CHANGE_TICKET_TYPE, (from_ticket_type_id, to_ticket_type_id))

    def set_ticket_type_sort_order(
        self, *, ticket_type_id: int | Unset = UNSET, sort_order: int | Unset = UNSET
    ) -> None:
        """This method will set sort order of ticket type in a list"""
        return self._call(SET_TICKET_TYPE_SORT_ORDER, (ticket_type_id, sort_order))

    def get_ticket_type_list(
        self, *, ticket_type_entity_ids: list[int] | None | Unset = UNSET
    ) -> list[TicketTypeEntity | None] | None:
        """Gets an array of TicketTypeEntity objects.

        Returns:
            The result.
        """
        return self._call(GET_TICKET_TYPE_LIST, (ticket_type_entity_ids,))

    def get_ticket_types(self) -> list[TicketTypeEntity | None] | None:
        """Get all TicketTypes

        Returns:
            The result.
        """
        return self._call(GET_TICKET_TYPES, ())

    def get_web_panel_entity(
        self, *, web_panel_entity_id: int | Unset = UNSET
    ) -> WebPanelEntity | None:
        """Gets a WebPanelEntity object.

        Returns:
            The result.
        """
        return self._call(GET_WEB_PANEL_ENTITY, (web_panel_entity_id,))

    def generate_navigation_url(
        self,
        *,
        visible_in: Navigation | str | Unset = UNSET,
        window_name: str | None | Unset = UNSET,
    ) -> str | None:
        """This methods generates the navigation URL to be used to navigate to the panel

        Returns:
            The result.
        """
        return self._call(GENERATE_NAVIGATION_URL, (visible_in, window_name))

    def get_web_panel_list(self) -> list[WebPanelEntity | None] | None:
        """Return a list of all web panels.

        Returns:
            The result.
        """
        return self._call(GET_WEB_PANEL_LIST, ())

    def delete_web_panel(self, *, id: int | Unset = UNSET) -> None:
        """Hard-delete (real, permanent DELETE in the database) the given web panel."""
        return self._call(DELETE_WEB_PANEL, (id,))

    def get_app_web_panels(self) -> list[WebPanelEntity | None] | None:
        """Get all web panels owned by your app; works in Online only, for registered Apps that
        send a valid ApplicationToken

        Returns:
            The result.
        """
        return self._call(GET_APP_WEB_PANELS, ())

    def delete_app_web_panels(self) -> None:
        """Permanentely delete all web panels owned by your app; works in Online only, for
        registered Apps that send a valid ApplicationToken; otherwise nothing happens
        """
        return self._call(DELETE_APP_WEB_PANELS, ())

    def get_web_panel_by_prog_id(
        self, *, prog_id: str | None | Unset = UNSET
    ) -> WebPanelEntity | None:
        """Get a web panel using the ProgId key that was specified when it was created

        Returns:
            The result.
        """
        return self._call(GET_WEB_PANEL_BY_PROG_ID, (prog_id,))

    def set_list_items_for_heading_from_list_name(
        self,
        *,
        ud_list_definition_name: str | None | Unset = UNSET,
        heading_id: int | Unset = UNSET,
        list_item_ids: list[int] | None | Unset = UNSET,
        enable: bool | Unset = UNSET,
    ) -> None:
        """Update listItems under this heading"""
        return self._call(
            SET_LIST_ITEMS_FOR_HEADING_FROM_LIST_NAME,
            (ud_list_definition_name, heading_id, list_item_ids, enable),
        )

    def set_headings_for_list_item(
        self,
        *,
        ud_list_definition_id: int | Unset = UNSET,
        list_item_id: int | Unset = UNSET,
        heading_ids: list[int] | None | Unset = UNSET,
        enable: bool | Unset = UNSET,
    ) -> None:
        """Set headings which this list item should be listed under"""
        return self._call(
            SET_HEADINGS_FOR_LIST_ITEM, (ud_list_definition_id, list_item_id, heading_ids, enable)
        )

    def set_rank_on_headings(
        self,
        *,
        ud_list_definition_id: int | Unset = UNSET,
        heading_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Set rank order on headings"""
        return self._call(SET_RANK_ON_HEADINGS, (ud_list_definition_id, heading_ids))

    def set_rank_on_sale_activity(
        self,
        *,
        sale_type_stage_link_id: int | Unset = UNSET,
        items_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Set rank order on sale activity"""
        return self._call(SET_RANK_ON_SALE_ACTIVITY, (sale_type_stage_link_id, items_ids))

    def set_rank_on_sale_document(
        self,
        *,
        sale_type_stage_link_id: int | Unset = UNSET,
        items_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Set rank order on project document"""
        return self._call(SET_RANK_ON_SALE_DOCUMENT, (sale_type_stage_link_id, items_ids))

    def set_rank_on_project_activity(
        self,
        *,
        project_type_status_link_id: int | Unset = UNSET,
        items_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Set rank order on project activity"""
        return self._call(SET_RANK_ON_PROJECT_ACTIVITY, (project_type_status_link_id, items_ids))

    def set_rank_on_project_document(
        self,
        *,
        project_type_status_link_id: int | Unset = UNSET,
        items_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Set rank order on project document"""
        return self._call(SET_RANK_ON_PROJECT_DOCUMENT, (project_type_status_link_id, items_ids))

    def get_all_from_list_definition(
        self, *, ud_list_definition_id: int | Unset = UNSET, include_deleted: bool | Unset = UNSET
    ) -> list[ListItemEntity | None] | None:
        """Get all list items for the specified list defintion

        Returns:
            The result.
        """
        return self._call(GET_ALL_FROM_LIST_DEFINITION, (ud_list_definition_id, include_deleted))

    def get_all_from_list_name(
        self,
        *,
        ud_list_definition_name: str | None | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
    ) -> list[ListItemEntity | None] | None:
        """Get all list items for the specified list defintion

        Returns:
            The result.
        """
        return self._call(GET_ALL_FROM_LIST_NAME, (ud_list_definition_name, include_deleted))

    def save_all_from_list_definition(
        self,
        *,
        ud_list_definition_id: int | Unset = UNSET,
        items: list[ListItemEntity | None] | None | Unset = UNSET,
    ) -> list[ListItemEntity | None] | None:
        """Save all list items for the specified list defintion

        Returns:
            The result.
        """
        return self._call(SAVE_ALL_FROM_LIST_DEFINITION, (ud_list_definition_id, items))

    def save_all_from_list_name(
        self,
        *,
        ud_list_definition_name: str | None | Unset = UNSET,
        items: list[ListItemEntity | None] | None | Unset = UNSET,
    ) -> list[ListItemEntity | None] | None:
        """Save all list items for the specified list defintion

        Returns:
            The result.
        """
        return self._call(SAVE_ALL_FROM_LIST_NAME, (ud_list_definition_name, items))

    def add_from_list_definition(
        self,
        *,
        ud_list_definition_id: int | Unset = UNSET,
        item: ListItemEntity | None | Unset = UNSET,
    ) -> ListItemEntity | None:
        """Save a new list item for the specified list defintion

        Returns:
            The result.
        """
        return self._call(ADD_FROM_LIST_DEFINITION, (ud_list_definition_id, item))

    def add_from_list_name(
        self,
        *,
        ud_list_definition_name: str | None | Unset = UNSET,
        item: ListItemEntity | None | Unset = UNSET,
    ) -> ListItemEntity | None:
        """Save a new list item for the specified list defintion

        Returns:
            The result.
        """
        return self._call(ADD_FROM_LIST_NAME, (ud_list_definition_name, item))

    def delete_all_from_list_definition(
        self, *, ud_list_definition_id: int | Unset = UNSET
    ) -> None:
        """Marks all items in the list deleted"""
        return self._call(DELETE_ALL_FROM_LIST_DEFINITION, (ud_list_definition_id,))

    def delete_all_from_list_name(
        self, *, ud_list_definition_name: str | None | Unset = UNSET
    ) -> None:
        """Marks all items in the list deleted"""
        return self._call(DELETE_ALL_FROM_LIST_NAME, (ud_list_definition_name,))

    def get_from_list_definition(
        self, *, id: int | Unset = UNSET, ud_list_definition_id: int | Unset = UNSET
    ) -> ListItemEntity | None:
        """Get a list item for the specified list defintion

        Returns:
            The result.
        """
        return self._call(GET_FROM_LIST_DEFINITION, (id, ud_list_definition_id))

    def get_from_list_name(
        self, *, id: int | Unset = UNSET, ud_list_definition_name: str | None | Unset = UNSET
    ) -> ListItemEntity | None:
        """Get a list item for the specified list defintion

        Returns:
            The result.
        """
        return self._call(GET_FROM_LIST_NAME, (id, ud_list_definition_name))

    def save_from_list_definition(
        self,
        *,
        id: int | Unset = UNSET,
        ud_list_definition_id: int | Unset = UNSET,
        item: ListItemEntity | None | Unset = UNSET,
    ) -> ListItemEntity | None:
        """Save a list item for the specified list defintion

        Returns:
            The result.
        """
        return self._call(SAVE_FROM_LIST_DEFINITION, (id, ud_list_definition_id, item))

    def save_from_list_name(
        self,
        *,
        id: int | Unset = UNSET,
        ud_list_definition_name: str | None | Unset = UNSET,
        item: ListItemEntity | None | Unset = UNSET,
    ) -> ListItemEntity | None:
        """Save a list item for the specified list defintion

        Returns:
            The result.
        """
        return self._call(SAVE_FROM_LIST_NAME, (id, ud_list_definition_name, item))

    def delete_from_list_definition(
        self, *, id: int | Unset = UNSET, ud_list_definition_id: int | Unset = UNSET
    ) -> None:
        """Delete a list item from the specified list defintion"""
        return self._call(DELETE_FROM_LIST_DEFINITION, (id, ud_list_definition_id))

    def delete_from_list_name(
        self, *, id: int | Unset = UNSET, ud_list_definition_name: str | None | Unset = UNSET
    ) -> None:
        """Delete a list item from the specified list defintion"""
        return self._call(DELETE_FROM_LIST_NAME, (id, ud_list_definition_name))

    def get_headings_from_name(
        self, *, name: str | None | Unset = UNSET
    ) -> list[HeadingEntity | None] | None:
        """Gets headings for list resolved by the provided name.

        Returns:
            The result.
        """
        return self._call(GET_HEADINGS_FROM_NAME, (name,))

    def get_headings_from_list_definition(
        self, *, id: int | Unset = UNSET
    ) -> list[HeadingEntity | None] | None:
        """Gets headings for list resolved by the provided id.

        Returns:
            The result.
        """
        return self._call(GET_HEADINGS_FROM_LIST_DEFINITION, (id,))

    def save_headings_from_name(
        self,
        *,
        name: str | None | Unset = UNSET,
        entities: list[HeadingEntity | None] | None | Unset = UNSET,
    ) -> list[HeadingEntity | None] | None:
        """Save headings for list resolved by the provided name.

        Returns:
            The result.
        """
        return self._call(SAVE_HEADINGS_FROM_NAME, (name, entities))

    def save_headings_from_list_definition(
        self,
        *,
        id: int | Unset = UNSET,
        entities: list[HeadingEntity | None] | None | Unset = UNSET,
    ) -> list[HeadingEntity | None] | None:
        """Save headings for list resolved by the provided id.

        Returns:
            The result.
        """
        return self._call(SAVE_HEADINGS_FROM_LIST_DEFINITION, (id, entities))

    def save_heading_from_name(
        self, *, name: str | None | Unset = UNSET, entity: HeadingEntity | None | Unset = UNSET
    ) -> HeadingEntity | None:
        """Save new heading for list resolved by the provided name.

        Returns:
            The result.
        """
        return self._call(SAVE_HEADING_FROM_NAME, (name, entity))

    def save_heading_from_list_definition(
        self, *, id: int | Unset = UNSET, entity: HeadingEntity | None | Unset = UNSET
    ) -> HeadingEntity | None:
        """Save new heading for list resolved by the provided id.

        Returns:
            The result.
        """
        return self._call(SAVE_HEADING_FROM_LIST_DEFINITION, (id, entity))

    def delete_all_headings_from_name(self, *, name: str | None | Unset = UNSET) -> None:
        """Delete all headings for list resolved by the provided name."""
        return self._call(DELETE_ALL_HEADINGS_FROM_NAME, (name,))

    def delete_all_headings_from_list_definition(self, *, id: int | Unset = UNSET) -> None:
        """Delete all headings for list resolved by the provided id."""
        return self._call(DELETE_ALL_HEADINGS_FROM_LIST_DEFINITION, (id,))

    def get_localized_text(
        self, *, localized_text_id: int | Unset = UNSET
    ) -> LocalizedText | None:
        """Gets a LocalizedText object.

        Returns:
            The result.
        """
        return self._call(GET_LOCALIZED_TEXT, (localized_text_id,))

    def get_localized_text_by_type(
        self,
        *,
        text_type: LocalizedTextType | str | Unset = UNSET,
        resource_id: int | Unset = UNSET,
        language_id: int | Unset = UNSET,
    ) -> LocalizedText | None:
        """Returns a localized text based on the resource id for the selected language.

        Returns:
            The result.
        """
        return self._call(GET_LOCALIZED_TEXT_BY_TYPE, (text_type, resource_id, language_id))

    def get_localized_text_list(
        self, *, localized_text_ids: list[int] | None | Unset = UNSET
    ) -> list[LocalizedText | None] | None:
        """Gets an array of LocalizedText objects.

        Returns:
            The result.
        """
        return self._call(GET_LOCALIZED_TEXT_LIST, (localized_text_ids,))

    def get_localized_texts(self) -> list[LocalizedText | None] | None:
        """Gets all localized texts in the CRM database.

        Returns:
            The result.
        """
        return self._call(GET_LOCALIZED_TEXTS, ())

    def get_localized_texts_by_language_id(
        self, *, language_id: int | Unset = UNSET
    ) -> list[LocalizedText | None] | None:
        """Gets all localized text belonging to a specific language.

        Returns:
            The result.
        """
        return self._call(GET_LOCALIZED_TEXTS_BY_LANGUAGE_ID, (language_id,))

    def get_localized_texts_by_type(
        self, *, text_types: list[LocalizedTextType | str] | None | Unset = UNSET
    ) -> list[LocalizedText | None] | None:
        """Gets localized text by their type

        Returns:
            The result.
        """
        return self._call(GET_LOCALIZED_TEXTS_BY_TYPE, (text_types,))

    def get_mr_mrs(self, *, mr_mrs_id: int | Unset = UNSET) -> MrMrs | None:
        """Gets a MrMrs object.

        Returns:
            The result.
        """
        return self._call(GET_MR_MRS, (mr_mrs_id,))

    def get_mr_mrs_list(
        self, *, mr_mrs_ids: list[int] | None | Unset = UNSET
    ) -> list[MrMrs | None] | None:
        """Gets an array of MrMrs objects.

        Returns:
            The result.
        """
        return self._call(GET_MR_MRS_LIST, (mr_mrs_ids,))

    def get_mr_mrses(self) -> list[MrMrs | None] | None:
        """Returns all Items from the MrMrs table sorted by their value.

        Returns:
            The result.
        """
        return self._call(GET_MR_MRSES, ())

    def get_payment_term(self, *, payment_term_id: int | Unset = UNSET) -> PaymentTerm | None:
        """Gets a PaymentTerm object.

        Returns:
            The result.
        """
        return self._call(GET_PAYMENT_TERM, (payment_term_id,))

    def get_payment_terms(self) -> list[PaymentTerm | None] | None:
        """Returns all PaymentTerms in SuperOffice db.

        Returns:
            The result.
        """
        return self._call(GET_PAYMENT_TERMS, ())

    def get_payment_type(self, *, payment_type_id: int | Unset = UNSET) -> PaymentType | None:
        """Gets a PaymentType object.

        Returns:
            The result.
        """
        return self._call(GET_PAYMENT_TYPE, (payment_type_id,))

    def get_payment_types(self) -> list[PaymentType | None] | None:
        """Returns all PaymentTypes in SuperOffice db.

        Returns:
            The result.
        """
        return self._call(GET_PAYMENT_TYPES, ())

    def get_position(self, *, position_id: int | Unset = UNSET) -> Position | None:
        """Gets a Position object.

        Returns:
            The result.
        """
        return self._call(GET_POSITION, (position_id,))

    def get_position_list(
        self, *, position_ids: list[int] | None | Unset = UNSET
    ) -> list[Position | None] | None:
        """Gets an array of Position objects.

        Returns:
            The result.
        """
        return self._call(GET_POSITION_LIST, (position_ids,))

    def get_positions(self) -> list[Position | None] | None:
        """Returns all the positions a person could have.

        Returns:
            The result.
        """
        return self._call(GET_POSITIONS, ())

    def get_priority(self, *, priority_id: int | Unset = UNSET) -> Priority | None:
        """Gets a Priority object.

        Returns:
            The result.
        """
        return self._call(GET_PRIORITY, (priority_id,))

    def get_priority_list(
        self, *, priority_ids: list[int] | None | Unset = UNSET
    ) -> list[Priority | None] | None:
        """Gets an array of Priority objects.

        Returns:
            The result.
        """
        return self._call(GET_PRIORITY_LIST, (priority_ids,))

    def get_priorities(self) -> list[Priority | None] | None:
        """Returns all priorities an appointment could have.

        Returns:
            The result.
        """
        return self._call(GET_PRIORITIES, ())

    def get_product_category(
        self, *, product_category_id: int | Unset = UNSET
    ) -> ProductCategory | None:
        """Gets a ProductCategory object.

        Returns:
            The result.
        """
        return self._call(GET_PRODUCT_CATEGORY, (product_category_id,))

    def get_product_categories(self) -> list[ProductCategory | None] | None:
        """Returns all ProductCategories in SuperOffice list.

        Returns:
            The result.
        """
        return self._call(GET_PRODUCT_CATEGORIES, ())

    def get_product_family(
        self, *, product_family_id: int | Unset = UNSET
    ) -> ProductFamily | None:
        """Gets a ProductFamily object.

        Returns:
            The result.
        """
        return self._call(GET_PRODUCT_FAMILY, (product_family_id,))

    def get_product_families(self) -> list[ProductFamily | None] | None:
        """Returns all ProductFamily in SuperOffice list.

        Returns:
            The result.
        """
        return self._call(GET_PRODUCT_FAMILIES, ())

    def get_product_type(self, *, product_type_id: int | Unset = UNSET) -> ProductType | None:
        """Gets a ProductType object.

        Returns:
            The result.
        """
        return self._call(GET_PRODUCT_TYPE, (product_type_id,))

    def get_product_types(self) -> list[ProductType | None] | None:
        """Returns all ProductTypes in SuperOffice list.

        Returns:
            The result.
        """
        return self._call(GET_PRODUCT_TYPES, ())

    def get_project_status(
        self, *, project_status_id: int | Unset = UNSET
    ) -> ProjectStatus | None:
        """Gets a ProjectStatus object.

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_STATUS, (project_status_id,))

    def delete_project_status(self, *, project_status_id: int | Unset = UNSET) -> None:
        """Deletes a project status"""
        return self._call(DELETE_PROJECT_STATUS, (project_status_id,))

    def get_project_status_list(
        self, *, project_status_ids: list[int] | None | Unset = UNSET
    ) -> list[ProjectStatus | None] | None:
        """Gets an array of ProjectStatus objects.

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_STATUS_LIST, (project_status_ids,))

    def get_project_statuses(self) -> list[ProjectStatus | None] | None:
        """Gets all items from the Project Status (ProjStatus) table.

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_STATUSES, ())

    def get_project_type(self, *, project_type_id: int | Unset = UNSET) -> ProjectType | None:
        """Gets a ProjectType object.

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_TYPE, (project_type_id,))

    def get_project_type_entity(
        self, *, project_type_entity_id: int | Unset = UNSET
    ) -> ProjectTypeEntity | None:
        """Gets a ProjectTypeEntity object.

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_TYPE_ENTITY, (project_type_entity_id,))

    def get_project_type_list(
        self, *, project_type_ids: list[int] | None | Unset = UNSET
    ) -> list[ProjectType | None] | None:
        """Gets an array of ProjectType objects.

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_TYPE_LIST, (project_type_ids,))

    def get_project_types(self) -> list[ProjectType | None] | None:
        """Gets all items from the Project Type (ProjType) table.

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_TYPES, ())

    def save_quick_replies(
        self, *, quick_replies: list[QuickReply | None] | None | Unset = UNSET
    ) -> None:
        """Method to save all quick replies for a given associate"""
        return self._call(SAVE_QUICK_REPLIES, (quick_replies,))

    def get_quick_replies(self) -> list[QuickReply | None] | None:
        """Method to return all quick replies for a given associate

        Returns:
            The result.
        """
        return self._call(GET_QUICK_REPLIES, ())

    def get_rating(self, *, rating_id: int | Unset = UNSET) -> Rating | None:
        """Gets a Rating object.

        Returns:
            The result.
        """
        return self._call(GET_RATING, (rating_id,))

    def get_rating_list(
        self, *, rating_ids: list[int] | None | Unset = UNSET
    ) -> list[Rating | None] | None:
        """Gets an array of Rating objects.

        Returns:
            The result.
        """
        return self._call(GET_RATING_LIST, (rating_ids,))

    def get_ratings(self) -> list[Rating | None] | None:
        """Returns all ratings

        Returns:
            The result.
        """
        return self._call(GET_RATINGS, ())

    def get_all_sale_stages(
        self, *, include_deleted: bool | Unset = UNSET
    ) -> list[SaleStageEntity | None] | None:
        """Returns all ratings

        Returns:
            The result.
        """
        return self._call(GET_ALL_SALE_STAGES, (include_deleted,))

    def get_reason(self, *, reason_id: int | Unset = UNSET) -> Reason | None:
        """Gets a Reason object.

        Returns:
            The result.
        """
        return self._call(GET_REASON, (reason_id,))

    def get_reason_list(
        self, *, reason_ids: list[int] | None | Unset = UNSET
    ) -> list[Reason | None] | None:
        """Gets an array of Reason objects.

        Returns:
            The result.
        """
        return self._call(GET_REASON_LIST, (reason_ids,))

    def get_reasons(self) -> list[Reason | None] | None:
        """Returns all reasons

        Returns:
            The result.
        """
        return self._call(GET_REASONS, ())

    def get_quote_approve_reason(
        self, *, quote_approve_reason_id: int | Unset = UNSET
    ) -> QuoteApproveReason | None:
        """Gets a QuoteApproveReason object.

        Returns:
            The result.
        """
        return self._call(GET_QUOTE_APPROVE_REASON, (quote_approve_reason_id,))

    def get_quote_approve_reason_list(
        self, *, quote_approve_reason_ids: list[int] | None | Unset = UNSET
    ) -> list[QuoteApproveReason | None] | None:
        """Gets an array of QuoteApproveReason objects.

        Returns:
            The result.
        """
        return self._call(GET_QUOTE_APPROVE_REASON_LIST, (quote_approve_reason_ids,))

    def get_quote_approve_reasons(self) -> list[QuoteApproveReason | None] | None:
        """Returns all available QuoteApproveReasons.

        Returns:
            The result.
        """
        return self._call(GET_QUOTE_APPROVE_REASONS, ())

    def get_quote_deny_reason(
        self, *, quote_deny_reason_id: int | Unset = UNSET
    ) -> QuoteDenyReason | None:
        """Gets a QuoteDenyReason object.

        Returns:
            The result.
        """
        return self._call(GET_QUOTE_DENY_REASON, (quote_deny_reason_id,))

    def get_quote_deny_reason_list(
        self, *, quote_deny_reason_ids: list[int] | None | Unset = UNSET
    ) -> list[QuoteDenyReason | None] | None:
        """Gets an array of QuoteDenyReason objects.

        Returns:
            The result.
        """
        return self._call(GET_QUOTE_DENY_REASON_LIST, (quote_deny_reason_ids,))

    def get_quote_deny_reasons(self) -> list[QuoteDenyReason | None] | None:
        """Returns all available QuoteDenyReasons.

        Returns:
            The result.
        """
        return self._call(GET_QUOTE_DENY_REASONS, ())

    def get_reason_sold(self, *, reason_sold_id: int | Unset = UNSET) -> ReasonSold | None:
        """Gets a ReasonSold object.

        Returns:
            The result.
        """
        return self._call(GET_REASON_SOLD, (reason_sold_id,))

    def get_all_reason_sold(self) -> list[ReasonSold | None] | None:
        """Gets an array of all ReasonSold objects

        Returns:
            The result.
        """
        return self._call(GET_ALL_REASON_SOLD, ())

    def get_reason_sold_list(
        self, *, reason_sold_ids: list[int] | None | Unset = UNSET
    ) -> list[ReasonSold | None] | None:
        """Gets an array of ReasonSold objects.

        Returns:
            The result.
        """
        return self._call(GET_REASON_SOLD_LIST, (reason_sold_ids,))

    def get_reason_stalled(
        self, *, reason_stalled_id: int | Unset = UNSET
    ) -> ReasonStalled | None:
        """Gets a ReasonStalled object.

        Returns:
            The result.
        """
        return self._call(GET_REASON_STALLED, (reason_stalled_id,))

    def get_all_reason_stalled(self) -> list[ReasonStalled | None] | None:
        """Gets an array of all ReasonStalled objects

        Returns:
            The result.
        """
        return self._call(GET_ALL_REASON_STALLED, ())

    def get_reason_stalled_list(
        self, *, reason_stalled_ids: list[int] | None | Unset = UNSET
    ) -> list[ReasonStalled | None] | None:
        """Gets an array of ReasonStalled objects.

        Returns:
            The result.
        """
        return self._call(GET_REASON_STALLED_LIST, (reason_stalled_ids,))

    def get_relation_definition_entity(
        self, *, relation_definition_entity_id: int | Unset = UNSET
    ) -> RelationDefinitionEntity | None:
        """Gets a RelationDefinitionEntity object.

        Returns:
            The result.
        """
        return self._call(GET_RELATION_DEFINITION_ENTITY, (relation_definition_entity_id,))

    def get_resource_entity(
        self, *, resource_entity_id: int | Unset = UNSET
    ) -> ResourceEntity | None:
        """Gets a ResourceEntity object.

        Returns:
            The result.
        """
        return self._call(GET_RESOURCE_ENTITY, (resource_entity_id,))

    def get_crediteds(self) -> list[Credited | None] | None:
        """Returns all credited

        Returns:
            The result.
        """
        return self._call(GET_CREDITEDS, ())

    def get_currency(self, *, currency_id: int | Unset = UNSET) -> Currency | None:
        """Gets a Currency object.

        Returns:
            The result.
        """
        return self._call(GET_CURRENCY, (currency_id,))

    def get_our_currency(self) -> Currency | None:
        """Gets the Our currency object if currency is enabled

        Returns:
            The result.
        """
        return self._call(GET_OUR_CURRENCY, ())

    def change_currency(
        self,
        *,
        amount: float | Unset = UNSET,
        from_currency: str | None | Unset = UNSET,
        to_currency: str | None | Unset = UNSET,
    ) -> float | None:
        """Recalculates the amount to the new currency.

        Returns:
            The result.
        """
        return self._call(CHANGE_CURRENCY, (amount, from_currency, to_currency))

    def get_owner_companys_currency(self) -> Currency | None:
        """Get the currency of the user's owner company

        Returns:
            The result.
        """
        return self._call(GET_OWNER_COMPANYS_CURRENCY, ())

    def get_currency_entity(
        self, *, currency_entity_id: int | Unset = UNSET
    ) -> CurrencyEntity | None:
        """Gets a CurrencyEntity object.

        Returns:
            The result.
        """
        return self._call(GET_CURRENCY_ENTITY, (currency_entity_id,))

    def get_base_currency(self) -> CurrencyEntity | None:
        """Get the base currency, used for calculating exchange rates

        Returns:
            The result.
        """
        return self._call(GET_BASE_CURRENCY, ())

    def get_currency_list(
        self, *, currency_ids: list[int] | None | Unset = UNSET
    ) -> list[Currency | None] | None:
        """Gets an array of Currency objects.

        Returns:
            The result.
        """
        return self._call(GET_CURRENCY_LIST, (currency_ids,))

    def get_currencies(self) -> list[Currency | None] | None:
        """Returns all currencies

        Returns:
            The result.
        """
        return self._call(GET_CURRENCIES, ())

    def get_all_currencies(
        self, *, include_deleted: bool | Unset = UNSET
    ) -> list[CurrencyEntity | None] | None:
        """Returns all currencies

        Returns:
            The result.
        """
        return self._call(GET_ALL_CURRENCIES, (include_deleted,))

    def get_customer_language(
        self, *, customer_language_id: int | Unset = UNSET
    ) -> CustomerLanguage | None:
        """Gets a CustomerLanguage object.

        Returns:
            The result.
        """
        return self._call(GET_CUSTOMER_LANGUAGE, (customer_language_id,))

    def get_customer_language_list(
        self, *, customer_language_ids: list[int] | None | Unset = UNSET
    ) -> list[CustomerLanguage | None] | None:
        """Gets an array of CustomerLanguage objects.

        Returns:
            The result.
        """
        return self._call(GET_CUSTOMER_LANGUAGE_LIST, (customer_language_ids,))

    def get_customer_languages(self) -> list[CustomerLanguage | None] | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return self._call(GET_CUSTOMER_LANGUAGES, ())

    def get_delivery_term(self, *, delivery_term_id: int | Unset = UNSET) -> DeliveryTerm | None:
        """Gets a DeliveryTerm object.

        Returns:
            The result.
        """
        return self._call(GET_DELIVERY_TERM, (delivery_term_id,))

    def get_delivery_terms(self) -> list[DeliveryTerm | None] | None:
        """Returns all DeliveryTerms in SuperOffice db.

        Returns:
            The result.
        """
        return self._call(GET_DELIVERY_TERMS, ())

    def get_delivery_type(self, *, delivery_type_id: int | Unset = UNSET) -> DeliveryType | None:
        """Gets a DeliveryType object.

        Returns:
            The result.
        """
        return self._call(GET_DELIVERY_TYPE, (delivery_type_id,))

    def get_delivery_types(self) -> list[DeliveryType | None] | None:
        """Returns all DeliveryTypes in SuperOffice db.

        Returns:
            The result.
        """
        return self._call(GET_DELIVERY_TYPES, ())

    def get_department(self, *, department_id: int | Unset = UNSET) -> Department | None:
        """Gets a Department object.

        Returns:
            The result.
        """
        return self._call(GET_DEPARTMENT, (department_id,))

    def get_department_list(
        self, *, department_ids: list[int] | None | Unset = UNSET
    ) -> list[Department | None] | None:
        """Gets an array of Department objects.

        Returns:
            The result.
        """
        return self._call(GET_DEPARTMENT_LIST, (department_ids,))

    def get_departments(self) -> list[Department | None] | None:
        """Getting all departments/user groups for the internal phone list with the user's
        colleagues.

        Returns:
            The result.
        """
        return self._call(GET_DEPARTMENTS, ())

    def get_document_template(
        self, *, document_template_id: int | Unset = UNSET
    ) -> DocumentTemplate | None:
        """Gets a DocumentTemplate object.

        Returns:
            The result.
        """
        return self._call(GET_DOCUMENT_TEMPLATE, (document_template_id,))

    def get_document_template_entity(
        self, *, document_template_entity_id: int | Unset = UNSET
    ) -> DocumentTemplateEntity | None:
        """Gets a DocumentTemplateEntity object.

        Returns:
            The result.
        """
        return self._call(GET_DOCUMENT_TEMPLATE_ENTITY, (document_template_entity_id,))

    def set_document_template_stream(
        self,
        *,
        document_template_entity: DocumentTemplateEntity | None | Unset = UNSET,
        stream: bytes | None | Unset = UNSET,
        language_code: str | None | Unset = UNSET,
        plugin_id: int | Unset = UNSET,
    ) -> DocumentTemplateEntity | None:
        """Store a document template from its stream.

        Returns:
            The result.
        """
        return self._call(
            SET_DOCUMENT_TEMPLATE_STREAM,
            (document_template_entity, stream, language_code, plugin_id),
        )

    def get_document_template_used_in_sales_stage(
        self, *, document_template_id: int | Unset = UNSET
    ) -> list[str | None] | None:
        """Get a String array of names in sales guide that this template is used in

        Returns:
            The result.
        """
        return self._call(GET_DOCUMENT_TEMPLATE_USED_IN_SALES_STAGE, (document_template_id,))

    def get_document_template_used_in_project_stage(
        self, *, document_template_id: int | Unset = UNSET
    ) -> list[str | None] | None:
        """Get a String array of names in project guide that this template is used in

        Returns:
            The result.
        """
        return self._call(GET_DOCUMENT_TEMPLATE_USED_IN_PROJECT_STAGE, (document_template_id,))

    def get_document_template_url(
        self,
        *,
        document_template_id: int | Unset = UNSET,
        writable_url: bool | Unset = UNSET,
        language_code: str | None | Unset = UNSET,
    ) -> str | None:
        """Get a url to the document template

        Returns:
            The result.
        """
        return self._call(
            GET_DOCUMENT_TEMPLATE_URL, (document_template_id, writable_url, language_code)
        )

    def get_document_template_properties(
        self,
        *,
        document_template_id: int | Unset = UNSET,
        requested_properties: list[str | None] | None | Unset = UNSET,
    ) -> dict[str, str | None] | None:
        """Get document template properties

        Returns:
            The result.
        """
        return self._call(
            GET_DOCUMENT_TEMPLATE_PROPERTIES, (document_template_id, requested_properties)
        )

    def get_document_template_languages(
        self, *, document_template_id: int | Unset = UNSET
    ) -> list[str | None] | None:
        """Get the supported language variations for a document template

        Returns:
            The result.
        """
        return self._call(GET_DOCUMENT_TEMPLATE_LANGUAGES, (document_template_id,))

    def create_default_document_template_language(
        self,
        *,
        document_template_id: int | Unset = UNSET,
        language_code: str | None | Unset = UNSET,
    ) -> None:
        """Create a new document template language based on an existing template"""
        return self._call(
            CREATE_DEFAULT_DOCUMENT_TEMPLATE_LANGUAGE, (document_template_id, language_code)
        )

    def delete_document_template_language(
        self,
        *,
        document_template_id: int | Unset = UNSET,
        language_code: str | None | Unset = UNSET,
    ) -> None:
        """Deletes language variant of the document template"""
        return self._call(DELETE_DOCUMENT_TEMPLATE_LANGUAGE, (document_template_id, language_code))

    def get_document_template_extension(
        self, *, document_template_id: int | Unset = UNSET
    ) -> str | None:
        """Get the file extension for the document template

        Returns:
            The result.
        """
        return self._call(GET_DOCUMENT_TEMPLATE_EXTENSION, (document_template_id,))

    def set_document_template_from_document_template(
        self,
        *,
        source_document_template_id: int | Unset = UNSET,
        document_template_entity: DocumentTemplateEntity | None | Unset = UNSET,
    ) -> DocumentTemplateEntity | None:
        """Create a new document template based on another template

        Returns:
            The result.
        """
        return self._call(
            SET_DOCUMENT_TEMPLATE_FROM_DOCUMENT_TEMPLATE,
            (source_document_template_id, document_template_entity),
        )

    def get_document_template_stream_from_id(
        self,
        *,
        document_template_id: int | Unset = UNSET,
        language_code: str | None | Unset = UNSET,
    ) -> bytes | None:
        """Retrieve a stream to a document template based on its id

        Returns:
            The result.
        """
        return self._call(
            GET_DOCUMENT_TEMPLATE_STREAM_FROM_ID, (document_template_id, language_code)
        )

    def save_document_template_stream(
        self,
        *,
        document_template_id: int | Unset = UNSET,
        content: bytes | None | Unset = UNSET,
        language_code: str | None | Unset = UNSET,
        plugin_id: int | Unset = UNSET,
    ) -> TemplateInfo | None:
        """Writes content in stream to document template file

        Returns:
            The result.
        """
        return self._call(
            SAVE_DOCUMENT_TEMPLATE_STREAM,
            (document_template_id, content, language_code, plugin_id),
        )

    def get_plugin_list(self) -> dict[str, str | None] | None:
        """Get a list of installed document plugins

        Returns:
            The result.
        """
        return self._call(GET_PLUGIN_LIST, ())

    def get_plugin_capabilities(
        self, *, plugin_id: int | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Get a list of plugin-dependent capabilities for a given document archive plugin.

        Returns:
            The result.
        """
        return self._call(GET_PLUGIN_CAPABILITIES, (plugin_id,))

    def get_document_types_for_plugin(
        self, *, plugin_id: int | Unset = UNSET
    ) -> dict[int, str | None] | None:
        """Get a list of document types supported by a given document plugin.

        Returns:
            The result.
        """
        return self._call(GET_DOCUMENT_TYPES_FOR_PLUGIN, (plugin_id,))

    def get_document_template_list(
        self, *, document_template_ids: list[int] | None | Unset = UNSET
    ) -> list[DocumentTemplate | None] | None:
        """Gets an array of DocumentTemplate objects.

        Returns:
            The result.
        """
        return self._call(GET_DOCUMENT_TEMPLATE_LIST, (document_template_ids,))

    def get_document_templates(self) -> list[DocumentTemplate | None] | None:
        """Returns all available document templates

        Returns:
            The result.
        """
        return self._call(GET_DOCUMENT_TEMPLATES, ())

    def get_all_document_templates(
        self, *, include_deleted: bool | Unset = UNSET
    ) -> list[DocumentTemplateEntity | None] | None:
        """Returns all templates

        Returns:
            The result.
        """
        return self._call(GET_ALL_DOCUMENT_TEMPLATES, (include_deleted,))

    def set_document_plugin_for_all_document_templates(
        self, *, document_plugin_id: int | Unset = UNSET
    ) -> None:
        """Sets the document-plugin to be used for all templates of type 'document'."""
        return self._call(SET_DOCUMENT_PLUGIN_FOR_ALL_DOCUMENT_TEMPLATES, (document_plugin_id,))

    def get_ext_app_entity(self, *, ext_app_entity_id: int | Unset = UNSET) -> ExtAppEntity | None:
        """Gets a ExtAppEntity object.

        Returns:
            The result.
        """
        return self._call(GET_EXT_APP_ENTITY, (ext_app_entity_id,))

    def get_heading_entity(
        self, *, heading_entity_id: int | Unset = UNSET
    ) -> HeadingEntity | None:
        """Gets a HeadingEntity object.

        Returns:
            The result.
        """
        return self._call(GET_HEADING_ENTITY, (heading_entity_id,))

    def create_default_heading_from_list_definition(
        self, *, ud_list_definition_id: int | Unset = UNSET
    ) -> HeadingEntity | None:
        """Get a heading for the specified list defintion

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_HEADING_FROM_LIST_DEFINITION, (ud_list_definition_id,))

    def get_hierarchy_entity(
        self, *, hierarchy_entity_id: int | Unset = UNSET
    ) -> HierarchyEntity | None:
        """Gets a HierarchyEntity object.

        Returns:
            The result.
        """
        return self._call(GET_HIERARCHY_ENTITY, (hierarchy_entity_id,))

    def get_all_domains(self) -> list[Domain | str] | None:
        """Get list of all domains

        Returns:
            The result.
        """
        return self._call(GET_ALL_DOMAINS, ())

    def get_all_in_domain(
        self, *, domain: Domain | str | Unset = UNSET, children: bool | Unset = UNSET
    ) -> list[HierarchyEntity | None] | None:
        """Get all items in a domain

        Returns:
            The result.
        """
        return self._call(GET_ALL_IN_DOMAIN, (domain, children))

    def get_hierarchy_from_path(
        self,
        *,
        domain: Domain | str | Unset = UNSET,
        path: str | None | Unset = UNSET,
        children: bool | Unset = UNSET,
    ) -> HierarchyEntity | None:
        """Get a hierarchy item from a path

        Returns:
            The result.
        """
        return self._call(GET_HIERARCHY_FROM_PATH, (domain, path, children))

    def add_hierarchy_to_path(
        self,
        *,
        domain: Domain | str | Unset = UNSET,
        path: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
    ) -> HierarchyEntity | None:
        """Add a hierarchy item to a path

        Returns:
            The result.
        """
        return self._call(ADD_HIERARCHY_TO_PATH, (domain, path, name))

    def update_hierarchy_from_path(
        self,
        *,
        domain: Domain | str | Unset = UNSET,
        path: str | None | Unset = UNSET,
        entity: HierarchyEntity | None | Unset = UNSET,
    ) -> HierarchyEntity | None:
        """Update a hierarchy item from a path

        Returns:
            The result.
        """
        return self._call(UPDATE_HIERARCHY_FROM_PATH, (domain, path, entity))

    def delete_hierarchy_from_path(
        self, *, domain: Domain | str | Unset = UNSET, path: str | None | Unset = UNSET
    ) -> None:
        """Remove a hierarchy item and its children from a path"""
        return self._call(DELETE_HIERARCHY_FROM_PATH, (domain, path))

    def get_language_info(self, *, language_info_id: int | Unset = UNSET) -> LanguageInfo | None:
        """Gets a LanguageInfo object.

        Returns:
            The result.
        """
        return self._call(GET_LANGUAGE_INFO, (language_info_id,))

    def get_language_info_list(
        self, *, language_info_ids: list[int] | None | Unset = UNSET
    ) -> list[LanguageInfo | None] | None:
        """Gets an array of LanguageInfo objects.

        Returns:
            The result.
        """
        return self._call(GET_LANGUAGE_INFO_LIST, (language_info_ids,))

    def get_installed_languages(self) -> list[LanguageInfo | None] | None:
        """Returns the list of all languages installed in this database.

        Returns:
            The result.
        """
        return self._call(GET_INSTALLED_LANGUAGES, ())

    def get_legal_base(self, *, legal_base_id: int | Unset = UNSET) -> LegalBase | None:
        """Gets a LegalBase object.

        Returns:
            The result.
        """
        return self._call(GET_LEGAL_BASE, (legal_base_id,))

    def save_legal_base(self, *, legal_base: LegalBase | None | Unset = UNSET) -> LegalBase | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return self._call(SAVE_LEGAL_BASE, (legal_base,))

    def get_all_legal_base(self) -> list[LegalBase | None] | None:
        """Gets an array of all LegalBase objects

        Returns:
            The result.
        """
        return self._call(GET_ALL_LEGAL_BASE, ())

    def get_legal_base_list(
        self, *, legal_base_ids: list[int] | None | Unset = UNSET
    ) -> list[LegalBase | None] | None:
        """Gets an array of LegalBase objects.

        Returns:
            The result.
        """
        return self._call(GET_LEGAL_BASE_LIST, (legal_base_ids,))

    def get_legal_bases(self) -> list[LegalBase | None] | None:
        """Returns all defined bases.

        Returns:
            The result.
        """
        return self._call(GET_LEGAL_BASES, ())

    def get_link(self, *, link_id: int | Unset = UNSET) -> Link | None:
        """Gets a Link object.

        Returns:
            The result.
        """
        return self._call(GET_LINK, (link_id,))

    def get_link_list(
        self, *, link_ids: list[int] | None | Unset = UNSET
    ) -> list[Link | None] | None:
        """Gets an array of Link objects.

        Returns:
            The result.
        """
        return self._call(GET_LINK_LIST, (link_ids,))

    def get_list_entity(self, *, list_entity_id: int | Unset = UNSET) -> ListEntity | None:
        """Gets a ListEntity object.

        Returns:
            The result.
        """
        return self._call(GET_LIST_ENTITY, (list_entity_id,))

    def get_list_definitions(
        self, *, include_deleted: bool | Unset = UNSET
    ) -> list[ListEntity | None] | None:
        """Get a list of the lists - built-in and user-defined.

        Returns:
            The result.
        """
        return self._call(GET_LIST_DEFINITIONS, (include_deleted,))

    def get_list_entity_by_name(self, *, name: str | None | Unset = UNSET) -> ListEntity | None:
        """Gets a ListEntity resolved by the provided name.

        Returns:
            The result.
        """
        return self._call(GET_LIST_ENTITY_BY_NAME, (name,))

    def save_list_entity_by_name(
        self, *, name: str | None | Unset = UNSET, list_entity: ListEntity | None | Unset = UNSET
    ) -> ListEntity | None:
        """Save a ListEntity resolved by the provided name.

        Returns:
            The result.
        """
        return self._call(SAVE_LIST_ENTITY_BY_NAME, (name, list_entity))

    def delete_list_entity_by_name(self, *, name: str | None | Unset = UNSET) -> None:
        """Delete a ListEntity resolved by the provided name."""
        return self._call(DELETE_LIST_ENTITY_BY_NAME, (name,))

    def save_list_item_entity(
        self, *, list_item_entity: ListItemEntity | None | Unset = UNSET
    ) -> ListItemEntity | None:
        """Save the ListItemEntity.

        Returns:
            The result.
        """
        return self._call(SAVE_LIST_ITEM_ENTITY, (list_item_entity,))

    def sort_list_items(
        self,
        *,
        ud_list_definition_id: int | Unset = UNSET,
        culture_name: str | None | Unset = UNSET,
    ) -> None:
        """Sort the list items in a given list alphabetically"""
        return self._call(SORT_LIST_ITEMS, (ud_list_definition_id, culture_name))

    def move_list_item(
        self,
        *,
        ud_list_definition_id: int | Unset = UNSET,
        list_item_id: int | Unset = UNSET,
        direction: int | Unset = UNSET,
    ) -> None:
        """Move a list item up or down in the list based on rank"""
        return self._call(MOVE_LIST_ITEM, (ud_list_definition_id, list_item_id, direction))

    def get_visible_for_user_groups(
        self, *, ud_list_definition_id: int | Unset = UNSET, list_item_id: int | Unset = UNSET
    ) -> list[SelectableMDOListItem | None] | None:
        """List of User groups that this list item is visible for

        Returns:
            The result.
        """
        return self._call(GET_VISIBLE_FOR_USER_GROUPS, (ud_list_definition_id, list_item_id))

    def get_visible_for_user_groups_from_list_name(
        self,
        *,
        ud_list_definition_name: str | None | Unset = UNSET,
        list_item_id: int | Unset = UNSET,
    ) -> list[SelectableMDOListItem | None] | None:
        """List of User groups that this list item is visible for

        Returns:
            The result.
        """
        return self._call(
            GET_VISIBLE_FOR_USER_GROUPS_FROM_LIST_NAME, (ud_list_definition_name, list_item_id)
        )

    def set_visible_for_user_groups(
        self,
        *,
        ud_list_definition_id: int | Unset = UNSET,
        list_item_id: int | Unset = UNSET,
        user_groups: list[SelectableMDOListItem | None] | None | Unset = UNSET,
    ) -> list[SelectableMDOListItem | None] | None:
        """Update User groups that this list item is visible for

        Returns:
            The result.
        """
        return self._call(
            SET_VISIBLE_FOR_USER_GROUPS, (ud_list_definition_id, list_item_id, user_groups)
        )

    def set_visible_for_user_groups_from_list_name(
        self,
        *,
        ud_list_definition_name: str | None | Unset = UNSET,
        list_item_id: int | Unset = UNSET,
        user_groups: list[SelectableMDOListItem | None] | None | Unset = UNSET,
    ) -> list[SelectableMDOListItem | None] | None:
        """Update User groups that this list item is visible for

        Returns:
            The result.
        """
        return self._call(
            SET_VISIBLE_FOR_USER_GROUPS_FROM_LIST_NAME,
            (ud_list_definition_name, list_item_id, user_groups),
        )

    def set_visible_for_user_group(
        self,
        *,
        ud_list_definition_id: int | Unset = UNSET,
        list_item_id: int | Unset = UNSET,
        user_group_id: list[int] | None | Unset = UNSET,
        enable: bool | Unset = UNSET,
    ) -> None:
        """Set a group which this list item should be visible for"""
        return self._call(
            SET_VISIBLE_FOR_USER_GROUP,
            (ud_list_definition_id, list_item_id, user_group_id, enable),
        )

    def get_list_items_for_user_group(
        self, *, ud_list_definition_id: int | Unset = UNSET, group_id: int | Unset = UNSET
    ) -> list[SelectableMDOListItem | None] | None:
        """List of list items that is visible in the usergroup

        Returns:
            The result.
        """
        return self._call(GET_LIST_ITEMS_FOR_USER_GROUP, (ud_list_definition_id, group_id))

    def get_list_items_for_user_group_from_list_name(
        self, *, ud_list_definition_name: str | None | Unset = UNSET, group_id: int | Unset = UNSET
    ) -> list[SelectableMDOListItem | None] | None:
        """List of list items that is visible in the usergroup

        Returns:
            The result.
        """
        return self._call(
            GET_LIST_ITEMS_FOR_USER_GROUP_FROM_LIST_NAME, (ud_list_definition_name, group_id)
        )

    def set_list_items_for_user_group(
        self,
        *,
        ud_list_definition_id: int | Unset = UNSET,
        usergroup_id: int | Unset = UNSET,
        list_item_ids: list[int] | None | Unset = UNSET,
        enable: bool | Unset = UNSET,
    ) -> None:
        """Update listItems that will be visible for this usergroup"""
        return self._call(
            SET_LIST_ITEMS_FOR_USER_GROUP,
            (ud_list_definition_id, usergroup_id, list_item_ids, enable),
        )

    def set_list_items_for_user_group_from_list_name(
        self,
        *,
        ud_list_definition_name: str | None | Unset = UNSET,
        usergroup_id: int | Unset = UNSET,
        list_items_id: list[int] | None | Unset = UNSET,
        enable: bool | Unset = UNSET,
    ) -> None:
        """Update listItems that will be visible for this usergroup"""
        return self._call(
            SET_LIST_ITEMS_FOR_USER_GROUP_FROM_LIST_NAME,
            (ud_list_definition_name, usergroup_id, list_items_id, enable),
        )

    def get_headings(
        self,
        *,
        ud_list_definition_id: int | Unset = UNSET,
        list_item_id: int | Unset = UNSET,
        show_deleted: bool | Unset = UNSET,
    ) -> list[SelectableMDOListItem | None] | None:
        """Gets a selectable MDO list of the headings for this list item

        Returns:
            The result.
        """
        return self._call(GET_HEADINGS, (ud_list_definition_id, list_item_id, show_deleted))

    def get_headings_for_list_item_from_list_name(
        self,
        *,
        ud_list_definition_name: str | None | Unset = UNSET,
        list_item_id: int | Unset = UNSET,
        show_deleted: bool | Unset = UNSET,
    ) -> list[SelectableMDOListItem | None] | None:
        """Gets a selectable MDO list of the headings for this list item

        Returns:
            The result.
        """
        return self._call(
            GET_HEADINGS_FOR_LIST_ITEM_FROM_LIST_NAME,
            (ud_list_definition_name, list_item_id, show_deleted),
        )

    def save_headings_for_list_item_from_list_definition(
        self,
        *,
        ud_list_definition_id: int | Unset = UNSET,
        list_item_id: int | Unset = UNSET,
        headings: list[SelectableMDOListItem | None] | None | Unset = UNSET,
    ) -> list[SelectableMDOListItem | None] | None:
        """Saves the active headings for the list item.

        Returns:
            The result.
        """
        return self._call(
            SAVE_HEADINGS_FOR_LIST_ITEM_FROM_LIST_DEFINITION,
            (ud_list_definition_id, list_item_id, headings),
        )

    def save_headings_for_list_item_from_list_name(
        self,
        *,
        ud_list_definition_name: str | None | Unset = UNSET,
        list_item_id: int | Unset = UNSET,
        headings: list[SelectableMDOListItem | None] | None | Unset = UNSET,
    ) -> list[SelectableMDOListItem | None] | None:
        """Saves the headings for the list item.

        Returns:
            The result.
        """
        return self._call(
            SAVE_HEADINGS_FOR_LIST_ITEM_FROM_LIST_NAME,
            (ud_list_definition_name, list_item_id, headings),
        )

    def get_list_items_for_heading(
        self, *, ud_list_definition_id: int | Unset = UNSET, heading_id: int | Unset = UNSET
    ) -> list[SelectableMDOListItem | None] | None:
        """List of list items that is selected if under this heading

        Returns:
            The result.
        """
        return self._call(GET_LIST_ITEMS_FOR_HEADING, (ud_list_definition_id, heading_id))

    def get_list_items_for_heading_from_list_name(
        self,
        *,
        ud_list_definition_name: str | None | Unset = UNSET,
        heading_id: int | Unset = UNSET,
    ) -> list[SelectableMDOListItem | None] | None:
        """List of list items that is selected if under this heading

        Returns:
            The result.
        """
        return self._call(
            GET_LIST_ITEMS_FOR_HEADING_FROM_LIST_NAME, (ud_list_definition_name, heading_id)
        )

    def set_list_items_for_heading(
        self,
        *,
        ud_list_definition_id: int | Unset = UNSET,
        heading_id: int | Unset = UNSET,
        list_item_ids: list[int] | None | Unset = UNSET,
        enable: bool | Unset = UNSET,
    ) -> None:
        """Update listItems that will be visible for this usergroup"""
        return self._call(
            SET_LIST_ITEMS_FOR_HEADING, (ud_list_definition_id, heading_id, list_item_ids, enable)
        )

    def create_default_amount_class_entity(self) -> AmountClassEntity | None:
        """Loading default values into a new AmountClassEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_AMOUNT_CLASS_ENTITY, ())

    def save_amount_class_entity(
        self, *, amount_class_entity: AmountClassEntity | None | Unset = UNSET
    ) -> AmountClassEntity | None:
        """Updates the existing AmountClassEntity or creates a new AmountClassEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_AMOUNT_CLASS_ENTITY, (amount_class_entity,))

    def create_default_category_entity(self) -> CategoryEntity | None:
        """Loading default values into a new CategoryEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_CATEGORY_ENTITY, ())

    def save_category_entity(
        self, *, category_entity: CategoryEntity | None | Unset = UNSET
    ) -> CategoryEntity | None:
        """Updates the existing CategoryEntity or creates a new CategoryEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_CATEGORY_ENTITY, (category_entity,))

    def create_default_task_menu(self) -> TaskMenu | None:
        """Loading default values into a new TaskMenu.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_TASK_MENU, ())

    def save_task_menu(self, *, task_menu: TaskMenu | None | Unset = UNSET) -> TaskMenu | None:
        """Updates the existing TaskMenu or creates a new TaskMenu if the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_TASK_MENU, (task_menu,))

    def delete_task_menu(self, *, task_menu_id: int | Unset = UNSET) -> None:
        """Deletes the TaskMenu"""
        return self._call(DELETE_TASK_MENU, (task_menu_id,))

    def create_default_currency_entity(self) -> CurrencyEntity | None:
        """Loading default values into a new CurrencyEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_CURRENCY_ENTITY, ())

    def save_currency_entity(
        self, *, currency_entity: CurrencyEntity | None | Unset = UNSET
    ) -> CurrencyEntity | None:
        """Updates the existing CurrencyEntity or creates a new CurrencyEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_CURRENCY_ENTITY, (currency_entity,))

    def create_default_document_template_entity(self) -> DocumentTemplateEntity | None:
        """Loading default values into a new DocumentTemplateEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_DOCUMENT_TEMPLATE_ENTITY, ())

    def save_document_template_entity(
        self, *, document_template_entity: DocumentTemplateEntity | None | Unset = UNSET
    ) -> DocumentTemplateEntity | None:
        """Updates the existing DocumentTemplateEntity or creates a new DocumentTemplateEntity
        if the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_DOCUMENT_TEMPLATE_ENTITY, (document_template_entity,))

    def create_default_ext_app_entity(self) -> ExtAppEntity | None:
        """Loading default values into a new ExtAppEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_EXT_APP_ENTITY, ())

    def save_ext_app_entity(
        self, *, ext_app_entity: ExtAppEntity | None | Unset = UNSET
    ) -> ExtAppEntity | None:
        """Updates the existing ExtAppEntity or creates a new ExtAppEntity if the id parameter
        is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_EXT_APP_ENTITY, (ext_app_entity,))

    def create_default_heading_entity(self) -> HeadingEntity | None:
        """Loading default values into a new HeadingEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_HEADING_ENTITY, ())

    def save_heading_entity(
        self, *, heading_entity: HeadingEntity | None | Unset = UNSET
    ) -> HeadingEntity | None:
        """Updates the existing HeadingEntity or creates a new HeadingEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_HEADING_ENTITY, (heading_entity,))

    def create_default_hierarchy_entity(self) -> HierarchyEntity | None:
        """Loading default values into a new HierarchyEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_HIERARCHY_ENTITY, ())

    def save_hierarchy_entity(
        self, *, hierarchy_entity: HierarchyEntity | None | Unset = UNSET
    ) -> HierarchyEntity | None:
        """Updates the existing HierarchyEntity or creates a new HierarchyEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_HIERARCHY_ENTITY, (hierarchy_entity,))

    def delete_hierarchy_entity(self, *, hierarchy_entity_id: int | Unset = UNSET) -> None:
        """Deletes the HierarchyEntity"""
        return self._call(DELETE_HIERARCHY_ENTITY, (hierarchy_entity_id,))

    def create_default_list_entity(self) -> ListEntity | None:
        """Loading default values into a new ListEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_LIST_ENTITY, ())

    def save_list_entity(
        self, *, list_entity: ListEntity | None | Unset = UNSET
    ) -> ListEntity | None:
        """Updates the existing ListEntity or creates a new ListEntity if the id parameter is
        0.

        Returns:
            The result.
        """
        return self._call(SAVE_LIST_ENTITY, (list_entity,))

    def delete_list_entity(self, *, list_entity_id: int | Unset = UNSET) -> None:
        """Deletes the ListEntity"""
        return self._call(DELETE_LIST_ENTITY, (list_entity_id,))

    def create_default_list_item_entity(self) -> ListItemEntity | None:
        """Loading default values into a new ListItemEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_LIST_ITEM_ENTITY, ())

    def create_default_project_type_entity(self) -> ProjectTypeEntity | None:
        """Loading default values into a new ProjectTypeEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_PROJECT_TYPE_ENTITY, ())

    def save_project_type_entity(
        self, *, project_type_entity: ProjectTypeEntity | None | Unset = UNSET
    ) -> ProjectTypeEntity | None:
        """Updates the existing ProjectTypeEntity or creates a new ProjectTypeEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_PROJECT_TYPE_ENTITY, (project_type_entity,))

    def create_default_relation_definition_entity(self) -> RelationDefinitionEntity | None:
        """Loading default values into a new RelationDefinitionEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_RELATION_DEFINITION_ENTITY, ())

    def save_relation_definition_entity(
        self, *, relation_definition_entity: RelationDefinitionEntity | None | Unset = UNSET
    ) -> RelationDefinitionEntity | None:
        """Updates the existing RelationDefinitionEntity or creates a new
        RelationDefinitionEntity if the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_RELATION_DEFINITION_ENTITY, (relation_definition_entity,))

    def create_default_resource_entity(self) -> ResourceEntity | None:
        """Loading default values into a new ResourceEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_RESOURCE_ENTITY, ())

    def save_resource_entity(
        self, *, resource_entity: ResourceEntity | None | Unset = UNSET
    ) -> ResourceEntity | None:
        """Updates the existing ResourceEntity or creates a new ResourceEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_RESOURCE_ENTITY, (resource_entity,))

    def delete_resource_entity(self, *, resource_entity_id: int | Unset = UNSET) -> None:
        """Deletes the ResourceEntity"""
        return self._call(DELETE_RESOURCE_ENTITY, (resource_entity_id,))

    def create_default_sale_stage_entity(self) -> SaleStageEntity | None:
        """Loading default values into a new SaleStageEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_SALE_STAGE_ENTITY, ())

    def save_sale_stage_entity(
        self, *, sale_stage_entity: SaleStageEntity | None | Unset = UNSET
    ) -> SaleStageEntity | None:
        """Updates the existing SaleStageEntity or creates a new SaleStageEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_SALE_STAGE_ENTITY, (sale_stage_entity,))

    def create_default_sale_type_entity(self) -> SaleTypeEntity | None:
        """Loading default values into a new SaleTypeEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_SALE_TYPE_ENTITY, ())

    def save_sale_type_entity(
        self, *, sale_type_entity: SaleTypeEntity | None | Unset = UNSET
    ) -> SaleTypeEntity | None:
        """Updates the existing SaleTypeEntity or creates a new SaleTypeEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_SALE_TYPE_ENTITY, (sale_type_entity,))

    def create_default_ticket_category_entity(self) -> TicketCategoryEntity | None:
        """Loading default values into a new TicketCategoryEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_TICKET_CATEGORY_ENTITY, ())

    def save_ticket_category_entity(
        self, *, ticket_category_entity: TicketCategoryEntity | None | Unset = UNSET
    ) -> TicketCategoryEntity | None:
        """Updates the existing TicketCategoryEntity or creates a new TicketCategoryEntity if
        the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_TICKET_CATEGORY_ENTITY, (ticket_category_entity,))

    def delete_ticket_category_entity(
        self, *, ticket_category_entity_id: int | Unset = UNSET
    ) -> None:
        """Deletes the TicketCategoryEntity"""
        return self._call(DELETE_TICKET_CATEGORY_ENTITY, (ticket_category_entity_id,))

    def create_default_ticket_priority_entity(self) -> TicketPriorityEntity | None:
        """Loading default values into a new TicketPriorityEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_TICKET_PRIORITY_ENTITY, ())

    def save_ticket_priority_entity(
        self, *, ticket_priority_entity: TicketPriorityEntity | None | Unset = UNSET
    ) -> TicketPriorityEntity | None:
        """Updates the existing TicketPriorityEntity or creates a new TicketPriorityEntity if
        the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_TICKET_PRIORITY_ENTITY, (ticket_priority_entity,))

    def delete_ticket_priority_entity(
        self, *, ticket_priority_entity_id: int | Unset = UNSET
    ) -> None:
        """Deletes the TicketPriorityEntity"""
        return self._call(DELETE_TICKET_PRIORITY_ENTITY, (ticket_priority_entity_id,))

    def create_default_ticket_status_entity(self) -> TicketStatusEntity | None:
        """Loading default values into a new TicketStatusEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_TICKET_STATUS_ENTITY, ())

    def save_ticket_status_entity(
        self, *, ticket_status_entity: TicketStatusEntity | None | Unset = UNSET
    ) -> TicketStatusEntity | None:
        """Updates the existing TicketStatusEntity or creates a new TicketStatusEntity if the
        id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_TICKET_STATUS_ENTITY, (ticket_status_entity,))

    def delete_ticket_status_entity(self, *, ticket_status_entity_id: int | Unset = UNSET) -> None:
        """Deletes the TicketStatusEntity"""
        return self._call(DELETE_TICKET_STATUS_ENTITY, (ticket_status_entity_id,))

    def create_default_ticket_type_entity(self) -> TicketTypeEntity | None:
        """Loading default values into a new TicketTypeEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_TICKET_TYPE_ENTITY, ())

    def save_ticket_type_entity(
        self, *, ticket_type_entity: TicketTypeEntity | None | Unset = UNSET
    ) -> TicketTypeEntity | None:
        """Updates the existing TicketTypeEntity or creates a new TicketTypeEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_TICKET_TYPE_ENTITY, (ticket_type_entity,))

    def delete_ticket_type_entity(self, *, ticket_type_entity_id: int | Unset = UNSET) -> None:
        """Deletes the TicketTypeEntity"""
        return self._call(DELETE_TICKET_TYPE_ENTITY, (ticket_type_entity_id,))

    def create_default_web_panel_entity(self) -> WebPanelEntity | None:
        """Loading default values into a new WebPanelEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_WEB_PANEL_ENTITY, ())

    def save_web_panel_entity(
        self, *, web_panel_entity: WebPanelEntity | None | Unset = UNSET
    ) -> WebPanelEntity | None:
        """Updates the existing WebPanelEntity or creates a new WebPanelEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_WEB_PANEL_ENTITY, (web_panel_entity,))

    def get_amount_class_entity(
        self, *, amount_class_entity_id: int | Unset = UNSET
    ) -> AmountClassEntity | None:
        """Gets a AmountClassEntity object.

        Returns:
            The result.
        """
        return self._call(GET_AMOUNT_CLASS_ENTITY, (amount_class_entity_id,))

    def save_all_automated_category_updates(
        self, *, settings: list[AutomatedCategoryUpdate | None] | None | Unset = UNSET
    ) -> list[AutomatedCategoryUpdate | None] | None:
        """Call ``SaveAllAutomatedCategoryUpdates``.

        Returns:
            The result.
        """
        return self._call(SAVE_ALL_AUTOMATED_CATEGORY_UPDATES, (settings,))

    def get_all_automated_category_updates(self) -> list[AutomatedCategoryUpdate | None] | None:
        """Call ``GetAllAutomatedCategoryUpdates``.

        Returns:
            The result.
        """
        return self._call(GET_ALL_AUTOMATED_CATEGORY_UPDATES, ())

    def get_need_category_update_for_sale(
        self,
        *,
        sale_status: SaleStatus | str | Unset = UNSET,
        sale_id: int | Unset = UNSET,
        contact_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
    ) -> AutomatedCategoryUpdate | None:
        """Call ``GetNeedCategoryUpdateForSale``.

        Returns:
            The result.
        """
        return self._call(
            GET_NEED_CATEGORY_UPDATE_FOR_SALE, (sale_status, sale_id, contact_id, person_id)
        )

    def get_need_category_update_for_person(
        self,
        *,
        lead_status: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        contact_id: int | Unset = UNSET,
        category_id: int | Unset = UNSET,
    ) -> AutomatedCategoryUpdate | None:
        """Call ``GetNeedCategoryUpdateForPerson``.

        Returns:
            The result.
        """
        return self._call(
            GET_NEED_CATEGORY_UPDATE_FOR_PERSON, (lead_status, person_id, contact_id, category_id)
        )

    def get_business(self, *, business_id: int | Unset = UNSET) -> Business | None:
        """Gets a Business object.

        Returns:
            The result.
        """
        return self._call(GET_BUSINESS, (business_id,))

    def get_business_list(
        self, *, business_ids: list[int] | None | Unset = UNSET
    ) -> list[Business | None] | None:
        """Gets an array of Business objects.

        Returns:
            The result.
        """
        return self._call(GET_BUSINESS_LIST, (business_ids,))

    def get_businesses(self) -> list[Business | None] | None:
        """Returns all available businesses that a contact could have.

        Returns:
            The result.
        """
        return self._call(GET_BUSINESSES, ())

    def get_category(self, *, category_id: int | Unset = UNSET) -> Category | None:
        """Gets a Category object.

        Returns:
            The result.
        """
        return self._call(GET_CATEGORY, (category_id,))

    def get_category_entity(
        self, *, category_entity_id: int | Unset = UNSET
    ) -> CategoryEntity | None:
        """Gets a CategoryEntity object.

        Returns:
            The result.
        """
        return self._call(GET_CATEGORY_ENTITY, (category_entity_id,))

    def get_category_list(
        self, *, category_ids: list[int] | None | Unset = UNSET
    ) -> list[Category | None] | None:
        """Gets an array of Category objects.

        Returns:
            The result.
        """
        return self._call(GET_CATEGORY_LIST, (category_ids,))

    def get_categories(self) -> list[Category | None] | None:
        """Returns all categories a contact could belong to

        Returns:
            The result.
        """
        return self._call(GET_CATEGORIES, ())

    def get_competitor(self, *, competitor_id: int | Unset = UNSET) -> Competitor | None:
        """Gets a Competitor object.

        Returns:
            The result.
        """
        return self._call(GET_COMPETITOR, (competitor_id,))

    def get_competitor_list(
        self, *, competitor_ids: list[int] | None | Unset = UNSET
    ) -> list[Competitor | None] | None:
        """Gets an array of Competitor objects.

        Returns:
            The result.
        """
        return self._call(GET_COMPETITOR_LIST, (competitor_ids,))

    def get_competitors(self) -> list[Competitor | None] | None:
        """Returns all competitors

        Returns:
            The result.
        """
        return self._call(GET_COMPETITORS, ())

    def get_task_menu(self, *, task_menu_id: int | Unset = UNSET) -> TaskMenu | None:
        """Gets a TaskMenu object.

        Returns:
            The result.
        """
        return self._call(GET_TASK_MENU, (task_menu_id,))

    def get_app_task_menus(self) -> list[TaskMenu | None] | None:
        """Get all task menus owned by your app; works in Online only, for registered Apps that
        send a valid ApplicationToken

        Returns:
            The result.
        """
        return self._call(GET_APP_TASK_MENUS, ())

    def delete_app_task_menus(self) -> None:
        """Permanentely delete all task menus owned by your app; works in Online only, for
        registered Apps that send a valid ApplicationToken; otherwise nothing happens
        """
        return self._call(DELETE_APP_TASK_MENUS, ())

    def get_task_menu_by_prog_id(self, *, prog_id: str | None | Unset = UNSET) -> TaskMenu | None:
        """Get a task menu using the ProgId key that was specified when it was created

        Returns:
            The result.
        """
        return self._call(GET_TASK_MENU_BY_PROG_ID, (prog_id,))

    def get_consent_purpose(
        self, *, consent_purpose_id: int | Unset = UNSET
    ) -> ConsentPurpose | None:
        """Gets a ConsentPurpose object.

        Returns:
            The result.
        """
        return self._call(GET_CONSENT_PURPOSE, (consent_purpose_id,))

    def save_consent_purpose(
        self, *, consent_purpose: ConsentPurpose | None | Unset = UNSET
    ) -> ConsentPurpose | None:
        """Save a ConsentPurpose object

        Returns:
            The result.
        """
        return self._call(SAVE_CONSENT_PURPOSE, (consent_purpose,))

    def set_emarketing_strict_mode(self, *, enable: bool | Unset = UNSET) -> None:
        """Turn on the Emarketing strict mode, which will enable full GDPR rules concerning
        Emarketing consents and subscriptions
        """
        return self._call(SET_EMARKETING_STRICT_MODE, (enable,))

    def get_emarketing_strict_mode(self) -> bool | None:
        """Get the value of the Emarketing strict mode setting

        Returns:
            The result.
        """
        return self._call(GET_EMARKETING_STRICT_MODE, ())

    def get_consent_purpose_list(
        self, *, consent_purpose_ids: list[int] | None | Unset = UNSET
    ) -> list[ConsentPurpose | None] | None:
        """Gets an array of ConsentPurpose objects.

        Returns:
            The result.
        """
        return self._call(GET_CONSENT_PURPOSE_LIST, (consent_purpose_ids,))

    def get_consent_purposes(self) -> list[ConsentPurpose | None] | None:
        """Returns all defined purposes.

        Returns:
            The result.
        """
        return self._call(GET_CONSENT_PURPOSES, ())

    def get_consent_source(
        self, *, consent_source_id: int | Unset = UNSET
    ) -> ConsentSource | None:
        """Gets a ConsentSource object.

        Returns:
            The result.
        """
        return self._call(GET_CONSENT_SOURCE, (consent_source_id,))

    def save_consent_source(
        self, *, consent_source: ConsentSource | None | Unset = UNSET
    ) -> ConsentSource | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return self._call(SAVE_CONSENT_SOURCE, (consent_source,))

    def get_all_consent_source(self) -> list[ConsentSource | None] | None:
        """Gets an array of all ConsentSource objects

        Returns:
            The result.
        """
        return self._call(GET_ALL_CONSENT_SOURCE, ())

    def get_consent_source_list(
        self, *, consent_source_ids: list[int] | None | Unset = UNSET
    ) -> list[ConsentSource | None] | None:
        """Gets an array of ConsentSource objects.

        Returns:
            The result.
        """
        return self._call(GET_CONSENT_SOURCE_LIST, (consent_source_ids,))

    def get_consent_sources(self) -> list[ConsentSource | None] | None:
        """Returns all defined Sources.

        Returns:
            The result.
        """
        return self._call(GET_CONSENT_SOURCES, ())

    def get_country(self, *, country_id: int | Unset = UNSET) -> Country | None:
        """Gets a Country object.

        Returns:
            The result.
        """
        return self._call(GET_COUNTRY, (country_id,))

    def save_country(self, *, country: Country | None | Unset = UNSET) -> Country | None:
        """Saves a country

        Returns:
            The result.
        """
        return self._call(SAVE_COUNTRY, (country,))

    def create_default_country(self) -> Country | None:
        """Gets a new country

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_COUNTRY, ())

    def get_country_list(
        self, *, country_ids: list[int] | None | Unset = UNSET
    ) -> list[Country | None] | None:
        """Gets an array of Country objects.

        Returns:
            The result.
        """
        return self._call(GET_COUNTRY_LIST, (country_ids,))

    def get_countries(self) -> list[Country | None] | None:
        """Returns all available countries a contact or person could belong to.

        Returns:
            The result.
        """
        return self._call(GET_COUNTRIES, ())

    def get_all_countries(
        self, *, include_deleted: bool | Unset = UNSET
    ) -> list[Country | None] | None:
        """Returns all available countries a contact or person could belong to.

        Returns:
            The result.
        """
        return self._call(GET_ALL_COUNTRIES, (include_deleted,))

    def get_credited(self, *, credited_id: int | Unset = UNSET) -> Credited | None:
        """Gets a Credited object.

        Returns:
            The result.
        """
        return self._call(GET_CREDITED, (credited_id,))

    def get_credited_list(
        self, *, credited_ids: list[int] | None | Unset = UNSET
    ) -> list[Credited | None] | None:
        """Gets an array of Credited objects.

        Returns:
            The result.
        """
        return self._call(GET_CREDITED_LIST, (credited_ids,))


class AsyncListMethods(AsyncCalls):
    """The List operations, called asynchronously (SOAP or REST)."""

    async def get_sale_stage_entity(
        self, *, sale_stage_entity_id: int | Unset = UNSET
    ) -> SaleStageEntity | None:
        """Gets a SaleStageEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_SALE_STAGE_ENTITY, (sale_stage_entity_id,))

    async def get_sale_type(self, *, sale_type_id: int | Unset = UNSET) -> SaleType | None:
        """Gets a SaleType object.

        Returns:
            The result.
        """
        return await self._call(GET_SALE_TYPE, (sale_type_id,))

    async def get_sale_type_entity(
        self, *, sale_type_entity_id: int | Unset = UNSET
    ) -> SaleTypeEntity | None:
        """Gets a SaleTypeEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_SALE_TYPE_ENTITY, (sale_type_entity_id,))

    async def get_sale_type_list(
        self, *, sale_type_ids: list[int] | None | Unset = UNSET
    ) -> list[SaleType | None] | None:
        """Gets an array of SaleType objects.

        Returns:
            The result.
        """
        return await self._call(GET_SALE_TYPE_LIST, (sale_type_ids,))

    async def get_all_sale_type(self) -> list[SaleType | None] | None:
        """Returns all sale types as simple list items

        Returns:
            The result.
        """
        return await self._call(GET_ALL_SALE_TYPE, ())

    async def get_all_sale_type_entities(
        self, *, include_deleted: bool | Unset = UNSET
    ) -> list[SaleTypeEntity | None] | None:
        """Returns all sale types as entities with stakeholders, guide and quote properties

        Returns:
            The result.
        """
        return await self._call(GET_ALL_SALE_TYPE_ENTITIES, (include_deleted,))

    async def get_selection_category(
        self, *, selection_category_id: int | Unset = UNSET
    ) -> SelectionCategory | None:
        """Gets a SelectionCategory object.

        Returns:
            The result.
        """
        return await self._call(GET_SELECTION_CATEGORY, (selection_category_id,))

    async def get_all_selection_category(self) -> list[SelectionCategory | None] | None:
        """Gets an array of all SelectionCategory objects

        Returns:
            The result.
        """
        return await self._call(GET_ALL_SELECTION_CATEGORY, ())

    async def get_selection_category_list(
        self, *, selection_category_ids: list[int] | None | Unset = UNSET
    ) -> list[SelectionCategory | None] | None:
        """Gets an array of SelectionCategory objects.

        Returns:
            The result.
        """
        return await self._call(GET_SELECTION_CATEGORY_LIST, (selection_category_ids,))

    async def get_source(self, *, source_id: int | Unset = UNSET) -> Source | None:
        """Gets a Source object.

        Returns:
            The result.
        """
        return await self._call(GET_SOURCE, (source_id,))

    async def get_source_list(
        self, *, source_ids: list[int] | None | Unset = UNSET
    ) -> list[Source | None] | None:
        """Gets an array of Source objects.

        Returns:
            The result.
        """
        return await self._call(GET_SOURCE_LIST, (source_ids,))

    async def get_sources(self) -> list[Source | None] | None:
        """Returns all sources

        Returns:
            The result.
        """
        return await self._call(GET_SOURCES, ())

    async def get_task(self, *, task_id: int | Unset = UNSET) -> Task | None:
        """Gets a SoTask object.

        Returns:
            The result.
        """
        return await self._call(GET_TASK, (task_id,))

    async def get_document_template_task(
        self, *, document_template_id: int | Unset = UNSET
    ) -> Task | None:
        """Returns a Document Template list item as a TaskListItem.

        Returns:
            The result.
        """
        return await self._call(GET_DOCUMENT_TEMPLATE_TASK, (document_template_id,))

    async def get_task_list(
        self, *, so_task_ids: list[int] | None | Unset = UNSET
    ) -> list[Task | None] | None:
        """Gets an array of SoTask objects.

        Returns:
            The result.
        """
        return await self._call(GET_TASK_LIST, (so_task_ids,))

    async def get_tasks(self) -> list[Task | None] | None:
        """Returns all appointment tasks

        Returns:
            The result.
        """
        return await self._call(GET_TASKS, ())

    async def get_document_templates_tasks(self) -> list[Task | None] | None:
        """The appointment's task is a Document template item when the appointment is a
        document.

        Returns:
            The result.
        """
        return await self._call(GET_DOCUMENT_TEMPLATES_TASKS, ())

    async def get_all_tasks(
        self, *, include_deleted: bool | Unset = UNSET
    ) -> list[TaskListItem | None] | None:
        """Returns all appointment tasks

        Returns:
            The result.
        """
        return await self._call(GET_ALL_TASKS, (include_deleted,))

    async def get_ticket_category(
        self, *, ticket_category_id: int | Unset = UNSET
    ) -> TicketCategory | None:
        """Gets a TicketCategory object.

        Returns:
            The result.
        """
        return await self._call(GET_TICKET_CATEGORY, (ticket_category_id,))

    async def get_ticket_category_entity(
        self, *, ticket_category_entity_id: int | Unset = UNSET
    ) -> TicketCategoryEntity | None:
        """Gets a TicketCategoryEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_TICKET_CATEGORY_ENTITY, (ticket_category_entity_id,))

    async def move_all_tickets(
        self,
        *,
        from_ticket_category_id: int | Unset = UNSET,
        to_ticket_category_id: int | Unset = UNSET,
    ) -> None:
        """Move all tickets from one ticket category to another"""
        return await self._call(MOVE_ALL_TICKETS, (from_ticket_category_id, to_ticket_category_id))

    async def rebuild_fullnames(self) -> None:
        """Update the fullname field of all categories."""
        return await self._call(REBUILD_FULLNAMES, ())

    async def get_ticket_category_list(
        self, *, ticket_category_entity_ids: list[int] | None | Unset = UNSET
    ) -> list[TicketCategoryEntity | None] | None:
        """Gets an array of TicketCategoryEntity objects.

        Returns:
            The result.
        """
        return await self._call(GET_TICKET_CATEGORY_LIST, (ticket_category_entity_ids,))

    async def get_ticket_categories(self) -> list[TicketCategoryEntity | None] | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return await self._call(GET_TICKET_CATEGORIES, ())

    async def get_ticket_categories_for_user_groups(
        self, *, user_group_ids: list[int] | None | Unset = UNSET
    ) -> list[MDOListItem | None] | None:
        """Ticket categories for user groups

        Returns:
            The result.
        """
        return await self._call(GET_TICKET_CATEGORIES_FOR_USER_GROUPS, (user_group_ids,))

    async def set_ticket_categories_for_user_group(
        self, *, user_group_id: int | Unset = UNSET, category_ids: list[int] | None | Unset = UNSET
    ) -> None:
        """Set ticket categories for one user group"""
        return await self._call(
            SET_TICKET_CATEGORIES_FOR_USER_GROUP, (user_group_id, category_ids)
        )

    async def update_category_memberships(
        self,
        *,
        ticket_category_id: int | Unset = UNSET,
        memberships_to_add: list[TicketCategoryMembershipEntity | None] | None | Unset = UNSET,
        memberships_to_update: list[TicketCategoryMembershipEntity | None] | None | Unset = UNSET,
        memberships_to_delete: list[TicketCategoryMembershipEntity | None] | None | Unset = UNSET,
    ) -> None:
        """Updates category memberships"""
        return await self._call(
            UPDATE_CATEGORY_MEMBERSHIPS,
            (ticket_category_id, memberships_to_add, memberships_to_update, memberships_to_delete),
        )

    async def get_ticket_priority(
        self, *, ticket_priority_id: int | Unset = UNSET
    ) -> TicketPriority | None:
        """Gets a TicketPriority object.

        Returns:
            The result.
        """
        return await self._call(GET_TICKET_PRIORITY, (ticket_priority_id,))

    async def get_ticket_priority_entity(
        self, *, ticket_priority_entity_id: int | Unset = UNSET
    ) -> TicketPriorityEntity | None:
        """Gets a TicketPriorityEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_TICKET_PRIORITY_ENTITY, (ticket_priority_entity_id,))

    async def set_ticket_priority_sort_order(
        self, *, ticket_priority_id: int | Unset = UNSET, sort_order: int | Unset = UNSET
    ) -> None:
        """This method will set sort order of ticket priority in a list"""
        return await self._call(SET_TICKET_PRIORITY_SORT_ORDER, (ticket_priority_id, sort_order))

    async def get_ticket_priority_list(
        self, *, ticket_priority_ids: list[int] | None | Unset = UNSET
    ) -> list[TicketPriority | None] | None:
        """Gets an array of TicketPriority objects.

        Returns:
            The result.
        """
        return await self._call(GET_TICKET_PRIORITY_LIST, (ticket_priority_ids,))

    async def get_ticket_priorities(self) -> list[TicketPriority | None] | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return await self._call(GET_TICKET_PRIORITIES, ())

    async def get_all_ticket_priorities(
        self, *, include_deleted: bool | Unset = UNSET
    ) -> list[TicketPriorityEntity | None] | None:
        """Returns all available ticket priorities.

        Returns:
            The result.
        """
        return await self._call(GET_ALL_TICKET_PRIORITIES, (include_deleted,))

    async def get_ticket_status_entity(
        self, *, ticket_status_entity_id: int | Unset = UNSET
    ) -> TicketStatusEntity | None:
        """Gets a TicketStatusEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_TICKET_STATUS_ENTITY, (ticket_status_entity_id,))

    async def global_change_ticket_status(
        self,
        *,
        from_ticket_status_id: int | Unset = UNSET,
        to_ticket_status_id: int | Unset = UNSET,
    ) -> None:
        """This method will change all references from one ticket status to another."""
        return await self._call(
            GLOBAL_CHANGE_TICKET_STATUS, (from_ticket_status_id, to_ticket_status_id)
        )

    async def set_ticket_status_sort_order(
        self, *, ticket_status_id: int | Unset = UNSET, sort_order: int | Unset = UNSET
    ) -> None:
        """This method will set sort order of ticket status in a list"""
        return await self._call(SET_TICKET_STATUS_SORT_ORDER, (ticket_status_id, sort_order))

    async def get_ticket_status_list(
        self, *, ticket_status_entity_ids: list[int] | None | Unset = UNSET
    ) -> list[TicketStatusEntity | None] | None:
        """Gets an array of TicketStatusEntity objects.

        Returns:
            The result.
        """
        return await self._call(GET_TICKET_STATUS_LIST, (ticket_status_entity_ids,))

    async def get_ticket_statuses(self) -> list[TicketStatusEntity | None] | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return await self._call(GET_TICKET_STATUSES, ())

    async def get_ticket_type_entity(
        self, *, ticket_type_entity_id: int | Unset = UNSET
    ) -> TicketTypeEntity | None:
        """Gets a TicketTypeEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_TICKET_TYPE_ENTITY, (ticket_type_entity_id,))

    async def global_change_ticket_type(
        self, *, from_ticket_type_id: int | Unset = UNSET, to_ticket_type_id: int | Unset = UNSET
    ) -> None:
        """Change all references from one ticket type to another."""
        return await self._call(
            GLOBAL_CHANGE_TICKET_TYPE, (from_ticket_type_id, to_ticket_type_id)
        )

    async def set_ticket_type_sort_order(
        self, *, ticket_type_id: int | Unset = UNSET, sort_order: int | Unset = UNSET
    ) -> None:
        """This method will set sort order of ticket type in a list"""
        return await self._call(SET_TICKET_TYPE_SORT_ORDER, (ticket_type_id, sort_order))

    async def get_ticket_type_list(
        self, *, ticket_type_entity_ids: list[int] | None | Unset = UNSET
    ) -> list[TicketTypeEntity | None] | None:
        """Gets an array of TicketTypeEntity objects.

        Returns:
            The result.
        """
        return await self._call(GET_TICKET_TYPE_LIST, (ticket_type_entity_ids,))

    async def get_ticket_types(self) -> list[TicketTypeEntity | None] | None:
        """Get all TicketTypes

        Returns:
            The result.
        """
        return await self._call(GET_TICKET_TYPES, ())

    async def get_web_panel_entity(
        self, *, web_panel_entity_id: int | Unset = UNSET
    ) -> WebPanelEntity | None:
        """Gets a WebPanelEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_WEB_PANEL_ENTITY, (web_panel_entity_id,))

    async def generate_navigation_url(
        self,
        *,
        visible_in: Navigation | str | Unset = UNSET,
        window_name: str | None | Unset = UNSET,
    ) -> str | None:
        """This methods generates the navigation URL to be used to navigate to the panel

        Returns:
            The result.
        """
        return await self._call(GENERATE_NAVIGATION_URL, (visible_in, window_name))

    async def get_web_panel_list(self) -> list[WebPanelEntity | None] | None:
        """Return a list of all web panels.

        Returns:
            The result.
        """
        return await self._call(GET_WEB_PANEL_LIST, ())

    async def delete_web_panel(self, *, id: int | Unset = UNSET) -> None:
        """Hard-delete (real, permanent DELETE in the database) the given web panel."""
        return await self._call(DELETE_WEB_PANEL, (id,))

    async def get_app_web_panels(self) -> list[WebPanelEntity | None] | None:
        """Get all web panels owned by your app; works in Online only, for registered Apps that
        send a valid ApplicationToken

        Returns:
            The result.
        """
        return await self._call(GET_APP_WEB_PANELS, ())

    async def delete_app_web_panels(self) -> None:
        """Permanentely delete all web panels owned by your app; works in Online only, for
        registered Apps that send a valid ApplicationToken; otherwise nothing happens
        """
        return await self._call(DELETE_APP_WEB_PANELS, ())

    async def get_web_panel_by_prog_id(
        self, *, prog_id: str | None | Unset = UNSET
    ) -> WebPanelEntity | None:
        """Get a web panel using the ProgId key that was specified when it was created

        Returns:
            The result.
        """
        return await self._call(GET_WEB_PANEL_BY_PROG_ID, (prog_id,))

    async def set_list_items_for_heading_from_list_name(
        self,
        *,
        ud_list_definition_name: str | None | Unset = UNSET,
        heading_id: int | Unset = UNSET,
        list_item_ids: list[int] | None | Unset = UNSET,
        enable: bool | Unset = UNSET,
    ) -> None:
        """Update listItems under this heading"""
        return await self._call(
            SET_LIST_ITEMS_FOR_HEADING_FROM_LIST_NAME,
            (ud_list_definition_name, heading_id, list_item_ids, enable),
        )

    async def set_headings_for_list_item(
        self,
        *,
        ud_list_definition_id: int | Unset = UNSET,
        list_item_id: int | Unset = UNSET,
        heading_ids: list[int] | None | Unset = UNSET,
        enable: bool | Unset = UNSET,
    ) -> None:
        """Set headings which this list item should be listed under"""
        return await self._call(
            SET_HEADINGS_FOR_LIST_ITEM, (ud_list_definition_id, list_item_id, heading_ids, enable)
        )

    async def set_rank_on_headings(
        self,
        *,
        ud_list_definition_id: int | Unset = UNSET,
        heading_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Set rank order on headings"""
        return await self._call(SET_RANK_ON_HEADINGS, (ud_list_definition_id, heading_ids))

    async def set_rank_on_sale_activity(
        self,
        *,
        sale_type_stage_link_id: int | Unset = UNSET,
        items_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Set rank order on sale activity"""
        return await self._call(SET_RANK_ON_SALE_ACTIVITY, (sale_type_stage_link_id, items_ids))

    async def set_rank_on_sale_document(
        self,
        *,
        sale_type_stage_link_id: int | Unset = UNSET,
        items_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Set rank order on project document"""
        return await self._call(SET_RANK_ON_SALE_DOCUMENT, (sale_type_stage_link_id, items_ids))

    async def set_rank_on_project_activity(
        self,
        *,
        project_type_status_link_id: int | Unset = UNSET,
        items_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Set rank order on project activity"""
        return await self._call(
            SET_RANK_ON_PROJECT_ACTIVITY, (project_type_status_link_id, items_ids)
        )

    async def set_rank_on_project_document(
        self,
        *,
        project_type_status_link_id: int | Unset = UNSET,
        items_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Set rank order on project document"""
        return await self._call(
            SET_RANK_ON_PROJECT_DOCUMENT, (project_type_status_link_id, items_ids)
        )

    async def get_all_from_list_definition(
        self, *, ud_list_definition_id: int | Unset = UNSET, include_deleted: bool | Unset = UNSET
    ) -> list[ListItemEntity | None] | None:
        """Get all list items for the specified list defintion

        Returns:
            The result.
        """
        return await self._call(
            GET_ALL_FROM_LIST_DEFINITION, (ud_list_definition_id, include_deleted)
        )

    async def get_all_from_list_name(
        self,
        *,
        ud_list_definition_name: str | None | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
    ) -> list[ListItemEntity | None] | None:
        """Get all list items for the specified list defintion

        Returns:
            The result.
        """
        return await self._call(GET_ALL_FROM_LIST_NAME, (ud_list_definition_name, include_deleted))

    async def save_all_from_list_definition(
        self,
        *,
        ud_list_definition_id: int | Unset = UNSET,
        items: list[ListItemEntity | None] | None | Unset = UNSET,
    ) -> list[ListItemEntity | None] | None:
        """Save all list items for the specified list defintion

        Returns:
            The result.
        """
        return await self._call(SAVE_ALL_FROM_LIST_DEFINITION, (ud_list_definition_id, items))

    async def save_all_from_list_name(
        self,
        *,
        ud_list_definition_name: str | None | Unset = UNSET,
        items: list[ListItemEntity | None] | None | Unset = UNSET,
    ) -> list[ListItemEntity | None] | None:
        """Save all list items for the specified list defintion

        Returns:
            The result.
        """
        return await self._call(SAVE_ALL_FROM_LIST_NAME, (ud_list_definition_name, items))

    async def add_from_list_definition(
        self,
        *,
        ud_list_definition_id: int | Unset = UNSET,
        item: ListItemEntity | None | Unset = UNSET,
    ) -> ListItemEntity | None:
        """Save a new list item for the specified list defintion

        Returns:
            The result.
        """
        return await self._call(ADD_FROM_LIST_DEFINITION, (ud_list_definition_id, item))

    async def add_from_list_name(
        self,
        *,
        ud_list_definition_name: str | None | Unset = UNSET,
        item: ListItemEntity | None | Unset = UNSET,
    ) -> ListItemEntity | None:
        """Save a new list item for the specified list defintion

        Returns:
            The result.
        """
        return await self._call(ADD_FROM_LIST_NAME, (ud_list_definition_name, item))

    async def delete_all_from_list_definition(
        self, *, ud_list_definition_id: int | Unset = UNSET
    ) -> None:
        """Marks all items in the list deleted"""
        return await self._call(DELETE_ALL_FROM_LIST_DEFINITION, (ud_list_definition_id,))

    async def delete_all_from_list_name(
        self, *, ud_list_definition_name: str | None | Unset = UNSET
    ) -> None:
        """Marks all items in the list deleted"""
        return await self._call(DELETE_ALL_FROM_LIST_NAME, (ud_list_definition_name,))

    async def get_from_list_definition(
        self, *, id: int | Unset = UNSET, ud_list_definition_id: int | Unset = UNSET
    ) -> ListItemEntity | None:
        """Get a list item for the specified list defintion

        Returns:
            The result.
        """
        return await self._call(GET_FROM_LIST_DEFINITION, (id, ud_list_definition_id))

    async def get_from_list_name(
        self, *, id: int | Unset = UNSET, ud_list_definition_name: str | None | Unset = UNSET
    ) -> ListItemEntity | None:
        """Get a list item for the specified list defintion

        Returns:
            The result.
        """
        return await self._call(GET_FROM_LIST_NAME, (id, ud_list_definition_name))

    async def save_from_list_definition(
        self,
        *,
        id: int | Unset = UNSET,
        ud_list_definition_id: int | Unset = UNSET,
        item: ListItemEntity | None | Unset = UNSET,
    ) -> ListItemEntity | None:
        """Save a list item for the specified list defintion

        Returns:
            The result.
        """
        return await self._call(SAVE_FROM_LIST_DEFINITION, (id, ud_list_definition_id, item))

    async def save_from_list_name(
        self,
        *,
        id: int | Unset = UNSET,
        ud_list_definition_name: str | None | Unset = UNSET,
        item: ListItemEntity | None | Unset = UNSET,
    ) -> ListItemEntity | None:
        """Save a list item for the specified list defintion

        Returns:
            The result.
        """
        return await self._call(SAVE_FROM_LIST_NAME, (id, ud_list_definition_name, item))

    async def delete_from_list_definition(
        self, *, id: int | Unset = UNSET, ud_list_definition_id: int | Unset = UNSET
    ) -> None:
        """Delete a list item from the specified list defintion"""
        return await self._call(DELETE_FROM_LIST_DEFINITION, (id, ud_list_definition_id))

    async def delete_from_list_name(
        self, *, id: int | Unset = UNSET, ud_list_definition_name: str | None | Unset = UNSET
    ) -> None:
        """Delete a list item from the specified list defintion"""
        return await self._call(DELETE_FROM_LIST_NAME, (id, ud_list_definition_name))

    async def get_headings_from_name(
        self, *, name: str | None | Unset = UNSET
    ) -> list[HeadingEntity | None] | None:
        """Gets headings for list resolved by the provided name.

        Returns:
            The result.
        """
        return await self._call(GET_HEADINGS_FROM_NAME, (name,))

    async def get_headings_from_list_definition(
        self, *, id: int | Unset = UNSET
    ) -> list[HeadingEntity | None] | None:
        """Gets headings for list resolved by the provided id.

        Returns:
            The result.
        """
        return await self._call(GET_HEADINGS_FROM_LIST_DEFINITION, (id,))

    async def save_headings_from_name(
        self,
        *,
        name: str | None | Unset = UNSET,
        entities: list[HeadingEntity | None] | None | Unset = UNSET,
    ) -> list[HeadingEntity | None] | None:
        """Save headings for list resolved by the provided name.

        Returns:
            The result.
        """
        return await self._call(SAVE_HEADINGS_FROM_NAME, (name, entities))

    async def save_headings_from_list_definition(
        self,
        *,
        id: int | Unset = UNSET,
        entities: list[HeadingEntity | None] | None | Unset = UNSET,
    ) -> list[HeadingEntity | None] | None:
        """Save headings for list resolved by the provided id.

        Returns:
            The result.
        """
        return await self._call(SAVE_HEADINGS_FROM_LIST_DEFINITION, (id, entities))

    async def save_heading_from_name(
        self, *, name: str | None | Unset = UNSET, entity: HeadingEntity | None | Unset = UNSET
    ) -> HeadingEntity | None:
        """Save new heading for list resolved by the provided name.

        Returns:
            The result.
        """
        return await self._call(SAVE_HEADING_FROM_NAME, (name, entity))

    async def save_heading_from_list_definition(
        self, *, id: int | Unset = UNSET, entity: HeadingEntity | None | Unset = UNSET
    ) -> HeadingEntity | None:
        """Save new heading for list resolved by the provided id.

        Returns:
            The result.
        """
        return await self._call(SAVE_HEADING_FROM_LIST_DEFINITION, (id, entity))

    async def delete_all_headings_from_name(self, *, name: str | None | Unset = UNSET) -> None:
        """Delete all headings for list resolved by the provided name."""
        return await self._call(DELETE_ALL_HEADINGS_FROM_NAME, (name,))

    async def delete_all_headings_from_list_definition(self, *, id: int | Unset = UNSET) -> None:
        """Delete all headings for list resolved by the provided id."""
        return await self._call(DELETE_ALL_HEADINGS_FROM_LIST_DEFINITION, (id,))

    async def get_localized_text(
        self, *, localized_text_id: int | Unset = UNSET
    ) -> LocalizedText | None:
        """Gets a LocalizedText object.

        Returns:
            The result.
        """
        return await self._call(GET_LOCALIZED_TEXT, (localized_text_id,))

    async def get_localized_text_by_type(
        self,
        *,
        text_type: LocalizedTextType | str | Unset = UNSET,
        resource_id: int | Unset = UNSET,
        language_id: int | Unset = UNSET,
    ) -> LocalizedText | None:
        """Returns a localized text based on the resource id for the selected language.

        Returns:
            The result.
        """
        return await self._call(GET_LOCALIZED_TEXT_BY_TYPE, (text_type, resource_id, language_id))

    async def get_localized_text_list(
        self, *, localized_text_ids: list[int] | None | Unset = UNSET
    ) -> list[LocalizedText | None] | None:
        """Gets an array of LocalizedText objects.

        Returns:
            The result.
        """
        return await self._call(GET_LOCALIZED_TEXT_LIST, (localized_text_ids,))

    async def get_localized_texts(self) -> list[LocalizedText | None] | None:
        """Gets all localized texts in the CRM database.

        Returns:
            The result.
        """
        return await self._call(GET_LOCALIZED_TEXTS, ())

    async def get_localized_texts_by_language_id(
        self, *, language_id: int | Unset = UNSET
    ) -> list[LocalizedText | None] | None:
        """Gets all localized text belonging to a specific language.

        Returns:
            The result.
        """
        return await self._call(GET_LOCALIZED_TEXTS_BY_LANGUAGE_ID, (language_id,))

    async def get_localized_texts_by_type(
        self, *, text_types: list[LocalizedTextType | str] | None | Unset = UNSET
    ) -> list[LocalizedText | None] | None:
        """Gets localized text by their type

        Returns:
            The result.
        """
        return await self._call(GET_LOCALIZED_TEXTS_BY_TYPE, (text_types,))

    async def get_mr_mrs(self, *, mr_mrs_id: int | Unset = UNSET) -> MrMrs | None:
        """Gets a MrMrs object.

        Returns:
            The result.
        """
        return await self._call(GET_MR_MRS, (mr_mrs_id,))

    async def get_mr_mrs_list(
        self, *, mr_mrs_ids: list[int] | None | Unset = UNSET
    ) -> list[MrMrs | None] | None:
        """Gets an array of MrMrs objects.

        Returns:
            The result.
        """
        return await self._call(GET_MR_MRS_LIST, (mr_mrs_ids,))

    async def get_mr_mrses(self) -> list[MrMrs | None] | None:
        """Returns all Items from the MrMrs table sorted by their value.

        Returns:
            The result.
        """
        return await self._call(GET_MR_MRSES, ())

    async def get_payment_term(
        self, *, payment_term_id: int | Unset = UNSET
    ) -> PaymentTerm | None:
        """Gets a PaymentTerm object.

        Returns:
            The result.
        """
        return await self._call(GET_PAYMENT_TERM, (payment_term_id,))

    async def get_payment_terms(self) -> list[PaymentTerm | None] | None:
        """Returns all PaymentTerms in SuperOffice db.

        Returns:
            The result.
        """
        return await self._call(GET_PAYMENT_TERMS, ())

    async def get_payment_type(
        self, *, payment_type_id: int | Unset = UNSET
    ) -> PaymentType | None:
        """Gets a PaymentType object.

        Returns:
            The result.
        """
        return await self._call(GET_PAYMENT_TYPE, (payment_type_id,))

    async def get_payment_types(self) -> list[PaymentType | None] | None:
        """Returns all PaymentTypes in SuperOffice db.

        Returns:
            The result.
        """
        return await self._call(GET_PAYMENT_TYPES, ())

    async def get_position(self, *, position_id: int | Unset = UNSET) -> Position | None:
        """Gets a Position object.

        Returns:
            The result.
        """
        return await self._call(GET_POSITION, (position_id,))

    async def get_position_list(
        self, *, position_ids: list[int] | None | Unset = UNSET
    ) -> list[Position | None] | None:
        """Gets an array of Position objects.

        Returns:
            The result.
        """
        return await self._call(GET_POSITION_LIST, (position_ids,))

    async def get_positions(self) -> list[Position | None] | None:
        """Returns all the positions a person could have.

        Returns:
            The result.
        """
        return await self._call(GET_POSITIONS, ())

    async def get_priority(self, *, priority_id: int | Unset = UNSET) -> Priority | None:
        """Gets a Priority object.

        Returns:
            The result.
        """
        return await self._call(GET_PRIORITY, (priority_id,))

    async def get_priority_list(
        self, *, priority_ids: list[int] | None | Unset = UNSET
    ) -> list[Priority | None] | None:
        """Gets an array of Priority objects.

        Returns:
            The result.
        """
        return await self._call(GET_PRIORITY_LIST, (priority_ids,))

    async def get_priorities(self) -> list[Priority | None] | None:
        """Returns all priorities an appointment could have.

        Returns:
            The result.
        """
        return await self._call(GET_PRIORITIES, ())

    async def get_product_category(
        self, *, product_category_id: int | Unset = UNSET
    ) -> ProductCategory | None:
        """Gets a ProductCategory object.

        Returns:
            The result.
        """
        return await self._call(GET_PRODUCT_CATEGORY, (product_category_id,))

    async def get_product_categories(self) -> list[ProductCategory | None] | None:
        """Returns all ProductCategories in SuperOffice list.

        Returns:
            The result.
        """
        return await self._call(GET_PRODUCT_CATEGORIES, ())

    async def get_product_family(
        self, *, product_family_id: int | Unset = UNSET
    ) -> ProductFamily | None:
        """Gets a ProductFamily object.

        Returns:
            The result.
        """
        return await self._call(GET_PRODUCT_FAMILY, (product_family_id,))

    async def get_product_families(self) -> list[ProductFamily | None] | None:
        """Returns all ProductFamily in SuperOffice list.

        Returns:
            The result.
        """
        return await self._call(GET_PRODUCT_FAMILIES, ())

    async def get_product_type(
        self, *, product_type_id: int | Unset = UNSET
    ) -> ProductType | None:
        """Gets a ProductType object.

        Returns:
            The result.
        """
        return await self._call(GET_PRODUCT_TYPE, (product_type_id,))

    async def get_product_types(self) -> list[ProductType | None] | None:
        """Returns all ProductTypes in SuperOffice list.

        Returns:
            The result.
        """
        return await self._call(GET_PRODUCT_TYPES, ())

    async def get_project_status(
        self, *, project_status_id: int | Unset = UNSET
    ) -> ProjectStatus | None:
        """Gets a ProjectStatus object.

        Returns:
            The result.
        """
        return await self._call(GET_PROJECT_STATUS, (project_status_id,))

    async def delete_project_status(self, *, project_status_id: int | Unset = UNSET) -> None:
        """Deletes a project status"""
        return await self._call(DELETE_PROJECT_STATUS, (project_status_id,))

    async def get_project_status_list(
        self, *, project_status_ids: list[int] | None | Unset = UNSET
    ) -> list[ProjectStatus | None] | None:
        """Gets an array of ProjectStatus objects.

        Returns:
            The result.
        """
        return await self._call(GET_PROJECT_STATUS_LIST, (project_status_ids,))

    async def get_project_statuses(self) -> list[ProjectStatus | None] | None:
        """Gets all items from the Project Status (ProjStatus) table.

        Returns:
            The result.
        """
        return await self._call(GET_PROJECT_STATUSES, ())

    async def get_project_type(
        self, *, project_type_id: int | Unset = UNSET
    ) -> ProjectType | None:
        """Gets a ProjectType object.

        Returns:
            The result.
        """
        return await self._call(GET_PROJECT_TYPE, (project_type_id,))

    async def get_project_type_entity(
        self, *, project_type_entity_id: int | Unset = UNSET
    ) -> ProjectTypeEntity | None:
        """Gets a ProjectTypeEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_PROJECT_TYPE_ENTITY, (project_type_entity_id,))

    async def get_project_type_list(
        self, *, project_type_ids: list[int] | None | Unset = UNSET
    ) -> list[ProjectType | None] | None:
        """Gets an array of ProjectType objects.

        Returns:
            The result.
        """
        return await self._call(GET_PROJECT_TYPE_LIST, (project_type_ids,))

    async def get_project_types(self) -> list[ProjectType | None] | None:
        """Gets all items from the Project Type (ProjType) table.

        Returns:
            The result.
        """
        return await self._call(GET_PROJECT_TYPES, ())

    async def save_quick_replies(
        self, *, quick_replies: list[QuickReply | None] | None | Unset = UNSET
    ) -> None:
        """Method to save all quick replies for a given associate"""
        return await self._call(SAVE_QUICK_REPLIES, (quick_replies,))

    async def get_quick_replies(self) -> list[QuickReply | None] | None:
        """Method to return all quick replies for a given associate

        Returns:
            The result.
        """
        return await self._call(GET_QUICK_REPLIES, ())

    async def get_rating(self, *, rating_id: int | Unset = UNSET) -> Rating | None:
        """Gets a Rating object.

        Returns:
            The result.
        """
        return await self._call(GET_RATING, (rating_id,))

    async def get_rating_list(
        self, *, rating_ids: list[int] | None | Unset = UNSET
    ) -> list[Rating | None] | None:
        """Gets an array of Rating objects.

        Returns:
            The result.
        """
        return await self._call(GET_RATING_LIST, (rating_ids,))

    async def get_ratings(self) -> list[Rating | None] | None:
        """Returns all ratings

        Returns:
            The result.
        """
        return await self._call(GET_RATINGS, ())

    async def get_all_sale_stages(
        self, *, include_deleted: bool | Unset = UNSET
    ) -> list[SaleStageEntity | None] | None:
        """Returns all ratings

        Returns:
            The result.
        """
        return await self._call(GET_ALL_SALE_STAGES, (include_deleted,))

    async def get_reason(self, *, reason_id: int | Unset = UNSET) -> Reason | None:
        """Gets a Reason object.

        Returns:
            The result.
        """
        return await self._call(GET_REASON, (reason_id,))

    async def get_reason_list(
        self, *, reason_ids: list[int] | None | Unset = UNSET
    ) -> list[Reason | None] | None:
        """Gets an array of Reason objects.

        Returns:
            The result.
        """
        return await self._call(GET_REASON_LIST, (reason_ids,))

    async def get_reasons(self) -> list[Reason | None] | None:
        """Returns all reasons

        Returns:
            The result.
        """
        return await self._call(GET_REASONS, ())

    async def get_quote_approve_reason(
        self, *, quote_approve_reason_id: int | Unset = UNSET
    ) -> QuoteApproveReason | None:
        """Gets a QuoteApproveReason object.

        Returns:
            The result.
        """
        return await self._call(GET_QUOTE_APPROVE_REASON, (quote_approve_reason_id,))

    async def get_quote_approve_reason_list(
        self, *, quote_approve_reason_ids: list[int] | None | Unset = UNSET
    ) -> list[QuoteApproveReason | None] | None:
        """Gets an array of QuoteApproveReason objects.

        Returns:
            The result.
        """
        return await self._call(GET_QUOTE_APPROVE_REASON_LIST, (quote_approve_reason_ids,))

    async def get_quote_approve_reasons(self) -> list[QuoteApproveReason | None] | None:
        """Returns all available QuoteApproveReasons.

        Returns:
            The result.
        """
        return await self._call(GET_QUOTE_APPROVE_REASONS, ())

    async def get_quote_deny_reason(
        self, *, quote_deny_reason_id: int | Unset = UNSET
    ) -> QuoteDenyReason | None:
        """Gets a QuoteDenyReason object.

        Returns:
            The result.
        """
        return await self._call(GET_QUOTE_DENY_REASON, (quote_deny_reason_id,))

    async def get_quote_deny_reason_list(
        self, *, quote_deny_reason_ids: list[int] | None | Unset = UNSET
    ) -> list[QuoteDenyReason | None] | None:
        """Gets an array of QuoteDenyReason objects.

        Returns:
            The result.
        """
        return await self._call(GET_QUOTE_DENY_REASON_LIST, (quote_deny_reason_ids,))

    async def get_quote_deny_reasons(self) -> list[QuoteDenyReason | None] | None:
        """Returns all available QuoteDenyReasons.

        Returns:
            The result.
        """
        return await self._call(GET_QUOTE_DENY_REASONS, ())

    async def get_reason_sold(self, *, reason_sold_id: int | Unset = UNSET) -> ReasonSold | None:
        """Gets a ReasonSold object.

        Returns:
            The result.
        """
        return await self._call(GET_REASON_SOLD, (reason_sold_id,))

    async def get_all_reason_sold(self) -> list[ReasonSold | None] | None:
        """Gets an array of all ReasonSold objects

        Returns:
            The result.
        """
        return await self._call(GET_ALL_REASON_SOLD, ())

    async def get_reason_sold_list(
        self, *, reason_sold_ids: list[int] | None | Unset = UNSET
    ) -> list[ReasonSold | None] | None:
        """Gets an array of ReasonSold objects.

        Returns:
            The result.
        """
        return await self._call(GET_REASON_SOLD_LIST, (reason_sold_ids,))

    async def get_reason_stalled(
        self, *, reason_stalled_id: int | Unset = UNSET
    ) -> ReasonStalled | None:
        """Gets a ReasonStalled object.

        Returns:
            The result.
        """
        return await self._call(GET_REASON_STALLED, (reason_stalled_id,))

    async def get_all_reason_stalled(self) -> list[ReasonStalled | None] | None:
        """Gets an array of all ReasonStalled objects

        Returns:
            The result.
        """
        return await self._call(GET_ALL_REASON_STALLED, ())

    async def get_reason_stalled_list(
        self, *, reason_stalled_ids: list[int] | None | Unset = UNSET
    ) -> list[ReasonStalled | None] | None:
        """Gets an array of ReasonStalled objects.

        Returns:
            The result.
        """
        return await self._call(GET_REASON_STALLED_LIST, (reason_stalled_ids,))

    async def get_relation_definition_entity(
        self, *, relation_definition_entity_id: int | Unset = UNSET
    ) -> RelationDefinitionEntity | None:
        """Gets a RelationDefinitionEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_RELATION_DEFINITION_ENTITY, (relation_definition_entity_id,))

    async def get_resource_entity(
        self, *, resource_entity_id: int | Unset = UNSET
    ) -> ResourceEntity | None:
        """Gets a ResourceEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_RESOURCE_ENTITY, (resource_entity_id,))

    async def get_crediteds(self) -> list[Credited | None] | None:
        """Returns all credited

        Returns:
            The result.
        """
        return await self._call(GET_CREDITEDS, ())

    async def get_currency(self, *, currency_id: int | Unset = UNSET) -> Currency | None:
        """Gets a Currency object.

        Returns:
            The result.
        """
        return await self._call(GET_CURRENCY, (currency_id,))

    async def get_our_currency(self) -> Currency | None:
        """Gets the Our currency object if currency is enabled

        Returns:
            The result.
        """
        return await self._call(GET_OUR_CURRENCY, ())

    async def change_currency(
        self,
        *,
        amount: float | Unset = UNSET,
        from_currency: str | None | Unset = UNSET,
        to_currency: str | None | Unset = UNSET,
    ) -> float | None:
        """Recalculates the amount to the new currency.

        Returns:
            The result.
        """
        return await self._call(CHANGE_CURRENCY, (amount, from_currency, to_currency))

    async def get_owner_companys_currency(self) -> Currency | None:
        """Get the currency of the user's owner company

        Returns:
            The result.
        """
        return await self._call(GET_OWNER_COMPANYS_CURRENCY, ())

    async def get_currency_entity(
        self, *, currency_entity_id: int | Unset = UNSET
    ) -> CurrencyEntity | None:
        """Gets a CurrencyEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_CURRENCY_ENTITY, (currency_entity_id,))

    async def get_base_currency(self) -> CurrencyEntity | None:
        """Get the base currency, used for calculating exchange rates

        Returns:
            The result.
        """
        return await self._call(GET_BASE_CURRENCY, ())

    async def get_currency_list(
        self, *, currency_ids: list[int] | None | Unset = UNSET
    ) -> list[Currency | None] | None:
        """Gets an array of Currency objects.

        Returns:
            The result.
        """
        return await self._call(GET_CURRENCY_LIST, (currency_ids,))

    async def get_currencies(self) -> list[Currency | None] | None:
        """Returns all currencies

        Returns:
            The result.
        """
        return await self._call(GET_CURRENCIES, ())

    async def get_all_currencies(
        self, *, include_deleted: bool | Unset = UNSET
    ) -> list[CurrencyEntity | None] | None:
        """Returns all currencies

        Returns:
            The result.
        """
        return await self._call(GET_ALL_CURRENCIES, (include_deleted,))

    async def get_customer_language(
        self, *, customer_language_id: int | Unset = UNSET
    ) -> CustomerLanguage | None:
        """Gets a CustomerLanguage object.

        Returns:
            The result.
        """
        return await self._call(GET_CUSTOMER_LANGUAGE, (customer_language_id,))

    async def get_customer_language_list(
        self, *, customer_language_ids: list[int] | None | Unset = UNSET
    ) -> list[CustomerLanguage | None] | None:
        """Gets an array of CustomerLanguage objects.

        Returns:
            The result.
        """
        return await self._call(GET_CUSTOMER_LANGUAGE_LIST, (customer_language_ids,))

    async def get_customer_languages(self) -> list[CustomerLanguage | None] | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return await self._call(GET_CUSTOMER_LANGUAGES, ())

    async def get_delivery_term(
        self, *, delivery_term_id: int | Unset = UNSET
    ) -> DeliveryTerm | None:
        """Gets a DeliveryTerm object.

        Returns:
            The result.
        """
        return await self._call(GET_DELIVERY_TERM, (delivery_term_id,))

    async def get_delivery_terms(self) -> list[DeliveryTerm | None] | None:
        """Returns all DeliveryTerms in SuperOffice db.

        Returns:
            The result.
        """
        return await self._call(GET_DELIVERY_TERMS, ())

    async def get_delivery_type(
        self, *, delivery_type_id: int | Unset = UNSET
    ) -> DeliveryType | None:
        """Gets a DeliveryType object.

        Returns:
            The result.
        """
        return await self._call(GET_DELIVERY_TYPE, (delivery_type_id,))

    async def get_delivery_types(self) -> list[DeliveryType | None] | None:
        """Returns all DeliveryTypes in SuperOffice db.

        Returns:
            The result.
        """
        return await self._call(GET_DELIVERY_TYPES, ())

    async def get_department(self, *, department_id: int | Unset = UNSET) -> Department | None:
        """Gets a Department object.

        Returns:
            The result.
        """
        return await self._call(GET_DEPARTMENT, (department_id,))

    async def get_department_list(
        self, *, department_ids: list[int] | None | Unset = UNSET
    ) -> list[Department | None] | None:
        """Gets an array of Department objects.

        Returns:
            The result.
        """
        return await self._call(GET_DEPARTMENT_LIST, (department_ids,))

    async def get_departments(self) -> list[Department | None] | None:
        """Getting all departments/user groups for the internal phone list with the user's
        colleagues.

        Returns:
            The result.
        """
        return await self._call(GET_DEPARTMENTS, ())

    async def get_document_template(
        self, *, document_template_id: int | Unset = UNSET
    ) -> DocumentTemplate | None:
        """Gets a DocumentTemplate object.

        Returns:
            The result.
        """
        return await self._call(GET_DOCUMENT_TEMPLATE, (document_template_id,))

    async def get_document_template_entity(
        self, *, document_template_entity_id: int | Unset = UNSET
    ) -> DocumentTemplateEntity | None:
        """Gets a DocumentTemplateEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_DOCUMENT_TEMPLATE_ENTITY, (document_template_entity_id,))

    async def set_document_template_stream(
        self,
        *,
        document_template_entity: DocumentTemplateEntity | None | Unset = UNSET,
        stream: bytes | None | Unset = UNSET,
        language_code: str | None | Unset = UNSET,
        plugin_id: int | Unset = UNSET,
    ) -> DocumentTemplateEntity | None:
        """Store a document template from its stream.

        Returns:
            The result.
        """
        return await self._call(
            SET_DOCUMENT_TEMPLATE_STREAM,
            (document_template_entity, stream, language_code, plugin_id),
        )

    async def get_document_template_used_in_sales_stage(
        self, *, document_template_id: int | Unset = UNSET
    ) -> list[str | None] | None:
        """Get a String array of names in sales guide that this template is used in

        Returns:
            The result.
        """
        return await self._call(GET_DOCUMENT_TEMPLATE_USED_IN_SALES_STAGE, (document_template_id,))

    async def get_document_template_used_in_project_stage(
        self, *, document_template_id: int | Unset = UNSET
    ) -> list[str | None] | None:
        """Get a String array of names in project guide that this template is used in

        Returns:
            The result.
        """
        return await self._call(
            GET_DOCUMENT_TEMPLATE_USED_IN_PROJECT_STAGE, (document_template_id,)
        )

    async def get_document_template_url(
        self,
        *,
        document_template_id: int | Unset = UNSET,
        writable_url: bool | Unset = UNSET,
        language_code: str | None | Unset = UNSET,
    ) -> str | None:
        """Get a url to the document template

        Returns:
            The result.
        """
        return await self._call(
            GET_DOCUMENT_TEMPLATE_URL, (document_template_id, writable_url, language_code)
        )

    async def get_document_template_properties(
        self,
        *,
        document_template_id: int | Unset = UNSET,
        requested_properties: list[str | None] | None | Unset = UNSET,
    ) -> dict[str, str | None] | None:
        """Get document template properties

        Returns:
            The result.
        """
        return await self._call(
            GET_DOCUMENT_TEMPLATE_PROPERTIES, (document_template_id, requested_properties)
        )

    async def get_document_template_languages(
        self, *, document_template_id: int | Unset = UNSET
    ) -> list[str | None] | None:
        """Get the supported language variations for a document template

        Returns:
            The result.
        """
        return await self._call(GET_DOCUMENT_TEMPLATE_LANGUAGES, (document_template_id,))

    async def create_default_document_template_language(
        self,
        *,
        document_template_id: int | Unset = UNSET,
        language_code: str | None | Unset = UNSET,
    ) -> None:
        """Create a new document template language based on an existing template"""
        return await self._call(
            CREATE_DEFAULT_DOCUMENT_TEMPLATE_LANGUAGE, (document_template_id, language_code)
        )

    async def delete_document_template_language(
        self,
        *,
        document_template_id: int | Unset = UNSET,
        language_code: str | None | Unset = UNSET,
    ) -> None:
        """Deletes language variant of the document template"""
        return await self._call(
            DELETE_DOCUMENT_TEMPLATE_LANGUAGE, (document_template_id, language_code)
        )

    async def get_document_template_extension(
        self, *, document_template_id: int | Unset = UNSET
    ) -> str | None:
        """Get the file extension for the document template

        Returns:
            The result.
        """
        return await self._call(GET_DOCUMENT_TEMPLATE_EXTENSION, (document_template_id,))

    async def set_document_template_from_document_template(
        self,
        *,
        source_document_template_id: int | Unset = UNSET,
        document_template_entity: DocumentTemplateEntity | None | Unset = UNSET,
    ) -> DocumentTemplateEntity | None:
        """Create a new document template based on another template

        Returns:
            The result.
        """
        return await self._call(
            SET_DOCUMENT_TEMPLATE_FROM_DOCUMENT_TEMPLATE,
            (source_document_template_id, document_template_entity),
        )

    async def get_document_template_stream_from_id(
        self,
        *,
        document_template_id: int | Unset = UNSET,
        language_code: str | None | Unset = UNSET,
    ) -> bytes | None:
        """Retrieve a stream to a document template based on its id

        Returns:
            The result.
        """
        return await self._call(
            GET_DOCUMENT_TEMPLATE_STREAM_FROM_ID, (document_template_id, language_code)
        )

    async def save_document_template_stream(
        self,
        *,
        document_template_id: int | Unset = UNSET,
        content: bytes | None | Unset = UNSET,
        language_code: str | None | Unset = UNSET,
        plugin_id: int | Unset = UNSET,
    ) -> TemplateInfo | None:
        """Writes content in stream to document template file

        Returns:
            The result.
        """
        return await self._call(
            SAVE_DOCUMENT_TEMPLATE_STREAM,
            (document_template_id, content, language_code, plugin_id),
        )

    async def get_plugin_list(self) -> dict[str, str | None] | None:
        """Get a list of installed document plugins

        Returns:
            The result.
        """
        return await self._call(GET_PLUGIN_LIST, ())

    async def get_plugin_capabilities(
        self, *, plugin_id: int | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Get a list of plugin-dependent capabilities for a given document archive plugin.

        Returns:
            The result.
        """
        return await self._call(GET_PLUGIN_CAPABILITIES, (plugin_id,))

    async def get_document_types_for_plugin(
        self, *, plugin_id: int | Unset = UNSET
    ) -> dict[int, str | None] | None:
        """Get a list of document types supported by a given document plugin.

        Returns:
            The result.
        """
        return await self._call(GET_DOCUMENT_TYPES_FOR_PLUGIN, (plugin_id,))

    async def get_document_template_list(
        self, *, document_template_ids: list[int] | None | Unset = UNSET
    ) -> list[DocumentTemplate | None] | None:
        """Gets an array of DocumentTemplate objects.

        Returns:
            The result.
        """
        return await self._call(GET_DOCUMENT_TEMPLATE_LIST, (document_template_ids,))

    async def get_document_templates(self) -> list[DocumentTemplate | None] | None:
        """Returns all available document templates

        Returns:
            The result.
        """
        return await self._call(GET_DOCUMENT_TEMPLATES, ())

    async def get_all_document_templates(
        self, *, include_deleted: bool | Unset = UNSET
    ) -> list[DocumentTemplateEntity | None] | None:
        """Returns all templates

        Returns:
            The result.
        """
        return await self._call(GET_ALL_DOCUMENT_TEMPLATES, (include_deleted,))

    async def set_document_plugin_for_all_document_templates(
        self, *, document_plugin_id: int | Unset = UNSET
    ) -> None:
        """Sets the document-plugin to be used for all templates of type 'document'."""
        return await self._call(
            SET_DOCUMENT_PLUGIN_FOR_ALL_DOCUMENT_TEMPLATES, (document_plugin_id,)
        )

    async def get_ext_app_entity(
        self, *, ext_app_entity_id: int | Unset = UNSET
    ) -> ExtAppEntity | None:
        """Gets a ExtAppEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_EXT_APP_ENTITY, (ext_app_entity_id,))

    async def get_heading_entity(
        self, *, heading_entity_id: int | Unset = UNSET
    ) -> HeadingEntity | None:
        """Gets a HeadingEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_HEADING_ENTITY, (heading_entity_id,))

    async def create_default_heading_from_list_definition(
        self, *, ud_list_definition_id: int | Unset = UNSET
    ) -> HeadingEntity | None:
        """Get a heading for the specified list defintion

        Returns:
            The result.
        """
        return await self._call(
            CREATE_DEFAULT_HEADING_FROM_LIST_DEFINITION, (ud_list_definition_id,)
        )

    async def get_hierarchy_entity(
        self, *, hierarchy_entity_id: int | Unset = UNSET
    ) -> HierarchyEntity | None:
        """Gets a HierarchyEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_HIERARCHY_ENTITY, (hierarchy_entity_id,))

    async def get_all_domains(self) -> list[Domain | str] | None:
        """Get list of all domains

        Returns:
            The result.
        """
        return await self._call(GET_ALL_DOMAINS, ())

    async def get_all_in_domain(
        self, *, domain: Domain | str | Unset = UNSET, children: bool | Unset = UNSET
    ) -> list[HierarchyEntity | None] | None:
        """Get all items in a domain

        Returns:
            The result.
        """
        return await self._call(GET_ALL_IN_DOMAIN, (domain, children))

    async def get_hierarchy_from_path(
        self,
        *,
        domain: Domain | str | Unset = UNSET,
        path: str | None | Unset = UNSET,
        children: bool | Unset = UNSET,
    ) -> HierarchyEntity | None:
        """Get a hierarchy item from a path

        Returns:
            The result.
        """
        return await self._call(GET_HIERARCHY_FROM_PATH, (domain, path, children))

    async def add_hierarchy_to_path(
        self,
        *,
        domain: Domain | str | Unset = UNSET,
        path: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
    ) -> HierarchyEntity | None:
        """Add a hierarchy item to a path

        Returns:
            The result.
        """
        return await self._call(ADD_HIERARCHY_TO_PATH, (domain, path, name))

    async def update_hierarchy_from_path(
        self,
        *,
        domain: Domain | str | Unset = UNSET,
        path: str | None | Unset = UNSET,
        entity: HierarchyEntity | None | Unset = UNSET,
    ) -> HierarchyEntity | None:
        """Update a hierarchy item from a path

        Returns:
            The result.
        """
        return await self._call(UPDATE_HIERARCHY_FROM_PATH, (domain, path, entity))

    async def delete_hierarchy_from_path(
        self, *, domain: Domain | str | Unset = UNSET, path: str | None | Unset = UNSET
    ) -> None:
        """Remove a hierarchy item and its children from a path"""
        return await self._call(DELETE_HIERARCHY_FROM_PATH, (domain, path))

    async def get_language_info(
        self, *, language_info_id: int | Unset = UNSET
    ) -> LanguageInfo | None:
        """Gets a LanguageInfo object.

        Returns:
            The result.
        """
        return await self._call(GET_LANGUAGE_INFO, (language_info_id,))

    async def get_language_info_list(
        self, *, language_info_ids: list[int] | None | Unset = UNSET
    ) -> list[LanguageInfo | None] | None:
        """Gets an array of LanguageInfo objects.

        Returns:
            The result.
        """
        return await self._call(GET_LANGUAGE_INFO_LIST, (language_info_ids,))

    async def get_installed_languages(self) -> list[LanguageInfo | None] | None:
        """Returns the list of all languages installed in this database.

        Returns:
            The result.
        """
        return await self._call(GET_INSTALLED_LANGUAGES, ())

    async def get_legal_base(self, *, legal_base_id: int | Unset = UNSET) -> LegalBase | None:
        """Gets a LegalBase object.

        Returns:
            The result.
        """
        return await self._call(GET_LEGAL_BASE, (legal_base_id,))

    async def save_legal_base(
        self, *, legal_base: LegalBase | None | Unset = UNSET
    ) -> LegalBase | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return await self._call(SAVE_LEGAL_BASE, (legal_base,))

    async def get_all_legal_base(self) -> list[LegalBase | None] | None:
        """Gets an array of all LegalBase objects

        Returns:
            The result.
        """
        return await self._call(GET_ALL_LEGAL_BASE, ())

    async def get_legal_base_list(
        self, *, legal_base_ids: list[int] | None | Unset = UNSET
    ) -> list[LegalBase | None] | None:
        """Gets an array of LegalBase objects.

        Returns:
            The result.
        """
        return await self._call(GET_LEGAL_BASE_LIST, (legal_base_ids,))

    async def get_legal_bases(self) -> list[LegalBase | None] | None:
        """Returns all defined bases.

        Returns:
            The result.
        """
        return await self._call(GET_LEGAL_BASES, ())

    async def get_link(self, *, link_id: int | Unset = UNSET) -> Link | None:
        """Gets a Link object.

        Returns:
            The result.
        """
        return await self._call(GET_LINK, (link_id,))

    async def get_link_list(
        self, *, link_ids: list[int] | None | Unset = UNSET
    ) -> list[Link | None] | None:
        """Gets an array of Link objects.

        Returns:
            The result.
        """
        return await self._call(GET_LINK_LIST, (link_ids,))

    async def get_list_entity(self, *, list_entity_id: int | Unset = UNSET) -> ListEntity | None:
        """Gets a ListEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_LIST_ENTITY, (list_entity_id,))

    async def get_list_definitions(
        self, *, include_deleted: bool | Unset = UNSET
    ) -> list[ListEntity | None] | None:
        """Get a list of the lists - built-in and user-defined.

        Returns:
            The result.
        """
        return await self._call(GET_LIST_DEFINITIONS, (include_deleted,))

    async def get_list_entity_by_name(
        self, *, name: str | None | Unset = UNSET
    ) -> ListEntity | None:
        """Gets a ListEntity resolved by the provided name.

        Returns:
            The result.
        """
        return await self._call(GET_LIST_ENTITY_BY_NAME, (name,))

    async def save_list_entity_by_name(
        self, *, name: str | None | Unset = UNSET, list_entity: ListEntity | None | Unset = UNSET
    ) -> ListEntity | None:
        """Save a ListEntity resolved by the provided name.

        Returns:
            The result.
        """
        return await self._call(SAVE_LIST_ENTITY_BY_NAME, (name, list_entity))

    async def delete_list_entity_by_name(self, *, name: str | None | Unset = UNSET) -> None:
        """Delete a ListEntity resolved by the provided name."""
        return await self._call(DELETE_LIST_ENTITY_BY_NAME, (name,))

    async def save_list_item_entity(
        self, *, list_item_entity: ListItemEntity | None | Unset = UNSET
    ) -> ListItemEntity | None:
        """Save the ListItemEntity.

        Returns:
            The result.
        """
        return await self._call(SAVE_LIST_ITEM_ENTITY, (list_item_entity,))

    async def sort_list_items(
        self,
        *,
        ud_list_definition_id: int | Unset = UNSET,
        culture_name: str | None | Unset = UNSET,
    ) -> None:
        """Sort the list items in a given list alphabetically"""
        return await self._call(SORT_LIST_ITEMS, (ud_list_definition_id, culture_name))

    async def move_list_item(
        self,
        *,
        ud_list_definition_id: int | Unset = UNSET,
        list_item_id: int | Unset = UNSET,
        direction: int | Unset = UNSET,
    ) -> None:
        """Move a list item up or down in the list based on rank"""
        return await self._call(MOVE_LIST_ITEM, (ud_list_definition_id, list_item_id, direction))

    async def get_visible_for_user_groups(
        self, *, ud_list_definition_id: int | Unset = UNSET, list_item_id: int | Unset = UNSET
    ) -> list[SelectableMDOListItem | None] | None:
        """List of User groups that this list item is visible for

        Returns:
            The result.
        """
        return await self._call(GET_VISIBLE_FOR_USER_GROUPS, (ud_list_definition_id, list_item_id))

    async def get_visible_for_user_groups_from_list_name(
        self,
        *,
        ud_list_definition_name: str | None | Unset = UNSET,
        list_item_id: int | Unset = UNSET,
    ) -> list[SelectableMDOListItem | None] | None:
        """List of User groups that this list item is visible for

        Returns:
            The result.
        """
        return await self._call(
            GET_VISIBLE_FOR_USER_GROUPS_FROM_LIST_NAME, (ud_list_definition_name, list_item_id)
        )

    async def set_visible_for_user_groups(
        self,
        *,
        ud_list_definition_id: int | Unset = UNSET,
        list_item_id: int | Unset = UNSET,
        user_groups: list[SelectableMDOListItem | None] | None | Unset = UNSET,
    ) -> list[SelectableMDOListItem | None] | None:
        """Update User groups that this list item is visible for

        Returns:
            The result.
        """
        return await self._call(
            SET_VISIBLE_FOR_USER_GROUPS, (ud_list_definition_id, list_item_id, user_groups)
        )

    async def set_visible_for_user_groups_from_list_name(
        self,
        *,
        ud_list_definition_name: str | None | Unset = UNSET,
        list_item_id: int | Unset = UNSET,
        user_groups: list[SelectableMDOListItem | None] | None | Unset = UNSET,
    ) -> list[SelectableMDOListItem | None] | None:
        """Update User groups that this list item is visible for

        Returns:
            The result.
        """
        return await self._call(
            SET_VISIBLE_FOR_USER_GROUPS_FROM_LIST_NAME,
            (ud_list_definition_name, list_item_id, user_groups),
        )

    async def set_visible_for_user_group(
        self,
        *,
        ud_list_definition_id: int | Unset = UNSET,
        list_item_id: int | Unset = UNSET,
        user_group_id: list[int] | None | Unset = UNSET,
        enable: bool | Unset = UNSET,
    ) -> None:
        """Set a group which this list item should be visible for"""
        return await self._call(
            SET_VISIBLE_FOR_USER_GROUP,
            (ud_list_definition_id, list_item_id, user_group_id, enable),
        )

    async def get_list_items_for_user_group(
        self, *, ud_list_definition_id: int | Unset = UNSET, group_id: int | Unset = UNSET
    ) -> list[SelectableMDOListItem | None] | None:
        """List of list items that is visible in the usergroup

        Returns:
            The result.
        """
        return await self._call(GET_LIST_ITEMS_FOR_USER_GROUP, (ud_list_definition_id, group_id))

    async def get_list_items_for_user_group_from_list_name(
        self, *, ud_list_definition_name: str | None | Unset = UNSET, group_id: int | Unset = UNSET
    ) -> list[SelectableMDOListItem | None] | None:
        """List of list items that is visible in the usergroup

        Returns:
            The result.
        """
        return await self._call(
            GET_LIST_ITEMS_FOR_USER_GROUP_FROM_LIST_NAME, (ud_list_definition_name, group_id)
        )

    async def set_list_items_for_user_group(
        self,
        *,
        ud_list_definition_id: int | Unset = UNSET,
        usergroup_id: int | Unset = UNSET,
        list_item_ids: list[int] | None | Unset = UNSET,
        enable: bool | Unset = UNSET,
    ) -> None:
        """Update listItems that will be visible for this usergroup"""
        return await self._call(
            SET_LIST_ITEMS_FOR_USER_GROUP,
            (ud_list_definition_id, usergroup_id, list_item_ids, enable),
        )

    async def set_list_items_for_user_group_from_list_name(
        self,
        *,
        ud_list_definition_name: str | None | Unset = UNSET,
        usergroup_id: int | Unset = UNSET,
        list_items_id: list[int] | None | Unset = UNSET,
        enable: bool | Unset = UNSET,
    ) -> None:
        """Update listItems that will be visible for this usergroup"""
        return await self._call(
            SET_LIST_ITEMS_FOR_USER_GROUP_FROM_LIST_NAME,
            (ud_list_definition_name, usergroup_id, list_items_id, enable),
        )

    async def get_headings(
        self,
        *,
        ud_list_definition_id: int | Unset = UNSET,
        list_item_id: int | Unset = UNSET,
        show_deleted: bool | Unset = UNSET,
    ) -> list[SelectableMDOListItem | None] | None:
        """Gets a selectable MDO list of the headings for this list item

        Returns:
            The result.
        """
        return await self._call(GET_HEADINGS, (ud_list_definition_id, list_item_id, show_deleted))

    async def get_headings_for_list_item_from_list_name(
        self,
        *,
        ud_list_definition_name: str | None | Unset = UNSET,
        list_item_id: int | Unset = UNSET,
        show_deleted: bool | Unset = UNSET,
    ) -> list[SelectableMDOListItem | None] | None:
        """Gets a selectable MDO list of the headings for this list item

        Returns:
            The result.
        """
        return await self._call(
            GET_HEADINGS_FOR_LIST_ITEM_FROM_LIST_NAME,
            (ud_list_definition_name, list_item_id, show_deleted),
        )

    async def save_headings_for_list_item_from_list_definition(
        self,
        *,
        ud_list_definition_id: int | Unset = UNSET,
        list_item_id: int | Unset = UNSET,
        headings: list[SelectableMDOListItem | None] | None | Unset = UNSET,
    ) -> list[SelectableMDOListItem | None] | None:
        """Saves the active headings for the list item.

        Returns:
            The result.
        """
        return await self._call(
            SAVE_HEADINGS_FOR_LIST_ITEM_FROM_LIST_DEFINITION,
            (ud_list_definition_id, list_item_id, headings),
        )

    async def save_headings_for_list_item_from_list_name(
        self,
        *,
        ud_list_definition_name: str | None | Unset = UNSET,
        list_item_id: int | Unset = UNSET,
        headings: list[SelectableMDOListItem | None] | None | Unset = UNSET,
    ) -> list[SelectableMDOListItem | None] | None:
        """Saves the headings for the list item.

        Returns:
            The result.
        """
        return await self._call(
            SAVE_HEADINGS_FOR_LIST_ITEM_FROM_LIST_NAME,
            (ud_list_definition_name, list_item_id, headings),
        )

    async def get_list_items_for_heading(
        self, *, ud_list_definition_id: int | Unset = UNSET, heading_id: int | Unset = UNSET
    ) -> list[SelectableMDOListItem | None] | None:
        """List of list items that is selected if under this heading

        Returns:
            The result.
        """
        return await self._call(GET_LIST_ITEMS_FOR_HEADING, (ud_list_definition_id, heading_id))

    async def get_list_items_for_heading_from_list_name(
        self,
        *,
        ud_list_definition_name: str | None | Unset = UNSET,
        heading_id: int | Unset = UNSET,
    ) -> list[SelectableMDOListItem | None] | None:
        """List of list items that is selected if under this heading

        Returns:
            The result.
        """
        return await self._call(
            GET_LIST_ITEMS_FOR_HEADING_FROM_LIST_NAME, (ud_list_definition_name, heading_id)
        )

    async def set_list_items_for_heading(
        self,
        *,
        ud_list_definition_id: int | Unset = UNSET,
        heading_id: int | Unset = UNSET,
        list_item_ids: list[int] | None | Unset = UNSET,
        enable: bool | Unset = UNSET,
    ) -> None:
        """Update listItems that will be visible for this usergroup"""
        return await self._call(
            SET_LIST_ITEMS_FOR_HEADING, (ud_list_definition_id, heading_id, list_item_ids, enable)
        )

    async def create_default_amount_class_entity(self) -> AmountClassEntity | None:
        """Loading default values into a new AmountClassEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_AMOUNT_CLASS_ENTITY, ())

    async def save_amount_class_entity(
        self, *, amount_class_entity: AmountClassEntity | None | Unset = UNSET
    ) -> AmountClassEntity | None:
        """Updates the existing AmountClassEntity or creates a new AmountClassEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_AMOUNT_CLASS_ENTITY, (amount_class_entity,))

    async def create_default_category_entity(self) -> CategoryEntity | None:
        """Loading default values into a new CategoryEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_CATEGORY_ENTITY, ())

    async def save_category_entity(
        self, *, category_entity: CategoryEntity | None | Unset = UNSET
    ) -> CategoryEntity | None:
        """Updates the existing CategoryEntity or creates a new CategoryEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_CATEGORY_ENTITY, (category_entity,))

    async def create_default_task_menu(self) -> TaskMenu | None:
        """Loading default values into a new TaskMenu.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_TASK_MENU, ())

    async def save_task_menu(
        self, *, task_menu: TaskMenu | None | Unset = UNSET
    ) -> TaskMenu | None:
        """Updates the existing TaskMenu or creates a new TaskMenu if the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_TASK_MENU, (task_menu,))

    async def delete_task_menu(self, *, task_menu_id: int | Unset = UNSET) -> None:
        """Deletes the TaskMenu"""
        return await self._call(DELETE_TASK_MENU, (task_menu_id,))

    async def create_default_currency_entity(self) -> CurrencyEntity | None:
        """Loading default values into a new CurrencyEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_CURRENCY_ENTITY, ())

    async def save_currency_entity(
        self, *, currency_entity: CurrencyEntity | None | Unset = UNSET
    ) -> CurrencyEntity | None:
        """Updates the existing CurrencyEntity or creates a new CurrencyEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_CURRENCY_ENTITY, (currency_entity,))

    async def create_default_document_template_entity(self) -> DocumentTemplateEntity | None:
        """Loading default values into a new DocumentTemplateEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_DOCUMENT_TEMPLATE_ENTITY, ())

    async def save_document_template_entity(
        self, *, document_template_entity: DocumentTemplateEntity | None | Unset = UNSET
    ) -> DocumentTemplateEntity | None:
        """Updates the existing DocumentTemplateEntity or creates a new DocumentTemplateEntity
        if the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_DOCUMENT_TEMPLATE_ENTITY, (document_template_entity,))

    async def create_default_ext_app_entity(self) -> ExtAppEntity | None:
        """Loading default values into a new ExtAppEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_EXT_APP_ENTITY, ())

    async def save_ext_app_entity(
        self, *, ext_app_entity: ExtAppEntity | None | Unset = UNSET
    ) -> ExtAppEntity | None:
        """Updates the existing ExtAppEntity or creates a new ExtAppEntity if the id parameter
        is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_EXT_APP_ENTITY, (ext_app_entity,))

    async def create_default_heading_entity(self) -> HeadingEntity | None:
        """Loading default values into a new HeadingEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_HEADING_ENTITY, ())

    async def save_heading_entity(
        self, *, heading_entity: HeadingEntity | None | Unset = UNSET
    ) -> HeadingEntity | None:
        """Updates the existing HeadingEntity or creates a new HeadingEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_HEADING_ENTITY, (heading_entity,))

    async def create_default_hierarchy_entity(self) -> HierarchyEntity | None:
        """Loading default values into a new HierarchyEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_HIERARCHY_ENTITY, ())

    async def save_hierarchy_entity(
        self, *, hierarchy_entity: HierarchyEntity | None | Unset = UNSET
    ) -> HierarchyEntity | None:
        """Updates the existing HierarchyEntity or creates a new HierarchyEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_HIERARCHY_ENTITY, (hierarchy_entity,))

    async def delete_hierarchy_entity(self, *, hierarchy_entity_id: int | Unset = UNSET) -> None:
        """Deletes the HierarchyEntity"""
        return await self._call(DELETE_HIERARCHY_ENTITY, (hierarchy_entity_id,))

    async def create_default_list_entity(self) -> ListEntity | None:
        """Loading default values into a new ListEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_LIST_ENTITY, ())

    async def save_list_entity(
        self, *, list_entity: ListEntity | None | Unset = UNSET
    ) -> ListEntity | None:
        """Updates the existing ListEntity or creates a new ListEntity if the id parameter is
        0.

        Returns:
            The result.
        """
        return await self._call(SAVE_LIST_ENTITY, (list_entity,))

    async def delete_list_entity(self, *, list_entity_id: int | Unset = UNSET) -> None:
        """Deletes the ListEntity"""
        return await self._call(DELETE_LIST_ENTITY, (list_entity_id,))

    async def create_default_list_item_entity(self) -> ListItemEntity | None:
        """Loading default values into a new ListItemEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_LIST_ITEM_ENTITY, ())

    async def create_default_project_type_entity(self) -> ProjectTypeEntity | None:
        """Loading default values into a new ProjectTypeEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_PROJECT_TYPE_ENTITY, ())

    async def save_project_type_entity(
        self, *, project_type_entity: ProjectTypeEntity | None | Unset = UNSET
    ) -> ProjectTypeEntity | None:
        """Updates the existing ProjectTypeEntity or creates a new ProjectTypeEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_PROJECT_TYPE_ENTITY, (project_type_entity,))

    async def create_default_relation_definition_entity(self) -> RelationDefinitionEntity | None:
        """Loading default values into a new RelationDefinitionEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_RELATION_DEFINITION_ENTITY, ())

    async def save_relation_definition_entity(
        self, *, relation_definition_entity: RelationDefinitionEntity | None | Unset = UNSET
    ) -> RelationDefinitionEntity | None:
        """Updates the existing RelationDefinitionEntity or creates a new
        RelationDefinitionEntity if the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_RELATION_DEFINITION_ENTITY, (relation_definition_entity,))

    async def create_default_resource_entity(self) -> ResourceEntity | None:
        """Loading default values into a new ResourceEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_RESOURCE_ENTITY, ())

    async def save_resource_entity(
        self, *, resource_entity: ResourceEntity | None | Unset = UNSET
    ) -> ResourceEntity | None:
        """Updates the existing ResourceEntity or creates a new ResourceEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_RESOURCE_ENTITY, (resource_entity,))

    async def delete_resource_entity(self, *, resource_entity_id: int | Unset = UNSET) -> None:
        """Deletes the ResourceEntity"""
        return await self._call(DELETE_RESOURCE_ENTITY, (resource_entity_id,))

    async def create_default_sale_stage_entity(self) -> SaleStageEntity | None:
        """Loading default values into a new SaleStageEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_SALE_STAGE_ENTITY, ())

    async def save_sale_stage_entity(
        self, *, sale_stage_entity: SaleStageEntity | None | Unset = UNSET
    ) -> SaleStageEntity | None:
        """Updates the existing SaleStageEntity or creates a new SaleStageEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_SALE_STAGE_ENTITY, (sale_stage_entity,))

    async def create_default_sale_type_entity(self) -> SaleTypeEntity | None:
        """Loading default values into a new SaleTypeEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_SALE_TYPE_ENTITY, ())

    async def save_sale_type_entity(
        self, *, sale_type_entity: SaleTypeEntity | None | Unset = UNSET
    ) -> SaleTypeEntity | None:
        """Updates the existing SaleTypeEntity or creates a new SaleTypeEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_SALE_TYPE_ENTITY, (sale_type_entity,))

    async def create_default_ticket_category_entity(self) -> TicketCategoryEntity | None:
        """Loading default values into a new TicketCategoryEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_TICKET_CATEGORY_ENTITY, ())

    async def save_ticket_category_entity(
        self, *, ticket_category_entity: TicketCategoryEntity | None | Unset = UNSET
    ) -> TicketCategoryEntity | None:
        """Updates the existing TicketCategoryEntity or creates a new TicketCategoryEntity if
        the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_TICKET_CATEGORY_ENTITY, (ticket_category_entity,))

    async def delete_ticket_category_entity(
        self, *, ticket_category_entity_id: int | Unset = UNSET
    ) -> None:
        """Deletes the TicketCategoryEntity"""
        return await self._call(DELETE_TICKET_CATEGORY_ENTITY, (ticket_category_entity_id,))

    async def create_default_ticket_priority_entity(self) -> TicketPriorityEntity | None:
        """Loading default values into a new TicketPriorityEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_TICKET_PRIORITY_ENTITY, ())

    async def save_ticket_priority_entity(
        self, *, ticket_priority_entity: TicketPriorityEntity | None | Unset = UNSET
    ) -> TicketPriorityEntity | None:
        """Updates the existing TicketPriorityEntity or creates a new TicketPriorityEntity if
        the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_TICKET_PRIORITY_ENTITY, (ticket_priority_entity,))

    async def delete_ticket_priority_entity(
        self, *, ticket_priority_entity_id: int | Unset = UNSET
    ) -> None:
        """Deletes the TicketPriorityEntity"""
        return await self._call(DELETE_TICKET_PRIORITY_ENTITY, (ticket_priority_entity_id,))

    async def create_default_ticket_status_entity(self) -> TicketStatusEntity | None:
        """Loading default values into a new TicketStatusEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_TICKET_STATUS_ENTITY, ())

    async def save_ticket_status_entity(
        self, *, ticket_status_entity: TicketStatusEntity | None | Unset = UNSET
    ) -> TicketStatusEntity | None:
        """Updates the existing TicketStatusEntity or creates a new TicketStatusEntity if the
        id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_TICKET_STATUS_ENTITY, (ticket_status_entity,))

    async def delete_ticket_status_entity(
        self, *, ticket_status_entity_id: int | Unset = UNSET
    ) -> None:
        """Deletes the TicketStatusEntity"""
        return await self._call(DELETE_TICKET_STATUS_ENTITY, (ticket_status_entity_id,))

    async def create_default_ticket_type_entity(self) -> TicketTypeEntity | None:
        """Loading default values into a new TicketTypeEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_TICKET_TYPE_ENTITY, ())

    async def save_ticket_type_entity(
        self, *, ticket_type_entity: TicketTypeEntity | None | Unset = UNSET
    ) -> TicketTypeEntity | None:
        """Updates the existing TicketTypeEntity or creates a new TicketTypeEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_TICKET_TYPE_ENTITY, (ticket_type_entity,))

    async def delete_ticket_type_entity(
        self, *, ticket_type_entity_id: int | Unset = UNSET
    ) -> None:
        """Deletes the TicketTypeEntity"""
        return await self._call(DELETE_TICKET_TYPE_ENTITY, (ticket_type_entity_id,))

    async def create_default_web_panel_entity(self) -> WebPanelEntity | None:
        """Loading default values into a new WebPanelEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_WEB_PANEL_ENTITY, ())

    async def save_web_panel_entity(
        self, *, web_panel_entity: WebPanelEntity | None | Unset = UNSET
    ) -> WebPanelEntity | None:
        """Updates the existing WebPanelEntity or creates a new WebPanelEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_WEB_PANEL_ENTITY, (web_panel_entity,))

    async def get_amount_class_entity(
        self, *, amount_class_entity_id: int | Unset = UNSET
    ) -> AmountClassEntity | None:
        """Gets a AmountClassEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_AMOUNT_CLASS_ENTITY, (amount_class_entity_id,))

    async def save_all_automated_category_updates(
        self, *, settings: list[AutomatedCategoryUpdate | None] | None | Unset = UNSET
    ) -> list[AutomatedCategoryUpdate | None] | None:
        """Call ``SaveAllAutomatedCategoryUpdates``.

        Returns:
            The result.
        """
        return await self._call(SAVE_ALL_AUTOMATED_CATEGORY_UPDATES, (settings,))

    async def get_all_automated_category_updates(
        self,
    ) -> list[AutomatedCategoryUpdate | None] | None:
        """Call ``GetAllAutomatedCategoryUpdates``.

        Returns:
            The result.
        """
        return await self._call(GET_ALL_AUTOMATED_CATEGORY_UPDATES, ())

    async def get_need_category_update_for_sale(
        self,
        *,
        sale_status: SaleStatus | str | Unset = UNSET,
        sale_id: int | Unset = UNSET,
        contact_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
    ) -> AutomatedCategoryUpdate | None:
        """Call ``GetNeedCategoryUpdateForSale``.

        Returns:
            The result.
        """
        return await self._call(
            GET_NEED_CATEGORY_UPDATE_FOR_SALE, (sale_status, sale_id, contact_id, person_id)
        )

    async def get_need_category_update_for_person(
        self,
        *,
        lead_status: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        contact_id: int | Unset = UNSET,
        category_id: int | Unset = UNSET,
    ) -> AutomatedCategoryUpdate | None:
        """Call ``GetNeedCategoryUpdateForPerson``.

        Returns:
            The result.
        """
        return await self._call(
            GET_NEED_CATEGORY_UPDATE_FOR_PERSON, (lead_status, person_id, contact_id, category_id)
        )

    async def get_business(self, *, business_id: int | Unset = UNSET) -> Business | None:
        """Gets a Business object.

        Returns:
            The result.
        """
        return await self._call(GET_BUSINESS, (business_id,))

    async def get_business_list(
        self, *, business_ids: list[int] | None | Unset = UNSET
    ) -> list[Business | None] | None:
        """Gets an array of Business objects.

        Returns:
            The result.
        """
        return await self._call(GET_BUSINESS_LIST, (business_ids,))

    async def get_businesses(self) -> list[Business | None] | None:
        """Returns all available businesses that a contact could have.

        Returns:
            The result.
        """
        return await self._call(GET_BUSINESSES, ())

    async def get_category(self, *, category_id: int | Unset = UNSET) -> Category | None:
        """Gets a Category object.

        Returns:
            The result.
        """
        return await self._call(GET_CATEGORY, (category_id,))

    async def get_category_entity(
        self, *, category_entity_id: int | Unset = UNSET
    ) -> CategoryEntity | None:
        """Gets a CategoryEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_CATEGORY_ENTITY, (category_entity_id,))

    async def get_category_list(
        self, *, category_ids: list[int] | None | Unset = UNSET
    ) -> list[Category | None] | None:
        """Gets an array of Category objects.

        Returns:
            The result.
        """
        return await self._call(GET_CATEGORY_LIST, (category_ids,))

    async def get_categories(self) -> list[Category | None] | None:
        """Returns all categories a contact could belong to

        Returns:
            The result.
        """
        return await self._call(GET_CATEGORIES, ())

    async def get_competitor(self, *, competitor_id: int | Unset = UNSET) -> Competitor | None:
        """Gets a Competitor object.

        Returns:
            The result.
        """
        return await self._call(GET_COMPETITOR, (competitor_id,))

    async def get_competitor_list(
        self, *, competitor_ids: list[int] | None | Unset = UNSET
    ) -> list[Competitor | None] | None:
        """Gets an array of Competitor objects.

        Returns:
            The result.
        """
        return await self._call(GET_COMPETITOR_LIST, (competitor_ids,))

    async def get_competitors(self) -> list[Competitor | None] | None:
        """Returns all competitors

        Returns:
            The result.
        """
        return await self._call(GET_COMPETITORS, ())

    async def get_task_menu(self, *, task_menu_id: int | Unset = UNSET) -> TaskMenu | None:
        """Gets a TaskMenu object.

        Returns:
            The result.
        """
        return await self._call(GET_TASK_MENU, (task_menu_id,))

    async def get_app_task_menus(self) -> list[TaskMenu | None] | None:
        """Get all task menus owned by your app; works in Online only, for registered Apps that
        send a valid ApplicationToken

        Returns:
            The result.
        """
        return await self._call(GET_APP_TASK_MENUS, ())

    async def delete_app_task_menus(self) -> None:
        """Permanentely delete all task menus owned by your app; works in Online only, for
        registered Apps that send a valid ApplicationToken; otherwise nothing happens
        """
        return await self._call(DELETE_APP_TASK_MENUS, ())

    async def get_task_menu_by_prog_id(
        self, *, prog_id: str | None | Unset = UNSET
    ) -> TaskMenu | None:
        """Get a task menu using the ProgId key that was specified when it was created

        Returns:
            The result.
        """
        return await self._call(GET_TASK_MENU_BY_PROG_ID, (prog_id,))

    async def get_consent_purpose(
        self, *, consent_purpose_id: int | Unset = UNSET
    ) -> ConsentPurpose | None:
        """Gets a ConsentPurpose object.

        Returns:
            The result.
        """
        return await self._call(GET_CONSENT_PURPOSE, (consent_purpose_id,))

    async def save_consent_purpose(
        self, *, consent_purpose: ConsentPurpose | None | Unset = UNSET
    ) -> ConsentPurpose | None:
        """Save a ConsentPurpose object

        Returns:
            The result.
        """
        return await self._call(SAVE_CONSENT_PURPOSE, (consent_purpose,))

    async def set_emarketing_strict_mode(self, *, enable: bool | Unset = UNSET) -> None:
        """Turn on the Emarketing strict mode, which will enable full GDPR rules concerning
        Emarketing consents and subscriptions
        """
        return await self._call(SET_EMARKETING_STRICT_MODE, (enable,))

    async def get_emarketing_strict_mode(self) -> bool | None:
        """Get the value of the Emarketing strict mode setting

        Returns:
            The result.
        """
        return await self._call(GET_EMARKETING_STRICT_MODE, ())

    async def get_consent_purpose_list(
        self, *, consent_purpose_ids: list[int] | None | Unset = UNSET
    ) -> list[ConsentPurpose | None] | None:
        """Gets an array of ConsentPurpose objects.

        Returns:
            The result.
        """
        return await self._call(GET_CONSENT_PURPOSE_LIST, (consent_purpose_ids,))

    async def get_consent_purposes(self) -> list[ConsentPurpose | None] | None:
        """Returns all defined purposes.

        Returns:
            The result.
        """
        return await self._call(GET_CONSENT_PURPOSES, ())

    async def get_consent_source(
        self, *, consent_source_id: int | Unset = UNSET
    ) -> ConsentSource | None:
        """Gets a ConsentSource object.

        Returns:
            The result.
        """
        return await self._call(GET_CONSENT_SOURCE, (consent_source_id,))

    async def save_consent_source(
        self, *, consent_source: ConsentSource | None | Unset = UNSET
    ) -> ConsentSource | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return await self._call(SAVE_CONSENT_SOURCE, (consent_source,))

    async def get_all_consent_source(self) -> list[ConsentSource | None] | None:
        """Gets an array of all ConsentSource objects

        Returns:
            The result.
        """
        return await self._call(GET_ALL_CONSENT_SOURCE, ())

    async def get_consent_source_list(
        self, *, consent_source_ids: list[int] | None | Unset = UNSET
    ) -> list[ConsentSource | None] | None:
        """Gets an array of ConsentSource objects.

        Returns:
            The result.
        """
        return await self._call(GET_CONSENT_SOURCE_LIST, (consent_source_ids,))

    async def get_consent_sources(self) -> list[ConsentSource | None] | None:
        """Returns all defined Sources.

        Returns:
            The result.
        """
        return await self._call(GET_CONSENT_SOURCES, ())

    async def get_country(self, *, country_id: int | Unset = UNSET) -> Country | None:
        """Gets a Country object.

        Returns:
            The result.
        """
        return await self._call(GET_COUNTRY, (country_id,))

    async def save_country(self, *, country: Country | None | Unset = UNSET) -> Country | None:
        """Saves a country

        Returns:
            The result.
        """
        return await self._call(SAVE_COUNTRY, (country,))

    async def create_default_country(self) -> Country | None:
        """Gets a new country

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_COUNTRY, ())

    async def get_country_list(
        self, *, country_ids: list[int] | None | Unset = UNSET
    ) -> list[Country | None] | None:
        """Gets an array of Country objects.

        Returns:
            The result.
        """
        return await self._call(GET_COUNTRY_LIST, (country_ids,))

    async def get_countries(self) -> list[Country | None] | None:
        """Returns all available countries a contact or person could belong to.

        Returns:
            The result.
        """
        return await self._call(GET_COUNTRIES, ())

    async def get_all_countries(
        self, *, include_deleted: bool | Unset = UNSET
    ) -> list[Country | None] | None:
        """Returns all available countries a contact or person could belong to.

        Returns:
            The result.
        """
        return await self._call(GET_ALL_COUNTRIES, (include_deleted,))

    async def get_credited(self, *, credited_id: int | Unset = UNSET) -> Credited | None:
        """Gets a Credited object.

        Returns:
            The result.
        """
        return await self._call(GET_CREDITED, (credited_id,))

    async def get_credited_list(
        self, *, credited_ids: list[int] | None | Unset = UNSET
    ) -> list[Credited | None] | None:
        """Gets an array of Credited objects.

        Returns:
            The result.
        """
        return await self._call(GET_CREDITED_LIST, (credited_ids,))


class ListAgent(ListMethods, SoapCaller):
    """List over SOAP 1.1 (``Remote/Services88/List.svc``), synchronous."""

    _PATH = "Remote/Services88/List.svc"
    _HEADERS = HEADERS


class AsyncListAgent(AsyncListMethods, AsyncSoapCaller):
    """List over SOAP 1.1 (``Remote/Services88/List.svc``), asynchronous."""

    _PATH = "Remote/Services88/List.svc"
    _HEADERS = HEADERS


class ListRestAgent(ListMethods, RestCaller):
    """List over REST (``/api/v1/Agents/List/...``), synchronous."""


class AsyncListRestAgent(AsyncListMethods, AsyncRestCaller):
    """List over REST (``/api/v1/Agents/List/...``), asynchronous."""
