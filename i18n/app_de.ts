<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CallHistory</name>
    <message numerus="yes">
        <source>%n missed calls</source>
        <translation>
            <numerusform>%n verpasster Anruf</numerusform>
            <numerusform>%n verpasste Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Verpasster Anruf</translation>
    </message>
    <message>
        <source>{who} called at {time}.</source>
        <translation>{who} hat um {time} angerufen.</translation>
    </message>
    <message>
        <source>The latest from {who} at {time}.</source>
        <translation>Zuletzt: {who} um {time}.</translation>
    </message>
    <message>
        <source>This call has no number to call back.</source>
        <translation>Dieser Anruf hat keine Nummer für einen Rückruf.</translation>
    </message>
    <message>
        <source>Calling back is not available.</source>
        <translation>Rückruf ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Anrufliste</translation>
    </message>
    <message>
        <source>Call records from the SOP that could not be read were skipped: {n}.</source>
        <translation>Anrufdatensätze des SOP, die nicht gelesen werden konnten, wurden übersprungen: {n}.</translation>
    </message>
    <message>
        <source>The call history could not be saved: {error}</source>
        <translation>Die Anrufliste konnte nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>CallInProgress</name>
    <message>
        <source>The phone system refused to hang up the call.</source>
        <translation>Die Telefonanlage hat das Auflegen abgelehnt.</translation>
    </message>
    <message>
        <source>The phone system refused to transfer the call.</source>
        <translation>Die Telefonanlage hat das Weiterleiten abgelehnt.</translation>
    </message>
    <message>
        <source>The phone system refused to park the call.</source>
        <translation>Die Telefonanlage hat das Parken abgelehnt.</translation>
    </message>
    <message>
        <source>The phone system refused to start recording.</source>
        <translation>Die Telefonanlage hat den Start der Aufzeichnung abgelehnt.</translation>
    </message>
    <message>
        <source>The phone system refused to stop recording.</source>
        <translation>Die Telefonanlage hat das Beenden der Aufzeichnung abgelehnt.</translation>
    </message>
    <message>
        <source>The phone system refused to put the call on hold.</source>
        <translation>Die Telefonanlage hat das Halten abgelehnt.</translation>
    </message>
    <message>
        <source>The phone system refused to take the call back.</source>
        <translation>Die Telefonanlage hat das Zurückholen abgelehnt.</translation>
    </message>
    <message>
        <source>SOP Companion</source>
        <translation>SOP Companion</translation>
    </message>
    <message>
        <source>The call waits on park slot {slot}.</source>
        <translation>Das Gespräch wartet auf Parkplatz {slot}.</translation>
    </message>
    <message>
        <source>This phone system does not offer hold.</source>
        <translation>Diese Telefonanlage bietet kein Halten an.</translation>
    </message>
    <message>
        <source>No call in progress.</source>
        <translation>Kein laufendes Gespräch.</translation>
    </message>
    <message>
        <source>Wait: the previous request is still being sent.</source>
        <translation>Bitte warten: die vorige Anfrage wird noch gesendet.</translation>
    </message>
    <message>
        <source>The phone system does not say who is on the other end of this call.</source>
        <translation>Die Telefonanlage sagt nicht, wer am anderen Ende dieses Gesprächs ist.</translation>
    </message>
    <message>
        <source>Hung up the call with {name}.</source>
        <translation>Gespräch mit {name} aufgelegt.</translation>
    </message>
    <message>
        <source>Transferred {name}.</source>
        <translation>{name} weitergeleitet.</translation>
    </message>
    <message>
        <source>Parked {name}.</source>
        <translation>{name} geparkt.</translation>
    </message>
    <message>
        <source>Recording the call with {name}.</source>
        <translation>Gespräch mit {name} wird aufgezeichnet.</translation>
    </message>
    <message>
        <source>Stopped recording.</source>
        <translation>Aufzeichnung beendet.</translation>
    </message>
    <message>
        <source>{name} is on hold.</source>
        <translation>{name} wird gehalten.</translation>
    </message>
    <message>
        <source>Back with {name}.</source>
        <translation>Wieder bei {name}.</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>In a call with {name}{number}: {state}</source>
        <translation>Im Gespräch mit {name}{number}: {state}</translation>
    </message>
    <message>
        <source>Unknown call action.</source>
        <translation>Unbekannte Gesprächsaktion.</translation>
    </message>
</context>
<context>
    <name>CallUi</name>
    <message>
        <source>In a call with {name} — {duration}</source>
        <translation>Im Gespräch mit {name} — {duration}</translation>
    </message>
    <message>
        <source>● recording</source>
        <translation>● Aufzeichnung</translation>
    </message>
    <message>
        <source>(on hold)</source>
        <translation>(gehalten)</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Weiterleiten…</translation>
    </message>
    <message>
        <source>Park the call</source>
        <translation>Gespräch parken</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Aufzeichnung beenden</translation>
    </message>
    <message>
        <source>Record the call</source>
        <translation>Gespräch aufzeichnen</translation>
    </message>
    <message>
        <source>Resume the call</source>
        <translation>Gespräch fortsetzen</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>In a call with {name}</source>
        <translation>Im Gespräch mit {name}</translation>
    </message>
</context>
<context>
    <name>CallWindow</name>
    <message>
        <source>● REC</source>
        <translation>● AUFN</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Weiterleiten…</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parken</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Aufzeichnung beenden</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufzeichnen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>Hanging up…</source>
        <translation>Wird aufgelegt…</translation>
    </message>
    <message>
        <source>Transferring…</source>
        <translation>Wird weitergeleitet…</translation>
    </message>
    <message>
        <source>Parking…</source>
        <translation>Wird geparkt…</translation>
    </message>
    <message>
        <source>Starting the recording…</source>
        <translation>Aufzeichnung wird gestartet…</translation>
    </message>
    <message>
        <source>Stopping the recording…</source>
        <translation>Aufzeichnung wird beendet…</translation>
    </message>
    <message>
        <source>Putting on hold…</source>
        <translation>Wird gehalten…</translation>
    </message>
    <message>
        <source>Taking the call back…</source>
        <translation>Gespräch wird zurückgeholt…</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Gehalten</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>Test connection</source>
        <extracomment>runs the checks: (config, on_progress, on_result) -&gt; results the settings to test and the password typed ("" when none was typed)</extracomment>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Enter the server address first.</source>
        <translation>Geben Sie zuerst die Serveradresse ein.</translation>
    </message>
    <message>
        <source>The server address cannot contain spaces: check “{address}”.</source>
        <translation>Die Serveradresse darf keine Leerzeichen enthalten: prüfen Sie „{address}“.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: see the lines marked Failed.</source>
        <translation>
            <numerusform>%n Prüfung fehlgeschlagen: siehe die mit Fehlgeschlagen markierten Zeilen.</numerusform>
            <numerusform>%n Prüfungen fehlgeschlagen: siehe die mit Fehlgeschlagen markierten Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing {index} of {total}: {title}…</source>
        <translation>Test {index} von {total}: {title}…</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>SOP Companion</source>
        <extracomment>how long quitting may wait for the features (a log-out at quit, the last writes) emitted once per quit request (menu, SIGTERM, aboutToQuit), before the features stop ``--wire-log``: an ``app.sop.wire_log.WireLog`` every SOP client records into, or None</extracomment>
        <translation>SOP Companion</translation>
    </message>
</context>
<context>
    <name>CrmLink</name>
    <message>
        <source>The CRM link in the settings must start with http:// or https://.</source>
        <translation>Der CRM-Link in den Einstellungen muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>No CRM link is set (Settings, Incoming calls).</source>
        <translation>Kein CRM-Link festgelegt (Einstellungen, Eingehende Anrufe).</translation>
    </message>
</context>
<context>
    <name>DesktopPage</name>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Start with my session</source>
        <translation>Beim Anmelden am Computer starten</translation>
    </message>
    <message>
        <source>When ticked, SOP Companion starts at log-in through this entry:</source>
        <translation>Wenn angehakt, startet SOP Companion beim Anmelden über diesen Eintrag:</translation>
    </message>
    <message>
        <source>Add SOP Companion to the applications menu</source>
        <translation>SOP Companion zum Anwendungsmenü hinzufügen</translation>
    </message>
    <message>
        <source>This is the demo: it does not change how this computer starts or its applications menu. Install SOP Companion to use these.</source>
        <translation>Dies ist die Demo: Sie ändert weder den Start dieses Computers noch sein Anwendungsmenü. Installieren Sie SOP Companion, um diese Einstellungen zu nutzen.</translation>
    </message>
    <message>
        <source>SOP Companion could not change how it starts with your session: {error}</source>
        <translation>SOP Companion konnte den automatischen Start nicht ändern: {error}</translation>
    </message>
    <message>
        <source>SOP Companion</source>
        <translation>SOP Companion</translation>
    </message>
    <message>
        <source>Not added: {error}</source>
        <translation>Nicht hinzugefügt: {error}</translation>
    </message>
    <message>
        <source>Added to the applications menu:</source>
        <translation>Zum Anwendungsmenü hinzugefügt:</translation>
    </message>
</context>
<context>
    <name>DialSettingsPage</name>
    <message>
        <source>Dialling</source>
        <extracomment>the numbers the example under the dialling rules shows: abroad, national, an extension</extracomment>
        <translation>Wählen</translation>
    </message>
    <message>
        <source>none, e.g. 0</source>
        <translation>keine, z. B. 0</translation>
    </message>
    <message>
        <source>keep +, e.g. 00</source>
        <translation>+ beibehalten, z. B. 00</translation>
    </message>
    <message>
        <source>Prefix for an outside line</source>
        <translation>Vorwahl für eine Amtsleitung</translation>
    </message>
    <message>
        <source>Dial this instead of +</source>
        <translation>Statt + wählen</translation>
    </message>
    <message>
        <source>Internal extensions have at most (digits)</source>
        <translation>Interne Nebenstellen haben höchstens (Ziffern)</translation>
    </message>
    <message>
        <source>Global hotkey</source>
        <translation>Globales Tastenkürzel</translation>
    </message>
    <message>
        <source>Open tel: and callto: links with SOP Companion</source>
        <translation>tel:- und callto:-Links mit SOP Companion öffnen</translation>
    </message>
    <message>
        <source>This is the demo: it does not change which application opens links.</source>
        <translation>Dies ist die Demo: Sie ändert nicht, welche Anwendung Links öffnet.</translation>
    </message>
    <message>
        <source>Your phone dials {a} for {n1}, {b} for {n2} and {c} for extension {n3}.</source>
        <translation>Ihr Telefon wählt {a} für {n1}, {b} für {n2} und {c} für Nebenstelle {n3}.</translation>
    </message>
    <message>
        <source>You can also bind this command in your desktop's keyboard settings: {command}</source>
        <translation>Sie können diesen Befehl auch in den Tastatureinstellungen Ihres Desktops einer Taste zuweisen: {command}</translation>
    </message>
    <message>
        <source>The hotkey works everywhere on this X11 desktop.</source>
        <translation>Das Tastenkürzel funktioniert überall auf diesem X11-Desktop.</translation>
    </message>
    <message>
        <source>The hotkey works in every application.</source>
        <translation>Das Tastenkürzel funktioniert in allen Anwendungen.</translation>
    </message>
    <message>
        <source>On Wayland the desktop may ask you to confirm the shortcut; desktops without the global shortcuts portal ignore it.</source>
        <translation>Unter Wayland fragt der Desktop eventuell nach einer Bestätigung des Kürzels; Desktops ohne Portal für globale Tastenkürzel ignorieren es.</translation>
    </message>
    <message>
        <source>No global hotkey is available on this desktop.</source>
        <translation>Auf diesem Desktop ist kein globales Tastenkürzel verfügbar.</translation>
    </message>
    <message>
        <source>Bind this command in your desktop's keyboard settings instead: {command}</source>
        <translation>Weisen Sie diesen Befehl stattdessen in den Tastatureinstellungen Ihres Desktops einer Taste zu: {command}</translation>
    </message>
    <message>
        <source>Not registered: {error}</source>
        <translation>Nicht registriert: {error}</translation>
    </message>
    <message>
        <source>Registered: {path}</source>
        <translation>Registriert: {path}</translation>
    </message>
</context>
<context>
    <name>DialUi</name>
    <message>
        <source>Dial…</source>
        <translation>Wählen…</translation>
    </message>
</context>
<context>
    <name>DialWindow</name>
    <message>
        <source>Dial</source>
        <translation>Wählen</translation>
    </message>
    <message>
        <source>Name, extension or number</source>
        <translation>Name, Durchwahl oder Nummer</translation>
    </message>
    <message>
        <source>Recent: {label}</source>
        <translation>Zuletzt: {label}</translation>
    </message>
    <message>
        <source>Dial {number}</source>
        <translation>{number} wählen</translation>
    </message>
    <message numerus="yes">
        <source>%n more match(es): scroll, or type more</source>
        <translation>
            <numerusform>%n weiterer Treffer: scrollen oder weitertippen</numerusform>
            <numerusform>%n weitere Treffer: scrollen oder weitertippen</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is no longer in your favourites.</source>
        <translation>{name} ist nicht mehr in Ihren Favoriten.</translation>
    </message>
    <message>
        <source>{name} is in your favourites (tray menu).</source>
        <translation>{name} ist in Ihren Favoriten (Infobereich-Menü).</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Aus Favoriten entfernen</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Zu Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>{name} has no mobile number.</source>
        <translation>{name} hat keine Mobilnummer.</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Anruf wird aufgebaut…</translation>
    </message>
</context>
<context>
    <name>Dialer</name>
    <message>
        <source>Your extension {ext} has no desk phone to ring (no primary or secondary phone in the directory).</source>
        <translation>Ihre Durchwahl {ext} hat kein Tischtelefon, das klingeln kann (weder Haupt- noch Zweittelefon im Telefonbuch).</translation>
    </message>
    <message>
        <source>Calling {name} — pick up your phone</source>
        <translation>{name} wird angerufen — nehmen Sie Ihr Telefon ab</translation>
    </message>
    <message>
        <source>SOP Companion</source>
        <translation>SOP Companion</translation>
    </message>
    <message>
        <source>The call to {name} was not placed: {reason}</source>
        <translation>Der Anruf bei {name} konnte nicht aufgebaut werden: {reason}</translation>
    </message>
    <message>
        <source>Neither the selected text nor the clipboard is a number.</source>
        <translation>Weder der markierte Text noch die Zwischenablage enthält eine Nummer.</translation>
    </message>
</context>
<context>
    <name>DirectoryPicker</name>
    <message>
        <source>Name, extension or number</source>
        <extracomment>every match is listed; the list scrolls through all of them</extracomment>
        <translation>Name, Durchwahl oder Nummer</translation>
    </message>
    <message>
        <source>Send to {number}</source>
        <translation>Senden an {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n more match(es): scroll, or type more</source>
        <translation>
            <numerusform>%n weiterer Treffer: scrollen oder weitertippen</numerusform>
            <numerusform>%n weitere Treffer: scrollen oder weitertippen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dispositions</name>
    <message>
        <source>No disposition</source>
        <translation>Kein Ergebnis angegeben</translation>
    </message>
    <message>
        <source>Other (code {code})</source>
        <translation>Sonstige (Code {code})</translation>
    </message>
    <message>
        <source>Primary phone</source>
        <translation>Haupttelefon</translation>
    </message>
    <message>
        <source>Secondary phone</source>
        <translation>Zweittelefon</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Placed from the primary phone</source>
        <translation>Ausgehend vom Haupttelefon</translation>
    </message>
    <message>
        <source>Placed from the secondary phone</source>
        <translation>Ausgehend vom Zweittelefon</translation>
    </message>
    <message>
        <source>Placed from the mobile phone</source>
        <translation>Ausgehend vom Mobiltelefon</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Missed on the primary phone</source>
        <translation>Am Haupttelefon verpasst</translation>
    </message>
    <message>
        <source>Missed on the secondary phone</source>
        <translation>Am Zweittelefon verpasst</translation>
    </message>
    <message>
        <source>Missed on the mobile phone</source>
        <translation>Am Mobiltelefon verpasst</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Answered on the primary phone</source>
        <translation>Am Haupttelefon angenommen</translation>
    </message>
    <message>
        <source>Answered on the secondary phone</source>
        <translation>Am Zweittelefon angenommen</translation>
    </message>
    <message>
        <source>Answered on the mobile phone</source>
        <translation>Am Mobiltelefon angenommen</translation>
    </message>
    <message>
        <source>Sent to voicemail</source>
        <translation>An die Mailbox weitergeleitet</translation>
    </message>
</context>
<context>
    <name>EventLink</name>
    <message>
        <source>connecting to the event socket…</source>
        <translation>Verbindung zum Ereigniskanal wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>Favourites</name>
    <message>
        <source>Dialling is not available.</source>
        <translation>Wählen ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Give a colleague's extension.</source>
        <translation>Geben Sie die Durchwahl eines Kollegen an.</translation>
    </message>
    <message>
        <source>At most {n} favourites.</source>
        <translation>Höchstens {n} Favoriten.</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>Unbekannte Aktion.</translation>
    </message>
</context>
<context>
    <name>FavouritesUi</name>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>{prefix}{name} — {status}</source>
        <translation>{prefix}{name} — {status}</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Forward calls to</source>
        <translation>Anrufe weiterleiten an</translation>
    </message>
    <message>
        <source>A number, or a colleague's name</source>
        <translation>Eine Nummer oder der Name eines Kollegen</translation>
    </message>
    <message>
        <source>Forward calls to:</source>
        <translation>Anrufe weiterleiten an:</translation>
    </message>
    <message>
        <source>Type a number or pick a colleague.</source>
        <translation>Geben Sie eine Nummer ein oder wählen Sie einen Kollegen.</translation>
    </message>
</context>
<context>
    <name>ForwardUi</name>
    <message>
        <source>Forwarding</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>&amp;Forward calls to</source>
        <translation>Anrufe &amp;weiterleiten an</translation>
    </message>
    <message>
        <source>My mobile ({number})</source>
        <translation>Mein Handy ({number})</translation>
    </message>
    <message>
        <source>Another number or a colleague…</source>
        <translation>Andere Nummer oder Kollege…</translation>
    </message>
    <message>
        <source>Clear the forwarding number</source>
        <translation>Weiterleitungsnummer löschen</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>keine Nummer</translation>
    </message>
    <message>
        <source>{what} → {number}</source>
        <translation>{what} → {number}</translation>
    </message>
    <message>
        <source>Forwarded to {number}</source>
        <translation>Weitergeleitet an {number}</translation>
    </message>
</context>
<context>
    <name>Forwarding</name>
    <message>
        <source>missing or syntactically invalid parameter</source>
        <translation>fehlender oder syntaktisch ungültiger Parameter</translation>
    </message>
    <message>
        <source>unknown global parameter</source>
        <translation>unbekannter globaler Parameter</translation>
    </message>
    <message>
        <source>global parameter not applicable to the profile</source>
        <translation>globaler Parameter für das Profil nicht anwendbar</translation>
    </message>
    <message>
        <source>synchronisation to the SMP failed</source>
        <translation>Synchronisierung mit dem SMP fehlgeschlagen</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>{parameter} takes digits only: {number} cannot be set there.</source>
        <translation>{parameter} nimmt nur Ziffern an: {number} kann dort nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>Your callflow has no forwarding parameter {parameter}.</source>
        <translation>Ihr Anrufablauf hat keinen Weiterleitungsparameter {parameter}.</translation>
    </message>
    <message>
        <source>Your callflow has no forwarding number to set.</source>
        <translation>Ihr Anrufablauf hat keine Weiterleitungsnummer, die sich setzen lässt.</translation>
    </message>
    <message>
        <source>Not signed in to the phone system yet.</source>
        <translation>Noch nicht bei der Telefonanlage angemeldet.</translation>
    </message>
    <message>
        <source>A forwarding change is under way.</source>
        <translation>Eine Änderung der Weiterleitung läuft bereits.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>The phone system did not set the forwarding number: {reason} (code {code}).</source>
        <translation>Die Telefonanlage hat die Weiterleitungsnummer nicht gesetzt: {reason} (Code {code}).</translation>
    </message>
    <message>
        <source>Your callflow has no forwarding number.</source>
        <translation>Ihr Anrufablauf hat keine Weiterleitungsnummer.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Give a number.</source>
        <translation>Geben Sie eine Nummer an.</translation>
    </message>
    <message>
        <source>{parameter}: {number}</source>
        <translation>{parameter}: {number}</translation>
    </message>
</context>
<context>
    <name>GuestLoginDialog</name>
    <message>
        <source>Log in at this desk</source>
        <translation>An diesem Arbeitsplatz anmelden</translation>
    </message>
    <message>
        <source>Log in your extension at this desk's phone {phone}.</source>
        <translation>Melden Sie Ihre Durchwahl am Telefon dieses Arbeitsplatzes ({phone}) an.</translation>
    </message>
    <message>
        <source>e.g. 203</source>
        <translation>z. B. 203</translation>
    </message>
    <message>
        <source>Remember the PIN (in the system keyring)</source>
        <translation>PIN merken (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Durchwahl</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>remembered — leave empty to use it</source>
        <translation>gespeichert — leer lassen, um sie zu verwenden</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>PIN wird geprüft…</translation>
    </message>
    <message>
        <source>Hot desk</source>
        <translation>Desk-Sharing</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
</context>
<context>
    <name>HistoryFormat</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown time</source>
        <translation>Unbekannte Zeit</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>gestern {time}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>{label} (code {code})</source>
        <translation>{label} (Code {code})</translation>
    </message>
    <message>
        <source>The phone system gave this call a code this app does not know: {code}.</source>
        <translation>Die Telefonanlage hat diesem Anruf einen Code gegeben, den diese App nicht kennt: {code}.</translation>
    </message>
    <message>
        <source>The phone system gave no code for this call.</source>
        <translation>Die Telefonanlage hat für diesen Anruf keinen Code angegeben.</translation>
    </message>
    <message>
        <source>Talk time {talk}, {total} in all with ringing</source>
        <translation>Gesprächsdauer {talk}, insgesamt {total} einschließlich Klingeln</translation>
    </message>
</context>
<context>
    <name>HistoryUi</name>
    <message>
        <source>Missed calls</source>
        <translation>Verpasste Anrufe</translation>
    </message>
    <message>
        <source>No missed calls</source>
        <translation>Keine verpassten Anrufe</translation>
    </message>
    <message>
        <source>Call history…</source>
        <translation>Anrufliste…</translation>
    </message>
    <message numerus="yes">
        <source>Missed calls (%n new)</source>
        <translation>
            <numerusform>Verpasste Anrufe (%n neu)</numerusform>
            <numerusform>Verpasste Anrufe (%n neu)</numerusform>
        </translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Zurückrufen</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <source>{mark} {call} (voicemail)</source>
        <translation>{mark} {call} (Mailbox)</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Call history</source>
        <translation>Anrufliste</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Search a name or number</source>
        <translation>Name oder Nummer suchen</translation>
    </message>
    <message>
        <source>{filter} {count}</source>
        <translation>{filter} {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) — updated at {time}</source>
        <translation>
            <numerusform>%n Anruf — aktualisiert um {time}</numerusform>
            <numerusform>%n Anrufe — aktualisiert um {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) shown, of {total} — updated at {time}</source>
        <translation>
            <numerusform>%n Anruf angezeigt, von {total} — aktualisiert um {time}</numerusform>
            <numerusform>%n Anrufe angezeigt, von {total} — aktualisiert um {time}</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the call history…</source>
        <translation>Anrufliste wird geladen…</translation>
    </message>
    <message>
        <source>No calls in the last 30 days.</source>
        <translation>Keine Anrufe in den letzten 30 Tagen.</translation>
    </message>
    <message>
        <source>No calls match “{text}”.</source>
        <translation>Keine Anrufe passen zu „{text}“.</translation>
    </message>
    <message>
        <source>No missed calls.</source>
        <translation>Keine verpassten Anrufe.</translation>
    </message>
    <message>
        <source>No received calls.</source>
        <translation>Keine angenommenen Anrufe.</translation>
    </message>
    <message>
        <source>No placed calls.</source>
        <translation>Keine ausgehenden Anrufe.</translation>
    </message>
    <message>
        <source>No calls.</source>
        <translation>Keine Anrufe.</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Zurückrufen</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Nummer kopieren</translation>
    </message>
</context>
<context>
    <name>HotDesk</name>
    <message>
        <source>Hot desk</source>
        <translation>Desk-Sharing</translation>
    </message>
    <message>
        <source>Refused: the phone system allows one hot-desk login or logout every 90 seconds per extension. Available in {seconds} s; nothing was sent.</source>
        <translation>Abgelehnt: Die Telefonanlage erlaubt pro Durchwahl nur eine Desk-Sharing-An- oder -Abmeldung alle 90 Sekunden. Verfügbar in {seconds} s; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The phone system counts refused requests too: the next hot-desk login or logout is possible in 90 seconds.</source>
        <translation>Die Telefonanlage zählt auch abgelehnte Anfragen: Die nächste Desk-Sharing-An- oder -Abmeldung ist in 90 Sekunden möglich.</translation>
    </message>
    <message>
        <source>The request may have reached the phone system even though its answer was lost: the next hot-desk login or logout is possible in 90 seconds.</source>
        <translation>Die Anfrage hat die Telefonanlage möglicherweise erreicht, obwohl ihre Antwort verloren ging: Die nächste Desk-Sharing-An- oder -Abmeldung ist in 90 Sekunden möglich.</translation>
    </message>
    <message>
        <source>Enter the extension.</source>
        <translation>Geben Sie die Durchwahl ein.</translation>
    </message>
    <message>
        <source>Enter the PIN.</source>
        <translation>Geben Sie die PIN ein.</translation>
    </message>
    <message>
        <source>Wrong PIN for extension {ext}.</source>
        <translation>Falsche PIN für Durchwahl {ext}.</translation>
    </message>
    <message>
        <source>Extension {ext} has no PIN, so it cannot be checked: set a PIN first (on the phone or with your administrator).</source>
        <translation>Die Durchwahl {ext} hat keine PIN und kann daher nicht geprüft werden: Legen Sie zuerst eine PIN fest (am Telefon oder über Ihren Administrator).</translation>
    </message>
    <message>
        <source>Still logged in at {phone}: logging out is possible only in {seconds} s (90-second rule), so it was not done at quit.</source>
        <translation>Noch an {phone} angemeldet: Abmelden ist erst in {seconds} s möglich (90-Sekunden-Regel), daher wurde es beim Beenden nicht durchgeführt.</translation>
    </message>
    <message>
        <source>Logging out from {phone} at quit failed: {error}</source>
        <translation>Abmelden von {phone} beim Beenden fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>You are still logged in at {phone}. Log out before you leave.</source>
        <translation>Sie sind noch an {phone} angemeldet. Melden Sie sich ab, bevor Sie gehen.</translation>
    </message>
    <message>
        <source>A hot-desk request is already running.</source>
        <translation>Eine Desk-Sharing-Anfrage läuft bereits.</translation>
    </message>
    <message>
        <source>Not signed in to the phone system yet.</source>
        <translation>Noch nicht bei der Telefonanlage angemeldet.</translation>
    </message>
    <message>
        <source>No desk phone: set this desk's phone in the settings or give --phone.</source>
        <translation>Kein Tischtelefon: Legen Sie das Telefon dieses Arbeitsplatzes in den Einstellungen fest oder geben Sie --phone an.</translation>
    </message>
    <message>
        <source>The phone system refused the hot-desk request: {error}</source>
        <translation>Die Telefonanlage hat die Desk-Sharing-Anfrage abgelehnt: {error}</translation>
    </message>
    <message>
        <source>Logged in at {phone} (virtual phone {virtual}).</source>
        <translation>An {phone} angemeldet (virtuelles Telefon {virtual}).</translation>
    </message>
    <message>
        <source>Logged out from {phone}.</source>
        <translation>Von {phone} abgemeldet.</translation>
    </message>
    <message>
        <source>Give a phone id, e.g. SDP80002.</source>
        <translation>Geben Sie eine Telefon-ID an, z. B. SDP80002.</translation>
    </message>
</context>
<context>
    <name>HotDeskPage</name>
    <message>
        <source>Hot desk</source>
        <translation>Desk-Sharing</translation>
    </message>
    <message>
        <source>Log in at the desk phone when the app starts</source>
        <translation>Beim Start der App am Tischtelefon anmelden</translation>
    </message>
    <message>
        <source>Log out when the app quits or the computer session ends</source>
        <translation>Abmelden, wenn die App beendet wird oder die Computersitzung endet</translation>
    </message>
    <message>
        <source>Remind me to log out at</source>
        <translation>An das Abmelden erinnern um</translation>
    </message>
    <message>
        <source>The name under which the phone system keeps each user's PIN. Change it only if your administrator renamed it.</source>
        <translation>Der Name, unter dem die Telefonanlage die PIN jedes Benutzers speichert. Nur ändern, wenn Ihr Administrator ihn umbenannt hat.</translation>
    </message>
    <message>
        <source>Name of the PIN setting</source>
        <translation>Name der PIN-Einstellung</translation>
    </message>
    <message>
        <source>To log a colleague in, their PIN is checked against the phone system, which keeps it under this name in each person's profile. Keep UserPincode unless your administrator gives you another name.</source>
        <translation>Um eine Kollegin oder einen Kollegen anzumelden, wird die PIN bei der Telefonanlage geprüft, die sie unter diesem Namen im Profil jeder Person speichert. Behalten Sie UserPincode, sofern Ihr Administrator keinen anderen Namen nennt.</translation>
    </message>
</context>
<context>
    <name>HotDeskUi</name>
    <message>
        <source>Hot desk</source>
        <translation>Desk-Sharing</translation>
    </message>
    <message>
        <source>Log in someone else at this desk…</source>
        <translation>Andere Person an diesem Arbeitsplatz anmelden…</translation>
    </message>
    <message>
        <source>Log in at this desk ({phone})</source>
        <translation>An diesem Arbeitsplatz anmelden ({phone})</translation>
    </message>
    <message>
        <source>Log out {ext} from {phone}</source>
        <translation>{ext} von {phone} abmelden</translation>
    </message>
    <message>
        <source>Log out from {phone}</source>
        <translation>Von {phone} abmelden</translation>
    </message>
    <message>
        <source>{action} (working…)</source>
        <translation>{action} (läuft…)</translation>
    </message>
    <message>
        <source>{action} — available in {seconds} s</source>
        <translation>{action} — verfügbar in {seconds} s</translation>
    </message>
    <message>
        <source>Virtual phone {virtual}</source>
        <translation>Virtuelles Telefon {virtual}</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>The phone system says: {text}</source>
        <translation>Die Telefonanlage meldet: {text}</translation>
    </message>
</context>
<context>
    <name>Hotkeys</name>
    <message>
        <source>“{seq}” is not a key combination such as Ctrl+Alt+D.</source>
        <translation>„{seq}“ ist keine Tastenkombination wie Ctrl+Alt+D.</translation>
    </message>
    <message>
        <source>“{part}” is not a modifier (Ctrl, Alt, Shift, Meta).</source>
        <translation>„{part}“ ist keine Modifizierertaste (Ctrl, Alt, Shift, Meta).</translation>
    </message>
    <message>
        <source>“{key}” cannot be used as a global hotkey.</source>
        <translation>„{key}“ kann nicht als globales Tastenkürzel verwendet werden.</translation>
    </message>
    <message>
        <source>No global hotkey backend on this system.</source>
        <translation>Globale Tastenkürzel werden auf diesem System nicht unterstützt.</translation>
    </message>
    <message>
        <source>RegisterEventHotKey exists only on macOS.</source>
        <translation>RegisterEventHotKey gibt es nur unter macOS.</translation>
    </message>
    <message>
        <source>{seq} is already used by another program.</source>
        <translation>{seq} wird bereits von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>jeepney (D-Bus) is not installed.</source>
        <translation>jeepney (D-Bus) ist nicht installiert.</translation>
    </message>
    <message>
        <source>The desktop offers no global shortcut portal ({reason}).</source>
        <translation>Der Desktop bietet kein Portal für globale Tastenkürzel ({reason}).</translation>
    </message>
    <message>
        <source>Open the SOP Companion dial box</source>
        <translation>Das Wählfenster von SOP Companion öffnen</translation>
    </message>
    <message>
        <source>RegisterHotKey exists only on Windows.</source>
        <translation>RegisterHotKey gibt es nur unter Windows.</translation>
    </message>
    <message>
        <source>python-xlib is not installed.</source>
        <translation>python-xlib ist nicht installiert.</translation>
    </message>
    <message>
        <source>No X11 display (DISPLAY is not set).</source>
        <translation>Keine X11-Anzeige (DISPLAY ist nicht gesetzt).</translation>
    </message>
    <message>
        <source>Cannot open the X11 display {name}.</source>
        <translation>Die X11-Anzeige {name} lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>The key {key} is not on this keyboard.</source>
        <translation>Die Taste {key} gibt es auf dieser Tastatur nicht.</translation>
    </message>
</context>
<context>
    <name>IncomingCalls</name>
    <message>
        <source>The voicemail number in the settings is not a number.</source>
        <translation>Die Mailbox-Nummer in den Einstellungen ist keine gültige Nummer.</translation>
    </message>
    <message>
        <source>You have no mobile number in the phone system's directory.</source>
        <translation>Im Telefonbuch der Telefonanlage ist keine Mobilnummer für Sie eingetragen.</translation>
    </message>
    <message>
        <source>Wait: the previous request is still being sent.</source>
        <translation>Bitte warten: Die vorige Anfrage wird noch gesendet.</translation>
    </message>
    <message>
        <source>This call is no longer shown.</source>
        <translation>Dieser Anruf wird nicht mehr angezeigt.</translation>
    </message>
</context>
<context>
    <name>IncomingPopup</name>
    <message>
        <source>Close</source>
        <extracomment>the key that picks each action in the "More" menu (shown there, beside the action) the popup's width range (logical pixels): names longer than the widest end in "…"</extracomment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>To my mobile</source>
        <translation>Auf mein Mobiltelefon</translation>
    </message>
    <message>
        <source>To voicemail</source>
        <translation>An die Mailbox</translation>
    </message>
    <message>
        <source>To…</source>
        <translation>An…</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parken</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Open in CRM</source>
        <translation>Im CRM öffnen</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Nummer kopieren</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Voicemail, another number, park, reject, copy…</source>
        <translation>Mailbox, andere Nummer, parken, abweisen, kopieren…</translation>
    </message>
    <message>
        <source>Redirecting…</source>
        <translation>Wird weitergeleitet…</translation>
    </message>
    <message>
        <source>Parking…</source>
        <translation>Wird geparkt…</translation>
    </message>
    <message>
        <source>Rejecting…</source>
        <translation>Wird abgelehnt…</translation>
    </message>
    <message>
        <source>Parked on {slot}</source>
        <translation>Geparkt auf {slot}</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Geparkt</translation>
    </message>
    <message>
        <source>Calling you</source>
        <translation>Ruft Sie an</translation>
    </message>
</context>
<context>
    <name>IncomingSettingsPage</name>
    <message>
        <source>Only {ext} is filled in here, not {fields}.</source>
        <extracomment>the caller the examples under the templates use</extracomment>
        <translation>Hier wird nur {ext} ausgefüllt, nicht {fields}.</translation>
    </message>
    <message>
        <source>The voicemail number must be a number (digits, *, #), with {ext} where your extension goes.</source>
        <translation>Die Mailbox-Nummer muss eine Nummer sein (Ziffern, *, #), mit {ext} dort, wo Ihre Durchwahl steht.</translation>
    </message>
    <message>
        <source>Incoming calls</source>
        <translation>Eingehende Anrufe</translation>
    </message>
    <message>
        <source>Show a popup when a call rings my extension</source>
        <translation>Ein Fenster anzeigen, wenn meine Durchwahl klingelt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>until the call ends</source>
        <translation>bis der Anruf endet</translation>
    </message>
    <message>
        <source>The number “To voicemail” sends a call to. Write {ext} where your extension goes: *{ext} is * followed by your extension.</source>
        <translation>Die Nummer, an die „An die Mailbox“ einen Anruf schickt. Schreiben Sie {ext} dort, wo Ihre Durchwahl steht: *{ext} ist * gefolgt von Ihrer Durchwahl.</translation>
    </message>
    <message>
        <source>The web page “Open in CRM” opens for a caller. Write {number} where the caller's number goes, {name} for their name and {ext} for your extension: they are filled in for each call. Leave empty to hide the button.</source>
        <translation>Die Webseite, die „Im CRM öffnen“ für einen Anrufer öffnet. Schreiben Sie {number} dort, wo die Nummer des Anrufers steht, {name} für seinen Namen und {ext} für Ihre Durchwahl: Sie werden bei jedem Anruf ausgefüllt. Leer lassen, um die Schaltfläche auszublenden.</translation>
    </message>
    <message>
        <source>Close the popup after</source>
        <translation>Fenster schließen nach</translation>
    </message>
    <message>
        <source>Voicemail number</source>
        <translation>Mailbox-Nummer</translation>
    </message>
    <message>
        <source>Open callers in my CRM at</source>
        <translation>Anrufer in meinem CRM öffnen unter</translation>
    </message>
    <message>
        <source>For you (extension {ext}): calls sent to voicemail go to {target}</source>
        <translation>Für Sie (Nebenstelle {ext}): Anrufe an die Mailbox gehen an {target}</translation>
    </message>
    <message>
        <source>For a call from {name}: {url}</source>
        <translation>Für einen Anruf von {name}: {url}</translation>
    </message>
</context>
<context>
    <name>MenuWindow</name>
    <message>
        <source>SOP Companion</source>
        <translation>SOP Companion</translation>
    </message>
    <message>
        <source>No system tray was found: SOP Companion runs in this window. Closing the window keeps it running; start SOP Companion again to bring the window back.</source>
        <translation>Kein Infobereich gefunden: SOP Companion läuft in diesem Fenster. Wenn Sie das Fenster schließen, läuft die App weiter; starten Sie SOP Companion erneut, um das Fenster zurückzuholen.</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The app is not configured yet: open its settings.</source>
        <translation>Die App ist noch nicht eingerichtet: Öffnen Sie die Einstellungen.</translation>
    </message>
    <message>
        <source>Give a status name.</source>
        <translation>Geben Sie einen Statusnamen an.</translation>
    </message>
    <message>
        <source>A timed status is not available.</source>
        <translation>Ein befristeter Status ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Unknown command “{cmd}”.</source>
        <translation>Unbekannter Befehl „{cmd}“.</translation>
    </message>
    <message>
        <source>the phone system could not apply it just now (synchronisation failed); try again in a moment</source>
        <translation>die Telefonanlage konnte die Änderung gerade nicht übernehmen (Synchronisierung fehlgeschlagen); versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>The phone system could not place the call.</source>
        <translation>Die Telefonanlage konnte den Anruf nicht tätigen.</translation>
    </message>
    <message>
        <source>The phone system could not hang up the call.</source>
        <translation>Die Telefonanlage konnte den Anruf nicht beenden.</translation>
    </message>
    <message>
        <source>The phone system could not redirect the call.</source>
        <translation>Die Telefonanlage konnte den Anruf nicht umleiten.</translation>
    </message>
    <message>
        <source>The phone system could not park the call.</source>
        <translation>Die Telefonanlage konnte den Anruf nicht parken.</translation>
    </message>
    <message>
        <source>The phone system could not connect you to the parked call.</source>
        <translation>Die Telefonanlage konnte Sie nicht mit dem geparkten Anruf verbinden.</translation>
    </message>
    <message>
        <source>The phone system cannot be reached. Check the server address and network.</source>
        <translation>Die Telefonanlage ist nicht erreichbar. Prüfen Sie die Serveradresse und das Netzwerk.</translation>
    </message>
    <message>
        <source>The phone system did not answer in time.</source>
        <translation>Die Telefonanlage hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The phone system refused the credentials (HTTP login).</source>
        <translation>Die Telefonanlage hat die Zugangsdaten abgelehnt (HTTP-Anmeldung).</translation>
    </message>
    <message>
        <source>The phone system sent an answer that could not be understood.</source>
        <translation>Die Telefonanlage hat eine unverständliche Antwort gesendet.</translation>
    </message>
    <message>
        <source>The status was not changed: {reason} (code {code}).</source>
        <translation>Der Status wurde nicht geändert: {reason} (Code {code}).</translation>
    </message>
    <message>
        <source>The status was not changed (code {code}).</source>
        <translation>Der Status wurde nicht geändert (Code {code}).</translation>
    </message>
    <message>
        <source>The phone system refused the request (code {code}).</source>
        <translation>Die Telefonanlage hat die Anfrage abgelehnt (Code {code}).</translation>
    </message>
    <message>
        <source>The phone system had an internal error (HTTP {status}).</source>
        <translation>Die Telefonanlage hatte einen internen Fehler (HTTP {status}).</translation>
    </message>
    <message>
        <source>The phone system's address has moved (HTTP {status}): update the server address in the settings.</source>
        <translation>Die Adresse der Telefonanlage hat sich geändert (HTTP {status}): Passen Sie die Serveradresse in den Einstellungen an.</translation>
    </message>
    <message>
        <source>The phone system does not offer this request (HTTP 404): check the server address.</source>
        <translation>Die Telefonanlage bietet diese Anfrage nicht an (HTTP 404): Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The phone system refused the request (HTTP {status}).</source>
        <translation>Die Telefonanlage hat die Anfrage abgelehnt (HTTP {status}).</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
    <message>
        <source>No user “{user}” in the phone system's directory.</source>
        <translation>Kein Benutzer „{user}“ im Telefonbuch der Telefonanlage.</translation>
    </message>
    <message>
        <source>Several users match “{user}” in the phone system's directory (extensions {exts}); enter the exact login e-mail or extension.</source>
        <translation>Mehrere Benutzer passen zu „{user}“ im Verzeichnis der Telefonanlage (Durchwahlen {exts}); geben Sie die genaue Login-E-Mail oder Durchwahl ein.</translation>
    </message>
    <message>
        <source>The statuses are not known yet.</source>
        <extracomment>statuses named in the "Unknown status" message; the rest are counted</extracomment>
        <translation>Die Status sind noch nicht bekannt.</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} und {count} weitere</translation>
    </message>
    <message>
        <source>Unknown status “{name}”. Available: {choices}.</source>
        <translation>Unbekannter Status „{name}“. Verfügbar: {choices}.</translation>
    </message>
    <message>
        <source>Not signed in to the phone system yet.</source>
        <translation>Noch nicht bei der Telefonanlage angemeldet.</translation>
    </message>
    <message>
        <source>illegal extension format</source>
        <translation>ungültiges Format der Durchwahl</translation>
    </message>
    <message>
        <source>attempt to change the profile class</source>
        <translation>Versuch, die Profilklasse zu ändern</translation>
    </message>
    <message>
        <source>this status or profile name does not exist</source>
        <translation>dieser Status- oder Profilname existiert nicht</translation>
    </message>
    <message>
        <source>synchronisation with the SMP failed</source>
        <translation>Synchronisierung mit dem SMP fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Geben Sie eine Telefonnummer ein.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number: “{char}” is not allowed (only digits, +, * and #).</source>
        <translation>„{text}“ ist keine Telefonnummer: „{char}“ ist nicht erlaubt (nur Ziffern, +, * und #).</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number: it has no digits.</source>
        <translation>„{text}“ ist keine Telefonnummer: Sie enthält keine Ziffern.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number: + may only stand at the start.</source>
        <translation>„{text}“ ist keine Telefonnummer: + darf nur am Anfang stehen.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number: more than {max} digits.</source>
        <translation>„{text}“ ist keine Telefonnummer: mehr als {max} Ziffern.</translation>
    </message>
    <message>
        <source>This text is too long to be a phone number (more than {max} characters).</source>
        <translation>Dieser Text ist zu lang für eine Telefonnummer (mehr als {max} Zeichen).</translation>
    </message>
    <message>
        <source>“{text}” spans several lines: give one number at a time.</source>
        <translation>„{text}“ erstreckt sich über mehrere Zeilen: bitte jeweils nur eine Nummer angeben.</translation>
    </message>
    <message>
        <source>“{text}” contains an invisible character that changes the reading direction; type the number again.</source>
        <translation>„{text}“ enthält ein unsichtbares Zeichen, das die Leserichtung ändert; bitte die Nummer erneut eingeben.</translation>
    </message>
    <message>
        <source>The dialling prefixes in the settings may only contain digits, * and #.</source>
        <translation>Die Wählpräfixe in den Einstellungen dürfen nur Ziffern, * und # enthalten.</translation>
    </message>
</context>
<context>
    <name>ParkedCalls</name>
    <message>
        <source>No call is parked in slot {slot}.</source>
        <translation>Auf Parkplatz {slot} ist kein Anruf geparkt.</translation>
    </message>
    <message>
        <source>Not signed in to the phone system yet.</source>
        <translation>Noch nicht bei der Telefonanlage angemeldet.</translation>
    </message>
    <message>
        <source>This call is already being picked up.</source>
        <translation>Dieser Anruf wird bereits angenommen.</translation>
    </message>
    <message>
        <source>The phone system could not bring the call in slot {slot} to you: it may have been picked up already or have timed out.</source>
        <translation>Die Telefonanlage konnte den Anruf auf Parkplatz {slot} nicht zu Ihnen bringen: vielleicht wurde er schon angenommen oder ist abgelaufen.</translation>
    </message>
    <message>
        <source>Parked calls</source>
        <translation>Geparkte Anrufe</translation>
    </message>
    <message>
        <source>unknown caller</source>
        <translation>unbekannter Anrufer</translation>
    </message>
    <message>
        <source>No parked calls.</source>
        <translation>Keine geparkten Anrufe.</translation>
    </message>
    <message>
        <source>{slot}: {who}, waiting {time}</source>
        <translation>{slot}: {who}, wartet seit {time}</translation>
    </message>
    <message>
        <source>Give a park slot.</source>
        <translation>Geben Sie einen Parkplatz an.</translation>
    </message>
    <message>
        <source>The call from {who} (slot {slot}) is coming to your phone.</source>
        <translation>Der Anruf von {who} (Parkplatz {slot}) kommt zu Ihrem Telefon.</translation>
    </message>
</context>
<context>
    <name>ParkedUi</name>
    <message>
        <source>Parked calls</source>
        <translation>Geparkte Anrufe</translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>{slot}: {who} — {time} (pick up)</source>
        <translation>{slot}: {who} — {time} (annehmen)</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>im Gespräch</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>besetzt</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>klingelt</translation>
    </message>
    <message>
        <source>pause failed</source>
        <translation>Pausieren fehlgeschlagen</translation>
    </message>
    <message>
        <source>pause succeeded</source>
        <translation>Pausieren erfolgreich</translation>
    </message>
    <message>
        <source>unpause failed</source>
        <translation>Fortsetzen fehlgeschlagen</translation>
    </message>
    <message>
        <source>unpause succeeded</source>
        <translation>Fortsetzen erfolgreich</translation>
    </message>
    <message>
        <source>status {code}</source>
        <extracomment>member states in which the phone takes no queue call (with a pause: "away" for alerts)</extracomment>
        <translation>Status {code}</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>Code {code}</translation>
    </message>
    <message>
        <source>static</source>
        <translation>fest</translation>
    </message>
    <message>
        <source>dynamic</source>
        <translation>dynamisch</translation>
    </message>
    <message>
        <source>Callers waiting in {queue} for over {seconds} s: {count}.</source>
        <translation>Anrufer, die in {queue} seit über {seconds} s warten: {count}.</translation>
    </message>
    <message>
        <source>You are paused there.</source>
        <translation>Sie sind dort pausiert.</translation>
    </message>
    <message>
        <source>Your phone is away.</source>
        <translation>Ihr Telefon ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>There is no queue {queue}.</source>
        <translation>Es gibt keine Warteschlange {queue}.</translation>
    </message>
    <message>
        <source>You are not a member of {queue}.</source>
        <translation>Sie sind nicht Mitglied von {queue}.</translation>
    </message>
    <message>
        <source>A queue request is already under way.</source>
        <translation>Eine Warteschlangen-Anfrage läuft bereits.</translation>
    </message>
    <message>
        <source>You are already a member of {queue}.</source>
        <translation>Sie sind bereits Mitglied von {queue}.</translation>
    </message>
    <message>
        <source>Your extension has no phone to join a queue with.</source>
        <translation>Ihre Nebenstelle hat kein Telefon, um einer Warteschlange beizutreten.</translation>
    </message>
    <message>
        <source>Joined {queue} with {phone}.</source>
        <translation>Mit {phone} in {queue} eingetragen.</translation>
    </message>
    <message>
        <source>You are a static member of {queue}: only an administrator can remove you.</source>
        <translation>Sie sind festes Mitglied von {queue}: nur ein Administrator kann Sie entfernen.</translation>
    </message>
    <message>
        <source>Left {queue}.</source>
        <translation>Aus {queue} ausgetragen.</translation>
    </message>
    <message>
        <source>The phone system refused to add {phone} to {queue}.</source>
        <translation>Die Telefonanlage hat abgelehnt, {phone} zu {queue} hinzuzufügen.</translation>
    </message>
    <message>
        <source>The phone system refused to remove {phone} from {queue}.</source>
        <translation>Die Telefonanlage hat abgelehnt, {phone} aus {queue} zu entfernen.</translation>
    </message>
    <message>
        <source>The phone system did not pause you in {queue}.</source>
        <translation>Die Telefonanlage hat Sie in {queue} nicht pausiert.</translation>
    </message>
    <message>
        <source>The phone system did not resume you in {queue}.</source>
        <translation>Die Telefonanlage hat Sie in {queue} nicht fortgesetzt.</translation>
    </message>
    <message>
        <source>Paused in {queue}.</source>
        <translation>In {queue} pausiert.</translation>
    </message>
    <message>
        <source>Resumed in {queue}.</source>
        <translation>In {queue} fortgesetzt.</translation>
    </message>
    <message>
        <source>You are not a member of any queue.</source>
        <translation>Sie sind in keiner Warteschlange Mitglied.</translation>
    </message>
    <message>
        <source>The phone system answered: {result} (code {code}).</source>
        <translation>Die Telefonanlage antwortete: {result} (Code {code}).</translation>
    </message>
    <message>
        <source>Paused in all your queues ({result}).</source>
        <translation>In allen Ihren Warteschlangen pausiert ({result}).</translation>
    </message>
    <message>
        <source>Resumed in all your queues ({result}).</source>
        <translation>In allen Ihren Warteschlangen fortgesetzt ({result}).</translation>
    </message>
    <message>
        <source>{message} The phone system says: {detail}</source>
        <translation>{message} Die Telefonanlage meldet: {detail}</translation>
    </message>
    <message>
        <source>{queue} ({id}): {waiting} waiting</source>
        <translation>{queue} ({id}): {waiting} wartend</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>member on {phone}, {membership}, {state}, {status}</source>
        <translation>Mitglied mit {phone}, {membership}, {state}, {status}</translation>
    </message>
    <message>
        <source>No queues.</source>
        <translation>Keine Warteschlangen.</translation>
    </message>
    <message>
        <source>Give a queue name.</source>
        <translation>Geben Sie einen Warteschlangennamen an.</translation>
    </message>
    <message>
        <source>Give a queue name or --all.</source>
        <translation>Geben Sie einen Warteschlangennamen oder --all an.</translation>
    </message>
</context>
<context>
    <name>QueuesPage</name>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Notify me when a caller waits in a queue where I am paused or away for</source>
        <translation>Benachrichtigen, wenn ein Anrufer in einer Warteschlange wartet, in der ich pausiert oder abwesend bin, länger als</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>QueuesUi</name>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>&amp;Join a queue</source>
        <translation>Warteschlange &amp;beitreten</translation>
    </message>
    <message>
        <source>Pause &amp;all queues</source>
        <translation>&amp;Alle Warteschlangen pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume all queues</source>
        <translation>Alle Warteschlangen &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Static member: cannot leave</source>
        <translation>Festes Mitglied: Austritt nicht möglich</translation>
    </message>
    <message>
        <source>Leave this queue</source>
        <translation>Diese Warteschlange verlassen</translation>
    </message>
    <message>
        <source>waiting: ?</source>
        <translation>wartend: ?</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queues — %n waiting</source>
        <translation>
            <numerusform>Warteschlangen — %n wartend</numerusform>
            <numerusform>Warteschlangen — %n wartend</numerusform>
        </translation>
    </message>
    <message>
        <source>{queue} (paused)</source>
        <translation>{queue} (pausiert)</translation>
    </message>
    <message>
        <source>Member on {phone} ({membership}) — {status}</source>
        <translation>Mitglied mit {phone} ({membership}) — {status}</translation>
    </message>
    <message>
        <source>Resume in this queue</source>
        <translation>In dieser Warteschlange fortsetzen</translation>
    </message>
    <message>
        <source>Pause in this queue</source>
        <translation>In dieser Warteschlange pausieren</translation>
    </message>
    <message>
        <source>Queues: nobody waiting</source>
        <translation>Warteschlangen: niemand wartet</translation>
    </message>
    <message numerus="yes">
        <source>Queues: %n caller(s) waiting</source>
        <translation>
            <numerusform>Warteschlangen: %n Anrufer wartet</numerusform>
            <numerusform>Warteschlangen: %n Anrufer warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedirectDialog</name>
    <message>
        <source>Redirect the call</source>
        <translation>Anruf weiterleiten</translation>
    </message>
    <message>
        <source>Send the call from {caller} to:</source>
        <translation>Den Anruf von {caller} weiterleiten an:</translation>
    </message>
    <message>
        <source>a name, or a number, e.g. 0475 12 34 56 or 104</source>
        <translation>ein Name oder eine Nummer, z. B. 0475 12 34 56 oder 104</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <source>SOP Companion</source>
        <translation>SOP Companion</translation>
    </message>
    <message>
        <source>Your desk phone {phone} is not registered: click-to-dial would ring nothing.</source>
        <translation>Ihr Tischtelefon {phone} ist nicht registriert: Wählen vom Computer würde nichts klingeln lassen.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>The calendar could not be read: {reason}</source>
        <extracomment>how often the calendars are read again (a published calendar changes in minutes) the longest the feature sleeps without looking at the clock again (a suspended laptop wakes up past a boundary); local only, no SOP request a second look for a calendar address the keyring did not have yet</extracomment>
        <translation>Der Kalender konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Automatic status</source>
        <translation>Automatischer Status</translation>
    </message>
    <message>
        <source>That time is already past.</source>
        <translation>Dieser Zeitpunkt ist schon vorbei.</translation>
    </message>
    <message>
        <source>Give a status name.</source>
        <translation>Geben Sie einen Statusnamen an.</translation>
    </message>
    <message>
        <source>The status was not set.</source>
        <translation>Der Status wurde nicht gesetzt.</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>{status} until {time}</source>
        <translation>{status} bis {time}</translation>
    </message>
    <message>
        <source>{status} ended at {time} while the app was not running: back to {back}.</source>
        <translation>{status} endete um {time}, als die App nicht lief: zurück zu {back}.</translation>
    </message>
    <message>
        <source>Back to {status}.</source>
        <translation>Zurück zu {status}.</translation>
    </message>
    <message>
        <source>{status} as you asked.</source>
        <translation>{status}, wie gewünscht.</translation>
    </message>
    <message>
        <source>{status}: your screen is locked.</source>
        <translation>{status}: Ihr Bildschirm ist gesperrt.</translation>
    </message>
    <message>
        <source>{status}: a calendar event started.</source>
        <translation>{status}: ein Kalendertermin hat begonnen.</translation>
    </message>
    <message>
        <source>{status}: outside your working hours.</source>
        <translation>{status}: außerhalb Ihrer Arbeitszeit.</translation>
    </message>
    <message>
        <source>The status is not known yet.</source>
        <translation>Der Status ist noch nicht bekannt.</translation>
    </message>
    <message>
        <source>{status} until {time}, as you asked; then {back}.</source>
        <translation>{status} bis {time}, wie gewünscht; danach {back}.</translation>
    </message>
    <message>
        <source>{status} because your screen is locked; {back} again when you unlock it.</source>
        <translation>{status}, weil Ihr Bildschirm gesperrt ist; wieder {back}, wenn Sie ihn entsperren.</translation>
    </message>
    <message>
        <source>{status} during a calendar event, until {time}; then {back}.</source>
        <translation>{status} während eines Kalendertermins, bis {time}; danach {back}.</translation>
    </message>
    <message>
        <source>{status} outside your working hours, until {time}; then {back}.</source>
        <translation>{status} außerhalb Ihrer Arbeitszeit, bis {time}; danach {back}.</translation>
    </message>
    <message>
        <source>{status}: you chose it. The automatic rules leave it until their next change.</source>
        <translation>{status}: von Ihnen gewählt. Die automatischen Regeln lassen ihn bis zu ihrer nächsten Änderung.</translation>
    </message>
    <message>
        <source>{status}: you chose it. No automatic rule applies now.</source>
        <translation>{status}: von Ihnen gewählt. Gerade gilt keine automatische Regel.</translation>
    </message>
    <message>
        <source>“{text}” is not a duration: write for example 30m, 1h or 1h30.</source>
        <extracomment>the longest timed status (a forgotten "for 900h" is surely a typo)</extracomment>
        <translation>„{text}“ ist keine Dauer: schreiben Sie zum Beispiel 30m, 1h oder 1h30.</translation>
    </message>
    <message>
        <source>The duration must be longer than zero.</source>
        <translation>Die Dauer muss größer als null sein.</translation>
    </message>
    <message>
        <source>The duration is longer than 14 days.</source>
        <translation>Die Dauer ist länger als 14 Tage.</translation>
    </message>
    <message>
        <source>“{text}” is not a time: write for example 14:00 or 2026-12-03T09:00.</source>
        <translation>„{text}“ ist keine Uhrzeit: schreiben Sie zum Beispiel 14:00 oder 2026-12-03T09:00.</translation>
    </message>
    <message>
        <source>{text} is already past.</source>
        <translation>{text} ist schon vorbei.</translation>
    </message>
    <message>
        <source>The time is more than 14 days away.</source>
        <translation>Der Zeitpunkt liegt mehr als 14 Tage entfernt.</translation>
    </message>
    <message>
        <source>Give a duration or a time.</source>
        <translation>Geben Sie eine Dauer oder eine Uhrzeit an.</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Automatic status</source>
        <translation>Automatischer Status</translation>
    </message>
    <message>
        <source>Each rule is off while its status is empty. A status you choose yourself always wins until the rule's next change.</source>
        <translation>Jede Regel ist aus, solange ihr Status leer ist. Ein selbst gewählter Status gilt immer bis zur nächsten Änderung der Regel.</translation>
    </message>
    <message>
        <source>e.g. Away (empty: off)</source>
        <translation>z. B. Away (leer: aus)</translation>
    </message>
    <message>
        <source>e.g. OutOfOffice (empty: off)</source>
        <translation>z. B. OutOfOffice (leer: aus)</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>an .ics file of days off (optional)</source>
        <translation>eine .ics-Datei mit freien Tagen (optional)</translation>
    </message>
    <message>
        <source>e.g. Meeting (empty: off)</source>
        <translation>z. B. Meeting (leer: aus)</translation>
    </message>
    <message>
        <source>address saved in the system keyring</source>
        <translation>Adresse im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>an .ics file, or an address (kept in the system keyring)</source>
        <translation>eine .ics-Datei oder eine Adresse (im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <source>Forget the saved address</source>
        <translation>Gespeicherte Adresse vergessen</translation>
    </message>
    <message>
        <source>When my screen locks, set</source>
        <translation>Wenn mein Bildschirm sperrt, setze</translation>
    </message>
    <message>
        <source>and set it back when I unlock (unless I changed it).</source>
        <translation>und stelle ihn beim Entsperren zurück (außer ich habe ihn geändert).</translation>
    </message>
    <message>
        <source>Outside my working hours, set</source>
        <translation>Außerhalb meiner Arbeitszeit, setze</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Freie Tage</translation>
    </message>
    <message>
        <source>During a busy calendar event, set</source>
        <translation>Während eines belegten Kalendertermins, setze</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>RulesUi</name>
    <message>
        <source>Status for a while</source>
        <translation>Status für eine Weile</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>30 Minuten lang</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 Stunde lang</translation>
    </message>
    <message>
        <source>For 2 hours</source>
        <translation>2 Stunden lang</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>Bis…</translation>
    </message>
    <message>
        <source>Until tomorrow morning</source>
        <translation>Bis morgen früh</translation>
    </message>
    <message>
        <source>Why this status?</source>
        <translation>Warum dieser Status?</translation>
    </message>
    <message>
        <source>End now: back to {status}</source>
        <translation>Jetzt beenden: zurück zu {status}</translation>
    </message>
</context>
<context>
    <name>SettingsCheck</name>
    <message>
        <source>Event port: nothing answers on {host}:{port}. Check the event port (5050 unless your SOP administrator changed it).</source>
        <translation>Ereignis-Port: auf {host}:{port} antwortet nichts. Prüfen Sie den Ereignis-Port (5050, sofern Ihr SOP-Administrator ihn nicht geändert hat).</translation>
    </message>
    <message>
        <source>Event port: the ccPing test failed: {reason}</source>
        <translation>Ereignis-Port: der ccPing-Test ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Event port: {host}:{port} accepts connections but sends no evPong after a ccPing. Check that this is the SOP's event port.</source>
        <translation>Ereignis-Port: {host}:{port} nimmt Verbindungen an, sendet aber nach einem ccPing kein evPong. Prüfen Sie, ob dies der Ereignis-Port der SOP ist.</translation>
    </message>
    <message>
        <source>Desk phone: it could not be checked: {reason}</source>
        <translation>Schreibtischtelefon: konnte nicht geprüft werden: {reason}</translation>
    </message>
    <message>
        <source>Desk phone: the phone system has no phone “{phone}”. Check the id printed on the phone (e.g. SDP80002), or leave the field empty.</source>
        <translation>Schreibtischtelefon: die Telefonanlage kennt kein Telefon „{phone}“. Prüfen Sie die auf dem Telefon aufgedruckte Kennung (z. B. SDP80002) oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>SOP Companion — Settings</source>
        <translation>SOP Companion — Einstellungen</translation>
    </message>
    <message>
        <source>login e-mail or extension</source>
        <translation>Anmelde-E-Mail oder Durchwahl</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>only if the API asks for a login</source>
        <translation>nur wenn die API eine Anmeldung verlangt</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Where the phone system sends call events: 5050 unless told otherwise.</source>
        <translation>Wohin die Telefonanlage Anrufereignisse sendet: 5050, sofern nicht anders angegeben.</translation>
    </message>
    <message>
        <source>The ID of the phone on this desk, for hot desking (on its label).</source>
        <translation>Die ID des Telefons an diesem Arbeitsplatz, für Desk-Sharing (auf seinem Etikett).</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Your login</source>
        <translation>Ihre Anmeldung</translation>
    </message>
    <message>
        <source>Call events port</source>
        <translation>Port für Anrufereignisse</translation>
    </message>
    <message>
        <source>This desk's phone</source>
        <translation>Telefon dieses Arbeitsplatzes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Server login (optional)</source>
        <translation>Server-Anmeldung (optional)</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Server-Passwort</translation>
    </message>
    <message>
        <source>Welcome! Tell SOP Companion where your phone system is and who you are.</source>
        <translation>Willkommen! Teilen Sie SOP Companion mit, wo Ihre Telefonanlage steht und wer Sie sind.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Set by your administrator: cannot be changed here.</source>
        <translation>Von Ihrem Administrator festgelegt: kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Your administrator set the greyed-out settings for everyone ({source}); they cannot be changed here.</source>
        <translation>Ihr Administrator hat die ausgegrauten Einstellungen für alle festgelegt ({source}); sie können hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Server address completed as {address}: check that it is right.</source>
        <translation>Serveradresse ergänzt zu {address}: prüfen Sie, ob sie stimmt.</translation>
    </message>
    <message>
        <source>Warning: the server login would cross the network unencrypted (http://).</source>
        <translation>Achtung: Die Server-Anmeldung würde unverschlüsselt über das Netzwerk gehen (http://).</translation>
    </message>
    <message>
        <source>The server address cannot contain spaces: check “{address}”.</source>
        <translation>Die Serveradresse darf keine Leerzeichen enthalten: prüfen Sie „{address}“.</translation>
    </message>
    <message>
        <source>Enter the server address as http://host or https://host.</source>
        <translation>Geben Sie die Serveradresse als http://host oder https://host ein.</translation>
    </message>
    <message>
        <source>Enter your login e-mail or extension.</source>
        <translation>Geben Sie Ihre Anmelde-E-Mail oder Durchwahl ein.</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Verbindung wird geprüft…</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer the call</source>
        <translation>Gespräch weiterleiten</translation>
    </message>
    <message>
        <source>Transfer {name} to:</source>
        <translation>{name} weiterleiten an:</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>SOP Companion</source>
        <translation>SOP Companion</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Disconnected: {reason}</source>
        <translation>Getrennt: {reason}</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Not configured</source>
        <extracomment>statuses listed in the menu; a callflow with more lists these (and the current one) and says how many are left out: 5,000 menu items froze the app for minutes longer status labels are cut (the SOP's text, one menu line)</extracomment>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Connecting to the phone system…</source>
        <translation>Verbindung zur Telefonanlage wird hergestellt…</translation>
    </message>
    <message>
        <source>{name} — ext. {ext}</source>
        <translation>{name} — Durchwahl {ext}</translation>
    </message>
    <message>
        <source>Call events: disconnected</source>
        <translation>Anrufereignisse: getrennt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{count} more statuses: use “sop-companion set-status NAME”</source>
        <translation>{count} weitere Status: „sop-companion set-status NAME“ verwenden</translation>
    </message>
    <message>
        <source>Statuses not loaded yet</source>
        <translation>Status noch nicht geladen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>{status} (setting…)</source>
        <translation>{status} (wird gesetzt…)</translation>
    </message>
</context>
<context>
    <name>UntilDialog</name>
    <message>
        <source>{status} until…</source>
        <translation>{status} bis…</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
</context>
</TS>
