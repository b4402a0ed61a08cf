@echo off
rem The Ficus command line of the release distribution: every command runs from the jars in lib\.
rem 'migrate-data', 'bench' and 'demo' have main classes of their own; every other command is the analyzer CLI.
rem FICUS_JAVA_OPTS is added last, so its settings (e.g. -Xmx8g) win over the defaults below.
setlocal
set "FICUS_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")

set "MAIN=dev.ficus.analyzer.cli.FicusCommand"
set "DEFAULT_OPTS=-XX:MaxRAMPercentage=75 -XX:+UseSerialGC -Xss16m"
set "ARGS=%*"
if "%~1"=="migrate-data" (
  set "MAIN=dev.ficus.datamigration.MigrateDataCommand"
  set "DEFAULT_OPTS="
  goto dropFirst
)
if "%~1"=="bench" (
  set "MAIN=dev.ficus.bench.cli.BenchCommand"
  set "DEFAULT_OPTS="
  goto dropFirst
)
if "%~1"=="demo" (
  set "MAIN=dev.ficus.demo.DemoCommand"
  set "DEFAULT_OPTS="
  goto dropFirst
)
goto run

:dropFirst
set "ARGS="
shift
:collect
if "%~1"=="" goto run
set ARGS=%ARGS% %1
shift
goto collect

:run
"%JAVA%" %DEFAULT_OPTS% %FICUS_JAVA_OPTS% -cp "%FICUS_HOME%\lib\*" %MAIN% %ARGS%
exit /b %ERRORLEVEL%
