"""Services88 types: EMailAccount.

Used by the EMail agent.
"""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any

from ...runtime import (
    NIL,
    UNSET,
    XSI_NIL,
    Codec,
    Element,
    Unset,
    blank,
    empty_or_nil,
    json_datetime,
    json_extra,
    json_object,
    json_short,
    json_write_datetime,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    read_int,
    read_short,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_nillable,
    take_str_nillable,
    write_datetime,
    write_int,
    write_short,
    write_str,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .service_auth import (
    ServiceAuth,
    decode_json_service_auth,
    decode_xml_service_auth,
    encode_json_service_auth,
    encode_xml_service_auth,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ACCOUNT_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AccountStatus"
_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_ERROR_COUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErrorCount"
_ERROR_REASON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErrorReason"
_E_MAIL_ACCOUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EMailAccount"
_E_MAIL_ACCOUNT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EMailAccountId"
_E_MAIL_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EMailAddress"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_INBOX_FOLDER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}InboxFolder"
_INCOMING_CREDENTIALS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}IncomingCredentials"
)
_LAST_FETCH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LastFetch"
_OUTGOING_CREDENTIALS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}OutgoingCredentials"
)
_SENT_FOLDER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SentFolder"
_SIMPLE_MODE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SimpleMode"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class EMailAccount(Carrier):
    """Properties for an email account

    Carrier object for EMailAccount. Services for the EMailAccount Carrier is available from the
    EMail Agent.
    """

    e_mail_account_id: int | Unset = UNSET
    """The account primary key"""
    e_mail_address: str | None | Unset = UNSET
    """The account (from) address"""
    associate_id: int | Unset = UNSET
    """Id of the associate who owns this account"""
    incoming_credentials: ServiceAuth | None | Unset = UNSET
    """Account credentials for imap"""
    outgoing_credentials: ServiceAuth | None | Unset = UNSET
    """Account credentials for smtp"""
    account_status: int | Unset = UNSET
    """The account status (Disabled or...) Readonly field"""
    error_count: int | Unset = UNSET
    """Count of concurring errors of fetching email. Readonly field"""
    error_reason: str | None | Unset = UNSET
    """Reason/Error message. Readonly field"""
    inbox_folder: str | None | Unset = UNSET
    """Inbox folder name if available in the db"""
    sent_folder: str | None | Unset = UNSET
    """Sent email folder name if available in the db"""
    simple_mode: int | Unset = UNSET
    """Simple mode used for sending and retrieving invitations, accept/decline etc. without the
    full Inbox GUI experience
    """
    last_fetch: datetime.datetime | Unset = UNSET
    """When we last fetched email in UTC."""

    def to_xml(self) -> Element:
        return encode_xml_e_mail_account(None, _E_MAIL_ACCOUNT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> EMailAccount:
        return record_from_xml(decode_xml_e_mail_account, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_e_mail_account(self)

    @classmethod
    def from_json(cls, data: Any) -> EMailAccount:
        return record_from_json(decode_json_e_mail_account, data)


_E_MAIL_ACCOUNT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "EMailAccountId",
        "EMailAddress",
        "AssociateId",
        "IncomingCredentials",
        "OutgoingCredentials",
        "AccountStatus",
        "ErrorCount",
        "ErrorReason",
        "InboxFolder",
        "SentFolder",
        "SimpleMode",
        "LastFetch",
    )
)


def decode_xml_e_mail_account(element: Element) -> EMailAccount:
    value = EMailAccount()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _TABLE_RIGHT:
            value.table_right = (
                None if child.get(XSI_NIL) in NIL else decode_xml_table_right(child)
            )
        elif tag == _FIELD_PROPERTIES:
            value.field_properties = (
                None if child.get(XSI_NIL) in NIL else decode_xml_field_property_dictionary(child)
            )
        elif tag == _E_MAIL_ACCOUNT_ID:
            value.e_mail_account_id = read_int(child)
        elif tag == _E_MAIL_ADDRESS:
            value.e_mail_address = child.text or empty_or_nil(child)
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _INCOMING_CREDENTIALS:
            value.incoming_credentials = (
                None if child.get(XSI_NIL) in NIL else decode_xml_service_auth(child)
            )
        elif tag == _OUTGOING_CREDENTIALS:
            value.outgoing_credentials = (
                None if child.get(XSI_NIL) in NIL else decode_xml_service_auth(child)
            )
        elif tag == _ACCOUNT_STATUS:
            value.account_status = read_short(child)
        elif tag == _ERROR_COUNT:
            value.error_count = read_int(child)
        elif tag == _ERROR_REASON:
            value.error_reason = child.text or empty_or_nil(child)
        elif tag == _INBOX_FOLDER:
            value.inbox_folder = child.text or empty_or_nil(child)
        elif tag == _SENT_FOLDER:
            value.sent_folder = child.text or empty_or_nil(child)
        elif tag == _SIMPLE_MODE:
            value.simple_mode = read_short(child)
        elif tag == _LAST_FETCH:
            value.last_fetch = read_datetime(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_e_mail_account(parent: Element | None, tag: str, value: EMailAccount) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _E_MAIL_ACCOUNT_ID, value.e_mail_account_id, write_int)
    put(element, _E_MAIL_ADDRESS, value.e_mail_address, write_str)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _INCOMING_CREDENTIALS, value.incoming_credentials, encode_xml_service_auth)
    put(element, _OUTGOING_CREDENTIALS, value.outgoing_credentials, encode_xml_service_auth)
    put(element, _ACCOUNT_STATUS, value.account_status, write_short)
    put(element, _ERROR_COUNT, value.error_count, write_int)
    put(element, _ERROR_REASON, value.error_reason, write_str)
    put(element, _INBOX_FOLDER, value.inbox_folder, write_str)
    put(element, _SENT_FOLDER, value.sent_folder, write_str)
    put(element, _SIMPLE_MODE, value.simple_mode, write_short)
    put(element, _LAST_FETCH, value.last_fetch, write_datetime)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_e_mail_account(data: Any, path: str) -> EMailAccount:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(EMailAccount)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.e_mail_account_id = take_int(data, "EMailAccountId", path)
    value.e_mail_address = take_str_nillable(data, "EMailAddress", path)
    value.associate_id = take_int(data, "AssociateId", path)
    value.incoming_credentials = take_nillable(
        data, "IncomingCredentials", path, decode_json_service_auth
    )
    value.outgoing_credentials = take_nillable(
        data, "OutgoingCredentials", path, decode_json_service_auth
    )
    value.account_status = take(data, "AccountStatus", path, json_short)
    value.error_count = take_int(data, "ErrorCount", path)
    value.error_reason = take_str_nillable(data, "ErrorReason", path)
    value.inbox_folder = take_str_nillable(data, "InboxFolder", path)
    value.sent_folder = take_str_nillable(data, "SentFolder", path)
    value.simple_mode = take(data, "SimpleMode", path, json_short)
    value.last_fetch = take(data, "LastFetch", path, json_datetime)
    value.extra = (
        None if _E_MAIL_ACCOUNT_KEYS.issuperset(data) else json_extra(data, _E_MAIL_ACCOUNT_KEYS)
    )
    return value


def encode_json_e_mail_account(value: EMailAccount) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "EMailAccountId", value.e_mail_account_id, json_write_int)
    put_json(result, "EMailAddress", value.e_mail_address, json_write_str)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "IncomingCredentials", value.incoming_credentials, encode_json_service_auth)
    put_json(result, "OutgoingCredentials", value.outgoing_credentials, encode_json_service_auth)
    put_json(result, "AccountStatus", value.account_status, json_write_short)
    put_json(result, "ErrorCount", value.error_count, json_write_int)
    put_json(result, "ErrorReason", value.error_reason, json_write_str)
    put_json(result, "InboxFolder", value.inbox_folder, json_write_str)
    put_json(result, "SentFolder", value.sent_folder, json_write_str)
    put_json(result, "SimpleMode", value.simple_mode, json_write_short)
    put_json(result, "LastFetch", value.last_fetch, json_write_datetime)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


E_MAIL_ACCOUNT_CODEC = Codec(
    decode_xml_e_mail_account,
    encode_xml_e_mail_account,
    decode_json_e_mail_account,
    encode_json_e_mail_account,
)
