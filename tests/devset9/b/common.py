from lib import *
MSGS = []

def M(lang, slug, action, ents, note, frm, to, subject, body, html=None, atts=(), cc=None,
      irt=None, extra=None):
    nums = take()
    MSGS.append(dict(lang=lang, slug=slug, action=action, ents=ents, note=note, frm=frm, to=to,
                     subject=subject, body=body, html=html, atts=list(atts), cc=cc, irt=irt,
                     extra=extra, nums=nums))

def addr(s):
    return s.split('<')[-1].rstrip('>').strip()

SIG = {
 'ibz': "\n--\nSophie Lambert\nAttachée – Direction Identité\nSPF Intérieur\nRue des Colonies 11, 1000 Bruxelles\nT +32 2 488 21 07\nsophie.lambert@ibz.test.fgov.be\n",
 'cpas': "\n\nBien à vous,\n\nMarc Dethier\nAssistant social – CPAS de Seraing-sur-Test\nTél. 04 330 86 19 | GSM 0475 12 34 90\n",
 'grh': "\n\nCordialement,\nNathalie Renard\nService du personnel (GRH)\nCommune de Wavre-Test – Place de l'Hôtel de Ville 1, 1300 Wavre\n010 23 03 45\n",
 'just': "\n\n--\nPierre Vandamme\nAssistant de justice\nMaison de justice de Namur-Test\n081 24 09 70\n",
 'en1': "\n\nKind regards,\n\nAnouk de Vries\nPolicy officer | FPS Social Security\nFinance Tower, Bd du Jardin Botanique 50, 1000 Brussels\n+32 2 528 63 40\n",
 'en2': "\n\nBest,\nTom Peeters\nICT Security – Flemish Agency for Integration (test)\n+32 9 265 71 12\n",
 'nl': "\n\nMet vriendelijke groet,\nJeroen Bakker\nAdviseur Publiekszaken, Gemeente Zuidhaven (test)\nT 010 498 22 31\n",
}
