"""Services88 types: ArrayOfQuoteAlternativeRecalculated, QuoteAlternativeRecalculated.

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
    json_extra,
    json_items_nillable,
    json_object,
    json_write_bool,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_bool,
    take_nillable,
    write_bool,
)
from .carrier import Carrier
from .changed_data import (
    ChangedData,
    decode_json_changed_data,
    decode_xml_changed_data,
    encode_json_changed_data,
    encode_xml_changed_data,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .quote_alternative import (
    QuoteAlternative,
    decode_json_quote_alternative,
    decode_xml_quote_alternative,
    encode_json_quote_alternative,
    encode_xml_quote_alternative,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_CHANGED_QUOTE_ALTERNATIVE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChangedQuoteAlternative"
)
_CHANGES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Changes"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_QUOTE_ALTERNATIVE_RECALCULATED = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteAlternativeRecalculated"
)
_QUOTE_LINES_HAS_CHANGED = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteLinesHasChanged"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class QuoteAlternativeRecalculated(Carrier):
    """The QuoteAlternativeRecalculated is returned after a call to RecalculateQuoteAlternative. It
    contains flags indicating changes to quote alternative and quote lines.

    Carrier object for QuoteAlternativeRecalculated. Services for the
    QuoteAlternativeRecalculated Carrier is available from the Quote Agent.
    """

    quote_lines_has_changed: bool | Unset = UNSET
    """If true any of the quotelines for the alternative has been changed."""
    changed_quote_alternative: QuoteAlternative | None | Unset = UNSET
    """The recalculated QuoteAlternative"""
    changes: ChangedData | None | Unset = UNSET
    """Tablename/recordid of data changed by this method"""

    def to_xml(self) -> Element:
        return encode_xml_quote_alternative_recalculated(
            None, _QUOTE_ALTERNATIVE_RECALCULATED, self
        )

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> QuoteAlternativeRecalculated:
        return record_from_xml(decode_xml_quote_alternative_recalculated, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_quote_alternative_recalculated(self)

    @classmethod
    def from_json(cls, data: Any) -> QuoteAlternativeRecalculated:
        return record_from_json(decode_json_quote_alternative_recalculated, data)


_QUOTE_ALTERNATIVE_RECALCULATED_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "QuoteLinesHasChanged",
        "ChangedQuoteAlternative",
        "Changes",
    )
)


def decode_xml_quote_alternative_recalculated(element: Element) -> QuoteAlternativeRecalculated:
    value = QuoteAlternativeRecalculated()
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
        elif tag == _QUOTE_LINES_HAS_CHANGED:
            value.quote_lines_has_changed = read_bool(child)
        elif tag == _CHANGED_QUOTE_ALTERNATIVE:
            value.changed_quote_alternative = (
                None if child.get(XSI_NIL) in NIL else decode_xml_quote_alternative(child)
            )
        elif tag == _CHANGES:
            value.changes = None if child.get(XSI_NIL) in NIL else decode_xml_changed_data(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_quote_alternative_recalculated(
    parent: Element | None, tag: str, value: QuoteAlternativeRecalculated
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _QUOTE_LINES_HAS_CHANGED, value.quote_lines_has_changed, write_bool)
    put(
        element,
        _CHANGED_QUOTE_ALTERNATIVE,
        value.changed_quote_alternative,
        encode_xml_quote_alternative,
    )
    put(element, _CHANGES, value.changes, encode_xml_changed_data)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_quote_alternative_recalculated(
    data: Any, path: str
) -> QuoteAlternativeRecalculated:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(QuoteAlternativeRecalculated)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.quote_lines_has_changed = take_bool(data, "QuoteLinesHasChanged", path)
    value.changed_quote_alternative = take_nillable(
        data, "ChangedQuoteAlternative", path, decode_json_quote_alternative
    )
    value.changes = take_nillable(data, "Changes", path, decode_json_changed_data)
    value.extra = (
        None
        if _QUOTE_ALTERNATIVE_RECALCULATED_KEYS.issuperset(data)
        else json_extra(data, _QUOTE_ALTERNATIVE_RECALCULATED_KEYS)
    )
    return value


def encode_json_quote_alternative_recalculated(
    value: QuoteAlternativeRecalculated,
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "QuoteLinesHasChanged", value.quote_lines_has_changed, json_write_bool)
    put_json(
        result,
        "ChangedQuoteAlternative",
        value.changed_quote_alternative,
        encode_json_quote_alternative,
    )
    put_json(result, "Changes", value.changes, encode_json_changed_data)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


QUOTE_ALTERNATIVE_RECALCULATED_CODEC = Codec(
    decode_xml_quote_alternative_recalculated,
    encode_xml_quote_alternative_recalculated,
    decode_json_quote_alternative_recalculated,
    encode_json_quote_alternative_recalculated,
)


def decode_xml_list_of_quote_alternative_recalculated(
    element: Element,
) -> list[QuoteAlternativeRecalculated | None]:
    """``ArrayOfQuoteAlternativeRecalculated``: a list of ``QuoteAlternativeRecalculated`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_quote_alternative_recalculated(child))
        for child in element
        if child.tag == _QUOTE_ALTERNATIVE_RECALCULATED
    ]


def encode_xml_list_of_quote_alternative_recalculated(
    parent: Element | None, tag: str, value: list[QuoteAlternativeRecalculated | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(
            element,
            _QUOTE_ALTERNATIVE_RECALCULATED,
            item,
            encode_xml_quote_alternative_recalculated,
        )
    return element


def decode_json_list_of_quote_alternative_recalculated(
    data: Any, path: str
) -> list[QuoteAlternativeRecalculated | None]:
    return json_items_nillable(data, path, decode_json_quote_alternative_recalculated)


def encode_json_list_of_quote_alternative_recalculated(
    value: list[QuoteAlternativeRecalculated | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_quote_alternative_recalculated(item))
        for item in value
    ]


LIST_OF_QUOTE_ALTERNATIVE_RECALCULATED_CODEC = Codec(
    decode_xml_list_of_quote_alternative_recalculated,
    encode_xml_list_of_quote_alternative_recalculated,
    decode_json_list_of_quote_alternative_recalculated,
    encode_json_list_of_quote_alternative_recalculated,
)
