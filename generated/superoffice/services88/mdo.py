"""Services88 MDO agent (``Remote/Services88/MDO.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, INT, Operation, Param, STR
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_mdo_list_item import LIST_OF_MDO_LIST_ITEM_CODEC, MDO_LIST_ITEM_CODEC
from .types.list_of_selectable_mdo_list_item import LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_LIST = Operation(
    "GetList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/MDO/GetList",
    params=(
        Param("name", "Name", STR, nillable=True),
        Param("force_flat_list", "ForceFlatList", BOOL),
        Param("additional_info", "AdditionalInfo", STR, nillable=True),
        Param("only_history", "OnlyHistory", BOOL),
    ),
    results=(Param("response", "Response", LIST_OF_MDO_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/MDO/GetList",
)
"""Method to get a MDO list."""

GET_LIST_WITH_HISTORY = Operation(
    "GetListWithHistory",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/MDO/GetListWithHistory",
    params=(
        Param("name", "Name", STR, nillable=True),
        Param("force_flat_list", "ForceFlatList", BOOL),
        Param("additional_info", "AdditionalInfo", STR, nillable=True),
        Param("history_items", "HistoryItems", LIST_OF_INT_CODEC, nillable=True),
        Param("only_history", "OnlyHistory", BOOL),
    ),
    results=(Param("response", "Response", LIST_OF_MDO_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/MDO/GetListWithHistory",
)
"""Method to get a MDO list with own history list."""

GET_LIST_WITH_RESTRICTION = Operation(
    "GetListWithRestriction",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/MDO/GetListWithRestriction",
    params=(
        Param("name", "Name", STR, nillable=True),
        Param("additional_info", "AdditionalInfo", STR, nillable=True),
        Param("search_value", "SearchValue", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_MDO_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/MDO/GetListWithRestriction",
)
"""Method to get a MDO list with restrictions."""

GET_SIMPLE_LIST = Operation(
    "GetSimpleList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/MDO/GetSimpleList",
    params=(Param("name", "Name", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_MDO_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/MDO/GetSimpleList",
)
"""Method returns a simple flat MDO List."""

GET_LIST_ITEM = Operation(
    "GetListItem",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/MDO/GetListItem",
    params=(
        Param("list_name", "ListName", STR, nillable=True),
        Param("id", "Id", INT),
    ),
    results=(Param("response", "Response", MDO_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/MDO/GetListItem",
)
"""Returns a single list item"""

GET_LIST_NAMES = Operation(
    "GetListNames",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/MDO/GetListNames",
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/MDO/GetListNames",
)
"""Returns a list of all MDO List names."""

GET_LIST_ID_BY_LIST_NAME = Operation(
    "GetListIdByListName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/MDO/GetListIdByListName",
    params=(Param("name", "Name", STR, nillable=True),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/MDO/GetListIdByListName",
)
"""Retrieve the UdListDefinition id of a list, by its name."""

GET_SELECTABLE_SIMPLE_LIST = Operation(
    "GetSelectableSimpleList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/MDO/GetSelectableSimpleList",
    params=(Param("name", "Name", STR, nillable=True),),
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/MDO/GetSelectableSimpleList",
)
"""Method returns a flat Selectable MDO List."""

GET_SELECTABLE_LIST_WITH_RESTRICTION = Operation(
    "GetSelectableListWithRestriction",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/MDO/GetSelectableListWithRestriction",
    params=(
        Param("name", "Name", STR, nillable=True),
        Param("additional_info", "AdditionalInfo", STR, nillable=True),
        Param("search_value", "SearchValue", STR, nillable=True),
    ),
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/MDO/GetSelectableListWithRestriction",
)
"""Method to get a Selectable MDO list with restrictions."""

GET_SELECTABLE_LIST_WITH_HISTORY = Operation(
    "GetSelectableListWithHistory",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/MDO/GetSelectableListWithHistory",
    params=(
        Param("name", "Name", STR, nillable=True),
        Param("force_flat_list", "ForceFlatList", BOOL),
        Param("additional_info", "AdditionalInfo", STR, nillable=True),
        Param("history_items", "HistoryItems", LIST_OF_INT_CODEC, nillable=True),
        Param("only_history", "OnlyHistory", BOOL),
    ),
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/MDO/GetSelectableListWithHistory",
)
"""Method to get a Selectable MDO list with own history list."""

GET_SELECTABLE_LIST = Operation(
    "GetSelectableList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/MDO/GetSelectableList",
    params=(
        Param("name", "Name", STR, nillable=True),
        Param("force_flat_list", "ForceFlatList", BOOL),
        Param("additional_info", "AdditionalInfo", STR, nillable=True),
        Param("only_history", "OnlyHistory", BOOL),
    ),
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/MDO/GetSelectableList",
)
"""Method to get a Selectable MDO list."""

SET_SELECTED = Operation(
    "SetSelected",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/MDO/SetSelected",
    params=(
        Param("name", "Name", STR, nillable=True),
        Param("additional_info", "AdditionalInfo", STR, nillable=True),
        Param(
            "selectable_mdo_list",
            "SelectableMDOList",
            LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC,
            nillable=True,
        ),
    ),
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/MDO/SetSelected",
)
"""Saves the selected values as selected by their given list representation."""

OPERATIONS: dict[str, Operation] = {
    "GetList": GET_LIST,
    "GetListWithHistory": GET_LIST_WITH_HISTORY,
    "GetListWithRestriction": GET_LIST_WITH_RESTRICTION,
    "GetSimpleList": GET_SIMPLE_LIST,
    "GetListItem": GET_LIST_ITEM,
    "GetListNames": GET_LIST_NAMES,
    "GetListIdByListName": GET_LIST_ID_BY_LIST_NAME,
    "GetSelectableSimpleList": GET_SELECTABLE_SIMPLE_LIST,
    "GetSelectableListWithRestriction": GET_SELECTABLE_LIST_WITH_RESTRICTION,
    "GetSelectableListWithHistory": GET_SELECTABLE_LIST_WITH_HISTORY,
    "GetSelectableList": GET_SELECTABLE_LIST,
    "SetSelected": SET_SELECTED,
}
