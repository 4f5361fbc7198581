; Inno Setup 6 script: the Windows installer for Coursesmith (per user by default, no admin).
;
;   iscc /DAppVersion=0.1.0 packaging\windows\coursesmith.iss     (build.ps1 does this)
;
; Installs the one-folder PyInstaller build (dist\Coursesmith\: coursesmith.exe, the
; command line; coursesmithw.exe, the app without a console window), a Start menu entry,
; an optional desktop icon, and the .cslib file type (Coursesmith.Library) opened by the
; app; the uninstaller removes all of it. Not built by this project's CI (see README).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z coursesmith.iss
#endif

[Setup]
; The AppId identifies the product to Windows across versions: never change it.
AppId={{5B0C2B9E-6F7A-4C52-9D1E-3C7A2F8E4B61}
AppName=Coursesmith
AppVersion={#AppVersion}
AppVerName=Coursesmith {#AppVersion}
AppPublisher=Coursesmith
DefaultDirName={autopf}\Coursesmith
DefaultGroupName=Coursesmith
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=Coursesmith-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\icons\coursesmith.ico
UninstallDisplayIcon={app}\coursesmithw.exe
UninstallDisplayName=Coursesmith
ChangesAssociations=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
; Arabic is not among Inno Setup's official translations: add Arabic.isl from its
; unofficial set next to this file and a line here to offer it.

[CustomMessages]
en.LibraryType=Coursesmith library
fr.LibraryType=Bibliothèque Coursesmith
de.LibraryType=Coursesmith-Bibliothek
es.LibraryType=Biblioteca de Coursesmith

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\Coursesmith\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Coursesmith"; Filename: "{app}\coursesmithw.exe"; Comment: "E-learning authoring"
Name: "{autodesktop}\Coursesmith"; Filename: "{app}\coursesmithw.exe"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install and HKLM for an all-users one.
Root: HKA; Subkey: "Software\Classes\.cslib"; ValueType: string; ValueName: ""; ValueData: "Coursesmith.Library"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.cslib"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-coursesmith-library"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.cslib\OpenWithProgids"; ValueType: string; ValueName: "Coursesmith.Library"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Coursesmith.Library"; ValueType: string; ValueName: ""; ValueData: "{cm:LibraryType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Coursesmith.Library\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\coursesmithw.exe,0"
Root: HKA; Subkey: "Software\Classes\Coursesmith.Library\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\coursesmithw.exe"" open ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\coursesmithw.exe\SupportedTypes"; ValueType: string; ValueName: ".cslib"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\coursesmithw.exe"; Description: "{cm:LaunchProgram,Coursesmith}"; Flags: nowait postinstall skipifsilent
