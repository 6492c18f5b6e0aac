"""Services88 types: Navigation.

Used by the List, Pocket agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class Navigation(enum.Enum):
    """The ``Navigation`` enumeration."""

    INVISIBLE = 0
    TOOLBOX_MENU = 1
    NAVIGATOR_BUTTON = 2
    VIEW_MENU = 3
    SELECTION_TASK_CARD = 4
    CONTACT_CARD = 5
    CONTACT_ARCHIVE = 6
    PROJECT_CARD = 7
    PROJECT_ARCHIVE = 8
    SALE_CARD = 9
    PERSON_CARD = 10
    ACTIVITY_DIALOG = 11
    DOCUMENT_DIALOG = 12
    BROWSER_PANEL = 13
    CONT_SELECTION_TASK = 14
    APPNT_SELECTION_TASK = 15
    SALE_SELECTION_TASK = 16
    DOC_SELECTION_TASK = 17
    PROJ_SELECTION_TASK = 18
    COMPANY_MINICARD = 19
    PROJECT_MINICARD = 20
    DIARY_MINICARD = 21
    SELECTION_MINICARD = 22
    BUTTON_PANEL_TASK = 23
    APPOINTMENT_DIALOG_TASK = 24
    SALE_DIALOG_TASK = 25
    DOCUMENT_DIALOG_TASK = 26
    PERSON_DIALOG_TASK = 27
    SALE_MINICARD = 28
    SALE_ARCHIVE = 29
    APPNT_SELECTION_SHADOW_TASK = 30
    SALE_SELECTION_SHADOW_TASK = 31
    DOC_SELECTION_SHADOW_TASK = 32
    PROJ_SELECTION_SHADOW_TASK = 33
    DIARY_ARCHIVE = 34
    SELECTION_CONTACT_ARCHIVE = 35
    SELECTION_PROJECT_ARCHIVE = 36
    SELECTION_SALE_ARCHIVE = 37
    SELECTION_APPOINTMENT_ARCHIVE = 38
    SELECTION_DOCUMENT_ARCHIVE = 39
    CONT_SELECTION_CUSTOM_TASK = 40
    APPNT_SELECTION_CUSTOM_TASK = 41
    SALE_SELECTION_CUSTOM_TASK = 42
    DOC_SELECTION_CUSTOM_TASK = 43
    PROJ_SELECTION_CUSTOM_TASK = 44
    CUSTOM_ARCHIVE_MINI_CARD = 45
    SELECTION_CARD = 46
    REPORT_MINICARD = 47
    QUOTE_DIALOG = 48
    QUOTE_DIALOG_TASK = 49
    QUOTE_DIALOG_ARCHIVE = 50
    QUOTE_LINE_DIALOG_TASK = 51
    QUOTE_LINE_DIALOG = 52
    QUOTE_LINE_SELECTION_MAIN_TASK = 53
    QUOTE_LINE_SELECTION_SHADOW_TASK = 54
    SELECTION_QUOTE_LINE_ARCHIVE = 55
    QUOTE_LINE_SELECTION_CUSTOM_TASK = 56
    FIND_SYSTEM = 57
    MAILING_SELECTION_TASK = 58
    CONTACT_SELECTION_MAILINGS_TASK = 59
    APPOINTMENT_SELECTION_MAILINGS_TASK = 60
    SALE_SELECTION_MAILINGS_TASK = 61
    DOCUMENT_SELECTION_MAILINGS_TASK = 62
    PROJECT_SELECTION_MAILINGS_TASK = 63
    QUOTE_LINE_SELECTION_MAILINGS_TASK = 64
    TOP_PANEL_NEW_MENU = 65
    DASHBOARD = 66
    PERSON_ARCHIVE = 67
    PERSON_MINICARD = 68
    COMPANY_CARD_TASK = 69
    PROJECT_CARD_TASK = 70
    TICKET_CARD = 71
    TICKET_MINICARD = 72


_NAVIGATION_NAMES: dict[Navigation, str] = {
    Navigation.INVISIBLE: "Invisible",
    Navigation.TOOLBOX_MENU: "ToolboxMenu",
    Navigation.NAVIGATOR_BUTTON: "NavigatorButton",
    Navigation.VIEW_MENU: "ViewMenu",
    Navigation.SELECTION_TASK_CARD: "SelectionTaskCard",
    Navigation.CONTACT_CARD: "ContactCard",
    Navigation.CONTACT_ARCHIVE: "ContactArchive",
    Navigation.PROJECT_CARD: "ProjectCard",
    Navigation.PROJECT_ARCHIVE: "ProjectArchive",
    Navigation.SALE_CARD: "SaleCard",
    Navigation.PERSON_CARD: "PersonCard",
    Navigation.ACTIVITY_DIALOG: "ActivityDialog",
    Navigation.DOCUMENT_DIALOG: "DocumentDialog",
    Navigation.BROWSER_PANEL: "BrowserPanel",
    Navigation.CONT_SELECTION_TASK: "ContSelectionTask",
    Navigation.APPNT_SELECTION_TASK: "AppntSelectionTask",
    Navigation.SALE_SELECTION_TASK: "SaleSelectionTask",
    Navigation.DOC_SELECTION_TASK: "DocSelectionTask",
    Navigation.PROJ_SELECTION_TASK: "ProjSelectionTask",
    Navigation.COMPANY_MINICARD: "CompanyMinicard",
    Navigation.PROJECT_MINICARD: "ProjectMinicard",
    Navigation.DIARY_MINICARD: "DiaryMinicard",
    Navigation.SELECTION_MINICARD: "SelectionMinicard",
    Navigation.BUTTON_PANEL_TASK: "ButtonPanelTask",
    Navigation.APPOINTMENT_DIALOG_TASK: "AppointmentDialogTask",
    Navigation.SALE_DIALOG_TASK: "SaleDialogTask",
    Navigation.DOCUMENT_DIALOG_TASK: "DocumentDialogTask",
    Navigation.PERSON_DIALOG_TASK: "PersonDialogTask",
    Navigation.SALE_MINICARD: "SaleMinicard",
    Navigation.SALE_ARCHIVE: "SaleArchive",
    Navigation.APPNT_SELECTION_SHADOW_TASK: "AppntSelectionShadowTask",
    Navigation.SALE_SELECTION_SHADOW_TASK: "SaleSelectionShadowTask",
    Navigation.DOC_SELECTION_SHADOW_TASK: "DocSelectionShadowTask",
    Navigation.PROJ_SELECTION_SHADOW_TASK: "ProjSelectionShadowTask",
    Navigation.DIARY_ARCHIVE: "DiaryArchive",
    Navigation.SELECTION_CONTACT_ARCHIVE: "SelectionContactArchive",
    Navigation.SELECTION_PROJECT_ARCHIVE: "SelectionProjectArchive",
    Navigation.SELECTION_SALE_ARCHIVE: "SelectionSaleArchive",
    Navigation.SELECTION_APPOINTMENT_ARCHIVE: "SelectionAppointmentArchive",
    Navigation.SELECTION_DOCUMENT_ARCHIVE: "SelectionDocumentArchive",
    Navigation.CONT_SELECTION_CUSTOM_TASK: "ContSelectionCustomTask",
    Navigation.APPNT_SELECTION_CUSTOM_TASK: "AppntSelectionCustomTask",
    Navigation.SALE_SELECTION_CUSTOM_TASK: "SaleSelectionCustomTask",
    Navigation.DOC_SELECTION_CUSTOM_TASK: "DocSelectionCustomTask",
    Navigation.PROJ_SELECTION_CUSTOM_TASK: "ProjSelectionCustomTask",
    Navigation.CUSTOM_ARCHIVE_MINI_CARD: "CustomArchiveMiniCard",
    Navigation.SELECTION_CARD: "SelectionCard",
    Navigation.REPORT_MINICARD: "ReportMinicard",
    Navigation.QUOTE_DIALOG: "QuoteDialog",
    Navigation.QUOTE_DIALOG_TASK: "QuoteDialogTask",
    Navigation.QUOTE_DIALOG_ARCHIVE: "QuoteDialogArchive",
    Navigation.QUOTE_LINE_DIALOG_TASK: "QuoteLineDialogTask",
    Navigation.QUOTE_LINE_DIALOG: "QuoteLineDialog",
    Navigation.QUOTE_LINE_SELECTION_MAIN_TASK: "QuoteLineSelectionMainTask",
    Navigation.QUOTE_LINE_SELECTION_SHADOW_TASK: "QuoteLineSelectionShadowTask",
    Navigation.SELECTION_QUOTE_LINE_ARCHIVE: "SelectionQuoteLineArchive",
    Navigation.QUOTE_LINE_SELECTION_CUSTOM_TASK: "QuoteLineSelectionCustomTask",
    Navigation.FIND_SYSTEM: "FindSystem",
    Navigation.MAILING_SELECTION_TASK: "MailingSelectionTask",
    Navigation.CONTACT_SELECTION_MAILINGS_TASK: "ContactSelectionMailingsTask",
    Navigation.APPOINTMENT_SELECTION_MAILINGS_TASK: "AppointmentSelectionMailingsTask",
    Navigation.SALE_SELECTION_MAILINGS_TASK: "SaleSelectionMailingsTask",
    Navigation.DOCUMENT_SELECTION_MAILINGS_TASK: "DocumentSelectionMailingsTask",
    Navigation.PROJECT_SELECTION_MAILINGS_TASK: "ProjectSelectionMailingsTask",
    Navigation.QUOTE_LINE_SELECTION_MAILINGS_TASK: "QuoteLineSelectionMailingsTask",
    Navigation.TOP_PANEL_NEW_MENU: "TopPanelNewMenu",
    Navigation.DASHBOARD: "Dashboard",
    Navigation.PERSON_ARCHIVE: "PersonArchive",
    Navigation.PERSON_MINICARD: "PersonMinicard",
    Navigation.COMPANY_CARD_TASK: "CompanyCardTask",
    Navigation.PROJECT_CARD_TASK: "ProjectCardTask",
    Navigation.TICKET_CARD: "TicketCard",
    Navigation.TICKET_MINICARD: "TicketMinicard",
}
_NAVIGATION_BY_NAME: dict[str, Navigation] = {
    "Invisible": Navigation.INVISIBLE,
    "ToolboxMenu": Navigation.TOOLBOX_MENU,
    "NavigatorButton": Navigation.NAVIGATOR_BUTTON,
    "ViewMenu": Navigation.VIEW_MENU,
    "SelectionTaskCard": Navigation.SELECTION_TASK_CARD,
    "ContactCard": Navigation.CONTACT_CARD,
    "ContactArchive": Navigation.CONTACT_ARCHIVE,
    "ProjectCard": Navigation.PROJECT_CARD,
    "ProjectArchive": Navigation.PROJECT_ARCHIVE,
    "SaleCard": Navigation.SALE_CARD,
    "PersonCard": Navigation.PERSON_CARD,
    "ActivityDialog": Navigation.ACTIVITY_DIALOG,
    "DocumentDialog": Navigation.DOCUMENT_DIALOG,
    "BrowserPanel": Navigation.BROWSER_PANEL,
    "ContSelectionTask": Navigation.CONT_SELECTION_TASK,
    "AppntSelectionTask": Navigation.APPNT_SELECTION_TASK,
    "SaleSelectionTask": Navigation.SALE_SELECTION_TASK,
    "DocSelectionTask": Navigation.DOC_SELECTION_TASK,
    "ProjSelectionTask": Navigation.PROJ_SELECTION_TASK,
    "CompanyMinicard": Navigation.COMPANY_MINICARD,
    "ProjectMinicard": Navigation.PROJECT_MINICARD,
    "DiaryMinicard": Navigation.DIARY_MINICARD,
    "SelectionMinicard": Navigation.SELECTION_MINICARD,
    "ButtonPanelTask": Navigation.BUTTON_PANEL_TASK,
    "AppointmentDialogTask": Navigation.APPOINTMENT_DIALOG_TASK,
    "SaleDialogTask": Navigation.SALE_DIALOG_TASK,
    "DocumentDialogTask": Navigation.DOCUMENT_DIALOG_TASK,
    "PersonDialogTask": Navigation.PERSON_DIALOG_TASK,
    "SaleMinicard": Navigation.SALE_MINICARD,
    "SaleArchive": Navigation.SALE_ARCHIVE,
    "AppntSelectionShadowTask": Navigation.APPNT_SELECTION_SHADOW_TASK,
    "SaleSelectionShadowTask": Navigation.SALE_SELECTION_SHADOW_TASK,
    "DocSelectionShadowTask": Navigation.DOC_SELECTION_SHADOW_TASK,
    "ProjSelectionShadowTask": Navigation.PROJ_SELECTION_SHADOW_TASK,
    "DiaryArchive": Navigation.DIARY_ARCHIVE,
    "SelectionContactArchive": Navigation.SELECTION_CONTACT_ARCHIVE,
    "SelectionProjectArchive": Navigation.SELECTION_PROJECT_ARCHIVE,
    "SelectionSaleArchive": Navigation.SELECTION_SALE_ARCHIVE,
    "SelectionAppointmentArchive": Navigation.SELECTION_APPOINTMENT_ARCHIVE,
    "SelectionDocumentArchive": Navigation.SELECTION_DOCUMENT_ARCHIVE,
    "ContSelectionCustomTask": Navigation.CONT_SELECTION_CUSTOM_TASK,
    "AppntSelectionCustomTask": Navigation.APPNT_SELECTION_CUSTOM_TASK,
    "SaleSelectionCustomTask": Navigation.SALE_SELECTION_CUSTOM_TASK,
    "DocSelectionCustomTask": Navigation.DOC_SELECTION_CUSTOM_TASK,
    "ProjSelectionCustomTask": Navigation.PROJ_SELECTION_CUSTOM_TASK,
    "CustomArchiveMiniCard": Navigation.CUSTOM_ARCHIVE_MINI_CARD,
    "SelectionCard": Navigation.SELECTION_CARD,
    "ReportMinicard": Navigation.REPORT_MINICARD,
    "QuoteDialog": Navigation.QUOTE_DIALOG,
    "QuoteDialogTask": Navigation.QUOTE_DIALOG_TASK,
    "QuoteDialogArchive": Navigation.QUOTE_DIALOG_ARCHIVE,
    "QuoteLineDialogTask": Navigation.QUOTE_LINE_DIALOG_TASK,
    "QuoteLineDialog": Navigation.QUOTE_LINE_DIALOG,
    "QuoteLineSelectionMainTask": Navigation.QUOTE_LINE_SELECTION_MAIN_TASK,
    "QuoteLineSelectionShadowTask": Navigation.QUOTE_LINE_SELECTION_SHADOW_TASK,
    "SelectionQuoteLineArchive": Navigation.SELECTION_QUOTE_LINE_ARCHIVE,
    "QuoteLineSelectionCustomTask": Navigation.QUOTE_LINE_SELECTION_CUSTOM_TASK,
    "FindSystem": Navigation.FIND_SYSTEM,
    "MailingSelectionTask": Navigation.MAILING_SELECTION_TASK,
    "ContactSelectionMailingsTask": Navigation.CONTACT_SELECTION_MAILINGS_TASK,
    "AppointmentSelectionMailingsTask": Navigation.APPOINTMENT_SELECTION_MAILINGS_TASK,
    "SaleSelectionMailingsTask": Navigation.SALE_SELECTION_MAILINGS_TASK,
    "DocumentSelectionMailingsTask": Navigation.DOCUMENT_SELECTION_MAILINGS_TASK,
    "ProjectSelectionMailingsTask": Navigation.PROJECT_SELECTION_MAILINGS_TASK,
    "QuoteLineSelectionMailingsTask": Navigation.QUOTE_LINE_SELECTION_MAILINGS_TASK,
    "TopPanelNewMenu": Navigation.TOP_PANEL_NEW_MENU,
    "Dashboard": Navigation.DASHBOARD,
    "PersonArchive": Navigation.PERSON_ARCHIVE,
    "PersonMinicard": Navigation.PERSON_MINICARD,
    "CompanyCardTask": Navigation.COMPANY_CARD_TASK,
    "ProjectCardTask": Navigation.PROJECT_CARD_TASK,
    "TicketCard": Navigation.TICKET_CARD,
    "TicketMinicard": Navigation.TICKET_MINICARD,
}
_NAVIGATION_BY_VALUE: dict[int, Navigation] = {member.value: member for member in Navigation}


def decode_xml_navigation(element: Element) -> Navigation | str:
    return enum_from_text(element.text or "", _NAVIGATION_BY_NAME)


def encode_xml_navigation(parent: Element, tag: str, value: Navigation | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _NAVIGATION_NAMES)


def decode_json_navigation(data: Any, path: str) -> Navigation | str:
    return json_enum(data, path, _NAVIGATION_BY_NAME, _NAVIGATION_BY_VALUE)


def encode_json_navigation(value: Navigation | str) -> str:
    return enum_to_text(value, _NAVIGATION_NAMES)


NAVIGATION_CODEC = Codec(
    decode_xml_navigation, encode_xml_navigation, decode_json_navigation, encode_json_navigation
)
