"""Services88 Dash agent (``Remote/Services88/Dash.svc``).

``DashAgent`` and ``AsyncDashAgent`` call it over SOAP, ``DashRestAgent`` and
``AsyncDashRestAgent`` over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.dash import DASH_CODEC, LIST_OF_DASH_CODEC, Dash
from .types.dash_collection import DASH_COLLECTION_CODEC, DashCollection
from .types.dash_theme import DASH_THEME_CODEC, DashTheme
from .types.dash_tile import DASH_TILE_CODEC, LIST_OF_DASH_TILE_CODEC, DashTile
from .types.dash_tile_definition import DASH_TILE_DEFINITION_CODEC, DashTileDefinition
from .types.dash_tile_html import DASH_TILE_HTML_CODEC, LIST_OF_DASH_TILE_HTML_CODEC, DashTileHtml
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.preview_dash import PREVIEW_DASH_CODEC, PreviewDash
from .types.preview_dash_tile import PREVIEW_DASH_TILE_CODEC, PreviewDashTile
from .types.quick_filter_info import LIST_OF_QUICK_FILTER_INFO_CODEC, QuickFilterInfo

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_DASH: Operation[Dash | None] = Operation(
    "CreateDefaultDash",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/CreateDefaultDash",
    results=(Param("response", "Response", DASH_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/CreateDefaultDash",
    rest_select=False,
)

SAVE_DASH: Operation[Dash | None] = Operation(
    "SaveDash",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/SaveDash",
    params=(Param("dash", "Dash", DASH_CODEC, nillable=True),),
    results=(Param("response", "Response", DASH_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/SaveDash",
    rest_body="dash",
    rest_select=False,
)

DELETE_DASH: Operation[None] = Operation(
    "DeleteDash",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/DeleteDash",
    params=(Param("dash_id", "DashId", INT, query="dashId"),),
    rest_path="/api/v1/Agents/Dash/DeleteDash",
    rest_select=False,
)

CREATE_DEFAULT_DASH_COLLECTION: Operation[DashCollection | None] = Operation(
    "CreateDefaultDashCollection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/CreateDefaultDashCollection",
    results=(Param("response", "Response", DASH_COLLECTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/CreateDefaultDashCollection",
    rest_select=False,
)

CREATE_DEFAULT_DASH_THEME: Operation[DashTheme | None] = Operation(
    "CreateDefaultDashTheme",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/CreateDefaultDashTheme",
    results=(Param("response", "Response", DASH_THEME_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/CreateDefaultDashTheme",
    rest_select=False,
)

SAVE_DASH_THEME: Operation[DashTheme | None] = Operation(
    "SaveDashTheme",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/SaveDashTheme",
    params=(Param("dash_theme", "DashTheme", DASH_THEME_CODEC, nillable=True),),
    results=(Param("response", "Response", DASH_THEME_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/SaveDashTheme",
    rest_body="dash_theme",
    rest_select=False,
)

DELETE_DASH_THEME: Operation[None] = Operation(
    "DeleteDashTheme",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/DeleteDashTheme",
    params=(Param("dash_theme_id", "DashThemeId", INT, query="dashThemeId"),),
    rest_path="/api/v1/Agents/Dash/DeleteDashTheme",
    rest_select=False,
)

CREATE_DEFAULT_DASH_TILE: Operation[DashTile | None] = Operation(
    "CreateDefaultDashTile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/CreateDefaultDashTile",
    results=(Param("response", "Response", DASH_TILE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/CreateDefaultDashTile",
    rest_select=False,
)

SAVE_DASH_TILE: Operation[DashTile | None] = Operation(
    "SaveDashTile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/SaveDashTile",
    params=(Param("dash_tile", "DashTile", DASH_TILE_CODEC, nillable=True),),
    results=(Param("response", "Response", DASH_TILE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/SaveDashTile",
    rest_body="dash_tile",
    rest_select=False,
)

DELETE_DASH_TILE: Operation[None] = Operation(
    "DeleteDashTile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/DeleteDashTile",
    params=(Param("dash_tile_id", "DashTileId", INT, query="dashTileId"),),
    rest_path="/api/v1/Agents/Dash/DeleteDashTile",
    rest_select=False,
)

CREATE_DEFAULT_DASH_TILE_DEFINITION: Operation[DashTileDefinition | None] = Operation(
    "CreateDefaultDashTileDefinition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/CreateDefaultDashTileDefinition",
    results=(Param("response", "Response", DASH_TILE_DEFINITION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/CreateDefaultDashTileDefinition",
    rest_select=False,
)

SAVE_DASH_TILE_DEFINITION: Operation[DashTileDefinition | None] = Operation(
    "SaveDashTileDefinition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/SaveDashTileDefinition",
    params=(
        Param(
            "dash_tile_definition", "DashTileDefinition", DASH_TILE_DEFINITION_CODEC, nillable=True
        ),
    ),
    results=(Param("response", "Response", DASH_TILE_DEFINITION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/SaveDashTileDefinition",
    rest_body="dash_tile_definition",
    rest_select=False,
)

DELETE_DASH_TILE_DEFINITION: Operation[None] = Operation(
    "DeleteDashTileDefinition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/DeleteDashTileDefinition",
    params=(
        Param(
            "dash_tile_definition_id", "DashTileDefinitionId", INT, query="dashTileDefinitionId"
        ),
    ),
    rest_path="/api/v1/Agents/Dash/DeleteDashTileDefinition",
    rest_select=False,
)

CREATE_DEFAULT_PREVIEW_DASH: Operation[PreviewDash | None] = Operation(
    "CreateDefaultPreviewDash",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/CreateDefaultPreviewDash",
    results=(Param("response", "Response", PREVIEW_DASH_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/CreateDefaultPreviewDash",
    rest_select=False,
)

CREATE_DEFAULT_PREVIEW_DASH_TILE: Operation[PreviewDashTile | None] = Operation(
    "CreateDefaultPreviewDashTile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/CreateDefaultPreviewDashTile",
    results=(Param("response", "Response", PREVIEW_DASH_TILE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/CreateDefaultPreviewDashTile",
    rest_select=False,
)

GET_DASH: Operation[Dash | None] = Operation(
    "GetDash",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetDash",
    params=(Param("dash_id", "DashId", INT, query="dashId"),),
    results=(Param("response", "Response", DASH_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/GetDash",
)

ADD_TILE_TO_DASHBOARD: Operation[DashTile | None] = Operation(
    "AddTileToDashboard",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/AddTileToDashboard",
    params=(
        Param("dashboard_id", "DashboardId", INT),
        Param("dash_tile_definition_id", "DashTileDefinitionId", INT),
    ),
    results=(Param("response", "Response", DASH_TILE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/AddTileToDashboard",
)

ADD_NEW_TILE_TO_DASHBOARD: Operation[DashTile | None] = Operation(
    "AddNewTileToDashboard",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/AddNewTileToDashboard",
    params=(
        Param("dashboard_id", "DashboardId", INT),
        Param(
            "dash_tile_definition", "DashTileDefinition", DASH_TILE_DEFINITION_CODEC, nillable=True
        ),
    ),
    results=(Param("response", "Response", DASH_TILE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/AddNewTileToDashboard",
)

DUPLICATE_DASHBOARD: Operation[Dash | None] = Operation(
    "DuplicateDashboard",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/DuplicateDashboard",
    params=(
        Param("dashboard_id", "DashboardId", INT),
        Param("name", "Name", STR, nillable=True),
    ),
    results=(Param("response", "Response", DASH_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/DuplicateDashboard",
)

GET_DASH_LIST: Operation[list[Dash | None] | None] = Operation(
    "GetDashList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetDashList",
    params=(Param("dashboards", "Dashboards", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_DASH_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/GetDashList",
)

GET_DASH_QUICK_FILTERS: Operation[list[QuickFilterInfo | None] | None] = Operation(
    "GetDashQuickFilters",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetDashQuickFilters",
    params=(Param("dashboard_id", "DashboardId", INT),),
    results=(Param("response", "Response", LIST_OF_QUICK_FILTER_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/GetDashQuickFilters",
)

SAVE_DASH_QUICK_FILTERS: Operation[list[QuickFilterInfo | None] | None] = Operation(
    "SaveDashQuickFilters",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/SaveDashQuickFilters",
    params=(
        Param("dashboard_id", "DashboardId", INT),
        Param("quick_filters", "QuickFilters", LIST_OF_QUICK_FILTER_INFO_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_QUICK_FILTER_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/SaveDashQuickFilters",
)

GET_POSSIBLE_DASH_QUICK_FILTERS: Operation[list[QuickFilterInfo | None] | None] = Operation(
    "GetPossibleDashQuickFilters",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetPossibleDashQuickFilters",
    params=(Param("dashboard_id", "DashboardId", INT),),
    results=(Param("response", "Response", LIST_OF_QUICK_FILTER_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/GetPossibleDashQuickFilters",
)

GET_DASH_COLLECTION: Operation[DashCollection | None] = Operation(
    "GetDashCollection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetDashCollection",
    results=(Param("response", "Response", DASH_COLLECTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/GetDashCollection",
)

GET_DASH_THEME: Operation[DashTheme | None] = Operation(
    "GetDashTheme",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetDashTheme",
    params=(Param("dash_theme_id", "DashThemeId", INT, query="dashThemeId"),),
    results=(Param("response", "Response", DASH_THEME_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/GetDashTheme",
)

GET_DASH_TILE: Operation[DashTile | None] = Operation(
    "GetDashTile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetDashTile",
    params=(Param("dash_tile_id", "DashTileId", INT, query="dashTileId"),),
    results=(Param("response", "Response", DASH_TILE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/GetDashTile",
)

GET_DASH_TILES: Operation[list[DashTile | None] | None] = Operation(
    "GetDashTiles",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetDashTiles",
    params=(Param("dashboard_id", "DashboardId", INT),),
    results=(Param("response", "Response", LIST_OF_DASH_TILE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/GetDashTiles",
)

SAVE_DASH_TILES: Operation[None] = Operation(
    "SaveDashTiles",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/SaveDashTiles",
    params=(
        Param("dashboard_id", "DashboardId", INT),
        Param("dash_tiles", "DashTiles", LIST_OF_DASH_TILE_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Dash/SaveDashTiles",
)

CREATE_DASH_TILE_SELECTION_FROM_ENTITY: Operation[int | None] = Operation(
    "CreateDashTileSelectionFromEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/CreateDashTileSelectionFromEntity",
    params=(Param("entity_name", "EntityName", STR, nillable=True),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Dash/CreateDashTileSelectionFromEntity",
)

COPY_TILE_SELECTION: Operation[int | None] = Operation(
    "CopyTileSelection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/CopyTileSelection",
    params=(Param("selection_id", "SelectionId", INT),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Dash/CopyTileSelection",
)

GET_TEMP_TILE_SELECTION: Operation[int | None] = Operation(
    "GetTempTileSelection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetTempTileSelection",
    params=(Param("selection_id", "SelectionId", INT),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Dash/GetTempTileSelection",
)

GET_SECONDARY_TEMP_TILE_SELECTION: Operation[int | None] = Operation(
    "GetSecondaryTempTileSelection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetSecondaryTempTileSelection",
    params=(Param("selection_id", "SelectionId", INT),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Dash/GetSecondaryTempTileSelection",
)

CREATE_DEFAULT_TILE_FOR_ENTITY: Operation[DashTile | None] = Operation(
    "CreateDefaultTileForEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/CreateDefaultTileForEntity",
    params=(Param("entity_name", "EntityName", STR, nillable=True),),
    results=(Param("response", "Response", DASH_TILE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/CreateDefaultTileForEntity",
)

DUPLICATE_TILE: Operation[DashTile | None] = Operation(
    "DuplicateTile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/DuplicateTile",
    params=(
        Param("dash_tile_id", "DashTileId", INT),
        Param("name", "Name", STR, nillable=True),
    ),
    results=(Param("response", "Response", DASH_TILE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/DuplicateTile",
)

GET_DASH_TILE_DEFINITION: Operation[DashTileDefinition | None] = Operation(
    "GetDashTileDefinition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetDashTileDefinition",
    params=(
        Param(
            "dash_tile_definition_id", "DashTileDefinitionId", INT, query="dashTileDefinitionId"
        ),
    ),
    results=(Param("response", "Response", DASH_TILE_DEFINITION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/GetDashTileDefinition",
)

CREATE_DEFAULT_TILE_DEFINITION_FOR_ENTITY: Operation[DashTileDefinition | None] = Operation(
    "CreateDefaultTileDefinitionForEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/CreateDefaultTileDefinitionForEntity",
    params=(Param("entity_name", "EntityName", STR, nillable=True),),
    results=(Param("response", "Response", DASH_TILE_DEFINITION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/CreateDefaultTileDefinitionForEntity",
)

GET_DASH_TILE_HTML: Operation[DashTileHtml | None] = Operation(
    "GetDashTileHtml",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetDashTileHtml",
    params=(
        Param("dashboard_tile_definition_id", "DashboardTileDefinitionId", INT),
        Param("language_code", "LanguageCode", STR, nillable=True),
    ),
    results=(Param("response", "Response", DASH_TILE_HTML_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/GetDashTileHtml",
)

GET_DASH_TILE_HTML_LIST: Operation[list[DashTileHtml | None] | None] = Operation(
    "GetDashTileHtmlList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetDashTileHtmlList",
    params=(Param("dashboard_tile_definition_id", "DashboardTileDefinitionId", INT),),
    results=(Param("response", "Response", LIST_OF_DASH_TILE_HTML_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/GetDashTileHtmlList",
)

SAVE_DASH_TILE_HTML_LIST: Operation[list[DashTileHtml | None] | None] = Operation(
    "SaveDashTileHtmlList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/SaveDashTileHtmlList",
    params=(
        Param("dashboard_tile_definition_id", "DashboardTileDefinitionId", INT),
        Param("languages", "Languages", LIST_OF_DASH_TILE_HTML_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_DASH_TILE_HTML_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/SaveDashTileHtmlList",
)

GET_PREVIEW_DASH: Operation[PreviewDash | None] = Operation(
    "GetPreviewDash",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetPreviewDash",
    params=(Param("dashboard_id", "DashboardId", INT),),
    results=(Param("response", "Response", PREVIEW_DASH_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/GetPreviewDash",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "CreateDefaultDash": CREATE_DEFAULT_DASH,
    "SaveDash": SAVE_DASH,
    "DeleteDash": DELETE_DASH,
    "CreateDefaultDashCollection": CREATE_DEFAULT_DASH_COLLECTION,
    "CreateDefaultDashTheme": CREATE_DEFAULT_DASH_THEME,
    "SaveDashTheme": SAVE_DASH_THEME,
    "DeleteDashTheme": DELETE_DASH_THEME,
    "CreateDefaultDashTile": CREATE_DEFAULT_DASH_TILE,
    "SaveDashTile": SAVE_DASH_TILE,
    "DeleteDashTile": DELETE_DASH_TILE,
    "CreateDefaultDashTileDefinition": CREATE_DEFAULT_DASH_TILE_DEFINITION,
    "SaveDashTileDefinition": SAVE_DASH_TILE_DEFINITION,
    "DeleteDashTileDefinition": DELETE_DASH_TILE_DEFINITION,
    "CreateDefaultPreviewDash": CREATE_DEFAULT_PREVIEW_DASH,
    "CreateDefaultPreviewDashTile": CREATE_DEFAULT_PREVIEW_DASH_TILE,
    "GetDash": GET_DASH,
    "AddTileToDashboard": ADD_TILE_TO_DASHBOARD,
    "AddNewTileToDashboard": ADD_NEW_TILE_TO_DASHBOARD,
    "DuplicateDashboard": DUPLICATE_DASHBOARD,
    "GetDashList": GET_DASH_LIST,
    "GetDashQuickFilters": GET_DASH_QUICK_FILTERS,
    "SaveDashQuickFilters": SAVE_DASH_QUICK_FILTERS,
    "GetPossibleDashQuickFilters": GET_POSSIBLE_DASH_QUICK_FILTERS,
    "GetDashCollection": GET_DASH_COLLECTION,
    "GetDashTheme": GET_DASH_THEME,
    "GetDashTile": GET_DASH_TILE,
    "GetDashTiles": GET_DASH_TILES,
    "SaveDashTiles": SAVE_DASH_TILES,
    "CreateDashTileSelectionFromEntity": CREATE_DASH_TILE_SELECTION_FROM_ENTITY,
    "CopyTileSelection": COPY_TILE_SELECTION,
    "GetTempTileSelection": GET_TEMP_TILE_SELECTION,
    "GetSecondaryTempTileSelection": GET_SECONDARY_TEMP_TILE_SELECTION,
    "CreateDefaultTileForEntity": CREATE_DEFAULT_TILE_FOR_ENTITY,
    "DuplicateTile": DUPLICATE_TILE,
    "GetDashTileDefinition": GET_DASH_TILE_DEFINITION,
    "CreateDefaultTileDefinitionForEntity": CREATE_DEFAULT_TILE_DEFINITION_FOR_ENTITY,
    "GetDashTileHtml": GET_DASH_TILE_HTML,
    "GetDashTileHtmlList": GET_DASH_TILE_HTML_LIST,
    "SaveDashTileHtmlList": SAVE_DASH_TILE_HTML_LIST,
    "GetPreviewDash": GET_PREVIEW_DASH,
}


class DashMethods(SyncCalls):
    """The Dash operations, called synchronously (SOAP or REST)."""

    def create_default_dash(self) -> Dash | None:
        """Loading default values into a new Dash.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_DASH, ())

    def save_dash(self, *, dash: Dash | None | Unset = UNSET) -> Dash | None:
        """Updates the existing Dash or creates a new Dash if the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_DASH, (dash,))

    def delete_dash(self, *, dash_id: int | Unset = UNSET) -> None:
        """Deletes the Dash"""
        return self._call(DELETE_DASH, (dash_id,))

    def create_default_dash_collection(self) -> DashCollection | None:
        """Loading default values into a new DashCollection.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_DASH_COLLECTION, ())

    def create_default_dash_theme(self) -> DashTheme | None:
        """Loading default values into a new DashTheme.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_DASH_THEME, ())

    def save_dash_theme(self, *, dash_theme: DashTheme | None | Unset = UNSET) -> DashTheme | None:
        """Updates the existing DashTheme or creates a new DashTheme if the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_DASH_THEME, (dash_theme,))

    def delete_dash_theme(self, *, dash_theme_id: int | Unset = UNSET) -> None:
        """Deletes the DashTheme"""
        return self._call(DELETE_DASH_THEME, (dash_theme_id,))

    def create_default_dash_tile(self) -> DashTile | None:
        """Loading default values into a new DashTile.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_DASH_TILE, ())

    def save_dash_tile(self, *, dash_tile: DashTile | None | Unset = UNSET) -> DashTile | None:
        """Updates the existing DashTile or creates a new DashTile if the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_DASH_TILE, (dash_tile,))

    def delete_dash_tile(self, *, dash_tile_id: int | Unset = UNSET) -> None:
        """Deletes the DashTile"""
        return self._call(DELETE_DASH_TILE, (dash_tile_id,))

    def create_default_dash_tile_definition(self) -> DashTileDefinition | None:
        """Loading default values into a new DashTileDefinition.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_DASH_TILE_DEFINITION, ())

    def save_dash_tile_definition(
        self, *, dash_tile_definition: DashTileDefinition | None | Unset = UNSET
    ) -> DashTileDefinition | None:
        """Updates the existing DashTileDefinition or creates a new DashTileDefinition if the
        id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_DASH_TILE_DEFINITION, (dash_tile_definition,))

    def delete_dash_tile_definition(self, *, dash_tile_definition_id: int | Unset = UNSET) -> None:
        """Deletes the DashTileDefinition"""
        return self._call(DELETE_DASH_TILE_DEFINITION, (dash_tile_definition_id,))

    def create_default_preview_dash(self) -> PreviewDash | None:
        """Loading default values into a new PreviewDash.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_PREVIEW_DASH, ())

    def create_default_preview_dash_tile(self) -> PreviewDashTile | None:
        """Loading default values into a new PreviewDashTile.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_PREVIEW_DASH_TILE, ())

    def get_dash(self, *, dash_id: int | Unset = UNSET) -> Dash | None:
        """Gets a Dash object.

        Returns:
            The result.
        """
        return self._call(GET_DASH, (dash_id,))

    def add_tile_to_dashboard(
        self, *, dashboard_id: int | Unset = UNSET, dash_tile_definition_id: int | Unset = UNSET
    ) -> DashTile | None:
        """Add a tile to a dashboard with next rank

        Returns:
            The result.
        """
        return self._call(ADD_TILE_TO_DASHBOARD, (dashboard_id, dash_tile_definition_id))

    def add_new_tile_to_dashboard(
        self,
        *,
        dashboard_id: int | Unset = UNSET,
        dash_tile_definition: DashTileDefinition | None | Unset = UNSET,
    ) -> DashTile | None:
        """Add a new tile to a dashboard with next rank

        Returns:
            The result.
        """
        return self._call(ADD_NEW_TILE_TO_DASHBOARD, (dashboard_id, dash_tile_definition))

    def duplicate_dashboard(
        self, *, dashboard_id: int | Unset = UNSET, name: str | None | Unset = UNSET
    ) -> Dash | None:
        """Duplicate for the dashboard and all the sub elements

        Returns:
            The result.
        """
        return self._call(DUPLICATE_DASHBOARD, (dashboard_id, name))

    def get_dash_list(
        self, *, dashboards: list[int] | None | Unset = UNSET
    ) -> list[Dash | None] | None:
        """Gets the ordered list of dashboards

        Returns:
            The result.
        """
        return self._call(GET_DASH_LIST, (dashboards,))

    def get_dash_quick_filters(
        self, *, dashboard_id: int | Unset = UNSET
    ) -> list[QuickFilterInfo | None] | None:
        """Gets the quick filters for this dashboard

        Returns:
            The result.
        """
        return self._call(GET_DASH_QUICK_FILTERS, (dashboard_id,))

    def save_dash_quick_filters(
        self,
        *,
        dashboard_id: int | Unset = UNSET,
        quick_filters: list[QuickFilterInfo | None] | None | Unset = UNSET,
    ) -> list[QuickFilterInfo | None] | None:
        """Saves the quick filters for this dashboard

        Returns:
            The result.
        """
        return self._call(SAVE_DASH_QUICK_FILTERS, (dashboard_id, quick_filters))

    def get_possible_dash_quick_filters(
        self, *, dashboard_id: int | Unset = UNSET
    ) -> list[QuickFilterInfo | None] | None:
        """Gets the possible (not stored/selected) quick filters for this dashboard

        Returns:
            The result.
        """
        return self._call(GET_POSSIBLE_DASH_QUICK_FILTERS, (dashboard_id,))

    def get_dash_collection(self) -> DashCollection | None:
        """Gets a collection of dashboards for the current associate

        Returns:
            The result.
        """
        return self._call(GET_DASH_COLLECTION, ())

    def get_dash_theme(self, *, dash_theme_id: int | Unset = UNSET) -> DashTheme | None:
        """Gets a DashTheme object.

        Returns:
            The result.
        """
        return self._call(GET_DASH_THEME, (dash_theme_id,))

    def get_dash_tile(self, *, dash_tile_id: int | Unset = UNSET) -> DashTile | None:
        """Gets a DashTile object.

        Returns:
            The result.
        """
        return self._call(GET_DASH_TILE, (dash_tile_id,))

    def get_dash_tiles(self, *, dashboard_id: int | Unset = UNSET) -> list[DashTile | None] | None:
        """Gets the ordered list of tiles for a dashboard

        Returns:
            The result.
        """
        return self._call(GET_DASH_TILES, (dashboard_id,))

    def save_dash_tiles(
        self,
        *,
        dashboard_id: int | Unset = UNSET,
        dash_tiles: list[DashTile | None] | None | Unset = UNSET,
    ) -> None:
        """Saves the ordered list of tiles for a dashboard"""
        return self._call(SAVE_DASH_TILES, (dashboard_id, dash_tiles))

    def create_dash_tile_selection_from_entity(
        self, *, entity_name: str | None | Unset = UNSET
    ) -> int | None:
        """Returns the id to a dashboard tile selection

        Returns:
            The result.
        """
        return self._call(CREATE_DASH_TILE_SELECTION_FROM_ENTITY, (entity_name,))

    def copy_tile_selection(self, *, selection_id: int | Unset = UNSET) -> int | None:
        """Copy Tile Selection for the dashboard

        Returns:
            The result.
        """
        return self._call(COPY_TILE_SELECTION, (selection_id,))

    def get_temp_tile_selection(self, *, selection_id: int | Unset = UNSET) -> int | None:
        """Copy selection to temporary personal tile selection

        Returns:
            The result.
        """
        return self._call(GET_TEMP_TILE_SELECTION, (selection_id,))

    def get_secondary_temp_tile_selection(
        self, *, selection_id: int | Unset = UNSET
    ) -> int | None:
        """Copy selection to secondary temporary personal tile selection

        Returns:
            The result.
        """
        return self._call(GET_SECONDARY_TEMP_TILE_SELECTION, (selection_id,))

    def create_default_tile_for_entity(
        self, *, entity_name: str | None | Unset = UNSET
    ) -> DashTile | None:
        """Set Measure to CountAll and MeasureField to primary key field

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_TILE_FOR_ENTITY, (entity_name,))

    def duplicate_tile(
        self, *, dash_tile_id: int | Unset = UNSET, name: str | None | Unset = UNSET
    ) -> DashTile | None:
        """Duplicate for the tile and all the sub elements

        Returns:
            The result.
        """
        return self._call(DUPLICATE_TILE, (dash_tile_id, name))

    def get_dash_tile_definition(
        self, *, dash_tile_definition_id: int | Unset = UNSET
    ) -> DashTileDefinition | None:
        """Gets a DashTileDefinition object.

        Returns:
            The result.
        """
        return self._call(GET_DASH_TILE_DEFINITION, (dash_tile_definition_id,))

    def create_default_tile_definition_for_entity(
        self, *, entity_name: str | None | Unset = UNSET
    ) -> DashTileDefinition | None:
        """Set Measure to CountAll and MeasureField to primary key field

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_TILE_DEFINITION_FOR_ENTITY, (entity_name,))

    def get_dash_tile_html(
        self,
        *,
        dashboard_tile_definition_id: int | Unset = UNSET,
        language_code: str | None | Unset = UNSET,
    ) -> DashTileHtml | None:
        """Get HTML for a dashboard tile definition with TileType = HTML

        Returns:
            The result.
        """
        return self._call(GET_DASH_TILE_HTML, (dashboard_tile_definition_id, language_code))

    def get_dash_tile_html_list(
        self, *, dashboard_tile_definition_id: int | Unset = UNSET
    ) -> list[DashTileHtml | None] | None:
        """Get HTML for a dashboard tile definition with TileType = HTML.

        Returns:
            The result.
        """
        return self._call(GET_DASH_TILE_HTML_LIST, (dashboard_tile_definition_id,))

    def save_dash_tile_html_list(
        self,
        *,
        dashboard_tile_definition_id: int | Unset = UNSET,
        languages: list[DashTileHtml | None] | None | Unset = UNSET,
    ) -> list[DashTileHtml | None] | None:
        """Set the HTML data for a tile with TileType = HTML.

        Returns:
            The result.
        """
        return self._call(SAVE_DASH_TILE_HTML_LIST, (dashboard_tile_definition_id, languages))

    def get_preview_dash(self, *, dashboard_id: int | Unset = UNSET) -> PreviewDash | None:
        """Get a dashboard from its id

        Returns:
            The result.
        """
        return self._call(GET_PREVIEW_DASH, (dashboard_id,))


class AsyncDashMethods(AsyncCalls):
    """The Dash operations, called asynchronously (SOAP or REST)."""

    async def create_default_dash(self) -> Dash | None:
        """Loading default values into a new Dash.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_DASH, ())

    async def save_dash(self, *, dash: Dash | None | Unset = UNSET) -> Dash | None:
        """Updates the existing Dash or creates a new Dash if the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_DASH, (dash,))

    async def delete_dash(self, *, dash_id: int | Unset = UNSET) -> None:
        """Deletes the Dash"""
        return await self._call(DELETE_DASH, (dash_id,))

    async def create_default_dash_collection(self) -> DashCollection | None:
        """Loading default values into a new DashCollection.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_DASH_COLLECTION, ())

    async def create_default_dash_theme(self) -> DashTheme | None:
        """Loading default values into a new DashTheme.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_DASH_THEME, ())

    async def save_dash_theme(
        self, *, dash_theme: DashTheme | None | Unset = UNSET
    ) -> DashTheme | None:
        """Updates the existing DashTheme or creates a new DashTheme if the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_DASH_THEME, (dash_theme,))

    async def delete_dash_theme(self, *, dash_theme_id: int | Unset = UNSET) -> None:
        """Deletes the DashTheme"""
        return await self._call(DELETE_DASH_THEME, (dash_theme_id,))

    async def create_default_dash_tile(self) -> DashTile | None:
        """Loading default values into a new DashTile.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_DASH_TILE, ())

    async def save_dash_tile(
        self, *, dash_tile: DashTile | None | Unset = UNSET
    ) -> DashTile | None:
        """Updates the existing DashTile or creates a new DashTile if the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_DASH_TILE, (dash_tile,))

    async def delete_dash_tile(self, *, dash_tile_id: int | Unset = UNSET) -> None:
        """Deletes the DashTile"""
        return await self._call(DELETE_DASH_TILE, (dash_tile_id,))

    async def create_default_dash_tile_definition(self) -> DashTileDefinition | None:
        """Loading default values into a new DashTileDefinition.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_DASH_TILE_DEFINITION, ())

    async def save_dash_tile_definition(
        self, *, dash_tile_definition: DashTileDefinition | None | Unset = UNSET
    ) -> DashTileDefinition | None:
        """Updates the existing DashTileDefinition or creates a new DashTileDefinition if the
        id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_DASH_TILE_DEFINITION, (dash_tile_definition,))

    async def delete_dash_tile_definition(
        self, *, dash_tile_definition_id: int | Unset = UNSET
    ) -> None:
        """Deletes the DashTileDefinition"""
        return await self._call(DELETE_DASH_TILE_DEFINITION, (dash_tile_definition_id,))

    async def create_default_preview_dash(self) -> PreviewDash | None:
        """Loading default values into a new PreviewDash.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_PREVIEW_DASH, ())

    async def create_default_preview_dash_tile(self) -> PreviewDashTile | None:
        """Loading default values into a new PreviewDashTile.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_PREVIEW_DASH_TILE, ())

    async def get_dash(self, *, dash_id: int | Unset = UNSET) -> Dash | None:
        """Gets a Dash object.

        Returns:
            The result.
        """
        return await self._call(GET_DASH, (dash_id,))

    async def add_tile_to_dashboard(
        self, *, dashboard_id: int | Unset = UNSET, dash_tile_definition_id: int | Unset = UNSET
    ) -> DashTile | None:
        """Add a tile to a dashboard with next rank

        Returns:
            The result.
        """
        return await self._call(ADD_TILE_TO_DASHBOARD, (dashboard_id, dash_tile_definition_id))

    async def add_new_tile_to_dashboard(
        self,
        *,
        dashboard_id: int | Unset = UNSET,
        dash_tile_definition: DashTileDefinition | None | Unset = UNSET,
    ) -> DashTile | None:
        """Add a new tile to a dashboard with next rank

        Returns:
            The result.
        """
        return await self._call(ADD_NEW_TILE_TO_DASHBOARD, (dashboard_id, dash_tile_definition))

    async def duplicate_dashboard(
        self, *, dashboard_id: int | Unset = UNSET, name: str | None | Unset = UNSET
    ) -> Dash | None:
        """Duplicate for the dashboard and all the sub elements

        Returns:
            The result.
        """
        return await self._call(DUPLICATE_DASHBOARD, (dashboard_id, name))

    async def get_dash_list(
        self, *, dashboards: list[int] | None | Unset = UNSET
    ) -> list[Dash | None] | None:
        """Gets the ordered list of dashboards

        Returns:
            The result.
        """
        return await self._call(GET_DASH_LIST, (dashboards,))

    async def get_dash_quick_filters(
        self, *, dashboard_id: int | Unset = UNSET
    ) -> list[QuickFilterInfo | None] | None:
        """Gets the quick filters for this dashboard

        Returns:
            The result.
        """
        return await self._call(GET_DASH_QUICK_FILTERS, (dashboard_id,))

    async def save_dash_quick_filters(
        self,
        *,
        dashboard_id: int | Unset = UNSET,
        quick_filters: list[QuickFilterInfo | None] | None | Unset = UNSET,
    ) -> list[QuickFilterInfo | None] | None:
        """Saves the quick filters for this dashboard

        Returns:
            The result.
        """
        return await self._call(SAVE_DASH_QUICK_FILTERS, (dashboard_id, quick_filters))

    async def get_possible_dash_quick_filters(
        self, *, dashboard_id: int | Unset = UNSET
    ) -> list[QuickFilterInfo | None] | None:
        """Gets the possible (not stored/selected) quick filters for this dashboard

        Returns:
            The result.
        """
        return await self._call(GET_POSSIBLE_DASH_QUICK_FILTERS, (dashboard_id,))

    async def get_dash_collection(self) -> DashCollection | None:
        """Gets a collection of dashboards for the current associate

        Returns:
            The result.
        """
        return await self._call(GET_DASH_COLLECTION, ())

    async def get_dash_theme(self, *, dash_theme_id: int | Unset = UNSET) -> DashTheme | None:
        """Gets a DashTheme object.

        Returns:
            The result.
        """
        return await self._call(GET_DASH_THEME, (dash_theme_id,))

    async def get_dash_tile(self, *, dash_tile_id: int | Unset = UNSET) -> DashTile | None:
        """Gets a DashTile object.

        Returns:
            The result.
        """
        return await self._call(GET_DASH_TILE, (dash_tile_id,))

    async def get_dash_tiles(
        self, *, dashboard_id: int | Unset = UNSET
    ) -> list[DashTile | None] | None:
        """Gets the ordered list of tiles for a dashboard

        Returns:
            The result.
        """
        return await self._call(GET_DASH_TILES, (dashboard_id,))

    async def save_dash_tiles(
        self,
        *,
        dashboard_id: int | Unset = UNSET,
        dash_tiles: list[DashTile | None] | None | Unset = UNSET,
    ) -> None:
        """Saves the ordered list of tiles for a dashboard"""
        return await self._call(SAVE_DASH_TILES, (dashboard_id, dash_tiles))

    async def create_dash_tile_selection_from_entity(
        self, *, entity_name: str | None | Unset = UNSET
    ) -> int | None:
        """Returns the id to a dashboard tile selection

        Returns:
            The result.
        """
        return await self._call(CREATE_DASH_TILE_SELECTION_FROM_ENTITY, (entity_name,))

    async def copy_tile_selection(self, *, selection_id: int | Unset = UNSET) -> int | None:
        """Copy Tile Selection for the dashboard

        Returns:
            The result.
        """
        return await self._call(COPY_TILE_SELECTION, (selection_id,))

    async def get_temp_tile_selection(self, *, selection_id: int | Unset = UNSET) -> int | None:
        """Copy selection to temporary personal tile selection

        Returns:
            The result.
        """
        return await self._call(GET_TEMP_TILE_SELECTION, (selection_id,))

    async def get_secondary_temp_tile_selection(
        self, *, selection_id: int | Unset = UNSET
    ) -> int | None:
        """Copy selection to secondary temporary personal tile selection

        Returns:
            The result.
        """
        return await self._call(GET_SECONDARY_TEMP_TILE_SELECTION, (selection_id,))

    async def create_default_tile_for_entity(
        self, *, entity_name: str | None | Unset = UNSET
    ) -> DashTile | None:
        """Set Measure to CountAll and MeasureField to primary key field

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_TILE_FOR_ENTITY, (entity_name,))

    async def duplicate_tile(
        self, *, dash_tile_id: int | Unset = UNSET, name: str | None | Unset = UNSET
    ) -> DashTile | None:
        """Duplicate for the tile and all the sub elements

        Returns:
            The result.
        """
        return await self._call(DUPLICATE_TILE, (dash_tile_id, name))

    async def get_dash_tile_definition(
        self, *, dash_tile_definition_id: int | Unset = UNSET
    ) -> DashTileDefinition | None:
        """Gets a DashTileDefinition object.

        Returns:
            The result.
        """
        return await self._call(GET_DASH_TILE_DEFINITION, (dash_tile_definition_id,))

    async def create_default_tile_definition_for_entity(
        self, *, entity_name: str | None | Unset = UNSET
    ) -> DashTileDefinition | None:
        """Set Measure to CountAll and MeasureField to primary key field

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_TILE_DEFINITION_FOR_ENTITY, (entity_name,))

    async def get_dash_tile_html(
        self,
        *,
        dashboard_tile_definition_id: int | Unset = UNSET,
        language_code: str | None | Unset = UNSET,
    ) -> DashTileHtml | None:
        """Get HTML for a dashboard tile definition with TileType = HTML

        Returns:
            The result.
        """
        return await self._call(GET_DASH_TILE_HTML, (dashboard_tile_definition_id, language_code))

    async def get_dash_tile_html_list(
        self, *, dashboard_tile_definition_id: int | Unset = UNSET
    ) -> list[DashTileHtml | None] | None:
        """Get HTML for a dashboard tile definition with TileType = HTML.

        Returns:
            The result.
        """
        return await self._call(GET_DASH_TILE_HTML_LIST, (dashboard_tile_definition_id,))

    async def save_dash_tile_html_list(
        self,
        *,
        dashboard_tile_definition_id: int | Unset = UNSET,
        languages: list[DashTileHtml | None] | None | Unset = UNSET,
    ) -> list[DashTileHtml | None] | None:
        """Set the HTML data for a tile with TileType = HTML.

        Returns:
            The result.
        """
        return await self._call(
            SAVE_DASH_TILE_HTML_LIST, (dashboard_tile_definition_id, languages)
        )

    async def get_preview_dash(self, *, dashboard_id: int | Unset = UNSET) -> PreviewDash | None:
        """Get a dashboard from its id

        Returns:
            The result.
        """
        return await self._call(GET_PREVIEW_DASH, (dashboard_id,))


class DashAgent(DashMethods, SoapCaller):
    """Dash over SOAP 1.1 (``Remote/Services88/Dash.svc``), synchronous."""

    _PATH = "Remote/Services88/Dash.svc"
    _HEADERS = HEADERS


class AsyncDashAgent(AsyncDashMethods, AsyncSoapCaller):
    """Dash over SOAP 1.1 (``Remote/Services88/Dash.svc``), asynchronous."""

    _PATH = "Remote/Services88/Dash.svc"
    _HEADERS = HEADERS


class DashRestAgent(DashMethods, RestCaller):
    """Dash over REST (``/api/v1/Agents/Dash/...``), synchronous."""


class AsyncDashRestAgent(AsyncDashMethods, AsyncRestCaller):
    """Dash over REST (``/api/v1/Agents/Dash/...``), asynchronous."""
