<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>sdrs::BrowseController</name>
    <message numerus="yes">
        <source>Loading every protection group: %1 of %2 requests, %Ln rows</source>
        <extracomment>Progress: %1 requests answered of %2 known so far; %Ln rows loaded so far.</extracomment>
        <translation>
            <numerusform>Loading every protection group: %1 of %2 requests, %Ln row</numerusform>
            <numerusform>Loading every protection group: %1 of %2 requests, %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %Ln rows…</source>
        <translation>
            <numerusform>Preparing %Ln row…</numerusform>
            <numerusform>Preparing %Ln rows…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdrs::DeletePlan</name>
    <message numerus="yes">
        <source>Delete the failed tasks of the %Ln selected resources?</source>
        <translation>
            <numerusform>Delete the failed tasks of the %Ln selected resource?</numerusform>
            <numerusform>Delete the failed tasks of the %Ln selected resources?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the %Ln protection-group-level failed tasks.</source>
        <translation>
            <numerusform>Deleted the %Ln protection-group-level failed task.</numerusform>
            <numerusform>Deleted the %Ln protection-group-level failed tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the %Ln failed tasks of protection group “%1”.</source>
        <extracomment>%1 is the name of a protection group.</extracomment>
        <translation>
            <numerusform>Deleted the %Ln failed task of protection group “%1”.</numerusform>
            <numerusform>Deleted the %Ln failed tasks of protection group “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdrs::ExportController</name>
    <message numerus="yes">
        <source>Writing %Ln rows to %1…</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>
            <numerusform>Writing %Ln row to %1…</numerusform>
            <numerusform>Writing %Ln rows to %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdrs::HistoryController</name>
    <message numerus="yes">
        <source>Acknowledged %n failed task(s).</source>
        <extracomment>In the status bar after Acknowledge….</extracomment>
        <translation>
            <numerusform>Acknowledged %n failed task.</numerusform>
            <numerusform>Acknowledged %n failed tasks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdrs::RelativeTime</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <extracomment>Minutes ago, short.</extracomment>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <extracomment>Hours ago, short.</extracomment>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <extracomment>Days ago, short.</extracomment>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdrs::SdrsClient</name>
    <message numerus="yes">
        <source>its failed tasks kept changing while they were read, %n times in a row (the last count was %1). Try again.</source>
        <extracomment>The end of &quot;The failed tasks of ... could not be read: ...&quot;. %n is how often they were read again, %1 the number of failed tasks the server counted last.</extracomment>
        <translation>
            <numerusform>its failed tasks kept changing while they were read, %n time in a row (the last count was %1). Try again.</numerusform>
            <numerusform>its failed tasks kept changing while they were read, %n times in a row (the last count was %1). Try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdrs::cli</name>
    <message numerus="yes">
        <source>the failed tasks of %n resource(s)</source>
        <extracomment>Part of &quot;delete: not deleting %1 without --yes&quot;; SDRS deletes failed tasks by resource.</extracomment>
        <translation>
            <numerusform>the failed tasks of %n resource</numerusform>
            <numerusform>the failed tasks of %n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed task(s)</source>
        <extracomment>The status line of check: &quot;3 failed tasks&quot;. Monitoring systems show it.</extracomment>
        <translation>
            <numerusform>%n failed task</numerusform>
            <numerusform>%n failed tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdrs::ui::AcknowledgeDialog</name>
    <message numerus="yes">
        <source>Acknowledge %n failed task(s)? They keep a check mark, and “Hide acknowledged” in the View menu hides them. The acknowledgement is kept on this computer.</source>
        <extracomment>%n is how many failed tasks are acknowledged.</extracomment>
        <translation>
            <numerusform>Acknowledge %n failed task? It keeps a check mark, and “Hide acknowledged” in the View menu hides it. The acknowledgement is kept on this computer.</numerusform>
            <numerusform>Acknowledge %n failed tasks? They keep a check mark, and “Hide acknowledged” in the View menu hides them. The acknowledgement is kept on this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdrs::ui::DetailPane</name>
    <message numerus="yes">
        <source>%n failed tasks selected.</source>
        <translation>
            <numerusform>%n failed task selected.</numerusform>
            <numerusform>%n failed tasks selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdrs::ui::ExportDialog</name>
    <message numerus="yes">
        <source>Every page of the current query, fetched again (%Ln row(s) on the service)</source>
        <translation>
            <numerusform>Every page of the current query, fetched again (%Ln row on the service)</numerusform>
            <numerusform>Every page of the current query, fetched again (%Ln rows on the service)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdrs::ui::FilterBar</name>
    <message numerus="yes">
        <source>%Ln matches</source>
        <extracomment>Beside the quick filter: how many rows it keeps.</extracomment>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed tasks</source>
        <extracomment>In the group dropdown, after a group&apos;s status: its failed tasks.</extracomment>
        <translation>
            <numerusform>%Ln failed task</numerusform>
            <numerusform>%Ln failed tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdrs::ui::JobDialog</name>
    <message numerus="yes">
        <source>Sub-jobs (%n)</source>
        <extracomment>Tab with the tree of the job&apos;s sub-jobs; %n is how many there are.</extracomment>
        <translation>
            <numerusform>Sub-jobs (%n)</numerusform>
            <numerusform>Sub-jobs (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdrs::ui::MainWindow</name>
    <message numerus="yes">
        <source>Copied %Ln row(s).</source>
        <translation>
            <numerusform>Copied %Ln row.</numerusform>
            <numerusform>Copied %Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) as a Markdown table.</source>
        <extracomment>In the status bar after Copy for a ticket.</extracomment>
        <translation>
            <numerusform>Copied %n row as a Markdown table.</numerusform>
            <numerusform>Copied %n rows as a Markdown table.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdrs::ui::WindowStatusBar</name>
    <message numerus="yes">
        <source>Refreshed %Ln min ago</source>
        <translation>
            <numerusform>Refreshed %Ln min ago</numerusform>
            <numerusform>Refreshed %Ln min ago</numerusform>
        </translation>
    </message>
</context>
</TS>
