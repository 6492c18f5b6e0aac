"""Services88 types: ShowTaskItemInClient.

Used by the List agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, flags_from_xml, flags_to_json, flags_to_text, json_flags


class ShowTaskItemInClient(enum.Flag, boundary=enum.KEEP):
    """The ``ShowTaskItemInClient`` flags."""

    WEB = 1
    MOBILE = 2


_SHOW_TASK_ITEM_IN_CLIENT_NAMES: dict[ShowTaskItemInClient, str] = {
    ShowTaskItemInClient.WEB: "Web",
    ShowTaskItemInClient.MOBILE: "Mobile",
}
_SHOW_TASK_ITEM_IN_CLIENT_BY_NAME: dict[str, ShowTaskItemInClient] = {
    "Web": ShowTaskItemInClient.WEB,
    "Mobile": ShowTaskItemInClient.MOBILE,
}
_SHOW_TASK_ITEM_IN_CLIENT_NONE = ShowTaskItemInClient(0)
_SHOW_TASK_ITEM_IN_CLIENT_SEEN: dict[str, ShowTaskItemInClient | str] = {}


def decode_xml_show_task_item_in_client(element: Element) -> ShowTaskItemInClient | str:
    return flags_from_xml(
        element.text or "",
        _SHOW_TASK_ITEM_IN_CLIENT_BY_NAME,
        _SHOW_TASK_ITEM_IN_CLIENT_NONE,
        _SHOW_TASK_ITEM_IN_CLIENT_SEEN,
    )


def encode_xml_show_task_item_in_client(
    parent: Element, tag: str, value: ShowTaskItemInClient | str
) -> None:
    etree.SubElement(parent, tag).text = flags_to_text(value, _SHOW_TASK_ITEM_IN_CLIENT_NAMES, " ")


def decode_json_show_task_item_in_client(data: Any, path: str) -> ShowTaskItemInClient | str:
    return json_flags(
        data,
        path,
        _SHOW_TASK_ITEM_IN_CLIENT_BY_NAME,
        _SHOW_TASK_ITEM_IN_CLIENT_NONE,
        _SHOW_TASK_ITEM_IN_CLIENT_SEEN,
    )


def encode_json_show_task_item_in_client(value: ShowTaskItemInClient | str) -> str | int:
    return flags_to_json(value, _SHOW_TASK_ITEM_IN_CLIENT_NAMES)


SHOW_TASK_ITEM_IN_CLIENT_CODEC = Codec(
    decode_xml_show_task_item_in_client,
    encode_xml_show_task_item_in_client,
    decode_json_show_task_item_in_client,
    encode_json_show_task_item_in_client,
)
