def M(lang, action, cat, slug, frm, to, subj, body, att=None, html=None, note='', cc=None):
    return dict(lang=lang, action=action, cat=cat, slug=slug, frm=frm, to=to, subj=subj, body=body,
                att=att or [], html=html, note=note, cc=cc)
