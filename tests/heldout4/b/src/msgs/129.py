M = {
    "slug": "commune-remboursement-carte-bancaire",
    "lang": "fr", "action": "block", "entities": ["CREDIT_CARD"],
    "note": "municipal cashier forwards a citizen's full payment-card number to the payment provider for a refund",
    "from": "Service Finances - Commune de Braine-l'Alleud <finances@braine-lalleud.be>",
    "to": ["support.merchants@worldline-example.com"],
    "subject": "Demande de remboursement - paiement en double au guichet Population",
    "date": "Thu, 19 Mar 2026 11:18:50 +0100",
    "body": """Bonjour,

Le 16 mars, une citoyenne, Madame Françoise Delvaux, a été débitée deux fois de 25,00 EUR
pour la délivrance de sa carte d'identité sur notre terminal n° TID 62018854.

Carte utilisée : Mastercard 5100 2900 4442 8998, exp. 08/28
Heure des transactions : 10:42:13 et 10:42:51

Pouvez-vous annuler la seconde transaction et recréditer la carte de la citoyenne ?

Merci d'avance,

Benoît Charlier
Service Finances - Administration communale de Braine-l'Alleud
Grand-Place Baudouin Ier 3 - 1420 Braine-l'Alleud
02 854 02 00
""",
    "numbers": [("valid", "card", "5100 2900 4442 8998")],
}
