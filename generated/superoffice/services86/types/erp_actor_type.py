"""Services86 types: ArrayOfErpActorType, ErpActorType.

Used by the ErpSync agent.
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

_ERP_ACTOR_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services86}ErpActorType"


class ErpActorType(enum.Enum):
    """The ``ErpActorType`` enumeration."""

    UNKNOWN = 0
    CUSTOMER = 1
    SUPPLIER = 2
    PARTNER = 3
    PERSON = 4
    PROJECT = 5
    EMPLOYEE = 6
    SALE = 7


_ERP_ACTOR_TYPE_NAMES: dict[ErpActorType, str] = {
    ErpActorType.UNKNOWN: "Unknown",
    ErpActorType.CUSTOMER: "Customer",
    ErpActorType.SUPPLIER: "Supplier",
    ErpActorType.PARTNER: "Partner",
    ErpActorType.PERSON: "Person",
    ErpActorType.PROJECT: "Project",
    ErpActorType.EMPLOYEE: "Employee",
    ErpActorType.SALE: "Sale",
}
_ERP_ACTOR_TYPE_BY_NAME: dict[str, ErpActorType] = {
    "Unknown": ErpActorType.UNKNOWN,
    "Customer": ErpActorType.CUSTOMER,
    "Supplier": ErpActorType.SUPPLIER,
    "Partner": ErpActorType.PARTNER,
    "Person": ErpActorType.PERSON,
    "Project": ErpActorType.PROJECT,
    "Employee": ErpActorType.EMPLOYEE,
    "Sale": ErpActorType.SALE,
}
_ERP_ACTOR_TYPE_BY_VALUE: dict[int, ErpActorType] = {
    member.value: member for member in ErpActorType
}


def decode_xml_erp_actor_type(element: Element) -> ErpActorType | str:
    return enum_from_text(element.text or "", _ERP_ACTOR_TYPE_BY_NAME)


def encode_xml_erp_actor_type(parent: Element, tag: str, value: ErpActorType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _ERP_ACTOR_TYPE_NAMES)


def decode_json_erp_actor_type(data: Any, path: str) -> ErpActorType | str:
    return json_enum(data, path, _ERP_ACTOR_TYPE_BY_NAME, _ERP_ACTOR_TYPE_BY_VALUE)


def encode_json_erp_actor_type(value: ErpActorType | str) -> str:
    return enum_to_text(value, _ERP_ACTOR_TYPE_NAMES)


ERP_ACTOR_TYPE_CODEC = Codec(
    decode_xml_erp_actor_type,
    encode_xml_erp_actor_type,
    decode_json_erp_actor_type,
    encode_json_erp_actor_type,
)


def decode_xml_list_of_erp_actor_type(element: Element) -> list[ErpActorType | str]:
    """``ArrayOfErpActorType``: a list of ``ErpActorType`` elements."""
    return [decode_xml_erp_actor_type(child) for child in element if child.tag == _ERP_ACTOR_TYPE]


def encode_xml_list_of_erp_actor_type(
    parent: Element | None, tag: str, value: list[ErpActorType | str]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _ERP_ACTOR_TYPE, item, encode_xml_erp_actor_type)
    return element


def decode_json_list_of_erp_actor_type(data: Any, path: str) -> list[ErpActorType | str]:
    return json_items(data, path, decode_json_erp_actor_type)


def encode_json_list_of_erp_actor_type(value: list[ErpActorType | str]) -> list[Any]:
    return [encode_json_erp_actor_type(item) for item in value]


LIST_OF_ERP_ACTOR_TYPE_CODEC = Codec(
    decode_xml_list_of_erp_actor_type,
    encode_xml_list_of_erp_actor_type,
    decode_json_list_of_erp_actor_type,
    encode_json_list_of_erp_actor_type,
)
