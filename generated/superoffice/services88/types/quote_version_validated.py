"""Services88 types: QuoteVersionValidated.

Used by the Quote agent.
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
    json_write_bool,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_str,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .quote import Quote, decode_json_quote, decode_xml_quote, encode_json_quote, encode_xml_quote
from .quote_alternative_recalculated import (
    QuoteAlternativeRecalculated,
    decode_json_list_of_quote_alternative_recalculated,
    decode_xml_list_of_quote_alternative_recalculated,
    encode_json_list_of_quote_alternative_recalculated,
    encode_xml_list_of_quote_alternative_recalculated,
)
from .quote_status import (
    QuoteStatus,
    decode_json_quote_status,
    decode_xml_quote_status,
    encode_json_quote_status,
    encode_xml_quote_status,
)
from .quote_version import (
    QuoteVersion,
    decode_json_quote_version,
    decode_xml_quote_version,
    encode_json_quote_version,
    encode_xml_quote_version,
)
from .sale import Sale, decode_json_sale, decode_xml_sale, encode_json_sale, encode_xml_sale
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_CHANGED_QUOTE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChangedQuote"
_CHANGED_QUOTE_ALTERNATIVES = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChangedQuoteAlternatives"
)
_CHANGED_QUOTE_VERSION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChangedQuoteVersion"
)
_CHANGED_SALE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChangedSale"
_ERROR_CODE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErrorCode"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IS_OK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsOk"
_QUOTE_VERSION_VALIDATED = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteVersionValidated"
)
_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Status"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TECH_EXPLANATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TechExplanation"
_USER_EXPLANATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserExplanation"


@dataclasses.dataclass(kw_only=True, repr=False)
class QuoteVersionValidated(Carrier):
    """The QuoteVersionValidated is returned after a call to ValidateQuoteAlternative. It contains
    flags indicating changes to quote, quoteversion/quotealternative and quotelines.

    Carrier object for QuoteVersionValidated. Services for the QuoteVersionValidated Carrier is
    available from the Quote Agent.
    """

    is_ok: bool | Unset = UNSET
    """Answer to the question / An indication if the operation went well. Equivalent to Status !=
    Error.
    """
    user_explanation: str | None | Unset = UNSET
    """A localized explanation to the answer."""
    tech_explanation: str | None | Unset = UNSET
    """Always in English"""
    error_code: str | None | Unset = UNSET
    """An error code, if available."""
    changed_sale: Sale | None | Unset = UNSET
    """If the sale has been changed, the carrier will be added."""
    changed_quote: Quote | None | Unset = UNSET
    """The validated version is a member of Quote"""
    changed_quote_version: QuoteVersion | None | Unset = UNSET
    """The validated QuoteVersion"""
    changed_quote_alternatives: list[QuoteAlternativeRecalculated | None] | None | Unset = UNSET
    """The changed QuoteAlternatives"""
    status: QuoteStatus | str | Unset = UNSET
    """QuoteStatus = Ok / OkWithInfo / Warn / Error. Error implies IsOk = false."""

    def to_xml(self) -> Element:
        return encode_xml_quote_version_validated(None, _QUOTE_VERSION_VALIDATED, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> QuoteVersionValidated:
        return record_from_xml(decode_xml_quote_version_validated, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_quote_version_validated(self)

    @classmethod
    def from_json(cls, data: Any) -> QuoteVersionValidated:
        return record_from_json(decode_json_quote_version_validated, data)


_QUOTE_VERSION_VALIDATED_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "IsOk",
        "UserExplanation",
        "TechExplanation",
        "ErrorCode",
        "ChangedSale",
        "ChangedQuote",
        "ChangedQuoteVersion",
        "ChangedQuoteAlternatives",
        "Status",
    )
)


def decode_xml_quote_version_validated(element: Element) -> QuoteVersionValidated:
    value = QuoteVersionValidated()
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
        elif tag == _IS_OK:
            value.is_ok = read_bool(child)
        elif tag == _USER_EXPLANATION:
            value.user_explanation = child.text or empty_or_nil(child)
        elif tag == _TECH_EXPLANATION:
            value.tech_explanation = child.text or empty_or_nil(child)
        elif tag == _ERROR_CODE:
            value.error_code = child.text or empty_or_nil(child)
        elif tag == _CHANGED_SALE:
            value.changed_sale = None if child.get(XSI_NIL) in NIL else decode_xml_sale(child)
        elif tag == _CHANGED_QUOTE:
            value.changed_quote = None if child.get(XSI_NIL) in NIL else decode_xml_quote(child)
        elif tag == _CHANGED_QUOTE_VERSION:
            value.changed_quote_version = (
                None if child.get(XSI_NIL) in NIL else decode_xml_quote_version(child)
            )
        elif tag == _CHANGED_QUOTE_ALTERNATIVES:
            value.changed_quote_alternatives = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_quote_alternative_recalculated(child)
            )
        elif tag == _STATUS:
            value.status = decode_xml_quote_status(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_quote_version_validated(
    parent: Element | None, tag: str, value: QuoteVersionValidated
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _IS_OK, value.is_ok, write_bool)
    put(element, _USER_EXPLANATION, value.user_explanation, write_str)
    put(element, _TECH_EXPLANATION, value.tech_explanation, write_str)
    put(element, _ERROR_CODE, value.error_code, write_str)
    put(element, _CHANGED_SALE, value.changed_sale, encode_xml_sale)
    put(element, _CHANGED_QUOTE, value.changed_quote, encode_xml_quote)
    put(element, _CHANGED_QUOTE_VERSION, value.changed_quote_version, encode_xml_quote_version)
    put(
        element,
        _CHANGED_QUOTE_ALTERNATIVES,
        value.changed_quote_alternatives,
        encode_xml_list_of_quote_alternative_recalculated,
    )
    put(element, _STATUS, value.status, encode_xml_quote_status)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_quote_version_validated(data: Any, path: str) -> QuoteVersionValidated:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(QuoteVersionValidated)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.is_ok = take_bool(data, "IsOk", path)
    value.user_explanation = take_str_nillable(data, "UserExplanation", path)
    value.tech_explanation = take_str_nillable(data, "TechExplanation", path)
    value.error_code = take_str_nillable(data, "ErrorCode", path)
    value.changed_sale = take_nillable(data, "ChangedSale", path, decode_json_sale)
    value.changed_quote = take_nillable(data, "ChangedQuote", path, decode_json_quote)
    value.changed_quote_version = take_nillable(
        data, "ChangedQuoteVersion", path, decode_json_quote_version
    )
    value.changed_quote_alternatives = take_nillable(
        data, "ChangedQuoteAlternatives", path, decode_json_list_of_quote_alternative_recalculated
    )
    value.status = take(data, "Status", path, decode_json_quote_status)
    value.extra = (
        None
        if _QUOTE_VERSION_VALIDATED_KEYS.issuperset(data)
        else json_extra(data, _QUOTE_VERSION_VALIDATED_KEYS)
    )
    return value


def encode_json_quote_version_validated(value: QuoteVersionValidated) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "IsOk", value.is_ok, json_write_bool)
    put_json(result, "UserExplanation", value.user_explanation, json_write_str)
    put_json(result, "TechExplanation", value.tech_explanation, json_write_str)
    put_json(result, "ErrorCode", value.error_code, json_write_str)
    put_json(result, "ChangedSale", value.changed_sale, encode_json_sale)
    put_json(result, "ChangedQuote", value.changed_quote, encode_json_quote)
    put_json(result, "ChangedQuoteVersion", value.changed_quote_version, encode_json_quote_version)
    put_json(
        result,
        "ChangedQuoteAlternatives",
        value.changed_quote_alternatives,
        encode_json_list_of_quote_alternative_recalculated,
    )
    put_json(result, "Status", value.status, encode_json_quote_status)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


QUOTE_VERSION_VALIDATED_CODEC = Codec(
    decode_xml_quote_version_validated,
    encode_xml_quote_version_validated,
    decode_json_quote_version_validated,
    encode_json_quote_version_validated,
)
