"""Content of the bundled sample library: the course "Workplace Fire Safety".

Plain data, read by `authoring.model.sample.write_sample`. Every text a learner reads is
given as {"en": ..., "fr": ...}: English is the source locale, French a complete
translation. Block, asset and page structure, tags and workflow are described here too;
the builder only turns this into objects.

Shapes
  IMAGES:  key -> {"file", "title", "tags", "alt": {en, fr}}
  SHARED:  key -> block, reused by pages of different lessons ({"shared": key} on a page)
  COURSE:  {"title", "tags", "data", "lessons": [{"title", "data", "tags", "pages":
           [{"title", "tags", "blocks": [block | {"shared": key}]}]}]}
  block:   {"kind", "title", "tags", "data"}, plus "key" to name it for REVISION;
           a media block names its picture with "image": key (its alt defaults to the
           picture's alt text)
"""

SOURCE_LOCALE = "en"
TARGET_LOCALES = ("fr",)
LIBRARY_TITLE = "Workplace Fire Safety"
AUTHOR = "Sample author"
REVIEWER = "Sample reviewer"
CREDIT = "Coursesmith sample (drawn with Pillow)"
LICENCE = "CC0"

# ------------------------------------------------------------------------ images

IMAGES = {
    "fire_triangle": {
        "file": "fire_triangle.png",
        "title": "Fire triangle",
        "tags": ["fire", "fire triangle"],
        "alt": {
            "en": "The fire triangle: a triangle whose red left side stands for heat (a "
                  "thermometer), whose blue right side stands for oxygen (O2) and whose "
                  "brown base stands for fuel (logs), with a flame in the middle.",
            "fr": "Le triangle du feu : un triangle dont le côté gauche, rouge, représente "
                  "la chaleur (un thermomètre), le côté droit, bleu, l’oxygène (O2) et la "
                  "base, marron, le combustible (des bûches), avec une flamme au centre.",
        },
    },
    "fire_exit_sign": {
        "file": "fire_exit_sign.png",
        "title": "Fire exit sign",
        "tags": ["evacuation", "signs"],
        "alt": {
            "en": "A green fire exit sign: a white arrow pointing right, a white figure "
                  "running to the right and an open white door frame.",
            "fr": "Un panneau vert de sortie de secours : une flèche blanche vers la droite, "
                  "un personnage blanc qui court vers la droite et l’encadrement blanc "
                  "d’une porte ouverte.",
        },
    },
    "smoke_alarm": {
        "file": "smoke_alarm.png",
        "title": "Smoke detector sounding",
        "tags": ["detection", "smoke"],
        "alt": {
            "en": "A white smoke detector fixed to the ceiling, with red sound waves on "
                  "both sides, as smoke rises towards it from a small fire in a waste bin.",
            "fr": "Un détecteur de fumée blanc fixé au plafond, entouré d’ondes sonores "
                  "rouges, tandis que la fumée d’un petit feu de poubelle monte vers lui.",
        },
    },
    "call_point": {
        "file": "call_point.png",
        "title": "Manual call point",
        "tags": ["alarm", "call point"],
        "alt": {
            "en": "A red fire alarm call point with a white panel showing a house with a "
                  "flame inside; a finger presses the panel and red sound waves show the "
                  "alarm sounding.",
            "fr": "Un déclencheur manuel d’alarme incendie rouge, avec une vitre blanche "
                  "montrant une maison où brûle une flamme ; un doigt appuie sur la vitre "
                  "et des ondes sonores rouges montrent que l’alarme retentit.",
        },
    },
    "evacuation_plan": {
        "file": "evacuation_plan.png",
        "title": "Evacuation plan, ground floor",
        "tags": ["evacuation", "assembly point"],
        "alt": {
            "en": "A floor plan with six rooms, a staircase and a central corridor with "
                  "an exit at each end. A red dot marks where you are; a dark green arrow "
                  "leads from your room along the corridor to the east exit and on to the "
                  "assembly point outside, and a light green arrow shows the second route "
                  "to the west exit. Extinguishers and call points are marked by both exits.",
            "fr": "Un plan d’étage avec six pièces, un escalier et un couloir central doté "
                  "d’une sortie à chaque extrémité. Un point rouge indique votre position ; "
                  "une flèche vert foncé mène de votre bureau, par le couloir, à la sortie "
                  "est puis au point de rassemblement à l’extérieur, et une flèche vert "
                  "clair montre le second itinéraire vers la sortie ouest. Extincteurs et "
                  "déclencheurs manuels sont signalés près des deux sorties.",
        },
    },
    "extinguisher_types": {
        "file": "extinguisher_types.png",
        "title": "Extinguisher types and colour bands",
        "tags": ["extinguisher"],
        "alt": {
            "en": "Five red fire extinguishers, each with a coloured band and the classes "
                  "of fire it is for: water, red band, class A; foam, cream band, classes "
                  "A and B; carbon dioxide, black band and a horn, class B and electrical "
                  "equipment; dry powder, blue band, classes A, B, C and electrical "
                  "equipment; wet chemical, yellow band, classes A and F.",
            "fr": "Cinq extincteurs rouges, chacun avec une bande de couleur et les classes "
                  "de feux auxquelles il est destiné : eau, bande rouge, classe A ; "
                  "mousse, bande crème, classes A et B ; dioxyde de carbone, bande noire "
                  "et diffuseur en cornet, classe B et équipements électriques ; poudre, "
                  "bande bleue, classes A, B, C et équipements électriques ; solution "
                  "spéciale feux de cuisson, bande jaune, classes A et F.",
        },
    },
    "pass_technique": {
        "file": "pass_technique.png",
        "title": "PASS technique",
        "tags": ["extinguisher", "pass"],
        "alt": {
            "en": "Four numbered panels, P, A, S, S: pulling the pin out of the extinguisher "
                  "handle; aiming the nozzle at the base of the flames; squeezing the two "
                  "levers together; sweeping the nozzle from side to side across the base "
                  "of the fire.",
            "fr": "Quatre vignettes numérotées, P, A, S, S : on tire la goupille de la "
                  "poignée de l’extincteur ; on vise la base des flammes avec la buse ; on "
                  "presse les deux leviers l’un contre l’autre ; on balaie la base du feu "
                  "de gauche à droite.",
        },
    },
}

# ------------------------------------------------------------ shared blocks

SHARED = {
    "emergency_callout": {
        "kind": "callout",
        "title": "In an emergency: number and assembly point",
        "tags": ["emergency", "evacuation", "assembly point"],
        "data": {
            "variant": "note",
            "html": {
                "en": "<p><strong>In an emergency</strong></p><ul>"
                      "<li>Emergency number: <strong>112</strong> from any phone (999 also "
                      "works in the UK, 911 in North America), then tell reception on "
                      "extension <strong>2222</strong>.</li>"
                      "<li>Assembly point: <strong>Assembly point A</strong>, the visitors' "
                      "car park beside the main gate.</li></ul>"
                      "<p>Your site may have different details: they are on the fire action "
                      "notice next to every call point.</p>",
                "fr": "<p><strong>En cas d’urgence</strong></p><ul>"
                      "<li>Numéro d’urgence : <strong>112</strong> depuis n’importe quel "
                      "téléphone (en France, le 18 joint directement les sapeurs-pompiers), "
                      "puis prévenez l’accueil au poste <strong>2222</strong>.</li>"
                      "<li>Point de rassemblement : <strong>point de rassemblement A</strong>, "
                      "le parking visiteurs à côté de l’entrée principale.</li></ul>"
                      "<p>Votre site peut avoir d’autres consignes : elles figurent sur les "
                      "consignes de sécurité incendie affichées près de chaque déclencheur "
                      "manuel.</p>",
            },
        },
    },
    "fire_triangle_media": {
        "kind": "media",
        "title": "Fire triangle",
        "tags": ["fire", "fire triangle"],
        "image": "fire_triangle",
        "data": {
            "caption": {
                "en": "The fire triangle: take away heat, fuel or oxygen and the fire goes out.",
                "fr": "Le triangle du feu : supprimez la chaleur, le combustible ou l’oxygène, "
                      "et le feu s’éteint.",
            },
        },
    },
}

# --------------------------------------------------------------- the course

_TRIANGLE_TEXT = {
    "en": "<p>A fire needs three things at the same time:</p><ul>"
          "<li><strong>Heat</strong>: a flame, a spark, a hot surface or friction brings the "
          "fuel to the temperature at which it ignites;</li>"
          "<li><strong>Fuel</strong>: anything that burns, such as paper, cardboard, wood, "
          "textiles, plastics, solvents, gases or cooking oil;</li>"
          "<li><strong>Oxygen</strong>: the air around us contains about 21% oxygen, more "
          "than enough; some chemicals give off oxygen too.</li></ul>"
          "<p>Take away any one side of the triangle and the fire goes out. Every way of "
          "preventing or fighting a fire works on at least one side: keeping heat away "
          "from fuel, storing less fuel, cooling the fire with water, or smothering it so "
          "that no oxygen reaches it.</p>",
    "fr": "<p>Un feu a besoin de trois éléments réunis au même moment :</p><ul>"
          "<li><strong>la chaleur</strong> : une flamme, une étincelle, une surface chaude "
          "ou un frottement porte le combustible à sa température d’inflammation ;</li>"
          "<li><strong>le combustible</strong> : tout ce qui brûle, comme le papier, le "
          "carton, le bois, les textiles, les plastiques, les solvants, les gaz ou l’huile "
          "de cuisson ;</li>"
          "<li><strong>l’oxygène</strong> (le comburant) : l’air ambiant en contient environ "
          "21 %, largement assez ; certains produits chimiques en dégagent aussi.</li></ul>"
          "<p>Supprimez un seul côté du triangle et le feu s’éteint. Toute mesure de "
          "prévention ou de lutte agit sur au moins un côté : éloigner la chaleur du "
          "combustible, stocker moins de matières combustibles, refroidir le feu avec de "
          "l’eau, ou l’étouffer pour le priver d’oxygène.</p>",
}
_TETRAHEDRON = {
    "en": "<p>Some references add a fourth side, the chemical chain reaction that keeps "
          "the flames going, and speak of the <em>fire tetrahedron</em>. Dry powder "
          "extinguishers work mainly by breaking that chain reaction.</p>",
    "fr": "<p>Certaines références ajoutent un quatrième élément, la réaction chimique en "
          "chaîne qui entretient les flammes, et parlent alors de <em>tétraèdre du feu</em>. "
          "Les extincteurs à poudre agissent surtout en interrompant cette réaction.</p>",
}


def _q(prompt, feedback_correct, feedback_incorrect, points=1, **parts):
    """A question's data: the parts every type has, plus its own (choices, answer...)."""
    return {"prompt": prompt, "points": points, "attempts": 2,
            "feedback_correct": feedback_correct,
            "feedback_incorrect": feedback_incorrect, **parts}


COURSE = {
    "title": {"en": "Workplace Fire Safety", "fr": "La sécurité incendie au travail"},
    "tags": ["fire", "safety", "compliance"],
    "data": {
        "pass_mark": 80,
        "completion": "all_pages",
        "navigation": "free",
        "description": {
            "en": "A 30-minute course for every member of staff: how fires start, how to "
                  "prevent them at work, and what to do when the alarm sounds: raising the "
                  "alarm, leaving the building safely and, only when it is safe, using the "
                  "right extinguisher.",
            "fr": "Un module de 30 minutes destiné à tout le personnel : comment naît un "
                  "incendie, comment le prévenir au travail et que faire quand l’alarme "
                  "retentit : donner l’alerte, quitter le bâtiment en sécurité et, "
                  "seulement si c’est sans danger, utiliser le bon extincteur.",
        },
    },
    "lessons": [
        # ============================================================ lesson 1
        {
            "title": {"en": "Understanding fire", "fr": "Comprendre le feu"},
            "tags": ["fire"],
            "data": {"description": {
                "en": "What a fire needs to burn, how it spreads, and the classes of fire.",
                "fr": "Ce dont un feu a besoin pour brûler, comment il se propage, et les "
                      "classes de feux.",
            }},
            "pages": [
                {
                    "title": {"en": "Why fire safety matters",
                              "fr": "Pourquoi la sécurité incendie nous concerne tous"},
                    "tags": ["introduction"],
                    "blocks": [
                        {"kind": "text", "title": "Welcome and objectives", "tags": ["introduction"],
                         "data": {"html": {
                             "en": "<p>Most workplace fires are small when they start, and most "
                                   "have an ordinary cause: an overloaded socket, a heater too "
                                   "close to paper, a bin full of oily rags, a cigarette that "
                                   "was not quite out. What happens in the first few minutes "
                                   "decides whether a fire stays small.</p>"
                                   "<p>This course takes about 30 minutes. By the end of it you "
                                   "will be able to:</p><ul>"
                                   "<li>explain what a fire needs to burn, and how that helps "
                                   "you prevent and fight it;</li>"
                                   "<li>spot the common fire hazards in your own work area;</li>"
                                   "<li>raise the alarm and leave the building by the safest "
                                   "route;</li>"
                                   "<li>decide whether a fire is small enough to tackle, and "
                                   "choose the right extinguisher.</li></ul>"
                                   "<p>Most pages end with a short question. You need 80% "
                                   "overall to pass.</p>",
                             "fr": "<p>La plupart des incendies sur le lieu de travail sont "
                                   "modestes au départ, et la plupart ont une cause banale : une "
                                   "prise surchargée, un radiateur trop près de papiers, une "
                                   "poubelle remplie de chiffons gras, une cigarette mal "
                                   "éteinte. Ce qui se passe dans les premières minutes décide "
                                   "si le feu restera petit.</p>"
                                   "<p>Ce module dure environ 30 minutes. À la fin, vous "
                                   "saurez :</p><ul>"
                                   "<li>expliquer ce dont un feu a besoin pour brûler, et en quoi "
                                   "cela aide à le prévenir et à le combattre ;</li>"
                                   "<li>repérer les risques d’incendie courants dans votre "
                                   "espace de travail ;</li>"
                                   "<li>donner l’alerte et quitter le bâtiment par l’itinéraire "
                                   "le plus sûr ;</li>"
                                   "<li>juger si un feu est assez petit pour être attaqué, et "
                                   "choisir le bon extincteur.</li></ul>"
                                   "<p>La plupart des pages se terminent par une courte "
                                   "question. Il faut obtenir 80 % au total pour réussir.</p>",
                         }}},
                        {"shared": "emergency_callout"},
                    ],
                },
                {
                    "title": {"en": "The fire triangle", "fr": "Le triangle du feu"},
                    "tags": ["fire triangle"],
                    "blocks": [
                        {"kind": "text", "key": "triangle_text", "title": "What a fire needs",
                         "tags": ["fire triangle"], "data": {"html": _TRIANGLE_TEXT}},
                        {"shared": "fire_triangle_media"},
                        {"kind": "callout", "title": "Two questions to spot a hazard",
                         "tags": ["hazards"],
                         "data": {"variant": "tip", "html": {
                             "en": "<p>When you look around your work area for fire hazards, "
                                   "ask two questions: <em>what could get hot?</em> and "
                                   "<em>what could burn?</em> The hazard is where the answers "
                                   "meet.</p>",
                             "fr": "<p>Quand vous inspectez votre espace de travail, posez-vous "
                                   "deux questions : <em>qu’est-ce qui peut chauffer ?</em> et "
                                   "<em>qu’est-ce qui peut brûler ?</em> Le danger se trouve là "
                                   "où les deux réponses se rencontrent.</p>",
                         }}},
                        {"kind": "question", "title": "Fire triangle: the missing side",
                         "tags": ["fire triangle", "quiz"],
                         "data": {"type": "fill_in", "case_sensitive": False, **_q(
                             {"en": "Complete the fire triangle: a fire needs heat, fuel "
                                    "and ______.",
                              "fr": "Complétez le triangle du feu : un feu a besoin de "
                                    "chaleur, de combustible et de ______."},
                             {"en": "Right: oxygen, usually from the air around us.",
                              "fr": "Exact : d’oxygène, le plus souvent celui de l’air "
                                    "ambiant."},
                             {"en": "The third side is oxygen. A fire needs heat, fuel and "
                                    "oxygen at the same time.",
                              "fr": "Le troisième côté est l’oxygène. Un feu a besoin de "
                                    "chaleur, de combustible et d’oxygène en même temps."},
                             answers={"en": ["oxygen", "air", "O2"],
                                      "fr": ["oxygène", "l’oxygène", "l'oxygène", "air",
                                             "l’air", "l'air", "O2"]},
                         )}},
                    ],
                },
                {
                    "title": {"en": "How fire spreads, and why smoke kills",
                              "fr": "Comment le feu se propage, et pourquoi la fumée tue"},
                    "tags": ["smoke"],
                    "blocks": [
                        {"kind": "text", "title": "Heat transfer and smoke", "tags": ["smoke"],
                         "data": {"html": {
                             "en": "<p>A small fire can fill a room with smoke in two to three "
                                   "minutes. Heat travels in three ways:</p><ul>"
                                   "<li><strong>Conduction</strong> through solid materials, "
                                   "such as a metal pipe or beam that passes through a wall;</li>"
                                   "<li><strong>Convection</strong> as hot gases and smoke rise, "
                                   "spread along the ceiling and move up stairwells and lift "
                                   "shafts;</li>"
                                   "<li><strong>Radiation</strong> from the flames, which can set "
                                   "fire to materials nearby without touching them.</li></ul>"
                                   "<p>Most people who die in fires are killed by smoke, not by "
                                   "flames. Smoke contains carbon monoxide and other toxic "
                                   "gases: a few breaths can leave you confused and unable to "
                                   "find the way out. It is also hot and dark, and within "
                                   "minutes you may not see the exit sign in front of you.</p>",
                             "fr": "<p>Un petit feu peut enfumer une pièce entière en deux à "
                                   "trois minutes. La chaleur se transmet de trois façons :</p><ul>"
                                   "<li>par <strong>conduction</strong>, à travers les matériaux "
                                   "solides, par exemple un tuyau ou une poutre métallique qui "
                                   "traverse un mur ;</li>"
                                   "<li>par <strong>convection</strong>, quand les gaz chauds et "
                                   "la fumée montent, s’étalent sous le plafond et gagnent les "
                                   "cages d’escalier et d’ascenseur ;</li>"
                                   "<li>par <strong>rayonnement</strong> des flammes, qui peut "
                                   "enflammer des matériaux proches sans les toucher.</li></ul>"
                                   "<p>La plupart des victimes d’incendie meurent à cause de la "
                                   "fumée, pas des flammes. La fumée contient du monoxyde de "
                                   "carbone et d’autres gaz toxiques : quelques inspirations "
                                   "suffisent pour être désorienté et incapable de trouver la "
                                   "sortie. Elle est aussi chaude et opaque : en quelques "
                                   "minutes, vous risquez de ne plus voir le panneau de sortie "
                                   "juste devant vous.</p>",
                         }}},
                        {"kind": "callout", "title": "Stay low in smoke", "tags": ["smoke"],
                         "data": {"variant": "warning", "html": {
                             "en": "<p>If you have to move through smoke, stay low: the "
                                   "cleanest, coolest air is near the floor. Close doors "
                                   "behind you to slow the smoke down.</p>",
                             "fr": "<p>Si vous devez traverser de la fumée, baissez-vous : "
                                   "l’air le plus frais et le moins toxique se trouve près du "
                                   "sol. Fermez les portes derrière vous pour ralentir la "
                                   "fumée.</p>",
                         }}},
                        {"kind": "question", "title": "Main cause of death in fires",
                         "tags": ["smoke", "quiz"],
                         "data": {"type": "single", **_q(
                             {"en": "What causes most deaths in fires?",
                              "fr": "Quelle est la principale cause de décès dans un "
                                    "incendie ?"},
                             {"en": "That is why leaving early and closing doors "
                                    "behind you matter so much.",
                              "fr": "C’est pourquoi il est si important de "
                                    "partir tôt et de fermer les portes derrière soi."},
                             {"en": "Not quite. Most people who die in fires are killed by "
                                    "smoke and toxic gases, not by the flames.",
                              "fr": "Pas tout à fait. La plupart des victimes d’incendie "
                                    "meurent à cause de la fumée et des gaz toxiques, pas des "
                                    "flammes."},
                             choices=[
                                 {"id": "a", "correct": False,
                                  "text": {"en": "Burns from the flames",
                                           "fr": "Les brûlures causées par les flammes"},
                                  "feedback": {
                                      "en": "Burns are serious, but most victims are overcome "
                                            "by smoke before the flames reach them.",
                                      "fr": "Les brûlures sont graves, mais la plupart des "
                                            "victimes sont intoxiquées par la fumée avant "
                                            "que les flammes ne les atteignent."}},
                                 {"id": "b", "correct": True,
                                  "text": {"en": "Breathing in smoke and toxic gases",
                                           "fr": "L’inhalation de fumée et de gaz toxiques"},
                                  "feedback": {
                                      "en": "Yes. Smoke and gases such as carbon monoxide "
                                            "cause most deaths.",
                                      "fr": "Oui. La fumée et les gaz comme le monoxyde de "
                                            "carbone causent la majorité des décès."}},
                                 {"id": "c", "correct": False,
                                  "text": {"en": "Falling from windows",
                                           "fr": "Les chutes par une fenêtre"},
                                  "feedback": {
                                      "en": "It happens, but rarely. Smoke is by far the "
                                            "first cause of death.",
                                      "fr": "Cela arrive, mais rarement. La fumée est de loin "
                                            "la première cause de décès."}},
                                 {"id": "d", "correct": False,
                                  "text": {"en": "Explosions", "fr": "Les explosions"},
                                  "feedback": {
                                      "en": "Explosions are rare in an ordinary workplace. "
                                            "Smoke kills far more people.",
                                      "fr": "Les explosions sont rares sur un lieu de travail "
                                            "ordinaire. La fumée tue bien davantage."}},
                             ],
                         )}},
                    ],
                },
                {
                    "title": {"en": "Classes of fire", "fr": "Les classes de feux"},
                    "tags": ["fire classes"],
                    "blocks": [
                        {"kind": "text", "title": "The classes of fire (EN 2)",
                         "tags": ["fire classes"],
                         "data": {"html": {
                             "en": "<p>Fires are grouped into classes by what is burning, "
                                   "because the right way to put one out depends on the fuel. "
                                   "This course uses the European classes (EN 2):</p>"
                                   "<table><thead><tr><th scope=\"col\">Class</th>"
                                   "<th scope=\"col\">What is burning</th>"
                                   "<th scope=\"col\">Examples</th></tr></thead><tbody>"
                                   "<tr><td>A</td><td>Solid materials, usually organic</td>"
                                   "<td>Paper, cardboard, wood, textiles</td></tr>"
                                   "<tr><td>B</td><td>Flammable liquids</td>"
                                   "<td>Petrol, solvents, paints, alcohol</td></tr>"
                                   "<tr><td>C</td><td>Flammable gases</td>"
                                   "<td>Propane, butane, natural gas</td></tr>"
                                   "<tr><td>D</td><td>Metals</td>"
                                   "<td>Magnesium, sodium, aluminium swarf</td></tr>"
                                   "<tr><td>F</td><td>Cooking oils and fats</td>"
                                   "<td>Deep-fat fryers, chip pans</td></tr></tbody></table>"
                                   "<p>In Europe, electrical equipment is not a class of its "
                                   "own: it is a source of heat. Switch off the power if you "
                                   "can, and use an extinguisher whose label says it is safe "
                                   "on live electrical equipment, such as CO2.</p>",
                             "fr": "<p>Les feux sont regroupés en classes selon ce qui brûle, "
                                   "car la bonne façon de les éteindre dépend du combustible. "
                                   "Ce module utilise les classes européennes (norme EN 2) :</p>"
                                   "<table><thead><tr><th scope=\"col\">Classe</th>"
                                   "<th scope=\"col\">Ce qui brûle</th>"
                                   "<th scope=\"col\">Exemples</th></tr></thead><tbody>"
                                   "<tr><td>A</td><td>Matériaux solides, le plus souvent "
                                   "d’origine organique</td>"
                                   "<td>Papier, carton, bois, textiles</td></tr>"
                                   "<tr><td>B</td><td>Liquides inflammables</td>"
                                   "<td>Essence, solvants, peintures, alcool</td></tr>"
                                   "<tr><td>C</td><td>Gaz inflammables</td>"
                                   "<td>Propane, butane, gaz naturel</td></tr>"
                                   "<tr><td>D</td><td>Métaux</td>"
                                   "<td>Magnésium, sodium, copeaux d’aluminium</td></tr>"
                                   "<tr><td>F</td><td>Huiles et graisses de cuisson</td>"
                                   "<td>Friteuses</td></tr></tbody></table>"
                                   "<p>En Europe, les équipements électriques ne forment pas "
                                   "une classe à part : ce sont des sources de chaleur. Coupez "
                                   "le courant si vous le pouvez et utilisez un extincteur dont "
                                   "l’étiquette indique qu’il peut servir sur des équipements "
                                   "sous tension, comme le CO2.</p>",
                         }}},
                        {"kind": "question", "title": "Match fires to their class",
                         "tags": ["fire classes", "quiz"],
                         "data": {"type": "matching", **_q(
                             {"en": "Match each fire to its class.",
                              "fr": "Associez chaque feu à sa classe."},
                             {"en": "All matched. Knowing the class tells you which "
                                    "extinguisher to reach for.",
                              "fr": "Tout est juste. Connaître la classe d’un feu vous "
                                    "indique quel extincteur choisir."},
                             {"en": "Check the table again: A is for solids, B for liquids, "
                                    "C for gases and F for cooking oils.",
                              "fr": "Revoyez le tableau : A pour les solides, B pour les "
                                    "liquides, C pour les gaz et F pour les huiles de "
                                    "cuisson."},
                             points=2,
                             pairs=[
                                 {"id": "a",
                                  "prompt": {"en": "A waste-paper bin",
                                             "fr": "Une corbeille à papier"},
                                  "match": {"en": "Class A", "fr": "Classe A"}},
                                 {"id": "b",
                                  "prompt": {"en": "Spilled paint thinner",
                                             "fr": "Du diluant à peinture renversé"},
                                  "match": {"en": "Class B", "fr": "Classe B"}},
                                 {"id": "c",
                                  "prompt": {"en": "A leaking propane cylinder",
                                             "fr": "Une bouteille de propane qui fuit"},
                                  "match": {"en": "Class C", "fr": "Classe C"}},
                                 {"id": "d",
                                  "prompt": {"en": "A deep-fat fryer",
                                             "fr": "Une friteuse"},
                                  "match": {"en": "Class F", "fr": "Classe F"}},
                             ],
                         )}},
                    ],
                },
            ],
        },
        # ============================================================ lesson 2
        {
            "title": {"en": "Preventing fires", "fr": "Prévenir les incendies"},
            "tags": ["prevention"],
            "data": {"description": {
                "en": "The everyday hazards behind most workplace fires, and the simple "
                      "habits that stop them.",
                "fr": "Les risques du quotidien à l’origine de la plupart des incendies au "
                      "travail, et les gestes simples qui les évitent.",
            }},
            "pages": [
                {
                    "title": {"en": "Fire hazards at work",
                              "fr": "Les risques d’incendie au travail"},
                    "tags": ["hazards"],
                    "blocks": [
                        {"kind": "text", "title": "Common workplace fire hazards",
                         "tags": ["hazards"],
                         "data": {"html": {
                             "en": "<p>Preventing fire means keeping heat and fuel apart. The "
                                   "hazards behind most workplace fires are everyday ones:</p><ul>"
                                   "<li><strong>Electrical faults</strong>: damaged cables, "
                                   "overloaded extension leads, chargers left on soft "
                                   "furnishings;</li>"
                                   "<li><strong>Heaters and hot equipment</strong>: portable "
                                   "heaters near paper or curtains, toasters under cupboards, "
                                   "hot work such as welding or grinding;</li>"
                                   "<li><strong>Waste and clutter</strong>: cardboard and "
                                   "packaging piled in corridors or against the building, "
                                   "overflowing bins;</li>"
                                   "<li><strong>Smoking</strong>: cigarette ends thrown into "
                                   "bins or planters, smoking outside the shelter;</li>"
                                   "<li><strong>Flammable substances</strong>: solvents, "
                                   "aerosols and gas cylinders stored in the wrong place or "
                                   "left open;</li>"
                                   "<li><strong>Arson</strong>: rubbish and pallets left "
                                   "outside, where anyone can set fire to them.</li></ul>",
                             "fr": "<p>Prévenir les incendies, c’est tenir la chaleur à l’écart "
                                   "du combustible. Les risques à l’origine de la plupart des "
                                   "incendies au travail sont ceux du quotidien :</p><ul>"
                                   "<li><strong>les défauts électriques</strong> : câbles "
                                   "abîmés, multiprises surchargées, chargeurs posés sur des "
                                   "tissus ou des coussins ;</li>"
                                   "<li><strong>les appareils de chauffage et les équipements "
                                   "chauds</strong> : radiateurs d’appoint près de papiers ou "
                                   "de rideaux, grille-pain sous des placards, travaux par "
                                   "point chaud comme le soudage ou le meulage ;</li>"
                                   "<li><strong>les déchets et l’encombrement</strong> : cartons "
                                   "et emballages entassés dans les couloirs ou contre le "
                                   "bâtiment, poubelles qui débordent ;</li>"
                                   "<li><strong>le tabac</strong> : mégots jetés dans les "
                                   "poubelles ou les jardinières, cigarettes fumées hors de "
                                   "l’abri prévu ;</li>"
                                   "<li><strong>les produits inflammables</strong> : solvants, "
                                   "aérosols et bouteilles de gaz mal rangés ou laissés "
                                   "ouverts ;</li>"
                                   "<li><strong>la malveillance</strong> : déchets et palettes "
                                   "laissés à l’extérieur, où n’importe qui peut y mettre le "
                                   "feu.</li></ul>",
                         }}},
                        {"shared": "fire_triangle_media"},
                        {"kind": "question", "title": "Spot the fire hazards",
                         "tags": ["hazards", "quiz"],
                         "data": {"type": "multiple", **_q(
                             {"en": "Which of these are fire hazards? Select all that apply.",
                              "fr": "Parmi ces situations, lesquelles présentent un risque "
                                    "d’incendie ? Cochez toutes les bonnes réponses."},
                             {"en": "Well spotted: heat near fuel, an overloaded socket and "
                                    "fuel blocking an escape route.",
                              "fr": "Bien vu : une source de chaleur près d’un combustible, "
                                    "une prise surchargée et du combustible qui encombre un "
                                    "itinéraire d’évacuation."},
                             {"en": "Look again: the heater, the chained extension leads and "
                                    "the boxes are hazards; the closed fire door and the "
                                    "extinguisher are there to protect you.",
                              "fr": "Regardez de nouveau : le radiateur, les multiprises en "
                                    "cascade et les cartons sont des risques ; la porte "
                                    "coupe-feu fermée et l’extincteur sont là pour vous "
                                    "protéger."},
                             points=2,
                             choices=[
                                 {"id": "a", "correct": True,
                                  "text": {"en": "A portable heater next to a pile of paper",
                                           "fr": "Un radiateur d’appoint à côté d’une pile "
                                                 "de papiers"},
                                  "feedback": {"en": "Yes: a source of heat right next to fuel.",
                                               "fr": "Oui : une source de chaleur juste à côté "
                                                     "d’un combustible."}},
                                 {"id": "b", "correct": True,
                                  "text": {"en": "An extension lead plugged into another "
                                                 "extension lead",
                                           "fr": "Une multiprise branchée sur une autre "
                                                 "multiprise"},
                                  "feedback": {"en": "Yes: chained leads overload the socket "
                                                     "and can overheat.",
                                               "fr": "Oui : des multiprises en cascade "
                                                     "surchargent la prise et peuvent "
                                                     "chauffer."}},
                                 {"id": "c", "correct": True,
                                  "text": {"en": "Cardboard boxes stacked in a corridor",
                                           "fr": "Des cartons empilés dans un couloir"},
                                  "feedback": {"en": "Yes: it is fuel, and it blocks an escape "
                                                     "route.",
                                               "fr": "Oui : c’est du combustible, et cela "
                                                     "encombre un itinéraire "
                                                     "d’évacuation."}},
                                 {"id": "d", "correct": False,
                                  "text": {"en": "A closed fire door",
                                           "fr": "Une porte coupe-feu fermée"},
                                  "feedback": {"en": "A closed fire door is exactly what you "
                                                     "want: it holds back fire and smoke.",
                                               "fr": "Une porte coupe-feu fermée est "
                                                     "exactement ce qu’il faut : elle retient "
                                                     "le feu et la fumée."}},
                                 {"id": "e", "correct": False,
                                  "text": {"en": "A CO2 extinguisher on its bracket",
                                           "fr": "Un extincteur CO2 sur son support"},
                                  "feedback": {"en": "An extinguisher in its place is a safety "
                                                     "measure, not a hazard.",
                                               "fr": "Un extincteur à sa place est une mesure "
                                                     "de sécurité, pas un risque."}},
                             ],
                         )}},
                    ],
                },
                {
                    "title": {"en": "Good habits: electrics, heat and housekeeping",
                              "fr": "Les bons réflexes : électricité, chaleur et rangement"},
                    "tags": ["prevention", "electrical"],
                    "blocks": [
                        {"kind": "text", "title": "Everyday prevention habits",
                         "tags": ["prevention", "electrical"],
                         "data": {"html": {
                             "en": "<h3>Electrical equipment</h3><ul>"
                                   "<li>Look at plugs and cables before you use them. If you "
                                   "see scorch marks, a cracked casing or bare wires, stop using "
                                   "the item and report it.</li>"
                                   "<li>Use one plug per socket where you can. Never plug one "
                                   "extension lead into another.</li>"
                                   "<li>Charge phones, laptops and e-bike batteries on a hard "
                                   "surface, away from anything that burns, and never overnight "
                                   "unattended.</li></ul>"
                                   "<h3>Heat</h3><ul>"
                                   "<li>Keep portable heaters at least one metre from paper, "
                                   "furniture and curtains, and switch them off when you "
                                   "leave.</li>"
                                   "<li>Hot work (welding, cutting, grinding) needs a hot work "
                                   "permit and a fire watch afterwards.</li></ul>"
                                   "<h3>Housekeeping</h3><ul>"
                                   "<li>Empty bins every day and flatten cardboard for "
                                   "recycling.</li>"
                                   "<li>Keep corridors, stairs and exits clear at all times.</li>"
                                   "<li>Store flammable liquids in their cabinet, lids "
                                   "closed.</li></ul>",
                             "fr": "<h3>Les équipements électriques</h3><ul>"
                                   "<li>Examinez prises et câbles avant de vous en servir. Si "
                                   "vous voyez des traces de brûlure, un boîtier fendu ou des "
                                   "fils à nu, cessez d’utiliser l’appareil et signalez-le.</li>"
                                   "<li>Branchez si possible un seul appareil par prise. Ne "
                                   "branchez jamais une multiprise sur une autre.</li>"
                                   "<li>Rechargez téléphones, ordinateurs portables et batteries "
                                   "de vélo électrique sur une surface dure, loin de tout "
                                   "combustible, et jamais la nuit sans surveillance.</li></ul>"
                                   "<h3>La chaleur</h3><ul>"
                                   "<li>Gardez les radiateurs d’appoint à au moins un mètre des "
                                   "papiers, des meubles et des rideaux, et éteignez-les en "
                                   "partant.</li>"
                                   "<li>Les travaux par point chaud (soudage, découpage, "
                                   "meulage) exigent un permis de feu et une surveillance après "
                                   "les travaux.</li></ul>"
                                   "<h3>Le rangement</h3><ul>"
                                   "<li>Videz les poubelles chaque jour et aplatissez les "
                                   "cartons pour le recyclage.</li>"
                                   "<li>Gardez en permanence les couloirs, les escaliers et les "
                                   "sorties dégagés.</li>"
                                   "<li>Rangez les liquides inflammables dans leur armoire, "
                                   "couvercles fermés.</li></ul>",
                         }}},
                        {"kind": "callout", "title": "The two-minute end-of-day check",
                         "tags": ["prevention"],
                         "data": {"variant": "tip", "html": {
                             "en": "<p>Take two minutes at the end of the day: heaters off, "
                                   "chargers unplugged, bins emptied, exit route clear. Many "
                                   "night-time fires start with something left on during the "
                                   "day.</p>",
                             "fr": "<p>Prenez deux minutes en fin de journée : radiateurs "
                                   "éteints, chargeurs débranchés, poubelles vidées, sortie "
                                   "dégagée. Bien des incendies nocturnes partent d’un appareil "
                                   "resté allumé pendant la journée.</p>",
                         }}},
                        {"kind": "question", "title": "Chaining extension leads",
                         "tags": ["electrical", "quiz"],
                         "data": {"type": "true_false", "answer": False, **_q(
                             {"en": "Plugging one extension lead into another is a safe way "
                                    "to get more sockets.",
                              "fr": "Brancher une multiprise sur une autre est un moyen sûr "
                                    "d’obtenir plus de prises."},
                             {"en": "Right, it is not safe. Chained extension leads overload "
                                    "the wall socket and can overheat.",
                              "fr": "Exact, ce n’est pas sûr. Des multiprises en cascade "
                                    "surchargent la prise murale et peuvent chauffer."},
                             {"en": "It is not safe: chained extension leads overload the "
                                    "wall socket and can overheat. Ask for another socket "
                                    "instead.",
                              "fr": "Ce n’est pas sûr : des multiprises en cascade "
                                    "surchargent la prise murale et peuvent chauffer. "
                                    "Demandez plutôt l’installation d’une prise "
                                    "supplémentaire."},
                         )}},
                    ],
                },
                {
                    "title": {"en": "Fire doors, exits and signs",
                              "fr": "Portes coupe-feu, sorties et signalisation"},
                    "tags": ["fire doors", "evacuation"],
                    "blocks": [
                        {"kind": "text", "title": "Fire doors and exits",
                         "tags": ["fire doors", "signs"],
                         "data": {"html": {
                             "en": "<p>Buildings are divided into compartments by "
                                   "fire-resisting walls and doors. A closed fire door holds "
                                   "back fire for 30 minutes or more, and smoke long enough for "
                                   "everyone to get out.</p><ul>"
                                   "<li>Fire doors are marked <em>Fire door, keep shut</em>. "
                                   "Never wedge or prop one open. If a door has to stay open, "
                                   "it needs a hold-open device that closes it when the alarm "
                                   "sounds.</li>"
                                   "<li>Fire exits must never be locked while people are in the "
                                   "building, and nothing may be stored in front of them, "
                                   "inside or outside.</li>"
                                   "<li>Green signs with a running figure show the way to the "
                                   "nearest exit. Learn at least two ways out from where you "
                                   "work.</li></ul>",
                             "fr": "<p>Les bâtiments sont divisés en compartiments par des murs "
                                   "et des portes résistant au feu. Une porte coupe-feu fermée "
                                   "retient le feu pendant 30 minutes ou plus, et la fumée assez "
                                   "longtemps pour que tout le monde puisse sortir.</p><ul>"
                                   "<li>Les portes coupe-feu portent la mention <em>Porte "
                                   "coupe-feu, maintenir fermée</em>. Ne les calez jamais en "
                                   "position ouverte. Si une porte doit rester ouverte, elle "
                                   "doit être équipée d’un dispositif qui la ferme "
                                   "automatiquement quand l’alarme se déclenche.</li>"
                                   "<li>Les issues de secours ne doivent jamais être verrouillées "
                                   "tant que des personnes sont dans le bâtiment, et rien ne "
                                   "doit être entreposé devant, ni à l’intérieur ni à "
                                   "l’extérieur.</li>"
                                   "<li>Les panneaux verts avec un personnage qui court "
                                   "indiquent la sortie la plus proche. Repérez au moins deux "
                                   "itinéraires de sortie depuis votre poste de travail.</li></ul>",
                         }}},
                        {"kind": "media", "title": "Fire exit sign", "tags": ["signs"],
                         "image": "fire_exit_sign",
                         "data": {"caption": {
                             "en": "The fire exit sign: a running figure, a door and an "
                                   "arrow, white on green.",
                             "fr": "Le panneau de sortie de secours : un personnage qui court, "
                                   "une porte et une flèche, en blanc sur fond vert.",
                         }}},
                        {"kind": "callout", "title": "Never wedge a fire door open",
                         "tags": ["fire doors"],
                         "data": {"variant": "warning", "html": {
                             "en": "<p>A fire door wedged open with an extinguisher, a chair or "
                                   "a door wedge is one of the most common findings of fire "
                                   "inspections, and one of the most dangerous. If you see one, "
                                   "remove the wedge and report it.</p>",
                             "fr": "<p>Une porte coupe-feu calée avec un extincteur, une chaise "
                                   "ou une cale est l’un des constats les plus fréquents lors des "
                                   "inspections, et l’un des plus dangereux. Si vous en voyez "
                                   "une, retirez la cale et signalez-le.</p>",
                         }}},
                        {"kind": "question", "title": "A fire door in the way",
                         "tags": ["fire doors", "quiz"],
                         "data": {"type": "single", **_q(
                             {"en": "A fire door on your floor keeps swinging shut and gets "
                                    "in people's way. What should you do?",
                              "fr": "À votre étage, une porte coupe-feu se referme sans cesse "
                                    "et gêne le passage. Que faites-vous ?"},
                             {"en": "A fire door only protects people if it closes "
                                    "in a fire.",
                              "fr": "Une porte coupe-feu ne protège que si "
                                    "elle se ferme en cas d’incendie."},
                             {"en": "Not that one. A fire door must always be able to close "
                                    "by itself: report the problem instead.",
                              "fr": "Ce n’est pas la bonne réponse. Une porte coupe-feu doit "
                                    "toujours pouvoir se fermer seule : signalez plutôt le "
                                    "problème."},
                             choices=[
                                 {"id": "a", "correct": False,
                                  "text": {"en": "Wedge it open with a door stop",
                                           "fr": "La caler avec un butoir"},
                                  "feedback": {"en": "A wedged fire door lets fire and smoke "
                                                     "through: it no longer protects anyone.",
                                               "fr": "Une porte coupe-feu calée laisse passer "
                                                     "le feu et la fumée : elle ne protège "
                                                     "plus personne."}},
                                 {"id": "b", "correct": True,
                                  "text": {"en": "Report it, so that a hold-open device "
                                                 "linked to the alarm can be fitted",
                                           "fr": "Le signaler, pour qu’un dispositif de "
                                                 "maintien en position ouverte relié à "
                                                 "l’alarme soit installé"},
                                  "feedback": {"en": "Yes: the device keeps the door open day "
                                                     "to day and closes it when the alarm "
                                                     "sounds.",
                                               "fr": "Oui : le dispositif garde la porte "
                                                     "ouverte au quotidien et la ferme quand "
                                                     "l’alarme retentit."}},
                                 {"id": "c", "correct": False,
                                  "text": {"en": "Take off the self-closing arm",
                                           "fr": "Démonter le ferme-porte"},
                                  "feedback": {"en": "Without its closer the door will not "
                                                     "shut in a fire. That is never allowed.",
                                               "fr": "Sans ferme-porte, la porte ne se fermera "
                                                     "pas en cas d’incendie. C’est toujours "
                                                     "interdit."}},
                             ],
                         )}},
                    ],
                },
                {
                    "title": {"en": "Smoke alarms and fire detection",
                              "fr": "Détecteurs de fumée et détection incendie"},
                    "tags": ["detection", "alarm"],
                    "blocks": [
                        {"kind": "text", "title": "Detection and alarm systems",
                         "tags": ["detection", "alarm"],
                         "data": {"html": {
                             "en": "<p>The sooner a fire is detected, the more time everyone "
                                   "has to get out. Most workplaces have an automatic fire "
                                   "alarm system: smoke or heat detectors on the ceilings, "
                                   "manual call points by the exits, and sounders or flashing "
                                   "beacons throughout the building.</p><ul>"
                                   "<li>Never cover, paint or tape over a detector, not even "
                                   "during dusty work, unless the person responsible for fire "
                                   "safety has isolated it and arranged another fire watch.</li>"
                                   "<li>The fire alarm is tested regularly, usually at the same "
                                   "time each week. Learn what the test sounds like, and treat "
                                   "any other alarm as real.</li>"
                                   "<li>A detector that chirps or has come loose from its base "
                                   "must be reported, not removed.</li></ul>",
                             "fr": "<p>Plus un feu est détecté tôt, plus chacun a de temps pour "
                                   "sortir. La plupart des lieux de travail disposent d’un "
                                   "système de détection et d’alarme incendie : des détecteurs "
                                   "de fumée ou de chaleur au plafond, des déclencheurs manuels "
                                   "près des sorties, et des sirènes ou des flashs lumineux dans "
                                   "tout le bâtiment.</p><ul>"
                                   "<li>Ne couvrez, ne peignez et ne masquez jamais un "
                                   "détecteur, même pendant des travaux poussiéreux, sauf si le "
                                   "responsable de la sécurité incendie l’a neutralisé et a "
                                   "prévu une autre surveillance.</li>"
                                   "<li>L’alarme incendie est essayée régulièrement, en général "
                                   "à la même heure chaque semaine. Apprenez à reconnaître "
                                   "l’essai, et considérez toute autre alarme comme réelle.</li>"
                                   "<li>Un détecteur qui émet des bips ou qui s’est détaché de "
                                   "son socle doit être signalé, pas retiré.</li></ul>",
                         }}},
                        {"kind": "media", "title": "Smoke detector sounding",
                         "tags": ["detection", "smoke"], "image": "smoke_alarm",
                         "data": {"caption": {
                             "en": "A smoke detector on the ceiling. Keep it clear: nothing "
                                   "hanging within half a metre of it.",
                             "fr": "Un détecteur de fumée au plafond. Laissez-le dégagé : rien "
                                   "de suspendu à moins d’un demi-mètre.",
                         }}},
                        {"kind": "question", "title": "An alarm outside the test time",
                         "tags": ["alarm", "quiz"],
                         "data": {"type": "true_false", "answer": True, **_q(
                             {"en": "If the fire alarm sounds when no test is planned, you "
                                    "should treat it as a real fire.",
                              "fr": "Si l’alarme incendie retentit en dehors d’un essai "
                                    "prévu, il faut la considérer comme un véritable "
                                    "incendie."},
                             {"en": "Right. Never assume it is a false alarm: leave the "
                                    "building.",
                              "fr": "Exact. Ne supposez jamais qu’il s’agit d’une fausse "
                                    "alerte : quittez le bâtiment."},
                             {"en": "Any alarm outside the planned test is real until the "
                                    "fire marshal says otherwise. Leave the building.",
                              "fr": "Toute alarme en dehors de l’essai prévu est réelle "
                                    "jusqu’à ce que le chargé d’évacuation dise le contraire. "
                                    "Quittez le bâtiment."},
                         )}},
                    ],
                },
            ],
        },
        # ============================================================ lesson 3
        {
            "title": {"en": "When a fire starts", "fr": "Quand un incendie se déclare"},
            "tags": ["emergency", "evacuation"],
            "data": {"description": {
                "en": "Raising the alarm, leaving the building safely, and when and how to "
                      "use a fire extinguisher.",
                "fr": "Donner l’alerte, quitter le bâtiment en sécurité, et savoir quand et "
                      "comment utiliser un extincteur.",
            }},
            "pages": [
                {
                    "title": {"en": "Raise the alarm", "fr": "Donner l’alerte"},
                    "tags": ["alarm", "emergency"],
                    "blocks": [
                        {"kind": "text", "title": "If you discover a fire",
                         "tags": ["alarm", "emergency"],
                         "data": {"html": {
                             "en": "<p>If you discover a fire, however small, raise the alarm "
                                   "first. The alarm warns everyone in the building, and every "
                                   "minute it is delayed is a minute less for them to get "
                                   "out.</p><ol>"
                                   "<li>Shout “Fire!” to warn the people nearby.</li>"
                                   "<li>Operate the nearest fire alarm call point: press the "
                                   "panel, or break the glass.</li>"
                                   "<li>Call the emergency number, or make sure someone has. "
                                   "Give the address, the building and floor, what is burning "
                                   "and whether anyone is trapped.</li>"
                                   "<li>Only then decide whether it is safe to tackle the fire, "
                                   "or leave.</li></ol>"
                                   "<p>Never assume that someone else has raised the "
                                   "alarm.</p>",
                             "fr": "<p>Si vous découvrez un feu, même petit, donnez d’abord "
                                   "l’alerte. L’alarme prévient tous les occupants du bâtiment, "
                                   "et chaque minute de retard est une minute de moins pour "
                                   "évacuer.</p><ol>"
                                   "<li>Criez « Au feu ! » pour prévenir les personnes "
                                   "proches.</li>"
                                   "<li>Actionnez le déclencheur manuel d’alarme le plus "
                                   "proche : appuyez sur la vitre ou brisez-la.</li>"
                                   "<li>Appelez le numéro d’urgence, ou assurez-vous que "
                                   "quelqu’un l’a fait. Indiquez l’adresse, le bâtiment et "
                                   "l’étage, ce qui brûle et si des personnes sont "
                                   "bloquées.</li>"
                                   "<li>Ensuite seulement, décidez s’il est possible d’attaquer "
                                   "le feu sans danger, ou s’il faut partir.</li></ol>"
                                   "<p>Ne supposez jamais que quelqu’un d’autre a déjà donné "
                                   "l’alerte.</p>",
                         }}},
                        {"kind": "media", "title": "Manual call point", "tags": ["alarm"],
                         "image": "call_point",
                         "data": {"caption": {
                             "en": "A manual call point: press the panel to sound the alarm "
                                   "for the whole building.",
                             "fr": "Un déclencheur manuel d’alarme : appuyez sur la vitre pour "
                                   "déclencher l’alarme dans tout le bâtiment.",
                         }}},
                        {"shared": "emergency_callout"},
                        {"kind": "question", "title": "Discovering a fire: the order of actions",
                         "tags": ["alarm", "quiz"],
                         "data": {"type": "ordering", **_q(
                             {"en": "You discover a fire in a storeroom. Put these actions in "
                                    "the right order.",
                              "fr": "Vous découvrez un feu dans une réserve. Remettez ces "
                                    "actions dans le bon ordre."},
                             {"en": "That's the order: warn, alarm, call, leave, report.",
                              "fr": "C’est le bon ordre : prévenir, déclencher l’alarme, "
                                    "appeler, sortir, se signaler."},
                             {"en": "Not quite. Warn the people nearby, sound the alarm, "
                                    "call the emergency number, leave, then report at the "
                                    "assembly point.",
                              "fr": "Pas tout à fait. Prévenez les personnes proches, "
                                    "déclenchez l’alarme, appelez le numéro d’urgence, sortez, "
                                    "puis signalez-vous au point de rassemblement."},
                             points=2,
                             items=[
                                 {"id": "a", "text": {
                                     "en": "Shout “Fire!” to warn the people nearby",
                                     "fr": "Crier « Au feu ! » pour prévenir les personnes "
                                           "proches"}},
                                 {"id": "b", "text": {
                                     "en": "Operate the nearest call point",
                                     "fr": "Actionner le déclencheur manuel le plus proche"}},
                                 {"id": "c", "text": {
                                     "en": "Call the emergency number",
                                     "fr": "Appeler le numéro d’urgence"}},
                                 {"id": "d", "text": {
                                     "en": "Leave by the nearest safe exit, closing doors "
                                           "behind you",
                                     "fr": "Sortir par l’issue sûre la plus proche en fermant "
                                           "les portes derrière soi"}},
                                 {"id": "e", "text": {
                                     "en": "Go to the assembly point and report to the fire "
                                           "marshal",
                                     "fr": "Rejoindre le point de rassemblement et se "
                                           "signaler au chargé d’évacuation"}},
                             ],
                         )}},
                    ],
                },
                {
                    "title": {"en": "Evacuating the building", "fr": "Évacuer le bâtiment"},
                    "tags": ["evacuation"],
                    "blocks": [
                        {"kind": "text", "title": "When the alarm sounds",
                         "tags": ["evacuation"],
                         "data": {"html": {
                             "en": "<p>When the alarm sounds, leave at once by the nearest "
                                   "safe exit. Do not stop to collect your belongings or to "
                                   "finish a call.</p><ul>"
                                   "<li>Walk, do not run. Follow the green exit signs and the "
                                   "instructions of the fire marshals.</li>"
                                   "<li>Close doors behind you if nobody is left in the "
                                   "room.</li>"
                                   "<li>If smoke blocks your route, go back, close the door and "
                                   "use another exit.</li>"
                                   "<li>Help visitors and anyone who needs assistance. People "
                                   "with a personal emergency evacuation plan (PEEP) know their "
                                   "route and who helps them.</li>"
                                   "<li>Go to the assembly point and stay there until you are "
                                   "told you may leave. Never go back inside until the fire "
                                   "service says it is safe.</li></ul>",
                             "fr": "<p>Quand l’alarme retentit, partez immédiatement par "
                                   "l’issue sûre la plus proche. Ne vous arrêtez pas pour "
                                   "prendre vos affaires ou terminer un appel.</p><ul>"
                                   "<li>Marchez, ne courez pas. Suivez les panneaux verts de "
                                   "sortie et les consignes des chargés d’évacuation.</li>"
                                   "<li>Fermez les portes derrière vous s’il ne reste personne "
                                   "dans la pièce.</li>"
                                   "<li>Si la fumée bloque votre chemin, faites demi-tour, "
                                   "refermez la porte et prenez une autre sortie.</li>"
                                   "<li>Aidez les visiteurs et toute personne qui a besoin "
                                   "d’assistance. Les personnes qui disposent d’un plan "
                                   "d’évacuation individuel savent quel itinéraire prendre et "
                                   "qui les aide.</li>"
                                   "<li>Rejoignez le point de rassemblement et restez-y jusqu’à "
                                   "ce qu’on vous autorise à partir. Ne retournez jamais à "
                                   "l’intérieur avant que les sapeurs-pompiers ne l’aient "
                                   "autorisé.</li></ul>",
                         }}},
                        {"kind": "media", "title": "Evacuation plan", "tags": ["evacuation"],
                         "image": "evacuation_plan",
                         "data": {"caption": {
                             "en": "An evacuation plan: find the red dot that shows where you "
                                   "are, then the two nearest exits and the assembly point.",
                             "fr": "Un plan d’évacuation : repérez le point rouge qui indique "
                                   "où vous êtes, puis les deux sorties les plus proches et le "
                                   "point de rassemblement.",
                         }}},
                        {"kind": "callout", "title": "Never use a lift in a fire",
                         "tags": ["evacuation"],
                         "data": {"variant": "warning", "html": {
                             "en": "<p>Never use a lift during a fire, unless it is an "
                                   "evacuation lift run by trained staff: an ordinary lift can "
                                   "stop between floors or open onto the fire.</p>",
                             "fr": "<p>N’utilisez jamais l’ascenseur pendant un incendie, sauf "
                                   "s’il s’agit d’un ascenseur d’évacuation manœuvré par du "
                                   "personnel formé : un ascenseur ordinaire peut s’arrêter "
                                   "entre deux étages ou s’ouvrir sur le feu.</p>",
                         }}},
                        {"kind": "question", "title": "Where to go after leaving",
                         "tags": ["evacuation", "assembly point", "quiz"],
                         "data": {"type": "fill_in", "case_sensitive": False, **_q(
                             {"en": "Once you are out of the building, where must you go so "
                                    "that you can be counted? (two words)",
                              "fr": "Une fois sorti du bâtiment, où devez-vous aller pour "
                                    "être recensé ? (trois mots)"},
                             {"en": "Yes: the assembly point, where the fire marshals check "
                                    "that everyone is out.",
                              "fr": "Oui : au point de rassemblement, où les chargés "
                                    "d’évacuation vérifient que tout le monde est sorti."},
                             {"en": "Go to the assembly point. If you are missing there, "
                                    "firefighters may risk their lives looking for you inside.",
                              "fr": "Rendez-vous au point de rassemblement. Si vous n’y êtes "
                                    "pas, les pompiers risquent leur vie à vous chercher à "
                                    "l’intérieur."},
                             answers={"en": ["assembly point", "the assembly point"],
                                      "fr": ["point de rassemblement",
                                             "le point de rassemblement",
                                             "au point de rassemblement"]},
                         )}},
                    ],
                },
                {
                    "title": {"en": "Using a fire extinguisher", "fr": "Utiliser un extincteur"},
                    "tags": ["extinguisher"],
                    "blocks": [
                        {"kind": "text", "title": "Choosing the right extinguisher",
                         "tags": ["extinguisher"],
                         "data": {"html": {
                             "en": "<p>Only tackle a fire if you have raised the alarm, you "
                                   "have been trained, the fire is no bigger than a waste-paper "
                                   "bin, and you have a clear way out behind you. If in doubt, "
                                   "get out.</p>"
                                   "<p>Use the right extinguisher for what is burning. In Europe "
                                   "extinguishers are red; in the UK a coloured band shows the "
                                   "type. The label of every extinguisher shows the classes of "
                                   "fire it is for:</p><ul>"
                                   "<li><strong>Water</strong> (red): class A only. Never on "
                                   "electrical equipment or burning oil.</li>"
                                   "<li><strong>Foam</strong> (cream): classes A and B.</li>"
                                   "<li><strong>Carbon dioxide, CO2</strong> (black): class B "
                                   "and electrical equipment. It leaves no residue, but the horn "
                                   "gets very cold: hold the handle only.</li>"
                                   "<li><strong>Dry powder</strong> (blue): classes A, B and C "
                                   "and electrical equipment. The cloud of powder is hard to "
                                   "see and breathe through, so it is not for small rooms.</li>"
                                   "<li><strong>Wet chemical</strong> (yellow): class F, burning "
                                   "cooking oil and fat, and also class A.</li></ul>",
                             "fr": "<p>N’attaquez un feu que si vous avez donné l’alerte, si "
                                   "vous avez été formé, si le feu n’est pas plus gros qu’une "
                                   "corbeille à papier et si vous avez une sortie dégagée "
                                   "derrière vous. Dans le doute, sortez.</p>"
                                   "<p>Utilisez l’extincteur adapté à ce qui brûle. En Europe, "
                                   "les extincteurs sont rouges ; au Royaume-Uni, une bande de "
                                   "couleur en indique le type. L’étiquette de chaque "
                                   "extincteur indique les classes de feux auxquelles il est "
                                   "destiné :</p><ul>"
                                   "<li><strong>Eau</strong> (rouge) : classe A uniquement. "
                                   "Jamais sur un équipement électrique ni sur de l’huile en "
                                   "feu.</li>"
                                   "<li><strong>Mousse</strong> (crème) : classes A et B.</li>"
                                   "<li><strong>Dioxyde de carbone, CO2</strong> (noir) : "
                                   "classe B et équipements électriques. Il ne laisse aucun "
                                   "résidu, mais le diffuseur devient très froid : tenez "
                                   "uniquement la poignée.</li>"
                                   "<li><strong>Poudre</strong> (bleu) : classes A, B et C et "
                                   "équipements électriques. Le nuage de poudre gêne la vue et "
                                   "la respiration : elle ne convient pas aux petites "
                                   "pièces.</li>"
                                   "<li><strong>Solution spéciale feux de cuisson</strong> "
                                   "(jaune) : classe F, huiles et graisses de cuisson en feu, "
                                   "et aussi classe A.</li></ul>",
                         }}},
                        {"kind": "media", "title": "Extinguisher types and colour bands",
                         "tags": ["extinguisher"], "image": "extinguisher_types",
                         "data": {"caption": {
                             "en": "Extinguisher types with their UK colour bands, and the "
                                   "classes of fire each one is for (the lightning bolt means "
                                   "electrical equipment).",
                             "fr": "Les types d’extincteurs avec leur bande de couleur "
                                   "britannique, et les classes de feux auxquelles chacun est "
                                   "destiné (l’éclair désigne les équipements électriques).",
                         }}},
                        {"kind": "text", "title": "The PASS technique",
                         "tags": ["extinguisher", "pass"],
                         "data": {"html": {
                             "en": "<p>To use an extinguisher, remember <strong>PASS</strong>:</p>"
                                   "<ol><li><strong>Pull</strong> the pin, which breaks the "
                                   "tamper seal.</li>"
                                   "<li><strong>Aim</strong> the nozzle at the base of the fire, "
                                   "not at the flames.</li>"
                                   "<li><strong>Squeeze</strong> the lever steadily.</li>"
                                   "<li><strong>Sweep</strong> from side to side across the base "
                                   "of the fire until it is out, then keep watching it: fires "
                                   "can flare up again.</li></ol>"
                                   "<p>Start about two metres back, with your exit behind you. "
                                   "If the fire is not out when the extinguisher is empty, leave "
                                   "and close the door.</p>",
                             "fr": "<p>Pour utiliser un extincteur, retenez la méthode "
                                   "<strong>PASS</strong> (de l’anglais <em>Pull, Aim, Squeeze, "
                                   "Sweep</em>) :</p>"
                                   "<ol><li><strong>Tirez</strong> la goupille, ce qui brise le "
                                   "scellé.</li>"
                                   "<li><strong>Visez</strong> la base du feu avec la buse, pas "
                                   "les flammes.</li>"
                                   "<li><strong>Pressez</strong> le levier de façon "
                                   "régulière.</li>"
                                   "<li><strong>Balayez</strong> la base du feu de gauche à "
                                   "droite jusqu’à l’extinction, puis continuez à surveiller : "
                                   "un feu peut repartir.</li></ol>"
                                   "<p>Commencez à environ deux mètres, la sortie dans votre "
                                   "dos. Si le feu n’est pas éteint quand l’extincteur est vide, "
                                   "partez et fermez la porte.</p>",
                         }}},
                        {"kind": "media", "title": "PASS technique",
                         "tags": ["extinguisher", "pass"], "image": "pass_technique",
                         "data": {"caption": {
                             "en": "PASS: Pull the pin, Aim at the base of the fire, Squeeze "
                                   "the lever, Sweep from side to side.",
                             "fr": "PASS : tirer la goupille, viser la base du feu, presser le "
                                   "levier, balayer de gauche à droite.",
                         }}},
                        {"kind": "question", "title": "Match fires to extinguishers",
                         "tags": ["extinguisher", "quiz"],
                         "data": {"type": "matching", **_q(
                             {"en": "Match each fire to the extinguisher you should use on it.",
                              "fr": "Associez chaque feu à l’extincteur à utiliser."},
                             {"en": "All correct. When in doubt, read the label before you "
                                    "pull the pin.",
                              "fr": "Tout est juste. En cas de doute, lisez l’étiquette avant "
                                    "de tirer la goupille."},
                             {"en": "Not all correct. Wet chemical for cooking oil, CO2 for "
                                    "electrical equipment, water for paper, foam for "
                                    "flammable liquids.",
                              "fr": "Pas tout à fait. La solution spéciale pour l’huile de "
                                    "cuisson, le CO2 pour les équipements électriques, l’eau "
                                    "pour le papier, la mousse pour les liquides "
                                    "inflammables."},
                             points=2,
                             pairs=[
                                 {"id": "a",
                                  "prompt": {"en": "Burning oil in a deep-fat fryer",
                                             "fr": "De l’huile en feu dans une friteuse"},
                                  "match": {"en": "Wet chemical (yellow)",
                                            "fr": "Solution spéciale feux de cuisson (jaune)"}},
                                 {"id": "b",
                                  "prompt": {"en": "A smoking computer, still plugged in",
                                             "fr": "Un ordinateur qui fume, encore branché"},
                                  "match": {"en": "Carbon dioxide (black)",
                                            "fr": "Dioxyde de carbone (noir)"}},
                                 {"id": "c",
                                  "prompt": {"en": "Paper burning in a bin",
                                             "fr": "Des papiers qui brûlent dans une "
                                                   "poubelle"},
                                  "match": {"en": "Water (red)", "fr": "Eau (rouge)"}},
                                 {"id": "d",
                                  "prompt": {"en": "A small pool of burning solvent",
                                             "fr": "Une petite flaque de solvant en feu"},
                                  "match": {"en": "Foam (cream)", "fr": "Mousse (crème)"}},
                             ],
                         )}},
                    ],
                },
                {
                    "title": {"en": "Summary and final check",
                              "fr": "Récapitulatif et dernière vérification"},
                    "tags": ["summary"],
                    "blocks": [
                        {"kind": "text", "title": "Course summary", "tags": ["summary"],
                         "data": {"html": {
                             "en": "<p>You have reached the end of the course. Remember:</p><ul>"
                                   "<li>Fire needs heat, fuel and oxygen: keep heat and fuel "
                                   "apart.</li>"
                                   "<li>Report hazards: damaged cables, blocked exits, wedged "
                                   "fire doors, covered detectors.</li>"
                                   "<li>If you discover a fire, raise the alarm first.</li>"
                                   "<li>When the alarm sounds, leave by the nearest safe exit, "
                                   "never use a lift, and go to the assembly point.</li>"
                                   "<li>Only use an extinguisher if you are trained, the fire is "
                                   "small and your way out is clear.</li></ul>",
                             "fr": "<p>Vous voici au terme du module. Retenez ceci :</p><ul>"
                                   "<li>le feu a besoin de chaleur, de combustible et "
                                   "d’oxygène : tenez la chaleur à l’écart du combustible ;</li>"
                                   "<li>signalez les risques : câbles abîmés, sorties "
                                   "encombrées, portes coupe-feu calées, détecteurs "
                                   "masqués ;</li>"
                                   "<li>si vous découvrez un feu, donnez d’abord l’alerte ;</li>"
                                   "<li>quand l’alarme retentit, sortez par l’issue sûre la plus "
                                   "proche, n’utilisez jamais l’ascenseur et rejoignez le point "
                                   "de rassemblement ;</li>"
                                   "<li>n’utilisez un extincteur que si vous êtes formé, que le "
                                   "feu est petit et que votre sortie est dégagée.</li></ul>",
                         }}},
                        {"kind": "question", "title": "PASS in order",
                         "tags": ["extinguisher", "pass", "quiz"],
                         "data": {"type": "ordering", **_q(
                             {"en": "Put the steps for using a fire extinguisher in order.",
                              "fr": "Remettez dans l’ordre les étapes d’utilisation d’un "
                                    "extincteur."},
                             {"en": "Correct: Pull, Aim, Squeeze, Sweep.",
                              "fr": "Bonne réponse : tirer, viser, presser, balayer."},
                             {"en": "Remember PASS: Pull, Aim, Squeeze, Sweep.",
                              "fr": "Retenez PASS : tirer, viser, presser, balayer."},
                             items=[
                                 {"id": "a", "text": {"en": "Pull the pin",
                                                      "fr": "Tirer la goupille"}},
                                 {"id": "b", "text": {"en": "Aim at the base of the fire",
                                                      "fr": "Viser la base du feu"}},
                                 {"id": "c", "text": {"en": "Squeeze the lever",
                                                      "fr": "Presser le levier"}},
                                 {"id": "d", "text": {"en": "Sweep from side to side",
                                                      "fr": "Balayer de gauche à droite"}},
                             ],
                         )}},
                        {"kind": "question", "title": "A fire that has grown",
                         "tags": ["extinguisher", "evacuation", "quiz"],
                         "data": {"type": "single", **_q(
                             {"en": "A bin fire is now above waist height and the room is "
                                    "filling with smoke. What do you do?",
                              "fr": "Un feu de poubelle dépasse maintenant la hauteur de la "
                                    "taille et la pièce se remplit de fumée. Que faites-vous ?"},
                             {"en": "The fire is too big to tackle: your job now is "
                                    "to get out and keep the fire in the room.",
                              "fr": "Le feu est trop gros pour être attaqué : "
                                    "il faut maintenant sortir et enfermer le feu dans la "
                                    "pièce."},
                             {"en": "No. A fire above waist height with smoke building up is "
                                    "too big to fight: leave, close the door, make sure the "
                                    "alarm is raised.",
                              "fr": "Non. Un feu plus haut que la taille, avec de la fumée qui "
                                    "s’accumule, est trop gros pour être combattu : sortez, "
                                    "fermez la porte, assurez-vous que l’alerte est donnée."},
                             points=2,
                             choices=[
                                 {"id": "a", "correct": False,
                                  "text": {"en": "Use two extinguishers at once",
                                           "fr": "Utiliser deux extincteurs à la fois"},
                                  "feedback": {"en": "The fire is already too big: you would "
                                                     "be risking your life.",
                                               "fr": "Le feu est déjà trop gros : vous "
                                                     "risqueriez votre vie."}},
                                 {"id": "b", "correct": True,
                                  "text": {"en": "Leave, close the door behind you and make "
                                                 "sure the alarm has been raised",
                                           "fr": "Sortir, fermer la porte derrière soi et "
                                                 "s’assurer que l’alerte a été donnée"},
                                  "feedback": {"en": "Yes: a closed door holds the fire and "
                                                     "smoke back while everyone leaves.",
                                               "fr": "Oui : une porte fermée retient le feu et "
                                                     "la fumée pendant que tout le monde "
                                                     "sort."}},
                                 {"id": "c", "correct": False,
                                  "text": {"en": "Open the windows to let the smoke out",
                                           "fr": "Ouvrir les fenêtres pour évacuer la fumée"},
                                  "feedback": {"en": "Fresh air feeds the fire with oxygen. "
                                                     "Leave and close the door instead.",
                                               "fr": "L’air frais apporte de l’oxygène au feu. "
                                                     "Sortez plutôt et fermez la porte."}},
                                 {"id": "d", "correct": False,
                                  "text": {"en": "Throw a bucket of water on it",
                                           "fr": "Jeter un seau d’eau dessus"},
                                  "feedback": {"en": "A bucket will not put out a fire this "
                                                     "size, and you lose time to escape.",
                                               "fr": "Un seau ne suffira pas à éteindre un feu "
                                                     "de cette taille, et vous perdez du temps "
                                                     "pour sortir."}},
                             ],
                         )}},
                    ],
                },
            ],
        },
    ],
}

# -------------------------------------------------- history and workflow

# One block gets a second version after review, to show history: the fire safety adviser
# asked for the fire tetrahedron. It goes back to review with that change.
REVISION = {
    "key": "triangle_text",
    "summary": "Added the fire tetrahedron, at the fire safety adviser's request",
    "data": {"html": {locale: _TRIANGLE_TEXT[locale] + _TETRAHEDRON[locale]
                      for locale in _TRIANGLE_TEXT}},
    "state": "in_review",
    "note": "New paragraph on the fire tetrahedron: please check it against EN 2.",
}
FIRST_VERSION_SUMMARY = "First version of the sample course"
