"""The package file and shelf point Houdini at what this repository holds."""
import json
import os
import xml.dom.minidom

HOUDINI = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "houdini")


def expand(value, variables):
    for name, replacement in variables.items():
        value = value.replace("$" + name, replacement)
    return os.path.normpath(value)


def test_the_package_file_puts_this_folder_and_the_repo_on_houdinis_paths():
    with open(os.path.join(HOUDINI, "smedge_submit.json"), encoding="utf-8") as stream:
        package = json.load(stream)
    variables = {"HOUDINI_PACKAGE_PATH": HOUDINI}  # Houdini sets it to the package file's folder
    for entry in package["env"]:
        values = entry["value"] if isinstance(entry["value"], list) else [entry["value"]]
        expanded = [expand(v, variables) for v in values]
        variables[entry["var"]] = expanded[0]
        if entry["var"] == "PYTHONPATH":
            assert entry["method"] == "prepend"
            python_path = expanded
    houdini_path = expand(package["path"], variables)
    assert houdini_path == HOUDINI
    assert os.path.isfile(os.path.join(houdini_path, "scripts", "python", "smedge_houdini", "__init__.py"))
    assert os.path.isfile(os.path.join(houdini_path, "toolbar", "smedge.shelf"))
    assert os.path.isdir(os.path.join(python_path[0], "smedge_core"))
    assert os.path.isdir(os.path.join(python_path[0], "integrations"))
    assert package["enable"] == "houdini_version >= '19.5'"


def test_the_shelf_tool_is_on_its_shelf_and_runs_python():
    document = xml.dom.minidom.parse(os.path.join(HOUDINI, "toolbar", "smedge.shelf"))
    members = [m.getAttribute("name") for m in document.getElementsByTagName("memberTool")]
    tools = {t.getAttribute("name"): t for t in document.getElementsByTagName("tool")}
    assert members == list(tools) == ["smedge_submit_rop"]
    script = tools["smedge_submit_rop"].getElementsByTagName("script")[0]
    assert script.getAttribute("scriptType") == "python"
    assert script.firstChild.data == "from smedge_houdini import rop; rop.create_from_shelf(kwargs)"
