"""Services88 types: CommandActionResult.

Used by the User agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class CommandActionResult(enum.Enum):
    """The ``CommandActionResult`` enumeration."""

    IMPLICIT = 0
    YES = 1
    OK = 2
    NO = 3
    CANCEL = 4


_COMMAND_ACTION_RESULT_NAMES: dict[CommandActionResult, str] = {
    CommandActionResult.IMPLICIT: "Implicit",
    CommandActionResult.YES: "Yes",
    CommandActionResult.OK: "Ok",
    CommandActionResult.NO: "No",
    CommandActionResult.CANCEL: "Cancel",
}
_COMMAND_ACTION_RESULT_BY_NAME: dict[str, CommandActionResult] = {
    "Implicit": CommandActionResult.IMPLICIT,
    "Yes": CommandActionResult.YES,
    "Ok": CommandActionResult.OK,
    "No": CommandActionResult.NO,
    "Cancel": CommandActionResult.CANCEL,
}
_COMMAND_ACTION_RESULT_BY_VALUE: dict[int, CommandActionResult] = {
    member.value: member for member in CommandActionResult
}


def decode_xml_command_action_result(element: Element) -> CommandActionResult | str:
    return enum_from_text(element.text or "", _COMMAND_ACTION_RESULT_BY_NAME)


def encode_xml_command_action_result(
    parent: Element, tag: str, value: CommandActionResult | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _COMMAND_ACTION_RESULT_NAMES)


def decode_json_command_action_result(data: Any, path: str) -> CommandActionResult | str:
    return json_enum(data, path, _COMMAND_ACTION_RESULT_BY_NAME, _COMMAND_ACTION_RESULT_BY_VALUE)


def encode_json_command_action_result(value: CommandActionResult | str) -> str:
    return enum_to_text(value, _COMMAND_ACTION_RESULT_NAMES)


COMMAND_ACTION_RESULT_CODEC = Codec(
    decode_xml_command_action_result,
    encode_xml_command_action_result,
    decode_json_command_action_result,
    encode_json_command_action_result,
)
