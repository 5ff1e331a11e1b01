M = {
    "slug": "centre-genetique-brca1-assureur",
    "lang": "fr", "action": "block", "entities": ["ART9_GENETIC", "ART9_HEALTH"],
    "note": "genetics centre confirms a named woman's BRCA1 carrier status and mastectomy to an insurer",
    "from": "Centre de génétique humaine - Cliniques universitaires <genetique.secretariat@saintluc.uclouvain.be>",
    "to": ["medical.underwriting@assurvie-example.be"],
    "subject": "RE: Demande d'informations médicales - Mme Delphine Warnier",
    "date": "Fri, 27 Mar 2026 12:40:33 +0100",
    "in_reply_to": "<uw-22871@assurvie-example.be>",
    "body": """Madame, Monsieur,

En réponse à votre demande, nous confirmons que Madame Delphine Warnier a été vue en
consultation d'oncogénétique en 2024. Le test a mis en évidence une variante pathogène
hétérozygote du gène BRCA1 (c.68_69delAG). Madame Warnier a bénéficié d'une mastectomie
prophylactique bilatérale en septembre 2025 et n'a pas présenté de cancer à ce jour.

Nous attirons votre attention sur le fait que la loi du 25 juin 1992 interdit l'utilisation
de données génétiques pour l'acceptation d'un contrat d'assurance.

Secrétariat du Centre de génétique humaine
Avenue Hippocrate 10 - 1200 Bruxelles

> Pourriez-vous nous communiquer les antécédents médicaux de votre patiente dans le cadre
> de sa demande d'assurance solde restant dû ?
""",
}
