+ smedge_submit 0.1.0 .
PYTHONPATH+:=..
PYTHONPATH+:=../lib
