M = {
    "slug": "hopital-travaux-livraisons-fournisseurs",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "ordinary notice to suppliers about changed delivery access during works",
    "from": "Service Logistique - Grand Hôpital de Charleroi <logistique@ghdc.be>",
    "to": ["livraisons@medisupply-benelux-example.be", "dispatch@transports-sambre-example.be"],
    "subject": "Site Notre-Dame - modification de l'accès livraisons du 6 au 24 avril",
    "date": "Tue, 24 Mar 2026 07:30:00 +0100",
    "body": """Madame, Monsieur,

En raison de travaux de réfection du quai de déchargement du site Notre-Dame (Grand'Rue 3,
6000 Charleroi), l'accès livraisons sera modifié du lundi 6 au vendredi 24 avril 2026 :

- les camions de plus de 7,5 t accéderont par la rue de la Science (entrée C) ;
- les livraisons seront acceptées de 7h00 à 11h30 uniquement ;
- les livraisons de gaz médicaux et de produits sanguins gardent leur horaire habituel,
  via l'entrée des urgences, après appel au magasin central.

Merci d'informer vos chauffeurs. Un plan d'accès est disponible sur demande.

Contact : magasin central, 071 10 15 40, du lundi au vendredi de 7h à 15h.

Service Logistique - Grand Hôpital de Charleroi
""",
}
