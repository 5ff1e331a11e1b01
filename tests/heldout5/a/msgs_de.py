from lib import *

# ---------------- block
M('krankschein-diagnose', 'de', 'block', ['ART9_HEALTH', 'BE_NATIONAL_NUMBER'],
  'Krankschein mit Diagnose und Nationalregisternummer an externe Firma',
  mail('Personalabteilung Stadt Eupen <personal@eupen.be>', 'lohn@securex-partner.be', 'Krankmeldung Herr Schröder',
       f"Guten Tag,\n\nHerr Markus Schröder (NRN {nn('760822', 145)}) ist bis zum 20. März krankgeschrieben. "
       "Laut Attest handelt es sich um einen Bandscheibenvorfall mit anschließender Reha.\n\nMit freundlichen Grüßen\nPersonalabteilung\n", idx=49))

M('strafregister-inhalt', 'de', 'block', ['ART10_CRIMINAL'],
  'Inhalt eines Strafregisterauszugs an Arbeitgeber',
  mail('Gemeinde Raeren - Bevölkerung <bevoelkerung@raeren.be>', 'bewerbungen@pflegeheim-eifel.de', 'Auszug aus dem Strafregister',
       "Sehr geehrte Damen und Herren,\n\nauf Ihre Anfrage: Der Auszug für Frau Tanja Kessler enthält eine Verurteilung "
       "wegen Betrugs (Korrektionalgericht Eupen, 2022, 8 Monate auf Bewährung).\n\nGemeindeverwaltung Raeren\n",
       attachments=[('strafregisterauszug.pdf', pdf(['Auszug aus dem Zentralen Strafregister - Muster 1', 'Name: Tanja Kessler',
            'Verurteilung: Betrug, Art. 496 StGB', 'Gericht: Korrektionalgericht Eupen, 14.06.2022', 'Strafe: 8 Monate Gefängnis, Bewährung 3 Jahre']))], idx=50))

M('betriebsrat-gewerkschaft-partei', 'de', 'block', ['ART9_TRADE_UNION', 'ART9_POLITICAL_OPINION'],
  'Liste mit Gewerkschaft und Parteizugehörigkeit genannter Mitarbeiter',
  mail('Direktion ÖSHZ Kelmis <direktion@oeshz-kelmis.be>', 'kanzlei@arbeitsrecht-aachen.de', 'Kandidatenliste Sozialwahlen',
       "Sehr geehrter Herr Dr. Wolf,\n\nanbei die Übersicht, die Sie für die Beratung erbeten haben.\n\nDirektion",
       attachments=[('kandidaten.xlsx', xlsx([['Name', 'Abteilung', 'Gewerkschaft', 'Parteimitglied'],
            ['Heinz Lambertz', 'Küche', 'CSC', 'ProDG'], ['Monika Jost', 'Pflege', 'FGTB', 'SP'], ['Erik Thelen', 'Verwaltung', 'CGSLB', '-']]))], idx=51))

M('herkunft-sozialbericht', 'de', 'block', ['ART9_ETHNIC_ORIGIN'],
  'ethnische Herkunft einer genannten Familie im Sozialbericht',
  mail('ÖSHZ St. Vith <sozialdienst@oeshz-stvith.be>', 'wohnungen@wohnbau-eifel.be', 'Wohnungsantrag Familie Berisha',
       "Guten Tag,\n\nFamilie Arben Berisha gehört der Volksgruppe der Ashkali an und wurde aus diesem Grund im Kosovo "
       "verfolgt. Wir unterstützen den Antrag auf eine Sozialwohnung mit Nachdruck.\n\nSozialdienst\n", idx=52))

M('politische-meinung-beschwerde', 'de', 'block', ['ART9_POLITICAL_OPINION'],
  'politische Ansichten einer Bürgerin an externe Stelle weitergegeben',
  mail('Bürgerbüro Kerkrade <burgerzaken@kerkrade.nl>', 'info@stadtwerke-herzogenrath.de', 'WG: Beschwerde Frau Hoffmann',
       "Zur Info, die Beschwerde betrifft Ihre Baustelle.\n\n-------- Weitergeleitete Nachricht --------\n"
       "Frau Petra Hoffmann schrieb uns, sie wähle seit Jahren die AfD und sehe in der Baustelle einen Beweis für das "
       "Versagen der etablierten Parteien. Sie kündigt an, dies bei der nächsten Wahl zu berücksichtigen.\n", idx=53))

M('religion-schulessen', 'de', 'block', ['ART9_RELIGION'],
  'Religionszugehörigkeit genannter Schüler an Caterer',
  mail('Sekretariat Pater-Damian-Schule <sekretariat@pds-eupen.be>', 'bestellung@catering-vennbahn.be', 'Sonderessen ab Montag',
       "Hallo,\n\nab Montag bitte folgende Sonderessen:\n- Elif Kaya (3B): kein Schweinefleisch, Muslima, fastet im Ramadan\n"
       "- David Rosen (5A): koscher, jüdische Familie\n\nDanke!\nSekretariat\n", idx=54))

M('gentest-befund', 'de', 'block', ['ART9_GENETIC', 'ART9_HEALTH'],
  'Ergebnis eines Gentests eines genannten Patienten an Versicherung',
  mail('St. Nikolaus-Hospital <genetik@hospital-eupen.be>', 'leistungen@versicherung-rheinland.de', 'Befund Herr Cremer',
       "Sehr geehrte Damen und Herren,\n\nbei Herrn Norbert Cremer wurde eine pathogene BRCA2-Variante nachgewiesen "
       "(c.5946delT, heterozygot). Eine prophylaktische Behandlung wird besprochen.\n\nDr. A. Scholzen, Humangenetik\n",
       attachments=[('befund_cremer.docx', docx(['Humangenetischer Befund'], table=[['Patient', 'Norbert Cremer'],
            ['Gen', 'BRCA2'], ['Variante', 'c.5946delT'], ['Zygotie', 'heterozygot'], ['Bewertung', 'pathogen (Klasse 5)']]))], idx=55))

M('stimmprofil-hotline', 'de', 'block', ['ART9_BIOMETRIC'],
  'Stimmprofil (voiceprint) eines genannten Anrufers an Dienstleister',
  mail('ADG Service <it@adg.be>', 'support@voiceauth-solutions.com', 'Stimmabgleich schlägt fehl',
       "Hallo Support,\n\nder Stimmabdruck von Kunde Jürgen Heinen wird bei der Anmeldung nicht erkannt. Hier die Daten aus dem System:\n"
       "voiceprint_id: VP-77812, Modell x-vector 512, Enrolment 12.01.2026, Vektor: [0.331, -0.092, 0.145, 0.027, ...]\n\nIT ADG\n", idx=56))

M('sexuelle-orientierung-beratung', 'de', 'block', ['ART9_SEX_LIFE'],
  'sexuelle Orientierung eines genannten Mitarbeiters',
  mail('Vertrauensperson <vertrauensperson@dglive-verwaltung.be>', 'beratung@mediation-aachen.de', 'Mediation Team Archiv',
       "Guten Tag,\n\nim Team Archiv wird Kollege Sven Mreyen gemobbt, seit bekannt ist, dass er schwul ist und mit einem Mann "
       "zusammenlebt. Könnten Sie eine Mediation übernehmen?\n\nVertrauensperson\n", idx=57))

M('konto-rueckerstattung', 'de', 'block', ['IBAN_CODE', 'BE_NATIONAL_NUMBER'],
  'private IBAN und NRN einer Bürgerin an Bank',
  mail('Finanzdienst Gemeinde Lontzen <finanzen@lontzen.be>', 'service@bank-ostbelgien-partner.be', 'Rückerstattung Müllgebühr',
       f"Guten Tag,\n\nbitte überweisen Sie die Rückerstattung von 85,00 EUR an Frau Claudia Franzen, NRN {nn('640130', 276, fmt=False)}, "
       f"Konto {iban_be('068', '2345018')}.\n\nFinanzdienst\n", idx=58))

M('kreditkarte-museum', 'de', 'block', ['CREDIT_CARD'],
  'Kreditkartennummer eines Besuchers an Ticketanbieter',
  mail('Museum Eupen <info@ikob-museum.be>', 'support@ticketshop-online.de', 'Doppelte Abbuchung',
       f"Hallo,\n\nein Besucher, Herr Rolf Meyer, wurde zweimal belastet. Seine Mastercard: {card('545762003456781', sep='')}, "
       "Betrag 24 EUR am 21.02. Bitte eine Buchung stornieren.\n\nMuseumsteam\n", idx=59))

M('bis-grenzgaenger-erbkrankheit', 'de', 'block', ['BE_BIS_NUMBER', 'ART9_HEALTH', 'ART9_GENETIC'],
  'BIS-Nummer, Diagnose und genetischer Befund eines Grenzgängers',
  mail('Krankenkasse CM Eupen <leistungen@cm-eupen.be>', 'sachbearbeitung@aok-rheinland.de', 'Kostenübernahme Herr van Dijk',
       f"Sehr geehrte Damen und Herren,\n\nfür Herrn Pieter van Dijk (BIS {bis('750918', 83)}) beantragen wir die Übernahme der "
       "Behandlung in Aachen. Diagnose: Chorea Huntington, genetisch bestätigt (CAG-Repeats 44).\n\nMit freundlichen Grüßen\nCM Eupen\n", idx=60))

M('bsn-mitarbeiter-gewerkschaft', 'de', 'block', ['NL_BSN', 'ART9_TRADE_UNION'],
  'BSN und Gewerkschaftsmitgliedschaft eines Grenzpendlers an deutschen Arbeitgeber',
  mail('Gemeente Venlo - Grenzinfopunkt <gip@venlo.nl>', 'personal@logistik-nettetal.de', 'Steuerliche Bescheinigung',
       f"Guten Tag,\n\nfür Ihren Mitarbeiter Bas Willems (BSN {bsn('67812345')}) anbei die Angaben: er ist Mitglied der FNV, "
       "der Beitrag wird in den Niederlanden abgezogen.\n\nGrenzinfopunkt Venlo\n", idx=61))

M('behinderung-liste', 'de', 'block', ['ART9_HEALTH'],
  'Liste genannter Schüler mit Behinderungsgrad',
  mail('Dienststelle für Selbstbestimmtes Leben <info@dsl-ostbelgien.be>', 'fahrdienst@busunternehmen-kessel.be', 'Schülertransport Förderschule',
       "Guten Tag,\n\nanbei die Liste für die Planung der Rollstuhlplätze.\n\nDSL",
       attachments=[('transport.ods', ods([['Name', 'Schule', 'Behinderung', 'Hilfsmittel'],
            ['Lea Hilger', 'ZFP St. Vith', 'Spastische Tetraparese', 'Rollstuhl'],
            ['Tim Backes', 'ZFP Eupen', 'Epilepsie', 'Notfallmedikament']]))], idx=62))

M('fussfessel-haeftling', 'de', 'block', ['ART10_CRIMINAL', 'ART9_RELIGION'],
  'elektronische Überwachung und Religion eines Verurteilten',
  mail('Justizhaus Eupen <justizhaus.eupen@dgov.be>', 'personal@baufirma-offermann.de', 'Arbeitszeiten Herr Radermacher',
       "Sehr geehrter Herr Offermann,\n\nHerr Dirk Radermacher verbüßt seine Strafe unter elektronischer Überwachung (Fußfessel). "
       "Er darf das Haus werktags zwischen 7 und 17 Uhr verlassen; freitags nimmt er als Zeuge Jehovas an Versammlungen teil.\n\n"
       "Justizassistent\n", idx=63))

M('iris-zugang', 'de', 'block', ['ART9_BIOMETRIC'],
  'Iriscode und Handvenenmuster genannter Personen an Hersteller (Anhang)',
  mail('Gefängnis Lantin - Technik <technik.lantin@just.fgov.be>', 'service@biosec-access.de', 'Fehler Zugangsterminal',
       "Guten Tag,\n\nanbei der Export aus dem Terminal für die zwei betroffenen Mitarbeiter.\n\nTechnik",
       attachments=[('export.csv', "name;merkmal;template\nMarc Lejeune;iris_code;IC-2048bit:9f3a11c0e2b7...\n"
                     "Sabine Kohl;handvene;PV-v3:aa01f7d93c...\n")], idx=64))

# ---------------- allow
M('rundschreiben-dsgvo', 'de', 'allow', [], 'allgemeines Rundschreiben zu Art. 9',
  mail('Ministerium der DG <datenschutz@dgov.be>', 'gemeinden@ostbelgien-netz.be', 'Rundschreiben: besondere Kategorien',
       "Sehr geehrte Damen und Herren,\n\nGesundheitsdaten, Angaben zur Religion oder Gewerkschaftszugehörigkeit dürfen nur über "
       "sichere Kanäle wie eBox oder Fedsender versendet werden. Bitte informieren Sie Ihre Mitarbeiter.\n\nDatenschutzbeauftragter\n", idx=65))

M('arbeitsmarkt-statistik', 'de', 'allow', [], 'aggregierte Arbeitslosenzahlen',
  mail('ADG Statistik <statistik@adg.be>', 'presse@grenzecho-redaktion.be', 'Arbeitsmarktzahlen Februar',
       "Guten Tag,\n\nanbei die Zahlen für Februar.\n\nADG",
       attachments=[('arbeitsmarkt_02.xlsx', xlsx([['Gemeinde', 'Arbeitsuchende', 'Quote'], ['Eupen', '812', '7,9%'],
            ['St. Vith', '214', '3,8%'], ['Kelmis', '498', '9,1%']]))], idx=66))

M('antragsformular-leer', 'de', 'allow', [], 'leeres Formular mit Platzhaltern',
  mail('ÖSHZ Eupen <verwaltung@oeshz-eupen.be>', 'info@schuldnerberatung-partner.be', 'Neues Antragsformular',
       "Guten Tag,\n\nanbei das leere Antragsformular.\n\nVerwaltung",
       attachments=[('antrag.pdf', pdf(['Antrag auf Sozialhilfe', 'Name: ____________', 'Nationalregisternummer: __.__.__-___.__',
            'IBAN: BE__ ____ ____ ____', 'Gesundheitszustand (freiwillig): ____________']))], idx=67))

M('rechnung-gmbh', 'de', 'allow', [], 'Rechnung mit IBAN einer GmbH',
  mail('Buchhaltung Elektro Heinen GmbH <rechnung@elektro-heinen.de>', 'buchhaltung@burg-reuland.be', 'Rechnung 4471',
       f"Sehr geehrte Damen und Herren,\n\nfür die Beleuchtung der Turnhalle berechnen wir 2.140,00 EUR. "
       f"Bitte überweisen Sie auf unser Konto {iban_de('39050000', '1012345678', private=False)} (Elektro Heinen GmbH).\n\n"
       "Mit freundlichen Grüßen\nBuchhaltung\n", idx=68))

M('stadtrat-sitzung', 'de', 'allow', [], 'Parteizugehörigkeit gewählter Ratsmitglieder öffentlich',
  mail('Stadtsekretariat Eupen <sekretariat@eupen.be>', 'redaktion@brf-nachrichten.be', 'Tagesordnung Stadtrat',
       "Guten Tag,\n\nder Stadtrat tagt am 16. März. Berichterstatter: Schöffe K. Meyer (PFF) zur Haushaltsänderung, "
       "Ratsmitglied S. Piront (Ecolo) zur Radwegeplanung.\n\nStadtsekretariat\n", idx=69))

M('aktenzeichen-ungueltig', 'de', 'allow', [], 'Aktenzeichen in NRN-Form, Prüfziffer falsch',
  mail('Kindergeld Ostbelgien <kindergeld@dgov.be>', 'info@kita-kunterbunt.be', 'Eingangsbestätigung',
       f"Guten Tag,\n\nIhre Anfrage wurde unter dem Aktenzeichen {nn('880712', 401, bad=True, fmt=False)} erfasst.\n\nKindergeld-Team\n", idx=70))

M('kontaktliste-projekt', 'de', 'allow', [], 'berufliche Kontaktdaten',
  mail('Projektbüro Vennbahn <projekt@vennbahn-dg.be>', 'planung@stadt-monschau.de', 'Ansprechpartner Radweg',
       "Guten Tag,\n\nIhre Ansprechpartner:\nJulia Kreutz, Projektleiterin, +32 87 59 64 00, julia.kreutz@vennbahn-dg.be\n"
       "Thomas Brüls, Techniker, +32 80 22 11 33, thomas.bruels@vennbahn-dg.be\nBüro: Klötzerbahn 32, 4700 Eupen\n\n-- \nProjektbüro Vennbahn\n", idx=71))

M('antrag-strafregister', 'de', 'allow', [], 'Anfrage eines Strafregisterauszugs ohne Inhalt',
  mail('Personal Gemeinde Bütgenbach <personal@butgenbach.be>', 'k.wiesen@web.example.de', 'Unterlagen für Ihre Einstellung',
       "Sehr geehrte Frau Wiesen,\n\nbitte reichen Sie vor Dienstantritt einen Auszug aus dem Strafregister (Muster 2) ein. "
       "Sie erhalten ihn bei Ihrer Wohnsitzgemeinde oder online.\n\nPersonaldienst\n", idx=72))

M('krankmeldung-ohne-grund', 'de', 'allow', [], 'Abwesenheit ohne Grund',
  mail('Sekretariat RSI Eupen <sekretariat@rsi-eupen.be>', 'buero@busreisen-lentz.be', 'Begleitperson Klassenfahrt',
       "Hallo,\n\nunsere Lehrerin Frau Gerckens ist krank und fährt nicht mit. Herr Mockel ersetzt sie als Begleitperson.\n\nSekretariat\n", idx=73))

M('schulungskalender', 'de', 'allow', [], 'Schulungskalender',
  mail('Weiterbildung DG <weiterbildung@dgov.be>', 'personal@gemeinden-dg.be', 'Schulungen April',
       "Guten Tag,\n\nim April bieten wir an: Umgang mit Gesundheitsdaten im Personalwesen (7.4.), "
       "Strafregisterauszüge korrekt anfordern (15.4.), Interkulturelle Kommunikation (22.4.).\n",
       html="<p>Im April bieten wir an:</p><table><tr><td>7.4.</td><td>Umgang mit Gesundheitsdaten im Personalwesen</td></tr>"
            "<tr><td>15.4.</td><td>Strafregisterauszüge korrekt anfordern</td></tr><tr><td>22.4.</td><td>Interkulturelle Kommunikation</td></tr></table>", idx=74))

M('stellenangebot-pflege', 'de', 'allow', [], 'Stellenangebot',
  mail('Seniorenheim Eupen <jobs@seniorenheim-eupen.be>', 'stellen@arbeitsagentur-partner.de', 'Stellenausschreibung Pflegefachkraft',
       "Guten Tag,\n\nbitte veröffentlichen Sie unsere Ausschreibung: Pflegefachkraft (m/w/d) für die Demenzstation, "
       "Vollzeit, unbefristet. Bewerbung bis 31.3.\n",
       attachments=[('ausschreibung.odt', odt(['Stellenausschreibung Pflegefachkraft (m/w/d)', 'Station: Demenz',
            'Kontakt: jobs@seniorenheim-eupen.be, +32 87 59 00 00']))], idx=75))

M('bauarbeiten-info', 'de', 'allow', [], 'Information zu Bauarbeiten',
  mail('Bauamt Kelmis <bauamt@kelmis.be>', 'info@busverkehr-aachen.de', 'Umleitung Lütticher Straße',
       "Guten Tag,\n\nvom 9. bis 27. März ist die Lütticher Straße gesperrt. Die Buslinie 14 wird über die Kirchstraße umgeleitet.\n\nBauamt\n", idx=76))

M('zahlung-eigenes-konto', 'de', 'allow', [], 'Zahlung auf das Konto der Gemeinde selbst',
  mail('Finanzdienst Amel <finanzen@amel.be>', 'kasse@fussballverein-amel.be', 'Zahlungseingang Platzmiete',
       f"Guten Tag,\n\nwir bestätigen den Eingang von 350 EUR für die Platzmiete auf dem Gemeindekonto {iban_be('091', '0007415', private=False)}.\n\n"
       "Finanzdienst der Gemeinde Amel\n", idx=77))

M('impfkampagne', 'de', 'allow', [], 'allgemeine Gesundheitsinformation',
  mail('Gesundheitsdienst DG <gesundheit@dgov.be>', 'schulen@ostbelgien-schulen.be', 'Grippeimpfung Personal',
       "Guten Tag,\n\nauch in diesem Jahr bieten wir dem Schulpersonal eine kostenlose Grippeimpfung an. "
       "Termine: 10. und 12. Oktober, Gesundheitszentrum Eupen. Anmeldung über das Sekretariat.\n", idx=78))

M('statistik-zip', 'de', 'allow', [], 'Archiv mit aggregierten Fallzahlen',
  mail('Polizeizone Weser-Göhl <statistik@pz-wesergoehl.be>', 'forschung@uni-luettich-partner.be', 'Kriminalstatistik 2025',
       "Guten Tag,\n\nanbei die aggregierten Zahlen 2025.\n\nPolizeizone",
       attachments=[('statistik_2025.zip', zipf([('delikte.csv', "delikt;anzahl\nEinbruch;143\nKörperverletzung;88\nBetrug;121\n"),
            ('hinweis.txt', 'Nur Gesamtzahlen, keine Personen.\n')]))], idx=79))

M('protokoll-anhang-eml', 'de', 'allow', [], 'weitergeleitetes Protokoll als Anhang',
  mail('Gemeinde Burg-Reuland <sekretariat@burg-reuland.be>', 'tourismus@eifel-ardennen.de', 'WG: Protokoll Tourismusausschuss',
       "Anbei das Protokoll zur Info.\n",
       attachments=[('protokoll.eml', mail('Ausschuss Tourismus <tourismus@burg-reuland.be>', 'sekretariat@burg-reuland.be',
            'Protokoll 3. Sitzung', "Beschlüsse: neue Wanderkarte 2026, Beschilderung Ourtal, nächste Sitzung am 5. Mai.\n", idx=91))], idx=80))
