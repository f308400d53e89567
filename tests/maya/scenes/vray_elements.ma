//Maya ASCII 2024 scene
//Name: vray_elements.ma
//Codeset: UTF-8
requires maya "2024";
requires -nodeType "VRaySettingsNode" -nodeType "VRayRenderElement" "vrayformaya" "6.20.01";
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
createNode VRaySettingsNode -s -n "vraySettings";
	setAttr ".fnprx" -type "string" "<Scene>/<Layer>";
	setAttr ".imgfs" -type "string" "exr";
	setAttr ".fileNamePadding" 5;
	setAttr ".fileNameRenderElementSeparator" -type "string" "_";
createNode VRayRenderElement -n "vrayRE_Diffuse";
	addAttr -ci true -sn "vray_name_diffuse" -ln "vray_name_diffuse" -dt "string";
	setAttr ".vrayClassType" -type "string" "diffuseChannel";
	setAttr ".vray_name_diffuse" -type "string" "diffuse";
createNode VRayRenderElement -n "vrayRE_Reflection";
	addAttr -ci true -sn "vray_name_reflect" -ln "vray_name_reflect" -dt "string";
	setAttr ".vrayClassType" -type "string" "reflectChannel";
	setAttr ".vray_name_reflect" -type "string" "reflect";
select -ne :defaultRenderGlobals;
	setAttr ".ren" -type "string" "vray";
	setAttr ".an" yes;
	setAttr ".fs" 1001;
	setAttr ".ef" 1010;
	setAttr ".pff" yes;
	setAttr ".pad" 4;
	setAttr ".ifp" -type "string" "";
connectAttr "renderLayerManager.rlmi[0]" "defaultRenderLayer.rlid";
connectAttr "defaultRenderLayer.msg" ":defaultRenderingList1.r" -na;
// End of vray_elements.ma
