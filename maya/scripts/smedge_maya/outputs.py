"""Where each renderer keeps its image name, format and AOVs, and which node attributes hold the scene's
file inputs, as plain data (``collect`` reads it; the naming itself is ``integrations.naming``'s).

Sources: AYON's ``lib_renderproducts.py`` and OpenPype's ``RenderSettings._image_prefix_nodes`` (V-Ray's
prefix in ``vraySettings.fileNamePrefix``, RenderMan's name in ``rmanGlobals.imageFileFormat``, Redshift's
prefix in ``defaultRenderGlobals.imageFilePrefix``), AWS Deadline Cloud's ``renderers.py`` (V-Ray's prefix
only). A renderer not listed uses Maya's own: ``defaultRenderGlobals`` (``imfPluginKey``, else
``imageFormat``).
"""
from __future__ import annotations

from typing import Dict, NamedTuple, Optional

__all__ = ["AOV_NODES", "INPUTS", "MAYA_FORMATS", "OUTPUTS", "Output", "output_of"]

MAYA_PREFIX = "defaultRenderGlobals.imageFilePrefix"


class Output(NamedTuple):
    node: Optional[str]  # the settings node the renderer needs in the scene (None: none)
    prefix: str  # the plug holding the image name (prefix) with its tokens
    format: str  # the plug holding the image format ("" for Maya's own)
    formats: Dict[object, str]  # format value -> file extension; the value None: when the plug is unset
    folder: str = ""  # the plug holding the output folder, for renderers that keep one of their own
    format_proc: str = ""  # a MEL procedure of the renderer that names the extension of a format value


OUTPUTS = {
    # V-Ray: imageFormatStr reads None until the format was changed once from its default, png (OpenPype)
    "vray": Output("vraySettings", "vraySettings.fileNamePrefix", "vraySettings.imageFormatStr",
                   {None: "png", "exr (multichannel)": "exr", "exr (deep)": "exr"}),
    # Redshift names the extension of its imageFormat enum itself (AYON calls this procedure too)
    "redshift": Output("redshiftOptions", MAYA_PREFIX, "redshiftOptions.imageFormat", {},
                       format_proc="redshiftGetImageExtension"),
    # RenderMan: folder and file name of its own, with <ws>, <fN> and <ext> tokens; beauty in OpenEXR
    "renderman": Output("rmanGlobals", "rmanGlobals.imageFileFormat", "", {None: "exr"},
                        folder="rmanGlobals.imageOutputDir"),
    # Arnold writes what its driver says, EXR unless told otherwise
    "arnold": Output(None, MAYA_PREFIX, "defaultArnoldDriver.ai_translator",
                     {None: "exr", "jpeg": "jpg", "tiff": "tif", "deepexr": "exr"}),
}

#: ``defaultRenderGlobals.imageFormat`` values and their file extensions (Maya Software, Hardware 2.0).
MAYA_FORMATS = {0: "gif", 1: "pic", 2: "rla", 3: "tif", 4: "tif", 5: "sgi", 6: "als", 7: "iff", 8: "jpg",
                9: "eps", 10: "iff", 11: "cin", 12: "yuv", 13: "sgi", 19: "tga", 20: "bmp", 31: "psd",
                32: "png", 35: "dds", 36: "psd", 40: "exr"}

MAYA = Output(None, MAYA_PREFIX, "", {})


def output_of(renderer: str) -> Output:
    return OUTPUTS.get(renderer, MAYA)


#: The node type holding each renderer's AOVs / render elements / displays (AYON's ``lib_renderproducts``).
AOV_NODES = {"arnold": "aiAOV", "vray": "VRayRenderElement", "redshift": "RedshiftAOV", "renderman": "rmanDisplay"}

#: The scene's file inputs: node type and the attribute holding the path (Autodesk's node reference for
#: file, AlembicNode, gpuCache; MtoA for aiImage, aiStandIn and aiPhotometricLight; Maya USD for
#: mayaUsdProxyShape; the renderers' proxies, volumes, lights and textures as a render farm's pre-render
#: script lists them; PxrTexture's ``filename`` as real RenderMan files write it). References are read by
#: ``referenceQuery``, not from here.
INPUTS = (("file", "fileTextureName"), ("AlembicNode", "abc_File"), ("gpuCache", "cacheFileName"),
          ("mayaUsdProxyShape", "filePath"), ("aiImage", "filename"), ("aiStandIn", "dso"),
          ("aiPhotometricLight", "ai_filename"), ("PxrTexture", "filename"), ("VRayMesh", "fileName"),
          ("VRayVolumeGrid", "inFile"), ("VRayLightIESShape", "iesFile"), ("RedshiftProxyMesh", "fileName"),
          ("RedshiftVolumeShape", "fileName"), ("RedshiftNormalMap", "tex0"), ("RedshiftDomeLight", "tex0"),
          ("pgYetiMaya", "cacheFileName"))
