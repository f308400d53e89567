"""Product info caching, conform_job and pythonize_job as inverses for every parameter type."""

import json
import uuid
from datetime import datetime
from pathlib import PurePosixPath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import smedge_core as smedge
from smedge_core.errors import JobValueError
from smedge_core.sandbox import products


def test_hundred_conforms_fetch_product_info_once(fake_smedge):
    for i in range(100):
        smedge.conform_job({"Type": "Maya", "Scene": f"/s{i}.mb"})
    assert [c["args"] for c in fake_smedge.calls] == [["ProductInfo"]]


def test_cache_clear_fetches_again(fake_smedge):
    smedge.get_product_info("Maya")
    smedge.get_product_info.cache_clear()
    smedge.get_product_info("Nuke")
    assert len(fake_smedge.calls) == 2


@pytest.mark.parametrize("key", ["Maya", "maya", "MayaRender", products.MAYA_ID, uuid.UUID(products.MAYA_ID)])
def test_product_found_by_name_alias_or_id(fake_smedge, key):
    product = smedge.get_product_info(key)
    assert isinstance(product, smedge.Product) and product.name == "Maya"
    assert product.type == uuid.UUID(products.MAYA_ID)


def test_all_products_and_unknown(fake_smedge):
    names = [p.name for p in smedge.get_product_info()]
    assert names[:5] == ["Generic Script", "FFmpeg", "Maya", "Nuke", "Houdini"]
    assert set(names[5:]) >= {"Arnold for Maya", "Redshift for Maya", "V-Ray for Maya", "RenderMan for Maya",
                              "Maya Software Renderer", "Maya Hardware Renderer", "HRender", "Blender"}
    assert smedge.get_product_info("Cinema 4D") is None


def test_required_parameters_are_alphabetical_and_parameters_in_display_order(fake_smedge):
    houdini = smedge.get_product_info("Houdini")
    assert [p.name for p in houdini.required_parameters] == ["ROP", "Scene"]
    assert houdini.parameters[0].name == "ID"


def test_find_parameter_and_find_value_ignore_case(fake_smedge):
    maya = smedge.get_product_info("Maya")
    assert smedge.find_parameter(maya.parameters, "packetsize").name == "PacketSize"
    assert smedge.find_parameter(maya.parameters, "nothing") is None
    assert smedge.find_value({"WaitForJobID": 1}, "waitforjobid") == 1
    assert smedge.find_value({}, "x", "fallback") == "fallback"
    assert smedge.find_value({}, "x") is None


def test_parameter_from_dict_reads_the_json_shape():
    parameter = smedge.Parameter.from_dict(products.parameter(
        "Renderer", "Choice", "arnold", flags=["Required"], choices={"arnold": "Arnold"}))
    assert parameter == smedge.Parameter("Choice", ["Required"], {"Name": "Renderer", "Default": "arnold"},
                                         {"arnold": "Arnold"}, [])
    assert parameter.name == "Renderer" and parameter.default == "arnold"


def test_conform_turns_python_values_into_text(fake_smedge):
    wait = [uuid.uuid4(), uuid.uuid4()]
    pool = smedge.Pool(uuid.uuid4(), "cpu")
    job = smedge.conform_job({
        "type": "maya", "scene": PurePosixPath("/proj/scene.mb"), "priority": 60, "waitforjobid": wait,
        "WaitForWholeJob": False, "ImageFormat": ["/r/a.%04d.exr", "/r/b.%04d.exr"], "Pool": pool,
        "Renderer": "Arnold", "EnvironmentOverrides": {"OCIO": "/cfg/config.ocio"}, "DetectErrors": True,
    })
    assert job == {
        "Type": products.MAYA_ID, "Scene": "/proj/scene.mb", "Priority": "60",
        "WaitForJobID": ",".join(map(str, wait)), "WaitForWholeJob": "0",
        "ImageFormat": "/r/a.%04d.exr;/r/b.%04d.exr", "Pool": str(pool.id), "Renderer": "arnold",
        "EnvironmentOverrides": "OCIO=/cfg/config.ocio", "DetectErrors": "1"}


def test_pythonize_adds_defaults_and_types(fake_smedge):
    job = smedge.pythonize_job({"Type": products.NUKE_ID, "Scene": "/c.nk", "WaitForJobID": "", "Custom": "x"})
    assert job["Priority"] == 50 and job["PacketSize"] == 1 and job["WaitForJobID"] == []
    assert job["WaitForWholeJob"] is True and job["Type"] == uuid.UUID(products.NUKE_ID)
    assert job["Executable"] == "Nuke" and job["Custom"] == "x" and job["Created"] is None


@pytest.mark.parametrize("bad,message", [
    ({"Type": "Maya", "Scene": "s", "WaitForJobID": ["nope"]}, "WaitForJobID: 'nope' is not a UUID"),
    ({"Type": "Maya", "Scene": "s", "Renderer": "mental ray"}, "Renderer: 'mental ray' is not one of"),
    ({"Type": "Maya", "Scene": "s", "WaitForWholeJob": "maybe"}, "WaitForWholeJob: 'maybe' is not a boolean"),
    ({"Type": "Maya", "Scene": "s", "Created": "yesterday"}, "Created: 'yesterday' is not a datetime"),
    ({"Type": "Maya", "Scene": "s", "ImageFormat": ["/a;b"]}, "ImageFormat: item '/a;b' holds the list separator"),
    ({"Type": "Maya", "Scene": "s", "Extra": ["-rl", "x"]}, "Extra: .* is not a single value"),
    ({"Type": "Maya", "Scene": "s", "Unknown": [1, 2]}, "Unknown: .* does not define Unknown"),
    ({"Type": "Maya", "Scene": "s", "priority": 1, "Priority": 2}, "gives Priority twice"),
    ({"Type": "Maya", "Scene": "s", "foo": 1, "FOO": 2}, "gives FOO twice"),
    ({"Type": "Maya", "Scene": "s", "Foo=Bar": "x"}, "'Foo=Bar' is not a parameter name"),
    ({"Type": "Maya", "Scene": "s", "[a": "b]"}, "'\\[a' is not a parameter name"),
    ({"Type": "Maya", "Scene": "s", "-Paused": "1"}, "'-Paused' is not a parameter name"),
    ({"Type": "Maya", "Scene": "s", "A\nB": "1"}, "is not a parameter name"),
    ({"Type": "Maya", "Scene": "s", 7: "1"}, "7 is not a parameter name"),
    ([("Type", "Maya")], "conform_job needs a job dict"),
])
def test_conform_rejects_bad_values_naming_field_and_value(fake_smedge, bad, message):
    with pytest.raises(ValueError, match=message):
        smedge.conform_job(bad)


@pytest.mark.parametrize("bad,field", [
    ({"Type": "Maya", "Scene": "s", "Priority": "high"}, "Priority"),
    ({"Type": "Maya"}, "Scene"),
    ({"Type": "Houdini"}, "ROP, Scene"),
    ({"Name": "x"}, "Type"),
    ({"Type": "Cinema 4D"}, "Type"),
    ({"Type": "Maya", "Scene": "s", "ImageFormat": ["/a;b"]}, "ImageFormat"),
    ({"Type": "Maya", "Scene": "s", "Note": "a\nb"}, "Note"),
])
def test_conform_errors_carry_the_field(fake_smedge, bad, field):
    from smedge_core.errors import JobValueError
    with pytest.raises(JobValueError) as caught:
        smedge.submit_jobs(bad) if "Note" in bad else smedge.conform_job(bad)
    assert caught.value.field == field


# The tests below use module-scoped product fixtures (hypothesis cannot use function-scoped ones);
# they stay last, since such a fixture replaces the runner until the module ends.
# Values of every parameter type, in their Python form, as pythonize_job gives them.
MAYA_VALUES = {
    "Name": st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20),
    "Scene": st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20),
    "Priority": st.integers(0, 100),
    "PacketSize": st.integers(1, 1000),
    "WaitForJobID": st.lists(st.uuids(), max_size=4),
    "WaitForWholeJob": st.booleans(),
    "DetectErrors": st.booleans(),
    "ImageFormat": st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters=";"),
                                    min_size=1, max_size=12), max_size=3),
    "Renderer": st.sampled_from(["", "arnold", "redshift", "vray"]),
    "DistributeMode": st.sampled_from(["0", "1", "2"]),
    "Created": st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
    "EnvironmentOverrides": st.dictionaries(st.text(min_size=1, max_size=8).filter(str.isidentifier),
                                            st.text(st.characters(blacklist_categories=("Cs", "Cc"),
                                                                  blacklist_characters="|"), max_size=8)),
    "ErrorStarts": st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="|"),
                                    min_size=1, max_size=8), max_size=3),
}


@settings(max_examples=150, deadline=None)
@given(st.fixed_dictionaries({}, optional=MAYA_VALUES))
def test_conform_and_pythonize_are_inverses(maya_product_info, values):
    job = dict(values, Type=uuid.UUID(products.MAYA_ID), Scene=values.get("Scene", "/s.mb"))
    text = smedge.conform_job(job)
    python = smedge.pythonize_job(text)
    for name, value in job.items():
        assert python[name] == value
    assert smedge.conform_job(python) == smedge.conform_job(smedge.pythonize_job(smedge.conform_job(python)))
    assert {k: v for k, v in smedge.conform_job(python).items() if k in text} == text


def _serving(tmp_path_factory, served):
    """Answer ProductInfo with ``served`` in place of the tools, for module-scoped hypothesis fixtures."""
    from smedge_core import _process
    folder = tmp_path_factory.mktemp("smedge")
    for tool in ("Submit", "Job", "Engine", "PoolManager", "ConfigureMaster"):
        (folder / tool).write_text("")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SMEDGE", str(folder))
        patch.setattr(_process, "runner", lambda argv, *timeouts: (0, json.dumps(served).encode(), b""))
        smedge.get_product_info.cache_clear()
        yield
    smedge.get_product_info.cache_clear()


@pytest.fixture(scope="module")
def maya_product_info(tmp_path_factory):
    yield from _serving(tmp_path_factory, products.PRODUCTS)


TYPED_PRODUCT = products.product("0d6f3c55-7a49-4cf6-9d53-2f1c1f6e7a10", "Typed", "GenericScript", [
    products.parameter("Gamma", "Float", "2.2"),
    products.parameter("Outputs", "Parameters", flags=["List"], parameters=[
        products.parameter("Path", "Path"), products.parameter("Frames", "Integer"),
        products.parameter("Linear", "Bool")]),
    products.parameter("Deadline", "Time"),
    products.parameter("Owner", "ID"),
    products.parameter("Seats", "Integer", Min="1", Max="64"),
    products.parameter("Odd", "Integer", Min="one"),  # a bound that is no number
])


@settings(max_examples=100, deadline=None)
@given(st.fixed_dictionaries({}, optional={
    "Gamma": st.floats(allow_nan=False, allow_infinity=False),
    "Outputs": st.lists(st.fixed_dictionaries({}, optional={
        "Path": st.text(max_size=10), "Frames": st.integers(-10 ** 6, 10 ** 6), "Linear": st.booleans()}),
        max_size=3),
    "Deadline": st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
    "Owner": st.uuids(),
}))
def test_floats_typed_sub_parameters_times_and_ids_round_trip(typed_product_info, values):
    job = dict(values, Type="Typed")
    python = smedge.pythonize_job(smedge.conform_job(job))
    for name, value in values.items():
        assert python[name] == value


def test_typed_defaults(typed_product_info):
    job = smedge.pythonize_job({"Type": "typed"})
    assert job["Gamma"] == 2.2 and job["Outputs"] == [] and job["Deadline"] is None and job["Owner"] is None


@pytest.fixture(scope="module")
def typed_product_info(tmp_path_factory):
    yield from _serving(tmp_path_factory, [TYPED_PRODUCT])



def _outcome(function, *args):
    """``function(*args)``, or the type of the ValueError it raised."""
    try:
        return function(*args)
    except ValueError as err:
        return type(err)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_conform_job_writes_each_value_as_to_text_does(typed_product_info, data):
    """conform_job's quick paths (plain text, an int within bounds) give what the full conversion gives."""
    from smedge_core.products import to_text
    product = smedge.get_product_info("Typed")
    names = ("Name", "Note", "Priority", "PacketSize", "Range", "Seats", "Odd", "Gamma", "Owner", "Deadline")
    parameter = data.draw(st.sampled_from([smedge.find_parameter(product.parameters, name) for name in names]))
    value = data.draw(st.one_of(st.integers(-100, 100), st.text(max_size=8), st.booleans(), st.none(),
                                st.floats(allow_nan=False, allow_infinity=False)))
    expected = _outcome(to_text, parameter, value)
    got = _outcome(lambda job: smedge.conform_job(job)[parameter.name], {"Type": "Typed", parameter.name: value})
    if isinstance(expected, str) and ("\n" in expected or "\r" in expected):
        assert got is JobValueError  # a job file holds one line per value
    else:
        assert got == expected or (isinstance(expected, type) and isinstance(got, type) and issubclass(got, expected))
