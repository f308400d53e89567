//Maya ASCII 2025 scene
//Name: fps60_step.ma
//Last modified: Mon, Nov 30, 2026 11:41:19 AM
//Codeset: UTF-8
requires maya "2025";
currentUnit -l centimeter -a degree -t ntscf;
fileInfo "application" "maya";
fileInfo "product" "Maya 2025";
fileInfo "version" "2025";
createNode transform -s -n "persp";
	rename -uid "5F3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E01";
	setAttr ".v" no;
createNode camera -s -n "perspShape" -p "persp";
	rename -uid "5F3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E02";
	setAttr -k off ".v" no;
createNode renderLayerManager -n "renderLayerManager";
	rename -uid "5F3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E03";
createNode renderLayer -n "defaultRenderLayer";
	rename -uid "5F3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E04";
	setAttr ".g" yes;
select -ne :time1;
	setAttr ".o" 30;
	setAttr ".unw" 30;
select -ne :defaultRenderGlobals;
	setAttr ".ren" -type "string" "arnold";
	setAttr ".an" yes;
	setAttr ".fs" 1;
	setAttr ".ef" 120;
	setAttr ".bfs" 2;
	setAttr ".bf" 5;
	setAttr ".pad" 4;
connectAttr "renderLayerManager.rlmi[0]" "defaultRenderLayer.rlid";
connectAttr "defaultRenderLayer.msg" ":defaultRenderingList1.r" -na;
// End of fps60_step.ma
