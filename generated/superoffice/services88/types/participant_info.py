"""Services88 types: ArrayOfParticipantInfo, ParticipantInfo.

Used by the AI, Appointment, Selection agents.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...runtime import (
    NIL,
    UNSET,
    XSI_NIL,
    Codec,
    Element,
    Record,
    Unset,
    blank,
    empty_or_nil,
    json_extra,
    json_items_nillable,
    json_object,
    json_write_bool,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_int,
    take_str_nillable,
    write_bool,
    write_int,
    write_str,
)
from .invitation_status import (
    InvitationStatus,
    decode_json_invitation_status,
    decode_xml_invitation_status,
    encode_json_invitation_status,
    encode_xml_invitation_status,
)

_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactId"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_EMAIL_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailAddress"
_EMAIL_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailId"
_INVITATION_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}InvitationStatus"
_PARTICIPANT_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ParticipantInfo"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_SEND_EMAIL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SendEmail"


@dataclasses.dataclass(kw_only=True, repr=False)
class ParticipantInfo(Record):
    """Class representing an appointment participant."""

    associate_id: int | Unset = UNSET
    """Associate id of the participant if the participant is an associate (or resource)"""
    person_id: int | Unset = UNSET
    """Person id of the participant if the participant is a person"""
    contact_id: int | Unset = UNSET
    """Contact id of the participant if the participant is an associate or person"""
    email_id: int | Unset = UNSET
    """The email id of the email belonging to the appointment record belonging to this person"""
    send_email: bool | Unset = UNSET
    """True if the participant has been sent an email or should be sent an email"""
    invitation_status: InvitationStatus | str | Unset = UNSET
    """The participant status for the appointment"""
    email_address: str | None | Unset = UNSET
    """The email address to be used as a participant if neither person id nor associate id has been
    set.
    """
    description: str | None | Unset = UNSET
    """Description added for the email address participant, added to the email-table's description
    field if present.
    """

    def to_xml(self) -> Element:
        return encode_xml_participant_info(None, _PARTICIPANT_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ParticipantInfo:
        return record_from_xml(decode_xml_participant_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_participant_info(self)

    @classmethod
    def from_json(cls, data: Any) -> ParticipantInfo:
        return record_from_json(decode_json_participant_info, data)


_PARTICIPANT_INFO_KEYS = frozenset(
    (
        "AssociateId",
        "PersonId",
        "ContactId",
        "EmailId",
        "SendEmail",
        "InvitationStatus",
        "EmailAddress",
        "Description",
    )
)


def decode_xml_participant_info(element: Element) -> ParticipantInfo:
    value = ParticipantInfo()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _CONTACT_ID:
            value.contact_id = read_int(child)
        elif tag == _EMAIL_ID:
            value.email_id = read_int(child)
        elif tag == _SEND_EMAIL:
            value.send_email = read_bool(child)
        elif tag == _INVITATION_STATUS:
            value.invitation_status = decode_xml_invitation_status(child)
        elif tag == _EMAIL_ADDRESS:
            value.email_address = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_participant_info(
    parent: Element | None, tag: str, value: ParticipantInfo
) -> Element:
    element = new_child(parent, tag)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _CONTACT_ID, value.contact_id, write_int)
    put(element, _EMAIL_ID, value.email_id, write_int)
    put(element, _SEND_EMAIL, value.send_email, write_bool)
    put(element, _INVITATION_STATUS, value.invitation_status, encode_xml_invitation_status)
    put(element, _EMAIL_ADDRESS, value.email_address, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_participant_info(data: Any, path: str) -> ParticipantInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ParticipantInfo)
    value.associate_id = take_int(data, "AssociateId", path)
    value.person_id = take_int(data, "PersonId", path)
    value.contact_id = take_int(data, "ContactId", path)
    value.email_id = take_int(data, "EmailId", path)
    value.send_email = take_bool(data, "SendEmail", path)
    value.invitation_status = take(data, "InvitationStatus", path, decode_json_invitation_status)
    value.email_address = take_str_nillable(data, "EmailAddress", path)
    value.description = take_str_nillable(data, "Description", path)
    value.extra = (
        None
        if _PARTICIPANT_INFO_KEYS.issuperset(data)
        else json_extra(data, _PARTICIPANT_INFO_KEYS)
    )
    return value


def encode_json_participant_info(value: ParticipantInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "ContactId", value.contact_id, json_write_int)
    put_json(result, "EmailId", value.email_id, json_write_int)
    put_json(result, "SendEmail", value.send_email, json_write_bool)
    put_json(result, "InvitationStatus", value.invitation_status, encode_json_invitation_status)
    put_json(result, "EmailAddress", value.email_address, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PARTICIPANT_INFO_CODEC = Codec(
    decode_xml_participant_info,
    encode_xml_participant_info,
    decode_json_participant_info,
    encode_json_participant_info,
)


def decode_xml_list_of_participant_info(element: Element) -> list[ParticipantInfo | None]:
    """``ArrayOfParticipantInfo``: a list of ``ParticipantInfo`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_participant_info(child))
        for child in element
        if child.tag == _PARTICIPANT_INFO
    ]


def encode_xml_list_of_participant_info(
    parent: Element | None, tag: str, value: list[ParticipantInfo | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _PARTICIPANT_INFO, item, encode_xml_participant_info)
    return element


def decode_json_list_of_participant_info(data: Any, path: str) -> list[ParticipantInfo | None]:
    return json_items_nillable(data, path, decode_json_participant_info)


def encode_json_list_of_participant_info(value: list[ParticipantInfo | None]) -> list[Any]:
    return [(None if item is None else encode_json_participant_info(item)) for item in value]


LIST_OF_PARTICIPANT_INFO_CODEC = Codec(
    decode_xml_list_of_participant_info,
    encode_xml_list_of_participant_info,
    decode_json_list_of_participant_info,
    encode_json_list_of_participant_info,
)
