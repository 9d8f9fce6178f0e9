<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CallHistory</name>
    <message>
        <source>Unknown caller</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Missed call</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{who} called at {time}.</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>%n missed calls</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>The latest from {who} at {time}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This call has no number to call back.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Calling back is not available.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Call history</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The call history could not be saved: {error}</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>SOP Companion</source>
        <extracomment>emitted once per quit request (menu, SIGTERM, aboutToQuit), before the features stop</extracomment>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>CrmLink</name>
    <message>
        <source>The CRM link in the settings must start with http:// or https://.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No CRM link is set (Settings, Incoming calls).</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>DesktopPage</name>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Start with my session</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>When ticked, SOP Companion starts at log-in through this entry: {location}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Add SOP Companion to the applications menu</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>SOP Companion could not change how it starts with your session: {error}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>SOP Companion</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Not added: {error}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Added: {path}</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>DialSettingsPage</name>
    <message>
        <source>Dialling</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>none, e.g. 0</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>keep +, e.g. 00</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Outside line prefix</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Replace + with</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Longest internal extension (digits)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Global hotkey</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Open tel: and callto: links with SOP Companion</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>You can also bind this command in your desktop's keyboard settings: {command}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The hotkey works everywhere on this X11 desktop.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The hotkey works in every application.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>On Wayland the desktop may ask you to confirm the shortcut; desktops without the global shortcuts portal ignore it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No global hotkey is available on this desktop.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Bind this command in your desktop's keyboard settings instead: {command}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Not registered: {error}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Registered: {path}</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>DialUi</name>
    <message>
        <source>Dial…</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>DialWindow</name>
    <message>
        <source>Dial</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Name, extension or number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Recent: {label}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Dial {number}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>mobile {number}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{name} has no mobile number.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Calling…</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Dialer</name>
    <message>
        <source>Your extension {ext} has no desk phone to ring (no primary or secondary phone in the directory).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Calling {name} — pick up your phone</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>SOP Companion</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The call to {name} was not placed: {reason}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Neither the selected text nor the clipboard is a number.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Dispositions</name>
    <message>
        <source>No disposition</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Code {code}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Primary phone</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Secondary phone</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Placed from the primary phone</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Placed from the secondary phone</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Placed from the mobile phone</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Missed on the primary phone</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Missed on the secondary phone</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Missed on the mobile phone</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Answered on the primary phone</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Answered on the secondary phone</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Answered on the mobile phone</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Sent to voicemail</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>EventLink</name>
    <message>
        <source>connecting to the event socket…</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>GuestLoginDialog</name>
    <message>
        <source>Log in at this desk</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Log in your extension at this desk's phone {phone}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>e.g. 203</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Remember the PIN (in the system keyring)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>remembered — leave empty to use it</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Hot desk</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>HistoryFormat</name>
    <message>
        <source>Unknown time</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{label} (code {code})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Talk time {talk}, {total} in all with ringing</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>HistoryUi</name>
    <message>
        <source>Missed calls</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No missed calls</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Call history…</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>Missed calls (%n new)</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>Call back</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{mark} {call} (voicemail)</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Call history</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Search a name or number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>%n call(s) — updated at {time}</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>Loading the call history…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No calls in the last 30 days.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No calls match “{text}”.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No missed calls.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No received calls.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No placed calls.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No calls.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Call back</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>HotDesk</name>
    <message>
        <source>Hot desk</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Refused: the phone system allows one hot-desk login or logout every 90 seconds per extension. Available in {seconds} s; nothing was sent.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Enter the extension.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Enter the PIN.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Wrong PIN for extension {ext}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Extension {ext} has no PIN, so it cannot be checked: set a PIN first (on the phone or with your administrator).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Still logged in at {phone}: logging out is possible only in {seconds} s (90-second rule), so it was not done at quit.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Logging out from {phone} at quit failed: {error}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>You are still logged in at {phone}. Log out before you leave.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>A hot-desk request is already running.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Not signed in to the phone system yet.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No desk phone: set this desk's phone in the settings or give --phone.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The phone system refused the hot-desk request: {error}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Logged in at {phone} (virtual phone {virtual}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Logged out from {phone}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Give a phone id, e.g. SDP80002.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>HotDeskPage</name>
    <message>
        <source>Hot desk</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Log in at the desk phone when the app starts</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Log out when the app quits or the computer session ends</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Remind me to log out at</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>PIN profile parameter</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>HotDeskUi</name>
    <message>
        <source>Hot desk</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Log in someone else at this desk…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Log in at this desk ({phone})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Log out {ext} from {phone}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Log out from {phone}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{action} (working…)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{action} — available in {seconds} s</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Virtual phone {virtual} — {status}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Virtual phone {virtual}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Hotkeys</name>
    <message>
        <source>“{seq}” is not a key combination such as Ctrl+Alt+D.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>“{part}” is not a modifier (Ctrl, Alt, Shift, Meta).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>“{key}” cannot be used as a global hotkey.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No global hotkey backend on this system.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>RegisterEventHotKey exists only on macOS.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{seq} is already used by another program.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>jeepney (D-Bus) is not installed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The desktop offers no global shortcut portal ({reason}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Open the SOP Companion dial box</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>RegisterHotKey exists only on Windows.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>python-xlib is not installed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No X11 display (DISPLAY is not set).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot open the X11 display {name}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The key {key} is not on this keyboard.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>IncomingCalls</name>
    <message>
        <source>The voicemail number in the settings is not a number.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>You have no mobile number in the phone system's directory.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Wait: the previous request is still being sent.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This call is no longer shown.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>IncomingPopup</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>To my mobile</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>To voicemail</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>To…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Park</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Open in CRM</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Redirecting…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Parking…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Rejecting…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Parked on {slot}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Parked</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Incoming call for {ext}</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>IncomingSettingsPage</name>
    <message>
        <source>Incoming calls</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Show a popup when a call rings my extension</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>until the call ends</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{number}, {name} and {ext} (your extension) are replaced, URL-encoded. Leave empty to hide the CRM button.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Close the popup after</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Voicemail number ({ext} = your extension)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>CRM link</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>MenuWindow</name>
    <message>
        <source>SOP Companion</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No system tray was found: SOP Companion runs in this window. Closing the window keeps it running; start SOP Companion again to bring the window back.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The app is not configured yet: open its settings.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Give a status name.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Unknown command “{cmd}”.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>illegal extension format</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>attempt to change the profile class</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this status or profile does not exist</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>synchronisation with the SMP failed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The phone system cannot be reached. Check the server address and network.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The phone system did not answer in time.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The phone system refused the credentials (HTTP login).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The phone system sent an answer that could not be understood.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The status was not changed: {reason} (code {code}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The status was not changed (code {code}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No user “{user}” in the phone system's directory.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The statuses are not known yet.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Unknown status “{name}”. Available: {choices}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Not signed in to the phone system yet.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>“{text}” is not a phone number: “{char}” is not allowed (only digits, +, * and #).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>“{text}” is not a phone number: it has no digits.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>“{text}” is not a phone number: + may only stand at the start.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>“{text}” is not a phone number: more than {max} digits.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The dialling prefixes in the settings may only contain digits, * and #.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>RedirectDialog</name>
    <message>
        <source>Redirect the call</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Send the call from {caller} to:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>a number, e.g. 0475 12 34 56 or 104</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>No user “{user}” in the phone system's directory.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>SOP Companion — Settings</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>login e-mail or extension</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>only if the API asks for a login</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Event port</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Desk phone</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>HTTP login</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>HTTP password</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Welcome! Tell SOP Companion where your phone system is and who you are.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Warning: the HTTP login would cross the network unencrypted (http://).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Enter the server address as http://host or https://host.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Enter your login e-mail or extension.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>SOP Companion</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Not configured</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Disconnected: {reason}</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Not configured</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Connecting to the phone system…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{name} — ext. {ext}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Call events: disconnected</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Statuses not loaded yet</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{status} (setting…)</source>
        <translation type="unfinished"/>
    </message>
</context>
</TS>
