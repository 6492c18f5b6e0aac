"""Services88 types: TaskListItemType.

Used by the List agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class TaskListItemType(enum.Enum):
    """The ``TaskListItemType`` enumeration."""

    NONE = 0
    URL = 1
    CRM_SCRIPT = 2
    SO_PROTOCOL = 3


_TASK_LIST_ITEM_TYPE_NAMES: dict[TaskListItemType, str] = {
    TaskListItemType.NONE: "None",
    TaskListItemType.URL: "Url",
    TaskListItemType.CRM_SCRIPT: "CrmScript",
    TaskListItemType.SO_PROTOCOL: "SoProtocol",
}
_TASK_LIST_ITEM_TYPE_BY_NAME: dict[str, TaskListItemType] = {
    "None": TaskListItemType.NONE,
    "Url": TaskListItemType.URL,
    "CrmScript": TaskListItemType.CRM_SCRIPT,
    "SoProtocol": TaskListItemType.SO_PROTOCOL,
}
_TASK_LIST_ITEM_TYPE_BY_VALUE: dict[int, TaskListItemType] = {
    member.value: member for member in TaskListItemType
}


def decode_xml_task_list_item_type(element: Element) -> TaskListItemType | str:
    return enum_from_text(element.text or "", _TASK_LIST_ITEM_TYPE_BY_NAME)


def encode_xml_task_list_item_type(
    parent: Element, tag: str, value: TaskListItemType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _TASK_LIST_ITEM_TYPE_NAMES)


def decode_json_task_list_item_type(data: Any, path: str) -> TaskListItemType | str:
    return json_enum(data, path, _TASK_LIST_ITEM_TYPE_BY_NAME, _TASK_LIST_ITEM_TYPE_BY_VALUE)


def encode_json_task_list_item_type(value: TaskListItemType | str) -> str:
    return enum_to_text(value, _TASK_LIST_ITEM_TYPE_NAMES)


TASK_LIST_ITEM_TYPE_CODEC = Codec(
    decode_xml_task_list_item_type,
    encode_xml_task_list_item_type,
    decode_json_task_list_item_type,
    encode_json_task_list_item_type,
)
