"""Services88 types: WorkflowOwnerType.

Used by the Workflow agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class WorkflowOwnerType(enum.Enum):
    """The ``WorkflowOwnerType`` enumeration."""

    NONE = 0
    SPECIFIED = 1
    OUR_CONTACT = 2
    OUR_SUPPORT_CONTACT = 3


_WORKFLOW_OWNER_TYPE_NAMES: dict[WorkflowOwnerType, str] = {
    WorkflowOwnerType.NONE: "None",
    WorkflowOwnerType.SPECIFIED: "Specified",
    WorkflowOwnerType.OUR_CONTACT: "OurContact",
    WorkflowOwnerType.OUR_SUPPORT_CONTACT: "OurSupportContact",
}
_WORKFLOW_OWNER_TYPE_BY_NAME: dict[str, WorkflowOwnerType] = {
    "None": WorkflowOwnerType.NONE,
    "Specified": WorkflowOwnerType.SPECIFIED,
    "OurContact": WorkflowOwnerType.OUR_CONTACT,
    "OurSupportContact": WorkflowOwnerType.OUR_SUPPORT_CONTACT,
}
_WORKFLOW_OWNER_TYPE_BY_VALUE: dict[int, WorkflowOwnerType] = {
    member.value: member for member in WorkflowOwnerType
}


def decode_xml_workflow_owner_type(element: Element) -> WorkflowOwnerType | str:
    return enum_from_text(element.text or "", _WORKFLOW_OWNER_TYPE_BY_NAME)


def encode_xml_workflow_owner_type(
    parent: Element, tag: str, value: WorkflowOwnerType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _WORKFLOW_OWNER_TYPE_NAMES)


def decode_json_workflow_owner_type(data: Any, path: str) -> WorkflowOwnerType | str:
    return json_enum(data, path, _WORKFLOW_OWNER_TYPE_BY_NAME, _WORKFLOW_OWNER_TYPE_BY_VALUE)


def encode_json_workflow_owner_type(value: WorkflowOwnerType | str) -> str:
    return enum_to_text(value, _WORKFLOW_OWNER_TYPE_NAMES)


WORKFLOW_OWNER_TYPE_CODEC = Codec(
    decode_xml_workflow_owner_type,
    encode_xml_workflow_owner_type,
    decode_json_workflow_owner_type,
    encode_json_workflow_owner_type,
)
