"""The words of the DPO console and the rollout report in Dutch, French, German and English.

One table, ``key -> (en, nl, fr, de)``; :func:`t` looks a key up (``{name}`` placeholders are
filled with ``str.format``) and falls back to English, then to the key itself, so a missing
translation shows up on the page instead of failing it. Data values (categories, classes,
channels) come from the policy's own labels, not from here.
"""

from __future__ import annotations

LANGUAGES = ("en", "nl", "fr", "de")
LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands", "fr": "Français", "de": "Deutsch"}

_T: dict[str, tuple[str, str, str, str]] = {
    # --- verdicts and statuses ---
    "verdict.allow": ("Delivered", "Afgeleverd", "Distribué", "Zugestellt"),
    "verdict.monitor": ("Delivered and recorded", "Afgeleverd en geregistreerd", "Distribué et enregistré",
                        "Zugestellt und protokolliert"),
    "verdict.bounce": ("Bounced with guidance", "Teruggestuurd met uitleg", "Renvoyé avec explications",
                       "Zurückgewiesen mit Hinweis"),
    "verdict.quarantine": ("Held for DPO review", "Vastgehouden voor de DPO", "Retenu pour le DPD",
                           "Für den DSB zurückgehalten"),
    "verdict.reject": ("Refused", "Geweigerd", "Refusé", "Abgelehnt"),
    "verdict.tempfail": ("Not scanned (retried)", "Niet gescand (opnieuw)", "Non analysé (réessayé)",
                         "Nicht geprüft (erneut)"),
    "status.held": ("held", "vastgehouden", "retenu", "zurückgehalten"),
    "status.releasing": ("being released", "wordt vrijgegeven", "en cours de libération", "wird freigegeben"),
    "status.released": ("released", "vrijgegeven", "libéré", "freigegeben"),
    "status.deleted": ("deleted", "gewist", "effacé", "gelöscht"),
    "any": ("any", "alle", "tous", "alle"),
    "none": ("none", "geen", "aucun", "keine"),
    "yes": ("yes", "ja", "oui", "ja"),
    "no": ("no", "nee", "non", "nein"),
    # --- report ---
    "r.title": ("Rollout report", "Uitrolrapport", "Rapport de déploiement", "Einführungsbericht"),
    "r.source.archive": ("Archive replayed with the policy in monitor mode", "Archief opnieuw gescand met het beleid "
                         "in monitormodus", "Archive rejouée avec la politique en mode surveillance",
                         "Archiv mit der Richtlinie im Überwachungsmodus erneut geprüft"),
    "r.source.gateway": ("Verdicts recorded by the running gateway", "Beslissingen geregistreerd door de gateway",
                         "Décisions enregistrées par la passerelle", "Vom Gateway protokollierte Entscheidungen"),
    "r.period": ("Period", "Periode", "Période", "Zeitraum"),
    "r.generated": ("Generated", "Gemaakt", "Généré", "Erstellt"),
    "r.policy": ("Policy", "Beleid", "Politique", "Richtlinie"),
    "r.messages": ("Messages", "Berichten", "Messages", "Nachrichten"),
    "r.would_stop": ("Would be stopped when enforced", "Zouden worden tegengehouden bij handhaving",
                     "Seraient arrêtés en application", "Würden bei Durchsetzung angehalten"),
    "r.with_findings": ("With personal data found", "Met gevonden persoonsgegevens",
                        "Avec données personnelles trouvées", "Mit gefundenen personenbezogenen Daten"),
    "r.unreadable": ("Could not be scanned", "Konden niet gescand worden", "N'ont pas pu être analysés",
                     "Konnten nicht geprüft werden"),
    "r.overrides": ("Sender overrides", "Overrides door afzenders", "Dérogations des expéditeurs",
                    "Freigaben durch Absender"),
    "r.over_time": ("What enforcement would do, over time", "Wat handhaving zou doen, in de tijd",
                    "Ce que l'application ferait, dans le temps", "Was die Durchsetzung täte, im Zeitverlauf"),
    "r.by_verdict": ("By verdict under enforcement", "Per beslissing bij handhaving", "Par décision en application",
                     "Nach Entscheidung bei Durchsetzung"),
    "r.by_category": ("By category", "Per categorie", "Par catégorie", "Nach Kategorie"),
    "r.by_class": ("By recipient class", "Per soort ontvanger", "Par type de destinataire", "Nach Empfängerart"),
    "r.by_domain": ("By sender domain", "Per afzenderdomein", "Par domaine de l'expéditeur", "Nach Absenderdomäne"),
    "r.by_entity": ("By detector", "Per detector", "Par détecteur", "Nach Detektor"),
    "r.top_rules": ("Top rules", "Meest gebruikte regels", "Règles les plus appliquées", "Häufigste Regeln"),
    "r.examples": ("Example findings (masked)", "Voorbeelden van bevindingen (gemaskeerd)",
                   "Exemples de détections (masqués)", "Beispielfunde (maskiert)"),
    "r.col.value": ("Value", "Waarde", "Valeur", "Wert"),
    "r.col.share": ("Share", "Aandeel", "Part", "Anteil"),
    "r.col.rule": ("Rule (recipient class × category)", "Regel (ontvanger × categorie)",
                   "Règle (destinataire × catégorie)", "Regel (Empfänger × Kategorie)"),
    "r.col.action": ("Action", "Actie", "Action", "Aktion"),
    "r.col.message": ("Message", "Bericht", "Message", "Nachricht"),
    "r.rules_note": ("A rule counts a message when the message had the category, a recipient of the class, and "
                     "the rule holds or refuses it.",
                     "Een regel telt een bericht als het de categorie bevat, een ontvanger van die soort heeft en de "
                     "regel het tegenhoudt of weigert.",
                     "Une règle compte un message lorsqu'il contient la catégorie, a un destinataire de ce type et que "
                     "la règle le retient ou le refuse.",
                     "Eine Regel zählt eine Nachricht, wenn sie die Kategorie enthält, einen Empfänger dieser Art hat "
                     "und die Regel sie anhält oder ablehnt."),
    "r.next": ("From monitor to enforce", "Van monitor naar handhaving", "De la surveillance à l'application",
               "Von der Überwachung zur Durchsetzung"),
    "r.next.1": ("Read the rules and examples above: every example a person would call harmless is a false "
                 "positive to fix (policy exception, sender override for weak findings, or a detector report).",
                 "Lees de regels en voorbeelden hierboven: elk voorbeeld dat iemand onschuldig zou noemen is een vals "
                 "positief om op te lossen (uitzondering in het beleid, override door de afzender voor zwakke "
                 "bevindingen, of een melding over de detector).",
                 "Lisez les règles et les exemples ci-dessus : chaque exemple qu'une personne jugerait anodin est un "
                 "faux positif à corriger (exception dans la politique, dérogation de l'expéditeur pour les "
                 "détections faibles, ou signalement du détecteur).",
                 "Lesen Sie die Regeln und Beispiele oben: Jedes Beispiel, das ein Mensch harmlos nennen würde, ist "
                 "ein Fehlalarm, der zu beheben ist (Ausnahme in der Richtlinie, Freigabe durch den Absender bei "
                 "schwachen Funden oder Meldung zum Detektor)."),
    "r.next.2": ("The share that would be stopped, per sender domain, tells which departments need the secure "
                 "channels first (Fedsender, eBox): tell them before switching.",
                 "Het aandeel dat zou worden tegengehouden, per afzenderdomein, toont welke diensten eerst de "
                 "beveiligde kanalen nodig hebben (Fedsender, eBox): verwittig hen vóór de omschakeling.",
                 "La part qui serait arrêtée, par domaine d'expéditeur, montre quels services ont besoin en premier "
                 "des canaux sécurisés (Fedsender, eBox) : prévenez-les avant la bascule.",
                 "Der Anteil, der angehalten würde, je Absenderdomäne, zeigt, welche Abteilungen zuerst die sicheren "
                 "Kanäle brauchen (Fedsender, eBox): informieren Sie sie vor der Umstellung."),
    "r.next.3": ("Switch one department at a time: an `overrides` entry with `mode: enforce` for its sender domain, "
                 "then `mode: enforce` for everyone; reload with SIGHUP and compare this report week by week.",
                 "Schakel dienst per dienst om: een `overrides`-regel met `mode: enforce` voor het afzenderdomein, "
                 "daarna `mode: enforce` voor iedereen; herlaad met SIGHUP en vergelijk dit rapport week per week.",
                 "Basculez service par service : une entrée `overrides` avec `mode: enforce` pour son domaine, puis "
                 "`mode: enforce` pour tous ; rechargez avec SIGHUP et comparez ce rapport semaine après semaine.",
                 "Stellen Sie Abteilung für Abteilung um: ein `overrides`-Eintrag mit `mode: enforce` für ihre "
                 "Absenderdomäne, dann `mode: enforce` für alle; mit SIGHUP neu laden und diesen Bericht Woche für "
                 "Woche vergleichen."),
    "r.privacy": ("This report contains counts, policy names and masked snippets only: no message content, no "
                  "addresses, no file names.",
                  "Dit rapport bevat alleen aantallen, namen uit het beleid en gemaskeerde fragmenten: geen inhoud, "
                  "geen adressen, geen bestandsnamen.",
                  "Ce rapport ne contient que des comptages, des noms de la politique et des extraits masqués : aucun "
                  "contenu, aucune adresse, aucun nom de fichier.",
                  "Dieser Bericht enthält nur Zählungen, Namen aus der Richtlinie und maskierte Ausschnitte: keine "
                  "Inhalte, keine Adressen, keine Dateinamen."),
    # --- console: navigation and common ---
    "app.title": ("DLP gateway – DPO console", "DLP-gateway – DPO-console", "Passerelle DLP – console du DPD",
                  "DLP-Gateway – DSB-Konsole"),
    "nav.held": ("Held messages", "Vastgehouden berichten", "Messages retenus", "Zurückgehaltene Nachrichten"),
    "nav.audit": ("Audit log", "Auditlogboek", "Journal d'audit", "Prüfprotokoll"),
    "nav.overrides": ("Overrides", "Overrides", "Dérogations", "Freigaben"),
    "nav.stats": ("Rollout figures", "Uitrolcijfers", "Chiffres de déploiement", "Einführungszahlen"),
    "nav.admin": ("Administration", "Beheer", "Administration", "Verwaltung"),
    "nav.logout": ("Sign out", "Afmelden", "Se déconnecter", "Abmelden"),
    "nav.main": ("Main menu", "Hoofdmenu", "Menu principal", "Hauptmenü"),
    "nav.language": ("Language", "Taal", "Langue", "Sprache"),
    "signed_in_as": ("Signed in as {user} ({roles})", "Aangemeld als {user} ({roles})", "Connecté : {user} ({roles})",
                     "Angemeldet als {user} ({roles})"),
    "skip": ("Skip to content", "Naar de inhoud", "Aller au contenu", "Zum Inhalt"),
    "filter": ("Filter", "Filteren", "Filtrer", "Filtern"),
    "reset": ("Reset", "Wissen", "Réinitialiser", "Zurücksetzen"),
    "prev": ("Previous page", "Vorige pagina", "Page précédente", "Vorherige Seite"),
    "next": ("Next page", "Volgende pagina", "Page suivante", "Nächste Seite"),
    "page_of": ("Page {page}", "Pagina {page}", "Page {page}", "Seite {page}"),
    "results": ("{n} message(s)", "{n} bericht(en)", "{n} message(s)", "{n} Nachricht(en)"),
    # --- filters and columns ---
    "f.status": ("Status", "Status", "Statut", "Status"),
    "f.action": ("Action", "Actie", "Action", "Aktion"),
    "f.category": ("Category", "Categorie", "Catégorie", "Kategorie"),
    "f.class": ("Recipient class", "Soort ontvanger", "Type de destinataire", "Empfängerart"),
    "f.domain": ("Sender domain", "Afzenderdomein", "Domaine de l'expéditeur", "Absenderdomäne"),
    "f.from": ("From date", "Vanaf datum", "Date de début", "Ab Datum"),
    "f.to": ("To date (inclusive)", "Tot en met datum", "Date de fin (incluse)", "Bis Datum (einschließlich)"),
    "f.event": ("Event", "Gebeurtenis", "Événement", "Ereignis"),
    "f.actor": ("Who", "Wie", "Qui", "Wer"),
    "f.reference": ("Reference", "Referentie", "Référence", "Referenz"),
    "c.reference": ("Reference", "Referentie", "Référence", "Referenz"),
    "c.received": ("Received (UTC)", "Ontvangen (UTC)", "Reçu (UTC)", "Empfangen (UTC)"),
    "c.action": ("Action", "Actie", "Action", "Aktion"),
    "c.status": ("Status", "Status", "Statut", "Status"),
    "c.categories": ("Categories", "Categorieën", "Catégories", "Kategorien"),
    "c.classes": ("Recipient classes", "Soorten ontvangers", "Types de destinataires", "Empfängerarten"),
    "c.sender_domain": ("Sender domain", "Afzenderdomein", "Domaine expéditeur", "Absenderdomäne"),
    "c.recipient_domains": ("Recipient domains", "Ontvangerdomeinen", "Domaines destinataires", "Empfängerdomänen"),
    "c.select": ("Select {ref}", "Selecteer {ref}", "Sélectionner {ref}", "{ref} auswählen"),
    "c.when": ("When (UTC)", "Wanneer (UTC)", "Quand (UTC)", "Wann (UTC)"),
    "c.event": ("Event", "Gebeurtenis", "Événement", "Ereignis"),
    "c.who": ("Who", "Wie", "Qui", "Wer"),
    "c.why": ("Why", "Waarom", "Pourquoi", "Warum"),
    "c.justification": ("Justification", "Motivering", "Justification", "Begründung"),
    "c.outcome": ("Outcome", "Resultaat", "Résultat", "Ergebnis"),
    "c.entity": ("Detector (entity type)", "Detector (type)", "Détecteur (type)", "Detektor (Typ)"),
    "c.location": ("Location", "Plaats", "Emplacement", "Fundstelle"),
    "c.snippet": ("Snippet (masked)", "Fragment (gemaskeerd)", "Extrait (masqué)", "Ausschnitt (maskiert)"),
    "c.score": ("Score", "Score", "Score", "Wert"),
    "c.exception": ("Exception", "Uitzondering", "Exception", "Ausnahme"),
    "c.category": ("Category", "Categorie", "Catégorie", "Kategorie"),
    # --- held list and detail ---
    "held.title": ("Held messages", "Vastgehouden berichten", "Messages retenus", "Zurückgehaltene Nachrichten"),
    "held.empty": ("No message matches these filters.", "Geen bericht voldoet aan deze filters.",
                   "Aucun message ne correspond à ces filtres.", "Keine Nachricht entspricht diesen Filtern."),
    "bulk.title": ("Act on the selected messages", "Actie op de geselecteerde berichten",
                   "Agir sur les messages sélectionnés", "Ausgewählte Nachrichten bearbeiten"),
    "bulk.release": ("Release selected", "Geselecteerde vrijgeven", "Libérer la sélection", "Auswahl freigeben"),
    "bulk.delete": ("Delete selected", "Geselecteerde wissen", "Effacer la sélection", "Auswahl löschen"),
    "reason": ("Reason (written to the audit log)", "Reden (komt in het auditlogboek)",
               "Motif (inscrit au journal d'audit)", "Grund (wird protokolliert)"),
    "detail.title": ("Held message {ref}", "Vastgehouden bericht {ref}", "Message retenu {ref}",
                     "Zurückgehaltene Nachricht {ref}"),
    "detail.decision": ("Decision", "Beslissing", "Décision", "Entscheidung"),
    "detail.reason": ("Reason of the decision", "Reden van de beslissing", "Motif de la décision",
                      "Grund der Entscheidung"),
    "detail.sender": ("Sender", "Afzender", "Expéditeur", "Absender"),
    "detail.recipients": ("Recipients", "Ontvangers", "Destinataires", "Empfänger"),
    "detail.size": ("Size", "Grootte", "Taille", "Größe"),
    "detail.bytes": ("{n} bytes", "{n} bytes", "{n} octets", "{n} Bytes"),
    "detail.bounce": ("Guidance bounce", "Begeleidend bericht", "Message d'information", "Hinweisnachricht"),
    "detail.notice": ("DPO notice", "Melding aan de DPO", "Avis au DPD", "Meldung an den DSB"),
    "detail.findings": ("Findings", "Bevindingen", "Détections", "Funde"),
    "detail.history": ("History", "Geschiedenis", "Historique", "Verlauf"),
    "detail.override": ("Sender override", "Override door de afzender", "Dérogation de l'expéditeur",
                        "Freigabe durch den Absender"),
    "detail.act": ("Decide", "Beslissen", "Décider", "Entscheiden"),
    "detail.release": ("Release to the recipients", "Vrijgeven aan de ontvangers", "Libérer vers les destinataires",
                       "An die Empfänger freigeben"),
    "detail.delete": ("Delete the content", "De inhoud wissen", "Effacer le contenu", "Inhalt löschen"),
    "detail.original": ("Open the original", "Het origineel openen", "Ouvrir l'original", "Original öffnen"),
    "detail.original_help": ("Downloads the complete message, personal data included. This is written to the "
                             "audit log with your name and reason.",
                             "Downloadt het volledige bericht, persoonsgegevens inbegrepen. Dit komt met uw naam en "
                             "reden in het auditlogboek.",
                             "Télécharge le message complet, données personnelles comprises. Cela est inscrit au "
                             "journal d'audit avec votre nom et votre motif.",
                             "Lädt die vollständige Nachricht herunter, personenbezogene Daten eingeschlossen. Das "
                             "wird mit Ihrem Namen und Grund protokolliert."),
    "detail.no_act": ("Only the role dpo can release, delete or open messages.",
                      "Alleen de rol dpo kan berichten vrijgeven, wissen of openen.",
                      "Seul le rôle dpo peut libérer, effacer ou ouvrir des messages.",
                      "Nur die Rolle dpo kann Nachrichten freigeben, löschen oder öffnen."),
    "done.release": ("{ref}: released.", "{ref}: vrijgegeven.", "{ref} : libéré.", "{ref}: freigegeben."),
    "done.delete": ("{ref}: deleted.", "{ref}: gewist.", "{ref} : effacé.", "{ref}: gelöscht."),
    "failed": ("{ref}: not done: {error}", "{ref}: niet uitgevoerd: {error}", "{ref} : non effectué : {error}",
               "{ref}: nicht ausgeführt: {error}"),
    "need_reason": ("A reason is required.", "Een reden is verplicht.", "Un motif est obligatoire.",
                    "Ein Grund ist erforderlich."),
    "need_selection": ("Select at least one message.", "Selecteer minstens één bericht.",
                       "Sélectionnez au moins un message.", "Wählen Sie mindestens eine Nachricht."),
    # --- audit, overrides, stats, admin ---
    "audit.title": ("Audit log", "Auditlogboek", "Journal d'audit", "Prüfprotokoll"),
    "audit.empty": ("No entries.", "Geen vermeldingen.", "Aucune entrée.", "Keine Einträge."),
    "overrides.title": ("Overrides given by senders", "Overrides door afzenders", "Dérogations données par les "
                        "expéditeurs", "Freigaben durch Absender"),
    "overrides.empty": ("No sender override in this period.", "Geen override door afzenders in deze periode.",
                        "Aucune dérogation sur cette période.", "Keine Freigabe durch Absender in diesem Zeitraum."),
    "stats.title": ("Rollout figures", "Uitrolcijfers", "Chiffres de déploiement", "Einführungszahlen"),
    "stats.download": ("Download the report", "Het rapport downloaden", "Télécharger le rapport",
                       "Bericht herunterladen"),
    "stats.csv": ("Download the counts (CSV)", "De aantallen downloaden (CSV)", "Télécharger les comptages (CSV)",
                  "Zählungen herunterladen (CSV)"),
    "admin.title": ("Administration", "Beheer", "Administration", "Verwaltung"),
    "admin.config": ("Effective configuration (secrets masked)", "Actieve configuratie (geheimen gemaskeerd)",
                     "Configuration effective (secrets masqués)", "Aktive Konfiguration (Geheimnisse maskiert)"),
    "admin.accounts": ("Local accounts", "Lokale accounts", "Comptes locaux", "Lokale Konten"),
    "admin.accounts_help": ("Add or change accounts with: dlp-gateway console-user add NAME --role dpo",
                            "Accounts toevoegen of wijzigen: dlp-gateway console-user add NAAM --role dpo",
                            "Ajouter ou modifier un compte : dlp-gateway console-user add NOM --role dpo",
                            "Konten hinzufügen oder ändern: dlp-gateway console-user add NAME --role dpo"),
    "admin.user": ("User", "Gebruiker", "Utilisateur", "Benutzer"),
    "admin.roles": ("Roles", "Rollen", "Rôles", "Rollen"),
    "admin.setting": ("Setting", "Instelling", "Paramètre", "Einstellung"),
    "admin.policy": ("Policy", "Beleid", "Politique", "Richtlinie"),
    # --- login and errors ---
    "login.title": ("Sign in", "Aanmelden", "Connexion", "Anmelden"),
    "login.user": ("User name", "Gebruikersnaam", "Nom d'utilisateur", "Benutzername"),
    "login.password": ("Password", "Wachtwoord", "Mot de passe", "Passwort"),
    "login.submit": ("Sign in", "Aanmelden", "Se connecter", "Anmelden"),
    "login.oidc": ("Sign in with {provider}", "Aanmelden met {provider}", "Se connecter avec {provider}",
                   "Anmelden mit {provider}"),
    "login.failed": ("Unknown user name or wrong password.", "Onbekende gebruiker of verkeerd wachtwoord.",
                     "Utilisateur inconnu ou mot de passe erroné.", "Unbekannter Benutzer oder falsches Passwort."),
    "login.throttled": ("Too many failed attempts: try again in {minutes} minute(s).",
                        "Te veel mislukte pogingen: probeer opnieuw over {minutes} minuut/minuten.",
                        "Trop d'échecs : réessayez dans {minutes} minute(s).",
                        "Zu viele Fehlversuche: versuchen Sie es in {minutes} Minute(n) erneut."),
    "login.expired": ("Your session has ended: sign in again.", "Uw sessie is verlopen: meld u opnieuw aan.",
                      "Votre session a pris fin : reconnectez-vous.", "Ihre Sitzung ist abgelaufen: melden Sie sich "
                      "erneut an."),
    "login.no_role": ("Your account has no role in this console (dpo, auditor or admin).",
                      "Uw account heeft geen rol in deze console (dpo, auditor of admin).",
                      "Votre compte n'a aucun rôle dans cette console (dpo, auditor ou admin).",
                      "Ihr Konto hat keine Rolle in dieser Konsole (dpo, auditor oder admin)."),
    "login.oidc_failed": ("Sign-in with the identity provider failed: {why}", "Aanmelden bij de identiteitsprovider "
                          "mislukt: {why}", "La connexion auprès du fournisseur d'identité a échoué : {why}",
                          "Anmeldung beim Identitätsanbieter fehlgeschlagen: {why}"),
    "err.forbidden": ("Your role does not allow this ({need} needed).", "Uw rol laat dit niet toe ({need} nodig).",
                      "Votre rôle ne le permet pas ({need} requis).", "Ihre Rolle erlaubt das nicht ({need} nötig)."),
    "err.csrf": ("The form has expired or did not come from this console: reload the page and try again.",
                 "Het formulier is verlopen of kwam niet van deze console: laad de pagina opnieuw en probeer nog eens.",
                 "Le formulaire a expiré ou ne vient pas de cette console : rechargez la page et réessayez.",
                 "Das Formular ist abgelaufen oder stammt nicht aus dieser Konsole: Seite neu laden und erneut "
                 "versuchen."),
    "err.not_found": ("Not found.", "Niet gevonden.", "Introuvable.", "Nicht gefunden."),
    "err.title": ("Not allowed", "Niet toegestaan", "Non autorisé", "Nicht erlaubt"),
}


def t(key: str, lang: str, **values: object) -> str:
    """The text for ``key`` in ``lang`` (nl/fr/de/en), with ``{placeholders}`` filled."""
    row = _T.get(key)
    if row is None:
        return key
    text = row[LANGUAGES.index(lang)] if lang in LANGUAGES else row[0]
    text = text or row[0]
    return text.format(**values) if values else text


def pick_language(accept_language: str | None, default: str = "en") -> str:
    """The best of nl/fr/de/en for an ``Accept-Language`` header (RFC 9110 quality values)."""
    best, best_q = default, -1.0
    for part in (accept_language or "").split(","):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        lang = tag.strip().lower()[:2]
        if lang in LANGUAGES and q > best_q:
            best, best_q = lang, q
    return best
