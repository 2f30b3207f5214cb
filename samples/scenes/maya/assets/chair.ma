//Maya ASCII 2024 scene
//Name: chair.ma
//Last modified: Tue, Nov 24, 2026 04:51:07 PM
//Codeset: UTF-8
requires maya "2024";
currentUnit -l centimeter -a degree -t film;
fileInfo "application" "maya";
fileInfo "product" "Maya 2024";
fileInfo "version" "2024";
createNode transform -n "chair";
	rename -uid "6E2C1A40-4B7D-11EF-9C31-3F8D5A0B2C11";
createNode mesh -n "chairShape" -p "chair";
	rename -uid "6E2C1A41-4B7D-11EF-9C31-3F8D5A0B2C11";
	setAttr -k off ".v";
	setAttr ".vir" yes;
	setAttr ".vif" yes;
	setAttr ".uvst[0].uvsn" -type "string" "map1";
	setAttr -s 4 ".uvst[0].uvsp[0:3]" -type "float2" 0 0 1 0 0 1 1 1;
	setAttr ".cuvs" -type "string" "map1";
	setAttr -s 4 ".vt[0:3]"  -20 0 20 20 0 20 -20 0 -20 20 0 -20;
	setAttr -s 4 ".ed[0:3]"  0 1 0 0 2 0 1 3 0 2 3 0;
	setAttr -s 1 -ch 4 ".fc[0]" -type "polyFaces"
		f 4 0 2 -4 -2
		mu 0 4 0 1 3 2;
createNode file -n "chair_fabric";
	rename -uid "6E2C1A42-4B7D-11EF-9C31-3F8D5A0B2C11";
	setAttr ".ftn" -type "string" "sourceimages/chair_fabric.png";
	setAttr ".cs" -type "string" "sRGB";
createNode place2dTexture -n "place2dTexture1";
	rename -uid "6E2C1A43-4B7D-11EF-9C31-3F8D5A0B2C11";
connectAttr "place2dTexture1.o" "chair_fabric.uv";
connectAttr "place2dTexture1.ofs" "chair_fabric.fs";
// End of chair.ma
