"""Services88 types: UtmParameters.

Used by the Person agent.
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
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_CAMPAIGN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Campaign"
_CONTENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Content"
_CREATED_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedContactId"
_CREATED_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedPersonId"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FIRST_TOUCH_CAMPAIGN = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}FirstTouchCampaign"
)
_FIRST_TOUCH_CONTENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FirstTouchContent"
_FIRST_TOUCH_MEDIUM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FirstTouchMedium"
_FIRST_TOUCH_REFERRER_DOMAIN = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}FirstTouchReferrerDomain"
)
_FIRST_TOUCH_SOURCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FirstTouchSource"
_FIRST_TOUCH_TERM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FirstTouchTerm"
_FIRST_TOUCH_WHEN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FirstTouchWhen"
_FORM_SUBMISSION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FormSubmissionId"
_MEDIUM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Medium"
_REFERRER_DOMAIN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReferrerDomain"
_REGISTERED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Registered"
_REGISTERED_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RegisteredAssociateId"
)
_SOURCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Source"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TERM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Term"
_UPDATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Updated"
_UPDATED_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedAssociateId"
)
_UPDATED_COUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedCount"
_UTM_PARAMETERS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UtmParameters"
_UTM_PARAMETERS_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UtmParametersId"
_WHEN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}When"


@dataclasses.dataclass(kw_only=True, repr=False)
class UtmParameters(Carrier):
    """Utm parameters for a given person.

    Carrier object for UtmParameters. Services for the UtmParameters Carrier is available from
    the Person Agent.
    """

    utm_parameters_id: int | Unset = UNSET
    """Primary key"""
    created_contact_id: int | Unset = UNSET
    """Id of the created contact"""
    created_person_id: int | Unset = UNSET
    """Id of the created person"""
    form_submission_id: int | Unset = UNSET
    """Id of the form submission"""
    first_touch_source: str | None | Unset = UNSET
    """First touch UTM source"""
    first_touch_medium: str | None | Unset = UNSET
    """First touch UTM medium"""
    first_touch_campaign: str | None | Unset = UNSET
    """First touch UTM campaign"""
    first_touch_term: str | None | Unset = UNSET
    """First touch UTM term"""
    first_touch_content: str | None | Unset = UNSET
    """First touch UTM content"""
    first_touch_referrer_domain: str | None | Unset = UNSET
    """First touch UTM referrer domain"""
    first_touch_when: datetime.datetime | Unset = UNSET
    """First touch date"""
    source: str | None | Unset = UNSET
    """UTM source"""
    medium: str | None | Unset = UNSET
    """UTM medium"""
    campaign: str | None | Unset = UNSET
    """UTM campaign"""
    term: str | None | Unset = UNSET
    """UTM term"""
    content: str | None | Unset = UNSET
    """UTM content"""
    referrer_domain: str | None | Unset = UNSET
    """UTM referrer domain"""
    when: datetime.datetime | Unset = UNSET
    """Date of the visit or form submission"""
    registered: datetime.datetime | Unset = UNSET
    """Registered when in UTC."""
    registered_associate_id: int | Unset = UNSET
    """Registered by whom"""
    updated: datetime.datetime | Unset = UNSET
    """Updated when in UTC."""
    updated_associate_id: int | Unset = UNSET
    """Updated by whom"""
    updated_count: int | Unset = UNSET
    """Number of updates made to this record"""

    def to_xml(self) -> Element:
        return encode_xml_utm_parameters(None, _UTM_PARAMETERS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> UtmParameters:
        return record_from_xml(decode_xml_utm_parameters, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_utm_parameters(self)

    @classmethod
    def from_json(cls, data: Any) -> UtmParameters:
        return record_from_json(decode_json_utm_parameters, data)


_UTM_PARAMETERS_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "UtmParametersId",
        "CreatedContactId",
        "CreatedPersonId",
        "FormSubmissionId",
        "FirstTouchSource",
        "FirstTouchMedium",
        "FirstTouchCampaign",
        "FirstTouchTerm",
        "FirstTouchContent",
        "FirstTouchReferrerDomain",
        "FirstTouchWhen",
        "Source",
        "Medium",
        "Campaign",
        "Term",
        "Content",
        "ReferrerDomain",
        "When",
        "Registered",
        "RegisteredAssociateId",
        "Updated",
        "UpdatedAssociateId",
        "UpdatedCount",
    )
)


def decode_xml_utm_parameters(element: Element) -> UtmParameters:
    value = UtmParameters()
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
        elif tag == _UTM_PARAMETERS_ID:
            value.utm_parameters_id = read_int(child)
        elif tag == _CREATED_CONTACT_ID:
            value.created_contact_id = read_int(child)
        elif tag == _CREATED_PERSON_ID:
            value.created_person_id = read_int(child)
        elif tag == _FORM_SUBMISSION_ID:
            value.form_submission_id = read_int(child)
        elif tag == _FIRST_TOUCH_SOURCE:
            value.first_touch_source = child.text or empty_or_nil(child)
        elif tag == _FIRST_TOUCH_MEDIUM:
            value.first_touch_medium = child.text or empty_or_nil(child)
        elif tag == _FIRST_TOUCH_CAMPAIGN:
            value.first_touch_campaign = child.text or empty_or_nil(child)
        elif tag == _FIRST_TOUCH_TERM:
            value.first_touch_term = child.text or empty_or_nil(child)
        elif tag == _FIRST_TOUCH_CONTENT:
            value.first_touch_content = child.text or empty_or_nil(child)
        elif tag == _FIRST_TOUCH_REFERRER_DOMAIN:
            value.first_touch_referrer_domain = child.text or empty_or_nil(child)
        elif tag == _FIRST_TOUCH_WHEN:
            value.first_touch_when = read_datetime(child)
        elif tag == _SOURCE:
            value.source = child.text or empty_or_nil(child)
        elif tag == _MEDIUM:
            value.medium = child.text or empty_or_nil(child)
        elif tag == _CAMPAIGN:
            value.campaign = child.text or empty_or_nil(child)
        elif tag == _TERM:
            value.term = child.text or empty_or_nil(child)
        elif tag == _CONTENT:
            value.content = child.text or empty_or_nil(child)
        elif tag == _REFERRER_DOMAIN:
            value.referrer_domain = child.text or empty_or_nil(child)
        elif tag == _WHEN:
            value.when = read_datetime(child)
        elif tag == _REGISTERED:
            value.registered = read_datetime(child)
        elif tag == _REGISTERED_ASSOCIATE_ID:
            value.registered_associate_id = read_int(child)
        elif tag == _UPDATED:
            value.updated = read_datetime(child)
        elif tag == _UPDATED_ASSOCIATE_ID:
            value.updated_associate_id = read_int(child)
        elif tag == _UPDATED_COUNT:
            value.updated_count = read_short(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_utm_parameters(parent: Element | None, tag: str, value: UtmParameters) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _UTM_PARAMETERS_ID, value.utm_parameters_id, write_int)
    put(element, _CREATED_CONTACT_ID, value.created_contact_id, write_int)
    put(element, _CREATED_PERSON_ID, value.created_person_id, write_int)
    put(element, _FORM_SUBMISSION_ID, value.form_submission_id, write_int)
    put(element, _FIRST_TOUCH_SOURCE, value.first_touch_source, write_str)
    put(element, _FIRST_TOUCH_MEDIUM, value.first_touch_medium, write_str)
    put(element, _FIRST_TOUCH_CAMPAIGN, value.first_touch_campaign, write_str)
    put(element, _FIRST_TOUCH_TERM, value.first_touch_term, write_str)
    put(element, _FIRST_TOUCH_CONTENT, value.first_touch_content, write_str)
    put(element, _FIRST_TOUCH_REFERRER_DOMAIN, value.first_touch_referrer_domain, write_str)
    put(element, _FIRST_TOUCH_WHEN, value.first_touch_when, write_datetime)
    put(element, _SOURCE, value.source, write_str)
    put(element, _MEDIUM, value.medium, write_str)
    put(element, _CAMPAIGN, value.campaign, write_str)
    put(element, _TERM, value.term, write_str)
    put(element, _CONTENT, value.content, write_str)
    put(element, _REFERRER_DOMAIN, value.referrer_domain, write_str)
    put(element, _WHEN, value.when, write_datetime)
    put(element, _REGISTERED, value.registered, write_datetime)
    put(element, _REGISTERED_ASSOCIATE_ID, value.registered_associate_id, write_int)
    put(element, _UPDATED, value.updated, write_datetime)
    put(element, _UPDATED_ASSOCIATE_ID, value.updated_associate_id, write_int)
    put(element, _UPDATED_COUNT, value.updated_count, write_short)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_utm_parameters(data: Any, path: str) -> UtmParameters:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(UtmParameters)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.utm_parameters_id = take_int(data, "UtmParametersId", path)
    value.created_contact_id = take_int(data, "CreatedContactId", path)
    value.created_person_id = take_int(data, "CreatedPersonId", path)
    value.form_submission_id = take_int(data, "FormSubmissionId", path)
    value.first_touch_source = take_str_nillable(data, "FirstTouchSource", path)
    value.first_touch_medium = take_str_nillable(data, "FirstTouchMedium", path)
    value.first_touch_campaign = take_str_nillable(data, "FirstTouchCampaign", path)
    value.first_touch_term = take_str_nillable(data, "FirstTouchTerm", path)
    value.first_touch_content = take_str_nillable(data, "FirstTouchContent", path)
    value.first_touch_referrer_domain = take_str_nillable(data, "FirstTouchReferrerDomain", path)
    value.first_touch_when = take(data, "FirstTouchWhen", path, json_datetime)
    value.source = take_str_nillable(data, "Source", path)
    value.medium = take_str_nillable(data, "Medium", path)
    value.campaign = take_str_nillable(data, "Campaign", path)
    value.term = take_str_nillable(data, "Term", path)
    value.content = take_str_nillable(data, "Content", path)
    value.referrer_domain = take_str_nillable(data, "ReferrerDomain", path)
    value.when = take(data, "When", path, json_datetime)
    value.registered = take(data, "Registered", path, json_datetime)
    value.registered_associate_id = take_int(data, "RegisteredAssociateId", path)
    value.updated = take(data, "Updated", path, json_datetime)
    value.updated_associate_id = take_int(data, "UpdatedAssociateId", path)
    value.updated_count = take(data, "UpdatedCount", path, json_short)
    value.extra = (
        None if _UTM_PARAMETERS_KEYS.issuperset(data) else json_extra(data, _UTM_PARAMETERS_KEYS)
    )
    return value


def encode_json_utm_parameters(value: UtmParameters) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "UtmParametersId", value.utm_parameters_id, json_write_int)
    put_json(result, "CreatedContactId", value.created_contact_id, json_write_int)
    put_json(result, "CreatedPersonId", value.created_person_id, json_write_int)
    put_json(result, "FormSubmissionId", value.form_submission_id, json_write_int)
    put_json(result, "FirstTouchSource", value.first_touch_source, json_write_str)
    put_json(result, "FirstTouchMedium", value.first_touch_medium, json_write_str)
    put_json(result, "FirstTouchCampaign", value.first_touch_campaign, json_write_str)
    put_json(result, "FirstTouchTerm", value.first_touch_term, json_write_str)
    put_json(result, "FirstTouchContent", value.first_touch_content, json_write_str)
    put_json(result, "FirstTouchReferrerDomain", value.first_touch_referrer_domain, json_write_str)
    put_json(result, "FirstTouchWhen", value.first_touch_when, json_write_datetime)
    put_json(result, "Source", value.source, json_write_str)
    put_json(result, "Medium", value.medium, json_write_str)
    put_json(result, "Campaign", value.campaign, json_write_str)
    put_json(result, "Term", value.term, json_write_str)
    put_json(result, "Content", value.content, json_write_str)
    put_json(result, "ReferrerDomain", value.referrer_domain, json_write_str)
    put_json(result, "When", value.when, json_write_datetime)
    put_json(result, "Registered", value.registered, json_write_datetime)
    put_json(result, "RegisteredAssociateId", value.registered_associate_id, json_write_int)
    put_json(result, "Updated", value.updated, json_write_datetime)
    put_json(result, "UpdatedAssociateId", value.updated_associate_id, json_write_int)
    put_json(result, "UpdatedCount", value.updated_count, json_write_short)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


UTM_PARAMETERS_CODEC = Codec(
    decode_xml_utm_parameters,
    encode_xml_utm_parameters,
    decode_json_utm_parameters,
    encode_json_utm_parameters,
)
