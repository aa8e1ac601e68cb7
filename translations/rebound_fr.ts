<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutSection</name>
    <message>
        <location filename="../qml/settings/AboutSection.qml" line="14"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../qml/settings/AboutSection.qml" line="19"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../qml/settings/AboutSection.qml" line="22"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../qml/settings/AboutSection.qml" line="25"/>
        <source>Vault location</source>
        <translation>Emplacement du coffre</translation>
    </message>
    <message>
        <location filename="../qml/settings/AboutSection.qml" line="68"/>
        <source>Your data is encrypted on this device with SQLCipher; keys are derived from your passphrase with Argon2id.</source>
        <translation>Vos données sont chiffrées sur cet appareil avec SQLCipher&#xa0;; les clés sont dérivées de votre phrase secrète avec Argon2id.</translation>
    </message>
    <message>
        <location filename="../qml/settings/AboutSection.qml" line="78"/>
        <source>Built with</source>
        <translation>Conçu avec</translation>
    </message>
    <message>
        <location filename="../qml/settings/AboutSection.qml" line="87"/>
        <source>public domain</source>
        <translation>domaine public</translation>
    </message>
    <message>
        <location filename="../qml/settings/AboutSection.qml" line="97"/>
        <source>%1, licence %2</source>
        <translation>%1, licence %2</translation>
    </message>
</context>
<context>
    <name>AndroidNotifier</name>
    <message>
        <location filename="../platform/android/AndroidNotifier.cpp" line="35"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../platform/android/AndroidNotifier.cpp" line="51"/>
        <source>Notifications are turned off for Rebound in the system settings.</source>
        <translation>Les notifications de Rebound sont désactivées dans les paramètres du système.</translation>
    </message>
    <message>
        <location filename="../platform/android/AndroidNotifier.cpp" line="62"/>
        <source>Android refused the reminders notification channel.</source>
        <translation>Android a refusé le canal de notification des rappels.</translation>
    </message>
    <message>
        <location filename="../platform/android/AndroidNotifier.cpp" line="82"/>
        <source>Android did not show the notification.</source>
        <translation>Android n’a pas affiché la notification.</translation>
    </message>
</context>
<context>
    <name>AppLogo</name>
    <message>
        <location filename="../qml/components/AppLogo.qml" line="20"/>
        <source>Rebound logo</source>
        <translation>Logo de Rebound</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message numerus="yes">
        <location filename="../qml/shell/AppShell.qml" line="421"/>
        <source>%n reminders are waiting for you.</source>
        <translation>
            <numerusform>%n rappel vous attend.</numerusform>
            <numerusform>%n rappels vous attendent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/shell/AppShell.qml" line="421"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>ApplicationBoard</name>
    <message>
        <location filename="../qml/jobs/ApplicationBoard.qml" line="27"/>
        <source>Closed</source>
        <translation>Clôturées</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationBoard.qml" line="39"/>
        <source>Pipeline board</source>
        <translation>Tableau des candidatures</translation>
    </message>
</context>
<context>
    <name>ApplicationCard</name>
    <message>
        <location filename="../qml/jobs/ApplicationCard.qml" line="28"/>
        <source>Since today</source>
        <translation>Depuis aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationCard.qml" line="28"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationCard.qml" line="28"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
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
        <translation>prochain entretien %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationCard.qml" line="41"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationCard.qml" line="107"/>
        <source>Move %1 to…</source>
        <translation>Déplacer %1 vers…</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="34"/>
        <source>Write a salary as a whole number, such as 65000 or 65k.</source>
        <translation>Indiquez un salaire en nombre entier, par exemple 65000 ou 65k.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="49"/>
        <source>The link must be a web address (http or https).</source>
        <translation>Le lien doit être une adresse web (http ou https).</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="62"/>
        <source>Name the company.</source>
        <translation>Indiquez le nom de l&apos;entreprise.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="72"/>
        <source>The lowest salary is above the highest.</source>
        <translation>Le salaire minimum dépasse le maximum.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="75"/>
        <source>A currency is three letters, such as EUR or USD.</source>
        <translation>Une devise s&apos;écrit en trois lettres, par exemple EUR ou USD.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="147"/>
        <source>New application</source>
        <translation>Nouvelle candidature</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="147"/>
        <source>Edit application</source>
        <translation>Modifier la candidature</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="168"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="176"/>
        <source>e.g. Northwind Traders</source>
        <translation>p. ex. Northwind Traders</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="179"/>
        <source>Company (required)</source>
        <translation>Entreprise (obligatoire)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="184"/>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="194"/>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="191"/>
        <source>e.g. Data Analyst</source>
        <translation>p. ex. Analyste de données</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="199"/>
        <source>Where it stands</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="214"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="222"/>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="227"/>
        <source>Job ad</source>
        <translation>Offre d&apos;emploi</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="238"/>
        <source>Link, e.g. jobs.example.com/123</source>
        <translation>Lien, p. ex. jobs.example.com/123</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="242"/>
        <source>Link to the job ad</source>
        <translation>Lien vers l&apos;offre d&apos;emploi</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="247"/>
        <source>Open the link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="254"/>
        <source>Found through</source>
        <translation>Trouvée via</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="261"/>
        <source>e.g. LinkedIn or a referral</source>
        <translation>p. ex. LinkedIn ou une recommandation</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="264"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="282"/>
        <source>Use source %1</source>
        <translation>Utiliser la source %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="289"/>
        <source>Location and way of working</source>
        <translation>Lieu et mode de travail</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="296"/>
        <source>e.g. Berlin</source>
        <translation>p. ex. Berlin</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="299"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="304"/>
        <source>Way of working</source>
        <translation>Mode de travail</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="312"/>
        <source>Salary range (optional)</source>
        <translation>Fourchette de salaire (facultatif)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="324"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="327"/>
        <source>Lowest salary</source>
        <translation>Salaire minimum</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="331"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="341"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="344"/>
        <source>Highest salary</source>
        <translation>Salaire maximum</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="351"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="356"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="361"/>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="374"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="369"/>
        <source>What caught your eye, questions to ask, next steps…</source>
        <translation>Ce qui vous a plu, questions à poser, prochaines étapes…</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="391"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="393"/>
        <source>Delete application</source>
        <translation>Supprimer la candidature</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="403"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="413"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="414"/>
        <source>Save application</source>
        <translation>Enregistrer la candidature</translation>
    </message>
</context>
<context>
    <name>ApplicationList</name>
    <message>
        <location filename="../qml/jobs/ApplicationList.qml" line="31"/>
        <source>Applications</source>
        <translation>Candidatures</translation>
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
        <translation>Candidature&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="42"/>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="57"/>
        <source>Back to the applications</source>
        <translation>Retour aux candidatures</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="57"/>
        <source>Close the application</source>
        <translation>Fermer la fiche de la candidature</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="68"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="70"/>
        <source>Delete application</source>
        <translation>Supprimer la candidature</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="77"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="78"/>
        <source>Edit application</source>
        <translation>Modifier la candidature</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="163"/>
        <source>Since today</source>
        <translation>Depuis aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="163"/>
        <source>Since %1 · 1 day</source>
        <translation>Depuis le %1 · 1 jour</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="163"/>
        <source>Since %1 · %2 days</source>
        <translation>Depuis le %1 · %2 jours</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="173"/>
        <source>Move to…</source>
        <translation>Déplacer vers…</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="175"/>
        <source>Move to another stage</source>
        <translation>Passer à une autre étape</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="196"/>
        <source>Open the job ad: %1</source>
        <translation>Ouvrir l&apos;offre d&apos;emploi&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="228"/>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="235"/>
        <source>Salary</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="242"/>
        <source>Found through</source>
        <translation>Trouvée via</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="259"/>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="260"/>
        <location filename="../qml/jobs/ApplicationView.qml" line="282"/>
        <location filename="../qml/jobs/ApplicationView.qml" line="315"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="261"/>
        <source>Add an interview</source>
        <translation>Ajouter un entretien</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="263"/>
        <source>Log an interview to get a prep reminder the day before and a place for your reflection.</source>
        <translation>Enregistrez un entretien pour recevoir un rappel de préparation la veille et avoir un espace pour vos réflexions.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="281"/>
        <source>Feedback</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="283"/>
        <source>Add feedback</source>
        <translation>Ajouter un retour</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="285"/>
        <source>Whatever you hear back, from them or from a mock interview, feeds your skills plan.</source>
        <translation>Quel que soit le retour reçu, de leur part ou d&apos;un entretien d&apos;entraînement, il alimente votre plan de compétences.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="303"/>
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="314"/>
        <source>People</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="316"/>
        <source>Add a person</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="318"/>
        <source>Recruiters, hiring managers, whoever referred you.</source>
        <translation>Recruteurs, responsables du recrutement, la personne qui vous a recommandé.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="361"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="371"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="381"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="395"/>
        <source>%1, due %2</source>
        <translation>%1, échéance&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="413"/>
        <source>Was due %1</source>
        <translation>Échéance passée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="428"/>
        <source>This application is gone</source>
        <translation>Cette candidature n&apos;existe plus</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="428"/>
        <source>Pick an application</source>
        <translation>Choisissez une candidature</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="429"/>
        <source>It may have been deleted.</source>
        <translation>Elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="429"/>
        <source>Its interviews, feedback and history open here.</source>
        <translation>Ses entretiens, ses retours et son historique s&apos;affichent ici.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../backend/services/Backup.cpp" line="59"/>
        <source>The backup file %1 is damaged or incomplete. Nothing was restored from it.</source>
        <translation>Le fichier de sauvegarde %1 est endommagé ou incomplet. Rien n’a été restauré.</translation>
    </message>
    <message>
        <location filename="../backend/services/Backup.cpp" line="141"/>
        <source>There is not enough space to write the backup to %1.</source>
        <translation>Il n’y a pas assez d’espace pour écrire la sauvegarde dans %1.</translation>
    </message>
    <message>
        <location filename="../backend/services/Backup.cpp" line="142"/>
        <source>Could not write the backup to %1: %2</source>
        <translation>Impossible d’écrire la sauvegarde dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../backend/services/Backup.cpp" line="169"/>
        <source>The key-derivation settings are out of the allowed range.</source>
        <translation>Les paramètres de dérivation de clé sont hors de la plage autorisée.</translation>
    </message>
    <message>
        <location filename="../backend/services/Backup.cpp" line="212"/>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../backend/services/Backup.cpp" line="217"/>
        <source>%1 is not a Rebound backup file.</source>
        <translation>%1 n’est pas un fichier de sauvegarde Rebound.</translation>
    </message>
    <message>
        <location filename="../backend/services/Backup.cpp" line="224"/>
        <source>This backup was made by a newer version of Rebound. Update the app to restore it.</source>
        <translation>Cette sauvegarde a été créée par une version plus récente de Rebound. Mettez l’app à jour pour la restaurer.</translation>
    </message>
    <message>
        <location filename="../backend/services/Backup.cpp" line="274"/>
        <source>The backup passphrase is wrong, or the file is damaged.</source>
        <translation>La phrase secrète de la sauvegarde est incorrecte, ou le fichier est endommagé.</translation>
    </message>
    <message>
        <location filename="../backend/services/Backup.cpp" line="338"/>
        <source>A vault already exists in %1.</source>
        <translation>Un coffre existe déjà dans %1.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="24"/>
        <source>Create an encrypted backup</source>
        <translation>Créer une sauvegarde chiffrée</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="43"/>
        <source>Choose a passphrase for this backup. It can be your vault&apos;s. Nobody can open the backup without it, and nobody can recover it.</source>
        <translation>Choisissez une phrase secrète pour cette sauvegarde. Ce peut être celle de votre coffre. Personne ne peut ouvrir la sauvegarde sans elle, et personne ne peut la récupérer.</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="53"/>
        <source>Backup passphrase</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="62"/>
        <source>Use at least %1 characters.</source>
        <translation>Utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="69"/>
        <source>Repeat the backup passphrase</source>
        <translation>Répétez la phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="85"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="94"/>
        <source>Save backup…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="95"/>
        <source>Choose where to save the backup</source>
        <translation>Choisir où enregistrer la sauvegarde</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="103"/>
        <source>Save the backup as</source>
        <translation>Enregistrer la sauvegarde sous</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="106"/>
        <source>Rebound backups (*.rebound-backup)</source>
        <translation>Sauvegardes Rebound (*.rebound-backup)</translation>
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
        <translation>1 candidature</translation>
    </message>
    <message>
        <location filename="../qml/jobs/BoardColumn.qml" line="26"/>
        <source>%1 applications</source>
        <translation>%1 candidatures</translation>
    </message>
    <message>
        <location filename="../qml/jobs/BoardColumn.qml" line="121"/>
        <source>Nothing here</source>
        <translation>Rien ici</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <location filename="../qml/shell/BottomBar.qml" line="19"/>
        <source>Main navigation</source>
        <translation>Navigation principale</translation>
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
        <translation>humeur %1</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarDayCell.qml" line="26"/>
        <source>no mood</source>
        <translation>pas d&apos;humeur</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarDayCell.qml" line="28"/>
        <source>1 check-in</source>
        <translation>1 point du jour</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarDayCell.qml" line="28"/>
        <source>%1 check-ins</source>
        <translation>%1 points du jour</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarDayCell.qml" line="30"/>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarDayCell.qml" line="30"/>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarDayCell.qml" line="32"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <location filename="../qml/journal/CalendarGrid.qml" line="39"/>
        <source>Month calendar</source>
        <translation>Calendrier du mois</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarGrid.qml" line="93"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../qml/journal/CalendarView.qml" line="71"/>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarView.qml" line="89"/>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarView.qml" line="118"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarView.qml" line="119"/>
        <source>Back to this month</source>
        <translation>Revenir à ce mois-ci</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarView.qml" line="129"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarView.qml" line="151"/>
        <source>No journal entries on this day.</source>
        <translation>Aucune entrée de journal ce jour-là.</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarView.qml" line="161"/>
        <source>Tap a day to see its entries.</source>
        <translation>Touchez un jour pour voir ses entrées.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="36"/>
        <source>disappointed</source>
        <translation>déception</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="37"/>
        <source>frustrated</source>
        <translation>frustration</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="38"/>
        <source>disheartened</source>
        <translation>découragement</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="39"/>
        <source>anxious</source>
        <translation>anxiété</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="40"/>
        <source>embarrassed</source>
        <translation>gêne</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="41"/>
        <source>overwhelmed</source>
        <translation>accablement</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="42"/>
        <source>hopeful</source>
        <translation>espoir</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="43"/>
        <source>relieved</source>
        <translation>soulagement</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="44"/>
        <source>proud</source>
        <translation>fierté</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="45"/>
        <source>motivated</source>
        <translation>motivation</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="46"/>
        <source>calm</source>
        <translation>calme</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="47"/>
        <source>grateful</source>
        <translation>gratitude</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="52"/>
        <source>applied</source>
        <translation>candidatures</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="53"/>
        <source>reached out</source>
        <translation>prise de contact</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="54"/>
        <source>practised</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="55"/>
        <source>learned</source>
        <translation>apprentissage</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="56"/>
        <source>exercised</source>
        <translation>sport</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="57"/>
        <source>rested</source>
        <translation>repos</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="137"/>
        <location filename="../backend/storage/CatalogRepository.cpp" line="205"/>
        <source>Please give it a name.</source>
        <translation>Donnez-lui un nom.</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="143"/>
        <source>“%1” is already in the list, hidden. Show it again instead.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà dans la liste, mais masqué. Affichez-le plutôt à nouveau.</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="144"/>
        <location filename="../backend/storage/CatalogRepository.cpp" line="214"/>
        <source>“%1” is already in the list.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà dans la liste.</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="148"/>
        <source>The list is full (at most %1 items).</source>
        <translation>La liste est pleine (%1 éléments au maximum).</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="171"/>
        <source>That item no longer exists.</source>
        <translation>Cet élément n’existe plus.</translation>
    </message>
</context>
<context>
    <name>CatalogEditor</name>
    <message>
        <location filename="../qml/settings/CatalogEditor.qml" line="15"/>
        <source>New item</source>
        <translation>Nouvel élément</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogEditor.qml" line="82"/>
        <source>Kind of feeling</source>
        <translation>Type de ressenti</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogEditor.qml" line="86"/>
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogEditor.qml" line="89"/>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogEditor.qml" line="92"/>
        <source>Good</source>
        <translation>Agréable</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogEditor.qml" line="99"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogEditor.qml" line="100"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
</context>
<context>
    <name>CatalogItemRow</name>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="24"/>
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="24"/>
        <source>Good</source>
        <translation>Agréable</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="24"/>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="34"/>
        <source>built-in</source>
        <translation>prédéfinie</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="36"/>
        <source>hidden</source>
        <translation>masquée</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="93"/>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="100"/>
        <source>Show %1 on the Today page</source>
        <translation>Afficher %1 sur la page Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="117"/>
        <source>New name for %1</source>
        <translation>Nouveau nom pour %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="124"/>
        <source>Save name</source>
        <translation>Enregistrer le nom</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="132"/>
        <source>Cancel renaming</source>
        <translation>Annuler le renommage</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="142"/>
        <source>Reset to original name</source>
        <translation>Rétablir le nom d&apos;origine</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="143"/>
        <source>Reset %1 to its original name</source>
        <translation>Rétablir le nom d&apos;origine de %1</translation>
    </message>
</context>
<context>
    <name>CatalogSection</name>
    <message>
        <location filename="../qml/settings/CatalogSection.qml" line="15"/>
        <source>Emotions &amp; effort tags</source>
        <translation>Émotions et étiquettes d&apos;effort</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogSection.qml" line="20"/>
        <source>List to edit</source>
        <translation>Liste à modifier</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogSection.qml" line="24"/>
        <source>Emotions</source>
        <translation>Émotions</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogSection.qml" line="27"/>
        <source>Effort tags</source>
        <translation>Étiquettes d&apos;effort</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogSection.qml" line="37"/>
        <source>Feelings you can name in a check-in. Hidden ones stay in past check-ins but are not offered.</source>
        <translation>Les émotions que vous pouvez nommer lors d&apos;un point du jour. Les émotions masquées restent dans vos anciens points du jour, mais ne sont plus proposées.</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogSection.qml" line="37"/>
        <source>Things in your control that you did: applying, reaching out, practising, resting.</source>
        <translation>Ce que vous avez fait et qui dépend de vous&#xa0;: postuler, contacter des gens, vous entraîner, vous reposer.</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogSection.qml" line="56"/>
        <source>New emotion</source>
        <translation>Nouvelle émotion</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogSection.qml" line="56"/>
        <source>New effort tag</source>
        <translation>Nouvelle étiquette d&apos;effort</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="30"/>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="136"/>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="57"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="67"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="68"/>
        <source>At least %1 characters</source>
        <translation>Au moins %1 caractères</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="79"/>
        <source>Use at least %1 characters.</source>
        <translation>Utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="86"/>
        <source>Repeat the new passphrase</source>
        <translation>Répétez la nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="95"/>
        <source>Nobody can recover a forgotten passphrase. Keep the new one somewhere safe.</source>
        <translation>Personne ne peut récupérer une phrase secrète oubliée. Conservez la nouvelle en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="116"/>
        <source>Changing passphrase</source>
        <translation>Changement de la phrase secrète</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="125"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="135"/>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
</context>
<context>
    <name>CheckInCard</name>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="55"/>
        <source>How are you feeling?</source>
        <translation>Comment vous sentez-vous&#xa0;?</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="76"/>
        <source>Feelings</source>
        <translation>Émotions</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="77"/>
        <source>pick any</source>
        <translation>au choix</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="84"/>
        <source>Hard</source>
        <translation>Difficiles</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="94"/>
        <source>Hard feelings</source>
        <translation>Émotions difficiles</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="95"/>
        <source>hard feeling</source>
        <translation>émotion difficile</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="104"/>
        <source>Good</source>
        <translation>Agréables</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="114"/>
        <source>Good feelings</source>
        <translation>Émotions agréables</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="115"/>
        <source>good feeling</source>
        <translation>émotion agréable</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="122"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="132"/>
        <source>Other feelings</source>
        <translation>Autres émotions</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="142"/>
        <location filename="../qml/today/CheckInCard.qml" line="151"/>
        <source>What you did</source>
        <translation>Ce que vous avez fait</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="143"/>
        <source>effort counts</source>
        <translation>chaque effort compte</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="152"/>
        <source>effort</source>
        <translation>effort</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="160"/>
        <source>A line about it, if you like</source>
        <translation>Une ligne à ce sujet, si vous le souhaitez</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="164"/>
        <source>Note, one line</source>
        <translation>Note, une ligne</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="174"/>
        <source>Saved privately in your vault.</source>
        <translation>Enregistré en privé dans votre coffre.</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="174"/>
        <source>Pick a mood to save.</source>
        <translation>Choisissez une humeur pour enregistrer.</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="183"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="184"/>
        <source>Save check-in</source>
        <translation>Enregistrer le point du jour</translation>
    </message>
</context>
<context>
    <name>CheckInSection</name>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="14"/>
        <source>Check-in</source>
        <translation>Point du jour</translation>
    </message>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="29"/>
        <source>Daily nudge</source>
        <translation>Rappel quotidien</translation>
    </message>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="30"/>
        <source>A gentle reminder to check in once a day.</source>
        <translation>Un rappel en douceur pour faire le point une fois par jour.</translation>
    </message>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="34"/>
        <source>Daily check-in nudge</source>
        <translation>Rappel quotidien du point du jour</translation>
    </message>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="41"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="43"/>
        <source>Every day at %1.</source>
        <translation>Tous les jours à %1.</translation>
    </message>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="43"/>
        <source>Turn the nudge on to choose a time.</source>
        <translation>Activez le rappel pour choisir une heure.</translation>
    </message>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="49"/>
        <source>Nudge time</source>
        <translation>Heure du rappel</translation>
    </message>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="69"/>
        <source>The nudge comes as a notification, only on days you have not checked in yet.</source>
        <translation>Le rappel arrive sous forme de notification, uniquement les jours où vous n&apos;avez pas encore fait le point.</translation>
    </message>
</context>
<context>
    <name>CheckIns</name>
    <message>
        <location filename="../backend/storage/CheckInRepository.cpp" line="89"/>
        <source>Pick a mood from 1 to 5.</source>
        <translation>Choisissez une humeur de 1 à 5.</translation>
    </message>
    <message>
        <location filename="../backend/storage/CheckInRepository.cpp" line="127"/>
        <source>That check-in no longer exists.</source>
        <translation>Ce point du jour n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/storage/CheckInRepository.cpp" line="148"/>
        <source>That check-in is not deleted.</source>
        <translation>Ce point du jour n’est pas supprimé.</translation>
    </message>
    <message>
        <location filename="../backend/storage/CheckInRepository.cpp" line="250"/>
        <location filename="../backend/storage/CheckInRepository.cpp" line="266"/>
        <source>Write a few words about the win.</source>
        <translation>Écrivez quelques mots sur cette victoire.</translation>
    </message>
    <message>
        <location filename="../backend/storage/CheckInRepository.cpp" line="269"/>
        <source>That win is not deleted.</source>
        <translation>Cette victoire n’est pas supprimée.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="211"/>
        <source>Am I aiming at the right roles?</source>
        <translation>Est-ce que je vise les bons postes&#xa0;?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="212"/>
        <source>Where do you get interviews, and where only silence? Do the roles fit your experience and what you want next?</source>
        <translation>Où obtenez-vous des entretiens, et où seulement du silence&#xa0;? Les postes correspondent-ils à votre expérience et à ce que vous voulez ensuite&#xa0;?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="214"/>
        <source>Do my skills or certifications need a refresh?</source>
        <translation>Mes compétences ou certifications ont-elles besoin d’une mise à jour&#xa0;?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="215"/>
        <source>Which gaps keep coming up in feedback? Is there a course, a project or a certificate that would close one?</source>
        <translation>Quelles lacunes reviennent souvent dans les retours&#xa0;? Existe-t-il une formation, un projet ou un certificat qui en comblerait une&#xa0;?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="217"/>
        <source>Is my interview approach working?</source>
        <translation>Ma façon d’aborder les entretiens fonctionne-t-elle&#xa0;?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="218"/>
        <source>How far do you usually get? Read your interview reflections: what would you do differently next time?</source>
        <translation>Jusqu’où allez-vous d’habitude&#xa0;? Relisez vos réflexions d’entretien&#xa0;: que feriez-vous autrement la prochaine fois&#xa0;?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="220"/>
        <source>Are my CV and cover letters up to date?</source>
        <translation>Mon CV et mes lettres de motivation sont-ils à jour&#xa0;?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="221"/>
        <source>Do they show your latest work and speak to the roles you want now? When did someone else last read them?</source>
        <translation>Montrent-ils vos réalisations récentes et parlent-ils aux postes que vous visez aujourd’hui&#xa0;? Quand quelqu’un d’autre les a-t-il relus pour la dernière fois&#xa0;?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="223"/>
        <source>Are there adjacent paths worth trying?</source>
        <translation>Y a-t-il des voies voisines qui valent la peine d’être explorées&#xa0;?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="224"/>
        <source>Nearby roles, industries or kinds of company where your strengths count just as much.</source>
        <translation>Des postes, secteurs ou types d’entreprise proches où vos points forts comptent tout autant.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="226"/>
        <source>Am I making the most of my network?</source>
        <translation>Est-ce que je tire le meilleur parti de mon réseau&#xa0;?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="227"/>
        <source>Who have you not talked to for a while? Who could introduce you, give you feedback or simply listen?</source>
        <translation>À qui n’avez-vous pas parlé depuis un moment&#xa0;? Qui pourrait vous présenter à quelqu’un, vous faire un retour ou simplement vous écouter&#xa0;?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="229"/>
        <source>Am I looking after myself?</source>
        <translation>Est-ce que je prends soin de moi&#xa0;?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="230"/>
        <source>Sleep, movement, time off, people who lift you up. A steady pace lasts longer than a sprint.</source>
        <translation>Sommeil, mouvement, temps libre, des personnes qui vous font du bien. Un rythme régulier tient plus longtemps qu’un sprint.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="293"/>
        <source>Re-evaluate my search</source>
        <translation>Réévaluer ma recherche</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="92"/>
        <source>Give the checklist a name.</source>
        <translation>Donnez un nom à la liste de contrôle.</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="159"/>
        <source>Question deleted</source>
        <translation>Question supprimée</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="159"/>
        <location filename="../qml/goals/ChecklistEditor.qml" line="182"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="171"/>
        <source>Copied as “%1”</source>
        <translation>Copiée sous le nom «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="182"/>
        <source>Checklist “%1” deleted</source>
        <translation>Liste de contrôle «&#xa0;%1&#xa0;» supprimée</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="207"/>
        <source>New checklist</source>
        <translation>Nouvelle liste de contrôle</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="207"/>
        <source>Edit checklist</source>
        <translation>Modifier la liste de contrôle</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="237"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="245"/>
        <source>e.g. Monthly check on my search</source>
        <translation>p. ex. Bilan mensuel de ma recherche</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="248"/>
        <source>Checklist name (required)</source>
        <translation>Nom de la liste (obligatoire)</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="257"/>
        <source>Review it</source>
        <translation>Fréquence de revue</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="272"/>
        <source>Not scheduled</source>
        <translation>Non planifiée</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="272"/>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="272"/>
        <source>Every %1 weeks</source>
        <translation>Toutes les %1 semaines</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="273"/>
        <source>Review every how many weeks: %1</source>
        <translation>Fréquence de revue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="282"/>
        <source>Review it whenever you like.</source>
        <translation>Faites-en la revue quand vous voulez.</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="282"/>
        <source>Today reminds you when it is due.</source>
        <translation>La page Aujourd&apos;hui vous la rappellera à l&apos;échéance.</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="295"/>
        <source>Create and add questions</source>
        <translation>Créer et ajouter des questions</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="315"/>
        <source>1 question</source>
        <translation>1 question</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="315"/>
        <source>%1 questions</source>
        <translation>%1 questions</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="326"/>
        <source>Add a question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="338"/>
        <source>Add the questions you want to ask yourself at each review. Keep them kind and honest.</source>
        <translation>Ajoutez les questions à vous poser à chaque revue. Qu&apos;elles restent bienveillantes et honnêtes.</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="388"/>
        <source>A new question, e.g. Am I resting enough?</source>
        <translation>Une nouvelle question, p. ex. Est-ce que je me repose assez&#xa0;?</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="391"/>
        <source>New question</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="399"/>
        <source>A hint: what to think about (optional)</source>
        <translation>Une piste&#xa0;: à quoi réfléchir (facultatif)</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="404"/>
        <source>Hint for the new question</source>
        <translation>Piste pour la nouvelle question</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="417"/>
        <location filename="../qml/goals/ChecklistEditor.qml" line="470"/>
        <location filename="../qml/goals/ChecklistEditor.qml" line="471"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="418"/>
        <source>Cancel the new question</source>
        <translation>Annuler la nouvelle question</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="430"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="431"/>
        <source>Add the question</source>
        <translation>Ajouter la question</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="447"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="449"/>
        <source>Delete checklist</source>
        <translation>Supprimer la liste de contrôle</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="456"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="457"/>
        <source>Duplicate checklist</source>
        <translation>Dupliquer la liste de contrôle</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="470"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="471"/>
        <source>Done editing the checklist</source>
        <translation>Terminer la modification de la liste</translation>
    </message>
</context>
<context>
    <name>ChecklistItemRow</name>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="48"/>
        <source>Question %1: %2</source>
        <translation>Question %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="69"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="111"/>
        <source>Move up: %1</source>
        <translation>Monter&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="119"/>
        <source>Edit: %1</source>
        <translation>Modifier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="127"/>
        <source>Move down: %1</source>
        <translation>Descendre&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="135"/>
        <source>Delete: %1</source>
        <translation>Supprimer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="148"/>
        <source>The question</source>
        <translation>La question</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="151"/>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="161"/>
        <source>A hint: what to think about (optional)</source>
        <translation>Une piste&#xa0;: à quoi réfléchir (facultatif)</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="166"/>
        <source>Hint for question %1</source>
        <translation>Piste pour la question %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="180"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="181"/>
        <source>Cancel editing question %1</source>
        <translation>Annuler la modification de la question %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="188"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="189"/>
        <source>Save question %1</source>
        <translation>Enregistrer la question %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="73"/>
        <source>%1 can only be given once.</source>
        <translation>%1 ne peut être donné qu’une fois.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="92"/>
        <location filename="../backend/cli/Arguments.cpp" line="96"/>
        <location filename="../backend/cli/Arguments.cpp" line="99"/>
        <source>%1 does not take %2.</source>
        <translation>%1 n’accepte pas %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="104"/>
        <source>Unexpected word: %1</source>
        <translation>Mot inattendu&#xa0;: %1</translation>
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
        <translation>Candidatures&#xa0;:
  app add --company C [--role R] [--link URL] [--source S] [--location L]
          [--remote onsite|hybrid|remote] [--salary MIN-MAX|N] [--currency EUR]
          [--stage KEY] [--date D] [--note N] [--notes TEXT|-]
          [--contact &quot;NAME[:role][&lt;email&gt;]&quot;]... [--json]
      ajoute une candidature et affiche son ID. --stage indique où elle en est (par
      défaut applied) et --date quand elle y est arrivée (par défaut aujourd’hui)&#xa0;;
      --note accompagne cette première étape. --salary accepte 60000-80000, 60k-80k
      ou un seul montant. --contact ajoute une personne, p. ex.
      &quot;Ana Ruiz:recruiter&lt;ana@example.com&gt;&quot;&#xa0;; rôles&#xa0;: recruiter, interviewer,
      hiring_manager, referrer, other (par défaut recruiter).
  app list [--stage KEY[,KEY]] [--open | --closed] [--search TEXT] [--source S]
           [--remote MODE] [--json]
      les candidatures groupées par étape, dans l’ordre du parcours, les dernières
      déplacées d’abord. --open&#xa0;: encore en cours&#xa0;; --closed&#xa0;: acceptées, refusées,
      retirées, sans réponse. --search cherche des mots (comme préfixes) dans
      l’entreprise, le poste, le lieu, la source, les notes et les noms des personnes.
  app show ID [--json]
      tous les champs, l’historique des étapes, les personnes, les entretiens, les
      retours et les rappels.
  app stage ID STAGE [--date D] [--note N] [--json]
      enregistre que la candidature a atteint STAGE (le D, par défaut aujourd’hui).
      Passer à rejected prépare aussi le parcours guidé après un refus, qui vous
      attend dans l’app (c’est une conversation, ce qu’un terminal fait mal).
  app edit ID [les options de app add sauf --stage, --date, --note] [--json]
      modifie les champs donnés&#xa0;; &quot;&quot; en efface un (p. ex. --salary &quot;&quot;). --contact
      ajoute une personne, ou met à jour le rôle et l’e-mail de celle qui a ce nom.
  app delete ID [--yes]
      supprime la candidature avec son historique, ses personnes, ses entretiens et
      ses rappels&#xa0;; ses retours restent dans votre plan de compétences. Demande
      d’abord confirmation dans un terminal&#xa0;; sans terminal, --yes est obligatoire.
  app export [--format csv|json] [--output FILE]
      toutes les candidatures (CSV&#xa0;: une ligne chacune&#xa0;; JSON&#xa0;: avec historique,
      personnes et entretiens) vers stdout ou FILE (écrit de façon atomique, lisible
      par vous seul&#xa0;; les fichiers CSV commencent par une marque d’ordre d’octets
      pour les tableurs). L’export n’est PAS chiffré.

  STAGE/KEY&#xa0;: saved, applied, screening, interviewing, final_round, offer, accepted,
              rejected, withdrawn, no_answer (&quot;final-round&quot; et &quot;Dernier tour&quot; marchent).
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
        <translation>Entretiens&#xa0;:
  interview add APP_ID --at &quot;YYYY-MM-DD HH:MM&quot;
          [--kind phone_screen|technical|behavioural|panel|final] [--with NAME]...
          [--before 1-5] [--after 1-5] [--stumped T] [--less-confident T]
          [--went-well T] [--differently T] [--notes T] [--json]
      consigne un entretien (heure locale) et affiche son ID. Un entretien à venir
      reçoit un rappel pour vous préparer la veille. --before et --after indiquent
      votre confiance avant et après&#xa0;; les champs de réflexion sont pour après (voir
      interview edit).
  interview edit ID [les options de interview add] [--json]
      modifie les champs donnés, p. ex. pour ajouter votre réflexion après l’entretien.
  interview list [APP_ID] [--upcoming] [--json]
      les plus récents d’abord&#xa0;; avec APP_ID, ceux de cette candidature, dans l’ordre&#xa0;;
      --upcoming&#xa0;: ceux encore à venir, les plus proches d’abord.
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
        <translation>Retours&#xa0;:
  feedback add [--app ID] [--interview ID] [--source employer|mock|self] [--date D]
               [--text T|-] [--strength SKILL]... [--weakness SKILL]... [--json]
      note un retour et les compétences qu’il cite (créées à la première utilisation,
      comparées sans tenir compte de la casse). Un entretien implique sa candidature.
      Donnez le texte, une compétence, ou les deux.
  feedback list [--app ID] [--json]          les plus récents d’abord
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
        <translation>Plan de compétences&#xa0;:
  skills [--json]
      les points forts, puis les points faibles, classés selon la fréquence et la
      date à laquelle les retours les citent (une mention perd la moitié de son poids
      tous les 90 jours), avec les actions prévues pour chaque point faible.
  skills action add SKILL --title T [--kind KIND] [--due D] [--json]
      prévoit quelque chose pour une compétence. KIND&#xa0;: course, mock_interview,
      practice (par défaut), certification, reading.
  skills action done ACTION_ID
  skills pitch SKILL [TEXT | -]
      comment vous présentez un point fort en entretien&#xa0;; sans TEXT (ou avec -), il
      est lu depuis stdin. SKILL est un nom tel que &quot;skills&quot; l’affiche.
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
        <translation>Objectifs&#xa0;:
  goal add TITLE [--kind role|industry|skill|certification|effort|other] [--notes T]
           [--by D] [--metric M --per-week N] [--alternative-to GOAL_ID] [--json]
      ajoute un objectif et affiche son ID. Un objectif d’effort hebdomadaire (--kind
      effort, implicite avec --metric) compte M par rapport à N par semaine.
      M&#xa0;: applications, interviews, journal, ou effort:NAME pour les points du jour
      étiquetés avec cet effort (p. ex. effort:&quot;prise de contact&quot;).
      --alternative-to en fait une voie alternative à côté de cet objectif (même
      type, sauf si --kind dit autre chose).
  goal north-star [TEXT] [--notes T] [--json]
      affiche le cap à long terme que vous gardez en vue, ou le définit&#xa0;; &quot;&quot; l’efface.
  goal list [--all] [--json]
      les objectifs ouverts par type, les alternatives sous leur objectif, les
      objectifs d’effort avec le total de la semaine&#xa0;; --all ajoute ceux atteints et
      abandonnés.
  goal edit ID [--title T] [--notes T] [--by D] [--status active|paused|achieved|dropped]
           [--metric M] [--per-week N] [--json]
      modifie les champs donnés&#xa0;; --by &quot;&quot; et --notes &quot;&quot; les effacent.
  goal done ID                 le marquer comme atteint
  goal delete ID [--yes]       le supprimer avec ses voies alternatives
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
        <translation>Listes de contrôle et revues&#xa0;:
  checklist list [--json]      les listes de réévaluation, et quand chacune est due
  review start [--checklist NAME_OR_ID] [--json]
      commence une revue de la liste (par défaut&#xa0;: celle par défaut), ou reprend
      celle en cours&#xa0;; affiche son ID et les questions numérotées.
  review answer REVIEW_ID N yes|no|unsure [--note T]
           [--follow-up-goal TITLE [--goal-kind KIND]]
           [--follow-up-action TITLE --skill NAME [--action-kind KIND]]
           [--follow-up-status GOAL_ID:STATUS] [--no-follow-up] [--json]
      répond à la question N (à partir de 1). Une suite (une au plus) est appliquée
      quand la revue est terminée&#xa0;: un nouvel objectif, un nouveau statut d’objectif
      ou une action de compétence (la compétence est créée si elle est nouvelle). La
      note et la suite restent telles quelles si elles ne sont pas données.
  review finish REVIEW_ID [--json]
      termine la revue et applique ses suites&#xa0;; elle est ensuite en lecture seule.
  review list [--json]         toutes les revues, les plus récentes d’abord, avec ce qui a changé
  review show REVIEW_ID [--json]
      les réponses, et ce qui a changé depuis la revue précédente de cette liste&#xa0;:
      réponses, effort par rapport aux cibles, humeur, candidatures, objectifs.
  review export REVIEW_ID [--output FILE]
      la revue en Markdown pour un coach ou un mentor, vers stdout ou FILE (écrit de
      façon atomique, lisible par vous seul). L’export n’est PAS chiffré.
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
        <translation>Contacts&#xa0;:
  contact add --name N [--company C] [--role R] [--email E]... [--phone P]... [--url URL]
              [--met T] [--tag TAG]... [--notes T|-] [--cadence DAYS|off|tags] [--json]
      ajoute un contact et affiche son ID. --met indique comment vous vous êtes
      rencontrés. TAG&#xa0;: recruiter, interviewer, hiring_manager, mentor, peer, support
      (amis, famille, conseiller d’orientation). --cadence&#xa0;: garder le contact tous
      les DAYS jours, off, ou tags (par défaut&#xa0;: la plus courte des cadences par
      défaut de ses étiquettes, modifiable dans l’app).
  contact list [--search TEXT] [--tag TAG] [--due] [--json]
      par nom, avec la date du dernier échange et celle du prochain à prévoir&#xa0;;
      --due&#xa0;: seulement ceux à recontacter ou en retard, les plus en retard d’abord.
  contact show ID [--json]
      tous les champs, l’état du suivi, les échanges et les candidatures liées.
  contact log ID [--kind message|email|call|meeting|coffee|event] [--date D] [--note T|-] [--json]
      consigne un échange (par défaut&#xa0;: un message aujourd’hui)&#xa0;; il relance le compte à rebours.
  contact edit ID [les options de contact add] [--json]
      modifie les champs donnés&#xa0;; --email, --phone et --tag remplacent les listes, &quot;&quot; vide.
  contact delete ID [--yes]
      supprime le contact et ses échanges&#xa0;; les candidatures gardent le nom de la personne.
  contact import FILE [--skip-duplicates] [--yes]
      lit un fichier vCard (3.0 ou 4.0), montre ce qu’il contient et qui est déjà là
      (même e-mail ou téléphone), demande confirmation, puis importe tout d’un coup. Un
      fichier mal formé est refusé avec la ligne du problème, et rien n’est importé.
  contact export [--output FILE]
      tous les contacts en vCard 4.0 vers stdout ou FILE (écrit de façon atomique,
      lisible par vous seul). L’export n’est PAS chiffré.
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
        <translation>Rappels&#xa0;:
  reminders [--days N] [--json]
      ce qui est dû maintenant et ce qui arrive dans les N prochains jours (14 par
      défaut)&#xa0;: garder le contact, relances après un retour, moments pour postuler à
      nouveau, préparation d’entretien, le rappel du point du jour, revues d’objectifs
      et actions de compétences, à l’heure des rappels définie dans l’app (Paramètres).
  reminders --due [--json]      seulement ce qui est dû maintenant
  reminders --ics FILE [--days N]
      les rappels à venir dans un fichier iCalendar (FILE, ou - pour stdout) que tout
      agenda peut importer. Il n’est PAS chiffré.
  reminders --notify
      affiche ce qui est arrivé à échéance en notifications de bureau, une fois chacune&#xa0;;
      pour le minuteur utilisateur systemd (platform/linux/install-reminder-timer.sh, ou
      l’interrupteur dans Paramètres). Ne demande jamais la phrase secrète&#xa0;: il lui faut
      la clé mémorisée sur cet appareil («&#xa0;Mémoriser sur cet appareil&#xa0;» dans l’app)&#xa0;;
      sinon, quitte avec le code 5 sans rien changer.
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
        <translation>Aperçus (les chiffres de la page Aperçus de l’app)&#xa0;:
  insights [--year YYYY] [--rest-days DAYS] [--json]
      l’humeur sur 7, 30 et 365 jours avec une moyenne mobile&#xa0;; l’année en pixels
      (un chiffre de 1 à 5 par jour, . = pas d’humeur&#xa0;; --year choisit une autre
      année)&#xa0;; les séries d’effort (ce qui dépend de vous&#xa0;: candidatures, prises de
      contact, entraînement, apprentissage, journal) et les objectifs d’effort
      hebdomadaires&#xa0;; l’entonnoir des candidatures (depuis le début et par mois sur
      12 mois, avec le taux de passage de chaque étape à la suivante)&#xa0;;
      la résilience&#xa0;: pour chaque refus, les jours avant que la moyenne d’humeur sur
      3 jours revienne au niveau de référence des 30 jours précédents, leur tendance,
      et les efforts associés à un rétablissement plus rapide&#xa0;; les victoires, avec
      d’anciennes victoires rappelées les jours difficiles.
      Les jours de repos prévus n’interrompent pas une série. Ce sont ceux définis
      dans l’app (Paramètres&#xa0;; par défaut&#xa0;: le week-end de vos paramètres régionaux)&#xa0;;
      --rest-days les remplace pour cette exécution&#xa0;: numéros de jour de 1 (lundi)
      à 7 (dimanche) ou noms, p. ex. 6,7 ou sat,sun, ou none.

  --json affiche un seul objet&#xa0;: today, rest_weekdays [1-7], mood {week, month,
  year: {days, window, days_with_mood, mean, first_average, last_average,
  points [{date, mood, average}]}}, year_in_pixels {year, days_with_mood,
  level_counts [6], levels [un par jour, 0 = aucun], months [{month,
  days_with_mood, mean_level}], years}, effort {current, current_start,
  today_done, best, best_start, best_end, active_days_30, rest_days_30, last_7
  {KIND: n}, last_30, recent [{date, rest, total, counts}]} avec KIND
  applications, outreach, practice, learning, journaling, other&#xa0;; goals [{id,
  title, metric, metric_label, target, this_week, weeks_met, weeks_counted,
  average_per_week, weeks}]&#xa0;; funnel {steps, all_time, months [{month, reached
  {STEP: n}, conversion {STEP: 0-1}}]} avec STEP applied, screening, interview,
  final, offer&#xa0;; resilience {rejections [{application_id, company, role, date,
  status, baseline, days, efforts}], recovered, mean_days, trend_slope (jours
  par refus), trend (shorter, longer, steady, not_enough_data), trend_text,
  efforts [{id, name, with_count, with_mean, without_count, without_mean,
  difference}]}&#xa0;; wins {total, last_30, low_mood, recent, resurfaced [{id, date,
  text}]}. Les dates sont au format YYYY-MM-DD&#xa0;; un chiffre qui n’existe pas (pas
  d’humeur, pas de référence, rien à convertir) vaut null.
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
        <translation>D est une date au format YYYY-MM-DD (par défaut&#xa0;: aujourd’hui). Une option texte donnée
sous la forme - est lue depuis stdin (une fois par commande), ce qui la garde hors de
l’historique du shell. Les ID peuvent être abrégés en tout préfixe unique (tels que les
listes les affichent).
Les options mal formées (une étape ou un type inconnu, une date ou un salaire illisible,
un salaire minimum supérieur au maximum) quittent avec le code 2&#xa0;; une saisie que le
coffre refuse (une entreprise vide, une date dans le futur, un ID inconnu) quitte avec
le code 1. Dans les deux cas, rien n’est écrit.
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
        <translation>Synchronisation (chiffrée de bout en bout, entre vos propres appareils)&#xa0;:
  sync setup --server URL [--user NAME] [--device NAME] [--join] [--allow-http]
  sync setup --folder DIR [--device NAME] [--join]
      démarre une nouvelle synchronisation dans un dossier WebDAV vide (Nextcloud,
      Apache mod_dav, tout hébergeur) ou un dossier local qu’un autre outil synchronise&#xa0;;
      --join rejoint une synchronisation configurée sur un autre appareil. Demande la
      phrase secrète du coffre, puis le mot de passe du serveur (WebDAV), puis la phrase
      secrète de synchronisation (deux fois pour une nouvelle). Celle-ci est nécessaire
      sur chaque appareil et ne peut pas être récupérée. Le http non chiffré est refusé,
      sauf vers cet ordinateur, à moins de donner --allow-http.
  sync now [--json]
      envoie les modifications de cet appareil et reçoit celles des autres&#xa0;; quitte avec
      le code 1 et un message quand le serveur est injoignable ou refuse (rien n’est
      perdu&#xa0;; la prochaine exécution reprend). Pour cron&#xa0;: la phrase secrète du coffre
      est lue depuis stdin.
  sync status [--json]
      le serveur, la dernière synchronisation, les modifications en attente, les conflits
      conservés et les appareils.
  sync off [--yes]
      oublie la synchronisation sur cet appareil&#xa0;; les données sur le serveur restent.
</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="346"/>
        <source>Export, backup and import (&quot;rebound-cli backup --help&quot;):
  export [--output DIR] [--json] | backup create FILE | backup check FILE
  backup restore FILE | import daylio FILE [--map WORD=1-5]... [--yes] [--json]
</source>
        <translation>Export, sauvegarde et import (&quot;rebound-cli backup --help&quot;)&#xa0;:
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
        <translation>Export, sauvegarde et import&#xa0;:
  export [--output DIR] [--json]
      crée un nouveau dossier &quot;Export Rebound DATE&quot; (dans DIR ou le dossier courant)&#xa0;:
      un fichier Markdown par entrée du journal, check-ins.csv, applications.csv et
      .json, contacts.vcf, reminders.ics (les 90 prochains jours) et rebound.json avec
      tous les enregistrements. Les fichiers ne sont PAS chiffrés.
  backup create FILE [--json]
      un seul fichier chiffré (l’extension .rebound-backup est ajoutée) avec tout ce
      que le coffre synchronise. Demande la phrase secrète du coffre, puis une phrase
      secrète pour la sauvegarde (deux fois dans un terminal)&#xa0;; sans elle, la
      sauvegarde ne peut pas être ouverte.
  backup check FILE [--json]
      lit toute la sauvegarde avec sa phrase secrète et indique ce qu’elle contient.
  backup restore FILE
      crée un nouveau coffre (dans --vault DIR, qui ne doit pas déjà en contenir un)
      à partir de la sauvegarde&#xa0;; sa phrase secrète est celle de la sauvegarde. Un
      fichier endommagé ne restaure rien.
  import daylio FILE [--map WORD=1-5]... [--yes] [--json]
      l’export CSV de Daylio&#xa0;: les humeurs deviennent des points du jour (rad 5,
      good 4, meh 3, bad 2, awful 1&#xa0;; indiquez les humeurs personnalisées avec
      --map &quot;Zen=5&quot;), les activités des étiquettes d’effort, les notes des entrées du
      journal étiquetées &quot;daylio&quot;. Affiche un aperçu et demande confirmation (ou exige
      --yes)&#xa0;; les entrées déjà importées sont ignorées.
</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="384"/>
        <source>Usage: rebound-cli [--vault DIR] COMMAND [options]

</source>
        <translation>Utilisation&#xa0;: rebound-cli [--vault DIR] COMMAND [options]

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
        <translation>Utilisation&#xa0;: rebound-cli [--vault DIR] COMMAND [options]

Coffre&#xa0;:
  init                         crée un nouveau coffre
  status [--json]              indique où est le coffre et comment il est protégé
  passwd                       change la phrase secrète
  lock                         oublie la clé mémorisée sur cet appareil

Journal&#xa0;:
  journal add [--date D] [--mood 1-5] [--tag T]... [--emotion E]... [--template KEY]
              [--text TEXT] [--json]
      ajoute une entrée&#xa0;; sans --text, le texte est lu depuis stdin. Avec --template et
      sans texte, l’entrée part du modèle (et reçoit ses étiquettes).
  journal list [FILTERS] [--limit N] [--json]
  journal search WORDS... [FILTERS] [--limit N] [--json]
      recherche plein texte classée&#xa0;; les accents et la casse sont ignorés, chaque mot
      vaut aussi comme préfixe (&quot;entre&quot; trouve &quot;entretien&quot;).
  journal show ID [--json]
  journal edit ID [--date D] [--mood 1-5|none] [--tag T]... [--emotion E]...
                  [--text TEXT | --stdin] [--json]
      --tag et --emotion remplacent les listes de l’entrée&#xa0;; donnez &quot;&quot; pour les vider.
  journal delete ID
  journal templates [--json]   liste les modèles guidés pour --template

  FILTERS&#xa0;: --mood N ou --mood MIN-MAX (p. ex. 2-4), --emotion E, --tag T,
            --date D (un jour) ou --from D et/ou --to D (inclus).
            Avec des filtres, --limit vaut au plus 1000&#xa0;; une recherche avec des
            mots classe les 500 correspondances les plus récentes.

Points du jour et victoires&#xa0;:
  checkin --mood 1-5 [--emotion E]... [--effort F]... [--note TEXT] [--date D] [--json]
      un point du jour rapide sur l’humeur&#xa0;; affiche ensuite l’humeur de la journée
  checkin list [--limit N] [--json]
  win add [TEXT...] [--date D] [--json]
      note une petite victoire&#xa0;; sans TEXT, elle est lue depuis stdin (ce qui la garde
      hors de l’historique du shell et de la liste des processus)
  win list [--limit N] [--json]

Recherche d’emploi (&quot;rebound-cli app --help&quot;, etc. donnent toutes les options)&#xa0;:
  app add --company C [...] | app list [--stage KEY] [--open|--closed] [--search T]
  app show ID | app stage ID STAGE | app edit ID [...] | app delete ID [--yes]
  app export [--format csv|json] [--output FILE]
  interview add APP_ID --at &quot;YYYY-MM-DD HH:MM&quot; [...] | interview edit ID [...]
  interview list [APP_ID] [--upcoming]
  feedback add [--app ID] [--interview ID] [--text T|-] [--strength S]... [--weakness S]...
  feedback list [--app ID]
  skills | skills action add SKILL --title T | skills action done ID | skills pitch SKILL

Objectifs et revues (&quot;rebound-cli goal --help&quot;, &quot;rebound-cli review --help&quot;)&#xa0;:
  goal add TITLE [--kind K] [--by D] [--metric M --per-week N] [--alternative-to ID]
  goal north-star [TEXT] | goal list [--all] | goal edit ID [...] | goal done ID
  goal delete ID [--yes] | checklist list
  review start [--checklist NAME] | review answer ID N yes|no|unsure [--note T] [...]
  review finish ID | review list | review show ID | review export ID [--output FILE]

Contacts et rappels (&quot;rebound-cli contact --help&quot;, &quot;rebound-cli reminders --help&quot;)&#xa0;:
  contact add --name N [...] | contact list [--search T] [--tag TAG] [--due]
  contact show ID | contact log ID [--kind K] [--date D] [--note T] | contact edit ID [...]
  contact delete ID [--yes] | contact import FILE [--skip-duplicates] [--yes]
  contact export [--output FILE]
  reminders [--due] [--days N] [--ics FILE] [--notify] [--json]

Aperçus (&quot;rebound-cli insights --help&quot;)&#xa0;:
  insights [--year YYYY] [--rest-days 6,7|none] [--json]
      tendance de l’humeur, année en pixels, séries et objectifs d’effort, entonnoir
      des candidatures, rétablissement après les refus, victoires

Synchronisation entre vos appareils, chiffrée de bout en bout (&quot;rebound-cli sync --help&quot;)&#xa0;:
  sync setup --server URL [--user NAME] | --folder DIR [--join] [--device NAME]
  sync now [--json] | sync status [--json] | sync off [--yes]

D est une date au format YYYY-MM-DD (par défaut&#xa0;: aujourd’hui). --tag, --emotion et
--effort peuvent être répétées ou recevoir une liste séparée par des virgules. Les
émotions et les efforts se donnent par nom (&quot;anxiété&quot;, la casse n’importe pas) ou
par identifiant (&quot;emotion:anxious&quot;).
Les résultats de recherche marquent les correspondances en gras dans un terminal, et
sous la forme «correspondance» sinon (aussi quand NO_COLOR est défini)&#xa0;; --json donne
les plages de surlignage en décalages UTF-16 dans l’extrait.

La phrase secrète est lue depuis le terminal sans écho ou, quand stdin n’est pas un
terminal, depuis sa première ligne (passwd&#xa0;: l’actuelle en ligne 1, la nouvelle en
ligne 2). Les ID peuvent être abrégés en tout préfixe unique.
Codes de sortie&#xa0;: 0 ok, 1 échec (y compris une saisie invalide), 2 utilisation,
3 phrase secrète incorrecte, 4 coffre absent ou endommagé, 5 (reminders --notify)
aucune clé mémorisée sur cet appareil.
</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="501"/>
        <source>For your safety the passphrase is never taken from the command line.</source>
        <translation>Pour votre sécurité, la phrase secrète n’est jamais lue depuis la ligne de commande.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="513"/>
        <source>%1 needs a value.</source>
        <translation>%1 a besoin d’une valeur.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="523"/>
        <source>Unknown option %1.</source>
        <translation>Option inconnue&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="536"/>
        <source>Dates are written YYYY-MM-DD, e.g. 2026-11-22.</source>
        <translation>Les dates s’écrivent YYYY-MM-DD, p. ex. 2026-11-22.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="546"/>
        <source>--mood takes a number from 1 to 5 (or &quot;none&quot;).</source>
        <translation>--mood accepte un nombre de 1 à 5 (ou &quot;none&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="559"/>
        <source>As a filter, --mood takes a number from 1 to 5 or a range such as 2-4.</source>
        <translation>Comme filtre, --mood accepte un nombre de 1 à 5 ou une plage comme 2-4.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="567"/>
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit accepte un nombre de 1 à %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="576"/>
        <source>--at takes a local date and time written &quot;YYYY-MM-DD HH:MM&quot;, e.g. &quot;2026-11-24 14:30&quot;.</source>
        <translation>--at accepte une date et une heure locales au format &quot;YYYY-MM-DD HH:MM&quot;, p. ex. &quot;2026-11-24 14:30&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="585"/>
        <source>%1 takes a number from 1 to 5.</source>
        <translation>%1 accepte un nombre de 1 à 5.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="627"/>
        <source>--salary takes a range such as 60000-80000 or 60k-80k, or one figure.</source>
        <translation>--salary accepte une plage comme 60000-80000 ou 60k-80k, ou un seul montant.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="629"/>
        <source>The lowest salary is above the highest: %1.</source>
        <translation>Le salaire minimum est supérieur au maximum&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="645"/>
        <source>%1 takes one of: %2 (not “%3”).</source>
        <translation>%1 accepte l’une de ces valeurs&#xa0;: %2 (pas «&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="191"/>
        <location filename="../backend/cli/CliSync.cpp" line="63"/>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="197"/>
        <source>There is no vault in %1. Create one with &quot;rebound-cli init&quot;.</source>
        <translation>Il n’y a pas de coffre dans %1. Créez-en un avec &quot;rebound-cli init&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="199"/>
        <source>Passphrase: </source>
        <translation>Phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="206"/>
        <source>Repeat it: </source>
        <translation>Répétez-la&#xa0;: </translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="209"/>
        <source>The two passphrases do not match. Nothing was changed.</source>
        <translation>Les deux phrases secrètes ne correspondent pas. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="216"/>
        <source>Use at least %1 characters.</source>
        <translation>Utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="225"/>
        <source>A vault already exists in %1.</source>
        <translation>Un coffre existe déjà dans %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="226"/>
        <location filename="../backend/cli/Cli.cpp" line="293"/>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="228"/>
        <source>Created an encrypted vault in %1.</source>
        <translation>Coffre chiffré créé dans %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="229"/>
        <source>Keep your passphrase safe: it cannot be recovered.</source>
        <translation>Gardez votre phrase secrète en lieu sûr&#xa0;: elle ne peut pas être récupérée.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="260"/>
        <source>Vault:      %1</source>
        <translation>Coffre&#xa0;:          %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="262"/>
        <source>No vault here yet. Create one with &quot;rebound-cli init&quot;.</source>
        <translation>Aucun coffre ici pour l’instant. Créez-en un avec &quot;rebound-cli init&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="267"/>
        <source>ID:         %1</source>
        <translation>ID&#xa0;:              %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="268"/>
        <source>Created:    %1</source>
        <translation>Créé le&#xa0;:         %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="269"/>
        <source>Format:     version %1</source>
        <translation>Format&#xa0;:          version %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="270"/>
        <source>Key:        Argon2id, %1 MiB, %2 passes</source>
        <translation>Clé&#xa0;:             Argon2id, %1 Mio, %2 passes</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="274"/>
        <source>Database:   SQLCipher (file compatibility %1, %2-byte pages, %3), this build links %4</source>
        <translation>Base de données&#xa0;: SQLCipher (compatibilité de fichier %1, pages de %2 octets, %3), cette version utilise %4</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="279"/>
        <source>Remembered: %1</source>
        <translation>Clé mémorisée&#xa0;:   %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="280"/>
        <source>yes, in the system keyring</source>
        <translation>oui, dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="281"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="291"/>
        <location filename="../backend/cli/CliReminders.cpp" line="157"/>
        <source>There is no vault in %1.</source>
        <translation>Il n’y a pas de coffre dans %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="292"/>
        <source>Current passphrase: </source>
        <translation>Phrase secrète actuelle&#xa0;: </translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="295"/>
        <source>Passphrase changed.</source>
        <translation>Phrase secrète modifiée.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="307"/>
        <source>Nothing to lock: the vault is only open while a command runs, and no key is remembered on this device.</source>
        <translation>Rien à verrouiller&#xa0;: le coffre n’est ouvert que pendant l’exécution d’une commande, et aucune clé n’est mémorisée sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="323"/>
        <source>The system keyring did not remove the key (is it locked?). Nothing was changed; try again.</source>
        <translation>Le trousseau du système n’a pas supprimé la clé (est-il verrouillé&#xa0;?). Rien n’a été modifié&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="326"/>
        <source>The remembered key was removed; the app will ask for the passphrase next time.</source>
        <translation>La clé mémorisée a été supprimée&#xa0;; l’app demandera la phrase secrète la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="426"/>
        <location filename="../backend/cli/CliJournal.cpp" line="22"/>
        <source>The ID %1 is ambiguous; give more characters.</source>
        <translation>L’ID %1 est ambigu&#xa0;; donnez plus de caractères.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="436"/>
        <location filename="../backend/cli/Cli.cpp" line="446"/>
        <source>Only one text can come from stdin (given as -) in one command.</source>
        <translation>Un seul texte peut venir de stdin (donné sous la forme -) par commande.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="449"/>
        <source>Write the text for %1; finish with Ctrl-D on an empty line.</source>
        <translation>Écrivez le texte pour %1&#xa0;; terminez par Ctrl-D sur une ligne vide.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="454"/>
        <source> [y/N] </source>
        <translation> [o/N] </translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="455"/>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="456"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="483"/>
        <location filename="../backend/cli/CliReminders.cpp" line="197"/>
        <source>rebound-cli: %1</source>
        <translation>rebound-cli&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="37"/>
        <source>How are you? A check-in needs --mood 1-5.</source>
        <translation>Comment allez-vous&#xa0;? Un point du jour a besoin de --mood 1-5.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="41"/>
        <source>A check-in needs a mood from 1 to 5.</source>
        <translation>Un point du jour a besoin d’une humeur de 1 à 5.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="54"/>
        <source>Checked in for %1: mood %2</source>
        <translation>Point du jour enregistré pour le %1&#xa0;: humeur %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="56"/>
        <source>, feeling %1</source>
        <translation>, ressenti&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="58"/>
        <source>; did %1</source>
        <translation>&#xa0;; fait&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="60"/>
        <source>Mood of the day: %1 (one check-in)</source>
        <translation>Humeur du jour&#xa0;: %1 (un point du jour)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="61"/>
        <source>Mood of the day: %1 (average %2 of %3 check-ins)</source>
        <translation>Humeur du jour&#xa0;: %1 (moyenne %2 sur %3 points du jour)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="83"/>
        <source>No check-ins yet.</source>
        <translation>Aucun point du jour pour l’instant.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="104"/>
        <source>Describe the win in one line; finish with Ctrl-D.</source>
        <translation>Décrivez la victoire en une ligne&#xa0;; terminez par Ctrl-D.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="129"/>
        <source>No wins noted yet. Every step counts: &quot;rebound-cli win add ...&quot;.</source>
        <translation>Aucune victoire notée pour l’instant. Chaque pas compte&#xa0;: &quot;rebound-cli win add ...&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="32"/>
        <source>%1 at %2</source>
        <translation>%1 chez %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="38"/>
        <location filename="../backend/cli/CliContacts.cpp" line="282"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="40"/>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="45"/>
        <source>--cadence takes a number of days from 1 to %1, &quot;off&quot; (no keep-in-touch reminders) or &quot;tags&quot; (the default of its tags).</source>
        <translation>--cadence accepte un nombre de jours de 1 à %1, &quot;off&quot; (pas de rappels pour garder le contact) ou &quot;tags&quot; (la valeur par défaut de ses étiquettes).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="97"/>
        <source>Who is it? Give --name, e.g. contact add --name &quot;Maya Chen&quot; --tag recruiter.</source>
        <translation>Qui est-ce&#xa0;? Donnez --name, p. ex. contact add --name &quot;Maya Chen&quot; --tag recruiter.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="126"/>
        <location filename="../backend/cli/CliContacts.cpp" line="254"/>
        <location filename="../backend/cli/CliContacts.cpp" line="328"/>
        <location filename="../backend/cli/CliContacts.cpp" line="364"/>
        <location filename="../backend/cli/CliContacts.cpp" line="393"/>
        <source>Which contact? Give its ID (see &quot;contact list&quot;).</source>
        <translation>Quel contact&#xa0;? Donnez son ID (voir &quot;contact list&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="130"/>
        <source>No contact has the ID %1.</source>
        <translation>Aucun contact n’a l’ID %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="169"/>
        <source>no reminders</source>
        <translation>aucun rappel</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="171"/>
        <source>overdue since %1</source>
        <translation>en retard depuis le %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="173"/>
        <source>due today</source>
        <translation>à faire aujourd’hui</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="174"/>
        <location filename="../backend/cli/CliGoals.cpp" line="529"/>
        <location filename="../backend/cli/CliSkills.cpp" line="232"/>
        <source>due %1</source>
        <translation>prévu le %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="205"/>
        <source>contact list --due takes no value: it lists the contacts due now.</source>
        <translation>contact list --due n’accepte pas de valeur&#xa0;: la commande liste les contacts à recontacter maintenant.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="232"/>
        <source>Nobody is due for a catch-up.</source>
        <translation>Personne à recontacter pour l’instant.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="234"/>
        <source>No contacts match.</source>
        <translation>Aucun contact ne correspond.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="236"/>
        <source>No contacts yet. Add one: rebound-cli contact add --name &quot;Maya Chen&quot; --tag recruiter.</source>
        <translation>Aucun contact pour l’instant. Ajoutez-en un&#xa0;: rebound-cli contact add --name &quot;Maya Chen&quot; --tag recruiter.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="244"/>
        <location filename="../backend/cli/CliSkills.cpp" line="203"/>
        <source>last %1</source>
        <translation>dernier contact le %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="244"/>
        <source>never contacted</source>
        <translation>jamais contacté</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="259"/>
        <location filename="../backend/cli/CliContacts.cpp" line="372"/>
        <location filename="../backend/cli/CliContacts.cpp" line="402"/>
        <source>That contact no longer exists.</source>
        <translation>Ce contact n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="284"/>
        <source>every %1 days</source>
        <translation>tous les %1 jours</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="286"/>
        <source>every %1 days (from its tags)</source>
        <translation>tous les %1 jours (d’après ses étiquettes)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="288"/>
        <source>off (none of its tags has a cadence)</source>
        <translation>désactivé (aucune de ses étiquettes n’a de cadence)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="289"/>
        <location filename="../backend/cli/CliJobs.cpp" line="297"/>
        <source>ID:</source>
        <translation>ID&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="290"/>
        <source>Company:</source>
        <translation>Entreprise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="291"/>
        <source>Role:</source>
        <translation>Poste&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="292"/>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="293"/>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="294"/>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="295"/>
        <source>How we met:</source>
        <translation>Rencontre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="296"/>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="297"/>
        <source>Keep in touch:</source>
        <translation>Garder le contact&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="298"/>
        <source>Last contacted:</source>
        <translation>Dernier contact&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="298"/>
        <location filename="../backend/cli/CliSync.cpp" line="31"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="299"/>
        <source>Next:</source>
        <translation>Prochain&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="303"/>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="304"/>
        <source>Interactions:</source>
        <translation>Échanges&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="306"/>
        <source>none logged yet</source>
        <translation>aucun consigné pour l’instant</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="314"/>
        <source>Applications:</source>
        <translation>Candidatures&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="350"/>
        <source>Logged: %1 with %2 on %3.</source>
        <translation>Consigné&#xa0;: %1 avec %2 le %3.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="354"/>
        <source>Next keep-in-touch: %1.</source>
        <translation>Prochain contact prévu&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="366"/>
        <source>Nothing to change: give --name, --company, --role, --email, --phone, --url, --met, --tag, --notes or --cadence.</source>
        <translation>Rien à modifier&#xa0;: donnez --name, --company, --role, --email, --phone, --url, --met, --tag, --notes ou --cadence.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="384"/>
        <location filename="../backend/cli/CliJobs.cpp" line="590"/>
        <location filename="../backend/cli/CliJournal.cpp" line="291"/>
        <source>Updated %1.</source>
        <translation>%1 mis à jour.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="397"/>
        <location filename="../backend/cli/CliGoals.cpp" line="471"/>
        <location filename="../backend/cli/CliJobs.cpp" line="602"/>
        <source>Deleting cannot be undone here: add --yes to confirm (there is no terminal to ask on).</source>
        <translation>La suppression est définitive&#xa0;: ajoutez --yes pour confirmer (il n’y a pas de terminal pour vous le demander).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="405"/>
        <source>Delete %1 with %2 logged interaction(s)?</source>
        <translation>Supprimer %1 et ses %2 échange(s) consigné(s)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="406"/>
        <source>Delete %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="408"/>
        <location filename="../backend/cli/CliGoals.cpp" line="478"/>
        <location filename="../backend/cli/CliJobs.cpp" line="616"/>
        <source>Nothing was deleted.</source>
        <translation>Rien n’a été supprimé.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="413"/>
        <location filename="../backend/cli/CliJobs.cpp" line="621"/>
        <location filename="../backend/cli/CliJournal.cpp" line="301"/>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="415"/>
        <source>The applications that named them keep the name; they are no longer linked to a contact.</source>
        <translation>Les candidatures qui les mentionnaient gardent le nom&#xa0;; elles ne sont plus liées à un contact.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="425"/>
        <source>Which file? e.g. contact import contacts.vcf (vCard 3.0 or 4.0).</source>
        <translation>Quel fichier&#xa0;? P. ex. contact import contacts.vcf (vCard 3.0 ou 4.0).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="429"/>
        <location filename="../backend/cli/CliData.cpp" line="149"/>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="431"/>
        <source>%1 is larger than %2 MiB; nothing was imported.</source>
        <translation>%1 dépasse %2 Mio&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="440"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="442"/>
        <source>%1 is not a vCard file we can read. %2 Nothing was imported.</source>
        <translation>%1 n’est pas un fichier vCard lisible. %2 Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="450"/>
        <source>%1 holds %2 contact(s):</source>
        <translation>%1 contient %2 contact(s)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="461"/>
        <location filename="../backend/cli/CliData.cpp" line="182"/>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="463"/>
        <source>Skipped while reading:</source>
        <translation>Ignorés à la lecture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="469"/>
        <source>Already in your contacts (same email or phone):</source>
        <translation>Déjà dans vos contacts (même e-mail ou téléphone)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="472"/>
        <source>%1 — shares %2 with %3 (%4)</source>
        <translation>%1 — partage %2 avec %3 (%4)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="487"/>
        <location filename="../backend/cli/CliData.cpp" line="196"/>
        <source>Nothing to import.</source>
        <translation>Rien à importer.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="492"/>
        <source>Import %1 contact(s), leaving out %2 already here?</source>
        <translation>Importer %1 contact(s), en laissant de côté les %2 déjà présents&#xa0;?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="494"/>
        <source>Import %1 contact(s), including %2 that may be already here (--skip-duplicates leaves them out)?</source>
        <translation>Importer %1 contact(s), dont %2 peut-être déjà présents (--skip-duplicates les laisse de côté)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="497"/>
        <source>Import %1 contact(s)?</source>
        <translation>Importer %1 contact(s)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="500"/>
        <location filename="../backend/cli/CliData.cpp" line="201"/>
        <source>Nothing was imported: add --yes to import (there is no terminal to ask on).</source>
        <translation>Rien n’a été importé&#xa0;: ajoutez --yes pour importer (il n’y a pas de terminal pour vous le demander).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="504"/>
        <location filename="../backend/cli/CliData.cpp" line="206"/>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="509"/>
        <source>Imported %1 contact(s).</source>
        <translation>%1 contact(s) importé(s).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="520"/>
        <location filename="../backend/cli/CliGoals.cpp" line="963"/>
        <location filename="../backend/cli/CliJobs.cpp" line="636"/>
        <source>--output takes the name of a file to write.</source>
        <translation>--output attend le nom d’un fichier à écrire.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="522"/>
        <location filename="../backend/cli/CliData.cpp" line="57"/>
        <location filename="../backend/cli/CliData.cpp" line="87"/>
        <location filename="../backend/cli/CliGoals.cpp" line="965"/>
        <location filename="../backend/cli/CliJobs.cpp" line="638"/>
        <location filename="../backend/cli/CliReminders.cpp" line="79"/>
        <source>The folder %1 does not exist; nothing was written.</source>
        <translation>Le dossier %1 n’existe pas&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="534"/>
        <location filename="../backend/cli/CliGoals.cpp" line="982"/>
        <location filename="../backend/cli/CliJobs.cpp" line="651"/>
        <location filename="../backend/cli/CliReminders.cpp" line="105"/>
        <source>Could not write %1 (is the folder writable?). Nothing was written.</source>
        <translation>Impossible d’écrire %1 (le dossier est-il accessible en écriture&#xa0;?). Rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="537"/>
        <source>Exported %1 contact(s) to %2 (vCard 4.0).</source>
        <translation>%1 contact(s) exporté(s) vers %2 (vCard 4.0).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="539"/>
        <source>Warning: the export is not encrypted. Anyone who can read the file can read your contacts; delete it when you no longer need it.</source>
        <translation>Attention&#xa0;: l’export n’est pas chiffré. Toute personne qui peut lire le fichier peut lire vos contacts&#xa0;; supprimez-le quand vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="546"/>
        <location filename="../backend/cli/CliGoals.cpp" line="993"/>
        <location filename="../backend/cli/CliJobs.cpp" line="666"/>
        <source>Warning: the export is not encrypted; take care where you keep it.</source>
        <translation>Attention&#xa0;: l’export n’est pas chiffré&#xa0;; faites attention à l’endroit où vous le gardez.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="36"/>
        <source>--per-week takes a whole number from 1 to %1.</source>
        <translation>--per-week accepte un nombre entier de 1 à %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="54"/>
        <source>--metric takes one of: %1, or effort:NAME for check-ins tagged with an effort (not “%2”).</source>
        <translation>--metric accepte l’une de ces valeurs&#xa0;: %1, ou effort:NAME pour les points du jour étiquetés avec un effort (pas «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="63"/>
        <source>--follow-up-status takes GOAL_ID:STATUS, e.g. 1a2b3c4d:paused.</source>
        <translation>--follow-up-status attend GOAL_ID:STATUS, p. ex. 1a2b3c4d:paused.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="87"/>
        <location filename="../backend/cli/CliGoals.cpp" line="395"/>
        <location filename="../backend/cli/CliGoals.cpp" line="467"/>
        <source>Which goal? Give its ID (see &quot;goal list --all&quot;).</source>
        <translation>Quel objectif&#xa0;? Donnez son ID (voir &quot;goal list --all&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="91"/>
        <source>No goal has the ID %1.</source>
        <translation>Aucun objectif n’a l’ID %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="96"/>
        <location filename="../backend/cli/CliGoals.cpp" line="687"/>
        <location filename="../backend/cli/CliGoals.cpp" line="849"/>
        <location filename="../backend/cli/CliGoals.cpp" line="958"/>
        <source>Which review? Give its ID (see &quot;review list&quot;).</source>
        <translation>Quelle revue&#xa0;? Donnez son ID (voir &quot;review list&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="100"/>
        <source>No review has the ID %1.</source>
        <translation>Aucune revue n’a l’ID %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="109"/>
        <source>There is no checklist to review; add one in the app.</source>
        <translation>Il n’y a aucune liste de contrôle à passer en revue&#xa0;; ajoutez-en une dans l’app.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="125"/>
        <source>No checklist is called or has the ID “%1”. Checklists: %2.</source>
        <translation>Aucune liste de contrôle ne s’appelle «&#xa0;%1&#xa0;» ou n’a cet ID. Listes de contrôle&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="145"/>
        <source>There is no effort called “%1”. Efforts: %2.</source>
        <translation>Aucun effort ne s’appelle «&#xa0;%1&#xa0;». Efforts&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="208"/>
        <source>new goal “%1” (%2)</source>
        <translation>nouvel objectif «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="212"/>
        <source>goal “%1” → %2</source>
        <translation>objectif «&#xa0;%1&#xa0;» → %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="215"/>
        <source>skills action “%1” for %2 (%3)</source>
        <translation>action de compétence «&#xa0;%1&#xa0;» pour %2 (%3)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="225"/>
        <source>What is the goal? e.g. goal add &quot;Backend engineer&quot; --kind role.</source>
        <translation>Quel est l’objectif&#xa0;? P. ex. goal add &quot;Ingénieur backend&quot; --kind role.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="236"/>
        <location filename="../backend/cli/CliGoals.cpp" line="254"/>
        <source>A weekly effort goal needs --metric and --per-week, e.g. --metric applications --per-week 10.</source>
        <translation>Un objectif d’effort hebdomadaire a besoin de --metric et de --per-week, p. ex. --metric applications --per-week 10.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="239"/>
        <location filename="../backend/cli/CliGoals.cpp" line="430"/>
        <source>--metric and --per-week are for weekly effort goals (--kind effort).</source>
        <translation>--metric et --per-week sont réservés aux objectifs d’effort hebdomadaires (--kind effort).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="278"/>
        <source>No north star yet. Set the long-term goal you keep your eye on: rebound-cli goal north-star &quot;TEXT&quot;.</source>
        <translation>Pas encore de cap. Définissez l’objectif à long terme que vous gardez en vue&#xa0;: rebound-cli goal north-star &quot;TEXT&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="290"/>
        <source>Give the north star&apos;s text with --notes, e.g. goal north-star &quot;TEXT&quot; --notes &quot;why it matters&quot;.</source>
        <translation>Donnez le texte du cap avec --notes, p. ex. goal north-star &quot;TEXT&quot; --notes &quot;pourquoi c’est important&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="305"/>
        <source>Your north star: %1</source>
        <translation>Votre cap&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="305"/>
        <source>Cleared your north star.</source>
        <translation>Cap effacé.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="355"/>
        <source>North star: %1</source>
        <translation>Cap&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="357"/>
        <source>No goals yet.</source>
        <translation>Aucun objectif pour l’instant.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="357"/>
        <source>No open goals.</source>
        <translation>Aucun objectif ouvert.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="358"/>
        <source>Add one: rebound-cli goal add &quot;Backend engineer&quot; --kind role.</source>
        <translation>Ajoutez-en un&#xa0;: rebound-cli goal add &quot;Ingénieur backend&quot; --kind role.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="375"/>
        <source>by %1</source>
        <translation>d’ici le %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="377"/>
        <source>%1 of %2 this week (%3)</source>
        <translation>%1 sur %2 cette semaine (%3)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="382"/>
        <source>%1, %2 a week</source>
        <translation>%1, %2 par semaine</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="384"/>
        <source>  ↳ %1</source>
        <translation>  ↳ %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="398"/>
        <source>Nothing to change: give --title, --notes, --by, --status, --metric or --per-week.</source>
        <translation>Rien à modifier&#xa0;: donnez --title, --notes, --by, --status, --metric ou --per-week.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="417"/>
        <location filename="../backend/cli/CliGoals.cpp" line="452"/>
        <location filename="../backend/cli/CliGoals.cpp" line="476"/>
        <source>That goal no longer exists.</source>
        <translation>Cet objectif n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="438"/>
        <source>Nothing changed for “%1”.</source>
        <translation>Rien n’a changé pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="438"/>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="447"/>
        <source>Which goal? Give its ID (see &quot;goal list&quot;).</source>
        <translation>Quel objectif&#xa0;? Donnez son ID (voir &quot;goal list&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="456"/>
        <source>“%1” was already achieved.</source>
        <translation>«&#xa0;%1&#xa0;» était déjà atteint.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="457"/>
        <source>Achieved: “%1”. Well done.</source>
        <translation>Atteint&#xa0;: «&#xa0;%1&#xa0;». Bravo.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="477"/>
        <source>Delete “%1” and its alternative paths?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et ses voies alternatives&#xa0;?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="482"/>
        <source>Deleted “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="483"/>
        <source>Deleted “%1” and %2 alternative path(s).</source>
        <translation>«&#xa0;%1&#xa0;» et %2 voie(s) alternative(s) supprimés.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="519"/>
        <source>No checklists. Add one in the app (Goals → Reviews).</source>
        <translation>Aucune liste de contrôle. Ajoutez-en une dans l’app (Objectifs → Revues).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="527"/>
        <source>every week</source>
        <translation>chaque semaine</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="527"/>
        <source>every %1 weeks</source>
        <translation>toutes les %1 semaines</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="531"/>
        <source>not scheduled</source>
        <translation>non planifiée</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="534"/>
        <source>1 question</source>
        <translation>1 question</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="534"/>
        <source>%1 questions</source>
        <translation>%1 questions</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="536"/>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="568"/>
        <source>Review of “%1”, started %2: %3 of %4 answered.</source>
        <translation>Revue de «&#xa0;%1&#xa0;», commencée le %2&#xa0;: %3 sur %4 répondues.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="580"/>
        <source>Resumed the review you started on %1.</source>
        <translation>Reprise de la revue commencée le %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="581"/>
        <source>Answer with: rebound-cli review answer %1 N yes|no|unsure [--note TEXT]</source>
        <translation>Répondez avec&#xa0;: rebound-cli review answer %1 N yes|no|unsure [--note TEXT]</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="594"/>
        <source>review answer needs the review&apos;s ID, the question&apos;s number and yes, no or unsure, e.g. review answer 1a2b3c4d 2 yes.</source>
        <translation>review answer a besoin de l’ID de la revue, du numéro de la question et de yes, no ou unsure, p. ex. review answer 1a2b3c4d 2 yes.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="600"/>
        <source>The question&apos;s number is a whole number from 1 (not “%1”).</source>
        <translation>Le numéro de la question est un nombre entier à partir de 1 (pas «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="602"/>
        <source>The answer</source>
        <translation>La réponse</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="607"/>
        <source>Give at most one of --follow-up-goal, --follow-up-action, --follow-up-status and --no-follow-up.</source>
        <translation>Donnez au plus une option parmi --follow-up-goal, --follow-up-action, --follow-up-status et --no-follow-up.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="610"/>
        <source>--goal-kind goes with --follow-up-goal.</source>
        <translation>--goal-kind va avec --follow-up-goal.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="612"/>
        <source>--skill and --action-kind go with --follow-up-action.</source>
        <translation>--skill et --action-kind vont avec --follow-up-action.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="624"/>
        <source>--follow-up-goal needs the new goal&apos;s title.</source>
        <translation>--follow-up-goal a besoin du titre du nouvel objectif.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="629"/>
        <source>--follow-up-action needs --skill NAME: the skill it works on.</source>
        <translation>--follow-up-action a besoin de --skill NAME&#xa0;: la compétence travaillée.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="635"/>
        <source>--follow-up-action needs the action&apos;s title.</source>
        <translation>--follow-up-action a besoin du titre de l’action.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="645"/>
        <location filename="../backend/cli/CliGoals.cpp" line="691"/>
        <location filename="../backend/cli/CliGoals.cpp" line="853"/>
        <location filename="../backend/cli/CliGoals.cpp" line="971"/>
        <source>That review no longer exists.</source>
        <translation>Cette revue n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="648"/>
        <source>That review was finished on %1 and can no longer be changed; start a new one with &quot;rebound-cli review start&quot;.</source>
        <translation>Cette revue a été terminée le %1 et ne peut plus être modifiée&#xa0;; commencez-en une nouvelle avec &quot;rebound-cli review start&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="654"/>
        <source>This review has %1 questions; give a number from 1 to %1 (not %2).</source>
        <translation>Cette revue a %1 questions&#xa0;; donnez un nombre de 1 à %1 (pas %2).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="673"/>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="675"/>
        <source>Follow-up when you finish: %1</source>
        <translation>Suite quand vous terminerez&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="676"/>
        <source>Every question is answered: rebound-cli review finish %1</source>
        <translation>Toutes les questions ont une réponse&#xa0;: rebound-cli review finish %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="678"/>
        <source>%1 still to answer.</source>
        <translation>Encore %1 à répondre.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="694"/>
        <source>That review was already finished on %1.</source>
        <translation>Cette revue a déjà été terminée le %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="717"/>
        <source>Added %1</source>
        <translation>Ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="719"/>
        <source>Planned %1</source>
        <translation>Prévu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="721"/>
        <source>Changed %1</source>
        <translation>Modifié&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="726"/>
        <source>Finished the review of “%1” on %2: %3 of %4 answered.</source>
        <translation>Revue de «&#xa0;%1&#xa0;» terminée le %2&#xa0;: %3 sur %4 répondues.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="734"/>
        <source>No follow-ups.</source>
        <translation>Aucune suite.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="736"/>
        <source>See them in your skills plan: rebound-cli skills</source>
        <translation>Retrouvez-les dans votre plan de compétences&#xa0;: rebound-cli skills</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="738"/>
        <source>Marked %1 goal-review reminder(s) done.</source>
        <translation>%1 rappel(s) de revue d’objectifs marqué(s) comme fait(s).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="770"/>
        <source>No reviews yet. Start one: rebound-cli review start</source>
        <translation>Aucune revue pour l’instant. Commencez-en une&#xa0;: rebound-cli review start</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="778"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="780"/>
        <source>first review</source>
        <translation>première revue</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="782"/>
        <source>no answers changed</source>
        <translation>aucune réponse modifiée</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="785"/>
        <source>1 answer changed</source>
        <translation>1 réponse modifiée</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="786"/>
        <source>%1 answers changed</source>
        <translation>%1 réponses modifiées</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="867"/>
        <source>Review of “%1”</source>
        <translation>Revue de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="869"/>
        <source>Started %1, finished %2</source>
        <translation>Commencée le %1, terminée le %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="870"/>
        <source>Started %1, in progress</source>
        <translation>Commencée le %1, en cours</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="871"/>
        <source>%1 of %2 answered</source>
        <translation>%1 sur %2 répondues</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="881"/>
        <source>(was: %1)</source>
        <translation>(avant&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="884"/>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="887"/>
        <source>Follow-up: %1</source>
        <translation>Suite&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="887"/>
        <source>Follow-up (done): %1</source>
        <translation>Suite (faite)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="892"/>
        <source>Summary: %1</source>
        <translation>Résumé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="895"/>
        <source>Since the last review (finished %1), from %2 to %3:</source>
        <translation>Depuis la dernière revue (terminée le %1), du %2 au %3&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="897"/>
        <source>First review of this checklist. From %1 to %2:</source>
        <translation>Première revue de cette liste de contrôle. Du %1 au %2&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="901"/>
        <source>Answers: none changed.</source>
        <translation>Réponses&#xa0;: aucune modifiée.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="902"/>
        <source>Answers: %1 changed.</source>
        <translation>Réponses&#xa0;: %1 modifiée(s).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="906"/>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="910"/>
        <source>Effort: %1 (%2, %3 a week): met %4 of %5 weeks, %6 a week on average</source>
        <translation>Effort&#xa0;: %1 (%2, %3 par semaine)&#xa0;: atteint %4 semaines sur %5, %6 par semaine en moyenne</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="918"/>
        <source>Mood: no check-ins in this period.</source>
        <translation>Humeur&#xa0;: aucun point du jour sur cette période.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="921"/>
        <source>Mood: %1 on average over %2 day(s) (%3 before that, %4)</source>
        <translation>Humeur&#xa0;: %1 en moyenne sur %2 jour(s) (%3 avant, %4)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="928"/>
        <source>Mood: %1 on average over %2 day(s)</source>
        <translation>Humeur&#xa0;: %1 en moyenne sur %2 jour(s)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="933"/>
        <source>Applications: %1 sent, %2 interview(s), %3 offer(s), %4 rejection(s); %5 open now</source>
        <translation>Candidatures&#xa0;: %1 envoyée(s), %2 entretien(s), %3 offre(s), %4 refus&#xa0;; %5 en cours</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="941"/>
        <source>Goal “%1”: %2 on %3</source>
        <translation>Objectif «&#xa0;%1&#xa0;»&#xa0;: %2 le %3</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="944"/>
        <source>Feedback received: %1</source>
        <translation>Retours reçus&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="949"/>
        <source>Top skills to work on: %1</source>
        <translation>Compétences prioritaires à travailler&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="985"/>
        <source>Exported the review to %1.</source>
        <translation>Revue exportée vers %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="986"/>
        <source>Warning: the export is not encrypted. Anyone who can read the file can read your answers; delete it when you no longer need it.</source>
        <translation>Attention&#xa0;: l’export n’est pas chiffré. Toute personne qui peut lire le fichier peut lire vos réponses&#xa0;; supprimez-le quand vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="76"/>
        <source>--rest-days takes weekdays as numbers 1 (Monday) to 7 (Sunday) or names, e.g. 6,7 or sat,sun, or &quot;none&quot; (not “%1”).</source>
        <translation>--rest-days accepte des jours de la semaine en chiffres de 1 (lundi) à 7 (dimanche) ou en noms, p. ex. 6,7 ou sat,sun, ou &quot;none&quot; (pas «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="94"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="133"/>
        <source>Not enough recoveries for a trend yet (it needs %1; there are %2).</source>
        <translation>Pas encore assez de rétablissements pour dégager une tendance (il en faut %1&#xa0;; il y en a %2).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="137"/>
        <source>Recovery is getting shorter: about %1 day(s) less with each rejection.</source>
        <translation>Le rétablissement raccourcit&#xa0;: environ %1 jour(s) de moins à chaque refus.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="140"/>
        <source>Recovery is taking longer: about %1 day(s) more with each rejection.</source>
        <translation>Le rétablissement prend plus de temps&#xa0;: environ %1 jour(s) de plus à chaque refus.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="142"/>
        <source>Recovery time is about the same from one rejection to the next.</source>
        <translation>Le temps de rétablissement reste à peu près le même d’un refus à l’autre.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="317"/>
        <source>--year takes a year from %1 to this year, e.g. %2.</source>
        <translation>--year accepte une année de %1 à l’année en cours, p. ex. %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="368"/>
        <source>Insights on %1</source>
        <translation>Aperçus au %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="371"/>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="374"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="376"/>
        <source>no mood recorded</source>
        <translation>aucune humeur enregistrée</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="379"/>
        <source>mean %1 on %2 day(s)</source>
        <translation>moyenne %1 sur %2 jour(s)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="381"/>
        <source>%1-day average %2 → %3</source>
        <translation>moyenne sur %1 jours %2 → %3</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="389"/>
        <source>Year in pixels, %1 (mood 1 to 5 per day, . = none)</source>
        <translation>Année en pixels, %1 (humeur de 1 à 5 par jour, . = aucune)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="401"/>
        <source>%1 day(s), mean %2</source>
        <translation>%1 jour(s), moyenne %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="401"/>
        <source>0 days</source>
        <translation>0 jour</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="409"/>
        <source>Years with moods: %1 (--year YYYY shows another)</source>
        <translation>Années avec humeurs&#xa0;: %1 (--year YYYY en affiche une autre)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="415"/>
        <source>Effort (what you control; planned rest days: %1)</source>
        <translation>Effort (ce qui dépend de vous&#xa0;; jours de repos prévus&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="418"/>
        <source>%1 day(s) since %2</source>
        <translation>%1 jour(s) depuis le %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="418"/>
        <location filename="../backend/cli/CliInsights.cpp" line="424"/>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="419"/>
        <source>, today done</source>
        <translation>, fait aujourd’hui</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="419"/>
        <source>, nothing yet today</source>
        <translation>, rien encore aujourd’hui</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="420"/>
        <source>Current streak</source>
        <translation>Série en cours</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="422"/>
        <source>Best streak</source>
        <translation>Meilleure série</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="423"/>
        <source>%1 day(s), %2 to %3</source>
        <translation>%1 jour(s), du %2 au %3</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="425"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="426"/>
        <source>%1 day(s) with effort, %2 rest day(s)</source>
        <translation>%1 jour(s) avec effort, %2 jour(s) de repos</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="428"/>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="428"/>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="435"/>
        <source>Weekly effort goals</source>
        <translation>Objectifs d’effort hebdomadaires</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="437"/>
        <source>None yet (goal add TITLE --metric M --per-week N).</source>
        <translation>Aucun pour l’instant (goal add TITLE --metric M --per-week N).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="442"/>
        <source>%1 of %2 this week</source>
        <translation>%1 sur %2 cette semaine</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="443"/>
        <source>met %1 of %2 weeks</source>
        <translation>atteint %1 semaines sur %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="448"/>
        <source>Pipeline funnel (applications reaching each step; % of the step before)</source>
        <translation>Entonnoir des candidatures (candidatures atteignant chaque étape&#xa0;; % de l’étape précédente)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="450"/>
        <source>No applications sent yet.</source>
        <translation>Aucune candidature envoyée pour l’instant.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="453"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="467"/>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="476"/>
        <source>Resilience (days until the %1-day mood average is back to the %2-day baseline)</source>
        <translation>Résilience (jours avant que la moyenne d’humeur sur %1 jours revienne au niveau de référence sur %2 jours)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="481"/>
        <source>No rejections recorded.</source>
        <translation>Aucun refus enregistré.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="483"/>
        <source>Rejected</source>
        <translation>Refus</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="483"/>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="483"/>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="483"/>
        <source>Back to baseline</source>
        <translation>Retour à la référence</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="491"/>
        <source>in %1 day(s)</source>
        <translation>en %1 jour(s)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="498"/>
        <source>Mean recovery: %1 day(s) over %2 of %3 rejection(s).</source>
        <translation>Rétablissement moyen&#xa0;: %1 jour(s) sur %2 refus parmi %3.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="507"/>
        <source>Faster recovery when the first week had:</source>
        <translation>Rétablissement plus rapide quand la première semaine comptait&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="512"/>
        <source>%1 day(s) with (%2)</source>
        <translation>%1 jour(s) avec (%2)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="513"/>
        <source>%1 without (%2)</source>
        <translation>%1 sans (%2)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="520"/>
        <source>Wins</source>
        <translation>Victoires</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="521"/>
        <source>%1 in all, %2 in the last 30 days</source>
        <translation>%1 au total, %2 sur les 30 derniers jours</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="525"/>
        <source>Recent:</source>
        <translation>Récentes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="529"/>
        <source>A low day: wins worth remembering</source>
        <translation>Un jour difficile&#xa0;: des victoires à se rappeler</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="38"/>
        <source>--contact takes NAME, NAME:ROLE, &quot;NAME &lt;EMAIL&gt;&quot; or &quot;NAME:ROLE&lt;EMAIL&gt;&quot; (not “%1”).</source>
        <translation>--contact accepte NAME, NAME:ROLE, &quot;NAME &lt;EMAIL&gt;&quot; ou &quot;NAME:ROLE&lt;EMAIL&gt;&quot; (pas «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="50"/>
        <source>“%1” does not look like an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="149"/>
        <location filename="../backend/cli/CliJobs.cpp" line="598"/>
        <source>Which application? Give its ID (see &quot;app list&quot;).</source>
        <translation>Quelle candidature&#xa0;? Donnez son ID (voir &quot;app list&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="153"/>
        <source>No application has the ID %1.</source>
        <translation>Aucune candidature n’a l’ID %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="158"/>
        <source>Which interview? Give its ID (see &quot;interview list&quot;).</source>
        <translation>Quel entretien&#xa0;? Donnez son ID (voir &quot;interview list&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="162"/>
        <source>No interview has the ID %1.</source>
        <translation>Aucun entretien n’a l’ID %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="173"/>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="175"/>
        <source>up to %1</source>
        <translation>jusqu’à %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="188"/>
        <source>confidence %1 → %2</source>
        <translation>confiance %1 → %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="298"/>
        <source>Stage:</source>
        <translation>Étape&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="298"/>
        <source>%1 since %2</source>
        <translation>%1 depuis le %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="300"/>
        <source>Link:</source>
        <translation>Lien&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="302"/>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="304"/>
        <source>Where:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="306"/>
        <source>Salary:</source>
        <translation>Salaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="308"/>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="309"/>
        <source>Added:</source>
        <translation>Ajoutée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="312"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="321"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="332"/>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="340"/>
        <location filename="../backend/cli/CliJobs.cpp" line="838"/>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="344"/>
        <source>Stumped me</source>
        <translation>Questions difficiles</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="345"/>
        <source>Less confident</source>
        <translation>Moins à l’aise</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="346"/>
        <source>Went well</source>
        <translation>Ce qui a bien marché</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="347"/>
        <source>Next time</source>
        <translation>La prochaine fois</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="348"/>
        <location filename="../backend/cli/CliJobs.cpp" line="399"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="357"/>
        <source>Feedback</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="379"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="391"/>
        <source>The guided rejection flow is waiting for you in the app.</source>
        <translation>Le parcours guidé après un refus vous attend dans l’app.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="392"/>
        <source>The guided rejection flow is waiting for you in the app (%1 of %2 steps done).</source>
        <translation>Le parcours guidé après un refus vous attend dans l’app (%1 étapes sur %2 faites).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="410"/>
        <source>Which company? app add needs --company NAME.</source>
        <translation>Quelle entreprise&#xa0;? app add a besoin de --company NAME.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="440"/>
        <source>Give --open or --closed, not both (without either, all are listed).</source>
        <translation>Donnez --open ou --closed, pas les deux (sans l’un ni l’autre, tout est listé).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="468"/>
        <source>No applications match.</source>
        <translation>Aucune candidature ne correspond.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="469"/>
        <source>No applications yet. Add one with &quot;rebound-cli app add --company NAME&quot;.</source>
        <translation>Aucune candidature pour l’instant. Ajoutez-en une avec &quot;rebound-cli app add --company NAME&quot;.</translation>
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
        <translation>Cette candidature n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="509"/>
        <source>app stage needs the application&apos;s ID and the new stage, e.g. &quot;app stage 3f2a interviewing&quot;.</source>
        <translation>app stage a besoin de l’ID de la candidature et de la nouvelle étape, p. ex. &quot;app stage 3f2a interviewing&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="511"/>
        <source>The stage</source>
        <translation>L’étape</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="540"/>
        <source>%1 is now at %2 (since %3).</source>
        <translation>%1 est maintenant à l’étape %2 (depuis le %3).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="544"/>
        <source>Recorded %1 on %2 in the history; %3 stays at %4, a later step.</source>
        <translation>Étape %1 enregistrée le %2 dans l’historique&#xa0;; %3 reste à l’étape %4, plus avancée.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="548"/>
        <source>I&apos;m sorry. A rejection stings, and it says nothing final about what you are worth.
Rebound has a short guided flow for this moment: name how you feel, ask for
feedback, keep the door open, note what went well. It is a conversation, not a
command, so it does not run here: it is waiting for you in the app, on this
application.</source>
        <translation>Je suis désolé. Un refus fait mal, et il ne dit rien de définitif sur votre valeur.
Rebound propose un court parcours guidé pour ce moment&#xa0;: mettre des mots sur ce que
vous ressentez, demander un retour, garder la porte ouverte, noter ce qui s’est bien
passé. C’est une conversation, pas une commande, donc il ne se lance pas ici&#xa0;: il vous
attend dans l’app, sur cette candidature.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="555"/>
        <source>That is %1 rejections in the last %2 days. When you are ready, a goal review
in the app can help you decide what to change, and what to keep.</source>
        <translation>Cela fait %1 refus au cours des %2 derniers jours. Le moment venu, une revue d’objectifs
dans l’app peut vous aider à décider quoi changer, et quoi garder.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="567"/>
        <source>The stage changes with &quot;app stage ID STAGE [--date D] [--note N]&quot;, which keeps its history; app edit changes the other fields.</source>
        <translation>L’étape se modifie avec &quot;app stage ID STAGE [--date D] [--note N]&quot;, qui conserve son historique&#xa0;; app edit modifie les autres champs.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="590"/>
        <location filename="../backend/cli/CliJournal.cpp" line="291"/>
        <source>Nothing to change in %1.</source>
        <translation>Rien à modifier dans %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="611"/>
        <source>Delete %1 with its stage history, people and %2 interview(s)?</source>
        <translation>Supprimer %1 avec son historique des étapes, ses personnes et %2 entretien(s)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="614"/>
        <source>Delete %1 with its stage history and people?</source>
        <translation>Supprimer %1 avec son historique des étapes et ses personnes&#xa0;?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="623"/>
        <source>Its feedback stays in your skills plan.</source>
        <translation>Ses retours restent dans votre plan de compétences.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="654"/>
        <source>Exported %1 application(s) to %2.</source>
        <translation>%1 candidature(s) exportée(s) vers %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="656"/>
        <source>Warning: the export is not encrypted. Anyone who can read the file can read your applications; delete it when you no longer need it.</source>
        <translation>Attention&#xa0;: l’export n’est pas chiffré. Toute personne qui peut lire le fichier peut lire vos candidatures&#xa0;; supprimez-le quand vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="693"/>
        <source>--with takes a name.</source>
        <translation>--with attend un nom.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="718"/>
        <source>Which application? interview add needs its ID (see &quot;app list&quot;).</source>
        <translation>Quelle candidature&#xa0;? interview add a besoin de son ID (voir &quot;app list&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="720"/>
        <source>When is it? interview add needs --at &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>Quand a-t-il lieu&#xa0;? interview add a besoin de --at &quot;YYYY-MM-DD HH:MM&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="747"/>
        <source>Reminder to prepare: %1.</source>
        <translation>Rappel pour vous préparer&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="761"/>
        <source>That interview no longer exists.</source>
        <translation>Cet entretien n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="795"/>
        <source>Updated the interview of %1.</source>
        <translation>Entretien de %1 mis à jour.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="795"/>
        <source>Nothing to change in the interview of %1.</source>
        <translation>Rien à modifier dans l’entretien de %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="823"/>
        <source>No interviews ahead.</source>
        <translation>Aucun entretien à venir.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="823"/>
        <source>No interviews yet.</source>
        <translation>Aucun entretien pour l’instant.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="17"/>
        <source>Which entry? Give its ID (see &quot;journal list&quot;).</source>
        <translation>Quelle entrée&#xa0;? Donnez son ID (voir &quot;journal list&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="20"/>
        <source>No journal entry has the ID %1.</source>
        <translation>Aucune entrée du journal n’a l’ID %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="65"/>
        <source>There is no emotion called “%1”. Known emotions: %2.</source>
        <translation>Aucune émotion ne s’appelle «&#xa0;%1&#xa0;». Émotions connues&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="66"/>
        <source>There is no effort called “%1”. Known efforts: %2.</source>
        <translation>Aucun effort ne s’appelle «&#xa0;%1&#xa0;». Efforts connus&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="87"/>
        <source>As filters, --emotion and --tag take one value each.</source>
        <translation>Comme filtres, --emotion et --tag acceptent une seule valeur chacun.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="89"/>
        <source>Give either --date or --from/--to, not both.</source>
        <translation>Donnez soit --date, soit --from/--to, pas les deux.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="97"/>
        <source>--from must not be after --to.</source>
        <translation>--from ne doit pas être après --to.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="121"/>
        <source>There is no template “%1”. Templates: %2.</source>
        <translation>Il n’y a pas de modèle «&#xa0;%1&#xa0;». Modèles&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="133"/>
        <source>Write your entry (leave it empty to start from the template); finish with Ctrl-D on an empty line.</source>
        <translation>Écrivez votre entrée (laissez-la vide pour partir du modèle)&#xa0;; terminez par Ctrl-D sur une ligne vide.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="135"/>
        <source>Write your entry; finish with Ctrl-D on an empty line.</source>
        <translation>Écrivez votre entrée&#xa0;; terminez par Ctrl-D sur une ligne vide.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="144"/>
        <source>The entry is empty; nothing was saved.</source>
        <translation>L’entrée est vide&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="176"/>
        <location filename="../backend/cli/CliJournal.cpp" line="219"/>
        <source>No journal entries match.</source>
        <translation>Aucune entrée du journal ne correspond.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="176"/>
        <source>No journal entries yet.</source>
        <translation>Aucune entrée dans le journal pour l’instant.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="193"/>
        <source>What should I search for? Give words, filters, or both.</source>
        <translation>Que dois-je chercher&#xa0;? Donnez des mots, des filtres, ou les deux.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="241"/>
        <location filename="../backend/cli/CliJournal.cpp" line="274"/>
        <source>That entry no longer exists.</source>
        <translation>Cette entrée n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="246"/>
        <source>ID:       %1</source>
        <translation>ID&#xa0;:          %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="247"/>
        <source>Date:     %1</source>
        <translation>Date&#xa0;:        %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="248"/>
        <source>Mood:     %1</source>
        <translation>Humeur&#xa0;:      %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="248"/>
        <source>not given</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="250"/>
        <source>Tags:     %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="252"/>
        <source>Emotions: %1</source>
        <translation>Émotions&#xa0;:   %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="254"/>
        <source>Template: %1</source>
        <translation>Modèle&#xa0;:     %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="263"/>
        <source>Give the new text with --text or --stdin, not both.</source>
        <translation>Donnez le nouveau texte avec --text ou --stdin, pas les deux.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="32"/>
        <source>--days takes a number of days from 0 to %1.</source>
        <translation>--days accepte un nombre de jours de 0 à %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="67"/>
        <source>reminders --due takes no value: it lists what is due now.</source>
        <translation>reminders --due n’accepte pas de valeur&#xa0;: la commande liste ce qui est dû maintenant.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="69"/>
        <source>reminders --due lists what is due now; it does not go with --days or --ics.</source>
        <translation>reminders --due liste ce qui est dû maintenant&#xa0;; l’option ne va pas avec --days ni --ics.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="71"/>
        <source>reminders --ics writes iCalendar; it does not go with --json.</source>
        <translation>reminders --ics écrit de l’iCalendar&#xa0;; l’option ne va pas avec --json.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="77"/>
        <source>--ics takes the name of a file to write (or - for stdout).</source>
        <translation>--ics attend le nom d’un fichier à écrire (ou - pour stdout).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="97"/>
        <source>Warning: the calendar is not encrypted; take care where you keep it.</source>
        <translation>Attention&#xa0;: l’agenda n’est pas chiffré&#xa0;; faites attention à l’endroit où vous le gardez.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="108"/>
        <source>Wrote %1 reminder(s) for the next %2 day(s) to %3 (iCalendar).</source>
        <translation>Écrit dans %3 (iCalendar)&#xa0;: %1 rappel(s) pour les %2 prochains jours.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="113"/>
        <source>Warning: the calendar file is not encrypted. Anyone who can read it sees who and what your reminders are about.</source>
        <translation>Attention&#xa0;: le fichier d’agenda n’est pas chiffré. Toute personne qui peut le lire voit qui et quoi concernent vos rappels.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="138"/>
        <source>Nothing is due.</source>
        <translation>Rien à faire pour l’instant.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="138"/>
        <source>Nothing is due in the next %1 day(s).</source>
        <translation>Rien de prévu dans les prochains jours (%1).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="144"/>
        <source>Due now:</source>
        <translation>À faire maintenant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="147"/>
        <source>Next %1 day(s):</source>
        <translation>Prochains jours (%1)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="161"/>
        <source>rebound-cli: reminders cannot be shown while the app is closed: the vault&apos;s key is not remembered on this device. Unlock Rebound with &quot;Remember on this device&quot; turned on (it keeps the key in the system keyring); until then reminders show only while the app is open. Nothing was changed.</source>
        <translation>rebound-cli&#xa0;: les rappels ne peuvent pas s’afficher quand l’app est fermée&#xa0;: la clé du coffre n’est pas mémorisée sur cet appareil. Déverrouillez Rebound avec «&#xa0;Mémoriser sur cet appareil&#xa0;» activé (la clé est alors gardée dans le trousseau du système)&#xa0;; d’ici là, les rappels ne s’affichent que lorsque l’app est ouverte. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="185"/>
        <source>The system keyring did not answer (is it locked?). No reminders were shown; the timer tries again later.</source>
        <translation>Le trousseau du système n’a pas répondu (est-il verrouillé&#xa0;?). Aucun rappel n’a été affiché&#xa0;; le minuteur réessaiera plus tard.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="199"/>
        <source>No reminder was marked as notified; they will be shown next time.</source>
        <translation>Aucun rappel n’a été marqué comme notifié&#xa0;; ils seront affichés la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="204"/>
        <source>Showed %1 notification(s) for %2 reminder(s).</source>
        <translation>%1 notification(s) affichée(s) pour %2 rappel(s).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="17"/>
        <source>1 mention</source>
        <translation>1 mention</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="17"/>
        <source>%1 mentions</source>
        <translation>%1 mentions</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="76"/>
        <source>Which action? Give its ID (see &quot;skills&quot;).</source>
        <translation>Quelle action&#xa0;? Donnez son ID (voir &quot;skills&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="80"/>
        <source>No action has the ID %1.</source>
        <translation>Aucune action n’a l’ID %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="92"/>
        <source>There is no skill called “%1” yet; skills come from feedback (&quot;feedback add --weakness SKILL&quot;).</source>
        <translation>Il n’y a pas encore de compétence «&#xa0;%1&#xa0;»&#xa0;; les compétences viennent des retours (&quot;feedback add --weakness SKILL&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="95"/>
        <source>There is no skill called “%1”. Skills: %2.</source>
        <translation>Il n’y a pas de compétence «&#xa0;%1&#xa0;». Compétences&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="119"/>
        <source>That interview belongs to another application; give --interview alone.</source>
        <translation>Cet entretien appartient à une autre candidature&#xa0;; donnez --interview seul.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="128"/>
        <source>Added to your skills plan: see &quot;rebound-cli skills&quot;.</source>
        <translation>Ajouté à votre plan de compétences&#xa0;: voir &quot;rebound-cli skills&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="147"/>
        <source>No feedback yet. When some comes, &quot;rebound-cli feedback add&quot; turns it into a skills plan.</source>
        <translation>Aucun retour pour l’instant. Quand il y en aura, &quot;rebound-cli feedback add&quot; les transformera en plan de compétences.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="194"/>
        <source>No skills yet. Feedback names them: &quot;rebound-cli feedback add --strength S --weakness W&quot;.</source>
        <translation>Aucune compétence pour l’instant. Les retours les nomment&#xa0;: &quot;rebound-cli feedback add --strength S --weakness W&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="206"/>
        <source>Strengths: lean on these</source>
        <translation>Points forts&#xa0;: appuyez-vous dessus</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="208"/>
        <location filename="../backend/cli/CliSkills.cpp" line="217"/>
        <source>None named yet.</source>
        <translation>Aucun nommé pour l’instant.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="213"/>
        <source>Pitch: %1</source>
        <translation>Présentation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="215"/>
        <source>Weaknesses: work on these</source>
        <translation>Points faibles&#xa0;: à travailler</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="224"/>
        <source>No action yet: rebound-cli skills action add &quot;%1&quot; --title ...</source>
        <translation>Aucune action pour l’instant&#xa0;: rebound-cli skills action add &quot;%1&quot; --title ...</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="244"/>
        <source>Which skill? e.g. skills action add &quot;System design&quot; --title &quot;Read a chapter a day&quot;.</source>
        <translation>Quelle compétence&#xa0;? P. ex. skills action add &quot;Conception de systèmes&quot; --title &quot;Lire un chapitre par jour&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="246"/>
        <source>What will you do? skills action add needs --title TEXT.</source>
        <translation>Qu’allez-vous faire&#xa0;? skills action add a besoin de --title TEXT.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="269"/>
        <source>That action no longer exists.</source>
        <translation>Cette action n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="275"/>
        <source>“%1” was already done.</source>
        <translation>«&#xa0;%1&#xa0;» était déjà fait.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="275"/>
        <source>Done: “%1”. Well done.</source>
        <translation>Fait&#xa0;: «&#xa0;%1&#xa0;». Bravo.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="285"/>
        <source>Which skill? e.g. skills pitch &quot;Communication&quot; &quot;I explain ...&quot;.</source>
        <translation>Quelle compétence&#xa0;? P. ex. skills pitch &quot;Communication&quot; &quot;J’explique ...&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="289"/>
        <source>Give the pitch as words or with --stdin, not both.</source>
        <translation>Donnez la présentation en mots ou avec --stdin, pas les deux.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="295"/>
        <source>How do you tell this strength? Finish with Ctrl-D on an empty line.</source>
        <translation>Comment présentez-vous ce point fort&#xa0;? Terminez par Ctrl-D sur une ligne vide.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="305"/>
        <source>Cleared the pitch for %1.</source>
        <translation>Présentation effacée pour %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="305"/>
        <source>Saved your pitch for %1.</source>
        <translation>Présentation enregistrée pour %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="27"/>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="27"/>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="70"/>
        <source>Give either --server URL (WebDAV) or --folder DIR.</source>
        <translation>Donnez soit --server URL (WebDAV), soit --folder DIR.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="77"/>
        <source>--server takes an address such as https://cloud.example.org/remote.php/dav/files/me/Rebound/</source>
        <translation>--server attend une adresse comme https://cloud.example.org/remote.php/dav/files/me/Rebound/</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="80"/>
        <source>Give the account with --user, not inside the address; the password is asked for.</source>
        <translation>Donnez le compte avec --user, pas dans l’adresse&#xa0;; le mot de passe vous sera demandé.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="86"/>
        <source>--user and --allow-http are for --server only.</source>
        <translation>--user et --allow-http ne s’utilisent qu’avec --server.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="92"/>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="97"/>
        <source>Server password: </source>
        <translation>Mot de passe du serveur&#xa0;: </translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="100"/>
        <source>Sync passphrase: </source>
        <translation>Phrase secrète de synchronisation&#xa0;: </translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="100"/>
        <source>New sync passphrase: </source>
        <translation>Nouvelle phrase secrète de synchronisation&#xa0;: </translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="115"/>
        <source>Joined the sync at %1 as &quot;%2&quot;.</source>
        <translation>Synchronisation rejointe sur %1 en tant que &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="115"/>
        <source>Sync is set up at %1 for &quot;%2&quot;.</source>
        <translation>Synchronisation configurée sur %1 pour &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="118"/>
        <source>Received %1 changes, sent %2.</source>
        <translation>%1 modifications reçues, %2 envoyées.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="120"/>
        <source>Keep the sync passphrase safe: every device needs it, and it cannot be recovered.</source>
        <translation>Gardez la phrase secrète de synchronisation en lieu sûr&#xa0;: chaque appareil en a besoin, et elle ne peut pas être récupérée.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="135"/>
        <source>Synced: %1 changes received, %2 sent.</source>
        <translation>Synchronisé&#xa0;: %1 modifications reçues, %2 envoyées.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="136"/>
        <source>%1 requests, %2 up, %3 down, %4 s.</source>
        <translation>%1 requêtes, %2 envoyés, %3 reçus, %4 s.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="141"/>
        <source>%1 edits made at the same time on two devices were kept as earlier versions; see them in Settings → Sync in the app.</source>
        <translation>%1 modifications faites en même temps sur deux appareils ont été conservées comme versions antérieures&#xa0;; retrouvez-les dans Paramètres → Synchronisation dans l’app.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="177"/>
        <source>Sync is off on this device. Set it up with &quot;rebound-cli sync setup&quot;.</source>
        <translation>La synchronisation est désactivée sur cet appareil. Configurez-la avec &quot;rebound-cli sync setup&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="180"/>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="181"/>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="181"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="182"/>
        <source>This device:</source>
        <translation>Cet appareil&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="183"/>
        <source>Last sync:</source>
        <translation>Dernière synchronisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="184"/>
        <source>Pending changes:</source>
        <translation>Modifications en attente&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="185"/>
        <source>Conflicts kept:</source>
        <translation>Conflits conservés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="187"/>
        <source>Last attempt failed:</source>
        <translation>Échec de la dernière tentative&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="189"/>
        <source>Action needed:</source>
        <translation>Action requise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="189"/>
        <source>the sync passphrase changed on another device; enter it in the app (Settings → Sync).</source>
        <translation>la phrase secrète de synchronisation a changé sur un autre appareil&#xa0;; saisissez-la dans l’app (Paramètres → Synchronisation).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="192"/>
        <source>Devices:</source>
        <translation>Appareils&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="195"/>
        <source> (this device)</source>
        <translation> (cet appareil)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="196"/>
        <source>last heard from %1</source>
        <translation>dernière activité&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="207"/>
        <source>Sync is already off on this device.</source>
        <translation>La synchronisation est déjà désactivée sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="210"/>
        <source>Turn sync off on this device? The data on the server stays, and other devices keep syncing.</source>
        <translation>Désactiver la synchronisation sur cet appareil&#xa0;? Les données restent sur le serveur, et les autres appareils continuent de se synchroniser.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="214"/>
        <source>Sync is off on this device.</source>
        <translation>La synchronisation est désactivée sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="44"/>
        <source>--map takes a mood word and a level from 1 to 5, e.g. --map &quot;Zen=5&quot;.</source>
        <translation>--map accepte un mot d’humeur et un niveau de 1 à 5, p. ex. --map &quot;Zen=5&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="72"/>
        <source>Exported %1 journal entries and %2 records. The files are not encrypted: keep them somewhere safe.</source>
        <translation>%1 entrées du journal et %2 enregistrements exportés. Les fichiers ne sont pas chiffrés&#xa0;: conservez-les en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="83"/>
        <source>Where to? e.g. backup create ~/rebound.rebound-backup</source>
        <translation>Où l’enregistrer&#xa0;? P. ex. backup create ~/rebound.rebound-backup</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="90"/>
        <location filename="../backend/cli/CliData.cpp" line="107"/>
        <location filename="../backend/cli/CliData.cpp" line="133"/>
        <source>Backup passphrase: </source>
        <translation>Phrase secrète de la sauvegarde&#xa0;: </translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="96"/>
        <source>Backed up %1 records to %2. You need the backup passphrase to restore it.</source>
        <translation>%1 enregistrements sauvegardés dans %2. Il vous faudra la phrase secrète de la sauvegarde pour la restaurer.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="106"/>
        <source>Which file? e.g. backup check rebound.rebound-backup</source>
        <translation>Quel fichier&#xa0;? P. ex. backup check rebound.rebound-backup</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="118"/>
        <source>The backup is complete and intact: %1 records from vault %2, made on %3 by Rebound %4.</source>
        <translation>La sauvegarde, créée le %3 par Rebound %4, est complète et intacte&#xa0;: %1 enregistrements du coffre %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="128"/>
        <source>Which file? e.g. backup restore rebound.rebound-backup</source>
        <translation>Quel fichier&#xa0;? P. ex. backup restore rebound.rebound-backup</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="131"/>
        <source>A vault already exists in %1. Restore into another folder with --vault DIR.</source>
        <translation>Un coffre existe déjà dans %1. Restaurez dans un autre dossier avec --vault DIR.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="135"/>
        <source>Restored the backup into a new vault in %1. Its passphrase is the backup&apos;s; change it with &quot;rebound-cli passwd&quot;.</source>
        <translation>Sauvegarde restaurée dans un nouveau coffre créé dans %1. Sa phrase secrète est celle de la sauvegarde&#xa0;; changez-la avec &quot;rebound-cli passwd&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="145"/>
        <source>Which file? e.g. import daylio daylio_export.csv</source>
        <translation>Quel fichier&#xa0;? P. ex. import daylio daylio_export.csv</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="153"/>
        <source>%1 is not a Daylio export we can read. %2 Nothing was imported.</source>
        <translation>%1 n’est pas un export Daylio lisible. %2 Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="170"/>
        <source>%1: %2 entries from %3 to %4.</source>
        <translation>%1&#xa0;: %2 entrées du %3 au %4.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="175"/>
        <source>New check-ins: %1</source>
        <translation>Nouveaux points du jour&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="176"/>
        <source>New journal entries (from notes): %1</source>
        <translation>Nouvelles entrées du journal (à partir des notes)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="178"/>
        <source>Already imported, skipped: %1</source>
        <translation>Entrées déjà importées, ignorées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="183"/>
        <source>New effort tags: %1</source>
        <translation>Nouvelles étiquettes d’effort&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="188"/>
        <source>Custom moods without a level (%1 entries get no check-in): %2. Give each one with --map &quot;WORD=1-5&quot;.</source>
        <translation>Humeurs personnalisées sans niveau (%1 entrées n’auront pas de point du jour)&#xa0;: %2. Indiquez le niveau de chacune avec --map &quot;WORD=1-5&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="205"/>
        <source>Import them?</source>
        <translation>Les importer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="219"/>
        <source>Imported %1 check-ins and %2 journal entries (tagged &quot;%3&quot;); %4 new effort tags.</source>
        <translation>Import terminé&#xa0;: %1 points du jour et %2 entrées du journal (étiquetées &quot;%3&quot;)&#xa0;; %4 nouvelles étiquettes d’effort.</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <location filename="../qml/pages/ComingSoonPage.qml" line="25"/>
        <source>Coming in a later version of Rebound.</source>
        <translation>Disponible dans une prochaine version de Rebound.</translation>
    </message>
</context>
<context>
    <name>ComingUpCard</name>
    <message>
        <location filename="../qml/today/ComingUpCard.qml" line="22"/>
        <source>Overdue · %1</source>
        <translation>En retard · %1</translation>
    </message>
    <message>
        <location filename="../qml/today/ComingUpCard.qml" line="24"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../qml/today/ComingUpCard.qml" line="26"/>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <location filename="../qml/today/ComingUpCard.qml" line="35"/>
        <source>Coming up</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../qml/today/ComingUpCard.qml" line="88"/>
        <source>Mark done: %1</source>
        <translation>Marquer comme fait&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConfidencePicker</name>
    <message>
        <location filename="../qml/jobs/ConfidencePicker.qml" line="21"/>
        <source>Very unsure</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ConfidencePicker.qml" line="23"/>
        <source>Unsure</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ConfidencePicker.qml" line="25"/>
        <source>So-so</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ConfidencePicker.qml" line="27"/>
        <source>Confident</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ConfidencePicker.qml" line="29"/>
        <source>Very confident</source>
        <translation>Très bonne</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ConfidencePicker.qml" line="31"/>
        <source>Not given</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ConfidencePicker.qml" line="43"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Supprimer cette entrée&#xa0;?</translation>
    </message>
    <message>
        <location filename="../qml/journal/ConfirmDeleteDialog.qml" line="20"/>
        <source>It will be removed from this device.</source>
        <translation>Elle sera supprimée de cet appareil.</translation>
    </message>
    <message>
        <location filename="../qml/journal/ConfirmDeleteDialog.qml" line="35"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/journal/ConfirmDeleteDialog.qml" line="43"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../qml/journal/ConfirmDeleteDialog.qml" line="45"/>
        <source>Delete entry</source>
        <translation>Supprimer l&apos;entrée</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../qml/jobs/ConfirmDialog.qml" line="12"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ConfirmDialog.qml" line="45"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="72"/>
        <source>Give the contact a name.</source>
        <translation>Donnez un nom au contact.</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="75"/>
        <source>&quot;%1&quot; does not look like an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="126"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="126"/>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="153"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="161"/>
        <source>e.g. Maya Chen</source>
        <translation>p. ex. Maya Chen</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="164"/>
        <source>Name (required)</source>
        <translation>Nom (obligatoire)</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="179"/>
        <location filename="../qml/people/ContactEditor.qml" line="189"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="186"/>
        <source>e.g. Northwind</source>
        <translation>p. ex. Northwind</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="198"/>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="205"/>
        <source>e.g. Talent partner</source>
        <translation>p. ex. Chargée de recrutement</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="208"/>
        <source>Role at work</source>
        <translation>Poste occupé</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="214"/>
        <source>Who they are to you</source>
        <translation>Ce qu&apos;il ou elle est pour vous</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="221"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="231"/>
        <source>Tag: %1</source>
        <translation>Étiquette&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="238"/>
        <location filename="../qml/people/ContactEditor.qml" line="246"/>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="250"/>
        <source>From tags</source>
        <translation>Selon les étiquettes</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="254"/>
        <source>Every…</source>
        <translation>Tous les…</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="258"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="278"/>
        <source>Days between contacts</source>
        <translation>Jours entre deux contacts</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="283"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="291"/>
        <source>No keep-in-touch reminders for this contact.</source>
        <translation>Aucun rappel pour garder le contact avec cette personne.</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="291"/>
        <source>Every %1 days, the shortest default of the chosen tags (Settings → Reminders).</source>
        <translation>Tous les %1 jours, la fréquence par défaut la plus courte des étiquettes choisies (Paramètres → Rappels).</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="291"/>
        <source>None of the chosen tags has a default, so no reminders until you add one.</source>
        <translation>Aucune des étiquettes choisies n&apos;a de fréquence par défaut&#xa0;: pas de rappel tant que vous n&apos;en ajoutez pas.</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="298"/>
        <location filename="../qml/people/ContactEditor.qml" line="305"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="306"/>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="307"/>
        <source>Add an e-mail</source>
        <translation>Ajouter un e-mail</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="312"/>
        <location filename="../qml/people/ContactEditor.qml" line="319"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="320"/>
        <source>+44 20 7946 0000</source>
        <translation>+44 20 7946 0000</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="321"/>
        <source>Add a phone number</source>
        <translation>Ajouter un numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="326"/>
        <location filename="../qml/people/ContactEditor.qml" line="337"/>
        <source>Profile link</source>
        <translation>Lien du profil</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="333"/>
        <source>e.g. linkedin.com/in/…</source>
        <translation>p. ex. linkedin.com/in/…</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="341"/>
        <location filename="../qml/people/ContactEditor.qml" line="351"/>
        <source>How you met</source>
        <translation>Comment vous vous êtes rencontrés</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="348"/>
        <source>e.g. Meetup on data tooling, March</source>
        <translation>p. ex. Meetup sur les outils de données, en mars</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="355"/>
        <location filename="../qml/people/ContactEditor.qml" line="368"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="363"/>
        <source>What they work on, what you promised, what to ask next time…</source>
        <translation>Sur quoi cette personne travaille, ce que vous avez promis, quoi demander la prochaine fois…</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="380"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="382"/>
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="392"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="393"/>
        <source>Cancel without saving</source>
        <translation>Annuler sans enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="402"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="402"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="403"/>
        <source>Add contact</source>
        <translation>Ajouter le contact</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="403"/>
        <source>Save contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <location filename="../qml/people/ContactList.qml" line="49"/>
        <source>Search name, company, role or e-mail</source>
        <translation>Chercher un nom, une entreprise, un poste ou un e-mail</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactList.qml" line="53"/>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactList.qml" line="61"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactList.qml" line="98"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactList.qml" line="100"/>
        <source>Only %1</source>
        <translation>Seulement %1</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="57"/>
        <source>“%1” is not a web link (http or https).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un lien web (http ou https).</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="88"/>
        <source>Give the contact a name.</source>
        <translation>Donnez un nom au contact.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="99"/>
        <source>“%1” is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="106"/>
        <source>A contact can have at most %1 email addresses.</source>
        <translation>Un contact peut avoir au plus %1 adresses e-mail.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="117"/>
        <source>“%1” is not a phone number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="124"/>
        <source>A contact can have at most %1 phone numbers.</source>
        <translation>Un contact peut avoir au plus %1 numéros de téléphone.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="138"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="364"/>
        <source>Unknown tag: %1.</source>
        <translation>Étiquette inconnue&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="149"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="366"/>
        <source>Keep in touch every 1 to %1 days, or turn it off.</source>
        <translation>Gardez le contact tous les 1 à %1 jours, ou désactivez-le.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="156"/>
        <source>Choose who you were in touch with.</source>
        <translation>Choisissez la personne avec qui vous avez échangé.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="158"/>
        <source>Unknown kind of contact: %1.</source>
        <translation>Type d’échange inconnu&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="160"/>
        <source>Give the day you were in touch.</source>
        <translation>Indiquez le jour de l’échange.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="177"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="187"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="305"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="336"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="418"/>
        <source>That contact no longer exists.</source>
        <translation>Ce contact n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="315"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="327"/>
        <source>That interaction no longer exists.</source>
        <translation>Cet échange n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="416"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="430"/>
        <source>That person is no longer on the application.</source>
        <translation>Cette personne n’est plus liée à la candidature.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="450"/>
        <source>At most %1 contacts can be imported at once.</source>
        <translation>On ne peut pas importer plus de %1 contacts à la fois.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="458"/>
        <source>Contact %1 (%2): %3</source>
        <translation>Contact %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="460"/>
        <source>no name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="518"/>
        <source>Give the template a name.</source>
        <translation>Donnez un nom au modèle.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="522"/>
        <source>Write the message of the template.</source>
        <translation>Écrivez le message du modèle.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="533"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="545"/>
        <source>That template no longer exists.</source>
        <translation>Ce modèle n’existe plus.</translation>
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <location filename="../qml/people/ContactRow.qml" line="31"/>
        <source>last contacted %1</source>
        <translation>dernier contact %1</translation>
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
        <translation>Contact&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="45"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="65"/>
        <source>Back to people</source>
        <translation>Retour aux contacts</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="65"/>
        <source>Close the contact</source>
        <translation>Fermer la fiche du contact</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="76"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="78"/>
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="85"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="86"/>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="172"/>
        <location filename="../qml/people/ContactView.qml" line="186"/>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="203"/>
        <source>Last contacted %1 (%2)</source>
        <translation>Dernier contact %1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="203"/>
        <source>Nothing logged yet</source>
        <translation>Rien de noté pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="211"/>
        <source>Cadence: %1 · next on %2</source>
        <translation>Rythme&#xa0;: %1 · prochain le %2</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="211"/>
        <source>Cadence: %1</source>
        <translation>Rythme&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="223"/>
        <location filename="../qml/people/ContactView.qml" line="308"/>
        <source>Log</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="224"/>
        <source>Log an interaction with %1</source>
        <translation>Noter un échange avec %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="229"/>
        <source>Reach out</source>
        <translation>Contacter</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="230"/>
        <source>Write to %1</source>
        <translation>Écrire à %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="238"/>
        <source>Reach them</source>
        <translation>Le ou la joindre</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="240"/>
        <source>No e-mail, phone or profile yet. Edit to add them.</source>
        <translation>Pas encore d&apos;e-mail, de téléphone ni de profil. Modifiez le contact pour les ajouter.</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="251"/>
        <source>Write an e-mail to %1</source>
        <translation>Écrire un e-mail à %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="265"/>
        <source>Call %1</source>
        <translation>Appeler %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="275"/>
        <source>Open the profile link</source>
        <translation>Ouvrir le lien du profil</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="283"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="288"/>
        <source>Met: %1</source>
        <translation>Rencontre&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="307"/>
        <source>Interactions</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="309"/>
        <source>Log an interaction</source>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="311"/>
        <source>Log a message, call or coffee and the keep-in-touch clock restarts from that day.</source>
        <translation>Notez un message, un appel ou un café&#xa0;: le compteur pour garder le contact repart de ce jour-là.</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="329"/>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="331"/>
        <source>Link a person on an application to this contact (Job search → the application → People) and it shows here.</source>
        <translation>Associez une personne d&apos;une candidature à ce contact (Recherche d&apos;emploi → la candidature → Contacts) et elle apparaîtra ici.</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="344"/>
        <source>%1, %2, %3. Open in Job search</source>
        <translation>%1, %2, %3. Ouvrir dans Recherche d&apos;emploi</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="12"/>
        <source>Recruiter</source>
        <translation>Recruteur</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="13"/>
        <source>Interviewer</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="14"/>
        <source>Hiring manager</source>
        <translation>Manager recruteur</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="15"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="16"/>
        <source>Peer</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="17"/>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="24"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="25"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="26"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="27"/>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="28"/>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="29"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="25"/>
        <source>Welcome to Rebound</source>
        <translation>Bienvenue dans Rebound</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="26"/>
        <source>A private place to look after yourself while you look for work: your mood, your journal, your job search and the people on your side.</source>
        <translation>Un espace privé pour prendre soin de vous pendant votre recherche d&apos;emploi&#xa0;: votre humeur, votre journal, vos candidatures et les personnes qui vous soutiennent.</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="34"/>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="35"/>
        <source>At least %1 characters</source>
        <translation>Au moins %1 caractères</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="46"/>
        <source>Use at least %1 characters.</source>
        <translation>Utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="53"/>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="63"/>
        <source>The two passphrases don&apos;t match yet.</source>
        <translation>Les deux phrases secrètes ne correspondent pas encore.</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="98"/>
        <source>&lt;b&gt;Nobody can recover a forgotten passphrase&lt;/b&gt;, not even us: your data is encrypted with it. Write it down somewhere safe.</source>
        <translation>&lt;b&gt;Personne ne peut récupérer une phrase secrète oubliée&lt;/b&gt;, pas même nous&#xa0;: vos données sont chiffrées avec elle. Notez-la en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="104"/>
        <source>Nobody can recover a forgotten passphrase, not even us: your data is encrypted with it. Write it down somewhere safe.</source>
        <translation>Personne ne peut récupérer une phrase secrète oubliée, pas même nous&#xa0;: vos données sont chiffrées avec elle. Notez-la en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="116"/>
        <source>Creating your vault…</source>
        <translation>Création de votre coffre…</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="116"/>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="127"/>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="128"/>
        <source>Restore your vault from a backup file</source>
        <translation>Restaurer votre coffre à partir d’un fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="136"/>
        <source>Creating your vault</source>
        <translation>Création de votre coffre</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="142"/>
        <source>Choose a Rebound backup</source>
        <translation>Choisissez une sauvegarde Rebound</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="144"/>
        <source>Rebound backups (*.rebound-backup)</source>
        <translation>Sauvegardes Rebound (*.rebound-backup)</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="144"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <location filename="../backend/crypto/KeyDerivation.cpp" line="44"/>
        <source>The key-derivation salt is damaged.</source>
        <translation>Le sel de dérivation de clé est endommagé.</translation>
    </message>
    <message>
        <location filename="../backend/crypto/KeyDerivation.cpp" line="50"/>
        <source>Not enough memory to derive the key (%1 MiB needed).</source>
        <translation>Pas assez de mémoire pour dériver la clé (%1 Mio nécessaires).</translation>
    </message>
    <message>
        <location filename="../backend/crypto/SecureBytes.cpp" line="16"/>
        <source>The cryptography library could not start.</source>
        <translation>La bibliothèque de chiffrement n’a pas pu démarrer.</translation>
    </message>
    <message>
        <location filename="../backend/crypto/SecureBytes.cpp" line="25"/>
        <source>Out of secure memory.</source>
        <translation>Mémoire sécurisée épuisée.</translation>
    </message>
</context>
<context>
    <name>DBusNotifier</name>
    <message>
        <location filename="../platform/linux/DBusNotifier.cpp" line="16"/>
        <source>Notifications cannot be shown: there is no desktop session bus (D-Bus) to send them through.</source>
        <translation>Impossible d’afficher les notifications&#xa0;: aucun bus de session de bureau (D-Bus) pour les transmettre.</translation>
    </message>
    <message>
        <location filename="../platform/linux/DBusNotifier.cpp" line="34"/>
        <source>Notifications cannot be shown: no notification service is running in this desktop session.</source>
        <translation>Impossible d’afficher les notifications&#xa0;: aucun service de notification ne tourne dans cette session de bureau.</translation>
    </message>
    <message>
        <location filename="../platform/linux/DBusNotifier.cpp" line="62"/>
        <source>The notification service did not show the notification: %1</source>
        <translation>Le service de notification n’a pas affiché la notification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="34"/>
        <source>Export and backup</source>
        <translation>Export et sauvegarde</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="39"/>
        <source>Export everything</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="41"/>
        <source>A folder with your journal as Markdown files, check-ins and applications as CSV, contacts as vCard, reminders as iCalendar and everything as JSON. The files are not encrypted.</source>
        <translation>Un dossier avec votre journal en fichiers Markdown, les points du jour et les candidatures en CSV, les contacts en vCard, les rappels en iCalendar et le tout en JSON. Les fichiers ne sont pas chiffrés.</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="44"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="46"/>
        <source>Export everything to a folder</source>
        <translation>Tout exporter dans un dossier</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="53"/>
        <source>Encrypted backup</source>
        <translation>Sauvegarde chiffrée</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="55"/>
        <source>One file with everything, protected by a passphrase you choose. To restore it, choose “Restore from a backup” when Rebound asks to create a vault, or use rebound-cli backup restore.</source>
        <translation>Un seul fichier avec tout, protégé par une phrase secrète de votre choix. Pour le restaurer, choisissez «&#xa0;Restaurer une sauvegarde&#xa0;» quand Rebound vous propose de créer un coffre, ou utilisez rebound-cli backup restore.</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="58"/>
        <source>Back up…</source>
        <translation>Sauvegarder…</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="60"/>
        <source>Create an encrypted backup</source>
        <translation>Créer une sauvegarde chiffrée</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="67"/>
        <source>Import from Daylio</source>
        <translation>Importer depuis Daylio</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="69"/>
        <source>Daylio&apos;s CSV export: moods become check-ins, activities effort tags and notes journal entries. You see what will be imported first.</source>
        <translation>L’export CSV de Daylio&#xa0;: les humeurs deviennent des points du jour, les activités des étiquettes d’effort et les notes des entrées du journal. Vous voyez d’abord ce qui sera importé.</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="72"/>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="74"/>
        <source>Choose a Daylio CSV export to import</source>
        <translation>Choisir un export CSV de Daylio à importer</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="106"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="107"/>
        <source>Cancel: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="146"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="147"/>
        <source>Open the folder in the file manager</source>
        <translation>Ouvrir le dossier dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="153"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="154"/>
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="163"/>
        <source>Export everything into…</source>
        <translation>Tout exporter dans…</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="170"/>
        <source>Daylio CSV export</source>
        <translation>Export CSV de Daylio</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="172"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="172"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>DateStepper</name>
    <message>
        <location filename="../qml/journal/DateStepper.qml" line="16"/>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/journal/DateStepper.qml" line="20"/>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <location filename="../qml/journal/DateStepper.qml" line="46"/>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <location filename="../qml/journal/DateStepper.qml" line="54"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../qml/journal/DateStepper.qml" line="55"/>
        <source>Jump to today</source>
        <translation>Revenir à aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../qml/Dates.qml" line="67"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../qml/Dates.qml" line="69"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../qml/Dates.qml" line="75"/>
        <source>Good morning</source>
        <translation>Bonjour</translation>
    </message>
    <message>
        <location filename="../qml/Dates.qml" line="77"/>
        <source>Good afternoon</source>
        <translation>Bon après-midi</translation>
    </message>
    <message>
        <location filename="../qml/Dates.qml" line="79"/>
        <source>Good evening</source>
        <translation>Bonsoir</translation>
    </message>
    <message>
        <location filename="../qml/Dates.qml" line="80"/>
        <source>Hello, night owl</source>
        <translation>Bonsoir, oiseau de nuit</translation>
    </message>
</context>
<context>
    <name>DayField</name>
    <message>
        <location filename="../qml/jobs/DayField.qml" line="15"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../qml/jobs/DayField.qml" line="49"/>
        <source>%1: %2. Change</source>
        <translation>%1&#xa0;: %2. Modifier</translation>
    </message>
    <message>
        <location filename="../qml/jobs/DayField.qml" line="105"/>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <location filename="../qml/jobs/DayField.qml" line="122"/>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <location filename="../qml/jobs/DayField.qml" line="200"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../qml/jobs/DayField.qml" line="201"/>
        <source>Pick today</source>
        <translation>Choisir aujourd&apos;hui</translation>
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
        <translation>Ligne %1&#xa0;: un champ entre guillemets commence ici, mais n’a pas de guillemet fermant.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="143"/>
        <source>Line %1: a quoted field is followed by other text; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Ligne %1&#xa0;: un champ entre guillemets est suivi d’un autre texte&#xa0;; un guillemet à l’intérieur d’un champ entre guillemets doit être doublé (&quot;&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="364"/>
        <source>Line %1: this is not a Daylio CSV export: its first line must name the columns full_date and mood (missing: %2).</source>
        <extracomment>%1 is a line number, %2 the names of the missing columns, e.g. &quot;full_date, mood&quot;; full_date and mood are column names in the file and stay in English</extracomment>
        <translation>Ligne %1&#xa0;: ce n’est pas un export CSV de Daylio, car sa première ligne doit nommer les colonnes full_date et mood (il manque&#xa0;: %2).</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="376"/>
        <source>Line %1: the entry has no date (full_date is empty).</source>
        <extracomment>full_date is the name of a column in the file</extracomment>
        <translation>Ligne %1&#xa0;: l’entrée n’a pas de date (full_date est vide).</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="380"/>
        <source>Line %1: the date “%2” is not a valid date.</source>
        <extracomment>%2 is the text found in the file, e.g. &quot;2024-13-01&quot;; dates are written yyyy-MM-dd there</extracomment>
        <translation>Ligne %1&#xa0;: la date «&#xa0;%2&#xa0;» n’est pas une date valide.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="386"/>
        <source>Line %1: the time “%2” is not a valid time.</source>
        <extracomment>%2 is the text found in the file, e.g. &quot;25:10&quot; (valid ones look like &quot;20:15&quot; or &quot;8:15 pm&quot;)</extracomment>
        <translation>Ligne %1&#xa0;: l’heure «&#xa0;%2&#xa0;» n’est pas une heure valide.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="409"/>
        <source>The file is larger than %1 MB; Daylio exports that big are not read.</source>
        <extracomment>%1 is a number of megabytes</extracomment>
        <translation>Le fichier dépasse %1 Mo&#xa0;; les exports Daylio aussi volumineux ne sont pas lus.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="417"/>
        <source>The file is not UTF-8 text, so it is not a Daylio CSV export.</source>
        <translation>Le fichier n’est pas du texte UTF-8, ce n’est donc pas un export CSV de Daylio.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="424"/>
        <source>The file is empty; it has no entries.</source>
        <translation>Le fichier est vide&#xa0;; il ne contient aucune entrée.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="427"/>
        <source>Line %1: the first line names more than %2 columns; this is not a Daylio CSV export.</source>
        <extracomment>%2 is the largest number of columns read</extracomment>
        <translation>Ligne %1&#xa0;: la première ligne nomme plus de %2 colonnes&#xa0;; ce n’est pas un export CSV de Daylio.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="437"/>
        <source>Line %1: the file has more than %2 entries; split it into smaller files.</source>
        <extracomment>%2 is the largest number of entries read from one file</extracomment>
        <translation>Ligne %1&#xa0;: le fichier contient plus de %2 entrées&#xa0;; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="443"/>
        <source>Line %1: this row has %2 values but the first line names %3 columns.</source>
        <extracomment>%2 is the number of values found in this row, %3 the number of columns the first line names</extracomment>
        <translation>Ligne %1&#xa0;: cette ligne contient %2 valeurs, mais la première ligne nomme %3 colonnes.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="450"/>
        <source>The file has no entries, only the line naming the columns.</source>
        <translation>Le fichier ne contient aucune entrée, seulement la ligne qui nomme les colonnes.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="453"/>
        <source>Entries without a mood were skipped: %1 (the first on line %2).</source>
        <extracomment>%1 is how many entries were skipped, %2 the line number of the first one</extracomment>
        <translation>Entrées sans humeur ignorées&#xa0;: %1 (la première à la ligne %2).</translation>
    </message>
</context>
<context>
    <name>DaylioImport</name>
    <message>
        <location filename="../backend/services/DaylioImport.cpp" line="172"/>
        <source>Line %1: %2 Nothing was imported.</source>
        <extracomment>%1 is a line number of the imported file, %2 the reason.</extracomment>
        <translation>Ligne %1&#xa0;: %2 Rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/services/DaylioImport.cpp" line="177"/>
        <source>%n activities were left out because the list of effort tags is full.</source>
        <translation>
            <numerusform>%n activité a été laissée de côté, car la liste des étiquettes d’effort est pleine.</numerusform>
            <numerusform>%n activités ont été laissées de côté, car la liste des étiquettes d’effort est pleine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/services/DaylioImport.cpp" line="180"/>
        <source>%n activities were left out: a check-in holds at most %1 effort tags.</source>
        <translation>
            <numerusform>%n activité a été laissée de côté&#xa0;: un point du jour contient au plus %1 étiquettes d’effort.</numerusform>
            <numerusform>%n activités ont été laissées de côté&#xa0;: un point du jour contient au plus %1 étiquettes d’effort.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaylioImportDialog</name>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="22"/>
        <source>Import from Daylio</source>
        <translation>Importer depuis Daylio</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/DaylioImportDialog.qml" line="67"/>
        <source>%1: %n entries, %2.</source>
        <translation>
            <numerusform>%1&#xa0;: %n entrée, %2.</numerusform>
            <numerusform>%1&#xa0;: %n entrées, %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="74"/>
        <source>New check-ins (moods and activities)</source>
        <translation>Nouveaux points du jour (humeurs et activités)</translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="79"/>
        <source>New journal entries (notes)</source>
        <translation>Nouvelles entrées du journal (notes)</translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="85"/>
        <source>Already imported, skipped</source>
        <translation>Entrées déjà importées, ignorées</translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="92"/>
        <source>New effort tags: %1</source>
        <translation>Nouvelles étiquettes d’effort&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="101"/>
        <source>Your custom moods: where does each sit from 1 (awful) to 5 (rad)?</source>
        <translation>Vos humeurs personnalisées&#xa0;: où se situe chacune, de 1 (awful) à 5 (rad)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="129"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="131"/>
        <source>Mood level for %1: %2</source>
        <translation>Niveau d’humeur pour %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/DaylioImportDialog.qml" line="140"/>
        <source>%n entries have no mood level yet: they are imported without a check-in.</source>
        <translation>
            <numerusform>%n entrée n’a pas encore de niveau d’humeur&#xa0;: elle sera importée sans point du jour.</numerusform>
            <numerusform>%n entrées n’ont pas encore de niveau d’humeur&#xa0;: elles seront importées sans point du jour.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="176"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="177"/>
        <source>Cancel the import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="185"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/DaylioImportDialog.qml" line="186"/>
        <source>Import %n records</source>
        <translation>
            <numerusform>Importer %n enregistrement</numerusform>
            <numerusform>Importer %n enregistrements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EffortCard</name>
    <message>
        <location filename="../qml/goals/EffortCard.qml" line="25"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../qml/goals/EffortCard.qml" line="48"/>
        <source>%1 a week: %2</source>
        <translation>%1 par semaine&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../qml/goals/EffortCard.qml" line="59"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/EffortCard.qml" line="80"/>
        <source>of %1 this week. Target met, well done.</source>
        <translation>sur %1 cette semaine. Objectif atteint, bravo.</translation>
    </message>
    <message>
        <location filename="../qml/goals/EffortCard.qml" line="80"/>
        <source>of %1 this week</source>
        <translation>sur %1 cette semaine</translation>
    </message>
    <message>
        <location filename="../qml/goals/EffortCard.qml" line="114"/>
        <source>Met the target in %1 of the last %2 weeks</source>
        <translation>Objectif atteint %1 semaines sur les %2 dernières</translation>
    </message>
    <message>
        <location filename="../qml/goals/EffortCard.qml" line="131"/>
        <source>Week of %1: %2</source>
        <translation>Semaine du %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../qml/goals/EffortCard.qml" line="150"/>
        <source>Target met in %1 of the last %2 weeks</source>
        <translation>Objectif atteint %1 semaines sur les %2 dernières</translation>
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
        <translation>Ouvre l&apos;entrée pour la lire, la modifier ou la supprimer</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryCard.qml" line="71"/>
        <source>Mood only, no words.</source>
        <translation>Humeur seule, sans texte.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="105"/>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="105"/>
        <source>Edit entry</source>
        <translation>Modifier l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="145"/>
        <source>How were you feeling?</source>
        <translation>Comment vous sentiez-vous&#xa0;?</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="162"/>
        <source>Write as much or as little as you like… Markdown works: ## heading, - list, *emphasis*.</source>
        <translation>Écrivez autant ou aussi peu que vous voulez… Le Markdown fonctionne&#xa0;: ## titre, - liste, *emphase*.</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="168"/>
        <source>Entry text</source>
        <translation>Texte de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="191"/>
        <source>Feelings</source>
        <translation>Émotions</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="217"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="243"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="245"/>
        <source>Delete entry</source>
        <translation>Supprimer l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="255"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="264"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="265"/>
        <source>Save entry</source>
        <translation>Enregistrer l&apos;entrée</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="39"/>
        <source>Journal entry, %1</source>
        <translation>Entrée de journal, %1</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="39"/>
        <source>Journal entry</source>
        <translation>Entrée de journal</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="59"/>
        <source>Back to the journal</source>
        <translation>Retour au journal</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="70"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="72"/>
        <source>Delete entry</source>
        <translation>Supprimer l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="81"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="82"/>
        <source>Edit entry</source>
        <translation>Modifier l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="109"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="132"/>
        <source>Written at %1</source>
        <translation>Écrite à %1</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="141"/>
        <source>From a check-in</source>
        <translation>Issue d&apos;un point du jour</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="160"/>
        <source>Feeling: %1</source>
        <translation>Émotion&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="171"/>
        <source>Tag: %1</source>
        <translation>Étiquette&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="204"/>
        <source>Mood only, no words.</source>
        <translation>Humeur seule, sans texte.</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="216"/>
        <source>This entry is gone</source>
        <translation>Cette entrée n&apos;existe plus</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="216"/>
        <source>Pick an entry to read it</source>
        <translation>Choisissez une entrée à lire</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="217"/>
        <source>It may have been deleted.</source>
        <translation>Elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="217"/>
        <source>Entries open here, with their Markdown formatting.</source>
        <translation>Les entrées s&apos;ouvrent ici, avec leur mise en forme Markdown.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../qml/components/ErrorBanner.qml" line="53"/>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>FactRow</name>
    <message>
        <location filename="../qml/jobs/FactRow.qml" line="19"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FeedbackCard</name>
    <message>
        <location filename="../qml/jobs/FeedbackCard.qml" line="22"/>
        <source>Feedback from %1, %2. Edit</source>
        <translation>Retour de %1, %2. Modifier</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackCard.qml" line="50"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackCard.qml" line="60"/>
        <source>About: %1</source>
        <translation>Sujet&#xa0;: %1</translation>
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
        <translation>La candidature</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="43"/>
        <source>Write the feedback or name at least one skill.</source>
        <translation>Écrivez le retour ou nommez au moins une compétence.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="104"/>
        <source>New feedback</source>
        <translation>Nouveau retour</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="104"/>
        <source>Feedback</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="134"/>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="139"/>
        <source>Where the feedback came from</source>
        <translation>D&apos;où vient ce retour</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="146"/>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="154"/>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="159"/>
        <source>About</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="165"/>
        <source>What the feedback is about</source>
        <translation>Sur quoi porte ce retour</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="177"/>
        <source>What did they say? Their words are worth keeping, the kind ones too.</source>
        <translation>Qu&apos;ont-ils dit&#xa0;? Leurs mots valent la peine d&apos;être gardés, les mots bienveillants aussi.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="182"/>
        <source>Feedback text</source>
        <translation>Texte du retour</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="186"/>
        <source>Strengths they saw</source>
        <translation>Points forts relevés</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="193"/>
        <source>A skill, e.g. Communication</source>
        <translation>Une compétence, p. ex. Communication</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="194"/>
        <source>Strengths</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="204"/>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="212"/>
        <source>Skills to work on</source>
        <translation>Compétences à travailler</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="211"/>
        <source>A skill, e.g. SQL</source>
        <translation>Une compétence, p. ex. SQL</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="235"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="237"/>
        <source>Delete feedback</source>
        <translation>Supprimer le retour</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="247"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="255"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="256"/>
        <source>Save feedback</source>
        <translation>Enregistrer le retour</translation>
    </message>
</context>
<context>
    <name>FullExport</name>
    <message>
        <location filename="../backend/services/FullExport.cpp" line="80"/>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../backend/services/FullExport.cpp" line="88"/>
        <source>There is not enough space to finish the export.</source>
        <translation>Il n’y a pas assez d’espace pour terminer l’export.</translation>
    </message>
    <message>
        <location filename="../backend/services/FullExport.cpp" line="89"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../backend/services/FullExport.cpp" line="103"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../backend/services/FullExport.cpp" line="105"/>
        <source>Rebound export %1</source>
        <extracomment>Name of the folder an export creates; %1 is the date and time (2026-05-01 14-30).</extracomment>
        <translation>Export Rebound %1</translation>
    </message>
    <message>
        <location filename="../backend/services/FullExport.cpp" line="115"/>
        <source>Could not create a folder for the export in %1.</source>
        <translation>Impossible de créer un dossier pour l’export dans %1.</translation>
    </message>
</context>
<context>
    <name>GentleNote</name>
    <message>
        <location filename="../qml/today/GentleNote.qml" line="33"/>
        <source>That sounds like a hard moment.</source>
        <translation>Ça ressemble à un moment difficile.</translation>
    </message>
    <message>
        <location filename="../qml/today/GentleNote.qml" line="42"/>
        <source>Feeling low after a rejection is normal: it means it mattered. A rejection is something that happened, not who you are.</source>
        <translation>Avoir le moral en berne après un refus, c&apos;est normal&#xa0;: cela veut dire que ça comptait. Un refus est quelque chose qui vous est arrivé, pas ce que vous êtes.</translation>
    </message>
    <message>
        <location filename="../qml/today/GentleNote.qml" line="55"/>
        <source>Write about it</source>
        <translation>En parler par écrit</translation>
    </message>
    <message>
        <location filename="../qml/today/GentleNote.qml" line="56"/>
        <source>Write about it in your journal with the After a rejection template</source>
        <translation>En parler dans votre journal avec le modèle Après un refus</translation>
    </message>
    <message>
        <location filename="../qml/today/GentleNote.qml" line="62"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../qml/today/GentleNote.qml" line="63"/>
        <source>Not now, hide this message</source>
        <translation>Pas maintenant, masquer ce message</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <location filename="../qml/goals/GoalCard.qml" line="26"/>
        <source>%1 a week: %2</source>
        <translation>%1 par semaine&#xa0;: %2</translation>
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
        <translation>Plus d&apos;options pour %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalCard.qml" line="139"/>
        <source>Alternative paths</source>
        <translation>Pistes alternatives</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalCard.qml" line="217"/>
        <source>Add another path</source>
        <translation>Ajouter une autre piste</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalCard.qml" line="217"/>
        <source>Add an alternative path</source>
        <translation>Ajouter une piste alternative</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalCard.qml" line="218"/>
        <source>Add an alternative path to %1</source>
        <translation>Ajouter une piste alternative à %1</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="31"/>
        <source>None: a goal of its own</source>
        <translation>Aucun&#xa0;: un objectif à part entière</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="56"/>
        <source>Name the goal.</source>
        <translation>Donnez un nom à l&apos;objectif.</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="106"/>
        <source>New alternative path</source>
        <translation>Nouvelle piste alternative</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="106"/>
        <source>New goal</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="106"/>
        <source>Edit goal</source>
        <translation>Modifier l&apos;objectif</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="127"/>
        <location filename="../qml/goals/GoalEditor.qml" line="132"/>
        <source>Kind of goal</source>
        <translation>Type d&apos;objectif</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="139"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="147"/>
        <source>e.g. Send applications</source>
        <translation>p. ex. Envoyer des candidatures</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="147"/>
        <source>e.g. Product analyst</source>
        <translation>p. ex. Analyste produit</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="147"/>
        <source>e.g. Renewable energy</source>
        <translation>p. ex. Énergies renouvelables</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="147"/>
        <source>e.g. AWS Cloud Practitioner</source>
        <translation>p. ex. AWS Cloud Practitioner</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="147"/>
        <source>e.g. SQL window functions</source>
        <translation>p. ex. Fonctions de fenêtrage SQL</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="147"/>
        <source>What you want to reach</source>
        <translation>Ce que vous voulez atteindre</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="150"/>
        <source>Goal (required)</source>
        <translation>Objectif (obligatoire)</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="156"/>
        <location filename="../qml/goals/GoalEditor.qml" line="162"/>
        <source>What it counts</source>
        <translation>Ce qui est compté</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="170"/>
        <source>How many a week</source>
        <translation>Combien par semaine</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="181"/>
        <source>Weekly target</source>
        <translation>Objectif hebdomadaire</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="185"/>
        <location filename="../qml/goals/GoalEditor.qml" line="190"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="197"/>
        <source>By when (optional)</source>
        <translation>Échéance (facultatif)</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="204"/>
        <source>Reach it by a certain day</source>
        <translation>L&apos;atteindre avant une date</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="205"/>
        <source>Give the goal a day to reach it by</source>
        <translation>Donner une date limite à l&apos;objectif</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="213"/>
        <source>By</source>
        <translation>Avant le</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="218"/>
        <location filename="../qml/goals/GoalEditor.qml" line="229"/>
        <source>Alternative path to</source>
        <translation>Piste alternative à</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="236"/>
        <source>An adjacent role or industry worth trying next to a goal: staying adaptable is a strength.</source>
        <translation>Un poste ou un secteur voisin qui vaut la peine d&apos;être tenté en parallèle d&apos;un objectif&#xa0;: rester adaptable est une force.</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="243"/>
        <location filename="../qml/goals/GoalEditor.qml" line="256"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="251"/>
        <source>Why it matters, first steps, who could help…</source>
        <translation>Pourquoi c&apos;est important, premières étapes, qui pourrait aider…</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="273"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="275"/>
        <source>Delete goal</source>
        <translation>Supprimer l&apos;objectif</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="285"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="295"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="296"/>
        <source>Save goal</source>
        <translation>Enregistrer l&apos;objectif</translation>
    </message>
</context>
<context>
    <name>GoalMenu</name>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="18"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="26"/>
        <source>Mark achieved</source>
        <translation>Marquer comme atteint</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="34"/>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="42"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="42"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="50"/>
        <source>Drop it</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="51"/>
        <source>Drop this goal</source>
        <translation>Abandonner cet objectif</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="58"/>
        <source>Add an alternative path…</source>
        <translation>Ajouter une piste alternative…</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="67"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="68"/>
        <source>Delete this goal</source>
        <translation>Supprimer cet objectif</translation>
    </message>
</context>
<context>
    <name>GoalStatusChip</name>
    <message>
        <location filename="../qml/goals/GoalStatusChip.qml" line="21"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="16"/>
        <source>Target role</source>
        <translation>Poste visé</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="17"/>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="18"/>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="19"/>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="20"/>
        <source>Weekly effort</source>
        <translation>Effort hebdomadaire</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="21"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="22"/>
        <source>North star</source>
        <translation>Cap</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="29"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="30"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="31"/>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="32"/>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="39"/>
        <source>Applications sent</source>
        <translation>Candidatures envoyées</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="40"/>
        <source>Interviews held</source>
        <translation>Entretiens passés</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="41"/>
        <source>Journal entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="48"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="49"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="50"/>
        <source>Unsure</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="57"/>
        <source>New goal</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="58"/>
        <source>Change a goal</source>
        <translation>Modifier un objectif</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="59"/>
        <source>Skills action</source>
        <translation>Action de compétence</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="86"/>
        <source>Check-ins: %1</source>
        <extracomment>a weekly effort goal counting check-ins tagged with an effort, e.g. &quot;Check-ins: reached out&quot;</extracomment>
        <translation>Points du jour&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="96"/>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="31"/>
        <source>Give the checklist a name.</source>
        <translation>Donnez un nom à la liste de contrôle.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="34"/>
        <source>Review every 1 to %1 weeks, or 0 for no schedule.</source>
        <translation>Planifiez une revue toutes les 1 à %1 semaines, ou 0 pour aucun calendrier.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="42"/>
        <source>Write the question.</source>
        <translation>Écrivez la question.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="55"/>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="69"/>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="85"/>
        <source>There is already a checklist called “%1”.</source>
        <translation>Il existe déjà une liste de contrôle appelée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="67"/>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="80"/>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="102"/>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="139"/>
        <location filename="../backend/storage/ReviewRepository.cpp" line="92"/>
        <source>That checklist no longer exists.</source>
        <translation>Cette liste de contrôle n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="145"/>
        <source>A checklist holds at most %1 questions.</source>
        <translation>Une liste de contrôle contient au plus %1 questions.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="157"/>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="169"/>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="193"/>
        <source>That question no longer exists.</source>
        <translation>Cette question n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="189"/>
        <source>Move a question one place at a time.</source>
        <translation>Déplacez une question d’une place à la fois.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="30"/>
        <source>There is no effort called “%1” to count.</source>
        <translation>Il n’y a pas d’effort appelé «&#xa0;%1&#xa0;» à compter.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="54"/>
        <location filename="../backend/storage/ReviewRepository.cpp" line="57"/>
        <source>Unknown kind of goal: %1.</source>
        <translation>Type d’objectif inconnu&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="58"/>
        <location filename="../backend/storage/GoalRepository.cpp" line="107"/>
        <source>Unknown goal status: %1.</source>
        <translation>Statut d’objectif inconnu&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="61"/>
        <source>Say what the goal is.</source>
        <translation>Dites quel est l’objectif.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="65"/>
        <source>Choose what this effort goal counts.</source>
        <translation>Choisissez ce que cet objectif d’effort compte.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="68"/>
        <source>Set a weekly target between 1 and %1.</source>
        <translation>Fixez une cible hebdomadaire entre 1 et %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="76"/>
        <source>Pick a target date within the next thirty years.</source>
        <translation>Choisissez une date cible dans les trente prochaines années.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="86"/>
        <location filename="../backend/storage/ReviewRepository.cpp" line="188"/>
        <source>The goal this is an alternative to no longer exists.</source>
        <translation>L’objectif dont celui-ci est une alternative n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="88"/>
        <source>An alternative path cannot have alternatives of its own.</source>
        <translation>Une voie alternative ne peut pas avoir ses propres alternatives.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="90"/>
        <source>Add alternatives to a concrete goal, not the north star.</source>
        <translation>Ajoutez des alternatives à un objectif concret, pas au cap.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="155"/>
        <source>Set the north star on its own: there is only one.</source>
        <translation>Définissez le cap séparément&#xa0;: il n’y en a qu’un.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="169"/>
        <location filename="../backend/storage/GoalRepository.cpp" line="187"/>
        <location filename="../backend/storage/GoalRepository.cpp" line="197"/>
        <location filename="../backend/storage/ReviewRepository.cpp" line="185"/>
        <source>That goal no longer exists.</source>
        <translation>Cet objectif n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="171"/>
        <source>The north star stays the north star.</source>
        <translation>Le cap reste le cap.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="23"/>
        <source>That review no longer exists.</source>
        <translation>Cette revue n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="29"/>
        <source>This review is finished: start a new one to answer again.</source>
        <translation>Cette revue est terminée&#xa0;: commencez-en une nouvelle pour répondre à nouveau.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="43"/>
        <source>Unknown kind of follow-up: %1.</source>
        <translation>Type de suite inconnu&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="49"/>
        <source>Say what the new goal is.</source>
        <translation>Dites quel est le nouvel objectif.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="54"/>
        <source>Set the north star and weekly effort goals on the Goals page, where they have their own settings.</source>
        <translation>Définissez le cap et les objectifs d’effort hebdomadaires sur la page Objectifs, où ils ont leurs propres réglages.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="62"/>
        <source>Choose the goal to change.</source>
        <translation>Choisissez l’objectif à modifier.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="64"/>
        <source>Choose the goal&apos;s new status.</source>
        <translation>Choisissez le nouveau statut de l’objectif.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="68"/>
        <source>Say what you will do.</source>
        <translation>Dites ce que vous allez faire.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="71"/>
        <source>Name the skill the action is for.</source>
        <translation>Nommez la compétence visée par l’action.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="75"/>
        <source>Unknown kind of action: %1.</source>
        <translation>Type d’action inconnu&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="95"/>
        <source>Add at least one question to the checklist first.</source>
        <translation>Ajoutez d’abord au moins une question à la liste de contrôle.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="175"/>
        <source>Answer yes, no or unsure.</source>
        <translation>Répondez oui, non ou incertain.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="182"/>
        <source>That question is no longer part of the review.</source>
        <translation>Cette question ne fait plus partie de la revue.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="217"/>
        <source>A review cannot finish before it started.</source>
        <translation>Une revue ne peut pas se terminer avant d’avoir commencé.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="223"/>
        <source>Answer at least one question before finishing.</source>
        <translation>Répondez à au moins une question avant de terminer.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="235"/>
        <source>From the review on %1: %2</source>
        <extracomment>notes of a goal created by a review follow-up: the review&apos;s day, then the question</extracomment>
        <translation>Issu de la revue du %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="244"/>
        <source>A follow-up changes a goal that no longer exists (question %1): change that follow-up first.</source>
        <translation>Une suite modifie un objectif qui n’existe plus (question %1)&#xa0;: modifiez d’abord cette suite.</translation>
    </message>
</context>
<context>
    <name>GoalsModeBar</name>
    <message>
        <location filename="../qml/goals/GoalsModeBar.qml" line="18"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsModeBar.qml" line="22"/>
        <source>Reviews</source>
        <translation>Revues</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsModeBar.qml" line="33"/>
        <source>Goals view</source>
        <translation>Vue des objectifs</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../qml/pages/GoalsPage.qml" line="65"/>
        <source>New goal</source>
        <translation>Nouvel objectif</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="36"/>
        <source>Target roles</source>
        <translation>Postes visés</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="38"/>
        <source>Industries</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="40"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="42"/>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="44"/>
        <source>Other goals</source>
        <translation>Autres objectifs</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="90"/>
        <source>Goal achieved. Well done.</source>
        <translation>Objectif atteint. Bravo.</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="90"/>
        <source>Goal dropped. Letting go is a choice too.</source>
        <translation>Objectif abandonné. Lâcher prise, c&apos;est aussi un choix.</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="90"/>
        <source>Goal paused</source>
        <translation>Objectif en pause</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="90"/>
        <source>Goal reopened</source>
        <translation>Objectif rouvert</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="102"/>
        <source>Goal deleted</source>
        <translation>Objectif supprimé</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="102"/>
        <location filename="../qml/goals/GoalsView.qml" line="434"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="172"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="177"/>
        <location filename="../qml/goals/GoalsView.qml" line="238"/>
        <source>Add a weekly target</source>
        <translation>Ajouter un objectif hebdomadaire</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="230"/>
        <source>Count what you control: applications sent, people reached out to, practice. A weekly target keeps the effort steady when replies are slow.</source>
        <translation>Comptez ce qui dépend de vous&#xa0;: candidatures envoyées, personnes contactées, entraînement. Un objectif hebdomadaire garde l&apos;effort régulier quand les réponses tardent.</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="260"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="265"/>
        <location filename="../qml/goals/GoalsView.qml" line="297"/>
        <source>Add a goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="289"/>
        <source>Name a few concrete steps towards your north star: roles to target, an industry to explore, a skill or certification to gain.</source>
        <translation>Nommez quelques étapes concrètes vers votre cap&#xa0;: des postes à viser, un secteur à explorer, une compétence ou une certification à acquérir.</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="327"/>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="363"/>
        <source>Hide closed goals (%1)</source>
        <translation>Masquer les objectifs clos (%1)</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="363"/>
        <source>Show closed goals (%1)</source>
        <translation>Afficher les objectifs clos (%1)</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="422"/>
        <source>Goal added</source>
        <translation>Objectif ajouté</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="422"/>
        <source>Goal saved</source>
        <translation>Objectif enregistré</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="434"/>
        <source>North star cleared</source>
        <translation>Cap effacé</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="436"/>
        <source>North star saved</source>
        <translation>Cap enregistré</translation>
    </message>
</context>
<context>
    <name>InboxButton</name>
    <message numerus="yes">
        <location filename="../qml/reminders/InboxButton.qml" line="13"/>
        <source>Reminders, %n new</source>
        <translation>
            <numerusform>Rappels, %n nouveau</numerusform>
            <numerusform>Rappels, %n nouveaux</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/reminders/InboxButton.qml" line="13"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
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
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../qml/reminders/InboxPanel.qml" line="59"/>
        <source>Close reminders</source>
        <translation>Fermer les rappels</translation>
    </message>
    <message>
        <location filename="../qml/reminders/InboxPanel.qml" line="87"/>
        <source>Due now</source>
        <translation>À faire maintenant</translation>
    </message>
    <message>
        <location filename="../qml/reminders/InboxPanel.qml" line="87"/>
        <source>Nothing is due. You are on top of things.</source>
        <translation>Rien à faire pour l&apos;instant. Vous êtes à jour.</translation>
    </message>
    <message>
        <location filename="../qml/reminders/InboxPanel.qml" line="107"/>
        <source>Marked as done.</source>
        <translation>Marqué comme fait.</translation>
    </message>
    <message>
        <location filename="../qml/reminders/InboxPanel.qml" line="107"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/reminders/InboxPanel.qml" line="111"/>
        <source>Snoozed until tomorrow.</source>
        <translation>Reporté à demain.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/reminders/InboxPanel.qml" line="111"/>
        <source>Snoozed for %n days.</source>
        <translation>
            <numerusform>Reporté de %n jour.</numerusform>
            <numerusform>Reporté de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/reminders/InboxPanel.qml" line="126"/>
        <source>Coming up</source>
        <translation>À venir</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="11"/>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="12"/>
        <source>Outreach</source>
        <translation>Prise de contact</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="13"/>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="14"/>
        <source>Learning</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="15"/>
        <source>Journaling</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="16"/>
        <source>Other effort</source>
        <translation>Autre effort</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="23"/>
        <source>Applied</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="24"/>
        <source>Screening</source>
        <translation>Présélection</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="25"/>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="26"/>
        <source>Final round</source>
        <translation>Dernier tour</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="27"/>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="34"/>
        <source>Back to baseline</source>
        <translation>Retour à la référence</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="35"/>
        <source>Still recovering</source>
        <translation>Rétablissement en cours</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="36"/>
        <source>Not back within 90 days</source>
        <translation>Pas de retour en 90 jours</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="37"/>
        <source>No mood in the 30 days before</source>
        <translation>Pas d’humeur dans les 30 jours avant</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="38"/>
        <source>No mood logged since</source>
        <translation>Aucune humeur notée depuis</translation>
    </message>
</context>
<context>
    <name>InsightsController</name>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="46"/>
        <source>No mood check-ins in the last %n days.</source>
        <translation>
            <numerusform>Aucun point du jour sur %n jour.</numerusform>
            <numerusform>Aucun point du jour sur les %n derniers jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="48"/>
        <source>Average mood %1 over the last %2 days, on %n days</source>
        <translation>
            <numerusform>Humeur moyenne %1 sur les %2 derniers jours, notée %n jour</numerusform>
            <numerusform>Humeur moyenne %1 sur les %2 derniers jours, notée %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="53"/>
        <source>; moving average from %1 to %2</source>
        <translation>&#xa0;; moyenne mobile de %1 à %2</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="69"/>
        <source>Awful</source>
        <translation>Très mal</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="71"/>
        <source>Low</source>
        <translation>Pas bien</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="73"/>
        <source>Okay</source>
        <translation>Ça va</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="75"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="77"/>
        <source>Great</source>
        <translation>Super</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="79"/>
        <source>No mood</source>
        <translation>Pas d’humeur</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="103"/>
        <source>Current effort streak: %n days</source>
        <translation>
            <numerusform>Série d’effort en cours&#xa0;: %n jour</numerusform>
            <numerusform>Série d’effort en cours&#xa0;: %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="104"/>
        <source>No current effort streak</source>
        <translation>Aucune série d’effort en cours</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="105"/>
        <source>, best %n days in the past year</source>
        <translation>
            <numerusform>, record de %n jour sur l’année écoulée</numerusform>
            <numerusform>, record de %n jours sur l’année écoulée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="106"/>
        <source>. Effort on %n of the last 30 days</source>
        <translation>
            <numerusform>. Effort fourni %n jour sur les 30 derniers</numerusform>
            <numerusform>. Effort fourni %n jours sur les 30 derniers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="108"/>
        <source>, %n planned rest days</source>
        <translation>
            <numerusform>, %n jour de repos prévu</numerusform>
            <numerusform>, %n jours de repos prévus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="130"/>
        <source>%1: %2 of %3 this week; target met in %4 of the last %n weeks.</source>
        <translation>
            <numerusform>%1&#xa0;: %2 sur %3 cette semaine&#xa0;; cible atteinte %4 fois sur %n semaine.</numerusform>
            <numerusform>%1&#xa0;: %2 sur %3 cette semaine&#xa0;; cible atteinte %4 fois sur les %n dernières semaines.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="153"/>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="155"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="163"/>
        <source>No applications sent yet.</source>
        <translation>Aucune candidature envoyée pour l’instant.</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="169"/>
        <source> (%1%)</source>
        <translation> (%1&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="172"/>
        <source>Pipeline, all time: %1.</source>
        <translation>Candidatures depuis le début&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="194"/>
        <source>Too few recoveries yet to see a trend (it takes %n).</source>
        <translation>
            <numerusform>Trop peu de rétablissements pour voir une tendance (il en faut %n).</numerusform>
            <numerusform>Trop peu de rétablissements pour voir une tendance (il en faut %n).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="197"/>
        <source>Your recovery time is getting shorter.</source>
        <translation>Votre temps de rétablissement raccourcit.</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="199"/>
        <source>Your recovery time is getting longer. Be kind to yourself: that is information, not failure.</source>
        <translation>Votre temps de rétablissement s’allonge. Ménagez-vous&#xa0;: c’est une information, pas un échec.</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="201"/>
        <source>Your recovery time is holding steady.</source>
        <translation>Votre temps de rétablissement reste stable.</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="228"/>
        <source>No rejections recorded.</source>
        <translation>Aucun refus enregistré.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="230"/>
        <source>%n rejections</source>
        <translation>
            <numerusform>%n refus</numerusform>
            <numerusform>%n refus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="231"/>
        <source>, %n with a recovery measured</source>
        <translation>
            <numerusform>, dont %n avec un rétablissement mesuré</numerusform>
            <numerusform>, dont %n avec un rétablissement mesuré</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="233"/>
        <source>: back to your usual mood after %1 days on average</source>
        <translation>&#xa0;: retour à votre humeur habituelle après %1 jours en moyenne</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="258"/>
        <source>No small wins written down yet.</source>
        <translation>Aucune petite victoire notée pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="259"/>
        <source>%n small wins in total</source>
        <translation>
            <numerusform>%n petite victoire au total</numerusform>
            <numerusform>%n petites victoires au total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="260"/>
        <source>, %n in the last 30 days.</source>
        <translation>
            <numerusform>, dont %n sur les 30 derniers jours.</numerusform>
            <numerusform>, dont %n sur les 30 derniers jours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="419"/>
        <source>%1: no moods recorded.</source>
        <translation>%1&#xa0;: aucune humeur enregistrée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="425"/>
        <source>%1: a mood on %n days</source>
        <translation>
            <numerusform>%1&#xa0;: une humeur notée %n jour</numerusform>
            <numerusform>%1&#xa0;: une humeur notée %n jours</numerusform>
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
        <translation>Entonnoir</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="30"/>
        <source>All applications sent, by the furthest step they reached.</source>
        <translation>Toutes les candidatures envoyées, selon l&apos;étape la plus avancée atteinte.</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="30"/>
        <source>Applications sent in %1, by the furthest step they reached.</source>
        <translation>Candidatures envoyées en %1, selon l&apos;étape la plus avancée atteinte.</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="45"/>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="55"/>
        <source>%1: %n sent</source>
        <translation>
            <numerusform>%1&#xa0;: %n envoyée</numerusform>
            <numerusform>%1&#xa0;: %n envoyées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="72"/>
        <source>Applications per month; pick a month</source>
        <translation>Candidatures par mois&#xa0;; choisissez un mois</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="91"/>
        <source>%1: %n applications</source>
        <translation>
            <numerusform>%1&#xa0;: %n candidature</numerusform>
            <numerusform>%1&#xa0;: %n candidatures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="138"/>
        <source>%1: %2, %3 of the step before</source>
        <translation>%1&#xa0;: %2, %3 de l&apos;étape précédente</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="138"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="182"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="193"/>
        <source>Arrows: the share that went on from the step before.</source>
        <translation>Flèches&#xa0;: la part qui a passé l&apos;étape précédente.</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="205"/>
        <source>No applications sent yet</source>
        <translation>Aucune candidature envoyée pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="206"/>
        <source>Once you move applications to Applied and beyond in Job search, you&apos;ll see where they go.</source>
        <translation>Dès que vous marquerez des candidatures comme envoyées (ou plus avancées) dans Recherche d&apos;emploi, vous verrez où elles mènent.</translation>
    </message>
</context>
<context>
    <name>InsightsGoalsCard</name>
    <message>
        <location filename="../qml/insights/InsightsGoalsCard.qml" line="17"/>
        <source>Weekly effort vs goals</source>
        <translation>Effort hebdomadaire et objectifs</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsGoalsCard.qml" line="54"/>
        <source>%1 of %2 this week</source>
        <translation>%1 sur %2 cette semaine</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsGoalsCard.qml" line="118"/>
        <source>Week of %1: %2 of %3</source>
        <translation>Semaine du %1&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsGoalsCard.qml" line="124"/>
        <source>%1 a week: %2. Target met in %3 of the last %4 weeks.</source>
        <translation>%1 par semaine&#xa0;: %2. Objectif atteint %3 semaines sur les %4 dernières.</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsGoalsCard.qml" line="138"/>
        <source>No weekly effort goals yet</source>
        <translation>Pas encore d&apos;objectif d&apos;effort hebdomadaire</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsGoalsCard.qml" line="139"/>
        <source>Set a weekly target in Goals (say, three applications or two people to reach out to) and see each week against it here.</source>
        <translation>Fixez un objectif hebdomadaire dans Objectifs (par exemple trois candidatures ou deux personnes à contacter) et comparez-y chaque semaine ici.</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsGoalsCard.qml" line="146"/>
        <source>Open Goals</source>
        <translation>Ouvrir Objectifs</translation>
    </message>
</context>
<context>
    <name>InsightsMoodCard</name>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="16"/>
        <source>Mood trend</source>
        <translation>Tendance de l&apos;humeur</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="22"/>
        <source>Mood trend period</source>
        <translation>Période de la tendance de l&apos;humeur</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="26"/>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="29"/>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="32"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="53"/>
        <source>average mood</source>
        <translation>humeur moyenne</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="71"/>
        <source>days checked in</source>
        <translation>jours renseignés</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsMoodCard.qml" line="95"/>
        <source>Dots: the day&apos;s mood. Line: %n-day moving average.</source>
        <translation>
            <numerusform>Points&#xa0;: l&apos;humeur du jour. Courbe&#xa0;: moyenne mobile sur %n jour.</numerusform>
            <numerusform>Points&#xa0;: l&apos;humeur du jour. Courbe&#xa0;: moyenne mobile sur %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="107"/>
        <source>No moods in this period</source>
        <translation>Aucune humeur sur cette période</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="108"/>
        <source>Check in on Today and your mood trend will grow here, day by day.</source>
        <translation>Faites le point sur Aujourd&apos;hui et la tendance de votre humeur se dessinera ici, jour après jour.</translation>
    </message>
</context>
<context>
    <name>InsightsMoodChart</name>
    <message>
        <location filename="../qml/insights/InsightsMoodChart.qml" line="46"/>
        <source>%1: no check-in, average %2</source>
        <translation>%1&#xa0;: pas de point du jour, moyenne %2</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodChart.qml" line="46"/>
        <source>%1: no check-in</source>
        <translation>%1&#xa0;: pas de point du jour</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodChart.qml" line="47"/>
        <source>%1: %2 (%3), average %4</source>
        <translation>%1&#xa0;: %2 (%3), moyenne %4</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodChart.qml" line="71"/>
        <source>Mood trend</source>
        <translation>Tendance de l&apos;humeur</translation>
    </message>
</context>
<context>
    <name>InsightsPixelGrid</name>
    <message>
        <location filename="../qml/insights/InsightsPixelGrid.qml" line="42"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsPixelGrid.qml" line="50"/>
        <source>Year in pixels, %1</source>
        <translation>L&apos;année en pixels, %1</translation>
    </message>
</context>
<context>
    <name>InsightsPixelsCard</name>
    <message>
        <location filename="../qml/insights/InsightsPixelsCard.qml" line="21"/>
        <source>Year in pixels</source>
        <translation>L&apos;année en pixels</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsPixelsCard.qml" line="32"/>
        <source>Previous year</source>
        <translation>Année précédente</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsPixelsCard.qml" line="43"/>
        <source>Year %1</source>
        <translation>Année %1</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsPixelsCard.qml" line="49"/>
        <source>Next year</source>
        <translation>Année suivante</translation>
    </message>
</context>
<context>
    <name>InsightsRememberCard</name>
    <message>
        <location filename="../qml/insights/InsightsRememberCard.qml" line="21"/>
        <location filename="../qml/insights/InsightsRememberCard.qml" line="43"/>
        <source>Remember these?</source>
        <translation>Vous vous souvenez&#xa0;?</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsRememberCard.qml" line="55"/>
        <source>Today feels heavy. These happened too, and they were yours.</source>
        <translation>Aujourd&apos;hui est une journée lourde. Ces moments-là ont existé aussi, et ils sont à vous.</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsRememberCard.qml" line="68"/>
        <source>“%2”, %1</source>
        <translation>«&#xa0;%2&#xa0;», %1</translation>
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
            <numerusform>%1&#xa0;: retour à votre humeur habituelle (%2) après %n jour</numerusform>
            <numerusform>%1&#xa0;: retour à votre humeur habituelle (%2) après %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="32"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="35"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="35"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="41"/>
        <source>Resilience</source>
        <translation>Résilience</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="43"/>
        <source>Days after each rejection until your 3-day mood average was back to the 30 days before it.</source>
        <translation>Nombre de jours après chaque refus avant que votre humeur moyenne sur 3 jours retrouve le niveau des 30 jours précédents.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="62"/>
        <source>days on average to feel like yourself again, over %n measured recoveries.</source>
        <translation>
            <numerusform>jours en moyenne pour vous sentir de nouveau vous-même, sur %n rétablissement mesuré.</numerusform>
            <numerusform>jours en moyenne pour vous sentir de nouveau vous-même, sur %n rétablissements mesurés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="176"/>
        <source>In the first week after a rejection, these went with a faster way back:</source>
        <translation>Dans la première semaine après un refus, ces éléments sont allés de pair avec un rétablissement plus rapide&#xa0;:</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="192"/>
        <source>%5 — with it: %1 days (%2×), without: %3 days (%4×)</source>
        <translation>%5 — avec&#xa0;: %1 jours (%2×), sans&#xa0;: %3 jours (%4×)</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="203"/>
        <source>Each line compares a handful of rejections: a hint, not a rule.</source>
        <translation>Chaque ligne compare une poignée de refus&#xa0;: une piste, pas une règle.</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="214"/>
        <source>No recovery measured yet: it needs check-ins in the month before a rejection and in the days after it.</source>
        <translation>Aucun rétablissement mesuré pour l&apos;instant&#xa0;: il faut des points du jour dans le mois qui précède un refus et dans les jours qui le suivent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="214"/>
        <source>Only %n measured recoveries so far: read this as a hint, not a rule.</source>
        <translation>
            <numerusform>Seulement %n rétablissement mesuré pour l&apos;instant&#xa0;: voyez-y une piste, pas une règle.</numerusform>
            <numerusform>Seulement %n rétablissements mesurés pour l&apos;instant&#xa0;: voyez-y une piste, pas une règle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="226"/>
        <source>No rejections recorded</source>
        <translation>Aucun refus enregistré</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="227"/>
        <source>If one comes, this shows how many days it took to feel like yourself again, and what helped.</source>
        <translation>Si un refus arrive, vous verrez ici combien de jours il vous a fallu pour vous sentir de nouveau vous-même, et ce qui vous a aidé.</translation>
    </message>
</context>
<context>
    <name>InsightsSection</name>
    <message>
        <location filename="../qml/settings/InsightsSection.qml" line="14"/>
        <source>Insights</source>
        <translation>Aperçus</translation>
    </message>
    <message>
        <location filename="../qml/settings/InsightsSection.qml" line="23"/>
        <location filename="../qml/settings/InsightsSection.qml" line="43"/>
        <source>Rest days</source>
        <translation>Jours de repos</translation>
    </message>
    <message>
        <location filename="../qml/settings/InsightsSection.qml" line="31"/>
        <source>Days off don&apos;t break your effort streak. Rest is part of the work.</source>
        <translation>Les jours de repos n&apos;interrompent pas votre série d&apos;efforts. Le repos fait partie du travail.</translation>
    </message>
</context>
<context>
    <name>InsightsStreakCard</name>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="32"/>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="235"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="34"/>
        <source>%1: rest day</source>
        <translation>%1&#xa0;: jour de repos</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="34"/>
        <source>%1: no effort logged</source>
        <translation>%1&#xa0;: aucun effort noté</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="37"/>
        <source>Effort streak</source>
        <translation>Série d&apos;efforts</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="39"/>
        <source>Counted on what you control: applying, reaching out, practising, learning, journaling.</source>
        <translation>Basée sur ce qui dépend de vous&#xa0;: postuler, contacter des gens, vous entraîner, apprendre, écrire dans votre journal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsStreakCard.qml" line="58"/>
        <source>day streak</source>
        <translation>
            <numerusform>jour de série</numerusform>
            <numerusform>jours de série</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="77"/>
        <source>best in the past year</source>
        <translation>record sur l&apos;année écoulée</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="87"/>
        <source>Today counts already.</source>
        <translation>Aujourd&apos;hui compte déjà.</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="87"/>
        <source>Today is still open: one small step keeps it going.</source>
        <translation>La journée n&apos;est pas finie&#xa0;: un petit pas suffit pour continuer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsStreakCard.qml" line="105"/>
        <source>Effort over the last %n days</source>
        <translation>
            <numerusform>Effort sur %n jour</numerusform>
            <numerusform>Effort sur les %n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="158"/>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="162"/>
        <source>Rest day</source>
        <translation>Jour de repos</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="166"/>
        <source>No effort</source>
        <translation>Aucun effort</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="202"/>
        <source>What you did</source>
        <translation>Ce que vous avez fait</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="210"/>
        <source>Effort period</source>
        <translation>Période d&apos;effort</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="214"/>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="217"/>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
</context>
<context>
    <name>InsightsWinsCard</name>
    <message>
        <location filename="../qml/insights/InsightsWinsCard.qml" line="15"/>
        <source>Small wins</source>
        <translation>Petites victoires</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsWinsCard.qml" line="36"/>
        <source>wins in all</source>
        <translation>victoires au total</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsWinsCard.qml" line="55"/>
        <source>in the last 30 days</source>
        <translation>ces 30 derniers jours</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsWinsCard.qml" line="78"/>
        <source>%2, %1</source>
        <translation>%2, %1</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsWinsCard.qml" line="113"/>
        <source>No small wins yet</source>
        <translation>Pas encore de petites victoires</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsWinsCard.qml" line="114"/>
        <source>A good question in an interview, a kind reply, a finished course: add them on Today. They add up.</source>
        <translation>Une bonne question en entretien, une réponse bienveillante, une formation terminée&#xa0;: ajoutez-les sur Aujourd&apos;hui. Elles s&apos;additionnent.</translation>
    </message>
</context>
<context>
    <name>InteractionRow</name>
    <message>
        <location filename="../qml/people/InteractionRow.qml" line="23"/>
        <source>%1, %2. %3. Edit</source>
        <translation>%1, %2. %3. Modifier</translation>
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
        <translation>Questions difficiles</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="20"/>
        <source>Felt less confident</source>
        <translation>Confiance en baisse</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="23"/>
        <source>Went well</source>
        <translation>Ce qui a marché</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="26"/>
        <source>Next time</source>
        <translation>La prochaine fois</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="34"/>
        <source>Confidence %1 → %2 of 5</source>
        <translation>Confiance %1 → %2 sur 5</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="36"/>
        <source>Confidence before: %1 of 5</source>
        <translation>Confiance avant&#xa0;: %1 sur 5</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="38"/>
        <source>Confidence after: %1 of 5</source>
        <translation>Confiance après&#xa0;: %1 sur 5</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="47"/>
        <source>%1 interview, %2. Edit</source>
        <translation>Entretien&#xa0;: %1, %2. Modifier</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="75"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="86"/>
        <source>With %1</source>
        <translation>Avec %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="86"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="135"/>
        <source>A prep reminder comes the day before.</source>
        <translation>Un rappel de préparation arrive la veille.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="135"/>
        <source>How did it go? Add your reflection while it is fresh.</source>
        <translation>Comment ça s&apos;est passé&#xa0;? Ajoutez votre réflexion tant que c&apos;est frais.</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="29"/>
        <source>Give the interview a date and time.</source>
        <translation>Indiquez la date et l&apos;heure de l&apos;entretien.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="31"/>
        <source>Pick the kind of interview.</source>
        <translation>Choisissez le type d&apos;entretien.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="102"/>
        <source>New interview</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="102"/>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="132"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="139"/>
        <source>Interview day</source>
        <translation>Jour de l&apos;entretien</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="145"/>
        <source>Starts at</source>
        <translation>Début à</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="151"/>
        <source>Rebound reminds you to prepare the day before.</source>
        <translation>Rebound vous rappelle de vous préparer la veille.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="158"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="163"/>
        <source>Kind of interview</source>
        <translation>Type d&apos;entretien</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="170"/>
        <location filename="../qml/jobs/InterviewEditor.qml" line="178"/>
        <source>Interviewers</source>
        <translation>Interlocuteurs</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="177"/>
        <source>Add a name and press Enter</source>
        <translation>Ajoutez un nom et appuyez sur Entrée</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="186"/>
        <source>Confidence before</source>
        <translation>Confiance avant</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="193"/>
        <source>Confidence after</source>
        <translation>Confiance après</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="199"/>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="209"/>
        <source>Write it soon after, while it is fresh. It is for you: honest beats polished.</source>
        <translation>Écrivez-la peu après, tant que c&apos;est frais. C&apos;est pour vous&#xa0;: mieux vaut honnête que parfait.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="216"/>
        <location filename="../qml/jobs/InterviewEditor.qml" line="228"/>
        <source>Questions that stumped me</source>
        <translation>Questions qui m&apos;ont posé problème</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="232"/>
        <location filename="../qml/jobs/InterviewEditor.qml" line="244"/>
        <source>Moments I felt less confident</source>
        <translation>Moments où j&apos;ai perdu confiance</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="248"/>
        <location filename="../qml/jobs/InterviewEditor.qml" line="260"/>
        <source>What went well</source>
        <translation>Ce qui s&apos;est bien passé</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="264"/>
        <location filename="../qml/jobs/InterviewEditor.qml" line="276"/>
        <source>What I would do differently</source>
        <translation>Ce que je ferais autrement</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="280"/>
        <location filename="../qml/jobs/InterviewEditor.qml" line="292"/>
        <source>Other notes</source>
        <translation>Autres notes</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="309"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="311"/>
        <source>Delete interview</source>
        <translation>Supprimer l&apos;entretien</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="321"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="329"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="330"/>
        <source>Save interview</source>
        <translation>Enregistrer l&apos;entretien</translation>
    </message>
</context>
<context>
    <name>IosNotifier</name>
    <message>
        <location filename="../platform/ios/IosNotifier.mm" line="34"/>
        <source>Notifications are turned off for Rebound in the Settings app.</source>
        <translation>Les notifications de Rebound sont désactivées dans l’app Réglages.</translation>
    </message>
    <message>
        <location filename="../platform/ios/IosNotifier.mm" line="58"/>
        <source>iOS did not show the notification.</source>
        <translation>iOS n’a pas affiché la notification.</translation>
    </message>
</context>
<context>
    <name>JobSearch</name>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="22"/>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="23"/>
        <source>Applied</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="24"/>
        <source>Screening</source>
        <translation>Présélection</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="25"/>
        <source>Interviewing</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="26"/>
        <source>Final round</source>
        <translation>Dernier tour</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="27"/>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="28"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="29"/>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="30"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="31"/>
        <source>No answer</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="38"/>
        <source>On site</source>
        <translation>Sur site</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="39"/>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="40"/>
        <source>Remote</source>
        <translation>Télétravail</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="47"/>
        <source>Recruiter</source>
        <translation>Recruteur</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="48"/>
        <source>Interviewer</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="49"/>
        <source>Hiring manager</source>
        <translation>Manager recruteur</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="50"/>
        <source>Referrer</source>
        <translation>Parrain</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="51"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="58"/>
        <source>Phone screen</source>
        <translation>Entretien tél.</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="59"/>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="60"/>
        <source>Behavioural</source>
        <translation>Comportemental</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="61"/>
        <source>Panel</source>
        <translation>Jury</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="62"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="69"/>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="70"/>
        <location filename="../backend/core/JobLabels.cpp" line="79"/>
        <source>Mock interview</source>
        <translation>Entretien blanc</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="71"/>
        <source>Self-reflection</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="78"/>
        <source>Course</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="80"/>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="81"/>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="82"/>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="89"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="90"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="91"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="34"/>
        <source>The link must be a web address (http or https).</source>
        <translation>Le lien doit être une adresse web (http ou https).</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="40"/>
        <source>A salary must be a whole number from 0 to 1,000,000,000,000.</source>
        <translation>Un salaire doit être un nombre entier de 0 à 1&#xa0;000&#xa0;000&#xa0;000&#xa0;000.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="49"/>
        <source>A person needs a name.</source>
        <translation>Une personne a besoin d’un nom.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="53"/>
        <source>Unknown role: %1.</source>
        <translation>Rôle inconnu&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="56"/>
        <source>&quot;%1&quot; does not look like an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="82"/>
        <source>Name the company.</source>
        <translation>Indiquez l’entreprise.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="89"/>
        <source>Unknown way of working: %1.</source>
        <translation>Mode de travail inconnu&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="93"/>
        <source>The lowest salary is above the highest.</source>
        <translation>Le salaire minimum est supérieur au maximum.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="100"/>
        <source>A currency is three letters, such as EUR or USD.</source>
        <translation>Une devise s’écrit en trois lettres, comme EUR ou USD.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="112"/>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="213"/>
        <source>Unknown stage: %1.</source>
        <translation>Étape inconnue&#xa0;: %1.</translation>
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
        <translation>Cette candidature n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="251"/>
        <source>That stage is already gone.</source>
        <translation>Cette étape n’existe déjà plus.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="254"/>
        <source>An application keeps at least one stage.</source>
        <translation>Une candidature garde au moins une étape.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="293"/>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="44"/>
        <location filename="../backend/storage/InterviewRepository.cpp" line="116"/>
        <location filename="../backend/storage/InterviewRepository.cpp" line="153"/>
        <source>That interview no longer exists.</source>
        <translation>Cet entretien n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="305"/>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="317"/>
        <source>That person is no longer on the application.</source>
        <translation>Cette personne n’est plus liée à la candidature.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="23"/>
        <source>A skill name cannot contain &quot;|&quot;.</source>
        <translation>Un nom de compétence ne peut pas contenir &quot;|&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="36"/>
        <source>Unknown source of feedback: %1.</source>
        <translation>Source de retour inconnue&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="61"/>
        <source>At most %1 skills on each side.</source>
        <translation>Au plus %1 compétences de chaque côté.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="80"/>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="107"/>
        <source>Write the feedback or name at least one skill.</source>
        <translation>Écrivez le retour ou nommez au moins une compétence.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="102"/>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="117"/>
        <source>That feedback no longer exists.</source>
        <translation>Ce retour n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="164"/>
        <source>A skill needs a name.</source>
        <translation>Une compétence a besoin d’un nom.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="168"/>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="184"/>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="216"/>
        <source>That skill no longer exists.</source>
        <translation>Cette compétence n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="170"/>
        <source>There is already a skill called &quot;%1&quot;.</source>
        <translation>Il existe déjà une compétence appelée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="198"/>
        <source>Unknown kind of action: %1.</source>
        <translation>Type d’action inconnu&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="202"/>
        <source>Unknown status: %1.</source>
        <translation>Statut inconnu&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="205"/>
        <source>Say what you will do.</source>
        <translation>Dites ce que vous allez faire.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="207"/>
        <source>Pick a due day within the next ten years.</source>
        <translation>Choisissez une échéance dans les dix prochaines années.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="226"/>
        <source>Name the skill the action is for.</source>
        <translation>Nommez la compétence visée par l’action.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="244"/>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="255"/>
        <source>That action no longer exists.</source>
        <translation>Cette action n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="39"/>
        <source>Give the interview a date and time.</source>
        <translation>Indiquez la date et l’heure de l’entretien.</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="44"/>
        <source>Pick an interview date between 1900 and two years from now.</source>
        <translation>Choisissez une date d’entretien entre 1900 et dans deux ans.</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="48"/>
        <source>Unknown kind of interview: %1.</source>
        <translation>Type d’entretien inconnu&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="51"/>
        <source>Confidence goes from 1 to 5.</source>
        <translation>La confiance va de 1 à 5.</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="69"/>
        <source>Prepare for your interview at %1</source>
        <translation>Préparer votre entretien chez %1</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="69"/>
        <source>Prepare for your interview</source>
        <translation>Préparer votre entretien</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="71"/>
        <source>%1 · %2 at %3</source>
        <translation>%1 · %2 à %3</translation>
    </message>
    <message>
        <location filename="../backend/storage/RejectionFlowRepository.cpp" line="67"/>
        <source>That rejection flow no longer exists.</source>
        <translation>Ce parcours après un refus n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/storage/RejectionFlowRepository.cpp" line="72"/>
        <source>Unknown step: %1.</source>
        <translation>Étape inconnue&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/RejectionFlowRepository.cpp" line="75"/>
        <source>Unknown step state: %1.</source>
        <translation>État d’étape inconnu&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>JobSearchSection</name>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="15"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="15"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="18"/>
        <source>Job search</source>
        <translation>Recherche d&apos;emploi</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="23"/>
        <source>After a rejection, Rebound proposes these reminders. You can change each day in the flow itself.</source>
        <translation>Après un refus, Rebound propose ces rappels. Vous pouvez modifier chaque délai dans le parcours lui-même.</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="31"/>
        <source>Follow up on feedback after</source>
        <translation>Relancer pour un retour après</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="32"/>
        <source>If nothing comes back, a friendly nudge.</source>
        <translation>Sans nouvelles, une relance amicale.</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="41"/>
        <source>Days before following up on feedback</source>
        <translation>Jours avant de relancer pour un retour</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="48"/>
        <source>Keep in touch after</source>
        <translation>Garder le contact après</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="49"/>
        <source>With the recruiter and interviewers.</source>
        <translation>Avec le recruteur et vos interlocuteurs.</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="58"/>
        <source>Days before keeping in touch</source>
        <translation>Jours avant de reprendre contact</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="65"/>
        <source>Look at the company again after</source>
        <translation>Revoir l&apos;entreprise après</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="66"/>
        <source>A reminder to consider re-applying.</source>
        <translation>Un rappel pour envisager de postuler à nouveau.</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="75"/>
        <source>Days before looking at the company again</source>
        <translation>Jours avant de revoir l&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="82"/>
        <source>Suggest a goal review after</source>
        <translation>Proposer une revue des objectifs après</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="83"/>
        <source>Several rejections close together can be a signal to step back and re-check your goals: %1 within %2.</source>
        <translation>Plusieurs refus rapprochés peuvent être le signal de prendre du recul et de revoir vos objectifs&#xa0;: %1 en %2.</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="83"/>
        <source>one rejection</source>
        <translation>un refus</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="83"/>
        <source>%1 rejections</source>
        <translation>%1 refus</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="94"/>
        <source>Rejections that suggest a goal review</source>
        <translation>Refus qui suggèrent une revue des objectifs</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="99"/>
        <source>within</source>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="110"/>
        <source>Days in which those rejections count</source>
        <translation>Jours pendant lesquels ces refus comptent</translation>
    </message>
</context>
<context>
    <name>JobsFilterBar</name>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="31"/>
        <source>Search company, role, people…</source>
        <translation>Rechercher une entreprise, un poste, une personne…</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="38"/>
        <source>Search applications</source>
        <translation>Rechercher des candidatures</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="73"/>
        <source>Clear search text</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="95"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="126"/>
        <source>Closed (%1)</source>
        <translation>Clôturées (%1)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="126"/>
        <source>Closed</source>
        <translation>Clôturées</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="128"/>
        <source>Show closed applications</source>
        <translation>Afficher les candidatures clôturées</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="147"/>
        <source>Only %1</source>
        <translation>Seulement %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="168"/>
        <source>Only from %1</source>
        <translation>Seulement via %1</translation>
    </message>
</context>
<context>
    <name>JobsModeBar</name>
    <message>
        <location filename="../qml/jobs/JobsModeBar.qml" line="18"/>
        <source>Pipeline</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsModeBar.qml" line="22"/>
        <source>Skills plan</source>
        <translation>Plan de compétences</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsModeBar.qml" line="33"/>
        <source>Job search view</source>
        <translation>Vue de la recherche d&apos;emploi</translation>
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
        <translation>Déplacée vers %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="71"/>
        <source>Application deleted</source>
        <translation>Candidature supprimée</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="71"/>
        <location filename="../qml/pages/JobsPage.qml" line="77"/>
        <location filename="../qml/pages/JobsPage.qml" line="86"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="77"/>
        <source>Interview deleted</source>
        <translation>Entretien supprimé</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="86"/>
        <source>Feedback deleted</source>
        <translation>Retour supprimé</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="100"/>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="227"/>
        <location filename="../qml/pages/JobsPage.qml" line="516"/>
        <source>Export applications</source>
        <translation>Exporter les candidatures</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="234"/>
        <source>Export as CSV (spreadsheets)…</source>
        <translation>Exporter en CSV (tableurs)…</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="240"/>
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="248"/>
        <source>The exported file is not encrypted</source>
        <translation>Le fichier exporté n&apos;est pas chiffré</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="258"/>
        <source>New application</source>
        <translation>Nouvelle candidature</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="345"/>
        <source>Your job search starts here</source>
        <translation>Votre recherche d&apos;emploi commence ici</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="345"/>
        <source>No applications match</source>
        <translation>Aucune candidature ne correspond</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="345"/>
        <source>Nothing open right now</source>
        <translation>Rien en cours pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="346"/>
        <source>Add the jobs you apply for and move them along as you hear back. Interviews, feedback and the people you meet stay with each one.</source>
        <translation>Ajoutez les offres auxquelles vous postulez et faites-les avancer au fil des réponses. Les entretiens, les retours et les personnes rencontrées restent rattachés à chacune.</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="346"/>
        <source>Try other words, or clear the filters.</source>
        <translation>Essayez d&apos;autres mots ou effacez les filtres.</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="346"/>
        <source>Your closed applications are under Closed. A quiet pipeline is a good moment to save a few new ones.</source>
        <translation>Vos candidatures clôturées se trouvent sous Clôturées. Un moment calme est l&apos;occasion d&apos;en enregistrer quelques nouvelles.</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="352"/>
        <source>Add an application</source>
        <translation>Ajouter une candidature</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="352"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="352"/>
        <source>Show closed</source>
        <translation>Afficher les clôturées</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="410"/>
        <source>Remove %1?</source>
        <translation>Retirer %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="410"/>
        <source>They will no longer be listed on this application.</source>
        <translation>Cette personne ne sera plus associée à cette candidature.</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="414"/>
        <source>Remove this step?</source>
        <translation>Supprimer cette étape&#xa0;?</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="414"/>
        <source>The application goes back to the stage before it, if this was the latest.</source>
        <translation>La candidature revient à l&apos;étape précédente, s&apos;il s&apos;agissait de la plus récente.</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="435"/>
        <source>Application added</source>
        <translation>Candidature ajoutée</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="435"/>
        <source>Application saved</source>
        <translation>Candidature enregistrée</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="452"/>
        <source>Interview added</source>
        <translation>Entretien ajouté</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="452"/>
        <source>Interview saved</source>
        <translation>Entretien enregistré</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="469"/>
        <source>Feedback added</source>
        <translation>Retour ajouté</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="469"/>
        <source>Feedback saved</source>
        <translation>Retour enregistré</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="519"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="519"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="522"/>
        <source>Exported 1 application (not encrypted)</source>
        <translation>1 candidature exportée (non chiffrée)</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="522"/>
        <source>Exported %1 applications (not encrypted)</source>
        <translation>%1 candidatures exportées (non chiffrées)</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="86"/>
        <source>Mood must be between 1 and 5.</source>
        <translation>L’humeur doit être comprise entre 1 et 5.</translation>
    </message>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="142"/>
        <location filename="../backend/storage/JournalRepository.cpp" line="153"/>
        <source>That entry no longer exists.</source>
        <translation>Cette entrée n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="178"/>
        <source>That entry is not deleted.</source>
        <translation>Cette entrée n’est pas supprimée.</translation>
    </message>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="288"/>
        <source>The mood range must lie between 1 and 5, lowest first.</source>
        <translation>La plage d’humeur doit être comprise entre 1 et 5, la plus basse d’abord.</translation>
    </message>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="290"/>
        <source>The date range ends before it starts.</source>
        <translation>La plage de dates se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="292"/>
        <source>The search is too long (at most 500 characters).</source>
        <translation>La recherche est trop longue (500 caractères au maximum).</translation>
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
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalModeBar.qml" line="26"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalModeBar.qml" line="37"/>
        <source>Journal view</source>
        <translation>Vue du journal</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../qml/pages/JournalPage.qml" line="56"/>
        <location filename="../qml/pages/JournalPage.qml" line="304"/>
        <source>Entry deleted</source>
        <translation>Entrée supprimée</translation>
    </message>
    <message>
        <location filename="../qml/pages/JournalPage.qml" line="56"/>
        <location filename="../qml/pages/JournalPage.qml" line="304"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/pages/JournalPage.qml" line="63"/>
        <source>Entry restored</source>
        <translation>Entrée restaurée</translation>
    </message>
    <message>
        <location filename="../qml/pages/JournalPage.qml" line="149"/>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../qml/pages/JournalPage.qml" line="240"/>
        <source>Your journal is empty</source>
        <translation>Votre journal est vide</translation>
    </message>
    <message>
        <location filename="../qml/pages/JournalPage.qml" line="241"/>
        <source>A few honest lines a day go a long way. Nobody else can read them.</source>
        <translation>Quelques lignes sincères par jour, ça aide beaucoup. Personne d&apos;autre ne peut les lire.</translation>
    </message>
    <message>
        <location filename="../qml/pages/JournalPage.qml" line="299"/>
        <source>Entry added</source>
        <translation>Entrée ajoutée</translation>
    </message>
    <message>
        <location filename="../qml/pages/JournalPage.qml" line="299"/>
        <source>Entry saved</source>
        <translation>Entrée enregistrée</translation>
    </message>
</context>
<context>
    <name>JournalTemplates</name>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="18"/>
        <source>After a rejection</source>
        <translation>Après un refus</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="19"/>
        <source>Let the feeling land, then sort what you could and could not control.</source>
        <translation>Laissez l’émotion se poser, puis distinguez ce qui dépendait de vous et ce qui n’en dépendait pas.</translation>
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
        <translation>## Ce que je ressens maintenant
Le nommer honnêtement. La déception après un non est normale&#xa0;; elle veut dire que ça comptait.


## Ce qui dépendait de moi
Ma préparation, mes réponses, ma façon de relancer.


## Ce qui n’en dépendait pas
Leur budget, les autres candidatures, des choix internes que je ne verrai jamais.


## Une chose que j’emporte pour la prochaine fois


&gt; Un refus est quelque chose qui m’est arrivé, pas ce que je suis.
</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="28"/>
        <source>rejection</source>
        <translation>refus</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="30"/>
        <source>Interview reflection</source>
        <translation>Retour sur un entretien</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="31"/>
        <source>Capture it while it&apos;s fresh: what stumped you, what went well.</source>
        <translation>Notez-le tant que c’est frais&#xa0;: les questions difficiles, ce qui s’est bien passé.</translation>
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
        <translation>## Les questions qui m’ont posé problème


## Les moments où j’ai manqué d’assurance


## Ce qui s’est bien passé
Au moins une chose, même petite.


## Ce que je travaillerais avant le prochain


## Le retour à demander
Une question courte et polie sur mes points forts et ce qui m’a manqué.
</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="39"/>
        <source>interview</source>
        <translation>entretien</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="41"/>
        <source>Reframe a hard thought</source>
        <translation>Recadrer une pensée difficile</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="42"/>
        <source>Write the thought down, then look at it the way a friend would.</source>
        <translation>Écrivez la pensée, puis regardez-la comme le ferait un ami.</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="43"/>
        <source>## The thought
What is my mind telling me?


## What supports it, what doesn&apos;t


## What I&apos;d tell a friend who thought this


## A kinder, truer way to put it
</source>
        <translation>## La pensée
Que me dit mon esprit&#xa0;?


## Ce qui la confirme, ce qui la contredit


## Ce que je dirais à un ami qui penserait cela


## Une façon plus douce et plus juste de le dire
</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="48"/>
        <source>reframe</source>
        <translation>recadrage</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="50"/>
        <source>Win of the day</source>
        <translation>Victoire du jour</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="51"/>
        <source>Every step counts: an answer, good feedback, a final round.</source>
        <translation>Chaque pas compte&#xa0;: une réponse, un bon retour, un dernier tour.</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="52"/>
        <source>## Today&apos;s win
A reply, an interview, a kind word, a skill that clicked.


## Why it matters


## What it says about me
</source>
        <translation>## La victoire du jour
Une réponse, un entretien, un mot gentil, une compétence qui a fait tilt.


## Pourquoi elle compte


## Ce qu’elle dit de moi
</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="56"/>
        <source>win</source>
        <translation>victoire</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="58"/>
        <source>Who supports me</source>
        <translation>Qui me soutient</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="59"/>
        <source>The people in your corner, and one to reach out to this week.</source>
        <translation>Les personnes de votre côté, et une à contacter cette semaine.</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="60"/>
        <source>## People who have my back
Friends, family, mentors, former colleagues.


## Who I could ask for advice or an introduction


## Someone I&apos;ll get in touch with this week


## How I can help someone else
</source>
        <translation>## Les personnes sur qui je peux compter
Amis, famille, mentors, anciens collègues.


## À qui je pourrais demander un conseil ou une mise en relation


## Une personne que je contacterai cette semaine


## Comment je peux aider quelqu’un d’autre
</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="65"/>
        <source>network</source>
        <translation>réseau</translation>
    </message>
</context>
<context>
    <name>KeyboardSection</name>
    <message>
        <location filename="../qml/settings/KeyboardSection.qml" line="11"/>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeyboardSection.qml" line="17"/>
        <source>New journal entry</source>
        <translation>Nouvelle entrée de journal</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeyboardSection.qml" line="20"/>
        <source>Search the journal</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeyboardSection.qml" line="23"/>
        <source>Check in today</source>
        <translation>Faire le point aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeyboardSection.qml" line="26"/>
        <source>Go to Today, Journal, Jobs, People, Goals or Insights</source>
        <translation>Aller à Aujourd&apos;hui, Journal, Emplois, Contacts, Objectifs ou Aperçus</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeyboardSection.qml" line="29"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeyboardSection.qml" line="32"/>
        <source>Lock the vault</source>
        <translation>Verrouiller le coffre</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeyboardSection.qml" line="35"/>
        <source>Move between controls; Space or Enter activates</source>
        <translation>Passer d’une commande à l’autre&#xa0;; Espace ou Entrée l’active</translation>
    </message>
</context>
<context>
    <name>LinuxPlatform</name>
    <message>
        <location filename="../platform/linux/PlatformImpl.cpp" line="45"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../platform/linux/PlatformImpl.cpp" line="54"/>
        <source>systemctl was not found, so the reminder timer cannot be set up (it needs systemd).</source>
        <translation>systemctl est introuvable, le minuteur des rappels ne peut donc pas être configuré (il nécessite systemd).</translation>
    </message>
    <message>
        <location filename="../platform/linux/PlatformImpl.cpp" line="67"/>
        <source>&quot;systemctl --user %1&quot; failed%2. Is a systemd user session running?</source>
        <translation>&quot;systemctl --user %1&quot; a échoué%2. Une session utilisateur systemd est-elle active&#xa0;?</translation>
    </message>
    <message>
        <location filename="../platform/linux/PlatformImpl.cpp" line="105"/>
        <source>The timer files were removed, but %1</source>
        <translation>Les fichiers du minuteur ont été supprimés, mais %1</translation>
    </message>
    <message>
        <location filename="../platform/linux/PlatformImpl.cpp" line="113"/>
        <source>rebound-cli was not found at %1, so the reminder timer was not set up.</source>
        <translation>rebound-cli est introuvable dans %1, le minuteur des rappels n’a donc pas été configuré.</translation>
    </message>
    <message>
        <location filename="../platform/linux/PlatformImpl.cpp" line="114"/>
        <source>(no path)</source>
        <translation>(aucun chemin)</translation>
    </message>
    <message>
        <location filename="../platform/linux/PlatformImpl.cpp" line="119"/>
        <source>Could not create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
</context>
<context>
    <name>LogInteractionSheet</name>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="64"/>
        <source>Log with %1</source>
        <translation>Noter un échange avec %1</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="64"/>
        <source>Edit interaction</source>
        <translation>Modifier l&apos;échange</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="72"/>
        <source>What kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="84"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="93"/>
        <source>What you talked about, what to follow up on (optional)</source>
        <translation>De quoi vous avez parlé, quoi relancer (facultatif)</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="98"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="110"/>
        <source>Logging restarts the keep-in-touch clock from this day.</source>
        <translation>Noter un échange relance le compteur pour garder le contact à partir de ce jour.</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="129"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="131"/>
        <source>Delete interaction</source>
        <translation>Supprimer l&apos;échange</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="141"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="150"/>
        <source>Log</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="150"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="151"/>
        <source>Log this interaction</source>
        <translation>Noter cet échange</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="151"/>
        <source>Save interaction</source>
        <translation>Enregistrer l&apos;échange</translation>
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
        <translation>Sur Android, cette version n’envoie de notifications que lorsque Rebound est ouvert.</translation>
    </message>
    <message>
        <location filename="../platform/ios/PlatformImpl.cpp" line="29"/>
        <source>On iOS this version notifies only while Rebound is open.</source>
        <translation>Sur iOS, cette version n’envoie de notifications que lorsque Rebound est ouvert.</translation>
    </message>
</context>
<context>
    <name>MoodLegend</name>
    <message>
        <location filename="../qml/journal/MoodLegend.qml" line="14"/>
        <source>Mood colours</source>
        <translation>Couleurs des humeurs</translation>
    </message>
</context>
<context>
    <name>MoodPicker</name>
    <message>
        <location filename="../qml/components/MoodPicker.qml" line="27"/>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
</context>
<context>
    <name>MoodRangeSelector</name>
    <message>
        <location filename="../qml/components/MoodRangeSelector.qml" line="15"/>
        <source>Any mood</source>
        <translation>Toutes les humeurs</translation>
    </message>
    <message>
        <location filename="../qml/components/MoodRangeSelector.qml" line="15"/>
        <source>Only %1</source>
        <translation>Seulement %1</translation>
    </message>
    <message>
        <location filename="../qml/components/MoodRangeSelector.qml" line="15"/>
        <source>%1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <location filename="../qml/components/MoodRangeSelector.qml" line="35"/>
        <source>Mood range: %1</source>
        <translation>Plage d&apos;humeur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/MoodRangeSelector.qml" line="42"/>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <location filename="../qml/components/MoodRangeSelector.qml" line="74"/>
        <source>Mood range</source>
        <translation>Plage d&apos;humeur</translation>
    </message>
</context>
<context>
    <name>Moods</name>
    <message>
        <location filename="../qml/Moods.qml" line="15"/>
        <source>Awful</source>
        <translation>Très mal</translation>
    </message>
    <message>
        <location filename="../qml/Moods.qml" line="17"/>
        <source>Low</source>
        <translation>Pas terrible</translation>
    </message>
    <message>
        <location filename="../qml/Moods.qml" line="19"/>
        <source>Okay</source>
        <translation>Ça va</translation>
    </message>
    <message>
        <location filename="../qml/Moods.qml" line="21"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../qml/Moods.qml" line="23"/>
        <source>Great</source>
        <translation>Super</translation>
    </message>
    <message>
        <location filename="../qml/Moods.qml" line="25"/>
        <source>No mood</source>
        <translation>Pas d&apos;humeur</translation>
    </message>
    <message>
        <location filename="../qml/Moods.qml" line="34"/>
        <source>Mood %1 of %2: %3</source>
        <translation>Humeur %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../qml/Moods.qml" line="34"/>
        <source>No mood recorded</source>
        <translation>Aucune humeur notée</translation>
    </message>
</context>
<context>
    <name>MoveStageDialog</name>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="40"/>
        <source>Move %1 to…</source>
        <translation>Déplacer %1 vers…</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="40"/>
        <source>Move to…</source>
        <translation>Déplacer vers…</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="47"/>
        <source>Still going</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="52"/>
        <source>Open stages</source>
        <translation>Étapes en cours</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="59"/>
        <source>Closed</source>
        <translation>Clôturées</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="64"/>
        <source>Closed stages</source>
        <translation>Étapes de clôture</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="71"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="79"/>
        <source>Moved on</source>
        <translation>Date du changement</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="86"/>
        <source>Note (optional), e.g. call with the recruiter</source>
        <translation>Note (facultatif), p. ex. appel avec le recruteur</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="89"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="103"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="112"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="113"/>
        <source>Move to the chosen stage</source>
        <translation>Passer à l&apos;étape choisie</translation>
    </message>
</context>
<context>
    <name>NorthStarCard</name>
    <message>
        <location filename="../qml/today/NorthStarCard.qml" line="25"/>
        <source>Your north star: %1. Edit</source>
        <translation>Votre cap&#xa0;: %1. Modifier</translation>
    </message>
    <message>
        <location filename="../qml/today/NorthStarCard.qml" line="25"/>
        <location filename="../qml/today/NorthStarCard.qml" line="114"/>
        <source>Set your north star</source>
        <translation>Définir votre cap</translation>
    </message>
    <message>
        <location filename="../qml/today/NorthStarCard.qml" line="79"/>
        <source>Your north star</source>
        <translation>Votre cap</translation>
    </message>
    <message>
        <location filename="../qml/today/NorthStarCard.qml" line="79"/>
        <source>Where is this search taking you?</source>
        <translation>Où cette recherche vous mène-t-elle&#xa0;?</translation>
    </message>
    <message>
        <location filename="../qml/today/NorthStarCard.qml" line="91"/>
        <source>Choose a north star: the work you want, in a sentence. It stays here to keep your eye on the prize on the hard days.</source>
        <translation>Choisissez un cap&#xa0;: le travail que vous voulez, en une phrase. Il reste ici pour garder le but en vue les jours difficiles.</translation>
    </message>
</context>
<context>
    <name>NorthStarEditor</name>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="31"/>
        <source>Write your north star, or use Clear to remove it.</source>
        <translation>Écrivez votre cap, ou utilisez Effacer pour le supprimer.</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="67"/>
        <source>Your north star</source>
        <translation>Votre cap</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="75"/>
        <source>The long-term direction behind every application: the work you want and why. Keep it short enough to read at a glance.</source>
        <translation>La direction à long terme derrière chaque candidature&#xa0;: le travail que vous voulez et pourquoi. Assez court pour se lire d&apos;un coup d&apos;œil.</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="82"/>
        <location filename="../qml/goals/NorthStarEditor.qml" line="93"/>
        <source>North star</source>
        <translation>Cap</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="90"/>
        <source>e.g. Lead a data team at a company that helps people</source>
        <translation>p. ex. Diriger une équipe data dans une entreprise qui aide les gens</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="98"/>
        <source>Why it matters (optional)</source>
        <translation>Pourquoi c&apos;est important (facultatif)</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="106"/>
        <source>What it would change for you</source>
        <translation>Ce que cela changerait pour vous</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="111"/>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="127"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="129"/>
        <source>Clear the north star</source>
        <translation>Effacer le cap</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="139"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="149"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="150"/>
        <source>Save the north star</source>
        <translation>Enregistrer le cap</translation>
    </message>
</context>
<context>
    <name>OnThisDay</name>
    <message>
        <location filename="../backend/services/OnThisDay.cpp" line="68"/>
        <source>1 year ago</source>
        <translation>Il y a 1 an</translation>
    </message>
    <message>
        <location filename="../backend/services/OnThisDay.cpp" line="69"/>
        <source>%1 years ago</source>
        <translation>Il y a %1 ans</translation>
    </message>
    <message>
        <location filename="../backend/services/OnThisDay.cpp" line="70"/>
        <source>1 month ago</source>
        <translation>Il y a 1 mois</translation>
    </message>
    <message>
        <location filename="../backend/services/OnThisDay.cpp" line="71"/>
        <source>%1 months ago</source>
        <translation>Il y a %1 mois</translation>
    </message>
</context>
<context>
    <name>OnThisDayCard</name>
    <message>
        <location filename="../qml/today/OnThisDayCard.qml" line="46"/>
        <source>Proof you&apos;ve come through hard days before</source>
        <translation>La preuve que vous avez déjà traversé des jours difficiles</translation>
    </message>
    <message>
        <location filename="../qml/today/OnThisDayCard.qml" line="46"/>
        <source>On this day</source>
        <translation>Ce jour-là</translation>
    </message>
    <message>
        <location filename="../qml/today/OnThisDayCard.qml" line="57"/>
        <source>Wins from this date in earlier months. You got through those days, too.</source>
        <translation>Des victoires à cette date les mois précédents. Ces jours-là aussi, vous les avez traversés.</translation>
    </message>
    <message>
        <location filename="../qml/today/OnThisDayCard.qml" line="57"/>
        <source>What you wrote and won on this date before.</source>
        <translation>Ce que vous avez écrit et réussi à cette date auparavant.</translation>
    </message>
    <message>
        <location filename="../qml/today/OnThisDayCard.qml" line="81"/>
        <source>Win, %1: %2</source>
        <translation>Victoire, %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../qml/today/OnThisDayCard.qml" line="81"/>
        <source>Journal entry, %1: %2</source>
        <translation>Entrée de journal, %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../qml/today/OnThisDayCard.qml" line="107"/>
        <source>Win</source>
        <translation>Victoire</translation>
    </message>
    <message>
        <location filename="../qml/today/OnThisDayCard.qml" line="107"/>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
</context>
<context>
    <name>Outreach</name>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="319"/>
        <source>Catching up</source>
        <translation>Prendre des nouvelles</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="320"/>
        <source>Hi {first_name},

It has been a while! I hope things are going well at {company}. I would love to hear what you are working on these days. Do you have time for a short call or a coffee in the next few weeks?

Best wishes</source>
        <translation>Bonjour {first_name},

Cela fait un moment&#xa0;! J’espère que tout va bien chez {company}. J’aimerais beaucoup savoir sur quoi vous travaillez en ce moment. Auriez-vous le temps pour un court appel ou un café dans les prochaines semaines&#xa0;?

Bien à vous</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="323"/>
        <source>Thank you</source>
        <translation>Remerciements</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="324"/>
        <source>Hi {first_name},

Thank you again for your time and your advice. It helped me more than you might think. I will keep you posted on how my search goes.

Best wishes</source>
        <translation>Bonjour {first_name},

Merci encore pour votre temps et vos conseils. Ils m’ont été plus utiles que vous ne le pensez peut-être. Je vous tiendrai au courant de la suite de ma recherche.

Bien à vous</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="327"/>
        <source>Asking for advice</source>
        <translation>Demander conseil</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="328"/>
        <source>Hi {first_name},

I am looking for my next role and I value your view. Could I ask you a few questions about {company} and how you got where you are? Twenty minutes would mean a lot.

Thank you</source>
        <translation>Bonjour {first_name},

Je cherche mon prochain poste et votre avis compte pour moi. Pourrais-je vous poser quelques questions sur {company} et sur votre parcours&#xa0;? Vingt minutes me seraient très précieuses.

Merci</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="331"/>
        <source>After a rejection</source>
        <translation>Après un refus</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="332"/>
        <source>Hi {first_name},

Thank you for letting me know, and for the time you and the team gave me. I enjoyed learning about {company}. If a role that fits me opens up later, I would be glad to hear from you.

Kind regards</source>
        <translation>Bonjour {first_name},

Merci pour votre réponse, et pour le temps que vous et l’équipe m’avez accordé. J’ai beaucoup appris sur {company}. Si un poste qui me correspond s’ouvre plus tard, j’aurais plaisir à avoir de vos nouvelles.

Cordialement</translation>
    </message>
</context>
<context>
    <name>OutreachTemplateEditor</name>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="29"/>
        <source>Give the message a name and write it.</source>
        <translation>Donnez un nom au message et rédigez-le.</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="35"/>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="35"/>
        <source>Edit message</source>
        <translation>Modifier le message</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="46"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="55"/>
        <source>Message name</source>
        <translation>Nom du message</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="58"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="70"/>
        <source>Hi {first_name}, …</source>
        <translation>Bonjour {first_name}, …</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="71"/>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="90"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="95"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>PageCatalog</name>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="33"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="35"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="37"/>
        <source>Job search</source>
        <translation>Recherche d&apos;emploi</translation>
    </message>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="39"/>
        <source>People</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="41"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="43"/>
        <source>Insights</source>
        <translation>Aperçus</translation>
    </message>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="45"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="55"/>
        <source>Jobs</source>
        <translation>Emplois</translation>
    </message>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="58"/>
        <source>Insights</source>
        <comment>bottom bar</comment>
        <extracomment>The Insights page in the phone&apos;s bottom bar: at most about 10 characters.</extracomment>
        <translation>Aperçus</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../qml/components/PassphraseField.qml" line="68"/>
        <source>Hide passphrase</source>
        <translation>Masquer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../qml/components/PassphraseField.qml" line="68"/>
        <source>Show passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="79"/>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="79"/>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="80"/>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="80"/>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="81"/>
        <source>Very strong</source>
        <translation>Très forte</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="84"/>
        <source>A few unrelated words make a passphrase that is strong and easy to remember.</source>
        <translation>Quelques mots sans lien entre eux font une phrase secrète forte et facile à retenir.</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="86"/>
        <source>Use at least %1 characters.</source>
        <translation>Utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="88"/>
        <source>This is one of the most common passwords. Choose something personal to you.</source>
        <translation>C’est l’un des mots de passe les plus courants. Choisissez quelque chose de personnel.</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="90"/>
        <source>Add another word or two: length beats complexity.</source>
        <translation>Ajoutez un ou deux mots&#xa0;: la longueur compte plus que la complexité.</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="92"/>
        <source>Avoid repeated characters and simple sequences.</source>
        <translation>Évitez les caractères répétés et les suites simples.</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="94"/>
        <source>Good. Keep it somewhere safe: it cannot be recovered if you forget it.</source>
        <translation>Bien. Gardez-la en lieu sûr&#xa0;: elle ne peut pas être récupérée si vous l’oubliez.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="49"/>
        <source>Delete %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="49"/>
        <source>Their interactions go too, and applications no longer link to them. You can undo right after.</source>
        <translation>Ses échanges seront aussi supprimés et les candidatures n&apos;y seront plus associées. Vous pourrez annuler juste après.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="61"/>
        <source>Contact deleted</source>
        <translation>Contact supprimé</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="61"/>
        <location filename="../qml/pages/PeoplePage.qml" line="290"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="72"/>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="87"/>
        <source>Snoozed for a week</source>
        <translation>Reporté d&apos;une semaine</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="87"/>
        <source>Snoozed for %1 days</source>
        <translation>Reporté de %1 jours</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="195"/>
        <source>The people on your side</source>
        <translation>Les personnes qui vous soutiennent</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="196"/>
        <source>Keep the recruiters, mentors, former colleagues and friends who can help. Log a message, call or coffee and Rebound reminds you when it is time to get in touch again: mentors every 30 days, recruiters every 60, by default.</source>
        <translation>Gardez ici les recruteurs, mentors, anciens collègues et amis qui peuvent vous aider. Notez un message, un appel ou un café, et Rebound vous rappelle quand reprendre contact&#xa0;: tous les 30 jours pour les mentors, tous les 60 pour les recruteurs, par défaut.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="197"/>
        <source>Contacts from your phone or mail app: export them as a vCard file and run &quot;rebound-cli contact import FILE.vcf&quot;.</source>
        <translation>Contacts de votre téléphone ou de votre messagerie&#xa0;: exportez-les dans un fichier vCard et lancez «&#xa0;rebound-cli contact import FILE.vcf&#xa0;».</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="203"/>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="230"/>
        <source>1 person to reach out to</source>
        <translation>1 personne à contacter</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="230"/>
        <source>%1 people to reach out to</source>
        <translation>%1 personnes à contacter</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="230"/>
        <source>Everyone is in touch</source>
        <translation>Vous êtes en contact avec tout le monde</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="231"/>
        <source>Pick someone on the left to see what you talked about, when to get in touch again and the applications they are part of.</source>
        <translation>Choisissez une personne à gauche pour voir de quoi vous avez parlé, quand reprendre contact et les candidatures qui la concernent.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="270"/>
        <source>Contact added</source>
        <translation>Contact ajouté</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="270"/>
        <source>Contact saved</source>
        <translation>Contact enregistré</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="285"/>
        <source>Logged. The keep-in-touch clock restarts.</source>
        <translation>Noté. Le compteur pour garder le contact repart de zéro.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="285"/>
        <source>Interaction saved</source>
        <translation>Échange enregistré</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="290"/>
        <source>Interaction deleted</source>
        <translation>Échange supprimé</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="308"/>
        <source>Copied. The text is now on the clipboard, outside the vault.</source>
        <translation>Copié. Le texte est maintenant dans le presse-papiers, hors du coffre.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="311"/>
        <source>Catching up</source>
        <translation>Prendre des nouvelles</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="321"/>
        <source>Logged as sent. The keep-in-touch clock restarts.</source>
        <translation>Noté comme envoyé. Le compteur pour garder le contact repart de zéro.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="331"/>
        <source>Snoozed until %1</source>
        <translation>Reporté au %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="341"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="64"/>
        <source>&quot;%1&quot; does not look like an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="78"/>
        <source>Add a person</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="88"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="91"/>
        <source>Name (required)</source>
        <translation>Nom (obligatoire)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="99"/>
        <source>E-mail (optional)</source>
        <translation>E-mail (facultatif)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="103"/>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="113"/>
        <source>Matching contacts</source>
        <translation>Contacts correspondants</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="121"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="123"/>
        <source>Link to the contact %1</source>
        <translation>Associer au contact %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="136"/>
        <source>Linked to the contact %1</source>
        <translation>Associé au contact %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="144"/>
        <source>Unlink</source>
        <translation>Dissocier</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="145"/>
        <source>Do not link to %1</source>
        <translation>Ne pas associer à %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="154"/>
        <source>Also save as a contact (People)</source>
        <translation>Enregistrer aussi comme contact (Contacts)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="161"/>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="182"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="191"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="192"/>
        <source>Add this person</source>
        <translation>Ajouter cette personne</translation>
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
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="81"/>
        <source>Last contacted %1 · %2</source>
        <translation>Dernier contact %1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="96"/>
        <source>Log</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="97"/>
        <source>Log an interaction with %1</source>
        <translation>Noter un échange avec %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="105"/>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="106"/>
        <source>Snooze the reminder for %1</source>
        <translation>Reporter le rappel pour %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="113"/>
        <source>1 week</source>
        <translation>1 semaine</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="114"/>
        <source>Snooze for 1 week</source>
        <translation>Reporter d&apos;une semaine</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="119"/>
        <source>2 weeks</source>
        <translation>2 semaines</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="120"/>
        <source>Snooze for 2 weeks</source>
        <translation>Reporter de 2 semaines</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="125"/>
        <source>Pick a day…</source>
        <translation>Choisir un jour…</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="126"/>
        <source>Snooze until a day you pick</source>
        <translation>Reporter jusqu&apos;au jour choisi</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="138"/>
        <source>Reach out</source>
        <translation>Contacter</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="139"/>
        <source>Write to %1</source>
        <translation>Écrire à %1</translation>
    </message>
</context>
<context>
    <name>ReachOutHeader</name>
    <message>
        <location filename="../qml/people/ReachOutHeader.qml" line="39"/>
        <source>Reach out</source>
        <translation>Contacter</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutHeader.qml" line="44"/>
        <source>Reach out: %1 due</source>
        <translation>Contacter&#xa0;: %1 à faire</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutHeader.qml" line="48"/>
        <source>1 due</source>
        <translation>1 à faire</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutHeader.qml" line="48"/>
        <source>%1 due</source>
        <translation>%1 à faire</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutHeader.qml" line="73"/>
        <source>1 contact matches</source>
        <translation>1 contact correspond</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutHeader.qml" line="73"/>
        <source>%1 contacts match</source>
        <translation>%1 contacts correspondent</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutHeader.qml" line="73"/>
        <source>Everyone (%1)</source>
        <translation>Tout le monde (%1)</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutHeader.qml" line="84"/>
        <source>Nobody matches. Try other words, or clear the filters.</source>
        <translation>Personne ne correspond. Essayez d&apos;autres mots ou effacez les filtres.</translation>
    </message>
</context>
<context>
    <name>ReachOutSheet</name>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="59"/>
        <source>Reach out to %1</source>
        <translation>Contacter %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="66"/>
        <source>Start from</source>
        <translation>Partir de</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="73"/>
        <source>Message templates</source>
        <translation>Modèles de message</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="84"/>
        <source>Template: %1</source>
        <translation>Modèle&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="100"/>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="105"/>
        <source>Message to %1</source>
        <translation>Message à %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="111"/>
        <source>Copy it into any app, or open it as an e-mail to %1.</source>
        <translation>Copiez-le dans n&apos;importe quelle application, ou ouvrez-le comme e-mail à %1.</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="111"/>
        <source>Copy it into the app you use with %1. Add an e-mail address to the contact to send it as an e-mail.</source>
        <translation>Copiez-le dans l&apos;application que vous utilisez avec %1. Ajoutez une adresse e-mail au contact pour l&apos;envoyer par e-mail.</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="129"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="130"/>
        <source>Copy the message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="138"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="139"/>
        <source>Open as an e-mail to %1</source>
        <translation>Ouvrir comme e-mail à %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="149"/>
        <source>Log as sent</source>
        <translation>Noter comme envoyé</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="150"/>
        <source>Log the message as sent to %1</source>
        <translation>Noter le message comme envoyé à %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="156"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="157"/>
        <source>Close without logging</source>
        <translation>Fermer sans noter</translation>
    </message>
</context>
<context>
    <name>RecentEntries</name>
    <message>
        <location filename="../qml/today/RecentEntries.qml" line="25"/>
        <source>Recent entries</source>
        <translation>Entrées récentes</translation>
    </message>
    <message>
        <location filename="../qml/today/RecentEntries.qml" line="37"/>
        <source>See all</source>
        <translation>Tout voir</translation>
    </message>
    <message>
        <location filename="../qml/today/RecentEntries.qml" line="38"/>
        <source>See all journal entries</source>
        <translation>Voir toutes les entrées du journal</translation>
    </message>
    <message>
        <location filename="../qml/today/RecentEntries.qml" line="46"/>
        <source>Nothing yet. Your check-ins will appear here.</source>
        <translation>Rien pour l&apos;instant. Vos points du jour apparaîtront ici.</translation>
    </message>
</context>
<context>
    <name>RejectionFlow</name>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="19"/>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="19"/>
        <source>Dear %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="54"/>
        <source>Feedback on my application to %1</source>
        <translation>Retour sur ma candidature chez %1</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="55"/>
        <source>Feedback on my application for %1</source>
        <translation>Retour sur ma candidature au poste de %1</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="61"/>
        <source>Thank you for letting me know your decision about my application to %1, and for the time you and the team gave me.</source>
        <translation>Merci de m’avoir fait part de votre décision concernant ma candidature chez %1, et pour le temps que vous et l’équipe m’avez accordé.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="64"/>
        <source>Thank you for letting me know your decision about %1 at %2, and for the time you and the team gave me.</source>
        <translation>Merci de m’avoir fait part de votre décision concernant le poste de %1 chez %2, et pour le temps que vous et l’équipe m’avez accordé.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="68"/>
        <source>I would really value your honest feedback: what stood out as my strengths, and where could I have been stronger? Even a few lines would help me prepare for what comes next.</source>
        <translation>Votre retour sincère me serait précieux&#xa0;: qu’est-ce qui est ressorti comme mes points forts, et sur quoi aurais-je pu être plus solide&#xa0;? Même quelques lignes m’aideraient à préparer la suite.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="70"/>
        <source>Thank you again,</source>
        <translation>Merci encore,</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="74"/>
        <source>Thank you – %1</source>
        <translation>Merci – %1</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="80"/>
        <source>Thank you for considering me. I enjoyed learning about the team and its work, and I remain very interested in %1.</source>
        <translation>Merci d’avoir examiné ma candidature. J’ai beaucoup apprécié de découvrir l’équipe et son travail, et %1 m’intéresse toujours beaucoup.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="83"/>
        <source>Thank you for considering me for %1. I enjoyed learning about the team and its work, and I remain very interested in %2.</source>
        <translation>Merci d’avoir examiné ma candidature au poste de %1. J’ai beaucoup apprécié de découvrir l’équipe et son travail, et %2 m’intéresse toujours beaucoup.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="87"/>
        <source>I would be glad to stay in touch; please keep me in mind if a similar opportunity comes up.</source>
        <translation>J’aurais plaisir à rester en contact&#xa0;; n’hésitez pas à penser à moi si une opportunité similaire se présente.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="88"/>
        <source>Best wishes,</source>
        <translation>Bien à vous,</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="103"/>
        <source>That rejection flow no longer exists.</source>
        <translation>Ce parcours après un refus n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="110"/>
        <location filename="../backend/services/RejectionCoach.cpp" line="117"/>
        <source>That application no longer exists.</source>
        <translation>Cette candidature n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="134"/>
        <source>That journal entry no longer exists.</source>
        <translation>Cette entrée du journal n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="151"/>
        <source>Follow up on feedback from %1</source>
        <translation>Relancer %1 pour un retour</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="153"/>
        <source>If nothing came back, a short, friendly nudge is fine.</source>
        <translation>Si rien n’est revenu, une courte relance aimable suffit.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="161"/>
        <source>Write down at least one reason, or skip this step.</source>
        <translation>Notez au moins une raison, ou passez cette étape.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="184"/>
        <source>Keep in touch with %1 (%2)</source>
        <translation>Garder le contact avec %1 (%2)</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="189"/>
        <source>Keep in touch with %1</source>
        <translation>Garder le contact avec %1</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="194"/>
        <source>Look at %1 again: time to re-apply?</source>
        <translation>Revoir %1&#xa0;: le moment de postuler à nouveau&#xa0;?</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="202"/>
        <source>Name one thing that went well, or skip this step.</source>
        <translation>Nommez une chose qui s’est bien passée, ou passez cette étape.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="256"/>
        <source>Review your goals</source>
        <translation>Revoir vos objectifs</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="259"/>
        <source>1 rejection in the last %1 days: are you targeting the right roles, and is there a skill to build first?</source>
        <translation>1 refus au cours des %1 derniers jours&#xa0;: visez-vous les bons postes, et y a-t-il une compétence à développer d’abord&#xa0;?</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="262"/>
        <source>%1 rejections in the last %2 days: are you targeting the right roles, and is there a skill to build first?</source>
        <translation>%1 refus au cours des %2 derniers jours&#xa0;: visez-vous les bons postes, et y a-t-il une compétence à développer d’abord&#xa0;?</translation>
    </message>
</context>
<context>
    <name>RejectionFlowDateField</name>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="23"/>
        <source>In a year</source>
        <translation>Dans un an</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="25"/>
        <source>In a month</source>
        <translation>Dans un mois</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="25"/>
        <source>In %1 months</source>
        <translation>Dans %1 mois</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="27"/>
        <source>In a week</source>
        <translation>Dans une semaine</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="27"/>
        <source>In %1 weeks</source>
        <translation>Dans %1 semaines</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="28"/>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="28"/>
        <source>In %1 days</source>
        <translation>Dans %1 jours</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="40"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="71"/>
        <source>One day earlier</source>
        <translation>Un jour plus tôt</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="94"/>
        <source>One day later</source>
        <translation>Un jour plus tard</translation>
    </message>
</context>
<context>
    <name>RejectionFlowMessage</name>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="44"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="54"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="55"/>
        <source>Send to</source>
        <translation>Envoyer à</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="90"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="91"/>
        <source>Copy the message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="97"/>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="98"/>
        <source>Share the message (copies it on this device)</source>
        <translation>Partager le message (le copie sur cet appareil)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="104"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="104"/>
        <source>E-mail…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="105"/>
        <source>Write an e-mail to %1</source>
        <translation>Écrire un e-mail à %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="105"/>
        <source>Write an e-mail (add the address in your mail app)</source>
        <translation>Écrire un e-mail (ajoutez l&apos;adresse dans votre messagerie)</translation>
    </message>
</context>
<context>
    <name>RejectionFlowProgress</name>
    <message>
        <location filename="../qml/jobs/RejectionFlowProgress.qml" line="23"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowProgress.qml" line="67"/>
        <source>Step %1, %2: %3</source>
        <translation>Étape %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowProgress.qml" line="67"/>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowProgress.qml" line="67"/>
        <source>skipped</source>
        <translation>passée</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowProgress.qml" line="67"/>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
</context>
<context>
    <name>RejectionFlowResumeCard</name>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="23"/>
        <source>Unfinished steps after a rejection</source>
        <translation>Étapes non terminées après un refus</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="27"/>
        <source>After a rejection: steps still open</source>
        <translation>Après un refus&#xa0;: étapes encore ouvertes</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="49"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="58"/>
        <source>%1 of %2 steps looked at · next: %3</source>
        <translation>%1 étapes sur %2 parcourues · suivante&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="58"/>
        <source>Every step looked at · finish when you are ready</source>
        <translation>Toutes les étapes parcourues · terminez quand vous le souhaitez</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="74"/>
        <source>Let go</source>
        <translation>Lâcher prise</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="75"/>
        <source>Close the rejection flow for %1</source>
        <translation>Fermer le parcours après refus pour %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="81"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="82"/>
        <source>Continue the rejection flow for %1</source>
        <translation>Continuer le parcours après refus pour %1</translation>
    </message>
</context>
<context>
    <name>RejectionFlowSheet</name>
    <message>
        <location filename="../qml/jobs/RejectionFlowSheet.qml" line="102"/>
        <source>After a rejection</source>
        <translation>Après un refus</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSheet.qml" line="113"/>
        <source>Five small steps, each one skippable. Close any time: you can pick up where you left off.</source>
        <translation>Cinq petites étapes, chacune facultative. Fermez quand vous voulez&#xa0;: vous pourrez reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSheet.qml" line="125"/>
        <source>Close (your progress is kept)</source>
        <translation>Fermer (votre progression est conservée)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSheet.qml" line="190"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSheet.qml" line="191"/>
        <source>Copied: on this device, sharing means pasting it where you write to them.</source>
        <translation>Copié&#xa0;: sur cet appareil, partager signifie le coller là où vous leur écrivez.</translation>
    </message>
</context>
<context>
    <name>RejectionFlowStepCard</name>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="17"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="20"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="35"/>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="63"/>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="63"/>
        <source>Skipped</source>
        <translation>Passée</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="126"/>
        <source>Reopen this step</source>
        <translation>Rouvrir cette étape</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="127"/>
        <source>Reopen step %1, %2</source>
        <translation>Rouvrir l&apos;étape %1, %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="135"/>
        <source>Skip step %1, %2</source>
        <translation>Passer l&apos;étape %1, %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="142"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="143"/>
        <source>Back to the previous step</source>
        <translation>Revenir à l&apos;étape précédente</translation>
    </message>
</context>
<context>
    <name>RejectionFlowSteps</name>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="64"/>
        <source>Reminder set for %1.</source>
        <translation>Rappel prévu le %1.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="64"/>
        <source>Reminders set for %1.</source>
        <translation>Rappels prévus les %1.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="137"/>
        <source>rejected on %1</source>
        <translation>refus le %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="155"/>
        <source>All steps looked at</source>
        <translation>Toutes les étapes parcourues</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="155"/>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="168"/>
        <source>Check in with your feelings</source>
        <translation>Accueillir vos émotions</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="169"/>
        <source>Disappointed, frustrated, flat? That is a normal response to a setback, not a verdict on you. Give yourself permission to feel it without judging yourself: a rejection is an event, not an identity.</source>
        <translation>De la déception, de la frustration, un coup de mou&#xa0;? C&apos;est une réaction normale face à un revers, pas un verdict sur vous. Autorisez-vous à le ressentir sans vous juger&#xa0;: un refus est un événement, pas une identité.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="171"/>
        <source>Written in your journal. Come back to it whenever you like.</source>
        <translation>C&apos;est écrit dans votre journal. Revenez-y quand vous voulez.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="172"/>
        <source>Write about it</source>
        <translation>En parler par écrit</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="179"/>
        <source>Opens a journal entry with the “After a rejection” prompts. Nothing is saved until you save it.</source>
        <translation>Ouvre une entrée de journal avec les questions «&#xa0;Après un refus&#xa0;». Rien n&apos;est enregistré tant que vous n&apos;enregistrez pas.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="192"/>
        <source>Ask for feedback</source>
        <translation>Demander un retour</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="193"/>
        <source>Kindly asking what stood out, and where you could have been stronger, turns a no into something you can use. Make clear you want honest, constructive feedback, even if it stings a little.</source>
        <translation>Demander avec bienveillance ce qui a retenu leur attention, et où vous auriez pu faire mieux, transforme un non en quelque chose d&apos;utile. Précisez que vous souhaitez un retour honnête et constructif, même s&apos;il pique un peu.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="195"/>
        <source>Feedback request done. When an answer comes, log it as feedback: it feeds your skills plan.</source>
        <translation>Demande de retour faite. Quand une réponse arrive, notez-la comme retour&#xa0;: elle alimente votre plan de compétences.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="196"/>
        <source>Done, remind me to follow up</source>
        <translation>C&apos;est fait, me rappeler de relancer</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="196"/>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="281"/>
        <source>Done</source>
        <translation>C&apos;est fait</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="207"/>
        <source>Your message (edit it freely)</source>
        <translation>Votre message (modifiez-le librement)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="221"/>
        <source>Remind me to follow up if nothing comes back</source>
        <translation>Me rappeler de relancer sans réponse</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="233"/>
        <source>Make your case (optional)</source>
        <translation>Plaider votre cause (facultatif)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="234"/>
        <source>Sometimes a no can still become a yes. If you believe you are the right fit, note real, tangible reasons they should reconsider: a skill that gives you an edge, a result you can show. Keep it calm, never desperate. Skipping this is completely fine.</source>
        <translation>Parfois, un non peut encore devenir un oui. Si vous pensez correspondre au poste, notez des raisons réelles et concrètes de reconsidérer votre candidature&#xa0;: une compétence qui vous distingue, un résultat que vous pouvez montrer. Gardez un ton calme, jamais désespéré. Passer cette étape est tout à fait normal.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="236"/>
        <source>Your case is saved for a calm reply:
%1</source>
        <translation>Vos arguments sont enregistrés pour une réponse posée&#xa0;:
%1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="236"/>
        <source>Your case is saved.</source>
        <translation>Vos arguments sont enregistrés.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="237"/>
        <source>Save my case</source>
        <translation>Enregistrer mes arguments</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="249"/>
        <source>- I shipped the same kind of project at my last job
- I can start sooner than most</source>
        <translation>- J&apos;ai livré le même type de projet dans mon dernier poste
- Je peux commencer plus tôt que la plupart</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="255"/>
        <source>Reasons they should reconsider</source>
        <translation>Raisons de reconsidérer votre candidature</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="265"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="266"/>
        <source>Copy your case</source>
        <translation>Copier vos arguments</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="277"/>
        <source>Don&apos;t burn bridges</source>
        <translation>Ne pas couper les ponts</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="278"/>
        <source>Leave a good last impression: thank them, stay in touch, and look at the company again later. The other candidate may not work out, and paths cross again more often than you think.</source>
        <translation>Laissez une bonne dernière impression&#xa0;: remerciez-les, gardez le contact et revenez vers l&apos;entreprise plus tard. L&apos;autre candidat ne fera peut-être pas l&apos;affaire, et les chemins se recroisent plus souvent qu&apos;on ne le pense.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="280"/>
        <source>Thank-you done.</source>
        <translation>Remerciements faits.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="281"/>
        <source>Done, set the reminders</source>
        <translation>C&apos;est fait, créer les rappels</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="291"/>
        <source>A thank-you message</source>
        <translation>Un message de remerciement</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="305"/>
        <source>Keep in touch with %1</source>
        <translation>Garder le contact avec %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="314"/>
        <source>Look at %1 again: time to re-apply?</source>
        <translation>Revoir %1 plus tard&#xa0;: le moment de postuler à nouveau&#xa0;?</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="326"/>
        <source>Name what went well</source>
        <translation>Nommer ce qui s&apos;est bien passé</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="327"/>
        <source>Landing the interview, a good answer, reaching the final round: each is worth acknowledging. Name one thing, and it is kept with your small wins.</source>
        <translation>Décrocher l&apos;entretien, une bonne réponse, atteindre le dernier tour&#xa0;: tout cela mérite d&apos;être reconnu. Nommez une chose, elle rejoindra vos petites victoires.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="329"/>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="440"/>
        <source>Saved as a small win: %1</source>
        <translation>Enregistré comme petite victoire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="329"/>
        <source>Saved as a small win.</source>
        <translation>Enregistré comme petite victoire.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="330"/>
        <source>Save as a win</source>
        <translation>Enregistrer comme victoire</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="341"/>
        <source>One thing that went well</source>
        <translation>Une chose qui s&apos;est bien passée</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="344"/>
        <source>What went well</source>
        <translation>Ce qui s&apos;est bien passé</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="356"/>
        <source>I landed the interview</source>
        <translation>J&apos;ai décroché l&apos;entretien</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="356"/>
        <source>I made it to the final round</source>
        <translation>J&apos;ai atteint le dernier tour</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="356"/>
        <source>I answered the hard question calmly</source>
        <translation>J&apos;ai répondu calmement à la question difficile</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="356"/>
        <source>I prepared well</source>
        <translation>J&apos;ai bien préparé l&apos;entretien</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="364"/>
        <source>Use: %1</source>
        <translation>Utiliser&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="380"/>
        <source>You did the hard part</source>
        <translation>Vous avez fait le plus dur</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="391"/>
        <source>Every interview is practice, and each one brings you a step closer to the right fit. Be kind to yourself today.</source>
        <translation>Chaque entretien est un entraînement, et chacun vous rapproche du bon poste. Ménagez-vous aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="418"/>
        <source>Reminder set for %1: %2</source>
        <translation>Rappel prévu le %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="450"/>
        <source>Reminders are saved with this application. Notifications for them arrive in a later version.</source>
        <translation>Les rappels sont enregistrés avec cette candidature. Leurs notifications arriveront dans une prochaine version.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="473"/>
        <source>%1 rejections in the last %2 days</source>
        <translation>%1 refus ces %2 derniers jours</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="482"/>
        <source>That is a lot to carry. It may be a good moment to step back and review your goals: are you targeting the right roles, and is there a skill or certification to build first?</source>
        <translation>C&apos;est beaucoup à porter. C&apos;est peut-être le bon moment pour prendre du recul et revoir vos objectifs&#xa0;: visez-vous les bons postes, et y a-t-il une compétence ou une certification à acquérir d&apos;abord&#xa0;?</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="494"/>
        <source>Review on</source>
        <translation>Revue le</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="501"/>
        <source>Plan a goal review</source>
        <translation>Planifier une revue des objectifs</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="509"/>
        <source>Reminder set for %1: review your goals. Goals are coming in a later version; the reminder is saved now.</source>
        <translation>Rappel prévu le %1&#xa0;: revoir vos objectifs. Les objectifs arrivent dans une prochaine version&#xa0;; le rappel est déjà enregistré.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="525"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="526"/>
        <source>Finish the rejection flow</source>
        <translation>Terminer le parcours après refus</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="532"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="533"/>
        <source>Back to the last step</source>
        <translation>Revenir à la dernière étape</translation>
    </message>
</context>
<context>
    <name>RememberOption</name>
    <message>
        <location filename="../qml/vault/RememberOption.qml" line="19"/>
        <source>Remember on this device</source>
        <translation>Se souvenir sur cet appareil</translation>
    </message>
    <message>
        <location filename="../qml/vault/RememberOption.qml" line="29"/>
        <source>Keeps the key in your system keyring so Rebound opens without typing. Your passphrase still works.</source>
        <translation>Garde la clé dans le trousseau de votre système pour que Rebound s&apos;ouvre sans saisie. Votre phrase secrète reste valable.</translation>
    </message>
</context>
<context>
    <name>ReminderEngine</name>
    <message>
        <location filename="../backend/services/ReminderEngine.cpp" line="66"/>
        <source>Keep in touch with %1</source>
        <translation>Garder le contact avec %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/services/ReminderEngine.cpp" line="68"/>
        <source>Last in touch on %1 · every %n days</source>
        <translation>
            <numerusform>Dernier contact le %1 · tous les %n jour</numerusform>
            <numerusform>Dernier contact le %1 · tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/services/ReminderEngine.cpp" line="69"/>
        <source>No contact logged since you added them · every %n days</source>
        <translation>
            <numerusform>Aucun échange consigné depuis l’ajout du contact · tous les %n jour</numerusform>
            <numerusform>Aucun échange consigné depuis l’ajout du contact · tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderEngine.cpp" line="99"/>
        <source>Time to review: %1</source>
        <translation>C’est l’heure de la revue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderEngine.cpp" line="100"/>
        <source>Last reviewed on %1</source>
        <translation>Dernière revue le %1</translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderEngine.cpp" line="101"/>
        <source>Not reviewed yet</source>
        <translation>Pas encore passée en revue</translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderEngine.cpp" line="115"/>
        <source>Skills plan: %1</source>
        <translation>Plan de compétences&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderEngine.cpp" line="130"/>
        <source>How are you today?</source>
        <translation>Comment allez-vous aujourd’hui&#xa0;?</translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderEngine.cpp" line="131"/>
        <source>A one-minute check-in: mood, effort and a small win.</source>
        <translation>Un point du jour d’une minute&#xa0;: humeur, effort et une petite victoire.</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <location filename="../backend/services/ReminderNotifier.cpp" line="51"/>
        <source>Rebound: 1 reminder is due</source>
        <translation>Rebound&#xa0;: 1 rappel à traiter</translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderNotifier.cpp" line="51"/>
        <source>Rebound: %1 reminders are due</source>
        <translation>Rebound&#xa0;: %1 rappels à traiter</translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderNotifier.cpp" line="52"/>
        <source>Open Rebound to see them.</source>
        <translation>Ouvrez Rebound pour les voir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/services/ReminderNotifier.cpp" line="61"/>
        <source>%n reminders are due</source>
        <translation>
            <numerusform>%n rappel à traiter</numerusform>
            <numerusform>%n rappels à traiter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderNotifier.cpp" line="69"/>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <location filename="../qml/reminders/ReminderRow.qml" line="26"/>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <location filename="../qml/reminders/ReminderRow.qml" line="83"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../qml/reminders/ReminderRow.qml" line="85"/>
        <source>Done: %1</source>
        <translation>Fait&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/reminders/ReminderRow.qml" line="93"/>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../qml/reminders/ReminderRow.qml" line="95"/>
        <source>Snooze: %1</source>
        <translation>Reporter&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/reminders/ReminderRow.qml" line="111"/>
        <source>Until tomorrow</source>
        <translation>À demain</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/reminders/ReminderRow.qml" line="111"/>
        <source>For %n days</source>
        <translation>
            <numerusform>Pendant %n jour</numerusform>
            <numerusform>Pendant %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/reminders/ReminderRow.qml" line="119"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../qml/reminders/ReminderRow.qml" line="121"/>
        <source>Open: %1</source>
        <translation>Ouvrir&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="147"/>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="148"/>
        <source>Feedback follow-up</source>
        <translation>Relance pour un retour</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="149"/>
        <source>Keep in touch after a rejection</source>
        <translation>Garder le contact après un refus</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="150"/>
        <source>Re-apply window</source>
        <translation>Moment pour repostuler</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="151"/>
        <source>Interview prep</source>
        <translation>Préparation d’entretien</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="152"/>
        <source>Daily check-in</source>
        <translation>Point du jour</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="153"/>
        <source>Goal review</source>
        <translation>Revue d’objectifs</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="154"/>
        <source>Skills action</source>
        <translation>Action de compétence</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReminderRepository.cpp" line="23"/>
        <source>Unknown kind of reminder: %1.</source>
        <translation>Type de rappel inconnu&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReminderRepository.cpp" line="25"/>
        <source>Pick a day for the reminder.</source>
        <translation>Choisissez un jour pour le rappel.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReminderRepository.cpp" line="27"/>
        <source>Pick a day within the next ten years.</source>
        <translation>Choisissez un jour dans les dix prochaines années.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReminderRepository.cpp" line="30"/>
        <source>Say what to be reminded of.</source>
        <translation>Dites de quoi vous souhaitez qu’on vous rappelle.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReminderRepository.cpp" line="48"/>
        <location filename="../backend/storage/ReminderRepository.cpp" line="60"/>
        <location filename="../backend/storage/ReminderRepository.cpp" line="72"/>
        <source>That reminder no longer exists.</source>
        <translation>Ce rappel n’existe plus.</translation>
    </message>
</context>
<context>
    <name>RemindersController</name>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="32"/>
        <source>Today at %1</source>
        <translation>Aujourd’hui à %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="34"/>
        <source>Tomorrow at %1</source>
        <translation>Demain à %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="36"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/RemindersController.cpp" line="38"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>Il y a %n jour</numerusform>
            <numerusform>Il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="39"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="170"/>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="216"/>
        <location filename="../backend/ui/RemindersController.cpp" line="242"/>
        <source>That reminder is no longer due.</source>
        <translation>Ce rappel n’est plus à traiter.</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="237"/>
        <source>Snooze for 1 to %1 days.</source>
        <translation>Reportez de 1 à %1 jours.</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="260"/>
        <source>Give a time as hours and minutes, like 09:00.</source>
        <translation>Indiquez une heure en heures et minutes, comme 09:00.</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="281"/>
        <source>Notifications are on: reminders appear at their time while Rebound is open.</source>
        <translation>Les notifications sont activées&#xa0;: les rappels apparaissent à leur heure tant que Rebound est ouvert.</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="296"/>
        <source>Reminders while Rebound is closed could not be changed.</source>
        <translation>Impossible de modifier les rappels quand Rebound est fermé.</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="318"/>
        <source>That template no longer exists.</source>
        <translation>Ce modèle n’existe plus.</translation>
    </message>
</context>
<context>
    <name>RemindersSection</name>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="16"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="40"/>
        <source>Time of day</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="42"/>
        <source>Keep-in-touch, follow-up and review reminders fire at %1 on their day.</source>
        <translation>Les rappels pour garder le contact, relancer et faire une revue se déclenchent à %1 le jour prévu.</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="47"/>
        <source>Reminder time</source>
        <translation>Heure des rappels</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="56"/>
        <source>Names in notifications</source>
        <translation>Noms dans les notifications</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="57"/>
        <source>Notifications say who or what, e.g. “Keep in touch with Maya”. They can show on a lock screen.</source>
        <translation>Les notifications disent qui ou quoi, p. ex. «&#xa0;Garder le contact avec Maya&#xa0;». Elles peuvent s&apos;afficher sur l&apos;écran de verrouillage.</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="57"/>
        <source>Notifications only say how many reminders are due, so nothing private shows on a lock screen.</source>
        <translation>Les notifications indiquent seulement combien de rappels sont dus&#xa0;: rien de privé ne s&apos;affiche sur l&apos;écran de verrouillage.</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="61"/>
        <source>Show names in notifications</source>
        <translation>Afficher les noms dans les notifications</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="69"/>
        <source>While Rebound is closed</source>
        <translation>Quand Rebound est fermé</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="70"/>
        <source>A small timer checks every 15 minutes. It needs “Remember on this device” to read your reminders.</source>
        <translation>Un petit minuteur vérifie toutes les 15 minutes. Il a besoin de «&#xa0;Se souvenir sur cet appareil&#xa0;» pour lire vos rappels.</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="74"/>
        <source>Reminders while Rebound is closed</source>
        <translation>Rappels quand Rebound est fermé</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="109"/>
        <source>Keep in touch, by tag</source>
        <translation>Garder le contact, par étiquette</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="118"/>
        <source>How often to reach out to people with this tag, in days (0 = never). A contact can have its own.</source>
        <translation>À quelle fréquence contacter les personnes portant cette étiquette, en jours (0 = jamais). Un contact peut avoir sa propre fréquence.</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="154"/>
        <source>Days between contacts for %1</source>
        <translation>Jours entre deux contacts pour %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="176"/>
        <source>Messages for reaching out</source>
        <translation>Messages de prise de contact</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="184"/>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="186"/>
        <source>New outreach message</source>
        <translation>Nouveau message de prise de contact</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="192"/>
        <source>Placeholders: {first_name}, {name} and {company} are filled in for each contact.</source>
        <translation>Variables&#xa0;: {first_name}, {name} et {company} sont remplacés pour chaque contact.</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="230"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="235"/>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="238"/>
        <source>Message deleted.</source>
        <translation>Message supprimé.</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="238"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../qml/vault/RestoreBackupDialog.qml" line="32"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../qml/vault/RestoreBackupDialog.qml" line="47"/>
        <source>Rebound checks the whole file, then makes your vault from it. The backup&apos;s passphrase becomes the vault&apos;s; you can change it in Settings.</source>
        <translation>Rebound vérifie tout le fichier, puis crée votre coffre à partir de celui-ci. La phrase secrète de la sauvegarde devient celle du coffre&#xa0;; vous pourrez la changer dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../qml/vault/RestoreBackupDialog.qml" line="57"/>
        <source>Backup passphrase</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../qml/vault/RestoreBackupDialog.qml" line="72"/>
        <source>Restoring your vault</source>
        <translation>Restauration de votre coffre</translation>
    </message>
    <message>
        <location filename="../qml/vault/RestoreBackupDialog.qml" line="85"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/vault/RestoreBackupDialog.qml" line="95"/>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <location filename="../qml/vault/RestoreBackupDialog.qml" line="95"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../qml/vault/RestoreBackupDialog.qml" line="96"/>
        <source>Restore the vault from this backup</source>
        <translation>Restaurer le coffre à partir de cette sauvegarde</translation>
    </message>
</context>
<context>
    <name>ReviewContextPane</name>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="58"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="100"/>
        <source>Answers that changed</source>
        <translation>Réponses qui ont changé</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="105"/>
        <source>Every answer is the same as last time.</source>
        <translation>Toutes les réponses sont les mêmes que la dernière fois.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="105"/>
        <source>This is your first review of this checklist: next time you&apos;ll see what changed.</source>
        <translation>C&apos;est votre première revue de cette liste&#xa0;: la prochaine fois, vous verrez ce qui a changé.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="129"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="134"/>
        <source>was %1, now %2</source>
        <translation>avant %1, maintenant %2</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="145"/>
        <source>Applications since</source>
        <translation>Candidatures depuis la dernière revue</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="145"/>
        <source>Pipeline</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="155"/>
        <source>applied</source>
        <translation>envoyées</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="161"/>
        <source>interviews</source>
        <translation>entretiens</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="167"/>
        <source>open now</source>
        <translation>en cours</translation>
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
        <translation>1 offre</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="172"/>
        <source>%1 offers</source>
        <translation>%1 offres</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="172"/>
        <source>1 rejection</source>
        <translation>1 refus</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="172"/>
        <source>%1 rejections</source>
        <translation>%1 refus</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="181"/>
        <source>Effort against your targets</source>
        <translation>Effort par rapport à vos objectifs</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="186"/>
        <source>No weekly effort targets yet. A small, steady target (say 5 applications a week) is easier to keep than a big one.</source>
        <translation>Pas encore d&apos;objectif d&apos;effort hebdomadaire. Un petit objectif régulier (par exemple 5 candidatures par semaine) est plus facile à tenir qu&apos;un grand.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="238"/>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="277"/>
        <source>Goals that moved</source>
        <translation>Objectifs qui ont évolué</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="286"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="298"/>
        <source>Top skills gaps</source>
        <translation>Principales compétences à renforcer</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="303"/>
        <source>No skills named to work on yet. Feedback on applications and interviews fills this in.</source>
        <translation>Aucune compétence à travailler pour l&apos;instant. Les retours sur vos candidatures et entretiens viendront la remplir.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="324"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="346"/>
        <source>Recent feedback</source>
        <translation>Retours récents</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="351"/>
        <source>No feedback in this period.</source>
        <translation>Aucun retour sur cette période.</translation>
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
        <translation>Reprendre la revue</translation>
    </message>
    <message>
        <location filename="../qml/today/ReviewDueCard.qml" line="71"/>
        <source>Start the review</source>
        <translation>Commencer la revue</translation>
    </message>
    <message>
        <location filename="../qml/today/ReviewDueCard.qml" line="72"/>
        <source>Resume the review of %1</source>
        <translation>Reprendre la revue de %1</translation>
    </message>
    <message>
        <location filename="../qml/today/ReviewDueCard.qml" line="72"/>
        <source>Start a review of %1</source>
        <translation>Commencer une revue de %1</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="59"/>
        <source>new goal (%1): %2</source>
        <translation>nouvel objectif (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="61"/>
        <source>mark “%1” as %2</source>
        <translation>marquer «&#xa0;%1&#xa0;» comme %2</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="62"/>
        <source>a removed goal</source>
        <translation>un objectif supprimé</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="65"/>
        <source>skills action for %1 (%2): %3</source>
        <translation>action de compétence pour %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="67"/>
        <source>Follow-up planned: %1</source>
        <translation>Suite prévue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="67"/>
        <source>Follow-up done: %1</source>
        <translation>Suite faite&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="84"/>
        <source>Review: %1</source>
        <translation>Revue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="85"/>
        <source>Finished on %1</source>
        <translation>Terminée le %1</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="86"/>
        <source>In progress, started on %1</source>
        <translation>En cours, commencée le %1</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="87"/>
        <source>%1 of %2 questions answered</source>
        <translation>%1 questions sur %2 ont une réponse</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="90"/>
        <source>North star:</source>
        <translation>Cap&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="92"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="98"/>
        <source>(last time: %1)</source>
        <translation>(la dernière fois&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="107"/>
        <source>Since the last review (%1 to %2)</source>
        <translation>Depuis la dernière revue (du %1 au %2)</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="108"/>
        <source>The last %1 days (%2 to %3)</source>
        <translation>Les %1 derniers jours (du %2 au %3)</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="113"/>
        <source>Applications sent: %1 · interviews: %2 · offers: %3 · rejections: %4 · active now: %5</source>
        <translation>Candidatures envoyées&#xa0;: %1 · entretiens&#xa0;: %2 · offres&#xa0;: %3 · refus&#xa0;: %4 · en cours&#xa0;: %5</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="121"/>
        <source>Mood: no check-ins in this period</source>
        <translation>Humeur&#xa0;: aucun point du jour sur cette période</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="124"/>
        <source>Mood: %1 on average over %2 days</source>
        <translation>Humeur&#xa0;: %1 en moyenne sur %2 jours</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="128"/>
        <source>Mood: %1 on average over %2 days (before: %3, change %4)</source>
        <translation>Humeur&#xa0;: %1 en moyenne sur %2 jours (avant&#xa0;: %3, variation %4)</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="136"/>
        <source>%1: %2 a week against a target of %3 (met in %4 of %5 weeks)</source>
        <translation>%1&#xa0;: %2 par semaine pour une cible de %3 (atteinte %4 semaines sur %5)</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="144"/>
        <source>Answers that changed:</source>
        <translation>Réponses qui ont changé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="150"/>
        <source>Goals added or changed:</source>
        <translation>Objectifs ajoutés ou modifiés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="156"/>
        <source>Top skills to work on:</source>
        <translation>Compétences prioritaires à travailler&#xa0;:</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="160"/>
        <source>named once</source>
        <translation>citée une fois</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="160"/>
        <source>named %1 times</source>
        <translation>citée %1 fois</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="165"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="175"/>
        <source>Goals now</source>
        <translation>Objectifs actuels</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="176"/>
        <source>Exported from Rebound.</source>
        <translation>Exporté depuis Rebound.</translation>
    </message>
</context>
<context>
    <name>ReviewFollowUpEditor</name>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="22"/>
        <source>None: a goal of its own</source>
        <translation>Aucun&#xa0;: un objectif à part entière</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="51"/>
        <source>Name the goal.</source>
        <translation>Donnez un nom à l&apos;objectif.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="59"/>
        <source>There is no open goal to change.</source>
        <translation>Aucun objectif ouvert à modifier.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="66"/>
        <source>Name the action and the skill it builds.</source>
        <translation>Nommez l&apos;action et la compétence qu&apos;elle développe.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="78"/>
        <source>Follow-up</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="89"/>
        <source>When you finish the review, this becomes…</source>
        <translation>À la fin de la revue, ceci devient…</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="98"/>
        <source>Kind of follow-up</source>
        <translation>Type de suite</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="112"/>
        <source>The goal, e.g. Try product analytics roles</source>
        <translation>L&apos;objectif, p. ex. Tenter des postes en analyse produit</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="112"/>
        <source>The action, e.g. Two mock interviews with Sam</source>
        <translation>L&apos;action, p. ex. Deux entretiens d&apos;entraînement avec Sam</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="115"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="115"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="120"/>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="128"/>
        <source>Kind of goal</source>
        <translation>Type d&apos;objectif</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="135"/>
        <source>An alternative path to (optional)</source>
        <translation>Piste alternative à (facultatif)</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="144"/>
        <source>An alternative path to</source>
        <translation>Piste alternative à</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="149"/>
        <source>Which goal</source>
        <translation>Quel objectif</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="149"/>
        <source>You have no open goals yet: add one on the Goals page, or plan a new goal here.</source>
        <translation>Vous n&apos;avez pas encore d&apos;objectif ouvert&#xa0;: ajoutez-en un sur la page Objectifs, ou prévoyez un nouvel objectif ici.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="158"/>
        <source>Goal to change</source>
        <translation>Objectif à modifier</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="163"/>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="171"/>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="178"/>
        <source>Skill it builds</source>
        <translation>Compétence développée</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="188"/>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="195"/>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="203"/>
        <source>Kind of action</source>
        <translation>Type d&apos;action</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="226"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="227"/>
        <source>Remove the follow-up</source>
        <translation>Retirer la suite à donner</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="238"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="245"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="246"/>
        <source>Save the follow-up</source>
        <translation>Enregistrer la suite à donner</translation>
    </message>
</context>
<context>
    <name>ReviewProgress</name>
    <message>
        <location filename="../qml/reviews/ReviewProgress.qml" line="12"/>
        <source>%1 of %2 answered</source>
        <translation>%1 sur %2 répondues</translation>
    </message>
</context>
<context>
    <name>ReviewQuestion</name>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="76"/>
        <source>Question %1 of %2: %3</source>
        <translation>Question %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="133"/>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="143"/>
        <source>Changed: last time you said %1</source>
        <translation>Modifiée&#xa0;: la dernière fois, vous aviez répondu %1</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="143"/>
        <source>Last time: %1</source>
        <translation>La dernière fois&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="156"/>
        <source>A note for yourself (optional)</source>
        <translation>Une note pour vous (facultatif)</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="160"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="190"/>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="191"/>
        <source>Change the follow-up</source>
        <translation>Modifier la suite à donner</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="199"/>
        <source>+ Plan a follow-up</source>
        <translation>+ Prévoir une suite</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="200"/>
        <source>Plan a follow-up: a goal change or a skills action</source>
        <translation>Prévoir une suite&#xa0;: un changement d&apos;objectif ou une action de compétence</translation>
    </message>
</context>
<context>
    <name>ReviewResult</name>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="26"/>
        <source>Finished review: %1</source>
        <translation>Revue terminée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="44"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="62"/>
        <source>Skipped</source>
        <translation>Passée</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="73"/>
        <source>Changed: last time %1</source>
        <translation>Modifiée&#xa0;: la dernière fois %1</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="142"/>
        <source>All reviews</source>
        <translation>Toutes les revues</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="173"/>
        <source>Delete this review</source>
        <translation>Supprimer cette revue</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="184"/>
        <source>Export as Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="186"/>
        <source>Writes a file to share with a coach or mentor. The file is not encrypted.</source>
        <translation>Crée un fichier à partager avec un coach ou un mentor. Le fichier n&apos;est pas chiffré.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="191"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="192"/>
        <source>Copy as Markdown</source>
        <translation>Copier en Markdown</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="213"/>
        <source>What changed since the last review</source>
        <translation>Ce qui a changé depuis la dernière revue</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="239"/>
        <source>Your answers</source>
        <translation>Vos réponses</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="261"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
</context>
<context>
    <name>ReviewStepper</name>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="56"/>
        <source>Review: %1</source>
        <translation>Revue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="75"/>
        <source>All reviews</source>
        <translation>Toutes les revues</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="112"/>
        <source>Before you start · %1 questions</source>
        <translation>Avant de commencer · %1 questions</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="112"/>
        <source>Question %1 of %2 · %3 answered</source>
        <translation>Question %1 sur %2 · %3 répondues</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="112"/>
        <source>Sum up and finish · %1 of %2 answered</source>
        <translation>Conclure et terminer · %1 sur %2 répondues</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="148"/>
        <source>Where you stand</source>
        <translation>Où vous en êtes</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="184"/>
        <location filename="../qml/reviews/ReviewStepper.qml" line="300"/>
        <source>Sum up</source>
        <translation>Conclure</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="194"/>
        <source>Every question has an answer. Well done for taking the time.</source>
        <translation>Chaque question a une réponse. Merci d&apos;avoir pris ce temps.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="194"/>
        <source>%1 of %2 questions have an answer. You can finish now or go back to the others.</source>
        <translation>%1 questions sur %2 ont une réponse. Vous pouvez terminer maintenant ou revenir aux autres.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="233"/>
        <source>Anything else? A few lines for your future self (optional)</source>
        <translation>Autre chose&#xa0;? Quelques lignes pour vous-même plus tard (facultatif)</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="237"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="248"/>
        <source>Finish the review</source>
        <translation>Terminer la revue</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="250"/>
        <source>Applies the planned follow-ups; the review can then be read and exported but not changed.</source>
        <translation>Applique les suites prévues&#xa0;; la revue pourra ensuite être lue et exportée, mais plus modifiée.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="288"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="289"/>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="300"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="300"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="301"/>
        <source>Start with the first question</source>
        <translation>Commencer par la première question</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="301"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="42"/>
        <source>Review: %1</source>
        <translation>Revue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="73"/>
        <source>All reviews</source>
        <translation>Toutes les revues</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="107"/>
        <source>Take each question in turn: yes, no or unsure is enough. Add a note where it helps, and plan a follow-up where something should change.</source>
        <translation>Prenez chaque question à son tour&#xa0;: oui, non ou je ne sais pas, cela suffit. Ajoutez une note quand c&apos;est utile, et prévoyez une suite quand quelque chose doit changer.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="155"/>
        <source>Anything else?</source>
        <translation>Autre chose&#xa0;?</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="163"/>
        <source>A few lines for your future self, or for a coach: what you take from this review.</source>
        <translation>Quelques lignes pour vous-même plus tard, ou pour un coach&#xa0;: ce que vous retenez de cette revue.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="174"/>
        <source>Summary (optional)</source>
        <translation>Synthèse (facultatif)</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="178"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="223"/>
        <source>Finish the review</source>
        <translation>Terminer la revue</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="223"/>
        <source>Finish now</source>
        <translation>Terminer maintenant</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="225"/>
        <source>Applies the planned follow-ups; the review can then be read and exported but not changed.</source>
        <translation>Applique les suites prévues&#xa0;; la revue pourra ensuite être lue et exportée, mais plus modifiée.</translation>
    </message>
</context>
<context>
    <name>ReviewsView</name>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="66"/>
        <source>Review deleted</source>
        <translation>Revue supprimée</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="66"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="180"/>
        <source>A good moment to step back</source>
        <translation>Un bon moment pour prendre du recul</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="198"/>
        <source>Resume your review</source>
        <translation>Reprendre votre revue</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="198"/>
        <location filename="../qml/reviews/ReviewsView.qml" line="288"/>
        <source>Start a review</source>
        <translation>Commencer une revue</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="210"/>
        <source>Checklists</source>
        <translation>Listes de contrôle</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="215"/>
        <source>New checklist</source>
        <translation>Nouvelle liste de contrôle</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="223"/>
        <source>A review walks one checklist, question by question. Edit the questions so they are yours; keep several for different moments.</source>
        <translation>Une revue parcourt une liste de contrôle, question par question. Modifiez les questions pour qu&apos;elles vous ressemblent&#xa0;; gardez-en plusieurs pour différents moments.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="265"/>
        <location filename="../qml/reviews/ReviewsView.qml" line="369"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="265"/>
        <source>Due</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="275"/>
        <source>1 question</source>
        <translation>1 question</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="275"/>
        <source>%1 questions</source>
        <translation>%1 questions</translation>
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
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="289"/>
        <source>Resume the review of %1</source>
        <translation>Reprendre la revue de %1</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="289"/>
        <source>Start a review of %1</source>
        <translation>Commencer une revue de %1</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="300"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="301"/>
        <source>Edit the checklist %1</source>
        <translation>Modifier la liste de contrôle %1</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="309"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="315"/>
        <source>Finished reviews are kept here, each with what changed since the one before.</source>
        <translation>Les revues terminées sont conservées ici, chacune avec ce qui a changé depuis la précédente.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="332"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="360"/>
        <source>%1 of %2 answered</source>
        <translation>%1 sur %2 répondues</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="360"/>
        <source>1 answer changed</source>
        <translation>1 réponse modifiée</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="360"/>
        <source>%1 answers changed</source>
        <translation>%1 réponses modifiées</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="378"/>
        <source>Delete the review of %1, %2</source>
        <translation>Supprimer la revue de %1, %2</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="432"/>
        <source>Copied as Markdown. It stays on the clipboard, outside the vault, until you copy something else.</source>
        <translation>Copiée en Markdown. Elle reste dans le presse-papiers, hors du coffre, jusqu&apos;à ce que vous copiiez autre chose.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="448"/>
        <source>Export the review as Markdown</source>
        <translation>Exporter la revue en Markdown</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="451"/>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="454"/>
        <source>Review exported (the file is not encrypted)</source>
        <translation>Revue exportée (le fichier n&apos;est pas chiffré)</translation>
    </message>
</context>
<context>
    <name>SearchFilters</name>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="19"/>
        <source>Any time</source>
        <translation>N&apos;importe quand</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="22"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="25"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="28"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="60"/>
        <source>Search filters</source>
        <translation>Filtres de recherche</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="80"/>
        <source>Feeling</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="110"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="140"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="169"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
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
        <translation>Ouvre l&apos;entrée</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="50"/>
        <location filename="../qml/journal/SearchView.qml" line="226"/>
        <source>Search your journal</source>
        <translation>Rechercher dans votre journal</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="57"/>
        <source>Search text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="92"/>
        <source>Clear search text</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="105"/>
        <source>Hide filters</source>
        <translation>Masquer les filtres</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="105"/>
        <source>Filters, %1 on</source>
        <translation>Filtres actifs&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="105"/>
        <source>Show filters</source>
        <translation>Afficher les filtres</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="171"/>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="171"/>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="226"/>
        <source>No entries match</source>
        <translation>Aucune entrée ne correspond</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="227"/>
        <source>Try fewer words, or clear a filter.</source>
        <translation>Essayez avec moins de mots, ou effacez un filtre.</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="227"/>
        <source>Try fewer or shorter words: &quot;feed&quot; also finds &quot;feedback&quot;.</source>
        <translation>Essayez des mots moins nombreux ou plus courts&#xa0;: «&#xa0;candid&#xa0;» trouve aussi «&#xa0;candidature&#xa0;».</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="227"/>
        <source>Find entries by words, tags, mood, feeling or date. Words match as you type.</source>
        <translation>Retrouvez des entrées par mots, étiquettes, humeur, émotion ou date. Les mots sont cherchés pendant la saisie.</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="17"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="19"/>
        <source>After 1 minute</source>
        <translation>Après 1 minute</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="21"/>
        <source>After 1 hour</source>
        <translation>Après 1 heure</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="23"/>
        <source>After %1 hours</source>
        <translation>Après %1 heures</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="24"/>
        <source>After %1 minutes</source>
        <translation>Après %1 minutes</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="27"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="32"/>
        <source>Lock automatically</source>
        <translation>Verrouiller automatiquement</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="34"/>
        <source>When Rebound has not been used for a while.</source>
        <translation>Quand Rebound n&apos;a pas été utilisé depuis un moment.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="49"/>
        <source>Lock automatically: %1</source>
        <translation>Verrouiller automatiquement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="56"/>
        <location filename="../qml/settings/SecuritySection.qml" line="62"/>
        <source>Remember on this device</source>
        <translation>Se souvenir sur cet appareil</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="57"/>
        <source>Keeps the key in your system keyring so Rebound opens without typing. Your passphrase still works.</source>
        <translation>Garde la clé dans le trousseau de votre système pour que Rebound s&apos;ouvre sans saisie. Votre phrase secrète reste valable.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="69"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="70"/>
        <source>Choose a new passphrase. You will need the current one.</source>
        <translation>Choisissez une nouvelle phrase secrète. Vous aurez besoin de l&apos;actuelle.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="73"/>
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="74"/>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="81"/>
        <location filename="../qml/settings/SecuritySection.qml" line="86"/>
        <source>Lock now</source>
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="82"/>
        <source>Closes the vault until you enter your passphrase again.</source>
        <translation>Ferme le coffre jusqu&apos;à ce que vous saisissiez à nouveau votre phrase secrète.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="85"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="52"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="57"/>
        <location filename="../qml/pages/SettingsPage.qml" line="62"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="59"/>
        <source>System follows your device&apos;s light or dark setting.</source>
        <translation>Système suit le réglage clair ou sombre de votre appareil.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="66"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="69"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="72"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="80"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="82"/>
        <source>Texts, dates and numbers. System follows your device&apos;s language.</source>
        <translation>Textes, dates et nombres. «&#xa0;Système&#xa0;» suit la langue de votre appareil.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="92"/>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="161"/>
        <source>Passphrase changed</source>
        <translation>Phrase secrète changée</translation>
    </message>
</context>
<context>
    <name>ShellHeader</name>
    <message>
        <location filename="../qml/shell/ShellHeader.qml" line="37"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../qml/shell/ShellHeader.qml" line="61"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../qml/shell/ShellHeader.qml" line="68"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../qml/shell/Sidebar.qml" line="22"/>
        <source>Main navigation</source>
        <translation>Navigation principale</translation>
    </message>
    <message>
        <location filename="../qml/shell/Sidebar.qml" line="48"/>
        <source>Rebound</source>
        <translation>Rebound</translation>
    </message>
    <message>
        <location filename="../qml/shell/Sidebar.qml" line="93"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../qml/shell/Sidebar.qml" line="97"/>
        <source>Locks the vault; your passphrase is needed to open it again.</source>
        <translation>Verrouille le coffre&#xa0;; votre phrase secrète sera nécessaire pour le rouvrir.</translation>
    </message>
</context>
<context>
    <name>SkillChip</name>
    <message>
        <location filename="../qml/jobs/SkillChip.qml" line="20"/>
        <source>Strength: %1</source>
        <translation>Point fort&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillChip.qml" line="20"/>
        <source>To work on: %1</source>
        <translation>À travailler&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SkillSuggestions</name>
    <message>
        <location filename="../qml/jobs/SkillSuggestions.qml" line="25"/>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillSuggestions.qml" line="36"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
</context>
<context>
    <name>SkillsActionEditor</name>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="39"/>
        <source>Edit action</source>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="39"/>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="50"/>
        <source>Kind of action</source>
        <translation>Type d&apos;action</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="57"/>
        <source>What exactly? e.g. Two mock interviews with Sam</source>
        <translation>Quoi exactement&#xa0;? p. ex. Deux entretiens d&apos;entraînement avec Sam</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="60"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="69"/>
        <source>Due by</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="84"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="92"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="92"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="93"/>
        <source>Save action</source>
        <translation>Enregistrer l&apos;action</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="93"/>
        <source>Add action</source>
        <translation>Ajouter l&apos;action</translation>
    </message>
</context>
<context>
    <name>SkillsActionRow</name>
    <message>
        <location filename="../qml/jobs/SkillsActionRow.qml" line="22"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionRow.qml" line="44"/>
        <source>overdue since %1</source>
        <translation>en retard depuis le %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionRow.qml" line="44"/>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionRow.qml" line="54"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionRow.qml" line="61"/>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionRow.qml" line="68"/>
        <source>Status of %1</source>
        <translation>Statut de %1</translation>
    </message>
</context>
<context>
    <name>SkillsPlanContent</name>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="49"/>
        <source>Your skills plan grows from feedback</source>
        <translation>Votre plan de compétences se nourrit des retours</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="50"/>
        <source>When you log feedback on an application or an interview, tag what it says you&apos;re strong at and what you could build. Rebound gathers every piece here and ranks it, so you know how to pitch your strengths and what to practise next.</source>
        <translation>Quand vous notez un retour sur une candidature ou un entretien, indiquez ce qui y est cité comme point fort et ce que vous pourriez développer. Rebound rassemble tout ici et le classe, pour que vous sachiez comment mettre en avant vos points forts et quoi travailler ensuite.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="51"/>
        <source>You have one piece of feedback, but it names no skill yet.</source>
        <translation>Vous avez un retour, mais il ne cite encore aucune compétence.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="51"/>
        <source>You have %1 pieces of feedback, but none names a skill yet.</source>
        <translation>Vous avez %1 retours, mais aucun ne cite encore de compétence.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="51"/>
        <source>No feedback logged yet. A rejection is a good moment to ask for some.</source>
        <translation>Aucun retour noté pour l&apos;instant. Un refus est un bon moment pour en demander un.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="61"/>
        <source>From one piece of feedback</source>
        <translation>D&apos;après un retour</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="61"/>
        <source>From %1 pieces of feedback</source>
        <translation>D&apos;après %1 retours</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="61"/>
        <source>1 open action</source>
        <translation>1 action en cours</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="61"/>
        <source>%1 open actions</source>
        <translation>%1 actions en cours</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="61"/>
        <source>%1 overdue</source>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="70"/>
        <source>Ranked by how often and how recently feedback names each skill: a mention counts half after %1 days.</source>
        <translation>Classées selon la fréquence et la date des retours qui citent chaque compétence&#xa0;: une mention compte moitié moins après %1 jours.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="100"/>
        <source>What you&apos;re strong at</source>
        <translation>Vos points forts</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="111"/>
        <source>No strengths named yet. When feedback praises something, tag it as a strength and write your pitch for it here.</source>
        <translation>Aucun point fort cité pour l&apos;instant. Quand un retour salue quelque chose, marquez-le comme point fort et rédigez ici votre argumentaire.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="133"/>
        <source>My pitch</source>
        <translation>Mon argumentaire</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="147"/>
        <source>A short story: what you did, and the result</source>
        <translation>Une courte histoire&#xa0;: ce que vous avez fait, et le résultat</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="153"/>
        <source>My pitch for %1</source>
        <translation>Mon argumentaire pour %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="167"/>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="168"/>
        <source>Undo changes to the pitch</source>
        <translation>Annuler les modifications de l&apos;argumentaire</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="174"/>
        <source>Save pitch</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="175"/>
        <source>Save the pitch for %1</source>
        <translation>Enregistrer l&apos;argumentaire pour %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="196"/>
        <source>What to build next</source>
        <translation>À développer ensuite</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="207"/>
        <source>Nothing to build named yet. When feedback points at a gap, tag it and plan a course, a mock interview or some practice here.</source>
        <translation>Rien à développer pour l&apos;instant. Quand un retour pointe une lacune, marquez-la et prévoyez ici une formation, un entretien d&apos;entraînement ou de la pratique.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="231"/>
        <source>No actions yet. A course, a mock interview, practice, a certification or some reading: pick one small step.</source>
        <translation>Pas encore d&apos;action. Une formation, un entretien d&apos;entraînement, de la pratique, une certification ou de la lecture&#xa0;: choisissez un petit pas.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="267"/>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="268"/>
        <source>Add an action for %1</source>
        <translation>Ajouter une action pour %1</translation>
    </message>
</context>
<context>
    <name>SkillsPlanView</name>
    <message>
        <location filename="../qml/jobs/SkillsPlanView.qml" line="45"/>
        <source>Pitch saved</source>
        <translation>Argumentaire enregistré</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanView.qml" line="56"/>
        <source>Action deleted</source>
        <translation>Action supprimée</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanView.qml" line="56"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SkillsSkillCard</name>
    <message>
        <location filename="../qml/jobs/SkillsSkillCard.qml" line="22"/>
        <source>%1, number %2</source>
        <translation>%1, rang %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsSkillCard.qml" line="62"/>
        <source>Your own plan: not named in feedback yet</source>
        <translation>Ajoutée par vous&#xa0;: pas encore citée dans un retour</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsSkillCard.qml" line="62"/>
        <source>Named once</source>
        <translation>Citée une fois</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsSkillCard.qml" line="62"/>
        <source>Named %1 times</source>
        <translation>Citée %1 fois</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsSkillCard.qml" line="76"/>
        <source>Skill name</source>
        <translation>Nom de la compétence</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsSkillCard.qml" line="87"/>
        <source>Save the name</source>
        <translation>Enregistrer le nom</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsSkillCard.qml" line="87"/>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
</context>
<context>
    <name>SnoozeDayDialog</name>
    <message>
        <location filename="../qml/people/SnoozeDayDialog.qml" line="32"/>
        <source>Snooze %1</source>
        <translation>Reporter %1</translation>
    </message>
    <message>
        <location filename="../qml/people/SnoozeDayDialog.qml" line="40"/>
        <source>The reminder comes back on the day you pick.</source>
        <translation>Le rappel reviendra le jour que vous choisissez.</translation>
    </message>
    <message>
        <location filename="../qml/people/SnoozeDayDialog.qml" line="50"/>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../qml/people/SnoozeDayDialog.qml" line="68"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/people/SnoozeDayDialog.qml" line="76"/>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../qml/people/SnoozeDayDialog.qml" line="77"/>
        <source>Snooze until %1</source>
        <translation>Reporter au %1</translation>
    </message>
</context>
<context>
    <name>StageBadge</name>
    <message>
        <location filename="../qml/jobs/StageBadge.qml" line="21"/>
        <source>Stage: %1</source>
        <translation>Étape&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StageMenu</name>
    <message>
        <location filename="../qml/jobs/StageMenu.qml" line="21"/>
        <source>Move to %1</source>
        <translation>Passer à %1</translation>
    </message>
</context>
<context>
    <name>StageTimeline</name>
    <message>
        <location filename="../qml/jobs/StageTimeline.qml" line="19"/>
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <location filename="../qml/jobs/StageTimeline.qml" line="35"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../qml/jobs/StageTimeline.qml" line="93"/>
        <source>Remove the step %1</source>
        <translation>Supprimer l&apos;étape %1</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../backend/storage/AtomicFile.cpp" line="22"/>
        <source>The disk is full. Nothing was changed.</source>
        <translation>Le disque est plein. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../backend/storage/AtomicFile.cpp" line="24"/>
        <source>Could not write %1 (%2).</source>
        <translation>Impossible d’écrire %1 (%2).</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="487"/>
        <source>This vault was written by a newer version of Rebound (schema %1; this version knows up to %2). Please update the app.</source>
        <translation>Ce coffre a été écrit par une version plus récente de Rebound (schéma %1&#xa0;; cette version connaît jusqu’au %2). Veuillez mettre l’app à jour.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="500"/>
        <source>The vault is busy in another window or process; close it and try again (it needs upgrading).</source>
        <translation>Le coffre est occupé dans une autre fenêtre ou un autre processus&#xa0;; fermez-le et réessayez (il doit être mis à niveau).</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="510"/>
        <source>Could not back up the vault before upgrading it.</source>
        <translation>Impossible de sauvegarder le coffre avant sa mise à niveau.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Sqlite.cpp" line="209"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Le disque est plein. Rien n’a été enregistré&#xa0;; libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Sqlite.cpp" line="213"/>
        <source>The vault database is damaged or was not written by Rebound.</source>
        <translation>La base de données du coffre est endommagée ou n’a pas été écrite par Rebound.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Sqlite.cpp" line="218"/>
        <source>The vault could not be read or written (%1).</source>
        <translation>Le coffre n’a pas pu être lu ou écrit (%1).</translation>
    </message>
    <message>
        <location filename="../backend/storage/Sqlite.cpp" line="220"/>
        <source>The data was refused by the vault (%1).</source>
        <translation>Les données ont été refusées par le coffre (%1).</translation>
    </message>
    <message>
        <location filename="../backend/storage/Sqlite.cpp" line="222"/>
        <source>A storage error occurred (%1).</source>
        <translation>Une erreur de stockage s’est produite (%1).</translation>
    </message>
    <message>
        <location filename="../backend/storage/Sqlite.cpp" line="321"/>
        <source>The database key has the wrong size.</source>
        <translation>La clé de la base de données n’a pas la bonne taille.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Sqlite.cpp" line="362"/>
        <source>The vault could not switch to write-ahead logging.</source>
        <translation>Le coffre n’a pas pu passer en journalisation anticipée (WAL).</translation>
    </message>
    <message>
        <location filename="../backend/storage/Sqlite.cpp" line="369"/>
        <source>The vault database did not accept its security settings.</source>
        <translation>La base de données du coffre n’a pas accepté ses paramètres de sécurité.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Store.cpp" line="27"/>
        <source>The vault database has no device identity.</source>
        <translation>La base de données du coffre n’a pas d’identité d’appareil.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Store.cpp" line="109"/>
        <location filename="../backend/storage/Store.cpp" line="122"/>
        <source>That record no longer exists.</source>
        <translation>Cet enregistrement n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Store.cpp" line="142"/>
        <source>There is nothing deleted to bring back.</source>
        <translation>Il n’y a rien de supprimé à restaurer.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../qml/components/StrengthMeter.qml" line="23"/>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <location filename="../qml/components/StrengthMeter.qml" line="23"/>
        <source>Passphrase strength: %1</source>
        <translation>Robustesse de la phrase secrète&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../backend/storage/SyncRepository.cpp" line="550"/>
        <source>That earlier version is no longer kept.</source>
        <translation>Cette version antérieure n’est plus conservée.</translation>
    </message>
    <message>
        <location filename="../backend/storage/SyncRepository.cpp" line="556"/>
        <source>That earlier version belongs to something this version of Rebound cannot show.</source>
        <translation>Cette version antérieure concerne un élément que cette version de Rebound ne sait pas afficher.</translation>
    </message>
    <message>
        <location filename="../backend/storage/SyncRepository.cpp" line="567"/>
        <source>What this earlier version belongs to was deleted, so it cannot be restored.</source>
        <translation>L’élément auquel appartient cette version antérieure a été supprimé&#xa0;; elle ne peut donc pas être restaurée.</translation>
    </message>
    <message>
        <location filename="../backend/sync/Bytes.h" line="14"/>
        <source>Sync data is damaged or was altered (%1).</source>
        <translation>Les données de synchronisation sont endommagées ou ont été modifiées (%1).</translation>
    </message>
    <message>
        <location filename="../backend/sync/FolderStore.cpp" line="32"/>
        <source>The disk of the sync folder is full: %1 was not written. Free some space, then sync again.</source>
        <translation>Le disque du dossier de synchronisation est plein&#xa0;: %1 n’a pas été écrit. Libérez de l’espace, puis synchronisez à nouveau.</translation>
    </message>
    <message>
        <location filename="../backend/sync/FolderStore.cpp" line="35"/>
        <source>Could not use %1 in the sync folder (%2).</source>
        <translation>Impossible d’utiliser %1 dans le dossier de synchronisation (%2).</translation>
    </message>
    <message>
        <location filename="../backend/sync/FolderStore.cpp" line="62"/>
        <source>The folder for %1 is missing in the sync folder.</source>
        <translation>Le dossier de %1 manque dans le dossier de synchronisation.</translation>
    </message>
    <message>
        <location filename="../backend/sync/FolderStore.cpp" line="123"/>
        <source>Refused the sync path &quot;%1&quot;: it must stay inside the sync folder.</source>
        <translation>Chemin de synchronisation «&#xa0;%1&#xa0;» refusé&#xa0;: il doit rester à l’intérieur du dossier de synchronisation.</translation>
    </message>
    <message>
        <location filename="../backend/sync/FolderStore.cpp" line="144"/>
        <location filename="../backend/sync/FolderStore.cpp" line="149"/>
        <source>Could not read %1 in the sync folder (%2).</source>
        <translation>Impossible de lire %1 dans le dossier de synchronisation (%2).</translation>
    </message>
    <message>
        <location filename="../backend/sync/FolderStore.cpp" line="250"/>
        <source>Could not create the folder %1 in the sync folder.</source>
        <translation>Impossible de créer le dossier %1 dans le dossier de synchronisation.</translation>
    </message>
    <message>
        <location filename="../backend/sync/FolderStore.cpp" line="259"/>
        <source>Could not delete %1 in the sync folder.</source>
        <translation>Impossible de supprimer %1 dans le dossier de synchronisation.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="57"/>
        <location filename="../backend/sync/SyncService.cpp" line="176"/>
        <location filename="../backend/sync/SyncService.cpp" line="188"/>
        <location filename="../backend/sync/SyncService.cpp" line="197"/>
        <location filename="../backend/sync/SyncService.cpp" line="209"/>
        <location filename="../backend/ui/SyncWorker.cpp" line="90"/>
        <source>Sync is not set up on this device.</source>
        <translation>La synchronisation n’est pas configurée sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="144"/>
        <source>Sync was stopped. It picks up where it left off next time.</source>
        <translation>La synchronisation a été arrêtée. Elle reprendra là où elle s’est arrêtée la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="152"/>
        <source>The sync header changed on the server meanwhile (another device?). Sync, then try again.</source>
        <translation>L’en-tête de synchronisation a changé sur le serveur entre-temps (un autre appareil&#xa0;?). Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="174"/>
        <source>There is already a Rebound sync in this folder. Join it instead, or choose an empty folder.</source>
        <translation>Il y a déjà une synchronisation Rebound dans ce dossier. Rejoignez-la plutôt, ou choisissez un dossier vide.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="184"/>
        <source>Another device set up sync in this folder at the same moment. Join it instead.</source>
        <translation>Un autre appareil a configuré une synchronisation dans ce dossier au même moment. Rejoignez-la plutôt.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="209"/>
        <source>There is no Rebound sync in this folder yet. Set one up instead.</source>
        <translation>Il n’y a pas encore de synchronisation Rebound dans ce dossier. Configurez-en une plutôt.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="234"/>
        <source>The sync header is missing from the server. If the folder was emptied on purpose, turn sync off and set it up again.</source>
        <translation>L’en-tête de synchronisation manque sur le serveur. Si le dossier a été vidé volontairement, désactivez la synchronisation et configurez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="240"/>
        <location filename="../backend/sync/SyncEngine.cpp" line="760"/>
        <source>The sync header is missing from the server.</source>
        <translation>L’en-tête de synchronisation manque sur le serveur.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="243"/>
        <source>The folder on the server now holds a different sync. Nothing was changed here; check the server address.</source>
        <translation>Le dossier sur le serveur contient maintenant une autre synchronisation. Rien n’a été modifié ici&#xa0;; vérifiez l’adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="252"/>
        <location filename="../backend/sync/SyncEngine.cpp" line="281"/>
        <source>The sync passphrase was changed on another device. Enter the new one to keep syncing.</source>
        <translation>La phrase secrète de synchronisation a été changée sur un autre appareil. Saisissez la nouvelle pour continuer à synchroniser.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="257"/>
        <source>The server holds an older copy of the sync header than this device has seen. It was refused; check the server&apos;s backups.</source>
        <translation>Le serveur contient une copie de l’en-tête de synchronisation plus ancienne que celle déjà vue par cet appareil. Elle a été refusée&#xa0;; vérifiez les sauvegardes du serveur.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="261"/>
        <source>The sync header on the server lost a key. It was refused.</source>
        <translation>L’en-tête de synchronisation sur le serveur a perdu une clé. Il a été refusé.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="286"/>
        <source>Checking the server</source>
        <translation>Vérification du serveur</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="289"/>
        <source>The sync folder is gone from the server. If it was deleted on purpose, turn sync off and set it up again.</source>
        <translation>Le dossier de synchronisation a disparu du serveur. S’il a été supprimé volontairement, désactivez la synchronisation et configurez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="308"/>
        <source>Receiving the saved state</source>
        <translation>Réception de l’état enregistré</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="331"/>
        <source>Receiving changes</source>
        <translation>Réception des modifications</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="353"/>
        <source>another device</source>
        <translation>un autre appareil</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="356"/>
        <location filename="../backend/sync/SyncEngine.cpp" line="404"/>
        <source>Changes from %1 are dated more than 5 minutes ahead of this device&apos;s clock, so they were not applied. Check the date and time on both devices.</source>
        <translation>Les modifications de %1 sont datées de plus de 5 minutes en avance sur l’horloge de cet appareil&#xa0;; elles n’ont donc pas été appliquées. Vérifiez la date et l’heure sur les deux appareils.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="360"/>
        <source>The server shows an older state of %1 than this device has already received (a rollback). Nothing was applied.</source>
        <translation>Le serveur présente un état de %1 plus ancien que celui déjà reçu par cet appareil (un retour en arrière). Rien n’a été appliqué.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="364"/>
        <source>The history of %1 on the server does not match what this device received before. Nothing was applied.</source>
        <translation>L’historique de %1 sur le serveur ne correspond pas à ce que cet appareil a reçu auparavant. Rien n’a été appliqué.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="386"/>
        <location filename="../backend/sync/SyncEngine.cpp" line="416"/>
        <source>The latest changes from %1 do not match its head on the server. Nothing more was applied.</source>
        <translation>Les dernières modifications de %1 ne correspondent pas à sa tête sur le serveur. Rien de plus n’a été appliqué.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="393"/>
        <source>A batch of changes from %1 is missing on the server (number %2 of %3). Nothing after it was applied.</source>
        <translation>Un lot de modifications de %1 manque sur le serveur (numéro %2 sur %3). Rien après lui n’a été appliqué.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="445"/>
        <source>Another writer used this device&apos;s place on the server. Turn sync off on this device and join again.</source>
        <translation>Un autre rédacteur a utilisé la place de cet appareil sur le serveur. Désactivez la synchronisation sur cet appareil et rejoignez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="450"/>
        <source>The server said it saved the changes but did not keep them. Nothing was lost here; sync again later or check the server.</source>
        <translation>Le serveur a indiqué avoir enregistré les modifications mais ne les a pas conservées. Rien n’a été perdu ici&#xa0;; synchronisez plus tard ou vérifiez le serveur.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="456"/>
        <source>Sending changes</source>
        <translation>Envoi des modifications</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="591"/>
        <source>Another writer changed this device&apos;s head on the server. Turn sync off on this device and join again.</source>
        <translation>Un autre rédacteur a modifié la tête de cet appareil sur le serveur. Désactivez la synchronisation sur cet appareil et rejoignez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="651"/>
        <source>A saved state on the server is mixed up from different parts. It was not applied.</source>
        <translation>Un état enregistré sur le serveur mélange des parties différentes. Il n’a pas été appliqué.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="763"/>
        <source>The folder on the server now holds a different sync.</source>
        <translation>Le dossier sur le serveur contient maintenant une autre synchronisation.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="767"/>
        <source>The server holds an older copy of the sync header than this device has seen. It was refused.</source>
        <translation>Le serveur contient une copie de l’en-tête de synchronisation plus ancienne que celle déjà vue par cet appareil. Elle a été refusée.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncFormat.cpp" line="265"/>
        <source>This sync was written by a newer Rebound. Update the app on this device to keep syncing.</source>
        <translation>Cette synchronisation a été écrite par une version plus récente de Rebound. Mettez l’app à jour sur cet appareil pour continuer à synchroniser.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncFormat.cpp" line="295"/>
        <source>Sync data on the server failed its integrity check: it was altered, moved or replaced. Nothing from it was applied.</source>
        <translation>Les données de synchronisation sur le serveur ont échoué au contrôle d’intégrité&#xa0;: elles ont été modifiées, déplacées ou remplacées. Rien n’en a été appliqué.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncKeys.cpp" line="50"/>
        <source>That sync passphrase does not open this sync. If it was changed on another device, enter the new one.</source>
        <translation>Cette phrase secrète de synchronisation n’ouvre pas cette synchronisation. Si elle a été changée sur un autre appareil, saisissez la nouvelle.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncKeys.cpp" line="77"/>
        <source>Sync data uses a key this device does not have. Sync again after the other device has finished.</source>
        <translation>Les données de synchronisation utilisent une clé que cet appareil n’a pas. Synchronisez à nouveau quand l’autre appareil aura terminé.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncKeys.cpp" line="122"/>
        <source>This sync was set up by a newer Rebound. Update the app on this device to join it.</source>
        <translation>Cette synchronisation a été configurée par une version plus récente de Rebound. Mettez l’app à jour sur cet appareil pour la rejoindre.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncKeys.cpp" line="125"/>
        <source>The sync header on the server is of an older, refused format.</source>
        <translation>L’en-tête de synchronisation sur le serveur est dans un ancien format refusé.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncKeys.cpp" line="135"/>
        <source>The sync header on the server asks for a weaker key derivation than Rebound allows. It was refused.</source>
        <translation>L’en-tête de synchronisation sur le serveur demande une dérivation de clé plus faible que ce que Rebound autorise. Il a été refusé.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncService.cpp" line="143"/>
        <source>Unnamed device</source>
        <translation>Appareil sans nom</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncService.cpp" line="150"/>
        <source>Sync is already set up on this device. Turn it off first.</source>
        <translation>La synchronisation est déjà configurée sur cet appareil. Désactivez-la d’abord.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncService.cpp" line="152"/>
        <source>Enter the server address or folder.</source>
        <translation>Saisissez l’adresse du serveur ou le dossier.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncService.cpp" line="154"/>
        <location filename="../backend/ui/SyncController.cpp" line="420"/>
        <source>Enter the sync passphrase.</source>
        <translation>Saisissez la phrase secrète de synchronisation.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncService.cpp" line="158"/>
        <source>Joining the sync</source>
        <translation>Connexion à la synchronisation</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncService.cpp" line="158"/>
        <source>Setting up sync</source>
        <translation>Configuration de la synchronisation</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncService.cpp" line="169"/>
        <source>Sync is set up, but the first sync did not finish: %1</source>
        <translation>La synchronisation est configurée, mais la première synchronisation n’a pas abouti&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncService.cpp" line="199"/>
        <source>Enter the new sync passphrase.</source>
        <translation>Saisissez la nouvelle phrase secrète de synchronisation.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="78"/>
        <source>&quot;%1&quot; is not a WebDAV address: it should look like https://example.org/dav/.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse WebDAV&#xa0;: elle devrait ressembler à https://example.org/dav/.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="82"/>
        <source>%1 uses plain http: your password would travel unprotected (the synced data itself stays encrypted). Use https, or confirm that you accept this.</source>
        <translation>%1 utilise http sans chiffrement&#xa0;: votre mot de passe circulerait sans protection (les données synchronisées restent chiffrées). Utilisez https, ou confirmez que vous l’acceptez.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="190"/>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="197"/>
        <source>the answer was cut off (%1 of %2 bytes)</source>
        <translation>la réponse a été coupée (%1 octets sur %2)</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="233"/>
        <source>%1 sends requests on to another server (%2). Enter that address instead, if you trust it.</source>
        <translation>%1 renvoie les requêtes vers un autre serveur (%2). Saisissez plutôt cette adresse, si vous lui faites confiance.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="242"/>
        <source>%1 redirects in circles.</source>
        <translation>%1 redirige en boucle.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="249"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="254"/>
        <source>Could not reach %1 (%2). Sync will try again later.</source>
        <translation>Impossible de joindre %1 (%2). La synchronisation réessaiera plus tard.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="260"/>
        <source>The server %1 refused the account &quot;%2&quot;: check the user name and password.</source>
        <translation>Le serveur %1 a refusé le compte «&#xa0;%2&#xa0;»&#xa0;: vérifiez le nom d’utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="264"/>
        <source>The server %1 is out of space. Free some space there, then sync again.</source>
        <translation>Le serveur %1 n’a plus d’espace. Libérez de l’espace sur le serveur, puis synchronisez à nouveau.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="267"/>
        <source>The server %1 answered HTTP %2 to %3 %4.</source>
        <translation>Le serveur %1 a répondu HTTP %2 à %3 %4.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="348"/>
        <source>The server sent a folder listing that could not be read (%1).</source>
        <translation>Le serveur a envoyé une liste de dossier illisible (%1).</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="422"/>
        <source>The server %1 does not allow safe overwrites (it gives only weak ETags).</source>
        <translation>Le serveur %1 ne permet pas d’écraser les fichiers en toute sécurité (il ne donne que des ETags faibles).</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="448"/>
        <source>The server %1 could not create the folder %2.</source>
        <translation>Le serveur %1 n’a pas pu créer le dossier %2.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="37"/>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/SyncController.cpp" line="39"/>
        <source>%n minutes ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/SyncController.cpp" line="41"/>
        <source>%n hours ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/SyncController.cpp" line="43"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="44"/>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="50"/>
        <source>Journal entry</source>
        <translation>Entrée du journal</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="51"/>
        <source>Check-in</source>
        <translation>Point du jour</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="52"/>
        <source>Small win</source>
        <translation>Petite victoire</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="53"/>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="54"/>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="55"/>
        <source>Feedback</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="56"/>
        <source>Person on an application</source>
        <translation>Personne liée à une candidature</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="57"/>
        <source>After-rejection steps</source>
        <translation>Étapes après un refus</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="58"/>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="59"/>
        <source>Skills action</source>
        <translation>Action de compétence</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="60"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="61"/>
        <source>Review checklist</source>
        <translation>Liste de contrôle de revue</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="62"/>
        <source>Checklist question</source>
        <translation>Question de liste de contrôle</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="63"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="64"/>
        <source>Review answer</source>
        <translation>Réponse de revue</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="65"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="66"/>
        <source>Interaction</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="67"/>
        <source>Outreach message</source>
        <translation>Message de prise de contact</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="68"/>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="72"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="78"/>
        <location filename="../backend/ui/SyncController.cpp" line="79"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="80"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="81"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="82"/>
        <source>reflection</source>
        <translation>réflexion</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="83"/>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="84"/>
        <source>pitch</source>
        <translation>présentation</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="85"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="217"/>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="264"/>
        <source>Sync is set up.</source>
        <translation>La synchronisation est configurée.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="268"/>
        <source>Synced.</source>
        <translation>Synchronisé.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="271"/>
        <source>Sync passphrase accepted.</source>
        <translation>Phrase secrète de synchronisation acceptée.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="274"/>
        <source>Sync passphrase changed. Other devices will ask for it.</source>
        <translation>Phrase secrète de synchronisation modifiée. Les autres appareils la demanderont.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="278"/>
        <source>Sync is off on this device.</source>
        <translation>La synchronisation est désactivée sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="281"/>
        <source>Restored.</source>
        <translation>Restauré.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="326"/>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="327"/>
        <source>Last synced %1</source>
        <translation>Dernière synchronisation %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="334"/>
        <source>Last heard from %1</source>
        <translation>Dernière activité %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="335"/>
        <source>Not heard from yet</source>
        <translation>Aucune activité pour l’instant</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="346"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="352"/>
        <source>Kept %1</source>
        <translation>Conservée %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="386"/>
        <source>Unlock the vault to set up sync.</source>
        <translation>Déverrouillez le coffre pour configurer la synchronisation.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="388"/>
        <source>Choose a folder for the sync data.</source>
        <translation>Choisissez un dossier pour les données de synchronisation.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="389"/>
        <source>Enter the server address.</source>
        <translation>Saisissez l’adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="391"/>
        <source>Enter a sync passphrase.</source>
        <translation>Saisissez une phrase secrète de synchronisation.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="394"/>
        <source>This address is not encrypted (http). Confirm that you want to use it, or use https.</source>
        <translation>Cette adresse n’est pas chiffrée (http). Confirmez que vous voulez l’utiliser, ou utilisez https.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="432"/>
        <source>Enter a new sync passphrase.</source>
        <translation>Saisissez une nouvelle phrase secrète de synchronisation.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncWorker.cpp" line="29"/>
        <source>The vault is locked. Unlock it to sync.</source>
        <translation>Le coffre est verrouillé. Déverrouillez-le pour synchroniser.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncWorker.cpp" line="44"/>
        <source>Sync was stopped.</source>
        <translation>La synchronisation a été arrêtée.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncWorker.cpp" line="55"/>
        <source>Sync stopped because of an unexpected error. Nothing was lost; it will try again later.</source>
        <translation>La synchronisation s’est arrêtée à cause d’une erreur inattendue. Rien n’a été perdu&#xa0;; elle réessaiera plus tard.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncWorker.cpp" line="89"/>
        <source>Enter the new sync passphrase first.</source>
        <translation>Saisissez d’abord la nouvelle phrase secrète de synchronisation.</translation>
    </message>
</context>
<context>
    <name>SyncConflictRow</name>
    <message>
        <location filename="../qml/settings/SyncConflictRow.qml" line="57"/>
        <source>Kept version: %1</source>
        <translation>Version conservée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncConflictRow.qml" line="64"/>
        <source>Shown now: %1</source>
        <translation>Affichée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncConflictRow.qml" line="78"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncConflictRow.qml" line="80"/>
        <source>Dismiss the kept version of %1</source>
        <translation>Ignorer la version conservée de %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncConflictRow.qml" line="85"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncConflictRow.qml" line="87"/>
        <source>Restore the kept version of %1</source>
        <translation>Restaurer la version conservée de %1</translation>
    </message>
</context>
<context>
    <name>SyncDeviceRow</name>
    <message>
        <location filename="../qml/settings/SyncDeviceRow.qml" line="16"/>
        <location filename="../qml/settings/SyncDeviceRow.qml" line="31"/>
        <source>%1 (this device)</source>
        <translation>%1 (cet appareil)</translation>
    </message>
</context>
<context>
    <name>SyncPassphraseDialog</name>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="42"/>
        <source>Enter the sync passphrase</source>
        <translation>Saisissez la phrase secrète de synchronisation</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="42"/>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="141"/>
        <source>Change sync passphrase</source>
        <translation>Changer la phrase secrète de synchronisation</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="74"/>
        <source>The sync passphrase was changed on another device. Enter the new one to keep syncing.</source>
        <translation>La phrase secrète de synchronisation a été changée sur un autre appareil. Saisissez la nouvelle pour continuer à synchroniser.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="74"/>
        <source>Your other devices will ask for the new passphrase once. Nobody can recover it: keep it somewhere safe.</source>
        <translation>Vos autres appareils demanderont la nouvelle phrase secrète une fois. Personne ne peut la récupérer&#xa0;: conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="84"/>
        <source>Sync passphrase</source>
        <translation>Phrase secrète de synchronisation</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="84"/>
        <source>New sync passphrase</source>
        <translation>Nouvelle phrase secrète de synchronisation</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="96"/>
        <source>Use at least %1 characters.</source>
        <translation>Utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="104"/>
        <source>Repeat the new sync passphrase</source>
        <translation>Répétez la nouvelle phrase secrète de synchronisation</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="130"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="140"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="140"/>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="141"/>
        <source>Use this sync passphrase</source>
        <translation>Utiliser cette phrase secrète de synchronisation</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <location filename="../qml/settings/SyncProgress.qml" line="22"/>
        <source>Syncing</source>
        <translation>Synchronisation en cours</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncProgress.qml" line="27"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="29"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="53"/>
        <source>Keep your vault in step across your own devices, through a WebDAV server you use (Nextcloud, any hosting) or a synced folder.</source>
        <translation>Gardez votre coffre à jour sur tous vos appareils, via un serveur WebDAV que vous utilisez (Nextcloud, n&apos;importe quel hébergeur) ou un dossier synchronisé.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="61"/>
        <source>It is end-to-end encrypted: the server never sees your words. You need the sync passphrase on every device, and nobody can recover it if it is lost.</source>
        <translation>Elle est chiffrée de bout en bout&#xa0;: le serveur ne voit jamais vos mots. Il vous faut la phrase secrète de synchronisation sur chaque appareil, et personne ne peut la récupérer si elle est perdue.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="74"/>
        <source>Set up sync</source>
        <translation>Configurer la synchronisation</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="81"/>
        <source>Join a sync</source>
        <translation>Rejoindre une synchronisation</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="82"/>
        <source>Join a sync set up on another device</source>
        <translation>Rejoindre une synchronisation configurée sur un autre appareil</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="97"/>
        <source>The sync passphrase was changed on another device. Enter the new one to keep syncing.</source>
        <translation>La phrase secrète de synchronisation a été changée sur un autre appareil. Saisissez la nouvelle pour continuer à synchroniser.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="103"/>
        <source>Enter sync passphrase</source>
        <translation>Saisir la phrase secrète de synchronisation</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="112"/>
        <source>%1 as %2</source>
        <translation>%1 en tant que %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/SyncSection.qml" line="113"/>
        <source>%n changes waiting to be sent.</source>
        <translation>
            <numerusform>%n modification en attente d&apos;envoi.</numerusform>
            <numerusform>%n modifications en attente d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="113"/>
        <source>Everything is sent.</source>
        <translation>Tout est envoyé.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="119"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="139"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/SyncSection.qml" line="163"/>
        <source>%n versions kept from edits on two devices</source>
        <translation>
            <numerusform>%n version conservée après des modifications sur deux appareils</numerusform>
            <numerusform>%n versions conservées après des modifications sur deux appareils</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="174"/>
        <source>The newest edit is shown. Restore an older one to make it current again, or dismiss it.</source>
        <translation>La modification la plus récente est affichée. Restaurez une version plus ancienne pour la rendre de nouveau actuelle, ou ignorez-la.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="201"/>
        <source>Sync passphrase</source>
        <translation>Phrase secrète de synchronisation</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="202"/>
        <source>Choose a new one. Your other devices will ask for it once.</source>
        <translation>Choisissez-en une nouvelle. Vos autres appareils la demanderont une fois.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="205"/>
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="207"/>
        <source>Change sync passphrase</source>
        <translation>Changer la phrase secrète de synchronisation</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="214"/>
        <location filename="../qml/settings/SyncSection.qml" line="220"/>
        <source>Turn off sync on this device</source>
        <translation>Désactiver la synchronisation sur cet appareil</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="215"/>
        <source>The data on the server stays, for your other devices.</source>
        <translation>Les données sur le serveur restent, pour vos autres appareils.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="218"/>
        <source>Turn off…</source>
        <translation>Désactiver…</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="247"/>
        <source>Turn off sync on this device?</source>
        <translation>Désactiver la synchronisation sur cet appareil&#xa0;?</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="254"/>
        <source>This device stops syncing and forgets the account and the sync keys. Your entries stay on this device, and the encrypted data on the server stays for your other devices. You can join again later with the sync passphrase.</source>
        <translation>Cet appareil arrête de se synchroniser et oublie le compte et les clés de synchronisation. Vos entrées restent sur cet appareil, et les données chiffrées sur le serveur restent disponibles pour vos autres appareils. Vous pourrez rejoindre la synchronisation plus tard avec la phrase secrète de synchronisation.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="270"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="277"/>
        <source>Turn off</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="278"/>
        <source>Turn off sync</source>
        <translation>Désactiver la synchronisation</translation>
    </message>
</context>
<context>
    <name>SyncSetupDialog</name>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="40"/>
        <source>Join a sync</source>
        <translation>Rejoindre une synchronisation</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="40"/>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="257"/>
        <source>Set up sync</source>
        <translation>Configurer la synchronisation</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="90"/>
        <source>Use the place and the sync passphrase you chose on your other device.</source>
        <translation>Utilisez l&apos;emplacement et la phrase secrète de synchronisation choisis sur votre autre appareil.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="90"/>
        <source>Choose an empty folder on your server or a synced folder. Rebound keeps everything there encrypted.</source>
        <translation>Choisissez un dossier vide sur votre serveur ou un dossier synchronisé. Rebound y garde tout chiffré.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="99"/>
        <source>Where the sync data goes</source>
        <translation>Où vont les données synchronisées</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="103"/>
        <source>WebDAV server</source>
        <translation>Serveur WebDAV</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="106"/>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="113"/>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="124"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="113"/>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="124"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
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
        <translation>Utiliser quand même cette adresse non chiffrée (http). Vos données restent chiffrées, mais le mot de passe de votre compte peut être lu en chemin.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="134"/>
        <source>Use the unencrypted http address anyway</source>
        <translation>Utiliser quand même l&apos;adresse http non chiffrée</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="148"/>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="159"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="168"/>
        <source>Account password</source>
        <translation>Mot de passe du compte</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="176"/>
        <source>Sync passphrase</source>
        <translation>Phrase secrète de synchronisation</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="177"/>
        <source>At least %1 characters</source>
        <translation>Au moins %1 caractères</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="188"/>
        <source>Use at least %1 characters.</source>
        <translation>Utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="196"/>
        <source>Repeat the sync passphrase</source>
        <translation>Répétez la phrase secrète de synchronisation</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="204"/>
        <source>You need this passphrase on every device. Nobody can recover it: keep it somewhere safe.</source>
        <translation>Cette phrase secrète vous sera demandée sur chaque appareil. Personne ne peut la récupérer&#xa0;: conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="212"/>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="222"/>
        <source>This device&apos;s name</source>
        <translation>Nom de cet appareil</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="246"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="256"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="256"/>
        <source>Set up</source>
        <translation>Configurer</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="257"/>
        <source>Join the sync</source>
        <translation>Rejoindre la synchronisation</translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <location filename="../qml/components/TagChip.qml" line="56"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>TagInput</name>
    <message>
        <location filename="../qml/components/TagInput.qml" line="59"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../qml/components/TagInput.qml" line="83"/>
        <source>Add another tag</source>
        <translation>Ajouter une autre étiquette</translation>
    </message>
    <message>
        <location filename="../qml/components/TagInput.qml" line="83"/>
        <source>Add a tag, e.g. interview</source>
        <translation>Ajoutez une étiquette, p. ex. entretien</translation>
    </message>
    <message>
        <location filename="../qml/components/TagInput.qml" line="89"/>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
</context>
<context>
    <name>TemplateList</name>
    <message>
        <location filename="../qml/journal/TemplateList.qml" line="17"/>
        <source>Blank entry</source>
        <translation>Entrée vierge</translation>
    </message>
    <message>
        <location filename="../qml/journal/TemplateList.qml" line="18"/>
        <source>Start from an empty page.</source>
        <translation>Partir d&apos;une page blanche.</translation>
    </message>
    <message>
        <location filename="../qml/journal/TemplateList.qml" line="51"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../qml/journal/TemplatePicker.qml" line="22"/>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../qml/journal/TemplatePicker.qml" line="30"/>
        <source>Start from a blank page or let a few questions guide you. You can change every word.</source>
        <translation>Partez d&apos;une page blanche ou laissez-vous guider par quelques questions. Vous pouvez modifier chaque mot.</translation>
    </message>
    <message>
        <location filename="../qml/journal/TemplatePicker.qml" line="67"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Le nom</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="48"/>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="54"/>
        <source>The e-mail address</source>
        <translation>L’adresse e-mail</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="37"/>
        <location filename="../backend/core/TextRules.cpp" line="40"/>
        <source>%1 contains a broken character.</source>
        <translation>%1&#xa0;: caractère invalide.</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="44"/>
        <source>%1 contains a control character (U+%2).</source>
        <translation>%1&#xa0;: caractère de contrôle (U+%2).</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="47"/>
        <source>%1 must be a single line.</source>
        <translation>%1&#xa0;: une seule ligne est permise.</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="54"/>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1&#xa0;: %2 caractères, c’est trop (%3 au maximum).</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="80"/>
        <source>A tag</source>
        <translation>Une étiquette</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="87"/>
        <source>Tags cannot contain “|” or commas.</source>
        <translation>Les étiquettes ne peuvent contenir ni «&#xa0;|&#xa0;» ni virgules.</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="95"/>
        <source>Too many tags (at most %1).</source>
        <translation>Trop d’étiquettes (%1 au maximum).</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="101"/>
        <source>Please give a valid date (from 1900 on).</source>
        <translation>Veuillez indiquer une date valide (à partir de 1900).</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="104"/>
        <source>%1 is in the future; entries are for days that have begun.</source>
        <translation>Le %1 est dans le futur&#xa0;; les entrées concernent des jours déjà commencés.</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="113"/>
        <source>%1: “%2” is not a known item.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un élément connu.</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="118"/>
        <source>%1: too many (at most %2).</source>
        <translation>%1&#xa0;: trop d’éléments (%2 au maximum).</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="24"/>
        <source>The link</source>
        <translation>Le lien</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="58"/>
        <source>The contact</source>
        <translation>Le contact</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="80"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="89"/>
        <source>The company</source>
        <translation>L’entreprise</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="83"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="90"/>
        <source>The role</source>
        <translation>Le poste</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="85"/>
        <source>The source</source>
        <translation>La source</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="87"/>
        <source>The location</source>
        <translation>Le lieu</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="102"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="130"/>
        <location filename="../backend/storage/GoalRepository.cpp" line="62"/>
        <location filename="../backend/storage/InterviewRepository.cpp" line="56"/>
        <source>The notes</source>
        <translation>Les notes</translation>
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
        <translation>La note</translation>
    </message>
    <message>
        <location filename="../backend/storage/CheckInRepository.cpp" line="90"/>
        <location filename="../backend/storage/JournalRepository.cpp" line="92"/>
        <source>Emotions</source>
        <translation>Émotions</translation>
    </message>
    <message>
        <location filename="../backend/storage/CheckInRepository.cpp" line="92"/>
        <source>Effort tags</source>
        <translation>Étiquettes d’effort</translation>
    </message>
    <message>
        <location filename="../backend/storage/CheckInRepository.cpp" line="248"/>
        <location filename="../backend/storage/CheckInRepository.cpp" line="264"/>
        <source>The win</source>
        <translation>La victoire</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="40"/>
        <source>The question</source>
        <translation>La question</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="43"/>
        <source>The hint</source>
        <translation>Le texte d’aide</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="48"/>
        <source>The profile link</source>
        <translation>Le lien du profil</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="95"/>
        <source>An email</source>
        <translation>Un e-mail</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="112"/>
        <source>A phone number</source>
        <translation>Un numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="129"/>
        <source>How you met</source>
        <translation>Le contexte de la rencontre</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="516"/>
        <source>The template name</source>
        <translation>Le nom du modèle</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="520"/>
        <location filename="../backend/storage/RejectionFlowRepository.cpp" line="81"/>
        <location filename="../backend/storage/RejectionFlowRepository.cpp" line="85"/>
        <source>The message</source>
        <translation>Le message</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="21"/>
        <source>A skill name</source>
        <translation>Un nom de compétence</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="40"/>
        <source>The feedback</source>
        <translation>Le retour</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="180"/>
        <source>Your pitch</source>
        <translation>Votre présentation</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="203"/>
        <location filename="../backend/storage/ReviewRepository.cpp" line="66"/>
        <source>The action</source>
        <translation>L’action</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="59"/>
        <location filename="../backend/storage/ReviewRepository.cpp" line="47"/>
        <source>The goal</source>
        <translation>L’objectif</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="131"/>
        <source>The north star</source>
        <translation>Le cap</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="52"/>
        <source>Questions that stumped you</source>
        <translation>Les questions difficiles</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="53"/>
        <source>Moments you felt less confident</source>
        <translation>Les moments où vous avez manqué d’assurance</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="54"/>
        <source>What went well</source>
        <translation>Ce qui s’est bien passé</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="55"/>
        <source>What you would do differently</source>
        <translation>Ce que vous feriez autrement</translation>
    </message>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="88"/>
        <source>The entry</source>
        <translation>L’entrée</translation>
    </message>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="94"/>
        <source>Check-in</source>
        <translation>Point du jour</translation>
    </message>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="96"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../backend/storage/RejectionFlowRepository.cpp" line="87"/>
        <source>The journal entry</source>
        <translation>L’entrée du journal</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReminderRepository.cpp" line="28"/>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="200"/>
        <source>The summary</source>
        <translation>Le résumé</translation>
    </message>
</context>
<context>
    <name>TimePicker</name>
    <message>
        <location filename="../qml/components/TimePicker.qml" line="14"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../qml/components/TimePicker.qml" line="31"/>
        <source>%1: %2:%3</source>
        <translation>%1&#xa0;: %2:%3</translation>
    </message>
    <message>
        <location filename="../qml/components/TimePicker.qml" line="51"/>
        <source>Hour</source>
        <translation>Heure</translation>
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
        <translation>Pas encore de point du jour aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../qml/today/TodayCheckIns.qml" line="21"/>
        <source>1 check-in</source>
        <translation>1 point du jour</translation>
    </message>
    <message>
        <location filename="../qml/today/TodayCheckIns.qml" line="21"/>
        <source>%1 check-ins</source>
        <translation>%1 points du jour</translation>
    </message>
    <message>
        <location filename="../qml/today/TodayCheckIns.qml" line="22"/>
        <source>Today so far: %1, %2</source>
        <translation>Aujourd&apos;hui pour l&apos;instant&#xa0;: %1, %2</translation>
    </message>
    <message>
        <location filename="../qml/today/TodayCheckIns.qml" line="22"/>
        <source>Today so far: %1</source>
        <translation>Aujourd&apos;hui pour l&apos;instant&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/today/TodayCheckIns.qml" line="67"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/today/TodayCheckIns.qml" line="120"/>
        <source>Delete check-in from %1</source>
        <translation>Supprimer le point du jour de %1</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="54"/>
        <source>Check-in saved. Be gentle with yourself today.</source>
        <translation>Point du jour enregistré. Prenez soin de vous aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="54"/>
        <source>Check-in saved</source>
        <translation>Point du jour enregistré</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="73"/>
        <source>Check-in deleted</source>
        <translation>Point du jour supprimé</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="78"/>
        <source>Win deleted</source>
        <translation>Victoire supprimée</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="83"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="203"/>
        <source>Reminder done</source>
        <translation>Rappel terminé</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="217"/>
        <source>Win saved. Well done.</source>
        <translation>Victoire enregistrée. Bravo.</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="259"/>
        <source>Entry saved</source>
        <translation>Entrée enregistrée</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="260"/>
        <source>Entry deleted</source>
        <translation>Entrée supprimée</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="269"/>
        <source>North star cleared</source>
        <translation>Cap effacé</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="271"/>
        <source>North star saved. Keep your eye on it.</source>
        <translation>Cap enregistré. Gardez-le en vue.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../qml/vault/UnlockPage.qml" line="20"/>
        <source>Welcome back</source>
        <translation>Content de vous revoir</translation>
    </message>
    <message>
        <location filename="../qml/vault/UnlockPage.qml" line="21"/>
        <source>Your journal is locked. Enter your passphrase to open it.</source>
        <translation>Votre journal est verrouillé. Saisissez votre phrase secrète pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../qml/vault/UnlockPage.qml" line="40"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../qml/vault/UnlockPage.qml" line="62"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <location filename="../qml/vault/UnlockPage.qml" line="62"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../qml/vault/UnlockPage.qml" line="73"/>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <location filename="../backend/services/VCard.cpp" line="383"/>
        <source>Line %1: unknown character set &quot;%2&quot;; read as UTF-8.</source>
        <translation>Ligne %1&#xa0;: jeu de caractères inconnu «&#xa0;%2&#xa0;»&#xa0;; lu comme UTF-8.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="400"/>
        <source>Line %1: BEGIN:VCARD inside another card (the card from line %2 has no END:VCARD).</source>
        <translation>Ligne %1&#xa0;: BEGIN:VCARD à l’intérieur d’une autre fiche (la fiche de la ligne %2 n’a pas de END:VCARD).</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="404"/>
        <source>Line %1: more than %2 cards in one file; split it into smaller files.</source>
        <translation>Ligne %1&#xa0;: plus de %2 fiches dans un seul fichier&#xa0;; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="422"/>
        <source>Photos are not imported; they were skipped.</source>
        <translation>Les photos ne sont pas importées&#xa0;; elles ont été ignorées.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="423"/>
        <source>Logos are not imported; they were skipped.</source>
        <translation>Les logos ne sont pas importés&#xa0;; ils ont été ignorés.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="424"/>
        <source>Sounds are not imported; they were skipped.</source>
        <translation>Les sons ne sont pas importés&#xa0;; ils ont été ignorés.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="425"/>
        <source>Keys are not imported; they were skipped.</source>
        <translation>Les clés ne sont pas importées&#xa0;; elles ont été ignorées.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="437"/>
        <source>Line %1: vCard version %2 is not supported (2.1, 3.0 and 4.0 are).</source>
        <translation>Ligne %1&#xa0;: la version vCard %2 n’est pas prise en charge (2.1, 3.0 et 4.0 le sont).</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="446"/>
        <source>Line %1: the text is not valid UTF-8.</source>
        <translation>Ligne %1&#xa0;: le texte n’est pas de l’UTF-8 valide.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="447"/>
        <source>Line %1: the text is not valid %2.</source>
        <translation>Ligne %1&#xa0;: le texte n’est pas du %2 valide.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="475"/>
        <source>Line %1: the organization is longer than %2 characters.</source>
        <translation>Ligne %1&#xa0;: l’organisation dépasse %2 caractères.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="482"/>
        <source>Line %1: the title is longer than %2 characters.</source>
        <translation>Ligne %1&#xa0;: le titre dépasse %2 caractères.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="491"/>
        <source>Line %1: an email address is longer than %2 characters.</source>
        <translation>Ligne %1&#xa0;: une adresse e-mail dépasse %2 caractères.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="493"/>
        <source>Line %1: “%2” is not an email address.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="499"/>
        <source>Line %1: more than %2 email addresses in one card.</source>
        <translation>Ligne %1&#xa0;: plus de %2 adresses e-mail dans une seule fiche.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="510"/>
        <source>Line %1: a phone number is longer than %2 characters.</source>
        <translation>Ligne %1&#xa0;: un numéro de téléphone dépasse %2 caractères.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="512"/>
        <source>Line %1: “%2” is not a phone number.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="518"/>
        <source>Line %1: more than %2 phone numbers in one card.</source>
        <translation>Ligne %1&#xa0;: plus de %2 numéros de téléphone dans une seule fiche.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="527"/>
        <source>Line %1: the URL is longer than %2 characters.</source>
        <translation>Ligne %1&#xa0;: l’URL dépasse %2 caractères.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="538"/>
        <source>Line %1: the notes are longer than %2 characters.</source>
        <translation>Ligne %1&#xa0;: les notes dépassent %2 caractères.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="570"/>
        <source>Line %1: &apos;how we met&apos; is longer than %2 characters.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;comment nous nous sommes rencontrés&#xa0;» dépasse %2 caractères.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="583"/>
        <source>Line %1: X-REBOUND-CADENCE &quot;%2&quot; is not a number of days from 1 to %3; it was ignored.</source>
        <translation>Ligne %1&#xa0;: X-REBOUND-CADENCE «&#xa0;%2&#xa0;» n’est pas un nombre de jours de 1 à %3&#xa0;; ignoré.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="597"/>
        <source>Line %1: END:VCARD without a BEGIN:VCARD before it.</source>
        <translation>Ligne %1&#xa0;: END:VCARD sans BEGIN:VCARD avant.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="601"/>
        <source>Line %1: the contact group &quot;%2&quot; was skipped.</source>
        <translation>Ligne %1&#xa0;: le groupe de contacts «&#xa0;%2&#xa0;» a été ignoré.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="607"/>
        <location filename="../backend/services/VCard.cpp" line="611"/>
        <source>Line %1: the name is longer than %2 characters.</source>
        <translation>Ligne %1&#xa0;: le nom dépasse %2 caractères.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="613"/>
        <source>Line %1: the card starting here has no name (FN or N).</source>
        <translation>Ligne %1&#xa0;: la fiche qui commence ici n’a pas de nom (FN ou N).</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="622"/>
        <source>The file is larger than %1 MB; vCard files that big are not read.</source>
        <translation>Le fichier dépasse %1 Mo&#xa0;; les fichiers vCard aussi volumineux ne sont pas lus.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="633"/>
        <source>The file starts like UTF-16 text but is not valid UTF-16.</source>
        <translation>Le fichier commence comme du texte UTF-16 mais n’est pas de l’UTF-16 valide.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="641"/>
        <source>Line %1: this line has no &apos;:&apos; between its name and value.</source>
        <translation>Ligne %1&#xa0;: cette ligne n’a pas de «&#xa0;:&#xa0;» entre son nom et sa valeur.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="644"/>
        <source>Line %1: this line does not start with a property name.</source>
        <translation>Ligne %1&#xa0;: cette ligne ne commence pas par un nom de propriété.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="647"/>
        <source>Line %1: BEGIN:%2 where a vCard (BEGIN:VCARD) was expected.</source>
        <translation>Ligne %1&#xa0;: BEGIN:%2 là où une vCard (BEGIN:VCARD) était attendue.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="653"/>
        <source>Line %1: END:%2 where END:VCARD was expected.</source>
        <translation>Ligne %1&#xa0;: END:%2 là où END:VCARD était attendu.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="658"/>
        <source>Line %1: this line is outside a card (BEGIN:VCARD ... END:VCARD).</source>
        <translation>Ligne %1&#xa0;: cette ligne est en dehors d’une fiche (BEGIN:VCARD ... END:VCARD).</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="664"/>
        <source>Line %1: the card starting here has no END:VCARD.</source>
        <translation>Ligne %1&#xa0;: la fiche qui commence ici n’a pas de END:VCARD.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="666"/>
        <source>The file contains no vCard (no BEGIN:VCARD line).</source>
        <translation>Le fichier ne contient aucune vCard (pas de ligne BEGIN:VCARD).</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="672"/>
        <source>Categories that are not Rebound tags were left out: %1.</source>
        <translation>Les catégories qui ne sont pas des étiquettes Rebound ont été laissées de côté&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ValueRows</name>
    <message>
        <location filename="../qml/people/ValueRows.qml" line="14"/>
        <source>Add another</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../qml/people/ValueRows.qml" line="70"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../qml/people/ValueRows.qml" line="77"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="41"/>
        <source>There is no vault in %1.</source>
        <translation>Il n’y a pas de coffre dans %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="43"/>
        <source>The vault header could not be read (%1).</source>
        <translation>L’en-tête du coffre n’a pas pu être lu (%1).</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="46"/>
        <source>The vault header (vault.json) is damaged.</source>
        <translation>L’en-tête du coffre (vault.json) est endommagé.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="54"/>
        <source>That passphrase does not unlock this vault.</source>
        <translation>Cette phrase secrète ne déverrouille pas ce coffre.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="118"/>
        <source>Could not move aside an old database file in %1.</source>
        <translation>Impossible de mettre de côté un ancien fichier de base de données dans %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="127"/>
        <location filename="../backend/storage/Vault.cpp" line="136"/>
        <source>A vault already exists in %1.</source>
        <translation>Un coffre existe déjà dans %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="129"/>
        <source>The key-derivation settings are out of the allowed range.</source>
        <translation>Les paramètres de dérivation de clé sont hors de la plage autorisée.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="131"/>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="159"/>
        <location filename="../backend/storage/Vault.cpp" line="167"/>
        <source>The vault&apos;s database file is missing.</source>
        <translation>Le fichier de base de données du coffre est manquant.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="169"/>
        <location filename="../backend/storage/Vault.cpp" line="174"/>
        <source>The remembered key does not fit this vault.</source>
        <translation>La clé mémorisée ne correspond pas à ce coffre.</translation>
    </message>
    <message>
        <location filename="../backend/storage/VaultHeader.cpp" line="16"/>
        <source>The vault header (vault.json) is damaged. Restore it from a backup; the passphrase cannot help until then.</source>
        <translation>L’en-tête du coffre (vault.json) est endommagé. Restaurez-le depuis une sauvegarde&#xa0;; d’ici là, la phrase secrète ne peut pas aider.</translation>
    </message>
    <message>
        <location filename="../backend/storage/VaultHeader.cpp" line="167"/>
        <source>This vault uses format version %1, which this version of Rebound does not know. Please update the app.</source>
        <translation>Ce coffre utilise la version de format %1, que cette version de Rebound ne connaît pas. Veuillez mettre l’app à jour.</translation>
    </message>
    <message>
        <location filename="../backend/storage/VaultHeader.cpp" line="176"/>
        <source>The vault header asks for weaker key protection than Rebound allows; it may have been tampered with.</source>
        <translation>L’en-tête du coffre demande une protection de clé plus faible que ce que Rebound autorise&#xa0;; il a peut-être été falsifié.</translation>
    </message>
</context>
<context>
    <name>WinsCard</name>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="16"/>
        <source>Landed an interview</source>
        <translation>Entretien décroché</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="16"/>
        <source>Good feedback</source>
        <translation>Un retour positif</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="16"/>
        <source>Reached a final round</source>
        <translation>Dernier tour atteint</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="16"/>
        <source>Sent an application</source>
        <translation>Candidature envoyée</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="41"/>
        <source>Every step counts. Note your first one.</source>
        <translation>Chaque pas compte. Notez le premier.</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="42"/>
        <source>1 win so far</source>
        <translation>1 victoire jusqu&apos;ici</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="42"/>
        <source>%1 wins so far</source>
        <translation>%1 victoires jusqu&apos;ici</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="76"/>
        <source>Small wins</source>
        <translation>Petites victoires</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="103"/>
        <source>What went well?</source>
        <translation>Qu&apos;est-ce qui s&apos;est bien passé&#xa0;?</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="107"/>
        <source>New small win</source>
        <translation>Nouvelle petite victoire</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="114"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="115"/>
        <source>Add small win</source>
        <translation>Ajouter une petite victoire</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="125"/>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="142"/>
        <source>Use suggestion: %1</source>
        <translation>Utiliser la suggestion&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="190"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="226"/>
        <source>Delete win: %1</source>
        <translation>Supprimer la victoire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../backend/app/Application.cpp" line="61"/>
        <source>Rebound: your private job-search companion.</source>
        <translation>Rebound&#xa0;: votre compagnon privé de recherche d’emploi.</translation>
    </message>
    <message>
        <location filename="../backend/app/Application.cpp" line="65"/>
        <source>Vault folder.</source>
        <translation>Dossier du coffre.</translation>
    </message>
    <message>
        <location filename="../backend/app/Application.cpp" line="68"/>
        <source>Render every page to PNG files and exit.</source>
        <translation>Rendre chaque page en fichiers PNG et quitter.</translation>
    </message>
    <message>
        <location filename="../backend/app/Application.cpp" line="71"/>
        <source>Window size, e.g. 390x844.</source>
        <translation>Taille de la fenêtre, p. ex. 390x844.</translation>
    </message>
    <message>
        <location filename="../backend/app/Application.cpp" line="75"/>
        <source>Screenshot mode: fill the throw-away vault with sample data.</source>
        <translation>Mode capture d’écran&#xa0;: remplir le coffre jetable avec des données d’exemple.</translation>
    </message>
    <message>
        <location filename="../backend/app/Application.cpp" line="78"/>
        <source>Print the time to the first frame and exit (benchmark).</source>
        <translation>Afficher le temps jusqu’à la première image et quitter (mesure de performance).</translation>
    </message>
    <message>
        <location filename="../backend/app/Application.cpp" line="80"/>
        <source>Screenshot mode: use the dark theme.</source>
        <translation>Mode capture d’écran&#xa0;: utiliser le thème sombre.</translation>
    </message>
    <message>
        <location filename="../backend/app/Application.cpp" line="83"/>
        <source>Screenshot mode: the language (en, de, es, fr or pseudo).</source>
        <translation>Mode capture d’écran&#xa0;: la langue (en, de, es, fr ou pseudo).</translation>
    </message>
    <message>
        <location filename="../backend/app/Application.cpp" line="98"/>
        <source>--size takes WIDTHxHEIGHT, e.g. 390x844.</source>
        <translation>--size attend WIDTHxHEIGHT, p. ex. 390x844.</translation>
    </message>
</context>
<context>
    <name>rebound::ApplicationController</name>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="58"/>
        <source>&quot;%1&quot; is not a date. Use the form 2026-11-24.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date. Utilisez la forme 2026-11-24.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="64"/>
        <source>Write a salary as a whole number, such as 65000 or 65k.</source>
        <translation>Écrivez un salaire sous forme de nombre entier, comme 65000 ou 65k.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="95"/>
        <source>A salary must be a whole number from 0 to 1,000,000,000,000.</source>
        <translation>Un salaire doit être un nombre entier de 0 à 1&#xa0;000&#xa0;000&#xa0;000&#xa0;000.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="136"/>
        <source>Today, %1</source>
        <translation>Aujourd’hui, %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="138"/>
        <source>Tomorrow, %1</source>
        <translation>Demain, %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="140"/>
        <source>Yesterday, %1</source>
        <translation>Hier, %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="142"/>
        <source>ddd d MMM</source>
        <extracomment>A QDate format for a short day, e.g. &quot;Thu 27 Nov&quot;; reorder as your language does.</extracomment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="142"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
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
        <translation>à partir de %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="157"/>
        <source>up to %1</source>
        <translation>jusqu’à %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="302"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="341"/>
        <source>The application</source>
        <translation>La candidature</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="374"/>
        <location filename="../backend/ui/ApplicationController.cpp" line="697"/>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="391"/>
        <location filename="../backend/ui/ApplicationController.cpp" line="443"/>
        <source>Open an application first.</source>
        <translation>Ouvrez d’abord une candidature.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="435"/>
        <source>That application no longer exists.</source>
        <translation>Cette candidature n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="537"/>
        <source>Pick a time between 00:00 and 23:59.</source>
        <translation>Choisissez une heure entre 00:00 et 23:59.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="603"/>
        <source>That interview no longer exists.</source>
        <translation>Cet entretien n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="638"/>
        <location filename="../backend/ui/ApplicationController.cpp" line="676"/>
        <source>That feedback no longer exists.</source>
        <translation>Ce retour n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="690"/>
        <source>job-applications</source>
        <translation>candidatures</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="703"/>
        <source>Export as &quot;csv&quot; or &quot;json&quot;.</source>
        <translation>Exportez en &quot;csv&quot; ou en &quot;json&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="705"/>
        <source>Choose a file on this device to export to.</source>
        <translation>Choisissez un fichier sur cet appareil pour l’export.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="707"/>
        <source>&quot;%1&quot; is a folder. Choose a file name.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier. Choisissez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="716"/>
        <source>Could not write &quot;%1&quot;. Check that the folder exists and you may write there.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;». Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
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
        <translation>Clôturées</translation>
    </message>
</context>
<context>
    <name>rebound::ChecklistController</name>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="20"/>
        <source>Not scheduled</source>
        <translation>Non planifiée</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="22"/>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="23"/>
        <source>Every %1 weeks</source>
        <translation>Toutes les %1 semaines</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="32"/>
        <source>due today</source>
        <translation>à faire aujourd’hui</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="34"/>
        <source>due tomorrow</source>
        <translation>à faire demain</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="36"/>
        <source>due in %1 days</source>
        <translation>à faire dans %1 jours</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="38"/>
        <source>due on %1</source>
        <translation>à faire le %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="40"/>
        <source>1 day overdue</source>
        <translation>en retard d’1 jour</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="41"/>
        <source>%1 days overdue</source>
        <translation>en retard de %1 jours</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="46"/>
        <source>Not reviewed yet</source>
        <translation>Pas encore passée en revue</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="48"/>
        <source>Last reviewed today</source>
        <translation>Dernière revue aujourd’hui</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="49"/>
        <source>Last reviewed on %1</source>
        <translation>Dernière revue le %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="58"/>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="153"/>
        <source>%1 rejections in the last %2 days. That is a lot to carry: a review can help you see what to keep and what to change.</source>
        <translation>%1 refus au cours des %2 derniers jours. C’est beaucoup à porter&#xa0;: une revue peut vous aider à voir quoi garder et quoi changer.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="167"/>
        <source>Your review is waiting</source>
        <translation>Votre revue vous attend</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="170"/>
        <source>You started “%1” today. Pick up where you left off.</source>
        <translation>Vous avez commencé «&#xa0;%1&#xa0;» aujourd’hui. Reprenez là où vous en étiez.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="171"/>
        <source>You started “%1” on %2. Pick up where you left off.</source>
        <translation>Vous avez commencé «&#xa0;%1&#xa0;» le %2. Reprenez là où vous en étiez.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="177"/>
        <source>Time for a review</source>
        <translation>C’est l’heure d’une revue</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="179"/>
        <source>“%1” is %2. A calm look back helps you adjust course.</source>
        <translation>«&#xa0;%1&#xa0;» est %2. Un regard calme en arrière aide à ajuster le cap.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="192"/>
        <source>A review might help now</source>
        <translation>Une revue pourrait aider maintenant</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="204"/>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="261"/>
        <location filename="../backend/ui/ChecklistController.cpp" line="273"/>
        <source>That checklist no longer exists.</source>
        <translation>Cette liste de contrôle n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="300"/>
        <location filename="../backend/ui/ChecklistController.cpp" line="311"/>
        <source>That question no longer exists.</source>
        <translation>Cette question n’existe plus.</translation>
    </message>
</context>
<context>
    <name>rebound::ContactController</name>
    <message>
        <location filename="../backend/ui/ContactController.cpp" line="134"/>
        <source>off (no tag has a default)</source>
        <translation>désactivé (aucune étiquette n’a de valeur par défaut)</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactController.cpp" line="135"/>
        <source>from tags: %1, %2</source>
        <translation>d’après les étiquettes&#xa0;: %1, %2</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactController.cpp" line="173"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Le coffre est verrouillé. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactController.cpp" line="196"/>
        <source>Pick a valid day.</source>
        <translation>Choisissez un jour valide.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactController.cpp" line="245"/>
        <source>That contact no longer exists.</source>
        <translation>Ce contact n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactController.cpp" line="301"/>
        <location filename="../backend/ui/ContactController.cpp" line="306"/>
        <source>That interaction no longer exists.</source>
        <translation>Cet échange n’existe plus.</translation>
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
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="215"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="217"/>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="219"/>
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="221"/>
        <source>%1 weeks ago</source>
        <translation>il y a %1 semaines</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="223"/>
        <source>a month ago</source>
        <translation>il y a un mois</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="223"/>
        <source>%1 months ago</source>
        <translation>il y a %1 mois</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="224"/>
        <source>a year ago</source>
        <translation>il y a un an</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="224"/>
        <source>%1 years ago</source>
        <translation>il y a %1 ans</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="232"/>
        <source>due today</source>
        <translation>à contacter aujourd’hui</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="234"/>
        <source>1 day overdue</source>
        <translation>en retard d’1 jour</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="234"/>
        <source>%1 days overdue</source>
        <translation>en retard de %1 jours</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="236"/>
        <source>due tomorrow</source>
        <translation>à contacter demain</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="237"/>
        <source>due in %1 days</source>
        <translation>à contacter dans %1 jours</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="242"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="243"/>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="243"/>
        <source>every %1 days</source>
        <translation>tous les %1 jours</translation>
    </message>
</context>
<context>
    <name>rebound::DataController</name>
    <message>
        <location filename="../backend/ui/DataController.cpp" line="149"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../backend/ui/DataController.cpp" line="161"/>
        <source>Export cancelled. Nothing was left behind.</source>
        <translation>Export annulé. Aucun fichier partiel n’a été laissé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/DataController.cpp" line="164"/>
        <source>Exported %n journal entries and everything else to “%1”. These files are not encrypted: keep them somewhere safe.</source>
        <translation>
            <numerusform>Export terminé dans «&#xa0;%1&#xa0;»&#xa0;: %n entrée du journal et tout le reste. Ces fichiers ne sont pas chiffrés&#xa0;: conservez-les en lieu sûr.</numerusform>
            <numerusform>Export terminé dans «&#xa0;%1&#xa0;»&#xa0;: %n entrées du journal et tout le reste. Ces fichiers ne sont pas chiffrés&#xa0;: conservez-les en lieu sûr.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/DataController.cpp" line="177"/>
        <source>The two passphrases do not match.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <location filename="../backend/ui/DataController.cpp" line="179"/>
        <source>Use at least %1 characters.</source>
        <translation>Utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../backend/ui/DataController.cpp" line="190"/>
        <source>Writing the backup…</source>
        <translation>Écriture de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../backend/ui/DataController.cpp" line="200"/>
        <source>Backup cancelled. No file was written.</source>
        <translation>Sauvegarde annulée. Aucun fichier n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/DataController.cpp" line="202"/>
        <source>Backed up %n records to “%1”. You need its passphrase to restore it.</source>
        <translation>
            <numerusform>%n enregistrement sauvegardé dans «&#xa0;%1&#xa0;». Il vous faudra la phrase secrète de cette sauvegarde pour la restaurer.</numerusform>
            <numerusform>%n enregistrements sauvegardés dans «&#xa0;%1&#xa0;». Il vous faudra la phrase secrète de cette sauvegarde pour la restaurer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/DataController.cpp" line="218"/>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
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
            <numerusform>Import terminé&#xa0;: %n point du jour</numerusform>
            <numerusform>Import terminé&#xa0;: %n points du jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/DataController.cpp" line="282"/>
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n entrée du journal</numerusform>
            <numerusform>%n entrées du journal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/DataController.cpp" line="284"/>
        <source>%n new effort tags</source>
        <translation>
            <numerusform>%n nouvelle étiquette d’effort</numerusform>
            <numerusform>%n nouvelles étiquettes d’effort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/DataController.cpp" line="287"/>
        <source>%n entries were already imported and were skipped.</source>
        <translation>
            <numerusform>%n entrée avait déjà été importée et a été ignorée.</numerusform>
            <numerusform>%n entrées avaient déjà été importées et ont été ignorées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::GoalsController</name>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="28"/>
        <source>Active since %1</source>
        <translation>Actif depuis le %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="30"/>
        <source>Paused since %1</source>
        <translation>En pause depuis le %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="32"/>
        <source>Achieved on %1</source>
        <translation>Atteint le %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="33"/>
        <source>Dropped on %1</source>
        <translation>Abandonné le %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="41"/>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="41"/>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="47"/>
        <source>by %1</source>
        <translation>d’ici le %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="170"/>
        <source>%1 of %2 this week</source>
        <translation>%1 sur %2 cette semaine</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="193"/>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="228"/>
        <source>Write the weekly target as a whole number, such as 10.</source>
        <translation>Écrivez la cible hebdomadaire sous forme de nombre entier, comme 10.</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="237"/>
        <source>Pick a valid day for the goal, or leave it empty.</source>
        <translation>Choisissez un jour valide pour l’objectif, ou laissez vide.</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="263"/>
        <source>Set the north star at the top of the page.</source>
        <translation>Définissez le cap en haut de la page.</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="283"/>
        <source>That goal no longer exists.</source>
        <translation>Cet objectif n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="293"/>
        <source>The north star stays the north star: set it at the top of the page.</source>
        <translation>Le cap reste le cap&#xa0;: définissez-le en haut de la page.</translation>
    </message>
</context>
<context>
    <name>rebound::JournalModel</name>
    <message>
        <location filename="../backend/ui/JournalModel.cpp" line="198"/>
        <location filename="../backend/ui/JournalModel.cpp" line="217"/>
        <source>That entry no longer exists.</source>
        <translation>Cette entrée n’existe plus.</translation>
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
        <translation>Le coffre est verrouillé. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <location filename="../backend/ui/PeopleController.cpp" line="118"/>
        <source>Pick a day after today.</source>
        <translation>Choisissez un jour après aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../backend/ui/PeopleController.cpp" line="123"/>
        <source>Nothing is due for this contact right now.</source>
        <translation>Rien n’est à faire pour ce contact pour l’instant.</translation>
    </message>
    <message>
        <location filename="../backend/ui/PeopleController.cpp" line="141"/>
        <source>Snooze for at least one day.</source>
        <translation>Reportez d’au moins un jour.</translation>
    </message>
    <message>
        <location filename="../backend/ui/PeopleController.cpp" line="160"/>
        <source>That contact no longer exists.</source>
        <translation>Ce contact n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/ui/PeopleController.cpp" line="168"/>
        <source>That template no longer exists.</source>
        <translation>Ce modèle n’existe plus.</translation>
    </message>
</context>
<context>
    <name>rebound::RejectionFlowController</name>
    <message>
        <location filename="../backend/ui/RejectionFlowController.cpp" line="51"/>
        <source>Check in with your feelings</source>
        <translation>Accueillir vos émotions</translation>
    </message>
    <message>
        <location filename="../backend/ui/RejectionFlowController.cpp" line="53"/>
        <source>Ask for feedback</source>
        <translation>Demander un retour</translation>
    </message>
    <message>
        <location filename="../backend/ui/RejectionFlowController.cpp" line="55"/>
        <source>Make your case</source>
        <translation>Faire valoir vos atouts</translation>
    </message>
    <message>
        <location filename="../backend/ui/RejectionFlowController.cpp" line="57"/>
        <source>Don&apos;t burn bridges</source>
        <translation>Ne pas couper les ponts</translation>
    </message>
    <message>
        <location filename="../backend/ui/RejectionFlowController.cpp" line="59"/>
        <source>Name what went well</source>
        <translation>Nommer ce qui s’est bien passé</translation>
    </message>
    <message>
        <location filename="../backend/ui/RejectionFlowController.cpp" line="122"/>
        <source>That application no longer exists.</source>
        <translation>Cette candidature n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/ui/RejectionFlowController.cpp" line="258"/>
        <source>Pick a valid day for the reminder.</source>
        <translation>Choisissez un jour valide pour le rappel.</translation>
    </message>
</context>
<context>
    <name>rebound::ReviewController</name>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="39"/>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="44"/>
        <source>No check-ins in this period.</source>
        <translation>Aucun point du jour sur cette période.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="46"/>
        <source>Mood %1 on the one day you checked in.</source>
        <translation>Humeur %1 le seul jour où vous avez fait le point.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="47"/>
        <source>Mood averaged %1 over %2 days.</source>
        <translation>Humeur moyenne de %1 sur %2 jours.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="54"/>
        <source>%1 About the same as the weeks before.</source>
        <translation>%1 À peu près comme les semaines précédentes.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="56"/>
        <source>%1 Up %2 on the weeks before (%3).</source>
        <translation>%1 En hausse de %2 par rapport aux semaines précédentes (%3).</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="59"/>
        <source>%1 Down %2 on the weeks before (%3).</source>
        <translation>%1 En baisse de %2 par rapport aux semaines précédentes (%3).</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="61"/>
        <source>%1 Down %2 on the weeks before (%3): be kind to yourself.</source>
        <translation>%1 En baisse de %2 par rapport aux semaines précédentes (%3)&#xa0;: prenez soin de vous.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="67"/>
        <source>%1 a week (target %2) · met in %3 of %4 weeks</source>
        <translation>%1 par semaine (cible %2) · atteinte %3 semaines sur %4</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="118"/>
        <location filename="../backend/ui/ReviewController.cpp" line="234"/>
        <source>Finished %1</source>
        <translation>Terminée le %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="119"/>
        <location filename="../backend/ui/ReviewController.cpp" line="235"/>
        <source>Started %1</source>
        <translation>Commencée le %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="168"/>
        <source>Added “%1” as an alternative path to “%2”</source>
        <translation>«&#xa0;%1&#xa0;» ajouté comme voie alternative à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="168"/>
        <source>Adds “%1” as an alternative path to “%2”</source>
        <translation>Ajoute «&#xa0;%1&#xa0;» comme voie alternative à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="169"/>
        <location filename="../backend/ui/ReviewController.cpp" line="174"/>
        <source>a goal that no longer exists</source>
        <translation>un objectif qui n’existe plus</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="171"/>
        <source>Added the goal “%1” (%2)</source>
        <translation>Objectif «&#xa0;%1&#xa0;» ajouté (%2)</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="171"/>
        <source>Adds the goal “%1” (%2)</source>
        <translation>Ajoute l’objectif «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="175"/>
        <source>Marked “%1” as %2</source>
        <translation>«&#xa0;%1&#xa0;» marqué comme %2</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="175"/>
        <source>Marks “%1” as %2</source>
        <translation>Marque «&#xa0;%1&#xa0;» comme %2</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="178"/>
        <source>Planned “%1” for %2 (%3)</source>
        <translation>«&#xa0;%1&#xa0;» prévu pour %2 (%3)</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="178"/>
        <source>Plans “%1” for %2 (%3)</source>
        <translation>Prévoit «&#xa0;%1&#xa0;» pour %2 (%3)</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="293"/>
        <source>Since your last review on %1 (%2 days)</source>
        <translation>Depuis votre dernière revue le %1 (%2 jours)</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="296"/>
        <source>The last %1 days: %2 to %3</source>
        <translation>Les %1 derniers jours&#xa0;: du %2 au %3</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="361"/>
        <source>named once</source>
        <translation>citée une fois</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="361"/>
        <source>named %1 times</source>
        <translation>citée %1 fois</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="395"/>
        <location filename="../backend/ui/ReviewController.cpp" line="565"/>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="427"/>
        <source>That review no longer exists.</source>
        <translation>Cette revue n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="449"/>
        <location filename="../backend/ui/ReviewController.cpp" line="459"/>
        <source>That question is no longer part of the review.</source>
        <translation>Cette question ne fait plus partie de la revue.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="473"/>
        <location filename="../backend/ui/ReviewController.cpp" line="481"/>
        <location filename="../backend/ui/ReviewController.cpp" line="571"/>
        <source>Open a review first.</source>
        <translation>Ouvrez d’abord une revue.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="491"/>
        <source>1 goal added or changed</source>
        <translation>1 objectif ajouté ou modifié</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="491"/>
        <source>%1 goals added or changed</source>
        <translation>%1 objectifs ajoutés ou modifiés</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="492"/>
        <source>1 skills action planned</source>
        <translation>1 action de compétence prévue</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="492"/>
        <source>%1 skills actions planned</source>
        <translation>%1 actions de compétence prévues</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="495"/>
        <source>Review finished.</source>
        <translation>Revue terminée.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="497"/>
        <location filename="../backend/ui/ReviewController.cpp" line="499"/>
        <source>Review finished: %1.</source>
        <translation>Revue terminée&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="501"/>
        <source>Review finished: %1 and %2.</source>
        <translation>Revue terminée&#xa0;: %1 et %2.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="541"/>
        <source>Could not copy the review.</source>
        <translation>Impossible de copier la revue.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="553"/>
        <source>review-%1</source>
        <translation>revue-%1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="573"/>
        <source>Choose a file on this device to export to.</source>
        <translation>Choisissez un fichier sur cet appareil pour l’export.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="575"/>
        <source>&quot;%1&quot; is a folder. Choose a file name.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier. Choisissez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="578"/>
        <source>Could not read the review from the vault.</source>
        <translation>Impossible de lire la revue depuis le coffre.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="585"/>
        <source>Could not write &quot;%1&quot;. Check that the folder exists and you may write there.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;». Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
</context>
<context>
    <name>rebound::SettingsController</name>
    <message>
        <location filename="../backend/ui/SettingsController.cpp" line="37"/>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
</context>
<context>
    <name>rebound::SkillsPlanController</name>
    <message>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="22"/>
        <source>not named in feedback yet</source>
        <translation>pas encore citée dans un retour</translation>
    </message>
    <message>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="25"/>
        <source>last named today</source>
        <translation>citée pour la dernière fois aujourd’hui</translation>
    </message>
    <message>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="27"/>
        <source>last named yesterday</source>
        <translation>citée pour la dernière fois hier</translation>
    </message>
    <message>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="29"/>
        <source>last named %1 days ago</source>
        <translation>citée pour la dernière fois il y a %1 jours</translation>
    </message>
    <message>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="30"/>
        <source>last named on %1</source>
        <translation>citée pour la dernière fois le %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="149"/>
        <source>Pick a valid due day, or leave it empty.</source>
        <translation>Choisissez une échéance valide, ou laissez vide.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="188"/>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="200"/>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="210"/>
        <source>That action no longer exists.</source>
        <translation>Cette action n’existe plus.</translation>
    </message>
</context>
<context>
    <name>rebound::TodayController</name>
    <message>
        <location filename="../backend/ui/TodayController.cpp" line="145"/>
        <source>That check-in no longer exists.</source>
        <translation>Ce point du jour n’existe plus.</translation>
    </message>
    <message>
        <location filename="../backend/ui/TodayController.cpp" line="157"/>
        <source>That win no longer exists.</source>
        <translation>Cette victoire n’existe plus.</translation>
    </message>
</context>
<context>
    <name>rebound::VaultController</name>
    <message>
        <location filename="../backend/ui/VaultController.cpp" line="89"/>
        <source>The two passphrases do not match.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <location filename="../backend/ui/VaultController.cpp" line="91"/>
        <location filename="../backend/ui/VaultController.cpp" line="148"/>
        <source>Use at least %1 characters.</source>
        <translation>Utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../backend/ui/VaultController.cpp" line="106"/>
        <source>Enter your passphrase.</source>
        <translation>Saisissez votre phrase secrète.</translation>
    </message>
    <message>
        <location filename="../backend/ui/VaultController.cpp" line="119"/>
        <source>Choose the backup file first.</source>
        <translation>Choisissez d’abord le fichier de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../backend/ui/VaultController.cpp" line="121"/>
        <source>Enter the backup&apos;s passphrase.</source>
        <translation>Saisissez la phrase secrète de la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../backend/ui/VaultController.cpp" line="146"/>
        <source>The two new passphrases do not match.</source>
        <translation>Les deux nouvelles phrases secrètes ne correspondent pas.</translation>
    </message>
</context>
</TS>
