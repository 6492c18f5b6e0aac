"""The import block of a rendered module: only what the body uses, in isort's order."""

from __future__ import annotations

from codegen.render.imports import import_block, natural, used_names

SYMBOLS = {
    "BOOL": "...runtime",
    "UNSET": "...runtime",
    "Unset": "...runtime",
    "json_object": "...runtime",
    "Codec": "...runtime",
    "TableRight": ".table_right",
    "TABLE_RIGHT_CODEC": ".table_right",
    "decode_xml_table_right": ".table_right",
    "HEADERS": "..headers",
}

BODY = '''
class Kind(enum.Enum):
    BOOL = 3
    TEXT = 4


def read(data: Any, path: str) -> Kind:
    """Says BOOL and json_object in a docstring, which is not a use."""
    value = Kind.BOOL
    right: TableRight | Unset = UNSET
    return decode_xml_table_right(json_object(data, path), codec=TABLE_RIGHT_CODEC)
'''


def test_attributes_class_attributes_and_strings_are_not_uses() -> None:
    used = used_names(BODY)
    assert "BOOL" not in used  # Kind.BOOL and the member BOOL = 3, not runtime's BOOL
    assert "codec" not in used  # a keyword argument
    assert {"TableRight", "Unset", "UNSET", "json_object", "TABLE_RIGHT_CODEC"} <= used


def test_block_is_in_isort_order() -> None:
    block = import_block(BODY, SYMBOLS)
    assert block == (
        "from __future__ import annotations\n\n"
        "import enum\n"
        "from typing import Any\n\n"
        "from ...runtime import UNSET, Unset, json_object\n"
        "from .table_right import TABLE_RIGHT_CODEC, TableRight, decode_xml_table_right"
    )


def test_natural_order_compares_numbers_as_numbers() -> None:
    assert sorted(["item10", "item2", "Item1"], key=lambda n: natural(n.lower())) == [
        "Item1",
        "item2",
        "item10",
    ]
