<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CallHistory</name>
    <message numerus="yes">
        <source>%n missed calls</source>
        <translation>
            <numerusform>%n appel manqué</numerusform>
            <numerusform>%n appels manqués</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Appelant inconnu</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Appel manqué</translation>
    </message>
    <message>
        <source>{who} called at {time}.</source>
        <translation>{who} a appelé à {time}.</translation>
    </message>
    <message>
        <source>The latest from {who} at {time}.</source>
        <translation>Dernier appel : {who} à {time}.</translation>
    </message>
    <message>
        <source>This call has no number to call back.</source>
        <translation>Cet appel n’a pas de numéro à rappeler.</translation>
    </message>
    <message>
        <source>Calling back is not available.</source>
        <translation>Le rappel n’est pas disponible.</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Historique des appels</translation>
    </message>
    <message>
        <source>Call records from the SOP that could not be read were skipped: {n}.</source>
        <translation>Des appels envoyés par le SOP étaient illisibles et ont été ignorés : {n}.</translation>
    </message>
    <message>
        <source>The call history could not be saved: {error}</source>
        <translation>L’historique des appels n’a pas pu être enregistré : {error}</translation>
    </message>
</context>
<context>
    <name>CallInProgress</name>
    <message>
        <source>The phone system refused to hang up the call.</source>
        <translation>Le central a refusé de raccrocher l’appel.</translation>
    </message>
    <message>
        <source>The phone system refused to transfer the call.</source>
        <translation>Le central a refusé de transférer l’appel.</translation>
    </message>
    <message>
        <source>The phone system refused to park the call.</source>
        <translation>Le central a refusé de mettre l’appel en parking.</translation>
    </message>
    <message>
        <source>The phone system refused to start recording.</source>
        <translation>Le central a refusé de démarrer l’enregistrement.</translation>
    </message>
    <message>
        <source>The phone system refused to stop recording.</source>
        <translation>Le central a refusé d’arrêter l’enregistrement.</translation>
    </message>
    <message>
        <source>The phone system refused to put the call on hold.</source>
        <translation>Le central a refusé de mettre l’appel en attente.</translation>
    </message>
    <message>
        <source>The phone system refused to take the call back.</source>
        <translation>Le central a refusé de reprendre l’appel.</translation>
    </message>
    <message>
        <source>SOP Companion</source>
        <translation>SOP Companion</translation>
    </message>
    <message>
        <source>The call waits on park slot {slot}.</source>
        <translation>L’appel attend sur la place de parking {slot}.</translation>
    </message>
    <message>
        <source>This phone system does not offer hold.</source>
        <translation>Ce central ne propose pas la mise en attente.</translation>
    </message>
    <message>
        <source>No call in progress.</source>
        <translation>Aucun appel en cours.</translation>
    </message>
    <message>
        <source>Wait: the previous request is still being sent.</source>
        <translation>Patientez : la demande précédente est encore en cours d’envoi.</translation>
    </message>
    <message>
        <source>The phone system does not say who is on the other end of this call.</source>
        <translation>Le central ne dit pas qui est à l’autre bout de cet appel.</translation>
    </message>
    <message>
        <source>Hung up the call with {name}.</source>
        <translation>Appel avec {name} raccroché.</translation>
    </message>
    <message>
        <source>Transferred {name}.</source>
        <translation>{name} transféré.</translation>
    </message>
    <message>
        <source>Parked {name}.</source>
        <translation>{name} mis en parking.</translation>
    </message>
    <message>
        <source>Recording the call with {name}.</source>
        <translation>Enregistrement de l’appel avec {name}.</translation>
    </message>
    <message>
        <source>Stopped recording.</source>
        <translation>Enregistrement arrêté.</translation>
    </message>
    <message>
        <source>{name} is on hold.</source>
        <translation>{name} est en attente.</translation>
    </message>
    <message>
        <source>Back with {name}.</source>
        <translation>De retour avec {name}.</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>In a call with {name}{number}: {state}</source>
        <translation>En communication avec {name}{number} : {state}</translation>
    </message>
    <message>
        <source>Unknown call action.</source>
        <translation>Action d’appel inconnue.</translation>
    </message>
</context>
<context>
    <name>CallUi</name>
    <message>
        <source>In a call with {name} — {duration}</source>
        <translation>En communication avec {name} — {duration}</translation>
    </message>
    <message>
        <source>● recording</source>
        <translation>● enregistrement</translation>
    </message>
    <message>
        <source>(on hold)</source>
        <translation>(en attente)</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transférer…</translation>
    </message>
    <message>
        <source>Park the call</source>
        <translation>Mettre l’appel en parking</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Arrêter l’enregistrement</translation>
    </message>
    <message>
        <source>Record the call</source>
        <translation>Enregistrer l’appel</translation>
    </message>
    <message>
        <source>Resume the call</source>
        <translation>Reprendre l’appel</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Mettre en attente</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>In a call with {name}</source>
        <translation>En communication avec {name}</translation>
    </message>
</context>
<context>
    <name>CallWindow</name>
    <message>
        <source>● REC</source>
        <translation>● ENR</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transférer…</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Arrêter l’enregistrement</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>Hanging up…</source>
        <translation>Raccrochage…</translation>
    </message>
    <message>
        <source>Transferring…</source>
        <translation>Transfert…</translation>
    </message>
    <message>
        <source>Parking…</source>
        <translation>Mise en parking…</translation>
    </message>
    <message>
        <source>Starting the recording…</source>
        <translation>Démarrage de l’enregistrement…</translation>
    </message>
    <message>
        <source>Stopping the recording…</source>
        <translation>Arrêt de l’enregistrement…</translation>
    </message>
    <message>
        <source>Putting on hold…</source>
        <translation>Mise en attente…</translation>
    </message>
    <message>
        <source>Taking the call back…</source>
        <translation>Reprise de l’appel…</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>Test connection</source>
        <extracomment>runs the checks: (config, on_progress, on_result) -&gt; results the settings to test and the password typed ("" when none was typed)</extracomment>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Enter the server address first.</source>
        <translation>Indiquez d'abord l'adresse du serveur.</translation>
    </message>
    <message>
        <source>The server address cannot contain spaces: check “{address}”.</source>
        <translation>L’adresse du serveur ne peut pas contenir d’espaces : vérifiez « {address} ».</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test annulé.</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Toutes les vérifications sont réussies.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: see the lines marked Failed.</source>
        <translation>
            <numerusform>%n vérification a échoué : voir les lignes marquées Échec.</numerusform>
            <numerusform>%n vérifications ont échoué : voir les lignes marquées Échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing {index} of {total}: {title}…</source>
        <translation>Test {index} sur {total} : {title}…</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue : {error}</translation>
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
        <translation>Le lien CRM des paramètres doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>No CRM link is set (Settings, Incoming calls).</source>
        <translation>Aucun lien CRM n’est défini (Paramètres, Appels entrants).</translation>
    </message>
</context>
<context>
    <name>DesktopPage</name>
    <message>
        <source>Desktop</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Start with my session</source>
        <translation>Démarrer à l’ouverture de ma session</translation>
    </message>
    <message>
        <source>When ticked, SOP Companion starts at log-in through this entry:</source>
        <translation>Si la case est cochée, SOP Companion démarre à l’ouverture de session via cette entrée :</translation>
    </message>
    <message>
        <source>Add SOP Companion to the applications menu</source>
        <translation>Ajouter SOP Companion au menu des applications</translation>
    </message>
    <message>
        <source>This is the demo: it does not change how this computer starts or its applications menu. Install SOP Companion to use these.</source>
        <translation>Ceci est la démo : elle ne change ni le démarrage de cet ordinateur ni son menu des applications. Installez SOP Companion pour utiliser ces réglages.</translation>
    </message>
    <message>
        <source>SOP Companion could not change how it starts with your session: {error}</source>
        <translation>SOP Companion n’a pas pu modifier son démarrage automatique : {error}</translation>
    </message>
    <message>
        <source>SOP Companion</source>
        <translation>SOP Companion</translation>
    </message>
    <message>
        <source>Not added: {error}</source>
        <translation>Non ajouté : {error}</translation>
    </message>
    <message>
        <source>Added to the applications menu:</source>
        <translation>Ajouté au menu des applications :</translation>
    </message>
</context>
<context>
    <name>DialSettingsPage</name>
    <message>
        <source>Dialling</source>
        <extracomment>the numbers the example under the dialling rules shows: abroad, national, an extension</extracomment>
        <translation>Numérotation</translation>
    </message>
    <message>
        <source>none, e.g. 0</source>
        <translation>aucun, p. ex. 0</translation>
    </message>
    <message>
        <source>keep +, e.g. 00</source>
        <translation>garder le +, p. ex. 00</translation>
    </message>
    <message>
        <source>Prefix for an outside line</source>
        <translation>Préfixe pour une ligne extérieure</translation>
    </message>
    <message>
        <source>Dial this instead of +</source>
        <translation>Composer ceci au lieu de +</translation>
    </message>
    <message>
        <source>Internal extensions have at most (digits)</source>
        <translation>Les numéros internes ont au plus (chiffres)</translation>
    </message>
    <message>
        <source>Global hotkey</source>
        <translation>Raccourci clavier global</translation>
    </message>
    <message>
        <source>Open tel: and callto: links with SOP Companion</source>
        <translation>Ouvrir les liens tel: et callto: avec SOP Companion</translation>
    </message>
    <message>
        <source>This is the demo: it does not change which application opens links.</source>
        <translation>Ceci est la démo : elle ne change pas l’application qui ouvre les liens.</translation>
    </message>
    <message>
        <source>Your phone dials {a} for {n1}, {b} for {n2} and {c} for extension {n3}.</source>
        <translation>Votre téléphone compose {a} pour {n1}, {b} pour {n2} et {c} pour le poste {n3}.</translation>
    </message>
    <message>
        <source>You can also bind this command in your desktop's keyboard settings: {command}</source>
        <translation>Vous pouvez aussi associer cette commande à un raccourci dans les paramètres clavier de votre bureau : {command}</translation>
    </message>
    <message>
        <source>The hotkey works everywhere on this X11 desktop.</source>
        <translation>Le raccourci fonctionne partout sur ce bureau X11.</translation>
    </message>
    <message>
        <source>The hotkey works in every application.</source>
        <translation>Le raccourci fonctionne dans toutes les applications.</translation>
    </message>
    <message>
        <source>On Wayland the desktop may ask you to confirm the shortcut; desktops without the global shortcuts portal ignore it.</source>
        <translation>Sous Wayland, le bureau peut vous demander de confirmer le raccourci ; les bureaux sans portail de raccourcis globaux l’ignorent.</translation>
    </message>
    <message>
        <source>No global hotkey is available on this desktop.</source>
        <translation>Aucun raccourci global n’est disponible sur ce bureau.</translation>
    </message>
    <message>
        <source>Bind this command in your desktop's keyboard settings instead: {command}</source>
        <translation>Associez plutôt cette commande à un raccourci dans les paramètres clavier de votre bureau : {command}</translation>
    </message>
    <message>
        <source>Not registered: {error}</source>
        <translation>Non enregistré : {error}</translation>
    </message>
    <message>
        <source>Registered: {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
</context>
<context>
    <name>DialUi</name>
    <message>
        <source>Dial…</source>
        <translation>Appeler…</translation>
    </message>
</context>
<context>
    <name>DialWindow</name>
    <message>
        <source>Dial</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Name, extension or number</source>
        <translation>Nom, poste ou numéro</translation>
    </message>
    <message>
        <source>Recent: {label}</source>
        <translation>Récent : {label}</translation>
    </message>
    <message>
        <source>Dial {number}</source>
        <translation>Appeler le {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n more match(es): scroll, or type more</source>
        <translation>
            <numerusform>%n autre résultat : faites défiler, ou tapez la suite</numerusform>
            <numerusform>%n autres résultats : faites défiler, ou tapez la suite</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is no longer in your favourites.</source>
        <translation>{name} n’est plus dans vos favoris.</translation>
    </message>
    <message>
        <source>{name} is in your favourites (tray menu).</source>
        <translation>{name} est dans vos favoris (menu de la barre).</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Retirer des favoris</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Ajouter aux favoris</translation>
    </message>
    <message>
        <source>{name} has no mobile number.</source>
        <translation>{name} n’a pas de numéro de mobile.</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Appel en cours…</translation>
    </message>
</context>
<context>
    <name>Dialer</name>
    <message>
        <source>Your extension {ext} has no desk phone to ring (no primary or secondary phone in the directory).</source>
        <translation>Votre poste {ext} n’a aucun téléphone de bureau à faire sonner (ni téléphone principal ni secondaire dans l’annuaire).</translation>
    </message>
    <message>
        <source>Calling {name} — pick up your phone</source>
        <translation>Appel vers {name} — décrochez votre téléphone</translation>
    </message>
    <message>
        <source>SOP Companion</source>
        <translation>SOP Companion</translation>
    </message>
    <message>
        <source>The call to {name} was not placed: {reason}</source>
        <translation>L’appel vers {name} n’a pas pu être lancé : {reason}</translation>
    </message>
    <message>
        <source>Neither the selected text nor the clipboard is a number.</source>
        <translation>Ni le texte sélectionné ni le presse-papiers ne contiennent de numéro.</translation>
    </message>
</context>
<context>
    <name>DirectoryPicker</name>
    <message>
        <source>Name, extension or number</source>
        <extracomment>every match is listed; the list scrolls through all of them</extracomment>
        <translation>Nom, poste ou numéro</translation>
    </message>
    <message>
        <source>Send to {number}</source>
        <translation>Envoyer vers {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n more match(es): scroll, or type more</source>
        <translation>
            <numerusform>%n autre résultat : faites défiler, ou tapez la suite</numerusform>
            <numerusform>%n autres résultats : faites défiler, ou tapez la suite</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dispositions</name>
    <message>
        <source>No disposition</source>
        <translation>Issue non précisée</translation>
    </message>
    <message>
        <source>Other (code {code})</source>
        <translation>Autre (code {code})</translation>
    </message>
    <message>
        <source>Primary phone</source>
        <translation>Téléphone principal</translation>
    </message>
    <message>
        <source>Secondary phone</source>
        <translation>Téléphone secondaire</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Placed from the primary phone</source>
        <translation>Émis depuis le téléphone principal</translation>
    </message>
    <message>
        <source>Placed from the secondary phone</source>
        <translation>Émis depuis le téléphone secondaire</translation>
    </message>
    <message>
        <source>Placed from the mobile phone</source>
        <translation>Émis depuis le mobile</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Missed on the primary phone</source>
        <translation>Manqué sur le téléphone principal</translation>
    </message>
    <message>
        <source>Missed on the secondary phone</source>
        <translation>Manqué sur le téléphone secondaire</translation>
    </message>
    <message>
        <source>Missed on the mobile phone</source>
        <translation>Manqué sur le mobile</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Answered on the primary phone</source>
        <translation>Répondu sur le téléphone principal</translation>
    </message>
    <message>
        <source>Answered on the secondary phone</source>
        <translation>Répondu sur le téléphone secondaire</translation>
    </message>
    <message>
        <source>Answered on the mobile phone</source>
        <translation>Répondu sur le mobile</translation>
    </message>
    <message>
        <source>Sent to voicemail</source>
        <translation>Renvoyé vers la messagerie vocale</translation>
    </message>
</context>
<context>
    <name>EventLink</name>
    <message>
        <source>connecting to the event socket…</source>
        <translation>connexion au canal d’événements…</translation>
    </message>
</context>
<context>
    <name>Favourites</name>
    <message>
        <source>Dialling is not available.</source>
        <translation>La numérotation n’est pas disponible.</translation>
    </message>
    <message>
        <source>Give a colleague's extension.</source>
        <translation>Indiquez le numéro de poste d’un collègue.</translation>
    </message>
    <message>
        <source>At most {n} favourites.</source>
        <translation>Au plus {n} favoris.</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>Action inconnue.</translation>
    </message>
</context>
<context>
    <name>FavouritesUi</name>
    <message>
        <source>Favourites</source>
        <translation>Favoris</translation>
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
        <translation>Renvoyer les appels vers</translation>
    </message>
    <message>
        <source>A number, or a colleague's name</source>
        <translation>Un numéro, ou le nom d’un collègue</translation>
    </message>
    <message>
        <source>Forward calls to:</source>
        <translation>Renvoyer les appels vers :</translation>
    </message>
    <message>
        <source>Type a number or pick a colleague.</source>
        <translation>Tapez un numéro ou choisissez un collègue.</translation>
    </message>
</context>
<context>
    <name>ForwardUi</name>
    <message>
        <source>Forwarding</source>
        <translation>Renvoi</translation>
    </message>
    <message>
        <source>&amp;Forward calls to</source>
        <translation>Ren&amp;voyer les appels vers</translation>
    </message>
    <message>
        <source>My mobile ({number})</source>
        <translation>Mon mobile ({number})</translation>
    </message>
    <message>
        <source>Another number or a colleague…</source>
        <translation>Un autre numéro ou un collègue…</translation>
    </message>
    <message>
        <source>Clear the forwarding number</source>
        <translation>Effacer le numéro de renvoi</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>aucun numéro</translation>
    </message>
    <message>
        <source>{what} → {number}</source>
        <translation>{what} → {number}</translation>
    </message>
    <message>
        <source>Forwarded to {number}</source>
        <translation>Renvoyé vers {number}</translation>
    </message>
</context>
<context>
    <name>Forwarding</name>
    <message>
        <source>missing or syntactically invalid parameter</source>
        <translation>paramètre manquant ou syntaxiquement non valide</translation>
    </message>
    <message>
        <source>unknown global parameter</source>
        <translation>paramètre global inconnu</translation>
    </message>
    <message>
        <source>global parameter not applicable to the profile</source>
        <translation>paramètre global non applicable au profil</translation>
    </message>
    <message>
        <source>synchronisation to the SMP failed</source>
        <translation>échec de la synchronisation avec le SMP</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Renvoi</translation>
    </message>
    <message>
        <source>{parameter} takes digits only: {number} cannot be set there.</source>
        <translation>{parameter} n’accepte que des chiffres : {number} ne peut pas y être enregistré.</translation>
    </message>
    <message>
        <source>Your callflow has no forwarding parameter {parameter}.</source>
        <translation>Votre scénario d’appel n’a pas de paramètre de renvoi {parameter}.</translation>
    </message>
    <message>
        <source>Your callflow has no forwarding number to set.</source>
        <translation>Votre scénario d’appel n’a pas de numéro de renvoi à définir.</translation>
    </message>
    <message>
        <source>Not signed in to the phone system yet.</source>
        <translation>Pas encore connecté au système téléphonique.</translation>
    </message>
    <message>
        <source>A forwarding change is under way.</source>
        <translation>Une modification du renvoi est en cours.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>The phone system did not set the forwarding number: {reason} (code {code}).</source>
        <translation>Le système téléphonique n’a pas enregistré le numéro de renvoi : {reason} (code {code}).</translation>
    </message>
    <message>
        <source>Your callflow has no forwarding number.</source>
        <translation>Votre scénario d’appel n’a pas de numéro de renvoi.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Give a number.</source>
        <translation>Indiquez un numéro.</translation>
    </message>
    <message>
        <source>{parameter}: {number}</source>
        <translation>{parameter} : {number}</translation>
    </message>
</context>
<context>
    <name>GuestLoginDialog</name>
    <message>
        <source>Log in at this desk</source>
        <translation>Se connecter à ce bureau</translation>
    </message>
    <message>
        <source>Log in your extension at this desk's phone {phone}.</source>
        <translation>Connectez votre poste au téléphone de ce bureau ({phone}).</translation>
    </message>
    <message>
        <source>e.g. 203</source>
        <translation>p. ex. 203</translation>
    </message>
    <message>
        <source>Remember the PIN (in the system keyring)</source>
        <translation>Mémoriser le code PIN (dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>remembered — leave empty to use it</source>
        <translation>mémorisé — laissez vide pour l’utiliser</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Vérification du code PIN…</translation>
    </message>
    <message>
        <source>Hot desk</source>
        <translation>Bureau partagé</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
</context>
<context>
    <name>HistoryFormat</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown time</source>
        <translation>Heure inconnue</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>hier {time}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>{label} (code {code})</source>
        <translation>{label} (code {code})</translation>
    </message>
    <message>
        <source>The phone system gave this call a code this app does not know: {code}.</source>
        <translation>Le système téléphonique a donné à cet appel un code que cette application ne connaît pas : {code}.</translation>
    </message>
    <message>
        <source>The phone system gave no code for this call.</source>
        <translation>Le système téléphonique n’a donné aucun code pour cet appel.</translation>
    </message>
    <message>
        <source>Talk time {talk}, {total} in all with ringing</source>
        <translation>Conversation : {talk}, {total} au total sonnerie comprise</translation>
    </message>
</context>
<context>
    <name>HistoryUi</name>
    <message>
        <source>Missed calls</source>
        <translation>Appels manqués</translation>
    </message>
    <message>
        <source>No missed calls</source>
        <translation>Aucun appel manqué</translation>
    </message>
    <message>
        <source>Call history…</source>
        <translation>Historique des appels…</translation>
    </message>
    <message numerus="yes">
        <source>Missed calls (%n new)</source>
        <translation>
            <numerusform>Appels manqués (%n nouveau)</numerusform>
            <numerusform>Appels manqués (%n nouveaux)</numerusform>
        </translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Appelant inconnu</translation>
    </message>
    <message>
        <source>{mark} {call} (voicemail)</source>
        <translation>{mark} {call} (messagerie vocale)</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Call history</source>
        <translation>Historique des appels</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqués</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Search a name or number</source>
        <translation>Rechercher un nom ou un numéro</translation>
    </message>
    <message>
        <source>{filter} {count}</source>
        <translation>{filter} {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) — updated at {time}</source>
        <translation>
            <numerusform>%n appel — mis à jour à {time}</numerusform>
            <numerusform>%n appels — mis à jour à {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) shown, of {total} — updated at {time}</source>
        <translation>
            <numerusform>%n appel affiché sur {total} — mis à jour à {time}</numerusform>
            <numerusform>%n appels affichés sur {total} — mis à jour à {time}</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the call history…</source>
        <translation>Chargement de l’historique des appels…</translation>
    </message>
    <message>
        <source>No calls in the last 30 days.</source>
        <translation>Aucun appel ces 30 derniers jours.</translation>
    </message>
    <message>
        <source>No calls match “{text}”.</source>
        <translation>Aucun appel ne correspond à « {text} ».</translation>
    </message>
    <message>
        <source>No missed calls.</source>
        <translation>Aucun appel manqué.</translation>
    </message>
    <message>
        <source>No received calls.</source>
        <translation>Aucun appel reçu.</translation>
    </message>
    <message>
        <source>No placed calls.</source>
        <translation>Aucun appel émis.</translation>
    </message>
    <message>
        <source>No calls.</source>
        <translation>Aucun appel.</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copier le numéro</translation>
    </message>
</context>
<context>
    <name>HotDesk</name>
    <message>
        <source>Hot desk</source>
        <translation>Bureau partagé</translation>
    </message>
    <message>
        <source>Refused: the phone system allows one hot-desk login or logout every 90 seconds per extension. Available in {seconds} s; nothing was sent.</source>
        <translation>Refusé : le système téléphonique n’autorise qu’une connexion ou déconnexion au bureau partagé toutes les 90 secondes par poste. Disponible dans {seconds} s ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The phone system counts refused requests too: the next hot-desk login or logout is possible in 90 seconds.</source>
        <translation>Le système téléphonique compte aussi les demandes refusées : la prochaine connexion ou déconnexion au bureau partagé sera possible dans 90 secondes.</translation>
    </message>
    <message>
        <source>The request may have reached the phone system even though its answer was lost: the next hot-desk login or logout is possible in 90 seconds.</source>
        <translation>La demande a peut-être atteint le système téléphonique bien que sa réponse ait été perdue : la prochaine connexion ou déconnexion au bureau partagé sera possible dans 90 secondes.</translation>
    </message>
    <message>
        <source>Enter the extension.</source>
        <translation>Saisissez le poste.</translation>
    </message>
    <message>
        <source>Enter the PIN.</source>
        <translation>Saisissez le code PIN.</translation>
    </message>
    <message>
        <source>Wrong PIN for extension {ext}.</source>
        <translation>Code PIN incorrect pour le poste {ext}.</translation>
    </message>
    <message>
        <source>Extension {ext} has no PIN, so it cannot be checked: set a PIN first (on the phone or with your administrator).</source>
        <translation>Le poste {ext} n’a pas de code PIN, il ne peut donc pas être vérifié : définissez d’abord un code PIN (sur le téléphone ou auprès de votre administrateur).</translation>
    </message>
    <message>
        <source>Still logged in at {phone}: logging out is possible only in {seconds} s (90-second rule), so it was not done at quit.</source>
        <translation>Toujours connecté sur {phone} : la déconnexion ne sera possible que dans {seconds} s (règle des 90 secondes), elle n’a donc pas été faite à la fermeture.</translation>
    </message>
    <message>
        <source>Logging out from {phone} at quit failed: {error}</source>
        <translation>La déconnexion de {phone} à la fermeture a échoué : {error}</translation>
    </message>
    <message>
        <source>You are still logged in at {phone}. Log out before you leave.</source>
        <translation>Vous êtes toujours connecté sur {phone}. Déconnectez-vous avant de partir.</translation>
    </message>
    <message>
        <source>A hot-desk request is already running.</source>
        <translation>Une demande de bureau partagé est déjà en cours.</translation>
    </message>
    <message>
        <source>Not signed in to the phone system yet.</source>
        <translation>Pas encore connecté au système téléphonique.</translation>
    </message>
    <message>
        <source>No desk phone: set this desk's phone in the settings or give --phone.</source>
        <translation>Aucun téléphone de bureau : indiquez le téléphone de ce bureau dans les paramètres ou utilisez --phone.</translation>
    </message>
    <message>
        <source>The phone system refused the hot-desk request: {error}</source>
        <translation>Le système téléphonique a refusé la demande de bureau partagé : {error}</translation>
    </message>
    <message>
        <source>Logged in at {phone} (virtual phone {virtual}).</source>
        <translation>Connecté sur {phone} (téléphone virtuel {virtual}).</translation>
    </message>
    <message>
        <source>Logged out from {phone}.</source>
        <translation>Déconnecté de {phone}.</translation>
    </message>
    <message>
        <source>Give a phone id, e.g. SDP80002.</source>
        <translation>Indiquez un identifiant de téléphone, p. ex. SDP80002.</translation>
    </message>
</context>
<context>
    <name>HotDeskPage</name>
    <message>
        <source>Hot desk</source>
        <translation>Bureau partagé</translation>
    </message>
    <message>
        <source>Log in at the desk phone when the app starts</source>
        <translation>Se connecter au téléphone de bureau au démarrage de l’application</translation>
    </message>
    <message>
        <source>Log out when the app quits or the computer session ends</source>
        <translation>Se déconnecter à la fermeture de l’application ou de la session</translation>
    </message>
    <message>
        <source>Remind me to log out at</source>
        <translation>Me rappeler de me déconnecter à</translation>
    </message>
    <message>
        <source>The name under which the phone system keeps each user's PIN. Change it only if your administrator renamed it.</source>
        <translation>Le nom sous lequel le central téléphonique garde le PIN de chaque utilisateur. À ne changer que si votre administrateur l'a renommé.</translation>
    </message>
    <message>
        <source>Name of the PIN setting</source>
        <translation>Nom du réglage du code PIN</translation>
    </message>
    <message>
        <source>To log a colleague in, their PIN is checked against the phone system, which keeps it under this name in each person's profile. Keep UserPincode unless your administrator gives you another name.</source>
        <translation>Pour connecter un collègue, son code PIN est vérifié auprès du système téléphonique, qui le conserve sous ce nom dans le profil de chacun. Gardez UserPincode sauf si votre administrateur vous donne un autre nom.</translation>
    </message>
</context>
<context>
    <name>HotDeskUi</name>
    <message>
        <source>Hot desk</source>
        <translation>Bureau partagé</translation>
    </message>
    <message>
        <source>Log in someone else at this desk…</source>
        <translation>Connecter quelqu’un d’autre à ce bureau…</translation>
    </message>
    <message>
        <source>Log in at this desk ({phone})</source>
        <translation>Se connecter à ce bureau ({phone})</translation>
    </message>
    <message>
        <source>Log out {ext} from {phone}</source>
        <translation>Déconnecter {ext} de {phone}</translation>
    </message>
    <message>
        <source>Log out from {phone}</source>
        <translation>Se déconnecter de {phone}</translation>
    </message>
    <message>
        <source>{action} (working…)</source>
        <translation>{action} (en cours…)</translation>
    </message>
    <message>
        <source>{action} — available in {seconds} s</source>
        <translation>{action} — disponible dans {seconds} s</translation>
    </message>
    <message>
        <source>Virtual phone {virtual}</source>
        <translation>Téléphone virtuel {virtual}</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>The phone system says: {text}</source>
        <translation>Le système téléphonique indique : {text}</translation>
    </message>
</context>
<context>
    <name>Hotkeys</name>
    <message>
        <source>“{seq}” is not a key combination such as Ctrl+Alt+D.</source>
        <translation>« {seq} » n’est pas une combinaison de touches comme Ctrl+Alt+D.</translation>
    </message>
    <message>
        <source>“{part}” is not a modifier (Ctrl, Alt, Shift, Meta).</source>
        <translation>« {part} » n’est pas une touche de modification (Ctrl, Alt, Shift, Meta).</translation>
    </message>
    <message>
        <source>“{key}” cannot be used as a global hotkey.</source>
        <translation>« {key} » ne peut pas servir de raccourci global.</translation>
    </message>
    <message>
        <source>No global hotkey backend on this system.</source>
        <translation>Les raccourcis globaux ne sont pas pris en charge sur ce système.</translation>
    </message>
    <message>
        <source>RegisterEventHotKey exists only on macOS.</source>
        <translation>RegisterEventHotKey n’existe que sous macOS.</translation>
    </message>
    <message>
        <source>{seq} is already used by another program.</source>
        <translation>{seq} est déjà utilisé par un autre programme.</translation>
    </message>
    <message>
        <source>jeepney (D-Bus) is not installed.</source>
        <translation>jeepney (D-Bus) n’est pas installé.</translation>
    </message>
    <message>
        <source>The desktop offers no global shortcut portal ({reason}).</source>
        <translation>Le bureau ne propose pas de portail de raccourcis globaux ({reason}).</translation>
    </message>
    <message>
        <source>Open the SOP Companion dial box</source>
        <translation>Ouvrir la fenêtre d’appel de SOP Companion</translation>
    </message>
    <message>
        <source>RegisterHotKey exists only on Windows.</source>
        <translation>RegisterHotKey n’existe que sous Windows.</translation>
    </message>
    <message>
        <source>python-xlib is not installed.</source>
        <translation>python-xlib n’est pas installé.</translation>
    </message>
    <message>
        <source>No X11 display (DISPLAY is not set).</source>
        <translation>Aucun affichage X11 (DISPLAY n’est pas défini).</translation>
    </message>
    <message>
        <source>Cannot open the X11 display {name}.</source>
        <translation>Impossible d’ouvrir l’affichage X11 {name}.</translation>
    </message>
    <message>
        <source>The key {key} is not on this keyboard.</source>
        <translation>La touche {key} n’existe pas sur ce clavier.</translation>
    </message>
</context>
<context>
    <name>IncomingCalls</name>
    <message>
        <source>The voicemail number in the settings is not a number.</source>
        <translation>Le numéro de messagerie vocale des paramètres n’est pas un numéro valide.</translation>
    </message>
    <message>
        <source>You have no mobile number in the phone system's directory.</source>
        <translation>Vous n’avez pas de numéro de mobile dans l’annuaire du système téléphonique.</translation>
    </message>
    <message>
        <source>Wait: the previous request is still being sent.</source>
        <translation>Patientez : la demande précédente est encore en cours d’envoi.</translation>
    </message>
    <message>
        <source>This call is no longer shown.</source>
        <translation>Cet appel n’est plus affiché.</translation>
    </message>
</context>
<context>
    <name>IncomingPopup</name>
    <message>
        <source>Close</source>
        <extracomment>the key that picks each action in the "More" menu (shown there, beside the action) the popup's width range (logical pixels): names longer than the widest end in "…"</extracomment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>To my mobile</source>
        <translation>Vers mon mobile</translation>
    </message>
    <message>
        <source>To voicemail</source>
        <translation>Vers la messagerie</translation>
    </message>
    <message>
        <source>To…</source>
        <translation>Vers…</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parquer</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Open in CRM</source>
        <translation>Ouvrir dans le CRM</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copier le numéro</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Voicemail, another number, park, reject, copy…</source>
        <translation>Messagerie, autre numéro, parquer, rejeter, copier…</translation>
    </message>
    <message>
        <source>Redirecting…</source>
        <translation>Renvoi en cours…</translation>
    </message>
    <message>
        <source>Parking…</source>
        <translation>Parcage en cours…</translation>
    </message>
    <message>
        <source>Rejecting…</source>
        <translation>Refus en cours…</translation>
    </message>
    <message>
        <source>Parked on {slot}</source>
        <translation>Parqué sur {slot}</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Parqué</translation>
    </message>
    <message>
        <source>Calling you</source>
        <translation>Vous appelle</translation>
    </message>
</context>
<context>
    <name>IncomingSettingsPage</name>
    <message>
        <source>Only {ext} is filled in here, not {fields}.</source>
        <extracomment>the caller the examples under the templates use</extracomment>
        <translation>Seul {ext} est rempli ici, pas {fields}.</translation>
    </message>
    <message>
        <source>The voicemail number must be a number (digits, *, #), with {ext} where your extension goes.</source>
        <translation>Le numéro de messagerie doit être un numéro (chiffres, *, #), avec {ext} là où va votre poste.</translation>
    </message>
    <message>
        <source>Incoming calls</source>
        <translation>Appels entrants</translation>
    </message>
    <message>
        <source>Show a popup when a call rings my extension</source>
        <translation>Afficher une fenêtre quand un appel sonne sur mon poste</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>until the call ends</source>
        <translation>jusqu’à la fin de l’appel</translation>
    </message>
    <message>
        <source>The number “To voicemail” sends a call to. Write {ext} where your extension goes: *{ext} is * followed by your extension.</source>
        <translation>Le numéro vers lequel « Vers la messagerie » envoie un appel. Écrivez {ext} là où va votre poste : *{ext} est * suivi de votre poste.</translation>
    </message>
    <message>
        <source>The web page “Open in CRM” opens for a caller. Write {number} where the caller's number goes, {name} for their name and {ext} for your extension: they are filled in for each call. Leave empty to hide the button.</source>
        <translation>La page web que « Ouvrir dans le CRM » ouvre pour un appelant. Écrivez {number} là où va le numéro de l’appelant, {name} pour son nom et {ext} pour votre poste : ils sont remplis à chaque appel. Laissez vide pour masquer le bouton.</translation>
    </message>
    <message>
        <source>Close the popup after</source>
        <translation>Fermer la fenêtre après</translation>
    </message>
    <message>
        <source>Voicemail number</source>
        <translation>Numéro de messagerie vocale</translation>
    </message>
    <message>
        <source>Open callers in my CRM at</source>
        <translation>Ouvrir les appelants dans mon CRM à</translation>
    </message>
    <message>
        <source>For you (extension {ext}): calls sent to voicemail go to {target}</source>
        <translation>Pour vous (poste {ext}) : les appels envoyés à la messagerie vont au {target}</translation>
    </message>
    <message>
        <source>For a call from {name}: {url}</source>
        <translation>Pour un appel de {name} : {url}</translation>
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
        <translation>Aucune zone de notification n’a été trouvée : SOP Companion fonctionne dans cette fenêtre. Fermer la fenêtre ne l’arrête pas ; relancez SOP Companion pour la faire réapparaître.</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title} : {text}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The app is not configured yet: open its settings.</source>
        <translation>L’application n’est pas encore configurée : ouvrez ses paramètres.</translation>
    </message>
    <message>
        <source>Give a status name.</source>
        <translation>Indiquez un nom de statut.</translation>
    </message>
    <message>
        <source>A timed status is not available.</source>
        <translation>Le statut temporaire n’est pas disponible.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <source>Unknown command “{cmd}”.</source>
        <translation>Commande inconnue « {cmd} ».</translation>
    </message>
    <message>
        <source>the phone system could not apply it just now (synchronisation failed); try again in a moment</source>
        <translation>le système téléphonique n’a pas pu l’appliquer pour l’instant (échec de la synchronisation) ; réessayez dans un moment</translation>
    </message>
    <message>
        <source>The phone system could not place the call.</source>
        <translation>Le système téléphonique n’a pas pu passer l’appel.</translation>
    </message>
    <message>
        <source>The phone system could not hang up the call.</source>
        <translation>Le système téléphonique n’a pas pu raccrocher l’appel.</translation>
    </message>
    <message>
        <source>The phone system could not redirect the call.</source>
        <translation>Le système téléphonique n’a pas pu transférer l’appel.</translation>
    </message>
    <message>
        <source>The phone system could not park the call.</source>
        <translation>Le système téléphonique n’a pas pu mettre l’appel en parking.</translation>
    </message>
    <message>
        <source>The phone system could not connect you to the parked call.</source>
        <translation>Le système téléphonique n’a pas pu vous relier à l’appel en parking.</translation>
    </message>
    <message>
        <source>The phone system cannot be reached. Check the server address and network.</source>
        <translation>Le système téléphonique est injoignable. Vérifiez l’adresse du serveur et le réseau.</translation>
    </message>
    <message>
        <source>The phone system did not answer in time.</source>
        <translation>Le système téléphonique n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The phone system refused the credentials (HTTP login).</source>
        <translation>Le système téléphonique a refusé les identifiants (connexion HTTP).</translation>
    </message>
    <message>
        <source>The phone system sent an answer that could not be understood.</source>
        <translation>Le système téléphonique a envoyé une réponse incompréhensible.</translation>
    </message>
    <message>
        <source>The status was not changed: {reason} (code {code}).</source>
        <translation>Le statut n’a pas été modifié : {reason} (code {code}).</translation>
    </message>
    <message>
        <source>The status was not changed (code {code}).</source>
        <translation>Le statut n’a pas été modifié (code {code}).</translation>
    </message>
    <message>
        <source>The phone system refused the request (code {code}).</source>
        <translation>Le système téléphonique a refusé la demande (code {code}).</translation>
    </message>
    <message>
        <source>The phone system had an internal error (HTTP {status}).</source>
        <translation>Le système téléphonique a rencontré une erreur interne (HTTP {status}).</translation>
    </message>
    <message>
        <source>The phone system's address has moved (HTTP {status}): update the server address in the settings.</source>
        <translation>L’adresse du système téléphonique a changé (HTTP {status}) : mettez à jour l’adresse du serveur dans les paramètres.</translation>
    </message>
    <message>
        <source>The phone system does not offer this request (HTTP 404): check the server address.</source>
        <translation>Le système téléphonique ne propose pas cette demande (HTTP 404) : vérifiez l’adresse du serveur.</translation>
    </message>
    <message>
        <source>The phone system refused the request (HTTP {status}).</source>
        <translation>Le système téléphonique a refusé la demande (HTTP {status}).</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
    <message>
        <source>No user “{user}” in the phone system's directory.</source>
        <translation>Aucun utilisateur « {user} » dans l’annuaire du système téléphonique.</translation>
    </message>
    <message>
        <source>Several users match “{user}” in the phone system's directory (extensions {exts}); enter the exact login e-mail or extension.</source>
        <translation>Plusieurs utilisateurs correspondent à « {user} » dans l’annuaire du système téléphonique (postes {exts}) ; saisissez l’e-mail de connexion ou le poste exact.</translation>
    </message>
    <message>
        <source>The statuses are not known yet.</source>
        <extracomment>statuses named in the "Unknown status" message; the rest are counted</extracomment>
        <translation>Les statuts ne sont pas encore connus.</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} et {count} autres</translation>
    </message>
    <message>
        <source>Unknown status “{name}”. Available: {choices}.</source>
        <translation>Statut inconnu « {name} ». Disponibles : {choices}.</translation>
    </message>
    <message>
        <source>Not signed in to the phone system yet.</source>
        <translation>Pas encore connecté au système téléphonique.</translation>
    </message>
    <message>
        <source>illegal extension format</source>
        <translation>format de poste non valide</translation>
    </message>
    <message>
        <source>attempt to change the profile class</source>
        <translation>tentative de modifier la classe de profil</translation>
    </message>
    <message>
        <source>this status or profile name does not exist</source>
        <translation>ce statut ou ce nom de profil n’existe pas</translation>
    </message>
    <message>
        <source>synchronisation with the SMP failed</source>
        <translation>la synchronisation avec le SMP a échoué</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Saisissez un numéro de téléphone.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number: “{char}” is not allowed (only digits, +, * and #).</source>
        <translation>« {text} » n’est pas un numéro de téléphone : « {char} » n’est pas autorisé (uniquement des chiffres, +, * et #).</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number: it has no digits.</source>
        <translation>« {text} » n’est pas un numéro de téléphone : il ne contient aucun chiffre.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number: + may only stand at the start.</source>
        <translation>« {text} » n’est pas un numéro de téléphone : le + n’est permis qu’au début.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number: more than {max} digits.</source>
        <translation>« {text} » n’est pas un numéro de téléphone : plus de {max} chiffres.</translation>
    </message>
    <message>
        <source>This text is too long to be a phone number (more than {max} characters).</source>
        <translation>Ce texte est trop long pour être un numéro de téléphone (plus de {max} caractères).</translation>
    </message>
    <message>
        <source>“{text}” spans several lines: give one number at a time.</source>
        <translation>« {text} » tient sur plusieurs lignes : donnez un seul numéro à la fois.</translation>
    </message>
    <message>
        <source>“{text}” contains an invisible character that changes the reading direction; type the number again.</source>
        <translation>« {text} » contient un caractère invisible qui change le sens de lecture ; tapez à nouveau le numéro.</translation>
    </message>
    <message>
        <source>The dialling prefixes in the settings may only contain digits, * and #.</source>
        <translation>Les préfixes de numérotation des paramètres ne peuvent contenir que des chiffres, * et #.</translation>
    </message>
</context>
<context>
    <name>ParkedCalls</name>
    <message>
        <source>No call is parked in slot {slot}.</source>
        <translation>Aucun appel n’est parqué à l’emplacement {slot}.</translation>
    </message>
    <message>
        <source>Not signed in to the phone system yet.</source>
        <translation>Pas encore connecté au système téléphonique.</translation>
    </message>
    <message>
        <source>This call is already being picked up.</source>
        <translation>Cet appel est déjà en cours de reprise.</translation>
    </message>
    <message>
        <source>The phone system could not bring the call in slot {slot} to you: it may have been picked up already or have timed out.</source>
        <translation>Le système téléphonique n’a pas pu vous transférer l’appel de l’emplacement {slot} : il a peut-être déjà été repris ou a expiré.</translation>
    </message>
    <message>
        <source>Parked calls</source>
        <translation>Appels parqués</translation>
    </message>
    <message>
        <source>unknown caller</source>
        <translation>appelant inconnu</translation>
    </message>
    <message>
        <source>No parked calls.</source>
        <translation>Aucun appel parqué.</translation>
    </message>
    <message>
        <source>{slot}: {who}, waiting {time}</source>
        <translation>{slot} : {who}, en attente depuis {time}</translation>
    </message>
    <message>
        <source>Give a park slot.</source>
        <translation>Indiquez un emplacement de parcage.</translation>
    </message>
    <message>
        <source>The call from {who} (slot {slot}) is coming to your phone.</source>
        <translation>L’appel de {who} (emplacement {slot}) arrive sur votre téléphone.</translation>
    </message>
</context>
<context>
    <name>ParkedUi</name>
    <message>
        <source>Parked calls</source>
        <translation>Appels parqués</translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>{slot}: {who} — {time} (pick up)</source>
        <translation>{slot} : {who} — {time} (reprendre)</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>occupé</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>sonne</translation>
    </message>
    <message>
        <source>pause failed</source>
        <translation>échec de la mise en pause</translation>
    </message>
    <message>
        <source>pause succeeded</source>
        <translation>mise en pause réussie</translation>
    </message>
    <message>
        <source>unpause failed</source>
        <translation>échec de la reprise</translation>
    </message>
    <message>
        <source>unpause succeeded</source>
        <translation>reprise réussie</translation>
    </message>
    <message>
        <source>status {code}</source>
        <extracomment>member states in which the phone takes no queue call (with a pause: "away" for alerts)</extracomment>
        <translation>état {code}</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>code {code}</translation>
    </message>
    <message>
        <source>static</source>
        <translation>permanent</translation>
    </message>
    <message>
        <source>dynamic</source>
        <translation>dynamique</translation>
    </message>
    <message>
        <source>Callers waiting in {queue} for over {seconds} s: {count}.</source>
        <translation>Appelants en attente dans {queue} depuis plus de {seconds} s : {count}.</translation>
    </message>
    <message>
        <source>You are paused there.</source>
        <translation>Vous y êtes en pause.</translation>
    </message>
    <message>
        <source>Your phone is away.</source>
        <translation>Votre téléphone est indisponible.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files d’attente</translation>
    </message>
    <message>
        <source>There is no queue {queue}.</source>
        <translation>Il n’existe pas de file d’attente {queue}.</translation>
    </message>
    <message>
        <source>You are not a member of {queue}.</source>
        <translation>Vous n’êtes pas membre de {queue}.</translation>
    </message>
    <message>
        <source>A queue request is already under way.</source>
        <translation>Une demande de file d’attente est déjà en cours.</translation>
    </message>
    <message>
        <source>You are already a member of {queue}.</source>
        <translation>Vous êtes déjà membre de {queue}.</translation>
    </message>
    <message>
        <source>Your extension has no phone to join a queue with.</source>
        <translation>Votre poste n’a pas de téléphone avec lequel rejoindre une file d’attente.</translation>
    </message>
    <message>
        <source>Joined {queue} with {phone}.</source>
        <translation>Inscrit dans {queue} avec {phone}.</translation>
    </message>
    <message>
        <source>You are a static member of {queue}: only an administrator can remove you.</source>
        <translation>Vous êtes membre permanent de {queue} : seul un administrateur peut vous en retirer.</translation>
    </message>
    <message>
        <source>Left {queue}.</source>
        <translation>Retiré de {queue}.</translation>
    </message>
    <message>
        <source>The phone system refused to add {phone} to {queue}.</source>
        <translation>Le système téléphonique a refusé d’ajouter {phone} à {queue}.</translation>
    </message>
    <message>
        <source>The phone system refused to remove {phone} from {queue}.</source>
        <translation>Le système téléphonique a refusé de retirer {phone} de {queue}.</translation>
    </message>
    <message>
        <source>The phone system did not pause you in {queue}.</source>
        <translation>Le système téléphonique ne vous a pas mis en pause dans {queue}.</translation>
    </message>
    <message>
        <source>The phone system did not resume you in {queue}.</source>
        <translation>Le système téléphonique n’a pas repris votre service dans {queue}.</translation>
    </message>
    <message>
        <source>Paused in {queue}.</source>
        <translation>En pause dans {queue}.</translation>
    </message>
    <message>
        <source>Resumed in {queue}.</source>
        <translation>Reprise dans {queue}.</translation>
    </message>
    <message>
        <source>You are not a member of any queue.</source>
        <translation>Vous n’êtes membre d’aucune file d’attente.</translation>
    </message>
    <message>
        <source>The phone system answered: {result} (code {code}).</source>
        <translation>Le système téléphonique a répondu : {result} (code {code}).</translation>
    </message>
    <message>
        <source>Paused in all your queues ({result}).</source>
        <translation>En pause dans toutes vos files d’attente ({result}).</translation>
    </message>
    <message>
        <source>Resumed in all your queues ({result}).</source>
        <translation>Reprise dans toutes vos files d’attente ({result}).</translation>
    </message>
    <message>
        <source>{message} The phone system says: {detail}</source>
        <translation>{message} Le système téléphonique indique : {detail}</translation>
    </message>
    <message>
        <source>{queue} ({id}): {waiting} waiting</source>
        <translation>{queue} ({id}) : {waiting} en attente</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>member on {phone}, {membership}, {state}, {status}</source>
        <translation>membre avec {phone}, {membership}, {state}, {status}</translation>
    </message>
    <message>
        <source>No queues.</source>
        <translation>Aucune file d’attente.</translation>
    </message>
    <message>
        <source>Give a queue name.</source>
        <translation>Indiquez un nom de file d’attente.</translation>
    </message>
    <message>
        <source>Give a queue name or --all.</source>
        <translation>Indiquez un nom de file d’attente ou --all.</translation>
    </message>
</context>
<context>
    <name>QueuesPage</name>
    <message>
        <source>Queues</source>
        <translation>Files d’attente</translation>
    </message>
    <message>
        <source>Notify me when a caller waits in a queue where I am paused or away for</source>
        <translation>M’avertir quand un appelant attend dans une file où je suis en pause ou indisponible depuis</translation>
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
        <translation>Files d’attente</translation>
    </message>
    <message>
        <source>&amp;Join a queue</source>
        <translation>&amp;Rejoindre une file d’attente</translation>
    </message>
    <message>
        <source>Pause &amp;all queues</source>
        <translation>Mettre &amp;toutes les files en pause</translation>
    </message>
    <message>
        <source>&amp;Resume all queues</source>
        <translation>Re&amp;prendre toutes les files</translation>
    </message>
    <message>
        <source>Static member: cannot leave</source>
        <translation>Membre permanent : impossible de quitter</translation>
    </message>
    <message>
        <source>Leave this queue</source>
        <translation>Quitter cette file d’attente</translation>
    </message>
    <message>
        <source>waiting: ?</source>
        <translation>en attente : ?</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queues — %n waiting</source>
        <translation>
            <numerusform>Files d’attente — %n en attente</numerusform>
            <numerusform>Files d’attente — %n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>{queue} (paused)</source>
        <translation>{queue} (en pause)</translation>
    </message>
    <message>
        <source>Member on {phone} ({membership}) — {status}</source>
        <translation>Membre avec {phone} ({membership}) — {status}</translation>
    </message>
    <message>
        <source>Resume in this queue</source>
        <translation>Reprendre dans cette file d’attente</translation>
    </message>
    <message>
        <source>Pause in this queue</source>
        <translation>Pause dans cette file d’attente</translation>
    </message>
    <message>
        <source>Queues: nobody waiting</source>
        <translation>Files d’attente : personne en attente</translation>
    </message>
    <message numerus="yes">
        <source>Queues: %n caller(s) waiting</source>
        <translation>
            <numerusform>Files d’attente : %n appelant en attente</numerusform>
            <numerusform>Files d’attente : %n appelants en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedirectDialog</name>
    <message>
        <source>Redirect the call</source>
        <translation>Renvoyer l’appel</translation>
    </message>
    <message>
        <source>Send the call from {caller} to:</source>
        <translation>Renvoyer l’appel de {caller} vers :</translation>
    </message>
    <message>
        <source>a name, or a number, e.g. 0475 12 34 56 or 104</source>
        <translation>un nom, ou un numéro, p. ex. 0475 12 34 56 ou 104</translation>
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
        <translation>Votre téléphone de bureau {phone} n’est pas enregistré : un appel depuis l’ordinateur ne ferait sonner aucun téléphone.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <source>The calendar could not be read: {reason}</source>
        <extracomment>how often the calendars are read again (a published calendar changes in minutes) the longest the feature sleeps without looking at the clock again (a suspended laptop wakes up past a boundary); local only, no SOP request a second look for a calendar address the keyring did not have yet</extracomment>
        <translation>Impossible de lire l’agenda : {reason}</translation>
    </message>
    <message>
        <source>Automatic status</source>
        <translation>Statut automatique</translation>
    </message>
    <message>
        <source>That time is already past.</source>
        <translation>Cette heure est déjà passée.</translation>
    </message>
    <message>
        <source>Give a status name.</source>
        <translation>Indiquez un nom de statut.</translation>
    </message>
    <message>
        <source>The status was not set.</source>
        <translation>Le statut n’a pas été changé.</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>{status} until {time}</source>
        <translation>{status} jusqu’à {time}</translation>
    </message>
    <message>
        <source>{status} ended at {time} while the app was not running: back to {back}.</source>
        <translation>{status} a pris fin à {time} pendant que l’application était fermée : retour à {back}.</translation>
    </message>
    <message>
        <source>Back to {status}.</source>
        <translation>Retour à {status}.</translation>
    </message>
    <message>
        <source>{status} as you asked.</source>
        <translation>{status}, comme demandé.</translation>
    </message>
    <message>
        <source>{status}: your screen is locked.</source>
        <translation>{status} : votre écran est verrouillé.</translation>
    </message>
    <message>
        <source>{status}: a calendar event started.</source>
        <translation>{status} : un événement de l’agenda a commencé.</translation>
    </message>
    <message>
        <source>{status}: outside your working hours.</source>
        <translation>{status} : en dehors de vos heures de travail.</translation>
    </message>
    <message>
        <source>The status is not known yet.</source>
        <translation>Le statut n’est pas encore connu.</translation>
    </message>
    <message>
        <source>{status} until {time}, as you asked; then {back}.</source>
        <translation>{status} jusqu’à {time}, comme demandé ; ensuite {back}.</translation>
    </message>
    <message>
        <source>{status} because your screen is locked; {back} again when you unlock it.</source>
        <translation>{status} car votre écran est verrouillé ; de nouveau {back} quand vous le déverrouillez.</translation>
    </message>
    <message>
        <source>{status} during a calendar event, until {time}; then {back}.</source>
        <translation>{status} pendant un événement de l’agenda, jusqu’à {time} ; ensuite {back}.</translation>
    </message>
    <message>
        <source>{status} outside your working hours, until {time}; then {back}.</source>
        <translation>{status} en dehors de vos heures de travail, jusqu’à {time} ; ensuite {back}.</translation>
    </message>
    <message>
        <source>{status}: you chose it. The automatic rules leave it until their next change.</source>
        <translation>{status} : vous l’avez choisi. Les règles automatiques le laissent jusqu’à leur prochain changement.</translation>
    </message>
    <message>
        <source>{status}: you chose it. No automatic rule applies now.</source>
        <translation>{status} : vous l’avez choisi. Aucune règle automatique ne s’applique maintenant.</translation>
    </message>
    <message>
        <source>“{text}” is not a duration: write for example 30m, 1h or 1h30.</source>
        <extracomment>the longest timed status (a forgotten "for 900h" is surely a typo)</extracomment>
        <translation>« {text} » n’est pas une durée : écrivez par exemple 30m, 1h ou 1h30.</translation>
    </message>
    <message>
        <source>The duration must be longer than zero.</source>
        <translation>La durée doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>The duration is longer than 14 days.</source>
        <translation>La durée dépasse 14 jours.</translation>
    </message>
    <message>
        <source>“{text}” is not a time: write for example 14:00 or 2026-12-03T09:00.</source>
        <translation>« {text} » n’est pas une heure : écrivez par exemple 14:00 ou 2026-12-03T09:00.</translation>
    </message>
    <message>
        <source>{text} is already past.</source>
        <translation>{text} est déjà passé.</translation>
    </message>
    <message>
        <source>The time is more than 14 days away.</source>
        <translation>Cette heure est à plus de 14 jours.</translation>
    </message>
    <message>
        <source>Give a duration or a time.</source>
        <translation>Indiquez une durée ou une heure.</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Automatic status</source>
        <translation>Statut automatique</translation>
    </message>
    <message>
        <source>Each rule is off while its status is empty. A status you choose yourself always wins until the rule's next change.</source>
        <translation>Chaque règle est désactivée tant que son statut est vide. Un statut que vous choisissez vous-même l’emporte toujours jusqu’au prochain changement de la règle.</translation>
    </message>
    <message>
        <source>e.g. Away (empty: off)</source>
        <translation>p. ex. Away (vide : désactivé)</translation>
    </message>
    <message>
        <source>e.g. OutOfOffice (empty: off)</source>
        <translation>p. ex. OutOfOffice (vide : désactivé)</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <source>an .ics file of days off (optional)</source>
        <translation>un fichier .ics des jours de congé (facultatif)</translation>
    </message>
    <message>
        <source>e.g. Meeting (empty: off)</source>
        <translation>p. ex. Meeting (vide : désactivé)</translation>
    </message>
    <message>
        <source>address saved in the system keyring</source>
        <translation>adresse enregistrée dans le trousseau du système</translation>
    </message>
    <message>
        <source>an .ics file, or an address (kept in the system keyring)</source>
        <translation>un fichier .ics, ou une adresse (gardée dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Forget the saved address</source>
        <translation>Oublier l’adresse enregistrée</translation>
    </message>
    <message>
        <source>When my screen locks, set</source>
        <translation>Quand mon écran se verrouille, mettre</translation>
    </message>
    <message>
        <source>and set it back when I unlock (unless I changed it).</source>
        <translation>et le remettre au déverrouillage (sauf si je l’ai changé).</translation>
    </message>
    <message>
        <source>Outside my working hours, set</source>
        <translation>En dehors de mes heures de travail, mettre</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Heures de travail</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Jours de travail</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Jours de congé</translation>
    </message>
    <message>
        <source>During a busy calendar event, set</source>
        <translation>Pendant un événement occupé de l’agenda, mettre</translation>
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
        <translation>Statut pour un moment</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Pendant 30 minutes</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>For 2 hours</source>
        <translation>Pendant 2 heures</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>Jusqu’à…</translation>
    </message>
    <message>
        <source>Until tomorrow morning</source>
        <translation>Jusqu’à demain matin</translation>
    </message>
    <message>
        <source>Why this status?</source>
        <translation>Pourquoi ce statut ?</translation>
    </message>
    <message>
        <source>End now: back to {status}</source>
        <translation>Terminer maintenant : retour à {status}</translation>
    </message>
</context>
<context>
    <name>SettingsCheck</name>
    <message>
        <source>Event port: nothing answers on {host}:{port}. Check the event port (5050 unless your SOP administrator changed it).</source>
        <translation>Port des événements : rien ne répond sur {host}:{port}. Vérifiez le port des événements (5050 sauf si votre administrateur SOP l'a changé).</translation>
    </message>
    <message>
        <source>Event port: the ccPing test failed: {reason}</source>
        <translation>Port des événements : le test ccPing a échoué : {reason}</translation>
    </message>
    <message>
        <source>Event port: {host}:{port} accepts connections but sends no evPong after a ccPing. Check that this is the SOP's event port.</source>
        <translation>Port des événements : {host}:{port} accepte les connexions mais n'envoie pas d'evPong après un ccPing. Vérifiez qu'il s'agit bien du port des événements du SOP.</translation>
    </message>
    <message>
        <source>Desk phone: it could not be checked: {reason}</source>
        <translation>Téléphone du bureau : la vérification n'a pas pu se faire : {reason}</translation>
    </message>
    <message>
        <source>Desk phone: the phone system has no phone “{phone}”. Check the id printed on the phone (e.g. SDP80002), or leave the field empty.</source>
        <translation>Téléphone du bureau : le central n'a pas de téléphone « {phone} ». Vérifiez l'identifiant imprimé sur le téléphone (p. ex. SDP80002), ou laissez le champ vide.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>SOP Companion — Settings</source>
        <translation>SOP Companion — Paramètres</translation>
    </message>
    <message>
        <source>login e-mail or extension</source>
        <translation>e-mail de connexion ou poste</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>only if the API asks for a login</source>
        <translation>seulement si l’API demande une connexion</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Where the phone system sends call events: 5050 unless told otherwise.</source>
        <translation>Où le central téléphonique envoie les événements d'appel : 5050 sauf indication contraire.</translation>
    </message>
    <message>
        <source>The ID of the phone on this desk, for hot desking (on its label).</source>
        <translation>L'identifiant du téléphone de ce bureau, pour le bureau partagé (sur son étiquette).</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Your login</source>
        <translation>Votre identifiant</translation>
    </message>
    <message>
        <source>Call events port</source>
        <translation>Port des événements d'appel</translation>
    </message>
    <message>
        <source>This desk's phone</source>
        <translation>Téléphone de ce bureau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Server login (optional)</source>
        <translation>Identifiant du serveur (facultatif)</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <source>Welcome! Tell SOP Companion where your phone system is and who you are.</source>
        <translation>Bienvenue ! Indiquez à SOP Companion où se trouve votre système téléphonique et qui vous êtes.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Set by your administrator: cannot be changed here.</source>
        <translation>Défini par votre administrateur : ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>Your administrator set the greyed-out settings for everyone ({source}); they cannot be changed here.</source>
        <translation>Votre administrateur a défini les réglages grisés pour tout le monde ({source}) ; ils ne peuvent pas être modifiés ici.</translation>
    </message>
    <message>
        <source>Server address completed as {address}: check that it is right.</source>
        <translation>Adresse du serveur complétée en {address} : vérifiez qu’elle est correcte.</translation>
    </message>
    <message>
        <source>Warning: the server login would cross the network unencrypted (http://).</source>
        <translation>Attention : l'identifiant du serveur circulerait en clair sur le réseau (http://).</translation>
    </message>
    <message>
        <source>The server address cannot contain spaces: check “{address}”.</source>
        <translation>L’adresse du serveur ne peut pas contenir d’espaces : vérifiez « {address} ».</translation>
    </message>
    <message>
        <source>Enter the server address as http://host or https://host.</source>
        <translation>Saisissez l’adresse du serveur sous la forme http://hôte ou https://hôte.</translation>
    </message>
    <message>
        <source>Enter your login e-mail or extension.</source>
        <translation>Saisissez votre e-mail de connexion ou votre poste.</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Vérification de la connexion…</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer the call</source>
        <translation>Transférer l’appel</translation>
    </message>
    <message>
        <source>Transfer {name} to:</source>
        <translation>Transférer {name} vers :</translation>
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
        <translation>Non configuré</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <source>Disconnected: {reason}</source>
        <translation>Déconnecté : {reason}</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Not configured</source>
        <extracomment>statuses listed in the menu; a callflow with more lists these (and the current one) and says how many are left out: 5,000 menu items froze the app for minutes longer status labels are cut (the SOP's text, one menu line)</extracomment>
        <translation>Non configuré</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Connecting to the phone system…</source>
        <translation>Connexion au système téléphonique…</translation>
    </message>
    <message>
        <source>{name} — ext. {ext}</source>
        <translation>{name} — poste {ext}</translation>
    </message>
    <message>
        <source>Call events: disconnected</source>
        <translation>Événements d’appel : déconnecté</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>{count} more statuses: use “sop-companion set-status NAME”</source>
        <translation>{count} statuts de plus : utilisez « sop-companion set-status NOM »</translation>
    </message>
    <message>
        <source>Statuses not loaded yet</source>
        <translation>Statuts pas encore chargés</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>{status} (setting…)</source>
        <translation>{status} (activation…)</translation>
    </message>
</context>
<context>
    <name>UntilDialog</name>
    <message>
        <source>{status} until…</source>
        <translation>{status} jusqu’à…</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’à</translation>
    </message>
</context>
</TS>
