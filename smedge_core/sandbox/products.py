"""The products the local master knows, as the JSON dicts ``ConfigureMaster ProductInfo`` prints.

Parameter types: String, Path, Range, Integer, Float, Bool, Choice, ID, Time, Parameters; flags:
Required, List, ReadOnly. Every product shares the job parameters of :data:`JOB_PARAMETERS`. Names and
meanings follow the reference; types, defaults and the product IDs other than Generic Script's are ours.
Product names and the job classes (``Class``: Job, ProcessJob, RenderJob and the distributors) are the
Smedge Administrator Manual's; which product has which class is ours. A ``Parameters`` value is written
as ``NAME=value`` items joined by the parameter's ``Separator`` when it has one (EnvironmentOverrides, the
form public scripts send), else as JSON.
"""

GENERIC_SCRIPT_ID = "2c0ad30d-5432-44f3-8ab9-5d09d08e2955"
FFMPEG_ID = "dfd7fc09-dae8-432e-8418-a126b85126ba"
MAYA_ID = "a99cf02d-31cc-41c7-9135-a1b9f8547275"
NUKE_ID = "c4da8d9a-9950-4631-a8d3-6fe5b6366254"
HOUDINI_ID = "7f963617-95f6-4888-a948-88df8c62fd43"
BLENDER_ID = "5b3e2c8e-0f4d-4a51-9d0c-6c1b4e8f2a70"


def parameter(name, kind="String", default="", flags=(), choices=None, parameters=(), **settings):
    """One parameter definition as JSON data."""
    settings = dict(settings, Name=name, Default=default)
    return {"Type": kind, "Flags": list(flags), "Settings": {k: str(v) for k, v in settings.items()},
            "Choices": dict(choices or {}), "Parameters": list(parameters)}


JOB_PARAMETERS = [
    parameter("ID", "ID", flags=["ReadOnly"]),
    parameter("Type", "ID"),
    parameter("Name"),
    parameter("Creator"),
    parameter("Note"),
    parameter("Pool"),
    parameter("Priority", "Integer", 50, Min=0, Max=100),
    parameter("Status", "Integer", 0),
    parameter("Range", "Range", "1"),
    parameter("PacketSize", "Integer", 1, Min=1),
    parameter("Scene", "Path"),
    parameter("Project", "Path"),
    parameter("RenderDir", "Path"),
    parameter("Extra"),
    parameter("Executable", "Path"),
    parameter("CPUs", "Integer", 0, Min=-1),  # -1: all of the machine's (public scripts send it)
    parameter("GPUs", "Integer", 0, Min=-1),  # -1: all of the machine's (public scripts send it)
    parameter("RAM", "Integer", 0, Min=-1),  # -1: all of the machine's (public scripts send it)
    parameter("DistributeMode", "Choice", "0", choices={"0": "Forward", "1": "Reverse", "2": "Random"}),
    parameter("UsageLimit", "Integer", 0, Min=0),
    parameter("StaggerStart", "Integer", 0, Min=0),
    parameter("StaggerCount", "Integer", 0, Min=0),
    parameter("StaggerMode", "Choice", "0", choices={"0": "Per Job", "1": "Per Engine"}),
    parameter("FinishDisposition", "Choice", "0", choices={"0": "Keep", "1": "Archive", "2": "Delete"}),
    parameter("FailureLimit", "Integer", 3, Min=0),
    parameter("OvertimeKill", "Integer", 0, Min=0),
    parameter("DetectErrors", "Bool", 1),
    parameter("ErrorStarts", flags=["List"], Separator="|"),
    parameter("ErrorIgnores", flags=["List"], Separator="|"),
    parameter("Created", "Time", "0", flags=["ReadOnly"]),
    parameter("LastError", flags=["ReadOnly"]),
    parameter("FailureCount", "Integer", 0, flags=["ReadOnly"]),
    parameter("Started", "Time", "0", flags=["ReadOnly"]),
    parameter("Finished", "Time", "0", flags=["ReadOnly"]),
    parameter("WaitForJobID", "ID", flags=["List"], Separator=","),
    parameter("WaitForWholeJob", "Bool", 1),
    parameter("EnvironmentOverrides", "Parameters", Separator="|"),
    parameter("ImageFormat", "Path", flags=["List"], Separator=";"),
    parameter("ImageNotEndText"),  # a variable the manual names ($(ImageNotEndText)); its meaning is not public
    parameter("JobStartedEvt"),
    parameter("JobFinishedEvt"),
]


def product(product_id, name, smedge_class, parameters, aliases=(), queue=0):
    """One product as JSON data: the job parameters with the product's own replacing or following them."""
    own = {p["Settings"]["Name"].lower(): p for p in parameters}
    merged = [own.pop(p["Settings"]["Name"].lower(), p) for p in JOB_PARAMETERS] + list(own.values())
    return {"Type": product_id, "Class": smedge_class, "Name": name, "Queue": queue,
            "Aliases": list(aliases), "Parameters": merged}


PRODUCTS = [
    product(GENERIC_SCRIPT_ID, "Generic Script", "ProcessJob", [
        parameter("Command", flags=["Required"]),
        parameter("WorkingDirectory", "Path"),
    ], aliases=["Script", "Generic"]),
    product(FFMPEG_ID, "FFmpeg", "ProcessJob", [
        parameter("Scene", "Path", flags=["Required"]),
        parameter("InfileOptions"),
        parameter("OutfileOptions"),
        parameter("OutputFile", "Path", flags=["Required"]),
        parameter("Executable", "Path", "ffmpeg"),
        parameter("Range", "Range", "1"),
    ], aliases=["ffmpeg", "Encode"]),
    product(MAYA_ID, "Maya", "RenderJob", [
        parameter("Scene", "Path", flags=["Required"]),
        parameter("Renderer", "Choice", "", choices={
            "": "Scene setting", "arnold": "Arnold", "redshift": "Redshift", "vray": "V-Ray",
            "renderman": "RenderMan", "sw": "Maya Software", "hw2": "Maya Hardware 2.0"}),
        parameter("Camera"),
        parameter("Executable", "Path", "Render"),
    ], aliases=["MayaRender", "Maya Render"]),
    product(NUKE_ID, "Nuke", "RenderJob", [
        parameter("Scene", "Path", flags=["Required"]),
        parameter("WriteNode"),
        parameter("Executable", "Path", "Nuke"),
    ], aliases=["NukeRender", "Nuke Render"]),
    product(HOUDINI_ID, "Houdini", "RenderJob", [
        parameter("Scene", "Path", flags=["Required"]),
        parameter("ROP", flags=["Required"]),
        parameter("Executable", "Path", "hython"),
    ], aliases=["HoudiniRender", "Houdini Render", "hython"]),
    # Blender: SceneName is the scene Blender's -S renders (empty: the file's active one); ViewLayer, when
    # set, the only view layer rendered.
    product(BLENDER_ID, "Blender", "RenderJob", [
        parameter("Scene", "Path", flags=["Required"]),
        parameter("SceneName"),
        parameter("ViewLayer"),
        parameter("Executable", "Path", "blender"),
    ], aliases=["BlenderRender", "Blender Render"]),
]

# --- the renderer products of issue 19, by the Administrator Manual's names -------------------------

def _maya_family(product_id, name):
    return product(product_id, name, "RenderJob", [
        parameter("Scene", "Path", flags=["Required"]),
        parameter("Camera"),
        parameter("Executable", "Path", "Render"),
    ])


RENDERER_PRODUCTS = [
    _maya_family("5b0f7a4e-2c1d-4f3a-9e8b-1a2b3c4d5e01", "Arnold for Maya"),
    _maya_family("5b0f7a4e-2c1d-4f3a-9e8b-1a2b3c4d5e02", "Redshift for Maya"),
    _maya_family("5b0f7a4e-2c1d-4f3a-9e8b-1a2b3c4d5e03", "V-Ray for Maya"),
    _maya_family("5b0f7a4e-2c1d-4f3a-9e8b-1a2b3c4d5e04", "RenderMan for Maya"),
    _maya_family("5b0f7a4e-2c1d-4f3a-9e8b-1a2b3c4d5e05", "Maya Software Renderer"),
    _maya_family("5b0f7a4e-2c1d-4f3a-9e8b-1a2b3c4d5e06", "Maya Hardware Renderer"),
    product("5b0f7a4e-2c1d-4f3a-9e8b-1a2b3c4d5e07", "HRender", "RenderJob", [
        parameter("Scene", "Path", flags=["Required"]),
        parameter("ROP", flags=["Required"]),
        parameter("Executable", "Path", "hrender"),
    ]),
]
PRODUCTS += RENDERER_PRODUCTS
