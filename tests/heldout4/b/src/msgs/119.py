M = {
    "slug": "spf-controle-acces-empreintes",
    "lang": "fr", "action": "block", "entities": ["ART9_BIOMETRIC"],
    "note": "ZIP with a CSV of fingerprint minutiae templates per named employee sent to the access-control vendor",
    "from": "Service Facility - SPF Finances <facility.north@minfin.fed.be>",
    "to": ["support@biosecure-access.eu"],
    "subject": "Migration lecteurs badges North Galaxy - export des gabarits",
    "date": "Thu, 05 Mar 2026 17:02:33 +0100",
    "body": """Bonjour Monsieur Verstraete,

Pour la migration vers les nouveaux terminaux BioSecure T7 de la tour B, je vous transmets
en annexe l'export des gabarits d'empreintes digitales des agents habilités à accéder à la
salle des serveurs (export ISO/IEC 19794-2 converti en base64, un gabarit par personne).

Le fichier est compressé ; merci de confirmer l'import avant lundi pour que nous
puissions désactiver les anciens lecteurs.

Bien à vous,

Pascal Thiry
Responsable sécurité physique - Service Facility
SPF Finances - Boulevard du Roi Albert II 33 - 1030 Bruxelles
""",
    "attachments": [{"kind": "zip", "name": "export_gabarits_tourB.zip", "members": [
        {"kind": "csv", "name": "gabarits_empreintes.csv", "sep": ",",
         "rows": [["matricule", "nom", "prenom", "doigt", "format", "gabarit_minuties_b64"],
                  ["F48213", "Thiry", "Pascal", "index droit", "ISO19794-2", "Rk1SACAyMAAAAADkAAABPAFiAMUAxQEAAAAoJ0CKAC8LU0BTAD4LWkB0AEsP"],
                  ["F50987", "Mahieu", "Christelle", "index droit", "ISO19794-2", "Rk1SACAyMAAAAAEIAAABPAFiAMUAxQEAAAAoK0BiAC4TXkCqAEAJV0BDAFEU"],
                  ["F51340", "Ouali", "Samir", "pouce gauche", "ISO19794-2", "Rk1SACAyMAAAAADSAAABPAFiAMUAxQEAAAAoIkCTADUSXUBlAEwQUkCvAGAL"],
                  ["F53002", "De Smet", "Geert", "index droit", "ISO19794-2", "Rk1SACAyMAAAAAD2AAABPAFiAMUAxQEAAAAoJUB7ACoPWUCdAE8OVECQAGUS"]]},
    ]}],
}
