<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppShell</name>
    <message numerus="yes">
        <location filename="../qml/shell/AppShell.qml" line="421"/>
        <source>%n reminders are waiting for you.</source>
        <translation>
            <numerusform>%n reminder is waiting for you.</numerusform>
            <numerusform>%n reminders are waiting for you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaylioImport</name>
    <message numerus="yes">
        <location filename="../backend/services/DaylioImport.cpp" line="177"/>
        <source>%n activities were left out because the list of effort tags is full.</source>
        <translation>
            <numerusform>%n activity was left out because the list of effort tags is full.</numerusform>
            <numerusform>%n activities were left out because the list of effort tags is full.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/services/DaylioImport.cpp" line="180"/>
        <source>%n activities were left out: a check-in holds at most %1 effort tags.</source>
        <translation>
            <numerusform>%n activity was left out: a check-in holds at most %1 effort tags.</numerusform>
            <numerusform>%n activities were left out: a check-in holds at most %1 effort tags.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaylioImportDialog</name>
    <message numerus="yes">
        <location filename="../qml/settings/DaylioImportDialog.qml" line="67"/>
        <source>%1: %n entries, %2.</source>
        <translation>
            <numerusform>%1: %n entry, %2.</numerusform>
            <numerusform>%1: %n entries, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/DaylioImportDialog.qml" line="140"/>
        <source>%n entries have no mood level yet: they are imported without a check-in.</source>
        <translation>
            <numerusform>%n entry has no mood level yet: it is imported without a check-in.</numerusform>
            <numerusform>%n entries have no mood level yet: they are imported without a check-in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/DaylioImportDialog.qml" line="186"/>
        <source>Import %n records</source>
        <translation>
            <numerusform>Import %n record</numerusform>
            <numerusform>Import %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxButton</name>
    <message numerus="yes">
        <location filename="../qml/reminders/InboxButton.qml" line="13"/>
        <source>Reminders, %n new</source>
        <translation>
            <numerusform>Reminders, %n new</numerusform>
            <numerusform>Reminders, %n new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message numerus="yes">
        <location filename="../qml/reminders/InboxPanel.qml" line="111"/>
        <source>Snoozed for %n days.</source>
        <translation>
            <numerusform>Snoozed for %n day.</numerusform>
            <numerusform>Snoozed for %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsController</name>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="46"/>
        <source>No mood check-ins in the last %n days.</source>
        <translation>
            <numerusform>No mood check-ins in the last day.</numerusform>
            <numerusform>No mood check-ins in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="48"/>
        <source>Average mood %1 over the last %2 days, on %n days</source>
        <translation>
            <numerusform>Average mood %1 over the last %2 days, on %n day</numerusform>
            <numerusform>Average mood %1 over the last %2 days, on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="103"/>
        <source>Current effort streak: %n days</source>
        <translation>
            <numerusform>Current effort streak: %n day</numerusform>
            <numerusform>Current effort streak: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="105"/>
        <source>, best %n days in the past year</source>
        <translation>
            <numerusform>, best %n day in the past year</numerusform>
            <numerusform>, best %n days in the past year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="106"/>
        <source>. Effort on %n of the last 30 days</source>
        <translation>
            <numerusform>. Effort on %n of the last 30 days</numerusform>
            <numerusform>. Effort on %n of the last 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="108"/>
        <source>, %n planned rest days</source>
        <translation>
            <numerusform>, %n planned rest day</numerusform>
            <numerusform>, %n planned rest days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="130"/>
        <source>%1: %2 of %3 this week; target met in %4 of the last %n weeks.</source>
        <translation>
            <numerusform>%1: %2 of %3 this week; target met in %4 of the last %n week.</numerusform>
            <numerusform>%1: %2 of %3 this week; target met in %4 of the last %n weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="194"/>
        <source>Too few recoveries yet to see a trend (it takes %n).</source>
        <translation>
            <numerusform>Too few recoveries yet to see a trend (it takes %n).</numerusform>
            <numerusform>Too few recoveries yet to see a trend (it takes %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="230"/>
        <source>%n rejections</source>
        <translation>
            <numerusform>%n rejection</numerusform>
            <numerusform>%n rejections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="231"/>
        <source>, %n with a recovery measured</source>
        <translation>
            <numerusform>, %n with a recovery measured</numerusform>
            <numerusform>, %n with a recovery measured</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="259"/>
        <source>%n small wins in total</source>
        <translation>
            <numerusform>%n small win in total</numerusform>
            <numerusform>%n small wins in total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="260"/>
        <source>, %n in the last 30 days.</source>
        <translation>
            <numerusform>, %n in the last 30 days.</numerusform>
            <numerusform>, %n in the last 30 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="425"/>
        <source>%1: a mood on %n days</source>
        <translation>
            <numerusform>%1: a mood on %n day</numerusform>
            <numerusform>%1: a mood on %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsFunnelCard</name>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="55"/>
        <source>%1: %n sent</source>
        <translation>
            <numerusform>%1: %n sent</numerusform>
            <numerusform>%1: %n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="91"/>
        <source>%1: %n applications</source>
        <translation>
            <numerusform>%1: %n application</numerusform>
            <numerusform>%1: %n applications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsMoodCard</name>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsMoodCard.qml" line="95"/>
        <source>Dots: the day&apos;s mood. Line: %n-day moving average.</source>
        <translation>
            <numerusform>Dots: the day&apos;s mood. Line: %n-day moving average.</numerusform>
            <numerusform>Dots: the day&apos;s mood. Line: %n-day moving average.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsResilienceCard</name>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="31"/>
        <source>%1: back to your usual mood (%2) after %n days</source>
        <translation>
            <numerusform>%1: back to your usual mood (%2) after %n day</numerusform>
            <numerusform>%1: back to your usual mood (%2) after %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="35"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="62"/>
        <source>days on average to feel like yourself again, over %n measured recoveries.</source>
        <translation>
            <numerusform>days on average to feel like yourself again, over %n measured recovery.</numerusform>
            <numerusform>days on average to feel like yourself again, over %n measured recoveries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="214"/>
        <source>Only %n measured recoveries so far: read this as a hint, not a rule.</source>
        <translation>
            <numerusform>Only %n measured recovery so far: read this as a hint, not a rule.</numerusform>
            <numerusform>Only %n measured recoveries so far: read this as a hint, not a rule.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsStreakCard</name>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsStreakCard.qml" line="58"/>
        <source>day streak</source>
        <translation>
            <numerusform>day streak</numerusform>
            <numerusform>day streak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsStreakCard.qml" line="105"/>
        <source>Effort over the last %n days</source>
        <translation>
            <numerusform>Effort over the last %n day</numerusform>
            <numerusform>Effort over the last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderEngine</name>
    <message numerus="yes">
        <location filename="../backend/services/ReminderEngine.cpp" line="68"/>
        <source>Last in touch on %1 · every %n days</source>
        <translation>
            <numerusform>Last in touch on %1 · every day</numerusform>
            <numerusform>Last in touch on %1 · every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/services/ReminderEngine.cpp" line="69"/>
        <source>No contact logged since you added them · every %n days</source>
        <translation>
            <numerusform>No contact logged since you added them · every day</numerusform>
            <numerusform>No contact logged since you added them · every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message numerus="yes">
        <location filename="../backend/services/ReminderNotifier.cpp" line="61"/>
        <source>%n reminders are due</source>
        <translation>
            <numerusform>%n reminder is due</numerusform>
            <numerusform>%n reminders are due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message numerus="yes">
        <location filename="../qml/reminders/ReminderRow.qml" line="111"/>
        <source>For %n days</source>
        <translation>
            <numerusform>For %n day</numerusform>
            <numerusform>For %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersController</name>
    <message numerus="yes">
        <location filename="../backend/ui/RemindersController.cpp" line="38"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <location filename="../backend/ui/SyncController.cpp" line="39"/>
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/SyncController.cpp" line="41"/>
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/SyncController.cpp" line="43"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message numerus="yes">
        <location filename="../qml/settings/SyncSection.qml" line="113"/>
        <source>%n changes waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform>
            <numerusform>%n changes waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/SyncSection.qml" line="163"/>
        <source>%n versions kept from edits on two devices</source>
        <translation>
            <numerusform>%n version kept from edits on two devices</numerusform>
            <numerusform>%n versions kept from edits on two devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::DataController</name>
    <message numerus="yes">
        <location filename="../backend/ui/DataController.cpp" line="164"/>
        <source>Exported %n journal entries and everything else to “%1”. These files are not encrypted: keep them somewhere safe.</source>
        <translation>
            <numerusform>Exported %n journal entry and everything else to “%1”. These files are not encrypted: keep them somewhere safe.</numerusform>
            <numerusform>Exported %n journal entries and everything else to “%1”. These files are not encrypted: keep them somewhere safe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/DataController.cpp" line="202"/>
        <source>Backed up %n records to “%1”. You need its passphrase to restore it.</source>
        <translation>
            <numerusform>Backed up %n record to “%1”. You need its passphrase to restore it.</numerusform>
            <numerusform>Backed up %n records to “%1”. You need its passphrase to restore it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/DataController.cpp" line="281"/>
        <source>Imported %n check-ins</source>
        <translation>
            <numerusform>Imported %n check-in</numerusform>
            <numerusform>Imported %n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/DataController.cpp" line="282"/>
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n journal entry</numerusform>
            <numerusform>%n journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/DataController.cpp" line="284"/>
        <source>%n new effort tags</source>
        <translation>
            <numerusform>%n new effort tag</numerusform>
            <numerusform>%n new effort tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/DataController.cpp" line="287"/>
        <source>%n entries were already imported and were skipped.</source>
        <translation>
            <numerusform>%n entry was already imported and was skipped.</numerusform>
            <numerusform>%n entries were already imported and were skipped.</numerusform>
        </translation>
    </message>
</context>
</TS>
