//Maya ASCII 2024 scene
//Name: arnold_aovs.ma
//Codeset: UTF-8
requires maya "2024";
requires -nodeType "aiOptions" -nodeType "aiAOVDriver" -nodeType "aiAOV" "mtoa" "5.3.1";
currentUnit -l centimeter -a degree -t film;
fileInfo "application" "maya";
fileInfo "product" "Maya 2024";
fileInfo "version" "2024";
createNode transform -s -n "persp";
	setAttr ".v" no;
createNode camera -s -n "perspShape" -p "persp";
	setAttr -k off ".v" no;
createNode renderLayerManager -n "renderLayerManager";
createNode renderLayer -n "defaultRenderLayer";
	setAttr ".g" yes;
createNode aiOptions -s -n "defaultArnoldRenderOptions";
createNode aiAOVDriver -s -n "defaultArnoldDriver";
	setAttr ".ai_translator" -type "string" "exr";
createNode aiAOV -n "aiAOV_diffuse";
	setAttr ".aovn" -type "string" "diffuse";
createNode aiAOV -n "aiAOV_specular";
	setAttr ".aovn" -type "string" "specular";
select -ne :defaultRenderGlobals;
	setAttr ".ren" -type "string" "arnold";
	setAttr ".an" yes;
	setAttr ".fs" 1001;
	setAttr ".ef" 1010;
	setAttr ".pff" yes;
	setAttr ".pad" 4;
	setAttr ".ifp" -type "string" "<Scene>/<RenderLayer>_<RenderPass>";
connectAttr "renderLayerManager.rlmi[0]" "defaultRenderLayer.rlid";
connectAttr "defaultRenderLayer.msg" ":defaultRenderingList1.r" -na;
connectAttr "aiAOV_diffuse.msg" ":defaultArnoldRenderOptions.aovList" -na;
connectAttr "aiAOV_specular.msg" ":defaultArnoldRenderOptions.aovList" -na;
// End of arnold_aovs.ma
