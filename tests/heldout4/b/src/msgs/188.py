M = {
    "slug": "ggd-who-vaccination-coverage",
    "lang": "en", "action": "allow", "entities": [],
    "note": "aggregated vaccination coverage by age group for the WHO; no individual",
    "from": "GGD GHOR Nederland - Epidemiology <epidemiologie@ggdghor.nl>",
    "to": ["vpd.surveillance@who-euro-example.int"],
    "subject": "Measles vaccination coverage by region - data for the Regional Verification Commission",
    "date": "Wed, 10 Jun 2026 09:15:00 +0200",
    "body": """Dear colleagues,

As requested for the Regional Verification Commission for Measles and Rubella Elimination,
please find attached the MMR vaccination coverage by GGD region for the 2023 birth cohort
(first dose at age 2) and the 2016 cohort (second dose at age 9).

Regions with coverage below 90 % are mainly located in the so-called Bible belt; targeted
information campaigns are running in cooperation with local churches and GPs.

Kind regards,

Dr. Eline de Boer
Epidemiologist - GGD GHOR Nederland
Postbus 85300, 3508 AH Utrecht
""",
    "attachments": [{"kind": "xlsx", "name": "MMR_coverage_GGD_regions.xlsx", "author": "GGD GHOR",
        "sheets": [("Coverage", [
            ["GGD region", "MMR1 cohort 2023 (%)", "MMR2 cohort 2016 (%)"],
            ["Amsterdam", 86.9, 84.1],
            ["Zeeland", 84.2, 83.0],
            ["Gelderland-Zuid", 85.7, 86.3],
            ["Fryslân", 93.4, 92.0],
            ["Utrecht", 90.1, 88.8],
            ["National", 88.8, 87.4],
        ])]}],
}
