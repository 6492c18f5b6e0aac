"""Services88 types: RoleRelationToOwner.

Used by the User agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class RoleRelationToOwner(enum.Enum):
    """The ``RoleRelationToOwner`` enumeration."""

    MY_OWN = 0
    PRIMARY_GROUP = 1
    OTHER_GROUPS = 2
    OTHER_ASSOCIATES = 3
    EXTERNAL_USER = 4
    ANONYMOUS = 5
    MY_COMPANY = 6
    SAME_PROJECT = 7
    CUSTOM_OBJECTS = 10


_ROLE_RELATION_TO_OWNER_NAMES: dict[RoleRelationToOwner, str] = {
    RoleRelationToOwner.MY_OWN: "MyOwn",
    RoleRelationToOwner.PRIMARY_GROUP: "PrimaryGroup",
    RoleRelationToOwner.OTHER_GROUPS: "OtherGroups",
    RoleRelationToOwner.OTHER_ASSOCIATES: "OtherAssociates",
    RoleRelationToOwner.EXTERNAL_USER: "ExternalUser",
    RoleRelationToOwner.ANONYMOUS: "Anonymous",
    RoleRelationToOwner.MY_COMPANY: "MyCompany",
    RoleRelationToOwner.SAME_PROJECT: "SameProject",
    RoleRelationToOwner.CUSTOM_OBJECTS: "CustomObjects",
}
_ROLE_RELATION_TO_OWNER_BY_NAME: dict[str, RoleRelationToOwner] = {
    "MyOwn": RoleRelationToOwner.MY_OWN,
    "PrimaryGroup": RoleRelationToOwner.PRIMARY_GROUP,
    "OtherGroups": RoleRelationToOwner.OTHER_GROUPS,
    "OtherAssociates": RoleRelationToOwner.OTHER_ASSOCIATES,
    "ExternalUser": RoleRelationToOwner.EXTERNAL_USER,
    "Anonymous": RoleRelationToOwner.ANONYMOUS,
    "MyCompany": RoleRelationToOwner.MY_COMPANY,
    "SameProject": RoleRelationToOwner.SAME_PROJECT,
    "CustomObjects": RoleRelationToOwner.CUSTOM_OBJECTS,
}
_ROLE_RELATION_TO_OWNER_BY_VALUE: dict[int, RoleRelationToOwner] = {
    member.value: member for member in RoleRelationToOwner
}


def decode_xml_role_relation_to_owner(element: Element) -> RoleRelationToOwner | str:
    return enum_from_text(element.text or "", _ROLE_RELATION_TO_OWNER_BY_NAME)


def encode_xml_role_relation_to_owner(
    parent: Element, tag: str, value: RoleRelationToOwner | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _ROLE_RELATION_TO_OWNER_NAMES)


def decode_json_role_relation_to_owner(data: Any, path: str) -> RoleRelationToOwner | str:
    return json_enum(data, path, _ROLE_RELATION_TO_OWNER_BY_NAME, _ROLE_RELATION_TO_OWNER_BY_VALUE)


def encode_json_role_relation_to_owner(value: RoleRelationToOwner | str) -> str:
    return enum_to_text(value, _ROLE_RELATION_TO_OWNER_NAMES)


ROLE_RELATION_TO_OWNER_CODEC = Codec(
    decode_xml_role_relation_to_owner,
    encode_xml_role_relation_to_owner,
    decode_json_role_relation_to_owner,
    encode_json_role_relation_to_owner,
)
