//Maya ASCII 2024 scene
//Name: renderman_output.ma
//Last modified: Mon, Nov 30, 2026 10:12:40 AM
//Codeset: UTF-8
requires maya "2024";
requires -nodeType "rmanGlobals" "RenderMan_for_Maya.py" "26.2";
currentUnit -l centimeter -a degree -t film;
fileInfo "application" "maya";
fileInfo "product" "Maya 2024";
fileInfo "version" "2024";
createNode transform -s -n "persp";
	rename -uid "0A3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E01";
	setAttr ".v" no;
	setAttr ".t" -type "double3" 28 21 28 ;
createNode camera -s -n "perspShape" -p "persp";
	rename -uid "0A3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E02";
	setAttr -k off ".v" no;
	setAttr ".imn" -type "string" "persp";
createNode transform -s -n "top";
	rename -uid "0A3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E03";
createNode camera -s -n "topShape" -p "top";
	rename -uid "0A3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E04";
	setAttr ".rnd" no;
	setAttr ".o" yes;
createNode renderLayerManager -n "renderLayerManager";
	rename -uid "0A3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E05";
createNode renderLayer -n "defaultRenderLayer";
	rename -uid "0A3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E06";
	setAttr ".g" yes;
createNode rmanGlobals -s -n "rmanGlobals";
	rename -uid "0A3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E23";
	setAttr ".cch" no;
	setAttr ".imageFileFormat" -type "string" "<scene>_<layer>_<aov>.<f4>.<ext>";
	setAttr ".version" 3;
	setAttr ".take" 1;
	setAttr ".imageOutputDir" -type "string" "<ws>/images/<scene>_v<version>_t<take>";
select -ne :time1;
	setAttr ".o" 1001;
	setAttr ".unw" 1001;
select -ne :defaultRenderGlobals;
	setAttr ".ren" -type "string" "renderman";
	setAttr ".an" yes;
	setAttr ".fs" 1001;
	setAttr ".ef" 1100;
	setAttr ".pff" yes;
	setAttr ".pad" 4;
	setAttr ".ifp" -type "string" "stale/<Scene>";
select -ne :defaultResolution;
	setAttr ".w" 2048;
	setAttr ".h" 858;
connectAttr "renderLayerManager.rlmi[0]" "defaultRenderLayer.rlid";
connectAttr "defaultRenderLayer.msg" ":defaultRenderingList1.r" -na;
// End of renderman_output.ma
