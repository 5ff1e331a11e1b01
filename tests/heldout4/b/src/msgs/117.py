M = {
    "slug": "onem-numero-bis-travailleur",
    "lang": "fr", "action": "block", "entities": ["BE_BIS_NUMBER"],
    "note": "ONEM gives an employer the BIS number of a foreign worker in plain mail",
    "from": "Bureau du chômage de Verviers <bc.verviers@onem.be>",
    "to": ["paie@fromagerie-herve-sa.be"],
    "subject": "Votre demande du 24/02 - déclaration de travail saisonnier",
    "date": "Tue, 03 Mar 2026 09:41:02 +0100",
    "body": """Madame,

Nous avons bien reçu votre question concernant la déclaration de votre travailleur
saisonnier, Monsieur Andrei Popescu, qui ne dispose pas d'un numéro de registre national.

Un numéro BIS lui a été attribué par la Banque-Carrefour : 88240905245.
C'est ce numéro qu'il convient d'utiliser dans la DIMONA et dans le formulaire C4 à la fin
de son contrat.

Nous vous rappelons que les documents sociaux doivent être introduits par voie
électronique via le portail de la sécurité sociale.

Meilleures salutations,

Service Réglementation - Bureau du chômage de Verviers
Rue de Dison 62 - 4800 Verviers
087 30 82 00
""",
    "numbers": [("valid", "bis", "88240905245")],
}
