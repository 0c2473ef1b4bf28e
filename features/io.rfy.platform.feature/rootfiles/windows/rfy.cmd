@echo off
rem rfy.cmd: the RFY command line (default) or, with "rfy.cmd gui [<ws>]" (or rfy-gui.cmd), the RFY Workbench,
rem started from this product folder on Windows. No native Eclipse launcher exists on Maven Central, so Equinox
rem is started with java -jar. Java: the runtime shipped in jre\ when there is one, else JAVA_HOME, else java on
rem PATH. Environment: RFY_JAVA_OPTS (extra JVM options).
setlocal EnableExtensions
set "home=%~dp0"
set "home=%home:~0,-1%"

if exist "%home%\jre\bin\java.exe" (
  set "java=%home%\jre\bin\java.exe"
) else if defined JAVA_HOME (
  set "java=%JAVA_HOME%\bin\java.exe"
) else (
  set "java=java"
)
set "launcher="
for %%f in ("%home%\plugins\org.eclipse.equinox.launcher_*.jar") do set "launcher=%%~ff"
if not defined launcher (
  echo rfy: no Equinox launcher in %home%\plugins 1>&2
  exit /b 1
)

rem the sample data shipped with the product (examples\, seeds\) for rfy demo and rfy gui
if not defined RFY_HOME if exist "%home%\examples\sample-ws" set "RFY_HOME=%home%"

rem An install under Program Files is read-only for its users (Equinox would stop with exit code 15 and no
rem message): then the configuration area goes to %LOCALAPPDATA%, reading config.ini and the bundle list from
rem the install (a shared, cascaded configuration), and the workbench's workspace there too.
set "eqargs="
set "vmconfig="
set "data="
set "probe=%home%\configuration\.rfy-write-probe"
(echo.> "%probe%") 2> nul && (del "%probe%" & goto :configured)
if not defined LOCALAPPDATA (
  echo rfy: %home%\configuration is read-only and LOCALAPPDATA is not set 1>&2
  exit /b 1
)
set "build="
for %%f in ("%home%\plugins\io.rfy.cli_*.jar") do set "build=%%~nf"
set "config=%LOCALAPPDATA%\RFY Workbench\%build:io.rfy.cli_=%\configuration"
if not exist "%config%" mkdir "%config%" 2> nul
if not exist "%config%" (
  echo rfy: cannot create the configuration folder %config% 1>&2
  exit /b 1
)
set eqargs=-configuration "%config%"
set vmconfig="-Dosgi.sharedConfiguration.area=%home%\configuration" -Dosgi.configuration.cascaded=true
set "data=%LOCALAPPDATA%\RFY Workbench\workspace"
:configured

rem -Dosgi.noShutdown=false: the exit code is the command's. -Dfile.encoding=UTF-8: not the ANSI code page.
set vmopts=-Dosgi.noShutdown=false -Dfile.encoding=UTF-8 %vmconfig%
if /i "%~1"=="gui" goto :gui
rem a short-lived command: no workspace; workbench-only services stay stopped (start level 4, see rfy.product)
"%java%" %vmopts% -Dosgi.startLevel=4 -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn64m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 %RFY_JAVA_OPTS% -jar "%launcher%" -nosplash %eqargs% -application io.rfy.cli.rfy -data @none %*
exit /b %ERRORLEVEL%

:gui
rem rfy gui [<ws>] [options]: a first argument that is not an option is the workspace folder; it goes to the
rem application as a system property (see GuiArguments)
shift
set "folder="
set "first=%~1"
if defined first if not "%first:~0,1%"=="-" (
  set folder="-Drfy.gui.folder=%~1"
  shift
)
set "rest="
:collect
if "%~1"=="" goto :run
if /i "%~1"=="-data" set "data="
set rest=%rest% %1
shift
goto :collect
:run
set "dataarg="
if defined data set dataarg=-data "%data%"
"%java%" %vmopts% %folder% %RFY_JAVA_OPTS% -jar "%launcher%" -nosplash %eqargs% -application io.rfy.rcp.workbench %dataarg% %rest%
exit /b %ERRORLEVEL%
