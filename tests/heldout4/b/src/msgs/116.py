M = {
    "slug": "commune-facture-salle-polyvalente",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "municipal invoice to a company with the commune's own IBAN and enterprise number",
    "from": "Recette communale - Ottignies-Louvain-la-Neuve <recette@olln.be>",
    "to": ["comptabilite@events-brabant.be"],
    "subject": "Facture 2026/0342 - location de la salle polyvalente du Centre culturel",
    "date": "Mon, 02 Mar 2026 10:10:10 +0100",
    "body": """Madame, Monsieur,

Veuillez trouver en pièce jointe la facture n° 2026/0342 relative à la location de la salle
polyvalente les 14 et 15 février 2026 (événement « Salon du vin du Brabant »).

Montant : 1.450,00 EUR (non soumis à TVA)
Échéance : 1er avril 2026
Compte de la commune : BE96 0689 0123 4505 - BIC GKCCBEBB
Communication structurée : +++090/0342/26058+++

Administration communale d'Ottignies-Louvain-la-Neuve
Avenue des Combattants 35 - 1340 Ottignies
BCE 0216.689.981

Recette communale - 010 43 60 60
""",
    "attachments": [{"kind": "pdf", "name": "facture_2026_0342.pdf", "engine": "fpdf", "title": "Facture 2026/0342",
        "blocks": [
            ("h", "FACTURE n° 2026/0342"),
            ("p", "Administration communale d'Ottignies-Louvain-la-Neuve - Avenue des Combattants 35 - 1340 Ottignies - BCE 0216.689.981"),
            ("p", "Client : SRL Events Brabant, Rue de Namur 118, 1300 Wavre - BCE 0745.220.816"),
            ("table", [["Description", "Quantité", "Prix unitaire", "Total"],
                       ["Location salle polyvalente (journée)", "2", "600,00", "1.200,00"],
                       ["Nettoyage final", "1", "150,00", "150,00"],
                       ["Mise à disposition sono", "1", "100,00", "100,00"],
                       ["TOTAL", "", "", "1.450,00 EUR"]]),
            ("p", "Paiement sur le compte BE96 0689 0123 4505 avec la communication +++090/0342/26058+++ avant le 01/04/2026."),
        ]}],
    "numbers": [("org", "iban", "BE96 0689 0123 4505")],
}
