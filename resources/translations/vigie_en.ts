<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
  <context>
    <name />
    <message>
      <source>Contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Coordonnées</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ActionDialog</name>
    <message>
      <source>Modifier l'action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annuler</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ActionFields</name>
    <message>
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ex. Envoyer le plan de capacité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prestataire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contrat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Porteur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Côté</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Priorité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Échéance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Statut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ActionFilterBar</name>
    <message>
      <source>Tous les statuts</source>
      <extracomment>Beyond this many entries, a list waits for a supplier to be chosen.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>À suivre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>En retard seulement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« À suivre » : les actions ouvertes ou en cours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tous les prestataires</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tous les contrats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tous les comités</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tous les porteurs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Les deux côtés</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(choisissez d'abord un prestataire)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ActionFormCard</name>
    <message>
      <source>Historique</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fermer la fiche</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note de suivi…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ajouter le suivi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annuler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifications non enregistrées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Décidée en {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hors comité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nouvelle action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saisissez au moins l'intitulé, puis Enregistrer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Créer l'action « {0} »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifier l'action {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>À corriger avant d'enregistrer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Noter un suivi de l'action {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ActionsPage</name>
    <message>
      <source>Plan d'actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clôturer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clôturer les actions sélectionnées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reporter l'échéance…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Donner une nouvelle échéance aux actions sélectionnées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nouvelle action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rechercher…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifications non enregistrées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer les modifications de l'action ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ne pas enregistrer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annuler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clôturer {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reporter l'échéance de {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer l'action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer l'action {0} — {1} ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Son historique de suivi part avec elle. Vous pourrez revenir en arrière avec Édition ▸ Annuler.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer l'action {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AlertList</name>
    <message>
      <source>Alertes</source>
      <extracomment>Alerts about a period of measurement: their date is the first day of that period.</extracomment>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AlertListModel</name>
    <message>
      <source>{0}
Cliquer pour ouvrir.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Afficher l'autre alerte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Afficher les {0} autres alertes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AttachmentsPanel</name>
    <message>
      <source>Aucun document joint. « Ajouter… » range dans le fichier client le contrat signé, le PAQ, un PV…</source>
      <extracomment>Words of a file name that tell what kind of document it is.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Taille</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ajouté le</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Conservés dans le fichier client.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ajouter…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ouvrir</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer sous…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer le document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Joindre un document au contrat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Documents (*.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.txt *.msg *.eml *.png *.jpg);;Tous les fichiers (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Joindre « {0} »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Document non joint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type de document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quel document est « {0} » ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ouverture impossible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucune application de cet ordinateur n'ouvre « {0} ». Installez-en une pour ce type de document, ou utilisez « Enregistrer sous… » pour l'envoyer ou l'ouvrir ailleurs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer le document sous</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nom refusé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {0} » est un nom que Windows réserve à un périphérique : choisissez-en un autre.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer « {0} » du fichier client ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vous pourrez revenir en arrière avec Édition ▸ Annuler.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer « {0} »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Document endommagé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Écriture impossible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {0} » n'a pas pu être écrit : {1}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message>
      <source>Restaurer une sauvegarde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sauvegardes de « {0} », de la plus récente à la plus ancienne. La sauvegarde choisie est restaurée dans une &lt;b&gt;copie&lt;/b&gt; à côté du fichier : le fichier lui-même n'est pas modifié.&lt;br&gt;Elles sont conservées dans « {1} ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restaurer une copie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fermer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Taille</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contenu</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CarriedTab</name>
    <message>
      <source>Note de suivi de ce comité…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voir dans le plan d'actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Statut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Échéance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Suivi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>action suivie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>actions suivies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0} depuis le dernier comité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>soldée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucune action ouverte des comités précédents pour ce prestataire et ces contrats.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passer l'action {0} à « {1} »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reporter l'échéance de l'action {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Noter le suivi de l'action {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ChartView</name>
    <message>
      <source>Chargement du graphique…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CloseDialog</name>
    <message>
      <source>Clôturer les actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clôturer {0} :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>action sélectionnée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>actions sélectionnées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Terminées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annulées (abandonnées)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note pour l'historique (facultative)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clôturer</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CommitteeList</name>
    <message>
      <source>Rechercher…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Toutes les instances</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tous les prestataires</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Toutes les dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tous les statuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>À venir ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passés ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>comité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0} sur {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucun comité à venir ne correspond aux filtres.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucun comité prévu : « Préparer le suivant » en planifie un à partir du dernier de sa série, « Nouveau comité » en crée un.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucun comité passé ne correspond aux filtres.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucun comité passé.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CommitteesPage</name>
    <message>
      <source>Comités</source>
      <extracomment>The tables the committees list shows something of: a change elsewhere (an agenda item, an attendance, a follow-up) leaves the list as it is.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ouvrir la feuille</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Préparer le suivant…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Planifier le comité suivant de la série du comité sélectionné : mêmes participants, contrats et points permanents, à la date suivante du rythme.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nouveau comité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Créer le comité « {0} »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Préparer « {0} »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seront aussi supprimés : {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ses actions restent dans le plan d'actions.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer le comité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer le comité « {0} » ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vous pourrez revenir en arrière avec Édition ▸ Annuler.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer le comité « {0} »</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <source>Nouveau contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0} · {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prénom Nom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fonction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choisir ou saisir une fonction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Téléphone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Côté</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annuler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Un contact sans prestataire est côté client.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ajout du contact « {0} »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>modification du contact « {0} »</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContactsPanel</name>
    <message>
      <source>Côté {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A&amp;jouter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucun contact pour l'instant : « Ajouter » en crée un.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Il disparaîtra aussi de : {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer le contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer le contact « {0} » ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>suppression du contact « {0} »</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContractChooser</name>
    <message>
      <source>Avec un plan de réversibilité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Avec une clause de réversibilité, sans plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Autres contrats en cours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contrats terminés</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContractFields</name>
    <message>
      <source>Identification</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Durée et échéances</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Finances</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clauses et notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prestataire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Référence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ex. CTR-2026-001</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Intitulé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ex. Infogérance du poste de travail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Engagement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Statut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Périmètre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date de début</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Durée initiale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reconduction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Période de reconduction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Préavis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date de fin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le dernier jour du contrat : passé, il est terminé ; à venir, c'est sa fin prévue (préavis donné, fin convenue) et il reste actif jusque-là.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contrat terminé le {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0} au plus tard le {1} — {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Montant annuel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Budget annuel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>TJM (régie)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prix de l'unité d'œuvre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plafond des pénalités</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plafond calculé sur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le plafond s'applique par mois civil (redevance mensuelle) ou par année contractuelle, comptée à partir du mois de début (montant annuel).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clause d'évolution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clause de réversibilité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clause de pénalités</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>— Choisir un prestataire —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contrat terminé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fin du contrat le {0} — {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fin du contrat le {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContractFormCard</name>
    <message>
      <source>Fiche</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fermer la fiche</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annuler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifications non enregistrées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nouveau contrat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saisissez au moins le prestataire, la référence et l'intitulé, puis Enregistrer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrez le contrat pour y joindre des documents.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Documents ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Créer le contrat {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifier le contrat {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>À corriger avant d'enregistrer</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContractsPage</name>
    <message>
      <source>Contrats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rechercher…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tous les prestataires</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tous les types</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tous les statuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Non terminés</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Nouveau</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exporter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exporter le tableau vers Excel (Ctrl+E)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifications non enregistrées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer les modifications du contrat ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ne pas enregistrer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annuler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>contrat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0} sur {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucun contrat pour l'instant.
Créez le premier avec « Nouveau ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucun contrat ne correspond à la recherche ou aux filtres.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seront aussi supprimés : {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer le contrat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer le contrat {0} — {1} ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vous pourrez revenir en arrière avec Édition ▸ Annuler.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer le contrat {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CreatePlanDialog</name>
    <message>
      <source>Créer le plan de réversibilité</source>
      <extracomment>creates the plan of a layout (with the standard checklist or not); returns an error</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plan de réversibilité — {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Les phases du modèle sont placées à rebours depuis la bascule, sur des jours ouvrés (week-ends et jours fériés exclus). Vous pourrez ensuite modifier chaque jalon.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ajouter la check-list standard (documentation, accès, base de connaissances, formats d'export, licences)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date cible de la bascule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>fin du terme en cours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>prochaine date limite de dénonciation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pour mémoire — {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Durée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> jours ouvrés</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annuler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Créer le plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>du {0} au {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}, du {1} au {2} ; bascule le {3}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>jour ouvré</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>jours ouvrés</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reporter la bascule au {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <source>Respect des niveaux de service</source>
      <extracomment>Below this page height the charts drop their explanatory line.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Budget consommé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Part des mesures conformes à leur objectif, 12 derniers mois</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tableau de bord</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contrats actifs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Montant annuel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indicateurs non atteints</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pénalités dues</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actions en retard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prochain comité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ce qui demande votre attention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rien ne demande votre attention.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucune échéance dans les {0} prochains jours, aucun indicateur non atteint, aucune action en retard.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ce fichier ne contient aucun contrat en cours : leurs échéances, indicateurs et actions s'afficheront ici.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mise à jour…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Situation au {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Budget consommé en {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Facturé hors factures contestées, face au budget de l'année</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>en cours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>par an</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>dernière période</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> · entrants client : {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Engagements du prestataire non atteints ; les entrants du client non atteints sont comptés à part ({0}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>en {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>à relancer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>aucun comité planifié</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>jj/mm/aaaa</source>
      <extracomment>What QDateEdit-minded code reads for "no date" (the old field's special minimum date).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saisissez la date (15/01/2024, 15012024 ou 15/1/24) ou choisissez-la dans le calendrier (Alt+↓).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Calendrier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choisir dans le calendrier (Alt+↓)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>mm/aaaa</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FileCommands</name>
    <message>
      <source>« {0} » est déjà ouvert.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ouvrir un fichier client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Préparation du fichier de démonstration…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nouveau fichier client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {0} » est le fichier ouvert : choisissez un autre nom.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le formulaire a encore des modifications non enregistrées : corrigez ce qui est signalé, puis enregistrez.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer une copie sous</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copie impossible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copie enregistrée : {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifications non enregistrées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Un formulaire de la page « {0} » a des modifications non enregistrées.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ne pas enregistrer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annuler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrement impossible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer une copie sous…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fermer quand même</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Si vous fermez quand même, vos modifications restent récupérables à la prochaine ouverture du fichier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ouverture de « {0} »…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Récupération</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vigie s'est arrêté avant d'avoir enregistré « {0} » (modifié le {1}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Récupérer les modifications</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plus tard</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GridPanel</name>
    <message>
      <source>Choisissez un contrat (en haut de la page) pour saisir les mesures de ses indicateurs.</source>
      <extracomment>Periods shown at once, by frequency.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Périodes précédentes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Périodes suivantes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aujourd'hui</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tapez ou collez (Ctrl+V) · Suppr efface · Maj+F2 : commentaire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saisie refusée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>valeur collée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>valeurs collées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>refusée (en rouge)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>refusées (en rouge)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cellule hors de la grille ignorée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cellules hors de la grille ignorées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>valeur refusée n'est pas enregistrée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>valeurs refusées ne sont pas enregistrées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> : survolez la cellule pour savoir pourquoi.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IndicatorCard</name>
    <message>
      <source>Graphique</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Définition</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fermer la fiche</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>entrant du client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>engagement du prestataire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0} · objectif {1} · {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nouvel indicateur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saisissez au moins le contrat, le code, le libellé et l'objectif, puis Enregistrer.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IndicatorForm</name>
    <message>
      <source>Contrat</source>
      <extracomment>A field's check reads these other fields too: a change of theirs shows its reason.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ex. SLA-01</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Libellé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ex. Disponibilité des serveurs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Catégorie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Côté mesuré</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%, h, j, €, /5…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sens</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Objectif</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seuil d'alerte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fréquence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contractuel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pénalité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Par manquement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Par point d'écart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annuler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>— Choisir un contrat —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pour suivre cet indicateur sur un autre contrat, utilisez « Dupliquer ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifications non enregistrées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Créer l'indicateur {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifier l'indicateur {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>À corriger avant d'enregistrer</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IndicatorListTab</name>
    <message>
      <source>Rechercher…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Toutes les catégories</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tous les statuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nouveau</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dupliquer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Suivre le même indicateur sur un autre contrat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifications non enregistrées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer les modifications de l'indicateur ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ne pas enregistrer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annuler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prestataire ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Entrants du client ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Les engagements du prestataire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>La qualité de ce que le client fournit au prestataire (tickets, validations…) : à lire avec les engagements du prestataire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>indicateur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>non atteint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>non renseigné</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucun indicateur pour l'instant.
Créez le premier avec « Nouveau ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucun indicateur ne correspond à la recherche ou aux filtres.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IndicatorsPage</name>
    <message>
      <source>Indicateurs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saisie des mesures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Factures et budget</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tous les contrats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exporter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exporter le tableau affiché vers Excel (Ctrl+E)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mise à jour…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mesures {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>InfoTab</name>
    <message>
      <source>Intitulé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Instance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prestataire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Heure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Durée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lieu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ex. Siège, salle Rhône</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Période revue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le mois dont le comité revoit les indicateurs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contrats concernés</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leurs indicateurs font la revue du comité ; leurs actions ouvertes y sont suivies.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifier le comité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifier les contrats du comité</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>InvitationDialog</name>
    <message>
      <source>Envoyer l'invitation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Organisateur :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Destinataires :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer et ouvrir…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>participant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> ; sans adresse e-mail, donc absents de l'invitation : {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucun participant du client n'a d'adresse e-mail : le fichier est un simple rendez-vous à ajouter à un agenda, sans réponse attendue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ce comité est annulé : le fichier retire la réunion des agendas de ceux qui l'avaient reçue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Une invitation a déjà été envoyée : celle-ci la met à jour dans les agendas (mise à jour n° {0}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le fichier s'ouvre ensuite dans votre messagerie (Outlook, Thunderbird…), qui l'envoie aux participants.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>InviteDialog</name>
    <message>
      <source>Inviter des participants</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tous les contacts des deux côtés sont déjà invités. Ajoutez-en depuis la page Prestataires.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inviter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annuler</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>InvoicesPanel</name>
    <message>
      <source>Choisissez un contrat (en haut de la page) pour saisir ses factures et suivre son budget.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer la facture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dernière ligne : une nouvelle facture · un avoir est un montant négatif · Ctrl+V colle depuis Excel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Année</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Budget {0} — {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prévu : &lt;b&gt;{0}&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Consommé : &lt;b&gt;{0}&lt;/b&gt;{1} · attendu à date : {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;span style='color:#b26a00'&gt;Contesté, à part : {0}&lt;/span&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>TJM réel : &lt;span style='color:{0}'&gt;&lt;b&gt;{1}&lt;/b&gt;{2}&lt;/span&gt; pour un TJM contractuel de {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pénalités dues en {0} : aucune</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pénalités dues en {0} : &lt;b style='color:#b26a00'&gt;{1}&lt;/b&gt; à déduire · net : {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saisie refusée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>facture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>facture enregistrée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>factures enregistrées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>valeur refusée (en rouge)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>valeurs refusées (en rouge)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cellule ignorée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cellules ignorées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Factures {0} {1}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ItemCard</name>
    <message>
      <source>Joindre une preuve à l'élément de la check-list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucun document. « Ajouter… » range dans le fichier client ce qui prouve l'élément (inventaire, attestation, export testé…).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preuves ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preuves</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ajouter « {0} » à la check-list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifier « {0} » de la check-list</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Fichier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Nouveau…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Ouvrir…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ouvrir un fichier &amp;récent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Enregistrer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer une &amp;copie sous…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restaurer une &amp;sauvegarde…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E&amp;xporter le tableau (Excel)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Fermer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Modèle de compte rendu…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exporter les &amp;dates limites de dénonciation (.ics)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quitter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>É&amp;dition</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Annuler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Rétablir</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rec&amp;hercher</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Affichage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actualiser</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aid&amp;e</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>À &amp;propos de Vigie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>le contrat concerné</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>le prestataire concerné</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cet élément n'a pas encore de page à lui : voici {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ouvrez ou créez un fichier client pour afficher ses pages.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucun fichier ouvert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> (lecture seule)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Annuler {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Rétablir {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modification impossible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(aucun)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Vigie&lt;/b&gt; {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pilotage des services informatiques externalisés.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fichier : {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Version du schéma : {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>À propos de Vigie</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MeasureGridView</name>
    <message>
      <source>Copier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Coller</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Effacer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Commentaire…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Commentaire — {0}, {1}</source>
      <extracomment>whether cells take a comment (Maj+F2)</extracomment>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MeetingSheet</name>
    <message>
      <source>Retour à la liste des comités (Alt+←)</source>
      <extracomment>the suppliers a committee can be with (the page loads them with its list)</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Marquer comme tenu</source>
      <extracomment>the header's buttons; the minutes and the invitation take their place here too</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Préparer le suivant…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Statut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Envoyer l'invitation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exporter le compte rendu (Word)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>revue de {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Participants ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ordre du jour ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actions suivies ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indicateurs ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Décisions ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nouvelles actions ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Infos</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dont {0} en retard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Marquer le comité : {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MilestoneCard</name>
    <message>
      <source>Joindre un document au jalon (le PV signé…)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucun document. « Ajouter… » range dans le fichier client le PV signé du jalon, ou le livrable remis.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PV et documents ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PV et documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ajouter le jalon « {0} »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifier le jalon « {0} »</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MinutesTemplateDialog</name>
    <message>
      <source>Modèle de compte rendu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le modèle donne aux comptes rendus leurs styles, leur en-tête, leur pied de page et votre logo. Il est conservé dans le fichier client : les comptes rendus sont les mêmes sur tous les postes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Il peut contenir des champs, comme {0}, {1} ou {2} ; {3} marque la place du compte rendu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fermer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choisir un modèle…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenir au modèle de Vigie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer le modèle de Vigie sous…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Les comptes rendus de ce fichier utilisent le &lt;b&gt;modèle de Vigie&lt;/b&gt;.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Les comptes rendus de ce fichier utilisent &lt;b&gt;« {0} »&lt;/b&gt; ({1}), choisi le {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choisir le modèle de compte rendu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modèle de compte rendu « {0} »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenir au modèle de compte rendu de Vigie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer le modèle de Vigie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Document Word (*.docx)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MoveDialog</name>
    <message>
      <source>Reporter l'échéance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nouvelle échéance pour {0} :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>action sélectionnée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>actions sélectionnées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>+ 1 semaine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>+ 2 semaines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>+ 1 mois</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Échéance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Motif du report (facultatif)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reporter</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NewActionsTab</name>
    <message>
      <source>ex. Envoyer le plan de capacité du stockage — Entrée pour l'ajouter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Porteur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ajouter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nouvelle action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Côté</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Échéance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Priorité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contrat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifier…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>action décidée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>actions décidées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucune action décidée pour l'instant.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ajouter l'action « {0} »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifier l'action {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer l'action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer l'action {0} — {1} ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vous pourrez revenir en arrière avec Édition ▸ Annuler.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer l'action {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NewCommitteeDialog</name>
    <message>
      <source>Nouveau comité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Instance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prestataire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Intitulé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Heure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Durée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lieu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Période revue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Créer le comité</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OrderedTab</name>
    <message>
      <source>Ajouter un point</source>
      <extracomment>roomier rows than a bare list: these are read and dragged during a meeting</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ajouter une décision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Monter (Alt+↑)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Descendre (Alt+↓)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer (Suppr)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Titre du point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Point permanent : repris au comité suivant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes prises en séance…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Texte de la décision…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(vide)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}
Point permanent, repris au comité suivant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucun point à l'ordre du jour : « Ajouter un point ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucune décision : « Ajouter une décision » en note une.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Marquer le point comme permanent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ne plus reprendre le point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>le titre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>les notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>le texte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifier {0} du {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifier la décision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nouveau point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer le point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer la décision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Déplacer le point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Déplacer la décision</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ParticipantsTab</name>
    <message>
      <source>Marquer les participants sélectionnés : {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tous présents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inviter…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Retirer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0} : {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>participant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucun participant : « Inviter… » en ajoute des deux côtés.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Marquer {0} : {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Retirer {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inviter {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PlaceholderPage</name>
    <message>
      <source>Cette page arrive dans une prochaine version de Vigie. En attendant, ce qui demande votre attention ici figure au tableau de bord, et ses liens mènent au contrat concerné.</source>
      <extracomment>(table, French name) of the things a page will show: « Indicateurs : 42 »</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dans ce fichier — {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PlanSummary</name>
    <message>
      <source>Avant « {0} » : {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rien ne bloque la prochaine phase, « {0} ».</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PrepareNextDialog</name>
    <message>
      <source>Préparer le comité suivant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>À partir du dernier comité de la série : &lt;b&gt;{0}&lt;/b&gt; du {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rythme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Heure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Intitulé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Période revue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Créer le comité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Repris du dernier comité : {0} (à nouveau invités), {1}, {2}.{3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>participant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>contrat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>point permanent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>points permanents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> de l'ordre du jour</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReadOnlyBanner</name>
    <message>
      <source>Enregistrer une copie sous…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lecture seule : {reason}. Les modifications sont désactivées.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordCard</name>
    <message>
      <source>Fiche</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fermer la fiche</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annuler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>— Aucun —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Documents ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifications non enregistrées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrez d'abord pour joindre des documents.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>À corriger avant d'enregistrer</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordsTab</name>
    <message>
      <source>Supprimer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifications non enregistrées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer les modifications de « {0} » ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ne pas enregistrer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annuler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seront aussi supprimés : {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer « {0} » ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vous pourrez revenir en arrière avec Édition ▸ Annuler.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer « {0} »</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReportImportDialog</name>
    <message>
      <source>Importer un rapport prestataire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Feuille :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Contrat :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E&amp;xclure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Inclure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>É&amp;craser</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Con&amp;server l'existante</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Lignes :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annuler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Colonnes du fichier (en-têtes ligne {0}) :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importer {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Selon le fichier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le contrat de chaque ligne vient de sa colonne Contrat, sinon du code de l'indicateur quand un seul contrat l'a</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> — terminé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Feuille illisible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ligne {0} : {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>l'import de « {0} »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import refusé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import impossible</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReportImportEntry</name>
    <message>
      <source>&amp;Importer un rapport prestataire…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Les chiffres mensuels d'un prestataire, depuis un fichier CSV ou Excel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import impossible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le fichier client est ouvert en lecture seule : rien ne peut y être importé.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{measures} depuis {name} (Édition ▸ Annuler pour revenir en arrière).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReversibilityPage</name>
    <message>
      <source>Réversibilité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucun contrat dans ce fichier. Créez d'abord un contrat sur la page Contrats.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer le plan…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contrat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Créer le plan…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nouveau jalon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nouvel élément</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ajouter les éléments standard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Jalons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chronologie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check-list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>La check-list est vide. « Ajouter les éléments standard » propose ce qu'une reprise demande : documentation, accès, base de connaissances, formats d'export, licences.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le contrat {0} n'a pas encore de plan de réversibilité.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Il a une clause de réversibilité : un plan suivi mois après mois permet de reprendre le service, ou d'en changer, sans le casser.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Il n'a pas de clause de réversibilité ; un plan reste utile pour préparer la reprise du service.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prochaine date limite de dénonciation : {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« Créer le plan » place les phases du modèle (préparation, transfert de connaissances, shadowing, reverse shadowing, documentation, bascule, recette) à rebours depuis la date de bascule visée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Jalons ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check-list ({0}/{1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Jalons de réversibilité — {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Créer le plan de réversibilité de {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seront supprimés : {0} jalons, {1} éléments de check-list et {2} documents joints.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer le plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer le plan de réversibilité de {0} ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vous pourrez revenir en arrière avec Édition ▸ Annuler.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer le plan de réversibilité de {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nouvel élément de la check-list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ajouter les éléments standard à la check-list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>La check-list a déjà tous les éléments standard.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReviewTab</name>
    <message>
      <source>Côté client : la qualité des entrants, à lire avec les chiffres du prestataire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ce comité ne revoit pas de période d'indicateurs : choisissez-en une dans l'onglet « Informations ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Période revue : {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>indicateur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>non renseigné</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucun indicateur sur les contrats de ce comité.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucune pénalité sur la période.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> (plafonnée ; {0} avant plafond)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SupplierFormCard</name>
    <message>
      <source>Nom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Raison sociale du prestataire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SIREN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>9 chiffres</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SIRET</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>14 chiffres (SIREN + NIC)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Adresse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Site web</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certifications</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ISO 9001, ISO 27001, HDS…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annuler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nouveau prestataire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saisissez au moins le nom, puis Enregistrer ; vous pourrez ensuite ajouter ses contacts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucun contrat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>contrat actif</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>contrats actifs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0} sur {1} · {2} par an</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>création du prestataire « {0} »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>modification du prestataire « {0} »</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SuppliersPage</name>
    <message>
      <source>Prestataires</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rechercher…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nom, SIREN ou SIRET, ville, certification, contact…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Nouveau</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exporter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exporter la liste vers Excel (Ctrl+E)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contacts côté client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucun prestataire sélectionné</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choisissez un prestataire dans la liste, ou créez-en un avec « Nouveau ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contacts ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contrats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucun prestataire pour l'instant.
« Nouveau » en crée un ; ses contrats suivront.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucun prestataire ne correspond à « {0} ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0} sur {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>prestataire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>prestataires</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Les interlocuteurs de {0} : DSI, responsables, chefs de projet. Ils participent aux comités et portent des actions.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifications non enregistrées</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le prestataire « {0} » a été modifié.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nouveau prestataire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ne pas enregistrer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annuler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ajouter un prestataire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer le prestataire sélectionné et ce qui en dépend (Suppr)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seront aussi supprimés : {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Édition ▸ Annuler permet de revenir en arrière.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer le prestataire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supprimer « {0} » ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>suppression du prestataire « {0} »</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TimelineTab</name>
    <message>
      <source>Barres pâles : prévu ; barres pleines : réalisé (en rouge quand le jalon dépasse sa fin prévue) ; losange : PV signé.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer l'image…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrer la chronologie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chronologie de réversibilité.png</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Image PNG (*.png)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Écriture impossible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {0} » n'a pas pu être écrit : {1}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>Aucun fichier client ouvert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Un fichier client (*.vigie) contient tout le pilotage d'un client : prestataires, contrats, indicateurs, comités, actions et réversibilité.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nouveau fichier client…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ouvrir un fichier client…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ouvrir la démonstration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fichiers récents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0}    —    introuvable ({1})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message>
      <source>Enregistré.</source>
      <extracomment>Pauses before trying a failed save again, in milliseconds. Failures of auto-saves said in the status bar only, before a message says it. A file is saved at the latest this long after its first unsaved change, however busy.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrement…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Non enregistré : le fichier a changé sur le disque.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enregistrement reporté, nouvel essai dans {0} s : {1}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>_ComputedDates</name>
    <message>
      <source>Fin du terme en cours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prochaine date limite
de dénonciation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fin du contrat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Calculées à partir de la date de début, de la durée, de la reconduction et du préavis.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Décision de reconduction
au plus tard le</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>aucune</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>reconduit tacitement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>aucune (contrat terminé)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>terminé</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>dialog</name>
    <message>
      <source>Annuler</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>grid</name>
    <message>
      <source>Commentaire (vide pour l'effacer) :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> — période à venir</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> — période en cours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Entrant du client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Engagement du prestataire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> · seuil d'alerte {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Valeur refusée, non enregistrée : {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Non renseigné</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Période à venir</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Avant le début du contrat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pénalité : {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>À lire avec les indicateurs client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importée du rapport du prestataire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Commentaire : {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saisir {0} ({1}, {2})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Coller {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cellule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Effacer {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>valeur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Commenter {0} ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indicateur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sens</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Objectif</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seuil d'alerte</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>parent</name>
    <message>
      <source>Oui</source>
      <extracomment>Room a title bar takes besides the title: the icon and the window buttons.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annuler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importer un rapport prestataire</source>
      <extracomment>The file names a drop is accepted for (the content decides how the file is read).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rapports (*.csv *.xlsx *.xlsm *.txt);;Tous les fichiers (*)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>actions</name>
    <message>
      <source>Donnez un intitulé à l'action.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>200 caractères au plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cette action n'existe plus.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attachments</name>
    <message>
      <source>Le document « {name} » est endommagé dans le fichier client (son contenu ne correspond plus à celui qui a été joint) ; restaurez-le depuis une sauvegarde (Fichier ▸ Restaurer une sauvegarde…).</source>
      <extracomment>A client file travels by e-mail and USB key: larger documents belong elsewhere.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Impossible de lire le fichier « {name} » : {why}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {name} » fait {size} : un document joint ne peut pas dépasser {limit}. Gardez-le sur un partage et notez son emplacement dans le contrat.</source>
      <extracomment>Names Windows keeps for devices, whatever the extension: « NUL.pdf » written to disk is lost, and « CON .txt » too (the rule of Python's ntpath.isreserved).</extracomment>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>charts</name>
    <message>
      <source>Facturé cumulé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contesté</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attendu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prévu
{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Objectif
{0}</source>
      <extracomment>The share of measurements meeting their target that the client aims for, in percent. Contracts shown on the budget chart (the largest budgets) when there are more. The budget chart keeps room for this many bars, so that one or two are not drawn fat. Longer contract references are cut (with « … ») on the budget chart's axis.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Budget prévu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Facturé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attendu à date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sans budget</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Les {0} plus gros budgets ; 1 autre contrat non affiché</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Les {0} plus gros budgets ; {1} autres contrats non affichés</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucune donnée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Objectif {0} {1}</source>
      <extracomment>At most this many period labels under the chart. How close (in pixels, along the time axis) the mouse must be to a point for its tooltip.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seuil {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Non renseigné</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>À lire avec les indicateurs client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aujourd'hui</source>
      <extracomment>Longer labels are cut with « … » on the chart's axis. Inches of PNG per milestone row, and for the axis, legend and margins around them.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PV signé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prévu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Réalisé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>En retard</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>committees</name>
    <message>
      <source>Donnez un intitulé au comité.</source>
      <extracomment>the committee fields that, once changed, make calendar invitations out of date</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>200 caractères au plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Une durée de 1 minute à 24 heures.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choisissez une date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Donnez un titre au point.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>chaque {day}</source>
      <extracomment>How many of a series' last dates its rhythm is read from. The rhythm of a series that has met only once, by kind (the field's usual practice: CoTech / ComOp weekly, COPIL monthly, CoStrat yearly, CoDir quarterly). The largest gap in days, between two meetings, that each cadence stands for.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>un {day} sur deux</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>le dernier {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>le 1er {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>le {n}e {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le {nominal} est férié ({holiday}) : reporté au {day}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ce mois-ci</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Les 30 prochains jours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Les 3 derniers mois</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Les 12 derniers mois</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cette année</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>L'année dernière</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Client</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>contracts</name>
    <message>
      <source>aujourd'hui</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>demain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Décision de reconduction</source>
      <extracomment>The editable columns of a contract, in form order. The columns `rules.ContractTerms` reads.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dénonciation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>dans {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>jour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>dépassée depuis {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choisissez le prestataire du contrat.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indiquez la date de début du contrat.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>La référence {ref} est déjà celle d'un autre contrat.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} caractères au plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>La durée initiale doit être d'au moins un mois.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Une tacite reconduction se fait pour au moins un mois.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>La période de reconduction ne peut pas être négative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le préavis ne peut pas être négatif.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le préavis doit être plus court que la durée initiale.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>La date de fin ne peut pas précéder la date de début.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Un montant ne peut pas être négatif.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le plafond est un pourcentage entre 0 et 100 %.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>dashboard</name>
    <message>
      <source>Décision de reconduction du contrat {ref} ({title}) au plus tard le {date} — {when}</source>
      <extracomment>A contract with a reversibility clause and no plan is pointed out this long before its notice deadline (or its end): a plan takes months to carry out.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dénonciation du contrat {ref} ({title}) au plus tard le {date} — {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fin convenue du contrat {ref} ({title}) le {date} — {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fin du contrat {ref} ({title}) le {date} — {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>, sauf reconduction expresse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contrat {ref} ({title}) terminé le {date} — {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contrat {ref} ({title}) arrivé à son terme le {date}, sans reconduction — {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indicateur {code} « {name} » ({ref}) non atteint en {period} : {value} pour un objectif {sign} {target}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> — à lire avec les indicateurs client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Entrant client {code} « {name} » ({ref}) non atteint en {period} : {value} pour un objectif {sign} {target}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indicateur {code} « {name} » ({ref}) non renseigné pour {period}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pénalités dues sur le contrat {ref} ({title}) en {year} : {amount}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action en retard de {days} : « {title} » (échéance le {date})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>jour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Jalon de réversibilité « {title} » ({phase}) du contrat {ref} en retard de {days} (fin prévue le {date})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contrat {ref} ({title}) : clause de réversibilité sans plan, décision de reconduction au plus tard le {date} — {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contrat {ref} ({title}) : clause de réversibilité sans plan, dénonciation au plus tard le {date} — {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Comité « {title} » le {date} à {time} — {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contrat {ref} ({title}) : clause de réversibilité sans plan, fin du contrat le {date} — {when}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>excel</name>
    <message>
      <source>Tableau</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <source>le dossier « {folder} » n'existe pas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>impossible d'écrire « {path} » : {why} (est-il ouvert dans un autre programme ?).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>imports</name>
    <message>
      <source>--exclude attend des numéros de ligne (par exemple 7,12-14), pas « {part} »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Simulation (--dry-run) : rien n'a été écrit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{measures} dans {file}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Feuille lue : « {sheet} » (autres feuilles : {others} ; --sheet pour en lire une autre)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>rien n'a été importé : {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{lines} (corrigez le fichier, ou excluez-les avec --exclude {numbers})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{values} (--overwrite pour les écraser, ou --exclude {numbers} pour garder l'existante)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>rien n'a été importé : {reasons}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import refusé, rien n'a été écrit : {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rapport : {name} ({how})</source>
      <extracomment>The groups of the preview, in the order printed, with their title. Groups listed by line numbers only: their lines change nothing.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ligne</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lignes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(dont {n} écrasant une valeur enregistrée)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bilan : {parts}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>En-têtes (ligne {line}) : {mapped}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contrat : {reference} — {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contrat : d'après la colonne « {title} »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contrat : d'après le code de chaque indicateur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ligne {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>écrase {old} ({source})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{old} enregistré ({source})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>valeur inchangée, commentaire mis à jour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>refusée : {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>nouvelle mesure</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>indicators</name>
    <message>
      <source>Choisissez le contrat de l'indicateur.</source>
      <extracomment>Units offered in the form (any other can be typed).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le contrat a déjà un indicateur {code}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>L'indicateur a déjà {count} : sa fréquence ne peut plus changer. Créez un autre indicateur pour la nouvelle fréquence.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>mesure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} caractères au plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indiquez l'objectif contractuel.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>nombre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plus haut étant meilleur, le seuil d'alerte se place sous l'objectif ({target}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plus bas étant meilleur, le seuil d'alerte se place au-dessus de l'objectif ({target}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indiquez le montant dû par manquement.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indiquez le pourcentage de la redevance dû par point.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Un pourcentage ne peut pas dépasser 100 %.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cet indicateur n'existe plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le contrat {ref} a déjà un indicateur {code}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Une valeur en {unit} ne peut pas être inférieure à {low}.</source>
      <extracomment>Units that cannot go below zero (durations, days, amounts, counts).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Une valeur en {unit} ne peut pas dépasser {high}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cet indicateur se mesure en {unit}, pas en %.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>La période {period} n'a pas commencé : elle ne peut pas encore être mesurée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le contrat n'avait pas commencé en {period} (début le {start}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le contrat {ref} n'a pas de clause de pénalités : ses indicateurs ne donnent lieu à aucune pénalité.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>invitations</name>
    <message>
      <source>Comité : {kind}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contrats : {list}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ordre du jour :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dates limites de dénonciation — {client}</source>
      <extracomment>Days before a notice deadline at which the calendar reminds the user.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date limite de dénonciation : {reference} ({supplier})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contrats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{reference} : date limite de dénonciation dans {days} (le {date}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prestataire : {supplier}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fin de la période en cours : {date} ; préavis : {n} mois.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sans dénonciation à cette date, le contrat se renouvelle tacitement.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date limite pour décider de la reconduction expresse du contrat.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>invoices</name>
    <message>
      <source>Un nombre de jours ne peut pas être négatif.</source>
      <extracomment>Contracts billed by the day, whose actual daily rate is compared with their TJM.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} caractères au plus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {text} » n'est pas un statut : Reçue, Validée ou Contestée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Période</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Montant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Jours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Référence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Statut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>TJM réel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Jours facturés (régie)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Montant ÷ jours facturés</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Avoir (montant négatif)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>TJM contractuel : {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contestée : comptée à part, hors budget consommé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>montant…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tapez le montant pour ajouter une facture (un avoir : un montant négatif).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Valeur refusée, non enregistrée : {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>La période et le montant d'une facture sont obligatoires ; pour la supprimer, utilisez « Supprimer la facture ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saisir {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>facture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ajouter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0} la facture de {1:%m/%Y}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Jours facturés</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>matching</name>
    <message>
      <source>colonne {letter}</source>
      <extracomment>Usual header names (as `header_key` writes them), their role and rank: where two columns claim a role, the lower rank wins (« Code » over « Indicateur »). Roles a report needs to be read (an indicator is named by its code or its name).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>L'en-tête « {title} » est fusionné sur les colonnes {first} à {last} : défusionnez les cellules {first}{line}:{last}{line} pour que chaque colonne ait son propre en-tête.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>indicateur « {code} » inconnu dans le contrat {reference}</source>
      <extracomment>what each (text, contract) named: a report names the same few indicators many times</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>indicateur « {code} » inconnu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>le code « {code} » existe dans {count} contrats ({references}) : choisissez le contrat ou ajoutez une colonne Contrat</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>measures</name>
    <message>
      <source>Cet indicateur n'existe plus.</source>
      <extracomment>(indicator id, first day of the period): what identifies a measurement.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>La valeur doit être un nombre fini.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Une mesure existe déjà pour {0}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>minutes</name>
    <message>
      <source>Compte rendu — {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Compte rendu de comité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>décidée le {date}</source>
      <extracomment>Charts are drawn for paper: sharp at the size the minutes print them (two a row). An indicator's chart shows the year up to the reviewed period.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>créée le {date}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>parsing</name>
    <message>
      <source>Aucune valeur : saisissez un nombre.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {text} » n'est pas un nombre.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucune date : saisissez jj/mm/aaaa.</source>
      <extracomment>A date the way it is typed: day, month and maybe year, separated by / . - or spaces. Two-digit years, as Excel reads them: 00–29 are 2000–2029, 30–99 are 1930–1999. The years a contract, a committee or an action may fall in.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {text} » n'est pas une date : saisissez jj/mm/aaaa, par exemple 15/01/2024.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>L'année {year} est hors des limites ({first} à {last}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le {text} n'existe pas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {text} » n'est pas un mois (exemple : 10/2026).</source>
      <extracomment>French month names and their usual abbreviations, accents and dots left out.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {text} » n'est pas une date valide.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>penalties</name>
    <message>
      <source>Aucune pénalité : {reason}</source>
      <extracomment>How far before the first month asked the measurements are read: a quarter starts up to 2 months before its last month; a contract year (annual cap) reaches 11 months further. What one point of gap is, by unit: « … par heure (toute fraction comptée) ».</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{amount} par {period}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{percent} de la redevance {fee} par {step} (toute fraction comptée)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucune pénalité : le contrat n'a pas de clause de pénalités</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{cap}, soit {amount}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>le contrat n'a pas de clause de pénalités</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>l'indicateur n'est pas contractuel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>aucune règle de pénalité n'est choisie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>le montant de la pénalité n'est pas indiqué</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sous l'objectif</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>au-dessus de l'objectif</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>de {target}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>au-delà de la tolérance de {threshold}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sans plafond</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>plafond : {percent} {basis} {period}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>periods</name>
    <message>
      <source>{period} est {what} ; l'indicateur est {adjective}</source>
      <extracomment>Month names and abbreviations, French then English, folded.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>une semaine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>un mois</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>un trimestre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>un jour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>période manquante</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {text} » n'est pas une période reconnue (par exemple 10/2026, oct. 2026, T3 2026 ou 31/10/2026)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>plan</name>
    <message>
      <source>{lines} : excluez-les une à une ou corrigez le fichier</source>
      <extracomment>What a cell holds when the supplier has no figure for the line. Seconds in each unit of time an indicator may be measured in. the lines as read, before duplicates and the user's decisions, and the measurements stored for them: what `redecided` needs to apply other decisions without reading again</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{values} : choisissez d'écraser ou de conserver l'existante</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rien à importer : aucune ligne n'apporte de valeur nouvelle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le contrat « {reference} » n'existe pas dans ce fichier client.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Colonnes à associer : {roles} (en-têtes lus ligne {line} : {titles}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>indicateur manquant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>contrat « {text} » inconnu dans ce fichier client (si la colonne « {title} » porte la référence du prestataire, ignorez-la et choisissez le contrat)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ligne du contrat {named}, pas du contrat {chosen} choisi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>période {period} à venir : elle n'a pas encore commencé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {text} » est un pourcentage ; l'indicateur {code} se mesure en {unit}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {text} » n'est pas un nombre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {text} » est une durée ; l'indicateur {code} se mesure en {unit}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{ref} : la formule {formula} n'a pas de résultat enregistré ; ouvrez le fichier dans Excel ou LibreOffice, enregistrez-le, puis importez-le à nouveau</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{found} valeurs pour {expected} colonnes d'en-tête (une virgule décimale dans un fichier séparé par des virgules ? mettez la valeur entre guillemets)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>période {period} en double pour {code} (aussi ligne {others})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>report</name>
    <message>
      <source>Vigie — {client} — tableau de bord au {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fichier : {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>aucun de prévu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contrats actifs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Montant annuel des contrats actifs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indicateurs non atteints (dernière période)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pénalités dues en {year}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actions en retard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prochain comité</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chiffres clés</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Alertes ({count})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rien ne demande votre attention.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Conformité SLA (12 derniers mois, % des mesures atteintes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>aucune mesure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Budget {year}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contrat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prévu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Facturé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attendu au {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>… et {others} (vigie report --json les donne toutes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>autre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucun contrat en cours cette année.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attendu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Consommé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contesté</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Réversibilité ({count})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aucun plan de réversibilité.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>préparation {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>glissement {days}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>jour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>prochain jalon : {name} le {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>toutes les phases ont démarré</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>jalon en retard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>jalons en retard</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>reports</name>
    <message>
      <source>« {name} » n'est pas un rapport CSV ou Excel : c'est un fichier binaire, pas du texte.</source>
      <extracomment>Separators tried, in the order that breaks ties (the French list separator first).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {name} », ligne {line} : le fichier CSV est mal formé ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>VRAI</source>
      <extracomment>A monthly report holds tens to thousands of lines; a file this large is not one. A workbook unpacks to this at most (a zip bomb would fill the memory). The rows searched for the header line. an Excel number shown as a percentage: 0.985 displayed « 98,5 % » a formula whose result the workbook does not hold (never computed by a spreadsheet) where it is, as the user finds it: « C4 » in a workbook, « ligne 4, colonne 3 » in a CSV</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>FAUX</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tabulation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CSV, séparateur {sep}, {encoding}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>classeur Excel, feuille « {sheet} »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>La feuille « {sheet} »</source>
      <extracomment>Tells whether a sheet's first rows look like a report (to pick the sheet to read).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le fichier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{where} de « {name} » ne contient aucune ligne.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {name} » n'est pas un fichier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le fichier « {path} » est introuvable.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Impossible de lire « {name} » ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {name} » pèse {size} Mo : c'est trop pour un rapport mensuel (au plus {limit} Mo) ; vérifiez qu'il s'agit du bon fichier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {name} » est vide.</source>
      <extracomment>What a file of another kind starts with, and what to call it.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>un fichier binaire, pas du texte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>une page web ou un fichier XML</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>une archive ZIP endommagée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>un document Word</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>un classeur OpenDocument (.ods) : enregistrez-le en .xlsx ou en .csv</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>un document OpenDocument</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>une présentation PowerPoint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>une archive ZIP</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {name} » n'est pas un rapport CSV ou Excel : c'est {what}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le classeur « {name} » n'a pas de feuille « {sheet} » (feuilles : {sheets}).</source>
      <extracomment>Quoted text and escaped characters of a number format: a literal "%" is no percentage. A merged block in a sheet's XML, whatever the namespace prefix (&lt;mergeCell ref="C1:D1"/&gt;).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {name} » est un classeur Excel illisible ou endommagé ; ouvrez-le dans Excel et enregistrez-le à nouveau.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>reversibility</name>
    <message>
      <source>client</source>
      <extracomment>The columns `rules.ContractTerms` reads.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>prestataire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>check-list : {count} à faire ({titles})</source>
      <extracomment>The editable columns of a milestone, in form order.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>élément</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PV de « {name} » non signé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {name} » n'a pas de responsable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {name} » n'est pas terminé</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> (en retard de {days})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>jour</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>storage</name>
    <message>
      <source>à l'ouverture</source>
      <extracomment>newest rolling backups always kept then the newest of each of that many days newest pre-migration backups kept Tables counted in the list of backups, so that a user recognises the one to restore.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>après la première modification</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>à la fermeture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>avant mise à jour du schéma</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>illisible</source>
      <extracomment>How the counts of a backup are named, in the order they are shown.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>vide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le disque de la copie de travail est plein (« {folder} ») : la modification n'a pas été enregistrée. Libérez de la place, puis recommencez.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {name} » n'a plus le contenu que Vigie y a enregistré, alors que sa taille et sa date n'ont pas changé : son support l'a peut-être abîmé. Vérifiez le support, ou restaurez une sauvegarde (Fichier ▸ Restaurer une sauvegarde…).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {name} » existe déjà.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>le dossier n'est pas accessible en écriture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {name} » est déjà ouvert dans cette fenêtre.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Documents joints endommagés dans « {file} » : {names}. Leur contenu ne correspond plus à celui qui a été joint ; restaurez une sauvegarde (Fichier ▸ Restaurer une sauvegarde…).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>déjà ouvert par {user} sur {host}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>le dossier du fichier n'est pas accessible en écriture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ouvert en lecture seule à votre demande</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>support en lecture seule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>fichier protégé en écriture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>dossier protégé en écriture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {name} » n'est pas un fichier client Vigie (ce n'est pas une base SQLite).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {name} » n'est pas un fichier client Vigie{detail}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {name} » est endommagé et ne peut pas être ouvert{detail} ; restaurez une sauvegarde{where}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> (Fichier ▸ Restaurer une sauvegarde…, ou le dossier « {folder} »)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {name} » a été enregistré par une version plus récente de Vigie (schéma {revision}) ; mettez Vigie à jour pour l'ouvrir.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le fichier « {path} » est introuvable.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {path} » est un dossier, pas un fichier client Vigie.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {path} » ne peut pas être lu ({detail}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le disque de la copie de travail est plein : il manque {missing} dans « {folder} » pour ouvrir « {name} ». Libérez de la place et réessayez ; le fichier n'a pas été modifié.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le disque de la copie de travail (« {folder} ») est plein : « {name} » ne peut pas y être ouvert. Libérez de la place et réessayez ; le fichier n'a pas été modifié.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>La mise à jour du fichier « {name} » a échoué ({detail}) ; le fichier n'a pas été modifié.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {name} » est déjà ouvert par {user} sur {host} depuis le {since}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {name} » est déjà ouvert dans une autre fenêtre de Vigie sur ce poste (depuis le {since}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {name} » est déjà ouvert par {user} sur ce poste (depuis le {since}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Des modifications de « {name} » n'ont pas été enregistrées dans le fichier (dernière modification le {when}) : Vigie s'est arrêté, ou l'enregistrement a échoué.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Impossible d'enregistrer « {name} » ({detail}). Vos modifications sont conservées ; utilisez « Enregistrer une copie sous… ».</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {name} » a été modifié sur le disque depuis son ouverture (autre poste, synchronisation) : il n'a pas été écrasé, et vos modifications sont conservées.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {name} » est ouvert en lecture seule.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>fichier vide</source>
      <extracomment>Files SQLite may leave beside a database: a copy taken without them can be wrong. Room kept free beyond the copy itself (SQLite's own temporary needs, the metadata).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>en-tête tronqué</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>il est modifié pendant sa lecture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>contrôle d'intégrité en échec</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>texte illisible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>aucune version de schéma</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tables absentes : {tables}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>la sauvegarde préalable a échoué</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>la copie de travail a disparu</source>
      <extracomment>Room kept free on the user's media beyond the new copy.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>le disque de la copie de travail est plein</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ce n'est pas un fichier Vigie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>schéma {revision}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} tables absentes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>la copie à écrire est incomplète : {why} ; le fichier n'a pas été modifié</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>le dossier n'est plus accessible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>le support n'est plus celui d'où le fichier a été ouvert : clé retirée ou lecteur déconnecté ? Rien n'y a été écrit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>le fichier n'est plus dans son dossier « {folder} »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>il manque {amount} sur « {folder} »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>la copie écrite ne se relit pas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>« {name} » existe déjà : choisissez un autre nom ; rien n'a été remplacé.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>suppliers</name>
    <message>
      <source>Un prestataire porte déjà ce nom.</source>
      <extracomment>The usual roles offered (the field stays free text). A contract's id, supplier, amount and the columns `rules.ContractTerms` reads.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Un contact côté prestataire doit avoir un prestataire.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{0} caractères au plus.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <source>Ce champ est obligatoire.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Un SIREN compte 9 chiffres.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ce SIREN n'est pas valide (clé de contrôle incorrecte).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Un SIRET compte 14 chiffres.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ce SIRET n'est pas valide (clé de contrôle incorrecte).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le SIRET doit commencer par le SIREN de l'entreprise.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Adresse e-mail invalide (exemple : prenom.nom@societe.fr).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Numéro de téléphone invalide (exemple : 01 23 45 67 89).</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>