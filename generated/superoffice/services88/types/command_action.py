"""Services88 types: CommandAction.

Used by the User agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class CommandAction(enum.Enum):
    """The ``CommandAction`` enumeration."""

    IMPLICIT = 0
    YES_NO = 1
    OK_CANCEL = 2
    OK = 3


_COMMAND_ACTION_NAMES: dict[CommandAction, str] = {
    CommandAction.IMPLICIT: "Implicit",
    CommandAction.YES_NO: "YesNo",
    CommandAction.OK_CANCEL: "OkCancel",
    CommandAction.OK: "Ok",
}
_COMMAND_ACTION_BY_NAME: dict[str, CommandAction] = {
    "Implicit": CommandAction.IMPLICIT,
    "YesNo": CommandAction.YES_NO,
    "OkCancel": CommandAction.OK_CANCEL,
    "Ok": CommandAction.OK,
}
_COMMAND_ACTION_BY_VALUE: dict[int, CommandAction] = {
    member.value: member for member in CommandAction
}


def decode_xml_command_action(element: Element) -> CommandAction | str:
    return enum_from_text(element.text or "", _COMMAND_ACTION_BY_NAME)


def encode_xml_command_action(parent: Element, tag: str, value: CommandAction | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _COMMAND_ACTION_NAMES)


def decode_json_command_action(data: Any, path: str) -> CommandAction | str:
    return json_enum(data, path, _COMMAND_ACTION_BY_NAME, _COMMAND_ACTION_BY_VALUE)


def encode_json_command_action(value: CommandAction | str) -> str:
    return enum_to_text(value, _COMMAND_ACTION_NAMES)


COMMAND_ACTION_CODEC = Codec(
    decode_xml_command_action,
    encode_xml_command_action,
    decode_json_command_action,
    encode_json_command_action,
)
