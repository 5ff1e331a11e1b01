M = {
    "slug": "commune-fil-remplacement-burnout",
    "lang": "fr", "action": "block", "entities": ["ART9_HEALTH"],
    "note": "reply thread to an interim agency; three quotes down HR names a colleague's burn-out and antidepressant treatment",
    "from": "Aurélie Collard <aurelie.collard@commune-gembloux.be>",
    "to": ["bruxelles.public@randstad-example.be"],
    "subject": "RE: RE: RE: Remplacement au service Travaux - profil recherché",
    "date": "Wed, 11 Mar 2026 09:12:40 +0100",
    "in_reply_to": "<a81c2f.4420@randstad-example.be>",
    "body": """Bonjour Madame Peeters,

Parfait pour le profil de Monsieur Garnier, nous pouvons le rencontrer vendredi à 10h.

Aurélie

-----Message d'origine-----
De : Laura Peeters <bruxelles.public@randstad-example.be>
Envoyé : mardi 10 mars 2026 16:45
À : Aurélie Collard
Objet : RE: RE: Remplacement au service Travaux - profil recherché

Bonjour Madame Collard,
Nous avons un candidat disponible immédiatement (technicien en voirie, 8 ans
d'expérience). Pouvons-nous fixer un entretien ?

> -----Message d'origine-----
> De : Aurélie Collard
> Envoyé : lundi 9 mars 2026 14:02
> Objet : RE: Remplacement au service Travaux - profil recherché
>
> Pour la durée : au moins trois mois, probablement davantage.
>
>> -----Message d'origine-----
>> De : Aurélie Collard
>> Envoyé : lundi 9 mars 2026 08:50
>> Objet : Remplacement au service Travaux - profil recherché
>>
>> Bonjour,
>> Nous cherchons un remplaçant pour notre chef d'équipe voirie, Monsieur Didier
>> Hennebert, en arrêt depuis le 2 mars pour un burn-out sévère. Son médecin lui a
>> prescrit des antidépresseurs et un suivi psychiatrique hebdomadaire ; il ne
>> reviendra pas avant l'été. Le remplaçant doit pouvoir encadrer une équipe de six
>> ouvriers.
>>
>> Aurélie Collard
>> Service du Personnel - Commune de Gembloux
>> Parc d'Epinoy 1 - 5030 Gembloux
""",
}
