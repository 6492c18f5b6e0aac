"""Services88 types: ArrayOfDomain, Domain.

Used by the List, Workflow agents.
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

_DOMAIN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Domain"


class Domain(enum.Enum):
    """The ``Domain`` enumeration."""

    UNKNOWN = 0
    EXTRA_TABLES = 1
    SCREEN_DEFINITIONS = 2
    SCRIPTS = 3
    SELECTIONS = 4
    EXTERNAL_DOCUMENTS = 5
    USER_GROUPS = 6
    EXTERNAL_DOCUMENT_RELATED_TO_SPM_MESSAGE = 7
    DASHBOARDS = 8
    EMAIL_FLOWS = 9


_DOMAIN_NAMES: dict[Domain, str] = {
    Domain.UNKNOWN: "Unknown",
    Domain.EXTRA_TABLES: "ExtraTables",
    Domain.SCREEN_DEFINITIONS: "ScreenDefinitions",
    Domain.SCRIPTS: "Scripts",
    Domain.SELECTIONS: "Selections",
    Domain.EXTERNAL_DOCUMENTS: "ExternalDocuments",
    Domain.USER_GROUPS: "UserGroups",
    Domain.EXTERNAL_DOCUMENT_RELATED_TO_SPM_MESSAGE: "ExternalDocumentRelatedToSpmMessage",
    Domain.DASHBOARDS: "Dashboards",
    Domain.EMAIL_FLOWS: "EmailFlows",
}
_DOMAIN_BY_NAME: dict[str, Domain] = {
    "Unknown": Domain.UNKNOWN,
    "ExtraTables": Domain.EXTRA_TABLES,
    "ScreenDefinitions": Domain.SCREEN_DEFINITIONS,
    "Scripts": Domain.SCRIPTS,
    "Selections": Domain.SELECTIONS,
    "ExternalDocuments": Domain.EXTERNAL_DOCUMENTS,
    "UserGroups": Domain.USER_GROUPS,
    "ExternalDocumentRelatedToSpmMessage": Domain.EXTERNAL_DOCUMENT_RELATED_TO_SPM_MESSAGE,
    "Dashboards": Domain.DASHBOARDS,
    "EmailFlows": Domain.EMAIL_FLOWS,
}
_DOMAIN_BY_VALUE: dict[int, Domain] = {member.value: member for member in Domain}


def decode_xml_domain(element: Element) -> Domain | str:
    return enum_from_text(element.text or "", _DOMAIN_BY_NAME)


def encode_xml_domain(parent: Element, tag: str, value: Domain | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _DOMAIN_NAMES)


def decode_json_domain(data: Any, path: str) -> Domain | str:
    return json_enum(data, path, _DOMAIN_BY_NAME, _DOMAIN_BY_VALUE)


def encode_json_domain(value: Domain | str) -> str:
    return enum_to_text(value, _DOMAIN_NAMES)


DOMAIN_CODEC = Codec(decode_xml_domain, encode_xml_domain, decode_json_domain, encode_json_domain)


def decode_xml_list_of_domain(element: Element) -> list[Domain | str]:
    """``ArrayOfDomain``: a list of ``Domain`` elements."""
    return [decode_xml_domain(child) for child in element if child.tag == _DOMAIN]


def encode_xml_list_of_domain(
    parent: Element | None, tag: str, value: list[Domain | str]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _DOMAIN, item, encode_xml_domain)
    return element


def decode_json_list_of_domain(data: Any, path: str) -> list[Domain | str]:
    return json_items(data, path, decode_json_domain)


def encode_json_list_of_domain(value: list[Domain | str]) -> list[Any]:
    return [encode_json_domain(item) for item in value]


LIST_OF_DOMAIN_CODEC = Codec(
    decode_xml_list_of_domain,
    encode_xml_list_of_domain,
    decode_json_list_of_domain,
    encode_json_list_of_domain,
)
