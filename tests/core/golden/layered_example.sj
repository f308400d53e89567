[178b043e-4a28-4235-acbc-642c7480c360]
ID = 178b043e-4a28-4235-acbc-642c7480c360
Type = a99cf02d-31cc-41c7-9135-a1b9f8547275
Scene = /path/to/the/scene.mb
Range = 1001-1250
Priority = 50
Name = Render - layer1
Extra = -rl layer1

[12f1146d-a16e-4a02-ba69-577b22a94757]
ID = 12f1146d-a16e-4a02-ba69-577b22a94757
Type = a99cf02d-31cc-41c7-9135-a1b9f8547275
Scene = /path/to/the/scene.mb
Range = 1001-1250
Priority = 50
Name = Render - layer2
Extra = -rl layer2

[b5f40f8b-795a-43ef-bf12-aca6b6d7289f]
ID = b5f40f8b-795a-43ef-bf12-aca6b6d7289f
Type = c4da8d9a-9950-4631-a8d3-6fe5b6366254
Name = Comp layers
Scene = /path/to/the/comp_script.nk
Range = 1001-1250
Priority = 55
WaitForJobID = 178b043e-4a28-4235-acbc-642c7480c360,12f1146d-a16e-4a02-ba69-577b22a94757
WaitForWholeJob = 0
