"""Services88 MDO agent (``Remote/Services88/MDO.svc``).

``MDOAgent`` and ``AsyncMDOAgent`` call it over SOAP, ``MDORestAgent`` and
``AsyncMDORestAgent`` over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import BOOL, INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_mdo_list_item import (
    LIST_OF_MDO_LIST_ITEM_CODEC,
    MDO_LIST_ITEM_CODEC,
    MDOListItem,
)
from .types.list_of_selectable_mdo_list_item import (
    LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC,
    SelectableMDOListItem,
)
from .types.list_of_str import LIST_OF_STR_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_LIST: Operation[list[MDOListItem | None] | None] = Operation(
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

GET_LIST_WITH_HISTORY: Operation[list[MDOListItem | None] | None] = Operation(
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

GET_LIST_WITH_RESTRICTION: Operation[list[MDOListItem | None] | None] = Operation(
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

GET_SIMPLE_LIST: Operation[list[MDOListItem | None] | None] = Operation(
    "GetSimpleList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/MDO/GetSimpleList",
    params=(Param("name", "Name", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_MDO_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/MDO/GetSimpleList",
)

GET_LIST_ITEM: Operation[MDOListItem | None] = Operation(
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

GET_LIST_NAMES: Operation[list[str | None] | None] = Operation(
    "GetListNames",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/MDO/GetListNames",
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/MDO/GetListNames",
)

GET_LIST_ID_BY_LIST_NAME: Operation[int | None] = Operation(
    "GetListIdByListName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/MDO/GetListIdByListName",
    params=(Param("name", "Name", STR, nillable=True),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/MDO/GetListIdByListName",
)

GET_SELECTABLE_SIMPLE_LIST: Operation[list[SelectableMDOListItem | None] | None] = Operation(
    "GetSelectableSimpleList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/MDO/GetSelectableSimpleList",
    params=(Param("name", "Name", STR, nillable=True),),
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/MDO/GetSelectableSimpleList",
)

GET_SELECTABLE_LIST_WITH_RESTRICTION: Operation[list[SelectableMDOListItem | None] | None] = (
    Operation(
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
)

GET_SELECTABLE_LIST_WITH_HISTORY: Operation[list[SelectableMDOListItem | None] | None] = Operation(
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

GET_SELECTABLE_LIST: Operation[list[SelectableMDOListItem | None] | None] = Operation(
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

SET_SELECTED: Operation[list[SelectableMDOListItem | None] | None] = Operation(
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

OPERATIONS: dict[str, Operation[Any]] = {
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


class MDOMethods(SyncCalls):
    """The MDO operations, called synchronously (SOAP or REST)."""

    def get_list(
        self,
        *,
        name: str | None | Unset = UNSET,
        force_flat_list: bool | Unset = UNSET,
        additional_info: str | None | Unset = UNSET,
        only_history: bool | Unset = UNSET,
    ) -> list[MDOListItem | None] | None:
        """Method to get a MDO list.

        Returns:
            The result.
        """
        return self._call(GET_LIST, (name, force_flat_list, additional_info, only_history))

    def get_list_with_history(
        self,
        *,
        name: str | None | Unset = UNSET,
        force_flat_list: bool | Unset = UNSET,
        additional_info: str | None | Unset = UNSET,
        history_items: list[int] | None | Unset = UNSET,
        only_history: bool | Unset = UNSET,
    ) -> list[MDOListItem | None] | None:
        """Method to get a MDO list with own history list.

        Returns:
            The result.
        """
        return self._call(
            GET_LIST_WITH_HISTORY,
            (name, force_flat_list, additional_info, history_items, only_history),
        )

    def get_list_with_restriction(
        self,
        *,
        name: str | None | Unset = UNSET,
        additional_info: str | None | Unset = UNSET,
        search_value: str | None | Unset = UNSET,
    ) -> list[MDOListItem | None] | None:
        """Method to get a MDO list with restrictions.

        Returns:
            The result.
        """
        return self._call(GET_LIST_WITH_RESTRICTION, (name, additional_info, search_value))

    def get_simple_list(
        self, *, name: str | None | Unset = UNSET
    ) -> list[MDOListItem | None] | None:
        """Method returns a simple flat MDO List.

        Returns:
            The result.
        """
        return self._call(GET_SIMPLE_LIST, (name,))

    def get_list_item(
        self, *, list_name: str | None | Unset = UNSET, id: int | Unset = UNSET
    ) -> MDOListItem | None:
        """Returns a single list item

        Returns:
            The result.
        """
        return self._call(GET_LIST_ITEM, (list_name, id))

    def get_list_names(self) -> list[str | None] | None:
        """Returns a list of all MDO List names.

        Returns:
            The result.
        """
        return self._call(GET_LIST_NAMES, ())

    def get_list_id_by_list_name(self, *, name: str | None | Unset = UNSET) -> int | None:
        """Retrieve the UdListDefinition id of a list, by its name.

        Returns:
            The result.
        """
        return self._call(GET_LIST_ID_BY_LIST_NAME, (name,))

    def get_selectable_simple_list(
        self, *, name: str | None | Unset = UNSET
    ) -> list[SelectableMDOListItem | None] | None:
        """Method returns a flat Selectable MDO List.

        Returns:
            The result.
        """
        return self._call(GET_SELECTABLE_SIMPLE_LIST, (name,))

    def get_selectable_list_with_restriction(
        self,
        *,
        name: str | None | Unset = UNSET,
        additional_info: str | None | Unset = UNSET,
        search_value: str | None | Unset = UNSET,
    ) -> list[SelectableMDOListItem | None] | None:
        """Method to get a Selectable MDO list with restrictions.

        Returns:
            The result.
        """
        return self._call(
            GET_SELECTABLE_LIST_WITH_RESTRICTION, (name, additional_info, search_value)
        )

    def get_selectable_list_with_history(
        self,
        *,
        name: str | None | Unset = UNSET,
        force_flat_list: bool | Unset = UNSET,
        additional_info: str | None | Unset = UNSET,
        history_items: list[int] | None | Unset = UNSET,
        only_history: bool | Unset = UNSET,
    ) -> list[SelectableMDOListItem | None] | None:
        """Method to get a Selectable MDO list with own history list.

        Returns:
            The result.
        """
        return self._call(
            GET_SELECTABLE_LIST_WITH_HISTORY,
            (name, force_flat_list, additional_info, history_items, only_history),
        )

    def get_selectable_list(
        self,
        *,
        name: str | None | Unset = UNSET,
        force_flat_list: bool | Unset = UNSET,
        additional_info: str | None | Unset = UNSET,
        only_history: bool | Unset = UNSET,
    ) -> list[SelectableMDOListItem | None] | None:
        """Method to get a Selectable MDO list.

        Returns:
            The result.
        """
        return self._call(
            GET_SELECTABLE_LIST, (name, force_flat_list, additional_info, only_history)
        )

    def set_selected(
        self,
        *,
        name: str | None | Unset = UNSET,
        additional_info: str | None | Unset = UNSET,
        selectable_mdo_list: list[SelectableMDOListItem | None] | None | Unset = UNSET,
    ) -> list[SelectableMDOListItem | None] | None:
        """Saves the selected values as selected by their given list representation.

        Returns:
            The result.
        """
        return self._call(SET_SELECTED, (name, additional_info, selectable_mdo_list))


class AsyncMDOMethods(AsyncCalls):
    """The MDO operations, called asynchronously (SOAP or REST)."""

    async def get_list(
        self,
        *,
        name: str | None | Unset = UNSET,
        force_flat_list: bool | Unset = UNSET,
        additional_info: str | None | Unset = UNSET,
        only_history: bool | Unset = UNSET,
    ) -> list[MDOListItem | None] | None:
        """Method to get a MDO list.

        Returns:
            The result.
        """
        return await self._call(GET_LIST, (name, force_flat_list, additional_info, only_history))

    async def get_list_with_history(
        self,
        *,
        name: str | None | Unset = UNSET,
        force_flat_list: bool | Unset = UNSET,
        additional_info: str | None | Unset = UNSET,
        history_items: list[int] | None | Unset = UNSET,
        only_history: bool | Unset = UNSET,
    ) -> list[MDOListItem | None] | None:
        """Method to get a MDO list with own history list.

        Returns:
            The result.
        """
        return await self._call(
            GET_LIST_WITH_HISTORY,
            (name, force_flat_list, additional_info, history_items, only_history),
        )

    async def get_list_with_restriction(
        self,
        *,
        name: str | None | Unset = UNSET,
        additional_info: str | None | Unset = UNSET,
        search_value: str | None | Unset = UNSET,
    ) -> list[MDOListItem | None] | None:
        """Method to get a MDO list with restrictions.

        Returns:
            The result.
        """
        return await self._call(GET_LIST_WITH_RESTRICTION, (name, additional_info, search_value))

    async def get_simple_list(
        self, *, name: str | None | Unset = UNSET
    ) -> list[MDOListItem | None] | None:
        """Method returns a simple flat MDO List.

        Returns:
            The result.
        """
        return await self._call(GET_SIMPLE_LIST, (name,))

    async def get_list_item(
        self, *, list_name: str | None | Unset = UNSET, id: int | Unset = UNSET
    ) -> MDOListItem | None:
        """Returns a single list item

        Returns:
            The result.
        """
        return await self._call(GET_LIST_ITEM, (list_name, id))

    async def get_list_names(self) -> list[str | None] | None:
        """Returns a list of all MDO List names.

        Returns:
            The result.
        """
        return await self._call(GET_LIST_NAMES, ())

    async def get_list_id_by_list_name(self, *, name: str | None | Unset = UNSET) -> int | None:
        """Retrieve the UdListDefinition id of a list, by its name.

        Returns:
            The result.
        """
        return await self._call(GET_LIST_ID_BY_LIST_NAME, (name,))

    async def get_selectable_simple_list(
        self, *, name: str | None | Unset = UNSET
    ) -> list[SelectableMDOListItem | None] | None:
        """Method returns a flat Selectable MDO List.

        Returns:
            The result.
        """
        return await self._call(GET_SELECTABLE_SIMPLE_LIST, (name,))

    async def get_selectable_list_with_restriction(
        self,
        *,
        name: str | None | Unset = UNSET,
        additional_info: str | None | Unset = UNSET,
        search_value: str | None | Unset = UNSET,
    ) -> list[SelectableMDOListItem | None] | None:
        """Method to get a Selectable MDO list with restrictions.

        Returns:
            The result.
        """
        return await self._call(
            GET_SELECTABLE_LIST_WITH_RESTRICTION, (name, additional_info, search_value)
        )

    async def get_selectable_list_with_history(
        self,
        *,
        name: str | None | Unset = UNSET,
        force_flat_list: bool | Unset = UNSET,
        additional_info: str | None | Unset = UNSET,
        history_items: list[int] | None | Unset = UNSET,
        only_history: bool | Unset = UNSET,
    ) -> list[SelectableMDOListItem | None] | None:
        """Method to get a Selectable MDO list with own history list.

        Returns:
            The result.
        """
        return await self._call(
            GET_SELECTABLE_LIST_WITH_HISTORY,
            (name, force_flat_list, additional_info, history_items, only_history),
        )

    async def get_selectable_list(
        self,
        *,
        name: str | None | Unset = UNSET,
        force_flat_list: bool | Unset = UNSET,
        additional_info: str | None | Unset = UNSET,
        only_history: bool | Unset = UNSET,
    ) -> list[SelectableMDOListItem | None] | None:
        """Method to get a Selectable MDO list.

        Returns:
            The result.
        """
        return await self._call(
            GET_SELECTABLE_LIST, (name, force_flat_list, additional_info, only_history)
        )

    async def set_selected(
        self,
        *,
        name: str | None | Unset = UNSET,
        additional_info: str | None | Unset = UNSET,
        selectable_mdo_list: list[SelectableMDOListItem | None] | None | Unset = UNSET,
    ) -> list[SelectableMDOListItem | None] | None:
        """Saves the selected values as selected by their given list representation.

        Returns:
            The result.
        """
        return await self._call(SET_SELECTED, (name, additional_info, selectable_mdo_list))


class MDOAgent(MDOMethods, SoapCaller):
    """MDO over SOAP 1.1 (``Remote/Services88/MDO.svc``), synchronous."""

    _PATH = "Remote/Services88/MDO.svc"
    _HEADERS = HEADERS


class AsyncMDOAgent(AsyncMDOMethods, AsyncSoapCaller):
    """MDO over SOAP 1.1 (``Remote/Services88/MDO.svc``), asynchronous."""

    _PATH = "Remote/Services88/MDO.svc"
    _HEADERS = HEADERS


class MDORestAgent(MDOMethods, RestCaller):
    """MDO over REST (``/api/v1/Agents/MDO/...``), synchronous."""


class AsyncMDORestAgent(AsyncMDOMethods, AsyncRestCaller):
    """MDO over REST (``/api/v1/Agents/MDO/...``), asynchronous."""
