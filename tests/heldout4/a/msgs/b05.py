from lib import M, D, xlsx, csvfile, pdf, docx, ods, odt, zipped, attached_mail, txtfile, htmlfile

M(num=61, lang="de", slug="oeshz-eupen-pflegeheim-aufnahme",
  frm="Sozialdienst ÖSHZ Eupen <sozialdienst@oeshz-eupen.be>",
  to=["aufnahme@seniorenheim-hertogenwald.be"],
  subject="Aufnahmeantrag Frau Kessler – Kurzzeitpflege ab 2. Mai",
  date=D("2026-04-17 10:05", "+0200"),
  body="""Sehr geehrte Frau Radermacher,

wie telefonisch besprochen übermittle ich Ihnen die Angaben für die Kurzzeitpflege von
Frau Kessler:

Name: Hedwig Kessler
Nationalregisternummer: 49.06.11-684.57
Wohnort: Hisselsgasse 12, 4700 Eupen
Hausärztin: Dr. Lenz, Eupen

Frau Kessler leidet an einer fortschreitenden vaskulären Demenz und hat seit einem Sturz im
März einen Oberschenkelhalsbruch, der noch nicht ausgeheilt ist. Sie ist nachts desorientiert
und benötigt Hilfe bei der Körperpflege (Katz-Skala: C). Der Sohn ist mit der Aufnahme
einverstanden; das ÖSHZ übernimmt die Kostengarantie für den Eigenanteil.

Mit freundlichen Grüßen

Monika Schröder
Sozialassistentin – ÖSHZ Eupen
Bergkapellstraße 46, 4700 Eupen | 087 59 79 00
""",
  action="block", ent=["BE_NATIONAL_NUMBER", "ART9_HEALTH"],
  note="national number and dementia / fracture diagnosis of a named citizen sent to a care home",
  nums=[("49.06.11-684.57", "BE_NATIONAL_NUMBER", "valid")])

M(num=62, lang="de", slug="ministerium-dg-rundschreiben-gemeindewahlen",
  frm="Ministerium der Deutschsprachigen Gemeinschaft – Lokale Behörden <lokale.behoerden@dgov.be>",
  to=["generaldirektor@kelmis.be"],
  cc=["generaldirektor@amel.be"],
  subject="Rundschreiben zur Vorbereitung der Gemeindewahlen – Fristen und Neutralität",
  date=D("2026-01-20 11:30"),
  body="""Sehr geehrte Frau Generaldirektorin,
sehr geehrter Herr Generaldirektor,

im Hinblick auf die kommenden Gemeindewahlen erinnern wir an folgende Punkte:

1. Die Kandidatenlisten sind spätestens am 38. Tag vor der Wahl beim Hauptwahlvorstand
   einzureichen. Jede Liste wird von ausscheidenden Gemeinderatsmitgliedern oder von einer
   Mindestzahl an Wählern vorgeschlagen.
2. Gemeindepersonal, das als Beisitzer oder Sekretär eines Wahlbüros eingesetzt wird, ist zu
   strikter Neutralität verpflichtet. Wahlwerbung im Wahllokal ist untersagt.
3. Die Wählerliste wird zum 1. August erstellt. Einsichtnahme durch politische Parteien nur im
   Rahmen des Gemeindewahlgesetzes.
4. Die Ausgaben für Wahlwerbung der Parteien und Kandidaten unterliegen Obergrenzen; die
   Erklärungen werden dem Kontrollausschuss übermittelt.

Für Rückfragen steht Ihnen der Fachbereich Lokale Behörden unter 087 59 63 00 zur Verfügung.

Mit freundlichen Grüßen

Fachbereich Lokale Behörden
Ministerium der Deutschsprachigen Gemeinschaft
Gospertstraße 1, 4700 Eupen
""",
  att=[odt("rundschreiben_gemeindewahlen_2026.odt",
           ["Rundschreiben zur Vorbereitung der Gemeindewahlen",
            "An die Gemeindekollegien und Generaldirektoren der neun deutschsprachigen Gemeinden.",
            "Übersicht der wichtigsten Fristen:"],
           [["Zeitpunkt", "Handlung", "Zuständig"],
            ["1. August", "Erstellung der Wählerliste", "Gemeindekollegium"],
            ["38. Tag vor der Wahl", "Einreichung der Kandidatenlisten", "Hauptwahlvorstand"],
            ["15. Tag vor der Wahl", "Versand der Wahlaufforderungen", "Gemeinde"],
            ["Wahltag", "Stimmabgabe 8.00–13.00 Uhr", "Wahlbüros"]])],
  action="allow", ent=[], note="circular on municipal elections; procedures only")

M(num=63, lang="de", slug="st-vith-gewerkschaftspraemie-liste",
  frm="Personaldienst Stadt St. Vith <personal@st.vith.be>",
  to=["lohnbuero@sozialsekretariat-eifel.be"],
  subject="Gewerkschaftsprämie 2025 – Liste der Personalmitglieder",
  date=D("2026-04-20 15:10", "+0200"),
  body="""Hallo Herr Theissen,

anbei die Liste der Personalmitglieder der Stadt und des ÖSHZ St. Vith, die für 2025 die
Gewerkschaftsprämie beantragt haben. Bitte bei der Aprilabrechnung berücksichtigen.

Mit freundlichen Grüßen
Petra Margraff
Personaldienst – Stadt St. Vith
Hauptstraße 43, 4780 St. Vith | 080 28 01 30
""",
  att=[xlsx("gewerkschaftspraemie_2025_stvith.xlsx", [("Prämie 2025", [
      ["Pers.-Nr.", "Name", "Vorname", "Dienst", "Gewerkschaft", "Mitgliedsnummer"],
      ["1021", "Feyen", "Michael", "Bauhof", "CSC Öffentliche Dienste", "CSC-4471-09"],
      ["1034", "Pauels", "Sandra", "Bürgerdienst", "CGSP/FGTB", "FG-88120"],
      ["1057", "Hilger", "Thomas", "Bauhof", "CSC Öffentliche Dienste", "CSC-4502-11"],
      ["1062", "Jost", "Claudia", "ÖSHZ Sozialdienst", "SLFP/CGSLB", "SL-3307"],
      ["1078", "Mreyen", "Patrick", "Friedhofsdienst", "CGSP/FGTB", "FG-90415"],
      ["1090", "Schmitz", "Anja", "Kinderkrippe", "CSC Öffentliche Dienste", "CSC-4588-02"]])])],
  action="block", ent=["ART9_TRADE_UNION"],
  note="spreadsheet with a 'Gewerkschaft' column for each named staff member")

M(num=64, lang="de", slug="eupen-rechnung-saalmiete",
  frm="Finanzabteilung Stadt Eupen <finanzen@eupen.be>",
  to=["buchhaltung@karnevalsverein-eupen-unterstadt.be"],
  subject="Rechnung Nr. 2026/0233 – Miete Jünglingshaus",
  date=D("2026-02-23 09:20"),
  body="""Sehr geehrte Damen und Herren,

anbei erhalten Sie die Rechnung Nr. 2026/0233 für die Nutzung des Jünglingshauses am
14. Februar 2026.

Bitte überweisen Sie den Betrag von 845,00 EUR bis zum 25. März 2026 auf das Konto der
Stadt Eupen: BE16 0767 9501 4174 (BIC GKCCBEBB), Mitteilung: 2026/0233.

Unternehmensnummer der Stadt Eupen: 0350.156.835

Mit freundlichen Grüßen
Finanzabteilung – Stadt Eupen
Rathausplatz 14, 4700 Eupen | 087 59 58 00
""",
  att=[pdf("rechnung_2026_0233.pdf", "Stadt Eupen – Rechnung Nr. 2026/0233",
           ["Empfänger: Karnevalsverein Eupen-Unterstadt VoG, Haasstraße 3, 4700 Eupen",
            "Rechnungsdatum: 23.02.2026 – fällig am 25.03.2026"],
           [["Leistung", "Menge", "Einzelpreis", "Betrag"],
            ["Saalmiete Jünglingshaus (Vereinstarif)", "1", "600,00", "600,00"],
            ["Reinigung", "1", "125,00", "125,00"],
            ["Bühnentechnik (Stunden)", "4", "30,00", "120,00"],
            ["Gesamt (MwSt.-befreit)", "", "", "845,00"]],
           ["Zahlung auf BE16 0767 9501 4174 – Unternehmensnummer 0350.156.835"])],
  action="allow", ent=[], note="invoice with the city's own IBAN and enterprise number",
  nums=[("BE16 0767 9501 4174", "IBAN_CODE", "org"), ("0350.156.835", "BE_ENTERPRISE", "org")])

M(num=65, lang="de", slug="pz-eifel-luxemburg-tatverdaechtiger",
  frm="Kommissar Jens Heinen <jens.heinen@polizei-eifel.be>",
  to=["pj.criminalite@police.etat.lu"],
  subject="Ihre Anfrage vom 14.04. – Einbruchserie Ulflingen/Burg-Reuland",
  date=D("2026-04-21 12:40", "+0200"),
  body="""Sehr geehrter Herr Kollege Wagner,

zu Ihrer Anfrage bezüglich der Einbruchserie im Grenzgebiet teile ich Ihnen Folgendes mit:

Der von Ihnen genannte Tatverdächtige, Marco Bertemes, geb. 17.08.1992, wohnhaft in
Burg-Reuland, ist bei uns bekannt. Er wurde 2021 vom Strafgericht Eupen wegen Diebstahls mit
Einbruch zu 18 Monaten Haft (davon 12 auf Bewährung) verurteilt. Seit Februar läuft gegen ihn
ein neues Ermittlungsverfahren wegen Hehlerei; bei einer Kontrolle am 2. April wurde in seinem
Fahrzeug Werkzeug gefunden, das zu den Spuren in Ulflingen passen könnte.

Für den formellen Austausch der Akten bitte ich um ein Ersuchen über das CCPD in Luxemburg.

Mit kollegialen Grüßen

Jens Heinen
Kommissar – Kriminalabteilung
Polizeizone Eifel, Klosterstraße 34, 4780 St. Vith
""",
  action="block", ent=["ART10_CRIMINAL"],
  note="named suspect's conviction and ongoing investigation sent to a Luxembourg police service")

M(num=66, lang="de", slug="ahs-fortbildung-religioese-vielfalt-kita",
  frm="Weiterbildung Autonome Hochschule Ostbelgien <weiterbildung@ahs-dg.be>",
  to=["leitung@kita-sonnenschein-raeren.be"],
  subject="Fortbildung: Religiöse und weltanschauliche Vielfalt in der Kita – 6. Mai",
  date=D("2026-03-30 08:45", "+0200"),
  body="""Liebe Leiterinnen und Leiter der Kinderbetreuungseinrichtungen,

die Autonome Hochschule bietet am Mittwoch, 6. Mai 2026 (9.00–16.00 Uhr), die Fortbildung
„Religiöse und weltanschauliche Vielfalt in der Kita“ an.

Inhalte:
- Feste und Rituale verschiedener Religionen im Jahreslauf (Ramadan, Ostern, Chanukka, Diwali);
- Speisevorschriften und wie man sie in der Mittagsverpflegung berücksichtigt, ohne Eltern
  nach ihrer Religion zu fragen;
- Umgang mit Fragen von Kindern zu Gott, Tod und Glauben;
- rechtlicher Rahmen: Neutralität und Diskriminierungsverbot.

Ort: AHS, Monschauer Straße 57, 4700 Eupen. Kosten: 35 EUR. Anmeldung bis 24. April über
https://www.ahs-dg.be/weiterbildung.

Mit freundlichen Grüßen
Team Weiterbildung – Autonome Hochschule Ostbelgien
""",
  action="allow", ent=[], note="training on religious diversity in general")

M(num=67, lang="de", slug="dsl-arbeitgeber-eingliederungspraemie-autismus",
  frm="Dienststelle für Selbstbestimmtes Leben <beschaeftigung@selbstbestimmt.be>",
  to=["personal@druckerei-schlossberg.be"],
  subject="Eingliederungsprämie für Herrn Cremer – Bewilligung",
  date=D("2026-04-22 14:00", "+0200"),
  body="""Sehr geehrte Frau Lambertz,

die Dienststelle hat Ihren Antrag auf Eingliederungsprämie für Ihren neuen Mitarbeiter
Herrn Julian Cremer bewilligt (40 % der Lohnkosten für zwölf Monate).

Zur Begründung: Bei Herrn Cremer wurde im Jugendalter eine Autismus-Spektrum-Störung
(Asperger-Syndrom) diagnostiziert; hinzu kommt eine ausgeprägte Reizempfindlichkeit. Wir
empfehlen einen ruhigen Arbeitsplatz ohne Schichtwechsel, klare schriftliche Arbeitsaufträge
und einen festen Ansprechpartner. Unser Jobcoach, Herr Sarlette, besucht Sie in den ersten
Wochen alle 14 Tage.

Mit freundlichen Grüßen

Nadine Johnen
Beraterin Beschäftigung
Dienststelle für Selbstbestimmtes Leben, Vervierser Straße 14, 4700 Eupen
""",
  att=[pdf("bewilligung_eingliederungspraemie_cremer.pdf", "Dienststelle für Selbstbestimmtes Leben – Bewilligung",
           ["Arbeitgeber: Druckerei Schlossberg AG, Eupen",
            "Betroffene Person: Julian Cremer, geb. 2001",
            "Anerkannte Beeinträchtigung: Autismus-Spektrum-Störung (Asperger-Syndrom), Reizempfindlichkeit",
            "Maßnahme: Eingliederungsprämie 40 % der Lohnkosten, 12 Monate; Jobcoaching alle 14 Tage."],
           None)],
  action="block", ent=["ART9_HEALTH"],
  note="a named employee's autism diagnosis disclosed to the employer")

M(num=68, lang="de", slug="dg-krankenstand-nach-ursache-statistik",
  frm="Fachbereich Personal Ministerium DG <personal@dgov.be>",
  to=["redaktion@grenzecho.net"],
  subject="Re: Anfrage Krankenstand im öffentlichen Dienst der DG",
  date=D("2026-04-08 16:20", "+0200"),
  in_reply_to="<ge-4410@grenzecho.net>",
  body="""Sehr geehrter Herr Reuter,

anbei die gewünschten Zahlen zum Krankenstand im Ministerium und in den Einrichtungen
öffentlichen Interesses der DG für 2025. Es handelt sich um zusammengefasste Werte; Angaben
zu einzelnen Personen geben wir nicht heraus.

Krankenstandsquote gesamt: 5,6 % (2024: 5,9 %)

Nach Ursache (Anteil der Abwesenheitstage):
Psychische Erkrankungen (Burn-out, Depression): 29 %
Muskel- und Skeletterkrankungen: 23 %
Atemwegsinfekte: 16 %
Unfälle: 8 %
Sonstige: 24 %

Mit freundlichen Grüßen
Fachbereich Personal – Ministerium der Deutschsprachigen Gemeinschaft
""",
  html="""<html><body>
<p>Sehr geehrter Herr Reuter,</p>
<p>anbei die gew&uuml;nschten Zahlen zum Krankenstand im Ministerium und in den Einrichtungen
&ouml;ffentlichen Interesses der DG f&uuml;r 2025. Es handelt sich um zusammengefasste Werte;
Angaben zu einzelnen Personen geben wir nicht heraus.</p>
<p>Krankenstandsquote gesamt: 5,6&nbsp;% (2024: 5,9&nbsp;%)</p>
<table border="1" cellpadding="4">
<tr><th>Ursache</th><th>Anteil der Abwesenheitstage</th></tr>
<tr><td>Psychische Erkrankungen (Burn-out, Depression)</td><td>29 %</td></tr>
<tr><td>Muskel- und Skeletterkrankungen</td><td>23 %</td></tr>
<tr><td>Atemwegsinfekte</td><td>16 %</td></tr>
<tr><td>Unf&auml;lle</td><td>8 %</td></tr>
<tr><td>Sonstige</td><td>24 %</td></tr>
</table>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Fachbereich Personal &ndash; Ministerium der Deutschsprachigen Gemeinschaft</p>
</body></html>""",
  action="allow", ent=[], note="aggregated sick-leave statistics by cause, HTML table")

M(num=69, lang="de", slug="oeshz-st-vith-grenzgaenger-cae",
  frm="ÖSHZ St. Vith – Sozialdienst <sozialdienst@oeshz-stvith.be>",
  to=["prestations@cae.public.lu"],
  subject="Familienzulagen Grenzgänger – Antrag auf Vorrangprüfung",
  date=D("2026-04-23 09:50", "+0200"),
  body="""Madame, Monsieur,
sehr geehrte Damen und Herren,

wir betreuen eine Familie, deren Vater in Luxemburg arbeitet, und bitten um Prüfung des
Anspruchs auf luxemburgische Familienleistungen (Vorrang Beschäftigungsland).

Antragsteller: Florin Dumitru
BIS-Nr.: 82.30.18-335.87
Arbeitgeber: Transports Weiswampach S.à r.l.
Kinder: 2 (geb. 2016 und 2019), wohnhaft in 4780 St. Vith
Bankverbindung des Antragstellers: LU26 0012 7521 8933 7386

Die Mutter bezieht derzeit das Kindergeld der DG (Ostbelgien Familienleistungen). Bitte teilen
Sie uns mit, ob weitere Unterlagen erforderlich sind.

Mit freundlichen Grüßen
Carina Backes
Sozialassistentin – ÖSHZ St. Vith
""",
  action="block", ent=["BE_BIS_NUMBER", "IBAN_CODE"],
  note="BIS number ('BIS-Nr.:') and private Luxembourg IBAN of a cross-border worker",
  nums=[("82.30.18-335.87", "BE_BIS_NUMBER", "valid"), ("LU26 0012 7521 8933 7386", "IBAN_CODE", "valid")])

M(num=70, lang="de", slug="raeren-terminabstimmung-planungsbuero",
  frm="Bauamt Gemeinde Raeren <bauamt@raeren.be>",
  to=["Dipl.-Ing. Stefan Offermann <s.offermann@ib-offermann.de>"],
  subject="Terminvorschlag: Baustellenbesprechung Kanalsanierung Hauptstraße",
  date=D("2026-04-15 11:15", "+0200"),
  body="""Sehr geehrter Herr Offermann,

für die nächste Baustellenbesprechung zur Kanalsanierung der Hauptstraße (Abschnitt Kirche –
Bahnhof) schlagen wir folgende Termine vor:

- Dienstag, 28. April, 9.00 Uhr, vor Ort (Treffpunkt Kirchplatz)
- Donnerstag, 30. April, 14.00 Uhr, im Rathaus, Sitzungssaal 1

Themen: Verkehrsführung während der Arbeiten, Anschluss der Hausleitungen, Zeitplan bis zum
Schützenfest im Juli.

Bitte teilen Sie uns mit, welcher Termin Ihnen passt.

Mit freundlichen Grüßen
Andreas Kever
Bauamt – Gemeinde Raeren, Hauptstraße 26, 4730 Raeren | 087 86 72 25
""",
  action="allow", ent=[], note="ordinary meeting scheduling with a German engineering firm")

M(num=71, lang="de", slug="foedpol-pruem-dna-fingerabdruck-bka",
  frm="Nationale Kontaktstelle Prüm – Föderale Polizei <pruem.ncp@police.belgium.eu>",
  to=["ncp-pruem@bka.bund.de"],
  subject="Prüm-Folgeersuchen zu DNA-Treffer BE-DE 2026/0871 – Personendaten und Daktyloskopie",
  date=D("2026-04-24 13:30", "+0200"),
  body="""Sehr geehrte Kolleginnen und Kollegen,

bezugnehmend auf den automatisierten DNA-Treffer vom 18.04.2026 (Spur aus Ihrem Verfahren
Raub Aachen-Brand) übermitteln wir im Rahmen des Folgeersuchens die Angaben zur
betroffenen Person, die in Belgien wegen schweren Raubes verurteilt wurde, einschließlich
DNA-Profil und daktyloskopischer Daten (siehe PDF).

Mit kollegialen Grüßen

Inspektor Sophie Lemaire
Nationale Kontaktstelle Prüm – Direktion der internationalen polizeilichen Zusammenarbeit
Föderale Polizei, Rue Fritz Toussaint 8, 1050 Brüssel
""",
  att=[pdf("folgeersuchen_BE-DE_2026-0871.pdf", "Prüm-Folgeersuchen BE-DE 2026/0871",
           ["Betroffene Person: Yannick Dethier, geb. 04.11.1989 in Verviers",
            "Verurteilung: Strafgericht Lüttich, 12.06.2023, schwerer Raub mit Waffe, 6 Jahre Haft; "
            "bedingt entlassen am 03.01.2026.",
            "DNA-Profil (ESS-Loci):"],
           [["Locus", "Allele", "Locus", "Allele"],
            ["D3S1358", "15, 16", "D21S11", "29, 31.2"],
            ["vWA", "17, 17", "D18S51", "13, 19"],
            ["FGA", "22, 24", "D19S433", "14, 15"],
            ["D8S1179", "12, 14", "TH01", "7, 9.3"],
            ["D2S1338", "18, 24", "D16S539", "11, 13"]],
           ["Daktyloskopie: AFIS-Satz BE-AFIS-2023-117742, rechter Zeigefinger, 38 Minutien, "
            "Template (ISO/IEC 19794-2, Auszug): Rk1SACAyMAAAAAEgAAABLAGQAMUAxQEAAABINUBXAFqRYkCTAGmFXkB4AKOMWg==",
            "Muster: Doppelschleife (rechter Zeigefinger), Bogen (linker Daumen)."])],
  action="block", ent=["ART9_GENETIC", "ART9_BIOMETRIC", "ART10_CRIMINAL"],
  note="PDF with a named convict's STR profile, fingerprint template and conviction (Prüm exchange)")

M(num=72, lang="de", slug="dg-ausschreibung-zeiterfassung-handvene",
  frm="Zentraler Einkauf Ministerium DG <einkauf@dgov.be>",
  to=["vertrieb@zeitsysteme-rheinland.de"],
  subject="Öffentliche Ausschreibung MDG/2026/07 – Zeiterfassungssystem (Los 2 optional: Handvenenerkennung)",
  date=D("2026-04-02 10:00", "+0200"),
  body="""Sehr geehrte Damen und Herren,

das Ministerium der Deutschsprachigen Gemeinschaft schreibt die Lieferung eines neuen
Zeiterfassungssystems für 14 Standorte aus.

Los 1: Terminals mit Badge-Lesern und zentrale Software
Los 2 (Option): biometrische Erfassung per Handvenenscanner

Anforderungen an Los 2:
- Die Teilnahme ist für das Personal freiwillig; eine Alternative ohne Biometrie ist Pflicht.
- Biometrische Templates dürfen nur verschlüsselt auf dem Terminal oder der Karte gespeichert
  werden, keine zentrale Speicherung von Rohbildern.
- Der Bieter legt eine Datenschutz-Folgenabschätzung (DSFA) vor.

Die Unterlagen stehen auf https://www.publicprocurement.be (Referenz MDG/2026/07).
Angebotsfrist: 18. Mai 2026, 11.00 Uhr.

Mit freundlichen Grüßen
Zentraler Einkauf – Ministerium der Deutschsprachigen Gemeinschaft
""",
  action="allow", ent=[], note="tender mentioning biometric palm-vein capture only in general")

M(num=73, lang="de", slug="kae-klassenfahrt-religion-liste",
  frm="Sekretariat Königliches Athenäum Eupen <sekretariat@kae-eupen.be>",
  to=["gruppen@jugendherberge-monschau.de"],
  subject="Klassenfahrt 4. Jahr – Teilnehmerliste und Verpflegung",
  date=D("2026-04-27 12:05", "+0200"),
  body="""Sehr geehrte Frau Kreitz,

anbei die Teilnehmerliste unserer Klassenfahrt vom 18. bis 20. Mai. Wir haben die
Religionszugehörigkeit angegeben, damit Sie die Verpflegung (kein Schweinefleisch,
Freitag fleischlos) planen können.

Mit freundlichen Grüßen
Sekretariat – Königliches Athenäum Eupen
""",
  att=[docx("teilnehmerliste_klassenfahrt_4A.docx",
            ["Klassenfahrt Monschau, 18.–20. Mai 2026 – Klasse 4A"],
            [[["Schüler/in", "Klasse", "Religion / Weltanschauung", "Verpflegung"],
              ["Leonie Kohnen", "4A", "römisch-katholisch", "normal, freitags fleischlos"],
              ["Emir Hodžić", "4A", "Islam", "ohne Schweinefleisch"],
              ["Tim Schaus", "4A", "nichtkonfessionelle Moral", "normal"],
              ["Aylin Özdemir", "4A", "Islam", "ohne Schweinefleisch"],
              ["Jakob Weynand", "4A", "Zeugen Jehovas", "normal"],
              ["Marie Fickers", "4A", "evangelisch", "vegetarisch"]]])],
  action="block", ent=["ART9_RELIGION"],
  note="DOCX table of named pupils with their religion sent to a German youth hostel")

M(num=74, lang="de", slug="buetgenbach-strafregisterauszug-info",
  frm="Bürgerdienst Gemeinde Bütgenbach <buergerdienst@butgenbach.be>",
  to=["lara.heck@gmail.com"],
  subject="AW: Auszug aus dem Strafregister für Babysitter-Tätigkeit",
  date=D("2026-04-09 09:40", "+0200"),
  in_reply_to="<CAF3x9@mail.gmail.com>",
  body="""Guten Tag Frau Heck,

vielen Dank für Ihre Anfrage. Einen Auszug aus dem Strafregister erhalten Sie

- online und kostenlos über My e-Justice (https://www.myejustice.be) mit Ihrem
  Personalausweis und Kartenleser oder mit itsme, oder
- persönlich im Bürgerdienst (Marktplatz 13), montags bis freitags 8.30–12.00 Uhr.

Für eine Tätigkeit mit Kindern benötigen Sie das Modell 2 (Artikel 596 Absatz 2 des
Strafprozessgesetzbuches). Geben Sie als Zweck „Tätigkeit im Bereich Erziehung, Betreuung
oder Begleitung von Minderjährigen“ an.

Mit freundlichen Grüßen
Bürgerdienst – Gemeinde Bütgenbach | 080 64 00 24

> Hallo, ich möchte als Babysitterin über die Kinderbetreuung arbeiten und brauche
> ein Führungszeugnis. Wo bekomme ich das? Viele Grüße, Lara Heck
""",
  action="allow", ent=[], note="how to obtain a criminal-record extract; no record content")

M(num=75, lang="de", slug="info-integration-studie-herkunft-csv",
  frm="Info-Integration Ostbelgien <info@info-integration.be>",
  to=["integrationsforschung@rwth-aachen.de"],
  subject="Teilnehmerdaten für die Begleitstudie Integrationsparcours",
  date=D("2026-04-28 15:30", "+0200"),
  body="""Liebe Frau Dr. Scholz,

wie vereinbart senden wir Ihnen die Teilnehmerliste des Integrationsparcours 2025 für die
Begleitstudie, mit den Angaben zur ethnischen Herkunft, nach denen Sie auswerten möchten.

Viele Grüße
Fatma Kaya
Projektleiterin – Info-Integration, Eupen
""",
  att=[csvfile("teilnehmer_integrationsparcours_2025.csv", [
      ["Name", "Vorname", "Geburtsjahr", "Ethnische Herkunft", "Wohnort", "Modul"],
      ["Rahimi", "Zahra", "1991", "Paschtunin (Afghanistan)", "Eupen", "Sprache A2"],
      ["Abdi", "Hassan", "1987", "Somali", "Kelmis", "Orientierung"],
      ["Berisha", "Valon", "1995", "Kosovo-Albaner", "St. Vith", "Sprache B1"],
      ["Ibrahim", "Layla", "1999", "Kurdin (Syrien)", "Eupen", "Orientierung"],
      ["Stoica", "Elena", "1983", "Roma (Rumänien)", "Raeren", "Sprache A1"]], delimiter=",")],
  action="block", ent=["ART9_ETHNIC_ORIGIN"],
  note="CSV of named participants with their ethnic origin sent to a German university")
