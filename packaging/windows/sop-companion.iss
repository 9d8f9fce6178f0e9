; Windows installer of SOP Companion (Inno Setup 6). Build on Windows after packaging\build.py:
;     iscc /DAppVersion=0.1.0 packaging\windows\sop-companion.iss
; -> dist\sop-companion-0.1.0-setup.exe. Not built or run in this repository's CI.
;
; Per user (no administrator rights, %LOCALAPPDATA%\Programs) by default; per machine
; (Program Files) from the dialog or with /ALLUSERS. Silent: /VERYSILENT [/ALLUSERS]
; [/TASKS="links,autostart"]; uninstall: unins000.exe /VERYSILENT.
; Company-wide defaults are not the installer's business: HKLM\Software\Policies\SOP Companion
; (Group Policy), see packaging\README.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppExe "sop-companion.exe"

[Setup]
AppId={{8D1C2F4E-5B7A-4C39-9E61-2A0F3B7C5D10}
AppName=SOP Companion
AppVersion={#AppVersion}
AppPublisher=SOP Companion
DefaultDirName={autopf}\SOP Companion
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
OutputDir=..\..\dist
OutputBaseFilename=sop-companion-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\sop-companion.ico
UninstallDisplayIcon={app}\{#AppExe}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Tasks]
Name: "links"; Description: "Open tel: and callto: links with SOP Companion"
Name: "autostart"; Description: "Start SOP Companion at log-in"; Flags: unchecked

[Files]
Source: "..\..\dist\sop-companion\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\SOP Companion"; Filename: "{app}\{#AppExe}"

[Registry]
; HKA is HKCU for a per-user install, HKLM for a per-machine one.
; tel: and callto: (url-handlers.reg.in, the same keys): ProgIDs, and Capabilities registered so
; that Windows offers SOP Companion in Default apps, where the user picks it once.
Root: HKA; Subkey: "Software\Classes\SOPCompanion.tel"; ValueType: string; ValueData: "URL:tel (SOP Companion)"; Flags: uninsdeletekey; Tasks: links
Root: HKA; Subkey: "Software\Classes\SOPCompanion.tel"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""; Tasks: links
Root: HKA; Subkey: "Software\Classes\SOPCompanion.tel\DefaultIcon"; ValueType: string; ValueData: """{app}\{#AppExe}"",0"; Tasks: links
Root: HKA; Subkey: "Software\Classes\SOPCompanion.tel\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: links
Root: HKA; Subkey: "Software\Classes\SOPCompanion.callto"; ValueType: string; ValueData: "URL:callto (SOP Companion)"; Flags: uninsdeletekey; Tasks: links
Root: HKA; Subkey: "Software\Classes\SOPCompanion.callto"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""; Tasks: links
Root: HKA; Subkey: "Software\Classes\SOPCompanion.callto\DefaultIcon"; ValueType: string; ValueData: """{app}\{#AppExe}"",0"; Tasks: links
Root: HKA; Subkey: "Software\Classes\SOPCompanion.callto\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: links
Root: HKA; Subkey: "Software\SOP Companion\Capabilities"; ValueType: string; ValueName: "ApplicationName"; ValueData: "SOP Companion"; Flags: uninsdeletekey; Tasks: links
Root: HKA; Subkey: "Software\SOP Companion\Capabilities"; ValueType: string; ValueName: "ApplicationDescription"; ValueData: "Call tel: and callto: links from your desk phone"; Tasks: links
Root: HKA; Subkey: "Software\SOP Companion\Capabilities\URLAssociations"; ValueType: string; ValueName: "tel"; ValueData: "SOPCompanion.tel"; Tasks: links
Root: HKA; Subkey: "Software\SOP Companion\Capabilities\URLAssociations"; ValueType: string; ValueName: "callto"; ValueData: "SOPCompanion.callto"; Tasks: links
Root: HKA; Subkey: "Software\RegisteredApplications"; ValueType: string; ValueName: "SOP Companion"; ValueData: "Software\SOP Companion\Capabilities"; Flags: uninsdeletevalue; Tasks: links
; Autostart: the Run value the app's own "Start with my session" uses (per machine: for everyone).
Root: HKA; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "SOP Companion"; ValueData: """{app}\{#AppExe}"""; Flags: uninsdeletevalue; Tasks: autostart

[Run]
Filename: "{app}\{#AppExe}"; Description: "Start SOP Companion"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "{sys}\taskkill.exe"; Parameters: "/IM {#AppExe} /F"; Flags: runhidden; RunOnceId: "StopApp"
