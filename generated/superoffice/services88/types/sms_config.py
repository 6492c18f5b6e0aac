"""Services88 types: SmsConfig.

Used by the CustomerService agent.
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
from .string_dictionary import (
    decode_json_string_dictionary,
    decode_xml_string_dictionary,
    encode_json_string_dictionary,
    encode_xml_string_dictionary,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_DEFAULT_SMS_COUNTRY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DefaultSmsCountry"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NET_SERVER_SMS_PROVIDER = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}NetServerSmsProvider"
)
_NS_PLUGIN_CONFIG = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NsPluginConfig"
_NS_PLUGIN_SENDER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NsPluginSender"
_SMS_CONFIG = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SmsConfig"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class SmsConfig(Carrier):
    """Sms settings for Customer Service sms providers.

    Carrier object for SmsConfig. Services for the SmsConfig Carrier is available from the
    CustomerService Agent.
    """

    default_sms_country: str | None | Unset = UNSET
    """Phone prefix, will default to the current users HomeCountryId."""
    net_server_sms_provider: str | None | Unset = UNSET
    """Name of the selected provider, i.e. CM, Compaya SMS (cpsms.dk), Intelecom SMS, PSWinCom SMS,
    SMS Teknik or TXTLocal.
    """
    ns_plugin_sender: str | None | Unset = UNSET
    """The sender of the SMS messages. This text will appear on the recipient's mobile phone."""
    ns_plugin_config: dict[str, str | None] | None | Unset = UNSET
    """Configuration settings provided by the SMS provider. Typically contains newline-delimited
    settings such as username and password.
    """

    def to_xml(self) -> Element:
        return encode_xml_sms_config(None, _SMS_CONFIG, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SmsConfig:
        return record_from_xml(decode_xml_sms_config, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_sms_config(self)

    @classmethod
    def from_json(cls, data: Any) -> SmsConfig:
        return record_from_json(decode_json_sms_config, data)


_SMS_CONFIG_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "DefaultSmsCountry",
        "NetServerSmsProvider",
        "NsPluginSender",
        "NsPluginConfig",
    )
)


def decode_xml_sms_config(element: Element) -> SmsConfig:
    value = SmsConfig()
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
        elif tag == _DEFAULT_SMS_COUNTRY:
            value.default_sms_country = child.text or empty_or_nil(child)
        elif tag == _NET_SERVER_SMS_PROVIDER:
            value.net_server_sms_provider = child.text or empty_or_nil(child)
        elif tag == _NS_PLUGIN_SENDER:
            value.ns_plugin_sender = child.text or empty_or_nil(child)
        elif tag == _NS_PLUGIN_CONFIG:
            value.ns_plugin_config = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_sms_config(parent: Element | None, tag: str, value: SmsConfig) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _DEFAULT_SMS_COUNTRY, value.default_sms_country, write_str)
    put(element, _NET_SERVER_SMS_PROVIDER, value.net_server_sms_provider, write_str)
    put(element, _NS_PLUGIN_SENDER, value.ns_plugin_sender, write_str)
    put(element, _NS_PLUGIN_CONFIG, value.ns_plugin_config, encode_xml_string_dictionary)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_sms_config(data: Any, path: str) -> SmsConfig:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SmsConfig)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.default_sms_country = take_str_nillable(data, "DefaultSmsCountry", path)
    value.net_server_sms_provider = take_str_nillable(data, "NetServerSmsProvider", path)
    value.ns_plugin_sender = take_str_nillable(data, "NsPluginSender", path)
    value.ns_plugin_config = take_nillable(
        data, "NsPluginConfig", path, decode_json_string_dictionary
    )
    value.extra = None if _SMS_CONFIG_KEYS.issuperset(data) else json_extra(data, _SMS_CONFIG_KEYS)
    return value


def encode_json_sms_config(value: SmsConfig) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "DefaultSmsCountry", value.default_sms_country, json_write_str)
    put_json(result, "NetServerSmsProvider", value.net_server_sms_provider, json_write_str)
    put_json(result, "NsPluginSender", value.ns_plugin_sender, json_write_str)
    put_json(result, "NsPluginConfig", value.ns_plugin_config, encode_json_string_dictionary)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SMS_CONFIG_CODEC = Codec(
    decode_xml_sms_config, encode_xml_sms_config, decode_json_sms_config, encode_json_sms_config
)
