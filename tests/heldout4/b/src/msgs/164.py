M = {
    "slug": "nicc-str-profiling-explainer",
    "lang": "en", "action": "allow", "entities": [],
    "note": "general explanation of STR profiling and database rules for an EU project partner; no profile of anyone",
    "from": "Dr. Bram Vercauteren <bram.vercauteren@nicc.fgov.be>",
    "to": ["m.kovacs@forensic-institute-example.hu"],
    "subject": "Re: Project FORENS-EU - background note on the Belgian DNA databases",
    "date": "Thu, 07 May 2026 10:03:52 +0200",
    "body": """Dear Márta,

As promised, a short background note for work package 2.

The Belgian DNA databases are managed by the NICC under the Act of 22 March 1999. There are
currently separate databases for crime-scene traces, convicted persons, suspects, missing
persons and intervening persons (e.g. police staff). Profiles are stored as STR allele
designations on the 23 autosomal loci of the PowerPlex Fusion 6C kit plus Amelogenin; no
names are stored alongside the profile, only a reference number.

For Prüm exchanges, only the 12 ESS loci are used, and a match report is sent via the
national contact point before any personal data is exchanged through police cooperation
channels.

I would be happy to present this at the consortium meeting in Budapest in September.

Best wishes,

Bram Vercauteren
Head of Unit - DNA Databases
National Institute of Criminalistics and Criminology (NICC/INCC)
Chaussée de Vilvorde 100, 1120 Brussels
""",
}
