"""Services88 types: CategoryGroup.

Used by the List agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class CategoryGroup(enum.Enum):
    """The ``CategoryGroup`` enumeration."""

    UNKNOWN = 0
    CUSTOMER = 1
    POTENTIAL_CUSTOMER = 2
    PARTNER = 3
    LOST = 4
    OTHER = 5


_CATEGORY_GROUP_NAMES: dict[CategoryGroup, str] = {
    CategoryGroup.UNKNOWN: "Unknown",
    CategoryGroup.CUSTOMER: "Customer",
    CategoryGroup.POTENTIAL_CUSTOMER: "PotentialCustomer",
    CategoryGroup.PARTNER: "Partner",
    CategoryGroup.LOST: "Lost",
    CategoryGroup.OTHER: "Other",
}
_CATEGORY_GROUP_BY_NAME: dict[str, CategoryGroup] = {
    "Unknown": CategoryGroup.UNKNOWN,
    "Customer": CategoryGroup.CUSTOMER,
    "PotentialCustomer": CategoryGroup.POTENTIAL_CUSTOMER,
    "Partner": CategoryGroup.PARTNER,
    "Lost": CategoryGroup.LOST,
    "Other": CategoryGroup.OTHER,
}
_CATEGORY_GROUP_BY_VALUE: dict[int, CategoryGroup] = {
    member.value: member for member in CategoryGroup
}


def decode_xml_category_group(element: Element) -> CategoryGroup | str:
    return enum_from_text(element.text or "", _CATEGORY_GROUP_BY_NAME)


def encode_xml_category_group(parent: Element, tag: str, value: CategoryGroup | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _CATEGORY_GROUP_NAMES)


def decode_json_category_group(data: Any, path: str) -> CategoryGroup | str:
    return json_enum(data, path, _CATEGORY_GROUP_BY_NAME, _CATEGORY_GROUP_BY_VALUE)


def encode_json_category_group(value: CategoryGroup | str) -> str:
    return enum_to_text(value, _CATEGORY_GROUP_NAMES)


CATEGORY_GROUP_CODEC = Codec(
    decode_xml_category_group,
    encode_xml_category_group,
    decode_json_category_group,
    encode_json_category_group,
)
