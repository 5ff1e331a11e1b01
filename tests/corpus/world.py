"""Invented people, institutions, signatures and quoting helpers shared by the corpus scenarios.

All persons and private addresses are fictitious; institution names follow real Belgian/Dutch
administrations so that the mails read like the real traffic the gateway will see.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass, field

from idnumbers import (
    enterprise_number,
    iban_be,
    iban_nl,
)

FIRST = {
    "nl": ["Jan", "Els", "Pieter", "Annelies", "Koen", "Sofie", "Bart", "Griet", "Wouter", "Lien", "Stijn",
           "Marleen", "Tom", "Inge", "Dirk", "Katrien", "Joris", "Nele", "Ruben", "Fien", "Sanne", "Daan",
           "Maartje", "Ahmed", "Fatima", "Yusuf", "Hanneke", "Bram", "Lotte", "Emre"],
    "fr": ["Marie", "Jean-Luc", "Nathalie", "Olivier", "Isabelle", "Didier", "Sophie", "Benoît", "Valérie",
           "Laurent", "Céline", "Michel", "Aurélie", "Philippe", "Catherine", "Yannick", "Sarah", "Karim",
           "Amina", "François", "Geneviève", "Thierry", "Julie", "Mehdi"],
    "de": ["Stefan", "Monika", "Jürgen", "Sabine", "Thomas", "Claudia", "Andreas", "Petra", "Markus",
           "Anja", "Helmut", "Birgit", "Lukas", "Jana", "René", "Doris"],
    "en": ["James", "Emily", "Daniel", "Olivia", "Michael", "Hannah", "Tomasz", "Ana", "Rahul", "Chloe",
           "Liam", "Priya", "Marco", "Ingrid", "Kevin", "Grace"],
}
LAST = {
    "nl": ["Peeters", "Janssens", "Maes", "Jacobs", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
           "Vermeulen", "Van den Broeck", "Verstraete", "De Vos", "Mertens", "Van Damme", "Bakker", "de Vries",
           "Jansen", "Visser", "van Dijk", "Smit", "Meijer", "de Boer", "Mulder", "El Amrani", "Yilmaz",
           "Hendrickx", "Coppens", "Lambrechts", "Dewulf"],
    "fr": ["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leclercq", "Lejeune", "Renard",
           "Michaux", "Collignon", "Gilson", "Delvaux", "Hubert", "Lemaire", "Mathieu", "Bertrand",
           "Benali", "Ndiaye", "Fontaine", "Dethier", "Piron"],
    "de": ["Müller", "Schmitz", "Kessler", "Heinen", "Lentz", "Mreyen", "Cremer", "Jost", "Margraff",
           "Schröder", "Pauels", "Kirch", "Weber", "Hilgers", "Thelen", "Rauw"],
    "en": ["Smith", "Walsh", "O'Brien", "Kowalski", "Silva", "Patel", "Novak", "Rossi", "Andersen",
           "Murphy", "Nowak", "Fernandes", "Clarke", "Moreau", "Byrne", "Lindqvist"],
}
PRIVATE_DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "telenet.be", "skynet.be", "outlook.be", "proximus.be"],
    "nlnl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.com", "outlook.com", "xs4all.nl"],
    "fr": ["gmail.com", "hotmail.com", "skynet.be", "voo.be", "proximus.be", "yahoo.fr", "outlook.be"],
    "de": ["gmail.com", "web.de", "gmx.de", "skynet.be", "telenet.be", "proximus.be"],
    "en": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "protonmail.com"],
}


FEMALE = {
    "Els", "Annelies", "Sofie", "Griet", "Lien", "Marleen", "Inge", "Katrien", "Nele", "Fien", "Sanne",
    "Maartje", "Fatima", "Hanneke", "Lotte", "Marie", "Nathalie", "Isabelle", "Sophie", "Valérie",
    "Céline", "Aurélie", "Catherine", "Sarah", "Amina", "Geneviève", "Julie", "Monika", "Sabine",
    "Claudia", "Petra", "Anja", "Birgit", "Jana", "Doris", "Emily", "Olivia", "Hannah", "Ana", "Chloe",
    "Priya", "Ingrid", "Grace"
}


@dataclass
class Institution:
    key: str
    name: str
    dept: str
    domain: str
    street: str
    phone_prefix: str
    web: str
    lang: str
    country: str = "BE"
    iban: str = ""
    kbo: str = ""


@dataclass
class Person:
    first: str
    last: str
    email: str
    function: str = ""
    phone: str = ""
    mobile: str = ""
    female: bool = True

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def addr(self) -> str:
        return f"{self.name} <{self.email}>"


INSTITUTIONS = [
    # key, name, dept, domain, street, phone prefix, web, lang, country
    ("fin", "FOD Financiën", "Algemene Administratie van de Fiscaliteit – Team Particulieren Gent",
     "minfin.fed.be", "Kortrijksesteenweg 1010, 9000 Gent", "+32 2 572", "financien.belgium.be", "nl", "BE"),
    ("fin_fr", "SPF Finances", "Administration générale de la Fiscalité – Centre Particuliers Namur",
     "minfin.fed.be", "Avenue Prince de Liège 3, 5100 Jambes", "+32 2 572", "finances.belgium.be", "fr", "BE"),
    ("fin_de", "FÖD Finanzen", "Steuerzentrum Eupen – Team Privatpersonen",
     "minfin.fed.be", "Vervierser Straße 8-10, 4700 Eupen", "+32 2 572", "finanzen.belgium.be", "de", "BE"),
    ("fin_en", "FPS Finance", "General Administration of Taxation – Non-residents Team",
     "minfin.fed.be", "Boulevard du Roi Albert II 33, 1030 Brussels", "+32 2 572", "finance.belgium.be", "en",
     "BE"),
    ("soc", "FOD Sociale Zekerheid", "DG Personen met een handicap",
     "socialsecurity.be", "Kruidtuinlaan 50, bus 150, 1000 Brussel", "+32 2 528", "handicap.belgium.be",
     "nl", "BE"),
    ("soc_fr", "SPF Sécurité sociale", "DG Personnes handicapées",
     "socialsecurity.be", "Boulevard du Jardin Botanique 50, boîte 150, 1000 Bruxelles", "+32 2 528",
     "handicap.belgium.be", "fr", "BE"),
    ("opgroeien", "Agentschap Opgroeien", "Team Groeipakket",
     "vlaanderen.be", "Hallepoortlaan 27, 1060 Brussel", "+32 2 533", "www.groeipakket.be", "nl", "BE"),
    ("vdab", "VDAB", "Dienst Bemiddeling Oost-Vlaanderen",
     "vlaanderen.be", "Kongostraat 7, 9000 Gent", "+32 9 265", "www.vdab.be", "nl", "BE"),
    ("gent", "Stad Gent", "Dienst Burgerzaken",
     "stad.gent", "Botermarkt 1, 9000 Gent", "+32 9 266", "stad.gent", "nl", "BE"),
    ("antwerpen", "Stad Antwerpen", "Personeelsdienst – Team Loonadministratie",
     "antwerpen.be", "Grote Markt 1, 2000 Antwerpen", "+32 3 338", "www.antwerpen.be", "nl", "BE"),
    ("leuven", "OCMW Leuven", "Sociale Dienst – Team Leefloon",
     "leuven.be", "Andreas Vesaliusstraat 47, 3000 Leuven", "+32 16 24", "www.leuven.be", "nl", "BE"),
    ("pension", "Federale Pensioendienst", "Dienst Uitbetalingen",
     "sfpd.fgov.be", "Zuidertoren, Europaesplanade 1, 1060 Brussel", "+32 2 529", "www.sfpd.fgov.be",
     "nl", "BE"),
    ("justitie", "FOD Justitie", "Centraal Strafregister",
     "just.fgov.be", "Waterloolaan 115, 1000 Brussel", "+32 2 552", "justitie.belgium.be", "nl", "BE"),
    ("dvz", "Dienst Vreemdelingenzaken", "Directie Toegang en Verblijf",
     "ibz.fgov.be", "Pachecolaan 44, 1000 Brussel", "+32 2 793", "dofi.ibz.be", "nl", "BE"),
    ("amsterdam", "Gemeente Amsterdam", "Directie Werk, Participatie en Inkomen",
     "amsterdam.nl", "Amstel 1, 1011 PN Amsterdam", "+31 20 255", "www.amsterdam.nl", "nl", "NL"),
    ("rijk", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "Directie Digitale Overheid",
     "rijksoverheid.nl", "Turfmarkt 147, 2511 DP Den Haag", "+31 70 426", "www.rijksoverheid.nl", "nl", "NL"),
    ("utrecht", "Gemeente Utrecht", "Afdeling Wmo en Jeugd",
     "utrecht.nl", "Stadsplateau 1, 3521 AZ Utrecht", "+31 30 286", "www.utrecht.nl", "nl", "NL"),
    ("rotterdam", "Gemeente Rotterdam", "Cluster Dienstverlening – Belastingen",
     "rotterdam.nl", "Wilhelminakade 179, 3072 AP Rotterdam", "+31 10 267", "www.rotterdam.nl", "nl", "NL"),
    ("wallonie", "Service public de Wallonie", "SPW Intérieur et Action sociale – Direction des Aînés",
     "spw.wallonie.be", "Avenue Gouverneur Bovesse 100, 5100 Jambes", "+32 81 32", "www.wallonie.be",
     "fr", "BE"),
    ("famiwal", "FAMIWAL", "Service Allocations familiales",
     "wallonie.be", "Rue de Namur 14, 5000 Namur", "+32 81 24", "www.famiwal.be", "fr", "BE"),
    ("liege", "Ville de Liège", "Département des Ressources humaines",
     "liege.be", "Place du Marché 2, 4000 Liège", "+32 4 221", "www.liege.be", "fr", "BE"),
    ("cpas", "CPAS de Charleroi", "Service social général",
     "cpascharleroi.be", "Boulevard Joseph II 13, 6000 Charleroi", "+32 71 23", "www.cpascharleroi.be",
     "fr", "BE"),
    ("brussels", "Région de Bruxelles-Capitale – talent.brussels", "Direction Gestion des carrières",
     "sprb.brussels", "Place Saint-Lazare 2, 1035 Bruxelles", "+32 2 204", "talent.brussels", "fr", "BE"),
    ("onem", "ONEM", "Bureau du chômage de Namur",
     "onem.be", "Place de la Station 9, 5000 Namur", "+32 81 71", "www.onem.be", "fr", "BE"),
    ("dg", "Ministerium der Deutschsprachigen Gemeinschaft", "Fachbereich Familie und Soziales",
     "dgov.be", "Gospertstraße 1, 4700 Eupen", "+32 87 59", "ostbelgienlive.be", "de", "BE"),
    ("ostbelgien", "Ostbelgien – Dienst für Selbstbestimmtes Leben", "Abteilung Bewertung",
     "ostbelgien.be", "Vennbahnstraße 4/4, 4780 St. Vith", "+32 80 22", "www.selbstbestimmt.be", "de", "BE"),
    ("eupen", "Stadt Eupen", "Personalabteilung",
     "eupen.be", "Am Stadthaus 1, 4700 Eupen", "+32 87 59", "www.eupen.be", "de", "BE"),
    ("adg", "Arbeitsamt der Deutschsprachigen Gemeinschaft", "Dienst Vermittlung",
     "ostbelgien.be", "Hütte 79, 4700 Eupen", "+32 87 63", "www.adg.be", "de", "BE"),
    ("ibz_en", "Immigration Office", "Single Permit Unit",
     "ibz.fgov.be", "Boulevard Pachéco 44, 1000 Brussels", "+32 2 793", "dofi.ibz.be", "en", "BE"),
    ("bosa", "FPS Policy and Support (BOSA)", "Selor – Recruitment Services",
     "bosa.fgov.be", "Boulevard Simon Bolivar 30, 1000 Brussels", "+32 2 740", "bosa.belgium.be", "en", "BE"),
    ("ams_en", "City of Amsterdam", "IN Amsterdam – Expat Services",
     "amsterdam.nl", "Amstel 1, 1011 PN Amsterdam", "+31 20 254", "www.iamsterdam.com", "en", "NL"),
    ("rvo", "Netherlands Enterprise Agency (RVO)", "International Programmes",
     "rvo.nl", "Prinses Beatrixlaan 2, 2595 AL The Hague", "+31 88 042", "english.rvo.nl", "en", "NL"),
    ("hub", "hub.brussels", "Brussels Invest & Export",
     "hub.brussels", "Chaussée de Charleroi 110, 1060 Brussels", "+32 2 800", "hub.brussels", "en", "BE"),
]

FUNCTIONS = {
    "nl": ["dossierbeheerder", "adviseur", "attaché", "maatschappelijk assistent", "HR-consultant",
           "teamverantwoordelijke", "juridisch adviseur", "beleidsmedewerker", "klantenbeheerder",
           "senior medewerker klantcontact", "consulent werk en inkomen", "projectleider"],
    "fr": ["gestionnaire de dossiers", "attaché|attachée", "conseiller|conseillère",
           "assistant social|assistante sociale", "responsable RH", "chef de service|cheffe de service",
           "juriste", "expert administratif|experte administrative", "agent traitant|agente traitante",
           "coordinateur|coordinatrice"],
    "de": ["Sachbearbeiter|Sachbearbeiterin", "Referent|Referentin", "Attaché",
           "Sozialassistent|Sozialassistentin",
           "Personalreferent|Personalreferentin", "Abteilungsleiter|Abteilungsleiterin", "Jurist|Juristin",
           "Verwaltungsassistent|Verwaltungsassistentin"],
    "en": ["case officer", "policy advisor", "programme manager", "senior adviser", "HR business partner",
           "communications officer", "account manager", "attaché"],
}


def ascii_local(text: str) -> str:
    for umlaut, repl in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, repl).replace(umlaut.upper(), repl.capitalize())
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return norm.lower().replace(" ", "").replace("'", "")


class World:
    """Deterministic factory of people, numbers and mail furniture for one scenario instance."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.insts: dict[str, Institution] = {}
        inst_rng = random.Random(4242)
        for row in INSTITUTIONS:
            inst = Institution(*row)
            inst.iban = iban_nl(inst_rng) if inst.country == "NL" else iban_be(inst_rng)
            inst.kbo = enterprise_number(inst_rng)
            self.insts[inst.key] = inst
        self.used_names: set[str] = set()

    # -- people ---------------------------------------------------------------------------------
    def _name(self, lang: str, female: bool | None = None) -> tuple[str, str]:
        pool = [f for f in FIRST[lang] if female is None or (f in FEMALE) == female]
        for _ in range(200):
            first, last = self.rng.choice(pool), self.rng.choice(LAST[lang])
            if f"{first} {last}" not in self.used_names:
                self.used_names.add(f"{first} {last}")
                return first, last
        return self.rng.choice(pool), self.rng.choice(LAST[lang])

    def official(self, inst: Institution, lang: str | None = None) -> Person:
        lang = lang or inst.lang
        first, last = self._name(lang)
        email = f"{ascii_local(first)}.{ascii_local(last)}@{inst.domain}"
        if inst.country == "NL":
            phone = f"{inst.phone_prefix} {self.rng.randint(1000, 9999)}"
        else:
            phone = f"{inst.phone_prefix} {self.rng.randint(10, 99)} {self.rng.randint(10, 99)}"
        if inst.country == "NL":
            mobile = f"+31 6 {self.rng.randint(1000, 9999)} {self.rng.randint(1000, 9999)}"
        else:
            mobile = f"+32 4{self.rng.choice('7789')}{self.rng.randint(0, 9)} {self.rng.randint(10, 99)} " \
                     f"{self.rng.randint(10, 99)} {self.rng.randint(10, 99)}"
        forms = self.rng.choice(FUNCTIONS[lang]).split("|")
        female = first in FEMALE
        function = forms[-1] if female else forms[0]
        return Person(first, last, email, function, phone, mobile, female=female)

    def citizen(self, lang: str, region: str | None = None, female: bool | None = None) -> Person:
        first, last = self._name(lang, female)
        dom = self.rng.choice(PRIVATE_DOMAINS[region or lang])
        style = self.rng.randint(0, 3)
        local = [f"{ascii_local(first)}.{ascii_local(last)}",
                 f"{ascii_local(first)}{self.rng.randint(60, 99)}",
                 f"{ascii_local(first)[0]}{ascii_local(last)}",
                 f"{ascii_local(last)}.{ascii_local(first)}{self.rng.randint(1, 9)}"][style]
        female = first in FEMALE
        return Person(first, last, f"{local}@{dom}", female=female)

    # -- mail furniture -------------------------------------------------------------------------
    def date(self, month_from: int = 3, month_to: int = 11) -> dt.datetime:
        month = self.rng.randint(month_from, month_to)
        day = self.rng.randint(1, 28)
        while dt.date(2026, month, day).weekday() >= 5:
            day = self.rng.randint(1, 28)
        tz = dt.timezone(dt.timedelta(hours=2 if 4 <= month <= 10 else 1))
        return dt.datetime(2026, month, day, self.rng.randint(7, 18), self.rng.randint(0, 59),
                           self.rng.randint(0, 59), tzinfo=tz)

    def day(self, lang: str, month_from: int = 5, month_to: int = 12) -> str:
        """A weekday with its (correct) 2026 date, e.g. 'donderdag 12 november'."""
        d = self.date(month_from, month_to)
        return f"{WEEKDAYS[lang][d.weekday()]} {d.day} {MONTHS[lang][d.month]}"

    def signature(self, who: Person, inst: Institution, lang: str, rich: bool | None = None) -> str:
        rich = self.rng.random() < 0.6 if rich is None else rich
        lines = ["--", who.name, who.function[:1].upper() + who.function[1:], inst.dept, inst.name,
                 inst.street]
        lab = {"nl": ("T", "GSM", "E"), "fr": ("Tél.", "GSM", "Courriel"),
               "de": ("Tel.", "Mobil", "E-Mail"), "en": ("Phone", "Mobile", "Email")}[lang]
        lines.append(f"{lab[0]} {who.phone}")
        if rich:
            lines.append(f"{lab[1]} {who.mobile}")
        lines.append(f"{lab[2]} {who.email}")
        lines.append(inst.web)
        if rich:
            lines.append(f"https://www.linkedin.com/in/{ascii_local(who.first)}-{ascii_local(who.last)}-"
                         f"{self.rng.randint(1000, 9999)}a{self.rng.randint(10, 99)}/")
            if inst.country == "BE":
                lines.append({"nl": "Ondernemingsnummer", "fr": "Numéro d'entreprise",
                              "de": "Unternehmensnummer", "en": "Enterprise number"}[lang] + f" {inst.kbo}")
            if self.rng.random() < 0.5:
                lines.append("")
                lines.append(DISCLAIMER[lang])
        return "\n".join(lines)

    def quote(self, text: str, who: Person, when: dt.datetime, lang: str) -> str:
        stamp = {
            "nl": f"Op {when.day} {MONTHS['nl'][when.month]} {when.year} om {when:%H:%M} schreef {who.addr}:",
            "fr": f"Le {when.day} {MONTHS['fr'][when.month]} {when.year} à {when:%H:%M}, {who.addr} a écrit :",
            "de": f"Am {when.day}. {MONTHS['de'][when.month]} {when.year} um {when:%H:%M} schrieb {who.addr}:",
            "en": f"On {when:%a}, {when.day} {MONTHS['en'][when.month]} {when.year} at {when:%H:%M}, "
                  f"{who.addr} wrote:",
        }[lang]
        quoted = "\n".join(("> " + line) if line else ">" for line in text.strip("\n").split("\n"))
        return f"{stamp}\n{quoted}"

    def forward_header(self, who: Person, to: str, when: dt.datetime, subject: str, lang: str) -> str:
        head = {"nl": ("---------- Doorgestuurd bericht ---------", "Van", "Datum", "Onderwerp", "Aan"),
                "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
                "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
                "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To")}[lang]
        return (f"{head[0]}\n{head[1]}: {who.addr}\n{head[2]}: {when.day} {MONTHS[lang][when.month]} "
                f"{when.year} {when:%H:%M}\n{head[3]}: {subject}\n{head[4]}: {to}")


MONTHS = {
    "nl": ["", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "fr": ["", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "de": ["", "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "en": ["", "January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}

WEEKDAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}

DISCLAIMER = {
    "nl": "Dit bericht is uitsluitend bestemd voor de geadresseerde. Hebt u het per vergissing ontvangen, "
          "verwijder het dan en verwittig de afzender.",
    "fr": "Ce message est destiné exclusivement à son destinataire. Si vous l'avez reçu par erreur, "
          "merci de le supprimer et d'en avertir l'expéditeur.",
    "de": "Diese E-Mail ist ausschließlich für den Empfänger bestimmt. Falls Sie sie irrtümlich erhalten "
          "haben, löschen Sie sie bitte und benachrichtigen Sie den Absender.",
    "en": "This message is intended only for the addressee. If you received it in error, please delete it "
          "and notify the sender.",
}


@dataclass
class Mail:
    """One generated message before MIME serialisation."""

    frm: Person
    to: list[str]
    subject: str
    body: str
    when: dt.datetime
    cc: list[str] = field(default_factory=list)
    mime: str = "plain"  # plain | html | qp
    qp_split: str = ""  # the exact value to split with a soft line break (mime == "qp")


@dataclass
class Scenario:
    """A message pattern with its expected verdict; `count` instances are generated with fresh data."""

    lang: str
    action: str
    entities: list[str]
    slug: str
    note: str
    count: int
    build: object


SCENARIOS: list[Scenario] = []


def scenario(lang: str, action: str, entities: list[str], slug: str, note: str, count: int = 2):
    def deco(fn):
        SCENARIOS.append(Scenario(lang, action, entities, slug, note, count, fn))
        return fn

    return deco
