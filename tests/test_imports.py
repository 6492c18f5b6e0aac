"""A generated module's imports: what its templates declare with ``use``, resolved to modules,
in isort's order; a name the module defines is not imported; an unknown name is an error."""

from __future__ import annotations

import pytest

from codegen.render.imports import Imports, natural, version_symbols
from codegen.render.render import environment

SYMBOLS = {
    **version_symbols(),
    "TableRight": ".types.table_right",
    "TABLE_RIGHT_CODEC": ".types.table_right",
    "decode_xml_table_right": ".types.table_right",
    "Gadget": ".types.gadget",
}


def test_block_is_in_isort_order_and_relative_to_the_module() -> None:
    imports = Imports(".types.gadget", SYMBOLS)
    imports.use("json_object", ["UNSET", "Unset"], ("TableRight", "decode_xml_table_right"))
    imports.use("enum", "Any", "TABLE_RIGHT_CODEC", "etree", "dataclasses", "Gadget")
    assert imports.block(depth=2) == (
        "from __future__ import annotations\n\n"
        "import dataclasses\n"
        "import enum\n"
        "from typing import Any\n\n"
        "from lxml import etree\n\n"
        "from ...runtime import UNSET, Unset, json_object\n"
        "from .table_right import TABLE_RIGHT_CODEC, TableRight, decode_xml_table_right"
    )


def test_agent_modules_import_types_through_the_types_package() -> None:
    imports = Imports(".erpsync", SYMBOLS)
    imports.use("HEADERS", "SoapCaller", "Operation", "TableRight", "TYPE_CHECKING", "Any")
    assert imports.block(depth=1) == (
        "from __future__ import annotations\n\n"
        "from typing import TYPE_CHECKING, Any\n\n"
        "from ..runtime import Operation\n"
        "from ..transport import SoapCaller\n"
        "from .headers import HEADERS\n"
        "from .types.table_right import TableRight"
    )


def test_a_name_nobody_defines_is_an_error_naming_it() -> None:
    imports = Imports(".erpsync", SYMBOLS)
    with pytest.raises(KeyError, match="'read_nothing'"):
        imports.use("read_nothing")


def test_templates_declare_what_they_print() -> None:
    """A macro's ``use`` runs as it prints: one branch's names, not the other's."""
    template = environment().from_string(
        '{% macro read(v) %}{% if v %}{% do use("read_int") %}read_int(x)'
        '{% else %}{% do use("empty_or_nil") %}empty_or_nil(x){% endif %}{% endmacro %}'
        "{{ read(flag) }}"
    )
    imports = Imports(".types.gadget", SYMBOLS)
    assert template.render(use=imports.use, flag=True) == "read_int(x)"
    assert imports.names == {"read_int": "..runtime"}


def test_natural_order_compares_numbers_as_numbers() -> None:
    assert sorted(["item10", "item2", "Item1"], key=lambda n: natural(n.lower())) == [
        "Item1",
        "item2",
        "item10",
    ]
