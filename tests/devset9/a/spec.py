from lib import take_pending
MSGS = []
CODES = {"H": "ART9_HEALTH", "E": "ART9_ETHNIC_ORIGIN", "P": "ART9_POLITICAL_OPINION", "R": "ART9_RELIGION",
         "T": "ART9_TRADE_UNION", "G": "ART9_GENETIC", "B": "ART9_BIOMETRIC", "S": "ART9_SEX_LIFE",
         "C": "ART10_CRIMINAL", "NN": "BE_NATIONAL_NUMBER", "BIS": "BE_BIS_NUMBER", "BSN": "NL_BSN",
         "IBAN": "IBAN_CODE", "CC": "CREDIT_CARD"}


def M(num, lang, action, slug, frm, to, subj, body, ents, note, att=(), html=None, cc=None,
      inreply=False, headers=None, doubtful=None):
    MSGS.append(dict(num=num, lang=lang, action=action, slug=slug, frm=frm, to=to, subj=subj,
                     body=body, ents=[CODES[e] for e in ents.split()] if ents else [], note=note,
                     att=list(att), html=html, cc=cc, inreply=inreply, headers=headers or {},
                     doubtful=doubtful, numbers=take_pending()))
