; Inno Setup 6 script: Vigie's Windows installer, from the one-folder build.
;
;     uv sync
;     uv run python installer\build.py        (makes dist\Vigie\)
;     iscc installer\vigie.iss                (makes dist\Vigie-0.1.0-setup.exe)
;
; Per user, without administrator rights: the program goes to
; %LOCALAPPDATA%\Programs\Vigie, the Start menu entry and the .vigie association to the
; user's own registry (HKA is HKCU\Software\Classes when Setup runs without elevation).
; Uninstalling removes the program, its shortcut and the association; the user's client
; files, and Vigie's data folder (%LOCALAPPDATA%\Vigie: working copies, backups) and
; settings (HKCU\Software\Vigie) stay.
;
; Written against the Inno Setup 6 documentation; not compiled here (no Windows machine):
; see README, "Installer".

#define AppName "Vigie"
#define AppVersion "0.1.0"
#define AppPublisher "Vigie"
#define GuiExe "vigie-gui.exe"
#define ProgId "Vigie.ClientFile"
#define FileIcon "_internal\resources\icons\vigie-file.ico"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6F0C2D3A-8E4B-4C1F-9A57-2B7D5E10C4A9}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..
OutputDir=dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=resources\icons\vigie.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running Vigie is asked to close (Restart Manager) before its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: vigie.exe (command line), vigie-gui.exe (windowed), _internal\.
Source: "dist\Vigie\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade starts from a clean folder: no module of an older version left beside the new.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Comment: "Pilotage des services informatiques externalisés"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Registry]
; .vigie → Vigie.ClientFile, opened by vigie-gui.exe "%1", shown with the file icon.
Root: HKA; Subkey: "Software\Classes\.vigie"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.vigie"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-vigie"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.vigie\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Fichier client Vigie"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#FileIcon}"",0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""
; « Ouvrir avec » lists Vigie for .vigie files.
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".vigie"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
