"""Services86 types: CrmActorType.

Used by the ErpSync agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class CrmActorType(enum.Enum):
    """The ``CrmActorType`` enumeration."""

    UNKNOWN = 0
    CONTACT = 1
    PERSON = 2
    PROJECT = 3
    SALE = 4


_CRM_ACTOR_TYPE_NAMES: dict[CrmActorType, str] = {
    CrmActorType.UNKNOWN: "Unknown",
    CrmActorType.CONTACT: "Contact",
    CrmActorType.PERSON: "Person",
    CrmActorType.PROJECT: "Project",
    CrmActorType.SALE: "Sale",
}
_CRM_ACTOR_TYPE_BY_NAME: dict[str, CrmActorType] = {
    "Unknown": CrmActorType.UNKNOWN,
    "Contact": CrmActorType.CONTACT,
    "Person": CrmActorType.PERSON,
    "Project": CrmActorType.PROJECT,
    "Sale": CrmActorType.SALE,
}
_CRM_ACTOR_TYPE_BY_VALUE: dict[int, CrmActorType] = {
    member.value: member for member in CrmActorType
}


def decode_xml_crm_actor_type(element: Element) -> CrmActorType | str:
    return enum_from_text(element.text or "", _CRM_ACTOR_TYPE_BY_NAME)


def encode_xml_crm_actor_type(parent: Element, tag: str, value: CrmActorType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _CRM_ACTOR_TYPE_NAMES)


def decode_json_crm_actor_type(data: Any, path: str) -> CrmActorType | str:
    return json_enum(data, path, _CRM_ACTOR_TYPE_BY_NAME, _CRM_ACTOR_TYPE_BY_VALUE)


def encode_json_crm_actor_type(value: CrmActorType | str) -> str:
    return enum_to_text(value, _CRM_ACTOR_TYPE_NAMES)


CRM_ACTOR_TYPE_CODEC = Codec(
    decode_xml_crm_actor_type,
    encode_xml_crm_actor_type,
    decode_json_crm_actor_type,
    encode_json_crm_actor_type,
)
