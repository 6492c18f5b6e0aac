"""Services88 types: TicketFormSubmission.

Used by the Ticket agent.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...runtime import (
    UNSET,
    Codec,
    Element,
    Record,
    Unset,
    blank,
    empty_or_nil,
    json_extra,
    json_object,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_str_nillable,
    write_int,
    write_str,
)
from .form_submission_status import (
    FormSubmissionStatus,
    decode_json_form_submission_status,
    decode_xml_form_submission_status,
    encode_json_form_submission_status,
    encode_xml_form_submission_status,
)

_EMAIL_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailAddress"
_FORM_SUBMISSION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FormSubmissionId"
_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Status"
_TICKET_FORM_SUBMISSION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketFormSubmission"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class TicketFormSubmission(Record):
    """Class representing form submission related to ticket.

    Carrier object for TicketFormSubmission.
    """

    form_submission_id: int | Unset = UNSET
    """Primary key"""
    email_address: str | None | Unset = UNSET
    """The email address of the person who submitted"""
    status: FormSubmissionStatus | str | Unset = UNSET
    """What is the status of this submission"""

    def to_xml(self) -> Element:
        return encode_xml_ticket_form_submission(None, _TICKET_FORM_SUBMISSION, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TicketFormSubmission:
        return record_from_xml(decode_xml_ticket_form_submission, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_ticket_form_submission(self)

    @classmethod
    def from_json(cls, data: Any) -> TicketFormSubmission:
        return record_from_json(decode_json_ticket_form_submission, data)


_TICKET_FORM_SUBMISSION_KEYS = frozenset(
    (
        "FormSubmissionId",
        "EmailAddress",
        "Status",
    )
)


def decode_xml_ticket_form_submission(element: Element) -> TicketFormSubmission:
    value = TicketFormSubmission()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _FORM_SUBMISSION_ID:
            value.form_submission_id = read_int(child)
        elif tag == _EMAIL_ADDRESS:
            value.email_address = child.text or empty_or_nil(child)
        elif tag == _STATUS:
            value.status = decode_xml_form_submission_status(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_ticket_form_submission(
    parent: Element | None, tag: str, value: TicketFormSubmission
) -> Element:
    element = new_child(parent, tag)
    put(element, _FORM_SUBMISSION_ID, value.form_submission_id, write_int)
    put(element, _EMAIL_ADDRESS, value.email_address, write_str)
    put(element, _STATUS, value.status, encode_xml_form_submission_status)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_ticket_form_submission(data: Any, path: str) -> TicketFormSubmission:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TicketFormSubmission)
    value.form_submission_id = take_int(data, "FormSubmissionId", path)
    value.email_address = take_str_nillable(data, "EmailAddress", path)
    value.status = take(data, "Status", path, decode_json_form_submission_status)
    value.extra = (
        None
        if _TICKET_FORM_SUBMISSION_KEYS.issuperset(data)
        else json_extra(data, _TICKET_FORM_SUBMISSION_KEYS)
    )
    return value


def encode_json_ticket_form_submission(value: TicketFormSubmission) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "FormSubmissionId", value.form_submission_id, json_write_int)
    put_json(result, "EmailAddress", value.email_address, json_write_str)
    put_json(result, "Status", value.status, encode_json_form_submission_status)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TICKET_FORM_SUBMISSION_CODEC = Codec(
    decode_xml_ticket_form_submission,
    encode_xml_ticket_form_submission,
    decode_json_ticket_form_submission,
    encode_json_ticket_form_submission,
)
