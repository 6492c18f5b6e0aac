"""Services88 types: InvitationStatus.

Used by 6 agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class InvitationStatus(enum.Enum):
    """The ``InvitationStatus`` enumeration."""

    UNKNOWN = 0
    NONE = 1
    ACCEPTED = 2
    HIDDEN = 4
    INVITATION = 5
    MOVED = 6
    SEEN = 7
    MOVED_SEEN = 8
    DECLINED = 9
    CANCELLED = 10


_INVITATION_STATUS_NAMES: dict[InvitationStatus, str] = {
    InvitationStatus.UNKNOWN: "Unknown",
    InvitationStatus.NONE: "None",
    InvitationStatus.ACCEPTED: "Accepted",
    InvitationStatus.HIDDEN: "Hidden",
    InvitationStatus.INVITATION: "Invitation",
    InvitationStatus.MOVED: "Moved",
    InvitationStatus.SEEN: "Seen",
    InvitationStatus.MOVED_SEEN: "MovedSeen",
    InvitationStatus.DECLINED: "Declined",
    InvitationStatus.CANCELLED: "Cancelled",
}
_INVITATION_STATUS_BY_NAME: dict[str, InvitationStatus] = {
    "Unknown": InvitationStatus.UNKNOWN,
    "None": InvitationStatus.NONE,
    "Accepted": InvitationStatus.ACCEPTED,
    "Hidden": InvitationStatus.HIDDEN,
    "Invitation": InvitationStatus.INVITATION,
    "Moved": InvitationStatus.MOVED,
    "Seen": InvitationStatus.SEEN,
    "MovedSeen": InvitationStatus.MOVED_SEEN,
    "Declined": InvitationStatus.DECLINED,
    "Cancelled": InvitationStatus.CANCELLED,
}
_INVITATION_STATUS_BY_VALUE: dict[int, InvitationStatus] = {
    member.value: member for member in InvitationStatus
}


def decode_xml_invitation_status(element: Element) -> InvitationStatus | str:
    return enum_from_text(element.text or "", _INVITATION_STATUS_BY_NAME)


def encode_xml_invitation_status(parent: Element, tag: str, value: InvitationStatus | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _INVITATION_STATUS_NAMES)


def decode_json_invitation_status(data: Any, path: str) -> InvitationStatus | str:
    return json_enum(data, path, _INVITATION_STATUS_BY_NAME, _INVITATION_STATUS_BY_VALUE)


def encode_json_invitation_status(value: InvitationStatus | str) -> str:
    return enum_to_text(value, _INVITATION_STATUS_NAMES)


INVITATION_STATUS_CODEC = Codec(
    decode_xml_invitation_status,
    encode_xml_invitation_status,
    decode_json_invitation_status,
    encode_json_invitation_status,
)
