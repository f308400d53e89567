//Maya ASCII 2024 scene
//Name: props.ma
//Last modified: Mon, Nov 30, 2026 09:50:11 AM
//Codeset: UTF-8
requires maya "2024";
currentUnit -l centimeter -a degree -t film;
fileInfo "application" "maya";
createNode transform -s -n "persp";
	rename -uid "2C3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E01";
createNode camera -s -n "perspShape" -p "persp";
	rename -uid "2C3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E02";
	setAttr -k off ".v" no;
createNode transform -n "propCam";
	rename -uid "2C3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E03";
createNode camera -n "propCamShape" -p "propCam";
	rename -uid "2C3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E04";
	setAttr -k off ".v";
createNode renderLayerManager -n "renderLayerManager";
	rename -uid "2C3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E05";
createNode renderLayer -n "defaultRenderLayer";
	rename -uid "2C3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E06";
	setAttr ".g" yes;
select -ne :defaultRenderGlobals;
	setAttr ".ren" -type "string" "redshift";
	setAttr ".fs" 500;
connectAttr "renderLayerManager.rlmi[0]" "defaultRenderLayer.rlid";
// End of props.ma
