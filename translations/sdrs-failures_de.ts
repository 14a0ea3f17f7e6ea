<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <source>Delete failed tasks</source>
        <translation>Fehlgeschlagene Aufgaben löschen</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Failed tasks to be deleted: %1</source>
        <translation>Zu löschende fehlgeschlagene Aufgaben: %1</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Resources whose failed tasks will be deleted: %1</source>
        <translation>Ressourcen, deren fehlgeschlagene Aufgaben gelöscht werden: %1</translation>
    </message>
    <message>
        <source>SDRS deletes failed tasks by resource: every failed task of each resource goes, also those not selected or not shown.</source>
        <translation>SDRS löscht fehlgeschlagene Aufgaben pro Ressource: Alle fehlgeschlagenen Aufgaben jeder Ressource werden entfernt, auch nicht ausgewählte oder nicht angezeigte.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Create failed</source>
        <comment>failure status</comment>
        <translation>Erstellen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <comment>failure status</comment>
        <translation>Löschen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Attach failed</source>
        <comment>failure status</comment>
        <translation>Anhängen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Detach failed</source>
        <comment>failure status</comment>
        <translation>Trennen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Expand failed</source>
        <comment>failure status</comment>
        <translation>Erweitern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Resize failed</source>
        <comment>failure status: specification change</comment>
        <translation>Spezifikationsänderung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Start protection failed</source>
        <comment>failure status</comment>
        <translation>Start des Schutzes fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stop protection failed</source>
        <comment>failure status</comment>
        <translation>Stopp des Schutzes fehlgeschlagen</translation>
    </message>
    <message>
        <source>Planned failover failed</source>
        <comment>failure status: reverseFail, a planned failover (switchover)</comment>
        <translation>Geplanter Failover fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failover failed</source>
        <comment>failure status</comment>
        <translation>Failover fehlgeschlagen</translation>
    </message>
    <message>
        <source>Re-protection failed</source>
        <comment>failure status</comment>
        <translation>Erneuter Schutz fehlgeschlagen</translation>
    </message>
    <message>
        <source>Protection group</source>
        <comment>resource type</comment>
        <translation>Schutzgruppe</translation>
    </message>
    <message>
        <source>Protected instance</source>
        <comment>resource type</comment>
        <translation>Geschützte Instanz</translation>
    </message>
    <message>
        <source>Replication pair</source>
        <comment>resource type</comment>
        <translation>Replikationspaar</translation>
    </message>
    <message>
        <source>DR drill</source>
        <comment>resource type: disaster recovery drill</comment>
        <translation>DR-Übung</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>job status</comment>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>job status</comment>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>job status</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>job status: initialized, not started</comment>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Create protection group</source>
        <comment>job type</comment>
        <translation>Schutzgruppe anlegen</translation>
    </message>
    <message>
        <source>Delete protection group</source>
        <comment>job type</comment>
        <translation>Schutzgruppe löschen</translation>
    </message>
    <message>
        <source>Start protection</source>
        <comment>job type</comment>
        <translation>Schutz starten</translation>
    </message>
    <message>
        <source>Stop protection</source>
        <comment>job type</comment>
        <translation>Schutz stoppen</translation>
    </message>
    <message>
        <source>Failover</source>
        <comment>job type: fail a protection group over to the DR site</comment>
        <translation>Failover</translation>
    </message>
    <message>
        <source>Planned failover</source>
        <comment>job type: reverse a protection group, a planned failover (switchover)</comment>
        <translation>Geplanter Failover</translation>
    </message>
    <message>
        <source>Re-protect</source>
        <comment>job type</comment>
        <translation>Erneut schützen</translation>
    </message>
    <message>
        <source>Create protected instance</source>
        <comment>job type</comment>
        <translation>Geschützte Instanz anlegen</translation>
    </message>
    <message>
        <source>Delete protected instance</source>
        <comment>job type</comment>
        <translation>Geschützte Instanz löschen</translation>
    </message>
    <message>
        <source>Resize protected instance</source>
        <comment>job type: change the specification (flavor)</comment>
        <translation>Spezifikation der geschützten Instanz ändern</translation>
    </message>
    <message>
        <source>Attach replication pair</source>
        <comment>job type</comment>
        <translation>Replikationspaar anhängen</translation>
    </message>
    <message>
        <source>Detach replication pair</source>
        <comment>job type</comment>
        <translation>Replikationspaar trennen</translation>
    </message>
    <message>
        <source>Add NIC</source>
        <comment>job type: add a network interface card to a protected instance</comment>
        <translation>Netzwerkkarte hinzufügen</translation>
    </message>
    <message>
        <source>Delete NIC</source>
        <comment>job type: remove a network interface card from a protected instance</comment>
        <translation>Netzwerkkarte entfernen</translation>
    </message>
    <message>
        <source>Create replication pair</source>
        <comment>job type</comment>
        <translation>Replikationspaar anlegen</translation>
    </message>
    <message>
        <source>Delete replication pair</source>
        <comment>job type</comment>
        <translation>Replikationspaar löschen</translation>
    </message>
    <message>
        <source>Expand replication pair</source>
        <comment>job type</comment>
        <translation>Replikationspaar erweitern</translation>
    </message>
    <message>
        <source>Create DR drill</source>
        <comment>job type: disaster recovery drill</comment>
        <translation>DR-Übung anlegen</translation>
    </message>
    <message>
        <source>Delete DR drill</source>
        <comment>job type: disaster recovery drill</comment>
        <translation>DR-Übung löschen</translation>
    </message>
</context>
<context>
    <name>sdrs::ApiCall</name>
    <message>
        <source>Cancelled.</source>
        <extracomment>The message of a request that was cancelled (by the user or by closing its window).</extracomment>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>sdrs::ApiError</name>
    <message>
        <source>network</source>
        <extracomment>Kind of error at the start of an error line (&quot;network: Connection refused&quot;).</extracomment>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>timeout</source>
        <extracomment>Kind of error at the start of an error line: no answer in time.</extracomment>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>auth</source>
        <extracomment>Kind of error at the start of an error line: sign-in refused (authentication).</extracomment>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>http</source>
        <extracomment>Kind of error at the start of an error line: an HTTP error status.</extracomment>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>decode</source>
        <extracomment>Kind of error at the start of an error line: the answer could not be read.</extracomment>
        <translation>Dekodierung</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>Kind of error at the start of an error line: the request was cancelled.</extracomment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <extracomment>An HTTP status at the start of an error line, e.g. &quot;HTTP 404&quot;.</extracomment>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>[request id %1]</source>
        <extracomment>%1 is the id the service gave the request (X-Request-Id), for its support.</extracomment>
        <translation>[Anfrage-ID %1]</translation>
    </message>
    <message>
        <source>not sent</source>
        <extracomment>Kind of error at the start of an error line: the request was refused before it was sent (a bad id, plain HTTP).</extracomment>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>Kind of error at the start of an error line: a file or device could not be written.</extracomment>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>sdrs::BrowseController</name>
    <message>
        <source>Loading…</source>
        <extracomment>Busy indicator while a page of failed tasks is requested.</extracomment>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Loading every protection group…</source>
        <translation>Alle Schutzgruppen werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Loading every protection group: %1 of %2 requests, %Ln rows</source>
        <extracomment>Progress: %1 requests answered of %2 known so far; %Ln rows loaded so far.</extracomment>
        <translation>
            <numerusform>Alle Schutzgruppen werden geladen: %1 von %2 Anfragen, %Ln Zeile</numerusform>
            <numerusform>Alle Schutzgruppen werden geladen: %1 von %2 Anfragen, %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %Ln rows…</source>
        <translation>
            <numerusform>%Ln Zeile wird vorbereitet…</numerusform>
            <numerusform>%Ln Zeilen werden vorbereitet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading every page…</source>
        <translation>Alle Seiten werden geladen…</translation>
    </message>
</context>
<context>
    <name>sdrs::Connection</name>
    <message>
        <source>The SDRS endpoint &quot;%1&quot; is not a valid URL.</source>
        <extracomment>%1 is the URL as entered.</extracomment>
        <translation>Der SDRS-Endpunkt &quot;%1&quot; ist keine gültige URL.</translation>
    </message>
    <message>
        <source>No token given.</source>
        <extracomment>The authentication token (X-Auth-Token) is missing.</extracomment>
        <translation>Kein Token angegeben.</translation>
    </message>
    <message>
        <source>No IAM URL given for the password sign-in.</source>
        <translation>Keine IAM-URL für die Passwort-Anmeldung angegeben.</translation>
    </message>
    <message>
        <source>The password sign-in needs a user name, a password and a domain.</source>
        <translation>Die Passwort-Anmeldung benötigt einen Benutzernamen, ein Passwort und eine Domäne.</translation>
    </message>
    <message>
        <source>The password sign-in needs a project id or a project name.</source>
        <translation>Die Passwort-Anmeldung benötigt eine Projekt-ID oder einen Projektnamen.</translation>
    </message>
    <message>
        <source>AK/SK signing needs an access key and a secret key.</source>
        <extracomment>AK/SK: access key and secret key, the signing credentials of the cloud.</extracomment>
        <translation>Die AK/SK-Signierung benötigt einen Zugriffsschlüssel und einen geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>No SDRS endpoint given.</source>
        <translation>Kein SDRS-Endpunkt angegeben.</translation>
    </message>
    <message>
        <source>No project id given.</source>
        <translation>Keine Projekt-ID angegeben.</translation>
    </message>
</context>
<context>
    <name>sdrs::ConnectionController</name>
    <message>
        <source>%1 via IAM sign-in as %2</source>
        <extracomment>The connection shown in the window: %1 is the SDRS endpoint URL, %2 the IAM user name.</extracomment>
        <translation>%1 über IAM-Anmeldung als %2</translation>
    </message>
    <message>
        <source>Demo data</source>
        <extracomment>The name of the connection to the built-in demo data (like a profile name).</extracomment>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Not connected</source>
        <extracomment>Shown where the connection&apos;s address would be.</extracomment>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>There is no connection profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Verbindungsprofil namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Reading the profile…</source>
        <translation>Verbindungsprofil wird gelesen…</translation>
    </message>
    <message>
        <source>The profile “%1” cannot be used yet: %2 Use Edit… to complete it.</source>
        <extracomment>%1 is the profile&apos;s name, %2 what is missing (sentences).</extracomment>
        <translation>Das Verbindungsprofil „%1“ kann noch nicht verwendet werden: %2 Vervollständigen Sie es über „Bearbeiten…“.</translation>
    </message>
    <message>
        <source>No connection yet. Add one with New… in the toolbar, or start the program with --demo to try it on built-in demo data.</source>
        <translation>Noch keine Verbindung. Legen Sie mit „Neu…“ in der Werkzeugleiste eine an, oder starten Sie das Programm mit --demo, um es mit eingebauten Demodaten auszuprobieren.</translation>
    </message>
    <message>
        <source>Connected. Protection groups in the project: %1.</source>
        <extracomment>The result of &quot;Test connection&quot;; %1 is a number.</extracomment>
        <translation>Verbunden. Schutzgruppen im Projekt: %1.</translation>
    </message>
    <message>
        <source>The connection profile “%1” is deleted. Choose another connection in the toolbar or add one with New…</source>
        <extracomment>%1 is the name of the deleted profile.</extracomment>
        <translation>Das Verbindungsprofil „%1“ ist gelöscht. Wählen Sie in der Werkzeugleiste eine andere Verbindung oder legen Sie mit Neu… eine an</translation>
    </message>
</context>
<context>
    <name>sdrs::ConnectionSetup</name>
    <message>
        <source>no credentials: set OS_AUTH_TOKEN; or OS_ACCESS_KEY and OS_SECRET_KEY; or OS_AUTH_URL, OS_USERNAME, OS_PASSWORD and OS_USER_DOMAIN_NAME; or %1</source>
        <extracomment>A usage error; the names are environment variables. %1 names the other ways to connect, e.g. &quot;use --profile or --demo&quot;.</extracomment>
        <translation>keine Zugangsdaten: setzen Sie OS_AUTH_TOKEN; oder OS_ACCESS_KEY und OS_SECRET_KEY; oder OS_AUTH_URL, OS_USERNAME, OS_PASSWORD und OS_USER_DOMAIN_NAME; oder %1</translation>
    </message>
    <message>
        <source>--signing must be a or b, not &quot;%1&quot;</source>
        <translation>--signing muss a oder b sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no saved profile named &quot;%1&quot; (none are saved)</source>
        <translation>es gibt kein gespeichertes Verbindungsprofil namens &quot;%1&quot; (keines gespeichert)</translation>
    </message>
    <message>
        <source>there is no saved profile named &quot;%1&quot; (saved: %2)</source>
        <translation>es gibt kein gespeichertes Verbindungsprofil namens &quot;%1&quot; (gespeichert: %2)</translation>
    </message>
</context>
<context>
    <name>sdrs::DeleteController</name>
    <message>
        <source>A delete is still running.</source>
        <translation>Ein Löschvorgang läuft noch.</translation>
    </message>
    <message>
        <source>Counting the failed tasks to delete…</source>
        <translation>Die zu löschenden fehlgeschlagenen Aufgaben werden gezählt…</translation>
    </message>
    <message>
        <source>The failed tasks to delete could not be counted; nothing was deleted. %1</source>
        <extracomment>%1 is the reason (sentences).</extracomment>
        <translation>Die zu löschenden fehlgeschlagenen Aufgaben konnten nicht gezählt werden; es wurde nichts gelöscht. %1</translation>
    </message>
    <message>
        <source>Nothing was deleted: the connection changed while the question was open.</source>
        <translation>Es wurde nichts gelöscht: Die Verbindung hat sich geändert, während die Rückfrage offen war.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Deleting: %1 of %2</source>
        <extracomment>Progress: %1 deletes done of %2.</extracomment>
        <translation>Löschen: %1 von %2</translation>
    </message>
</context>
<context>
    <name>sdrs::DeleteOutcome</name>
    <message>
        <source>Deleted</source>
        <extracomment>The outcome of one delete: the failed tasks were deleted.</extracomment>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Not found (already gone)</source>
        <extracomment>The outcome of one delete: the service did not know the failed task (HTTP 404).</extracomment>
        <translation>Nicht gefunden (bereits entfernt)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <extracomment>The reason of a failed delete when none is known.</extracomment>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>The outcome of one delete: it failed; %1 is the reason.</extracomment>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <extracomment>The outcome of one delete: the request was not sent (the run stopped before it).</extracomment>
        <translation>Nicht versucht</translation>
    </message>
</context>
<context>
    <name>sdrs::DeletePlan</name>
    <message>
        <source>Delete the failed tasks of the selected resource?</source>
        <translation>Die fehlgeschlagenen Aufgaben der ausgewählten Ressource löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the failed tasks of the %Ln selected resources?</source>
        <translation>
            <numerusform>Die fehlgeschlagenen Aufgaben der %Ln ausgewählten Ressource löschen?</numerusform>
            <numerusform>Die fehlgeschlagenen Aufgaben der %Ln ausgewählten Ressourcen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete every protection-group-level failed task?</source>
        <translation>Alle fehlgeschlagenen Aufgaben der Schutzgruppenebene löschen?</translation>
    </message>
    <message>
        <source>Protection-group level</source>
        <extracomment>What is deleted: the failed tasks that belong to no protection group.</extracomment>
        <translation>Schutzgruppenebene</translation>
    </message>
    <message>
        <source>Delete every failed task of protection group “%1”?</source>
        <extracomment>%1 is the name of a protection group.</extracomment>
        <translation>Alle fehlgeschlagenen Aufgaben der Schutzgruppe „%1“ löschen?</translation>
    </message>
    <message>
        <source>There are no protection-group-level failed tasks to delete.</source>
        <translation>Auf Schutzgruppenebene gibt es keine fehlgeschlagenen Aufgaben zu löschen.</translation>
    </message>
    <message>
        <source>Protection group “%1” has no failed tasks to delete.</source>
        <extracomment>%1 is the name of a protection group.</extracomment>
        <translation>Die Schutzgruppe „%1“ hat keine fehlgeschlagenen Aufgaben zu löschen.</translation>
    </message>
    <message>
        <source>Deleted: %1. Not found (already gone): %2. Failed: %3.</source>
        <extracomment>The summary of a delete run: the number of delete requests per outcome.</extracomment>
        <translation>Gelöscht: %1. Nicht gefunden (bereits entfernt): %2. Fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <source>Not attempted: %1.</source>
        <extracomment>Added to the summary of a delete run: %1 delete requests that were not sent.</extracomment>
        <translation>Nicht versucht: %1.</translation>
    </message>
    <message>
        <source>The delete was cancelled.</source>
        <translation>Der Löschvorgang wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the %Ln protection-group-level failed tasks.</source>
        <translation>
            <numerusform>%Ln fehlgeschlagene Aufgabe der Schutzgruppenebene gelöscht.</numerusform>
            <numerusform>%Ln fehlgeschlagene Aufgaben der Schutzgruppenebene gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the %Ln failed tasks of protection group “%1”.</source>
        <extracomment>%1 is the name of a protection group.</extracomment>
        <translation>
            <numerusform>%Ln fehlgeschlagene Aufgabe der Schutzgruppe „%1“ gelöscht.</numerusform>
            <numerusform>%Ln fehlgeschlagene Aufgaben der Schutzgruppe „%1“ gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdrs::EndpointPreset</name>
    <message>
        <source>Open Telekom Cloud eu-de</source>
        <translation>Open Telekom Cloud eu-de</translation>
    </message>
    <message>
        <source>Huawei Cloud AP-Singapore (ap-southeast-3)</source>
        <translation>Huawei Cloud AP-Singapore (ap-southeast-3)</translation>
    </message>
    <message>
        <source>Huawei Cloud CN North-Beijing4 (cn-north-4)</source>
        <translation>Huawei Cloud CN North-Beijing4 (cn-north-4)</translation>
    </message>
    <message>
        <source>Huawei Cloud CN South-Guangzhou (cn-south-1)</source>
        <translation>Huawei Cloud CN South-Guangzhou (cn-south-1)</translation>
    </message>
    <message>
        <source>Huawei Cloud CN East-Shanghai2 (cn-east-2)</source>
        <translation>Huawei Cloud CN East-Shanghai2 (cn-east-2)</translation>
    </message>
    <message>
        <source>Huawei Cloud CN East-Shanghai1 (cn-east-3)</source>
        <translation>Huawei Cloud CN East-Shanghai1 (cn-east-3)</translation>
    </message>
    <message>
        <source>Huawei Cloud AF-Johannesburg (af-south-1)</source>
        <translation>Huawei Cloud AF-Johannesburg (af-south-1)</translation>
    </message>
</context>
<context>
    <name>sdrs::ErrorText</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The request was not sent. %1</source>
        <extracomment>%1 says why the request was not sent, e.g. &quot;The id is empty; nothing was sent.&quot;</extracomment>
        <translation>Die Anfrage wurde nicht gesendet. %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <extracomment>%1 is the device&apos;s error, e.g. &quot;No space left on device&quot;.</extracomment>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The SDRS service could not be reached. Check the network, the endpoint and the proxy settings, then refresh.</source>
        <translation>Der SDRS-Dienst ist nicht erreichbar. Prüfen Sie das Netzwerk, den Endpunkt und die Proxy-Einstellungen, und aktualisieren Sie dann.</translation>
    </message>
    <message>
        <source>SDRS did not answer in time. The service or the network may be slow; refresh to try again.</source>
        <translation>SDRS hat nicht rechtzeitig geantwortet. Der Dienst oder das Netzwerk ist möglicherweise langsam; aktualisieren Sie, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Access was denied: this account may not read the failed tasks of this project.</source>
        <translation>Zugriff verweigert: Dieses Konto darf die fehlgeschlagenen Aufgaben dieses Projekts nicht lesen.</translation>
    </message>
    <message>
        <source>Sign-in was refused: the token has expired or the credentials are wrong. Edit the connection profile and sign in again.</source>
        <translation>Die Anmeldung wurde abgelehnt: Das Token ist abgelaufen oder die Zugangsdaten sind falsch. Bearbeiten Sie das Verbindungsprofil und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>SDRS answered with something that is not a valid answer (a proxy page or a cut-off response). Refresh to try again.</source>
        <translation>SDRS hat etwas gesendet, das keine gültige Antwort ist (eine Proxy-Seite oder eine abgeschnittene Antwort). Aktualisieren Sie, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>SDRS does not know what was asked for (HTTP 404); it may have been deleted meanwhile.</source>
        <translation>SDRS kennt das Angefragte nicht (HTTP 404); es wurde möglicherweise inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>SDRS is limiting the request rate. Wait a minute, then refresh.</source>
        <translation>SDRS begrenzt die Anfragerate. Warten Sie eine Minute, und aktualisieren Sie dann.</translation>
    </message>
    <message>
        <source>SDRS reported a problem on its side (HTTP %1). Refresh to try again; if it persists, report the request id.</source>
        <translation>SDRS hat ein Problem auf seiner Seite gemeldet (HTTP %1). Aktualisieren Sie, um es erneut zu versuchen; besteht das Problem weiter, melden Sie die Anfrage-ID.</translation>
    </message>
    <message>
        <source>SDRS refused the request: %1</source>
        <translation>SDRS hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>SDRS refused the request (HTTP %1).</source>
        <translation>SDRS hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Anfrage: %1</translation>
    </message>
    <message>
        <source>Encoded authorization message: %1</source>
        <extracomment>%1 is IAM&apos;s encoded_authorization_message, which an administrator can decode.</extracomment>
        <translation>Kodierte Autorisierungsmeldung: %1</translation>
    </message>
</context>
<context>
    <name>sdrs::ExportController</name>
    <message>
        <source>Export to CSV</source>
        <extracomment>Title of the progress window of an export.</extracomment>
        <translation>Export als CSV</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>Ein Export läuft noch.</translation>
    </message>
    <message>
        <source>There is no connection to fetch the rows from.</source>
        <translation>Es gibt keine Verbindung, über die die Zeilen abgerufen werden können.</translation>
    </message>
    <message>
        <source>Fetching every page of the current query…</source>
        <translation>Alle Seiten der aktuellen Abfrage werden abgerufen…</translation>
    </message>
    <message>
        <source>Fetching every page of the current query: %1 of %2 requests, %3 of %4 rows</source>
        <extracomment>Progress: %1 requests answered of %2 known so far; %3 rows fetched of %4 expected.</extracomment>
        <translation>Alle Seiten der aktuellen Abfrage werden abgerufen: %1 von %2 Anfragen, %3 von %4 Zeilen</translation>
    </message>
    <message>
        <source>The rows could not be fetched; nothing was written. %1</source>
        <extracomment>%1 is the reason (sentences).</extracomment>
        <translation>Die Zeilen konnten nicht abgerufen werden; es wurde nichts geschrieben. %1</translation>
    </message>
    <message>
        <source>%1 was created while the rows were fetched. Replace it?</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>%1 wurde erstellt, während die Zeilen abgerufen wurden. Ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>Writing %Ln rows to %1…</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>
            <numerusform>%Ln Zeile wird in %1 geschrieben…</numerusform>
            <numerusform>%Ln Zeilen werden in %1 geschrieben…</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>Der Export wurde abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>The outcome of an export the user cancelled.</extracomment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The export failed. %1</source>
        <extracomment>%1 is the reason (sentences).</extracomment>
        <translation>Der Export ist fehlgeschlagen. %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert.</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdrs::FailureJobModel</name>
    <message>
        <source>These rows are from an earlier answer: the last request for this list failed.</source>
        <extracomment>Tooltip of every row while the list shows an older answer.</extracomment>
        <translation>Diese Zeilen stammen aus einer früheren Antwort: Die letzte Anfrage für diese Liste ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>New since an earlier refresh.</source>
        <extracomment>Tooltip of a row marked new: it was not there before the last refresh.</extracomment>
        <translation>Neu seit einer früheren Aktualisierung.</translation>
    </message>
    <message>
        <source>Not a time this program understands: %1</source>
        <extracomment>%1 is the time text as the service sent it.</extracomment>
        <translation>Keine Zeitangabe, die dieses Programm versteht: %1</translation>
    </message>
    <message>
        <source>%1 local time
%2 UTC</source>
        <extracomment>Tooltip of a time: %1 local time, %2 the same time in UTC.</extracomment>
        <translation>%1 Ortszeit
%2 UTC</translation>
    </message>
    <message>
        <source>When the task began (local time)</source>
        <translation>Beginn der Aufgabe (Ortszeit)</translation>
    </message>
    <message>
        <source>Begin time</source>
        <extracomment>Column title: when the failed task began.</extracomment>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>The operation that failed</source>
        <translation>Der fehlgeschlagene Vorgang</translation>
    </message>
    <message>
        <source>Failure status</source>
        <extracomment>Column title: what failed (create, delete, failover, ...).</extracomment>
        <translation>Fehlerstatus</translation>
    </message>
    <message>
        <source>The name of the resource the task worked on</source>
        <translation>Name der Ressource, die die Aufgabe bearbeitet hat</translation>
    </message>
    <message>
        <source>Resource name</source>
        <extracomment>Column title: the name of the protection group, instance, pair or drill.</extracomment>
        <translation>Ressourcenname</translation>
    </message>
    <message>
        <source>The kind of resource</source>
        <translation>Art der Ressource</translation>
    </message>
    <message>
        <source>Resource type</source>
        <extracomment>Column title: the kind of resource (protection group, protected instance, ...).</extracomment>
        <translation>Ressourcentyp</translation>
    </message>
    <message>
        <source>The SDRS job type</source>
        <translation>Der SDRS-Jobtyp</translation>
    </message>
    <message>
        <source>Job type</source>
        <extracomment>Column title: the SDRS job type, e.g. createProtectedInstanceNoCG.</extracomment>
        <translation>Jobtyp</translation>
    </message>
    <message>
        <source>The error code, e.g. SDRS.1306</source>
        <translation>Der Fehlercode, z. B. SDRS.1306</translation>
    </message>
    <message>
        <source>Error code</source>
        <extracomment>Column title: an error code like SDRS.1306.</extracomment>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Fail reason</source>
        <extracomment>Column title: the failure reason the service gave.</extracomment>
        <translation>Fehlerursache</translation>
    </message>
    <message>
        <source>The resource&apos;s ID</source>
        <translation>Die ID der Ressource</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <extracomment>Column title: the id of the resource the task worked on.</extracomment>
        <translation>Ressourcen-ID</translation>
    </message>
    <message>
        <source>The job&apos;s ID, usable to look up the job</source>
        <translation>Die ID des Jobs, mit der sich der Job nachschlagen lässt</translation>
    </message>
    <message>
        <source>Job ID</source>
        <extracomment>Column title: the id of the SDRS job.</extracomment>
        <translation>Job-ID</translation>
    </message>
    <message>
        <source>Why the task failed: the most specific message in the fail reason, else the error code&apos;s meaning (the tooltip shows the whole reason)</source>
        <translation>Warum die Aufgabe fehlschlug: die genaueste Meldung im Fehlergrund, sonst die Bedeutung des Fehlercodes (der Tooltip zeigt den ganzen Grund)</translation>
    </message>
    <message>
        <source>Protection-group level: the task belongs to no particular protection group</source>
        <extracomment>Tooltip of the protection group cell of a row that belongs to no group.</extracomment>
        <translation>Schutzgruppenebene: Die Aufgabe gehört zu keiner bestimmten Schutzgruppe</translation>
    </message>
    <message>
        <source>%1
ID: %2</source>
        <extracomment>Tooltip of the protection group cell: %1 the group&apos;s name, %2 its ID.</extracomment>
        <translation>%1
ID: %2</translation>
    </message>
    <message>
        <source>Protection group</source>
        <extracomment>Column title: the name of the protection group a failed task belongs to.</extracomment>
        <translation>Schutzgruppe</translation>
    </message>
    <message>
        <source>The protection group the task belongs to (empty at the protection-group level)</source>
        <translation>Die Schutzgruppe, zu der die Aufgabe gehört (leer auf Schutzgruppenebene)</translation>
    </message>
    <message>
        <source>Gone: deleted by this program on %1.</source>
        <translation>Verschwunden: von diesem Programm am %1 gelöscht.</translation>
    </message>
    <message>
        <source>Gone: no longer listed by the service since %1.</source>
        <translation>Verschwunden: vom Dienst seit %1 nicht mehr aufgeführt.</translation>
    </message>
    <message>
        <source>Acknowledged on %1.</source>
        <extracomment>Tooltip of an acknowledged row: %1 when it was acknowledged.</extracomment>
        <translation>Bestätigt am %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <extracomment>Tooltip of an acknowledged row: %1 the note given with the acknowledgement.</extracomment>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>New since you last looked.</source>
        <extracomment>Tooltip of a row marked new by the local history.</extracomment>
        <translation>Neu seit Ihrem letzten Blick.</translation>
    </message>
</context>
<context>
    <name>sdrs::HistoryController</name>
    <message>
        <source>The history is not in use.</source>
        <translation>Der Verlauf wird nicht verwendet.</translation>
    </message>
    <message>
        <source>The history on this computer was damaged; it was moved aside to %1 and a new one was started.</source>
        <extracomment>%1 is the path of the damaged history file, kept under a dated name.</extracomment>
        <translation>Der Verlauf auf diesem Computer war beschädigt; er wurde nach %1 verschoben und ein neuer begonnen.</translation>
    </message>
    <message>
        <source>The acknowledgement could not be saved. %1</source>
        <translation>Die Bestätigung konnte nicht gespeichert werden. %1</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n failed task(s).</source>
        <extracomment>In the status bar after Acknowledge….</extracomment>
        <translation>
            <numerusform>%n fehlgeschlagene Aufgabe bestätigt.</numerusform>
            <numerusform>%n fehlgeschlagene Aufgaben bestätigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The acknowledgement could not be taken back. %1</source>
        <translation>Die Bestätigung konnte nicht zurückgenommen werden. %1</translation>
    </message>
</context>
<context>
    <name>sdrs::JobTreeModel</name>
    <message>
        <source>%1 local time
%2 UTC</source>
        <extracomment>Tooltip of a time cell: %1 the local time, %2 the same time in UTC.</extracomment>
        <translation>%1 Ortszeit
%2 UTC</translation>
    </message>
    <message>
        <source>%1: %2
What to do: %3</source>
        <extracomment>Tooltip of an error code: %1 the code, %2 what it means, %3 what to do about it.</extracomment>
        <translation>%1: %2
Abhilfe: %3</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header: the job&apos;s status (success, running, failed).</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column header: the kind of job, e.g. createProtectedInstance.</extracomment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Begin</source>
        <extracomment>Column header: when the job began.</extracomment>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <extracomment>Column header: when the job ended.</extracomment>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>Column header: how long the job ran.</extracomment>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Error code</source>
        <extracomment>Column header: an error code like SDRS.1306.</extracomment>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Fail reason</source>
        <extracomment>Column header: the failure reason the service gave.</extracomment>
        <translation>Fehlerursache</translation>
    </message>
    <message>
        <source>Job ID</source>
        <extracomment>Column header: the id of the job.</extracomment>
        <translation>Job-ID</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration: %1 hours, %2 minutes (two digits).</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>A duration: %1 minutes, %2 seconds (two digits).</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration: %1 seconds.</extracomment>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>sdrs::ProfileStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Verbindungsprofil braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is no saved profile named “%1”.</source>
        <translation>Es gibt kein gespeichertes Verbindungsprofil namens „%1“.</translation>
    </message>
    <message>
        <source>The secrets of “%1” are not known in this session: enter them again. %2</source>
        <extracomment>%1 is a profile name, %2 a sentence about where secrets are stored.</extracomment>
        <translation>Die Zugangsdaten von „%1“ sind in dieser Sitzung nicht bekannt: Geben Sie sie erneut ein. %2</translation>
    </message>
    <message>
        <source>The secrets stored for “%1” in the system keychain are damaged: enter them again.</source>
        <translation>Die für „%1“ im Schlüsselbund des Systems gespeicherten Zugangsdaten sind beschädigt: Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>The system keychain holds no secrets for “%1”: enter them again.</source>
        <translation>Der Schlüsselbund des Systems enthält keine Zugangsdaten für „%1“: Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>The secrets of “%1” could not be read. %2</source>
        <extracomment>%1 is a profile name, %2 a sentence about where secrets are stored.</extracomment>
        <translation>Die Zugangsdaten von „%1“ konnten nicht gelesen werden. %2</translation>
    </message>
    <message>
        <source>Secrets are stored in the system keychain, or for this session only when no keychain service answers.</source>
        <translation>Zugangsdaten werden im Schlüsselbund des Systems gespeichert, oder nur für diese Sitzung, wenn kein Schlüsselbunddienst antwortet.</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain.</source>
        <translation>Zugangsdaten werden im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>The system keychain is not used: passwords are kept only until the program closes.</source>
        <translation>Der Schlüsselbund des Systems wird nicht verwendet: Passwörter werden nur aufbewahrt, bis das Programm beendet wird.</translation>
    </message>
    <message>
        <source>The system keychain refused access: passwords are kept only until the program closes.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert: Passwörter werden nur aufbewahrt, bis das Programm beendet wird.</translation>
    </message>
    <message>
        <source>The system keychain is not available: passwords are kept only until the program closes.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: Passwörter werden nur aufbewahrt, bis das Programm beendet wird.</translation>
    </message>
    <message>
        <source>No keychain service answered within %1 seconds.</source>
        <extracomment>The details of &quot;The system keychain is not available: ...&quot;. %1 is a number.</extracomment>
        <translation>Kein Schlüsselbunddienst hat innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
</context>
<context>
    <name>sdrs::RelativeTime</name>
    <message>
        <source>in the future</source>
        <extracomment>A time after the present (the clocks differ).</extracomment>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <source>just now</source>
        <extracomment>A time less than a minute ago.</extracomment>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <extracomment>Minutes ago, short.</extracomment>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <extracomment>Hours ago, short.</extracomment>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <extracomment>Days ago, short.</extracomment>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdrs::RowWriter</name>
    <message>
        <source>The data could not be written.</source>
        <translation>Die Daten konnten nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>sdrs::SafeFile</name>
    <message>
        <source>unknown error</source>
        <extracomment>The reason of a failed write when the system gave none.</extracomment>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <extracomment>%1 is a file path, %2 the reason (a sentence).</extracomment>
        <translation>&quot;%1&quot; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; was cancelled; what was already written to it stays (it is not an ordinary file).</source>
        <extracomment>%1 is a pipe or a device (not an ordinary file), written directly.</extracomment>
        <translation>Das Schreiben von &quot;%1&quot; wurde abgebrochen; was bereits hineingeschrieben wurde, bleibt (es ist keine gewöhnliche Datei).</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2 What was already written to it stays (it is not an ordinary file).</source>
        <extracomment>%1 is a pipe or a device (not an ordinary file), %2 the reason (a sentence).</extracomment>
        <translation>&quot;%1&quot; kann nicht geschrieben werden: %2 Was bereits hineingeschrieben wurde, bleibt (es ist keine gewöhnliche Datei).</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: it is a folder.</source>
        <extracomment>%1 is a path.</extracomment>
        <translation>&quot;%1&quot; kann nicht geschrieben werden: es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: it is neither an ordinary file nor a pipe nor a character device; nothing was written.</source>
        <extracomment>%1 is a path that is a block device or a socket.</extracomment>
        <translation>&quot;%1&quot; kann nicht geschrieben werden: es ist weder eine gewöhnliche Datei noch eine Pipe noch ein Zeichengerät; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; was cancelled; nothing was saved.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>Das Schreiben von &quot;%1&quot; wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>sdrs::SdrsClient</name>
    <message>
        <source>the server counts %1 failed tasks, more than can be paged through</source>
        <extracomment>The end of &quot;The failed tasks of ... could not be read: ...&quot;. %1 is a very large number.</extracomment>
        <translation>der Server zählt %1 fehlgeschlagene Aufgaben, mehr als sich seitenweise abrufen lassen</translation>
    </message>
    <message numerus="yes">
        <source>its failed tasks kept changing while they were read, %n times in a row (the last count was %1). Try again.</source>
        <extracomment>The end of &quot;The failed tasks of ... could not be read: ...&quot;. %n is how often they were read again, %1 the number of failed tasks the server counted last.</extracomment>
        <translation>
            <numerusform>die fehlgeschlagenen Aufgaben haben sich beim Lesen %n-mal hintereinander geändert (zuletzt gezählt: %1). Versuchen Sie es erneut.</numerusform>
            <numerusform>die fehlgeschlagenen Aufgaben haben sich beim Lesen %n-mal hintereinander geändert (zuletzt gezählt: %1). Versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The protection-group-level failed tasks could not be read: %1</source>
        <extracomment>%1 is the reason.</extracomment>
        <translation>Die fehlgeschlagenen Aufgaben der Schutzgruppenebene konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The failed tasks of protection group &quot;%1&quot; (%2) could not be read: %3</source>
        <extracomment>%1 is the name of the protection group, %2 its id, %3 the reason.</extracomment>
        <translation>Die fehlgeschlagenen Aufgaben der Schutzgruppe &quot;%1&quot; (%2) konnten nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The answer could not be read: %1</source>
        <extracomment>%1 says what is wrong with the service&apos;s answer, e.g. &quot;the body is not a JSON object&quot;.</extracomment>
        <translation>Die Antwort konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No SDRS endpoint is configured and the sign-in catalog names none.</source>
        <extracomment>The sign-in catalog: the list of service endpoints IAM returns with a token.</extracomment>
        <translation>Es ist kein SDRS-Endpunkt konfiguriert, und der Dienstkatalog der Anmeldung nennt keinen.</translation>
    </message>
    <message>
        <source>No complete answer within %1 s.</source>
        <extracomment>%1 is the transfer timeout in seconds, e.g. 30 or 2.5.</extracomment>
        <translation>Keine vollständige Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>The connection closed after %1 of %2 bytes.</source>
        <extracomment>%1 bytes received of the %2 bytes the answer announced (Content-Length).</extracomment>
        <translation>Die Verbindung wurde nach %1 von %2 Bytes geschlossen.</translation>
    </message>
    <message>
        <source>The server answered the same protection groups for offset %1 again; the list is incomplete.</source>
        <extracomment>%1 is a position in the list of protection groups (the API&apos;s &quot;offset&quot;).</extracomment>
        <translation>Der Server hat für Offset %1 erneut dieselben Schutzgruppen geliefert; die Liste ist unvollständig.</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; holds no readable PEM certificate.</source>
        <extracomment>%1 is the path of the file with the certificate authorities to trust.</extracomment>
        <translation>Die CA-Datei &quot;%1&quot; enthält kein lesbares PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>IAM sign-in failed: %1</source>
        <extracomment>IAM: the cloud&apos;s identity service. %1 is its reason.</extracomment>
        <translation>IAM-Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Only %1 of the %2 failed tasks the server counts were read: one load stops at %3 rows. The list is incomplete.</source>
        <extracomment>%1 rows read of %2 the server counts; %3 is the limit of one load. Numbers have digit grouping.</extracomment>
        <translation>Nur %1 der %2 fehlgeschlagenen Aufgaben, die der Server zählt, wurden gelesen: ein Ladevorgang endet bei %3 Zeilen. Die Liste ist unvollständig.</translation>
    </message>
    <message>
        <source>The project id cannot be used: %1</source>
        <extracomment>%1 says why the project id cannot be part of a URL.</extracomment>
        <translation>Die Projekt-ID kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The answer is too large: more than %1 MiB. It was not read further.</source>
        <extracomment>%1 is a size in MiB, e.g. 64. The answer was cut off while it arrived.</extracomment>
        <translation>Die Antwort ist zu groß: mehr als %1 MiB. Sie wurde nicht weiter gelesen.</translation>
    </message>
    <message>
        <source>The answer&apos;s Content-Length header is not one valid size (&quot;%1&quot;).</source>
        <extracomment>%1 is the header&apos;s value as received.</extracomment>
        <translation>Der Content-Length-Header der Antwort ist keine eindeutige gültige Größe (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The answer&apos;s compressed body was refused while it was unpacked: it is damaged, or unpacks to far more than was sent (%1).</source>
        <extracomment>%1 is the network layer&apos;s reason.</extracomment>
        <translation>Der komprimierte Inhalt der Antwort wurde beim Entpacken abgewiesen: er ist beschädigt oder entpackt sich zu weit mehr, als gesendet wurde (%1).</translation>
    </message>
    <message>
        <source>The answer&apos;s body could not be received: %1</source>
        <translation>Der Inhalt der Antwort konnte nicht empfangen werden: %1</translation>
    </message>
    <message>
        <source>The service redirected the request to %1; a redirect to another host, or one too many, is not followed.</source>
        <extracomment>%1 is the URL the service redirected to.</extracomment>
        <translation>Der Dienst hat die Anfrage nach %1 umgeleitet; einer Umleitung zu einem anderen Host, oder einer zu viel, wird nicht gefolgt.</translation>
    </message>
    <message>
        <source>The server kept sending protection groups; the list was stopped after %1 of them and is incomplete.</source>
        <extracomment>%1 is a number of protection groups (with digit grouping).</extracomment>
        <translation>Der Server hat immer weiter Schutzgruppen gesendet; die Liste wurde nach %1 Gruppen beendet und ist unvollständig.</translation>
    </message>
    <message>
        <source>Only %1 failed tasks were read, and the server has more: one load stops at %2 rows. The list is incomplete.</source>
        <extracomment>%1 rows read; %2 is the limit of one load. Numbers have digit grouping.</extracomment>
        <translation>Nur %1 fehlgeschlagene Aufgaben wurden gelesen, und der Server hat mehr: ein Ladevorgang endet bei %2 Zeilen. Die Liste ist unvollständig.</translation>
    </message>
</context>
<context>
    <name>sdrs::Since</name>
    <message>
        <source>&quot;%1&quot; is neither a duration (30m, 24h, 7d, 2w, or added up as 1d12h) nor an ISO 8601 time (2026-11-20T11:00:00Z; with an offset 2026-11-20T12:00:00+01:00; without one, local time)</source>
        <extracomment>%1 is what the user gave. Keep the examples (30m, 24h, ...) as they are.</extracomment>
        <translation>„%1“ ist weder eine Dauer (30m, 24h, 7d, 2w oder zusammengesetzt wie 1d12h) noch eine Zeit nach ISO 8601 (2026-11-20T11:00:00Z; mit Versatz 2026-11-20T12:00:00+01:00; ohne Versatz: Ortszeit)</translation>
    </message>
</context>
<context>
    <name>sdrs::Summary</name>
    <message>
        <source>(protection-group level)</source>
        <translation>(Schutzgruppenebene)</translation>
    </message>
</context>
<context>
    <name>sdrs::TicketMarkdown</name>
    <message>
        <source>%1 (%2)</source>
        <comment>name (id)</comment>
        <extracomment>A resource in a ticket: %1 its name, %2 its id.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sdrs::cli</name>
    <message>
        <source>interrupted by %1</source>
        <translation>unterbrochen durch %1</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>kann nicht auf die Standardausgabe schreiben: %1</translation>
    </message>
    <message>
        <source>Connection: --demo (built-in emulator), --profile NAME (a saved profile, its secret from the keychain), or the environment: OS_AUTH_TOKEN; or OS_ACCESS_KEY and OS_SECRET_KEY (or HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK; OS_SECURITY_TOKEN for temporary keys); or OS_AUTH_URL, OS_USERNAME, OS_PASSWORD and OS_USER_DOMAIN_NAME (or OS_DOMAIN_NAME). When several are set: token, then AK/SK, then password. The project: --project-id or OS_PROJECT_ID, --project-name or OS_PROJECT_NAME (password sign-in only). OS_CACERT names extra CA certificates. --endpoint may be left out with the password sign-in (the token&apos;s catalog names it). Secrets are never taken from options.</source>
        <translation>Verbindung: --demo (eingebauter Emulator), --profile NAME (ein gespeichertes Verbindungsprofil, die Zugangsdaten aus dem Schlüsselbund) oder die Umgebung: OS_AUTH_TOKEN; oder OS_ACCESS_KEY und OS_SECRET_KEY (oder HUAWEICLOUD_SDK_AK und HUAWEICLOUD_SDK_SK; OS_SECURITY_TOKEN für temporäre Schlüssel); oder OS_AUTH_URL, OS_USERNAME, OS_PASSWORD und OS_USER_DOMAIN_NAME (oder OS_DOMAIN_NAME). Sind mehrere gesetzt: zuerst Token, dann AK/SK, dann Passwort. Das Projekt: --project-id oder OS_PROJECT_ID, --project-name oder OS_PROJECT_NAME (nur bei Passwort-Anmeldung). OS_CACERT nennt zusätzliche CA-Zertifikate. --endpoint kann bei Passwort-Anmeldung entfallen (der Dienstkatalog des Tokens nennt ihn). Zugangsdaten werden nie aus Optionen übernommen.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>SDRS endpoint, e.g. https://sdrs.eu-de.otc.t-systems.com.</source>
        <translation>SDRS-Endpunkt, z. B. https://sdrs.eu-de.otc.t-systems.com.</translation>
    </message>
    <message>
        <source>Project id (default: $OS_PROJECT_ID).</source>
        <translation>Projekt-ID (Standard: $OS_PROJECT_ID).</translation>
    </message>
    <message>
        <source>Project name for the password sign-in (default: $OS_PROJECT_NAME).</source>
        <translation>Projektname für die Passwort-Anmeldung (Standard: $OS_PROJECT_NAME).</translation>
    </message>
    <message>
        <source>AK/SK signing variant: a (Huawei Cloud SDKs, the default) or b (OTC SDKs).</source>
        <translation>AK/SK-Signaturvariante: a (Huawei Cloud SDKs, Standard) oder b (OTC SDKs).</translation>
    </message>
    <message>
        <source>Use a saved connection profile of the window.</source>
        <translation>Ein im Fenster gespeichertes Verbindungsprofil verwenden.</translation>
    </message>
    <message>
        <source>Use the built-in demo server (generated data).</source>
        <translation>Den eingebauten Demo-Server verwenden (erzeugte Daten).</translation>
    </message>
    <message>
        <source>%1: %2 (see sdrs-failures %1 --help)</source>
        <translation>%1: %2 (siehe sdrs-failures %1 --help)</translation>
    </message>
    <message>
        <source>--demo excludes --endpoint and --profile</source>
        <translation>--demo schließt --endpoint und --profile aus</translation>
    </message>
    <message>
        <source>cannot start the demo server: %1</source>
        <translation>kann den Demo-Server nicht starten: %1</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>Verbindungsprofil &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht &quot;%4&quot;</translation>
    </message>
    <message>
        <source>no protection group has the id or name &quot;%1&quot; (%2 groups listed)</source>
        <translation>keine Schutzgruppe hat die ID oder den Namen &quot;%1&quot; (%2 Gruppen aufgelistet)</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; fits %2 protection groups (%3): give the id</source>
        <translation>der Name &quot;%1&quot; passt auf %2 Schutzgruppen (%3): geben Sie die ID an</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>kann %1 nicht schreiben: ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot write %1: %2 is not a folder</source>
        <translation>kann %1 nicht schreiben: %2 ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>kann %1 nicht schreiben: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 is not writable</source>
        <translation>kann %1 nicht schreiben: der Ordner %2 ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>Writes failed tasks as CSV (RFC 4180, UTF-8, CRLF), JSON (an array of objects keyed by the column names) or an aligned text table. Without --group or --all-groups: the protection-group level. Without --all-pages or --all-groups: one request (--limit, default 1000, the API&apos;s maximum; --offset). CSV cells starting with = + - @, a tab or a carriage return get a leading &apos; so that spreadsheets do not run them (--no-neutralise: as received). -o writes the file only when everything succeeded (any format); nothing is left behind after an error or an interruption.</source>
        <translation>Schreibt fehlgeschlagene Aufgaben als CSV (RFC 4180, UTF-8, CRLF), JSON (ein Array von Objekten mit den Spaltennamen als Schlüsseln) oder als ausgerichtete Texttabelle. Ohne --group oder --all-groups: die Schutzgruppenebene. Ohne --all-pages oder --all-groups: eine Anfrage (--limit, Standard 1000, das Maximum der API; --offset). CSV-Zellen, die mit = + - @, einem Tabulator oder einem Wagenrücklauf beginnen, erhalten ein vorangestelltes &apos;, damit Tabellenkalkulationen sie nicht ausführen (--no-neutralise: wie empfangen). -o schreibt die Datei nur, wenn alles gelungen ist (bei jedem Format); nach einem Fehler oder einer Unterbrechung bleibt nichts zurück.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output (&quot;-&quot;: standard output).</source>
        <translation>In FILE statt auf die Standardausgabe schreiben (&quot;-&quot;: Standardausgabe).</translation>
    </message>
    <message>
        <source>csv (the default), json or table.</source>
        <translation>csv (Standard), json oder table.</translation>
    </message>
    <message>
        <source>Only this failure_status, e.g. createFail.</source>
        <translation>Nur dieser failure_status, z. B. createFail.</translation>
    </message>
    <message>
        <source>A protection group by id or name (exact, then in any letter case) instead of the group level.</source>
        <translation>Eine Schutzgruppe nach ID oder Name (zuerst exakt, dann ohne Beachtung der Groß-/Kleinschreibung) statt der Gruppenebene.</translation>
    </message>
    <message>
        <source>Every protection group and the group level, every page.</source>
        <translation>Alle Schutzgruppen und die Gruppenebene, alle Seiten.</translation>
    </message>
    <message>
        <source>Only this resource_type (server_groups, protected_instances, replications, disaster_recovery_drills).</source>
        <translation>Nur dieser resource_type (server_groups, protected_instances, replications, disaster_recovery_drills).</translation>
    </message>
    <message>
        <source>Only resources whose name contains NAME.</source>
        <translation>Nur Ressourcen, deren Name NAME enthält.</translation>
    </message>
    <message>
        <source>Rows of the one request, 1 to 1000 (default 1000).</source>
        <translation>Zeilen der einen Anfrage, 1 bis 1000 (Standard 1000).</translation>
    </message>
    <message>
        <source>Rows to skip in the one request (default 0).</source>
        <translation>Zu überspringende Zeilen in der einen Anfrage (Standard 0).</translation>
    </message>
    <message>
        <source>Every page of the group level or of --group.</source>
        <translation>Alle Seiten der Gruppenebene oder von --group.</translation>
    </message>
    <message>
        <source>Comma-separated columns, named as the API names them: job_id, job_type, job_status, failure_status, resource_type, resource_id, resource_name, begin_time, begin_time_local, error_code, fail_reason, server_group_id, server_group_name (default: all but begin_time_local).</source>
        <translation>Kommagetrennte Spalten, benannt wie in der API: job_id, job_type, job_status, failure_status, resource_type, resource_id, resource_name, begin_time, begin_time_local, error_code, fail_reason, server_group_id, server_group_name (Standard: alle außer begin_time_local).</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte order mark (for Excel).</source>
        <translation>CSV: mit einer UTF-8-Bytereihenfolgemarkierung (BOM) beginnen (für Excel).</translation>
    </message>
    <message>
        <source>CSV: write cells as received, without the &apos; before = + - @.</source>
        <translation>CSV: Zellen wie empfangen schreiben, ohne das &apos; vor = + - @.</translation>
    </message>
    <message>
        <source>CSV and table: no header line.</source>
        <translation>CSV und table: keine Kopfzeile.</translation>
    </message>
    <message>
        <source>--format must be csv, json or table, not &quot;%1&quot;</source>
        <translation>--format muss csv, json oder table sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--bom and --no-neutralise are for --format csv</source>
        <translation>--bom und --no-neutralise gelten nur für --format csv</translation>
    </message>
    <message>
        <source>--no-header is for --format csv and table</source>
        <translation>--no-header gilt nur für --format csv und table</translation>
    </message>
    <message>
        <source>unknown --status &quot;%1&quot;; valid: %2</source>
        <translation>unbekannter --status &quot;%1&quot;; gültig: %2</translation>
    </message>
    <message>
        <source>--all-groups and --group exclude each other</source>
        <translation>--all-groups und --group schließen einander aus</translation>
    </message>
    <message>
        <source>--limit and --offset choose one page; --all-pages and --all-groups read every page</source>
        <translation>--limit und --offset wählen eine Seite; --all-pages und --all-groups lesen alle Seiten</translation>
    </message>
    <message>
        <source>cannot list the protection groups</source>
        <translation>kann die Schutzgruppen nicht auflisten</translation>
    </message>
    <message>
        <source>%1 of %2 requests, %3 of %4 rows</source>
        <translation>%1 von %2 Anfragen, %3 von %4 Zeilen</translation>
    </message>
    <message>
        <source>cannot read the failed tasks</source>
        <translation>kann die fehlgeschlagenen Aufgaben nicht lesen</translation>
    </message>
    <message>
        <source>note: rows %1 to %2 of %3; --all-pages reads every page</source>
        <translation>Hinweis: Zeilen %1 bis %2 von %3; --all-pages liest alle Seiten</translation>
    </message>
    <message>
        <source>Lists the protection groups: a table (id, name, status, counts, last update), CSV (every field, named as the API names them) or JSON (the API&apos;s objects).</source>
        <translation>Listet die Schutzgruppen auf: als Tabelle (ID, Name, Status, Anzahlen, letzte Änderung), als CSV (alle Felder, benannt wie in der API) oder als JSON (die Objekte der API).</translation>
    </message>
    <message>
        <source>table (the default), csv or json.</source>
        <translation>table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>Only groups whose name contains NAME (matched by the service).</source>
        <translation>Nur Gruppen, deren Name NAME enthält (vom Dienst abgeglichen).</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not &quot;%1&quot;</source>
        <translation>--format muss table, csv oder json sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>begin %1</source>
        <translation>Beginn %1</translation>
    </message>
    <message>
        <source>end %1</source>
        <translation>Ende %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>sub-jobs: %1</source>
        <translation>Teiljobs: %1</translation>
    </message>
    <message>
        <source>Shows a job (GET /jobs/{job_id}) and its sub-job tree as indented text: status, type, id, begin and end (UTC), error code and fail reason, entities. --format json prints the service&apos;s answer exactly as received.</source>
        <translation>Zeigt einen Job (GET /jobs/{job_id}) und seinen Baum der Teiljobs als eingerückten Text: Status, Typ, ID, Beginn und Ende (UTC), Fehlercode und Fehlerursache, Entitäten. --format json gibt die Antwort des Dienstes genau so aus, wie sie empfangen wurde.</translation>
    </message>
    <message>
        <source>text (the default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>The job_id of a failed task.</source>
        <translation>Die job_id einer fehlgeschlagenen Aufgabe.</translation>
    </message>
    <message>
        <source>job: give exactly one JOB_ID (see sdrs-failures job --help)</source>
        <translation>job: geben Sie genau eine JOB_ID an (siehe sdrs-failures job --help)</translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;</source>
        <translation>--format muss text oder json sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read the job %1</source>
        <translation>kann den Job %1 nicht lesen</translation>
    </message>
    <message>
        <source>failed task %1</source>
        <translation>fehlgeschlagene Aufgabe %1</translation>
    </message>
    <message>
        <source>every protection-group-level failed task</source>
        <translation>alle fehlgeschlagenen Aufgaben der Schutzgruppenebene</translation>
    </message>
    <message>
        <source>every failed task of group %1</source>
        <translation>alle fehlgeschlagenen Aufgaben der Gruppe %1</translation>
    </message>
    <message>
        <source>every failed task of group &quot;%1&quot; (%2)</source>
        <translation>alle fehlgeschlagenen Aufgaben der Gruppe &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>Deletes failed tasks: by resource_id (the id the API&apos;s delete takes; see the README), every failed task of the protection-group level, or every failed task of a group. Nothing is deleted without --yes. Prints one line per target and a summary; a target that is already gone (404) counts as done. Exit code 0 when every target was deleted or already gone, else the code of the first failure.</source>
        <translation>Löscht fehlgeschlagene Aufgaben: nach resource_id (die ID, die das Löschen der API erwartet; siehe README), alle fehlgeschlagenen Aufgaben der Schutzgruppenebene oder alle fehlgeschlagenen Aufgaben einer Gruppe. Ohne --yes wird nichts gelöscht. Gibt eine Zeile pro Ziel und eine Zusammenfassung aus; ein bereits entferntes Ziel (404) gilt als erledigt. Exit-Code 0, wenn jedes Ziel gelöscht wurde oder bereits entfernt war, sonst der Code des ersten Fehlers.</translation>
    </message>
    <message>
        <source>Really delete.</source>
        <translation>Wirklich löschen.</translation>
    </message>
    <message>
        <source>A failed task by its resource_id (repeatable).</source>
        <translation>Eine fehlgeschlagene Aufgabe nach ihrer resource_id (wiederholbar).</translation>
    </message>
    <message>
        <source>Every protection-group-level failed task.</source>
        <translation>Alle fehlgeschlagenen Aufgaben der Schutzgruppenebene.</translation>
    </message>
    <message>
        <source>Every failed task of this protection group, by id or name (repeatable).</source>
        <translation>Alle fehlgeschlagenen Aufgaben dieser Schutzgruppe, nach ID oder Name (wiederholbar).</translation>
    </message>
    <message>
        <source>More failed tasks by resource_id.</source>
        <translation>Weitere fehlgeschlagene Aufgaben nach resource_id.</translation>
    </message>
    <message>
        <source>delete: nothing named; give --resource-id ID, --group GROUP or --group-level (see sdrs-failures delete --help)</source>
        <translation>delete: nichts angegeben; geben Sie --resource-id ID, --group GROUP oder --group-level an (siehe sdrs-failures delete --help)</translation>
    </message>
    <message>
        <source>every failed task of group &quot;%1&quot;</source>
        <translation>alle fehlgeschlagenen Aufgaben der Gruppe &quot;%1&quot;</translation>
    </message>
    <message>
        <source>delete: not deleting %1 without --yes</source>
        <translation>delete: ohne --yes wird nichts gelöscht: %1</translation>
    </message>
    <message>
        <source>%1 of %2 deletes</source>
        <translation>%1 von %2 Löschvorgängen</translation>
    </message>
    <message>
        <source>deleted: %1, already gone: %2, failed: %3, not attempted: %4</source>
        <translation>gelöscht: %1, bereits entfernt: %2, fehlgeschlagen: %3, nicht versucht: %4</translation>
    </message>
    <message>
        <source>cannot delete</source>
        <translation>kann nicht löschen</translation>
    </message>
    <message>
        <source>%1 of %2 deletes failed; the first, %3</source>
        <translation>%1 von %2 Löschvorgängen fehlgeschlagen, zuerst %3</translation>
    </message>
    <message>
        <source>%1 of %2 deletes were not attempted</source>
        <translation>%1 von %2 Löschvorgängen wurden nicht versucht</translation>
    </message>
    <message numerus="yes">
        <source>the failed tasks of %n resource(s)</source>
        <extracomment>Part of &quot;delete: not deleting %1 without --yes&quot;; SDRS deletes failed tasks by resource.</extracomment>
        <translation>
            <numerusform>die fehlgeschlagenen Aufgaben von %n Ressource</numerusform>
            <numerusform>die fehlgeschlagenen Aufgaben von %n Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 other failure; 2 usage error (unknown option, bad value, unknown group, delete without --yes, an id that cannot be sent, credentials over plain HTTP without --allow-http); 3 sign-in refused (HTTP 401/403, a missing secret); 4 network error, timeout or a certificate that does not name the host; 5 service error (any other HTTP error, an answer that cannot be read or is too large, more rows than --max-rows); 6 output not writable (-o FILE, standard output); 128+N interrupted by signal N (130 SIGINT, 143 SIGTERM). Every failure prints one line on stderr.</source>
        <translation>Exit-Codes: 0 erledigt; 1 anderer Fehler; 2 Aufruffehler (unbekannte Option, falscher Wert, unbekannte Gruppe, Löschen ohne --yes, eine ID, die nicht gesendet werden kann, Anmeldedaten über einfaches HTTP ohne --allow-http); 3 Anmeldung abgewiesen (HTTP 401/403, ein fehlendes Geheimnis); 4 Netzwerkfehler, Zeitüberschreitung oder ein Zertifikat, das den Host nicht nennt; 5 Dienstfehler (jeder andere HTTP-Fehler, eine Antwort, die nicht gelesen werden kann oder zu groß ist, mehr Zeilen als --max-rows); 6 Ausgabe nicht schreibbar (-o DATEI, Standardausgabe); 128+N unterbrochen durch Signal N (130 SIGINT, 143 SIGTERM). Jeder Fehler gibt eine Zeile auf stderr aus.</translation>
    </message>
    <message>
        <source>Send credentials over plain http:// to a host that is not this computer (refused without it; a warning on every run).</source>
        <translation>Anmeldedaten über einfaches http:// an einen Host senden, der nicht dieser Computer ist (ohne diese Option abgewiesen; bei jedem Lauf eine Warnung).</translation>
    </message>
    <message>
        <source>The largest answer accepted from the service, in MiB (default 64); a larger one is stopped while it arrives.</source>
        <translation>Die größte vom Dienst angenommene Antwort in MiB (Standard 64); eine größere wird schon beim Empfang abgebrochen.</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 30); a GET is tried again after a transient failure, for two minutes at most.</source>
        <translation>Sekunden, die auf jede Antwort gewartet wird (Standard 30); ein GET wird nach einem vorübergehenden Fehler erneut versucht, höchstens zwei Minuten lang.</translation>
    </message>
    <message>
        <source>warning: --allow-http: credentials go over plain HTTP to %1, readable by anyone on the way</source>
        <extracomment>%1 is a host name.</extracomment>
        <translation>Warnung: --allow-http: Anmeldedaten gehen über einfaches HTTP an %1, lesbar für jeden auf dem Weg</translation>
    </message>
    <message>
        <source>cannot write %1: it is neither an ordinary file nor a pipe nor a character device</source>
        <translation>kann %1 nicht schreiben: es ist weder eine gewöhnliche Datei noch eine Pipe noch ein Zeichengerät</translation>
    </message>
    <message>
        <source>cannot write %1: permission denied</source>
        <translation>kann %1 nicht schreiben: Zugriff verweigert</translation>
    </message>
    <message>
        <source>--all-pages and --all-groups: read at most N rows (default 2000000); a server that counts more is an error and nothing is written.</source>
        <translation>--all-pages und --all-groups: höchstens N Zeilen lesen (Standard 2000000); zählt der Server mehr, ist das ein Fehler und nichts wird geschrieben.</translation>
    </message>
    <message>
        <source>--max-rows is for --all-pages and --all-groups</source>
        <translation>--max-rows gilt für --all-pages und --all-groups</translation>
    </message>
    <message>
        <source>%1 Nothing was written; --max-rows raises the limit.</source>
        <extracomment>%1 says how many rows were read of how many; --max-rows is an option.</extracomment>
        <translation>%1 Nichts wurde geschrieben; --max-rows hebt die Grenze an.</translation>
    </message>
    <message>
        <source>job: JOB_ID: %1</source>
        <translation>job: JOB_ID: %1</translation>
    </message>
    <message>
        <source>delete: --resource-id: %1</source>
        <extracomment>%1 says why the id cannot be sent.</extracomment>
        <translation>delete: --resource-id: %1</translation>
    </message>
    <message>
        <source>delete: the protection group &quot;%1&quot; has an id that cannot be used: %2</source>
        <extracomment>%1 is the group as given, %2 says why its id cannot be sent.</extracomment>
        <translation>delete: die Schutzgruppe &quot;%1&quot; hat eine ID, die nicht verwendet werden kann: %2</translation>
    </message>
    <message>
        <source>note: rows %1 to %2, and there may be more; --all-pages reads every page</source>
        <translation>Hinweis: Zeilen %1 bis %2, möglicherweise gibt es mehr; --all-pages liest alle Seiten</translation>
    </message>
    <message>
        <source>Only groups in STATUS (as the service names it, e.g. available, protected, error).</source>
        <translation>Nur Gruppen im Status STATUS (wie der Dienst ihn nennt, z. B. available, protected, error).</translation>
    </message>
    <message>
        <source>Only groups in an abnormal state (the same as --query-type status_abnormal).</source>
        <translation>Nur Gruppen in einem anormalen Zustand (wie --query-type status_abnormal).</translation>
    </message>
    <message>
        <source>The service&apos;s view: status_abnormal, stop_protected (protection stopped), period_no_dr_drill (no DR drill for three months) or general.</source>
        <translation>Die Sicht des Dienstes: status_abnormal, stop_protected (Schutz gestoppt), period_no_dr_drill (seit drei Monaten keine DR-Übung) oder general.</translation>
    </message>
    <message>
        <source>Only groups whose current production site is in ZONE.</source>
        <translation>Nur Gruppen, deren aktueller Produktionsstandort in ZONE liegt.</translation>
    </message>
    <message>
        <source>--abnormal and --query-type cannot be combined</source>
        <translation>--abnormal und --query-type können nicht zusammen angegeben werden</translation>
    </message>
    <message>
        <source>--query-type must be one of %1, not &quot;%2&quot;</source>
        <translation>--query-type muss eines von %1 sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot; (see sdrs-failures %1 --help)</source>
        <extracomment>%1 is the command, %2 the argument given.</extracomment>
        <translation>%1: unerwartetes Argument &quot;%2&quot; (siehe sdrs-failures %1 --help)</translation>
    </message>
    <message>
        <source>use --profile or --demo</source>
        <extracomment>Ends &quot;no credentials: set OS_AUTH_TOKEN; ...; or %1&quot;.</extracomment>
        <translation>verwenden Sie --profile oder --demo</translation>
    </message>
    <message>
        <source>--critical (%1) must not be below --warning (%2)</source>
        <translation>--critical (%1) darf nicht unter --warning (%2) liegen</translation>
    </message>
    <message>
        <source>the check could not be done</source>
        <translation>die Prüfung konnte nicht durchgeführt werden</translation>
    </message>
    <message numerus="yes">
        <source>%n failed task(s)</source>
        <extracomment>The status line of check: &quot;3 failed tasks&quot;. Monitoring systems show it.</extracomment>
        <translation>
            <numerusform>%n fehlgeschlagene Aufgabe</numerusform>
            <numerusform>%n fehlgeschlagene Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1</source>
        <extracomment>Follows &quot;3 failed tasks&quot;; %1 is an ISO 8601 time in UTC.</extracomment>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>Exit codes: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN: any error reaching the service (the status line says which: HTTP 500, timeout, sign-in refused, ...) and usage errors.</source>
        <translation>Exit-Codes: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN: jeder Fehler beim Erreichen des Dienstes (die Statuszeile sagt, welcher: HTTP 500, Zeitüberschreitung, Anmeldung abgelehnt, ...) und Aufruffehler.</translation>
    </message>
    <message>
        <source>Only tasks that began at or after WHEN: a duration back from now (30m, 24h, 7d, 2w, or added up as 1d12h) or an ISO 8601 time (2026-11-20T11:00:00Z, 2026-11-20T12:00:00+01:00; without an offset: local time). The service cannot filter by time: the rows are read, then counted.</source>
        <translation>Nur Aufgaben, die zu oder nach WHEN begonnen haben: eine Dauer zurück ab jetzt (30m, 24h, 7d, 2w oder zusammengesetzt wie 1d12h) oder eine Zeit nach ISO 8601 (2026-11-20T11:00:00Z, 2026-11-20T12:00:00+01:00; ohne Versatz: Ortszeit). Der Dienst kann nicht nach Zeit filtern: Die Zeilen werden gelesen und dann gezählt.</translation>
    </message>
    <message>
        <source>Counts failed tasks per key (--by): error_code (with its meaning from the error table), group (server_group_id, with the group&apos;s name; empty: the protection-group level), resource (resource_id, with its name), status (failure_status), type (job_type) or day (the local date of the begin time). Prints per key the count and the first and last begin time (UTC, ISO 8601), most first, then by key: an aligned table, CSV or JSON. It reads as export does: without --group or --all-groups the protection-group level, without --all-pages or --all-groups one request.</source>
        <translation>Zählt fehlgeschlagene Aufgaben je Schlüssel (--by): error_code (mit seiner Bedeutung aus der Fehlertabelle), group (server_group_id mit dem Namen der Gruppe; leer: die Schutzgruppenebene), resource (resource_id mit ihrem Namen), status (failure_status), type (job_type) oder day (das lokale Datum der Startzeit). Gibt je Schlüssel die Anzahl sowie die erste und letzte Startzeit aus (UTC, ISO 8601), die häufigsten zuerst, dann nach Schlüssel: als ausgerichtete Tabelle, CSV oder JSON. Liest wie export: ohne --group oder --all-groups die Schutzgruppenebene, ohne --all-pages oder --all-groups eine Anfrage.</translation>
    </message>
    <message>
        <source>error_code (the default), group, resource, status, type or day.</source>
        <translation>error_code (Standard), group, resource, status, type oder day.</translation>
    </message>
    <message>
        <source>--by must be one of %1, not &quot;%2&quot;</source>
        <translation>--by muss eines von %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>unknown command (commands: export, summary, check, groups, job, delete, history)</source>
        <translation>unbekannter Befehl (Befehle: export, summary, check, groups, job, delete, history)</translation>
    </message>
    <message>
        <source>warning: the history is not used: %1 (--no-history: leave it alone)</source>
        <extracomment>%1 is the reason, a sentence; --no-history is an option.</extracomment>
        <translation>Warnung: Der Verlauf wird nicht verwendet: %1 (--no-history: ihn nicht anrühren)</translation>
    </message>
    <message>
        <source>note: the history file was damaged; it was moved to %1 and a new one was started</source>
        <translation>Hinweis: Die Verlaufsdatei war beschädigt; sie wurde nach %1 verschoben und eine neue angelegt</translation>
    </message>
    <message>
        <source>Leave the local history alone: what is read is not recorded, what is deleted not noted.</source>
        <translation>Den lokalen Verlauf nicht anrühren: Gelesenes wird nicht aufgezeichnet, Gelöschtes nicht vermerkt.</translation>
    </message>
    <message>
        <source>Writes the local history of the connection: every failed task this program has read (by the window or by a command that reads failed tasks, unless --no-history), with its fields as last read and first_seen, last_seen, gone_at (when a complete reading of its scope no longer listed it), deleted_here (when this program deleted it), acknowledged_at and note. Times are ISO 8601 UTC; empty when not known. Sends no request.</source>
        <translation>Schreibt den lokalen Verlauf der Verbindung: jede fehlgeschlagene Aufgabe, die dieses Programm gelesen hat (im Fenster oder mit einem Befehl, der fehlgeschlagene Aufgaben liest, außer mit --no-history), mit ihren zuletzt gelesenen Feldern und first_seen, last_seen, gone_at (als eine vollständige Abfrage ihres Bereichs sie nicht mehr enthielt), deleted_here (als dieses Programm sie löschte), acknowledged_at und note. Zeiten in ISO 8601 UTC; leer, wenn unbekannt. Sendet keine Anfrage.</translation>
    </message>
    <message>
        <source>Only the tasks that are gone.</source>
        <translation>Nur die verschwundenen Aufgaben.</translation>
    </message>
    <message>
        <source>history: no history to read</source>
        <translation>history: kein Verlauf zum Lesen</translation>
    </message>
    <message>
        <source>history: --no-history leaves nothing to read</source>
        <translation>history: mit --no-history gibt es nichts zu lesen</translation>
    </message>
    <message>
        <source>Add the local history&apos;s columns: first_seen, last_seen, gone_at, deleted_here, acknowledged_at and note.</source>
        <translation>Die Spalten des lokalen Verlaufs anfügen: first_seen, last_seen, gone_at, deleted_here, acknowledged_at und note.</translation>
    </message>
    <message>
        <source>--history-columns needs the history: not with --no-history or --demo</source>
        <translation>--history-columns braucht den Verlauf: nicht mit --no-history oder --demo</translation>
    </message>
    <message>
        <source>A check for Icinga, Nagios, Zabbix and Checkmk (Monitoring Plugins conventions). Counts the failed tasks in scope (every page of every protection group and the group level unless --group) and prints one status line with performance data, e.g. &quot;SDRS FAILED TASKS WARNING - 3 failed tasks | failed=3;1;10;0&quot;. The state is CRITICAL when the count is above --critical, else WARNING when it is above --warning, else OK (0 to N is OK). The count is recorded in the local history (unless --no-history); then the line also says how many tasks are new, e.g. &quot;3 failed tasks (1 new) | failed=3;1;10;0 new=1&quot;, and --new puts the thresholds on them. Nothing is written on stderr: every problem is said in the status line.</source>
        <translation>Eine Prüfung für Icinga, Nagios, Zabbix und Checkmk (nach den Konventionen der Monitoring Plugins). Zählt die fehlgeschlagenen Aufgaben im Umfang (alle Seiten aller Schutzgruppen und der Gruppenebene, außer mit --group) und gibt eine Statuszeile mit Leistungsdaten aus, z. B. „SDRS FAILED TASKS WARNING - 3 failed tasks | failed=3;1;10;0“. Der Zustand ist CRITICAL, wenn die Anzahl über --critical liegt, sonst WARNING, wenn sie über --warning liegt, sonst OK (0 bis N ist OK). Das Gelesene wird im lokalen Verlauf festgehalten (außer mit --no-history); dann nennt die Zeile auch, wie viele Aufgaben neu sind, z. B. „3 failed tasks (1 new) | failed=3;1;10;0 new=1“, und --new legt die Schwellen auf diese. Auf stderr wird nichts geschrieben: Jedes Problem steht in der Statuszeile.</translation>
    </message>
    <message>
        <source>WARNING when more than N failed tasks (with --new: new ones) are counted.</source>
        <translation>WARNING, wenn mehr als N fehlgeschlagene Aufgaben (mit --new: neue) gezählt werden.</translation>
    </message>
    <message>
        <source>CRITICAL when more than N failed tasks (with --new: new ones) are counted.</source>
        <translation>CRITICAL, wenn mehr als N fehlgeschlagene Aufgaben (mit --new: neue) gezählt werden.</translation>
    </message>
    <message>
        <source>The thresholds count only new failed tasks: those that no earlier reading of this program (a check, a summary, an export, the window) has seen, by the local history. The first reading of a connection sees none as new.</source>
        <translation>Die Schwellen zählen nur neue fehlgeschlagene Aufgaben: solche, die laut lokalem Verlauf noch kein früheres Lesen dieses Programms (eine Prüfung, eine Zusammenfassung, ein Export, das Fenster) gesehen hat. Beim ersten Lesen einer Verbindung ist keine neu.</translation>
    </message>
    <message>
        <source>--new counts by the local history, which --no-history and --demo leave alone</source>
        <translation>--new zählt nach dem lokalen Verlauf, den --no-history und --demo nicht verwenden</translation>
    </message>
    <message>
        <source>--new counts by the local history, which could not be used</source>
        <translation>--new zählt nach dem lokalen Verlauf, der nicht verwendet werden konnte</translation>
    </message>
    <message>
        <source>(%1 new)</source>
        <extracomment>Follows &quot;3 failed tasks&quot;: how many of them no earlier reading has seen.</extracomment>
        <translation>(%1 neu)</translation>
    </message>
    <message>
        <source>The local history starts with this reading: nothing counts as new yet.</source>
        <translation>Der lokale Verlauf beginnt mit diesem Lesen: Noch zählt nichts als neu.</translation>
    </message>
</context>
<context>
    <name>sdrs::csv</name>
    <message>
        <source>The list of columns is empty; the columns are: %1.</source>
        <extracomment>%1 lists the valid column names (API field names, not translated).</extracomment>
        <translation>Die Liste der Spalten ist leer; die Spalten sind: %1.</translation>
    </message>
    <message>
        <source>The list of columns &quot;%1&quot; has an empty name; the columns are: %2.</source>
        <extracomment>%1 is the list of columns as given, %2 lists the valid column names.</extracomment>
        <translation>Die Spaltenliste &quot;%1&quot; enthält einen leeren Namen; die Spalten sind: %2.</translation>
    </message>
    <message>
        <source>There is no column named &quot;%1&quot;; the columns are: %2.</source>
        <extracomment>%1 is the unknown name, %2 lists the valid column names.</extracomment>
        <translation>Es gibt keine Spalte namens &quot;%1&quot;; die Spalten sind: %2.</translation>
    </message>
</context>
<context>
    <name>sdrs::history::HistoryStore</name>
    <message>
        <source>The history file %1 is locked by another program.</source>
        <translation>Die Verlaufsdatei %1 ist von einem anderen Programm gesperrt.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be opened or written: %2</source>
        <translation>Die Verlaufsdatei %1 kann nicht geöffnet oder geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of this program; it is left as it is.</source>
        <translation>Die Verlaufsdatei %1 wurde von einer neueren Version dieses Programms geschrieben; sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed (Debian: libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt ist nicht installiert (Debian: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The history folder %1 cannot be created.</source>
        <translation>Der Verlaufsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged and cannot be moved aside.</source>
        <translation>Die Verlaufsdatei %1 ist beschädigt und kann nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be opened.</source>
        <translation>Die Verlaufsdatei %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The history could not be read or written: %1</source>
        <translation>Der Verlauf konnte nicht gelesen oder geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>sdrs::iam</name>
    <message>
        <source>the IAM answer has no X-Subject-Token header</source>
        <extracomment>The end of &quot;The answer could not be read: ...&quot;. X-Subject-Token is an HTTP header.</extracomment>
        <translation>die IAM-Antwort hat keinen X-Subject-Token-Header</translation>
    </message>
    <message>
        <source>the IAM answer&apos;s X-Subject-Token header is not a usable token</source>
        <extracomment>The end of &quot;The answer could not be read: ...&quot;. X-Subject-Token is an HTTP header.</extracomment>
        <translation>der X-Subject-Token-Header der IAM-Antwort ist kein verwendbares Token</translation>
    </message>
</context>
<context>
    <name>sdrs::json</name>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <extracomment>The end of &quot;The answer could not be read: ...&quot;. %1 is a byte offset, %2 Qt&apos;s reason.</extracomment>
        <translation>fehlerhaftes JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <extracomment>The end of &quot;The answer could not be read: ...&quot;.</extracomment>
        <translation>der Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the answer has no &quot;%1&quot; array</source>
        <extracomment>The end of &quot;The answer could not be read: ...&quot;. %1 is a JSON key, e.g. failure_jobs.</extracomment>
        <translation>die Antwort hat kein Array &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;[%2] is not an object</source>
        <extracomment>The end of &quot;The answer could not be read: ...&quot;. %1 is a JSON key, %2 an index: &quot;failure_jobs&quot;[3].</extracomment>
        <translation>&quot;%1&quot;[%2] ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;count&quot; is not a whole number from 0 to 9e15</source>
        <extracomment>The end of &quot;The answer could not be read: ...&quot;. &quot;count&quot; is a JSON key.</extracomment>
        <translation>&quot;count&quot; ist keine ganze Zahl von 0 bis 9e15</translation>
    </message>
    <message>
        <source>the answer has neither &quot;job_id&quot; nor &quot;status&quot;</source>
        <extracomment>The end of &quot;The answer could not be read: ...&quot;. job_id and status are JSON keys.</extracomment>
        <translation>die Antwort hat weder &quot;job_id&quot; noch &quot;status&quot;</translation>
    </message>
</context>
<context>
    <name>sdrs::main</name>
    <message>
        <source>Show this help and exit.</source>
        <extracomment>Option --help in --help.</extracomment>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <extracomment>Option --version in --help.</extracomment>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Browse generated demo data served by a built-in SDRS emulator on 127.0.0.1.</source>
        <extracomment>Option --demo in --help.</extracomment>
        <translation>Erzeugte Demodaten ansehen, bereitgestellt von einem eingebauten SDRS-Emulator auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>SDRS endpoint, e.g. https://sdrs.eu-de.otc.t-systems.com.</source>
        <extracomment>Option --endpoint in --help.</extracomment>
        <translation>SDRS-Endpunkt, z. B. https://sdrs.eu-de.otc.t-systems.com.</translation>
    </message>
    <message>
        <source>URL</source>
        <extracomment>The placeholder of the value of --endpoint in --help: &quot;--endpoint &lt;URL&gt;&quot;.</extracomment>
        <translation>URL</translation>
    </message>
    <message>
        <source>Project id for --endpoint.</source>
        <extracomment>Option --project-id in --help.</extracomment>
        <translation>Projekt-ID für --endpoint.</translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>The placeholder of the value of --project-id in --help: &quot;--project-id &lt;ID&gt;&quot;.</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 (see --help)</source>
        <extracomment>A usage error: %1 is Qt&apos;s message, e.g. &quot;Unknown option &apos;x&apos;.&quot;.</extracomment>
        <translation>%1 (siehe --help)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (see --help)</source>
        <extracomment>A usage error: %1 is the argument given.</extracomment>
        <translation>unerwartetes Argument &quot;%1&quot; (siehe --help)</translation>
    </message>
    <message>
        <source>--demo and --endpoint exclude each other</source>
        <extracomment>A usage error: the two options cannot be given together.</extracomment>
        <translation>--demo und --endpoint schließen einander aus</translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); start it in a desktop session</source>
        <extracomment>DISPLAY and WAYLAND_DISPLAY are environment variables.</extracomment>
        <translation>keine Anzeige, auf der das Fenster geöffnet werden kann (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); starten Sie das Programm in einer Desktop-Sitzung</translation>
    </message>
    <message>
        <source>cannot start the demo server: %1</source>
        <extracomment>%1 is the reason.</extracomment>
        <translation>kann den Demo-Server nicht starten: %1</translation>
    </message>
    <message>
        <source>Command line</source>
        <extracomment>The name of the connection given with --endpoint (like a profile name).</extracomment>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>Send credentials over plain http:// to a host that is not this computer (refused without it).</source>
        <extracomment>Option --allow-http in --help.</extracomment>
        <translation>Anmeldedaten über einfaches http:// an einen Host senden, der nicht dieser Computer ist (ohne diese Option abgewiesen).</translation>
    </message>
    <message>
        <source>warning: --allow-http: credentials may go over plain HTTP, readable by anyone on the way</source>
        <extracomment>A warning on stderr at every start with --allow-http.</extracomment>
        <translation>Warnung: --allow-http: Anmeldedaten können über einfaches HTTP gehen, lesbar für jeden auf dem Weg</translation>
    </message>
    <message>
        <source>use --demo</source>
        <extracomment>Ends &quot;no credentials: set OS_AUTH_TOKEN; ...; or %1&quot;.</extracomment>
        <translation>verwenden Sie --demo</translation>
    </message>
    <message>
        <source>Open with a saved connection profile.</source>
        <extracomment>Option --profile in --help.</extracomment>
        <translation>Mit einem gespeicherten Verbindungsprofil öffnen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <extracomment>The placeholder of the value of --profile in --help: &quot;--profile &lt;NAME&gt;&quot;.</extracomment>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--profile excludes --demo and --endpoint</source>
        <extracomment>A usage error: the options cannot be given together.</extracomment>
        <translation>--profile schließt --demo und --endpoint aus</translation>
    </message>
    <message>
        <source>Browse the failed tasks of the Storage Disaster Recovery Service (SDRS) of Open Telekom
Cloud and Huawei Cloud.

With --endpoint, the sign-in comes from the environment, as for the commands
(OS_AUTH_TOKEN; or OS_ACCESS_KEY/OS_SECRET_KEY; or OS_AUTH_URL, OS_USERNAME,
OS_PASSWORD and OS_USER_DOMAIN_NAME); the project from --project-id or
OS_PROJECT_ID.

Commands for scripts (no window; see sdrs-failures COMMAND --help):
  export   failed tasks as CSV, JSON or a table, to stdout or -o FILE
  summary  failed tasks counted per error code, group, resource, status, type
           or day
  check    a check for Icinga, Nagios, Zabbix and Checkmk (exit 0 OK,
           1 WARNING, 2 CRITICAL, 3 UNKNOWN)
  groups   the protection groups
  job      a job and its sub-job tree
  delete   failed tasks by resource id, of the group level or of a group (--yes)
  history  the local record of failed tasks read: first and last seen, gone,
           deleted here, acknowledged and notes (--no-history: not recorded)
They connect with --demo, --profile NAME, or the environment (as above).

Exit codes of the commands: 0 done, 1 other failure, 2 usage error, 3 sign-in refused
(401/403, missing secret), 4 network error or timeout, 5 service error, 6 output not
writable, 128+N interrupted by signal N.</source>
        <extracomment>The description in --help. Keep the line breaks (lines of at most 80 characters), the command names, options and environment variables as they are.</extracomment>
        <translation>Zeigt die fehlgeschlagenen Aufgaben des Storage Disaster Recovery Service (SDRS)
von Open Telekom Cloud und Huawei Cloud.

Mit --endpoint kommt die Anmeldung wie bei den Befehlen aus der Umgebung
(OS_AUTH_TOKEN; oder OS_ACCESS_KEY/OS_SECRET_KEY; oder OS_AUTH_URL, OS_USERNAME,
OS_PASSWORD und OS_USER_DOMAIN_NAME), das Projekt aus --project-id oder
OS_PROJECT_ID.

Befehle für Skripte (ohne Fenster; siehe sdrs-failures BEFEHL --help):
  export   fehlgeschlagene Aufgaben als CSV, JSON oder Tabelle, auf stdout oder
           mit -o FILE in eine Datei
  summary  fehlgeschlagene Aufgaben gezählt je Fehlercode, Gruppe, Ressource,
           Status, Typ oder Tag
  check    eine Prüfung für Icinga, Nagios, Zabbix und Checkmk (Exit 0 OK,
           1 WARNING, 2 CRITICAL, 3 UNKNOWN)
  groups   die Schutzgruppen
  job      ein Job und sein Baum der Teiljobs
  delete   fehlgeschlagene Aufgaben nach Ressourcen-ID, der Gruppenebene oder
           einer Gruppe (--yes)
  history  der lokale Verlauf gelesener fehlgeschlagener Aufgaben: zuerst und
           zuletzt gesehen, verschwunden, hier gelöscht, bestätigt, Notizen
           (--no-history: nichts aufzeichnen)
Die Befehle verbinden sich mit --demo, --profile NAME oder über die Umgebung
(wie oben).

Exit-Codes der Befehle: 0 erledigt, 1 sonstiger Fehler, 2 Aufruffehler,
3 Anmeldung abgelehnt (401/403, fehlende Zugangsdaten), 4 Netzwerkfehler oder
Zeitüberschreitung, 5 Dienstfehler, 6 Ausgabe nicht schreibbar, 128+N durch
Signal N unterbrochen.</translation>
    </message>
</context>
<context>
    <name>sdrs::tls</name>
    <message>
        <source>The server sent no certificate.</source>
        <translation>Der Server hat kein Zertifikat gesendet.</translation>
    </message>
    <message>
        <source>The certificate does not name %1 among its subject alternative names (%2).</source>
        <extracomment>%1 is the host name, %2 the names the certificate lists.</extracomment>
        <translation>Das Zertifikat nennt %1 nicht unter seinen alternativen Namen (Subject Alternative Names: %2).</translation>
    </message>
    <message>
        <source>The certificate does not name %1.</source>
        <extracomment>%1 is the host name.</extracomment>
        <translation>Das Zertifikat nennt %1 nicht.</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::AcknowledgeDialog</name>
    <message>
        <source>Acknowledge Failed Tasks</source>
        <extracomment>Title of the dialog that acknowledges failed tasks.</extracomment>
        <translation>Fehlgeschlagene Aufgaben bestätigen</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n failed task(s)? They keep a check mark, and “Hide acknowledged” in the View menu hides them. The acknowledgement is kept on this computer.</source>
        <extracomment>%n is how many failed tasks are acknowledged.</extracomment>
        <translation>
            <numerusform>%n fehlgeschlagene Aufgabe bestätigen? Sie erhält ein Häkchen, und „Bestätigte ausblenden“ im Menü Ansicht blendet sie aus. Die Bestätigung wird auf diesem Computer gespeichert.</numerusform>
            <numerusform>%n fehlgeschlagene Aufgaben bestätigen? Sie erhalten ein Häkchen, und „Bestätigte ausblenden“ im Menü Ansicht blendet sie aus. Die Bestätigung wird auf diesem Computer gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Notiz (optional):</translation>
    </message>
    <message>
        <source>A ticket number, “waiting for EVS”, …</source>
        <extracomment>Placeholder of the note of an acknowledgement.</extracomment>
        <translation>Eine Ticketnummer, „wartet auf EVS“, …</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <extracomment>The button that acknowledges the tasks.</extracomment>
        <translation>&amp;Bestätigen</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::BusyIndicator</name>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::DeleteResultsDialog</name>
    <message>
        <source>Delete results</source>
        <translation>Ergebnisse des Löschens</translation>
    </message>
    <message>
        <source>Result of each delete</source>
        <translation>Ergebnis jedes Löschvorgangs</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>Column headers of the delete results: the resource or group, the id sent, the outcome.</extracomment>
        <translation>Was</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::DetailPane</name>
    <message>
        <source>Failure status:</source>
        <translation>Fehlerstatus:</translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation>Fehlercode:</translation>
    </message>
    <message>
        <source>Began (local):</source>
        <translation>Beginn (Ortszeit):</translation>
    </message>
    <message>
        <source>Began (UTC):</source>
        <translation>Beginn (UTC):</translation>
    </message>
    <message>
        <source>Protection group:</source>
        <translation>Schutzgruppe:</translation>
    </message>
    <message>
        <source>Resource name:</source>
        <translation>Ressourcenname:</translation>
    </message>
    <message>
        <source>Resource type:</source>
        <translation>Ressourcentyp:</translation>
    </message>
    <message>
        <source>Resource ID:</source>
        <translation>Ressourcen-ID:</translation>
    </message>
    <message>
        <source>Job type:</source>
        <translation>Jobtyp:</translation>
    </message>
    <message>
        <source>Job status:</source>
        <translation>Jobstatus:</translation>
    </message>
    <message>
        <source>Job ID:</source>
        <translation>Job-ID:</translation>
    </message>
    <message>
        <source>Fail reason:</source>
        <translation>Fehlerursache:</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>Bedeutung:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Abhilfe:</translation>
    </message>
    <message>
        <source>In the fail reason</source>
        <translation>In der Fehlerursache</translation>
    </message>
    <message>
        <source>Failed step:</source>
        <translation>Fehlgeschlagener Schritt:</translation>
    </message>
    <message>
        <source>Downstream error:</source>
        <translation>Nachgelagerter Fehler:</translation>
    </message>
    <message>
        <source>Copy job ID</source>
        <translation>Job-ID kopieren</translation>
    </message>
    <message>
        <source>Copy resource ID</source>
        <translation>Ressourcen-ID kopieren</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n failed tasks selected.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Aufgabe ausgewählt.</numerusform>
            <numerusform>%n fehlgeschlagene Aufgaben ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a failed task to see why it failed and what to do.</source>
        <translation>Wählen Sie eine fehlgeschlagene Aufgabe aus, um zu sehen, warum sie fehlgeschlagen ist und was zu tun ist.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>group name (group status)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Protection-group level</source>
        <translation>Schutzgruppenebene</translation>
    </message>
    <message>
        <source>(The service gave no fail reason.)</source>
        <translation>(Der Dienst hat keine Fehlerursache angegeben.)</translation>
    </message>
    <message>
        <source>%1 (HTTP %2, %3)</source>
        <comment>message (HTTP status, wrapper key)</comment>
        <translation>%1 (HTTP %2, %3)</translation>
    </message>
    <message>
        <source>Error code %1 explained</source>
        <translation>Fehlercode %1 erklärt</translation>
    </message>
    <message>
        <source>Details of the selected failed task</source>
        <translation>Details der ausgewählten fehlgeschlagenen Aufgabe</translation>
    </message>
    <message>
        <source>Cause</source>
        <extracomment>The box at the top of the detail pane: why the task failed and what to do.</extracomment>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Ursache:</translation>
    </message>
    <message>
        <source>Not known: the service gave no reason and the error code is not in the list.</source>
        <translation>Unbekannt: Der Dienst nannte keinen Grund, und der Fehlercode ist nicht in der Liste.</translation>
    </message>
    <message>
        <source>%1 in the error-code list</source>
        <extracomment>A link to the service&apos;s list of error codes; %1 is the code, e.g. SDRS.1021.</extracomment>
        <translation>%1 in der Fehlercode-Liste</translation>
    </message>
    <message>
        <source>Open the SDRS console (%1)</source>
        <extracomment>A link to the SDRS console of the region; %1 is the region, e.g. eu-de.</extracomment>
        <translation>SDRS-Konsole öffnen (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>time (how long ago)</comment>
        <extracomment>A time and how long ago it was: &quot;2026-11-20 11:00:00 UTC+01:00 (3 h ago)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>The detail pane&apos;s box of what the local history knows of a task.</extracomment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Acknowledged:</source>
        <translation>Bestätigt:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Gone:</source>
        <translation>Verschwunden:</translation>
    </message>
    <message>
        <source>First seen:</source>
        <translation>Zuerst gesehen:</translation>
    </message>
    <message>
        <source>Deleted by this program on %1</source>
        <extracomment>Detail pane: %1 when this program deleted the task.</extracomment>
        <translation>Von diesem Programm am %1 gelöscht</translation>
    </message>
    <message>
        <source>No longer listed by the service since %1</source>
        <extracomment>Detail pane: %1 since when the service no longer lists the task.</extracomment>
        <translation>Vom Dienst seit %1 nicht mehr aufgeführt</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::ExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation>Export als CSV</translation>
    </message>
    <message>
        <source>Rows</source>
        <extracomment>Export dialog: which rows to write.</extracomment>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>The selected rows (%1)</source>
        <translation>Die ausgewählten Zeilen (%1)</translation>
    </message>
    <message>
        <source>The rows held here that pass the quick filter (%1)</source>
        <translation>Die hier vorhandenen Zeilen, die den Schnellfilter passieren (%1)</translation>
    </message>
    <message>
        <source>Every page of the current query, fetched again</source>
        <translation>Alle Seiten der aktuellen Abfrage, neu abgerufen</translation>
    </message>
    <message>
        <source>Columns</source>
        <extracomment>Export dialog: which columns to write.</extracomment>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Add a column with the begin time in local time (times are in UTC, ISO 8601)</source>
        <translation>Eine Spalte mit dem Beginn in Ortszeit hinzufügen (Zeiten sind in UTC, ISO 8601)</translation>
    </message>
    <message>
        <source>Start with a byte order mark, so that Excel reads UTF-8</source>
        <translation>Mit einer Bytereihenfolgemarkierung (BOM) beginnen, damit Excel UTF-8 erkennt</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Cells that start with =, +, -, @, a tab or a carriage return get a leading &apos; so that a spreadsheet does not run them as formulas.</source>
        <translation>Zellen, die mit =, +, -, @, einem Tabulator oder einem Wagenrücklauf beginnen, erhalten ein vorangestelltes &apos;, damit eine Tabellenkalkulation sie nicht als Formeln ausführt.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Name the file to write.</source>
        <translation>Geben Sie die zu schreibende Datei an.</translation>
    </message>
    <message>
        <source>This is a folder; name a file in it.</source>
        <translation>Dies ist ein Ordner; geben Sie eine Datei darin an.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <extracomment>Title of the question whether an export may replace an existing file.</extracomment>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>It is replaced only when the export succeeds.</source>
        <translation>Sie wird erst ersetzt, wenn der Export gelingt.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <extracomment>Button: replace the existing file with the export.</extracomment>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>Every page of the current query, fetched again (%Ln row(s) on the service)</source>
        <translation>
            <numerusform>Alle Seiten der aktuellen Abfrage, neu abgerufen (%Ln Zeile beim Dienst)</numerusform>
            <numerusform>Alle Seiten der aktuellen Abfrage, neu abgerufen (%Ln Zeilen beim Dienst)</numerusform>
        </translation>
    </message>
    <message>
        <source>The table&apos;s visible columns, in their order, with their titles and the values as the table shows them (“Create failed”, a group&apos;s name)</source>
        <translation>Die sichtbaren Spalten der Tabelle, in ihrer Reihenfolge, mit ihren Titeln und den Werten, wie die Tabelle sie zeigt („Erstellen fehlgeschlagen“, der Name einer Gruppe)</translation>
    </message>
    <message>
        <source>Every field, named as the API names it, with the API&apos;s values (job_id, …, server_group_name; “createFail”)</source>
        <translation>Alle Felder, benannt wie in der API, mit den Werten der API (job_id, …, server_group_name; „createFail“)</translation>
    </message>
    <message>
        <source>Add acknowledged_at and note columns from the history kept on this computer</source>
        <translation>Spalten acknowledged_at und note aus dem Verlauf auf diesem Computer hinzufügen</translation>
    </message>
    <message>
        <source>The history on this computer cannot be used.</source>
        <translation>Der Verlauf auf diesem Computer kann nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::FacetChips</name>
    <message>
        <source>Overview filters:</source>
        <translation>Übersichtsfilter:</translation>
    </message>
    <message>
        <source>Error code: %1 ×</source>
        <extracomment>A removable filter chip; %1 is an error code (and its meaning); × removes it.</extracomment>
        <translation>Fehlercode: %1 ×</translation>
    </message>
    <message>
        <source>Protection group: %1 ×</source>
        <translation>Schutzgruppe: %1 ×</translation>
    </message>
    <message>
        <source>Resource: %1 ×</source>
        <translation>Ressource: %1 ×</translation>
    </message>
    <message>
        <source>Job type: %1 ×</source>
        <translation>Jobtyp: %1 ×</translation>
    </message>
    <message>
        <source>Day: %1 ×</source>
        <translation>Tag: %1 ×</translation>
    </message>
    <message>
        <source>Remove this filter (Esc)</source>
        <translation>Diesen Filter entfernen (Esc)</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::FailureTableView</name>
    <message>
        <source>Failed tasks</source>
        <translation>Fehlgeschlagene Aufgaben</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose columns</source>
        <translation>Klicken zum Sortieren; Rechtsklick zur Auswahl der Spalten</translation>
    </message>
    <message>
        <source>Begin time (UTC)</source>
        <extracomment>Export column header: the begin time in UTC.</extracomment>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <source>Begin time (local)</source>
        <extracomment>Export column header: the begin time in the computer&apos;s time zone.</extracomment>
        <translation>Beginn (Ortszeit)</translation>
    </message>
    <message>
        <source>Sign-in refused: the service did not accept the credentials.</source>
        <extracomment>Over the empty table: the service refused the credentials.</extracomment>
        <translation>Anmeldung abgelehnt: Der Dienst hat die Zugangsdaten nicht angenommen.</translation>
    </message>
    <message>
        <source>Edit connection…</source>
        <translation>Verbindung bearbeiten…</translation>
    </message>
    <message>
        <source>No failed tasks match the filters.</source>
        <extracomment>Over the empty table: the filters leave no row.</extracomment>
        <translation>Keine fehlgeschlagene Aufgabe passt zu den Filtern.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No failed tasks</source>
        <extracomment>Over the empty table: the scope has no failed task at all.</extracomment>
        <translation>Keine fehlgeschlagenen Aufgaben</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::FilterBar</name>
    <message>
        <source>Protection group</source>
        <translation>Schutzgruppe</translation>
    </message>
    <message>
        <source>Protection-group level</source>
        <translation>Schutzgruppenebene</translation>
    </message>
    <message>
        <source>Failed tasks that belong to no particular protection group</source>
        <translation>Fehlgeschlagene Aufgaben, die zu keiner bestimmten Schutzgruppe gehören</translation>
    </message>
    <message>
        <source>All protection groups</source>
        <translation>Alle Schutzgruppen</translation>
    </message>
    <message>
        <source>Every protection group and the group level, merged; paged and filtered on this computer</source>
        <translation>Alle Schutzgruppen und die Gruppenebene, zusammengeführt; Seiten und Filter auf diesem Computer</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>Failure status</source>
        <translation>Fehlerstatus</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Ressourcentyp</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Resource name, Enter</source>
        <translation>Ressourcenname, Eingabetaste</translation>
    </message>
    <message>
        <source>Sent to the service when you press Enter</source>
        <translation>Wird beim Drücken der Eingabetaste an den Dienst gesendet</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>Ressourcenname</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Quick filter (Ctrl+F)</source>
        <translation>Schnellfilter (Strg+F)</translation>
    </message>
    <message>
        <source>Searches the rows held on this computer, every column including the whole fail reason; not sent to the service</source>
        <translation>Durchsucht die Zeilen auf diesem Computer, alle Spalten einschließlich der vollständigen Fehlerursache; wird nicht an den Dienst gesendet</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Schnellfilter</translation>
    </message>
    <message>
        <source>%1
Status: %2
Protected instances: %3, replication pairs: %4, DR drills: %5
ID: %6</source>
        <translation>%1
Status: %2
Geschützte Instanzen: %3, Replikationspaare: %4, DR-Übungen: %5
ID: %6</translation>
    </message>
    <message>
        <source>This protection group is in an abnormal state.</source>
        <extracomment>Tooltip line and accessible description of a group in an abnormal state.</extracomment>
        <translation>Diese Schutzgruppe ist in einem anormalen Zustand.</translation>
    </message>
    <message>
        <source>Protection group %1</source>
        <translation>Schutzgruppe %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches</source>
        <extracomment>Beside the quick filter: how many rows it keeps.</extracomment>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a group name</source>
        <extracomment>Placeholder of the protection-group box when its text is cleared.</extracomment>
        <translation>Gruppennamen eingeben</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed tasks</source>
        <extracomment>In the group dropdown, after a group&apos;s status: its failed tasks.</extracomment>
        <translation>
            <numerusform>%Ln fehlgeschlagene Aufgabe</numerusform>
            <numerusform>%Ln fehlgeschlagene Aufgaben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdrs::ui::HelpMenu</name>
    <message>
        <source>About SDRS Failed Tasks</source>
        <translation>Über SDRS – fehlgeschlagene Aufgaben</translation>
    </message>
    <message>
        <source>SDRS Failed Tasks %1</source>
        <translation>SDRS – fehlgeschlagene Aufgaben %1</translation>
    </message>
    <message>
        <source>Browse the failed tasks of the Storage Disaster Recovery Service (SDRS) of Open Telekom Cloud and Huawei Cloud.</source>
        <translation>Die fehlgeschlagenen Aufgaben des Storage Disaster Recovery Service (SDRS) der Open Telekom Cloud und der Huawei Cloud durchsehen.</translation>
    </message>
    <message>
        <source>Licence: MIT</source>
        <extracomment>MIT is the name of the licence.</extracomment>
        <translation>Lizenz: MIT</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Open the guide on the project&apos;s homepage</source>
        <translation>Die Anleitung auf der Homepage des Projekts öffnen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About SDRS Failed Tasks</source>
        <translation>Ü&amp;ber SDRS – fehlgeschlagene Aufgaben</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::JobDialog</name>
    <message>
        <source>Failed task: %1</source>
        <extracomment>A line under the fail reason: %1 the name of the task that failed.</extracomment>
        <translation>Fehlgeschlagener Schritt: %1</translation>
    </message>
    <message>
        <source>Error code in the reason: %1 (%2)</source>
        <extracomment>A line under the fail reason: %1 an error code found in it, %2 what it means.</extracomment>
        <translation>Fehlercode in der Ursache: %1 (%2)</translation>
    </message>
    <message>
        <source>Error code in the reason: %1</source>
        <translation>Fehlercode in der Ursache: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Answer of the failing call: %1</source>
        <extracomment>A line under the fail reason: %1 the error another service answered, as found in it.</extracomment>
        <translation>Antwort des fehlgeschlagenen Aufrufs: %1</translation>
    </message>
    <message>
        <source>%1 local time
%2 UTC</source>
        <extracomment>Tooltip of a time: %1 the local time, %2 the same time in UTC.</extracomment>
        <translation>%1 Ortszeit
%2 UTC</translation>
    </message>
    <message>
        <source>Job %1</source>
        <extracomment>Window title of the job inspector; %1 is the job&apos;s id.</extracomment>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <extracomment>Label of the job&apos;s status (success, running, failed).</extracomment>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Type:</source>
        <extracomment>Label of the kind of job, e.g. createProtectedInstance.</extracomment>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Begin:</source>
        <extracomment>Label of the time the job began.</extracomment>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>End:</source>
        <extracomment>Label of the time the job ended.</extracomment>
        <translation>Ende:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation>Fehlercode:</translation>
    </message>
    <message>
        <source>Message:</source>
        <extracomment>Label of the optional message the job API returns with a job.</extracomment>
        <translation>Meldung:</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Protection group:</source>
        <translation>Schutzgruppe:</translation>
    </message>
    <message>
        <source>Protected instance:</source>
        <translation>Geschützte Instanz:</translation>
    </message>
    <message>
        <source>Replication pair:</source>
        <translation>Replikationspaar:</translation>
    </message>
    <message>
        <source>Volumes:</source>
        <translation>Datenträger:</translation>
    </message>
    <message>
        <source>Native server:</source>
        <extracomment>Label of the id of the ECS server a protected instance is made of.</extracomment>
        <translation>Nativer Server:</translation>
    </message>
    <message>
        <source>NIC:</source>
        <extracomment>Label of the id of a network interface card.</extracomment>
        <translation>NIC:</translation>
    </message>
    <message>
        <source>Fail reason:</source>
        <translation>Fehlerursache:</translation>
    </message>
    <message>
        <source>Sub-jobs</source>
        <extracomment>Tab with the tree of the job&apos;s sub-jobs.</extracomment>
        <translation>Teiljobs</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <extracomment>Tab with the server&apos;s answer as JSON text.</extracomment>
        <translation>JSON-Rohdaten</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Ask the server for the job again (%1)</source>
        <translation>Den Job erneut beim Server abfragen (%1)</translation>
    </message>
    <message>
        <source>Job %1 (%2)</source>
        <extracomment>Window title of the job inspector: %1 the job&apos;s id, %2 its type.</extracomment>
        <translation>Job %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2
What to do: %3</source>
        <extracomment>Explanation of a known error code: %1 the code, %2 what it means, %3 what to do.</extracomment>
        <translation>%1: %2
Abhilfe: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>The job&apos;s message (%1) and code (%2), as the API gives them.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Sub-jobs (%n)</source>
        <extracomment>Tab with the tree of the job&apos;s sub-jobs; %n is how many there are.</extracomment>
        <translation>
            <numerusform>Teiljobs (%n)</numerusform>
            <numerusform>Teiljobs (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>This job no longer exists on the server.</source>
        <translation>Dieser Job existiert auf dem Server nicht mehr.</translation>
    </message>
    <message>
        <source>What is shown may be out of date.</source>
        <translation>Die Anzeige ist möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>Job views</source>
        <translation>Job-Ansichten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (id)</comment>
        <extracomment>A resource in the job inspector: %1 its name, %2 its id.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::MainWindow</name>
    <message>
        <source>SDRS Failed Tasks</source>
        <extracomment>The window title: %1 is the name of the connection profile in use.</extracomment>
        <translation>SDRS – fehlgeschlagene Aufgaben</translation>
    </message>
    <message>
        <source>Demo data: served by a built-in emulator on this computer; no cloud account is used.</source>
        <translation>Demodaten: bereitgestellt von einem eingebauten Emulator auf diesem Computer; es wird kein Cloud-Konto verwendet.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>New…</source>
        <comment>new connection profile</comment>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Add a connection profile</source>
        <translation>Ein Verbindungsprofil hinzufügen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <comment>edit connection profile</comment>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the connection profile in use</source>
        <translation>Das verwendete Verbindungsprofil bearbeiten</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Ask the service again (F5)</source>
        <translation>Den Dienst erneut abfragen (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Toolbar button: stop what is loading.</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation>Laden abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Sorted the rows of this page: the service hands out pages in its own order. “All protection groups” sorts every row.</source>
        <translation>Nur die Zeilen dieser Seite wurden sortiert: Der Dienst liefert die Seiten in seiner eigenen Reihenfolge. „Alle Schutzgruppen“ sortiert alle Zeilen.</translation>
    </message>
    <message>
        <source>The protection group %1 no longer exists; showing the protection-group level.</source>
        <translation>Die Schutzgruppe %1 existiert nicht mehr; die Schutzgruppenebene wird angezeigt.</translation>
    </message>
    <message>
        <source>Loading was cancelled; the rows shown are from before.</source>
        <translation>Das Laden wurde abgebrochen; die angezeigten Zeilen sind vom vorherigen Stand.</translation>
    </message>
    <message>
        <source>The protection groups could not be listed. %1</source>
        <translation>Die Schutzgruppen konnten nicht aufgelistet werden. %1</translation>
    </message>
    <message>
        <source>Scope: protection-group level</source>
        <translation>Bereich: Schutzgruppenebene</translation>
    </message>
    <message>
        <source>Scope: all protection groups</source>
        <translation>Bereich: alle Schutzgruppen</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Bereich: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;job ID</source>
        <translation>&amp;Job-ID kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;resource ID</source>
        <translation>&amp;Ressourcen-ID kopieren</translation>
    </message>
    <message>
        <source>Copy row as &amp;JSON</source>
        <translation>Zeile als JS&amp;ON kopieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>&amp;Automatisch aktualisieren</translation>
    </message>
    <message>
        <source>Every %1 min</source>
        <comment>auto-refresh interval</comment>
        <translation>Alle %1 min</translation>
    </message>
    <message>
        <source>&amp;Notify about new failures</source>
        <translation>Bei neuen Fehlschlägen &amp;benachrichtigen</translation>
    </message>
    <message>
        <source>This desktop has no system tray to show notifications in</source>
        <translation>Dieser Desktop hat keinen Infobereich (System Tray) für Benachrichtigungen</translation>
    </message>
    <message>
        <source>A system-tray notification when a refresh finds new failures</source>
        <translation>Eine Benachrichtigung im Infobereich, wenn eine Aktualisierung neue Fehlschläge findet</translation>
    </message>
    <message>
        <source>&amp;Mark all as seen</source>
        <translation>Alle als &amp;gesehen markieren</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>Au&amp;fgaben</translation>
    </message>
    <message>
        <source>&amp;Inspect job…</source>
        <translation>&amp;Job untersuchen…</translation>
    </message>
    <message>
        <source>Open the job and its sub-jobs (Enter or double-click)</source>
        <translation>Den Job und seine Teiljobs öffnen (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>&amp;Delete selected failed tasks…</source>
        <translation>Ausgewählte fehlgeschlagene Aufgaben &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete all &amp;protection-group-level failed tasks…</source>
        <translation>Alle fehlgeschlagenen Aufgaben der &amp;Schutzgruppenebene löschen…</translation>
    </message>
    <message>
        <source>Delete all failed tasks of this &amp;group…</source>
        <translation>Alle fehlgeschlagenen Aufgaben dieser &amp;Gruppe löschen…</translation>
    </message>
    <message>
        <source>Delete all failed tasks of “%1”…</source>
        <translation>Alle fehlgeschlagenen Aufgaben von „%1“ löschen…</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>auto-refresh</comment>
        <extracomment>Auto-refresh menu entry: no automatic refresh.</extracomment>
        <translation>Aus</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The language changes when SDRS Failed Tasks starts again.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von „SDRS – fehlgeschlagene Aufgaben“.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s).</source>
        <translation>
            <numerusform>%Ln Zeile kopiert.</numerusform>
            <numerusform>%Ln Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The rows shown are from before.</source>
        <translation>%1 Die angezeigten Zeilen sind vom vorherigen Stand.</translation>
    </message>
    <message>
        <source>SDRS Failed Tasks — %1</source>
        <translation>SDRS – fehlgeschlagene Aufgaben — %1</translation>
    </message>
    <message>
        <source>&amp;Delete connection profile…</source>
        <translation>Verbindungsprofil &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the connection profile in use, with its secrets</source>
        <translation>Das verwendete Verbindungsprofil samt seinen Zugangsdaten löschen</translation>
    </message>
    <message>
        <source>Copy for a &amp;ticket</source>
        <translation>Für ein &amp;Ticket kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as a Markdown table with time, job type, resource, error code, cause and what to do</source>
        <translation>Die ausgewählten Zeilen als Markdown-Tabelle mit Zeit, Jobtyp, Ressource, Fehlercode, Ursache und Maßnahme kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) as a Markdown table.</source>
        <extracomment>In the status bar after Copy for a ticket.</extracomment>
        <translation>
            <numerusform>%n Zeile als Markdown-Tabelle kopiert.</numerusform>
            <numerusform>%n Zeilen als Markdown-Tabelle kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Copy the selected rows as the table shows them, with a header line, tab-separated</source>
        <translation>Die ausgewählten Zeilen so kopieren, wie die Tabelle sie zeigt, mit Kopfzeile, durch Tabulatoren getrennt</translation>
    </message>
    <message>
        <source>Copy the current row as a JSON object</source>
        <translation>Die aktuelle Zeile als JSON-Objekt kopieren</translation>
    </message>
    <message>
        <source>Copy rows as JSON &amp;array</source>
        <translation>Zeilen als JSON-&amp;Array kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as a JSON array</source>
        <translation>Die ausgewählten Zeilen als JSON-Array kopieren</translation>
    </message>
    <message>
        <source>The service cannot filter by time, so every page of this scope was read; the rows are filtered and paged on this computer.</source>
        <translation>Der Dienst kann nicht nach Zeit filtern, daher wurden alle Seiten dieses Bereichs gelesen; die Zeilen werden auf diesem Computer gefiltert und aufgeteilt.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>What is failing, at a glance: totals, top error codes, failures per day; click to filter the table</source>
        <translation>Was fehlschlägt, auf einen Blick: Summen, häufigste Fehlercodes, Fehler pro Tag; ein Klick filtert die Tabelle</translation>
    </message>
    <message>
        <source>Show &amp;gone failures</source>
        <translation>&amp;Verschwundene Fehler anzeigen</translation>
    </message>
    <message>
        <source>Add the failed tasks the service no longer lists, greyed, from the history kept on this computer</source>
        <translation>Die fehlgeschlagenen Aufgaben, die der Dienst nicht mehr aufführt, ausgegraut aus dem Verlauf auf diesem Computer hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Hide acknowledged</source>
        <translation>Bestätigte &amp;ausblenden</translation>
    </message>
    <message>
        <source>Hide the failed tasks that were acknowledged</source>
        <translation>Die bestätigten fehlgeschlagenen Aufgaben ausblenden</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Bestätigen…</translation>
    </message>
    <message>
        <source>Mark the selected failed tasks as dealt with, with an optional note (Ctrl+K)</source>
        <translation>Die ausgewählten fehlgeschlagenen Aufgaben als erledigt markieren, mit optionaler Notiz (Strg+K)</translation>
    </message>
    <message>
        <source>&amp;Take back acknowledgement</source>
        <translation>Bestätigung &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>Remove the acknowledgement of the selected failed tasks</source>
        <translation>Die Bestätigung der ausgewählten fehlgeschlagenen Aufgaben entfernen</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::MessageBar</name>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Hide message</source>
        <translation>Meldung ausblenden</translation>
    </message>
    <message>
        <source>Information message</source>
        <translation>Informationsmeldung</translation>
    </message>
    <message>
        <source>Success message</source>
        <translation>Erfolgsmeldung</translation>
    </message>
    <message>
        <source>Warning message</source>
        <translation>Warnmeldung</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::NewRowNotifier</name>
    <message>
        <source>SDRS Failed Tasks</source>
        <translation>SDRS – fehlgeschlagene Aufgaben</translation>
    </message>
    <message>
        <source>New failed tasks: %1 (%2)</source>
        <translation>Neue fehlgeschlagene Aufgaben: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::OverviewPanel</name>
    <message>
        <source>Top error codes</source>
        <translation>Häufigste Fehlercodes</translation>
    </message>
    <message>
        <source>Failures per day</source>
        <translation>Fehler pro Tag</translation>
    </message>
    <message>
        <source>Failed tasks</source>
        <translation>Fehlgeschlagene Aufgaben</translation>
    </message>
    <message>
        <source>New since last look</source>
        <translation>Neu seit dem letzten Blick</translation>
    </message>
    <message>
        <source>Gone in the last 24 hours</source>
        <translation>In den letzten 24 Stunden verschwunden</translation>
    </message>
    <message>
        <source>Error codes</source>
        <translation>Fehlercodes</translation>
    </message>
    <message>
        <source>Protection groups</source>
        <translation>Schutzgruppen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Job types</source>
        <translation>Jobtypen</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>The Overview&apos;s count of gone failures when the history cannot tell.</extracomment>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::OverviewRankModel</name>
    <message>
        <source>Failed tasks</source>
        <translation>Fehlgeschlagene Aufgaben</translation>
    </message>
    <message>
        <source>(no error code)</source>
        <extracomment>An Overview entry: failed tasks without an error code.</extracomment>
        <translation>(kein Fehlercode)</translation>
    </message>
    <message>
        <source>Protection-group level</source>
        <translation>Schutzgruppenebene</translation>
    </message>
    <message>
        <source>(no job type)</source>
        <extracomment>An Overview entry: failed tasks without a job type.</extracomment>
        <translation>(kein Jobtyp)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Protection group</source>
        <translation>Schutzgruppe</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Jobtyp</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Column of the Overview&apos;s ranked tables: how many failed tasks.</extracomment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>First</source>
        <extracomment>Column of the Overview&apos;s ranked tables: the earliest begin time.</extracomment>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Last</source>
        <extracomment>Column of the Overview&apos;s ranked tables: the latest begin time.</extracomment>
        <translation>Letzte</translation>
    </message>
    <message>
        <source>First: %1, last: %2</source>
        <extracomment>Tooltip of a ranked row: the earliest and the latest begin time, local.</extracomment>
        <translation>Erste: %1, letzte: %2</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::PagingBar</name>
    <message>
        <source>Rows per page:</source>
        <translation>Zeilen pro Seite:</translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation>Zeilen pro Seite</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Zu Seite springen</translation>
    </message>
    <message>
        <source>Type a page number and press Enter</source>
        <translation>Geben Sie eine Seitennummer ein und drücken Sie die Eingabetaste</translation>
    </message>
    <message>
        <source>of %1</source>
        <comment>page x of y</comment>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Rows %1–%2 of at least %3</source>
        <extracomment>The service&apos;s count said no more after a full page: more pages may follow.</extracomment>
        <translation>Zeilen %1–%2 von mindestens %3</translation>
    </message>
    <message>
        <source>Rows %1–%2 of %3</source>
        <translation>Zeilen %1–%2 von %3</translation>
    </message>
    <message>
        <source>No rows of %1</source>
        <translation>Keine Zeilen von %1</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::ProfileDialog</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Verbindungsprofil einen Namen.</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already: choose another name.</source>
        <translation>Ein Verbindungsprofil namens „%1“ existiert bereits: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Connection Profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>e.g. OTC production</source>
        <translation>z. B. OTC Produktion</translation>
    </message>
    <message>
        <source>Custom…</source>
        <extracomment>Endpoint choice: the user types the SDRS URL.</extracomment>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>https://sdrs.example.com</source>
        <translation>https://sdrs.example.com</translation>
    </message>
    <message>
        <source>The SDRS endpoint, or a URL that already ends in /v1/{project_id}. With a password sign-in it may stay empty: the token&apos;s service catalog names it.</source>
        <translation>Der SDRS-Endpunkt oder eine URL, die bereits auf /v1/{project_id} endet. Bei Passwort-Anmeldung kann er leer bleiben: Der Dienstkatalog des Tokens nennt ihn.</translation>
    </message>
    <message>
        <source>The project whose failed tasks are shown (console: My Credentials, Projects).</source>
        <translation>Das Projekt, dessen fehlgeschlagene Aufgaben angezeigt werden (Konsole: Meine Zugangsdaten, Projekte).</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>Sign-in kind: a fixed IAM token pasted by the user.</extracomment>
        <translation>Token</translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation>IAM-Benutzer und Passwort</translation>
    </message>
    <message>
        <source>AK/SK</source>
        <extracomment>Sign-in kind: access key and secret key.</extracomment>
        <translation>AK/SK</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>UR&amp;L:</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>&amp;Projekt-ID:</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>&amp;Anmelden mit:</translation>
    </message>
    <message>
        <source>A project-scoped IAM token (X-Auth-Token). It is valid for 24 hours.</source>
        <translation>Ein projektbezogenes IAM-Token (X-Auth-Token). Es ist 24 Stunden gültig.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>https://iam.example.com/v3</source>
        <translation>https://iam.example.com/v3</translation>
    </message>
    <message>
        <source>The account (domain) name the IAM user belongs to.</source>
        <translation>Der Name des Kontos (der Domäne), zu dem der IAM-Benutzer gehört.</translation>
    </message>
    <message>
        <source>instead of the project ID, e.g. eu-de</source>
        <translation>statt der Projekt-ID, z. B. eu-de</translation>
    </message>
    <message>
        <source>&amp;IAM URL:</source>
        <translation>&amp;IAM-URL:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domäne:</translation>
    </message>
    <message>
        <source>Project na&amp;me:</source>
        <translation>Projektna&amp;me:</translation>
    </message>
    <message>
        <source>only for temporary credentials</source>
        <translation>nur für temporäre Zugangsdaten</translation>
    </message>
    <message>
        <source>A (Huawei Cloud SDKs)</source>
        <extracomment>AK/SK signing scheme A.</extracomment>
        <translation>A (Huawei Cloud SDKs)</translation>
    </message>
    <message>
        <source>B (OTC SDKs)</source>
        <extracomment>AK/SK signing scheme B.</extracomment>
        <translation>B (OTC SDKs)</translation>
    </message>
    <message>
        <source>The signature scheme the gateway expects. Try the other one when requests are rejected with an authentication error.</source>
        <translation>Das Signaturverfahren, das das Gateway erwartet. Versuchen Sie das andere, wenn Anfragen mit einem Authentifizierungsfehler abgelehnt werden.</translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation>&amp;Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Secret ke&amp;y:</source>
        <translation>&amp;Geheimer Schlüssel:</translation>
    </message>
    <message>
        <source>Security &amp;token:</source>
        <translation>Sic&amp;herheitstoken:</translation>
    </message>
    <message>
        <source>Si&amp;gning:</source>
        <translation>&amp;Signatur:</translation>
    </message>
    <message>
        <source>optional: extra trusted CAs (PEM)</source>
        <translation>optional: zusätzliche vertrauenswürdige CAs (PEM)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Your password is sent to: %1</source>
        <translation>Ihr Passwort wird gesendet an: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>A link after the sentence about the keychain: shows the keychain&apos;s own words.</extracomment>
        <translation>Details</translation>
    </message>
    <message>
        <source>Delete Connection Profile</source>
        <translation>Verbindungsprofil löschen</translation>
    </message>
    <message>
        <source>Delete the connection profile “%1”?</source>
        <extracomment>%1 is the profile&apos;s name.</extracomment>
        <translation>Das Verbindungsprofil „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its settings and its secrets in the system keychain are removed. This cannot be undone.</source>
        <translation>Seine Einstellungen und seine Zugangsdaten im Schlüsselbund des Systems werden entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete Profile</source>
        <translation>Profil &amp;löschen</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::TimeRangeBox</name>
    <message>
        <source>Begin time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Shows the failed tasks that began in this time range. The service has no time filter: for one protection group or the group level, every page is read and the rows are paged on this computer.</source>
        <translation>Zeigt die fehlgeschlagenen Aufgaben, die in diesem Zeitraum begonnen haben. Der Dienst hat keinen Zeitfilter: Für eine Schutzgruppe oder die Schutzgruppenebene werden alle Seiten gelesen und die Zeilen auf diesem Computer aufgeteilt.</translation>
    </message>
    <message>
        <source>All times</source>
        <translation>Alle Zeiten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>Begin time from</source>
        <extracomment>Accessible name of the custom range&apos;s start.</extracomment>
        <translation>Beginn ab</translation>
    </message>
    <message>
        <source>Begin time to</source>
        <extracomment>Accessible name of the custom range&apos;s end.</extracomment>
        <translation>Beginn bis</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two times of a custom range: &quot;[start] to [end]&quot;.</extracomment>
        <translation>bis</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>Tooltip of a custom range&apos;s time: the same time in UTC.</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>&amp;Begin time:</source>
        <comment>filter bar label</comment>
        <extracomment>Label of the begin-time range in the filter bar.</extracomment>
        <translation>Beg&amp;inn:</translation>
    </message>
</context>
<context>
    <name>sdrs::ui::WindowStatusBar</name>
    <message>
        <source>Rows new since an earlier refresh, in bold with a dot, until you select them (Ctrl+M marks all as seen)</source>
        <translation>Zeilen, die seit einer früheren Aktualisierung neu sind, fett und mit Punkt, bis Sie sie auswählen (Strg+M markiert alle als gesehen)</translation>
    </message>
    <message>
        <source>New: %1</source>
        <extracomment>Status bar: how many rows are marked new since an earlier refresh.</extracomment>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Requests in flight: %1</source>
        <translation>Laufende Anfragen: %1</translation>
    </message>
    <message>
        <source>Auto-refresh every %1 min, next at %2</source>
        <extracomment>Status bar: %1 minutes between refreshes, %2 the time of the next one.</extracomment>
        <translation>Automatisch aktualisieren alle %1 min, nächste um %2</translation>
    </message>
    <message>
        <source>Refreshed just now</source>
        <translation>Gerade eben aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %Ln min ago</source>
        <translation>
            <numerusform>Vor %Ln min aktualisiert</numerusform>
            <numerusform>Vor %Ln min aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshed at %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>Last refresh: %1</source>
        <translation>Letzte Aktualisierung: %1</translation>
    </message>
</context>
<context>
    <name>sdrs::wire</name>
    <message>
        <source>The id is empty; nothing was sent.</source>
        <extracomment>An id that would become part of a request&apos;s URL is empty; nothing was sent.</extracomment>
        <translation>Die ID ist leer; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an id: it would address another path; nothing was sent.</source>
        <extracomment>%1 is &quot;.&quot; or &quot;..&quot;, which a URL would collapse; nothing was sent.</extracomment>
        <translation>&quot;%1&quot; kann keine ID sein: sie würde einen anderen Pfad ansprechen; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an id: &quot;batch&quot; addresses a batch delete; nothing was sent.</source>
        <extracomment>%1 is the id given, a spelling of &quot;batch&quot; (the API&apos;s reserved word for a batch delete).</extracomment>
        <translation>&quot;%1&quot; kann keine ID sein: &quot;batch&quot; bezeichnet ein Sammellöschen; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The id holds a control character (%1); nothing was sent.</source>
        <extracomment>%1 is a character code such as U+001B.</extracomment>
        <translation>Die ID enthält ein Steuerzeichen (%1); nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Refusing to send credentials over plain HTTP to %1: use https://, or start the program with --allow-http.</source>
        <extracomment>%1 is a host name. --allow-http is a command-line option; do not translate it.</extracomment>
        <translation>Anmeldedaten werden nicht über einfaches HTTP an %1 gesendet: https:// verwenden oder das Programm mit --allow-http starten.</translation>
    </message>
</context>
</TS>
