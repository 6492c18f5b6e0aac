"""Services88 types: TicketCategoryDelegateMethod.

Used by the List, Ticket agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class TicketCategoryDelegateMethod(enum.Enum):
    """The ``TicketCategoryDelegateMethod`` enumeration."""

    UNKNOWN = 0
    EVEN = 1
    WEIGHTED = 2
    UNFAIR = 3
    NOT = 4


_TICKET_CATEGORY_DELEGATE_METHOD_NAMES: dict[TicketCategoryDelegateMethod, str] = {
    TicketCategoryDelegateMethod.UNKNOWN: "Unknown",
    TicketCategoryDelegateMethod.EVEN: "Even",
    TicketCategoryDelegateMethod.WEIGHTED: "Weighted",
    TicketCategoryDelegateMethod.UNFAIR: "Unfair",
    TicketCategoryDelegateMethod.NOT: "Not",
}
_TICKET_CATEGORY_DELEGATE_METHOD_BY_NAME: dict[str, TicketCategoryDelegateMethod] = {
    "Unknown": TicketCategoryDelegateMethod.UNKNOWN,
    "Even": TicketCategoryDelegateMethod.EVEN,
    "Weighted": TicketCategoryDelegateMethod.WEIGHTED,
    "Unfair": TicketCategoryDelegateMethod.UNFAIR,
    "Not": TicketCategoryDelegateMethod.NOT,
}
_TICKET_CATEGORY_DELEGATE_METHOD_BY_VALUE: dict[int, TicketCategoryDelegateMethod] = {
    member.value: member for member in TicketCategoryDelegateMethod
}


def decode_xml_ticket_category_delegate_method(
    element: Element,
) -> TicketCategoryDelegateMethod | str:
    return enum_from_text(element.text or "", _TICKET_CATEGORY_DELEGATE_METHOD_BY_NAME)


def encode_xml_ticket_category_delegate_method(
    parent: Element, tag: str, value: TicketCategoryDelegateMethod | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(
        value, _TICKET_CATEGORY_DELEGATE_METHOD_NAMES
    )


def decode_json_ticket_category_delegate_method(
    data: Any, path: str
) -> TicketCategoryDelegateMethod | str:
    return json_enum(
        data,
        path,
        _TICKET_CATEGORY_DELEGATE_METHOD_BY_NAME,
        _TICKET_CATEGORY_DELEGATE_METHOD_BY_VALUE,
    )


def encode_json_ticket_category_delegate_method(value: TicketCategoryDelegateMethod | str) -> str:
    return enum_to_text(value, _TICKET_CATEGORY_DELEGATE_METHOD_NAMES)


TICKET_CATEGORY_DELEGATE_METHOD_CODEC = Codec(
    decode_xml_ticket_category_delegate_method,
    encode_xml_ticket_category_delegate_method,
    decode_json_ticket_category_delegate_method,
    encode_json_ticket_category_delegate_method,
)
