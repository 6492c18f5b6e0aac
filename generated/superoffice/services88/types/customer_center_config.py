"""Services88 types: ArrayOfCustomerCenterConfig, CustomerCenterConfig.

Used by the CustomerService agent.
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
    json_items_nillable,
    json_object,
    json_write_datetime,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    read_int,
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
    write_str,
)
from .carrier import Carrier
from .config_type import (
    ConfigType,
    decode_json_config_type,
    decode_xml_config_type,
    encode_json_config_type,
    encode_xml_config_type,
)
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

_CONFIG = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Config"
_CUSTOMER_CENTER_CONFIG = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomerCenterConfig"
)
_CUST_CONFIG_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustConfigId"
_CUST_LANG_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustLangId"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_REGISTERED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Registered"
_REGISTERED_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RegisteredAssociateId"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"
_UPDATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Updated"
_UPDATED_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedAssociateId"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class CustomerCenterConfig(Carrier):
    """Contains configuration when displaying the Customer Center

    Carrier object for CustomerCenterConfig. Services for the CustomerCenterConfig Carrier is
    available from the CustomerService Agent.
    """

    cust_config_id: int | Unset = UNSET
    """Primary key"""
    type: ConfigType | str | Unset = UNSET
    """What kind of data is in this row"""
    config: str | None | Unset = UNSET
    """A JSON-formatted config"""
    cust_lang_id: int | Unset = UNSET
    """The customer language which this config belongs to. 0 indicates that the config is global"""
    registered: datetime.datetime | Unset = UNSET
    """Registered when in UTC."""
    registered_associate_id: int | Unset = UNSET
    """Registered by whom"""
    updated: datetime.datetime | Unset = UNSET
    """Last updated when in UTC."""
    updated_associate_id: int | Unset = UNSET
    """Last updated by whom"""

    def to_xml(self) -> Element:
        return encode_xml_customer_center_config(None, _CUSTOMER_CENTER_CONFIG, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CustomerCenterConfig:
        return record_from_xml(decode_xml_customer_center_config, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_customer_center_config(self)

    @classmethod
    def from_json(cls, data: Any) -> CustomerCenterConfig:
        return record_from_json(decode_json_customer_center_config, data)


_CUSTOMER_CENTER_CONFIG_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "CustConfigId",
        "Type",
        "Config",
        "CustLangId",
        "Registered",
        "RegisteredAssociateId",
        "Updated",
        "UpdatedAssociateId",
    )
)


def decode_xml_customer_center_config(element: Element) -> CustomerCenterConfig:
    value = CustomerCenterConfig()
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
        elif tag == _CUST_CONFIG_ID:
            value.cust_config_id = read_int(child)
        elif tag == _TYPE:
            value.type = decode_xml_config_type(child)
        elif tag == _CONFIG:
            value.config = child.text or empty_or_nil(child)
        elif tag == _CUST_LANG_ID:
            value.cust_lang_id = read_int(child)
        elif tag == _REGISTERED:
            value.registered = read_datetime(child)
        elif tag == _REGISTERED_ASSOCIATE_ID:
            value.registered_associate_id = read_int(child)
        elif tag == _UPDATED:
            value.updated = read_datetime(child)
        elif tag == _UPDATED_ASSOCIATE_ID:
            value.updated_associate_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_customer_center_config(
    parent: Element | None, tag: str, value: CustomerCenterConfig
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _CUST_CONFIG_ID, value.cust_config_id, write_int)
    put(element, _TYPE, value.type, encode_xml_config_type)
    put(element, _CONFIG, value.config, write_str)
    put(element, _CUST_LANG_ID, value.cust_lang_id, write_int)
    put(element, _REGISTERED, value.registered, write_datetime)
    put(element, _REGISTERED_ASSOCIATE_ID, value.registered_associate_id, write_int)
    put(element, _UPDATED, value.updated, write_datetime)
    put(element, _UPDATED_ASSOCIATE_ID, value.updated_associate_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_customer_center_config(data: Any, path: str) -> CustomerCenterConfig:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CustomerCenterConfig)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.cust_config_id = take_int(data, "CustConfigId", path)
    value.type = take(data, "Type", path, decode_json_config_type)
    value.config = take_str_nillable(data, "Config", path)
    value.cust_lang_id = take_int(data, "CustLangId", path)
    value.registered = take(data, "Registered", path, json_datetime)
    value.registered_associate_id = take_int(data, "RegisteredAssociateId", path)
    value.updated = take(data, "Updated", path, json_datetime)
    value.updated_associate_id = take_int(data, "UpdatedAssociateId", path)
    value.extra = (
        None
        if _CUSTOMER_CENTER_CONFIG_KEYS.issuperset(data)
        else json_extra(data, _CUSTOMER_CENTER_CONFIG_KEYS)
    )
    return value


def encode_json_customer_center_config(value: CustomerCenterConfig) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "CustConfigId", value.cust_config_id, json_write_int)
    put_json(result, "Type", value.type, encode_json_config_type)
    put_json(result, "Config", value.config, json_write_str)
    put_json(result, "CustLangId", value.cust_lang_id, json_write_int)
    put_json(result, "Registered", value.registered, json_write_datetime)
    put_json(result, "RegisteredAssociateId", value.registered_associate_id, json_write_int)
    put_json(result, "Updated", value.updated, json_write_datetime)
    put_json(result, "UpdatedAssociateId", value.updated_associate_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CUSTOMER_CENTER_CONFIG_CODEC = Codec(
    decode_xml_customer_center_config,
    encode_xml_customer_center_config,
    decode_json_customer_center_config,
    encode_json_customer_center_config,
)


def decode_xml_list_of_customer_center_config(
    element: Element,
) -> list[CustomerCenterConfig | None]:
    """``ArrayOfCustomerCenterConfig``: a list of ``CustomerCenterConfig`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_customer_center_config(child))
        for child in element
        if child.tag == _CUSTOMER_CENTER_CONFIG
    ]


def encode_xml_list_of_customer_center_config(
    parent: Element | None, tag: str, value: list[CustomerCenterConfig | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CUSTOMER_CENTER_CONFIG, item, encode_xml_customer_center_config)
    return element


def decode_json_list_of_customer_center_config(
    data: Any, path: str
) -> list[CustomerCenterConfig | None]:
    return json_items_nillable(data, path, decode_json_customer_center_config)


def encode_json_list_of_customer_center_config(
    value: list[CustomerCenterConfig | None],
) -> list[Any]:
    return [(None if item is None else encode_json_customer_center_config(item)) for item in value]


LIST_OF_CUSTOMER_CENTER_CONFIG_CODEC = Codec(
    decode_xml_list_of_customer_center_config,
    encode_xml_list_of_customer_center_config,
    decode_json_list_of_customer_center_config,
    encode_json_list_of_customer_center_config,
)
