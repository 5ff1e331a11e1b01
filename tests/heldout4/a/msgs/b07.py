from lib import M, D, xlsx, csvfile, pdf, docx, ods, odt, zipped, attached_mail, txtfile, htmlfile

M(num=91, lang="de", slug="familiengericht-eupen-abstammungsgutachten",
  frm="Kanzlei Familiengericht Eupen <familiengericht.eupen@just.fgov.be>",
  to=["jugendamt@staedteregion-aachen.de"],
  subject="Ihr Zeichen 51.2-0417/26 – Ergebnis des Abstammungsgutachtens",
  date=D("2026-05-14 10:45", "+0200"),
  body="""Sehr geehrte Frau Wollgarten,

in dem Verfahren zur Feststellung der Vaterschaft betreffend das Kind Mia Brandenburg
(geb. 03.02.2024), das nach Ihren Angaben seit März in Aachen lebt, teilen wir Ihnen das Ergebnis
des vom Gericht angeordneten DNA-Abstammungsgutachtens mit:

Das Gutachten des Instituts für Rechtsmedizin Lüttich vom 6. Mai 2026 kommt zu dem Ergebnis,
dass Herr Thomas Keutgen als biologischer Vater praktisch erwiesen ist
(Vaterschaftswahrscheinlichkeit 99,9998 %; untersucht wurden 23 STR-Systeme, keine
Ausschlusskonstellation). Herr Patrick Brandenburg, der Ehemann der Mutter, ist als Vater
ausgeschlossen (Ausschluss in 9 Systemen).

Die Verhandlung ist auf den 18. Juni 2026 festgesetzt.

Mit freundlichen Grüßen
Die Kanzlei des Familiengerichts Eupen
Aachener Straße 62, 4700 Eupen
""",
  action="block", ent=["ART9_GENETIC"],
  note="DNA paternity test result about named persons sent to a German youth office")

M(num=92, lang="de", slug="raeren-buergerdienst-fingerabdruecke-reisepass",
  frm="Bürgerdienst Gemeinde Raeren <buergerdienst@raeren.be>",
  to=["familie.goffart@skynet.be"],
  subject="AW: Fingerabdrücke beim Reisepass für Kinder?",
  date=D("2026-05-11 09:20", "+0200"),
  in_reply_to="<20260509.1822@skynet.be>",
  body="""Guten Tag,

vielen Dank für Ihre Frage. Beim Antrag auf einen Reisepass werden ab dem Alter von 12 Jahren
zwei Fingerabdrücke erfasst und zusammen mit dem Passfoto auf dem Chip des Passes gespeichert.
Bei jüngeren Kindern werden keine Fingerabdrücke genommen, nur das Foto.

Die Abdrücke werden nach der Herstellung des Passes nicht zentral aufbewahrt; sie dienen nur
dazu, bei einer Grenzkontrolle zu prüfen, ob der Pass zu der Person gehört.

Bitte bringen Sie zum Termin den Personalausweis beider Eltern bzw. die Einverständniserklärung
mit. Termine können Sie unter 087 86 72 10 vereinbaren.

Mit freundlichen Grüßen
Bürgerdienst – Gemeinde Raeren
""",
  action="allow", ent=[], note="general explanation of passport fingerprints; no one's biometric data")

M(num=93, lang="de", slug="lontzen-rechtsberatung-zeugin-jehovas",
  frm="Personaldienst Gemeinde Lontzen <personal@lontzen.be>",
  to=["beratung@sozialrecht-kanzlei-kerres.be"],
  subject="Rechtsfrage Arbeitszeit / religiöse Gründe – Kinderkrippe",
  date=D("2026-05-15 14:35", "+0200"),
  body="""Sehr geehrter Herr Kerres,

wir bitten um Ihre Einschätzung zu folgendem Fall:

Unsere Kinderpflegerin Frau Miriam Bastin ist Zeugin Jehovas. Sie hat mitgeteilt, dass sie aus
Glaubensgründen nicht an den Geburtstags-, Weihnachts- und Karnevalsfeiern der Kinderkrippe
teilnehmen kann, und beantragt, an den Tagen ihrer Kongresse im Juli Urlaub zu erhalten.
Zwei Kolleginnen beschweren sich, dass sie deshalb diese Dienste immer übernehmen müssen.

Dürfen wir die Teilnahme an den Feiern verlangen, und wie müssen wir den Urlaubswunsch
gegenüber den anderen Urlaubsanträgen gewichten?

Mit freundlichen Grüßen
Bernadette Simons
Personaldienst – Gemeinde Lontzen, Kirchstraße 14, 4710 Lontzen
""",
  action="block", ent=["ART9_RELIGION"],
  note="a named employee's religious affiliation in a request for legal advice")

M(num=94, lang="de", slug="foed-finanzen-tax-on-web-infoabend",
  frm="FÖD Finanzen – Steuerbüro Eupen <steuern.eupen@minfin.fed.be>",
  to=["kanzlei@steuerberatung-gillessen.be"],
  subject="Einladung: Informationsabend Steuererklärung 2026 (Tax-on-web) für Buchhalter",
  date=D("2026-04-29 08:20", "+0200"),
  body="""Sehr geehrte Damen und Herren,

der FÖD Finanzen lädt die Buchhalter und Steuerberater Ostbelgiens zu einem Informationsabend
über die Steuererklärung 2026 (Einkommen 2025) ein:

Dienstag, 26. Mai 2026, 18.30 Uhr
Steuerbüro Eupen, Vervierser Straße 8, Saal im Erdgeschoss

Themen: Neuerungen bei Tax-on-web und MyMinfin, Mandate für Bevollmächtigte, vorausgefüllte
Erklärung, Fristen für Papier- und elektronische Erklärungen.

Anmeldung bis 20. Mai per Antwort auf diese E-Mail.

Mit freundlichen Grüßen
Steuerbüro Eupen – FÖD Finanzen
""",
  action="allow", ent=[], note="ordinary invitation to a tax information evening")

M(num=95, lang="de", slug="pz-weser-goehl-homophober-angriff-aachen",
  frm="Inspektor Nico Bertrand <nico.bertrand@polizei-wegoe.be>",
  to=["poststelle@sta-aachen.nrw.de"],
  subject="Körperverletzung zum Nachteil eines belgischen Staatsangehörigen in Aachen – Mitteilung",
  date=D("2026-05-18 11:05", "+0200"),
  body="""Sehr geehrte Damen und Herren,

wir übermitteln Ihnen folgende Erkenntnisse zu dem Vorfall vom 16. Mai 2026 gegen 1.30 Uhr in
der Pontstraße in Aachen, der bei uns angezeigt wurde:

Geschädigter: Jonas Reinartz, geb. 12.09.1998, wohnhaft in Kelmis. Herr Reinartz gab an, er sei
gemeinsam mit seinem Freund Hand in Hand unterwegs gewesen, als eine Gruppe von drei Männern
sie als „Schwuchteln“ beschimpft und ihn niedergeschlagen habe. Er erlitt einen Nasenbeinbruch.

Tatverdächtiger: Ein Mitglied der Gruppe konnte über ein Handyvideo als Dennis Hoffmann, geb.
1995, wohnhaft in Eupen, identifiziert werden. Gegen ihn liegt bei uns bereits ein Verfahren
wegen Körperverletzung aus dem Jahr 2024 vor.

Die Anzeige und das Video leiten wir Ihnen über den offiziellen Rechtshilfeweg zu.

Mit freundlichen Grüßen
Inspektor Nico Bertrand
Polizeizone Weser-Göhl, Herbesthaler Straße 21, 4700 Eupen
""",
  action="block", ent=["ART9_SEX_LIFE", "ART10_CRIMINAL", "ART9_HEALTH"],
  note="victim's sexual orientation and injury plus a named suspect and his prior case")

M(num=96, lang="de", slug="foed-waso-sozialwahlen-rundschreiben",
  frm="FÖD Beschäftigung – Sozialwahlen <sozialwahlen@beschaeftigung.belgien.be>",
  to=["personal@kabelwerk-eupen.be"],
  subject="Sozialwahlen 2028: Zeitplan und Pflichten des Arbeitgebers",
  date=D("2026-05-19 10:00", "+0200"),
  body="""Sehr geehrte Damen und Herren,

die nächsten Sozialwahlen finden im Mai 2028 statt. Bereits jetzt weisen wir auf folgende
Punkte hin:

- Unternehmen mit durchschnittlich mindestens 50 Arbeitnehmern wählen einen Ausschuss für
  Gefahrenverhütung und Schutz am Arbeitsplatz, ab 100 Arbeitnehmern auch einen Betriebsrat.
- Kandidatenlisten werden ausschließlich von den repräsentativen Gewerkschaften (CSC, FGTB,
  CGSLB) und gegebenenfalls der Kaderorganisation eingereicht.
- Der Arbeitgeber darf nicht erfragen oder erfassen, welcher Gewerkschaft ein Arbeitnehmer
  angehört; die Wahl ist geheim.
- Die Wahlsoftware des FÖD steht ab Oktober 2027 zur Verfügung.

Bei den Sozialwahlen 2024 lag die Wahlbeteiligung in der Provinz Lüttich bei 66 %.

Weitere Informationen: https://beschaeftigung.belgien.be/de/sozialwahlen

Mit freundlichen Grüßen
Direktion Sozialwahlen – FÖD Beschäftigung, Arbeit und Soziale Konzertierung
""",
  att=[pdf("sozialwahlen_2028_zeitplan.pdf", "Sozialwahlen 2028 – vorläufiger Zeitplan",
           ["Die genauen Daten werden durch Königlichen Erlass festgelegt. X = Tag der Aushängung der Wahlankündigung."],
           [["Etappe", "Zeitpunkt", "Verpflichtung"],
            ["X-60", "Dezember 2027", "Erste Information an Betriebsrat / Arbeitnehmer"],
            ["X", "Februar 2028", "Aushängung der Wahlankündigung"],
            ["X+35", "März 2028", "Einreichung der Kandidatenlisten durch die Gewerkschaften"],
            ["Y", "Mai 2028", "Wahltag"]],
           ["Wahlbeteiligung 2024 Provinz Lüttich: 66 % (landesweit 68,2 %)."])],
  action="allow", ent=[], note="circular on social elections naming unions in general; aggregate turnout")

M(num=97, lang="de", slug="adg-jobcoaching-herkunft-tabelle",
  frm="Vermittlung Arbeitsamt der DG <vermittlung@adg.be>",
  to=["team@jobcoaching-eifelwerk.be"],
  subject="Zuweisungen Programm 'Neustart' – Juni",
  date=D("2026-05-20 15:55", "+0200"),
  body="""Hallo Frau Pfeiffer,

anbei die Zuweisungen für das Programm „Neustart“ im Juni. Auf Ihren Wunsch haben wir die
Herkunft angegeben, damit Sie die Gruppen für die kultursensiblen Module zusammenstellen können.

Name | Nationalregisternummer | Herkunft | Sprache
Senad Mehmedović | 58.01.18-915.61 | bosnischer Roma | Bosnisch
Aida Rahimi | 65012514193 | Tadschikin (Afghanistan) | Dari
Teodora Lungu | 78.07.18-134.43 | Rumänin | Rumänisch

Mit freundlichen Grüßen
Karin Brandt
Vermittlung – Arbeitsamt der DG
""",
  html="""<html><body>
<p>Hallo Frau Pfeiffer,</p>
<p>anbei die Zuweisungen f&uuml;r das Programm &bdquo;Neustart&ldquo; im Juni. Auf Ihren Wunsch haben wir die
Herkunft angegeben, damit Sie die Gruppen f&uuml;r die kultursensiblen Module zusammenstellen k&ouml;nnen.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>Nationalregisternummer</th><th>Herkunft</th><th>Sprache</th></tr>
<tr><td>Senad Mehmedovi&#263;</td><td>58.01.18-915.61</td><td>bosnischer Roma</td><td>Bosnisch</td></tr>
<tr><td>Aida Rahimi</td><td>65012514193</td><td>Tadschikin (Afghanistan)</td><td>Dari</td></tr>
<tr><td>Teodora Lungu</td><td>78.07.18-134.43</td><td>Rum&auml;nin</td><td>Rum&auml;nisch</td></tr>
</table>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Karin Brandt<br>Vermittlung &ndash; Arbeitsamt der DG</p>
</body></html>""",
  action="block", ent=["ART9_ETHNIC_ORIGIN", "BE_NATIONAL_NUMBER"],
  note="HTML table of job seekers' national numbers and ethnic origin",
  nums=[("58.01.18-915.61", "BE_NATIONAL_NUMBER", "valid"), ("65012514193", "BE_NATIONAL_NUMBER", "valid"),
        ("78.07.18-134.43", "BE_NATIONAL_NUMBER", "valid")])

M(num=98, lang="de", slug="euregio-protokoll-arbeitsgruppe-grenzgaenger",
  frm="Fachbereich Beschäftigung Ministerium DG <beschaeftigung@dgov.be>",
  to=["info@euregio-mr.info"],
  cc=["grenzinfo@grenzinfo.eu"],
  subject="Protokoll Arbeitsgruppe Grenzgänger vom 7. Mai 2026",
  date=D("2026-05-12 09:30", "+0200"),
  body="""Sehr geehrte Damen und Herren,

anbei das Protokoll der letzten Sitzung der Arbeitsgruppe Grenzgänger.

Anwesend: Stefanie Heck (Ministerium DG, Vorsitz), Marc Offermann (GrenzInfoPunkt Aachen-
Eurode), Lieve Dierckx (Euregio Maas-Rhein), Paul Weber (ADEM Luxemburg), Jean-Luc Denis (FOREM).

1. Zahlen: 2025 pendelten rund 9.800 Einwohner der DG nach Luxemburg und 3.100 nach
   Deutschland; 1.250 Personen aus Deutschland arbeiten in der DG.
2. Telearbeit: Die 34-Tage-Regel für Luxemburg sorgt weiterhin für viele Anfragen
   (412 Beratungen im ersten Quartal).
3. Nächste Schritte: gemeinsames Faltblatt zu Sozialversicherung und Telearbeit bis September.

Nächste Sitzung: 10. September 2026, Eupen.

Mit freundlichen Grüßen
Stefanie Heck
Fachbereich Beschäftigung – Ministerium der Deutschsprachigen Gemeinschaft
""",
  att=[docx("protokoll_ag_grenzgaenger_2026-05-07.docx",
            ["Protokoll der Arbeitsgruppe Grenzgänger – 7. Mai 2026, Eupen",
             "Anwesend: Stefanie Heck (Ministerium DG, Vorsitz), Marc Offermann (GrenzInfoPunkt Aachen-Eurode), "
             "Lieve Dierckx (Euregio Maas-Rhein), Paul Weber (ADEM Luxemburg), Jean-Luc Denis (FOREM)."],
            [[["Kennzahl", "2025"],
              ["Auspendler DG nach Luxemburg", "ca. 9.800"],
              ["Auspendler DG nach Deutschland", "ca. 3.100"],
              ["Einpendler aus Deutschland", "ca. 1.250"],
              ["Beratungen Telearbeit Q1 2026", "412"]],
             "Nächste Sitzung: 10. September 2026, Eupen."])],
  action="allow", ent=[], note="minutes with attendees' professional names and aggregate figures")

M(num=99, lang="de", slug="fachbereich-jugend-workshop-politische-ausrichtung",
  frm="Fachbereich Jugend Ministerium DG <jugend@dgov.be>",
  to=["seminare@politische-bildung-eifel.de"],
  subject="Teilnehmerliste Workshop 'Streiten lernen' – 6. Juni",
  date=D("2026-05-21 12:10", "+0200"),
  body="""Liebe Frau Marx,

für Ihren Workshop „Streiten lernen – Debattentraining für junge Erwachsene“ am 6. Juni senden wir
Ihnen die Teilnehmerliste. Wie gewünscht haben wir notiert, welcher Partei bzw. politischen
Richtung die Teilnehmenden sich selbst zuordnen, damit Sie gemischte Debattengruppen bilden
können. Die Angaben stammen aus dem Anmeldeformular.

Viele Grüße
Lea Veithen
Fachbereich Jugend – Ministerium der Deutschsprachigen Gemeinschaft
""",
  att=[xlsx("teilnehmer_workshop_streiten_lernen.xlsx", [("Teilnehmende", [
      ["Name", "Alter", "Wohnort", "Parteimitgliedschaft / politische Ausrichtung"],
      ["Lukas Thunus", 19, "Eupen", "Mitglied Junge CSP"],
      ["Mara Kessel", 21, "St. Vith", "sympathisiert mit Ecolo"],
      ["Finn Rauw", 18, "Kelmis", "Mitglied Vivant-Jugend"],
      ["Selin Aksoy", 22, "Eupen", "Mitglied Jungsozialisten (SP)"],
      ["Noah Lejeune", 20, "Bütgenbach", "parteilos, wählt liberal (PFF)"]])])],
  action="block", ent=["ART9_POLITICAL_OPINION"],
  note="XLSX with party membership / political leaning of named young participants")

M(num=100, lang="de", slug="adg-adem-jobmesse-vorbereitung",
  frm="EURES-Beratung Arbeitsamt der DG <eures@adg.be>",
  to=["Paul Weber <paul.weber@adem.etat.lu>"],
  subject="Grenzüberschreitende Jobmesse St. Vith – Abstimmung Stände und Ablauf",
  date=D("2026-05-22 10:40", "+0200"),
  body="""Lieber Paul,

danke für das gute Gespräch letzte Woche. Hier die Eckpunkte für die Jobmesse am
1. Oktober 2026 im Triangel St. Vith:

- Öffnungszeiten 10.00–17.00 Uhr, Aufbau ab 8.00 Uhr
- ADEM: zwei Stände (Beratung Grenzgänger, Stellenangebote Luxemburg)
- ADG: Empfang, Bewerbungsmappen-Check, Vortragsraum
- Vorträge: Steuer und Sozialversicherung für Grenzgänger (11.00 Uhr), Anerkennung von
  Diplomen (14.00 Uhr)

Könntest du mir bis Ende Juni sagen, wie viele luxemburgische Arbeitgeber ihr mitbringt?

Viele Grüße aus St. Vith
Erwin Thannen
EURES-Berater – Arbeitsamt der DG, Vennbahnstraße 4/2, 4780 St. Vith | 080 28 00 60
""",
  action="allow", ent=[], note="ordinary planning with a Luxembourg partner body")
