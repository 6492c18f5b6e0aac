"""Services88 Dash agent (``Remote/Services88/Dash.svc``): its operations."""

from __future__ import annotations

from ..runtime import INT, Operation, Param, STR
from .types.dash import DASH_CODEC, LIST_OF_DASH_CODEC
from .types.dash_collection import DASH_COLLECTION_CODEC
from .types.dash_theme import DASH_THEME_CODEC
from .types.dash_tile import DASH_TILE_CODEC, LIST_OF_DASH_TILE_CODEC
from .types.dash_tile_definition import DASH_TILE_DEFINITION_CODEC
from .types.dash_tile_html import DASH_TILE_HTML_CODEC, LIST_OF_DASH_TILE_HTML_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.preview_dash import PREVIEW_DASH_CODEC
from .types.preview_dash_tile import PREVIEW_DASH_TILE_CODEC
from .types.quick_filter_info import LIST_OF_QUICK_FILTER_INFO_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_DASH = Operation(
    "CreateDefaultDash",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/CreateDefaultDash",
    results=(Param("response", "Response", DASH_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/CreateDefaultDash",
)
"""Loading default values into a new Dash."""

SAVE_DASH = Operation(
    "SaveDash",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/SaveDash",
    params=(Param("dash", "Dash", DASH_CODEC, nillable=True),),
    results=(Param("response", "Response", DASH_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/SaveDash",
    rest_body="dash",
)
"""Updates the existing Dash or creates a new Dash if the id parameter is 0."""

DELETE_DASH = Operation(
    "DeleteDash",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/DeleteDash",
    params=(Param("dash_id", "DashId", INT),),
    rest_path="/api/v1/Agents/Dash/DeleteDash",
)
"""Deletes the Dash"""

CREATE_DEFAULT_DASH_COLLECTION = Operation(
    "CreateDefaultDashCollection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/CreateDefaultDashCollection",
    results=(Param("response", "Response", DASH_COLLECTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/CreateDefaultDashCollection",
)
"""Loading default values into a new DashCollection."""

CREATE_DEFAULT_DASH_THEME = Operation(
    "CreateDefaultDashTheme",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/CreateDefaultDashTheme",
    results=(Param("response", "Response", DASH_THEME_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/CreateDefaultDashTheme",
)
"""Loading default values into a new DashTheme."""

SAVE_DASH_THEME = Operation(
    "SaveDashTheme",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/SaveDashTheme",
    params=(Param("dash_theme", "DashTheme", DASH_THEME_CODEC, nillable=True),),
    results=(Param("response", "Response", DASH_THEME_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/SaveDashTheme",
    rest_body="dash_theme",
)
"""Updates the existing DashTheme or creates a new DashTheme if the id parameter is 0."""

DELETE_DASH_THEME = Operation(
    "DeleteDashTheme",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/DeleteDashTheme",
    params=(Param("dash_theme_id", "DashThemeId", INT),),
    rest_path="/api/v1/Agents/Dash/DeleteDashTheme",
)
"""Deletes the DashTheme"""

CREATE_DEFAULT_DASH_TILE = Operation(
    "CreateDefaultDashTile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/CreateDefaultDashTile",
    results=(Param("response", "Response", DASH_TILE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/CreateDefaultDashTile",
)
"""Loading default values into a new DashTile."""

SAVE_DASH_TILE = Operation(
    "SaveDashTile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/SaveDashTile",
    params=(Param("dash_tile", "DashTile", DASH_TILE_CODEC, nillable=True),),
    results=(Param("response", "Response", DASH_TILE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/SaveDashTile",
    rest_body="dash_tile",
)
"""Updates the existing DashTile or creates a new DashTile if the id parameter is 0."""

DELETE_DASH_TILE = Operation(
    "DeleteDashTile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/DeleteDashTile",
    params=(Param("dash_tile_id", "DashTileId", INT),),
    rest_path="/api/v1/Agents/Dash/DeleteDashTile",
)
"""Deletes the DashTile"""

CREATE_DEFAULT_DASH_TILE_DEFINITION = Operation(
    "CreateDefaultDashTileDefinition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/CreateDefaultDashTileDefinition",
    results=(Param("response", "Response", DASH_TILE_DEFINITION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/CreateDefaultDashTileDefinition",
)
"""Loading default values into a new DashTileDefinition."""

SAVE_DASH_TILE_DEFINITION = Operation(
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
)
"""Updates the existing DashTileDefinition or creates a new DashTileDefinition if the id
parameter is 0."""

DELETE_DASH_TILE_DEFINITION = Operation(
    "DeleteDashTileDefinition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/DeleteDashTileDefinition",
    params=(Param("dash_tile_definition_id", "DashTileDefinitionId", INT),),
    rest_path="/api/v1/Agents/Dash/DeleteDashTileDefinition",
)
"""Deletes the DashTileDefinition"""

CREATE_DEFAULT_PREVIEW_DASH = Operation(
    "CreateDefaultPreviewDash",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/CreateDefaultPreviewDash",
    results=(Param("response", "Response", PREVIEW_DASH_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/CreateDefaultPreviewDash",
)
"""Loading default values into a new PreviewDash."""

CREATE_DEFAULT_PREVIEW_DASH_TILE = Operation(
    "CreateDefaultPreviewDashTile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/CreateDefaultPreviewDashTile",
    results=(Param("response", "Response", PREVIEW_DASH_TILE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/CreateDefaultPreviewDashTile",
)
"""Loading default values into a new PreviewDashTile."""

GET_DASH = Operation(
    "GetDash",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetDash",
    params=(Param("dash_id", "DashId", INT),),
    results=(Param("response", "Response", DASH_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/GetDash",
)
"""Gets a Dash object."""

ADD_TILE_TO_DASHBOARD = Operation(
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
"""Add a tile to a dashboard with next rank"""

ADD_NEW_TILE_TO_DASHBOARD = Operation(
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
"""Add a new tile to a dashboard with next rank"""

DUPLICATE_DASHBOARD = Operation(
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
"""Duplicate for the dashboard and all the sub elements"""

GET_DASH_LIST = Operation(
    "GetDashList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetDashList",
    params=(Param("dashboards", "Dashboards", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_DASH_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/GetDashList",
)
"""Gets the ordered list of dashboards"""

GET_DASH_QUICK_FILTERS = Operation(
    "GetDashQuickFilters",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetDashQuickFilters",
    params=(Param("dashboard_id", "DashboardId", INT),),
    results=(Param("response", "Response", LIST_OF_QUICK_FILTER_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/GetDashQuickFilters",
)
"""Gets the quick filters for this dashboard"""

SAVE_DASH_QUICK_FILTERS = Operation(
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
"""Saves the quick filters for this dashboard"""

GET_POSSIBLE_DASH_QUICK_FILTERS = Operation(
    "GetPossibleDashQuickFilters",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetPossibleDashQuickFilters",
    params=(Param("dashboard_id", "DashboardId", INT),),
    results=(Param("response", "Response", LIST_OF_QUICK_FILTER_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/GetPossibleDashQuickFilters",
)
"""Gets the possible (not stored/selected) quick filters for this dashboard"""

GET_DASH_COLLECTION = Operation(
    "GetDashCollection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetDashCollection",
    results=(Param("response", "Response", DASH_COLLECTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/GetDashCollection",
)
"""Gets a collection of dashboards for the current associate"""

GET_DASH_THEME = Operation(
    "GetDashTheme",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetDashTheme",
    params=(Param("dash_theme_id", "DashThemeId", INT),),
    results=(Param("response", "Response", DASH_THEME_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/GetDashTheme",
)
"""Gets a DashTheme object."""

GET_DASH_TILE = Operation(
    "GetDashTile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetDashTile",
    params=(Param("dash_tile_id", "DashTileId", INT),),
    results=(Param("response", "Response", DASH_TILE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/GetDashTile",
)
"""Gets a DashTile object."""

GET_DASH_TILES = Operation(
    "GetDashTiles",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetDashTiles",
    params=(Param("dashboard_id", "DashboardId", INT),),
    results=(Param("response", "Response", LIST_OF_DASH_TILE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/GetDashTiles",
)
"""Gets the ordered list of tiles for a dashboard"""

SAVE_DASH_TILES = Operation(
    "SaveDashTiles",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/SaveDashTiles",
    params=(
        Param("dashboard_id", "DashboardId", INT),
        Param("dash_tiles", "DashTiles", LIST_OF_DASH_TILE_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Dash/SaveDashTiles",
)
"""Saves the ordered list of tiles for a dashboard"""

CREATE_DASH_TILE_SELECTION_FROM_ENTITY = Operation(
    "CreateDashTileSelectionFromEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/CreateDashTileSelectionFromEntity",
    params=(Param("entity_name", "EntityName", STR, nillable=True),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Dash/CreateDashTileSelectionFromEntity",
)
"""Returns the id to a dashboard tile selection"""

COPY_TILE_SELECTION = Operation(
    "CopyTileSelection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/CopyTileSelection",
    params=(Param("selection_id", "SelectionId", INT),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Dash/CopyTileSelection",
)
"""Copy Tile Selection for the dashboard"""

GET_TEMP_TILE_SELECTION = Operation(
    "GetTempTileSelection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetTempTileSelection",
    params=(Param("selection_id", "SelectionId", INT),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Dash/GetTempTileSelection",
)
"""Copy selection to temporary personal tile selection"""

GET_SECONDARY_TEMP_TILE_SELECTION = Operation(
    "GetSecondaryTempTileSelection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetSecondaryTempTileSelection",
    params=(Param("selection_id", "SelectionId", INT),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Dash/GetSecondaryTempTileSelection",
)
"""Copy selection to secondary temporary personal tile selection"""

CREATE_DEFAULT_TILE_FOR_ENTITY = Operation(
    "CreateDefaultTileForEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/CreateDefaultTileForEntity",
    params=(Param("entity_name", "EntityName", STR, nillable=True),),
    results=(Param("response", "Response", DASH_TILE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/CreateDefaultTileForEntity",
)
"""Set Measure to CountAll and MeasureField to primary key field"""

DUPLICATE_TILE = Operation(
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
"""Duplicate for the tile and all the sub elements"""

GET_DASH_TILE_DEFINITION = Operation(
    "GetDashTileDefinition",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetDashTileDefinition",
    params=(Param("dash_tile_definition_id", "DashTileDefinitionId", INT),),
    results=(Param("response", "Response", DASH_TILE_DEFINITION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/GetDashTileDefinition",
)
"""Gets a DashTileDefinition object."""

CREATE_DEFAULT_TILE_DEFINITION_FOR_ENTITY = Operation(
    "CreateDefaultTileDefinitionForEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/CreateDefaultTileDefinitionForEntity",
    params=(Param("entity_name", "EntityName", STR, nillable=True),),
    results=(Param("response", "Response", DASH_TILE_DEFINITION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/CreateDefaultTileDefinitionForEntity",
)
"""Set Measure to CountAll and MeasureField to primary key field"""

GET_DASH_TILE_HTML = Operation(
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
"""Get HTML for a dashboard tile definition with TileType = HTML"""

GET_DASH_TILE_HTML_LIST = Operation(
    "GetDashTileHtmlList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetDashTileHtmlList",
    params=(Param("dashboard_tile_definition_id", "DashboardTileDefinitionId", INT),),
    results=(Param("response", "Response", LIST_OF_DASH_TILE_HTML_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/GetDashTileHtmlList",
)
"""Get HTML for a dashboard tile definition with TileType = HTML."""

SAVE_DASH_TILE_HTML_LIST = Operation(
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
"""Set the HTML data for a tile with TileType = HTML."""

GET_PREVIEW_DASH = Operation(
    "GetPreviewDash",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Dash/GetPreviewDash",
    params=(Param("dashboard_id", "DashboardId", INT),),
    results=(Param("response", "Response", PREVIEW_DASH_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Dash/GetPreviewDash",
)
"""Get a dashboard from its id"""

OPERATIONS: dict[str, Operation] = {
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
