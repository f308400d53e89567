"""The state of the fake Maya session: nodes with typed attributes, connections, references, units, the
current render layer, the file state and the UI.

Attributes: each node type lists the attributes the fake models (long name, short name, type, default);
``addAttr`` adds dynamic ones. A scene file may set attributes the fake does not model: their values are
kept (and written back) under the name the file used, and ``getAttr`` reads them by that name. Time
attributes are stored in seconds and read and written in the current UI time unit (``currentUnit -t``),
as ``getAttr`` documents ("UI units are used where applicable"); a ``.ma`` file's time values are in the
unit of its ``currentUnit`` line. An unset time attribute reads as its default number of frames in the
current unit (``startFrame`` 1, ``endFrame`` 10, ``byFrameStep`` 1) [UNCONFIRMED: Maya's docs do not say].
"""
import fnmatch
import os
import re

#: Frames per second of Maya's time units.
TIME_UNITS = {"game": 15.0, "film": 24.0, "pal": 25.0, "ntsc": 30.0, "show": 48.0, "palf": 50.0,
              "ntscf": 60.0, "hour": 1.0 / 3600, "min": 1.0 / 60, "sec": 1.0, "millisec": 1000.0,
              "23.976fps": 24000 / 1001.0, "29.97fps": 30000 / 1001.0, "29.97df": 30000 / 1001.0,
              "47.952fps": 48000 / 1001.0, "59.94fps": 60000 / 1001.0, "44100fps": 44100.0, "48000fps": 48000.0}


def fps(unit):
    """Frames per second of a time unit name; ValueError for a name Maya does not know."""
    if unit in TIME_UNITS:
        return TIME_UNITS[unit]
    match = re.match(r"^(\d+)fps$", unit or "")
    if match:
        return float(match.group(1))
    raise ValueError(f"Invalid time unit: {unit}")


class Spec:
    """One attribute: long and short name, type, default, and (compound arrays) its children."""

    def __init__(self, long, short, kind, default=None, multi=False, children=()):
        self.long, self.short, self.kind, self.default, self.multi = long, short, kind, default, multi
        self.children = {c.long: c for c in children}
        for child in children:
            self.children[child.short] = child


def _specs(*rows):
    return [Spec(*row) if isinstance(row, tuple) else row for row in rows]


_SECOND = 1.0  # a time attribute's default is in frames of the current UI unit (see Node.get)
COMMON = _specs(("message", "msg", "message"), ("isHistoricallyInteresting", "ihi", "byte", 2))
DAG = _specs(("visibility", "v", "bool", True), ("renderLayerInfo", "rlio", "message", None, True),
             ("instObjGroups", "iog", "message", None, True), ("translate", "t", "double3", (0.0, 0.0, 0.0)),
             ("rotate", "r", "double3", (0.0, 0.0, 0.0)))
TYPES = {
    "camera": _specs(("renderable", "rnd", "bool", True), ("orthographic", "o", "bool", False),
                     ("mask", "ma", "bool", True), ("depth", "dep", "bool", False),
                     ("imageName", "imn", "string"), ("depthName", "den", "string"), ("maskName", "man", "string")),
    "renderGlobals": _specs(
        ("currentRenderer", "ren", "string", "mayaSoftware"), ("startFrame", "fs", "time", _SECOND),
        ("endFrame", "ef", "time", 10 * _SECOND), ("byFrameStep", "bfs", "time", _SECOND),
        ("byFrame", "bf", "float", 1.0), ("animation", "an", "bool", False), ("imageFilePrefix", "ifp", "string"),
        ("extensionPadding", "pad", "long", 1), ("imfPluginKey", "imfkey", "string"),
        ("imageFormat", "outf", "long", 7), ("putFrameBeforeExt", "pff", "bool", False),
        ("periodInExt", "peie", "long", 1), ("outFormatControl", "oft", "long", 0),
        ("renderVersion", "rv", "string")),
    "resolution": _specs(("width", "w", "long", 960), ("height", "h", "long", 540),
                         ("deviceAspectRatio", "dar", "float", 1.7769999504089355),
                         ("pixelAspect", "pa", "float", 1.0)),
    "time": _specs(("outTime", "o", "time", _SECOND), ("unwarpedTime", "unw", "time", _SECOND)),
    "renderLayer": _specs(("renderable", "rndr", "bool", True), ("global", "g", "bool", False),
                          ("displayOrder", "do", "long", 0), ("identification", "rlid", "long", 0),
                          ("renderInfo", "ri", "message"),
                          Spec("adjustments", "adjs", "compound", None, True, _specs(
                              ("plug", "plg", "message"), ("value", "val", "generic")))),
    "renderLayerManager": _specs(("currentRenderLayer", "crl", "long", 0),
                                 ("renderLayerId", "rlmi", "long", None, True)),
    "simpleSelector": _specs(("staticSelection", "ssl", "string"), ("pattern", "pat", "string"),
                             ("typeFilter", "tf", "long", 0), ("customFilterValue", "cfv", "string"),
                             ("input", "in", "message"), ("output", "out", "message"), ("collection", "c", "message")),
    "script": _specs(("before", "b", "string"), ("after", "a", "string"), ("scriptType", "st", "long", 0)),
    # Autodesk's node reference: "created as a default and implicit node ... a singleton in the scene".
    "colorManagementGlobals": _specs(("cmEnabled", "cme", "bool", True), ("configFileEnabled", "cfe", "bool", False),
                                     ("configFilePath", "cfp", "string"), ("workingSpaceName", "wsn", "string"),
                                     ("viewTransformName", "vtn", "string")),
    # Renderers' settings nodes, as their plug-ins write them in .ma files: V-Ray with short names,
    # Redshift and RenderMan with long ones. Defaults [UNCONFIRMED]: V-Ray's imageFormatStr reads None
    # until changed (png, per OpenPype); Redshift's imageFormat 1 (exr); RenderMan's as files save them.
    "VRaySettingsNode": _specs(("fileNamePrefix", "fnprx", "string"), ("imageFormatStr", "imgfs", "string"),
                               ("giOn", "gi", "bool", False)),
    "RedshiftOptions": _specs(("imageFormat", "imageFormat", "long", 1), ("version", "version", "long", 0)),
    "rmanGlobals": _specs(("imageFileFormat", "imageFileFormat", "string", "<scene>_<layer>_<camera>_<aov>.<f4>.<ext>"),
                          ("imageOutputDir", "imageOutputDir", "string", "<ws>/images/<scene>_v<version>_t<take>"),
                          ("version", "version", "long", 1), ("take", "take", "long", 1),
                          ("cacheCrews", "cch", "bool", True), ("displays", "displays", "message", None, True)),
    # AOVs / render elements / displays and the renderers' AOV switches, by the attribute names AYON's
    # lib_renderproducts reads (aiAOV ``name``/``enabled``, aiOptions ``aovMode``, aiAOVDriver ``mergeAOVs``,
    # VRayRenderElement ``enabled``/``vrayClassType`` and its dynamic ``vray_name_*``, vraySettings
    # ``fileNamePadding``/``fileNameRenderElementSeparator``/``dontSaveRgbChannel``/``separateAlpha``,
    # RedshiftAOV ``enabled``/``name``/``aovType``, redshiftOptions ``exrForceMultilayer``/
    # ``aovGlobalEnableMode``, rmanDisplay ``enable``). Short names equal the long ones and the defaults
    # are [UNCONFIRMED] (MtoA's aiAOV ``aovn``/``enbl`` excepted, as .ma files write them).
    "aiAOV": _specs(("name", "aovn", "string"), ("enabled", "enbl", "bool", True), ("type", "aovt", "long", 5)),
    "aiOptions": _specs(("aovMode", "aovMode", "long", 1)),
    "aiAOVDriver": _specs(("mergeAOVs", "mergeAOVs", "bool", False),
                          ("ai_translator", "ai_translator", "string", "exr")),
    "VRayRenderElement": _specs(("enabled", "enabled", "bool", True), ("vrayClassType", "vrayClassType", "string")),
    "RedshiftAOV": _specs(("enabled", "enabled", "bool", True), ("name", "name", "string"),
                          ("aovType", "aovType", "string")),
    "rmanDisplay": _specs(("enable", "enable", "bool", True)),
    # File inputs, by Autodesk's node reference (file, gpuCache, AlembicNode) and the plug-ins' docs
    # (mayaUsdProxyShape ``filePath``, MtoA's aiStandIn ``dso`` and aiImage ``filename``).
    "file": _specs(("fileTextureName", "ftn", "string"), ("useFrameExtension", "ufe", "bool", False),
                   ("uvTilingMode", "uvt", "long", 0), ("computedFileTextureNamePattern", "cfnp", "string")),
    "AlembicNode": _specs(("abc_File", "fn", "string")),
    "gpuCache": _specs(("cacheFileName", "cfn", "string")),
    "mayaUsdProxyShape": _specs(("filePath", "fp", "string")),
    "aiStandIn": _specs(("dso", "dso", "string")),
    "aiImage": _specs(("filename", "filename", "string")),
    "PxrTexture": _specs(("filename", "filename", "string")),
}
for _kind, _attribute in (("aiPhotometricLight", "ai_filename"), ("VRayMesh", "fileName"),
                          ("VRayVolumeGrid", "inFile"), ("VRayLightIESShape", "iesFile"),
                          ("RedshiftProxyMesh", "fileName"), ("RedshiftVolumeShape", "fileName"),
                          ("RedshiftNormalMap", "tex0"), ("RedshiftDomeLight", "tex0"),
                          ("pgYetiMaya", "cacheFileName")):
    TYPES[_kind] = _specs((_attribute, _attribute, "string"))
TYPES["VRaySettingsNode"] += _specs(("fileNamePadding", "fileNamePadding", "long", 4),
                                    ("fileNameRenderElementSeparator", "fileNameRenderElementSeparator", "string", "."),
                                    ("dontSaveRgbChannel", "dontSaveRgbChannel", "bool", False),
                                    ("separateAlpha", "separateAlpha", "bool", False))
TYPES["RedshiftOptions"] += _specs(("exrForceMultilayer", "exrForceMultilayer", "bool", False),
                                   ("aovGlobalEnableMode", "aovGlobalEnableMode", "long", 1))
_LIST_ITEM = _specs(("selfEnabled", "sen", "bool", True), ("enabled", "en", "bool", True),
                    ("parentEnabled", "pen", "bool", True), ("next", "nxt", "message"),
                    ("previous", "prv", "message"), ("parentList", "pls", "message"),
                    ("listItem", "lit", "message"), ("childLowest", "cl", "message"),
                    ("childHighest", "ch", "message"), ("numIsolatedChildren", "nic", "long", 0),
                    ("parentNumIsolatedChildren", "pic", "long", 0), ("isolateSelected", "isl", "bool", False))
COLLECTIONS = ("collection", "renderSettingsCollection", "renderSettingsChildCollection", "lightsCollection",
               "lightsChildCollection", "aovCollection", "aovChildCollection", "group")
OVERRIDES = ("absOverride", "relOverride", "absUniqueOverride", "relUniqueOverride")
for _kind in COLLECTIONS:
    TYPES[_kind] = _LIST_ITEM + _specs(("selector", "sel", "message"))
for _kind in (*OVERRIDES, "connectionOverride", "shaderOverride", "materialOverride"):
    TYPES[_kind] = _LIST_ITEM + _specs(("attribute", "atr", "string"), ("targetNodeName", "tgName", "string"))
TYPES["renderSetupLayer"] = _LIST_ITEM + _specs(("legacyRenderLayer", "lrl", "message"))
TYPES["renderSetup"] = _specs(("firstRenderLayer", "frl", "message"), ("lastRenderLayer", "lrl", "message"),
                              ("listItem", "lit", "message"))
LIGHTS = ("pointLight", "directionalLight", "spotLight", "areaLight", "ambientLight", "volumeLight",
          "aiAreaLight", "aiSkyDomeLight", "aiMeshLight", "aiPhotometricLight", "RedshiftPhysicalLight")
DAG_TYPES = ("transform", "joint", "camera", "mesh", "nurbsCurve", "nurbsSurface", "locator", *LIGHTS)
#: The nodes real Maya has before a file loads (a new scene's default nodes), which files reach as
#: ``:name`` (``select -ne :name``, ``connectAttr ":defaultColorMgtGlobals.cme" ...``), with their types
#: from Autodesk's node reference. Each one marked * is reached so in the real files of tests/data/scenes;
#: the others are in a new scene of Maya 2024 [UNCONFIRMED: from Autodesk's docs and memory, not listed
#: from a live session].
DEFAULT_NODES = (
    ("time1", "time"),  # *
    ("sequenceManager1", "sequenceManager"), ("hardwareRenderingGlobals", "hardwareRenderingGlobals"),  # *
    ("renderPartition", "partition"), ("renderGlobalsList1", "renderGlobalsList"),  # * *
    ("defaultLightList1", "defaultLightList"), ("defaultShaderList1", "defaultShaderList"),  # *
    ("postProcessList1", "postProcessList"), ("defaultRenderUtilityList1", "defaultRenderUtilityList"),  # * *
    ("defaultRenderingList1", "defaultRenderingList"), ("lightList1", "lightList"),  # * *
    ("defaultTextureList1", "defaultTextureList"), ("lambert1", "lambert"),  # * *
    ("standardSurface1", "standardSurface"), ("particleCloud1", "particleCloud"),  # *
    ("initialShadingGroup", "shadingEngine"), ("initialParticleSE", "shadingEngine"),  # * *
    ("initialMaterialInfo", "materialInfo"), ("shaderGlow1", "shaderGlow"), ("dof1", "dof"),
    ("defaultRenderGlobals", "renderGlobals"), ("defaultRenderQuality", "renderQuality"),  # *
    ("defaultResolution", "resolution"), ("defaultLightSet", "objectSet"),  # * *
    ("defaultObjectSet", "objectSet"), ("defaultViewColorManager", "viewColorManager"),
    ("defaultColorMgtGlobals", "colorManagementGlobals"), ("hardwareRenderGlobals", "hardwareRenderGlobals"),  # * *
    ("defaultHardwareRenderGlobals", "hwRenderGlobals"), ("characterPartition", "partition"),  # *
    ("ikSystem", "ikSystem"), ("hyperGraphInfo", "hyperGraphInfo"), ("hyperGraphLayout", "hyperLayout"),  # *
    ("globalCacheControl", "globalCacheControl"), ("strokeGlobals", "strokeGlobals"),
    ("dynController1", "dynController"))
_ADD_TYPES = {"bool": "bool", "long": "long", "short": "long", "byte": "long", "enum": "long", "float": "float",
              "double": "double", "time": "time", "doubleLinear": "double", "doubleAngle": "double",
              "message": "message", "string": "string", "float3": "double3", "double3": "double3"}


class Reference:
    """A ``file -r`` reference: its node, path as written, namespace, whether it is loaded."""

    def __init__(self, node, path, namespace, deferred, file_type, parent, resolved):
        self.node, self.path, self.namespace, self.deferred = node, path, namespace, deferred
        self.file_type, self.parent, self.resolved = file_type, parent, resolved
        self.loaded = False
        self.unreadable = ""  # why the fake could not load it (a binary .mb, a missing file)
        self.time_unit = "film"


class Node:
    def __init__(self, scene, kind, name, parent=None, shared=False, default=False, reference=None):
        self.scene, self.type, self.name, self.parent = scene, kind, name, parent
        self.shared, self.default, self.reference = shared, default, reference
        self.children, self.uuid, self.locked = [], "", False
        self.instance_parents = []  # the transforms it is also instanced under (parent -add -s)
        self.values = {}  # canonical attribute path -> (kind, value); time values in seconds
        self.dynamic = {}  # name (long and short) -> Spec added by addAttr
        self.added = []  # addAttr flags as written, for the writer
        self.dag = parent is not None or kind in DAG_TYPES
        specs = COMMON + (DAG if self.dag else []) + TYPES.get(kind, [])
        self.specs = {}
        for spec in specs:
            self.specs[spec.long] = spec
            self.specs[spec.short] = spec

    @property
    def path(self):
        if not self.dag:
            return self.name
        return (self.parent.path if self.parent is not None else "") + "|" + self.name

    @property
    def paths(self):
        """Every DAG path of the node: one under each path of each of its parents (its own and those it
        is instanced under with ``parent -add``), so an instanced transform's children have several."""
        if not self.dag:
            return [self.name]
        parents = [p for p in [self.parent, *self.instance_parents] if p is not None]
        paths = [path + "|" + self.name for parent in parents for path in parent.paths]
        return paths if self.parent is not None else ["|" + self.name, *paths]

    @property
    def is_shape(self):
        return self.dag and self.type not in ("transform", "joint")

    # -- attribute names -----------------------------------------------------------------------
    def spec(self, name):
        return self.dynamic.get(name) or self.specs.get(name)

    def resolve(self, attr, strict=True):
        """``(canonical path, spec)``: long names for modelled parts. With ``strict``, an attribute the
        node does not have raises ValueError (Maya's "No object matches name"); without, a name the file
        used is kept as it is."""
        parts, spec, out = attr.split("."), None, []
        for i, part in enumerate(parts):
            match = re.match(r"^([^\[]+)(\[.*\])?$", part)
            if not match:
                raise ValueError(f"No object matches name: {self.name}.{attr}")
            base, index = match.group(1), match.group(2) or ""
            found = (spec.children.get(base) if spec is not None else None) if i else self.spec(base)
            if found is None:
                known = any(k == attr or k.startswith(attr + "[") or k.startswith(attr + ".")
                            for k in self.values)
                if strict and not known:
                    raise ValueError(f"No object matches name: {self.name}.{attr}")
                return attr, None
            spec = found
            out.append(found.long + index)
        return ".".join(out), spec

    # -- values --------------------------------------------------------------------------------
    def get(self, attr):
        """The stored value of a canonical attribute path (default when unset), time in seconds."""
        if attr in self.values:
            return self.values[attr][1]
        _, spec = self.resolve(attr, strict=False)
        if spec is None:
            return None
        if spec.kind == "time" and spec.default is not None:  # [UNCONFIRMED] 1 and 10 are frames in any unit
            return spec.default / fps(self.scene.time_unit)
        return spec.default

    def set(self, attr, value, kind=None):
        _, spec = self.resolve(attr, strict=False)
        self.values[attr] = (kind or (spec.kind if spec is not None else "raw"), value)

    def add_attr(self, flags):
        long, short = flags.get("-ln") or flags.get("-sn"), flags.get("-sn") or flags.get("-ln")
        if self.spec(long) is not None or self.spec(short) is not None:
            raise RuntimeError(f"Found an attribute named '{long}' already on {self.name}")
        kind = _ADD_TYPES.get(flags.get("-at") or flags.get("-dt") or "double", "raw")
        default = flags.get("-dv")
        if kind == "bool":
            default = bool(float(default)) if default is not None else False
        elif kind == "long":
            default = int(float(default)) if default is not None else 0
        elif kind in ("float", "double") or kind == "time":
            default = float(default) if default is not None else 0.0
        spec = Spec(long, short, kind, default)
        self.dynamic[long] = self.dynamic[short] = spec
        self.added.append(dict(flags))

    def set_from_file(self, attr, type_name, tokens):
        from ._ma import Str, scalar

        ranged = re.match(r"^(.*)\[(\d+):(\d+)\]$", attr)
        canonical, spec = self.resolve(attr if not ranged else ranged.group(1) + "[0]", strict=False)
        if spec is None:
            self.values[attr] = ("raw", [t if isinstance(t, Str) else str(t) for t in tokens])
            return
        if type_name == "string":
            self.values[canonical] = ("string", str(tokens[0]) if tokens else "")
            return
        values = [scalar(t) for t in tokens]
        if type_name is not None:
            self.values[canonical] = (type_name, tuple(values))
            return
        if not values:
            return  # setAttr -s N ".multi": the element count alone
        if ranged:
            first, last = int(ranged.group(2)), int(ranged.group(3))
            base = canonical[:-3]
            width = max(1, len(values) // (last - first + 1))
            for i in range(first, last + 1):
                chunk = values[(i - first) * width:(i - first + 1) * width]
                self._store(f"{base}[{i}]", spec, chunk[0] if width == 1 else tuple(chunk))
            return
        self._store(canonical, spec, values[0] if len(values) == 1 else tuple(values))

    def _store(self, canonical, spec, value):
        self.values[canonical] = (spec.kind, self.scene.to_internal(spec.kind, value, self.scene.reading_unit))

    def file_values(self):
        """``(attribute as written, (kind, value in the UI unit))`` for the writer."""
        for attr, (kind, value) in self.values.items():
            if kind == "time":
                value = value * fps(self.scene.time_unit)
            yield attr, (kind, value)


class Scene:
    """The fake session's one scene."""

    def __init__(self):
        self.version = "2024"
        self.batch = False
        self.ui = {}  # UI element full name -> dict (type, label, command, ...)
        self.deferred = []
        self.project = os.getcwd()
        self.rules = {"images": "images", "scene": "scenes", "mayaAscii": "scenes", "sourceImages": "sourceimages"}
        self.new(cameras=True)

    # -- file state ------------------------------------------------------------------------------
    def new(self, cameras=True):
        self.nodes, self.by_leaf = [], {}
        self.connections, self.incoming, self.outgoing, self.by_node = [], {}, {}, {}
        self.references, self.requires, self.file_info, self.skipped = [], [], {}, []
        self.load_errors = []  # the commands of the files read since, that failed (file -q -errorStatus)
        self.next_index = {}  # (node, array attribute) -> the index connectAttr -na uses next
        self.time_unit = self.reading_unit = "film"
        self.scene_name, self.modified = "", False
        self.current_layer, self.overlay = "defaultRenderLayer", {}
        self.undo_queue, self.open_chunks = [], []  # layer switches only: [(from, to)] per entry
        for name, kind in DEFAULT_NODES:
            self.create(kind, name, default=True)
        if cameras:
            for name, renderable in (("persp", True), ("top", False), ("front", False), ("side", False)):
                transform = self.create("transform", name, shared=True)
                shape = self.create("camera", name + "Shape", parent=transform.path, shared=True)
                shape.set("renderable", renderable)
            self.create("renderLayerManager", "renderLayerManager")
            self.create("renderLayer", "defaultRenderLayer")
            self.connect("renderLayerManager.rlmi[0]", "defaultRenderLayer.rlid")

    def set_time_unit(self, unit):
        fps(unit)
        self.time_unit = self.reading_unit = unit

    def to_internal(self, kind, value, unit=None):
        if kind == "time" and value is not None:
            return float(value) / fps(unit or self.time_unit)
        return value

    def to_ui(self, kind, value):
        if kind == "time" and value is not None:
            return float(value) * fps(self.time_unit)
        return value

    # -- nodes -----------------------------------------------------------------------------------
    def create(self, kind, name, parent=None, shared=False, default=False, reference=None):
        parent_node = self.node(parent) if parent else None
        if any(n.parent is parent_node for n in self.by_leaf.get(name, ())):
            raise RuntimeError(f"An object named '{name}' already exists under that parent")
        node = Node(self, kind, name, parent_node, shared, default, reference)
        if parent_node is not None:
            parent_node.children.append(node)
        self.nodes.append(node)
        self.by_leaf.setdefault(name, []).append(node)
        return node

    def default_node(self, name):
        node = self.find(name)
        return node if node is not None else self.create("unknown", name, default=True)

    def find(self, name, parent=None):
        """The node ``name`` (a leaf name, or a ``|`` path) names, or None."""
        if parent is not None:
            name = self.node(parent).path + "|" + name
        matches = self.matches(name)
        return matches[0] if len(matches) == 1 else None

    def matches(self, name):
        leaf = name.rsplit("|", 1)[-1]
        found = self.by_leaf.get(leaf, [])
        if "|" in name:
            found = [n for n in found if any(path == name or (not name.startswith("|") and path.endswith("|" + name))
                                             for path in n.paths)]
        return found

    def node(self, name):
        """The node ``name`` names; ValueError as Maya raises for none or several."""
        matches = self.matches(name)
        if not matches:
            raise ValueError(f"No object matches name: {name}")
        if len(matches) > 1:
            raise ValueError(f"More than one object matches name: {name}")
        return matches[0]

    def display_name(self, node):
        """The shortest unique name of ``node`` (its leaf name unless that is ambiguous)."""
        return node.name if len(self.by_leaf.get(node.name, ())) == 1 else node.path

    def delete(self, node):
        for child in list(node.children):
            self.delete(child)
        self.nodes.remove(node)
        self.by_leaf[node.name].remove(node)
        if node.parent is not None:
            node.parent.children.remove(node)
        for connection in list(self.by_node.get(node, ())):
            self._disconnect(*connection)
        self.by_node.pop(node, None)

    def own_nodes(self):
        return [n for n in self.nodes if n.reference is None]

    def own_connections(self):
        for (src, sattr), (dst, dattr) in self.connections:
            if src.reference is None or dst.reference is None:
                yield self.display_name(src) + "." + sattr, self.display_name(dst) + "." + dattr

    # -- plugs and connections -------------------------------------------------------------------
    def plug(self, text, strict=True):
        """``(node, canonical attribute path)`` of ``node.attr``."""
        if "." not in text:
            raise ValueError(f"No object matches name: {text}")
        name, attr = text.split(".", 1)
        node = self.node(name)
        return node, node.resolve(attr, strict=strict)[0]

    def connect(self, source, destination, next_available=False, force=False, strict=False):
        src = self.plug(source, strict)
        dst_node, dst_attr = self.plug(destination, strict)
        if next_available:
            key = (dst_node, dst_attr)
            if key not in self.next_index:
                used = [int(m.group(1)) for _src, (n, a) in self.by_node.get(dst_node, ()) if n is dst_node
                        for m in [re.match(r"^" + re.escape(dst_attr) + r"\[(\d+)\]$", a)] if m]
                self.next_index[key] = max(used) + 1 if used else 0
            dst_attr = f"{dst_attr}[{self.next_index[key]}]"
        dst = (dst_node, dst_attr)
        if dst in self.incoming:
            if not force:
                raise RuntimeError(
                    f"The destination attribute '{self.display_name(dst_node)}.{dst_attr}' is already connected")
            self._disconnect(self.incoming[dst], dst)
        element = re.match(r"^(.*)\[(\d+)\]$", dst[1])
        counted = (dst[0], element.group(1)) if element else None
        if counted in self.next_index and self.next_index[counted] <= int(element.group(2)):
            self.next_index[counted] = int(element.group(2)) + 1
        self.incoming[dst] = src
        self.outgoing.setdefault(src, []).append(dst)
        self.connections.append((src, dst))
        self.by_node.setdefault(src[0], []).append((src, dst))
        if dst[0] is not src[0]:
            self.by_node.setdefault(dst[0], []).append((src, dst))

    def _disconnect(self, src, dst):
        element = re.match(r"^(.*)\[\d+\]$", dst[1])
        if element:
            self.next_index.pop((dst[0], element.group(1)), None)  # counted again when next needed
        self.connections.remove((src, dst))
        del self.incoming[dst]
        self.outgoing[src].remove(dst)
        for node in {src[0], dst[0]}:
            self.by_node[node].remove((src, dst))

    def source(self, node, attr):
        """The plug connected into ``node.attr``, or None."""
        return self.incoming.get((node, attr))

    def destinations(self, node, attr):
        return list(self.outgoing.get((node, attr), ()))

    # -- references ------------------------------------------------------------------------------
    def add_reference(self, path, namespace, node, deferred, file_type, parent, base):
        resolved = self._resolve_path(path, base)
        ref = Reference(node, path, namespace, deferred, file_type, parent, resolved)
        self.references.append(ref)
        if self.find(node) is None:
            self.create("reference", node, reference=parent)
        if deferred:
            return ref
        if not os.path.isfile(resolved):
            ref.unreadable = "file not found"
        elif not resolved.lower().endswith(".ma"):
            ref.unreadable = "the fake reads Maya ASCII only"
        else:
            from . import _ma

            unit = self.reading_unit
            ref.loaded = True
            _ma.read(self, resolved, namespace, ref)
            self.reading_unit = unit
        return ref

    def _resolve_path(self, path, base):
        if os.path.isabs(path) or re.match(r"^[A-Za-z]:[/\\]", path):
            return path
        for folder in (os.path.dirname(base), self.project):
            candidate = os.path.join(folder, path)
            if os.path.exists(candidate):
                return os.path.normpath(candidate)
        return os.path.normpath(os.path.join(self.project, path))

    # -- render layers ---------------------------------------------------------------------------
    def layer_value(self, node, attr):
        """The value of ``node.attr`` in the current render layer (internal units)."""
        key = (node, attr)
        if key in self.overlay:
            return self.overlay[key]
        return node.get(attr)

    def switch_layer(self, name):
        from . import _layers

        node = self.node(name)
        if node.type != "renderLayer":
            raise RuntimeError(f"'{name}' is not a render layer")
        self.overlay = _layers.overlay(self, node)
        self.current_layer = node.name


def matches_pattern(name, pattern):
    return any(fnmatch.fnmatchcase(name, p) for p in re.split(r"[\s,;]+", pattern) if p)
