"""Synthetic but realistic text for the benchmark libraries.

A vocabulary of a few thousand English word forms (base words of e-learning topics plus
their inflections, function words on top), drawn with Zipf frequencies so that search
terms behave as in real text: "the" is everywhere, "assessment" is common, a long tail
of names and codes occurs in one or two objects only. Common collocations ("risk
assessment", "customer service") are inserted as units so that phrase queries match.

Everything is driven by one `random.Random`, so a seed gives the same library twice.
"""

from __future__ import annotations

import itertools
import random

FUNCTION_WORDS = """
the of and to a in is that for it as with be on by this are or not from at an was can
you your we our they their will should must have has if when which all each more these
may any other than also how what about into only one two new such use used before after
between during through then there its do does no so most some where who but over under
while because both every any without within per first next
""".split()

NOUNS = """
safety risk hazard assessment employee manager team customer service product process
policy procedure training course lesson module learner instructor skill knowledge task
goal objective outcome result report record document file form data information system
software tool device equipment machine vehicle driver road site building room office
floor door window fire alarm exit emergency evacuation injury accident incident first-aid
health hygiene hand glove mask protection chemical substance label container spill
waste energy power electricity cable socket water pressure temperature heat light noise
dust air ventilation lifting load back posture screen keyboard chair desk break stress
wellbeing sleep diet exercise meeting project plan budget cost price invoice payment
account bank loan interest tax revenue profit loss market sale order delivery supplier
contract agreement law regulation compliance audit control standard quality defect
inspection check test sample measurement unit value number total percentage rate
time day week month year date deadline schedule shift hour minute period stage step
phase cycle change improvement problem solution cause effect factor reason example
case study scenario question answer option choice feedback score mark grade certificate
manual guide checklist template chart diagram table image picture video audio caption
transcript page section chapter topic subject area field level role responsibility
duty right privacy password email message call phone network server cloud backup
security threat attack virus link attachment website browser user access permission
patient doctor nurse medicine dose symptom treatment care ward clinic infection
cell plant animal species energy climate weather soil rock river ocean forest
language grammar word sentence paragraph letter sound reading writing speaking
history war empire king queen revolution century nation state government election
citizen community family child parent school teacher student class exam homework
team leader colleague partner visitor contractor public member group organisation
company business industry factory warehouse store shop restaurant kitchen food
allergen ingredient recipe temperature fridge freezer knife board surface cleaning
behaviour attitude value culture diversity inclusion equality respect harassment
bullying complaint conflict negotiation decision judgement evidence principle rule
strategy vision mission performance review appraisal career development coaching
feedback mentor conversation presentation slide audience story brand campaign
channel content post comment review rating trend insight analysis model method
theory concept idea approach framework structure pattern element component feature
function variable formula equation graph angle triangle circle line point shape
volume mass force speed motion gravity wave current circuit battery magnet metal
""".split()

VERBS = """
identify report assess control reduce prevent protect follow check inspect record
complete review approve submit select choose explain describe compare measure
calculate estimate plan manage organise lead support help guide train learn practise
improve change develop design create build test install maintain repair replace clean
store handle lift carry move open close start stop press turn use wear remove dispose
contact call inform notify escalate respond answer ask listen speak read write
understand remember apply analyse evaluate discuss share agree decide solve fix
deliver order pay sell buy receive send sign confirm verify protect secure update
upload download save delete access enter log share monitor observe detect warn
treat care wash dry cook serve prepare label separate avoid allow require ensure
provide include contain show display explore discover investigate research present
""".split()

ADJECTIVES = """
safe unsafe dangerous correct incorrect right wrong good poor high low large small
new old clear simple complex important essential necessary required optional
personal professional legal illegal financial technical medical physical mental
digital manual automatic electrical chemical environmental social local national
international public private internal external formal informal regular daily weekly
monthly annual final initial main key basic advanced general specific similar
different common rare possible likely certain accurate effective efficient quick
slow hot cold wet clean dirty full empty open closed secure sensitive confidential
responsible available suitable appropriate relevant significant serious minor major
positive negative active passive direct indirect total partial current previous
""".split()

COLLOCATIONS = """
risk assessment|fire safety|customer service|first aid|data protection|health and safety|
personal protective equipment|manual handling|emergency exit|fire alarm|quality control|
food hygiene|hand washing|cross contamination|root cause|action plan|line manager|
performance review|learning objective|case study|best practice|working at height|
display screen equipment|information security|phishing email|strong password|
incident report|near miss|safe system of work|climate change|supply chain|
project plan|team meeting|key performance indicator|conflict of interest|
equal opportunities|unconscious bias|mental health|active listening|
""".replace("\n", "").split("|")

FRENCH = """
le la les de des du et à un une est que pour dans sur avec par au aux ce cette ces
il elle nous vous ils leur leurs son sa ses ne pas plus tout tous être avoir faire
sécurité risque danger évaluation employé responsable équipe client service produit
processus politique procédure formation cours leçon module apprenant formateur
compétence connaissance tâche objectif résultat rapport document fichier données
système outil appareil équipement machine véhicule bâtiment bureau porte fenêtre
incendie alarme sortie urgence évacuation blessure accident premiers secours santé
hygiène main gant masque protection produit chimique étiquette déchet énergie
électricité eau pression température chaleur lumière bruit poussière air charge dos
écran clavier chaise pause stress bien-être réunion projet budget coût prix facture
paiement compte banque impôt marché vente commande livraison fournisseur contrat
loi règlement conformité audit contrôle qualité défaut inspection vérification
mesure valeur nombre total taux temps jour semaine mois année date échéance étape
phase changement amélioration problème solution cause effet exemple étude cas
question réponse choix retour note certificat guide liste modèle image vidéo page
chapitre sujet niveau rôle droit mot passe courriel message réseau sécurisé accès
identifier signaler évaluer réduire prévenir protéger suivre vérifier enregistrer
terminer examiner approuver choisir expliquer décrire comparer mesurer calculer
gérer organiser aider guider apprendre améliorer développer créer tester installer
réparer nettoyer ranger porter utiliser contacter informer répondre demander écouter
lire écrire comprendre appliquer analyser partager décider résoudre livrer payer
sûr dangereux correct important essentiel nécessaire obligatoire personnel légal
financier technique médical physique numérique électrique local national public
privé interne externe régulier quotidien annuel final principal général spécifique
différent possible efficace rapide propre sale plein vide ouvert fermé sensible
""".split()

_SYLLABLES = """ka ri to mel va sen dor li qua tra vin ost ber lun zar pe ny ul fa gri
mon tes ar ix el or bra cle dra fen gol hal jor kel lam nor pil rus sol tur ven wil""".split()


def _inflect_noun(word: str) -> list[str]:
    if word.endswith(("s", "x", "ch", "sh")):
        plural = word + "es"
    elif word.endswith("y") and word[-2] not in "aeiou":
        plural = word[:-1] + "ies"
    else:
        plural = word + "s"
    return [word, plural]


def _inflect_verb(word: str) -> list[str]:
    if word.endswith("e"):
        past, ing = word + "d", word[:-1] + "ing"
    elif word.endswith("y") and word[-2] not in "aeiou":
        past, ing = word[:-1] + "ied", word + "ing"
    else:
        past, ing = word + "ed", word + "ing"
    third = _inflect_noun(word)[1]
    return [word, third, past, ing]


def _inflect_adjective(word: str) -> list[str]:
    if word.endswith("le"):
        adverb = word[:-1] + "y"
    elif word.endswith("y"):
        adverb = word[:-1] + "ily"
    else:
        adverb = word + "ly"
    return [word, adverb]


def english_vocabulary(rng: random.Random) -> list[str]:
    """Word forms, most frequent first (function words lead, the rest shuffled)."""
    content: list[str] = []
    for words, inflect in ((NOUNS, _inflect_noun), (VERBS, _inflect_verb),
                           (ADJECTIVES, _inflect_adjective)):
        for word in dict.fromkeys(words):
            content.extend(inflect(word))
    content = list(dict.fromkeys(w for w in content if w not in FUNCTION_WORDS))
    rng.shuffle(content)
    return list(dict.fromkeys(FUNCTION_WORDS)) + content


def rare_names(rng: random.Random, count: int) -> list[str]:
    """Made-up proper names and product codes: the long tail (one or two objects each)."""
    names: set[str] = set()
    while len(names) < count:
        if rng.random() < 0.75:
            parts = rng.randint(2, 4)
            names.add("".join(rng.choice(_SYLLABLES) for _ in range(parts)))
        else:
            names.add(f"{rng.choice('abcdefghkmnprstvxz')}{rng.choice('abcdefghkmnprstvxz')}"
                      f"{rng.randint(100, 9999)}")
    return sorted(names)


def zipf_cumulative(count: int, exponent: float = 1.05, offset: float = 2.7) -> list[float]:
    weights = [1.0 / (rank + offset) ** exponent for rank in range(count)]
    return list(itertools.accumulate(weights))


class TextMaker:
    """Sentences and titles drawn from the vocabulary."""

    def __init__(self, seed: int = 1, rare_count: int = 40_000) -> None:
        self.rng = random.Random(seed)
        self.words = english_vocabulary(self.rng)
        self.cum = zipf_cumulative(len(self.words))
        self.rare = rare_names(self.rng, rare_count)
        self.french = list(dict.fromkeys(FRENCH))
        self.french_cum = zipf_cumulative(len(self.french))
        self.content_words = [w for w in self.words if w not in FUNCTION_WORDS]
        self.content_cum = zipf_cumulative(len(self.content_words), 0.9, 10)

    def _tokens(self, count: int) -> list[str]:
        rng = self.rng
        tokens = rng.choices(self.words, cum_weights=self.cum, k=count)
        for i in range(count):
            roll = rng.random()
            if roll < 0.012:
                tokens[i] = rng.choice(self.rare)
            elif roll < 0.05:
                tokens[i] = rng.choice(COLLOCATIONS)
        return tokens

    def sentence(self, low: int = 7, high: int = 18, end: str = ".") -> str:
        tokens = self._tokens(self.rng.randint(low, high))
        text = " ".join(tokens)
        if self.rng.random() < 0.15:
            cut = self.rng.randint(2, len(tokens) - 1)
            text = " ".join(tokens[:cut]) + ", " + " ".join(tokens[cut:])
        return text[0].upper() + text[1:] + end

    def sentences(self, low: int, high: int) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(low, high)))

    def title(self, low: int = 2, high: int = 6) -> str:
        words = self.rng.choices(self.content_words, cum_weights=self.content_cum,
                                 k=self.rng.randint(low, high))
        if self.rng.random() < 0.1:
            words[-1] = self.rng.choice(self.rare)
        text = " ".join(words)
        return text[0].upper() + text[1:]

    def tags(self, pool: list[str], high: int = 3) -> list[str]:
        return self.rng.sample(pool, self.rng.randint(0, high))

    def french_sentence(self, low: int = 7, high: int = 16, end: str = ".") -> str:
        tokens = self.rng.choices(self.french, cum_weights=self.french_cum,
                                  k=self.rng.randint(low, high))
        if self.rng.random() < 0.2:
            tokens[self.rng.randrange(len(tokens))] = self.rng.choice(self.rare)
        text = " ".join(tokens)
        return text[0].upper() + text[1:] + end

    def french_sentences(self, low: int, high: int) -> str:
        return " ".join(self.french_sentence() for _ in range(self.rng.randint(low, high)))

    def french_title(self) -> str:
        text = " ".join(self.rng.choices(self.french[40:], k=self.rng.randint(2, 5)))
        return text[0].upper() + text[1:]
