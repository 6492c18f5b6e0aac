"""What we encode, checked by tools nobody here wrote, loading the agent's WSDL from the corpus.

- xmlschema validates every operation's request and response element we encode against the
  schema inside the agent's WSDL;
- zeep parses what we encode, renders it back to XML, and we decode zeep's XML to the values we
  started from. zeep does not tell nil from absent and drops nil list items, so the comparison
  folds exactly those two distinctions (``zeep_visible``) and nothing else.
"""

from __future__ import annotations

import dataclasses
import datetime
import importlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from superoffice import runtime

from codegen.model import Operation

from ..strategies import XML_TEXT, Strategies
from .committed import SNAPSHOTS
from .loopback import wsdl_peers

# zeep renders an xs:anyType value with an xsi:type only when told its type (AnyObject), so here
# anyType values are text; test_zeep_reads_the_types_of_any_type_values_we_write covers the rest
SERVICES = {s.version: Strategies(s, any_values=XML_TEXT) for s in SNAPSHOTS}
AGENTS = [(v, a.name) for v, s in SERVICES.items() for a in s.service.agents]


def zeep_visible(value: Any) -> Any:
    """A value as zeep can represent it: nil and absent fold together, nil list items vanish,
    and dates and durations keep microseconds (.NET's seventh digit is beyond Python's)."""
    if isinstance(value, runtime.DateTime):
        return datetime.datetime.fromisoformat(value.isoformat())
    if isinstance(value, runtime.Duration):
        return datetime.timedelta(value.days, value.seconds, value.microseconds)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return type(value)(
            **{
                f.name: (
                    runtime.UNSET
                    if getattr(value, f.name) is None
                    else zeep_visible(getattr(value, f.name))
                )
                for f in dataclasses.fields(value)
            }
        )
    if isinstance(value, list):
        return [zeep_visible(v) for v in value if v is not None]
    if isinstance(value, dict):
        return {k: runtime.UNSET if v is None else zeep_visible(v) for k, v in value.items()}
    return value


def values_strategy(
    strategies: Strategies, fields: tuple[Any, ...]
) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({f.py_name: strategies.field(f, 1) for f in fields})


@pytest.mark.parametrize(("version", "agent"), AGENTS, ids=[f"{v}-{a}" for v, a in AGENTS])
def test_xmlschema_and_zeep_accept_what_we_encode(corpus: Path, version: str, agent: str) -> None:
    strategies = SERVICES[version]
    service = strategies.service
    module = importlib.import_module(
        f"superoffice.{service.package}.{service.agent(agent).module}"
    )
    page = service.agent(agent).sources[0].path
    schema, client = wsdl_peers(corpus, page)
    operations: list[Operation] = list(service.agent(agent).operations)

    @settings(
        max_examples=1,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.data())
    def check(data: st.DataObject) -> None:
        for op in operations:
            descriptor = module.OPERATIONS[op.name]
            bound = client.service._binding._operations[op.name]
            for fields, encode, decode, zeep_part in (
                (op.parameters, runtime.encode_request, runtime.decode_request, bound.input.body),
                (op.results, runtime.encode_response, runtime.decode_response, bound.output.body),
            ):
                values = data.draw(values_strategy(strategies, fields), label=op.name)
                element = encode(descriptor, values)
                text = etree.tostring(element).decode()
                errors = list(schema.iter_errors(text))
                assert not errors, f"{op.name}: {errors[0]}"
                parsed = zeep_part.parse(element, client.wsdl.types)
                if not fields:
                    continue  # an empty wrapper: zeep parses it, but will not render "nothing"
                rendered = etree.Element("root")
                zeep_part.render(rendered, parsed)
                again = decode(descriptor, rendered[0])
                assert {k: zeep_visible(v) for k, v in again.items()} == {
                    k: runtime.UNSET if v is None else zeep_visible(v) for k, v in values.items()
                }, op.name

    check()


def test_zeep_reads_the_types_of_any_type_values_we_write(corpus: Path) -> None:
    """``xs:anyType`` values carry ``xsi:type``: xmlschema accepts them, zeep reads each as its
    type; and zeep's rendering of typed values (``AnyObject``) decodes to the same values."""
    import datetime
    import decimal

    from superoffice.services88 import webhook
    from superoffice.services88.types import Webhook
    from zeep import xsd

    page = "mintlify-docs/en/api/web-services/endpoints/soap/reference/Services88/Services88-Webhook.md"
    schema, client = wsdl_peers(corpus, page)
    xs = "{http://www.w3.org/2001/XMLSchema}"
    properties: dict[str, tuple[Any, str]] = {
        "int": (5, xs + "int"),
        "long": (2**40, xs + "long"),
        "bool": (True, xs + "boolean"),
        "text": ("x", xs + "string"),
        "double": (1.5, xs + "double"),
        "decimal": (decimal.Decimal("2.50"), xs + "decimal"),
        "when": (datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.UTC), xs + "dateTime"),
        "bytes": (b"xy", xs + "base64Binary"),
        # the one array type this WSDL declares
        "keys": (
            ["a", "b"],
            "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}ArrayOfstring",
        ),
    }
    values = {key: value for key, (value, _) in properties.items()}
    operation = webhook.OPERATIONS["SaveWebhook"]
    element = runtime.encode_request(
        operation, {"webhook": Webhook(name="hook", properties=values)}
    )
    assert not list(schema.iter_errors(etree.tostring(element).decode()))
    bound = client.service._binding._operations["SaveWebhook"]
    parsed = bound.input.body.parse(element, client.wsdl.types)
    pairs = parsed.Webhook.Properties.StringObjectKeyValuePair
    seen = {pair.Key: pair.Value for pair in pairs}
    assert seen.pop("keys").string == ["a", "b"]
    assert seen == {key: value for key, value in values.items() if key != "keys"}
    assert type(seen["bool"]) is bool and type(seen["decimal"]) is decimal.Decimal

    for pair in pairs:  # zeep writes xsi:type only for values it is told the type of
        pair.Value = xsd.AnyObject(client.get_type(properties[pair.Key][1]), pair.Value)
    rendered = etree.Element("root")
    bound.input.body.render(rendered, parsed)
    assert runtime.decode_request(operation, rendered[0])["webhook"].properties == values
