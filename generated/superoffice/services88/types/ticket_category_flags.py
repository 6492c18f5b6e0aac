"""Services88 types: TicketCategoryFlags.

Used by the List, Ticket agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, flags_from_xml, flags_to_json, flags_to_text, json_flags


class TicketCategoryFlags(enum.Flag, boundary=enum.KEEP):
    """The ``TicketCategoryFlags`` flags."""

    INTERNAL = 1
    ONLY_LOGGED_IN_USERS = 2
    DEFAULT_TO_CATEGORY_MASTER = 4
    LIST_IN_MAIN = 8
    REDELEGATE_NEW_MSG = 16
    DELEGATE_TO_OUR_CONTACT = 32
    PROPAGATE_REPLY_TEMPLATE = 64
    MEMBERS_ONLY = 128
    NOTIFY_MEMBERS = 256
    ACCEPT_WHEN_REPLYING = 512


_TICKET_CATEGORY_FLAGS_NAMES: dict[TicketCategoryFlags, str] = {
    TicketCategoryFlags.INTERNAL: "Internal",
    TicketCategoryFlags.ONLY_LOGGED_IN_USERS: "OnlyLoggedInUsers",
    TicketCategoryFlags.DEFAULT_TO_CATEGORY_MASTER: "DefaultToCategoryMaster",
    TicketCategoryFlags.LIST_IN_MAIN: "ListInMain",
    TicketCategoryFlags.REDELEGATE_NEW_MSG: "RedelegateNewMsg",
    TicketCategoryFlags.DELEGATE_TO_OUR_CONTACT: "DelegateToOurContact",
    TicketCategoryFlags.PROPAGATE_REPLY_TEMPLATE: "PropagateReplyTemplate",
    TicketCategoryFlags.MEMBERS_ONLY: "MembersOnly",
    TicketCategoryFlags.NOTIFY_MEMBERS: "NotifyMembers",
    TicketCategoryFlags.ACCEPT_WHEN_REPLYING: "AcceptWhenReplying",
}
_TICKET_CATEGORY_FLAGS_BY_NAME: dict[str, TicketCategoryFlags] = {
    "Internal": TicketCategoryFlags.INTERNAL,
    "OnlyLoggedInUsers": TicketCategoryFlags.ONLY_LOGGED_IN_USERS,
    "DefaultToCategoryMaster": TicketCategoryFlags.DEFAULT_TO_CATEGORY_MASTER,
    "ListInMain": TicketCategoryFlags.LIST_IN_MAIN,
    "RedelegateNewMsg": TicketCategoryFlags.REDELEGATE_NEW_MSG,
    "DelegateToOurContact": TicketCategoryFlags.DELEGATE_TO_OUR_CONTACT,
    "PropagateReplyTemplate": TicketCategoryFlags.PROPAGATE_REPLY_TEMPLATE,
    "MembersOnly": TicketCategoryFlags.MEMBERS_ONLY,
    "NotifyMembers": TicketCategoryFlags.NOTIFY_MEMBERS,
    "AcceptWhenReplying": TicketCategoryFlags.ACCEPT_WHEN_REPLYING,
}
_TICKET_CATEGORY_FLAGS_NONE = TicketCategoryFlags(0)
_TICKET_CATEGORY_FLAGS_SEEN: dict[str, TicketCategoryFlags | str] = {}


def decode_xml_ticket_category_flags(element: Element) -> TicketCategoryFlags | str:
    return flags_from_xml(
        element.text or "",
        _TICKET_CATEGORY_FLAGS_BY_NAME,
        _TICKET_CATEGORY_FLAGS_NONE,
        _TICKET_CATEGORY_FLAGS_SEEN,
    )


def encode_xml_ticket_category_flags(
    parent: Element, tag: str, value: TicketCategoryFlags | str
) -> None:
    etree.SubElement(parent, tag).text = flags_to_text(value, _TICKET_CATEGORY_FLAGS_NAMES, " ")


def decode_json_ticket_category_flags(data: Any, path: str) -> TicketCategoryFlags | str:
    return json_flags(
        data,
        path,
        _TICKET_CATEGORY_FLAGS_BY_NAME,
        _TICKET_CATEGORY_FLAGS_NONE,
        _TICKET_CATEGORY_FLAGS_SEEN,
    )


def encode_json_ticket_category_flags(value: TicketCategoryFlags | str) -> str | int:
    return flags_to_json(value, _TICKET_CATEGORY_FLAGS_NAMES)


TICKET_CATEGORY_FLAGS_CODEC = Codec(
    decode_xml_ticket_category_flags,
    encode_xml_ticket_category_flags,
    decode_json_ticket_category_flags,
    encode_json_ticket_category_flags,
)
