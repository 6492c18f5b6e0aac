"""Services88 types: ArrayOfSaleTypeEntity, SaleTypeEntity.

Used by the List agent.
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
    json_items_nillable,
    json_object,
    json_short,
    json_write_bool,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    read_short,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_int,
    write_short,
    write_str,
)
from .carrier import Carrier
from .duration_unit import (
    DurationUnit,
    decode_json_duration_unit,
    decode_xml_duration_unit,
    encode_json_duration_unit,
    encode_xml_duration_unit,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .list_of_selectable_mdo_list_item import (
    SelectableMDOListItem,
    decode_json_list_of_selectable_mdo_list_item,
    decode_xml_list_of_selectable_mdo_list_item,
    encode_json_list_of_selectable_mdo_list_item,
    encode_xml_list_of_selectable_mdo_list_item,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ALLOW_QUOTE_ALTERNATIVES = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}AllowQuoteAlternatives"
)
_CONFIRMATION_LINES_TEMPLATE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConfirmationLinesTemplate"
)
_DEFAULT_QUOTE_VALIDITY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DefaultQuoteValidity"
)
_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_DURATION_UNIT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DurationUnit"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_GROUP_QUOTE_LINES_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}GroupQuoteLinesBy"
_HAS_GUIDE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HasGuide"
_HAS_STAKEHOLDERS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HasStakeholders"
_IS_AUTO_ADVANCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsAutoAdvance"
_MAX_DISCOUNT_PERCENT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}MaxDiscountPercent"
)
_MAX_DISCOUNT_PERCENT_SET = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}MaxDiscountPercentSet"
)
_MIN_EARNING_PERCENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MinEarningPercent"
_MIN_EARNING_PERCENT_SET = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}MinEarningPercentSet"
)
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_QUOTE_LINES_TEMPLATE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteLinesTemplate"
)
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_SALE_DURATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleDuration"
_SALE_TYPE_CAT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleTypeCatId"
_SALE_TYPE_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleTypeEntity"
_SALE_TYPE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleTypeId"
_SORT_GROUP_LINES_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SortGroupLinesBy"
_STAGES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Stages"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"


@dataclasses.dataclass(kw_only=True, repr=False)
class SaleTypeEntity(Carrier):
    """Carrier object for SaleTypeEntity. Services for the SaleTypeEntity Carrier is available from
    the List Agent.
    """

    sale_type_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """The list item"""
    tooltip: str | None | Unset = UNSET
    """Tooltip or other description"""
    rank: int | Unset = UNSET
    """Rank order"""
    duration_unit: DurationUnit | str | Unset = UNSET
    """Units for the duration (day, week, whatever)"""
    sale_duration: int | Unset = UNSET
    """Expected number of dales from initiation to close of sale"""
    sale_type_cat_id: int | Unset = UNSET
    """Category of sale type, copied to sale"""
    deleted: bool | Unset = UNSET
    """0 -&gt; record is active 1 -&gt; record is 'deleted' and should not be shown in lists"""
    has_guide: bool | Unset = UNSET
    """Does this sale type have a guide attached"""
    has_stakeholders: bool | Unset = UNSET
    """Does this sale type have stakeholders"""
    is_auto_advance: bool | Unset = UNSET
    """Does the sale stage advance automatically, when the last guided activity in a stage is
    completed?
    """
    allow_quote_alternatives: bool | Unset = UNSET
    """Can quotes linked to sales of this type, have multiple Alternatives"""
    default_quote_validity: int | Unset = UNSET
    """Default valid days for quotes linked to sales of this type (valid from quote transmission)"""
    quote_lines_template: int | Unset = UNSET
    """The template that this sale type should use when producing the product lines offer document;
    the template must have DocTmplQuoteType=QuoteLines
    """
    confirmation_lines_template: int | Unset = UNSET
    """The template that this sale type should use when producing the order confirmation lines
    document; the template must have DocTmplQuoteType=ConfirmationLines
    """
    max_discount_percent_set: bool | Unset = UNSET
    """Is there a limit, in percent, to the total discount on quotes linked to sales of this type"""
    min_earning_percent_set: bool | Unset = UNSET
    """Is there a limit, in earning as percent of total, on quotes linked to sales of this type"""
    max_discount_percent: int | Unset = UNSET
    """The maximum discount in percent of total, if set, on quotes linked to sales of this type"""
    min_earning_percent: int | Unset = UNSET
    """The minimum earning in percent of total, if set, on quotes linked to sales of this type"""
    group_quote_lines_by: int | Unset = UNSET
    """Group quote lines by this field"""
    sort_group_lines_by: int | Unset = UNSET
    """Sort group lines by this field"""
    stages: list[SelectableMDOListItem | None] | None | Unset = UNSET
    """Stages, those associated with this SaleType are selected.

    Use MDO List name "salestage" to get list items.
    """

    def to_xml(self) -> Element:
        return encode_xml_sale_type_entity(None, _SALE_TYPE_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SaleTypeEntity:
        return record_from_xml(decode_xml_sale_type_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_sale_type_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> SaleTypeEntity:
        return record_from_json(decode_json_sale_type_entity, data)


_SALE_TYPE_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "SaleTypeId",
        "Name",
        "Tooltip",
        "Rank",
        "DurationUnit",
        "SaleDuration",
        "SaleTypeCatId",
        "Deleted",
        "HasGuide",
        "HasStakeholders",
        "IsAutoAdvance",
        "AllowQuoteAlternatives",
        "DefaultQuoteValidity",
        "QuoteLinesTemplate",
        "ConfirmationLinesTemplate",
        "MaxDiscountPercentSet",
        "MinEarningPercentSet",
        "MaxDiscountPercent",
        "MinEarningPercent",
        "GroupQuoteLinesBy",
        "SortGroupLinesBy",
        "Stages",
    )
)


def decode_xml_sale_type_entity(element: Element) -> SaleTypeEntity:
    value = SaleTypeEntity()
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
        elif tag == _SALE_TYPE_ID:
            value.sale_type_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _DURATION_UNIT:
            value.duration_unit = decode_xml_duration_unit(child)
        elif tag == _SALE_DURATION:
            value.sale_duration = read_int(child)
        elif tag == _SALE_TYPE_CAT_ID:
            value.sale_type_cat_id = read_int(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        elif tag == _HAS_GUIDE:
            value.has_guide = read_bool(child)
        elif tag == _HAS_STAKEHOLDERS:
            value.has_stakeholders = read_bool(child)
        elif tag == _IS_AUTO_ADVANCE:
            value.is_auto_advance = read_bool(child)
        elif tag == _ALLOW_QUOTE_ALTERNATIVES:
            value.allow_quote_alternatives = read_bool(child)
        elif tag == _DEFAULT_QUOTE_VALIDITY:
            value.default_quote_validity = read_int(child)
        elif tag == _QUOTE_LINES_TEMPLATE:
            value.quote_lines_template = read_int(child)
        elif tag == _CONFIRMATION_LINES_TEMPLATE:
            value.confirmation_lines_template = read_int(child)
        elif tag == _MAX_DISCOUNT_PERCENT_SET:
            value.max_discount_percent_set = read_bool(child)
        elif tag == _MIN_EARNING_PERCENT_SET:
            value.min_earning_percent_set = read_bool(child)
        elif tag == _MAX_DISCOUNT_PERCENT:
            value.max_discount_percent = read_int(child)
        elif tag == _MIN_EARNING_PERCENT:
            value.min_earning_percent = read_int(child)
        elif tag == _GROUP_QUOTE_LINES_BY:
            value.group_quote_lines_by = read_int(child)
        elif tag == _SORT_GROUP_LINES_BY:
            value.sort_group_lines_by = read_int(child)
        elif tag == _STAGES:
            value.stages = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_selectable_mdo_list_item(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_sale_type_entity(
    parent: Element | None, tag: str, value: SaleTypeEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _SALE_TYPE_ID, value.sale_type_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _RANK, value.rank, write_short)
    put(element, _DURATION_UNIT, value.duration_unit, encode_xml_duration_unit)
    put(element, _SALE_DURATION, value.sale_duration, write_int)
    put(element, _SALE_TYPE_CAT_ID, value.sale_type_cat_id, write_int)
    put(element, _DELETED, value.deleted, write_bool)
    put(element, _HAS_GUIDE, value.has_guide, write_bool)
    put(element, _HAS_STAKEHOLDERS, value.has_stakeholders, write_bool)
    put(element, _IS_AUTO_ADVANCE, value.is_auto_advance, write_bool)
    put(element, _ALLOW_QUOTE_ALTERNATIVES, value.allow_quote_alternatives, write_bool)
    put(element, _DEFAULT_QUOTE_VALIDITY, value.default_quote_validity, write_int)
    put(element, _QUOTE_LINES_TEMPLATE, value.quote_lines_template, write_int)
    put(element, _CONFIRMATION_LINES_TEMPLATE, value.confirmation_lines_template, write_int)
    put(element, _MAX_DISCOUNT_PERCENT_SET, value.max_discount_percent_set, write_bool)
    put(element, _MIN_EARNING_PERCENT_SET, value.min_earning_percent_set, write_bool)
    put(element, _MAX_DISCOUNT_PERCENT, value.max_discount_percent, write_int)
    put(element, _MIN_EARNING_PERCENT, value.min_earning_percent, write_int)
    put(element, _GROUP_QUOTE_LINES_BY, value.group_quote_lines_by, write_int)
    put(element, _SORT_GROUP_LINES_BY, value.sort_group_lines_by, write_int)
    put(element, _STAGES, value.stages, encode_xml_list_of_selectable_mdo_list_item)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_sale_type_entity(data: Any, path: str) -> SaleTypeEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SaleTypeEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.sale_type_id = take_int(data, "SaleTypeId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.rank = take(data, "Rank", path, json_short)
    value.duration_unit = take(data, "DurationUnit", path, decode_json_duration_unit)
    value.sale_duration = take_int(data, "SaleDuration", path)
    value.sale_type_cat_id = take_int(data, "SaleTypeCatId", path)
    value.deleted = take_bool(data, "Deleted", path)
    value.has_guide = take_bool(data, "HasGuide", path)
    value.has_stakeholders = take_bool(data, "HasStakeholders", path)
    value.is_auto_advance = take_bool(data, "IsAutoAdvance", path)
    value.allow_quote_alternatives = take_bool(data, "AllowQuoteAlternatives", path)
    value.default_quote_validity = take_int(data, "DefaultQuoteValidity", path)
    value.quote_lines_template = take_int(data, "QuoteLinesTemplate", path)
    value.confirmation_lines_template = take_int(data, "ConfirmationLinesTemplate", path)
    value.max_discount_percent_set = take_bool(data, "MaxDiscountPercentSet", path)
    value.min_earning_percent_set = take_bool(data, "MinEarningPercentSet", path)
    value.max_discount_percent = take_int(data, "MaxDiscountPercent", path)
    value.min_earning_percent = take_int(data, "MinEarningPercent", path)
    value.group_quote_lines_by = take_int(data, "GroupQuoteLinesBy", path)
    value.sort_group_lines_by = take_int(data, "SortGroupLinesBy", path)
    value.stages = take_nillable(
        data, "Stages", path, decode_json_list_of_selectable_mdo_list_item
    )
    value.extra = (
        None
        if _SALE_TYPE_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _SALE_TYPE_ENTITY_KEYS)
    )
    return value


def encode_json_sale_type_entity(value: SaleTypeEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "SaleTypeId", value.sale_type_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "DurationUnit", value.duration_unit, encode_json_duration_unit)
    put_json(result, "SaleDuration", value.sale_duration, json_write_int)
    put_json(result, "SaleTypeCatId", value.sale_type_cat_id, json_write_int)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    put_json(result, "HasGuide", value.has_guide, json_write_bool)
    put_json(result, "HasStakeholders", value.has_stakeholders, json_write_bool)
    put_json(result, "IsAutoAdvance", value.is_auto_advance, json_write_bool)
    put_json(result, "AllowQuoteAlternatives", value.allow_quote_alternatives, json_write_bool)
    put_json(result, "DefaultQuoteValidity", value.default_quote_validity, json_write_int)
    put_json(result, "QuoteLinesTemplate", value.quote_lines_template, json_write_int)
    put_json(
        result, "ConfirmationLinesTemplate", value.confirmation_lines_template, json_write_int
    )
    put_json(result, "MaxDiscountPercentSet", value.max_discount_percent_set, json_write_bool)
    put_json(result, "MinEarningPercentSet", value.min_earning_percent_set, json_write_bool)
    put_json(result, "MaxDiscountPercent", value.max_discount_percent, json_write_int)
    put_json(result, "MinEarningPercent", value.min_earning_percent, json_write_int)
    put_json(result, "GroupQuoteLinesBy", value.group_quote_lines_by, json_write_int)
    put_json(result, "SortGroupLinesBy", value.sort_group_lines_by, json_write_int)
    put_json(result, "Stages", value.stages, encode_json_list_of_selectable_mdo_list_item)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SALE_TYPE_ENTITY_CODEC = Codec(
    decode_xml_sale_type_entity,
    encode_xml_sale_type_entity,
    decode_json_sale_type_entity,
    encode_json_sale_type_entity,
)


def decode_xml_list_of_sale_type_entity(element: Element) -> list[SaleTypeEntity | None]:
    """``ArrayOfSaleTypeEntity``: a list of ``SaleTypeEntity`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_sale_type_entity(child))
        for child in element
        if child.tag == _SALE_TYPE_ENTITY
    ]


def encode_xml_list_of_sale_type_entity(
    parent: Element | None, tag: str, value: list[SaleTypeEntity | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _SALE_TYPE_ENTITY, item, encode_xml_sale_type_entity)
    return element


def decode_json_list_of_sale_type_entity(data: Any, path: str) -> list[SaleTypeEntity | None]:
    return json_items_nillable(data, path, decode_json_sale_type_entity)


def encode_json_list_of_sale_type_entity(value: list[SaleTypeEntity | None]) -> list[Any]:
    return [(None if item is None else encode_json_sale_type_entity(item)) for item in value]


LIST_OF_SALE_TYPE_ENTITY_CODEC = Codec(
    decode_xml_list_of_sale_type_entity,
    encode_xml_list_of_sale_type_entity,
    decode_json_list_of_sale_type_entity,
    encode_json_list_of_sale_type_entity,
)
