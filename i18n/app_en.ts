<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CallHistory</name>
    <message numerus="yes">
        <source>%n missed calls</source>
        <translation>
            <numerusform>%n missed call</numerusform>
            <numerusform>%n missed calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message numerus="yes">
        <source>%n check(s) failed: see the lines marked Failed.</source>
        <translation>
            <numerusform>%n check failed: see the lines marked Failed.</numerusform>
            <numerusform>%n checks failed: see the lines marked Failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialWindow</name>
    <message numerus="yes">
        <source>%n more match(es): scroll, or type more</source>
        <translation>
            <numerusform>%n more match: scroll, or type more</numerusform>
            <numerusform>%n more matches: scroll, or type more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryPicker</name>
    <message numerus="yes">
        <source>%n more match(es): scroll, or type more</source>
        <translation>
            <numerusform>%n more match: scroll, or type more</numerusform>
            <numerusform>%n more matches: scroll, or type more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryFormat</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryUi</name>
    <message numerus="yes">
        <source>Missed calls (%n new)</source>
        <translation>
            <numerusform>Missed calls (%n new)</numerusform>
            <numerusform>Missed calls (%n new)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message numerus="yes">
        <source>%n call(s) — updated at {time}</source>
        <translation>
            <numerusform>%n call — updated at {time}</numerusform>
            <numerusform>%n calls — updated at {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) shown, of {total} — updated at {time}</source>
        <translation>
            <numerusform>%n call shown, of {total} — updated at {time}</numerusform>
            <numerusform>%n calls shown, of {total} — updated at {time}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuesUi</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queues — %n waiting</source>
        <translation>
            <numerusform>Queues — %n waiting</numerusform>
            <numerusform>Queues — %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queues: %n caller(s) waiting</source>
        <translation>
            <numerusform>Queues: %n caller waiting</numerusform>
            <numerusform>Queues: %n callers waiting</numerusform>
        </translation>
    </message>
</context>
</TS>
