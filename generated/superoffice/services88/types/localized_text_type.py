"""Services88 types: ArrayOfLocalizedTextType, LocalizedTextType.

Used by the List agent.
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

_LOCALIZED_TEXT_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LocalizedTextType"


class LocalizedTextType(enum.Enum):
    """The ``LocalizedTextType`` enumeration."""

    UNKNOWN = 0
    LABEL = 1
    TABLE = 2
    COLUMN = 3
    IMPORT_FIELD = 4
    IMPORT_OBJECT = 5
    IMPORT_GUI_CATEGORY = 6
    STARTUP_HINTS = 7
    FUNCTION_RIGHT_LABEL = 11
    FUNCTION_RIGHT_DESC = 12
    STATUS_MONITOR_NAME = 16
    UDEF_CONTACT_LABEL = 19
    UDEF_PERSON_LABEL = 20
    UDEF_PROJECT_LABEL = 21
    UDEF_SALE_LABEL = 22
    UDEF_APPOINTMENT_LABEL = 23
    UDEF_DOCUMENT_LABEL = 24
    PUSH_NOTIFICATION_TEXT = 41


_LOCALIZED_TEXT_TYPE_NAMES: dict[LocalizedTextType, str] = {
    LocalizedTextType.UNKNOWN: "Unknown",
    LocalizedTextType.LABEL: "Label",
    LocalizedTextType.TABLE: "Table",
    LocalizedTextType.COLUMN: "Column",
    LocalizedTextType.IMPORT_FIELD: "ImportField",
    LocalizedTextType.IMPORT_OBJECT: "ImportObject",
    LocalizedTextType.IMPORT_GUI_CATEGORY: "ImportGUICategory",
    LocalizedTextType.STARTUP_HINTS: "StartupHints",
    LocalizedTextType.FUNCTION_RIGHT_LABEL: "FunctionRightLabel",
    LocalizedTextType.FUNCTION_RIGHT_DESC: "FunctionRightDesc",
    LocalizedTextType.STATUS_MONITOR_NAME: "StatusMonitorName",
    LocalizedTextType.UDEF_CONTACT_LABEL: "UdefContactLabel",
    LocalizedTextType.UDEF_PERSON_LABEL: "UdefPersonLabel",
    LocalizedTextType.UDEF_PROJECT_LABEL: "UdefProjectLabel",
    LocalizedTextType.UDEF_SALE_LABEL: "UdefSaleLabel",
    LocalizedTextType.UDEF_APPOINTMENT_LABEL: "UdefAppointmentLabel",
    LocalizedTextType.UDEF_DOCUMENT_LABEL: "UdefDocumentLabel",
    LocalizedTextType.PUSH_NOTIFICATION_TEXT: "PushNotificationText",
}
_LOCALIZED_TEXT_TYPE_BY_NAME: dict[str, LocalizedTextType] = {
    "Unknown": LocalizedTextType.UNKNOWN,
    "Label": LocalizedTextType.LABEL,
    "Table": LocalizedTextType.TABLE,
    "Column": LocalizedTextType.COLUMN,
    "ImportField": LocalizedTextType.IMPORT_FIELD,
    "ImportObject": LocalizedTextType.IMPORT_OBJECT,
    "ImportGUICategory": LocalizedTextType.IMPORT_GUI_CATEGORY,
    "StartupHints": LocalizedTextType.STARTUP_HINTS,
    "FunctionRightLabel": LocalizedTextType.FUNCTION_RIGHT_LABEL,
    "FunctionRightDesc": LocalizedTextType.FUNCTION_RIGHT_DESC,
    "StatusMonitorName": LocalizedTextType.STATUS_MONITOR_NAME,
    "UdefContactLabel": LocalizedTextType.UDEF_CONTACT_LABEL,
    "UdefPersonLabel": LocalizedTextType.UDEF_PERSON_LABEL,
    "UdefProjectLabel": LocalizedTextType.UDEF_PROJECT_LABEL,
    "UdefSaleLabel": LocalizedTextType.UDEF_SALE_LABEL,
    "UdefAppointmentLabel": LocalizedTextType.UDEF_APPOINTMENT_LABEL,
    "UdefDocumentLabel": LocalizedTextType.UDEF_DOCUMENT_LABEL,
    "PushNotificationText": LocalizedTextType.PUSH_NOTIFICATION_TEXT,
}
_LOCALIZED_TEXT_TYPE_BY_VALUE: dict[int, LocalizedTextType] = {
    member.value: member for member in LocalizedTextType
}


def decode_xml_localized_text_type(element: Element) -> LocalizedTextType | str:
    return enum_from_text(element.text or "", _LOCALIZED_TEXT_TYPE_BY_NAME)


def encode_xml_localized_text_type(
    parent: Element, tag: str, value: LocalizedTextType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _LOCALIZED_TEXT_TYPE_NAMES)


def decode_json_localized_text_type(data: Any, path: str) -> LocalizedTextType | str:
    return json_enum(data, path, _LOCALIZED_TEXT_TYPE_BY_NAME, _LOCALIZED_TEXT_TYPE_BY_VALUE)


def encode_json_localized_text_type(value: LocalizedTextType | str) -> str:
    return enum_to_text(value, _LOCALIZED_TEXT_TYPE_NAMES)


LOCALIZED_TEXT_TYPE_CODEC = Codec(
    decode_xml_localized_text_type,
    encode_xml_localized_text_type,
    decode_json_localized_text_type,
    encode_json_localized_text_type,
)


def decode_xml_list_of_localized_text_type(element: Element) -> list[LocalizedTextType | str]:
    """``ArrayOfLocalizedTextType``: a list of ``LocalizedTextType`` elements."""
    return [
        decode_xml_localized_text_type(child)
        for child in element
        if child.tag == _LOCALIZED_TEXT_TYPE
    ]


def encode_xml_list_of_localized_text_type(
    parent: Element | None, tag: str, value: list[LocalizedTextType | str]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _LOCALIZED_TEXT_TYPE, item, encode_xml_localized_text_type)
    return element


def decode_json_list_of_localized_text_type(data: Any, path: str) -> list[LocalizedTextType | str]:
    return json_items(data, path, decode_json_localized_text_type)


def encode_json_list_of_localized_text_type(value: list[LocalizedTextType | str]) -> list[Any]:
    return [encode_json_localized_text_type(item) for item in value]


LIST_OF_LOCALIZED_TEXT_TYPE_CODEC = Codec(
    decode_xml_list_of_localized_text_type,
    encode_xml_list_of_localized_text_type,
    decode_json_list_of_localized_text_type,
    encode_json_list_of_localized_text_type,
)
