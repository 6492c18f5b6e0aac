"""Services88 types: WorkflowContentType.

Used by the Workflow agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class WorkflowContentType(enum.Enum):
    """The ``WorkflowContentType`` enumeration."""

    NONE = 0
    MESSAGE = 1
    FORM = 2
    LINK = 3


_WORKFLOW_CONTENT_TYPE_NAMES: dict[WorkflowContentType, str] = {
    WorkflowContentType.NONE: "None",
    WorkflowContentType.MESSAGE: "Message",
    WorkflowContentType.FORM: "Form",
    WorkflowContentType.LINK: "Link",
}
_WORKFLOW_CONTENT_TYPE_BY_NAME: dict[str, WorkflowContentType] = {
    "None": WorkflowContentType.NONE,
    "Message": WorkflowContentType.MESSAGE,
    "Form": WorkflowContentType.FORM,
    "Link": WorkflowContentType.LINK,
}
_WORKFLOW_CONTENT_TYPE_BY_VALUE: dict[int, WorkflowContentType] = {
    member.value: member for member in WorkflowContentType
}


def decode_xml_workflow_content_type(element: Element) -> WorkflowContentType | str:
    return enum_from_text(element.text or "", _WORKFLOW_CONTENT_TYPE_BY_NAME)


def encode_xml_workflow_content_type(
    parent: Element, tag: str, value: WorkflowContentType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _WORKFLOW_CONTENT_TYPE_NAMES)


def decode_json_workflow_content_type(data: Any, path: str) -> WorkflowContentType | str:
    return json_enum(data, path, _WORKFLOW_CONTENT_TYPE_BY_NAME, _WORKFLOW_CONTENT_TYPE_BY_VALUE)


def encode_json_workflow_content_type(value: WorkflowContentType | str) -> str:
    return enum_to_text(value, _WORKFLOW_CONTENT_TYPE_NAMES)


WORKFLOW_CONTENT_TYPE_CODEC = Codec(
    decode_xml_workflow_content_type,
    encode_xml_workflow_content_type,
    decode_json_workflow_content_type,
    encode_json_workflow_content_type,
)
