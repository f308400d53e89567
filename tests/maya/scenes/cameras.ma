//Maya ASCII 2024 scene
//Name: cameras.ma
//Last modified: Mon, Nov 30, 2026 10:02:54 AM
//Codeset: UTF-8
file -rdi 1 -ns "props" -rfn "propsRN" -op "v=0;" -typ "mayaAscii" "props.ma";
file -rdi 1 -ns "set" -rfn "setRN" -op "v=0;" -typ "mayaAscii" "set_missing.ma";
file -r -ns "props" -dr 0 -rfn "propsRN" -op "v=0;" -typ "mayaAscii" "props.ma";
file -r -ns "set" -dr 0 -rfn "setRN" -op "v=0;" -typ "mayaAscii" "set_missing.ma";
requires maya "2024";
currentUnit -l centimeter -a degree -t film;
fileInfo "application" "maya";
fileInfo "product" "Maya 2024";
fileInfo "version" "2024";
createNode transform -s -n "persp";
	rename -uid "3D3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E01";
	setAttr ".v" no;
createNode camera -s -n "perspShape" -p "persp";
	rename -uid "3D3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E02";
	setAttr -k off ".v" no;
	setAttr ".rnd" no;
createNode transform -n "camA";
	rename -uid "3D3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E03";
createNode camera -n "camAShape" -p "camA";
	rename -uid "3D3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E04";
	setAttr -k off ".v";
createNode transform -n "camB";
	rename -uid "3D3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E05";
createNode camera -n "camBShape" -p "camB";
	rename -uid "3D3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E06";
	setAttr -k off ".v";
	setAttr ".rnd" yes;
createNode transform -n "witness";
	rename -uid "3D3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E07";
createNode camera -n "witnessShape" -p "witness";
	rename -uid "3D3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E08";
	setAttr ".rnd" no;
createNode renderLayerManager -n "renderLayerManager";
	rename -uid "3D3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E09";
createNode renderLayer -n "defaultRenderLayer";
	rename -uid "3D3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E10";
	setAttr ".g" yes;
createNode reference -n "propsRN";
	rename -uid "3D3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E11";
	setAttr ".ed" -type "dataReferenceEdits"
		"propsRN"
		"propsRN" 0;
lockNode -l 1 ;
createNode reference -n "setRN";
	rename -uid "3D3C5B8E-4F1A-4E2B-9C3D-1A2B3C4D5E12";
lockNode -l 1 ;
select -ne :time1;
	setAttr ".o" 12;
	setAttr ".unw" 12;
select -ne :defaultRenderGlobals;
	setAttr ".ren" -type "string" "mayaHardware2";
	setAttr ".an" yes;
	setAttr ".fs" 1;
	setAttr ".ef" 48;
	setAttr ".outf" 32;
	setAttr ".pad" 4;
connectAttr "renderLayerManager.rlmi[0]" "defaultRenderLayer.rlid";
connectAttr "defaultRenderLayer.msg" ":defaultRenderingList1.r" -na;
// End of cameras.ma
