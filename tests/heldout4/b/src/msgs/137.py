M = {
    "slug": "zone-police-ecole-mineurs-signales",
    "lang": "fr", "action": "block", "entities": ["ART10_CRIMINAL"],
    "note": "HTML table of named pupils with the offences they are suspected of, sent by police to a school",
    "from": "Service Jeunesse - ZP Charleroi <jeunesse@police-charleroi.be>",
    "to": ["direction@institut-saint-andre-charleroi.be"],
    "subject": "Suivi de la réunion du 26/03 - élèves signalés",
    "date": "Tue, 31 Mar 2026 14:08:54 +0200",
    "body": """Madame la Directrice,

Comme convenu lors de la réunion de concertation, voici la liste des élèves de votre
établissement ayant fait l'objet d'un procès-verbal ces trois derniers mois.

  Nom           Classe  Faits                                    Date PV
  Bastien M.    4P      détention et vente de cannabis aux abords  12/01/2026
  Lemaire Théo  5TQ     vol d'un scooter (auteur présumé)          03/02/2026
  Fontaine S.   3G      coups et blessures sur un élève            27/02/2026

Ces jeunes ont été déférés au parquet de la jeunesse. Merci d'en informer uniquement le
CPMS.

Inspectrice Valérie Gobert
Service Jeunesse et Famille - Zone de police de Charleroi
""",
    "html": """<html><body>
<p>Madame la Directrice,</p>
<p>Comme convenu lors de la réunion de concertation, voici la liste des élèves de votre établissement ayant fait
l'objet d'un procès-verbal ces trois derniers mois.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Nom</th><th>Classe</th><th>Faits</th><th>Date PV</th></tr>
<tr><td>Bastien Mathis</td><td>4P</td><td>détention et vente de cannabis aux abords de l'école</td><td>12/01/2026</td></tr>
<tr><td>Lemaire Théo</td><td>5TQ</td><td>vol d'un scooter (auteur présumé)</td><td>03/02/2026</td></tr>
<tr><td>Fontaine Sacha</td><td>3G</td><td>coups et blessures sur un élève</td><td>27/02/2026</td></tr>
</table>
<p>Ces jeunes ont été déférés au parquet de la jeunesse. Merci d'en informer uniquement le CPMS.</p>
<p>Inspectrice Valérie Gobert<br>Service Jeunesse et Famille - Zone de police de Charleroi</p>
</body></html>""",
}
