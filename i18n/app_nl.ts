<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>CallHistory</name>
    <message numerus="yes">
        <source>%n missed calls</source>
        <translation>
            <numerusform>%n gemiste oproep</numerusform>
            <numerusform>%n gemiste oproepen</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Onbekende beller</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Gemiste oproep</translation>
    </message>
    <message>
        <source>{who} called at {time}.</source>
        <translation>{who} belde om {time}.</translation>
    </message>
    <message>
        <source>The latest from {who} at {time}.</source>
        <translation>Laatste: {who} om {time}.</translation>
    </message>
    <message>
        <source>This call has no number to call back.</source>
        <translation>Deze oproep heeft geen nummer om terug te bellen.</translation>
    </message>
    <message>
        <source>Calling back is not available.</source>
        <translation>Terugbellen is niet beschikbaar.</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Oproepgeschiedenis</translation>
    </message>
    <message>
        <source>Call records from the SOP that could not be read were skipped: {n}.</source>
        <translation>Gespreksrecords van de SOP die niet gelezen konden worden, zijn overgeslagen: {n}.</translation>
    </message>
    <message>
        <source>The call history could not be saved: {error}</source>
        <translation>De oproepgeschiedenis kon niet worden opgeslagen: {error}</translation>
    </message>
</context>
<context>
    <name>CallInProgress</name>
    <message>
        <source>The phone system refused to hang up the call.</source>
        <translation>De telefooncentrale weigerde het gesprek op te hangen.</translation>
    </message>
    <message>
        <source>The phone system refused to transfer the call.</source>
        <translation>De telefooncentrale weigerde het gesprek door te verbinden.</translation>
    </message>
    <message>
        <source>The phone system refused to park the call.</source>
        <translation>De telefooncentrale weigerde het gesprek te parkeren.</translation>
    </message>
    <message>
        <source>The phone system refused to start recording.</source>
        <translation>De telefooncentrale weigerde de opname te starten.</translation>
    </message>
    <message>
        <source>The phone system refused to stop recording.</source>
        <translation>De telefooncentrale weigerde de opname te stoppen.</translation>
    </message>
    <message>
        <source>The phone system refused to put the call on hold.</source>
        <translation>De telefooncentrale weigerde het gesprek in de wacht te zetten.</translation>
    </message>
    <message>
        <source>The phone system refused to take the call back.</source>
        <translation>De telefooncentrale weigerde het gesprek terug te nemen.</translation>
    </message>
    <message>
        <source>SOP Companion</source>
        <translation>SOP Companion</translation>
    </message>
    <message>
        <source>The call waits on park slot {slot}.</source>
        <translation>Het gesprek wacht op parkeerplaats {slot}.</translation>
    </message>
    <message>
        <source>This phone system does not offer hold.</source>
        <translation>Deze telefooncentrale biedt geen wachtstand.</translation>
    </message>
    <message>
        <source>No call in progress.</source>
        <translation>Geen lopend gesprek.</translation>
    </message>
    <message>
        <source>Wait: the previous request is still being sent.</source>
        <translation>Even geduld: het vorige verzoek wordt nog verzonden.</translation>
    </message>
    <message>
        <source>The phone system does not say who is on the other end of this call.</source>
        <translation>De telefooncentrale zegt niet wie aan de andere kant van dit gesprek is.</translation>
    </message>
    <message>
        <source>Hung up the call with {name}.</source>
        <translation>Gesprek met {name} opgehangen.</translation>
    </message>
    <message>
        <source>Transferred {name}.</source>
        <translation>{name} doorverbonden.</translation>
    </message>
    <message>
        <source>Parked {name}.</source>
        <translation>{name} geparkeerd.</translation>
    </message>
    <message>
        <source>Recording the call with {name}.</source>
        <translation>Gesprek met {name} wordt opgenomen.</translation>
    </message>
    <message>
        <source>Stopped recording.</source>
        <translation>Opname gestopt.</translation>
    </message>
    <message>
        <source>{name} is on hold.</source>
        <translation>{name} staat in de wacht.</translation>
    </message>
    <message>
        <source>Back with {name}.</source>
        <translation>Terug bij {name}.</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>in de wacht</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>opname</translation>
    </message>
    <message>
        <source>In a call with {name}{number}: {state}</source>
        <translation>In gesprek met {name}{number}: {state}</translation>
    </message>
    <message>
        <source>Unknown call action.</source>
        <translation>Onbekende gespreksactie.</translation>
    </message>
</context>
<context>
    <name>CallUi</name>
    <message>
        <source>In a call with {name} — {duration}</source>
        <translation>In gesprek met {name} — {duration}</translation>
    </message>
    <message>
        <source>● recording</source>
        <translation>● opname</translation>
    </message>
    <message>
        <source>(on hold)</source>
        <translation>(in de wacht)</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Doorverbinden…</translation>
    </message>
    <message>
        <source>Park the call</source>
        <translation>Gesprek parkeren</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Opname stoppen</translation>
    </message>
    <message>
        <source>Record the call</source>
        <translation>Gesprek opnemen</translation>
    </message>
    <message>
        <source>Resume the call</source>
        <translation>Gesprek hervatten</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>In de wacht zetten</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Ophangen</translation>
    </message>
    <message>
        <source>In a call with {name}</source>
        <translation>In gesprek met {name}</translation>
    </message>
</context>
<context>
    <name>CallWindow</name>
    <message>
        <source>● REC</source>
        <translation>● OPN</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Doorverbinden…</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parkeren</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Opname stoppen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Opnemen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Wacht</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Ophangen</translation>
    </message>
    <message>
        <source>Hanging up…</source>
        <translation>Ophangen…</translation>
    </message>
    <message>
        <source>Transferring…</source>
        <translation>Doorverbinden…</translation>
    </message>
    <message>
        <source>Parking…</source>
        <translation>Parkeren…</translation>
    </message>
    <message>
        <source>Starting the recording…</source>
        <translation>Opname starten…</translation>
    </message>
    <message>
        <source>Stopping the recording…</source>
        <translation>Opname stoppen…</translation>
    </message>
    <message>
        <source>Putting on hold…</source>
        <translation>In de wacht zetten…</translation>
    </message>
    <message>
        <source>Taking the call back…</source>
        <translation>Gesprek terugnemen…</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>In de wacht</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>Test connection</source>
        <extracomment>runs the checks: (config, on_progress, on_result) -&gt; results the settings to test and the password typed ("" when none was typed)</extracomment>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Test annuleren</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Enter the server address first.</source>
        <translation>Vul eerst het serveradres in.</translation>
    </message>
    <message>
        <source>The server address cannot contain spaces: check “{address}”.</source>
        <translation>Het serveradres mag geen spaties bevatten: controleer ‘{address}’.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbinding wordt getest…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test geannuleerd.</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Alle controles geslaagd.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: see the lines marked Failed.</source>
        <translation>
            <numerusform>%n controle mislukt: zie de regels gemarkeerd met Mislukt.</numerusform>
            <numerusform>%n controles mislukt: zie de regels gemarkeerd met Mislukt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing {index} of {total}: {title}…</source>
        <translation>Test {index} van {total}: {title}…</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Onverwachte fout: {error}</translation>
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
        <translation>De CRM-link in de instellingen moet met http:// of https:// beginnen.</translation>
    </message>
    <message>
        <source>No CRM link is set (Settings, Incoming calls).</source>
        <translation>Er is geen CRM-link ingesteld (Instellingen, Inkomende oproepen).</translation>
    </message>
</context>
<context>
    <name>DesktopPage</name>
    <message>
        <source>Desktop</source>
        <translation>Bureaublad</translation>
    </message>
    <message>
        <source>Start with my session</source>
        <translation>Starten wanneer ik me aanmeld op de computer</translation>
    </message>
    <message>
        <source>When ticked, SOP Companion starts at log-in through this entry:</source>
        <translation>Indien aangevinkt, start SOP Companion bij het aanmelden via dit item:</translation>
    </message>
    <message>
        <source>Add SOP Companion to the applications menu</source>
        <translation>SOP Companion aan het toepassingenmenu toevoegen</translation>
    </message>
    <message>
        <source>This is the demo: it does not change how this computer starts or its applications menu. Install SOP Companion to use these.</source>
        <translation>Dit is de demo: die verandert niet hoe deze computer opstart en ook het toepassingenmenu niet. Installeer SOP Companion om deze instellingen te gebruiken.</translation>
    </message>
    <message>
        <source>SOP Companion could not change how it starts with your session: {error}</source>
        <translation>SOP Companion kon het automatisch starten niet aanpassen: {error}</translation>
    </message>
    <message>
        <source>SOP Companion</source>
        <translation>SOP Companion</translation>
    </message>
    <message>
        <source>Not added: {error}</source>
        <translation>Niet toegevoegd: {error}</translation>
    </message>
    <message>
        <source>Added to the applications menu:</source>
        <translation>Toegevoegd aan het toepassingenmenu:</translation>
    </message>
</context>
<context>
    <name>DialSettingsPage</name>
    <message>
        <source>Dialling</source>
        <extracomment>the numbers the example under the dialling rules shows: abroad, national, an extension</extracomment>
        <translation>Bellen</translation>
    </message>
    <message>
        <source>none, e.g. 0</source>
        <translation>geen, bv. 0</translation>
    </message>
    <message>
        <source>keep +, e.g. 00</source>
        <translation>+ behouden, bv. 00</translation>
    </message>
    <message>
        <source>Prefix for an outside line</source>
        <translation>Prefix voor een buitenlijn</translation>
    </message>
    <message>
        <source>Dial this instead of +</source>
        <translation>Kies dit in plaats van +</translation>
    </message>
    <message>
        <source>Internal extensions have at most (digits)</source>
        <translation>Interne nummers hebben hoogstens (cijfers)</translation>
    </message>
    <message>
        <source>Global hotkey</source>
        <translation>Globale sneltoets</translation>
    </message>
    <message>
        <source>Open tel: and callto: links with SOP Companion</source>
        <translation>tel:- en callto:-links openen met SOP Companion</translation>
    </message>
    <message>
        <source>This is the demo: it does not change which application opens links.</source>
        <translation>Dit is de demo: die verandert niet welke toepassing koppelingen opent.</translation>
    </message>
    <message>
        <source>Your phone dials {a} for {n1}, {b} for {n2} and {c} for extension {n3}.</source>
        <translation>Uw toestel kiest {a} voor {n1}, {b} voor {n2} en {c} voor toestel {n3}.</translation>
    </message>
    <message>
        <source>You can also bind this command in your desktop's keyboard settings: {command}</source>
        <translation>U kunt deze opdracht ook aan een sneltoets koppelen in de toetsenbordinstellingen van uw bureaublad: {command}</translation>
    </message>
    <message>
        <source>The hotkey works everywhere on this X11 desktop.</source>
        <translation>De sneltoets werkt overal op dit X11-bureaublad.</translation>
    </message>
    <message>
        <source>The hotkey works in every application.</source>
        <translation>De sneltoets werkt in elke toepassing.</translation>
    </message>
    <message>
        <source>On Wayland the desktop may ask you to confirm the shortcut; desktops without the global shortcuts portal ignore it.</source>
        <translation>Onder Wayland kan het bureaublad u vragen de sneltoets te bevestigen; bureaubladen zonder portaal voor globale sneltoetsen negeren hem.</translation>
    </message>
    <message>
        <source>No global hotkey is available on this desktop.</source>
        <translation>Op dit bureaublad is geen globale sneltoets beschikbaar.</translation>
    </message>
    <message>
        <source>Bind this command in your desktop's keyboard settings instead: {command}</source>
        <translation>Koppel deze opdracht dan aan een sneltoets in de toetsenbordinstellingen van uw bureaublad: {command}</translation>
    </message>
    <message>
        <source>Not registered: {error}</source>
        <translation>Niet geregistreerd: {error}</translation>
    </message>
    <message>
        <source>Registered: {path}</source>
        <translation>Geregistreerd: {path}</translation>
    </message>
</context>
<context>
    <name>DialUi</name>
    <message>
        <source>Dial…</source>
        <translation>Bellen…</translation>
    </message>
</context>
<context>
    <name>DialWindow</name>
    <message>
        <source>Dial</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <source>Name, extension or number</source>
        <translation>Naam, toestel of nummer</translation>
    </message>
    <message>
        <source>Recent: {label}</source>
        <translation>Recent: {label}</translation>
    </message>
    <message>
        <source>Dial {number}</source>
        <translation>{number} bellen</translation>
    </message>
    <message numerus="yes">
        <source>%n more match(es): scroll, or type more</source>
        <translation>
            <numerusform>nog %n resultaat: scroll, of typ verder</numerusform>
            <numerusform>nog %n resultaten: scroll, of typ verder</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is no longer in your favourites.</source>
        <translation>{name} staat niet meer in je favorieten.</translation>
    </message>
    <message>
        <source>{name} is in your favourites (tray menu).</source>
        <translation>{name} staat in je favorieten (systeemvakmenu).</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Verwijderen uit favorieten</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Toevoegen aan favorieten</translation>
    </message>
    <message>
        <source>{name} has no mobile number.</source>
        <translation>{name} heeft geen mobiel nummer.</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Bezig met bellen…</translation>
    </message>
</context>
<context>
    <name>Dialer</name>
    <message>
        <source>Your extension {ext} has no desk phone to ring (no primary or secondary phone in the directory).</source>
        <translation>Uw toestel {ext} heeft geen bureautoestel dat kan overgaan (geen primair of secundair toestel in het telefoonboek).</translation>
    </message>
    <message>
        <source>Calling {name} — pick up your phone</source>
        <translation>{name} wordt gebeld — neem uw toestel op</translation>
    </message>
    <message>
        <source>SOP Companion</source>
        <translation>SOP Companion</translation>
    </message>
    <message>
        <source>The call to {name} was not placed: {reason}</source>
        <translation>De oproep naar {name} kon niet worden gestart: {reason}</translation>
    </message>
    <message>
        <source>Neither the selected text nor the clipboard is a number.</source>
        <translation>Noch de geselecteerde tekst noch het klembord bevat een nummer.</translation>
    </message>
</context>
<context>
    <name>DirectoryPicker</name>
    <message>
        <source>Name, extension or number</source>
        <extracomment>every match is listed; the list scrolls through all of them</extracomment>
        <translation>Naam, toestel of nummer</translation>
    </message>
    <message>
        <source>Send to {number}</source>
        <translation>Doorsturen naar {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n more match(es): scroll, or type more</source>
        <translation>
            <numerusform>nog %n resultaat: scroll, of typ verder</numerusform>
            <numerusform>nog %n resultaten: scroll, of typ verder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dispositions</name>
    <message>
        <source>No disposition</source>
        <translation>Geen resultaat opgegeven</translation>
    </message>
    <message>
        <source>Other (code {code})</source>
        <translation>Andere (code {code})</translation>
    </message>
    <message>
        <source>Primary phone</source>
        <translation>Primair toestel</translation>
    </message>
    <message>
        <source>Secondary phone</source>
        <translation>Secundair toestel</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiele telefoon</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Uitgaand</translation>
    </message>
    <message>
        <source>Placed from the primary phone</source>
        <translation>Uitgaand vanaf het primaire toestel</translation>
    </message>
    <message>
        <source>Placed from the secondary phone</source>
        <translation>Uitgaand vanaf het secundaire toestel</translation>
    </message>
    <message>
        <source>Placed from the mobile phone</source>
        <translation>Uitgaand vanaf de mobiele telefoon</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Gemist</translation>
    </message>
    <message>
        <source>Missed on the primary phone</source>
        <translation>Gemist op het primaire toestel</translation>
    </message>
    <message>
        <source>Missed on the secondary phone</source>
        <translation>Gemist op het secundaire toestel</translation>
    </message>
    <message>
        <source>Missed on the mobile phone</source>
        <translation>Gemist op de mobiele telefoon</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Answered on the primary phone</source>
        <translation>Beantwoord op het primaire toestel</translation>
    </message>
    <message>
        <source>Answered on the secondary phone</source>
        <translation>Beantwoord op het secundaire toestel</translation>
    </message>
    <message>
        <source>Answered on the mobile phone</source>
        <translation>Beantwoord op de mobiele telefoon</translation>
    </message>
    <message>
        <source>Sent to voicemail</source>
        <translation>Naar de voicemail gestuurd</translation>
    </message>
</context>
<context>
    <name>EventLink</name>
    <message>
        <source>connecting to the event socket…</source>
        <translation>verbinden met het gebeurteniskanaal…</translation>
    </message>
</context>
<context>
    <name>Favourites</name>
    <message>
        <source>Dialling is not available.</source>
        <translation>Bellen is niet beschikbaar.</translation>
    </message>
    <message>
        <source>Give a colleague's extension.</source>
        <translation>Geef het toestelnummer van een collega.</translation>
    </message>
    <message>
        <source>At most {n} favourites.</source>
        <translation>Hoogstens {n} favorieten.</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>Onbekende actie.</translation>
    </message>
</context>
<context>
    <name>FavouritesUi</name>
    <message>
        <source>Favourites</source>
        <translation>Favorieten</translation>
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
        <translation>Oproepen doorschakelen naar</translation>
    </message>
    <message>
        <source>A number, or a colleague's name</source>
        <translation>Een nummer, of de naam van een collega</translation>
    </message>
    <message>
        <source>Forward calls to:</source>
        <translation>Oproepen doorschakelen naar:</translation>
    </message>
    <message>
        <source>Type a number or pick a colleague.</source>
        <translation>Typ een nummer of kies een collega.</translation>
    </message>
</context>
<context>
    <name>ForwardUi</name>
    <message>
        <source>Forwarding</source>
        <translation>Doorschakelen</translation>
    </message>
    <message>
        <source>&amp;Forward calls to</source>
        <translation>Oproepen &amp;doorschakelen naar</translation>
    </message>
    <message>
        <source>My mobile ({number})</source>
        <translation>Mijn gsm ({number})</translation>
    </message>
    <message>
        <source>Another number or a colleague…</source>
        <translation>Een ander nummer of een collega…</translation>
    </message>
    <message>
        <source>Clear the forwarding number</source>
        <translation>Doorschakelnummer wissen</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>geen nummer</translation>
    </message>
    <message>
        <source>{what} → {number}</source>
        <translation>{what} → {number}</translation>
    </message>
    <message>
        <source>Forwarded to {number}</source>
        <translation>Doorgeschakeld naar {number}</translation>
    </message>
</context>
<context>
    <name>Forwarding</name>
    <message>
        <source>missing or syntactically invalid parameter</source>
        <translation>ontbrekende of syntactisch ongeldige parameter</translation>
    </message>
    <message>
        <source>unknown global parameter</source>
        <translation>onbekende globale parameter</translation>
    </message>
    <message>
        <source>global parameter not applicable to the profile</source>
        <translation>globale parameter niet van toepassing op het profiel</translation>
    </message>
    <message>
        <source>synchronisation to the SMP failed</source>
        <translation>synchronisatie met de SMP mislukt</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Doorschakelen</translation>
    </message>
    <message>
        <source>{parameter} takes digits only: {number} cannot be set there.</source>
        <translation>{parameter} aanvaardt alleen cijfers: {number} kan daar niet ingesteld worden.</translation>
    </message>
    <message>
        <source>Your callflow has no forwarding parameter {parameter}.</source>
        <translation>Uw callflow heeft geen doorschakelparameter {parameter}.</translation>
    </message>
    <message>
        <source>Your callflow has no forwarding number to set.</source>
        <translation>Uw callflow heeft geen doorschakelnummer om in te stellen.</translation>
    </message>
    <message>
        <source>Not signed in to the phone system yet.</source>
        <translation>Nog niet aangemeld bij de telefooncentrale.</translation>
    </message>
    <message>
        <source>A forwarding change is under way.</source>
        <translation>Er loopt al een wijziging van de doorschakeling.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>The phone system did not set the forwarding number: {reason} (code {code}).</source>
        <translation>De telefooncentrale heeft het doorschakelnummer niet ingesteld: {reason} (code {code}).</translation>
    </message>
    <message>
        <source>Your callflow has no forwarding number.</source>
        <translation>Uw callflow heeft geen doorschakelnummer.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Give a number.</source>
        <translation>Geef een nummer.</translation>
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
        <translation>Aanmelden op deze flexplek</translation>
    </message>
    <message>
        <source>Log in your extension at this desk's phone {phone}.</source>
        <translation>Meld uw toestelnummer aan op het toestel van deze flexplek ({phone}).</translation>
    </message>
    <message>
        <source>e.g. 203</source>
        <translation>bv. 203</translation>
    </message>
    <message>
        <source>Remember the PIN (in the system keyring)</source>
        <translation>Pincode onthouden (in de sleutelbos van het systeem)</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>remembered — leave empty to use it</source>
        <translation>onthouden — laat leeg om hem te gebruiken</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Pincode controleren…</translation>
    </message>
    <message>
        <source>Hot desk</source>
        <translation>Flexplek</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Onverwachte fout: {error}</translation>
    </message>
</context>
<context>
    <name>HistoryFormat</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min geleden</numerusform>
            <numerusform>%n min geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n u geleden</numerusform>
            <numerusform>%n u geleden</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown time</source>
        <translation>Onbekend tijdstip</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>gisteren {time}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Oproep</translation>
    </message>
    <message>
        <source>{label} (code {code})</source>
        <translation>{label} (code {code})</translation>
    </message>
    <message>
        <source>The phone system gave this call a code this app does not know: {code}.</source>
        <translation>De telefooncentrale gaf deze oproep een code die deze app niet kent: {code}.</translation>
    </message>
    <message>
        <source>The phone system gave no code for this call.</source>
        <translation>De telefooncentrale gaf geen code voor deze oproep.</translation>
    </message>
    <message>
        <source>Talk time {talk}, {total} in all with ringing</source>
        <translation>Gesprekstijd {talk}, {total} in totaal inclusief overgaan</translation>
    </message>
</context>
<context>
    <name>HistoryUi</name>
    <message>
        <source>Missed calls</source>
        <translation>Gemiste oproepen</translation>
    </message>
    <message>
        <source>No missed calls</source>
        <translation>Geen gemiste oproepen</translation>
    </message>
    <message>
        <source>Call history…</source>
        <translation>Oproepgeschiedenis…</translation>
    </message>
    <message numerus="yes">
        <source>Missed calls (%n new)</source>
        <translation>
            <numerusform>Gemiste oproepen (%n nieuw)</numerusform>
            <numerusform>Gemiste oproepen (%n nieuw)</numerusform>
        </translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Terugbellen</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Onbekende beller</translation>
    </message>
    <message>
        <source>{mark} {call} (voicemail)</source>
        <translation>{mark} {call} (voicemail)</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Call history</source>
        <translation>Oproepgeschiedenis</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Gemist</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Uitgaand</translation>
    </message>
    <message>
        <source>Search a name or number</source>
        <translation>Zoek een naam of nummer</translation>
    </message>
    <message>
        <source>{filter} {count}</source>
        <translation>{filter} {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) — updated at {time}</source>
        <translation>
            <numerusform>%n oproep — bijgewerkt om {time}</numerusform>
            <numerusform>%n oproepen — bijgewerkt om {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) shown, of {total} — updated at {time}</source>
        <translation>
            <numerusform>%n gesprek getoond van {total} — bijgewerkt om {time}</numerusform>
            <numerusform>%n gesprekken getoond van {total} — bijgewerkt om {time}</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the call history…</source>
        <translation>Oproepgeschiedenis laden…</translation>
    </message>
    <message>
        <source>No calls in the last 30 days.</source>
        <translation>Geen oproepen in de afgelopen 30 dagen.</translation>
    </message>
    <message>
        <source>No calls match “{text}”.</source>
        <translation>Geen oproepen gevonden voor “{text}”.</translation>
    </message>
    <message>
        <source>No missed calls.</source>
        <translation>Geen gemiste oproepen.</translation>
    </message>
    <message>
        <source>No received calls.</source>
        <translation>Geen ontvangen oproepen.</translation>
    </message>
    <message>
        <source>No placed calls.</source>
        <translation>Geen uitgaande oproepen.</translation>
    </message>
    <message>
        <source>No calls.</source>
        <translation>Geen oproepen.</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Terugbellen</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Nummer kopiëren</translation>
    </message>
</context>
<context>
    <name>HotDesk</name>
    <message>
        <source>Hot desk</source>
        <translation>Flexplek</translation>
    </message>
    <message>
        <source>Refused: the phone system allows one hot-desk login or logout every 90 seconds per extension. Available in {seconds} s; nothing was sent.</source>
        <translation>Geweigerd: de telefooncentrale staat per toestel maar één aan- of afmelding op een flexplek per 90 seconden toe. Beschikbaar over {seconds} s; er is niets verstuurd.</translation>
    </message>
    <message>
        <source>The phone system counts refused requests too: the next hot-desk login or logout is possible in 90 seconds.</source>
        <translation>De telefooncentrale telt ook geweigerde verzoeken: de volgende aan- of afmelding op een flexplek kan over 90 seconden.</translation>
    </message>
    <message>
        <source>The request may have reached the phone system even though its answer was lost: the next hot-desk login or logout is possible in 90 seconds.</source>
        <translation>Het verzoek heeft de telefooncentrale misschien bereikt, al ging het antwoord verloren: de volgende aan- of afmelding op een flexplek kan over 90 seconden.</translation>
    </message>
    <message>
        <source>Enter the extension.</source>
        <translation>Vul het toestelnummer in.</translation>
    </message>
    <message>
        <source>Enter the PIN.</source>
        <translation>Vul de pincode in.</translation>
    </message>
    <message>
        <source>Wrong PIN for extension {ext}.</source>
        <translation>Verkeerde pincode voor toestel {ext}.</translation>
    </message>
    <message>
        <source>Extension {ext} has no PIN, so it cannot be checked: set a PIN first (on the phone or with your administrator).</source>
        <translation>Toestel {ext} heeft geen pincode en kan dus niet worden gecontroleerd: stel eerst een pincode in (op het toestel of via uw beheerder).</translation>
    </message>
    <message>
        <source>Still logged in at {phone}: logging out is possible only in {seconds} s (90-second rule), so it was not done at quit.</source>
        <translation>Nog aangemeld op {phone}: afmelden kan pas over {seconds} s (90-secondenregel), dus dat is bij het afsluiten niet gebeurd.</translation>
    </message>
    <message>
        <source>Logging out from {phone} at quit failed: {error}</source>
        <translation>Afmelden van {phone} bij het afsluiten is mislukt: {error}</translation>
    </message>
    <message>
        <source>You are still logged in at {phone}. Log out before you leave.</source>
        <translation>U bent nog aangemeld op {phone}. Meld u af voordat u vertrekt.</translation>
    </message>
    <message>
        <source>A hot-desk request is already running.</source>
        <translation>Er is al een flexplekverzoek bezig.</translation>
    </message>
    <message>
        <source>Not signed in to the phone system yet.</source>
        <translation>Nog niet aangemeld bij de telefooncentrale.</translation>
    </message>
    <message>
        <source>No desk phone: set this desk's phone in the settings or give --phone.</source>
        <translation>Geen bureautoestel: stel het toestel van deze werkplek in bij de instellingen of geef --phone op.</translation>
    </message>
    <message>
        <source>The phone system refused the hot-desk request: {error}</source>
        <translation>De telefooncentrale heeft het flexplekverzoek geweigerd: {error}</translation>
    </message>
    <message>
        <source>Logged in at {phone} (virtual phone {virtual}).</source>
        <translation>Aangemeld op {phone} (virtueel toestel {virtual}).</translation>
    </message>
    <message>
        <source>Logged out from {phone}.</source>
        <translation>Afgemeld van {phone}.</translation>
    </message>
    <message>
        <source>Give a phone id, e.g. SDP80002.</source>
        <translation>Geef een toestel-ID op, bv. SDP80002.</translation>
    </message>
</context>
<context>
    <name>HotDeskPage</name>
    <message>
        <source>Hot desk</source>
        <translation>Flexplek</translation>
    </message>
    <message>
        <source>Log in at the desk phone when the app starts</source>
        <translation>Aanmelden op het bureautoestel wanneer de app start</translation>
    </message>
    <message>
        <source>Log out when the app quits or the computer session ends</source>
        <translation>Afmelden wanneer de app stopt of de computersessie eindigt</translation>
    </message>
    <message>
        <source>Remind me to log out at</source>
        <translation>Herinner me eraan af te melden om</translation>
    </message>
    <message>
        <source>The name under which the phone system keeps each user's PIN. Change it only if your administrator renamed it.</source>
        <translation>De naam waaronder de telefooncentrale de pincode van elke gebruiker bewaart. Wijzig die alleen als uw beheerder ze hernoemde.</translation>
    </message>
    <message>
        <source>Name of the PIN setting</source>
        <translation>Naam van de pincode-instelling</translation>
    </message>
    <message>
        <source>To log a colleague in, their PIN is checked against the phone system, which keeps it under this name in each person's profile. Keep UserPincode unless your administrator gives you another name.</source>
        <translation>Om een collega aan te melden, wordt diens pincode gecontroleerd bij de telefooncentrale, die ze onder deze naam in ieders profiel bewaart. Houd UserPincode aan, tenzij uw beheerder u een andere naam geeft.</translation>
    </message>
</context>
<context>
    <name>HotDeskUi</name>
    <message>
        <source>Hot desk</source>
        <translation>Flexplek</translation>
    </message>
    <message>
        <source>Log in someone else at this desk…</source>
        <translation>Iemand anders aanmelden op deze flexplek…</translation>
    </message>
    <message>
        <source>Log in at this desk ({phone})</source>
        <translation>Aanmelden op deze flexplek ({phone})</translation>
    </message>
    <message>
        <source>Log out {ext} from {phone}</source>
        <translation>{ext} afmelden van {phone}</translation>
    </message>
    <message>
        <source>Log out from {phone}</source>
        <translation>Afmelden van {phone}</translation>
    </message>
    <message>
        <source>{action} (working…)</source>
        <translation>{action} (bezig…)</translation>
    </message>
    <message>
        <source>{action} — available in {seconds} s</source>
        <translation>{action} — beschikbaar over {seconds} s</translation>
    </message>
    <message>
        <source>Virtual phone {virtual}</source>
        <translation>Virtueel toestel {virtual}</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>The phone system says: {text}</source>
        <translation>De telefooncentrale meldt: {text}</translation>
    </message>
</context>
<context>
    <name>Hotkeys</name>
    <message>
        <source>“{seq}” is not a key combination such as Ctrl+Alt+D.</source>
        <translation>“{seq}” is geen toetscombinatie zoals Ctrl+Alt+D.</translation>
    </message>
    <message>
        <source>“{part}” is not a modifier (Ctrl, Alt, Shift, Meta).</source>
        <translation>“{part}” is geen modificatietoets (Ctrl, Alt, Shift, Meta).</translation>
    </message>
    <message>
        <source>“{key}” cannot be used as a global hotkey.</source>
        <translation>“{key}” kan niet als globale sneltoets worden gebruikt.</translation>
    </message>
    <message>
        <source>No global hotkey backend on this system.</source>
        <translation>Globale sneltoetsen worden op dit systeem niet ondersteund.</translation>
    </message>
    <message>
        <source>RegisterEventHotKey exists only on macOS.</source>
        <translation>RegisterEventHotKey bestaat alleen op macOS.</translation>
    </message>
    <message>
        <source>{seq} is already used by another program.</source>
        <translation>{seq} wordt al door een ander programma gebruikt.</translation>
    </message>
    <message>
        <source>jeepney (D-Bus) is not installed.</source>
        <translation>jeepney (D-Bus) is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>The desktop offers no global shortcut portal ({reason}).</source>
        <translation>Het bureaublad biedt geen portaal voor globale sneltoetsen ({reason}).</translation>
    </message>
    <message>
        <source>Open the SOP Companion dial box</source>
        <translation>Het belvenster van SOP Companion openen</translation>
    </message>
    <message>
        <source>RegisterHotKey exists only on Windows.</source>
        <translation>RegisterHotKey bestaat alleen op Windows.</translation>
    </message>
    <message>
        <source>python-xlib is not installed.</source>
        <translation>python-xlib is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>No X11 display (DISPLAY is not set).</source>
        <translation>Geen X11-display (DISPLAY is niet ingesteld).</translation>
    </message>
    <message>
        <source>Cannot open the X11 display {name}.</source>
        <translation>Kan X11-display {name} niet openen.</translation>
    </message>
    <message>
        <source>The key {key} is not on this keyboard.</source>
        <translation>De toets {key} zit niet op dit toetsenbord.</translation>
    </message>
</context>
<context>
    <name>IncomingCalls</name>
    <message>
        <source>The voicemail number in the settings is not a number.</source>
        <translation>Het voicemailnummer in de instellingen is geen geldig nummer.</translation>
    </message>
    <message>
        <source>You have no mobile number in the phone system's directory.</source>
        <translation>U hebt geen mobiel nummer in het telefoonboek van de telefooncentrale.</translation>
    </message>
    <message>
        <source>Wait: the previous request is still being sent.</source>
        <translation>Even geduld: het vorige verzoek wordt nog verstuurd.</translation>
    </message>
    <message>
        <source>This call is no longer shown.</source>
        <translation>Deze oproep wordt niet meer getoond.</translation>
    </message>
</context>
<context>
    <name>IncomingPopup</name>
    <message>
        <source>Close</source>
        <extracomment>the key that picks each action in the "More" menu (shown there, beside the action) the popup's width range (logical pixels): names longer than the widest end in "…"</extracomment>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>To my mobile</source>
        <translation>Naar mijn mobiel</translation>
    </message>
    <message>
        <source>To voicemail</source>
        <translation>Naar voicemail</translation>
    </message>
    <message>
        <source>To…</source>
        <translation>Naar…</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parkeren</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Weigeren</translation>
    </message>
    <message>
        <source>Open in CRM</source>
        <translation>Openen in CRM</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Nummer kopiëren</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <source>Voicemail, another number, park, reject, copy…</source>
        <translation>Voicemail, ander nummer, parkeren, weigeren, kopiëren…</translation>
    </message>
    <message>
        <source>Redirecting…</source>
        <translation>Doorschakelen…</translation>
    </message>
    <message>
        <source>Parking…</source>
        <translation>Parkeren…</translation>
    </message>
    <message>
        <source>Rejecting…</source>
        <translation>Weigeren…</translation>
    </message>
    <message>
        <source>Parked on {slot}</source>
        <translation>Geparkeerd op {slot}</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Geparkeerd</translation>
    </message>
    <message>
        <source>Calling you</source>
        <translation>Belt u</translation>
    </message>
</context>
<context>
    <name>IncomingSettingsPage</name>
    <message>
        <source>Only {ext} is filled in here, not {fields}.</source>
        <extracomment>the caller the examples under the templates use</extracomment>
        <translation>Alleen {ext} wordt hier ingevuld, niet {fields}.</translation>
    </message>
    <message>
        <source>The voicemail number must be a number (digits, *, #), with {ext} where your extension goes.</source>
        <translation>Het voicemailnummer moet een nummer zijn (cijfers, *, #), met {ext} waar uw toestelnummer komt.</translation>
    </message>
    <message>
        <source>Incoming calls</source>
        <translation>Inkomende oproepen</translation>
    </message>
    <message>
        <source>Show a popup when a call rings my extension</source>
        <translation>Een venster tonen wanneer mijn toestel overgaat</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>until the call ends</source>
        <translation>tot de oproep eindigt</translation>
    </message>
    <message>
        <source>The number “To voicemail” sends a call to. Write {ext} where your extension goes: *{ext} is * followed by your extension.</source>
        <translation>Het nummer waarnaar ‘Naar voicemail’ een oproep stuurt. Schrijf {ext} waar uw toestelnummer komt: *{ext} is * gevolgd door uw toestelnummer.</translation>
    </message>
    <message>
        <source>The web page “Open in CRM” opens for a caller. Write {number} where the caller's number goes, {name} for their name and {ext} for your extension: they are filled in for each call. Leave empty to hide the button.</source>
        <translation>De webpagina die ‘Openen in CRM’ opent voor een beller. Schrijf {number} waar het nummer van de beller komt, {name} voor de naam en {ext} voor uw toestelnummer: ze worden bij elke oproep ingevuld. Laat leeg om de knop te verbergen.</translation>
    </message>
    <message>
        <source>Close the popup after</source>
        <translation>Venster sluiten na</translation>
    </message>
    <message>
        <source>Voicemail number</source>
        <translation>Voicemailnummer</translation>
    </message>
    <message>
        <source>Open callers in my CRM at</source>
        <translation>Bellers openen in mijn CRM op</translation>
    </message>
    <message>
        <source>For you (extension {ext}): calls sent to voicemail go to {target}</source>
        <translation>Voor u (toestel {ext}): oproepen naar voicemail gaan naar {target}</translation>
    </message>
    <message>
        <source>For a call from {name}: {url}</source>
        <translation>Voor een oproep van {name}: {url}</translation>
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
        <translation>Er is geen systeemvak gevonden: SOP Companion draait in dit venster. Als u het venster sluit, blijft de app actief; start SOP Companion opnieuw om het venster terug te halen.</translation>
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
        <translation>De app is nog niet ingesteld: open de instellingen.</translation>
    </message>
    <message>
        <source>Give a status name.</source>
        <translation>Geef een statusnaam op.</translation>
    </message>
    <message>
        <source>A timed status is not available.</source>
        <translation>Een tijdelijke status is niet beschikbaar.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Unknown command “{cmd}”.</source>
        <translation>Onbekende opdracht “{cmd}”.</translation>
    </message>
    <message>
        <source>the phone system could not apply it just now (synchronisation failed); try again in a moment</source>
        <translation>de telefooncentrale kon de wijziging nu niet doorvoeren (synchronisatie mislukt); probeer het zo opnieuw</translation>
    </message>
    <message>
        <source>The phone system could not place the call.</source>
        <translation>De telefooncentrale kon de oproep niet plaatsen.</translation>
    </message>
    <message>
        <source>The phone system could not hang up the call.</source>
        <translation>De telefooncentrale kon de oproep niet beëindigen.</translation>
    </message>
    <message>
        <source>The phone system could not redirect the call.</source>
        <translation>De telefooncentrale kon de oproep niet doorschakelen.</translation>
    </message>
    <message>
        <source>The phone system could not park the call.</source>
        <translation>De telefooncentrale kon de oproep niet parkeren.</translation>
    </message>
    <message>
        <source>The phone system could not connect you to the parked call.</source>
        <translation>De telefooncentrale kon u niet verbinden met de geparkeerde oproep.</translation>
    </message>
    <message>
        <source>The phone system cannot be reached. Check the server address and network.</source>
        <translation>De telefooncentrale is niet bereikbaar. Controleer het serveradres en het netwerk.</translation>
    </message>
    <message>
        <source>The phone system did not answer in time.</source>
        <translation>De telefooncentrale heeft niet op tijd geantwoord.</translation>
    </message>
    <message>
        <source>The phone system refused the credentials (HTTP login).</source>
        <translation>De telefooncentrale heeft de aanmeldgegevens geweigerd (HTTP-aanmelding).</translation>
    </message>
    <message>
        <source>The phone system sent an answer that could not be understood.</source>
        <translation>De telefooncentrale stuurde een antwoord dat niet te begrijpen is.</translation>
    </message>
    <message>
        <source>The status was not changed: {reason} (code {code}).</source>
        <translation>De status is niet gewijzigd: {reason} (code {code}).</translation>
    </message>
    <message>
        <source>The status was not changed (code {code}).</source>
        <translation>De status is niet gewijzigd (code {code}).</translation>
    </message>
    <message>
        <source>The phone system refused the request (code {code}).</source>
        <translation>De telefooncentrale weigerde het verzoek (code {code}).</translation>
    </message>
    <message>
        <source>The phone system had an internal error (HTTP {status}).</source>
        <translation>De telefooncentrale had een interne fout (HTTP {status}).</translation>
    </message>
    <message>
        <source>The phone system's address has moved (HTTP {status}): update the server address in the settings.</source>
        <translation>Het adres van de telefooncentrale is gewijzigd (HTTP {status}): pas het serveradres aan in de instellingen.</translation>
    </message>
    <message>
        <source>The phone system does not offer this request (HTTP 404): check the server address.</source>
        <translation>De telefooncentrale biedt dit verzoek niet aan (HTTP 404): controleer het serveradres.</translation>
    </message>
    <message>
        <source>The phone system refused the request (HTTP {status}).</source>
        <translation>De telefooncentrale weigerde het verzoek (HTTP {status}).</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Onverwachte fout: {error}</translation>
    </message>
    <message>
        <source>No user “{user}” in the phone system's directory.</source>
        <translation>Geen gebruiker “{user}” in het telefoonboek van de telefooncentrale.</translation>
    </message>
    <message>
        <source>Several users match “{user}” in the phone system's directory (extensions {exts}); enter the exact login e-mail or extension.</source>
        <translation>Meerdere gebruikers komen overeen met “{user}” in de telefoonlijst van de centrale (toestellen {exts}); geef het exacte login-e-mailadres of toestel op.</translation>
    </message>
    <message>
        <source>The statuses are not known yet.</source>
        <extracomment>statuses named in the "Unknown status" message; the rest are counted</extracomment>
        <translation>De statussen zijn nog niet bekend.</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} en {count} andere</translation>
    </message>
    <message>
        <source>Unknown status “{name}”. Available: {choices}.</source>
        <translation>Onbekende status “{name}”. Beschikbaar: {choices}.</translation>
    </message>
    <message>
        <source>Not signed in to the phone system yet.</source>
        <translation>Nog niet aangemeld bij de telefooncentrale.</translation>
    </message>
    <message>
        <source>illegal extension format</source>
        <translation>ongeldige notatie van het toestelnummer</translation>
    </message>
    <message>
        <source>attempt to change the profile class</source>
        <translation>poging om de profielklasse te wijzigen</translation>
    </message>
    <message>
        <source>this status or profile name does not exist</source>
        <translation>deze status of profielnaam bestaat niet</translation>
    </message>
    <message>
        <source>synchronisation with the SMP failed</source>
        <translation>synchronisatie met de SMP mislukt</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Vul een telefoonnummer in.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number: “{char}” is not allowed (only digits, +, * and #).</source>
        <translation>“{text}” is geen telefoonnummer: “{char}” is niet toegestaan (alleen cijfers, +, * en #).</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number: it has no digits.</source>
        <translation>“{text}” is geen telefoonnummer: er staan geen cijfers in.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number: + may only stand at the start.</source>
        <translation>“{text}” is geen telefoonnummer: + mag alleen vooraan staan.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number: more than {max} digits.</source>
        <translation>“{text}” is geen telefoonnummer: meer dan {max} cijfers.</translation>
    </message>
    <message>
        <source>This text is too long to be a phone number (more than {max} characters).</source>
        <translation>Deze tekst is te lang voor een telefoonnummer (meer dan {max} tekens).</translation>
    </message>
    <message>
        <source>“{text}” spans several lines: give one number at a time.</source>
        <translation>“{text}” beslaat meerdere regels: geef één nummer tegelijk.</translation>
    </message>
    <message>
        <source>“{text}” contains an invisible character that changes the reading direction; type the number again.</source>
        <translation>“{text}” bevat een onzichtbaar teken dat de leesrichting verandert; typ het nummer opnieuw.</translation>
    </message>
    <message>
        <source>The dialling prefixes in the settings may only contain digits, * and #.</source>
        <translation>De kiesprefixen in de instellingen mogen alleen cijfers, * en # bevatten.</translation>
    </message>
</context>
<context>
    <name>ParkedCalls</name>
    <message>
        <source>No call is parked in slot {slot}.</source>
        <translation>Er is geen oproep geparkeerd op plaats {slot}.</translation>
    </message>
    <message>
        <source>Not signed in to the phone system yet.</source>
        <translation>Nog niet aangemeld bij de telefooncentrale.</translation>
    </message>
    <message>
        <source>This call is already being picked up.</source>
        <translation>Deze oproep wordt al opgenomen.</translation>
    </message>
    <message>
        <source>The phone system could not bring the call in slot {slot} to you: it may have been picked up already or have timed out.</source>
        <translation>De telefooncentrale kon de oproep op plaats {slot} niet naar u brengen: misschien is ze al opgenomen of verlopen.</translation>
    </message>
    <message>
        <source>Parked calls</source>
        <translation>Geparkeerde oproepen</translation>
    </message>
    <message>
        <source>unknown caller</source>
        <translation>onbekende beller</translation>
    </message>
    <message>
        <source>No parked calls.</source>
        <translation>Geen geparkeerde oproepen.</translation>
    </message>
    <message>
        <source>{slot}: {who}, waiting {time}</source>
        <translation>{slot}: {who}, wacht al {time}</translation>
    </message>
    <message>
        <source>Give a park slot.</source>
        <translation>Geef een parkeerplaats.</translation>
    </message>
    <message>
        <source>The call from {who} (slot {slot}) is coming to your phone.</source>
        <translation>De oproep van {who} (plaats {slot}) komt naar uw telefoon.</translation>
    </message>
</context>
<context>
    <name>ParkedUi</name>
    <message>
        <source>Parked calls</source>
        <translation>Geparkeerde oproepen</translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation>Opnemen</translation>
    </message>
    <message>
        <source>{slot}: {who} — {time} (pick up)</source>
        <translation>{slot}: {who} — {time} (opnemen)</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>vrij</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in gesprek</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>bezet</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ongeldig</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>niet beschikbaar</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>gaat over</translation>
    </message>
    <message>
        <source>pause failed</source>
        <translation>pauzeren mislukt</translation>
    </message>
    <message>
        <source>pause succeeded</source>
        <translation>pauzeren gelukt</translation>
    </message>
    <message>
        <source>unpause failed</source>
        <translation>hervatten mislukt</translation>
    </message>
    <message>
        <source>unpause succeeded</source>
        <translation>hervatten gelukt</translation>
    </message>
    <message>
        <source>status {code}</source>
        <extracomment>member states in which the phone takes no queue call (with a pause: "away" for alerts)</extracomment>
        <translation>status {code}</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>code {code}</translation>
    </message>
    <message>
        <source>static</source>
        <translation>vast</translation>
    </message>
    <message>
        <source>dynamic</source>
        <translation>dynamisch</translation>
    </message>
    <message>
        <source>Callers waiting in {queue} for over {seconds} s: {count}.</source>
        <translation>Bellers die al meer dan {seconds} s wachten in {queue}: {count}.</translation>
    </message>
    <message>
        <source>You are paused there.</source>
        <translation>U bent daar gepauzeerd.</translation>
    </message>
    <message>
        <source>Your phone is away.</source>
        <translation>Uw telefoon is niet beschikbaar.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Wachtrijen</translation>
    </message>
    <message>
        <source>There is no queue {queue}.</source>
        <translation>Er is geen wachtrij {queue}.</translation>
    </message>
    <message>
        <source>You are not a member of {queue}.</source>
        <translation>U bent geen lid van {queue}.</translation>
    </message>
    <message>
        <source>A queue request is already under way.</source>
        <translation>Er loopt al een wachtrijverzoek.</translation>
    </message>
    <message>
        <source>You are already a member of {queue}.</source>
        <translation>U bent al lid van {queue}.</translation>
    </message>
    <message>
        <source>Your extension has no phone to join a queue with.</source>
        <translation>Uw toestel heeft geen telefoon om een wachtrij mee te betreden.</translation>
    </message>
    <message>
        <source>Joined {queue} with {phone}.</source>
        <translation>Aangemeld in {queue} met {phone}.</translation>
    </message>
    <message>
        <source>You are a static member of {queue}: only an administrator can remove you.</source>
        <translation>U bent vast lid van {queue}: alleen een beheerder kan u verwijderen.</translation>
    </message>
    <message>
        <source>Left {queue}.</source>
        <translation>Afgemeld uit {queue}.</translation>
    </message>
    <message>
        <source>The phone system refused to add {phone} to {queue}.</source>
        <translation>De telefooncentrale weigerde {phone} aan {queue} toe te voegen.</translation>
    </message>
    <message>
        <source>The phone system refused to remove {phone} from {queue}.</source>
        <translation>De telefooncentrale weigerde {phone} uit {queue} te verwijderen.</translation>
    </message>
    <message>
        <source>The phone system did not pause you in {queue}.</source>
        <translation>De telefooncentrale heeft u niet gepauzeerd in {queue}.</translation>
    </message>
    <message>
        <source>The phone system did not resume you in {queue}.</source>
        <translation>De telefooncentrale heeft u niet hervat in {queue}.</translation>
    </message>
    <message>
        <source>Paused in {queue}.</source>
        <translation>Gepauzeerd in {queue}.</translation>
    </message>
    <message>
        <source>Resumed in {queue}.</source>
        <translation>Hervat in {queue}.</translation>
    </message>
    <message>
        <source>You are not a member of any queue.</source>
        <translation>U bent van geen enkele wachtrij lid.</translation>
    </message>
    <message>
        <source>The phone system answered: {result} (code {code}).</source>
        <translation>De telefooncentrale antwoordde: {result} (code {code}).</translation>
    </message>
    <message>
        <source>Paused in all your queues ({result}).</source>
        <translation>Gepauzeerd in al uw wachtrijen ({result}).</translation>
    </message>
    <message>
        <source>Resumed in all your queues ({result}).</source>
        <translation>Hervat in al uw wachtrijen ({result}).</translation>
    </message>
    <message>
        <source>{message} The phone system says: {detail}</source>
        <translation>{message} De telefooncentrale meldt: {detail}</translation>
    </message>
    <message>
        <source>{queue} ({id}): {waiting} waiting</source>
        <translation>{queue} ({id}): {waiting} wachtend</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>member on {phone}, {membership}, {state}, {status}</source>
        <translation>lid met {phone}, {membership}, {state}, {status}</translation>
    </message>
    <message>
        <source>No queues.</source>
        <translation>Geen wachtrijen.</translation>
    </message>
    <message>
        <source>Give a queue name.</source>
        <translation>Geef een wachtrijnaam.</translation>
    </message>
    <message>
        <source>Give a queue name or --all.</source>
        <translation>Geef een wachtrijnaam of --all.</translation>
    </message>
</context>
<context>
    <name>QueuesPage</name>
    <message>
        <source>Queues</source>
        <translation>Wachtrijen</translation>
    </message>
    <message>
        <source>Notify me when a caller waits in a queue where I am paused or away for</source>
        <translation>Waarschuw me als een beller wacht in een wachtrij waar ik gepauzeerd of afwezig ben, langer dan</translation>
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
        <translation>Wachtrijen</translation>
    </message>
    <message>
        <source>&amp;Join a queue</source>
        <translation>Wachtrij &amp;betreden</translation>
    </message>
    <message>
        <source>Pause &amp;all queues</source>
        <translation>&amp;Alle wachtrijen pauzeren</translation>
    </message>
    <message>
        <source>&amp;Resume all queues</source>
        <translation>Alle wachtrijen &amp;hervatten</translation>
    </message>
    <message>
        <source>Static member: cannot leave</source>
        <translation>Vast lid: kan niet verlaten</translation>
    </message>
    <message>
        <source>Leave this queue</source>
        <translation>Deze wachtrij verlaten</translation>
    </message>
    <message>
        <source>waiting: ?</source>
        <translation>wachtend: ?</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wachtend</numerusform>
            <numerusform>%n wachtend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queues — %n waiting</source>
        <translation>
            <numerusform>Wachtrijen — %n wachtend</numerusform>
            <numerusform>Wachtrijen — %n wachtend</numerusform>
        </translation>
    </message>
    <message>
        <source>{queue} (paused)</source>
        <translation>{queue} (gepauzeerd)</translation>
    </message>
    <message>
        <source>Member on {phone} ({membership}) — {status}</source>
        <translation>Lid met {phone} ({membership}) — {status}</translation>
    </message>
    <message>
        <source>Resume in this queue</source>
        <translation>Hervatten in deze wachtrij</translation>
    </message>
    <message>
        <source>Pause in this queue</source>
        <translation>Pauzeren in deze wachtrij</translation>
    </message>
    <message>
        <source>Queues: nobody waiting</source>
        <translation>Wachtrijen: niemand wacht</translation>
    </message>
    <message numerus="yes">
        <source>Queues: %n caller(s) waiting</source>
        <translation>
            <numerusform>Wachtrijen: %n beller wacht</numerusform>
            <numerusform>Wachtrijen: %n bellers wachten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedirectDialog</name>
    <message>
        <source>Redirect the call</source>
        <translation>Oproep doorschakelen</translation>
    </message>
    <message>
        <source>Send the call from {caller} to:</source>
        <translation>De oproep van {caller} doorschakelen naar:</translation>
    </message>
    <message>
        <source>a name, or a number, e.g. 0475 12 34 56 or 104</source>
        <translation>een naam, of een nummer, bv. 0475 12 34 56 of 104</translation>
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
        <translation>Je bureautoestel {phone} is niet geregistreerd: bellen vanaf de computer zou niets laten rinkelen.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <source>The calendar could not be read: {reason}</source>
        <extracomment>how often the calendars are read again (a published calendar changes in minutes) the longest the feature sleeps without looking at the clock again (a suspended laptop wakes up past a boundary); local only, no SOP request a second look for a calendar address the keyring did not have yet</extracomment>
        <translation>De agenda kon niet gelezen worden: {reason}</translation>
    </message>
    <message>
        <source>Automatic status</source>
        <translation>Automatische status</translation>
    </message>
    <message>
        <source>That time is already past.</source>
        <translation>Dat tijdstip is al voorbij.</translation>
    </message>
    <message>
        <source>Give a status name.</source>
        <translation>Geef een statusnaam.</translation>
    </message>
    <message>
        <source>The status was not set.</source>
        <translation>De status is niet ingesteld.</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>{status} until {time}</source>
        <translation>{status} tot {time}</translation>
    </message>
    <message>
        <source>{status} ended at {time} while the app was not running: back to {back}.</source>
        <translation>{status} eindigde om {time} terwijl de app niet draaide: terug naar {back}.</translation>
    </message>
    <message>
        <source>Back to {status}.</source>
        <translation>Terug naar {status}.</translation>
    </message>
    <message>
        <source>{status} as you asked.</source>
        <translation>{status}, zoals gevraagd.</translation>
    </message>
    <message>
        <source>{status}: your screen is locked.</source>
        <translation>{status}: uw scherm is vergrendeld.</translation>
    </message>
    <message>
        <source>{status}: a calendar event started.</source>
        <translation>{status}: een agenda-afspraak is begonnen.</translation>
    </message>
    <message>
        <source>{status}: outside your working hours.</source>
        <translation>{status}: buiten uw werkuren.</translation>
    </message>
    <message>
        <source>The status is not known yet.</source>
        <translation>De status is nog niet bekend.</translation>
    </message>
    <message>
        <source>{status} until {time}, as you asked; then {back}.</source>
        <translation>{status} tot {time}, zoals gevraagd; daarna {back}.</translation>
    </message>
    <message>
        <source>{status} because your screen is locked; {back} again when you unlock it.</source>
        <translation>{status} omdat uw scherm vergrendeld is; weer {back} wanneer u het ontgrendelt.</translation>
    </message>
    <message>
        <source>{status} during a calendar event, until {time}; then {back}.</source>
        <translation>{status} tijdens een agenda-afspraak, tot {time}; daarna {back}.</translation>
    </message>
    <message>
        <source>{status} outside your working hours, until {time}; then {back}.</source>
        <translation>{status} buiten uw werkuren, tot {time}; daarna {back}.</translation>
    </message>
    <message>
        <source>{status}: you chose it. The automatic rules leave it until their next change.</source>
        <translation>{status}: u hebt dit gekozen. De automatische regels laten het staan tot hun volgende wijziging.</translation>
    </message>
    <message>
        <source>{status}: you chose it. No automatic rule applies now.</source>
        <translation>{status}: u hebt dit gekozen. Er geldt nu geen automatische regel.</translation>
    </message>
    <message>
        <source>“{text}” is not a duration: write for example 30m, 1h or 1h30.</source>
        <extracomment>the longest timed status (a forgotten "for 900h" is surely a typo)</extracomment>
        <translation>“{text}” is geen duur: schrijf bijvoorbeeld 30m, 1h of 1h30.</translation>
    </message>
    <message>
        <source>The duration must be longer than zero.</source>
        <translation>De duur moet langer zijn dan nul.</translation>
    </message>
    <message>
        <source>The duration is longer than 14 days.</source>
        <translation>De duur is langer dan 14 dagen.</translation>
    </message>
    <message>
        <source>“{text}” is not a time: write for example 14:00 or 2026-12-03T09:00.</source>
        <translation>“{text}” is geen tijdstip: schrijf bijvoorbeeld 14:00 of 2026-12-03T09:00.</translation>
    </message>
    <message>
        <source>{text} is already past.</source>
        <translation>{text} is al voorbij.</translation>
    </message>
    <message>
        <source>The time is more than 14 days away.</source>
        <translation>Dat tijdstip ligt meer dan 14 dagen verder.</translation>
    </message>
    <message>
        <source>Give a duration or a time.</source>
        <translation>Geef een duur of een tijdstip.</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Automatic status</source>
        <translation>Automatische status</translation>
    </message>
    <message>
        <source>Each rule is off while its status is empty. A status you choose yourself always wins until the rule's next change.</source>
        <translation>Elke regel staat uit zolang de status leeg is. Een status die u zelf kiest, wint altijd tot de volgende wijziging van de regel.</translation>
    </message>
    <message>
        <source>e.g. Away (empty: off)</source>
        <translation>bv. Away (leeg: uit)</translation>
    </message>
    <message>
        <source>e.g. OutOfOffice (empty: off)</source>
        <translation>bv. OutOfOffice (leeg: uit)</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <source>an .ics file of days off (optional)</source>
        <translation>een .ics-bestand met vrije dagen (optioneel)</translation>
    </message>
    <message>
        <source>e.g. Meeting (empty: off)</source>
        <translation>bv. Meeting (leeg: uit)</translation>
    </message>
    <message>
        <source>address saved in the system keyring</source>
        <translation>adres bewaard in de sleutelbos van het systeem</translation>
    </message>
    <message>
        <source>an .ics file, or an address (kept in the system keyring)</source>
        <translation>een .ics-bestand, of een adres (bewaard in de sleutelbos van het systeem)</translation>
    </message>
    <message>
        <source>Forget the saved address</source>
        <translation>Het bewaarde adres vergeten</translation>
    </message>
    <message>
        <source>When my screen locks, set</source>
        <translation>Als mijn scherm vergrendelt, zet</translation>
    </message>
    <message>
        <source>and set it back when I unlock (unless I changed it).</source>
        <translation>en zet hem terug bij ontgrendelen (tenzij ik hem wijzigde).</translation>
    </message>
    <message>
        <source>Outside my working hours, set</source>
        <translation>Buiten mijn werkuren, zet</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Werkuren</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Werkdagen</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Vrije dagen</translation>
    </message>
    <message>
        <source>During a busy calendar event, set</source>
        <translation>Tijdens een bezette agenda-afspraak, zet</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>RulesUi</name>
    <message>
        <source>Status for a while</source>
        <translation>Status voor een tijdje</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>30 minuten</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <source>For 2 hours</source>
        <translation>2 uur</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>Tot…</translation>
    </message>
    <message>
        <source>Until tomorrow morning</source>
        <translation>Tot morgenochtend</translation>
    </message>
    <message>
        <source>Why this status?</source>
        <translation>Waarom deze status?</translation>
    </message>
    <message>
        <source>End now: back to {status}</source>
        <translation>Nu beëindigen: terug naar {status}</translation>
    </message>
</context>
<context>
    <name>SettingsCheck</name>
    <message>
        <source>Event port: nothing answers on {host}:{port}. Check the event port (5050 unless your SOP administrator changed it).</source>
        <translation>Gebeurtenispoort: niets antwoordt op {host}:{port}. Controleer de gebeurtenispoort (5050, tenzij uw SOP-beheerder die wijzigde).</translation>
    </message>
    <message>
        <source>Event port: the ccPing test failed: {reason}</source>
        <translation>Gebeurtenispoort: de ccPing-test is mislukt: {reason}</translation>
    </message>
    <message>
        <source>Event port: {host}:{port} accepts connections but sends no evPong after a ccPing. Check that this is the SOP's event port.</source>
        <translation>Gebeurtenispoort: {host}:{port} aanvaardt verbindingen maar stuurt geen evPong na een ccPing. Controleer of dit de gebeurtenispoort van de SOP is.</translation>
    </message>
    <message>
        <source>Desk phone: it could not be checked: {reason}</source>
        <translation>Bureautoestel: kon niet gecontroleerd worden: {reason}</translation>
    </message>
    <message>
        <source>Desk phone: the phone system has no phone “{phone}”. Check the id printed on the phone (e.g. SDP80002), or leave the field empty.</source>
        <translation>Bureautoestel: de telefooncentrale heeft geen toestel “{phone}”. Controleer de id op het toestel (bv. SDP80002), of laat het veld leeg.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>SOP Companion — Settings</source>
        <translation>SOP Companion — Instellingen</translation>
    </message>
    <message>
        <source>login e-mail or extension</source>
        <translation>aanmeld-e-mailadres of toestelnummer</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>only if the API asks for a login</source>
        <translation>alleen als de API om een aanmelding vraagt</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>bewaard in de sleutelbos van het systeem</translation>
    </message>
    <message>
        <source>Where the phone system sends call events: 5050 unless told otherwise.</source>
        <translation>Waar de telefooncentrale oproepgebeurtenissen naartoe stuurt: 5050, tenzij anders gezegd.</translation>
    </message>
    <message>
        <source>The ID of the phone on this desk, for hot desking (on its label).</source>
        <translation>De ID van het toestel op dit bureau, voor de flexplek (op het etiket).</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>Your login</source>
        <translation>Uw login</translation>
    </message>
    <message>
        <source>Call events port</source>
        <translation>Poort voor oproepgebeurtenissen</translation>
    </message>
    <message>
        <source>This desk's phone</source>
        <translation>Toestel van dit bureau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Server login (optional)</source>
        <translation>Serverlogin (optioneel)</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Serverwachtwoord</translation>
    </message>
    <message>
        <source>Welcome! Tell SOP Companion where your phone system is and who you are.</source>
        <translation>Welkom! Vertel SOP Companion waar uw telefooncentrale staat en wie u bent.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>Set by your administrator: cannot be changed here.</source>
        <translation>Ingesteld door uw beheerder: kan hier niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Your administrator set the greyed-out settings for everyone ({source}); they cannot be changed here.</source>
        <translation>Uw beheerder heeft de grijze instellingen voor iedereen vastgelegd ({source}); ze kunnen hier niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Server address completed as {address}: check that it is right.</source>
        <translation>Serveradres aangevuld tot {address}: controleer of het klopt.</translation>
    </message>
    <message>
        <source>Warning: the server login would cross the network unencrypted (http://).</source>
        <translation>Opgelet: de serverlogin zou onversleuteld over het netwerk gaan (http://).</translation>
    </message>
    <message>
        <source>The server address cannot contain spaces: check “{address}”.</source>
        <translation>Het serveradres mag geen spaties bevatten: controleer ‘{address}’.</translation>
    </message>
    <message>
        <source>Enter the server address as http://host or https://host.</source>
        <translation>Vul het serveradres in als http://host of https://host.</translation>
    </message>
    <message>
        <source>Enter your login e-mail or extension.</source>
        <translation>Vul uw aanmeld-e-mailadres of toestelnummer in.</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Verbinding controleren…</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Onverwachte fout: {error}</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer the call</source>
        <translation>Gesprek doorverbinden</translation>
    </message>
    <message>
        <source>Transfer {name} to:</source>
        <translation>{name} doorverbinden naar:</translation>
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
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Opstarten…</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Disconnected: {reason}</source>
        <translation>Niet verbonden: {reason}</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Not configured</source>
        <extracomment>statuses listed in the menu; a callflow with more lists these (and the current one) and says how many are left out: 5,000 menu items froze the app for minutes longer status labels are cut (the SOP's text, one menu line)</extracomment>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Opstarten…</translation>
    </message>
    <message>
        <source>Connecting to the phone system…</source>
        <translation>Verbinden met de telefooncentrale…</translation>
    </message>
    <message>
        <source>{name} — ext. {ext}</source>
        <translation>{name} — toestel {ext}</translation>
    </message>
    <message>
        <source>Call events: disconnected</source>
        <translation>Oproepgebeurtenissen: niet verbonden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{count} more statuses: use “sop-companion set-status NAME”</source>
        <translation>Nog {count} statussen: gebruik “sop-companion set-status NAAM”</translation>
    </message>
    <message>
        <source>Statuses not loaded yet</source>
        <translation>Statussen nog niet geladen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>{status} (setting…)</source>
        <translation>{status} (instellen…)</translation>
    </message>
</context>
<context>
    <name>UntilDialog</name>
    <message>
        <source>{status} until…</source>
        <translation>{status} tot…</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
</context>
</TS>
