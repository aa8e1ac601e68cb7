<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutSection</name>
    <message>
        <location filename="../qml/settings/AboutSection.qml" line="14"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../qml/settings/AboutSection.qml" line="19"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../qml/settings/AboutSection.qml" line="22"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../qml/settings/AboutSection.qml" line="25"/>
        <source>Vault location</source>
        <translation>Ubicación de la caja fuerte</translation>
    </message>
    <message>
        <location filename="../qml/settings/AboutSection.qml" line="68"/>
        <source>Your data is encrypted on this device with SQLCipher; keys are derived from your passphrase with Argon2id.</source>
        <translation>Tus datos están cifrados en este dispositivo con SQLCipher; las claves se derivan de tu frase de contraseña con Argon2id.</translation>
    </message>
    <message>
        <location filename="../qml/settings/AboutSection.qml" line="78"/>
        <source>Built with</source>
        <translation>Creado con</translation>
    </message>
    <message>
        <location filename="../qml/settings/AboutSection.qml" line="87"/>
        <source>public domain</source>
        <translation>dominio público</translation>
    </message>
    <message>
        <location filename="../qml/settings/AboutSection.qml" line="97"/>
        <source>%1, licence %2</source>
        <translation>%1, licencia %2</translation>
    </message>
</context>
<context>
    <name>AndroidNotifier</name>
    <message>
        <location filename="../platform/android/AndroidNotifier.cpp" line="35"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../platform/android/AndroidNotifier.cpp" line="51"/>
        <source>Notifications are turned off for Rebound in the system settings.</source>
        <translation>Las notificaciones de Rebound están desactivadas en los ajustes del sistema.</translation>
    </message>
    <message>
        <location filename="../platform/android/AndroidNotifier.cpp" line="62"/>
        <source>Android refused the reminders notification channel.</source>
        <translation>Android rechazó el canal de notificaciones de recordatorios.</translation>
    </message>
    <message>
        <location filename="../platform/android/AndroidNotifier.cpp" line="82"/>
        <source>Android did not show the notification.</source>
        <translation>Android no mostró la notificación.</translation>
    </message>
</context>
<context>
    <name>AppLogo</name>
    <message>
        <location filename="../qml/components/AppLogo.qml" line="20"/>
        <source>Rebound logo</source>
        <translation>Logotipo de Rebound</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message numerus="yes">
        <location filename="../qml/shell/AppShell.qml" line="421"/>
        <source>%n reminders are waiting for you.</source>
        <translation>
            <numerusform>Tienes %n recordatorio esperándote.</numerusform>
            <numerusform>Tienes %n recordatorios esperándote.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/shell/AppShell.qml" line="421"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>ApplicationBoard</name>
    <message>
        <location filename="../qml/jobs/ApplicationBoard.qml" line="27"/>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationBoard.qml" line="39"/>
        <source>Pipeline board</source>
        <translation>Tablero de candidaturas</translation>
    </message>
</context>
<context>
    <name>ApplicationCard</name>
    <message>
        <location filename="../qml/jobs/ApplicationCard.qml" line="28"/>
        <source>Since today</source>
        <translation>Desde hoy</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationCard.qml" line="28"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationCard.qml" line="28"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
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
        <translation>próxima entrevista %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationCard.qml" line="41"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationCard.qml" line="107"/>
        <source>Move %1 to…</source>
        <translation>Mover %1 a…</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="34"/>
        <source>Write a salary as a whole number, such as 65000 or 65k.</source>
        <translation>Escribe el salario como número entero, por ejemplo 65000 o 65k.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="49"/>
        <source>The link must be a web address (http or https).</source>
        <translation>El enlace debe ser una dirección web (http o https).</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="62"/>
        <source>Name the company.</source>
        <translation>Indica la empresa.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="72"/>
        <source>The lowest salary is above the highest.</source>
        <translation>El salario mínimo es mayor que el máximo.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="75"/>
        <source>A currency is three letters, such as EUR or USD.</source>
        <translation>La moneda son tres letras, por ejemplo EUR o USD.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="147"/>
        <source>New application</source>
        <translation>Nueva candidatura</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="147"/>
        <source>Edit application</source>
        <translation>Editar candidatura</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="168"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="176"/>
        <source>e.g. Northwind Traders</source>
        <translation>p. ej., Northwind Traders</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="179"/>
        <source>Company (required)</source>
        <translation>Empresa (obligatorio)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="184"/>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="194"/>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="191"/>
        <source>e.g. Data Analyst</source>
        <translation>p. ej., Analista de datos</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="199"/>
        <source>Where it stands</source>
        <translation>En qué punto está</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="214"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="222"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="227"/>
        <source>Job ad</source>
        <translation>Oferta de empleo</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="238"/>
        <source>Link, e.g. jobs.example.com/123</source>
        <translation>Enlace, p. ej., jobs.example.com/123</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="242"/>
        <source>Link to the job ad</source>
        <translation>Enlace a la oferta de empleo</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="247"/>
        <source>Open the link</source>
        <translation>Abrir el enlace</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="254"/>
        <source>Found through</source>
        <translation>Encontrada a través de</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="261"/>
        <source>e.g. LinkedIn or a referral</source>
        <translation>p. ej., LinkedIn o una recomendación</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="264"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="282"/>
        <source>Use source %1</source>
        <translation>Usar el origen %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="289"/>
        <source>Location and way of working</source>
        <translation>Ubicación y modalidad de trabajo</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="296"/>
        <source>e.g. Berlin</source>
        <translation>p. ej., Madrid</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="299"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="304"/>
        <source>Way of working</source>
        <translation>Modalidad de trabajo</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="312"/>
        <source>Salary range (optional)</source>
        <translation>Rango salarial (opcional)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="324"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="327"/>
        <source>Lowest salary</source>
        <translation>Salario mínimo</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="331"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="341"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="344"/>
        <source>Highest salary</source>
        <translation>Salario máximo</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="351"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="356"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="361"/>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="374"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="369"/>
        <source>What caught your eye, questions to ask, next steps…</source>
        <translation>Lo que te llamó la atención, preguntas que hacer, próximos pasos…</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="391"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="393"/>
        <source>Delete application</source>
        <translation>Eliminar candidatura</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="403"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="413"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationEditor.qml" line="414"/>
        <source>Save application</source>
        <translation>Guardar candidatura</translation>
    </message>
</context>
<context>
    <name>ApplicationList</name>
    <message>
        <location filename="../qml/jobs/ApplicationList.qml" line="31"/>
        <source>Applications</source>
        <translation>Candidaturas</translation>
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
        <translation>Candidatura: %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="42"/>
        <source>Application</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="57"/>
        <source>Back to the applications</source>
        <translation>Volver a las candidaturas</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="57"/>
        <source>Close the application</source>
        <translation>Cerrar el detalle de la candidatura</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="68"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="70"/>
        <source>Delete application</source>
        <translation>Eliminar candidatura</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="77"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="78"/>
        <source>Edit application</source>
        <translation>Editar candidatura</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="163"/>
        <source>Since today</source>
        <translation>Desde hoy</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="163"/>
        <source>Since %1 · 1 day</source>
        <translation>Desde %1 · 1 día</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="163"/>
        <source>Since %1 · %2 days</source>
        <translation>Desde %1 · %2 días</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="173"/>
        <source>Move to…</source>
        <translation>Mover a…</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="175"/>
        <source>Move to another stage</source>
        <translation>Mover a otra etapa</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="196"/>
        <source>Open the job ad: %1</source>
        <translation>Abrir la oferta de empleo: %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="228"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="235"/>
        <source>Salary</source>
        <translation>Salario</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="242"/>
        <source>Found through</source>
        <translation>Encontrada a través de</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="259"/>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="260"/>
        <location filename="../qml/jobs/ApplicationView.qml" line="282"/>
        <location filename="../qml/jobs/ApplicationView.qml" line="315"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="261"/>
        <source>Add an interview</source>
        <translation>Añadir una entrevista</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="263"/>
        <source>Log an interview to get a prep reminder the day before and a place for your reflection.</source>
        <translation>Registra una entrevista para recibir un recordatorio de preparación el día anterior y tener un espacio para tu reflexión.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="281"/>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="283"/>
        <source>Add feedback</source>
        <translation>Añadir comentarios</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="285"/>
        <source>Whatever you hear back, from them or from a mock interview, feeds your skills plan.</source>
        <translation>Todo lo que te digan, ellos o en una entrevista de práctica, alimenta tu plan de habilidades.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="303"/>
        <source>Stage history</source>
        <translation>Historial de etapas</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="314"/>
        <source>People</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="316"/>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="318"/>
        <source>Recruiters, hiring managers, whoever referred you.</source>
        <translation>Reclutadores, responsables de contratación, quien te haya recomendado.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="361"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="371"/>
        <source>Remove %1</source>
        <translation>Quitar a %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="381"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="395"/>
        <source>%1, due %2</source>
        <translation>%1, vence %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="413"/>
        <source>Was due %1</source>
        <translation>Vencía %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="428"/>
        <source>This application is gone</source>
        <translation>Esta candidatura ya no existe</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="428"/>
        <source>Pick an application</source>
        <translation>Elige una candidatura</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="429"/>
        <source>It may have been deleted.</source>
        <translation>Puede que se haya eliminado.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ApplicationView.qml" line="429"/>
        <source>Its interviews, feedback and history open here.</source>
        <translation>Aquí se abren sus entrevistas, comentarios e historial.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../backend/services/Backup.cpp" line="59"/>
        <source>The backup file %1 is damaged or incomplete. Nothing was restored from it.</source>
        <translation>El archivo de copia de seguridad %1 está dañado o incompleto. No se ha restaurado nada.</translation>
    </message>
    <message>
        <location filename="../backend/services/Backup.cpp" line="141"/>
        <source>There is not enough space to write the backup to %1.</source>
        <translation>No hay espacio suficiente para escribir la copia de seguridad en %1.</translation>
    </message>
    <message>
        <location filename="../backend/services/Backup.cpp" line="142"/>
        <source>Could not write the backup to %1: %2</source>
        <translation>No se pudo escribir la copia de seguridad en %1: %2</translation>
    </message>
    <message>
        <location filename="../backend/services/Backup.cpp" line="169"/>
        <source>The key-derivation settings are out of the allowed range.</source>
        <translation>Los ajustes de derivación de la clave están fuera del rango permitido.</translation>
    </message>
    <message>
        <location filename="../backend/services/Backup.cpp" line="212"/>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../backend/services/Backup.cpp" line="217"/>
        <source>%1 is not a Rebound backup file.</source>
        <translation>%1 no es un archivo de copia de seguridad de Rebound.</translation>
    </message>
    <message>
        <location filename="../backend/services/Backup.cpp" line="224"/>
        <source>This backup was made by a newer version of Rebound. Update the app to restore it.</source>
        <translation>Esta copia de seguridad se creó con una versión más reciente de Rebound. Actualiza la app para restaurarla.</translation>
    </message>
    <message>
        <location filename="../backend/services/Backup.cpp" line="274"/>
        <source>The backup passphrase is wrong, or the file is damaged.</source>
        <translation>La frase de contraseña de la copia de seguridad es incorrecta o el archivo está dañado.</translation>
    </message>
    <message>
        <location filename="../backend/services/Backup.cpp" line="338"/>
        <source>A vault already exists in %1.</source>
        <translation>Ya existe una caja fuerte en %1.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="24"/>
        <source>Create an encrypted backup</source>
        <translation>Crear una copia de seguridad cifrada</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="43"/>
        <source>Choose a passphrase for this backup. It can be your vault&apos;s. Nobody can open the backup without it, and nobody can recover it.</source>
        <translation>Elige una frase de contraseña para esta copia de seguridad. Puede ser la de tu caja fuerte. Sin ella nadie puede abrir la copia, y nadie puede recuperarla.</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="53"/>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="62"/>
        <source>Use at least %1 characters.</source>
        <translation>Usa al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="69"/>
        <source>Repeat the backup passphrase</source>
        <translation>Repite la frase de contraseña de la copia</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="85"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="94"/>
        <source>Save backup…</source>
        <translation>Guardar copia…</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="95"/>
        <source>Choose where to save the backup</source>
        <translation>Elegir dónde guardar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="103"/>
        <source>Save the backup as</source>
        <translation>Guardar la copia de seguridad como</translation>
    </message>
    <message>
        <location filename="../qml/settings/BackupDialog.qml" line="106"/>
        <source>Rebound backups (*.rebound-backup)</source>
        <translation>Copias de seguridad de Rebound (*.rebound-backup)</translation>
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
        <translation>1 candidatura</translation>
    </message>
    <message>
        <location filename="../qml/jobs/BoardColumn.qml" line="26"/>
        <source>%1 applications</source>
        <translation>%1 candidaturas</translation>
    </message>
    <message>
        <location filename="../qml/jobs/BoardColumn.qml" line="121"/>
        <source>Nothing here</source>
        <translation>Nada por aquí</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <location filename="../qml/shell/BottomBar.qml" line="19"/>
        <source>Main navigation</source>
        <translation>Navegación principal</translation>
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
        <translation>ánimo %1</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarDayCell.qml" line="26"/>
        <source>no mood</source>
        <translation>sin ánimo registrado</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarDayCell.qml" line="28"/>
        <source>1 check-in</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarDayCell.qml" line="28"/>
        <source>%1 check-ins</source>
        <translation>%1 registros</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarDayCell.qml" line="30"/>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarDayCell.qml" line="30"/>
        <source>%1 entries</source>
        <translation>%1 entradas</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarDayCell.qml" line="32"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <location filename="../qml/journal/CalendarGrid.qml" line="39"/>
        <source>Month calendar</source>
        <translation>Calendario del mes</translation>
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
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarView.qml" line="89"/>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarView.qml" line="118"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarView.qml" line="119"/>
        <source>Back to this month</source>
        <translation>Volver a este mes</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarView.qml" line="129"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarView.qml" line="151"/>
        <source>No journal entries on this day.</source>
        <translation>No hay entradas del diario en este día.</translation>
    </message>
    <message>
        <location filename="../qml/journal/CalendarView.qml" line="161"/>
        <source>Tap a day to see its entries.</source>
        <translation>Toca un día para ver sus entradas.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="36"/>
        <source>disappointed</source>
        <translation>decepción</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="37"/>
        <source>frustrated</source>
        <translation>frustración</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="38"/>
        <source>disheartened</source>
        <translation>desánimo</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="39"/>
        <source>anxious</source>
        <translation>ansiedad</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="40"/>
        <source>embarrassed</source>
        <translation>vergüenza</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="41"/>
        <source>overwhelmed</source>
        <translation>agobio</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="42"/>
        <source>hopeful</source>
        <translation>esperanza</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="43"/>
        <source>relieved</source>
        <translation>alivio</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="44"/>
        <source>proud</source>
        <translation>orgullo</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="45"/>
        <source>motivated</source>
        <translation>motivación</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="46"/>
        <source>calm</source>
        <translation>calma</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="47"/>
        <source>grateful</source>
        <translation>gratitud</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="52"/>
        <source>applied</source>
        <translation>me postulé</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="53"/>
        <source>reached out</source>
        <translation>contacté</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="54"/>
        <source>practised</source>
        <translation>practiqué</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="55"/>
        <source>learned</source>
        <translation>aprendí</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="56"/>
        <source>exercised</source>
        <translation>hice ejercicio</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="57"/>
        <source>rested</source>
        <translation>descansé</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="137"/>
        <location filename="../backend/storage/CatalogRepository.cpp" line="205"/>
        <source>Please give it a name.</source>
        <translation>Ponle un nombre.</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="143"/>
        <source>“%1” is already in the list, hidden. Show it again instead.</source>
        <translation>«%1» ya está en la lista, pero oculto. Mejor vuelve a mostrarlo.</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="144"/>
        <location filename="../backend/storage/CatalogRepository.cpp" line="214"/>
        <source>“%1” is already in the list.</source>
        <translation>«%1» ya está en la lista.</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="148"/>
        <source>The list is full (at most %1 items).</source>
        <translation>La lista está llena (%1 elementos como máximo).</translation>
    </message>
    <message>
        <location filename="../backend/storage/CatalogRepository.cpp" line="171"/>
        <source>That item no longer exists.</source>
        <translation>Ese elemento ya no existe.</translation>
    </message>
</context>
<context>
    <name>CatalogEditor</name>
    <message>
        <location filename="../qml/settings/CatalogEditor.qml" line="15"/>
        <source>New item</source>
        <translation>Nuevo elemento</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogEditor.qml" line="82"/>
        <source>Kind of feeling</source>
        <translation>Tipo de emoción</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogEditor.qml" line="86"/>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogEditor.qml" line="89"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogEditor.qml" line="92"/>
        <source>Good</source>
        <translation>Agradable</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogEditor.qml" line="99"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogEditor.qml" line="100"/>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
</context>
<context>
    <name>CatalogItemRow</name>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="24"/>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="24"/>
        <source>Good</source>
        <translation>Agradable</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="24"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="34"/>
        <source>built-in</source>
        <translation>predefinido</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="36"/>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="93"/>
        <source>Rename %1</source>
        <translation>Cambiar el nombre de %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="100"/>
        <source>Show %1 on the Today page</source>
        <translation>Mostrar %1 en la página Hoy</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="117"/>
        <source>New name for %1</source>
        <translation>Nuevo nombre para %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="124"/>
        <source>Save name</source>
        <translation>Guardar nombre</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="132"/>
        <source>Cancel renaming</source>
        <translation>Cancelar el cambio de nombre</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="142"/>
        <source>Reset to original name</source>
        <translation>Restaurar el nombre original</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogItemRow.qml" line="143"/>
        <source>Reset %1 to its original name</source>
        <translation>Restaurar el nombre original de %1</translation>
    </message>
</context>
<context>
    <name>CatalogSection</name>
    <message>
        <location filename="../qml/settings/CatalogSection.qml" line="15"/>
        <source>Emotions &amp; effort tags</source>
        <translation>Emociones y etiquetas de esfuerzo</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogSection.qml" line="20"/>
        <source>List to edit</source>
        <translation>Lista para editar</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogSection.qml" line="24"/>
        <source>Emotions</source>
        <translation>Emociones</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogSection.qml" line="27"/>
        <source>Effort tags</source>
        <translation>Etiquetas de esfuerzo</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogSection.qml" line="37"/>
        <source>Feelings you can name in a check-in. Hidden ones stay in past check-ins but are not offered.</source>
        <translation>Emociones que puedes nombrar en un registro. Las ocultas se conservan en los registros anteriores, pero ya no se ofrecen.</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogSection.qml" line="37"/>
        <source>Things in your control that you did: applying, reaching out, practising, resting.</source>
        <translation>Cosas bajo tu control que hiciste: postularte, contactar con alguien, practicar, descansar.</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogSection.qml" line="56"/>
        <source>New emotion</source>
        <translation>Nueva emoción</translation>
    </message>
    <message>
        <location filename="../qml/settings/CatalogSection.qml" line="56"/>
        <source>New effort tag</source>
        <translation>Nueva etiqueta de esfuerzo</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="30"/>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="136"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="57"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="67"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="68"/>
        <source>At least %1 characters</source>
        <translation>Al menos %1 caracteres</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="79"/>
        <source>Use at least %1 characters.</source>
        <translation>Usa al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="86"/>
        <source>Repeat the new passphrase</source>
        <translation>Repite la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="95"/>
        <source>Nobody can recover a forgotten passphrase. Keep the new one somewhere safe.</source>
        <translation>Nadie puede recuperar una frase de contraseña olvidada. Guarda la nueva en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="116"/>
        <source>Changing passphrase</source>
        <translation>Cambiando la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="125"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/settings/ChangePassphraseDialog.qml" line="135"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
</context>
<context>
    <name>CheckInCard</name>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="55"/>
        <source>How are you feeling?</source>
        <translation>¿Cómo te sientes?</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="76"/>
        <source>Feelings</source>
        <translation>Emociones</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="77"/>
        <source>pick any</source>
        <translation>elige las que quieras</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="84"/>
        <source>Hard</source>
        <translation>Difíciles</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="94"/>
        <source>Hard feelings</source>
        <translation>Emociones difíciles</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="95"/>
        <source>hard feeling</source>
        <translation>emoción difícil</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="104"/>
        <source>Good</source>
        <translation>Agradables</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="114"/>
        <source>Good feelings</source>
        <translation>Emociones agradables</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="115"/>
        <source>good feeling</source>
        <translation>emoción agradable</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="122"/>
        <source>Other</source>
        <translation>Otras</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="132"/>
        <source>Other feelings</source>
        <translation>Otras emociones</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="142"/>
        <location filename="../qml/today/CheckInCard.qml" line="151"/>
        <source>What you did</source>
        <translation>Lo que hiciste</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="143"/>
        <source>effort counts</source>
        <translation>el esfuerzo cuenta</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="152"/>
        <source>effort</source>
        <translation>esfuerzo</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="160"/>
        <source>A line about it, if you like</source>
        <translation>Una línea sobre ello, si quieres</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="164"/>
        <source>Note, one line</source>
        <translation>Nota, una línea</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="174"/>
        <source>Saved privately in your vault.</source>
        <translation>Guardado de forma privada en tu caja fuerte.</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="174"/>
        <source>Pick a mood to save.</source>
        <translation>Elige un ánimo para guardar.</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="183"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../qml/today/CheckInCard.qml" line="184"/>
        <source>Save check-in</source>
        <translation>Guardar registro</translation>
    </message>
</context>
<context>
    <name>CheckInSection</name>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="14"/>
        <source>Check-in</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="29"/>
        <source>Daily nudge</source>
        <translation>Aviso diario</translation>
    </message>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="30"/>
        <source>A gentle reminder to check in once a day.</source>
        <translation>Un recordatorio amable para registrarte una vez al día.</translation>
    </message>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="34"/>
        <source>Daily check-in nudge</source>
        <translation>Aviso diario de registro</translation>
    </message>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="41"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="43"/>
        <source>Every day at %1.</source>
        <translation>Todos los días a las %1.</translation>
    </message>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="43"/>
        <source>Turn the nudge on to choose a time.</source>
        <translation>Activa el aviso para elegir una hora.</translation>
    </message>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="49"/>
        <source>Nudge time</source>
        <translation>Hora del aviso</translation>
    </message>
    <message>
        <location filename="../qml/settings/CheckInSection.qml" line="69"/>
        <source>The nudge comes as a notification, only on days you have not checked in yet.</source>
        <translation>El aviso llega como notificación, solo los días en que aún no te has registrado.</translation>
    </message>
</context>
<context>
    <name>CheckIns</name>
    <message>
        <location filename="../backend/storage/CheckInRepository.cpp" line="89"/>
        <source>Pick a mood from 1 to 5.</source>
        <translation>Elige un estado de ánimo del 1 al 5.</translation>
    </message>
    <message>
        <location filename="../backend/storage/CheckInRepository.cpp" line="127"/>
        <source>That check-in no longer exists.</source>
        <translation>Ese registro ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/storage/CheckInRepository.cpp" line="148"/>
        <source>That check-in is not deleted.</source>
        <translation>Ese registro no está eliminado.</translation>
    </message>
    <message>
        <location filename="../backend/storage/CheckInRepository.cpp" line="250"/>
        <location filename="../backend/storage/CheckInRepository.cpp" line="266"/>
        <source>Write a few words about the win.</source>
        <translation>Escribe unas palabras sobre el logro.</translation>
    </message>
    <message>
        <location filename="../backend/storage/CheckInRepository.cpp" line="269"/>
        <source>That win is not deleted.</source>
        <translation>Ese logro no está eliminado.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="211"/>
        <source>Am I aiming at the right roles?</source>
        <translation>¿Apunto a los puestos adecuados?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="212"/>
        <source>Where do you get interviews, and where only silence? Do the roles fit your experience and what you want next?</source>
        <translation>¿Dónde consigues entrevistas y dónde solo silencio? ¿Encajan los puestos con tu experiencia y con lo que quieres ahora?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="214"/>
        <source>Do my skills or certifications need a refresh?</source>
        <translation>¿Necesito actualizar mis habilidades o certificaciones?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="215"/>
        <source>Which gaps keep coming up in feedback? Is there a course, a project or a certificate that would close one?</source>
        <translation>¿Qué carencias salen una y otra vez en los comentarios? ¿Hay algún curso, proyecto o certificado que cubriría alguna?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="217"/>
        <source>Is my interview approach working?</source>
        <translation>¿Funciona mi manera de afrontar las entrevistas?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="218"/>
        <source>How far do you usually get? Read your interview reflections: what would you do differently next time?</source>
        <translation>¿Hasta dónde sueles llegar? Lee tus reflexiones sobre las entrevistas: ¿qué harías distinto la próxima vez?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="220"/>
        <source>Are my CV and cover letters up to date?</source>
        <translation>¿Están al día mi CV y mis cartas de presentación?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="221"/>
        <source>Do they show your latest work and speak to the roles you want now? When did someone else last read them?</source>
        <translation>¿Muestran tu trabajo más reciente y hablan de los puestos que quieres ahora? ¿Cuándo los leyó otra persona por última vez?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="223"/>
        <source>Are there adjacent paths worth trying?</source>
        <translation>¿Hay caminos cercanos que valga la pena probar?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="224"/>
        <source>Nearby roles, industries or kinds of company where your strengths count just as much.</source>
        <translation>Puestos, sectores o tipos de empresa cercanos donde tus fortalezas cuentan igual.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="226"/>
        <source>Am I making the most of my network?</source>
        <translation>¿Aprovecho bien mi red de contactos?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="227"/>
        <source>Who have you not talked to for a while? Who could introduce you, give you feedback or simply listen?</source>
        <translation>¿Con quién hace tiempo que no hablas? ¿Quién podría presentarte a alguien, darte comentarios o simplemente escucharte?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="229"/>
        <source>Am I looking after myself?</source>
        <translation>¿Me estoy cuidando?</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="230"/>
        <source>Sleep, movement, time off, people who lift you up. A steady pace lasts longer than a sprint.</source>
        <translation>Sueño, movimiento, tiempo libre, personas que te levantan el ánimo. Un ritmo constante dura más que un sprint.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="293"/>
        <source>Re-evaluate my search</source>
        <translation>Reevaluar mi búsqueda</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="92"/>
        <source>Give the checklist a name.</source>
        <translation>Ponle un nombre a la lista de verificación.</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="159"/>
        <source>Question deleted</source>
        <translation>Pregunta eliminada</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="159"/>
        <location filename="../qml/goals/ChecklistEditor.qml" line="182"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="171"/>
        <source>Copied as “%1”</source>
        <translation>Copiada como «%1»</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="182"/>
        <source>Checklist “%1” deleted</source>
        <translation>Lista de verificación «%1» eliminada</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="207"/>
        <source>New checklist</source>
        <translation>Nueva lista de verificación</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="207"/>
        <source>Edit checklist</source>
        <translation>Editar lista de verificación</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="237"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="245"/>
        <source>e.g. Monthly check on my search</source>
        <translation>p. ej., Revisión mensual de mi búsqueda</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="248"/>
        <source>Checklist name (required)</source>
        <translation>Nombre de la lista de verificación (obligatorio)</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="257"/>
        <source>Review it</source>
        <translation>Revisarla</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="272"/>
        <source>Not scheduled</source>
        <translation>Sin programar</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="272"/>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="272"/>
        <source>Every %1 weeks</source>
        <translation>Cada %1 semanas</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="273"/>
        <source>Review every how many weeks: %1</source>
        <translation>Revisar cada cuántas semanas: %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="282"/>
        <source>Review it whenever you like.</source>
        <translation>Revísala cuando quieras.</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="282"/>
        <source>Today reminds you when it is due.</source>
        <translation>La página Hoy te avisa cuando toque.</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="295"/>
        <source>Create and add questions</source>
        <translation>Crear y añadir preguntas</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="315"/>
        <source>1 question</source>
        <translation>1 pregunta</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="315"/>
        <source>%1 questions</source>
        <translation>%1 preguntas</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="326"/>
        <source>Add a question</source>
        <translation>Añadir una pregunta</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="338"/>
        <source>Add the questions you want to ask yourself at each review. Keep them kind and honest.</source>
        <translation>Añade las preguntas que quieras hacerte en cada revisión. Que sean amables y sinceras.</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="388"/>
        <source>A new question, e.g. Am I resting enough?</source>
        <translation>Una pregunta nueva, p. ej., ¿Estoy descansando lo suficiente?</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="391"/>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="399"/>
        <source>A hint: what to think about (optional)</source>
        <translation>Una pista: en qué pensar (opcional)</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="404"/>
        <source>Hint for the new question</source>
        <translation>Pista para la nueva pregunta</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="417"/>
        <location filename="../qml/goals/ChecklistEditor.qml" line="470"/>
        <location filename="../qml/goals/ChecklistEditor.qml" line="471"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="418"/>
        <source>Cancel the new question</source>
        <translation>Cancelar la nueva pregunta</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="430"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="431"/>
        <source>Add the question</source>
        <translation>Añadir la pregunta</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="447"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="449"/>
        <source>Delete checklist</source>
        <translation>Eliminar lista de verificación</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="456"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="457"/>
        <source>Duplicate checklist</source>
        <translation>Duplicar lista de verificación</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="470"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistEditor.qml" line="471"/>
        <source>Done editing the checklist</source>
        <translation>Terminar de editar la lista de verificación</translation>
    </message>
</context>
<context>
    <name>ChecklistItemRow</name>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="48"/>
        <source>Question %1: %2</source>
        <translation>Pregunta %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="69"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="111"/>
        <source>Move up: %1</source>
        <translation>Subir: %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="119"/>
        <source>Edit: %1</source>
        <translation>Editar: %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="127"/>
        <source>Move down: %1</source>
        <translation>Bajar: %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="135"/>
        <source>Delete: %1</source>
        <translation>Eliminar: %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="148"/>
        <source>The question</source>
        <translation>La pregunta</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="151"/>
        <source>Question %1</source>
        <translation>Pregunta %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="161"/>
        <source>A hint: what to think about (optional)</source>
        <translation>Una pista: en qué pensar (opcional)</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="166"/>
        <source>Hint for question %1</source>
        <translation>Pista para la pregunta %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="180"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="181"/>
        <source>Cancel editing question %1</source>
        <translation>Cancelar la edición de la pregunta %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="188"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../qml/goals/ChecklistItemRow.qml" line="189"/>
        <source>Save question %1</source>
        <translation>Guardar la pregunta %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="73"/>
        <source>%1 can only be given once.</source>
        <translation>%1 solo se puede indicar una vez.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="92"/>
        <location filename="../backend/cli/Arguments.cpp" line="96"/>
        <location filename="../backend/cli/Arguments.cpp" line="99"/>
        <source>%1 does not take %2.</source>
        <translation>%1 no admite %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="104"/>
        <source>Unexpected word: %1</source>
        <translation>Palabra inesperada: %1</translation>
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
        <translation>Candidaturas:
  app add --company C [--role R] [--link URL] [--source S] [--location L]
          [--remote onsite|hybrid|remote] [--salary MIN-MAX|N] [--currency EUR]
          [--stage KEY] [--date D] [--note N] [--notes TEXT|-]
          [--contact &quot;NAME[:role][&lt;email&gt;]&quot;]... [--json]
      añade una candidatura y muestra su ID. --stage indica en qué punto está (por
      defecto applied) y --date cuándo llegó ahí (por defecto, hoy); --note acompaña
      a ese primer paso. --salary admite 60000-80000, 60k-80k o una sola cifra.
      --contact añade una persona, p. ej. &quot;Ana Ruiz:recruiter&lt;ana@example.com&gt;&quot;;
      roles: recruiter, interviewer, hiring_manager, referrer, other (por defecto
      recruiter).
  app list [--stage KEY[,KEY]] [--open | --closed] [--search TEXT] [--source S]
           [--remote MODE] [--json]
      candidaturas agrupadas por etapa, en el orden del proceso, primero las que se
      movieron más recientemente. --open: aún en curso; --closed: aceptadas,
      rechazadas, retiradas, sin respuesta. --search busca palabras (como prefijos)
      en empresa, puesto, ubicación, fuente, notas y nombres de personas.
  app show ID [--json]
      todos los campos, el historial de etapas, personas, entrevistas, comentarios
      y recordatorios.
  app stage ID STAGE [--date D] [--note N] [--json]
      registra que la candidatura llegó a STAGE (el día D, por defecto hoy). Pasar
      a rejected también prepara el proceso guiado tras un rechazo, que te espera
      en la app (es una conversación, algo que una terminal no hace bien).
  app edit ID [las opciones de app add salvo --stage, --date, --note] [--json]
      cambia los campos indicados; &quot;&quot; vacía uno (p. ej. --salary &quot;&quot;). --contact
      añade una persona, o actualiza el rol y el correo de la que tiene ese nombre.
  app delete ID [--yes]
      elimina la candidatura con su historial, personas, entrevistas y
      recordatorios; sus comentarios se quedan en tu plan de habilidades. En una
      terminal pregunta antes; sin terminal, hace falta --yes.
  app export [--format csv|json] [--output FILE]
      todas las candidaturas (CSV: una fila por candidatura; JSON: con historial,
      personas y entrevistas) a stdout o a FILE (escrito de forma atómica y legible
      solo por ti; los archivos CSV empiezan con una marca de orden de bytes para
      las hojas de cálculo). La exportación NO está cifrada.

  STAGE/KEY: saved, applied, screening, interviewing, final_round, offer, accepted,
             rejected, withdrawn, no_answer (&quot;final-round&quot; y &quot;Ronda final&quot; también
             valen).
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
        <translation>Entrevistas:
  interview add APP_ID --at &quot;YYYY-MM-DD HH:MM&quot;
          [--kind phone_screen|technical|behavioural|panel|final] [--with NAME]...
          [--before 1-5] [--after 1-5] [--stumped T] [--less-confident T]
          [--went-well T] [--differently T] [--notes T] [--json]
      registra una entrevista (hora local) y muestra su ID. Una entrevista futura
      recibe un recordatorio para prepararla el día antes. --before y --after son
      cuánta confianza sentías; los campos de reflexión son para después (ver
      interview edit).
  interview edit ID [las opciones de interview add] [--json]
      cambia los campos indicados, p. ej. para añadir tu reflexión tras la
      entrevista.
  interview list [APP_ID] [--upcoming] [--json]
      las más recientes primero; con APP_ID, las de esa candidatura, en orden;
      --upcoming: las que aún están por llegar, las más próximas primero.
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
        <translation>Comentarios:
  feedback add [--app ID] [--interview ID] [--source employer|mock|self] [--date D]
               [--text T|-] [--strength SKILL]... [--weakness SKILL]... [--json]
      anota comentarios y las habilidades que mencionan (se crean la primera vez
      que se usan y se reconocen sin distinguir mayúsculas). Una entrevista implica
      su candidatura. Indica el texto, una habilidad o ambos.
  feedback list [--app ID] [--json]          los más recientes primero
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
        <translation>Plan de habilidades:
  skills [--json]
      fortalezas y después debilidades, ordenadas según la frecuencia y lo reciente
      de sus menciones en los comentarios (una mención pierde la mitad de su peso
      cada 90 días), con las acciones planificadas para cada debilidad.
  skills action add SKILL --title T [--kind KIND] [--due D] [--json]
      planifica algo para una habilidad. KIND: course, mock_interview, practice
      (por defecto), certification, reading.
  skills action done ACTION_ID
  skills pitch SKILL [TEXT | -]
      cómo presentas una fortaleza en una entrevista; sin TEXT (o con -) se lee de
      stdin. SKILL es un nombre tal como lo muestra &quot;skills&quot;.
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
        <translation>Objetivos:
  goal add TITLE [--kind role|industry|skill|certification|effort|other] [--notes T]
           [--by D] [--metric M --per-week N] [--alternative-to GOAL_ID] [--json]
      añade un objetivo y muestra su ID. Un objetivo de esfuerzo semanal (--kind
      effort, implícito con --metric) cuenta M frente a N por semana. M:
      applications, interviews, journal, o effort:NAME para los registros con esa
      etiqueta de esfuerzo (p. ej. effort:&quot;contacté&quot;). --alternative-to lo
      convierte en un camino alternativo junto a ese objetivo (del mismo tipo,
      salvo que --kind diga otra cosa).
  goal north-star [TEXT] [--notes T] [--json]
      muestra el objetivo a largo plazo que no pierdes de vista, o lo fija; &quot;&quot;
      lo borra.
  goal list [--all] [--json]
      objetivos abiertos por tipo, las alternativas bajo su objetivo, los
      objetivos de esfuerzo con el recuento de esta semana; --all añade los
      logrados y los abandonados.
  goal edit ID [--title T] [--notes T] [--by D] [--status active|paused|achieved|dropped]
           [--metric M] [--per-week N] [--json]
      cambia los campos indicados; --by &quot;&quot; y --notes &quot;&quot; los vacían.
  goal done ID                 lo marca como logrado
  goal delete ID [--yes]       lo elimina junto con sus caminos alternativos
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
        <translation>Listas de verificación y revisiones:
  checklist list [--json]      las listas de reevaluación y cuándo toca cada una
  review start [--checklist NAME_OR_ID] [--json]
      empieza una revisión de la lista (por defecto, la predeterminada) o retoma
      la que está en curso; muestra su ID y las preguntas numeradas.
  review answer REVIEW_ID N yes|no|unsure [--note T]
           [--follow-up-goal TITLE [--goal-kind KIND]]
           [--follow-up-action TITLE --skill NAME [--action-kind KIND]]
           [--follow-up-status GOAL_ID:STATUS] [--no-follow-up] [--json]
      responde a la pregunta N (desde 1). Un seguimiento (como mucho uno) se
      aplica al terminar la revisión: un objetivo nuevo, un nuevo estado para un
      objetivo o una acción de habilidad (la habilidad se crea si es nueva). La
      nota y el seguimiento quedan como estaban si no se indican.
  review finish REVIEW_ID [--json]
      termina la revisión y aplica sus seguimientos; después es de solo lectura.
  review list [--json]         todas las revisiones, las más recientes primero,
                               con lo que cambió
  review show REVIEW_ID [--json]
      las respuestas y lo que cambió desde la revisión anterior de esa lista:
      respuestas, esfuerzo frente a objetivos, ánimo, candidaturas, objetivos.
  review export REVIEW_ID [--output FILE]
      la revisión en Markdown para un coach o mentor, a stdout o a FILE (escrito
      de forma atómica y legible solo por ti). La exportación NO está cifrada.
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
        <translation>Contactos:
  contact add --name N [--company C] [--role R] [--email E]... [--phone P]... [--url URL]
              [--met T] [--tag TAG]... [--notes T|-] [--cadence DAYS|off|tags] [--json]
      añade un contacto y muestra su ID. --met es cómo conociste a la persona. TAG:
      recruiter, interviewer, hiring_manager, mentor, peer, support (amistades,
      familia, orientación profesional). --cadence: mantener el contacto cada DAYS
      días, off, o tags (por defecto: el valor predeterminado más corto de sus
      etiquetas, editable en la app).
  contact list [--search TEXT] [--tag TAG] [--due] [--json]
      por nombre, con la fecha del último contacto y cuándo toca el siguiente;
      --due: solo los pendientes o atrasados, los más atrasados primero.
  contact show ID [--json]
      todos los campos, el estado de mantener el contacto, las interacciones y las
      candidaturas vinculadas.
  contact log ID [--kind message|email|call|meeting|coffee|event] [--date D] [--note T|-] [--json]
      registra una interacción (por defecto: un mensaje hoy); reinicia la cuenta
      para mantener el contacto.
  contact edit ID [las opciones de contact add] [--json]
      cambia los campos indicados; --email, --phone y --tag sustituyen las listas,
      &quot;&quot; las vacía.
  contact delete ID [--yes]
      elimina el contacto y sus interacciones; las candidaturas conservan el
      nombre de la persona.
  contact import FILE [--skip-duplicates] [--yes]
      lee un archivo vCard (3.0 o 4.0), muestra lo que contiene y quién ya está
      aquí (mismo correo o teléfono), pregunta y luego lo importa todo de una vez.
      Un archivo mal formado se rechaza indicando la línea del problema, y no se
      importa nada.
  contact export [--output FILE]
      todos los contactos en vCard 4.0 a stdout o a FILE (escrito de forma atómica
      y legible solo por ti). La exportación NO está cifrada.
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
        <translation>Recordatorios:
  reminders [--days N] [--json]
      lo que toca ahora y lo que llega en los próximos N días (por defecto 14):
      mantener el contacto, seguimiento de comentarios, plazos para volver a
      postularte, preparación de entrevistas, el aviso para registrar tu ánimo,
      revisiones de objetivos y acciones de habilidades, a la hora de
      recordatorio fijada en la app (Ajustes).
  reminders --due [--json]      solo lo que toca ahora
  reminders --ics FILE [--days N]
      los próximos recordatorios como archivo iCalendar (FILE, o - para stdout)
      que cualquier calendario puede importar. NO está cifrado.
  reminders --notify
      muestra lo que ha vencido como notificaciones de escritorio, una vez cada
      cosa; para el temporizador de usuario de systemd
      (platform/linux/install-reminder-timer.sh, o el interruptor en Ajustes).
      Nunca pide la frase de contraseña: necesita la clave recordada en este
      dispositivo (&quot;Recordar en este dispositivo&quot; en la app) y, si no, sale con
      5 sin cambiar nada.
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
        <translation>Perspectivas (las cifras de la página Perspectivas de la app):
  insights [--year YYYY] [--rest-days DAYS] [--json]
      el ánimo de 7, 30 y 365 días con una media móvil; el año en píxeles (un
      dígito 1-5 por día, . = sin ánimo; --year elige otro año); rachas de
      esfuerzo (lo que controlas: candidaturas, networking, práctica, aprendizaje,
      diario) y objetivos de esfuerzo semanales; el embudo del proceso (desde
      siempre y por mes durante 12 meses, con la conversión de cada paso al
      siguiente); resiliencia: para cada rechazo, los días hasta que la media de
      ánimo de 3 días vuelve a la base de 30 días anterior, su tendencia y los
      esfuerzos que acompañaron una recuperación más rápida; logros, con logros
      pasados que vuelven a aparecer en un día bajo.
      Los días de descanso planificados no rompen una racha. Son los fijados en
      la app (Ajustes; por defecto: el fin de semana de tu configuración
      regional); --rest-days los sustituye en esta ejecución: números de día de
      la semana del 1 (lunes) al 7 (domingo) o nombres, p. ej. 6,7 o sat,sun, o
      none.

  --json muestra un objeto: today, rest_weekdays [1-7], mood {week, month,
  year: {days, window, days_with_mood, mean, first_average, last_average,
  points [{date, mood, average}]}}, year_in_pixels {year, days_with_mood,
  level_counts [6], levels [uno por día, 0 = ninguno], months [{month,
  days_with_mood, mean_level}], years}, effort {current, current_start,
  today_done, best, best_start, best_end, active_days_30, rest_days_30, last_7
  {KIND: n}, last_30, recent [{date, rest, total, counts}]} con KIND
  applications, outreach, practice, learning, journaling, other; goals [{id,
  title, metric, metric_label, target, this_week, weeks_met, weeks_counted,
  average_per_week, weeks}]; funnel {steps, all_time, months [{month, reached
  {STEP: n}, conversion {STEP: 0-1}}]} con STEP applied, screening, interview,
  final, offer; resilience {rejections [{application_id, company, role, date,
  status, baseline, days, efforts}], recovered, mean_days, trend_slope (días
  por rechazo), trend (shorter, longer, steady, not_enough_data), trend_text,
  efforts [{id, name, with_count, with_mean, without_count, without_mean,
  difference}]}; wins {total, last_30, low_mood, recent, resurfaced [{id, date,
  text}]}. Las fechas son YYYY-MM-DD; una cifra que no existe (sin ánimo, sin
  base, nada desde lo que convertir) es null.
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
        <translation>D es una fecha escrita YYYY-MM-DD (por defecto: hoy). Una opción de texto dada como -
se lee de stdin (una vez por comando), lo que la mantiene fuera del historial de tu
shell. Los ID se pueden acortar a cualquier prefijo único (tal como los muestran las
listas). Las opciones mal formadas (una etapa o un tipo desconocidos, una fecha o un
salario que no se pueden interpretar, un salario mínimo por encima del máximo) salen
con 2; los datos que la caja fuerte rechaza (una empresa vacía, una fecha futura, un
ID desconocido) salen con 1. En ambos casos no se escribe nada.
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
        <translation>Sincronización (cifrada de extremo a extremo, entre tus propios dispositivos):
  sync setup --server URL [--user NAME] [--device NAME] [--join] [--allow-http]
  sync setup --folder DIR [--device NAME] [--join]
      inicia una nueva sincronización en una carpeta WebDAV vacía (Nextcloud,
      Apache mod_dav, cualquier alojamiento) o en una carpeta local que otra
      herramienta sincroniza; --join se une a una configurada en otro
      dispositivo. Pide la frase de contraseña de la caja fuerte, luego la
      contraseña del servidor (WebDAV) y luego la frase de contraseña de
      sincronización (dos veces si la sincronización es nueva). La frase de
      contraseña de sincronización se necesita en todos los dispositivos y no se
      puede recuperar. Se rechaza http sin cifrar, salvo hacia este equipo,
      a menos que se indique --allow-http.
  sync now [--json]
      envía los cambios de este dispositivo y recibe los de los demás; sale con 1
      y un mensaje cuando el servidor no responde o se niega (no se pierde nada;
      la siguiente ejecución continúa). Para cron: la frase de contraseña de la
      caja fuerte se lee de stdin.
  sync status [--json]
      el servidor, la última sincronización, los cambios pendientes, los
      conflictos guardados y los dispositivos.
  sync off [--yes]
      olvida la sincronización en este dispositivo; los datos del servidor se
      quedan.
</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="346"/>
        <source>Export, backup and import (&quot;rebound-cli backup --help&quot;):
  export [--output DIR] [--json] | backup create FILE | backup check FILE
  backup restore FILE | import daylio FILE [--map WORD=1-5]... [--yes] [--json]
</source>
        <translation>Exportación, copias de seguridad e importación (&quot;rebound-cli backup --help&quot;):
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
        <translation>Exportación, copias de seguridad e importación:
  export [--output DIR] [--json]
      escribe una carpeta nueva &quot;Exportación de Rebound DATE&quot; (en DIR o en la
      carpeta actual): un archivo Markdown por cada entrada del diario, check-ins.csv,
      applications.csv y .json, contacts.vcf, reminders.ics (los próximos 90 días) y
      rebound.json con todos los datos. Los archivos NO están cifrados.
  backup create FILE [--json]
      un único archivo cifrado (se añade .rebound-backup) con todo lo que sincroniza
      la caja fuerte. Pide la frase de contraseña de la caja fuerte y después una
      para la copia (dos veces en una terminal); sin ella, la copia no se puede abrir.
  backup check FILE [--json]
      lee toda la copia con su frase de contraseña e informa de lo que contiene.
  backup restore FILE
      crea una caja fuerte nueva (en --vault DIR, que no debe contener ninguna) a
      partir de la copia; su frase de contraseña es la de la copia. Un archivo
      dañado no restaura nada.
  import daylio FILE [--map WORD=1-5]... [--yes] [--json]
      la exportación CSV de Daylio: los estados de ánimo pasan a ser registros (rad 5,
      good 4, meh 3, bad 2, awful 1; indica los personalizados con --map &quot;Zen=5&quot;),
      las actividades, etiquetas de esfuerzo, y las notas, entradas del diario con la
      etiqueta &quot;daylio&quot;. Muestra una vista previa y pregunta (o necesita --yes); las
      entradas ya importadas se omiten.
</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="384"/>
        <source>Usage: rebound-cli [--vault DIR] COMMAND [options]

</source>
        <translation>Uso: rebound-cli [--vault DIR] COMMAND [opciones]

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
        <translation>Uso: rebound-cli [--vault DIR] COMMAND [opciones]

Caja fuerte:
  init                         crea una nueva caja fuerte
  status [--json]              muestra dónde está la caja fuerte y cómo está protegida
  passwd                       cambia la frase de contraseña
  lock                         olvida la clave recordada en este dispositivo

Diario:
  journal add [--date D] [--mood 1-5] [--tag T]... [--emotion E]... [--template KEY]
              [--text TEXT] [--json]
      añade una entrada; sin --text el texto se lee de stdin. Con --template y sin
      texto, la entrada parte de la plantilla (y recibe sus etiquetas).
  journal list [FILTERS] [--limit N] [--json]
  journal search WORDS... [FILTERS] [--limit N] [--json]
      búsqueda de texto completo por relevancia; se ignoran acentos y mayúsculas,
      y cada palabra también vale como prefijo (&quot;entrev&quot; encuentra &quot;entrevista&quot;).
  journal show ID [--json]
  journal edit ID [--date D] [--mood 1-5|none] [--tag T]... [--emotion E]...
                  [--text TEXT | --stdin] [--json]
      --tag y --emotion sustituyen las listas de la entrada; usa &quot;&quot; para vaciarlas.
  journal delete ID
  journal templates [--json]   lista las plantillas guiadas para --template

  FILTERS: --mood N o --mood MIN-MAX (p. ej. 2-4), --emotion E, --tag T,
           --date D (un día) o --from D y/o --to D (incluidos).
           Con filtros, --limit es como mucho 1000; una búsqueda con palabras
           ordena las 500 coincidencias más recientes.

Registros y logros:
  checkin --mood 1-5 [--emotion E]... [--effort F]... [--note TEXT] [--date D] [--json]
      un registro rápido del ánimo; después muestra el ánimo del día
  checkin list [--limit N] [--json]
  win add [TEXT...] [--date D] [--json]
      anota un pequeño logro; sin TEXT se lee de stdin (así queda fuera del
      historial de tu shell y de la lista de procesos)
  win list [--limit N] [--json]

Búsqueda de empleo (&quot;rebound-cli app --help&quot;, etc., muestran todas las opciones):
  app add --company C [...] | app list [--stage KEY] [--open|--closed] [--search T]
  app show ID | app stage ID STAGE | app edit ID [...] | app delete ID [--yes]
  app export [--format csv|json] [--output FILE]
  interview add APP_ID --at &quot;YYYY-MM-DD HH:MM&quot; [...] | interview edit ID [...]
  interview list [APP_ID] [--upcoming]
  feedback add [--app ID] [--interview ID] [--text T|-] [--strength S]... [--weakness S]...
  feedback list [--app ID]
  skills | skills action add SKILL --title T | skills action done ID | skills pitch SKILL

Objetivos y revisiones (&quot;rebound-cli goal --help&quot;, &quot;rebound-cli review --help&quot;):
  goal add TITLE [--kind K] [--by D] [--metric M --per-week N] [--alternative-to ID]
  goal north-star [TEXT] | goal list [--all] | goal edit ID [...] | goal done ID
  goal delete ID [--yes] | checklist list
  review start [--checklist NAME] | review answer ID N yes|no|unsure [--note T] [...]
  review finish ID | review list | review show ID | review export ID [--output FILE]

Contactos y recordatorios (&quot;rebound-cli contact --help&quot;, &quot;rebound-cli reminders --help&quot;):
  contact add --name N [...] | contact list [--search T] [--tag TAG] [--due]
  contact show ID | contact log ID [--kind K] [--date D] [--note T] | contact edit ID [...]
  contact delete ID [--yes] | contact import FILE [--skip-duplicates] [--yes]
  contact export [--output FILE]
  reminders [--due] [--days N] [--ics FILE] [--notify] [--json]

Perspectivas (&quot;rebound-cli insights --help&quot;):
  insights [--year YYYY] [--rest-days 6,7|none] [--json]
      tendencia del ánimo, año en píxeles, rachas y objetivos de esfuerzo, embudo
      del proceso, recuperación tras los rechazos, logros

Sincronización cifrada de extremo a extremo (&quot;rebound-cli sync --help&quot;):
  sync setup --server URL [--user NAME] | --folder DIR [--join] [--device NAME]
  sync now [--json] | sync status [--json] | sync off [--yes]

D es una fecha escrita YYYY-MM-DD (por defecto: hoy). --tag, --emotion y --effort se
pueden repetir o aceptar una lista separada por comas. Las emociones y los esfuerzos se
indican por nombre (&quot;ansiedad&quot;, sin distinguir mayúsculas) o por id (&quot;emotion:anxious&quot;).
Los resultados de búsqueda marcan las coincidencias en negrita en una terminal y como
«coincidencia» en otro caso (también si NO_COLOR está definido); --json da los rangos
resaltados como desplazamientos UTF-16 dentro del fragmento.

La frase de contraseña se lee de la terminal sin mostrarla o, cuando stdin no es una
terminal, de su primera línea (passwd: la actual en la línea 1, la nueva en la línea 2).
Los ID se pueden acortar a cualquier prefijo único.
Códigos de salida: 0 correcto, 1 fallo (también datos no válidos), 2 uso, 3 frase de
contraseña incorrecta, 4 caja fuerte inexistente o dañada, 5 (reminders --notify) no hay
ninguna clave recordada en este dispositivo.
</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="501"/>
        <source>For your safety the passphrase is never taken from the command line.</source>
        <translation>Por tu seguridad, la frase de contraseña nunca se toma de la línea de comandos.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="513"/>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="523"/>
        <source>Unknown option %1.</source>
        <translation>Opción desconocida: %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="536"/>
        <source>Dates are written YYYY-MM-DD, e.g. 2026-11-22.</source>
        <translation>Las fechas se escriben YYYY-MM-DD, p. ej. 2026-11-22.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="546"/>
        <source>--mood takes a number from 1 to 5 (or &quot;none&quot;).</source>
        <translation>--mood admite un número del 1 al 5 (o &quot;none&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="559"/>
        <source>As a filter, --mood takes a number from 1 to 5 or a range such as 2-4.</source>
        <translation>Como filtro, --mood admite un número del 1 al 5 o un rango como 2-4.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="567"/>
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit admite un número del 1 al %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="576"/>
        <source>--at takes a local date and time written &quot;YYYY-MM-DD HH:MM&quot;, e.g. &quot;2026-11-24 14:30&quot;.</source>
        <translation>--at admite una fecha y hora locales escritas &quot;YYYY-MM-DD HH:MM&quot;, p. ej. &quot;2026-11-24 14:30&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="585"/>
        <source>%1 takes a number from 1 to 5.</source>
        <translation>%1 admite un número del 1 al 5.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="627"/>
        <source>--salary takes a range such as 60000-80000 or 60k-80k, or one figure.</source>
        <translation>--salary admite un rango como 60000-80000 o 60k-80k, o una sola cifra.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="629"/>
        <source>The lowest salary is above the highest: %1.</source>
        <translation>El salario mínimo está por encima del máximo: %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Arguments.cpp" line="645"/>
        <source>%1 takes one of: %2 (not “%3”).</source>
        <translation>%1 admite uno de estos valores: %2 (no «%3»).</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="191"/>
        <location filename="../backend/cli/CliSync.cpp" line="63"/>
        <source>Unknown command: %1</source>
        <translation>Comando desconocido: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="197"/>
        <source>There is no vault in %1. Create one with &quot;rebound-cli init&quot;.</source>
        <translation>No hay ninguna caja fuerte en %1. Crea una con &quot;rebound-cli init&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="199"/>
        <source>Passphrase: </source>
        <translation>Frase de contraseña: </translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="206"/>
        <source>Repeat it: </source>
        <translation>Repítela: </translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="209"/>
        <source>The two passphrases do not match. Nothing was changed.</source>
        <translation>Las dos frases de contraseña no coinciden. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="216"/>
        <source>Use at least %1 characters.</source>
        <translation>Usa al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="225"/>
        <source>A vault already exists in %1.</source>
        <translation>Ya existe una caja fuerte en %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="226"/>
        <location filename="../backend/cli/Cli.cpp" line="293"/>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="228"/>
        <source>Created an encrypted vault in %1.</source>
        <translation>Se ha creado una caja fuerte cifrada en %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="229"/>
        <source>Keep your passphrase safe: it cannot be recovered.</source>
        <translation>Guarda bien tu frase de contraseña: no se puede recuperar.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="260"/>
        <source>Vault:      %1</source>
        <translation>Caja fuerte:   %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="262"/>
        <source>No vault here yet. Create one with &quot;rebound-cli init&quot;.</source>
        <translation>Aquí aún no hay ninguna caja fuerte. Crea una con &quot;rebound-cli init&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="267"/>
        <source>ID:         %1</source>
        <translation>ID:            %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="268"/>
        <source>Created:    %1</source>
        <translation>Creada:        %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="269"/>
        <source>Format:     version %1</source>
        <translation>Formato:       versión %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="270"/>
        <source>Key:        Argon2id, %1 MiB, %2 passes</source>
        <translation>Clave:         Argon2id, %1 MiB, %2 pasadas</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="274"/>
        <source>Database:   SQLCipher (file compatibility %1, %2-byte pages, %3), this build links %4</source>
        <translation>Base de datos: SQLCipher (compatibilidad de archivo %1, páginas de %2 bytes, %3), esta compilación enlaza %4</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="279"/>
        <source>Remembered: %1</source>
        <translation>Recordada:     %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="280"/>
        <source>yes, in the system keyring</source>
        <translation>sí, en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="281"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="291"/>
        <location filename="../backend/cli/CliReminders.cpp" line="157"/>
        <source>There is no vault in %1.</source>
        <translation>No hay ninguna caja fuerte en %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="292"/>
        <source>Current passphrase: </source>
        <translation>Frase de contraseña actual: </translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="295"/>
        <source>Passphrase changed.</source>
        <translation>Frase de contraseña cambiada.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="307"/>
        <source>Nothing to lock: the vault is only open while a command runs, and no key is remembered on this device.</source>
        <translation>Nada que bloquear: la caja fuerte solo está abierta mientras se ejecuta un comando, y no hay ninguna clave recordada en este dispositivo.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="323"/>
        <source>The system keyring did not remove the key (is it locked?). Nothing was changed; try again.</source>
        <translation>El llavero del sistema no eliminó la clave (¿está bloqueado?). No se ha cambiado nada; inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="326"/>
        <source>The remembered key was removed; the app will ask for the passphrase next time.</source>
        <translation>Se eliminó la clave recordada; la app pedirá la frase de contraseña la próxima vez.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="426"/>
        <location filename="../backend/cli/CliJournal.cpp" line="22"/>
        <source>The ID %1 is ambiguous; give more characters.</source>
        <translation>El ID %1 es ambiguo; escribe más caracteres.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="436"/>
        <location filename="../backend/cli/Cli.cpp" line="446"/>
        <source>Only one text can come from stdin (given as -) in one command.</source>
        <translation>Solo un texto puede venir de stdin (indicado como -) en un mismo comando.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="449"/>
        <source>Write the text for %1; finish with Ctrl-D on an empty line.</source>
        <translation>Escribe el texto para %1; termina con Ctrl-D en una línea vacía.</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="454"/>
        <source> [y/N] </source>
        <translation> [s/N] </translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="455"/>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../backend/cli/Cli.cpp" line="456"/>
        <source>yes</source>
        <translation>sí</translation>
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
        <translation>¿Cómo estás? Un registro necesita --mood 1-5.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="41"/>
        <source>A check-in needs a mood from 1 to 5.</source>
        <translation>Un registro necesita un estado de ánimo del 1 al 5.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="54"/>
        <source>Checked in for %1: mood %2</source>
        <translation>Registro del %1: ánimo %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="56"/>
        <source>, feeling %1</source>
        <translation>, sintiendo %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="58"/>
        <source>; did %1</source>
        <translation>; esfuerzos: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="60"/>
        <source>Mood of the day: %1 (one check-in)</source>
        <translation>Ánimo del día: %1 (un registro)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="61"/>
        <source>Mood of the day: %1 (average %2 of %3 check-ins)</source>
        <translation>Ánimo del día: %1 (media %2 de %3 registros)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="83"/>
        <source>No check-ins yet.</source>
        <translation>Aún no hay registros.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="104"/>
        <source>Describe the win in one line; finish with Ctrl-D.</source>
        <translation>Describe el logro en una línea; termina con Ctrl-D.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliCheckIns.cpp" line="129"/>
        <source>No wins noted yet. Every step counts: &quot;rebound-cli win add ...&quot;.</source>
        <translation>Aún no has anotado ningún logro. Cada paso cuenta: &quot;rebound-cli win add ...&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="32"/>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="38"/>
        <location filename="../backend/cli/CliContacts.cpp" line="282"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="40"/>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="45"/>
        <source>--cadence takes a number of days from 1 to %1, &quot;off&quot; (no keep-in-touch reminders) or &quot;tags&quot; (the default of its tags).</source>
        <translation>--cadence admite un número de días del 1 al %1, &quot;off&quot; (sin recordatorios para mantener el contacto) o &quot;tags&quot; (el valor predeterminado de sus etiquetas).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="97"/>
        <source>Who is it? Give --name, e.g. contact add --name &quot;Maya Chen&quot; --tag recruiter.</source>
        <translation>¿Quién es? Indica --name, p. ej. contact add --name &quot;Maya Chen&quot; --tag recruiter.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="126"/>
        <location filename="../backend/cli/CliContacts.cpp" line="254"/>
        <location filename="../backend/cli/CliContacts.cpp" line="328"/>
        <location filename="../backend/cli/CliContacts.cpp" line="364"/>
        <location filename="../backend/cli/CliContacts.cpp" line="393"/>
        <source>Which contact? Give its ID (see &quot;contact list&quot;).</source>
        <translation>¿Qué contacto? Indica su ID (ver &quot;contact list&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="130"/>
        <source>No contact has the ID %1.</source>
        <translation>Ningún contacto tiene el ID %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="169"/>
        <source>no reminders</source>
        <translation>sin recordatorios</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="171"/>
        <source>overdue since %1</source>
        <translation>atrasado desde el %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="173"/>
        <source>due today</source>
        <translation>toca hoy</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="174"/>
        <location filename="../backend/cli/CliGoals.cpp" line="529"/>
        <location filename="../backend/cli/CliSkills.cpp" line="232"/>
        <source>due %1</source>
        <translation>toca el %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="205"/>
        <source>contact list --due takes no value: it lists the contacts due now.</source>
        <translation>contact list --due no admite ningún valor: lista los contactos a los que toca escribir ahora.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="232"/>
        <source>Nobody is due for a catch-up.</source>
        <translation>No toca ponerse al día con nadie.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="234"/>
        <source>No contacts match.</source>
        <translation>Ningún contacto coincide.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="236"/>
        <source>No contacts yet. Add one: rebound-cli contact add --name &quot;Maya Chen&quot; --tag recruiter.</source>
        <translation>Aún no hay contactos. Añade uno: rebound-cli contact add --name &quot;Maya Chen&quot; --tag recruiter.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="244"/>
        <location filename="../backend/cli/CliSkills.cpp" line="203"/>
        <source>last %1</source>
        <translation>último: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="244"/>
        <source>never contacted</source>
        <translation>nunca contactado</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="259"/>
        <location filename="../backend/cli/CliContacts.cpp" line="372"/>
        <location filename="../backend/cli/CliContacts.cpp" line="402"/>
        <source>That contact no longer exists.</source>
        <translation>Ese contacto ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="284"/>
        <source>every %1 days</source>
        <translation>cada %1 días</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="286"/>
        <source>every %1 days (from its tags)</source>
        <translation>cada %1 días (según sus etiquetas)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="288"/>
        <source>off (none of its tags has a cadence)</source>
        <translation>desactivado (ninguna de sus etiquetas tiene frecuencia)</translation>
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
        <translation>Empresa:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="291"/>
        <source>Role:</source>
        <translation>Puesto:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="292"/>
        <source>Email:</source>
        <translation>Correo:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="293"/>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="294"/>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="295"/>
        <source>How we met:</source>
        <translation>Cómo nos conocimos:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="296"/>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="297"/>
        <source>Keep in touch:</source>
        <translation>Mantener el contacto:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="298"/>
        <source>Last contacted:</source>
        <translation>Último contacto:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="298"/>
        <location filename="../backend/cli/CliSync.cpp" line="31"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="299"/>
        <source>Next:</source>
        <translation>Próximo:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="303"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="304"/>
        <source>Interactions:</source>
        <translation>Interacciones:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="306"/>
        <source>none logged yet</source>
        <translation>aún no hay ninguna registrada</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="314"/>
        <source>Applications:</source>
        <translation>Candidaturas:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="350"/>
        <source>Logged: %1 with %2 on %3.</source>
        <translation>Registrado: %1 con %2 el %3.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="354"/>
        <source>Next keep-in-touch: %1.</source>
        <translation>Próximo contacto: %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="366"/>
        <source>Nothing to change: give --name, --company, --role, --email, --phone, --url, --met, --tag, --notes or --cadence.</source>
        <translation>Nada que cambiar: indica --name, --company, --role, --email, --phone, --url, --met, --tag, --notes o --cadence.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="384"/>
        <location filename="../backend/cli/CliJobs.cpp" line="590"/>
        <location filename="../backend/cli/CliJournal.cpp" line="291"/>
        <source>Updated %1.</source>
        <translation>%1 actualizado.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="397"/>
        <location filename="../backend/cli/CliGoals.cpp" line="471"/>
        <location filename="../backend/cli/CliJobs.cpp" line="602"/>
        <source>Deleting cannot be undone here: add --yes to confirm (there is no terminal to ask on).</source>
        <translation>Eliminar no se puede deshacer aquí: añade --yes para confirmarlo (no hay ninguna terminal en la que preguntar).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="405"/>
        <source>Delete %1 with %2 logged interaction(s)?</source>
        <translation>¿Eliminar a %1 y sus interacciones registradas (%2)?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="406"/>
        <source>Delete %1?</source>
        <translation>¿Eliminar a %1?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="408"/>
        <location filename="../backend/cli/CliGoals.cpp" line="478"/>
        <location filename="../backend/cli/CliJobs.cpp" line="616"/>
        <source>Nothing was deleted.</source>
        <translation>No se ha eliminado nada.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="413"/>
        <location filename="../backend/cli/CliJobs.cpp" line="621"/>
        <location filename="../backend/cli/CliJournal.cpp" line="301"/>
        <source>Deleted %1.</source>
        <translation>%1 eliminado.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="415"/>
        <source>The applications that named them keep the name; they are no longer linked to a contact.</source>
        <translation>Las candidaturas que lo mencionaban conservan el nombre, pero ya no están vinculadas a un contacto.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="425"/>
        <source>Which file? e.g. contact import contacts.vcf (vCard 3.0 or 4.0).</source>
        <translation>¿Qué archivo? P. ej. contact import contactos.vcf (vCard 3.0 o 4.0).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="429"/>
        <location filename="../backend/cli/CliData.cpp" line="149"/>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="431"/>
        <source>%1 is larger than %2 MiB; nothing was imported.</source>
        <translation>%1 ocupa más de %2 MiB; no se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="440"/>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="442"/>
        <source>%1 is not a vCard file we can read. %2 Nothing was imported.</source>
        <translation>%1 no es un archivo vCard que podamos leer. %2 No se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="450"/>
        <source>%1 holds %2 contact(s):</source>
        <translation>%1 contiene %2 contacto(s):</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="461"/>
        <location filename="../backend/cli/CliData.cpp" line="182"/>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="463"/>
        <source>Skipped while reading:</source>
        <translation>Omitido al leer:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="469"/>
        <source>Already in your contacts (same email or phone):</source>
        <translation>Ya están en tus contactos (mismo correo o teléfono):</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="472"/>
        <source>%1 — shares %2 with %3 (%4)</source>
        <translation>%1 — comparte %2 con %3 (%4)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="487"/>
        <location filename="../backend/cli/CliData.cpp" line="196"/>
        <source>Nothing to import.</source>
        <translation>Nada que importar.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="492"/>
        <source>Import %1 contact(s), leaving out %2 already here?</source>
        <translation>¿Importar %1 contacto(s) y omitir %2 que ya están aquí?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="494"/>
        <source>Import %1 contact(s), including %2 that may be already here (--skip-duplicates leaves them out)?</source>
        <translation>¿Importar %1 contacto(s), incluidos %2 que quizá ya estén aquí (--skip-duplicates los omite)?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="497"/>
        <source>Import %1 contact(s)?</source>
        <translation>¿Importar %1 contacto(s)?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="500"/>
        <location filename="../backend/cli/CliData.cpp" line="201"/>
        <source>Nothing was imported: add --yes to import (there is no terminal to ask on).</source>
        <translation>No se ha importado nada: añade --yes para importar (no hay ninguna terminal en la que preguntar).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="504"/>
        <location filename="../backend/cli/CliData.cpp" line="206"/>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="509"/>
        <source>Imported %1 contact(s).</source>
        <translation>Contactos importados: %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="520"/>
        <location filename="../backend/cli/CliGoals.cpp" line="963"/>
        <location filename="../backend/cli/CliJobs.cpp" line="636"/>
        <source>--output takes the name of a file to write.</source>
        <translation>--output necesita el nombre de un archivo en el que escribir.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="522"/>
        <location filename="../backend/cli/CliData.cpp" line="57"/>
        <location filename="../backend/cli/CliData.cpp" line="87"/>
        <location filename="../backend/cli/CliGoals.cpp" line="965"/>
        <location filename="../backend/cli/CliJobs.cpp" line="638"/>
        <location filename="../backend/cli/CliReminders.cpp" line="79"/>
        <source>The folder %1 does not exist; nothing was written.</source>
        <translation>La carpeta %1 no existe; no se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="534"/>
        <location filename="../backend/cli/CliGoals.cpp" line="982"/>
        <location filename="../backend/cli/CliJobs.cpp" line="651"/>
        <location filename="../backend/cli/CliReminders.cpp" line="105"/>
        <source>Could not write %1 (is the folder writable?). Nothing was written.</source>
        <translation>No se pudo escribir %1 (¿se puede escribir en la carpeta?). No se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="537"/>
        <source>Exported %1 contact(s) to %2 (vCard 4.0).</source>
        <translation>Se exportaron %1 contacto(s) a %2 (vCard 4.0).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="539"/>
        <source>Warning: the export is not encrypted. Anyone who can read the file can read your contacts; delete it when you no longer need it.</source>
        <translation>Atención: la exportación no está cifrada. Cualquiera que pueda leer el archivo puede leer tus contactos; elimínalo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliContacts.cpp" line="546"/>
        <location filename="../backend/cli/CliGoals.cpp" line="993"/>
        <location filename="../backend/cli/CliJobs.cpp" line="666"/>
        <source>Warning: the export is not encrypted; take care where you keep it.</source>
        <translation>Atención: la exportación no está cifrada; ten cuidado con dónde la guardas.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="36"/>
        <source>--per-week takes a whole number from 1 to %1.</source>
        <translation>--per-week admite un número entero del 1 al %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="54"/>
        <source>--metric takes one of: %1, or effort:NAME for check-ins tagged with an effort (not “%2”).</source>
        <translation>--metric admite uno de estos valores: %1, o effort:NAME para los registros con una etiqueta de esfuerzo (no «%2»).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="63"/>
        <source>--follow-up-status takes GOAL_ID:STATUS, e.g. 1a2b3c4d:paused.</source>
        <translation>--follow-up-status admite GOAL_ID:STATUS, p. ej. 1a2b3c4d:paused.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="87"/>
        <location filename="../backend/cli/CliGoals.cpp" line="395"/>
        <location filename="../backend/cli/CliGoals.cpp" line="467"/>
        <source>Which goal? Give its ID (see &quot;goal list --all&quot;).</source>
        <translation>¿Qué objetivo? Indica su ID (ver &quot;goal list --all&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="91"/>
        <source>No goal has the ID %1.</source>
        <translation>Ningún objetivo tiene el ID %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="96"/>
        <location filename="../backend/cli/CliGoals.cpp" line="687"/>
        <location filename="../backend/cli/CliGoals.cpp" line="849"/>
        <location filename="../backend/cli/CliGoals.cpp" line="958"/>
        <source>Which review? Give its ID (see &quot;review list&quot;).</source>
        <translation>¿Qué revisión? Indica su ID (ver &quot;review list&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="100"/>
        <source>No review has the ID %1.</source>
        <translation>Ninguna revisión tiene el ID %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="109"/>
        <source>There is no checklist to review; add one in the app.</source>
        <translation>No hay ninguna lista de verificación que revisar; añade una en la app.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="125"/>
        <source>No checklist is called or has the ID “%1”. Checklists: %2.</source>
        <translation>Ninguna lista de verificación se llama «%1» ni tiene ese ID. Listas: %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="145"/>
        <source>There is no effort called “%1”. Efforts: %2.</source>
        <translation>No hay ningún esfuerzo llamado «%1». Esfuerzos: %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="208"/>
        <source>new goal “%1” (%2)</source>
        <translation>nuevo objetivo «%1» (%2)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="212"/>
        <source>goal “%1” → %2</source>
        <translation>objetivo «%1» → %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="215"/>
        <source>skills action “%1” for %2 (%3)</source>
        <translation>acción de habilidad «%1» para %2 (%3)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="225"/>
        <source>What is the goal? e.g. goal add &quot;Backend engineer&quot; --kind role.</source>
        <translation>¿Cuál es el objetivo? P. ej. goal add &quot;Ingeniera backend&quot; --kind role.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="236"/>
        <location filename="../backend/cli/CliGoals.cpp" line="254"/>
        <source>A weekly effort goal needs --metric and --per-week, e.g. --metric applications --per-week 10.</source>
        <translation>Un objetivo de esfuerzo semanal necesita --metric y --per-week, p. ej. --metric applications --per-week 10.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="239"/>
        <location filename="../backend/cli/CliGoals.cpp" line="430"/>
        <source>--metric and --per-week are for weekly effort goals (--kind effort).</source>
        <translation>--metric y --per-week son para objetivos de esfuerzo semanales (--kind effort).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="278"/>
        <source>No north star yet. Set the long-term goal you keep your eye on: rebound-cli goal north-star &quot;TEXT&quot;.</source>
        <translation>Aún no tienes estrella polar. Fija el objetivo a largo plazo que no pierdes de vista: rebound-cli goal north-star &quot;TEXT&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="290"/>
        <source>Give the north star&apos;s text with --notes, e.g. goal north-star &quot;TEXT&quot; --notes &quot;why it matters&quot;.</source>
        <translation>Indica el texto de la estrella polar con --notes, p. ej. goal north-star &quot;TEXT&quot; --notes &quot;por qué importa&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="305"/>
        <source>Your north star: %1</source>
        <translation>Tu estrella polar: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="305"/>
        <source>Cleared your north star.</source>
        <translation>Se ha borrado tu estrella polar.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="355"/>
        <source>North star: %1</source>
        <translation>Estrella polar: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="357"/>
        <source>No goals yet.</source>
        <translation>Aún no hay objetivos.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="357"/>
        <source>No open goals.</source>
        <translation>No hay objetivos abiertos.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="358"/>
        <source>Add one: rebound-cli goal add &quot;Backend engineer&quot; --kind role.</source>
        <translation>Añade uno: rebound-cli goal add &quot;Ingeniera backend&quot; --kind role.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="375"/>
        <source>by %1</source>
        <translation>para el %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="377"/>
        <source>%1 of %2 this week (%3)</source>
        <translation>%1 de %2 esta semana (%3)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="382"/>
        <source>%1, %2 a week</source>
        <translation>%1, %2 por semana</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="384"/>
        <source>  ↳ %1</source>
        <translation>  ↳ %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="398"/>
        <source>Nothing to change: give --title, --notes, --by, --status, --metric or --per-week.</source>
        <translation>Nada que cambiar: indica --title, --notes, --by, --status, --metric o --per-week.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="417"/>
        <location filename="../backend/cli/CliGoals.cpp" line="452"/>
        <location filename="../backend/cli/CliGoals.cpp" line="476"/>
        <source>That goal no longer exists.</source>
        <translation>Ese objetivo ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="438"/>
        <source>Nothing changed for “%1”.</source>
        <translation>Nada ha cambiado en «%1».</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="438"/>
        <source>Saved “%1”.</source>
        <translation>«%1» guardado.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="447"/>
        <source>Which goal? Give its ID (see &quot;goal list&quot;).</source>
        <translation>¿Qué objetivo? Indica su ID (ver &quot;goal list&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="456"/>
        <source>“%1” was already achieved.</source>
        <translation>«%1» ya estaba logrado.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="457"/>
        <source>Achieved: “%1”. Well done.</source>
        <translation>Logrado: «%1». ¡Bien hecho!</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="477"/>
        <source>Delete “%1” and its alternative paths?</source>
        <translation>¿Eliminar «%1» y sus caminos alternativos?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="482"/>
        <source>Deleted “%1”.</source>
        <translation>«%1» eliminado.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="483"/>
        <source>Deleted “%1” and %2 alternative path(s).</source>
        <translation>Se eliminó «%1» y %2 camino(s) alternativo(s).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="519"/>
        <source>No checklists. Add one in the app (Goals → Reviews).</source>
        <translation>No hay listas de verificación. Añade una en la app (Objetivos → Revisiones).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="527"/>
        <source>every week</source>
        <translation>cada semana</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="527"/>
        <source>every %1 weeks</source>
        <translation>cada %1 semanas</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="531"/>
        <source>not scheduled</source>
        <translation>sin programar</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="534"/>
        <source>1 question</source>
        <translation>1 pregunta</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="534"/>
        <source>%1 questions</source>
        <translation>%1 preguntas</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="536"/>
        <source>(default)</source>
        <translation>(predeterminada)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="568"/>
        <source>Review of “%1”, started %2: %3 of %4 answered.</source>
        <translation>Revisión de «%1», empezada el %2: %3 de %4 respondidas.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="580"/>
        <source>Resumed the review you started on %1.</source>
        <translation>Se retomó la revisión que empezaste el %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="581"/>
        <source>Answer with: rebound-cli review answer %1 N yes|no|unsure [--note TEXT]</source>
        <translation>Responde con: rebound-cli review answer %1 N yes|no|unsure [--note TEXT]</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="594"/>
        <source>review answer needs the review&apos;s ID, the question&apos;s number and yes, no or unsure, e.g. review answer 1a2b3c4d 2 yes.</source>
        <translation>review answer necesita el ID de la revisión, el número de la pregunta y yes, no o unsure, p. ej. review answer 1a2b3c4d 2 yes.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="600"/>
        <source>The question&apos;s number is a whole number from 1 (not “%1”).</source>
        <translation>El número de la pregunta es un número entero a partir de 1 (no «%1»).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="602"/>
        <source>The answer</source>
        <translation>La respuesta</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="607"/>
        <source>Give at most one of --follow-up-goal, --follow-up-action, --follow-up-status and --no-follow-up.</source>
        <translation>Indica como mucho una de estas opciones: --follow-up-goal, --follow-up-action, --follow-up-status y --no-follow-up.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="610"/>
        <source>--goal-kind goes with --follow-up-goal.</source>
        <translation>--goal-kind va con --follow-up-goal.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="612"/>
        <source>--skill and --action-kind go with --follow-up-action.</source>
        <translation>--skill y --action-kind van con --follow-up-action.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="624"/>
        <source>--follow-up-goal needs the new goal&apos;s title.</source>
        <translation>--follow-up-goal necesita el título del nuevo objetivo.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="629"/>
        <source>--follow-up-action needs --skill NAME: the skill it works on.</source>
        <translation>--follow-up-action necesita --skill NAME: la habilidad que trabaja.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="635"/>
        <source>--follow-up-action needs the action&apos;s title.</source>
        <translation>--follow-up-action necesita el título de la acción.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="645"/>
        <location filename="../backend/cli/CliGoals.cpp" line="691"/>
        <location filename="../backend/cli/CliGoals.cpp" line="853"/>
        <location filename="../backend/cli/CliGoals.cpp" line="971"/>
        <source>That review no longer exists.</source>
        <translation>Esa revisión ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="648"/>
        <source>That review was finished on %1 and can no longer be changed; start a new one with &quot;rebound-cli review start&quot;.</source>
        <translation>Esa revisión se terminó el %1 y ya no se puede cambiar; empieza una nueva con &quot;rebound-cli review start&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="654"/>
        <source>This review has %1 questions; give a number from 1 to %1 (not %2).</source>
        <translation>Esta revisión tiene %1 preguntas; indica un número del 1 al %1 (no %2).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="673"/>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="675"/>
        <source>Follow-up when you finish: %1</source>
        <translation>Seguimiento al terminar: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="676"/>
        <source>Every question is answered: rebound-cli review finish %1</source>
        <translation>Todas las preguntas tienen respuesta: rebound-cli review finish %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="678"/>
        <source>%1 still to answer.</source>
        <translation>Quedan %1 por responder.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="694"/>
        <source>That review was already finished on %1.</source>
        <translation>Esa revisión ya se terminó el %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="717"/>
        <source>Added %1</source>
        <translation>Añadido: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="719"/>
        <source>Planned %1</source>
        <translation>Planificado: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="721"/>
        <source>Changed %1</source>
        <translation>Cambiado: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="726"/>
        <source>Finished the review of “%1” on %2: %3 of %4 answered.</source>
        <translation>Revisión de «%1» terminada el %2: %3 de %4 respondidas.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="734"/>
        <source>No follow-ups.</source>
        <translation>Sin seguimientos.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="736"/>
        <source>See them in your skills plan: rebound-cli skills</source>
        <translation>Consúltalas en tu plan de habilidades: rebound-cli skills</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="738"/>
        <source>Marked %1 goal-review reminder(s) done.</source>
        <translation>Recordatorios de revisión de objetivos marcados como hechos: %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="770"/>
        <source>No reviews yet. Start one: rebound-cli review start</source>
        <translation>Aún no hay revisiones. Empieza una: rebound-cli review start</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="778"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="780"/>
        <source>first review</source>
        <translation>primera revisión</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="782"/>
        <source>no answers changed</source>
        <translation>ninguna respuesta cambió</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="785"/>
        <source>1 answer changed</source>
        <translation>1 respuesta cambió</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="786"/>
        <source>%1 answers changed</source>
        <translation>%1 respuestas cambiaron</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="867"/>
        <source>Review of “%1”</source>
        <translation>Revisión de «%1»</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="869"/>
        <source>Started %1, finished %2</source>
        <translation>Empezada el %1, terminada el %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="870"/>
        <source>Started %1, in progress</source>
        <translation>Empezada el %1, en curso</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="871"/>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidas</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="881"/>
        <source>(was: %1)</source>
        <translation>(antes: %1)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="884"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="887"/>
        <source>Follow-up: %1</source>
        <translation>Seguimiento: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="887"/>
        <source>Follow-up (done): %1</source>
        <translation>Seguimiento (hecho): %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="892"/>
        <source>Summary: %1</source>
        <translation>Resumen: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="895"/>
        <source>Since the last review (finished %1), from %2 to %3:</source>
        <translation>Desde la última revisión (terminada el %1), del %2 al %3:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="897"/>
        <source>First review of this checklist. From %1 to %2:</source>
        <translation>Primera revisión de esta lista. Del %1 al %2:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="901"/>
        <source>Answers: none changed.</source>
        <translation>Respuestas: ninguna cambió.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="902"/>
        <source>Answers: %1 changed.</source>
        <translation>Respuestas: %1 cambiaron.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="906"/>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="910"/>
        <source>Effort: %1 (%2, %3 a week): met %4 of %5 weeks, %6 a week on average</source>
        <translation>Esfuerzo: %1 (%2, %3 por semana): cumplido %4 de %5 semanas, %6 por semana de media</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="918"/>
        <source>Mood: no check-ins in this period.</source>
        <translation>Ánimo: no hay registros en este periodo.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="921"/>
        <source>Mood: %1 on average over %2 day(s) (%3 before that, %4)</source>
        <translation>Ánimo: %1 de media en %2 día(s) (%3 antes, %4)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="928"/>
        <source>Mood: %1 on average over %2 day(s)</source>
        <translation>Ánimo: %1 de media en %2 día(s)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="933"/>
        <source>Applications: %1 sent, %2 interview(s), %3 offer(s), %4 rejection(s); %5 open now</source>
        <translation>Candidaturas: %1 enviadas, %2 entrevista(s), %3 oferta(s), %4 rechazo(s); %5 abiertas ahora</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="941"/>
        <source>Goal “%1”: %2 on %3</source>
        <translation>Objetivo «%1»: %2 el %3</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="944"/>
        <source>Feedback received: %1</source>
        <translation>Comentarios recibidos: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="949"/>
        <source>Top skills to work on: %1</source>
        <translation>Habilidades principales que trabajar: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="985"/>
        <source>Exported the review to %1.</source>
        <translation>Revisión exportada a %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliGoals.cpp" line="986"/>
        <source>Warning: the export is not encrypted. Anyone who can read the file can read your answers; delete it when you no longer need it.</source>
        <translation>Atención: la exportación no está cifrada. Cualquiera que pueda leer el archivo puede leer tus respuestas; elimínalo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="76"/>
        <source>--rest-days takes weekdays as numbers 1 (Monday) to 7 (Sunday) or names, e.g. 6,7 or sat,sun, or &quot;none&quot; (not “%1”).</source>
        <translation>--rest-days admite días de la semana como números del 1 (lunes) al 7 (domingo) o nombres, p. ej. 6,7 o sat,sun, o &quot;none&quot; (no «%1»).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="94"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="133"/>
        <source>Not enough recoveries for a trend yet (it needs %1; there are %2).</source>
        <translation>Aún no hay suficientes recuperaciones para una tendencia (hacen falta %1; hay %2).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="137"/>
        <source>Recovery is getting shorter: about %1 day(s) less with each rejection.</source>
        <translation>La recuperación es cada vez más corta: unos %1 día(s) menos con cada rechazo.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="140"/>
        <source>Recovery is taking longer: about %1 day(s) more with each rejection.</source>
        <translation>La recuperación tarda cada vez más: unos %1 día(s) más con cada rechazo.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="142"/>
        <source>Recovery time is about the same from one rejection to the next.</source>
        <translation>El tiempo de recuperación es más o menos el mismo de un rechazo al siguiente.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="317"/>
        <source>--year takes a year from %1 to this year, e.g. %2.</source>
        <translation>--year admite un año desde %1 hasta el actual, p. ej. %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="368"/>
        <source>Insights on %1</source>
        <translation>Perspectivas a %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="371"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="374"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="376"/>
        <source>no mood recorded</source>
        <translation>sin ánimo registrado</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="379"/>
        <source>mean %1 on %2 day(s)</source>
        <translation>media %1 en %2 día(s)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="381"/>
        <source>%1-day average %2 → %3</source>
        <translation>media de %1 días %2 → %3</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="389"/>
        <source>Year in pixels, %1 (mood 1 to 5 per day, . = none)</source>
        <translation>Año en píxeles, %1 (ánimo del 1 al 5 por día, . = sin dato)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="401"/>
        <source>%1 day(s), mean %2</source>
        <translation>%1 día(s), media %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="401"/>
        <source>0 days</source>
        <translation>0 días</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="409"/>
        <source>Years with moods: %1 (--year YYYY shows another)</source>
        <translation>Años con ánimo registrado: %1 (--year YYYY muestra otro)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="415"/>
        <source>Effort (what you control; planned rest days: %1)</source>
        <translation>Esfuerzo (lo que controlas; días de descanso planificados: %1)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="418"/>
        <source>%1 day(s) since %2</source>
        <translation>%1 día(s) desde el %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="418"/>
        <location filename="../backend/cli/CliInsights.cpp" line="424"/>
        <source>none yet</source>
        <translation>aún ninguna</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="419"/>
        <source>, today done</source>
        <translation>, hoy hecho</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="419"/>
        <source>, nothing yet today</source>
        <translation>, hoy aún nada</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="420"/>
        <source>Current streak</source>
        <translation>Racha actual</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="422"/>
        <source>Best streak</source>
        <translation>Mejor racha</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="423"/>
        <source>%1 day(s), %2 to %3</source>
        <translation>%1 día(s), del %2 al %3</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="425"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="426"/>
        <source>%1 day(s) with effort, %2 rest day(s)</source>
        <translation>%1 día(s) con esfuerzo, %2 día(s) de descanso</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="428"/>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="428"/>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="435"/>
        <source>Weekly effort goals</source>
        <translation>Objetivos de esfuerzo semanales</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="437"/>
        <source>None yet (goal add TITLE --metric M --per-week N).</source>
        <translation>Aún ninguno (goal add TITLE --metric M --per-week N).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="442"/>
        <source>%1 of %2 this week</source>
        <translation>%1 de %2 esta semana</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="443"/>
        <source>met %1 of %2 weeks</source>
        <translation>cumplido %1 de %2 semanas</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="448"/>
        <source>Pipeline funnel (applications reaching each step; % of the step before)</source>
        <translation>Embudo del proceso (candidaturas que llegan a cada paso; % del paso anterior)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="450"/>
        <source>No applications sent yet.</source>
        <translation>Aún no has enviado candidaturas.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="453"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="467"/>
        <source>All time</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="476"/>
        <source>Resilience (days until the %1-day mood average is back to the %2-day baseline)</source>
        <translation>Resiliencia (días hasta que la media de ánimo de %1 días vuelve a la base de %2 días)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="481"/>
        <source>No rejections recorded.</source>
        <translation>No hay rechazos registrados.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="483"/>
        <source>Rejected</source>
        <translation>Rechazo</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="483"/>
        <source>Application</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="483"/>
        <source>Baseline</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="483"/>
        <source>Back to baseline</source>
        <translation>Vuelta a la base</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="491"/>
        <source>in %1 day(s)</source>
        <translation>en %1 día(s)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="498"/>
        <source>Mean recovery: %1 day(s) over %2 of %3 rejection(s).</source>
        <translation>Recuperación media: %1 día(s) en %2 de %3 rechazo(s).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="507"/>
        <source>Faster recovery when the first week had:</source>
        <translation>Recuperación más rápida cuando la primera semana incluyó:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="512"/>
        <source>%1 day(s) with (%2)</source>
        <translation>%1 día(s) con (%2)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="513"/>
        <source>%1 without (%2)</source>
        <translation>%1 sin (%2)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="520"/>
        <source>Wins</source>
        <translation>Logros</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="521"/>
        <source>%1 in all, %2 in the last 30 days</source>
        <translation>%1 en total, %2 en los últimos 30 días</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="525"/>
        <source>Recent:</source>
        <translation>Recientes:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliInsights.cpp" line="529"/>
        <source>A low day: wins worth remembering</source>
        <translation>Un día bajo: logros que vale la pena recordar</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="38"/>
        <source>--contact takes NAME, NAME:ROLE, &quot;NAME &lt;EMAIL&gt;&quot; or &quot;NAME:ROLE&lt;EMAIL&gt;&quot; (not “%1”).</source>
        <translation>--contact admite NAME, NAME:ROLE, &quot;NAME &lt;EMAIL&gt;&quot; o &quot;NAME:ROLE&lt;EMAIL&gt;&quot; (no «%1»).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="50"/>
        <source>“%1” does not look like an e-mail address.</source>
        <translation>«%1» no parece una dirección de correo.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="149"/>
        <location filename="../backend/cli/CliJobs.cpp" line="598"/>
        <source>Which application? Give its ID (see &quot;app list&quot;).</source>
        <translation>¿Qué candidatura? Indica su ID (ver &quot;app list&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="153"/>
        <source>No application has the ID %1.</source>
        <translation>Ninguna candidatura tiene el ID %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="158"/>
        <source>Which interview? Give its ID (see &quot;interview list&quot;).</source>
        <translation>¿Qué entrevista? Indica su ID (ver &quot;interview list&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="162"/>
        <source>No interview has the ID %1.</source>
        <translation>Ninguna entrevista tiene el ID %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="173"/>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="175"/>
        <source>up to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="188"/>
        <source>confidence %1 → %2</source>
        <translation>confianza %1 → %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="298"/>
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="298"/>
        <source>%1 since %2</source>
        <translation>%1 desde el %2</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="300"/>
        <source>Link:</source>
        <translation>Enlace:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="302"/>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="304"/>
        <source>Where:</source>
        <translation>Dónde:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="306"/>
        <source>Salary:</source>
        <translation>Salario:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="308"/>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="309"/>
        <source>Added:</source>
        <translation>Añadida:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="312"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="321"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="332"/>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="340"/>
        <location filename="../backend/cli/CliJobs.cpp" line="838"/>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="344"/>
        <source>Stumped me</source>
        <translation>Me descolocó</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="345"/>
        <source>Less confident</source>
        <translation>Con menos confianza</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="346"/>
        <source>Went well</source>
        <translation>Fue bien</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="347"/>
        <source>Next time</source>
        <translation>La próxima vez</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="348"/>
        <location filename="../backend/cli/CliJobs.cpp" line="399"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="357"/>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="379"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="391"/>
        <source>The guided rejection flow is waiting for you in the app.</source>
        <translation>El proceso guiado tras un rechazo te espera en la app.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="392"/>
        <source>The guided rejection flow is waiting for you in the app (%1 of %2 steps done).</source>
        <translation>El proceso guiado tras un rechazo te espera en la app (%1 de %2 pasos hechos).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="410"/>
        <source>Which company? app add needs --company NAME.</source>
        <translation>¿Qué empresa? app add necesita --company NAME.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="440"/>
        <source>Give --open or --closed, not both (without either, all are listed).</source>
        <translation>Indica --open o --closed, no ambos (sin ninguno, se listan todas).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="468"/>
        <source>No applications match.</source>
        <translation>Ninguna candidatura coincide.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="469"/>
        <source>No applications yet. Add one with &quot;rebound-cli app add --company NAME&quot;.</source>
        <translation>Aún no hay candidaturas. Añade una con &quot;rebound-cli app add --company NAME&quot;.</translation>
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
        <translation>Esa candidatura ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="509"/>
        <source>app stage needs the application&apos;s ID and the new stage, e.g. &quot;app stage 3f2a interviewing&quot;.</source>
        <translation>app stage necesita el ID de la candidatura y la nueva etapa, p. ej. &quot;app stage 3f2a interviewing&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="511"/>
        <source>The stage</source>
        <translation>La etapa</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="540"/>
        <source>%1 is now at %2 (since %3).</source>
        <translation>%1 está ahora en %2 (desde el %3).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="544"/>
        <source>Recorded %1 on %2 in the history; %3 stays at %4, a later step.</source>
        <translation>Se registró %1 el %2 en el historial; %3 sigue en %4, un paso posterior.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="548"/>
        <source>I&apos;m sorry. A rejection stings, and it says nothing final about what you are worth.
Rebound has a short guided flow for this moment: name how you feel, ask for
feedback, keep the door open, note what went well. It is a conversation, not a
command, so it does not run here: it is waiting for you in the app, on this
application.</source>
        <translation>Lo siento. Un rechazo duele, y no dice nada definitivo sobre lo que vales.
Rebound tiene un breve proceso guiado para este momento: nombrar cómo te sientes,
pedir comentarios, dejar la puerta abierta y anotar lo que salió bien. Es una
conversación, no un comando, así que no se ejecuta aquí: te espera en la app,
en esta candidatura.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="555"/>
        <source>That is %1 rejections in the last %2 days. When you are ready, a goal review
in the app can help you decide what to change, and what to keep.</source>
        <translation>Son %1 rechazos en los últimos %2 días. Cuando quieras, una revisión de objetivos
en la app puede ayudarte a decidir qué cambiar y qué mantener.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="567"/>
        <source>The stage changes with &quot;app stage ID STAGE [--date D] [--note N]&quot;, which keeps its history; app edit changes the other fields.</source>
        <translation>La etapa se cambia con &quot;app stage ID STAGE [--date D] [--note N]&quot;, que conserva su historial; app edit cambia los demás campos.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="590"/>
        <location filename="../backend/cli/CliJournal.cpp" line="291"/>
        <source>Nothing to change in %1.</source>
        <translation>Nada que cambiar en %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="611"/>
        <source>Delete %1 with its stage history, people and %2 interview(s)?</source>
        <translation>¿Eliminar %1 con su historial de etapas, sus personas y %2 entrevista(s)?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="614"/>
        <source>Delete %1 with its stage history and people?</source>
        <translation>¿Eliminar %1 con su historial de etapas y sus personas?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="623"/>
        <source>Its feedback stays in your skills plan.</source>
        <translation>Sus comentarios se quedan en tu plan de habilidades.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="654"/>
        <source>Exported %1 application(s) to %2.</source>
        <translation>Se exportaron %1 candidatura(s) a %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="656"/>
        <source>Warning: the export is not encrypted. Anyone who can read the file can read your applications; delete it when you no longer need it.</source>
        <translation>Atención: la exportación no está cifrada. Cualquiera que pueda leer el archivo puede leer tus candidaturas; elimínalo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="693"/>
        <source>--with takes a name.</source>
        <translation>--with necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="718"/>
        <source>Which application? interview add needs its ID (see &quot;app list&quot;).</source>
        <translation>¿Qué candidatura? interview add necesita su ID (ver &quot;app list&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="720"/>
        <source>When is it? interview add needs --at &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>¿Cuándo es? interview add necesita --at &quot;YYYY-MM-DD HH:MM&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="747"/>
        <source>Reminder to prepare: %1.</source>
        <translation>Recordatorio para prepararla: %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="761"/>
        <source>That interview no longer exists.</source>
        <translation>Esa entrevista ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="795"/>
        <source>Updated the interview of %1.</source>
        <translation>Se actualizó la entrevista de %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="795"/>
        <source>Nothing to change in the interview of %1.</source>
        <translation>Nada que cambiar en la entrevista de %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="823"/>
        <source>No interviews ahead.</source>
        <translation>No hay entrevistas próximas.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="823"/>
        <source>No interviews yet.</source>
        <translation>Aún no hay entrevistas.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="17"/>
        <source>Which entry? Give its ID (see &quot;journal list&quot;).</source>
        <translation>¿Qué entrada? Indica su ID (ver &quot;journal list&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="20"/>
        <source>No journal entry has the ID %1.</source>
        <translation>Ninguna entrada del diario tiene el ID %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="65"/>
        <source>There is no emotion called “%1”. Known emotions: %2.</source>
        <translation>No hay ninguna emoción llamada «%1». Emociones conocidas: %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="66"/>
        <source>There is no effort called “%1”. Known efforts: %2.</source>
        <translation>No hay ningún esfuerzo llamado «%1». Esfuerzos conocidos: %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="87"/>
        <source>As filters, --emotion and --tag take one value each.</source>
        <translation>Como filtros, --emotion y --tag admiten un valor cada uno.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="89"/>
        <source>Give either --date or --from/--to, not both.</source>
        <translation>Indica --date o --from/--to, no ambos.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="97"/>
        <source>--from must not be after --to.</source>
        <translation>--from no puede ser posterior a --to.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="121"/>
        <source>There is no template “%1”. Templates: %2.</source>
        <translation>No hay ninguna plantilla «%1». Plantillas: %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="133"/>
        <source>Write your entry (leave it empty to start from the template); finish with Ctrl-D on an empty line.</source>
        <translation>Escribe tu entrada (déjala vacía para partir de la plantilla); termina con Ctrl-D en una línea vacía.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="135"/>
        <source>Write your entry; finish with Ctrl-D on an empty line.</source>
        <translation>Escribe tu entrada; termina con Ctrl-D en una línea vacía.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="144"/>
        <source>The entry is empty; nothing was saved.</source>
        <translation>La entrada está vacía; no se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="176"/>
        <location filename="../backend/cli/CliJournal.cpp" line="219"/>
        <source>No journal entries match.</source>
        <translation>Ninguna entrada del diario coincide.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="176"/>
        <source>No journal entries yet.</source>
        <translation>Aún no hay entradas en el diario.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="193"/>
        <source>What should I search for? Give words, filters, or both.</source>
        <translation>¿Qué busco? Indica palabras, filtros o ambos.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="241"/>
        <location filename="../backend/cli/CliJournal.cpp" line="274"/>
        <source>That entry no longer exists.</source>
        <translation>Esa entrada ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="246"/>
        <source>ID:       %1</source>
        <translation>ID:        %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="247"/>
        <source>Date:     %1</source>
        <translation>Fecha:     %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="248"/>
        <source>Mood:     %1</source>
        <translation>Ánimo:     %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="248"/>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="250"/>
        <source>Tags:     %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="252"/>
        <source>Emotions: %1</source>
        <translation>Emociones: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="254"/>
        <source>Template: %1</source>
        <translation>Plantilla: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJournal.cpp" line="263"/>
        <source>Give the new text with --text or --stdin, not both.</source>
        <translation>Indica el nuevo texto con --text o con --stdin, no con ambos.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="32"/>
        <source>--days takes a number of days from 0 to %1.</source>
        <translation>--days admite un número de días del 0 al %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="67"/>
        <source>reminders --due takes no value: it lists what is due now.</source>
        <translation>reminders --due no admite ningún valor: lista lo que toca ahora.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="69"/>
        <source>reminders --due lists what is due now; it does not go with --days or --ics.</source>
        <translation>reminders --due lista lo que toca ahora; no va con --days ni con --ics.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="71"/>
        <source>reminders --ics writes iCalendar; it does not go with --json.</source>
        <translation>reminders --ics escribe iCalendar; no va con --json.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="77"/>
        <source>--ics takes the name of a file to write (or - for stdout).</source>
        <translation>--ics necesita el nombre de un archivo en el que escribir (o - para stdout).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="97"/>
        <source>Warning: the calendar is not encrypted; take care where you keep it.</source>
        <translation>Atención: el calendario no está cifrado; ten cuidado con dónde lo guardas.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="108"/>
        <source>Wrote %1 reminder(s) for the next %2 day(s) to %3 (iCalendar).</source>
        <translation>Se escribieron %1 recordatorio(s) de los próximos %2 día(s) en %3 (iCalendar).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="113"/>
        <source>Warning: the calendar file is not encrypted. Anyone who can read it sees who and what your reminders are about.</source>
        <translation>Atención: el archivo de calendario no está cifrado. Cualquiera que pueda leerlo verá de quién y de qué tratan tus recordatorios.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="138"/>
        <source>Nothing is due.</source>
        <translation>No toca nada.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="138"/>
        <source>Nothing is due in the next %1 day(s).</source>
        <translation>No toca nada en los próximos %1 día(s).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="144"/>
        <source>Due now:</source>
        <translation>Toca ahora:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="147"/>
        <source>Next %1 day(s):</source>
        <translation>Próximos %1 día(s):</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="161"/>
        <source>rebound-cli: reminders cannot be shown while the app is closed: the vault&apos;s key is not remembered on this device. Unlock Rebound with &quot;Remember on this device&quot; turned on (it keeps the key in the system keyring); until then reminders show only while the app is open. Nothing was changed.</source>
        <translation>rebound-cli: los recordatorios no se pueden mostrar con la app cerrada: la clave de la caja fuerte no está recordada en este dispositivo. Desbloquea Rebound con «Recordar en este dispositivo» activado (guarda la clave en el llavero del sistema); hasta entonces, los recordatorios solo se muestran con la app abierta. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="185"/>
        <source>The system keyring did not answer (is it locked?). No reminders were shown; the timer tries again later.</source>
        <translation>El llavero del sistema no respondió (¿está bloqueado?). No se mostró ningún recordatorio; el temporizador lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="199"/>
        <source>No reminder was marked as notified; they will be shown next time.</source>
        <translation>Ningún recordatorio se marcó como notificado; se mostrarán la próxima vez.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliReminders.cpp" line="204"/>
        <source>Showed %1 notification(s) for %2 reminder(s).</source>
        <translation>Se mostraron %1 notificación(es) de %2 recordatorio(s).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="17"/>
        <source>1 mention</source>
        <translation>1 mención</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="17"/>
        <source>%1 mentions</source>
        <translation>%1 menciones</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="76"/>
        <source>Which action? Give its ID (see &quot;skills&quot;).</source>
        <translation>¿Qué acción? Indica su ID (ver &quot;skills&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="80"/>
        <source>No action has the ID %1.</source>
        <translation>Ninguna acción tiene el ID %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="92"/>
        <source>There is no skill called “%1” yet; skills come from feedback (&quot;feedback add --weakness SKILL&quot;).</source>
        <translation>Aún no hay ninguna habilidad llamada «%1»; las habilidades salen de los comentarios (&quot;feedback add --weakness SKILL&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="95"/>
        <source>There is no skill called “%1”. Skills: %2.</source>
        <translation>No hay ninguna habilidad llamada «%1». Habilidades: %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="119"/>
        <source>That interview belongs to another application; give --interview alone.</source>
        <translation>Esa entrevista pertenece a otra candidatura; indica solo --interview.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="128"/>
        <source>Added to your skills plan: see &quot;rebound-cli skills&quot;.</source>
        <translation>Añadido a tu plan de habilidades: ver &quot;rebound-cli skills&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="147"/>
        <source>No feedback yet. When some comes, &quot;rebound-cli feedback add&quot; turns it into a skills plan.</source>
        <translation>Aún no hay comentarios. Cuando lleguen, &quot;rebound-cli feedback add&quot; los convierte en un plan de habilidades.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="194"/>
        <source>No skills yet. Feedback names them: &quot;rebound-cli feedback add --strength S --weakness W&quot;.</source>
        <translation>Aún no hay habilidades. Los comentarios las nombran: &quot;rebound-cli feedback add --strength S --weakness W&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="206"/>
        <source>Strengths: lean on these</source>
        <translation>Fortalezas: apóyate en ellas</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="208"/>
        <location filename="../backend/cli/CliSkills.cpp" line="217"/>
        <source>None named yet.</source>
        <translation>Aún no se ha nombrado ninguna.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="213"/>
        <source>Pitch: %1</source>
        <translation>Presentación: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="215"/>
        <source>Weaknesses: work on these</source>
        <translation>Debilidades: trabájalas</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="224"/>
        <source>No action yet: rebound-cli skills action add &quot;%1&quot; --title ...</source>
        <translation>Aún no hay ninguna acción: rebound-cli skills action add &quot;%1&quot; --title ...</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="244"/>
        <source>Which skill? e.g. skills action add &quot;System design&quot; --title &quot;Read a chapter a day&quot;.</source>
        <translation>¿Qué habilidad? P. ej. skills action add &quot;Diseño de sistemas&quot; --title &quot;Leer un capítulo al día&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="246"/>
        <source>What will you do? skills action add needs --title TEXT.</source>
        <translation>¿Qué vas a hacer? skills action add necesita --title TEXT.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="269"/>
        <source>That action no longer exists.</source>
        <translation>Esa acción ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="275"/>
        <source>“%1” was already done.</source>
        <translation>«%1» ya estaba hecha.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="275"/>
        <source>Done: “%1”. Well done.</source>
        <translation>Hecho: «%1». ¡Bien hecho!</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="285"/>
        <source>Which skill? e.g. skills pitch &quot;Communication&quot; &quot;I explain ...&quot;.</source>
        <translation>¿Qué habilidad? P. ej. skills pitch &quot;Comunicación&quot; &quot;Explico ...&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="289"/>
        <source>Give the pitch as words or with --stdin, not both.</source>
        <translation>Indica la presentación como palabras o con --stdin, no de ambas formas.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="295"/>
        <source>How do you tell this strength? Finish with Ctrl-D on an empty line.</source>
        <translation>¿Cómo presentas esta fortaleza? Termina con Ctrl-D en una línea vacía.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="305"/>
        <source>Cleared the pitch for %1.</source>
        <translation>Se borró la presentación de %1.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSkills.cpp" line="305"/>
        <source>Saved your pitch for %1.</source>
        <translation>Se guardó tu presentación de %1.</translation>
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
        <translation>Indica --server URL (WebDAV) o --folder DIR.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="77"/>
        <source>--server takes an address such as https://cloud.example.org/remote.php/dav/files/me/Rebound/</source>
        <translation>--server admite una dirección como https://cloud.example.org/remote.php/dav/files/me/Rebound/</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="80"/>
        <source>Give the account with --user, not inside the address; the password is asked for.</source>
        <translation>Indica la cuenta con --user, no dentro de la dirección; la contraseña se pide aparte.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="86"/>
        <source>--user and --allow-http are for --server only.</source>
        <translation>--user y --allow-http son solo para --server.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="92"/>
        <source>Computer</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="97"/>
        <source>Server password: </source>
        <translation>Contraseña del servidor: </translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="100"/>
        <source>Sync passphrase: </source>
        <translation>Frase de contraseña de sincronización: </translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="100"/>
        <source>New sync passphrase: </source>
        <translation>Nueva frase de contraseña de sincronización: </translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="115"/>
        <source>Joined the sync at %1 as &quot;%2&quot;.</source>
        <translation>Te has unido a la sincronización en %1 como «%2».</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="115"/>
        <source>Sync is set up at %1 for &quot;%2&quot;.</source>
        <translation>La sincronización está configurada en %1 para «%2».</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="118"/>
        <source>Received %1 changes, sent %2.</source>
        <translation>Recibidos %1 cambios, enviados %2.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="120"/>
        <source>Keep the sync passphrase safe: every device needs it, and it cannot be recovered.</source>
        <translation>Guarda bien la frase de contraseña de sincronización: todos los dispositivos la necesitan y no se puede recuperar.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="135"/>
        <source>Synced: %1 changes received, %2 sent.</source>
        <translation>Sincronizado: %1 cambios recibidos, %2 enviados.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="136"/>
        <source>%1 requests, %2 up, %3 down, %4 s.</source>
        <translation>%1 peticiones, %2 enviados, %3 recibidos, %4 s.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="141"/>
        <source>%1 edits made at the same time on two devices were kept as earlier versions; see them in Settings → Sync in the app.</source>
        <translation>%1 ediciones hechas a la vez en dos dispositivos se guardaron como versiones anteriores; consúltalas en Ajustes → Sincronización en la app.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="177"/>
        <source>Sync is off on this device. Set it up with &quot;rebound-cli sync setup&quot;.</source>
        <translation>La sincronización está desactivada en este dispositivo. Configúrala con &quot;rebound-cli sync setup&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="180"/>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="181"/>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="181"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="182"/>
        <source>This device:</source>
        <translation>Este dispositivo:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="183"/>
        <source>Last sync:</source>
        <translation>Última sincronización:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="184"/>
        <source>Pending changes:</source>
        <translation>Cambios pendientes:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="185"/>
        <source>Conflicts kept:</source>
        <translation>Conflictos guardados:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="187"/>
        <source>Last attempt failed:</source>
        <translation>Falló el último intento:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="189"/>
        <source>Action needed:</source>
        <translation>Acción necesaria:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="189"/>
        <source>the sync passphrase changed on another device; enter it in the app (Settings → Sync).</source>
        <translation>la frase de contraseña de sincronización cambió en otro dispositivo; introdúcela en la app (Ajustes → Sincronización).</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="192"/>
        <source>Devices:</source>
        <translation>Dispositivos:</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="195"/>
        <source> (this device)</source>
        <translation> (este dispositivo)</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="196"/>
        <source>last heard from %1</source>
        <translation>última señal: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="207"/>
        <source>Sync is already off on this device.</source>
        <translation>La sincronización ya está desactivada en este dispositivo.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="210"/>
        <source>Turn sync off on this device? The data on the server stays, and other devices keep syncing.</source>
        <translation>¿Desactivar la sincronización en este dispositivo? Los datos del servidor se quedan y los demás dispositivos siguen sincronizando.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliSync.cpp" line="214"/>
        <source>Sync is off on this device.</source>
        <translation>La sincronización está desactivada en este dispositivo.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="44"/>
        <source>--map takes a mood word and a level from 1 to 5, e.g. --map &quot;Zen=5&quot;.</source>
        <translation>--map admite una palabra de estado de ánimo y un nivel del 1 al 5, p. ej. --map &quot;Zen=5&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="72"/>
        <source>Exported %1 journal entries and %2 records. The files are not encrypted: keep them somewhere safe.</source>
        <translation>Se exportaron %1 entradas del diario y %2 elementos. Los archivos no están cifrados: guárdalos en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="83"/>
        <source>Where to? e.g. backup create ~/rebound.rebound-backup</source>
        <translation>¿Dónde? P. ej. backup create ~/rebound.rebound-backup</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="90"/>
        <location filename="../backend/cli/CliData.cpp" line="107"/>
        <location filename="../backend/cli/CliData.cpp" line="133"/>
        <source>Backup passphrase: </source>
        <translation>Frase de contraseña de la copia: </translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="96"/>
        <source>Backed up %1 records to %2. You need the backup passphrase to restore it.</source>
        <translation>Copia de seguridad de %1 elementos guardada en %2. Necesitas la frase de contraseña de la copia para restaurarla.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="106"/>
        <source>Which file? e.g. backup check rebound.rebound-backup</source>
        <translation>¿Qué archivo? P. ej. backup check rebound.rebound-backup</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="118"/>
        <source>The backup is complete and intact: %1 records from vault %2, made on %3 by Rebound %4.</source>
        <translation>La copia de seguridad está completa e intacta: %1 elementos de la caja fuerte %2, creada el %3 con Rebound %4.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="128"/>
        <source>Which file? e.g. backup restore rebound.rebound-backup</source>
        <translation>¿Qué archivo? P. ej. backup restore rebound.rebound-backup</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="131"/>
        <source>A vault already exists in %1. Restore into another folder with --vault DIR.</source>
        <translation>Ya existe una caja fuerte en %1. Restaura en otra carpeta con --vault DIR.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="135"/>
        <source>Restored the backup into a new vault in %1. Its passphrase is the backup&apos;s; change it with &quot;rebound-cli passwd&quot;.</source>
        <translation>Copia de seguridad restaurada en una caja fuerte nueva en %1. Su frase de contraseña es la de la copia; cámbiala con &quot;rebound-cli passwd&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="145"/>
        <source>Which file? e.g. import daylio daylio_export.csv</source>
        <translation>¿Qué archivo? P. ej. import daylio daylio_export.csv</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="153"/>
        <source>%1 is not a Daylio export we can read. %2 Nothing was imported.</source>
        <translation>%1 no es una exportación de Daylio que podamos leer. %2 No se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="170"/>
        <source>%1: %2 entries from %3 to %4.</source>
        <translation>%1: %2 entradas del %3 al %4.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="175"/>
        <source>New check-ins: %1</source>
        <translation>Nuevos registros: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="176"/>
        <source>New journal entries (from notes): %1</source>
        <translation>Nuevas entradas del diario (de las notas): %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="178"/>
        <source>Already imported, skipped: %1</source>
        <translation>Ya importadas, omitidas: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="183"/>
        <source>New effort tags: %1</source>
        <translation>Nuevas etiquetas de esfuerzo: %1</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="188"/>
        <source>Custom moods without a level (%1 entries get no check-in): %2. Give each one with --map &quot;WORD=1-5&quot;.</source>
        <translation>Estados de ánimo personalizados sin nivel (%1 entradas se quedan sin registro): %2. Indica el de cada uno con --map &quot;WORD=1-5&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="205"/>
        <source>Import them?</source>
        <translation>¿Importarlas?</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliData.cpp" line="219"/>
        <source>Imported %1 check-ins and %2 journal entries (tagged &quot;%3&quot;); %4 new effort tags.</source>
        <translation>Se importaron %1 registros y %2 entradas del diario (con la etiqueta &quot;%3&quot;); %4 etiquetas de esfuerzo nuevas.</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <location filename="../qml/pages/ComingSoonPage.qml" line="25"/>
        <source>Coming in a later version of Rebound.</source>
        <translation>Llegará en una versión posterior de Rebound.</translation>
    </message>
</context>
<context>
    <name>ComingUpCard</name>
    <message>
        <location filename="../qml/today/ComingUpCard.qml" line="22"/>
        <source>Overdue · %1</source>
        <translation>Vencido · %1</translation>
    </message>
    <message>
        <location filename="../qml/today/ComingUpCard.qml" line="24"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../qml/today/ComingUpCard.qml" line="26"/>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <location filename="../qml/today/ComingUpCard.qml" line="35"/>
        <source>Coming up</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <location filename="../qml/today/ComingUpCard.qml" line="88"/>
        <source>Mark done: %1</source>
        <translation>Marcar como hecho: %1</translation>
    </message>
</context>
<context>
    <name>ConfidencePicker</name>
    <message>
        <location filename="../qml/jobs/ConfidencePicker.qml" line="21"/>
        <source>Very unsure</source>
        <translation>Muy baja</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ConfidencePicker.qml" line="23"/>
        <source>Unsure</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ConfidencePicker.qml" line="25"/>
        <source>So-so</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ConfidencePicker.qml" line="27"/>
        <source>Confident</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ConfidencePicker.qml" line="29"/>
        <source>Very confident</source>
        <translation>Muy alta</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ConfidencePicker.qml" line="31"/>
        <source>Not given</source>
        <translation>Sin indicar</translation>
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
        <translation>¿Eliminar esta entrada?</translation>
    </message>
    <message>
        <location filename="../qml/journal/ConfirmDeleteDialog.qml" line="20"/>
        <source>It will be removed from this device.</source>
        <translation>Se eliminará de este dispositivo.</translation>
    </message>
    <message>
        <location filename="../qml/journal/ConfirmDeleteDialog.qml" line="35"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/journal/ConfirmDeleteDialog.qml" line="43"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../qml/journal/ConfirmDeleteDialog.qml" line="45"/>
        <source>Delete entry</source>
        <translation>Eliminar entrada</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../qml/jobs/ConfirmDialog.qml" line="12"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../qml/jobs/ConfirmDialog.qml" line="45"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="72"/>
        <source>Give the contact a name.</source>
        <translation>Ponle un nombre al contacto.</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="75"/>
        <source>&quot;%1&quot; does not look like an e-mail address.</source>
        <translation>«%1» no parece una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="126"/>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="126"/>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="153"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="161"/>
        <source>e.g. Maya Chen</source>
        <translation>p. ej., Maya Chen</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="164"/>
        <source>Name (required)</source>
        <translation>Nombre (obligatorio)</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="179"/>
        <location filename="../qml/people/ContactEditor.qml" line="189"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="186"/>
        <source>e.g. Northwind</source>
        <translation>p. ej., Northwind</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="198"/>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="205"/>
        <source>e.g. Talent partner</source>
        <translation>p. ej., Responsable de talento</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="208"/>
        <source>Role at work</source>
        <translation>Puesto de trabajo</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="214"/>
        <source>Who they are to you</source>
        <translation>Quién es para ti</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="221"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="231"/>
        <source>Tag: %1</source>
        <translation>Etiqueta: %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="238"/>
        <location filename="../qml/people/ContactEditor.qml" line="246"/>
        <source>Keep in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="250"/>
        <source>From tags</source>
        <translation>Según etiquetas</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="254"/>
        <source>Every…</source>
        <translation>Cada…</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="258"/>
        <source>Off</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="278"/>
        <source>Days between contacts</source>
        <translation>Días entre contactos</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="283"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="291"/>
        <source>No keep-in-touch reminders for this contact.</source>
        <translation>Sin recordatorios para mantener el contacto con esta persona.</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="291"/>
        <source>Every %1 days, the shortest default of the chosen tags (Settings → Reminders).</source>
        <translation>Cada %1 días, el valor predeterminado más corto de las etiquetas elegidas (Ajustes → Recordatorios).</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="291"/>
        <source>None of the chosen tags has a default, so no reminders until you add one.</source>
        <translation>Ninguna de las etiquetas elegidas tiene un valor predeterminado, así que no habrá recordatorios hasta que añadas uno.</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="298"/>
        <location filename="../qml/people/ContactEditor.qml" line="305"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="306"/>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="307"/>
        <source>Add an e-mail</source>
        <translation>Añadir un correo electrónico</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="312"/>
        <location filename="../qml/people/ContactEditor.qml" line="319"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="320"/>
        <source>+44 20 7946 0000</source>
        <translation>+44 20 7946 0000</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="321"/>
        <source>Add a phone number</source>
        <translation>Añadir un número de teléfono</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="326"/>
        <location filename="../qml/people/ContactEditor.qml" line="337"/>
        <source>Profile link</source>
        <translation>Enlace al perfil</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="333"/>
        <source>e.g. linkedin.com/in/…</source>
        <translation>p. ej., linkedin.com/in/…</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="341"/>
        <location filename="../qml/people/ContactEditor.qml" line="351"/>
        <source>How you met</source>
        <translation>Primer contacto</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="348"/>
        <source>e.g. Meetup on data tooling, March</source>
        <translation>p. ej., Encuentro sobre herramientas de datos, marzo</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="355"/>
        <location filename="../qml/people/ContactEditor.qml" line="368"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="363"/>
        <source>What they work on, what you promised, what to ask next time…</source>
        <translation>En qué trabaja, qué le prometiste, qué preguntarle la próxima vez…</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="380"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="382"/>
        <source>Delete contact</source>
        <translation>Eliminar contacto</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="392"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="393"/>
        <source>Cancel without saving</source>
        <translation>Cancelar sin guardar</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="402"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="402"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="403"/>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactEditor.qml" line="403"/>
        <source>Save contact</source>
        <translation>Guardar contacto</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <location filename="../qml/people/ContactList.qml" line="49"/>
        <source>Search name, company, role or e-mail</source>
        <translation>Buscar nombre, empresa, puesto o correo</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactList.qml" line="53"/>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactList.qml" line="61"/>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactList.qml" line="98"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactList.qml" line="100"/>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="57"/>
        <source>“%1” is not a web link (http or https).</source>
        <translation>«%1» no es un enlace web (http o https).</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="88"/>
        <source>Give the contact a name.</source>
        <translation>Ponle un nombre al contacto.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="99"/>
        <source>“%1” is not an email address.</source>
        <translation>«%1» no es una dirección de correo.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="106"/>
        <source>A contact can have at most %1 email addresses.</source>
        <translation>Un contacto puede tener como mucho %1 direcciones de correo.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="117"/>
        <source>“%1” is not a phone number.</source>
        <translation>«%1» no es un número de teléfono.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="124"/>
        <source>A contact can have at most %1 phone numbers.</source>
        <translation>Un contacto puede tener como mucho %1 números de teléfono.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="138"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="364"/>
        <source>Unknown tag: %1.</source>
        <translation>Etiqueta desconocida: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="149"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="366"/>
        <source>Keep in touch every 1 to %1 days, or turn it off.</source>
        <translation>Mantén el contacto cada 1 a %1 días, o desactívalo.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="156"/>
        <source>Choose who you were in touch with.</source>
        <translation>Elige con quién estuviste en contacto.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="158"/>
        <source>Unknown kind of contact: %1.</source>
        <translation>Tipo de contacto desconocido: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="160"/>
        <source>Give the day you were in touch.</source>
        <translation>Indica el día en que tuviste contacto.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="177"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="187"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="305"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="336"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="418"/>
        <source>That contact no longer exists.</source>
        <translation>Ese contacto ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="315"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="327"/>
        <source>That interaction no longer exists.</source>
        <translation>Esa interacción ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="416"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="430"/>
        <source>That person is no longer on the application.</source>
        <translation>Esa persona ya no está en la candidatura.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="450"/>
        <source>At most %1 contacts can be imported at once.</source>
        <translation>Se pueden importar como mucho %1 contactos a la vez.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="458"/>
        <source>Contact %1 (%2): %3</source>
        <translation>Contacto %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="460"/>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="518"/>
        <source>Give the template a name.</source>
        <translation>Ponle un nombre a la plantilla.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="522"/>
        <source>Write the message of the template.</source>
        <translation>Escribe el mensaje de la plantilla.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="533"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="545"/>
        <source>That template no longer exists.</source>
        <translation>Esa plantilla ya no existe.</translation>
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <location filename="../qml/people/ContactRow.qml" line="31"/>
        <source>last contacted %1</source>
        <translation>último contacto %1</translation>
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
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="45"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="65"/>
        <source>Back to people</source>
        <translation>Volver a los contactos</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="65"/>
        <source>Close the contact</source>
        <translation>Cerrar el contacto</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="76"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="78"/>
        <source>Delete contact</source>
        <translation>Eliminar contacto</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="85"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="86"/>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="172"/>
        <location filename="../qml/people/ContactView.qml" line="186"/>
        <source>Keep in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="203"/>
        <source>Last contacted %1 (%2)</source>
        <translation>Último contacto %1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="203"/>
        <source>Nothing logged yet</source>
        <translation>Aún no hay nada anotado</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="211"/>
        <source>Cadence: %1 · next on %2</source>
        <translation>Frecuencia: %1 · próximo el %2</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="211"/>
        <source>Cadence: %1</source>
        <translation>Frecuencia: %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="223"/>
        <location filename="../qml/people/ContactView.qml" line="308"/>
        <source>Log</source>
        <translation>Anotar</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="224"/>
        <source>Log an interaction with %1</source>
        <translation>Anotar una interacción con %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="229"/>
        <source>Reach out</source>
        <translation>Contactar</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="230"/>
        <source>Write to %1</source>
        <translation>Escribir a %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="238"/>
        <source>Reach them</source>
        <translation>Cómo contactar</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="240"/>
        <source>No e-mail, phone or profile yet. Edit to add them.</source>
        <translation>Aún no hay correo, teléfono ni perfil. Edita el contacto para añadirlos.</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="251"/>
        <source>Write an e-mail to %1</source>
        <translation>Escribir un correo a %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="265"/>
        <source>Call %1</source>
        <translation>Llamar a %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="275"/>
        <source>Open the profile link</source>
        <translation>Abrir el enlace al perfil</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="283"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="288"/>
        <source>Met: %1</source>
        <translation>Primer contacto: %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="307"/>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="309"/>
        <source>Log an interaction</source>
        <translation>Anotar una interacción</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="311"/>
        <source>Log a message, call or coffee and the keep-in-touch clock restarts from that day.</source>
        <translation>Anota un mensaje, una llamada o un café y el reloj para mantener el contacto vuelve a empezar desde ese día.</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="329"/>
        <source>Applications</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="331"/>
        <source>Link a person on an application to this contact (Job search → the application → People) and it shows here.</source>
        <translation>Vincula a una persona de una candidatura con este contacto (Búsqueda de empleo → la candidatura → Contactos) y aparecerá aquí.</translation>
    </message>
    <message>
        <location filename="../qml/people/ContactView.qml" line="344"/>
        <source>%1, %2, %3. Open in Job search</source>
        <translation>%1, %2, %3. Abrir en Búsqueda de empleo</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="12"/>
        <source>Recruiter</source>
        <translation>Reclutador</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="13"/>
        <source>Interviewer</source>
        <translation>Entrevistador</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="14"/>
        <source>Hiring manager</source>
        <translation>Responsable de contratación</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="15"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="16"/>
        <source>Peer</source>
        <translation>Colega</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="17"/>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="24"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="25"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="26"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="27"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="28"/>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <location filename="../backend/core/ContactLabels.cpp" line="29"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="25"/>
        <source>Welcome to Rebound</source>
        <translation>Te damos la bienvenida a Rebound</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="26"/>
        <source>A private place to look after yourself while you look for work: your mood, your journal, your job search and the people on your side.</source>
        <translation>Un lugar privado para cuidarte mientras buscas trabajo: tu ánimo, tu diario, tu búsqueda de empleo y las personas que te apoyan.</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="34"/>
        <source>Choose a passphrase</source>
        <translation>Elige una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="35"/>
        <source>At least %1 characters</source>
        <translation>Al menos %1 caracteres</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="46"/>
        <source>Use at least %1 characters.</source>
        <translation>Usa al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="53"/>
        <source>Repeat the passphrase</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="63"/>
        <source>The two passphrases don&apos;t match yet.</source>
        <translation>Las dos frases de contraseña todavía no coinciden.</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="98"/>
        <source>&lt;b&gt;Nobody can recover a forgotten passphrase&lt;/b&gt;, not even us: your data is encrypted with it. Write it down somewhere safe.</source>
        <translation>&lt;b&gt;Nadie puede recuperar una frase de contraseña olvidada&lt;/b&gt;, ni siquiera nosotros: tus datos se cifran con ella. Anótala en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="104"/>
        <source>Nobody can recover a forgotten passphrase, not even us: your data is encrypted with it. Write it down somewhere safe.</source>
        <translation>Nadie puede recuperar una frase de contraseña olvidada, ni siquiera nosotros: tus datos se cifran con ella. Anótala en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="116"/>
        <source>Creating your vault…</source>
        <translation>Creando tu caja fuerte…</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="116"/>
        <source>Create vault</source>
        <translation>Crear caja fuerte</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="127"/>
        <source>Restore from a backup…</source>
        <translation>Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="128"/>
        <source>Restore your vault from a backup file</source>
        <translation>Restaurar tu caja fuerte desde un archivo de copia de seguridad</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="136"/>
        <source>Creating your vault</source>
        <translation>Creando tu caja fuerte</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="142"/>
        <source>Choose a Rebound backup</source>
        <translation>Elige una copia de seguridad de Rebound</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="144"/>
        <source>Rebound backups (*.rebound-backup)</source>
        <translation>Copias de seguridad de Rebound (*.rebound-backup)</translation>
    </message>
    <message>
        <location filename="../qml/vault/CreateVaultPage.qml" line="144"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <location filename="../backend/crypto/KeyDerivation.cpp" line="44"/>
        <source>The key-derivation salt is damaged.</source>
        <translation>La sal de derivación de la clave está dañada.</translation>
    </message>
    <message>
        <location filename="../backend/crypto/KeyDerivation.cpp" line="50"/>
        <source>Not enough memory to derive the key (%1 MiB needed).</source>
        <translation>No hay memoria suficiente para derivar la clave (se necesitan %1 MiB).</translation>
    </message>
    <message>
        <location filename="../backend/crypto/SecureBytes.cpp" line="16"/>
        <source>The cryptography library could not start.</source>
        <translation>No se pudo iniciar la biblioteca criptográfica.</translation>
    </message>
    <message>
        <location filename="../backend/crypto/SecureBytes.cpp" line="25"/>
        <source>Out of secure memory.</source>
        <translation>No queda memoria segura.</translation>
    </message>
</context>
<context>
    <name>DBusNotifier</name>
    <message>
        <location filename="../platform/linux/DBusNotifier.cpp" line="16"/>
        <source>Notifications cannot be shown: there is no desktop session bus (D-Bus) to send them through.</source>
        <translation>No se pueden mostrar notificaciones: no hay bus de sesión del escritorio (D-Bus) por el que enviarlas.</translation>
    </message>
    <message>
        <location filename="../platform/linux/DBusNotifier.cpp" line="34"/>
        <source>Notifications cannot be shown: no notification service is running in this desktop session.</source>
        <translation>No se pueden mostrar notificaciones: no hay ningún servicio de notificaciones en esta sesión de escritorio.</translation>
    </message>
    <message>
        <location filename="../platform/linux/DBusNotifier.cpp" line="62"/>
        <source>The notification service did not show the notification: %1</source>
        <translation>El servicio de notificaciones no mostró la notificación: %1</translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="34"/>
        <source>Export and backup</source>
        <translation>Exportación y copia de seguridad</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="39"/>
        <source>Export everything</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="41"/>
        <source>A folder with your journal as Markdown files, check-ins and applications as CSV, contacts as vCard, reminders as iCalendar and everything as JSON. The files are not encrypted.</source>
        <translation>Una carpeta con tu diario en archivos Markdown, los registros y las candidaturas en CSV, los contactos en vCard, los recordatorios en iCalendar y todo en JSON. Los archivos no están cifrados.</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="44"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="46"/>
        <source>Export everything to a folder</source>
        <translation>Exportar todo a una carpeta</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="53"/>
        <source>Encrypted backup</source>
        <translation>Copia de seguridad cifrada</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="55"/>
        <source>One file with everything, protected by a passphrase you choose. To restore it, choose “Restore from a backup” when Rebound asks to create a vault, or use rebound-cli backup restore.</source>
        <translation>Un archivo con todo, protegido por una frase de contraseña que eliges tú. Para restaurarlo, elige «Restaurar copia de seguridad» cuando Rebound te pida crear una caja fuerte, o usa rebound-cli backup restore.</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="58"/>
        <source>Back up…</source>
        <translation>Crear copia…</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="60"/>
        <source>Create an encrypted backup</source>
        <translation>Crear una copia de seguridad cifrada</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="67"/>
        <source>Import from Daylio</source>
        <translation>Importar de Daylio</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="69"/>
        <source>Daylio&apos;s CSV export: moods become check-ins, activities effort tags and notes journal entries. You see what will be imported first.</source>
        <translation>La exportación CSV de Daylio: los estados de ánimo pasan a ser registros; las actividades, etiquetas de esfuerzo, y las notas, entradas del diario. Antes verás lo que se va a importar.</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="72"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="74"/>
        <source>Choose a Daylio CSV export to import</source>
        <translation>Elegir una exportación CSV de Daylio para importarla</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="106"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="107"/>
        <source>Cancel: %1</source>
        <translation>Cancelar: %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="146"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="147"/>
        <source>Open the folder in the file manager</source>
        <translation>Abrir la carpeta en el gestor de archivos</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="153"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="154"/>
        <source>Dismiss the message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="163"/>
        <source>Export everything into…</source>
        <translation>Exportar todo a…</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="170"/>
        <source>Daylio CSV export</source>
        <translation>Exportación CSV de Daylio</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="172"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/settings/DataSection.qml" line="172"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>DateStepper</name>
    <message>
        <location filename="../qml/journal/DateStepper.qml" line="16"/>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <location filename="../qml/journal/DateStepper.qml" line="20"/>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <location filename="../qml/journal/DateStepper.qml" line="46"/>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <location filename="../qml/journal/DateStepper.qml" line="54"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../qml/journal/DateStepper.qml" line="55"/>
        <source>Jump to today</source>
        <translation>Ir a hoy</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../qml/Dates.qml" line="67"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../qml/Dates.qml" line="69"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../qml/Dates.qml" line="75"/>
        <source>Good morning</source>
        <translation>Buenos días</translation>
    </message>
    <message>
        <location filename="../qml/Dates.qml" line="77"/>
        <source>Good afternoon</source>
        <translation>Buenas tardes</translation>
    </message>
    <message>
        <location filename="../qml/Dates.qml" line="79"/>
        <source>Good evening</source>
        <translation>Buenas noches</translation>
    </message>
    <message>
        <location filename="../qml/Dates.qml" line="80"/>
        <source>Hello, night owl</source>
        <translation>Hola, alma nocturna</translation>
    </message>
</context>
<context>
    <name>DayField</name>
    <message>
        <location filename="../qml/jobs/DayField.qml" line="15"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../qml/jobs/DayField.qml" line="49"/>
        <source>%1: %2. Change</source>
        <translation>%1: %2. Cambiar</translation>
    </message>
    <message>
        <location filename="../qml/jobs/DayField.qml" line="105"/>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location filename="../qml/jobs/DayField.qml" line="122"/>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <location filename="../qml/jobs/DayField.qml" line="200"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../qml/jobs/DayField.qml" line="201"/>
        <source>Pick today</source>
        <translation>Elegir hoy</translation>
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
        <translation>Línea %1: aquí empieza un campo entre comillas que no tiene comilla de cierre.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="143"/>
        <source>Line %1: a quoted field is followed by other text; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Línea %1: un campo entre comillas va seguido de otro texto; una comilla dentro de un campo entre comillas debe ir duplicada (&quot;&quot;).</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="364"/>
        <source>Line %1: this is not a Daylio CSV export: its first line must name the columns full_date and mood (missing: %2).</source>
        <extracomment>%1 is a line number, %2 the names of the missing columns, e.g. &quot;full_date, mood&quot;; full_date and mood are column names in the file and stay in English</extracomment>
        <translation>Línea %1: esto no es una exportación CSV de Daylio: su primera línea debe nombrar las columnas full_date y mood (faltan: %2).</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="376"/>
        <source>Line %1: the entry has no date (full_date is empty).</source>
        <extracomment>full_date is the name of a column in the file</extracomment>
        <translation>Línea %1: la entrada no tiene fecha (full_date está vacío).</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="380"/>
        <source>Line %1: the date “%2” is not a valid date.</source>
        <extracomment>%2 is the text found in the file, e.g. &quot;2024-13-01&quot;; dates are written yyyy-MM-dd there</extracomment>
        <translation>Línea %1: la fecha «%2» no es una fecha válida.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="386"/>
        <source>Line %1: the time “%2” is not a valid time.</source>
        <extracomment>%2 is the text found in the file, e.g. &quot;25:10&quot; (valid ones look like &quot;20:15&quot; or &quot;8:15 pm&quot;)</extracomment>
        <translation>Línea %1: la hora «%2» no es una hora válida.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="409"/>
        <source>The file is larger than %1 MB; Daylio exports that big are not read.</source>
        <extracomment>%1 is a number of megabytes</extracomment>
        <translation>El archivo ocupa más de %1 MB; no se leen exportaciones de Daylio tan grandes.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="417"/>
        <source>The file is not UTF-8 text, so it is not a Daylio CSV export.</source>
        <translation>El archivo no es texto UTF-8, así que no es una exportación CSV de Daylio.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="424"/>
        <source>The file is empty; it has no entries.</source>
        <translation>El archivo está vacío; no tiene entradas.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="427"/>
        <source>Line %1: the first line names more than %2 columns; this is not a Daylio CSV export.</source>
        <extracomment>%2 is the largest number of columns read</extracomment>
        <translation>Línea %1: la primera línea nombra más de %2 columnas; esto no es una exportación CSV de Daylio.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="437"/>
        <source>Line %1: the file has more than %2 entries; split it into smaller files.</source>
        <extracomment>%2 is the largest number of entries read from one file</extracomment>
        <translation>Línea %1: el archivo tiene más de %2 entradas; divídelo en archivos más pequeños.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="443"/>
        <source>Line %1: this row has %2 values but the first line names %3 columns.</source>
        <extracomment>%2 is the number of values found in this row, %3 the number of columns the first line names</extracomment>
        <translation>Línea %1: esta fila tiene %2 valores, pero la primera línea nombra %3 columnas.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="450"/>
        <source>The file has no entries, only the line naming the columns.</source>
        <translation>El archivo no tiene entradas, solo la línea con los nombres de las columnas.</translation>
    </message>
    <message>
        <location filename="../backend/services/DaylioCsv.cpp" line="453"/>
        <source>Entries without a mood were skipped: %1 (the first on line %2).</source>
        <extracomment>%1 is how many entries were skipped, %2 the line number of the first one</extracomment>
        <translation>Se omitieron las entradas sin estado de ánimo: %1 (la primera, en la línea %2).</translation>
    </message>
</context>
<context>
    <name>DaylioImport</name>
    <message>
        <location filename="../backend/services/DaylioImport.cpp" line="172"/>
        <source>Line %1: %2 Nothing was imported.</source>
        <extracomment>%1 is a line number of the imported file, %2 the reason.</extracomment>
        <translation>Línea %1: %2 No se ha importado nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/services/DaylioImport.cpp" line="177"/>
        <source>%n activities were left out because the list of effort tags is full.</source>
        <translation>
            <numerusform>Se dejó fuera %n actividad porque la lista de etiquetas de esfuerzo está llena.</numerusform>
            <numerusform>Se dejaron fuera %n actividades porque la lista de etiquetas de esfuerzo está llena.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/services/DaylioImport.cpp" line="180"/>
        <source>%n activities were left out: a check-in holds at most %1 effort tags.</source>
        <translation>
            <numerusform>Se dejó fuera %n actividad: un registro admite como mucho %1 etiquetas de esfuerzo.</numerusform>
            <numerusform>Se dejaron fuera %n actividades: un registro admite como mucho %1 etiquetas de esfuerzo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaylioImportDialog</name>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="22"/>
        <source>Import from Daylio</source>
        <translation>Importar de Daylio</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/DaylioImportDialog.qml" line="67"/>
        <source>%1: %n entries, %2.</source>
        <translation>
            <numerusform>%1: %n entrada, %2.</numerusform>
            <numerusform>%1: %n entradas, %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="74"/>
        <source>New check-ins (moods and activities)</source>
        <translation>Nuevos registros (estados de ánimo y actividades)</translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="79"/>
        <source>New journal entries (notes)</source>
        <translation>Nuevas entradas del diario (notas)</translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="85"/>
        <source>Already imported, skipped</source>
        <translation>Ya importadas, omitidas</translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="92"/>
        <source>New effort tags: %1</source>
        <translation>Nuevas etiquetas de esfuerzo: %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="101"/>
        <source>Your custom moods: where does each sit from 1 (awful) to 5 (rad)?</source>
        <translation>Tus estados de ánimo personalizados: ¿dónde queda cada uno, del 1 (awful) al 5 (rad)?</translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="129"/>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="131"/>
        <source>Mood level for %1: %2</source>
        <translation>Nivel de ánimo para %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/DaylioImportDialog.qml" line="140"/>
        <source>%n entries have no mood level yet: they are imported without a check-in.</source>
        <translation>
            <numerusform>%n entrada aún no tiene nivel de ánimo: se importará sin registro.</numerusform>
            <numerusform>%n entradas aún no tienen nivel de ánimo: se importarán sin registro.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="176"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="177"/>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location filename="../qml/settings/DaylioImportDialog.qml" line="185"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/DaylioImportDialog.qml" line="186"/>
        <source>Import %n records</source>
        <translation>
            <numerusform>Importar %n elemento</numerusform>
            <numerusform>Importar %n elementos</numerusform>
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
        <translation>%1 por semana: %2</translation>
    </message>
    <message>
        <location filename="../qml/goals/EffortCard.qml" line="59"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/EffortCard.qml" line="80"/>
        <source>of %1 this week. Target met, well done.</source>
        <translation>de %1 esta semana. Objetivo cumplido, ¡bien hecho!</translation>
    </message>
    <message>
        <location filename="../qml/goals/EffortCard.qml" line="80"/>
        <source>of %1 this week</source>
        <translation>de %1 esta semana</translation>
    </message>
    <message>
        <location filename="../qml/goals/EffortCard.qml" line="114"/>
        <source>Met the target in %1 of the last %2 weeks</source>
        <translation>Cumpliste el objetivo en %1 de las últimas %2 semanas</translation>
    </message>
    <message>
        <location filename="../qml/goals/EffortCard.qml" line="131"/>
        <source>Week of %1: %2</source>
        <translation>Semana del %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/goals/EffortCard.qml" line="150"/>
        <source>Target met in %1 of the last %2 weeks</source>
        <translation>Objetivo cumplido en %1 de las últimas %2 semanas</translation>
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
        <translation>Abre la entrada para leerla, editarla o eliminarla</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryCard.qml" line="71"/>
        <source>Mood only, no words.</source>
        <translation>Solo el ánimo, sin palabras.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="105"/>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="105"/>
        <source>Edit entry</source>
        <translation>Editar entrada</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="145"/>
        <source>How were you feeling?</source>
        <translation>¿Cómo te sentías?</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="162"/>
        <source>Write as much or as little as you like… Markdown works: ## heading, - list, *emphasis*.</source>
        <translation>Escribe tanto o tan poco como quieras… Puedes usar Markdown: ## título, - lista, *énfasis*.</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="168"/>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="191"/>
        <source>Feelings</source>
        <translation>Emociones</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="217"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="243"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="245"/>
        <source>Delete entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="255"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="264"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryEditor.qml" line="265"/>
        <source>Save entry</source>
        <translation>Guardar entrada</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="39"/>
        <source>Journal entry, %1</source>
        <translation>Entrada del diario, %1</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="39"/>
        <source>Journal entry</source>
        <translation>Entrada del diario</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="59"/>
        <source>Back to the journal</source>
        <translation>Volver al diario</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="70"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="72"/>
        <source>Delete entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="81"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="82"/>
        <source>Edit entry</source>
        <translation>Editar entrada</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="109"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="132"/>
        <source>Written at %1</source>
        <translation>Escrita a las %1</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="141"/>
        <source>From a check-in</source>
        <translation>De un registro</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="160"/>
        <source>Feeling: %1</source>
        <translation>Emoción: %1</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="171"/>
        <source>Tag: %1</source>
        <translation>Etiqueta: %1</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="204"/>
        <source>Mood only, no words.</source>
        <translation>Solo el ánimo, sin palabras.</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="216"/>
        <source>This entry is gone</source>
        <translation>Esta entrada ya no existe</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="216"/>
        <source>Pick an entry to read it</source>
        <translation>Elige una entrada para leerla</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="217"/>
        <source>It may have been deleted.</source>
        <translation>Puede que se haya eliminado.</translation>
    </message>
    <message>
        <location filename="../qml/journal/EntryView.qml" line="217"/>
        <source>Entries open here, with their Markdown formatting.</source>
        <translation>Aquí se abren las entradas, con su formato Markdown.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../qml/components/ErrorBanner.qml" line="53"/>
        <source>Dismiss message</source>
        <translation>Descartar mensaje</translation>
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
        <translation>Comentarios de %1, %2. Editar</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackCard.qml" line="50"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackCard.qml" line="60"/>
        <source>About: %1</source>
        <translation>Sobre: %1</translation>
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
        <translation>La candidatura</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="43"/>
        <source>Write the feedback or name at least one skill.</source>
        <translation>Escribe los comentarios o nombra al menos una habilidad.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="104"/>
        <source>New feedback</source>
        <translation>Nuevos comentarios</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="104"/>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="134"/>
        <source>From</source>
        <translation>De parte de</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="139"/>
        <source>Where the feedback came from</source>
        <translation>De dónde vienen los comentarios</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="146"/>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="154"/>
        <source>Received on</source>
        <translation>Recibidos el</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="159"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="165"/>
        <source>What the feedback is about</source>
        <translation>Sobre qué son los comentarios</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="177"/>
        <source>What did they say? Their words are worth keeping, the kind ones too.</source>
        <translation>¿Qué te dijeron? Vale la pena guardar sus palabras, también las amables.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="182"/>
        <source>Feedback text</source>
        <translation>Texto de los comentarios</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="186"/>
        <source>Strengths they saw</source>
        <translation>Fortalezas que vieron</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="193"/>
        <source>A skill, e.g. Communication</source>
        <translation>Una habilidad, p. ej., Comunicación</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="194"/>
        <source>Strengths</source>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="204"/>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="212"/>
        <source>Skills to work on</source>
        <translation>Habilidades que mejorar</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="211"/>
        <source>A skill, e.g. SQL</source>
        <translation>Una habilidad, p. ej., SQL</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="235"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="237"/>
        <source>Delete feedback</source>
        <translation>Eliminar comentarios</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="247"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="255"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../qml/jobs/FeedbackEditor.qml" line="256"/>
        <source>Save feedback</source>
        <translation>Guardar comentarios</translation>
    </message>
</context>
<context>
    <name>FullExport</name>
    <message>
        <location filename="../backend/services/FullExport.cpp" line="80"/>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../backend/services/FullExport.cpp" line="88"/>
        <source>There is not enough space to finish the export.</source>
        <translation>No hay espacio suficiente para terminar la exportación.</translation>
    </message>
    <message>
        <location filename="../backend/services/FullExport.cpp" line="89"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../backend/services/FullExport.cpp" line="103"/>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <location filename="../backend/services/FullExport.cpp" line="105"/>
        <source>Rebound export %1</source>
        <extracomment>Name of the folder an export creates; %1 is the date and time (2026-05-01 14-30).</extracomment>
        <translation>Exportación de Rebound %1</translation>
    </message>
    <message>
        <location filename="../backend/services/FullExport.cpp" line="115"/>
        <source>Could not create a folder for the export in %1.</source>
        <translation>No se pudo crear una carpeta para la exportación en %1.</translation>
    </message>
</context>
<context>
    <name>GentleNote</name>
    <message>
        <location filename="../qml/today/GentleNote.qml" line="33"/>
        <source>That sounds like a hard moment.</source>
        <translation>Parece un momento difícil.</translation>
    </message>
    <message>
        <location filename="../qml/today/GentleNote.qml" line="42"/>
        <source>Feeling low after a rejection is normal: it means it mattered. A rejection is something that happened, not who you are.</source>
        <translation>Sentirse mal después de un rechazo es normal: significa que te importaba. Un rechazo es algo que pasó, no lo que eres.</translation>
    </message>
    <message>
        <location filename="../qml/today/GentleNote.qml" line="55"/>
        <source>Write about it</source>
        <translation>Escribir sobre ello</translation>
    </message>
    <message>
        <location filename="../qml/today/GentleNote.qml" line="56"/>
        <source>Write about it in your journal with the After a rejection template</source>
        <translation>Escribe sobre ello en tu diario con la plantilla Después de un rechazo</translation>
    </message>
    <message>
        <location filename="../qml/today/GentleNote.qml" line="62"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../qml/today/GentleNote.qml" line="63"/>
        <source>Not now, hide this message</source>
        <translation>Ahora no, ocultar este mensaje</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <location filename="../qml/goals/GoalCard.qml" line="26"/>
        <source>%1 a week: %2</source>
        <translation>%1 por semana: %2</translation>
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
        <translation>Más para %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalCard.qml" line="139"/>
        <source>Alternative paths</source>
        <translation>Caminos alternativos</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalCard.qml" line="217"/>
        <source>Add another path</source>
        <translation>Añadir otro camino</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalCard.qml" line="217"/>
        <source>Add an alternative path</source>
        <translation>Añadir un camino alternativo</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalCard.qml" line="218"/>
        <source>Add an alternative path to %1</source>
        <translation>Añadir un camino alternativo a %1</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="31"/>
        <source>None: a goal of its own</source>
        <translation>Ninguno: un objetivo independiente</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="56"/>
        <source>Name the goal.</source>
        <translation>Ponle nombre al objetivo.</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="106"/>
        <source>New alternative path</source>
        <translation>Nuevo camino alternativo</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="106"/>
        <source>New goal</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="106"/>
        <source>Edit goal</source>
        <translation>Editar objetivo</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="127"/>
        <location filename="../qml/goals/GoalEditor.qml" line="132"/>
        <source>Kind of goal</source>
        <translation>Tipo de objetivo</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="139"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="147"/>
        <source>e.g. Send applications</source>
        <translation>p. ej., Enviar candidaturas</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="147"/>
        <source>e.g. Product analyst</source>
        <translation>p. ej., Analista de producto</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="147"/>
        <source>e.g. Renewable energy</source>
        <translation>p. ej., Energías renovables</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="147"/>
        <source>e.g. AWS Cloud Practitioner</source>
        <translation>p. ej., AWS Cloud Practitioner</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="147"/>
        <source>e.g. SQL window functions</source>
        <translation>p. ej., Funciones de ventana de SQL</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="147"/>
        <source>What you want to reach</source>
        <translation>Lo que quieres alcanzar</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="150"/>
        <source>Goal (required)</source>
        <translation>Objetivo (obligatorio)</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="156"/>
        <location filename="../qml/goals/GoalEditor.qml" line="162"/>
        <source>What it counts</source>
        <translation>Qué cuenta</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="170"/>
        <source>How many a week</source>
        <translation>Cantidad por semana</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="181"/>
        <source>Weekly target</source>
        <translation>Meta semanal</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="185"/>
        <location filename="../qml/goals/GoalEditor.qml" line="190"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="197"/>
        <source>By when (optional)</source>
        <translation>Para cuándo (opcional)</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="204"/>
        <source>Reach it by a certain day</source>
        <translation>Alcanzarlo antes de una fecha</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="205"/>
        <source>Give the goal a day to reach it by</source>
        <translation>Ponle al objetivo una fecha para alcanzarlo</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="213"/>
        <source>By</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="218"/>
        <location filename="../qml/goals/GoalEditor.qml" line="229"/>
        <source>Alternative path to</source>
        <translation>Camino alternativo a</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="236"/>
        <source>An adjacent role or industry worth trying next to a goal: staying adaptable is a strength.</source>
        <translation>Un puesto o sector cercano que vale la pena probar junto a un objetivo: ser adaptable es una fortaleza.</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="243"/>
        <location filename="../qml/goals/GoalEditor.qml" line="256"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="251"/>
        <source>Why it matters, first steps, who could help…</source>
        <translation>Por qué importa, primeros pasos, quién podría ayudar…</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="273"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="275"/>
        <source>Delete goal</source>
        <translation>Eliminar objetivo</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="285"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="295"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalEditor.qml" line="296"/>
        <source>Save goal</source>
        <translation>Guardar objetivo</translation>
    </message>
</context>
<context>
    <name>GoalMenu</name>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="18"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="26"/>
        <source>Mark achieved</source>
        <translation>Marcar como logrado</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="34"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="42"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="42"/>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="50"/>
        <source>Drop it</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="51"/>
        <source>Drop this goal</source>
        <translation>Descartar este objetivo</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="58"/>
        <source>Add an alternative path…</source>
        <translation>Añadir un camino alternativo…</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="67"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalMenu.qml" line="68"/>
        <source>Delete this goal</source>
        <translation>Eliminar este objetivo</translation>
    </message>
</context>
<context>
    <name>GoalStatusChip</name>
    <message>
        <location filename="../qml/goals/GoalStatusChip.qml" line="21"/>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="16"/>
        <source>Target role</source>
        <translation>Puesto objetivo</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="17"/>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="18"/>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="19"/>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="20"/>
        <source>Weekly effort</source>
        <translation>Esfuerzo semanal</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="21"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="22"/>
        <source>North star</source>
        <translation>Estrella polar</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="29"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="30"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="31"/>
        <source>Achieved</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="32"/>
        <source>Dropped</source>
        <translation>Abandonado</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="39"/>
        <source>Applications sent</source>
        <translation>Candidaturas enviadas</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="40"/>
        <source>Interviews held</source>
        <translation>Entrevistas realizadas</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="41"/>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="48"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="49"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="50"/>
        <source>Unsure</source>
        <translation>Con dudas</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="57"/>
        <source>New goal</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="58"/>
        <source>Change a goal</source>
        <translation>Cambiar un objetivo</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="59"/>
        <source>Skills action</source>
        <translation>Acción de habilidad</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="86"/>
        <source>Check-ins: %1</source>
        <extracomment>a weekly effort goal counting check-ins tagged with an effort, e.g. &quot;Check-ins: reached out&quot;</extracomment>
        <translation>Registros: %1</translation>
    </message>
    <message>
        <location filename="../backend/core/GoalLabels.cpp" line="96"/>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="31"/>
        <source>Give the checklist a name.</source>
        <translation>Ponle un nombre a la lista de verificación.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="34"/>
        <source>Review every 1 to %1 weeks, or 0 for no schedule.</source>
        <translation>Revisa cada 1 a %1 semanas, o pon 0 para no programarla.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="42"/>
        <source>Write the question.</source>
        <translation>Escribe la pregunta.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="55"/>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="69"/>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="85"/>
        <source>There is already a checklist called “%1”.</source>
        <translation>Ya hay una lista de verificación llamada «%1».</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="67"/>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="80"/>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="102"/>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="139"/>
        <location filename="../backend/storage/ReviewRepository.cpp" line="92"/>
        <source>That checklist no longer exists.</source>
        <translation>Esa lista de verificación ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="145"/>
        <source>A checklist holds at most %1 questions.</source>
        <translation>Una lista de verificación tiene como mucho %1 preguntas.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="157"/>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="169"/>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="193"/>
        <source>That question no longer exists.</source>
        <translation>Esa pregunta ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="189"/>
        <source>Move a question one place at a time.</source>
        <translation>Mueve las preguntas una posición cada vez.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="30"/>
        <source>There is no effort called “%1” to count.</source>
        <translation>No hay ningún esfuerzo llamado «%1» que contar.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="54"/>
        <location filename="../backend/storage/ReviewRepository.cpp" line="57"/>
        <source>Unknown kind of goal: %1.</source>
        <translation>Tipo de objetivo desconocido: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="58"/>
        <location filename="../backend/storage/GoalRepository.cpp" line="107"/>
        <source>Unknown goal status: %1.</source>
        <translation>Estado de objetivo desconocido: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="61"/>
        <source>Say what the goal is.</source>
        <translation>Di cuál es el objetivo.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="65"/>
        <source>Choose what this effort goal counts.</source>
        <translation>Elige qué cuenta este objetivo de esfuerzo.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="68"/>
        <source>Set a weekly target between 1 and %1.</source>
        <translation>Fija una meta semanal entre 1 y %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="76"/>
        <source>Pick a target date within the next thirty years.</source>
        <translation>Elige una fecha límite dentro de los próximos treinta años.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="86"/>
        <location filename="../backend/storage/ReviewRepository.cpp" line="188"/>
        <source>The goal this is an alternative to no longer exists.</source>
        <translation>El objetivo del que este es una alternativa ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="88"/>
        <source>An alternative path cannot have alternatives of its own.</source>
        <translation>Un camino alternativo no puede tener sus propias alternativas.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="90"/>
        <source>Add alternatives to a concrete goal, not the north star.</source>
        <translation>Añade alternativas a un objetivo concreto, no a la estrella polar.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="155"/>
        <source>Set the north star on its own: there is only one.</source>
        <translation>Fija la estrella polar por separado: solo hay una.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="169"/>
        <location filename="../backend/storage/GoalRepository.cpp" line="187"/>
        <location filename="../backend/storage/GoalRepository.cpp" line="197"/>
        <location filename="../backend/storage/ReviewRepository.cpp" line="185"/>
        <source>That goal no longer exists.</source>
        <translation>Ese objetivo ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="171"/>
        <source>The north star stays the north star.</source>
        <translation>La estrella polar sigue siendo la estrella polar.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="23"/>
        <source>That review no longer exists.</source>
        <translation>Esa revisión ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="29"/>
        <source>This review is finished: start a new one to answer again.</source>
        <translation>Esta revisión está terminada: empieza una nueva para volver a responder.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="43"/>
        <source>Unknown kind of follow-up: %1.</source>
        <translation>Tipo de seguimiento desconocido: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="49"/>
        <source>Say what the new goal is.</source>
        <translation>Di cuál es el nuevo objetivo.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="54"/>
        <source>Set the north star and weekly effort goals on the Goals page, where they have their own settings.</source>
        <translation>Fija la estrella polar y los objetivos de esfuerzo semanales en la página Objetivos, donde tienen sus propios ajustes.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="62"/>
        <source>Choose the goal to change.</source>
        <translation>Elige el objetivo que quieres cambiar.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="64"/>
        <source>Choose the goal&apos;s new status.</source>
        <translation>Elige el nuevo estado del objetivo.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="68"/>
        <source>Say what you will do.</source>
        <translation>Di qué vas a hacer.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="71"/>
        <source>Name the skill the action is for.</source>
        <translation>Indica la habilidad a la que corresponde la acción.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="75"/>
        <source>Unknown kind of action: %1.</source>
        <translation>Tipo de acción desconocido: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="95"/>
        <source>Add at least one question to the checklist first.</source>
        <translation>Primero añade al menos una pregunta a la lista de verificación.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="175"/>
        <source>Answer yes, no or unsure.</source>
        <translation>Responde sí, no o con dudas.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="182"/>
        <source>That question is no longer part of the review.</source>
        <translation>Esa pregunta ya no forma parte de la revisión.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="217"/>
        <source>A review cannot finish before it started.</source>
        <translation>Una revisión no puede terminar antes de haber empezado.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="223"/>
        <source>Answer at least one question before finishing.</source>
        <translation>Responde al menos una pregunta antes de terminar.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="235"/>
        <source>From the review on %1: %2</source>
        <extracomment>notes of a goal created by a review follow-up: the review&apos;s day, then the question</extracomment>
        <translation>De la revisión del %1: %2</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="244"/>
        <source>A follow-up changes a goal that no longer exists (question %1): change that follow-up first.</source>
        <translation>Un seguimiento cambia un objetivo que ya no existe (pregunta %1): cambia primero ese seguimiento.</translation>
    </message>
</context>
<context>
    <name>GoalsModeBar</name>
    <message>
        <location filename="../qml/goals/GoalsModeBar.qml" line="18"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsModeBar.qml" line="22"/>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsModeBar.qml" line="33"/>
        <source>Goals view</source>
        <translation>Vista de objetivos</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../qml/pages/GoalsPage.qml" line="65"/>
        <source>New goal</source>
        <translation>Nuevo objetivo</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="36"/>
        <source>Target roles</source>
        <translation>Puestos objetivo</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="38"/>
        <source>Industries</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="40"/>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="42"/>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="44"/>
        <source>Other goals</source>
        <translation>Otros objetivos</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="90"/>
        <source>Goal achieved. Well done.</source>
        <translation>Objetivo logrado. ¡Bien hecho!</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="90"/>
        <source>Goal dropped. Letting go is a choice too.</source>
        <translation>Objetivo descartado. Soltar también es una decisión.</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="90"/>
        <source>Goal paused</source>
        <translation>Objetivo en pausa</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="90"/>
        <source>Goal reopened</source>
        <translation>Objetivo reabierto</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="102"/>
        <source>Goal deleted</source>
        <translation>Objetivo eliminado</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="102"/>
        <location filename="../qml/goals/GoalsView.qml" line="434"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="172"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="177"/>
        <location filename="../qml/goals/GoalsView.qml" line="238"/>
        <source>Add a weekly target</source>
        <translation>Añadir una meta semanal</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="230"/>
        <source>Count what you control: applications sent, people reached out to, practice. A weekly target keeps the effort steady when replies are slow.</source>
        <translation>Cuenta lo que depende de ti: candidaturas enviadas, personas contactadas, práctica. Una meta semanal mantiene el esfuerzo constante cuando las respuestas tardan.</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="260"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="265"/>
        <location filename="../qml/goals/GoalsView.qml" line="297"/>
        <source>Add a goal</source>
        <translation>Añadir un objetivo</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="289"/>
        <source>Name a few concrete steps towards your north star: roles to target, an industry to explore, a skill or certification to gain.</source>
        <translation>Define algunos pasos concretos hacia tu estrella polar: puestos a los que apuntar, un sector que explorar, una habilidad o certificación que conseguir.</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="327"/>
        <source>Add to %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="363"/>
        <source>Hide closed goals (%1)</source>
        <translation>Ocultar objetivos cerrados (%1)</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="363"/>
        <source>Show closed goals (%1)</source>
        <translation>Mostrar objetivos cerrados (%1)</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="422"/>
        <source>Goal added</source>
        <translation>Objetivo añadido</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="422"/>
        <source>Goal saved</source>
        <translation>Objetivo guardado</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="434"/>
        <source>North star cleared</source>
        <translation>Estrella polar borrada</translation>
    </message>
    <message>
        <location filename="../qml/goals/GoalsView.qml" line="436"/>
        <source>North star saved</source>
        <translation>Estrella polar guardada</translation>
    </message>
</context>
<context>
    <name>InboxButton</name>
    <message numerus="yes">
        <location filename="../qml/reminders/InboxButton.qml" line="13"/>
        <source>Reminders, %n new</source>
        <translation>
            <numerusform>Recordatorios, %n nuevo</numerusform>
            <numerusform>Recordatorios, %n nuevos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/reminders/InboxButton.qml" line="13"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
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
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../qml/reminders/InboxPanel.qml" line="59"/>
        <source>Close reminders</source>
        <translation>Cerrar recordatorios</translation>
    </message>
    <message>
        <location filename="../qml/reminders/InboxPanel.qml" line="87"/>
        <source>Due now</source>
        <translation>Pendientes ahora</translation>
    </message>
    <message>
        <location filename="../qml/reminders/InboxPanel.qml" line="87"/>
        <source>Nothing is due. You are on top of things.</source>
        <translation>No hay nada pendiente. Lo tienes todo bajo control.</translation>
    </message>
    <message>
        <location filename="../qml/reminders/InboxPanel.qml" line="107"/>
        <source>Marked as done.</source>
        <translation>Marcado como hecho.</translation>
    </message>
    <message>
        <location filename="../qml/reminders/InboxPanel.qml" line="107"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../qml/reminders/InboxPanel.qml" line="111"/>
        <source>Snoozed until tomorrow.</source>
        <translation>Pospuesto hasta mañana.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/reminders/InboxPanel.qml" line="111"/>
        <source>Snoozed for %n days.</source>
        <translation>
            <numerusform>Pospuesto %n día.</numerusform>
            <numerusform>Pospuesto %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/reminders/InboxPanel.qml" line="126"/>
        <source>Coming up</source>
        <translation>Próximamente</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="11"/>
        <source>Applications</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="12"/>
        <source>Outreach</source>
        <translation>Networking</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="13"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="14"/>
        <source>Learning</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="15"/>
        <source>Journaling</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="16"/>
        <source>Other effort</source>
        <translation>Otro esfuerzo</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="23"/>
        <source>Applied</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="24"/>
        <source>Screening</source>
        <translation>Preselección</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="25"/>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="26"/>
        <source>Final round</source>
        <translation>Ronda final</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="27"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="34"/>
        <source>Back to baseline</source>
        <translation>De vuelta a la base</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="35"/>
        <source>Still recovering</source>
        <translation>Aún en recuperación</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="36"/>
        <source>Not back within 90 days</source>
        <translation>Sin volver en 90 días</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="37"/>
        <source>No mood in the 30 days before</source>
        <translation>Sin ánimo en los 30 días previos</translation>
    </message>
    <message>
        <location filename="../backend/core/InsightsLabels.cpp" line="38"/>
        <source>No mood logged since</source>
        <translation>Sin ánimo registrado desde entonces</translation>
    </message>
</context>
<context>
    <name>InsightsController</name>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="46"/>
        <source>No mood check-ins in the last %n days.</source>
        <translation>
            <numerusform>Ningún registro de ánimo en %n día.</numerusform>
            <numerusform>Ningún registro de ánimo en los últimos %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="48"/>
        <source>Average mood %1 over the last %2 days, on %n days</source>
        <translation>
            <numerusform>Ánimo medio %1 en los últimos %2 días, con registro en %n día</numerusform>
            <numerusform>Ánimo medio %1 en los últimos %2 días, con registro en %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="53"/>
        <source>; moving average from %1 to %2</source>
        <translation>; media móvil de %1 a %2</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="69"/>
        <source>Awful</source>
        <translation>Muy mal</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="71"/>
        <source>Low</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="73"/>
        <source>Okay</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="75"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="77"/>
        <source>Great</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="79"/>
        <source>No mood</source>
        <translation>Sin registro</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="103"/>
        <source>Current effort streak: %n days</source>
        <translation>
            <numerusform>Racha de esfuerzo actual: %n día</numerusform>
            <numerusform>Racha de esfuerzo actual: %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="104"/>
        <source>No current effort streak</source>
        <translation>Sin racha de esfuerzo actual</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="105"/>
        <source>, best %n days in the past year</source>
        <translation>
            <numerusform>, la mejor, de %n día en el último año</numerusform>
            <numerusform>, la mejor, de %n días en el último año</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="106"/>
        <source>. Effort on %n of the last 30 days</source>
        <translation>
            <numerusform>. Esfuerzo en %n de los últimos 30 días</numerusform>
            <numerusform>. Esfuerzo en %n de los últimos 30 días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="108"/>
        <source>, %n planned rest days</source>
        <translation>
            <numerusform>, %n día de descanso planificado</numerusform>
            <numerusform>, %n días de descanso planificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="130"/>
        <source>%1: %2 of %3 this week; target met in %4 of the last %n weeks.</source>
        <translation>
            <numerusform>%1: %2 de %3 esta semana; meta cumplida en %4 de %n semana.</numerusform>
            <numerusform>%1: %2 de %3 esta semana; meta cumplida en %4 de las últimas %n semanas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="153"/>
        <source>All time</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="155"/>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="163"/>
        <source>No applications sent yet.</source>
        <translation>Aún no has enviado candidaturas.</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="169"/>
        <source> (%1%)</source>
        <translation> (%1&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="172"/>
        <source>Pipeline, all time: %1.</source>
        <translation>Proceso, desde siempre: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="194"/>
        <source>Too few recoveries yet to see a trend (it takes %n).</source>
        <translation>
            <numerusform>Aún hay muy pocas recuperaciones para ver una tendencia (hace falta %n).</numerusform>
            <numerusform>Aún hay muy pocas recuperaciones para ver una tendencia (hacen falta %n).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="197"/>
        <source>Your recovery time is getting shorter.</source>
        <translation>Tu tiempo de recuperación es cada vez más corto.</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="199"/>
        <source>Your recovery time is getting longer. Be kind to yourself: that is information, not failure.</source>
        <translation>Tu tiempo de recuperación es cada vez más largo. Sé amable contigo: es información, no un fracaso.</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="201"/>
        <source>Your recovery time is holding steady.</source>
        <translation>Tu tiempo de recuperación se mantiene estable.</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="228"/>
        <source>No rejections recorded.</source>
        <translation>No hay rechazos registrados.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="230"/>
        <source>%n rejections</source>
        <translation>
            <numerusform>%n rechazo</numerusform>
            <numerusform>%n rechazos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="231"/>
        <source>, %n with a recovery measured</source>
        <translation>
            <numerusform>, %n con recuperación medida</numerusform>
            <numerusform>, %n con recuperación medida</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="233"/>
        <source>: back to your usual mood after %1 days on average</source>
        <translation>: de vuelta a tu ánimo habitual tras %1 días de media</translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="258"/>
        <source>No small wins written down yet.</source>
        <translation>Aún no has anotado ningún pequeño logro.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="259"/>
        <source>%n small wins in total</source>
        <translation>
            <numerusform>%n pequeño logro en total</numerusform>
            <numerusform>%n pequeños logros en total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="260"/>
        <source>, %n in the last 30 days.</source>
        <translation>
            <numerusform>, %n en los últimos 30 días.</numerusform>
            <numerusform>, %n en los últimos 30 días.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/InsightsController.cpp" line="419"/>
        <source>%1: no moods recorded.</source>
        <translation>%1: no hay ánimo registrado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/InsightsController.cpp" line="425"/>
        <source>%1: a mood on %n days</source>
        <translation>
            <numerusform>%1: ánimo registrado en %n día</numerusform>
            <numerusform>%1: ánimo registrado en %n días</numerusform>
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
        <translation>Embudo</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="30"/>
        <source>All applications sent, by the furthest step they reached.</source>
        <translation>Todas las candidaturas enviadas, según la etapa más avanzada que alcanzaron.</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="30"/>
        <source>Applications sent in %1, by the furthest step they reached.</source>
        <translation>Candidaturas enviadas en %1, según la etapa más avanzada que alcanzaron.</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="45"/>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="55"/>
        <source>%1: %n sent</source>
        <translation>
            <numerusform>%1: %n enviada</numerusform>
            <numerusform>%1: %n enviadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="72"/>
        <source>Applications per month; pick a month</source>
        <translation>Candidaturas por mes; elige un mes</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="91"/>
        <source>%1: %n applications</source>
        <translation>
            <numerusform>%1: %n candidatura</numerusform>
            <numerusform>%1: %n candidaturas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="138"/>
        <source>%1: %2, %3 of the step before</source>
        <translation>%1: %2, %3 de la etapa anterior</translation>
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
        <translation>Flechas: la proporción que avanzó desde la etapa anterior.</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="205"/>
        <source>No applications sent yet</source>
        <translation>Aún no has enviado candidaturas</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsFunnelCard.qml" line="206"/>
        <source>Once you move applications to Applied and beyond in Job search, you&apos;ll see where they go.</source>
        <translation>Cuando muevas candidaturas a «Enviada» y etapas posteriores en Búsqueda de empleo, verás adónde llegan.</translation>
    </message>
</context>
<context>
    <name>InsightsGoalsCard</name>
    <message>
        <location filename="../qml/insights/InsightsGoalsCard.qml" line="17"/>
        <source>Weekly effort vs goals</source>
        <translation>Esfuerzo semanal frente a objetivos</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsGoalsCard.qml" line="54"/>
        <source>%1 of %2 this week</source>
        <translation>%1 de %2 esta semana</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsGoalsCard.qml" line="118"/>
        <source>Week of %1: %2 of %3</source>
        <translation>Semana del %1: %2 de %3</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsGoalsCard.qml" line="124"/>
        <source>%1 a week: %2. Target met in %3 of the last %4 weeks.</source>
        <translation>%1 por semana: %2. Objetivo cumplido en %3 de las últimas %4 semanas.</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsGoalsCard.qml" line="138"/>
        <source>No weekly effort goals yet</source>
        <translation>Aún no hay objetivos de esfuerzo semanal</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsGoalsCard.qml" line="139"/>
        <source>Set a weekly target in Goals (say, three applications or two people to reach out to) and see each week against it here.</source>
        <translation>Pon una meta semanal en Objetivos (por ejemplo, tres candidaturas o dos personas a las que contactar) y aquí verás cada semana comparada con ella.</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsGoalsCard.qml" line="146"/>
        <source>Open Goals</source>
        <translation>Abrir Objetivos</translation>
    </message>
</context>
<context>
    <name>InsightsMoodCard</name>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="16"/>
        <source>Mood trend</source>
        <translation>Tendencia del ánimo</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="22"/>
        <source>Mood trend period</source>
        <translation>Periodo de la tendencia del ánimo</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="26"/>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="29"/>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="32"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="53"/>
        <source>average mood</source>
        <translation>ánimo medio</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="71"/>
        <source>days checked in</source>
        <translation>días con registro</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsMoodCard.qml" line="95"/>
        <source>Dots: the day&apos;s mood. Line: %n-day moving average.</source>
        <translation>
            <numerusform>Puntos: el ánimo del día. Línea: media móvil de %n día.</numerusform>
            <numerusform>Puntos: el ánimo del día. Línea: media móvil de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="107"/>
        <source>No moods in this period</source>
        <translation>No hay registros de ánimo en este periodo</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodCard.qml" line="108"/>
        <source>Check in on Today and your mood trend will grow here, day by day.</source>
        <translation>Regístrate en Hoy y tu tendencia del ánimo irá creciendo aquí, día a día.</translation>
    </message>
</context>
<context>
    <name>InsightsMoodChart</name>
    <message>
        <location filename="../qml/insights/InsightsMoodChart.qml" line="46"/>
        <source>%1: no check-in, average %2</source>
        <translation>%1: sin registro, media %2</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodChart.qml" line="46"/>
        <source>%1: no check-in</source>
        <translation>%1: sin registro</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodChart.qml" line="47"/>
        <source>%1: %2 (%3), average %4</source>
        <translation>%1: %2 (%3), media %4</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsMoodChart.qml" line="71"/>
        <source>Mood trend</source>
        <translation>Tendencia del ánimo</translation>
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
        <translation>Año en píxeles, %1</translation>
    </message>
</context>
<context>
    <name>InsightsPixelsCard</name>
    <message>
        <location filename="../qml/insights/InsightsPixelsCard.qml" line="21"/>
        <source>Year in pixels</source>
        <translation>Año en píxeles</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsPixelsCard.qml" line="32"/>
        <source>Previous year</source>
        <translation>Año anterior</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsPixelsCard.qml" line="43"/>
        <source>Year %1</source>
        <translation>Año %1</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsPixelsCard.qml" line="49"/>
        <source>Next year</source>
        <translation>Año siguiente</translation>
    </message>
</context>
<context>
    <name>InsightsRememberCard</name>
    <message>
        <location filename="../qml/insights/InsightsRememberCard.qml" line="21"/>
        <location filename="../qml/insights/InsightsRememberCard.qml" line="43"/>
        <source>Remember these?</source>
        <translation>¿Recuerdas esto?</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsRememberCard.qml" line="55"/>
        <source>Today feels heavy. These happened too, and they were yours.</source>
        <translation>Hoy pesa. Esto también pasó, y fue mérito tuyo.</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsRememberCard.qml" line="68"/>
        <source>“%2”, %1</source>
        <translation>«%2», %1</translation>
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
            <numerusform>%1: de vuelta a tu ánimo habitual (%2) después de %n día</numerusform>
            <numerusform>%1: de vuelta a tu ánimo habitual (%2) después de %n días</numerusform>
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
        <translation>1 día</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="35"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="41"/>
        <source>Resilience</source>
        <translation>Resiliencia</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="43"/>
        <source>Days after each rejection until your 3-day mood average was back to the 30 days before it.</source>
        <translation>Días tras cada rechazo hasta que tu media de ánimo de 3 días volvió a la de los 30 días anteriores.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="62"/>
        <source>days on average to feel like yourself again, over %n measured recoveries.</source>
        <translation>
            <numerusform>días de media para volver a sentirte tú, en %n recuperación medida.</numerusform>
            <numerusform>días de media para volver a sentirte tú, en %n recuperaciones medidas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="176"/>
        <source>In the first week after a rejection, these went with a faster way back:</source>
        <translation>En la primera semana tras un rechazo, esto acompañó a una recuperación más rápida:</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="192"/>
        <source>%5 — with it: %1 days (%2×), without: %3 days (%4×)</source>
        <translation>%5 — con ello: %1 días (%2×), sin ello: %3 días (%4×)</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="203"/>
        <source>Each line compares a handful of rejections: a hint, not a rule.</source>
        <translation>Cada línea compara unos pocos rechazos: es una pista, no una regla.</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="214"/>
        <source>No recovery measured yet: it needs check-ins in the month before a rejection and in the days after it.</source>
        <translation>Aún no se ha medido ninguna recuperación: hacen falta registros en el mes anterior a un rechazo y en los días posteriores.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="214"/>
        <source>Only %n measured recoveries so far: read this as a hint, not a rule.</source>
        <translation>
            <numerusform>Solo %n recuperación medida hasta ahora: tómalo como una pista, no como una regla.</numerusform>
            <numerusform>Solo %n recuperaciones medidas hasta ahora: tómalo como una pista, no como una regla.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="226"/>
        <source>No rejections recorded</source>
        <translation>No hay rechazos registrados</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsResilienceCard.qml" line="227"/>
        <source>If one comes, this shows how many days it took to feel like yourself again, and what helped.</source>
        <translation>Si llega alguno, aquí verás cuántos días tardaste en volver a sentirte tú y qué te ayudó.</translation>
    </message>
</context>
<context>
    <name>InsightsSection</name>
    <message>
        <location filename="../qml/settings/InsightsSection.qml" line="14"/>
        <source>Insights</source>
        <translation>Perspectivas</translation>
    </message>
    <message>
        <location filename="../qml/settings/InsightsSection.qml" line="23"/>
        <location filename="../qml/settings/InsightsSection.qml" line="43"/>
        <source>Rest days</source>
        <translation>Días de descanso</translation>
    </message>
    <message>
        <location filename="../qml/settings/InsightsSection.qml" line="31"/>
        <source>Days off don&apos;t break your effort streak. Rest is part of the work.</source>
        <translation>Los días libres no rompen tu racha de esfuerzo. Descansar también es parte del trabajo.</translation>
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
        <translation>%1: día de descanso</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="34"/>
        <source>%1: no effort logged</source>
        <translation>%1: sin esfuerzo anotado</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="37"/>
        <source>Effort streak</source>
        <translation>Racha de esfuerzo</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="39"/>
        <source>Counted on what you control: applying, reaching out, practising, learning, journaling.</source>
        <translation>Cuenta lo que depende de ti: postularte, contactar con gente, practicar, aprender, escribir en el diario.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsStreakCard.qml" line="58"/>
        <source>day streak</source>
        <translation>
            <numerusform>día de racha</numerusform>
            <numerusform>días de racha</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="77"/>
        <source>best in the past year</source>
        <translation>la mejor del último año</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="87"/>
        <source>Today counts already.</source>
        <translation>Hoy ya cuenta.</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="87"/>
        <source>Today is still open: one small step keeps it going.</source>
        <translation>Hoy sigue abierto: un pequeño paso mantiene la racha.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/insights/InsightsStreakCard.qml" line="105"/>
        <source>Effort over the last %n days</source>
        <translation>
            <numerusform>Esfuerzo en el último %n día</numerusform>
            <numerusform>Esfuerzo en los últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="158"/>
        <source>Effort</source>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="162"/>
        <source>Rest day</source>
        <translation>Día de descanso</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="166"/>
        <source>No effort</source>
        <translation>Sin esfuerzo</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="202"/>
        <source>What you did</source>
        <translation>Lo que hiciste</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="210"/>
        <source>Effort period</source>
        <translation>Periodo de esfuerzo</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="214"/>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsStreakCard.qml" line="217"/>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
</context>
<context>
    <name>InsightsWinsCard</name>
    <message>
        <location filename="../qml/insights/InsightsWinsCard.qml" line="15"/>
        <source>Small wins</source>
        <translation>Pequeños logros</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsWinsCard.qml" line="36"/>
        <source>wins in all</source>
        <translation>logros en total</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsWinsCard.qml" line="55"/>
        <source>in the last 30 days</source>
        <translation>en los últimos 30 días</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsWinsCard.qml" line="78"/>
        <source>%2, %1</source>
        <translation>%2, %1</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsWinsCard.qml" line="113"/>
        <source>No small wins yet</source>
        <translation>Aún no hay pequeños logros</translation>
    </message>
    <message>
        <location filename="../qml/insights/InsightsWinsCard.qml" line="114"/>
        <source>A good question in an interview, a kind reply, a finished course: add them on Today. They add up.</source>
        <translation>Una buena pregunta en una entrevista, una respuesta amable, un curso terminado: añádelos en Hoy. Todo suma.</translation>
    </message>
</context>
<context>
    <name>InteractionRow</name>
    <message>
        <location filename="../qml/people/InteractionRow.qml" line="23"/>
        <source>%1, %2. %3. Edit</source>
        <translation>%1, %2. %3. Editar</translation>
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
        <translation>Me descolocaron</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="20"/>
        <source>Felt less confident</source>
        <translation>Perdí confianza</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="23"/>
        <source>Went well</source>
        <translation>Fue bien</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="26"/>
        <source>Next time</source>
        <translation>La próxima vez</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="34"/>
        <source>Confidence %1 → %2 of 5</source>
        <translation>Confianza %1 → %2 de 5</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="36"/>
        <source>Confidence before: %1 of 5</source>
        <translation>Confianza antes: %1 de 5</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="38"/>
        <source>Confidence after: %1 of 5</source>
        <translation>Confianza después: %1 de 5</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="47"/>
        <source>%1 interview, %2. Edit</source>
        <translation>Entrevista: %1, %2. Editar</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="75"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="86"/>
        <source>With %1</source>
        <translation>Con %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="86"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="135"/>
        <source>A prep reminder comes the day before.</source>
        <translation>El día anterior recibirás un recordatorio para prepararte.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewCard.qml" line="135"/>
        <source>How did it go? Add your reflection while it is fresh.</source>
        <translation>¿Cómo fue? Añade tu reflexión mientras la tienes fresca.</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="29"/>
        <source>Give the interview a date and time.</source>
        <translation>Ponle fecha y hora a la entrevista.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="31"/>
        <source>Pick the kind of interview.</source>
        <translation>Elige el tipo de entrevista.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="102"/>
        <source>New interview</source>
        <translation>Nueva entrevista</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="102"/>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="132"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="139"/>
        <source>Interview day</source>
        <translation>Día de la entrevista</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="145"/>
        <source>Starts at</source>
        <translation>Empieza a las</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="151"/>
        <source>Rebound reminds you to prepare the day before.</source>
        <translation>Rebound te recuerda prepararte el día anterior.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="158"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="163"/>
        <source>Kind of interview</source>
        <translation>Tipo de entrevista</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="170"/>
        <location filename="../qml/jobs/InterviewEditor.qml" line="178"/>
        <source>Interviewers</source>
        <translation>Entrevistadores</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="177"/>
        <source>Add a name and press Enter</source>
        <translation>Añade un nombre y pulsa Intro</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="186"/>
        <source>Confidence before</source>
        <translation>Confianza antes</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="193"/>
        <source>Confidence after</source>
        <translation>Confianza después</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="199"/>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="209"/>
        <source>Write it soon after, while it is fresh. It is for you: honest beats polished.</source>
        <translation>Escríbela poco después, mientras la tienes fresca. Es para ti: mejor sincera que pulida.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="216"/>
        <location filename="../qml/jobs/InterviewEditor.qml" line="228"/>
        <source>Questions that stumped me</source>
        <translation>Preguntas que me descolocaron</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="232"/>
        <location filename="../qml/jobs/InterviewEditor.qml" line="244"/>
        <source>Moments I felt less confident</source>
        <translation>Momentos en que perdí confianza</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="248"/>
        <location filename="../qml/jobs/InterviewEditor.qml" line="260"/>
        <source>What went well</source>
        <translation>Lo que fue bien</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="264"/>
        <location filename="../qml/jobs/InterviewEditor.qml" line="276"/>
        <source>What I would do differently</source>
        <translation>Lo que haría de otra manera</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="280"/>
        <location filename="../qml/jobs/InterviewEditor.qml" line="292"/>
        <source>Other notes</source>
        <translation>Otras notas</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="309"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="311"/>
        <source>Delete interview</source>
        <translation>Eliminar entrevista</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="321"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="329"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../qml/jobs/InterviewEditor.qml" line="330"/>
        <source>Save interview</source>
        <translation>Guardar entrevista</translation>
    </message>
</context>
<context>
    <name>IosNotifier</name>
    <message>
        <location filename="../platform/ios/IosNotifier.mm" line="34"/>
        <source>Notifications are turned off for Rebound in the Settings app.</source>
        <translation>Las notificaciones de Rebound están desactivadas en la app Ajustes.</translation>
    </message>
    <message>
        <location filename="../platform/ios/IosNotifier.mm" line="58"/>
        <source>iOS did not show the notification.</source>
        <translation>iOS no mostró la notificación.</translation>
    </message>
</context>
<context>
    <name>JobSearch</name>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="22"/>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="23"/>
        <source>Applied</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="24"/>
        <source>Screening</source>
        <translation>Preselección</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="25"/>
        <source>Interviewing</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="26"/>
        <source>Final round</source>
        <translation>Ronda final</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="27"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="28"/>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="29"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="30"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="31"/>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="38"/>
        <source>On site</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="39"/>
        <source>Hybrid</source>
        <translation>Híbrido</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="40"/>
        <source>Remote</source>
        <translation>Remoto</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="47"/>
        <source>Recruiter</source>
        <translation>Reclutador</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="48"/>
        <source>Interviewer</source>
        <translation>Entrevistador</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="49"/>
        <source>Hiring manager</source>
        <translation>Responsable de contratación</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="50"/>
        <source>Referrer</source>
        <translation>Recomendador</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="51"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="58"/>
        <source>Phone screen</source>
        <translation>Llamada inicial</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="59"/>
        <source>Technical</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="60"/>
        <source>Behavioural</source>
        <translation>Conductual</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="61"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="62"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="69"/>
        <source>Employer</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="70"/>
        <location filename="../backend/core/JobLabels.cpp" line="79"/>
        <source>Mock interview</source>
        <translation>Entrevista simulada</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="71"/>
        <source>Self-reflection</source>
        <translation>Autorreflexión</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="78"/>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="80"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="81"/>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="82"/>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="89"/>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="90"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="91"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="34"/>
        <source>The link must be a web address (http or https).</source>
        <translation>El enlace debe ser una dirección web (http o https).</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="40"/>
        <source>A salary must be a whole number from 0 to 1,000,000,000,000.</source>
        <translation>Un salario debe ser un número entero de 0 a 1&#xa0;000&#xa0;000&#xa0;000&#xa0;000.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="49"/>
        <source>A person needs a name.</source>
        <translation>Una persona necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="53"/>
        <source>Unknown role: %1.</source>
        <translation>Rol desconocido: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="56"/>
        <source>&quot;%1&quot; does not look like an e-mail address.</source>
        <translation>«%1» no parece una dirección de correo.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="82"/>
        <source>Name the company.</source>
        <translation>Indica el nombre de la empresa.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="89"/>
        <source>Unknown way of working: %1.</source>
        <translation>Modalidad de trabajo desconocida: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="93"/>
        <source>The lowest salary is above the highest.</source>
        <translation>El salario mínimo está por encima del máximo.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="100"/>
        <source>A currency is three letters, such as EUR or USD.</source>
        <translation>Una moneda son tres letras, como EUR o USD.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="112"/>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="213"/>
        <source>Unknown stage: %1.</source>
        <translation>Etapa desconocida: %1.</translation>
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
        <translation>Esa candidatura ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="251"/>
        <source>That stage is already gone.</source>
        <translation>Esa etapa ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="254"/>
        <source>An application keeps at least one stage.</source>
        <translation>Una candidatura conserva al menos una etapa.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="293"/>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="44"/>
        <location filename="../backend/storage/InterviewRepository.cpp" line="116"/>
        <location filename="../backend/storage/InterviewRepository.cpp" line="153"/>
        <source>That interview no longer exists.</source>
        <translation>Esa entrevista ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="305"/>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="317"/>
        <source>That person is no longer on the application.</source>
        <translation>Esa persona ya no está en la candidatura.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="23"/>
        <source>A skill name cannot contain &quot;|&quot;.</source>
        <translation>El nombre de una habilidad no puede contener «|».</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="36"/>
        <source>Unknown source of feedback: %1.</source>
        <translation>Fuente de comentarios desconocida: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="61"/>
        <source>At most %1 skills on each side.</source>
        <translation>Como mucho %1 habilidades en cada lado.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="80"/>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="107"/>
        <source>Write the feedback or name at least one skill.</source>
        <translation>Escribe los comentarios o nombra al menos una habilidad.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="102"/>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="117"/>
        <source>That feedback no longer exists.</source>
        <translation>Esos comentarios ya no existen.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="164"/>
        <source>A skill needs a name.</source>
        <translation>Una habilidad necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="168"/>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="184"/>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="216"/>
        <source>That skill no longer exists.</source>
        <translation>Esa habilidad ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="170"/>
        <source>There is already a skill called &quot;%1&quot;.</source>
        <translation>Ya hay una habilidad llamada «%1».</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="198"/>
        <source>Unknown kind of action: %1.</source>
        <translation>Tipo de acción desconocido: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="202"/>
        <source>Unknown status: %1.</source>
        <translation>Estado desconocido: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="205"/>
        <source>Say what you will do.</source>
        <translation>Di qué vas a hacer.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="207"/>
        <source>Pick a due day within the next ten years.</source>
        <translation>Elige una fecha límite dentro de los próximos diez años.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="226"/>
        <source>Name the skill the action is for.</source>
        <translation>Indica la habilidad a la que corresponde la acción.</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="244"/>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="255"/>
        <source>That action no longer exists.</source>
        <translation>Esa acción ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="39"/>
        <source>Give the interview a date and time.</source>
        <translation>Indica la fecha y la hora de la entrevista.</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="44"/>
        <source>Pick an interview date between 1900 and two years from now.</source>
        <translation>Elige una fecha de entrevista entre 1900 y dentro de dos años.</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="48"/>
        <source>Unknown kind of interview: %1.</source>
        <translation>Tipo de entrevista desconocido: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="51"/>
        <source>Confidence goes from 1 to 5.</source>
        <translation>La confianza va del 1 al 5.</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="69"/>
        <source>Prepare for your interview at %1</source>
        <translation>Prepara tu entrevista en %1</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="69"/>
        <source>Prepare for your interview</source>
        <translation>Prepara tu entrevista</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="71"/>
        <source>%1 · %2 at %3</source>
        <translation>%1 · %2 a las %3</translation>
    </message>
    <message>
        <location filename="../backend/storage/RejectionFlowRepository.cpp" line="67"/>
        <source>That rejection flow no longer exists.</source>
        <translation>Ese proceso tras un rechazo ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/storage/RejectionFlowRepository.cpp" line="72"/>
        <source>Unknown step: %1.</source>
        <translation>Paso desconocido: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/RejectionFlowRepository.cpp" line="75"/>
        <source>Unknown step state: %1.</source>
        <translation>Estado de paso desconocido: %1.</translation>
    </message>
</context>
<context>
    <name>JobSearchSection</name>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="15"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="15"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="18"/>
        <source>Job search</source>
        <translation>Búsqueda de empleo</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="23"/>
        <source>After a rejection, Rebound proposes these reminders. You can change each day in the flow itself.</source>
        <translation>Después de un rechazo, Rebound te propone estos recordatorios. Puedes cambiar cada día en el propio proceso.</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="31"/>
        <source>Follow up on feedback after</source>
        <translation>Pedir comentarios después de</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="32"/>
        <source>If nothing comes back, a friendly nudge.</source>
        <translation>Si no recibes respuesta, un recordatorio amable.</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="41"/>
        <source>Days before following up on feedback</source>
        <translation>Días antes de pedir comentarios</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="48"/>
        <source>Keep in touch after</source>
        <translation>Mantener el contacto después de</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="49"/>
        <source>With the recruiter and interviewers.</source>
        <translation>Con el reclutador y los entrevistadores.</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="58"/>
        <source>Days before keeping in touch</source>
        <translation>Días antes de retomar el contacto</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="65"/>
        <source>Look at the company again after</source>
        <translation>Volver a mirar la empresa después de</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="66"/>
        <source>A reminder to consider re-applying.</source>
        <translation>Un recordatorio para valorar volver a postularte.</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="75"/>
        <source>Days before looking at the company again</source>
        <translation>Días antes de volver a mirar la empresa</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="82"/>
        <source>Suggest a goal review after</source>
        <translation>Sugerir una revisión de objetivos después de</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="83"/>
        <source>Several rejections close together can be a signal to step back and re-check your goals: %1 within %2.</source>
        <translation>Varios rechazos seguidos pueden ser una señal para tomar distancia y revisar tus objetivos: %1 en %2.</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="83"/>
        <source>one rejection</source>
        <translation>un rechazo</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="83"/>
        <source>%1 rejections</source>
        <translation>%1 rechazos</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="94"/>
        <source>Rejections that suggest a goal review</source>
        <translation>Rechazos que sugieren una revisión de objetivos</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="99"/>
        <source>within</source>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../qml/settings/JobSearchSection.qml" line="110"/>
        <source>Days in which those rejections count</source>
        <translation>Días en los que cuentan esos rechazos</translation>
    </message>
</context>
<context>
    <name>JobsFilterBar</name>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="31"/>
        <source>Search company, role, people…</source>
        <translation>Buscar empresa, puesto, personas…</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="38"/>
        <source>Search applications</source>
        <translation>Buscar candidaturas</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="73"/>
        <source>Clear search text</source>
        <translation>Borrar el texto de búsqueda</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="95"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="126"/>
        <source>Closed (%1)</source>
        <translation>Cerradas (%1)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="126"/>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="128"/>
        <source>Show closed applications</source>
        <translation>Mostrar candidaturas cerradas</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="147"/>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsFilterBar.qml" line="168"/>
        <source>Only from %1</source>
        <translation>Solo de %1</translation>
    </message>
</context>
<context>
    <name>JobsModeBar</name>
    <message>
        <location filename="../qml/jobs/JobsModeBar.qml" line="18"/>
        <source>Pipeline</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsModeBar.qml" line="22"/>
        <source>Skills plan</source>
        <translation>Plan de habilidades</translation>
    </message>
    <message>
        <location filename="../qml/jobs/JobsModeBar.qml" line="33"/>
        <source>Job search view</source>
        <translation>Vista de búsqueda de empleo</translation>
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
        <translation>Movida a %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="71"/>
        <source>Application deleted</source>
        <translation>Candidatura eliminada</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="71"/>
        <location filename="../qml/pages/JobsPage.qml" line="77"/>
        <location filename="../qml/pages/JobsPage.qml" line="86"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="77"/>
        <source>Interview deleted</source>
        <translation>Entrevista eliminada</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="86"/>
        <source>Feedback deleted</source>
        <translation>Comentarios eliminados</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="100"/>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="227"/>
        <location filename="../qml/pages/JobsPage.qml" line="516"/>
        <source>Export applications</source>
        <translation>Exportar candidaturas</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="234"/>
        <source>Export as CSV (spreadsheets)…</source>
        <translation>Exportar como CSV (hojas de cálculo)…</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="240"/>
        <source>Export as JSON…</source>
        <translation>Exportar como JSON…</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="248"/>
        <source>The exported file is not encrypted</source>
        <translation>El archivo exportado no está cifrado</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="258"/>
        <source>New application</source>
        <translation>Nueva candidatura</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="345"/>
        <source>Your job search starts here</source>
        <translation>Tu búsqueda de empleo empieza aquí</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="345"/>
        <source>No applications match</source>
        <translation>Ninguna candidatura coincide</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="345"/>
        <source>Nothing open right now</source>
        <translation>Nada abierto por ahora</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="346"/>
        <source>Add the jobs you apply for and move them along as you hear back. Interviews, feedback and the people you meet stay with each one.</source>
        <translation>Añade los empleos a los que te postulas y avanza cada uno a medida que recibas respuesta. Las entrevistas, los comentarios y las personas que conozcas quedan guardados con cada uno.</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="346"/>
        <source>Try other words, or clear the filters.</source>
        <translation>Prueba con otras palabras o borra los filtros.</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="346"/>
        <source>Your closed applications are under Closed. A quiet pipeline is a good moment to save a few new ones.</source>
        <translation>Tus candidaturas cerradas están en Cerradas. Un momento de calma es buena ocasión para guardar algunas nuevas.</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="352"/>
        <source>Add an application</source>
        <translation>Añadir una candidatura</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="352"/>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="352"/>
        <source>Show closed</source>
        <translation>Mostrar cerradas</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="410"/>
        <source>Remove %1?</source>
        <translation>¿Quitar a %1?</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="410"/>
        <source>They will no longer be listed on this application.</source>
        <translation>Ya no aparecerá en esta candidatura.</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="414"/>
        <source>Remove this step?</source>
        <translation>¿Quitar este paso?</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="414"/>
        <source>The application goes back to the stage before it, if this was the latest.</source>
        <translation>La candidatura vuelve a la etapa anterior, si este era el último paso.</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="435"/>
        <source>Application added</source>
        <translation>Candidatura añadida</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="435"/>
        <source>Application saved</source>
        <translation>Candidatura guardada</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="452"/>
        <source>Interview added</source>
        <translation>Entrevista añadida</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="452"/>
        <source>Interview saved</source>
        <translation>Entrevista guardada</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="469"/>
        <source>Feedback added</source>
        <translation>Comentarios añadidos</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="469"/>
        <source>Feedback saved</source>
        <translation>Comentarios guardados</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="519"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="519"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="522"/>
        <source>Exported 1 application (not encrypted)</source>
        <translation>Se exportó 1 candidatura (sin cifrar)</translation>
    </message>
    <message>
        <location filename="../qml/pages/JobsPage.qml" line="522"/>
        <source>Exported %1 applications (not encrypted)</source>
        <translation>Se exportaron %1 candidaturas (sin cifrar)</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="86"/>
        <source>Mood must be between 1 and 5.</source>
        <translation>El ánimo debe estar entre 1 y 5.</translation>
    </message>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="142"/>
        <location filename="../backend/storage/JournalRepository.cpp" line="153"/>
        <source>That entry no longer exists.</source>
        <translation>Esa entrada ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="178"/>
        <source>That entry is not deleted.</source>
        <translation>Esa entrada no está eliminada.</translation>
    </message>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="288"/>
        <source>The mood range must lie between 1 and 5, lowest first.</source>
        <translation>El rango de ánimo debe estar entre 1 y 5, con el menor primero.</translation>
    </message>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="290"/>
        <source>The date range ends before it starts.</source>
        <translation>El rango de fechas termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="292"/>
        <source>The search is too long (at most 500 characters).</source>
        <translation>La búsqueda es demasiado larga (500 caracteres como máximo).</translation>
    </message>
</context>
<context>
    <name>JournalModeBar</name>
    <message>
        <location filename="../qml/journal/JournalModeBar.qml" line="18"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalModeBar.qml" line="22"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalModeBar.qml" line="26"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../qml/journal/JournalModeBar.qml" line="37"/>
        <source>Journal view</source>
        <translation>Vista del diario</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../qml/pages/JournalPage.qml" line="56"/>
        <location filename="../qml/pages/JournalPage.qml" line="304"/>
        <source>Entry deleted</source>
        <translation>Entrada eliminada</translation>
    </message>
    <message>
        <location filename="../qml/pages/JournalPage.qml" line="56"/>
        <location filename="../qml/pages/JournalPage.qml" line="304"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../qml/pages/JournalPage.qml" line="63"/>
        <source>Entry restored</source>
        <translation>Entrada restaurada</translation>
    </message>
    <message>
        <location filename="../qml/pages/JournalPage.qml" line="149"/>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <location filename="../qml/pages/JournalPage.qml" line="240"/>
        <source>Your journal is empty</source>
        <translation>Tu diario está vacío</translation>
    </message>
    <message>
        <location filename="../qml/pages/JournalPage.qml" line="241"/>
        <source>A few honest lines a day go a long way. Nobody else can read them.</source>
        <translation>Unas pocas líneas sinceras al día dan para mucho. Nadie más puede leerlas.</translation>
    </message>
    <message>
        <location filename="../qml/pages/JournalPage.qml" line="299"/>
        <source>Entry added</source>
        <translation>Entrada añadida</translation>
    </message>
    <message>
        <location filename="../qml/pages/JournalPage.qml" line="299"/>
        <source>Entry saved</source>
        <translation>Entrada guardada</translation>
    </message>
</context>
<context>
    <name>JournalTemplates</name>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="18"/>
        <source>After a rejection</source>
        <translation>Tras un rechazo</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="19"/>
        <source>Let the feeling land, then sort what you could and could not control.</source>
        <translation>Deja que el sentimiento se asiente y luego separa lo que podías controlar de lo que no.</translation>
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
        <translation>## Lo que siento ahora
Nómbralo con sinceridad. Sentir decepción tras un no es normal: significa que esta oportunidad importaba.


## Lo que dependía de mí
Mi preparación, mis respuestas, cómo hice el seguimiento.


## Lo que no
Su presupuesto, las otras candidaturas, decisiones internas que nunca veré.


## Algo que me llevo para la próxima


&gt; Un rechazo es algo que me pasó, no quien soy.
</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="28"/>
        <source>rejection</source>
        <translation>rechazo</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="30"/>
        <source>Interview reflection</source>
        <translation>Reflexión tras una entrevista</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="31"/>
        <source>Capture it while it&apos;s fresh: what stumped you, what went well.</source>
        <translation>Anótalo mientras está fresco: lo que te descolocó y lo que salió bien.</translation>
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
        <translation>## Preguntas que me descolocaron


## Momentos en que sentí menos confianza


## Lo que salió bien
Al menos una cosa, por pequeña que sea.


## Lo que practicaría antes de la próxima


## Comentarios que pedir
Una pregunta breve y amable sobre mis fortalezas y lo que me faltó.
</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="39"/>
        <source>interview</source>
        <translation>entrevista</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="41"/>
        <source>Reframe a hard thought</source>
        <translation>Replantear un pensamiento difícil</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="42"/>
        <source>Write the thought down, then look at it the way a friend would.</source>
        <translation>Escribe el pensamiento y luego míralo como lo haría un buen amigo.</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="43"/>
        <source>## The thought
What is my mind telling me?


## What supports it, what doesn&apos;t


## What I&apos;d tell a friend who thought this


## A kinder, truer way to put it
</source>
        <translation>## El pensamiento
¿Qué me está diciendo mi mente?


## Lo que lo apoya y lo que no


## Lo que le diría a un amigo que pensara esto


## Una forma más amable y más cierta de decirlo
</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="48"/>
        <source>reframe</source>
        <translation>replantear</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="50"/>
        <source>Win of the day</source>
        <translation>Logro del día</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="51"/>
        <source>Every step counts: an answer, good feedback, a final round.</source>
        <translation>Cada paso cuenta: una respuesta, buenos comentarios, una ronda final.</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="52"/>
        <source>## Today&apos;s win
A reply, an interview, a kind word, a skill that clicked.


## Why it matters


## What it says about me
</source>
        <translation>## El logro de hoy
Una respuesta, una entrevista, una palabra amable, una habilidad que por fin encaja.


## Por qué importa


## Lo que dice de mí
</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="56"/>
        <source>win</source>
        <translation>logro</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="58"/>
        <source>Who supports me</source>
        <translation>Quién me apoya</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="59"/>
        <source>The people in your corner, and one to reach out to this week.</source>
        <translation>Las personas que están de tu lado, y una a quien escribir esta semana.</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="60"/>
        <source>## People who have my back
Friends, family, mentors, former colleagues.


## Who I could ask for advice or an introduction


## Someone I&apos;ll get in touch with this week


## How I can help someone else
</source>
        <translation>## Personas que me respaldan
Amistades, familia, mentores, antiguos compañeros.


## A quién podría pedir consejo o una presentación


## Alguien con quien contactaré esta semana


## Cómo puedo ayudar a otra persona
</translation>
    </message>
    <message>
        <location filename="../backend/services/JournalTemplates.cpp" line="65"/>
        <source>network</source>
        <translation>red</translation>
    </message>
</context>
<context>
    <name>KeyboardSection</name>
    <message>
        <location filename="../qml/settings/KeyboardSection.qml" line="11"/>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeyboardSection.qml" line="17"/>
        <source>New journal entry</source>
        <translation>Nueva entrada del diario</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeyboardSection.qml" line="20"/>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeyboardSection.qml" line="23"/>
        <source>Check in today</source>
        <translation>Registrar hoy</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeyboardSection.qml" line="26"/>
        <source>Go to Today, Journal, Jobs, People, Goals or Insights</source>
        <translation>Ir a Hoy, Diario, Empleos, Contactos, Objetivos o Perspectivas</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeyboardSection.qml" line="29"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeyboardSection.qml" line="32"/>
        <source>Lock the vault</source>
        <translation>Bloquear la caja fuerte</translation>
    </message>
    <message>
        <location filename="../qml/settings/KeyboardSection.qml" line="35"/>
        <source>Move between controls; Space or Enter activates</source>
        <translation>Moverse entre controles; Espacio o Intro los activa</translation>
    </message>
</context>
<context>
    <name>LinuxPlatform</name>
    <message>
        <location filename="../platform/linux/PlatformImpl.cpp" line="45"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../platform/linux/PlatformImpl.cpp" line="54"/>
        <source>systemctl was not found, so the reminder timer cannot be set up (it needs systemd).</source>
        <translation>No se encontró systemctl, así que no se puede configurar el temporizador de recordatorios (necesita systemd).</translation>
    </message>
    <message>
        <location filename="../platform/linux/PlatformImpl.cpp" line="67"/>
        <source>&quot;systemctl --user %1&quot; failed%2. Is a systemd user session running?</source>
        <translation>&quot;systemctl --user %1&quot; falló%2. ¿Hay una sesión de usuario de systemd en marcha?</translation>
    </message>
    <message>
        <location filename="../platform/linux/PlatformImpl.cpp" line="105"/>
        <source>The timer files were removed, but %1</source>
        <translation>Se eliminaron los archivos del temporizador, pero %1</translation>
    </message>
    <message>
        <location filename="../platform/linux/PlatformImpl.cpp" line="113"/>
        <source>rebound-cli was not found at %1, so the reminder timer was not set up.</source>
        <translation>No se encontró rebound-cli en %1, así que no se configuró el temporizador de recordatorios.</translation>
    </message>
    <message>
        <location filename="../platform/linux/PlatformImpl.cpp" line="114"/>
        <source>(no path)</source>
        <translation>(sin ruta)</translation>
    </message>
    <message>
        <location filename="../platform/linux/PlatformImpl.cpp" line="119"/>
        <source>Could not create %1.</source>
        <translation>No se pudo crear %1.</translation>
    </message>
</context>
<context>
    <name>LogInteractionSheet</name>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="64"/>
        <source>Log with %1</source>
        <translation>Anotar con %1</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="64"/>
        <source>Edit interaction</source>
        <translation>Editar interacción</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="72"/>
        <source>What kind</source>
        <translation>De qué tipo</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="84"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="93"/>
        <source>What you talked about, what to follow up on (optional)</source>
        <translation>De qué se habló, qué seguimiento hacer (opcional)</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="98"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="110"/>
        <source>Logging restarts the keep-in-touch clock from this day.</source>
        <translation>Anotarla reinicia el reloj para mantener el contacto desde este día.</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="129"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="131"/>
        <source>Delete interaction</source>
        <translation>Eliminar interacción</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="141"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="150"/>
        <source>Log</source>
        <translation>Anotar</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="150"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="151"/>
        <source>Log this interaction</source>
        <translation>Anotar esta interacción</translation>
    </message>
    <message>
        <location filename="../qml/people/LogInteractionSheet.qml" line="151"/>
        <source>Save interaction</source>
        <translation>Guardar interacción</translation>
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
        <translation>En Android, esta versión solo avisa mientras Rebound está abierto.</translation>
    </message>
    <message>
        <location filename="../platform/ios/PlatformImpl.cpp" line="29"/>
        <source>On iOS this version notifies only while Rebound is open.</source>
        <translation>En iOS, esta versión solo avisa mientras Rebound está abierto.</translation>
    </message>
</context>
<context>
    <name>MoodLegend</name>
    <message>
        <location filename="../qml/journal/MoodLegend.qml" line="14"/>
        <source>Mood colours</source>
        <translation>Colores del ánimo</translation>
    </message>
</context>
<context>
    <name>MoodPicker</name>
    <message>
        <location filename="../qml/components/MoodPicker.qml" line="27"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
</context>
<context>
    <name>MoodRangeSelector</name>
    <message>
        <location filename="../qml/components/MoodRangeSelector.qml" line="15"/>
        <source>Any mood</source>
        <translation>Cualquier ánimo</translation>
    </message>
    <message>
        <location filename="../qml/components/MoodRangeSelector.qml" line="15"/>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <location filename="../qml/components/MoodRangeSelector.qml" line="15"/>
        <source>%1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <location filename="../qml/components/MoodRangeSelector.qml" line="35"/>
        <source>Mood range: %1</source>
        <translation>Rango de ánimo: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/MoodRangeSelector.qml" line="42"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location filename="../qml/components/MoodRangeSelector.qml" line="74"/>
        <source>Mood range</source>
        <translation>Rango de ánimo</translation>
    </message>
</context>
<context>
    <name>Moods</name>
    <message>
        <location filename="../qml/Moods.qml" line="15"/>
        <source>Awful</source>
        <translation>Fatal</translation>
    </message>
    <message>
        <location filename="../qml/Moods.qml" line="17"/>
        <source>Low</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location filename="../qml/Moods.qml" line="19"/>
        <source>Okay</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location filename="../qml/Moods.qml" line="21"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../qml/Moods.qml" line="23"/>
        <source>Great</source>
        <translation>Genial</translation>
    </message>
    <message>
        <location filename="../qml/Moods.qml" line="25"/>
        <source>No mood</source>
        <translation>Sin ánimo registrado</translation>
    </message>
    <message>
        <location filename="../qml/Moods.qml" line="34"/>
        <source>Mood %1 of %2: %3</source>
        <translation>Ánimo %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/Moods.qml" line="34"/>
        <source>No mood recorded</source>
        <translation>No se registró el ánimo</translation>
    </message>
</context>
<context>
    <name>MoveStageDialog</name>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="40"/>
        <source>Move %1 to…</source>
        <translation>Mover %1 a…</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="40"/>
        <source>Move to…</source>
        <translation>Mover a…</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="47"/>
        <source>Still going</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="52"/>
        <source>Open stages</source>
        <translation>Etapas abiertas</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="59"/>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="64"/>
        <source>Closed stages</source>
        <translation>Etapas cerradas</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="71"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="79"/>
        <source>Moved on</source>
        <translation>Fecha del cambio</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="86"/>
        <source>Note (optional), e.g. call with the recruiter</source>
        <translation>Nota (opcional), p. ej., llamada con el reclutador</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="89"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="103"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="112"/>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <location filename="../qml/jobs/MoveStageDialog.qml" line="113"/>
        <source>Move to the chosen stage</source>
        <translation>Mover a la etapa elegida</translation>
    </message>
</context>
<context>
    <name>NorthStarCard</name>
    <message>
        <location filename="../qml/today/NorthStarCard.qml" line="25"/>
        <source>Your north star: %1. Edit</source>
        <translation>Tu estrella polar: %1. Editar</translation>
    </message>
    <message>
        <location filename="../qml/today/NorthStarCard.qml" line="25"/>
        <location filename="../qml/today/NorthStarCard.qml" line="114"/>
        <source>Set your north star</source>
        <translation>Define tu estrella polar</translation>
    </message>
    <message>
        <location filename="../qml/today/NorthStarCard.qml" line="79"/>
        <source>Your north star</source>
        <translation>Tu estrella polar</translation>
    </message>
    <message>
        <location filename="../qml/today/NorthStarCard.qml" line="79"/>
        <source>Where is this search taking you?</source>
        <translation>¿Adónde te lleva esta búsqueda?</translation>
    </message>
    <message>
        <location filename="../qml/today/NorthStarCard.qml" line="91"/>
        <source>Choose a north star: the work you want, in a sentence. It stays here to keep your eye on the prize on the hard days.</source>
        <translation>Elige una estrella polar: el trabajo que quieres, en una frase. Se queda aquí para que no pierdas de vista la meta en los días difíciles.</translation>
    </message>
</context>
<context>
    <name>NorthStarEditor</name>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="31"/>
        <source>Write your north star, or use Clear to remove it.</source>
        <translation>Escribe tu estrella polar o usa Borrar para quitarla.</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="67"/>
        <source>Your north star</source>
        <translation>Tu estrella polar</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="75"/>
        <source>The long-term direction behind every application: the work you want and why. Keep it short enough to read at a glance.</source>
        <translation>La dirección a largo plazo detrás de cada candidatura: el trabajo que quieres y por qué. Que sea lo bastante breve para leerla de un vistazo.</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="82"/>
        <location filename="../qml/goals/NorthStarEditor.qml" line="93"/>
        <source>North star</source>
        <translation>Estrella polar</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="90"/>
        <source>e.g. Lead a data team at a company that helps people</source>
        <translation>p. ej., Dirigir un equipo de datos en una empresa que ayude a las personas</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="98"/>
        <source>Why it matters (optional)</source>
        <translation>Por qué importa (opcional)</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="106"/>
        <source>What it would change for you</source>
        <translation>Qué cambiaría para ti</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="111"/>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="127"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="129"/>
        <source>Clear the north star</source>
        <translation>Borrar la estrella polar</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="139"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="149"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../qml/goals/NorthStarEditor.qml" line="150"/>
        <source>Save the north star</source>
        <translation>Guardar la estrella polar</translation>
    </message>
</context>
<context>
    <name>OnThisDay</name>
    <message>
        <location filename="../backend/services/OnThisDay.cpp" line="68"/>
        <source>1 year ago</source>
        <translation>Hace 1 año</translation>
    </message>
    <message>
        <location filename="../backend/services/OnThisDay.cpp" line="69"/>
        <source>%1 years ago</source>
        <translation>Hace %1 años</translation>
    </message>
    <message>
        <location filename="../backend/services/OnThisDay.cpp" line="70"/>
        <source>1 month ago</source>
        <translation>Hace 1 mes</translation>
    </message>
    <message>
        <location filename="../backend/services/OnThisDay.cpp" line="71"/>
        <source>%1 months ago</source>
        <translation>Hace %1 meses</translation>
    </message>
</context>
<context>
    <name>OnThisDayCard</name>
    <message>
        <location filename="../qml/today/OnThisDayCard.qml" line="46"/>
        <source>Proof you&apos;ve come through hard days before</source>
        <translation>La prueba de que ya has superado días difíciles</translation>
    </message>
    <message>
        <location filename="../qml/today/OnThisDayCard.qml" line="46"/>
        <source>On this day</source>
        <translation>Un día como hoy</translation>
    </message>
    <message>
        <location filename="../qml/today/OnThisDayCard.qml" line="57"/>
        <source>Wins from this date in earlier months. You got through those days, too.</source>
        <translation>Logros de esta fecha en meses anteriores. También superaste aquellos días.</translation>
    </message>
    <message>
        <location filename="../qml/today/OnThisDayCard.qml" line="57"/>
        <source>What you wrote and won on this date before.</source>
        <translation>Lo que escribiste y lograste en esta fecha en el pasado.</translation>
    </message>
    <message>
        <location filename="../qml/today/OnThisDayCard.qml" line="81"/>
        <source>Win, %1: %2</source>
        <translation>Logro, %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/today/OnThisDayCard.qml" line="81"/>
        <source>Journal entry, %1: %2</source>
        <translation>Entrada del diario, %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/today/OnThisDayCard.qml" line="107"/>
        <source>Win</source>
        <translation>Logro</translation>
    </message>
    <message>
        <location filename="../qml/today/OnThisDayCard.qml" line="107"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
</context>
<context>
    <name>Outreach</name>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="319"/>
        <source>Catching up</source>
        <translation>Ponerse al día</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="320"/>
        <source>Hi {first_name},

It has been a while! I hope things are going well at {company}. I would love to hear what you are working on these days. Do you have time for a short call or a coffee in the next few weeks?

Best wishes</source>
        <translation>Hola, {first_name}:

¡Cuánto tiempo! Espero que todo vaya bien en {company}. Me encantaría saber en qué estás trabajando estos días. ¿Tienes tiempo para una llamada corta o un café en las próximas semanas?

Un saludo</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="323"/>
        <source>Thank you</source>
        <translation>Agradecimiento</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="324"/>
        <source>Hi {first_name},

Thank you again for your time and your advice. It helped me more than you might think. I will keep you posted on how my search goes.

Best wishes</source>
        <translation>Hola, {first_name}:

Gracias de nuevo por tu tiempo y tus consejos. Me ayudaron más de lo que imaginas. Te iré contando cómo va mi búsqueda.

Un saludo</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="327"/>
        <source>Asking for advice</source>
        <translation>Pedir consejo</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="328"/>
        <source>Hi {first_name},

I am looking for my next role and I value your view. Could I ask you a few questions about {company} and how you got where you are? Twenty minutes would mean a lot.

Thank you</source>
        <translation>Hola, {first_name}:

Estoy buscando mi próximo puesto y valoro mucho tu opinión. ¿Podría hacerte unas preguntas sobre {company} y sobre cómo llegaste a donde estás? Veinte minutos significarían mucho para mí.

Gracias</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="331"/>
        <source>After a rejection</source>
        <translation>Tras un rechazo</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="332"/>
        <source>Hi {first_name},

Thank you for letting me know, and for the time you and the team gave me. I enjoyed learning about {company}. If a role that fits me opens up later, I would be glad to hear from you.

Kind regards</source>
        <translation>Hola, {first_name}:

Gracias por comunicármelo y por el tiempo que usted y el equipo me dedicaron. Me gustó mucho conocer {company}. Si más adelante surge un puesto que encaje conmigo, me alegrará saber de ustedes.

Saludos cordiales</translation>
    </message>
</context>
<context>
    <name>OutreachTemplateEditor</name>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="29"/>
        <source>Give the message a name and write it.</source>
        <translation>Ponle un nombre al mensaje y escríbelo.</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="35"/>
        <source>New message</source>
        <translation>Nuevo mensaje</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="35"/>
        <source>Edit message</source>
        <translation>Editar mensaje</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="46"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="55"/>
        <source>Message name</source>
        <translation>Nombre del mensaje</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="58"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="70"/>
        <source>Hi {first_name}, …</source>
        <translation>Hola, {first_name}: …</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="71"/>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="90"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/settings/OutreachTemplateEditor.qml" line="95"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>PageCatalog</name>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="33"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="35"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="37"/>
        <source>Job search</source>
        <translation>Búsqueda de empleo</translation>
    </message>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="39"/>
        <source>People</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="41"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="43"/>
        <source>Insights</source>
        <translation>Perspectivas</translation>
    </message>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="45"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="55"/>
        <source>Jobs</source>
        <translation>Empleos</translation>
    </message>
    <message>
        <location filename="../qml/shell/PageCatalog.qml" line="58"/>
        <source>Insights</source>
        <comment>bottom bar</comment>
        <extracomment>The Insights page in the phone&apos;s bottom bar: at most about 10 characters.</extracomment>
        <translation>Análisis</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../qml/components/PassphraseField.qml" line="68"/>
        <source>Hide passphrase</source>
        <translation>Ocultar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../qml/components/PassphraseField.qml" line="68"/>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="79"/>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="79"/>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="80"/>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="80"/>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="81"/>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="84"/>
        <source>A few unrelated words make a passphrase that is strong and easy to remember.</source>
        <translation>Unas cuantas palabras sin relación entre sí forman una frase de contraseña fuerte y fácil de recordar.</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="86"/>
        <source>Use at least %1 characters.</source>
        <translation>Usa al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="88"/>
        <source>This is one of the most common passwords. Choose something personal to you.</source>
        <translation>Es una de las contraseñas más comunes. Elige algo personal.</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="90"/>
        <source>Add another word or two: length beats complexity.</source>
        <translation>Añade una o dos palabras más: la longitud importa más que la complejidad.</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="92"/>
        <source>Avoid repeated characters and simple sequences.</source>
        <translation>Evita caracteres repetidos y secuencias simples.</translation>
    </message>
    <message>
        <location filename="../backend/services/PassphraseStrength.cpp" line="94"/>
        <source>Good. Keep it somewhere safe: it cannot be recovered if you forget it.</source>
        <translation>Bien. Guárdala en un lugar seguro: no se puede recuperar si la olvidas.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="49"/>
        <source>Delete %1?</source>
        <translation>¿Eliminar a %1?</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="49"/>
        <source>Their interactions go too, and applications no longer link to them. You can undo right after.</source>
        <translation>También se eliminan sus interacciones, y las candidaturas dejan de estar vinculadas a esta persona. Puedes deshacerlo justo después.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="61"/>
        <source>Contact deleted</source>
        <translation>Contacto eliminado</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="61"/>
        <location filename="../qml/pages/PeoplePage.qml" line="290"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="72"/>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="87"/>
        <source>Snoozed for a week</source>
        <translation>Pospuesto una semana</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="87"/>
        <source>Snoozed for %1 days</source>
        <translation>Pospuesto %1 días</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="195"/>
        <source>The people on your side</source>
        <translation>Las personas que te apoyan</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="196"/>
        <source>Keep the recruiters, mentors, former colleagues and friends who can help. Log a message, call or coffee and Rebound reminds you when it is time to get in touch again: mentors every 30 days, recruiters every 60, by default.</source>
        <translation>Guarda a los reclutadores, mentores, antiguos compañeros y amigos que pueden ayudarte. Anota un mensaje, una llamada o un café y Rebound te recordará cuándo toca volver a contactar: a los mentores cada 30 días y a los reclutadores cada 60, de forma predeterminada.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="197"/>
        <source>Contacts from your phone or mail app: export them as a vCard file and run &quot;rebound-cli contact import FILE.vcf&quot;.</source>
        <translation>Contactos de tu teléfono o tu app de correo: expórtalos como archivo vCard y ejecuta &quot;rebound-cli contact import FILE.vcf&quot;.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="203"/>
        <source>Add a contact</source>
        <translation>Añadir un contacto</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="230"/>
        <source>1 person to reach out to</source>
        <translation>1 persona a la que contactar</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="230"/>
        <source>%1 people to reach out to</source>
        <translation>%1 personas a las que contactar</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="230"/>
        <source>Everyone is in touch</source>
        <translation>Estás en contacto con todos</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="231"/>
        <source>Pick someone on the left to see what you talked about, when to get in touch again and the applications they are part of.</source>
        <translation>Elige a alguien a la izquierda para ver de qué se habló, cuándo volver a contactar y en qué candidaturas participa.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="270"/>
        <source>Contact added</source>
        <translation>Contacto añadido</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="270"/>
        <source>Contact saved</source>
        <translation>Contacto guardado</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="285"/>
        <source>Logged. The keep-in-touch clock restarts.</source>
        <translation>Anotado. El reloj para mantener el contacto vuelve a empezar.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="285"/>
        <source>Interaction saved</source>
        <translation>Interacción guardada</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="290"/>
        <source>Interaction deleted</source>
        <translation>Interacción eliminada</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="308"/>
        <source>Copied. The text is now on the clipboard, outside the vault.</source>
        <translation>Copiado. El texto está ahora en el portapapeles, fuera de la caja fuerte.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="311"/>
        <source>Catching up</source>
        <translation>Para ponernos al día</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="321"/>
        <source>Logged as sent. The keep-in-touch clock restarts.</source>
        <translation>Anotado como enviado. El reloj para mantener el contacto vuelve a empezar.</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="331"/>
        <source>Snoozed until %1</source>
        <translation>Pospuesto hasta el %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/PeoplePage.qml" line="341"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="64"/>
        <source>&quot;%1&quot; does not look like an e-mail address.</source>
        <translation>«%1» no parece una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="78"/>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="88"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="91"/>
        <source>Name (required)</source>
        <translation>Nombre (obligatorio)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="99"/>
        <source>E-mail (optional)</source>
        <translation>Correo electrónico (opcional)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="103"/>
        <source>E-mail address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="113"/>
        <source>Matching contacts</source>
        <translation>Contactos que coinciden</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="121"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="123"/>
        <source>Link to the contact %1</source>
        <translation>Vincular al contacto %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="136"/>
        <source>Linked to the contact %1</source>
        <translation>Vinculado al contacto %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="144"/>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="145"/>
        <source>Do not link to %1</source>
        <translation>No vincular a %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="154"/>
        <source>Also save as a contact (People)</source>
        <translation>Guardar también como contacto (Contactos)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="161"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="182"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="191"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../qml/jobs/PersonDialog.qml" line="192"/>
        <source>Add this person</source>
        <translation>Añadir esta persona</translation>
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
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="81"/>
        <source>Last contacted %1 · %2</source>
        <translation>Último contacto %1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="96"/>
        <source>Log</source>
        <translation>Anotar</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="97"/>
        <source>Log an interaction with %1</source>
        <translation>Anotar una interacción con %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="105"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="106"/>
        <source>Snooze the reminder for %1</source>
        <translation>Posponer el recordatorio de %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="113"/>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="114"/>
        <source>Snooze for 1 week</source>
        <translation>Posponer 1 semana</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="119"/>
        <source>2 weeks</source>
        <translation>2 semanas</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="120"/>
        <source>Snooze for 2 weeks</source>
        <translation>Posponer 2 semanas</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="125"/>
        <source>Pick a day…</source>
        <translation>Elegir un día…</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="126"/>
        <source>Snooze until a day you pick</source>
        <translation>Posponer hasta el día que elijas</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="138"/>
        <source>Reach out</source>
        <translation>Contactar</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutCard.qml" line="139"/>
        <source>Write to %1</source>
        <translation>Escribir a %1</translation>
    </message>
</context>
<context>
    <name>ReachOutHeader</name>
    <message>
        <location filename="../qml/people/ReachOutHeader.qml" line="39"/>
        <source>Reach out</source>
        <translation>Contactar</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutHeader.qml" line="44"/>
        <source>Reach out: %1 due</source>
        <translation>Contactar: %1 pendientes</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutHeader.qml" line="48"/>
        <source>1 due</source>
        <translation>1 pendiente</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutHeader.qml" line="48"/>
        <source>%1 due</source>
        <translation>%1 pendientes</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutHeader.qml" line="73"/>
        <source>1 contact matches</source>
        <translation>1 contacto coincide</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutHeader.qml" line="73"/>
        <source>%1 contacts match</source>
        <translation>%1 contactos coinciden</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutHeader.qml" line="73"/>
        <source>Everyone (%1)</source>
        <translation>Todos (%1)</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutHeader.qml" line="84"/>
        <source>Nobody matches. Try other words, or clear the filters.</source>
        <translation>Nadie coincide. Prueba con otras palabras o borra los filtros.</translation>
    </message>
</context>
<context>
    <name>ReachOutSheet</name>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="59"/>
        <source>Reach out to %1</source>
        <translation>Contactar con %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="66"/>
        <source>Start from</source>
        <translation>Empezar con</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="73"/>
        <source>Message templates</source>
        <translation>Plantillas de mensaje</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="84"/>
        <source>Template: %1</source>
        <translation>Plantilla: %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="100"/>
        <source>Your message</source>
        <translation>Tu mensaje</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="105"/>
        <source>Message to %1</source>
        <translation>Mensaje para %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="111"/>
        <source>Copy it into any app, or open it as an e-mail to %1.</source>
        <translation>Cópialo en cualquier app o ábrelo como correo para %1.</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="111"/>
        <source>Copy it into the app you use with %1. Add an e-mail address to the contact to send it as an e-mail.</source>
        <translation>Cópialo en la app que usas con %1. Añade una dirección de correo al contacto para enviarlo como correo.</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="129"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="130"/>
        <source>Copy the message</source>
        <translation>Copiar el mensaje</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="138"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="139"/>
        <source>Open as an e-mail to %1</source>
        <translation>Abrir como correo para %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="149"/>
        <source>Log as sent</source>
        <translation>Anotar como enviado</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="150"/>
        <source>Log the message as sent to %1</source>
        <translation>Anotar el mensaje como enviado a %1</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="156"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../qml/people/ReachOutSheet.qml" line="157"/>
        <source>Close without logging</source>
        <translation>Cerrar sin anotar</translation>
    </message>
</context>
<context>
    <name>RecentEntries</name>
    <message>
        <location filename="../qml/today/RecentEntries.qml" line="25"/>
        <source>Recent entries</source>
        <translation>Entradas recientes</translation>
    </message>
    <message>
        <location filename="../qml/today/RecentEntries.qml" line="37"/>
        <source>See all</source>
        <translation>Ver todo</translation>
    </message>
    <message>
        <location filename="../qml/today/RecentEntries.qml" line="38"/>
        <source>See all journal entries</source>
        <translation>Ver todas las entradas del diario</translation>
    </message>
    <message>
        <location filename="../qml/today/RecentEntries.qml" line="46"/>
        <source>Nothing yet. Your check-ins will appear here.</source>
        <translation>Aún no hay nada. Tus registros aparecerán aquí.</translation>
    </message>
</context>
<context>
    <name>RejectionFlow</name>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="19"/>
        <source>Hello,</source>
        <translation>Hola:</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="19"/>
        <source>Dear %1,</source>
        <translation>Hola, %1:</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="54"/>
        <source>Feedback on my application to %1</source>
        <translation>Comentarios sobre mi candidatura a %1</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="55"/>
        <source>Feedback on my application for %1</source>
        <translation>Comentarios sobre mi candidatura al puesto de %1</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="61"/>
        <source>Thank you for letting me know your decision about my application to %1, and for the time you and the team gave me.</source>
        <translation>Gracias por comunicarme su decisión sobre mi candidatura a %1 y por el tiempo que usted y el equipo me dedicaron.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="64"/>
        <source>Thank you for letting me know your decision about %1 at %2, and for the time you and the team gave me.</source>
        <translation>Gracias por comunicarme su decisión sobre el puesto de %1 en %2 y por el tiempo que usted y el equipo me dedicaron.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="68"/>
        <source>I would really value your honest feedback: what stood out as my strengths, and where could I have been stronger? Even a few lines would help me prepare for what comes next.</source>
        <translation>Valoraría mucho sus comentarios sinceros: ¿qué destacó entre mis fortalezas y en qué podría haberlo hecho mejor? Unas pocas líneas me ayudarían a prepararme para lo que venga.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="70"/>
        <source>Thank you again,</source>
        <translation>Gracias de nuevo,</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="74"/>
        <source>Thank you – %1</source>
        <translation>Gracias – %1</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="80"/>
        <source>Thank you for considering me. I enjoyed learning about the team and its work, and I remain very interested in %1.</source>
        <translation>Gracias por tenerme en cuenta. Me gustó mucho conocer al equipo y su trabajo, y %1 me sigue interesando mucho.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="83"/>
        <source>Thank you for considering me for %1. I enjoyed learning about the team and its work, and I remain very interested in %2.</source>
        <translation>Gracias por tenerme en cuenta para el puesto de %1. Me gustó mucho conocer al equipo y su trabajo, y %2 me sigue interesando mucho.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="87"/>
        <source>I would be glad to stay in touch; please keep me in mind if a similar opportunity comes up.</source>
        <translation>Me encantaría mantener el contacto; le agradecería que me tuviera en cuenta si surge una oportunidad similar.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="88"/>
        <source>Best wishes,</source>
        <translation>Un saludo cordial,</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="103"/>
        <source>That rejection flow no longer exists.</source>
        <translation>Ese proceso tras un rechazo ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="110"/>
        <location filename="../backend/services/RejectionCoach.cpp" line="117"/>
        <source>That application no longer exists.</source>
        <translation>Esa candidatura ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="134"/>
        <source>That journal entry no longer exists.</source>
        <translation>Esa entrada del diario ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="151"/>
        <source>Follow up on feedback from %1</source>
        <translation>Hacer seguimiento de los comentarios de %1</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="153"/>
        <source>If nothing came back, a short, friendly nudge is fine.</source>
        <translation>Si no han respondido, un recordatorio breve y amable está bien.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="161"/>
        <source>Write down at least one reason, or skip this step.</source>
        <translation>Anota al menos un motivo, o sáltate este paso.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="184"/>
        <source>Keep in touch with %1 (%2)</source>
        <translation>Mantener el contacto con %1 (%2)</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="189"/>
        <source>Keep in touch with %1</source>
        <translation>Mantener el contacto con %1</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="194"/>
        <source>Look at %1 again: time to re-apply?</source>
        <translation>Vuelve a mirar %1: ¿es momento de volver a postularte?</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="202"/>
        <source>Name one thing that went well, or skip this step.</source>
        <translation>Nombra una cosa que salió bien, o sáltate este paso.</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="256"/>
        <source>Review your goals</source>
        <translation>Revisa tus objetivos</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="259"/>
        <source>1 rejection in the last %1 days: are you targeting the right roles, and is there a skill to build first?</source>
        <translation>1 rechazo en los últimos %1 días: ¿apuntas a los puestos adecuados? ¿Hay alguna habilidad que convenga desarrollar primero?</translation>
    </message>
    <message>
        <location filename="../backend/services/RejectionCoach.cpp" line="262"/>
        <source>%1 rejections in the last %2 days: are you targeting the right roles, and is there a skill to build first?</source>
        <translation>%1 rechazos en los últimos %2 días: ¿apuntas a los puestos adecuados? ¿Hay alguna habilidad que convenga desarrollar primero?</translation>
    </message>
</context>
<context>
    <name>RejectionFlowDateField</name>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="23"/>
        <source>In a year</source>
        <translation>Dentro de un año</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="25"/>
        <source>In a month</source>
        <translation>Dentro de un mes</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="25"/>
        <source>In %1 months</source>
        <translation>Dentro de %1 meses</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="27"/>
        <source>In a week</source>
        <translation>Dentro de una semana</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="27"/>
        <source>In %1 weeks</source>
        <translation>Dentro de %1 semanas</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="28"/>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="28"/>
        <source>In %1 days</source>
        <translation>Dentro de %1 días</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="40"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="71"/>
        <source>One day earlier</source>
        <translation>Un día antes</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowDateField.qml" line="94"/>
        <source>One day later</source>
        <translation>Un día después</translation>
    </message>
</context>
<context>
    <name>RejectionFlowMessage</name>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="44"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="54"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="55"/>
        <source>Send to</source>
        <translation>Enviar a</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="90"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="91"/>
        <source>Copy the message</source>
        <translation>Copiar el mensaje</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="97"/>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="98"/>
        <source>Share the message (copies it on this device)</source>
        <translation>Compartir el mensaje (lo copia en este dispositivo)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="104"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="104"/>
        <source>E-mail…</source>
        <translation>Correo…</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="105"/>
        <source>Write an e-mail to %1</source>
        <translation>Escribir un correo a %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowMessage.qml" line="105"/>
        <source>Write an e-mail (add the address in your mail app)</source>
        <translation>Escribir un correo (añade la dirección en tu app de correo)</translation>
    </message>
</context>
<context>
    <name>RejectionFlowProgress</name>
    <message>
        <location filename="../qml/jobs/RejectionFlowProgress.qml" line="23"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowProgress.qml" line="67"/>
        <source>Step %1, %2: %3</source>
        <translation>Paso %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowProgress.qml" line="67"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowProgress.qml" line="67"/>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowProgress.qml" line="67"/>
        <source>to do</source>
        <translation>pendiente</translation>
    </message>
</context>
<context>
    <name>RejectionFlowResumeCard</name>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="23"/>
        <source>Unfinished steps after a rejection</source>
        <translation>Pasos sin terminar después de un rechazo</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="27"/>
        <source>After a rejection: steps still open</source>
        <translation>Después de un rechazo: pasos aún abiertos</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="49"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="58"/>
        <source>%1 of %2 steps looked at · next: %3</source>
        <translation>%1 de %2 pasos revisados · siguiente: %3</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="58"/>
        <source>Every step looked at · finish when you are ready</source>
        <translation>Todos los pasos revisados · termina cuando quieras</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="74"/>
        <source>Let go</source>
        <translation>Dejarlo</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="75"/>
        <source>Close the rejection flow for %1</source>
        <translation>Cerrar los pasos tras el rechazo de %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="81"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowResumeCard.qml" line="82"/>
        <source>Continue the rejection flow for %1</source>
        <translation>Continuar los pasos tras el rechazo de %1</translation>
    </message>
</context>
<context>
    <name>RejectionFlowSheet</name>
    <message>
        <location filename="../qml/jobs/RejectionFlowSheet.qml" line="102"/>
        <source>After a rejection</source>
        <translation>Después de un rechazo</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSheet.qml" line="113"/>
        <source>Five small steps, each one skippable. Close any time: you can pick up where you left off.</source>
        <translation>Cinco pequeños pasos, todos opcionales. Cierra cuando quieras: puedes retomarlo donde lo dejaste.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSheet.qml" line="125"/>
        <source>Close (your progress is kept)</source>
        <translation>Cerrar (se guarda tu progreso)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSheet.qml" line="190"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSheet.qml" line="191"/>
        <source>Copied: on this device, sharing means pasting it where you write to them.</source>
        <translation>Copiado: en este dispositivo, compartir significa pegarlo donde les escribas.</translation>
    </message>
</context>
<context>
    <name>RejectionFlowStepCard</name>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="17"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="20"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="35"/>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="63"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="63"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="126"/>
        <source>Reopen this step</source>
        <translation>Reabrir este paso</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="127"/>
        <source>Reopen step %1, %2</source>
        <translation>Reabrir el paso %1, %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="135"/>
        <source>Skip step %1, %2</source>
        <translation>Omitir el paso %1, %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="142"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowStepCard.qml" line="143"/>
        <source>Back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
</context>
<context>
    <name>RejectionFlowSteps</name>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="64"/>
        <source>Reminder set for %1.</source>
        <translation>Recordatorio programado: %1.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="64"/>
        <source>Reminders set for %1.</source>
        <translation>Recordatorios programados: %1.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="137"/>
        <source>rejected on %1</source>
        <translation>rechazada el %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="155"/>
        <source>All steps looked at</source>
        <translation>Todos los pasos revisados</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="155"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="168"/>
        <source>Check in with your feelings</source>
        <translation>Conecta con lo que sientes</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="169"/>
        <source>Disappointed, frustrated, flat? That is a normal response to a setback, not a verdict on you. Give yourself permission to feel it without judging yourself: a rejection is an event, not an identity.</source>
        <translation>¿Decepción, frustración, desánimo? Es una reacción normal ante un revés, no un veredicto sobre ti. Permítete sentirlo sin juzgarte: un rechazo es algo que pasó, no lo que eres.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="171"/>
        <source>Written in your journal. Come back to it whenever you like.</source>
        <translation>Escrito en tu diario. Vuelve a leerlo cuando quieras.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="172"/>
        <source>Write about it</source>
        <translation>Escribir sobre ello</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="179"/>
        <source>Opens a journal entry with the “After a rejection” prompts. Nothing is saved until you save it.</source>
        <translation>Abre una entrada del diario con las preguntas de «Después de un rechazo». No se guarda nada hasta que lo guardes tú.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="192"/>
        <source>Ask for feedback</source>
        <translation>Pide comentarios</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="193"/>
        <source>Kindly asking what stood out, and where you could have been stronger, turns a no into something you can use. Make clear you want honest, constructive feedback, even if it stings a little.</source>
        <translation>Preguntar con amabilidad qué destacó y en qué podrías haber estado más fuerte convierte un no en algo que puedes aprovechar. Deja claro que quieres comentarios sinceros y constructivos, aunque escuezan un poco.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="195"/>
        <source>Feedback request done. When an answer comes, log it as feedback: it feeds your skills plan.</source>
        <translation>Solicitud de comentarios hecha. Cuando llegue una respuesta, anótala como comentarios: alimenta tu plan de habilidades.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="196"/>
        <source>Done, remind me to follow up</source>
        <translation>Hecho, recuérdame hacer seguimiento</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="196"/>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="281"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="207"/>
        <source>Your message (edit it freely)</source>
        <translation>Tu mensaje (edítalo como quieras)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="221"/>
        <source>Remind me to follow up if nothing comes back</source>
        <translation>Recordarme hacer seguimiento si no hay respuesta</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="233"/>
        <source>Make your case (optional)</source>
        <translation>Defiende tu candidatura (opcional)</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="234"/>
        <source>Sometimes a no can still become a yes. If you believe you are the right fit, note real, tangible reasons they should reconsider: a skill that gives you an edge, a result you can show. Keep it calm, never desperate. Skipping this is completely fine.</source>
        <translation>A veces un no todavía puede convertirse en un sí. Si crees que encajas en el puesto, anota motivos reales y concretos para que lo reconsideren: una habilidad que te dé ventaja, un resultado que puedas mostrar. Con calma, nunca con desesperación. Saltarte este paso está totalmente bien.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="236"/>
        <source>Your case is saved for a calm reply:
%1</source>
        <translation>Tus argumentos están guardados para una respuesta serena:
%1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="236"/>
        <source>Your case is saved.</source>
        <translation>Tus argumentos están guardados.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="237"/>
        <source>Save my case</source>
        <translation>Guardar mis argumentos</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="249"/>
        <source>- I shipped the same kind of project at my last job
- I can start sooner than most</source>
        <translation>- Entregué un proyecto del mismo tipo en mi último trabajo
- Puedo empezar antes que la mayoría</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="255"/>
        <source>Reasons they should reconsider</source>
        <translation>Motivos para que lo reconsideren</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="265"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="266"/>
        <source>Copy your case</source>
        <translation>Copiar tus argumentos</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="277"/>
        <source>Don&apos;t burn bridges</source>
        <translation>No cierres puertas</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="278"/>
        <source>Leave a good last impression: thank them, stay in touch, and look at the company again later. The other candidate may not work out, and paths cross again more often than you think.</source>
        <translation>Deja una buena última impresión: dales las gracias, mantén el contacto y vuelve a mirar la empresa más adelante. Puede que la otra persona candidata no funcione, y los caminos se cruzan más a menudo de lo que crees.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="280"/>
        <source>Thank-you done.</source>
        <translation>Agradecimiento hecho.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="281"/>
        <source>Done, set the reminders</source>
        <translation>Hecho, programar los recordatorios</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="291"/>
        <source>A thank-you message</source>
        <translation>Un mensaje de agradecimiento</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="305"/>
        <source>Keep in touch with %1</source>
        <translation>Mantener el contacto con %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="314"/>
        <source>Look at %1 again: time to re-apply?</source>
        <translation>Volver a mirar %1: ¿momento de postularte de nuevo?</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="326"/>
        <source>Name what went well</source>
        <translation>Nombra lo que fue bien</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="327"/>
        <source>Landing the interview, a good answer, reaching the final round: each is worth acknowledging. Name one thing, and it is kept with your small wins.</source>
        <translation>Conseguir la entrevista, una buena respuesta, llegar a la ronda final: todo merece reconocerse. Nombra una cosa y se guardará con tus pequeños logros.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="329"/>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="440"/>
        <source>Saved as a small win: %1</source>
        <translation>Guardado como pequeño logro: %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="329"/>
        <source>Saved as a small win.</source>
        <translation>Guardado como pequeño logro.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="330"/>
        <source>Save as a win</source>
        <translation>Guardar como logro</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="341"/>
        <source>One thing that went well</source>
        <translation>Una cosa que fue bien</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="344"/>
        <source>What went well</source>
        <translation>Lo que fue bien</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="356"/>
        <source>I landed the interview</source>
        <translation>Conseguí la entrevista</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="356"/>
        <source>I made it to the final round</source>
        <translation>Llegué a la ronda final</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="356"/>
        <source>I answered the hard question calmly</source>
        <translation>Respondí con calma a la pregunta difícil</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="356"/>
        <source>I prepared well</source>
        <translation>Me preparé bien</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="364"/>
        <source>Use: %1</source>
        <translation>Usar: %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="380"/>
        <source>You did the hard part</source>
        <translation>Hiciste la parte difícil</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="391"/>
        <source>Every interview is practice, and each one brings you a step closer to the right fit. Be kind to yourself today.</source>
        <translation>Cada entrevista es práctica, y cada una te acerca un paso más al puesto adecuado. Sé amable contigo hoy.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="418"/>
        <source>Reminder set for %1: %2</source>
        <translation>Recordatorio programado (%1): %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="450"/>
        <source>Reminders are saved with this application. Notifications for them arrive in a later version.</source>
        <translation>Los recordatorios se guardan con esta candidatura. Sus notificaciones llegarán en una versión posterior.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="473"/>
        <source>%1 rejections in the last %2 days</source>
        <translation>%1 rechazos en los últimos %2 días</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="482"/>
        <source>That is a lot to carry. It may be a good moment to step back and review your goals: are you targeting the right roles, and is there a skill or certification to build first?</source>
        <translation>Es mucho que cargar. Puede ser un buen momento para tomar distancia y revisar tus objetivos: ¿apuntas a los puestos adecuados? ¿Hay alguna habilidad o certificación que conviene desarrollar primero?</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="494"/>
        <source>Review on</source>
        <translation>Revisar el</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="501"/>
        <source>Plan a goal review</source>
        <translation>Planificar una revisión de objetivos</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="509"/>
        <source>Reminder set for %1: review your goals. Goals are coming in a later version; the reminder is saved now.</source>
        <translation>Recordatorio programado (%1): revisa tus objetivos. Los objetivos llegarán en una versión posterior; el recordatorio ya está guardado.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="525"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="526"/>
        <source>Finish the rejection flow</source>
        <translation>Terminar los pasos tras el rechazo</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="532"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../qml/jobs/RejectionFlowSteps.qml" line="533"/>
        <source>Back to the last step</source>
        <translation>Volver al último paso</translation>
    </message>
</context>
<context>
    <name>RememberOption</name>
    <message>
        <location filename="../qml/vault/RememberOption.qml" line="19"/>
        <source>Remember on this device</source>
        <translation>Recordar en este dispositivo</translation>
    </message>
    <message>
        <location filename="../qml/vault/RememberOption.qml" line="29"/>
        <source>Keeps the key in your system keyring so Rebound opens without typing. Your passphrase still works.</source>
        <translation>Guarda la clave en el llavero del sistema para que Rebound se abra sin escribirla. Tu frase de contraseña sigue funcionando.</translation>
    </message>
</context>
<context>
    <name>ReminderEngine</name>
    <message>
        <location filename="../backend/services/ReminderEngine.cpp" line="66"/>
        <source>Keep in touch with %1</source>
        <translation>Mantener el contacto con %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/services/ReminderEngine.cpp" line="68"/>
        <source>Last in touch on %1 · every %n days</source>
        <translation>
            <numerusform>Último contacto el %1 · cada %n día</numerusform>
            <numerusform>Último contacto el %1 · cada %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/services/ReminderEngine.cpp" line="69"/>
        <source>No contact logged since you added them · every %n days</source>
        <translation>
            <numerusform>Ningún contacto registrado desde que se añadió · cada %n día</numerusform>
            <numerusform>Ningún contacto registrado desde que se añadió · cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderEngine.cpp" line="99"/>
        <source>Time to review: %1</source>
        <translation>Hora de revisar: %1</translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderEngine.cpp" line="100"/>
        <source>Last reviewed on %1</source>
        <translation>Última revisión el %1</translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderEngine.cpp" line="101"/>
        <source>Not reviewed yet</source>
        <translation>Aún sin revisar</translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderEngine.cpp" line="115"/>
        <source>Skills plan: %1</source>
        <translation>Plan de habilidades: %1</translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderEngine.cpp" line="130"/>
        <source>How are you today?</source>
        <translation>¿Cómo estás hoy?</translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderEngine.cpp" line="131"/>
        <source>A one-minute check-in: mood, effort and a small win.</source>
        <translation>Un registro de un minuto: ánimo, esfuerzo y un pequeño logro.</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <location filename="../backend/services/ReminderNotifier.cpp" line="51"/>
        <source>Rebound: 1 reminder is due</source>
        <translation>Rebound: tienes 1 recordatorio pendiente</translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderNotifier.cpp" line="51"/>
        <source>Rebound: %1 reminders are due</source>
        <translation>Rebound: tienes %1 recordatorios pendientes</translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderNotifier.cpp" line="52"/>
        <source>Open Rebound to see them.</source>
        <translation>Abre Rebound para verlos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/services/ReminderNotifier.cpp" line="61"/>
        <source>%n reminders are due</source>
        <translation>
            <numerusform>%n recordatorio pendiente</numerusform>
            <numerusform>%n recordatorios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/services/ReminderNotifier.cpp" line="69"/>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
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
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../qml/reminders/ReminderRow.qml" line="85"/>
        <source>Done: %1</source>
        <translation>Hecho: %1</translation>
    </message>
    <message>
        <location filename="../qml/reminders/ReminderRow.qml" line="93"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location filename="../qml/reminders/ReminderRow.qml" line="95"/>
        <source>Snooze: %1</source>
        <translation>Posponer: %1</translation>
    </message>
    <message>
        <location filename="../qml/reminders/ReminderRow.qml" line="111"/>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/reminders/ReminderRow.qml" line="111"/>
        <source>For %n days</source>
        <translation>
            <numerusform>Durante %n día</numerusform>
            <numerusform>Durante %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/reminders/ReminderRow.qml" line="119"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../qml/reminders/ReminderRow.qml" line="121"/>
        <source>Open: %1</source>
        <translation>Abrir: %1</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="147"/>
        <source>Keep in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="148"/>
        <source>Feedback follow-up</source>
        <translation>Seguimiento de comentarios</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="149"/>
        <source>Keep in touch after a rejection</source>
        <translation>Mantener el contacto tras un rechazo</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="150"/>
        <source>Re-apply window</source>
        <translation>Volver a postularte</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="151"/>
        <source>Interview prep</source>
        <translation>Preparar entrevista</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="152"/>
        <source>Daily check-in</source>
        <translation>Registro diario</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="153"/>
        <source>Goal review</source>
        <translation>Revisión de objetivos</translation>
    </message>
    <message>
        <location filename="../backend/core/JobLabels.cpp" line="154"/>
        <source>Skills action</source>
        <translation>Acción de habilidad</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReminderRepository.cpp" line="23"/>
        <source>Unknown kind of reminder: %1.</source>
        <translation>Tipo de recordatorio desconocido: %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReminderRepository.cpp" line="25"/>
        <source>Pick a day for the reminder.</source>
        <translation>Elige un día para el recordatorio.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReminderRepository.cpp" line="27"/>
        <source>Pick a day within the next ten years.</source>
        <translation>Elige un día dentro de los próximos diez años.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReminderRepository.cpp" line="30"/>
        <source>Say what to be reminded of.</source>
        <translation>Di de qué quieres que te recordemos.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReminderRepository.cpp" line="48"/>
        <location filename="../backend/storage/ReminderRepository.cpp" line="60"/>
        <location filename="../backend/storage/ReminderRepository.cpp" line="72"/>
        <source>That reminder no longer exists.</source>
        <translation>Ese recordatorio ya no existe.</translation>
    </message>
</context>
<context>
    <name>RemindersController</name>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="32"/>
        <source>Today at %1</source>
        <translation>Hoy a las %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="34"/>
        <source>Tomorrow at %1</source>
        <translation>Mañana a las %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="36"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/RemindersController.cpp" line="38"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>Hace %n día</numerusform>
            <numerusform>Hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="39"/>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="170"/>
        <source>The vault is locked.</source>
        <translation>La caja fuerte está bloqueada.</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="216"/>
        <location filename="../backend/ui/RemindersController.cpp" line="242"/>
        <source>That reminder is no longer due.</source>
        <translation>Ese recordatorio ya no está pendiente.</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="237"/>
        <source>Snooze for 1 to %1 days.</source>
        <translation>Pospón entre 1 y %1 días.</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="260"/>
        <source>Give a time as hours and minutes, like 09:00.</source>
        <translation>Indica una hora en horas y minutos, como 09:00.</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="281"/>
        <source>Notifications are on: reminders appear at their time while Rebound is open.</source>
        <translation>Las notificaciones están activadas: los recordatorios aparecen a su hora mientras Rebound está abierto.</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="296"/>
        <source>Reminders while Rebound is closed could not be changed.</source>
        <translation>No se pudieron cambiar los recordatorios con Rebound cerrado.</translation>
    </message>
    <message>
        <location filename="../backend/ui/RemindersController.cpp" line="318"/>
        <source>That template no longer exists.</source>
        <translation>Esa plantilla ya no existe.</translation>
    </message>
</context>
<context>
    <name>RemindersSection</name>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="16"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="40"/>
        <source>Time of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="42"/>
        <source>Keep-in-touch, follow-up and review reminders fire at %1 on their day.</source>
        <translation>Los recordatorios para mantener el contacto, de seguimiento y de revisión saltan a las %1 del día que toca.</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="47"/>
        <source>Reminder time</source>
        <translation>Hora de los recordatorios</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="56"/>
        <source>Names in notifications</source>
        <translation>Nombres en las notificaciones</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="57"/>
        <source>Notifications say who or what, e.g. “Keep in touch with Maya”. They can show on a lock screen.</source>
        <translation>Las notificaciones dicen quién o qué, p. ej., «Mantener el contacto con Maya». Pueden verse en la pantalla de bloqueo.</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="57"/>
        <source>Notifications only say how many reminders are due, so nothing private shows on a lock screen.</source>
        <translation>Las notificaciones solo dicen cuántos recordatorios hay pendientes, así que no se ve nada privado en la pantalla de bloqueo.</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="61"/>
        <source>Show names in notifications</source>
        <translation>Mostrar nombres en las notificaciones</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="69"/>
        <source>While Rebound is closed</source>
        <translation>Con Rebound cerrado</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="70"/>
        <source>A small timer checks every 15 minutes. It needs “Remember on this device” to read your reminders.</source>
        <translation>Un pequeño temporizador comprueba cada 15 minutos. Necesita «Recordar en este dispositivo» para leer tus recordatorios.</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="74"/>
        <source>Reminders while Rebound is closed</source>
        <translation>Recordatorios con Rebound cerrado</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="109"/>
        <source>Keep in touch, by tag</source>
        <translation>Mantener el contacto, por etiqueta</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="118"/>
        <source>How often to reach out to people with this tag, in days (0 = never). A contact can have its own.</source>
        <translation>Cada cuánto contactar con las personas que tienen esta etiqueta, en días (0 = nunca). Un contacto puede tener su propia frecuencia.</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="154"/>
        <source>Days between contacts for %1</source>
        <translation>Días entre contactos para %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="176"/>
        <source>Messages for reaching out</source>
        <translation>Mensajes para contactar</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="184"/>
        <source>New message</source>
        <translation>Nuevo mensaje</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="186"/>
        <source>New outreach message</source>
        <translation>Nuevo mensaje de contacto</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="192"/>
        <source>Placeholders: {first_name}, {name} and {company} are filled in for each contact.</source>
        <translation>Marcadores: {first_name}, {name} y {company} se rellenan para cada contacto.</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="230"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="235"/>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="238"/>
        <source>Message deleted.</source>
        <translation>Mensaje eliminado.</translation>
    </message>
    <message>
        <location filename="../qml/settings/RemindersSection.qml" line="238"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../qml/vault/RestoreBackupDialog.qml" line="32"/>
        <source>Restore from a backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location filename="../qml/vault/RestoreBackupDialog.qml" line="47"/>
        <source>Rebound checks the whole file, then makes your vault from it. The backup&apos;s passphrase becomes the vault&apos;s; you can change it in Settings.</source>
        <translation>Rebound comprueba el archivo completo y después crea tu caja fuerte a partir de él. La frase de contraseña de la copia pasa a ser la de la caja fuerte; puedes cambiarla en Ajustes.</translation>
    </message>
    <message>
        <location filename="../qml/vault/RestoreBackupDialog.qml" line="57"/>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <location filename="../qml/vault/RestoreBackupDialog.qml" line="72"/>
        <source>Restoring your vault</source>
        <translation>Restaurando tu caja fuerte</translation>
    </message>
    <message>
        <location filename="../qml/vault/RestoreBackupDialog.qml" line="85"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/vault/RestoreBackupDialog.qml" line="95"/>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <location filename="../qml/vault/RestoreBackupDialog.qml" line="95"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../qml/vault/RestoreBackupDialog.qml" line="96"/>
        <source>Restore the vault from this backup</source>
        <translation>Restaurar la caja fuerte desde esta copia de seguridad</translation>
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
        <translation>Respuestas que cambiaron</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="105"/>
        <source>Every answer is the same as last time.</source>
        <translation>Todas las respuestas son iguales que la última vez.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="105"/>
        <source>This is your first review of this checklist: next time you&apos;ll see what changed.</source>
        <translation>Es tu primera revisión de esta lista de verificación: la próxima vez verás qué cambió.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="129"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="134"/>
        <source>was %1, now %2</source>
        <translation>antes %1, ahora %2</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="145"/>
        <source>Applications since</source>
        <translation>Candidaturas desde la última revisión</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="145"/>
        <source>Pipeline</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="155"/>
        <source>applied</source>
        <translation>enviadas</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="161"/>
        <source>interviews</source>
        <translation>entrevistas</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="167"/>
        <source>open now</source>
        <translation>abiertas ahora</translation>
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
        <translation>1 oferta</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="172"/>
        <source>%1 offers</source>
        <translation>%1 ofertas</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="172"/>
        <source>1 rejection</source>
        <translation>1 rechazo</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="172"/>
        <source>%1 rejections</source>
        <translation>%1 rechazos</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="181"/>
        <source>Effort against your targets</source>
        <translation>Esfuerzo frente a tus metas</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="186"/>
        <source>No weekly effort targets yet. A small, steady target (say 5 applications a week) is easier to keep than a big one.</source>
        <translation>Aún no hay metas de esfuerzo semanal. Una meta pequeña y constante (por ejemplo, 5 candidaturas por semana) es más fácil de mantener que una grande.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="238"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="277"/>
        <source>Goals that moved</source>
        <translation>Objetivos que avanzaron</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="286"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="298"/>
        <source>Top skills gaps</source>
        <translation>Principales habilidades que mejorar</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="303"/>
        <source>No skills named to work on yet. Feedback on applications and interviews fills this in.</source>
        <translation>Aún no hay habilidades que mejorar. Los comentarios sobre candidaturas y entrevistas las irán añadiendo.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="324"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="346"/>
        <source>Recent feedback</source>
        <translation>Comentarios recientes</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewContextPane.qml" line="351"/>
        <source>No feedback in this period.</source>
        <translation>No hay comentarios en este periodo.</translation>
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
        <translation>Retomar la revisión</translation>
    </message>
    <message>
        <location filename="../qml/today/ReviewDueCard.qml" line="71"/>
        <source>Start the review</source>
        <translation>Empezar la revisión</translation>
    </message>
    <message>
        <location filename="../qml/today/ReviewDueCard.qml" line="72"/>
        <source>Resume the review of %1</source>
        <translation>Retomar la revisión de %1</translation>
    </message>
    <message>
        <location filename="../qml/today/ReviewDueCard.qml" line="72"/>
        <source>Start a review of %1</source>
        <translation>Empezar una revisión de %1</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="59"/>
        <source>new goal (%1): %2</source>
        <translation>nuevo objetivo (%1): %2</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="61"/>
        <source>mark “%1” as %2</source>
        <translation>marcar «%1» como %2</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="62"/>
        <source>a removed goal</source>
        <translation>un objetivo eliminado</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="65"/>
        <source>skills action for %1 (%2): %3</source>
        <translation>acción de habilidad para %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="67"/>
        <source>Follow-up planned: %1</source>
        <translation>Seguimiento previsto: %1</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="67"/>
        <source>Follow-up done: %1</source>
        <translation>Seguimiento hecho: %1</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="84"/>
        <source>Review: %1</source>
        <translation>Revisión: %1</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="85"/>
        <source>Finished on %1</source>
        <translation>Terminada el %1</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="86"/>
        <source>In progress, started on %1</source>
        <translation>En curso, empezada el %1</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="87"/>
        <source>%1 of %2 questions answered</source>
        <translation>%1 de %2 preguntas respondidas</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="90"/>
        <source>North star:</source>
        <translation>Estrella polar:</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="92"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="98"/>
        <source>(last time: %1)</source>
        <translation>(la vez anterior: %1)</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="107"/>
        <source>Since the last review (%1 to %2)</source>
        <translation>Desde la última revisión (del %1 al %2)</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="108"/>
        <source>The last %1 days (%2 to %3)</source>
        <translation>Los últimos %1 días (del %2 al %3)</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="113"/>
        <source>Applications sent: %1 · interviews: %2 · offers: %3 · rejections: %4 · active now: %5</source>
        <translation>Candidaturas enviadas: %1 · entrevistas: %2 · ofertas: %3 · rechazos: %4 · activas ahora: %5</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="121"/>
        <source>Mood: no check-ins in this period</source>
        <translation>Ánimo: no hay registros en este periodo</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="124"/>
        <source>Mood: %1 on average over %2 days</source>
        <translation>Ánimo: %1 de media en %2 días</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="128"/>
        <source>Mood: %1 on average over %2 days (before: %3, change %4)</source>
        <translation>Ánimo: %1 de media en %2 días (antes: %3, cambio %4)</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="136"/>
        <source>%1: %2 a week against a target of %3 (met in %4 of %5 weeks)</source>
        <translation>%1: %2 por semana frente a una meta de %3 (cumplida en %4 de %5 semanas)</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="144"/>
        <source>Answers that changed:</source>
        <translation>Respuestas que cambiaron:</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="150"/>
        <source>Goals added or changed:</source>
        <translation>Objetivos añadidos o cambiados:</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="156"/>
        <source>Top skills to work on:</source>
        <translation>Habilidades principales que trabajar:</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="160"/>
        <source>named once</source>
        <translation>mencionada una vez</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="160"/>
        <source>named %1 times</source>
        <translation>mencionada %1 veces</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="165"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="175"/>
        <source>Goals now</source>
        <translation>Objetivos actuales</translation>
    </message>
    <message>
        <location filename="../backend/services/ReviewExport.cpp" line="176"/>
        <source>Exported from Rebound.</source>
        <translation>Exportado desde Rebound.</translation>
    </message>
</context>
<context>
    <name>ReviewFollowUpEditor</name>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="22"/>
        <source>None: a goal of its own</source>
        <translation>Ninguno: un objetivo independiente</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="51"/>
        <source>Name the goal.</source>
        <translation>Ponle nombre al objetivo.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="59"/>
        <source>There is no open goal to change.</source>
        <translation>No hay ningún objetivo abierto que cambiar.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="66"/>
        <source>Name the action and the skill it builds.</source>
        <translation>Nombra la acción y la habilidad que desarrolla.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="78"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="89"/>
        <source>When you finish the review, this becomes…</source>
        <translation>Al terminar la revisión, esto se convierte en…</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="98"/>
        <source>Kind of follow-up</source>
        <translation>Tipo de seguimiento</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="112"/>
        <source>The goal, e.g. Try product analytics roles</source>
        <translation>El objetivo, p. ej., Probar puestos de analítica de producto</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="112"/>
        <source>The action, e.g. Two mock interviews with Sam</source>
        <translation>La acción, p. ej., Dos entrevistas de práctica con Sam</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="115"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="115"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="120"/>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="128"/>
        <source>Kind of goal</source>
        <translation>Tipo de objetivo</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="135"/>
        <source>An alternative path to (optional)</source>
        <translation>Un camino alternativo a (opcional)</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="144"/>
        <source>An alternative path to</source>
        <translation>Un camino alternativo a</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="149"/>
        <source>Which goal</source>
        <translation>Qué objetivo</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="149"/>
        <source>You have no open goals yet: add one on the Goals page, or plan a new goal here.</source>
        <translation>Aún no tienes objetivos abiertos: añade uno en la página Objetivos o planifica un objetivo nuevo aquí.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="158"/>
        <source>Goal to change</source>
        <translation>Objetivo que cambiar</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="163"/>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="171"/>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="178"/>
        <source>Skill it builds</source>
        <translation>Habilidad que desarrolla</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="188"/>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="195"/>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="203"/>
        <source>Kind of action</source>
        <translation>Tipo de acción</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="226"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="227"/>
        <source>Remove the follow-up</source>
        <translation>Quitar el seguimiento</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="238"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="245"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewFollowUpEditor.qml" line="246"/>
        <source>Save the follow-up</source>
        <translation>Guardar el seguimiento</translation>
    </message>
</context>
<context>
    <name>ReviewProgress</name>
    <message>
        <location filename="../qml/reviews/ReviewProgress.qml" line="12"/>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidas</translation>
    </message>
</context>
<context>
    <name>ReviewQuestion</name>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="76"/>
        <source>Question %1 of %2: %3</source>
        <translation>Pregunta %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="133"/>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="143"/>
        <source>Changed: last time you said %1</source>
        <translation>Cambió: la última vez dijiste %1</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="143"/>
        <source>Last time: %1</source>
        <translation>La última vez: %1</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="156"/>
        <source>A note for yourself (optional)</source>
        <translation>Una nota para ti (opcional)</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="160"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="190"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="191"/>
        <source>Change the follow-up</source>
        <translation>Cambiar el seguimiento</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="199"/>
        <source>+ Plan a follow-up</source>
        <translation>+ Planificar un seguimiento</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewQuestion.qml" line="200"/>
        <source>Plan a follow-up: a goal change or a skills action</source>
        <translation>Planificar un seguimiento: un cambio de objetivo o una acción de habilidades</translation>
    </message>
</context>
<context>
    <name>ReviewResult</name>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="26"/>
        <source>Finished review: %1</source>
        <translation>Revisión terminada: %1</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="44"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="62"/>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="73"/>
        <source>Changed: last time %1</source>
        <translation>Cambió: la última vez %1</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="142"/>
        <source>All reviews</source>
        <translation>Todas las revisiones</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="173"/>
        <source>Delete this review</source>
        <translation>Eliminar esta revisión</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="184"/>
        <source>Export as Markdown…</source>
        <translation>Exportar como Markdown…</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="186"/>
        <source>Writes a file to share with a coach or mentor. The file is not encrypted.</source>
        <translation>Crea un archivo para compartir con un coach o mentor. El archivo no está cifrado.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="191"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="192"/>
        <source>Copy as Markdown</source>
        <translation>Copiar como Markdown</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="213"/>
        <source>What changed since the last review</source>
        <translation>Qué cambió desde la última revisión</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="239"/>
        <source>Your answers</source>
        <translation>Tus respuestas</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewResult.qml" line="261"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>ReviewStepper</name>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="56"/>
        <source>Review: %1</source>
        <translation>Revisión: %1</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="75"/>
        <source>All reviews</source>
        <translation>Todas las revisiones</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="112"/>
        <source>Before you start · %1 questions</source>
        <translation>Antes de empezar · %1 preguntas</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="112"/>
        <source>Question %1 of %2 · %3 answered</source>
        <translation>Pregunta %1 de %2 · %3 respondidas</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="112"/>
        <source>Sum up and finish · %1 of %2 answered</source>
        <translation>Resumir y terminar · %1 de %2 respondidas</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="148"/>
        <source>Where you stand</source>
        <translation>Dónde estás</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="184"/>
        <location filename="../qml/reviews/ReviewStepper.qml" line="300"/>
        <source>Sum up</source>
        <translation>Resumir</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="194"/>
        <source>Every question has an answer. Well done for taking the time.</source>
        <translation>Todas las preguntas tienen respuesta. Bien hecho por dedicarle tiempo.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="194"/>
        <source>%1 of %2 questions have an answer. You can finish now or go back to the others.</source>
        <translation>%1 de %2 preguntas tienen respuesta. Puedes terminar ahora o volver a las demás.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="233"/>
        <source>Anything else? A few lines for your future self (optional)</source>
        <translation>¿Algo más? Unas líneas para tu yo del futuro (opcional)</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="237"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="248"/>
        <source>Finish the review</source>
        <translation>Terminar la revisión</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="250"/>
        <source>Applies the planned follow-ups; the review can then be read and exported but not changed.</source>
        <translation>Aplica los seguimientos planificados; después, la revisión se puede leer y exportar, pero no cambiar.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="288"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="289"/>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="300"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="300"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="301"/>
        <source>Start with the first question</source>
        <translation>Empezar con la primera pregunta</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewStepper.qml" line="301"/>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="42"/>
        <source>Review: %1</source>
        <translation>Revisión: %1</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="73"/>
        <source>All reviews</source>
        <translation>Todas las revisiones</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="107"/>
        <source>Take each question in turn: yes, no or unsure is enough. Add a note where it helps, and plan a follow-up where something should change.</source>
        <translation>Ve pregunta por pregunta: basta con sí, no o no lo sé. Añade una nota donde ayude y planifica un seguimiento donde algo deba cambiar.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="155"/>
        <source>Anything else?</source>
        <translation>¿Algo más?</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="163"/>
        <source>A few lines for your future self, or for a coach: what you take from this review.</source>
        <translation>Unas líneas para tu yo del futuro, o para un coach: lo que te llevas de esta revisión.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="174"/>
        <source>Summary (optional)</source>
        <translation>Resumen (opcional)</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="178"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="223"/>
        <source>Finish the review</source>
        <translation>Terminar la revisión</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="223"/>
        <source>Finish now</source>
        <translation>Terminar ahora</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewWorkspace.qml" line="225"/>
        <source>Applies the planned follow-ups; the review can then be read and exported but not changed.</source>
        <translation>Aplica los seguimientos planificados; después, la revisión se puede leer y exportar, pero no cambiar.</translation>
    </message>
</context>
<context>
    <name>ReviewsView</name>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="66"/>
        <source>Review deleted</source>
        <translation>Revisión eliminada</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="66"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="180"/>
        <source>A good moment to step back</source>
        <translation>Un buen momento para tomar distancia</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="198"/>
        <source>Resume your review</source>
        <translation>Retoma tu revisión</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="198"/>
        <location filename="../qml/reviews/ReviewsView.qml" line="288"/>
        <source>Start a review</source>
        <translation>Empieza una revisión</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="210"/>
        <source>Checklists</source>
        <translation>Listas de verificación</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="215"/>
        <source>New checklist</source>
        <translation>Nueva lista de verificación</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="223"/>
        <source>A review walks one checklist, question by question. Edit the questions so they are yours; keep several for different moments.</source>
        <translation>Una revisión recorre una lista de verificación, pregunta por pregunta. Edita las preguntas para que sean tuyas; ten varias para distintos momentos.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="265"/>
        <location filename="../qml/reviews/ReviewsView.qml" line="369"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="265"/>
        <source>Due</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="275"/>
        <source>1 question</source>
        <translation>1 pregunta</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="275"/>
        <source>%1 questions</source>
        <translation>%1 preguntas</translation>
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
        <translation>Retomar</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="289"/>
        <source>Resume the review of %1</source>
        <translation>Retomar la revisión de %1</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="289"/>
        <source>Start a review of %1</source>
        <translation>Empezar una revisión de %1</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="300"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="301"/>
        <source>Edit the checklist %1</source>
        <translation>Editar la lista de verificación %1</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="309"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="315"/>
        <source>Finished reviews are kept here, each with what changed since the one before.</source>
        <translation>Aquí se guardan las revisiones terminadas, cada una con lo que cambió desde la anterior.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="332"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="360"/>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidas</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="360"/>
        <source>1 answer changed</source>
        <translation>1 respuesta cambió</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="360"/>
        <source>%1 answers changed</source>
        <translation>%1 respuestas cambiaron</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="378"/>
        <source>Delete the review of %1, %2</source>
        <translation>Eliminar la revisión de %1, %2</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="432"/>
        <source>Copied as Markdown. It stays on the clipboard, outside the vault, until you copy something else.</source>
        <translation>Copiado como Markdown. Queda en el portapapeles, fuera de la caja fuerte, hasta que copies otra cosa.</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="448"/>
        <source>Export the review as Markdown</source>
        <translation>Exportar la revisión como Markdown</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="451"/>
        <source>Markdown files (*.md)</source>
        <translation>Archivos Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../qml/reviews/ReviewsView.qml" line="454"/>
        <source>Review exported (the file is not encrypted)</source>
        <translation>Revisión exportada (el archivo no está cifrado)</translation>
    </message>
</context>
<context>
    <name>SearchFilters</name>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="19"/>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="22"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="25"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="28"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="60"/>
        <source>Search filters</source>
        <translation>Filtros de búsqueda</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="80"/>
        <source>Feeling</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="110"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="140"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchFilters.qml" line="169"/>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
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
        <translation>Abre la entrada</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="50"/>
        <location filename="../qml/journal/SearchView.qml" line="226"/>
        <source>Search your journal</source>
        <translation>Busca en tu diario</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="57"/>
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="92"/>
        <source>Clear search text</source>
        <translation>Borrar el texto de búsqueda</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="105"/>
        <source>Hide filters</source>
        <translation>Ocultar filtros</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="105"/>
        <source>Filters, %1 on</source>
        <translation>Filtros, %1 activos</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="105"/>
        <source>Show filters</source>
        <translation>Mostrar filtros</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="171"/>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="171"/>
        <source>%1 entries</source>
        <translation>%1 entradas</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="226"/>
        <source>No entries match</source>
        <translation>Ninguna entrada coincide</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="227"/>
        <source>Try fewer words, or clear a filter.</source>
        <translation>Prueba con menos palabras o quita un filtro.</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="227"/>
        <source>Try fewer or shorter words: &quot;feed&quot; also finds &quot;feedback&quot;.</source>
        <translation>Prueba con menos palabras o más cortas: «comen» también encuentra «comentarios».</translation>
    </message>
    <message>
        <location filename="../qml/journal/SearchView.qml" line="227"/>
        <source>Find entries by words, tags, mood, feeling or date. Words match as you type.</source>
        <translation>Encuentra entradas por palabras, etiquetas, ánimo, emoción o fecha. Las palabras se buscan mientras escribes.</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="17"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="19"/>
        <source>After 1 minute</source>
        <translation>Después de 1 minuto</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="21"/>
        <source>After 1 hour</source>
        <translation>Después de 1 hora</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="23"/>
        <source>After %1 hours</source>
        <translation>Después de %1 horas</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="24"/>
        <source>After %1 minutes</source>
        <translation>Después de %1 minutos</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="27"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="32"/>
        <source>Lock automatically</source>
        <translation>Bloquear automáticamente</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="34"/>
        <source>When Rebound has not been used for a while.</source>
        <translation>Cuando Rebound lleva un rato sin usarse.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="49"/>
        <source>Lock automatically: %1</source>
        <translation>Bloquear automáticamente: %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="56"/>
        <location filename="../qml/settings/SecuritySection.qml" line="62"/>
        <source>Remember on this device</source>
        <translation>Recordar en este dispositivo</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="57"/>
        <source>Keeps the key in your system keyring so Rebound opens without typing. Your passphrase still works.</source>
        <translation>Guarda la clave en el llavero del sistema para que Rebound se abra sin escribirla. Tu frase de contraseña sigue funcionando.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="69"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="70"/>
        <source>Choose a new passphrase. You will need the current one.</source>
        <translation>Elige una nueva frase de contraseña. Necesitarás la actual.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="73"/>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="74"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="81"/>
        <location filename="../qml/settings/SecuritySection.qml" line="86"/>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="82"/>
        <source>Closes the vault until you enter your passphrase again.</source>
        <translation>Cierra la caja fuerte hasta que vuelvas a introducir tu frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SecuritySection.qml" line="85"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="52"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="57"/>
        <location filename="../qml/pages/SettingsPage.qml" line="62"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="59"/>
        <source>System follows your device&apos;s light or dark setting.</source>
        <translation>Sistema sigue el modo claro u oscuro de tu dispositivo.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="66"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="69"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="72"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="80"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="82"/>
        <source>Texts, dates and numbers. System follows your device&apos;s language.</source>
        <translation>Textos, fechas y números. «Sistema» sigue el idioma de tu dispositivo.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="92"/>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="161"/>
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
</context>
<context>
    <name>ShellHeader</name>
    <message>
        <location filename="../qml/shell/ShellHeader.qml" line="37"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../qml/shell/ShellHeader.qml" line="61"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../qml/shell/ShellHeader.qml" line="68"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../qml/shell/Sidebar.qml" line="22"/>
        <source>Main navigation</source>
        <translation>Navegación principal</translation>
    </message>
    <message>
        <location filename="../qml/shell/Sidebar.qml" line="48"/>
        <source>Rebound</source>
        <translation>Rebound</translation>
    </message>
    <message>
        <location filename="../qml/shell/Sidebar.qml" line="93"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../qml/shell/Sidebar.qml" line="97"/>
        <source>Locks the vault; your passphrase is needed to open it again.</source>
        <translation>Bloquea la caja fuerte; necesitarás tu frase de contraseña para volver a abrirla.</translation>
    </message>
</context>
<context>
    <name>SkillChip</name>
    <message>
        <location filename="../qml/jobs/SkillChip.qml" line="20"/>
        <source>Strength: %1</source>
        <translation>Fortaleza: %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillChip.qml" line="20"/>
        <source>To work on: %1</source>
        <translation>Por mejorar: %1</translation>
    </message>
</context>
<context>
    <name>SkillSuggestions</name>
    <message>
        <location filename="../qml/jobs/SkillSuggestions.qml" line="25"/>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillSuggestions.qml" line="36"/>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
</context>
<context>
    <name>SkillsActionEditor</name>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="39"/>
        <source>Edit action</source>
        <translation>Editar acción</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="39"/>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="50"/>
        <source>Kind of action</source>
        <translation>Tipo de acción</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="57"/>
        <source>What exactly? e.g. Two mock interviews with Sam</source>
        <translation>¿Qué exactamente? p. ej., Dos entrevistas de práctica con Sam</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="60"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="69"/>
        <source>Due by</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="84"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="92"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="92"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="93"/>
        <source>Save action</source>
        <translation>Guardar acción</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionEditor.qml" line="93"/>
        <source>Add action</source>
        <translation>Añadir acción</translation>
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
        <translation>vencida desde el %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionRow.qml" line="44"/>
        <source>due %1</source>
        <translation>vence %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionRow.qml" line="54"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionRow.qml" line="61"/>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsActionRow.qml" line="68"/>
        <source>Status of %1</source>
        <translation>Estado de %1</translation>
    </message>
</context>
<context>
    <name>SkillsPlanContent</name>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="49"/>
        <source>Your skills plan grows from feedback</source>
        <translation>Tu plan de habilidades crece con los comentarios</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="50"/>
        <source>When you log feedback on an application or an interview, tag what it says you&apos;re strong at and what you could build. Rebound gathers every piece here and ranks it, so you know how to pitch your strengths and what to practise next.</source>
        <translation>Cuando anotes comentarios sobre una candidatura o una entrevista, etiqueta en qué dicen que destacas y qué podrías desarrollar. Rebound lo reúne todo aquí y lo ordena, para que sepas cómo presentar tus fortalezas y qué practicar a continuación.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="51"/>
        <source>You have one piece of feedback, but it names no skill yet.</source>
        <translation>Tienes un comentario, pero aún no nombra ninguna habilidad.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="51"/>
        <source>You have %1 pieces of feedback, but none names a skill yet.</source>
        <translation>Tienes %1 comentarios, pero ninguno nombra una habilidad todavía.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="51"/>
        <source>No feedback logged yet. A rejection is a good moment to ask for some.</source>
        <translation>Aún no hay comentarios anotados. Un rechazo es un buen momento para pedirlos.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="61"/>
        <source>From one piece of feedback</source>
        <translation>A partir de un comentario</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="61"/>
        <source>From %1 pieces of feedback</source>
        <translation>A partir de %1 comentarios</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="61"/>
        <source>1 open action</source>
        <translation>1 acción abierta</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="61"/>
        <source>%1 open actions</source>
        <translation>%1 acciones abiertas</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="61"/>
        <source>%1 overdue</source>
        <translation>%1 vencidas</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="70"/>
        <source>Ranked by how often and how recently feedback names each skill: a mention counts half after %1 days.</source>
        <translation>Ordenado según la frecuencia y lo reciente que los comentarios nombran cada habilidad: una mención cuenta la mitad pasados %1 días.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="100"/>
        <source>What you&apos;re strong at</source>
        <translation>En qué destacas</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="111"/>
        <source>No strengths named yet. When feedback praises something, tag it as a strength and write your pitch for it here.</source>
        <translation>Aún no hay fortalezas. Cuando un comentario elogie algo, etiquétalo como fortaleza y escribe aquí cómo presentarlo.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="133"/>
        <source>My pitch</source>
        <translation>Cómo lo presento</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="147"/>
        <source>A short story: what you did, and the result</source>
        <translation>Una historia breve: qué hiciste y qué resultado tuvo</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="153"/>
        <source>My pitch for %1</source>
        <translation>Cómo presento %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="167"/>
        <source>Undo changes</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="168"/>
        <source>Undo changes to the pitch</source>
        <translation>Deshacer los cambios de la presentación</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="174"/>
        <source>Save pitch</source>
        <translation>Guardar presentación</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="175"/>
        <source>Save the pitch for %1</source>
        <translation>Guardar la presentación de %1</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="196"/>
        <source>What to build next</source>
        <translation>Qué desarrollar a continuación</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="207"/>
        <source>Nothing to build named yet. When feedback points at a gap, tag it and plan a course, a mock interview or some practice here.</source>
        <translation>Aún no hay nada que desarrollar. Cuando un comentario señale una carencia, etiquétala y planifica aquí un curso, una entrevista de práctica o algo de práctica.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="231"/>
        <source>No actions yet. A course, a mock interview, practice, a certification or some reading: pick one small step.</source>
        <translation>Aún no hay acciones. Un curso, una entrevista de práctica, práctica, una certificación o alguna lectura: elige un pequeño paso.</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="267"/>
        <source>Add an action</source>
        <translation>Añadir una acción</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanContent.qml" line="268"/>
        <source>Add an action for %1</source>
        <translation>Añadir una acción para %1</translation>
    </message>
</context>
<context>
    <name>SkillsPlanView</name>
    <message>
        <location filename="../qml/jobs/SkillsPlanView.qml" line="45"/>
        <source>Pitch saved</source>
        <translation>Presentación guardada</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanView.qml" line="56"/>
        <source>Action deleted</source>
        <translation>Acción eliminada</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsPlanView.qml" line="56"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>SkillsSkillCard</name>
    <message>
        <location filename="../qml/jobs/SkillsSkillCard.qml" line="22"/>
        <source>%1, number %2</source>
        <translation>%1, número %2</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsSkillCard.qml" line="62"/>
        <source>Your own plan: not named in feedback yet</source>
        <translation>Tu propio plan: aún no aparece en los comentarios</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsSkillCard.qml" line="62"/>
        <source>Named once</source>
        <translation>Nombrada una vez</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsSkillCard.qml" line="62"/>
        <source>Named %1 times</source>
        <translation>Nombrada %1 veces</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsSkillCard.qml" line="76"/>
        <source>Skill name</source>
        <translation>Nombre de la habilidad</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsSkillCard.qml" line="87"/>
        <source>Save the name</source>
        <translation>Guardar el nombre</translation>
    </message>
    <message>
        <location filename="../qml/jobs/SkillsSkillCard.qml" line="87"/>
        <source>Rename %1</source>
        <translation>Cambiar el nombre de %1</translation>
    </message>
</context>
<context>
    <name>SnoozeDayDialog</name>
    <message>
        <location filename="../qml/people/SnoozeDayDialog.qml" line="32"/>
        <source>Snooze %1</source>
        <translation>Posponer %1</translation>
    </message>
    <message>
        <location filename="../qml/people/SnoozeDayDialog.qml" line="40"/>
        <source>The reminder comes back on the day you pick.</source>
        <translation>El recordatorio vuelve el día que elijas.</translation>
    </message>
    <message>
        <location filename="../qml/people/SnoozeDayDialog.qml" line="50"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../qml/people/SnoozeDayDialog.qml" line="68"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/people/SnoozeDayDialog.qml" line="76"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location filename="../qml/people/SnoozeDayDialog.qml" line="77"/>
        <source>Snooze until %1</source>
        <translation>Posponer hasta el %1</translation>
    </message>
</context>
<context>
    <name>StageBadge</name>
    <message>
        <location filename="../qml/jobs/StageBadge.qml" line="21"/>
        <source>Stage: %1</source>
        <translation>Etapa: %1</translation>
    </message>
</context>
<context>
    <name>StageMenu</name>
    <message>
        <location filename="../qml/jobs/StageMenu.qml" line="21"/>
        <source>Move to %1</source>
        <translation>Mover a %1</translation>
    </message>
</context>
<context>
    <name>StageTimeline</name>
    <message>
        <location filename="../qml/jobs/StageTimeline.qml" line="19"/>
        <source>Stage history</source>
        <translation>Historial de etapas</translation>
    </message>
    <message>
        <location filename="../qml/jobs/StageTimeline.qml" line="35"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../qml/jobs/StageTimeline.qml" line="93"/>
        <source>Remove the step %1</source>
        <translation>Quitar el paso %1</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../backend/storage/AtomicFile.cpp" line="22"/>
        <source>The disk is full. Nothing was changed.</source>
        <translation>El disco está lleno. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../backend/storage/AtomicFile.cpp" line="24"/>
        <source>Could not write %1 (%2).</source>
        <translation>No se pudo escribir %1 (%2).</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="487"/>
        <source>This vault was written by a newer version of Rebound (schema %1; this version knows up to %2). Please update the app.</source>
        <translation>Esta caja fuerte la escribió una versión más reciente de Rebound (esquema %1; esta versión conoce hasta el %2). Actualiza la app.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="500"/>
        <source>The vault is busy in another window or process; close it and try again (it needs upgrading).</source>
        <translation>La caja fuerte está en uso en otra ventana o proceso; ciérrala e inténtalo de nuevo (necesita actualizarse).</translation>
    </message>
    <message>
        <location filename="../backend/storage/Migrations.cpp" line="510"/>
        <source>Could not back up the vault before upgrading it.</source>
        <translation>No se pudo hacer una copia de seguridad de la caja fuerte antes de actualizarla.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Sqlite.cpp" line="209"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>El disco está lleno. No se ha guardado nada; libera algo de espacio e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Sqlite.cpp" line="213"/>
        <source>The vault database is damaged or was not written by Rebound.</source>
        <translation>La base de datos de la caja fuerte está dañada o no la escribió Rebound.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Sqlite.cpp" line="218"/>
        <source>The vault could not be read or written (%1).</source>
        <translation>No se pudo leer ni escribir en la caja fuerte (%1).</translation>
    </message>
    <message>
        <location filename="../backend/storage/Sqlite.cpp" line="220"/>
        <source>The data was refused by the vault (%1).</source>
        <translation>La caja fuerte rechazó los datos (%1).</translation>
    </message>
    <message>
        <location filename="../backend/storage/Sqlite.cpp" line="222"/>
        <source>A storage error occurred (%1).</source>
        <translation>Se produjo un error de almacenamiento (%1).</translation>
    </message>
    <message>
        <location filename="../backend/storage/Sqlite.cpp" line="321"/>
        <source>The database key has the wrong size.</source>
        <translation>La clave de la base de datos tiene un tamaño incorrecto.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Sqlite.cpp" line="362"/>
        <source>The vault could not switch to write-ahead logging.</source>
        <translation>La caja fuerte no pudo pasar al registro de escritura anticipada (WAL).</translation>
    </message>
    <message>
        <location filename="../backend/storage/Sqlite.cpp" line="369"/>
        <source>The vault database did not accept its security settings.</source>
        <translation>La base de datos de la caja fuerte no aceptó su configuración de seguridad.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Store.cpp" line="27"/>
        <source>The vault database has no device identity.</source>
        <translation>La base de datos de la caja fuerte no tiene identidad de dispositivo.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Store.cpp" line="109"/>
        <location filename="../backend/storage/Store.cpp" line="122"/>
        <source>That record no longer exists.</source>
        <translation>Ese registro ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Store.cpp" line="142"/>
        <source>There is nothing deleted to bring back.</source>
        <translation>No hay nada eliminado que recuperar.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../qml/components/StrengthMeter.qml" line="23"/>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../qml/components/StrengthMeter.qml" line="23"/>
        <source>Passphrase strength: %1</source>
        <translation>Seguridad de la frase de contraseña: %1</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../backend/storage/SyncRepository.cpp" line="550"/>
        <source>That earlier version is no longer kept.</source>
        <translation>Esa versión anterior ya no se conserva.</translation>
    </message>
    <message>
        <location filename="../backend/storage/SyncRepository.cpp" line="556"/>
        <source>That earlier version belongs to something this version of Rebound cannot show.</source>
        <translation>Esa versión anterior pertenece a algo que esta versión de Rebound no puede mostrar.</translation>
    </message>
    <message>
        <location filename="../backend/storage/SyncRepository.cpp" line="567"/>
        <source>What this earlier version belongs to was deleted, so it cannot be restored.</source>
        <translation>Aquello a lo que pertenece esta versión anterior se eliminó, así que no se puede restaurar.</translation>
    </message>
    <message>
        <location filename="../backend/sync/Bytes.h" line="14"/>
        <source>Sync data is damaged or was altered (%1).</source>
        <translation>Los datos de sincronización están dañados o se modificaron (%1).</translation>
    </message>
    <message>
        <location filename="../backend/sync/FolderStore.cpp" line="32"/>
        <source>The disk of the sync folder is full: %1 was not written. Free some space, then sync again.</source>
        <translation>El disco de la carpeta de sincronización está lleno: no se escribió %1. Libera algo de espacio y vuelve a sincronizar.</translation>
    </message>
    <message>
        <location filename="../backend/sync/FolderStore.cpp" line="35"/>
        <source>Could not use %1 in the sync folder (%2).</source>
        <translation>No se pudo usar %1 en la carpeta de sincronización (%2).</translation>
    </message>
    <message>
        <location filename="../backend/sync/FolderStore.cpp" line="62"/>
        <source>The folder for %1 is missing in the sync folder.</source>
        <translation>Falta la carpeta de %1 en la carpeta de sincronización.</translation>
    </message>
    <message>
        <location filename="../backend/sync/FolderStore.cpp" line="123"/>
        <source>Refused the sync path &quot;%1&quot;: it must stay inside the sync folder.</source>
        <translation>Se rechazó la ruta de sincronización «%1»: debe quedar dentro de la carpeta de sincronización.</translation>
    </message>
    <message>
        <location filename="../backend/sync/FolderStore.cpp" line="144"/>
        <location filename="../backend/sync/FolderStore.cpp" line="149"/>
        <source>Could not read %1 in the sync folder (%2).</source>
        <translation>No se pudo leer %1 en la carpeta de sincronización (%2).</translation>
    </message>
    <message>
        <location filename="../backend/sync/FolderStore.cpp" line="250"/>
        <source>Could not create the folder %1 in the sync folder.</source>
        <translation>No se pudo crear la carpeta %1 en la carpeta de sincronización.</translation>
    </message>
    <message>
        <location filename="../backend/sync/FolderStore.cpp" line="259"/>
        <source>Could not delete %1 in the sync folder.</source>
        <translation>No se pudo eliminar %1 en la carpeta de sincronización.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="57"/>
        <location filename="../backend/sync/SyncService.cpp" line="176"/>
        <location filename="../backend/sync/SyncService.cpp" line="188"/>
        <location filename="../backend/sync/SyncService.cpp" line="197"/>
        <location filename="../backend/sync/SyncService.cpp" line="209"/>
        <location filename="../backend/ui/SyncWorker.cpp" line="90"/>
        <source>Sync is not set up on this device.</source>
        <translation>La sincronización no está configurada en este dispositivo.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="144"/>
        <source>Sync was stopped. It picks up where it left off next time.</source>
        <translation>Se detuvo la sincronización. La próxima vez continuará donde se quedó.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="152"/>
        <source>The sync header changed on the server meanwhile (another device?). Sync, then try again.</source>
        <translation>Mientras tanto, la cabecera de sincronización cambió en el servidor (¿otro dispositivo?). Sincroniza y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="174"/>
        <source>There is already a Rebound sync in this folder. Join it instead, or choose an empty folder.</source>
        <translation>Ya hay una sincronización de Rebound en esta carpeta. Únete a ella o elige una carpeta vacía.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="184"/>
        <source>Another device set up sync in this folder at the same moment. Join it instead.</source>
        <translation>Otro dispositivo configuró la sincronización en esta carpeta en el mismo momento. Únete a ella.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="209"/>
        <source>There is no Rebound sync in this folder yet. Set one up instead.</source>
        <translation>Aún no hay ninguna sincronización de Rebound en esta carpeta. Configura una.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="234"/>
        <source>The sync header is missing from the server. If the folder was emptied on purpose, turn sync off and set it up again.</source>
        <translation>Falta la cabecera de sincronización en el servidor. Si la carpeta se vació a propósito, desactiva la sincronización y vuelve a configurarla.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="240"/>
        <location filename="../backend/sync/SyncEngine.cpp" line="760"/>
        <source>The sync header is missing from the server.</source>
        <translation>Falta la cabecera de sincronización en el servidor.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="243"/>
        <source>The folder on the server now holds a different sync. Nothing was changed here; check the server address.</source>
        <translation>La carpeta del servidor contiene ahora otra sincronización. Aquí no se ha cambiado nada; comprueba la dirección del servidor.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="252"/>
        <location filename="../backend/sync/SyncEngine.cpp" line="281"/>
        <source>The sync passphrase was changed on another device. Enter the new one to keep syncing.</source>
        <translation>La frase de contraseña de sincronización se cambió en otro dispositivo. Introduce la nueva para seguir sincronizando.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="257"/>
        <source>The server holds an older copy of the sync header than this device has seen. It was refused; check the server&apos;s backups.</source>
        <translation>El servidor tiene una copia de la cabecera de sincronización más antigua que la que ya vio este dispositivo. Se rechazó; revisa las copias de seguridad del servidor.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="261"/>
        <source>The sync header on the server lost a key. It was refused.</source>
        <translation>La cabecera de sincronización del servidor perdió una clave. Se rechazó.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="286"/>
        <source>Checking the server</source>
        <translation>Comprobando el servidor</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="289"/>
        <source>The sync folder is gone from the server. If it was deleted on purpose, turn sync off and set it up again.</source>
        <translation>La carpeta de sincronización ya no está en el servidor. Si se eliminó a propósito, desactiva la sincronización y vuelve a configurarla.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="308"/>
        <source>Receiving the saved state</source>
        <translation>Recibiendo el estado guardado</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="331"/>
        <source>Receiving changes</source>
        <translation>Recibiendo cambios</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="353"/>
        <source>another device</source>
        <translation>otro dispositivo</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="356"/>
        <location filename="../backend/sync/SyncEngine.cpp" line="404"/>
        <source>Changes from %1 are dated more than 5 minutes ahead of this device&apos;s clock, so they were not applied. Check the date and time on both devices.</source>
        <translation>Los cambios de %1 tienen una fecha más de 5 minutos por delante del reloj de este dispositivo, así que no se aplicaron. Comprueba la fecha y la hora en ambos dispositivos.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="360"/>
        <source>The server shows an older state of %1 than this device has already received (a rollback). Nothing was applied.</source>
        <translation>El servidor muestra un estado de %1 más antiguo que el que este dispositivo ya recibió (una vuelta atrás). No se aplicó nada.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="364"/>
        <source>The history of %1 on the server does not match what this device received before. Nothing was applied.</source>
        <translation>El historial de %1 en el servidor no coincide con lo que este dispositivo recibió antes. No se aplicó nada.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="386"/>
        <location filename="../backend/sync/SyncEngine.cpp" line="416"/>
        <source>The latest changes from %1 do not match its head on the server. Nothing more was applied.</source>
        <translation>Los últimos cambios de %1 no coinciden con su cabecera en el servidor. No se aplicó nada más.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="393"/>
        <source>A batch of changes from %1 is missing on the server (number %2 of %3). Nothing after it was applied.</source>
        <translation>Falta en el servidor un lote de cambios de %1 (número %2 de %3). No se aplicó nada posterior.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="445"/>
        <source>Another writer used this device&apos;s place on the server. Turn sync off on this device and join again.</source>
        <translation>Otro proceso escribió en el lugar de este dispositivo en el servidor. Desactiva la sincronización en este dispositivo y vuelve a unirte.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="450"/>
        <source>The server said it saved the changes but did not keep them. Nothing was lost here; sync again later or check the server.</source>
        <translation>El servidor dijo que guardó los cambios, pero no los conservó. Aquí no se perdió nada; vuelve a sincronizar más tarde o revisa el servidor.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="456"/>
        <source>Sending changes</source>
        <translation>Enviando cambios</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="591"/>
        <source>Another writer changed this device&apos;s head on the server. Turn sync off on this device and join again.</source>
        <translation>Otro proceso cambió la cabecera de este dispositivo en el servidor. Desactiva la sincronización en este dispositivo y vuelve a unirte.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="651"/>
        <source>A saved state on the server is mixed up from different parts. It was not applied.</source>
        <translation>Un estado guardado en el servidor mezcla partes distintas. No se aplicó.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="763"/>
        <source>The folder on the server now holds a different sync.</source>
        <translation>La carpeta del servidor contiene ahora otra sincronización.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncEngine.cpp" line="767"/>
        <source>The server holds an older copy of the sync header than this device has seen. It was refused.</source>
        <translation>El servidor tiene una copia de la cabecera de sincronización más antigua que la que ya vio este dispositivo. Se rechazó.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncFormat.cpp" line="265"/>
        <source>This sync was written by a newer Rebound. Update the app on this device to keep syncing.</source>
        <translation>Esta sincronización la escribió una versión más reciente de Rebound. Actualiza la app en este dispositivo para seguir sincronizando.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncFormat.cpp" line="295"/>
        <source>Sync data on the server failed its integrity check: it was altered, moved or replaced. Nothing from it was applied.</source>
        <translation>Los datos de sincronización del servidor no superaron la comprobación de integridad: se modificaron, movieron o sustituyeron. No se aplicó nada de ellos.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncKeys.cpp" line="50"/>
        <source>That sync passphrase does not open this sync. If it was changed on another device, enter the new one.</source>
        <translation>Esa frase de contraseña de sincronización no abre esta sincronización. Si se cambió en otro dispositivo, introduce la nueva.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncKeys.cpp" line="77"/>
        <source>Sync data uses a key this device does not have. Sync again after the other device has finished.</source>
        <translation>Los datos de sincronización usan una clave que este dispositivo no tiene. Vuelve a sincronizar cuando el otro dispositivo haya terminado.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncKeys.cpp" line="122"/>
        <source>This sync was set up by a newer Rebound. Update the app on this device to join it.</source>
        <translation>Esta sincronización la configuró una versión más reciente de Rebound. Actualiza la app en este dispositivo para unirte.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncKeys.cpp" line="125"/>
        <source>The sync header on the server is of an older, refused format.</source>
        <translation>La cabecera de sincronización del servidor tiene un formato antiguo que se rechaza.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncKeys.cpp" line="135"/>
        <source>The sync header on the server asks for a weaker key derivation than Rebound allows. It was refused.</source>
        <translation>La cabecera de sincronización del servidor pide una derivación de clave más débil de lo que Rebound permite. Se rechazó.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncService.cpp" line="143"/>
        <source>Unnamed device</source>
        <translation>Dispositivo sin nombre</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncService.cpp" line="150"/>
        <source>Sync is already set up on this device. Turn it off first.</source>
        <translation>La sincronización ya está configurada en este dispositivo. Desactívala primero.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncService.cpp" line="152"/>
        <source>Enter the server address or folder.</source>
        <translation>Introduce la dirección del servidor o la carpeta.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncService.cpp" line="154"/>
        <location filename="../backend/ui/SyncController.cpp" line="420"/>
        <source>Enter the sync passphrase.</source>
        <translation>Introduce la frase de contraseña de sincronización.</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncService.cpp" line="158"/>
        <source>Joining the sync</source>
        <translation>Uniéndose a la sincronización</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncService.cpp" line="158"/>
        <source>Setting up sync</source>
        <translation>Configurando la sincronización</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncService.cpp" line="169"/>
        <source>Sync is set up, but the first sync did not finish: %1</source>
        <translation>La sincronización está configurada, pero la primera sincronización no terminó: %1</translation>
    </message>
    <message>
        <location filename="../backend/sync/SyncService.cpp" line="199"/>
        <source>Enter the new sync passphrase.</source>
        <translation>Introduce la nueva frase de contraseña de sincronización.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="78"/>
        <source>&quot;%1&quot; is not a WebDAV address: it should look like https://example.org/dav/.</source>
        <translation>«%1» no es una dirección WebDAV: debería parecerse a https://example.org/dav/.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="82"/>
        <source>%1 uses plain http: your password would travel unprotected (the synced data itself stays encrypted). Use https, or confirm that you accept this.</source>
        <translation>%1 usa http sin cifrar: tu contraseña viajaría sin protección (los datos sincronizados siguen cifrados). Usa https o confirma que lo aceptas.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="190"/>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="197"/>
        <source>the answer was cut off (%1 of %2 bytes)</source>
        <translation>la respuesta se cortó (%1 de %2 bytes)</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="233"/>
        <source>%1 sends requests on to another server (%2). Enter that address instead, if you trust it.</source>
        <translation>%1 reenvía las peticiones a otro servidor (%2). Introduce esa dirección en su lugar, si confías en ella.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="242"/>
        <source>%1 redirects in circles.</source>
        <translation>%1 redirige en círculos.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="249"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="254"/>
        <source>Could not reach %1 (%2). Sync will try again later.</source>
        <translation>No se pudo conectar con %1 (%2). La sincronización lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="260"/>
        <source>The server %1 refused the account &quot;%2&quot;: check the user name and password.</source>
        <translation>El servidor %1 rechazó la cuenta «%2»: comprueba el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="264"/>
        <source>The server %1 is out of space. Free some space there, then sync again.</source>
        <translation>El servidor %1 se ha quedado sin espacio. Libera algo de espacio allí y vuelve a sincronizar.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="267"/>
        <source>The server %1 answered HTTP %2 to %3 %4.</source>
        <translation>El servidor %1 respondió HTTP %2 a %3 %4.</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="348"/>
        <source>The server sent a folder listing that could not be read (%1).</source>
        <translation>El servidor envió un listado de carpeta que no se pudo leer (%1).</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="422"/>
        <source>The server %1 does not allow safe overwrites (it gives only weak ETags).</source>
        <translation>El servidor %1 no permite sobrescrituras seguras (solo da ETags débiles).</translation>
    </message>
    <message>
        <location filename="../backend/sync/WebDavStore.cpp" line="448"/>
        <source>The server %1 could not create the folder %2.</source>
        <translation>El servidor %1 no pudo crear la carpeta %2.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="37"/>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/SyncController.cpp" line="39"/>
        <source>%n minutes ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/SyncController.cpp" line="41"/>
        <source>%n hours ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/SyncController.cpp" line="43"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="44"/>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="50"/>
        <source>Journal entry</source>
        <translation>Entrada del diario</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="51"/>
        <source>Check-in</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="52"/>
        <source>Small win</source>
        <translation>Pequeño logro</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="53"/>
        <source>Application</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="54"/>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="55"/>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="56"/>
        <source>Person on an application</source>
        <translation>Persona de una candidatura</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="57"/>
        <source>After-rejection steps</source>
        <translation>Pasos tras un rechazo</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="58"/>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="59"/>
        <source>Skills action</source>
        <translation>Acción de habilidad</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="60"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="61"/>
        <source>Review checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="62"/>
        <source>Checklist question</source>
        <translation>Pregunta de la lista</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="63"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="64"/>
        <source>Review answer</source>
        <translation>Respuesta de revisión</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="65"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="66"/>
        <source>Interaction</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="67"/>
        <source>Outreach message</source>
        <translation>Mensaje de contacto</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="68"/>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="72"/>
        <source>Record</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="78"/>
        <location filename="../backend/ui/SyncController.cpp" line="79"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="80"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="81"/>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="82"/>
        <source>reflection</source>
        <translation>reflexión</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="83"/>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="84"/>
        <source>pitch</source>
        <translation>presentación</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="85"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="217"/>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="264"/>
        <source>Sync is set up.</source>
        <translation>La sincronización está configurada.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="268"/>
        <source>Synced.</source>
        <translation>Sincronizado.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="271"/>
        <source>Sync passphrase accepted.</source>
        <translation>Frase de contraseña de sincronización aceptada.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="274"/>
        <source>Sync passphrase changed. Other devices will ask for it.</source>
        <translation>Frase de contraseña de sincronización cambiada. Los demás dispositivos la pedirán.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="278"/>
        <source>Sync is off on this device.</source>
        <translation>La sincronización está desactivada en este dispositivo.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="281"/>
        <source>Restored.</source>
        <translation>Restaurado.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="326"/>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="327"/>
        <source>Last synced %1</source>
        <translation>Última sincronización %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="334"/>
        <source>Last heard from %1</source>
        <translation>Última señal %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="335"/>
        <source>Not heard from yet</source>
        <translation>Sin señal todavía</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="346"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="352"/>
        <source>Kept %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="386"/>
        <source>Unlock the vault to set up sync.</source>
        <translation>Desbloquea la caja fuerte para configurar la sincronización.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="388"/>
        <source>Choose a folder for the sync data.</source>
        <translation>Elige una carpeta para los datos de sincronización.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="389"/>
        <source>Enter the server address.</source>
        <translation>Introduce la dirección del servidor.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="391"/>
        <source>Enter a sync passphrase.</source>
        <translation>Introduce una frase de contraseña de sincronización.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="394"/>
        <source>This address is not encrypted (http). Confirm that you want to use it, or use https.</source>
        <translation>Esta dirección no está cifrada (http). Confirma que quieres usarla, o usa https.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncController.cpp" line="432"/>
        <source>Enter a new sync passphrase.</source>
        <translation>Introduce una nueva frase de contraseña de sincronización.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncWorker.cpp" line="29"/>
        <source>The vault is locked. Unlock it to sync.</source>
        <translation>La caja fuerte está bloqueada. Desbloquéala para sincronizar.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncWorker.cpp" line="44"/>
        <source>Sync was stopped.</source>
        <translation>Se detuvo la sincronización.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncWorker.cpp" line="55"/>
        <source>Sync stopped because of an unexpected error. Nothing was lost; it will try again later.</source>
        <translation>La sincronización se detuvo por un error inesperado. No se perdió nada; lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SyncWorker.cpp" line="89"/>
        <source>Enter the new sync passphrase first.</source>
        <translation>Primero introduce la nueva frase de contraseña de sincronización.</translation>
    </message>
</context>
<context>
    <name>SyncConflictRow</name>
    <message>
        <location filename="../qml/settings/SyncConflictRow.qml" line="57"/>
        <source>Kept version: %1</source>
        <translation>Versión conservada: %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncConflictRow.qml" line="64"/>
        <source>Shown now: %1</source>
        <translation>Se muestra ahora: %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncConflictRow.qml" line="78"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncConflictRow.qml" line="80"/>
        <source>Dismiss the kept version of %1</source>
        <translation>Descartar la versión conservada de %1</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncConflictRow.qml" line="85"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncConflictRow.qml" line="87"/>
        <source>Restore the kept version of %1</source>
        <translation>Restaurar la versión conservada de %1</translation>
    </message>
</context>
<context>
    <name>SyncDeviceRow</name>
    <message>
        <location filename="../qml/settings/SyncDeviceRow.qml" line="16"/>
        <location filename="../qml/settings/SyncDeviceRow.qml" line="31"/>
        <source>%1 (this device)</source>
        <translation>%1 (este dispositivo)</translation>
    </message>
</context>
<context>
    <name>SyncPassphraseDialog</name>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="42"/>
        <source>Enter the sync passphrase</source>
        <translation>Introduce la frase de contraseña de sincronización</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="42"/>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="141"/>
        <source>Change sync passphrase</source>
        <translation>Cambiar la frase de contraseña de sincronización</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="74"/>
        <source>The sync passphrase was changed on another device. Enter the new one to keep syncing.</source>
        <translation>La frase de contraseña de sincronización se cambió en otro dispositivo. Introduce la nueva para seguir sincronizando.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="74"/>
        <source>Your other devices will ask for the new passphrase once. Nobody can recover it: keep it somewhere safe.</source>
        <translation>Tus otros dispositivos te pedirán la nueva frase de contraseña una vez. Nadie puede recuperarla: guárdala en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="84"/>
        <source>Sync passphrase</source>
        <translation>Frase de contraseña de sincronización</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="84"/>
        <source>New sync passphrase</source>
        <translation>Nueva frase de contraseña de sincronización</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="96"/>
        <source>Use at least %1 characters.</source>
        <translation>Usa al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="104"/>
        <source>Repeat the new sync passphrase</source>
        <translation>Repite la nueva frase de contraseña de sincronización</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="130"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="140"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="140"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncPassphraseDialog.qml" line="141"/>
        <source>Use this sync passphrase</source>
        <translation>Usar esta frase de contraseña de sincronización</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <location filename="../qml/settings/SyncProgress.qml" line="22"/>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncProgress.qml" line="27"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="29"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="53"/>
        <source>Keep your vault in step across your own devices, through a WebDAV server you use (Nextcloud, any hosting) or a synced folder.</source>
        <translation>Mantén tu caja fuerte al día en todos tus dispositivos, a través de un servidor WebDAV que uses (Nextcloud, cualquier alojamiento) o de una carpeta sincronizada.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="61"/>
        <source>It is end-to-end encrypted: the server never sees your words. You need the sync passphrase on every device, and nobody can recover it if it is lost.</source>
        <translation>Está cifrada de extremo a extremo: el servidor nunca ve tus palabras. Necesitas la frase de contraseña de sincronización en cada dispositivo, y nadie puede recuperarla si la pierdes.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="74"/>
        <source>Set up sync</source>
        <translation>Configurar la sincronización</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="81"/>
        <source>Join a sync</source>
        <translation>Unirse a una sincronización</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="82"/>
        <source>Join a sync set up on another device</source>
        <translation>Unirse a una sincronización configurada en otro dispositivo</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="97"/>
        <source>The sync passphrase was changed on another device. Enter the new one to keep syncing.</source>
        <translation>La frase de contraseña de sincronización se cambió en otro dispositivo. Introduce la nueva para seguir sincronizando.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="103"/>
        <source>Enter sync passphrase</source>
        <translation>Introducir la frase de contraseña de sincronización</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="112"/>
        <source>%1 as %2</source>
        <translation>%1 como %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/SyncSection.qml" line="113"/>
        <source>%n changes waiting to be sent.</source>
        <translation>
            <numerusform>%n cambio pendiente de enviar.</numerusform>
            <numerusform>%n cambios pendientes de enviar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="113"/>
        <source>Everything is sent.</source>
        <translation>Todo está enviado.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="119"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="139"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/settings/SyncSection.qml" line="163"/>
        <source>%n versions kept from edits on two devices</source>
        <translation>
            <numerusform>%n versión conservada de ediciones en dos dispositivos</numerusform>
            <numerusform>%n versiones conservadas de ediciones en dos dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="174"/>
        <source>The newest edit is shown. Restore an older one to make it current again, or dismiss it.</source>
        <translation>Se muestra la edición más reciente. Restaura una anterior para que vuelva a ser la actual, o descártala.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="201"/>
        <source>Sync passphrase</source>
        <translation>Frase de contraseña de sincronización</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="202"/>
        <source>Choose a new one. Your other devices will ask for it once.</source>
        <translation>Elige una nueva. Tus otros dispositivos te la pedirán una vez.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="205"/>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="207"/>
        <source>Change sync passphrase</source>
        <translation>Cambiar la frase de contraseña de sincronización</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="214"/>
        <location filename="../qml/settings/SyncSection.qml" line="220"/>
        <source>Turn off sync on this device</source>
        <translation>Desactivar la sincronización en este dispositivo</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="215"/>
        <source>The data on the server stays, for your other devices.</source>
        <translation>Los datos del servidor se conservan para tus otros dispositivos.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="218"/>
        <source>Turn off…</source>
        <translation>Desactivar…</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="247"/>
        <source>Turn off sync on this device?</source>
        <translation>¿Desactivar la sincronización en este dispositivo?</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="254"/>
        <source>This device stops syncing and forgets the account and the sync keys. Your entries stay on this device, and the encrypted data on the server stays for your other devices. You can join again later with the sync passphrase.</source>
        <translation>Este dispositivo deja de sincronizar y olvida la cuenta y las claves de sincronización. Tus entradas se quedan en este dispositivo, y los datos cifrados del servidor se conservan para tus otros dispositivos. Puedes volver a unirte más adelante con la frase de contraseña de sincronización.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="270"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="277"/>
        <source>Turn off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSection.qml" line="278"/>
        <source>Turn off sync</source>
        <translation>Desactivar la sincronización</translation>
    </message>
</context>
<context>
    <name>SyncSetupDialog</name>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="40"/>
        <source>Join a sync</source>
        <translation>Unirse a una sincronización</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="40"/>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="257"/>
        <source>Set up sync</source>
        <translation>Configurar la sincronización</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="90"/>
        <source>Use the place and the sync passphrase you chose on your other device.</source>
        <translation>Usa el lugar y la frase de contraseña de sincronización que elegiste en tu otro dispositivo.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="90"/>
        <source>Choose an empty folder on your server or a synced folder. Rebound keeps everything there encrypted.</source>
        <translation>Elige una carpeta vacía en tu servidor o una carpeta sincronizada. Rebound guarda allí todo cifrado.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="99"/>
        <source>Where the sync data goes</source>
        <translation>Dónde van los datos de sincronización</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="103"/>
        <source>WebDAV server</source>
        <translation>Servidor WebDAV</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="106"/>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="113"/>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="124"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="113"/>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="124"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
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
        <translation>Usar de todos modos esta dirección sin cifrar (http). Tus datos siguen cifrados, pero la contraseña de tu cuenta se puede leer por el camino.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="134"/>
        <source>Use the unencrypted http address anyway</source>
        <translation>Usar de todos modos la dirección http sin cifrar</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="148"/>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="159"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="168"/>
        <source>Account password</source>
        <translation>Contraseña de la cuenta</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="176"/>
        <source>Sync passphrase</source>
        <translation>Frase de contraseña de sincronización</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="177"/>
        <source>At least %1 characters</source>
        <translation>Al menos %1 caracteres</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="188"/>
        <source>Use at least %1 characters.</source>
        <translation>Usa al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="196"/>
        <source>Repeat the sync passphrase</source>
        <translation>Repite la frase de contraseña de sincronización</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="204"/>
        <source>You need this passphrase on every device. Nobody can recover it: keep it somewhere safe.</source>
        <translation>Necesitas esta frase de contraseña en cada dispositivo. Nadie puede recuperarla: guárdala en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="212"/>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="222"/>
        <source>This device&apos;s name</source>
        <translation>Nombre de este dispositivo</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="246"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="256"/>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="256"/>
        <source>Set up</source>
        <translation>Configurar</translation>
    </message>
    <message>
        <location filename="../qml/settings/SyncSetupDialog.qml" line="257"/>
        <source>Join the sync</source>
        <translation>Unirse a la sincronización</translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <location filename="../qml/components/TagChip.qml" line="56"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>TagInput</name>
    <message>
        <location filename="../qml/components/TagInput.qml" line="59"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../qml/components/TagInput.qml" line="83"/>
        <source>Add another tag</source>
        <translation>Añadir otra etiqueta</translation>
    </message>
    <message>
        <location filename="../qml/components/TagInput.qml" line="83"/>
        <source>Add a tag, e.g. interview</source>
        <translation>Añade una etiqueta, p. ej., entrevista</translation>
    </message>
    <message>
        <location filename="../qml/components/TagInput.qml" line="89"/>
        <source>New tag</source>
        <translation>Nueva etiqueta</translation>
    </message>
</context>
<context>
    <name>TemplateList</name>
    <message>
        <location filename="../qml/journal/TemplateList.qml" line="17"/>
        <source>Blank entry</source>
        <translation>Entrada en blanco</translation>
    </message>
    <message>
        <location filename="../qml/journal/TemplateList.qml" line="18"/>
        <source>Start from an empty page.</source>
        <translation>Empieza con una página vacía.</translation>
    </message>
    <message>
        <location filename="../qml/journal/TemplateList.qml" line="51"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../qml/journal/TemplatePicker.qml" line="22"/>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <location filename="../qml/journal/TemplatePicker.qml" line="30"/>
        <source>Start from a blank page or let a few questions guide you. You can change every word.</source>
        <translation>Empieza con una página en blanco o deja que unas preguntas te guíen. Puedes cambiar cada palabra.</translation>
    </message>
    <message>
        <location filename="../qml/journal/TemplatePicker.qml" line="67"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <translation>El nombre</translation>
    </message>
    <message>
        <location filename="../backend/cli/CliJobs.cpp" line="48"/>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="54"/>
        <source>The e-mail address</source>
        <translation>La dirección de correo</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="37"/>
        <location filename="../backend/core/TextRules.cpp" line="40"/>
        <source>%1 contains a broken character.</source>
        <translation>%1 contiene un carácter dañado.</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="44"/>
        <source>%1 contains a control character (U+%2).</source>
        <translation>%1 contiene un carácter de control (U+%2).</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="47"/>
        <source>%1 must be a single line.</source>
        <translation>%1 debe ocupar una sola línea.</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="54"/>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1 tiene demasiados caracteres (%2; como máximo %3).</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="80"/>
        <source>A tag</source>
        <translation>Una etiqueta</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="87"/>
        <source>Tags cannot contain “|” or commas.</source>
        <translation>Las etiquetas no pueden contener «|» ni comas.</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="95"/>
        <source>Too many tags (at most %1).</source>
        <translation>Demasiadas etiquetas (como máximo %1).</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="101"/>
        <source>Please give a valid date (from 1900 on).</source>
        <translation>Indica una fecha válida (a partir de 1900).</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="104"/>
        <source>%1 is in the future; entries are for days that have begun.</source>
        <translation>%1 está en el futuro; las entradas son para días que ya han empezado.</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="113"/>
        <source>%1: “%2” is not a known item.</source>
        <translation>%1: «%2» no es un elemento conocido.</translation>
    </message>
    <message>
        <location filename="../backend/core/TextRules.cpp" line="118"/>
        <source>%1: too many (at most %2).</source>
        <translation>%1: se supera el máximo de %2.</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="24"/>
        <source>The link</source>
        <translation>El enlace</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="58"/>
        <source>The contact</source>
        <translation>El contacto</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="80"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="89"/>
        <source>The company</source>
        <translation>La empresa</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="83"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="90"/>
        <source>The role</source>
        <translation>El puesto</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="85"/>
        <source>The source</source>
        <translation>La fuente</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="87"/>
        <source>The location</source>
        <translation>La ubicación</translation>
    </message>
    <message>
        <location filename="../backend/storage/ApplicationRepository.cpp" line="102"/>
        <location filename="../backend/storage/ContactRepository.cpp" line="130"/>
        <location filename="../backend/storage/GoalRepository.cpp" line="62"/>
        <location filename="../backend/storage/InterviewRepository.cpp" line="56"/>
        <source>The notes</source>
        <translation>Las notas</translation>
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
        <translation>La nota</translation>
    </message>
    <message>
        <location filename="../backend/storage/CheckInRepository.cpp" line="90"/>
        <location filename="../backend/storage/JournalRepository.cpp" line="92"/>
        <source>Emotions</source>
        <translation>Emociones</translation>
    </message>
    <message>
        <location filename="../backend/storage/CheckInRepository.cpp" line="92"/>
        <source>Effort tags</source>
        <translation>Etiquetas de esfuerzo</translation>
    </message>
    <message>
        <location filename="../backend/storage/CheckInRepository.cpp" line="248"/>
        <location filename="../backend/storage/CheckInRepository.cpp" line="264"/>
        <source>The win</source>
        <translation>El logro</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="40"/>
        <source>The question</source>
        <translation>La pregunta</translation>
    </message>
    <message>
        <location filename="../backend/storage/ChecklistRepository.cpp" line="43"/>
        <source>The hint</source>
        <translation>La pista</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="48"/>
        <source>The profile link</source>
        <translation>El enlace del perfil</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="95"/>
        <source>An email</source>
        <translation>Un correo</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="112"/>
        <source>A phone number</source>
        <translation>Un número de teléfono</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="129"/>
        <source>How you met</source>
        <translation>Cómo conociste a esta persona</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="516"/>
        <source>The template name</source>
        <translation>El nombre de la plantilla</translation>
    </message>
    <message>
        <location filename="../backend/storage/ContactRepository.cpp" line="520"/>
        <location filename="../backend/storage/RejectionFlowRepository.cpp" line="81"/>
        <location filename="../backend/storage/RejectionFlowRepository.cpp" line="85"/>
        <source>The message</source>
        <translation>El mensaje</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="21"/>
        <source>A skill name</source>
        <translation>Un nombre de habilidad</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="40"/>
        <source>The feedback</source>
        <translation>Los comentarios</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="180"/>
        <source>Your pitch</source>
        <translation>Tu presentación</translation>
    </message>
    <message>
        <location filename="../backend/storage/FeedbackRepository.cpp" line="203"/>
        <location filename="../backend/storage/ReviewRepository.cpp" line="66"/>
        <source>The action</source>
        <translation>La acción</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="59"/>
        <location filename="../backend/storage/ReviewRepository.cpp" line="47"/>
        <source>The goal</source>
        <translation>El objetivo</translation>
    </message>
    <message>
        <location filename="../backend/storage/GoalRepository.cpp" line="131"/>
        <source>The north star</source>
        <translation>La estrella polar</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="52"/>
        <source>Questions that stumped you</source>
        <translation>Preguntas que te descolocaron</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="53"/>
        <source>Moments you felt less confident</source>
        <translation>Momentos en que sentiste menos confianza</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="54"/>
        <source>What went well</source>
        <translation>Lo que salió bien</translation>
    </message>
    <message>
        <location filename="../backend/storage/InterviewRepository.cpp" line="55"/>
        <source>What you would do differently</source>
        <translation>Lo que harías de otra forma</translation>
    </message>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="88"/>
        <source>The entry</source>
        <translation>La entrada</translation>
    </message>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="94"/>
        <source>Check-in</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../backend/storage/JournalRepository.cpp" line="96"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location filename="../backend/storage/RejectionFlowRepository.cpp" line="87"/>
        <source>The journal entry</source>
        <translation>La entrada del diario</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReminderRepository.cpp" line="28"/>
        <source>The title</source>
        <translation>El título</translation>
    </message>
    <message>
        <location filename="../backend/storage/ReviewRepository.cpp" line="200"/>
        <source>The summary</source>
        <translation>El resumen</translation>
    </message>
</context>
<context>
    <name>TimePicker</name>
    <message>
        <location filename="../qml/components/TimePicker.qml" line="14"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../qml/components/TimePicker.qml" line="31"/>
        <source>%1: %2:%3</source>
        <translation>%1: %2:%3</translation>
    </message>
    <message>
        <location filename="../qml/components/TimePicker.qml" line="51"/>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../qml/components/TimePicker.qml" line="82"/>
        <source>Minute</source>
        <translation>Minuto</translation>
    </message>
</context>
<context>
    <name>TodayCheckIns</name>
    <message>
        <location filename="../qml/today/TodayCheckIns.qml" line="20"/>
        <source>No check-ins yet today</source>
        <translation>Aún no hay registros hoy</translation>
    </message>
    <message>
        <location filename="../qml/today/TodayCheckIns.qml" line="21"/>
        <source>1 check-in</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <location filename="../qml/today/TodayCheckIns.qml" line="21"/>
        <source>%1 check-ins</source>
        <translation>%1 registros</translation>
    </message>
    <message>
        <location filename="../qml/today/TodayCheckIns.qml" line="22"/>
        <source>Today so far: %1, %2</source>
        <translation>Hoy por ahora: %1, %2</translation>
    </message>
    <message>
        <location filename="../qml/today/TodayCheckIns.qml" line="22"/>
        <source>Today so far: %1</source>
        <translation>Hoy por ahora: %1</translation>
    </message>
    <message>
        <location filename="../qml/today/TodayCheckIns.qml" line="67"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/today/TodayCheckIns.qml" line="120"/>
        <source>Delete check-in from %1</source>
        <translation>Eliminar el registro de las %1</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="54"/>
        <source>Check-in saved. Be gentle with yourself today.</source>
        <translation>Registro guardado. Sé amable contigo hoy.</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="54"/>
        <source>Check-in saved</source>
        <translation>Registro guardado</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="73"/>
        <source>Check-in deleted</source>
        <translation>Registro eliminado</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="78"/>
        <source>Win deleted</source>
        <translation>Logro eliminado</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="83"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="203"/>
        <source>Reminder done</source>
        <translation>Recordatorio hecho</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="217"/>
        <source>Win saved. Well done.</source>
        <translation>Logro guardado. ¡Bien hecho!</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="259"/>
        <source>Entry saved</source>
        <translation>Entrada guardada</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="260"/>
        <source>Entry deleted</source>
        <translation>Entrada eliminada</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="269"/>
        <source>North star cleared</source>
        <translation>Estrella polar borrada</translation>
    </message>
    <message>
        <location filename="../qml/pages/TodayPage.qml" line="271"/>
        <source>North star saved. Keep your eye on it.</source>
        <translation>Estrella polar guardada. No la pierdas de vista.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../qml/vault/UnlockPage.qml" line="20"/>
        <source>Welcome back</source>
        <translation>Hola de nuevo</translation>
    </message>
    <message>
        <location filename="../qml/vault/UnlockPage.qml" line="21"/>
        <source>Your journal is locked. Enter your passphrase to open it.</source>
        <translation>Tu diario está bloqueado. Introduce tu frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <location filename="../qml/vault/UnlockPage.qml" line="40"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../qml/vault/UnlockPage.qml" line="62"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <location filename="../qml/vault/UnlockPage.qml" line="62"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../qml/vault/UnlockPage.qml" line="73"/>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <location filename="../backend/services/VCard.cpp" line="383"/>
        <source>Line %1: unknown character set &quot;%2&quot;; read as UTF-8.</source>
        <translation>Línea %1: juego de caracteres «%2» desconocido; se leyó como UTF-8.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="400"/>
        <source>Line %1: BEGIN:VCARD inside another card (the card from line %2 has no END:VCARD).</source>
        <translation>Línea %1: BEGIN:VCARD dentro de otra tarjeta (la tarjeta de la línea %2 no tiene END:VCARD).</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="404"/>
        <source>Line %1: more than %2 cards in one file; split it into smaller files.</source>
        <translation>Línea %1: más de %2 tarjetas en un archivo; divídelo en archivos más pequeños.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="422"/>
        <source>Photos are not imported; they were skipped.</source>
        <translation>Las fotos no se importan; se omitieron.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="423"/>
        <source>Logos are not imported; they were skipped.</source>
        <translation>Los logotipos no se importan; se omitieron.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="424"/>
        <source>Sounds are not imported; they were skipped.</source>
        <translation>Los sonidos no se importan; se omitieron.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="425"/>
        <source>Keys are not imported; they were skipped.</source>
        <translation>Las claves no se importan; se omitieron.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="437"/>
        <source>Line %1: vCard version %2 is not supported (2.1, 3.0 and 4.0 are).</source>
        <translation>Línea %1: la versión %2 de vCard no es compatible (sí lo son 2.1, 3.0 y 4.0).</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="446"/>
        <source>Line %1: the text is not valid UTF-8.</source>
        <translation>Línea %1: el texto no es UTF-8 válido.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="447"/>
        <source>Line %1: the text is not valid %2.</source>
        <translation>Línea %1: el texto no es %2 válido.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="475"/>
        <source>Line %1: the organization is longer than %2 characters.</source>
        <translation>Línea %1: la organización tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="482"/>
        <source>Line %1: the title is longer than %2 characters.</source>
        <translation>Línea %1: el cargo tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="491"/>
        <source>Line %1: an email address is longer than %2 characters.</source>
        <translation>Línea %1: una dirección de correo tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="493"/>
        <source>Line %1: “%2” is not an email address.</source>
        <translation>Línea %1: «%2» no es una dirección de correo.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="499"/>
        <source>Line %1: more than %2 email addresses in one card.</source>
        <translation>Línea %1: más de %2 direcciones de correo en una tarjeta.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="510"/>
        <source>Line %1: a phone number is longer than %2 characters.</source>
        <translation>Línea %1: un número de teléfono tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="512"/>
        <source>Line %1: “%2” is not a phone number.</source>
        <translation>Línea %1: «%2» no es un número de teléfono.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="518"/>
        <source>Line %1: more than %2 phone numbers in one card.</source>
        <translation>Línea %1: más de %2 números de teléfono en una tarjeta.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="527"/>
        <source>Line %1: the URL is longer than %2 characters.</source>
        <translation>Línea %1: la URL tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="538"/>
        <source>Line %1: the notes are longer than %2 characters.</source>
        <translation>Línea %1: las notas tienen más de %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="570"/>
        <source>Line %1: &apos;how we met&apos; is longer than %2 characters.</source>
        <translation>Línea %1: «cómo nos conocimos» tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="583"/>
        <source>Line %1: X-REBOUND-CADENCE &quot;%2&quot; is not a number of days from 1 to %3; it was ignored.</source>
        <translation>Línea %1: X-REBOUND-CADENCE «%2» no es un número de días del 1 al %3; se ignoró.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="597"/>
        <source>Line %1: END:VCARD without a BEGIN:VCARD before it.</source>
        <translation>Línea %1: END:VCARD sin un BEGIN:VCARD antes.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="601"/>
        <source>Line %1: the contact group &quot;%2&quot; was skipped.</source>
        <translation>Línea %1: se omitió el grupo de contactos «%2».</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="607"/>
        <location filename="../backend/services/VCard.cpp" line="611"/>
        <source>Line %1: the name is longer than %2 characters.</source>
        <translation>Línea %1: el nombre tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="613"/>
        <source>Line %1: the card starting here has no name (FN or N).</source>
        <translation>Línea %1: la tarjeta que empieza aquí no tiene nombre (FN o N).</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="622"/>
        <source>The file is larger than %1 MB; vCard files that big are not read.</source>
        <translation>El archivo ocupa más de %1 MB; no se leen archivos vCard tan grandes.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="633"/>
        <source>The file starts like UTF-16 text but is not valid UTF-16.</source>
        <translation>El archivo empieza como texto UTF-16, pero no es UTF-16 válido.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="641"/>
        <source>Line %1: this line has no &apos;:&apos; between its name and value.</source>
        <translation>Línea %1: esta línea no tiene «:» entre su nombre y su valor.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="644"/>
        <source>Line %1: this line does not start with a property name.</source>
        <translation>Línea %1: esta línea no empieza con un nombre de propiedad.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="647"/>
        <source>Line %1: BEGIN:%2 where a vCard (BEGIN:VCARD) was expected.</source>
        <translation>Línea %1: BEGIN:%2 donde se esperaba una vCard (BEGIN:VCARD).</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="653"/>
        <source>Line %1: END:%2 where END:VCARD was expected.</source>
        <translation>Línea %1: END:%2 donde se esperaba END:VCARD.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="658"/>
        <source>Line %1: this line is outside a card (BEGIN:VCARD ... END:VCARD).</source>
        <translation>Línea %1: esta línea está fuera de una tarjeta (BEGIN:VCARD ... END:VCARD).</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="664"/>
        <source>Line %1: the card starting here has no END:VCARD.</source>
        <translation>Línea %1: la tarjeta que empieza aquí no tiene END:VCARD.</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="666"/>
        <source>The file contains no vCard (no BEGIN:VCARD line).</source>
        <translation>El archivo no contiene ninguna vCard (no hay ninguna línea BEGIN:VCARD).</translation>
    </message>
    <message>
        <location filename="../backend/services/VCard.cpp" line="672"/>
        <source>Categories that are not Rebound tags were left out: %1.</source>
        <translation>Se omitieron las categorías que no son etiquetas de Rebound: %1.</translation>
    </message>
</context>
<context>
    <name>ValueRows</name>
    <message>
        <location filename="../qml/people/ValueRows.qml" line="14"/>
        <source>Add another</source>
        <translation>Añadir otro</translation>
    </message>
    <message>
        <location filename="../qml/people/ValueRows.qml" line="70"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../qml/people/ValueRows.qml" line="77"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="41"/>
        <source>There is no vault in %1.</source>
        <translation>No hay ninguna caja fuerte en %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="43"/>
        <source>The vault header could not be read (%1).</source>
        <translation>No se pudo leer la cabecera de la caja fuerte (%1).</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="46"/>
        <source>The vault header (vault.json) is damaged.</source>
        <translation>La cabecera de la caja fuerte (vault.json) está dañada.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="54"/>
        <source>That passphrase does not unlock this vault.</source>
        <translation>Esa frase de contraseña no desbloquea esta caja fuerte.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="118"/>
        <source>Could not move aside an old database file in %1.</source>
        <translation>No se pudo apartar un archivo de base de datos antiguo en %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="127"/>
        <location filename="../backend/storage/Vault.cpp" line="136"/>
        <source>A vault already exists in %1.</source>
        <translation>Ya existe una caja fuerte en %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="129"/>
        <source>The key-derivation settings are out of the allowed range.</source>
        <translation>Los ajustes de derivación de la clave están fuera del rango permitido.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="131"/>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="159"/>
        <location filename="../backend/storage/Vault.cpp" line="167"/>
        <source>The vault&apos;s database file is missing.</source>
        <translation>Falta el archivo de base de datos de la caja fuerte.</translation>
    </message>
    <message>
        <location filename="../backend/storage/Vault.cpp" line="169"/>
        <location filename="../backend/storage/Vault.cpp" line="174"/>
        <source>The remembered key does not fit this vault.</source>
        <translation>La clave recordada no corresponde a esta caja fuerte.</translation>
    </message>
    <message>
        <location filename="../backend/storage/VaultHeader.cpp" line="16"/>
        <source>The vault header (vault.json) is damaged. Restore it from a backup; the passphrase cannot help until then.</source>
        <translation>La cabecera de la caja fuerte (vault.json) está dañada. Restáurala desde una copia de seguridad; hasta entonces, la frase de contraseña no puede ayudar.</translation>
    </message>
    <message>
        <location filename="../backend/storage/VaultHeader.cpp" line="167"/>
        <source>This vault uses format version %1, which this version of Rebound does not know. Please update the app.</source>
        <translation>Esta caja fuerte usa la versión de formato %1, que esta versión de Rebound no conoce. Actualiza la app.</translation>
    </message>
    <message>
        <location filename="../backend/storage/VaultHeader.cpp" line="176"/>
        <source>The vault header asks for weaker key protection than Rebound allows; it may have been tampered with.</source>
        <translation>La cabecera de la caja fuerte pide una protección de clave más débil de lo que Rebound permite; puede que la hayan manipulado.</translation>
    </message>
</context>
<context>
    <name>WinsCard</name>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="16"/>
        <source>Landed an interview</source>
        <translation>Conseguí una entrevista</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="16"/>
        <source>Good feedback</source>
        <translation>Buenos comentarios</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="16"/>
        <source>Reached a final round</source>
        <translation>Llegué a una ronda final</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="16"/>
        <source>Sent an application</source>
        <translation>Envié una candidatura</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="41"/>
        <source>Every step counts. Note your first one.</source>
        <translation>Cada paso cuenta. Anota el primero.</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="42"/>
        <source>1 win so far</source>
        <translation>1 logro hasta ahora</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="42"/>
        <source>%1 wins so far</source>
        <translation>%1 logros hasta ahora</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="76"/>
        <source>Small wins</source>
        <translation>Pequeños logros</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="103"/>
        <source>What went well?</source>
        <translation>¿Qué salió bien?</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="107"/>
        <source>New small win</source>
        <translation>Nuevo pequeño logro</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="114"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="115"/>
        <source>Add small win</source>
        <translation>Añadir pequeño logro</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="125"/>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="142"/>
        <source>Use suggestion: %1</source>
        <translation>Usar la sugerencia: %1</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="190"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/today/WinsCard.qml" line="226"/>
        <source>Delete win: %1</source>
        <translation>Eliminar logro: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../backend/app/Application.cpp" line="61"/>
        <source>Rebound: your private job-search companion.</source>
        <translation>Rebound: tu compañero privado en la búsqueda de empleo.</translation>
    </message>
    <message>
        <location filename="../backend/app/Application.cpp" line="65"/>
        <source>Vault folder.</source>
        <translation>Carpeta de la caja fuerte.</translation>
    </message>
    <message>
        <location filename="../backend/app/Application.cpp" line="68"/>
        <source>Render every page to PNG files and exit.</source>
        <translation>Genera cada página como archivos PNG y sale.</translation>
    </message>
    <message>
        <location filename="../backend/app/Application.cpp" line="71"/>
        <source>Window size, e.g. 390x844.</source>
        <translation>Tamaño de la ventana, p. ej. 390x844.</translation>
    </message>
    <message>
        <location filename="../backend/app/Application.cpp" line="75"/>
        <source>Screenshot mode: fill the throw-away vault with sample data.</source>
        <translation>Modo captura de pantalla: llena la caja fuerte desechable con datos de ejemplo.</translation>
    </message>
    <message>
        <location filename="../backend/app/Application.cpp" line="78"/>
        <source>Print the time to the first frame and exit (benchmark).</source>
        <translation>Muestra el tiempo hasta el primer fotograma y sale (prueba de rendimiento).</translation>
    </message>
    <message>
        <location filename="../backend/app/Application.cpp" line="80"/>
        <source>Screenshot mode: use the dark theme.</source>
        <translation>Modo captura de pantalla: usa el tema oscuro.</translation>
    </message>
    <message>
        <location filename="../backend/app/Application.cpp" line="83"/>
        <source>Screenshot mode: the language (en, de, es, fr or pseudo).</source>
        <translation>Modo de capturas: el idioma (en, de, es, fr o pseudo).</translation>
    </message>
    <message>
        <location filename="../backend/app/Application.cpp" line="98"/>
        <source>--size takes WIDTHxHEIGHT, e.g. 390x844.</source>
        <translation>--size admite WIDTHxHEIGHT, p. ej. 390x844.</translation>
    </message>
</context>
<context>
    <name>rebound::ApplicationController</name>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="58"/>
        <source>&quot;%1&quot; is not a date. Use the form 2026-11-24.</source>
        <translation>«%1» no es una fecha. Usa el formato 2026-11-24.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="64"/>
        <source>Write a salary as a whole number, such as 65000 or 65k.</source>
        <translation>Escribe el salario como un número entero, como 65000 o 65k.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="95"/>
        <source>A salary must be a whole number from 0 to 1,000,000,000,000.</source>
        <translation>Un salario debe ser un número entero de 0 a 1&#xa0;000&#xa0;000&#xa0;000&#xa0;000.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="136"/>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="138"/>
        <source>Tomorrow, %1</source>
        <translation>Mañana, %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="140"/>
        <source>Yesterday, %1</source>
        <translation>Ayer, %1</translation>
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
        <translation>desde %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="157"/>
        <source>up to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="302"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="341"/>
        <source>The application</source>
        <translation>La candidatura</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="374"/>
        <location filename="../backend/ui/ApplicationController.cpp" line="697"/>
        <source>The vault is locked.</source>
        <translation>La caja fuerte está bloqueada.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="391"/>
        <location filename="../backend/ui/ApplicationController.cpp" line="443"/>
        <source>Open an application first.</source>
        <translation>Primero abre una candidatura.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="435"/>
        <source>That application no longer exists.</source>
        <translation>Esa candidatura ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="537"/>
        <source>Pick a time between 00:00 and 23:59.</source>
        <translation>Elige una hora entre las 00:00 y las 23:59.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="603"/>
        <source>That interview no longer exists.</source>
        <translation>Esa entrevista ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="638"/>
        <location filename="../backend/ui/ApplicationController.cpp" line="676"/>
        <source>That feedback no longer exists.</source>
        <translation>Esos comentarios ya no existen.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="690"/>
        <source>job-applications</source>
        <translation>candidaturas</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="703"/>
        <source>Export as &quot;csv&quot; or &quot;json&quot;.</source>
        <translation>Exporta como &quot;csv&quot; o &quot;json&quot;.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="705"/>
        <source>Choose a file on this device to export to.</source>
        <translation>Elige un archivo de este dispositivo al que exportar.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="707"/>
        <source>&quot;%1&quot; is a folder. Choose a file name.</source>
        <translation>«%1» es una carpeta. Elige un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ApplicationController.cpp" line="716"/>
        <source>Could not write &quot;%1&quot;. Check that the folder exists and you may write there.</source>
        <translation>No se pudo escribir «%1». Comprueba que la carpeta existe y que puedes escribir en ella.</translation>
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
        <translation>Cerradas</translation>
    </message>
</context>
<context>
    <name>rebound::ChecklistController</name>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="20"/>
        <source>Not scheduled</source>
        <translation>Sin programar</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="22"/>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="23"/>
        <source>Every %1 weeks</source>
        <translation>Cada %1 semanas</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="32"/>
        <source>due today</source>
        <translation>toca hoy</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="34"/>
        <source>due tomorrow</source>
        <translation>toca mañana</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="36"/>
        <source>due in %1 days</source>
        <translation>toca en %1 días</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="38"/>
        <source>due on %1</source>
        <translation>toca el %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="40"/>
        <source>1 day overdue</source>
        <translation>lleva 1 día de retraso</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="41"/>
        <source>%1 days overdue</source>
        <translation>lleva %1 días de retraso</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="46"/>
        <source>Not reviewed yet</source>
        <translation>Aún sin revisar</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="48"/>
        <source>Last reviewed today</source>
        <translation>Última revisión hoy</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="49"/>
        <source>Last reviewed on %1</source>
        <translation>Última revisión el %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="58"/>
        <source>Copy of %1</source>
        <translation>Copia de %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="153"/>
        <source>%1 rejections in the last %2 days. That is a lot to carry: a review can help you see what to keep and what to change.</source>
        <translation>%1 rechazos en los últimos %2 días. Es mucho que cargar: una revisión puede ayudarte a ver qué mantener y qué cambiar.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="167"/>
        <source>Your review is waiting</source>
        <translation>Tu revisión te espera</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="170"/>
        <source>You started “%1” today. Pick up where you left off.</source>
        <translation>Empezaste «%1» hoy. Continúa donde lo dejaste.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="171"/>
        <source>You started “%1” on %2. Pick up where you left off.</source>
        <translation>Empezaste «%1» el %2. Continúa donde lo dejaste.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="177"/>
        <source>Time for a review</source>
        <translation>Hora de una revisión</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="179"/>
        <source>“%1” is %2. A calm look back helps you adjust course.</source>
        <translation>«%1» %2. Una mirada atrás con calma te ayuda a ajustar el rumbo.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="192"/>
        <source>A review might help now</source>
        <translation>Ahora podría ayudarte una revisión</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="204"/>
        <source>The vault is locked.</source>
        <translation>La caja fuerte está bloqueada.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="261"/>
        <location filename="../backend/ui/ChecklistController.cpp" line="273"/>
        <source>That checklist no longer exists.</source>
        <translation>Esa lista de verificación ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ChecklistController.cpp" line="300"/>
        <location filename="../backend/ui/ChecklistController.cpp" line="311"/>
        <source>That question no longer exists.</source>
        <translation>Esa pregunta ya no existe.</translation>
    </message>
</context>
<context>
    <name>rebound::ContactController</name>
    <message>
        <location filename="../backend/ui/ContactController.cpp" line="134"/>
        <source>off (no tag has a default)</source>
        <translation>desactivado (ninguna etiqueta tiene valor predeterminado)</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactController.cpp" line="135"/>
        <source>from tags: %1, %2</source>
        <translation>según etiquetas: %1, %2</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactController.cpp" line="173"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>La caja fuerte está bloqueada. Desbloquéala e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactController.cpp" line="196"/>
        <source>Pick a valid day.</source>
        <translation>Elige un día válido.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactController.cpp" line="245"/>
        <source>That contact no longer exists.</source>
        <translation>Ese contacto ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactController.cpp" line="301"/>
        <location filename="../backend/ui/ContactController.cpp" line="306"/>
        <source>That interaction no longer exists.</source>
        <translation>Esa interacción ya no existe.</translation>
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
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="215"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="217"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="219"/>
        <source>%1 days ago</source>
        <translation>hace %1 días</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="221"/>
        <source>%1 weeks ago</source>
        <translation>hace %1 semanas</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="223"/>
        <source>a month ago</source>
        <translation>hace un mes</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="223"/>
        <source>%1 months ago</source>
        <translation>hace %1 meses</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="224"/>
        <source>a year ago</source>
        <translation>hace un año</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="224"/>
        <source>%1 years ago</source>
        <translation>hace %1 años</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="232"/>
        <source>due today</source>
        <translation>toca hoy</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="234"/>
        <source>1 day overdue</source>
        <translation>1 día de retraso</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="234"/>
        <source>%1 days overdue</source>
        <translation>%1 días de retraso</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="236"/>
        <source>due tomorrow</source>
        <translation>toca mañana</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="237"/>
        <source>due in %1 days</source>
        <translation>toca en %1 días</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="242"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="243"/>
        <source>every day</source>
        <translation>cada día</translation>
    </message>
    <message>
        <location filename="../backend/ui/ContactListModel.cpp" line="243"/>
        <source>every %1 days</source>
        <translation>cada %1 días</translation>
    </message>
</context>
<context>
    <name>rebound::DataController</name>
    <message>
        <location filename="../backend/ui/DataController.cpp" line="149"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../backend/ui/DataController.cpp" line="161"/>
        <source>Export cancelled. Nothing was left behind.</source>
        <translation>Exportación cancelada. No ha quedado ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/DataController.cpp" line="164"/>
        <source>Exported %n journal entries and everything else to “%1”. These files are not encrypted: keep them somewhere safe.</source>
        <translation>
            <numerusform>Se exportaron %n entrada del diario y todo lo demás a «%1». Estos archivos no están cifrados: guárdalos en un lugar seguro.</numerusform>
            <numerusform>Se exportaron %n entradas del diario y todo lo demás a «%1». Estos archivos no están cifrados: guárdalos en un lugar seguro.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/DataController.cpp" line="177"/>
        <source>The two passphrases do not match.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../backend/ui/DataController.cpp" line="179"/>
        <source>Use at least %1 characters.</source>
        <translation>Usa al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../backend/ui/DataController.cpp" line="190"/>
        <source>Writing the backup…</source>
        <translation>Guardando la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../backend/ui/DataController.cpp" line="200"/>
        <source>Backup cancelled. No file was written.</source>
        <translation>Copia de seguridad cancelada. No se ha escrito ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/DataController.cpp" line="202"/>
        <source>Backed up %n records to “%1”. You need its passphrase to restore it.</source>
        <translation>
            <numerusform>Copia de seguridad de %n elemento guardada en «%1». Necesitas su frase de contraseña para restaurarla.</numerusform>
            <numerusform>Copia de seguridad de %n elementos guardada en «%1». Necesitas su frase de contraseña para restaurarla.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ui/DataController.cpp" line="218"/>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
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
            <numerusform>Importación completada: %n registro</numerusform>
            <numerusform>Importación completada: %n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/DataController.cpp" line="282"/>
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n entrada del diario</numerusform>
            <numerusform>%n entradas del diario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/DataController.cpp" line="284"/>
        <source>%n new effort tags</source>
        <translation>
            <numerusform>%n etiqueta de esfuerzo nueva</numerusform>
            <numerusform>%n etiquetas de esfuerzo nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ui/DataController.cpp" line="287"/>
        <source>%n entries were already imported and were skipped.</source>
        <translation>
            <numerusform>%n entrada ya estaba importada y se ha omitido.</numerusform>
            <numerusform>%n entradas ya estaban importadas y se han omitido.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::GoalsController</name>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="28"/>
        <source>Active since %1</source>
        <translation>Activo desde el %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="30"/>
        <source>Paused since %1</source>
        <translation>En pausa desde el %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="32"/>
        <source>Achieved on %1</source>
        <translation>Logrado el %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="33"/>
        <source>Dropped on %1</source>
        <translation>Abandonado el %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="41"/>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="41"/>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="47"/>
        <source>by %1</source>
        <translation>para el %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="170"/>
        <source>%1 of %2 this week</source>
        <translation>%1 de %2 esta semana</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="193"/>
        <source>The vault is locked.</source>
        <translation>La caja fuerte está bloqueada.</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="228"/>
        <source>Write the weekly target as a whole number, such as 10.</source>
        <translation>Escribe la meta semanal como un número entero, como 10.</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="237"/>
        <source>Pick a valid day for the goal, or leave it empty.</source>
        <translation>Elige un día válido para el objetivo o déjalo vacío.</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="263"/>
        <source>Set the north star at the top of the page.</source>
        <translation>Fija la estrella polar en la parte superior de la página.</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="283"/>
        <source>That goal no longer exists.</source>
        <translation>Ese objetivo ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/ui/GoalsController.cpp" line="293"/>
        <source>The north star stays the north star: set it at the top of the page.</source>
        <translation>La estrella polar sigue siendo la estrella polar: fíjala en la parte superior de la página.</translation>
    </message>
</context>
<context>
    <name>rebound::JournalModel</name>
    <message>
        <location filename="../backend/ui/JournalModel.cpp" line="198"/>
        <location filename="../backend/ui/JournalModel.cpp" line="217"/>
        <source>That entry no longer exists.</source>
        <translation>Esa entrada ya no existe.</translation>
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
        <translation>La caja fuerte está bloqueada. Desbloquéala e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../backend/ui/PeopleController.cpp" line="118"/>
        <source>Pick a day after today.</source>
        <translation>Elige un día posterior a hoy.</translation>
    </message>
    <message>
        <location filename="../backend/ui/PeopleController.cpp" line="123"/>
        <source>Nothing is due for this contact right now.</source>
        <translation>Ahora mismo no toca nada con este contacto.</translation>
    </message>
    <message>
        <location filename="../backend/ui/PeopleController.cpp" line="141"/>
        <source>Snooze for at least one day.</source>
        <translation>Pospón al menos un día.</translation>
    </message>
    <message>
        <location filename="../backend/ui/PeopleController.cpp" line="160"/>
        <source>That contact no longer exists.</source>
        <translation>Ese contacto ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/ui/PeopleController.cpp" line="168"/>
        <source>That template no longer exists.</source>
        <translation>Esa plantilla ya no existe.</translation>
    </message>
</context>
<context>
    <name>rebound::RejectionFlowController</name>
    <message>
        <location filename="../backend/ui/RejectionFlowController.cpp" line="51"/>
        <source>Check in with your feelings</source>
        <translation>Conecta con lo que sientes</translation>
    </message>
    <message>
        <location filename="../backend/ui/RejectionFlowController.cpp" line="53"/>
        <source>Ask for feedback</source>
        <translation>Pide comentarios</translation>
    </message>
    <message>
        <location filename="../backend/ui/RejectionFlowController.cpp" line="55"/>
        <source>Make your case</source>
        <translation>Defiende tu candidatura</translation>
    </message>
    <message>
        <location filename="../backend/ui/RejectionFlowController.cpp" line="57"/>
        <source>Don&apos;t burn bridges</source>
        <translation>No cierres puertas</translation>
    </message>
    <message>
        <location filename="../backend/ui/RejectionFlowController.cpp" line="59"/>
        <source>Name what went well</source>
        <translation>Nombra lo que salió bien</translation>
    </message>
    <message>
        <location filename="../backend/ui/RejectionFlowController.cpp" line="122"/>
        <source>That application no longer exists.</source>
        <translation>Esa candidatura ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/ui/RejectionFlowController.cpp" line="258"/>
        <source>Pick a valid day for the reminder.</source>
        <translation>Elige un día válido para el recordatorio.</translation>
    </message>
</context>
<context>
    <name>rebound::ReviewController</name>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="39"/>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="44"/>
        <source>No check-ins in this period.</source>
        <translation>No hay registros en este periodo.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="46"/>
        <source>Mood %1 on the one day you checked in.</source>
        <translation>Ánimo %1 el único día que lo registraste.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="47"/>
        <source>Mood averaged %1 over %2 days.</source>
        <translation>Ánimo medio de %1 en %2 días.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="54"/>
        <source>%1 About the same as the weeks before.</source>
        <translation>%1 Más o menos igual que en las semanas anteriores.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="56"/>
        <source>%1 Up %2 on the weeks before (%3).</source>
        <translation>%1 Sube %2 respecto a las semanas anteriores (%3).</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="59"/>
        <source>%1 Down %2 on the weeks before (%3).</source>
        <translation>%1 Baja %2 respecto a las semanas anteriores (%3).</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="61"/>
        <source>%1 Down %2 on the weeks before (%3): be kind to yourself.</source>
        <translation>%1 Baja %2 respecto a las semanas anteriores (%3): sé amable contigo.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="67"/>
        <source>%1 a week (target %2) · met in %3 of %4 weeks</source>
        <translation>%1 por semana (meta %2) · cumplida en %3 de %4 semanas</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="118"/>
        <location filename="../backend/ui/ReviewController.cpp" line="234"/>
        <source>Finished %1</source>
        <translation>Terminada el %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="119"/>
        <location filename="../backend/ui/ReviewController.cpp" line="235"/>
        <source>Started %1</source>
        <translation>Empezada el %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="168"/>
        <source>Added “%1” as an alternative path to “%2”</source>
        <translation>Se añadió «%1» como camino alternativo a «%2»</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="168"/>
        <source>Adds “%1” as an alternative path to “%2”</source>
        <translation>Añade «%1» como camino alternativo a «%2»</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="169"/>
        <location filename="../backend/ui/ReviewController.cpp" line="174"/>
        <source>a goal that no longer exists</source>
        <translation>un objetivo que ya no existe</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="171"/>
        <source>Added the goal “%1” (%2)</source>
        <translation>Se añadió el objetivo «%1» (%2)</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="171"/>
        <source>Adds the goal “%1” (%2)</source>
        <translation>Añade el objetivo «%1» (%2)</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="175"/>
        <source>Marked “%1” as %2</source>
        <translation>Se marcó «%1» como %2</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="175"/>
        <source>Marks “%1” as %2</source>
        <translation>Marca «%1» como %2</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="178"/>
        <source>Planned “%1” for %2 (%3)</source>
        <translation>Se planificó «%1» para %2 (%3)</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="178"/>
        <source>Plans “%1” for %2 (%3)</source>
        <translation>Planifica «%1» para %2 (%3)</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="293"/>
        <source>Since your last review on %1 (%2 days)</source>
        <translation>Desde tu última revisión, el %1 (%2 días)</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="296"/>
        <source>The last %1 days: %2 to %3</source>
        <translation>Los últimos %1 días: del %2 al %3</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="361"/>
        <source>named once</source>
        <translation>mencionada una vez</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="361"/>
        <source>named %1 times</source>
        <translation>mencionada %1 veces</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="395"/>
        <location filename="../backend/ui/ReviewController.cpp" line="565"/>
        <source>The vault is locked.</source>
        <translation>La caja fuerte está bloqueada.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="427"/>
        <source>That review no longer exists.</source>
        <translation>Esa revisión ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="449"/>
        <location filename="../backend/ui/ReviewController.cpp" line="459"/>
        <source>That question is no longer part of the review.</source>
        <translation>Esa pregunta ya no forma parte de la revisión.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="473"/>
        <location filename="../backend/ui/ReviewController.cpp" line="481"/>
        <location filename="../backend/ui/ReviewController.cpp" line="571"/>
        <source>Open a review first.</source>
        <translation>Primero abre una revisión.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="491"/>
        <source>1 goal added or changed</source>
        <translation>1 objetivo añadido o cambiado</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="491"/>
        <source>%1 goals added or changed</source>
        <translation>%1 objetivos añadidos o cambiados</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="492"/>
        <source>1 skills action planned</source>
        <translation>1 acción de habilidad planificada</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="492"/>
        <source>%1 skills actions planned</source>
        <translation>%1 acciones de habilidad planificadas</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="495"/>
        <source>Review finished.</source>
        <translation>Revisión terminada.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="497"/>
        <location filename="../backend/ui/ReviewController.cpp" line="499"/>
        <source>Review finished: %1.</source>
        <translation>Revisión terminada: %1.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="501"/>
        <source>Review finished: %1 and %2.</source>
        <translation>Revisión terminada: %1 y %2.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="541"/>
        <source>Could not copy the review.</source>
        <translation>No se pudo copiar la revisión.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="553"/>
        <source>review-%1</source>
        <translation>revision-%1</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="573"/>
        <source>Choose a file on this device to export to.</source>
        <translation>Elige un archivo de este dispositivo al que exportar.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="575"/>
        <source>&quot;%1&quot; is a folder. Choose a file name.</source>
        <translation>«%1» es una carpeta. Elige un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="578"/>
        <source>Could not read the review from the vault.</source>
        <translation>No se pudo leer la revisión de la caja fuerte.</translation>
    </message>
    <message>
        <location filename="../backend/ui/ReviewController.cpp" line="585"/>
        <source>Could not write &quot;%1&quot;. Check that the folder exists and you may write there.</source>
        <translation>No se pudo escribir «%1». Comprueba que la carpeta existe y que puedes escribir en ella.</translation>
    </message>
</context>
<context>
    <name>rebound::SettingsController</name>
    <message>
        <location filename="../backend/ui/SettingsController.cpp" line="37"/>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
</context>
<context>
    <name>rebound::SkillsPlanController</name>
    <message>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="22"/>
        <source>not named in feedback yet</source>
        <translation>aún no mencionada en los comentarios</translation>
    </message>
    <message>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="25"/>
        <source>last named today</source>
        <translation>mencionada por última vez hoy</translation>
    </message>
    <message>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="27"/>
        <source>last named yesterday</source>
        <translation>mencionada por última vez ayer</translation>
    </message>
    <message>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="29"/>
        <source>last named %1 days ago</source>
        <translation>mencionada por última vez hace %1 días</translation>
    </message>
    <message>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="30"/>
        <source>last named on %1</source>
        <translation>mencionada por última vez el %1</translation>
    </message>
    <message>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="149"/>
        <source>Pick a valid due day, or leave it empty.</source>
        <translation>Elige una fecha límite válida o déjala vacía.</translation>
    </message>
    <message>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="188"/>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="200"/>
        <location filename="../backend/ui/SkillsPlanController.cpp" line="210"/>
        <source>That action no longer exists.</source>
        <translation>Esa acción ya no existe.</translation>
    </message>
</context>
<context>
    <name>rebound::TodayController</name>
    <message>
        <location filename="../backend/ui/TodayController.cpp" line="145"/>
        <source>That check-in no longer exists.</source>
        <translation>Ese registro ya no existe.</translation>
    </message>
    <message>
        <location filename="../backend/ui/TodayController.cpp" line="157"/>
        <source>That win no longer exists.</source>
        <translation>Ese logro ya no existe.</translation>
    </message>
</context>
<context>
    <name>rebound::VaultController</name>
    <message>
        <location filename="../backend/ui/VaultController.cpp" line="89"/>
        <source>The two passphrases do not match.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../backend/ui/VaultController.cpp" line="91"/>
        <location filename="../backend/ui/VaultController.cpp" line="148"/>
        <source>Use at least %1 characters.</source>
        <translation>Usa al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../backend/ui/VaultController.cpp" line="106"/>
        <source>Enter your passphrase.</source>
        <translation>Introduce tu frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../backend/ui/VaultController.cpp" line="119"/>
        <source>Choose the backup file first.</source>
        <translation>Primero elige el archivo de copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../backend/ui/VaultController.cpp" line="121"/>
        <source>Enter the backup&apos;s passphrase.</source>
        <translation>Introduce la frase de contraseña de la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../backend/ui/VaultController.cpp" line="146"/>
        <source>The two new passphrases do not match.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden.</translation>
    </message>
</context>
</TS>
