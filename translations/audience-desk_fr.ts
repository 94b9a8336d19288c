<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Audience Desk</source>
        <translation>À propos d&apos;Audience Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Audience Desk %1&lt;/h3&gt;&lt;p&gt;Browse the custom audiences of your Batch apps and upload CSV segments into them, with the Custom Audience API 1.1.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Copyright © 2026 Audience Desk contributors.&lt;br&gt;This program is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;%3&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version. It comes with absolutely no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %4, running on Qt %5.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Audience Desk %1&lt;/h3&gt;&lt;p&gt;Parcourez les audiences personnalisées de vos apps Batch et importez-y des segments CSV, avec la Custom Audience API 1.1.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Copyright © 2026 les contributeurs d&apos;Audience Desk.&lt;br&gt;Ce programme est un logiciel libre : vous pouvez le redistribuer et/ou le modifier selon les termes de la &lt;a href=&quot;%3&quot;&gt;licence publique générale GNU&lt;/a&gt;, version 3 ou (à votre choix) toute version ultérieure. Il est fourni sans aucune garantie.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %4, exécuté avec Qt %5.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Support information:</source>
        <translation>Informations pour le &amp;support :</translation>
    </message>
    <message>
        <source>Support information</source>
        <translation>Informations pour le support</translation>
    </message>
    <message>
        <source>&amp;Copy Support Information</source>
        <translation>&amp;Copier les informations</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AlsoSendToBox</name>
    <message>
        <source>Al&amp;so send to:</source>
        <translation>Envoyer au&amp;ssi à&#xa0;:</translation>
    </message>
    <message>
        <source>Also send to</source>
        <translation>Envoyer aussi à</translation>
    </message>
    <message>
        <source>%1 — LIVE</source>
        <translation>%1 — LIVE</translation>
    </message>
    <message>
        <source>%1 — %2 key</source>
        <translation>%1 — clé %2</translation>
    </message>
    <message>
        <source>The REST API key of %1 could not be read: %2 Nothing is sent there.</source>
        <translation>La clé d&apos;API REST de %1 n&apos;a pas pu être lue&#xa0;: %2 Rien n&apos;y sera envoyé.</translation>
    </message>
</context>
<context>
    <name>ApiCommands</name>
    <message>
        <source>expected exactly one audience name (see --help)</source>
        <translation>un seul nom d&apos;audience attendu (voir --help)</translation>
    </message>
    <message>
        <source>--%1 needs a non-negative integer</source>
        <translation>--%1 attend un entier positif ou nul</translation>
    </message>
    <message>
        <source>list takes no argument</source>
        <translation>list ne prend pas d&apos;argument</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 100</source>
        <translation>--limit doit être compris entre 1 et 100</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>UPDATED (UTC)</source>
        <translation>MODIFIÉE (UTC)</translation>
    </message>
    <message>
        <source>name:           %1</source>
        <translation>nom&#xa0;:            %1</translation>
    </message>
    <message>
        <source>type:           %1</source>
        <translation>type&#xa0;:           %1</translation>
    </message>
    <message>
        <source>description:    %1</source>
        <translation>description&#xa0;:    %1</translation>
    </message>
    <message>
        <source>ids:            %1</source>
        <translation>ID&#xa0;:             %1</translation>
    </message>
    <message>
        <source>created (UTC):  %1</source>
        <translation>créée (UTC)&#xa0;:    %1</translation>
    </message>
    <message>
        <source>updated (UTC):  %1</source>
        <translation>modifiée (UTC)&#xa0;: %1</translation>
    </message>
    <message>
        <source>indexing state: %1</source>
        <translation>indexation&#xa0;:     %1</translation>
    </message>
    <message>
        <source>Created audience %1.</source>
        <translation>Audience %1 créée.</translation>
    </message>
    <message>
        <source>deleting &quot;%1&quot; removes all its IDs and cannot be undone: add --yes to confirm</source>
        <translation>supprimer «&#xa0;%1&#xa0;» retire tous ses ID et ne peut pas être annulé&#xa0;: ajoutez --yes pour confirmer</translation>
    </message>
    <message>
        <source>Deleted audience %1.</source>
        <translation>Audience %1 supprimée.</translation>
    </message>
    <message>
        <source>status needs --token</source>
        <translation>status attend --token</translation>
    </message>
    <message>
        <source>Indexing %1: in progress…</source>
        <translation>Indexation de %1&#xa0;: en cours…</translation>
    </message>
    <message>
        <source>Batch has not finished indexing %1 after 15 minutes; check later with: audience-desk-cli status %1 --token %2</source>
        <translation>Batch n&apos;a pas fini d&apos;indexer %1 après 15 minutes&#xa0;; vérifiez plus tard avec&#xa0;: audience-desk-cli status %1 --token %2</translation>
    </message>
</context>
<context>
    <name>ApiErrorBuilder</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch did not accept the keys (AUTHENTICATION_INVALID).</source>
        <translation>Batch n&apos;a pas accepté les clés (AUTHENTICATION_INVALID).</translation>
    </message>
    <message>
        <source>Batch refused this use of the API (API_MISUSE).</source>
        <translation>Batch a refusé cette utilisation de l&apos;API (API_MISUSE).</translation>
    </message>
    <message>
        <source>Batch does not know this audience or route (ROUTE_NOT_FOUND).</source>
        <translation>Batch ne connaît pas cette audience ou cette route (ROUTE_NOT_FOUND).</translation>
    </message>
    <message>
        <source>Batch is receiving too many requests (HTTP 429).</source>
        <translation>Batch reçoit trop de requêtes (HTTP 429).</translation>
    </message>
    <message>
        <source>Batch is under maintenance (MAINTENANCE_ERROR).</source>
        <translation>Batch est en maintenance (MAINTENANCE_ERROR).</translation>
    </message>
    <message>
        <source>Batch had an internal problem (%1).</source>
        <translation>Batch a rencontré un problème interne (%1).</translation>
    </message>
    <message>
        <source>Batch rejected the request (%1).</source>
        <translation>Batch a rejeté la requête (%1).</translation>
    </message>
    <message>
        <source>Batch answered with HTTP %1.</source>
        <translation>Batch a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>Check the app API key and the REST API key in Profiles and Keys.</source>
        <translation>Vérifiez la clé d&apos;API de l&apos;app et la clé d&apos;API REST dans Profils et clés.</translation>
    </message>
    <message>
        <source>Check that the keys belong to the same company and app, then try again.</source>
        <translation>Vérifiez que les clés appartiennent à la même entreprise et à la même app, puis réessayez.</translation>
    </message>
    <message>
        <source>Refresh the list: the audience may have been deleted or renamed.</source>
        <translation>Actualisez la liste&#xa0;: l&apos;audience a peut-être été supprimée ou renommée.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Check the values sent (file and mapping); the details say which one.</source>
        <translation>Vérifiez les valeurs envoyées (fichier et correspondance)&#xa0;; les détails indiquent laquelle.</translation>
    </message>
    <message>
        <source>If this persists, contact Batch support with the details.</source>
        <translation>Si le problème persiste, contactez le support de Batch en joignant les détails.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Nothing was changed on Batch.</source>
        <translation>Rien n&apos;a été modifié sur Batch.</translation>
    </message>
    <message>
        <source>The audience may or may not have been replaced.</source>
        <translation>L&apos;audience a peut-être été remplacée, ou non.</translation>
    </message>
    <message>
        <source>These IDs may or may not have been added.</source>
        <translation>Ces ID ont peut-être été ajoutés, ou non.</translation>
    </message>
    <message>
        <source>The change may or may not have been made.</source>
        <translation>La modification a peut-être été faite, ou non.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Batch asked to wait %1 before trying again: try again after %2.</source>
        <translation>Batch demande d&apos;attendre %1 avant de réessayer&#xa0;: réessayez après %2.</translation>
    </message>
    <message>
        <source>Batch says: “%1”.</source>
        <translation>Batch indique&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Check your network connection and try again.</source>
        <translation>Vérifiez votre connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>The server %1 could not be found.</source>
        <translation>Le serveur %1 est introuvable.</translation>
    </message>
    <message>
        <source>Check the server address (Base URL) in Profiles and Keys, and your network connection.</source>
        <translation>Vérifiez l&apos;adresse du serveur (URL de base) dans Profils et clés, ainsi que votre connexion réseau.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 a refusé la connexion.</translation>
    </message>
    <message>
        <source>Nothing answers at that address: check the Base URL in Profiles and Keys, or try again later.</source>
        <translation>Rien ne répond à cette adresse&#xa0;: vérifiez l&apos;URL de base dans Profils et clés, ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <source>The network proxy did not let the request to %1 through.</source>
        <translation>Le proxy réseau n&apos;a pas laissé passer la requête vers %1.</translation>
    </message>
    <message>
        <source>Check the proxy settings of this computer.</source>
        <translation>Vérifiez les réglages de proxy de cet ordinateur.</translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2).</source>
        <translation>La connexion à %1 a échoué (%2).</translation>
    </message>
    <message>
        <source>Batch did not answer within %1.</source>
        <translation>Batch n&apos;a pas répondu en %1.</translation>
    </message>
    <message>
        <source>Check your connection and try again.</source>
        <translation>Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>No complete answer arrived from Batch within %1.</source>
        <translation>Aucune réponse complète n&apos;est arrivée de Batch en %1.</translation>
    </message>
    <message>
        <source>The secure connection could not be established (%1).</source>
        <translation>La connexion sécurisée n&apos;a pas pu être établie (%1).</translation>
    </message>
    <message>
        <source>Check the date and time of this computer and any network filter; the server&apos;s identity could not be verified, so nothing is sent.</source>
        <translation>Vérifiez la date et l&apos;heure de cet ordinateur et tout filtre réseau&#xa0;; l&apos;identité du serveur n&apos;a pas pu être vérifiée, donc rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Sending the same IDs again is safe: try again, or refresh the audience to see its current state.</source>
        <translation>Renvoyer les mêmes ID est sans risque&#xa0;: réessayez, ou actualisez l&apos;audience pour voir son état actuel.</translation>
    </message>
    <message>
        <source>Refresh the audience to see its current state.</source>
        <translation>Actualisez l&apos;audience pour voir son état actuel.</translation>
    </message>
    <message>
        <source>Try again; if this persists, check the server address in Profiles and Keys.</source>
        <translation>Réessayez&#xa0;; si le problème persiste, vérifiez l&apos;adresse du serveur dans Profils et clés.</translation>
    </message>
    <message>
        <source>Batch&apos;s answer could not be read (%1).</source>
        <translation>La réponse de Batch n&apos;a pas pu être lue (%1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>nothing sent or received for %1 ms</source>
        <translation>rien envoyé ni reçu pendant %1 ms</translation>
    </message>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation>aucune réponse complète en %1 ms</translation>
    </message>
</context>
<context>
    <name>ApiResponseParser</name>
    <message>
        <source>an audience without a name</source>
        <translation>une audience sans nom</translation>
    </message>
    <message>
        <source>empty body</source>
        <translation>réponse vide</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>ce n&apos;est pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>no custom_audiences array</source>
        <translation>aucun tableau custom_audiences</translation>
    </message>
</context>
<context>
    <name>ApiValidation</name>
    <message>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <source>Use at most 255 characters (this name has %1).</source>
        <translation>Utilisez 255 caractères au plus (ce nom en a %1).</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
    <message>
        <source>Use only letters a–z and A–Z, digits, _ and - (position %1 has %2).</source>
        <translation>Utilisez seulement les lettres a–z et A–Z, les chiffres, _ et - (la position %1 contient %2).</translation>
    </message>
    <message>
        <source>Enter a full address such as https://api.batch.com.</source>
        <translation>Saisissez une adresse complète, comme https://api.batch.com.</translation>
    </message>
    <message>
        <source>The address must not contain a user name, query or fragment.</source>
        <translation>L&apos;adresse ne doit contenir ni nom d&apos;utilisateur, ni requête, ni fragment.</translation>
    </message>
    <message>
        <source>Only https:// addresses are accepted.</source>
        <translation>Seules les adresses https:// sont acceptées.</translation>
    </message>
    <message>
        <source>Plain http:// is only accepted for this computer (127.0.0.1 or localhost): keys would travel unencrypted. Use https://.</source>
        <translation>Le simple http:// n&apos;est accepté que pour cet ordinateur (127.0.0.1 ou localhost)&#xa0;: les clés circuleraient sans chiffrement. Utilisez https://.</translation>
    </message>
</context>
<context>
    <name>AppCommandLine</name>
    <message>
        <source>Start on a local sandbox with sample audiences (nothing reaches Batch).</source>
        <translation>Démarrer sur un bac à sable local avec des audiences d&apos;exemple (rien n&apos;atteint Batch).</translation>
    </message>
    <message>
        <source>Open a new window even when Audience Desk is already running.</source>
        <translation>Ouvrir une nouvelle fenêtre même si Audience Desk est déjà lancé.</translation>
    </message>
    <message>
        <source>Write the support log to FILE (by default audience-desk.log in the state folder, ~/.local/state/audience-desk on Linux; Help → About shows it).</source>
        <translation>Écrire le journal de support dans FILE (par défaut audience-desk.log dans le dossier d&apos;état, ~/.local/state/audience-desk sous Linux ; Aide → À propos l&apos;indique).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Browse Batch custom audiences and upload CSV segments into them.</source>
        <translation>Parcourez les audiences personnalisées de Batch et importez-y des segments CSV.</translation>
    </message>
    <message>
        <source>A CSV file to import.</source>
        <translation>Un fichier CSV à importer.</translation>
    </message>
</context>
<context>
    <name>AttributeMappingModel</name>
    <message>
        <source>“%1”: use 1 to 30 characters of a–z, 0–9 and _</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: utilisez de 1 à 30 caractères parmi a–z, 0–9 et _</translation>
    </message>
    <message>
        <source>“%1” is used twice</source>
        <translation>«&#xa0;%1&#xa0;» est utilisé deux fois</translation>
    </message>
    <message>
        <source>%1 attributes are included; Batch accepts at most %2</source>
        <translation>%1 attributs sont inclus&#xa0;; Batch en accepte %2 au plus</translation>
    </message>
    <message>
        <source>ISO 8601</source>
        <translation>ISO 8601</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Inclure</translation>
    </message>
    <message>
        <source>CSV column</source>
        <translation>Colonne CSV</translation>
    </message>
    <message>
        <source>Attribute name</source>
        <translation>Nom de l&apos;attribut</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <source>%1, as in %2</source>
        <comment>date format, sample</comment>
        <translation>%1, comme dans %2</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Exemples</translation>
    </message>
</context>
<context>
    <name>AudienceBrowser</name>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <source>That was the last page: there are no more audiences.</source>
        <translation>C&apos;était la dernière page&#xa0;: il n&apos;y a plus d&apos;audiences.</translation>
    </message>
    <message>
        <source>Filter all audiences (Ctrl+F)</source>
        <translation>Filtrer toutes les audiences (Ctrl+F)</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Not every audience could be read: %1</source>
        <translation>Toutes les audiences n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>12 matches in 137 audiences</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n audiences</source>
        <translation>
            <numerusform>%n audience</numerusform>
            <numerusform>%n audiences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audiences read</source>
        <translation>
            <numerusform>audiences lues&#xa0;: %n</numerusform>
            <numerusform>audiences lues&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 so far, searching the others…</source>
        <translation>%1 sur %2 pour l&apos;instant, recherche dans les autres…</translation>
    </message>
    <message>
        <source>%1 in the %2</source>
        <comment>could not read the others</comment>
        <translation>%1 parmi les %2</translation>
    </message>
    <message numerus="yes">
        <source>Searching every audience: %n read so far</source>
        <translation>
            <numerusform>Recherche dans toutes les audiences&#xa0;: %n lue pour l&apos;instant</numerusform>
            <numerusform>Recherche dans toutes les audiences&#xa0;: %n lues pour l&apos;instant</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching every audience: %1 % read</source>
        <translation>Recherche dans toutes les audiences&#xa0;: %1&#xa0;% lues</translation>
    </message>
</context>
<context>
    <name>AudienceDetailsPane</name>
    <message>
        <source>%1 (UTC %2)</source>
        <translation>%1 (UTC %2)</translation>
    </message>
    <message>
        <source>Applied: the last change is live</source>
        <translation>Appliquée&#xa0;: la dernière modification est en ligne</translation>
    </message>
    <message>
        <source>Indexing in progress: campaigns may not target the new IDs yet</source>
        <translation>Indexation en cours&#xa0;: les campagnes ne ciblent peut-être pas encore les nouveaux ID</translation>
    </message>
    <message>
        <source>Replaced by a newer upload</source>
        <translation>Remplacée par un envoi plus récent</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Select an audience to see its details.</source>
        <translation>Sélectionnez une audience pour voir ses détails.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>IDs:</source>
        <translation>ID&#xa0;:</translation>
    </message>
    <message>
        <source>Indexing:</source>
        <translation>Indexation&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créée&#xa0;:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Modifiée&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Could not load the details: %1</source>
        <translation>Les détails n&apos;ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Uploads from this computer:</source>
        <translation>Envois depuis cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>None with this profile.</source>
        <translation>Aucun avec ce profil.</translation>
    </message>
    <message numerus="yes">
        <source>%n uploads, newest first</source>
        <translation>
            <numerusform>%n envoi, le plus récent en premier</numerusform>
            <numerusform>%n envois, les plus récents en premier</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
</context>
<context>
    <name>AudiencePager</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No audiences</source>
        <translation>Aucune audience</translation>
    </message>
    <message>
        <source>No audiences from %1</source>
        <translation>Aucune audience à partir de %1</translation>
    </message>
    <message>
        <source>Showing %1–%2</source>
        <translation>Affichage %1–%2</translation>
    </message>
</context>
<context>
    <name>AudienceTableModel</name>
    <message>
        <source>Install IDs</source>
        <translation>ID d&apos;installation</translation>
    </message>
    <message>
        <source>Custom user IDs</source>
        <translation>ID utilisateur personnalisés</translation>
    </message>
    <message>
        <source>Advertising IDs</source>
        <translation>ID publicitaires</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>IDs</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifiée</translation>
    </message>
</context>
<context>
    <name>AudienceUploadsView</name>
    <message>
        <source>Uploads from this computer</source>
        <translation>Envois depuis cet ordinateur</translation>
    </message>
    <message>
        <source>%1 sent / %2 in Batch</source>
        <translation>envoyés&#xa0;: %1 / dans Batch&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>envoyés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · %2
%3 · %4</source>
        <comment>date · state, file · IDs</comment>
        <translation>%1 · %2
%3 · %4</translation>
    </message>
</context>
<context>
    <name>BatchClient</name>
    <message>
        <source>The app API key is missing or malformed (letters, digits, _ and - only).</source>
        <translation>La clé d&apos;API de l&apos;app est absente ou mal formée (lettres, chiffres, _ et - uniquement).</translation>
    </message>
    <message>
        <source>The REST API key is missing or malformed (letters, digits, _ and - only).</source>
        <translation>La clé d&apos;API REST est absente ou mal formée (lettres, chiffres, _ et - uniquement).</translation>
    </message>
    <message>
        <source>Invalid audience name: %1</source>
        <translation>Nom d&apos;audience non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>List needs from ≥ 0 and a limit between 1 and %1.</source>
        <translation>La liste attend un début ≥ 0 et une limite entre 1 et %1.</translation>
    </message>
</context>
<context>
    <name>BodySeal</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 changed after it was prepared: check the file again.</source>
        <translation>%1 a changé depuis sa préparation&#xa0;: vérifiez le fichier à nouveau.</translation>
    </message>
</context>
<context>
    <name>ChunkWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot rename %1</source>
        <translation>Impossible de renommer %1</translation>
    </message>
    <message>
        <source>%1 changed while the requests were prepared: check the file again.</source>
        <translation>%1 a changé pendant la préparation des requêtes&#xa0;: vérifiez le fichier à nouveau.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>Company REST API key (visible to other users in the process list: prefer --rest-key-file).</source>
        <translation>Clé d&apos;API REST de l&apos;entreprise (visible des autres utilisateurs dans la liste des processus, préférez donc --rest-key-file).</translation>
    </message>
    <message>
        <source>Read the company REST API key from the first line of FILE (- reads standard input).</source>
        <translation>Lire la clé d&apos;API REST de l&apos;entreprise sur la première ligne de FICHIER (- lit l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>API server (default https://api.batch.com).</source>
        <translation>Serveur de l&apos;API (par défaut https://api.batch.com).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Use a local sandbox with sample data (nothing reaches Batch).</source>
        <translation>Utiliser un bac à sable local avec des données d&apos;exemple (rien n&apos;atteint Batch).</translation>
    </message>
    <message>
        <source>Machine-readable JSON on stdout.</source>
        <translation>JSON lisible par un programme sur la sortie standard.</translation>
    </message>
    <message>
        <source>list: offset of the first audience.</source>
        <translation>list&#xa0;: position de la première audience.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>list: audiences per page (1-100).</source>
        <translation>list&#xa0;: audiences par page (1-100).</translation>
    </message>
    <message>
        <source>list: follow pages until the last.</source>
        <translation>list&#xa0;: parcourir les pages jusqu&apos;à la dernière.</translation>
    </message>
    <message>
        <source>view/status: indexing token.</source>
        <translation>view/status&#xa0;: jeton d&apos;indexation.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>create: description.</source>
        <translation>create&#xa0;: description.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>delete: confirm.</source>
        <translation>delete&#xa0;: confirmer.</translation>
    </message>
    <message>
        <source>import/status: wait until Batch has applied the change.</source>
        <translation>import/status&#xa0;: attendre que Batch ait appliqué la modification.</translation>
    </message>
    <message>
        <source>import: a mapping file (JSON).</source>
        <translation>import&#xa0;: un fichier de correspondance (JSON).</translation>
    </message>
    <message>
        <source>import: the install ID column (name or 1-based index).</source>
        <translation>import&#xa0;: la colonne des ID d&apos;installation (nom ou numéro à partir de 1).</translation>
    </message>
    <message>
        <source>col</source>
        <translation>col</translation>
    </message>
    <message>
        <source>import: attribute column, COL[:TYPE[:FORMAT]][=NAME]. Repeatable.</source>
        <translation>import&#xa0;: colonne d&apos;attribut, COL[:TYPE[:FORMAT]][=NOM]. Répétable.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <source>import: tag column, COL[:SEP]. Repeatable.</source>
        <translation>import&#xa0;: colonne de tags, COL[:SEP]. Répétable.</translation>
    </message>
    <message>
        <source>import: a tag added to every ID. Repeatable.</source>
        <translation>import&#xa0;: un tag ajouté à chaque ID. Répétable.</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>tag</translation>
    </message>
    <message>
        <source>import: auto, utf-8, utf-16 or windows-1252.</source>
        <translation>import&#xa0;: auto, utf-8, utf-16 ou windows-1252.</translation>
    </message>
    <message>
        <source>enc</source>
        <translation>enc</translation>
    </message>
    <message>
        <source>import: auto , ; tab or |.</source>
        <translation>import&#xa0;: auto ,&#xa0;; tab ou |.</translation>
    </message>
    <message>
        <source>char</source>
        <translation>car</translation>
    </message>
    <message>
        <source>import: the first row is data.</source>
        <translation>import&#xa0;: la première ligne contient des données.</translation>
    </message>
    <message>
        <source>import: floats are written 3,14.</source>
        <translation>import&#xa0;: les nombres à virgule s&apos;écrivent 3,14.</translation>
    </message>
    <message>
        <source>import: upload the valid rows, skip the others.</source>
        <translation>import&#xa0;: envoyer les lignes valides, ignorer les autres.</translation>
    </message>
    <message>
        <source>import: write rejected rows to this CSV file.</source>
        <translation>import&#xa0;: écrire les lignes rejetées dans ce fichier CSV.</translation>
    </message>
    <message>
        <source>import: create the audience first when it does not exist.</source>
        <translation>import&#xa0;: créer d&apos;abord l&apos;audience si elle n&apos;existe pas.</translation>
    </message>
    <message>
        <source>import: send nothing; write the requests to --out.</source>
        <translation>import&#xa0;: ne rien envoyer, écrire les requêtes dans --out.</translation>
    </message>
    <message>
        <source>import: directory for --dry-run.</source>
        <translation>import&#xa0;: dossier pour --dry-run.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>import: wait while another upload into the same audience is under way (default: stop with exit code 6).</source>
        <translation>import&#xa0;: attendre pendant qu&apos;un autre envoi vers la même audience est en cours (sinon, arrêt avec le code de sortie 6).</translation>
    </message>
    <message>
        <source>import: seconds one attempt of a request may take in all (default 120).</source>
        <translation>import&#xa0;: durée maximale en secondes d&apos;une tentative de requête (120 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source> (see --help)</source>
        <translation> (voir --help)</translation>
    </message>
    <message>
        <source>no command given (see --help)</source>
        <translation>aucune commande indiquée (voir --help)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see --help)</source>
        <translation>commande «&#xa0;%1&#xa0;» inconnue (voir --help)</translation>
    </message>
    <message>
        <source>--sandbox uses the local sandbox&apos;s own keys: it cannot be combined with --profile or --api-key</source>
        <translation>--sandbox utilise les clés propres au bac à sable local&#xa0;: il ne peut pas être combiné avec --profile ou --api-key</translation>
    </message>
    <message>
        <source>give the REST key once: --rest-key or --rest-key-file</source>
        <translation>indiquez la clé REST une seule fois&#xa0;: --rest-key ou --rest-key-file</translation>
    </message>
    <message>
        <source>warning: a key given with --rest-key can be read by other users of this computer in the process list; prefer --rest-key-file FILE (or - for standard input) or AUDIENCE_DESK_REST_KEY</source>
        <translation>avertissement&#xa0;: une clé passée par --rest-key est lisible par les autres utilisateurs de cet ordinateur dans la liste des processus&#xa0;; préférez --rest-key-file FICHIER (ou - pour l&apos;entrée standard) ou AUDIENCE_DESK_REST_KEY</translation>
    </message>
    <message>
        <source>the sandbox could not start</source>
        <translation>le bac à sable n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;</source>
        <translation>aucun profil nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no credentials: use --profile, or --api-key with --rest-key-file, or AUDIENCE_DESK_API_KEY and AUDIENCE_DESK_REST_KEY</source>
        <translation>aucun identifiant&#xa0;: utilisez --profile, ou --api-key avec --rest-key-file, ou AUDIENCE_DESK_API_KEY et AUDIENCE_DESK_REST_KEY</translation>
    </message>
    <message>
        <source>Waiting for the system keychain: answer its prompt (it may ask to unlock your keyring), or press Ctrl+C.</source>
        <translation>En attente du trousseau du système&#xa0;: répondez à sa demande (il peut demander de déverrouiller votre trousseau), ou appuyez sur Ctrl+C.</translation>
    </message>
    <message>
        <source>the REST key of &quot;%1&quot; could not be read: %2</source>
        <translation>la clé REST de «&#xa0;%1&#xa0;» n&apos;a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the REST key file %1: %2</source>
        <translation>impossible de lire le fichier de clé REST %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no REST key on standard input</source>
        <translation>aucune clé REST sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>the REST key file %1 is empty</source>
        <translation>le fichier de clé REST %1 est vide</translation>
    </message>
    <message>
        <source>Also write a support log to FILE (request lines included, secrets redacted; rotated at 1 MiB).</source>
        <translation>Écrire aussi un journal de support dans FILE (lignes des requêtes comprises, secrets masqués ; rotation à 1 Mio).</translation>
    </message>
    <message>
        <source>Use a profile saved by the desktop app. Repeatable: import sends the file to each app in turn.</source>
        <translation>Utiliser un profil enregistré par l&apos;application de bureau. Répétable&#xa0;: import envoie le fichier à chaque app tour à tour.</translation>
    </message>
    <message>
        <source>App API key (Live, Dev or SDK). Repeatable, with one company REST key: import sends the file to each app in turn.</source>
        <translation>Clé d&apos;API de l&apos;app (Live, Dev ou SDK). Répétable, avec une seule clé d&apos;API REST de l&apos;entreprise&#xa0;: import envoie le fichier à chaque app tour à tour.</translation>
    </message>
    <message>
        <source>%1 works on one app: give one --profile or --api-key (several are for import)</source>
        <translation>%1 agit sur une seule app&#xa0;: indiquez un seul --profile ou --api-key (plusieurs sont réservés à import)</translation>
    </message>
    <message>
        <source>--api-key with several --profile: give each app as a saved profile, or each app key with --api-key</source>
        <translation>--api-key avec plusieurs --profile&#xa0;: donnez chaque app comme profil enregistré, ou chaque clé d&apos;app avec --api-key</translation>
    </message>
    <message>
        <source>import: the CSV file or Excel workbook (.xlsx).</source>
        <translation>import&#xa0;: le fichier CSV ou le classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>import: the workbook&apos;s sheet (default: the first).</source>
        <translation>import&#xa0;: la feuille du classeur (par défaut&#xa0;: la première).</translation>
    </message>
    <message>
        <source>import: replace (default), add, remove or sync (only the differences from the last verified upload from this computer).</source>
        <translation>import&#xa0;: replace (par défaut, remplacer), add (ajouter), remove (retirer) ou sync (synchroniser&#xa0;: seulement les différences avec le dernier envoi vérifié depuis cet ordinateur).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>import --mode sync: when the baseline is missing or stale, stop (exit code 1) instead of replacing the whole audience.</source>
        <translation>import --mode sync&#xa0;: si la référence manque ou est périmée, s&apos;arrêter (code de sortie 1) au lieu de remplacer toute l&apos;audience.</translation>
    </message>
    <message>
        <source>import also takes --mode replace|add|remove|sync (default replace) and, for a
sync, --no-fallback: see README, &quot;Modes&quot;.</source>
        <translation>import accepte aussi --mode replace|add|remove|sync (replace par défaut) et, pour
une synchronisation, --no-fallback&#xa0;: voir le README, « Modes ».</translation>
    </message>
    <message>
        <source>import: also write the plan these options describe to FILE (run it again with: run FILE).</source>
        <translation>import&#xa0;: écrit aussi dans FICHIER le plan que décrivent ces options (pour le relancer&#xa0;: run FICHIER).</translation>
    </message>
    <message>
        <source>import: without --attr, send every column as a string attribute instead of the types the wizard would decide from the rows.</source>
        <translation>import&#xa0;: sans --attr, envoie chaque colonne comme attribut texte au lieu des types que l&apos;assistant déduirait des lignes.</translation>
    </message>
    <message>
        <source>list, view, create, delete, import, run or status</source>
        <translation>list, view, create, delete, import, run ou status</translation>
    </message>
    <message>
        <source>Batch custom audiences from the command line (Custom Audience API 1.1).

Commands:
  list [--from N] [--limit N] [--all]
  view NAME [--token T]
  create NAME [--description TEXT]
  delete NAME --yes
  import NAME --csv FILE [--mapping FILE] [--id-column COL] [--attr SPEC]...
         [--tags-column COL[:SEP]]... [--tag TAG]... [--encoding E] [--delimiter D]
         [--no-header] [--decimal-comma] [--skip-invalid] [--rejects FILE]
         [--create] [--wait] [--dry-run --out DIR] [--save-plan FILE]
         [--all-strings]
  run PLAN [--dry-run --out DIR]   (a plan saved by --save-plan or the wizard)
  status NAME --token T [--wait]

Credentials: --profile NAME, or --api-key/--rest-key-file/--base-url, or the
environment variables AUDIENCE_DESK_API_KEY, AUDIENCE_DESK_REST_KEY and
AUDIENCE_DESK_BASE_URL.

Exit codes: 0 done, 1 the API refused, 2 usage error, 3 input rejected,
4 network failure, 5 upload interrupted part-way, 6 another upload into the
same audience is under way, 130 interrupted.</source>
        <translation>Les audiences personnalisées de Batch en ligne de commande (Custom Audience API 1.1).

Commandes&#xa0;:
  list [--from N] [--limit N] [--all]
  view NOM [--token T]
  create NOM [--description TEXTE]
  delete NOM --yes
  import NOM --csv FICHIER [--mapping FICHIER] [--id-column COL] [--attr SPEC]...
         [--tags-column COL[:SEP]]... [--tag TAG]... [--encoding E] [--delimiter D]
         [--no-header] [--decimal-comma] [--skip-invalid] [--rejects FICHIER]
         [--create] [--wait] [--dry-run --out DOSSIER] [--save-plan FICHIER]
         [--all-strings]
  run PLAN [--dry-run --out DOSSIER]   (un plan enregistré par --save-plan ou l&apos;assistant)
  status NOM --token T [--wait]

Identifiants&#xa0;: --profile NOM, ou --api-key/--rest-key-file/--base-url, ou les
variables d&apos;environnement AUDIENCE_DESK_API_KEY, AUDIENCE_DESK_REST_KEY et
AUDIENCE_DESK_BASE_URL.

Codes de sortie&#xa0;: 0 terminé, 1 refus de l&apos;API, 2 erreur d&apos;utilisation, 3 données
rejetées, 4 échec réseau, 5 envoi interrompu en cours de route, 6 un autre envoi
vers la même audience est en cours, 130 interrompu.</translation>
    </message>
    <message>
        <source>run needs exactly one plan file (see --help)</source>
        <translation>run attend exactement un fichier de plan (voir --help)</translation>
    </message>
    <message>
        <source>plan %1: %2</source>
        <translation>plan %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>interrupted. %1</source>
        <translation>interrompu. %1</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>not a mapping file (%1)</source>
        <translation>ce n&apos;est pas un fichier de correspondance (%1)</translation>
    </message>
    <message>
        <source>unsupported mapping file version %1</source>
        <translation>version %1 du fichier de correspondance non prise en charge</translation>
    </message>
    <message>
        <source>attribute %1: unknown type &quot;%2&quot;</source>
        <translation>attribut %1&#xa0;: type «&#xa0;%2&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>an attribute has no column</source>
        <translation>un attribut n&apos;a pas de colonne</translation>
    </message>
</context>
<context>
    <name>CreateAudienceDialog</name>
    <message>
        <source>Create Audience</source>
        <translation>Créer une audience</translation>
    </message>
    <message>
        <source>e.g. vip_customers_fr</source>
        <translation>ex. clients_vip_fr</translation>
    </message>
    <message>
        <source>Optional: what this audience is for</source>
        <translation>Facultatif&#xa0;: à quoi sert cette audience</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Letters, digits, _ and - only; names are case sensitive. The audience starts empty: import a CSV file to fill it.</source>
        <translation>Lettres, chiffres, _ et - uniquement&#xa0;; les noms distinguent majuscules et minuscules. L&apos;audience est créée vide&#xa0;: importez un fichier CSV pour la remplir.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>NUL byte in a field</source>
        <translation>octet NUL dans un champ</translation>
    </message>
    <message>
        <source>byte 0x%1 is not valid UTF-8 (is the file in another encoding?)</source>
        <translation>l&apos;octet 0x%1 n&apos;est pas de l&apos;UTF-8 valide (le fichier a-t-il un autre encodage&#xa0;?)</translation>
    </message>
    <message>
        <source>a broken UTF-16 character (an unpaired surrogate)</source>
        <translation>un caractère UTF-16 cassé (un demi-code isolé)</translation>
    </message>
    <message>
        <source>The header (line %1) cannot be read: %2.</source>
        <translation>L&apos;en-tête (ligne %1) ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>a field longer than 1 MB</source>
        <translation>un champ de plus d&apos;1 Mo</translation>
    </message>
    <message>
        <source>the file ends inside a quoted field opened on line %1</source>
        <translation>le fichier se termine dans un champ entre guillemets ouvert ligne %1</translation>
    </message>
    <message>
        <source>text after the closing quote</source>
        <translation>du texte après le guillemet fermant</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (kept as text)</source>
        <translation>un guillemet dans un champ sans guillemets (gardé comme texte)</translation>
    </message>
    <message>
        <source>a row longer than 16 MB</source>
        <translation>une ligne de plus de 16 Mo</translation>
    </message>
    <message>
        <source>a row of more than %1 fields</source>
        <translation>une ligne de plus de %1 champs</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is not a text file: it looks like %1. Export it as CSV first.</source>
        <translation>Ce n&apos;est pas un fichier texte&#xa0;: il ressemble à %1. Exportez-le d&apos;abord en CSV.</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>champs attendus&#xa0;: %1, trouvés&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DecisionSummary</name>
    <message>
        <source>Read as:</source>
        <translation>Lu comme&#xa0;:</translation>
    </message>
    <message>
        <source>To send:</source>
        <translation>À envoyer&#xa0;:</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Vérification&#xa0;:</translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>Ce qui sera envoyé</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Go back to this step</source>
        <translation>Revenir à cette étape</translation>
    </message>
</context>
<context>
    <name>EncodingDetector</name>
    <message>
        <source>a ZIP archive, such as an Excel workbook (.xlsx)</source>
        <translation>une archive ZIP, comme un classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>an Office 97-2003 document, such as an Excel workbook (.xls)</source>
        <translation>un document Office 97-2003, comme un classeur Excel (.xls)</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>un fichier compressé par gzip</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>une image</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>des données binaires</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>FanOutCommand</name>
    <message>
        <source>App %1 of %2: %3</source>
        <translation>App %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 IDs acknowledged by Batch (not yet confirmed applied)</source>
        <translation>ID accusés de réception par Batch&#xa0;: %1 (application pas encore confirmée)</translation>
    </message>
    <message numerus="yes">
        <source>%1 into %n apps:</source>
        <translation>
            <numerusform>%1 dans %n app&#xa0;:</numerusform>
            <numerusform>%1 dans %n apps&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <source>This is an Excel 97-2003 workbook (.xls), which cannot be read directly. Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>Ceci est un classeur Excel 97-2003 (.xls), qui ne peut pas être lu directement. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le comme classeur Excel (.xlsx) ou en CSV.</translation>
    </message>
    <message>
        <source>This workbook is protected by a password, so its cells cannot be read. Open it, and save a copy without the password as .xlsx or as CSV.</source>
        <translation>Ce classeur est protégé par un mot de passe&#xa0;: ses cellules ne peuvent pas être lues. Ouvrez-le et enregistrez-en une copie sans mot de passe en .xlsx ou en CSV.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <source>/path/to/segment.csv</source>
        <translation>/chemin/vers/segment.csv</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>Ce fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>A segment exported from your CRM, or an Excel workbook (.xlsx): one install ID per row, and any columns you want as attributes or tags.</source>
        <translation>Un segment exporté de votre CRM, ou un classeur Excel (.xlsx)&#xa0;: un ID d&apos;installation par ligne, et les colonnes que vous voulez comme attributs ou tags.</translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Fichiers CSV et classeurs Excel (*.csv *.tsv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Show e&amp;very step (format, mapping, check), even when the file is clean</source>
        <translation>&amp;Afficher chaque étape (format, correspondance, vérification), même si le fichier ne pose aucun problème</translation>
    </message>
    <message>
        <source>Paste &amp;IDs</source>
        <translation>Coller des &amp;ID</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>A column of install IDs copied from a spreadsheet (or cells with a header row), read as the file</source>
        <translation>Une colonne d&apos;ID d&apos;installation copiée depuis un tableur (ou des cellules avec une ligne d&apos;en-tête), traitée comme un fichier</translation>
    </message>
    <message>
        <source>Reading the pasted IDs…</source>
        <translation>Lecture des ID collés…</translation>
    </message>
    <message>
        <source>about %1</source>
        <comment>rows</comment>
        <translation>environ %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — Excel workbook, %Ln sheets; “%2” has %3.</source>
        <translation>
            <numerusform>%1 — classeur Excel, %Ln feuille&#xa0;; «&#xa0;%2&#xa0;» contient %3.</numerusform>
            <numerusform>%1 — classeur Excel, %Ln feuilles&#xa0;; «&#xa0;%2&#xa0;» contient %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %Ln columns, %3.</source>
        <translation>
            <numerusform>%1 — %2, %Ln colonne, %3.</numerusform>
            <numerusform>%1 — %2, %Ln colonnes, %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted from the clipboard: %Ln IDs in one column.</source>
        <translation>
            <numerusform>%Ln ID collé depuis le presse-papiers, en une seule colonne.</numerusform>
            <numerusform>%Ln ID collés depuis le presse-papiers, en une seule colonne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted from the clipboard: %Ln IDs under “%1”.</source>
        <translation>
            <numerusform>%Ln ID collé depuis le presse-papiers, sous «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%Ln ID collés depuis le presse-papiers, sous «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted from the clipboard: %Ln rows of %1, with the column names %2.</source>
        <translation>
            <numerusform>%Ln ligne de %1 collée depuis le presse-papiers, avec les noms de colonnes %2.</numerusform>
            <numerusform>%Ln lignes de %1 collées depuis le presse-papiers, avec les noms de colonnes %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Next shows each step, because:</source>
        <translation>Suivant affiche chaque étape, car&#xa0;:</translation>
    </message>
    <message>
        <source>Checking every row; the wizard goes on as soon as it is done.</source>
        <translation>Vérification de chaque ligne&#xa0;; l&apos;assistant continue dès qu&apos;elle est terminée.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Every row is valid: Next goes straight to choosing the audience.</source>
        <translation>Toutes les lignes sont valides&#xa0;: Suivant mène directement au choix de l&apos;audience.</translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation>Toutes les lignes sont valides.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Audience Desk</source>
        <translation>Bienvenue dans Audience Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Audience Desk&lt;/h2&gt;&lt;p&gt;Browse your Batch custom audiences and upload CSV segments into them. How would you like to start?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Audience Desk&lt;/h2&gt;&lt;p&gt;Parcourez vos audiences personnalisées Batch et importez-y des segments CSV. Comment voulez-vous commencer&#xa0;?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Try with sample data</source>
        <translation>Essayer avec des données d&apos;exemple</translation>
    </message>
    <message>
        <source>Explore a local sandbox with 137 sample audiences. Nothing is sent to Batch.</source>
        <translation>Explorez un bac à sable local avec 137 audiences d&apos;exemple. Rien n&apos;est envoyé à Batch.</translation>
    </message>
    <message>
        <source>Add my Batch keys</source>
        <translation>Ajouter mes clés Batch</translation>
    </message>
    <message>
        <source>Enter your app&apos;s API key and your company REST API key (Batch dashboard: Settings → General).</source>
        <translation>Saisissez la clé d&apos;API de votre app et la clé d&apos;API REST de votre entreprise (tableau de bord Batch&#xa0;: Settings → General).</translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <source>First row holds the column na&amp;mes</source>
        <translation>La première ligne contient les &amp;noms des colonnes</translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation>Vérifier la lecture du fichier</translation>
    </message>
    <message>
        <source>Detected from the file; change anything that looks wrong. The preview shows the first 100 rows.</source>
        <translation>Détecté d&apos;après le fichier&#xa0;; corrigez ce qui semble faux. L&apos;aperçu montre les 100 premières lignes.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule (&#xa0;; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Sép&amp;arateur&#xa0;:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln columns%1. About %2 in the file.</source>
        <translation>
            <numerusform>%Ln colonne%1. Environ %2 dans le fichier.</numerusform>
            <numerusform>%Ln colonnes%1. Environ %2 dans le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln of the rows shown have a problem (hover them)</source>
        <translation>
            <numerusform>&#xa0;; %Ln des lignes affichées a un problème (survolez-la)</numerusform>
            <numerusform>&#xa0;; %Ln des lignes affichées ont un problème (survolez-les)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Feuille&#xa0;:</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>&amp;Resume Upload</source>
        <translation>&amp;Reprendre l&apos;envoi</translation>
    </message>
    <message>
        <source>Upload History</source>
        <translation>Historique des envois</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Select an upload to see its requests.</source>
        <translation>Sélectionnez un envoi pour voir ses requêtes.</translation>
    </message>
    <message>
        <source>Upload details</source>
        <translation>Détails de l&apos;envoi</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>import needs exactly one audience name (see --help)</source>
        <translation>import attend un seul nom d&apos;audience (voir --help)</translation>
    </message>
    <message>
        <source>invalid audience name: %1</source>
        <translation>nom d&apos;audience non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>--dry-run needs --out DIR</source>
        <translation>--dry-run attend --out DOSSIER</translation>
    </message>
    <message>
        <source>--request-timeout takes a number of seconds from 1 to 3600</source>
        <translation>--request-timeout attend un nombre de secondes de 1 à 3600</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file</source>
        <translation>%1 est un dossier, pas un fichier CSV</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>%1 rows read: %2 valid, %3 rejected; %4 IDs repeated (the last row of each kept, %5 earlier rows superseded) → %6 IDs in %7.</source>
        <translation>Lignes lues&#xa0;: %1 (valides&#xa0;: %2, rejetées&#xa0;: %3)&#xa0;; ID répétés&#xa0;: %4 (la dernière ligne de chacun gardée&#xa0;; lignes antérieures remplacées&#xa0;: %5) → %6 ID à envoyer en %7.</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>warning, </source>
        <translation>avertissement, </translation>
    </message>
    <message>
        <source>  … and %1 more (--rejects FILE writes every rejected row)</source>
        <translation>  … et %1 de plus (--rejects FICHIER écrit toutes les lignes rejetées)</translation>
    </message>
    <message>
        <source>: nothing was sent</source>
        <translation>&#xa0;: rien n&apos;a été envoyé</translation>
    </message>
    <message numerus="yes">
        <source>%n rows are invalid%1. Fix them, or add --skip-invalid to upload the %2 valid IDs only.</source>
        <translation>
            <numerusform>%n ligne n&apos;est pas valide%1. Corrigez-la, ou ajoutez --skip-invalid pour n&apos;envoyer que les %2 ID valides.</numerusform>
            <numerusform>%n lignes ne sont pas valides%1. Corrigez-les, ou ajoutez --skip-invalid pour n&apos;envoyer que les %2 ID valides.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was sent. %n request bodies and plan.json written to %1.</source>
        <translation>
            <numerusform>Simulation&#xa0;: rien n&apos;a été envoyé. %n corps de requête et plan.json écrits dans %1.</numerusform>
            <numerusform>Simulation&#xa0;: rien n&apos;a été envoyé. %n corps de requête et plan.json écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another upload into this audience is under way (%1): waiting for it to finish…</source>
        <translation>Un autre envoi vers cette audience est en cours (%1)&#xa0;: attente de sa fin…</translation>
    </message>
    <message>
        <source>Request %1/%2 (%3, %4 IDs)</source>
        <translation>Requête %1/%2 (%3, %4 ID)</translation>
    </message>
    <message>
        <source>Request %1 failed (%2); attempt %3 in %4 ms.</source>
        <translation>La requête %1 a échoué (%2)&#xa0;; tentative %3 dans %4 ms.</translation>
    </message>
    <message>
        <source>Waiting for Batch to apply the upload…</source>
        <translation>En attente de l&apos;application de l&apos;envoi par Batch…</translation>
    </message>
    <message>
        <source>Indexing tokens: %1</source>
        <translation>Jetons d&apos;indexation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check with: audience-desk-cli status %1 --token %2</source>
        <translation>Vérifiez avec&#xa0;: audience-desk-cli status %1 --token %2</translation>
    </message>
    <message>
        <source>import needs --file FILE (a CSV file or an Excel workbook; --csv is the same)</source>
        <translation>import a besoin de --file FICHIER (un fichier CSV ou un classeur Excel&#xa0;; --csv est équivalent)</translation>
    </message>
    <message>
        <source>--mode takes replace, add, remove or sync</source>
        <translation>--mode accepte replace, add, remove ou sync</translation>
    </message>
    <message>
        <source>--no-fallback goes with --mode sync</source>
        <translation>--no-fallback va avec --mode sync</translation>
    </message>
    <message>
        <source>No verified upload to %1 from this computer: a sync would replace it whole (these bodies), or stop with --no-fallback.</source>
        <translation>Aucun envoi vérifié vers %1 depuis cet ordinateur&#xa0;: une synchronisation la remplacerait entièrement (ces corps de requête), ou s&apos;arrêterait avec --no-fallback.</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>impossible de déplacer %1 vers %2</translation>
    </message>
    <message>
        <source>Compared with the baseline verified on %1; Batch was not asked whether %2 changed since (a real sync does, and replaces it whole if it did).</source>
        <translation>Comparé à la référence vérifiée le %1&#xa0;; Batch n&apos;a pas été interrogé sur un changement de %2 depuis (une vraie synchronisation le fait, et la remplace entièrement si c&apos;est le cas).</translation>
    </message>
    <message>
        <source>cannot write the plan %1: %2</source>
        <translation>impossible d&apos;écrire le plan %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Plan saved to %1: run it again with audience-desk-cli run %1</source>
        <translation>Plan enregistré dans %1&#xa0;: relancez-le avec audience-desk-cli run %1</translation>
    </message>
    <message>
        <source>the plan names no file to import (“source.file”)</source>
        <translation>le plan n&apos;indique aucun fichier à importer («&#xa0;source.file&#xa0;»)</translation>
    </message>
    <message>
        <source>the plan names no audience (“audience”)</source>
        <translation>le plan n&apos;indique aucune audience («&#xa0;audience&#xa0;»)</translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation>Correspondance&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ImportDraft</name>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>pipes</source>
        <translation>barres verticales</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Le fichier ne contient aucune ligne.</translation>
    </message>
    <message>
        <source>The file holds column names (%1) but no rows.</source>
        <translation>Le fichier contient des noms de colonnes (%1) mais aucune ligne.</translation>
    </message>
    <message>
        <source>The file has one line, “%1”, read as column names: there is nothing to send.</source>
        <translation>Le fichier n&apos;a qu&apos;une ligne, «&#xa0;%1&#xa0;», lue comme noms de colonnes&#xa0;: il n&apos;y a rien à envoyer.</translation>
    </message>
    <message>
        <source>The file&apos;s only line, “%1”, is read as column names. If it is an install ID, untick “First row holds the column names”.</source>
        <translation>La seule ligne du fichier, «&#xa0;%1&#xa0;», est lue comme noms de colonnes. S&apos;il s&apos;agit d&apos;un ID d&apos;installation, décochez «&#xa0;La première ligne contient les noms des colonnes&#xa0;».</translation>
    </message>
    <message>
        <source>The file mixes UTF-8 characters with bytes that are not UTF-8; it is read as %1. Check the accented letters in the preview.</source>
        <translation>Le fichier mélange des caractères UTF-8 et des octets qui ne sont pas de l&apos;UTF-8&#xa0;; il est lu en %1. Vérifiez les lettres accentuées dans l&apos;aperçu.</translation>
    </message>
    <message>
        <source>The lines could be split on %1 as well as on %2: check the delimiter.</source>
        <translation>Les lignes pourraient être découpées aux %1 comme aux %2&#xa0;: vérifiez le séparateur.</translation>
    </message>
    <message>
        <source>The first line, “%1”, looks like a row of data rather than column names: check “First row holds the column names”.</source>
        <translation>La première ligne, «&#xa0;%1&#xa0;», ressemble à une ligne de données plutôt qu&apos;à des noms de colonnes&#xa0;: vérifiez «&#xa0;La première ligne contient les noms des colonnes&#xa0;».</translation>
    </message>
    <message>
        <source>No column is named like an install ID (install_id, id): the first one, “%1”, is used unless you choose another.</source>
        <translation>Aucune colonne ne porte un nom d&apos;ID d&apos;installation (install_id, id)&#xa0;: la première, «&#xa0;%1&#xa0;», est utilisée, sauf si vous en choisissez une autre.</translation>
    </message>
    <message numerus="yes">
        <source>%n columns are not sent: Batch takes %1 attributes. Choose which to send.</source>
        <translation>
            <numerusform>%n colonne n&apos;est pas envoyée&#xa0;: Batch accepte %1 attributs. Choisissez lesquelles envoyer.</numerusform>
            <numerusform>%n colonnes ne sont pas envoyées&#xa0;: Batch accepte %1 attributs. Choisissez lesquelles envoyer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dates in “%1” (such as %2) could be day first or month first: check the column&apos;s date format.</source>
        <translation>Les dates de «&#xa0;%1&#xa0;» (comme %2) peuvent commencer par le jour ou par le mois&#xa0;: vérifiez le format de date de cette colonne.</translation>
    </message>
    <message>
        <source>The check of every row was cancelled.</source>
        <translation>La vérification de chaque ligne a été annulée.</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>Le fichier n&apos;a pas pu être vérifié&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rows are rejected: each is listed with its line, column and reason.</source>
        <translation>
            <numerusform>%n ligne est rejetée&#xa0;: elle est listée avec son numéro de ligne, sa colonne et le motif.</numerusform>
            <numerusform>%n lignes sont rejetées&#xa0;: chacune est listée avec son numéro de ligne, sa colonne et le motif.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings to read before sending.</source>
        <translation>
            <numerusform>%n avertissement à lire avant d&apos;envoyer.</numerusform>
            <numerusform>%n avertissements à lire avant d&apos;envoyer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no install ID to send.</source>
        <translation>Le fichier ne contient aucun ID d&apos;installation à envoyer.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>an unusual delimiter, quoted</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ImportFanOut</name>
    <message>
        <source>Not started: the upload was cancelled.</source>
        <translation>Non commencé&#xa0;: l&apos;envoi a été annulé.</translation>
    </message>
    <message>
        <source>Cancelled while checking the file.</source>
        <translation>Annulé pendant la vérification du fichier.</translation>
    </message>
    <message>
        <source>Not started: the file could not be checked.</source>
        <translation>Non commencé&#xa0;: le fichier n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>Not started: %1 changed after the first app was updated; the apps would not hold the same file.</source>
        <translation>Non commencé&#xa0;: %1 a changé après la mise à jour de la première app&#xa0;; les apps ne contiendraient pas le même fichier.</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>ImportOptions</name>
    <message>
        <source>--attr %1: no column</source>
        <translation>--attr %1&#xa0;: aucune colonne</translation>
    </message>
    <message>
        <source>--attr %1: unknown type &quot;%2&quot; (string, int, float, bool, date, url)</source>
        <translation>--attr %1&#xa0;: type «&#xa0;%2&#xa0;» inconnu (string, int, float, bool, date, url)</translation>
    </message>
    <message>
        <source>mapping file %1: %2</source>
        <translation>fichier de correspondance %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8, utf-16 or windows-1252</source>
        <translation>--encoding doit valoir auto, utf-8, utf-16 ou windows-1252</translation>
    </message>
    <message>
        <source>--delimiter must be auto, &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot;</source>
        <translation>--delimiter doit valoir auto, «&#xa0;,&#xa0;», «&#xa0;;&#xa0;», tab ou «&#xa0;|&#xa0;»</translation>
    </message>
    <message>
        <source>--encoding and --delimiter are for CSV files; %1 is an Excel workbook (--sheet NAME chooses its sheet)</source>
        <translation>--encoding et --delimiter sont pour les fichiers CSV&#xa0;; %1 est un classeur Excel (--sheet NOM choisit sa feuille)</translation>
    </message>
    <message>
        <source>--sheet is for Excel workbooks (.xlsx); %1 is read as CSV</source>
        <translation>--sheet est pour les classeurs Excel (.xlsx)&#xa0;; %1 est lu comme un CSV</translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message>
        <source>Check the keys: the profile&apos;s (--profile), or --api-key and --rest-key-file: with the same keys, the same command fails the same way.</source>
        <translation>Vérifiez les clés&#xa0;: celles du profil (--profile), ou --api-key et --rest-key-file&#xa0;: avec les mêmes clés, la même commande échoue de la même façon.</translation>
    </message>
    <message>
        <source>Check the keys in File → Profiles and Keys.</source>
        <translation>Vérifiez les clés dans Fichier → Profils et clés.</translation>
    </message>
    <message>
        <source>Run the same command again once Batch can be reached.</source>
        <translation>Relancez la même commande quand Batch sera joignable.</translation>
    </message>
    <message>
        <source>Try again once Batch can be reached.</source>
        <translation>Réessayez quand Batch sera joignable.</translation>
    </message>
    <message>
        <source>Run the same command again to resume: acknowledged requests are not sent again.</source>
        <translation>Relancez la même commande pour reprendre&#xa0;: les requêtes déjà acceptées ne sont pas renvoyées.</translation>
    </message>
    <message>
        <source>Resume it to send the rest: acknowledged requests are not sent again.</source>
        <translation>Reprenez-le pour envoyer le reste&#xa0;: les requêtes déjà acceptées ne sont pas renvoyées.</translation>
    </message>
    <message>
        <source>Add --wait-lock to wait for it instead.</source>
        <translation>Ajoutez --wait-lock pour attendre sa fin à la place.</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>“%1”: a plan never holds a REST key; give it with --rest-key-file, AUDIENCE_DESK_REST_KEY or a saved profile</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: un plan ne contient jamais de clé REST&#xa0;; donnez-la avec --rest-key-file, AUDIENCE_DESK_REST_KEY ou un profil enregistré</translation>
    </message>
    <message>
        <source>unknown key “%1”</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” must be a string</source>
        <translation>«&#xa0;%1&#xa0;» doit être une chaîne</translation>
    </message>
    <message>
        <source>“%1” must be true or false</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>“%1” must be an object</source>
        <translation>«&#xa0;%1&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <source>“%1” must be a list</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <source>“%1[%2]” must be a string</source>
        <translation>«&#xa0;%1[%2]&#xa0;» doit être une chaîne</translation>
    </message>
    <message>
        <source>not a plan file (%1)</source>
        <translation>ce n&apos;est pas un fichier de plan (%1)</translation>
    </message>
    <message>
        <source>not a plan file: “audience_desk_plan” is missing</source>
        <translation>ce n&apos;est pas un fichier de plan&#xa0;: «&#xa0;audience_desk_plan&#xa0;» manque</translation>
    </message>
    <message>
        <source>“%1” is %2: this plan was written by a newer Audience Desk, which reads up to version %3</source>
        <translation>«&#xa0;%1&#xa0;» vaut %2&#xa0;: ce plan a été écrit par une version plus récente d&apos;Audience Desk, qui lit jusqu&apos;à la version %3</translation>
    </message>
    <message>
        <source>“mode” must be replace, add, remove or sync, not “%1”</source>
        <translation>«&#xa0;mode&#xa0;» doit valoir replace, add, remove ou sync, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” must name a “profile” or an “api_key”, not both</source>
        <translation>«&#xa0;%1&#xa0;» doit indiquer un «&#xa0;profile&#xa0;» ou une «&#xa0;api_key&#xa0;», pas les deux</translation>
    </message>
    <message>
        <source>not a plan file (%1 bytes)</source>
        <translation>ce n&apos;est pas un fichier de plan (%1 octets)</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>%1 (LIVE)</source>
        <translation>%1 (LIVE)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Syncs %1 with the file: the differences are counted, and said, before anything is sent.</source>
        <translation>Synchronise %1 avec le fichier&#xa0;: les différences sont comptées, et indiquées, avant tout envoi.</translation>
    </message>
    <message>
        <source>Then the same into %1 in %2, one app after the other (created where missing).</source>
        <translation>Puis la même chose dans %1 sur %2, une app après l&apos;autre (créée là où elle manque).</translation>
    </message>
    <message>
        <source>I understand that %1 is &amp;replaced by the file&apos;s IDs in %2, wherever it already exists</source>
        <translation>Je comprends que %1 sera &amp;remplacée par les ID du fichier dans %2, là où elle existe déjà</translation>
    </message>
    <message>
        <source>I &amp;confirm that these IDs are added to %1 or updated there in %2</source>
        <translation>Je &amp;confirme que ces ID seront ajoutés à %1 ou mis à jour dans %2</translation>
    </message>
    <message>
        <source>I &amp;confirm that these IDs are removed from %1 in %2</source>
        <translation>Je &amp;confirme que ces ID seront retirés de %1 dans %2</translation>
    </message>
    <message>
        <source>I &amp;confirm that %1 is made to hold exactly the file&apos;s IDs in %2</source>
        <translation>Je &amp;confirme que %1 contiendra exactement les ID du fichier dans %2</translation>
    </message>
    <message>
        <source>&amp;Create %1 and upload</source>
        <translation>&amp;Créer %1 et envoyer</translation>
    </message>
    <message>
        <source>I understand that all current IDs of %1 are &amp;replaced</source>
        <translation>Je comprends que tous les ID actuels de %1 seront &amp;remplacés</translation>
    </message>
    <message>
        <source>I &amp;confirm that these IDs are added to %1 or updated there</source>
        <translation>Je &amp;confirme que ces ID seront ajoutés à %1 ou mis à jour</translation>
    </message>
    <message>
        <source>I &amp;confirm that these IDs are removed from %1</source>
        <translation>Je &amp;confirme que ces ID seront retirés de %1</translation>
    </message>
    <message>
        <source>I &amp;confirm that %1 is made to hold exactly the file&apos;s IDs</source>
        <translation>Je &amp;confirme que %1 contiendra exactement les ID du fichier</translation>
    </message>
    <message>
        <source>Could not check whether %1 exists: %2</source>
        <translation>Impossible de vérifier si %1 existe&#xa0;: %2</translation>
    </message>
    <message>
        <source>Checking whether %1 exists…</source>
        <translation>Vérification de l&apos;existence de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Comparing the file&apos;s %Ln IDs with the last verified upload to %1 from this computer…</source>
        <translation>
            <numerusform>Comparaison de l&apos;ID du fichier (%Ln) avec le dernier envoi vérifié vers %1 depuis cet ordinateur…</numerusform>
            <numerusform>Comparaison des %Ln ID du fichier avec le dernier envoi vérifié vers %1 depuis cet ordinateur…</numerusform>
        </translation>
    </message>
    <message>
        <source>Type or choose the audience&apos;s name first.</source>
        <translation>Saisissez ou choisissez d&apos;abord le nom de l&apos;audience.</translation>
    </message>
    <message>
        <source>The audience&apos;s name is not valid.</source>
        <translation>Le nom de l&apos;audience n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Batch could not say whether %1 exists.</source>
        <translation>Batch n&apos;a pas pu indiquer si %1 existe.</translation>
    </message>
    <message>
        <source>Waiting for Batch to say whether %1 exists.</source>
        <translation>En attente de Batch pour savoir si %1 existe.</translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <source>Warning: the upload history could not be opened (%1): this upload cannot be resumed if it is cut short.</source>
        <translation>Attention&#xa0;: l&apos;historique des envois n&apos;a pas pu être ouvert (%1)&#xa0;: cet envoi ne pourra pas être repris s&apos;il est interrompu.</translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted uploads older than %1 were abandoned and their prepared requests deleted.</source>
        <translation>
            <numerusform>%n envoi interrompu depuis plus de %1 a été abandonné et ses requêtes préparées supprimées.</numerusform>
            <numerusform>%n envois interrompus depuis plus de %1 ont été abandonnés et leurs requêtes préparées supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>The prepared requests of upload #%1 are gone, and so is %2: start a new import.</source>
        <translation>Les requêtes préparées de l&apos;envoi n°%1 ont disparu, tout comme %2&#xa0;: lancez un nouvel import.</translation>
    </message>
    <message>
        <source>Preparing the requests again from %1…</source>
        <translation>Nouvelle préparation des requêtes à partir de %1…</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Annulé avant tout envoi.</translation>
    </message>
    <message>
        <source>%1 has changed since upload #%2 was prepared, and its prepared requests are gone: start a new import of the file.</source>
        <translation>%1 a changé depuis la préparation de l&apos;envoi n°%2, et ses requêtes préparées ont disparu&#xa0;: lancez un nouvel import du fichier.</translation>
    </message>
    <message>
        <source>The file was not checked.</source>
        <translation>Le fichier n&apos;a pas été vérifié.</translation>
    </message>
    <message>
        <source>No valid ID to send: a Replace with no IDs would empty %1, so nothing was sent.</source>
        <translation>Aucun ID valide à envoyer&#xa0;: un remplacement sans ID viderait %1, donc rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent: %1 is unchanged.</source>
        <translation>Annulé avant tout envoi&#xa0;: %1 n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>Another upload into %1 is under way (%2). Nothing was sent; wait for it to finish, then try again.</source>
        <translation>Un autre envoi vers %1 est en cours (%2). Rien n&apos;a été envoyé&#xa0;; attendez sa fin, puis réessayez.</translation>
    </message>
    <message>
        <source>Upload #%1 is %2: there is nothing to resume.</source>
        <translation>L&apos;envoi n°%1 est %2&#xa0;: il n&apos;y a rien à reprendre.</translation>
    </message>
    <message>
        <source>Superseded by a new upload of the same file.</source>
        <translation>Remplacé par un nouvel envoi du même fichier.</translation>
    </message>
    <message>
        <source>Checking that %1 is as the interrupted upload #%2 left it…</source>
        <translation>Vérification que %1 est dans l&apos;état où l&apos;a laissée l&apos;envoi interrompu n°%2…</translation>
    </message>
    <message>
        <source>Nothing was sent; run the import again.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;; relancez l&apos;import.</translation>
    </message>
    <message>
        <source>Resuming the interrupted upload #%1: %2 of %3 requests were already acknowledged.</source>
        <translation>Reprise de l&apos;envoi interrompu n°%1 (requêtes déjà acceptées&#xa0;: %2 sur %3).</translation>
    </message>
    <message>
        <source>Its prepared requests are gone and the file no longer gives the same ones.</source>
        <translation>Ses requêtes préparées ont disparu et le fichier ne donne plus les mêmes.</translation>
    </message>
    <message>
        <source>The prepared requests of upload #%1 are gone and differ from the file&apos;s: starting again from the first request, which replaces %2.</source>
        <translation>Les requêtes préparées de l&apos;envoi n°%1 ont disparu et diffèrent de celles du fichier&#xa0;: reprise depuis la première requête, qui remplace %2.</translation>
    </message>
    <message>
        <source>%1 is gone: import the file again.</source>
        <translation>%1 a disparu&#xa0;: importez de nouveau le fichier.</translation>
    </message>
    <message>
        <source>The file has no valid ID any more.</source>
        <translation>Le fichier n&apos;a plus d&apos;ID valide.</translation>
    </message>
    <message>
        <source>Warning: the upload history could not be written (%1): this upload cannot be resumed if it is cut short.</source>
        <translation>Attention&#xa0;: l&apos;historique des envois n&apos;a pas pu être écrit (%1)&#xa0;: cet envoi ne pourra pas être repris s&apos;il est interrompu.</translation>
    </message>
    <message>
        <source>The audience %1 does not exist, and creating it was not asked for: nothing was sent.</source>
        <translation>L&apos;audience %1 n&apos;existe pas et sa création n&apos;a pas été demandée&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Creating the audience %1…</source>
        <translation>Création de l&apos;audience %1…</translation>
    </message>
    <message>
        <source>Created audience %1.</source>
        <translation>Audience %1 créée.</translation>
    </message>
    <message>
        <source>Batch asked to wait %1 s before request %2 is sent again.</source>
        <translation>Batch demande d&apos;attendre %1 s avant de renvoyer la requête %2.</translation>
    </message>
    <message>
        <source>Preparing the requests again for this mode…</source>
        <translation>Nouvelle préparation des requêtes pour ce mode…</translation>
    </message>
    <message>
        <source>No valid ID to send: nothing was sent.</source>
        <translation>Aucun ID valide à envoyer&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1 already holds exactly the file&apos;s IDs, as last verified: nothing was sent.</source>
        <translation>%1 contient déjà exactement les ID du fichier, d&apos;après la dernière vérification&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Comparing the file with the last verified upload to %1…</source>
        <translation>Comparaison du fichier avec le dernier envoi vérifié vers %1…</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Finishing the preparation of the requests before anything is sent…</source>
        <translation>Fin de la préparation des requêtes avant tout envoi…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryText</name>
    <message>
        <source>header row</source>
        <translation>ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>sans ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>sheet “%1”, %2</source>
        <translation>feuille «&#xa0;%1&#xa0;», %2</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>%1, one column, %2</source>
        <translation>%1, une colonne, %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>IDs from %1</source>
        <translation>ID tirés de %1</translation>
    </message>
    <message>
        <source>no attributes</source>
        <translation>aucun attribut</translation>
    </message>
    <message numerus="yes">
        <source>%n attributes</source>
        <translation>
            <numerusform>%n attribut</numerusform>
            <numerusform>%n attributs</numerusform>
        </translation>
    </message>
    <message>
        <source>tags from %1</source>
        <translation>tags tirés de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tags on every ID</source>
        <translation>
            <numerusform>%n tag sur chaque ID</numerusform>
            <numerusform>%n tags sur chaque ID</numerusform>
        </translation>
    </message>
    <message>
        <source>check cancelled</source>
        <translation>vérification annulée</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>non vérifié&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows checked</source>
        <translation>
            <numerusform>%Ln ligne vérifiée</numerusform>
            <numerusform>%Ln lignes vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rejetée</numerusform>
            <numerusform>%Ln rejetées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln repeated IDs</source>
        <translation>
            <numerusform>%Ln ID répété</numerusform>
            <numerusform>%Ln ID répétés</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>an unusual delimiter, quoted</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the first column</source>
        <translation>la première colonne</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <translation>%1 depuis %2 (%3)</translation>
    </message>
    <message>
        <source>attributes: %1</source>
        <translation>attributs&#xa0;: %1</translation>
    </message>
    <message>
        <source>tags on every ID: %1</source>
        <translation>tags sur chaque ID&#xa0;: %1</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>virgule décimale</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>Close the Import?</source>
        <translation>Fermer l&apos;import&#xa0;?</translation>
    </message>
    <message>
        <source>Close the import of %1? The format, the mapping and the check are lost, and nothing is sent.</source>
        <translation>Fermer l&apos;import de %1&#xa0;? Le format, la correspondance et la vérification sont perdus, et rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Stop the Upload?</source>
        <translation>Arrêter l&apos;envoi&#xa0;?</translation>
    </message>
    <message>
        <source>The upload into %1 is under way: %2 of %3 requests done. If you stop now, %1 keeps only what was sent (it is partial) until you resume it from Audience → Upload History.</source>
        <translation>L&apos;envoi vers %1 est en cours (requêtes faites&#xa0;: %2 sur %3). Si vous arrêtez maintenant, %1 ne garde que ce qui a été envoyé (elle est partielle) jusqu&apos;à ce que vous repreniez l&apos;envoi depuis Audience → Historique des envois.</translation>
    </message>
    <message>
        <source>Stop the Uploads?</source>
        <translation>Arrêter les envois&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>The file is being sent to %n apps, one after the other. If you stop now, the app being sent to keeps only what was sent (it is partial) until you resume it from Audience → Upload History, and the apps after it get nothing.</source>
        <translation>
            <numerusform>Le fichier est envoyé à %n app. Si vous arrêtez maintenant, elle ne garde que ce qui a été envoyé (elle est partielle) jusqu&apos;à la reprise depuis Audience → Historique des envois.</numerusform>
            <numerusform>Le fichier est envoyé à %n apps, l&apos;une après l&apos;autre. Si vous arrêtez maintenant, l&apos;app en cours ne garde que ce qui a été envoyé (elle est partielle) jusqu&apos;à la reprise depuis Audience → Historique des envois, et les apps suivantes ne reçoivent rien.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogFile</name>
    <message>
        <source>Cannot create the log folder %1.</source>
        <translation>Impossible de créer le dossier du journal %1.</translation>
    </message>
    <message>
        <source>Cannot write the log file %1: %2.</source>
        <translation>Impossible d&apos;écrire le journal %1 : %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sandbox: sample data served on this computer</source>
        <translation>Bac à sable&#xa0;: données d&apos;exemple servies par cet ordinateur</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Not connected to %1: see the message above the table.</source>
        <translation>Non connecté à %1&#xa0;: voir le message au-dessus du tableau.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload this page of audiences (F5)</source>
        <translation>Recharger cette page d&apos;audiences (F5)</translation>
    </message>
    <message>
        <source>&amp;Create Audience…</source>
        <translation>&amp;Créer une audience…</translation>
    </message>
    <message>
        <source>&amp;Delete Audience…</source>
        <translation>&amp;Supprimer l&apos;audience…</translation>
    </message>
    <message>
        <source>&amp;Profiles and Keys…</source>
        <translation>&amp;Profils et clés…</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Upload a CSV segment into an audience (Ctrl+I)</source>
        <translation>Importer un segment CSV dans une audience (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Replace from CSV…</source>
        <translation>&amp;Remplacer depuis un CSV…</translation>
    </message>
    <message>
        <source>Upload &amp;History…</source>
        <translation>&amp;Historique des envois…</translation>
    </message>
    <message>
        <source>&amp;About Audience Desk</source>
        <translation>&amp;À propos d&apos;Audience Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>A&amp;udience</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>No profile yet: add your Batch keys with File → Profiles and Keys, or try the sandbox, with sample data on this computer.</source>
        <translation>Aucun profil pour l&apos;instant&#xa0;: ajoutez vos clés Batch avec Fichier → Profils et clés, ou essayez le bac à sable, avec des données d&apos;exemple sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Try the &amp;Sandbox</source>
        <translation>Essayer le &amp;bac à sable</translation>
    </message>
    <message>
        <source>The sandbox could not start: no free local port.</source>
        <translation>Le bac à sable n&apos;a pas pu démarrer&#xa0;: aucun port local libre.</translation>
    </message>
    <message>
        <source>The REST API key of “%1” could not be read: %2 Open File → Profiles and Keys to enter it again.</source>
        <translation>La clé d&apos;API REST de «&#xa0;%1&#xa0;» n&apos;a pas pu être lue&#xa0;: %2 Ouvrez Fichier → Profils et clés pour la saisir de nouveau.</translation>
    </message>
    <message>
        <source>Reading the REST API key from the system keychain…</source>
        <translation>Lecture de la clé d&apos;API REST dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Waiting for the system keychain to give the REST API key of “%1”: answer its prompt (it may ask to unlock your keyring).</source>
        <translation>En attente de la clé d&apos;API REST de «&#xa0;%1&#xa0;» dans le trousseau du système&#xa0;: répondez à sa demande (il peut demander de déverrouiller votre trousseau).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Asking %1 for the audiences…</source>
        <translation>Demande des audiences à %1…</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>%1 (LIVE)</source>
        <translation>%1 (LIVE)</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>Création de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>“%1” was not created. %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été créée. %2</translation>
    </message>
    <message>
        <source>Audience “%1” created.</source>
        <translation>Audience «&#xa0;%1&#xa0;» créée.</translation>
    </message>
    <message>
        <source>Delete Audience</source>
        <translation>Supprimer l&apos;audience</translation>
    </message>
    <message>
        <source>Delete the audience “%1” and its %2 IDs?

Campaigns that target it will then target nobody. This cannot be undone.%3</source>
        <translation>Supprimer l&apos;audience «&#xa0;%1&#xa0;» et ses %2 ID&#xa0;?

Les campagnes qui la ciblent ne cibleront alors plus personne. Cette action est irréversible.%3</translation>
    </message>
    <message>
        <source>

This is a LIVE app.</source>
        <translation>

Ceci est une app LIVE.</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>Suppression de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>“%1” was not deleted. %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été supprimée. %2</translation>
    </message>
    <message>
        <source>Audience “%1” deleted.</source>
        <translation>Audience «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Choose a profile (or the sandbox) before importing.</source>
        <translation>Choisissez un profil (ou le bac à sable) avant d&apos;importer.</translation>
    </message>
    <message>
        <source>This upload was made with the profile “%1”: switch to it to resume.</source>
        <translation>Cet envoi a été fait avec le profil «&#xa0;%1&#xa0;»&#xa0;: passez sur ce profil pour le reprendre.</translation>
    </message>
    <message>
        <source>The upload of %1 into %2 did not finish: the audience may be partial. Resume it now, or later from Audience → Upload History.</source>
        <translation>L&apos;envoi de %1 vers %2 ne s&apos;est pas terminé&#xa0;: l&apos;audience est peut-être partielle. Reprenez-le maintenant, ou plus tard depuis Audience → Historique des envois.</translation>
    </message>
    <message>
        <source>Re&amp;sume Upload…</source>
        <translation>Repre&amp;ndre l&apos;envoi…</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Show &amp;Log Folder</source>
        <translation>Afficher le dossier du &amp;journal</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a pu ouvrir %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n audiences</source>
        <translation>
            <numerusform>%n audience</numerusform>
            <numerusform>%n audiences</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reset Sandbox…</source>
        <translation>Réi&amp;nitialiser le bac à sable…</translation>
    </message>
    <message>
        <source>Put the sample audiences back in the sandbox</source>
        <translation>Remettre les audiences d&apos;exemple dans le bac à sable</translation>
    </message>
    <message>
        <source>The sandbox holds the sample audiences again.</source>
        <translation>Le bac à sable contient de nouveau les audiences d&apos;exemple.</translation>
    </message>
    <message>
        <source>Reset Sandbox</source>
        <translation>Réinitialiser le bac à sable</translation>
    </message>
    <message>
        <source>Put the sample audiences back in the sandbox?

The audiences created, changed or uploaded to in the sandbox are lost. Nothing at Batch changes.</source>
        <translation>Remettre les audiences d&apos;exemple dans le bac à sable&#xa0;?

Les audiences créées, modifiées ou alimentées dans le bac à sable seront perdues. Rien ne change chez Batch.</translation>
    </message>
    <message>
        <source>Resetting the sandbox…</source>
        <translation>Réinitialisation du bac à sable…</translation>
    </message>
    <message>
        <source>&amp;Add from CSV…</source>
        <translation>A&amp;jouter depuis un CSV…</translation>
    </message>
    <message>
        <source>Re&amp;move from CSV…</source>
        <translation>Re&amp;tirer depuis un CSV…</translation>
    </message>
    <message>
        <source>S&amp;ync from CSV…</source>
        <translation>Synchr&amp;oniser depuis un CSV…</translation>
    </message>
    <message>
        <source>&amp;Paste IDs…</source>
        <translation>Co&amp;ller des ID…</translation>
    </message>
    <message>
        <source>Upload a column of IDs copied from a spreadsheet (Ctrl+V)</source>
        <translation>Importer une colonne d&apos;ID copiée depuis un tableur (Ctrl+V)</translation>
    </message>
    <message>
        <source>The clipboard holds no text: copy a column of IDs first.</source>
        <translation>Le presse-papiers ne contient pas de texte&#xa0;: copiez d&apos;abord une colonne d&apos;ID.</translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation>&amp;Ouvrir un plan…</translation>
    </message>
    <message>
        <source>Run a saved import again: its file, mapping, audience and apps</source>
        <translation>Relancer un import enregistré&#xa0;: son fichier, sa correspondance, son audience et ses apps</translation>
    </message>
    <message>
        <source>The plan %1 cannot be opened: %2</source>
        <translation>Le plan %1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <source>Import plans (*.plan.json *.json)</source>
        <translation>Plans d&apos;import (*.plan.json *.json)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Numbers use a decimal &amp;comma (3,14)</source>
        <translation>Les nombres utilisent la &amp;virgule décimale (3,14)</translation>
    </message>
    <message>
        <source>&amp;Recent Mappings</source>
        <translation>&amp;Correspondances récentes</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Choose the install ID column, the attributes to send with each ID (at most 15) and the tags.</source>
        <translation>Choisissez la colonne des ID d&apos;installation, les attributs à envoyer avec chaque ID (15 au plus) et les tags.</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Install &amp;ID column:</source>
        <translation>Colonne des &amp;ID d&apos;installation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Load Mapping…</source>
        <translation>C&amp;harger une correspondance…</translation>
    </message>
    <message>
        <source>Sa&amp;ve Mapping…</source>
        <translation>&amp;Enregistrer la correspondance…</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Attributs&#xa0;:</translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation>Charger une correspondance</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Fichiers de correspondance (*.json)</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>The mapping you last used for &lt;b&gt;%1&lt;/b&gt; is applied. &lt;i&gt;Recent Mappings&lt;/i&gt; has the others.</source>
        <translation>La dernière correspondance utilisée pour &lt;b&gt;%1&lt;/b&gt; est appliquée. Les autres sont dans &lt;i&gt;Correspondances récentes&lt;/i&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attributes</source>
        <translation>
            <numerusform>%Ln attribut</numerusform>
            <numerusform>%Ln attributs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, used %3</source>
        <translation>%1 — %2, utilisée le %3</translation>
    </message>
    <message>
        <source>The mapping you last used for &lt;b&gt;%1&lt;/b&gt; is applied.</source>
        <translation>La dernière correspondance utilisée pour &lt;b&gt;%1&lt;/b&gt; est appliquée.</translation>
    </message>
    <message>
        <source>No earlier import of this profile fits this file&apos;s columns</source>
        <translation>Aucun import précédent de ce profil ne convient aux colonnes de ce fichier</translation>
    </message>
    <message>
        <source>Use the mapping of an earlier import into an audience</source>
        <translation>Reprendre la correspondance d&apos;un import précédent dans une audience</translation>
    </message>
    <message>
        <source>%L1 of %L2 attributes</source>
        <translation>Attributs&#xa0;: %L1 sur %L2</translation>
    </message>
    <message>
        <source>“%1” is the ID column: it cannot also be an attribute</source>
        <translation>«&#xa0;%1&#xa0;» est la colonne des ID&#xa0;: elle ne peut pas être aussi un attribut</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>La correspondance n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The mapping could not be loaded: %1</source>
        <translation>La correspondance n&apos;a pas pu être chargée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The mapping in &lt;b&gt;%1&lt;/b&gt; is applied.</source>
        <translation>La correspondance de &lt;b&gt;%1&lt;/b&gt; est appliquée.</translation>
    </message>
    <message>
        <source>(guessed from %1: %2)</source>
        <translation>(déduit de %1&#xa0;: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1 — Batch takes %2 attributes</source>
        <translation>Non envoyé&#xa0;: %1 — Batch accepte %2 attributs</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PagingBar</name>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; &amp;Précédente</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivante &gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n per page</source>
        <translation>
            <numerusform>%n par page</numerusform>
            <numerusform>%n par page</numerusform>
        </translation>
    </message>
    <message>
        <source>Audiences per page</source>
        <translation>Audiences par page</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation>Page précédente (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next page (Ctrl+PgDown)</source>
        <translation>Page suivante (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
</context>
<context>
    <name>PastedTable</name>
    <message>
        <source>The clipboard holds no IDs: copy a column of install IDs (or cells with a header row) from a spreadsheet first.</source>
        <translation>Le presse-papiers ne contient aucun ID&#xa0;: copiez d&apos;abord depuis un tableur une colonne d&apos;ID d&apos;installation (ou des cellules avec une ligne d&apos;en-tête).</translation>
    </message>
    <message>
        <source>The clipboard holds one line, “%1”: the column names, and no IDs under them.</source>
        <translation>Le presse-papiers contient une seule ligne, «&#xa0;%1&#xa0;»&#xa0;: les noms des colonnes, sans aucun ID en dessous.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PlanSaver</name>
    <message>
        <source>Sa&amp;ve as Plan…</source>
        <translation>Enregistrer comme pla&amp;n…</translation>
    </message>
    <message>
        <source>Save this import (file, format, mapping, audience, mode and apps) to run it again: File → Open Plan…, or audience-desk-cli run</source>
        <translation>Enregistrer cet import (fichier, format, correspondance, audience, mode et apps) pour le relancer&#xa0;: Fichier → Ouvrir un plan…, ou audience-desk-cli run</translation>
    </message>
    <message>
        <source>Save as Plan</source>
        <translation>Enregistrer comme plan</translation>
    </message>
    <message>
        <source>Import plans (*.plan.json);;JSON files (*.json)</source>
        <translation>Plans d&apos;import (*.plan.json);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1. Open it again with File → Open Plan…, or run it with: audience-desk-cli run %1</source>
        <translation>Enregistré dans %1. Rouvrez-le avec Fichier → Ouvrir un plan…, ou lancez-le avec&#xa0;: audience-desk-cli run %1</translation>
    </message>
    <message>
        <source>The plan could not be saved to %1: %2</source>
        <translation>Le plan n&apos;a pas pu être enregistré dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProblemLocation</name>
    <message>
        <source>line %1, column %2%3</source>
        <translation>ligne %1, colonne %2%3</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Dev</source>
        <translation>Dev</translation>
    </message>
    <message>
        <source>SDK</source>
        <translation>SDK</translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>%1 — LIVE</source>
        <translation>%1 — LIVE</translation>
    </message>
    <message>
        <source>%1 — %2 key</source>
        <translation>%1 — clé %2</translation>
    </message>
    <message>
        <source>Reading the REST API key of %1 from the system keychain…</source>
        <translation>Lecture de la clé d&apos;API REST de %1 dans le trousseau du système…</translation>
    </message>
    <message>
        <source>The REST API key of %1 could not be read: %2 The upload stays with %3.</source>
        <translation>La clé d&apos;API REST de %1 n&apos;a pas pu être lue&#xa0;: %2 L&apos;envoi reste sur %3.</translation>
    </message>
    <message>
        <source>Waiting for the system keychain to give the REST API key of %1: answer its prompt (it may ask to unlock your keyring). Choose the profile in use again to stop waiting.</source>
        <translation>En attente de la clé d&apos;API REST de %1 dans le trousseau du système&#xa0;: répondez à sa demande (il peut demander de déverrouiller votre trousseau). Choisissez de nouveau le profil en cours pour arrêter d&apos;attendre.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%2;background:%3&apos;&gt;&amp;nbsp;LIVE&amp;nbsp;&lt;/span&gt; Changes reach the real users of %1.</source>
        <translation>&lt;span style=&apos;color:%2;background:%3&apos;&gt;&amp;nbsp;LIVE&amp;nbsp;&lt;/span&gt; Les modifications touchent les vrais utilisateurs de %1.</translation>
    </message>
    <message>
        <source>%1 key of %2, on %3</source>
        <translation>Clé %1 de %2, sur %3</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Store the REST key in the settings file (unencrypted)</source>
        <translation>Stocker la clé REST dans le fichier de réglages (non chiffrée)</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>e.g. Shop — iOS</source>
        <translation>ex. Boutique — iOS</translation>
    </message>
    <message>
        <source>From Batch: ⚙ Settings → General of your app</source>
        <translation>Dans Batch&#xa0;: ⚙ Settings → General de votre app</translation>
    </message>
    <message>
        <source>LIVE key: uploads and deletions reach your real users.</source>
        <translation>Clé LIVE&#xa0;: les envois et suppressions touchent vos vrais utilisateurs.</translation>
    </message>
    <message>
        <source>Company REST API key (secret)</source>
        <translation>Clé d&apos;API REST de l&apos;entreprise (secrète)</translation>
    </message>
    <message>
        <source>Show the REST API key</source>
        <translation>Afficher la clé d&apos;API REST</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom d&apos;a&amp;ffichage&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;pp API key:</source>
        <translation>Clé d&apos;API de l&apos;a&amp;pp&#xa0;:</translation>
    </message>
    <message>
        <source>Key &amp;kind:</source>
        <translation>T&amp;ype de clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;REST API key:</source>
        <translation>Clé d&apos;API &amp;REST&#xa0;:</translation>
    </message>
    <message>
        <source>Hide the REST API key</source>
        <translation>Masquer la clé d&apos;API REST</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>Enter the app API key (letters, digits, _ and - only).</source>
        <translation>Saisissez la clé d&apos;API de l&apos;app (lettres, chiffres, _ et - uniquement).</translation>
    </message>
    <message>
        <source>Enter the REST API key (letters, digits, _ and - only).</source>
        <translation>Saisissez la clé d&apos;API REST (lettres, chiffres, _ et - uniquement).</translation>
    </message>
    <message>
        <source>No keychain is available: tick “Store the REST key in the settings file” to keep the key, or it cannot be saved.</source>
        <translation>Aucun trousseau n&apos;est disponible&#xa0;: cochez «&#xa0;Stocker la clé REST dans le fichier de réglages&#xa0;» pour garder la clé, sinon elle ne peut pas être enregistrée.</translation>
    </message>
</context>
<context>
    <name>ProfileSession</name>
    <message>
        <source>Sandbox (sample data)</source>
        <translation>Bac à sable (données d&apos;exemple)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The Batch app and keys this window works with</source>
        <translation>L&apos;app Batch et les clés utilisées par cette fenêtre</translation>
    </message>
    <message>
        <source>Live API key: changes reach your real users</source>
        <translation>Clé d&apos;API Live&#xa0;: les modifications touchent vos vrais utilisateurs</translation>
    </message>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Pr&amp;ofil&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — LIVE</source>
        <translation>%1 — LIVE</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Afficher l&apos;aide sur les options de la ligne de commande.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Afficher l&apos;aide, y compris les options propres à Qt.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Audience Desk</source>
        <translation>Audience Desk</translation>
    </message>
</context>
<context>
    <name>RejectedRowsModel</name>
    <message>
        <source>whole row</source>
        <translation>ligne entière</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
</context>
<context>
    <name>RejectsWriter</name>
    <message>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>row</source>
        <translation>ligne</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>&amp;Show Audience</source>
        <translation>&amp;Afficher l&apos;audience</translation>
    </message>
    <message>
        <source>S&amp;top Waiting</source>
        <translation>Arrêter l&apos;atte&amp;nte</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Indexing tokens</source>
        <translation>Jetons d&apos;indexation</translation>
    </message>
    <message>
        <source>Indexing tokens (for support, or `audience-desk-cli status`):</source>
        <translation>Jetons d&apos;indexation (pour le support, ou `audience-desk-cli status`)&#xa0;:</translation>
    </message>
    <message>
        <source>✔ Applied: %1 is ready for campaigns. %2</source>
        <translation>✔ Appliqué&#xa0;: %1 est prête pour les campagnes. %2</translation>
    </message>
    <message>
        <source>Batch acknowledged every request: %1 IDs of %2 sent to %3.</source>
        <translation>Batch a accepté toutes les requêtes de l&apos;envoi de %1 ID de %2 vers %3.</translation>
    </message>
    <message>
        <source>Waiting for Batch to apply the upload…</source>
        <translation>En attente de l&apos;application de l&apos;envoi par Batch…</translation>
    </message>
    <message>
        <source>Replaced: a newer upload to %1 has replaced this one.</source>
        <translation>Remplacé&#xa0;: un envoi plus récent vers %1 a remplacé celui-ci.</translation>
    </message>
    <message>
        <source>Batch is indexing the IDs… (campaigns may not target them yet)</source>
        <translation>Batch indexe les ID… (les campagnes ne les ciblent peut-être pas encore)</translation>
    </message>
    <message>
        <source>Open &amp;Rejected Rows</source>
        <translation>Ouvrir les lignes &amp;rejetées</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid rows were skipped: not sent.</source>
        <translation>
            <numerusform>Ligne invalide ignorée&#xa0;: %n, non envoyée.</numerusform>
            <numerusform>Lignes invalides ignorées&#xa0;: %n, non envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>What Batch confirmed</source>
        <translation>Ce que Batch a confirmé</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>%1 (LIVE)</source>
        <translation>%1 (LIVE)</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Non commencé.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 into %2, in %n apps one after the other:</source>
        <translation>
            <numerusform>%1 dans %2, dans %n app&#xa0;:</numerusform>
            <numerusform>%1 dans %2, dans %n apps l&apos;une après l&apos;autre&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Applied in every app: %1 is ready for campaigns.</source>
        <translation>✔ Appliqué dans chaque app&#xa0;: %1 est prête pour les campagnes.</translation>
    </message>
    <message>
        <source>Sent to every app; Batch did not confirm every count (see below).</source>
        <translation>Envoyé à chaque app&#xa0;; Batch n&apos;a pas confirmé chaque nombre (voir ci-dessous).</translation>
    </message>
    <message numerus="yes">
        <source>Not done in %1 of %n apps: %2. An upload cut short is resumed from Audience → Upload History.</source>
        <translation>
            <numerusform>Non fait dans %1 app sur %n&#xa0;: %2. Un envoi interrompu se reprend depuis Audience → Historique des envois.</numerusform>
            <numerusform>Non fait dans %1 apps sur %n&#xa0;: %2. Un envoi interrompu se reprend depuis Audience → Historique des envois.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ResumeCheck</name>
    <message>
        <source>Could not check %1 before resuming: %2</source>
        <translation>Impossible de vérifier %1 avant la reprise&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was deleted since the interrupted upload #%2: starting again from the first request.</source>
        <translation>%1 a été supprimée depuis l&apos;envoi interrompu n°%2&#xa0;: reprise depuis la première requête.</translation>
    </message>
    <message>
        <source>%1 was replaced by another upload since the interrupted upload #%2: starting again from the first request, which replaces it.</source>
        <translation>%1 a été remplacée par un autre envoi depuis l&apos;envoi interrompu n°%2&#xa0;: reprise depuis la première requête, qui la remplace.</translation>
    </message>
    <message>
        <source>%1 holds %2 IDs, fewer than the %3 the interrupted upload #%4 had sent: it changed since, so starting again from the first request, which replaces it.</source>
        <translation>%1 contient %2 ID, moins que les %3 qu&apos;avait envoyés l&apos;envoi interrompu n°%4&#xa0;: elle a changé depuis, donc reprise depuis la première requête, qui la remplace.</translation>
    </message>
    <message>
        <source>Batch is still indexing %1, so it cannot be compared with the interrupted upload #%2: starting again from the first request, which replaces it.</source>
        <translation>Batch indexe encore %1, qui ne peut donc pas être comparée à l&apos;envoi interrompu n°%2&#xa0;: reprise depuis la première requête, qui la remplace.</translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message numerus="yes">
        <source>it has %Ln columns</source>
        <translation>
            <numerusform>il a %Ln colonne</numerusform>
            <numerusform>il a %Ln colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>The ID column “%1” is not in the file: %2.</source>
        <translation>La colonne d&apos;ID «&#xa0;%1&#xa0;» n&apos;est pas dans le fichier&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The attribute column “%1” is not in the file: %2.</source>
        <translation>La colonne d&apos;attribut «&#xa0;%1&#xa0;» n&apos;est pas dans le fichier&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The attribute name “%1” must be 1 to 30 characters of a-z, 0-9 and _.</source>
        <translation>Le nom d&apos;attribut «&#xa0;%1&#xa0;» doit compter de 1 à 30 caractères parmi a-z, 0-9 et _.</translation>
    </message>
    <message>
        <source>The attribute name “%1” is used twice.</source>
        <translation>Le nom d&apos;attribut «&#xa0;%1&#xa0;» est utilisé deux fois.</translation>
    </message>
    <message>
        <source>%1 attributes are mapped; Batch accepts at most %2.</source>
        <translation>%1 attributs sont associés&#xa0;; Batch en accepte %2 au plus.</translation>
    </message>
    <message>
        <source>The tag column “%1” is not in the file: %2.</source>
        <translation>La colonne de tags «&#xa0;%1&#xa0;» n&apos;est pas dans le fichier&#xa0;: %2.</translation>
    </message>
    <message>
        <source>empty install ID</source>
        <translation>ID d&apos;installation vide</translation>
    </message>
    <message>
        <source>install ID of %1 characters (at most %2)</source>
        <translation>ID d&apos;installation de %1 caractères (%2 au plus)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is sent as %2: numbers lose their leading zeros, here in %Ln rows (the first on this line). Make the column a string to keep them.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est envoyé comme %2&#xa0;: les nombres perdent leurs zéros initiaux. Faites de la colonne une chaîne (string) pour les garder.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est envoyé comme %2&#xa0;: les nombres perdent leurs zéros initiaux, ici sur %Ln lignes (la première sur cette ligne). Faites de la colonne une chaîne (string) pour les garder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>You stopped waiting for the system keychain.</source>
        <translation>Vous avez cessé d&apos;attendre le trousseau du système.</translation>
    </message>
    <message>
        <source>The system keychain has no REST API key for this profile.</source>
        <translation>Le trousseau du système n&apos;a pas de clé d&apos;API REST pour ce profil.</translation>
    </message>
    <message>
        <source>No system keychain answered (Secret Service not running). You can keep the REST key in the settings file instead; it is then stored unencrypted.</source>
        <translation>Aucun trousseau du système n&apos;a répondu (Secret Service n&apos;est pas lancé). Vous pouvez garder la clé REST dans le fichier de réglages à la place&#xa0;; elle est alors stockée sans chiffrement.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>Le trousseau du système a refusé l&apos;accès&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Suppri&amp;mer…</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>&amp;Enregistrer le profil</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Stop &amp;Waiting</source>
        <translation>Arrêter l&apos;atte&amp;nte</translation>
    </message>
    <message>
        <source>Profiles and Keys</source>
        <translation>Profils et clés</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>%1 — LIVE</source>
        <translation>%1 — LIVE</translation>
    </message>
    <message>
        <source>Waiting for the system keychain to give the REST API key: answer its prompt (it may ask to unlock your keyring).</source>
        <translation>En attente de la clé d&apos;API REST dans le trousseau du système&#xa0;: répondez à sa demande (il peut demander de déverrouiller votre trousseau).</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Fill in the keys, then Save Profile.</source>
        <translation>Renseignez les clés, puis Enregistrer le profil.</translation>
    </message>
    <message>
        <source>Saving the REST API key in the system keychain…</source>
        <translation>Enregistrement de la clé d&apos;API REST dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Waiting for the system keychain to store the REST API key: answer its prompt (it may ask for a password for a new keyring). The profile is saved once the keychain has the key.</source>
        <translation>En attente de l&apos;enregistrement de la clé d&apos;API REST par le trousseau du système&#xa0;: répondez à sa demande (il peut demander un mot de passe pour un nouveau trousseau). Le profil est enregistré dès que le trousseau a la clé.</translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation>Profil «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Save Changes?</source>
        <translation>Enregistrer les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Enregistrer les modifications de «&#xa0;%1&#xa0;» avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its REST API key from this computer? Nothing changes on Batch.</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;» et sa clé d&apos;API REST de cet ordinateur&#xa0;? Rien ne change sur Batch.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the keys work (%n audiences on the first page).</source>
        <translation>
            <numerusform>Connecté&#xa0;: les clés fonctionnent (%n audience sur la première page).</numerusform>
            <numerusform>Connecté&#xa0;: les clés fonctionnent (%n audiences sur la première page).</numerusform>
        </translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>(applies at the next start)</source>
        <translation>(appliquée au prochain démarrage)</translation>
    </message>
</context>
<context>
    <name>StepNotice</name>
    <message>
        <source>Check this page: %1</source>
        <translation>Vérifiez cette page&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SyncPlanner</name>
    <message>
        <source>The file was not checked for a sync.</source>
        <translation>Le fichier n&apos;a pas été vérifié pour une synchronisation.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 changed after it was checked: check the file again.</source>
        <translation>%1 a changé depuis sa vérification&#xa0;: vérifiez le fichier à nouveau.</translation>
    </message>
</context>
<context>
    <name>SyncPreparation</name>
    <message>
        <source>No verified upload to %1 from this computer to compare the file with.</source>
        <translation>Aucun envoi vérifié vers %1 depuis cet ordinateur auquel comparer le fichier.</translation>
    </message>
    <message>
        <source>the last verified upload from this computer (%1)</source>
        <translation>le dernier envoi vérifié depuis cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>%1 was deleted since %2.</source>
        <translation>%1 a été supprimée depuis %2.</translation>
    </message>
    <message>
        <source>Could not check %1 before the sync: %2</source>
        <translation>Impossible de vérifier %1 avant la synchronisation&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was replaced since %2.</source>
        <translation>%1 a été remplacée depuis %2.</translation>
    </message>
    <message>
        <source>Batch reports %1 IDs in %2, but it held %3 after %4: it changed since.</source>
        <translation>Batch indique %1 ID dans %2, mais elle en contenait %3 après %4&#xa0;: elle a changé depuis.</translation>
    </message>
    <message>
        <source>The baseline is stale: %1</source>
        <translation>La référence est périmée&#xa0;: %1</translation>
    </message>
    <message>
        <source>A sync needs a Replace of the whole file then, which was not allowed: nothing was sent, %1 is unchanged.</source>
        <translation>Une synchronisation demande alors un remplacement par tout le fichier, ce qui n&apos;était pas autorisé&#xa0;: rien n&apos;a été envoyé, %1 est inchangée.</translation>
    </message>
    <message>
        <source>A sync sends a Replace of the whole file instead: %1</source>
        <translation>La synchronisation envoie à la place un remplacement par tout le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: the sync baseline of %1 could not be saved (%2): the next sync replaces it whole.</source>
        <translation>Attention&#xa0;: la référence de synchronisation de %1 n&apos;a pas pu être enregistrée (%2)&#xa0;: la prochaine synchronisation la remplacera entièrement.</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Tag columns</source>
        <translation>Colonnes de tags</translation>
    </message>
    <message>
        <source>e.g. spring_sale</source>
        <translation>ex. soldes_printemps</translation>
    </message>
    <message>
        <source>Tags for every ID</source>
        <translation>Tags pour chaque ID</translation>
    </message>
    <message>
        <source>A&amp;dd Tag</source>
        <translation>Ajouter le ta&amp;g</translation>
    </message>
    <message>
        <source>Re&amp;move Tag</source>
        <translation>Reti&amp;rer le tag</translation>
    </message>
    <message>
        <source>Columns holding tags</source>
        <translation>Colonnes contenant des tags</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>Sép&amp;arateur&#xa0;:</translation>
    </message>
    <message>
        <source>Tags added to every ID</source>
        <translation>Tags ajoutés à chaque ID</translation>
    </message>
    <message>
        <source>| (pipe)</source>
        <translation>| (barre verticale)</translation>
    </message>
    <message>
        <source>; (semicolon)</source>
        <translation>; (point-virgule)</translation>
    </message>
    <message>
        <source>, (comma)</source>
        <translation>, (virgule)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
    </message>
    <message>
        <source>Tag separator</source>
        <translation>Séparateur de tags</translation>
    </message>
    <message>
        <source>e.g. /</source>
        <translation>ex. /</translation>
    </message>
    <message>
        <source>Custom tag separator</source>
        <translation>Séparateur de tags personnalisé</translation>
    </message>
    <message>
        <source>Type a custom tag separator, or choose one from the list.</source>
        <translation>Saisissez un séparateur de tags personnalisé, ou choisissez-en un dans la liste.</translation>
    </message>
</context>
<context>
    <name>TagNormalizer</name>
    <message>
        <source>tag “%1…” is longer than 64 characters</source>
        <translation>le tag «&#xa0;%1…&#xa0;» dépasse 64 caractères</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <source>Choose the audience</source>
        <translation>Choisir l&apos;audience</translation>
    </message>
    <message>
        <source>Pick an audience to replace, or type a new name to create one.</source>
        <translation>Choisissez une audience à remplacer, ou saisissez un nouveau nom pour en créer une.</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>Pro&amp;fil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience&#xa0;:</translation>
    </message>
    <message>
        <source>Replace: the audience holds exactly the file</source>
        <translation>Remplacer&#xa0;: l&apos;audience contient exactement le fichier</translation>
    </message>
    <message>
        <source>Add or update the file&apos;s IDs; keep the others</source>
        <translation>Ajouter ou mettre à jour les ID du fichier&#xa0;; garder les autres</translation>
    </message>
    <message>
        <source>Remove the file&apos;s IDs; keep the others</source>
        <translation>Retirer les ID du fichier&#xa0;; garder les autres</translation>
    </message>
    <message>
        <source>Sync: send only the differences from the last upload</source>
        <translation>Synchroniser&#xa0;: n&apos;envoyer que les différences avec le dernier envoi</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <source>Waiting for the system keychain to give the REST API key.</source>
        <translation>En attente de la clé d&apos;API REST dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Tick “%1” first.</source>
        <translation>Cochez d&apos;abord «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The plan also names %1, not a profile on this computer: it gets nothing unless you add it in Settings.</source>
        <translation>Le plan nomme aussi %1, qui n&apos;est pas un profil de cet ordinateur&#xa0;: rien n&apos;y sera envoyé, sauf si vous l&apos;ajoutez dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>UploadHistory</name>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Partial: resume it</source>
        <translation>Partiel&#xa0;: à reprendre</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Void: the audience changed</source>
        <translation>Caduc&#xa0;: l&apos;audience a changé</translation>
    </message>
    <message>
        <source>Interrupted: resume it</source>
        <translation>Interrompu&#xa0;: à reprendre</translation>
    </message>
</context>
<context>
    <name>UploadHistoryModel</name>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>IDs</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>In Batch</source>
        <translation>Dans Batch</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>UploadLock</name>
    <message>
        <source>another process</source>
        <translation>un autre processus</translation>
    </message>
    <message>
        <source>process %1 (%2) on %3, since %4</source>
        <translation>processus %1 (%2) sur %3, depuis %4</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>programme inconnu</translation>
    </message>
</context>
<context>
    <name>UploadPage</name>
    <message>
        <source>&amp;Cancel Upload</source>
        <translation>&amp;Annuler l&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Upload log</source>
        <translation>Journal de l&apos;envoi</translation>
    </message>
    <message>
        <source>Resuming.</source>
        <translation>Reprise.</translation>
    </message>
    <message>
        <source>Waiting for another upload into this audience to finish (%1)…</source>
        <translation>En attente de la fin d&apos;un autre envoi vers cette audience (%1)…</translation>
    </message>
    <message>
        <source>Request %1 of %2: %3 of %4 IDs…</source>
        <translation>Requête %1 sur %2&#xa0;: %3 de %4 ID…</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>remplacement</translation>
    </message>
    <message>
        <source>add</source>
        <translation>ajout</translation>
    </message>
    <message>
        <source>Request %1 failed (%2): retrying (attempt %3) in %4 s.</source>
        <translation>La requête %1 a échoué (%2)&#xa0;: nouvel essai (tentative %3) dans %4 s.</translation>
    </message>
    <message>
        <source>Request %1 acknowledged (indexing token %2).</source>
        <translation>Requête %1 acceptée (jeton d&apos;indexation %2).</translation>
    </message>
    <message>
        <source>Request %1 failed: %2</source>
        <translation>La requête %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 of %2 IDs acknowledged by Batch for %3.</source>
        <translation>ID acceptés par Batch pour %3&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>Resuming the upload of %1 into %2.</source>
        <translation>Reprise de l&apos;envoi de %1 vers %2.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>IDs acknowledged</source>
        <translation>ID confirmés</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n requests</source>
        <translation>
            <numerusform>%1 sur %n requête</numerusform>
            <numerusform>%1 sur %n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (LIVE)</source>
        <translation>%1 (LIVE)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message numerus="yes">
        <source>Sending %1 into %2 in %n apps, one after the other…</source>
        <translation>
            <numerusform>Envoi de %1 dans %2 sur %n app…</numerusform>
            <numerusform>Envoi de %1 dans %2 sur %n apps, l&apos;une après l&apos;autre…</numerusform>
        </translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p&#xa0;%</translation>
    </message>
    <message>
        <source>App %1 of %2: %3</source>
        <translation>App %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Waiting for another upload</source>
        <translation>En attente d&apos;un autre envoi</translation>
    </message>
    <message>
        <source>%1: waiting for another upload into this audience to finish (%2)…</source>
        <translation>%1&#xa0;: en attente de la fin d&apos;un autre envoi dans cette audience (%2)…</translation>
    </message>
    <message>
        <source>%1: request %2 acknowledged (indexing token %3).</source>
        <translation>%1&#xa0;: requête %2 confirmée (jeton d&apos;indexation %3).</translation>
    </message>
    <message>
        <source>%1: request %2 failed: %3</source>
        <translation>%1&#xa0;: la requête %2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>Sending: %1 of %2 requests</source>
        <translation>Envoi&#xa0;: requête %1 sur %2</translation>
    </message>
    <message>
        <source>Waiting for Batch to apply…</source>
        <translation>En attente de l&apos;application par Batch…</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Done: Batch confirmed it</source>
        <translation>Terminé&#xa0;: Batch l&apos;a confirmé</translation>
    </message>
    <message>
        <source>Sent, not confirmed by Batch</source>
        <translation>Envoyé, non confirmé par Batch</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Terminé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %1 of %n apps.</source>
        <translation>
            <numerusform>Envoyé à %1 app sur %n.</numerusform>
            <numerusform>Envoyé à %1 des %n apps.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the requests…</source>
        <translation>Préparation des requêtes…</translation>
    </message>
</context>
<context>
    <name>UploadPlanText</name>
    <message>
        <source>%1 IDs</source>
        <translation>%1 ID</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln requests</source>
        <translation>
            <numerusform>en %Ln requête</numerusform>
            <numerusform>en %Ln requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Fills the new audience %1 with %2 %3</source>
        <translation>Remplit la nouvelle audience %1 avec %2 %3</translation>
    </message>
    <message>
        <source>Replaces all %1 IDs of %2 with %3 %4</source>
        <translation>Remplace tous les ID de %2 (%1) par %3 %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests</source>
        <translation>
            <numerusform>%Ln requête</numerusform>
            <numerusform>%Ln requêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removes %Ln IDs from %1 (%2); its other IDs stay</source>
        <translation>
            <numerusform>Retire %Ln ID de %1 (%2)&#xa0;; ses autres ID restent</numerusform>
            <numerusform>Retire %Ln ID de %1 (%2)&#xa0;; ses autres ID restent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adds or updates %Ln IDs in %1 (%2); its other IDs stay</source>
        <translation>
            <numerusform>Ajoute ou met à jour %Ln ID dans %1 (%2)&#xa0;; ses autres ID restent</numerusform>
            <numerusform>Ajoute ou met à jour %Ln ID dans %1 (%2)&#xa0;; ses autres ID restent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds the file&apos;s %Ln IDs: nothing to send</source>
        <translation>
            <numerusform>%1 contient déjà l&apos;ID du fichier (%Ln)&#xa0;: rien à envoyer</numerusform>
            <numerusform>%1 contient déjà les %Ln ID du fichier&#xa0;: rien à envoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adds %Ln IDs, updates %1, removes %2 in %3 (%4); %5 unchanged</source>
        <translation>
            <numerusform>Ajoute %Ln ID, en met à jour %1, en retire %2 dans %3 (%4)&#xa0;; inchangés&#xa0;: %5</numerusform>
            <numerusform>Ajoute %Ln ID, en met à jour %1, en retire %2 dans %3 (%4)&#xa0;; inchangés&#xa0;: %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadRate</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 · almost done</source>
        <translation>%1 · presque terminé</translation>
    </message>
    <message numerus="yes">
        <source>%1 · about %n s left</source>
        <translation>
            <numerusform>%1 · environ %n s restante</numerusform>
            <numerusform>%1 · environ %n s restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · about %n min left</source>
        <translation>
            <numerusform>%1 · environ %n min restante</numerusform>
            <numerusform>%1 · environ %n min restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadRecordText</name>
    <message>
        <source>Request %1: %2 of %3 IDs — </source>
        <translation>Requête %1&#xa0;: %2 de %3 ID — </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <source>Update (add)</source>
        <translation>Mise à jour (ajout)</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyée</translation>
    </message>
    <message>
        <source>sent %1, no answer recorded</source>
        <translation>envoyée le %1, aucune réponse enregistrée</translation>
    </message>
    <message>
        <source>acknowledged %1</source>
        <translation>acceptée le %1</translation>
    </message>
    <message>
        <source>failed (HTTP %1)</source>
        <translation>échouée (HTTP %1)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>, indexing token %1</source>
        <translation>, jeton d&apos;indexation %1</translation>
    </message>
    <message>
        <source>%1 into %2 (profile %3): %4</source>
        <translation>%1 vers %2 (profil %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>File: %1, SHA-256 %2</source>
        <translation>Fichier&#xa0;: %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>non calculé</translation>
    </message>
    <message>
        <source>Rows read: %1; valid IDs: %2; rejected rows: %3; duplicate IDs: %4</source>
        <translation>Lignes lues&#xa0;: %1&#xa0;; ID valides&#xa0;: %2&#xa0;; lignes rejetées&#xa0;: %3&#xa0;; ID en double&#xa0;: %4</translation>
    </message>
    <message>
        <source>Started %1, ended %2</source>
        <translation>Commencé le %1, terminé le %2</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Commencé le %1</translation>
    </message>
    <message>
        <source>Batch reported %1 IDs in %2 once applied (%3); %4 were sent.</source>
        <translation>Une fois la modification appliquée (%3), Batch indiquait %1 ID dans %2&#xa0;; ID envoyés&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Not verified: Batch&apos;s count was not read after the upload.</source>
        <translation>Non vérifié&#xa0;: le décompte de Batch n&apos;a pas été lu après l&apos;envoi.</translation>
    </message>
    <message>
        <source>Update (remove)</source>
        <translation>Mise à jour (retrait)</translation>
    </message>
    <message>
        <source>Update (add and remove)</source>
        <translation>Mise à jour (ajout et retrait)</translation>
    </message>
    <message>
        <source>Mode: add (the audience keeps its other IDs)</source>
        <translation>Mode&#xa0;: ajout (l&apos;audience garde ses autres ID)</translation>
    </message>
    <message>
        <source>Mode: remove (the audience keeps its other IDs)</source>
        <translation>Mode&#xa0;: retrait (l&apos;audience garde ses autres ID)</translation>
    </message>
    <message>
        <source>Mode: sync (only the differences from the last verified upload)</source>
        <translation>Mode&#xa0;: synchronisation (seulement les différences avec le dernier envoi vérifié)</translation>
    </message>
</context>
<context>
    <name>UploadRunner</name>
    <message>
        <source>Batch acknowledged every request: %1 IDs sent to %2.</source>
        <translation>Batch a accepté toutes les requêtes de l&apos;envoi de %1 ID vers %2.</translation>
    </message>
    <message>
        <source>The prepared request %1 (%2) is missing.</source>
        <translation>La requête préparée %1 (%2) est introuvable.</translation>
    </message>
    <message>
        <source>The prepared request %1 (%2) changed on disk since it was checked.</source>
        <translation>La requête préparée %1 (%2) a changé sur le disque depuis sa vérification.</translation>
    </message>
    <message>
        <source>Run the import again: it prepares the requests from the file again and resumes.</source>
        <translation>Relancez l&apos;import&#xa0;: il prépare de nouveau les requêtes à partir du fichier et reprend.</translation>
    </message>
    <message>
        <source>Batch answered without an indexing token: the request may or may not have been applied. Resume sends it again safely.</source>
        <translation>Batch a répondu sans jeton d&apos;indexation&#xa0;: la requête a peut-être été appliquée, ou non. La reprise la renvoie sans risque.</translation>
    </message>
    <message>
        <source>No request was acknowledged: %1 may be unchanged, or already replaced if the first request reached Batch. Resuming sends it again, which is safe.</source>
        <translation>Aucune requête n&apos;a été acceptée&#xa0;: %1 est peut-être inchangée, ou déjà remplacée si la première requête a atteint Batch. La reprise la renvoie, sans risque.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 is unchanged.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: %1 n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>The audience is partial: %1 holds at least the %2 IDs Batch acknowledged, of %3; request %4 may also have been applied. Resuming sends request %4 again, which is safe, then the rest.</source>
        <translation>L&apos;audience est partielle&#xa0;: %1 contient au moins les ID acceptés par Batch (%2 sur %3)&#xa0;; la requête %4 a peut-être aussi été appliquée. La reprise renvoie la requête %4, sans risque, puis le reste.</translation>
    </message>
    <message>
        <source>The audience is partial: %1 holds the %2 IDs Batch acknowledged, of %3. Resume to send the rest.</source>
        <translation>L&apos;audience est partielle&#xa0;: %1 contient les ID acceptés par Batch (%2 sur %3). Reprenez l&apos;envoi pour envoyer le reste.</translation>
    </message>
    <message>
        <source>The upload is partial: Batch acknowledged %1 of the %2 IDs for %3; request %4 may also have been applied. Resuming sends request %4 again, which is safe, then the rest.</source>
        <translation>L&apos;envoi est partiel&#xa0;: Batch a accusé réception de %1 des %2 ID pour %3&#xa0;; la requête %4 a peut-être aussi été appliquée. Reprendre renvoie la requête %4, sans risque, puis le reste.</translation>
    </message>
    <message>
        <source>The upload is partial: Batch acknowledged %1 of the %2 IDs for %3. Resume to send the rest.</source>
        <translation>L&apos;envoi est partiel&#xa0;: Batch a accusé réception de %1 des %2 ID pour %3. Reprenez pour envoyer le reste.</translation>
    </message>
    <message>
        <source>No request was acknowledged: the first one may have reached %1. Resuming sends it again, which is safe.</source>
        <translation>Aucune requête n&apos;a été confirmée&#xa0;: la première a peut-être atteint %1. Reprendre la renvoie, sans risque.</translation>
    </message>
</context>
<context>
    <name>UploadVerification</name>
    <message>
        <source>Waiting for Batch to apply the upload to %1…</source>
        <translation>En attente de l&apos;application de l&apos;envoi à %1 par Batch…</translation>
    </message>
    <message>
        <source>Batch reports %1 IDs in %2, as sent.</source>
        <translation>Batch indique %1 ID dans %2, conformément à l&apos;envoi.</translation>
    </message>
    <message>
        <source>Batch reports %1 IDs in %2; %3 were sent.</source>
        <translation>Batch indique %1 ID dans %2&#xa0;; ID envoyés&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Batch reports %1 IDs in %2; %3 were sent (it also holds IDs this file does not have: someone added them since).</source>
        <translation>Batch indique %1 ID dans %2&#xa0;; ID envoyés&#xa0;: %3 (elle contient aussi des ID absents de ce fichier&#xa0;: quelqu&apos;un les a ajoutés depuis).</translation>
    </message>
    <message>
        <source>Batch says %1 was replaced by a newer upload since: it no longer holds this file&apos;s IDs as sent.</source>
        <translation>Batch indique que %1 a depuis été remplacée par un envoi plus récent&#xa0;: elle ne contient plus les ID de ce fichier tels qu&apos;envoyés.</translation>
    </message>
    <message>
        <source>Batch has not confirmed that %1 is applied yet (%2): check it later; campaigns sent before then may miss some of the %3 IDs sent.</source>
        <translation>Batch n&apos;a pas encore confirmé que %1 est appliquée (%2)&#xa0;: vérifiez plus tard&#xa0;; les campagnes envoyées d&apos;ici là peuvent manquer certains des %3 ID envoyés.</translation>
    </message>
    <message>
        <source>%1 IDs were sent to add or update</source>
        <translation>ID envoyés pour ajout ou mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 IDs were sent to remove</source>
        <translation>ID envoyés pour retrait&#xa0;: %1</translation>
    </message>
    <message>
        <source>Batch reports %1 IDs in %2; %3.</source>
        <translation>Batch indique %1 ID dans %2&#xa0;; %3.</translation>
    </message>
    <message>
        <source>Batch reports %1 IDs in %2, against %3 before this upload; %4.</source>
        <translation>Batch indique %1 ID dans %2, contre %3 avant cet envoi&#xa0;; %4.</translation>
    </message>
    <message>
        <source>Batch reports %1 IDs in %2, as the file holds.</source>
        <translation>Batch indique %1 ID dans %2, comme dans le fichier.</translation>
    </message>
    <message>
        <source>Batch reports %1 IDs in %2; the file holds %3.</source>
        <translation>Batch indique %1 ID dans %2&#xa0;; le fichier en contient %3.</translation>
    </message>
</context>
<context>
    <name>UploadVerifier</name>
    <message>
        <source>still indexing</source>
        <translation>indexation en cours</translation>
    </message>
    <message>
        <source>the upload did not finish</source>
        <translation>l&apos;envoi ne s&apos;est pas terminé</translation>
    </message>
    <message>
        <source>you stopped waiting; the upload itself is complete</source>
        <translation>vous avez cessé d&apos;attendre&#xa0;; l&apos;envoi lui-même est terminé</translation>
    </message>
</context>
<context>
    <name>UploadWorkDir</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot create a folder in %1: %2</source>
        <translation>Impossible de créer un dossier dans %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Not resumed within %n days: its prepared requests were deleted.</source>
        <translation>
            <numerusform>Non repris en %n jour&#xa0;: ses requêtes préparées ont été supprimées.</numerusform>
            <numerusform>Non repris en %n jours&#xa0;: ses requêtes préparées ont été supprimées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message>
        <source>&amp;Cancel Check</source>
        <translation>&amp;Annuler la vérification</translation>
    </message>
    <message>
        <source>&amp;Export Rejected Rows…</source>
        <translation>&amp;Exporter les lignes rejetées…</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>Vérifier chaque ligne</translation>
    </message>
    <message>
        <source>The whole file is checked before anything is sent.</source>
        <translation>Tout le fichier est vérifié avant le moindre envoi.</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>Filter the problems (line, column or reason)</source>
        <translation>Filtrer les problèmes (ligne, colonne ou motif)</translation>
    </message>
    <message>
        <source>First request preview</source>
        <translation>Aperçu de la première requête</translation>
    </message>
    <message>
        <source>First request, as it will be sent:</source>
        <translation>La première requête, telle qu&apos;elle sera envoyée&#xa0;:</translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>Exporter les lignes rejetées</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Check cancelled: nothing was sent. Go back, or press Next to leave and come back to check again.</source>
        <translation>Vérification annulée&#xa0;: rien n&apos;a été envoyé. Revenez en arrière, ou cliquez sur Suivant pour quitter, puis revenez pour vérifier de nouveau.</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>Le fichier n&apos;a pas pu être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; rows read: &lt;b&gt;%2&lt;/b&gt; valid, &lt;b&gt;%3&lt;/b&gt; rejected. %4 IDs appear more than once (the last row wins; %5 earlier rows superseded). &lt;b&gt;%6&lt;/b&gt; IDs will be sent %7.</source>
        <translation>Lignes lues&#xa0;: &lt;b&gt;%1&lt;/b&gt; (valides&#xa0;: &lt;b&gt;%2&lt;/b&gt;, rejetées&#xa0;: &lt;b&gt;%3&lt;/b&gt;). ID présents plusieurs fois&#xa0;: %4 (la dernière ligne l&apos;emporte&#xa0;; lignes antérieures remplacées&#xa0;: %5). &lt;b&gt;%6&lt;/b&gt; ID à envoyer %7.</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln requests</source>
        <translation>
            <numerusform>en %Ln requête</numerusform>
            <numerusform>en %Ln requêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> &lt;b&gt;%Ln warnings&lt;/b&gt; below: read them before sending.</source>
        <translation>
            <numerusform> &lt;b&gt;%Ln avertissement&lt;/b&gt; ci-dessous&#xa0;: lisez-le avant d&apos;envoyer.</numerusform>
            <numerusform> &lt;b&gt;%Ln avertissements&lt;/b&gt; ci-dessous&#xa0;: lisez-les avant d&apos;envoyer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip the %Ln invalid rows and send the %1 valid IDs (or go Back to fix the mapping)</source>
        <translation>
            <numerusform>&amp;Ignorer la ligne non valide et envoyer les %1 ID valides (ou revenir en arrière pour corriger la correspondance)</numerusform>
            <numerusform>&amp;Ignorer les %Ln lignes non valides et envoyer les %1 ID valides (ou revenir en arrière pour corriger la correspondance)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more IDs in this request</source>
        <translation>
            <numerusform>… et %Ln ID de plus dans cette requête</numerusform>
            <numerusform>… et %Ln ID de plus dans cette requête</numerusform>
        </translation>
    </message>
    <message>
        <source>No problem found: every row is valid.</source>
        <translation>Aucun problème trouvé&#xa0;: toutes les lignes sont valides.</translation>
    </message>
</context>
<context>
    <name>ValueConverter</name>
    <message>
        <source>text of %1 characters (at most 64)</source>
        <translation>texte de %1 caractères (64 au plus)</translation>
    </message>
    <message>
        <source>URL of %1 characters (at most 2048)</source>
        <translation>URL de %1 caractères (2048 au plus)</translation>
    </message>
    <message>
        <source>“%1” is not a URL (scheme://address…)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL (schéma://adresse…)</translation>
    </message>
    <message>
        <source>“%1” is not a boolean (true/false, yes/no, 1/0)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un booléen (true/false, yes/no, 1/0)</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>“%1” is not a number written like 3,14</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre écrit comme 3,14</translation>
    </message>
    <message>
        <source>“%1” is not a number written like 3.14</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre écrit comme 3.14</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date ISO 8601 (AAAA-MM-JJ ou AAAA-MM-JJTHH:MM:SS)</translation>
    </message>
    <message>
        <source>“%1” does not match the date format %2</source>
        <translation>«&#xa0;%1&#xa0;» ne correspond pas au format de date %2</translation>
    </message>
</context>
<context>
    <name>XlsxPackage</name>
    <message>
        <source>This Excel file has no workbook part (%1): is it damaged?</source>
        <translation>Ce fichier Excel n&apos;a pas de partie classeur (%1)&#xa0;: est-il endommagé&#xa0;?</translation>
    </message>
    <message>
        <source>The workbook cannot be read: %1.</source>
        <translation>Le classeur ne peut pas être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This workbook has no sheet.</source>
        <translation>Ce classeur n&apos;a aucune feuille.</translation>
    </message>
    <message>
        <source>The shared strings of this workbook cannot be read: %1.</source>
        <translation>Les chaînes partagées de ce classeur ne peuvent pas être lues&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>Cannot open %1 as an Excel workbook.</source>
        <translation>Impossible d&apos;ouvrir %1 comme classeur Excel.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “%1”. Its sheets: %2.</source>
        <translation>Le classeur n&apos;a pas de feuille nommée «&#xa0;%1&#xa0;». Ses feuilles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The sheet “%1” is missing from the workbook (%2).</source>
        <translation>La feuille «&#xa0;%1&#xa0;» manque dans le classeur (%2).</translation>
    </message>
    <message>
        <source>The sheet “%1” cannot be read.</source>
        <translation>La feuille «&#xa0;%1&#xa0;» ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The sheet “%1” cannot be read: %2.</source>
        <translation>La feuille «&#xa0;%1&#xa0;» ne peut pas être lue&#xa0;: %2.</translation>
    </message>
    <message>
        <source>cell %1 refers to shared string %2, which the workbook does not have</source>
        <translation>la cellule %1 renvoie à la chaîne partagée %2, absente du classeur</translation>
    </message>
    <message>
        <source>cell %1 holds the error %2</source>
        <translation>la cellule %1 contient l&apos;erreur %2</translation>
    </message>
    <message>
        <source>a value in column %1, right of the last column of the header (%2)</source>
        <translation>une valeur en colonne %1, à droite de la dernière colonne de l&apos;en-tête (%2)</translation>
    </message>
</context>
</TS>
