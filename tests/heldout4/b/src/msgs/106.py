M = {
    "slug": "zone-police-communique-haine",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "press release with aggregate hate-crime figures by motive and a spokesperson's professional contact",
    "from": "Service Communication ZP Bruxelles-Capitale Ixelles <communication@police-brux-ix.be>",
    "to": ["redaction@lesoir.be", "info@belga.be"],
    "subject": "Communiqué de presse - bilan 2025 des faits de haine signalés sur la zone",
    "date": "Mon, 16 Feb 2026 12:00:00 +0100",
    "body": """COMMUNIQUÉ DE PRESSE - diffusion immédiate

Bilan 2025 : légère hausse des signalements de faits de haine

En 2025, la zone de police Bruxelles-Capitale Ixelles a enregistré 214 procès-verbaux pour
des faits à caractère haineux ou discriminatoire (contre 197 en 2024). La répartition par
mobile est la suivante :

  - origine ou prétendue race : 92
  - orientation sexuelle : 41
  - conviction religieuse ou philosophique : 38
  - handicap : 12
  - sexe / genre : 19
  - autres critères protégés : 12

La zone rappelle que toute victime ou tout témoin peut déposer plainte dans n'importe quel
commissariat ou s'adresser à Unia. Un réseau de policiers de référence « diversité » a été
formé dans chaque division.

Contact presse :
Commissaire Julie Fransolet, porte-parole
02 279 79 79 - julie.fransolet@police-brux-ix.be
""",
}
