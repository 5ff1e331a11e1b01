M = {
    "slug": "police-judiciaire-profil-adn-suspect",
    "lang": "fr", "action": "block", "entities": ["ART9_GENETIC", "ART10_CRIMINAL"],
    "note": "DOCX with a named suspect's DNA STR profile and the offence, sent to a private forensic lab",
    "from": "PJF Hainaut - Section Crimes contre les personnes <pjf.hainaut.cp@police.belgium.eu>",
    "to": ["reception.expertises@forensic-genetics-example.be"],
    "subject": "Mission d'expertise - comparaison profil ADN - PV CH.21.L1.004512/2026",
    "date": "Thu, 30 Apr 2026 09:58:26 +0200",
    "body": """Madame la Directrice,

Sur réquisition du juge d'instruction Mme Delforge (Charleroi), nous vous adressons le
profil génétique de référence de la personne soupçonnée, à comparer avec les traces
prélevées sur les lieux (scellés 4 à 9, déjà déposés à votre laboratoire).

Le document joint reprend le profil obtenu à partir du frottis buccal réalisé le 28 avril.

Commissaire Philippe Baudhuin
PJF Hainaut - Section Crimes contre les personnes
Boulevard Mayence 68 - 6000 Charleroi
""",
    "attachments": [{"kind": "docx", "name": "profil_reference_CH21_004512.docx", "author": "PJF Hainaut",
        "blocks": [
            ("h", "Profil ADN de référence - dossier CH.21.L1.004512/2026"),
            ("p", "Personne prélevée : Monsieur Grégory Vanderstraeten, né le 14/09/1986, soupçonné de tentative de meurtre (faits du 19/04/2026, Marcinelle)."),
            ("table", [["Locus", "Allèle 1", "Allèle 2"],
                       ["D3S1358", "15", "16"], ["vWA", "17", "19"], ["D16S539", "11", "12"], ["CSF1PO", "10", "12"],
                       ["TPOX", "8", "11"], ["D8S1179", "13", "14"], ["D21S11", "30", "31.2"], ["D18S51", "14", "16"],
                       ["Amélogénine", "X", "Y"]]),
            ("p", "Kit : PowerPlex Fusion 6C. Analyste : NICC / INCC, rapport 26-G-1187."),
        ]}],
}
