//Maya ASCII 2024 scene
//Name: renderman_displays.ma
//Codeset: UTF-8
requires maya "2024";
requires -nodeType "rmanGlobals" -nodeType "rmanDisplay" "RenderMan_for_Maya.py" "25.2 @ 2282507";
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
createNode rmanGlobals -s -n "rmanGlobals";
	setAttr ".imageFileFormat" -type "string" "<scene>_<layer>_<aov>.<f4>.<ext>";
	setAttr ".imageOutputDir" -type "string" "<ws>/images/<scene>";
createNode rmanDisplay -s -n "rmanDefaultDisplay";
	setAttr ".enable" yes;
createNode rmanDisplay -n "directDiffuse";
	setAttr ".enable" yes;
select -ne :defaultRenderGlobals;
	setAttr ".ren" -type "string" "renderman";
	setAttr ".an" yes;
	setAttr ".fs" 1001;
	setAttr ".ef" 1010;
	setAttr ".pff" yes;
	setAttr ".pad" 4;
	setAttr ".ifp" -type "string" "";
connectAttr "renderLayerManager.rlmi[0]" "defaultRenderLayer.rlid";
connectAttr "defaultRenderLayer.msg" ":defaultRenderingList1.r" -na;
connectAttr ":rmanDefaultDisplay.msg" ":rmanGlobals.displays[0]";
connectAttr "directDiffuse.msg" ":rmanGlobals.displays[1]";
// End of renderman_displays.ma
