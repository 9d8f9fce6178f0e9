<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CallHistory</name>
    <message numerus="yes">
        <source>%n missed calls</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
</context>
<context>
    <name>HistoryFormat</name>
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
</context>
<context>
    <name>HistoryUi</name>
    <message numerus="yes">
        <source>Missed calls (%n new)</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message numerus="yes">
        <source>%n call(s) — updated at {time}</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
</context>
</TS>
