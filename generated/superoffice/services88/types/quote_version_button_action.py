"""Services88 types: QuoteVersionButtonAction.

Used by the Quote agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class QuoteVersionButtonAction(enum.Enum):
    """The ``QuoteVersionButtonAction`` enumeration."""

    NONE = 0
    VALIDATE_VERSION = 1
    EDIT = 2
    SEND = 3
    APPROVE = 4
    REJECT = 5
    VALIDATE_VERSION_AND_SEND_IF_POSSIBLE = 7
    VALIDATE_VERSION_AND_PLACE_ORDER_IF_POSSIBLE = 8
    CLONE_VERSION = 9
    SEND_CONFIRMATION = 10
    GET_ORDER_STATE = 11
    UPDATE_PRICES = 12


_QUOTE_VERSION_BUTTON_ACTION_NAMES: dict[QuoteVersionButtonAction, str] = {
    QuoteVersionButtonAction.NONE: "None",
    QuoteVersionButtonAction.VALIDATE_VERSION: "ValidateVersion",
    QuoteVersionButtonAction.EDIT: "Edit",
    QuoteVersionButtonAction.SEND: "Send",
    QuoteVersionButtonAction.APPROVE: "Approve",
    QuoteVersionButtonAction.REJECT: "Reject",
    QuoteVersionButtonAction.VALIDATE_VERSION_AND_SEND_IF_POSSIBLE: "ValidateVersionAndSendIfPossible",
    QuoteVersionButtonAction.VALIDATE_VERSION_AND_PLACE_ORDER_IF_POSSIBLE: "ValidateVersionAndPlaceOrderIfPossible",
    QuoteVersionButtonAction.CLONE_VERSION: "CloneVersion",
    QuoteVersionButtonAction.SEND_CONFIRMATION: "SendConfirmation",
    QuoteVersionButtonAction.GET_ORDER_STATE: "GetOrderState",
    QuoteVersionButtonAction.UPDATE_PRICES: "UpdatePrices",
}
_QUOTE_VERSION_BUTTON_ACTION_BY_NAME: dict[str, QuoteVersionButtonAction] = {
    "None": QuoteVersionButtonAction.NONE,
    "ValidateVersion": QuoteVersionButtonAction.VALIDATE_VERSION,
    "Edit": QuoteVersionButtonAction.EDIT,
    "Send": QuoteVersionButtonAction.SEND,
    "Approve": QuoteVersionButtonAction.APPROVE,
    "Reject": QuoteVersionButtonAction.REJECT,
    "ValidateVersionAndSendIfPossible": QuoteVersionButtonAction.VALIDATE_VERSION_AND_SEND_IF_POSSIBLE,
    "ValidateVersionAndPlaceOrderIfPossible": QuoteVersionButtonAction.VALIDATE_VERSION_AND_PLACE_ORDER_IF_POSSIBLE,
    "CloneVersion": QuoteVersionButtonAction.CLONE_VERSION,
    "SendConfirmation": QuoteVersionButtonAction.SEND_CONFIRMATION,
    "GetOrderState": QuoteVersionButtonAction.GET_ORDER_STATE,
    "UpdatePrices": QuoteVersionButtonAction.UPDATE_PRICES,
}
_QUOTE_VERSION_BUTTON_ACTION_BY_VALUE: dict[int, QuoteVersionButtonAction] = {
    member.value: member for member in QuoteVersionButtonAction
}


def decode_xml_quote_version_button_action(element: Element) -> QuoteVersionButtonAction | str:
    return enum_from_text(element.text or "", _QUOTE_VERSION_BUTTON_ACTION_BY_NAME)


def encode_xml_quote_version_button_action(
    parent: Element, tag: str, value: QuoteVersionButtonAction | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _QUOTE_VERSION_BUTTON_ACTION_NAMES)


def decode_json_quote_version_button_action(
    data: Any, path: str
) -> QuoteVersionButtonAction | str:
    return json_enum(
        data, path, _QUOTE_VERSION_BUTTON_ACTION_BY_NAME, _QUOTE_VERSION_BUTTON_ACTION_BY_VALUE
    )


def encode_json_quote_version_button_action(value: QuoteVersionButtonAction | str) -> str:
    return enum_to_text(value, _QUOTE_VERSION_BUTTON_ACTION_NAMES)


QUOTE_VERSION_BUTTON_ACTION_CODEC = Codec(
    decode_xml_quote_version_button_action,
    encode_xml_quote_version_button_action,
    decode_json_quote_version_button_action,
    encode_json_quote_version_button_action,
)
