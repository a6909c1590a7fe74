"""The closed lists of Vigie's domain; values are stored, labels are shown."""

from __future__ import annotations

from enum import StrEnum


class LabeledEnum(StrEnum):
    """A string enum whose members carry a French label for the UI."""

    label: str

    def __new__(cls, value: str, label: str = "") -> LabeledEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label or value
        return member


class Side(LabeledEnum):
    CLIENT = "client", "Client"
    SUPPLIER = "supplier", "Prestataire"


class ContractKind(LabeledEnum):
    ATU = "atu", "Assistance technique (régie ATU)"
    ATG = "atg", "Assistance technique groupée (ATG)"
    FIXED_PRICE = "fixed_price", "Forfait"
    SERVICE_CENTER = "service_center", "Centre de services"
    MANAGED_SERVICES = "managed_services", "Infogérance"
    TMA = "tma", "TMA"
    MAINTENANCE = "maintenance", "Maintenance"
    SAAS = "saas", "SaaS / licence"


class Commitment(LabeledEnum):
    MEANS = "means", "Obligation de moyens"
    RESULTS = "results", "Obligation de résultats"


class Renewal(LabeledEnum):
    NONE = "none", "Aucun"
    TACIT = "tacit", "Tacite reconduction"
    EXPRESS = "express", "Reconduction expresse"


class ContractStatus(LabeledEnum):
    DRAFT = "draft", "Brouillon"
    ACTIVE = "active", "Actif"
    RENEWAL_DUE = "renewal_due", "Renouvellement à décider"
    REVERSIBILITY = "reversibility", "En réversibilité"
    ENDED = "ended", "Terminé"


class IndicatorCategory(LabeledEnum):
    SERVICE_LEVEL = "service_level", "Niveau de service"
    BUDGET = "budget", "Budget et coûts"
    SATISFACTION = "satisfaction", "Satisfaction"
    CLIENT_INPUTS = "client_inputs", "Qualité des entrants client"
    ADVICE = "advice", "Qualité du conseil"
    RESOURCES = "resources", "Moyens"


class Direction(LabeledEnum):
    HIGHER_IS_BETTER = "higher", "Plus haut est meilleur"
    LOWER_IS_BETTER = "lower", "Plus bas est meilleur"


class Frequency(LabeledEnum):
    WEEKLY = "weekly", "Hebdomadaire"
    MONTHLY = "monthly", "Mensuelle"
    QUARTERLY = "quarterly", "Trimestrielle"


class PenaltyKind(LabeledEnum):
    NONE = "none", "Aucune"
    FIXED = "fixed", "Montant forfaitaire par manquement"
    PERCENT = "percent", "% de la redevance de la période par point d'écart"


class PenaltyCapBasis(LabeledEnum):
    """What a contract's penalty cap is a percentage of (« plafonnées à 10 % du … »)."""

    MONTHLY_FEE = "monthly_fee", "de la redevance mensuelle"
    ANNUAL_AMOUNT = "annual_amount", "du montant annuel"


class MeasurementSource(LabeledEnum):
    ENTERED = "entered", "Saisie"
    IMPORTED = "imported", "Importée"


class InvoiceStatus(LabeledEnum):
    RECEIVED = "received", "Reçue"
    VALIDATED = "validated", "Validée"
    DISPUTED = "disputed", "Contestée"


class CommitteeKind(LabeledEnum):
    COTECH = "cotech", "CoTech / ComOp"
    COPIL = "copil", "COPIL"
    COSTRAT = "costrat", "CoStrat"
    CODIR = "codir", "CoDir"
    OTHER = "other", "Autre"


class CommitteeStatus(LabeledEnum):
    PLANNED = "planned", "Planifié"
    HELD = "held", "Tenu"
    MINUTES_SENT = "minutes_sent", "Compte rendu envoyé"
    CANCELLED = "cancelled", "Annulé"


class Attendance(LabeledEnum):
    INVITED = "invited", "Invité"
    PRESENT = "present", "Présent"
    EXCUSED = "excused", "Excusé"
    ABSENT = "absent", "Absent"


class Priority(LabeledEnum):
    LOW = "low", "Basse"
    NORMAL = "normal", "Normale"
    HIGH = "high", "Haute"
    CRITICAL = "critical", "Critique"


class ActionStatus(LabeledEnum):
    OPEN = "open", "Ouverte"
    IN_PROGRESS = "in_progress", "En cours"
    DONE = "done", "Terminée"
    CANCELLED = "cancelled", "Annulée"


class ReversibilityPhase(LabeledEnum):
    PREPARATION = "preparation", "Préparation"
    KNOWLEDGE_TRANSFER = "knowledge_transfer", "Transfert de connaissances"
    SHADOWING = "shadowing", "Shadowing"
    REVERSE_SHADOWING = "reverse_shadowing", "Reverse shadowing"
    DOCUMENTATION = "documentation", "Documentation"
    CUTOVER = "cutover", "Bascule"
    ACCEPTANCE = "acceptance", "Recette / PV"


class MilestoneStatus(LabeledEnum):
    PLANNED = "planned", "Prévu"
    IN_PROGRESS = "in_progress", "En cours"
    DONE = "done", "Terminé"
    CANCELLED = "cancelled", "Annulé"


class DocumentKind(LabeledEnum):
    CONTRACT = "contract", "Contrat signé"
    PAQ = "paq", "Plan d'assurance qualité (PAQ)"
    SERVICE_AGREEMENT = "service_agreement", "Convention de service"
    REVERSIBILITY_PLAN = "reversibility_plan", "Plan de réversibilité"
    ACCEPTANCE_REPORT = "acceptance_report", "PV de recette"
    MINUTES_TEMPLATE = "minutes_template", "Modèle de compte rendu"
    OTHER = "other", "Autre document"


class ChecklistStatus(LabeledEnum):
    TODO = "todo", "À faire"
    IN_PROGRESS = "in_progress", "En cours"
    DONE = "done", "Fait"
    NOT_APPLICABLE = "not_applicable", "Sans objet"
