"""Save a :class:`~codegen.model.Service` as a reviewable JSON snapshot and load it back.

Keys follow the dataclass field order, fields equal to their default are left out, and lists keep
the model's order, so the same model always gives the same bytes.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any

from . import model
from .model import Service

FORMAT = 1
_TYPE_KINDS: dict[str, type] = {
    "record": model.RecordType,
    "enum": model.EnumType,
    "list": model.ListType,
    "dict": model.DictType,
}


class SnapshotError(Exception):
    """A snapshot file that cannot be loaded; the message names the file and the problem."""


def _dump(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if f.name == "kind":
                out[f.name] = item
                continue
            default = f.default if f.default is not dataclasses.MISSING else None
            if f.default is dataclasses.MISSING and f.default_factory is not dataclasses.MISSING:
                default = f.default_factory()
            if (
                f.default is not dataclasses.MISSING
                or f.default_factory is not dataclasses.MISSING
            ) and item == default:
                continue
            out[f.name] = _dump(item)
        return out
    if isinstance(value, tuple | list):
        return [_dump(v) for v in value]
    return value


def service_to_json(service: Service) -> str:
    doc = {"format": FORMAT, "service": _dump(service)}
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model))


def _load(tp: Any, data: Any, where: str) -> Any:
    origin = typing.get_origin(tp)
    if origin is tuple:
        item, _ = typing.get_args(tp)
        if not isinstance(data, list):
            raise SnapshotError(f"{where}: expected a list")
        return tuple(_load(item, d, f"{where}[{i}]") for i, d in enumerate(data))
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if data is None:
            return None
        if len(args) > 1 or tp is model.TypeDef:
            kind = data.get("kind") if isinstance(data, dict) else None
            if kind not in _TYPE_KINDS:
                raise SnapshotError(f"{where}: unknown type kind {kind!r}")
            return _load(_TYPE_KINDS[kind], data, where)
        return _load(args[0], data, where)
    if origin is typing.Literal:
        return data
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if not isinstance(data, dict):
            raise SnapshotError(f"{where}: expected an object for {tp.__name__}")
        hints = _hints(tp)
        kwargs = {}
        for f in dataclasses.fields(tp):
            if f.name in data:
                kwargs[f.name] = _load(hints[f.name], data[f.name], f"{where}.{f.name}")
        try:
            return tp(**kwargs)
        except TypeError as exc:
            raise SnapshotError(f"{where}: {exc}") from exc
    return data


def service_from_json(text: str, where: str = "snapshot") -> Service:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SnapshotError(f"{where}:{exc.lineno}: not valid JSON: {exc.msg}") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or "service" not in doc:
        raise SnapshotError(f"{where}: not a codegen snapshot (format {FORMAT})")
    service = _load(Service, doc["service"], where)
    assert isinstance(service, Service)
    return service


def snapshot_path(specs: Path, version: str) -> Path:
    return specs / f"{version.lower()}.json"


def load_snapshot(path: Path) -> Service:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SnapshotError(f"{path}: cannot read: {exc.strerror}") from exc
    return service_from_json(text, str(path))


def load_snapshots(specs: Path) -> list[Service]:
    files = sorted(specs.glob("services*.json"))
    if not files:
        raise SnapshotError(
            f"{specs}: no services*.json snapshots (run 'codegen parse --docs DIR')"
        )
    return [load_snapshot(p) for p in files]
