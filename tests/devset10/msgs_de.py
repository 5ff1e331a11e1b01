from spec import M
P, E, B, G, R = 'ART9_POLITICAL_OPINION', 'ART9_ETHNIC_ORIGIN', 'ART9_BIOMETRIC', 'ART9_GENETIC', 'ART9_RELIGION'
L = 'de'
MSGS = [
M(L,'block',P,'sicherheitsueberpruefung-extremismus','personal@ostbelgien-dienst.be','pruefung@sicherheitsberatung-extern.de',
 'Sicherheitsüberprüfung Bewerber Schmitz',
"""Guten Tag,

im Rahmen der Sicherheitsüberprüfung für Herrn Andreas Schmitz (Bewerber IT-Administration) teilen wir mit: Er war von 2019 bis 2022 Mitglied der Gruppierung "Identitäre Bewegung" und ist heute noch bei Kundgebungen aktiv.

Mit freundlichen Grüßen
Personalabteilung""",
 note='extremist-group membership and activism of named applicant'),
M(L,'block',E,'migrationshintergrund-tabelle','integration@dg-ostbelgien-dienst.be','traeger@sprachkurs-extern.be',
 'Teilnehmerliste Integrationskurs April',
"""Hallo Frau Keller,

anbei die Teilnehmerliste mit den Angaben zum Migrationshintergrund, wie für die Gruppenbildung gewünscht.

Viele Grüße
Integrationsdienst""",
 att=[('xlsx','teilnehmer_april.xlsx',[['Name','Vorname','Hintergrund'],['Özdemir','Serkan','mit Migrationshintergrund (türkisch)'],['Popescu','Ioana','rumänische Herkunft'],['Mustafa','Dilan','kurdische Volkszugehörigkeit'],['Abebe','Selam','äthiopischer Herkunft']])],
 note='named participants with migration background / ethnic origin column'),
M(L,'block',B,'venenscanner-log','haustechnik@ministerium-ostbelgien.be','service@veinsecure-gmbh.de',
 'AW: Fehlermeldungen Venenscanner',
"""Hallo,

hier der gewünschte Auszug aus dem Protokoll des Handvenenscanners (Eingang West):

Zeit;Mitarbeiter;Template-Hash;Score;Ergebnis
07:31;Monika Brandt;a4f9e2c17d0b6e35;0,95;frei
07:44;Stefan Krüger;c81d3e9f0a27b644;0,41;abgelehnt

Gruß
Haustechnik

> Bitte senden Sie uns das Protokoll der letzten Tage.""",
 note='vein template hashes and scores of named staff'),
M(L,'block',G,'vaterschaftstest','jugendamt@gemeinde-eupen-dienst.be','labor@abstammungsgutachten-extern.de',
 'Abstammungsgutachten Verfahren Meyer',
"""Sehr geehrte Damen und Herren,

wir bestätigen den Eingang Ihres Gutachtens: Die Vaterschaft von Herrn Lukas Meyer für das Kind Emma Hoffmann ist mit einer Wahrscheinlichkeit von 99,9 % ausgeschlossen (Ausschluss an 6 von 21 Loci).

Mit freundlichen Grüßen
Jugendamt""",
 att=[('pdf','gutachten_meyer.pdf',['Abstammungsgutachten','Putativer Vater: Lukas Meyer','Kind: Emma Hoffmann','Ergebnis: Vaterschaft ausgeschlossen (6 Ausschlusskonstellationen)'])],
 note='paternity test result of named persons'),
M(L,'block',R,'gebetsraum-antrag','personal@stadt-sanktvith-dienst.be','betriebsarzt@arbeitsschutz-extern.be',
 'Antrag Frau Nowak - Gebetszeiten',
"""Guten Tag,

Frau Anna Nowak ist vor kurzem zum Islam konvertiert und bittet, ihre Gebetszeiten während der Arbeitszeit einhalten zu dürfen und einen ruhigen Raum zu nutzen. Außerdem trägt sie seit Januar ein Kopftuch.

Bitte um Ihre Einschätzung zur Raumfrage.

Personaldienst""",
 att=[('eml','antrag_nowak.eml',{'frm':'anna.nowak@stadt-sanktvith-dienst.be','to':'personal@stadt-sanktvith-dienst.be','subj':'Antrag Gebetszeiten','body':'Hallo,\n\nseit meiner Konversion zum Islam bete ich fünfmal täglich. Ich bitte um einen ruhigen Raum für das Mittags- und Nachmittagsgebet.\n\nAnna Nowak','date':'Mon, 23 Feb 2026 11:05:00 +0100','mid':'antrag-nowak@stadt-sanktvith-dienst.be'})],
 note='named employee conversion and religious practice'),
M(L,'block',P,'parteispende-kandidatur','verwaltung@gemeinde-kelmis-dienst.be','redaktion@lokalblatt-extern.be',
 'WG: Leserbrief - bitte nicht veröffentlichen',
"""Zur Info, bitte vertraulich.

---------- Weitergeleitete Nachricht ----------
Betreff: Leserbrief

Unsere Mitarbeiterin im Bürgerbüro, Frau Petra Lenz, hat 300 Euro an die ProDG gespendet und stand auf deren Liste bei der letzten Gemeinderatswahl, wurde aber nicht gewählt. Sie möchte nicht, dass dies im Leserbrief erwähnt wird.""",
 note='named employee party donation and non-elected candidacy'),
M(L,'block',E,'polizei-bericht-hautfarbe','polizei@zone-eifel-dienst.be','opferhilfe@beratung-extern.be',
 'Vermittlung Opferhilfe - Herr Diop',
"""Guten Tag,

wir vermitteln Herrn Mamadou Diop (senegalesischer Herkunft, schwarze Hautfarbe), der nach eigenen Angaben im Bus wegen seiner Herkunft beschimpft wurde, an Ihre Beratungsstelle. Er spricht Französisch und Wolof.

Mit freundlichen Grüßen
Polizeizone Eifel""",
 note='named victim ethnic origin and skin colour'),
M(L,'block',B,'gesichtsbild-abgleich','grenzkontrolle@bundespolizei-partner.de','support@facematch-systems.eu',
 'Abgleich Gesichtsbild - Treffer Ticket 8812',
"""Hallo,

Ticket 8812: Beim Abgleich am eGate Terminal B lieferte das System für den Reisenden Herrn Tobias Wagner einen Treffer gegen das Referenzbild im Chip mit Score 0,87 (Schwelle 0,80). Das Face-Template (ISO 19794-5) hängt an.

Gruß""",
 att=[('zip','ticket8812.zip',[('txt','template_wagner.txt','person=Tobias Wagner\nquelle=eGate B\nscore=0.87\nface_template=RkFDADAxMAAAAAHsAAEAAQAAAAAAAAAAAAAA\n'),('csv','verlauf.csv',[['zeit','ergebnis'],['08:12:03','treffer'],['08:12:05','freigabe']])])],
 note='face template and match score of named traveller (ZIP)'),
M(L,'block',G,'pharmakogenetik-befund','arbeitsmedizin@ministerium-ostbelgien.be','hausarzt@praxis-extern.be',
 'Befund Herr Becker',
"""Sehr geehrter Herr Kollege,

der pharmakogenetische Befund von Herrn Jürgen Becker liegt vor: CYP2D6 *4/*4, also Poor Metabolizer; zusätzlich heterozygot für die Faktor-V-Leiden-Mutation (G1691A).

Mit kollegialen Grüßen""",
 note='pharmacogenetic and genetic variant result of named person'),
M(L,'allow',P,'wahlhelfer-logistik','wahlen@gemeinde-eupen-dienst.be','druckerei@druck-extern.be',
 'Bestellung Wahlunterlagen',
"""Guten Tag,

für die Wahlen bestellen wir 28 000 Stimmzettel, 60 Wahlurnen-Etiketten und 340 Einladungen für Beisitzer. Lieferung bis 20. April ans Rathaus, Rathausplatz 14, 4700 Eupen.

Rechnung an: Stadt Eupen, IBAN BE71 0961 2345 6769.

Wahlbüro""",
 att=[('ods','wahlbueros.ods',[['Wahlbüro','Wähler'],['Eupen-Zentrum','4 210'],['Kettenis','2 030'],['Unterstadt','1 870']])],
 note='election logistics, organisation IBAN'),
M(L,'allow',P,'ministerpraesident-erklaerung','presse@dglive-dienst.be','redaktion@grenzecho-extern.be',
 'Pressemitteilung Regierung',
"""Sehr geehrte Damen und Herren,

Ministerpräsident Oliver Paasch (ProDG) erklärte heute im Parlament der Deutschsprachigen Gemeinschaft, die Regierung werde den Haushalt 2027 im Mai vorlegen. Die Oppositionsfraktion der CSP kündigte Änderungsanträge an.

Pressestelle""",
 note='public statement of a minister and party of elected officials'),
M(L,'allow',E,'statistik-migration','statistik@dg-ostbelgien-dienst.be','hochschule@forschung-extern.de',
 'Aggregierte Daten Migrationshintergrund',
"""Hallo,

anbei die aggregierten Zahlen (Anteile, keine Einzelpersonen): Bevölkerung mit Migrationshintergrund in der DG 2025: 24,1 %; davon EU-Herkunft 71 %, Drittstaaten 29 %.

Mit freundlichen Grüßen""",
 html="<table border='1'><tr><th>Herkunft</th><th>Anteil</th></tr><tr><td>ohne Migrationshintergrund</td><td>75,9 %</td></tr><tr><td>EU</td><td>17,1 %</td></tr><tr><td>Drittstaaten</td><td>7,0 %</td></tr></table>",
 note='aggregate statistics'),
M(L,'allow',B,'ausschreibung-zutritt','beschaffung@ministerium-ostbelgien.be','angebote@biometrie-anbieter.de',
 'Ausschreibung Zutrittskontrollsystem - Leistungsverzeichnis',
"""Sehr geehrte Damen und Herren,

das Leistungsverzeichnis für das biometrische Zutrittskontrollsystem (Fingerabdruck, Match-on-Card) steht zum Download bereit. Anforderungen: FAR ≤ 0,001 %, ISO/IEC 30107-3 (Presentation Attack Detection), keine zentrale Speicherung von Templates.

Vergabestelle""",
 att=[('docx','leistungsverzeichnis.docx',(['Leistungsverzeichnis Zutrittskontrolle'],[['Pos.','Leistung','Menge'],['1','Fingerabdruckleser mit PAD','36'],['2','Kartenleser Match-on-Card','36']]))],
 note='procurement of biometric system'),
M(L,'allow',G,'kongress-humangenetik','tagung@gfh-kongress.de','referenten@uniklinik-extern.de',
 'Programm Jahrestagung Humangenetik',
"""Liebe Referentinnen und Referenten,

das Programm steht fest:
Do 09:00 Prof. Dr. Markus Nöthen (Bonn): Polygene Risikoscores
Do 10:30 Dr. Ute Hehr (Regensburg): Genetische Beratung im Wandel
Fr 09:00 Podium: Gendiagnostikgesetz und DSGVO

Tagungsbüro""",
 note='conference programme with professional speakers'),
M(L,'allow',R,'neutralitaet-schulung','fortbildung@dg-ostbelgien-dienst.be','trainerin@bildung-extern.be',
 'Schulung religiöse Neutralität im Schuldienst',
"""Hallo Frau Wirtz,

für die Schulung am 5. Mai bitten wir um folgende Themen: religiöse Symbole von Lehrkräften, Umgang mit Befreiungsanträgen vom Religionsunterricht, Speisevorschriften in der Schulkantine. Bitte nur fiktive Fallbeispiele.

Fortbildungsdienst""",
 note='neutrality training, fictive cases'),
M(L,'allow',E,'rundschreiben-integration','integration@dg-ostbelgien-dienst.be','gemeinden@vereinigung-extern.be',
 'Rundschreiben Integrationsparcours 2026',
"""Sehr geehrte Damen und Herren,

ab dem 1. Juli gilt für neu zugezogene Personen aus Drittstaaten der verpflichtende Integrationsparcours. Die Gemeinden übermitteln keine Angaben zu Herkunft oder Volkszugehörigkeit, nur die Anzahl der Anmeldungen pro Quartal.

Integrationsdienst""",
 att=[('odt','rundschreiben_2026_03.odt',['Rundschreiben Integrationsparcours','Gültig ab 1. Juli 2026','Meldung: nur Anzahl der Anmeldungen pro Quartal'])],
 note='integration circular'),
M(L,'allow',B,'buergerinfo-fingerabdruck','buergerdienst@gemeinde-raeren-dienst.be','fragesteller@web-mail.de',
 'AW: Fingerabdrücke beim Personalausweis',
"""Guten Tag,

die Fingerabdrücke werden nur auf dem Chip der Karte gespeichert und nach Aushändigung aus der Antragsdatenbank gelöscht. Kinder unter 12 Jahren sind befreit.

Bürgerdienst
087 85 00 00""",
 note='generic citizen info on fingerprints'),
M(L,'allow',G,'einwilligung-vorlage','ethik@klinik-eupen-dienst.be','sponsor@cro-extern.de',
 'Vorlage Einwilligungserklärung genetische Analyse',
"""Guten Tag,

anbei die genehmigte Vorlage (ohne Teilnehmerdaten):

Name: ______________
Geburtsdatum: ______________
Ich willige in die genetische Analyse meiner Probe ein: ja / nein
Unterschrift: ______________

Ethikkommission""",
 att=[('pdf','einwilligung_vorlage.pdf',['Einwilligungserklärung genetische Analyse','Name: ______________','Unterschrift: ______________'])],
 note='blank consent template'),
]
