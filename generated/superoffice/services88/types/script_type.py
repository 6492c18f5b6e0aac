"""Services88 types: ScriptType.

Used by the CRMScript agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class ScriptType(enum.Enum):
    """The ``ScriptType`` enumeration."""

    UNKNOWN = 0
    CRM_SCRIPT = 1
    JAVA_SCRIPT = 2


_SCRIPT_TYPE_NAMES: dict[ScriptType, str] = {
    ScriptType.UNKNOWN: "Unknown",
    ScriptType.CRM_SCRIPT: "CRMScript",
    ScriptType.JAVA_SCRIPT: "JavaScript",
}
_SCRIPT_TYPE_BY_NAME: dict[str, ScriptType] = {
    "Unknown": ScriptType.UNKNOWN,
    "CRMScript": ScriptType.CRM_SCRIPT,
    "JavaScript": ScriptType.JAVA_SCRIPT,
}
_SCRIPT_TYPE_BY_VALUE: dict[int, ScriptType] = {member.value: member for member in ScriptType}


def decode_xml_script_type(element: Element) -> ScriptType | str:
    return enum_from_text(element.text or "", _SCRIPT_TYPE_BY_NAME)


def encode_xml_script_type(parent: Element, tag: str, value: ScriptType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _SCRIPT_TYPE_NAMES)


def decode_json_script_type(data: Any, path: str) -> ScriptType | str:
    return json_enum(data, path, _SCRIPT_TYPE_BY_NAME, _SCRIPT_TYPE_BY_VALUE)


def encode_json_script_type(value: ScriptType | str) -> str:
    return enum_to_text(value, _SCRIPT_TYPE_NAMES)


SCRIPT_TYPE_CODEC = Codec(
    decode_xml_script_type,
    encode_xml_script_type,
    decode_json_script_type,
    encode_json_script_type,
)
