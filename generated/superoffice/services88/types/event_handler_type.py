"""Services88 types: ArrayOfEventHandlerType, EventHandlerType.

Used by the CRMScript, CustomerService agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import (
    Codec,
    Element,
    enum_from_text,
    enum_to_text,
    json_enum,
    json_items,
    new_child,
    put,
)

_EVENT_HANDLER_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EventHandlerType"


class EventHandlerType(enum.Enum):
    """The ``EventHandlerType`` enumeration."""

    UNKNOWN = 0
    NEW_TICKET = 100
    NEW_TICKET_FROM_CUSTOMER_CENTER = 101
    NEW_TICKET_FROM_EMAIL = 102
    NEW_TICKET_FROM_CUSTOMER_CENTER_BEFORE_SAVE = 103
    NEW_TICKET_FROM_SPM_LINK = 104
    NEW_NOTIFY_TICKET_FROM_FORM = 105
    NEW_TICKET_FROM_FORM = 106
    TICKET_SAVE = 109
    TICKET_CLOSED = 110
    TICKET_POSTPONED = 111
    TICKET_DELETED = 112
    TICKET_ACTIVATED = 113
    TICKET_REOPENED = 120
    TICKET_REOPENED_FROM_CUSTOMER_CENTER = 121
    TICKET_REOPENED_FROM_EMAIL = 122
    TICKET_CHANGED_PRIORITY = 140
    TICKET_CHANGED_CATEGORY = 141
    TICKET_CHANGED_OWNED_BY = 142
    TICKET_CHANGED_PRIMARY_CUSTOMER = 143
    TICKET_CHANGED_TICKET_STATUS = 144
    TICKET_CHANGED_SLEVEL = 145
    TICKET_MESSAGE_ADDED = 150
    TICKET_INTERNAL_MESSAGE_ADDED = 151
    TICKET_EXTERNAL_MESSAGE_ADDED = 152
    TICKET_MESSAGE_SENTIMENT_CALCULATED = 153
    COMPACT_MODE_INJECTION = 200
    CUSTOMER_CENTER_AUTHENTICATION = 210
    SCHEDULED_TASK_FAILED = 300
    DBI_TASK_FAILED = 301
    CUSTOMER_SET_SUBSCRIPTIONS = 302
    IMPORT_MAIL_BEFORE_PROCESSING = 303
    IMPORT_MAIL_AFTER_PROCESSING = 304
    MAIN_MENU = 305
    CHAT_NEW_SESSION = 400
    CHAT_SESSION_CHANGED_STATUS = 401
    CHAT_BEFORE_SAVE_NEW_MESSAGE = 402
    CHAT_AFTER_SAVE_NEW_MESSAGE = 403
    SERVICE_SCREEN_NEW_TICKET_LOAD = 500
    SERVICE_SCREEN_NEW_QUICK_TICKET_LOAD = 501
    SERVICE_SCREEN_LIST_TICKET_MESSAGES_LOAD = 502
    SERVICE_SCREEN_ADD_MESSAGE_LOAD = 503
    SERVICE_SCREEN_EDIT_TICKET_LOAD = 504
    SERVICE_SCREEN_VIEW_CUSTOMER_LOAD = 505
    SERVICE_SCREEN_EDIT_CUSTOMER_LOAD = 506
    SERVICE_SCREEN_VIEW_COMPANY_LOAD = 507
    SERVICE_SCREEN_EDIT_COMPANY_LOAD = 508
    SERVICE_SCREEN_FORWARD_LOAD = 509
    SERVICE_SCREEN_EDIT_EXTRA_TABLE_LOAD = 510
    SERVICE_SCREEN_NEW_TICKET_BEFORE_SUBMIT = 600
    SERVICE_SCREEN_NEW_QUICK_TICKET_BEFORE_SUBMIT = 601
    SERVICE_SCREEN_LIST_TICKET_MESSAGES_BEFORE_SUBMIT = 602
    SERVICE_SCREEN_ADD_MESSAGE_BEFORE_SUBMIT = 603
    SERVICE_SCREEN_EDIT_TICKET_BEFORE_SUBMIT = 604
    SERVICE_SCREEN_VIEW_CUSTOMER_BEFORE_SUBMIT = 605
    SERVICE_SCREEN_EDIT_CUSTOMER_BEFORE_SUBMIT = 606
    SERVICE_SCREEN_VIEW_COMPANY_BEFORE_SUBMIT = 607
    SERVICE_SCREEN_EDIT_COMPANY_BEFORE_SUBMIT = 608
    SERVICE_SCREEN_FORWARD_BEFORE_SUBMIT = 609
    SERVICE_SCREEN_EDIT_EXTRA_TABLE_BEFORE_SUBMIT = 610
    SERVICE_SCREEN_NEW_TICKET_AFTER_SUBMIT = 700
    SERVICE_SCREEN_NEW_QUICK_TICKET_AFTER_SUBMIT = 701
    SERVICE_SCREEN_LIST_TICKET_MESSAGES_AFTER_SUBMIT = 702
    SERVICE_SCREEN_ADD_MESSAGE_AFTER_SUBMIT = 703
    SERVICE_SCREEN_EDIT_TICKET_AFTER_SUBMIT = 704
    SERVICE_SCREEN_VIEW_CUSTOMER_AFTER_SUBMIT = 705
    SERVICE_SCREEN_EDIT_CUSTOMER_AFTER_SUBMIT = 706
    SERVICE_SCREEN_VIEW_COMPANY_AFTER_SUBMIT = 707
    SERVICE_SCREEN_EDIT_COMPANY_AFTER_SUBMIT = 708
    SERVICE_SCREEN_FORWARD_AFTER_SUBMIT = 709
    SERVICE_SCREEN_EDIT_EXTRA_TABLE_AFTER_SUBMIT = 710
    SALES_BEFORE_SAVE_APPOINTMENT = 1001
    SALES_BEFORE_SAVE_STAKEHOLDER = 1002
    SALES_BEFORE_SAVE_QUOTE = 1003
    SALES_BEFORE_SAVE_DOCUMENT = 1004
    SALES_BEFORE_SAVE_CONTACT = 1005
    SALES_BEFORE_SAVE_PERSON = 1006
    SALES_BEFORE_SAVE_RELATION = 1007
    SALES_BEFORE_SAVE_SALE = 1008
    SALES_BEFORE_SAVE_PROJECT = 1009
    SALES_BEFORE_SAVE_SELECTION = 1010
    SALES_BEFORE_SAVE_PROJECT_MEMBER = 1011
    SALES_BEFORE_SAVE_SELECTION_MEMBER = 1012
    SALES_BEFORE_SAVE_QUOTE_LINE = 1013
    SALES_BEFORE_SAVE_APPROVE_QUOTE = 1014
    SALES_BEFORE_SAVE_REJECT_QUOTE = 1015
    SALES_BEFORE_SAVE_TICKET = 1016
    SALES_LOAD_CUSTOM_OBJECT = 1017
    SALES_BEFORE_SAVE_CUSTOM_OBJECT = 1018
    SALES_AFTER_SAVE_APPOINTMENT = 1101
    SALES_AFTER_SAVE_STAKEHOLDER = 1102
    SALES_AFTER_SAVE_QUOTE = 1103
    SALES_AFTER_SAVE_DOCUMENT = 1104
    SALES_AFTER_SAVE_CONTACT = 1105
    SALES_AFTER_SAVE_PERSON = 1106
    SALES_AFTER_SAVE_RELATION = 1107
    SALES_AFTER_SAVE_SALE = 1108
    SALES_AFTER_SAVE_PROJECT = 1109
    SALES_AFTER_SAVE_SELECTION = 1110
    SALES_AFTER_SAVE_PROJECT_MEMBER = 1111
    SALES_AFTER_SAVE_SELECTION_MEMBER = 1112
    SALES_AFTER_SAVE_QUOTE_LINE = 1113
    SALES_AFTER_SAVE_APPROVE_QUOTE = 1114
    SALES_AFTER_SAVE_REJECT_QUOTE = 1115
    SALES_AFTER_SAVE_TICKET = 1116
    SALES_AFTER_SAVE_CUSTOM_OBJECT = 1117
    SALES_SPLIT_TICKET = 1019
    SALES_LOAD_TICKET = 1020
    SALES_LOAD_TICKET_MESSAGE = 1021


_EVENT_HANDLER_TYPE_NAMES: dict[EventHandlerType, str] = {
    EventHandlerType.UNKNOWN: "Unknown",
    EventHandlerType.NEW_TICKET: "NewTicket",
    EventHandlerType.NEW_TICKET_FROM_CUSTOMER_CENTER: "NewTicketFromCustomerCenter",
    EventHandlerType.NEW_TICKET_FROM_EMAIL: "NewTicketFromEmail",
    EventHandlerType.NEW_TICKET_FROM_CUSTOMER_CENTER_BEFORE_SAVE: "NewTicketFromCustomerCenterBeforeSave",
    EventHandlerType.NEW_TICKET_FROM_SPM_LINK: "NewTicketFromSpmLink",
    EventHandlerType.NEW_NOTIFY_TICKET_FROM_FORM: "NewNotifyTicketFromForm",
    EventHandlerType.NEW_TICKET_FROM_FORM: "NewTicketFromForm",
    EventHandlerType.TICKET_SAVE: "TicketSave",
    EventHandlerType.TICKET_CLOSED: "TicketClosed",
    EventHandlerType.TICKET_POSTPONED: "TicketPostponed",
    EventHandlerType.TICKET_DELETED: "TicketDeleted",
    EventHandlerType.TICKET_ACTIVATED: "TicketActivated",
    EventHandlerType.TICKET_REOPENED: "TicketReopened",
    EventHandlerType.TICKET_REOPENED_FROM_CUSTOMER_CENTER: "TicketReopenedFromCustomerCenter",
    EventHandlerType.TICKET_REOPENED_FROM_EMAIL: "TicketReopenedFromEmail",
    EventHandlerType.TICKET_CHANGED_PRIORITY: "TicketChangedPriority",
    EventHandlerType.TICKET_CHANGED_CATEGORY: "TicketChangedCategory",
    EventHandlerType.TICKET_CHANGED_OWNED_BY: "TicketChangedOwnedBy",
    EventHandlerType.TICKET_CHANGED_PRIMARY_CUSTOMER: "TicketChangedPrimaryCustomer",
    EventHandlerType.TICKET_CHANGED_TICKET_STATUS: "TicketChangedTicketStatus",
    EventHandlerType.TICKET_CHANGED_SLEVEL: "TicketChangedSlevel",
    EventHandlerType.TICKET_MESSAGE_ADDED: "TicketMessageAdded",
    EventHandlerType.TICKET_INTERNAL_MESSAGE_ADDED: "TicketInternalMessageAdded",
    EventHandlerType.TICKET_EXTERNAL_MESSAGE_ADDED: "TicketExternalMessageAdded",
    EventHandlerType.TICKET_MESSAGE_SENTIMENT_CALCULATED: "TicketMessageSentimentCalculated",
    EventHandlerType.COMPACT_MODE_INJECTION: "CompactModeInjection",
    EventHandlerType.CUSTOMER_CENTER_AUTHENTICATION: "CustomerCenterAuthentication",
    EventHandlerType.SCHEDULED_TASK_FAILED: "ScheduledTaskFailed",
    EventHandlerType.DBI_TASK_FAILED: "DbiTaskFailed",
    EventHandlerType.CUSTOMER_SET_SUBSCRIPTIONS: "CustomerSetSubscriptions",
    EventHandlerType.IMPORT_MAIL_BEFORE_PROCESSING: "ImportMailBeforeProcessing",
    EventHandlerType.IMPORT_MAIL_AFTER_PROCESSING: "ImportMailAfterProcessing",
    EventHandlerType.MAIN_MENU: "MainMenu",
    EventHandlerType.CHAT_NEW_SESSION: "ChatNewSession",
    EventHandlerType.CHAT_SESSION_CHANGED_STATUS: "ChatSessionChangedStatus",
    EventHandlerType.CHAT_BEFORE_SAVE_NEW_MESSAGE: "ChatBeforeSaveNewMessage",
    EventHandlerType.CHAT_AFTER_SAVE_NEW_MESSAGE: "ChatAfterSaveNewMessage",
    EventHandlerType.SERVICE_SCREEN_NEW_TICKET_LOAD: "ServiceScreenNewTicketLoad",
    EventHandlerType.SERVICE_SCREEN_NEW_QUICK_TICKET_LOAD: "ServiceScreenNewQuickTicketLoad",
    EventHandlerType.SERVICE_SCREEN_LIST_TICKET_MESSAGES_LOAD: "ServiceScreenListTicketMessagesLoad",
    EventHandlerType.SERVICE_SCREEN_ADD_MESSAGE_LOAD: "ServiceScreenAddMessageLoad",
    EventHandlerType.SERVICE_SCREEN_EDIT_TICKET_LOAD: "ServiceScreenEditTicketLoad",
    EventHandlerType.SERVICE_SCREEN_VIEW_CUSTOMER_LOAD: "ServiceScreenViewCustomerLoad",
    EventHandlerType.SERVICE_SCREEN_EDIT_CUSTOMER_LOAD: "ServiceScreenEditCustomerLoad",
    EventHandlerType.SERVICE_SCREEN_VIEW_COMPANY_LOAD: "ServiceScreenViewCompanyLoad",
    EventHandlerType.SERVICE_SCREEN_EDIT_COMPANY_LOAD: "ServiceScreenEditCompanyLoad",
    EventHandlerType.SERVICE_SCREEN_FORWARD_LOAD: "ServiceScreenForwardLoad",
    EventHandlerType.SERVICE_SCREEN_EDIT_EXTRA_TABLE_LOAD: "ServiceScreenEditExtraTableLoad",
    EventHandlerType.SERVICE_SCREEN_NEW_TICKET_BEFORE_SUBMIT: "ServiceScreenNewTicketBeforeSubmit",
    EventHandlerType.SERVICE_SCREEN_NEW_QUICK_TICKET_BEFORE_SUBMIT: "ServiceScreenNewQuickTicketBeforeSubmit",
    EventHandlerType.SERVICE_SCREEN_LIST_TICKET_MESSAGES_BEFORE_SUBMIT: "ServiceScreenListTicketMessagesBeforeSubmit",
    EventHandlerType.SERVICE_SCREEN_ADD_MESSAGE_BEFORE_SUBMIT: "ServiceScreenAddMessageBeforeSubmit",
    EventHandlerType.SERVICE_SCREEN_EDIT_TICKET_BEFORE_SUBMIT: "ServiceScreenEditTicketBeforeSubmit",
    EventHandlerType.SERVICE_SCREEN_VIEW_CUSTOMER_BEFORE_SUBMIT: "ServiceScreenViewCustomerBeforeSubmit",
    EventHandlerType.SERVICE_SCREEN_EDIT_CUSTOMER_BEFORE_SUBMIT: "ServiceScreenEditCustomerBeforeSubmit",
    EventHandlerType.SERVICE_SCREEN_VIEW_COMPANY_BEFORE_SUBMIT: "ServiceScreenViewCompanyBeforeSubmit",
    EventHandlerType.SERVICE_SCREEN_EDIT_COMPANY_BEFORE_SUBMIT: "ServiceScreenEditCompanyBeforeSubmit",
    EventHandlerType.SERVICE_SCREEN_FORWARD_BEFORE_SUBMIT: "ServiceScreenForwardBeforeSubmit",
    EventHandlerType.SERVICE_SCREEN_EDIT_EXTRA_TABLE_BEFORE_SUBMIT: "ServiceScreenEditExtraTableBeforeSubmit",
    EventHandlerType.SERVICE_SCREEN_NEW_TICKET_AFTER_SUBMIT: "ServiceScreenNewTicketAfterSubmit",
    EventHandlerType.SERVICE_SCREEN_NEW_QUICK_TICKET_AFTER_SUBMIT: "ServiceScreenNewQuickTicketAfterSubmit",
    EventHandlerType.SERVICE_SCREEN_LIST_TICKET_MESSAGES_AFTER_SUBMIT: "ServiceScreenListTicketMessagesAfterSubmit",
    EventHandlerType.SERVICE_SCREEN_ADD_MESSAGE_AFTER_SUBMIT: "ServiceScreenAddMessageAfterSubmit",
    EventHandlerType.SERVICE_SCREEN_EDIT_TICKET_AFTER_SUBMIT: "ServiceScreenEditTicketAfterSubmit",
    EventHandlerType.SERVICE_SCREEN_VIEW_CUSTOMER_AFTER_SUBMIT: "ServiceScreenViewCustomerAfterSubmit",
    EventHandlerType.SERVICE_SCREEN_EDIT_CUSTOMER_AFTER_SUBMIT: "ServiceScreenEditCustomerAfterSubmit",
    EventHandlerType.SERVICE_SCREEN_VIEW_COMPANY_AFTER_SUBMIT: "ServiceScreenViewCompanyAfterSubmit",
    EventHandlerType.SERVICE_SCREEN_EDIT_COMPANY_AFTER_SUBMIT: "ServiceScreenEditCompanyAfterSubmit",
    EventHandlerType.SERVICE_SCREEN_FORWARD_AFTER_SUBMIT: "ServiceScreenForwardAfterSubmit",
    EventHandlerType.SERVICE_SCREEN_EDIT_EXTRA_TABLE_AFTER_SUBMIT: "ServiceScreenEditExtraTableAfterSubmit",
    EventHandlerType.SALES_BEFORE_SAVE_APPOINTMENT: "SalesBeforeSaveAppointment",
    EventHandlerType.SALES_BEFORE_SAVE_STAKEHOLDER: "SalesBeforeSaveStakeholder",
    EventHandlerType.SALES_BEFORE_SAVE_QUOTE: "SalesBeforeSaveQuote",
    EventHandlerType.SALES_BEFORE_SAVE_DOCUMENT: "SalesBeforeSaveDocument",
    EventHandlerType.SALES_BEFORE_SAVE_CONTACT: "SalesBeforeSaveContact",
    EventHandlerType.SALES_BEFORE_SAVE_PERSON: "SalesBeforeSavePerson",
    EventHandlerType.SALES_BEFORE_SAVE_RELATION: "SalesBeforeSaveRelation",
    EventHandlerType.SALES_BEFORE_SAVE_SALE: "SalesBeforeSaveSale",
    EventHandlerType.SALES_BEFORE_SAVE_PROJECT: "SalesBeforeSaveProject",
    EventHandlerType.SALES_BEFORE_SAVE_SELECTION: "SalesBeforeSaveSelection",
    EventHandlerType.SALES_BEFORE_SAVE_PROJECT_MEMBER: "SalesBeforeSaveProjectMember",
    EventHandlerType.SALES_BEFORE_SAVE_SELECTION_MEMBER: "SalesBeforeSaveSelectionMember",
    EventHandlerType.SALES_BEFORE_SAVE_QUOTE_LINE: "SalesBeforeSaveQuoteLine",
    EventHandlerType.SALES_BEFORE_SAVE_APPROVE_QUOTE: "SalesBeforeSaveApproveQuote",
    EventHandlerType.SALES_BEFORE_SAVE_REJECT_QUOTE: "SalesBeforeSaveRejectQuote",
    EventHandlerType.SALES_BEFORE_SAVE_TICKET: "SalesBeforeSaveTicket",
    EventHandlerType.SALES_LOAD_CUSTOM_OBJECT: "SalesLoadCustomObject",
    EventHandlerType.SALES_BEFORE_SAVE_CUSTOM_OBJECT: "SalesBeforeSaveCustomObject",
    EventHandlerType.SALES_AFTER_SAVE_APPOINTMENT: "SalesAfterSaveAppointment",
    EventHandlerType.SALES_AFTER_SAVE_STAKEHOLDER: "SalesAfterSaveStakeholder",
    EventHandlerType.SALES_AFTER_SAVE_QUOTE: "SalesAfterSaveQuote",
    EventHandlerType.SALES_AFTER_SAVE_DOCUMENT: "SalesAfterSaveDocument",
    EventHandlerType.SALES_AFTER_SAVE_CONTACT: "SalesAfterSaveContact",
    EventHandlerType.SALES_AFTER_SAVE_PERSON: "SalesAfterSavePerson",
    EventHandlerType.SALES_AFTER_SAVE_RELATION: "SalesAfterSaveRelation",
    EventHandlerType.SALES_AFTER_SAVE_SALE: "SalesAfterSaveSale",
    EventHandlerType.SALES_AFTER_SAVE_PROJECT: "SalesAfterSaveProject",
    EventHandlerType.SALES_AFTER_SAVE_SELECTION: "SalesAfterSaveSelection",
    EventHandlerType.SALES_AFTER_SAVE_PROJECT_MEMBER: "SalesAfterSaveProjectMember",
    EventHandlerType.SALES_AFTER_SAVE_SELECTION_MEMBER: "SalesAfterSaveSelectionMember",
    EventHandlerType.SALES_AFTER_SAVE_QUOTE_LINE: "SalesAfterSaveQuoteLine",
    EventHandlerType.SALES_AFTER_SAVE_APPROVE_QUOTE: "SalesAfterSaveApproveQuote",
    EventHandlerType.SALES_AFTER_SAVE_REJECT_QUOTE: "SalesAfterSaveRejectQuote",
    EventHandlerType.SALES_AFTER_SAVE_TICKET: "SalesAfterSaveTicket",
    EventHandlerType.SALES_AFTER_SAVE_CUSTOM_OBJECT: "SalesAfterSaveCustomObject",
    EventHandlerType.SALES_SPLIT_TICKET: "SalesSplitTicket",
    EventHandlerType.SALES_LOAD_TICKET: "SalesLoadTicket",
    EventHandlerType.SALES_LOAD_TICKET_MESSAGE: "SalesLoadTicketMessage",
}
_EVENT_HANDLER_TYPE_BY_NAME: dict[str, EventHandlerType] = {
    "Unknown": EventHandlerType.UNKNOWN,
    "NewTicket": EventHandlerType.NEW_TICKET,
    "NewTicketFromCustomerCenter": EventHandlerType.NEW_TICKET_FROM_CUSTOMER_CENTER,
    "NewTicketFromEmail": EventHandlerType.NEW_TICKET_FROM_EMAIL,
    "NewTicketFromCustomerCenterBeforeSave": EventHandlerType.NEW_TICKET_FROM_CUSTOMER_CENTER_BEFORE_SAVE,
    "NewTicketFromSpmLink": EventHandlerType.NEW_TICKET_FROM_SPM_LINK,
    "NewNotifyTicketFromForm": EventHandlerType.NEW_NOTIFY_TICKET_FROM_FORM,
    "NewTicketFromForm": EventHandlerType.NEW_TICKET_FROM_FORM,
    "TicketSave": EventHandlerType.TICKET_SAVE,
    "TicketClosed": EventHandlerType.TICKET_CLOSED,
    "TicketPostponed": EventHandlerType.TICKET_POSTPONED,
    "TicketDeleted": EventHandlerType.TICKET_DELETED,
    "TicketActivated": EventHandlerType.TICKET_ACTIVATED,
    "TicketReopened": EventHandlerType.TICKET_REOPENED,
    "TicketReopenedFromCustomerCenter": EventHandlerType.TICKET_REOPENED_FROM_CUSTOMER_CENTER,
    "TicketReopenedFromEmail": EventHandlerType.TICKET_REOPENED_FROM_EMAIL,
    "TicketChangedPriority": EventHandlerType.TICKET_CHANGED_PRIORITY,
    "TicketChangedCategory": EventHandlerType.TICKET_CHANGED_CATEGORY,
    "TicketChangedOwnedBy": EventHandlerType.TICKET_CHANGED_OWNED_BY,
    "TicketChangedPrimaryCustomer": EventHandlerType.TICKET_CHANGED_PRIMARY_CUSTOMER,
    "TicketChangedTicketStatus": EventHandlerType.TICKET_CHANGED_TICKET_STATUS,
    "TicketChangedSlevel": EventHandlerType.TICKET_CHANGED_SLEVEL,
    "TicketMessageAdded": EventHandlerType.TICKET_MESSAGE_ADDED,
    "TicketInternalMessageAdded": EventHandlerType.TICKET_INTERNAL_MESSAGE_ADDED,
    "TicketExternalMessageAdded": EventHandlerType.TICKET_EXTERNAL_MESSAGE_ADDED,
    "TicketMessageSentimentCalculated": EventHandlerType.TICKET_MESSAGE_SENTIMENT_CALCULATED,
    "CompactModeInjection": EventHandlerType.COMPACT_MODE_INJECTION,
    "CustomerCenterAuthentication": EventHandlerType.CUSTOMER_CENTER_AUTHENTICATION,
    "ScheduledTaskFailed": EventHandlerType.SCHEDULED_TASK_FAILED,
    "DbiTaskFailed": EventHandlerType.DBI_TASK_FAILED,
    "CustomerSetSubscriptions": EventHandlerType.CUSTOMER_SET_SUBSCRIPTIONS,
    "ImportMailBeforeProcessing": EventHandlerType.IMPORT_MAIL_BEFORE_PROCESSING,
    "ImportMailAfterProcessing": EventHandlerType.IMPORT_MAIL_AFTER_PROCESSING,
    "MainMenu": EventHandlerType.MAIN_MENU,
    "ChatNewSession": EventHandlerType.CHAT_NEW_SESSION,
    "ChatSessionChangedStatus": EventHandlerType.CHAT_SESSION_CHANGED_STATUS,
    "ChatBeforeSaveNewMessage": EventHandlerType.CHAT_BEFORE_SAVE_NEW_MESSAGE,
    "ChatAfterSaveNewMessage": EventHandlerType.CHAT_AFTER_SAVE_NEW_MESSAGE,
    "ServiceScreenNewTicketLoad": EventHandlerType.SERVICE_SCREEN_NEW_TICKET_LOAD,
    "ServiceScreenNewQuickTicketLoad": EventHandlerType.SERVICE_SCREEN_NEW_QUICK_TICKET_LOAD,
    "ServiceScreenListTicketMessagesLoad": EventHandlerType.SERVICE_SCREEN_LIST_TICKET_MESSAGES_LOAD,
    "ServiceScreenAddMessageLoad": EventHandlerType.SERVICE_SCREEN_ADD_MESSAGE_LOAD,
    "ServiceScreenEditTicketLoad": EventHandlerType.SERVICE_SCREEN_EDIT_TICKET_LOAD,
    "ServiceScreenViewCustomerLoad": EventHandlerType.SERVICE_SCREEN_VIEW_CUSTOMER_LOAD,
    "ServiceScreenEditCustomerLoad": EventHandlerType.SERVICE_SCREEN_EDIT_CUSTOMER_LOAD,
    "ServiceScreenViewCompanyLoad": EventHandlerType.SERVICE_SCREEN_VIEW_COMPANY_LOAD,
    "ServiceScreenEditCompanyLoad": EventHandlerType.SERVICE_SCREEN_EDIT_COMPANY_LOAD,
    "ServiceScreenForwardLoad": EventHandlerType.SERVICE_SCREEN_FORWARD_LOAD,
    "ServiceScreenEditExtraTableLoad": EventHandlerType.SERVICE_SCREEN_EDIT_EXTRA_TABLE_LOAD,
    "ServiceScreenNewTicketBeforeSubmit": EventHandlerType.SERVICE_SCREEN_NEW_TICKET_BEFORE_SUBMIT,
    "ServiceScreenNewQuickTicketBeforeSubmit": EventHandlerType.SERVICE_SCREEN_NEW_QUICK_TICKET_BEFORE_SUBMIT,
    "ServiceScreenListTicketMessagesBeforeSubmit": EventHandlerType.SERVICE_SCREEN_LIST_TICKET_MESSAGES_BEFORE_SUBMIT,
    "ServiceScreenAddMessageBeforeSubmit": EventHandlerType.SERVICE_SCREEN_ADD_MESSAGE_BEFORE_SUBMIT,
    "ServiceScreenEditTicketBeforeSubmit": EventHandlerType.SERVICE_SCREEN_EDIT_TICKET_BEFORE_SUBMIT,
    "ServiceScreenViewCustomerBeforeSubmit": EventHandlerType.SERVICE_SCREEN_VIEW_CUSTOMER_BEFORE_SUBMIT,
    "ServiceScreenEditCustomerBeforeSubmit": EventHandlerType.SERVICE_SCREEN_EDIT_CUSTOMER_BEFORE_SUBMIT,
    "ServiceScreenViewCompanyBeforeSubmit": EventHandlerType.SERVICE_SCREEN_VIEW_COMPANY_BEFORE_SUBMIT,
    "ServiceScreenEditCompanyBeforeSubmit": EventHandlerType.SERVICE_SCREEN_EDIT_COMPANY_BEFORE_SUBMIT,
    "ServiceScreenForwardBeforeSubmit": EventHandlerType.SERVICE_SCREEN_FORWARD_BEFORE_SUBMIT,
    "ServiceScreenEditExtraTableBeforeSubmit": EventHandlerType.SERVICE_SCREEN_EDIT_EXTRA_TABLE_BEFORE_SUBMIT,
    "ServiceScreenNewTicketAfterSubmit": EventHandlerType.SERVICE_SCREEN_NEW_TICKET_AFTER_SUBMIT,
    "ServiceScreenNewQuickTicketAfterSubmit": EventHandlerType.SERVICE_SCREEN_NEW_QUICK_TICKET_AFTER_SUBMIT,
    "ServiceScreenListTicketMessagesAfterSubmit": EventHandlerType.SERVICE_SCREEN_LIST_TICKET_MESSAGES_AFTER_SUBMIT,
    "ServiceScreenAddMessageAfterSubmit": EventHandlerType.SERVICE_SCREEN_ADD_MESSAGE_AFTER_SUBMIT,
    "ServiceScreenEditTicketAfterSubmit": EventHandlerType.SERVICE_SCREEN_EDIT_TICKET_AFTER_SUBMIT,
    "ServiceScreenViewCustomerAfterSubmit": EventHandlerType.SERVICE_SCREEN_VIEW_CUSTOMER_AFTER_SUBMIT,
    "ServiceScreenEditCustomerAfterSubmit": EventHandlerType.SERVICE_SCREEN_EDIT_CUSTOMER_AFTER_SUBMIT,
    "ServiceScreenViewCompanyAfterSubmit": EventHandlerType.SERVICE_SCREEN_VIEW_COMPANY_AFTER_SUBMIT,
    "ServiceScreenEditCompanyAfterSubmit": EventHandlerType.SERVICE_SCREEN_EDIT_COMPANY_AFTER_SUBMIT,
    "ServiceScreenForwardAfterSubmit": EventHandlerType.SERVICE_SCREEN_FORWARD_AFTER_SUBMIT,
    "ServiceScreenEditExtraTableAfterSubmit": EventHandlerType.SERVICE_SCREEN_EDIT_EXTRA_TABLE_AFTER_SUBMIT,
    "SalesBeforeSaveAppointment": EventHandlerType.SALES_BEFORE_SAVE_APPOINTMENT,
    "SalesBeforeSaveStakeholder": EventHandlerType.SALES_BEFORE_SAVE_STAKEHOLDER,
    "SalesBeforeSaveQuote": EventHandlerType.SALES_BEFORE_SAVE_QUOTE,
    "SalesBeforeSaveDocument": EventHandlerType.SALES_BEFORE_SAVE_DOCUMENT,
    "SalesBeforeSaveContact": EventHandlerType.SALES_BEFORE_SAVE_CONTACT,
    "SalesBeforeSavePerson": EventHandlerType.SALES_BEFORE_SAVE_PERSON,
    "SalesBeforeSaveRelation": EventHandlerType.SALES_BEFORE_SAVE_RELATION,
    "SalesBeforeSaveSale": EventHandlerType.SALES_BEFORE_SAVE_SALE,
    "SalesBeforeSaveProject": EventHandlerType.SALES_BEFORE_SAVE_PROJECT,
    "SalesBeforeSaveSelection": EventHandlerType.SALES_BEFORE_SAVE_SELECTION,
    "SalesBeforeSaveProjectMember": EventHandlerType.SALES_BEFORE_SAVE_PROJECT_MEMBER,
    "SalesBeforeSaveSelectionMember": EventHandlerType.SALES_BEFORE_SAVE_SELECTION_MEMBER,
    "SalesBeforeSaveQuoteLine": EventHandlerType.SALES_BEFORE_SAVE_QUOTE_LINE,
    "SalesBeforeSaveApproveQuote": EventHandlerType.SALES_BEFORE_SAVE_APPROVE_QUOTE,
    "SalesBeforeSaveRejectQuote": EventHandlerType.SALES_BEFORE_SAVE_REJECT_QUOTE,
    "SalesBeforeSaveTicket": EventHandlerType.SALES_BEFORE_SAVE_TICKET,
    "SalesLoadCustomObject": EventHandlerType.SALES_LOAD_CUSTOM_OBJECT,
    "SalesBeforeSaveCustomObject": EventHandlerType.SALES_BEFORE_SAVE_CUSTOM_OBJECT,
    "SalesAfterSaveAppointment": EventHandlerType.SALES_AFTER_SAVE_APPOINTMENT,
    "SalesAfterSaveStakeholder": EventHandlerType.SALES_AFTER_SAVE_STAKEHOLDER,
    "SalesAfterSaveQuote": EventHandlerType.SALES_AFTER_SAVE_QUOTE,
    "SalesAfterSaveDocument": EventHandlerType.SALES_AFTER_SAVE_DOCUMENT,
    "SalesAfterSaveContact": EventHandlerType.SALES_AFTER_SAVE_CONTACT,
    "SalesAfterSavePerson": EventHandlerType.SALES_AFTER_SAVE_PERSON,
    "SalesAfterSaveRelation": EventHandlerType.SALES_AFTER_SAVE_RELATION,
    "SalesAfterSaveSale": EventHandlerType.SALES_AFTER_SAVE_SALE,
    "SalesAfterSaveProject": EventHandlerType.SALES_AFTER_SAVE_PROJECT,
    "SalesAfterSaveSelection": EventHandlerType.SALES_AFTER_SAVE_SELECTION,
    "SalesAfterSaveProjectMember": EventHandlerType.SALES_AFTER_SAVE_PROJECT_MEMBER,
    "SalesAfterSaveSelectionMember": EventHandlerType.SALES_AFTER_SAVE_SELECTION_MEMBER,
    "SalesAfterSaveQuoteLine": EventHandlerType.SALES_AFTER_SAVE_QUOTE_LINE,
    "SalesAfterSaveApproveQuote": EventHandlerType.SALES_AFTER_SAVE_APPROVE_QUOTE,
    "SalesAfterSaveRejectQuote": EventHandlerType.SALES_AFTER_SAVE_REJECT_QUOTE,
    "SalesAfterSaveTicket": EventHandlerType.SALES_AFTER_SAVE_TICKET,
    "SalesAfterSaveCustomObject": EventHandlerType.SALES_AFTER_SAVE_CUSTOM_OBJECT,
    "SalesSplitTicket": EventHandlerType.SALES_SPLIT_TICKET,
    "SalesLoadTicket": EventHandlerType.SALES_LOAD_TICKET,
    "SalesLoadTicketMessage": EventHandlerType.SALES_LOAD_TICKET_MESSAGE,
}
_EVENT_HANDLER_TYPE_BY_VALUE: dict[int, EventHandlerType] = {
    member.value: member for member in EventHandlerType
}


def decode_xml_event_handler_type(element: Element) -> EventHandlerType | str:
    return enum_from_text(element.text or "", _EVENT_HANDLER_TYPE_BY_NAME)


def encode_xml_event_handler_type(
    parent: Element, tag: str, value: EventHandlerType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _EVENT_HANDLER_TYPE_NAMES)


def decode_json_event_handler_type(data: Any, path: str) -> EventHandlerType | str:
    return json_enum(data, path, _EVENT_HANDLER_TYPE_BY_NAME, _EVENT_HANDLER_TYPE_BY_VALUE)


def encode_json_event_handler_type(value: EventHandlerType | str) -> str:
    return enum_to_text(value, _EVENT_HANDLER_TYPE_NAMES)


EVENT_HANDLER_TYPE_CODEC = Codec(
    decode_xml_event_handler_type,
    encode_xml_event_handler_type,
    decode_json_event_handler_type,
    encode_json_event_handler_type,
)


def decode_xml_list_of_event_handler_type(element: Element) -> list[EventHandlerType | str]:
    """``ArrayOfEventHandlerType``: a list of ``EventHandlerType`` elements."""
    return [
        decode_xml_event_handler_type(child)
        for child in element
        if child.tag == _EVENT_HANDLER_TYPE
    ]


def encode_xml_list_of_event_handler_type(
    parent: Element | None, tag: str, value: list[EventHandlerType | str]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _EVENT_HANDLER_TYPE, item, encode_xml_event_handler_type)
    return element


def decode_json_list_of_event_handler_type(data: Any, path: str) -> list[EventHandlerType | str]:
    return json_items(data, path, decode_json_event_handler_type)


def encode_json_list_of_event_handler_type(value: list[EventHandlerType | str]) -> list[Any]:
    return [encode_json_event_handler_type(item) for item in value]


LIST_OF_EVENT_HANDLER_TYPE_CODEC = Codec(
    decode_xml_list_of_event_handler_type,
    encode_xml_list_of_event_handler_type,
    decode_json_list_of_event_handler_type,
    encode_json_list_of_event_handler_type,
)
