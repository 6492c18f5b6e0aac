"""Services88 types: UserCandidate.

Used by the Person agent.
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
    take_int,
    take_nillable,
    take_str_nillable,
    write_int,
    write_str,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_SECRET_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SecretKey"
_SECRET_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SecretValue"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_USER_CANDIDATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserCandidate"
_USER_CANDIDATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserCandidateId"


@dataclasses.dataclass(kw_only=True, repr=False)
class UserCandidate(Carrier):
    """The UserCandidate carrier is used to represent a Customer Centre User.

    Carrier object for UserCandidate.
    """

    user_candidate_id: int | Unset = UNSET
    """Primary key"""
    person_id: int | Unset = UNSET
    """Foreign key. Id of a person representing Customer Center User."""
    secret_key: str | None | Unset = UNSET
    """Username of a Customer Centre User."""
    secret_value: str | None | Unset = UNSET
    """Password of a Customer Centre User."""

    def to_xml(self) -> Element:
        return encode_xml_user_candidate(None, _USER_CANDIDATE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> UserCandidate:
        return record_from_xml(decode_xml_user_candidate, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_user_candidate(self)

    @classmethod
    def from_json(cls, data: Any) -> UserCandidate:
        return record_from_json(decode_json_user_candidate, data)


_USER_CANDIDATE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "UserCandidateId",
        "PersonId",
        "SecretKey",
        "SecretValue",
    )
)


def decode_xml_user_candidate(element: Element) -> UserCandidate:
    value = UserCandidate()
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
        elif tag == _USER_CANDIDATE_ID:
            value.user_candidate_id = read_int(child)
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _SECRET_KEY:
            value.secret_key = child.text or empty_or_nil(child)
        elif tag == _SECRET_VALUE:
            value.secret_value = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_user_candidate(parent: Element | None, tag: str, value: UserCandidate) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _USER_CANDIDATE_ID, value.user_candidate_id, write_int)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _SECRET_KEY, value.secret_key, write_str)
    put(element, _SECRET_VALUE, value.secret_value, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_user_candidate(data: Any, path: str) -> UserCandidate:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(UserCandidate)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.user_candidate_id = take_int(data, "UserCandidateId", path)
    value.person_id = take_int(data, "PersonId", path)
    value.secret_key = take_str_nillable(data, "SecretKey", path)
    value.secret_value = take_str_nillable(data, "SecretValue", path)
    value.extra = (
        None if _USER_CANDIDATE_KEYS.issuperset(data) else json_extra(data, _USER_CANDIDATE_KEYS)
    )
    return value


def encode_json_user_candidate(value: UserCandidate) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "UserCandidateId", value.user_candidate_id, json_write_int)
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "SecretKey", value.secret_key, json_write_str)
    put_json(result, "SecretValue", value.secret_value, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


USER_CANDIDATE_CODEC = Codec(
    decode_xml_user_candidate,
    encode_xml_user_candidate,
    decode_json_user_candidate,
    encode_json_user_candidate,
)
