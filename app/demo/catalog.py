"""The fixed French material of the demo client file: suppliers, contracts, indicators, words.

Pure data read by `app.demo`; dates are never written here, only offsets from
the day the file is generated, so that the demo dashboard is alive whenever it is built.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.enums import (
    Commitment,
    CommitteeKind,
    ContractKind,
    ContractStatus,
    Direction,
    IndicatorCategory,
    PenaltyCapBasis,
    PenaltyKind,
    Renewal,
    Side,
)
from app.services.rules import MeasureStatus, measure_status

SL = IndicatorCategory.SERVICE_LEVEL
BUDGET = IndicatorCategory.BUDGET
SAT = IndicatorCategory.SATISFACTION
INPUTS = IndicatorCategory.CLIENT_INPUTS
ADVICE = IndicatorCategory.ADVICE
MEANS = IndicatorCategory.RESOURCES
UP = Direction.HIGHER_IS_BETTER
DOWN = Direction.LOWER_IS_BETTER

#: How a measurement series behaves over its 24 months.
STABLE, BREACH_LAST, TREND_DOWN, NOISY, GAPS = "stable", "breach_last", "trend", "noisy", "gaps"
#: Noisy, and breached in the last month (drawn as NOISY, so the other series stay the same).
NOISY_BREACH_LAST = "noisy_breach_last"
TJM = "tjm"  # follows the TJM actually invoiced (see ContractSpec.tjm_drift)

#: Months (0 = oldest of 24, 23 = last complete month) missing from a GAPS indicator.
GAP_MONTHS = (9, 17, 23)


@dataclass(frozen=True)
class SupplierSpec:
    """A supplier of the demo portfolio and the roles of its contacts."""

    key: str
    name: str
    domain: str
    address: str
    phone_prefix: str
    certifications: str
    notes: str
    invoice_prefix: str
    roles: tuple[str, ...]  # "masculine|feminine" where French marks the gender


@dataclass(frozen=True)
class IndicatorSpec:
    """An indicator, its target, and how its values move (good, bad, noise, profile)."""

    code: str
    name: str
    category: IndicatorCategory
    unit: str
    direction: Direction
    target: float
    threshold: float  # alert threshold, beyond the target: between them is a warning
    good: float
    bad: float
    noise: float
    profile: str = STABLE
    penalty: PenaltyKind = PenaltyKind.NONE
    penalty_value: float = 0.0  # € per breach (FIXED) or % of the fee per point (PERCENT)
    side: Side = Side.SUPPLIER
    description: str = ""
    decimals: int = 1

    def status(self, value: float) -> MeasureStatus:
        """Met, warning or breached, by the same rule as the rest of Vigie."""
        return measure_status(value, self.target, self.threshold, self.direction)



@dataclass(frozen=True)
class ContractSpec:
    """A contract of the demo portfolio; its dates hang on one anchor relative to today."""

    supplier: str
    stem: str  # reference stem, e.g. "ARM-INF"
    title: str
    kind: ContractKind
    commitment: Commitment
    scope: str
    anchor: str  # "deadline" (notice deadline) or "term_end"
    anchor_days: int  # days from today to the anchor date
    months_to_term_end: int  # from the start date to the end of the current term
    initial_months: int
    renewal: Renewal
    renewal_months: int
    notice_months: int
    annual_amount: float
    billing: str  # "flat", "days" (régie) or "units" (unités d'œuvre)
    indicators: tuple[IndicatorSpec, ...]
    status: ContractStatus = ContractStatus.ACTIVE
    budget_factor: float = 1.05
    daily_rate: float | None = None
    unit_price: float | None = None
    team_size: int = 1
    penalty_cap: float | None = None
    cap_basis: PenaltyCapBasis = PenaltyCapBasis.MONTHLY_FEE
    clauses: str = ""  # letters: e(volution), r(eversibility), p(enalties)
    tjm_drift: bool = False  # the invoiced TJM creeps above the contractual one
    notes: str = ""
    planned_end: bool = False  # notice given: `ended_on` is the current term's last day
    ended: bool = False  # ended by its term before today; out of the committees
    credit_note: float = 0.0  # a credit note (avoir) for the month two months back


def ind(code: str, name: str, category: IndicatorCategory, unit: str, direction: Direction,
        target: float, threshold: float, good: float, bad: float, noise: float,
        **extra: object) -> IndicatorSpec:
    """Shorthand for an IndicatorSpec, to keep the catalogue readable."""
    return IndicatorSpec(code, name, category, unit, direction, target, threshold, good, bad,
                         noise, **extra)  # type: ignore[arg-type]


FIXED, PERCENT, CLIENT = PenaltyKind.FIXED, PenaltyKind.PERCENT, Side.CLIENT

SUPPLIERS: tuple[SupplierSpec, ...] = (
    SupplierSpec(
        "armor", "Armor Infogérance", "armor-infogerance.fr",
        "12 rue de la Chalotais, 35000 Rennes", "02 99",
        "ISO 9001, ISO 27001, HDS",
        "Infogérant du socle serveurs, réseau et du centre de services depuis 2019.",
        "ARM", ("Directeur de compte|Directrice de compte", "Service Delivery Manager",
                "Responsable du centre de services", "Responsable technique d'exploitation"),
    ),
    SupplierSpec(
        "talents", "Talents & Systèmes", "talents-systemes.fr",
        "48 cours Lafayette, 69003 Lyon", "04 72",
        "ISO 9001",
        "ESN régionale ; assistance technique en régie (ATU et ATG).",
        "TSY", ("Responsable opérationnel de compte", "Ingénieur d'affaires|Ingénieure d'affaires",
                "Responsable de l'équipe ATG"),
    ),
    SupplierSpec(
        "ligeria", "Ligeria Applications", "ligeria-applications.fr",
        "5 quai de la Fosse, 44000 Nantes", "02 40",
        "ISO 9001, CMMI niveau 3",
        "TMA des applications métier (ERP, e-commerce) et maintenance du WMS historique.",
        "LIG", ("Directeur de projet TMA|Directrice de projet TMA", "Chef de projet TMA",
                "Architecte applicatif", "Responsable qualité"),
    ),
    SupplierSpec(
        "cloudelia", "Cloudélia", "cloudelia.fr",
        "1350 avenue Albert Einstein, 34000 Montpellier", "04 67",
        "ISO 27001, HDS, SOC 2 Type II",
        "Éditeur de l'outil de gestion des services (ITSM) en mode SaaS.",
        "CLD", ("Customer Success Manager", "Responsable du support éditeur"),
    ),
)

#: Client-side contacts: (role forms, short key used to pick committee participants).
CLIENT_ROLES: tuple[tuple[str, str], ...] = (
    ("Directeur des systèmes d'information (DSI)|"
     "Directrice des systèmes d'information (DSI)", "dsi"),
    ("Responsable infrastructure et exploitation", "infra"),
    ("Chef de projet applicatif", "projet"),
    ("Acheteur IT|Acheteuse IT", "achats"),
)

CONTRACTS: tuple[ContractSpec, ...] = (
    ContractSpec(
        "armor", "INF", "Infogérance du socle serveurs, stockage et réseau",
        ContractKind.MANAGED_SERVICES, Commitment.RESULTS,
        "Exploitation et supervision 24/7 de 180 serveurs, du stockage et des réseaux "
        "des 42 magasins ; sauvegardes ; gestion des changements.",
        "deadline", 45, 36, 36, Renewal.TACIT, 12, 6, 480_000.0, "flat",
        (
            ind("SLA-01", "Disponibilité des serveurs critiques", SL, "%", UP,
                99.5, 99.0, 99.85, 98.6, 0.08, penalty=PERCENT, penalty_value=0.5, decimals=2),
            ind("SLA-02", "Délai de résolution P1 (h)", SL, "h", DOWN, 4, 5, 2.4, 6.5, 0.5,
                profile=BREACH_LAST, penalty=FIXED, penalty_value=1500.0,
                description="Délai entre l'ouverture et la résolution d'un incident P1."),
            ind("SLA-03", "Délai de résolution P2 (h)", SL, "h", DOWN, 8, 10, 4.5, 11.0, 0.6,
                profile=TREND_DOWN, penalty=FIXED, penalty_value=500.0),
            ind("SLA-04", "Taux de sauvegardes réussies", SL, "%", UP, 99, 98, 99.8, 97.5,
                0.15, penalty=FIXED, penalty_value=800.0),
            ind("SLA-05", "Changements réussis sans incident", SL, "%", UP, 95, 92, 98.2, 91.0,
                1.0, profile=NOISY),
            ind("CLI-01", "Délai de validation des changements par le client (j)", INPUTS,
                "j", DOWN, 5, 6, 3.0, 7.5, 0.6, profile=NOISY, side=CLIENT,
                description="Mesure la réactivité du client : un changement en attente de "
                            "validation bloque le prestataire."),
            ind("BUD-01", "Consommation budgétaire vs prévisionnel", BUDGET, "%", DOWN,
                100, 103, 94.0, 106.0, 1.5),
        ),
        budget_factor=1.04, penalty_cap=10.0, clauses="erp",
        notes="Dénonciation par lettre recommandée avec accusé de réception.",
    ),
    ContractSpec(
        "armor", "CDS", "Centre de services – support utilisateurs N1/N2",
        ContractKind.SERVICE_CENTER, Commitment.RESULTS,
        "Point de contact unique pour 1 900 utilisateurs (siège et magasins), 7h–20h du "
        "lundi au samedi ; support de proximité N2.",
        "term_end", 240, 36, 36, Renewal.EXPRESS, 12, 3, 264_000.0, "flat",
        (
            ind("SLA-01", "Taux de prise d'appel en moins de 60 s", SL, "%", UP,
                90, 87, 94.0, 85.0, 1.0, profile=TREND_DOWN, penalty=PERCENT,
                penalty_value=1.0),
            ind("SLA-02", "Taux de résolution au premier contact", SL, "%", UP,
                70, 65, 78.0, 62.0, 2.0, penalty=FIXED, penalty_value=1000.0),
            ind("SLA-03", "Délai moyen de résolution des incidents N1 (h)", SL, "h", DOWN,
                8, 10, 4.8, 11.0, 0.7, profile=GAPS,
                description="Rapport mensuel du centre de services."),
            ind("SAT-01", "Satisfaction des utilisateurs (enquête à chaud)", SAT, "/5", UP,
                4.0, 3.8, 4.35, 3.6, 0.08, decimals=2),
            # breached with the supplier's SLA-01 last month: « à lire avec les indicateurs
            # client » on the dashboard and the Indicateurs page
            ind("CLI-01", "Qualité des tickets transmis (complets à la création)", INPUTS,
                "%", UP, 85, 80, 91.0, 76.0, 2.0, profile=NOISY_BREACH_LAST, side=CLIENT,
                description="Part des demandes transmises par le client avec toutes les "
                            "informations nécessaires."),
            ind("MOY-01", "Taux de rotation des techniciens", MEANS, "%", DOWN,
                10, 12, 5.0, 14.0, 1.5, profile=NOISY),
        ),
        budget_factor=1.05, penalty_cap=8.0, clauses="ep",
    ),
    ContractSpec(
        "talents", "ATU", "Assistance technique – chef de projet infrastructure",
        ContractKind.ATU, Commitment.MEANS,
        "Un chef de projet infrastructure à temps plein pour le renouvellement du réseau "
        "des magasins.",
        "term_end", 55, 30, 30, Renewal.NONE, 0, 1, 154_800.0, "days",
        (
            ind("MOY-01", "Taux de présence du consultant", MEANS, "%", UP,
                95, 92, 98.5, 90.0, 1.0),
            ind("CON-01", "Qualité des livrables (note du chef de projet client)", ADVICE,
                "/5", UP, 3.5, 3.0, 4.2, 2.7, 0.2, profile=NOISY),
        ),
        status=ContractStatus.RENEWAL_DUE, daily_rate=720.0, budget_factor=1.0,
        notes="Fin de mission sans reconduction : décider d'un nouveau bon de commande.",
    ),
    ContractSpec(
        "talents", "ATG", "Assistance technique groupée – exploitation et supervision",
        ContractKind.ATG, Commitment.MEANS,
        "Équipe de quatre ingénieurs d'exploitation sous la responsabilité d'un "
        "responsable opérationnel de compte ; ressources de secours prévues.",
        "term_end", 300, 36, 24, Renewal.TACIT, 12, 3, 524_600.0, "days",
        (
            ind("MOY-01", "Délai de remplacement d'un intervenant absent (j)", MEANS, "j",
                DOWN, 5, 7, 2.0, 9.0, 0.8, profile=BREACH_LAST, penalty=FIXED,
                penalty_value=600.0,
                description="Pénalité prévue au PAQ, mais le contrat n'a pas de clause de "
                            "pénalités : rien n'est dû."),
            ind("BUD-01", "TJM moyen facturé", BUDGET, "€", DOWN, 610, 630, 610.0, 650.0,
                0.0, profile=TJM, decimals=0,
                description="Montant facturé divisé par les jours facturés du mois."),
            ind("SAT-01", "Satisfaction du responsable infrastructure", SAT, "/5", UP,
                3.5, 3.0, 4.1, 2.8, 0.2),
            ind("CON-01", "Propositions d'amélioration présentées", ADVICE, "nb", UP,
                2, 1, 3.4, 0.0, 0.8, profile=NOISY, decimals=0),
        ),
        daily_rate=610.0, team_size=4, budget_factor=1.0, clauses="e", tjm_drift=True,
        notes="Pas de clause de pénalités au contrat (les pénalités du PAQ ne s'appliquent "
              "pas).",
    ),
    ContractSpec(
        "ligeria", "TMA", "TMA des applications métier (ERP, e-commerce)",
        ContractKind.TMA, Commitment.RESULTS,
        "Maintenance corrective et évolutive de l'ERP et du site e-commerce, facturée en "
        "unités d'œuvre selon l'abaque du PAQ.",
        "term_end", 420, 48, 48, Renewal.TACIT, 12, 6, 360_000.0, "units",
        (
            ind("SLA-01", "Respect des délais de livraison des évolutions", SL, "%", UP,
                90, 85, 95.0, 82.0, 2.0, profile=NOISY, penalty=PERCENT, penalty_value=0.5),
            ind("SLA-02", "Délai de correction des anomalies bloquantes (h)", SL, "h", DOWN,
                8, 10, 4.5, 12.0, 0.8, penalty=FIXED, penalty_value=1200.0),
            ind("QUA-01", "Taux d'anomalies détectées en recette", SL, "%", DOWN,
                5, 6, 2.8, 7.5, 0.4, profile=TREND_DOWN),
            ind("QUA-02", "Taux de régression en production", SL, "%", DOWN,
                2, 3, 0.8, 3.8, 0.25, penalty=FIXED, penalty_value=2000.0),
            ind("CLI-01", "Spécifications renvoyées pour incomplétude", INPUTS, "%", DOWN,
                10, 12, 6.0, 15.0, 1.5, profile=NOISY, side=CLIENT),
            ind("BUD-01", "Unités d'œuvre consommées vs budget", BUDGET, "%", DOWN,
                100, 105, 91.0, 108.0, 2.0),
        ),
        unit_price=450.0, penalty_cap=10.0, cap_basis=PenaltyCapBasis.ANNUAL_AMOUNT,
        clauses="erp", notes="Pénalités plafonnées à 10 % du montant annuel.",
    ),
    ContractSpec(
        "ligeria", "WMS", "Maintenance du WMS historique des entrepôts",
        ContractKind.MAINTENANCE, Commitment.MEANS,
        "Maintenance corrective du WMS des deux entrepôts jusqu'à sa reprise par l'équipe "
        "interne.",
        "term_end", 80, 60, 60, Renewal.TACIT, 12, 6, 96_000.0, "flat",
        (
            ind("SLA-01", "Disponibilité du WMS", SL, "%", UP, 99, 98.5, 99.6, 98.2, 0.2,
                profile=NOISY, penalty=PERCENT, penalty_value=1.0, decimals=2),
            ind("SLA-02", "Délai de correction des anomalies (j)", SL, "j", DOWN,
                5, 6, 3.0, 7.0, 0.5),
        ),
        status=ContractStatus.REVERSIBILITY, penalty_cap=5.0, clauses="rp",
        notes="Contrat dénoncé à son échéance ; réversibilité vers l'équipe interne en cours.",
        planned_end=True,
    ),
    ContractSpec(
        "cloudelia", "SAAS", "Abonnement SaaS – outil de gestion des services (ITSM)",
        ContractKind.SAAS, Commitment.RESULTS,
        "120 licences agents, portail utilisateurs, hébergement en France, support éditeur.",
        "deadline", 75, 36, 12, Renewal.TACIT, 12, 2, 42_000.0, "flat",
        (
            ind("SLA-01", "Disponibilité de la plateforme", SL, "%", UP,
                99.9, 99.7, 99.97, 99.5, 0.02, penalty=PERCENT, penalty_value=2.0,
                decimals=2),
            ind("SLA-02", "Temps de réponse moyen des pages (s)", SL, "s", DOWN,
                1.5, 2.0, 0.9, 2.4, 0.1, decimals=2),
            ind("SLA-03", "Délai de prise en charge du support éditeur (h)", SL, "h", DOWN,
                4, 6, 1.8, 7.0, 0.5, profile=NOISY),
            ind("SAT-01", "Satisfaction des utilisateurs de l'outil", SAT, "/5", UP,
                3.8, 3.5, 4.1, 3.3, 0.1, decimals=2),
        ),
        penalty_cap=15.0, clauses="p", credit_note=840.0,
        notes="Crédits de service imputés sur la facture suivante.",
    ),
    ContractSpec(
        "talents", "MSG", "Assistance technique – migration de la messagerie",
        ContractKind.ATU, Commitment.MEANS,
        "Un ingénieur messagerie pour la migration des boîtes aux lettres vers le nouveau "
        "service ; mission terminée.",
        "term_end", -12, 10, 10, Renewal.NONE, 0, 1, 158_400.0, "days", (),
        daily_rate=660.0, budget_factor=1.0, ended=True,
        notes="Mission arrivée à son terme, sans reconduction.",
    ),
)

#: First names, masculine then feminine, to match the gendered role titles.
MALE_NAMES = (
    "Julien", "Nicolas", "Thomas", "Mathieu", "Sébastien", "Antoine", "Guillaume", "François",
    "Olivier", "Laurent", "Stéphane", "Jérôme", "Yannick", "Benoît", "Frédéric",
    "Christophe", "Maxime", "Rémi", "Hugo", "Damien",
)
FEMALE_NAMES = (
    "Camille", "Sophie", "Claire", "Isabelle", "Nathalie", "Céline", "Aurélie", "Hélène",
    "Émilie", "Sandrine", "Marion", "Élodie", "Agnès", "Delphine", "Pauline", "Anaïs", "Léa",
    "Karine", "Valérie", "Manon",
)
LAST_NAMES = (
    "Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Garnier", "Rousseau",
    "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Chevalier", "Robin",
    "Masson", "Sanchez", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin",
    "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Le Gall", "Guerin", "Boyer",
    "Caron", "Renaud", "Le Goff", "Brunet", "Blanchard", "Colin", "Picard", "Lemaire",
    "Kerbrat", "Texier", "Joly", "Aubert", "Barbier", "Arnaud", "Marchand", "Riviere",
)

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")

BREACH_COMMENTS = (
    "Incident majeur sur le cluster de virtualisation ; RCA demandée.",
    "Pic d'activité lié aux soldes ; renfort non mobilisé à temps.",
    "Deux techniciens absents sans remplacement la deuxième quinzaine.",
    "Panne de l'opérateur réseau sur six magasins.",
    "Mise en production décalée, correctif livré en urgence.",
    "Valeur contestée par le prestataire, à revoir en COPIL.",
)
NORMAL_COMMENTS = ("", "", "", "", "Conforme au rapport mensuel.", "Chiffre du rapport du "
                   "prestataire, vérifié par sondage.")

@dataclass(frozen=True)
class CommitteeSeries:
    """A recurring committee: the nth weekday of every `every` months, with whom."""

    kind: CommitteeKind
    supplier: str
    label: str
    weekday: int  # 0 = Monday
    nth: int
    time: tuple[int, int]
    every: int  # months
    duration: int  # minutes
    clients: tuple[str, ...]  # client contact keys (CLIENT_ROLES)
    supplier_contacts: slice


COMMITTEES = (
    CommitteeSeries(CommitteeKind.COPIL, "armor", "COPIL infogérance", 1, 2, (14, 0), 1, 120,
                    ("dsi", "infra"), slice(0, 2)),
    CommitteeSeries(CommitteeKind.COTECH, "armor", "CoTech infogérance", 3, 1, (9, 30), 1, 60,
                    ("infra",), slice(1, 4)),
    CommitteeSeries(CommitteeKind.COPIL, "talents", "COPIL assistance technique", 3, 3,
                    (10, 0), 1, 90, ("dsi", "infra", "achats"), slice(0, 2)),
    CommitteeSeries(CommitteeKind.COPIL, "ligeria", "COPIL TMA", 3, 2, (14, 30), 1, 120,
                    ("dsi", "projet"), slice(0, 3)),
    CommitteeSeries(CommitteeKind.COTECH, "cloudelia", "CoTech outil ITSM", 1, 1, (11, 0), 3,
                    60, ("projet", "infra"), slice(0, 2)),
)
#: The yearly strategic committee: supplier, months before today, weekday, nth, time.
COSTRAT = ("armor", "CoStrat annuel infogérance", 5, 4, 2, (10, 0), 180,
           ("dsi", "infra", "achats"))

PLACES = ("Siège Hexagone, Lyon — salle Rhône", "Siège Hexagone, Lyon — salle Saône",
          "Visioconférence (Teams)", "Locaux du prestataire")

AGENDA = {
    "copil": (
        ("Revue des indicateurs de {period}", "{review}"),
        ("Suivi du plan d'actions", "{open_actions} actions ouvertes ; les actions en retard "
                                   "sont reportées avec une nouvelle échéance."),
        ("Facturation et consommation budgétaire", "Factures du mois rapprochées des bons de "
                                                  "commande ; pas d'écart hors {note}."),
        ("Points d'attention et risques", "{risk}"),
        ("Questions diverses", "Prochain comité confirmé."),
    ),
    "cotech": (
        ("Incidents majeurs du mois", "{incident}"),
        ("Changements planifiés", "Calendrier des changements validé ; gel pendant les "
                                  "soldes."),
        ("Suivi des actions techniques", "{open_actions} actions techniques en cours."),
        ("Capacité et performances", "Taux d'occupation du stockage à {storage} %."),
    ),
    "costrat": (
        ("Bilan annuel de la prestation", "Niveau de service globalement tenu ; deux mois "
                                          "sous l'objectif sur le délai P1."),
        ("Feuille de route et évolutions du périmètre", "Ouverture de trois magasins et "
                                                        "migration du stockage en {year}."),
        ("Révision des niveaux de service", "Proposition de relever l'objectif de "
                                            "disponibilité à 99,7 %."),
        ("Réversibilité et plan de continuité", "Plan de réversibilité à mettre à jour avant "
                                                "l'échéance du contrat."),
    ),
}
RISKS = (
    "Départ annoncé du Service Delivery Manager ; passation à organiser.",
    "Charge des soldes à anticiper sur le centre de services.",
    "Dépendance forte à un seul expert sur le stockage.",
    "Aucun risque nouveau.",
    "Retard possible de la livraison des évolutions de fin d'année.",
)
INCIDENTS = (
    "Aucun incident P1 ce mois-ci.",
    "Un incident P1 (messagerie indisponible 3 h) ; rapport d'analyse remis.",
    "Deux incidents P2 sur la caisse des magasins, corrigés dans les délais.",
    "Saturation du lien internet du siège ; augmentation de débit commandée.",
)
#: Decision templates: (text, suppliers it fits; "" = any).
DECISIONS = (
    ("Application de la pénalité contractuelle pour le mois de {period}.",
     "armor ligeria cloudelia"),
    ("Validation du plan de remédiation présenté par le prestataire.", ""),
    ("Report de la mise en production de la version {version} au mois suivant.",
     "ligeria cloudelia"),
    ("Accord pour un renfort temporaire pendant les soldes.", "armor talents"),
    ("Les chiffres du rapport mensuel seront transmis au format CSV.", ""),
    ("Lancement d'une enquête de satisfaction auprès des magasins.", "armor cloudelia"),
    ("Revue du PAQ planifiée au prochain comité.", "armor ligeria"),
    ("Demande d'un avoir sur la facture contestée.", "talents"),
    ("Remplacement de l'intervenant absent sous cinq jours ouvrés.", "talents"),
)
COSTRAT_DECISIONS = (
    "Reconduction du contrat d'infogérance à étudier avant la date de dénonciation.",
    "Lancement d'un benchmark des prix du marché.",
    "Mise à jour du plan de réversibilité demandée pour le prochain semestre.",
)

#: Action templates: (title, side, priority, description, suppliers it fits; "" = any).
ACTIONS = (
    ("Transmettre le rapport d'analyse de l'incident P1", "supplier", "high",
     "Analyse des causes, actions correctives et délais.", "armor cloudelia"),
    ("Mettre à jour la convention de service", "supplier", "normal",
     "Intégrer les nouveaux horaires des magasins.", "armor"),
    ("Valider les demandes de changement en attente", "client", "high",
     "Sept demandes attendent une validation depuis plus de cinq jours.", "armor ligeria"),
    ("Compléter la documentation d'exploitation", "supplier", "normal", "", "armor talents"),
    ("Organiser l'atelier de transfert de connaissances", "supplier", "normal", "",
     "ligeria talents"),
    ("Relancer l'avoir sur la facture contestée", "client", "high",
     "Écart entre le TJM facturé et le TJM contractuel.", "talents"),
    ("Fournir le plan de capacité du stockage", "supplier", "normal", "", "armor"),
    ("Diffuser le compte rendu du comité", "client", "low", "", ""),
    ("Proposer un plan de remédiation sur le délai de résolution", "supplier", "critical",
     "Plan détaillé avec jalons et indicateurs de suivi.", "armor ligeria"),
    ("Former les correspondants magasins à la saisie des tickets", "client", "normal",
     "Améliorer la qualité des tickets transmis au centre de services.", "armor"),
    ("Chiffrer l'évolution du module de fidélité", "supplier", "normal",
     "Chiffrage en unités d'œuvre selon l'abaque du PAQ.", "ligeria"),
    ("Mettre à jour la liste des applications critiques", "client", "normal", "", ""),
    ("Présenter le plan de montée de version de l'outil ITSM", "supplier", "normal", "",
     "cloudelia"),
    ("Planifier le test de restauration annuel", "supplier", "high", "", "armor"),
    ("Fournir les CV des ressources de secours", "supplier", "normal", "", "talents"),
    ("Renseigner la matrice RACI du périmètre", "client", "low", "", ""),
    ("Revoir l'abaque des unités d'œuvre", "supplier", "normal", "", "ligeria"),
    ("Préparer l'appel d'offres de renouvellement", "client", "high", "", "armor cloudelia"),
    ("Justifier la hausse du TJM facturé", "supplier", "high", "", "talents"),
    ("Transmettre le rapport mensuel au format CSV", "supplier", "low", "", ""),
)
ACTION_NOTES = ("", "", "Relancé en comité.", "Point fait avec le prestataire, en bonne voie.",
                "Échéance reportée une fois.")
#: Follow-up notes taken in the committees an action goes through.
FOLLOW_UPS = ("Relancé en séance ; le porteur confirme l'échéance.",
              "En cours, premier livrable reçu.",
              "Bloqué : attend une validation côté client.",
              "Point fait avec le prestataire, en bonne voie.",
              "Pas d'avancement depuis le dernier comité.")
MOVED_NOTE = "Échéance reportée à la demande du porteur."
CLOSED_NOTE = "Constatée soldée en séance."
#: The agenda items, by position (from 1), that recur from one committee to the next.
STANDING_AGENDA = {"copil": {1, 2, 3, 5}, "cotech": {1, 2, 3, 4}, "costrat": set()}

MILESTONES = (
    ("preparation", "Cadrage de la réversibilité et validation du plan", "client",
     "Plan de réversibilité validé"),
    ("knowledge_transfer", "Ateliers de transfert de connaissances (réception, préparation, "
     "expédition)", "supplier", "Supports d'ateliers et comptes rendus"),
    ("shadowing", "Shadowing : l'équipe interne observe la maintenance", "supplier",
     "Journal de shadowing"),
    ("reverse_shadowing", "Reverse shadowing : l'équipe interne opère sous supervision",
     "client", "Grille d'autonomie signée"),
    ("documentation", "Remise du dossier d'exploitation à jour", "supplier",
     "Dossier d'exploitation et sources"),
    ("cutover", "Bascule de la maintenance vers l'équipe interne", "client",
     "Procès-verbal de bascule"),
    ("acceptance", "Recette et PV de fin de réversibilité", "client",
     "PV de fin de réversibilité"),
)
#: (planned start, planned end, actual start, actual end, status) in days from today.
MILESTONE_DATES = (
    (-150, -120, -150, -118, "done"),
    (-120, -75, -118, -70, "done"),
    (-75, -40, -70, -35, "done"),
    (-40, -10, -33, None, "in_progress"),
    (-30, 20, -28, None, "in_progress"),
    (30, 45, None, None, "planned"),
    (46, 75, None, None, "planned"),
)
#: The readiness checklist of the plan in progress: the standard items in their order
#: (status, evidence note), then the client's own ones (title, status, evidence note).
CHECKLIST_STANDARD = (
    ("done", "Dossier d'exploitation v3 remis et relu par l'équipe interne."),
    ("done", ""),  # its evidence is an attached inventory
    ("in_progress", "142 articles sur 180 repris dans la base de connaissances interne."),
    ("todo", ""),
    ("not_applicable", "Le WMS appartient au client : aucune licence tierce à transférer."),
)
CHECKLIST_OWN = (
    ("Reprise des interfaces avec l'ERP et le transporteur", "todo", ""),
)
