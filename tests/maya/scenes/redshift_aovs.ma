//Maya ASCII 2024 scene
//Name: redshift_aovs.ma
//Codeset: UTF-8
requires maya "2024";
requires -nodeType "RedshiftOptions" -nodeType "RedshiftAOV" "redshift4maya" "3.5.19";
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
createNode RedshiftOptions -s -n "redshiftOptions";
	setAttr ".imageFormat" 1;
createNode RedshiftAOV -n "rsAov_Depth";
	setAttr ".name" -type "string" "Z";
	setAttr ".aovType" -type "string" "Depth";
createNode RedshiftAOV -n "rsAov_Cryptomatte";
	setAttr ".name" -type "string" "Cryptomatte";
	setAttr ".aovType" -type "string" "Cryptomatte";
select -ne :defaultRenderGlobals;
	setAttr ".ren" -type "string" "redshift";
	setAttr ".an" yes;
	setAttr ".fs" 1001;
	setAttr ".ef" 1010;
	setAttr ".pff" yes;
	setAttr ".pad" 4;
	setAttr ".ifp" -type "string" "<Scene>/<RenderLayer>.<RenderPass>";
connectAttr "renderLayerManager.rlmi[0]" "defaultRenderLayer.rlid";
connectAttr "defaultRenderLayer.msg" ":defaultRenderingList1.r" -na;
// End of redshift_aovs.ma
