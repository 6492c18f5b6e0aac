"""Generation end to end on the made-up fixture agents (no docs corpus needed)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from codegen.api import ParseResult, generate, write_snapshots
from codegen.output import MANIFEST, Manifest

CHECK = textwrap.dedent("""
    import datetime, decimal, json
    from lxml import etree
    from superoffice import runtime
    from superoffice.services99 import gadget
    from superoffice.services99.types import Gadget, GadgetKind, ETableRight, TableRight, WidgetUsesDiffers

    g = Gadget(
        gadget_id=7, name="", kind=GadgetKind.OTHER, required=1, tags=["a", None], part_ids=[],
        table_right=TableRight(mask=ETableRight.LOOK | ETableRight.BREAK, reason=None),
        created=datetime.datetime(2024, 2, 29, 23, 59, 58, 120000, tzinfo=datetime.timezone.utc),
        price=decimal.Decimal("12.50"), lifetime=datetime.timedelta(days=1, seconds=5),
        blob=b"\\x00\\x01", letter="x", class_="c", field_properties={"Name": None},
        children=[Gadget(required=2, kind="Gizmo")],
    )
    xml = etree.tostring(g.to_xml())
    assert Gadget.from_xml(xml) == g, "xml"
    assert Gadget.from_json(json.loads(json.dumps(g.to_json()))) == g, "json"
    # absent, nil and empty stay apart
    assert b"<Name></Name>" in xml and b'nil="true"' in xml and b"<Weight>" not in xml
    assert g.to_json()["TableRight"]["Reason"] is None and "Weight" not in g.to_json()
    # open enums: unknown values decode and re-encode unchanged
    odd = Gadget.from_json({"Required": 1, "Kind": "Gizmo", "TableRight": {"Mask": "FULL"}})
    assert odd.kind == "Gizmo" and odd.table_right.mask == "FULL"
    assert odd.to_json()["TableRight"]["Mask"] == "FULL"
    # a required element missing is a DecodeError naming the element
    try:
        Gadget.from_xml('<Gadget xmlns="http://example.test/ws/Services99"><GadgetId>x</GadgetId></Gadget>')
    except runtime.DecodeError as exc:
        assert exc.path == "/Gadget/GadgetId", exc.path
    else:
        raise AssertionError("bad int accepted")
    # a bad JSON value deep down is named by its whole path (paths are built only on failure)
    for bad, where in [
        ({"Required": 1, "Children": [{"Required": 2}, {"Required": 3, "Children": [None, {"Required": "x"}]}]},
         "$.Children[1].Children[1].Required"),
        ({"Required": 1, "FieldProperties": {"Name": {"FieldLength": "long"}}}, "$.FieldProperties.Name.FieldLength"),
        ({"Required": 1, "TableRight": {"Reason": 5}}, "$.TableRight.Reason"),
        ({"Required": 1, "PartIds": [1, "a"]}, "$.PartIds[1]"),
    ]:
        try:
            Gadget.from_json(bad)
        except runtime.DecodeError as exc:
            assert exc.path == where, (exc.path, where)
        else:
            raise AssertionError(f"accepted {bad}")
    # a nillable string: text, empty and nil stay apart in XML too
    ns = "http://example.test/ws/Services99"
    for inner, name in [("<Name>n</Name>", "n"), ("<Name/>", ""), ('<Name xmlns:i="http://www.w3.org/2001/XMLSchema-instance" i:nil="true"/>', None)]:
        assert Gadget.from_xml(f'<Gadget xmlns="{ns}"><Required>1</Required>{inner}</Gadget>').name == name, inner
    values = runtime.decode_request(gadget.SAVE_GADGET, runtime.encode_request(gadget.SAVE_GADGET, {"gadget": g, "keys": ["k"]}))
    assert values == {"gadget": g, "kind": runtime.UNSET, "keys": ["k"]}, values
    assert WidgetUsesDiffers.__dataclass_fields__["inner"].type == "WidgetDiffers | None | Unset"
    print("ok")
    """)


@pytest.fixture(scope="module")
def fixture_tree(tmp_path_factory: pytest.TempPathFactory, fixture_parse: ParseResult) -> Path:
    base = tmp_path_factory.mktemp("fixture")
    write_snapshots(fixture_parse, base / "specs")
    generate(base / "specs", base / "out")
    return base / "out"


def test_fixture_package_round_trips_and_keeps_three_states(fixture_tree: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", CHECK], cwd=fixture_tree, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.strip() == "ok"


@pytest.mark.heavy
def test_fixture_package_is_mypy_strict_clean(fixture_tree: Path, tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path), "superoffice"],
        cwd=fixture_tree,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout[-3000:]


def test_generate_twice_is_identical_and_rewrites_nothing(
    fixture_tree: Path, fixture_parse: ParseResult, tmp_path: Path
) -> None:
    write_snapshots(fixture_parse, tmp_path / "specs")
    again = generate(tmp_path / "specs", fixture_tree)
    assert again.written == [] and again.removed == []
    # a module an earlier run wrote (it is in the manifest) that this run no longer makes
    stale = "superoffice/services99/types/stale_leftover.py"
    (fixture_tree / stale).write_text("x = 1\n")
    manifest = Manifest.load(fixture_tree)
    manifest.files[stale] = ("", "")
    (fixture_tree / MANIFEST).write_bytes(manifest.dump())
    third = generate(tmp_path / "specs", fixture_tree)
    assert third.removed == ["superoffice/services99/types/stale_leftover.py"]
    assert not (fixture_tree / "superoffice/services99/types/stale_leftover.py").exists()
