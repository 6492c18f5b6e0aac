"""Services88 types: ArrayOfSale, Sale.

Used by 9 agents.
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
    json_float,
    json_items_nillable,
    json_object,
    json_short,
    json_write_datetime,
    json_write_float,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    read_float,
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
    write_float,
    write_int,
    write_short,
    write_str,
)
from .activity_status import (
    ActivityStatus,
    decode_json_activity_status,
    decode_xml_activity_status,
    encode_json_activity_status,
    encode_xml_activity_status,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .sale_status import (
    SaleStatus,
    decode_json_sale_status,
    decode_xml_sale_status,
    encode_json_sale_status,
    encode_xml_sale_status,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ACTIVE_ERP_LINKS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActiveErpLinks"
_AMOUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Amount"
_ASSOCIATE_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateFullName"
_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_COMPLETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Completed"
_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactId"
_CONTACT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactName"
_CURRENCY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Currency"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_EARNING = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Earning"
_EARNING_PERCENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EarningPercent"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NEXT_DUE_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NextDueDate"
_NUMBER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Number"
_PERSON_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonFullName"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_PROBABILITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Probability"
_PROJECT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectId"
_PROJECT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectName"
_SALE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Sale"
_SALE_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleDate"
_SALE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleId"
_SALE_TYPE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleTypeId"
_SALE_TYPE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleTypeName"
_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Status"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TITLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Title"
_WEIGHTED_AMOUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WeightedAmount"


@dataclasses.dataclass(kw_only=True, repr=False)
class Sale(Carrier):
    """Carrier object for Sale. Services for the Sale Carrier is available from the Sale Agent."""

    contact_name: str | None | Unset = UNSET
    """Contact name"""
    sale_date: datetime.datetime | Unset = UNSET
    """(expected / lost / won) sales date"""
    sale_id: int | Unset = UNSET
    """Primary key"""
    probability: int | Unset = UNSET
    """Actual probability, may differ from the one in the list"""
    title: str | None | Unset = UNSET
    """Sale heading (short description?)"""
    amount: float | Unset = UNSET
    """Total sale amount"""
    currency: str | None | Unset = UNSET
    """Currency the sale was made in."""
    project_name: str | None | Unset = UNSET
    """Project name"""
    associate_full_name: str | None | Unset = UNSET
    """The sale's owner"""
    description: str | None | Unset = UNSET
    """The sales description"""
    status: SaleStatus | str | Unset = UNSET
    """The sale's status, indicating wether the sale is open, sold or lost."""
    weighted_amount: float | Unset = UNSET
    """The weighted amount ( amount * probability / 100)"""
    project_id: int | Unset = UNSET
    """Optional project reference"""
    earning_percent: float | Unset = UNSET
    """Earning as percent of total"""
    earning: float | Unset = UNSET
    """Earning on sale"""
    contact_id: int | Unset = UNSET
    """Optional contact reference"""
    associate_id: int | Unset = UNSET
    """The sale's owner id"""
    person_id: int | Unset = UNSET
    """The sale's contact persons id"""
    sale_type_id: int | Unset = UNSET
    """The sale's type id"""
    sale_type_name: str | None | Unset = UNSET
    """The sale's type name"""
    person_full_name: str | None | Unset = UNSET
    """The name of the person this sale belongs to."""
    completed: ActivityStatus | str | Unset = UNSET
    """The Sale completed state. The completed state is either Started or Completed. NotStarted is
    treated as Started. The value maps to the Done database field.
    """
    active_erp_links: int | Unset = UNSET
    """The number of active erp links"""
    next_due_date: datetime.datetime | Unset = UNSET
    """Next due date, this is a denormalization of 'closest future activity date, or most recent if
    no future activities'. Maintained by the system, but very convenient for searching.
    """
    number: str | None | Unset = UNSET
    """Alphanumeric user field"""

    def to_xml(self) -> Element:
        return encode_xml_sale(None, _SALE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> Sale:
        return record_from_xml(decode_xml_sale, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_sale(self)

    @classmethod
    def from_json(cls, data: Any) -> Sale:
        return record_from_json(decode_json_sale, data)


_SALE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ContactName",
        "SaleDate",
        "SaleId",
        "Probability",
        "Title",
        "Amount",
        "Currency",
        "ProjectName",
        "AssociateFullName",
        "Description",
        "Status",
        "WeightedAmount",
        "ProjectId",
        "EarningPercent",
        "Earning",
        "ContactId",
        "AssociateId",
        "PersonId",
        "SaleTypeId",
        "SaleTypeName",
        "PersonFullName",
        "Completed",
        "ActiveErpLinks",
        "NextDueDate",
        "Number",
    )
)


def decode_xml_sale(element: Element) -> Sale:
    value = Sale()
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
        elif tag == _CONTACT_NAME:
            value.contact_name = child.text or empty_or_nil(child)
        elif tag == _SALE_DATE:
            value.sale_date = read_datetime(child)
        elif tag == _SALE_ID:
            value.sale_id = read_int(child)
        elif tag == _PROBABILITY:
            value.probability = read_short(child)
        elif tag == _TITLE:
            value.title = child.text or empty_or_nil(child)
        elif tag == _AMOUNT:
            value.amount = read_float(child)
        elif tag == _CURRENCY:
            value.currency = child.text or empty_or_nil(child)
        elif tag == _PROJECT_NAME:
            value.project_name = child.text or empty_or_nil(child)
        elif tag == _ASSOCIATE_FULL_NAME:
            value.associate_full_name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _STATUS:
            value.status = decode_xml_sale_status(child)
        elif tag == _WEIGHTED_AMOUNT:
            value.weighted_amount = read_float(child)
        elif tag == _PROJECT_ID:
            value.project_id = read_int(child)
        elif tag == _EARNING_PERCENT:
            value.earning_percent = read_float(child)
        elif tag == _EARNING:
            value.earning = read_float(child)
        elif tag == _CONTACT_ID:
            value.contact_id = read_int(child)
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _SALE_TYPE_ID:
            value.sale_type_id = read_int(child)
        elif tag == _SALE_TYPE_NAME:
            value.sale_type_name = child.text or empty_or_nil(child)
        elif tag == _PERSON_FULL_NAME:
            value.person_full_name = child.text or empty_or_nil(child)
        elif tag == _COMPLETED:
            value.completed = decode_xml_activity_status(child)
        elif tag == _ACTIVE_ERP_LINKS:
            value.active_erp_links = read_int(child)
        elif tag == _NEXT_DUE_DATE:
            value.next_due_date = read_datetime(child)
        elif tag == _NUMBER:
            value.number = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_sale(parent: Element | None, tag: str, value: Sale) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _CONTACT_NAME, value.contact_name, write_str)
    put(element, _SALE_DATE, value.sale_date, write_datetime)
    put(element, _SALE_ID, value.sale_id, write_int)
    put(element, _PROBABILITY, value.probability, write_short)
    put(element, _TITLE, value.title, write_str)
    put(element, _AMOUNT, value.amount, write_float)
    put(element, _CURRENCY, value.currency, write_str)
    put(element, _PROJECT_NAME, value.project_name, write_str)
    put(element, _ASSOCIATE_FULL_NAME, value.associate_full_name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _STATUS, value.status, encode_xml_sale_status)
    put(element, _WEIGHTED_AMOUNT, value.weighted_amount, write_float)
    put(element, _PROJECT_ID, value.project_id, write_int)
    put(element, _EARNING_PERCENT, value.earning_percent, write_float)
    put(element, _EARNING, value.earning, write_float)
    put(element, _CONTACT_ID, value.contact_id, write_int)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _SALE_TYPE_ID, value.sale_type_id, write_int)
    put(element, _SALE_TYPE_NAME, value.sale_type_name, write_str)
    put(element, _PERSON_FULL_NAME, value.person_full_name, write_str)
    put(element, _COMPLETED, value.completed, encode_xml_activity_status)
    put(element, _ACTIVE_ERP_LINKS, value.active_erp_links, write_int)
    put(element, _NEXT_DUE_DATE, value.next_due_date, write_datetime)
    put(element, _NUMBER, value.number, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_sale(data: Any, path: str) -> Sale:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(Sale)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.contact_name = take_str_nillable(data, "ContactName", path)
    value.sale_date = take(data, "SaleDate", path, json_datetime)
    value.sale_id = take_int(data, "SaleId", path)
    value.probability = take(data, "Probability", path, json_short)
    value.title = take_str_nillable(data, "Title", path)
    value.amount = take(data, "Amount", path, json_float)
    value.currency = take_str_nillable(data, "Currency", path)
    value.project_name = take_str_nillable(data, "ProjectName", path)
    value.associate_full_name = take_str_nillable(data, "AssociateFullName", path)
    value.description = take_str_nillable(data, "Description", path)
    value.status = take(data, "Status", path, decode_json_sale_status)
    value.weighted_amount = take(data, "WeightedAmount", path, json_float)
    value.project_id = take_int(data, "ProjectId", path)
    value.earning_percent = take(data, "EarningPercent", path, json_float)
    value.earning = take(data, "Earning", path, json_float)
    value.contact_id = take_int(data, "ContactId", path)
    value.associate_id = take_int(data, "AssociateId", path)
    value.person_id = take_int(data, "PersonId", path)
    value.sale_type_id = take_int(data, "SaleTypeId", path)
    value.sale_type_name = take_str_nillable(data, "SaleTypeName", path)
    value.person_full_name = take_str_nillable(data, "PersonFullName", path)
    value.completed = take(data, "Completed", path, decode_json_activity_status)
    value.active_erp_links = take_int(data, "ActiveErpLinks", path)
    value.next_due_date = take(data, "NextDueDate", path, json_datetime)
    value.number = take_str_nillable(data, "Number", path)
    value.extra = None if _SALE_KEYS.issuperset(data) else json_extra(data, _SALE_KEYS)
    return value


def encode_json_sale(value: Sale) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ContactName", value.contact_name, json_write_str)
    put_json(result, "SaleDate", value.sale_date, json_write_datetime)
    put_json(result, "SaleId", value.sale_id, json_write_int)
    put_json(result, "Probability", value.probability, json_write_short)
    put_json(result, "Title", value.title, json_write_str)
    put_json(result, "Amount", value.amount, json_write_float)
    put_json(result, "Currency", value.currency, json_write_str)
    put_json(result, "ProjectName", value.project_name, json_write_str)
    put_json(result, "AssociateFullName", value.associate_full_name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "Status", value.status, encode_json_sale_status)
    put_json(result, "WeightedAmount", value.weighted_amount, json_write_float)
    put_json(result, "ProjectId", value.project_id, json_write_int)
    put_json(result, "EarningPercent", value.earning_percent, json_write_float)
    put_json(result, "Earning", value.earning, json_write_float)
    put_json(result, "ContactId", value.contact_id, json_write_int)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "SaleTypeId", value.sale_type_id, json_write_int)
    put_json(result, "SaleTypeName", value.sale_type_name, json_write_str)
    put_json(result, "PersonFullName", value.person_full_name, json_write_str)
    put_json(result, "Completed", value.completed, encode_json_activity_status)
    put_json(result, "ActiveErpLinks", value.active_erp_links, json_write_int)
    put_json(result, "NextDueDate", value.next_due_date, json_write_datetime)
    put_json(result, "Number", value.number, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SALE_CODEC = Codec(decode_xml_sale, encode_xml_sale, decode_json_sale, encode_json_sale)


def decode_xml_list_of_sale(element: Element) -> list[Sale | None]:
    """``ArrayOfSale``: a list of ``Sale`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_sale(child))
        for child in element
        if child.tag == _SALE
    ]


def encode_xml_list_of_sale(parent: Element | None, tag: str, value: list[Sale | None]) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _SALE, item, encode_xml_sale)
    return element


def decode_json_list_of_sale(data: Any, path: str) -> list[Sale | None]:
    return json_items_nillable(data, path, decode_json_sale)


def encode_json_list_of_sale(value: list[Sale | None]) -> list[Any]:
    return [(None if item is None else encode_json_sale(item)) for item in value]


LIST_OF_SALE_CODEC = Codec(
    decode_xml_list_of_sale,
    encode_xml_list_of_sale,
    decode_json_list_of_sale,
    encode_json_list_of_sale,
)
