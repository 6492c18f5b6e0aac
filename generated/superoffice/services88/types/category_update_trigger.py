"""Services88 types: CategoryUpdateTrigger.

Used by the List agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class CategoryUpdateTrigger(enum.Enum):
    """The ``CategoryUpdateTrigger`` enumeration."""

    NONE = 0
    SALE_REGISTERED = 1
    SALE_SOLD = 2
    SALE_LOST = 3
    LEAD_STATUS_CHANGED = 4


_CATEGORY_UPDATE_TRIGGER_NAMES: dict[CategoryUpdateTrigger, str] = {
    CategoryUpdateTrigger.NONE: "None",
    CategoryUpdateTrigger.SALE_REGISTERED: "SaleRegistered",
    CategoryUpdateTrigger.SALE_SOLD: "SaleSold",
    CategoryUpdateTrigger.SALE_LOST: "SaleLost",
    CategoryUpdateTrigger.LEAD_STATUS_CHANGED: "LeadStatusChanged",
}
_CATEGORY_UPDATE_TRIGGER_BY_NAME: dict[str, CategoryUpdateTrigger] = {
    "None": CategoryUpdateTrigger.NONE,
    "SaleRegistered": CategoryUpdateTrigger.SALE_REGISTERED,
    "SaleSold": CategoryUpdateTrigger.SALE_SOLD,
    "SaleLost": CategoryUpdateTrigger.SALE_LOST,
    "LeadStatusChanged": CategoryUpdateTrigger.LEAD_STATUS_CHANGED,
}
_CATEGORY_UPDATE_TRIGGER_BY_VALUE: dict[int, CategoryUpdateTrigger] = {
    member.value: member for member in CategoryUpdateTrigger
}


def decode_xml_category_update_trigger(element: Element) -> CategoryUpdateTrigger | str:
    return enum_from_text(element.text or "", _CATEGORY_UPDATE_TRIGGER_BY_NAME)


def encode_xml_category_update_trigger(
    parent: Element, tag: str, value: CategoryUpdateTrigger | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _CATEGORY_UPDATE_TRIGGER_NAMES)


def decode_json_category_update_trigger(data: Any, path: str) -> CategoryUpdateTrigger | str:
    return json_enum(
        data, path, _CATEGORY_UPDATE_TRIGGER_BY_NAME, _CATEGORY_UPDATE_TRIGGER_BY_VALUE
    )


def encode_json_category_update_trigger(value: CategoryUpdateTrigger | str) -> str:
    return enum_to_text(value, _CATEGORY_UPDATE_TRIGGER_NAMES)


CATEGORY_UPDATE_TRIGGER_CODEC = Codec(
    decode_xml_category_update_trigger,
    encode_xml_category_update_trigger,
    decode_json_category_update_trigger,
    encode_json_category_update_trigger,
)
