; Rencana's Windows installer (Inno Setup 6), made from the PyInstaller bundle in dist\rencana.
; Per user: no administrator rights; Start menu entry; opens .rencana files by double-click.
; The uninstaller removes only the program: workbooks (wherever the user saved them) and the
; data folder (%LOCALAPPDATA%\Rencana: backups, settings, log) stay.
;
; Build on Windows, after `uv run python packaging/build.py`:
;   iscc /DAppVersion=0.1.0 packaging\rencana.iss      -> dist\rencana-0.1.0-setup.exe

#define AppName "Rencana"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Bundle "..\dist\rencana"
#define Program "rencana.exe"
#define FileClass "Rencana.Workbook"

[Setup]
; Never change AppId: upgrades and the uninstaller find the installed copy by it.
AppId={{53286048-4DDE-4155-86EB-FEE61DB737DB}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes
SetupIconFile=..\resources\icons\rencana.ico
UninstallDisplayIcon={app}\{#Program}
UninstallDisplayName={#AppName}
OutputDir=..\dist
OutputBaseFilename=rencana-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
; Inno Setup ships no Indonesian messages; an unofficial Indonesian.isl can be added here.
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#Program}"; Comment: "Smart City masterplan workbook"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#Program}"; Tasks: desktopicon

[Registry]
; The .rencana file type, for this user only (HKCU\Software\Classes), with Rencana's icon.
Root: HKCU; Subkey: "Software\Classes\.rencana"; ValueType: string; ValueName: ""; ValueData: "{#FileClass}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.rencana\OpenWithProgids"; ValueType: string; ValueName: "{#FileClass}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#FileClass}"; ValueType: string; ValueName: ""; ValueData: "Rencana workbook"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#FileClass}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#Program}"",0"
Root: HKCU; Subkey: "Software\Classes\{#FileClass}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#Program}"" ""%1"""

[Run]
Filename: "{app}\{#Program}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder's own files (Python may leave caches there); never the data folder.
Type: filesandordirs; Name: "{app}\_internal"
