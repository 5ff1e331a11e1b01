M = {
    "slug": "police-federale-marche-reconnaissance-faciale",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "prior information notice of a tender for a face-recognition system; technology and requirements only",
    "from": "Direction des achats - Police fédérale <dga.achats@police.belgium.eu>",
    "to": ["bids@idemia-example.com", "tenders@thalesgroup-example.com"],
    "subject": "Avis de préinformation - système de comparaison faciale pour l'aéroport de Zaventem",
    "date": "Fri, 06 Mar 2026 10:00:00 +0100",
    "html": """<html><body>
<p>Madame, Monsieur,</p>
<p>La Police fédérale envisage de lancer au second semestre 2026 un marché relatif à un système de comparaison faciale
destiné au contrôle frontalier (couloirs ABC) de l'aéroport de Bruxelles-National.</p>
<table border="1" cellpadding="4">
<tr><th>Exigence</th><th>Valeur cible</th></tr>
<tr><td>Taux de faux rejets (FRR) à FAR 0,1 %</td><td>&lt; 2 %</td></tr>
<tr><td>Temps de comparaison 1:1</td><td>&lt; 1 seconde</td></tr>
<tr><td>Détection d'attaque de présentation</td><td>ISO/IEC 30107-3 niveau 2</td></tr>
<tr><td>Stockage des gabarits</td><td>aucun stockage après la comparaison</td></tr>
</table>
<p>Une séance d'information (sur inscription) aura lieu le 24 mars 2026 au siège de la Police fédérale, rue Fritz Toussaint 8,
1050 Ixelles. Une analyse d'impact relative à la protection des données sera jointe au cahier des charges.</p>
<p>Direction des achats (DGR/DRL) - Police fédérale<br>dga.achats@police.belgium.eu</p>
</body></html>""",
    "body": """Madame, Monsieur,

La Police fédérale envisage de lancer au second semestre 2026 un marché relatif à un
système de comparaison faciale destiné au contrôle frontalier (couloirs ABC) de
l'aéroport de Bruxelles-National.

Exigences principales :
- taux de faux rejets (FRR) à FAR 0,1 % : < 2 %
- temps de comparaison 1:1 : < 1 seconde
- détection d'attaque de présentation : ISO/IEC 30107-3 niveau 2
- stockage des gabarits : aucun stockage après la comparaison

Une séance d'information (sur inscription) aura lieu le 24 mars 2026 au siège de la Police
fédérale, rue Fritz Toussaint 8, 1050 Ixelles. Une analyse d'impact relative à la
protection des données sera jointe au cahier des charges.

Direction des achats (DGR/DRL) - Police fédérale
""",
}
