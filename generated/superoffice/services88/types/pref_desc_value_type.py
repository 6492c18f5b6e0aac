"""Services88 types: PrefDescValueType.

Used by the CustomerService, Pocket, Preference agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class PrefDescValueType(enum.Enum):
    """The ``PrefDescValueType`` enumeration."""

    UNKNOWN = 0
    NUMBER = 1
    TEXT = 2
    BOOL = 3
    LIST_OF_VALUES = 4
    LIST_TABLE_REF = 5
    TIME_LIST = 6
    CONTACT_ID = 7
    PERSON_ID = 8
    PROJECT_ID = 9
    SELECTION_ID = 10
    POS_SIZE = 11
    TIME_ZONE = 12
    TIME = 13
    PASSWORD = 14
    MULTI_LINE_TEXT = 15


_PREF_DESC_VALUE_TYPE_NAMES: dict[PrefDescValueType, str] = {
    PrefDescValueType.UNKNOWN: "Unknown",
    PrefDescValueType.NUMBER: "Number",
    PrefDescValueType.TEXT: "Text",
    PrefDescValueType.BOOL: "Bool",
    PrefDescValueType.LIST_OF_VALUES: "ListOfValues",
    PrefDescValueType.LIST_TABLE_REF: "ListTableRef",
    PrefDescValueType.TIME_LIST: "TimeList",
    PrefDescValueType.CONTACT_ID: "ContactID",
    PrefDescValueType.PERSON_ID: "PersonID",
    PrefDescValueType.PROJECT_ID: "ProjectID",
    PrefDescValueType.SELECTION_ID: "SelectionID",
    PrefDescValueType.POS_SIZE: "PosSize",
    PrefDescValueType.TIME_ZONE: "TimeZone",
    PrefDescValueType.TIME: "Time",
    PrefDescValueType.PASSWORD: "Password",
    PrefDescValueType.MULTI_LINE_TEXT: "MultiLineText",
}
_PREF_DESC_VALUE_TYPE_BY_NAME: dict[str, PrefDescValueType] = {
    "Unknown": PrefDescValueType.UNKNOWN,
    "Number": PrefDescValueType.NUMBER,
    "Text": PrefDescValueType.TEXT,
    "Bool": PrefDescValueType.BOOL,
    "ListOfValues": PrefDescValueType.LIST_OF_VALUES,
    "ListTableRef": PrefDescValueType.LIST_TABLE_REF,
    "TimeList": PrefDescValueType.TIME_LIST,
    "ContactID": PrefDescValueType.CONTACT_ID,
    "PersonID": PrefDescValueType.PERSON_ID,
    "ProjectID": PrefDescValueType.PROJECT_ID,
    "SelectionID": PrefDescValueType.SELECTION_ID,
    "PosSize": PrefDescValueType.POS_SIZE,
    "TimeZone": PrefDescValueType.TIME_ZONE,
    "Time": PrefDescValueType.TIME,
    "Password": PrefDescValueType.PASSWORD,
    "MultiLineText": PrefDescValueType.MULTI_LINE_TEXT,
}
_PREF_DESC_VALUE_TYPE_BY_VALUE: dict[int, PrefDescValueType] = {
    member.value: member for member in PrefDescValueType
}


def decode_xml_pref_desc_value_type(element: Element) -> PrefDescValueType | str:
    return enum_from_text(element.text or "", _PREF_DESC_VALUE_TYPE_BY_NAME)


def encode_xml_pref_desc_value_type(
    parent: Element, tag: str, value: PrefDescValueType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _PREF_DESC_VALUE_TYPE_NAMES)


def decode_json_pref_desc_value_type(data: Any, path: str) -> PrefDescValueType | str:
    return json_enum(data, path, _PREF_DESC_VALUE_TYPE_BY_NAME, _PREF_DESC_VALUE_TYPE_BY_VALUE)


def encode_json_pref_desc_value_type(value: PrefDescValueType | str) -> str:
    return enum_to_text(value, _PREF_DESC_VALUE_TYPE_NAMES)


PREF_DESC_VALUE_TYPE_CODEC = Codec(
    decode_xml_pref_desc_value_type,
    encode_xml_pref_desc_value_type,
    decode_json_pref_desc_value_type,
    encode_json_pref_desc_value_type,
)
