M = {
    "slug": "chu-marche-sequenceurs",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "hospital tender for genetic sequencers and reagents; genetics in general, no person",
    "from": "Service des Achats - CHU de Liège <marches.publics@chuliege.be>",
    "to": ["tenders.benelux@illumina-example.com", "offres@labsupply-belgium.be"],
    "subject": "Marché public CHU/2026/014 - séquenceurs NGS et réactifs pour le Centre de génétique humaine",
    "date": "Fri, 20 Feb 2026 09:00:00 +0100",
    "body": """Madame, Monsieur,

Le CHU de Liège lance une procédure ouverte pour l'acquisition de deux séquenceurs de
nouvelle génération (NGS) et la fourniture de réactifs sur quatre ans pour son Centre de
génétique humaine.

Objet : séquençage d'exomes et de panels de gènes (oncogénétique, maladies rares),
         débit minimal de 1 200 exomes/an, intégration au LIMS existant.
Lot 1 : séquenceurs et installation
Lot 2 : réactifs et consommables
Lot 3 : maintenance et formation

Le cahier spécial des charges est disponible sur e-Procurement (référence CHU/2026/014).
Date limite de dépôt des offres : 27 mars 2026 à 11h00.
Visite des locaux facultative : 5 mars 2026 à 10h00 (inscription obligatoire).

Les questions éventuelles doivent être posées via la plateforme au plus tard le 13 mars.

Service des Achats
CHU de Liège - Domaine universitaire du Sart Tilman B35 - 4000 Liège
BCE 0257.981.601
""",
}
