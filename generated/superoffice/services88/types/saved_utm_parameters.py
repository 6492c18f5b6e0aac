"""Services88 types: SavedUtmParameters.

Used by 4 agents.
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
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_nillable,
    take_str_nillable,
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
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FIRSTTOUCH_CAMPAIGN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FirsttouchCampaign"
_FIRSTTOUCH_CONTENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FirsttouchContent"
_FIRSTTOUCH_MEDIUM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FirsttouchMedium"
_FIRSTTOUCH_REFERRER_DOMAIN = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}FirsttouchReferrerDomain"
)
_FIRSTTOUCH_SOURCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FirsttouchSource"
_FIRSTTOUCH_TERM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FirsttouchTerm"
_FORM_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FormName"
_MEDIUM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Medium"
_REFERRER_DOMAIN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReferrerDomain"
_SAVED_UTM_PARAMETERS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SavedUtmParameters"
)
_SOURCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Source"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TERM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Term"


@dataclasses.dataclass(kw_only=True, repr=False)
class SavedUtmParameters(Carrier):
    """Inital Utm parameters for a given person or contact.

    Carrier object for SavedUtmParameters. Services for the SavedUtmParameters Carrier is
    available from the Person Agent.
    """

    form_name: str | None | Unset = UNSET
    """The name of form for the first submission"""
    firsttouch_source: str | None | Unset = UNSET
    """First touch UTM source"""
    firsttouch_medium: str | None | Unset = UNSET
    """First touch UTM medium"""
    firsttouch_campaign: str | None | Unset = UNSET
    """First touch UTM campaign"""
    firsttouch_term: str | None | Unset = UNSET
    """First touch UTM term"""
    firsttouch_content: str | None | Unset = UNSET
    """First touch UTM content"""
    firsttouch_referrer_domain: str | None | Unset = UNSET
    """First touch UTM referrer domain"""
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

    def to_xml(self) -> Element:
        return encode_xml_saved_utm_parameters(None, _SAVED_UTM_PARAMETERS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SavedUtmParameters:
        return record_from_xml(decode_xml_saved_utm_parameters, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_saved_utm_parameters(self)

    @classmethod
    def from_json(cls, data: Any) -> SavedUtmParameters:
        return record_from_json(decode_json_saved_utm_parameters, data)


_SAVED_UTM_PARAMETERS_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "FormName",
        "FirsttouchSource",
        "FirsttouchMedium",
        "FirsttouchCampaign",
        "FirsttouchTerm",
        "FirsttouchContent",
        "FirsttouchReferrerDomain",
        "Source",
        "Medium",
        "Campaign",
        "Term",
        "Content",
        "ReferrerDomain",
    )
)


def decode_xml_saved_utm_parameters(element: Element) -> SavedUtmParameters:
    value = SavedUtmParameters()
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
        elif tag == _FORM_NAME:
            value.form_name = child.text or empty_or_nil(child)
        elif tag == _FIRSTTOUCH_SOURCE:
            value.firsttouch_source = child.text or empty_or_nil(child)
        elif tag == _FIRSTTOUCH_MEDIUM:
            value.firsttouch_medium = child.text or empty_or_nil(child)
        elif tag == _FIRSTTOUCH_CAMPAIGN:
            value.firsttouch_campaign = child.text or empty_or_nil(child)
        elif tag == _FIRSTTOUCH_TERM:
            value.firsttouch_term = child.text or empty_or_nil(child)
        elif tag == _FIRSTTOUCH_CONTENT:
            value.firsttouch_content = child.text or empty_or_nil(child)
        elif tag == _FIRSTTOUCH_REFERRER_DOMAIN:
            value.firsttouch_referrer_domain = child.text or empty_or_nil(child)
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
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_saved_utm_parameters(
    parent: Element | None, tag: str, value: SavedUtmParameters
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _FORM_NAME, value.form_name, write_str)
    put(element, _FIRSTTOUCH_SOURCE, value.firsttouch_source, write_str)
    put(element, _FIRSTTOUCH_MEDIUM, value.firsttouch_medium, write_str)
    put(element, _FIRSTTOUCH_CAMPAIGN, value.firsttouch_campaign, write_str)
    put(element, _FIRSTTOUCH_TERM, value.firsttouch_term, write_str)
    put(element, _FIRSTTOUCH_CONTENT, value.firsttouch_content, write_str)
    put(element, _FIRSTTOUCH_REFERRER_DOMAIN, value.firsttouch_referrer_domain, write_str)
    put(element, _SOURCE, value.source, write_str)
    put(element, _MEDIUM, value.medium, write_str)
    put(element, _CAMPAIGN, value.campaign, write_str)
    put(element, _TERM, value.term, write_str)
    put(element, _CONTENT, value.content, write_str)
    put(element, _REFERRER_DOMAIN, value.referrer_domain, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_saved_utm_parameters(data: Any, path: str) -> SavedUtmParameters:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SavedUtmParameters)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.form_name = take_str_nillable(data, "FormName", path)
    value.firsttouch_source = take_str_nillable(data, "FirsttouchSource", path)
    value.firsttouch_medium = take_str_nillable(data, "FirsttouchMedium", path)
    value.firsttouch_campaign = take_str_nillable(data, "FirsttouchCampaign", path)
    value.firsttouch_term = take_str_nillable(data, "FirsttouchTerm", path)
    value.firsttouch_content = take_str_nillable(data, "FirsttouchContent", path)
    value.firsttouch_referrer_domain = take_str_nillable(data, "FirsttouchReferrerDomain", path)
    value.source = take_str_nillable(data, "Source", path)
    value.medium = take_str_nillable(data, "Medium", path)
    value.campaign = take_str_nillable(data, "Campaign", path)
    value.term = take_str_nillable(data, "Term", path)
    value.content = take_str_nillable(data, "Content", path)
    value.referrer_domain = take_str_nillable(data, "ReferrerDomain", path)
    value.extra = (
        None
        if _SAVED_UTM_PARAMETERS_KEYS.issuperset(data)
        else json_extra(data, _SAVED_UTM_PARAMETERS_KEYS)
    )
    return value


def encode_json_saved_utm_parameters(value: SavedUtmParameters) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "FormName", value.form_name, json_write_str)
    put_json(result, "FirsttouchSource", value.firsttouch_source, json_write_str)
    put_json(result, "FirsttouchMedium", value.firsttouch_medium, json_write_str)
    put_json(result, "FirsttouchCampaign", value.firsttouch_campaign, json_write_str)
    put_json(result, "FirsttouchTerm", value.firsttouch_term, json_write_str)
    put_json(result, "FirsttouchContent", value.firsttouch_content, json_write_str)
    put_json(result, "FirsttouchReferrerDomain", value.firsttouch_referrer_domain, json_write_str)
    put_json(result, "Source", value.source, json_write_str)
    put_json(result, "Medium", value.medium, json_write_str)
    put_json(result, "Campaign", value.campaign, json_write_str)
    put_json(result, "Term", value.term, json_write_str)
    put_json(result, "Content", value.content, json_write_str)
    put_json(result, "ReferrerDomain", value.referrer_domain, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SAVED_UTM_PARAMETERS_CODEC = Codec(
    decode_xml_saved_utm_parameters,
    encode_xml_saved_utm_parameters,
    decode_json_saved_utm_parameters,
    encode_json_saved_utm_parameters,
)
