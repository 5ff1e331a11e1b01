"""French-language scenarios (federal, Walloon and Brussels administrations) for the evaluation corpus."""

from __future__ import annotations

import idnumbers as N
from world import MONTHS, Mail, World, scenario

BLOCK, ALLOW = "block", "allow"


def _hi(p) -> str:
    return f"{'Madame' if p.female else 'Monsieur'} {p.last},"


def _bye(w: World) -> str:
    return w.rng.choice(["Bien à vous,", "Cordialement,", "Je vous prie d'agréer, Madame, Monsieur, "
                         "l'expression de mes salutations distinguées.", "Bien cordialement,",
                         "Meilleures salutations,"])


# --------------------------------------------------------------------------------------------- block
@scenario("fr", BLOCK, ["BE_NATIONAL_NUMBER"], "niss-reponse-citoyen",
          "réponse à un citoyen qui cite son numéro de registre national", 3)
def fr_niss(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["fin_fr", "onem", "famiwal"])]
    off, cit = w.official(inst), w.citizen("fr")
    nn = N.fmt_nn(N.national_number(w.rng), w.rng.choice(["dotted", "spaced", "compact", "dashed", "dots"]))
    kw = w.rng.choice(["numéro de registre national", "NISS", "numéro national"])
    q_when = w.date(3, 7)
    question = (f"Bonjour,\n\nJe n'ai toujours rien reçu concernant mon dossier. Pouvez-vous me dire où en "
                f"est la procédure ?\n\nMerci d'avance,\n{cit.name}")
    body = (f"{_hi(cit)}\n\nNous avons bien reçu votre message. Votre dossier, enregistré sous le {kw} {nn}, "
            f"est actuellement en cours de traitement. Une décision vous sera notifiée dans les "
            f"{w.rng.choice(['quinze', 'trente'])} jours.\n\n{_bye(w)}\n\n{w.signature(off, inst, 'fr')}\n\n"
            f"{w.quote(question, cit, q_when, 'fr')}")
    return Mail(off, [cit.addr], "RE: Suivi de mon dossier", body, w.date(7, 10),
                mime=w.rng.choice(["plain", "html"]))


@scenario("fr", BLOCK, ["ART9_HEALTH"], "conge-maladie-depression",
          "Mme X est en congé de maladie pour dépression : information transmise à un prestataire externe", 2)
def fr_sick(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["liege", "brussels"])]
    off, emp = w.official(inst), w.citizen("fr")
    cause = w.rng.choice(["dépression", "burn-out sévère", "un cancer du sein en traitement",
                          "une fracture de la hanche", "un trouble bipolaire"])
    civ = "Mme" if emp.female else "M."
    fem = "e" if emp.female else ""
    body = (f"Bonjour Monsieur Gérard,\n\nJe vous informe que {civ} {emp.last} ({emp.first}), affecté{fem} "
            f"au service Travaux, est en congé de maladie pour {cause} depuis le {w.rng.randint(2, 28)} "
            f"{MONTHS['fr'][w.rng.randint(3, 9)]}. Le certificat médical couvre une période de "
            f"{w.rng.randint(3, 10)} semaines.\n\nPourriez-vous prévoir un remplacement temporaire via votre "
            f"bureau d'intérim ?\n\n{_bye(w)}\n\n{w.signature(off, inst, 'fr')}")
    return Mail(off, ["Paul Gérard <p.gerard@tempo-interim.be>"], f"Absence {civ} {emp.last}", body, w.date())


@scenario("fr", BLOCK, ["IBAN_CODE"], "allocations-compte-beneficiaire",
          "versement d'allocations familiales sur le compte personnel d'un parent", 2)
def fr_iban(w: World) -> Mail:
    inst = w.insts["famiwal"]
    off, cit = w.official(inst), w.citizen("fr")
    ib = N.fmt_iban(N.iban_be(w.rng), w.rng.random() < 0.6)
    body = (f"{_hi(cit)}\n\nSuite à votre demande de modification, les allocations familiales seront "
            f"versées à partir du mois de {MONTHS['fr'][w.rng.randint(6, 11)]} sur le compte {ib} au nom de "
            f"{'Madame' if cit.female else 'Monsieur'} {cit.name}.\n\nLe supplément social a été recalculé "
            f"sur base des revenus du ménage.\n\n{_bye(w)}\n\n{w.signature(off, inst, 'fr')}")
    return Mail(off, [cit.addr], "Modification du numéro de compte", body, w.date())


@scenario("fr", BLOCK, ["BE_BIS_NUMBER"], "numero-bis-employeur",
          "numéro BIS d'un travailleur étranger communiqué à l'employeur", 2)
def fr_bis(w: World) -> Mail:
    inst = w.insts["onem"]
    off, worker = w.official(inst), w.citizen("en")
    bis = N.fmt_nn(N.bis_number(w.rng, w.rng.random() < 0.5), w.rng.choice(["dotted", "compact", "dashed"]))
    body = (f"Madame, Monsieur,\n\nVotre travailleur {worker.name} ne dispose pas d'un numéro de registre "
            f"national. Un numéro BIS lui a été attribué : {bis}.\n\nVous pouvez l'utiliser pour la "
            f"déclaration DRS et la DIMONA.\n\n{_bye(w)}\n\n{w.signature(off, inst, 'fr')}")
    return Mail(off, [w.rng.choice(["Secrétariat social <drs@groupe-dumont.be>",
                                    "RH Carrières du Hainaut <rh@carrieres-hainaut.be>"])],
                f"Numéro BIS – {worker.last}", body, w.date())


@scenario("fr", BLOCK, ["ART10_CRIMINAL"], "casier-judiciaire-condamne",
          "extrait de casier judiciaire : le candidat a été condamné, info envoyée à une ASBL", 2)
def fr_criminal(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["liege", "cpas"])]
    off, cit = w.official(inst), w.citizen("fr")
    crime = w.rng.choice(["vol avec violence", "coups et blessures volontaires", "escroquerie",
                          "trafic de stupéfiants", "abus de confiance"])
    body = (f"Bonjour Madame Renson,\n\nComme convenu par téléphone, je vous confirme que l'extrait de casier "
            f"judiciaire de {cit.name} n'est pas vierge : {'il' if not cit.female else 'elle'} a été "
            f"condamné{'e' if cit.female else ''} en {w.rng.randint(2015, 2024)} par le tribunal "
            f"correctionnel de {w.rng.choice(['Liège', 'Charleroi', 'Namur'])} pour {crime}, avec une peine "
            f"de {w.rng.randint(6, 30)} mois avec sursis.\n\nNous ne pouvons donc pas proposer sa "
            f"candidature pour l'encadrement des jeunes.\n\n{_bye(w)}\n\n{w.signature(off, inst, 'fr')}")
    return Mail(off, ["Françoise Renson <f.renson@asbl-lespetitspas.be>"], "Candidature animateur", body,
                w.date())


@scenario("fr", BLOCK, ["CREDIT_CARD"], "numero-carte-paiement",
          "numéro de carte et date d'expiration d'un citoyen dans un mail au prestataire de paiement", 2)
def fr_card(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["liege", "brussels"])]
    off, cit = w.official(inst), w.citizen("fr")
    brand = w.rng.choice(["visa", "mastercard", "bancontact"])
    body = (f"Bonjour,\n\nUn citoyen, {cit.name}, nous signale avoir été débité deux fois pour sa demande "
            f"de carte de stationnement.\n\nCarte {brand.capitalize()} n° "
            f"{N.fmt_card(N.card(w.rng, brand))}, expiration {w.rng.randint(1, 12):02d}/"
            f"{w.rng.randint(27, 31)}\nMontant : 2 x 25,00 EUR\n\nMerci de procéder au remboursement du "
            f"doublon.\n\n{_bye(w)}\n{off.name}")
    return Mail(off, ["Support e-commerce <support@ogone-example-psp.eu>"], "Double débit", body, w.date())


@scenario("fr", BLOCK, ["BE_NATIONAL_NUMBER", "ART9_HEALTH"], "handicap-niss-medical",
          "dossier handicap : NISS et diagnostic transmis à une mutualité", 2)
def fr_handicap(w: World) -> Mail:
    inst = w.insts["soc_fr"]
    off, cit = w.official(inst), w.citizen("fr")
    nn = N.fmt_nn(N.national_number(w.rng, 1950, 2005), w.rng.choice(["dotted", "spaced"]))
    cond = w.rng.choice(["d'une sclérose en plaques", "d'une trisomie 21", "d'une paraplégie",
                         "d'une schizophrénie stabilisée", "d'une insuffisance cardiaque sévère"])
    body = (f"Chère collègue,\n\nPour {cit.name} (NISS {nn}), notre médecin a reconnu une réduction "
            f"d'autonomie de {w.rng.randint(9, 18)} points en raison {cond}. L'allocation "
            f"d'intégration est octroyée à partir du 1er {MONTHS['fr'][w.rng.randint(4, 9)]}.\n\n"
            f"{_bye(w)}\n\n{w.signature(off, inst, 'fr')}")
    return Mail(off, ["Service social <service.social@solidaris-example.be>"], "Décision allocation",
                body, w.date(), mime=w.rng.choice(["plain", "html"]))


@scenario("fr", BLOCK, ["BE_NATIONAL_NUMBER"], "pension-qp-niss",
          "service des pensions à un avocat ; numéro national coupé par un saut de ligne quoted-printable", 2)
def fr_qp(w: World) -> Mail:
    inst = w.insts["wallonie"]
    off, cit = w.official(inst), w.citizen("fr")
    nn = N.fmt_nn(N.national_number(w.rng, 1940, 1960), w.rng.choice(["dotted", "compact", "spaced"]))
    body = (f"Maître,\n\nDans le cadre de la requête introduite pour votre cliente, Madame {cit.name}, "
            f"numéro de registre national {nn}, je vous informe que l'allocation pour l'aide aux personnes "
            f"âgées (APA) a été revue à la hausse à la suite de son entrée en maison de repos.\n\n"
            f"{_bye(w)}\n\n{w.signature(off, inst, 'fr')}")
    return Mail(off, ["Me Antoine Leroy <a.leroy@avocats-leroy.be>"], f"Votre cliente {cit.last} – APA",
                body, w.date(), mime="qp", qp_split=nn)


@scenario("fr", BLOCK, ["ART9_TRADE_UNION"], "affiliation-syndicale-delegue",
          "affiliation syndicale d'un agent nommé transmise à un consultant externe", 1)
def fr_union(w: World) -> Mail:
    inst = w.insts["liege"]
    off, emp = w.official(inst), w.citizen("fr")
    union = w.rng.choice(["la CGSP", "la CSC Services publics", "le SLFP"])
    body = (f"Bonjour Hélène,\n\nPour la préparation de la réorganisation du service Propreté, attention : "
            f"{emp.name} est affilié{'e' if emp.female else ''} à {union} et sera probablement présent"
            f"{'e' if emp.female else ''} comme délégué{'e' if emp.female else ''} lors de la réunion de "
            f"concertation. Ses collègues {w.rng.choice(['Luc', 'Marc'])} et "
            f"{w.rng.choice(['Nadia', 'Anne'])} sont également syndiqués.\n\n{_bye(w)}\n{off.name}")
    return Mail(off, ["Hélène Masson <helene.masson@ey-consulting-example.be>"], "Réorganisation Propreté",
                body, w.date())


@scenario("fr", BLOCK, ["ART9_RELIGION", "ART9_ETHNIC_ORIGIN"], "origine-religion-candidat",
          "origine ethnique et religion d'une personne nommée dans un mail à un bailleur social", 1)
def fr_religion(w: World) -> Mail:
    inst = w.insts["cpas"]
    off, cit = w.official(inst), w.citizen("fr", female=False)
    body = (f"Bonjour,\n\nJe soutiens la candidature de la famille {cit.last} pour le logement de la rue "
            f"Puissant. Monsieur {cit.name} est d'origine congolaise et la famille est de confession "
            f"musulmane pratiquante ; ils souhaitent rester à proximité de la mosquée du quartier.\n\n"
            f"{_bye(w)}\n\n{w.signature(off, inst, 'fr')}")
    return Mail(off, ["Attributions <attributions@lalogementdecharleroi.be>"], "Candidature logement",
                body, w.date())


@scenario("fr", BLOCK, ["ART9_POLITICAL_OPINION"], "opinion-politique-agent",
          "opinion politique et appartenance à un parti d'un agent nommé, envoyé à un journaliste", 1)
def fr_political(w: World) -> Mail:
    inst = w.insts["wallonie"]
    off, emp = w.official(inst), w.citizen("fr")
    party = w.rng.choice(["du PTB", "d'Ecolo", "du MR", "des Engagés", "du PS"])
    body = (f"Bonjour Jérôme,\n\nOff the record : le nouveau directeur, {emp.name}, est membre "
            f"{party} depuis des années et a milité activement contre la réforme. Cela explique "
            f"sans doute sa position dans le dossier.\n\nÀ toi de voir ce que tu en fais.\n{off.first}")
    return Mail(off, ["Jérôme Lallemand <jlallemand@lesoir-example.be>"], "Le nouveau directeur", body,
                w.date())


@scenario("fr", BLOCK, ["ART9_HEALTH", "BE_NATIONAL_NUMBER"], "cpas-revenu-integration-sante",
          "CPAS : suivi d'un bénéficiaire avec hospitalisation psychiatrique et NISS, vers une maison d'accueil", 2)
def fr_cpas(w: World) -> Mail:
    inst = w.insts["cpas"]
    off, cit = w.official(inst), w.citizen("fr")
    nn = N.fmt_nn(N.national_number(w.rng, 1970, 2004), w.rng.choice(["dotted", "compact", "dots"]))
    body = (f"Bonjour,\n\nVoici les informations demandées pour l'accueil de {cit.name} :\n\n"
            f"- NISS : {nn}\n- revenu d'intégration au taux isolé depuis {w.rng.randint(2019, 2025)}\n"
            f"- sortie d'hospitalisation psychiatrique (CHU, unité fermée) le {w.rng.randint(1, 28)}/"
            f"{w.rng.randint(5, 10)}\n- traitement : {w.rng.choice(['lithium', 'olanzapine', 'méthadone'])}, "
            f"suivi par le centre de santé mentale\n\n{_bye(w)}\n\n{w.signature(off, inst, 'fr')}")
    return Mail(off, ["Accueil <accueil@maison-lepont-asbl.be>"], "Accueil bénéficiaire", body, w.date())


@scenario("fr", BLOCK, ["ART9_GENETIC", "ART9_HEALTH"], "test-genetique-agent",
          "résultat de test génétique (maladie de Huntington) d'un agent nommé envoyé à un assureur", 1)
def fr_genetic(w: World) -> Mail:
    inst = w.insts["brussels"]
    off, emp = w.official(inst), w.citizen("fr")
    body = (f"Madame,\n\nDans le cadre de la demande d'aménagement de poste de {emp.name}, nous vous "
            f"transmettons le rapport du centre de génétique humaine : le test génétique confirme la "
            f"mutation du gène HTT (maladie de Huntington).\n\n{_bye(w)}\n\n{w.signature(off, inst, 'fr')}")
    return Mail(off, ["Gestion sinistres <sinistres@assurances-ag-example.be>"], "Aménagement de poste",
                body, w.date())


@scenario("fr", BLOCK, ["ART9_BIOMETRIC"], "empreintes-digitales-pointage",
          "gabarits d'empreintes digitales d'agents nommés envoyés au fournisseur de pointeuses", 1)
def fr_biometric(w: World) -> Mail:
    inst = w.insts["liege"]
    off = w.official(inst)
    names = [w.citizen("fr").name for _ in range(3)]
    body = (f"Bonjour,\n\nSuite au bug de la pointeuse du dépôt de Bressoux, vous trouverez ci-dessous "
            f"l'export des empreintes digitales enregistrées (gabarits ISO 19794-2) pour les agents "
            f"{', '.join(names)}.\n\nMerci de les réimporter dans le nouveau terminal.\n\n{_bye(w)}\n{off.name}")
    return Mail(off, ["Support <support@timecontrol-solutions.be>"], "Réimport empreintes", body, w.date())


@scenario("fr", BLOCK, ["ART9_SEX_LIFE"], "orientation-sexuelle-agent",
          "orientation sexuelle d'un agent nommé mentionnée à un prestataire externe", 1)
def fr_sex(w: World) -> Mail:
    inst = w.insts["brussels"]
    off, emp = w.official(inst), w.citizen("fr")
    body = (f"Bonjour Madame Vincent,\n\nPour la médiation que vous menez dans l'équipe Comptabilité : "
            f"{emp.name} nous a confié être homosexuel{'le' if emp.female else ''} et se sentir visé"
            f"{'e' if emp.female else ''} par les remarques de certains collègues. Il me semble important que "
            f"vous le sachiez avant l'entretien.\n\n{_bye(w)}\n\n{w.signature(off, inst, 'fr')}")
    return Mail(off, ["Claire Vincent <c.vincent@mediation-travail.be>"], "Médiation équipe Comptabilité",
                body, w.date())


@scenario("fr", BLOCK, ["BE_NATIONAL_NUMBER", "IBAN_CODE"], "remboursement-impot-html",
          "remboursement d'impôt : numéro national et compte personnel dans un mail HTML", 1)
def fr_refund(w: World) -> Mail:
    inst = w.insts["fin_fr"]
    off, cit = w.official(inst), w.citizen("fr")
    body = (f"{_hi(cit)}\n\nVotre remboursement d'impôt de {w.rng.randint(150, 2400)},{w.rng.randint(10, 99)} "
            f"EUR sera versé dans les prochains jours.\n\nBénéficiaire : {cit.name}\nNuméro national : "
            f"{N.fmt_nn(N.national_number(w.rng), 'dotted')}\nCompte : {N.fmt_iban(N.iban_be(w.rng))}\n\n"
            f"{_bye(w)}\n\n{w.signature(off, inst, 'fr')}")
    return Mail(off, [cit.addr], "Votre remboursement", body, w.date(), mime="html")


# --------------------------------------------------------------------------------------------- allow
@scenario("fr", ALLOW, [], "redevance-iban-institution",
          "paiement d'une redevance sur le compte de l'institution avec communication structurée", 3)
def fr_fee(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["fin_fr", "liege", "wallonie"])]
    off, cit = w.official(inst), w.citizen("fr")
    body = (f"{_hi(cit)}\n\nVotre demande est complète. Nous vous invitons à verser la redevance de "
            f"{w.rng.randint(10, 80)},00 EUR sur le compte {N.fmt_iban(inst.iban)} de {inst.name}, avec la "
            f"communication structurée {N.ogm(w.rng)}.\n\nDès réception du paiement, le document vous sera "
            f"envoyé dans votre eBox.\n\n{_bye(w)}\n\n{w.signature(off, inst, 'fr')}")
    return Mail(off, [cit.addr], "Paiement de la redevance", body, w.date(), mime=w.rng.choice(["plain", "html"]))


@scenario("fr", ALLOW, [], "signature-riche-reunion",
          "organisation d'une réunion entre administrations ; signature complète avec GSM, LinkedIn, BCE", 3)
def fr_meeting(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["wallonie", "brussels", "onem", "famiwal"])]
    off = w.official(inst)
    peer = w.official(w.insts[w.rng.choice(["soc_fr", "fin_fr", "liege"])])
    topic = w.rng.choice(["le groupe de travail sur la simplification administrative",
                          "la migration vers la nouvelle plateforme eBox", "le comité de concertation",
                          "la formation RGPD des agents d'accueil"])
    body = (f"Bonjour {peer.first},\n\nJe te confirme la réunion sur {topic} le "
            f"{w.day('fr')} à {w.rng.choice(['9h30', '10h', '14h'])}, salle "
            f"{w.rng.choice(['Meuse', 'Sambre', '3.12', 'Ourthe'])}.\n\nN'hésite pas à m'appeler sur mon GSM "
            f"en cas de souci.\n\n{_bye(w)}\n\n{w.signature(off, inst, 'fr', rich=True)}")
    return Mail(off, [peer.addr], "Confirmation réunion", body, w.date())


@scenario("fr", ALLOW, [], "reference-ressemble-niss",
          "numéros de dossier et de commande à 11 chiffres qui ne passent pas le contrôle modulo 97", 3)
def fr_lookalike(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["fin_fr", "onem", "famiwal"])]
    off, cit = w.official(inst), w.citizen("fr")
    ref = N.fmt_nn(N.bad_national_number(w.rng), w.rng.choice(["dotted", "compact", "dashed"]))
    order = N.eleven_digits_invalid(w.rng)
    body = (f"{_hi(cit)}\n\nPour des raisons de sécurité, nous ne communiquons pas de données personnelles "
            f"par courrier électronique. Vous pouvez consulter votre dossier via MyMinfin ou votre eBox.\n\n"
            f"Merci de mentionner la référence {ref} (commande {order}) dans toute correspondance.\n\n"
            f"{_bye(w)}\n\n{w.signature(off, inst, 'fr')}")
    return Mail(off, [cit.addr], f"Votre demande – réf. {ref}", body, w.date())


@scenario("fr", ALLOW, [], "marche-public-hopital",
          "marché public pour un hôpital : vocabulaire médical générique", 2)
def fr_tender(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["wallonie", "brussels"])]
    off = w.official(inst)
    body = (f"Madame, Monsieur,\n\nNous vous informons que le cahier spécial des charges relatif à la "
            f"fourniture de lits d'hôpitaux, de respirateurs et de matériel de dialyse pour les centres "
            f"hospitaliers régionaux est publié sur e-Procurement (référence "
            f"SPW-{w.rng.randint(2026, 2026)}-{w.rng.randint(100, 999)}).\n\nLa séance d'information aura lieu "
            f"le {w.rng.randint(2, 27)} {MONTHS['fr'][w.rng.randint(6, 11)]}. Les offres doivent couvrir la "
            f"maintenance pour les unités de soins intensifs et d'oncologie.\n\n{_bye(w)}\n\n"
            f"{w.signature(off, inst, 'fr')}")
    return Mail(off, ["offres@medequip-benelux.be"], "Publication marché – équipements hospitaliers", body,
                w.date())


@scenario("fr", ALLOW, [], "preavis-greve-syndicats",
          "préavis de grève des syndicats : information générale, aucune affiliation individuelle", 2)
def fr_strike(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["liege", "cpas", "onem"])]
    off = w.official(inst)
    body = (f"Mesdames, Messieurs,\n\nLa CGSP, la CSC et le SLFP ont déposé un préavis de grève pour le "
            f"{w.rng.randint(2, 27)} {MONTHS['fr'][w.rng.randint(9, 12)]}. Nos guichets pourraient être "
            f"fermés ce jour-là. Les rendez-vous seront reportés et les usagers prévenus par SMS.\n\n"
            f"{_bye(w)}\n\n{w.signature(off, inst, 'fr')}")
    return Mail(off, ["partenaires@union-des-villes-wallonie.be"], "Préavis de grève – impact", body, w.date())


@scenario("fr", ALLOW, [], "communique-presse-sante",
          "communiqué de presse : la ministre de la Santé annonce un plan, aucune personne concernée", 2)
def fr_press(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["wallonie", "brussels"])]
    off = w.official(inst)
    body = ("COMMUNIQUÉ DE PRESSE\n\nLa ministre de la Santé présente le plan wallon de prévention du "
            "diabète et de l'obésité\n\nLe plan prévoit 12 millions d'euros pour le dépistage dans les "
            "écoles, des consultations diététiques remboursées et une campagne sur l'activité physique. "
            "Selon Sciensano, 6 % de la population adulte souffre de diabète.\n\n"
            f"Contact presse : {off.name} – {off.phone} – {off.email}")
    return Mail(off, ["redaction@rtbf-example.be", "info@belga.be"], "Communiqué : plan diabète", body,
                w.date())


@scenario("fr", ALLOW, [], "reforme-code-penal",
          "note sur la réforme du Code pénal et la réforme des polices ; statistiques agrégées", 2)
def fr_penal(w: World) -> Mail:
    inst = w.insts["brussels"]
    off = w.official(inst)
    body = (f"Bonjour Professeur,\n\nVoici les éléments pour le colloque sur le nouveau Code pénal :\n\n"
            f"- les condamnations pour violences intrafamiliales ont augmenté de {w.rng.randint(5, 15)} % "
            f"entre 2022 et 2025 ;\n- la réforme des zones de police bruxelloises est toujours en discussion ;\n"
            f"- la peine de probation autonome est désormais plus souvent prononcée.\n\nAucune donnée "
            f"individuelle n'est reprise.\n\n{_bye(w)}\n\n{w.signature(off, inst, 'fr')}")
    return Mail(off, ["Pr. Marc Dethier <marc.dethier@uclouvain-example.be>"], "Colloque Code pénal", body,
                w.date())


@scenario("fr", ALLOW, [], "conges-religieux-calendrier",
          "calendrier des jours fériés et fêtes religieuses pour la planification (religion sans personne)", 1)
def fr_holidays(w: World) -> Mail:
    inst = w.insts["liege"]
    off = w.official(inst)
    body = ("Bonjour à tous,\n\nPour la planification 2027, voici les jours fériés légaux (Noël, Pâques, "
            "Ascension, Toussaint...) et, pour information, les dates des principales fêtes religieuses "
            "non fériées : Aïd el-Fitr, Yom Kippour, Noël orthodoxe. Les agents peuvent demander un jour de "
            "congé à ces dates selon le règlement de travail.\n\nBonne journée,\n" + off.name)
    return Mail(off, ["planning@interim-services-liege.be"], "Jours fériés 2027", body, w.date(10, 11))


@scenario("fr", ALLOW, [], "agenda-simple",
          "courrier administratif ordinaire sans donnée personnelle", 3)
def fr_simple(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["onem", "famiwal", "wallonie", "cpas"])]
    off = w.official(inst)
    peer = w.official(w.insts[w.rng.choice(["liege", "soc_fr", "brussels"])])
    when0 = w.date()
    body = w.rng.choice([
        f"Bonjour {peer.first},\n\nMerci pour le PV. Je n'ai pas de remarque.\n\nBonne fin de journée,\n"
        f"{off.first}",
        f"Bonjour,\n\nLe comité de direction est reporté au jeudi suivant, même heure. L'ordre du jour "
        f"reste inchangé : budget 2027, plan de formation, télétravail.\n\nCordialement,\n{off.name}",
        f"Bonjour {peer.first},\n\nPeux-tu me renvoyer la dernière version de la présentation ? Je n'arrive "
        f"pas à ouvrir le lien SharePoint.\n\nMerci !\n{off.first}\n\n"
        + w.quote("Voici le lien vers la présentation pour demain.\n\n" + peer.first, peer, when0, "fr"),
    ])
    return Mail(off, [peer.addr], w.rng.choice(["Re: PV réunion", "Report CODIR", "Présentation"]), body,
                when0)


@scenario("fr", ALLOW, [], "facture-fournisseur-bce",
          "facture avec numéro BCE, numéro de TVA, numéro de commande et IBAN de l'institution", 2)
def fr_invoice(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["liege", "cpas"])]
    off = w.official(inst)
    body = (f"Madame, Monsieur,\n\nVeuillez trouver ci-dessous le rappel de la facture "
            f"{w.rng.randint(2026000, 2026999)} relative à la location de la salle polyvalente.\n\n"
            f"Montant : {w.rng.randint(300, 2500)},00 EUR\nBon de commande : {N.eleven_digits_invalid(w.rng)}\n"
            f"À verser sur : {N.fmt_iban(inst.iban)} – {inst.name}\nTVA : BE {inst.kbo}\n"
            f"Communication : {N.ogm(w.rng)}\n\nService Recettes – {inst.street}\n\n{_bye(w)}\n{off.name}")
    return Mail(off, ["comptabilite@traiteur-delmotte.be"], "Rappel de facture", body, w.date())


@scenario("fr", ALLOW, [], "carte-invalide-reference",
          "numéro de transaction à 16 chiffres qui échoue au contrôle de Luhn (pas une carte)", 1)
def fr_badcard(w: World) -> Mail:
    inst = w.insts["liege"]
    off, cit = w.official(inst), w.citizen("fr")
    body = (f"{_hi(cit)}\n\nVotre paiement en ligne a bien été reçu. Numéro de transaction : "
            f"{N.fmt_card(N.bad_card(w.rng))}.\n\nVotre carte de riverain sera envoyée par la poste.\n\n"
            f"{_bye(w)}\n\n{w.signature(off, inst, 'fr')}")
    return Mail(off, [cit.addr], "Confirmation de paiement", body, w.date())


# ------------------------------------------------------------------------------------ extra Art. 9 set
@scenario("fr", BLOCK, ["ART9_ETHNIC_ORIGIN"], "origine-rom-famille",
          "origine ethnique d'une famille nommée transmise à une école", 1)
def fr_roma(w: World) -> Mail:
    inst = w.insts["cpas"]
    off, cit = w.official(inst), w.citizen("fr")
    body = (f"Madame la Directrice,\n\nLa famille {cit.last}, d'origine rom, vient d'être relogée dans le "
            f"quartier. Les deux enfants n'ont pas été scolarisés depuis septembre ; pourriez-vous les "
            f"accueillir en classe passerelle ?\n\n{_bye(w)}\n\n{w.signature(off, inst, 'fr')}")
    return Mail(off, ["Direction <direction@ecole-communale-marcinelle.be>"], "Inscription enfants", body,
                w.date())


@scenario("fr", BLOCK, ["BE_BIS_NUMBER", "ART9_HEALTH"], "accident-travail-detache",
          "travailleur détaché : numéro BIS et lésions d'un accident du travail envoyés à l'assureur", 1)
def fr_accident(w: World) -> Mail:
    inst = w.insts["onem"]
    off, worker = w.official(inst), w.citizen("en", female=False)
    bis = N.fmt_nn(N.bis_number(w.rng), "dotted")
    body = (f"Bonjour,\n\nConcerne : accident du travail de {worker.name}, numéro BIS {bis}.\n\nLe rapport "
            f"médical mentionne une fracture ouverte du tibia et un traumatisme crânien léger ; "
            f"l'incapacité totale est estimée à trois mois.\n\n{_bye(w)}\n\n{w.signature(off, inst, 'fr')}")
    return Mail(off, ["Sinistres AT <at@assurances-federale-example.be>"], "Accident du travail", body,
                w.date(), mime="html")


@scenario("fr", ALLOW, [], "journee-homophobie",
          "invitation à la journée contre l'homophobie (sans personne concernée)", 1)
def fr_idahot(w: World) -> Mail:
    inst = w.insts["brussels"]
    off = w.official(inst)
    body = ("Chers partenaires,\n\nÀ l'occasion de la Journée mondiale contre l'homophobie et la transphobie, "
            "la Région organise une table ronde sur l'inclusion des personnes LGBTQIA+ dans la fonction "
            "publique. Inscriptions jusqu'au 10 mai.\n\n" + f"{_bye(w)}\n\n{w.signature(off, inst, 'fr')}")
    return Mail(off, ["contact@rainbowhouse-example.be"], "Table ronde 17 mai", body, w.date(4, 5))


@scenario("fr", ALLOW, [], "depot-listes-partis",
          "logistique électorale : dépôt des listes des partis (opinion politique sans personne)", 1)
def fr_lists(w: World) -> Mail:
    inst = w.insts["liege"]
    off = w.official(inst)
    body = (f"Mesdames, Messieurs les représentants des partis,\n\nLe dépôt des listes de candidats pour les "
            f"élections communales aura lieu le {w.day('fr', 8, 9)} de 9h à 12h à l'Hôtel de Ville. Merci de "
            f"vous munir des actes d'acceptation signés.\n\n{_bye(w)}\n\n{w.signature(off, inst, 'fr')}")
    return Mail(off, ["secretariat@parti-example-liege.be", "info@autre-parti-example.be"],
                "Dépôt des listes", body, w.date(6, 8))


@scenario("fr", ALLOW, [], "gsm-chiffres-comme-bis",
          "GSM professionnel dont les 11 chiffres passent par hasard le contrôle BIS (donnée de contact)", 1)
def fr_mobile_bis(w: World) -> Mail:
    inst = w.insts[w.rng.choice(["onem", "famiwal"])]
    off = w.official(inst)
    off.mobile = N.bis_shaped_mobile(w.rng)
    cit = w.citizen("fr")
    body = (f"{_hi(cit)}\n\nJe serai votre interlocuteur pour la séance d'information de jeudi. En cas de "
            f"retard, vous pouvez me joindre au {off.mobile}.\n\n{_bye(w)}\n\n"
            f"{w.signature(off, inst, 'fr', rich=True)}")
    return Mail(off, [cit.addr], "Séance d'information", body, w.date())


# ------------------------------------------------------------------------------ very short and long mails
@scenario("fr", BLOCK, ["ART9_HEALTH"], "court-hospitalisation",
          "trois lignes : hospitalisation d'une personne nommée", 1)
def fr_short_health(w: World) -> Mail:
    inst = w.insts["cpas"]
    off, cit = w.official(inst), w.citizen("fr")
    fem = "e" if cit.female else ""
    body = f"Pour info, {cit.name} est hospitalisé{fem} en psychiatrie depuis lundi.\n\n{off.first}"
    return Mail(off, ["Accueil <accueil@maison-lepont-asbl.be>"], "Info", body, w.date())


@scenario("fr", ALLOW, [], "long-fil-comite",
          "long fil de discussion entre administrations avec citations imbriquées, sans donnée personnelle", 1)
def fr_long_ok(w: World) -> Mail:
    inst = w.insts["wallonie"]
    a, b, c = w.official(inst), w.official(w.insts["liege"]), w.official(w.insts["famiwal"])
    t1, t2 = w.date(3, 4), w.date(4, 5)
    m1 = (f"Chers collègues,\n\nVoici la proposition d'ordre du jour du comité de pilotage eBox :\n\n"
          f"1. Approbation du PV\n2. État d'avancement de l'intégration eBox citoyen\n"
          f"3. Retour des communes pilotes\n4. Campagne de sensibilisation des agents\n"
          f"5. Budget 2027\n6. Divers\n\nMerci de me faire part de vos remarques.\n\n{a.name}\n{a.phone}")
    m2 = (f"Bonjour {a.first},\n\nJe propose d'ajouter un point sur la fin de l'envoi de documents "
          f"personnels par e-mail (recommandation fédérale). Pour le reste, OK pour moi.\n\n{b.name}\n\n"
          + w.quote(m1, a, t1, "fr"))
    body = (f"Bonjour à tous,\n\nBonne idée. Nous pourrons présenter les chiffres d'utilisation de l'eBox "
            f"par les familles (données agrégées). Je serai accompagnée de notre DPO.\n\n"
            f"{_bye(w)}\n\n{w.signature(c, w.insts['famiwal'], 'fr', rich=True)}\n\n" + w.quote(m2, b, t2, "fr"))
    return Mail(c, [a.addr, b.addr], "RE: Comité de pilotage eBox – ordre du jour", body, w.date(5, 6))
