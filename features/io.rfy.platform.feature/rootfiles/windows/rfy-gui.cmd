@echo off
rem rfy-gui.cmd [<ws>] [options]: the RFY Workbench (the same as rfy.cmd gui)
call "%~dp0rfy.cmd" gui %*
exit /b %ERRORLEVEL%
