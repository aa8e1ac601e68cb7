<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutSection</name>
    <message>
        <location filename="../qml/settings/AboutSection.qml" line="14"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../qml/settings/AboutSection.qml" line="19"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../qml/settings/AboutSection.qml" line="22"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../qml/settings/AboutSection.qml" line="25"/>
        <source>Vault location</source>
        <translation>Speicherort des Tresors</translation>
    </message>
    <message>
        <location filename="../qml/settings/AboutSection.qml" line="68"/>
        <source>Your data is encrypted on this device with SQLCipher; keys are derived from your passphrase with Argon2id.</source>
        <translation>Deine Daten sind auf diesem Gerät mit SQLCipher verschlüsselt; die Schlüssel werden mit Argon2id aus deiner Passphrase abgeleitet.</translation>
    </message>
    <message>
        <location filename="../qml/settings/AboutSection.qml" line="78"/>
        <source>Built with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <location filename="../qml/settings/AboutSection.qml" line="87"/>
        <source>public domain</source>
        <translation>gemeinfrei</translation>
    </message>
    <message>
        <location filename="../qml/settings/AboutSection.qml" line="97"/>
        <source>%1, licence %2</source>
        <translation>%1, Lizenz %2</translation>
    </message>
</context>
<context>
    <name>AndroidNotifier</name>
    <message>
        <location filename="../platform/android/AndroidNotifier.cpp" line="35"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../platform/android/AndroidNotifier.cpp" line="51"/>
        <source>Notifications are turned off for Rebound in the system settings.</source>
        <translation>Benachrichtigungen für Rebound sind in den Systemeinstellungen ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../platform/android/AndroidNotifier.cpp" line="62"/>
        <source>Android refused the reminders notification channel.</source>
        <translation>Android hat den Benachrichtigungskanal für Erinnerungen abgelehnt.</translation>
    </message>
    <message>
        <location filename="../platform/android/AndroidNotifier.cpp" line="82"/>
        <source>Android did not show the notification.</source>
        <translation>Android hat die Benachrichtigung nicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>AppLogo</name>
    <message>
        <location filename="../qml/components/AppLogo.qml" line="20"/>
        <source>Rebound logo</source>
        <translation>Rebound-Logo</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message numerus="yes">
        <location filename="../qml/shell/AppShell.qml" line="421"/>
        <source>%n reminders are waiting for you.</source>
        <translation>
            <numerusform>%n Erinnerung wartet auf dich.</numerusform>
            <numerusform>%n Erinnerungen warten auf dich.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/shell/AppShell.qml" line="421"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>ApplicationBoard</name>
    <message>
        <location filename="../qml/jobs/ApplicationBoard.qml" line="27"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationBoard.qml" line="39"/>
        <source>Pipeline board</source>
        <translation>Bewerbungsübersicht</translation>
    </message>
</context>
<context>
    <name>ApplicationCard</name>
    <message>
        <location filename="../qml/jobs/ApplicationCard.qml" line="28"/>
        <source>Since today</source>
        <translation>Seit heute</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationCard.qml" line="28"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationCard.qml" line="28"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationCard.qml" line="29"/>
        <location filename="../qml/jobs/ApplicationCard.qml" line="134"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationCard.qml" line="41"/>
        <source>next interview %1</source>
        <translation>nächstes Gespräch %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationCard.qml" line="41"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationCard.qml" line="107"/>
        <source>Move %1 to…</source>
        <translation>%1 verschieben nach…</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="34"/>
        <source>Write a salary as a whole number, such as 65000 or 65k.</source>
        <translation>Gib das Gehalt als ganze Zahl ein, z. B. 65000 oder 65k.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="49"/>
        <source>The link must be a web address (http or https).</source>
        <translation>Der Link muss eine Webadresse sein (http oder https).</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="62"/>
        <source>Name the company.</source>
        <translation>Gib die Firma an.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="72"/>
        <source>The lowest salary is above the highest.</source>
        <translation>Das Mindestgehalt liegt über dem Höchstgehalt.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="75"/>
        <source>A currency is three letters, such as EUR or USD.</source>
        <translation>Eine Währung hat drei Buchstaben, z. B. EUR oder USD.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="147"/>
        <source>New application</source>
        <translation>Neue Bewerbung</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="147"/>
        <source>Edit application</source>
        <translation>Bewerbung bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="168"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="176"/>
        <source>e.g. Northwind Traders</source>
        <translation>z. B. Northwind Traders</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="179"/>
        <source>Company (required)</source>
        <translation>Firma (Pflichtfeld)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="184"/>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="194"/>
        <source>Role</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="191"/>
        <source>e.g. Data Analyst</source>
        <translation>z. B. Data Analyst</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="199"/>
        <source>Where it stands</source>
        <translation>Aktueller Stand</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="214"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="222"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="227"/>
        <source>Job ad</source>
        <translation>Stellenanzeige</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="238"/>
        <source>Link, e.g. jobs.example.com/123</source>
        <translation>Link, z. B. jobs.example.com/123</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="242"/>
        <source>Link to the job ad</source>
        <translation>Link zur Stellenanzeige</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="247"/>
        <source>Open the link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="254"/>
        <source>Found through</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="261"/>
        <source>e.g. LinkedIn or a referral</source>
        <translation>z. B. LinkedIn oder eine Empfehlung</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="264"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="282"/>
        <source>Use source %1</source>
        <translation>Quelle %1 verwenden</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="289"/>
        <source>Location and way of working</source>
        <translation>Ort und Arbeitsweise</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="296"/>
        <source>e.g. Berlin</source>
        <translation>z. B. Berlin</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="299"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="304"/>
        <source>Way of working</source>
        <translation>Arbeitsweise</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="312"/>
        <source>Salary range (optional)</source>
        <translation>Gehaltsspanne (optional)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="324"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="327"/>
        <source>Lowest salary</source>
        <translation>Mindestgehalt</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="331"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="341"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="344"/>
        <source>Highest salary</source>
        <translation>Höchstgehalt</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="351"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="356"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="361"/>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="374"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="369"/>
        <source>What caught your eye, questions to ask, next steps…</source>
        <translation>Was dir aufgefallen ist, Fragen, nächste Schritte…</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="391"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="393"/>
        <source>Delete application</source>
        <translation>Bewerbung löschen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="403"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="413"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="414"/>
        <source>Save application</source>
        <translation>Bewerbung speichern</translation>
    </message>
</context>
<context>
    <name>ApplicationList</name>
    <message>
        <location filename="../qml/jobs/ApplicationList.qml" line="31"/>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
</context>
<context>
    <name>ApplicationView</name>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="21"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="42"/>
        <source>Application: %1</source>
        <translation>Bewerbung: %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="42"/>
        <source>Application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="57"/>
        <source>Back to the applications</source>
        <translation>Zurück zu den Bewerbungen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="57"/>
        <source>Close the application</source>
        <translation>Bewerbung schließen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="68"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="70"/>
        <source>Delete application</source>
        <translation>Bewerbung löschen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="77"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="78"/>
        <source>Edit application</source>
        <translation>Bewerbung bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="163"/>
        <source>Since today</source>
        <translation>Seit heute</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="163"/>
        <source>Since %1 · 1 day</source>
        <translation>Seit %1 · 1 Tag</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="163"/>
        <source>Since %1 · %2 days</source>
        <translation>Seit %1 · %2 Tage</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="173"/>
        <source>Move to…</source>
        <translation>Verschieben nach…</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="175"/>
        <source>Move to another stage</source>
        <translation>In eine andere Phase verschieben</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="196"/>
        <source>Open the job ad: %1</source>
        <translation>Stellenanzeige öffnen: %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="228"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="235"/>
        <source>Salary</source>
        <translation>Gehalt</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="242"/>
        <source>Found through</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="259"/>
        <source>Interviews</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="260"/>
        <location filename="../qml/jobs/ApplicationView.qml" line="282"/>
        <location filename="../qml/jobs/ApplicationView.qml" line="315"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="261"/>
        <source>Add an interview</source>
        <translation>Gespräch hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="263"/>
        <source>Log an interview to get a prep reminder the day before and a place for your reflection.</source>
        <translation>Trag ein Gespräch ein, dann bekommst du am Vortag eine Erinnerung zur Vorbereitung und einen Platz für deine Gedanken danach.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="281"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="283"/>
        <source>Add feedback</source>
        <translation>Feedback hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="285"/>
        <source>Whatever you hear back, from them or from a mock interview, feeds your skills plan.</source>
        <translation>Was auch immer du hörst, von ihnen oder aus einem Übungsgespräch: Es fließt in deinen Kompetenzplan ein.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="303"/>
        <source>Stage history</source>
        <translation>Phasenverlauf</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="314"/>
        <source>People</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="316"/>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="318"/>
        <source>Recruiters, hiring managers, whoever referred you.</source>
        <translation>Recruiter, Hiring Manager, wer dich empfohlen hat.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="361"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="371"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="381"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="395"/>
        <source>%1, due %2</source>
        <translation>%1, fällig: %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="413"/>
        <source>Was due %1</source>
        <translation>War fällig: %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="428"/>
        <source>This application is gone</source>
        <translation>Diese Bewerbung gibt es nicht mehr</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="428"/>
        <source>Pick an application</source>
        <translation>Wähle eine Bewerbung</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="429"/>
        <source>It may have been deleted.</source>
        <translation>Sie wurde vielleicht gelöscht.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="429"/>
        <source>Its interviews, feedback and history open here.</source>
        <translation>Ihre Gespräche, ihr Feedback und ihr Verlauf öffnen sich hier.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../backend/services/Backup.cpp" line="59"/>
        <source>The backup file %1 is damaged or incomplete. Nothing was restored from it.</source>
        <translation>Die Sicherungsdatei %1 ist beschädigt oder unvollständig. Es wurde nichts daraus wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../backend/services/Backup.cpp" line="141"/>
        <source>There is not enough space to write the backup to %1.</source>
        <translation>Es ist nicht genug Speicherplatz frei, um die Sicherung in %1 zu schreiben.</translation>
    </message>
    <message>
        <location filename="../backend/services/Backup.cpp" line="142"/>
        <source>Could not write the backup to %1: %2</source>
        <translation>Die Sicherung konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../backend/services/Backup.cpp" line="169"/>
        <source>The key-derivation settings are out of the allowed range.</source>
        <translation>Die Einstellungen für die Schlüsselableitung liegen außerhalb des erlaubten Bereichs.</translation>
    </message>
    <message>
        <location filename="../backend/services/Backup.cpp" line="212"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../backend/services/Backup.cpp" line="217"/>
        <source>%1 is not a Rebound backup file.</source>
        <translation>%1 ist keine Rebound-Sicherungsdatei.</translation>
    </message>
    <message>
        <location filename="../backend/services/Backup.cpp" line="224"/>
        <source>This backup was made by a newer version of Rebound. Update the app to restore it.</source>
        <translation>Diese Sicherung wurde mit einer neueren Version von Rebound erstellt. Aktualisiere die App, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../backend/services/Backup.cpp" line="274"/>
        <source>The backup passphrase is wrong, or the file is damaged.</source>
        <translation>Die Sicherungs-Passphrase ist falsch, oder die Datei ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../backend/services/Backup.cpp" line="338"/>
        <source>A vault already exists in %1.</source>
        <translation>In %1 gibt es schon einen Tresor.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="24"/>
        <source>Create an encrypted backup</source>
        <translation>Verschlüsselte Sicherung erstellen</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="43"/>
        <source>Choose a passphrase for this backup. It can be your vault&apos;s. Nobody can open the backup without it, and nobody can recover it.</source>
        <translation>Wähle eine Passphrase für diese Sicherung. Es kann die deines Tresors sein. Ohne sie kann niemand die Sicherung öffnen, und eine vergessene Passphrase kann niemand wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="53"/>
        <source>Backup passphrase</source>
        <translation>Sicherungs-Passphrase</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="62"/>
        <source>Use at least %1 characters.</source>
        <translation>Verwende mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="69"/>
        <source>Repeat the backup passphrase</source>
        <translation>Sicherungs-Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="85"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="94"/>
        <source>Save backup…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="95"/>
        <source>Choose where to save the backup</source>
        <translation>Speicherort für die Sicherung wählen</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="103"/>
        <source>Save the backup as</source>
        <translation>Sicherung speichern unter</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="106"/>
        <source>Rebound backups (*.rebound-backup)</source>
        <translation>Rebound-Sicherungen (*.rebound-backup)</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <location filename="../qml/jobs/BoardColumn.qml" line="26"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/BoardColumn.qml" line="26"/>
        <source>1 application</source>
        <translation>1 Bewerbung</translation>
    </message>
    <message>
        <location filename="../qml/jobs/BoardColumn.qml" line="26"/>
        <source>%1 applications</source>
        <translation>%1 Bewerbungen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/BoardColumn.qml" line="121"/>
        <source>Nothing here</source>
        <translation>Hier ist nichts</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <location filename="../qml/shell/BottomBar.qml" line="19"/>
        <source>Main navigation</source>
        <translation>Hauptnavigation</translation>
    </message>
</context>
<context>
    <name>CalendarDayCell</name>
    <message>
        <location filename="../qml/journal/CalendarDayCell.qml" line="25"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarDayCell.qml" line="26"/>
        <source>mood %1</source>
        <translation>Stimmung %1</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarDayCell.qml" line="26"/>
        <source>no mood</source>
        <translation>keine Stimmung</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarDayCell.qml" line="28"/>
        <source>1 check-in</source>
        <translation>1 Check-in</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarDayCell.qml" line="28"/>
        <source>%1 check-ins</source>
        <translation>%1 Check-ins</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarDayCell.qml" line="30"/>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarDayCell.qml" line="30"/>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarDayCell.qml" line="32"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <location filename="../qml/journal/CalendarGrid.qml" line="39"/>
        <source>Month calendar</source>
        <translation>Monatskalender</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarGrid.qml" line="93"/>
        <source>%1 %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../qml/journal/CalendarView.qml" line="71"/>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarView.qml" line="89"/>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarView.qml" line="118"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarView.qml" line="119"/>
        <source>Back to this month</source>
        <translation>Zurück zum aktuellen Monat</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarView.qml" line="129"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarView.qml" line="151"/>
        <source>No journal entries on this day.</source>
        <translation>An diesem Tag gibt es keine Tagebucheinträge.</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarView.qml" line="161"/>
        <source>Tap a day to see its entries.</source>
        <translation>Tippe auf einen Tag, um seine Einträge zu sehen.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="36"/>
        <source>disappointed</source>
        <translation>enttäuscht</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="37"/>
        <source>frustrated</source>
        <translation>frustriert</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="38"/>
        <source>disheartened</source>
        <translation>entmutigt</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="39"/>
        <source>anxious</source>
        <translation>ängstlich</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="40"/>
        <source>embarrassed</source>
        <translation>beschämt</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="41"/>
        <source>overwhelmed</source>
        <translation>überfordert</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="42"/>
        <source>hopeful</source>
        <translation>hoffnungsvoll</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="43"/>
        <source>relieved</source>
        <translation>erleichtert</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="44"/>
        <source>proud</source>
        <translation>stolz</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="45"/>
        <source>motivated</source>
        <translation>motiviert</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="46"/>
        <source>calm</source>
        <translation>gelassen</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="47"/>
        <source>grateful</source>
        <translation>dankbar</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="52"/>
        <source>applied</source>
        <translation>beworben</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="53"/>
        <source>reached out</source>
        <translation>Kontakt aufgenommen</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="54"/>
        <source>practised</source>
        <translation>geübt</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="55"/>
        <source>learned</source>
        <translation>gelernt</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="56"/>
        <source>exercised</source>
        <translation>Sport gemacht</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="57"/>
        <source>rested</source>
        <translation>ausgeruht</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="137"/>
        <location filename="../backend/storage/CatalogRepository.cpp" line="205"/>
        <source>Please give it a name.</source>
        <translation>Bitte gib einen Namen ein.</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="143"/>
        <source>“%1” is already in the list, hidden. Show it again instead.</source>
        <translation>„%1“ ist schon in der Liste, aber ausgeblendet. Blende es stattdessen wieder ein.</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="144"/>
        <location filename="../backend/storage/CatalogRepository.cpp" line="214"/>
        <source>“%1” is already in the list.</source>
        <translation>„%1“ ist schon in der Liste.</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="148"/>
        <source>The list is full (at most %1 items).</source>
        <translation>Die Liste ist voll (höchstens %1 Einträge).</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="171"/>
        <source>That item no longer exists.</source>
        <translation>Diesen Eintrag gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>CatalogEditor</name>
    <message>
        <location filename="../qml/settings/CatalogEditor.qml" line="15"/>
        <source>New item</source>
        <translation>Neues Element</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogEditor.qml" line="82"/>
        <source>Kind of feeling</source>
        <translation>Art des Gefühls</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogEditor.qml" line="86"/>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogEditor.qml" line="89"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogEditor.qml" line="92"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogEditor.qml" line="99"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogEditor.qml" line="100"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>CatalogItemRow</name>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="24"/>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="24"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="24"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="34"/>
        <source>built-in</source>
        <translation>vorinstalliert</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="36"/>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="93"/>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="100"/>
        <source>Show %1 on the Today page</source>
        <translation>%1 auf der Seite „Heute“ anzeigen</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="117"/>
        <source>New name for %1</source>
        <translation>Neuer Name für %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="124"/>
        <source>Save name</source>
        <translation>Namen speichern</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="132"/>
        <source>Cancel renaming</source>
        <translation>Umbenennen abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="142"/>
        <source>Reset to original name</source>
        <translation>Ursprünglichen Namen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="143"/>
        <source>Reset %1 to its original name</source>
        <translation>Ursprünglichen Namen von %1 wiederherstellen</translation>
    </message>
</context>
<context>
    <name>CatalogSection</name>
    <message>
        <location filename="../qml/settings/CatalogSection.qml" line="15"/>
        <source>Emotions &amp; effort tags</source>
        <translation>Gefühle &amp; Einsatz-Tags</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogSection.qml" line="20"/>
        <source>List to edit</source>
        <translation>Zu bearbeitende Liste</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogSection.qml" line="24"/>
        <source>Emotions</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogSection.qml" line="27"/>
        <source>Effort tags</source>
        <translation>Einsatz-Tags</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogSection.qml" line="37"/>
        <source>Feelings you can name in a check-in. Hidden ones stay in past check-ins but are not offered.</source>
        <translation>Gefühle, die du in einem Check-in benennen kannst. Ausgeblendete bleiben in früheren Check-ins erhalten, werden aber nicht mehr angeboten.</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogSection.qml" line="37"/>
        <source>Things in your control that you did: applying, reaching out, practising, resting.</source>
        <translation>Dinge in deiner Hand, die du getan hast: dich bewerben, Kontakte knüpfen, üben, ausruhen.</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogSection.qml" line="56"/>
        <source>New emotion</source>
        <translation>Neues Gefühl</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogSection.qml" line="56"/>
        <source>New effort tag</source>
        <translation>Neuer Einsatz-Tag</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="30"/>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="136"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="57"/>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="67"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="68"/>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="79"/>
        <source>Use at least %1 characters.</source>
        <translation>Verwende mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="86"/>
        <source>Repeat the new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="95"/>
        <source>Nobody can recover a forgotten passphrase. Keep the new one somewhere safe.</source>
        <translation>Niemand kann eine vergessene Passphrase wiederherstellen. Bewahre die neue an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="116"/>
        <source>Changing passphrase</source>
        <translation>Passphrase wird geändert</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="125"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="135"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
</context>
<context>
    <name>CheckInCard</name>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="55"/>
        <source>How are you feeling?</source>
        <translation>Wie fühlst du dich?</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="76"/>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="77"/>
        <source>pick any</source>
        <translation>beliebig viele</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="84"/>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="94"/>
        <source>Hard feelings</source>
        <translation>Schwere Gefühle</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="95"/>
        <source>hard feeling</source>
        <translation>schweres Gefühl</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="104"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="114"/>
        <source>Good feelings</source>
        <translation>Gute Gefühle</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="115"/>
        <source>good feeling</source>
        <translation>gutes Gefühl</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="122"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="132"/>
        <source>Other feelings</source>
        <translation>Andere Gefühle</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="142"/>
        <location filename="../qml/today/CheckInCard.qml" line="151"/>
        <source>What you did</source>
        <translation>Was du getan hast</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="143"/>
        <source>effort counts</source>
        <translation>Einsatz zählt</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="152"/>
        <source>effort</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="160"/>
        <source>A line about it, if you like</source>
        <translation>Ein Satz dazu, wenn du magst</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="164"/>
        <source>Note, one line</source>
        <translation>Notiz, eine Zeile</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="174"/>
        <source>Saved privately in your vault.</source>
        <translation>Privat in deinem Tresor gespeichert.</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="174"/>
        <source>Pick a mood to save.</source>
        <translation>Wähle eine Stimmung zum Speichern.</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="183"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="184"/>
        <source>Save check-in</source>
        <translation>Check-in speichern</translation>
    </message>
</context>
<context>
    <name>CheckInSection</name>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="14"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="29"/>
        <source>Daily nudge</source>
        <translation>Tägliche Erinnerung</translation>
    </message>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="30"/>
        <source>A gentle reminder to check in once a day.</source>
        <translation>Eine sanfte Erinnerung, einmal am Tag einzuchecken.</translation>
    </message>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="34"/>
        <source>Daily check-in nudge</source>
        <translation>Tägliche Check-in-Erinnerung</translation>
    </message>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="41"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="43"/>
        <source>Every day at %1.</source>
        <translation>Jeden Tag um %1.</translation>
    </message>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="43"/>
        <source>Turn the nudge on to choose a time.</source>
        <translation>Schalte die Erinnerung ein, um eine Uhrzeit zu wählen.</translation>
    </message>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="49"/>
        <source>Nudge time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="69"/>
        <source>The nudge comes as a notification, only on days you have not checked in yet.</source>
        <translation>Die Erinnerung kommt als Benachrichtigung, nur an Tagen, an denen du noch nicht eingecheckt hast.</translation>
    </message>
</context>
<context>
    <name>CheckIns</name>
    <message>
        <location filename="../backend/storage/CheckInRepository.cpp" line="89"/>
        <source>Pick a mood from 1 to 5.</source>
        <translation>Wähle eine Stimmung von 1 bis 5.</translation>
    </message>
    <message>
        <location filename="../backend/storage/CheckInRepository.cpp" line="127"/>
        <source>That check-in no longer exists.</source>
        <translation>Diesen Check-in gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/storage/CheckInRepository.cpp" line="148"/>
        <source>That check-in is not deleted.</source>
        <translation>Dieser Check-in ist nicht gelöscht.</translation>
    </message>
    <message>
        <location filename="../backend/storage/CheckInRepository.cpp" line="250"/>
        <location filename="../backend/storage/CheckInRepository.cpp" line="266"/>
        <source>Write a few words about the win.</source>
        <translation>Schreib ein paar Worte zu deinem Erfolg.</translation>
    </message>
    <message>
        <location filename="../backend/storage/CheckInRepository.cpp" line="269"/>
        <source>That win is not deleted.</source>
        <translation>Dieser Erfolg ist nicht gelöscht.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="211"/>
        <source>Am I aiming at the right roles?</source>
        <translation>Ziele ich auf die richtigen Stellen?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="212"/>
        <source>Where do you get interviews, and where only silence? Do the roles fit your experience and what you want next?</source>
        <translation>Wo bekommst du Gespräche und wo nur Schweigen? Passen die Stellen zu deiner Erfahrung und zu dem, was du als Nächstes willst?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="214"/>
        <source>Do my skills or certifications need a refresh?</source>
        <translation>Brauchen meine Fähigkeiten oder Zertifikate eine Auffrischung?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="215"/>
        <source>Which gaps keep coming up in feedback? Is there a course, a project or a certificate that would close one?</source>
        <translation>Welche Lücken tauchen im Feedback immer wieder auf? Gibt es einen Kurs, ein Projekt oder ein Zertifikat, das eine davon schließen würde?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="217"/>
        <source>Is my interview approach working?</source>
        <translation>Funktioniert mein Vorgehen in Gesprächen?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="218"/>
        <source>How far do you usually get? Read your interview reflections: what would you do differently next time?</source>
        <translation>Wie weit kommst du meistens? Lies deine Reflexionen zu den Gesprächen: Was würdest du beim nächsten Mal anders machen?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="220"/>
        <source>Are my CV and cover letters up to date?</source>
        <translation>Sind mein Lebenslauf und meine Anschreiben aktuell?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="221"/>
        <source>Do they show your latest work and speak to the roles you want now? When did someone else last read them?</source>
        <translation>Zeigen sie deine neuesten Arbeiten und passen sie zu den Stellen, die du jetzt willst? Wann hat sie zuletzt jemand anderes gelesen?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="223"/>
        <source>Are there adjacent paths worth trying?</source>
        <translation>Gibt es benachbarte Wege, die einen Versuch wert sind?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="224"/>
        <source>Nearby roles, industries or kinds of company where your strengths count just as much.</source>
        <translation>Verwandte Rollen, Branchen oder Arten von Unternehmen, in denen deine Stärken genauso zählen.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="226"/>
        <source>Am I making the most of my network?</source>
        <translation>Nutze ich mein Netzwerk gut?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="227"/>
        <source>Who have you not talked to for a while? Who could introduce you, give you feedback or simply listen?</source>
        <translation>Mit wem hast du länger nicht gesprochen? Wer könnte dich vorstellen, dir Feedback geben oder einfach zuhören?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="229"/>
        <source>Am I looking after myself?</source>
        <translation>Achte ich auf mich selbst?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="230"/>
        <source>Sleep, movement, time off, people who lift you up. A steady pace lasts longer than a sprint.</source>
        <translation>Schlaf, Bewegung, freie Zeit, Menschen, die dich aufbauen. Ein ruhiges Tempo hält länger als ein Sprint.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="293"/>
        <source>Re-evaluate my search</source>
        <translation>Meine Suche neu bewerten</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="92"/>
        <source>Give the checklist a name.</source>
        <translation>Gib der Checkliste einen Namen.</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="159"/>
        <source>Question deleted</source>
        <translation>Frage gelöscht</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="159"/>
        <location filename="../qml/goals/ChecklistEditor.qml" line="182"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="171"/>
        <source>Copied as “%1”</source>
        <translation>Kopiert als „%1“</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="182"/>
        <source>Checklist “%1” deleted</source>
        <translation>Checkliste „%1“ gelöscht</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="207"/>
        <source>New checklist</source>
        <translation>Neue Checkliste</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="207"/>
        <source>Edit checklist</source>
        <translation>Checkliste bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="237"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="245"/>
        <source>e.g. Monthly check on my search</source>
        <translation>z. B. Monatlicher Blick auf meine Suche</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="248"/>
        <source>Checklist name (required)</source>
        <translation>Name der Checkliste (Pflichtfeld)</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="257"/>
        <source>Review it</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="272"/>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="272"/>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="272"/>
        <source>Every %1 weeks</source>
        <translation>Alle %1 Wochen</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="273"/>
        <source>Review every how many weeks: %1</source>
        <translation>Rückblick alle wie viele Wochen: %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="282"/>
        <source>Review it whenever you like.</source>
        <translation>Schau sie dir an, wann immer du magst.</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="282"/>
        <source>Today reminds you when it is due.</source>
        <translation>Die Seite „Heute“ erinnert dich, wenn es so weit ist.</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="295"/>
        <source>Create and add questions</source>
        <translation>Erstellen und Fragen hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="315"/>
        <source>1 question</source>
        <translation>1 Frage</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="315"/>
        <source>%1 questions</source>
        <translation>%1 Fragen</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="326"/>
        <source>Add a question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="338"/>
        <source>Add the questions you want to ask yourself at each review. Keep them kind and honest.</source>
        <translation>Füge die Fragen hinzu, die du dir bei jedem Rückblick stellen möchtest. Bleib dabei freundlich und ehrlich.</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="388"/>
        <source>A new question, e.g. Am I resting enough?</source>
        <translation>Eine neue Frage, z. B. Ruhe ich mich genug aus?</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="391"/>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="399"/>
        <source>A hint: what to think about (optional)</source>
        <translation>Ein Hinweis: worüber du nachdenken kannst (optional)</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="404"/>
        <source>Hint for the new question</source>
        <translation>Hinweis für die neue Frage</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="417"/>
        <location filename="../qml/goals/ChecklistEditor.qml" line="470"/>
        <location filename="../qml/goals/ChecklistEditor.qml" line="471"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="418"/>
        <source>Cancel the new question</source>
        <translation>Neue Frage verwerfen</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="430"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="431"/>
        <source>Add the question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="447"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="449"/>
        <source>Delete checklist</source>
        <translation>Checkliste löschen</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="456"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="457"/>
        <source>Duplicate checklist</source>
        <translation>Checkliste duplizieren</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="470"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="471"/>
        <source>Done editing the checklist</source>
        <translation>Bearbeitung der Checkliste beenden</translation>
    </message>
</context>
<context>
    <name>ChecklistItemRow</name>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="48"/>
        <source>Question %1: %2</source>
        <translation>Frage %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="69"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="111"/>
        <source>Move up: %1</source>
        <translation>Nach oben: %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="119"/>
        <source>Edit: %1</source>
        <translation>Bearbeiten: %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="127"/>
        <source>Move down: %1</source>
        <translation>Nach unten: %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="135"/>
        <source>Delete: %1</source>
        <translation>Löschen: %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="148"/>
        <source>The question</source>
        <translation>Die Frage</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="151"/>
        <source>Question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="161"/>
        <source>A hint: what to think about (optional)</source>
        <translation>Ein Hinweis: worüber du nachdenken kannst (optional)</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="166"/>
        <source>Hint for question %1</source>
        <translation>Hinweis für Frage %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="180"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="181"/>
        <source>Cancel editing question %1</source>
        <translation>Bearbeiten von Frage %1 abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="188"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="189"/>
        <source>Save question %1</source>
        <translation>Frage %1 speichern</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="73"/>
        <source>%1 can only be given once.</source>
        <translation>%1 darf nur einmal angegeben werden.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="92"/>
        <location filename="../backend/cli/Arguments.cpp" line="96"/>
        <location filename="../backend/cli/Arguments.cpp" line="99"/>
        <source>%1 does not take %2.</source>
        <translation>%1 kennt die Option %2 nicht.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="104"/>
        <source>Unexpected word: %1</source>
        <translation>Unerwartetes Wort: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="110"/>
        <source>Applications:
  app add --company C [--role R] [--link URL] [--source S] [--location L]
          [--remote onsite|hybrid|remote] [--salary MIN-MAX|N] [--currency EUR]
          [--stage KEY] [--date D] [--note N] [--notes TEXT|-]
          [--contact &quot;NAME[:role][&lt;email&gt;]&quot;]... [--json]
      add an application and print its ID. --stage is where it stands (default
      applied) and --date when it got there (default today); --note goes with that
      first step. --salary takes 60000-80000, 60k-80k or one figure. --contact adds
      a person, e.g. &quot;Ana Ruiz:recruiter&lt;ana@example.com&gt;&quot;; roles: recruiter,
      interviewer, hiring_manager, referrer, other (default recruiter).
  app list [--stage KEY[,KEY]] [--open | --closed] [--search TEXT] [--source S]
           [--remote MODE] [--json]
      applications grouped by stage, in pipeline order, most recently moved first.
      --open: still in progress; --closed: accepted, rejected, withdrawn, no answer.
      --search matches words (as prefixes) in company, role, location, source,
      notes and people&apos;s names.
  app show ID [--json]
      every field, the stage history, people, interviews, feedback and reminders.
  app stage ID STAGE [--date D] [--note N] [--json]
      record that the application reached STAGE (on D, default today). Moving to
      rejected also prepares the guided rejection flow, which waits for you in the
      app (it is a conversation, not something a terminal can do well).
  app edit ID [the options of app add except --stage, --date, --note] [--json]
      changes the given fields; &quot;&quot; clears one (e.g. --salary &quot;&quot;). --contact adds a
      person, or updates the role and e-mail of the one with that name.
  app delete ID [--yes]
      deletes the application with its history, people, interviews and reminders;
      its feedback stays in your skills plan. Asks first on a terminal; without
      a terminal, --yes is required.
  app export [--format csv|json] [--output FILE]
      every application (CSV: one row each; JSON: with history, people and
      interviews) to stdout or FILE (written atomically, readable only by you; CSV
      files start with a byte-order mark for spreadsheets). The export is NOT
      encrypted.

  STAGE/KEY: saved, applied, screening, interviewing, final_round, offer, accepted,
             rejected, withdrawn, no_answer (&quot;final-round&quot; and &quot;Final round&quot; work).
</source>
        <translation>Bewerbungen:
  app add --company C [--role R] [--link URL] [--source S] [--location L]
          [--remote onsite|hybrid|remote] [--salary MIN-MAX|N] [--currency EUR]
          [--stage KEY] [--date D] [--note N] [--notes TEXT|-]
          [--contact &quot;NAME[:role][&lt;email&gt;]&quot;]... [--json]
      fügt eine Bewerbung hinzu und gibt ihre ID aus. --stage ist die aktuelle
      Phase (Standard: applied), --date der Tag, an dem sie erreicht wurde
      (Standard: heute); --note gehört zu diesem ersten Schritt. --salary nimmt
      60000-80000, 60k-80k oder einen Betrag. --contact fügt eine Person hinzu,
      z. B. &quot;Ana Ruiz:recruiter&lt;ana@example.com&gt;&quot;; Rollen: recruiter,
      interviewer, hiring_manager, referrer, other (Standard: recruiter).
  app list [--stage KEY[,KEY]] [--open | --closed] [--search TEXT] [--source S]
           [--remote MODE] [--json]
      Bewerbungen nach Phase gruppiert, in der Reihenfolge des Ablaufs, zuletzt
      geänderte zuerst. --open: noch offen; --closed: angenommen, abgesagt,
      zurückgezogen, keine Antwort. --search findet Wörter (auch als Präfix) in
      Firma, Rolle, Ort, Quelle, Notizen und Namen von Personen.
  app show ID [--json]
      alle Felder, der Phasenverlauf, Personen, Gespräche, Feedback und Erinnerungen.
  app stage ID STAGE [--date D] [--note N] [--json]
      hält fest, dass die Bewerbung STAGE erreicht hat (am Tag D, Standard: heute).
      Der Wechsel zu rejected bereitet auch den geführten Ablauf nach einer Absage
      vor, der in der App auf dich wartet (er ist ein Gespräch, nichts, was ein
      Terminal gut kann).
  app edit ID [die Optionen von app add außer --stage, --date, --note] [--json]
      ändert die angegebenen Felder; &quot;&quot; leert eines (z. B. --salary &quot;&quot;). --contact
      fügt eine Person hinzu oder ändert Rolle und E-Mail der Person mit diesem Namen.
  app delete ID [--yes]
      löscht die Bewerbung samt Verlauf, Personen, Gesprächen und Erinnerungen;
      ihr Feedback bleibt in deinem Kompetenzplan. Fragt im Terminal vorher nach;
      ohne Terminal ist --yes nötig.
  app export [--format csv|json] [--output FILE]
      alle Bewerbungen (CSV: je eine Zeile; JSON: mit Verlauf, Personen und
      Gesprächen) nach stdout oder FILE (atomar geschrieben, nur für dich lesbar;
      CSV-Dateien beginnen für Tabellenprogramme mit einer Byte-Order-Mark). Der
      Export ist NICHT verschlüsselt.

  STAGE/KEY: saved, applied, screening, interviewing, final_round, offer, accepted,
             rejected, withdrawn, no_answer (&quot;final-round&quot; und &quot;Final round&quot; gehen auch).
</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="150"/>
        <source>Interviews:
  interview add APP_ID --at &quot;YYYY-MM-DD HH:MM&quot;
          [--kind phone_screen|technical|behavioural|panel|final] [--with NAME]...
          [--before 1-5] [--after 1-5] [--stumped T] [--less-confident T]
          [--went-well T] [--differently T] [--notes T] [--json]
      log an interview (local time) and print its ID. One for the future gets a
      reminder to prepare the day before. --before and --after are how confident you
      felt; the reflection fields are for afterwards (see interview edit).
  interview edit ID [the options of interview add] [--json]
      change the given fields, e.g. add your reflection after the interview.
  interview list [APP_ID] [--upcoming] [--json]
      newest first; with APP_ID that application&apos;s, in order; --upcoming: the
      ones still ahead, soonest first.
</source>
        <translation>Gespräche:
  interview add APP_ID --at &quot;YYYY-MM-DD HH:MM&quot;
          [--kind phone_screen|technical|behavioural|panel|final] [--with NAME]...
          [--before 1-5] [--after 1-5] [--stumped T] [--less-confident T]
          [--went-well T] [--differently T] [--notes T] [--json]
      erfasst ein Gespräch (Ortszeit) und gibt seine ID aus. Für ein künftiges gibt
      es am Vortag eine Erinnerung zur Vorbereitung. --before und --after sagen, wie
      sicher du dich gefühlt hast; die Reflexionsfelder sind für danach (siehe
      interview edit).
  interview edit ID [die Optionen von interview add] [--json]
      ändert die angegebenen Felder, z. B. um nach dem Gespräch deine Reflexion zu ergänzen.
  interview list [APP_ID] [--upcoming] [--json]
      neueste zuerst; mit APP_ID die Gespräche dieser Bewerbung, der Reihe nach;
      --upcoming: die noch anstehenden, nächste zuerst.
</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="166"/>
        <source>Feedback:
  feedback add [--app ID] [--interview ID] [--source employer|mock|self] [--date D]
               [--text T|-] [--strength SKILL]... [--weakness SKILL]... [--json]
      note feedback and the skills it names (created on first use, matched
      ignoring case). An interview implies its application. Give the text, a skill,
      or both.
  feedback list [--app ID] [--json]          newest first
</source>
        <translation>Feedback:
  feedback add [--app ID] [--interview ID] [--source employer|mock|self] [--date D]
               [--text T|-] [--strength SKILL]... [--weakness SKILL]... [--json]
      notiert Feedback und die Fähigkeiten, die es nennt (beim ersten Mal angelegt,
      Groß-/Kleinschreibung egal). Ein Gespräch bestimmt auch seine Bewerbung. Gib
      den Text, eine Fähigkeit oder beides an.
  feedback list [--app ID] [--json]          neueste zuerst
</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="176"/>
        <source>Skills plan:
  skills [--json]
      strengths, then weaknesses, ranked by how often and how recently feedback
      names them (a mention loses half its weight every 90 days), with the actions
      planned for each weakness.
  skills action add SKILL --title T [--kind KIND] [--due D] [--json]
      plan something for a skill. KIND: course, mock_interview, practice (default),
      certification, reading.
  skills action done ACTION_ID
  skills pitch SKILL [TEXT | -]
      how you tell a strength in an interview; without TEXT (or with -) it is read
      from stdin. SKILL is a name as &quot;skills&quot; shows it.
</source>
        <translation>Kompetenzplan:
  skills [--json]
      Stärken, dann Schwächen, geordnet danach, wie oft und wie kürzlich Feedback
      sie nennt (eine Erwähnung verliert alle 90 Tage die Hälfte ihres Gewichts),
      mit den Maßnahmen, die für jede Schwäche geplant sind.
  skills action add SKILL --title T [--kind KIND] [--due D] [--json]
      plant eine Maßnahme für eine Fähigkeit. KIND: course, mock_interview,
      practice (Standard), certification, reading.
  skills action done ACTION_ID
  skills pitch SKILL [TEXT | -]
      wie du eine Stärke im Gespräch darstellst; ohne TEXT (oder mit -) wird er von
      stdin gelesen. SKILL ist ein Name, wie &quot;skills&quot; ihn anzeigt.
</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="191"/>
        <source>Goals:
  goal add TITLE [--kind role|industry|skill|certification|effort|other] [--notes T]
           [--by D] [--metric M --per-week N] [--alternative-to GOAL_ID] [--json]
      add a goal and print its ID. A weekly effort goal (--kind effort, implied by
      --metric) counts M against N a week. M: applications, interviews, journal, or
      effort:NAME for check-ins tagged with that effort (e.g. effort:&quot;reached out&quot;).
      --alternative-to makes it an alternative path next to that goal (same kind
      unless --kind says otherwise).
  goal north-star [TEXT] [--notes T] [--json]
      show the long-term goal you keep your eye on, or set it; &quot;&quot; clears it.
  goal list [--all] [--json]
      open goals by kind, alternatives under their goal, effort goals with this
      week&apos;s count; --all adds achieved and dropped ones.
  goal edit ID [--title T] [--notes T] [--by D] [--status active|paused|achieved|dropped]
           [--metric M] [--per-week N] [--json]
      changes the given fields; --by &quot;&quot; and --notes &quot;&quot; clear them.
  goal done ID                 mark it achieved
  goal delete ID [--yes]       delete it with its alternative paths
</source>
        <translation>Ziele:
  goal add TITLE [--kind role|industry|skill|certification|effort|other] [--notes T]
           [--by D] [--metric M --per-week N] [--alternative-to GOAL_ID] [--json]
      fügt ein Ziel hinzu und gibt seine ID aus. Ein wöchentliches Einsatz-Ziel
      (--kind effort, folgt aus --metric) zählt M gegen N pro Woche. M: applications,
      interviews, journal oder effort:NAME für Check-ins mit diesem Einsatz (z. B.
      effort:&quot;Kontakt aufgenommen&quot;).
      --alternative-to macht es zu einem alternativen Weg neben diesem Ziel (gleiche
      Art, außer --kind sagt etwas anderes).
  goal north-star [TEXT] [--notes T] [--json]
      zeigt deinen Leitstern, das langfristige Ziel, das du im Blick behältst, oder
      legt ihn fest; &quot;&quot; löscht ihn.
  goal list [--all] [--json]
      offene Ziele nach Art, Alternativen unter ihrem Ziel, Einsatz-Ziele mit dem
      Stand dieser Woche; --all zeigt auch erreichte und aufgegebene.
  goal edit ID [--title T] [--notes T] [--by D] [--status active|paused|achieved|dropped]
           [--metric M] [--per-week N] [--json]
      ändert die angegebenen Felder; --by &quot;&quot; und --notes &quot;&quot; leeren sie.
  goal done ID                 als erreicht markieren
  goal delete ID [--yes]       samt seinen alternativen Wegen löschen
</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="212"/>
        <source>Checklists and reviews:
  checklist list [--json]      the re-evaluation checklists, when each is due
  review start [--checklist NAME_OR_ID] [--json]
      start a review of the checklist (default: the default one), or resume the one
      in progress; prints its ID and the numbered questions.
  review answer REVIEW_ID N yes|no|unsure [--note T]
           [--follow-up-goal TITLE [--goal-kind KIND]]
           [--follow-up-action TITLE --skill NAME [--action-kind KIND]]
           [--follow-up-status GOAL_ID:STATUS] [--no-follow-up] [--json]
      answer question N (from 1). A follow-up (at most one) is done when the review
      is finished: a new goal, a goal&apos;s new status, or a skills action (the skill is
      created if new). The note and follow-up stay as they were unless given.
  review finish REVIEW_ID [--json]
      finish the review and carry out its follow-ups; it is read-only afterwards.
  review list [--json]         every review, newest first, with what changed
  review show REVIEW_ID [--json]
      the answers, and what changed since the previous review of that checklist:
      answers, effort against targets, mood, applications, goals.
  review export REVIEW_ID [--output FILE]
      the review as Markdown for a coach or mentor, to stdout or FILE (written
      atomically, readable only by you). The export is NOT encrypted.
</source>
        <translation>Checklisten und Rückblicke:
  checklist list [--json]      die Checklisten zur Neubewertung, und wann jede fällig ist
  review start [--checklist NAME_OR_ID] [--json]
      beginnt einen Rückblick mit der Checkliste (Standard: die Standard-Checkliste)
      oder setzt den laufenden fort; gibt seine ID und die nummerierten Fragen aus.
  review answer REVIEW_ID N yes|no|unsure [--note T]
           [--follow-up-goal TITLE [--goal-kind KIND]]
           [--follow-up-action TITLE --skill NAME [--action-kind KIND]]
           [--follow-up-status GOAL_ID:STATUS] [--no-follow-up] [--json]
      beantwortet Frage N (ab 1). Ein Folgeschritt (höchstens einer) wird beim
      Abschluss des Rückblicks ausgeführt: ein neues Ziel, ein neuer Status für ein
      Ziel oder eine Kompetenz-Maßnahme (die Fähigkeit wird angelegt, falls neu).
      Notiz und Folgeschritt bleiben, wie sie sind, wenn sie nicht angegeben werden.
  review finish REVIEW_ID [--json]
      schließt den Rückblick ab und führt seine Folgeschritte aus; danach ist er
      schreibgeschützt.
  review list [--json]         alle Rückblicke, neueste zuerst, mit den Änderungen
  review show REVIEW_ID [--json]
      die Antworten und was sich seit dem vorigen Rückblick dieser Checkliste geändert
      hat: Antworten, Einsatz gegenüber Zielwerten, Stimmung, Bewerbungen, Ziele.
  review export REVIEW_ID [--output FILE]
      der Rückblick als Markdown für einen Coach oder Mentor, nach stdout oder FILE
      (atomar geschrieben, nur für dich lesbar). Der Export ist NICHT verschlüsselt.
</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="236"/>
        <source>Contacts:
  contact add --name N [--company C] [--role R] [--email E]... [--phone P]... [--url URL]
              [--met T] [--tag TAG]... [--notes T|-] [--cadence DAYS|off|tags] [--json]
      add a contact and print its ID. --met is how you met. TAG: recruiter,
      interviewer, hiring_manager, mentor, peer, support (friends, family, a career
      counsellor). --cadence: keep in touch every DAYS days, off, or tags (default:
      the shortest default of its tags, editable in the app).
  contact list [--search TEXT] [--tag TAG] [--due] [--json]
      by name, with when you were last in touch and when the next catch-up is due;
      --due: only those due or overdue, most overdue first.
  contact show ID [--json]
      every field, the keep-in-touch status, interactions and linked applications.
  contact log ID [--kind message|email|call|meeting|coffee|event] [--date D] [--note T|-] [--json]
      log an interaction (default: a message today); it restarts the keep-in-touch clock.
  contact edit ID [the options of contact add] [--json]
      changes the given fields; --email, --phone and --tag replace the lists, &quot;&quot; clears.
  contact delete ID [--yes]
      deletes the contact and its interactions; applications keep the person&apos;s name.
  contact import FILE [--skip-duplicates] [--yes]
      reads a vCard file (3.0 or 4.0), shows what it holds and who is already here
      (same email or phone), asks, then imports all of it in one go. A malformed file
      is refused with the line of the problem, and nothing is imported.
  contact export [--output FILE]
      every contact as vCard 4.0 to stdout or FILE (written atomically, readable only
      by you). The export is NOT encrypted.
</source>
        <translation>Kontakte:
  contact add --name N [--company C] [--role R] [--email E]... [--phone P]... [--url URL]
              [--met T] [--tag TAG]... [--notes T|-] [--cadence DAYS|off|tags] [--json]
      fügt einen Kontakt hinzu und gibt seine ID aus. --met: wie ihr euch kennt.
      TAG: recruiter, interviewer, hiring_manager, mentor, peer, support (Freunde,
      Familie, eine Berufsberatung). --cadence: alle DAYS Tage in Kontakt bleiben,
      off oder tags (Standard: der kürzeste Standardwert seiner Tags, in der App
      änderbar).
  contact list [--search TEXT] [--tag TAG] [--due] [--json]
      nach Name, mit dem letzten Kontakt und wann das nächste Melden fällig ist;
      --due: nur fällige oder überfällige, die am längsten überfälligen zuerst.
  contact show ID [--json]
      alle Felder, der In-Kontakt-bleiben-Status, Interaktionen und verknüpfte Bewerbungen.
  contact log ID [--kind message|email|call|meeting|coffee|event] [--date D] [--note T|-] [--json]
      erfasst eine Interaktion (Standard: eine Nachricht heute); sie startet die
      In-Kontakt-bleiben-Frist neu.
  contact edit ID [die Optionen von contact add] [--json]
      ändert die angegebenen Felder; --email, --phone und --tag ersetzen die Listen,
      &quot;&quot; leert sie.
  contact delete ID [--yes]
      löscht den Kontakt und seine Interaktionen; Bewerbungen behalten den Namen der Person.
  contact import FILE [--skip-duplicates] [--yes]
      liest eine vCard-Datei (3.0 oder 4.0), zeigt, was sie enthält und wer schon da
      ist (gleiche E-Mail oder Telefonnummer), fragt nach und importiert dann alles auf
      einmal. Eine fehlerhafte Datei wird mit der Zeile des Problems abgelehnt, und
      nichts wird importiert.
  contact export [--output FILE]
      alle Kontakte als vCard 4.0 nach stdout oder FILE (atomar geschrieben, nur für
      dich lesbar). Der Export ist NICHT verschlüsselt.
</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="264"/>
        <source>Reminders:
  reminders [--days N] [--json]
      what is due now and what comes in the next N days (default 14): keep in touch,
      feedback follow-ups, re-apply windows, interview prep, the check-in nudge, goal
      reviews and skills actions, at the reminder time set in the app (Settings).
  reminders --due [--json]      only what is due now
  reminders --ics FILE [--days N]
      the upcoming reminders as an iCalendar file (FILE, or - for stdout) any calendar
      can import. It is NOT encrypted.
  reminders --notify
      shows what came due as desktop notifications, each once; for the systemd user
      timer (platform/linux/install-reminder-timer.sh, or the switch in Settings). It
      never asks for the passphrase: it needs the key remembered on this device
      (&quot;Remember on this device&quot; in the app) and otherwise exits 5, changing nothing.
</source>
        <translation>Erinnerungen:
  reminders [--days N] [--json]
      was jetzt fällig ist und was in den nächsten N Tagen kommt (Standard 14): in
      Kontakt bleiben, Nachfassen nach Feedback, Fristen für erneute Bewerbungen,
      Gesprächsvorbereitung, der Check-in-Anstoß, Ziel-Rückblicke und Kompetenz-
      Maßnahmen, zur in der App eingestellten Erinnerungszeit (Einstellungen).
  reminders --due [--json]      nur, was jetzt fällig ist
  reminders --ics FILE [--days N]
      die anstehenden Erinnerungen als iCalendar-Datei (FILE oder - für stdout), die
      jeder Kalender importieren kann. Sie ist NICHT verschlüsselt.
  reminders --notify
      zeigt Fälliges als Desktop-Benachrichtigungen, jeweils einmal; für den
      systemd-Benutzer-Timer (platform/linux/install-reminder-timer.sh oder der
      Schalter in den Einstellungen). Fragt nie nach der Passphrase: Es braucht den
      auf diesem Gerät gemerkten Schlüssel („Auf diesem Gerät merken“ in der App)
      und beendet sich sonst mit 5, ohne etwas zu ändern.
</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="281"/>
        <source>Insights (the figures of the app&apos;s Insights page):
  insights [--year YYYY] [--rest-days DAYS] [--json]
      mood over 7, 30 and 365 days with a moving average; the year in pixels
      (one digit 1-5 per day, . = no mood; --year picks another year); effort
      streaks (what you control: applications, outreach, practice, learning,
      journaling) and weekly effort goals; the pipeline funnel (all time and
      per month for 12 months, with the conversion from each step to the next);
      resilience: for each rejection the days until the 3-day mood average is
      back to the 30-day baseline before it, their trend, and the efforts that
      went with faster recovery; wins, with past wins brought back on a low
      day.
      Planned rest days do not break a streak. They are the ones set in the app
      (Settings; default: the weekend of your locale); --rest-days overrides
      them for this run: weekday numbers 1 (Monday) to 7 (Sunday) or names,
      e.g. 6,7 or sat,sun, or none.

  --json prints one object: today, rest_weekdays [1-7], mood {week, month,
  year: {days, window, days_with_mood, mean, first_average, last_average,
  points [{date, mood, average}]}}, year_in_pixels {year, days_with_mood,
  level_counts [6], levels [one per day, 0 = none], months [{month,
  days_with_mood, mean_level}], years}, effort {current, current_start,
  today_done, best, best_start, best_end, active_days_30, rest_days_30, last_7
  {KIND: n}, last_30, recent [{date, rest, total, counts}]} with KIND
  applications, outreach, practice, learning, journaling, other; goals [{id,
  title, metric, metric_label, target, this_week, weeks_met, weeks_counted,
  average_per_week, weeks}]; funnel {steps, all_time, months [{month, reached
  {STEP: n}, conversion {STEP: 0-1}}]} with STEP applied, screening, interview,
  final, offer; resilience {rejections [{application_id, company, role, date,
  status, baseline, days, efforts}], recovered, mean_days, trend_slope (days
  per rejection), trend (shorter, longer, steady, not_enough_data), trend_text,
  efforts [{id, name, with_count, with_mean, without_count, without_mean,
  difference}]}; wins {total, last_30, low_mood, recent, resurfaced [{id, date,
  text}]}. Dates are YYYY-MM-DD; a figure that does not exist (no mood, no
  baseline, nothing to convert from) is null.
</source>
        <translation>Einblicke (die Zahlen der Einblicke-Seite der App):
  insights [--year YYYY] [--rest-days DAYS] [--json]
      Stimmung über 7, 30 und 365 Tage mit gleitendem Durchschnitt; das Jahr in
      Pixeln (eine Ziffer 1-5 pro Tag, . = keine Stimmung; --year wählt ein anderes
      Jahr); Einsatz-Serien (was du in der Hand hast: Bewerbungen, Kontaktaufnahme,
      Üben, Lernen, Tagebuch) und wöchentliche Einsatz-Ziele; der Bewerbungstrichter
      (insgesamt und pro Monat für 12 Monate, mit der Quote von jedem Schritt zum
      nächsten); Resilienz: für jede Absage die Tage, bis der 3-Tage-Durchschnitt
      der Stimmung wieder den 30-Tage-Ausgangswert davor erreicht, ihr Trend und der
      Einsatz, der mit schnellerer Erholung einherging; Erfolge, wobei frühere
      Erfolge an einem schwachen Tag wieder hervorgeholt werden.
      Geplante Ruhetage unterbrechen keine Serie. Es sind die in der App eingestellten
      (Einstellungen; Standard: das Wochenende deiner Region); --rest-days ersetzt
      sie für diesen Aufruf: Wochentagsnummern 1 (Montag) bis 7 (Sonntag) oder
      Namen, z. B. 6,7 oder sat,sun, oder none.

  --json gibt ein Objekt aus: today, rest_weekdays [1-7], mood {week, month,
  year: {days, window, days_with_mood, mean, first_average, last_average,
  points [{date, mood, average}]}}, year_in_pixels {year, days_with_mood,
  level_counts [6], levels [einer pro Tag, 0 = keiner], months [{month,
  days_with_mood, mean_level}], years}, effort {current, current_start,
  today_done, best, best_start, best_end, active_days_30, rest_days_30, last_7
  {KIND: n}, last_30, recent [{date, rest, total, counts}]} mit KIND
  applications, outreach, practice, learning, journaling, other; goals [{id,
  title, metric, metric_label, target, this_week, weeks_met, weeks_counted,
  average_per_week, weeks}]; funnel {steps, all_time, months [{month, reached
  {STEP: n}, conversion {STEP: 0-1}}]} mit STEP applied, screening, interview,
  final, offer; resilience {rejections [{application_id, company, role, date,
  status, baseline, days, efforts}], recovered, mean_days, trend_slope (Tage
  pro Absage), trend (shorter, longer, steady, not_enough_data), trend_text,
  efforts [{id, name, with_count, with_mean, without_count, without_mean,
  difference}]}; wins {total, last_30, low_mood, recent, resurfaced [{id, date,
  text}]}. Datumsangaben sind YYYY-MM-DD; eine Zahl, die es nicht gibt (keine
  Stimmung, kein Ausgangswert, nichts umzurechnen), ist null.
</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="318"/>
        <source>D is a date written YYYY-MM-DD (default: today). A text option given as - is read from
stdin (once per command), which keeps it out of your shell history. IDs may be
shortened to any unique prefix (as the lists show them).
Malformed options (an unknown stage or kind, a date or salary that does not parse, a
lowest salary above the highest) exit 2; input the vault refuses (an empty company,
a date in the future, an unknown ID) exits 1. Either way nothing is written.
</source>
        <translation>D ist ein Datum im Format YYYY-MM-DD (Standard: heute). Eine Textoption, die als - angegeben
wird, wird von stdin gelesen (einmal pro Befehl); so bleibt sie aus deinem Shell-Verlauf.
IDs können auf jedes eindeutige Präfix gekürzt werden (wie die Listen sie zeigen).
Fehlerhafte Optionen (eine unbekannte Phase oder Art, ein unlesbares Datum oder Gehalt,
ein Mindestgehalt über dem Höchstgehalt) beenden mit 2; Eingaben, die der Tresor ablehnt
(leere Firma, ein Datum in der Zukunft, eine unbekannte ID), mit 1. In beiden Fällen
wird nichts geschrieben.
</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="327"/>
        <source>Sync (end-to-end encrypted, between your own devices):
  sync setup --server URL [--user NAME] [--device NAME] [--join] [--allow-http]
  sync setup --folder DIR [--device NAME] [--join]
      starts a new sync in an empty WebDAV folder (Nextcloud, Apache mod_dav, any
      hosting) or a local folder that another tool syncs; --join joins one set up
      on another device. Asks for the vault passphrase, then the server password
      (WebDAV), then the sync passphrase (twice for a new sync). The sync
      passphrase is needed on every device and cannot be recovered. Plain http
      is refused except to this computer unless --allow-http is given.
  sync now [--json]
      sends this device&apos;s changes and receives the others&apos;; exits 1 with a
      message when the server cannot be reached or refuses (nothing is lost; the
      next run resumes). For cron: the vault passphrase is read from stdin.
  sync status [--json]
      the server, the last sync, pending changes, conflicts kept and the devices.
  sync off [--yes]
      forgets the sync on this device; the data on the server stays.
</source>
        <translation>Synchronisierung (Ende-zu-Ende-verschlüsselt, zwischen deinen eigenen Geräten):
  sync setup --server URL [--user NAME] [--device NAME] [--join] [--allow-http]
  sync setup --folder DIR [--device NAME] [--join]
      startet eine neue Synchronisierung in einem leeren WebDAV-Ordner (Nextcloud,
      Apache mod_dav, beliebiges Hosting) oder einem lokalen Ordner, den ein anderes
      Programm synchronisiert; --join tritt einer auf einem anderen Gerät
      eingerichteten bei. Fragt nach der Tresor-Passphrase, dann dem Server-Passwort
      (WebDAV), dann der Sync-Passphrase (zweimal bei einer neuen Synchronisierung).
      Die Sync-Passphrase wird auf jedem Gerät gebraucht und kann nicht
      wiederhergestellt werden. Unverschlüsseltes http wird abgelehnt, außer zu
      diesem Computer oder mit --allow-http.
  sync now [--json]
      sendet die Änderungen dieses Geräts und empfängt die der anderen; beendet mit 1
      und einer Meldung, wenn der Server nicht erreichbar ist oder ablehnt (nichts
      geht verloren; der nächste Lauf macht weiter). Für cron: Die
      Tresor-Passphrase wird von stdin gelesen.
  sync status [--json]
      der Server, die letzte Synchronisierung, ausstehende Änderungen, aufbewahrte
      Konflikte und die Geräte.
  sync off [--yes]
      vergisst die Synchronisierung auf diesem Gerät; die Daten auf dem Server bleiben.
</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="346"/>
        <source>Export, backup and import (&quot;rebound-cli backup --help&quot;):
  export [--output DIR] [--json] | backup create FILE | backup check FILE
  backup restore FILE | import daylio FILE [--map WORD=1-5]... [--yes] [--json]
</source>
        <translation>Export, Sicherung und Import (&quot;rebound-cli backup --help&quot;):
  export [--output DIR] [--json] | backup create FILE | backup check FILE
  backup restore FILE | import daylio FILE [--map WORD=1-5]... [--yes] [--json]
</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="352"/>
        <source>Export, backup and import:
  export [--output DIR] [--json]
      writes a new folder &quot;Rebound export DATE&quot; (in DIR or the current folder):
      one Markdown file per journal entry, check-ins.csv, applications.csv and
      .json, contacts.vcf, reminders.ics (the next 90 days) and rebound.json with
      every record. The files are NOT encrypted.
  backup create FILE [--json]
      one encrypted file (.rebound-backup is added) with everything the vault
      syncs. Asks for the vault passphrase, then a passphrase for the backup
      (twice on a terminal); without it the backup cannot be opened.
  backup check FILE [--json]
      reads the whole backup with its passphrase and reports what it holds.
  backup restore FILE
      makes a new vault (in --vault DIR, which must not hold one) from the
      backup; its passphrase is the backup&apos;s. A damaged file restores nothing.
  import daylio FILE [--map WORD=1-5]... [--yes] [--json]
      Daylio&apos;s CSV export: moods become check-ins (rad 5, good 4, meh 3, bad 2,
      awful 1; give custom moods with --map &quot;Zen=5&quot;), activities effort tags,
      notes journal entries tagged &quot;daylio&quot;. Shows a preview and asks (or
      needs --yes); entries already imported are skipped.
</source>
        <translation>Export, Sicherung und Import:
  export [--output DIR] [--json]
      schreibt einen neuen Ordner &quot;Rebound-Export DATE&quot; (in DIR oder im aktuellen
      Ordner): eine Markdown-Datei pro Tagebucheintrag, check-ins.csv,
      applications.csv und .json, contacts.vcf, reminders.ics (die nächsten 90 Tage)
      und rebound.json mit allen Datensätzen. Die Dateien sind NICHT verschlüsselt.
  backup create FILE [--json]
      eine verschlüsselte Datei (.rebound-backup wird angehängt) mit allem, was der
      Tresor synchronisiert. Fragt nach der Tresor-Passphrase, dann nach einer
      Passphrase für die Sicherung (im Terminal zweimal); ohne sie lässt sich die
      Sicherung nicht öffnen.
  backup check FILE [--json]
      liest die ganze Sicherung mit ihrer Passphrase und meldet, was sie enthält.
  backup restore FILE
      legt aus der Sicherung einen neuen Tresor an (in --vault DIR, wo noch keiner
      sein darf); seine Passphrase ist die der Sicherung. Aus einer beschädigten
      Datei wird nichts wiederhergestellt.
  import daylio FILE [--map WORD=1-5]... [--yes] [--json]
      Daylios CSV-Export: Stimmungen werden zu Check-ins (rad 5, good 4, meh 3, bad 2,
      awful 1; eigene Stimmungen mit --map &quot;Zen=5&quot;), Aktivitäten zu Einsatz-Tags,
      Notizen zu Tagebucheinträgen mit dem Tag &quot;daylio&quot;. Zeigt eine Vorschau und fragt
      nach (oder braucht --yes); bereits importierte Einträge werden übersprungen.
</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="384"/>
        <source>Usage: rebound-cli [--vault DIR] COMMAND [options]

</source>
        <translation>Aufruf: rebound-cli [--vault DIR] COMMAND [options]

</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="407"/>
        <source>Usage: rebound-cli [--vault DIR] COMMAND [options]

Vault:
  init                         create a new vault
  status [--json]              show where the vault is and how it is protected
  passwd                       change the passphrase
  lock                         forget the key remembered on this device

Journal:
  journal add [--date D] [--mood 1-5] [--tag T]... [--emotion E]... [--template KEY]
              [--text TEXT] [--json]
      add an entry; without --text the text is read from stdin. With --template and
      no text, the entry starts from the template (and gets its tags).
  journal list [FILTERS] [--limit N] [--json]
  journal search WORDS... [FILTERS] [--limit N] [--json]
      ranked full-text search; accents and case are ignored, every word also
      matches as a prefix (&quot;interv&quot; finds &quot;interview&quot;).
  journal show ID [--json]
  journal edit ID [--date D] [--mood 1-5|none] [--tag T]... [--emotion E]...
                  [--text TEXT | --stdin] [--json]
      --tag and --emotion replace the entry&apos;s lists; give &quot;&quot; to clear them.
  journal delete ID
  journal templates [--json]   list the guided templates for --template

  FILTERS: --mood N or --mood MIN-MAX (e.g. 2-4), --emotion E, --tag T,
           --date D (one day) or --from D and/or --to D (inclusive).
           With filters, --limit is at most 1000; a search with words
           ranks the newest 500 matches.

Check-ins and wins:
  checkin --mood 1-5 [--emotion E]... [--effort F]... [--note TEXT] [--date D] [--json]
      a quick mood check-in; prints the day&apos;s mood afterwards
  checkin list [--limit N] [--json]
  win add [TEXT...] [--date D] [--json]
      note a small win; without TEXT it is read from stdin (which keeps it out of
      your shell history and the process list)
  win list [--limit N] [--json]

Job search (&quot;rebound-cli app --help&quot; and so on give every option):
  app add --company C [...] | app list [--stage KEY] [--open|--closed] [--search T]
  app show ID | app stage ID STAGE | app edit ID [...] | app delete ID [--yes]
  app export [--format csv|json] [--output FILE]
  interview add APP_ID --at &quot;YYYY-MM-DD HH:MM&quot; [...] | interview edit ID [...]
  interview list [APP_ID] [--upcoming]
  feedback add [--app ID] [--interview ID] [--text T|-] [--strength S]... [--weakness S]...
  feedback list [--app ID]
  skills | skills action add SKILL --title T | skills action done ID | skills pitch SKILL

Goals and reviews (&quot;rebound-cli goal --help&quot;, &quot;rebound-cli review --help&quot;):
  goal add TITLE [--kind K] [--by D] [--metric M --per-week N] [--alternative-to ID]
  goal north-star [TEXT] | goal list [--all] | goal edit ID [...] | goal done ID
  goal delete ID [--yes] | checklist list
  review start [--checklist NAME] | review answer ID N yes|no|unsure [--note T] [...]
  review finish ID | review list | review show ID | review export ID [--output FILE]

People and reminders (&quot;rebound-cli contact --help&quot;, &quot;rebound-cli reminders --help&quot;):
  contact add --name N [...] | contact list [--search T] [--tag TAG] [--due]
  contact show ID | contact log ID [--kind K] [--date D] [--note T] | contact edit ID [...]
  contact delete ID [--yes] | contact import FILE [--skip-duplicates] [--yes]
  contact export [--output FILE]
  reminders [--due] [--days N] [--ics FILE] [--notify] [--json]

Insights (&quot;rebound-cli insights --help&quot;):
  insights [--year YYYY] [--rest-days 6,7|none] [--json]
      mood trend, year in pixels, effort streaks and goals, pipeline funnel,
      recovery after rejections, wins

Sync between your devices, end-to-end encrypted (&quot;rebound-cli sync --help&quot;):
  sync setup --server URL [--user NAME] | --folder DIR [--join] [--device NAME]
  sync now [--json] | sync status [--json] | sync off [--yes]

D is a date written YYYY-MM-DD (default: today). --tag, --emotion and --effort may be
repeated or take a comma-separated list. Emotions and efforts are given by name
(&quot;anxious&quot;, case does not matter) or id (&quot;emotion:anxious&quot;).
Search results mark matches in bold on a terminal and as «match» otherwise (also
when NO_COLOR is set); --json gives highlight ranges as UTF-16 offsets into the snippet.

The passphrase is read from the terminal without echo or, when stdin is not a
terminal, from its first line (passwd: current on line 1, new on line 2).
IDs may be shortened to any unique prefix.
Exit codes: 0 ok, 1 failure (also invalid input), 2 usage, 3 wrong passphrase,
4 vault missing or damaged, 5 (reminders --notify) no key remembered on this device.
</source>
        <translation>Aufruf: rebound-cli [--vault DIR] COMMAND [options]

Tresor:
  init                         einen neuen Tresor anlegen
  status [--json]              zeigen, wo der Tresor liegt und wie er geschützt ist
  passwd                       die Passphrase ändern
  lock                         den auf diesem Gerät gemerkten Schlüssel vergessen

Tagebuch:
  journal add [--date D] [--mood 1-5] [--tag T]... [--emotion E]... [--template KEY]
              [--text TEXT] [--json]
      fügt einen Eintrag hinzu; ohne --text wird der Text von stdin gelesen. Mit
      --template und ohne Text beginnt der Eintrag mit der Vorlage (und erhält ihre Tags).
  journal list [FILTERS] [--limit N] [--json]
  journal search WORDS... [FILTERS] [--limit N] [--json]
      gewichtete Volltextsuche; Akzente und Groß-/Kleinschreibung werden ignoriert,
      jedes Wort passt auch als Präfix (&quot;Gespr&quot; findet &quot;Gespräch&quot;).
  journal show ID [--json]
  journal edit ID [--date D] [--mood 1-5|none] [--tag T]... [--emotion E]...
                  [--text TEXT | --stdin] [--json]
      --tag und --emotion ersetzen die Listen des Eintrags; &quot;&quot; leert sie.
  journal delete ID
  journal templates [--json]   die geführten Vorlagen für --template auflisten

  FILTERS: --mood N oder --mood MIN-MAX (z. B. 2-4), --emotion E, --tag T,
           --date D (ein Tag) oder --from D und/oder --to D (einschließlich).
           Mit Filtern ist --limit höchstens 1000; eine Suche mit Wörtern
           gewichtet die neuesten 500 Treffer.

Check-ins und Erfolge:
  checkin --mood 1-5 [--emotion E]... [--effort F]... [--note TEXT] [--date D] [--json]
      ein schneller Stimmungs-Check-in; zeigt danach die Stimmung des Tages
  checkin list [--limit N] [--json]
  win add [TEXT...] [--date D] [--json]
      notiert einen kleinen Erfolg; ohne TEXT wird er von stdin gelesen (so bleibt er
      aus deinem Shell-Verlauf und der Prozessliste)
  win list [--limit N] [--json]

Jobsuche (&quot;rebound-cli app --help&quot; usw. zeigen alle Optionen):
  app add --company C [...] | app list [--stage KEY] [--open|--closed] [--search T]
  app show ID | app stage ID STAGE | app edit ID [...] | app delete ID [--yes]
  app export [--format csv|json] [--output FILE]
  interview add APP_ID --at &quot;YYYY-MM-DD HH:MM&quot; [...] | interview edit ID [...]
  interview list [APP_ID] [--upcoming]
  feedback add [--app ID] [--interview ID] [--text T|-] [--strength S]... [--weakness S]...
  feedback list [--app ID]
  skills | skills action add SKILL --title T | skills action done ID | skills pitch SKILL

Ziele und Rückblicke (&quot;rebound-cli goal --help&quot;, &quot;rebound-cli review --help&quot;):
  goal add TITLE [--kind K] [--by D] [--metric M --per-week N] [--alternative-to ID]
  goal north-star [TEXT] | goal list [--all] | goal edit ID [...] | goal done ID
  goal delete ID [--yes] | checklist list
  review start [--checklist NAME] | review answer ID N yes|no|unsure [--note T] [...]
  review finish ID | review list | review show ID | review export ID [--output FILE]

Kontakte und Erinnerungen (&quot;rebound-cli contact --help&quot;, &quot;rebound-cli reminders --help&quot;):
  contact add --name N [...] | contact list [--search T] [--tag TAG] [--due]
  contact show ID | contact log ID [--kind K] [--date D] [--note T] | contact edit ID [...]
  contact delete ID [--yes] | contact import FILE [--skip-duplicates] [--yes]
  contact export [--output FILE]
  reminders [--due] [--days N] [--ics FILE] [--notify] [--json]

Einblicke (&quot;rebound-cli insights --help&quot;):
  insights [--year YYYY] [--rest-days 6,7|none] [--json]
      Stimmungsverlauf, Jahr in Pixeln, Einsatz-Serien und -Ziele, Bewerbungstrichter,
      Erholung nach Absagen, Erfolge

Synchronisierung zwischen deinen Geräten, Ende-zu-Ende-verschlüsselt (&quot;rebound-cli sync --help&quot;):
  sync setup --server URL [--user NAME] | --folder DIR [--join] [--device NAME]
  sync now [--json] | sync status [--json] | sync off [--yes]

D ist ein Datum im Format YYYY-MM-DD (Standard: heute). --tag, --emotion und --effort können
wiederholt werden oder eine kommagetrennte Liste nehmen. Gefühle und Einsatz werden per Name
(&quot;ängstlich&quot;, Groß-/Kleinschreibung egal) oder ID (&quot;emotion:anxious&quot;) angegeben.
Suchergebnisse markieren Treffer im Terminal fett und sonst als «Treffer» (auch wenn
NO_COLOR gesetzt ist); --json liefert Hervorhebungen als UTF-16-Offsets im Ausschnitt.

Die Passphrase wird ohne Echo vom Terminal gelesen oder, wenn stdin kein Terminal ist,
aus dessen erster Zeile (passwd: aktuelle in Zeile 1, neue in Zeile 2).
IDs können auf jedes eindeutige Präfix gekürzt werden.
Exit-Codes: 0 ok, 1 Fehler (auch ungültige Eingabe), 2 Aufruf, 3 falsche Passphrase,
4 Tresor fehlt oder ist beschädigt, 5 (reminders --notify) kein Schlüssel auf diesem Gerät gemerkt.
</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="501"/>
        <source>For your safety the passphrase is never taken from the command line.</source>
        <translation>Zu deiner Sicherheit wird die Passphrase nie von der Befehlszeile übernommen.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="513"/>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="523"/>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="536"/>
        <source>Dates are written YYYY-MM-DD, e.g. 2026-11-22.</source>
        <translation>Datumsangaben werden als YYYY-MM-DD geschrieben, z. B. 2026-11-22.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="546"/>
        <source>--mood takes a number from 1 to 5 (or &quot;none&quot;).</source>
        <translation>--mood nimmt eine Zahl von 1 bis 5 (oder &quot;none&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="559"/>
        <source>As a filter, --mood takes a number from 1 to 5 or a range such as 2-4.</source>
        <translation>Als Filter nimmt --mood eine Zahl von 1 bis 5 oder einen Bereich wie 2-4.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="567"/>
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit nimmt eine Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="576"/>
        <source>--at takes a local date and time written &quot;YYYY-MM-DD HH:MM&quot;, e.g. &quot;2026-11-24 14:30&quot;.</source>
        <translation>--at nimmt ein lokales Datum mit Uhrzeit im Format &quot;YYYY-MM-DD HH:MM&quot;, z. B. &quot;2026-11-24 14:30&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="585"/>
        <source>%1 takes a number from 1 to 5.</source>
        <translation>%1 nimmt eine Zahl von 1 bis 5.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="627"/>
        <source>--salary takes a range such as 60000-80000 or 60k-80k, or one figure.</source>
        <translation>--salary nimmt einen Bereich wie 60000-80000 oder 60k-80k oder einen einzelnen Betrag.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="629"/>
        <source>The lowest salary is above the highest: %1.</source>
        <translation>Das Mindestgehalt liegt über dem Höchstgehalt: %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="645"/>
        <source>%1 takes one of: %2 (not “%3”).</source>
        <translation>%1 nimmt einen dieser Werte: %2 (nicht „%3“).</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="191"/>
        <location filename="../backend/cli/CliSync.cpp" line="63"/>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="197"/>
        <source>There is no vault in %1. Create one with &quot;rebound-cli init&quot;.</source>
        <translation>In %1 gibt es keinen Tresor. Lege einen mit &quot;rebound-cli init&quot; an.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="199"/>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="206"/>
        <source>Repeat it: </source>
        <translation>Wiederholen: </translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="209"/>
        <source>The two passphrases do not match. Nothing was changed.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="216"/>
        <source>Use at least %1 characters.</source>
        <translation>Verwende mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="225"/>
        <source>A vault already exists in %1.</source>
        <translation>In %1 gibt es schon einen Tresor.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="226"/>
        <location filename="../backend/cli/Cli.cpp" line="293"/>
        <source>New passphrase: </source>
        <translation>Neue Passphrase: </translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="228"/>
        <source>Created an encrypted vault in %1.</source>
        <translation>Verschlüsselter Tresor in %1 angelegt.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="229"/>
        <source>Keep your passphrase safe: it cannot be recovered.</source>
        <translation>Bewahre deine Passphrase sicher auf: Sie kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="260"/>
        <source>Vault:      %1</source>
        <translation>Tresor:     %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="262"/>
        <source>No vault here yet. Create one with &quot;rebound-cli init&quot;.</source>
        <translation>Hier gibt es noch keinen Tresor. Lege einen mit &quot;rebound-cli init&quot; an.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="267"/>
        <source>ID:         %1</source>
        <translation>ID:         %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="268"/>
        <source>Created:    %1</source>
        <translation>Erstellt:   %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="269"/>
        <source>Format:     version %1</source>
        <translation>Format:     Version %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="270"/>
        <source>Key:        Argon2id, %1 MiB, %2 passes</source>
        <translation>Schlüssel:  Argon2id, %1 MiB, %2 Durchläufe</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="274"/>
        <source>Database:   SQLCipher (file compatibility %1, %2-byte pages, %3), this build links %4</source>
        <translation>Datenbank:  SQLCipher (Dateikompatibilität %1, %2-Byte-Seiten, %3), dieser Build nutzt %4</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="279"/>
        <source>Remembered: %1</source>
        <translation>Gemerkt:    %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="280"/>
        <source>yes, in the system keyring</source>
        <translation>ja, im System-Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="281"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="291"/>
        <location filename="../backend/cli/CliReminders.cpp" line="157"/>
        <source>There is no vault in %1.</source>
        <translation>In %1 gibt es keinen Tresor.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="292"/>
        <source>Current passphrase: </source>
        <translation>Aktuelle Passphrase: </translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="295"/>
        <source>Passphrase changed.</source>
        <translation>Passphrase geändert.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="307"/>
        <source>Nothing to lock: the vault is only open while a command runs, and no key is remembered on this device.</source>
        <translation>Nichts zu sperren: Der Tresor ist nur offen, solange ein Befehl läuft, und auf diesem Gerät ist kein Schlüssel gemerkt.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="323"/>
        <source>The system keyring did not remove the key (is it locked?). Nothing was changed; try again.</source>
        <translation>Der System-Schlüsselbund hat den Schlüssel nicht entfernt (ist er gesperrt?). Nichts wurde geändert; versuch es noch einmal.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="326"/>
        <source>The remembered key was removed; the app will ask for the passphrase next time.</source>
        <translation>Der gemerkte Schlüssel wurde entfernt; die App fragt beim nächsten Mal nach der Passphrase.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="426"/>
        <location filename="../backend/cli/CliJournal.cpp" line="22"/>
        <source>The ID %1 is ambiguous; give more characters.</source>
        <translation>Die ID %1 ist nicht eindeutig; gib mehr Zeichen an.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="436"/>
        <location filename="../backend/cli/Cli.cpp" line="446"/>
        <source>Only one text can come from stdin (given as -) in one command.</source>
        <translation>In einem Befehl kann nur ein Text von stdin kommen (angegeben als -).</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="449"/>
        <source>Write the text for %1; finish with Ctrl-D on an empty line.</source>
        <translation>Schreib den Text für %1; beende mit Ctrl-D in einer leeren Zeile.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="454"/>
        <source> [y/N] </source>
        <translation> [j/N] </translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="455"/>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="456"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="483"/>
        <location filename="../backend/cli/CliReminders.cpp" line="197"/>
        <source>rebound-cli: %1</source>
        <translation>rebound-cli: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="37"/>
        <source>How are you? A check-in needs --mood 1-5.</source>
        <translation>Wie geht es dir? Ein Check-in braucht --mood 1-5.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="41"/>
        <source>A check-in needs a mood from 1 to 5.</source>
        <translation>Ein Check-in braucht eine Stimmung von 1 bis 5.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="54"/>
        <source>Checked in for %1: mood %2</source>
        <translation>Check-in für %1: Stimmung %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="56"/>
        <source>, feeling %1</source>
        <translation>, Gefühle: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="58"/>
        <source>; did %1</source>
        <translation>; erledigt: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="60"/>
        <source>Mood of the day: %1 (one check-in)</source>
        <translation>Stimmung des Tages: %1 (ein Check-in)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="61"/>
        <source>Mood of the day: %1 (average %2 of %3 check-ins)</source>
        <translation>Stimmung des Tages: %1 (Durchschnitt %2 aus %3 Check-ins)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="83"/>
        <source>No check-ins yet.</source>
        <translation>Noch keine Check-ins.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="104"/>
        <source>Describe the win in one line; finish with Ctrl-D.</source>
        <translation>Beschreib den Erfolg in einer Zeile; beende mit Ctrl-D.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="129"/>
        <source>No wins noted yet. Every step counts: &quot;rebound-cli win add ...&quot;.</source>
        <translation>Noch keine Erfolge notiert. Jeder Schritt zählt: &quot;rebound-cli win add ...&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="32"/>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="38"/>
        <location filename="../backend/cli/CliContacts.cpp" line="282"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="40"/>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="45"/>
        <source>--cadence takes a number of days from 1 to %1, &quot;off&quot; (no keep-in-touch reminders) or &quot;tags&quot; (the default of its tags).</source>
        <translation>--cadence nimmt eine Zahl von Tagen von 1 bis %1, &quot;off&quot; (keine Erinnerungen zum In-Kontakt-Bleiben) oder &quot;tags&quot; (der Standardwert seiner Tags).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="97"/>
        <source>Who is it? Give --name, e.g. contact add --name &quot;Maya Chen&quot; --tag recruiter.</source>
        <translation>Wer ist es? Gib --name an, z. B. contact add --name &quot;Maya Chen&quot; --tag recruiter.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="126"/>
        <location filename="../backend/cli/CliContacts.cpp" line="254"/>
        <location filename="../backend/cli/CliContacts.cpp" line="328"/>
        <location filename="../backend/cli/CliContacts.cpp" line="364"/>
        <location filename="../backend/cli/CliContacts.cpp" line="393"/>
        <source>Which contact? Give its ID (see &quot;contact list&quot;).</source>
        <translation>Welcher Kontakt? Gib seine ID an (siehe &quot;contact list&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="130"/>
        <source>No contact has the ID %1.</source>
        <translation>Kein Kontakt hat die ID %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="169"/>
        <source>no reminders</source>
        <translation>keine Erinnerungen</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="171"/>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="173"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="174"/>
        <location filename="../backend/cli/CliGoals.cpp" line="529"/>
        <location filename="../backend/cli/CliSkills.cpp" line="232"/>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="205"/>
        <source>contact list --due takes no value: it lists the contacts due now.</source>
        <translation>contact list --due nimmt keinen Wert: Es listet die Kontakte, die jetzt fällig sind.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="232"/>
        <source>Nobody is due for a catch-up.</source>
        <translation>Niemand ist gerade fällig, sich zu melden.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="234"/>
        <source>No contacts match.</source>
        <translation>Keine Kontakte gefunden.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="236"/>
        <source>No contacts yet. Add one: rebound-cli contact add --name &quot;Maya Chen&quot; --tag recruiter.</source>
        <translation>Noch keine Kontakte. Leg einen an: rebound-cli contact add --name &quot;Maya Chen&quot; --tag recruiter.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="244"/>
        <location filename="../backend/cli/CliSkills.cpp" line="203"/>
        <source>last %1</source>
        <translation>zuletzt %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="244"/>
        <source>never contacted</source>
        <translation>nie kontaktiert</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="259"/>
        <location filename="../backend/cli/CliContacts.cpp" line="372"/>
        <location filename="../backend/cli/CliContacts.cpp" line="402"/>
        <source>That contact no longer exists.</source>
        <translation>Diesen Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="284"/>
        <source>every %1 days</source>
        <translation>alle %1 Tage</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="286"/>
        <source>every %1 days (from its tags)</source>
        <translation>alle %1 Tage (aus seinen Tags)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="288"/>
        <source>off (none of its tags has a cadence)</source>
        <translation>aus (keiner seiner Tags hat einen Rhythmus)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="289"/>
        <location filename="../backend/cli/CliJobs.cpp" line="297"/>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="290"/>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="291"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="292"/>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="293"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="294"/>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="295"/>
        <source>How we met:</source>
        <translation>Kennengelernt:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="296"/>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="297"/>
        <source>Keep in touch:</source>
        <translation>In Kontakt bleiben:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="298"/>
        <source>Last contacted:</source>
        <translation>Letzter Kontakt:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="298"/>
        <location filename="../backend/cli/CliSync.cpp" line="31"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="299"/>
        <source>Next:</source>
        <translation>Nächster:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="303"/>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="304"/>
        <source>Interactions:</source>
        <translation>Interaktionen:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="306"/>
        <source>none logged yet</source>
        <translation>noch keine erfasst</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="314"/>
        <source>Applications:</source>
        <translation>Bewerbungen:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="350"/>
        <source>Logged: %1 with %2 on %3.</source>
        <translation>Erfasst: %1 mit %2 am %3.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="354"/>
        <source>Next keep-in-touch: %1.</source>
        <translation>Nächstes Melden: %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="366"/>
        <source>Nothing to change: give --name, --company, --role, --email, --phone, --url, --met, --tag, --notes or --cadence.</source>
        <translation>Nichts zu ändern: Gib --name, --company, --role, --email, --phone, --url, --met, --tag, --notes oder --cadence an.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="384"/>
        <location filename="../backend/cli/CliJobs.cpp" line="590"/>
        <location filename="../backend/cli/CliJournal.cpp" line="291"/>
        <source>Updated %1.</source>
        <translation>%1 aktualisiert.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="397"/>
        <location filename="../backend/cli/CliGoals.cpp" line="471"/>
        <location filename="../backend/cli/CliJobs.cpp" line="602"/>
        <source>Deleting cannot be undone here: add --yes to confirm (there is no terminal to ask on).</source>
        <translation>Löschen lässt sich hier nicht rückgängig machen: Füge --yes zur Bestätigung hinzu (es gibt kein Terminal zum Nachfragen).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="405"/>
        <source>Delete %1 with %2 logged interaction(s)?</source>
        <translation>%1 mit %2 erfassten Interaktion(en) löschen?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="406"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="408"/>
        <location filename="../backend/cli/CliGoals.cpp" line="478"/>
        <location filename="../backend/cli/CliJobs.cpp" line="616"/>
        <source>Nothing was deleted.</source>
        <translation>Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="413"/>
        <location filename="../backend/cli/CliJobs.cpp" line="621"/>
        <location filename="../backend/cli/CliJournal.cpp" line="301"/>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="415"/>
        <source>The applications that named them keep the name; they are no longer linked to a contact.</source>
        <translation>Die Bewerbungen, die die Person nennen, behalten den Namen; sie sind nicht mehr mit einem Kontakt verknüpft.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="425"/>
        <source>Which file? e.g. contact import contacts.vcf (vCard 3.0 or 4.0).</source>
        <translation>Welche Datei? z. B. contact import contacts.vcf (vCard 3.0 oder 4.0).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="429"/>
        <location filename="../backend/cli/CliData.cpp" line="149"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="431"/>
        <source>%1 is larger than %2 MiB; nothing was imported.</source>
        <translation>%1 ist größer als %2 MiB; nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="440"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="442"/>
        <source>%1 is not a vCard file we can read. %2 Nothing was imported.</source>
        <translation>%1 ist keine vCard-Datei, die wir lesen können. %2 Nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="450"/>
        <source>%1 holds %2 contact(s):</source>
        <translation>%1 enthält %2 Kontakt(e):</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="461"/>
        <location filename="../backend/cli/CliData.cpp" line="182"/>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="463"/>
        <source>Skipped while reading:</source>
        <translation>Beim Lesen übersprungen:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="469"/>
        <source>Already in your contacts (same email or phone):</source>
        <translation>Schon in deinen Kontakten (gleiche E-Mail oder Telefonnummer):</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="472"/>
        <source>%1 — shares %2 with %3 (%4)</source>
        <translation>%1 – gleiche(s) %2 wie %3 (%4)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="487"/>
        <location filename="../backend/cli/CliData.cpp" line="196"/>
        <source>Nothing to import.</source>
        <translation>Nichts zu importieren.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="492"/>
        <source>Import %1 contact(s), leaving out %2 already here?</source>
        <translation>%1 Kontakt(e) importieren und %2 schon vorhandene auslassen?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="494"/>
        <source>Import %1 contact(s), including %2 that may be already here (--skip-duplicates leaves them out)?</source>
        <translation>%1 Kontakt(e) importieren, darunter %2, die vielleicht schon da sind (--skip-duplicates lässt sie aus)?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="497"/>
        <source>Import %1 contact(s)?</source>
        <translation>%1 Kontakt(e) importieren?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="500"/>
        <location filename="../backend/cli/CliData.cpp" line="201"/>
        <source>Nothing was imported: add --yes to import (there is no terminal to ask on).</source>
        <translation>Nichts wurde importiert: Füge --yes hinzu, um zu importieren (es gibt kein Terminal zum Nachfragen).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="504"/>
        <location filename="../backend/cli/CliData.cpp" line="206"/>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="509"/>
        <source>Imported %1 contact(s).</source>
        <translation>%1 Kontakt(e) importiert.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="520"/>
        <location filename="../backend/cli/CliGoals.cpp" line="963"/>
        <location filename="../backend/cli/CliJobs.cpp" line="636"/>
        <source>--output takes the name of a file to write.</source>
        <translation>--output nimmt den Namen einer Datei, die geschrieben werden soll.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="522"/>
        <location filename="../backend/cli/CliData.cpp" line="57"/>
        <location filename="../backend/cli/CliData.cpp" line="87"/>
        <location filename="../backend/cli/CliGoals.cpp" line="965"/>
        <location filename="../backend/cli/CliJobs.cpp" line="638"/>
        <location filename="../backend/cli/CliReminders.cpp" line="79"/>
        <source>The folder %1 does not exist; nothing was written.</source>
        <translation>Der Ordner %1 existiert nicht; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="534"/>
        <location filename="../backend/cli/CliGoals.cpp" line="982"/>
        <location filename="../backend/cli/CliJobs.cpp" line="651"/>
        <location filename="../backend/cli/CliReminders.cpp" line="105"/>
        <source>Could not write %1 (is the folder writable?). Nothing was written.</source>
        <translation>%1 konnte nicht geschrieben werden (ist der Ordner beschreibbar?). Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="537"/>
        <source>Exported %1 contact(s) to %2 (vCard 4.0).</source>
        <translation>%1 Kontakt(e) nach %2 exportiert (vCard 4.0).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="539"/>
        <source>Warning: the export is not encrypted. Anyone who can read the file can read your contacts; delete it when you no longer need it.</source>
        <translation>Achtung: Der Export ist nicht verschlüsselt. Wer die Datei lesen kann, kann deine Kontakte lesen; lösch sie, wenn du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="546"/>
        <location filename="../backend/cli/CliGoals.cpp" line="993"/>
        <location filename="../backend/cli/CliJobs.cpp" line="666"/>
        <source>Warning: the export is not encrypted; take care where you keep it.</source>
        <translation>Achtung: Der Export ist nicht verschlüsselt; überleg dir gut, wo du ihn aufbewahrst.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="36"/>
        <source>--per-week takes a whole number from 1 to %1.</source>
        <translation>--per-week nimmt eine ganze Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="54"/>
        <source>--metric takes one of: %1, or effort:NAME for check-ins tagged with an effort (not “%2”).</source>
        <translation>--metric nimmt einen dieser Werte: %1 oder effort:NAME für Check-ins mit einem Einsatz-Tag (nicht „%2“).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="63"/>
        <source>--follow-up-status takes GOAL_ID:STATUS, e.g. 1a2b3c4d:paused.</source>
        <translation>--follow-up-status nimmt GOAL_ID:STATUS, z. B. 1a2b3c4d:paused.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="87"/>
        <location filename="../backend/cli/CliGoals.cpp" line="395"/>
        <location filename="../backend/cli/CliGoals.cpp" line="467"/>
        <source>Which goal? Give its ID (see &quot;goal list --all&quot;).</source>
        <translation>Welches Ziel? Gib seine ID an (siehe &quot;goal list --all&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="91"/>
        <source>No goal has the ID %1.</source>
        <translation>Kein Ziel hat die ID %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="96"/>
        <location filename="../backend/cli/CliGoals.cpp" line="687"/>
        <location filename="../backend/cli/CliGoals.cpp" line="849"/>
        <location filename="../backend/cli/CliGoals.cpp" line="958"/>
        <source>Which review? Give its ID (see &quot;review list&quot;).</source>
        <translation>Welcher Rückblick? Gib seine ID an (siehe &quot;review list&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="100"/>
        <source>No review has the ID %1.</source>
        <translation>Kein Rückblick hat die ID %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="109"/>
        <source>There is no checklist to review; add one in the app.</source>
        <translation>Es gibt keine Checkliste für einen Rückblick; leg eine in der App an.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="125"/>
        <source>No checklist is called or has the ID “%1”. Checklists: %2.</source>
        <translation>Keine Checkliste heißt „%1“ oder hat diese ID. Checklisten: %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="145"/>
        <source>There is no effort called “%1”. Efforts: %2.</source>
        <translation>Es gibt keinen Einsatz namens „%1“. Einsatz-Tags: %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="208"/>
        <source>new goal “%1” (%2)</source>
        <translation>neues Ziel „%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="212"/>
        <source>goal “%1” → %2</source>
        <translation>Ziel „%1“ → %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="215"/>
        <source>skills action “%1” for %2 (%3)</source>
        <translation>Kompetenz-Maßnahme „%1“ für %2 (%3)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="225"/>
        <source>What is the goal? e.g. goal add &quot;Backend engineer&quot; --kind role.</source>
        <translation>Was ist das Ziel? z. B. goal add &quot;Backend-Entwicklerin&quot; --kind role.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="236"/>
        <location filename="../backend/cli/CliGoals.cpp" line="254"/>
        <source>A weekly effort goal needs --metric and --per-week, e.g. --metric applications --per-week 10.</source>
        <translation>Ein wöchentliches Einsatz-Ziel braucht --metric und --per-week, z. B. --metric applications --per-week 10.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="239"/>
        <location filename="../backend/cli/CliGoals.cpp" line="430"/>
        <source>--metric and --per-week are for weekly effort goals (--kind effort).</source>
        <translation>--metric und --per-week sind für wöchentliche Einsatz-Ziele (--kind effort).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="278"/>
        <source>No north star yet. Set the long-term goal you keep your eye on: rebound-cli goal north-star &quot;TEXT&quot;.</source>
        <translation>Noch kein Leitstern. Leg das langfristige Ziel fest, das du im Blick behältst: rebound-cli goal north-star &quot;TEXT&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="290"/>
        <source>Give the north star&apos;s text with --notes, e.g. goal north-star &quot;TEXT&quot; --notes &quot;why it matters&quot;.</source>
        <translation>Gib den Text des Leitsterns mit --notes an, z. B. goal north-star &quot;TEXT&quot; --notes &quot;warum er wichtig ist&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="305"/>
        <source>Your north star: %1</source>
        <translation>Dein Leitstern: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="305"/>
        <source>Cleared your north star.</source>
        <translation>Dein Leitstern wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="355"/>
        <source>North star: %1</source>
        <translation>Leitstern: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="357"/>
        <source>No goals yet.</source>
        <translation>Noch keine Ziele.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="357"/>
        <source>No open goals.</source>
        <translation>Keine offenen Ziele.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="358"/>
        <source>Add one: rebound-cli goal add &quot;Backend engineer&quot; --kind role.</source>
        <translation>Leg eines an: rebound-cli goal add &quot;Backend-Entwicklerin&quot; --kind role.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="375"/>
        <source>by %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="377"/>
        <source>%1 of %2 this week (%3)</source>
        <translation>%1 von %2 diese Woche (%3)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="382"/>
        <source>%1, %2 a week</source>
        <translation>%1, %2 pro Woche</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="384"/>
        <source>  ↳ %1</source>
        <translation>  ↳ %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="398"/>
        <source>Nothing to change: give --title, --notes, --by, --status, --metric or --per-week.</source>
        <translation>Nichts zu ändern: Gib --title, --notes, --by, --status, --metric oder --per-week an.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="417"/>
        <location filename="../backend/cli/CliGoals.cpp" line="452"/>
        <location filename="../backend/cli/CliGoals.cpp" line="476"/>
        <source>That goal no longer exists.</source>
        <translation>Dieses Ziel gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="438"/>
        <source>Nothing changed for “%1”.</source>
        <translation>Für „%1“ hat sich nichts geändert.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="438"/>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="447"/>
        <source>Which goal? Give its ID (see &quot;goal list&quot;).</source>
        <translation>Welches Ziel? Gib seine ID an (siehe &quot;goal list&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="456"/>
        <source>“%1” was already achieved.</source>
        <translation>„%1“ war schon erreicht.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="457"/>
        <source>Achieved: “%1”. Well done.</source>
        <translation>Erreicht: „%1“. Gut gemacht.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="477"/>
        <source>Delete “%1” and its alternative paths?</source>
        <translation>„%1“ und seine alternativen Wege löschen?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="482"/>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="483"/>
        <source>Deleted “%1” and %2 alternative path(s).</source>
        <translation>„%1“ und %2 alternative(n) Weg(e) gelöscht.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="519"/>
        <source>No checklists. Add one in the app (Goals → Reviews).</source>
        <translation>Keine Checklisten. Leg eine in der App an (Ziele → Rückblicke).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="527"/>
        <source>every week</source>
        <translation>jede Woche</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="527"/>
        <source>every %1 weeks</source>
        <translation>alle %1 Wochen</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="531"/>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="534"/>
        <source>1 question</source>
        <translation>1 Frage</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="534"/>
        <source>%1 questions</source>
        <translation>%1 Fragen</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="536"/>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="568"/>
        <source>Review of “%1”, started %2: %3 of %4 answered.</source>
        <translation>Rückblick zu „%1“, begonnen am %2: %3 von %4 beantwortet.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="580"/>
        <source>Resumed the review you started on %1.</source>
        <translation>Der Rückblick, den du am %1 begonnen hast, wird fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="581"/>
        <source>Answer with: rebound-cli review answer %1 N yes|no|unsure [--note TEXT]</source>
        <translation>Antworte mit: rebound-cli review answer %1 N yes|no|unsure [--note TEXT]</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="594"/>
        <source>review answer needs the review&apos;s ID, the question&apos;s number and yes, no or unsure, e.g. review answer 1a2b3c4d 2 yes.</source>
        <translation>review answer braucht die ID des Rückblicks, die Nummer der Frage und yes, no oder unsure, z. B. review answer 1a2b3c4d 2 yes.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="600"/>
        <source>The question&apos;s number is a whole number from 1 (not “%1”).</source>
        <translation>Die Nummer der Frage ist eine ganze Zahl ab 1 (nicht „%1“).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="602"/>
        <source>The answer</source>
        <translation>Die Antwort</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="607"/>
        <source>Give at most one of --follow-up-goal, --follow-up-action, --follow-up-status and --no-follow-up.</source>
        <translation>Gib höchstens eine der Optionen --follow-up-goal, --follow-up-action, --follow-up-status und --no-follow-up an.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="610"/>
        <source>--goal-kind goes with --follow-up-goal.</source>
        <translation>--goal-kind gehört zu --follow-up-goal.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="612"/>
        <source>--skill and --action-kind go with --follow-up-action.</source>
        <translation>--skill und --action-kind gehören zu --follow-up-action.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="624"/>
        <source>--follow-up-goal needs the new goal&apos;s title.</source>
        <translation>--follow-up-goal braucht den Titel des neuen Ziels.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="629"/>
        <source>--follow-up-action needs --skill NAME: the skill it works on.</source>
        <translation>--follow-up-action braucht --skill NAME: die Fähigkeit, an der sie arbeitet.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="635"/>
        <source>--follow-up-action needs the action&apos;s title.</source>
        <translation>--follow-up-action braucht den Titel der Maßnahme.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="645"/>
        <location filename="../backend/cli/CliGoals.cpp" line="691"/>
        <location filename="../backend/cli/CliGoals.cpp" line="853"/>
        <location filename="../backend/cli/CliGoals.cpp" line="971"/>
        <source>That review no longer exists.</source>
        <translation>Diesen Rückblick gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="648"/>
        <source>That review was finished on %1 and can no longer be changed; start a new one with &quot;rebound-cli review start&quot;.</source>
        <translation>Dieser Rückblick wurde am %1 abgeschlossen und kann nicht mehr geändert werden; beginne einen neuen mit &quot;rebound-cli review start&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="654"/>
        <source>This review has %1 questions; give a number from 1 to %1 (not %2).</source>
        <translation>Dieser Rückblick hat %1 Fragen; gib eine Zahl von 1 bis %1 an (nicht %2).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="673"/>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 – %3</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="675"/>
        <source>Follow-up when you finish: %1</source>
        <translation>Folgeschritt beim Abschluss: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="676"/>
        <source>Every question is answered: rebound-cli review finish %1</source>
        <translation>Alle Fragen sind beantwortet: rebound-cli review finish %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="678"/>
        <source>%1 still to answer.</source>
        <translation>Noch %1 zu beantworten.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="694"/>
        <source>That review was already finished on %1.</source>
        <translation>Dieser Rückblick wurde schon am %1 abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="717"/>
        <source>Added %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="719"/>
        <source>Planned %1</source>
        <translation>Geplant: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="721"/>
        <source>Changed %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="726"/>
        <source>Finished the review of “%1” on %2: %3 of %4 answered.</source>
        <translation>Rückblick zu „%1“ am %2 abgeschlossen: %3 von %4 beantwortet.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="734"/>
        <source>No follow-ups.</source>
        <translation>Keine Folgeschritte.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="736"/>
        <source>See them in your skills plan: rebound-cli skills</source>
        <translation>Du findest sie in deinem Kompetenzplan: rebound-cli skills</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="738"/>
        <source>Marked %1 goal-review reminder(s) done.</source>
        <translation>%1 Erinnerung(en) zum Ziel-Rückblick als erledigt markiert.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="770"/>
        <source>No reviews yet. Start one: rebound-cli review start</source>
        <translation>Noch keine Rückblicke. Beginne einen: rebound-cli review start</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="778"/>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="780"/>
        <source>first review</source>
        <translation>erster Rückblick</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="782"/>
        <source>no answers changed</source>
        <translation>keine Antworten geändert</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="785"/>
        <source>1 answer changed</source>
        <translation>1 Antwort geändert</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="786"/>
        <source>%1 answers changed</source>
        <translation>%1 Antworten geändert</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="867"/>
        <source>Review of “%1”</source>
        <translation>Rückblick zu „%1“</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="869"/>
        <source>Started %1, finished %2</source>
        <translation>Begonnen am %1, abgeschlossen am %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="870"/>
        <source>Started %1, in progress</source>
        <translation>Begonnen am %1, läuft noch</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="871"/>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="881"/>
        <source>(was: %1)</source>
        <translation>(vorher: %1)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="884"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="887"/>
        <source>Follow-up: %1</source>
        <translation>Folgeschritt: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="887"/>
        <source>Follow-up (done): %1</source>
        <translation>Folgeschritt (erledigt): %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="892"/>
        <source>Summary: %1</source>
        <translation>Zusammenfassung: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="895"/>
        <source>Since the last review (finished %1), from %2 to %3:</source>
        <translation>Seit dem letzten Rückblick (abgeschlossen am %1), vom %2 bis %3:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="897"/>
        <source>First review of this checklist. From %1 to %2:</source>
        <translation>Erster Rückblick dieser Checkliste. Vom %1 bis %2:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="901"/>
        <source>Answers: none changed.</source>
        <translation>Antworten: keine geändert.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="902"/>
        <source>Answers: %1 changed.</source>
        <translation>Antworten: %1 geändert.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="906"/>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="910"/>
        <source>Effort: %1 (%2, %3 a week): met %4 of %5 weeks, %6 a week on average</source>
        <translation>Einsatz: %1 (%2, %3 pro Woche): in %4 von %5 Wochen erreicht, im Schnitt %6 pro Woche</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="918"/>
        <source>Mood: no check-ins in this period.</source>
        <translation>Stimmung: keine Check-ins in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="921"/>
        <source>Mood: %1 on average over %2 day(s) (%3 before that, %4)</source>
        <translation>Stimmung: im Schnitt %1 an %2 Tag(en) (davor %3, %4)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="928"/>
        <source>Mood: %1 on average over %2 day(s)</source>
        <translation>Stimmung: im Schnitt %1 an %2 Tag(en)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="933"/>
        <source>Applications: %1 sent, %2 interview(s), %3 offer(s), %4 rejection(s); %5 open now</source>
        <translation>Bewerbungen: %1 verschickt, %2 Gespräch(e), %3 Angebot(e), %4 Absage(n); %5 jetzt offen</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="941"/>
        <source>Goal “%1”: %2 on %3</source>
        <translation>Ziel „%1“: %2 am %3</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="944"/>
        <source>Feedback received: %1</source>
        <translation>Erhaltenes Feedback: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="949"/>
        <source>Top skills to work on: %1</source>
        <translation>Wichtigste Fähigkeiten zum Üben: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="985"/>
        <source>Exported the review to %1.</source>
        <translation>Rückblick nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="986"/>
        <source>Warning: the export is not encrypted. Anyone who can read the file can read your answers; delete it when you no longer need it.</source>
        <translation>Achtung: Der Export ist nicht verschlüsselt. Wer die Datei lesen kann, kann deine Antworten lesen; lösch sie, wenn du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="76"/>
        <source>--rest-days takes weekdays as numbers 1 (Monday) to 7 (Sunday) or names, e.g. 6,7 or sat,sun, or &quot;none&quot; (not “%1”).</source>
        <translation>--rest-days nimmt Wochentage als Zahlen 1 (Montag) bis 7 (Sonntag) oder Namen, z. B. 6,7 oder sat,sun, oder &quot;none&quot; (nicht „%1“).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="94"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="133"/>
        <source>Not enough recoveries for a trend yet (it needs %1; there are %2).</source>
        <translation>Noch nicht genug Erholungen für einen Trend (nötig: %1; vorhanden: %2).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="137"/>
        <source>Recovery is getting shorter: about %1 day(s) less with each rejection.</source>
        <translation>Die Erholung wird kürzer: etwa %1 Tag(e) weniger mit jeder Absage.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="140"/>
        <source>Recovery is taking longer: about %1 day(s) more with each rejection.</source>
        <translation>Die Erholung dauert länger: etwa %1 Tag(e) mehr mit jeder Absage.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="142"/>
        <source>Recovery time is about the same from one rejection to the next.</source>
        <translation>Die Erholungszeit ist von einer Absage zur nächsten etwa gleich.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="317"/>
        <source>--year takes a year from %1 to this year, e.g. %2.</source>
        <translation>--year nimmt ein Jahr von %1 bis zum aktuellen Jahr, z. B. %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="368"/>
        <source>Insights on %1</source>
        <translation>Einblicke am %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="371"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="374"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="376"/>
        <source>no mood recorded</source>
        <translation>keine Stimmung erfasst</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="379"/>
        <source>mean %1 on %2 day(s)</source>
        <translation>Schnitt %1 an %2 Tag(en)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="381"/>
        <source>%1-day average %2 → %3</source>
        <translation>%1-Tage-Durchschnitt %2 → %3</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="389"/>
        <source>Year in pixels, %1 (mood 1 to 5 per day, . = none)</source>
        <translation>Jahr in Pixeln, %1 (Stimmung 1 bis 5 pro Tag, . = keine)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="401"/>
        <source>%1 day(s), mean %2</source>
        <translation>%1 Tag(e), Schnitt %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="401"/>
        <source>0 days</source>
        <translation>0 Tage</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="409"/>
        <source>Years with moods: %1 (--year YYYY shows another)</source>
        <translation>Jahre mit Stimmungen: %1 (--year YYYY zeigt ein anderes)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="415"/>
        <source>Effort (what you control; planned rest days: %1)</source>
        <translation>Einsatz (was du in der Hand hast; geplante Ruhetage: %1)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="418"/>
        <source>%1 day(s) since %2</source>
        <translation>%1 Tag(e) seit %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="418"/>
        <location filename="../backend/cli/CliInsights.cpp" line="424"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="419"/>
        <source>, today done</source>
        <translation>, heute erledigt</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="419"/>
        <source>, nothing yet today</source>
        <translation>, heute noch nichts</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="420"/>
        <source>Current streak</source>
        <translation>Aktuelle Serie</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="422"/>
        <source>Best streak</source>
        <translation>Beste Serie</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="423"/>
        <source>%1 day(s), %2 to %3</source>
        <translation>%1 Tag(e), %2 bis %3</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="425"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="426"/>
        <source>%1 day(s) with effort, %2 rest day(s)</source>
        <translation>%1 Tag(e) mit Einsatz, %2 Ruhetag(e)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="428"/>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="428"/>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="435"/>
        <source>Weekly effort goals</source>
        <translation>Wöchentliche Einsatz-Ziele</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="437"/>
        <source>None yet (goal add TITLE --metric M --per-week N).</source>
        <translation>Noch keine (goal add TITLE --metric M --per-week N).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="442"/>
        <source>%1 of %2 this week</source>
        <translation>%1 von %2 diese Woche</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="443"/>
        <source>met %1 of %2 weeks</source>
        <translation>in %1 von %2 Wochen erreicht</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="448"/>
        <source>Pipeline funnel (applications reaching each step; % of the step before)</source>
        <translation>Bewerbungstrichter (Bewerbungen, die jeden Schritt erreichen; % des vorigen Schritts)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="450"/>
        <source>No applications sent yet.</source>
        <translation>Noch keine Bewerbungen verschickt.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="453"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="467"/>
        <source>All time</source>
        <translation>Insgesamt</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="476"/>
        <source>Resilience (days until the %1-day mood average is back to the %2-day baseline)</source>
        <translation>Resilienz (Tage, bis der %1-Tage-Durchschnitt der Stimmung wieder den %2-Tage-Ausgangswert erreicht)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="481"/>
        <source>No rejections recorded.</source>
        <translation>Keine Absagen erfasst.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="483"/>
        <source>Rejected</source>
        <translation>Absage</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="483"/>
        <source>Application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="483"/>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="483"/>
        <source>Back to baseline</source>
        <translation>Wieder erreicht</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="491"/>
        <source>in %1 day(s)</source>
        <translation>nach %1 Tag(en)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="498"/>
        <source>Mean recovery: %1 day(s) over %2 of %3 rejection(s).</source>
        <translation>Mittlere Erholung: %1 Tag(e) bei %2 von %3 Absage(n).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="507"/>
        <source>Faster recovery when the first week had:</source>
        <translation>Schnellere Erholung, wenn die erste Woche Folgendes hatte:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="512"/>
        <source>%1 day(s) with (%2)</source>
        <translation>%1 Tag(e) mit (%2)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="513"/>
        <source>%1 without (%2)</source>
        <translation>%1 ohne (%2)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="520"/>
        <source>Wins</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="521"/>
        <source>%1 in all, %2 in the last 30 days</source>
        <translation>%1 insgesamt, %2 in den letzten 30 Tagen</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="525"/>
        <source>Recent:</source>
        <translation>Zuletzt:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="529"/>
        <source>A low day: wins worth remembering</source>
        <translation>Ein schwacher Tag: Erfolge, an die es sich zu erinnern lohnt</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="38"/>
        <source>--contact takes NAME, NAME:ROLE, &quot;NAME &lt;EMAIL&gt;&quot; or &quot;NAME:ROLE&lt;EMAIL&gt;&quot; (not “%1”).</source>
        <translation>--contact nimmt NAME, NAME:ROLE, &quot;NAME &lt;EMAIL&gt;&quot; oder &quot;NAME:ROLE&lt;EMAIL&gt;&quot; (nicht „%1“).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="50"/>
        <source>“%1” does not look like an e-mail address.</source>
        <translation>„%1“ sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="149"/>
        <location filename="../backend/cli/CliJobs.cpp" line="598"/>
        <source>Which application? Give its ID (see &quot;app list&quot;).</source>
        <translation>Welche Bewerbung? Gib ihre ID an (siehe &quot;app list&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="153"/>
        <source>No application has the ID %1.</source>
        <translation>Keine Bewerbung hat die ID %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="158"/>
        <source>Which interview? Give its ID (see &quot;interview list&quot;).</source>
        <translation>Welches Gespräch? Gib seine ID an (siehe &quot;interview list&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="162"/>
        <source>No interview has the ID %1.</source>
        <translation>Kein Gespräch hat die ID %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="173"/>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="175"/>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="188"/>
        <source>confidence %1 → %2</source>
        <translation>Zuversicht %1 → %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="298"/>
        <source>Stage:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="298"/>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="300"/>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="302"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="304"/>
        <source>Where:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="306"/>
        <source>Salary:</source>
        <translation>Gehalt:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="308"/>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="309"/>
        <source>Added:</source>
        <translation>Hinzugefügt:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="312"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="321"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="332"/>
        <source>Interviews</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="340"/>
        <location filename="../backend/cli/CliJobs.cpp" line="838"/>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="344"/>
        <source>Stumped me</source>
        <translation>Hat mich kalt erwischt</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="345"/>
        <source>Less confident</source>
        <translation>Weniger sicher</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="346"/>
        <source>Went well</source>
        <translation>Lief gut</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="347"/>
        <source>Next time</source>
        <translation>Nächstes Mal</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="348"/>
        <location filename="../backend/cli/CliJobs.cpp" line="399"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="357"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="379"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="391"/>
        <source>The guided rejection flow is waiting for you in the app.</source>
        <translation>Der geführte Ablauf nach einer Absage wartet in der App auf dich.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="392"/>
        <source>The guided rejection flow is waiting for you in the app (%1 of %2 steps done).</source>
        <translation>Der geführte Ablauf nach einer Absage wartet in der App auf dich (%1 von %2 Schritten erledigt).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="410"/>
        <source>Which company? app add needs --company NAME.</source>
        <translation>Welche Firma? app add braucht --company NAME.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="440"/>
        <source>Give --open or --closed, not both (without either, all are listed).</source>
        <translation>Gib --open oder --closed an, nicht beides (ohne beide werden alle aufgelistet).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="468"/>
        <source>No applications match.</source>
        <translation>Keine Bewerbungen gefunden.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="469"/>
        <source>No applications yet. Add one with &quot;rebound-cli app add --company NAME&quot;.</source>
        <translation>Noch keine Bewerbungen. Füge eine mit &quot;rebound-cli app add --company NAME&quot; hinzu.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="480"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="496"/>
        <location filename="../backend/cli/CliJobs.cpp" line="518"/>
        <location filename="../backend/cli/CliJobs.cpp" line="577"/>
        <location filename="../backend/cli/CliJobs.cpp" line="607"/>
        <source>That application no longer exists.</source>
        <translation>Diese Bewerbung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="509"/>
        <source>app stage needs the application&apos;s ID and the new stage, e.g. &quot;app stage 3f2a interviewing&quot;.</source>
        <translation>app stage braucht die ID der Bewerbung und die neue Phase, z. B. &quot;app stage 3f2a interviewing&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="511"/>
        <source>The stage</source>
        <translation>Die Phase</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="540"/>
        <source>%1 is now at %2 (since %3).</source>
        <translation>%1 ist jetzt in der Phase %2 (seit %3).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="544"/>
        <source>Recorded %1 on %2 in the history; %3 stays at %4, a later step.</source>
        <translation>%1 am %2 im Verlauf festgehalten; %3 bleibt in der Phase %4, einem späteren Schritt.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="548"/>
        <source>I&apos;m sorry. A rejection stings, and it says nothing final about what you are worth.
Rebound has a short guided flow for this moment: name how you feel, ask for
feedback, keep the door open, note what went well. It is a conversation, not a
command, so it does not run here: it is waiting for you in the app, on this
application.</source>
        <translation>Das tut mir leid. Eine Absage schmerzt, und sie sagt nichts Endgültiges darüber, was du wert bist.
Rebound hat einen kurzen geführten Ablauf für diesen Moment: benennen, wie es dir geht,
nach Feedback fragen, die Tür offen halten, festhalten, was gut lief. Das ist ein Gespräch,
kein Befehl, deshalb läuft es nicht hier: Es wartet in der App auf dich, bei dieser
Bewerbung.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="555"/>
        <source>That is %1 rejections in the last %2 days. When you are ready, a goal review
in the app can help you decide what to change, and what to keep.</source>
        <translation>Das sind %1 Absagen in den letzten %2 Tagen. Wenn du so weit bist, kann dir ein Ziel-Rückblick
in der App helfen zu entscheiden, was du ändern und was du beibehalten willst.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="567"/>
        <source>The stage changes with &quot;app stage ID STAGE [--date D] [--note N]&quot;, which keeps its history; app edit changes the other fields.</source>
        <translation>Die Phase änderst du mit &quot;app stage ID STAGE [--date D] [--note N]&quot;, das ihren Verlauf behält; app edit ändert die anderen Felder.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="590"/>
        <location filename="../backend/cli/CliJournal.cpp" line="291"/>
        <source>Nothing to change in %1.</source>
        <translation>Bei %1 gibt es nichts zu ändern.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="611"/>
        <source>Delete %1 with its stage history, people and %2 interview(s)?</source>
        <translation>%1 mit Phasenverlauf, Personen und %2 Gespräch(en) löschen?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="614"/>
        <source>Delete %1 with its stage history and people?</source>
        <translation>%1 mit Phasenverlauf und Personen löschen?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="623"/>
        <source>Its feedback stays in your skills plan.</source>
        <translation>Ihr Feedback bleibt in deinem Kompetenzplan.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="654"/>
        <source>Exported %1 application(s) to %2.</source>
        <translation>%1 Bewerbung(en) nach %2 exportiert.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="656"/>
        <source>Warning: the export is not encrypted. Anyone who can read the file can read your applications; delete it when you no longer need it.</source>
        <translation>Achtung: Der Export ist nicht verschlüsselt. Wer die Datei lesen kann, kann deine Bewerbungen lesen; lösch sie, wenn du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="693"/>
        <source>--with takes a name.</source>
        <translation>--with nimmt einen Namen.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="718"/>
        <source>Which application? interview add needs its ID (see &quot;app list&quot;).</source>
        <translation>Welche Bewerbung? interview add braucht ihre ID (siehe &quot;app list&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="720"/>
        <source>When is it? interview add needs --at &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>Wann ist es? interview add braucht --at &quot;YYYY-MM-DD HH:MM&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="747"/>
        <source>Reminder to prepare: %1.</source>
        <translation>Erinnerung zur Vorbereitung: %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="761"/>
        <source>That interview no longer exists.</source>
        <translation>Dieses Gespräch gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="795"/>
        <source>Updated the interview of %1.</source>
        <translation>Das Gespräch bei %1 wurde aktualisiert.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="795"/>
        <source>Nothing to change in the interview of %1.</source>
        <translation>Beim Gespräch bei %1 gibt es nichts zu ändern.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="823"/>
        <source>No interviews ahead.</source>
        <translation>Keine anstehenden Gespräche.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="823"/>
        <source>No interviews yet.</source>
        <translation>Noch keine Gespräche.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="17"/>
        <source>Which entry? Give its ID (see &quot;journal list&quot;).</source>
        <translation>Welcher Eintrag? Gib seine ID an (siehe &quot;journal list&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="20"/>
        <source>No journal entry has the ID %1.</source>
        <translation>Kein Tagebucheintrag hat die ID %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="65"/>
        <source>There is no emotion called “%1”. Known emotions: %2.</source>
        <translation>Es gibt kein Gefühl namens „%1“. Bekannte Gefühle: %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="66"/>
        <source>There is no effort called “%1”. Known efforts: %2.</source>
        <translation>Es gibt keinen Einsatz namens „%1“. Bekannte Einsatz-Tags: %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="87"/>
        <source>As filters, --emotion and --tag take one value each.</source>
        <translation>Als Filter nehmen --emotion und --tag je einen Wert.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="89"/>
        <source>Give either --date or --from/--to, not both.</source>
        <translation>Gib entweder --date oder --from/--to an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="97"/>
        <source>--from must not be after --to.</source>
        <translation>--from darf nicht nach --to liegen.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="121"/>
        <source>There is no template “%1”. Templates: %2.</source>
        <translation>Es gibt keine Vorlage „%1“. Vorlagen: %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="133"/>
        <source>Write your entry (leave it empty to start from the template); finish with Ctrl-D on an empty line.</source>
        <translation>Schreib deinen Eintrag (leer lassen, um mit der Vorlage zu beginnen); beende mit Ctrl-D in einer leeren Zeile.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="135"/>
        <source>Write your entry; finish with Ctrl-D on an empty line.</source>
        <translation>Schreib deinen Eintrag; beende mit Ctrl-D in einer leeren Zeile.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="144"/>
        <source>The entry is empty; nothing was saved.</source>
        <translation>Der Eintrag ist leer; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="176"/>
        <location filename="../backend/cli/CliJournal.cpp" line="219"/>
        <source>No journal entries match.</source>
        <translation>Keine Tagebucheinträge gefunden.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="176"/>
        <source>No journal entries yet.</source>
        <translation>Noch keine Tagebucheinträge.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="193"/>
        <source>What should I search for? Give words, filters, or both.</source>
        <translation>Wonach soll ich suchen? Gib Wörter, Filter oder beides an.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="241"/>
        <location filename="../backend/cli/CliJournal.cpp" line="274"/>
        <source>That entry no longer exists.</source>
        <translation>Diesen Eintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="246"/>
        <source>ID:       %1</source>
        <translation>ID:       %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="247"/>
        <source>Date:     %1</source>
        <translation>Datum:    %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="248"/>
        <source>Mood:     %1</source>
        <translation>Stimmung: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="248"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="250"/>
        <source>Tags:     %1</source>
        <translation>Tags:     %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="252"/>
        <source>Emotions: %1</source>
        <translation>Gefühle:  %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="254"/>
        <source>Template: %1</source>
        <translation>Vorlage:  %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="263"/>
        <source>Give the new text with --text or --stdin, not both.</source>
        <translation>Gib den neuen Text mit --text oder --stdin an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="32"/>
        <source>--days takes a number of days from 0 to %1.</source>
        <translation>--days nimmt eine Zahl von Tagen von 0 bis %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="67"/>
        <source>reminders --due takes no value: it lists what is due now.</source>
        <translation>reminders --due nimmt keinen Wert: Es listet, was jetzt fällig ist.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="69"/>
        <source>reminders --due lists what is due now; it does not go with --days or --ics.</source>
        <translation>reminders --due listet, was jetzt fällig ist; es passt nicht zu --days oder --ics.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="71"/>
        <source>reminders --ics writes iCalendar; it does not go with --json.</source>
        <translation>reminders --ics schreibt iCalendar; es passt nicht zu --json.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="77"/>
        <source>--ics takes the name of a file to write (or - for stdout).</source>
        <translation>--ics nimmt den Namen einer Datei, die geschrieben werden soll (oder - für stdout).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="97"/>
        <source>Warning: the calendar is not encrypted; take care where you keep it.</source>
        <translation>Achtung: Der Kalender ist nicht verschlüsselt; überleg dir gut, wo du ihn aufbewahrst.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="108"/>
        <source>Wrote %1 reminder(s) for the next %2 day(s) to %3 (iCalendar).</source>
        <translation>%1 Erinnerung(en) für die nächsten %2 Tag(e) nach %3 geschrieben (iCalendar).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="113"/>
        <source>Warning: the calendar file is not encrypted. Anyone who can read it sees who and what your reminders are about.</source>
        <translation>Achtung: Die Kalenderdatei ist nicht verschlüsselt. Wer sie lesen kann, sieht, wen und was deine Erinnerungen betreffen.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="138"/>
        <source>Nothing is due.</source>
        <translation>Nichts ist fällig.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="138"/>
        <source>Nothing is due in the next %1 day(s).</source>
        <translation>In den nächsten %1 Tag(en) ist nichts fällig.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="144"/>
        <source>Due now:</source>
        <translation>Jetzt fällig:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="147"/>
        <source>Next %1 day(s):</source>
        <translation>Nächste %1 Tag(e):</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="161"/>
        <source>rebound-cli: reminders cannot be shown while the app is closed: the vault&apos;s key is not remembered on this device. Unlock Rebound with &quot;Remember on this device&quot; turned on (it keeps the key in the system keyring); until then reminders show only while the app is open. Nothing was changed.</source>
        <translation>rebound-cli: Erinnerungen können nicht angezeigt werden, solange die App geschlossen ist: Der Schlüssel des Tresors ist auf diesem Gerät nicht gemerkt. Entsperre Rebound mit eingeschaltetem „Auf diesem Gerät merken“ (der Schlüssel liegt dann im System-Schlüsselbund); bis dahin erscheinen Erinnerungen nur, solange die App offen ist. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="185"/>
        <source>The system keyring did not answer (is it locked?). No reminders were shown; the timer tries again later.</source>
        <translation>Der System-Schlüsselbund hat nicht geantwortet (ist er gesperrt?). Es wurden keine Erinnerungen angezeigt; der Timer versucht es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="199"/>
        <source>No reminder was marked as notified; they will be shown next time.</source>
        <translation>Keine Erinnerung wurde als benachrichtigt markiert; sie werden beim nächsten Mal angezeigt.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="204"/>
        <source>Showed %1 notification(s) for %2 reminder(s).</source>
        <translation>%1 Benachrichtigung(en) für %2 Erinnerung(en) angezeigt.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="17"/>
        <source>1 mention</source>
        <translation>1 Erwähnung</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="17"/>
        <source>%1 mentions</source>
        <translation>%1 Erwähnungen</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="76"/>
        <source>Which action? Give its ID (see &quot;skills&quot;).</source>
        <translation>Welche Maßnahme? Gib ihre ID an (siehe &quot;skills&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="80"/>
        <source>No action has the ID %1.</source>
        <translation>Keine Maßnahme hat die ID %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="92"/>
        <source>There is no skill called “%1” yet; skills come from feedback (&quot;feedback add --weakness SKILL&quot;).</source>
        <translation>Es gibt noch keine Fähigkeit namens „%1“; Fähigkeiten kommen aus Feedback (&quot;feedback add --weakness SKILL&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="95"/>
        <source>There is no skill called “%1”. Skills: %2.</source>
        <translation>Es gibt keine Fähigkeit namens „%1“. Fähigkeiten: %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="119"/>
        <source>That interview belongs to another application; give --interview alone.</source>
        <translation>Dieses Gespräch gehört zu einer anderen Bewerbung; gib nur --interview an.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="128"/>
        <source>Added to your skills plan: see &quot;rebound-cli skills&quot;.</source>
        <translation>Zu deinem Kompetenzplan hinzugefügt: siehe &quot;rebound-cli skills&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="147"/>
        <source>No feedback yet. When some comes, &quot;rebound-cli feedback add&quot; turns it into a skills plan.</source>
        <translation>Noch kein Feedback. Wenn welches kommt, macht &quot;rebound-cli feedback add&quot; daraus einen Kompetenzplan.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="194"/>
        <source>No skills yet. Feedback names them: &quot;rebound-cli feedback add --strength S --weakness W&quot;.</source>
        <translation>Noch keine Fähigkeiten. Feedback nennt sie: &quot;rebound-cli feedback add --strength S --weakness W&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="206"/>
        <source>Strengths: lean on these</source>
        <translation>Stärken: Darauf kannst du bauen</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="208"/>
        <location filename="../backend/cli/CliSkills.cpp" line="217"/>
        <source>None named yet.</source>
        <translation>Noch keine genannt.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="213"/>
        <source>Pitch: %1</source>
        <translation>Pitch: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="215"/>
        <source>Weaknesses: work on these</source>
        <translation>Schwächen: Daran kannst du arbeiten</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="224"/>
        <source>No action yet: rebound-cli skills action add &quot;%1&quot; --title ...</source>
        <translation>Noch keine Maßnahme: rebound-cli skills action add &quot;%1&quot; --title ...</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="244"/>
        <source>Which skill? e.g. skills action add &quot;System design&quot; --title &quot;Read a chapter a day&quot;.</source>
        <translation>Welche Fähigkeit? z. B. skills action add &quot;Systemdesign&quot; --title &quot;Jeden Tag ein Kapitel lesen&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="246"/>
        <source>What will you do? skills action add needs --title TEXT.</source>
        <translation>Was hast du vor? skills action add braucht --title TEXT.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="269"/>
        <source>That action no longer exists.</source>
        <translation>Diese Maßnahme gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="275"/>
        <source>“%1” was already done.</source>
        <translation>„%1“ war schon erledigt.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="275"/>
        <source>Done: “%1”. Well done.</source>
        <translation>Erledigt: „%1“. Gut gemacht.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="285"/>
        <source>Which skill? e.g. skills pitch &quot;Communication&quot; &quot;I explain ...&quot;.</source>
        <translation>Welche Fähigkeit? z. B. skills pitch &quot;Kommunikation&quot; &quot;Ich erkläre ...&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="289"/>
        <source>Give the pitch as words or with --stdin, not both.</source>
        <translation>Gib den Pitch als Wörter oder mit --stdin an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="295"/>
        <source>How do you tell this strength? Finish with Ctrl-D on an empty line.</source>
        <translation>Wie stellst du diese Stärke dar? Beende mit Ctrl-D in einer leeren Zeile.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="305"/>
        <source>Cleared the pitch for %1.</source>
        <translation>Pitch für %1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="305"/>
        <source>Saved your pitch for %1.</source>
        <translation>Dein Pitch für %1 wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="27"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="27"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="70"/>
        <source>Give either --server URL (WebDAV) or --folder DIR.</source>
        <translation>Gib entweder --server URL (WebDAV) oder --folder DIR an.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="77"/>
        <source>--server takes an address such as https://cloud.example.org/remote.php/dav/files/me/Rebound/</source>
        <translation>--server nimmt eine Adresse wie https://cloud.example.org/remote.php/dav/files/me/Rebound/</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="80"/>
        <source>Give the account with --user, not inside the address; the password is asked for.</source>
        <translation>Gib das Konto mit --user an, nicht in der Adresse; nach dem Passwort wird gefragt.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="86"/>
        <source>--user and --allow-http are for --server only.</source>
        <translation>--user und --allow-http gibt es nur mit --server.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="92"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="97"/>
        <source>Server password: </source>
        <translation>Server-Passwort: </translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="100"/>
        <source>Sync passphrase: </source>
        <translation>Sync-Passphrase: </translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="100"/>
        <source>New sync passphrase: </source>
        <translation>Neue Sync-Passphrase: </translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="115"/>
        <source>Joined the sync at %1 as &quot;%2&quot;.</source>
        <translation>Der Synchronisierung unter %1 als &quot;%2&quot; beigetreten.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="115"/>
        <source>Sync is set up at %1 for &quot;%2&quot;.</source>
        <translation>Die Synchronisierung unter %1 ist für &quot;%2&quot; eingerichtet.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="118"/>
        <source>Received %1 changes, sent %2.</source>
        <translation>%1 Änderungen empfangen, %2 gesendet.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="120"/>
        <source>Keep the sync passphrase safe: every device needs it, and it cannot be recovered.</source>
        <translation>Bewahre die Sync-Passphrase sicher auf: Jedes Gerät braucht sie, und sie kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="135"/>
        <source>Synced: %1 changes received, %2 sent.</source>
        <translation>Synchronisiert: %1 Änderungen empfangen, %2 gesendet.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="136"/>
        <source>%1 requests, %2 up, %3 down, %4 s.</source>
        <translation>%1 Anfragen, %2 hoch, %3 runter, %4 s.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="141"/>
        <source>%1 edits made at the same time on two devices were kept as earlier versions; see them in Settings → Sync in the app.</source>
        <translation>%1 Änderungen, die gleichzeitig auf zwei Geräten gemacht wurden, wurden als frühere Versionen aufbewahrt; du findest sie in der App unter Einstellungen → Synchronisierung.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="177"/>
        <source>Sync is off on this device. Set it up with &quot;rebound-cli sync setup&quot;.</source>
        <translation>Die Synchronisierung ist auf diesem Gerät aus. Richte sie mit &quot;rebound-cli sync setup&quot; ein.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="180"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="181"/>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="181"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="182"/>
        <source>This device:</source>
        <translation>Dieses Gerät:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="183"/>
        <source>Last sync:</source>
        <translation>Letzte Synchronisierung:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="184"/>
        <source>Pending changes:</source>
        <translation>Ausstehende Änderungen:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="185"/>
        <source>Conflicts kept:</source>
        <translation>Aufbewahrte Konflikte:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="187"/>
        <source>Last attempt failed:</source>
        <translation>Letzter Versuch fehlgeschlagen:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="189"/>
        <source>Action needed:</source>
        <translation>Handlungsbedarf:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="189"/>
        <source>the sync passphrase changed on another device; enter it in the app (Settings → Sync).</source>
        <translation>Die Sync-Passphrase wurde auf einem anderen Gerät geändert; gib sie in der App ein (Einstellungen → Synchronisierung).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="192"/>
        <source>Devices:</source>
        <translation>Geräte:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="195"/>
        <source> (this device)</source>
        <translation> (dieses Gerät)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="196"/>
        <source>last heard from %1</source>
        <translation>zuletzt gemeldet %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="207"/>
        <source>Sync is already off on this device.</source>
        <translation>Die Synchronisierung ist auf diesem Gerät schon aus.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="210"/>
        <source>Turn sync off on this device? The data on the server stays, and other devices keep syncing.</source>
        <translation>Synchronisierung auf diesem Gerät ausschalten? Die Daten auf dem Server bleiben, und andere Geräte synchronisieren weiter.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="214"/>
        <source>Sync is off on this device.</source>
        <translation>Die Synchronisierung ist auf diesem Gerät aus.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="44"/>
        <source>--map takes a mood word and a level from 1 to 5, e.g. --map &quot;Zen=5&quot;.</source>
        <translation>--map nimmt ein Stimmungswort und eine Stufe von 1 bis 5, z. B. --map &quot;Zen=5&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="72"/>
        <source>Exported %1 journal entries and %2 records. The files are not encrypted: keep them somewhere safe.</source>
        <translation>%1 Tagebucheinträge und %2 Datensätze exportiert. Die Dateien sind nicht verschlüsselt: Bewahre sie an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="83"/>
        <source>Where to? e.g. backup create ~/rebound.rebound-backup</source>
        <translation>Wohin? z. B. backup create ~/rebound.rebound-backup</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="90"/>
        <location filename="../backend/cli/CliData.cpp" line="107"/>
        <location filename="../backend/cli/CliData.cpp" line="133"/>
        <source>Backup passphrase: </source>
        <translation>Sicherungs-Passphrase: </translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="96"/>
        <source>Backed up %1 records to %2. You need the backup passphrase to restore it.</source>
        <translation>%1 Datensätze in %2 gesichert. Zum Wiederherstellen brauchst du die Sicherungs-Passphrase.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="106"/>
        <source>Which file? e.g. backup check rebound.rebound-backup</source>
        <translation>Welche Datei? z. B. backup check rebound.rebound-backup</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="118"/>
        <source>The backup is complete and intact: %1 records from vault %2, made on %3 by Rebound %4.</source>
        <translation>Die Sicherung ist vollständig und intakt: %1 Datensätze aus dem Tresor %2, erstellt am %3 mit Rebound %4.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="128"/>
        <source>Which file? e.g. backup restore rebound.rebound-backup</source>
        <translation>Welche Datei? z. B. backup restore rebound.rebound-backup</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="131"/>
        <source>A vault already exists in %1. Restore into another folder with --vault DIR.</source>
        <translation>In %1 gibt es schon einen Tresor. Stell die Sicherung mit --vault DIR in einem anderen Ordner wieder her.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="135"/>
        <source>Restored the backup into a new vault in %1. Its passphrase is the backup&apos;s; change it with &quot;rebound-cli passwd&quot;.</source>
        <translation>Die Sicherung wurde in einem neuen Tresor in %1 wiederhergestellt. Seine Passphrase ist die der Sicherung; ändern kannst du sie mit &quot;rebound-cli passwd&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="145"/>
        <source>Which file? e.g. import daylio daylio_export.csv</source>
        <translation>Welche Datei? z. B. import daylio daylio_export.csv</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="153"/>
        <source>%1 is not a Daylio export we can read. %2 Nothing was imported.</source>
        <translation>%1 ist kein Daylio-Export, den wir lesen können. %2 Nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="170"/>
        <source>%1: %2 entries from %3 to %4.</source>
        <translation>%1: %2 Einträge vom %3 bis %4.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="175"/>
        <source>New check-ins: %1</source>
        <translation>Neue Check-ins: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="176"/>
        <source>New journal entries (from notes): %1</source>
        <translation>Neue Tagebucheinträge (aus Notizen): %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="178"/>
        <source>Already imported, skipped: %1</source>
        <translation>Bereits importiert, übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="183"/>
        <source>New effort tags: %1</source>
        <translation>Neue Einsatz-Tags: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="188"/>
        <source>Custom moods without a level (%1 entries get no check-in): %2. Give each one with --map &quot;WORD=1-5&quot;.</source>
        <translation>Eigene Stimmungen ohne Stufe (%1 Einträge erhalten keinen Check-in): %2. Gib für jede eine Stufe mit --map &quot;WORD=1-5&quot; an.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="205"/>
        <source>Import them?</source>
        <translation>Importieren?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="219"/>
        <source>Imported %1 check-ins and %2 journal entries (tagged &quot;%3&quot;); %4 new effort tags.</source>
        <translation>%1 Check-ins und %2 Tagebucheinträge (mit dem Tag &quot;%3&quot;) importiert; %4 neue Einsatz-Tags.</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <location filename="../qml/pages/ComingSoonPage.qml" line="25"/>
        <source>Coming in a later version of Rebound.</source>
        <translation>Kommt in einer späteren Version von Rebound.</translation>
    </message>
</context>
<context>
    <name>ComingUpCard</name>
    <message>
        <location filename="../qml/today/ComingUpCard.qml" line="22"/>
        <source>Overdue · %1</source>
        <translation>Überfällig · %1</translation>
    </message>
    <message>
        <location filename="../qml/today/ComingUpCard.qml" line="24"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../qml/today/ComingUpCard.qml" line="26"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../qml/today/ComingUpCard.qml" line="35"/>
        <source>Coming up</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <location filename="../qml/today/ComingUpCard.qml" line="88"/>
        <source>Mark done: %1</source>
        <translation>Als erledigt markieren: %1</translation>
    </message>
</context>
<context>
    <name>ConfidencePicker</name>
    <message>
        <location filename="../qml/jobs/ConfidencePicker.qml" line="21"/>
        <source>Very unsure</source>
        <translation>Sehr unsicher</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ConfidencePicker.qml" line="23"/>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ConfidencePicker.qml" line="25"/>
        <source>So-so</source>
        <translation>Mittelmäßig</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ConfidencePicker.qml" line="27"/>
        <source>Confident</source>
        <translation>Zuversichtlich</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ConfidencePicker.qml" line="29"/>
        <source>Very confident</source>
        <translation>Sehr zuversichtlich</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ConfidencePicker.qml" line="31"/>
        <source>Not given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ConfidencePicker.qml" line="43"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ConfidencePicker.qml" line="90"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ConfirmDeleteDialog</name>
    <message>
        <location filename="../qml/journal/ConfirmDeleteDialog.qml" line="17"/>
        <source>Delete this entry?</source>
        <translation>Diesen Eintrag löschen?</translation>
    </message>
    <message>
        <location filename="../qml/journal/ConfirmDeleteDialog.qml" line="20"/>
        <source>It will be removed from this device.</source>
        <translation>Er wird von diesem Gerät entfernt.</translation>
    </message>
    <message>
        <location filename="../qml/journal/ConfirmDeleteDialog.qml" line="35"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/journal/ConfirmDeleteDialog.qml" line="43"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../qml/journal/ConfirmDeleteDialog.qml" line="45"/>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../qml/jobs/ConfirmDialog.qml" line="12"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ConfirmDialog.qml" line="45"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="72"/>
        <source>Give the contact a name.</source>
        <translation>Gib dem Kontakt einen Namen.</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="75"/>
        <source>&quot;%1&quot; does not look like an e-mail address.</source>
        <translation>„%1“ sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="126"/>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="126"/>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="153"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="161"/>
        <source>e.g. Maya Chen</source>
        <translation>z. B. Maya Chen</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="164"/>
        <source>Name (required)</source>
        <translation>Name (Pflichtfeld)</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="179"/>
        <location filename="../qml/people/ContactEditor.qml" line="189"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="186"/>
        <source>e.g. Northwind</source>
        <translation>z. B. Northwind</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="198"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="205"/>
        <source>e.g. Talent partner</source>
        <translation>z. B. Talent Partner</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="208"/>
        <source>Role at work</source>
        <translation>Rolle im Job</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="214"/>
        <source>Who they are to you</source>
        <translation>Wer die Person für dich ist</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="221"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="231"/>
        <source>Tag: %1</source>
        <translation>Tag: %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="238"/>
        <location filename="../qml/people/ContactEditor.qml" line="246"/>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="250"/>
        <source>From tags</source>
        <translation>Nach Tags</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="254"/>
        <source>Every…</source>
        <translation>Alle …</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="258"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="278"/>
        <source>Days between contacts</source>
        <translation>Tage zwischen Kontakten</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="283"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="291"/>
        <source>No keep-in-touch reminders for this contact.</source>
        <translation>Keine Erinnerungen zum In-Kontakt-Bleiben für diesen Kontakt.</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="291"/>
        <source>Every %1 days, the shortest default of the chosen tags (Settings → Reminders).</source>
        <translation>Alle %1 Tage, der kürzeste Standard der gewählten Tags (Einstellungen → Erinnerungen).</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="291"/>
        <source>None of the chosen tags has a default, so no reminders until you add one.</source>
        <translation>Keiner der gewählten Tags hat einen Standard, also keine Erinnerungen, bis du einen festlegst.</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="298"/>
        <location filename="../qml/people/ContactEditor.qml" line="305"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="306"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="307"/>
        <source>Add an e-mail</source>
        <translation>E-Mail hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="312"/>
        <location filename="../qml/people/ContactEditor.qml" line="319"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="320"/>
        <source>+44 20 7946 0000</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="321"/>
        <source>Add a phone number</source>
        <translation>Telefonnummer hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="326"/>
        <location filename="../qml/people/ContactEditor.qml" line="337"/>
        <source>Profile link</source>
        <translation>Profil-Link</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="333"/>
        <source>e.g. linkedin.com/in/…</source>
        <translation>z. B. linkedin.com/in/…</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="341"/>
        <location filename="../qml/people/ContactEditor.qml" line="351"/>
        <source>How you met</source>
        <translation>Wie ihr euch kennengelernt habt</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="348"/>
        <source>e.g. Meetup on data tooling, March</source>
        <translation>z. B. Meetup zu Datentools, März</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="355"/>
        <location filename="../qml/people/ContactEditor.qml" line="368"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="363"/>
        <source>What they work on, what you promised, what to ask next time…</source>
        <translation>Woran die Person arbeitet, was du versprochen hast, was du nächstes Mal fragen willst…</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="380"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="382"/>
        <source>Delete contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="392"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="393"/>
        <source>Cancel without saving</source>
        <translation>Abbrechen ohne zu speichern</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="402"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="402"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="403"/>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="403"/>
        <source>Save contact</source>
        <translation>Kontakt speichern</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <location filename="../qml/people/ContactList.qml" line="49"/>
        <source>Search name, company, role or e-mail</source>
        <translation>Name, Firma, Rolle oder E-Mail suchen</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactList.qml" line="53"/>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactList.qml" line="61"/>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactList.qml" line="98"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactList.qml" line="100"/>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="57"/>
        <source>“%1” is not a web link (http or https).</source>
        <translation>„%1“ ist kein Weblink (http oder https).</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="88"/>
        <source>Give the contact a name.</source>
        <translation>Gib dem Kontakt einen Namen.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="99"/>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="106"/>
        <source>A contact can have at most %1 email addresses.</source>
        <translation>Ein Kontakt kann höchstens %1 E-Mail-Adressen haben.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="117"/>
        <source>“%1” is not a phone number.</source>
        <translation>„%1“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="124"/>
        <source>A contact can have at most %1 phone numbers.</source>
        <translation>Ein Kontakt kann höchstens %1 Telefonnummern haben.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="138"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="364"/>
        <source>Unknown tag: %1.</source>
        <translation>Unbekannter Tag: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="149"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="366"/>
        <source>Keep in touch every 1 to %1 days, or turn it off.</source>
        <translation>Bleib alle 1 bis %1 Tage in Kontakt oder schalte es aus.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="156"/>
        <source>Choose who you were in touch with.</source>
        <translation>Wähle, mit wem du in Kontakt warst.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="158"/>
        <source>Unknown kind of contact: %1.</source>
        <translation>Unbekannte Kontaktart: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="160"/>
        <source>Give the day you were in touch.</source>
        <translation>Gib den Tag an, an dem ihr in Kontakt wart.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="177"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="187"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="305"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="336"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="418"/>
        <source>That contact no longer exists.</source>
        <translation>Diesen Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="315"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="327"/>
        <source>That interaction no longer exists.</source>
        <translation>Diese Interaktion gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="416"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="430"/>
        <source>That person is no longer on the application.</source>
        <translation>Diese Person gehört nicht mehr zur Bewerbung.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="450"/>
        <source>At most %1 contacts can be imported at once.</source>
        <translation>Es können höchstens %1 Kontakte auf einmal importiert werden.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="458"/>
        <source>Contact %1 (%2): %3</source>
        <translation>Kontakt %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="460"/>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="518"/>
        <source>Give the template a name.</source>
        <translation>Gib der Vorlage einen Namen.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="522"/>
        <source>Write the message of the template.</source>
        <translation>Schreib die Nachricht der Vorlage.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="533"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="545"/>
        <source>That template no longer exists.</source>
        <translation>Diese Vorlage gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <location filename="../qml/people/ContactRow.qml" line="31"/>
        <source>last contacted %1</source>
        <translation>letzter Kontakt: %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactRow.qml" line="62"/>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>ContactView</name>
    <message>
        <location filename="../qml/people/ContactView.qml" line="22"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="45"/>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="45"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="65"/>
        <source>Back to people</source>
        <translation>Zurück zu den Kontakten</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="65"/>
        <source>Close the contact</source>
        <translation>Kontakt schließen</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="76"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="78"/>
        <source>Delete contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="85"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="86"/>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="172"/>
        <location filename="../qml/people/ContactView.qml" line="186"/>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="203"/>
        <source>Last contacted %1 (%2)</source>
        <translation>Letzter Kontakt: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="203"/>
        <source>Nothing logged yet</source>
        <translation>Noch nichts eingetragen</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="211"/>
        <source>Cadence: %1 · next on %2</source>
        <translation>Rhythmus: %1 · nächstes Mal am %2</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="211"/>
        <source>Cadence: %1</source>
        <translation>Rhythmus: %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="223"/>
        <location filename="../qml/people/ContactView.qml" line="308"/>
        <source>Log</source>
        <translation>Eintragen</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="224"/>
        <source>Log an interaction with %1</source>
        <translation>Interaktion mit %1 eintragen</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="229"/>
        <source>Reach out</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="230"/>
        <source>Write to %1</source>
        <translation>%1 schreiben</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="238"/>
        <source>Reach them</source>
        <translation>Erreichbar über</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="240"/>
        <source>No e-mail, phone or profile yet. Edit to add them.</source>
        <translation>Noch keine E-Mail, Telefonnummer oder Profil. Über „Bearbeiten“ hinzufügen.</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="251"/>
        <source>Write an e-mail to %1</source>
        <translation>E-Mail an %1 schreiben</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="265"/>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="275"/>
        <source>Open the profile link</source>
        <translation>Profil-Link öffnen</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="283"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="288"/>
        <source>Met: %1</source>
        <translation>Kennengelernt: %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="307"/>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="309"/>
        <source>Log an interaction</source>
        <translation>Interaktion eintragen</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="311"/>
        <source>Log a message, call or coffee and the keep-in-touch clock restarts from that day.</source>
        <translation>Trag eine Nachricht, einen Anruf oder einen Kaffee ein, dann beginnt die Kontakt-Uhr ab diesem Tag neu.</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="329"/>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="331"/>
        <source>Link a person on an application to this contact (Job search → the application → People) and it shows here.</source>
        <translation>Verknüpfe eine Person bei einer Bewerbung mit diesem Kontakt (Jobsuche → die Bewerbung → Kontakte), dann erscheint sie hier.</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="344"/>
        <source>%1, %2, %3. Open in Job search</source>
        <translation>%1, %2, %3. In der Jobsuche öffnen</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="12"/>
        <source>Recruiter</source>
        <translation>Recruiter</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="13"/>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="14"/>
        <source>Hiring manager</source>
        <translation>Hiring Manager</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="15"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="16"/>
        <source>Peer</source>
        <translation>Kollege/-in</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="17"/>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="24"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="25"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="26"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="27"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="28"/>
        <source>Coffee</source>
        <translation>Kaffee</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="29"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="25"/>
        <source>Welcome to Rebound</source>
        <translation>Willkommen bei Rebound</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="26"/>
        <source>A private place to look after yourself while you look for work: your mood, your journal, your job search and the people on your side.</source>
        <translation>Ein privater Ort, um gut für dich zu sorgen, während du Arbeit suchst: deine Stimmung, dein Tagebuch, deine Jobsuche und die Menschen an deiner Seite.</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="34"/>
        <source>Choose a passphrase</source>
        <translation>Wähle eine Passphrase</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="35"/>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="46"/>
        <source>Use at least %1 characters.</source>
        <translation>Verwende mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="53"/>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="63"/>
        <source>The two passphrases don&apos;t match yet.</source>
        <translation>Die beiden Passphrasen stimmen noch nicht überein.</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="98"/>
        <source>&lt;b&gt;Nobody can recover a forgotten passphrase&lt;/b&gt;, not even us: your data is encrypted with it. Write it down somewhere safe.</source>
        <translation>&lt;b&gt;Niemand kann eine vergessene Passphrase wiederherstellen&lt;/b&gt;, auch wir nicht: Deine Daten sind damit verschlüsselt. Schreib sie dir an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="104"/>
        <source>Nobody can recover a forgotten passphrase, not even us: your data is encrypted with it. Write it down somewhere safe.</source>
        <translation>Niemand kann eine vergessene Passphrase wiederherstellen, auch wir nicht: Deine Daten sind damit verschlüsselt. Schreib sie dir an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="116"/>
        <source>Creating your vault…</source>
        <translation>Dein Tresor wird erstellt…</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="116"/>
        <source>Create vault</source>
        <translation>Tresor erstellen</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="127"/>
        <source>Restore from a backup…</source>
        <translation>Aus Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="128"/>
        <source>Restore your vault from a backup file</source>
        <translation>Deinen Tresor aus einer Sicherungsdatei wiederherstellen</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="136"/>
        <source>Creating your vault</source>
        <translation>Dein Tresor wird erstellt</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="142"/>
        <source>Choose a Rebound backup</source>
        <translation>Rebound-Sicherung wählen</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="144"/>
        <source>Rebound backups (*.rebound-backup)</source>
        <translation>Rebound-Sicherungen (*.rebound-backup)</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="144"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <location filename="../backend/crypto/KeyDerivation.cpp" line="44"/>
        <source>The key-derivation salt is damaged.</source>
        <translation>Das Salz für die Schlüsselableitung ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../backend/crypto/KeyDerivation.cpp" line="50"/>
        <source>Not enough memory to derive the key (%1 MiB needed).</source>
        <translation>Nicht genug Speicher, um den Schlüssel abzuleiten (%1 MiB nötig).</translation>
    </message>
    <message>
        <location filename="../backend/crypto/SecureBytes.cpp" line="16"/>
        <source>The cryptography library could not start.</source>
        <translation>Die Kryptografie-Bibliothek konnte nicht starten.</translation>
    </message>
    <message>
        <location filename="../backend/crypto/SecureBytes.cpp" line="25"/>
        <source>Out of secure memory.</source>
        <translation>Kein sicherer Speicher mehr frei.</translation>
    </message>
</context>
<context>
    <name>DBusNotifier</name>
    <message>
        <location filename="../platform/linux/DBusNotifier.cpp" line="16"/>
        <source>Notifications cannot be shown: there is no desktop session bus (D-Bus) to send them through.</source>
        <translation>Benachrichtigungen können nicht angezeigt werden: Es gibt keinen Sitzungsbus (D-Bus), über den sie gesendet werden können.</translation>
    </message>
    <message>
        <location filename="../platform/linux/DBusNotifier.cpp" line="34"/>
        <source>Notifications cannot be shown: no notification service is running in this desktop session.</source>
        <translation>Benachrichtigungen können nicht angezeigt werden: In dieser Desktop-Sitzung läuft kein Benachrichtigungsdienst.</translation>
    </message>
    <message>
        <location filename="../platform/linux/DBusNotifier.cpp" line="62"/>
        <source>The notification service did not show the notification: %1</source>
        <translation>Der Benachrichtigungsdienst hat die Benachrichtigung nicht angezeigt: %1</translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="34"/>
        <source>Export and backup</source>
        <translation>Export und Sicherung</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="39"/>
        <source>Export everything</source>
        <translation>Alles exportieren</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="41"/>
        <source>A folder with your journal as Markdown files, check-ins and applications as CSV, contacts as vCard, reminders as iCalendar and everything as JSON. The files are not encrypted.</source>
        <translation>Ein Ordner mit deinem Tagebuch als Markdown-Dateien, Check-ins und Bewerbungen als CSV, Kontakten als vCard, Erinnerungen als iCalendar und allem als JSON. Die Dateien sind nicht verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="44"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="46"/>
        <source>Export everything to a folder</source>
        <translation>Alles in einen Ordner exportieren</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="53"/>
        <source>Encrypted backup</source>
        <translation>Verschlüsselte Sicherung</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="55"/>
        <source>One file with everything, protected by a passphrase you choose. To restore it, choose “Restore from a backup” when Rebound asks to create a vault, or use rebound-cli backup restore.</source>
        <translation>Eine Datei mit allem, geschützt durch eine Passphrase deiner Wahl. Zum Wiederherstellen wähle „Aus Sicherung wiederherstellen“, wenn Rebound dich bittet, einen Tresor anzulegen, oder nutze rebound-cli backup restore.</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="58"/>
        <source>Back up…</source>
        <translation>Sichern…</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="60"/>
        <source>Create an encrypted backup</source>
        <translation>Verschlüsselte Sicherung erstellen</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="67"/>
        <source>Import from Daylio</source>
        <translation>Aus Daylio importieren</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="69"/>
        <source>Daylio&apos;s CSV export: moods become check-ins, activities effort tags and notes journal entries. You see what will be imported first.</source>
        <translation>Daylios CSV-Export: Stimmungen werden zu Check-ins, Aktivitäten zu Einsatz-Tags und Notizen zu Tagebucheinträgen. Du siehst vorher, was importiert wird.</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="72"/>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="74"/>
        <source>Choose a Daylio CSV export to import</source>
        <translation>Daylio-CSV-Export zum Importieren wählen</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="106"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="107"/>
        <source>Cancel: %1</source>
        <translation>Abbrechen: %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="146"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="147"/>
        <source>Open the folder in the file manager</source>
        <translation>Ordner im Dateimanager öffnen</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="153"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="154"/>
        <source>Dismiss the message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="163"/>
        <source>Export everything into…</source>
        <translation>Alles exportieren nach…</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="170"/>
        <source>Daylio CSV export</source>
        <translation>Daylio-CSV-Export</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="172"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="172"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>DateStepper</name>
    <message>
        <location filename="../qml/journal/DateStepper.qml" line="16"/>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <location filename="../qml/journal/DateStepper.qml" line="20"/>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <location filename="../qml/journal/DateStepper.qml" line="46"/>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <location filename="../qml/journal/DateStepper.qml" line="54"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../qml/journal/DateStepper.qml" line="55"/>
        <source>Jump to today</source>
        <translation>Zu heute springen</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../qml/Dates.qml" line="67"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../qml/Dates.qml" line="69"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../qml/Dates.qml" line="75"/>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <location filename="../qml/Dates.qml" line="77"/>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <location filename="../qml/Dates.qml" line="79"/>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <location filename="../qml/Dates.qml" line="80"/>
        <source>Hello, night owl</source>
        <translation>Hallo, Nachteule</translation>
    </message>
</context>
<context>
    <name>DayField</name>
    <message>
        <location filename="../qml/jobs/DayField.qml" line="15"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../qml/jobs/DayField.qml" line="49"/>
        <source>%1: %2. Change</source>
        <translation>%1: %2. Ändern</translation>
    </message>
    <message>
        <location filename="../qml/jobs/DayField.qml" line="105"/>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <location filename="../qml/jobs/DayField.qml" line="122"/>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <location filename="../qml/jobs/DayField.qml" line="200"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../qml/jobs/DayField.qml" line="201"/>
        <source>Pick today</source>
        <translation>Heute wählen</translation>
    </message>
</context>
<context>
    <name>DaySectionHeader</name>
    <message>
        <location filename="../qml/journal/DaySectionHeader.qml" line="25"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>DaylioCsv</name>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="114"/>
        <source>Line %1: a quoted field starts here but has no closing quote.</source>
        <translation>Zeile %1: Hier beginnt ein Feld in Anführungszeichen, aber das schließende Anführungszeichen fehlt.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="143"/>
        <source>Line %1: a quoted field is followed by other text; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Zeile %1: Auf ein Feld in Anführungszeichen folgt weiterer Text; ein Anführungszeichen innerhalb eines solchen Felds muss verdoppelt werden (&quot;&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="364"/>
        <source>Line %1: this is not a Daylio CSV export: its first line must name the columns full_date and mood (missing: %2).</source>
        <extracomment>%1 is a line number, %2 the names of the missing columns, e.g. &quot;full_date, mood&quot;; full_date and mood are column names in the file and stay in English</extracomment>
        <translation>Zeile %1: Das ist kein Daylio-CSV-Export: Die erste Zeile muss die Spalten full_date und mood benennen (es fehlt: %2).</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="376"/>
        <source>Line %1: the entry has no date (full_date is empty).</source>
        <extracomment>full_date is the name of a column in the file</extracomment>
        <translation>Zeile %1: Der Eintrag hat kein Datum (full_date ist leer).</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="380"/>
        <source>Line %1: the date “%2” is not a valid date.</source>
        <extracomment>%2 is the text found in the file, e.g. &quot;2024-13-01&quot;; dates are written yyyy-MM-dd there</extracomment>
        <translation>Zeile %1: „%2“ ist kein gültiges Datum.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="386"/>
        <source>Line %1: the time “%2” is not a valid time.</source>
        <extracomment>%2 is the text found in the file, e.g. &quot;25:10&quot; (valid ones look like &quot;20:15&quot; or &quot;8:15 pm&quot;)</extracomment>
        <translation>Zeile %1: „%2“ ist keine gültige Uhrzeit.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="409"/>
        <source>The file is larger than %1 MB; Daylio exports that big are not read.</source>
        <extracomment>%1 is a number of megabytes</extracomment>
        <translation>Die Datei ist größer als %1 MB; so große Daylio-Exporte werden nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="417"/>
        <source>The file is not UTF-8 text, so it is not a Daylio CSV export.</source>
        <translation>Die Datei ist kein UTF-8-Text und daher kein Daylio-CSV-Export.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="424"/>
        <source>The file is empty; it has no entries.</source>
        <translation>Die Datei ist leer; sie enthält keine Einträge.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="427"/>
        <source>Line %1: the first line names more than %2 columns; this is not a Daylio CSV export.</source>
        <extracomment>%2 is the largest number of columns read</extracomment>
        <translation>Zeile %1: Die erste Zeile benennt mehr als %2 Spalten; das ist kein Daylio-CSV-Export.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="437"/>
        <source>Line %1: the file has more than %2 entries; split it into smaller files.</source>
        <extracomment>%2 is the largest number of entries read from one file</extracomment>
        <translation>Zeile %1: Die Datei hat mehr als %2 Einträge; teile sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="443"/>
        <source>Line %1: this row has %2 values but the first line names %3 columns.</source>
        <extracomment>%2 is the number of values found in this row, %3 the number of columns the first line names</extracomment>
        <translation>Zeile %1: Diese Zeile hat %2 Werte, aber die erste Zeile benennt %3 Spalten.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="450"/>
        <source>The file has no entries, only the line naming the columns.</source>
        <translation>Die Datei hat keine Einträge, nur die Zeile mit den Spaltennamen.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="453"/>
        <source>Entries without a mood were skipped: %1 (the first on line %2).</source>
        <extracomment>%1 is how many entries were skipped, %2 the line number of the first one</extracomment>
        <translation>Einträge ohne Stimmung wurden übersprungen: %1 (der erste in Zeile %2).</translation>
    </message>
</context>
<context>
    <name>DaylioImport</name>
    <message>
        <location filename="../backend/services/DaylioImport.cpp" line="172"/>
        <source>Line %1: %2 Nothing was imported.</source>
        <extracomment>%1 is a line number of the imported file, %2 the reason.</extracomment>
        <translation>Zeile %1: %2 Nichts wurde importiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/services/DaylioImport.cpp" line="177"/>
        <source>%n activities were left out because the list of effort tags is full.</source>
        <translation>
            <numerusform>%n Aktivität wurde weggelassen, weil die Liste der Einsatz-Tags voll ist.</numerusform>
            <numerusform>%n Aktivitäten wurden weggelassen, weil die Liste der Einsatz-Tags voll ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/services/DaylioImport.cpp" line="180"/>
        <source>%n activities were left out: a check-in holds at most %1 effort tags.</source>
        <translation>
            <numerusform>%n Aktivität wurde weggelassen: Ein Check-in kann höchstens %1 Einsatz-Tags haben.</numerusform>
            <numerusform>%n Aktivitäten wurden weggelassen: Ein Check-in kann höchstens %1 Einsatz-Tags haben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaylioImportDialog</name>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="22"/>
        <source>Import from Daylio</source>
        <translation>Aus Daylio importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/DaylioImportDialog.qml" line="67"/>
        <source>%1: %n entries, %2.</source>
        <translation>
            <numerusform>%1: %n Eintrag, %2.</numerusform>
            <numerusform>%1: %n Einträge, %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="74"/>
        <source>New check-ins (moods and activities)</source>
        <translation>Neue Check-ins (Stimmungen und Aktivitäten)</translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="79"/>
        <source>New journal entries (notes)</source>
        <translation>Neue Tagebucheinträge (Notizen)</translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="85"/>
        <source>Already imported, skipped</source>
        <translation>Bereits importiert, übersprungen</translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="92"/>
        <source>New effort tags: %1</source>
        <translation>Neue Einsatz-Tags: %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="101"/>
        <source>Your custom moods: where does each sit from 1 (awful) to 5 (rad)?</source>
        <translation>Deine eigenen Stimmungen: Wo liegt jede zwischen 1 (awful) und 5 (rad)?</translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="129"/>
        <source>Not set</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="131"/>
        <source>Mood level for %1: %2</source>
        <translation>Stimmungsstufe für %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/DaylioImportDialog.qml" line="140"/>
        <source>%n entries have no mood level yet: they are imported without a check-in.</source>
        <translation>
            <numerusform>%n Eintrag hat noch keine Stimmungsstufe: Er wird ohne Check-in importiert.</numerusform>
            <numerusform>%n Einträge haben noch keine Stimmungsstufe: Sie werden ohne Check-in importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="176"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="177"/>
        <source>Cancel the import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="185"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/DaylioImportDialog.qml" line="186"/>
        <source>Import %n records</source>
        <translation>
            <numerusform>%n Datensatz importieren</numerusform>
            <numerusform>%n Datensätze importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EffortCard</name>
    <message>
        <location filename="../qml/goals/EffortCard.qml" line="25"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/goals/EffortCard.qml" line="48"/>
        <source>%1 a week: %2</source>
        <translation>%1 pro Woche: %2</translation>
    </message>
    <message>
        <location filename="../qml/goals/EffortCard.qml" line="59"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/goals/EffortCard.qml" line="80"/>
        <source>of %1 this week. Target met, well done.</source>
        <translation>von %1 diese Woche. Ziel erreicht, gut gemacht!</translation>
    </message>
    <message>
        <location filename="../qml/goals/EffortCard.qml" line="80"/>
        <source>of %1 this week</source>
        <translation>von %1 diese Woche</translation>
    </message>
    <message>
        <location filename="../qml/goals/EffortCard.qml" line="114"/>
        <source>Met the target in %1 of the last %2 weeks</source>
        <translation>Ziel in %1 der letzten %2 Wochen erreicht</translation>
    </message>
    <message>
        <location filename="../qml/goals/EffortCard.qml" line="131"/>
        <source>Week of %1: %2</source>
        <translation>Woche vom %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/goals/EffortCard.qml" line="150"/>
        <source>Target met in %1 of the last %2 weeks</source>
        <translation>Ziel in %1 der letzten %2 Wochen erreicht</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <location filename="../qml/journal/EntryCard.qml" line="23"/>
        <source>%1, %2. %3</source>
        <translation>%1, %2. %3</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryCard.qml" line="24"/>
        <source>Opens the entry to read, edit or delete it</source>
        <translation>Öffnet den Eintrag zum Lesen, Bearbeiten oder Löschen</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryCard.qml" line="71"/>
        <source>Mood only, no words.</source>
        <translation>Nur Stimmung, keine Worte.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="105"/>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="105"/>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="145"/>
        <source>How were you feeling?</source>
        <translation>Wie hast du dich gefühlt?</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="162"/>
        <source>Write as much or as little as you like… Markdown works: ## heading, - list, *emphasis*.</source>
        <translation>Schreib so viel oder so wenig, wie du magst… Markdown geht: ## Überschrift, - Liste, *Betonung*.</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="168"/>
        <source>Entry text</source>
        <translation>Eintragstext</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="191"/>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="217"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="243"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="245"/>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="255"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="264"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="265"/>
        <source>Save entry</source>
        <translation>Eintrag speichern</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="39"/>
        <source>Journal entry, %1</source>
        <translation>Tagebucheintrag, %1</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="39"/>
        <source>Journal entry</source>
        <translation>Tagebucheintrag</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="59"/>
        <source>Back to the journal</source>
        <translation>Zurück zum Tagebuch</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="70"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="72"/>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="81"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="82"/>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="109"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="132"/>
        <source>Written at %1</source>
        <translation>Geschrieben um %1</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="141"/>
        <source>From a check-in</source>
        <translation>Aus einem Check-in</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="160"/>
        <source>Feeling: %1</source>
        <translation>Gefühl: %1</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="171"/>
        <source>Tag: %1</source>
        <translation>Tag: %1</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="204"/>
        <source>Mood only, no words.</source>
        <translation>Nur Stimmung, keine Worte.</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="216"/>
        <source>This entry is gone</source>
        <translation>Diesen Eintrag gibt es nicht mehr</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="216"/>
        <source>Pick an entry to read it</source>
        <translation>Wähle einen Eintrag zum Lesen</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="217"/>
        <source>It may have been deleted.</source>
        <translation>Er wurde vielleicht gelöscht.</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="217"/>
        <source>Entries open here, with their Markdown formatting.</source>
        <translation>Einträge öffnen sich hier, mit ihrer Markdown-Formatierung.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../qml/components/ErrorBanner.qml" line="53"/>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>FactRow</name>
    <message>
        <location filename="../qml/jobs/FactRow.qml" line="19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FeedbackCard</name>
    <message>
        <location filename="../qml/jobs/FeedbackCard.qml" line="22"/>
        <source>Feedback from %1, %2. Edit</source>
        <translation>Feedback von %1, %2. Bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackCard.qml" line="50"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackCard.qml" line="60"/>
        <source>About: %1</source>
        <translation>Zu: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackEditor</name>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="27"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="31"/>
        <source>The application</source>
        <translation>Die Bewerbung</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="43"/>
        <source>Write the feedback or name at least one skill.</source>
        <translation>Schreib das Feedback auf oder nenne mindestens eine Fähigkeit.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="104"/>
        <source>New feedback</source>
        <translation>Neues Feedback</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="104"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="134"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="139"/>
        <source>Where the feedback came from</source>
        <translation>Woher das Feedback kam</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="146"/>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="154"/>
        <source>Received on</source>
        <translation>Erhalten am</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="159"/>
        <source>About</source>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="165"/>
        <source>What the feedback is about</source>
        <translation>Worauf sich das Feedback bezieht</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="177"/>
        <source>What did they say? Their words are worth keeping, the kind ones too.</source>
        <translation>Was haben sie gesagt? Ihre Worte lohnen sich aufzuheben, auch die freundlichen.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="182"/>
        <source>Feedback text</source>
        <translation>Feedback-Text</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="186"/>
        <source>Strengths they saw</source>
        <translation>Stärken, die sie gesehen haben</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="193"/>
        <source>A skill, e.g. Communication</source>
        <translation>Eine Fähigkeit, z. B. Kommunikation</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="194"/>
        <source>Strengths</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="204"/>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="212"/>
        <source>Skills to work on</source>
        <translation>Fähigkeiten zum Ausbauen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="211"/>
        <source>A skill, e.g. SQL</source>
        <translation>Eine Fähigkeit, z. B. SQL</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="235"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="237"/>
        <source>Delete feedback</source>
        <translation>Feedback löschen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="247"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="255"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="256"/>
        <source>Save feedback</source>
        <translation>Feedback speichern</translation>
    </message>
</context>
<context>
    <name>FullExport</name>
    <message>
        <location filename="../backend/services/FullExport.cpp" line="80"/>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../backend/services/FullExport.cpp" line="88"/>
        <source>There is not enough space to finish the export.</source>
        <translation>Es ist nicht genug Speicherplatz frei, um den Export abzuschließen.</translation>
    </message>
    <message>
        <location filename="../backend/services/FullExport.cpp" line="89"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../backend/services/FullExport.cpp" line="103"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../backend/services/FullExport.cpp" line="105"/>
        <source>Rebound export %1</source>
        <extracomment>Name of the folder an export creates; %1 is the date and time (2026-05-01 14-30).</extracomment>
        <translation>Rebound-Export %1</translation>
    </message>
    <message>
        <location filename="../backend/services/FullExport.cpp" line="115"/>
        <source>Could not create a folder for the export in %1.</source>
        <translation>In %1 konnte kein Ordner für den Export angelegt werden.</translation>
    </message>
</context>
<context>
    <name>GentleNote</name>
    <message>
        <location filename="../qml/today/GentleNote.qml" line="33"/>
        <source>That sounds like a hard moment.</source>
        <translation>Das klingt nach einem schweren Moment.</translation>
    </message>
    <message>
        <location filename="../qml/today/GentleNote.qml" line="42"/>
        <source>Feeling low after a rejection is normal: it means it mattered. A rejection is something that happened, not who you are.</source>
        <translation>Sich nach einer Absage niedergeschlagen zu fühlen, ist normal: Es heißt, dass es dir wichtig war. Eine Absage ist etwas, das passiert ist, nicht wer du bist.</translation>
    </message>
    <message>
        <location filename="../qml/today/GentleNote.qml" line="55"/>
        <source>Write about it</source>
        <translation>Darüber schreiben</translation>
    </message>
    <message>
        <location filename="../qml/today/GentleNote.qml" line="56"/>
        <source>Write about it in your journal with the After a rejection template</source>
        <translation>Schreib in deinem Tagebuch darüber, mit der Vorlage „Nach einer Absage“</translation>
    </message>
    <message>
        <location filename="../qml/today/GentleNote.qml" line="62"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../qml/today/GentleNote.qml" line="63"/>
        <source>Not now, hide this message</source>
        <translation>Nicht jetzt, diese Nachricht ausblenden</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <location filename="../qml/goals/GoalCard.qml" line="26"/>
        <source>%1 a week: %2</source>
        <translation>%1 pro Woche: %2</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalCard.qml" line="31"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalCard.qml" line="38"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalCard.qml" line="83"/>
        <location filename="../qml/goals/GoalCard.qml" line="194"/>
        <source>More for %1</source>
        <translation>Mehr zu %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalCard.qml" line="139"/>
        <source>Alternative paths</source>
        <translation>Alternative Wege</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalCard.qml" line="217"/>
        <source>Add another path</source>
        <translation>Weiteren Weg hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalCard.qml" line="217"/>
        <source>Add an alternative path</source>
        <translation>Alternativen Weg hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalCard.qml" line="218"/>
        <source>Add an alternative path to %1</source>
        <translation>Alternativen Weg zu %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="31"/>
        <source>None: a goal of its own</source>
        <translation>Keins: ein eigenständiges Ziel</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="56"/>
        <source>Name the goal.</source>
        <translation>Gib dem Ziel einen Namen.</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="106"/>
        <source>New alternative path</source>
        <translation>Neuer alternativer Weg</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="106"/>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="106"/>
        <source>Edit goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="127"/>
        <location filename="../qml/goals/GoalEditor.qml" line="132"/>
        <source>Kind of goal</source>
        <translation>Art des Ziels</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="139"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="147"/>
        <source>e.g. Send applications</source>
        <translation>z. B. Bewerbungen verschicken</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="147"/>
        <source>e.g. Product analyst</source>
        <translation>z. B. Product Analyst</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="147"/>
        <source>e.g. Renewable energy</source>
        <translation>z. B. Erneuerbare Energien</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="147"/>
        <source>e.g. AWS Cloud Practitioner</source>
        <translation>z. B. AWS Cloud Practitioner</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="147"/>
        <source>e.g. SQL window functions</source>
        <translation>z. B. SQL-Fensterfunktionen</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="147"/>
        <source>What you want to reach</source>
        <translation>Was du erreichen willst</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="150"/>
        <source>Goal (required)</source>
        <translation>Ziel (Pflichtfeld)</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="156"/>
        <location filename="../qml/goals/GoalEditor.qml" line="162"/>
        <source>What it counts</source>
        <translation>Was gezählt wird</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="170"/>
        <source>How many a week</source>
        <translation>Wie viele pro Woche</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="181"/>
        <source>Weekly target</source>
        <translation>Wochenziel</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="185"/>
        <location filename="../qml/goals/GoalEditor.qml" line="190"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="197"/>
        <source>By when (optional)</source>
        <translation>Bis wann (optional)</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="204"/>
        <source>Reach it by a certain day</source>
        <translation>Bis zu einem bestimmten Tag erreichen</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="205"/>
        <source>Give the goal a day to reach it by</source>
        <translation>Gib dem Ziel einen Tag, bis zu dem du es erreichen willst</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="213"/>
        <source>By</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="218"/>
        <location filename="../qml/goals/GoalEditor.qml" line="229"/>
        <source>Alternative path to</source>
        <translation>Alternativer Weg zu</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="236"/>
        <source>An adjacent role or industry worth trying next to a goal: staying adaptable is a strength.</source>
        <translation>Eine verwandte Rolle oder Branche, die sich neben einem Ziel auszuprobieren lohnt: Flexibel zu bleiben ist eine Stärke.</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="243"/>
        <location filename="../qml/goals/GoalEditor.qml" line="256"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="251"/>
        <source>Why it matters, first steps, who could help…</source>
        <translation>Warum es wichtig ist, erste Schritte, wer helfen könnte…</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="273"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="275"/>
        <source>Delete goal</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="285"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="295"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="296"/>
        <source>Save goal</source>
        <translation>Ziel speichern</translation>
    </message>
</context>
<context>
    <name>GoalMenu</name>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="18"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="26"/>
        <source>Mark achieved</source>
        <translation>Als erreicht markieren</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="34"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="42"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="42"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="50"/>
        <source>Drop it</source>
        <translation>Aufgeben</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="51"/>
        <source>Drop this goal</source>
        <translation>Dieses Ziel aufgeben</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="58"/>
        <source>Add an alternative path…</source>
        <translation>Alternativen Weg hinzufügen…</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="67"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="68"/>
        <source>Delete this goal</source>
        <translation>Dieses Ziel löschen</translation>
    </message>
</context>
<context>
    <name>GoalStatusChip</name>
    <message>
        <location filename="../qml/goals/GoalStatusChip.qml" line="21"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="16"/>
        <source>Target role</source>
        <translation>Wunschrolle</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="17"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="18"/>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="19"/>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="20"/>
        <source>Weekly effort</source>
        <translation>Wöchentlicher Einsatz</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="21"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="22"/>
        <source>North star</source>
        <translation>Leitstern</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="29"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="30"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="31"/>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="32"/>
        <source>Dropped</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="39"/>
        <source>Applications sent</source>
        <translation>Verschickte Bewerbungen</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="40"/>
        <source>Interviews held</source>
        <translation>Geführte Gespräche</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="41"/>
        <source>Journal entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="48"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="49"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="50"/>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="57"/>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="58"/>
        <source>Change a goal</source>
        <translation>Ziel ändern</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="59"/>
        <source>Skills action</source>
        <translation>Kompetenz-Maßnahme</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="86"/>
        <source>Check-ins: %1</source>
        <extracomment>a weekly effort goal counting check-ins tagged with an effort, e.g. &quot;Check-ins: reached out&quot;</extracomment>
        <translation>Check-ins: %1</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="96"/>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="31"/>
        <source>Give the checklist a name.</source>
        <translation>Gib der Checkliste einen Namen.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="34"/>
        <source>Review every 1 to %1 weeks, or 0 for no schedule.</source>
        <translation>Rückblick alle 1 bis %1 Wochen, oder 0 für keinen festen Termin.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="42"/>
        <source>Write the question.</source>
        <translation>Schreib die Frage.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="55"/>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="69"/>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="85"/>
        <source>There is already a checklist called “%1”.</source>
        <translation>Es gibt schon eine Checkliste namens „%1“.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="67"/>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="80"/>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="102"/>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="139"/>
        <location filename="../backend/storage/ReviewRepository.cpp" line="92"/>
        <source>That checklist no longer exists.</source>
        <translation>Diese Checkliste gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="145"/>
        <source>A checklist holds at most %1 questions.</source>
        <translation>Eine Checkliste hat höchstens %1 Fragen.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="157"/>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="169"/>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="193"/>
        <source>That question no longer exists.</source>
        <translation>Diese Frage gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="189"/>
        <source>Move a question one place at a time.</source>
        <translation>Verschiebe eine Frage immer nur um eine Stelle.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="30"/>
        <source>There is no effort called “%1” to count.</source>
        <translation>Es gibt keinen Einsatz namens „%1“, der gezählt werden kann.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="54"/>
        <location filename="../backend/storage/ReviewRepository.cpp" line="57"/>
        <source>Unknown kind of goal: %1.</source>
        <translation>Unbekannte Zielart: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="58"/>
        <location filename="../backend/storage/GoalRepository.cpp" line="107"/>
        <source>Unknown goal status: %1.</source>
        <translation>Unbekannter Zielstatus: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="61"/>
        <source>Say what the goal is.</source>
        <translation>Sag, was das Ziel ist.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="65"/>
        <source>Choose what this effort goal counts.</source>
        <translation>Wähle, was dieses Einsatz-Ziel zählt.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="68"/>
        <source>Set a weekly target between 1 and %1.</source>
        <translation>Leg ein Wochenziel zwischen 1 und %1 fest.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="76"/>
        <source>Pick a target date within the next thirty years.</source>
        <translation>Wähle ein Zieldatum innerhalb der nächsten dreißig Jahre.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="86"/>
        <location filename="../backend/storage/ReviewRepository.cpp" line="188"/>
        <source>The goal this is an alternative to no longer exists.</source>
        <translation>Das Ziel, zu dem dies eine Alternative ist, gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="88"/>
        <source>An alternative path cannot have alternatives of its own.</source>
        <translation>Ein alternativer Weg kann keine eigenen Alternativen haben.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="90"/>
        <source>Add alternatives to a concrete goal, not the north star.</source>
        <translation>Füge Alternativen zu einem konkreten Ziel hinzu, nicht zum Leitstern.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="155"/>
        <source>Set the north star on its own: there is only one.</source>
        <translation>Leg den Leitstern separat fest: Es gibt nur einen.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="169"/>
        <location filename="../backend/storage/GoalRepository.cpp" line="187"/>
        <location filename="../backend/storage/GoalRepository.cpp" line="197"/>
        <location filename="../backend/storage/ReviewRepository.cpp" line="185"/>
        <source>That goal no longer exists.</source>
        <translation>Dieses Ziel gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="171"/>
        <source>The north star stays the north star.</source>
        <translation>Der Leitstern bleibt der Leitstern.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="23"/>
        <source>That review no longer exists.</source>
        <translation>Diesen Rückblick gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="29"/>
        <source>This review is finished: start a new one to answer again.</source>
        <translation>Dieser Rückblick ist abgeschlossen: Beginne einen neuen, um erneut zu antworten.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="43"/>
        <source>Unknown kind of follow-up: %1.</source>
        <translation>Unbekannte Art von Folgeschritt: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="49"/>
        <source>Say what the new goal is.</source>
        <translation>Sag, was das neue Ziel ist.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="54"/>
        <source>Set the north star and weekly effort goals on the Goals page, where they have their own settings.</source>
        <translation>Leitstern und wöchentliche Einsatz-Ziele legst du auf der Seite „Ziele“ fest, wo sie eigene Einstellungen haben.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="62"/>
        <source>Choose the goal to change.</source>
        <translation>Wähle das Ziel, das sich ändern soll.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="64"/>
        <source>Choose the goal&apos;s new status.</source>
        <translation>Wähle den neuen Status des Ziels.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="68"/>
        <source>Say what you will do.</source>
        <translation>Sag, was du vorhast.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="71"/>
        <source>Name the skill the action is for.</source>
        <translation>Nenne die Fähigkeit, für die die Maßnahme ist.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="75"/>
        <source>Unknown kind of action: %1.</source>
        <translation>Unbekannte Art von Maßnahme: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="95"/>
        <source>Add at least one question to the checklist first.</source>
        <translation>Füge der Checkliste zuerst mindestens eine Frage hinzu.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="175"/>
        <source>Answer yes, no or unsure.</source>
        <translation>Antworte mit Ja, Nein oder Unsicher.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="182"/>
        <source>That question is no longer part of the review.</source>
        <translation>Diese Frage gehört nicht mehr zum Rückblick.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="217"/>
        <source>A review cannot finish before it started.</source>
        <translation>Ein Rückblick kann nicht enden, bevor er begonnen hat.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="223"/>
        <source>Answer at least one question before finishing.</source>
        <translation>Beantworte mindestens eine Frage, bevor du abschließt.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="235"/>
        <source>From the review on %1: %2</source>
        <extracomment>notes of a goal created by a review follow-up: the review&apos;s day, then the question</extracomment>
        <translation>Aus dem Rückblick vom %1: %2</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="244"/>
        <source>A follow-up changes a goal that no longer exists (question %1): change that follow-up first.</source>
        <translation>Ein Folgeschritt ändert ein Ziel, das es nicht mehr gibt (Frage %1): Ändere zuerst diesen Folgeschritt.</translation>
    </message>
</context>
<context>
    <name>GoalsModeBar</name>
    <message>
        <location filename="../qml/goals/GoalsModeBar.qml" line="18"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsModeBar.qml" line="22"/>
        <source>Reviews</source>
        <translation>Rückblicke</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsModeBar.qml" line="33"/>
        <source>Goals view</source>
        <translation>Zielansicht</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../qml/pages/GoalsPage.qml" line="65"/>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="36"/>
        <source>Target roles</source>
        <translation>Zielrollen</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="38"/>
        <source>Industries</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="40"/>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="42"/>
        <source>Certifications</source>
        <translation>Zertifizierungen</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="44"/>
        <source>Other goals</source>
        <translation>Weitere Ziele</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="90"/>
        <source>Goal achieved. Well done.</source>
        <translation>Ziel erreicht. Gut gemacht!</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="90"/>
        <source>Goal dropped. Letting go is a choice too.</source>
        <translation>Ziel aufgegeben. Loslassen ist auch eine Entscheidung.</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="90"/>
        <source>Goal paused</source>
        <translation>Ziel pausiert</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="90"/>
        <source>Goal reopened</source>
        <translation>Ziel wieder geöffnet</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="102"/>
        <source>Goal deleted</source>
        <translation>Ziel gelöscht</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="102"/>
        <location filename="../qml/goals/GoalsView.qml" line="434"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="172"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="177"/>
        <location filename="../qml/goals/GoalsView.qml" line="238"/>
        <source>Add a weekly target</source>
        <translation>Wochenziel hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="230"/>
        <source>Count what you control: applications sent, people reached out to, practice. A weekly target keeps the effort steady when replies are slow.</source>
        <translation>Zähl, was du in der Hand hast: verschickte Bewerbungen, angeschriebene Menschen, Übung. Ein Wochenziel hält deinen Einsatz stabil, wenn Antworten auf sich warten lassen.</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="260"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="265"/>
        <location filename="../qml/goals/GoalsView.qml" line="297"/>
        <source>Add a goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="289"/>
        <source>Name a few concrete steps towards your north star: roles to target, an industry to explore, a skill or certification to gain.</source>
        <translation>Nenne ein paar konkrete Schritte in Richtung deines Leitsterns: Rollen, die du anstrebst, eine Branche zum Erkunden, eine Fähigkeit oder Zertifizierung, die du erwerben willst.</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="327"/>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="363"/>
        <source>Hide closed goals (%1)</source>
        <translation>Abgeschlossene Ziele ausblenden (%1)</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="363"/>
        <source>Show closed goals (%1)</source>
        <translation>Abgeschlossene Ziele anzeigen (%1)</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="422"/>
        <source>Goal added</source>
        <translation>Ziel hinzugefügt</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="422"/>
        <source>Goal saved</source>
        <translation>Ziel gespeichert</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="434"/>
        <source>North star cleared</source>
        <translation>Leitstern entfernt</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="436"/>
        <source>North star saved</source>
        <translation>Leitstern gespeichert</translation>
    </message>
</context>
<context>
    <name>InboxButton</name>
    <message numerus="yes">
        <location filename="../qml/reminders/InboxButton.qml" line="13"/>
        <source>Reminders, %n new</source>
        <translation>
            <numerusform>Erinnerungen, %n neu</numerusform>
            <numerusform>Erinnerungen, %n neu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/reminders/InboxButton.qml" line="13"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../qml/reminders/InboxButton.qml" line="29"/>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../qml/reminders/InboxPanel.qml" line="50"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../qml/reminders/InboxPanel.qml" line="59"/>
        <source>Close reminders</source>
        <translation>Erinnerungen schließen</translation>
    </message>
    <message>
        <location filename="../qml/reminders/InboxPanel.qml" line="87"/>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <location filename="../qml/reminders/InboxPanel.qml" line="87"/>
        <source>Nothing is due. You are on top of things.</source>
        <translation>Nichts ist fällig. Du hast alles im Griff.</translation>
    </message>
    <message>
        <location filename="../qml/reminders/InboxPanel.qml" line="107"/>
        <source>Marked as done.</source>
        <translation>Als erledigt markiert.</translation>
    </message>
    <message>
        <location filename="../qml/reminders/InboxPanel.qml" line="107"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../qml/reminders/InboxPanel.qml" line="111"/>
        <source>Snoozed until tomorrow.</source>
        <translation>Auf morgen verschoben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/reminders/InboxPanel.qml" line="111"/>
        <source>Snoozed for %n days.</source>
        <translation>
            <numerusform>Um %n Tag verschoben.</numerusform>
            <numerusform>Um %n Tage verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/reminders/InboxPanel.qml" line="126"/>
        <source>Coming up</source>
        <translation>Demnächst</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="11"/>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="12"/>
        <source>Outreach</source>
        <translation>Kontaktaufnahme</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="13"/>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="14"/>
        <source>Learning</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="15"/>
        <source>Journaling</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="16"/>
        <source>Other effort</source>
        <translation>Sonstiger Einsatz</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="23"/>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="24"/>
        <source>Screening</source>
        <translation>Vorauswahl</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="25"/>
        <source>Interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="26"/>
        <source>Final round</source>
        <translation>Finale Runde</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="27"/>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="34"/>
        <source>Back to baseline</source>
        <translation>Wieder beim Ausgangswert</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="35"/>
        <source>Still recovering</source>
        <translation>Erholt sich noch</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="36"/>
        <source>Not back within 90 days</source>
        <translation>Nicht innerhalb von 90 Tagen zurück</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="37"/>
        <source>No mood in the 30 days before</source>
        <translation>Keine Stimmung in den 30 Tagen davor</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="38"/>
        <source>No mood logged since</source>
        <translation>Seitdem keine Stimmung erfasst</translation>
    </message>
</context>
<context>
    <name>InsightsController</name>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="46"/>
        <source>No mood check-ins in the last %n days.</source>
        <translation>
            <numerusform>Keine Stimmungs-Check-ins am letzten %n Tag.</numerusform>
            <numerusform>Keine Stimmungs-Check-ins in den letzten %n Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="48"/>
        <source>Average mood %1 over the last %2 days, on %n days</source>
        <translation>
            <numerusform>Durchschnittliche Stimmung %1 in den letzten %2 Tagen, an %n Tag</numerusform>
            <numerusform>Durchschnittliche Stimmung %1 in den letzten %2 Tagen, an %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="53"/>
        <source>; moving average from %1 to %2</source>
        <translation>; gleitender Durchschnitt von %1 auf %2</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="69"/>
        <source>Awful</source>
        <translation>Furchtbar</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="71"/>
        <source>Low</source>
        <translation>Gedrückt</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="73"/>
        <source>Okay</source>
        <translation>Okay</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="75"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="77"/>
        <source>Great</source>
        <translation>Super</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="79"/>
        <source>No mood</source>
        <translation>Keine Stimmung</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="103"/>
        <source>Current effort streak: %n days</source>
        <translation>
            <numerusform>Aktuelle Einsatz-Serie: %n Tag</numerusform>
            <numerusform>Aktuelle Einsatz-Serie: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="104"/>
        <source>No current effort streak</source>
        <translation>Gerade keine Einsatz-Serie</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="105"/>
        <source>, best %n days in the past year</source>
        <translation>
            <numerusform>, Bestwert im letzten Jahr: %n Tag</numerusform>
            <numerusform>, Bestwert im letzten Jahr: %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="106"/>
        <source>. Effort on %n of the last 30 days</source>
        <translation>
            <numerusform>. Einsatz an %n der letzten 30 Tage</numerusform>
            <numerusform>. Einsatz an %n der letzten 30 Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="108"/>
        <source>, %n planned rest days</source>
        <translation>
            <numerusform>, %n geplanter Ruhetag</numerusform>
            <numerusform>, %n geplante Ruhetage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="130"/>
        <source>%1: %2 of %3 this week; target met in %4 of the last %n weeks.</source>
        <translation>
            <numerusform>%1: %2 von %3 diese Woche; Ziel erreicht in %4 von %n Woche.</numerusform>
            <numerusform>%1: %2 von %3 diese Woche; Ziel erreicht in %4 der letzten %n Wochen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="153"/>
        <source>All time</source>
        <translation>Insgesamt</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="155"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="163"/>
        <source>No applications sent yet.</source>
        <translation>Noch keine Bewerbungen verschickt.</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="169"/>
        <source> (%1%)</source>
        <translation> (%1 %)</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="172"/>
        <source>Pipeline, all time: %1.</source>
        <translation>Bewerbungsverlauf insgesamt: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="194"/>
        <source>Too few recoveries yet to see a trend (it takes %n).</source>
        <translation>
            <numerusform>Noch zu wenige Erholungen für einen Trend (nötig: %n).</numerusform>
            <numerusform>Noch zu wenige Erholungen für einen Trend (nötig: %n).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="197"/>
        <source>Your recovery time is getting shorter.</source>
        <translation>Deine Erholungszeit wird kürzer.</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="199"/>
        <source>Your recovery time is getting longer. Be kind to yourself: that is information, not failure.</source>
        <translation>Deine Erholungszeit wird länger. Sei freundlich zu dir: Das ist eine Information, kein Versagen.</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="201"/>
        <source>Your recovery time is holding steady.</source>
        <translation>Deine Erholungszeit bleibt stabil.</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="228"/>
        <source>No rejections recorded.</source>
        <translation>Keine Absagen erfasst.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="230"/>
        <source>%n rejections</source>
        <translation>
            <numerusform>%n Absage</numerusform>
            <numerusform>%n Absagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="231"/>
        <source>, %n with a recovery measured</source>
        <translation>
            <numerusform>, bei %n wurde eine Erholung gemessen</numerusform>
            <numerusform>, bei %n wurde eine Erholung gemessen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="233"/>
        <source>: back to your usual mood after %1 days on average</source>
        <translation>: im Schnitt nach %1 Tagen wieder bei deiner üblichen Stimmung</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="258"/>
        <source>No small wins written down yet.</source>
        <translation>Noch keine kleinen Erfolge notiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="259"/>
        <source>%n small wins in total</source>
        <translation>
            <numerusform>%n kleiner Erfolg insgesamt</numerusform>
            <numerusform>%n kleine Erfolge insgesamt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="260"/>
        <source>, %n in the last 30 days.</source>
        <translation>
            <numerusform>, %n in den letzten 30 Tagen.</numerusform>
            <numerusform>, %n in den letzten 30 Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="419"/>
        <source>%1: no moods recorded.</source>
        <translation>%1: keine Stimmungen erfasst.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="425"/>
        <source>%1: a mood on %n days</source>
        <translation>
            <numerusform>%1: Stimmung an %n Tag</numerusform>
            <numerusform>%1: Stimmung an %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsFunnelCard</name>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="25"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="28"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="30"/>
        <source>All applications sent, by the furthest step they reached.</source>
        <translation>Alle verschickten Bewerbungen, nach dem weitesten erreichten Schritt.</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="30"/>
        <source>Applications sent in %1, by the furthest step they reached.</source>
        <translation>Im %1 verschickte Bewerbungen, nach dem weitesten erreichten Schritt.</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="45"/>
        <source>All time</source>
        <translation>Gesamt</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="55"/>
        <source>%1: %n sent</source>
        <translation>
            <numerusform>%1: %n verschickt</numerusform>
            <numerusform>%1: %n verschickt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="72"/>
        <source>Applications per month; pick a month</source>
        <translation>Bewerbungen pro Monat; wähle einen Monat</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="91"/>
        <source>%1: %n applications</source>
        <translation>
            <numerusform>%1: %n Bewerbung</numerusform>
            <numerusform>%1: %n Bewerbungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="138"/>
        <source>%1: %2, %3 of the step before</source>
        <translation>%1: %2, %3 des vorherigen Schritts</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="138"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="182"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="193"/>
        <source>Arrows: the share that went on from the step before.</source>
        <translation>Pfeile: der Anteil, der vom vorherigen Schritt weiterkam.</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="205"/>
        <source>No applications sent yet</source>
        <translation>Noch keine Bewerbungen verschickt</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="206"/>
        <source>Once you move applications to Applied and beyond in Job search, you&apos;ll see where they go.</source>
        <translation>Sobald du Bewerbungen in der Jobsuche auf „Beworben“ und weiter verschiebst, siehst du hier, wohin sie führen.</translation>
    </message>
</context>
<context>
    <name>InsightsGoalsCard</name>
    <message>
        <location filename="../qml/insights/InsightsGoalsCard.qml" line="17"/>
        <source>Weekly effort vs goals</source>
        <translation>Wöchentlicher Einsatz und Ziele</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsGoalsCard.qml" line="54"/>
        <source>%1 of %2 this week</source>
        <translation>%1 von %2 diese Woche</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsGoalsCard.qml" line="118"/>
        <source>Week of %1: %2 of %3</source>
        <translation>Woche vom %1: %2 von %3</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsGoalsCard.qml" line="124"/>
        <source>%1 a week: %2. Target met in %3 of the last %4 weeks.</source>
        <translation>%1 pro Woche: %2. Ziel in %3 der letzten %4 Wochen erreicht.</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsGoalsCard.qml" line="138"/>
        <source>No weekly effort goals yet</source>
        <translation>Noch keine wöchentlichen Einsatzziele</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsGoalsCard.qml" line="139"/>
        <source>Set a weekly target in Goals (say, three applications or two people to reach out to) and see each week against it here.</source>
        <translation>Leg unter „Ziele“ ein Wochenziel fest (etwa drei Bewerbungen oder zwei Menschen, die du anschreibst) und sieh hier jede Woche im Vergleich dazu.</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsGoalsCard.qml" line="146"/>
        <source>Open Goals</source>
        <translation>Ziele öffnen</translation>
    </message>
</context>
<context>
    <name>InsightsMoodCard</name>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="16"/>
        <source>Mood trend</source>
        <translation>Stimmungsverlauf</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="22"/>
        <source>Mood trend period</source>
        <translation>Zeitraum des Stimmungsverlaufs</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="26"/>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="29"/>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="32"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="53"/>
        <source>average mood</source>
        <translation>Stimmung im Schnitt</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="71"/>
        <source>days checked in</source>
        <translation>Tage mit Check-in</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsMoodCard.qml" line="95"/>
        <source>Dots: the day&apos;s mood. Line: %n-day moving average.</source>
        <translation>
            <numerusform>Punkte: die Stimmung des Tages. Linie: gleitender Durchschnitt über %n Tag.</numerusform>
            <numerusform>Punkte: die Stimmung des Tages. Linie: gleitender Durchschnitt über %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="107"/>
        <source>No moods in this period</source>
        <translation>Keine Stimmungen in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="108"/>
        <source>Check in on Today and your mood trend will grow here, day by day.</source>
        <translation>Checke auf der Seite „Heute“ ein, dann wächst hier dein Stimmungsverlauf, Tag für Tag.</translation>
    </message>
</context>
<context>
    <name>InsightsMoodChart</name>
    <message>
        <location filename="../qml/insights/InsightsMoodChart.qml" line="46"/>
        <source>%1: no check-in, average %2</source>
        <translation>%1: kein Check-in, Durchschnitt %2</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodChart.qml" line="46"/>
        <source>%1: no check-in</source>
        <translation>%1: kein Check-in</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodChart.qml" line="47"/>
        <source>%1: %2 (%3), average %4</source>
        <translation>%1: %2 (%3), Durchschnitt %4</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodChart.qml" line="71"/>
        <source>Mood trend</source>
        <translation>Stimmungsverlauf</translation>
    </message>
</context>
<context>
    <name>InsightsPixelGrid</name>
    <message>
        <location filename="../qml/insights/InsightsPixelGrid.qml" line="42"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsPixelGrid.qml" line="50"/>
        <source>Year in pixels, %1</source>
        <translation>Jahr in Pixeln, %1</translation>
    </message>
</context>
<context>
    <name>InsightsPixelsCard</name>
    <message>
        <location filename="../qml/insights/InsightsPixelsCard.qml" line="21"/>
        <source>Year in pixels</source>
        <translation>Jahr in Pixeln</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsPixelsCard.qml" line="32"/>
        <source>Previous year</source>
        <translation>Vorheriges Jahr</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsPixelsCard.qml" line="43"/>
        <source>Year %1</source>
        <translation>Jahr %1</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsPixelsCard.qml" line="49"/>
        <source>Next year</source>
        <translation>Nächstes Jahr</translation>
    </message>
</context>
<context>
    <name>InsightsRememberCard</name>
    <message>
        <location filename="../qml/insights/InsightsRememberCard.qml" line="21"/>
        <location filename="../qml/insights/InsightsRememberCard.qml" line="43"/>
        <source>Remember these?</source>
        <translation>Weißt du noch?</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsRememberCard.qml" line="55"/>
        <source>Today feels heavy. These happened too, and they were yours.</source>
        <translation>Heute fühlt sich schwer an. Auch das hier ist passiert, und es war deins.</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsRememberCard.qml" line="68"/>
        <source>“%2”, %1</source>
        <translation>„%2“, %1</translation>
    </message>
</context>
<context>
    <name>InsightsResilienceCard</name>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="29"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="31"/>
        <source>%1: back to your usual mood (%2) after %n days</source>
        <translation>
            <numerusform>%1: nach %n Tag zurück bei deiner üblichen Stimmung (%2)</numerusform>
            <numerusform>%1: nach %n Tagen zurück bei deiner üblichen Stimmung (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="32"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="35"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="35"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="41"/>
        <source>Resilience</source>
        <translation>Resilienz</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="43"/>
        <source>Days after each rejection until your 3-day mood average was back to the 30 days before it.</source>
        <translation>Tage nach jeder Absage, bis dein 3-Tage-Stimmungsschnitt wieder auf dem Stand der 30 Tage davor war.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="62"/>
        <source>days on average to feel like yourself again, over %n measured recoveries.</source>
        <translation>
            <numerusform>Tage im Schnitt, bis du dich wieder wie du selbst gefühlt hast, bei %n gemessenen Erholung.</numerusform>
            <numerusform>Tage im Schnitt, bis du dich wieder wie du selbst gefühlt hast, bei %n gemessenen Erholungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="176"/>
        <source>In the first week after a rejection, these went with a faster way back:</source>
        <translation>In der ersten Woche nach einer Absage ging das hier mit einem schnelleren Weg zurück einher:</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="192"/>
        <source>%5 — with it: %1 days (%2×), without: %3 days (%4×)</source>
        <translation>%5 — mit: %1 Tage (%2×), ohne: %3 Tage (%4×)</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="203"/>
        <source>Each line compares a handful of rejections: a hint, not a rule.</source>
        <translation>Jede Zeile vergleicht eine Handvoll Absagen: ein Hinweis, keine Regel.</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="214"/>
        <source>No recovery measured yet: it needs check-ins in the month before a rejection and in the days after it.</source>
        <translation>Noch keine Erholung gemessen: Dafür braucht es Check-ins im Monat vor einer Absage und in den Tagen danach.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="214"/>
        <source>Only %n measured recoveries so far: read this as a hint, not a rule.</source>
        <translation>
            <numerusform>Bisher erst %n gemessene Erholung: Lies das als Hinweis, nicht als Regel.</numerusform>
            <numerusform>Bisher erst %n gemessene Erholungen: Lies das als Hinweis, nicht als Regel.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="226"/>
        <source>No rejections recorded</source>
        <translation>Keine Absagen erfasst</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="227"/>
        <source>If one comes, this shows how many days it took to feel like yourself again, and what helped.</source>
        <translation>Falls eine kommt, siehst du hier, wie viele Tage es gedauert hat, bis du dich wieder wie du selbst gefühlt hast, und was geholfen hat.</translation>
    </message>
</context>
<context>
    <name>InsightsSection</name>
    <message>
        <location filename="../qml/settings/InsightsSection.qml" line="14"/>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <location filename="../qml/settings/InsightsSection.qml" line="23"/>
        <location filename="../qml/settings/InsightsSection.qml" line="43"/>
        <source>Rest days</source>
        <translation>Ruhetage</translation>
    </message>
    <message>
        <location filename="../qml/settings/InsightsSection.qml" line="31"/>
        <source>Days off don&apos;t break your effort streak. Rest is part of the work.</source>
        <translation>Freie Tage unterbrechen deine Einsatz-Serie nicht. Ruhe gehört zur Arbeit dazu.</translation>
    </message>
</context>
<context>
    <name>InsightsStreakCard</name>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="32"/>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="235"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="34"/>
        <source>%1: rest day</source>
        <translation>%1: Ruhetag</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="34"/>
        <source>%1: no effort logged</source>
        <translation>%1: kein Einsatz eingetragen</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="37"/>
        <source>Effort streak</source>
        <translation>Einsatz-Serie</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="39"/>
        <source>Counted on what you control: applying, reaching out, practising, learning, journaling.</source>
        <translation>Gezählt wird, was du in der Hand hast: bewerben, Kontakte knüpfen, üben, lernen, Tagebuch schreiben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsStreakCard.qml" line="58"/>
        <source>day streak</source>
        <translation>
            <numerusform>Tag in Folge</numerusform>
            <numerusform>Tage in Folge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="77"/>
        <source>best in the past year</source>
        <translation>Bestwert im letzten Jahr</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="87"/>
        <source>Today counts already.</source>
        <translation>Heute zählt schon.</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="87"/>
        <source>Today is still open: one small step keeps it going.</source>
        <translation>Heute ist noch offen: Ein kleiner Schritt hält die Serie am Laufen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsStreakCard.qml" line="105"/>
        <source>Effort over the last %n days</source>
        <translation>
            <numerusform>Einsatz am letzten %n Tag</numerusform>
            <numerusform>Einsatz in den letzten %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="158"/>
        <source>Effort</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="162"/>
        <source>Rest day</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="166"/>
        <source>No effort</source>
        <translation>Kein Einsatz</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="202"/>
        <source>What you did</source>
        <translation>Was du getan hast</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="210"/>
        <source>Effort period</source>
        <translation>Zeitraum für Einsatz</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="214"/>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="217"/>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
</context>
<context>
    <name>InsightsWinsCard</name>
    <message>
        <location filename="../qml/insights/InsightsWinsCard.qml" line="15"/>
        <source>Small wins</source>
        <translation>Kleine Erfolge</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsWinsCard.qml" line="36"/>
        <source>wins in all</source>
        <translation>Erfolge insgesamt</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsWinsCard.qml" line="55"/>
        <source>in the last 30 days</source>
        <translation>in den letzten 30 Tagen</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsWinsCard.qml" line="78"/>
        <source>%2, %1</source>
        <translation>%2, %1</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsWinsCard.qml" line="113"/>
        <source>No small wins yet</source>
        <translation>Noch keine kleinen Erfolge</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsWinsCard.qml" line="114"/>
        <source>A good question in an interview, a kind reply, a finished course: add them on Today. They add up.</source>
        <translation>Eine gute Frage im Gespräch, eine freundliche Antwort, ein abgeschlossener Kurs: Trag sie auf der Seite „Heute“ ein. Sie summieren sich.</translation>
    </message>
</context>
<context>
    <name>InteractionRow</name>
    <message>
        <location filename="../qml/people/InteractionRow.qml" line="23"/>
        <source>%1, %2. %3. Edit</source>
        <translation>%1, %2. %3. Bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/people/InteractionRow.qml" line="65"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>InterviewCard</name>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="17"/>
        <source>Stumped me</source>
        <translation>Hat mich kalt erwischt</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="20"/>
        <source>Felt less confident</source>
        <translation>Weniger sicher gefühlt</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="23"/>
        <source>Went well</source>
        <translation>Lief gut</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="26"/>
        <source>Next time</source>
        <translation>Nächstes Mal</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="34"/>
        <source>Confidence %1 → %2 of 5</source>
        <translation>Zuversicht %1 → %2 von 5</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="36"/>
        <source>Confidence before: %1 of 5</source>
        <translation>Zuversicht vorher: %1 von 5</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="38"/>
        <source>Confidence after: %1 of 5</source>
        <translation>Zuversicht nachher: %1 von 5</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="47"/>
        <source>%1 interview, %2. Edit</source>
        <translation>Gespräch: %1, %2. Bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="75"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="86"/>
        <source>With %1</source>
        <translation>Mit %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="86"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="135"/>
        <source>A prep reminder comes the day before.</source>
        <translation>Am Vortag kommt eine Erinnerung zur Vorbereitung.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="135"/>
        <source>How did it go? Add your reflection while it is fresh.</source>
        <translation>Wie ist es gelaufen? Halte deine Gedanken fest, solange sie frisch sind.</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="29"/>
        <source>Give the interview a date and time.</source>
        <translation>Gib dem Gespräch ein Datum und eine Uhrzeit.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="31"/>
        <source>Pick the kind of interview.</source>
        <translation>Wähle die Art des Gesprächs.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="102"/>
        <source>New interview</source>
        <translation>Neues Gespräch</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="102"/>
        <source>Interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="132"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="139"/>
        <source>Interview day</source>
        <translation>Tag des Gesprächs</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="145"/>
        <source>Starts at</source>
        <translation>Beginnt um</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="151"/>
        <source>Rebound reminds you to prepare the day before.</source>
        <translation>Rebound erinnert dich am Vortag an die Vorbereitung.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="158"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="163"/>
        <source>Kind of interview</source>
        <translation>Art des Gesprächs</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="170"/>
        <location filename="../qml/jobs/InterviewEditor.qml" line="178"/>
        <source>Interviewers</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="177"/>
        <source>Add a name and press Enter</source>
        <translation>Namen eingeben und Enter drücken</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="186"/>
        <source>Confidence before</source>
        <translation>Zuversicht vorher</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="193"/>
        <source>Confidence after</source>
        <translation>Zuversicht nachher</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="199"/>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="209"/>
        <source>Write it soon after, while it is fresh. It is for you: honest beats polished.</source>
        <translation>Schreib es bald danach auf, solange es frisch ist. Es ist nur für dich: Ehrlich schlägt perfekt.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="216"/>
        <location filename="../qml/jobs/InterviewEditor.qml" line="228"/>
        <source>Questions that stumped me</source>
        <translation>Fragen, die mich kalt erwischt haben</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="232"/>
        <location filename="../qml/jobs/InterviewEditor.qml" line="244"/>
        <source>Moments I felt less confident</source>
        <translation>Momente, in denen ich mich weniger sicher gefühlt habe</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="248"/>
        <location filename="../qml/jobs/InterviewEditor.qml" line="260"/>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="264"/>
        <location filename="../qml/jobs/InterviewEditor.qml" line="276"/>
        <source>What I would do differently</source>
        <translation>Was ich anders machen würde</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="280"/>
        <location filename="../qml/jobs/InterviewEditor.qml" line="292"/>
        <source>Other notes</source>
        <translation>Weitere Notizen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="309"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="311"/>
        <source>Delete interview</source>
        <translation>Gespräch löschen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="321"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="329"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="330"/>
        <source>Save interview</source>
        <translation>Gespräch speichern</translation>
    </message>
</context>
<context>
    <name>IosNotifier</name>
    <message>
        <location filename="../platform/ios/IosNotifier.mm" line="34"/>
        <source>Notifications are turned off for Rebound in the Settings app.</source>
        <translation>Benachrichtigungen für Rebound sind in der Einstellungen-App ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../platform/ios/IosNotifier.mm" line="58"/>
        <source>iOS did not show the notification.</source>
        <translation>iOS hat die Benachrichtigung nicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>JobSearch</name>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="22"/>
        <source>Saved</source>
        <translation>Gemerkt</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="23"/>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="24"/>
        <source>Screening</source>
        <translation>Vorauswahl</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="25"/>
        <source>Interviewing</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="26"/>
        <source>Final round</source>
        <translation>Finale Runde</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="27"/>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="28"/>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="29"/>
        <source>Rejected</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="30"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="31"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="38"/>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="39"/>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="40"/>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="47"/>
        <source>Recruiter</source>
        <translation>Recruiter</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="48"/>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="49"/>
        <source>Hiring manager</source>
        <translation>Hiring Manager</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="50"/>
        <source>Referrer</source>
        <translation>Empfehlungsgeber/-in</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="51"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="58"/>
        <source>Phone screen</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="59"/>
        <source>Technical</source>
        <translation>Fachgespräch</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="60"/>
        <source>Behavioural</source>
        <translation>Verhaltensfragen</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="61"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="62"/>
        <source>Final</source>
        <translation>Finales Gespräch</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="69"/>
        <source>Employer</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="70"/>
        <location filename="../backend/core/JobLabels.cpp" line="79"/>
        <source>Mock interview</source>
        <translation>Übungsgespräch</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="71"/>
        <source>Self-reflection</source>
        <translation>Selbstreflexion</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="78"/>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="80"/>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="81"/>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="82"/>
        <source>Reading</source>
        <translation>Lektüre</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="89"/>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="90"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="91"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="34"/>
        <source>The link must be a web address (http or https).</source>
        <translation>Der Link muss eine Webadresse sein (http oder https).</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="40"/>
        <source>A salary must be a whole number from 0 to 1,000,000,000,000.</source>
        <translation>Ein Gehalt muss eine ganze Zahl von 0 bis 1.000.000.000.000 sein.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="49"/>
        <source>A person needs a name.</source>
        <translation>Eine Person braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="53"/>
        <source>Unknown role: %1.</source>
        <translation>Unbekannte Rolle: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="56"/>
        <source>&quot;%1&quot; does not look like an e-mail address.</source>
        <translation>„%1“ sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="82"/>
        <source>Name the company.</source>
        <translation>Nenne die Firma.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="89"/>
        <source>Unknown way of working: %1.</source>
        <translation>Unbekanntes Arbeitsmodell: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="93"/>
        <source>The lowest salary is above the highest.</source>
        <translation>Das Mindestgehalt liegt über dem Höchstgehalt.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="100"/>
        <source>A currency is three letters, such as EUR or USD.</source>
        <translation>Eine Währung besteht aus drei Buchstaben, etwa EUR oder USD.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="112"/>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="213"/>
        <source>Unknown stage: %1.</source>
        <translation>Unbekannte Phase: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="133"/>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="224"/>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="289"/>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="334"/>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="48"/>
        <location filename="../backend/storage/InterviewRepository.cpp" line="95"/>
        <location filename="../backend/storage/RejectionFlowRepository.cpp" line="28"/>
        <source>That application no longer exists.</source>
        <translation>Diese Bewerbung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="251"/>
        <source>That stage is already gone.</source>
        <translation>Diese Phase gibt es schon nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="254"/>
        <source>An application keeps at least one stage.</source>
        <translation>Eine Bewerbung behält mindestens eine Phase.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="293"/>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="44"/>
        <location filename="../backend/storage/InterviewRepository.cpp" line="116"/>
        <location filename="../backend/storage/InterviewRepository.cpp" line="153"/>
        <source>That interview no longer exists.</source>
        <translation>Dieses Gespräch gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="305"/>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="317"/>
        <source>That person is no longer on the application.</source>
        <translation>Diese Person gehört nicht mehr zur Bewerbung.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="23"/>
        <source>A skill name cannot contain &quot;|&quot;.</source>
        <translation>Der Name einer Fähigkeit darf kein „|“ enthalten.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="36"/>
        <source>Unknown source of feedback: %1.</source>
        <translation>Unbekannte Feedback-Quelle: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="61"/>
        <source>At most %1 skills on each side.</source>
        <translation>Höchstens %1 Fähigkeiten pro Seite.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="80"/>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="107"/>
        <source>Write the feedback or name at least one skill.</source>
        <translation>Schreib das Feedback auf oder nenne mindestens eine Fähigkeit.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="102"/>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="117"/>
        <source>That feedback no longer exists.</source>
        <translation>Dieses Feedback gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="164"/>
        <source>A skill needs a name.</source>
        <translation>Eine Fähigkeit braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="168"/>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="184"/>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="216"/>
        <source>That skill no longer exists.</source>
        <translation>Diese Fähigkeit gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="170"/>
        <source>There is already a skill called &quot;%1&quot;.</source>
        <translation>Es gibt schon eine Fähigkeit namens „%1“.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="198"/>
        <source>Unknown kind of action: %1.</source>
        <translation>Unbekannte Art von Maßnahme: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="202"/>
        <source>Unknown status: %1.</source>
        <translation>Unbekannter Status: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="205"/>
        <source>Say what you will do.</source>
        <translation>Sag, was du vorhast.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="207"/>
        <source>Pick a due day within the next ten years.</source>
        <translation>Wähle einen Fälligkeitstag innerhalb der nächsten zehn Jahre.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="226"/>
        <source>Name the skill the action is for.</source>
        <translation>Nenne die Fähigkeit, für die die Maßnahme ist.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="244"/>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="255"/>
        <source>That action no longer exists.</source>
        <translation>Diese Maßnahme gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="39"/>
        <source>Give the interview a date and time.</source>
        <translation>Gib dem Gespräch ein Datum und eine Uhrzeit.</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="44"/>
        <source>Pick an interview date between 1900 and two years from now.</source>
        <translation>Wähle ein Gesprächsdatum zwischen 1900 und zwei Jahren ab heute.</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="48"/>
        <source>Unknown kind of interview: %1.</source>
        <translation>Unbekannte Gesprächsart: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="51"/>
        <source>Confidence goes from 1 to 5.</source>
        <translation>Die Zuversicht geht von 1 bis 5.</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="69"/>
        <source>Prepare for your interview at %1</source>
        <translation>Bereite dich auf dein Gespräch bei %1 vor</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="69"/>
        <source>Prepare for your interview</source>
        <translation>Bereite dich auf dein Gespräch vor</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="71"/>
        <source>%1 · %2 at %3</source>
        <translation>%1 · %2 um %3</translation>
    </message>
    <message>
        <location filename="../backend/storage/RejectionFlowRepository.cpp" line="67"/>
        <source>That rejection flow no longer exists.</source>
        <translation>Diesen Ablauf nach der Absage gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/storage/RejectionFlowRepository.cpp" line="72"/>
        <source>Unknown step: %1.</source>
        <translation>Unbekannter Schritt: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/RejectionFlowRepository.cpp" line="75"/>
        <source>Unknown step state: %1.</source>
        <translation>Unbekannter Schrittstatus: %1.</translation>
    </message>
</context>
<context>
    <name>JobSearchSection</name>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="15"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="15"/>
        <source>%1 days</source>
        <translation>%1 Tagen</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="18"/>
        <source>Job search</source>
        <translation>Jobsuche</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="23"/>
        <source>After a rejection, Rebound proposes these reminders. You can change each day in the flow itself.</source>
        <translation>Nach einer Absage schlägt Rebound diese Erinnerungen vor. Du kannst jeden Tag direkt im Ablauf ändern.</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="31"/>
        <source>Follow up on feedback after</source>
        <translation>Wegen Feedback nachfragen nach</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="32"/>
        <source>If nothing comes back, a friendly nudge.</source>
        <translation>Falls nichts kommt, ein freundlicher Anstoß.</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="41"/>
        <source>Days before following up on feedback</source>
        <translation>Tage bis zum Nachfragen wegen Feedback</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="48"/>
        <source>Keep in touch after</source>
        <translation>In Kontakt bleiben nach</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="49"/>
        <source>With the recruiter and interviewers.</source>
        <translation>Mit Recruiter und Interviewern.</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="58"/>
        <source>Days before keeping in touch</source>
        <translation>Tage bis zum In-Kontakt-Bleiben</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="65"/>
        <source>Look at the company again after</source>
        <translation>Firma wieder ansehen nach</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="66"/>
        <source>A reminder to consider re-applying.</source>
        <translation>Eine Erinnerung, eine erneute Bewerbung zu erwägen.</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="75"/>
        <source>Days before looking at the company again</source>
        <translation>Tage, bis du dir die Firma wieder ansiehst</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="82"/>
        <source>Suggest a goal review after</source>
        <translation>Zielrückblick vorschlagen nach</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="83"/>
        <source>Several rejections close together can be a signal to step back and re-check your goals: %1 within %2.</source>
        <translation>Mehrere Absagen kurz hintereinander können ein Zeichen sein, einen Schritt zurückzutreten und deine Ziele zu überprüfen: %1 innerhalb von %2.</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="83"/>
        <source>one rejection</source>
        <translation>eine Absage</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="83"/>
        <source>%1 rejections</source>
        <translation>%1 Absagen</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="94"/>
        <source>Rejections that suggest a goal review</source>
        <translation>Absagen, die einen Zielrückblick vorschlagen</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="99"/>
        <source>within</source>
        <translation>innerhalb von</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="110"/>
        <source>Days in which those rejections count</source>
        <translation>Tage, in denen diese Absagen zählen</translation>
    </message>
</context>
<context>
    <name>JobsFilterBar</name>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="31"/>
        <source>Search company, role, people…</source>
        <translation>Firma, Rolle, Personen suchen…</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="38"/>
        <source>Search applications</source>
        <translation>Bewerbungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="73"/>
        <source>Clear search text</source>
        <translation>Suchtext löschen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="95"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="126"/>
        <source>Closed (%1)</source>
        <translation>Abgeschlossen (%1)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="126"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="128"/>
        <source>Show closed applications</source>
        <translation>Abgeschlossene Bewerbungen anzeigen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="147"/>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="168"/>
        <source>Only from %1</source>
        <translation>Nur über %1</translation>
    </message>
</context>
<context>
    <name>JobsModeBar</name>
    <message>
        <location filename="../qml/jobs/JobsModeBar.qml" line="18"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsModeBar.qml" line="22"/>
        <source>Skills plan</source>
        <translation>Kompetenzplan</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsModeBar.qml" line="33"/>
        <source>Job search view</source>
        <translation>Ansicht der Jobsuche</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="33"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="52"/>
        <location filename="../qml/pages/JobsPage.qml" line="482"/>
        <source>Moved to %1</source>
        <translation>Verschoben nach %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="71"/>
        <source>Application deleted</source>
        <translation>Bewerbung gelöscht</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="71"/>
        <location filename="../qml/pages/JobsPage.qml" line="77"/>
        <location filename="../qml/pages/JobsPage.qml" line="86"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="77"/>
        <source>Interview deleted</source>
        <translation>Gespräch gelöscht</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="86"/>
        <source>Feedback deleted</source>
        <translation>Feedback gelöscht</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="100"/>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="227"/>
        <location filename="../qml/pages/JobsPage.qml" line="516"/>
        <source>Export applications</source>
        <translation>Bewerbungen exportieren</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="234"/>
        <source>Export as CSV (spreadsheets)…</source>
        <translation>Als CSV exportieren (Tabellen)…</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="240"/>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="248"/>
        <source>The exported file is not encrypted</source>
        <translation>Die exportierte Datei ist nicht verschlüsselt</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="258"/>
        <source>New application</source>
        <translation>Neue Bewerbung</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="345"/>
        <source>Your job search starts here</source>
        <translation>Hier beginnt deine Jobsuche</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="345"/>
        <source>No applications match</source>
        <translation>Keine passenden Bewerbungen</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="345"/>
        <source>Nothing open right now</source>
        <translation>Gerade ist nichts offen</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="346"/>
        <source>Add the jobs you apply for and move them along as you hear back. Interviews, feedback and the people you meet stay with each one.</source>
        <translation>Trag die Stellen ein, auf die du dich bewirbst, und schieb sie weiter, sobald du etwas hörst. Gespräche, Feedback und die Menschen, die du triffst, bleiben bei jeder einzelnen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="346"/>
        <source>Try other words, or clear the filters.</source>
        <translation>Versuch es mit anderen Wörtern oder lösche die Filter.</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="346"/>
        <source>Your closed applications are under Closed. A quiet pipeline is a good moment to save a few new ones.</source>
        <translation>Deine abgeschlossenen Bewerbungen findest du unter „Abgeschlossen“. Eine ruhige Pipeline ist ein guter Moment, ein paar neue zu speichern.</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="352"/>
        <source>Add an application</source>
        <translation>Bewerbung hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="352"/>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="352"/>
        <source>Show closed</source>
        <translation>Abgeschlossene zeigen</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="410"/>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="410"/>
        <source>They will no longer be listed on this application.</source>
        <translation>Die Person wird bei dieser Bewerbung nicht mehr aufgeführt.</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="414"/>
        <source>Remove this step?</source>
        <translation>Diesen Schritt entfernen?</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="414"/>
        <source>The application goes back to the stage before it, if this was the latest.</source>
        <translation>Die Bewerbung geht zurück in die vorherige Phase, falls das der letzte Schritt war.</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="435"/>
        <source>Application added</source>
        <translation>Bewerbung hinzugefügt</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="435"/>
        <source>Application saved</source>
        <translation>Bewerbung gespeichert</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="452"/>
        <source>Interview added</source>
        <translation>Gespräch hinzugefügt</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="452"/>
        <source>Interview saved</source>
        <translation>Gespräch gespeichert</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="469"/>
        <source>Feedback added</source>
        <translation>Feedback hinzugefügt</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="469"/>
        <source>Feedback saved</source>
        <translation>Feedback gespeichert</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="519"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="519"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="522"/>
        <source>Exported 1 application (not encrypted)</source>
        <translation>1 Bewerbung exportiert (nicht verschlüsselt)</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="522"/>
        <source>Exported %1 applications (not encrypted)</source>
        <translation>%1 Bewerbungen exportiert (nicht verschlüsselt)</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="86"/>
        <source>Mood must be between 1 and 5.</source>
        <translation>Die Stimmung muss zwischen 1 und 5 liegen.</translation>
    </message>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="142"/>
        <location filename="../backend/storage/JournalRepository.cpp" line="153"/>
        <source>That entry no longer exists.</source>
        <translation>Diesen Eintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="178"/>
        <source>That entry is not deleted.</source>
        <translation>Dieser Eintrag ist nicht gelöscht.</translation>
    </message>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="288"/>
        <source>The mood range must lie between 1 and 5, lowest first.</source>
        <translation>Der Stimmungsbereich muss zwischen 1 und 5 liegen, der niedrigste Wert zuerst.</translation>
    </message>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="290"/>
        <source>The date range ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="292"/>
        <source>The search is too long (at most 500 characters).</source>
        <translation>Die Suche ist zu lang (höchstens 500 Zeichen).</translation>
    </message>
</context>
<context>
    <name>JournalModeBar</name>
    <message>
        <location filename="../qml/journal/JournalModeBar.qml" line="18"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalModeBar.qml" line="22"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalModeBar.qml" line="26"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalModeBar.qml" line="37"/>
        <source>Journal view</source>
        <translation>Tagebuchansicht</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../qml/pages/JournalPage.qml" line="56"/>
        <location filename="../qml/pages/JournalPage.qml" line="304"/>
        <source>Entry deleted</source>
        <translation>Eintrag gelöscht</translation>
    </message>
    <message>
        <location filename="../qml/pages/JournalPage.qml" line="56"/>
        <location filename="../qml/pages/JournalPage.qml" line="304"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../qml/pages/JournalPage.qml" line="63"/>
        <source>Entry restored</source>
        <translation>Eintrag wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../qml/pages/JournalPage.qml" line="149"/>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <location filename="../qml/pages/JournalPage.qml" line="240"/>
        <source>Your journal is empty</source>
        <translation>Dein Tagebuch ist leer</translation>
    </message>
    <message>
        <location filename="../qml/pages/JournalPage.qml" line="241"/>
        <source>A few honest lines a day go a long way. Nobody else can read them.</source>
        <translation>Ein paar ehrliche Zeilen am Tag bewirken viel. Niemand sonst kann sie lesen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/JournalPage.qml" line="299"/>
        <source>Entry added</source>
        <translation>Eintrag hinzugefügt</translation>
    </message>
    <message>
        <location filename="../qml/pages/JournalPage.qml" line="299"/>
        <source>Entry saved</source>
        <translation>Eintrag gespeichert</translation>
    </message>
</context>
<context>
    <name>JournalTemplates</name>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="18"/>
        <source>After a rejection</source>
        <translation>Nach einer Absage</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="19"/>
        <source>Let the feeling land, then sort what you could and could not control.</source>
        <translation>Lass das Gefühl ankommen und sortiere dann, was du in der Hand hattest und was nicht.</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="20"/>
        <source>## What I feel right now
Name it honestly. Disappointment after a no is normal; it means this one mattered.


## What was in my control
My preparation, my answers, how I followed up.


## What was not
Their budget, the other candidates, internal choices I will never see.


## One thing I&apos;ll carry into the next one


&gt; A rejection is something that happened, not who I am.
</source>
        <translation>## Was ich gerade fühle
Benenne es ehrlich. Enttäuschung nach einem Nein ist normal; sie zeigt, dass es dir wichtig war.


## Was ich in der Hand hatte
Meine Vorbereitung, meine Antworten, wie ich nachgefasst habe.


## Was nicht
Ihr Budget, die anderen Bewerber, interne Entscheidungen, die ich nie sehen werde.


## Eine Sache, die ich in die nächste Bewerbung mitnehme


&gt; Eine Absage ist etwas, das passiert ist, nicht das, was ich bin.
</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="28"/>
        <source>rejection</source>
        <translation>Absage</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="30"/>
        <source>Interview reflection</source>
        <translation>Gesprächsreflexion</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="31"/>
        <source>Capture it while it&apos;s fresh: what stumped you, what went well.</source>
        <translation>Halte es fest, solange es frisch ist: was dich kalt erwischt hat, was gut lief.</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="32"/>
        <source>## Questions that stumped me


## Moments I felt less confident


## What went well
At least one thing, however small.


## What I&apos;d practise before the next one


## Feedback to ask for
A short, polite question about my strengths and where I fell short.
</source>
        <translation>## Fragen, die mich kalt erwischt haben


## Momente, in denen ich mich weniger sicher fühlte


## Was gut lief
Mindestens eine Sache, so klein sie auch ist.


## Was ich vor dem nächsten Gespräch üben möchte


## Feedback, um das ich bitten möchte
Eine kurze, höfliche Frage nach meinen Stärken und danach, wo es noch gefehlt hat.
</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="39"/>
        <source>interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="41"/>
        <source>Reframe a hard thought</source>
        <translation>Einen schweren Gedanken umdeuten</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="42"/>
        <source>Write the thought down, then look at it the way a friend would.</source>
        <translation>Schreib den Gedanken auf und sieh ihn dann so an, wie es ein Freund tun würde.</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="43"/>
        <source>## The thought
What is my mind telling me?


## What supports it, what doesn&apos;t


## What I&apos;d tell a friend who thought this


## A kinder, truer way to put it
</source>
        <translation>## Der Gedanke
Was sagt mir mein Kopf?


## Was dafür spricht, was dagegen


## Was ich einem Freund sagen würde, der das denkt


## Eine freundlichere, ehrlichere Art, es zu sagen
</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="48"/>
        <source>reframe</source>
        <translation>umdeuten</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="50"/>
        <source>Win of the day</source>
        <translation>Erfolg des Tages</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="51"/>
        <source>Every step counts: an answer, good feedback, a final round.</source>
        <translation>Jeder Schritt zählt: eine Antwort, gutes Feedback, eine finale Runde.</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="52"/>
        <source>## Today&apos;s win
A reply, an interview, a kind word, a skill that clicked.


## Why it matters


## What it says about me
</source>
        <translation>## Mein Erfolg heute
Eine Antwort, ein Gespräch, ein freundliches Wort, eine Fähigkeit, die plötzlich sitzt.


## Warum er wichtig ist


## Was er über mich sagt
</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="56"/>
        <source>win</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="58"/>
        <source>Who supports me</source>
        <translation>Wer mich unterstützt</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="59"/>
        <source>The people in your corner, and one to reach out to this week.</source>
        <translation>Die Menschen, die hinter dir stehen, und einer, bei dem du dich diese Woche meldest.</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="60"/>
        <source>## People who have my back
Friends, family, mentors, former colleagues.


## Who I could ask for advice or an introduction


## Someone I&apos;ll get in touch with this week


## How I can help someone else
</source>
        <translation>## Menschen, die hinter mir stehen
Freunde, Familie, Mentoren, frühere Kollegen.


## Wen ich um Rat oder eine Vorstellung bitten könnte


## Bei wem ich mich diese Woche melde


## Wie ich jemand anderem helfen kann
</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="65"/>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
</context>
<context>
    <name>KeyboardSection</name>
    <message>
        <location filename="../qml/settings/KeyboardSection.qml" line="11"/>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeyboardSection.qml" line="17"/>
        <source>New journal entry</source>
        <translation>Neuer Tagebucheintrag</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeyboardSection.qml" line="20"/>
        <source>Search the journal</source>
        <translation>Im Tagebuch suchen</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeyboardSection.qml" line="23"/>
        <source>Check in today</source>
        <translation>Heute einchecken</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeyboardSection.qml" line="26"/>
        <source>Go to Today, Journal, Jobs, People, Goals or Insights</source>
        <translation>Zu Heute, Tagebuch, Jobs, Kontakte, Ziele oder Einblicke</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeyboardSection.qml" line="29"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeyboardSection.qml" line="32"/>
        <source>Lock the vault</source>
        <translation>Tresor sperren</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeyboardSection.qml" line="35"/>
        <source>Move between controls; Space or Enter activates</source>
        <translation>Zwischen Bedienelementen wechseln; Leertaste oder Eingabe löst aus</translation>
    </message>
</context>
<context>
    <name>LinuxPlatform</name>
    <message>
        <location filename="../platform/linux/PlatformImpl.cpp" line="45"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../platform/linux/PlatformImpl.cpp" line="54"/>
        <source>systemctl was not found, so the reminder timer cannot be set up (it needs systemd).</source>
        <translation>systemctl wurde nicht gefunden, daher kann der Erinnerungs-Timer nicht eingerichtet werden (er braucht systemd).</translation>
    </message>
    <message>
        <location filename="../platform/linux/PlatformImpl.cpp" line="67"/>
        <source>&quot;systemctl --user %1&quot; failed%2. Is a systemd user session running?</source>
        <translation>„systemctl --user %1“ ist fehlgeschlagen%2. Läuft eine systemd-Benutzersitzung?</translation>
    </message>
    <message>
        <location filename="../platform/linux/PlatformImpl.cpp" line="105"/>
        <source>The timer files were removed, but %1</source>
        <translation>Die Timer-Dateien wurden entfernt, aber %1</translation>
    </message>
    <message>
        <location filename="../platform/linux/PlatformImpl.cpp" line="113"/>
        <source>rebound-cli was not found at %1, so the reminder timer was not set up.</source>
        <translation>rebound-cli wurde unter %1 nicht gefunden, daher wurde der Erinnerungs-Timer nicht eingerichtet.</translation>
    </message>
    <message>
        <location filename="../platform/linux/PlatformImpl.cpp" line="114"/>
        <source>(no path)</source>
        <translation>(kein Pfad)</translation>
    </message>
    <message>
        <location filename="../platform/linux/PlatformImpl.cpp" line="119"/>
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>LogInteractionSheet</name>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="64"/>
        <source>Log with %1</source>
        <translation>Eintragen mit %1</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="64"/>
        <source>Edit interaction</source>
        <translation>Interaktion bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="72"/>
        <source>What kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="84"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="93"/>
        <source>What you talked about, what to follow up on (optional)</source>
        <translation>Worüber ihr gesprochen habt, woran du dranbleiben willst (optional)</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="98"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="110"/>
        <source>Logging restarts the keep-in-touch clock from this day.</source>
        <translation>Das Eintragen startet die Kontakt-Uhr ab diesem Tag neu.</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="129"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="131"/>
        <source>Delete interaction</source>
        <translation>Interaktion löschen</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="141"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="150"/>
        <source>Log</source>
        <translation>Eintragen</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="150"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="151"/>
        <source>Log this interaction</source>
        <translation>Diese Interaktion eintragen</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="151"/>
        <source>Save interaction</source>
        <translation>Interaktion speichern</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="60"/>
        <source>Rebound</source>
        <translation>Rebound</translation>
    </message>
</context>
<context>
    <name>MobilePlatform</name>
    <message>
        <location filename="../platform/android/PlatformImpl.cpp" line="89"/>
        <source>On Android this version notifies only while Rebound is open.</source>
        <translation>Unter Android benachrichtigt diese Version nur, solange Rebound geöffnet ist.</translation>
    </message>
    <message>
        <location filename="../platform/ios/PlatformImpl.cpp" line="29"/>
        <source>On iOS this version notifies only while Rebound is open.</source>
        <translation>Unter iOS benachrichtigt diese Version nur, solange Rebound geöffnet ist.</translation>
    </message>
</context>
<context>
    <name>MoodLegend</name>
    <message>
        <location filename="../qml/journal/MoodLegend.qml" line="14"/>
        <source>Mood colours</source>
        <translation>Stimmungsfarben</translation>
    </message>
</context>
<context>
    <name>MoodPicker</name>
    <message>
        <location filename="../qml/components/MoodPicker.qml" line="27"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
</context>
<context>
    <name>MoodRangeSelector</name>
    <message>
        <location filename="../qml/components/MoodRangeSelector.qml" line="15"/>
        <source>Any mood</source>
        <translation>Jede Stimmung</translation>
    </message>
    <message>
        <location filename="../qml/components/MoodRangeSelector.qml" line="15"/>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <location filename="../qml/components/MoodRangeSelector.qml" line="15"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../qml/components/MoodRangeSelector.qml" line="35"/>
        <source>Mood range: %1</source>
        <translation>Stimmungsbereich: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/MoodRangeSelector.qml" line="42"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../qml/components/MoodRangeSelector.qml" line="74"/>
        <source>Mood range</source>
        <translation>Stimmungsbereich</translation>
    </message>
</context>
<context>
    <name>Moods</name>
    <message>
        <location filename="../qml/Moods.qml" line="15"/>
        <source>Awful</source>
        <translation>Furchtbar</translation>
    </message>
    <message>
        <location filename="../qml/Moods.qml" line="17"/>
        <source>Low</source>
        <translation>Gedrückt</translation>
    </message>
    <message>
        <location filename="../qml/Moods.qml" line="19"/>
        <source>Okay</source>
        <translation>Okay</translation>
    </message>
    <message>
        <location filename="../qml/Moods.qml" line="21"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../qml/Moods.qml" line="23"/>
        <source>Great</source>
        <translation>Super</translation>
    </message>
    <message>
        <location filename="../qml/Moods.qml" line="25"/>
        <source>No mood</source>
        <translation>Keine Stimmung</translation>
    </message>
    <message>
        <location filename="../qml/Moods.qml" line="34"/>
        <source>Mood %1 of %2: %3</source>
        <translation>Stimmung %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/Moods.qml" line="34"/>
        <source>No mood recorded</source>
        <translation>Keine Stimmung erfasst</translation>
    </message>
</context>
<context>
    <name>MoveStageDialog</name>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="40"/>
        <source>Move %1 to…</source>
        <translation>%1 verschieben nach…</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="40"/>
        <source>Move to…</source>
        <translation>Verschieben nach…</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="47"/>
        <source>Still going</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="52"/>
        <source>Open stages</source>
        <translation>Offene Phasen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="59"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="64"/>
        <source>Closed stages</source>
        <translation>Abgeschlossene Phasen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="71"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="79"/>
        <source>Moved on</source>
        <translation>Verschoben am</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="86"/>
        <source>Note (optional), e.g. call with the recruiter</source>
        <translation>Notiz (optional), z. B. Telefonat mit dem Recruiter</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="89"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="103"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="112"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="113"/>
        <source>Move to the chosen stage</source>
        <translation>In die gewählte Phase verschieben</translation>
    </message>
</context>
<context>
    <name>NorthStarCard</name>
    <message>
        <location filename="../qml/today/NorthStarCard.qml" line="25"/>
        <source>Your north star: %1. Edit</source>
        <translation>Dein Leitstern: %1. Bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/today/NorthStarCard.qml" line="25"/>
        <location filename="../qml/today/NorthStarCard.qml" line="114"/>
        <source>Set your north star</source>
        <translation>Leitstern festlegen</translation>
    </message>
    <message>
        <location filename="../qml/today/NorthStarCard.qml" line="79"/>
        <source>Your north star</source>
        <translation>Dein Leitstern</translation>
    </message>
    <message>
        <location filename="../qml/today/NorthStarCard.qml" line="79"/>
        <source>Where is this search taking you?</source>
        <translation>Wohin führt dich diese Suche?</translation>
    </message>
    <message>
        <location filename="../qml/today/NorthStarCard.qml" line="91"/>
        <source>Choose a north star: the work you want, in a sentence. It stays here to keep your eye on the prize on the hard days.</source>
        <translation>Wähle einen Leitstern: die Arbeit, die du willst, in einem Satz. Er bleibt hier, damit du auch an schweren Tagen dein Ziel im Blick behältst.</translation>
    </message>
</context>
<context>
    <name>NorthStarEditor</name>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="31"/>
        <source>Write your north star, or use Clear to remove it.</source>
        <translation>Schreib deinen Leitstern auf oder entferne ihn mit „Entfernen“.</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="67"/>
        <source>Your north star</source>
        <translation>Dein Leitstern</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="75"/>
        <source>The long-term direction behind every application: the work you want and why. Keep it short enough to read at a glance.</source>
        <translation>Die langfristige Richtung hinter jeder Bewerbung: die Arbeit, die du willst, und warum. Halte ihn so kurz, dass er sich auf einen Blick lesen lässt.</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="82"/>
        <location filename="../qml/goals/NorthStarEditor.qml" line="93"/>
        <source>North star</source>
        <translation>Leitstern</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="90"/>
        <source>e.g. Lead a data team at a company that helps people</source>
        <translation>z. B. Ein Datenteam in einer Firma leiten, die Menschen hilft</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="98"/>
        <source>Why it matters (optional)</source>
        <translation>Warum es wichtig ist (optional)</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="106"/>
        <source>What it would change for you</source>
        <translation>Was es für dich verändern würde</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="111"/>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="127"/>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="129"/>
        <source>Clear the north star</source>
        <translation>Leitstern entfernen</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="139"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="149"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="150"/>
        <source>Save the north star</source>
        <translation>Leitstern speichern</translation>
    </message>
</context>
<context>
    <name>OnThisDay</name>
    <message>
        <location filename="../backend/services/OnThisDay.cpp" line="68"/>
        <source>1 year ago</source>
        <translation>vor 1 Jahr</translation>
    </message>
    <message>
        <location filename="../backend/services/OnThisDay.cpp" line="69"/>
        <source>%1 years ago</source>
        <translation>vor %1 Jahren</translation>
    </message>
    <message>
        <location filename="../backend/services/OnThisDay.cpp" line="70"/>
        <source>1 month ago</source>
        <translation>vor 1 Monat</translation>
    </message>
    <message>
        <location filename="../backend/services/OnThisDay.cpp" line="71"/>
        <source>%1 months ago</source>
        <translation>vor %1 Monaten</translation>
    </message>
</context>
<context>
    <name>OnThisDayCard</name>
    <message>
        <location filename="../qml/today/OnThisDayCard.qml" line="46"/>
        <source>Proof you&apos;ve come through hard days before</source>
        <translation>Der Beweis, dass du schwere Tage schon überstanden hast</translation>
    </message>
    <message>
        <location filename="../qml/today/OnThisDayCard.qml" line="46"/>
        <source>On this day</source>
        <translation>An diesem Tag</translation>
    </message>
    <message>
        <location filename="../qml/today/OnThisDayCard.qml" line="57"/>
        <source>Wins from this date in earlier months. You got through those days, too.</source>
        <translation>Erfolge von diesem Datum in früheren Monaten. Auch durch diese Tage bist du gekommen.</translation>
    </message>
    <message>
        <location filename="../qml/today/OnThisDayCard.qml" line="57"/>
        <source>What you wrote and won on this date before.</source>
        <translation>Was du an diesem Datum früher geschrieben und geschafft hast.</translation>
    </message>
    <message>
        <location filename="../qml/today/OnThisDayCard.qml" line="81"/>
        <source>Win, %1: %2</source>
        <translation>Erfolg, %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/today/OnThisDayCard.qml" line="81"/>
        <source>Journal entry, %1: %2</source>
        <translation>Tagebucheintrag, %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/today/OnThisDayCard.qml" line="107"/>
        <source>Win</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../qml/today/OnThisDayCard.qml" line="107"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
</context>
<context>
    <name>Outreach</name>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="319"/>
        <source>Catching up</source>
        <translation>Sich wieder melden</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="320"/>
        <source>Hi {first_name},

It has been a while! I hope things are going well at {company}. I would love to hear what you are working on these days. Do you have time for a short call or a coffee in the next few weeks?

Best wishes</source>
        <translation>Hallo {first_name},

lange nichts gehört! Ich hoffe, bei {company} läuft alles gut. Ich würde gern hören, woran du gerade arbeitest. Hast du in den nächsten Wochen Zeit für ein kurzes Telefonat oder einen Kaffee?

Viele Grüße</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="323"/>
        <source>Thank you</source>
        <translation>Danke</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="324"/>
        <source>Hi {first_name},

Thank you again for your time and your advice. It helped me more than you might think. I will keep you posted on how my search goes.

Best wishes</source>
        <translation>Hallo {first_name},

noch einmal danke für deine Zeit und deinen Rat. Das hat mir mehr geholfen, als du vielleicht denkst. Ich halte dich auf dem Laufenden, wie es mit meiner Suche weitergeht.

Viele Grüße</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="327"/>
        <source>Asking for advice</source>
        <translation>Um Rat fragen</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="328"/>
        <source>Hi {first_name},

I am looking for my next role and I value your view. Could I ask you a few questions about {company} and how you got where you are? Twenty minutes would mean a lot.

Thank you</source>
        <translation>Hallo {first_name},

ich suche gerade eine neue Stelle und deine Sicht ist mir wichtig. Darf ich dir ein paar Fragen zu {company} stellen und dazu, wie du dahin gekommen bist, wo du heute bist? Zwanzig Minuten würden mir viel bedeuten.

Danke dir</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="331"/>
        <source>After a rejection</source>
        <translation>Nach einer Absage</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="332"/>
        <source>Hi {first_name},

Thank you for letting me know, and for the time you and the team gave me. I enjoyed learning about {company}. If a role that fits me opens up later, I would be glad to hear from you.

Kind regards</source>
        <translation>Hallo {first_name},

vielen Dank für Ihre Rückmeldung und für die Zeit, die Sie und das Team sich für mich genommen haben. Ich habe gern mehr über {company} erfahren. Wenn sich später eine passende Stelle ergibt, freue ich mich, von Ihnen zu hören.

Freundliche Grüße</translation>
    </message>
</context>
<context>
    <name>OutreachTemplateEditor</name>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="29"/>
        <source>Give the message a name and write it.</source>
        <translation>Gib der Nachricht einen Namen und schreib sie.</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="35"/>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="35"/>
        <source>Edit message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="46"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="55"/>
        <source>Message name</source>
        <translation>Name der Nachricht</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="58"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="70"/>
        <source>Hi {first_name}, …</source>
        <translation>Hallo {first_name}, …</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="71"/>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="90"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="95"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>PageCatalog</name>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="33"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="35"/>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="37"/>
        <source>Job search</source>
        <translation>Jobsuche</translation>
    </message>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="39"/>
        <source>People</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="41"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="43"/>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="45"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="55"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="58"/>
        <source>Insights</source>
        <comment>bottom bar</comment>
        <extracomment>The Insights page in the phone&apos;s bottom bar: at most about 10 characters.</extracomment>
        <translation>Einblicke</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../qml/components/PassphraseField.qml" line="68"/>
        <source>Hide passphrase</source>
        <translation>Passphrase verbergen</translation>
    </message>
    <message>
        <location filename="../qml/components/PassphraseField.qml" line="68"/>
        <source>Show passphrase</source>
        <translation>Passphrase anzeigen</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="79"/>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="79"/>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="80"/>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="80"/>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="81"/>
        <source>Very strong</source>
        <translation>Sehr stark</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="84"/>
        <source>A few unrelated words make a passphrase that is strong and easy to remember.</source>
        <translation>Ein paar Wörter ohne Zusammenhang ergeben eine Passphrase, die stark ist und sich leicht merken lässt.</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="86"/>
        <source>Use at least %1 characters.</source>
        <translation>Verwende mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="88"/>
        <source>This is one of the most common passwords. Choose something personal to you.</source>
        <translation>Das ist eines der häufigsten Passwörter. Wähle etwas, das persönlich für dich ist.</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="90"/>
        <source>Add another word or two: length beats complexity.</source>
        <translation>Füge noch ein oder zwei Wörter hinzu: Länge schlägt Komplexität.</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="92"/>
        <source>Avoid repeated characters and simple sequences.</source>
        <translation>Vermeide wiederholte Zeichen und einfache Folgen.</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="94"/>
        <source>Good. Keep it somewhere safe: it cannot be recovered if you forget it.</source>
        <translation>Gut. Bewahre sie sicher auf: Wenn du sie vergisst, kann sie nicht wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="49"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="49"/>
        <source>Their interactions go too, and applications no longer link to them. You can undo right after.</source>
        <translation>Die Interaktionen werden mitgelöscht, und Bewerbungen sind nicht mehr mit der Person verknüpft. Du kannst es direkt danach rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="61"/>
        <source>Contact deleted</source>
        <translation>Kontakt gelöscht</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="61"/>
        <location filename="../qml/pages/PeoplePage.qml" line="290"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="72"/>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="87"/>
        <source>Snoozed for a week</source>
        <translation>Um eine Woche verschoben</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="87"/>
        <source>Snoozed for %1 days</source>
        <translation>Um %1 Tage verschoben</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="195"/>
        <source>The people on your side</source>
        <translation>Die Menschen an deiner Seite</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="196"/>
        <source>Keep the recruiters, mentors, former colleagues and friends who can help. Log a message, call or coffee and Rebound reminds you when it is time to get in touch again: mentors every 30 days, recruiters every 60, by default.</source>
        <translation>Halte fest, welche Recruiter, Mentoren, ehemaligen Kollegen und Freunde dir helfen können. Trag eine Nachricht, einen Anruf oder einen Kaffee ein, und Rebound erinnert dich, wenn es Zeit ist, dich wieder zu melden: standardmäßig bei Mentoren alle 30 Tage, bei Recruitern alle 60.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="197"/>
        <source>Contacts from your phone or mail app: export them as a vCard file and run &quot;rebound-cli contact import FILE.vcf&quot;.</source>
        <translation>Kontakte aus deinem Telefon oder Mailprogramm: Exportiere sie als vCard-Datei und führe „rebound-cli contact import FILE.vcf“ aus.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="203"/>
        <source>Add a contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="230"/>
        <source>1 person to reach out to</source>
        <translation>1 Person, bei der du dich melden kannst</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="230"/>
        <source>%1 people to reach out to</source>
        <translation>%1 Personen, bei denen du dich melden kannst</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="230"/>
        <source>Everyone is in touch</source>
        <translation>Mit allen in Kontakt</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="231"/>
        <source>Pick someone on the left to see what you talked about, when to get in touch again and the applications they are part of.</source>
        <translation>Wähle links jemanden aus, um zu sehen, worüber ihr gesprochen habt, wann du dich wieder melden solltest und an welchen Bewerbungen die Person beteiligt ist.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="270"/>
        <source>Contact added</source>
        <translation>Kontakt hinzugefügt</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="270"/>
        <source>Contact saved</source>
        <translation>Kontakt gespeichert</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="285"/>
        <source>Logged. The keep-in-touch clock restarts.</source>
        <translation>Eingetragen. Die Kontakt-Uhr beginnt von vorn.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="285"/>
        <source>Interaction saved</source>
        <translation>Interaktion gespeichert</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="290"/>
        <source>Interaction deleted</source>
        <translation>Interaktion gelöscht</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="308"/>
        <source>Copied. The text is now on the clipboard, outside the vault.</source>
        <translation>Kopiert. Der Text liegt jetzt in der Zwischenablage, außerhalb des Tresors.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="311"/>
        <source>Catching up</source>
        <translation>Kurzer Austausch</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="321"/>
        <source>Logged as sent. The keep-in-touch clock restarts.</source>
        <translation>Als gesendet eingetragen. Die Kontakt-Uhr beginnt von vorn.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="331"/>
        <source>Snoozed until %1</source>
        <translation>Verschoben bis %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="341"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="64"/>
        <source>&quot;%1&quot; does not look like an e-mail address.</source>
        <translation>„%1“ sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="78"/>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="88"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="91"/>
        <source>Name (required)</source>
        <translation>Name (Pflichtfeld)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="99"/>
        <source>E-mail (optional)</source>
        <translation>E-Mail (optional)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="103"/>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="113"/>
        <source>Matching contacts</source>
        <translation>Passende Kontakte</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="121"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="123"/>
        <source>Link to the contact %1</source>
        <translation>Mit dem Kontakt %1 verknüpfen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="136"/>
        <source>Linked to the contact %1</source>
        <translation>Mit dem Kontakt %1 verknüpft</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="144"/>
        <source>Unlink</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="145"/>
        <source>Do not link to %1</source>
        <translation>Nicht mit %1 verknüpfen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="154"/>
        <source>Also save as a contact (People)</source>
        <translation>Auch als Kontakt speichern (Kontakte)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="161"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="182"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="191"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="192"/>
        <source>Add this person</source>
        <translation>Diese Person hinzufügen</translation>
    </message>
</context>
<context>
    <name>ReachOutCard</name>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="26"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="40"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="81"/>
        <source>Last contacted %1 · %2</source>
        <translation>Letzter Kontakt: %1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="96"/>
        <source>Log</source>
        <translation>Eintragen</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="97"/>
        <source>Log an interaction with %1</source>
        <translation>Interaktion mit %1 eintragen</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="105"/>
        <source>Snooze</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="106"/>
        <source>Snooze the reminder for %1</source>
        <translation>Erinnerung für %1 verschieben</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="113"/>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="114"/>
        <source>Snooze for 1 week</source>
        <translation>Um 1 Woche verschieben</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="119"/>
        <source>2 weeks</source>
        <translation>2 Wochen</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="120"/>
        <source>Snooze for 2 weeks</source>
        <translation>Um 2 Wochen verschieben</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="125"/>
        <source>Pick a day…</source>
        <translation>Tag wählen…</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="126"/>
        <source>Snooze until a day you pick</source>
        <translation>Bis zu einem gewählten Tag verschieben</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="138"/>
        <source>Reach out</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="139"/>
        <source>Write to %1</source>
        <translation>%1 schreiben</translation>
    </message>
</context>
<context>
    <name>ReachOutHeader</name>
    <message>
        <location filename="../qml/people/ReachOutHeader.qml" line="39"/>
        <source>Reach out</source>
        <translation>Wieder melden</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutHeader.qml" line="44"/>
        <source>Reach out: %1 due</source>
        <translation>Wieder melden: %1 fällig</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutHeader.qml" line="48"/>
        <source>1 due</source>
        <translation>1 fällig</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutHeader.qml" line="48"/>
        <source>%1 due</source>
        <translation>%1 fällig</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutHeader.qml" line="73"/>
        <source>1 contact matches</source>
        <translation>1 passender Kontakt</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutHeader.qml" line="73"/>
        <source>%1 contacts match</source>
        <translation>%1 passende Kontakte</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutHeader.qml" line="73"/>
        <source>Everyone (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutHeader.qml" line="84"/>
        <source>Nobody matches. Try other words, or clear the filters.</source>
        <translation>Niemand passt. Versuch es mit anderen Wörtern oder lösche die Filter.</translation>
    </message>
</context>
<context>
    <name>ReachOutSheet</name>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="59"/>
        <source>Reach out to %1</source>
        <translation>%1 schreiben</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="66"/>
        <source>Start from</source>
        <translation>Ausgehend von</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="73"/>
        <source>Message templates</source>
        <translation>Nachrichtenvorlagen</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="84"/>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="100"/>
        <source>Your message</source>
        <translation>Deine Nachricht</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="105"/>
        <source>Message to %1</source>
        <translation>Nachricht an %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="111"/>
        <source>Copy it into any app, or open it as an e-mail to %1.</source>
        <translation>Kopier sie in eine beliebige App oder öffne sie als E-Mail an %1.</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="111"/>
        <source>Copy it into the app you use with %1. Add an e-mail address to the contact to send it as an e-mail.</source>
        <translation>Kopier sie in die App, die du mit %1 nutzt. Füg dem Kontakt eine E-Mail-Adresse hinzu, um sie als E-Mail zu senden.</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="129"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="130"/>
        <source>Copy the message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="138"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="139"/>
        <source>Open as an e-mail to %1</source>
        <translation>Als E-Mail an %1 öffnen</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="149"/>
        <source>Log as sent</source>
        <translation>Als gesendet eintragen</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="150"/>
        <source>Log the message as sent to %1</source>
        <translation>Nachricht an %1 als gesendet eintragen</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="156"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="157"/>
        <source>Close without logging</source>
        <translation>Schließen ohne Eintragen</translation>
    </message>
</context>
<context>
    <name>RecentEntries</name>
    <message>
        <location filename="../qml/today/RecentEntries.qml" line="25"/>
        <source>Recent entries</source>
        <translation>Letzte Einträge</translation>
    </message>
    <message>
        <location filename="../qml/today/RecentEntries.qml" line="37"/>
        <source>See all</source>
        <translation>Alle ansehen</translation>
    </message>
    <message>
        <location filename="../qml/today/RecentEntries.qml" line="38"/>
        <source>See all journal entries</source>
        <translation>Alle Tagebucheinträge ansehen</translation>
    </message>
    <message>
        <location filename="../qml/today/RecentEntries.qml" line="46"/>
        <source>Nothing yet. Your check-ins will appear here.</source>
        <translation>Noch nichts da. Deine Check-ins erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>RejectionFlow</name>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="19"/>
        <source>Hello,</source>
        <translation>Guten Tag,</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="19"/>
        <source>Dear %1,</source>
        <translation>Guten Tag %1,</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="54"/>
        <source>Feedback on my application to %1</source>
        <translation>Feedback zu meiner Bewerbung bei %1</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="55"/>
        <source>Feedback on my application for %1</source>
        <translation>Feedback zu meiner Bewerbung als %1</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="61"/>
        <source>Thank you for letting me know your decision about my application to %1, and for the time you and the team gave me.</source>
        <translation>Vielen Dank, dass Sie mir Ihre Entscheidung zu meiner Bewerbung bei %1 mitgeteilt haben, und für die Zeit, die Sie und das Team sich für mich genommen haben.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="64"/>
        <source>Thank you for letting me know your decision about %1 at %2, and for the time you and the team gave me.</source>
        <translation>Vielen Dank, dass Sie mir Ihre Entscheidung zur Stelle %1 bei %2 mitgeteilt haben, und für die Zeit, die Sie und das Team sich für mich genommen haben.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="68"/>
        <source>I would really value your honest feedback: what stood out as my strengths, and where could I have been stronger? Even a few lines would help me prepare for what comes next.</source>
        <translation>Ihr ehrliches Feedback wäre mir sehr wertvoll: Was ist Ihnen als meine Stärken aufgefallen, und wo hätte ich überzeugender sein können? Schon ein paar Zeilen würden mir helfen, mich auf das Nächste vorzubereiten.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="70"/>
        <source>Thank you again,</source>
        <translation>Nochmals vielen Dank und viele Grüße</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="74"/>
        <source>Thank you – %1</source>
        <translation>Vielen Dank – %1</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="80"/>
        <source>Thank you for considering me. I enjoyed learning about the team and its work, and I remain very interested in %1.</source>
        <translation>Vielen Dank, dass Sie mich berücksichtigt haben. Ich habe gern mehr über das Team und seine Arbeit erfahren, und ich bin weiterhin sehr an %1 interessiert.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="83"/>
        <source>Thank you for considering me for %1. I enjoyed learning about the team and its work, and I remain very interested in %2.</source>
        <translation>Vielen Dank, dass Sie mich für die Stelle %1 berücksichtigt haben. Ich habe gern mehr über das Team und seine Arbeit erfahren, und ich bin weiterhin sehr an %2 interessiert.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="87"/>
        <source>I would be glad to stay in touch; please keep me in mind if a similar opportunity comes up.</source>
        <translation>Ich würde gern in Kontakt bleiben; denken Sie gern an mich, wenn sich eine ähnliche Gelegenheit ergibt.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="88"/>
        <source>Best wishes,</source>
        <translation>Viele Grüße</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="103"/>
        <source>That rejection flow no longer exists.</source>
        <translation>Diesen Ablauf nach der Absage gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="110"/>
        <location filename="../backend/services/RejectionCoach.cpp" line="117"/>
        <source>That application no longer exists.</source>
        <translation>Diese Bewerbung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="134"/>
        <source>That journal entry no longer exists.</source>
        <translation>Diesen Tagebucheintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="151"/>
        <source>Follow up on feedback from %1</source>
        <translation>Bei %1 wegen Feedback nachfassen</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="153"/>
        <source>If nothing came back, a short, friendly nudge is fine.</source>
        <translation>Wenn nichts zurückkam, ist eine kurze, freundliche Erinnerung in Ordnung.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="161"/>
        <source>Write down at least one reason, or skip this step.</source>
        <translation>Schreib mindestens einen Grund auf oder überspring diesen Schritt.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="184"/>
        <source>Keep in touch with %1 (%2)</source>
        <translation>In Kontakt bleiben mit %1 (%2)</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="189"/>
        <source>Keep in touch with %1</source>
        <translation>In Kontakt bleiben mit %1</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="194"/>
        <source>Look at %1 again: time to re-apply?</source>
        <translation>%1 noch einmal ansehen: Zeit für eine neue Bewerbung?</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="202"/>
        <source>Name one thing that went well, or skip this step.</source>
        <translation>Nenne eine Sache, die gut lief, oder überspring diesen Schritt.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="256"/>
        <source>Review your goals</source>
        <translation>Überprüfe deine Ziele</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="259"/>
        <source>1 rejection in the last %1 days: are you targeting the right roles, and is there a skill to build first?</source>
        <translation>1 Absage in den letzten %1 Tagen: Zielst du auf die richtigen Stellen, und gibt es eine Fähigkeit, die du zuerst aufbauen solltest?</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="262"/>
        <source>%1 rejections in the last %2 days: are you targeting the right roles, and is there a skill to build first?</source>
        <translation>%1 Absagen in den letzten %2 Tagen: Zielst du auf die richtigen Stellen, und gibt es eine Fähigkeit, die du zuerst aufbauen solltest?</translation>
    </message>
</context>
<context>
    <name>RejectionFlowDateField</name>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="23"/>
        <source>In a year</source>
        <translation>In einem Jahr</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="25"/>
        <source>In a month</source>
        <translation>In einem Monat</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="25"/>
        <source>In %1 months</source>
        <translation>In %1 Monaten</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="27"/>
        <source>In a week</source>
        <translation>In einer Woche</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="27"/>
        <source>In %1 weeks</source>
        <translation>In %1 Wochen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="28"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="28"/>
        <source>In %1 days</source>
        <translation>In %1 Tagen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="40"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="71"/>
        <source>One day earlier</source>
        <translation>Einen Tag früher</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="94"/>
        <source>One day later</source>
        <translation>Einen Tag später</translation>
    </message>
</context>
<context>
    <name>RejectionFlowMessage</name>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="44"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="54"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="55"/>
        <source>Send to</source>
        <translation>Senden an</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="90"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="91"/>
        <source>Copy the message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="97"/>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="98"/>
        <source>Share the message (copies it on this device)</source>
        <translation>Nachricht teilen (kopiert sie auf diesem Gerät)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="104"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="104"/>
        <source>E-mail…</source>
        <translation>E-Mail…</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="105"/>
        <source>Write an e-mail to %1</source>
        <translation>E-Mail an %1 schreiben</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="105"/>
        <source>Write an e-mail (add the address in your mail app)</source>
        <translation>E-Mail schreiben (Adresse in deinem Mailprogramm ergänzen)</translation>
    </message>
</context>
<context>
    <name>RejectionFlowProgress</name>
    <message>
        <location filename="../qml/jobs/RejectionFlowProgress.qml" line="23"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowProgress.qml" line="67"/>
        <source>Step %1, %2: %3</source>
        <translation>Schritt %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowProgress.qml" line="67"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowProgress.qml" line="67"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowProgress.qml" line="67"/>
        <source>to do</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>RejectionFlowResumeCard</name>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="23"/>
        <source>Unfinished steps after a rejection</source>
        <translation>Offene Schritte nach einer Absage</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="27"/>
        <source>After a rejection: steps still open</source>
        <translation>Nach einer Absage: Schritte noch offen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="49"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="58"/>
        <source>%1 of %2 steps looked at · next: %3</source>
        <translation>%1 von %2 Schritten angeschaut · als Nächstes: %3</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="58"/>
        <source>Every step looked at · finish when you are ready</source>
        <translation>Alle Schritte angeschaut · schließ ab, wenn du so weit bist</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="74"/>
        <source>Let go</source>
        <translation>Loslassen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="75"/>
        <source>Close the rejection flow for %1</source>
        <translation>Absage-Ablauf für %1 schließen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="81"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="82"/>
        <source>Continue the rejection flow for %1</source>
        <translation>Absage-Ablauf für %1 fortsetzen</translation>
    </message>
</context>
<context>
    <name>RejectionFlowSheet</name>
    <message>
        <location filename="../qml/jobs/RejectionFlowSheet.qml" line="102"/>
        <source>After a rejection</source>
        <translation>Nach einer Absage</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSheet.qml" line="113"/>
        <source>Five small steps, each one skippable. Close any time: you can pick up where you left off.</source>
        <translation>Fünf kleine Schritte, jeder davon überspringbar. Schließ jederzeit: Du kannst dort weitermachen, wo du aufgehört hast.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSheet.qml" line="125"/>
        <source>Close (your progress is kept)</source>
        <translation>Schließen (dein Fortschritt bleibt erhalten)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSheet.qml" line="190"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSheet.qml" line="191"/>
        <source>Copied: on this device, sharing means pasting it where you write to them.</source>
        <translation>Kopiert: Auf diesem Gerät heißt Teilen, den Text dort einzufügen, wo du ihnen schreibst.</translation>
    </message>
</context>
<context>
    <name>RejectionFlowStepCard</name>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="17"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="20"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="35"/>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="63"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="63"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="126"/>
        <source>Reopen this step</source>
        <translation>Diesen Schritt wieder öffnen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="127"/>
        <source>Reopen step %1, %2</source>
        <translation>Schritt %1 wieder öffnen, %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="135"/>
        <source>Skip step %1, %2</source>
        <translation>Schritt %1 überspringen, %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="142"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="143"/>
        <source>Back to the previous step</source>
        <translation>Zurück zum vorherigen Schritt</translation>
    </message>
</context>
<context>
    <name>RejectionFlowSteps</name>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="64"/>
        <source>Reminder set for %1.</source>
        <translation>Erinnerung gesetzt: %1.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="64"/>
        <source>Reminders set for %1.</source>
        <translation>Erinnerungen gesetzt: %1.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="137"/>
        <source>rejected on %1</source>
        <translation>Absage am %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="155"/>
        <source>All steps looked at</source>
        <translation>Alle Schritte angeschaut</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="155"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="168"/>
        <source>Check in with your feelings</source>
        <translation>Spür in deine Gefühle hinein</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="169"/>
        <source>Disappointed, frustrated, flat? That is a normal response to a setback, not a verdict on you. Give yourself permission to feel it without judging yourself: a rejection is an event, not an identity.</source>
        <translation>Enttäuscht, frustriert, leer? Das ist eine normale Reaktion auf einen Rückschlag, kein Urteil über dich. Erlaub dir, es zu fühlen, ohne dich dafür zu verurteilen: Eine Absage ist ein Ereignis, keine Identität.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="171"/>
        <source>Written in your journal. Come back to it whenever you like.</source>
        <translation>In deinem Tagebuch festgehalten. Komm darauf zurück, wann immer du magst.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="172"/>
        <source>Write about it</source>
        <translation>Darüber schreiben</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="179"/>
        <source>Opens a journal entry with the “After a rejection” prompts. Nothing is saved until you save it.</source>
        <translation>Öffnet einen Tagebucheintrag mit den Impulsen „Nach einer Absage“. Nichts wird gespeichert, bis du speicherst.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="192"/>
        <source>Ask for feedback</source>
        <translation>Um Feedback bitten</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="193"/>
        <source>Kindly asking what stood out, and where you could have been stronger, turns a no into something you can use. Make clear you want honest, constructive feedback, even if it stings a little.</source>
        <translation>Freundlich nachzufragen, was aufgefallen ist und wo du hättest stärker sein können, macht aus einem Nein etwas, mit dem du arbeiten kannst. Mach klar, dass du ehrliches, konstruktives Feedback möchtest, auch wenn es ein bisschen wehtut.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="195"/>
        <source>Feedback request done. When an answer comes, log it as feedback: it feeds your skills plan.</source>
        <translation>Um Feedback gebeten. Wenn eine Antwort kommt, trag sie als Feedback ein: Sie fließt in deinen Kompetenzplan ein.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="196"/>
        <source>Done, remind me to follow up</source>
        <translation>Erledigt, erinnere mich ans Nachfragen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="196"/>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="281"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="207"/>
        <source>Your message (edit it freely)</source>
        <translation>Deine Nachricht (frei bearbeitbar)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="221"/>
        <source>Remind me to follow up if nothing comes back</source>
        <translation>Erinnere mich ans Nachfragen, falls nichts kommt</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="233"/>
        <source>Make your case (optional)</source>
        <translation>Argumente vorbringen (optional)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="234"/>
        <source>Sometimes a no can still become a yes. If you believe you are the right fit, note real, tangible reasons they should reconsider: a skill that gives you an edge, a result you can show. Keep it calm, never desperate. Skipping this is completely fine.</source>
        <translation>Manchmal wird aus einem Nein doch noch ein Ja. Wenn du überzeugt bist, dass du gut passt, notiere echte, greifbare Gründe, warum sie es sich noch einmal überlegen sollten: eine Fähigkeit, die dir einen Vorsprung gibt, ein Ergebnis, das du zeigen kannst. Bleib ruhig, nie verzweifelt. Diesen Schritt zu überspringen ist völlig in Ordnung.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="236"/>
        <source>Your case is saved for a calm reply:
%1</source>
        <translation>Deine Argumente sind für eine ruhige Antwort gespeichert:
%1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="236"/>
        <source>Your case is saved.</source>
        <translation>Deine Argumente sind gespeichert.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="237"/>
        <source>Save my case</source>
        <translation>Argumente speichern</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="249"/>
        <source>- I shipped the same kind of project at my last job
- I can start sooner than most</source>
        <translation>- Ich habe in meinem letzten Job genau so ein Projekt umgesetzt
- Ich kann früher anfangen als die meisten</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="255"/>
        <source>Reasons they should reconsider</source>
        <translation>Gründe, es sich noch einmal zu überlegen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="265"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="266"/>
        <source>Copy your case</source>
        <translation>Deine Argumente kopieren</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="277"/>
        <source>Don&apos;t burn bridges</source>
        <translation>Keine Brücken abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="278"/>
        <source>Leave a good last impression: thank them, stay in touch, and look at the company again later. The other candidate may not work out, and paths cross again more often than you think.</source>
        <translation>Hinterlass einen guten letzten Eindruck: Bedank dich, bleib in Kontakt und schau dir die Firma später wieder an. Vielleicht klappt es mit der anderen Person nicht, und Wege kreuzen sich öfter, als man denkt.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="280"/>
        <source>Thank-you done.</source>
        <translation>Dank verschickt.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="281"/>
        <source>Done, set the reminders</source>
        <translation>Erledigt, Erinnerungen setzen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="291"/>
        <source>A thank-you message</source>
        <translation>Eine Dankesnachricht</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="305"/>
        <source>Keep in touch with %1</source>
        <translation>In Kontakt bleiben mit %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="314"/>
        <source>Look at %1 again: time to re-apply?</source>
        <translation>%1 wieder ansehen: Zeit für eine neue Bewerbung?</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="326"/>
        <source>Name what went well</source>
        <translation>Benenne, was gut lief</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="327"/>
        <source>Landing the interview, a good answer, reaching the final round: each is worth acknowledging. Name one thing, and it is kept with your small wins.</source>
        <translation>Die Einladung zum Gespräch, eine gute Antwort, die letzte Runde erreicht: Alles davon verdient Anerkennung. Nenne eine Sache, sie wird bei deinen kleinen Erfolgen aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="329"/>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="440"/>
        <source>Saved as a small win: %1</source>
        <translation>Als kleiner Erfolg gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="329"/>
        <source>Saved as a small win.</source>
        <translation>Als kleiner Erfolg gespeichert.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="330"/>
        <source>Save as a win</source>
        <translation>Als Erfolg speichern</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="341"/>
        <source>One thing that went well</source>
        <translation>Eine Sache, die gut lief</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="344"/>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="356"/>
        <source>I landed the interview</source>
        <translation>Ich wurde zum Gespräch eingeladen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="356"/>
        <source>I made it to the final round</source>
        <translation>Ich habe es in die letzte Runde geschafft</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="356"/>
        <source>I answered the hard question calmly</source>
        <translation>Ich habe die schwierige Frage ruhig beantwortet</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="356"/>
        <source>I prepared well</source>
        <translation>Ich war gut vorbereitet</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="364"/>
        <source>Use: %1</source>
        <translation>Übernehmen: %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="380"/>
        <source>You did the hard part</source>
        <translation>Du hast den schweren Teil geschafft</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="391"/>
        <source>Every interview is practice, and each one brings you a step closer to the right fit. Be kind to yourself today.</source>
        <translation>Jedes Gespräch ist Übung, und jedes bringt dich einen Schritt näher an die Stelle, die wirklich passt. Sei heute freundlich zu dir.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="418"/>
        <source>Reminder set for %1: %2</source>
        <translation>Erinnerung am %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="450"/>
        <source>Reminders are saved with this application. Notifications for them arrive in a later version.</source>
        <translation>Erinnerungen werden mit dieser Bewerbung gespeichert. Benachrichtigungen dafür kommen in einer späteren Version.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="473"/>
        <source>%1 rejections in the last %2 days</source>
        <translation>%1 Absagen in den letzten %2 Tagen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="482"/>
        <source>That is a lot to carry. It may be a good moment to step back and review your goals: are you targeting the right roles, and is there a skill or certification to build first?</source>
        <translation>Das ist eine Menge zu tragen. Vielleicht ist jetzt ein guter Moment, einen Schritt zurückzutreten und deine Ziele zu überprüfen: Zielst du auf die richtigen Rollen, und gibt es eine Fähigkeit oder Zertifizierung, die du zuerst aufbauen solltest?</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="494"/>
        <source>Review on</source>
        <translation>Rückblick am</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="501"/>
        <source>Plan a goal review</source>
        <translation>Zielrückblick planen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="509"/>
        <source>Reminder set for %1: review your goals. Goals are coming in a later version; the reminder is saved now.</source>
        <translation>Erinnerung am %1: deine Ziele überprüfen. Ziele kommen in einer späteren Version; die Erinnerung ist jetzt schon gespeichert.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="525"/>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="526"/>
        <source>Finish the rejection flow</source>
        <translation>Absage-Ablauf abschließen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="532"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="533"/>
        <source>Back to the last step</source>
        <translation>Zurück zum letzten Schritt</translation>
    </message>
</context>
<context>
    <name>RememberOption</name>
    <message>
        <location filename="../qml/vault/RememberOption.qml" line="19"/>
        <source>Remember on this device</source>
        <translation>Auf diesem Gerät merken</translation>
    </message>
    <message>
        <location filename="../qml/vault/RememberOption.qml" line="29"/>
        <source>Keeps the key in your system keyring so Rebound opens without typing. Your passphrase still works.</source>
        <translation>Speichert den Schlüssel im Schlüsselbund deines Systems, sodass Rebound ohne Eingabe öffnet. Deine Passphrase funktioniert weiterhin.</translation>
    </message>
</context>
<context>
    <name>ReminderEngine</name>
    <message>
        <location filename="../backend/services/ReminderEngine.cpp" line="66"/>
        <source>Keep in touch with %1</source>
        <translation>In Kontakt bleiben mit %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/services/ReminderEngine.cpp" line="68"/>
        <source>Last in touch on %1 · every %n days</source>
        <translation>
            <numerusform>Zuletzt in Kontakt am %1 · Rhythmus: %n Tag</numerusform>
            <numerusform>Zuletzt in Kontakt am %1 · Rhythmus: %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/services/ReminderEngine.cpp" line="69"/>
        <source>No contact logged since you added them · every %n days</source>
        <translation>
            <numerusform>Noch kein Kontakt erfasst, seit du die Person hinzugefügt hast · Rhythmus: %n Tag</numerusform>
            <numerusform>Noch kein Kontakt erfasst, seit du die Person hinzugefügt hast · Rhythmus: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderEngine.cpp" line="99"/>
        <source>Time to review: %1</source>
        <translation>Zeit für einen Rückblick: %1</translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderEngine.cpp" line="100"/>
        <source>Last reviewed on %1</source>
        <translation>Letzter Rückblick am %1</translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderEngine.cpp" line="101"/>
        <source>Not reviewed yet</source>
        <translation>Noch kein Rückblick</translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderEngine.cpp" line="115"/>
        <source>Skills plan: %1</source>
        <translation>Kompetenzplan: %1</translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderEngine.cpp" line="130"/>
        <source>How are you today?</source>
        <translation>Wie geht es dir heute?</translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderEngine.cpp" line="131"/>
        <source>A one-minute check-in: mood, effort and a small win.</source>
        <translation>Ein Check-in in einer Minute: Stimmung, Einsatz und ein kleiner Erfolg.</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <location filename="../backend/services/ReminderNotifier.cpp" line="51"/>
        <source>Rebound: 1 reminder is due</source>
        <translation>Rebound: 1 Erinnerung ist fällig</translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderNotifier.cpp" line="51"/>
        <source>Rebound: %1 reminders are due</source>
        <translation>Rebound: %1 Erinnerungen sind fällig</translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderNotifier.cpp" line="52"/>
        <source>Open Rebound to see them.</source>
        <translation>Öffne Rebound, um sie zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/services/ReminderNotifier.cpp" line="61"/>
        <source>%n reminders are due</source>
        <translation>
            <numerusform>%n Erinnerung ist fällig</numerusform>
            <numerusform>%n Erinnerungen sind fällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderNotifier.cpp" line="69"/>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <location filename="../qml/reminders/ReminderRow.qml" line="26"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../qml/reminders/ReminderRow.qml" line="83"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../qml/reminders/ReminderRow.qml" line="85"/>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <location filename="../qml/reminders/ReminderRow.qml" line="93"/>
        <source>Snooze</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../qml/reminders/ReminderRow.qml" line="95"/>
        <source>Snooze: %1</source>
        <translation>Später erinnern: %1</translation>
    </message>
    <message>
        <location filename="../qml/reminders/ReminderRow.qml" line="111"/>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/reminders/ReminderRow.qml" line="111"/>
        <source>For %n days</source>
        <translation>
            <numerusform>Für %n Tag</numerusform>
            <numerusform>Für %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/reminders/ReminderRow.qml" line="119"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../qml/reminders/ReminderRow.qml" line="121"/>
        <source>Open: %1</source>
        <translation>Öffnen: %1</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="147"/>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="148"/>
        <source>Feedback follow-up</source>
        <translation>Feedback nachfassen</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="149"/>
        <source>Keep in touch after a rejection</source>
        <translation>In Kontakt bleiben nach einer Absage</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="150"/>
        <source>Re-apply window</source>
        <translation>Zeit für neue Bewerbung</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="151"/>
        <source>Interview prep</source>
        <translation>Gesprächsvorbereitung</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="152"/>
        <source>Daily check-in</source>
        <translation>Täglicher Check-in</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="153"/>
        <source>Goal review</source>
        <translation>Ziel-Rückblick</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="154"/>
        <source>Skills action</source>
        <translation>Kompetenz-Maßnahme</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReminderRepository.cpp" line="23"/>
        <source>Unknown kind of reminder: %1.</source>
        <translation>Unbekannte Art von Erinnerung: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReminderRepository.cpp" line="25"/>
        <source>Pick a day for the reminder.</source>
        <translation>Wähle einen Tag für die Erinnerung.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReminderRepository.cpp" line="27"/>
        <source>Pick a day within the next ten years.</source>
        <translation>Wähle einen Tag innerhalb der nächsten zehn Jahre.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReminderRepository.cpp" line="30"/>
        <source>Say what to be reminded of.</source>
        <translation>Sag, woran du erinnert werden möchtest.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReminderRepository.cpp" line="48"/>
        <location filename="../backend/storage/ReminderRepository.cpp" line="60"/>
        <location filename="../backend/storage/ReminderRepository.cpp" line="72"/>
        <source>That reminder no longer exists.</source>
        <translation>Diese Erinnerung gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>RemindersController</name>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="32"/>
        <source>Today at %1</source>
        <translation>Heute um %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="34"/>
        <source>Tomorrow at %1</source>
        <translation>Morgen um %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="36"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/RemindersController.cpp" line="38"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="39"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="170"/>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="216"/>
        <location filename="../backend/ui/RemindersController.cpp" line="242"/>
        <source>That reminder is no longer due.</source>
        <translation>Diese Erinnerung ist nicht mehr fällig.</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="237"/>
        <source>Snooze for 1 to %1 days.</source>
        <translation>Später erinnern: in 1 bis %1 Tagen.</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="260"/>
        <source>Give a time as hours and minutes, like 09:00.</source>
        <translation>Gib eine Uhrzeit in Stunden und Minuten an, etwa 09:00.</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="281"/>
        <source>Notifications are on: reminders appear at their time while Rebound is open.</source>
        <translation>Benachrichtigungen sind an: Erinnerungen erscheinen zu ihrer Zeit, solange Rebound geöffnet ist.</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="296"/>
        <source>Reminders while Rebound is closed could not be changed.</source>
        <translation>Erinnerungen bei geschlossenem Rebound konnten nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="318"/>
        <source>That template no longer exists.</source>
        <translation>Diese Vorlage gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>RemindersSection</name>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="16"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="40"/>
        <source>Time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="42"/>
        <source>Keep-in-touch, follow-up and review reminders fire at %1 on their day.</source>
        <translation>Erinnerungen zum In-Kontakt-Bleiben, Nachfragen und für Rückblicke kommen an ihrem Tag um %1.</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="47"/>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerungen</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="56"/>
        <source>Names in notifications</source>
        <translation>Namen in Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="57"/>
        <source>Notifications say who or what, e.g. “Keep in touch with Maya”. They can show on a lock screen.</source>
        <translation>Benachrichtigungen sagen, um wen oder was es geht, z. B. „Mit Maya in Kontakt bleiben“. Sie können auf dem Sperrbildschirm erscheinen.</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="57"/>
        <source>Notifications only say how many reminders are due, so nothing private shows on a lock screen.</source>
        <translation>Benachrichtigungen sagen nur, wie viele Erinnerungen fällig sind, damit nichts Privates auf dem Sperrbildschirm erscheint.</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="61"/>
        <source>Show names in notifications</source>
        <translation>Namen in Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="69"/>
        <source>While Rebound is closed</source>
        <translation>Während Rebound geschlossen ist</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="70"/>
        <source>A small timer checks every 15 minutes. It needs “Remember on this device” to read your reminders.</source>
        <translation>Ein kleiner Timer prüft alle 15 Minuten. Er braucht „Auf diesem Gerät merken“, um deine Erinnerungen zu lesen.</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="74"/>
        <source>Reminders while Rebound is closed</source>
        <translation>Erinnerungen, während Rebound geschlossen ist</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="109"/>
        <source>Keep in touch, by tag</source>
        <translation>In Kontakt bleiben, nach Tag</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="118"/>
        <source>How often to reach out to people with this tag, in days (0 = never). A contact can have its own.</source>
        <translation>Wie oft du dich bei Menschen mit diesem Tag melden willst, in Tagen (0 = nie). Ein Kontakt kann einen eigenen Wert haben.</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="154"/>
        <source>Days between contacts for %1</source>
        <translation>Tage zwischen Kontakten für %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="176"/>
        <source>Messages for reaching out</source>
        <translation>Nachrichten zum Melden</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="184"/>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="186"/>
        <source>New outreach message</source>
        <translation>Neue Kontaktnachricht</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="192"/>
        <source>Placeholders: {first_name}, {name} and {company} are filled in for each contact.</source>
        <translation>Platzhalter: {first_name}, {name} und {company} werden für jeden Kontakt ausgefüllt.</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="230"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="235"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="238"/>
        <source>Message deleted.</source>
        <translation>Nachricht gelöscht.</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="238"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../qml/vault/RestoreBackupDialog.qml" line="32"/>
        <source>Restore from a backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../qml/vault/RestoreBackupDialog.qml" line="47"/>
        <source>Rebound checks the whole file, then makes your vault from it. The backup&apos;s passphrase becomes the vault&apos;s; you can change it in Settings.</source>
        <translation>Rebound prüft die ganze Datei und legt daraus deinen Tresor an. Die Passphrase der Sicherung wird zur Passphrase deines Tresors; du kannst sie in den Einstellungen ändern.</translation>
    </message>
    <message>
        <location filename="../qml/vault/RestoreBackupDialog.qml" line="57"/>
        <source>Backup passphrase</source>
        <translation>Sicherungs-Passphrase</translation>
    </message>
    <message>
        <location filename="../qml/vault/RestoreBackupDialog.qml" line="72"/>
        <source>Restoring your vault</source>
        <translation>Tresor wird wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../qml/vault/RestoreBackupDialog.qml" line="85"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/vault/RestoreBackupDialog.qml" line="95"/>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../qml/vault/RestoreBackupDialog.qml" line="95"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../qml/vault/RestoreBackupDialog.qml" line="96"/>
        <source>Restore the vault from this backup</source>
        <translation>Tresor aus dieser Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ReviewContextPane</name>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="58"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="100"/>
        <source>Answers that changed</source>
        <translation>Geänderte Antworten</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="105"/>
        <source>Every answer is the same as last time.</source>
        <translation>Alle Antworten sind wie beim letzten Mal.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="105"/>
        <source>This is your first review of this checklist: next time you&apos;ll see what changed.</source>
        <translation>Das ist dein erster Rückblick mit dieser Checkliste: Nächstes Mal siehst du, was sich geändert hat.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="129"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="134"/>
        <source>was %1, now %2</source>
        <translation>vorher %1, jetzt %2</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="145"/>
        <source>Applications since</source>
        <translation>Bewerbungen seitdem</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="145"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="155"/>
        <source>applied</source>
        <translation>beworben</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="161"/>
        <source>interviews</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="167"/>
        <source>open now</source>
        <translation>jetzt offen</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="172"/>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="330"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="172"/>
        <source>1 offer</source>
        <translation>1 Angebot</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="172"/>
        <source>%1 offers</source>
        <translation>%1 Angebote</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="172"/>
        <source>1 rejection</source>
        <translation>1 Absage</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="172"/>
        <source>%1 rejections</source>
        <translation>%1 Absagen</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="181"/>
        <source>Effort against your targets</source>
        <translation>Einsatz im Vergleich zu deinen Zielen</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="186"/>
        <source>No weekly effort targets yet. A small, steady target (say 5 applications a week) is easier to keep than a big one.</source>
        <translation>Noch keine wöchentlichen Einsatzziele. Ein kleines, stetiges Ziel (etwa 5 Bewerbungen pro Woche) lässt sich leichter halten als ein großes.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="238"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="277"/>
        <source>Goals that moved</source>
        <translation>Ziele mit Bewegung</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="286"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="298"/>
        <source>Top skills gaps</source>
        <translation>Größte Kompetenzlücken</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="303"/>
        <source>No skills named to work on yet. Feedback on applications and interviews fills this in.</source>
        <translation>Noch keine Fähigkeiten zum Ausbauen genannt. Feedback zu Bewerbungen und Gesprächen füllt das hier.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="324"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="346"/>
        <source>Recent feedback</source>
        <translation>Aktuelles Feedback</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="351"/>
        <source>No feedback in this period.</source>
        <translation>Kein Feedback in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="376"/>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>ReviewDueCard</name>
    <message>
        <location filename="../qml/today/ReviewDueCard.qml" line="71"/>
        <source>Resume the review</source>
        <translation>Rückblick fortsetzen</translation>
    </message>
    <message>
        <location filename="../qml/today/ReviewDueCard.qml" line="71"/>
        <source>Start the review</source>
        <translation>Rückblick starten</translation>
    </message>
    <message>
        <location filename="../qml/today/ReviewDueCard.qml" line="72"/>
        <source>Resume the review of %1</source>
        <translation>Rückblick von %1 fortsetzen</translation>
    </message>
    <message>
        <location filename="../qml/today/ReviewDueCard.qml" line="72"/>
        <source>Start a review of %1</source>
        <translation>Rückblick von %1 starten</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="59"/>
        <source>new goal (%1): %2</source>
        <translation>neues Ziel (%1): %2</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="61"/>
        <source>mark “%1” as %2</source>
        <translation>„%1“ als %2 markieren</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="62"/>
        <source>a removed goal</source>
        <translation>ein entferntes Ziel</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="65"/>
        <source>skills action for %1 (%2): %3</source>
        <translation>Kompetenz-Maßnahme für %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="67"/>
        <source>Follow-up planned: %1</source>
        <translation>Folgeschritt geplant: %1</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="67"/>
        <source>Follow-up done: %1</source>
        <translation>Folgeschritt erledigt: %1</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="84"/>
        <source>Review: %1</source>
        <translation>Rückblick: %1</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="85"/>
        <source>Finished on %1</source>
        <translation>Abgeschlossen am %1</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="86"/>
        <source>In progress, started on %1</source>
        <translation>Läuft, begonnen am %1</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="87"/>
        <source>%1 of %2 questions answered</source>
        <translation>%1 von %2 Fragen beantwortet</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="90"/>
        <source>North star:</source>
        <translation>Leitstern:</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="92"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="98"/>
        <source>(last time: %1)</source>
        <translation>(letztes Mal: %1)</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="107"/>
        <source>Since the last review (%1 to %2)</source>
        <translation>Seit dem letzten Rückblick (%1 bis %2)</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="108"/>
        <source>The last %1 days (%2 to %3)</source>
        <translation>Die letzten %1 Tage (%2 bis %3)</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="113"/>
        <source>Applications sent: %1 · interviews: %2 · offers: %3 · rejections: %4 · active now: %5</source>
        <translation>Verschickte Bewerbungen: %1 · Gespräche: %2 · Angebote: %3 · Absagen: %4 · jetzt aktiv: %5</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="121"/>
        <source>Mood: no check-ins in this period</source>
        <translation>Stimmung: keine Check-ins in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="124"/>
        <source>Mood: %1 on average over %2 days</source>
        <translation>Stimmung: im Schnitt %1 an %2 Tagen</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="128"/>
        <source>Mood: %1 on average over %2 days (before: %3, change %4)</source>
        <translation>Stimmung: im Schnitt %1 an %2 Tagen (davor: %3, Veränderung %4)</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="136"/>
        <source>%1: %2 a week against a target of %3 (met in %4 of %5 weeks)</source>
        <translation>%1: %2 pro Woche bei einem Ziel von %3 (erreicht in %4 von %5 Wochen)</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="144"/>
        <source>Answers that changed:</source>
        <translation>Geänderte Antworten:</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="150"/>
        <source>Goals added or changed:</source>
        <translation>Hinzugefügte oder geänderte Ziele:</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="156"/>
        <source>Top skills to work on:</source>
        <translation>Wichtigste Fähigkeiten zum Üben:</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="160"/>
        <source>named once</source>
        <translation>einmal genannt</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="160"/>
        <source>named %1 times</source>
        <translation>%1-mal genannt</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="165"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="175"/>
        <source>Goals now</source>
        <translation>Aktuelle Ziele</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="176"/>
        <source>Exported from Rebound.</source>
        <translation>Aus Rebound exportiert.</translation>
    </message>
</context>
<context>
    <name>ReviewFollowUpEditor</name>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="22"/>
        <source>None: a goal of its own</source>
        <translation>Keins: ein eigenständiges Ziel</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="51"/>
        <source>Name the goal.</source>
        <translation>Gib dem Ziel einen Namen.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="59"/>
        <source>There is no open goal to change.</source>
        <translation>Es gibt kein offenes Ziel zum Ändern.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="66"/>
        <source>Name the action and the skill it builds.</source>
        <translation>Nenne die Maßnahme und die Fähigkeit, die sie aufbaut.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="78"/>
        <source>Follow-up</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="89"/>
        <source>When you finish the review, this becomes…</source>
        <translation>Wenn du den Rückblick abschließt, wird daraus…</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="98"/>
        <source>Kind of follow-up</source>
        <translation>Art des nächsten Schritts</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="112"/>
        <source>The goal, e.g. Try product analytics roles</source>
        <translation>Das Ziel, z. B. Rollen in Product Analytics ausprobieren</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="112"/>
        <source>The action, e.g. Two mock interviews with Sam</source>
        <translation>Die Maßnahme, z. B. Zwei Übungsgespräche mit Sam</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="115"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="115"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="120"/>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="128"/>
        <source>Kind of goal</source>
        <translation>Art des Ziels</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="135"/>
        <source>An alternative path to (optional)</source>
        <translation>Ein alternativer Weg zu (optional)</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="144"/>
        <source>An alternative path to</source>
        <translation>Ein alternativer Weg zu</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="149"/>
        <source>Which goal</source>
        <translation>Welches Ziel</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="149"/>
        <source>You have no open goals yet: add one on the Goals page, or plan a new goal here.</source>
        <translation>Du hast noch keine offenen Ziele: Füge eins auf der Seite „Ziele“ hinzu oder plane hier ein neues Ziel.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="158"/>
        <source>Goal to change</source>
        <translation>Zu änderndes Ziel</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="163"/>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="171"/>
        <source>New status</source>
        <translation>Neuer Status</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="178"/>
        <source>Skill it builds</source>
        <translation>Fähigkeit, die sie aufbaut</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="188"/>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="195"/>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="203"/>
        <source>Kind of action</source>
        <translation>Art der Maßnahme</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="226"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="227"/>
        <source>Remove the follow-up</source>
        <translation>Nächsten Schritt entfernen</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="238"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="245"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="246"/>
        <source>Save the follow-up</source>
        <translation>Nächsten Schritt speichern</translation>
    </message>
</context>
<context>
    <name>ReviewProgress</name>
    <message>
        <location filename="../qml/reviews/ReviewProgress.qml" line="12"/>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
</context>
<context>
    <name>ReviewQuestion</name>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="76"/>
        <source>Question %1 of %2: %3</source>
        <translation>Frage %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="133"/>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="143"/>
        <source>Changed: last time you said %1</source>
        <translation>Geändert: Letztes Mal hast du „%1“ gesagt</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="143"/>
        <source>Last time: %1</source>
        <translation>Letztes Mal: %1</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="156"/>
        <source>A note for yourself (optional)</source>
        <translation>Eine Notiz für dich (optional)</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="160"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="190"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="191"/>
        <source>Change the follow-up</source>
        <translation>Nächsten Schritt ändern</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="199"/>
        <source>+ Plan a follow-up</source>
        <translation>+ Nächsten Schritt planen</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="200"/>
        <source>Plan a follow-up: a goal change or a skills action</source>
        <translation>Nächsten Schritt planen: eine Zieländerung oder eine Maßnahme für eine Fähigkeit</translation>
    </message>
</context>
<context>
    <name>ReviewResult</name>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="26"/>
        <source>Finished review: %1</source>
        <translation>Abgeschlossener Rückblick: %1</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="44"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="62"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="73"/>
        <source>Changed: last time %1</source>
        <translation>Geändert: letztes Mal „%1“</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="142"/>
        <source>All reviews</source>
        <translation>Alle Rückblicke</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="173"/>
        <source>Delete this review</source>
        <translation>Diesen Rückblick löschen</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="184"/>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="186"/>
        <source>Writes a file to share with a coach or mentor. The file is not encrypted.</source>
        <translation>Schreibt eine Datei, die du mit einem Coach oder Mentor teilen kannst. Die Datei ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="191"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="192"/>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="213"/>
        <source>What changed since the last review</source>
        <translation>Was sich seit dem letzten Rückblick geändert hat</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="239"/>
        <source>Your answers</source>
        <translation>Deine Antworten</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="261"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>ReviewStepper</name>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="56"/>
        <source>Review: %1</source>
        <translation>Rückblick: %1</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="75"/>
        <source>All reviews</source>
        <translation>Alle Rückblicke</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="112"/>
        <source>Before you start · %1 questions</source>
        <translation>Bevor du anfängst · %1 Fragen</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="112"/>
        <source>Question %1 of %2 · %3 answered</source>
        <translation>Frage %1 von %2 · %3 beantwortet</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="112"/>
        <source>Sum up and finish · %1 of %2 answered</source>
        <translation>Zusammenfassen und abschließen · %1 von %2 beantwortet</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="148"/>
        <source>Where you stand</source>
        <translation>Wo du stehst</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="184"/>
        <location filename="../qml/reviews/ReviewStepper.qml" line="300"/>
        <source>Sum up</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="194"/>
        <source>Every question has an answer. Well done for taking the time.</source>
        <translation>Jede Frage hat eine Antwort. Schön, dass du dir die Zeit genommen hast.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="194"/>
        <source>%1 of %2 questions have an answer. You can finish now or go back to the others.</source>
        <translation>%1 von %2 Fragen haben eine Antwort. Du kannst jetzt abschließen oder zu den anderen zurückgehen.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="233"/>
        <source>Anything else? A few lines for your future self (optional)</source>
        <translation>Sonst noch etwas? Ein paar Zeilen für dein zukünftiges Ich (optional)</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="237"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="248"/>
        <source>Finish the review</source>
        <translation>Rückblick abschließen</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="250"/>
        <source>Applies the planned follow-ups; the review can then be read and exported but not changed.</source>
        <translation>Setzt die geplanten nächsten Schritte um; danach kann der Rückblick gelesen und exportiert, aber nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="288"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="289"/>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="300"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="300"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="301"/>
        <source>Start with the first question</source>
        <translation>Mit der ersten Frage beginnen</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="301"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="42"/>
        <source>Review: %1</source>
        <translation>Rückblick: %1</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="73"/>
        <source>All reviews</source>
        <translation>Alle Rückblicke</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="107"/>
        <source>Take each question in turn: yes, no or unsure is enough. Add a note where it helps, and plan a follow-up where something should change.</source>
        <translation>Geh die Fragen der Reihe nach durch: Ja, Nein oder Unsicher reicht. Füge eine Notiz hinzu, wo es hilft, und plane einen nächsten Schritt, wo sich etwas ändern sollte.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="155"/>
        <source>Anything else?</source>
        <translation>Sonst noch etwas?</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="163"/>
        <source>A few lines for your future self, or for a coach: what you take from this review.</source>
        <translation>Ein paar Zeilen für dein zukünftiges Ich oder für einen Coach: was du aus diesem Rückblick mitnimmst.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="174"/>
        <source>Summary (optional)</source>
        <translation>Zusammenfassung (optional)</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="178"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="223"/>
        <source>Finish the review</source>
        <translation>Rückblick abschließen</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="223"/>
        <source>Finish now</source>
        <translation>Jetzt abschließen</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="225"/>
        <source>Applies the planned follow-ups; the review can then be read and exported but not changed.</source>
        <translation>Setzt die geplanten nächsten Schritte um; danach kann der Rückblick gelesen und exportiert, aber nicht mehr geändert werden.</translation>
    </message>
</context>
<context>
    <name>ReviewsView</name>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="66"/>
        <source>Review deleted</source>
        <translation>Rückblick gelöscht</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="66"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="180"/>
        <source>A good moment to step back</source>
        <translation>Ein guter Moment, einen Schritt zurückzutreten</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="198"/>
        <source>Resume your review</source>
        <translation>Rückblick fortsetzen</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="198"/>
        <location filename="../qml/reviews/ReviewsView.qml" line="288"/>
        <source>Start a review</source>
        <translation>Rückblick starten</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="210"/>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="215"/>
        <source>New checklist</source>
        <translation>Neue Checkliste</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="223"/>
        <source>A review walks one checklist, question by question. Edit the questions so they are yours; keep several for different moments.</source>
        <translation>Ein Rückblick geht eine Checkliste Frage für Frage durch. Pass die Fragen an, damit sie zu dir passen; leg mehrere für verschiedene Momente an.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="265"/>
        <location filename="../qml/reviews/ReviewsView.qml" line="369"/>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="265"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="275"/>
        <source>1 question</source>
        <translation>1 Frage</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="275"/>
        <source>%1 questions</source>
        <translation>%1 Fragen</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="275"/>
        <location filename="../qml/reviews/ReviewsView.qml" line="360"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="288"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="289"/>
        <source>Resume the review of %1</source>
        <translation>Rückblick von %1 fortsetzen</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="289"/>
        <source>Start a review of %1</source>
        <translation>Rückblick von %1 starten</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="300"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="301"/>
        <source>Edit the checklist %1</source>
        <translation>Checkliste %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="309"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="315"/>
        <source>Finished reviews are kept here, each with what changed since the one before.</source>
        <translation>Abgeschlossene Rückblicke werden hier aufbewahrt, jeweils mit dem, was sich seit dem vorherigen geändert hat.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="332"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="360"/>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="360"/>
        <source>1 answer changed</source>
        <translation>1 Antwort geändert</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="360"/>
        <source>%1 answers changed</source>
        <translation>%1 Antworten geändert</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="378"/>
        <source>Delete the review of %1, %2</source>
        <translation>Rückblick von %1 löschen, %2</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="432"/>
        <source>Copied as Markdown. It stays on the clipboard, outside the vault, until you copy something else.</source>
        <translation>Als Markdown kopiert. Es bleibt in der Zwischenablage, außerhalb des Tresors, bis du etwas anderes kopierst.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="448"/>
        <source>Export the review as Markdown</source>
        <translation>Rückblick als Markdown exportieren</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="451"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="454"/>
        <source>Review exported (the file is not encrypted)</source>
        <translation>Rückblick exportiert (die Datei ist nicht verschlüsselt)</translation>
    </message>
</context>
<context>
    <name>SearchFilters</name>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="19"/>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="22"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="25"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="28"/>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="60"/>
        <source>Search filters</source>
        <translation>Suchfilter</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="80"/>
        <source>Feeling</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="110"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="140"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="169"/>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
</context>
<context>
    <name>SearchResultCard</name>
    <message>
        <location filename="../qml/journal/SearchResultCard.qml" line="26"/>
        <source>%1, %2. %3</source>
        <translation>%1, %2. %3</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchResultCard.qml" line="27"/>
        <source>Opens the entry</source>
        <translation>Öffnet den Eintrag</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="50"/>
        <location filename="../qml/journal/SearchView.qml" line="226"/>
        <source>Search your journal</source>
        <translation>Dein Tagebuch durchsuchen</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="57"/>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="92"/>
        <source>Clear search text</source>
        <translation>Suchtext löschen</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="105"/>
        <source>Hide filters</source>
        <translation>Filter ausblenden</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="105"/>
        <source>Filters, %1 on</source>
        <translation>Filter, %1 aktiv</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="105"/>
        <source>Show filters</source>
        <translation>Filter anzeigen</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="171"/>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="171"/>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="226"/>
        <source>No entries match</source>
        <translation>Keine passenden Einträge</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="227"/>
        <source>Try fewer words, or clear a filter.</source>
        <translation>Versuch es mit weniger Wörtern oder lösche einen Filter.</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="227"/>
        <source>Try fewer or shorter words: &quot;feed&quot; also finds &quot;feedback&quot;.</source>
        <translation>Versuch es mit weniger oder kürzeren Wörtern: „feed“ findet auch „feedback“.</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="227"/>
        <source>Find entries by words, tags, mood, feeling or date. Words match as you type.</source>
        <translation>Finde Einträge nach Wörtern, Tags, Stimmung, Gefühl oder Datum. Schon beim Tippen werden Treffer angezeigt.</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="17"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="19"/>
        <source>After 1 minute</source>
        <translation>Nach 1 Minute</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="21"/>
        <source>After 1 hour</source>
        <translation>Nach 1 Stunde</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="23"/>
        <source>After %1 hours</source>
        <translation>Nach %1 Stunden</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="24"/>
        <source>After %1 minutes</source>
        <translation>Nach %1 Minuten</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="27"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="32"/>
        <source>Lock automatically</source>
        <translation>Automatisch sperren</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="34"/>
        <source>When Rebound has not been used for a while.</source>
        <translation>Wenn Rebound eine Weile nicht benutzt wurde.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="49"/>
        <source>Lock automatically: %1</source>
        <translation>Automatisch sperren: %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="56"/>
        <location filename="../qml/settings/SecuritySection.qml" line="62"/>
        <source>Remember on this device</source>
        <translation>Auf diesem Gerät merken</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="57"/>
        <source>Keeps the key in your system keyring so Rebound opens without typing. Your passphrase still works.</source>
        <translation>Speichert den Schlüssel im Schlüsselbund deines Systems, sodass Rebound ohne Eingabe öffnet. Deine Passphrase funktioniert weiterhin.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="69"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="70"/>
        <source>Choose a new passphrase. You will need the current one.</source>
        <translation>Wähle eine neue Passphrase. Du brauchst dafür die aktuelle.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="73"/>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="74"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="81"/>
        <location filename="../qml/settings/SecuritySection.qml" line="86"/>
        <source>Lock now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="82"/>
        <source>Closes the vault until you enter your passphrase again.</source>
        <translation>Schließt den Tresor, bis du deine Passphrase wieder eingibst.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="85"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="52"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="57"/>
        <location filename="../qml/pages/SettingsPage.qml" line="62"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="59"/>
        <source>System follows your device&apos;s light or dark setting.</source>
        <translation>„System“ folgt der Hell- oder Dunkel-Einstellung deines Geräts.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="66"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="69"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="72"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="80"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="82"/>
        <source>Texts, dates and numbers. System follows your device&apos;s language.</source>
        <translation>Texte, Datumsangaben und Zahlen. „System“ folgt der Sprache deines Geräts.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="92"/>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="161"/>
        <source>Passphrase changed</source>
        <translation>Passphrase geändert</translation>
    </message>
</context>
<context>
    <name>ShellHeader</name>
    <message>
        <location filename="../qml/shell/ShellHeader.qml" line="37"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../qml/shell/ShellHeader.qml" line="61"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/shell/ShellHeader.qml" line="68"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../qml/shell/Sidebar.qml" line="22"/>
        <source>Main navigation</source>
        <translation>Hauptnavigation</translation>
    </message>
    <message>
        <location filename="../qml/shell/Sidebar.qml" line="48"/>
        <source>Rebound</source>
        <translation>Rebound</translation>
    </message>
    <message>
        <location filename="../qml/shell/Sidebar.qml" line="93"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../qml/shell/Sidebar.qml" line="97"/>
        <source>Locks the vault; your passphrase is needed to open it again.</source>
        <translation>Sperrt den Tresor; zum erneuten Öffnen brauchst du deine Passphrase.</translation>
    </message>
</context>
<context>
    <name>SkillChip</name>
    <message>
        <location filename="../qml/jobs/SkillChip.qml" line="20"/>
        <source>Strength: %1</source>
        <translation>Stärke: %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillChip.qml" line="20"/>
        <source>To work on: %1</source>
        <translation>Zum Ausbauen: %1</translation>
    </message>
</context>
<context>
    <name>SkillSuggestions</name>
    <message>
        <location filename="../qml/jobs/SkillSuggestions.qml" line="25"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillSuggestions.qml" line="36"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>SkillsActionEditor</name>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="39"/>
        <source>Edit action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="39"/>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="50"/>
        <source>Kind of action</source>
        <translation>Art der Maßnahme</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="57"/>
        <source>What exactly? e.g. Two mock interviews with Sam</source>
        <translation>Was genau? z. B. Zwei Übungsgespräche mit Sam</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="60"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="69"/>
        <source>Due by</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="84"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="92"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="92"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="93"/>
        <source>Save action</source>
        <translation>Maßnahme speichern</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="93"/>
        <source>Add action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
</context>
<context>
    <name>SkillsActionRow</name>
    <message>
        <location filename="../qml/jobs/SkillsActionRow.qml" line="22"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionRow.qml" line="44"/>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionRow.qml" line="44"/>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionRow.qml" line="54"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionRow.qml" line="61"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionRow.qml" line="68"/>
        <source>Status of %1</source>
        <translation>Status von %1</translation>
    </message>
</context>
<context>
    <name>SkillsPlanContent</name>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="49"/>
        <source>Your skills plan grows from feedback</source>
        <translation>Dein Kompetenzplan wächst aus Feedback</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="50"/>
        <source>When you log feedback on an application or an interview, tag what it says you&apos;re strong at and what you could build. Rebound gathers every piece here and ranks it, so you know how to pitch your strengths and what to practise next.</source>
        <translation>Wenn du Feedback zu einer Bewerbung oder einem Gespräch einträgst, markiere, worin du laut Feedback stark bist und was du ausbauen könntest. Rebound sammelt hier alles und ordnet es, damit du weißt, wie du deine Stärken präsentierst und was du als Nächstes üben kannst.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="51"/>
        <source>You have one piece of feedback, but it names no skill yet.</source>
        <translation>Du hast ein Feedback, aber es nennt noch keine Fähigkeit.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="51"/>
        <source>You have %1 pieces of feedback, but none names a skill yet.</source>
        <translation>Du hast %1 Feedbacks, aber keins nennt bisher eine Fähigkeit.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="51"/>
        <source>No feedback logged yet. A rejection is a good moment to ask for some.</source>
        <translation>Noch kein Feedback eingetragen. Eine Absage ist ein guter Moment, um welches zu bitten.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="61"/>
        <source>From one piece of feedback</source>
        <translation>Aus einem Feedback</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="61"/>
        <source>From %1 pieces of feedback</source>
        <translation>Aus %1 Feedbacks</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="61"/>
        <source>1 open action</source>
        <translation>1 offene Maßnahme</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="61"/>
        <source>%1 open actions</source>
        <translation>%1 offene Maßnahmen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="61"/>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="70"/>
        <source>Ranked by how often and how recently feedback names each skill: a mention counts half after %1 days.</source>
        <translation>Geordnet danach, wie oft und wie kürzlich Feedback eine Fähigkeit nennt: Eine Erwähnung zählt nach %1 Tagen nur noch halb.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="100"/>
        <source>What you&apos;re strong at</source>
        <translation>Worin du stark bist</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="111"/>
        <source>No strengths named yet. When feedback praises something, tag it as a strength and write your pitch for it here.</source>
        <translation>Noch keine Stärken genannt. Wenn Feedback etwas lobt, markiere es als Stärke und schreib hier, wie du sie präsentierst.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="133"/>
        <source>My pitch</source>
        <translation>Mein Pitch</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="147"/>
        <source>A short story: what you did, and the result</source>
        <translation>Eine kurze Geschichte: was du getan hast und mit welchem Ergebnis</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="153"/>
        <source>My pitch for %1</source>
        <translation>Mein Pitch für %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="167"/>
        <source>Undo changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="168"/>
        <source>Undo changes to the pitch</source>
        <translation>Änderungen am Pitch verwerfen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="174"/>
        <source>Save pitch</source>
        <translation>Pitch speichern</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="175"/>
        <source>Save the pitch for %1</source>
        <translation>Pitch für %1 speichern</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="196"/>
        <source>What to build next</source>
        <translation>Was du als Nächstes aufbaust</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="207"/>
        <source>Nothing to build named yet. When feedback points at a gap, tag it and plan a course, a mock interview or some practice here.</source>
        <translation>Noch nichts zum Ausbauen genannt. Wenn Feedback auf eine Lücke hinweist, markiere sie und plane hier einen Kurs, ein Übungsgespräch oder etwas Übung.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="231"/>
        <source>No actions yet. A course, a mock interview, practice, a certification or some reading: pick one small step.</source>
        <translation>Noch keine Maßnahmen. Ein Kurs, ein Übungsgespräch, Übung, eine Zertifizierung oder etwas Lektüre: Wähle einen kleinen Schritt.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="267"/>
        <source>Add an action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="268"/>
        <source>Add an action for %1</source>
        <translation>Maßnahme für %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>SkillsPlanView</name>
    <message>
        <location filename="../qml/jobs/SkillsPlanView.qml" line="45"/>
        <source>Pitch saved</source>
        <translation>Pitch gespeichert</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanView.qml" line="56"/>
        <source>Action deleted</source>
        <translation>Maßnahme gelöscht</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanView.qml" line="56"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>SkillsSkillCard</name>
    <message>
        <location filename="../qml/jobs/SkillsSkillCard.qml" line="22"/>
        <source>%1, number %2</source>
        <translation>%1, Platz %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsSkillCard.qml" line="62"/>
        <source>Your own plan: not named in feedback yet</source>
        <translation>Dein eigener Plan: noch nicht im Feedback genannt</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsSkillCard.qml" line="62"/>
        <source>Named once</source>
        <translation>Einmal genannt</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsSkillCard.qml" line="62"/>
        <source>Named %1 times</source>
        <translation>%1-mal genannt</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsSkillCard.qml" line="76"/>
        <source>Skill name</source>
        <translation>Name der Fähigkeit</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsSkillCard.qml" line="87"/>
        <source>Save the name</source>
        <translation>Namen speichern</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsSkillCard.qml" line="87"/>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
</context>
<context>
    <name>SnoozeDayDialog</name>
    <message>
        <location filename="../qml/people/SnoozeDayDialog.qml" line="32"/>
        <source>Snooze %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <location filename="../qml/people/SnoozeDayDialog.qml" line="40"/>
        <source>The reminder comes back on the day you pick.</source>
        <translation>Die Erinnerung kommt an dem Tag zurück, den du wählst.</translation>
    </message>
    <message>
        <location filename="../qml/people/SnoozeDayDialog.qml" line="50"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../qml/people/SnoozeDayDialog.qml" line="68"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/people/SnoozeDayDialog.qml" line="76"/>
        <source>Snooze</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../qml/people/SnoozeDayDialog.qml" line="77"/>
        <source>Snooze until %1</source>
        <translation>Bis %1 verschieben</translation>
    </message>
</context>
<context>
    <name>StageBadge</name>
    <message>
        <location filename="../qml/jobs/StageBadge.qml" line="21"/>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
</context>
<context>
    <name>StageMenu</name>
    <message>
        <location filename="../qml/jobs/StageMenu.qml" line="21"/>
        <source>Move to %1</source>
        <translation>Nach %1 verschieben</translation>
    </message>
</context>
<context>
    <name>StageTimeline</name>
    <message>
        <location filename="../qml/jobs/StageTimeline.qml" line="19"/>
        <source>Stage history</source>
        <translation>Phasenverlauf</translation>
    </message>
    <message>
        <location filename="../qml/jobs/StageTimeline.qml" line="35"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../qml/jobs/StageTimeline.qml" line="93"/>
        <source>Remove the step %1</source>
        <translation>Schritt %1 entfernen</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../backend/storage/AtomicFile.cpp" line="22"/>
        <source>The disk is full. Nothing was changed.</source>
        <translation>Der Datenträger ist voll. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../backend/storage/AtomicFile.cpp" line="24"/>
        <source>Could not write %1 (%2).</source>
        <translation>%1 konnte nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="487"/>
        <source>This vault was written by a newer version of Rebound (schema %1; this version knows up to %2). Please update the app.</source>
        <translation>Dieser Tresor wurde von einer neueren Version von Rebound geschrieben (Schema %1; diese Version kennt bis %2). Bitte aktualisiere die App.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="500"/>
        <source>The vault is busy in another window or process; close it and try again (it needs upgrading).</source>
        <translation>Der Tresor ist in einem anderen Fenster oder Prozess in Gebrauch; schließ ihn dort und versuch es noch einmal (er muss aktualisiert werden).</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="510"/>
        <source>Could not back up the vault before upgrading it.</source>
        <translation>Der Tresor konnte vor der Aktualisierung nicht gesichert werden.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Sqlite.cpp" line="209"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Der Datenträger ist voll. Nichts wurde gespeichert; gib etwas Platz frei und versuch es noch einmal.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Sqlite.cpp" line="213"/>
        <source>The vault database is damaged or was not written by Rebound.</source>
        <translation>Die Datenbank des Tresors ist beschädigt oder wurde nicht von Rebound geschrieben.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Sqlite.cpp" line="218"/>
        <source>The vault could not be read or written (%1).</source>
        <translation>Der Tresor konnte nicht gelesen oder geschrieben werden (%1).</translation>
    </message>
    <message>
        <location filename="../backend/storage/Sqlite.cpp" line="220"/>
        <source>The data was refused by the vault (%1).</source>
        <translation>Der Tresor hat die Daten abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../backend/storage/Sqlite.cpp" line="222"/>
        <source>A storage error occurred (%1).</source>
        <translation>Ein Speicherfehler ist aufgetreten (%1).</translation>
    </message>
    <message>
        <location filename="../backend/storage/Sqlite.cpp" line="321"/>
        <source>The database key has the wrong size.</source>
        <translation>Der Datenbankschlüssel hat die falsche Größe.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Sqlite.cpp" line="362"/>
        <source>The vault could not switch to write-ahead logging.</source>
        <translation>Der Tresor konnte nicht auf Write-Ahead-Logging umstellen.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Sqlite.cpp" line="369"/>
        <source>The vault database did not accept its security settings.</source>
        <translation>Die Datenbank des Tresors hat ihre Sicherheitseinstellungen nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Store.cpp" line="27"/>
        <source>The vault database has no device identity.</source>
        <translation>Die Datenbank des Tresors hat keine Geräte-Identität.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Store.cpp" line="109"/>
        <location filename="../backend/storage/Store.cpp" line="122"/>
        <source>That record no longer exists.</source>
        <translation>Diesen Datensatz gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Store.cpp" line="142"/>
        <source>There is nothing deleted to bring back.</source>
        <translation>Es gibt nichts Gelöschtes zum Zurückholen.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../qml/components/StrengthMeter.qml" line="23"/>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <location filename="../qml/components/StrengthMeter.qml" line="23"/>
        <source>Passphrase strength: %1</source>
        <translation>Stärke der Passphrase: %1</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../backend/storage/SyncRepository.cpp" line="550"/>
        <source>That earlier version is no longer kept.</source>
        <translation>Diese frühere Version wird nicht mehr aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../backend/storage/SyncRepository.cpp" line="556"/>
        <source>That earlier version belongs to something this version of Rebound cannot show.</source>
        <translation>Diese frühere Version gehört zu etwas, das diese Version von Rebound nicht anzeigen kann.</translation>
    </message>
    <message>
        <location filename="../backend/storage/SyncRepository.cpp" line="567"/>
        <source>What this earlier version belongs to was deleted, so it cannot be restored.</source>
        <translation>Das, wozu diese frühere Version gehört, wurde gelöscht; sie kann daher nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../backend/sync/Bytes.h" line="14"/>
        <source>Sync data is damaged or was altered (%1).</source>
        <translation>Die Sync-Daten sind beschädigt oder wurden verändert (%1).</translation>
    </message>
    <message>
        <location filename="../backend/sync/FolderStore.cpp" line="32"/>
        <source>The disk of the sync folder is full: %1 was not written. Free some space, then sync again.</source>
        <translation>Der Datenträger des Sync-Ordners ist voll: %1 wurde nicht geschrieben. Gib etwas Platz frei und synchronisiere dann erneut.</translation>
    </message>
    <message>
        <location filename="../backend/sync/FolderStore.cpp" line="35"/>
        <source>Could not use %1 in the sync folder (%2).</source>
        <translation>%1 im Sync-Ordner konnte nicht verwendet werden (%2).</translation>
    </message>
    <message>
        <location filename="../backend/sync/FolderStore.cpp" line="62"/>
        <source>The folder for %1 is missing in the sync folder.</source>
        <translation>Der Ordner für %1 fehlt im Sync-Ordner.</translation>
    </message>
    <message>
        <location filename="../backend/sync/FolderStore.cpp" line="123"/>
        <source>Refused the sync path &quot;%1&quot;: it must stay inside the sync folder.</source>
        <translation>Sync-Pfad „%1“ abgelehnt: Er muss innerhalb des Sync-Ordners bleiben.</translation>
    </message>
    <message>
        <location filename="../backend/sync/FolderStore.cpp" line="144"/>
        <location filename="../backend/sync/FolderStore.cpp" line="149"/>
        <source>Could not read %1 in the sync folder (%2).</source>
        <translation>%1 im Sync-Ordner konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <location filename="../backend/sync/FolderStore.cpp" line="250"/>
        <source>Could not create the folder %1 in the sync folder.</source>
        <translation>Der Ordner %1 im Sync-Ordner konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../backend/sync/FolderStore.cpp" line="259"/>
        <source>Could not delete %1 in the sync folder.</source>
        <translation>%1 im Sync-Ordner konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="57"/>
        <location filename="../backend/sync/SyncService.cpp" line="176"/>
        <location filename="../backend/sync/SyncService.cpp" line="188"/>
        <location filename="../backend/sync/SyncService.cpp" line="197"/>
        <location filename="../backend/sync/SyncService.cpp" line="209"/>
        <location filename="../backend/ui/SyncWorker.cpp" line="90"/>
        <source>Sync is not set up on this device.</source>
        <translation>Die Synchronisierung ist auf diesem Gerät nicht eingerichtet.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="144"/>
        <source>Sync was stopped. It picks up where it left off next time.</source>
        <translation>Die Synchronisierung wurde angehalten. Sie macht beim nächsten Mal dort weiter, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="152"/>
        <source>The sync header changed on the server meanwhile (another device?). Sync, then try again.</source>
        <translation>Der Sync-Header auf dem Server hat sich inzwischen geändert (ein anderes Gerät?). Synchronisiere und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="174"/>
        <source>There is already a Rebound sync in this folder. Join it instead, or choose an empty folder.</source>
        <translation>In diesem Ordner gibt es schon eine Rebound-Synchronisierung. Tritt ihr stattdessen bei oder wähle einen leeren Ordner.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="184"/>
        <source>Another device set up sync in this folder at the same moment. Join it instead.</source>
        <translation>Ein anderes Gerät hat im selben Moment eine Synchronisierung in diesem Ordner eingerichtet. Tritt ihr stattdessen bei.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="209"/>
        <source>There is no Rebound sync in this folder yet. Set one up instead.</source>
        <translation>In diesem Ordner gibt es noch keine Rebound-Synchronisierung. Richte stattdessen eine ein.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="234"/>
        <source>The sync header is missing from the server. If the folder was emptied on purpose, turn sync off and set it up again.</source>
        <translation>Der Sync-Header fehlt auf dem Server. Wenn der Ordner absichtlich geleert wurde, schalte die Synchronisierung aus und richte sie neu ein.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="240"/>
        <location filename="../backend/sync/SyncEngine.cpp" line="760"/>
        <source>The sync header is missing from the server.</source>
        <translation>Der Sync-Header fehlt auf dem Server.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="243"/>
        <source>The folder on the server now holds a different sync. Nothing was changed here; check the server address.</source>
        <translation>Der Ordner auf dem Server enthält jetzt eine andere Synchronisierung. Hier wurde nichts geändert; prüfe die Serveradresse.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="252"/>
        <location filename="../backend/sync/SyncEngine.cpp" line="281"/>
        <source>The sync passphrase was changed on another device. Enter the new one to keep syncing.</source>
        <translation>Die Sync-Passphrase wurde auf einem anderen Gerät geändert. Gib die neue ein, um weiter zu synchronisieren.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="257"/>
        <source>The server holds an older copy of the sync header than this device has seen. It was refused; check the server&apos;s backups.</source>
        <translation>Der Server hat eine ältere Kopie des Sync-Headers, als dieses Gerät schon gesehen hat. Sie wurde abgelehnt; prüfe die Sicherungen des Servers.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="261"/>
        <source>The sync header on the server lost a key. It was refused.</source>
        <translation>Dem Sync-Header auf dem Server fehlt ein Schlüssel. Er wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="286"/>
        <source>Checking the server</source>
        <translation>Server wird geprüft</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="289"/>
        <source>The sync folder is gone from the server. If it was deleted on purpose, turn sync off and set it up again.</source>
        <translation>Der Sync-Ordner ist nicht mehr auf dem Server. Wenn er absichtlich gelöscht wurde, schalte die Synchronisierung aus und richte sie neu ein.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="308"/>
        <source>Receiving the saved state</source>
        <translation>Gespeicherter Stand wird empfangen</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="331"/>
        <source>Receiving changes</source>
        <translation>Änderungen werden empfangen</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="353"/>
        <source>another device</source>
        <translation>einem anderen Gerät</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="356"/>
        <location filename="../backend/sync/SyncEngine.cpp" line="404"/>
        <source>Changes from %1 are dated more than 5 minutes ahead of this device&apos;s clock, so they were not applied. Check the date and time on both devices.</source>
        <translation>Änderungen von %1 sind mehr als 5 Minuten später datiert als die Uhr dieses Geräts und wurden daher nicht übernommen. Prüfe Datum und Uhrzeit auf beiden Geräten.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="360"/>
        <source>The server shows an older state of %1 than this device has already received (a rollback). Nothing was applied.</source>
        <translation>Der Server zeigt einen älteren Stand von %1, als dieses Gerät schon empfangen hat (ein Rollback). Nichts wurde übernommen.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="364"/>
        <source>The history of %1 on the server does not match what this device received before. Nothing was applied.</source>
        <translation>Der Verlauf von %1 auf dem Server passt nicht zu dem, was dieses Gerät vorher empfangen hat. Nichts wurde übernommen.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="386"/>
        <location filename="../backend/sync/SyncEngine.cpp" line="416"/>
        <source>The latest changes from %1 do not match its head on the server. Nothing more was applied.</source>
        <translation>Die neuesten Änderungen von %1 passen nicht zu seinem Stand auf dem Server. Nichts weiter wurde übernommen.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="393"/>
        <source>A batch of changes from %1 is missing on the server (number %2 of %3). Nothing after it was applied.</source>
        <translation>Ein Paket mit Änderungen von %1 fehlt auf dem Server (Nummer %2 von %3). Nichts danach wurde übernommen.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="445"/>
        <source>Another writer used this device&apos;s place on the server. Turn sync off on this device and join again.</source>
        <translation>Ein anderer Schreiber hat den Platz dieses Geräts auf dem Server benutzt. Schalte die Synchronisierung auf diesem Gerät aus und tritt erneut bei.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="450"/>
        <source>The server said it saved the changes but did not keep them. Nothing was lost here; sync again later or check the server.</source>
        <translation>Der Server hat gemeldet, die Änderungen gespeichert zu haben, hat sie aber nicht behalten. Hier ging nichts verloren; synchronisiere später erneut oder prüfe den Server.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="456"/>
        <source>Sending changes</source>
        <translation>Änderungen werden gesendet</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="591"/>
        <source>Another writer changed this device&apos;s head on the server. Turn sync off on this device and join again.</source>
        <translation>Ein anderer Schreiber hat den Stand dieses Geräts auf dem Server geändert. Schalte die Synchronisierung auf diesem Gerät aus und tritt erneut bei.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="651"/>
        <source>A saved state on the server is mixed up from different parts. It was not applied.</source>
        <translation>Ein gespeicherter Stand auf dem Server ist aus verschiedenen Teilen zusammengewürfelt. Er wurde nicht übernommen.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="763"/>
        <source>The folder on the server now holds a different sync.</source>
        <translation>Der Ordner auf dem Server enthält jetzt eine andere Synchronisierung.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="767"/>
        <source>The server holds an older copy of the sync header than this device has seen. It was refused.</source>
        <translation>Der Server hat eine ältere Kopie des Sync-Headers, als dieses Gerät schon gesehen hat. Sie wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncFormat.cpp" line="265"/>
        <source>This sync was written by a newer Rebound. Update the app on this device to keep syncing.</source>
        <translation>Diese Synchronisierung wurde von einem neueren Rebound geschrieben. Aktualisiere die App auf diesem Gerät, um weiter zu synchronisieren.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncFormat.cpp" line="295"/>
        <source>Sync data on the server failed its integrity check: it was altered, moved or replaced. Nothing from it was applied.</source>
        <translation>Sync-Daten auf dem Server haben die Integritätsprüfung nicht bestanden: Sie wurden verändert, verschoben oder ersetzt. Nichts davon wurde übernommen.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncKeys.cpp" line="50"/>
        <source>That sync passphrase does not open this sync. If it was changed on another device, enter the new one.</source>
        <translation>Diese Sync-Passphrase öffnet diese Synchronisierung nicht. Wenn sie auf einem anderen Gerät geändert wurde, gib die neue ein.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncKeys.cpp" line="77"/>
        <source>Sync data uses a key this device does not have. Sync again after the other device has finished.</source>
        <translation>Sync-Daten verwenden einen Schlüssel, den dieses Gerät nicht hat. Synchronisiere erneut, wenn das andere Gerät fertig ist.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncKeys.cpp" line="122"/>
        <source>This sync was set up by a newer Rebound. Update the app on this device to join it.</source>
        <translation>Diese Synchronisierung wurde von einem neueren Rebound eingerichtet. Aktualisiere die App auf diesem Gerät, um beizutreten.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncKeys.cpp" line="125"/>
        <source>The sync header on the server is of an older, refused format.</source>
        <translation>Der Sync-Header auf dem Server hat ein älteres, abgelehntes Format.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncKeys.cpp" line="135"/>
        <source>The sync header on the server asks for a weaker key derivation than Rebound allows. It was refused.</source>
        <translation>Der Sync-Header auf dem Server verlangt eine schwächere Schlüsselableitung, als Rebound erlaubt. Er wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncService.cpp" line="143"/>
        <source>Unnamed device</source>
        <translation>Unbenanntes Gerät</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncService.cpp" line="150"/>
        <source>Sync is already set up on this device. Turn it off first.</source>
        <translation>Die Synchronisierung ist auf diesem Gerät schon eingerichtet. Schalte sie zuerst aus.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncService.cpp" line="152"/>
        <source>Enter the server address or folder.</source>
        <translation>Gib die Serveradresse oder den Ordner ein.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncService.cpp" line="154"/>
        <location filename="../backend/ui/SyncController.cpp" line="420"/>
        <source>Enter the sync passphrase.</source>
        <translation>Gib die Sync-Passphrase ein.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncService.cpp" line="158"/>
        <source>Joining the sync</source>
        <translation>Beitritt zur Synchronisierung</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncService.cpp" line="158"/>
        <source>Setting up sync</source>
        <translation>Synchronisierung wird eingerichtet</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncService.cpp" line="169"/>
        <source>Sync is set up, but the first sync did not finish: %1</source>
        <translation>Die Synchronisierung ist eingerichtet, aber die erste Synchronisierung wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncService.cpp" line="199"/>
        <source>Enter the new sync passphrase.</source>
        <translation>Gib die neue Sync-Passphrase ein.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="78"/>
        <source>&quot;%1&quot; is not a WebDAV address: it should look like https://example.org/dav/.</source>
        <translation>„%1“ ist keine WebDAV-Adresse: Sie sollte wie https://example.org/dav/ aussehen.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="82"/>
        <source>%1 uses plain http: your password would travel unprotected (the synced data itself stays encrypted). Use https, or confirm that you accept this.</source>
        <translation>%1 verwendet unverschlüsseltes http: Dein Passwort würde ungeschützt übertragen (die synchronisierten Daten selbst bleiben verschlüsselt). Verwende https oder bestätige, dass du das in Kauf nimmst.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="190"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="197"/>
        <source>the answer was cut off (%1 of %2 bytes)</source>
        <translation>die Antwort wurde abgeschnitten (%1 von %2 Bytes)</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="233"/>
        <source>%1 sends requests on to another server (%2). Enter that address instead, if you trust it.</source>
        <translation>%1 leitet Anfragen an einen anderen Server weiter (%2). Gib stattdessen diese Adresse ein, wenn du ihr vertraust.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="242"/>
        <source>%1 redirects in circles.</source>
        <translation>%1 leitet im Kreis weiter.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="249"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="254"/>
        <source>Could not reach %1 (%2). Sync will try again later.</source>
        <translation>%1 konnte nicht erreicht werden (%2). Die Synchronisierung versucht es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="260"/>
        <source>The server %1 refused the account &quot;%2&quot;: check the user name and password.</source>
        <translation>Der Server %1 hat das Konto „%2“ abgelehnt: Prüfe Benutzername und Passwort.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="264"/>
        <source>The server %1 is out of space. Free some space there, then sync again.</source>
        <translation>Auf dem Server %1 ist kein Platz mehr. Gib dort etwas Platz frei und synchronisiere dann erneut.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="267"/>
        <source>The server %1 answered HTTP %2 to %3 %4.</source>
        <translation>Der Server %1 hat auf %3 %4 mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="348"/>
        <source>The server sent a folder listing that could not be read (%1).</source>
        <translation>Der Server hat eine Ordnerliste geschickt, die nicht gelesen werden konnte (%1).</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="422"/>
        <source>The server %1 does not allow safe overwrites (it gives only weak ETags).</source>
        <translation>Der Server %1 erlaubt kein sicheres Überschreiben (er liefert nur schwache ETags).</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="448"/>
        <source>The server %1 could not create the folder %2.</source>
        <translation>Der Server %1 konnte den Ordner %2 nicht anlegen.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="37"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/SyncController.cpp" line="39"/>
        <source>%n minutes ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/SyncController.cpp" line="41"/>
        <source>%n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/SyncController.cpp" line="43"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="44"/>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="50"/>
        <source>Journal entry</source>
        <translation>Tagebucheintrag</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="51"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="52"/>
        <source>Small win</source>
        <translation>Kleiner Erfolg</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="53"/>
        <source>Application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="54"/>
        <source>Interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="55"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="56"/>
        <source>Person on an application</source>
        <translation>Person bei einer Bewerbung</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="57"/>
        <source>After-rejection steps</source>
        <translation>Schritte nach einer Absage</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="58"/>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="59"/>
        <source>Skills action</source>
        <translation>Kompetenz-Maßnahme</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="60"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="61"/>
        <source>Review checklist</source>
        <translation>Rückblick-Checkliste</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="62"/>
        <source>Checklist question</source>
        <translation>Checklisten-Frage</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="63"/>
        <source>Review</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="64"/>
        <source>Review answer</source>
        <translation>Rückblick-Antwort</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="65"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="66"/>
        <source>Interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="67"/>
        <source>Outreach message</source>
        <translation>Kontaktnachricht</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="68"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="72"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="78"/>
        <location filename="../backend/ui/SyncController.cpp" line="79"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="80"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="81"/>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="82"/>
        <source>reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="83"/>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="84"/>
        <source>pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="85"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="217"/>
        <source>Connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="264"/>
        <source>Sync is set up.</source>
        <translation>Die Synchronisierung ist eingerichtet.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="268"/>
        <source>Synced.</source>
        <translation>Synchronisiert.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="271"/>
        <source>Sync passphrase accepted.</source>
        <translation>Sync-Passphrase angenommen.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="274"/>
        <source>Sync passphrase changed. Other devices will ask for it.</source>
        <translation>Sync-Passphrase geändert. Andere Geräte werden danach fragen.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="278"/>
        <source>Sync is off on this device.</source>
        <translation>Die Synchronisierung ist auf diesem Gerät aus.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="281"/>
        <source>Restored.</source>
        <translation>Wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="326"/>
        <source>Never synced</source>
        <translation>Noch nie synchronisiert</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="327"/>
        <source>Last synced %1</source>
        <translation>Zuletzt synchronisiert %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="334"/>
        <source>Last heard from %1</source>
        <translation>Zuletzt gemeldet %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="335"/>
        <source>Not heard from yet</source>
        <translation>Noch nicht gemeldet</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="346"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="352"/>
        <source>Kept %1</source>
        <translation>Aufbewahrt %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="386"/>
        <source>Unlock the vault to set up sync.</source>
        <translation>Entsperre den Tresor, um die Synchronisierung einzurichten.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="388"/>
        <source>Choose a folder for the sync data.</source>
        <translation>Wähle einen Ordner für die Sync-Daten.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="389"/>
        <source>Enter the server address.</source>
        <translation>Gib die Serveradresse ein.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="391"/>
        <source>Enter a sync passphrase.</source>
        <translation>Gib eine Sync-Passphrase ein.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="394"/>
        <source>This address is not encrypted (http). Confirm that you want to use it, or use https.</source>
        <translation>Diese Adresse ist nicht verschlüsselt (http). Bestätige, dass du sie verwenden willst, oder verwende https.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="432"/>
        <source>Enter a new sync passphrase.</source>
        <translation>Gib eine neue Sync-Passphrase ein.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncWorker.cpp" line="29"/>
        <source>The vault is locked. Unlock it to sync.</source>
        <translation>Der Tresor ist gesperrt. Entsperre ihn, um zu synchronisieren.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncWorker.cpp" line="44"/>
        <source>Sync was stopped.</source>
        <translation>Die Synchronisierung wurde angehalten.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncWorker.cpp" line="55"/>
        <source>Sync stopped because of an unexpected error. Nothing was lost; it will try again later.</source>
        <translation>Die Synchronisierung wurde wegen eines unerwarteten Fehlers angehalten. Nichts ging verloren; sie versucht es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncWorker.cpp" line="89"/>
        <source>Enter the new sync passphrase first.</source>
        <translation>Gib zuerst die neue Sync-Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>SyncConflictRow</name>
    <message>
        <location filename="../qml/settings/SyncConflictRow.qml" line="57"/>
        <source>Kept version: %1</source>
        <translation>Aufbewahrte Version: %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncConflictRow.qml" line="64"/>
        <source>Shown now: %1</source>
        <translation>Jetzt angezeigt: %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncConflictRow.qml" line="78"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncConflictRow.qml" line="80"/>
        <source>Dismiss the kept version of %1</source>
        <translation>Aufbewahrte Version von %1 verwerfen</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncConflictRow.qml" line="85"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncConflictRow.qml" line="87"/>
        <source>Restore the kept version of %1</source>
        <translation>Aufbewahrte Version von %1 wiederherstellen</translation>
    </message>
</context>
<context>
    <name>SyncDeviceRow</name>
    <message>
        <location filename="../qml/settings/SyncDeviceRow.qml" line="16"/>
        <location filename="../qml/settings/SyncDeviceRow.qml" line="31"/>
        <source>%1 (this device)</source>
        <translation>%1 (dieses Gerät)</translation>
    </message>
</context>
<context>
    <name>SyncPassphraseDialog</name>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="42"/>
        <source>Enter the sync passphrase</source>
        <translation>Sync-Passphrase eingeben</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="42"/>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="141"/>
        <source>Change sync passphrase</source>
        <translation>Sync-Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="74"/>
        <source>The sync passphrase was changed on another device. Enter the new one to keep syncing.</source>
        <translation>Die Sync-Passphrase wurde auf einem anderen Gerät geändert. Gib die neue ein, um weiter zu synchronisieren.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="74"/>
        <source>Your other devices will ask for the new passphrase once. Nobody can recover it: keep it somewhere safe.</source>
        <translation>Deine anderen Geräte fragen einmal nach der neuen Passphrase. Niemand kann sie wiederherstellen: Bewahre sie an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="84"/>
        <source>Sync passphrase</source>
        <translation>Sync-Passphrase</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="84"/>
        <source>New sync passphrase</source>
        <translation>Neue Sync-Passphrase</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="96"/>
        <source>Use at least %1 characters.</source>
        <translation>Verwende mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="104"/>
        <source>Repeat the new sync passphrase</source>
        <translation>Neue Sync-Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="130"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="140"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="140"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="141"/>
        <source>Use this sync passphrase</source>
        <translation>Diese Sync-Passphrase verwenden</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <location filename="../qml/settings/SyncProgress.qml" line="22"/>
        <source>Syncing</source>
        <translation>Synchronisierung läuft</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncProgress.qml" line="27"/>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="29"/>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="53"/>
        <source>Keep your vault in step across your own devices, through a WebDAV server you use (Nextcloud, any hosting) or a synced folder.</source>
        <translation>Halte deinen Tresor auf deinen eigenen Geräten auf dem gleichen Stand, über einen WebDAV-Server, den du nutzt (Nextcloud, beliebiges Hosting), oder einen synchronisierten Ordner.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="61"/>
        <source>It is end-to-end encrypted: the server never sees your words. You need the sync passphrase on every device, and nobody can recover it if it is lost.</source>
        <translation>Sie ist Ende-zu-Ende-verschlüsselt: Der Server sieht nie deine Worte. Du brauchst die Sync-Passphrase auf jedem Gerät, und niemand kann sie wiederherstellen, wenn sie verloren geht.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="74"/>
        <source>Set up sync</source>
        <translation>Synchronisierung einrichten</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="81"/>
        <source>Join a sync</source>
        <translation>Synchronisierung beitreten</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="82"/>
        <source>Join a sync set up on another device</source>
        <translation>Einer auf einem anderen Gerät eingerichteten Synchronisierung beitreten</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="97"/>
        <source>The sync passphrase was changed on another device. Enter the new one to keep syncing.</source>
        <translation>Die Sync-Passphrase wurde auf einem anderen Gerät geändert. Gib die neue ein, um weiter zu synchronisieren.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="103"/>
        <source>Enter sync passphrase</source>
        <translation>Sync-Passphrase eingeben</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="112"/>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/SyncSection.qml" line="113"/>
        <source>%n changes waiting to be sent.</source>
        <translation>
            <numerusform>%n Änderung wartet darauf, gesendet zu werden.</numerusform>
            <numerusform>%n Änderungen warten darauf, gesendet zu werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="113"/>
        <source>Everything is sent.</source>
        <translation>Alles ist gesendet.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="119"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="139"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/SyncSection.qml" line="163"/>
        <source>%n versions kept from edits on two devices</source>
        <translation>
            <numerusform>%n Version aufbewahrt, nach Bearbeitung auf zwei Geräten</numerusform>
            <numerusform>%n Versionen aufbewahrt, nach Bearbeitung auf zwei Geräten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="174"/>
        <source>The newest edit is shown. Restore an older one to make it current again, or dismiss it.</source>
        <translation>Die neueste Bearbeitung wird angezeigt. Stell eine ältere wieder her, um sie wieder aktuell zu machen, oder verwirf sie.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="201"/>
        <source>Sync passphrase</source>
        <translation>Sync-Passphrase</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="202"/>
        <source>Choose a new one. Your other devices will ask for it once.</source>
        <translation>Wähle eine neue. Deine anderen Geräte fragen einmal danach.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="205"/>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="207"/>
        <source>Change sync passphrase</source>
        <translation>Sync-Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="214"/>
        <location filename="../qml/settings/SyncSection.qml" line="220"/>
        <source>Turn off sync on this device</source>
        <translation>Synchronisierung auf diesem Gerät ausschalten</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="215"/>
        <source>The data on the server stays, for your other devices.</source>
        <translation>Die Daten auf dem Server bleiben erhalten, für deine anderen Geräte.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="218"/>
        <source>Turn off…</source>
        <translation>Ausschalten…</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="247"/>
        <source>Turn off sync on this device?</source>
        <translation>Synchronisierung auf diesem Gerät ausschalten?</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="254"/>
        <source>This device stops syncing and forgets the account and the sync keys. Your entries stay on this device, and the encrypted data on the server stays for your other devices. You can join again later with the sync passphrase.</source>
        <translation>Dieses Gerät hört auf zu synchronisieren und vergisst das Konto und die Sync-Schlüssel. Deine Einträge bleiben auf diesem Gerät, und die verschlüsselten Daten auf dem Server bleiben für deine anderen Geräte erhalten. Mit der Sync-Passphrase kannst du später wieder beitreten.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="270"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="277"/>
        <source>Turn off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="278"/>
        <source>Turn off sync</source>
        <translation>Synchronisierung ausschalten</translation>
    </message>
</context>
<context>
    <name>SyncSetupDialog</name>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="40"/>
        <source>Join a sync</source>
        <translation>Synchronisierung beitreten</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="40"/>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="257"/>
        <source>Set up sync</source>
        <translation>Synchronisierung einrichten</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="90"/>
        <source>Use the place and the sync passphrase you chose on your other device.</source>
        <translation>Verwende den Ort und die Sync-Passphrase, die du auf deinem anderen Gerät gewählt hast.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="90"/>
        <source>Choose an empty folder on your server or a synced folder. Rebound keeps everything there encrypted.</source>
        <translation>Wähle einen leeren Ordner auf deinem Server oder einen synchronisierten Ordner. Rebound speichert dort alles verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="99"/>
        <source>Where the sync data goes</source>
        <translation>Wohin die Sync-Daten kommen</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="103"/>
        <source>WebDAV server</source>
        <translation>WebDAV-Server</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="106"/>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="113"/>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="124"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="113"/>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="124"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="122"/>
        <source>https://cloud.example.org/remote.php/dav/files/me/Rebound/</source>
        <translation>https://cloud.example.org/remote.php/dav/files/me/Rebound/</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="122"/>
        <source>/home/me/Nextcloud/Rebound</source>
        <translation>/home/me/Nextcloud/Rebound</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="133"/>
        <source>Use this unencrypted (http) address anyway. Your data stays encrypted, but your account password can be read on the way.</source>
        <translation>Diese unverschlüsselte (http-)Adresse trotzdem verwenden. Deine Daten bleiben verschlüsselt, aber dein Kontopasswort kann unterwegs mitgelesen werden.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="134"/>
        <source>Use the unencrypted http address anyway</source>
        <translation>Die unverschlüsselte http-Adresse trotzdem verwenden</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="148"/>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="159"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="168"/>
        <source>Account password</source>
        <translation>Kontopasswort</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="176"/>
        <source>Sync passphrase</source>
        <translation>Sync-Passphrase</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="177"/>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="188"/>
        <source>Use at least %1 characters.</source>
        <translation>Verwende mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="196"/>
        <source>Repeat the sync passphrase</source>
        <translation>Sync-Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="204"/>
        <source>You need this passphrase on every device. Nobody can recover it: keep it somewhere safe.</source>
        <translation>Du brauchst diese Passphrase auf jedem Gerät. Niemand kann sie wiederherstellen: Bewahre sie an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="212"/>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="222"/>
        <source>This device&apos;s name</source>
        <translation>Name dieses Geräts</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="246"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="256"/>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="256"/>
        <source>Set up</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="257"/>
        <source>Join the sync</source>
        <translation>Der Synchronisierung beitreten</translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <location filename="../qml/components/TagChip.qml" line="56"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>TagInput</name>
    <message>
        <location filename="../qml/components/TagInput.qml" line="59"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../qml/components/TagInput.qml" line="83"/>
        <source>Add another tag</source>
        <translation>Weiteren Tag hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/components/TagInput.qml" line="83"/>
        <source>Add a tag, e.g. interview</source>
        <translation>Tag hinzufügen, z. B. Gespräch</translation>
    </message>
    <message>
        <location filename="../qml/components/TagInput.qml" line="89"/>
        <source>New tag</source>
        <translation>Neuer Tag</translation>
    </message>
</context>
<context>
    <name>TemplateList</name>
    <message>
        <location filename="../qml/journal/TemplateList.qml" line="17"/>
        <source>Blank entry</source>
        <translation>Leerer Eintrag</translation>
    </message>
    <message>
        <location filename="../qml/journal/TemplateList.qml" line="18"/>
        <source>Start from an empty page.</source>
        <translation>Mit einer leeren Seite beginnen.</translation>
    </message>
    <message>
        <location filename="../qml/journal/TemplateList.qml" line="51"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../qml/journal/TemplatePicker.qml" line="22"/>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <location filename="../qml/journal/TemplatePicker.qml" line="30"/>
        <source>Start from a blank page or let a few questions guide you. You can change every word.</source>
        <translation>Beginne mit einer leeren Seite oder lass dich von ein paar Fragen leiten. Du kannst jedes Wort ändern.</translation>
    </message>
    <message>
        <location filename="../qml/journal/TemplatePicker.qml" line="67"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="44"/>
        <location filename="../backend/cli/CliJobs.cpp" line="691"/>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="47"/>
        <location filename="../backend/storage/CatalogRepository.cpp" line="135"/>
        <location filename="../backend/storage/CatalogRepository.cpp" line="203"/>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="29"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="86"/>
        <source>The name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="48"/>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="54"/>
        <source>The e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="37"/>
        <location filename="../backend/core/TextRules.cpp" line="40"/>
        <source>%1 contains a broken character.</source>
        <translation>%1: enthält ein beschädigtes Zeichen.</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="44"/>
        <source>%1 contains a control character (U+%2).</source>
        <translation>%1: enthält ein Steuerzeichen (U+%2).</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="47"/>
        <source>%1 must be a single line.</source>
        <translation>%1: darf nur eine Zeile haben.</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="54"/>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1: zu lang (%2 Zeichen; höchstens %3).</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="80"/>
        <source>A tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="87"/>
        <source>Tags cannot contain “|” or commas.</source>
        <translation>Tags dürfen kein „|“ und keine Kommas enthalten.</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="95"/>
        <source>Too many tags (at most %1).</source>
        <translation>Zu viele Tags (höchstens %1).</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="101"/>
        <source>Please give a valid date (from 1900 on).</source>
        <translation>Bitte gib ein gültiges Datum an (ab 1900).</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="104"/>
        <source>%1 is in the future; entries are for days that have begun.</source>
        <translation>%1 liegt in der Zukunft; Einträge sind für Tage, die schon begonnen haben.</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="113"/>
        <source>%1: “%2” is not a known item.</source>
        <translation>%1: „%2“ ist kein bekannter Eintrag.</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="118"/>
        <source>%1: too many (at most %2).</source>
        <translation>%1: zu viele (höchstens %2).</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="24"/>
        <source>The link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="58"/>
        <source>The contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="80"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="89"/>
        <source>The company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="83"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="90"/>
        <source>The role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="85"/>
        <source>The source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="87"/>
        <source>The location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="102"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="130"/>
        <location filename="../backend/storage/GoalRepository.cpp" line="62"/>
        <location filename="../backend/storage/InterviewRepository.cpp" line="56"/>
        <source>The notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="119"/>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="220"/>
        <location filename="../backend/storage/CheckInRepository.cpp" line="93"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="162"/>
        <location filename="../backend/storage/RejectionFlowRepository.cpp" line="83"/>
        <location filename="../backend/storage/ReminderRepository.cpp" line="31"/>
        <location filename="../backend/storage/ReviewRepository.cpp" line="177"/>
        <source>The note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../backend/storage/CheckInRepository.cpp" line="90"/>
        <location filename="../backend/storage/JournalRepository.cpp" line="92"/>
        <source>Emotions</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <location filename="../backend/storage/CheckInRepository.cpp" line="92"/>
        <source>Effort tags</source>
        <translation>Einsatz-Tags</translation>
    </message>
    <message>
        <location filename="../backend/storage/CheckInRepository.cpp" line="248"/>
        <location filename="../backend/storage/CheckInRepository.cpp" line="264"/>
        <source>The win</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="40"/>
        <source>The question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="43"/>
        <source>The hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="48"/>
        <source>The profile link</source>
        <translation>Profillink</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="95"/>
        <source>An email</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="112"/>
        <source>A phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="129"/>
        <source>How you met</source>
        <translation>Wie ihr euch kennt</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="516"/>
        <source>The template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="520"/>
        <location filename="../backend/storage/RejectionFlowRepository.cpp" line="81"/>
        <location filename="../backend/storage/RejectionFlowRepository.cpp" line="85"/>
        <source>The message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="21"/>
        <source>A skill name</source>
        <translation>Name der Fähigkeit</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="40"/>
        <source>The feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="180"/>
        <source>Your pitch</source>
        <translation>Dein Pitch</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="203"/>
        <location filename="../backend/storage/ReviewRepository.cpp" line="66"/>
        <source>The action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="59"/>
        <location filename="../backend/storage/ReviewRepository.cpp" line="47"/>
        <source>The goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="131"/>
        <source>The north star</source>
        <translation>Leitstern</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="52"/>
        <source>Questions that stumped you</source>
        <translation>Fragen, die dich kalt erwischt haben</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="53"/>
        <source>Moments you felt less confident</source>
        <translation>Momente, in denen du dich weniger sicher gefühlt hast</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="54"/>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="55"/>
        <source>What you would do differently</source>
        <translation>Was du anders machen würdest</translation>
    </message>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="88"/>
        <source>The entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="94"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="96"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../backend/storage/RejectionFlowRepository.cpp" line="87"/>
        <source>The journal entry</source>
        <translation>Tagebucheintrag</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReminderRepository.cpp" line="28"/>
        <source>The title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="200"/>
        <source>The summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>TimePicker</name>
    <message>
        <location filename="../qml/components/TimePicker.qml" line="14"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../qml/components/TimePicker.qml" line="31"/>
        <source>%1: %2:%3</source>
        <translation>%1: %2:%3</translation>
    </message>
    <message>
        <location filename="../qml/components/TimePicker.qml" line="51"/>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location filename="../qml/components/TimePicker.qml" line="82"/>
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
</context>
<context>
    <name>TodayCheckIns</name>
    <message>
        <location filename="../qml/today/TodayCheckIns.qml" line="20"/>
        <source>No check-ins yet today</source>
        <translation>Heute noch keine Check-ins</translation>
    </message>
    <message>
        <location filename="../qml/today/TodayCheckIns.qml" line="21"/>
        <source>1 check-in</source>
        <translation>1 Check-in</translation>
    </message>
    <message>
        <location filename="../qml/today/TodayCheckIns.qml" line="21"/>
        <source>%1 check-ins</source>
        <translation>%1 Check-ins</translation>
    </message>
    <message>
        <location filename="../qml/today/TodayCheckIns.qml" line="22"/>
        <source>Today so far: %1, %2</source>
        <translation>Heute bisher: %1, %2</translation>
    </message>
    <message>
        <location filename="../qml/today/TodayCheckIns.qml" line="22"/>
        <source>Today so far: %1</source>
        <translation>Heute bisher: %1</translation>
    </message>
    <message>
        <location filename="../qml/today/TodayCheckIns.qml" line="67"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/today/TodayCheckIns.qml" line="120"/>
        <source>Delete check-in from %1</source>
        <translation>Check-in von %1 löschen</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="54"/>
        <source>Check-in saved. Be gentle with yourself today.</source>
        <translation>Check-in gespeichert. Sei heute sanft mit dir.</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="54"/>
        <source>Check-in saved</source>
        <translation>Check-in gespeichert</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="73"/>
        <source>Check-in deleted</source>
        <translation>Check-in gelöscht</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="78"/>
        <source>Win deleted</source>
        <translation>Erfolg gelöscht</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="83"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="203"/>
        <source>Reminder done</source>
        <translation>Erinnerung erledigt</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="217"/>
        <source>Win saved. Well done.</source>
        <translation>Erfolg gespeichert. Gut gemacht!</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="259"/>
        <source>Entry saved</source>
        <translation>Eintrag gespeichert</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="260"/>
        <source>Entry deleted</source>
        <translation>Eintrag gelöscht</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="269"/>
        <source>North star cleared</source>
        <translation>Leitstern entfernt</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="271"/>
        <source>North star saved. Keep your eye on it.</source>
        <translation>Leitstern gespeichert. Behalte ihn im Blick.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../qml/vault/UnlockPage.qml" line="20"/>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <location filename="../qml/vault/UnlockPage.qml" line="21"/>
        <source>Your journal is locked. Enter your passphrase to open it.</source>
        <translation>Dein Tagebuch ist gesperrt. Gib deine Passphrase ein, um es zu öffnen.</translation>
    </message>
    <message>
        <location filename="../qml/vault/UnlockPage.qml" line="40"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../qml/vault/UnlockPage.qml" line="62"/>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <location filename="../qml/vault/UnlockPage.qml" line="62"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../qml/vault/UnlockPage.qml" line="73"/>
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <location filename="../backend/services/VCard.cpp" line="383"/>
        <source>Line %1: unknown character set &quot;%2&quot;; read as UTF-8.</source>
        <translation>Zeile %1: unbekannter Zeichensatz „%2“; als UTF-8 gelesen.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="400"/>
        <source>Line %1: BEGIN:VCARD inside another card (the card from line %2 has no END:VCARD).</source>
        <translation>Zeile %1: BEGIN:VCARD innerhalb einer anderen Karte (der Karte ab Zeile %2 fehlt END:VCARD).</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="404"/>
        <source>Line %1: more than %2 cards in one file; split it into smaller files.</source>
        <translation>Zeile %1: mehr als %2 Karten in einer Datei; teile sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="422"/>
        <source>Photos are not imported; they were skipped.</source>
        <translation>Fotos werden nicht importiert; sie wurden übersprungen.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="423"/>
        <source>Logos are not imported; they were skipped.</source>
        <translation>Logos werden nicht importiert; sie wurden übersprungen.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="424"/>
        <source>Sounds are not imported; they were skipped.</source>
        <translation>Töne werden nicht importiert; sie wurden übersprungen.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="425"/>
        <source>Keys are not imported; they were skipped.</source>
        <translation>Schlüssel werden nicht importiert; sie wurden übersprungen.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="437"/>
        <source>Line %1: vCard version %2 is not supported (2.1, 3.0 and 4.0 are).</source>
        <translation>Zeile %1: vCard-Version %2 wird nicht unterstützt (2.1, 3.0 und 4.0 schon).</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="446"/>
        <source>Line %1: the text is not valid UTF-8.</source>
        <translation>Zeile %1: Der Text ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="447"/>
        <source>Line %1: the text is not valid %2.</source>
        <translation>Zeile %1: Der Text ist kein gültiges %2.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="475"/>
        <source>Line %1: the organization is longer than %2 characters.</source>
        <translation>Zeile %1: Die Organisation ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="482"/>
        <source>Line %1: the title is longer than %2 characters.</source>
        <translation>Zeile %1: Der Titel ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="491"/>
        <source>Line %1: an email address is longer than %2 characters.</source>
        <translation>Zeile %1: Eine E-Mail-Adresse ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="493"/>
        <source>Line %1: “%2” is not an email address.</source>
        <translation>Zeile %1: „%2“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="499"/>
        <source>Line %1: more than %2 email addresses in one card.</source>
        <translation>Zeile %1: mehr als %2 E-Mail-Adressen in einer Karte.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="510"/>
        <source>Line %1: a phone number is longer than %2 characters.</source>
        <translation>Zeile %1: Eine Telefonnummer ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="512"/>
        <source>Line %1: “%2” is not a phone number.</source>
        <translation>Zeile %1: „%2“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="518"/>
        <source>Line %1: more than %2 phone numbers in one card.</source>
        <translation>Zeile %1: mehr als %2 Telefonnummern in einer Karte.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="527"/>
        <source>Line %1: the URL is longer than %2 characters.</source>
        <translation>Zeile %1: Die URL ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="538"/>
        <source>Line %1: the notes are longer than %2 characters.</source>
        <translation>Zeile %1: Die Notizen sind länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="570"/>
        <source>Line %1: &apos;how we met&apos; is longer than %2 characters.</source>
        <translation>Zeile %1: „Wie ihr euch kennt“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="583"/>
        <source>Line %1: X-REBOUND-CADENCE &quot;%2&quot; is not a number of days from 1 to %3; it was ignored.</source>
        <translation>Zeile %1: X-REBOUND-CADENCE „%2“ ist keine Zahl von Tagen von 1 bis %3; der Wert wurde ignoriert.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="597"/>
        <source>Line %1: END:VCARD without a BEGIN:VCARD before it.</source>
        <translation>Zeile %1: END:VCARD ohne vorheriges BEGIN:VCARD.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="601"/>
        <source>Line %1: the contact group &quot;%2&quot; was skipped.</source>
        <translation>Zeile %1: Die Kontaktgruppe „%2“ wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="607"/>
        <location filename="../backend/services/VCard.cpp" line="611"/>
        <source>Line %1: the name is longer than %2 characters.</source>
        <translation>Zeile %1: Der Name ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="613"/>
        <source>Line %1: the card starting here has no name (FN or N).</source>
        <translation>Zeile %1: Die Karte, die hier beginnt, hat keinen Namen (FN oder N).</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="622"/>
        <source>The file is larger than %1 MB; vCard files that big are not read.</source>
        <translation>Die Datei ist größer als %1 MB; so große vCard-Dateien werden nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="633"/>
        <source>The file starts like UTF-16 text but is not valid UTF-16.</source>
        <translation>Die Datei beginnt wie UTF-16-Text, ist aber kein gültiges UTF-16.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="641"/>
        <source>Line %1: this line has no &apos;:&apos; between its name and value.</source>
        <translation>Zeile %1: Diese Zeile hat kein „:“ zwischen Name und Wert.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="644"/>
        <source>Line %1: this line does not start with a property name.</source>
        <translation>Zeile %1: Diese Zeile beginnt nicht mit einem Eigenschaftsnamen.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="647"/>
        <source>Line %1: BEGIN:%2 where a vCard (BEGIN:VCARD) was expected.</source>
        <translation>Zeile %1: BEGIN:%2, wo eine vCard (BEGIN:VCARD) erwartet wurde.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="653"/>
        <source>Line %1: END:%2 where END:VCARD was expected.</source>
        <translation>Zeile %1: END:%2, wo END:VCARD erwartet wurde.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="658"/>
        <source>Line %1: this line is outside a card (BEGIN:VCARD ... END:VCARD).</source>
        <translation>Zeile %1: Diese Zeile liegt außerhalb einer Karte (BEGIN:VCARD ... END:VCARD).</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="664"/>
        <source>Line %1: the card starting here has no END:VCARD.</source>
        <translation>Zeile %1: Der Karte, die hier beginnt, fehlt END:VCARD.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="666"/>
        <source>The file contains no vCard (no BEGIN:VCARD line).</source>
        <translation>Die Datei enthält keine vCard (keine Zeile BEGIN:VCARD).</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="672"/>
        <source>Categories that are not Rebound tags were left out: %1.</source>
        <translation>Kategorien, die keine Rebound-Tags sind, wurden ausgelassen: %1.</translation>
    </message>
</context>
<context>
    <name>ValueRows</name>
    <message>
        <location filename="../qml/people/ValueRows.qml" line="14"/>
        <source>Add another</source>
        <translation>Weitere hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/people/ValueRows.qml" line="70"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../qml/people/ValueRows.qml" line="77"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="41"/>
        <source>There is no vault in %1.</source>
        <translation>In %1 gibt es keinen Tresor.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="43"/>
        <source>The vault header could not be read (%1).</source>
        <translation>Der Tresor-Header konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="46"/>
        <source>The vault header (vault.json) is damaged.</source>
        <translation>Der Tresor-Header (vault.json) ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="54"/>
        <source>That passphrase does not unlock this vault.</source>
        <translation>Diese Passphrase entsperrt diesen Tresor nicht.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="118"/>
        <source>Could not move aside an old database file in %1.</source>
        <translation>Eine alte Datenbankdatei in %1 konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="127"/>
        <location filename="../backend/storage/Vault.cpp" line="136"/>
        <source>A vault already exists in %1.</source>
        <translation>In %1 gibt es schon einen Tresor.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="129"/>
        <source>The key-derivation settings are out of the allowed range.</source>
        <translation>Die Einstellungen für die Schlüsselableitung liegen außerhalb des erlaubten Bereichs.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="131"/>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="159"/>
        <location filename="../backend/storage/Vault.cpp" line="167"/>
        <source>The vault&apos;s database file is missing.</source>
        <translation>Die Datenbankdatei des Tresors fehlt.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="169"/>
        <location filename="../backend/storage/Vault.cpp" line="174"/>
        <source>The remembered key does not fit this vault.</source>
        <translation>Der gemerkte Schlüssel passt nicht zu diesem Tresor.</translation>
    </message>
    <message>
        <location filename="../backend/storage/VaultHeader.cpp" line="16"/>
        <source>The vault header (vault.json) is damaged. Restore it from a backup; the passphrase cannot help until then.</source>
        <translation>Der Tresor-Header (vault.json) ist beschädigt. Stell ihn aus einer Sicherung wieder her; bis dahin hilft auch die Passphrase nicht.</translation>
    </message>
    <message>
        <location filename="../backend/storage/VaultHeader.cpp" line="167"/>
        <source>This vault uses format version %1, which this version of Rebound does not know. Please update the app.</source>
        <translation>Dieser Tresor verwendet die Formatversion %1, die diese Version von Rebound nicht kennt. Bitte aktualisiere die App.</translation>
    </message>
    <message>
        <location filename="../backend/storage/VaultHeader.cpp" line="176"/>
        <source>The vault header asks for weaker key protection than Rebound allows; it may have been tampered with.</source>
        <translation>Der Tresor-Header verlangt einen schwächeren Schlüsselschutz, als Rebound erlaubt; er wurde möglicherweise manipuliert.</translation>
    </message>
</context>
<context>
    <name>WinsCard</name>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="16"/>
        <source>Landed an interview</source>
        <translation>Zum Gespräch eingeladen</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="16"/>
        <source>Good feedback</source>
        <translation>Gutes Feedback</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="16"/>
        <source>Reached a final round</source>
        <translation>Letzte Runde erreicht</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="16"/>
        <source>Sent an application</source>
        <translation>Bewerbung verschickt</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="41"/>
        <source>Every step counts. Note your first one.</source>
        <translation>Jeder Schritt zählt. Halte deinen ersten fest.</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="42"/>
        <source>1 win so far</source>
        <translation>Bisher 1 Erfolg</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="42"/>
        <source>%1 wins so far</source>
        <translation>Bisher %1 Erfolge</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="76"/>
        <source>Small wins</source>
        <translation>Kleine Erfolge</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="103"/>
        <source>What went well?</source>
        <translation>Was lief gut?</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="107"/>
        <source>New small win</source>
        <translation>Neuer kleiner Erfolg</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="114"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="115"/>
        <source>Add small win</source>
        <translation>Kleinen Erfolg hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="125"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="142"/>
        <source>Use suggestion: %1</source>
        <translation>Vorschlag übernehmen: %1</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="190"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="226"/>
        <source>Delete win: %1</source>
        <translation>Erfolg löschen: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../backend/app/Application.cpp" line="61"/>
        <source>Rebound: your private job-search companion.</source>
        <translation>Rebound: dein privater Begleiter bei der Jobsuche.</translation>
    </message>
    <message>
        <location filename="../backend/app/Application.cpp" line="65"/>
        <source>Vault folder.</source>
        <translation>Tresor-Ordner.</translation>
    </message>
    <message>
        <location filename="../backend/app/Application.cpp" line="68"/>
        <source>Render every page to PNG files and exit.</source>
        <translation>Jede Seite als PNG-Datei ausgeben und beenden.</translation>
    </message>
    <message>
        <location filename="../backend/app/Application.cpp" line="71"/>
        <source>Window size, e.g. 390x844.</source>
        <translation>Fenstergröße, z. B. 390x844.</translation>
    </message>
    <message>
        <location filename="../backend/app/Application.cpp" line="75"/>
        <source>Screenshot mode: fill the throw-away vault with sample data.</source>
        <translation>Screenshot-Modus: den Wegwerf-Tresor mit Beispieldaten füllen.</translation>
    </message>
    <message>
        <location filename="../backend/app/Application.cpp" line="78"/>
        <source>Print the time to the first frame and exit (benchmark).</source>
        <translation>Die Zeit bis zum ersten Frame ausgeben und beenden (Benchmark).</translation>
    </message>
    <message>
        <location filename="../backend/app/Application.cpp" line="80"/>
        <source>Screenshot mode: use the dark theme.</source>
        <translation>Screenshot-Modus: das dunkle Design verwenden.</translation>
    </message>
    <message>
        <location filename="../backend/app/Application.cpp" line="83"/>
        <source>Screenshot mode: the language (en, de, es, fr or pseudo).</source>
        <translation>Screenshot-Modus: die Sprache (en, de, es, fr oder pseudo).</translation>
    </message>
    <message>
        <location filename="../backend/app/Application.cpp" line="98"/>
        <source>--size takes WIDTHxHEIGHT, e.g. 390x844.</source>
        <translation>--size nimmt WIDTHxHEIGHT, z. B. 390x844.</translation>
    </message>
</context>
<context>
    <name>rebound::ApplicationController</name>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="58"/>
        <source>&quot;%1&quot; is not a date. Use the form 2026-11-24.</source>
        <translation>„%1“ ist kein Datum. Verwende die Form 2026-11-24.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="64"/>
        <source>Write a salary as a whole number, such as 65000 or 65k.</source>
        <translation>Gib ein Gehalt als ganze Zahl an, etwa 65000 oder 65k.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="95"/>
        <source>A salary must be a whole number from 0 to 1,000,000,000,000.</source>
        <translation>Ein Gehalt muss eine ganze Zahl von 0 bis 1.000.000.000.000 sein.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="136"/>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="138"/>
        <source>Tomorrow, %1</source>
        <translation>Morgen, %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="140"/>
        <source>Yesterday, %1</source>
        <translation>Gestern, %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="142"/>
        <source>ddd d MMM</source>
        <extracomment>A QDate format for a short day, e.g. &quot;Thu 27 Nov&quot;; reorder as your language does.</extracomment>
        <translation>ddd d. MMM</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="142"/>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="143"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="152"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="155"/>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="157"/>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="302"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="341"/>
        <source>The application</source>
        <translation>Die Bewerbung</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="374"/>
        <location filename="../backend/ui/ApplicationController.cpp" line="697"/>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="391"/>
        <location filename="../backend/ui/ApplicationController.cpp" line="443"/>
        <source>Open an application first.</source>
        <translation>Öffne zuerst eine Bewerbung.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="435"/>
        <source>That application no longer exists.</source>
        <translation>Diese Bewerbung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="537"/>
        <source>Pick a time between 00:00 and 23:59.</source>
        <translation>Wähle eine Uhrzeit zwischen 00:00 und 23:59.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="603"/>
        <source>That interview no longer exists.</source>
        <translation>Dieses Gespräch gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="638"/>
        <location filename="../backend/ui/ApplicationController.cpp" line="676"/>
        <source>That feedback no longer exists.</source>
        <translation>Dieses Feedback gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="690"/>
        <source>job-applications</source>
        <translation>bewerbungen</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="703"/>
        <source>Export as &quot;csv&quot; or &quot;json&quot;.</source>
        <translation>Exportiere als „csv“ oder „json“.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="705"/>
        <source>Choose a file on this device to export to.</source>
        <translation>Wähle eine Datei auf diesem Gerät für den Export.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="707"/>
        <source>&quot;%1&quot; is a folder. Choose a file name.</source>
        <translation>„%1“ ist ein Ordner. Wähle einen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="716"/>
        <source>Could not write &quot;%1&quot;. Check that the folder exists and you may write there.</source>
        <translation>„%1“ konnte nicht geschrieben werden. Prüfe, ob der Ordner existiert und du dort schreiben darfst.</translation>
    </message>
</context>
<context>
    <name>rebound::ApplicationListModel</name>
    <message>
        <location filename="../backend/ui/ApplicationListModel.cpp" line="91"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationListModel.cpp" line="96"/>
        <location filename="../backend/ui/ApplicationListModel.cpp" line="127"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>rebound::ChecklistController</name>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="20"/>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="22"/>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="23"/>
        <source>Every %1 weeks</source>
        <translation>Alle %1 Wochen</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="32"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="34"/>
        <source>due tomorrow</source>
        <translation>morgen fällig</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="36"/>
        <source>due in %1 days</source>
        <translation>in %1 Tagen fällig</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="38"/>
        <source>due on %1</source>
        <translation>am %1 fällig</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="40"/>
        <source>1 day overdue</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="41"/>
        <source>%1 days overdue</source>
        <translation>%1 Tage überfällig</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="46"/>
        <source>Not reviewed yet</source>
        <translation>Noch kein Rückblick</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="48"/>
        <source>Last reviewed today</source>
        <translation>Letzter Rückblick heute</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="49"/>
        <source>Last reviewed on %1</source>
        <translation>Letzter Rückblick am %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="58"/>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="153"/>
        <source>%1 rejections in the last %2 days. That is a lot to carry: a review can help you see what to keep and what to change.</source>
        <translation>%1 Absagen in den letzten %2 Tagen. Das ist viel zu tragen: Ein Rückblick kann dir helfen zu sehen, was du beibehalten und was du ändern willst.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="167"/>
        <source>Your review is waiting</source>
        <translation>Dein Rückblick wartet</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="170"/>
        <source>You started “%1” today. Pick up where you left off.</source>
        <translation>Du hast „%1“ heute begonnen. Mach dort weiter, wo du aufgehört hast.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="171"/>
        <source>You started “%1” on %2. Pick up where you left off.</source>
        <translation>Du hast „%1“ am %2 begonnen. Mach dort weiter, wo du aufgehört hast.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="177"/>
        <source>Time for a review</source>
        <translation>Zeit für einen Rückblick</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="179"/>
        <source>“%1” is %2. A calm look back helps you adjust course.</source>
        <translation>„%1“ ist %2. Ein ruhiger Blick zurück hilft dir, den Kurs anzupassen.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="192"/>
        <source>A review might help now</source>
        <translation>Ein Rückblick könnte jetzt helfen</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="204"/>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="261"/>
        <location filename="../backend/ui/ChecklistController.cpp" line="273"/>
        <source>That checklist no longer exists.</source>
        <translation>Diese Checkliste gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="300"/>
        <location filename="../backend/ui/ChecklistController.cpp" line="311"/>
        <source>That question no longer exists.</source>
        <translation>Diese Frage gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>rebound::ContactController</name>
    <message>
        <location filename="../backend/ui/ContactController.cpp" line="134"/>
        <source>off (no tag has a default)</source>
        <translation>aus (kein Tag hat einen Standardwert)</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactController.cpp" line="135"/>
        <source>from tags: %1, %2</source>
        <translation>aus Tags: %1, %2</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactController.cpp" line="173"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Der Tresor ist gesperrt. Entsperre ihn und versuch es noch einmal.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactController.cpp" line="196"/>
        <source>Pick a valid day.</source>
        <translation>Wähle einen gültigen Tag.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactController.cpp" line="245"/>
        <source>That contact no longer exists.</source>
        <translation>Diesen Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactController.cpp" line="301"/>
        <location filename="../backend/ui/ContactController.cpp" line="306"/>
        <source>That interaction no longer exists.</source>
        <translation>Diese Interaktion gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>rebound::ContactListModel</name>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="76"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="212"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="215"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="217"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="219"/>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="221"/>
        <source>%1 weeks ago</source>
        <translation>vor %1 Wochen</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="223"/>
        <source>a month ago</source>
        <translation>vor einem Monat</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="223"/>
        <source>%1 months ago</source>
        <translation>vor %1 Monaten</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="224"/>
        <source>a year ago</source>
        <translation>vor einem Jahr</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="224"/>
        <source>%1 years ago</source>
        <translation>vor %1 Jahren</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="232"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="234"/>
        <source>1 day overdue</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="234"/>
        <source>%1 days overdue</source>
        <translation>%1 Tage überfällig</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="236"/>
        <source>due tomorrow</source>
        <translation>morgen fällig</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="237"/>
        <source>due in %1 days</source>
        <translation>in %1 Tagen fällig</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="242"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="243"/>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="243"/>
        <source>every %1 days</source>
        <translation>alle %1 Tage</translation>
    </message>
</context>
<context>
    <name>rebound::DataController</name>
    <message>
        <location filename="../backend/ui/DataController.cpp" line="149"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../backend/ui/DataController.cpp" line="161"/>
        <source>Export cancelled. Nothing was left behind.</source>
        <translation>Export abgebrochen. Es sind keine Dateien zurückgeblieben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/DataController.cpp" line="164"/>
        <source>Exported %n journal entries and everything else to “%1”. These files are not encrypted: keep them somewhere safe.</source>
        <translation>
            <numerusform>%n Tagebucheintrag und alles andere nach „%1“ exportiert. Diese Dateien sind nicht verschlüsselt: Bewahre sie an einem sicheren Ort auf.</numerusform>
            <numerusform>%n Tagebucheinträge und alles andere nach „%1“ exportiert. Diese Dateien sind nicht verschlüsselt: Bewahre sie an einem sicheren Ort auf.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/DataController.cpp" line="177"/>
        <source>The two passphrases do not match.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../backend/ui/DataController.cpp" line="179"/>
        <source>Use at least %1 characters.</source>
        <translation>Verwende mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../backend/ui/DataController.cpp" line="190"/>
        <source>Writing the backup…</source>
        <translation>Sicherung wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../backend/ui/DataController.cpp" line="200"/>
        <source>Backup cancelled. No file was written.</source>
        <translation>Sicherung abgebrochen. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/DataController.cpp" line="202"/>
        <source>Backed up %n records to “%1”. You need its passphrase to restore it.</source>
        <translation>
            <numerusform>%n Datensatz in „%1“ gesichert. Zum Wiederherstellen brauchst du die Sicherungs-Passphrase.</numerusform>
            <numerusform>%n Datensätze in „%1“ gesichert. Zum Wiederherstellen brauchst du die Sicherungs-Passphrase.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/DataController.cpp" line="218"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../backend/ui/DataController.cpp" line="260"/>
        <source>%1 – %2</source>
        <extracomment>A range of dates: %1 the first, %2 the last.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/DataController.cpp" line="281"/>
        <source>Imported %n check-ins</source>
        <translation>
            <numerusform>Importiert: %n Check-in</numerusform>
            <numerusform>Importiert: %n Check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/DataController.cpp" line="282"/>
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n Tagebucheintrag</numerusform>
            <numerusform>%n Tagebucheinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/DataController.cpp" line="284"/>
        <source>%n new effort tags</source>
        <translation>
            <numerusform>%n neuer Einsatz-Tag</numerusform>
            <numerusform>%n neue Einsatz-Tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/DataController.cpp" line="287"/>
        <source>%n entries were already imported and were skipped.</source>
        <translation>
            <numerusform>%n Eintrag war bereits importiert und wurde übersprungen.</numerusform>
            <numerusform>%n Einträge waren bereits importiert und wurden übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::GoalsController</name>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="28"/>
        <source>Active since %1</source>
        <translation>Aktiv seit %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="30"/>
        <source>Paused since %1</source>
        <translation>Pausiert seit %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="32"/>
        <source>Achieved on %1</source>
        <translation>Erreicht am %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="33"/>
        <source>Dropped on %1</source>
        <translation>Aufgegeben am %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="41"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="41"/>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="47"/>
        <source>by %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="170"/>
        <source>%1 of %2 this week</source>
        <translation>%1 von %2 diese Woche</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="193"/>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="228"/>
        <source>Write the weekly target as a whole number, such as 10.</source>
        <translation>Gib das Wochenziel als ganze Zahl an, etwa 10.</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="237"/>
        <source>Pick a valid day for the goal, or leave it empty.</source>
        <translation>Wähle einen gültigen Tag für das Ziel oder lass das Feld leer.</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="263"/>
        <source>Set the north star at the top of the page.</source>
        <translation>Leg den Leitstern oben auf der Seite fest.</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="283"/>
        <source>That goal no longer exists.</source>
        <translation>Dieses Ziel gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="293"/>
        <source>The north star stays the north star: set it at the top of the page.</source>
        <translation>Der Leitstern bleibt der Leitstern: Leg ihn oben auf der Seite fest.</translation>
    </message>
</context>
<context>
    <name>rebound::JournalModel</name>
    <message>
        <location filename="../backend/ui/JournalModel.cpp" line="198"/>
        <location filename="../backend/ui/JournalModel.cpp" line="217"/>
        <source>That entry no longer exists.</source>
        <translation>Diesen Eintrag gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>rebound::PeopleController</name>
    <message>
        <location filename="../backend/ui/PeopleController.cpp" line="28"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../backend/ui/PeopleController.cpp" line="112"/>
        <location filename="../backend/ui/PeopleController.cpp" line="154"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Der Tresor ist gesperrt. Entsperre ihn und versuch es noch einmal.</translation>
    </message>
    <message>
        <location filename="../backend/ui/PeopleController.cpp" line="118"/>
        <source>Pick a day after today.</source>
        <translation>Wähle einen Tag nach heute.</translation>
    </message>
    <message>
        <location filename="../backend/ui/PeopleController.cpp" line="123"/>
        <source>Nothing is due for this contact right now.</source>
        <translation>Für diesen Kontakt ist gerade nichts fällig.</translation>
    </message>
    <message>
        <location filename="../backend/ui/PeopleController.cpp" line="141"/>
        <source>Snooze for at least one day.</source>
        <translation>Verschiebe um mindestens einen Tag.</translation>
    </message>
    <message>
        <location filename="../backend/ui/PeopleController.cpp" line="160"/>
        <source>That contact no longer exists.</source>
        <translation>Diesen Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/ui/PeopleController.cpp" line="168"/>
        <source>That template no longer exists.</source>
        <translation>Diese Vorlage gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>rebound::RejectionFlowController</name>
    <message>
        <location filename="../backend/ui/RejectionFlowController.cpp" line="51"/>
        <source>Check in with your feelings</source>
        <translation>Gefühle wahrnehmen</translation>
    </message>
    <message>
        <location filename="../backend/ui/RejectionFlowController.cpp" line="53"/>
        <source>Ask for feedback</source>
        <translation>Um Feedback bitten</translation>
    </message>
    <message>
        <location filename="../backend/ui/RejectionFlowController.cpp" line="55"/>
        <source>Make your case</source>
        <translation>Argumente nennen</translation>
    </message>
    <message>
        <location filename="../backend/ui/RejectionFlowController.cpp" line="57"/>
        <source>Don&apos;t burn bridges</source>
        <translation>Keine Brücken abbrechen</translation>
    </message>
    <message>
        <location filename="../backend/ui/RejectionFlowController.cpp" line="59"/>
        <source>Name what went well</source>
        <translation>Benennen, was gut lief</translation>
    </message>
    <message>
        <location filename="../backend/ui/RejectionFlowController.cpp" line="122"/>
        <source>That application no longer exists.</source>
        <translation>Diese Bewerbung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/ui/RejectionFlowController.cpp" line="258"/>
        <source>Pick a valid day for the reminder.</source>
        <translation>Wähle einen gültigen Tag für die Erinnerung.</translation>
    </message>
</context>
<context>
    <name>rebound::ReviewController</name>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="39"/>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="44"/>
        <source>No check-ins in this period.</source>
        <translation>Keine Check-ins in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="46"/>
        <source>Mood %1 on the one day you checked in.</source>
        <translation>Stimmung %1 an dem einen Tag, an dem du einen Check-in gemacht hast.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="47"/>
        <source>Mood averaged %1 over %2 days.</source>
        <translation>Stimmung im Schnitt %1 an %2 Tagen.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="54"/>
        <source>%1 About the same as the weeks before.</source>
        <translation>%1 Etwa wie in den Wochen davor.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="56"/>
        <source>%1 Up %2 on the weeks before (%3).</source>
        <translation>%1 Um %2 höher als in den Wochen davor (%3).</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="59"/>
        <source>%1 Down %2 on the weeks before (%3).</source>
        <translation>%1 Um %2 niedriger als in den Wochen davor (%3).</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="61"/>
        <source>%1 Down %2 on the weeks before (%3): be kind to yourself.</source>
        <translation>%1 Um %2 niedriger als in den Wochen davor (%3): Sei freundlich zu dir.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="67"/>
        <source>%1 a week (target %2) · met in %3 of %4 weeks</source>
        <translation>%1 pro Woche (Ziel %2) · erreicht in %3 von %4 Wochen</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="118"/>
        <location filename="../backend/ui/ReviewController.cpp" line="234"/>
        <source>Finished %1</source>
        <translation>Abgeschlossen am %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="119"/>
        <location filename="../backend/ui/ReviewController.cpp" line="235"/>
        <source>Started %1</source>
        <translation>Begonnen am %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="168"/>
        <source>Added “%1” as an alternative path to “%2”</source>
        <translation>„%1“ als alternativen Weg zu „%2“ hinzugefügt</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="168"/>
        <source>Adds “%1” as an alternative path to “%2”</source>
        <translation>Fügt „%1“ als alternativen Weg zu „%2“ hinzu</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="169"/>
        <location filename="../backend/ui/ReviewController.cpp" line="174"/>
        <source>a goal that no longer exists</source>
        <translation>ein Ziel, das es nicht mehr gibt</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="171"/>
        <source>Added the goal “%1” (%2)</source>
        <translation>Ziel „%1“ hinzugefügt (%2)</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="171"/>
        <source>Adds the goal “%1” (%2)</source>
        <translation>Fügt das Ziel „%1“ hinzu (%2)</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="175"/>
        <source>Marked “%1” as %2</source>
        <translation>„%1“ als %2 markiert</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="175"/>
        <source>Marks “%1” as %2</source>
        <translation>Markiert „%1“ als %2</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="178"/>
        <source>Planned “%1” for %2 (%3)</source>
        <translation>„%1“ für %2 geplant (%3)</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="178"/>
        <source>Plans “%1” for %2 (%3)</source>
        <translation>Plant „%1“ für %2 (%3)</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="293"/>
        <source>Since your last review on %1 (%2 days)</source>
        <translation>Seit deinem letzten Rückblick am %1 (%2 Tage)</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="296"/>
        <source>The last %1 days: %2 to %3</source>
        <translation>Die letzten %1 Tage: %2 bis %3</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="361"/>
        <source>named once</source>
        <translation>einmal genannt</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="361"/>
        <source>named %1 times</source>
        <translation>%1-mal genannt</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="395"/>
        <location filename="../backend/ui/ReviewController.cpp" line="565"/>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="427"/>
        <source>That review no longer exists.</source>
        <translation>Diesen Rückblick gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="449"/>
        <location filename="../backend/ui/ReviewController.cpp" line="459"/>
        <source>That question is no longer part of the review.</source>
        <translation>Diese Frage gehört nicht mehr zum Rückblick.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="473"/>
        <location filename="../backend/ui/ReviewController.cpp" line="481"/>
        <location filename="../backend/ui/ReviewController.cpp" line="571"/>
        <source>Open a review first.</source>
        <translation>Öffne zuerst einen Rückblick.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="491"/>
        <source>1 goal added or changed</source>
        <translation>1 Ziel hinzugefügt oder geändert</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="491"/>
        <source>%1 goals added or changed</source>
        <translation>%1 Ziele hinzugefügt oder geändert</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="492"/>
        <source>1 skills action planned</source>
        <translation>1 Kompetenz-Maßnahme geplant</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="492"/>
        <source>%1 skills actions planned</source>
        <translation>%1 Kompetenz-Maßnahmen geplant</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="495"/>
        <source>Review finished.</source>
        <translation>Rückblick abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="497"/>
        <location filename="../backend/ui/ReviewController.cpp" line="499"/>
        <source>Review finished: %1.</source>
        <translation>Rückblick abgeschlossen: %1.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="501"/>
        <source>Review finished: %1 and %2.</source>
        <translation>Rückblick abgeschlossen: %1 und %2.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="541"/>
        <source>Could not copy the review.</source>
        <translation>Der Rückblick konnte nicht kopiert werden.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="553"/>
        <source>review-%1</source>
        <translation>rueckblick-%1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="573"/>
        <source>Choose a file on this device to export to.</source>
        <translation>Wähle eine Datei auf diesem Gerät für den Export.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="575"/>
        <source>&quot;%1&quot; is a folder. Choose a file name.</source>
        <translation>„%1“ ist ein Ordner. Wähle einen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="578"/>
        <source>Could not read the review from the vault.</source>
        <translation>Der Rückblick konnte nicht aus dem Tresor gelesen werden.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="585"/>
        <source>Could not write &quot;%1&quot;. Check that the folder exists and you may write there.</source>
        <translation>„%1“ konnte nicht geschrieben werden. Prüfe, ob der Ordner existiert und du dort schreiben darfst.</translation>
    </message>
</context>
<context>
    <name>rebound::SettingsController</name>
    <message>
        <location filename="../backend/ui/SettingsController.cpp" line="37"/>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
</context>
<context>
    <name>rebound::SkillsPlanController</name>
    <message>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="22"/>
        <source>not named in feedback yet</source>
        <translation>im Feedback noch nicht genannt</translation>
    </message>
    <message>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="25"/>
        <source>last named today</source>
        <translation>zuletzt heute genannt</translation>
    </message>
    <message>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="27"/>
        <source>last named yesterday</source>
        <translation>zuletzt gestern genannt</translation>
    </message>
    <message>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="29"/>
        <source>last named %1 days ago</source>
        <translation>zuletzt vor %1 Tagen genannt</translation>
    </message>
    <message>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="30"/>
        <source>last named on %1</source>
        <translation>zuletzt am %1 genannt</translation>
    </message>
    <message>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="149"/>
        <source>Pick a valid due day, or leave it empty.</source>
        <translation>Wähle einen gültigen Fälligkeitstag oder lass das Feld leer.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="188"/>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="200"/>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="210"/>
        <source>That action no longer exists.</source>
        <translation>Diese Maßnahme gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>rebound::TodayController</name>
    <message>
        <location filename="../backend/ui/TodayController.cpp" line="145"/>
        <source>That check-in no longer exists.</source>
        <translation>Diesen Check-in gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../backend/ui/TodayController.cpp" line="157"/>
        <source>That win no longer exists.</source>
        <translation>Diesen Erfolg gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>rebound::VaultController</name>
    <message>
        <location filename="../backend/ui/VaultController.cpp" line="89"/>
        <source>The two passphrases do not match.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../backend/ui/VaultController.cpp" line="91"/>
        <location filename="../backend/ui/VaultController.cpp" line="148"/>
        <source>Use at least %1 characters.</source>
        <translation>Verwende mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../backend/ui/VaultController.cpp" line="106"/>
        <source>Enter your passphrase.</source>
        <translation>Gib deine Passphrase ein.</translation>
    </message>
    <message>
        <location filename="../backend/ui/VaultController.cpp" line="119"/>
        <source>Choose the backup file first.</source>
        <translation>Wähle zuerst die Sicherungsdatei.</translation>
    </message>
    <message>
        <location filename="../backend/ui/VaultController.cpp" line="121"/>
        <source>Enter the backup&apos;s passphrase.</source>
        <translation>Gib die Sicherungs-Passphrase ein.</translation>
    </message>
    <message>
        <location filename="../backend/ui/VaultController.cpp" line="146"/>
        <source>The two new passphrases do not match.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
</TS>
