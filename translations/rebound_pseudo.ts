<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_XA">
    <context>
        <name>AboutSection</name>
        <message>
            <location filename="../qml/settings/AboutSection.qml" line="14" />
            <source>About</source>
            <translation>⟦Àböût··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/AboutSection.qml" line="19" />
            <source>Version</source>
            <translation>⟦Véršîöñ··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/AboutSection.qml" line="22" />
            <source>Platform</source>
            <translation>⟦Plàtförm···⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/AboutSection.qml" line="25" />
            <source>Vault location</source>
            <translation>⟦Vàûlt löçàtîöñ·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/AboutSection.qml" line="68" />
            <source>Your data is encrypted on this device with SQLCipher; keys are derived from your passphrase with Argon2id.</source>
            <translation>⟦Ýöûr dàtà îš éñçrýptéd öñ thîš dévîçé wîth ŠQLÇîphér; kéýš àré dérîvéd fröm ýöûr pàššphràšé wîth Àrgöñ2îd.··········································⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/AboutSection.qml" line="78" />
            <source>Built with</source>
            <translation>⟦Bûîlt wîth····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/AboutSection.qml" line="87" />
            <source>public domain</source>
            <translation>⟦pûblîç dömàîñ·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/AboutSection.qml" line="97" />
            <source>%1, licence %2</source>
            <translation>⟦%1, lîçéñçé %2·····⟧</translation>
        </message>
    </context>
    <context>
        <name>AndroidNotifier</name>
        <message>
            <location filename="../platform/android/AndroidNotifier.cpp" line="35" />
            <source>Reminders</source>
            <translation>⟦Rémîñdérš···⟧</translation>
        </message>
        <message>
            <location filename="../platform/android/AndroidNotifier.cpp" line="51" />
            <source>Notifications are turned off for Rebound in the system settings.</source>
            <translation>⟦Ñötîfîçàtîöñš àré tûrñéd öff för Réböûñd îñ thé šýštém šéttîñgš.·························⟧</translation>
        </message>
        <message>
            <location filename="../platform/android/AndroidNotifier.cpp" line="62" />
            <source>Android refused the reminders notification channel.</source>
            <translation>⟦Àñdröîd réfûšéd thé rémîñdérš ñötîfîçàtîöñ çhàññél.····················⟧</translation>
        </message>
        <message>
            <location filename="../platform/android/AndroidNotifier.cpp" line="82" />
            <source>Android did not show the notification.</source>
            <translation>⟦Àñdröîd dîd ñöt šhöw thé ñötîfîçàtîöñ.···············⟧</translation>
        </message>
    </context>
    <context>
        <name>AppLogo</name>
        <message>
            <location filename="../qml/components/AppLogo.qml" line="20" />
            <source>Rebound logo</source>
            <translation>⟦Réböûñd lögö····⟧</translation>
        </message>
    </context>
    <context>
        <name>AppShell</name>
        <message numerus="yes">
            <location filename="../qml/shell/AppShell.qml" line="421" />
            <source>%n reminders are waiting for you.</source>
            <translation>
                <numerusform>⟦%n rémîñdérš àré wàîtîñg för ýöû.·············⟧</numerusform>
                <numerusform>⟦%n rémîñdérš àré wàîtîñg för ýöû.·············⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qml/shell/AppShell.qml" line="421" />
            <source>Open</source>
            <translation>⟦Öpéñ·⟧</translation>
        </message>
    </context>
    <context>
        <name>ApplicationBoard</name>
        <message>
            <location filename="../qml/jobs/ApplicationBoard.qml" line="27" />
            <source>Closed</source>
            <translation>⟦Çlöšéd··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationBoard.qml" line="39" />
            <source>Pipeline board</source>
            <translation>⟦Pîpélîñé böàrd·····⟧</translation>
        </message>
    </context>
    <context>
        <name>ApplicationCard</name>
        <message>
            <location filename="../qml/jobs/ApplicationCard.qml" line="28" />
            <source>Since today</source>
            <translation>⟦Šîñçé tödàý····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationCard.qml" line="28" />
            <source>1 day</source>
            <translation>⟦1 dàý··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationCard.qml" line="28" />
            <source>%1 days</source>
            <translation>⟦%1 dàýš··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationCard.qml" line="29" />
            <location filename="../qml/jobs/ApplicationCard.qml" line="134" />
            <source> · </source>
            <translation>⟦ · ·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationCard.qml" line="41" />
            <source>next interview %1</source>
            <translation>⟦ñéxt îñtérvîéw %1······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationCard.qml" line="41" />
            <source>, </source>
            <translation>⟦, ·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationCard.qml" line="107" />
            <source>Move %1 to…</source>
            <translation>⟦Mövé %1 tö…····⟧</translation>
        </message>
    </context>
    <context>
        <name>ApplicationEditor</name>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="34" />
            <source>Write a salary as a whole number, such as 65000 or 65k.</source>
            <translation>⟦Wrîté à šàlàrý àš à whölé ñûmbér, šûçh àš 65000 ör 65k.······················⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="49" />
            <source>The link must be a web address (http or https).</source>
            <translation>⟦Thé lîñk mûšt bé à wéb àddréšš (http ör httpš).··················⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="62" />
            <source>Name the company.</source>
            <translation>⟦Ñàmé thé çömpàñý.······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="72" />
            <source>The lowest salary is above the highest.</source>
            <translation>⟦Thé löwéšt šàlàrý îš àbövé thé hîghéšt.···············⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="75" />
            <source>A currency is three letters, such as EUR or USD.</source>
            <translation>⟦À çûrréñçý îš thréé léttérš, šûçh àš ÉÛR ör ÛŠD.···················⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="147" />
            <source>New application</source>
            <translation>⟦Ñéw àpplîçàtîöñ······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="147" />
            <source>Edit application</source>
            <translation>⟦Édît àpplîçàtîöñ······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="168" />
            <source>Company</source>
            <translation>⟦Çömpàñý··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="176" />
            <source>e.g. Northwind Traders</source>
            <translation>⟦é.g. Ñörthwîñd Tràdérš········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="179" />
            <source>Company (required)</source>
            <translation>⟦Çömpàñý (réqûîréd)·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="184" />
            <location filename="../qml/jobs/ApplicationEditor.qml" line="194" />
            <source>Role</source>
            <translation>⟦Rölé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="191" />
            <source>e.g. Data Analyst</source>
            <translation>⟦é.g. Dàtà Àñàlýšt······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="199" />
            <source>Where it stands</source>
            <translation>⟦Whéré ît štàñdš······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="214" />
            <source>Stage</source>
            <translation>⟦Štàgé··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="222" />
            <source>Since</source>
            <translation>⟦Šîñçé··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="227" />
            <source>Job ad</source>
            <translation>⟦Jöb àd··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="238" />
            <source>Link, e.g. jobs.example.com/123</source>
            <translation>⟦Lîñk, é.g. jöbš.éxàmplé.çöm/123············⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="242" />
            <source>Link to the job ad</source>
            <translation>⟦Lîñk tö thé jöb àd·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="247" />
            <source>Open the link</source>
            <translation>⟦Öpéñ thé lîñk·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="254" />
            <source>Found through</source>
            <translation>⟦Föûñd thröûgh·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="261" />
            <source>e.g. LinkedIn or a referral</source>
            <translation>⟦é.g. LîñkédÎñ ör à référràl··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="264" />
            <source>Source</source>
            <translation>⟦Šöûrçé··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="282" />
            <source>Use source %1</source>
            <translation>⟦Ûšé šöûrçé %1·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="289" />
            <source>Location and way of working</source>
            <translation>⟦Löçàtîöñ àñd wàý öf wörkîñg··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="296" />
            <source>e.g. Berlin</source>
            <translation>⟦é.g. Bérlîñ····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="299" />
            <source>Location</source>
            <translation>⟦Löçàtîöñ···⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="304" />
            <source>Way of working</source>
            <translation>⟦Wàý öf wörkîñg·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="312" />
            <source>Salary range (optional)</source>
            <translation>⟦Šàlàrý ràñgé (öptîöñàl)·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="324" />
            <source>From</source>
            <translation>⟦Fröm·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="327" />
            <source>Lowest salary</source>
            <translation>⟦Löwéšt šàlàrý·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="331" />
            <source>–</source>
            <translation>⟦–·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="341" />
            <source>To</source>
            <translation>⟦Tö·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="344" />
            <source>Highest salary</source>
            <translation>⟦Hîghéšt šàlàrý·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="351" />
            <source>EUR</source>
            <translation>⟦ÉÛR·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="356" />
            <source>Currency</source>
            <translation>⟦Çûrréñçý···⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="361" />
            <location filename="../qml/jobs/ApplicationEditor.qml" line="374" />
            <source>Notes</source>
            <translation>⟦Ñötéš··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="369" />
            <source>What caught your eye, questions to ask, next steps…</source>
            <translation>⟦Whàt çàûght ýöûr éýé, qûéštîöñš tö àšk, ñéxt štépš…····················⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="391" />
            <source>Delete</source>
            <translation>⟦Délété··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="393" />
            <source>Delete application</source>
            <translation>⟦Délété àpplîçàtîöñ·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="403" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="413" />
            <source>Save</source>
            <translation>⟦Šàvé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationEditor.qml" line="414" />
            <source>Save application</source>
            <translation>⟦Šàvé àpplîçàtîöñ······⟧</translation>
        </message>
    </context>
    <context>
        <name>ApplicationList</name>
        <message>
            <location filename="../qml/jobs/ApplicationList.qml" line="31" />
            <source>Applications</source>
            <translation>⟦Àpplîçàtîöñš····⟧</translation>
        </message>
    </context>
    <context>
        <name>ApplicationView</name>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="21" />
            <source> · </source>
            <translation>⟦ · ·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="42" />
            <source>Application: %1</source>
            <translation>⟦Àpplîçàtîöñ: %1······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="42" />
            <source>Application</source>
            <translation>⟦Àpplîçàtîöñ····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="57" />
            <source>Back to the applications</source>
            <translation>⟦Bàçk tö thé àpplîçàtîöñš·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="57" />
            <source>Close the application</source>
            <translation>⟦Çlöšé thé àpplîçàtîöñ········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="68" />
            <source>Delete</source>
            <translation>⟦Délété··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="70" />
            <source>Delete application</source>
            <translation>⟦Délété àpplîçàtîöñ·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="77" />
            <source>Edit</source>
            <translation>⟦Édît·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="78" />
            <source>Edit application</source>
            <translation>⟦Édît àpplîçàtîöñ······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="163" />
            <source>Since today</source>
            <translation>⟦Šîñçé tödàý····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="163" />
            <source>Since %1 · 1 day</source>
            <translation>⟦Šîñçé %1 · 1 dàý······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="163" />
            <source>Since %1 · %2 days</source>
            <translation>⟦Šîñçé %1 · %2 dàýš·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="173" />
            <source>Move to…</source>
            <translation>⟦Mövé tö…···⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="175" />
            <source>Move to another stage</source>
            <translation>⟦Mövé tö àñöthér štàgé········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="196" />
            <source>Open the job ad: %1</source>
            <translation>⟦Öpéñ thé jöb àd: %1·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="228" />
            <source>Where</source>
            <translation>⟦Whéré··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="235" />
            <source>Salary</source>
            <translation>⟦Šàlàrý··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="242" />
            <source>Found through</source>
            <translation>⟦Föûñd thröûgh·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="259" />
            <source>Interviews</source>
            <translation>⟦Îñtérvîéwš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="260" />
            <location filename="../qml/jobs/ApplicationView.qml" line="282" />
            <location filename="../qml/jobs/ApplicationView.qml" line="315" />
            <source>Add</source>
            <translation>⟦Àdd·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="261" />
            <source>Add an interview</source>
            <translation>⟦Àdd àñ îñtérvîéw······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="263" />
            <source>Log an interview to get a prep reminder the day before and a place for your reflection.</source>
            <translation>⟦Lög àñ îñtérvîéw tö gét à prép rémîñdér thé dàý béföré àñd à plàçé för ýöûr réfléçtîöñ.··································⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="281" />
            <source>Feedback</source>
            <translation>⟦Féédbàçk···⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="283" />
            <source>Add feedback</source>
            <translation>⟦Àdd féédbàçk····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="285" />
            <source>Whatever you hear back, from them or from a mock interview, feeds your skills plan.</source>
            <translation>⟦Whàtévér ýöû héàr bàçk, fröm thém ör fröm à möçk îñtérvîéw, féédš ýöûr škîllš plàñ.·································⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="303" />
            <source>Stage history</source>
            <translation>⟦Štàgé hîštörý·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="314" />
            <source>People</source>
            <translation>⟦Péöplé··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="316" />
            <source>Add a person</source>
            <translation>⟦Àdd à péršöñ····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="318" />
            <source>Recruiters, hiring managers, whoever referred you.</source>
            <translation>⟦Réçrûîtérš, hîrîñg màñàgérš, whöévér référréd ýöû.····················⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="361" />
            <source>%1 · %2</source>
            <translation>⟦%1 · %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="371" />
            <source>Remove %1</source>
            <translation>⟦Rémövé %1···⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="381" />
            <source>Reminders</source>
            <translation>⟦Rémîñdérš···⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="395" />
            <source>%1, due %2</source>
            <translation>⟦%1, dûé %2····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="413" />
            <source>Was due %1</source>
            <translation>⟦Wàš dûé %1····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="428" />
            <source>This application is gone</source>
            <translation>⟦Thîš àpplîçàtîöñ îš göñé·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="428" />
            <source>Pick an application</source>
            <translation>⟦Pîçk àñ àpplîçàtîöñ·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="429" />
            <source>It may have been deleted.</source>
            <translation>⟦Ît màý hàvé bééñ délétéd.··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ApplicationView.qml" line="429" />
            <source>Its interviews, feedback and history open here.</source>
            <translation>⟦Îtš îñtérvîéwš, féédbàçk àñd hîštörý öpéñ héré.··················⟧</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <location filename="../backend/services/Backup.cpp" line="59" />
            <source>The backup file %1 is damaged or incomplete. Nothing was restored from it.</source>
            <translation>⟦Thé bàçkûp fîlé %1 îš dàmàgéd ör îñçömplété. Ñöthîñg wàš réštöréd fröm ît.·····························⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/Backup.cpp" line="141" />
            <source>There is not enough space to write the backup to %1.</source>
            <translation>⟦Théré îš ñöt éñöûgh špàçé tö wrîté thé bàçkûp tö %1.····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/Backup.cpp" line="142" />
            <source>Could not write the backup to %1: %2</source>
            <translation>⟦Çöûld ñöt wrîté thé bàçkûp tö %1: %2··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/Backup.cpp" line="169" />
            <source>The key-derivation settings are out of the allowed range.</source>
            <translation>⟦Thé kéý-dérîvàtîöñ šéttîñgš àré öût öf thé àllöwéd ràñgé.······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/Backup.cpp" line="212" />
            <source>Could not open %1: %2</source>
            <translation>⟦Çöûld ñöt öpéñ %1: %2········⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/Backup.cpp" line="217" />
            <source>%1 is not a Rebound backup file.</source>
            <translation>⟦%1 îš ñöt à Réböûñd bàçkûp fîlé.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/Backup.cpp" line="224" />
            <source>This backup was made by a newer version of Rebound. Update the app to restore it.</source>
            <translation>⟦Thîš bàçkûp wàš màdé bý à ñéwér véršîöñ öf Réböûñd. Ûpdàté thé àpp tö réštöré ît.································⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/Backup.cpp" line="274" />
            <source>The backup passphrase is wrong, or the file is damaged.</source>
            <translation>⟦Thé bàçkûp pàššphràšé îš wröñg, ör thé fîlé îš dàmàgéd.······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/Backup.cpp" line="338" />
            <source>A vault already exists in %1.</source>
            <translation>⟦À vàûlt àlréàdý éxîštš îñ %1.···········⟧</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <location filename="../qml/settings/BackupDialog.qml" line="24" />
            <source>Create an encrypted backup</source>
            <translation>⟦Çréàté àñ éñçrýptéd bàçkûp··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/BackupDialog.qml" line="43" />
            <source>Choose a passphrase for this backup. It can be your vault's. Nobody can open the backup without it, and nobody can recover it.</source>
            <translation>⟦Çhööšé à pàššphràšé för thîš bàçkûp. Ît çàñ bé ýöûr vàûlt'š. Ñöbödý çàñ öpéñ thé bàçkûp wîthöût ît, àñd ñöbödý çàñ réçövér ît.··················································⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/BackupDialog.qml" line="53" />
            <source>Backup passphrase</source>
            <translation>⟦Bàçkûp pàššphràšé······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/BackupDialog.qml" line="62" />
            <source>Use at least %1 characters.</source>
            <translation>⟦Ûšé àt léàšt %1 çhàràçtérš.··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/BackupDialog.qml" line="69" />
            <source>Repeat the backup passphrase</source>
            <translation>⟦Répéàt thé bàçkûp pàššphràšé···········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/BackupDialog.qml" line="85" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/BackupDialog.qml" line="94" />
            <source>Save backup…</source>
            <translation>⟦Šàvé bàçkûp…····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/BackupDialog.qml" line="95" />
            <source>Choose where to save the backup</source>
            <translation>⟦Çhööšé whéré tö šàvé thé bàçkûp············⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/BackupDialog.qml" line="103" />
            <source>Save the backup as</source>
            <translation>⟦Šàvé thé bàçkûp àš·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/BackupDialog.qml" line="106" />
            <source>Rebound backups (*.rebound-backup)</source>
            <translation>⟦Réböûñd bàçkûpš (*.réböûñd-bàçkûp)·············⟧</translation>
        </message>
    </context>
    <context>
        <name>BoardColumn</name>
        <message>
            <location filename="../qml/jobs/BoardColumn.qml" line="26" />
            <source>%1, %2</source>
            <translation>⟦%1, %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/BoardColumn.qml" line="26" />
            <source>1 application</source>
            <translation>⟦1 àpplîçàtîöñ·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/BoardColumn.qml" line="26" />
            <source>%1 applications</source>
            <translation>⟦%1 àpplîçàtîöñš······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/BoardColumn.qml" line="121" />
            <source>Nothing here</source>
            <translation>⟦Ñöthîñg héré····⟧</translation>
        </message>
    </context>
    <context>
        <name>BottomBar</name>
        <message>
            <location filename="../qml/shell/BottomBar.qml" line="19" />
            <source>Main navigation</source>
            <translation>⟦Màîñ ñàvîgàtîöñ······⟧</translation>
        </message>
    </context>
    <context>
        <name>CalendarDayCell</name>
        <message>
            <location filename="../qml/journal/CalendarDayCell.qml" line="25" />
            <source>, </source>
            <translation>⟦, ·⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/CalendarDayCell.qml" line="26" />
            <source>mood %1</source>
            <translation>⟦mööd %1··⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/CalendarDayCell.qml" line="26" />
            <source>no mood</source>
            <translation>⟦ñö mööd··⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/CalendarDayCell.qml" line="28" />
            <source>1 check-in</source>
            <translation>⟦1 çhéçk-îñ····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/CalendarDayCell.qml" line="28" />
            <source>%1 check-ins</source>
            <translation>⟦%1 çhéçk-îñš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/CalendarDayCell.qml" line="30" />
            <source>1 entry</source>
            <translation>⟦1 éñtrý··⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/CalendarDayCell.qml" line="30" />
            <source>%1 entries</source>
            <translation>⟦%1 éñtrîéš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/CalendarDayCell.qml" line="32" />
            <source>today</source>
            <translation>⟦tödàý··⟧</translation>
        </message>
    </context>
    <context>
        <name>CalendarGrid</name>
        <message>
            <location filename="../qml/journal/CalendarGrid.qml" line="39" />
            <source>Month calendar</source>
            <translation>⟦Möñth çàléñdàr·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/CalendarGrid.qml" line="93" />
            <source>%1 %2</source>
            <translation>⟦%1 %2··⟧</translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <location filename="../qml/journal/CalendarView.qml" line="71" />
            <source>Previous month</source>
            <translation>⟦Prévîöûš möñth·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/CalendarView.qml" line="89" />
            <source>Next month</source>
            <translation>⟦Ñéxt möñth····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/CalendarView.qml" line="118" />
            <source>This month</source>
            <translation>⟦Thîš möñth····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/CalendarView.qml" line="119" />
            <source>Back to this month</source>
            <translation>⟦Bàçk tö thîš möñth·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/CalendarView.qml" line="129" />
            <source>%1 · %2</source>
            <translation>⟦%1 · %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/CalendarView.qml" line="151" />
            <source>No journal entries on this day.</source>
            <translation>⟦Ñö jöûrñàl éñtrîéš öñ thîš dàý.············⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/CalendarView.qml" line="161" />
            <source>Tap a day to see its entries.</source>
            <translation>⟦Tàp à dàý tö šéé îtš éñtrîéš.···········⟧</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <location filename="../backend/storage/CatalogRepository.cpp" line="36" />
            <source>disappointed</source>
            <translation>⟦dîšàppöîñtéd····⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CatalogRepository.cpp" line="37" />
            <source>frustrated</source>
            <translation>⟦frûštràtéd····⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CatalogRepository.cpp" line="38" />
            <source>disheartened</source>
            <translation>⟦dîšhéàrtéñéd····⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CatalogRepository.cpp" line="39" />
            <source>anxious</source>
            <translation>⟦àñxîöûš··⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CatalogRepository.cpp" line="40" />
            <source>embarrassed</source>
            <translation>⟦émbàrràššéd····⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CatalogRepository.cpp" line="41" />
            <source>overwhelmed</source>
            <translation>⟦övérwhélméd····⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CatalogRepository.cpp" line="42" />
            <source>hopeful</source>
            <translation>⟦höpéfûl··⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CatalogRepository.cpp" line="43" />
            <source>relieved</source>
            <translation>⟦rélîévéd···⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CatalogRepository.cpp" line="44" />
            <source>proud</source>
            <translation>⟦pröûd··⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CatalogRepository.cpp" line="45" />
            <source>motivated</source>
            <translation>⟦mötîvàtéd···⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CatalogRepository.cpp" line="46" />
            <source>calm</source>
            <translation>⟦çàlm·⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CatalogRepository.cpp" line="47" />
            <source>grateful</source>
            <translation>⟦gràtéfûl···⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CatalogRepository.cpp" line="52" />
            <source>applied</source>
            <translation>⟦àpplîéd··⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CatalogRepository.cpp" line="53" />
            <source>reached out</source>
            <translation>⟦réàçhéd öût····⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CatalogRepository.cpp" line="54" />
            <source>practised</source>
            <translation>⟦pràçtîšéd···⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CatalogRepository.cpp" line="55" />
            <source>learned</source>
            <translation>⟦léàrñéd··⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CatalogRepository.cpp" line="56" />
            <source>exercised</source>
            <translation>⟦éxérçîšéd···⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CatalogRepository.cpp" line="57" />
            <source>rested</source>
            <translation>⟦réštéd··⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CatalogRepository.cpp" line="137" />
            <location filename="../backend/storage/CatalogRepository.cpp" line="205" />
            <source>Please give it a name.</source>
            <translation>⟦Pléàšé gîvé ît à ñàmé.········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CatalogRepository.cpp" line="143" />
            <source>“%1” is already in the list, hidden. Show it again instead.</source>
            <translation>⟦“%1” îš àlréàdý îñ thé lîšt, hîddéñ. Šhöw ît àgàîñ îñštéàd.·······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CatalogRepository.cpp" line="144" />
            <location filename="../backend/storage/CatalogRepository.cpp" line="214" />
            <source>“%1” is already in the list.</source>
            <translation>⟦“%1” îš àlréàdý îñ thé lîšt.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CatalogRepository.cpp" line="148" />
            <source>The list is full (at most %1 items).</source>
            <translation>⟦Thé lîšt îš fûll (àt möšt %1 îtémš).··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CatalogRepository.cpp" line="171" />
            <source>That item no longer exists.</source>
            <translation>⟦Thàt îtém ñö löñgér éxîštš.··········⟧</translation>
        </message>
    </context>
    <context>
        <name>CatalogEditor</name>
        <message>
            <location filename="../qml/settings/CatalogEditor.qml" line="15" />
            <source>New item</source>
            <translation>⟦Ñéw îtém···⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CatalogEditor.qml" line="82" />
            <source>Kind of feeling</source>
            <translation>⟦Kîñd öf féélîñg······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CatalogEditor.qml" line="86" />
            <source>Hard</source>
            <translation>⟦Hàrd·⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CatalogEditor.qml" line="89" />
            <source>Neutral</source>
            <translation>⟦Ñéûtràl··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CatalogEditor.qml" line="92" />
            <source>Good</source>
            <translation>⟦Gööd·⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CatalogEditor.qml" line="99" />
            <source>Add</source>
            <translation>⟦Àdd·⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CatalogEditor.qml" line="100" />
            <source>Add %1</source>
            <translation>⟦Àdd %1··⟧</translation>
        </message>
    </context>
    <context>
        <name>CatalogItemRow</name>
        <message>
            <location filename="../qml/settings/CatalogItemRow.qml" line="24" />
            <source>Hard</source>
            <translation>⟦Hàrd·⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CatalogItemRow.qml" line="24" />
            <source>Good</source>
            <translation>⟦Gööd·⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CatalogItemRow.qml" line="24" />
            <source>Neutral</source>
            <translation>⟦Ñéûtràl··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CatalogItemRow.qml" line="34" />
            <source>built-in</source>
            <translation>⟦bûîlt-îñ···⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CatalogItemRow.qml" line="36" />
            <source>hidden</source>
            <translation>⟦hîddéñ··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CatalogItemRow.qml" line="93" />
            <source>Rename %1</source>
            <translation>⟦Réñàmé %1···⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CatalogItemRow.qml" line="100" />
            <source>Show %1 on the Today page</source>
            <translation>⟦Šhöw %1 öñ thé Tödàý pàgé··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CatalogItemRow.qml" line="117" />
            <source>New name for %1</source>
            <translation>⟦Ñéw ñàmé för %1······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CatalogItemRow.qml" line="124" />
            <source>Save name</source>
            <translation>⟦Šàvé ñàmé···⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CatalogItemRow.qml" line="132" />
            <source>Cancel renaming</source>
            <translation>⟦Çàñçél réñàmîñg······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CatalogItemRow.qml" line="142" />
            <source>Reset to original name</source>
            <translation>⟦Réšét tö örîgîñàl ñàmé········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CatalogItemRow.qml" line="143" />
            <source>Reset %1 to its original name</source>
            <translation>⟦Réšét %1 tö îtš örîgîñàl ñàmé···········⟧</translation>
        </message>
    </context>
    <context>
        <name>CatalogSection</name>
        <message>
            <location filename="../qml/settings/CatalogSection.qml" line="15" />
            <source>Emotions &amp; effort tags</source>
            <translation>⟦Émötîöñš &amp; éffört tàgš········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CatalogSection.qml" line="20" />
            <source>List to edit</source>
            <translation>⟦Lîšt tö édît····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CatalogSection.qml" line="24" />
            <source>Emotions</source>
            <translation>⟦Émötîöñš···⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CatalogSection.qml" line="27" />
            <source>Effort tags</source>
            <translation>⟦Éffört tàgš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CatalogSection.qml" line="37" />
            <source>Feelings you can name in a check-in. Hidden ones stay in past check-ins but are not offered.</source>
            <translation>⟦Féélîñgš ýöû çàñ ñàmé îñ à çhéçk-îñ. Hîddéñ öñéš štàý îñ pàšt çhéçk-îñš bût àré ñöt öfféréd.····································⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CatalogSection.qml" line="37" />
            <source>Things in your control that you did: applying, reaching out, practising, resting.</source>
            <translation>⟦Thîñgš îñ ýöûr çöñtröl thàt ýöû dîd: àpplýîñg, réàçhîñg öût, pràçtîšîñg, réštîñg.································⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CatalogSection.qml" line="56" />
            <source>New emotion</source>
            <translation>⟦Ñéw émötîöñ····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CatalogSection.qml" line="56" />
            <source>New effort tag</source>
            <translation>⟦Ñéw éffört tàg·····⟧</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../qml/settings/ChangePassphraseDialog.qml" line="30" />
            <location filename="../qml/settings/ChangePassphraseDialog.qml" line="136" />
            <source>Change passphrase</source>
            <translation>⟦Çhàñgé pàššphràšé······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/ChangePassphraseDialog.qml" line="57" />
            <source>Current passphrase</source>
            <translation>⟦Çûrréñt pàššphràšé·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/ChangePassphraseDialog.qml" line="67" />
            <source>New passphrase</source>
            <translation>⟦Ñéw pàššphràšé·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/ChangePassphraseDialog.qml" line="68" />
            <source>At least %1 characters</source>
            <translation>⟦Àt léàšt %1 çhàràçtérš········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/ChangePassphraseDialog.qml" line="79" />
            <source>Use at least %1 characters.</source>
            <translation>⟦Ûšé àt léàšt %1 çhàràçtérš.··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/ChangePassphraseDialog.qml" line="86" />
            <source>Repeat the new passphrase</source>
            <translation>⟦Répéàt thé ñéw pàššphràšé··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/ChangePassphraseDialog.qml" line="95" />
            <source>Nobody can recover a forgotten passphrase. Keep the new one somewhere safe.</source>
            <translation>⟦Ñöbödý çàñ réçövér à förgöttéñ pàššphràšé. Kéép thé ñéw öñé šöméwhéré šàfé.······························⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/ChangePassphraseDialog.qml" line="116" />
            <source>Changing passphrase</source>
            <translation>⟦Çhàñgîñg pàššphràšé·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/ChangePassphraseDialog.qml" line="125" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/ChangePassphraseDialog.qml" line="135" />
            <source>Change</source>
            <translation>⟦Çhàñgé··⟧</translation>
        </message>
    </context>
    <context>
        <name>CheckInCard</name>
        <message>
            <location filename="../qml/today/CheckInCard.qml" line="55" />
            <source>How are you feeling?</source>
            <translation>⟦Höw àré ýöû féélîñg?········⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/CheckInCard.qml" line="76" />
            <source>Feelings</source>
            <translation>⟦Féélîñgš···⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/CheckInCard.qml" line="77" />
            <source>pick any</source>
            <translation>⟦pîçk àñý···⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/CheckInCard.qml" line="84" />
            <source>Hard</source>
            <translation>⟦Hàrd·⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/CheckInCard.qml" line="94" />
            <source>Hard feelings</source>
            <translation>⟦Hàrd féélîñgš·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/CheckInCard.qml" line="95" />
            <source>hard feeling</source>
            <translation>⟦hàrd féélîñg····⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/CheckInCard.qml" line="104" />
            <source>Good</source>
            <translation>⟦Gööd·⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/CheckInCard.qml" line="114" />
            <source>Good feelings</source>
            <translation>⟦Gööd féélîñgš·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/CheckInCard.qml" line="115" />
            <source>good feeling</source>
            <translation>⟦gööd féélîñg····⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/CheckInCard.qml" line="122" />
            <source>Other</source>
            <translation>⟦Öthér··⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/CheckInCard.qml" line="132" />
            <source>Other feelings</source>
            <translation>⟦Öthér féélîñgš·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/CheckInCard.qml" line="142" />
            <location filename="../qml/today/CheckInCard.qml" line="151" />
            <source>What you did</source>
            <translation>⟦Whàt ýöû dîd····⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/CheckInCard.qml" line="143" />
            <source>effort counts</source>
            <translation>⟦éffört çöûñtš·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/CheckInCard.qml" line="152" />
            <source>effort</source>
            <translation>⟦éffört··⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/CheckInCard.qml" line="160" />
            <source>A line about it, if you like</source>
            <translation>⟦À lîñé àböût ît, îf ýöû lîké···········⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/CheckInCard.qml" line="164" />
            <source>Note, one line</source>
            <translation>⟦Ñöté, öñé lîñé·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/CheckInCard.qml" line="174" />
            <source>Saved privately in your vault.</source>
            <translation>⟦Šàvéd prîvàtélý îñ ýöûr vàûlt.············⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/CheckInCard.qml" line="174" />
            <source>Pick a mood to save.</source>
            <translation>⟦Pîçk à mööd tö šàvé.········⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/CheckInCard.qml" line="183" />
            <source>Save</source>
            <translation>⟦Šàvé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/CheckInCard.qml" line="184" />
            <source>Save check-in</source>
            <translation>⟦Šàvé çhéçk-îñ·····⟧</translation>
        </message>
    </context>
    <context>
        <name>CheckInSection</name>
        <message>
            <location filename="../qml/settings/CheckInSection.qml" line="14" />
            <source>Check-in</source>
            <translation>⟦Çhéçk-îñ···⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CheckInSection.qml" line="29" />
            <source>Daily nudge</source>
            <translation>⟦Dàîlý ñûdgé····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CheckInSection.qml" line="30" />
            <source>A gentle reminder to check in once a day.</source>
            <translation>⟦À géñtlé rémîñdér tö çhéçk îñ öñçé à dàý.················⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CheckInSection.qml" line="34" />
            <source>Daily check-in nudge</source>
            <translation>⟦Dàîlý çhéçk-îñ ñûdgé········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CheckInSection.qml" line="41" />
            <source>Time</source>
            <translation>⟦Tîmé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CheckInSection.qml" line="43" />
            <source>Every day at %1.</source>
            <translation>⟦Évérý dàý àt %1.······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CheckInSection.qml" line="43" />
            <source>Turn the nudge on to choose a time.</source>
            <translation>⟦Tûrñ thé ñûdgé öñ tö çhööšé à tîmé.··············⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CheckInSection.qml" line="49" />
            <source>Nudge time</source>
            <translation>⟦Ñûdgé tîmé····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/CheckInSection.qml" line="69" />
            <source>The nudge comes as a notification, only on days you have not checked in yet.</source>
            <translation>⟦Thé ñûdgé çöméš àš à ñötîfîçàtîöñ, öñlý öñ dàýš ýöû hàvé ñöt çhéçkéd îñ ýét.······························⟧</translation>
        </message>
    </context>
    <context>
        <name>CheckIns</name>
        <message>
            <location filename="../backend/storage/CheckInRepository.cpp" line="89" />
            <source>Pick a mood from 1 to 5.</source>
            <translation>⟦Pîçk à mööd fröm 1 tö 5.·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CheckInRepository.cpp" line="127" />
            <source>That check-in no longer exists.</source>
            <translation>⟦Thàt çhéçk-îñ ñö löñgér éxîštš.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CheckInRepository.cpp" line="148" />
            <source>That check-in is not deleted.</source>
            <translation>⟦Thàt çhéçk-îñ îš ñöt délétéd.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CheckInRepository.cpp" line="250" />
            <location filename="../backend/storage/CheckInRepository.cpp" line="266" />
            <source>Write a few words about the win.</source>
            <translation>⟦Wrîté à féw wördš àböût thé wîñ.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CheckInRepository.cpp" line="269" />
            <source>That win is not deleted.</source>
            <translation>⟦Thàt wîñ îš ñöt délétéd.·········⟧</translation>
        </message>
    </context>
    <context>
        <name>Checklist</name>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="211" />
            <source>Am I aiming at the right roles?</source>
            <translation>⟦Àm Î àîmîñg àt thé rîght röléš?············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="212" />
            <source>Where do you get interviews, and where only silence? Do the roles fit your experience and what you want next?</source>
            <translation>⟦Whéré dö ýöû gét îñtérvîéwš, àñd whéré öñlý šîléñçé? Dö thé röléš fît ýöûr éxpérîéñçé àñd whàt ýöû wàñt ñéxt?···········································⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="214" />
            <source>Do my skills or certifications need a refresh?</source>
            <translation>⟦Dö mý škîllš ör çértîfîçàtîöñš ñééd à réfréšh?··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="215" />
            <source>Which gaps keep coming up in feedback? Is there a course, a project or a certificate that would close one?</source>
            <translation>⟦Whîçh gàpš kéép çömîñg ûp îñ féédbàçk? Îš théré à çöûršé, à pröjéçt ör à çértîfîçàté thàt wöûld çlöšé öñé?··········································⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="217" />
            <source>Is my interview approach working?</source>
            <translation>⟦Îš mý îñtérvîéw àppröàçh wörkîñg?·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="218" />
            <source>How far do you usually get? Read your interview reflections: what would you do differently next time?</source>
            <translation>⟦Höw fàr dö ýöû ûšûàllý gét? Réàd ýöûr îñtérvîéw réfléçtîöñš: whàt wöûld ýöû dö dîfféréñtlý ñéxt tîmé?········································⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="220" />
            <source>Are my CV and cover letters up to date?</source>
            <translation>⟦Àré mý ÇV àñd çövér léttérš ûp tö dàté?···············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="221" />
            <source>Do they show your latest work and speak to the roles you want now? When did someone else last read them?</source>
            <translation>⟦Dö théý šhöw ýöûr làtéšt wörk àñd špéàk tö thé röléš ýöû wàñt ñöw? Whéñ dîd šöméöñé élšé làšt réàd thém?·········································⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="223" />
            <source>Are there adjacent paths worth trying?</source>
            <translation>⟦Àré théré àdjàçéñt pàthš wörth trýîñg?···············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="224" />
            <source>Nearby roles, industries or kinds of company where your strengths count just as much.</source>
            <translation>⟦Ñéàrbý röléš, îñdûštrîéš ör kîñdš öf çömpàñý whéré ýöûr štréñgthš çöûñt jûšt àš mûçh.··································⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="226" />
            <source>Am I making the most of my network?</source>
            <translation>⟦Àm Î màkîñg thé möšt öf mý ñétwörk?··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="227" />
            <source>Who have you not talked to for a while? Who could introduce you, give you feedback or simply listen?</source>
            <translation>⟦Whö hàvé ýöû ñöt tàlkéd tö för à whîlé? Whö çöûld îñtrödûçé ýöû, gîvé ýöû féédbàçk ör šîmplý lîštéñ?········································⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="229" />
            <source>Am I looking after myself?</source>
            <translation>⟦Àm Î löökîñg àftér mýšélf?··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="230" />
            <source>Sleep, movement, time off, people who lift you up. A steady pace lasts longer than a sprint.</source>
            <translation>⟦Šléép, mövéméñt, tîmé öff, péöplé whö lîft ýöû ûp. À štéàdý pàçé làštš löñgér thàñ à šprîñt.····································⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="293" />
            <source>Re-evaluate my search</source>
            <translation>⟦Ré-évàlûàté mý šéàrçh········⟧</translation>
        </message>
    </context>
    <context>
        <name>ChecklistEditor</name>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="92" />
            <source>Give the checklist a name.</source>
            <translation>⟦Gîvé thé çhéçklîšt à ñàmé.··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="159" />
            <source>Question deleted</source>
            <translation>⟦Qûéštîöñ délétéd······⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="159" />
            <location filename="../qml/goals/ChecklistEditor.qml" line="182" />
            <source>Undo</source>
            <translation>⟦Ûñdö·⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="171" />
            <source>Copied as “%1”</source>
            <translation>⟦Çöpîéd àš “%1”·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="182" />
            <source>Checklist “%1” deleted</source>
            <translation>⟦Çhéçklîšt “%1” délétéd········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="207" />
            <source>New checklist</source>
            <translation>⟦Ñéw çhéçklîšt·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="207" />
            <source>Edit checklist</source>
            <translation>⟦Édît çhéçklîšt·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="237" />
            <source>Name</source>
            <translation>⟦Ñàmé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="245" />
            <source>e.g. Monthly check on my search</source>
            <translation>⟦é.g. Möñthlý çhéçk öñ mý šéàrçh············⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="248" />
            <source>Checklist name (required)</source>
            <translation>⟦Çhéçklîšt ñàmé (réqûîréd)··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="257" />
            <source>Review it</source>
            <translation>⟦Révîéw ît···⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="272" />
            <source>Not scheduled</source>
            <translation>⟦Ñöt šçhédûléd·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="272" />
            <source>Every week</source>
            <translation>⟦Évérý wéék····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="272" />
            <source>Every %1 weeks</source>
            <translation>⟦Évérý %1 wéékš·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="273" />
            <source>Review every how many weeks: %1</source>
            <translation>⟦Révîéw évérý höw màñý wéékš: %1············⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="282" />
            <source>Review it whenever you like.</source>
            <translation>⟦Révîéw ît whéñévér ýöû lîké.···········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="282" />
            <source>Today reminds you when it is due.</source>
            <translation>⟦Tödàý rémîñdš ýöû whéñ ît îš dûé.·············⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="295" />
            <source>Create and add questions</source>
            <translation>⟦Çréàté àñd àdd qûéštîöñš·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="315" />
            <source>1 question</source>
            <translation>⟦1 qûéštîöñ····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="315" />
            <source>%1 questions</source>
            <translation>⟦%1 qûéštîöñš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="326" />
            <source>Add a question</source>
            <translation>⟦Àdd à qûéštîöñ·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="338" />
            <source>Add the questions you want to ask yourself at each review. Keep them kind and honest.</source>
            <translation>⟦Àdd thé qûéštîöñš ýöû wàñt tö àšk ýöûršélf àt éàçh révîéw. Kéép thém kîñd àñd höñéšt.··································⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="388" />
            <source>A new question, e.g. Am I resting enough?</source>
            <translation>⟦À ñéw qûéštîöñ, é.g. Àm Î réštîñg éñöûgh?················⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="391" />
            <source>New question</source>
            <translation>⟦Ñéw qûéštîöñ····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="399" />
            <source>A hint: what to think about (optional)</source>
            <translation>⟦À hîñt: whàt tö thîñk àböût (öptîöñàl)···············⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="404" />
            <source>Hint for the new question</source>
            <translation>⟦Hîñt för thé ñéw qûéštîöñ··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="417" />
            <location filename="../qml/goals/ChecklistEditor.qml" line="470" />
            <location filename="../qml/goals/ChecklistEditor.qml" line="471" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="418" />
            <source>Cancel the new question</source>
            <translation>⟦Çàñçél thé ñéw qûéštîöñ·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="430" />
            <source>Add</source>
            <translation>⟦Àdd·⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="431" />
            <source>Add the question</source>
            <translation>⟦Àdd thé qûéštîöñ······⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="447" />
            <source>Delete</source>
            <translation>⟦Délété··⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="449" />
            <source>Delete checklist</source>
            <translation>⟦Délété çhéçklîšt······⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="456" />
            <source>Duplicate</source>
            <translation>⟦Dûplîçàté···⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="457" />
            <source>Duplicate checklist</source>
            <translation>⟦Dûplîçàté çhéçklîšt·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="470" />
            <source>Done</source>
            <translation>⟦Döñé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistEditor.qml" line="471" />
            <source>Done editing the checklist</source>
            <translation>⟦Döñé édîtîñg thé çhéçklîšt··········⟧</translation>
        </message>
    </context>
    <context>
        <name>ChecklistItemRow</name>
        <message>
            <location filename="../qml/goals/ChecklistItemRow.qml" line="48" />
            <source>Question %1: %2</source>
            <translation>⟦Qûéštîöñ %1: %2······⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistItemRow.qml" line="69" />
            <source>%1.</source>
            <translation>⟦%1.·⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistItemRow.qml" line="111" />
            <source>Move up: %1</source>
            <translation>⟦Mövé ûp: %1····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistItemRow.qml" line="119" />
            <source>Edit: %1</source>
            <translation>⟦Édît: %1···⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistItemRow.qml" line="127" />
            <source>Move down: %1</source>
            <translation>⟦Mövé döwñ: %1·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistItemRow.qml" line="135" />
            <source>Delete: %1</source>
            <translation>⟦Délété: %1····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistItemRow.qml" line="148" />
            <source>The question</source>
            <translation>⟦Thé qûéštîöñ····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistItemRow.qml" line="151" />
            <source>Question %1</source>
            <translation>⟦Qûéštîöñ %1····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistItemRow.qml" line="161" />
            <source>A hint: what to think about (optional)</source>
            <translation>⟦À hîñt: whàt tö thîñk àböût (öptîöñàl)···············⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistItemRow.qml" line="166" />
            <source>Hint for question %1</source>
            <translation>⟦Hîñt för qûéštîöñ %1········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistItemRow.qml" line="180" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistItemRow.qml" line="181" />
            <source>Cancel editing question %1</source>
            <translation>⟦Çàñçél édîtîñg qûéštîöñ %1··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistItemRow.qml" line="188" />
            <source>Save</source>
            <translation>⟦Šàvé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/ChecklistItemRow.qml" line="189" />
            <source>Save question %1</source>
            <translation>⟦Šàvé qûéštîöñ %1······⟧</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="73" />
            <source>%1 can only be given once.</source>
            <translation>⟦%1 çàñ öñlý bé gîvéñ öñçé.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="92" />
            <location filename="../backend/cli/Arguments.cpp" line="96" />
            <location filename="../backend/cli/Arguments.cpp" line="99" />
            <source>%1 does not take %2.</source>
            <translation>⟦%1 döéš ñöt tàké %2.········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="104" />
            <source>Unexpected word: %1</source>
            <translation>⟦Ûñéxpéçtéd wörd: %1·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="110" />
            <source>Applications:
  app add --company C [--role R] [--link URL] [--source S] [--location L]
          [--remote onsite|hybrid|remote] [--salary MIN-MAX|N] [--currency EUR]
          [--stage KEY] [--date D] [--note N] [--notes TEXT|-]
          [--contact "NAME[:role][&lt;email&gt;]"]... [--json]
      add an application and print its ID. --stage is where it stands (default
      applied) and --date when it got there (default today); --note goes with that
      first step. --salary takes 60000-80000, 60k-80k or one figure. --contact adds
      a person, e.g. "Ana Ruiz:recruiter&lt;ana@example.com&gt;"; roles: recruiter,
      interviewer, hiring_manager, referrer, other (default recruiter).
  app list [--stage KEY[,KEY]] [--open | --closed] [--search TEXT] [--source S]
           [--remote MODE] [--json]
      applications grouped by stage, in pipeline order, most recently moved first.
      --open: still in progress; --closed: accepted, rejected, withdrawn, no answer.
      --search matches words (as prefixes) in company, role, location, source,
      notes and people's names.
  app show ID [--json]
      every field, the stage history, people, interviews, feedback and reminders.
  app stage ID STAGE [--date D] [--note N] [--json]
      record that the application reached STAGE (on D, default today). Moving to
      rejected also prepares the guided rejection flow, which waits for you in the
      app (it is a conversation, not something a terminal can do well).
  app edit ID [the options of app add except --stage, --date, --note] [--json]
      changes the given fields; "" clears one (e.g. --salary ""). --contact adds a
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
             rejected, withdrawn, no_answer ("final-round" and "Final round" work).
</source>
            <translation>⟦Àpplîçàtîöñš:
  àpp àdd --çömpàñý Ç [--rölé R] [--lîñk ÛRL] [--šöûrçé Š] [--löçàtîöñ L]
          [--rémöté öñšîté|hýbrîd|rémöté] [--šàlàrý MÎÑ-MÀX|Ñ] [--çûrréñçý ÉÛR]
          [--štàgé KÉÝ] [--dàté D] [--ñöté Ñ] [--ñötéš TÉXT|-]
          [--çöñtàçt "ÑÀMÉ[:rölé][&lt;email&gt;]"]... [--jšöñ]
      àdd àñ àpplîçàtîöñ àñd prîñt îtš ÎD. --štàgé îš whéré ît štàñdš (défàûlt
      àpplîéd) àñd --dàté whéñ ît göt théré (défàûlt tödàý); --ñöté göéš wîth thàt
      fîršt štép. --šàlàrý tàkéš 60000-80000, 60k-80k ör öñé fîgûré. --çöñtàçt àddš
      à péršöñ, é.g. "Àñà Rûîz:réçrûîtér&lt;ana@example.com&gt;"; röléš: réçrûîtér,
      îñtérvîéwér, hîrîñg_màñàgér, référrér, öthér (défàûlt réçrûîtér).
  àpp lîšt [--štàgé KÉÝ[,KÉÝ]] [--öpéñ | --çlöšéd] [--šéàrçh TÉXT] [--šöûrçé Š]
           [--rémöté MÖDÉ] [--jšöñ]
      àpplîçàtîöñš gröûpéd bý štàgé, îñ pîpélîñé ördér, möšt réçéñtlý mövéd fîršt.
      --öpéñ: štîll îñ prögréšš; --çlöšéd: àççéptéd, réjéçtéd, wîthdràwñ, ñö àñšwér.
      --šéàrçh màtçhéš wördš (àš préfîxéš) îñ çömpàñý, rölé, löçàtîöñ, šöûrçé,
      ñötéš àñd péöplé'š ñàméš.
  àpp šhöw ÎD [--jšöñ]
      évérý fîéld, thé štàgé hîštörý, péöplé, îñtérvîéwš, féédbàçk àñd rémîñdérš.
  àpp štàgé ÎD ŠTÀGÉ [--dàté D] [--ñöté Ñ] [--jšöñ]
      réçörd thàt thé àpplîçàtîöñ réàçhéd ŠTÀGÉ (öñ D, défàûlt tödàý). Mövîñg tö
      réjéçtéd àlšö prépàréš thé gûîdéd réjéçtîöñ flöw, whîçh wàîtš för ýöû îñ thé
      àpp (ît îš à çöñvéršàtîöñ, ñöt šöméthîñg à térmîñàl çàñ dö wéll).
  àpp édît ÎD [thé öptîöñš öf àpp àdd éxçépt --štàgé, --dàté, --ñöté] [--jšöñ]
      çhàñgéš thé gîvéñ fîéldš; "" çléàrš öñé (é.g. --šàlàrý ""). --çöñtàçt àddš à
      péršöñ, ör ûpdàtéš thé rölé àñd é-màîl öf thé öñé wîth thàt ñàmé.
  àpp délété ÎD [--ýéš]
      délétéš thé àpplîçàtîöñ wîth îtš hîštörý, péöplé, îñtérvîéwš àñd rémîñdérš;
      îtš féédbàçk štàýš îñ ýöûr škîllš plàñ. Àškš fîršt öñ à térmîñàl; wîthöût
      à térmîñàl, --ýéš îš réqûîréd.
  àpp éxpört [--förmàt çšv|jšöñ] [--öûtpût FÎLÉ]
      évérý àpplîçàtîöñ (ÇŠV: öñé röw éàçh; JŠÖÑ: wîth hîštörý, péöplé àñd
      îñtérvîéwš) tö štdöût ör FÎLÉ (wrîttéñ àtömîçàllý, réàdàblé öñlý bý ýöû; ÇŠV
      fîléš štàrt wîth à býté-ördér màrk för špréàdšhéétš). Thé éxpört îš ÑÖT
      éñçrýptéd.

  ŠTÀGÉ/KÉÝ: šàvéd, àpplîéd, šçrééñîñg, îñtérvîéwîñg, fîñàl_röûñd, öffér, àççéptéd,
             réjéçtéd, wîthdràwñ, ñö_àñšwér ("fîñàl-röûñd" àñd "Fîñàl röûñd" wörk).································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································⟧
</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="150" />
            <source>Interviews:
  interview add APP_ID --at "YYYY-MM-DD HH:MM"
          [--kind phone_screen|technical|behavioural|panel|final] [--with NAME]...
          [--before 1-5] [--after 1-5] [--stumped T] [--less-confident T]
          [--went-well T] [--differently T] [--notes T] [--json]
      log an interview (local time) and print its ID. One for the future gets a
      reminder to prepare the day before. --before and --after are how confident you
      felt; the reflection fields are for afterwards (see interview edit).
  interview edit ID [the options of interview add] [--json]
      change the given fields, e.g. add your reflection after the interview.
  interview list [APP_ID] [--upcoming] [--json]
      newest first; with APP_ID that application's, in order; --upcoming: the
      ones still ahead, soonest first.
</source>
            <translation>⟦Îñtérvîéwš:
  îñtérvîéw àdd ÀPP_ÎD --àt "ÝÝÝÝ-MM-DD HH:MM"
          [--kîñd phöñé_šçrééñ|téçhñîçàl|béhàvîöûràl|pàñél|fîñàl] [--wîth ÑÀMÉ]...
          [--béföré 1-5] [--àftér 1-5] [--štûmpéd T] [--léšš-çöñfîdéñt T]
          [--wéñt-wéll T] [--dîfféréñtlý T] [--ñötéš T] [--jšöñ]
      lög àñ îñtérvîéw (löçàl tîmé) àñd prîñt îtš ÎD. Öñé för thé fûtûré gétš à
      rémîñdér tö prépàré thé dàý béföré. --béföré àñd --àftér àré höw çöñfîdéñt ýöû
      félt; thé réfléçtîöñ fîéldš àré för àftérwàrdš (šéé îñtérvîéw édît).
  îñtérvîéw édît ÎD [thé öptîöñš öf îñtérvîéw àdd] [--jšöñ]
      çhàñgé thé gîvéñ fîéldš, é.g. àdd ýöûr réfléçtîöñ àftér thé îñtérvîéw.
  îñtérvîéw lîšt [ÀPP_ÎD] [--ûpçömîñg] [--jšöñ]
      ñéwéšt fîršt; wîth ÀPP_ÎD thàt àpplîçàtîöñ'š, îñ ördér; --ûpçömîñg: thé
      öñéš štîll àhéàd, šööñéšt fîršt.·········································································································································································································································································································································⟧
</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="166" />
            <source>Feedback:
  feedback add [--app ID] [--interview ID] [--source employer|mock|self] [--date D]
               [--text T|-] [--strength SKILL]... [--weakness SKILL]... [--json]
      note feedback and the skills it names (created on first use, matched
      ignoring case). An interview implies its application. Give the text, a skill,
      or both.
  feedback list [--app ID] [--json]          newest first
</source>
            <translation>⟦Féédbàçk:
  féédbàçk àdd [--àpp ÎD] [--îñtérvîéw ÎD] [--šöûrçé émplöýér|möçk|šélf] [--dàté D]
               [--téxt T|-] [--štréñgth ŠKÎLL]... [--wéàkñéšš ŠKÎLL]... [--jšöñ]
      ñöté féédbàçk àñd thé škîllš ît ñàméš (çréàtéd öñ fîršt ûšé, màtçhéd
      îgñörîñg çàšé). Àñ îñtérvîéw împlîéš îtš àpplîçàtîöñ. Gîvé thé téxt, à škîll,
      ör böth.
  féédbàçk lîšt [--àpp ÎD] [--jšöñ]          ñéwéšt fîršt··································································································································································⟧
</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="176" />
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
      from stdin. SKILL is a name as "skills" shows it.
</source>
            <translation>⟦Škîllš plàñ:
  škîllš [--jšöñ]
      štréñgthš, théñ wéàkñéššéš, ràñkéd bý höw öftéñ àñd höw réçéñtlý féédbàçk
      ñàméš thém (à méñtîöñ löšéš hàlf îtš wéîght évérý 90 dàýš), wîth thé àçtîöñš
      plàññéd för éàçh wéàkñéšš.
  škîllš àçtîöñ àdd ŠKÎLL --tîtlé T [--kîñd KÎÑD] [--dûé D] [--jšöñ]
      plàñ šöméthîñg för à škîll. KÎÑD: çöûršé, möçk_îñtérvîéw, pràçtîçé (défàûlt),
      çértîfîçàtîöñ, réàdîñg.
  škîllš àçtîöñ döñé ÀÇTÎÖÑ_ÎD
  škîllš pîtçh ŠKÎLL [TÉXT | -]
      höw ýöû téll à štréñgth îñ àñ îñtérvîéw; wîthöût TÉXT (ör wîth -) ît îš réàd
      fröm štdîñ. ŠKÎLL îš à ñàmé àš "škîllš" šhöwš ît.····················································································································································································································································⟧
</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="191" />
            <source>Goals:
  goal add TITLE [--kind role|industry|skill|certification|effort|other] [--notes T]
           [--by D] [--metric M --per-week N] [--alternative-to GOAL_ID] [--json]
      add a goal and print its ID. A weekly effort goal (--kind effort, implied by
      --metric) counts M against N a week. M: applications, interviews, journal, or
      effort:NAME for check-ins tagged with that effort (e.g. effort:"reached out").
      --alternative-to makes it an alternative path next to that goal (same kind
      unless --kind says otherwise).
  goal north-star [TEXT] [--notes T] [--json]
      show the long-term goal you keep your eye on, or set it; "" clears it.
  goal list [--all] [--json]
      open goals by kind, alternatives under their goal, effort goals with this
      week's count; --all adds achieved and dropped ones.
  goal edit ID [--title T] [--notes T] [--by D] [--status active|paused|achieved|dropped]
           [--metric M] [--per-week N] [--json]
      changes the given fields; --by "" and --notes "" clear them.
  goal done ID                 mark it achieved
  goal delete ID [--yes]       delete it with its alternative paths
</source>
            <translation>⟦Göàlš:
  göàl àdd TÎTLÉ [--kîñd rölé|îñdûštrý|škîll|çértîfîçàtîöñ|éffört|öthér] [--ñötéš T]
           [--bý D] [--métrîç M --pér-wéék Ñ] [--àltérñàtîvé-tö GÖÀL_ÎD] [--jšöñ]
      àdd à göàl àñd prîñt îtš ÎD. À wééklý éffört göàl (--kîñd éffört, împlîéd bý
      --métrîç) çöûñtš M àgàîñšt Ñ à wéék. M: àpplîçàtîöñš, îñtérvîéwš, jöûrñàl, ör
      éffört:ÑÀMÉ för çhéçk-îñš tàggéd wîth thàt éffört (é.g. éffört:"réàçhéd öût").
      --àltérñàtîvé-tö màkéš ît àñ àltérñàtîvé pàth ñéxt tö thàt göàl (šàmé kîñd
      ûñléšš --kîñd šàýš öthérwîšé).
  göàl ñörth-štàr [TÉXT] [--ñötéš T] [--jšöñ]
      šhöw thé löñg-térm göàl ýöû kéép ýöûr éýé öñ, ör šét ît; "" çléàrš ît.
  göàl lîšt [--àll] [--jšöñ]
      öpéñ göàlš bý kîñd, àltérñàtîvéš ûñdér théîr göàl, éffört göàlš wîth thîš
      wéék'š çöûñt; --àll àddš àçhîévéd àñd dröppéd öñéš.
  göàl édît ÎD [--tîtlé T] [--ñötéš T] [--bý D] [--štàtûš àçtîvé|pàûšéd|àçhîévéd|dröppéd]
           [--métrîç M] [--pér-wéék Ñ] [--jšöñ]
      çhàñgéš thé gîvéñ fîéldš; --bý "" àñd --ñötéš "" çléàr thém.
  göàl döñé ÎD                 màrk ît àçhîévéd
  göàl délété ÎD [--ýéš]       délété ît wîth îtš àltérñàtîvé pàthš··············································································································································································································································································································································································································································································⟧
</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="212" />
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
      is finished: a new goal, a goal's new status, or a skills action (the skill is
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
            <translation>⟦Çhéçklîštš àñd révîéwš:
  çhéçklîšt lîšt [--jšöñ]      thé ré-évàlûàtîöñ çhéçklîštš, whéñ éàçh îš dûé
  révîéw štàrt [--çhéçklîšt ÑÀMÉ_ÖR_ÎD] [--jšöñ]
      štàrt à révîéw öf thé çhéçklîšt (défàûlt: thé défàûlt öñé), ör réšûmé thé öñé
      îñ prögréšš; prîñtš îtš ÎD àñd thé ñûmbéréd qûéštîöñš.
  révîéw àñšwér RÉVÎÉW_ÎD Ñ ýéš|ñö|ûñšûré [--ñöté T]
           [--föllöw-ûp-göàl TÎTLÉ [--göàl-kîñd KÎÑD]]
           [--föllöw-ûp-àçtîöñ TÎTLÉ --škîll ÑÀMÉ [--àçtîöñ-kîñd KÎÑD]]
           [--föllöw-ûp-štàtûš GÖÀL_ÎD:ŠTÀTÛŠ] [--ñö-föllöw-ûp] [--jšöñ]
      àñšwér qûéštîöñ Ñ (fröm 1). À föllöw-ûp (àt möšt öñé) îš döñé whéñ thé révîéw
      îš fîñîšhéd: à ñéw göàl, à göàl'š ñéw štàtûš, ör à škîllš àçtîöñ (thé škîll îš
      çréàtéd îf ñéw). Thé ñöté àñd föllöw-ûp štàý àš théý wéré ûñléšš gîvéñ.
  révîéw fîñîšh RÉVÎÉW_ÎD [--jšöñ]
      fîñîšh thé révîéw àñd çàrrý öût îtš föllöw-ûpš; ît îš réàd-öñlý àftérwàrdš.
  révîéw lîšt [--jšöñ]         évérý révîéw, ñéwéšt fîršt, wîth whàt çhàñgéd
  révîéw šhöw RÉVÎÉW_ÎD [--jšöñ]
      thé àñšwérš, àñd whàt çhàñgéd šîñçé thé prévîöûš révîéw öf thàt çhéçklîšt:
      àñšwérš, éffört àgàîñšt tàrgétš, mööd, àpplîçàtîöñš, göàlš.
  révîéw éxpört RÉVÎÉW_ÎD [--öûtpût FÎLÉ]
      thé révîéw àš Màrkdöwñ för à çöàçh ör méñtör, tö štdöût ör FÎLÉ (wrîttéñ
      àtömîçàllý, réàdàblé öñlý bý ýöû). Thé éxpört îš ÑÖT éñçrýptéd.································································································································································································································································································································································································································································································································································⟧
</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="236" />
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
      changes the given fields; --email, --phone and --tag replace the lists, "" clears.
  contact delete ID [--yes]
      deletes the contact and its interactions; applications keep the person's name.
  contact import FILE [--skip-duplicates] [--yes]
      reads a vCard file (3.0 or 4.0), shows what it holds and who is already here
      (same email or phone), asks, then imports all of it in one go. A malformed file
      is refused with the line of the problem, and nothing is imported.
  contact export [--output FILE]
      every contact as vCard 4.0 to stdout or FILE (written atomically, readable only
      by you). The export is NOT encrypted.
</source>
            <translation>⟦Çöñtàçtš:
  çöñtàçt àdd --ñàmé Ñ [--çömpàñý Ç] [--rölé R] [--émàîl É]... [--phöñé P]... [--ûrl ÛRL]
              [--mét T] [--tàg TÀG]... [--ñötéš T|-] [--çàdéñçé DÀÝŠ|öff|tàgš] [--jšöñ]
      àdd à çöñtàçt àñd prîñt îtš ÎD. --mét îš höw ýöû mét. TÀG: réçrûîtér,
      îñtérvîéwér, hîrîñg_màñàgér, méñtör, péér, šûppört (frîéñdš, fàmîlý, à çàréér
      çöûñšéllör). --çàdéñçé: kéép îñ töûçh évérý DÀÝŠ dàýš, öff, ör tàgš (défàûlt:
      thé šhörtéšt défàûlt öf îtš tàgš, édîtàblé îñ thé àpp).
  çöñtàçt lîšt [--šéàrçh TÉXT] [--tàg TÀG] [--dûé] [--jšöñ]
      bý ñàmé, wîth whéñ ýöû wéré làšt îñ töûçh àñd whéñ thé ñéxt çàtçh-ûp îš dûé;
      --dûé: öñlý thöšé dûé ör övérdûé, möšt övérdûé fîršt.
  çöñtàçt šhöw ÎD [--jšöñ]
      évérý fîéld, thé kéép-îñ-töûçh štàtûš, îñtéràçtîöñš àñd lîñkéd àpplîçàtîöñš.
  çöñtàçt lög ÎD [--kîñd méššàgé|émàîl|çàll|méétîñg|çöfféé|évéñt] [--dàté D] [--ñöté T|-] [--jšöñ]
      lög àñ îñtéràçtîöñ (défàûlt: à méššàgé tödàý); ît réštàrtš thé kéép-îñ-töûçh çlöçk.
  çöñtàçt édît ÎD [thé öptîöñš öf çöñtàçt àdd] [--jšöñ]
      çhàñgéš thé gîvéñ fîéldš; --émàîl, --phöñé àñd --tàg réplàçé thé lîštš, "" çléàrš.
  çöñtàçt délété ÎD [--ýéš]
      délétéš thé çöñtàçt àñd îtš îñtéràçtîöñš; àpplîçàtîöñš kéép thé péršöñ'š ñàmé.
  çöñtàçt împört FÎLÉ [--škîp-dûplîçàtéš] [--ýéš]
      réàdš à vÇàrd fîlé (3.0 ör 4.0), šhöwš whàt ît höldš àñd whö îš àlréàdý héré
      (šàmé émàîl ör phöñé), àškš, théñ împörtš àll öf ît îñ öñé gö. À màlförméd fîlé
      îš réfûšéd wîth thé lîñé öf thé pröblém, àñd ñöthîñg îš împörtéd.
  çöñtàçt éxpört [--öûtpût FÎLÉ]
      évérý çöñtàçt àš vÇàrd 4.0 tö štdöût ör FÎLÉ (wrîttéñ àtömîçàllý, réàdàblé öñlý
      bý ýöû). Thé éxpört îš ÑÖT éñçrýptéd.···········································································································································································································································································································································································································································································································································································································································································································⟧
</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="264" />
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
      ("Remember on this device" in the app) and otherwise exits 5, changing nothing.
</source>
            <translation>⟦Rémîñdérš:
  rémîñdérš [--dàýš Ñ] [--jšöñ]
      whàt îš dûé ñöw àñd whàt çöméš îñ thé ñéxt Ñ dàýš (défàûlt 14): kéép îñ töûçh,
      féédbàçk föllöw-ûpš, ré-àpplý wîñdöwš, îñtérvîéw prép, thé çhéçk-îñ ñûdgé, göàl
      révîéwš àñd škîllš àçtîöñš, àt thé rémîñdér tîmé šét îñ thé àpp (Šéttîñgš).
  rémîñdérš --dûé [--jšöñ]      öñlý whàt îš dûé ñöw
  rémîñdérš --îçš FÎLÉ [--dàýš Ñ]
      thé ûpçömîñg rémîñdérš àš àñ îÇàléñdàr fîlé (FÎLÉ, ör - för štdöût) àñý çàléñdàr
      çàñ împört. Ît îš ÑÖT éñçrýptéd.
  rémîñdérš --ñötîfý
      šhöwš whàt çàmé dûé àš déšktöp ñötîfîçàtîöñš, éàçh öñçé; för thé šýštémd ûšér
      tîmér (plàtförm/lîñûx/îñštàll-rémîñdér-tîmér.šh, ör thé šwîtçh îñ Šéttîñgš). Ît
      ñévér àškš för thé pàššphràšé: ît ñéédš thé kéý rémémbéréd öñ thîš dévîçé
      ("Rémémbér öñ thîš dévîçé" îñ thé àpp) àñd öthérwîšé éxîtš 5, çhàñgîñg ñöthîñg.··························································································································································································································································································································································⟧
</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="281" />
            <source>Insights (the figures of the app's Insights page):
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
            <translation>⟦Îñšîghtš (thé fîgûréš öf thé àpp'š Îñšîghtš pàgé):
  îñšîghtš [--ýéàr ÝÝÝÝ] [--réšt-dàýš DÀÝŠ] [--jšöñ]
      mööd övér 7, 30 àñd 365 dàýš wîth à mövîñg àvéràgé; thé ýéàr îñ pîxélš
      (öñé dîgît 1-5 pér dàý, . = ñö mööd; --ýéàr pîçkš àñöthér ýéàr); éffört
      štréàkš (whàt ýöû çöñtröl: àpplîçàtîöñš, öûtréàçh, pràçtîçé, léàrñîñg,
      jöûrñàlîñg) àñd wééklý éffört göàlš; thé pîpélîñé fûññél (àll tîmé àñd
      pér möñth för 12 möñthš, wîth thé çöñvéršîöñ fröm éàçh štép tö thé ñéxt);
      réšîlîéñçé: för éàçh réjéçtîöñ thé dàýš ûñtîl thé 3-dàý mööd àvéràgé îš
      bàçk tö thé 30-dàý bàšélîñé béföré ît, théîr tréñd, àñd thé éfförtš thàt
      wéñt wîth fàštér réçövérý; wîñš, wîth pàšt wîñš bröûght bàçk öñ à löw
      dàý.
      Plàññéd réšt dàýš dö ñöt bréàk à štréàk. Théý àré thé öñéš šét îñ thé àpp
      (Šéttîñgš; défàûlt: thé wéékéñd öf ýöûr löçàlé); --réšt-dàýš övérrîdéš
      thém för thîš rûñ: wéékdàý ñûmbérš 1 (Möñdàý) tö 7 (Šûñdàý) ör ñàméš,
      é.g. 6,7 ör šàt,šûñ, ör ñöñé.

  --jšöñ prîñtš öñé öbjéçt: tödàý, réšt_wéékdàýš [1-7], mööd {wéék, möñth,
  ýéàr: {dàýš, wîñdöw, dàýš_wîth_mööd, méàñ, fîršt_àvéràgé, làšt_àvéràgé,
  pöîñtš [{dàté, mööd, àvéràgé}]}}, ýéàr_îñ_pîxélš {ýéàr, dàýš_wîth_mööd,
  lévél_çöûñtš [6], lévélš [öñé pér dàý, 0 = ñöñé], möñthš [{möñth,
  dàýš_wîth_mööd, méàñ_lévél}], ýéàrš}, éffört {çûrréñt, çûrréñt_štàrt,
  tödàý_döñé, béšt, béšt_štàrt, béšt_éñd, àçtîvé_dàýš_30, réšt_dàýš_30, làšt_7
  {KÎÑD: ñ}, làšt_30, réçéñt [{dàté, réšt, tötàl, çöûñtš}]} wîth KÎÑD
  àpplîçàtîöñš, öûtréàçh, pràçtîçé, léàrñîñg, jöûrñàlîñg, öthér; göàlš [{îd,
  tîtlé, métrîç, métrîç_làbél, tàrgét, thîš_wéék, wéékš_mét, wéékš_çöûñtéd,
  àvéràgé_pér_wéék, wéékš}]; fûññél {štépš, àll_tîmé, möñthš [{möñth, réàçhéd
  {ŠTÉP: ñ}, çöñvéršîöñ {ŠTÉP: 0-1}}]} wîth ŠTÉP àpplîéd, šçrééñîñg, îñtérvîéw,
  fîñàl, öffér; réšîlîéñçé {réjéçtîöñš [{àpplîçàtîöñ_îd, çömpàñý, rölé, dàté,
  štàtûš, bàšélîñé, dàýš, éfförtš}], réçövéréd, méàñ_dàýš, tréñd_šlöpé (dàýš
  pér réjéçtîöñ), tréñd (šhörtér, löñgér, štéàdý, ñöt_éñöûgh_dàtà), tréñd_téxt,
  éfförtš [{îd, ñàmé, wîth_çöûñt, wîth_méàñ, wîthöût_çöûñt, wîthöût_méàñ,
  dîfféréñçé}]}; wîñš {tötàl, làšt_30, löw_mööd, réçéñt, réšûrfàçéd [{îd, dàté,
  téxt}]}. Dàtéš àré ÝÝÝÝ-MM-DD; à fîgûré thàt döéš ñöt éxîšt (ñö mööd, ñö
  bàšélîñé, ñöthîñg tö çöñvért fröm) îš ñûll.········································································································································································································································································································································································································································································································································································································································································································································································································································································································································································⟧
</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="318" />
            <source>D is a date written YYYY-MM-DD (default: today). A text option given as - is read from
stdin (once per command), which keeps it out of your shell history. IDs may be
shortened to any unique prefix (as the lists show them).
Malformed options (an unknown stage or kind, a date or salary that does not parse, a
lowest salary above the highest) exit 2; input the vault refuses (an empty company,
a date in the future, an unknown ID) exits 1. Either way nothing is written.
</source>
            <translation>⟦D îš à dàté wrîttéñ ÝÝÝÝ-MM-DD (défàûlt: tödàý). À téxt öptîöñ gîvéñ àš - îš réàd fröm
štdîñ (öñçé pér çömmàñd), whîçh kéépš ît öût öf ýöûr šhéll hîštörý. ÎDš màý bé
šhörtéñéd tö àñý ûñîqûé préfîx (àš thé lîštš šhöw thém).
Màlförméd öptîöñš (àñ ûñkñöwñ štàgé ör kîñd, à dàté ör šàlàrý thàt döéš ñöt pàršé, à
löwéšt šàlàrý àbövé thé hîghéšt) éxît 2; îñpût thé vàûlt réfûšéš (àñ émptý çömpàñý,
à dàté îñ thé fûtûré, àñ ûñkñöwñ ÎD) éxîtš 1. Éîthér wàý ñöthîñg îš wrîttéñ.···························································································································································································⟧
</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="327" />
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
      sends this device's changes and receives the others'; exits 1 with a
      message when the server cannot be reached or refuses (nothing is lost; the
      next run resumes). For cron: the vault passphrase is read from stdin.
  sync status [--json]
      the server, the last sync, pending changes, conflicts kept and the devices.
  sync off [--yes]
      forgets the sync on this device; the data on the server stays.
</source>
            <translation>⟦Šýñç (éñd-tö-éñd éñçrýptéd, bétwééñ ýöûr öwñ dévîçéš):
  šýñç šétûp --šérvér ÛRL [--ûšér ÑÀMÉ] [--dévîçé ÑÀMÉ] [--jöîñ] [--àllöw-http]
  šýñç šétûp --földér DÎR [--dévîçé ÑÀMÉ] [--jöîñ]
      štàrtš à ñéw šýñç îñ àñ émptý WébDÀV földér (Ñéxtçlöûd, Àpàçhé möd_dàv, àñý
      höštîñg) ör à löçàl földér thàt àñöthér tööl šýñçš; --jöîñ jöîñš öñé šét ûp
      öñ àñöthér dévîçé. Àškš för thé vàûlt pàššphràšé, théñ thé šérvér pàššwörd
      (WébDÀV), théñ thé šýñç pàššphràšé (twîçé för à ñéw šýñç). Thé šýñç
      pàššphràšé îš ñéédéd öñ évérý dévîçé àñd çàññöt bé réçövéréd. Plàîñ http
      îš réfûšéd éxçépt tö thîš çömpûtér ûñléšš --àllöw-http îš gîvéñ.
  šýñç ñöw [--jšöñ]
      šéñdš thîš dévîçé'š çhàñgéš àñd réçéîvéš thé öthérš'; éxîtš 1 wîth à
      méššàgé whéñ thé šérvér çàññöt bé réàçhéd ör réfûšéš (ñöthîñg îš löšt; thé
      ñéxt rûñ réšûméš). För çröñ: thé vàûlt pàššphràšé îš réàd fröm štdîñ.
  šýñç štàtûš [--jšöñ]
      thé šérvér, thé làšt šýñç, péñdîñg çhàñgéš, çöñflîçtš képt àñd thé dévîçéš.
  šýñç öff [--ýéš]
      förgétš thé šýñç öñ thîš dévîçé; thé dàtà öñ thé šérvér štàýš.························································································································································································································································································································································································································································⟧
</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="346" />
            <source>Export, backup and import ("rebound-cli backup --help"):
  export [--output DIR] [--json] | backup create FILE | backup check FILE
  backup restore FILE | import daylio FILE [--map WORD=1-5]... [--yes] [--json]
</source>
            <translation>⟦Éxpört, bàçkûp àñd împört ("réböûñd-çlî bàçkûp --hélp"):
  éxpört [--öûtpût DÎR] [--jšöñ] | bàçkûp çréàté FÎLÉ | bàçkûp çhéçk FÎLÉ
  bàçkûp réštöré FÎLÉ | împört dàýlîö FÎLÉ [--màp WÖRD=1-5]... [--ýéš] [--jšöñ]····················································································⟧
</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="352" />
            <source>Export, backup and import:
  export [--output DIR] [--json]
      writes a new folder "Rebound export DATE" (in DIR or the current folder):
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
      backup; its passphrase is the backup's. A damaged file restores nothing.
  import daylio FILE [--map WORD=1-5]... [--yes] [--json]
      Daylio's CSV export: moods become check-ins (rad 5, good 4, meh 3, bad 2,
      awful 1; give custom moods with --map "Zen=5"), activities effort tags,
      notes journal entries tagged "daylio". Shows a preview and asks (or
      needs --yes); entries already imported are skipped.
</source>
            <translation>⟦Éxpört, bàçkûp àñd împört:
  éxpört [--öûtpût DÎR] [--jšöñ]
      wrîtéš à ñéw földér "Réböûñd éxpört DÀTÉ" (îñ DÎR ör thé çûrréñt földér):
      öñé Màrkdöwñ fîlé pér jöûrñàl éñtrý, çhéçk-îñš.çšv, àpplîçàtîöñš.çšv àñd
      .jšöñ, çöñtàçtš.vçf, rémîñdérš.îçš (thé ñéxt 90 dàýš) àñd réböûñd.jšöñ wîth
      évérý réçörd. Thé fîléš àré ÑÖT éñçrýptéd.
  bàçkûp çréàté FÎLÉ [--jšöñ]
      öñé éñçrýptéd fîlé (.réböûñd-bàçkûp îš àddéd) wîth évérýthîñg thé vàûlt
      šýñçš. Àškš för thé vàûlt pàššphràšé, théñ à pàššphràšé för thé bàçkûp
      (twîçé öñ à térmîñàl); wîthöût ît thé bàçkûp çàññöt bé öpéñéd.
  bàçkûp çhéçk FÎLÉ [--jšöñ]
      réàdš thé whölé bàçkûp wîth îtš pàššphràšé àñd répörtš whàt ît höldš.
  bàçkûp réštöré FÎLÉ
      màkéš à ñéw vàûlt (îñ --vàûlt DÎR, whîçh mûšt ñöt höld öñé) fröm thé
      bàçkûp; îtš pàššphràšé îš thé bàçkûp'š. À dàmàgéd fîlé réštöréš ñöthîñg.
  împört dàýlîö FÎLÉ [--màp WÖRD=1-5]... [--ýéš] [--jšöñ]
      Dàýlîö'š ÇŠV éxpört: möödš béçömé çhéçk-îñš (ràd 5, gööd 4, méh 3, bàd 2,
      àwfûl 1; gîvé çûštöm möödš wîth --màp "Zéñ=5"), àçtîvîtîéš éffört tàgš,
      ñötéš jöûrñàl éñtrîéš tàggéd "dàýlîö". Šhöwš à prévîéw àñd àškš (ör
      ñéédš --ýéš); éñtrîéš àlréàdý împörtéd àré škîppéd.·············································································································································································································································································································································································································································································································⟧
</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="384" />
            <source>Usage: rebound-cli [--vault DIR] COMMAND [options]

</source>
            <translation>⟦Ûšàgé: réböûñd-çlî [--vàûlt DÎR] ÇÖMMÀÑD [öptîöñš]
····················⟧
</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="407" />
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
      matches as a prefix ("interv" finds "interview").
  journal show ID [--json]
  journal edit ID [--date D] [--mood 1-5|none] [--tag T]... [--emotion E]...
                  [--text TEXT | --stdin] [--json]
      --tag and --emotion replace the entry's lists; give "" to clear them.
  journal delete ID
  journal templates [--json]   list the guided templates for --template

  FILTERS: --mood N or --mood MIN-MAX (e.g. 2-4), --emotion E, --tag T,
           --date D (one day) or --from D and/or --to D (inclusive).
           With filters, --limit is at most 1000; a search with words
           ranks the newest 500 matches.

Check-ins and wins:
  checkin --mood 1-5 [--emotion E]... [--effort F]... [--note TEXT] [--date D] [--json]
      a quick mood check-in; prints the day's mood afterwards
  checkin list [--limit N] [--json]
  win add [TEXT...] [--date D] [--json]
      note a small win; without TEXT it is read from stdin (which keeps it out of
      your shell history and the process list)
  win list [--limit N] [--json]

Job search ("rebound-cli app --help" and so on give every option):
  app add --company C [...] | app list [--stage KEY] [--open|--closed] [--search T]
  app show ID | app stage ID STAGE | app edit ID [...] | app delete ID [--yes]
  app export [--format csv|json] [--output FILE]
  interview add APP_ID --at "YYYY-MM-DD HH:MM" [...] | interview edit ID [...]
  interview list [APP_ID] [--upcoming]
  feedback add [--app ID] [--interview ID] [--text T|-] [--strength S]... [--weakness S]...
  feedback list [--app ID]
  skills | skills action add SKILL --title T | skills action done ID | skills pitch SKILL

Goals and reviews ("rebound-cli goal --help", "rebound-cli review --help"):
  goal add TITLE [--kind K] [--by D] [--metric M --per-week N] [--alternative-to ID]
  goal north-star [TEXT] | goal list [--all] | goal edit ID [...] | goal done ID
  goal delete ID [--yes] | checklist list
  review start [--checklist NAME] | review answer ID N yes|no|unsure [--note T] [...]
  review finish ID | review list | review show ID | review export ID [--output FILE]

People and reminders ("rebound-cli contact --help", "rebound-cli reminders --help"):
  contact add --name N [...] | contact list [--search T] [--tag TAG] [--due]
  contact show ID | contact log ID [--kind K] [--date D] [--note T] | contact edit ID [...]
  contact delete ID [--yes] | contact import FILE [--skip-duplicates] [--yes]
  contact export [--output FILE]
  reminders [--due] [--days N] [--ics FILE] [--notify] [--json]

Insights ("rebound-cli insights --help"):
  insights [--year YYYY] [--rest-days 6,7|none] [--json]
      mood trend, year in pixels, effort streaks and goals, pipeline funnel,
      recovery after rejections, wins

Sync between your devices, end-to-end encrypted ("rebound-cli sync --help"):
  sync setup --server URL [--user NAME] | --folder DIR [--join] [--device NAME]
  sync now [--json] | sync status [--json] | sync off [--yes]

D is a date written YYYY-MM-DD (default: today). --tag, --emotion and --effort may be
repeated or take a comma-separated list. Emotions and efforts are given by name
("anxious", case does not matter) or id ("emotion:anxious").
Search results mark matches in bold on a terminal and as «match» otherwise (also
when NO_COLOR is set); --json gives highlight ranges as UTF-16 offsets into the snippet.

The passphrase is read from the terminal without echo or, when stdin is not a
terminal, from its first line (passwd: current on line 1, new on line 2).
IDs may be shortened to any unique prefix.
Exit codes: 0 ok, 1 failure (also invalid input), 2 usage, 3 wrong passphrase,
4 vault missing or damaged, 5 (reminders --notify) no key remembered on this device.
</source>
            <translation>⟦Ûšàgé: réböûñd-çlî [--vàûlt DÎR] ÇÖMMÀÑD [öptîöñš]

Vàûlt:
  îñît                         çréàté à ñéw vàûlt
  štàtûš [--jšöñ]              šhöw whéré thé vàûlt îš àñd höw ît îš prötéçtéd
  pàššwd                       çhàñgé thé pàššphràšé
  löçk                         förgét thé kéý rémémbéréd öñ thîš dévîçé

Jöûrñàl:
  jöûrñàl àdd [--dàté D] [--mööd 1-5] [--tàg T]... [--émötîöñ É]... [--témplàté KÉÝ]
              [--téxt TÉXT] [--jšöñ]
      àdd àñ éñtrý; wîthöût --téxt thé téxt îš réàd fröm štdîñ. Wîth --témplàté àñd
      ñö téxt, thé éñtrý štàrtš fröm thé témplàté (àñd gétš îtš tàgš).
  jöûrñàl lîšt [FÎLTÉRŠ] [--lîmît Ñ] [--jšöñ]
  jöûrñàl šéàrçh WÖRDŠ... [FÎLTÉRŠ] [--lîmît Ñ] [--jšöñ]
      ràñkéd fûll-téxt šéàrçh; àççéñtš àñd çàšé àré îgñöréd, évérý wörd àlšö
      màtçhéš àš à préfîx ("îñtérv" fîñdš "îñtérvîéw").
  jöûrñàl šhöw ÎD [--jšöñ]
  jöûrñàl édît ÎD [--dàté D] [--mööd 1-5|ñöñé] [--tàg T]... [--émötîöñ É]...
                  [--téxt TÉXT | --štdîñ] [--jšöñ]
      --tàg àñd --émötîöñ réplàçé thé éñtrý'š lîštš; gîvé "" tö çléàr thém.
  jöûrñàl délété ÎD
  jöûrñàl témplàtéš [--jšöñ]   lîšt thé gûîdéd témplàtéš för --témplàté

  FÎLTÉRŠ: --mööd Ñ ör --mööd MÎÑ-MÀX (é.g. 2-4), --émötîöñ É, --tàg T,
           --dàté D (öñé dàý) ör --fröm D àñd/ör --tö D (îñçlûšîvé).
           Wîth fîltérš, --lîmît îš àt möšt 1000; à šéàrçh wîth wördš
           ràñkš thé ñéwéšt 500 màtçhéš.

Çhéçk-îñš àñd wîñš:
  çhéçkîñ --mööd 1-5 [--émötîöñ É]... [--éffört F]... [--ñöté TÉXT] [--dàté D] [--jšöñ]
      à qûîçk mööd çhéçk-îñ; prîñtš thé dàý'š mööd àftérwàrdš
  çhéçkîñ lîšt [--lîmît Ñ] [--jšöñ]
  wîñ àdd [TÉXT...] [--dàté D] [--jšöñ]
      ñöté à šmàll wîñ; wîthöût TÉXT ît îš réàd fröm štdîñ (whîçh kéépš ît öût öf
      ýöûr šhéll hîštörý àñd thé pröçéšš lîšt)
  wîñ lîšt [--lîmît Ñ] [--jšöñ]

Jöb šéàrçh ("réböûñd-çlî àpp --hélp" àñd šö öñ gîvé évérý öptîöñ):
  àpp àdd --çömpàñý Ç [...] | àpp lîšt [--štàgé KÉÝ] [--öpéñ|--çlöšéd] [--šéàrçh T]
  àpp šhöw ÎD | àpp štàgé ÎD ŠTÀGÉ | àpp édît ÎD [...] | àpp délété ÎD [--ýéš]
  àpp éxpört [--förmàt çšv|jšöñ] [--öûtpût FÎLÉ]
  îñtérvîéw àdd ÀPP_ÎD --àt "ÝÝÝÝ-MM-DD HH:MM" [...] | îñtérvîéw édît ÎD [...]
  îñtérvîéw lîšt [ÀPP_ÎD] [--ûpçömîñg]
  féédbàçk àdd [--àpp ÎD] [--îñtérvîéw ÎD] [--téxt T|-] [--štréñgth Š]... [--wéàkñéšš Š]...
  féédbàçk lîšt [--àpp ÎD]
  škîllš | škîllš àçtîöñ àdd ŠKÎLL --tîtlé T | škîllš àçtîöñ döñé ÎD | škîllš pîtçh ŠKÎLL

Göàlš àñd révîéwš ("réböûñd-çlî göàl --hélp", "réböûñd-çlî révîéw --hélp"):
  göàl àdd TÎTLÉ [--kîñd K] [--bý D] [--métrîç M --pér-wéék Ñ] [--àltérñàtîvé-tö ÎD]
  göàl ñörth-štàr [TÉXT] | göàl lîšt [--àll] | göàl édît ÎD [...] | göàl döñé ÎD
  göàl délété ÎD [--ýéš] | çhéçklîšt lîšt
  révîéw štàrt [--çhéçklîšt ÑÀMÉ] | révîéw àñšwér ÎD Ñ ýéš|ñö|ûñšûré [--ñöté T] [...]
  révîéw fîñîšh ÎD | révîéw lîšt | révîéw šhöw ÎD | révîéw éxpört ÎD [--öûtpût FÎLÉ]

Péöplé àñd rémîñdérš ("réböûñd-çlî çöñtàçt --hélp", "réböûñd-çlî rémîñdérš --hélp"):
  çöñtàçt àdd --ñàmé Ñ [...] | çöñtàçt lîšt [--šéàrçh T] [--tàg TÀG] [--dûé]
  çöñtàçt šhöw ÎD | çöñtàçt lög ÎD [--kîñd K] [--dàté D] [--ñöté T] | çöñtàçt édît ÎD [...]
  çöñtàçt délété ÎD [--ýéš] | çöñtàçt împört FÎLÉ [--škîp-dûplîçàtéš] [--ýéš]
  çöñtàçt éxpört [--öûtpût FÎLÉ]
  rémîñdérš [--dûé] [--dàýš Ñ] [--îçš FÎLÉ] [--ñötîfý] [--jšöñ]

Îñšîghtš ("réböûñd-çlî îñšîghtš --hélp"):
  îñšîghtš [--ýéàr ÝÝÝÝ] [--réšt-dàýš 6,7|ñöñé] [--jšöñ]
      mööd tréñd, ýéàr îñ pîxélš, éffört štréàkš àñd göàlš, pîpélîñé fûññél,
      réçövérý àftér réjéçtîöñš, wîñš

Šýñç bétwééñ ýöûr dévîçéš, éñd-tö-éñd éñçrýptéd ("réböûñd-çlî šýñç --hélp"):
  šýñç šétûp --šérvér ÛRL [--ûšér ÑÀMÉ] | --földér DÎR [--jöîñ] [--dévîçé ÑÀMÉ]
  šýñç ñöw [--jšöñ] | šýñç štàtûš [--jšöñ] | šýñç öff [--ýéš]

D îš à dàté wrîttéñ ÝÝÝÝ-MM-DD (défàûlt: tödàý). --tàg, --émötîöñ àñd --éffört màý bé
répéàtéd ör tàké à çömmà-šépàràtéd lîšt. Émötîöñš àñd éfförtš àré gîvéñ bý ñàmé
("àñxîöûš", çàšé döéš ñöt màttér) ör îd ("émötîöñ:àñxîöûš").
Šéàrçh réšûltš màrk màtçhéš îñ böld öñ à térmîñàl àñd àš «màtçh» öthérwîšé (àlšö
whéñ ÑÖ_ÇÖLÖR îš šét); --jšöñ gîvéš hîghlîght ràñgéš àš ÛTF-16 öffšétš îñtö thé šñîppét.

Thé pàššphràšé îš réàd fröm thé térmîñàl wîthöût éçhö ör, whéñ štdîñ îš ñöt à
térmîñàl, fröm îtš fîršt lîñé (pàššwd: çûrréñt öñ lîñé 1, ñéw öñ lîñé 2).
ÎDš màý bé šhörtéñéd tö àñý ûñîqûé préfîx.
Éxît çödéš: 0 ök, 1 fàîlûré (àlšö îñvàlîd îñpût), 2 ûšàgé, 3 wröñg pàššphràšé,
4 vàûlt mîššîñg ör dàmàgéd, 5 (rémîñdérš --ñötîfý) ñö kéý rémémbéréd öñ thîš dévîçé.··········································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································································⟧
</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="501" />
            <source>For your safety the passphrase is never taken from the command line.</source>
            <translation>⟦För ýöûr šàfétý thé pàššphràšé îš ñévér tàkéñ fröm thé çömmàñd lîñé.···························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="513" />
            <source>%1 needs a value.</source>
            <translation>⟦%1 ñéédš à vàlûé.······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="523" />
            <source>Unknown option %1.</source>
            <translation>⟦Ûñkñöwñ öptîöñ %1.·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="536" />
            <source>Dates are written YYYY-MM-DD, e.g. 2026-11-22.</source>
            <translation>⟦Dàtéš àré wrîttéñ ÝÝÝÝ-MM-DD, é.g. 2026-11-22.··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="546" />
            <source>--mood takes a number from 1 to 5 (or "none").</source>
            <translation>⟦--mööd tàkéš à ñûmbér fröm 1 tö 5 (ör "ñöñé").··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="559" />
            <source>As a filter, --mood takes a number from 1 to 5 or a range such as 2-4.</source>
            <translation>⟦Àš à fîltér, --mööd tàkéš à ñûmbér fröm 1 tö 5 ör à ràñgé šûçh àš 2-4.····························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="567" />
            <source>--limit takes a number from 1 to %1.</source>
            <translation>⟦--lîmît tàkéš à ñûmbér fröm 1 tö %1.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="576" />
            <source>--at takes a local date and time written "YYYY-MM-DD HH:MM", e.g. "2026-11-24 14:30".</source>
            <translation>⟦--àt tàkéš à löçàl dàté àñd tîmé wrîttéñ "ÝÝÝÝ-MM-DD HH:MM", é.g. "2026-11-24 14:30".··································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="585" />
            <source>%1 takes a number from 1 to 5.</source>
            <translation>⟦%1 tàkéš à ñûmbér fröm 1 tö 5.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="627" />
            <source>--salary takes a range such as 60000-80000 or 60k-80k, or one figure.</source>
            <translation>⟦--šàlàrý tàkéš à ràñgé šûçh àš 60000-80000 ör 60k-80k, ör öñé fîgûré.···························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="629" />
            <source>The lowest salary is above the highest: %1.</source>
            <translation>⟦Thé löwéšt šàlàrý îš àbövé thé hîghéšt: %1.·················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Arguments.cpp" line="645" />
            <source>%1 takes one of: %2 (not “%3”).</source>
            <translation>⟦%1 tàkéš öñé öf: %2 (ñöt “%3”).············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="191" />
            <location filename="../backend/cli/CliSync.cpp" line="63" />
            <source>Unknown command: %1</source>
            <translation>⟦Ûñkñöwñ çömmàñd: %1·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="197" />
            <source>There is no vault in %1. Create one with "rebound-cli init".</source>
            <translation>⟦Théré îš ñö vàûlt îñ %1. Çréàté öñé wîth "réböûñd-çlî îñît".························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="199" />
            <source>Passphrase: </source>
            <translation>⟦Pàššphràšé: ····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="206" />
            <source>Repeat it: </source>
            <translation>⟦Répéàt ît: ····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="209" />
            <source>The two passphrases do not match. Nothing was changed.</source>
            <translation>⟦Thé twö pàššphràšéš dö ñöt màtçh. Ñöthîñg wàš çhàñgéd.·····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="216" />
            <source>Use at least %1 characters.</source>
            <translation>⟦Ûšé àt léàšt %1 çhàràçtérš.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="225" />
            <source>A vault already exists in %1.</source>
            <translation>⟦À vàûlt àlréàdý éxîštš îñ %1.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="226" />
            <location filename="../backend/cli/Cli.cpp" line="293" />
            <source>New passphrase: </source>
            <translation>⟦Ñéw pàššphràšé: ······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="228" />
            <source>Created an encrypted vault in %1.</source>
            <translation>⟦Çréàtéd àñ éñçrýptéd vàûlt îñ %1.·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="229" />
            <source>Keep your passphrase safe: it cannot be recovered.</source>
            <translation>⟦Kéép ýöûr pàššphràšé šàfé: ît çàññöt bé réçövéréd.····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="260" />
            <source>Vault:      %1</source>
            <translation>⟦Vàûlt:      %1·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="262" />
            <source>No vault here yet. Create one with "rebound-cli init".</source>
            <translation>⟦Ñö vàûlt héré ýét. Çréàté öñé wîth "réböûñd-çlî îñît".·····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="267" />
            <source>ID:         %1</source>
            <translation>⟦ÎD:         %1·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="268" />
            <source>Created:    %1</source>
            <translation>⟦Çréàtéd:    %1·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="269" />
            <source>Format:     version %1</source>
            <translation>⟦Förmàt:     véršîöñ %1········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="270" />
            <source>Key:        Argon2id, %1 MiB, %2 passes</source>
            <translation>⟦Kéý:        Àrgöñ2îd, %1 MîB, %2 pàššéš···············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="274" />
            <source>Database:   SQLCipher (file compatibility %1, %2-byte pages, %3), this build links %4</source>
            <translation>⟦Dàtàbàšé:   ŠQLÇîphér (fîlé çömpàtîbîlîtý %1, %2-býté pàgéš, %3), thîš bûîld lîñkš %4··································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="279" />
            <source>Remembered: %1</source>
            <translation>⟦Rémémbéréd: %1·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="280" />
            <source>yes, in the system keyring</source>
            <translation>⟦ýéš, îñ thé šýštém kéýrîñg··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="281" />
            <source>no</source>
            <translation>⟦ñö·⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="291" />
            <location filename="../backend/cli/CliReminders.cpp" line="157" />
            <source>There is no vault in %1.</source>
            <translation>⟦Théré îš ñö vàûlt îñ %1.·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="292" />
            <source>Current passphrase: </source>
            <translation>⟦Çûrréñt pàššphràšé: ········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="295" />
            <source>Passphrase changed.</source>
            <translation>⟦Pàššphràšé çhàñgéd.·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="307" />
            <source>Nothing to lock: the vault is only open while a command runs, and no key is remembered on this device.</source>
            <translation>⟦Ñöthîñg tö löçk: thé vàûlt îš öñlý öpéñ whîlé à çömmàñd rûñš, àñd ñö kéý îš rémémbéréd öñ thîš dévîçé.········································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="323" />
            <source>The system keyring did not remove the key (is it locked?). Nothing was changed; try again.</source>
            <translation>⟦Thé šýštém kéýrîñg dîd ñöt rémövé thé kéý (îš ît löçkéd?). Ñöthîñg wàš çhàñgéd; trý àgàîñ.····································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="326" />
            <source>The remembered key was removed; the app will ask for the passphrase next time.</source>
            <translation>⟦Thé rémémbéréd kéý wàš rémövéd; thé àpp wîll àšk för thé pàššphràšé ñéxt tîmé.·······························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="426" />
            <location filename="../backend/cli/CliJournal.cpp" line="22" />
            <source>The ID %1 is ambiguous; give more characters.</source>
            <translation>⟦Thé ÎD %1 îš àmbîgûöûš; gîvé möré çhàràçtérš.··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="436" />
            <location filename="../backend/cli/Cli.cpp" line="446" />
            <source>Only one text can come from stdin (given as -) in one command.</source>
            <translation>⟦Öñlý öñé téxt çàñ çömé fröm štdîñ (gîvéñ àš -) îñ öñé çömmàñd.························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="449" />
            <source>Write the text for %1; finish with Ctrl-D on an empty line.</source>
            <translation>⟦Wrîté thé téxt för %1; fîñîšh wîth Çtrl-D öñ àñ émptý lîñé.·······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="454" />
            <source> [y/N] </source>
            <translation>⟦ [ý/Ñ] ··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="455" />
            <source>y</source>
            <translation>⟦ý·⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="456" />
            <source>yes</source>
            <translation>⟦ýéš·⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/Cli.cpp" line="483" />
            <location filename="../backend/cli/CliReminders.cpp" line="197" />
            <source>rebound-cli: %1</source>
            <translation>⟦réböûñd-çlî: %1······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliCheckIns.cpp" line="37" />
            <source>How are you? A check-in needs --mood 1-5.</source>
            <translation>⟦Höw àré ýöû? À çhéçk-îñ ñéédš --mööd 1-5.················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliCheckIns.cpp" line="41" />
            <source>A check-in needs a mood from 1 to 5.</source>
            <translation>⟦À çhéçk-îñ ñéédš à mööd fröm 1 tö 5.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliCheckIns.cpp" line="54" />
            <source>Checked in for %1: mood %2</source>
            <translation>⟦Çhéçkéd îñ för %1: mööd %2··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliCheckIns.cpp" line="56" />
            <source>, feeling %1</source>
            <translation>⟦, féélîñg %1····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliCheckIns.cpp" line="58" />
            <source>; did %1</source>
            <translation>⟦; dîd %1···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliCheckIns.cpp" line="60" />
            <source>Mood of the day: %1 (one check-in)</source>
            <translation>⟦Mööd öf thé dàý: %1 (öñé çhéçk-îñ)·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliCheckIns.cpp" line="61" />
            <source>Mood of the day: %1 (average %2 of %3 check-ins)</source>
            <translation>⟦Mööd öf thé dàý: %1 (àvéràgé %2 öf %3 çhéçk-îñš)···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliCheckIns.cpp" line="83" />
            <source>No check-ins yet.</source>
            <translation>⟦Ñö çhéçk-îñš ýét.······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliCheckIns.cpp" line="104" />
            <source>Describe the win in one line; finish with Ctrl-D.</source>
            <translation>⟦Déšçrîbé thé wîñ îñ öñé lîñé; fîñîšh wîth Çtrl-D.···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliCheckIns.cpp" line="129" />
            <source>No wins noted yet. Every step counts: "rebound-cli win add ...".</source>
            <translation>⟦Ñö wîñš ñötéd ýét. Évérý štép çöûñtš: "réböûñd-çlî wîñ àdd ...".·························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="32" />
            <source>%1 at %2</source>
            <translation>⟦%1 àt %2···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="38" />
            <location filename="../backend/cli/CliContacts.cpp" line="282" />
            <source>off</source>
            <translation>⟦öff·⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="40" />
            <source>tags</source>
            <translation>⟦tàgš·⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="45" />
            <source>--cadence takes a number of days from 1 to %1, "off" (no keep-in-touch reminders) or "tags" (the default of its tags).</source>
            <translation>⟦--çàdéñçé tàkéš à ñûmbér öf dàýš fröm 1 tö %1, "öff" (ñö kéép-îñ-töûçh rémîñdérš) ör "tàgš" (thé défàûlt öf îtš tàgš).···············································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="97" />
            <source>Who is it? Give --name, e.g. contact add --name "Maya Chen" --tag recruiter.</source>
            <translation>⟦Whö îš ît? Gîvé --ñàmé, é.g. çöñtàçt àdd --ñàmé "Màýà Çhéñ" --tàg réçrûîtér.······························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="126" />
            <location filename="../backend/cli/CliContacts.cpp" line="254" />
            <location filename="../backend/cli/CliContacts.cpp" line="328" />
            <location filename="../backend/cli/CliContacts.cpp" line="364" />
            <location filename="../backend/cli/CliContacts.cpp" line="393" />
            <source>Which contact? Give its ID (see "contact list").</source>
            <translation>⟦Whîçh çöñtàçt? Gîvé îtš ÎD (šéé "çöñtàçt lîšt").···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="130" />
            <source>No contact has the ID %1.</source>
            <translation>⟦Ñö çöñtàçt hàš thé ÎD %1.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="169" />
            <source>no reminders</source>
            <translation>⟦ñö rémîñdérš····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="171" />
            <source>overdue since %1</source>
            <translation>⟦övérdûé šîñçé %1······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="173" />
            <source>due today</source>
            <translation>⟦dûé tödàý···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="174" />
            <location filename="../backend/cli/CliGoals.cpp" line="529" />
            <location filename="../backend/cli/CliSkills.cpp" line="232" />
            <source>due %1</source>
            <translation>⟦dûé %1··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="205" />
            <source>contact list --due takes no value: it lists the contacts due now.</source>
            <translation>⟦çöñtàçt lîšt --dûé tàkéš ñö vàlûé: ît lîštš thé çöñtàçtš dûé ñöw.··························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="232" />
            <source>Nobody is due for a catch-up.</source>
            <translation>⟦Ñöbödý îš dûé för à çàtçh-ûp.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="234" />
            <source>No contacts match.</source>
            <translation>⟦Ñö çöñtàçtš màtçh.·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="236" />
            <source>No contacts yet. Add one: rebound-cli contact add --name "Maya Chen" --tag recruiter.</source>
            <translation>⟦Ñö çöñtàçtš ýét. Àdd öñé: réböûñd-çlî çöñtàçt àdd --ñàmé "Màýà Çhéñ" --tàg réçrûîtér.··································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="244" />
            <location filename="../backend/cli/CliSkills.cpp" line="203" />
            <source>last %1</source>
            <translation>⟦làšt %1··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="244" />
            <source>never contacted</source>
            <translation>⟦ñévér çöñtàçtéd······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="259" />
            <location filename="../backend/cli/CliContacts.cpp" line="372" />
            <location filename="../backend/cli/CliContacts.cpp" line="402" />
            <source>That contact no longer exists.</source>
            <translation>⟦Thàt çöñtàçt ñö löñgér éxîštš.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="284" />
            <source>every %1 days</source>
            <translation>⟦évérý %1 dàýš·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="286" />
            <source>every %1 days (from its tags)</source>
            <translation>⟦évérý %1 dàýš (fröm îtš tàgš)···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="288" />
            <source>off (none of its tags has a cadence)</source>
            <translation>⟦öff (ñöñé öf îtš tàgš hàš à çàdéñçé)··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="289" />
            <location filename="../backend/cli/CliJobs.cpp" line="297" />
            <source>ID:</source>
            <translation>⟦ÎD:·⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="290" />
            <source>Company:</source>
            <translation>⟦Çömpàñý:···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="291" />
            <source>Role:</source>
            <translation>⟦Rölé:··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="292" />
            <source>Email:</source>
            <translation>⟦Émàîl:··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="293" />
            <source>Phone:</source>
            <translation>⟦Phöñé:··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="294" />
            <source>Profile:</source>
            <translation>⟦Pröfîlé:···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="295" />
            <source>How we met:</source>
            <translation>⟦Höw wé mét:····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="296" />
            <source>Tags:</source>
            <translation>⟦Tàgš:··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="297" />
            <source>Keep in touch:</source>
            <translation>⟦Kéép îñ töûçh:·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="298" />
            <source>Last contacted:</source>
            <translation>⟦Làšt çöñtàçtéd:······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="298" />
            <location filename="../backend/cli/CliSync.cpp" line="31" />
            <source>never</source>
            <translation>⟦ñévér··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="299" />
            <source>Next:</source>
            <translation>⟦Ñéxt:··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="303" />
            <source>Notes:</source>
            <translation>⟦Ñötéš:··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="304" />
            <source>Interactions:</source>
            <translation>⟦Îñtéràçtîöñš:·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="306" />
            <source>none logged yet</source>
            <translation>⟦ñöñé löggéd ýét······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="314" />
            <source>Applications:</source>
            <translation>⟦Àpplîçàtîöñš:·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="350" />
            <source>Logged: %1 with %2 on %3.</source>
            <translation>⟦Löggéd: %1 wîth %2 öñ %3.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="354" />
            <source>Next keep-in-touch: %1.</source>
            <translation>⟦Ñéxt kéép-îñ-töûçh: %1.·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="366" />
            <source>Nothing to change: give --name, --company, --role, --email, --phone, --url, --met, --tag, --notes or --cadence.</source>
            <translation>⟦Ñöthîñg tö çhàñgé: gîvé --ñàmé, --çömpàñý, --rölé, --émàîl, --phöñé, --ûrl, --mét, --tàg, --ñötéš ör --çàdéñçé.············································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="384" />
            <location filename="../backend/cli/CliJobs.cpp" line="590" />
            <location filename="../backend/cli/CliJournal.cpp" line="291" />
            <source>Updated %1.</source>
            <translation>⟦Ûpdàtéd %1.····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="397" />
            <location filename="../backend/cli/CliGoals.cpp" line="471" />
            <location filename="../backend/cli/CliJobs.cpp" line="602" />
            <source>Deleting cannot be undone here: add --yes to confirm (there is no terminal to ask on).</source>
            <translation>⟦Délétîñg çàññöt bé ûñdöñé héré: àdd --ýéš tö çöñfîrm (théré îš ñö térmîñàl tö àšk öñ).··································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="405" />
            <source>Delete %1 with %2 logged interaction(s)?</source>
            <translation>⟦Délété %1 wîth %2 löggéd îñtéràçtîöñ(š)?················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="406" />
            <source>Delete %1?</source>
            <translation>⟦Délété %1?····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="408" />
            <location filename="../backend/cli/CliGoals.cpp" line="478" />
            <location filename="../backend/cli/CliJobs.cpp" line="616" />
            <source>Nothing was deleted.</source>
            <translation>⟦Ñöthîñg wàš délétéd.········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="413" />
            <location filename="../backend/cli/CliJobs.cpp" line="621" />
            <location filename="../backend/cli/CliJournal.cpp" line="301" />
            <source>Deleted %1.</source>
            <translation>⟦Délétéd %1.····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="415" />
            <source>The applications that named them keep the name; they are no longer linked to a contact.</source>
            <translation>⟦Thé àpplîçàtîöñš thàt ñàméd thém kéép thé ñàmé; théý àré ñö löñgér lîñkéd tö à çöñtàçt.··································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="425" />
            <source>Which file? e.g. contact import contacts.vcf (vCard 3.0 or 4.0).</source>
            <translation>⟦Whîçh fîlé? é.g. çöñtàçt împört çöñtàçtš.vçf (vÇàrd 3.0 ör 4.0).·························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="429" />
            <location filename="../backend/cli/CliData.cpp" line="149" />
            <source>Could not read %1: %2</source>
            <translation>⟦Çöûld ñöt réàd %1: %2········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="431" />
            <source>%1 is larger than %2 MiB; nothing was imported.</source>
            <translation>⟦%1 îš làrgér thàñ %2 MîB; ñöthîñg wàš împörtéd.··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="440" />
            <source>Line %1: %2</source>
            <translation>⟦Lîñé %1: %2····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="442" />
            <source>%1 is not a vCard file we can read. %2 Nothing was imported.</source>
            <translation>⟦%1 îš ñöt à vÇàrd fîlé wé çàñ réàd. %2 Ñöthîñg wàš împörtéd.························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="450" />
            <source>%1 holds %2 contact(s):</source>
            <translation>⟦%1 höldš %2 çöñtàçt(š):·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="461" />
            <location filename="../backend/cli/CliData.cpp" line="182" />
            <source>and %1 more</source>
            <translation>⟦àñd %1 möré····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="463" />
            <source>Skipped while reading:</source>
            <translation>⟦Škîppéd whîlé réàdîñg:········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="469" />
            <source>Already in your contacts (same email or phone):</source>
            <translation>⟦Àlréàdý îñ ýöûr çöñtàçtš (šàmé émàîl ör phöñé):··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="472" />
            <source>%1 — shares %2 with %3 (%4)</source>
            <translation>⟦%1 — šhàréš %2 wîth %3 (%4)··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="487" />
            <location filename="../backend/cli/CliData.cpp" line="196" />
            <source>Nothing to import.</source>
            <translation>⟦Ñöthîñg tö împört.·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="492" />
            <source>Import %1 contact(s), leaving out %2 already here?</source>
            <translation>⟦Împört %1 çöñtàçt(š), léàvîñg öût %2 àlréàdý héré?····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="494" />
            <source>Import %1 contact(s), including %2 that may be already here (--skip-duplicates leaves them out)?</source>
            <translation>⟦Împört %1 çöñtàçt(š), îñçlûdîñg %2 thàt màý bé àlréàdý héré (--škîp-dûplîçàtéš léàvéš thém öût)?······································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="497" />
            <source>Import %1 contact(s)?</source>
            <translation>⟦Împört %1 çöñtàçt(š)?········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="500" />
            <location filename="../backend/cli/CliData.cpp" line="201" />
            <source>Nothing was imported: add --yes to import (there is no terminal to ask on).</source>
            <translation>⟦Ñöthîñg wàš împörtéd: àdd --ýéš tö împört (théré îš ñö térmîñàl tö àšk öñ).······························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="504" />
            <location filename="../backend/cli/CliData.cpp" line="206" />
            <source>Nothing was imported.</source>
            <translation>⟦Ñöthîñg wàš împörtéd.········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="509" />
            <source>Imported %1 contact(s).</source>
            <translation>⟦Împörtéd %1 çöñtàçt(š).·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="520" />
            <location filename="../backend/cli/CliGoals.cpp" line="963" />
            <location filename="../backend/cli/CliJobs.cpp" line="636" />
            <source>--output takes the name of a file to write.</source>
            <translation>⟦--öûtpût tàkéš thé ñàmé öf à fîlé tö wrîté.·················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="522" />
            <location filename="../backend/cli/CliData.cpp" line="57" />
            <location filename="../backend/cli/CliData.cpp" line="87" />
            <location filename="../backend/cli/CliGoals.cpp" line="965" />
            <location filename="../backend/cli/CliJobs.cpp" line="638" />
            <location filename="../backend/cli/CliReminders.cpp" line="79" />
            <source>The folder %1 does not exist; nothing was written.</source>
            <translation>⟦Thé földér %1 döéš ñöt éxîšt; ñöthîñg wàš wrîttéñ.····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="534" />
            <location filename="../backend/cli/CliGoals.cpp" line="982" />
            <location filename="../backend/cli/CliJobs.cpp" line="651" />
            <location filename="../backend/cli/CliReminders.cpp" line="105" />
            <source>Could not write %1 (is the folder writable?). Nothing was written.</source>
            <translation>⟦Çöûld ñöt wrîté %1 (îš thé földér wrîtàblé?). Ñöthîñg wàš wrîttéñ.··························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="537" />
            <source>Exported %1 contact(s) to %2 (vCard 4.0).</source>
            <translation>⟦Éxpörtéd %1 çöñtàçt(š) tö %2 (vÇàrd 4.0).················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="539" />
            <source>Warning: the export is not encrypted. Anyone who can read the file can read your contacts; delete it when you no longer need it.</source>
            <translation>⟦Wàrñîñg: thé éxpört îš ñöt éñçrýptéd. Àñýöñé whö çàñ réàd thé fîlé çàñ réàd ýöûr çöñtàçtš; délété ît whéñ ýöû ñö löñgér ñééd ît.···················································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliContacts.cpp" line="546" />
            <location filename="../backend/cli/CliGoals.cpp" line="993" />
            <location filename="../backend/cli/CliJobs.cpp" line="666" />
            <source>Warning: the export is not encrypted; take care where you keep it.</source>
            <translation>⟦Wàrñîñg: thé éxpört îš ñöt éñçrýptéd; tàké çàré whéré ýöû kéép ît.··························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="36" />
            <source>--per-week takes a whole number from 1 to %1.</source>
            <translation>⟦--pér-wéék tàkéš à whölé ñûmbér fröm 1 tö %1.··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="54" />
            <source>--metric takes one of: %1, or effort:NAME for check-ins tagged with an effort (not “%2”).</source>
            <translation>⟦--métrîç tàkéš öñé öf: %1, ör éffört:ÑÀMÉ för çhéçk-îñš tàggéd wîth àñ éffört (ñöt “%2”).···································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="63" />
            <source>--follow-up-status takes GOAL_ID:STATUS, e.g. 1a2b3c4d:paused.</source>
            <translation>⟦--föllöw-ûp-štàtûš tàkéš GÖÀL_ÎD:ŠTÀTÛŠ, é.g. 1à2b3ç4d:pàûšéd.························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="87" />
            <location filename="../backend/cli/CliGoals.cpp" line="395" />
            <location filename="../backend/cli/CliGoals.cpp" line="467" />
            <source>Which goal? Give its ID (see "goal list --all").</source>
            <translation>⟦Whîçh göàl? Gîvé îtš ÎD (šéé "göàl lîšt --àll").···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="91" />
            <source>No goal has the ID %1.</source>
            <translation>⟦Ñö göàl hàš thé ÎD %1.········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="96" />
            <location filename="../backend/cli/CliGoals.cpp" line="687" />
            <location filename="../backend/cli/CliGoals.cpp" line="849" />
            <location filename="../backend/cli/CliGoals.cpp" line="958" />
            <source>Which review? Give its ID (see "review list").</source>
            <translation>⟦Whîçh révîéw? Gîvé îtš ÎD (šéé "révîéw lîšt").··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="100" />
            <source>No review has the ID %1.</source>
            <translation>⟦Ñö révîéw hàš thé ÎD %1.·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="109" />
            <source>There is no checklist to review; add one in the app.</source>
            <translation>⟦Théré îš ñö çhéçklîšt tö révîéw; àdd öñé îñ thé àpp.····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="125" />
            <source>No checklist is called or has the ID “%1”. Checklists: %2.</source>
            <translation>⟦Ñö çhéçklîšt îš çàlléd ör hàš thé ÎD “%1”. Çhéçklîštš: %2.·······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="145" />
            <source>There is no effort called “%1”. Efforts: %2.</source>
            <translation>⟦Théré îš ñö éffört çàlléd “%1”. Éfförtš: %2.·················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="208" />
            <source>new goal “%1” (%2)</source>
            <translation>⟦ñéw göàl “%1” (%2)·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="212" />
            <source>goal “%1” → %2</source>
            <translation>⟦göàl “%1” → %2·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="215" />
            <source>skills action “%1” for %2 (%3)</source>
            <translation>⟦škîllš àçtîöñ “%1” för %2 (%3)············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="225" />
            <source>What is the goal? e.g. goal add "Backend engineer" --kind role.</source>
            <translation>⟦Whàt îš thé göàl? é.g. göàl àdd "Bàçkéñd éñgîñéér" --kîñd rölé.·························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="236" />
            <location filename="../backend/cli/CliGoals.cpp" line="254" />
            <source>A weekly effort goal needs --metric and --per-week, e.g. --metric applications --per-week 10.</source>
            <translation>⟦À wééklý éffört göàl ñéédš --métrîç àñd --pér-wéék, é.g. --métrîç àpplîçàtîöñš --pér-wéék 10.·····································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="239" />
            <location filename="../backend/cli/CliGoals.cpp" line="430" />
            <source>--metric and --per-week are for weekly effort goals (--kind effort).</source>
            <translation>⟦--métrîç àñd --pér-wéék àré för wééklý éffört göàlš (--kîñd éffört).···························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="278" />
            <source>No north star yet. Set the long-term goal you keep your eye on: rebound-cli goal north-star "TEXT".</source>
            <translation>⟦Ñö ñörth štàr ýét. Šét thé löñg-térm göàl ýöû kéép ýöûr éýé öñ: réböûñd-çlî göàl ñörth-štàr "TÉXT".·······································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="290" />
            <source>Give the north star's text with --notes, e.g. goal north-star "TEXT" --notes "why it matters".</source>
            <translation>⟦Gîvé thé ñörth štàr'š téxt wîth --ñötéš, é.g. göàl ñörth-štàr "TÉXT" --ñötéš "whý ît màttérš".·····································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="305" />
            <source>Your north star: %1</source>
            <translation>⟦Ýöûr ñörth štàr: %1·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="305" />
            <source>Cleared your north star.</source>
            <translation>⟦Çléàréd ýöûr ñörth štàr.·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="355" />
            <source>North star: %1</source>
            <translation>⟦Ñörth štàr: %1·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="357" />
            <source>No goals yet.</source>
            <translation>⟦Ñö göàlš ýét.·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="357" />
            <source>No open goals.</source>
            <translation>⟦Ñö öpéñ göàlš.·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="358" />
            <source>Add one: rebound-cli goal add "Backend engineer" --kind role.</source>
            <translation>⟦Àdd öñé: réböûñd-çlî göàl àdd "Bàçkéñd éñgîñéér" --kîñd rölé.························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="375" />
            <source>by %1</source>
            <translation>⟦bý %1··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="377" />
            <source>%1 of %2 this week (%3)</source>
            <translation>⟦%1 öf %2 thîš wéék (%3)·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="382" />
            <source>%1, %2 a week</source>
            <translation>⟦%1, %2 à wéék·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="384" />
            <source>  ↳ %1</source>
            <translation>⟦  ↳ %1··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="398" />
            <source>Nothing to change: give --title, --notes, --by, --status, --metric or --per-week.</source>
            <translation>⟦Ñöthîñg tö çhàñgé: gîvé --tîtlé, --ñötéš, --bý, --štàtûš, --métrîç ör --pér-wéék.································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="417" />
            <location filename="../backend/cli/CliGoals.cpp" line="452" />
            <location filename="../backend/cli/CliGoals.cpp" line="476" />
            <source>That goal no longer exists.</source>
            <translation>⟦Thàt göàl ñö löñgér éxîštš.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="438" />
            <source>Nothing changed for “%1”.</source>
            <translation>⟦Ñöthîñg çhàñgéd för “%1”.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="438" />
            <source>Saved “%1”.</source>
            <translation>⟦Šàvéd “%1”.····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="447" />
            <source>Which goal? Give its ID (see "goal list").</source>
            <translation>⟦Whîçh göàl? Gîvé îtš ÎD (šéé "göàl lîšt").················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="456" />
            <source>“%1” was already achieved.</source>
            <translation>⟦“%1” wàš àlréàdý àçhîévéd.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="457" />
            <source>Achieved: “%1”. Well done.</source>
            <translation>⟦Àçhîévéd: “%1”. Wéll döñé.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="477" />
            <source>Delete “%1” and its alternative paths?</source>
            <translation>⟦Délété “%1” àñd îtš àltérñàtîvé pàthš?···············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="482" />
            <source>Deleted “%1”.</source>
            <translation>⟦Délétéd “%1”.·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="483" />
            <source>Deleted “%1” and %2 alternative path(s).</source>
            <translation>⟦Délétéd “%1” àñd %2 àltérñàtîvé pàth(š).················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="519" />
            <source>No checklists. Add one in the app (Goals → Reviews).</source>
            <translation>⟦Ñö çhéçklîštš. Àdd öñé îñ thé àpp (Göàlš → Révîéwš).····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="527" />
            <source>every week</source>
            <translation>⟦évérý wéék····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="527" />
            <source>every %1 weeks</source>
            <translation>⟦évérý %1 wéékš·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="531" />
            <source>not scheduled</source>
            <translation>⟦ñöt šçhédûléd·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="534" />
            <source>1 question</source>
            <translation>⟦1 qûéštîöñ····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="534" />
            <source>%1 questions</source>
            <translation>⟦%1 qûéštîöñš····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="536" />
            <source>(default)</source>
            <translation>⟦(défàûlt)···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="568" />
            <source>Review of “%1”, started %2: %3 of %4 answered.</source>
            <translation>⟦Révîéw öf “%1”, štàrtéd %2: %3 öf %4 àñšwéréd.··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="580" />
            <source>Resumed the review you started on %1.</source>
            <translation>⟦Réšûméd thé révîéw ýöû štàrtéd öñ %1.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="581" />
            <source>Answer with: rebound-cli review answer %1 N yes|no|unsure [--note TEXT]</source>
            <translation>⟦Àñšwér wîth: réböûñd-çlî révîéw àñšwér %1 Ñ ýéš|ñö|ûñšûré [--ñöté TÉXT]····························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="594" />
            <source>review answer needs the review's ID, the question's number and yes, no or unsure, e.g. review answer 1a2b3c4d 2 yes.</source>
            <translation>⟦révîéw àñšwér ñéédš thé révîéw'š ÎD, thé qûéštîöñ'š ñûmbér àñd ýéš, ñö ör ûñšûré, é.g. révîéw àñšwér 1à2b3ç4d 2 ýéš.··············································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="600" />
            <source>The question's number is a whole number from 1 (not “%1”).</source>
            <translation>⟦Thé qûéštîöñ'š ñûmbér îš à whölé ñûmbér fröm 1 (ñöt “%1”).·······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="602" />
            <source>The answer</source>
            <translation>⟦Thé àñšwér····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="607" />
            <source>Give at most one of --follow-up-goal, --follow-up-action, --follow-up-status and --no-follow-up.</source>
            <translation>⟦Gîvé àt möšt öñé öf --föllöw-ûp-göàl, --föllöw-ûp-àçtîöñ, --föllöw-ûp-štàtûš àñd --ñö-föllöw-ûp.······································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="610" />
            <source>--goal-kind goes with --follow-up-goal.</source>
            <translation>⟦--göàl-kîñd göéš wîth --föllöw-ûp-göàl.···············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="612" />
            <source>--skill and --action-kind go with --follow-up-action.</source>
            <translation>⟦--škîll àñd --àçtîöñ-kîñd gö wîth --föllöw-ûp-àçtîöñ.·····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="624" />
            <source>--follow-up-goal needs the new goal's title.</source>
            <translation>⟦--föllöw-ûp-göàl ñéédš thé ñéw göàl'š tîtlé.·················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="629" />
            <source>--follow-up-action needs --skill NAME: the skill it works on.</source>
            <translation>⟦--föllöw-ûp-àçtîöñ ñéédš --škîll ÑÀMÉ: thé škîll ît wörkš öñ.························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="635" />
            <source>--follow-up-action needs the action's title.</source>
            <translation>⟦--föllöw-ûp-àçtîöñ ñéédš thé àçtîöñ'š tîtlé.·················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="645" />
            <location filename="../backend/cli/CliGoals.cpp" line="691" />
            <location filename="../backend/cli/CliGoals.cpp" line="853" />
            <location filename="../backend/cli/CliGoals.cpp" line="971" />
            <source>That review no longer exists.</source>
            <translation>⟦Thàt révîéw ñö löñgér éxîštš.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="648" />
            <source>That review was finished on %1 and can no longer be changed; start a new one with "rebound-cli review start".</source>
            <translation>⟦Thàt révîéw wàš fîñîšhéd öñ %1 àñd çàñ ñö löñgér bé çhàñgéd; štàrt à ñéw öñé wîth "réböûñd-çlî révîéw štàrt".···········································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="654" />
            <source>This review has %1 questions; give a number from 1 to %1 (not %2).</source>
            <translation>⟦Thîš révîéw hàš %1 qûéštîöñš; gîvé à ñûmbér fröm 1 tö %1 (ñöt %2).··························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="673" />
            <source>%1. %2 — %3</source>
            <translation>⟦%1. %2 — %3····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="675" />
            <source>Follow-up when you finish: %1</source>
            <translation>⟦Föllöw-ûp whéñ ýöû fîñîšh: %1···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="676" />
            <source>Every question is answered: rebound-cli review finish %1</source>
            <translation>⟦Évérý qûéštîöñ îš àñšwéréd: réböûñd-çlî révîéw fîñîšh %1······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="678" />
            <source>%1 still to answer.</source>
            <translation>⟦%1 štîll tö àñšwér.·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="694" />
            <source>That review was already finished on %1.</source>
            <translation>⟦Thàt révîéw wàš àlréàdý fîñîšhéd öñ %1.···············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="717" />
            <source>Added %1</source>
            <translation>⟦Àddéd %1···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="719" />
            <source>Planned %1</source>
            <translation>⟦Plàññéd %1····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="721" />
            <source>Changed %1</source>
            <translation>⟦Çhàñgéd %1····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="726" />
            <source>Finished the review of “%1” on %2: %3 of %4 answered.</source>
            <translation>⟦Fîñîšhéd thé révîéw öf “%1” öñ %2: %3 öf %4 àñšwéréd.·····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="734" />
            <source>No follow-ups.</source>
            <translation>⟦Ñö föllöw-ûpš.·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="736" />
            <source>See them in your skills plan: rebound-cli skills</source>
            <translation>⟦Šéé thém îñ ýöûr škîllš plàñ: réböûñd-çlî škîllš···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="738" />
            <source>Marked %1 goal-review reminder(s) done.</source>
            <translation>⟦Màrkéd %1 göàl-révîéw rémîñdér(š) döñé.···············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="770" />
            <source>No reviews yet. Start one: rebound-cli review start</source>
            <translation>⟦Ñö révîéwš ýét. Štàrt öñé: réböûñd-çlî révîéw štàrt····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="778" />
            <source>in progress</source>
            <translation>⟦îñ prögréšš····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="780" />
            <source>first review</source>
            <translation>⟦fîršt révîéw····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="782" />
            <source>no answers changed</source>
            <translation>⟦ñö àñšwérš çhàñgéd·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="785" />
            <source>1 answer changed</source>
            <translation>⟦1 àñšwér çhàñgéd······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="786" />
            <source>%1 answers changed</source>
            <translation>⟦%1 àñšwérš çhàñgéd·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="867" />
            <source>Review of “%1”</source>
            <translation>⟦Révîéw öf “%1”·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="869" />
            <source>Started %1, finished %2</source>
            <translation>⟦Štàrtéd %1, fîñîšhéd %2·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="870" />
            <source>Started %1, in progress</source>
            <translation>⟦Štàrtéd %1, îñ prögréšš·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="871" />
            <source>%1 of %2 answered</source>
            <translation>⟦%1 öf %2 àñšwéréd······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="881" />
            <source>(was: %1)</source>
            <translation>⟦(wàš: %1)···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="884" />
            <source>Note: %1</source>
            <translation>⟦Ñöté: %1···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="887" />
            <source>Follow-up: %1</source>
            <translation>⟦Föllöw-ûp: %1·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="887" />
            <source>Follow-up (done): %1</source>
            <translation>⟦Föllöw-ûp (döñé): %1········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="892" />
            <source>Summary: %1</source>
            <translation>⟦Šûmmàrý: %1····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="895" />
            <source>Since the last review (finished %1), from %2 to %3:</source>
            <translation>⟦Šîñçé thé làšt révîéw (fîñîšhéd %1), fröm %2 tö %3:····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="897" />
            <source>First review of this checklist. From %1 to %2:</source>
            <translation>⟦Fîršt révîéw öf thîš çhéçklîšt. Fröm %1 tö %2:··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="901" />
            <source>Answers: none changed.</source>
            <translation>⟦Àñšwérš: ñöñé çhàñgéd.········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="902" />
            <source>Answers: %1 changed.</source>
            <translation>⟦Àñšwérš: %1 çhàñgéd.········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="906" />
            <source>%1 %2 → %3</source>
            <translation>⟦%1 %2 → %3····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="910" />
            <source>Effort: %1 (%2, %3 a week): met %4 of %5 weeks, %6 a week on average</source>
            <translation>⟦Éffört: %1 (%2, %3 à wéék): mét %4 öf %5 wéékš, %6 à wéék öñ àvéràgé···························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="918" />
            <source>Mood: no check-ins in this period.</source>
            <translation>⟦Mööd: ñö çhéçk-îñš îñ thîš pérîöd.·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="921" />
            <source>Mood: %1 on average over %2 day(s) (%3 before that, %4)</source>
            <translation>⟦Mööd: %1 öñ àvéràgé övér %2 dàý(š) (%3 béföré thàt, %4)······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="928" />
            <source>Mood: %1 on average over %2 day(s)</source>
            <translation>⟦Mööd: %1 öñ àvéràgé övér %2 dàý(š)·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="933" />
            <source>Applications: %1 sent, %2 interview(s), %3 offer(s), %4 rejection(s); %5 open now</source>
            <translation>⟦Àpplîçàtîöñš: %1 šéñt, %2 îñtérvîéw(š), %3 öffér(š), %4 réjéçtîöñ(š); %5 öpéñ ñöw································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="941" />
            <source>Goal “%1”: %2 on %3</source>
            <translation>⟦Göàl “%1”: %2 öñ %3·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="944" />
            <source>Feedback received: %1</source>
            <translation>⟦Féédbàçk réçéîvéd: %1········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="949" />
            <source>Top skills to work on: %1</source>
            <translation>⟦Töp škîllš tö wörk öñ: %1··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="985" />
            <source>Exported the review to %1.</source>
            <translation>⟦Éxpörtéd thé révîéw tö %1.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliGoals.cpp" line="986" />
            <source>Warning: the export is not encrypted. Anyone who can read the file can read your answers; delete it when you no longer need it.</source>
            <translation>⟦Wàrñîñg: thé éxpört îš ñöt éñçrýptéd. Àñýöñé whö çàñ réàd thé fîlé çàñ réàd ýöûr àñšwérš; délété ît whéñ ýöû ñö löñgér ñééd ît.··················································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="76" />
            <source>--rest-days takes weekdays as numbers 1 (Monday) to 7 (Sunday) or names, e.g. 6,7 or sat,sun, or "none" (not “%1”).</source>
            <translation>⟦--réšt-dàýš tàkéš wéékdàýš àš ñûmbérš 1 (Möñdàý) tö 7 (Šûñdàý) ör ñàméš, é.g. 6,7 ör šàt,šûñ, ör "ñöñé" (ñöt “%1”).··············································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="94" />
            <source>none</source>
            <translation>⟦ñöñé·⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="133" />
            <source>Not enough recoveries for a trend yet (it needs %1; there are %2).</source>
            <translation>⟦Ñöt éñöûgh réçövérîéš för à tréñd ýét (ît ñéédš %1; théré àré %2).··························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="137" />
            <source>Recovery is getting shorter: about %1 day(s) less with each rejection.</source>
            <translation>⟦Réçövérý îš géttîñg šhörtér: àböût %1 dàý(š) léšš wîth éàçh réjéçtîöñ.····························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="140" />
            <source>Recovery is taking longer: about %1 day(s) more with each rejection.</source>
            <translation>⟦Réçövérý îš tàkîñg löñgér: àböût %1 dàý(š) möré wîth éàçh réjéçtîöñ.···························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="142" />
            <source>Recovery time is about the same from one rejection to the next.</source>
            <translation>⟦Réçövérý tîmé îš àböût thé šàmé fröm öñé réjéçtîöñ tö thé ñéxt.·························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="317" />
            <source>--year takes a year from %1 to this year, e.g. %2.</source>
            <translation>⟦--ýéàr tàkéš à ýéàr fröm %1 tö thîš ýéàr, é.g. %2.····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="368" />
            <source>Insights on %1</source>
            <translation>⟦Îñšîghtš öñ %1·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="371" />
            <source>Mood</source>
            <translation>⟦Mööd·⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="374" />
            <source>%1 days</source>
            <translation>⟦%1 dàýš··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="376" />
            <source>no mood recorded</source>
            <translation>⟦ñö mööd réçördéd······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="379" />
            <source>mean %1 on %2 day(s)</source>
            <translation>⟦méàñ %1 öñ %2 dàý(š)········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="381" />
            <source>%1-day average %2 → %3</source>
            <translation>⟦%1-dàý àvéràgé %2 → %3········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="389" />
            <source>Year in pixels, %1 (mood 1 to 5 per day, . = none)</source>
            <translation>⟦Ýéàr îñ pîxélš, %1 (mööd 1 tö 5 pér dàý, . = ñöñé)····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="401" />
            <source>%1 day(s), mean %2</source>
            <translation>⟦%1 dàý(š), méàñ %2·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="401" />
            <source>0 days</source>
            <translation>⟦0 dàýš··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="409" />
            <source>Years with moods: %1 (--year YYYY shows another)</source>
            <translation>⟦Ýéàrš wîth möödš: %1 (--ýéàr ÝÝÝÝ šhöwš àñöthér)···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="415" />
            <source>Effort (what you control; planned rest days: %1)</source>
            <translation>⟦Éffört (whàt ýöû çöñtröl; plàññéd réšt dàýš: %1)···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="418" />
            <source>%1 day(s) since %2</source>
            <translation>⟦%1 dàý(š) šîñçé %2·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="418" />
            <location filename="../backend/cli/CliInsights.cpp" line="424" />
            <source>none yet</source>
            <translation>⟦ñöñé ýét···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="419" />
            <source>, today done</source>
            <translation>⟦, tödàý döñé····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="419" />
            <source>, nothing yet today</source>
            <translation>⟦, ñöthîñg ýét tödàý·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="420" />
            <source>Current streak</source>
            <translation>⟦Çûrréñt štréàk·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="422" />
            <source>Best streak</source>
            <translation>⟦Béšt štréàk····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="423" />
            <source>%1 day(s), %2 to %3</source>
            <translation>⟦%1 dàý(š), %2 tö %3·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="425" />
            <source>Last 30 days</source>
            <translation>⟦Làšt 30 dàýš····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="426" />
            <source>%1 day(s) with effort, %2 rest day(s)</source>
            <translation>⟦%1 dàý(š) wîth éffört, %2 réšt dàý(š)··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="428" />
            <source>7 days</source>
            <translation>⟦7 dàýš··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="428" />
            <source>30 days</source>
            <translation>⟦30 dàýš··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="435" />
            <source>Weekly effort goals</source>
            <translation>⟦Wééklý éffört göàlš·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="437" />
            <source>None yet (goal add TITLE --metric M --per-week N).</source>
            <translation>⟦Ñöñé ýét (göàl àdd TÎTLÉ --métrîç M --pér-wéék Ñ).····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="442" />
            <source>%1 of %2 this week</source>
            <translation>⟦%1 öf %2 thîš wéék·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="443" />
            <source>met %1 of %2 weeks</source>
            <translation>⟦mét %1 öf %2 wéékš·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="448" />
            <source>Pipeline funnel (applications reaching each step; % of the step before)</source>
            <translation>⟦Pîpélîñé fûññél (àpplîçàtîöñš réàçhîñg éàçh štép; % öf thé štép béföré)····························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="450" />
            <source>No applications sent yet.</source>
            <translation>⟦Ñö àpplîçàtîöñš šéñt ýét.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="453" />
            <source>Month</source>
            <translation>⟦Möñth··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="467" />
            <source>All time</source>
            <translation>⟦Àll tîmé···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="476" />
            <source>Resilience (days until the %1-day mood average is back to the %2-day baseline)</source>
            <translation>⟦Réšîlîéñçé (dàýš ûñtîl thé %1-dàý mööd àvéràgé îš bàçk tö thé %2-dàý bàšélîñé)·······························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="481" />
            <source>No rejections recorded.</source>
            <translation>⟦Ñö réjéçtîöñš réçördéd.·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="483" />
            <source>Rejected</source>
            <translation>⟦Réjéçtéd···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="483" />
            <source>Application</source>
            <translation>⟦Àpplîçàtîöñ····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="483" />
            <source>Baseline</source>
            <translation>⟦Bàšélîñé···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="483" />
            <source>Back to baseline</source>
            <translation>⟦Bàçk tö bàšélîñé······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="491" />
            <source>in %1 day(s)</source>
            <translation>⟦îñ %1 dàý(š)····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="498" />
            <source>Mean recovery: %1 day(s) over %2 of %3 rejection(s).</source>
            <translation>⟦Méàñ réçövérý: %1 dàý(š) övér %2 öf %3 réjéçtîöñ(š).····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="507" />
            <source>Faster recovery when the first week had:</source>
            <translation>⟦Fàštér réçövérý whéñ thé fîršt wéék hàd:················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="512" />
            <source>%1 day(s) with (%2)</source>
            <translation>⟦%1 dàý(š) wîth (%2)·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="513" />
            <source>%1 without (%2)</source>
            <translation>⟦%1 wîthöût (%2)······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="520" />
            <source>Wins</source>
            <translation>⟦Wîñš·⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="521" />
            <source>%1 in all, %2 in the last 30 days</source>
            <translation>⟦%1 îñ àll, %2 îñ thé làšt 30 dàýš·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="525" />
            <source>Recent:</source>
            <translation>⟦Réçéñt:··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliInsights.cpp" line="529" />
            <source>A low day: wins worth remembering</source>
            <translation>⟦À löw dàý: wîñš wörth rémémbérîñg·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="38" />
            <source>--contact takes NAME, NAME:ROLE, "NAME &lt;EMAIL&gt;" or "NAME:ROLE&lt;EMAIL&gt;" (not “%1”).</source>
            <translation>⟦--çöñtàçt tàkéš ÑÀMÉ, ÑÀMÉ:RÖLÉ, "ÑÀMÉ &lt;EMAIL&gt;" ör "ÑÀMÉ:RÖLÉ&lt;EMAIL&gt;" (ñöt “%1”).································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="50" />
            <source>“%1” does not look like an e-mail address.</source>
            <translation>⟦“%1” döéš ñöt löök lîké àñ é-màîl àddréšš.················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="149" />
            <location filename="../backend/cli/CliJobs.cpp" line="598" />
            <source>Which application? Give its ID (see "app list").</source>
            <translation>⟦Whîçh àpplîçàtîöñ? Gîvé îtš ÎD (šéé "àpp lîšt").···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="153" />
            <source>No application has the ID %1.</source>
            <translation>⟦Ñö àpplîçàtîöñ hàš thé ÎD %1.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="158" />
            <source>Which interview? Give its ID (see "interview list").</source>
            <translation>⟦Whîçh îñtérvîéw? Gîvé îtš ÎD (šéé "îñtérvîéw lîšt").····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="162" />
            <source>No interview has the ID %1.</source>
            <translation>⟦Ñö îñtérvîéw hàš thé ÎD %1.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="173" />
            <source>from %1</source>
            <translation>⟦fröm %1··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="175" />
            <source>up to %1</source>
            <translation>⟦ûp tö %1···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="188" />
            <source>confidence %1 → %2</source>
            <translation>⟦çöñfîdéñçé %1 → %2·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="298" />
            <source>Stage:</source>
            <translation>⟦Štàgé:··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="298" />
            <source>%1 since %2</source>
            <translation>⟦%1 šîñçé %2····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="300" />
            <source>Link:</source>
            <translation>⟦Lîñk:··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="302" />
            <source>Source:</source>
            <translation>⟦Šöûrçé:··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="304" />
            <source>Where:</source>
            <translation>⟦Whéré:··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="306" />
            <source>Salary:</source>
            <translation>⟦Šàlàrý:··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="308" />
            <source>Currency:</source>
            <translation>⟦Çûrréñçý:···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="309" />
            <source>Added:</source>
            <translation>⟦Àddéd:··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="312" />
            <source>History</source>
            <translation>⟦Hîštörý··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="321" />
            <source>People</source>
            <translation>⟦Péöplé··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="332" />
            <source>Interviews</source>
            <translation>⟦Îñtérvîéwš····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="340" />
            <location filename="../backend/cli/CliJobs.cpp" line="838" />
            <source>with %1</source>
            <translation>⟦wîth %1··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="344" />
            <source>Stumped me</source>
            <translation>⟦Štûmpéd mé····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="345" />
            <source>Less confident</source>
            <translation>⟦Léšš çöñfîdéñt·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="346" />
            <source>Went well</source>
            <translation>⟦Wéñt wéll···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="347" />
            <source>Next time</source>
            <translation>⟦Ñéxt tîmé···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="348" />
            <location filename="../backend/cli/CliJobs.cpp" line="399" />
            <source>Notes</source>
            <translation>⟦Ñötéš··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="357" />
            <source>Feedback</source>
            <translation>⟦Féédbàçk···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="379" />
            <source>Reminders</source>
            <translation>⟦Rémîñdérš···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="391" />
            <source>The guided rejection flow is waiting for you in the app.</source>
            <translation>⟦Thé gûîdéd réjéçtîöñ flöw îš wàîtîñg för ýöû îñ thé àpp.······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="392" />
            <source>The guided rejection flow is waiting for you in the app (%1 of %2 steps done).</source>
            <translation>⟦Thé gûîdéd réjéçtîöñ flöw îš wàîtîñg för ýöû îñ thé àpp (%1 öf %2 štépš döñé).·······························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="410" />
            <source>Which company? app add needs --company NAME.</source>
            <translation>⟦Whîçh çömpàñý? àpp àdd ñéédš --çömpàñý ÑÀMÉ.·················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="440" />
            <source>Give --open or --closed, not both (without either, all are listed).</source>
            <translation>⟦Gîvé --öpéñ ör --çlöšéd, ñöt böth (wîthöût éîthér, àll àré lîštéd).··························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="468" />
            <source>No applications match.</source>
            <translation>⟦Ñö àpplîçàtîöñš màtçh.········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="469" />
            <source>No applications yet. Add one with "rebound-cli app add --company NAME".</source>
            <translation>⟦Ñö àpplîçàtîöñš ýét. Àdd öñé wîth "réböûñd-çlî àpp àdd --çömpàñý ÑÀMÉ".····························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="480" />
            <source>%1 (%2)</source>
            <translation>⟦%1 (%2)··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="496" />
            <location filename="../backend/cli/CliJobs.cpp" line="518" />
            <location filename="../backend/cli/CliJobs.cpp" line="577" />
            <location filename="../backend/cli/CliJobs.cpp" line="607" />
            <source>That application no longer exists.</source>
            <translation>⟦Thàt àpplîçàtîöñ ñö löñgér éxîštš.·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="509" />
            <source>app stage needs the application's ID and the new stage, e.g. "app stage 3f2a interviewing".</source>
            <translation>⟦àpp štàgé ñéédš thé àpplîçàtîöñ'š ÎD àñd thé ñéw štàgé, é.g. "àpp štàgé 3f2à îñtérvîéwîñg".····································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="511" />
            <source>The stage</source>
            <translation>⟦Thé štàgé···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="540" />
            <source>%1 is now at %2 (since %3).</source>
            <translation>⟦%1 îš ñöw àt %2 (šîñçé %3).··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="544" />
            <source>Recorded %1 on %2 in the history; %3 stays at %4, a later step.</source>
            <translation>⟦Réçördéd %1 öñ %2 îñ thé hîštörý; %3 štàýš àt %4, à làtér štép.·························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="548" />
            <source>I'm sorry. A rejection stings, and it says nothing final about what you are worth.
Rebound has a short guided flow for this moment: name how you feel, ask for
feedback, keep the door open, note what went well. It is a conversation, not a
command, so it does not run here: it is waiting for you in the app, on this
application.</source>
            <translation>⟦Î'm šörrý. À réjéçtîöñ štîñgš, àñd ît šàýš ñöthîñg fîñàl àböût whàt ýöû àré wörth.
Réböûñd hàš à šhört gûîdéd flöw för thîš möméñt: ñàmé höw ýöû féél, àšk för
féédbàçk, kéép thé döör öpéñ, ñöté whàt wéñt wéll. Ît îš à çöñvéršàtîöñ, ñöt à
çömmàñd, šö ît döéš ñöt rûñ héré: ît îš wàîtîñg för ýöû îñ thé àpp, öñ thîš
àpplîçàtîöñ.··································································································································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="555" />
            <source>That is %1 rejections in the last %2 days. When you are ready, a goal review
in the app can help you decide what to change, and what to keep.</source>
            <translation>⟦Thàt îš %1 réjéçtîöñš îñ thé làšt %2 dàýš. Whéñ ýöû àré réàdý, à göàl révîéw
îñ thé àpp çàñ hélp ýöû déçîdé whàt tö çhàñgé, àñd whàt tö kéép.························································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="567" />
            <source>The stage changes with "app stage ID STAGE [--date D] [--note N]", which keeps its history; app edit changes the other fields.</source>
            <translation>⟦Thé štàgé çhàñgéš wîth "àpp štàgé ÎD ŠTÀGÉ [--dàté D] [--ñöté Ñ]", whîçh kéépš îtš hîštörý; àpp édît çhàñgéš thé öthér fîéldš.··················································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="590" />
            <location filename="../backend/cli/CliJournal.cpp" line="291" />
            <source>Nothing to change in %1.</source>
            <translation>⟦Ñöthîñg tö çhàñgé îñ %1.·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="611" />
            <source>Delete %1 with its stage history, people and %2 interview(s)?</source>
            <translation>⟦Délété %1 wîth îtš štàgé hîštörý, péöplé àñd %2 îñtérvîéw(š)?························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="614" />
            <source>Delete %1 with its stage history and people?</source>
            <translation>⟦Délété %1 wîth îtš štàgé hîštörý àñd péöplé?·················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="623" />
            <source>Its feedback stays in your skills plan.</source>
            <translation>⟦Îtš féédbàçk štàýš îñ ýöûr škîllš plàñ.···············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="654" />
            <source>Exported %1 application(s) to %2.</source>
            <translation>⟦Éxpörtéd %1 àpplîçàtîöñ(š) tö %2.·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="656" />
            <source>Warning: the export is not encrypted. Anyone who can read the file can read your applications; delete it when you no longer need it.</source>
            <translation>⟦Wàrñîñg: thé éxpört îš ñöt éñçrýptéd. Àñýöñé whö çàñ réàd thé fîlé çàñ réàd ýöûr àpplîçàtîöñš; délété ît whéñ ýöû ñö löñgér ñééd ît.····················································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="693" />
            <source>--with takes a name.</source>
            <translation>⟦--wîth tàkéš à ñàmé.········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="718" />
            <source>Which application? interview add needs its ID (see "app list").</source>
            <translation>⟦Whîçh àpplîçàtîöñ? îñtérvîéw àdd ñéédš îtš ÎD (šéé "àpp lîšt").·························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="720" />
            <source>When is it? interview add needs --at "YYYY-MM-DD HH:MM".</source>
            <translation>⟦Whéñ îš ît? îñtérvîéw àdd ñéédš --àt "ÝÝÝÝ-MM-DD HH:MM".······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="747" />
            <source>Reminder to prepare: %1.</source>
            <translation>⟦Rémîñdér tö prépàré: %1.·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="761" />
            <source>That interview no longer exists.</source>
            <translation>⟦Thàt îñtérvîéw ñö löñgér éxîštš.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="795" />
            <source>Updated the interview of %1.</source>
            <translation>⟦Ûpdàtéd thé îñtérvîéw öf %1.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="795" />
            <source>Nothing to change in the interview of %1.</source>
            <translation>⟦Ñöthîñg tö çhàñgé îñ thé îñtérvîéw öf %1.················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="823" />
            <source>No interviews ahead.</source>
            <translation>⟦Ñö îñtérvîéwš àhéàd.········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="823" />
            <source>No interviews yet.</source>
            <translation>⟦Ñö îñtérvîéwš ýét.·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJournal.cpp" line="17" />
            <source>Which entry? Give its ID (see "journal list").</source>
            <translation>⟦Whîçh éñtrý? Gîvé îtš ÎD (šéé "jöûrñàl lîšt").··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJournal.cpp" line="20" />
            <source>No journal entry has the ID %1.</source>
            <translation>⟦Ñö jöûrñàl éñtrý hàš thé ÎD %1.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJournal.cpp" line="65" />
            <source>There is no emotion called “%1”. Known emotions: %2.</source>
            <translation>⟦Théré îš ñö émötîöñ çàlléd “%1”. Kñöwñ émötîöñš: %2.····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJournal.cpp" line="66" />
            <source>There is no effort called “%1”. Known efforts: %2.</source>
            <translation>⟦Théré îš ñö éffört çàlléd “%1”. Kñöwñ éfförtš: %2.····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJournal.cpp" line="87" />
            <source>As filters, --emotion and --tag take one value each.</source>
            <translation>⟦Àš fîltérš, --émötîöñ àñd --tàg tàké öñé vàlûé éàçh.····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJournal.cpp" line="89" />
            <source>Give either --date or --from/--to, not both.</source>
            <translation>⟦Gîvé éîthér --dàté ör --fröm/--tö, ñöt böth.·················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJournal.cpp" line="97" />
            <source>--from must not be after --to.</source>
            <translation>⟦--fröm mûšt ñöt bé àftér --tö.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJournal.cpp" line="121" />
            <source>There is no template “%1”. Templates: %2.</source>
            <translation>⟦Théré îš ñö témplàté “%1”. Témplàtéš: %2.················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJournal.cpp" line="133" />
            <source>Write your entry (leave it empty to start from the template); finish with Ctrl-D on an empty line.</source>
            <translation>⟦Wrîté ýöûr éñtrý (léàvé ît émptý tö štàrt fröm thé témplàté); fîñîšh wîth Çtrl-D öñ àñ émptý lîñé.·······································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJournal.cpp" line="135" />
            <source>Write your entry; finish with Ctrl-D on an empty line.</source>
            <translation>⟦Wrîté ýöûr éñtrý; fîñîšh wîth Çtrl-D öñ àñ émptý lîñé.·····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJournal.cpp" line="144" />
            <source>The entry is empty; nothing was saved.</source>
            <translation>⟦Thé éñtrý îš émptý; ñöthîñg wàš šàvéd.···············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJournal.cpp" line="176" />
            <location filename="../backend/cli/CliJournal.cpp" line="219" />
            <source>No journal entries match.</source>
            <translation>⟦Ñö jöûrñàl éñtrîéš màtçh.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJournal.cpp" line="176" />
            <source>No journal entries yet.</source>
            <translation>⟦Ñö jöûrñàl éñtrîéš ýét.·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJournal.cpp" line="193" />
            <source>What should I search for? Give words, filters, or both.</source>
            <translation>⟦Whàt šhöûld Î šéàrçh för? Gîvé wördš, fîltérš, ör böth.······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJournal.cpp" line="241" />
            <location filename="../backend/cli/CliJournal.cpp" line="274" />
            <source>That entry no longer exists.</source>
            <translation>⟦Thàt éñtrý ñö löñgér éxîštš.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJournal.cpp" line="246" />
            <source>ID:       %1</source>
            <translation>⟦ÎD:       %1····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJournal.cpp" line="247" />
            <source>Date:     %1</source>
            <translation>⟦Dàté:     %1····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJournal.cpp" line="248" />
            <source>Mood:     %1</source>
            <translation>⟦Mööd:     %1····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJournal.cpp" line="248" />
            <source>not given</source>
            <translation>⟦ñöt gîvéñ···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJournal.cpp" line="250" />
            <source>Tags:     %1</source>
            <translation>⟦Tàgš:     %1····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJournal.cpp" line="252" />
            <source>Emotions: %1</source>
            <translation>⟦Émötîöñš: %1····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJournal.cpp" line="254" />
            <source>Template: %1</source>
            <translation>⟦Témplàté: %1····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJournal.cpp" line="263" />
            <source>Give the new text with --text or --stdin, not both.</source>
            <translation>⟦Gîvé thé ñéw téxt wîth --téxt ör --štdîñ, ñöt böth.····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliReminders.cpp" line="32" />
            <source>--days takes a number of days from 0 to %1.</source>
            <translation>⟦--dàýš tàkéš à ñûmbér öf dàýš fröm 0 tö %1.·················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliReminders.cpp" line="67" />
            <source>reminders --due takes no value: it lists what is due now.</source>
            <translation>⟦rémîñdérš --dûé tàkéš ñö vàlûé: ît lîštš whàt îš dûé ñöw.······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliReminders.cpp" line="69" />
            <source>reminders --due lists what is due now; it does not go with --days or --ics.</source>
            <translation>⟦rémîñdérš --dûé lîštš whàt îš dûé ñöw; ît döéš ñöt gö wîth --dàýš ör --îçš.······························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliReminders.cpp" line="71" />
            <source>reminders --ics writes iCalendar; it does not go with --json.</source>
            <translation>⟦rémîñdérš --îçš wrîtéš îÇàléñdàr; ît döéš ñöt gö wîth --jšöñ.························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliReminders.cpp" line="77" />
            <source>--ics takes the name of a file to write (or - for stdout).</source>
            <translation>⟦--îçš tàkéš thé ñàmé öf à fîlé tö wrîté (ör - för štdöût).·······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliReminders.cpp" line="97" />
            <source>Warning: the calendar is not encrypted; take care where you keep it.</source>
            <translation>⟦Wàrñîñg: thé çàléñdàr îš ñöt éñçrýptéd; tàké çàré whéré ýöû kéép ît.···························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliReminders.cpp" line="108" />
            <source>Wrote %1 reminder(s) for the next %2 day(s) to %3 (iCalendar).</source>
            <translation>⟦Wröté %1 rémîñdér(š) för thé ñéxt %2 dàý(š) tö %3 (îÇàléñdàr).························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliReminders.cpp" line="113" />
            <source>Warning: the calendar file is not encrypted. Anyone who can read it sees who and what your reminders are about.</source>
            <translation>⟦Wàrñîñg: thé çàléñdàr fîlé îš ñöt éñçrýptéd. Àñýöñé whö çàñ réàd ît šééš whö àñd whàt ýöûr rémîñdérš àré àböût.············································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliReminders.cpp" line="138" />
            <source>Nothing is due.</source>
            <translation>⟦Ñöthîñg îš dûé.······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliReminders.cpp" line="138" />
            <source>Nothing is due in the next %1 day(s).</source>
            <translation>⟦Ñöthîñg îš dûé îñ thé ñéxt %1 dàý(š).··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliReminders.cpp" line="144" />
            <source>Due now:</source>
            <translation>⟦Dûé ñöw:···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliReminders.cpp" line="147" />
            <source>Next %1 day(s):</source>
            <translation>⟦Ñéxt %1 dàý(š):······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliReminders.cpp" line="161" />
            <source>rebound-cli: reminders cannot be shown while the app is closed: the vault's key is not remembered on this device. Unlock Rebound with "Remember on this device" turned on (it keeps the key in the system keyring); until then reminders show only while the app is open. Nothing was changed.</source>
            <translation>⟦réböûñd-çlî: rémîñdérš çàññöt bé šhöwñ whîlé thé àpp îš çlöšéd: thé vàûlt'š kéý îš ñöt rémémbéréd öñ thîš dévîçé. Ûñlöçk Réböûñd wîth "Rémémbér öñ thîš dévîçé" tûrñéd öñ (ît kéépš thé kéý îñ thé šýštém kéýrîñg); ûñtîl théñ rémîñdérš šhöw öñlý whîlé thé àpp îš öpéñ. Ñöthîñg wàš çhàñgéd.··················································································································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliReminders.cpp" line="185" />
            <source>The system keyring did not answer (is it locked?). No reminders were shown; the timer tries again later.</source>
            <translation>⟦Thé šýštém kéýrîñg dîd ñöt àñšwér (îš ît löçkéd?). Ñö rémîñdérš wéré šhöwñ; thé tîmér trîéš àgàîñ làtér.·········································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliReminders.cpp" line="199" />
            <source>No reminder was marked as notified; they will be shown next time.</source>
            <translation>⟦Ñö rémîñdér wàš màrkéd àš ñötîfîéd; théý wîll bé šhöwñ ñéxt tîmé.··························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliReminders.cpp" line="204" />
            <source>Showed %1 notification(s) for %2 reminder(s).</source>
            <translation>⟦Šhöwéd %1 ñötîfîçàtîöñ(š) för %2 rémîñdér(š).··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSkills.cpp" line="17" />
            <source>1 mention</source>
            <translation>⟦1 méñtîöñ···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSkills.cpp" line="17" />
            <source>%1 mentions</source>
            <translation>⟦%1 méñtîöñš····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSkills.cpp" line="76" />
            <source>Which action? Give its ID (see "skills").</source>
            <translation>⟦Whîçh àçtîöñ? Gîvé îtš ÎD (šéé "škîllš").················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSkills.cpp" line="80" />
            <source>No action has the ID %1.</source>
            <translation>⟦Ñö àçtîöñ hàš thé ÎD %1.·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSkills.cpp" line="92" />
            <source>There is no skill called “%1” yet; skills come from feedback ("feedback add --weakness SKILL").</source>
            <translation>⟦Théré îš ñö škîll çàlléd “%1” ýét; škîllš çömé fröm féédbàçk ("féédbàçk àdd --wéàkñéšš ŠKÎLL").······································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSkills.cpp" line="95" />
            <source>There is no skill called “%1”. Skills: %2.</source>
            <translation>⟦Théré îš ñö škîll çàlléd “%1”. Škîllš: %2.················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSkills.cpp" line="119" />
            <source>That interview belongs to another application; give --interview alone.</source>
            <translation>⟦Thàt îñtérvîéw bélöñgš tö àñöthér àpplîçàtîöñ; gîvé --îñtérvîéw àlöñé.····························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSkills.cpp" line="128" />
            <source>Added to your skills plan: see "rebound-cli skills".</source>
            <translation>⟦Àddéd tö ýöûr škîllš plàñ: šéé "réböûñd-çlî škîllš".····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSkills.cpp" line="147" />
            <source>No feedback yet. When some comes, "rebound-cli feedback add" turns it into a skills plan.</source>
            <translation>⟦Ñö féédbàçk ýét. Whéñ šömé çöméš, "réböûñd-çlî féédbàçk àdd" tûrñš ît îñtö à škîllš plàñ.···································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSkills.cpp" line="194" />
            <source>No skills yet. Feedback names them: "rebound-cli feedback add --strength S --weakness W".</source>
            <translation>⟦Ñö škîllš ýét. Féédbàçk ñàméš thém: "réböûñd-çlî féédbàçk àdd --štréñgth Š --wéàkñéšš W".···································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSkills.cpp" line="206" />
            <source>Strengths: lean on these</source>
            <translation>⟦Štréñgthš: léàñ öñ théšé·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSkills.cpp" line="208" />
            <location filename="../backend/cli/CliSkills.cpp" line="217" />
            <source>None named yet.</source>
            <translation>⟦Ñöñé ñàméd ýét.······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSkills.cpp" line="213" />
            <source>Pitch: %1</source>
            <translation>⟦Pîtçh: %1···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSkills.cpp" line="215" />
            <source>Weaknesses: work on these</source>
            <translation>⟦Wéàkñéššéš: wörk öñ théšé··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSkills.cpp" line="224" />
            <source>No action yet: rebound-cli skills action add "%1" --title ...</source>
            <translation>⟦Ñö àçtîöñ ýét: réböûñd-çlî škîllš àçtîöñ àdd "%1" --tîtlé ...························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSkills.cpp" line="244" />
            <source>Which skill? e.g. skills action add "System design" --title "Read a chapter a day".</source>
            <translation>⟦Whîçh škîll? é.g. škîllš àçtîöñ àdd "Šýštém déšîgñ" --tîtlé "Réàd à çhàptér à dàý".·································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSkills.cpp" line="246" />
            <source>What will you do? skills action add needs --title TEXT.</source>
            <translation>⟦Whàt wîll ýöû dö? škîllš àçtîöñ àdd ñéédš --tîtlé TÉXT.······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSkills.cpp" line="269" />
            <source>That action no longer exists.</source>
            <translation>⟦Thàt àçtîöñ ñö löñgér éxîštš.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSkills.cpp" line="275" />
            <source>“%1” was already done.</source>
            <translation>⟦“%1” wàš àlréàdý döñé.········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSkills.cpp" line="275" />
            <source>Done: “%1”. Well done.</source>
            <translation>⟦Döñé: “%1”. Wéll döñé.········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSkills.cpp" line="285" />
            <source>Which skill? e.g. skills pitch "Communication" "I explain ...".</source>
            <translation>⟦Whîçh škîll? é.g. škîllš pîtçh "Çömmûñîçàtîöñ" "Î éxplàîñ ...".·························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSkills.cpp" line="289" />
            <source>Give the pitch as words or with --stdin, not both.</source>
            <translation>⟦Gîvé thé pîtçh àš wördš ör wîth --štdîñ, ñöt böth.····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSkills.cpp" line="295" />
            <source>How do you tell this strength? Finish with Ctrl-D on an empty line.</source>
            <translation>⟦Höw dö ýöû téll thîš štréñgth? Fîñîšh wîth Çtrl-D öñ àñ émptý lîñé.··························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSkills.cpp" line="305" />
            <source>Cleared the pitch for %1.</source>
            <translation>⟦Çléàréd thé pîtçh för %1.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSkills.cpp" line="305" />
            <source>Saved your pitch for %1.</source>
            <translation>⟦Šàvéd ýöûr pîtçh för %1.·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="27" />
            <source>%1 B</source>
            <translation>⟦%1 B·⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="27" />
            <source>%1 KiB</source>
            <translation>⟦%1 KîB··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="70" />
            <source>Give either --server URL (WebDAV) or --folder DIR.</source>
            <translation>⟦Gîvé éîthér --šérvér ÛRL (WébDÀV) ör --földér DÎR.····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="77" />
            <source>--server takes an address such as https://cloud.example.org/remote.php/dav/files/me/Rebound/</source>
            <translation>⟦--šérvér tàkéš àñ àddréšš šûçh àš httpš://çlöûd.éxàmplé.örg/rémöté.php/dàv/fîléš/mé/Réböûñd/····································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="80" />
            <source>Give the account with --user, not inside the address; the password is asked for.</source>
            <translation>⟦Gîvé thé àççöûñt wîth --ûšér, ñöt îñšîdé thé àddréšš; thé pàššwörd îš àškéd för.································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="86" />
            <source>--user and --allow-http are for --server only.</source>
            <translation>⟦--ûšér àñd --àllöw-http àré för --šérvér öñlý.··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="92" />
            <source>Computer</source>
            <translation>⟦Çömpûtér···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="97" />
            <source>Server password: </source>
            <translation>⟦Šérvér pàššwörd: ······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="100" />
            <source>Sync passphrase: </source>
            <translation>⟦Šýñç pàššphràšé: ······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="100" />
            <source>New sync passphrase: </source>
            <translation>⟦Ñéw šýñç pàššphràšé: ········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="115" />
            <source>Joined the sync at %1 as "%2".</source>
            <translation>⟦Jöîñéd thé šýñç àt %1 àš "%2".············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="115" />
            <source>Sync is set up at %1 for "%2".</source>
            <translation>⟦Šýñç îš šét ûp àt %1 för "%2".············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="118" />
            <source>Received %1 changes, sent %2.</source>
            <translation>⟦Réçéîvéd %1 çhàñgéš, šéñt %2.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="120" />
            <source>Keep the sync passphrase safe: every device needs it, and it cannot be recovered.</source>
            <translation>⟦Kéép thé šýñç pàššphràšé šàfé: évérý dévîçé ñéédš ît, àñd ît çàññöt bé réçövéréd.································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="135" />
            <source>Synced: %1 changes received, %2 sent.</source>
            <translation>⟦Šýñçéd: %1 çhàñgéš réçéîvéd, %2 šéñt.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="136" />
            <source>%1 requests, %2 up, %3 down, %4 s.</source>
            <translation>⟦%1 réqûéštš, %2 ûp, %3 döwñ, %4 š.·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="141" />
            <source>%1 edits made at the same time on two devices were kept as earlier versions; see them in Settings → Sync in the app.</source>
            <translation>⟦%1 édîtš màdé àt thé šàmé tîmé öñ twö dévîçéš wéré képt àš éàrlîér véršîöñš; šéé thém îñ Šéttîñgš → Šýñç îñ thé àpp.··············································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="177" />
            <source>Sync is off on this device. Set it up with "rebound-cli sync setup".</source>
            <translation>⟦Šýñç îš öff öñ thîš dévîçé. Šét ît ûp wîth "réböûñd-çlî šýñç šétûp".···························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="180" />
            <source>Server:</source>
            <translation>⟦Šérvér:··⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="181" />
            <source>Account:</source>
            <translation>⟦Àççöûñt:···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="181" />
            <source>-</source>
            <translation>⟦-·⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="182" />
            <source>This device:</source>
            <translation>⟦Thîš dévîçé:····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="183" />
            <source>Last sync:</source>
            <translation>⟦Làšt šýñç:····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="184" />
            <source>Pending changes:</source>
            <translation>⟦Péñdîñg çhàñgéš:······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="185" />
            <source>Conflicts kept:</source>
            <translation>⟦Çöñflîçtš képt:······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="187" />
            <source>Last attempt failed:</source>
            <translation>⟦Làšt àttémpt fàîléd:········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="189" />
            <source>Action needed:</source>
            <translation>⟦Àçtîöñ ñéédéd:·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="189" />
            <source>the sync passphrase changed on another device; enter it in the app (Settings → Sync).</source>
            <translation>⟦thé šýñç pàššphràšé çhàñgéd öñ àñöthér dévîçé; éñtér ît îñ thé àpp (Šéttîñgš → Šýñç).··································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="192" />
            <source>Devices:</source>
            <translation>⟦Dévîçéš:···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="195" />
            <source> (this device)</source>
            <translation>⟦ (thîš dévîçé)·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="196" />
            <source>last heard from %1</source>
            <translation>⟦làšt héàrd fröm %1·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="207" />
            <source>Sync is already off on this device.</source>
            <translation>⟦Šýñç îš àlréàdý öff öñ thîš dévîçé.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="210" />
            <source>Turn sync off on this device? The data on the server stays, and other devices keep syncing.</source>
            <translation>⟦Tûrñ šýñç öff öñ thîš dévîçé? Thé dàtà öñ thé šérvér štàýš, àñd öthér dévîçéš kéép šýñçîñg.····································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliSync.cpp" line="214" />
            <source>Sync is off on this device.</source>
            <translation>⟦Šýñç îš öff öñ thîš dévîçé.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliData.cpp" line="44" />
            <source>--map takes a mood word and a level from 1 to 5, e.g. --map "Zen=5".</source>
            <translation>⟦--màp tàkéš à mööd wörd àñd à lévél fröm 1 tö 5, é.g. --màp "Zéñ=5".···························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliData.cpp" line="72" />
            <source>Exported %1 journal entries and %2 records. The files are not encrypted: keep them somewhere safe.</source>
            <translation>⟦Éxpörtéd %1 jöûrñàl éñtrîéš àñd %2 réçördš. Thé fîléš àré ñöt éñçrýptéd: kéép thém šöméwhéré šàfé.·······································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliData.cpp" line="83" />
            <source>Where to? e.g. backup create ~/rebound.rebound-backup</source>
            <translation>⟦Whéré tö? é.g. bàçkûp çréàté ~/réböûñd.réböûñd-bàçkûp·····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliData.cpp" line="90" />
            <location filename="../backend/cli/CliData.cpp" line="107" />
            <location filename="../backend/cli/CliData.cpp" line="133" />
            <source>Backup passphrase: </source>
            <translation>⟦Bàçkûp pàššphràšé: ·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliData.cpp" line="96" />
            <source>Backed up %1 records to %2. You need the backup passphrase to restore it.</source>
            <translation>⟦Bàçkéd ûp %1 réçördš tö %2. Ýöû ñééd thé bàçkûp pàššphràšé tö réštöré ît.·····························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliData.cpp" line="106" />
            <source>Which file? e.g. backup check rebound.rebound-backup</source>
            <translation>⟦Whîçh fîlé? é.g. bàçkûp çhéçk réböûñd.réböûñd-bàçkûp····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliData.cpp" line="118" />
            <source>The backup is complete and intact: %1 records from vault %2, made on %3 by Rebound %4.</source>
            <translation>⟦Thé bàçkûp îš çömplété àñd îñtàçt: %1 réçördš fröm vàûlt %2, màdé öñ %3 bý Réböûñd %4.··································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliData.cpp" line="128" />
            <source>Which file? e.g. backup restore rebound.rebound-backup</source>
            <translation>⟦Whîçh fîlé? é.g. bàçkûp réštöré réböûñd.réböûñd-bàçkûp·····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliData.cpp" line="131" />
            <source>A vault already exists in %1. Restore into another folder with --vault DIR.</source>
            <translation>⟦À vàûlt àlréàdý éxîštš îñ %1. Réštöré îñtö àñöthér földér wîth --vàûlt DÎR.······························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliData.cpp" line="135" />
            <source>Restored the backup into a new vault in %1. Its passphrase is the backup's; change it with "rebound-cli passwd".</source>
            <translation>⟦Réštöréd thé bàçkûp îñtö à ñéw vàûlt îñ %1. Îtš pàššphràšé îš thé bàçkûp'š; çhàñgé ît wîth "réböûñd-çlî pàššwd".············································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliData.cpp" line="145" />
            <source>Which file? e.g. import daylio daylio_export.csv</source>
            <translation>⟦Whîçh fîlé? é.g. împört dàýlîö dàýlîö_éxpört.çšv···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliData.cpp" line="153" />
            <source>%1 is not a Daylio export we can read. %2 Nothing was imported.</source>
            <translation>⟦%1 îš ñöt à Dàýlîö éxpört wé çàñ réàd. %2 Ñöthîñg wàš împörtéd.·························⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliData.cpp" line="170" />
            <source>%1: %2 entries from %3 to %4.</source>
            <translation>⟦%1: %2 éñtrîéš fröm %3 tö %4.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliData.cpp" line="175" />
            <source>New check-ins: %1</source>
            <translation>⟦Ñéw çhéçk-îñš: %1······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliData.cpp" line="176" />
            <source>New journal entries (from notes): %1</source>
            <translation>⟦Ñéw jöûrñàl éñtrîéš (fröm ñötéš): %1··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliData.cpp" line="178" />
            <source>Already imported, skipped: %1</source>
            <translation>⟦Àlréàdý împörtéd, škîppéd: %1···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliData.cpp" line="183" />
            <source>New effort tags: %1</source>
            <translation>⟦Ñéw éffört tàgš: %1·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliData.cpp" line="188" />
            <source>Custom moods without a level (%1 entries get no check-in): %2. Give each one with --map "WORD=1-5".</source>
            <translation>⟦Çûštöm möödš wîthöût à lévél (%1 éñtrîéš gét ñö çhéçk-îñ): %2. Gîvé éàçh öñé wîth --màp "WÖRD=1-5".·······································⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliData.cpp" line="205" />
            <source>Import them?</source>
            <translation>⟦Împört thém?····⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliData.cpp" line="219" />
            <source>Imported %1 check-ins and %2 journal entries (tagged "%3"); %4 new effort tags.</source>
            <translation>⟦Împörtéd %1 çhéçk-îñš àñd %2 jöûrñàl éñtrîéš (tàggéd "%3"); %4 ñéw éffört tàgš.·······························⟧</translation>
        </message>
    </context>
    <context>
        <name>ComingSoonPage</name>
        <message>
            <location filename="../qml/pages/ComingSoonPage.qml" line="25" />
            <source>Coming in a later version of Rebound.</source>
            <translation>⟦Çömîñg îñ à làtér véršîöñ öf Réböûñd.··············⟧</translation>
        </message>
    </context>
    <context>
        <name>ComingUpCard</name>
        <message>
            <location filename="../qml/today/ComingUpCard.qml" line="22" />
            <source>Overdue · %1</source>
            <translation>⟦Övérdûé · %1····⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/ComingUpCard.qml" line="24" />
            <source>Today</source>
            <translation>⟦Tödàý··⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/ComingUpCard.qml" line="26" />
            <source>Tomorrow</source>
            <translation>⟦Tömörröw···⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/ComingUpCard.qml" line="35" />
            <source>Coming up</source>
            <translation>⟦Çömîñg ûp···⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/ComingUpCard.qml" line="88" />
            <source>Mark done: %1</source>
            <translation>⟦Màrk döñé: %1·····⟧</translation>
        </message>
    </context>
    <context>
        <name>ConfidencePicker</name>
        <message>
            <location filename="../qml/jobs/ConfidencePicker.qml" line="21" />
            <source>Very unsure</source>
            <translation>⟦Vérý ûñšûré····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ConfidencePicker.qml" line="23" />
            <source>Unsure</source>
            <translation>⟦Ûñšûré··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ConfidencePicker.qml" line="25" />
            <source>So-so</source>
            <translation>⟦Šö-šö··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ConfidencePicker.qml" line="27" />
            <source>Confident</source>
            <translation>⟦Çöñfîdéñt···⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ConfidencePicker.qml" line="29" />
            <source>Very confident</source>
            <translation>⟦Vérý çöñfîdéñt·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ConfidencePicker.qml" line="31" />
            <source>Not given</source>
            <translation>⟦Ñöt gîvéñ···⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ConfidencePicker.qml" line="43" />
            <source>%1: %2</source>
            <translation>⟦%1: %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ConfidencePicker.qml" line="90" />
            <source>%1, %2</source>
            <translation>⟦%1, %2··⟧</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDeleteDialog</name>
        <message>
            <location filename="../qml/journal/ConfirmDeleteDialog.qml" line="17" />
            <source>Delete this entry?</source>
            <translation>⟦Délété thîš éñtrý?·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/ConfirmDeleteDialog.qml" line="20" />
            <source>It will be removed from this device.</source>
            <translation>⟦Ît wîll bé rémövéd fröm thîš dévîçé.··············⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/ConfirmDeleteDialog.qml" line="35" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/ConfirmDeleteDialog.qml" line="43" />
            <source>Delete</source>
            <translation>⟦Délété··⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/ConfirmDeleteDialog.qml" line="45" />
            <source>Delete entry</source>
            <translation>⟦Délété éñtrý····⟧</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDialog</name>
        <message>
            <location filename="../qml/jobs/ConfirmDialog.qml" line="12" />
            <source>Remove</source>
            <translation>⟦Rémövé··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/ConfirmDialog.qml" line="45" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="72" />
            <source>Give the contact a name.</source>
            <translation>⟦Gîvé thé çöñtàçt à ñàmé.·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="75" />
            <source>"%1" does not look like an e-mail address.</source>
            <translation>⟦"%1" döéš ñöt löök lîké àñ é-màîl àddréšš.················⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="126" />
            <source>New contact</source>
            <translation>⟦Ñéw çöñtàçt····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="126" />
            <source>Edit contact</source>
            <translation>⟦Édît çöñtàçt····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="153" />
            <source>Name</source>
            <translation>⟦Ñàmé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="161" />
            <source>e.g. Maya Chen</source>
            <translation>⟦é.g. Màýà Çhéñ·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="164" />
            <source>Name (required)</source>
            <translation>⟦Ñàmé (réqûîréd)······⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="179" />
            <location filename="../qml/people/ContactEditor.qml" line="189" />
            <source>Company</source>
            <translation>⟦Çömpàñý··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="186" />
            <source>e.g. Northwind</source>
            <translation>⟦é.g. Ñörthwîñd·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="198" />
            <source>Role</source>
            <translation>⟦Rölé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="205" />
            <source>e.g. Talent partner</source>
            <translation>⟦é.g. Tàléñt pàrtñér·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="208" />
            <source>Role at work</source>
            <translation>⟦Rölé àt wörk····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="214" />
            <source>Who they are to you</source>
            <translation>⟦Whö théý àré tö ýöû·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="221" />
            <source>Tags</source>
            <translation>⟦Tàgš·⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="231" />
            <source>Tag: %1</source>
            <translation>⟦Tàg: %1··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="238" />
            <location filename="../qml/people/ContactEditor.qml" line="246" />
            <source>Keep in touch</source>
            <translation>⟦Kéép îñ töûçh·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="250" />
            <source>From tags</source>
            <translation>⟦Fröm tàgš···⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="254" />
            <source>Every…</source>
            <translation>⟦Évérý…··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="258" />
            <source>Off</source>
            <translation>⟦Öff·⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="278" />
            <source>Days between contacts</source>
            <translation>⟦Dàýš bétwééñ çöñtàçtš········⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="283" />
            <source>days</source>
            <translation>⟦dàýš·⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="291" />
            <source>No keep-in-touch reminders for this contact.</source>
            <translation>⟦Ñö kéép-îñ-töûçh rémîñdérš för thîš çöñtàçt.·················⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="291" />
            <source>Every %1 days, the shortest default of the chosen tags (Settings → Reminders).</source>
            <translation>⟦Évérý %1 dàýš, thé šhörtéšt défàûlt öf thé çhöšéñ tàgš (Šéttîñgš → Rémîñdérš).·······························⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="291" />
            <source>None of the chosen tags has a default, so no reminders until you add one.</source>
            <translation>⟦Ñöñé öf thé çhöšéñ tàgš hàš à défàûlt, šö ñö rémîñdérš ûñtîl ýöû àdd öñé.·····························⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="298" />
            <location filename="../qml/people/ContactEditor.qml" line="305" />
            <source>E-mail</source>
            <translation>⟦É-màîl··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="306" />
            <source>name@example.com</source>
            <translation>⟦ñàmé@éxàmplé.çöm······⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="307" />
            <source>Add an e-mail</source>
            <translation>⟦Àdd àñ é-màîl·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="312" />
            <location filename="../qml/people/ContactEditor.qml" line="319" />
            <source>Phone</source>
            <translation>⟦Phöñé··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="320" />
            <source>+44 20 7946 0000</source>
            <translation>⟦+44 20 7946 0000······⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="321" />
            <source>Add a phone number</source>
            <translation>⟦Àdd à phöñé ñûmbér·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="326" />
            <location filename="../qml/people/ContactEditor.qml" line="337" />
            <source>Profile link</source>
            <translation>⟦Pröfîlé lîñk····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="333" />
            <source>e.g. linkedin.com/in/…</source>
            <translation>⟦é.g. lîñkédîñ.çöm/îñ/…········⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="341" />
            <location filename="../qml/people/ContactEditor.qml" line="351" />
            <source>How you met</source>
            <translation>⟦Höw ýöû mét····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="348" />
            <source>e.g. Meetup on data tooling, March</source>
            <translation>⟦é.g. Méétûp öñ dàtà töölîñg, Màrçh·············⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="355" />
            <location filename="../qml/people/ContactEditor.qml" line="368" />
            <source>Notes</source>
            <translation>⟦Ñötéš··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="363" />
            <source>What they work on, what you promised, what to ask next time…</source>
            <translation>⟦Whàt théý wörk öñ, whàt ýöû prömîšéd, whàt tö àšk ñéxt tîmé…························⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="380" />
            <source>Delete</source>
            <translation>⟦Délété··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="382" />
            <source>Delete contact</source>
            <translation>⟦Délété çöñtàçt·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="392" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="393" />
            <source>Cancel without saving</source>
            <translation>⟦Çàñçél wîthöût šàvîñg········⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="402" />
            <source>Add</source>
            <translation>⟦Àdd·⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="402" />
            <source>Save</source>
            <translation>⟦Šàvé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="403" />
            <source>Add contact</source>
            <translation>⟦Àdd çöñtàçt····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactEditor.qml" line="403" />
            <source>Save contact</source>
            <translation>⟦Šàvé çöñtàçt····⟧</translation>
        </message>
    </context>
    <context>
        <name>ContactList</name>
        <message>
            <location filename="../qml/people/ContactList.qml" line="49" />
            <source>Search name, company, role or e-mail</source>
            <translation>⟦Šéàrçh ñàmé, çömpàñý, rölé ör é-màîl··············⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactList.qml" line="53" />
            <source>Search contacts</source>
            <translation>⟦Šéàrçh çöñtàçtš······⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactList.qml" line="61" />
            <source>New contact</source>
            <translation>⟦Ñéw çöñtàçt····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactList.qml" line="98" />
            <source>%1 (%2)</source>
            <translation>⟦%1 (%2)··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactList.qml" line="100" />
            <source>Only %1</source>
            <translation>⟦Öñlý %1··⟧</translation>
        </message>
    </context>
    <context>
        <name>ContactRepository</name>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="57" />
            <source>“%1” is not a web link (http or https).</source>
            <translation>⟦“%1” îš ñöt à wéb lîñk (http ör httpš).···············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="88" />
            <source>Give the contact a name.</source>
            <translation>⟦Gîvé thé çöñtàçt à ñàmé.·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="99" />
            <source>“%1” is not an email address.</source>
            <translation>⟦“%1” îš ñöt àñ émàîl àddréšš.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="106" />
            <source>A contact can have at most %1 email addresses.</source>
            <translation>⟦À çöñtàçt çàñ hàvé àt möšt %1 émàîl àddréššéš.··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="117" />
            <source>“%1” is not a phone number.</source>
            <translation>⟦“%1” îš ñöt à phöñé ñûmbér.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="124" />
            <source>A contact can have at most %1 phone numbers.</source>
            <translation>⟦À çöñtàçt çàñ hàvé àt möšt %1 phöñé ñûmbérš.·················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="138" />
            <location filename="../backend/storage/ContactRepository.cpp" line="364" />
            <source>Unknown tag: %1.</source>
            <translation>⟦Ûñkñöwñ tàg: %1.······⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="149" />
            <location filename="../backend/storage/ContactRepository.cpp" line="366" />
            <source>Keep in touch every 1 to %1 days, or turn it off.</source>
            <translation>⟦Kéép îñ töûçh évérý 1 tö %1 dàýš, ör tûrñ ît öff.···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="156" />
            <source>Choose who you were in touch with.</source>
            <translation>⟦Çhööšé whö ýöû wéré îñ töûçh wîth.·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="158" />
            <source>Unknown kind of contact: %1.</source>
            <translation>⟦Ûñkñöwñ kîñd öf çöñtàçt: %1.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="160" />
            <source>Give the day you were in touch.</source>
            <translation>⟦Gîvé thé dàý ýöû wéré îñ töûçh.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="177" />
            <location filename="../backend/storage/ContactRepository.cpp" line="187" />
            <location filename="../backend/storage/ContactRepository.cpp" line="305" />
            <location filename="../backend/storage/ContactRepository.cpp" line="336" />
            <location filename="../backend/storage/ContactRepository.cpp" line="418" />
            <source>That contact no longer exists.</source>
            <translation>⟦Thàt çöñtàçt ñö löñgér éxîštš.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="315" />
            <location filename="../backend/storage/ContactRepository.cpp" line="327" />
            <source>That interaction no longer exists.</source>
            <translation>⟦Thàt îñtéràçtîöñ ñö löñgér éxîštš.·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="416" />
            <location filename="../backend/storage/ContactRepository.cpp" line="430" />
            <source>That person is no longer on the application.</source>
            <translation>⟦Thàt péršöñ îš ñö löñgér öñ thé àpplîçàtîöñ.·················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="450" />
            <source>At most %1 contacts can be imported at once.</source>
            <translation>⟦Àt möšt %1 çöñtàçtš çàñ bé împörtéd àt öñçé.·················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="458" />
            <source>Contact %1 (%2): %3</source>
            <translation>⟦Çöñtàçt %1 (%2): %3·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="460" />
            <source>no name</source>
            <translation>⟦ñö ñàmé··⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="518" />
            <source>Give the template a name.</source>
            <translation>⟦Gîvé thé témplàté à ñàmé.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="522" />
            <source>Write the message of the template.</source>
            <translation>⟦Wrîté thé méššàgé öf thé témplàté.·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="533" />
            <location filename="../backend/storage/ContactRepository.cpp" line="545" />
            <source>That template no longer exists.</source>
            <translation>⟦Thàt témplàté ñö löñgér éxîštš.············⟧</translation>
        </message>
    </context>
    <context>
        <name>ContactRow</name>
        <message>
            <location filename="../qml/people/ContactRow.qml" line="31" />
            <source>last contacted %1</source>
            <translation>⟦làšt çöñtàçtéd %1······⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactRow.qml" line="62" />
            <source> · </source>
            <translation>⟦ · ·⟧</translation>
        </message>
    </context>
    <context>
        <name>ContactView</name>
        <message>
            <location filename="../qml/people/ContactView.qml" line="22" />
            <source> · </source>
            <translation>⟦ · ·⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="45" />
            <source>Contact: %1</source>
            <translation>⟦Çöñtàçt: %1····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="45" />
            <source>Contact</source>
            <translation>⟦Çöñtàçt··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="65" />
            <source>Back to people</source>
            <translation>⟦Bàçk tö péöplé·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="65" />
            <source>Close the contact</source>
            <translation>⟦Çlöšé thé çöñtàçt······⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="76" />
            <source>Delete</source>
            <translation>⟦Délété··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="78" />
            <source>Delete contact</source>
            <translation>⟦Délété çöñtàçt·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="85" />
            <source>Edit</source>
            <translation>⟦Édît·⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="86" />
            <source>Edit contact</source>
            <translation>⟦Édît çöñtàçt····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="172" />
            <location filename="../qml/people/ContactView.qml" line="186" />
            <source>Keep in touch</source>
            <translation>⟦Kéép îñ töûçh·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="203" />
            <source>Last contacted %1 (%2)</source>
            <translation>⟦Làšt çöñtàçtéd %1 (%2)········⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="203" />
            <source>Nothing logged yet</source>
            <translation>⟦Ñöthîñg löggéd ýét·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="211" />
            <source>Cadence: %1 · next on %2</source>
            <translation>⟦Çàdéñçé: %1 · ñéxt öñ %2·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="211" />
            <source>Cadence: %1</source>
            <translation>⟦Çàdéñçé: %1····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="223" />
            <location filename="../qml/people/ContactView.qml" line="308" />
            <source>Log</source>
            <translation>⟦Lög·⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="224" />
            <source>Log an interaction with %1</source>
            <translation>⟦Lög àñ îñtéràçtîöñ wîth %1··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="229" />
            <source>Reach out</source>
            <translation>⟦Réàçh öût···⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="230" />
            <source>Write to %1</source>
            <translation>⟦Wrîté tö %1····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="238" />
            <source>Reach them</source>
            <translation>⟦Réàçh thém····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="240" />
            <source>No e-mail, phone or profile yet. Edit to add them.</source>
            <translation>⟦Ñö é-màîl, phöñé ör pröfîlé ýét. Édît tö àdd thém.····················⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="251" />
            <source>Write an e-mail to %1</source>
            <translation>⟦Wrîté àñ é-màîl tö %1········⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="265" />
            <source>Call %1</source>
            <translation>⟦Çàll %1··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="275" />
            <source>Open the profile link</source>
            <translation>⟦Öpéñ thé pröfîlé lîñk········⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="283" />
            <source>About</source>
            <translation>⟦Àböût··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="288" />
            <source>Met: %1</source>
            <translation>⟦Mét: %1··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="307" />
            <source>Interactions</source>
            <translation>⟦Îñtéràçtîöñš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="309" />
            <source>Log an interaction</source>
            <translation>⟦Lög àñ îñtéràçtîöñ·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="311" />
            <source>Log a message, call or coffee and the keep-in-touch clock restarts from that day.</source>
            <translation>⟦Lög à méššàgé, çàll ör çöfféé àñd thé kéép-îñ-töûçh çlöçk réštàrtš fröm thàt dàý.································⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="329" />
            <source>Applications</source>
            <translation>⟦Àpplîçàtîöñš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="331" />
            <source>Link a person on an application to this contact (Job search → the application → People) and it shows here.</source>
            <translation>⟦Lîñk à péršöñ öñ àñ àpplîçàtîöñ tö thîš çöñtàçt (Jöb šéàrçh → thé àpplîçàtîöñ → Péöplé) àñd ît šhöwš héré.··········································⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ContactView.qml" line="344" />
            <source>%1, %2, %3. Open in Job search</source>
            <translation>⟦%1, %2, %3. Öpéñ îñ Jöb šéàrçh············⟧</translation>
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message>
            <location filename="../backend/core/ContactLabels.cpp" line="12" />
            <source>Recruiter</source>
            <translation>⟦Réçrûîtér···⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/ContactLabels.cpp" line="13" />
            <source>Interviewer</source>
            <translation>⟦Îñtérvîéwér····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/ContactLabels.cpp" line="14" />
            <source>Hiring manager</source>
            <translation>⟦Hîrîñg màñàgér·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/ContactLabels.cpp" line="15" />
            <source>Mentor</source>
            <translation>⟦Méñtör··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/ContactLabels.cpp" line="16" />
            <source>Peer</source>
            <translation>⟦Péér·⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/ContactLabels.cpp" line="17" />
            <source>Support</source>
            <translation>⟦Šûppört··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/ContactLabels.cpp" line="24" />
            <source>Message</source>
            <translation>⟦Méššàgé··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/ContactLabels.cpp" line="25" />
            <source>Email</source>
            <translation>⟦Émàîl··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/ContactLabels.cpp" line="26" />
            <source>Call</source>
            <translation>⟦Çàll·⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/ContactLabels.cpp" line="27" />
            <source>Meeting</source>
            <translation>⟦Méétîñg··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/ContactLabels.cpp" line="28" />
            <source>Coffee</source>
            <translation>⟦Çöfféé··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/ContactLabels.cpp" line="29" />
            <source>Event</source>
            <translation>⟦Évéñt··⟧</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultPage</name>
        <message>
            <location filename="../qml/vault/CreateVaultPage.qml" line="25" />
            <source>Welcome to Rebound</source>
            <translation>⟦Wélçömé tö Réböûñd·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/CreateVaultPage.qml" line="26" />
            <source>A private place to look after yourself while you look for work: your mood, your journal, your job search and the people on your side.</source>
            <translation>⟦À prîvàté plàçé tö löök àftér ýöûršélf whîlé ýöû löök för wörk: ýöûr mööd, ýöûr jöûrñàl, ýöûr jöb šéàrçh àñd thé péöplé öñ ýöûr šîdé.·····················································⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/CreateVaultPage.qml" line="34" />
            <source>Choose a passphrase</source>
            <translation>⟦Çhööšé à pàššphràšé·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/CreateVaultPage.qml" line="35" />
            <source>At least %1 characters</source>
            <translation>⟦Àt léàšt %1 çhàràçtérš········⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/CreateVaultPage.qml" line="46" />
            <source>Use at least %1 characters.</source>
            <translation>⟦Ûšé àt léàšt %1 çhàràçtérš.··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/CreateVaultPage.qml" line="53" />
            <source>Repeat the passphrase</source>
            <translation>⟦Répéàt thé pàššphràšé········⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/CreateVaultPage.qml" line="63" />
            <source>The two passphrases don't match yet.</source>
            <translation>⟦Thé twö pàššphràšéš döñ't màtçh ýét.··············⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/CreateVaultPage.qml" line="98" />
            <source>&lt;b&gt;Nobody can recover a forgotten passphrase&lt;/b&gt;, not even us: your data is encrypted with it. Write it down somewhere safe.</source>
            <translation>⟦&lt;b&gt;Ñöbödý çàñ réçövér à förgöttéñ pàššphràšé&lt;/b&gt;, ñöt évéñ ûš: ýöûr dàtà îš éñçrýptéd wîth ît. Wrîté ît döwñ šöméwhéré šàfé.·················································⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/CreateVaultPage.qml" line="104" />
            <source>Nobody can recover a forgotten passphrase, not even us: your data is encrypted with it. Write it down somewhere safe.</source>
            <translation>⟦Ñöbödý çàñ réçövér à förgöttéñ pàššphràšé, ñöt évéñ ûš: ýöûr dàtà îš éñçrýptéd wîth ît. Wrîté ît döwñ šöméwhéré šàfé.··············································⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/CreateVaultPage.qml" line="116" />
            <source>Creating your vault…</source>
            <translation>⟦Çréàtîñg ýöûr vàûlt…········⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/CreateVaultPage.qml" line="116" />
            <source>Create vault</source>
            <translation>⟦Çréàté vàûlt····⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/CreateVaultPage.qml" line="127" />
            <source>Restore from a backup…</source>
            <translation>⟦Réštöré fröm à bàçkûp…········⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/CreateVaultPage.qml" line="128" />
            <source>Restore your vault from a backup file</source>
            <translation>⟦Réštöré ýöûr vàûlt fröm à bàçkûp fîlé··············⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/CreateVaultPage.qml" line="136" />
            <source>Creating your vault</source>
            <translation>⟦Çréàtîñg ýöûr vàûlt·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/CreateVaultPage.qml" line="142" />
            <source>Choose a Rebound backup</source>
            <translation>⟦Çhööšé à Réböûñd bàçkûp·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/CreateVaultPage.qml" line="144" />
            <source>Rebound backups (*.rebound-backup)</source>
            <translation>⟦Réböûñd bàçkûpš (*.réböûñd-bàçkûp)·············⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/CreateVaultPage.qml" line="144" />
            <source>All files (*)</source>
            <translation>⟦Àll fîléš (*)·····⟧</translation>
        </message>
    </context>
    <context>
        <name>Crypto</name>
        <message>
            <location filename="../backend/crypto/KeyDerivation.cpp" line="44" />
            <source>The key-derivation salt is damaged.</source>
            <translation>⟦Thé kéý-dérîvàtîöñ šàlt îš dàmàgéd.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/crypto/KeyDerivation.cpp" line="50" />
            <source>Not enough memory to derive the key (%1 MiB needed).</source>
            <translation>⟦Ñöt éñöûgh mémörý tö dérîvé thé kéý (%1 MîB ñéédéd).····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/crypto/SecureBytes.cpp" line="16" />
            <source>The cryptography library could not start.</source>
            <translation>⟦Thé çrýptögràphý lîbràrý çöûld ñöt štàrt.················⟧</translation>
        </message>
        <message>
            <location filename="../backend/crypto/SecureBytes.cpp" line="25" />
            <source>Out of secure memory.</source>
            <translation>⟦Öût öf šéçûré mémörý.········⟧</translation>
        </message>
    </context>
    <context>
        <name>DBusNotifier</name>
        <message>
            <location filename="../platform/linux/DBusNotifier.cpp" line="16" />
            <source>Notifications cannot be shown: there is no desktop session bus (D-Bus) to send them through.</source>
            <translation>⟦Ñötîfîçàtîöñš çàññöt bé šhöwñ: théré îš ñö déšktöp šéššîöñ bûš (D-Bûš) tö šéñd thém thröûgh.····································⟧</translation>
        </message>
        <message>
            <location filename="../platform/linux/DBusNotifier.cpp" line="34" />
            <source>Notifications cannot be shown: no notification service is running in this desktop session.</source>
            <translation>⟦Ñötîfîçàtîöñš çàññöt bé šhöwñ: ñö ñötîfîçàtîöñ šérvîçé îš rûññîñg îñ thîš déšktöp šéššîöñ.····································⟧</translation>
        </message>
        <message>
            <location filename="../platform/linux/DBusNotifier.cpp" line="62" />
            <source>The notification service did not show the notification: %1</source>
            <translation>⟦Thé ñötîfîçàtîöñ šérvîçé dîd ñöt šhöw thé ñötîfîçàtîöñ: %1·······················⟧</translation>
        </message>
    </context>
    <context>
        <name>DataSection</name>
        <message>
            <location filename="../qml/settings/DataSection.qml" line="34" />
            <source>Export and backup</source>
            <translation>⟦Éxpört àñd bàçkûp······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DataSection.qml" line="39" />
            <source>Export everything</source>
            <translation>⟦Éxpört évérýthîñg······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DataSection.qml" line="41" />
            <source>A folder with your journal as Markdown files, check-ins and applications as CSV, contacts as vCard, reminders as iCalendar and everything as JSON. The files are not encrypted.</source>
            <translation>⟦À földér wîth ýöûr jöûrñàl àš Màrkdöwñ fîléš, çhéçk-îñš àñd àpplîçàtîöñš àš ÇŠV, çöñtàçtš àš vÇàrd, rémîñdérš àš îÇàléñdàr àñd évérýthîñg àš JŠÖÑ. Thé fîléš àré ñöt éñçrýptéd.······································································⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DataSection.qml" line="44" />
            <source>Export…</source>
            <translation>⟦Éxpört…··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DataSection.qml" line="46" />
            <source>Export everything to a folder</source>
            <translation>⟦Éxpört évérýthîñg tö à földér···········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DataSection.qml" line="53" />
            <source>Encrypted backup</source>
            <translation>⟦Éñçrýptéd bàçkûp······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DataSection.qml" line="55" />
            <source>One file with everything, protected by a passphrase you choose. To restore it, choose “Restore from a backup” when Rebound asks to create a vault, or use rebound-cli backup restore.</source>
            <translation>⟦Öñé fîlé wîth évérýthîñg, prötéçtéd bý à pàššphràšé ýöû çhööšé. Tö réštöré ît, çhööšé “Réštöré fröm à bàçkûp” whéñ Réböûñd àškš tö çréàté à vàûlt, ör ûšé réböûñd-çlî bàçkûp réštöré.········································································⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DataSection.qml" line="58" />
            <source>Back up…</source>
            <translation>⟦Bàçk ûp…···⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DataSection.qml" line="60" />
            <source>Create an encrypted backup</source>
            <translation>⟦Çréàté àñ éñçrýptéd bàçkûp··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DataSection.qml" line="67" />
            <source>Import from Daylio</source>
            <translation>⟦Împört fröm Dàýlîö·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DataSection.qml" line="69" />
            <source>Daylio's CSV export: moods become check-ins, activities effort tags and notes journal entries. You see what will be imported first.</source>
            <translation>⟦Dàýlîö'š ÇŠV éxpört: möödš béçömé çhéçk-îñš, àçtîvîtîéš éffört tàgš àñd ñötéš jöûrñàl éñtrîéš. Ýöû šéé whàt wîll bé împörtéd fîršt.····················································⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DataSection.qml" line="72" />
            <source>Choose file…</source>
            <translation>⟦Çhööšé fîlé…····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DataSection.qml" line="74" />
            <source>Choose a Daylio CSV export to import</source>
            <translation>⟦Çhööšé à Dàýlîö ÇŠV éxpört tö împört··············⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DataSection.qml" line="106" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DataSection.qml" line="107" />
            <source>Cancel: %1</source>
            <translation>⟦Çàñçél: %1····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DataSection.qml" line="146" />
            <source>Open folder</source>
            <translation>⟦Öpéñ földér····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DataSection.qml" line="147" />
            <source>Open the folder in the file manager</source>
            <translation>⟦Öpéñ thé földér îñ thé fîlé màñàgér··············⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DataSection.qml" line="153" />
            <source>Dismiss</source>
            <translation>⟦Dîšmîšš··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DataSection.qml" line="154" />
            <source>Dismiss the message</source>
            <translation>⟦Dîšmîšš thé méššàgé·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DataSection.qml" line="163" />
            <source>Export everything into…</source>
            <translation>⟦Éxpört évérýthîñg îñtö…·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DataSection.qml" line="170" />
            <source>Daylio CSV export</source>
            <translation>⟦Dàýlîö ÇŠV éxpört······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DataSection.qml" line="172" />
            <source>CSV files (*.csv)</source>
            <translation>⟦ÇŠV fîléš (*.çšv)······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DataSection.qml" line="172" />
            <source>All files (*)</source>
            <translation>⟦Àll fîléš (*)·····⟧</translation>
        </message>
    </context>
    <context>
        <name>DateStepper</name>
        <message>
            <location filename="../qml/journal/DateStepper.qml" line="16" />
            <source>Date: %1</source>
            <translation>⟦Dàté: %1···⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/DateStepper.qml" line="20" />
            <source>Previous day</source>
            <translation>⟦Prévîöûš dàý····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/DateStepper.qml" line="46" />
            <source>Next day</source>
            <translation>⟦Ñéxt dàý···⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/DateStepper.qml" line="54" />
            <source>Today</source>
            <translation>⟦Tödàý··⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/DateStepper.qml" line="55" />
            <source>Jump to today</source>
            <translation>⟦Jûmp tö tödàý·····⟧</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../qml/Dates.qml" line="67" />
            <source>Today</source>
            <translation>⟦Tödàý··⟧</translation>
        </message>
        <message>
            <location filename="../qml/Dates.qml" line="69" />
            <source>Yesterday</source>
            <translation>⟦Ýéštérdàý···⟧</translation>
        </message>
        <message>
            <location filename="../qml/Dates.qml" line="75" />
            <source>Good morning</source>
            <translation>⟦Gööd mörñîñg····⟧</translation>
        </message>
        <message>
            <location filename="../qml/Dates.qml" line="77" />
            <source>Good afternoon</source>
            <translation>⟦Gööd àftérñööñ·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/Dates.qml" line="79" />
            <source>Good evening</source>
            <translation>⟦Gööd évéñîñg····⟧</translation>
        </message>
        <message>
            <location filename="../qml/Dates.qml" line="80" />
            <source>Hello, night owl</source>
            <translation>⟦Héllö, ñîght öwl······⟧</translation>
        </message>
    </context>
    <context>
        <name>DayField</name>
        <message>
            <location filename="../qml/jobs/DayField.qml" line="15" />
            <source>Date</source>
            <translation>⟦Dàté·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/DayField.qml" line="49" />
            <source>%1: %2. Change</source>
            <translation>⟦%1: %2. Çhàñgé·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/DayField.qml" line="105" />
            <source>Previous month</source>
            <translation>⟦Prévîöûš möñth·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/DayField.qml" line="122" />
            <source>Next month</source>
            <translation>⟦Ñéxt möñth····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/DayField.qml" line="200" />
            <source>Today</source>
            <translation>⟦Tödàý··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/DayField.qml" line="201" />
            <source>Pick today</source>
            <translation>⟦Pîçk tödàý····⟧</translation>
        </message>
    </context>
    <context>
        <name>DaySectionHeader</name>
        <message>
            <location filename="../qml/journal/DaySectionHeader.qml" line="25" />
            <source>%1 · %2</source>
            <translation>⟦%1 · %2··⟧</translation>
        </message>
    </context>
    <context>
        <name>DaylioCsv</name>
        <message>
            <location filename="../backend/services/DaylioCsv.cpp" line="114" />
            <source>Line %1: a quoted field starts here but has no closing quote.</source>
            <translation>⟦Lîñé %1: à qûötéd fîéld štàrtš héré bût hàš ñö çlöšîñg qûöté.························⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/DaylioCsv.cpp" line="143" />
            <source>Line %1: a quoted field is followed by other text; a quote inside a quoted field must be doubled ("").</source>
            <translation>⟦Lîñé %1: à qûötéd fîéld îš föllöwéd bý öthér téxt; à qûöté îñšîdé à qûötéd fîéld mûšt bé döûbléd ("").········································⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/DaylioCsv.cpp" line="364" />
            <source>Line %1: this is not a Daylio CSV export: its first line must name the columns full_date and mood (missing: %2).</source>
            <extracomment>%1 is a line number, %2 the names of the missing columns, e.g. "full_date, mood"; full_date and mood are column names in the file and stay in English</extracomment>
            <translation>⟦Lîñé %1: thîš îš ñöt à Dàýlîö ÇŠV éxpört: îtš fîršt lîñé mûšt ñàmé thé çölûmñš fûll_dàté àñd mööd (mîššîñg: %2).············································⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/DaylioCsv.cpp" line="376" />
            <source>Line %1: the entry has no date (full_date is empty).</source>
            <extracomment>full_date is the name of a column in the file</extracomment>
            <translation>⟦Lîñé %1: thé éñtrý hàš ñö dàté (fûll_dàté îš émptý).····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/DaylioCsv.cpp" line="380" />
            <source>Line %1: the date “%2” is not a valid date.</source>
            <extracomment>%2 is the text found in the file, e.g. "2024-13-01"; dates are written yyyy-MM-dd there</extracomment>
            <translation>⟦Lîñé %1: thé dàté “%2” îš ñöt à vàlîd dàté.·················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/DaylioCsv.cpp" line="386" />
            <source>Line %1: the time “%2” is not a valid time.</source>
            <extracomment>%2 is the text found in the file, e.g. "25:10" (valid ones look like "20:15" or "8:15 pm")</extracomment>
            <translation>⟦Lîñé %1: thé tîmé “%2” îš ñöt à vàlîd tîmé.·················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/DaylioCsv.cpp" line="409" />
            <source>The file is larger than %1 MB; Daylio exports that big are not read.</source>
            <extracomment>%1 is a number of megabytes</extracomment>
            <translation>⟦Thé fîlé îš làrgér thàñ %1 MB; Dàýlîö éxpörtš thàt bîg àré ñöt réàd.···························⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/DaylioCsv.cpp" line="417" />
            <source>The file is not UTF-8 text, so it is not a Daylio CSV export.</source>
            <translation>⟦Thé fîlé îš ñöt ÛTF-8 téxt, šö ît îš ñöt à Dàýlîö ÇŠV éxpört.························⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/DaylioCsv.cpp" line="424" />
            <source>The file is empty; it has no entries.</source>
            <translation>⟦Thé fîlé îš émptý; ît hàš ñö éñtrîéš.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/DaylioCsv.cpp" line="427" />
            <source>Line %1: the first line names more than %2 columns; this is not a Daylio CSV export.</source>
            <extracomment>%2 is the largest number of columns read</extracomment>
            <translation>⟦Lîñé %1: thé fîršt lîñé ñàméš möré thàñ %2 çölûmñš; thîš îš ñöt à Dàýlîö ÇŠV éxpört.·································⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/DaylioCsv.cpp" line="437" />
            <source>Line %1: the file has more than %2 entries; split it into smaller files.</source>
            <extracomment>%2 is the largest number of entries read from one file</extracomment>
            <translation>⟦Lîñé %1: thé fîlé hàš möré thàñ %2 éñtrîéš; šplît ît îñtö šmàllér fîléš.····························⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/DaylioCsv.cpp" line="443" />
            <source>Line %1: this row has %2 values but the first line names %3 columns.</source>
            <extracomment>%2 is the number of values found in this row, %3 the number of columns the first line names</extracomment>
            <translation>⟦Lîñé %1: thîš röw hàš %2 vàlûéš bût thé fîršt lîñé ñàméš %3 çölûmñš.···························⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/DaylioCsv.cpp" line="450" />
            <source>The file has no entries, only the line naming the columns.</source>
            <translation>⟦Thé fîlé hàš ñö éñtrîéš, öñlý thé lîñé ñàmîñg thé çölûmñš.·······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/DaylioCsv.cpp" line="453" />
            <source>Entries without a mood were skipped: %1 (the first on line %2).</source>
            <extracomment>%1 is how many entries were skipped, %2 the line number of the first one</extracomment>
            <translation>⟦Éñtrîéš wîthöût à mööd wéré škîppéd: %1 (thé fîršt öñ lîñé %2).·························⟧</translation>
        </message>
    </context>
    <context>
        <name>DaylioImport</name>
        <message>
            <location filename="../backend/services/DaylioImport.cpp" line="172" />
            <source>Line %1: %2 Nothing was imported.</source>
            <extracomment>%1 is a line number of the imported file, %2 the reason.</extracomment>
            <translation>⟦Lîñé %1: %2 Ñöthîñg wàš împörtéd.·············⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/services/DaylioImport.cpp" line="177" />
            <source>%n activities were left out because the list of effort tags is full.</source>
            <translation>
                <numerusform>⟦%n àçtîvîtîéš wéré léft öût béçàûšé thé lîšt öf éffört tàgš îš fûll.···························⟧</numerusform>
                <numerusform>⟦%n àçtîvîtîéš wéré léft öût béçàûšé thé lîšt öf éffört tàgš îš fûll.···························⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/services/DaylioImport.cpp" line="180" />
            <source>%n activities were left out: a check-in holds at most %1 effort tags.</source>
            <translation>
                <numerusform>⟦%n àçtîvîtîéš wéré léft öût: à çhéçk-îñ höldš àt möšt %1 éffört tàgš.···························⟧</numerusform>
                <numerusform>⟦%n àçtîvîtîéš wéré léft öût: à çhéçk-îñ höldš àt möšt %1 éffört tàgš.···························⟧</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DaylioImportDialog</name>
        <message>
            <location filename="../qml/settings/DaylioImportDialog.qml" line="22" />
            <source>Import from Daylio</source>
            <translation>⟦Împört fröm Dàýlîö·······⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/settings/DaylioImportDialog.qml" line="67" />
            <source>%1: %n entries, %2.</source>
            <translation>
                <numerusform>⟦%1: %n éñtrîéš, %2.·······⟧</numerusform>
                <numerusform>⟦%1: %n éñtrîéš, %2.·······⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qml/settings/DaylioImportDialog.qml" line="74" />
            <source>New check-ins (moods and activities)</source>
            <translation>⟦Ñéw çhéçk-îñš (möödš àñd àçtîvîtîéš)··············⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DaylioImportDialog.qml" line="79" />
            <source>New journal entries (notes)</source>
            <translation>⟦Ñéw jöûrñàl éñtrîéš (ñötéš)··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DaylioImportDialog.qml" line="85" />
            <source>Already imported, skipped</source>
            <translation>⟦Àlréàdý împörtéd, škîppéd··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DaylioImportDialog.qml" line="92" />
            <source>New effort tags: %1</source>
            <translation>⟦Ñéw éffört tàgš: %1·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DaylioImportDialog.qml" line="101" />
            <source>Your custom moods: where does each sit from 1 (awful) to 5 (rad)?</source>
            <translation>⟦Ýöûr çûštöm möödš: whéré döéš éàçh šît fröm 1 (àwfûl) tö 5 (ràd)?··························⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DaylioImportDialog.qml" line="129" />
            <source>Not set</source>
            <translation>⟦Ñöt šét··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DaylioImportDialog.qml" line="131" />
            <source>Mood level for %1: %2</source>
            <translation>⟦Mööd lévél för %1: %2········⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/settings/DaylioImportDialog.qml" line="140" />
            <source>%n entries have no mood level yet: they are imported without a check-in.</source>
            <translation>
                <numerusform>⟦%n éñtrîéš hàvé ñö mööd lévél ýét: théý àré împörtéd wîthöût à çhéçk-îñ.····························⟧</numerusform>
                <numerusform>⟦%n éñtrîéš hàvé ñö mööd lévél ýét: théý àré împörtéd wîthöût à çhéçk-îñ.····························⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qml/settings/DaylioImportDialog.qml" line="176" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DaylioImportDialog.qml" line="177" />
            <source>Cancel the import</source>
            <translation>⟦Çàñçél thé împört······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/DaylioImportDialog.qml" line="185" />
            <source>Import</source>
            <translation>⟦Împört··⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/settings/DaylioImportDialog.qml" line="186" />
            <source>Import %n records</source>
            <translation>
                <numerusform>⟦Împört %n réçördš······⟧</numerusform>
                <numerusform>⟦Împört %n réçördš······⟧</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EffortCard</name>
        <message>
            <location filename="../qml/goals/EffortCard.qml" line="25" />
            <source>%1: %2</source>
            <translation>⟦%1: %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/EffortCard.qml" line="48" />
            <source>%1 a week: %2</source>
            <translation>⟦%1 à wéék: %2·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/EffortCard.qml" line="59" />
            <source>Edit %1</source>
            <translation>⟦Édît %1··⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/EffortCard.qml" line="80" />
            <source>of %1 this week. Target met, well done.</source>
            <translation>⟦öf %1 thîš wéék. Tàrgét mét, wéll döñé.···············⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/EffortCard.qml" line="80" />
            <source>of %1 this week</source>
            <translation>⟦öf %1 thîš wéék······⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/EffortCard.qml" line="114" />
            <source>Met the target in %1 of the last %2 weeks</source>
            <translation>⟦Mét thé tàrgét îñ %1 öf thé làšt %2 wéékš················⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/EffortCard.qml" line="131" />
            <source>Week of %1: %2</source>
            <translation>⟦Wéék öf %1: %2·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/EffortCard.qml" line="150" />
            <source>Target met in %1 of the last %2 weeks</source>
            <translation>⟦Tàrgét mét îñ %1 öf thé làšt %2 wéékš··············⟧</translation>
        </message>
    </context>
    <context>
        <name>EntryCard</name>
        <message>
            <location filename="../qml/journal/EntryCard.qml" line="23" />
            <source>%1, %2. %3</source>
            <translation>⟦%1, %2. %3····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryCard.qml" line="24" />
            <source>Opens the entry to read, edit or delete it</source>
            <translation>⟦Öpéñš thé éñtrý tö réàd, édît ör délété ît················⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryCard.qml" line="71" />
            <source>Mood only, no words.</source>
            <translation>⟦Mööd öñlý, ñö wördš.········⟧</translation>
        </message>
    </context>
    <context>
        <name>EntryEditor</name>
        <message>
            <location filename="../qml/journal/EntryEditor.qml" line="105" />
            <source>New entry</source>
            <translation>⟦Ñéw éñtrý···⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryEditor.qml" line="105" />
            <source>Edit entry</source>
            <translation>⟦Édît éñtrý····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryEditor.qml" line="145" />
            <source>How were you feeling?</source>
            <translation>⟦Höw wéré ýöû féélîñg?········⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryEditor.qml" line="162" />
            <source>Write as much or as little as you like… Markdown works: ## heading, - list, *emphasis*.</source>
            <translation>⟦Wrîté àš mûçh ör àš lîttlé àš ýöû lîké… Màrkdöwñ wörkš: ## héàdîñg, - lîšt, *émphàšîš*.··································⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryEditor.qml" line="168" />
            <source>Entry text</source>
            <translation>⟦Éñtrý téxt····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryEditor.qml" line="191" />
            <source>Feelings</source>
            <translation>⟦Féélîñgš···⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryEditor.qml" line="217" />
            <source>Tags</source>
            <translation>⟦Tàgš·⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryEditor.qml" line="243" />
            <source>Delete</source>
            <translation>⟦Délété··⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryEditor.qml" line="245" />
            <source>Delete entry</source>
            <translation>⟦Délété éñtrý····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryEditor.qml" line="255" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryEditor.qml" line="264" />
            <source>Save</source>
            <translation>⟦Šàvé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryEditor.qml" line="265" />
            <source>Save entry</source>
            <translation>⟦Šàvé éñtrý····⟧</translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <location filename="../qml/journal/EntryView.qml" line="39" />
            <source>Journal entry, %1</source>
            <translation>⟦Jöûrñàl éñtrý, %1······⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryView.qml" line="39" />
            <source>Journal entry</source>
            <translation>⟦Jöûrñàl éñtrý·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryView.qml" line="59" />
            <source>Back to the journal</source>
            <translation>⟦Bàçk tö thé jöûrñàl·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryView.qml" line="70" />
            <source>Delete</source>
            <translation>⟦Délété··⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryView.qml" line="72" />
            <source>Delete entry</source>
            <translation>⟦Délété éñtrý····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryView.qml" line="81" />
            <source>Edit</source>
            <translation>⟦Édît·⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryView.qml" line="82" />
            <source>Edit entry</source>
            <translation>⟦Édît éñtrý····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryView.qml" line="109" />
            <source>%1 · %2</source>
            <translation>⟦%1 · %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryView.qml" line="132" />
            <source>Written at %1</source>
            <translation>⟦Wrîttéñ àt %1·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryView.qml" line="141" />
            <source>From a check-in</source>
            <translation>⟦Fröm à çhéçk-îñ······⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryView.qml" line="160" />
            <source>Feeling: %1</source>
            <translation>⟦Féélîñg: %1····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryView.qml" line="171" />
            <source>Tag: %1</source>
            <translation>⟦Tàg: %1··⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryView.qml" line="204" />
            <source>Mood only, no words.</source>
            <translation>⟦Mööd öñlý, ñö wördš.········⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryView.qml" line="216" />
            <source>This entry is gone</source>
            <translation>⟦Thîš éñtrý îš göñé·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryView.qml" line="216" />
            <source>Pick an entry to read it</source>
            <translation>⟦Pîçk àñ éñtrý tö réàd ît·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryView.qml" line="217" />
            <source>It may have been deleted.</source>
            <translation>⟦Ît màý hàvé bééñ délétéd.··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/EntryView.qml" line="217" />
            <source>Entries open here, with their Markdown formatting.</source>
            <translation>⟦Éñtrîéš öpéñ héré, wîth théîr Màrkdöwñ förmàttîñg.····················⟧</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <location filename="../qml/components/ErrorBanner.qml" line="53" />
            <source>Dismiss message</source>
            <translation>⟦Dîšmîšš méššàgé······⟧</translation>
        </message>
    </context>
    <context>
        <name>FactRow</name>
        <message>
            <location filename="../qml/jobs/FactRow.qml" line="19" />
            <source>%1: %2</source>
            <translation>⟦%1: %2··⟧</translation>
        </message>
    </context>
    <context>
        <name>FeedbackCard</name>
        <message>
            <location filename="../qml/jobs/FeedbackCard.qml" line="22" />
            <source>Feedback from %1, %2. Edit</source>
            <translation>⟦Féédbàçk fröm %1, %2. Édît··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/FeedbackCard.qml" line="50" />
            <source>%1 · %2</source>
            <translation>⟦%1 · %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/FeedbackCard.qml" line="60" />
            <source>About: %1</source>
            <translation>⟦Àböût: %1···⟧</translation>
        </message>
    </context>
    <context>
        <name>FeedbackEditor</name>
        <message>
            <location filename="../qml/jobs/FeedbackEditor.qml" line="27" />
            <source>%1 · %2</source>
            <translation>⟦%1 · %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/FeedbackEditor.qml" line="31" />
            <source>The application</source>
            <translation>⟦Thé àpplîçàtîöñ······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/FeedbackEditor.qml" line="43" />
            <source>Write the feedback or name at least one skill.</source>
            <translation>⟦Wrîté thé féédbàçk ör ñàmé àt léàšt öñé škîll.··················⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/FeedbackEditor.qml" line="104" />
            <source>New feedback</source>
            <translation>⟦Ñéw féédbàçk····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/FeedbackEditor.qml" line="104" />
            <source>Feedback</source>
            <translation>⟦Féédbàçk···⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/FeedbackEditor.qml" line="134" />
            <source>From</source>
            <translation>⟦Fröm·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/FeedbackEditor.qml" line="139" />
            <source>Where the feedback came from</source>
            <translation>⟦Whéré thé féédbàçk çàmé fröm···········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/FeedbackEditor.qml" line="146" />
            <source>Received</source>
            <translation>⟦Réçéîvéd···⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/FeedbackEditor.qml" line="154" />
            <source>Received on</source>
            <translation>⟦Réçéîvéd öñ····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/FeedbackEditor.qml" line="159" />
            <source>About</source>
            <translation>⟦Àböût··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/FeedbackEditor.qml" line="165" />
            <source>What the feedback is about</source>
            <translation>⟦Whàt thé féédbàçk îš àböût··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/FeedbackEditor.qml" line="177" />
            <source>What did they say? Their words are worth keeping, the kind ones too.</source>
            <translation>⟦Whàt dîd théý šàý? Théîr wördš àré wörth kéépîñg, thé kîñd öñéš töö.···························⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/FeedbackEditor.qml" line="182" />
            <source>Feedback text</source>
            <translation>⟦Féédbàçk téxt·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/FeedbackEditor.qml" line="186" />
            <source>Strengths they saw</source>
            <translation>⟦Štréñgthš théý šàw·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/FeedbackEditor.qml" line="193" />
            <source>A skill, e.g. Communication</source>
            <translation>⟦À škîll, é.g. Çömmûñîçàtîöñ··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/FeedbackEditor.qml" line="194" />
            <source>Strengths</source>
            <translation>⟦Štréñgthš···⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/FeedbackEditor.qml" line="204" />
            <location filename="../qml/jobs/FeedbackEditor.qml" line="212" />
            <source>Skills to work on</source>
            <translation>⟦Škîllš tö wörk öñ······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/FeedbackEditor.qml" line="211" />
            <source>A skill, e.g. SQL</source>
            <translation>⟦À škîll, é.g. ŠQL······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/FeedbackEditor.qml" line="235" />
            <source>Delete</source>
            <translation>⟦Délété··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/FeedbackEditor.qml" line="237" />
            <source>Delete feedback</source>
            <translation>⟦Délété féédbàçk······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/FeedbackEditor.qml" line="247" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/FeedbackEditor.qml" line="255" />
            <source>Save</source>
            <translation>⟦Šàvé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/FeedbackEditor.qml" line="256" />
            <source>Save feedback</source>
            <translation>⟦Šàvé féédbàçk·····⟧</translation>
        </message>
    </context>
    <context>
        <name>FullExport</name>
        <message>
            <location filename="../backend/services/FullExport.cpp" line="80" />
            <source>Could not create the folder %1.</source>
            <translation>⟦Çöûld ñöt çréàté thé földér %1.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/FullExport.cpp" line="88" />
            <source>There is not enough space to finish the export.</source>
            <translation>⟦Théré îš ñöt éñöûgh špàçé tö fîñîšh thé éxpört.··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/FullExport.cpp" line="89" />
            <source>Could not write %1: %2</source>
            <translation>⟦Çöûld ñöt wrîté %1: %2········⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/FullExport.cpp" line="103" />
            <source>The folder %1 does not exist.</source>
            <translation>⟦Thé földér %1 döéš ñöt éxîšt.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/FullExport.cpp" line="105" />
            <source>Rebound export %1</source>
            <extracomment>Name of the folder an export creates; %1 is the date and time (2026-05-01 14-30).</extracomment>
            <translation>⟦Réböûñd éxpört %1······⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/FullExport.cpp" line="115" />
            <source>Could not create a folder for the export in %1.</source>
            <translation>⟦Çöûld ñöt çréàté à földér för thé éxpört îñ %1.··················⟧</translation>
        </message>
    </context>
    <context>
        <name>GentleNote</name>
        <message>
            <location filename="../qml/today/GentleNote.qml" line="33" />
            <source>That sounds like a hard moment.</source>
            <translation>⟦Thàt šöûñdš lîké à hàrd möméñt.············⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/GentleNote.qml" line="42" />
            <source>Feeling low after a rejection is normal: it means it mattered. A rejection is something that happened, not who you are.</source>
            <translation>⟦Féélîñg löw àftér à réjéçtîöñ îš ñörmàl: ît méàñš ît màttéréd. À réjéçtîöñ îš šöméthîñg thàt hàppéñéd, ñöt whö ýöû àré.···············································⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/GentleNote.qml" line="55" />
            <source>Write about it</source>
            <translation>⟦Wrîté àböût ît·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/GentleNote.qml" line="56" />
            <source>Write about it in your journal with the After a rejection template</source>
            <translation>⟦Wrîté àböût ît îñ ýöûr jöûrñàl wîth thé Àftér à réjéçtîöñ témplàté··························⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/GentleNote.qml" line="62" />
            <source>Not now</source>
            <translation>⟦Ñöt ñöw··⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/GentleNote.qml" line="63" />
            <source>Not now, hide this message</source>
            <translation>⟦Ñöt ñöw, hîdé thîš méššàgé··········⟧</translation>
        </message>
    </context>
    <context>
        <name>GoalCard</name>
        <message>
            <location filename="../qml/goals/GoalCard.qml" line="26" />
            <source>%1 a week: %2</source>
            <translation>⟦%1 à wéék: %2·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalCard.qml" line="31" />
            <source> · </source>
            <translation>⟦ · ·⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalCard.qml" line="38" />
            <source>%1, %2</source>
            <translation>⟦%1, %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalCard.qml" line="83" />
            <location filename="../qml/goals/GoalCard.qml" line="194" />
            <source>More for %1</source>
            <translation>⟦Möré för %1····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalCard.qml" line="139" />
            <source>Alternative paths</source>
            <translation>⟦Àltérñàtîvé pàthš······⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalCard.qml" line="217" />
            <source>Add another path</source>
            <translation>⟦Àdd àñöthér pàth······⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalCard.qml" line="217" />
            <source>Add an alternative path</source>
            <translation>⟦Àdd àñ àltérñàtîvé pàth·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalCard.qml" line="218" />
            <source>Add an alternative path to %1</source>
            <translation>⟦Àdd àñ àltérñàtîvé pàth tö %1···········⟧</translation>
        </message>
    </context>
    <context>
        <name>GoalEditor</name>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="31" />
            <source>None: a goal of its own</source>
            <translation>⟦Ñöñé: à göàl öf îtš öwñ·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="56" />
            <source>Name the goal.</source>
            <translation>⟦Ñàmé thé göàl.·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="106" />
            <source>New alternative path</source>
            <translation>⟦Ñéw àltérñàtîvé pàth········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="106" />
            <source>New goal</source>
            <translation>⟦Ñéw göàl···⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="106" />
            <source>Edit goal</source>
            <translation>⟦Édît göàl···⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="127" />
            <location filename="../qml/goals/GoalEditor.qml" line="132" />
            <source>Kind of goal</source>
            <translation>⟦Kîñd öf göàl····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="139" />
            <source>Goal</source>
            <translation>⟦Göàl·⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="147" />
            <source>e.g. Send applications</source>
            <translation>⟦é.g. Šéñd àpplîçàtîöñš········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="147" />
            <source>e.g. Product analyst</source>
            <translation>⟦é.g. Prödûçt àñàlýšt········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="147" />
            <source>e.g. Renewable energy</source>
            <translation>⟦é.g. Réñéwàblé éñérgý········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="147" />
            <source>e.g. AWS Cloud Practitioner</source>
            <translation>⟦é.g. ÀWŠ Çlöûd Pràçtîtîöñér··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="147" />
            <source>e.g. SQL window functions</source>
            <translation>⟦é.g. ŠQL wîñdöw fûñçtîöñš··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="147" />
            <source>What you want to reach</source>
            <translation>⟦Whàt ýöû wàñt tö réàçh········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="150" />
            <source>Goal (required)</source>
            <translation>⟦Göàl (réqûîréd)······⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="156" />
            <location filename="../qml/goals/GoalEditor.qml" line="162" />
            <source>What it counts</source>
            <translation>⟦Whàt ît çöûñtš·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="170" />
            <source>How many a week</source>
            <translation>⟦Höw màñý à wéék······⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="181" />
            <source>Weekly target</source>
            <translation>⟦Wééklý tàrgét·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="185" />
            <location filename="../qml/goals/GoalEditor.qml" line="190" />
            <source>Status</source>
            <translation>⟦Štàtûš··⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="197" />
            <source>By when (optional)</source>
            <translation>⟦Bý whéñ (öptîöñàl)·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="204" />
            <source>Reach it by a certain day</source>
            <translation>⟦Réàçh ît bý à çértàîñ dàý··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="205" />
            <source>Give the goal a day to reach it by</source>
            <translation>⟦Gîvé thé göàl à dàý tö réàçh ît bý·············⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="213" />
            <source>By</source>
            <translation>⟦Bý·⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="218" />
            <location filename="../qml/goals/GoalEditor.qml" line="229" />
            <source>Alternative path to</source>
            <translation>⟦Àltérñàtîvé pàth tö·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="236" />
            <source>An adjacent role or industry worth trying next to a goal: staying adaptable is a strength.</source>
            <translation>⟦Àñ àdjàçéñt rölé ör îñdûštrý wörth trýîñg ñéxt tö à göàl: štàýîñg àdàptàblé îš à štréñgth.····································⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="243" />
            <location filename="../qml/goals/GoalEditor.qml" line="256" />
            <source>Notes</source>
            <translation>⟦Ñötéš··⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="251" />
            <source>Why it matters, first steps, who could help…</source>
            <translation>⟦Whý ît màttérš, fîršt štépš, whö çöûld hélp…·················⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="273" />
            <source>Delete</source>
            <translation>⟦Délété··⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="275" />
            <source>Delete goal</source>
            <translation>⟦Délété göàl····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="285" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="295" />
            <source>Save</source>
            <translation>⟦Šàvé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalEditor.qml" line="296" />
            <source>Save goal</source>
            <translation>⟦Šàvé göàl···⟧</translation>
        </message>
    </context>
    <context>
        <name>GoalMenu</name>
        <message>
            <location filename="../qml/goals/GoalMenu.qml" line="18" />
            <source>Edit…</source>
            <translation>⟦Édît…··⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalMenu.qml" line="26" />
            <source>Mark achieved</source>
            <translation>⟦Màrk àçhîévéd·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalMenu.qml" line="34" />
            <source>Pause</source>
            <translation>⟦Pàûšé··⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalMenu.qml" line="42" />
            <source>Resume</source>
            <translation>⟦Réšûmé··⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalMenu.qml" line="42" />
            <source>Reopen</source>
            <translation>⟦Réöpéñ··⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalMenu.qml" line="50" />
            <source>Drop it</source>
            <translation>⟦Dröp ît··⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalMenu.qml" line="51" />
            <source>Drop this goal</source>
            <translation>⟦Dröp thîš göàl·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalMenu.qml" line="58" />
            <source>Add an alternative path…</source>
            <translation>⟦Àdd àñ àltérñàtîvé pàth…·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalMenu.qml" line="67" />
            <source>Delete</source>
            <translation>⟦Délété··⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalMenu.qml" line="68" />
            <source>Delete this goal</source>
            <translation>⟦Délété thîš göàl······⟧</translation>
        </message>
    </context>
    <context>
        <name>GoalStatusChip</name>
        <message>
            <location filename="../qml/goals/GoalStatusChip.qml" line="21" />
            <source>Status: %1</source>
            <translation>⟦Štàtûš: %1····⟧</translation>
        </message>
    </context>
    <context>
        <name>Goals</name>
        <message>
            <location filename="../backend/core/GoalLabels.cpp" line="16" />
            <source>Target role</source>
            <translation>⟦Tàrgét rölé····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/GoalLabels.cpp" line="17" />
            <source>Industry</source>
            <translation>⟦Îñdûštrý···⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/GoalLabels.cpp" line="18" />
            <source>Skill</source>
            <translation>⟦Škîll··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/GoalLabels.cpp" line="19" />
            <source>Certification</source>
            <translation>⟦Çértîfîçàtîöñ·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/GoalLabels.cpp" line="20" />
            <source>Weekly effort</source>
            <translation>⟦Wééklý éffört·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/GoalLabels.cpp" line="21" />
            <source>Other</source>
            <translation>⟦Öthér··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/GoalLabels.cpp" line="22" />
            <source>North star</source>
            <translation>⟦Ñörth štàr····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/GoalLabels.cpp" line="29" />
            <source>Active</source>
            <translation>⟦Àçtîvé··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/GoalLabels.cpp" line="30" />
            <source>Paused</source>
            <translation>⟦Pàûšéd··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/GoalLabels.cpp" line="31" />
            <source>Achieved</source>
            <translation>⟦Àçhîévéd···⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/GoalLabels.cpp" line="32" />
            <source>Dropped</source>
            <translation>⟦Dröppéd··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/GoalLabels.cpp" line="39" />
            <source>Applications sent</source>
            <translation>⟦Àpplîçàtîöñš šéñt······⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/GoalLabels.cpp" line="40" />
            <source>Interviews held</source>
            <translation>⟦Îñtérvîéwš héld······⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/GoalLabels.cpp" line="41" />
            <source>Journal entries</source>
            <translation>⟦Jöûrñàl éñtrîéš······⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/GoalLabels.cpp" line="48" />
            <source>Yes</source>
            <translation>⟦Ýéš·⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/GoalLabels.cpp" line="49" />
            <source>No</source>
            <translation>⟦Ñö·⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/GoalLabels.cpp" line="50" />
            <source>Unsure</source>
            <translation>⟦Ûñšûré··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/GoalLabels.cpp" line="57" />
            <source>New goal</source>
            <translation>⟦Ñéw göàl···⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/GoalLabels.cpp" line="58" />
            <source>Change a goal</source>
            <translation>⟦Çhàñgé à göàl·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/GoalLabels.cpp" line="59" />
            <source>Skills action</source>
            <translation>⟦Škîllš àçtîöñ·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/GoalLabels.cpp" line="86" />
            <source>Check-ins: %1</source>
            <extracomment>a weekly effort goal counting check-ins tagged with an effort, e.g. "Check-ins: reached out"</extracomment>
            <translation>⟦Çhéçk-îñš: %1·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/GoalLabels.cpp" line="96" />
            <source>Not answered</source>
            <translation>⟦Ñöt àñšwéréd····⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ChecklistRepository.cpp" line="31" />
            <source>Give the checklist a name.</source>
            <translation>⟦Gîvé thé çhéçklîšt à ñàmé.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ChecklistRepository.cpp" line="34" />
            <source>Review every 1 to %1 weeks, or 0 for no schedule.</source>
            <translation>⟦Révîéw évérý 1 tö %1 wéékš, ör 0 för ñö šçhédûlé.···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ChecklistRepository.cpp" line="42" />
            <source>Write the question.</source>
            <translation>⟦Wrîté thé qûéštîöñ.·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ChecklistRepository.cpp" line="55" />
            <location filename="../backend/storage/ChecklistRepository.cpp" line="69" />
            <location filename="../backend/storage/ChecklistRepository.cpp" line="85" />
            <source>There is already a checklist called “%1”.</source>
            <translation>⟦Théré îš àlréàdý à çhéçklîšt çàlléd “%1”.················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ChecklistRepository.cpp" line="67" />
            <location filename="../backend/storage/ChecklistRepository.cpp" line="80" />
            <location filename="../backend/storage/ChecklistRepository.cpp" line="102" />
            <location filename="../backend/storage/ChecklistRepository.cpp" line="139" />
            <location filename="../backend/storage/ReviewRepository.cpp" line="92" />
            <source>That checklist no longer exists.</source>
            <translation>⟦Thàt çhéçklîšt ñö löñgér éxîštš.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ChecklistRepository.cpp" line="145" />
            <source>A checklist holds at most %1 questions.</source>
            <translation>⟦À çhéçklîšt höldš àt möšt %1 qûéštîöñš.···············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ChecklistRepository.cpp" line="157" />
            <location filename="../backend/storage/ChecklistRepository.cpp" line="169" />
            <location filename="../backend/storage/ChecklistRepository.cpp" line="193" />
            <source>That question no longer exists.</source>
            <translation>⟦Thàt qûéštîöñ ñö löñgér éxîštš.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ChecklistRepository.cpp" line="189" />
            <source>Move a question one place at a time.</source>
            <translation>⟦Mövé à qûéštîöñ öñé plàçé àt à tîmé.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/GoalRepository.cpp" line="30" />
            <source>There is no effort called “%1” to count.</source>
            <translation>⟦Théré îš ñö éffört çàlléd “%1” tö çöûñt.················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/GoalRepository.cpp" line="54" />
            <location filename="../backend/storage/ReviewRepository.cpp" line="57" />
            <source>Unknown kind of goal: %1.</source>
            <translation>⟦Ûñkñöwñ kîñd öf göàl: %1.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/GoalRepository.cpp" line="58" />
            <location filename="../backend/storage/GoalRepository.cpp" line="107" />
            <source>Unknown goal status: %1.</source>
            <translation>⟦Ûñkñöwñ göàl štàtûš: %1.·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/GoalRepository.cpp" line="61" />
            <source>Say what the goal is.</source>
            <translation>⟦Šàý whàt thé göàl îš.········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/GoalRepository.cpp" line="65" />
            <source>Choose what this effort goal counts.</source>
            <translation>⟦Çhööšé whàt thîš éffört göàl çöûñtš.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/GoalRepository.cpp" line="68" />
            <source>Set a weekly target between 1 and %1.</source>
            <translation>⟦Šét à wééklý tàrgét bétwééñ 1 àñd %1.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/GoalRepository.cpp" line="76" />
            <source>Pick a target date within the next thirty years.</source>
            <translation>⟦Pîçk à tàrgét dàté wîthîñ thé ñéxt thîrtý ýéàrš.···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/GoalRepository.cpp" line="86" />
            <location filename="../backend/storage/ReviewRepository.cpp" line="188" />
            <source>The goal this is an alternative to no longer exists.</source>
            <translation>⟦Thé göàl thîš îš àñ àltérñàtîvé tö ñö löñgér éxîštš.····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/GoalRepository.cpp" line="88" />
            <source>An alternative path cannot have alternatives of its own.</source>
            <translation>⟦Àñ àltérñàtîvé pàth çàññöt hàvé àltérñàtîvéš öf îtš öwñ.······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/GoalRepository.cpp" line="90" />
            <source>Add alternatives to a concrete goal, not the north star.</source>
            <translation>⟦Àdd àltérñàtîvéš tö à çöñçrété göàl, ñöt thé ñörth štàr.······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/GoalRepository.cpp" line="155" />
            <source>Set the north star on its own: there is only one.</source>
            <translation>⟦Šét thé ñörth štàr öñ îtš öwñ: théré îš öñlý öñé.···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/GoalRepository.cpp" line="169" />
            <location filename="../backend/storage/GoalRepository.cpp" line="187" />
            <location filename="../backend/storage/GoalRepository.cpp" line="197" />
            <location filename="../backend/storage/ReviewRepository.cpp" line="185" />
            <source>That goal no longer exists.</source>
            <translation>⟦Thàt göàl ñö löñgér éxîštš.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/GoalRepository.cpp" line="171" />
            <source>The north star stays the north star.</source>
            <translation>⟦Thé ñörth štàr štàýš thé ñörth štàr.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ReviewRepository.cpp" line="23" />
            <source>That review no longer exists.</source>
            <translation>⟦Thàt révîéw ñö löñgér éxîštš.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ReviewRepository.cpp" line="29" />
            <source>This review is finished: start a new one to answer again.</source>
            <translation>⟦Thîš révîéw îš fîñîšhéd: štàrt à ñéw öñé tö àñšwér àgàîñ.······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ReviewRepository.cpp" line="43" />
            <source>Unknown kind of follow-up: %1.</source>
            <translation>⟦Ûñkñöwñ kîñd öf föllöw-ûp: %1.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ReviewRepository.cpp" line="49" />
            <source>Say what the new goal is.</source>
            <translation>⟦Šàý whàt thé ñéw göàl îš.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ReviewRepository.cpp" line="54" />
            <source>Set the north star and weekly effort goals on the Goals page, where they have their own settings.</source>
            <translation>⟦Šét thé ñörth štàr àñd wééklý éffört göàlš öñ thé Göàlš pàgé, whéré théý hàvé théîr öwñ šéttîñgš.······································⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ReviewRepository.cpp" line="62" />
            <source>Choose the goal to change.</source>
            <translation>⟦Çhööšé thé göàl tö çhàñgé.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ReviewRepository.cpp" line="64" />
            <source>Choose the goal's new status.</source>
            <translation>⟦Çhööšé thé göàl'š ñéw štàtûš.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ReviewRepository.cpp" line="68" />
            <source>Say what you will do.</source>
            <translation>⟦Šàý whàt ýöû wîll dö.········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ReviewRepository.cpp" line="71" />
            <source>Name the skill the action is for.</source>
            <translation>⟦Ñàmé thé škîll thé àçtîöñ îš för.·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ReviewRepository.cpp" line="75" />
            <source>Unknown kind of action: %1.</source>
            <translation>⟦Ûñkñöwñ kîñd öf àçtîöñ: %1.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ReviewRepository.cpp" line="95" />
            <source>Add at least one question to the checklist first.</source>
            <translation>⟦Àdd àt léàšt öñé qûéštîöñ tö thé çhéçklîšt fîršt.···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ReviewRepository.cpp" line="175" />
            <source>Answer yes, no or unsure.</source>
            <translation>⟦Àñšwér ýéš, ñö ör ûñšûré.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ReviewRepository.cpp" line="182" />
            <source>That question is no longer part of the review.</source>
            <translation>⟦Thàt qûéštîöñ îš ñö löñgér pàrt öf thé révîéw.··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ReviewRepository.cpp" line="217" />
            <source>A review cannot finish before it started.</source>
            <translation>⟦À révîéw çàññöt fîñîšh béföré ît štàrtéd.················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ReviewRepository.cpp" line="223" />
            <source>Answer at least one question before finishing.</source>
            <translation>⟦Àñšwér àt léàšt öñé qûéštîöñ béföré fîñîšhîñg.··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ReviewRepository.cpp" line="235" />
            <source>From the review on %1: %2</source>
            <extracomment>notes of a goal created by a review follow-up: the review's day, then the question</extracomment>
            <translation>⟦Fröm thé révîéw öñ %1: %2··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ReviewRepository.cpp" line="244" />
            <source>A follow-up changes a goal that no longer exists (question %1): change that follow-up first.</source>
            <translation>⟦À föllöw-ûp çhàñgéš à göàl thàt ñö löñgér éxîštš (qûéštîöñ %1): çhàñgé thàt föllöw-ûp fîršt.····································⟧</translation>
        </message>
    </context>
    <context>
        <name>GoalsModeBar</name>
        <message>
            <location filename="../qml/goals/GoalsModeBar.qml" line="18" />
            <source>Goals</source>
            <translation>⟦Göàlš··⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalsModeBar.qml" line="22" />
            <source>Reviews</source>
            <translation>⟦Révîéwš··⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalsModeBar.qml" line="33" />
            <source>Goals view</source>
            <translation>⟦Göàlš vîéw····⟧</translation>
        </message>
    </context>
    <context>
        <name>GoalsPage</name>
        <message>
            <location filename="../qml/pages/GoalsPage.qml" line="65" />
            <source>New goal</source>
            <translation>⟦Ñéw göàl···⟧</translation>
        </message>
    </context>
    <context>
        <name>GoalsView</name>
        <message>
            <location filename="../qml/goals/GoalsView.qml" line="36" />
            <source>Target roles</source>
            <translation>⟦Tàrgét röléš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalsView.qml" line="38" />
            <source>Industries</source>
            <translation>⟦Îñdûštrîéš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalsView.qml" line="40" />
            <source>Skills</source>
            <translation>⟦Škîllš··⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalsView.qml" line="42" />
            <source>Certifications</source>
            <translation>⟦Çértîfîçàtîöñš·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalsView.qml" line="44" />
            <source>Other goals</source>
            <translation>⟦Öthér göàlš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalsView.qml" line="90" />
            <source>Goal achieved. Well done.</source>
            <translation>⟦Göàl àçhîévéd. Wéll döñé.··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalsView.qml" line="90" />
            <source>Goal dropped. Letting go is a choice too.</source>
            <translation>⟦Göàl dröppéd. Léttîñg gö îš à çhöîçé töö.················⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalsView.qml" line="90" />
            <source>Goal paused</source>
            <translation>⟦Göàl pàûšéd····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalsView.qml" line="90" />
            <source>Goal reopened</source>
            <translation>⟦Göàl réöpéñéd·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalsView.qml" line="102" />
            <source>Goal deleted</source>
            <translation>⟦Göàl délétéd····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalsView.qml" line="102" />
            <location filename="../qml/goals/GoalsView.qml" line="434" />
            <source>Undo</source>
            <translation>⟦Ûñdö·⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalsView.qml" line="172" />
            <source>This week</source>
            <translation>⟦Thîš wéék···⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalsView.qml" line="177" />
            <location filename="../qml/goals/GoalsView.qml" line="238" />
            <source>Add a weekly target</source>
            <translation>⟦Àdd à wééklý tàrgét·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalsView.qml" line="230" />
            <source>Count what you control: applications sent, people reached out to, practice. A weekly target keeps the effort steady when replies are slow.</source>
            <translation>⟦Çöûñt whàt ýöû çöñtröl: àpplîçàtîöñš šéñt, péöplé réàçhéd öût tö, pràçtîçé. À wééklý tàrgét kéépš thé éffört štéàdý whéñ réplîéš àré šlöw.·······················································⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalsView.qml" line="260" />
            <source>Goals</source>
            <translation>⟦Göàlš··⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalsView.qml" line="265" />
            <location filename="../qml/goals/GoalsView.qml" line="297" />
            <source>Add a goal</source>
            <translation>⟦Àdd à göàl····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalsView.qml" line="289" />
            <source>Name a few concrete steps towards your north star: roles to target, an industry to explore, a skill or certification to gain.</source>
            <translation>⟦Ñàmé à féw çöñçrété štépš töwàrdš ýöûr ñörth štàr: röléš tö tàrgét, àñ îñdûštrý tö éxplöré, à škîll ör çértîfîçàtîöñ tö gàîñ.··················································⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalsView.qml" line="327" />
            <source>Add to %1</source>
            <translation>⟦Àdd tö %1···⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalsView.qml" line="363" />
            <source>Hide closed goals (%1)</source>
            <translation>⟦Hîdé çlöšéd göàlš (%1)········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalsView.qml" line="363" />
            <source>Show closed goals (%1)</source>
            <translation>⟦Šhöw çlöšéd göàlš (%1)········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalsView.qml" line="422" />
            <source>Goal added</source>
            <translation>⟦Göàl àddéd····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalsView.qml" line="422" />
            <source>Goal saved</source>
            <translation>⟦Göàl šàvéd····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalsView.qml" line="434" />
            <source>North star cleared</source>
            <translation>⟦Ñörth štàr çléàréd·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/GoalsView.qml" line="436" />
            <source>North star saved</source>
            <translation>⟦Ñörth štàr šàvéd······⟧</translation>
        </message>
    </context>
    <context>
        <name>InboxButton</name>
        <message numerus="yes">
            <location filename="../qml/reminders/InboxButton.qml" line="13" />
            <source>Reminders, %n new</source>
            <translation>
                <numerusform>⟦Rémîñdérš, %n ñéw······⟧</numerusform>
                <numerusform>⟦Rémîñdérš, %n ñéw······⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qml/reminders/InboxButton.qml" line="13" />
            <source>Reminders</source>
            <translation>⟦Rémîñdérš···⟧</translation>
        </message>
        <message>
            <location filename="../qml/reminders/InboxButton.qml" line="29" />
            <source>%1+</source>
            <translation>⟦%1+·⟧</translation>
        </message>
    </context>
    <context>
        <name>InboxPanel</name>
        <message>
            <location filename="../qml/reminders/InboxPanel.qml" line="50" />
            <source>Reminders</source>
            <translation>⟦Rémîñdérš···⟧</translation>
        </message>
        <message>
            <location filename="../qml/reminders/InboxPanel.qml" line="59" />
            <source>Close reminders</source>
            <translation>⟦Çlöšé rémîñdérš······⟧</translation>
        </message>
        <message>
            <location filename="../qml/reminders/InboxPanel.qml" line="87" />
            <source>Due now</source>
            <translation>⟦Dûé ñöw··⟧</translation>
        </message>
        <message>
            <location filename="../qml/reminders/InboxPanel.qml" line="87" />
            <source>Nothing is due. You are on top of things.</source>
            <translation>⟦Ñöthîñg îš dûé. Ýöû àré öñ töp öf thîñgš.················⟧</translation>
        </message>
        <message>
            <location filename="../qml/reminders/InboxPanel.qml" line="107" />
            <source>Marked as done.</source>
            <translation>⟦Màrkéd àš döñé.······⟧</translation>
        </message>
        <message>
            <location filename="../qml/reminders/InboxPanel.qml" line="107" />
            <source>Undo</source>
            <translation>⟦Ûñdö·⟧</translation>
        </message>
        <message>
            <location filename="../qml/reminders/InboxPanel.qml" line="111" />
            <source>Snoozed until tomorrow.</source>
            <translation>⟦Šñöözéd ûñtîl tömörröw.·········⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/reminders/InboxPanel.qml" line="111" />
            <source>Snoozed for %n days.</source>
            <translation>
                <numerusform>⟦Šñöözéd för %n dàýš.········⟧</numerusform>
                <numerusform>⟦Šñöözéd för %n dàýš.········⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qml/reminders/InboxPanel.qml" line="126" />
            <source>Coming up</source>
            <translation>⟦Çömîñg ûp···⟧</translation>
        </message>
    </context>
    <context>
        <name>Insights</name>
        <message>
            <location filename="../backend/core/InsightsLabels.cpp" line="11" />
            <source>Applications</source>
            <translation>⟦Àpplîçàtîöñš····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/InsightsLabels.cpp" line="12" />
            <source>Outreach</source>
            <translation>⟦Öûtréàçh···⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/InsightsLabels.cpp" line="13" />
            <source>Practice</source>
            <translation>⟦Pràçtîçé···⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/InsightsLabels.cpp" line="14" />
            <source>Learning</source>
            <translation>⟦Léàrñîñg···⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/InsightsLabels.cpp" line="15" />
            <source>Journaling</source>
            <translation>⟦Jöûrñàlîñg····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/InsightsLabels.cpp" line="16" />
            <source>Other effort</source>
            <translation>⟦Öthér éffört····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/InsightsLabels.cpp" line="23" />
            <source>Applied</source>
            <translation>⟦Àpplîéd··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/InsightsLabels.cpp" line="24" />
            <source>Screening</source>
            <translation>⟦Šçrééñîñg···⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/InsightsLabels.cpp" line="25" />
            <source>Interview</source>
            <translation>⟦Îñtérvîéw···⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/InsightsLabels.cpp" line="26" />
            <source>Final round</source>
            <translation>⟦Fîñàl röûñd····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/InsightsLabels.cpp" line="27" />
            <source>Offer</source>
            <translation>⟦Öffér··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/InsightsLabels.cpp" line="34" />
            <source>Back to baseline</source>
            <translation>⟦Bàçk tö bàšélîñé······⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/InsightsLabels.cpp" line="35" />
            <source>Still recovering</source>
            <translation>⟦Štîll réçövérîñg······⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/InsightsLabels.cpp" line="36" />
            <source>Not back within 90 days</source>
            <translation>⟦Ñöt bàçk wîthîñ 90 dàýš·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/InsightsLabels.cpp" line="37" />
            <source>No mood in the 30 days before</source>
            <translation>⟦Ñö mööd îñ thé 30 dàýš béföré···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/InsightsLabels.cpp" line="38" />
            <source>No mood logged since</source>
            <translation>⟦Ñö mööd löggéd šîñçé········⟧</translation>
        </message>
    </context>
    <context>
        <name>InsightsController</name>
        <message numerus="yes">
            <location filename="../backend/ui/InsightsController.cpp" line="46" />
            <source>No mood check-ins in the last %n days.</source>
            <translation>
                <numerusform>⟦Ñö mööd çhéçk-îñš îñ thé làšt %n dàýš.···············⟧</numerusform>
                <numerusform>⟦Ñö mööd çhéçk-îñš îñ thé làšt %n dàýš.···············⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/ui/InsightsController.cpp" line="48" />
            <source>Average mood %1 over the last %2 days, on %n days</source>
            <translation>
                <numerusform>⟦Àvéràgé mööd %1 övér thé làšt %2 dàýš, öñ %n dàýš···················⟧</numerusform>
                <numerusform>⟦Àvéràgé mööd %1 övér thé làšt %2 dàýš, öñ %n dàýš···················⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../backend/ui/InsightsController.cpp" line="53" />
            <source>; moving average from %1 to %2</source>
            <translation>⟦; mövîñg àvéràgé fröm %1 tö %2············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/InsightsController.cpp" line="69" />
            <source>Awful</source>
            <translation>⟦Àwfûl··⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/InsightsController.cpp" line="71" />
            <source>Low</source>
            <translation>⟦Löw·⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/InsightsController.cpp" line="73" />
            <source>Okay</source>
            <translation>⟦Ökàý·⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/InsightsController.cpp" line="75" />
            <source>Good</source>
            <translation>⟦Gööd·⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/InsightsController.cpp" line="77" />
            <source>Great</source>
            <translation>⟦Gréàt··⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/InsightsController.cpp" line="79" />
            <source>No mood</source>
            <translation>⟦Ñö mööd··⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/ui/InsightsController.cpp" line="103" />
            <source>Current effort streak: %n days</source>
            <translation>
                <numerusform>⟦Çûrréñt éffört štréàk: %n dàýš············⟧</numerusform>
                <numerusform>⟦Çûrréñt éffört štréàk: %n dàýš············⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../backend/ui/InsightsController.cpp" line="104" />
            <source>No current effort streak</source>
            <translation>⟦Ñö çûrréñt éffört štréàk·········⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/ui/InsightsController.cpp" line="105" />
            <source>, best %n days in the past year</source>
            <translation>
                <numerusform>⟦, béšt %n dàýš îñ thé pàšt ýéàr············⟧</numerusform>
                <numerusform>⟦, béšt %n dàýš îñ thé pàšt ýéàr············⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/ui/InsightsController.cpp" line="106" />
            <source>. Effort on %n of the last 30 days</source>
            <translation>
                <numerusform>⟦. Éffört öñ %n öf thé làšt 30 dàýš·············⟧</numerusform>
                <numerusform>⟦. Éffört öñ %n öf thé làšt 30 dàýš·············⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/ui/InsightsController.cpp" line="108" />
            <source>, %n planned rest days</source>
            <translation>
                <numerusform>⟦, %n plàññéd réšt dàýš········⟧</numerusform>
                <numerusform>⟦, %n plàññéd réšt dàýš········⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/ui/InsightsController.cpp" line="130" />
            <source>%1: %2 of %3 this week; target met in %4 of the last %n weeks.</source>
            <translation>
                <numerusform>⟦%1: %2 öf %3 thîš wéék; tàrgét mét îñ %4 öf thé làšt %n wéékš.························⟧</numerusform>
                <numerusform>⟦%1: %2 öf %3 thîš wéék; tàrgét mét îñ %4 öf thé làšt %n wéékš.························⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../backend/ui/InsightsController.cpp" line="153" />
            <source>All time</source>
            <translation>⟦Àll tîmé···⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/InsightsController.cpp" line="155" />
            <source>All</source>
            <translation>⟦Àll·⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/InsightsController.cpp" line="163" />
            <source>No applications sent yet.</source>
            <translation>⟦Ñö àpplîçàtîöñš šéñt ýét.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/InsightsController.cpp" line="169" />
            <source> (%1%)</source>
            <translation>⟦ (%1%)··⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/InsightsController.cpp" line="172" />
            <source>Pipeline, all time: %1.</source>
            <translation>⟦Pîpélîñé, àll tîmé: %1.·········⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/ui/InsightsController.cpp" line="194" />
            <source>Too few recoveries yet to see a trend (it takes %n).</source>
            <translation>
                <numerusform>⟦Töö féw réçövérîéš ýét tö šéé à tréñd (ît tàkéš %n).····················⟧</numerusform>
                <numerusform>⟦Töö féw réçövérîéš ýét tö šéé à tréñd (ît tàkéš %n).····················⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../backend/ui/InsightsController.cpp" line="197" />
            <source>Your recovery time is getting shorter.</source>
            <translation>⟦Ýöûr réçövérý tîmé îš géttîñg šhörtér.···············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/InsightsController.cpp" line="199" />
            <source>Your recovery time is getting longer. Be kind to yourself: that is information, not failure.</source>
            <translation>⟦Ýöûr réçövérý tîmé îš géttîñg löñgér. Bé kîñd tö ýöûršélf: thàt îš îñförmàtîöñ, ñöt fàîlûré.····································⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/InsightsController.cpp" line="201" />
            <source>Your recovery time is holding steady.</source>
            <translation>⟦Ýöûr réçövérý tîmé îš höldîñg štéàdý.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/InsightsController.cpp" line="228" />
            <source>No rejections recorded.</source>
            <translation>⟦Ñö réjéçtîöñš réçördéd.·········⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/ui/InsightsController.cpp" line="230" />
            <source>%n rejections</source>
            <translation>
                <numerusform>⟦%n réjéçtîöñš·····⟧</numerusform>
                <numerusform>⟦%n réjéçtîöñš·····⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/ui/InsightsController.cpp" line="231" />
            <source>, %n with a recovery measured</source>
            <translation>
                <numerusform>⟦, %n wîth à réçövérý méàšûréd···········⟧</numerusform>
                <numerusform>⟦, %n wîth à réçövérý méàšûréd···········⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../backend/ui/InsightsController.cpp" line="233" />
            <source>: back to your usual mood after %1 days on average</source>
            <translation>⟦: bàçk tö ýöûr ûšûàl mööd àftér %1 dàýš öñ àvéràgé····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/InsightsController.cpp" line="258" />
            <source>No small wins written down yet.</source>
            <translation>⟦Ñö šmàll wîñš wrîttéñ döwñ ýét.············⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/ui/InsightsController.cpp" line="259" />
            <source>%n small wins in total</source>
            <translation>
                <numerusform>⟦%n šmàll wîñš îñ tötàl········⟧</numerusform>
                <numerusform>⟦%n šmàll wîñš îñ tötàl········⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/ui/InsightsController.cpp" line="260" />
            <source>, %n in the last 30 days.</source>
            <translation>
                <numerusform>⟦, %n îñ thé làšt 30 dàýš.··········⟧</numerusform>
                <numerusform>⟦, %n îñ thé làšt 30 dàýš.··········⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../backend/ui/InsightsController.cpp" line="419" />
            <source>%1: no moods recorded.</source>
            <translation>⟦%1: ñö möödš réçördéd.········⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/ui/InsightsController.cpp" line="425" />
            <source>%1: a mood on %n days</source>
            <translation>
                <numerusform>⟦%1: à mööd öñ %n dàýš········⟧</numerusform>
                <numerusform>⟦%1: à mööd öñ %n dàýš········⟧</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InsightsFunnelCard</name>
        <message>
            <location filename="../qml/insights/InsightsFunnelCard.qml" line="25" />
            <source>%1%</source>
            <translation>⟦%1%·⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsFunnelCard.qml" line="28" />
            <source>Pipeline</source>
            <translation>⟦Pîpélîñé···⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsFunnelCard.qml" line="30" />
            <source>All applications sent, by the furthest step they reached.</source>
            <translation>⟦Àll àpplîçàtîöñš šéñt, bý thé fûrthéšt štép théý réàçhéd.······················⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsFunnelCard.qml" line="30" />
            <source>Applications sent in %1, by the furthest step they reached.</source>
            <translation>⟦Àpplîçàtîöñš šéñt îñ %1, bý thé fûrthéšt štép théý réàçhéd.·······················⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsFunnelCard.qml" line="45" />
            <source>All time</source>
            <translation>⟦Àll tîmé···⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/insights/InsightsFunnelCard.qml" line="55" />
            <source>%1: %n sent</source>
            <translation>
                <numerusform>⟦%1: %n šéñt····⟧</numerusform>
                <numerusform>⟦%1: %n šéñt····⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsFunnelCard.qml" line="72" />
            <source>Applications per month; pick a month</source>
            <translation>⟦Àpplîçàtîöñš pér möñth; pîçk à möñth··············⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/insights/InsightsFunnelCard.qml" line="91" />
            <source>%1: %n applications</source>
            <translation>
                <numerusform>⟦%1: %n àpplîçàtîöñš·······⟧</numerusform>
                <numerusform>⟦%1: %n àpplîçàtîöñš·······⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsFunnelCard.qml" line="138" />
            <source>%1: %2, %3 of the step before</source>
            <translation>⟦%1: %2, %3 öf thé štép béföré···········⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsFunnelCard.qml" line="138" />
            <source>%1: %2</source>
            <translation>⟦%1: %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsFunnelCard.qml" line="182" />
            <source>→ %1</source>
            <translation>⟦→ %1·⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsFunnelCard.qml" line="193" />
            <source>Arrows: the share that went on from the step before.</source>
            <translation>⟦Àrröwš: thé šhàré thàt wéñt öñ fröm thé štép béföré.····················⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsFunnelCard.qml" line="205" />
            <source>No applications sent yet</source>
            <translation>⟦Ñö àpplîçàtîöñš šéñt ýét·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsFunnelCard.qml" line="206" />
            <source>Once you move applications to Applied and beyond in Job search, you'll see where they go.</source>
            <translation>⟦Öñçé ýöû mövé àpplîçàtîöñš tö Àpplîéd àñd béýöñd îñ Jöb šéàrçh, ýöû'll šéé whéré théý gö.···································⟧</translation>
        </message>
    </context>
    <context>
        <name>InsightsGoalsCard</name>
        <message>
            <location filename="../qml/insights/InsightsGoalsCard.qml" line="17" />
            <source>Weekly effort vs goals</source>
            <translation>⟦Wééklý éffört vš göàlš········⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsGoalsCard.qml" line="54" />
            <source>%1 of %2 this week</source>
            <translation>⟦%1 öf %2 thîš wéék·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsGoalsCard.qml" line="118" />
            <source>Week of %1: %2 of %3</source>
            <translation>⟦Wéék öf %1: %2 öf %3········⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsGoalsCard.qml" line="124" />
            <source>%1 a week: %2. Target met in %3 of the last %4 weeks.</source>
            <translation>⟦%1 à wéék: %2. Tàrgét mét îñ %3 öf thé làšt %4 wéékš.·····················⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsGoalsCard.qml" line="138" />
            <source>No weekly effort goals yet</source>
            <translation>⟦Ñö wééklý éffört göàlš ýét··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsGoalsCard.qml" line="139" />
            <source>Set a weekly target in Goals (say, three applications or two people to reach out to) and see each week against it here.</source>
            <translation>⟦Šét à wééklý tàrgét îñ Göàlš (šàý, thréé àpplîçàtîöñš ör twö péöplé tö réàçh öût tö) àñd šéé éàçh wéék àgàîñšt ît héré.···············································⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsGoalsCard.qml" line="146" />
            <source>Open Goals</source>
            <translation>⟦Öpéñ Göàlš····⟧</translation>
        </message>
    </context>
    <context>
        <name>InsightsMoodCard</name>
        <message>
            <location filename="../qml/insights/InsightsMoodCard.qml" line="16" />
            <source>Mood trend</source>
            <translation>⟦Mööd tréñd····⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsMoodCard.qml" line="22" />
            <source>Mood trend period</source>
            <translation>⟦Mööd tréñd pérîöd······⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsMoodCard.qml" line="26" />
            <source>7 days</source>
            <translation>⟦7 dàýš··⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsMoodCard.qml" line="29" />
            <source>30 days</source>
            <translation>⟦30 dàýš··⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsMoodCard.qml" line="32" />
            <source>Year</source>
            <translation>⟦Ýéàr·⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsMoodCard.qml" line="53" />
            <source>average mood</source>
            <translation>⟦àvéràgé mööd····⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsMoodCard.qml" line="71" />
            <source>days checked in</source>
            <translation>⟦dàýš çhéçkéd îñ······⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/insights/InsightsMoodCard.qml" line="95" />
            <source>Dots: the day's mood. Line: %n-day moving average.</source>
            <translation>
                <numerusform>⟦Dötš: thé dàý'š mööd. Lîñé: %n-dàý mövîñg àvéràgé.····················⟧</numerusform>
                <numerusform>⟦Dötš: thé dàý'š mööd. Lîñé: %n-dàý mövîñg àvéràgé.····················⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsMoodCard.qml" line="107" />
            <source>No moods in this period</source>
            <translation>⟦Ñö möödš îñ thîš pérîöd·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsMoodCard.qml" line="108" />
            <source>Check in on Today and your mood trend will grow here, day by day.</source>
            <translation>⟦Çhéçk îñ öñ Tödàý àñd ýöûr mööd tréñd wîll gröw héré, dàý bý dàý.··························⟧</translation>
        </message>
    </context>
    <context>
        <name>InsightsMoodChart</name>
        <message>
            <location filename="../qml/insights/InsightsMoodChart.qml" line="46" />
            <source>%1: no check-in, average %2</source>
            <translation>⟦%1: ñö çhéçk-îñ, àvéràgé %2··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsMoodChart.qml" line="46" />
            <source>%1: no check-in</source>
            <translation>⟦%1: ñö çhéçk-îñ······⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsMoodChart.qml" line="47" />
            <source>%1: %2 (%3), average %4</source>
            <translation>⟦%1: %2 (%3), àvéràgé %4·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsMoodChart.qml" line="71" />
            <source>Mood trend</source>
            <translation>⟦Mööd tréñd····⟧</translation>
        </message>
    </context>
    <context>
        <name>InsightsPixelGrid</name>
        <message>
            <location filename="../qml/insights/InsightsPixelGrid.qml" line="42" />
            <source>%1: %2</source>
            <translation>⟦%1: %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsPixelGrid.qml" line="50" />
            <source>Year in pixels, %1</source>
            <translation>⟦Ýéàr îñ pîxélš, %1·······⟧</translation>
        </message>
    </context>
    <context>
        <name>InsightsPixelsCard</name>
        <message>
            <location filename="../qml/insights/InsightsPixelsCard.qml" line="21" />
            <source>Year in pixels</source>
            <translation>⟦Ýéàr îñ pîxélš·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsPixelsCard.qml" line="32" />
            <source>Previous year</source>
            <translation>⟦Prévîöûš ýéàr·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsPixelsCard.qml" line="43" />
            <source>Year %1</source>
            <translation>⟦Ýéàr %1··⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsPixelsCard.qml" line="49" />
            <source>Next year</source>
            <translation>⟦Ñéxt ýéàr···⟧</translation>
        </message>
    </context>
    <context>
        <name>InsightsRememberCard</name>
        <message>
            <location filename="../qml/insights/InsightsRememberCard.qml" line="21" />
            <location filename="../qml/insights/InsightsRememberCard.qml" line="43" />
            <source>Remember these?</source>
            <translation>⟦Rémémbér théšé?······⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsRememberCard.qml" line="55" />
            <source>Today feels heavy. These happened too, and they were yours.</source>
            <translation>⟦Tödàý féélš héàvý. Théšé hàppéñéd töö, àñd théý wéré ýöûrš.·······················⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsRememberCard.qml" line="68" />
            <source>“%2”, %1</source>
            <translation>⟦“%2”, %1···⟧</translation>
        </message>
    </context>
    <context>
        <name>InsightsResilienceCard</name>
        <message>
            <location filename="../qml/insights/InsightsResilienceCard.qml" line="29" />
            <source>%1, %2</source>
            <translation>⟦%1, %2··⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/insights/InsightsResilienceCard.qml" line="31" />
            <source>%1: back to your usual mood (%2) after %n days</source>
            <translation>
                <numerusform>⟦%1: bàçk tö ýöûr ûšûàl mööd (%2) àftér %n dàýš··················⟧</numerusform>
                <numerusform>⟦%1: bàçk tö ýöûr ûšûàl mööd (%2) àftér %n dàýš··················⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsResilienceCard.qml" line="32" />
            <source>%1: %2</source>
            <translation>⟦%1: %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsResilienceCard.qml" line="35" />
            <source>1 day</source>
            <translation>⟦1 dàý··⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/insights/InsightsResilienceCard.qml" line="35" />
            <source>%n days</source>
            <translation>
                <numerusform>⟦%n dàýš··⟧</numerusform>
                <numerusform>⟦%n dàýš··⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsResilienceCard.qml" line="41" />
            <source>Resilience</source>
            <translation>⟦Réšîlîéñçé····⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsResilienceCard.qml" line="43" />
            <source>Days after each rejection until your 3-day mood average was back to the 30 days before it.</source>
            <translation>⟦Dàýš àftér éàçh réjéçtîöñ ûñtîl ýöûr 3-dàý mööd àvéràgé wàš bàçk tö thé 30 dàýš béföré ît.····································⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/insights/InsightsResilienceCard.qml" line="62" />
            <source>days on average to feel like yourself again, over %n measured recoveries.</source>
            <translation>
                <numerusform>⟦dàýš öñ àvéràgé tö féél lîké ýöûršélf àgàîñ, övér %n méàšûréd réçövérîéš.·····························⟧</numerusform>
                <numerusform>⟦dàýš öñ àvéràgé tö féél lîké ýöûršélf àgàîñ, övér %n méàšûréd réçövérîéš.·····························⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsResilienceCard.qml" line="176" />
            <source>In the first week after a rejection, these went with a faster way back:</source>
            <translation>⟦Îñ thé fîršt wéék àftér à réjéçtîöñ, théšé wéñt wîth à fàštér wàý bàçk:····························⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsResilienceCard.qml" line="192" />
            <source>%5 — with it: %1 days (%2×), without: %3 days (%4×)</source>
            <translation>⟦%5 — wîth ît: %1 dàýš (%2×), wîthöût: %3 dàýš (%4×)····················⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsResilienceCard.qml" line="203" />
            <source>Each line compares a handful of rejections: a hint, not a rule.</source>
            <translation>⟦Éàçh lîñé çömpàréš à hàñdfûl öf réjéçtîöñš: à hîñt, ñöt à rûlé.·························⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsResilienceCard.qml" line="214" />
            <source>No recovery measured yet: it needs check-ins in the month before a rejection and in the days after it.</source>
            <translation>⟦Ñö réçövérý méàšûréd ýét: ît ñéédš çhéçk-îñš îñ thé möñth béföré à réjéçtîöñ àñd îñ thé dàýš àftér ît.········································⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/insights/InsightsResilienceCard.qml" line="214" />
            <source>Only %n measured recoveries so far: read this as a hint, not a rule.</source>
            <translation>
                <numerusform>⟦Öñlý %n méàšûréd réçövérîéš šö fàr: réàd thîš àš à hîñt, ñöt à rûlé.···························⟧</numerusform>
                <numerusform>⟦Öñlý %n méàšûréd réçövérîéš šö fàr: réàd thîš àš à hîñt, ñöt à rûlé.···························⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsResilienceCard.qml" line="226" />
            <source>No rejections recorded</source>
            <translation>⟦Ñö réjéçtîöñš réçördéd········⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsResilienceCard.qml" line="227" />
            <source>If one comes, this shows how many days it took to feel like yourself again, and what helped.</source>
            <translation>⟦Îf öñé çöméš, thîš šhöwš höw màñý dàýš ît töök tö féél lîké ýöûršélf àgàîñ, àñd whàt hélpéd.····································⟧</translation>
        </message>
    </context>
    <context>
        <name>InsightsSection</name>
        <message>
            <location filename="../qml/settings/InsightsSection.qml" line="14" />
            <source>Insights</source>
            <translation>⟦Îñšîghtš···⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/InsightsSection.qml" line="23" />
            <location filename="../qml/settings/InsightsSection.qml" line="43" />
            <source>Rest days</source>
            <translation>⟦Réšt dàýš···⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/InsightsSection.qml" line="31" />
            <source>Days off don't break your effort streak. Rest is part of the work.</source>
            <translation>⟦Dàýš öff döñ't bréàk ýöûr éffört štréàk. Réšt îš pàrt öf thé wörk.··························⟧</translation>
        </message>
    </context>
    <context>
        <name>InsightsStreakCard</name>
        <message>
            <location filename="../qml/insights/InsightsStreakCard.qml" line="32" />
            <location filename="../qml/insights/InsightsStreakCard.qml" line="235" />
            <source>%1: %2</source>
            <translation>⟦%1: %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsStreakCard.qml" line="34" />
            <source>%1: rest day</source>
            <translation>⟦%1: réšt dàý····⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsStreakCard.qml" line="34" />
            <source>%1: no effort logged</source>
            <translation>⟦%1: ñö éffört löggéd········⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsStreakCard.qml" line="37" />
            <source>Effort streak</source>
            <translation>⟦Éffört štréàk·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsStreakCard.qml" line="39" />
            <source>Counted on what you control: applying, reaching out, practising, learning, journaling.</source>
            <translation>⟦Çöûñtéd öñ whàt ýöû çöñtröl: àpplýîñg, réàçhîñg öût, pràçtîšîñg, léàrñîñg, jöûrñàlîñg.··································⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/insights/InsightsStreakCard.qml" line="58" />
            <source>day streak</source>
            <translation>
                <numerusform>⟦dàý štréàk····⟧</numerusform>
                <numerusform>⟦dàý štréàk····⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsStreakCard.qml" line="77" />
            <source>best in the past year</source>
            <translation>⟦béšt îñ thé pàšt ýéàr········⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsStreakCard.qml" line="87" />
            <source>Today counts already.</source>
            <translation>⟦Tödàý çöûñtš àlréàdý.········⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsStreakCard.qml" line="87" />
            <source>Today is still open: one small step keeps it going.</source>
            <translation>⟦Tödàý îš štîll öpéñ: öñé šmàll štép kéépš ît göîñg.····················⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/insights/InsightsStreakCard.qml" line="105" />
            <source>Effort over the last %n days</source>
            <translation>
                <numerusform>⟦Éffört övér thé làšt %n dàýš···········⟧</numerusform>
                <numerusform>⟦Éffört övér thé làšt %n dàýš···········⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsStreakCard.qml" line="158" />
            <source>Effort</source>
            <translation>⟦Éffört··⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsStreakCard.qml" line="162" />
            <source>Rest day</source>
            <translation>⟦Réšt dàý···⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsStreakCard.qml" line="166" />
            <source>No effort</source>
            <translation>⟦Ñö éffört···⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsStreakCard.qml" line="202" />
            <source>What you did</source>
            <translation>⟦Whàt ýöû dîd····⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsStreakCard.qml" line="210" />
            <source>Effort period</source>
            <translation>⟦Éffört pérîöd·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsStreakCard.qml" line="214" />
            <source>7 days</source>
            <translation>⟦7 dàýš··⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsStreakCard.qml" line="217" />
            <source>30 days</source>
            <translation>⟦30 dàýš··⟧</translation>
        </message>
    </context>
    <context>
        <name>InsightsWinsCard</name>
        <message>
            <location filename="../qml/insights/InsightsWinsCard.qml" line="15" />
            <source>Small wins</source>
            <translation>⟦Šmàll wîñš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsWinsCard.qml" line="36" />
            <source>wins in all</source>
            <translation>⟦wîñš îñ àll····⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsWinsCard.qml" line="55" />
            <source>in the last 30 days</source>
            <translation>⟦îñ thé làšt 30 dàýš·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsWinsCard.qml" line="78" />
            <source>%2, %1</source>
            <translation>⟦%2, %1··⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsWinsCard.qml" line="113" />
            <source>No small wins yet</source>
            <translation>⟦Ñö šmàll wîñš ýét······⟧</translation>
        </message>
        <message>
            <location filename="../qml/insights/InsightsWinsCard.qml" line="114" />
            <source>A good question in an interview, a kind reply, a finished course: add them on Today. They add up.</source>
            <translation>⟦À gööd qûéštîöñ îñ àñ îñtérvîéw, à kîñd réplý, à fîñîšhéd çöûršé: àdd thém öñ Tödàý. Théý àdd ûp.······································⟧</translation>
        </message>
    </context>
    <context>
        <name>InteractionRow</name>
        <message>
            <location filename="../qml/people/InteractionRow.qml" line="23" />
            <source>%1, %2. %3. Edit</source>
            <translation>⟦%1, %2. %3. Édît······⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/InteractionRow.qml" line="65" />
            <source>%1 · %2</source>
            <translation>⟦%1 · %2··⟧</translation>
        </message>
    </context>
    <context>
        <name>InterviewCard</name>
        <message>
            <location filename="../qml/jobs/InterviewCard.qml" line="17" />
            <source>Stumped me</source>
            <translation>⟦Štûmpéd mé····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewCard.qml" line="20" />
            <source>Felt less confident</source>
            <translation>⟦Félt léšš çöñfîdéñt·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewCard.qml" line="23" />
            <source>Went well</source>
            <translation>⟦Wéñt wéll···⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewCard.qml" line="26" />
            <source>Next time</source>
            <translation>⟦Ñéxt tîmé···⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewCard.qml" line="34" />
            <source>Confidence %1 → %2 of 5</source>
            <translation>⟦Çöñfîdéñçé %1 → %2 öf 5·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewCard.qml" line="36" />
            <source>Confidence before: %1 of 5</source>
            <translation>⟦Çöñfîdéñçé béföré: %1 öf 5··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewCard.qml" line="38" />
            <source>Confidence after: %1 of 5</source>
            <translation>⟦Çöñfîdéñçé àftér: %1 öf 5··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewCard.qml" line="47" />
            <source>%1 interview, %2. Edit</source>
            <translation>⟦%1 îñtérvîéw, %2. Édît········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewCard.qml" line="75" />
            <source>%1 · %2</source>
            <translation>⟦%1 · %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewCard.qml" line="86" />
            <source>With %1</source>
            <translation>⟦Wîth %1··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewCard.qml" line="86" />
            <source>, </source>
            <translation>⟦, ·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewCard.qml" line="135" />
            <source>A prep reminder comes the day before.</source>
            <translation>⟦À prép rémîñdér çöméš thé dàý béföré.··············⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewCard.qml" line="135" />
            <source>How did it go? Add your reflection while it is fresh.</source>
            <translation>⟦Höw dîd ît gö? Àdd ýöûr réfléçtîöñ whîlé ît îš fréšh.·····················⟧</translation>
        </message>
    </context>
    <context>
        <name>InterviewEditor</name>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="29" />
            <source>Give the interview a date and time.</source>
            <translation>⟦Gîvé thé îñtérvîéw à dàté àñd tîmé.··············⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="31" />
            <source>Pick the kind of interview.</source>
            <translation>⟦Pîçk thé kîñd öf îñtérvîéw.··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="102" />
            <source>New interview</source>
            <translation>⟦Ñéw îñtérvîéw·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="102" />
            <source>Interview</source>
            <translation>⟦Îñtérvîéw···⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="132" />
            <source>When</source>
            <translation>⟦Whéñ·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="139" />
            <source>Interview day</source>
            <translation>⟦Îñtérvîéw dàý·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="145" />
            <source>Starts at</source>
            <translation>⟦Štàrtš àt···⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="151" />
            <source>Rebound reminds you to prepare the day before.</source>
            <translation>⟦Réböûñd rémîñdš ýöû tö prépàré thé dàý béföré.··················⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="158" />
            <source>Kind</source>
            <translation>⟦Kîñd·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="163" />
            <source>Kind of interview</source>
            <translation>⟦Kîñd öf îñtérvîéw······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="170" />
            <location filename="../qml/jobs/InterviewEditor.qml" line="178" />
            <source>Interviewers</source>
            <translation>⟦Îñtérvîéwérš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="177" />
            <source>Add a name and press Enter</source>
            <translation>⟦Àdd à ñàmé àñd préšš Éñtér··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="186" />
            <source>Confidence before</source>
            <translation>⟦Çöñfîdéñçé béföré······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="193" />
            <source>Confidence after</source>
            <translation>⟦Çöñfîdéñçé àftér······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="199" />
            <source>Reflection</source>
            <translation>⟦Réfléçtîöñ····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="209" />
            <source>Write it soon after, while it is fresh. It is for you: honest beats polished.</source>
            <translation>⟦Wrîté ît šööñ àftér, whîlé ît îš fréšh. Ît îš för ýöû: höñéšt béàtš pölîšhéd.······························⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="216" />
            <location filename="../qml/jobs/InterviewEditor.qml" line="228" />
            <source>Questions that stumped me</source>
            <translation>⟦Qûéštîöñš thàt štûmpéd mé··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="232" />
            <location filename="../qml/jobs/InterviewEditor.qml" line="244" />
            <source>Moments I felt less confident</source>
            <translation>⟦Möméñtš Î félt léšš çöñfîdéñt···········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="248" />
            <location filename="../qml/jobs/InterviewEditor.qml" line="260" />
            <source>What went well</source>
            <translation>⟦Whàt wéñt wéll·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="264" />
            <location filename="../qml/jobs/InterviewEditor.qml" line="276" />
            <source>What I would do differently</source>
            <translation>⟦Whàt Î wöûld dö dîfféréñtlý··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="280" />
            <location filename="../qml/jobs/InterviewEditor.qml" line="292" />
            <source>Other notes</source>
            <translation>⟦Öthér ñötéš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="309" />
            <source>Delete</source>
            <translation>⟦Délété··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="311" />
            <source>Delete interview</source>
            <translation>⟦Délété îñtérvîéw······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="321" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="329" />
            <source>Save</source>
            <translation>⟦Šàvé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/InterviewEditor.qml" line="330" />
            <source>Save interview</source>
            <translation>⟦Šàvé îñtérvîéw·····⟧</translation>
        </message>
    </context>
    <context>
        <name>IosNotifier</name>
        <message>
            <location filename="../platform/ios/IosNotifier.mm" line="34" />
            <source>Notifications are turned off for Rebound in the Settings app.</source>
            <translation>⟦Ñötîfîçàtîöñš àré tûrñéd öff för Réböûñd îñ thé Šéttîñgš àpp.························⟧</translation>
        </message>
        <message>
            <location filename="../platform/ios/IosNotifier.mm" line="58" />
            <source>iOS did not show the notification.</source>
            <translation>⟦îÖŠ dîd ñöt šhöw thé ñötîfîçàtîöñ.·············⟧</translation>
        </message>
    </context>
    <context>
        <name>JobSearch</name>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="22" />
            <source>Saved</source>
            <translation>⟦Šàvéd··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="23" />
            <source>Applied</source>
            <translation>⟦Àpplîéd··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="24" />
            <source>Screening</source>
            <translation>⟦Šçrééñîñg···⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="25" />
            <source>Interviewing</source>
            <translation>⟦Îñtérvîéwîñg····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="26" />
            <source>Final round</source>
            <translation>⟦Fîñàl röûñd····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="27" />
            <source>Offer</source>
            <translation>⟦Öffér··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="28" />
            <source>Accepted</source>
            <translation>⟦Àççéptéd···⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="29" />
            <source>Rejected</source>
            <translation>⟦Réjéçtéd···⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="30" />
            <source>Withdrawn</source>
            <translation>⟦Wîthdràwñ···⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="31" />
            <source>No answer</source>
            <translation>⟦Ñö àñšwér···⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="38" />
            <source>On site</source>
            <translation>⟦Öñ šîté··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="39" />
            <source>Hybrid</source>
            <translation>⟦Hýbrîd··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="40" />
            <source>Remote</source>
            <translation>⟦Rémöté··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="47" />
            <source>Recruiter</source>
            <translation>⟦Réçrûîtér···⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="48" />
            <source>Interviewer</source>
            <translation>⟦Îñtérvîéwér····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="49" />
            <source>Hiring manager</source>
            <translation>⟦Hîrîñg màñàgér·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="50" />
            <source>Referrer</source>
            <translation>⟦Référrér···⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="51" />
            <source>Other</source>
            <translation>⟦Öthér··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="58" />
            <source>Phone screen</source>
            <translation>⟦Phöñé šçrééñ····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="59" />
            <source>Technical</source>
            <translation>⟦Téçhñîçàl···⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="60" />
            <source>Behavioural</source>
            <translation>⟦Béhàvîöûràl····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="61" />
            <source>Panel</source>
            <translation>⟦Pàñél··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="62" />
            <source>Final</source>
            <translation>⟦Fîñàl··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="69" />
            <source>Employer</source>
            <translation>⟦Émplöýér···⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="70" />
            <location filename="../backend/core/JobLabels.cpp" line="79" />
            <source>Mock interview</source>
            <translation>⟦Möçk îñtérvîéw·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="71" />
            <source>Self-reflection</source>
            <translation>⟦Šélf-réfléçtîöñ······⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="78" />
            <source>Course</source>
            <translation>⟦Çöûršé··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="80" />
            <source>Practice</source>
            <translation>⟦Pràçtîçé···⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="81" />
            <source>Certification</source>
            <translation>⟦Çértîfîçàtîöñ·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="82" />
            <source>Reading</source>
            <translation>⟦Réàdîñg··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="89" />
            <source>To do</source>
            <translation>⟦Tö dö··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="90" />
            <source>In progress</source>
            <translation>⟦Îñ prögréšš····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="91" />
            <source>Done</source>
            <translation>⟦Döñé·⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ApplicationRepository.cpp" line="34" />
            <source>The link must be a web address (http or https).</source>
            <translation>⟦Thé lîñk mûšt bé à wéb àddréšš (http ör httpš).··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ApplicationRepository.cpp" line="40" />
            <source>A salary must be a whole number from 0 to 1,000,000,000,000.</source>
            <translation>⟦À šàlàrý mûšt bé à whölé ñûmbér fröm 0 tö 1,000,000,000,000.························⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ApplicationRepository.cpp" line="49" />
            <source>A person needs a name.</source>
            <translation>⟦À péršöñ ñéédš à ñàmé.········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ApplicationRepository.cpp" line="53" />
            <source>Unknown role: %1.</source>
            <translation>⟦Ûñkñöwñ rölé: %1.······⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ApplicationRepository.cpp" line="56" />
            <source>"%1" does not look like an e-mail address.</source>
            <translation>⟦"%1" döéš ñöt löök lîké àñ é-màîl àddréšš.················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ApplicationRepository.cpp" line="82" />
            <source>Name the company.</source>
            <translation>⟦Ñàmé thé çömpàñý.······⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ApplicationRepository.cpp" line="89" />
            <source>Unknown way of working: %1.</source>
            <translation>⟦Ûñkñöwñ wàý öf wörkîñg: %1.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ApplicationRepository.cpp" line="93" />
            <source>The lowest salary is above the highest.</source>
            <translation>⟦Thé löwéšt šàlàrý îš àbövé thé hîghéšt.···············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ApplicationRepository.cpp" line="100" />
            <source>A currency is three letters, such as EUR or USD.</source>
            <translation>⟦À çûrréñçý îš thréé léttérš, šûçh àš ÉÛR ör ÛŠD.···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ApplicationRepository.cpp" line="112" />
            <location filename="../backend/storage/ApplicationRepository.cpp" line="213" />
            <source>Unknown stage: %1.</source>
            <translation>⟦Ûñkñöwñ štàgé: %1.·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ApplicationRepository.cpp" line="133" />
            <location filename="../backend/storage/ApplicationRepository.cpp" line="224" />
            <location filename="../backend/storage/ApplicationRepository.cpp" line="289" />
            <location filename="../backend/storage/ApplicationRepository.cpp" line="334" />
            <location filename="../backend/storage/FeedbackRepository.cpp" line="48" />
            <location filename="../backend/storage/InterviewRepository.cpp" line="95" />
            <location filename="../backend/storage/RejectionFlowRepository.cpp" line="28" />
            <source>That application no longer exists.</source>
            <translation>⟦Thàt àpplîçàtîöñ ñö löñgér éxîštš.·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ApplicationRepository.cpp" line="251" />
            <source>That stage is already gone.</source>
            <translation>⟦Thàt štàgé îš àlréàdý göñé.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ApplicationRepository.cpp" line="254" />
            <source>An application keeps at least one stage.</source>
            <translation>⟦Àñ àpplîçàtîöñ kéépš àt léàšt öñé štàgé.················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ApplicationRepository.cpp" line="293" />
            <location filename="../backend/storage/FeedbackRepository.cpp" line="44" />
            <location filename="../backend/storage/InterviewRepository.cpp" line="116" />
            <location filename="../backend/storage/InterviewRepository.cpp" line="153" />
            <source>That interview no longer exists.</source>
            <translation>⟦Thàt îñtérvîéw ñö löñgér éxîštš.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ApplicationRepository.cpp" line="305" />
            <location filename="../backend/storage/ApplicationRepository.cpp" line="317" />
            <source>That person is no longer on the application.</source>
            <translation>⟦Thàt péršöñ îš ñö löñgér öñ thé àpplîçàtîöñ.·················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/FeedbackRepository.cpp" line="23" />
            <source>A skill name cannot contain "|".</source>
            <translation>⟦À škîll ñàmé çàññöt çöñtàîñ "|".············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/FeedbackRepository.cpp" line="36" />
            <source>Unknown source of feedback: %1.</source>
            <translation>⟦Ûñkñöwñ šöûrçé öf féédbàçk: %1.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/FeedbackRepository.cpp" line="61" />
            <source>At most %1 skills on each side.</source>
            <translation>⟦Àt möšt %1 škîllš öñ éàçh šîdé.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/FeedbackRepository.cpp" line="80" />
            <location filename="../backend/storage/FeedbackRepository.cpp" line="107" />
            <source>Write the feedback or name at least one skill.</source>
            <translation>⟦Wrîté thé féédbàçk ör ñàmé àt léàšt öñé škîll.··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/FeedbackRepository.cpp" line="102" />
            <location filename="../backend/storage/FeedbackRepository.cpp" line="117" />
            <source>That feedback no longer exists.</source>
            <translation>⟦Thàt féédbàçk ñö löñgér éxîštš.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/FeedbackRepository.cpp" line="164" />
            <source>A skill needs a name.</source>
            <translation>⟦À škîll ñéédš à ñàmé.········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/FeedbackRepository.cpp" line="168" />
            <location filename="../backend/storage/FeedbackRepository.cpp" line="184" />
            <location filename="../backend/storage/FeedbackRepository.cpp" line="216" />
            <source>That skill no longer exists.</source>
            <translation>⟦Thàt škîll ñö löñgér éxîštš.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/FeedbackRepository.cpp" line="170" />
            <source>There is already a skill called "%1".</source>
            <translation>⟦Théré îš àlréàdý à škîll çàlléd "%1".··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/FeedbackRepository.cpp" line="198" />
            <source>Unknown kind of action: %1.</source>
            <translation>⟦Ûñkñöwñ kîñd öf àçtîöñ: %1.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/FeedbackRepository.cpp" line="202" />
            <source>Unknown status: %1.</source>
            <translation>⟦Ûñkñöwñ štàtûš: %1.·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/FeedbackRepository.cpp" line="205" />
            <source>Say what you will do.</source>
            <translation>⟦Šàý whàt ýöû wîll dö.········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/FeedbackRepository.cpp" line="207" />
            <source>Pick a due day within the next ten years.</source>
            <translation>⟦Pîçk à dûé dàý wîthîñ thé ñéxt téñ ýéàrš.················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/FeedbackRepository.cpp" line="226" />
            <source>Name the skill the action is for.</source>
            <translation>⟦Ñàmé thé škîll thé àçtîöñ îš för.·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/FeedbackRepository.cpp" line="244" />
            <location filename="../backend/storage/FeedbackRepository.cpp" line="255" />
            <source>That action no longer exists.</source>
            <translation>⟦Thàt àçtîöñ ñö löñgér éxîštš.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/InterviewRepository.cpp" line="39" />
            <source>Give the interview a date and time.</source>
            <translation>⟦Gîvé thé îñtérvîéw à dàté àñd tîmé.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/InterviewRepository.cpp" line="44" />
            <source>Pick an interview date between 1900 and two years from now.</source>
            <translation>⟦Pîçk àñ îñtérvîéw dàté bétwééñ 1900 àñd twö ýéàrš fröm ñöw.·······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/InterviewRepository.cpp" line="48" />
            <source>Unknown kind of interview: %1.</source>
            <translation>⟦Ûñkñöwñ kîñd öf îñtérvîéw: %1.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/InterviewRepository.cpp" line="51" />
            <source>Confidence goes from 1 to 5.</source>
            <translation>⟦Çöñfîdéñçé göéš fröm 1 tö 5.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/InterviewRepository.cpp" line="69" />
            <source>Prepare for your interview at %1</source>
            <translation>⟦Prépàré för ýöûr îñtérvîéw àt %1············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/InterviewRepository.cpp" line="69" />
            <source>Prepare for your interview</source>
            <translation>⟦Prépàré för ýöûr îñtérvîéw··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/InterviewRepository.cpp" line="71" />
            <source>%1 · %2 at %3</source>
            <translation>⟦%1 · %2 àt %3·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/RejectionFlowRepository.cpp" line="67" />
            <source>That rejection flow no longer exists.</source>
            <translation>⟦Thàt réjéçtîöñ flöw ñö löñgér éxîštš.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/RejectionFlowRepository.cpp" line="72" />
            <source>Unknown step: %1.</source>
            <translation>⟦Ûñkñöwñ štép: %1.······⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/RejectionFlowRepository.cpp" line="75" />
            <source>Unknown step state: %1.</source>
            <translation>⟦Ûñkñöwñ štép štàté: %1.·········⟧</translation>
        </message>
    </context>
    <context>
        <name>JobSearchSection</name>
        <message>
            <location filename="../qml/settings/JobSearchSection.qml" line="15" />
            <source>1 day</source>
            <translation>⟦1 dàý··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/JobSearchSection.qml" line="15" />
            <source>%1 days</source>
            <translation>⟦%1 dàýš··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/JobSearchSection.qml" line="18" />
            <source>Job search</source>
            <translation>⟦Jöb šéàrçh····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/JobSearchSection.qml" line="23" />
            <source>After a rejection, Rebound proposes these reminders. You can change each day in the flow itself.</source>
            <translation>⟦Àftér à réjéçtîöñ, Réböûñd pröpöšéš théšé rémîñdérš. Ýöû çàñ çhàñgé éàçh dàý îñ thé flöw îtšélf.······································⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/JobSearchSection.qml" line="31" />
            <source>Follow up on feedback after</source>
            <translation>⟦Föllöw ûp öñ féédbàçk àftér··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/JobSearchSection.qml" line="32" />
            <source>If nothing comes back, a friendly nudge.</source>
            <translation>⟦Îf ñöthîñg çöméš bàçk, à frîéñdlý ñûdgé.················⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/JobSearchSection.qml" line="41" />
            <source>Days before following up on feedback</source>
            <translation>⟦Dàýš béföré föllöwîñg ûp öñ féédbàçk··············⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/JobSearchSection.qml" line="48" />
            <source>Keep in touch after</source>
            <translation>⟦Kéép îñ töûçh àftér·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/JobSearchSection.qml" line="49" />
            <source>With the recruiter and interviewers.</source>
            <translation>⟦Wîth thé réçrûîtér àñd îñtérvîéwérš.··············⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/JobSearchSection.qml" line="58" />
            <source>Days before keeping in touch</source>
            <translation>⟦Dàýš béföré kéépîñg îñ töûçh···········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/JobSearchSection.qml" line="65" />
            <source>Look at the company again after</source>
            <translation>⟦Löök àt thé çömpàñý àgàîñ àftér············⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/JobSearchSection.qml" line="66" />
            <source>A reminder to consider re-applying.</source>
            <translation>⟦À rémîñdér tö çöñšîdér ré-àpplýîñg.··············⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/JobSearchSection.qml" line="75" />
            <source>Days before looking at the company again</source>
            <translation>⟦Dàýš béföré löökîñg àt thé çömpàñý àgàîñ················⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/JobSearchSection.qml" line="82" />
            <source>Suggest a goal review after</source>
            <translation>⟦Šûggéšt à göàl révîéw àftér··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/JobSearchSection.qml" line="83" />
            <source>Several rejections close together can be a signal to step back and re-check your goals: %1 within %2.</source>
            <translation>⟦Šévéràl réjéçtîöñš çlöšé tögéthér çàñ bé à šîgñàl tö štép bàçk àñd ré-çhéçk ýöûr göàlš: %1 wîthîñ %2.········································⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/JobSearchSection.qml" line="83" />
            <source>one rejection</source>
            <translation>⟦öñé réjéçtîöñ·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/JobSearchSection.qml" line="83" />
            <source>%1 rejections</source>
            <translation>⟦%1 réjéçtîöñš·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/JobSearchSection.qml" line="94" />
            <source>Rejections that suggest a goal review</source>
            <translation>⟦Réjéçtîöñš thàt šûggéšt à göàl révîéw··············⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/JobSearchSection.qml" line="99" />
            <source>within</source>
            <translation>⟦wîthîñ··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/JobSearchSection.qml" line="110" />
            <source>Days in which those rejections count</source>
            <translation>⟦Dàýš îñ whîçh thöšé réjéçtîöñš çöûñt··············⟧</translation>
        </message>
    </context>
    <context>
        <name>JobsFilterBar</name>
        <message>
            <location filename="../qml/jobs/JobsFilterBar.qml" line="31" />
            <source>Search company, role, people…</source>
            <translation>⟦Šéàrçh çömpàñý, rölé, péöplé…···········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/JobsFilterBar.qml" line="38" />
            <source>Search applications</source>
            <translation>⟦Šéàrçh àpplîçàtîöñš·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/JobsFilterBar.qml" line="73" />
            <source>Clear search text</source>
            <translation>⟦Çléàr šéàrçh téxt······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/JobsFilterBar.qml" line="95" />
            <source>Filters</source>
            <translation>⟦Fîltérš··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/JobsFilterBar.qml" line="126" />
            <source>Closed (%1)</source>
            <translation>⟦Çlöšéd (%1)····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/JobsFilterBar.qml" line="126" />
            <source>Closed</source>
            <translation>⟦Çlöšéd··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/JobsFilterBar.qml" line="128" />
            <source>Show closed applications</source>
            <translation>⟦Šhöw çlöšéd àpplîçàtîöñš·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/JobsFilterBar.qml" line="147" />
            <source>Only %1</source>
            <translation>⟦Öñlý %1··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/JobsFilterBar.qml" line="168" />
            <source>Only from %1</source>
            <translation>⟦Öñlý fröm %1····⟧</translation>
        </message>
    </context>
    <context>
        <name>JobsModeBar</name>
        <message>
            <location filename="../qml/jobs/JobsModeBar.qml" line="18" />
            <source>Pipeline</source>
            <translation>⟦Pîpélîñé···⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/JobsModeBar.qml" line="22" />
            <source>Skills plan</source>
            <translation>⟦Škîllš plàñ····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/JobsModeBar.qml" line="33" />
            <source>Job search view</source>
            <translation>⟦Jöb šéàrçh vîéw······⟧</translation>
        </message>
    </context>
    <context>
        <name>JobsPage</name>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="33" />
            <source> · </source>
            <translation>⟦ · ·⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="52" />
            <location filename="../qml/pages/JobsPage.qml" line="482" />
            <source>Moved to %1</source>
            <translation>⟦Mövéd tö %1····⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="71" />
            <source>Application deleted</source>
            <translation>⟦Àpplîçàtîöñ délétéd·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="71" />
            <location filename="../qml/pages/JobsPage.qml" line="77" />
            <location filename="../qml/pages/JobsPage.qml" line="86" />
            <source>Undo</source>
            <translation>⟦Ûñdö·⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="77" />
            <source>Interview deleted</source>
            <translation>⟦Îñtérvîéw délétéd······⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="86" />
            <source>Feedback deleted</source>
            <translation>⟦Féédbàçk délétéd······⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="100" />
            <source>Restored</source>
            <translation>⟦Réštöréd···⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="227" />
            <location filename="../qml/pages/JobsPage.qml" line="516" />
            <source>Export applications</source>
            <translation>⟦Éxpört àpplîçàtîöñš·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="234" />
            <source>Export as CSV (spreadsheets)…</source>
            <translation>⟦Éxpört àš ÇŠV (špréàdšhéétš)…···········⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="240" />
            <source>Export as JSON…</source>
            <translation>⟦Éxpört àš JŠÖÑ…······⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="248" />
            <source>The exported file is not encrypted</source>
            <translation>⟦Thé éxpörtéd fîlé îš ñöt éñçrýptéd·············⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="258" />
            <source>New application</source>
            <translation>⟦Ñéw àpplîçàtîöñ······⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="345" />
            <source>Your job search starts here</source>
            <translation>⟦Ýöûr jöb šéàrçh štàrtš héré··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="345" />
            <source>No applications match</source>
            <translation>⟦Ñö àpplîçàtîöñš màtçh········⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="345" />
            <source>Nothing open right now</source>
            <translation>⟦Ñöthîñg öpéñ rîght ñöw········⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="346" />
            <source>Add the jobs you apply for and move them along as you hear back. Interviews, feedback and the people you meet stay with each one.</source>
            <translation>⟦Àdd thé jöbš ýöû àpplý för àñd mövé thém àlöñg àš ýöû héàr bàçk. Îñtérvîéwš, féédbàçk àñd thé péöplé ýöû méét štàý wîth éàçh öñé.···················································⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="346" />
            <source>Try other words, or clear the filters.</source>
            <translation>⟦Trý öthér wördš, ör çléàr thé fîltérš.···············⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="346" />
            <source>Your closed applications are under Closed. A quiet pipeline is a good moment to save a few new ones.</source>
            <translation>⟦Ýöûr çlöšéd àpplîçàtîöñš àré ûñdér Çlöšéd. À qûîét pîpélîñé îš à gööd möméñt tö šàvé à féw ñéw öñéš.········································⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="352" />
            <source>Add an application</source>
            <translation>⟦Àdd àñ àpplîçàtîöñ·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="352" />
            <source>Clear filters</source>
            <translation>⟦Çléàr fîltérš·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="352" />
            <source>Show closed</source>
            <translation>⟦Šhöw çlöšéd····⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="410" />
            <source>Remove %1?</source>
            <translation>⟦Rémövé %1?····⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="410" />
            <source>They will no longer be listed on this application.</source>
            <translation>⟦Théý wîll ñö löñgér bé lîštéd öñ thîš àpplîçàtîöñ.····················⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="414" />
            <source>Remove this step?</source>
            <translation>⟦Rémövé thîš štép?······⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="414" />
            <source>The application goes back to the stage before it, if this was the latest.</source>
            <translation>⟦Thé àpplîçàtîöñ göéš bàçk tö thé štàgé béföré ît, îf thîš wàš thé làtéšt.·····························⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="435" />
            <source>Application added</source>
            <translation>⟦Àpplîçàtîöñ àddéd······⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="435" />
            <source>Application saved</source>
            <translation>⟦Àpplîçàtîöñ šàvéd······⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="452" />
            <source>Interview added</source>
            <translation>⟦Îñtérvîéw àddéd······⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="452" />
            <source>Interview saved</source>
            <translation>⟦Îñtérvîéw šàvéd······⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="469" />
            <source>Feedback added</source>
            <translation>⟦Féédbàçk àddéd·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="469" />
            <source>Feedback saved</source>
            <translation>⟦Féédbàçk šàvéd·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="519" />
            <source>CSV files (*.csv)</source>
            <translation>⟦ÇŠV fîléš (*.çšv)······⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="519" />
            <source>JSON files (*.json)</source>
            <translation>⟦JŠÖÑ fîléš (*.jšöñ)·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="522" />
            <source>Exported 1 application (not encrypted)</source>
            <translation>⟦Éxpörtéd 1 àpplîçàtîöñ (ñöt éñçrýptéd)···············⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JobsPage.qml" line="522" />
            <source>Exported %1 applications (not encrypted)</source>
            <translation>⟦Éxpörtéd %1 àpplîçàtîöñš (ñöt éñçrýptéd)················⟧</translation>
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <location filename="../backend/storage/JournalRepository.cpp" line="86" />
            <source>Mood must be between 1 and 5.</source>
            <translation>⟦Mööd mûšt bé bétwééñ 1 àñd 5.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/JournalRepository.cpp" line="142" />
            <location filename="../backend/storage/JournalRepository.cpp" line="153" />
            <source>That entry no longer exists.</source>
            <translation>⟦Thàt éñtrý ñö löñgér éxîštš.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/JournalRepository.cpp" line="178" />
            <source>That entry is not deleted.</source>
            <translation>⟦Thàt éñtrý îš ñöt délétéd.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/JournalRepository.cpp" line="288" />
            <source>The mood range must lie between 1 and 5, lowest first.</source>
            <translation>⟦Thé mööd ràñgé mûšt lîé bétwééñ 1 àñd 5, löwéšt fîršt.·····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/JournalRepository.cpp" line="290" />
            <source>The date range ends before it starts.</source>
            <translation>⟦Thé dàté ràñgé éñdš béföré ît štàrtš.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/JournalRepository.cpp" line="292" />
            <source>The search is too long (at most 500 characters).</source>
            <translation>⟦Thé šéàrçh îš töö löñg (àt möšt 500 çhàràçtérš).···················⟧</translation>
        </message>
    </context>
    <context>
        <name>JournalModeBar</name>
        <message>
            <location filename="../qml/journal/JournalModeBar.qml" line="18" />
            <source>List</source>
            <translation>⟦Lîšt·⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/JournalModeBar.qml" line="22" />
            <source>Calendar</source>
            <translation>⟦Çàléñdàr···⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/JournalModeBar.qml" line="26" />
            <source>Search</source>
            <translation>⟦Šéàrçh··⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/JournalModeBar.qml" line="37" />
            <source>Journal view</source>
            <translation>⟦Jöûrñàl vîéw····⟧</translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <location filename="../qml/pages/JournalPage.qml" line="56" />
            <location filename="../qml/pages/JournalPage.qml" line="304" />
            <source>Entry deleted</source>
            <translation>⟦Éñtrý délétéd·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JournalPage.qml" line="56" />
            <location filename="../qml/pages/JournalPage.qml" line="304" />
            <source>Undo</source>
            <translation>⟦Ûñdö·⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JournalPage.qml" line="63" />
            <source>Entry restored</source>
            <translation>⟦Éñtrý réštöréd·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JournalPage.qml" line="149" />
            <source>New entry</source>
            <translation>⟦Ñéw éñtrý···⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JournalPage.qml" line="240" />
            <source>Your journal is empty</source>
            <translation>⟦Ýöûr jöûrñàl îš émptý········⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JournalPage.qml" line="241" />
            <source>A few honest lines a day go a long way. Nobody else can read them.</source>
            <translation>⟦À féw höñéšt lîñéš à dàý gö à löñg wàý. Ñöbödý élšé çàñ réàd thém.··························⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JournalPage.qml" line="299" />
            <source>Entry added</source>
            <translation>⟦Éñtrý àddéd····⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/JournalPage.qml" line="299" />
            <source>Entry saved</source>
            <translation>⟦Éñtrý šàvéd····⟧</translation>
        </message>
    </context>
    <context>
        <name>JournalTemplates</name>
        <message>
            <location filename="../backend/services/JournalTemplates.cpp" line="18" />
            <source>After a rejection</source>
            <translation>⟦Àftér à réjéçtîöñ······⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/JournalTemplates.cpp" line="19" />
            <source>Let the feeling land, then sort what you could and could not control.</source>
            <translation>⟦Lét thé féélîñg làñd, théñ šört whàt ýöû çöûld àñd çöûld ñöt çöñtröl.···························⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/JournalTemplates.cpp" line="20" />
            <source>## What I feel right now
Name it honestly. Disappointment after a no is normal; it means this one mattered.


## What was in my control
My preparation, my answers, how I followed up.


## What was not
Their budget, the other candidates, internal choices I will never see.


## One thing I'll carry into the next one


&gt; A rejection is something that happened, not who I am.
</source>
            <translation>⟦## Whàt Î féél rîght ñöw
Ñàmé ît höñéštlý. Dîšàppöîñtméñt àftér à ñö îš ñörmàl; ît méàñš thîš öñé màttéréd.


## Whàt wàš îñ mý çöñtröl
Mý prépàràtîöñ, mý àñšwérš, höw Î föllöwéd ûp.


## Whàt wàš ñöt
Théîr bûdgét, thé öthér çàñdîdàtéš, îñtérñàl çhöîçéš Î wîll ñévér šéé.


## Öñé thîñg Î'll çàrrý îñtö thé ñéxt öñé


&gt; À réjéçtîöñ îš šöméthîñg thàt hàppéñéd, ñöt whö Î àm.·····················································································································································⟧
</translation>
        </message>
        <message>
            <location filename="../backend/services/JournalTemplates.cpp" line="28" />
            <source>rejection</source>
            <translation>⟦réjéçtîöñ···⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/JournalTemplates.cpp" line="30" />
            <source>Interview reflection</source>
            <translation>⟦Îñtérvîéw réfléçtîöñ········⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/JournalTemplates.cpp" line="31" />
            <source>Capture it while it's fresh: what stumped you, what went well.</source>
            <translation>⟦Çàptûré ît whîlé ît'š fréšh: whàt štûmpéd ýöû, whàt wéñt wéll.························⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/JournalTemplates.cpp" line="32" />
            <source>## Questions that stumped me


## Moments I felt less confident


## What went well
At least one thing, however small.


## What I'd practise before the next one


## Feedback to ask for
A short, polite question about my strengths and where I fell short.
</source>
            <translation>⟦## Qûéštîöñš thàt štûmpéd mé


## Möméñtš Î félt léšš çöñfîdéñt


## Whàt wéñt wéll
Àt léàšt öñé thîñg, höwévér šmàll.


## Whàt Î'd pràçtîšé béföré thé ñéxt öñé


## Féédbàçk tö àšk för
À šhört, pölîté qûéštîöñ àböût mý štréñgthš àñd whéré Î féll šhört.······································································································⟧
</translation>
        </message>
        <message>
            <location filename="../backend/services/JournalTemplates.cpp" line="39" />
            <source>interview</source>
            <translation>⟦îñtérvîéw···⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/JournalTemplates.cpp" line="41" />
            <source>Reframe a hard thought</source>
            <translation>⟦Réfràmé à hàrd thöûght········⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/JournalTemplates.cpp" line="42" />
            <source>Write the thought down, then look at it the way a friend would.</source>
            <translation>⟦Wrîté thé thöûght döwñ, théñ löök àt ît thé wàý à frîéñd wöûld.·························⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/JournalTemplates.cpp" line="43" />
            <source>## The thought
What is my mind telling me?


## What supports it, what doesn't


## What I'd tell a friend who thought this


## A kinder, truer way to put it
</source>
            <translation>⟦## Thé thöûght
Whàt îš mý mîñd téllîñg mé?


## Whàt šûppörtš ît, whàt döéšñ't


## Whàt Î'd téll à frîéñd whö thöûght thîš


## À kîñdér, trûér wàý tö pût ît·······························································⟧
</translation>
        </message>
        <message>
            <location filename="../backend/services/JournalTemplates.cpp" line="48" />
            <source>reframe</source>
            <translation>⟦réfràmé··⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/JournalTemplates.cpp" line="50" />
            <source>Win of the day</source>
            <translation>⟦Wîñ öf thé dàý·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/JournalTemplates.cpp" line="51" />
            <source>Every step counts: an answer, good feedback, a final round.</source>
            <translation>⟦Évérý štép çöûñtš: àñ àñšwér, gööd féédbàçk, à fîñàl röûñd.·······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/JournalTemplates.cpp" line="52" />
            <source>## Today's win
A reply, an interview, a kind word, a skill that clicked.


## Why it matters


## What it says about me
</source>
            <translation>⟦## Tödàý'š wîñ
À réplý, àñ îñtérvîéw, à kîñd wörd, à škîll thàt çlîçkéd.


## Whý ît màttérš


## Whàt ît šàýš àböût mé················································⟧
</translation>
        </message>
        <message>
            <location filename="../backend/services/JournalTemplates.cpp" line="56" />
            <source>win</source>
            <translation>⟦wîñ·⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/JournalTemplates.cpp" line="58" />
            <source>Who supports me</source>
            <translation>⟦Whö šûppörtš mé······⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/JournalTemplates.cpp" line="59" />
            <source>The people in your corner, and one to reach out to this week.</source>
            <translation>⟦Thé péöplé îñ ýöûr çörñér, àñd öñé tö réàçh öût tö thîš wéék.························⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/JournalTemplates.cpp" line="60" />
            <source>## People who have my back
Friends, family, mentors, former colleagues.


## Who I could ask for advice or an introduction


## Someone I'll get in touch with this week


## How I can help someone else
</source>
            <translation>⟦## Péöplé whö hàvé mý bàçk
Frîéñdš, fàmîlý, méñtörš, förmér çölléàgûéš.


## Whö Î çöûld àšk för àdvîçé ör àñ îñtrödûçtîöñ


## Šöméöñé Î'll gét îñ töûçh wîth thîš wéék


## Höw Î çàñ hélp šöméöñé élšé················································································⟧
</translation>
        </message>
        <message>
            <location filename="../backend/services/JournalTemplates.cpp" line="65" />
            <source>network</source>
            <translation>⟦ñétwörk··⟧</translation>
        </message>
    </context>
    <context>
        <name>KeyboardSection</name>
        <message>
            <location filename="../qml/settings/KeyboardSection.qml" line="11" />
            <source>Keyboard</source>
            <translation>⟦Kéýböàrd···⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/KeyboardSection.qml" line="17" />
            <source>New journal entry</source>
            <translation>⟦Ñéw jöûrñàl éñtrý······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/KeyboardSection.qml" line="20" />
            <source>Search the journal</source>
            <translation>⟦Šéàrçh thé jöûrñàl·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/KeyboardSection.qml" line="23" />
            <source>Check in today</source>
            <translation>⟦Çhéçk îñ tödàý·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/KeyboardSection.qml" line="26" />
            <source>Go to Today, Journal, Jobs, People, Goals or Insights</source>
            <translation>⟦Gö tö Tödàý, Jöûrñàl, Jöbš, Péöplé, Göàlš ör Îñšîghtš·····················⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/KeyboardSection.qml" line="29" />
            <source>Settings</source>
            <translation>⟦Šéttîñgš···⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/KeyboardSection.qml" line="32" />
            <source>Lock the vault</source>
            <translation>⟦Löçk thé vàûlt·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/KeyboardSection.qml" line="35" />
            <source>Move between controls; Space or Enter activates</source>
            <translation>⟦Mövé bétwééñ çöñtrölš; Špàçé ör Éñtér àçtîvàtéš··················⟧</translation>
        </message>
    </context>
    <context>
        <name>LinuxPlatform</name>
        <message>
            <location filename="../platform/linux/PlatformImpl.cpp" line="45" />
            <source>Could not write %1: %2</source>
            <translation>⟦Çöûld ñöt wrîté %1: %2········⟧</translation>
        </message>
        <message>
            <location filename="../platform/linux/PlatformImpl.cpp" line="54" />
            <source>systemctl was not found, so the reminder timer cannot be set up (it needs systemd).</source>
            <translation>⟦šýštémçtl wàš ñöt föûñd, šö thé rémîñdér tîmér çàññöt bé šét ûp (ît ñéédš šýštémd).·································⟧</translation>
        </message>
        <message>
            <location filename="../platform/linux/PlatformImpl.cpp" line="67" />
            <source>"systemctl --user %1" failed%2. Is a systemd user session running?</source>
            <translation>⟦"šýštémçtl --ûšér %1" fàîléd%2. Îš à šýštémd ûšér šéššîöñ rûññîñg?··························⟧</translation>
        </message>
        <message>
            <location filename="../platform/linux/PlatformImpl.cpp" line="105" />
            <source>The timer files were removed, but %1</source>
            <translation>⟦Thé tîmér fîléš wéré rémövéd, bût %1··············⟧</translation>
        </message>
        <message>
            <location filename="../platform/linux/PlatformImpl.cpp" line="113" />
            <source>rebound-cli was not found at %1, so the reminder timer was not set up.</source>
            <translation>⟦réböûñd-çlî wàš ñöt föûñd àt %1, šö thé rémîñdér tîmér wàš ñöt šét ûp.····························⟧</translation>
        </message>
        <message>
            <location filename="../platform/linux/PlatformImpl.cpp" line="114" />
            <source>(no path)</source>
            <translation>⟦(ñö pàth)···⟧</translation>
        </message>
        <message>
            <location filename="../platform/linux/PlatformImpl.cpp" line="119" />
            <source>Could not create %1.</source>
            <translation>⟦Çöûld ñöt çréàté %1.········⟧</translation>
        </message>
    </context>
    <context>
        <name>LogInteractionSheet</name>
        <message>
            <location filename="../qml/people/LogInteractionSheet.qml" line="64" />
            <source>Log with %1</source>
            <translation>⟦Lög wîth %1····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/LogInteractionSheet.qml" line="64" />
            <source>Edit interaction</source>
            <translation>⟦Édît îñtéràçtîöñ······⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/LogInteractionSheet.qml" line="72" />
            <source>What kind</source>
            <translation>⟦Whàt kîñd···⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/LogInteractionSheet.qml" line="84" />
            <source>When</source>
            <translation>⟦Whéñ·⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/LogInteractionSheet.qml" line="93" />
            <source>What you talked about, what to follow up on (optional)</source>
            <translation>⟦Whàt ýöû tàlkéd àböût, whàt tö föllöw ûp öñ (öptîöñàl)·····················⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/LogInteractionSheet.qml" line="98" />
            <source>Note</source>
            <translation>⟦Ñöté·⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/LogInteractionSheet.qml" line="110" />
            <source>Logging restarts the keep-in-touch clock from this day.</source>
            <translation>⟦Löggîñg réštàrtš thé kéép-îñ-töûçh çlöçk fröm thîš dàý.······················⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/LogInteractionSheet.qml" line="129" />
            <source>Delete</source>
            <translation>⟦Délété··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/LogInteractionSheet.qml" line="131" />
            <source>Delete interaction</source>
            <translation>⟦Délété îñtéràçtîöñ·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/LogInteractionSheet.qml" line="141" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/LogInteractionSheet.qml" line="150" />
            <source>Log</source>
            <translation>⟦Lög·⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/LogInteractionSheet.qml" line="150" />
            <source>Save</source>
            <translation>⟦Šàvé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/LogInteractionSheet.qml" line="151" />
            <source>Log this interaction</source>
            <translation>⟦Lög thîš îñtéràçtîöñ········⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/LogInteractionSheet.qml" line="151" />
            <source>Save interaction</source>
            <translation>⟦Šàvé îñtéràçtîöñ······⟧</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <location filename="../qml/Main.qml" line="60" />
            <source>Rebound</source>
            <translation>⟦Réböûñd··⟧</translation>
        </message>
    </context>
    <context>
        <name>MobilePlatform</name>
        <message>
            <location filename="../platform/android/PlatformImpl.cpp" line="89" />
            <source>On Android this version notifies only while Rebound is open.</source>
            <translation>⟦Öñ Àñdröîd thîš véršîöñ ñötîfîéš öñlý whîlé Réböûñd îš öpéñ.························⟧</translation>
        </message>
        <message>
            <location filename="../platform/ios/PlatformImpl.cpp" line="29" />
            <source>On iOS this version notifies only while Rebound is open.</source>
            <translation>⟦Öñ îÖŠ thîš véršîöñ ñötîfîéš öñlý whîlé Réböûñd îš öpéñ.······················⟧</translation>
        </message>
    </context>
    <context>
        <name>MoodLegend</name>
        <message>
            <location filename="../qml/journal/MoodLegend.qml" line="14" />
            <source>Mood colours</source>
            <translation>⟦Mööd çölöûrš····⟧</translation>
        </message>
    </context>
    <context>
        <name>MoodPicker</name>
        <message>
            <location filename="../qml/components/MoodPicker.qml" line="27" />
            <source>Mood</source>
            <translation>⟦Mööd·⟧</translation>
        </message>
    </context>
    <context>
        <name>MoodRangeSelector</name>
        <message>
            <location filename="../qml/components/MoodRangeSelector.qml" line="15" />
            <source>Any mood</source>
            <translation>⟦Àñý mööd···⟧</translation>
        </message>
        <message>
            <location filename="../qml/components/MoodRangeSelector.qml" line="15" />
            <source>Only %1</source>
            <translation>⟦Öñlý %1··⟧</translation>
        </message>
        <message>
            <location filename="../qml/components/MoodRangeSelector.qml" line="15" />
            <source>%1 to %2</source>
            <translation>⟦%1 tö %2···⟧</translation>
        </message>
        <message>
            <location filename="../qml/components/MoodRangeSelector.qml" line="35" />
            <source>Mood range: %1</source>
            <translation>⟦Mööd ràñgé: %1·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/components/MoodRangeSelector.qml" line="42" />
            <source>Mood</source>
            <translation>⟦Mööd·⟧</translation>
        </message>
        <message>
            <location filename="../qml/components/MoodRangeSelector.qml" line="74" />
            <source>Mood range</source>
            <translation>⟦Mööd ràñgé····⟧</translation>
        </message>
    </context>
    <context>
        <name>Moods</name>
        <message>
            <location filename="../qml/Moods.qml" line="15" />
            <source>Awful</source>
            <translation>⟦Àwfûl··⟧</translation>
        </message>
        <message>
            <location filename="../qml/Moods.qml" line="17" />
            <source>Low</source>
            <translation>⟦Löw·⟧</translation>
        </message>
        <message>
            <location filename="../qml/Moods.qml" line="19" />
            <source>Okay</source>
            <translation>⟦Ökàý·⟧</translation>
        </message>
        <message>
            <location filename="../qml/Moods.qml" line="21" />
            <source>Good</source>
            <translation>⟦Gööd·⟧</translation>
        </message>
        <message>
            <location filename="../qml/Moods.qml" line="23" />
            <source>Great</source>
            <translation>⟦Gréàt··⟧</translation>
        </message>
        <message>
            <location filename="../qml/Moods.qml" line="25" />
            <source>No mood</source>
            <translation>⟦Ñö mööd··⟧</translation>
        </message>
        <message>
            <location filename="../qml/Moods.qml" line="34" />
            <source>Mood %1 of %2: %3</source>
            <translation>⟦Mööd %1 öf %2: %3······⟧</translation>
        </message>
        <message>
            <location filename="../qml/Moods.qml" line="34" />
            <source>No mood recorded</source>
            <translation>⟦Ñö mööd réçördéd······⟧</translation>
        </message>
    </context>
    <context>
        <name>MoveStageDialog</name>
        <message>
            <location filename="../qml/jobs/MoveStageDialog.qml" line="40" />
            <source>Move %1 to…</source>
            <translation>⟦Mövé %1 tö…····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/MoveStageDialog.qml" line="40" />
            <source>Move to…</source>
            <translation>⟦Mövé tö…···⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/MoveStageDialog.qml" line="47" />
            <source>Still going</source>
            <translation>⟦Štîll göîñg····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/MoveStageDialog.qml" line="52" />
            <source>Open stages</source>
            <translation>⟦Öpéñ štàgéš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/MoveStageDialog.qml" line="59" />
            <source>Closed</source>
            <translation>⟦Çlöšéd··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/MoveStageDialog.qml" line="64" />
            <source>Closed stages</source>
            <translation>⟦Çlöšéd štàgéš·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/MoveStageDialog.qml" line="71" />
            <source>When</source>
            <translation>⟦Whéñ·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/MoveStageDialog.qml" line="79" />
            <source>Moved on</source>
            <translation>⟦Mövéd öñ···⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/MoveStageDialog.qml" line="86" />
            <source>Note (optional), e.g. call with the recruiter</source>
            <translation>⟦Ñöté (öptîöñàl), é.g. çàll wîth thé réçrûîtér··················⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/MoveStageDialog.qml" line="89" />
            <source>Note</source>
            <translation>⟦Ñöté·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/MoveStageDialog.qml" line="103" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/MoveStageDialog.qml" line="112" />
            <source>Move</source>
            <translation>⟦Mövé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/MoveStageDialog.qml" line="113" />
            <source>Move to the chosen stage</source>
            <translation>⟦Mövé tö thé çhöšéñ štàgé·········⟧</translation>
        </message>
    </context>
    <context>
        <name>NorthStarCard</name>
        <message>
            <location filename="../qml/today/NorthStarCard.qml" line="25" />
            <source>Your north star: %1. Edit</source>
            <translation>⟦Ýöûr ñörth štàr: %1. Édît··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/NorthStarCard.qml" line="25" />
            <location filename="../qml/today/NorthStarCard.qml" line="114" />
            <source>Set your north star</source>
            <translation>⟦Šét ýöûr ñörth štàr·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/NorthStarCard.qml" line="79" />
            <source>Your north star</source>
            <translation>⟦Ýöûr ñörth štàr······⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/NorthStarCard.qml" line="79" />
            <source>Where is this search taking you?</source>
            <translation>⟦Whéré îš thîš šéàrçh tàkîñg ýöû?············⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/NorthStarCard.qml" line="91" />
            <source>Choose a north star: the work you want, in a sentence. It stays here to keep your eye on the prize on the hard days.</source>
            <translation>⟦Çhööšé à ñörth štàr: thé wörk ýöû wàñt, îñ à šéñtéñçé. Ît štàýš héré tö kéép ýöûr éýé öñ thé prîzé öñ thé hàrd dàýš.··············································⟧</translation>
        </message>
    </context>
    <context>
        <name>NorthStarEditor</name>
        <message>
            <location filename="../qml/goals/NorthStarEditor.qml" line="31" />
            <source>Write your north star, or use Clear to remove it.</source>
            <translation>⟦Wrîté ýöûr ñörth štàr, ör ûšé Çléàr tö rémövé ît.···················⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/NorthStarEditor.qml" line="67" />
            <source>Your north star</source>
            <translation>⟦Ýöûr ñörth štàr······⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/NorthStarEditor.qml" line="75" />
            <source>The long-term direction behind every application: the work you want and why. Keep it short enough to read at a glance.</source>
            <translation>⟦Thé löñg-térm dîréçtîöñ béhîñd évérý àpplîçàtîöñ: thé wörk ýöû wàñt àñd whý. Kéép ît šhört éñöûgh tö réàd àt à glàñçé.···············································⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/NorthStarEditor.qml" line="82" />
            <location filename="../qml/goals/NorthStarEditor.qml" line="93" />
            <source>North star</source>
            <translation>⟦Ñörth štàr····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/NorthStarEditor.qml" line="90" />
            <source>e.g. Lead a data team at a company that helps people</source>
            <translation>⟦é.g. Léàd à dàtà téàm àt à çömpàñý thàt hélpš péöplé····················⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/NorthStarEditor.qml" line="98" />
            <source>Why it matters (optional)</source>
            <translation>⟦Whý ît màttérš (öptîöñàl)··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/NorthStarEditor.qml" line="106" />
            <source>What it would change for you</source>
            <translation>⟦Whàt ît wöûld çhàñgé för ýöû···········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/NorthStarEditor.qml" line="111" />
            <source>Why it matters</source>
            <translation>⟦Whý ît màttérš·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/NorthStarEditor.qml" line="127" />
            <source>Clear</source>
            <translation>⟦Çléàr··⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/NorthStarEditor.qml" line="129" />
            <source>Clear the north star</source>
            <translation>⟦Çléàr thé ñörth štàr········⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/NorthStarEditor.qml" line="139" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/NorthStarEditor.qml" line="149" />
            <source>Save</source>
            <translation>⟦Šàvé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/goals/NorthStarEditor.qml" line="150" />
            <source>Save the north star</source>
            <translation>⟦Šàvé thé ñörth štàr·······⟧</translation>
        </message>
    </context>
    <context>
        <name>OnThisDay</name>
        <message>
            <location filename="../backend/services/OnThisDay.cpp" line="68" />
            <source>1 year ago</source>
            <translation>⟦1 ýéàr àgö····⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/OnThisDay.cpp" line="69" />
            <source>%1 years ago</source>
            <translation>⟦%1 ýéàrš àgö····⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/OnThisDay.cpp" line="70" />
            <source>1 month ago</source>
            <translation>⟦1 möñth àgö····⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/OnThisDay.cpp" line="71" />
            <source>%1 months ago</source>
            <translation>⟦%1 möñthš àgö·····⟧</translation>
        </message>
    </context>
    <context>
        <name>OnThisDayCard</name>
        <message>
            <location filename="../qml/today/OnThisDayCard.qml" line="46" />
            <source>Proof you've come through hard days before</source>
            <translation>⟦Prööf ýöû'vé çömé thröûgh hàrd dàýš béföré················⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/OnThisDayCard.qml" line="46" />
            <source>On this day</source>
            <translation>⟦Öñ thîš dàý····⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/OnThisDayCard.qml" line="57" />
            <source>Wins from this date in earlier months. You got through those days, too.</source>
            <translation>⟦Wîñš fröm thîš dàté îñ éàrlîér möñthš. Ýöû göt thröûgh thöšé dàýš, töö.····························⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/OnThisDayCard.qml" line="57" />
            <source>What you wrote and won on this date before.</source>
            <translation>⟦Whàt ýöû wröté àñd wöñ öñ thîš dàté béföré.·················⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/OnThisDayCard.qml" line="81" />
            <source>Win, %1: %2</source>
            <translation>⟦Wîñ, %1: %2····⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/OnThisDayCard.qml" line="81" />
            <source>Journal entry, %1: %2</source>
            <translation>⟦Jöûrñàl éñtrý, %1: %2········⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/OnThisDayCard.qml" line="107" />
            <source>Win</source>
            <translation>⟦Wîñ·⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/OnThisDayCard.qml" line="107" />
            <source>Entry</source>
            <translation>⟦Éñtrý··⟧</translation>
        </message>
    </context>
    <context>
        <name>Outreach</name>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="319" />
            <source>Catching up</source>
            <translation>⟦Çàtçhîñg ûp····⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="320" />
            <source>Hi {first_name},

It has been a while! I hope things are going well at {company}. I would love to hear what you are working on these days. Do you have time for a short call or a coffee in the next few weeks?

Best wishes</source>
            <translation>⟦Hî {fîršt_ñàmé},

Ît hàš bééñ à whîlé! Î höpé thîñgš àré göîñg wéll àt {çömpàñý}. Î wöûld lövé tö héàr whàt ýöû àré wörkîñg öñ théšé dàýš. Dö ýöû hàvé tîmé för à šhört çàll ör à çöfféé îñ thé ñéxt féw wéékš?

Béšt wîšhéš························································································⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="323" />
            <source>Thank you</source>
            <translation>⟦Thàñk ýöû···⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="324" />
            <source>Hi {first_name},

Thank you again for your time and your advice. It helped me more than you might think. I will keep you posted on how my search goes.

Best wishes</source>
            <translation>⟦Hî {fîršt_ñàmé},

Thàñk ýöû àgàîñ för ýöûr tîmé àñd ýöûr àdvîçé. Ît hélpéd mé möré thàñ ýöû mîght thîñk. Î wîll kéép ýöû pöštéd öñ höw mý šéàrçh göéš.

Béšt wîšhéš·································································⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="327" />
            <source>Asking for advice</source>
            <translation>⟦Àškîñg för àdvîçé······⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="328" />
            <source>Hi {first_name},

I am looking for my next role and I value your view. Could I ask you a few questions about {company} and how you got where you are? Twenty minutes would mean a lot.

Thank you</source>
            <translation>⟦Hî {fîršt_ñàmé},

Î àm löökîñg för mý ñéxt rölé àñd Î vàlûé ýöûr vîéw. Çöûld Î àšk ýöû à féw qûéštîöñš àböût {çömpàñý} àñd höw ýöû göt whéré ýöû àré? Twéñtý mîñûtéš wöûld méàñ à löt.

Thàñk ýöû·············································································⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="331" />
            <source>After a rejection</source>
            <translation>⟦Àftér à réjéçtîöñ······⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="332" />
            <source>Hi {first_name},

Thank you for letting me know, and for the time you and the team gave me. I enjoyed learning about {company}. If a role that fits me opens up later, I would be glad to hear from you.

Kind regards</source>
            <translation>⟦Hî {fîršt_ñàmé},

Thàñk ýöû för léttîñg mé kñöw, àñd för thé tîmé ýöû àñd thé téàm gàvé mé. Î éñjöýéd léàrñîñg àböût {çömpàñý}. Îf à rölé thàt fîtš mé öpéñš ûp làtér, Î wöûld bé glàd tö héàr fröm ýöû.

Kîñd régàrdš·····················································································⟧</translation>
        </message>
    </context>
    <context>
        <name>OutreachTemplateEditor</name>
        <message>
            <location filename="../qml/settings/OutreachTemplateEditor.qml" line="29" />
            <source>Give the message a name and write it.</source>
            <translation>⟦Gîvé thé méššàgé à ñàmé àñd wrîté ît.··············⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/OutreachTemplateEditor.qml" line="35" />
            <source>New message</source>
            <translation>⟦Ñéw méššàgé····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/OutreachTemplateEditor.qml" line="35" />
            <source>Edit message</source>
            <translation>⟦Édît méššàgé····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/OutreachTemplateEditor.qml" line="46" />
            <source>Name</source>
            <translation>⟦Ñàmé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/OutreachTemplateEditor.qml" line="55" />
            <source>Message name</source>
            <translation>⟦Méššàgé ñàmé····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/OutreachTemplateEditor.qml" line="58" />
            <source>Message</source>
            <translation>⟦Méššàgé··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/OutreachTemplateEditor.qml" line="70" />
            <source>Hi {first_name}, …</source>
            <translation>⟦Hî {fîršt_ñàmé}, …·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/OutreachTemplateEditor.qml" line="71" />
            <source>Message text</source>
            <translation>⟦Méššàgé téxt····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/OutreachTemplateEditor.qml" line="90" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/OutreachTemplateEditor.qml" line="95" />
            <source>Save</source>
            <translation>⟦Šàvé·⟧</translation>
        </message>
    </context>
    <context>
        <name>PageCatalog</name>
        <message>
            <location filename="../qml/shell/PageCatalog.qml" line="33" />
            <source>Today</source>
            <translation>⟦Tödàý··⟧</translation>
        </message>
        <message>
            <location filename="../qml/shell/PageCatalog.qml" line="35" />
            <source>Journal</source>
            <translation>⟦Jöûrñàl··⟧</translation>
        </message>
        <message>
            <location filename="../qml/shell/PageCatalog.qml" line="37" />
            <source>Job search</source>
            <translation>⟦Jöb šéàrçh····⟧</translation>
        </message>
        <message>
            <location filename="../qml/shell/PageCatalog.qml" line="39" />
            <source>People</source>
            <translation>⟦Péöplé··⟧</translation>
        </message>
        <message>
            <location filename="../qml/shell/PageCatalog.qml" line="41" />
            <source>Goals</source>
            <translation>⟦Göàlš··⟧</translation>
        </message>
        <message>
            <location filename="../qml/shell/PageCatalog.qml" line="43" />
            <source>Insights</source>
            <translation>⟦Îñšîghtš···⟧</translation>
        </message>
        <message>
            <location filename="../qml/shell/PageCatalog.qml" line="45" />
            <source>Settings</source>
            <translation>⟦Šéttîñgš···⟧</translation>
        </message>
        <message>
            <location filename="../qml/shell/PageCatalog.qml" line="55" />
            <source>Jobs</source>
            <translation>⟦Jöbš·⟧</translation>
        </message>
        <message>
            <location filename="../qml/shell/PageCatalog.qml" line="58" />
            <source>Insights</source>
            <comment>bottom bar</comment>
            <extracomment>The Insights page in the phone's bottom bar: at most about 10 characters.</extracomment>
            <translation>⟦Îñšîghtš···⟧</translation>
        </message>
    </context>
    <context>
        <name>PassphraseField</name>
        <message>
            <location filename="../qml/components/PassphraseField.qml" line="68" />
            <source>Hide passphrase</source>
            <translation>⟦Hîdé pàššphràšé······⟧</translation>
        </message>
        <message>
            <location filename="../qml/components/PassphraseField.qml" line="68" />
            <source>Show passphrase</source>
            <translation>⟦Šhöw pàššphràšé······⟧</translation>
        </message>
    </context>
    <context>
        <name>PassphraseStrength</name>
        <message>
            <location filename="../backend/services/PassphraseStrength.cpp" line="79" />
            <source>Very weak</source>
            <translation>⟦Vérý wéàk···⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/PassphraseStrength.cpp" line="79" />
            <source>Weak</source>
            <translation>⟦Wéàk·⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/PassphraseStrength.cpp" line="80" />
            <source>Fair</source>
            <translation>⟦Fàîr·⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/PassphraseStrength.cpp" line="80" />
            <source>Strong</source>
            <translation>⟦Štröñg··⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/PassphraseStrength.cpp" line="81" />
            <source>Very strong</source>
            <translation>⟦Vérý štröñg····⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/PassphraseStrength.cpp" line="84" />
            <source>A few unrelated words make a passphrase that is strong and easy to remember.</source>
            <translation>⟦À féw ûñrélàtéd wördš màké à pàššphràšé thàt îš štröñg àñd éàšý tö rémémbér.······························⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/PassphraseStrength.cpp" line="86" />
            <source>Use at least %1 characters.</source>
            <translation>⟦Ûšé àt léàšt %1 çhàràçtérš.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/PassphraseStrength.cpp" line="88" />
            <source>This is one of the most common passwords. Choose something personal to you.</source>
            <translation>⟦Thîš îš öñé öf thé möšt çömmöñ pàššwördš. Çhööšé šöméthîñg péršöñàl tö ýöû.······························⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/PassphraseStrength.cpp" line="90" />
            <source>Add another word or two: length beats complexity.</source>
            <translation>⟦Àdd àñöthér wörd ör twö: léñgth béàtš çömpléxîtý.···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/PassphraseStrength.cpp" line="92" />
            <source>Avoid repeated characters and simple sequences.</source>
            <translation>⟦Àvöîd répéàtéd çhàràçtérš àñd šîmplé šéqûéñçéš.··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/PassphraseStrength.cpp" line="94" />
            <source>Good. Keep it somewhere safe: it cannot be recovered if you forget it.</source>
            <translation>⟦Gööd. Kéép ît šöméwhéré šàfé: ît çàññöt bé réçövéréd îf ýöû förgét ît.····························⟧</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <location filename="../qml/pages/PeoplePage.qml" line="49" />
            <source>Delete %1?</source>
            <translation>⟦Délété %1?····⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/PeoplePage.qml" line="49" />
            <source>Their interactions go too, and applications no longer link to them. You can undo right after.</source>
            <translation>⟦Théîr îñtéràçtîöñš gö töö, àñd àpplîçàtîöñš ñö löñgér lîñk tö thém. Ýöû çàñ ûñdö rîght àftér.·····································⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/PeoplePage.qml" line="61" />
            <source>Contact deleted</source>
            <translation>⟦Çöñtàçt délétéd······⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/PeoplePage.qml" line="61" />
            <location filename="../qml/pages/PeoplePage.qml" line="290" />
            <source>Undo</source>
            <translation>⟦Ûñdö·⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/PeoplePage.qml" line="72" />
            <source>Restored</source>
            <translation>⟦Réštöréd···⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/PeoplePage.qml" line="87" />
            <source>Snoozed for a week</source>
            <translation>⟦Šñöözéd för à wéék·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/PeoplePage.qml" line="87" />
            <source>Snoozed for %1 days</source>
            <translation>⟦Šñöözéd för %1 dàýš·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/PeoplePage.qml" line="195" />
            <source>The people on your side</source>
            <translation>⟦Thé péöplé öñ ýöûr šîdé·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/PeoplePage.qml" line="196" />
            <source>Keep the recruiters, mentors, former colleagues and friends who can help. Log a message, call or coffee and Rebound reminds you when it is time to get in touch again: mentors every 30 days, recruiters every 60, by default.</source>
            <translation>⟦Kéép thé réçrûîtérš, méñtörš, förmér çölléàgûéš àñd frîéñdš whö çàñ hélp. Lög à méššàgé, çàll ör çöfféé àñd Réböûñd rémîñdš ýöû whéñ ît îš tîmé tö gét îñ töûçh àgàîñ: méñtörš évérý 30 dàýš, réçrûîtérš évérý 60, bý défàûlt.························································································⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/PeoplePage.qml" line="197" />
            <source>Contacts from your phone or mail app: export them as a vCard file and run "rebound-cli contact import FILE.vcf".</source>
            <translation>⟦Çöñtàçtš fröm ýöûr phöñé ör màîl àpp: éxpört thém àš à vÇàrd fîlé àñd rûñ "réböûñd-çlî çöñtàçt împört FÎLÉ.vçf".············································⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/PeoplePage.qml" line="203" />
            <source>Add a contact</source>
            <translation>⟦Àdd à çöñtàçt·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/PeoplePage.qml" line="230" />
            <source>1 person to reach out to</source>
            <translation>⟦1 péršöñ tö réàçh öût tö·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/PeoplePage.qml" line="230" />
            <source>%1 people to reach out to</source>
            <translation>⟦%1 péöplé tö réàçh öût tö··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/PeoplePage.qml" line="230" />
            <source>Everyone is in touch</source>
            <translation>⟦Évérýöñé îš îñ töûçh········⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/PeoplePage.qml" line="231" />
            <source>Pick someone on the left to see what you talked about, when to get in touch again and the applications they are part of.</source>
            <translation>⟦Pîçk šöméöñé öñ thé léft tö šéé whàt ýöû tàlkéd àböût, whéñ tö gét îñ töûçh àgàîñ àñd thé àpplîçàtîöñš théý àré pàrt öf.················································⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/PeoplePage.qml" line="270" />
            <source>Contact added</source>
            <translation>⟦Çöñtàçt àddéd·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/PeoplePage.qml" line="270" />
            <source>Contact saved</source>
            <translation>⟦Çöñtàçt šàvéd·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/PeoplePage.qml" line="285" />
            <source>Logged. The keep-in-touch clock restarts.</source>
            <translation>⟦Löggéd. Thé kéép-îñ-töûçh çlöçk réštàrtš.················⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/PeoplePage.qml" line="285" />
            <source>Interaction saved</source>
            <translation>⟦Îñtéràçtîöñ šàvéd······⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/PeoplePage.qml" line="290" />
            <source>Interaction deleted</source>
            <translation>⟦Îñtéràçtîöñ délétéd·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/PeoplePage.qml" line="308" />
            <source>Copied. The text is now on the clipboard, outside the vault.</source>
            <translation>⟦Çöpîéd. Thé téxt îš ñöw öñ thé çlîpböàrd, öûtšîdé thé vàûlt.························⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/PeoplePage.qml" line="311" />
            <source>Catching up</source>
            <translation>⟦Çàtçhîñg ûp····⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/PeoplePage.qml" line="321" />
            <source>Logged as sent. The keep-in-touch clock restarts.</source>
            <translation>⟦Löggéd àš šéñt. Thé kéép-îñ-töûçh çlöçk réštàrtš.···················⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/PeoplePage.qml" line="331" />
            <source>Snoozed until %1</source>
            <translation>⟦Šñöözéd ûñtîl %1······⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/PeoplePage.qml" line="341" />
            <source>Delete</source>
            <translation>⟦Délété··⟧</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <location filename="../qml/jobs/PersonDialog.qml" line="64" />
            <source>"%1" does not look like an e-mail address.</source>
            <translation>⟦"%1" döéš ñöt löök lîké àñ é-màîl àddréšš.················⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/PersonDialog.qml" line="78" />
            <source>Add a person</source>
            <translation>⟦Àdd à péršöñ····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/PersonDialog.qml" line="88" />
            <source>Name</source>
            <translation>⟦Ñàmé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/PersonDialog.qml" line="91" />
            <source>Name (required)</source>
            <translation>⟦Ñàmé (réqûîréd)······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/PersonDialog.qml" line="99" />
            <source>E-mail (optional)</source>
            <translation>⟦É-màîl (öptîöñàl)······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/PersonDialog.qml" line="103" />
            <source>E-mail address</source>
            <translation>⟦É-màîl àddréšš·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/PersonDialog.qml" line="113" />
            <source>Matching contacts</source>
            <translation>⟦Màtçhîñg çöñtàçtš······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/PersonDialog.qml" line="121" />
            <source>%1 · %2</source>
            <translation>⟦%1 · %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/PersonDialog.qml" line="123" />
            <source>Link to the contact %1</source>
            <translation>⟦Lîñk tö thé çöñtàçt %1········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/PersonDialog.qml" line="136" />
            <source>Linked to the contact %1</source>
            <translation>⟦Lîñkéd tö thé çöñtàçt %1·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/PersonDialog.qml" line="144" />
            <source>Unlink</source>
            <translation>⟦Ûñlîñk··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/PersonDialog.qml" line="145" />
            <source>Do not link to %1</source>
            <translation>⟦Dö ñöt lîñk tö %1······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/PersonDialog.qml" line="154" />
            <source>Also save as a contact (People)</source>
            <translation>⟦Àlšö šàvé àš à çöñtàçt (Péöplé)············⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/PersonDialog.qml" line="161" />
            <source>Role</source>
            <translation>⟦Rölé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/PersonDialog.qml" line="182" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/PersonDialog.qml" line="191" />
            <source>Add</source>
            <translation>⟦Àdd·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/PersonDialog.qml" line="192" />
            <source>Add this person</source>
            <translation>⟦Àdd thîš péršöñ······⟧</translation>
        </message>
    </context>
    <context>
        <name>ReachOutCard</name>
        <message>
            <location filename="../qml/people/ReachOutCard.qml" line="26" />
            <source>%1, %2</source>
            <translation>⟦%1, %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutCard.qml" line="40" />
            <source>Open %1</source>
            <translation>⟦Öpéñ %1··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutCard.qml" line="81" />
            <source>Last contacted %1 · %2</source>
            <translation>⟦Làšt çöñtàçtéd %1 · %2········⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutCard.qml" line="96" />
            <source>Log</source>
            <translation>⟦Lög·⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutCard.qml" line="97" />
            <source>Log an interaction with %1</source>
            <translation>⟦Lög àñ îñtéràçtîöñ wîth %1··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutCard.qml" line="105" />
            <source>Snooze</source>
            <translation>⟦Šñöözé··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutCard.qml" line="106" />
            <source>Snooze the reminder for %1</source>
            <translation>⟦Šñöözé thé rémîñdér för %1··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutCard.qml" line="113" />
            <source>1 week</source>
            <translation>⟦1 wéék··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutCard.qml" line="114" />
            <source>Snooze for 1 week</source>
            <translation>⟦Šñöözé för 1 wéék······⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutCard.qml" line="119" />
            <source>2 weeks</source>
            <translation>⟦2 wéékš··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutCard.qml" line="120" />
            <source>Snooze for 2 weeks</source>
            <translation>⟦Šñöözé för 2 wéékš·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutCard.qml" line="125" />
            <source>Pick a day…</source>
            <translation>⟦Pîçk à dàý…····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutCard.qml" line="126" />
            <source>Snooze until a day you pick</source>
            <translation>⟦Šñöözé ûñtîl à dàý ýöû pîçk··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutCard.qml" line="138" />
            <source>Reach out</source>
            <translation>⟦Réàçh öût···⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutCard.qml" line="139" />
            <source>Write to %1</source>
            <translation>⟦Wrîté tö %1····⟧</translation>
        </message>
    </context>
    <context>
        <name>ReachOutHeader</name>
        <message>
            <location filename="../qml/people/ReachOutHeader.qml" line="39" />
            <source>Reach out</source>
            <translation>⟦Réàçh öût···⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutHeader.qml" line="44" />
            <source>Reach out: %1 due</source>
            <translation>⟦Réàçh öût: %1 dûé······⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutHeader.qml" line="48" />
            <source>1 due</source>
            <translation>⟦1 dûé··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutHeader.qml" line="48" />
            <source>%1 due</source>
            <translation>⟦%1 dûé··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutHeader.qml" line="73" />
            <source>1 contact matches</source>
            <translation>⟦1 çöñtàçt màtçhéš······⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutHeader.qml" line="73" />
            <source>%1 contacts match</source>
            <translation>⟦%1 çöñtàçtš màtçh······⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutHeader.qml" line="73" />
            <source>Everyone (%1)</source>
            <translation>⟦Évérýöñé (%1)·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutHeader.qml" line="84" />
            <source>Nobody matches. Try other words, or clear the filters.</source>
            <translation>⟦Ñöbödý màtçhéš. Trý öthér wördš, ör çléàr thé fîltérš.·····················⟧</translation>
        </message>
    </context>
    <context>
        <name>ReachOutSheet</name>
        <message>
            <location filename="../qml/people/ReachOutSheet.qml" line="59" />
            <source>Reach out to %1</source>
            <translation>⟦Réàçh öût tö %1······⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutSheet.qml" line="66" />
            <source>Start from</source>
            <translation>⟦Štàrt fröm····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutSheet.qml" line="73" />
            <source>Message templates</source>
            <translation>⟦Méššàgé témplàtéš······⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutSheet.qml" line="84" />
            <source>Template: %1</source>
            <translation>⟦Témplàté: %1····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutSheet.qml" line="100" />
            <source>Your message</source>
            <translation>⟦Ýöûr méššàgé····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutSheet.qml" line="105" />
            <source>Message to %1</source>
            <translation>⟦Méššàgé tö %1·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutSheet.qml" line="111" />
            <source>Copy it into any app, or open it as an e-mail to %1.</source>
            <translation>⟦Çöpý ît îñtö àñý àpp, ör öpéñ ît àš àñ é-màîl tö %1.····················⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutSheet.qml" line="111" />
            <source>Copy it into the app you use with %1. Add an e-mail address to the contact to send it as an e-mail.</source>
            <translation>⟦Çöpý ît îñtö thé àpp ýöû ûšé wîth %1. Àdd àñ é-màîl àddréšš tö thé çöñtàçt tö šéñd ît àš àñ é-màîl.·······································⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutSheet.qml" line="129" />
            <source>Copy</source>
            <translation>⟦Çöpý·⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutSheet.qml" line="130" />
            <source>Copy the message</source>
            <translation>⟦Çöpý thé méššàgé······⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutSheet.qml" line="138" />
            <source>E-mail</source>
            <translation>⟦É-màîl··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutSheet.qml" line="139" />
            <source>Open as an e-mail to %1</source>
            <translation>⟦Öpéñ àš àñ é-màîl tö %1·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutSheet.qml" line="149" />
            <source>Log as sent</source>
            <translation>⟦Lög àš šéñt····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutSheet.qml" line="150" />
            <source>Log the message as sent to %1</source>
            <translation>⟦Lög thé méššàgé àš šéñt tö %1···········⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutSheet.qml" line="156" />
            <source>Close</source>
            <translation>⟦Çlöšé··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ReachOutSheet.qml" line="157" />
            <source>Close without logging</source>
            <translation>⟦Çlöšé wîthöût löggîñg········⟧</translation>
        </message>
    </context>
    <context>
        <name>RecentEntries</name>
        <message>
            <location filename="../qml/today/RecentEntries.qml" line="25" />
            <source>Recent entries</source>
            <translation>⟦Réçéñt éñtrîéš·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/RecentEntries.qml" line="37" />
            <source>See all</source>
            <translation>⟦Šéé àll··⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/RecentEntries.qml" line="38" />
            <source>See all journal entries</source>
            <translation>⟦Šéé àll jöûrñàl éñtrîéš·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/RecentEntries.qml" line="46" />
            <source>Nothing yet. Your check-ins will appear here.</source>
            <translation>⟦Ñöthîñg ýét. Ýöûr çhéçk-îñš wîll àppéàr héré.··················⟧</translation>
        </message>
    </context>
    <context>
        <name>RejectionFlow</name>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="19" />
            <source>Hello,</source>
            <translation>⟦Héllö,··⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="19" />
            <source>Dear %1,</source>
            <translation>⟦Déàr %1,···⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="54" />
            <source>Feedback on my application to %1</source>
            <translation>⟦Féédbàçk öñ mý àpplîçàtîöñ tö %1············⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="55" />
            <source>Feedback on my application for %1</source>
            <translation>⟦Féédbàçk öñ mý àpplîçàtîöñ för %1·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="61" />
            <source>Thank you for letting me know your decision about my application to %1, and for the time you and the team gave me.</source>
            <translation>⟦Thàñk ýöû för léttîñg mé kñöw ýöûr déçîšîöñ àböût mý àpplîçàtîöñ tö %1, àñd för thé tîmé ýöû àñd thé téàm gàvé mé.·············································⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="64" />
            <source>Thank you for letting me know your decision about %1 at %2, and for the time you and the team gave me.</source>
            <translation>⟦Thàñk ýöû för léttîñg mé kñöw ýöûr déçîšîöñ àböût %1 àt %2, àñd för thé tîmé ýöû àñd thé téàm gàvé mé.········································⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="68" />
            <source>I would really value your honest feedback: what stood out as my strengths, and where could I have been stronger? Even a few lines would help me prepare for what comes next.</source>
            <translation>⟦Î wöûld réàllý vàlûé ýöûr höñéšt féédbàçk: whàt štööd öût àš mý štréñgthš, àñd whéré çöûld Î hàvé bééñ štröñgér? Évéñ à féw lîñéš wöûld hélp mé prépàré för whàt çöméš ñéxt.····································································⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="70" />
            <source>Thank you again,</source>
            <translation>⟦Thàñk ýöû àgàîñ,······⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="74" />
            <source>Thank you – %1</source>
            <translation>⟦Thàñk ýöû – %1·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="80" />
            <source>Thank you for considering me. I enjoyed learning about the team and its work, and I remain very interested in %1.</source>
            <translation>⟦Thàñk ýöû för çöñšîdérîñg mé. Î éñjöýéd léàrñîñg àböût thé téàm àñd îtš wörk, àñd Î rémàîñ vérý îñtéréštéd îñ %1.·············································⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="83" />
            <source>Thank you for considering me for %1. I enjoyed learning about the team and its work, and I remain very interested in %2.</source>
            <translation>⟦Thàñk ýöû för çöñšîdérîñg mé för %1. Î éñjöýéd léàrñîñg àböût thé téàm àñd îtš wörk, àñd Î rémàîñ vérý îñtéréštéd îñ %2.················································⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="87" />
            <source>I would be glad to stay in touch; please keep me in mind if a similar opportunity comes up.</source>
            <translation>⟦Î wöûld bé glàd tö štàý îñ töûçh; pléàšé kéép mé îñ mîñd îf à šîmîlàr öppörtûñîtý çöméš ûp.····································⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="88" />
            <source>Best wishes,</source>
            <translation>⟦Béšt wîšhéš,····⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="103" />
            <source>That rejection flow no longer exists.</source>
            <translation>⟦Thàt réjéçtîöñ flöw ñö löñgér éxîštš.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="110" />
            <location filename="../backend/services/RejectionCoach.cpp" line="117" />
            <source>That application no longer exists.</source>
            <translation>⟦Thàt àpplîçàtîöñ ñö löñgér éxîštš.·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="134" />
            <source>That journal entry no longer exists.</source>
            <translation>⟦Thàt jöûrñàl éñtrý ñö löñgér éxîštš.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="151" />
            <source>Follow up on feedback from %1</source>
            <translation>⟦Föllöw ûp öñ féédbàçk fröm %1···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="153" />
            <source>If nothing came back, a short, friendly nudge is fine.</source>
            <translation>⟦Îf ñöthîñg çàmé bàçk, à šhört, frîéñdlý ñûdgé îš fîñé.·····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="161" />
            <source>Write down at least one reason, or skip this step.</source>
            <translation>⟦Wrîté döwñ àt léàšt öñé réàšöñ, ör škîp thîš štép.····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="184" />
            <source>Keep in touch with %1 (%2)</source>
            <translation>⟦Kéép îñ töûçh wîth %1 (%2)··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="189" />
            <source>Keep in touch with %1</source>
            <translation>⟦Kéép îñ töûçh wîth %1········⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="194" />
            <source>Look at %1 again: time to re-apply?</source>
            <translation>⟦Löök àt %1 àgàîñ: tîmé tö ré-àpplý?··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="202" />
            <source>Name one thing that went well, or skip this step.</source>
            <translation>⟦Ñàmé öñé thîñg thàt wéñt wéll, ör škîp thîš štép.···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="256" />
            <source>Review your goals</source>
            <translation>⟦Révîéw ýöûr göàlš······⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="259" />
            <source>1 rejection in the last %1 days: are you targeting the right roles, and is there a skill to build first?</source>
            <translation>⟦1 réjéçtîöñ îñ thé làšt %1 dàýš: àré ýöû tàrgétîñg thé rîght röléš, àñd îš théré à škîll tö bûîld fîršt?·········································⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/RejectionCoach.cpp" line="262" />
            <source>%1 rejections in the last %2 days: are you targeting the right roles, and is there a skill to build first?</source>
            <translation>⟦%1 réjéçtîöñš îñ thé làšt %2 dàýš: àré ýöû tàrgétîñg thé rîght röléš, àñd îš théré à škîll tö bûîld fîršt?··········································⟧</translation>
        </message>
    </context>
    <context>
        <name>RejectionFlowDateField</name>
        <message>
            <location filename="../qml/jobs/RejectionFlowDateField.qml" line="23" />
            <source>In a year</source>
            <translation>⟦Îñ à ýéàr···⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowDateField.qml" line="25" />
            <source>In a month</source>
            <translation>⟦Îñ à möñth····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowDateField.qml" line="25" />
            <source>In %1 months</source>
            <translation>⟦Îñ %1 möñthš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowDateField.qml" line="27" />
            <source>In a week</source>
            <translation>⟦Îñ à wéék···⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowDateField.qml" line="27" />
            <source>In %1 weeks</source>
            <translation>⟦Îñ %1 wéékš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowDateField.qml" line="28" />
            <source>Tomorrow</source>
            <translation>⟦Tömörröw···⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowDateField.qml" line="28" />
            <source>In %1 days</source>
            <translation>⟦Îñ %1 dàýš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowDateField.qml" line="40" />
            <source>%1: %2</source>
            <translation>⟦%1: %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowDateField.qml" line="71" />
            <source>One day earlier</source>
            <translation>⟦Öñé dàý éàrlîér······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowDateField.qml" line="94" />
            <source>One day later</source>
            <translation>⟦Öñé dàý làtér·····⟧</translation>
        </message>
    </context>
    <context>
        <name>RejectionFlowMessage</name>
        <message>
            <location filename="../qml/jobs/RejectionFlowMessage.qml" line="44" />
            <source>To</source>
            <translation>⟦Tö·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowMessage.qml" line="54" />
            <source>%1 (%2)</source>
            <translation>⟦%1 (%2)··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowMessage.qml" line="55" />
            <source>Send to</source>
            <translation>⟦Šéñd tö··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowMessage.qml" line="90" />
            <source>Copy</source>
            <translation>⟦Çöpý·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowMessage.qml" line="91" />
            <source>Copy the message</source>
            <translation>⟦Çöpý thé méššàgé······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowMessage.qml" line="97" />
            <source>Share</source>
            <translation>⟦Šhàré··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowMessage.qml" line="98" />
            <source>Share the message (copies it on this device)</source>
            <translation>⟦Šhàré thé méššàgé (çöpîéš ît öñ thîš dévîçé)·················⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowMessage.qml" line="104" />
            <source>E-mail</source>
            <translation>⟦É-màîl··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowMessage.qml" line="104" />
            <source>E-mail…</source>
            <translation>⟦É-màîl…··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowMessage.qml" line="105" />
            <source>Write an e-mail to %1</source>
            <translation>⟦Wrîté àñ é-màîl tö %1········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowMessage.qml" line="105" />
            <source>Write an e-mail (add the address in your mail app)</source>
            <translation>⟦Wrîté àñ é-màîl (àdd thé àddréšš îñ ýöûr màîl àpp)····················⟧</translation>
        </message>
    </context>
    <context>
        <name>RejectionFlowProgress</name>
        <message>
            <location filename="../qml/jobs/RejectionFlowProgress.qml" line="23" />
            <source>Steps</source>
            <translation>⟦Štépš··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowProgress.qml" line="67" />
            <source>Step %1, %2: %3</source>
            <translation>⟦Štép %1, %2: %3······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowProgress.qml" line="67" />
            <source>done</source>
            <translation>⟦döñé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowProgress.qml" line="67" />
            <source>skipped</source>
            <translation>⟦škîppéd··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowProgress.qml" line="67" />
            <source>to do</source>
            <translation>⟦tö dö··⟧</translation>
        </message>
    </context>
    <context>
        <name>RejectionFlowResumeCard</name>
        <message>
            <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="23" />
            <source>Unfinished steps after a rejection</source>
            <translation>⟦Ûñfîñîšhéd štépš àftér à réjéçtîöñ·············⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="27" />
            <source>After a rejection: steps still open</source>
            <translation>⟦Àftér à réjéçtîöñ: štépš štîll öpéñ··············⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="49" />
            <source>%1 · %2</source>
            <translation>⟦%1 · %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="58" />
            <source>%1 of %2 steps looked at · next: %3</source>
            <translation>⟦%1 öf %2 štépš löökéd àt · ñéxt: %3··············⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="58" />
            <source>Every step looked at · finish when you are ready</source>
            <translation>⟦Évérý štép löökéd àt · fîñîšh whéñ ýöû àré réàdý···················⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="74" />
            <source>Let go</source>
            <translation>⟦Lét gö··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="75" />
            <source>Close the rejection flow for %1</source>
            <translation>⟦Çlöšé thé réjéçtîöñ flöw för %1············⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="81" />
            <source>Continue</source>
            <translation>⟦Çöñtîñûé···⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="82" />
            <source>Continue the rejection flow for %1</source>
            <translation>⟦Çöñtîñûé thé réjéçtîöñ flöw för %1·············⟧</translation>
        </message>
    </context>
    <context>
        <name>RejectionFlowSheet</name>
        <message>
            <location filename="../qml/jobs/RejectionFlowSheet.qml" line="102" />
            <source>After a rejection</source>
            <translation>⟦Àftér à réjéçtîöñ······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSheet.qml" line="113" />
            <source>Five small steps, each one skippable. Close any time: you can pick up where you left off.</source>
            <translation>⟦Fîvé šmàll štépš, éàçh öñé škîppàblé. Çlöšé àñý tîmé: ýöû çàñ pîçk ûp whéré ýöû léft öff.···································⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSheet.qml" line="125" />
            <source>Close (your progress is kept)</source>
            <translation>⟦Çlöšé (ýöûr prögréšš îš képt)···········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSheet.qml" line="190" />
            <source>Copied</source>
            <translation>⟦Çöpîéd··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSheet.qml" line="191" />
            <source>Copied: on this device, sharing means pasting it where you write to them.</source>
            <translation>⟦Çöpîéd: öñ thîš dévîçé, šhàrîñg méàñš pàštîñg ît whéré ýöû wrîté tö thém.·····························⟧</translation>
        </message>
    </context>
    <context>
        <name>RejectionFlowStepCard</name>
        <message>
            <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="17" />
            <source>Save</source>
            <translation>⟦Šàvé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="20" />
            <source>Skip</source>
            <translation>⟦Škîp·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="35" />
            <source>Step %1 of %2: %3</source>
            <translation>⟦Štép %1 öf %2: %3······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="63" />
            <source>Done</source>
            <translation>⟦Döñé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="63" />
            <source>Skipped</source>
            <translation>⟦Škîppéd··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="126" />
            <source>Reopen this step</source>
            <translation>⟦Réöpéñ thîš štép······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="127" />
            <source>Reopen step %1, %2</source>
            <translation>⟦Réöpéñ štép %1, %2·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="135" />
            <source>Skip step %1, %2</source>
            <translation>⟦Škîp štép %1, %2······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="142" />
            <source>Back</source>
            <translation>⟦Bàçk·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="143" />
            <source>Back to the previous step</source>
            <translation>⟦Bàçk tö thé prévîöûš štép··········⟧</translation>
        </message>
    </context>
    <context>
        <name>RejectionFlowSteps</name>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="64" />
            <source>Reminder set for %1.</source>
            <translation>⟦Rémîñdér šét för %1.········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="64" />
            <source>Reminders set for %1.</source>
            <translation>⟦Rémîñdérš šét för %1.········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="137" />
            <source>rejected on %1</source>
            <translation>⟦réjéçtéd öñ %1·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="155" />
            <source>All steps looked at</source>
            <translation>⟦Àll štépš löökéd àt·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="155" />
            <source>Step %1 of %2</source>
            <translation>⟦Štép %1 öf %2·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="168" />
            <source>Check in with your feelings</source>
            <translation>⟦Çhéçk îñ wîth ýöûr féélîñgš··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="169" />
            <source>Disappointed, frustrated, flat? That is a normal response to a setback, not a verdict on you. Give yourself permission to feel it without judging yourself: a rejection is an event, not an identity.</source>
            <translation>⟦Dîšàppöîñtéd, frûštràtéd, flàt? Thàt îš à ñörmàl réšpöñšé tö à šétbàçk, ñöt à vérdîçt öñ ýöû. Gîvé ýöûršélf pérmîššîöñ tö féél ît wîthöût jûdgîñg ýöûršélf: à réjéçtîöñ îš àñ évéñt, ñöt àñ îdéñtîtý.··············································································⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="171" />
            <source>Written in your journal. Come back to it whenever you like.</source>
            <translation>⟦Wrîttéñ îñ ýöûr jöûrñàl. Çömé bàçk tö ît whéñévér ýöû lîké.·······················⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="172" />
            <source>Write about it</source>
            <translation>⟦Wrîté àböût ît·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="179" />
            <source>Opens a journal entry with the “After a rejection” prompts. Nothing is saved until you save it.</source>
            <translation>⟦Öpéñš à jöûrñàl éñtrý wîth thé “Àftér à réjéçtîöñ” prömptš. Ñöthîñg îš šàvéd ûñtîl ýöû šàvé ît.······································⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="192" />
            <source>Ask for feedback</source>
            <translation>⟦Àšk för féédbàçk······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="193" />
            <source>Kindly asking what stood out, and where you could have been stronger, turns a no into something you can use. Make clear you want honest, constructive feedback, even if it stings a little.</source>
            <translation>⟦Kîñdlý àškîñg whàt štööd öût, àñd whéré ýöû çöûld hàvé bééñ štröñgér, tûrñš à ñö îñtö šöméthîñg ýöû çàñ ûšé. Màké çléàr ýöû wàñt höñéšt, çöñštrûçtîvé féédbàçk, évéñ îf ît štîñgš à lîttlé.··········································································⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="195" />
            <source>Feedback request done. When an answer comes, log it as feedback: it feeds your skills plan.</source>
            <translation>⟦Féédbàçk réqûéšt döñé. Whéñ àñ àñšwér çöméš, lög ît àš féédbàçk: ît féédš ýöûr škîllš plàñ.····································⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="196" />
            <source>Done, remind me to follow up</source>
            <translation>⟦Döñé, rémîñd mé tö föllöw ûp···········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="196" />
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="281" />
            <source>Done</source>
            <translation>⟦Döñé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="207" />
            <source>Your message (edit it freely)</source>
            <translation>⟦Ýöûr méššàgé (édît ît fréélý)···········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="221" />
            <source>Remind me to follow up if nothing comes back</source>
            <translation>⟦Rémîñd mé tö föllöw ûp îf ñöthîñg çöméš bàçk·················⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="233" />
            <source>Make your case (optional)</source>
            <translation>⟦Màké ýöûr çàšé (öptîöñàl)··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="234" />
            <source>Sometimes a no can still become a yes. If you believe you are the right fit, note real, tangible reasons they should reconsider: a skill that gives you an edge, a result you can show. Keep it calm, never desperate. Skipping this is completely fine.</source>
            <translation>⟦Šömétîméš à ñö çàñ štîll béçömé à ýéš. Îf ýöû bélîévé ýöû àré thé rîght fît, ñöté réàl, tàñgîblé réàšöñš théý šhöûld réçöñšîdér: à škîll thàt gîvéš ýöû àñ édgé, à réšûlt ýöû çàñ šhöw. Kéép ît çàlm, ñévér déšpéràté. Škîppîñg thîš îš çömplétélý fîñé.···································································································⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="236" />
            <source>Your case is saved for a calm reply:
%1</source>
            <translation>⟦Ýöûr çàšé îš šàvéd för à çàlm réplý:
%1···············⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="236" />
            <source>Your case is saved.</source>
            <translation>⟦Ýöûr çàšé îš šàvéd.·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="237" />
            <source>Save my case</source>
            <translation>⟦Šàvé mý çàšé····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="249" />
            <source>- I shipped the same kind of project at my last job
- I can start sooner than most</source>
            <translation>⟦- Î šhîppéd thé šàmé kîñd öf pröjéçt àt mý làšt jöb
- Î çàñ štàrt šööñér thàñ möšt································⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="255" />
            <source>Reasons they should reconsider</source>
            <translation>⟦Réàšöñš théý šhöûld réçöñšîdér············⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="265" />
            <source>Copy</source>
            <translation>⟦Çöpý·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="266" />
            <source>Copy your case</source>
            <translation>⟦Çöpý ýöûr çàšé·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="277" />
            <source>Don't burn bridges</source>
            <translation>⟦Döñ't bûrñ brîdgéš·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="278" />
            <source>Leave a good last impression: thank them, stay in touch, and look at the company again later. The other candidate may not work out, and paths cross again more often than you think.</source>
            <translation>⟦Léàvé à gööd làšt împréššîöñ: thàñk thém, štàý îñ töûçh, àñd löök àt thé çömpàñý àgàîñ làtér. Thé öthér çàñdîdàté màý ñöt wörk öût, àñd pàthš çröšš àgàîñ möré öftéñ thàñ ýöû thîñk.········································································⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="280" />
            <source>Thank-you done.</source>
            <translation>⟦Thàñk-ýöû döñé.······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="281" />
            <source>Done, set the reminders</source>
            <translation>⟦Döñé, šét thé rémîñdérš·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="291" />
            <source>A thank-you message</source>
            <translation>⟦À thàñk-ýöû méššàgé·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="305" />
            <source>Keep in touch with %1</source>
            <translation>⟦Kéép îñ töûçh wîth %1········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="314" />
            <source>Look at %1 again: time to re-apply?</source>
            <translation>⟦Löök àt %1 àgàîñ: tîmé tö ré-àpplý?··············⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="326" />
            <source>Name what went well</source>
            <translation>⟦Ñàmé whàt wéñt wéll·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="327" />
            <source>Landing the interview, a good answer, reaching the final round: each is worth acknowledging. Name one thing, and it is kept with your small wins.</source>
            <translation>⟦Làñdîñg thé îñtérvîéw, à gööd àñšwér, réàçhîñg thé fîñàl röûñd: éàçh îš wörth àçkñöwlédgîñg. Ñàmé öñé thîñg, àñd ît îš képt wîth ýöûr šmàll wîñš.··························································⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="329" />
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="440" />
            <source>Saved as a small win: %1</source>
            <translation>⟦Šàvéd àš à šmàll wîñ: %1·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="329" />
            <source>Saved as a small win.</source>
            <translation>⟦Šàvéd àš à šmàll wîñ.········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="330" />
            <source>Save as a win</source>
            <translation>⟦Šàvé àš à wîñ·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="341" />
            <source>One thing that went well</source>
            <translation>⟦Öñé thîñg thàt wéñt wéll·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="344" />
            <source>What went well</source>
            <translation>⟦Whàt wéñt wéll·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="356" />
            <source>I landed the interview</source>
            <translation>⟦Î làñdéd thé îñtérvîéw········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="356" />
            <source>I made it to the final round</source>
            <translation>⟦Î màdé ît tö thé fîñàl röûñd···········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="356" />
            <source>I answered the hard question calmly</source>
            <translation>⟦Î àñšwéréd thé hàrd qûéštîöñ çàlmlý··············⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="356" />
            <source>I prepared well</source>
            <translation>⟦Î prépàréd wéll······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="364" />
            <source>Use: %1</source>
            <translation>⟦Ûšé: %1··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="380" />
            <source>You did the hard part</source>
            <translation>⟦Ýöû dîd thé hàrd pàrt········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="391" />
            <source>Every interview is practice, and each one brings you a step closer to the right fit. Be kind to yourself today.</source>
            <translation>⟦Évérý îñtérvîéw îš pràçtîçé, àñd éàçh öñé brîñgš ýöû à štép çlöšér tö thé rîght fît. Bé kîñd tö ýöûršélf tödàý.············································⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="418" />
            <source>Reminder set for %1: %2</source>
            <translation>⟦Rémîñdér šét för %1: %2·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="450" />
            <source>Reminders are saved with this application. Notifications for them arrive in a later version.</source>
            <translation>⟦Rémîñdérš àré šàvéd wîth thîš àpplîçàtîöñ. Ñötîfîçàtîöñš för thém àrrîvé îñ à làtér véršîöñ.····································⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="473" />
            <source>%1 rejections in the last %2 days</source>
            <translation>⟦%1 réjéçtîöñš îñ thé làšt %2 dàýš·············⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="482" />
            <source>That is a lot to carry. It may be a good moment to step back and review your goals: are you targeting the right roles, and is there a skill or certification to build first?</source>
            <translation>⟦Thàt îš à löt tö çàrrý. Ît màý bé à gööd möméñt tö štép bàçk àñd révîéw ýöûr göàlš: àré ýöû tàrgétîñg thé rîght röléš, àñd îš théré à škîll ör çértîfîçàtîöñ tö bûîld fîršt?····································································⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="494" />
            <source>Review on</source>
            <translation>⟦Révîéw öñ···⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="501" />
            <source>Plan a goal review</source>
            <translation>⟦Plàñ à göàl révîéw·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="509" />
            <source>Reminder set for %1: review your goals. Goals are coming in a later version; the reminder is saved now.</source>
            <translation>⟦Rémîñdér šét för %1: révîéw ýöûr göàlš. Göàlš àré çömîñg îñ à làtér véršîöñ; thé rémîñdér îš šàvéd ñöw.·········································⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="525" />
            <source>Finish</source>
            <translation>⟦Fîñîšh··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="526" />
            <source>Finish the rejection flow</source>
            <translation>⟦Fîñîšh thé réjéçtîöñ flöw··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="532" />
            <source>Back</source>
            <translation>⟦Bàçk·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/RejectionFlowSteps.qml" line="533" />
            <source>Back to the last step</source>
            <translation>⟦Bàçk tö thé làšt štép········⟧</translation>
        </message>
    </context>
    <context>
        <name>RememberOption</name>
        <message>
            <location filename="../qml/vault/RememberOption.qml" line="19" />
            <source>Remember on this device</source>
            <translation>⟦Rémémbér öñ thîš dévîçé·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/RememberOption.qml" line="29" />
            <source>Keeps the key in your system keyring so Rebound opens without typing. Your passphrase still works.</source>
            <translation>⟦Kéépš thé kéý îñ ýöûr šýštém kéýrîñg šö Réböûñd öpéñš wîthöût týpîñg. Ýöûr pàššphràšé štîll wörkš.·······································⟧</translation>
        </message>
    </context>
    <context>
        <name>ReminderEngine</name>
        <message>
            <location filename="../backend/services/ReminderEngine.cpp" line="66" />
            <source>Keep in touch with %1</source>
            <translation>⟦Kéép îñ töûçh wîth %1········⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/services/ReminderEngine.cpp" line="68" />
            <source>Last in touch on %1 · every %n days</source>
            <translation>
                <numerusform>⟦Làšt îñ töûçh öñ %1 · évérý %n dàýš··············⟧</numerusform>
                <numerusform>⟦Làšt îñ töûçh öñ %1 · évérý %n dàýš··············⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/services/ReminderEngine.cpp" line="69" />
            <source>No contact logged since you added them · every %n days</source>
            <translation>
                <numerusform>⟦Ñö çöñtàçt löggéd šîñçé ýöû àddéd thém · évérý %n dàýš·····················⟧</numerusform>
                <numerusform>⟦Ñö çöñtàçt löggéd šîñçé ýöû àddéd thém · évérý %n dàýš·····················⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../backend/services/ReminderEngine.cpp" line="99" />
            <source>Time to review: %1</source>
            <translation>⟦Tîmé tö révîéw: %1·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReminderEngine.cpp" line="100" />
            <source>Last reviewed on %1</source>
            <translation>⟦Làšt révîéwéd öñ %1·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReminderEngine.cpp" line="101" />
            <source>Not reviewed yet</source>
            <translation>⟦Ñöt révîéwéd ýét······⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReminderEngine.cpp" line="115" />
            <source>Skills plan: %1</source>
            <translation>⟦Škîllš plàñ: %1······⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReminderEngine.cpp" line="130" />
            <source>How are you today?</source>
            <translation>⟦Höw àré ýöû tödàý?·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReminderEngine.cpp" line="131" />
            <source>A one-minute check-in: mood, effort and a small win.</source>
            <translation>⟦À öñé-mîñûté çhéçk-îñ: mööd, éffört àñd à šmàll wîñ.····················⟧</translation>
        </message>
    </context>
    <context>
        <name>ReminderNotifier</name>
        <message>
            <location filename="../backend/services/ReminderNotifier.cpp" line="51" />
            <source>Rebound: 1 reminder is due</source>
            <translation>⟦Réböûñd: 1 rémîñdér îš dûé··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReminderNotifier.cpp" line="51" />
            <source>Rebound: %1 reminders are due</source>
            <translation>⟦Réböûñd: %1 rémîñdérš àré dûé···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReminderNotifier.cpp" line="52" />
            <source>Open Rebound to see them.</source>
            <translation>⟦Öpéñ Réböûñd tö šéé thém.··········⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/services/ReminderNotifier.cpp" line="61" />
            <source>%n reminders are due</source>
            <translation>
                <numerusform>⟦%n rémîñdérš àré dûé········⟧</numerusform>
                <numerusform>⟦%n rémîñdérš àré dûé········⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../backend/services/ReminderNotifier.cpp" line="69" />
            <source>and %1 more</source>
            <translation>⟦àñd %1 möré····⟧</translation>
        </message>
    </context>
    <context>
        <name>ReminderRow</name>
        <message>
            <location filename="../qml/reminders/ReminderRow.qml" line="26" />
            <source>%1: %2, %3</source>
            <translation>⟦%1: %2, %3····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reminders/ReminderRow.qml" line="83" />
            <source>Done</source>
            <translation>⟦Döñé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/reminders/ReminderRow.qml" line="85" />
            <source>Done: %1</source>
            <translation>⟦Döñé: %1···⟧</translation>
        </message>
        <message>
            <location filename="../qml/reminders/ReminderRow.qml" line="93" />
            <source>Snooze</source>
            <translation>⟦Šñöözé··⟧</translation>
        </message>
        <message>
            <location filename="../qml/reminders/ReminderRow.qml" line="95" />
            <source>Snooze: %1</source>
            <translation>⟦Šñöözé: %1····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reminders/ReminderRow.qml" line="111" />
            <source>Until tomorrow</source>
            <translation>⟦Ûñtîl tömörröw·····⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/reminders/ReminderRow.qml" line="111" />
            <source>For %n days</source>
            <translation>
                <numerusform>⟦För %n dàýš····⟧</numerusform>
                <numerusform>⟦För %n dàýš····⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qml/reminders/ReminderRow.qml" line="119" />
            <source>Open</source>
            <translation>⟦Öpéñ·⟧</translation>
        </message>
        <message>
            <location filename="../qml/reminders/ReminderRow.qml" line="121" />
            <source>Open: %1</source>
            <translation>⟦Öpéñ: %1···⟧</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="147" />
            <source>Keep in touch</source>
            <translation>⟦Kéép îñ töûçh·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="148" />
            <source>Feedback follow-up</source>
            <translation>⟦Féédbàçk föllöw-ûp·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="149" />
            <source>Keep in touch after a rejection</source>
            <translation>⟦Kéép îñ töûçh àftér à réjéçtîöñ············⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="150" />
            <source>Re-apply window</source>
            <translation>⟦Ré-àpplý wîñdöw······⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="151" />
            <source>Interview prep</source>
            <translation>⟦Îñtérvîéw prép·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="152" />
            <source>Daily check-in</source>
            <translation>⟦Dàîlý çhéçk-îñ·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="153" />
            <source>Goal review</source>
            <translation>⟦Göàl révîéw····⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/JobLabels.cpp" line="154" />
            <source>Skills action</source>
            <translation>⟦Škîllš àçtîöñ·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ReminderRepository.cpp" line="23" />
            <source>Unknown kind of reminder: %1.</source>
            <translation>⟦Ûñkñöwñ kîñd öf rémîñdér: %1.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ReminderRepository.cpp" line="25" />
            <source>Pick a day for the reminder.</source>
            <translation>⟦Pîçk à dàý för thé rémîñdér.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ReminderRepository.cpp" line="27" />
            <source>Pick a day within the next ten years.</source>
            <translation>⟦Pîçk à dàý wîthîñ thé ñéxt téñ ýéàrš.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ReminderRepository.cpp" line="30" />
            <source>Say what to be reminded of.</source>
            <translation>⟦Šàý whàt tö bé rémîñdéd öf.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ReminderRepository.cpp" line="48" />
            <location filename="../backend/storage/ReminderRepository.cpp" line="60" />
            <location filename="../backend/storage/ReminderRepository.cpp" line="72" />
            <source>That reminder no longer exists.</source>
            <translation>⟦Thàt rémîñdér ñö löñgér éxîštš.············⟧</translation>
        </message>
    </context>
    <context>
        <name>RemindersController</name>
        <message>
            <location filename="../backend/ui/RemindersController.cpp" line="32" />
            <source>Today at %1</source>
            <translation>⟦Tödàý àt %1····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/RemindersController.cpp" line="34" />
            <source>Tomorrow at %1</source>
            <translation>⟦Tömörröw àt %1·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/RemindersController.cpp" line="36" />
            <source>Yesterday</source>
            <translation>⟦Ýéštérdàý···⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/ui/RemindersController.cpp" line="38" />
            <source>%n days ago</source>
            <translation>
                <numerusform>⟦%n dàýš àgö····⟧</numerusform>
                <numerusform>⟦%n dàýš àgö····⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../backend/ui/RemindersController.cpp" line="39" />
            <source>%1 at %2</source>
            <translation>⟦%1 àt %2···⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/RemindersController.cpp" line="170" />
            <source>The vault is locked.</source>
            <translation>⟦Thé vàûlt îš löçkéd.········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/RemindersController.cpp" line="216" />
            <location filename="../backend/ui/RemindersController.cpp" line="242" />
            <source>That reminder is no longer due.</source>
            <translation>⟦Thàt rémîñdér îš ñö löñgér dûé.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/RemindersController.cpp" line="237" />
            <source>Snooze for 1 to %1 days.</source>
            <translation>⟦Šñöözé för 1 tö %1 dàýš.·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/RemindersController.cpp" line="260" />
            <source>Give a time as hours and minutes, like 09:00.</source>
            <translation>⟦Gîvé à tîmé àš höûrš àñd mîñûtéš, lîké 09:00.··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/RemindersController.cpp" line="281" />
            <source>Notifications are on: reminders appear at their time while Rebound is open.</source>
            <translation>⟦Ñötîfîçàtîöñš àré öñ: rémîñdérš àppéàr àt théîr tîmé whîlé Réböûñd îš öpéñ.······························⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/RemindersController.cpp" line="296" />
            <source>Reminders while Rebound is closed could not be changed.</source>
            <translation>⟦Rémîñdérš whîlé Réböûñd îš çlöšéd çöûld ñöt bé çhàñgéd.······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/RemindersController.cpp" line="318" />
            <source>That template no longer exists.</source>
            <translation>⟦Thàt témplàté ñö löñgér éxîštš.············⟧</translation>
        </message>
    </context>
    <context>
        <name>RemindersSection</name>
        <message>
            <location filename="../qml/settings/RemindersSection.qml" line="16" />
            <source>Reminders</source>
            <translation>⟦Rémîñdérš···⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/RemindersSection.qml" line="40" />
            <source>Time of day</source>
            <translation>⟦Tîmé öf dàý····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/RemindersSection.qml" line="42" />
            <source>Keep-in-touch, follow-up and review reminders fire at %1 on their day.</source>
            <translation>⟦Kéép-îñ-töûçh, föllöw-ûp àñd révîéw rémîñdérš fîré àt %1 öñ théîr dàý.····························⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/RemindersSection.qml" line="47" />
            <source>Reminder time</source>
            <translation>⟦Rémîñdér tîmé·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/RemindersSection.qml" line="56" />
            <source>Names in notifications</source>
            <translation>⟦Ñàméš îñ ñötîfîçàtîöñš········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/RemindersSection.qml" line="57" />
            <source>Notifications say who or what, e.g. “Keep in touch with Maya”. They can show on a lock screen.</source>
            <translation>⟦Ñötîfîçàtîöñš šàý whö ör whàt, é.g. “Kéép îñ töûçh wîth Màýà”. Théý çàñ šhöw öñ à löçk šçrééñ.·····································⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/RemindersSection.qml" line="57" />
            <source>Notifications only say how many reminders are due, so nothing private shows on a lock screen.</source>
            <translation>⟦Ñötîfîçàtîöñš öñlý šàý höw màñý rémîñdérš àré dûé, šö ñöthîñg prîvàté šhöwš öñ à löçk šçrééñ.·····································⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/RemindersSection.qml" line="61" />
            <source>Show names in notifications</source>
            <translation>⟦Šhöw ñàméš îñ ñötîfîçàtîöñš··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/RemindersSection.qml" line="69" />
            <source>While Rebound is closed</source>
            <translation>⟦Whîlé Réböûñd îš çlöšéd·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/RemindersSection.qml" line="70" />
            <source>A small timer checks every 15 minutes. It needs “Remember on this device” to read your reminders.</source>
            <translation>⟦À šmàll tîmér çhéçkš évérý 15 mîñûtéš. Ît ñéédš “Rémémbér öñ thîš dévîçé” tö réàd ýöûr rémîñdérš.······································⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/RemindersSection.qml" line="74" />
            <source>Reminders while Rebound is closed</source>
            <translation>⟦Rémîñdérš whîlé Réböûñd îš çlöšéd·············⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/RemindersSection.qml" line="109" />
            <source>Keep in touch, by tag</source>
            <translation>⟦Kéép îñ töûçh, bý tàg········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/RemindersSection.qml" line="118" />
            <source>How often to reach out to people with this tag, in days (0 = never). A contact can have its own.</source>
            <translation>⟦Höw öftéñ tö réàçh öût tö péöplé wîth thîš tàg, îñ dàýš (0 = ñévér). À çöñtàçt çàñ hàvé îtš öwñ.······································⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/RemindersSection.qml" line="154" />
            <source>Days between contacts for %1</source>
            <translation>⟦Dàýš bétwééñ çöñtàçtš för %1···········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/RemindersSection.qml" line="176" />
            <source>Messages for reaching out</source>
            <translation>⟦Méššàgéš för réàçhîñg öût··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/RemindersSection.qml" line="184" />
            <source>New message</source>
            <translation>⟦Ñéw méššàgé····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/RemindersSection.qml" line="186" />
            <source>New outreach message</source>
            <translation>⟦Ñéw öûtréàçh méššàgé········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/RemindersSection.qml" line="192" />
            <source>Placeholders: {first_name}, {name} and {company} are filled in for each contact.</source>
            <translation>⟦Plàçéhöldérš: {fîršt_ñàmé}, {ñàmé} àñd {çömpàñý} àré fîlléd îñ för éàçh çöñtàçt.································⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/RemindersSection.qml" line="230" />
            <source>Edit %1</source>
            <translation>⟦Édît %1··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/RemindersSection.qml" line="235" />
            <source>Delete %1</source>
            <translation>⟦Délété %1···⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/RemindersSection.qml" line="238" />
            <source>Message deleted.</source>
            <translation>⟦Méššàgé délétéd.······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/RemindersSection.qml" line="238" />
            <source>Undo</source>
            <translation>⟦Ûñdö·⟧</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackupDialog</name>
        <message>
            <location filename="../qml/vault/RestoreBackupDialog.qml" line="32" />
            <source>Restore from a backup</source>
            <translation>⟦Réštöré fröm à bàçkûp········⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/RestoreBackupDialog.qml" line="47" />
            <source>Rebound checks the whole file, then makes your vault from it. The backup's passphrase becomes the vault's; you can change it in Settings.</source>
            <translation>⟦Réböûñd çhéçkš thé whölé fîlé, théñ màkéš ýöûr vàûlt fröm ît. Thé bàçkûp'š pàššphràšé béçöméš thé vàûlt'š; ýöû çàñ çhàñgé ît îñ Šéttîñgš.······················································⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/RestoreBackupDialog.qml" line="57" />
            <source>Backup passphrase</source>
            <translation>⟦Bàçkûp pàššphràšé······⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/RestoreBackupDialog.qml" line="72" />
            <source>Restoring your vault</source>
            <translation>⟦Réštörîñg ýöûr vàûlt········⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/RestoreBackupDialog.qml" line="85" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/RestoreBackupDialog.qml" line="95" />
            <source>Restoring…</source>
            <translation>⟦Réštörîñg…····⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/RestoreBackupDialog.qml" line="95" />
            <source>Restore</source>
            <translation>⟦Réštöré··⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/RestoreBackupDialog.qml" line="96" />
            <source>Restore the vault from this backup</source>
            <translation>⟦Réštöré thé vàûlt fröm thîš bàçkûp·············⟧</translation>
        </message>
    </context>
    <context>
        <name>ReviewContextPane</name>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="58" />
            <source>%1: %2</source>
            <translation>⟦%1: %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="100" />
            <source>Answers that changed</source>
            <translation>⟦Àñšwérš thàt çhàñgéd········⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="105" />
            <source>Every answer is the same as last time.</source>
            <translation>⟦Évérý àñšwér îš thé šàmé àš làšt tîmé.···············⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="105" />
            <source>This is your first review of this checklist: next time you'll see what changed.</source>
            <translation>⟦Thîš îš ýöûr fîršt révîéw öf thîš çhéçklîšt: ñéxt tîmé ýöû'll šéé whàt çhàñgéd.·······························⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="129" />
            <source>%1 → %2</source>
            <translation>⟦%1 → %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="134" />
            <source>was %1, now %2</source>
            <translation>⟦wàš %1, ñöw %2·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="145" />
            <source>Applications since</source>
            <translation>⟦Àpplîçàtîöñš šîñçé·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="145" />
            <source>Pipeline</source>
            <translation>⟦Pîpélîñé···⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="155" />
            <source>applied</source>
            <translation>⟦àpplîéd··⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="161" />
            <source>interviews</source>
            <translation>⟦îñtérvîéwš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="167" />
            <source>open now</source>
            <translation>⟦öpéñ ñöw···⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="172" />
            <location filename="../qml/reviews/ReviewContextPane.qml" line="330" />
            <source>%1 · %2</source>
            <translation>⟦%1 · %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="172" />
            <source>1 offer</source>
            <translation>⟦1 öffér··⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="172" />
            <source>%1 offers</source>
            <translation>⟦%1 öfférš···⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="172" />
            <source>1 rejection</source>
            <translation>⟦1 réjéçtîöñ····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="172" />
            <source>%1 rejections</source>
            <translation>⟦%1 réjéçtîöñš·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="181" />
            <source>Effort against your targets</source>
            <translation>⟦Éffört àgàîñšt ýöûr tàrgétš··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="186" />
            <source>No weekly effort targets yet. A small, steady target (say 5 applications a week) is easier to keep than a big one.</source>
            <translation>⟦Ñö wééklý éffört tàrgétš ýét. À šmàll, štéàdý tàrgét (šàý 5 àpplîçàtîöñš à wéék) îš éàšîér tö kéép thàñ à bîg öñé.·············································⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="238" />
            <source>Mood</source>
            <translation>⟦Mööd·⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="277" />
            <source>Goals that moved</source>
            <translation>⟦Göàlš thàt mövéd······⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="286" />
            <source>%1 — %2</source>
            <translation>⟦%1 — %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="298" />
            <source>Top skills gaps</source>
            <translation>⟦Töp škîllš gàpš······⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="303" />
            <source>No skills named to work on yet. Feedback on applications and interviews fills this in.</source>
            <translation>⟦Ñö škîllš ñàméd tö wörk öñ ýét. Féédbàçk öñ àpplîçàtîöñš àñd îñtérvîéwš fîllš thîš îñ.··································⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="324" />
            <source>%1, %2</source>
            <translation>⟦%1, %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="346" />
            <source>Recent feedback</source>
            <translation>⟦Réçéñt féédbàçk······⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="351" />
            <source>No feedback in this period.</source>
            <translation>⟦Ñö féédbàçk îñ thîš pérîöd.··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewContextPane.qml" line="376" />
            <source> · </source>
            <translation>⟦ · ·⟧</translation>
        </message>
    </context>
    <context>
        <name>ReviewDueCard</name>
        <message>
            <location filename="../qml/today/ReviewDueCard.qml" line="71" />
            <source>Resume the review</source>
            <translation>⟦Réšûmé thé révîéw······⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/ReviewDueCard.qml" line="71" />
            <source>Start the review</source>
            <translation>⟦Štàrt thé révîéw······⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/ReviewDueCard.qml" line="72" />
            <source>Resume the review of %1</source>
            <translation>⟦Réšûmé thé révîéw öf %1·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/ReviewDueCard.qml" line="72" />
            <source>Start a review of %1</source>
            <translation>⟦Štàrt à révîéw öf %1········⟧</translation>
        </message>
    </context>
    <context>
        <name>ReviewExport</name>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="59" />
            <source>new goal (%1): %2</source>
            <translation>⟦ñéw göàl (%1): %2······⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="61" />
            <source>mark “%1” as %2</source>
            <translation>⟦màrk “%1” àš %2······⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="62" />
            <source>a removed goal</source>
            <translation>⟦à rémövéd göàl·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="65" />
            <source>skills action for %1 (%2): %3</source>
            <translation>⟦škîllš àçtîöñ för %1 (%2): %3···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="67" />
            <source>Follow-up planned: %1</source>
            <translation>⟦Föllöw-ûp plàññéd: %1········⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="67" />
            <source>Follow-up done: %1</source>
            <translation>⟦Föllöw-ûp döñé: %1·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="84" />
            <source>Review: %1</source>
            <translation>⟦Révîéw: %1····⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="85" />
            <source>Finished on %1</source>
            <translation>⟦Fîñîšhéd öñ %1·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="86" />
            <source>In progress, started on %1</source>
            <translation>⟦Îñ prögréšš, štàrtéd öñ %1··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="87" />
            <source>%1 of %2 questions answered</source>
            <translation>⟦%1 öf %2 qûéštîöñš àñšwéréd··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="90" />
            <source>North star:</source>
            <translation>⟦Ñörth štàr:····⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="92" />
            <source>Answers</source>
            <translation>⟦Àñšwérš··⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="98" />
            <source>(last time: %1)</source>
            <translation>⟦(làšt tîmé: %1)······⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="107" />
            <source>Since the last review (%1 to %2)</source>
            <translation>⟦Šîñçé thé làšt révîéw (%1 tö %2)············⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="108" />
            <source>The last %1 days (%2 to %3)</source>
            <translation>⟦Thé làšt %1 dàýš (%2 tö %3)··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="113" />
            <source>Applications sent: %1 · interviews: %2 · offers: %3 · rejections: %4 · active now: %5</source>
            <translation>⟦Àpplîçàtîöñš šéñt: %1 · îñtérvîéwš: %2 · öfférš: %3 · réjéçtîöñš: %4 · àçtîvé ñöw: %5··································⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="121" />
            <source>Mood: no check-ins in this period</source>
            <translation>⟦Mööd: ñö çhéçk-îñš îñ thîš pérîöd·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="124" />
            <source>Mood: %1 on average over %2 days</source>
            <translation>⟦Mööd: %1 öñ àvéràgé övér %2 dàýš············⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="128" />
            <source>Mood: %1 on average over %2 days (before: %3, change %4)</source>
            <translation>⟦Mööd: %1 öñ àvéràgé övér %2 dàýš (béföré: %3, çhàñgé %4)······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="136" />
            <source>%1: %2 a week against a target of %3 (met in %4 of %5 weeks)</source>
            <translation>⟦%1: %2 à wéék àgàîñšt à tàrgét öf %3 (mét îñ %4 öf %5 wéékš)························⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="144" />
            <source>Answers that changed:</source>
            <translation>⟦Àñšwérš thàt çhàñgéd:········⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="150" />
            <source>Goals added or changed:</source>
            <translation>⟦Göàlš àddéd ör çhàñgéd:·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="156" />
            <source>Top skills to work on:</source>
            <translation>⟦Töp škîllš tö wörk öñ:········⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="160" />
            <source>named once</source>
            <translation>⟦ñàméd öñçé····⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="160" />
            <source>named %1 times</source>
            <translation>⟦ñàméd %1 tîméš·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="165" />
            <source>Summary</source>
            <translation>⟦Šûmmàrý··⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="175" />
            <source>Goals now</source>
            <translation>⟦Göàlš ñöw···⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/ReviewExport.cpp" line="176" />
            <source>Exported from Rebound.</source>
            <translation>⟦Éxpörtéd fröm Réböûñd.········⟧</translation>
        </message>
    </context>
    <context>
        <name>ReviewFollowUpEditor</name>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="22" />
            <source>None: a goal of its own</source>
            <translation>⟦Ñöñé: à göàl öf îtš öwñ·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="51" />
            <source>Name the goal.</source>
            <translation>⟦Ñàmé thé göàl.·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="59" />
            <source>There is no open goal to change.</source>
            <translation>⟦Théré îš ñö öpéñ göàl tö çhàñgé.············⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="66" />
            <source>Name the action and the skill it builds.</source>
            <translation>⟦Ñàmé thé àçtîöñ àñd thé škîll ît bûîldš.················⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="78" />
            <source>Follow-up</source>
            <translation>⟦Föllöw-ûp···⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="89" />
            <source>When you finish the review, this becomes…</source>
            <translation>⟦Whéñ ýöû fîñîšh thé révîéw, thîš béçöméš…················⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="98" />
            <source>Kind of follow-up</source>
            <translation>⟦Kîñd öf föllöw-ûp······⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="112" />
            <source>The goal, e.g. Try product analytics roles</source>
            <translation>⟦Thé göàl, é.g. Trý prödûçt àñàlýtîçš röléš················⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="112" />
            <source>The action, e.g. Two mock interviews with Sam</source>
            <translation>⟦Thé àçtîöñ, é.g. Twö möçk îñtérvîéwš wîth Šàm··················⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="115" />
            <source>Goal</source>
            <translation>⟦Göàl·⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="115" />
            <source>Action</source>
            <translation>⟦Àçtîöñ··⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="120" />
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="128" />
            <source>Kind of goal</source>
            <translation>⟦Kîñd öf göàl····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="135" />
            <source>An alternative path to (optional)</source>
            <translation>⟦Àñ àltérñàtîvé pàth tö (öptîöñàl)·············⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="144" />
            <source>An alternative path to</source>
            <translation>⟦Àñ àltérñàtîvé pàth tö········⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="149" />
            <source>Which goal</source>
            <translation>⟦Whîçh göàl····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="149" />
            <source>You have no open goals yet: add one on the Goals page, or plan a new goal here.</source>
            <translation>⟦Ýöû hàvé ñö öpéñ göàlš ýét: àdd öñé öñ thé Göàlš pàgé, ör plàñ à ñéw göàl héré.·······························⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="158" />
            <source>Goal to change</source>
            <translation>⟦Göàl tö çhàñgé·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="163" />
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="171" />
            <source>New status</source>
            <translation>⟦Ñéw štàtûš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="178" />
            <source>Skill it builds</source>
            <translation>⟦Škîll ît bûîldš······⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="188" />
            <source>Skill</source>
            <translation>⟦Škîll··⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="195" />
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="203" />
            <source>Kind of action</source>
            <translation>⟦Kîñd öf àçtîöñ·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="226" />
            <source>Remove</source>
            <translation>⟦Rémövé··⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="227" />
            <source>Remove the follow-up</source>
            <translation>⟦Rémövé thé föllöw-ûp········⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="238" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="245" />
            <source>Save</source>
            <translation>⟦Šàvé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="246" />
            <source>Save the follow-up</source>
            <translation>⟦Šàvé thé föllöw-ûp·······⟧</translation>
        </message>
    </context>
    <context>
        <name>ReviewProgress</name>
        <message>
            <location filename="../qml/reviews/ReviewProgress.qml" line="12" />
            <source>%1 of %2 answered</source>
            <translation>⟦%1 öf %2 àñšwéréd······⟧</translation>
        </message>
    </context>
    <context>
        <name>ReviewQuestion</name>
        <message>
            <location filename="../qml/reviews/ReviewQuestion.qml" line="76" />
            <source>Question %1 of %2: %3</source>
            <translation>⟦Qûéštîöñ %1 öf %2: %3········⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewQuestion.qml" line="133" />
            <source>Your answer</source>
            <translation>⟦Ýöûr àñšwér····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewQuestion.qml" line="143" />
            <source>Changed: last time you said %1</source>
            <translation>⟦Çhàñgéd: làšt tîmé ýöû šàîd %1············⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewQuestion.qml" line="143" />
            <source>Last time: %1</source>
            <translation>⟦Làšt tîmé: %1·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewQuestion.qml" line="156" />
            <source>A note for yourself (optional)</source>
            <translation>⟦À ñöté för ýöûršélf (öptîöñàl)············⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewQuestion.qml" line="160" />
            <source>Note</source>
            <translation>⟦Ñöté·⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewQuestion.qml" line="190" />
            <source>Change</source>
            <translation>⟦Çhàñgé··⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewQuestion.qml" line="191" />
            <source>Change the follow-up</source>
            <translation>⟦Çhàñgé thé föllöw-ûp········⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewQuestion.qml" line="199" />
            <source>+ Plan a follow-up</source>
            <translation>⟦+ Plàñ à föllöw-ûp·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewQuestion.qml" line="200" />
            <source>Plan a follow-up: a goal change or a skills action</source>
            <translation>⟦Plàñ à föllöw-ûp: à göàl çhàñgé ör à škîllš àçtîöñ····················⟧</translation>
        </message>
    </context>
    <context>
        <name>ReviewResult</name>
        <message>
            <location filename="../qml/reviews/ReviewResult.qml" line="26" />
            <source>Finished review: %1</source>
            <translation>⟦Fîñîšhéd révîéw: %1·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewResult.qml" line="44" />
            <source>%1. %2</source>
            <translation>⟦%1. %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewResult.qml" line="62" />
            <source>Skipped</source>
            <translation>⟦Škîppéd··⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewResult.qml" line="73" />
            <source>Changed: last time %1</source>
            <translation>⟦Çhàñgéd: làšt tîmé %1········⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewResult.qml" line="142" />
            <source>All reviews</source>
            <translation>⟦Àll révîéwš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewResult.qml" line="173" />
            <source>Delete this review</source>
            <translation>⟦Délété thîš révîéw·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewResult.qml" line="184" />
            <source>Export as Markdown…</source>
            <translation>⟦Éxpört àš Màrkdöwñ…·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewResult.qml" line="186" />
            <source>Writes a file to share with a coach or mentor. The file is not encrypted.</source>
            <translation>⟦Wrîtéš à fîlé tö šhàré wîth à çöàçh ör méñtör. Thé fîlé îš ñöt éñçrýptéd.·····························⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewResult.qml" line="191" />
            <source>Copy</source>
            <translation>⟦Çöpý·⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewResult.qml" line="192" />
            <source>Copy as Markdown</source>
            <translation>⟦Çöpý àš Màrkdöwñ······⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewResult.qml" line="213" />
            <source>What changed since the last review</source>
            <translation>⟦Whàt çhàñgéd šîñçé thé làšt révîéw·············⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewResult.qml" line="239" />
            <source>Your answers</source>
            <translation>⟦Ýöûr àñšwérš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewResult.qml" line="261" />
            <source>Summary</source>
            <translation>⟦Šûmmàrý··⟧</translation>
        </message>
    </context>
    <context>
        <name>ReviewStepper</name>
        <message>
            <location filename="../qml/reviews/ReviewStepper.qml" line="56" />
            <source>Review: %1</source>
            <translation>⟦Révîéw: %1····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewStepper.qml" line="75" />
            <source>All reviews</source>
            <translation>⟦Àll révîéwš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewStepper.qml" line="112" />
            <source>Before you start · %1 questions</source>
            <translation>⟦Béföré ýöû štàrt · %1 qûéštîöñš············⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewStepper.qml" line="112" />
            <source>Question %1 of %2 · %3 answered</source>
            <translation>⟦Qûéštîöñ %1 öf %2 · %3 àñšwéréd············⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewStepper.qml" line="112" />
            <source>Sum up and finish · %1 of %2 answered</source>
            <translation>⟦Šûm ûp àñd fîñîšh · %1 öf %2 àñšwéréd··············⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewStepper.qml" line="148" />
            <source>Where you stand</source>
            <translation>⟦Whéré ýöû štàñd······⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewStepper.qml" line="184" />
            <location filename="../qml/reviews/ReviewStepper.qml" line="300" />
            <source>Sum up</source>
            <translation>⟦Šûm ûp··⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewStepper.qml" line="194" />
            <source>Every question has an answer. Well done for taking the time.</source>
            <translation>⟦Évérý qûéštîöñ hàš àñ àñšwér. Wéll döñé för tàkîñg thé tîmé.························⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewStepper.qml" line="194" />
            <source>%1 of %2 questions have an answer. You can finish now or go back to the others.</source>
            <translation>⟦%1 öf %2 qûéštîöñš hàvé àñ àñšwér. Ýöû çàñ fîñîšh ñöw ör gö bàçk tö thé öthérš.·······························⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewStepper.qml" line="233" />
            <source>Anything else? A few lines for your future self (optional)</source>
            <translation>⟦Àñýthîñg élšé? À féw lîñéš för ýöûr fûtûré šélf (öptîöñàl)·······················⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewStepper.qml" line="237" />
            <source>Summary</source>
            <translation>⟦Šûmmàrý··⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewStepper.qml" line="248" />
            <source>Finish the review</source>
            <translation>⟦Fîñîšh thé révîéw······⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewStepper.qml" line="250" />
            <source>Applies the planned follow-ups; the review can then be read and exported but not changed.</source>
            <translation>⟦Àpplîéš thé plàññéd föllöw-ûpš; thé révîéw çàñ théñ bé réàd àñd éxpörtéd bût ñöt çhàñgéd.···································⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewStepper.qml" line="288" />
            <source>Back</source>
            <translation>⟦Bàçk·⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewStepper.qml" line="289" />
            <source>Previous step</source>
            <translation>⟦Prévîöûš štép·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewStepper.qml" line="300" />
            <source>Start</source>
            <translation>⟦Štàrt··⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewStepper.qml" line="300" />
            <source>Next</source>
            <translation>⟦Ñéxt·⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewStepper.qml" line="301" />
            <source>Start with the first question</source>
            <translation>⟦Štàrt wîth thé fîršt qûéštîöñ···········⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewStepper.qml" line="301" />
            <source>Next step</source>
            <translation>⟦Ñéxt štép···⟧</translation>
        </message>
    </context>
    <context>
        <name>ReviewWorkspace</name>
        <message>
            <location filename="../qml/reviews/ReviewWorkspace.qml" line="42" />
            <source>Review: %1</source>
            <translation>⟦Révîéw: %1····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewWorkspace.qml" line="73" />
            <source>All reviews</source>
            <translation>⟦Àll révîéwš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewWorkspace.qml" line="107" />
            <source>Take each question in turn: yes, no or unsure is enough. Add a note where it helps, and plan a follow-up where something should change.</source>
            <translation>⟦Tàké éàçh qûéštîöñ îñ tûrñ: ýéš, ñö ör ûñšûré îš éñöûgh. Àdd à ñöté whéré ît hélpš, àñd plàñ à föllöw-ûp whéré šöméthîñg šhöûld çhàñgé.······················································⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewWorkspace.qml" line="155" />
            <source>Anything else?</source>
            <translation>⟦Àñýthîñg élšé?·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewWorkspace.qml" line="163" />
            <source>A few lines for your future self, or for a coach: what you take from this review.</source>
            <translation>⟦À féw lîñéš för ýöûr fûtûré šélf, ör för à çöàçh: whàt ýöû tàké fröm thîš révîéw.································⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewWorkspace.qml" line="174" />
            <source>Summary (optional)</source>
            <translation>⟦Šûmmàrý (öptîöñàl)·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewWorkspace.qml" line="178" />
            <source>Summary</source>
            <translation>⟦Šûmmàrý··⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewWorkspace.qml" line="223" />
            <source>Finish the review</source>
            <translation>⟦Fîñîšh thé révîéw······⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewWorkspace.qml" line="223" />
            <source>Finish now</source>
            <translation>⟦Fîñîšh ñöw····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewWorkspace.qml" line="225" />
            <source>Applies the planned follow-ups; the review can then be read and exported but not changed.</source>
            <translation>⟦Àpplîéš thé plàññéd föllöw-ûpš; thé révîéw çàñ théñ bé réàd àñd éxpörtéd bût ñöt çhàñgéd.···································⟧</translation>
        </message>
    </context>
    <context>
        <name>ReviewsView</name>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="66" />
            <source>Review deleted</source>
            <translation>⟦Révîéw délétéd·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="66" />
            <source>Undo</source>
            <translation>⟦Ûñdö·⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="180" />
            <source>A good moment to step back</source>
            <translation>⟦À gööd möméñt tö štép bàçk··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="198" />
            <source>Resume your review</source>
            <translation>⟦Réšûmé ýöûr révîéw·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="198" />
            <location filename="../qml/reviews/ReviewsView.qml" line="288" />
            <source>Start a review</source>
            <translation>⟦Štàrt à révîéw·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="210" />
            <source>Checklists</source>
            <translation>⟦Çhéçklîštš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="215" />
            <source>New checklist</source>
            <translation>⟦Ñéw çhéçklîšt·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="223" />
            <source>A review walks one checklist, question by question. Edit the questions so they are yours; keep several for different moments.</source>
            <translation>⟦À révîéw wàlkš öñé çhéçklîšt, qûéštîöñ bý qûéštîöñ. Édît thé qûéštîöñš šö théý àré ýöûrš; kéép šévéràl för dîfféréñt möméñtš.··················································⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="265" />
            <location filename="../qml/reviews/ReviewsView.qml" line="369" />
            <source>In progress</source>
            <translation>⟦Îñ prögréšš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="265" />
            <source>Due</source>
            <translation>⟦Dûé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="275" />
            <source>1 question</source>
            <translation>⟦1 qûéštîöñ····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="275" />
            <source>%1 questions</source>
            <translation>⟦%1 qûéštîöñš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="275" />
            <location filename="../qml/reviews/ReviewsView.qml" line="360" />
            <source> · </source>
            <translation>⟦ · ·⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="288" />
            <source>Resume</source>
            <translation>⟦Réšûmé··⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="289" />
            <source>Resume the review of %1</source>
            <translation>⟦Réšûmé thé révîéw öf %1·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="289" />
            <source>Start a review of %1</source>
            <translation>⟦Štàrt à révîéw öf %1········⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="300" />
            <source>Edit</source>
            <translation>⟦Édît·⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="301" />
            <source>Edit the checklist %1</source>
            <translation>⟦Édît thé çhéçklîšt %1········⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="309" />
            <source>History</source>
            <translation>⟦Hîštörý··⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="315" />
            <source>Finished reviews are kept here, each with what changed since the one before.</source>
            <translation>⟦Fîñîšhéd révîéwš àré képt héré, éàçh wîth whàt çhàñgéd šîñçé thé öñé béföré.······························⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="332" />
            <source>%1, %2</source>
            <translation>⟦%1, %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="360" />
            <source>%1 of %2 answered</source>
            <translation>⟦%1 öf %2 àñšwéréd······⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="360" />
            <source>1 answer changed</source>
            <translation>⟦1 àñšwér çhàñgéd······⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="360" />
            <source>%1 answers changed</source>
            <translation>⟦%1 àñšwérš çhàñgéd·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="378" />
            <source>Delete the review of %1, %2</source>
            <translation>⟦Délété thé révîéw öf %1, %2··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="432" />
            <source>Copied as Markdown. It stays on the clipboard, outside the vault, until you copy something else.</source>
            <translation>⟦Çöpîéd àš Màrkdöwñ. Ît štàýš öñ thé çlîpböàrd, öûtšîdé thé vàûlt, ûñtîl ýöû çöpý šöméthîñg élšé.······································⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="448" />
            <source>Export the review as Markdown</source>
            <translation>⟦Éxpört thé révîéw àš Màrkdöwñ···········⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="451" />
            <source>Markdown files (*.md)</source>
            <translation>⟦Màrkdöwñ fîléš (*.md)········⟧</translation>
        </message>
        <message>
            <location filename="../qml/reviews/ReviewsView.qml" line="454" />
            <source>Review exported (the file is not encrypted)</source>
            <translation>⟦Révîéw éxpörtéd (thé fîlé îš ñöt éñçrýptéd)·················⟧</translation>
        </message>
    </context>
    <context>
        <name>SearchFilters</name>
        <message>
            <location filename="../qml/journal/SearchFilters.qml" line="19" />
            <source>Any time</source>
            <translation>⟦Àñý tîmé···⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/SearchFilters.qml" line="22" />
            <source>Last 7 days</source>
            <translation>⟦Làšt 7 dàýš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/SearchFilters.qml" line="25" />
            <source>Last 30 days</source>
            <translation>⟦Làšt 30 dàýš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/SearchFilters.qml" line="28" />
            <source>This year</source>
            <translation>⟦Thîš ýéàr···⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/SearchFilters.qml" line="60" />
            <source>Search filters</source>
            <translation>⟦Šéàrçh fîltérš·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/SearchFilters.qml" line="80" />
            <source>Feeling</source>
            <translation>⟦Féélîñg··⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/SearchFilters.qml" line="110" />
            <source>Tag</source>
            <translation>⟦Tàg·⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/SearchFilters.qml" line="140" />
            <source>Date</source>
            <translation>⟦Dàté·⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/SearchFilters.qml" line="169" />
            <source>Clear filters</source>
            <translation>⟦Çléàr fîltérš·····⟧</translation>
        </message>
    </context>
    <context>
        <name>SearchResultCard</name>
        <message>
            <location filename="../qml/journal/SearchResultCard.qml" line="26" />
            <source>%1, %2. %3</source>
            <translation>⟦%1, %2. %3····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/SearchResultCard.qml" line="27" />
            <source>Opens the entry</source>
            <translation>⟦Öpéñš thé éñtrý······⟧</translation>
        </message>
    </context>
    <context>
        <name>SearchView</name>
        <message>
            <location filename="../qml/journal/SearchView.qml" line="50" />
            <location filename="../qml/journal/SearchView.qml" line="226" />
            <source>Search your journal</source>
            <translation>⟦Šéàrçh ýöûr jöûrñàl·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/SearchView.qml" line="57" />
            <source>Search text</source>
            <translation>⟦Šéàrçh téxt····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/SearchView.qml" line="92" />
            <source>Clear search text</source>
            <translation>⟦Çléàr šéàrçh téxt······⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/SearchView.qml" line="105" />
            <source>Hide filters</source>
            <translation>⟦Hîdé fîltérš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/SearchView.qml" line="105" />
            <source>Filters, %1 on</source>
            <translation>⟦Fîltérš, %1 öñ·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/SearchView.qml" line="105" />
            <source>Show filters</source>
            <translation>⟦Šhöw fîltérš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/SearchView.qml" line="171" />
            <source>1 entry</source>
            <translation>⟦1 éñtrý··⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/SearchView.qml" line="171" />
            <source>%1 entries</source>
            <translation>⟦%1 éñtrîéš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/SearchView.qml" line="226" />
            <source>No entries match</source>
            <translation>⟦Ñö éñtrîéš màtçh······⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/SearchView.qml" line="227" />
            <source>Try fewer words, or clear a filter.</source>
            <translation>⟦Trý féwér wördš, ör çléàr à fîltér.··············⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/SearchView.qml" line="227" />
            <source>Try fewer or shorter words: "feed" also finds "feedback".</source>
            <translation>⟦Trý féwér ör šhörtér wördš: "fééd" àlšö fîñdš "féédbàçk".······················⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/SearchView.qml" line="227" />
            <source>Find entries by words, tags, mood, feeling or date. Words match as you type.</source>
            <translation>⟦Fîñd éñtrîéš bý wördš, tàgš, mööd, féélîñg ör dàté. Wördš màtçh àš ýöû týpé.······························⟧</translation>
        </message>
    </context>
    <context>
        <name>SecuritySection</name>
        <message>
            <location filename="../qml/settings/SecuritySection.qml" line="17" />
            <source>Never</source>
            <translation>⟦Ñévér··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SecuritySection.qml" line="19" />
            <source>After 1 minute</source>
            <translation>⟦Àftér 1 mîñûté·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SecuritySection.qml" line="21" />
            <source>After 1 hour</source>
            <translation>⟦Àftér 1 höûr····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SecuritySection.qml" line="23" />
            <source>After %1 hours</source>
            <translation>⟦Àftér %1 höûrš·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SecuritySection.qml" line="24" />
            <source>After %1 minutes</source>
            <translation>⟦Àftér %1 mîñûtéš······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SecuritySection.qml" line="27" />
            <source>Security</source>
            <translation>⟦Šéçûrîtý···⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SecuritySection.qml" line="32" />
            <source>Lock automatically</source>
            <translation>⟦Löçk àûtömàtîçàllý·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SecuritySection.qml" line="34" />
            <source>When Rebound has not been used for a while.</source>
            <translation>⟦Whéñ Réböûñd hàš ñöt bééñ ûšéd för à whîlé.·················⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SecuritySection.qml" line="49" />
            <source>Lock automatically: %1</source>
            <translation>⟦Löçk àûtömàtîçàllý: %1········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SecuritySection.qml" line="56" />
            <location filename="../qml/settings/SecuritySection.qml" line="62" />
            <source>Remember on this device</source>
            <translation>⟦Rémémbér öñ thîš dévîçé·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SecuritySection.qml" line="57" />
            <source>Keeps the key in your system keyring so Rebound opens without typing. Your passphrase still works.</source>
            <translation>⟦Kéépš thé kéý îñ ýöûr šýštém kéýrîñg šö Réböûñd öpéñš wîthöût týpîñg. Ýöûr pàššphràšé štîll wörkš.·······································⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SecuritySection.qml" line="69" />
            <source>Passphrase</source>
            <translation>⟦Pàššphràšé····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SecuritySection.qml" line="70" />
            <source>Choose a new passphrase. You will need the current one.</source>
            <translation>⟦Çhööšé à ñéw pàššphràšé. Ýöû wîll ñééd thé çûrréñt öñé.······················⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SecuritySection.qml" line="73" />
            <source>Change…</source>
            <translation>⟦Çhàñgé…··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SecuritySection.qml" line="74" />
            <source>Change passphrase</source>
            <translation>⟦Çhàñgé pàššphràšé······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SecuritySection.qml" line="81" />
            <location filename="../qml/settings/SecuritySection.qml" line="86" />
            <source>Lock now</source>
            <translation>⟦Löçk ñöw···⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SecuritySection.qml" line="82" />
            <source>Closes the vault until you enter your passphrase again.</source>
            <translation>⟦Çlöšéš thé vàûlt ûñtîl ýöû éñtér ýöûr pàššphràšé àgàîñ.······················⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SecuritySection.qml" line="85" />
            <source>Lock</source>
            <translation>⟦Löçk·⟧</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../qml/pages/SettingsPage.qml" line="52" />
            <source>Appearance</source>
            <translation>⟦Àppéàràñçé····⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/SettingsPage.qml" line="57" />
            <location filename="../qml/pages/SettingsPage.qml" line="62" />
            <source>Theme</source>
            <translation>⟦Thémé··⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/SettingsPage.qml" line="59" />
            <source>System follows your device's light or dark setting.</source>
            <translation>⟦Šýštém föllöwš ýöûr dévîçé'š lîght ör dàrk šéttîñg.····················⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/SettingsPage.qml" line="66" />
            <source>System</source>
            <translation>⟦Šýštém··⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/SettingsPage.qml" line="69" />
            <source>Light</source>
            <translation>⟦Lîght··⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/SettingsPage.qml" line="72" />
            <source>Dark</source>
            <translation>⟦Dàrk·⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/SettingsPage.qml" line="80" />
            <source>Language</source>
            <translation>⟦Làñgûàgé···⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/SettingsPage.qml" line="82" />
            <source>Texts, dates and numbers. System follows your device's language.</source>
            <translation>⟦Téxtš, dàtéš àñd ñûmbérš. Šýštém föllöwš ýöûr dévîçé'š làñgûàgé.·························⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/SettingsPage.qml" line="92" />
            <source>Language: %1</source>
            <translation>⟦Làñgûàgé: %1····⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/SettingsPage.qml" line="161" />
            <source>Passphrase changed</source>
            <translation>⟦Pàššphràšé çhàñgéd·······⟧</translation>
        </message>
    </context>
    <context>
        <name>ShellHeader</name>
        <message>
            <location filename="../qml/shell/ShellHeader.qml" line="37" />
            <source>Back</source>
            <translation>⟦Bàçk·⟧</translation>
        </message>
        <message>
            <location filename="../qml/shell/ShellHeader.qml" line="61" />
            <source>Settings</source>
            <translation>⟦Šéttîñgš···⟧</translation>
        </message>
        <message>
            <location filename="../qml/shell/ShellHeader.qml" line="68" />
            <source>Lock</source>
            <translation>⟦Löçk·⟧</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <location filename="../qml/shell/Sidebar.qml" line="22" />
            <source>Main navigation</source>
            <translation>⟦Màîñ ñàvîgàtîöñ······⟧</translation>
        </message>
        <message>
            <location filename="../qml/shell/Sidebar.qml" line="48" />
            <source>Rebound</source>
            <translation>⟦Réböûñd··⟧</translation>
        </message>
        <message>
            <location filename="../qml/shell/Sidebar.qml" line="93" />
            <source>Lock</source>
            <translation>⟦Löçk·⟧</translation>
        </message>
        <message>
            <location filename="../qml/shell/Sidebar.qml" line="97" />
            <source>Locks the vault; your passphrase is needed to open it again.</source>
            <translation>⟦Löçkš thé vàûlt; ýöûr pàššphràšé îš ñéédéd tö öpéñ ît àgàîñ.························⟧</translation>
        </message>
    </context>
    <context>
        <name>SkillChip</name>
        <message>
            <location filename="../qml/jobs/SkillChip.qml" line="20" />
            <source>Strength: %1</source>
            <translation>⟦Štréñgth: %1····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillChip.qml" line="20" />
            <source>To work on: %1</source>
            <translation>⟦Tö wörk öñ: %1·····⟧</translation>
        </message>
    </context>
    <context>
        <name>SkillSuggestions</name>
        <message>
            <location filename="../qml/jobs/SkillSuggestions.qml" line="25" />
            <source>Suggestions</source>
            <translation>⟦Šûggéštîöñš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillSuggestions.qml" line="36" />
            <source>Add %1</source>
            <translation>⟦Àdd %1··⟧</translation>
        </message>
    </context>
    <context>
        <name>SkillsActionEditor</name>
        <message>
            <location filename="../qml/jobs/SkillsActionEditor.qml" line="39" />
            <source>Edit action</source>
            <translation>⟦Édît àçtîöñ····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsActionEditor.qml" line="39" />
            <source>New action</source>
            <translation>⟦Ñéw àçtîöñ····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsActionEditor.qml" line="50" />
            <source>Kind of action</source>
            <translation>⟦Kîñd öf àçtîöñ·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsActionEditor.qml" line="57" />
            <source>What exactly? e.g. Two mock interviews with Sam</source>
            <translation>⟦Whàt éxàçtlý? é.g. Twö möçk îñtérvîéwš wîth Šàm··················⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsActionEditor.qml" line="60" />
            <source>Action</source>
            <translation>⟦Àçtîöñ··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsActionEditor.qml" line="69" />
            <source>Due by</source>
            <translation>⟦Dûé bý··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsActionEditor.qml" line="84" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsActionEditor.qml" line="92" />
            <source>Save</source>
            <translation>⟦Šàvé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsActionEditor.qml" line="92" />
            <source>Add</source>
            <translation>⟦Àdd·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsActionEditor.qml" line="93" />
            <source>Save action</source>
            <translation>⟦Šàvé àçtîöñ····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsActionEditor.qml" line="93" />
            <source>Add action</source>
            <translation>⟦Àdd àçtîöñ····⟧</translation>
        </message>
    </context>
    <context>
        <name>SkillsActionRow</name>
        <message>
            <location filename="../qml/jobs/SkillsActionRow.qml" line="22" />
            <source>%1: %2</source>
            <translation>⟦%1: %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsActionRow.qml" line="44" />
            <source>overdue since %1</source>
            <translation>⟦övérdûé šîñçé %1······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsActionRow.qml" line="44" />
            <source>due %1</source>
            <translation>⟦dûé %1··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsActionRow.qml" line="54" />
            <source>Edit %1</source>
            <translation>⟦Édît %1··⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsActionRow.qml" line="61" />
            <source>Delete %1</source>
            <translation>⟦Délété %1···⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsActionRow.qml" line="68" />
            <source>Status of %1</source>
            <translation>⟦Štàtûš öf %1····⟧</translation>
        </message>
    </context>
    <context>
        <name>SkillsPlanContent</name>
        <message>
            <location filename="../qml/jobs/SkillsPlanContent.qml" line="49" />
            <source>Your skills plan grows from feedback</source>
            <translation>⟦Ýöûr škîllš plàñ gröwš fröm féédbàçk··············⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanContent.qml" line="50" />
            <source>When you log feedback on an application or an interview, tag what it says you're strong at and what you could build. Rebound gathers every piece here and ranks it, so you know how to pitch your strengths and what to practise next.</source>
            <translation>⟦Whéñ ýöû lög féédbàçk öñ àñ àpplîçàtîöñ ör àñ îñtérvîéw, tàg whàt ît šàýš ýöû'ré štröñg àt àñd whàt ýöû çöûld bûîld. Réböûñd gàthérš évérý pîéçé héré àñd ràñkš ît, šö ýöû kñöw höw tö pîtçh ýöûr štréñgthš àñd whàt tö pràçtîšé ñéxt.····························································································⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanContent.qml" line="51" />
            <source>You have one piece of feedback, but it names no skill yet.</source>
            <translation>⟦Ýöû hàvé öñé pîéçé öf féédbàçk, bût ît ñàméš ñö škîll ýét.·······················⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanContent.qml" line="51" />
            <source>You have %1 pieces of feedback, but none names a skill yet.</source>
            <translation>⟦Ýöû hàvé %1 pîéçéš öf féédbàçk, bût ñöñé ñàméš à škîll ýét.·······················⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanContent.qml" line="51" />
            <source>No feedback logged yet. A rejection is a good moment to ask for some.</source>
            <translation>⟦Ñö féédbàçk löggéd ýét. À réjéçtîöñ îš à gööd möméñt tö àšk för šömé.···························⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanContent.qml" line="61" />
            <source>From one piece of feedback</source>
            <translation>⟦Fröm öñé pîéçé öf féédbàçk··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanContent.qml" line="61" />
            <source>From %1 pieces of feedback</source>
            <translation>⟦Fröm %1 pîéçéš öf féédbàçk··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanContent.qml" line="61" />
            <source>1 open action</source>
            <translation>⟦1 öpéñ àçtîöñ·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanContent.qml" line="61" />
            <source>%1 open actions</source>
            <translation>⟦%1 öpéñ àçtîöñš······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanContent.qml" line="61" />
            <source>%1 overdue</source>
            <translation>⟦%1 övérdûé····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanContent.qml" line="70" />
            <source>Ranked by how often and how recently feedback names each skill: a mention counts half after %1 days.</source>
            <translation>⟦Ràñkéd bý höw öftéñ àñd höw réçéñtlý féédbàçk ñàméš éàçh škîll: à méñtîöñ çöûñtš hàlf àftér %1 dàýš.········································⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanContent.qml" line="100" />
            <source>What you're strong at</source>
            <translation>⟦Whàt ýöû'ré štröñg àt········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanContent.qml" line="111" />
            <source>No strengths named yet. When feedback praises something, tag it as a strength and write your pitch for it here.</source>
            <translation>⟦Ñö štréñgthš ñàméd ýét. Whéñ féédbàçk pràîšéš šöméthîñg, tàg ît àš à štréñgth àñd wrîté ýöûr pîtçh för ît héré.············································⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanContent.qml" line="133" />
            <source>My pitch</source>
            <translation>⟦Mý pîtçh···⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanContent.qml" line="147" />
            <source>A short story: what you did, and the result</source>
            <translation>⟦À šhört štörý: whàt ýöû dîd, àñd thé réšûlt·················⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanContent.qml" line="153" />
            <source>My pitch for %1</source>
            <translation>⟦Mý pîtçh för %1······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanContent.qml" line="167" />
            <source>Undo changes</source>
            <translation>⟦Ûñdö çhàñgéš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanContent.qml" line="168" />
            <source>Undo changes to the pitch</source>
            <translation>⟦Ûñdö çhàñgéš tö thé pîtçh··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanContent.qml" line="174" />
            <source>Save pitch</source>
            <translation>⟦Šàvé pîtçh····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanContent.qml" line="175" />
            <source>Save the pitch for %1</source>
            <translation>⟦Šàvé thé pîtçh för %1········⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanContent.qml" line="196" />
            <source>What to build next</source>
            <translation>⟦Whàt tö bûîld ñéxt·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanContent.qml" line="207" />
            <source>Nothing to build named yet. When feedback points at a gap, tag it and plan a course, a mock interview or some practice here.</source>
            <translation>⟦Ñöthîñg tö bûîld ñàméd ýét. Whéñ féédbàçk pöîñtš àt à gàp, tàg ît àñd plàñ à çöûršé, à möçk îñtérvîéw ör šömé pràçtîçé héré.·················································⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanContent.qml" line="231" />
            <source>No actions yet. A course, a mock interview, practice, a certification or some reading: pick one small step.</source>
            <translation>⟦Ñö àçtîöñš ýét. À çöûršé, à möçk îñtérvîéw, pràçtîçé, à çértîfîçàtîöñ ör šömé réàdîñg: pîçk öñé šmàll štép.··········································⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanContent.qml" line="267" />
            <source>Add an action</source>
            <translation>⟦Àdd àñ àçtîöñ·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanContent.qml" line="268" />
            <source>Add an action for %1</source>
            <translation>⟦Àdd àñ àçtîöñ för %1········⟧</translation>
        </message>
    </context>
    <context>
        <name>SkillsPlanView</name>
        <message>
            <location filename="../qml/jobs/SkillsPlanView.qml" line="45" />
            <source>Pitch saved</source>
            <translation>⟦Pîtçh šàvéd····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanView.qml" line="56" />
            <source>Action deleted</source>
            <translation>⟦Àçtîöñ délétéd·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsPlanView.qml" line="56" />
            <source>Undo</source>
            <translation>⟦Ûñdö·⟧</translation>
        </message>
    </context>
    <context>
        <name>SkillsSkillCard</name>
        <message>
            <location filename="../qml/jobs/SkillsSkillCard.qml" line="22" />
            <source>%1, number %2</source>
            <translation>⟦%1, ñûmbér %2·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsSkillCard.qml" line="62" />
            <source>Your own plan: not named in feedback yet</source>
            <translation>⟦Ýöûr öwñ plàñ: ñöt ñàméd îñ féédbàçk ýét················⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsSkillCard.qml" line="62" />
            <source>Named once</source>
            <translation>⟦Ñàméd öñçé····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsSkillCard.qml" line="62" />
            <source>Named %1 times</source>
            <translation>⟦Ñàméd %1 tîméš·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsSkillCard.qml" line="76" />
            <source>Skill name</source>
            <translation>⟦Škîll ñàmé····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsSkillCard.qml" line="87" />
            <source>Save the name</source>
            <translation>⟦Šàvé thé ñàmé·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/SkillsSkillCard.qml" line="87" />
            <source>Rename %1</source>
            <translation>⟦Réñàmé %1···⟧</translation>
        </message>
    </context>
    <context>
        <name>SnoozeDayDialog</name>
        <message>
            <location filename="../qml/people/SnoozeDayDialog.qml" line="32" />
            <source>Snooze %1</source>
            <translation>⟦Šñöözé %1···⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/SnoozeDayDialog.qml" line="40" />
            <source>The reminder comes back on the day you pick.</source>
            <translation>⟦Thé rémîñdér çöméš bàçk öñ thé dàý ýöû pîçk.·················⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/SnoozeDayDialog.qml" line="50" />
            <source>Until</source>
            <translation>⟦Ûñtîl··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/SnoozeDayDialog.qml" line="68" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/SnoozeDayDialog.qml" line="76" />
            <source>Snooze</source>
            <translation>⟦Šñöözé··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/SnoozeDayDialog.qml" line="77" />
            <source>Snooze until %1</source>
            <translation>⟦Šñöözé ûñtîl %1······⟧</translation>
        </message>
    </context>
    <context>
        <name>StageBadge</name>
        <message>
            <location filename="../qml/jobs/StageBadge.qml" line="21" />
            <source>Stage: %1</source>
            <translation>⟦Štàgé: %1···⟧</translation>
        </message>
    </context>
    <context>
        <name>StageMenu</name>
        <message>
            <location filename="../qml/jobs/StageMenu.qml" line="21" />
            <source>Move to %1</source>
            <translation>⟦Mövé tö %1····⟧</translation>
        </message>
    </context>
    <context>
        <name>StageTimeline</name>
        <message>
            <location filename="../qml/jobs/StageTimeline.qml" line="19" />
            <source>Stage history</source>
            <translation>⟦Štàgé hîštörý·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/StageTimeline.qml" line="35" />
            <source>, </source>
            <translation>⟦, ·⟧</translation>
        </message>
        <message>
            <location filename="../qml/jobs/StageTimeline.qml" line="93" />
            <source>Remove the step %1</source>
            <translation>⟦Rémövé thé štép %1·······⟧</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <location filename="../backend/storage/AtomicFile.cpp" line="22" />
            <source>The disk is full. Nothing was changed.</source>
            <translation>⟦Thé dîšk îš fûll. Ñöthîñg wàš çhàñgéd.···············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/AtomicFile.cpp" line="24" />
            <source>Could not write %1 (%2).</source>
            <translation>⟦Çöûld ñöt wrîté %1 (%2).·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="487" />
            <source>This vault was written by a newer version of Rebound (schema %1; this version knows up to %2). Please update the app.</source>
            <translation>⟦Thîš vàûlt wàš wrîttéñ bý à ñéwér véršîöñ öf Réböûñd (šçhémà %1; thîš véršîöñ kñöwš ûp tö %2). Pléàšé ûpdàté thé àpp.··············································⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="500" />
            <source>The vault is busy in another window or process; close it and try again (it needs upgrading).</source>
            <translation>⟦Thé vàûlt îš bûšý îñ àñöthér wîñdöw ör pröçéšš; çlöšé ît àñd trý àgàîñ (ît ñéédš ûpgràdîñg).····································⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Migrations.cpp" line="510" />
            <source>Could not back up the vault before upgrading it.</source>
            <translation>⟦Çöûld ñöt bàçk ûp thé vàûlt béföré ûpgràdîñg ît.···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Sqlite.cpp" line="209" />
            <source>The disk is full. Nothing was saved; free some space and try again.</source>
            <translation>⟦Thé dîšk îš fûll. Ñöthîñg wàš šàvéd; fréé šömé špàçé àñd trý àgàîñ.··························⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Sqlite.cpp" line="213" />
            <source>The vault database is damaged or was not written by Rebound.</source>
            <translation>⟦Thé vàûlt dàtàbàšé îš dàmàgéd ör wàš ñöt wrîttéñ bý Réböûñd.························⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Sqlite.cpp" line="218" />
            <source>The vault could not be read or written (%1).</source>
            <translation>⟦Thé vàûlt çöûld ñöt bé réàd ör wrîttéñ (%1).·················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Sqlite.cpp" line="220" />
            <source>The data was refused by the vault (%1).</source>
            <translation>⟦Thé dàtà wàš réfûšéd bý thé vàûlt (%1).···············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Sqlite.cpp" line="222" />
            <source>A storage error occurred (%1).</source>
            <translation>⟦À štöràgé érrör öççûrréd (%1).············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Sqlite.cpp" line="321" />
            <source>The database key has the wrong size.</source>
            <translation>⟦Thé dàtàbàšé kéý hàš thé wröñg šîzé.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Sqlite.cpp" line="362" />
            <source>The vault could not switch to write-ahead logging.</source>
            <translation>⟦Thé vàûlt çöûld ñöt šwîtçh tö wrîté-àhéàd löggîñg.····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Sqlite.cpp" line="369" />
            <source>The vault database did not accept its security settings.</source>
            <translation>⟦Thé vàûlt dàtàbàšé dîd ñöt àççépt îtš šéçûrîtý šéttîñgš.······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Store.cpp" line="27" />
            <source>The vault database has no device identity.</source>
            <translation>⟦Thé vàûlt dàtàbàšé hàš ñö dévîçé îdéñtîtý.················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Store.cpp" line="109" />
            <location filename="../backend/storage/Store.cpp" line="122" />
            <source>That record no longer exists.</source>
            <translation>⟦Thàt réçörd ñö löñgér éxîštš.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Store.cpp" line="142" />
            <source>There is nothing deleted to bring back.</source>
            <translation>⟦Théré îš ñöthîñg délétéd tö brîñg bàçk.···············⟧</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <location filename="../qml/components/StrengthMeter.qml" line="23" />
            <source>Passphrase strength</source>
            <translation>⟦Pàššphràšé štréñgth·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/components/StrengthMeter.qml" line="23" />
            <source>Passphrase strength: %1</source>
            <translation>⟦Pàššphràšé štréñgth: %1·········⟧</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../backend/storage/SyncRepository.cpp" line="550" />
            <source>That earlier version is no longer kept.</source>
            <translation>⟦Thàt éàrlîér véršîöñ îš ñö löñgér képt.···············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/SyncRepository.cpp" line="556" />
            <source>That earlier version belongs to something this version of Rebound cannot show.</source>
            <translation>⟦Thàt éàrlîér véršîöñ bélöñgš tö šöméthîñg thîš véršîöñ öf Réböûñd çàññöt šhöw.·······························⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/SyncRepository.cpp" line="567" />
            <source>What this earlier version belongs to was deleted, so it cannot be restored.</source>
            <translation>⟦Whàt thîš éàrlîér véršîöñ bélöñgš tö wàš délétéd, šö ît çàññöt bé réštöréd.······························⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/Bytes.h" line="14" />
            <source>Sync data is damaged or was altered (%1).</source>
            <translation>⟦Šýñç dàtà îš dàmàgéd ör wàš àltéréd (%1).················⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/FolderStore.cpp" line="32" />
            <source>The disk of the sync folder is full: %1 was not written. Free some space, then sync again.</source>
            <translation>⟦Thé dîšk öf thé šýñç földér îš fûll: %1 wàš ñöt wrîttéñ. Fréé šömé špàçé, théñ šýñç àgàîñ.····································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/FolderStore.cpp" line="35" />
            <source>Could not use %1 in the sync folder (%2).</source>
            <translation>⟦Çöûld ñöt ûšé %1 îñ thé šýñç földér (%2).················⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/FolderStore.cpp" line="62" />
            <source>The folder for %1 is missing in the sync folder.</source>
            <translation>⟦Thé földér för %1 îš mîššîñg îñ thé šýñç földér.···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/FolderStore.cpp" line="123" />
            <source>Refused the sync path "%1": it must stay inside the sync folder.</source>
            <translation>⟦Réfûšéd thé šýñç pàth "%1": ît mûšt štàý îñšîdé thé šýñç földér.·························⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/FolderStore.cpp" line="144" />
            <location filename="../backend/sync/FolderStore.cpp" line="149" />
            <source>Could not read %1 in the sync folder (%2).</source>
            <translation>⟦Çöûld ñöt réàd %1 îñ thé šýñç földér (%2).················⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/FolderStore.cpp" line="250" />
            <source>Could not create the folder %1 in the sync folder.</source>
            <translation>⟦Çöûld ñöt çréàté thé földér %1 îñ thé šýñç földér.····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/FolderStore.cpp" line="259" />
            <source>Could not delete %1 in the sync folder.</source>
            <translation>⟦Çöûld ñöt délété %1 îñ thé šýñç földér.···············⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="57" />
            <location filename="../backend/sync/SyncService.cpp" line="176" />
            <location filename="../backend/sync/SyncService.cpp" line="188" />
            <location filename="../backend/sync/SyncService.cpp" line="197" />
            <location filename="../backend/sync/SyncService.cpp" line="209" />
            <location filename="../backend/ui/SyncWorker.cpp" line="90" />
            <source>Sync is not set up on this device.</source>
            <translation>⟦Šýñç îš ñöt šét ûp öñ thîš dévîçé.·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="144" />
            <source>Sync was stopped. It picks up where it left off next time.</source>
            <translation>⟦Šýñç wàš štöppéd. Ît pîçkš ûp whéré ît léft öff ñéxt tîmé.·······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="152" />
            <source>The sync header changed on the server meanwhile (another device?). Sync, then try again.</source>
            <translation>⟦Thé šýñç héàdér çhàñgéd öñ thé šérvér méàñwhîlé (àñöthér dévîçé?). Šýñç, théñ trý àgàîñ.···································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="174" />
            <source>There is already a Rebound sync in this folder. Join it instead, or choose an empty folder.</source>
            <translation>⟦Théré îš àlréàdý à Réböûñd šýñç îñ thîš földér. Jöîñ ît îñštéàd, ör çhööšé àñ émptý földér.····································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="184" />
            <source>Another device set up sync in this folder at the same moment. Join it instead.</source>
            <translation>⟦Àñöthér dévîçé šét ûp šýñç îñ thîš földér àt thé šàmé möméñt. Jöîñ ît îñštéàd.·······························⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="209" />
            <source>There is no Rebound sync in this folder yet. Set one up instead.</source>
            <translation>⟦Théré îš ñö Réböûñd šýñç îñ thîš földér ýét. Šét öñé ûp îñštéàd.·························⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="234" />
            <source>The sync header is missing from the server. If the folder was emptied on purpose, turn sync off and set it up again.</source>
            <translation>⟦Thé šýñç héàdér îš mîššîñg fröm thé šérvér. Îf thé földér wàš émptîéd öñ pûrpöšé, tûrñ šýñç öff àñd šét ît ûp àgàîñ.··············································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="240" />
            <location filename="../backend/sync/SyncEngine.cpp" line="760" />
            <source>The sync header is missing from the server.</source>
            <translation>⟦Thé šýñç héàdér îš mîššîñg fröm thé šérvér.·················⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="243" />
            <source>The folder on the server now holds a different sync. Nothing was changed here; check the server address.</source>
            <translation>⟦Thé földér öñ thé šérvér ñöw höldš à dîfféréñt šýñç. Ñöthîñg wàš çhàñgéd héré; çhéçk thé šérvér àddréšš.·········································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="252" />
            <location filename="../backend/sync/SyncEngine.cpp" line="281" />
            <source>The sync passphrase was changed on another device. Enter the new one to keep syncing.</source>
            <translation>⟦Thé šýñç pàššphràšé wàš çhàñgéd öñ àñöthér dévîçé. Éñtér thé ñéw öñé tö kéép šýñçîñg.··································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="257" />
            <source>The server holds an older copy of the sync header than this device has seen. It was refused; check the server's backups.</source>
            <translation>⟦Thé šérvér höldš àñ öldér çöpý öf thé šýñç héàdér thàñ thîš dévîçé hàš šééñ. Ît wàš réfûšéd; çhéçk thé šérvér'š bàçkûpš.················································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="261" />
            <source>The sync header on the server lost a key. It was refused.</source>
            <translation>⟦Thé šýñç héàdér öñ thé šérvér löšt à kéý. Ît wàš réfûšéd.······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="286" />
            <source>Checking the server</source>
            <translation>⟦Çhéçkîñg thé šérvér·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="289" />
            <source>The sync folder is gone from the server. If it was deleted on purpose, turn sync off and set it up again.</source>
            <translation>⟦Thé šýñç földér îš göñé fröm thé šérvér. Îf ît wàš délétéd öñ pûrpöšé, tûrñ šýñç öff àñd šét ît ûp àgàîñ.··········································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="308" />
            <source>Receiving the saved state</source>
            <translation>⟦Réçéîvîñg thé šàvéd štàté··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="331" />
            <source>Receiving changes</source>
            <translation>⟦Réçéîvîñg çhàñgéš······⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="353" />
            <source>another device</source>
            <translation>⟦àñöthér dévîçé·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="356" />
            <location filename="../backend/sync/SyncEngine.cpp" line="404" />
            <source>Changes from %1 are dated more than 5 minutes ahead of this device's clock, so they were not applied. Check the date and time on both devices.</source>
            <translation>⟦Çhàñgéš fröm %1 àré dàtéd möré thàñ 5 mîñûtéš àhéàd öf thîš dévîçé'š çlöçk, šö théý wéré ñöt àpplîéd. Çhéçk thé dàté àñd tîmé öñ böth dévîçéš.························································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="360" />
            <source>The server shows an older state of %1 than this device has already received (a rollback). Nothing was applied.</source>
            <translation>⟦Thé šérvér šhöwš àñ öldér štàté öf %1 thàñ thîš dévîçé hàš àlréàdý réçéîvéd (à röllbàçk). Ñöthîñg wàš àpplîéd.············································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="364" />
            <source>The history of %1 on the server does not match what this device received before. Nothing was applied.</source>
            <translation>⟦Thé hîštörý öf %1 öñ thé šérvér döéš ñöt màtçh whàt thîš dévîçé réçéîvéd béföré. Ñöthîñg wàš àpplîéd.········································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="386" />
            <location filename="../backend/sync/SyncEngine.cpp" line="416" />
            <source>The latest changes from %1 do not match its head on the server. Nothing more was applied.</source>
            <translation>⟦Thé làtéšt çhàñgéš fröm %1 dö ñöt màtçh îtš héàd öñ thé šérvér. Ñöthîñg möré wàš àpplîéd.···································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="393" />
            <source>A batch of changes from %1 is missing on the server (number %2 of %3). Nothing after it was applied.</source>
            <translation>⟦À bàtçh öf çhàñgéš fröm %1 îš mîššîñg öñ thé šérvér (ñûmbér %2 öf %3). Ñöthîñg àftér ît wàš àpplîéd.········································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="445" />
            <source>Another writer used this device's place on the server. Turn sync off on this device and join again.</source>
            <translation>⟦Àñöthér wrîtér ûšéd thîš dévîçé'š plàçé öñ thé šérvér. Tûrñ šýñç öff öñ thîš dévîçé àñd jöîñ àgàîñ.·······································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="450" />
            <source>The server said it saved the changes but did not keep them. Nothing was lost here; sync again later or check the server.</source>
            <translation>⟦Thé šérvér šàîd ît šàvéd thé çhàñgéš bût dîd ñöt kéép thém. Ñöthîñg wàš löšt héré; šýñç àgàîñ làtér ör çhéçk thé šérvér.················································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="456" />
            <source>Sending changes</source>
            <translation>⟦Šéñdîñg çhàñgéš······⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="591" />
            <source>Another writer changed this device's head on the server. Turn sync off on this device and join again.</source>
            <translation>⟦Àñöthér wrîtér çhàñgéd thîš dévîçé'š héàd öñ thé šérvér. Tûrñ šýñç öff öñ thîš dévîçé àñd jöîñ àgàîñ.········································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="651" />
            <source>A saved state on the server is mixed up from different parts. It was not applied.</source>
            <translation>⟦À šàvéd štàté öñ thé šérvér îš mîxéd ûp fröm dîfféréñt pàrtš. Ît wàš ñöt àpplîéd.································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="763" />
            <source>The folder on the server now holds a different sync.</source>
            <translation>⟦Thé földér öñ thé šérvér ñöw höldš à dîfféréñt šýñç.····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncEngine.cpp" line="767" />
            <source>The server holds an older copy of the sync header than this device has seen. It was refused.</source>
            <translation>⟦Thé šérvér höldš àñ öldér çöpý öf thé šýñç héàdér thàñ thîš dévîçé hàš šééñ. Ît wàš réfûšéd.····································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncFormat.cpp" line="265" />
            <source>This sync was written by a newer Rebound. Update the app on this device to keep syncing.</source>
            <translation>⟦Thîš šýñç wàš wrîttéñ bý à ñéwér Réböûñd. Ûpdàté thé àpp öñ thîš dévîçé tö kéép šýñçîñg.···································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncFormat.cpp" line="295" />
            <source>Sync data on the server failed its integrity check: it was altered, moved or replaced. Nothing from it was applied.</source>
            <translation>⟦Šýñç dàtà öñ thé šérvér fàîléd îtš îñtégrîtý çhéçk: ît wàš àltéréd, mövéd ör réplàçéd. Ñöthîñg fröm ît wàš àpplîéd.··············································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncKeys.cpp" line="50" />
            <source>That sync passphrase does not open this sync. If it was changed on another device, enter the new one.</source>
            <translation>⟦Thàt šýñç pàššphràšé döéš ñöt öpéñ thîš šýñç. Îf ît wàš çhàñgéd öñ àñöthér dévîçé, éñtér thé ñéw öñé.········································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncKeys.cpp" line="77" />
            <source>Sync data uses a key this device does not have. Sync again after the other device has finished.</source>
            <translation>⟦Šýñç dàtà ûšéš à kéý thîš dévîçé döéš ñöt hàvé. Šýñç àgàîñ àftér thé öthér dévîçé hàš fîñîšhéd.······································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncKeys.cpp" line="122" />
            <source>This sync was set up by a newer Rebound. Update the app on this device to join it.</source>
            <translation>⟦Thîš šýñç wàš šét ûp bý à ñéwér Réböûñd. Ûpdàté thé àpp öñ thîš dévîçé tö jöîñ ît.································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncKeys.cpp" line="125" />
            <source>The sync header on the server is of an older, refused format.</source>
            <translation>⟦Thé šýñç héàdér öñ thé šérvér îš öf àñ öldér, réfûšéd förmàt.························⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncKeys.cpp" line="135" />
            <source>The sync header on the server asks for a weaker key derivation than Rebound allows. It was refused.</source>
            <translation>⟦Thé šýñç héàdér öñ thé šérvér àškš för à wéàkér kéý dérîvàtîöñ thàñ Réböûñd àllöwš. Ît wàš réfûšéd.·······································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncService.cpp" line="143" />
            <source>Unnamed device</source>
            <translation>⟦Ûññàméd dévîçé·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncService.cpp" line="150" />
            <source>Sync is already set up on this device. Turn it off first.</source>
            <translation>⟦Šýñç îš àlréàdý šét ûp öñ thîš dévîçé. Tûrñ ît öff fîršt.······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncService.cpp" line="152" />
            <source>Enter the server address or folder.</source>
            <translation>⟦Éñtér thé šérvér àddréšš ör földér.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncService.cpp" line="154" />
            <location filename="../backend/ui/SyncController.cpp" line="420" />
            <source>Enter the sync passphrase.</source>
            <translation>⟦Éñtér thé šýñç pàššphràšé.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncService.cpp" line="158" />
            <source>Joining the sync</source>
            <translation>⟦Jöîñîñg thé šýñç······⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncService.cpp" line="158" />
            <source>Setting up sync</source>
            <translation>⟦Šéttîñg ûp šýñç······⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncService.cpp" line="169" />
            <source>Sync is set up, but the first sync did not finish: %1</source>
            <translation>⟦Šýñç îš šét ûp, bût thé fîršt šýñç dîd ñöt fîñîšh: %1·····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/SyncService.cpp" line="199" />
            <source>Enter the new sync passphrase.</source>
            <translation>⟦Éñtér thé ñéw šýñç pàššphràšé.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/WebDavStore.cpp" line="78" />
            <source>"%1" is not a WebDAV address: it should look like https://example.org/dav/.</source>
            <translation>⟦"%1" îš ñöt à WébDÀV àddréšš: ît šhöûld löök lîké httpš://éxàmplé.örg/dàv/.······························⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/WebDavStore.cpp" line="82" />
            <source>%1 uses plain http: your password would travel unprotected (the synced data itself stays encrypted). Use https, or confirm that you accept this.</source>
            <translation>⟦%1 ûšéš plàîñ http: ýöûr pàššwörd wöûld tràvél ûñprötéçtéd (thé šýñçéd dàtà îtšélf štàýš éñçrýptéd). Ûšé httpš, ör çöñfîrm thàt ýöû àççépt thîš.·························································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/WebDavStore.cpp" line="190" />
            <source>no answer within %1 s</source>
            <translation>⟦ñö àñšwér wîthîñ %1 š········⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/WebDavStore.cpp" line="197" />
            <source>the answer was cut off (%1 of %2 bytes)</source>
            <translation>⟦thé àñšwér wàš çût öff (%1 öf %2 býtéš)···············⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/WebDavStore.cpp" line="233" />
            <source>%1 sends requests on to another server (%2). Enter that address instead, if you trust it.</source>
            <translation>⟦%1 šéñdš réqûéštš öñ tö àñöthér šérvér (%2). Éñtér thàt àddréšš îñštéàd, îf ýöû trûšt ît.···································⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/WebDavStore.cpp" line="242" />
            <source>%1 redirects in circles.</source>
            <translation>⟦%1 rédîréçtš îñ çîrçléš.·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/WebDavStore.cpp" line="249" />
            <source>HTTP %1</source>
            <translation>⟦HTTP %1··⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/WebDavStore.cpp" line="254" />
            <source>Could not reach %1 (%2). Sync will try again later.</source>
            <translation>⟦Çöûld ñöt réàçh %1 (%2). Šýñç wîll trý àgàîñ làtér.····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/WebDavStore.cpp" line="260" />
            <source>The server %1 refused the account "%2": check the user name and password.</source>
            <translation>⟦Thé šérvér %1 réfûšéd thé àççöûñt "%2": çhéçk thé ûšér ñàmé àñd pàššwörd.·····························⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/WebDavStore.cpp" line="264" />
            <source>The server %1 is out of space. Free some space there, then sync again.</source>
            <translation>⟦Thé šérvér %1 îš öût öf špàçé. Fréé šömé špàçé théré, théñ šýñç àgàîñ.····························⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/WebDavStore.cpp" line="267" />
            <source>The server %1 answered HTTP %2 to %3 %4.</source>
            <translation>⟦Thé šérvér %1 àñšwéréd HTTP %2 tö %3 %4.················⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/WebDavStore.cpp" line="348" />
            <source>The server sent a folder listing that could not be read (%1).</source>
            <translation>⟦Thé šérvér šéñt à földér lîštîñg thàt çöûld ñöt bé réàd (%1).························⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/WebDavStore.cpp" line="422" />
            <source>The server %1 does not allow safe overwrites (it gives only weak ETags).</source>
            <translation>⟦Thé šérvér %1 döéš ñöt àllöw šàfé övérwrîtéš (ît gîvéš öñlý wéàk ÉTàgš).····························⟧</translation>
        </message>
        <message>
            <location filename="../backend/sync/WebDavStore.cpp" line="448" />
            <source>The server %1 could not create the folder %2.</source>
            <translation>⟦Thé šérvér %1 çöûld ñöt çréàté thé földér %2.··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="37" />
            <source>just now</source>
            <translation>⟦jûšt ñöw···⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/ui/SyncController.cpp" line="39" />
            <source>%n minutes ago</source>
            <translation>
                <numerusform>⟦%n mîñûtéš àgö·····⟧</numerusform>
                <numerusform>⟦%n mîñûtéš àgö·····⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/ui/SyncController.cpp" line="41" />
            <source>%n hours ago</source>
            <translation>
                <numerusform>⟦%n höûrš àgö····⟧</numerusform>
                <numerusform>⟦%n höûrš àgö····⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/ui/SyncController.cpp" line="43" />
            <source>%n days ago</source>
            <translation>
                <numerusform>⟦%n dàýš àgö····⟧</numerusform>
                <numerusform>⟦%n dàýš àgö····⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="44" />
            <source>on %1</source>
            <translation>⟦öñ %1··⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="50" />
            <source>Journal entry</source>
            <translation>⟦Jöûrñàl éñtrý·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="51" />
            <source>Check-in</source>
            <translation>⟦Çhéçk-îñ···⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="52" />
            <source>Small win</source>
            <translation>⟦Šmàll wîñ···⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="53" />
            <source>Application</source>
            <translation>⟦Àpplîçàtîöñ····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="54" />
            <source>Interview</source>
            <translation>⟦Îñtérvîéw···⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="55" />
            <source>Feedback</source>
            <translation>⟦Féédbàçk···⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="56" />
            <source>Person on an application</source>
            <translation>⟦Péršöñ öñ àñ àpplîçàtîöñ·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="57" />
            <source>After-rejection steps</source>
            <translation>⟦Àftér-réjéçtîöñ štépš········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="58" />
            <source>Skill</source>
            <translation>⟦Škîll··⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="59" />
            <source>Skills action</source>
            <translation>⟦Škîllš àçtîöñ·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="60" />
            <source>Goal</source>
            <translation>⟦Göàl·⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="61" />
            <source>Review checklist</source>
            <translation>⟦Révîéw çhéçklîšt······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="62" />
            <source>Checklist question</source>
            <translation>⟦Çhéçklîšt qûéštîöñ·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="63" />
            <source>Review</source>
            <translation>⟦Révîéw··⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="64" />
            <source>Review answer</source>
            <translation>⟦Révîéw àñšwér·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="65" />
            <source>Contact</source>
            <translation>⟦Çöñtàçt··⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="66" />
            <source>Interaction</source>
            <translation>⟦Îñtéràçtîöñ····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="67" />
            <source>Outreach message</source>
            <translation>⟦Öûtréàçh méššàgé······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="68" />
            <source>Reminder</source>
            <translation>⟦Rémîñdér···⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="72" />
            <source>Record</source>
            <translation>⟦Réçörd··⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="78" />
            <location filename="../backend/ui/SyncController.cpp" line="79" />
            <source>text</source>
            <translation>⟦téxt·⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="80" />
            <source>note</source>
            <translation>⟦ñöté·⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="81" />
            <source>notes</source>
            <translation>⟦ñötéš··⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="82" />
            <source>reflection</source>
            <translation>⟦réfléçtîöñ····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="83" />
            <source>summary</source>
            <translation>⟦šûmmàrý··⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="84" />
            <source>pitch</source>
            <translation>⟦pîtçh··⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="85" />
            <source>draft</source>
            <translation>⟦dràft··⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="217" />
            <source>Connecting</source>
            <translation>⟦Çöññéçtîñg····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="264" />
            <source>Sync is set up.</source>
            <translation>⟦Šýñç îš šét ûp.······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="268" />
            <source>Synced.</source>
            <translation>⟦Šýñçéd.··⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="271" />
            <source>Sync passphrase accepted.</source>
            <translation>⟦Šýñç pàššphràšé àççéptéd.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="274" />
            <source>Sync passphrase changed. Other devices will ask for it.</source>
            <translation>⟦Šýñç pàššphràšé çhàñgéd. Öthér dévîçéš wîll àšk för ît.······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="278" />
            <source>Sync is off on this device.</source>
            <translation>⟦Šýñç îš öff öñ thîš dévîçé.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="281" />
            <source>Restored.</source>
            <translation>⟦Réštöréd.···⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="326" />
            <source>Never synced</source>
            <translation>⟦Ñévér šýñçéd····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="327" />
            <source>Last synced %1</source>
            <translation>⟦Làšt šýñçéd %1·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="334" />
            <source>Last heard from %1</source>
            <translation>⟦Làšt héàrd fröm %1·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="335" />
            <source>Not heard from yet</source>
            <translation>⟦Ñöt héàrd fröm ýét·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="346" />
            <source>%1 — %2</source>
            <translation>⟦%1 — %2··⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="352" />
            <source>Kept %1</source>
            <translation>⟦Képt %1··⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="386" />
            <source>Unlock the vault to set up sync.</source>
            <translation>⟦Ûñlöçk thé vàûlt tö šét ûp šýñç.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="388" />
            <source>Choose a folder for the sync data.</source>
            <translation>⟦Çhööšé à földér för thé šýñç dàtà.·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="389" />
            <source>Enter the server address.</source>
            <translation>⟦Éñtér thé šérvér àddréšš.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="391" />
            <source>Enter a sync passphrase.</source>
            <translation>⟦Éñtér à šýñç pàššphràšé.·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="394" />
            <source>This address is not encrypted (http). Confirm that you want to use it, or use https.</source>
            <translation>⟦Thîš àddréšš îš ñöt éñçrýptéd (http). Çöñfîrm thàt ýöû wàñt tö ûšé ît, ör ûšé httpš.·································⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncController.cpp" line="432" />
            <source>Enter a new sync passphrase.</source>
            <translation>⟦Éñtér à ñéw šýñç pàššphràšé.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncWorker.cpp" line="29" />
            <source>The vault is locked. Unlock it to sync.</source>
            <translation>⟦Thé vàûlt îš löçkéd. Ûñlöçk ît tö šýñç.···············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncWorker.cpp" line="44" />
            <source>Sync was stopped.</source>
            <translation>⟦Šýñç wàš štöppéd.······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncWorker.cpp" line="55" />
            <source>Sync stopped because of an unexpected error. Nothing was lost; it will try again later.</source>
            <translation>⟦Šýñç štöppéd béçàûšé öf àñ ûñéxpéçtéd érrör. Ñöthîñg wàš löšt; ît wîll trý àgàîñ làtér.··································⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SyncWorker.cpp" line="89" />
            <source>Enter the new sync passphrase first.</source>
            <translation>⟦Éñtér thé ñéw šýñç pàššphràšé fîršt.··············⟧</translation>
        </message>
    </context>
    <context>
        <name>SyncConflictRow</name>
        <message>
            <location filename="../qml/settings/SyncConflictRow.qml" line="57" />
            <source>Kept version: %1</source>
            <translation>⟦Képt véršîöñ: %1······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncConflictRow.qml" line="64" />
            <source>Shown now: %1</source>
            <translation>⟦Šhöwñ ñöw: %1·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncConflictRow.qml" line="78" />
            <source>Dismiss</source>
            <translation>⟦Dîšmîšš··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncConflictRow.qml" line="80" />
            <source>Dismiss the kept version of %1</source>
            <translation>⟦Dîšmîšš thé képt véršîöñ öf %1············⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncConflictRow.qml" line="85" />
            <source>Restore</source>
            <translation>⟦Réštöré··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncConflictRow.qml" line="87" />
            <source>Restore the kept version of %1</source>
            <translation>⟦Réštöré thé képt véršîöñ öf %1············⟧</translation>
        </message>
    </context>
    <context>
        <name>SyncDeviceRow</name>
        <message>
            <location filename="../qml/settings/SyncDeviceRow.qml" line="16" />
            <location filename="../qml/settings/SyncDeviceRow.qml" line="31" />
            <source>%1 (this device)</source>
            <translation>⟦%1 (thîš dévîçé)······⟧</translation>
        </message>
    </context>
    <context>
        <name>SyncPassphraseDialog</name>
        <message>
            <location filename="../qml/settings/SyncPassphraseDialog.qml" line="42" />
            <source>Enter the sync passphrase</source>
            <translation>⟦Éñtér thé šýñç pàššphràšé··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncPassphraseDialog.qml" line="42" />
            <location filename="../qml/settings/SyncPassphraseDialog.qml" line="141" />
            <source>Change sync passphrase</source>
            <translation>⟦Çhàñgé šýñç pàššphràšé········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncPassphraseDialog.qml" line="74" />
            <source>The sync passphrase was changed on another device. Enter the new one to keep syncing.</source>
            <translation>⟦Thé šýñç pàššphràšé wàš çhàñgéd öñ àñöthér dévîçé. Éñtér thé ñéw öñé tö kéép šýñçîñg.··································⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncPassphraseDialog.qml" line="74" />
            <source>Your other devices will ask for the new passphrase once. Nobody can recover it: keep it somewhere safe.</source>
            <translation>⟦Ýöûr öthér dévîçéš wîll àšk för thé ñéw pàššphràšé öñçé. Ñöbödý çàñ réçövér ît: kéép ît šöméwhéré šàfé.·········································⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncPassphraseDialog.qml" line="84" />
            <source>Sync passphrase</source>
            <translation>⟦Šýñç pàššphràšé······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncPassphraseDialog.qml" line="84" />
            <source>New sync passphrase</source>
            <translation>⟦Ñéw šýñç pàššphràšé·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncPassphraseDialog.qml" line="96" />
            <source>Use at least %1 characters.</source>
            <translation>⟦Ûšé àt léàšt %1 çhàràçtérš.··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncPassphraseDialog.qml" line="104" />
            <source>Repeat the new sync passphrase</source>
            <translation>⟦Répéàt thé ñéw šýñç pàššphràšé············⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncPassphraseDialog.qml" line="130" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncPassphraseDialog.qml" line="140" />
            <source>Continue</source>
            <translation>⟦Çöñtîñûé···⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncPassphraseDialog.qml" line="140" />
            <source>Change</source>
            <translation>⟦Çhàñgé··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncPassphraseDialog.qml" line="141" />
            <source>Use this sync passphrase</source>
            <translation>⟦Ûšé thîš šýñç pàššphràšé·········⟧</translation>
        </message>
    </context>
    <context>
        <name>SyncProgress</name>
        <message>
            <location filename="../qml/settings/SyncProgress.qml" line="22" />
            <source>Syncing</source>
            <translation>⟦Šýñçîñg··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncProgress.qml" line="27" />
            <source>Syncing…</source>
            <translation>⟦Šýñçîñg…···⟧</translation>
        </message>
    </context>
    <context>
        <name>SyncSection</name>
        <message>
            <location filename="../qml/settings/SyncSection.qml" line="29" />
            <source>Sync</source>
            <translation>⟦Šýñç·⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSection.qml" line="53" />
            <source>Keep your vault in step across your own devices, through a WebDAV server you use (Nextcloud, any hosting) or a synced folder.</source>
            <translation>⟦Kéép ýöûr vàûlt îñ štép àçröšš ýöûr öwñ dévîçéš, thröûgh à WébDÀV šérvér ýöû ûšé (Ñéxtçlöûd, àñý höštîñg) ör à šýñçéd földér.··················································⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSection.qml" line="61" />
            <source>It is end-to-end encrypted: the server never sees your words. You need the sync passphrase on every device, and nobody can recover it if it is lost.</source>
            <translation>⟦Ît îš éñd-tö-éñd éñçrýptéd: thé šérvér ñévér šééš ýöûr wördš. Ýöû ñééd thé šýñç pàššphràšé öñ évérý dévîçé, àñd ñöbödý çàñ réçövér ît îf ît îš löšt.···························································⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSection.qml" line="74" />
            <source>Set up sync</source>
            <translation>⟦Šét ûp šýñç····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSection.qml" line="81" />
            <source>Join a sync</source>
            <translation>⟦Jöîñ à šýñç····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSection.qml" line="82" />
            <source>Join a sync set up on another device</source>
            <translation>⟦Jöîñ à šýñç šét ûp öñ àñöthér dévîçé··············⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSection.qml" line="97" />
            <source>The sync passphrase was changed on another device. Enter the new one to keep syncing.</source>
            <translation>⟦Thé šýñç pàššphràšé wàš çhàñgéd öñ àñöthér dévîçé. Éñtér thé ñéw öñé tö kéép šýñçîñg.··································⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSection.qml" line="103" />
            <source>Enter sync passphrase</source>
            <translation>⟦Éñtér šýñç pàššphràšé········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSection.qml" line="112" />
            <source>%1 as %2</source>
            <translation>⟦%1 àš %2···⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/settings/SyncSection.qml" line="113" />
            <source>%n changes waiting to be sent.</source>
            <translation>
                <numerusform>⟦%n çhàñgéš wàîtîñg tö bé šéñt.············⟧</numerusform>
                <numerusform>⟦%n çhàñgéš wàîtîñg tö bé šéñt.············⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSection.qml" line="113" />
            <source>Everything is sent.</source>
            <translation>⟦Évérýthîñg îš šéñt.·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSection.qml" line="119" />
            <source>Sync now</source>
            <translation>⟦Šýñç ñöw···⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSection.qml" line="139" />
            <source>Devices</source>
            <translation>⟦Dévîçéš··⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../qml/settings/SyncSection.qml" line="163" />
            <source>%n versions kept from edits on two devices</source>
            <translation>
                <numerusform>⟦%n véršîöñš képt fröm édîtš öñ twö dévîçéš················⟧</numerusform>
                <numerusform>⟦%n véršîöñš képt fröm édîtš öñ twö dévîçéš················⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSection.qml" line="174" />
            <source>The newest edit is shown. Restore an older one to make it current again, or dismiss it.</source>
            <translation>⟦Thé ñéwéšt édît îš šhöwñ. Réštöré àñ öldér öñé tö màké ît çûrréñt àgàîñ, ör dîšmîšš ît.··································⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSection.qml" line="201" />
            <source>Sync passphrase</source>
            <translation>⟦Šýñç pàššphràšé······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSection.qml" line="202" />
            <source>Choose a new one. Your other devices will ask for it once.</source>
            <translation>⟦Çhööšé à ñéw öñé. Ýöûr öthér dévîçéš wîll àšk för ît öñçé.·······················⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSection.qml" line="205" />
            <source>Change…</source>
            <translation>⟦Çhàñgé…··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSection.qml" line="207" />
            <source>Change sync passphrase</source>
            <translation>⟦Çhàñgé šýñç pàššphràšé········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSection.qml" line="214" />
            <location filename="../qml/settings/SyncSection.qml" line="220" />
            <source>Turn off sync on this device</source>
            <translation>⟦Tûrñ öff šýñç öñ thîš dévîçé···········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSection.qml" line="215" />
            <source>The data on the server stays, for your other devices.</source>
            <translation>⟦Thé dàtà öñ thé šérvér štàýš, för ýöûr öthér dévîçéš.·····················⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSection.qml" line="218" />
            <source>Turn off…</source>
            <translation>⟦Tûrñ öff…···⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSection.qml" line="247" />
            <source>Turn off sync on this device?</source>
            <translation>⟦Tûrñ öff šýñç öñ thîš dévîçé?···········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSection.qml" line="254" />
            <source>This device stops syncing and forgets the account and the sync keys. Your entries stay on this device, and the encrypted data on the server stays for your other devices. You can join again later with the sync passphrase.</source>
            <translation>⟦Thîš dévîçé štöpš šýñçîñg àñd förgétš thé àççöûñt àñd thé šýñç kéýš. Ýöûr éñtrîéš štàý öñ thîš dévîçé, àñd thé éñçrýptéd dàtà öñ thé šérvér štàýš för ýöûr öthér dévîçéš. Ýöû çàñ jöîñ àgàîñ làtér wîth thé šýñç pàššphràšé.························································································⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSection.qml" line="270" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSection.qml" line="277" />
            <source>Turn off</source>
            <translation>⟦Tûrñ öff···⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSection.qml" line="278" />
            <source>Turn off sync</source>
            <translation>⟦Tûrñ öff šýñç·····⟧</translation>
        </message>
    </context>
    <context>
        <name>SyncSetupDialog</name>
        <message>
            <location filename="../qml/settings/SyncSetupDialog.qml" line="40" />
            <source>Join a sync</source>
            <translation>⟦Jöîñ à šýñç····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSetupDialog.qml" line="40" />
            <location filename="../qml/settings/SyncSetupDialog.qml" line="257" />
            <source>Set up sync</source>
            <translation>⟦Šét ûp šýñç····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSetupDialog.qml" line="90" />
            <source>Use the place and the sync passphrase you chose on your other device.</source>
            <translation>⟦Ûšé thé plàçé àñd thé šýñç pàššphràšé ýöû çhöšé öñ ýöûr öthér dévîçé.···························⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSetupDialog.qml" line="90" />
            <source>Choose an empty folder on your server or a synced folder. Rebound keeps everything there encrypted.</source>
            <translation>⟦Çhööšé àñ émptý földér öñ ýöûr šérvér ör à šýñçéd földér. Réböûñd kéépš évérýthîñg théré éñçrýptéd.·······································⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSetupDialog.qml" line="99" />
            <source>Where the sync data goes</source>
            <translation>⟦Whéré thé šýñç dàtà göéš·········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSetupDialog.qml" line="103" />
            <source>WebDAV server</source>
            <translation>⟦WébDÀV šérvér·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSetupDialog.qml" line="106" />
            <location filename="../qml/settings/SyncSetupDialog.qml" line="113" />
            <location filename="../qml/settings/SyncSetupDialog.qml" line="124" />
            <source>Folder</source>
            <translation>⟦Földér··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSetupDialog.qml" line="113" />
            <location filename="../qml/settings/SyncSetupDialog.qml" line="124" />
            <source>Server address</source>
            <translation>⟦Šérvér àddréšš·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSetupDialog.qml" line="122" />
            <source>https://cloud.example.org/remote.php/dav/files/me/Rebound/</source>
            <translation>⟦httpš://çlöûd.éxàmplé.örg/rémöté.php/dàv/fîléš/mé/Réböûñd/·······················⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSetupDialog.qml" line="122" />
            <source>/home/me/Nextcloud/Rebound</source>
            <translation>⟦/hömé/mé/Ñéxtçlöûd/Réböûñd··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSetupDialog.qml" line="133" />
            <source>Use this unencrypted (http) address anyway. Your data stays encrypted, but your account password can be read on the way.</source>
            <translation>⟦Ûšé thîš ûñéñçrýptéd (http) àddréšš àñýwàý. Ýöûr dàtà štàýš éñçrýptéd, bût ýöûr àççöûñt pàššwörd çàñ bé réàd öñ thé wàý.················································⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSetupDialog.qml" line="134" />
            <source>Use the unencrypted http address anyway</source>
            <translation>⟦Ûšé thé ûñéñçrýptéd http àddréšš àñýwàý···············⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSetupDialog.qml" line="148" />
            <location filename="../qml/settings/SyncSetupDialog.qml" line="159" />
            <source>Account</source>
            <translation>⟦Àççöûñt··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSetupDialog.qml" line="168" />
            <source>Account password</source>
            <translation>⟦Àççöûñt pàššwörd······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSetupDialog.qml" line="176" />
            <source>Sync passphrase</source>
            <translation>⟦Šýñç pàššphràšé······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSetupDialog.qml" line="177" />
            <source>At least %1 characters</source>
            <translation>⟦Àt léàšt %1 çhàràçtérš········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSetupDialog.qml" line="188" />
            <source>Use at least %1 characters.</source>
            <translation>⟦Ûšé àt léàšt %1 çhàràçtérš.··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSetupDialog.qml" line="196" />
            <source>Repeat the sync passphrase</source>
            <translation>⟦Répéàt thé šýñç pàššphràšé··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSetupDialog.qml" line="204" />
            <source>You need this passphrase on every device. Nobody can recover it: keep it somewhere safe.</source>
            <translation>⟦Ýöû ñééd thîš pàššphràšé öñ évérý dévîçé. Ñöbödý çàñ réçövér ît: kéép ît šöméwhéré šàfé.···································⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSetupDialog.qml" line="212" />
            <location filename="../qml/settings/SyncSetupDialog.qml" line="222" />
            <source>This device's name</source>
            <translation>⟦Thîš dévîçé'š ñàmé·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSetupDialog.qml" line="246" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSetupDialog.qml" line="256" />
            <source>Join</source>
            <translation>⟦Jöîñ·⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSetupDialog.qml" line="256" />
            <source>Set up</source>
            <translation>⟦Šét ûp··⟧</translation>
        </message>
        <message>
            <location filename="../qml/settings/SyncSetupDialog.qml" line="257" />
            <source>Join the sync</source>
            <translation>⟦Jöîñ thé šýñç·····⟧</translation>
        </message>
    </context>
    <context>
        <name>TagChip</name>
        <message>
            <location filename="../qml/components/TagChip.qml" line="56" />
            <source>Remove %1</source>
            <translation>⟦Rémövé %1···⟧</translation>
        </message>
    </context>
    <context>
        <name>TagInput</name>
        <message>
            <location filename="../qml/components/TagInput.qml" line="59" />
            <source>Tags</source>
            <translation>⟦Tàgš·⟧</translation>
        </message>
        <message>
            <location filename="../qml/components/TagInput.qml" line="83" />
            <source>Add another tag</source>
            <translation>⟦Àdd àñöthér tàg······⟧</translation>
        </message>
        <message>
            <location filename="../qml/components/TagInput.qml" line="83" />
            <source>Add a tag, e.g. interview</source>
            <translation>⟦Àdd à tàg, é.g. îñtérvîéw··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/components/TagInput.qml" line="89" />
            <source>New tag</source>
            <translation>⟦Ñéw tàg··⟧</translation>
        </message>
    </context>
    <context>
        <name>TemplateList</name>
        <message>
            <location filename="../qml/journal/TemplateList.qml" line="17" />
            <source>Blank entry</source>
            <translation>⟦Blàñk éñtrý····⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/TemplateList.qml" line="18" />
            <source>Start from an empty page.</source>
            <translation>⟦Štàrt fröm àñ émptý pàgé.··········⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/TemplateList.qml" line="51" />
            <source>Templates</source>
            <translation>⟦Témplàtéš···⟧</translation>
        </message>
    </context>
    <context>
        <name>TemplatePicker</name>
        <message>
            <location filename="../qml/journal/TemplatePicker.qml" line="22" />
            <source>New entry</source>
            <translation>⟦Ñéw éñtrý···⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/TemplatePicker.qml" line="30" />
            <source>Start from a blank page or let a few questions guide you. You can change every word.</source>
            <translation>⟦Štàrt fröm à blàñk pàgé ör lét à féw qûéštîöñš gûîdé ýöû. Ýöû çàñ çhàñgé évérý wörd.·································⟧</translation>
        </message>
        <message>
            <location filename="../qml/journal/TemplatePicker.qml" line="67" />
            <source>Cancel</source>
            <translation>⟦Çàñçél··⟧</translation>
        </message>
    </context>
    <context>
        <name>TextRules</name>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="44" />
            <location filename="../backend/cli/CliJobs.cpp" line="691" />
            <location filename="../backend/storage/ApplicationRepository.cpp" line="47" />
            <location filename="../backend/storage/CatalogRepository.cpp" line="135" />
            <location filename="../backend/storage/CatalogRepository.cpp" line="203" />
            <location filename="../backend/storage/ChecklistRepository.cpp" line="29" />
            <location filename="../backend/storage/ContactRepository.cpp" line="86" />
            <source>The name</source>
            <translation>⟦Thé ñàmé···⟧</translation>
        </message>
        <message>
            <location filename="../backend/cli/CliJobs.cpp" line="48" />
            <location filename="../backend/storage/ApplicationRepository.cpp" line="54" />
            <source>The e-mail address</source>
            <translation>⟦Thé é-màîl àddréšš·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/TextRules.cpp" line="37" />
            <location filename="../backend/core/TextRules.cpp" line="40" />
            <source>%1 contains a broken character.</source>
            <translation>⟦%1 çöñtàîñš à brökéñ çhàràçtér.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/TextRules.cpp" line="44" />
            <source>%1 contains a control character (U+%2).</source>
            <translation>⟦%1 çöñtàîñš à çöñtröl çhàràçtér (Û+%2).···············⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/TextRules.cpp" line="47" />
            <source>%1 must be a single line.</source>
            <translation>⟦%1 mûšt bé à šîñglé lîñé.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/TextRules.cpp" line="54" />
            <source>%1 is too long (%2 characters; at most %3).</source>
            <translation>⟦%1 îš töö löñg (%2 çhàràçtérš; àt möšt %3).·················⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/TextRules.cpp" line="80" />
            <source>A tag</source>
            <translation>⟦À tàg··⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/TextRules.cpp" line="87" />
            <source>Tags cannot contain “|” or commas.</source>
            <translation>⟦Tàgš çàññöt çöñtàîñ “|” ör çömmàš.·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/TextRules.cpp" line="95" />
            <source>Too many tags (at most %1).</source>
            <translation>⟦Töö màñý tàgš (àt möšt %1).··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/TextRules.cpp" line="101" />
            <source>Please give a valid date (from 1900 on).</source>
            <translation>⟦Pléàšé gîvé à vàlîd dàté (fröm 1900 öñ).················⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/TextRules.cpp" line="104" />
            <source>%1 is in the future; entries are for days that have begun.</source>
            <translation>⟦%1 îš îñ thé fûtûré; éñtrîéš àré för dàýš thàt hàvé bégûñ.·······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/TextRules.cpp" line="113" />
            <source>%1: “%2” is not a known item.</source>
            <translation>⟦%1: “%2” îš ñöt à kñöwñ îtém.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/core/TextRules.cpp" line="118" />
            <source>%1: too many (at most %2).</source>
            <translation>⟦%1: töö màñý (àt möšt %2).··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ApplicationRepository.cpp" line="24" />
            <source>The link</source>
            <translation>⟦Thé lîñk···⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ApplicationRepository.cpp" line="58" />
            <source>The contact</source>
            <translation>⟦Thé çöñtàçt····⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ApplicationRepository.cpp" line="80" />
            <location filename="../backend/storage/ContactRepository.cpp" line="89" />
            <source>The company</source>
            <translation>⟦Thé çömpàñý····⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ApplicationRepository.cpp" line="83" />
            <location filename="../backend/storage/ContactRepository.cpp" line="90" />
            <source>The role</source>
            <translation>⟦Thé rölé···⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ApplicationRepository.cpp" line="85" />
            <source>The source</source>
            <translation>⟦Thé šöûrçé····⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ApplicationRepository.cpp" line="87" />
            <source>The location</source>
            <translation>⟦Thé löçàtîöñ····⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ApplicationRepository.cpp" line="102" />
            <location filename="../backend/storage/ContactRepository.cpp" line="130" />
            <location filename="../backend/storage/GoalRepository.cpp" line="62" />
            <location filename="../backend/storage/InterviewRepository.cpp" line="56" />
            <source>The notes</source>
            <translation>⟦Thé ñötéš···⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ApplicationRepository.cpp" line="119" />
            <location filename="../backend/storage/ApplicationRepository.cpp" line="220" />
            <location filename="../backend/storage/CheckInRepository.cpp" line="93" />
            <location filename="../backend/storage/ContactRepository.cpp" line="162" />
            <location filename="../backend/storage/RejectionFlowRepository.cpp" line="83" />
            <location filename="../backend/storage/ReminderRepository.cpp" line="31" />
            <location filename="../backend/storage/ReviewRepository.cpp" line="177" />
            <source>The note</source>
            <translation>⟦Thé ñöté···⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CheckInRepository.cpp" line="90" />
            <location filename="../backend/storage/JournalRepository.cpp" line="92" />
            <source>Emotions</source>
            <translation>⟦Émötîöñš···⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CheckInRepository.cpp" line="92" />
            <source>Effort tags</source>
            <translation>⟦Éffört tàgš····⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/CheckInRepository.cpp" line="248" />
            <location filename="../backend/storage/CheckInRepository.cpp" line="264" />
            <source>The win</source>
            <translation>⟦Thé wîñ··⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ChecklistRepository.cpp" line="40" />
            <source>The question</source>
            <translation>⟦Thé qûéštîöñ····⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ChecklistRepository.cpp" line="43" />
            <source>The hint</source>
            <translation>⟦Thé hîñt···⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="48" />
            <source>The profile link</source>
            <translation>⟦Thé pröfîlé lîñk······⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="95" />
            <source>An email</source>
            <translation>⟦Àñ émàîl···⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="112" />
            <source>A phone number</source>
            <translation>⟦À phöñé ñûmbér·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="129" />
            <source>How you met</source>
            <translation>⟦Höw ýöû mét····⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="516" />
            <source>The template name</source>
            <translation>⟦Thé témplàté ñàmé······⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ContactRepository.cpp" line="520" />
            <location filename="../backend/storage/RejectionFlowRepository.cpp" line="81" />
            <location filename="../backend/storage/RejectionFlowRepository.cpp" line="85" />
            <source>The message</source>
            <translation>⟦Thé méššàgé····⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/FeedbackRepository.cpp" line="21" />
            <source>A skill name</source>
            <translation>⟦À škîll ñàmé····⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/FeedbackRepository.cpp" line="40" />
            <source>The feedback</source>
            <translation>⟦Thé féédbàçk····⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/FeedbackRepository.cpp" line="180" />
            <source>Your pitch</source>
            <translation>⟦Ýöûr pîtçh····⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/FeedbackRepository.cpp" line="203" />
            <location filename="../backend/storage/ReviewRepository.cpp" line="66" />
            <source>The action</source>
            <translation>⟦Thé àçtîöñ····⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/GoalRepository.cpp" line="59" />
            <location filename="../backend/storage/ReviewRepository.cpp" line="47" />
            <source>The goal</source>
            <translation>⟦Thé göàl···⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/GoalRepository.cpp" line="131" />
            <source>The north star</source>
            <translation>⟦Thé ñörth štàr·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/InterviewRepository.cpp" line="52" />
            <source>Questions that stumped you</source>
            <translation>⟦Qûéštîöñš thàt štûmpéd ýöû··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/InterviewRepository.cpp" line="53" />
            <source>Moments you felt less confident</source>
            <translation>⟦Möméñtš ýöû félt léšš çöñfîdéñt············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/InterviewRepository.cpp" line="54" />
            <source>What went well</source>
            <translation>⟦Whàt wéñt wéll·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/InterviewRepository.cpp" line="55" />
            <source>What you would do differently</source>
            <translation>⟦Whàt ýöû wöûld dö dîfféréñtlý···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/JournalRepository.cpp" line="88" />
            <source>The entry</source>
            <translation>⟦Thé éñtrý···⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/JournalRepository.cpp" line="94" />
            <source>Check-in</source>
            <translation>⟦Çhéçk-îñ···⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/JournalRepository.cpp" line="96" />
            <source>Template</source>
            <translation>⟦Témplàté···⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/RejectionFlowRepository.cpp" line="87" />
            <source>The journal entry</source>
            <translation>⟦Thé jöûrñàl éñtrý······⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ReminderRepository.cpp" line="28" />
            <source>The title</source>
            <translation>⟦Thé tîtlé···⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/ReviewRepository.cpp" line="200" />
            <source>The summary</source>
            <translation>⟦Thé šûmmàrý····⟧</translation>
        </message>
    </context>
    <context>
        <name>TimePicker</name>
        <message>
            <location filename="../qml/components/TimePicker.qml" line="14" />
            <source>Time</source>
            <translation>⟦Tîmé·⟧</translation>
        </message>
        <message>
            <location filename="../qml/components/TimePicker.qml" line="31" />
            <source>%1: %2:%3</source>
            <translation>⟦%1: %2:%3···⟧</translation>
        </message>
        <message>
            <location filename="../qml/components/TimePicker.qml" line="51" />
            <source>Hour</source>
            <translation>⟦Höûr·⟧</translation>
        </message>
        <message>
            <location filename="../qml/components/TimePicker.qml" line="82" />
            <source>Minute</source>
            <translation>⟦Mîñûté··⟧</translation>
        </message>
    </context>
    <context>
        <name>TodayCheckIns</name>
        <message>
            <location filename="../qml/today/TodayCheckIns.qml" line="20" />
            <source>No check-ins yet today</source>
            <translation>⟦Ñö çhéçk-îñš ýét tödàý········⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/TodayCheckIns.qml" line="21" />
            <source>1 check-in</source>
            <translation>⟦1 çhéçk-îñ····⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/TodayCheckIns.qml" line="21" />
            <source>%1 check-ins</source>
            <translation>⟦%1 çhéçk-îñš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/TodayCheckIns.qml" line="22" />
            <source>Today so far: %1, %2</source>
            <translation>⟦Tödàý šö fàr: %1, %2········⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/TodayCheckIns.qml" line="22" />
            <source>Today so far: %1</source>
            <translation>⟦Tödàý šö fàr: %1······⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/TodayCheckIns.qml" line="67" />
            <source>%1, %2</source>
            <translation>⟦%1, %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/TodayCheckIns.qml" line="120" />
            <source>Delete check-in from %1</source>
            <translation>⟦Délété çhéçk-îñ fröm %1·········⟧</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <location filename="../qml/pages/TodayPage.qml" line="54" />
            <source>Check-in saved. Be gentle with yourself today.</source>
            <translation>⟦Çhéçk-îñ šàvéd. Bé géñtlé wîth ýöûršélf tödàý.··················⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/TodayPage.qml" line="54" />
            <source>Check-in saved</source>
            <translation>⟦Çhéçk-îñ šàvéd·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/TodayPage.qml" line="73" />
            <source>Check-in deleted</source>
            <translation>⟦Çhéçk-îñ délétéd······⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/TodayPage.qml" line="78" />
            <source>Win deleted</source>
            <translation>⟦Wîñ délétéd····⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/TodayPage.qml" line="83" />
            <source>Undo</source>
            <translation>⟦Ûñdö·⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/TodayPage.qml" line="203" />
            <source>Reminder done</source>
            <translation>⟦Rémîñdér döñé·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/TodayPage.qml" line="217" />
            <source>Win saved. Well done.</source>
            <translation>⟦Wîñ šàvéd. Wéll döñé.········⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/TodayPage.qml" line="259" />
            <source>Entry saved</source>
            <translation>⟦Éñtrý šàvéd····⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/TodayPage.qml" line="260" />
            <source>Entry deleted</source>
            <translation>⟦Éñtrý délétéd·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/TodayPage.qml" line="269" />
            <source>North star cleared</source>
            <translation>⟦Ñörth štàr çléàréd·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/pages/TodayPage.qml" line="271" />
            <source>North star saved. Keep your eye on it.</source>
            <translation>⟦Ñörth štàr šàvéd. Kéép ýöûr éýé öñ ît.···············⟧</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <location filename="../qml/vault/UnlockPage.qml" line="20" />
            <source>Welcome back</source>
            <translation>⟦Wélçömé bàçk····⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/UnlockPage.qml" line="21" />
            <source>Your journal is locked. Enter your passphrase to open it.</source>
            <translation>⟦Ýöûr jöûrñàl îš löçkéd. Éñtér ýöûr pàššphràšé tö öpéñ ît.······················⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/UnlockPage.qml" line="40" />
            <source>Passphrase</source>
            <translation>⟦Pàššphràšé····⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/UnlockPage.qml" line="62" />
            <source>Unlocking…</source>
            <translation>⟦Ûñlöçkîñg…····⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/UnlockPage.qml" line="62" />
            <source>Unlock</source>
            <translation>⟦Ûñlöçk··⟧</translation>
        </message>
        <message>
            <location filename="../qml/vault/UnlockPage.qml" line="73" />
            <source>Unlocking</source>
            <translation>⟦Ûñlöçkîñg···⟧</translation>
        </message>
    </context>
    <context>
        <name>VCard</name>
        <message>
            <location filename="../backend/services/VCard.cpp" line="383" />
            <source>Line %1: unknown character set "%2"; read as UTF-8.</source>
            <translation>⟦Lîñé %1: ûñkñöwñ çhàràçtér šét "%2"; réàd àš ÛTF-8.····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="400" />
            <source>Line %1: BEGIN:VCARD inside another card (the card from line %2 has no END:VCARD).</source>
            <translation>⟦Lîñé %1: BÉGÎÑ:VÇÀRD îñšîdé àñöthér çàrd (thé çàrd fröm lîñé %2 hàš ñö ÉÑD:VÇÀRD).································⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="404" />
            <source>Line %1: more than %2 cards in one file; split it into smaller files.</source>
            <translation>⟦Lîñé %1: möré thàñ %2 çàrdš îñ öñé fîlé; šplît ît îñtö šmàllér fîléš.···························⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="422" />
            <source>Photos are not imported; they were skipped.</source>
            <translation>⟦Phötöš àré ñöt împörtéd; théý wéré škîppéd.·················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="423" />
            <source>Logos are not imported; they were skipped.</source>
            <translation>⟦Lögöš àré ñöt împörtéd; théý wéré škîppéd.················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="424" />
            <source>Sounds are not imported; they were skipped.</source>
            <translation>⟦Šöûñdš àré ñöt împörtéd; théý wéré škîppéd.·················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="425" />
            <source>Keys are not imported; they were skipped.</source>
            <translation>⟦Kéýš àré ñöt împörtéd; théý wéré škîppéd.················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="437" />
            <source>Line %1: vCard version %2 is not supported (2.1, 3.0 and 4.0 are).</source>
            <translation>⟦Lîñé %1: vÇàrd véršîöñ %2 îš ñöt šûppörtéd (2.1, 3.0 àñd 4.0 àré).··························⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="446" />
            <source>Line %1: the text is not valid UTF-8.</source>
            <translation>⟦Lîñé %1: thé téxt îš ñöt vàlîd ÛTF-8.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="447" />
            <source>Line %1: the text is not valid %2.</source>
            <translation>⟦Lîñé %1: thé téxt îš ñöt vàlîd %2.·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="475" />
            <source>Line %1: the organization is longer than %2 characters.</source>
            <translation>⟦Lîñé %1: thé örgàñîzàtîöñ îš löñgér thàñ %2 çhàràçtérš.······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="482" />
            <source>Line %1: the title is longer than %2 characters.</source>
            <translation>⟦Lîñé %1: thé tîtlé îš löñgér thàñ %2 çhàràçtérš.···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="491" />
            <source>Line %1: an email address is longer than %2 characters.</source>
            <translation>⟦Lîñé %1: àñ émàîl àddréšš îš löñgér thàñ %2 çhàràçtérš.······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="493" />
            <source>Line %1: “%2” is not an email address.</source>
            <translation>⟦Lîñé %1: “%2” îš ñöt àñ émàîl àddréšš.···············⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="499" />
            <source>Line %1: more than %2 email addresses in one card.</source>
            <translation>⟦Lîñé %1: möré thàñ %2 émàîl àddréššéš îñ öñé çàrd.····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="510" />
            <source>Line %1: a phone number is longer than %2 characters.</source>
            <translation>⟦Lîñé %1: à phöñé ñûmbér îš löñgér thàñ %2 çhàràçtérš.·····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="512" />
            <source>Line %1: “%2” is not a phone number.</source>
            <translation>⟦Lîñé %1: “%2” îš ñöt à phöñé ñûmbér.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="518" />
            <source>Line %1: more than %2 phone numbers in one card.</source>
            <translation>⟦Lîñé %1: möré thàñ %2 phöñé ñûmbérš îñ öñé çàrd.···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="527" />
            <source>Line %1: the URL is longer than %2 characters.</source>
            <translation>⟦Lîñé %1: thé ÛRL îš löñgér thàñ %2 çhàràçtérš.··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="538" />
            <source>Line %1: the notes are longer than %2 characters.</source>
            <translation>⟦Lîñé %1: thé ñötéš àré löñgér thàñ %2 çhàràçtérš.···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="570" />
            <source>Line %1: 'how we met' is longer than %2 characters.</source>
            <translation>⟦Lîñé %1: 'höw wé mét' îš löñgér thàñ %2 çhàràçtérš.····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="583" />
            <source>Line %1: X-REBOUND-CADENCE "%2" is not a number of days from 1 to %3; it was ignored.</source>
            <translation>⟦Lîñé %1: X-RÉBÖÛÑD-ÇÀDÉÑÇÉ "%2" îš ñöt à ñûmbér öf dàýš fröm 1 tö %3; ît wàš îgñöréd.··································⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="597" />
            <source>Line %1: END:VCARD without a BEGIN:VCARD before it.</source>
            <translation>⟦Lîñé %1: ÉÑD:VÇÀRD wîthöût à BÉGÎÑ:VÇÀRD béföré ît.····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="601" />
            <source>Line %1: the contact group "%2" was skipped.</source>
            <translation>⟦Lîñé %1: thé çöñtàçt gröûp "%2" wàš škîppéd.·················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="607" />
            <location filename="../backend/services/VCard.cpp" line="611" />
            <source>Line %1: the name is longer than %2 characters.</source>
            <translation>⟦Lîñé %1: thé ñàmé îš löñgér thàñ %2 çhàràçtérš.··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="613" />
            <source>Line %1: the card starting here has no name (FN or N).</source>
            <translation>⟦Lîñé %1: thé çàrd štàrtîñg héré hàš ñö ñàmé (FÑ ör Ñ).·····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="622" />
            <source>The file is larger than %1 MB; vCard files that big are not read.</source>
            <translation>⟦Thé fîlé îš làrgér thàñ %1 MB; vÇàrd fîléš thàt bîg àré ñöt réàd.··························⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="633" />
            <source>The file starts like UTF-16 text but is not valid UTF-16.</source>
            <translation>⟦Thé fîlé štàrtš lîké ÛTF-16 téxt bût îš ñöt vàlîd ÛTF-16.······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="641" />
            <source>Line %1: this line has no ':' between its name and value.</source>
            <translation>⟦Lîñé %1: thîš lîñé hàš ñö ':' bétwééñ îtš ñàmé àñd vàlûé.······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="644" />
            <source>Line %1: this line does not start with a property name.</source>
            <translation>⟦Lîñé %1: thîš lîñé döéš ñöt štàrt wîth à pröpértý ñàmé.······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="647" />
            <source>Line %1: BEGIN:%2 where a vCard (BEGIN:VCARD) was expected.</source>
            <translation>⟦Lîñé %1: BÉGÎÑ:%2 whéré à vÇàrd (BÉGÎÑ:VÇÀRD) wàš éxpéçtéd.·······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="653" />
            <source>Line %1: END:%2 where END:VCARD was expected.</source>
            <translation>⟦Lîñé %1: ÉÑD:%2 whéré ÉÑD:VÇÀRD wàš éxpéçtéd.··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="658" />
            <source>Line %1: this line is outside a card (BEGIN:VCARD ... END:VCARD).</source>
            <translation>⟦Lîñé %1: thîš lîñé îš öûtšîdé à çàrd (BÉGÎÑ:VÇÀRD ... ÉÑD:VÇÀRD).··························⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="664" />
            <source>Line %1: the card starting here has no END:VCARD.</source>
            <translation>⟦Lîñé %1: thé çàrd štàrtîñg héré hàš ñö ÉÑD:VÇÀRD.···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="666" />
            <source>The file contains no vCard (no BEGIN:VCARD line).</source>
            <translation>⟦Thé fîlé çöñtàîñš ñö vÇàrd (ñö BÉGÎÑ:VÇÀRD lîñé).···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/services/VCard.cpp" line="672" />
            <source>Categories that are not Rebound tags were left out: %1.</source>
            <translation>⟦Çàtégörîéš thàt àré ñöt Réböûñd tàgš wéré léft öût: %1.······················⟧</translation>
        </message>
    </context>
    <context>
        <name>ValueRows</name>
        <message>
            <location filename="../qml/people/ValueRows.qml" line="14" />
            <source>Add another</source>
            <translation>⟦Àdd àñöthér····⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ValueRows.qml" line="70" />
            <source>%1 %2</source>
            <translation>⟦%1 %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/people/ValueRows.qml" line="77" />
            <source>Remove %1</source>
            <translation>⟦Rémövé %1···⟧</translation>
        </message>
    </context>
    <context>
        <name>Vault</name>
        <message>
            <location filename="../backend/storage/Vault.cpp" line="41" />
            <source>There is no vault in %1.</source>
            <translation>⟦Théré îš ñö vàûlt îñ %1.·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Vault.cpp" line="43" />
            <source>The vault header could not be read (%1).</source>
            <translation>⟦Thé vàûlt héàdér çöûld ñöt bé réàd (%1).················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Vault.cpp" line="46" />
            <source>The vault header (vault.json) is damaged.</source>
            <translation>⟦Thé vàûlt héàdér (vàûlt.jšöñ) îš dàmàgéd.················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Vault.cpp" line="54" />
            <source>That passphrase does not unlock this vault.</source>
            <translation>⟦Thàt pàššphràšé döéš ñöt ûñlöçk thîš vàûlt.·················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Vault.cpp" line="118" />
            <source>Could not move aside an old database file in %1.</source>
            <translation>⟦Çöûld ñöt mövé àšîdé àñ öld dàtàbàšé fîlé îñ %1.···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Vault.cpp" line="127" />
            <location filename="../backend/storage/Vault.cpp" line="136" />
            <source>A vault already exists in %1.</source>
            <translation>⟦À vàûlt àlréàdý éxîštš îñ %1.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Vault.cpp" line="129" />
            <source>The key-derivation settings are out of the allowed range.</source>
            <translation>⟦Thé kéý-dérîvàtîöñ šéttîñgš àré öût öf thé àllöwéd ràñgé.······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Vault.cpp" line="131" />
            <source>Could not create the folder %1.</source>
            <translation>⟦Çöûld ñöt çréàté thé földér %1.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Vault.cpp" line="159" />
            <location filename="../backend/storage/Vault.cpp" line="167" />
            <source>The vault's database file is missing.</source>
            <translation>⟦Thé vàûlt'š dàtàbàšé fîlé îš mîššîñg.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/Vault.cpp" line="169" />
            <location filename="../backend/storage/Vault.cpp" line="174" />
            <source>The remembered key does not fit this vault.</source>
            <translation>⟦Thé rémémbéréd kéý döéš ñöt fît thîš vàûlt.·················⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/VaultHeader.cpp" line="16" />
            <source>The vault header (vault.json) is damaged. Restore it from a backup; the passphrase cannot help until then.</source>
            <translation>⟦Thé vàûlt héàdér (vàûlt.jšöñ) îš dàmàgéd. Réštöré ît fröm à bàçkûp; thé pàššphràšé çàññöt hélp ûñtîl théñ.··········································⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/VaultHeader.cpp" line="167" />
            <source>This vault uses format version %1, which this version of Rebound does not know. Please update the app.</source>
            <translation>⟦Thîš vàûlt ûšéš förmàt véršîöñ %1, whîçh thîš véršîöñ öf Réböûñd döéš ñöt kñöw. Pléàšé ûpdàté thé àpp.········································⟧</translation>
        </message>
        <message>
            <location filename="../backend/storage/VaultHeader.cpp" line="176" />
            <source>The vault header asks for weaker key protection than Rebound allows; it may have been tampered with.</source>
            <translation>⟦Thé vàûlt héàdér àškš för wéàkér kéý prötéçtîöñ thàñ Réböûñd àllöwš; ît màý hàvé bééñ tàmpéréd wîth.········································⟧</translation>
        </message>
    </context>
    <context>
        <name>WinsCard</name>
        <message>
            <location filename="../qml/today/WinsCard.qml" line="16" />
            <source>Landed an interview</source>
            <translation>⟦Làñdéd àñ îñtérvîéw·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/WinsCard.qml" line="16" />
            <source>Good feedback</source>
            <translation>⟦Gööd féédbàçk·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/WinsCard.qml" line="16" />
            <source>Reached a final round</source>
            <translation>⟦Réàçhéd à fîñàl röûñd········⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/WinsCard.qml" line="16" />
            <source>Sent an application</source>
            <translation>⟦Šéñt àñ àpplîçàtîöñ·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/WinsCard.qml" line="41" />
            <source>Every step counts. Note your first one.</source>
            <translation>⟦Évérý štép çöûñtš. Ñöté ýöûr fîršt öñé.···············⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/WinsCard.qml" line="42" />
            <source>1 win so far</source>
            <translation>⟦1 wîñ šö fàr····⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/WinsCard.qml" line="42" />
            <source>%1 wins so far</source>
            <translation>⟦%1 wîñš šö fàr·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/WinsCard.qml" line="76" />
            <source>Small wins</source>
            <translation>⟦Šmàll wîñš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/WinsCard.qml" line="103" />
            <source>What went well?</source>
            <translation>⟦Whàt wéñt wéll?······⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/WinsCard.qml" line="107" />
            <source>New small win</source>
            <translation>⟦Ñéw šmàll wîñ·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/WinsCard.qml" line="114" />
            <source>Add</source>
            <translation>⟦Àdd·⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/WinsCard.qml" line="115" />
            <source>Add small win</source>
            <translation>⟦Àdd šmàll wîñ·····⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/WinsCard.qml" line="125" />
            <source>Suggestions</source>
            <translation>⟦Šûggéštîöñš····⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/WinsCard.qml" line="142" />
            <source>Use suggestion: %1</source>
            <translation>⟦Ûšé šûggéštîöñ: %1·······⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/WinsCard.qml" line="190" />
            <source>%1, %2</source>
            <translation>⟦%1, %2··⟧</translation>
        </message>
        <message>
            <location filename="../qml/today/WinsCard.qml" line="226" />
            <source>Delete win: %1</source>
            <translation>⟦Délété wîñ: %1·····⟧</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../backend/app/Application.cpp" line="61" />
            <source>Rebound: your private job-search companion.</source>
            <translation>⟦Réböûñd: ýöûr prîvàté jöb-šéàrçh çömpàñîöñ.·················⟧</translation>
        </message>
        <message>
            <location filename="../backend/app/Application.cpp" line="65" />
            <source>Vault folder.</source>
            <translation>⟦Vàûlt földér.·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/app/Application.cpp" line="68" />
            <source>Render every page to PNG files and exit.</source>
            <translation>⟦Réñdér évérý pàgé tö PÑG fîléš àñd éxît.················⟧</translation>
        </message>
        <message>
            <location filename="../backend/app/Application.cpp" line="71" />
            <source>Window size, e.g. 390x844.</source>
            <translation>⟦Wîñdöw šîzé, é.g. 390x844.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/app/Application.cpp" line="75" />
            <source>Screenshot mode: fill the throw-away vault with sample data.</source>
            <translation>⟦Šçrééñšhöt mödé: fîll thé thröw-àwàý vàûlt wîth šàmplé dàtà.························⟧</translation>
        </message>
        <message>
            <location filename="../backend/app/Application.cpp" line="78" />
            <source>Print the time to the first frame and exit (benchmark).</source>
            <translation>⟦Prîñt thé tîmé tö thé fîršt fràmé àñd éxît (béñçhmàrk).······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/app/Application.cpp" line="80" />
            <source>Screenshot mode: use the dark theme.</source>
            <translation>⟦Šçrééñšhöt mödé: ûšé thé dàrk thémé.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/app/Application.cpp" line="83" />
            <source>Screenshot mode: the language (en, de, es, fr or pseudo).</source>
            <translation>⟦Šçrééñšhöt mödé: thé làñgûàgé (éñ, dé, éš, fr ör pšéûdö).······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/app/Application.cpp" line="98" />
            <source>--size takes WIDTHxHEIGHT, e.g. 390x844.</source>
            <translation>⟦--šîzé tàkéš WÎDTHxHÉÎGHT, é.g. 390x844.················⟧</translation>
        </message>
    </context>
    <context>
        <name>rebound::ApplicationController</name>
        <message>
            <location filename="../backend/ui/ApplicationController.cpp" line="58" />
            <source>"%1" is not a date. Use the form 2026-11-24.</source>
            <translation>⟦"%1" îš ñöt à dàté. Ûšé thé förm 2026-11-24.·················⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ApplicationController.cpp" line="64" />
            <source>Write a salary as a whole number, such as 65000 or 65k.</source>
            <translation>⟦Wrîté à šàlàrý àš à whölé ñûmbér, šûçh àš 65000 ör 65k.······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ApplicationController.cpp" line="95" />
            <source>A salary must be a whole number from 0 to 1,000,000,000,000.</source>
            <translation>⟦À šàlàrý mûšt bé à whölé ñûmbér fröm 0 tö 1,000,000,000,000.························⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ApplicationController.cpp" line="136" />
            <source>Today, %1</source>
            <translation>⟦Tödàý, %1···⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ApplicationController.cpp" line="138" />
            <source>Tomorrow, %1</source>
            <translation>⟦Tömörröw, %1····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ApplicationController.cpp" line="140" />
            <source>Yesterday, %1</source>
            <translation>⟦Ýéštérdàý, %1·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ApplicationController.cpp" line="142" />
            <source>ddd d MMM</source>
            <extracomment>A QDate format for a short day, e.g. "Thu 27 Nov"; reorder as your language does.</extracomment>
            <translation>⟦ddd d MMM···⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ApplicationController.cpp" line="142" />
            <source>d MMM yyyy</source>
            <translation>⟦d MMM ýýýý····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ApplicationController.cpp" line="143" />
            <source>%1, %2</source>
            <translation>⟦%1, %2··⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ApplicationController.cpp" line="152" />
            <source>%1–%2</source>
            <translation>⟦%1–%2··⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ApplicationController.cpp" line="155" />
            <source>from %1</source>
            <translation>⟦fröm %1··⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ApplicationController.cpp" line="157" />
            <source>up to %1</source>
            <translation>⟦ûp tö %1···⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ApplicationController.cpp" line="302" />
            <source>%1 · %2</source>
            <translation>⟦%1 · %2··⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ApplicationController.cpp" line="341" />
            <source>The application</source>
            <translation>⟦Thé àpplîçàtîöñ······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ApplicationController.cpp" line="374" />
            <location filename="../backend/ui/ApplicationController.cpp" line="697" />
            <source>The vault is locked.</source>
            <translation>⟦Thé vàûlt îš löçkéd.········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ApplicationController.cpp" line="391" />
            <location filename="../backend/ui/ApplicationController.cpp" line="443" />
            <source>Open an application first.</source>
            <translation>⟦Öpéñ àñ àpplîçàtîöñ fîršt.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ApplicationController.cpp" line="435" />
            <source>That application no longer exists.</source>
            <translation>⟦Thàt àpplîçàtîöñ ñö löñgér éxîštš.·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ApplicationController.cpp" line="537" />
            <source>Pick a time between 00:00 and 23:59.</source>
            <translation>⟦Pîçk à tîmé bétwééñ 00:00 àñd 23:59.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ApplicationController.cpp" line="603" />
            <source>That interview no longer exists.</source>
            <translation>⟦Thàt îñtérvîéw ñö löñgér éxîštš.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ApplicationController.cpp" line="638" />
            <location filename="../backend/ui/ApplicationController.cpp" line="676" />
            <source>That feedback no longer exists.</source>
            <translation>⟦Thàt féédbàçk ñö löñgér éxîštš.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ApplicationController.cpp" line="690" />
            <source>job-applications</source>
            <translation>⟦jöb-àpplîçàtîöñš······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ApplicationController.cpp" line="703" />
            <source>Export as "csv" or "json".</source>
            <translation>⟦Éxpört àš "çšv" ör "jšöñ".··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ApplicationController.cpp" line="705" />
            <source>Choose a file on this device to export to.</source>
            <translation>⟦Çhööšé à fîlé öñ thîš dévîçé tö éxpört tö.················⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ApplicationController.cpp" line="707" />
            <source>"%1" is a folder. Choose a file name.</source>
            <translation>⟦"%1" îš à földér. Çhööšé à fîlé ñàmé.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ApplicationController.cpp" line="716" />
            <source>Could not write "%1". Check that the folder exists and you may write there.</source>
            <translation>⟦Çöûld ñöt wrîté "%1". Çhéçk thàt thé földér éxîštš àñd ýöû màý wrîté théré.······························⟧</translation>
        </message>
    </context>
    <context>
        <name>rebound::ApplicationListModel</name>
        <message>
            <location filename="../backend/ui/ApplicationListModel.cpp" line="91" />
            <source>%1 · %2</source>
            <translation>⟦%1 · %2··⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ApplicationListModel.cpp" line="96" />
            <location filename="../backend/ui/ApplicationListModel.cpp" line="127" />
            <source>Closed</source>
            <translation>⟦Çlöšéd··⟧</translation>
        </message>
    </context>
    <context>
        <name>rebound::ChecklistController</name>
        <message>
            <location filename="../backend/ui/ChecklistController.cpp" line="20" />
            <source>Not scheduled</source>
            <translation>⟦Ñöt šçhédûléd·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ChecklistController.cpp" line="22" />
            <source>Every week</source>
            <translation>⟦Évérý wéék····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ChecklistController.cpp" line="23" />
            <source>Every %1 weeks</source>
            <translation>⟦Évérý %1 wéékš·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ChecklistController.cpp" line="32" />
            <source>due today</source>
            <translation>⟦dûé tödàý···⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ChecklistController.cpp" line="34" />
            <source>due tomorrow</source>
            <translation>⟦dûé tömörröw····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ChecklistController.cpp" line="36" />
            <source>due in %1 days</source>
            <translation>⟦dûé îñ %1 dàýš·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ChecklistController.cpp" line="38" />
            <source>due on %1</source>
            <translation>⟦dûé öñ %1···⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ChecklistController.cpp" line="40" />
            <source>1 day overdue</source>
            <translation>⟦1 dàý övérdûé·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ChecklistController.cpp" line="41" />
            <source>%1 days overdue</source>
            <translation>⟦%1 dàýš övérdûé······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ChecklistController.cpp" line="46" />
            <source>Not reviewed yet</source>
            <translation>⟦Ñöt révîéwéd ýét······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ChecklistController.cpp" line="48" />
            <source>Last reviewed today</source>
            <translation>⟦Làšt révîéwéd tödàý·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ChecklistController.cpp" line="49" />
            <source>Last reviewed on %1</source>
            <translation>⟦Làšt révîéwéd öñ %1·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ChecklistController.cpp" line="58" />
            <source>Copy of %1</source>
            <translation>⟦Çöpý öf %1····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ChecklistController.cpp" line="153" />
            <source>%1 rejections in the last %2 days. That is a lot to carry: a review can help you see what to keep and what to change.</source>
            <translation>⟦%1 réjéçtîöñš îñ thé làšt %2 dàýš. Thàt îš à löt tö çàrrý: à révîéw çàñ hélp ýöû šéé whàt tö kéép àñd whàt tö çhàñgé.··············································⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ChecklistController.cpp" line="167" />
            <source>Your review is waiting</source>
            <translation>⟦Ýöûr révîéw îš wàîtîñg········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ChecklistController.cpp" line="170" />
            <source>You started “%1” today. Pick up where you left off.</source>
            <translation>⟦Ýöû štàrtéd “%1” tödàý. Pîçk ûp whéré ýöû léft öff.····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ChecklistController.cpp" line="171" />
            <source>You started “%1” on %2. Pick up where you left off.</source>
            <translation>⟦Ýöû štàrtéd “%1” öñ %2. Pîçk ûp whéré ýöû léft öff.····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ChecklistController.cpp" line="177" />
            <source>Time for a review</source>
            <translation>⟦Tîmé för à révîéw······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ChecklistController.cpp" line="179" />
            <source>“%1” is %2. A calm look back helps you adjust course.</source>
            <translation>⟦“%1” îš %2. À çàlm löök bàçk hélpš ýöû àdjûšt çöûršé.·····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ChecklistController.cpp" line="192" />
            <source>A review might help now</source>
            <translation>⟦À révîéw mîght hélp ñöw·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ChecklistController.cpp" line="204" />
            <source>The vault is locked.</source>
            <translation>⟦Thé vàûlt îš löçkéd.········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ChecklistController.cpp" line="261" />
            <location filename="../backend/ui/ChecklistController.cpp" line="273" />
            <source>That checklist no longer exists.</source>
            <translation>⟦Thàt çhéçklîšt ñö löñgér éxîštš.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ChecklistController.cpp" line="300" />
            <location filename="../backend/ui/ChecklistController.cpp" line="311" />
            <source>That question no longer exists.</source>
            <translation>⟦Thàt qûéštîöñ ñö löñgér éxîštš.············⟧</translation>
        </message>
    </context>
    <context>
        <name>rebound::ContactController</name>
        <message>
            <location filename="../backend/ui/ContactController.cpp" line="134" />
            <source>off (no tag has a default)</source>
            <translation>⟦öff (ñö tàg hàš à défàûlt)··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ContactController.cpp" line="135" />
            <source>from tags: %1, %2</source>
            <translation>⟦fröm tàgš: %1, %2······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ContactController.cpp" line="173" />
            <source>The vault is locked. Unlock it and try again.</source>
            <translation>⟦Thé vàûlt îš löçkéd. Ûñlöçk ît àñd trý àgàîñ.··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ContactController.cpp" line="196" />
            <source>Pick a valid day.</source>
            <translation>⟦Pîçk à vàlîd dàý.······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ContactController.cpp" line="245" />
            <source>That contact no longer exists.</source>
            <translation>⟦Thàt çöñtàçt ñö löñgér éxîštš.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ContactController.cpp" line="301" />
            <location filename="../backend/ui/ContactController.cpp" line="306" />
            <source>That interaction no longer exists.</source>
            <translation>⟦Thàt îñtéràçtîöñ ñö löñgér éxîštš.·············⟧</translation>
        </message>
    </context>
    <context>
        <name>rebound::ContactListModel</name>
        <message>
            <location filename="../backend/ui/ContactListModel.cpp" line="76" />
            <source> · </source>
            <translation>⟦ · ·⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ContactListModel.cpp" line="212" />
            <source>never</source>
            <translation>⟦ñévér··⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ContactListModel.cpp" line="215" />
            <source>today</source>
            <translation>⟦tödàý··⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ContactListModel.cpp" line="217" />
            <source>yesterday</source>
            <translation>⟦ýéštérdàý···⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ContactListModel.cpp" line="219" />
            <source>%1 days ago</source>
            <translation>⟦%1 dàýš àgö····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ContactListModel.cpp" line="221" />
            <source>%1 weeks ago</source>
            <translation>⟦%1 wéékš àgö····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ContactListModel.cpp" line="223" />
            <source>a month ago</source>
            <translation>⟦à möñth àgö····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ContactListModel.cpp" line="223" />
            <source>%1 months ago</source>
            <translation>⟦%1 möñthš àgö·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ContactListModel.cpp" line="224" />
            <source>a year ago</source>
            <translation>⟦à ýéàr àgö····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ContactListModel.cpp" line="224" />
            <source>%1 years ago</source>
            <translation>⟦%1 ýéàrš àgö····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ContactListModel.cpp" line="232" />
            <source>due today</source>
            <translation>⟦dûé tödàý···⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ContactListModel.cpp" line="234" />
            <source>1 day overdue</source>
            <translation>⟦1 dàý övérdûé·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ContactListModel.cpp" line="234" />
            <source>%1 days overdue</source>
            <translation>⟦%1 dàýš övérdûé······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ContactListModel.cpp" line="236" />
            <source>due tomorrow</source>
            <translation>⟦dûé tömörröw····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ContactListModel.cpp" line="237" />
            <source>due in %1 days</source>
            <translation>⟦dûé îñ %1 dàýš·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ContactListModel.cpp" line="242" />
            <source>off</source>
            <translation>⟦öff·⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ContactListModel.cpp" line="243" />
            <source>every day</source>
            <translation>⟦évérý dàý···⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ContactListModel.cpp" line="243" />
            <source>every %1 days</source>
            <translation>⟦évérý %1 dàýš·····⟧</translation>
        </message>
    </context>
    <context>
        <name>rebound::DataController</name>
        <message>
            <location filename="../backend/ui/DataController.cpp" line="149" />
            <source>Exporting…</source>
            <translation>⟦Éxpörtîñg…····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/DataController.cpp" line="161" />
            <source>Export cancelled. Nothing was left behind.</source>
            <translation>⟦Éxpört çàñçélléd. Ñöthîñg wàš léft béhîñd.················⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/ui/DataController.cpp" line="164" />
            <source>Exported %n journal entries and everything else to “%1”. These files are not encrypted: keep them somewhere safe.</source>
            <translation>
                <numerusform>⟦Éxpörtéd %n jöûrñàl éñtrîéš àñd évérýthîñg élšé tö “%1”. Théšé fîléš àré ñöt éñçrýptéd: kéép thém šöméwhéré šàfé.·············································⟧</numerusform>
                <numerusform>⟦Éxpörtéd %n jöûrñàl éñtrîéš àñd évérýthîñg élšé tö “%1”. Théšé fîléš àré ñöt éñçrýptéd: kéép thém šöméwhéré šàfé.·············································⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../backend/ui/DataController.cpp" line="177" />
            <source>The two passphrases do not match.</source>
            <translation>⟦Thé twö pàššphràšéš dö ñöt màtçh.·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/DataController.cpp" line="179" />
            <source>Use at least %1 characters.</source>
            <translation>⟦Ûšé àt léàšt %1 çhàràçtérš.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/DataController.cpp" line="190" />
            <source>Writing the backup…</source>
            <translation>⟦Wrîtîñg thé bàçkûp…·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/DataController.cpp" line="200" />
            <source>Backup cancelled. No file was written.</source>
            <translation>⟦Bàçkûp çàñçélléd. Ñö fîlé wàš wrîttéñ.···············⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/ui/DataController.cpp" line="202" />
            <source>Backed up %n records to “%1”. You need its passphrase to restore it.</source>
            <translation>
                <numerusform>⟦Bàçkéd ûp %n réçördš tö “%1”. Ýöû ñééd îtš pàššphràšé tö réštöré ît.···························⟧</numerusform>
                <numerusform>⟦Bàçkéd ûp %n réçördš tö “%1”. Ýöû ñééd îtš pàššphràšé tö réštöré ît.···························⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../backend/ui/DataController.cpp" line="218" />
            <source>Could not open %1: %2</source>
            <translation>⟦Çöûld ñöt öpéñ %1: %2········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/DataController.cpp" line="260" />
            <source>%1 – %2</source>
            <extracomment>A range of dates: %1 the first, %2 the last.</extracomment>
            <translation>⟦%1 – %2··⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/ui/DataController.cpp" line="281" />
            <source>Imported %n check-ins</source>
            <translation>
                <numerusform>⟦Împörtéd %n çhéçk-îñš········⟧</numerusform>
                <numerusform>⟦Împörtéd %n çhéçk-îñš········⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/ui/DataController.cpp" line="282" />
            <source>%n journal entries</source>
            <translation>
                <numerusform>⟦%n jöûrñàl éñtrîéš·······⟧</numerusform>
                <numerusform>⟦%n jöûrñàl éñtrîéš·······⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/ui/DataController.cpp" line="284" />
            <source>%n new effort tags</source>
            <translation>
                <numerusform>⟦%n ñéw éffört tàgš·······⟧</numerusform>
                <numerusform>⟦%n ñéw éffört tàgš·······⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../backend/ui/DataController.cpp" line="287" />
            <source>%n entries were already imported and were skipped.</source>
            <translation>
                <numerusform>⟦%n éñtrîéš wéré àlréàdý împörtéd àñd wéré škîppéd.····················⟧</numerusform>
                <numerusform>⟦%n éñtrîéš wéré àlréàdý împörtéd àñd wéré škîppéd.····················⟧</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>rebound::GoalsController</name>
        <message>
            <location filename="../backend/ui/GoalsController.cpp" line="28" />
            <source>Active since %1</source>
            <translation>⟦Àçtîvé šîñçé %1······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/GoalsController.cpp" line="30" />
            <source>Paused since %1</source>
            <translation>⟦Pàûšéd šîñçé %1······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/GoalsController.cpp" line="32" />
            <source>Achieved on %1</source>
            <translation>⟦Àçhîévéd öñ %1·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/GoalsController.cpp" line="33" />
            <source>Dropped on %1</source>
            <translation>⟦Dröppéd öñ %1·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/GoalsController.cpp" line="41" />
            <source>since %1</source>
            <translation>⟦šîñçé %1···⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/GoalsController.cpp" line="41" />
            <source>on %1</source>
            <translation>⟦öñ %1··⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/GoalsController.cpp" line="47" />
            <source>by %1</source>
            <translation>⟦bý %1··⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/GoalsController.cpp" line="170" />
            <source>%1 of %2 this week</source>
            <translation>⟦%1 öf %2 thîš wéék·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/GoalsController.cpp" line="193" />
            <source>The vault is locked.</source>
            <translation>⟦Thé vàûlt îš löçkéd.········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/GoalsController.cpp" line="228" />
            <source>Write the weekly target as a whole number, such as 10.</source>
            <translation>⟦Wrîté thé wééklý tàrgét àš à whölé ñûmbér, šûçh àš 10.·····················⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/GoalsController.cpp" line="237" />
            <source>Pick a valid day for the goal, or leave it empty.</source>
            <translation>⟦Pîçk à vàlîd dàý för thé göàl, ör léàvé ît émptý.···················⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/GoalsController.cpp" line="263" />
            <source>Set the north star at the top of the page.</source>
            <translation>⟦Šét thé ñörth štàr àt thé töp öf thé pàgé.················⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/GoalsController.cpp" line="283" />
            <source>That goal no longer exists.</source>
            <translation>⟦Thàt göàl ñö löñgér éxîštš.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/GoalsController.cpp" line="293" />
            <source>The north star stays the north star: set it at the top of the page.</source>
            <translation>⟦Thé ñörth štàr štàýš thé ñörth štàr: šét ît àt thé töp öf thé pàgé.··························⟧</translation>
        </message>
    </context>
    <context>
        <name>rebound::JournalModel</name>
        <message>
            <location filename="../backend/ui/JournalModel.cpp" line="198" />
            <location filename="../backend/ui/JournalModel.cpp" line="217" />
            <source>That entry no longer exists.</source>
            <translation>⟦Thàt éñtrý ñö löñgér éxîštš.···········⟧</translation>
        </message>
    </context>
    <context>
        <name>rebound::PeopleController</name>
        <message>
            <location filename="../backend/ui/PeopleController.cpp" line="28" />
            <source> · </source>
            <translation>⟦ · ·⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/PeopleController.cpp" line="112" />
            <location filename="../backend/ui/PeopleController.cpp" line="154" />
            <source>The vault is locked. Unlock it and try again.</source>
            <translation>⟦Thé vàûlt îš löçkéd. Ûñlöçk ît àñd trý àgàîñ.··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/PeopleController.cpp" line="118" />
            <source>Pick a day after today.</source>
            <translation>⟦Pîçk à dàý àftér tödàý.·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/PeopleController.cpp" line="123" />
            <source>Nothing is due for this contact right now.</source>
            <translation>⟦Ñöthîñg îš dûé för thîš çöñtàçt rîght ñöw.················⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/PeopleController.cpp" line="141" />
            <source>Snooze for at least one day.</source>
            <translation>⟦Šñöözé för àt léàšt öñé dàý.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/PeopleController.cpp" line="160" />
            <source>That contact no longer exists.</source>
            <translation>⟦Thàt çöñtàçt ñö löñgér éxîštš.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/PeopleController.cpp" line="168" />
            <source>That template no longer exists.</source>
            <translation>⟦Thàt témplàté ñö löñgér éxîštš.············⟧</translation>
        </message>
    </context>
    <context>
        <name>rebound::RejectionFlowController</name>
        <message>
            <location filename="../backend/ui/RejectionFlowController.cpp" line="51" />
            <source>Check in with your feelings</source>
            <translation>⟦Çhéçk îñ wîth ýöûr féélîñgš··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/RejectionFlowController.cpp" line="53" />
            <source>Ask for feedback</source>
            <translation>⟦Àšk för féédbàçk······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/RejectionFlowController.cpp" line="55" />
            <source>Make your case</source>
            <translation>⟦Màké ýöûr çàšé·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/RejectionFlowController.cpp" line="57" />
            <source>Don't burn bridges</source>
            <translation>⟦Döñ't bûrñ brîdgéš·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/RejectionFlowController.cpp" line="59" />
            <source>Name what went well</source>
            <translation>⟦Ñàmé whàt wéñt wéll·······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/RejectionFlowController.cpp" line="122" />
            <source>That application no longer exists.</source>
            <translation>⟦Thàt àpplîçàtîöñ ñö löñgér éxîštš.·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/RejectionFlowController.cpp" line="258" />
            <source>Pick a valid day for the reminder.</source>
            <translation>⟦Pîçk à vàlîd dàý för thé rémîñdér.·············⟧</translation>
        </message>
    </context>
    <context>
        <name>rebound::ReviewController</name>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="39" />
            <source>not answered</source>
            <translation>⟦ñöt àñšwéréd····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="44" />
            <source>No check-ins in this period.</source>
            <translation>⟦Ñö çhéçk-îñš îñ thîš pérîöd.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="46" />
            <source>Mood %1 on the one day you checked in.</source>
            <translation>⟦Mööd %1 öñ thé öñé dàý ýöû çhéçkéd îñ.···············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="47" />
            <source>Mood averaged %1 over %2 days.</source>
            <translation>⟦Mööd àvéràgéd %1 övér %2 dàýš.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="54" />
            <source>%1 About the same as the weeks before.</source>
            <translation>⟦%1 Àböût thé šàmé àš thé wéékš béföré.···············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="56" />
            <source>%1 Up %2 on the weeks before (%3).</source>
            <translation>⟦%1 Ûp %2 öñ thé wéékš béföré (%3).·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="59" />
            <source>%1 Down %2 on the weeks before (%3).</source>
            <translation>⟦%1 Döwñ %2 öñ thé wéékš béföré (%3).··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="61" />
            <source>%1 Down %2 on the weeks before (%3): be kind to yourself.</source>
            <translation>⟦%1 Döwñ %2 öñ thé wéékš béföré (%3): bé kîñd tö ýöûršélf.······················⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="67" />
            <source>%1 a week (target %2) · met in %3 of %4 weeks</source>
            <translation>⟦%1 à wéék (tàrgét %2) · mét îñ %3 öf %4 wéékš··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="118" />
            <location filename="../backend/ui/ReviewController.cpp" line="234" />
            <source>Finished %1</source>
            <translation>⟦Fîñîšhéd %1····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="119" />
            <location filename="../backend/ui/ReviewController.cpp" line="235" />
            <source>Started %1</source>
            <translation>⟦Štàrtéd %1····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="168" />
            <source>Added “%1” as an alternative path to “%2”</source>
            <translation>⟦Àddéd “%1” àš àñ àltérñàtîvé pàth tö “%2”················⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="168" />
            <source>Adds “%1” as an alternative path to “%2”</source>
            <translation>⟦Àddš “%1” àš àñ àltérñàtîvé pàth tö “%2”················⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="169" />
            <location filename="../backend/ui/ReviewController.cpp" line="174" />
            <source>a goal that no longer exists</source>
            <translation>⟦à göàl thàt ñö löñgér éxîštš···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="171" />
            <source>Added the goal “%1” (%2)</source>
            <translation>⟦Àddéd thé göàl “%1” (%2)·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="171" />
            <source>Adds the goal “%1” (%2)</source>
            <translation>⟦Àddš thé göàl “%1” (%2)·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="175" />
            <source>Marked “%1” as %2</source>
            <translation>⟦Màrkéd “%1” àš %2······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="175" />
            <source>Marks “%1” as %2</source>
            <translation>⟦Màrkš “%1” àš %2······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="178" />
            <source>Planned “%1” for %2 (%3)</source>
            <translation>⟦Plàññéd “%1” för %2 (%3)·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="178" />
            <source>Plans “%1” for %2 (%3)</source>
            <translation>⟦Plàñš “%1” för %2 (%3)········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="293" />
            <source>Since your last review on %1 (%2 days)</source>
            <translation>⟦Šîñçé ýöûr làšt révîéw öñ %1 (%2 dàýš)···············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="296" />
            <source>The last %1 days: %2 to %3</source>
            <translation>⟦Thé làšt %1 dàýš: %2 tö %3··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="361" />
            <source>named once</source>
            <translation>⟦ñàméd öñçé····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="361" />
            <source>named %1 times</source>
            <translation>⟦ñàméd %1 tîméš·····⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="395" />
            <location filename="../backend/ui/ReviewController.cpp" line="565" />
            <source>The vault is locked.</source>
            <translation>⟦Thé vàûlt îš löçkéd.········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="427" />
            <source>That review no longer exists.</source>
            <translation>⟦Thàt révîéw ñö löñgér éxîštš.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="449" />
            <location filename="../backend/ui/ReviewController.cpp" line="459" />
            <source>That question is no longer part of the review.</source>
            <translation>⟦Thàt qûéštîöñ îš ñö löñgér pàrt öf thé révîéw.··················⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="473" />
            <location filename="../backend/ui/ReviewController.cpp" line="481" />
            <location filename="../backend/ui/ReviewController.cpp" line="571" />
            <source>Open a review first.</source>
            <translation>⟦Öpéñ à révîéw fîršt.········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="491" />
            <source>1 goal added or changed</source>
            <translation>⟦1 göàl àddéd ör çhàñgéd·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="491" />
            <source>%1 goals added or changed</source>
            <translation>⟦%1 göàlš àddéd ör çhàñgéd··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="492" />
            <source>1 skills action planned</source>
            <translation>⟦1 škîllš àçtîöñ plàññéd·········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="492" />
            <source>%1 skills actions planned</source>
            <translation>⟦%1 škîllš àçtîöñš plàññéd··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="495" />
            <source>Review finished.</source>
            <translation>⟦Révîéw fîñîšhéd.······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="497" />
            <location filename="../backend/ui/ReviewController.cpp" line="499" />
            <source>Review finished: %1.</source>
            <translation>⟦Révîéw fîñîšhéd: %1.········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="501" />
            <source>Review finished: %1 and %2.</source>
            <translation>⟦Révîéw fîñîšhéd: %1 àñd %2.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="541" />
            <source>Could not copy the review.</source>
            <translation>⟦Çöûld ñöt çöpý thé révîéw.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="553" />
            <source>review-%1</source>
            <translation>⟦révîéw-%1···⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="573" />
            <source>Choose a file on this device to export to.</source>
            <translation>⟦Çhööšé à fîlé öñ thîš dévîçé tö éxpört tö.················⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="575" />
            <source>"%1" is a folder. Choose a file name.</source>
            <translation>⟦"%1" îš à földér. Çhööšé à fîlé ñàmé.··············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="578" />
            <source>Could not read the review from the vault.</source>
            <translation>⟦Çöûld ñöt réàd thé révîéw fröm thé vàûlt.················⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/ReviewController.cpp" line="585" />
            <source>Could not write "%1". Check that the folder exists and you may write there.</source>
            <translation>⟦Çöûld ñöt wrîté "%1". Çhéçk thàt thé földér éxîštš àñd ýöû màý wrîté théré.······························⟧</translation>
        </message>
    </context>
    <context>
        <name>rebound::SettingsController</name>
        <message>
            <location filename="../backend/ui/SettingsController.cpp" line="37" />
            <source>System (%1)</source>
            <translation>⟦Šýštém (%1)····⟧</translation>
        </message>
    </context>
    <context>
        <name>rebound::SkillsPlanController</name>
        <message>
            <location filename="../backend/ui/SkillsPlanController.cpp" line="22" />
            <source>not named in feedback yet</source>
            <translation>⟦ñöt ñàméd îñ féédbàçk ýét··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SkillsPlanController.cpp" line="25" />
            <source>last named today</source>
            <translation>⟦làšt ñàméd tödàý······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SkillsPlanController.cpp" line="27" />
            <source>last named yesterday</source>
            <translation>⟦làšt ñàméd ýéštérdàý········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SkillsPlanController.cpp" line="29" />
            <source>last named %1 days ago</source>
            <translation>⟦làšt ñàméd %1 dàýš àgö········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SkillsPlanController.cpp" line="30" />
            <source>last named on %1</source>
            <translation>⟦làšt ñàméd öñ %1······⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SkillsPlanController.cpp" line="149" />
            <source>Pick a valid due day, or leave it empty.</source>
            <translation>⟦Pîçk à vàlîd dûé dàý, ör léàvé ît émptý.················⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/SkillsPlanController.cpp" line="188" />
            <location filename="../backend/ui/SkillsPlanController.cpp" line="200" />
            <location filename="../backend/ui/SkillsPlanController.cpp" line="210" />
            <source>That action no longer exists.</source>
            <translation>⟦Thàt àçtîöñ ñö löñgér éxîštš.···········⟧</translation>
        </message>
    </context>
    <context>
        <name>rebound::TodayController</name>
        <message>
            <location filename="../backend/ui/TodayController.cpp" line="145" />
            <source>That check-in no longer exists.</source>
            <translation>⟦Thàt çhéçk-îñ ñö löñgér éxîštš.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/TodayController.cpp" line="157" />
            <source>That win no longer exists.</source>
            <translation>⟦Thàt wîñ ñö löñgér éxîštš.··········⟧</translation>
        </message>
    </context>
    <context>
        <name>rebound::VaultController</name>
        <message>
            <location filename="../backend/ui/VaultController.cpp" line="89" />
            <source>The two passphrases do not match.</source>
            <translation>⟦Thé twö pàššphràšéš dö ñöt màtçh.·············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/VaultController.cpp" line="91" />
            <location filename="../backend/ui/VaultController.cpp" line="148" />
            <source>Use at least %1 characters.</source>
            <translation>⟦Ûšé àt léàšt %1 çhàràçtérš.··········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/VaultController.cpp" line="106" />
            <source>Enter your passphrase.</source>
            <translation>⟦Éñtér ýöûr pàššphràšé.········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/VaultController.cpp" line="119" />
            <source>Choose the backup file first.</source>
            <translation>⟦Çhööšé thé bàçkûp fîlé fîršt.···········⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/VaultController.cpp" line="121" />
            <source>Enter the backup's passphrase.</source>
            <translation>⟦Éñtér thé bàçkûp'š pàššphràšé.············⟧</translation>
        </message>
        <message>
            <location filename="../backend/ui/VaultController.cpp" line="146" />
            <source>The two new passphrases do not match.</source>
            <translation>⟦Thé twö ñéw pàššphràšéš dö ñöt màtçh.··············⟧</translation>
        </message>
    </context>
</TS>
