# Build the Windows installer: dist\Coursesmith-VERSION-windows-x64-setup.exe
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Python 3.11 (x64, python.org or `winget install Python.Python.3.11`) and Inno
# Setup 6 (`winget install JRSoftware.InnoSetup`). Same spec as Linux and macOS
# (packaging\coursesmith.spec). Not run by this project's CI: see packaging\windows\README.md.
$ErrorActionPreference = "Stop"
$Repo = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Repo

if (-not (Test-Path ".venv\Scripts\python.exe")) { py -3.11 -m venv .venv }
$Python = Join-Path $Repo ".venv\Scripts\python.exe"
& $Python -m pip install -q --upgrade pip
& $Python -m pip install -q -e ".[bundle]"
if ($LASTEXITCODE) { throw "pip install failed" }

$Version = & $Python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"

$env:QT_QPA_PLATFORM = "offscreen"
& $Python packaging\render_icons.py build\icons
if ($LASTEXITCODE) { throw "render_icons failed" }
Remove-Item Env:\QT_QPA_PLATFORM

& $Python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller packaging\coursesmith.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }

# The bundled command line must run before we package it.
& dist\Coursesmith\coursesmith.exe --version
if ($LASTEXITCODE) { throw "the bundled coursesmith.exe does not run" }

$Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $Iscc)) { $Iscc = "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe" }
& $Iscc "/DAppVersion=$Version" packaging\windows\coursesmith.iss
if ($LASTEXITCODE) { throw "Inno Setup failed" }
Write-Host "built dist\Coursesmith-$Version-windows-x64-setup.exe"
