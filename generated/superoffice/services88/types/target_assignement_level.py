"""Services88 types: TargetAssignementLevel.

Used by the Targets agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, flags_from_xml, flags_to_json, flags_to_text, json_flags


class TargetAssignementLevel(enum.Flag, boundary=enum.KEEP):
    """The ``TargetAssignementLevel`` flags."""

    COMPANY = 1
    GROUP = 2
    ASSOCIATE = 4


_TARGET_ASSIGNEMENT_LEVEL_NAMES: dict[TargetAssignementLevel, str] = {
    TargetAssignementLevel.COMPANY: "Company",
    TargetAssignementLevel.GROUP: "Group",
    TargetAssignementLevel.ASSOCIATE: "Associate",
}
_TARGET_ASSIGNEMENT_LEVEL_BY_NAME: dict[str, TargetAssignementLevel] = {
    "Company": TargetAssignementLevel.COMPANY,
    "Group": TargetAssignementLevel.GROUP,
    "Associate": TargetAssignementLevel.ASSOCIATE,
}
_TARGET_ASSIGNEMENT_LEVEL_NONE = TargetAssignementLevel(0)
_TARGET_ASSIGNEMENT_LEVEL_SEEN: dict[str, TargetAssignementLevel | str] = {}


def decode_xml_target_assignement_level(element: Element) -> TargetAssignementLevel | str:
    return flags_from_xml(
        element.text or "",
        _TARGET_ASSIGNEMENT_LEVEL_BY_NAME,
        _TARGET_ASSIGNEMENT_LEVEL_NONE,
        _TARGET_ASSIGNEMENT_LEVEL_SEEN,
    )


def encode_xml_target_assignement_level(
    parent: Element, tag: str, value: TargetAssignementLevel | str
) -> None:
    etree.SubElement(parent, tag).text = flags_to_text(value, _TARGET_ASSIGNEMENT_LEVEL_NAMES, " ")


def decode_json_target_assignement_level(data: Any, path: str) -> TargetAssignementLevel | str:
    return json_flags(
        data,
        path,
        _TARGET_ASSIGNEMENT_LEVEL_BY_NAME,
        _TARGET_ASSIGNEMENT_LEVEL_NONE,
        _TARGET_ASSIGNEMENT_LEVEL_SEEN,
    )


def encode_json_target_assignement_level(value: TargetAssignementLevel | str) -> str | int:
    return flags_to_json(value, _TARGET_ASSIGNEMENT_LEVEL_NAMES)


TARGET_ASSIGNEMENT_LEVEL_CODEC = Codec(
    decode_xml_target_assignement_level,
    encode_xml_target_assignement_level,
    decode_json_target_assignement_level,
    encode_json_target_assignement_level,
)
